"""Patterns a config can set (the rule packs, ``[normalise]``) under a time budget.

Python's ``re`` backtracks: one pattern such as ``(a|aa)+$`` can take hours on one
line, and a config is user input. Each config pattern is compiled twice when the
config loads:

* with ``re``, whose parse tree the Hyperscan prefilter and the literal index read
  (:mod:`pipeline.boilerplate.multiscan`, :mod:`pipeline.boilerplate.prefilter`);
* with the ``regex`` module in its ``re``-compatible mode (``VERSION0``), which does
  the matching: it avoids much of the backtracking ``re`` does on nested repeats
  (``(a+)+$`` is instant there), and it takes a ``timeout``, checked inside the
  match, in any thread (a Dask worker's too, where a signal could not reach).

A match that runs past ``[pipeline] pattern_budget_ms`` raises
:class:`PatternTimeout`; the step that ran it audits the paragraph with reason
``timeout`` and the pattern's name, and the run moves on.

>>> slow = TimedPattern(r"(a|aa)+$", 0, "rule 'slow'", budget_ms=20)
>>> slow.search("a" * 60 + "!")
Traceback (most recent call last):
...
pipeline.patterns.PatternTimeout: rule 'slow' ran past its 20 ms budget
>>> TimedPattern(r"(a+)+$", 0, "rule 'nested'", budget_ms=20).search("a" * 60 + "😀") is None
True
"""
from __future__ import annotations

import functools
import re

import regex

DEFAULT_BUDGET_MS = 1000


class PatternTimeout(Exception):
    """A config pattern ran past its time budget on one paragraph."""

    def __init__(self, where: str, budget_ms: float):
        super().__init__(f"{where} ran past its {budget_ms:g} ms budget")
        self.where = where
        self.budget_ms = budget_ms


class TimedPattern:
    """One config pattern: ``compiled`` (``re``) to read, the ``regex`` twin to match."""

    __slots__ = ("compiled", "matcher", "where", "budget_ms", "_seconds")

    def __init__(self, pattern: str, flags: int, where: str, budget_ms: float = DEFAULT_BUDGET_MS):
        self.compiled = re.compile(pattern, flags)
        self.matcher = _matcher(pattern, self.compiled.flags)
        self.where = where
        self.budget_ms = float(budget_ms)
        # None: no budget (0 in the config turns it off)
        self._seconds = self.budget_ms / 1000 if self.budget_ms > 0 else None

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def search(self, text: str):
        try:
            return self.matcher.search(text, timeout=self._seconds)
        except TimeoutError:
            raise PatternTimeout(self.where, self.budget_ms) from None

    def count(self, text: str, limit: int) -> int:
        """Matches in ``text``, counting no further than ``limit`` (one budget for all)."""
        found = 0
        try:
            for _ in self.matcher.finditer(text, timeout=self._seconds):
                found += 1
                if found >= limit:
                    break
        except TimeoutError:
            raise PatternTimeout(self.where, self.budget_ms) from None
        return found

    def sub(self, replacement: str, text: str) -> str:
        try:
            return self.matcher.sub(replacement, text, timeout=self._seconds)
        except TimeoutError:
            raise PatternTimeout(self.where, self.budget_ms) from None


@functools.lru_cache(maxsize=4096)
def _matcher(pattern: str, flags: int):
    """The regex twin of a pattern, compiled once per process (a config is checked when it
    loads and compiled again by each step: regex compiles ten times slower than re)."""
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as exc:
        raise re.error(f"not supported by the matching engine: {exc}") from None


def budget_of(config: dict) -> float:
    """``[pipeline] pattern_budget_ms`` (milliseconds per pattern and paragraph; 0: none)."""
    return float(config.get("pipeline", {}).get("pattern_budget_ms", DEFAULT_BUDGET_MS))
