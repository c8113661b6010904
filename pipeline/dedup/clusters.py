"""Grouping copies into passages: leader clustering with exact verification.

Paragraphs are visited in input order. The first paragraph of a group is its
leader; a later paragraph joins a group only if it is verified against that
group's *representative* (never against another member), so a chain of small
edits (A~B, B~C, C~D) cannot pull an unrelated D into A's group, as single-link
union-find would. A paragraph joins when the exact Jaccard similarity of the
shingle sets reaches ``threshold`` (a near copy), or when the shorter of the two
has at least ``containment`` of its shingles in the longer (a truncated copy).
A pair that passes on Jaccard alone is still rejected when, after aligning the
two word sequences (longest common subsequence), *each* side has a stretch of
``window_words`` words of which at least ``window_unmatched`` are unaligned:
that is one passage's content swapped for another's inside a shared template
(two exercise instructions with the same opening and closing), not an edited
copy, whose differences are scattered words, or a passage present on one side
only (a sentence dropped, added, or cut off).
When the newcomer contains the representative (the representative was the
truncated one), the newcomer becomes the representative: the complete version
is the one kept. Among several matching groups the most similar wins, ties to
the group seen first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numba
import numpy as np

from .shingles import hashed_containment, hashed_jaccard, shingle_hashes


@dataclass
class Member:
    index: int
    match: str  # canonical | exact | near | truncated
    similarity: float = 1.0


@dataclass
class Group:
    representative: int
    members: list[Member] = field(default_factory=list)
    swapped: bool = False
    # a fixed (stored) representative that a longer, complete version matched as
    # its truncated copy: the caller should reopen it and cluster again
    superseded: bool = False


def best_match(candidates: list[tuple[int, float]]) -> tuple[int, float] | None:
    """The candidate with the highest score; the first of equal scores wins.

    >>> best_match([(3, 0.71), (1, 0.9), (2, 0.9)])
    (1, 0.9)
    >>> best_match([]) is None
    True
    """
    best: tuple[int, float] | None = None
    for gid, score in candidates:
        if best is None or score > best[1]:
            best = (gid, score)
    return best


class ShingleCache:
    """Shingle sets (as sorted hash arrays) computed on demand for verification,
    keeping only the most recently used ones."""

    def __init__(self, keys: list[str], kind: str, size: int, capacity: int = 4096):
        self.keys, self.kind, self.size, self.capacity = keys, kind, size, capacity
        self._cache: dict[int, np.ndarray] = {}

    def __call__(self, i: int) -> np.ndarray:
        found = self._cache.get(i)
        if found is None:
            found = shingle_hashes(self.keys[i], self.kind, self.size)
            if len(self._cache) >= self.capacity:
                self._cache.pop(next(iter(self._cache)))
            self._cache[i] = found
        return found


@numba.njit(cache=True)
def _unaligned(a, b):
    """Flags of the words of a and b left out of a longest common subsequence."""
    n, m = a.shape[0], b.shape[0]
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                table[i, j] = table[i + 1, j + 1] + 1
            else:
                table[i, j] = max(table[i + 1, j], table[i, j + 1])
    out_a = np.ones(n, dtype=np.bool_)
    out_b = np.ones(m, dtype=np.bool_)
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out_a[i] = False
            out_b[j] = False
            i += 1
            j += 1
        elif table[i + 1, j] >= table[i, j + 1]:
            i += 1
        else:
            j += 1
    return out_a, out_b


def _dense_window(flags: np.ndarray, window: int, needed: int) -> bool:
    if flags.shape[0] < needed:
        return False
    counts = np.convolve(flags.astype(np.int32), np.ones(min(window, flags.shape[0]), dtype=np.int32), "valid")
    return bool(counts.max() >= needed)


def replaced_stretches(key_a: str, key_b: str, window: int, needed: int, max_words: int = 2000) -> bool:
    """Whether both keys hold a stretch of ``window`` words with ``needed`` words the other lacks.

    >>> head, tail = "start standing with feet apart", "do eight reps on each side"
    >>> replaced_stretches(f"{head} lower into a deep reverse lunge {tail}",
    ...                    f"{head} hinge forward and lift one leg behind {tail}", 6, 4)
    True
    >>> replaced_stretches(f"{head} lower into a deep reverse lunge {tail}",
    ...                    f"{head} lower into a slow reverse lunge {tail}", 6, 4)
    False
    """
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) > max_words or len(words_b) > max_words:
        return False
    ids: dict[str, int] = {}
    a = np.array([ids.setdefault(w, len(ids)) for w in words_a], dtype=np.int64)
    b = np.array([ids.setdefault(w, len(ids)) for w in words_b], dtype=np.int64)
    flags_a, flags_b = _unaligned(a, b)
    return _dense_window(flags_a, window, needed) and _dense_window(flags_b, window, needed)


@dataclass
class Verifier:
    """Exact checks of a candidate pair, after a cheap signature-based filter."""

    shingles: ShingleCache
    threshold: float
    containment: float
    min_containment_chars: int
    window_words: int = 0
    window_unmatched: int = 4
    template_check_below: float = 1.0

    def shares_only_a_template(self, rep: int, new: int) -> bool:
        if not self.window_words:
            return False
        keys = self.shingles.keys
        return replaced_stretches(keys[rep], keys[new], self.window_words, self.window_unmatched)

    def check(self, rep: int, new: int, lengths: list[int]) -> tuple[str, float] | None:
        """("near", jaccard) or ("truncated", containment) when ``new`` is a copy of ``rep``."""
        a, b = self.shingles(rep), self.shingles(new)
        sim = hashed_jaccard(a, b)
        if sim >= self.threshold:
            if sim < self.template_check_below and self.shares_only_a_template(rep, new):
                return None
            return "near", sim
        small, large = (a, b) if lengths[rep] <= lengths[new] else (b, a)
        if min(lengths[rep], lengths[new]) >= self.min_containment_chars:
            cont = hashed_containment(small, large)
            if cont >= self.containment:
                return "truncated", cont
        return None
