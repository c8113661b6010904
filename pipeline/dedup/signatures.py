"""MinHash signatures of shingle sets (datasketch)."""
from __future__ import annotations

from datasketch import MinHash


def minhash(shingle_set: set[str], num_perm: int, seed: int) -> MinHash:
    """The datasketch MinHash of a shingle set (shingles hashed as UTF-8, sorted for determinism).

    >>> a = minhash({"hip p", "ip pa"}, 64, 1); b = minhash({"ip pa", "hip p"}, 64, 1)
    >>> bool((a.hashvalues == b.hashvalues).all())
    True
    """
    mh = MinHash(num_perm=num_perm, seed=seed)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
    return mh
