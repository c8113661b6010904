"""Combine pattern rules and structural signals into a verdict per paragraph."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

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
    keys: dict[str, str | None] = {}  # each distinct text is tokenised once

    def key_of(p: Paragraph) -> str | None:
        text = p.text or p.raw
        if text not in keys:
            keys[text] = short_key(text, max_words)
        return keys[text]

    return _count_dumps(paragraphs, key_of)


def _count_dumps(paragraphs: list[Paragraph], key_of) -> dict[str, int]:
    """Distinct dump paths per short key, ``key_of(paragraph)`` giving the key (None: not short)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for p in paragraphs:
        key = key_of(p)
        if key is not None:
            seen[key].add(p.source.path)
    return {key: len(paths) for key, paths in seen.items()}


def short_key(text: str, max_words: int, n_words: int | None = None) -> str | None:
    """:func:`repeat_key` of a paragraph of at most ``max_words`` words, else None
    (``n_words``: its word count, when the caller has it).

    >>> short_key("Accept all cookies", 5), short_key("one two three", 2)
    ('accept all cookies', None)
    """
    if n_words is None:
        n_words = len(sig.words(text))
    return repeat_key(text) if n_words <= max_words else None


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


@dataclass(frozen=True, slots=True)
class Judgement:
    """The evidence in one text, before its count across dumps is known.

    ``signals`` are the structural signals, ``rules`` the rule matches (in rule
    order); the cross-dump repeat signal, when it applies, goes between them.
    ``short_key`` is the text's :func:`repeat_key` when it is short enough for
    that signal, else None.
    """

    signals: tuple[Signal, ...]
    rules: tuple[Signal, ...]
    short_key: str | None

    def could_be_boilerplate(self) -> bool:
        """Whether any evidence names a category: without that no count can make it boilerplate."""
        return any(s.category is not None and s.category != GUARD and s.weight > 0
                   for s in self.signals + self.rules)


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
        repeat = self.signals["cross_dump_repeat"]
        self.repeat_dumps = int(repeat["min_dumps"])
        self.repeat_words = int(repeat["max_words"])
        self.repeat_signal = Signal("cross-dump-repeat", None, float(repeat["weight"]))
        self._cache: dict[tuple[str, bool], tuple] = {}

    def judge(self, text: str) -> Judgement:
        """All evidence in one (normalised) paragraph but the count across dumps."""
        possible = self.scanner.candidates(text)
        rules = len(self.rules)
        with sig.GATE.scanning(text, {n - rules for n in possible if n >= rules}):
            tokens = sig.words(text)
            found = self._signals(text, tokens)
        n = len(tokens)
        matched = []
        for number in sorted(possible):  # in rule order; numbers past the rules are signal regexes
            if number >= rules:
                break
            rule = self.rules[number]
            weight = rule.weight_for(text, n)
            if weight:
                matched.append(Signal(rule.name, rule.category, weight))
        return Judgement(tuple(found), tuple(matched), short_key(text, self.repeat_words, n))

    def _signals(self, text: str, tokens: list[str]) -> list[Signal]:
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
        return found

    def repeats(self, judgement: Judgement, dumps: int) -> bool:
        return judgement.short_key is not None and dumps >= self.repeat_dumps

    def evidence(self, text: str, dumps: int = 1) -> list[Signal]:
        """Every piece of evidence found in one (normalised) paragraph seen in ``dumps`` dumps."""
        return list(self._evidence(self.judge(text), dumps))

    def _evidence(self, judgement: Judgement, dumps: int) -> tuple[Signal, ...]:
        repeat = (self.repeat_signal,) if self.repeats(judgement, dumps) else ()
        return judgement.signals + repeat + judgement.rules

    def verdict(self, paragraph: Paragraph, dumps: int = 1, judgement: Judgement | None = None) -> Verdict:
        """The verdict on one paragraph; ``judgement`` may come from :meth:`judge` run elsewhere."""
        if not paragraph.text:
            return Verdict(paragraph, False)
        return Verdict(paragraph, *self.decision(paragraph.text, dumps, judgement))

    def forget(self) -> None:
        """Drop the remembered decisions (a long-lived classifier judging chunk after chunk)."""
        self._cache.clear()

    def decision(self, text: str, dumps: int = 1, judgement: Judgement | None = None
                 ) -> tuple[bool, str | None, str | None, float, tuple[Signal, ...]]:
        """What :meth:`verdict` decides for a non-empty ``text``: (is boilerplate,
        category, rule, score, evidence)."""
        # Scrape dumps repeat the same paragraph many times: judge each text once.
        key = (text, dumps >= self.repeat_dumps)
        cached = self._cache.get(key)
        if cached is None:
            found = self._evidence(judgement or self.judge(text), dumps)
            cached = (*decide(list(found), self.threshold), found)
            self._cache[key] = cached
        return cached


def classify(
    paragraphs: list[Paragraph], config: dict, dump_counts: dict[str, int] | None = None
) -> list[Verdict]:
    """Classify a batch of normalised paragraphs.

    ``dump_counts`` (from :func:`dumps_per_paragraph`) feeds the cross-dump
    repetition signal; when omitted it is computed from this batch.
    """
    classifier = BoilerplateClassifier(config)
    judgements: dict[str, Judgement] = {}
    for p in paragraphs:
        if p.text and p.text not in judgements:
            judgements[p.text] = classifier.judge(p.text)
    return verdicts_from(paragraphs, classifier, judgements, dump_counts)


def verdicts_from(paragraphs: list[Paragraph], classifier: BoilerplateClassifier,
                  judgements: Mapping[str, Judgement | None], dump_counts: dict[str, int] | None) -> list[Verdict]:
    """Verdicts for paragraphs whose texts were judged already (maybe in other processes).

    A text may map to None when it cannot be boilerplate and is not short (its
    count cannot matter). With ``dump_counts`` None the counts come from these paragraphs.
    """
    if dump_counts is None:
        def key_of(p: Paragraph) -> str | None:
            if not p.text:
                return short_key(p.raw, classifier.repeat_words)
            judgement = judgements[p.text]
            return judgement.short_key if judgement is not None else None

        dump_counts = _count_dumps(paragraphs, key_of)
    verdicts = []
    for p in paragraphs:
        judgement = judgements.get(p.text) if p.text else None
        if judgement is None:  # empty, or judged elsewhere as holding nothing that could remove it
            verdicts.append(Verdict(p, False))
            continue
        dumps = dump_counts.get(judgement.short_key, 1) if judgement.short_key is not None else 1
        verdicts.append(classifier.verdict(p, dumps, judgement))
    return verdicts

