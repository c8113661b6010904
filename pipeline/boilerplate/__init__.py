"""Stage 3, boilerplate: decide for each paragraph whether it is site text, and why."""
from .classify import (
    BoilerplateClassifier,
    Judgement,
    classify,
    decide,
    dumps_per_paragraph,
    repeat_key,
    verdicts_from,
)
from .rules import BoilerplateRule, load_rules

__all__ = [
    "BoilerplateClassifier",
    "BoilerplateRule",
    "Judgement",
    "classify",
    "decide",
    "dumps_per_paragraph",
    "load_rules",
    "repeat_key",
    "verdicts_from",
]
