"""Candidate search: MinHash LSH banding and an exact-prefix index, all batched.

Signatures are cut into ``bands`` bands of ``rows`` rows; two paragraphs are
candidates when any band is identical. Buckets are found by sorting band
hashes (no per-entry Python objects), and each bucket yields pairs
``(earlier, later)``. A bucket larger than ``max_bucket`` only pairs each
member with the first ``max_bucket`` members, so one huge family (a template
shared by thousands of pages) cannot make the pair count quadratic.

Truncated copies ("... Read more") share their opening with the original but
not enough shingles to pass the banding, so paragraphs are also paired when
the first ``prefix_chars`` characters of their keys are equal.
"""
from __future__ import annotations

import hashlib
import math

import numba
import numpy as np


def _integrate(f, a: float, b: float, steps: int = 200) -> float:
    h = (b - a) / steps
    return sum(f(a + (i + 0.5) * h) for i in range(steps)) * h


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that two paragraphs of this Jaccard similarity share at least one band.

    >>> round(candidate_probability(0.8, 16, 8), 3)
    0.947
    """
    return 1.0 - (1.0 - similarity**rows) ** bands


def optimal_bands(threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5) -> tuple[int, int]:
    """(bands, rows) minimising the weighted false-positive and false-negative areas
    around ``threshold`` (the rule datasketch's MinHashLSH uses).

    >>> optimal_bands(0.7, 128)
    (14, 9)
    """
    best, best_err = (1, num_perm), math.inf
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _integrate(lambda s: candidate_probability(s, b, r), 0.0, threshold)
            fn = _integrate(lambda s: 1 - candidate_probability(s, b, r), threshold, 1.0)
            err = fp * fp_weight + fn * fn_weight
            if err < best_err:
                best, best_err = (b, r), err
    return best


@numba.njit(parallel=True, cache=True)
def _band_hashes(sigs, bands, rows, out):
    n = sigs.shape[0]
    for p in numba.prange(n):
        for band in range(bands):
            h = np.uint64(14695981039346656037) ^ np.uint64(band)
            for r in range(rows):
                h = (h ^ np.uint64(sigs[p, band * rows + r])) * np.uint64(1099511628211)
            out[p, band] = h


def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit hash per band (``n`` x ``bands``): equal bands give equal hashes."""
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"{bands} bands x {rows} rows need {bands * rows} permutations, have {signatures.shape[1]}")
    out = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    if signatures.shape[0]:
        _band_hashes(signatures, bands, rows, out)
    return out


@numba.njit(cache=True)
def _pairs_from_sorted(order, keys_sorted, max_bucket, out_i, out_j):
    n = order.shape[0]
    count = 0
    start = 0
    while start < n:
        end = start + 1
        while end < n and keys_sorted[end] == keys_sorted[start]:
            end += 1
        if end - start > 1:
            for x in range(start + 1, end):
                limit = min(x, start + max_bucket)
                for y in range(start, limit):
                    a = order[y]
                    b = order[x]
                    if count < out_i.shape[0]:
                        if a < b:
                            out_i[count] = a
                            out_j[count] = b
                        else:
                            out_i[count] = b
                            out_j[count] = a
                    count += 1
        start = end
    return count


def _bucket_pairs(keys: np.ndarray, max_bucket: int) -> np.ndarray:
    """Pairs (i, j), i < j, of positions whose keys are equal; returned as j * n + i codes
    (so that sorting the codes sorts the pairs by (j, i))."""
    n = keys.shape[0]
    order = np.argsort(keys, kind="stable")
    keys_sorted = keys[order]
    capacity = max(16, 2 * n)
    while True:
        out_i = np.empty(capacity, dtype=np.int64)
        out_j = np.empty(capacity, dtype=np.int64)
        count = _pairs_from_sorted(order, keys_sorted, max_bucket, out_i, out_j)
        if count <= capacity:
            return out_j[:count] * n + out_i[:count]
        capacity = count


def candidate_pairs(band_keys: np.ndarray, prefix_keys: np.ndarray | None, max_bucket: int) -> tuple[np.ndarray, np.ndarray]:
    """All distinct candidate pairs (i, j), i < j, sorted by (j, i).

    ``prefix_keys`` holds one key per paragraph, 0 for "no prefix" (never paired).
    """
    n = band_keys.shape[0]
    # Near copies meet in most bands: merging a few bands at a time into the distinct
    # codes so far keeps the duplicates of all bands from being held at once.
    merged = np.empty(0, dtype=np.int64)
    codes: list[np.ndarray] = []
    for band in range(band_keys.shape[1]):
        codes.append(_bucket_pairs(band_keys[:, band], max_bucket))
        if len(codes) == _BANDS_PER_MERGE:
            merged = _distinct_sorted(np.concatenate([merged, *codes]))
            codes = []
    codes.append(merged)
    if prefix_keys is not None:
        usable = np.flatnonzero(prefix_keys != 0)
        if usable.size > 1:
            local = _bucket_pairs(prefix_keys[usable], max_bucket)
            lj, li = np.divmod(local, usable.size)
            gi, gj = usable[li], usable[lj]
            codes.append(np.maximum(gi, gj) * n + np.minimum(gi, gj))
    j, i = np.divmod(_distinct_sorted(np.concatenate(codes)), n)
    return i, j


_BANDS_PER_MERGE = 5


def _distinct_sorted(codes: np.ndarray) -> np.ndarray:
    """Sorted distinct values: a sort and a comparison with the neighbour (much faster than
    np.unique's hashing on these arrays)."""
    codes.sort()
    if codes.size:
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    return codes


@numba.njit(parallel=True, cache=True)
def _equal_counts(sigs, left, right, out):
    k_perm = sigs.shape[1]
    for n in numba.prange(left.shape[0]):
        a = sigs[left[n]]
        b = sigs[right[n]]
        same = 0
        for k in range(k_perm):
            if a[k] == b[k]:
                same += 1
        out[n] = same


def estimated_jaccard(signatures: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """MinHash estimate of the Jaccard similarity of each pair (share of equal values)."""
    out = np.empty(left.shape[0], dtype=np.int64)
    if left.shape[0]:
        _equal_counts(signatures, left, right, out)
    return out / signatures.shape[1]


def estimated_containment(jac: np.ndarray, size_small: np.ndarray, size_large: np.ndarray) -> np.ndarray:
    """Containment of the smaller set in the larger implied by a Jaccard estimate and the set sizes:
    |A∩B| = J(|A|+|B|)/(1+J), so C = |A∩B|/|A|.

    >>> float(estimated_containment(np.array([0.5]), np.array([100]), np.array([200]))[0])
    1.0
    """
    inter = jac * (size_small + size_large) / (1.0 + jac)
    return np.minimum(1.0, inter / np.maximum(size_small, 1))


def prefix_key(key: str, prefix_chars: int) -> int:
    """A 63-bit hash of the first ``prefix_chars`` characters, or 0 when the key is shorter.

    >>> prefix_key("a" * 10, 20)
    0
    >>> prefix_key("a" * 30, 20) == prefix_key("a" * 25, 20) != 0
    True
    """
    if len(key) < prefix_chars:
        return 0
    digest = hashlib.blake2b(key[:prefix_chars].encode("utf-8"), digest_size=8).digest()
    return (int.from_bytes(digest, "little") >> 1) | 1
