"""Candidate search: MinHash LSH over the passages kept so far."""
from __future__ import annotations

from datasketch import MinHash, MinHashLSH


class NearDuplicateIndex:
    """An LSH index of passage signatures that returns candidate passage ids.

    Candidates are only candidates: the caller verifies each before merging.
    Results are sorted so that ties are broken the same way on every run.
    """

    def __init__(self, threshold: float, num_perm: int):
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)

    def add(self, key: str, signature: MinHash) -> None:
        self._lsh.insert(key, signature)

    def candidates(self, signature: MinHash) -> list[str]:
        return sorted(self._lsh.query(signature))
