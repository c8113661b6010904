"""Pattern rules for boilerplate, loaded from the ``[[boilerplate.rules]]`` config list."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..patterns import DEFAULT_BUDGET_MS, TimedPattern, budget_of
from .prefilter import required_literals

GUARD = "guard"


@dataclass(frozen=True)
class BoilerplateRule:
    """A named regular expression that is evidence for one category (or, with a
    negative weight and category ``guard``, evidence that a paragraph is content).

    >>> rule = BoilerplateRule.from_config({"name": "ad", "category": "site-chrome",
    ...     "weight": 1.2, "pattern": "^advertisement$", "max_words": 3})
    >>> rule.fires("Advertisement", 1), rule.fires("Advertisement", 9)
    (True, False)

    A rule about dense vocabulary can grow with the number of matches:
    ``per_extra_match`` is added for each match beyond ``min_count``, up to
    ``max_weight``.

    >>> vocab = BoilerplateRule.from_config({"name": "v", "category": "cookie", "weight": 0.5,
    ...     "pattern": r"\\b(?:a|b|c)\\b", "min_count": 2, "per_extra_match": 0.25, "max_weight": 0.9})
    >>> [vocab.weight_for(t, 3) for t in ("a x x", "a b x", "a b c", "a b c a b")]
    [0.0, 0.5, 0.75, 0.9]
    """

    name: str
    category: str
    weight: float
    regex: re.Pattern
    min_words: int = 0
    max_words: int | None = None
    min_count: int = 1
    per_extra_match: float = 0.0
    max_weight: float | None = None
    # Strings one of which every match contains (None: always run the regex).
    literals: frozenset[str] | None = field(default=None, compare=False)
    # What matches, under the time budget (pipeline.patterns); ``regex`` is its parse twin.
    timed: TimedPattern | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "literals", required_literals(self.regex))
        if self.timed is None:
            object.__setattr__(self, "timed", TimedPattern(self.regex.pattern, self.regex.flags,
                                                           f"boilerplate rule {self.name!r}"))

    @classmethod
    def from_config(cls, entry: dict, budget_ms: float = DEFAULT_BUDGET_MS) -> "BoilerplateRule":
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        name = str(entry["name"])
        timed = TimedPattern(entry["pattern"], flags, f"boilerplate rule {name!r}", budget_ms)
        return cls(
            name=name,
            category=str(entry["category"]),
            weight=float(entry["weight"]),
            regex=timed.compiled,
            timed=timed,
            min_words=int(entry.get("min_words", 0)),
            max_words=None if entry.get("max_words") is None else int(entry["max_words"]),
            min_count=int(entry.get("min_count", 1)),
            per_extra_match=float(entry.get("per_extra_match", 0.0)),
            max_weight=None if entry.get("max_weight") is None else float(entry["max_weight"]),
        )

    def applies_to(self, n_words: int) -> bool:
        return n_words >= self.min_words and (self.max_words is None or n_words <= self.max_words)

    def count(self, text: str, limit: int) -> int:
        """Matches of the pattern in ``text``, counting no further than ``limit``
        (:class:`~pipeline.patterns.PatternTimeout` past the time budget)."""
        if limit <= 1:
            return int(self.timed.search(text) is not None)
        return self.timed.count(text, limit)

    def _match_limit(self) -> int:
        """How many matches are worth counting (more cannot change the weight)."""
        if self.per_extra_match <= 0:
            return self.min_count
        if self.max_weight is None:
            return 1_000_000
        extra = max(0.0, self.max_weight - self.weight)
        return self.min_count + math.ceil(extra / self.per_extra_match - 1e-9)

    def fires(self, text: str, n_words: int) -> bool:
        return self.applies_to(n_words) and self.count(text, self.min_count) >= self.min_count

    def weight_for(self, text: str, n_words: int) -> float:
        """The weight this rule gives ``text``: 0.0 when it does not fire."""
        if not self.applies_to(n_words):
            return 0.0
        found = self.count(text, self._match_limit())
        if found < self.min_count:
            return 0.0
        weight = self.weight + self.per_extra_match * (found - self.min_count)
        if self.max_weight is not None:
            weight = min(weight, self.max_weight)
        return round(weight, 6)


def load_rules(config: dict) -> list[BoilerplateRule]:
    budget = budget_of(config)
    return [BoilerplateRule.from_config(entry, budget) for entry in config["boilerplate"]["rules"]]
