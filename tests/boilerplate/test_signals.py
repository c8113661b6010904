"""Structural signals (pipeline/boilerplate/signals.py)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.boilerplate import signals

# The definition: a word of two or more lower-case letters, no abbreviation, then a sentence
# stop and a lower-case letter. Written as one regex it is quadratic on a long run of letters
# (retried at every letter), so the signal walks back from the stop instead; it must find
# exactly what this finds.
_DEFINITION = re.compile(r"([^\W\d_]+)[.!?]\s+[a-z]")


def _by_definition(text: str) -> bool:
    return any(len(m.group(1)) > 1 and m.group(1).lower() not in signals._ABBREVIATIONS and m.group(1).islower()
               for m in _DEFINITION.finditer(text))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "E", "g", " ", ".", "!", "?", "1", "_", "é", "²", "e.g.", "no",
                                 "Mr", "\n", "Ab", "x. y"]), max_size=30).map("".join))
def test_lower_sentence_start_finds_what_its_definition_finds(text):
    assert signals._lower_sentence_start(text) == _by_definition(text)


def test_lower_sentence_start_on_a_long_run_of_letters():
    text = "a" * 90_000 + " 😀 so. it goes"
    assert signals._lower_sentence_start(text) is True
    assert signals._lower_sentence_start("a" * 90_000 + ". Then") is False
