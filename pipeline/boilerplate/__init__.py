"""Stage 3, boilerplate: decide for each paragraph whether it is site text, and why.

:class:`JudgeBoilerplate` is the per-paragraph step (evidence from rule packs and
structural signals, for both answers of the cross-dump count);
:class:`CrossDumpRepeats` is the corpus step that counts short paragraphs across dumps.
"""
from .classify import (
    BoilerplateClassifier,
    JudgeBoilerplate,
    Judgement,
    classify,
    format_signals,
    repeat_key,
    short_key,
    weigh_evidence,
)
from .repeats import CrossDumpRepeats, RepeatCounts, key_hash
from .rules import BoilerplateRule, load_rules

__all__ = [
    "BoilerplateClassifier",
    "BoilerplateRule",
    "CrossDumpRepeats",
    "JudgeBoilerplate",
    "Judgement",
    "RepeatCounts",
    "classify",
    "format_signals",
    "key_hash",
    "load_rules",
    "repeat_key",
    "short_key",
    "weigh_evidence",
]
