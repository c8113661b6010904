"""Pattern rules for boilerplate, loaded from the ``[[boilerplate.rules]]`` config list."""
from __future__ import annotations

import re
from dataclasses import dataclass

GUARD = "guard"


@dataclass(frozen=True)
class BoilerplateRule:
    """A named regular expression that is evidence for one category (or, with a
    negative weight and category ``guard``, evidence that a paragraph is content).

    >>> rule = BoilerplateRule.from_config({"name": "ad", "category": "site-chrome",
    ...     "weight": 1.2, "pattern": "^advertisement$", "max_words": 3})
    >>> rule.fires("Advertisement", 1), rule.fires("Advertisement", 9)
    (True, False)
    """

    name: str
    category: str
    weight: float
    regex: re.Pattern
    min_words: int = 0
    max_words: int | None = None
    min_count: int = 1

    @classmethod
    def from_config(cls, entry: dict) -> "BoilerplateRule":
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        return cls(
            name=str(entry["name"]),
            category=str(entry["category"]),
            weight=float(entry["weight"]),
            regex=re.compile(entry["pattern"], flags),
            min_words=int(entry.get("min_words", 0)),
            max_words=None if entry.get("max_words") is None else int(entry["max_words"]),
            min_count=int(entry.get("min_count", 1)),
        )

    def fires(self, text: str, n_words: int) -> bool:
        if n_words < self.min_words or (self.max_words is not None and n_words > self.max_words):
            return False
        if self.min_count <= 1:
            return self.regex.search(text) is not None
        count = 0
        for _ in self.regex.finditer(text):
            count += 1
            if count >= self.min_count:
                return True
        return False


def load_rules(config: dict) -> list[BoilerplateRule]:
    return [BoilerplateRule.from_config(entry) for entry in config["boilerplate"]["rules"]]
