"""Stage 3, boilerplate: decide for each paragraph whether it is site text, and why."""
from .classify import BoilerplateClassifier, classify, decide, dumps_per_paragraph, repeat_key
from .rules import BoilerplateRule, load_rules

__all__ = [
    "BoilerplateClassifier",
    "BoilerplateRule",
    "classify",
    "decide",
    "dumps_per_paragraph",
    "load_rules",
    "repeat_key",
]
