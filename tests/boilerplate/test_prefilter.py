"""The literal pre-check may let through a paragraph a rule then rejects, never the reverse."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.boilerplate.prefilter import LiteralIndex, required_literals
from pipeline.boilerplate.rules import load_rules
from pipeline.config import load_config

ROOT = Path(__file__).resolve().parents[2]


def corpus_lines() -> list[str]:
    lines = []
    for folder in ("samples", "tests/devset", "tests/devset2", "tests/devset3"):
        for f in sorted((ROOT / folder).glob("*.txt")):
            lines += [x.strip() for x in f.read_text(encoding="utf-8").split("\n") if x.strip()]
    return lines


RULES = load_rules(load_config())


@pytest.fixture(scope="module")
def rules():
    return RULES


def test_every_rule_match_passes_its_pre_check(rules):
    index = LiteralIndex([r.literals for r in rules])
    for text in corpus_lines():
        possible = index.candidates(text.lower())
        for n, rule in enumerate(rules):
            if rule.regex.search(text):
                assert n in possible, (rule.name, text[:80])


def test_most_rules_get_a_pre_check(rules):
    assert sum(r.literals is not None for r in rules) >= 0.9 * len(rules)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_pre_check_is_sound_on_generated_matches(data):
    """Text built around a real match of a rule (found by sampling literal-rich strings)."""
    rules = RULES
    rule = data.draw(st.sampled_from([r for r in rules if r.literals]))
    literal = data.draw(st.sampled_from(sorted(rule.literals)))
    prefix = data.draw(st.text(alphabet="abc XYZ,.:'’-", max_size=15))
    suffix = data.draw(st.text(alphabet="abc XYZ,.:'’-", max_size=15))
    text = prefix + literal.upper() if data.draw(st.booleans()) else prefix + literal
    text += suffix
    index = LiteralIndex([r.literals for r in rules])
    possible = index.candidates(text.lower())
    for n, r in enumerate(rules):
        if r.regex.search(text):
            assert n in possible, (r.name, text)


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"\bcookies?\b", "COOKIES"),
        (r"(?:do|does) not (?:provide|give) medical advice", "It does not give medical advice."),
        (r"^(?:next|previous)(?: article)?\s*[:>]", "Previous article: x"),
        (r"\b\d+ min(?:ute)?s? read\b", "5 minute read"),
    ],
)
def test_literals_are_found_in_matches(pattern, text):
    lits = required_literals(re.compile(pattern, re.I))
    assert re.search(pattern, text, re.I)
    assert lits is None or any(lit in text.lower() for lit in lits)
