"""The output records, built one way whatever executor ran: a verdict or a duplicate
match becomes a :class:`Removal`, a group of occurrences becomes a :class:`Passage`,
and the count of both must equal the paragraphs read."""
from __future__ import annotations

from ..model import Occurrence, Passage, Provenance, Removal
from ..steps import Outcome

# The audit's rule name for each way a paragraph can copy a passage.
DUPLICATE_RULES = {"exact": "exact-hash", "near": "minhash-lsh", "truncated": "containment"}
MATCHES = ("canonical", "exact", "near", "truncated")


class AccountingError(RuntimeError):
    """Paragraphs were read that landed nowhere (or twice): a bug, never bad input."""


def removal_of(source: Provenance, raw: str, text: str, outcome: Outcome) -> Removal:
    """The audit entry of a paragraph removed before dedup (boilerplate, empty, filtered)."""
    if outcome.reason == "empty":
        return Removal(source, raw, "empty", rule=outcome.rule, clean="")
    return Removal(source, raw, outcome.reason, category=outcome.category, rule=outcome.rule, clean=text,
                   score=outcome.score, signals=outcome.signals)


def duplicate_removal(source: Provenance, raw: str, text: str, match: str, passage_id: str,
                      similarity: float) -> Removal:
    """The audit entry of a paragraph that copies passage ``passage_id`` (``match``: exact, near, truncated)."""
    return Removal(source, raw, "duplicate", rule=DUPLICATE_RULES[match], duplicate_of=passage_id,
                   similarity=similarity, clean=text)


def occurrence_order(match: str, source: Provenance) -> tuple:
    """Occurrences are listed canonical first, then in input order."""
    return (match != "canonical", source.key)


def passage_of(passage_id: str, text: str, members: list[tuple[Provenance, str, float]]) -> Passage:
    """A passage from its members (source, match, similarity), in any order."""
    ordered = sorted(members, key=lambda m: occurrence_order(m[1], m[0]))
    occurrences = tuple(Occurrence(source, match, sim) for source, match, sim in ordered)
    return Passage(passage_id, text, occurrences[0].source, occurrences)


def check_accounted(read: int, accounted: int, where: str = "") -> None:
    """The contract: every paragraph read lands in exactly one place."""
    if accounted != read:
        scope = f" in {where}" if where else ""
        raise AccountingError(f"internal error{scope}: {read} paragraphs read but {accounted} accounted for")
