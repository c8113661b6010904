"""Grouping copies into passages.

The rule is leader clustering in input order: the first paragraph of a group
becomes its leader (the canonical passage), and a later paragraph joins a group
only if it is similar enough *to the leader itself*. Because membership is
always tested against the leader, a chain of small edits (A~B, B~C, C~D) can
never pull an unrelated D into A's group, which single-link union-find would do.
Ties between groups go to the leader seen first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Occurrence, Paragraph, Passage


@dataclass
class Group:
    """A passage under construction: its leader and every occurrence so far."""

    id: str
    leader: Paragraph
    shingles: set[str] | None = None
    occurrences: list[Occurrence] = field(default_factory=list)

    def to_passage(self) -> Passage:
        return Passage(self.id, self.leader.text, self.leader.source, tuple(self.occurrences))


def best_match(candidates: list[tuple[str, float]], threshold: float) -> tuple[str, float] | None:
    """The verified candidate with the highest similarity at or above ``threshold``.

    ``candidates`` are (group id, similarity) in leader order; the first of equal
    similarities wins.

    >>> best_match([("a", 0.71), ("b", 0.9), ("c", 0.9)], 0.7)
    ('b', 0.9)
    >>> best_match([("a", 0.5)], 0.7) is None
    True
    """
    best: tuple[str, float] | None = None
    for gid, sim in candidates:
        if sim >= threshold and (best is None or sim > best[1]):
            best = (gid, sim)
    return best
