"""Candidate search: MinHash LSH banding and an exact-prefix index, all batched.

Signatures are cut into ``bands`` bands of ``rows`` rows; two paragraphs are
candidates when any band is identical. Buckets are found by sorting band
hashes (no per-entry Python objects), and each bucket yields pairs
``(earlier, later)``. A bucket larger than ``max_bucket`` only pairs each
member with the first ``max_bucket`` members, so one huge family (a template
shared by thousands of pages) cannot make the pair count quadratic.

Truncated copies ("... Read more") share their opening with the original but
not enough shingles to pass the banding, so paragraphs are also paired when
the first ``prefix_chars`` characters of their keys are equal. Where many keys
open alike (a template's first sentence), that bucket is capped like any other,
so keys are also bucketed by longer openings (twice, four times ... the length):
a copy cut after its opening meets its original in the deepest bucket both reach,
which few others share.
"""
from __future__ import annotations

import functools
import hashlib
import math
from typing import Callable, Iterable, Iterator

import numpy as np

from .kernels import kernel, prange


def _integrate(f, a: float, b: float, steps: int = 200) -> float:
    h = (b - a) / steps
    return sum(f(a + (i + 0.5) * h) for i in range(steps)) * h


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that two paragraphs of this Jaccard similarity share at least one band.

    >>> round(candidate_probability(0.8, 16, 8), 3)
    0.947
    """
    return 1.0 - (1.0 - similarity**rows) ** bands


@functools.lru_cache(maxsize=64)  # 0.15 s a call, and every run of a batch job asks the same
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


@kernel(cache=True)
def _band_hash(sigs, p, band, rows):
    h = np.uint64(14695981039346656037) ^ np.uint64(band)
    for r in range(rows):
        h = (h ^ np.uint64(sigs[p, band * rows + r])) * np.uint64(1099511628211)
    return h


@kernel(parallel=True, cache=True)
def _band_hashes(sigs, bands, rows, out):
    n = sigs.shape[0]
    for p in prange(n):
        for band in range(bands):
            out[p, band] = _band_hash(sigs, p, band, rows)


@kernel(parallel=True, cache=True)
def _band_column(sigs, band, rows, out):
    for p in prange(sigs.shape[0]):
        out[p] = _band_hash(sigs, p, band, rows)


@kernel(cache=True)
def _band_column_serial(sigs, band, rows, out):
    for p in range(sigs.shape[0]):
        out[p] = _band_hash(sigs, p, band, rows)


# Below this many rows a kernel runs on one thread: waking the thread pool costs more than
# the work (milliseconds a call on a busy machine, a band at a time: a tenth of a second to
# deduplicate two paragraphs).
SERIAL_BELOW = 4096


def band_column(signatures: np.ndarray, band: int, rows: int) -> np.ndarray:
    """Column ``band`` of :func:`band_hashes`, made alone (one band's keys held at a time)."""
    out = np.empty(signatures.shape[0], dtype=np.uint64)
    if signatures.shape[0]:
        (_band_column_serial if signatures.shape[0] < SERIAL_BELOW else _band_column)(signatures, band, rows, out)
    return out


def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit hash per band (``n`` x ``bands``): equal bands give equal hashes."""
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"{bands} bands x {rows} rows need {bands * rows} permutations, have {signatures.shape[1]}")
    out = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    if signatures.shape[0]:
        _band_hashes(signatures, bands, rows, out)
    return out


@kernel(cache=True)
def _pairs_from_sorted(order, keys_sorted, max_bucket, start, out_i, out_j):
    """Pairs of the runs of equal ``keys_sorted`` from position ``start`` on, each member
    paired with at most ``max_bucket`` members before it, as long as whole runs fit in
    ``out_i``/``out_j``. Returns (pairs written, where to go on); when not even the first
    run fits, (-(pairs it needs), start)."""
    n = order.shape[0]
    count = 0
    while start < n:
        end = start + 1
        while end < n and keys_sorted[end] == keys_sorted[start]:
            end += 1
        size = end - start
        m = min(size - 1, max_bucket)
        need = m * (m + 1) // 2 + (size - 1 - m) * max_bucket
        if count + need > out_i.shape[0]:
            if count == 0:
                return -need, start
            return count, start
        for x in range(start + 1, end):
            limit = min(x, start + max_bucket)
            for y in range(start, limit):
                a = order[y]
                b = order[x]
                if a < b:
                    out_i[count] = a
                    out_j[count] = b
                else:
                    out_i[count] = b
                    out_j[count] = a
                count += 1
        start = end
    return count, start


def pairs_in_runs(order: np.ndarray, keys_sorted: np.ndarray, max_bucket: int,
                  slice_pairs: int = 0) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs (i, j), i < j, of the ``order`` entries whose ``keys_sorted`` are equal (a run),
    each paired with at most ``max_bucket`` before it in its run; yielded in slices of
    about ``slice_pairs`` (whole runs; 0: all in one)."""
    n = order.shape[0]
    capacity = slice_pairs or max(16, 2 * n)
    start = 0
    while start < n:
        out_i = np.empty(capacity, dtype=np.int64)
        out_j = np.empty(capacity, dtype=np.int64)
        count, start = _pairs_from_sorted(order, keys_sorted, max_bucket, start, out_i, out_j)
        if count < 0:
            capacity = -count
            continue
        if count:
            yield out_i[:count], out_j[:count]
        capacity = slice_pairs or capacity


def _bucket_pair_slices(keys: np.ndarray, max_bucket: int, slice_pairs: int = 0) -> Iterator[np.ndarray]:
    """Pairs (i, j), i < j, of positions whose keys are equal, as j * n + i codes (so that
    sorting the codes sorts the pairs by (j, i)), in slices (see :func:`pairs_in_runs`)."""
    n = keys.shape[0]
    order = np.argsort(keys, kind="stable")
    for out_i, out_j in pairs_in_runs(order, keys[order], max_bucket, slice_pairs):
        yield out_j * n + out_i


def _bucket_pairs(keys: np.ndarray, max_bucket: int) -> np.ndarray:
    """All of :func:`_bucket_pair_slices` at once."""
    parts = list(_bucket_pair_slices(keys, max_bucket))
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def candidate_pairs(band_keys: np.ndarray, prefix_keys: np.ndarray | None, max_bucket: int) -> tuple[np.ndarray, np.ndarray]:
    """All distinct candidate pairs (i, j), i < j, sorted by (j, i).

    ``prefix_keys`` holds one key per paragraph, 0 for "no prefix" (never paired), or
    one row per paragraph of keys at several opening lengths (each column bucketed alone).
    """
    columns = (band_keys[:, band] for band in range(band_keys.shape[1]))
    return kept_candidate_pairs(band_keys.shape[0], columns, prefix_keys, max_bucket)


def kept_candidate_pairs(n: int, band_columns: Iterable[np.ndarray], prefix_keys: np.ndarray | None,
                         max_bucket: int, keep: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None
                         ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`candidate_pairs` of ``n`` items from their band keys given a band at a time,
    keeping only the pairs for which ``keep(i, j)`` (a mask) holds.

    ``keep`` is applied to each band's new pairs as they come, so the pairs it drops
    are never held all at once: peak memory follows the kept pairs, not the candidates.
    """
    # Near copies meet in most bands: merging a few bands at a time into the distinct
    # codes so far keeps the duplicates of all bands from being held at once.
    per_merge = 1 if keep is not None else _BANDS_PER_MERGE
    merged = np.empty(0, dtype=np.int64)
    codes: list[np.ndarray] = []

    def merge(new: list[np.ndarray]) -> np.ndarray:
        if keep is None:
            return _distinct_sorted(np.concatenate([merged, *new]))
        fresh = _distinct_sorted(np.concatenate(new))
        fresh = fresh[~_sorted_contains(merged, fresh)]
        j, i = np.divmod(fresh, n)
        fresh = fresh[keep(i, j)]
        return _distinct_sorted(np.concatenate([merged, fresh]))

    for column in band_columns:
        codes.append(_bucket_pairs(column, max_bucket))
        if len(codes) == per_merge:
            merged, codes = merge(codes), []
    levels = () if prefix_keys is None else (prefix_keys.reshape(n, -1).T if prefix_keys.size else ())
    for level in levels:
        usable = np.flatnonzero(level != 0)
        if usable.size > 1:
            # Paragraphs opening alike (templates, truncations) fill large buckets: their
            # pairs are renumbered and filtered a slice at a time.
            for local in _bucket_pair_slices(level[usable], max_bucket, _PREFIX_PAIRS_PER_SLICE):
                lj, li = np.divmod(local, usable.size)
                del local
                gi, gj = usable[li], usable[lj]
                del li, lj
                codes.append(np.maximum(gi, gj) * n + np.minimum(gi, gj))
                del gi, gj
                if keep is not None:
                    merged, codes = merge(codes), []
    if codes:
        merged = merge(codes)
    j, i = np.divmod(merged, n)
    return i, j


def _sorted_contains(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """For each needle, whether the sorted ``haystack`` holds it."""
    if haystack.size == 0:
        return np.zeros(needles.size, dtype=bool)
    at = np.minimum(np.searchsorted(haystack, needles), haystack.size - 1)
    return haystack[at] == needles


_BANDS_PER_MERGE = 5
_PREFIX_PAIRS_PER_SLICE = 500_000


def _distinct_sorted(codes: np.ndarray) -> np.ndarray:
    """Sorted distinct values: a sort and a comparison with the neighbour (much faster than
    np.unique's hashing on these arrays)."""
    codes.sort()
    if codes.size:
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    return codes


@kernel(cache=True)
def _equal_count(a, b):
    same = 0
    for k in range(a.shape[0]):
        if a[k] == b[k]:
            same += 1
    return same


@kernel(parallel=True, cache=True)
def _equal_counts(sigs, left, right, out):
    for n in prange(left.shape[0]):
        out[n] = _equal_count(sigs[left[n]], sigs[right[n]])


@kernel(cache=True)
def _equal_counts_serial(sigs, left, right, out):
    for n in range(left.shape[0]):
        out[n] = _equal_count(sigs[left[n]], sigs[right[n]])


def estimated_jaccard(signatures: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """MinHash estimate of the Jaccard similarity of each pair (share of equal values)."""
    out = np.empty(left.shape[0], dtype=np.int64)
    if left.shape[0]:
        (_equal_counts_serial if left.shape[0] < SERIAL_BELOW else _equal_counts)(signatures, left, right, out)
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


def deeper_prefix_keys(key: str, prefix_chars: int, levels: int) -> list[int]:
    """:func:`prefix_key` at ``levels`` longer openings: 2, 4, 8 ... times ``prefix_chars``
    characters (0 where the key is shorter).

    >>> [k != 0 for k in deeper_prefix_keys("a" * 200, 50, 3)]
    [True, True, False]
    """
    return [prefix_key(key, prefix_chars << level) for level in range(1, levels + 1)]
