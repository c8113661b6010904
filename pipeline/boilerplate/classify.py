"""Combine pattern rules and structural signals into a verdict per paragraph."""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Paragraph, Signal, Verdict
from . import signals as sig
from .multiscan import RuleScanner
from .rules import GUARD, BoilerplateRule, load_rules

_KEY_DROP = re.compile(r"[\W_]+")


def repeat_key(text: str) -> str:
    """The form under which short paragraphs are counted across dumps.

    >>> repeat_key("Accept all  Cookies!") == repeat_key("accept all cookies")
    True
    """
    return _KEY_DROP.sub(" ", text.casefold()).strip()


def dumps_per_paragraph(paragraphs: list[Paragraph], max_words: int) -> dict[str, int]:
    """For each short paragraph (by :func:`repeat_key`), the number of distinct dumps it is in.

    This is the only signal that needs more than one paragraph; an engine that
    partitions the corpus computes it with a group-by and passes it to
    :func:`classify`.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    for p in paragraphs:
        text = p.text or p.raw
        if len(sig.words(text)) <= max_words:
            seen[repeat_key(text)].add(p.source.path)
    return {key: len(paths) for key, paths in seen.items()}


def decide(found: list[Signal], threshold: float) -> tuple[bool, str | None, str | None, float]:
    """Sum the evidence; name the category with the most weight and its strongest rule.

    >>> decide([Signal("a", "cookie", 0.6), Signal("b", None, 0.5)], 1.0)
    (True, 'cookie', 'a', 1.1)
    >>> decide([Signal("a", "cookie", 0.6), Signal("g", "guard", -0.5), Signal("b", None, 0.5)], 1.0)
    (False, None, None, 0.6)
    >>> decide([Signal("b", None, 1.5)], 1.0)
    (False, None, None, 1.5)
    """
    total = round(sum(s.weight for s in found), 6)
    per_category: dict[str, float] = {}
    for s in found:
        if s.category is not None and s.category != GUARD and s.weight > 0:
            per_category[s.category] = per_category.get(s.category, 0.0) + s.weight
    if total < threshold or not per_category:
        return False, None, None, total
    # max() keeps the first of equal candidates, so ties go to the earlier rule.
    category = max(per_category, key=lambda c: per_category[c])
    rule = max((s for s in found if s.category == category), key=lambda s: s.weight).name
    return True, category, rule, total


class BoilerplateClassifier:
    """Rules and signal settings compiled once from the config."""

    def __init__(self, config: dict, use_hyperscan: bool = True):
        section = config["boilerplate"]
        self.threshold = float(section["threshold"])
        self.signals = section["signals"]
        self.rules: list[BoilerplateRule] = load_rules(config)
        # One scan per paragraph names the rules (numbers 0..n-1) and the signal
        # regexes (n..) that could match; only those run.
        gated = sig.GATE.patterns
        self.scanner = RuleScanner([rule.regex for rule in self.rules] + gated,
                                   [rule.literals for rule in self.rules] + [None] * len(gated),
                                   use_hyperscan=use_hyperscan)
        self.repeat_dumps = int(self.signals["cross_dump_repeat"]["min_dumps"])
        self._cache: dict[tuple[str, bool], tuple] = {}

    def evidence(self, text: str, dumps: int = 1) -> list[Signal]:
        """Every piece of evidence found in one (normalised) paragraph."""
        possible = self.scanner.candidates(text)
        rules = len(self.rules)
        with sig.GATE.scanning(text, {n - rules for n in possible if n >= rules}):
            return self._evidence(text, dumps, possible)

    def _evidence(self, text: str, dumps: int, possible: set[int]) -> list[Signal]:
        tokens = sig.words(text)
        n = len(tokens)
        cfg = self.signals
        found: list[Signal] = []
        found += sig.lone_glyph(text, cfg["lone_glyph"])
        found += sig.link_list(text, tokens, cfg["link_list"])
        found += sig.short_fragment(text, tokens, cfg["short_fragment"])
        found += sig.bibliography(text, cfg["bibliography"])
        found += sig.comment_shape(text, tokens, cfg["comment_shape"])
        found += sig.personal_question(text, cfg["comment_shape"])
        found += sig.informal_writing(text, tokens, cfg["informal_writing"])
        found += sig.low_stopword_density(tokens, cfg["low_stopword_density"])
        found += sig.ui_label(text, tokens, cfg["ui_label"])
        found += sig.timestamp_line(text, tokens, cfg["timestamp_line"])
        found += sig.link_arrow(tokens, text, cfg["link_arrow"])
        found += sig.closing_call_to_action(text, cfg["closing_call_to_action"])
        repeat = cfg["cross_dump_repeat"]
        if dumps >= int(repeat["min_dumps"]) and n <= int(repeat["max_words"]):
            found.append(Signal("cross-dump-repeat", None, float(repeat["weight"])))
        for number, rule in enumerate(self.rules):
            if number not in possible:
                continue
            weight = rule.weight_for(text, n)
            if weight:
                found.append(Signal(rule.name, rule.category, weight))
        return found

    def verdict(self, paragraph: Paragraph, dumps: int = 1) -> Verdict:
        text = paragraph.text
        if not text:
            return Verdict(paragraph, False)
        # Scrape dumps repeat the same paragraph many times: judge each text once.
        key = (text, dumps >= self.repeat_dumps)
        cached = self._cache.get(key)
        if cached is None:
            found = self.evidence(text, dumps)
            cached = (*decide(found, self.threshold), tuple(found))
            self._cache[key] = cached
        is_bp, category, rule, score, found = cached
        return Verdict(paragraph, is_bp, category, rule, score, found)


def classify(
    paragraphs: list[Paragraph], config: dict, dump_counts: dict[str, int] | None = None
) -> list[Verdict]:
    """Classify a batch of normalised paragraphs.

    ``dump_counts`` (from :func:`dumps_per_paragraph`) feeds the cross-dump
    repetition signal; when omitted it is computed from this batch.
    """
    classifier = BoilerplateClassifier(config)
    if dump_counts is None:
        max_words = int(config["boilerplate"]["signals"]["cross_dump_repeat"]["max_words"])
        dump_counts = dumps_per_paragraph(paragraphs, max_words)
    return [
        classifier.verdict(p, dump_counts.get(repeat_key(p.text or p.raw), 1)) for p in paragraphs
    ]
