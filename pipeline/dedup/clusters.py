"""Grouping copies into passages: leader clustering with exact verification.

Paragraphs are visited in input order. The first paragraph of a group is its
leader; a later paragraph joins a group only if it is verified against that
group's *representative* (never against another member), so a chain of small
edits (A~B, B~C, C~D) cannot pull an unrelated D into A's group, as single-link
union-find would. A paragraph joins when the exact Jaccard similarity of the
shingle sets reaches ``threshold`` (a near copy), or when the shorter of the two
has at least ``containment`` of its shingles in the longer (a truncated copy).
When the newcomer contains the representative (the representative was the
truncated one), the newcomer becomes the representative: the complete version
is the one kept. Among several matching groups the most similar wins, ties to
the group seen first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .shingles import char_shingles, containment, jaccard, word_shingles


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
    """Shingle sets computed on demand for verification, keeping only recent ones."""

    def __init__(self, keys: list[str], kind: str, size: int, capacity: int = 4096):
        self.keys, self.kind, self.size, self.capacity = keys, kind, size, capacity
        self._cache: dict[int, set[str]] = {}

    def __call__(self, i: int) -> set[str]:
        found = self._cache.get(i)
        if found is None:
            key = self.keys[i]
            found = word_shingles(key, self.size) if self.kind == "word" else char_shingles(key, self.size)
            if len(self._cache) >= self.capacity:
                self._cache.pop(next(iter(self._cache)))
            self._cache[i] = found
        return found


@dataclass
class Verifier:
    """Exact checks of a candidate pair, after a cheap signature-based filter."""

    shingles: ShingleCache
    threshold: float
    containment: float
    min_containment_chars: int

    def check(self, rep: int, new: int, lengths: list[int]) -> tuple[str, float] | None:
        """("near", jaccard) or ("truncated", containment) when ``new`` is a copy of ``rep``."""
        a, b = self.shingles(rep), self.shingles(new)
        sim = jaccard(a, b)
        if sim >= self.threshold:
            return "near", sim
        small, large = (a, b) if lengths[rep] <= lengths[new] else (b, a)
        if min(lengths[rep], lengths[new]) >= self.min_containment_chars:
            cont = containment(small, large)
            if cont >= self.containment:
                return "truncated", cont
        return None
