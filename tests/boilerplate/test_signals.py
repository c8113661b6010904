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


def _title_share_by_definition(tokens: list[str]) -> float | None:
    """Of the words that are not function words, the share that open with a capital."""
    content = [t for t in tokens if t.lower() not in signals.STOPWORDS]
    return sum(t[0].isupper() for t in content) / len(content) if content else None


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Hip", "the", "THE", "and", "Knee", "pain", "İstanbul", "ÉTÉ", "you", "I", "my",
                                 "Me", "of", "ß", "x", " ", ". ", ", ", "3", "Don’t", "can't"]), max_size=40)
       .map(" ".join))
def test_signals_read_the_token_views_as_their_definitions_say(text):
    """The lower-cased forms and stopword flags are worked out once per paragraph and shared
    by the signals; what each signal decides is what its definition gives on the plain words."""
    tokens = signals.words(text)
    assert tokens.lowered == [t.lower() for t in tokens]
    assert tokens.stop == [t.lower() in signals.STOPWORDS for t in tokens]
    plain = list(tokens)
    expected_ratio = sum(t.lower() in signals.STOPWORDS for t in plain) / len(plain) if plain else 0.0
    assert signals.stopword_ratio(tokens) == signals.stopword_ratio(plain) == expected_ratio
    cfg = {"category": "navigation", "weight": 1.2, "min_words": 1, "min_title_ratio": 0.5,
           "words_per_sentence_end": 1000}
    share = _title_share_by_definition(plain)
    expected = share is not None and share >= 0.5 and len(signals._SENTENCE_END.findall(text)) <= len(plain) / 1000
    assert bool(signals.link_list(text, tokens, cfg)) == bool(signals.link_list(text, plain, cfg)) == expected
    shape = {"category": "comment", "opener_weight": 0.45, "thanks_weight": 0.45, "greeting_to_name_weight": 0.4,
             "asks_author_weight": 0.5, "emoticon_weight": 0.4, "first_person_weight": 0.4, "first_person_ratio": 0.1}
    assert signals.comment_shape(text, tokens, shape) == signals.comment_shape(text, plain, shape)
