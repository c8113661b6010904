"""Combine pattern rules and structural signals into a verdict per paragraph."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from ..dedup.exact import exact_key
from ..model import Paragraph, Signal, Verdict
from ..patterns import PatternTimeout
from ..steps import EMPTY, Batch, Judged, Outcome, Step, register_step, timed_out
from .category import category_weights, heaviest
from . import features, signals  # features' patterns join the signals' in the one scan: import it first
from .multiscan import RuleScanner
from .repeats import CrossDumpRepeats, key_hash
from .rules import GUARD, BoilerplateRule, load_rules

def repeat_key(text: str) -> str:
    """The form under which short paragraphs are counted across dumps.

    >>> repeat_key("Accept all  Cookies!") == repeat_key("accept all cookies")
    True
    """
    return exact_key(text)  # the dedup stage's exact key


def short_key(text: str, max_words: int, n_words: int | None = None) -> str | None:
    """:func:`repeat_key` of a paragraph of at most ``max_words`` words, else None
    (``n_words``: its word count, when the caller has it). A paragraph with no letter or
    digit has no key: glyphs and arrows of every site would otherwise count as one line.

    >>> short_key("Accept all cookies", 5), short_key("one two three", 2), short_key("× →", 5)
    ('accept all cookies', None, None)
    """
    if n_words is None:
        n_words = len(signals.words(text))
    return (repeat_key(text) or None) if n_words <= max_words else None


def weigh_evidence(found: list[Signal], threshold: float) -> tuple[bool, str | None, str | None, float]:
    """Sum the evidence; name the category with the most weight and its strongest rule.

    >>> weigh_evidence([Signal("a", "cookie", 0.6), Signal("b", None, 0.5)], 1.0)
    (True, 'cookie', 'a', 1.1)
    >>> weigh_evidence([Signal("a", "cookie", 0.6), Signal("g", "guard", -0.5), Signal("b", None, 0.5)], 1.0)
    (False, None, None, 0.6)
    >>> weigh_evidence([Signal("b", None, 1.5)], 1.0)
    (False, None, None, 1.5)
    """
    total = round(sum(s.weight for s in found), 6)
    category = heaviest(category_weights(found))  # ties go to the category of the earlier rule
    if total < threshold or category is None:
        return False, None, None, total
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
    text_features: list[float] | None = None  # the model's text features, when asked for
    # A rule pattern that ran past its time budget: no rule evidence, the paragraph is
    # audited as ``timeout`` by the step.
    timeout: PatternTimeout | None = None

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
        gated = signals.GATE.patterns
        self.scanner = RuleScanner([rule.regex for rule in self.rules] + gated,
                                   [rule.literals for rule in self.rules] + [None] * len(gated),
                                   use_hyperscan=use_hyperscan,
                                   min_counts=[rule.min_count for rule in self.rules] + [1] * len(gated))
        repeat = self.signals["cross_dump_repeat"]
        self.repeat_dumps = int(repeat["min_dumps"])
        self.repeat_words = int(repeat["max_words"])
        self.repeat_signal = Signal("cross-dump-repeat", None, float(repeat["weight"]))
        self._cache: dict[tuple[str, bool], tuple] = {}

    def short_key_of(self, text: str) -> str | None:
        """The text's repeat key when it is short enough to be counted across dumps."""
        return short_key(text, self.repeat_words)

    def judge(self, text: str, with_features: bool = False) -> Judgement:
        """All evidence in one (normalised) paragraph but the count across dumps; with
        ``with_features``, the learned model's text features too (under the same scan)."""
        possible = self.scanner.candidates(text)
        rules = len(self.rules)
        with signals.GATE.scanning(text, {n - rules for n in possible if n >= rules}):
            tokens = signals.words(text)
            found = self._signals(text, tokens)
            computed = features.text_features(text, tokens) if with_features else None
        n = len(tokens)
        matched = []
        try:
            for number in sorted(possible):  # in rule order; numbers past the rules are signal regexes
                if number >= rules:
                    break
                rule = self.rules[number]
                weight = rule.weight_for(text, n)
                if weight:
                    matched.append(Signal(rule.name, rule.category, weight))
        except PatternTimeout as exc:
            return Judgement(tuple(found), (), short_key(text, self.repeat_words, n), computed, exc)
        return Judgement(tuple(found), tuple(matched), short_key(text, self.repeat_words, n), computed)

    def _signals(self, text: str, tokens: list[str]) -> list[Signal]:
        cfg = self.signals
        found: list[Signal] = []
        found += signals.lone_glyph(text, cfg["lone_glyph"])
        found += signals.link_list(text, tokens, cfg["link_list"])
        found += signals.short_fragment(text, tokens, cfg["short_fragment"])
        found += signals.bibliography(text, cfg["bibliography"])
        found += signals.comment_shape(text, tokens, cfg["comment_shape"])
        found += signals.personal_question(text, cfg["comment_shape"])
        found += signals.informal_writing(text, tokens, cfg["informal_writing"])
        found += signals.low_stopword_density(tokens, cfg["low_stopword_density"])
        found += signals.ui_label(text, tokens, cfg["ui_label"])
        found += signals.timestamp_line(text, tokens, cfg["timestamp_line"])
        found += signals.link_arrow(tokens, text, cfg["link_arrow"])
        found += signals.closing_call_to_action(text, cfg["closing_call_to_action"])
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
            judgement = judgement or self.judge(text)
            if judgement.timeout is not None:
                raise judgement.timeout
            found = self._evidence(judgement, dumps)
            cached = (*weigh_evidence(list(found), self.threshold), found)
            self._cache[key] = cached
        return cached


def format_signals(signals: tuple[Signal, ...]) -> tuple[str, ...]:
    """Evidence as the removal audit lists it: ``name(+weight)``."""
    return tuple(f"{s.name}({s.weight:+g})" for s in signals)


@register_step("boilerplate")
class JudgeBoilerplate(Step):
    """Adds ``judged``: each paragraph's verdict for both answers the cross-dump repeat
    count can give (:class:`~pipeline.steps.Judged`). With ``[boilerplate] decision =
    "model"`` the learned model decides, with its page around each paragraph
    (:mod:`.learned`); with ``"rules"`` the summed evidence of the rule packs and
    signals does, each distinct text judged once per batch. A paragraph that cleaned
    to nothing is ``empty`` either way, but its raw line still counts across dumps."""

    def __init__(self, config: dict):
        super().__init__(config)
        self.classifier = BoilerplateClassifier(config)
        self.learned = None
        if config["boilerplate"].get("decision", "rules") == "model":
            from .learned import LearnedJudge

            self.learned = LearnedJudge(config, self.classifier)

    def run(self, batch: Batch) -> Batch:
        if self.learned is not None:
            batch["judged"] = self.learned.judge(batch)
            self.classifier.forget()
            return self._normalise_timeouts(batch)
        c = self.classifier
        seen: dict[str, Judged] = {}
        out: list[Judged] = []
        for raw, text in zip(batch.raw, batch["text"]):
            if not text:
                out.append(Judged(short_key(raw, c.repeat_words), EMPTY, EMPTY))
                continue
            judged = seen.get(text)
            if judged is None:
                judged = seen[text] = self.judge(text)
            out.append(judged)
        c.forget()  # decisions were remembered for this batch only
        batch["judged"] = out
        return self._normalise_timeouts(batch)

    @staticmethod
    def _normalise_timeouts(batch: Batch) -> Batch:
        """Paragraphs on which a ``[normalise]`` pattern ran past its budget: ``timeout``."""
        if "timeout" in batch:
            judged = batch["judged"]
            for i, exc in enumerate(batch["timeout"]):
                if exc is not None:
                    judged[i] = timed_out(judged[i].short_key, exc)
        return batch

    def judge(self, text: str) -> Judged:
        c = self.classifier
        judgement = c.judge(text)
        if judgement.timeout is not None:
            return timed_out(judgement.short_key, judgement.timeout)
        outcomes = []
        for seen_in in (1, c.repeat_dumps):  # dumps: too few to repeat, enough
            is_boilerplate, category, rule, score, found = c.decision(text, seen_in, judgement)
            outcomes.append(Outcome("boilerplate", category, rule, score, format_signals(found))
                            if is_boilerplate else None)
        return Judged(judgement.short_key, *outcomes)


def classify(paragraphs: list[Paragraph], config: dict, dump_counts: Mapping[str, int] | None = None
             ) -> list[Verdict]:
    """The rule packs' and signals' verdicts on a batch of normalised paragraphs, with the
    cross-dump repeat count over the batch: what ``decision = "rules"`` decides, for
    library use. (The learned model judges paragraphs with their page around them: run
    the boilerplate step, :class:`JudgeBoilerplate`, on a :class:`~pipeline.steps.Batch`.)

    ``dump_counts`` (repeat key -> dumps) replaces the count over this batch.
    """
    if not paragraphs:
        return []
    step = JudgeBoilerplate(config)
    batch = Batch.of(paragraphs)
    batch["text"] = [p.text for p in paragraphs]
    judged = step.run(batch)["judged"]
    if dump_counts is None:
        repeats = CrossDumpRepeats(config)
        hashes = repeats.hashes(judged)
        dump_hash = [key_hash(path) for path in batch.dumps]
        dumps = np.array([dump_hash[d] for d in batch.dump], dtype=np.uint64)
        counts = repeats.combine([repeats.local(hashes, dumps)]).of(hashes).tolist()
    else:
        counts = [dump_counts.get(j.short_key, 1) if j.short_key is not None else 1 for j in judged]
    return [step.classifier.verdict(p, n) for p, n in zip(paragraphs, counts)]
