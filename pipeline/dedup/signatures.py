"""MinHash signatures for whole batches, identical to ``datasketch.MinHash``.

datasketch computes a signature one shingle at a time: ``hv = hashfunc(shingle)``,
then (scheme ``affine32``) ``hv = fmix32(hv)`` and for each permutation ``k``
``min(a[k] * hv + b[k] mod 2**32)``. Here the same arithmetic runs in one
compiled loop over every shingle of every paragraph in a batch, spread over all
cores (numba ``prange``), with the permutation parameters taken from datasketch
itself. The test suite checks the result against ``datasketch.MinHash.update``.

Shingles are hashed with :func:`poly32`, a 32-bit polynomial hash of the code
points (passed to datasketch as ``hashfunc`` for comparison), because hashing
each shingle with SHA-1 in Python would cost more than everything else here.
``hash = "sha1"`` in the config selects datasketch's default ``sha1_hash32``
instead, for signatures equal to a default ``MinHash`` (slower).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np

from .kernels import kernel, prange
from .shingles import MASK, POLY, poly32


def sha1_32(shingle: str | bytes) -> int:
    """datasketch's default ``sha1_hash32`` (first 4 bytes of SHA-1, little-endian)."""
    if isinstance(shingle, str):
        shingle = shingle.encode("utf-8")
    return int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little")


HASHES = {"poly32": poly32, "sha1": sha1_32}


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) permutation parameters of datasketch's default ``MinHash`` (the
    "affine32" scheme of datasketch 2.x, h -> a * h + b mod 2^32) for ``num_perm`` and
    ``seed``, as uint64: an odd ``a`` and any ``b``, drawn from ``RandomState(seed)`` in
    datasketch's order (a test compares them with datasketch's own). Drawn here rather
    than asked of datasketch, whose import pulls in scipy (~40 MB in every process).

    >>> a, b = permutations(4, 1)
    >>> a.dtype, a.shape, bool((a % 2 == 1).all())
    (dtype('uint64'), (4,), True)
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a.astype(np.uint64), b.astype(np.uint64)


# numba turns uint64-with-int arithmetic into floats: every constant is a uint64.
_M32 = np.uint64(MASK)
_P = np.uint64(POLY)
_C1 = np.uint64(0x85EBCA6B)
_C2 = np.uint64(0xC2B2AE35)
_S16 = np.uint64(16)
_S13 = np.uint64(13)


@kernel(inline="always")
def _fmix32(x):
    x ^= x >> _S16
    x = (x * _C1) & _M32
    x ^= x >> _S13
    x = (x * _C2) & _M32
    x ^= x >> _S16
    return x


@kernel(inline="always")
def _permute_into(row, x, a, b):
    """datasketch's affine32 step for one shingle hash: row[k] = min(row[k], a[k] * x + b[k] mod 2**32)."""
    for k in range(a.shape[0]):
        v = (a[k] * x + b[k]) & _M32
        if v < row[k]:
            row[k] = v


@kernel(parallel=True, cache=True)
def _signatures_from_codes(codes, starts, ends, size, a, b, out):
    n = starts.shape[0]
    k_perm = a.shape[0]
    for p in prange(n):
        row = np.full(k_perm, _M32, dtype=np.uint64)
        length = ends[p] - starts[p]
        width = size if length >= size else length
        last = starts[p] + length - width
        if length > 0:
            for i in range(starts[p], last + 1):
                h = np.uint64(0)
                for j in range(width):
                    h = (h * _P + np.uint64(codes[i + j])) & _M32
                _permute_into(row, _fmix32(h), a, b)
        for k in range(k_perm):
            out[p, k] = row[k]


@kernel(parallel=True, cache=True)
def _signatures_from_hashes(hashes, starts, ends, a, b, out):
    n = starts.shape[0]
    k_perm = a.shape[0]
    for p in prange(n):
        row = np.full(k_perm, _M32, dtype=np.uint64)
        for i in range(starts[p], ends[p]):
            _permute_into(row, _fmix32(hashes[i]), a, b)
        for k in range(k_perm):
            out[p, k] = row[k]


def _offsets(lengths: list[int]) -> tuple[np.ndarray, np.ndarray]:
    ends = np.cumsum(np.asarray(lengths, dtype=np.int64))
    return ends - np.asarray(lengths, dtype=np.int64), ends


def signatures(keys: list[str], num_perm: int, seed: int, size: int = 5, hash: str = "poly32",
               batch_chars: int = 4_000_000) -> np.ndarray:
    """MinHash signatures (``len(keys)`` x ``num_perm``, uint32) of the character
    ``size``-gram shingles of each key; a key shorter than ``size`` is one shingle.

    Keys are encoded ``batch_chars`` characters at a time, so the transient
    code-point buffer stays small whatever the corpus size.

    >>> sig = signatures(["hip pain", "hip pain"], 16, 1)
    >>> sig.shape, bool((sig[0] == sig[1]).all())
    ((2, 16), True)
    """
    a, b = permutations(num_perm, seed)
    out = np.empty((len(keys), num_perm), dtype=np.uint32)
    if not keys:
        return out
    if hash not in HASHES:
        raise ValueError(f"unknown shingle hash {hash!r}")
    start = 0
    while start < len(keys):
        end, chars = start, 0
        while end < len(keys) and (chars == 0 or chars + len(keys[end]) <= batch_chars):
            chars += len(keys[end])
            end += 1
        _batch(keys[start:end], size, hash, a, b, out[start:end])
        start = end
    return out


def _batch(keys: list[str], size: int, hash: str, a: np.ndarray, b: np.ndarray, out: np.ndarray) -> None:
    if hash == "poly32":
        codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32)
        starts, ends = _offsets([len(k) for k in keys])
        _signatures_from_codes(codes, starts, ends, size, a, b, out)
        return
    from .shingles import char_shingles

    _from_shingle_hashes([[sha1_32(s) for s in sorted(char_shingles(k, size))] for k in keys], a, b, out)


def _from_shingle_hashes(per_key: list[list[int]], a: np.ndarray, b: np.ndarray, out: np.ndarray) -> None:
    """Signatures from each key's list of raw shingle hashes (hashed in Python)."""
    hashes = np.fromiter((h for hs in per_key for h in hs), dtype=np.uint64)
    starts, ends = _offsets([len(hs) for hs in per_key])
    _signatures_from_hashes(hashes, starts, ends, a, b, out)


def word_signatures(keys: list[str], num_perm: int, seed: int, size: int, hash: str = "poly32") -> np.ndarray:
    """Signatures over word ``size``-gram shingles (each shingle hashed whole)."""
    from .shingles import word_shingles

    a, b = permutations(num_perm, seed)
    fn = HASHES[hash]
    out = np.empty((len(keys), num_perm), dtype=np.uint32)
    _from_shingle_hashes([[fn(s) for s in word_shingles(k, size)] for k in keys], a, b, out)
    return out


def reference_minhash(shingle_set: set[str], num_perm: int, seed: int, hash: str = "poly32"):
    """The plain datasketch way: one ``MinHash`` fed one shingle at a time (for tests and baselines)."""
    from datasketch import MinHash

    mh = MinHash(num_perm=num_perm, seed=seed, hashfunc=HASHES[hash])
    for s in sorted(shingle_set):
        mh.update(s)
    return mh
