"""The model's features: each one says what its name says, on cases written as data."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.boilerplate.features import (CONTEXT_FEATURES, LINE_FEATURES, context_features, line_features,
                                           ngram_hashes, short_form, topic_features)
from pipeline.model import Signal

# (text, feature, expected value)
LINE_CASES = [
    ("Call us on 0161 496 0123 today", "phone", 1.0),
    ("Knee pain lasts weeks.", "phone", 0.0),
    ("Write to help@example.org for a copy", "email", 1.0),
    ("Visit www.example.com/knee for more", "url", 1.0),
    ("Updated 3 March 2024", "date", 1.0),
    ("Posted 2 hours ago", "time_ago", 1.0),
    ("Open 9:30am to 5pm", "clock_time", 1.0),
    ("Only £24.99 this week", "price", 1.0),
    ("221 Baker Street, London", "address", 1.0),
    ("© 2025 Example Health", "copyright_sign", 1.0),
    ("Home | About | Contact", "pipes", 2.0),
    ("Rest helps.", "ends_sentence", 1.0),
    ("Menu", "ends_sentence", 0.0),
    ("Related articles:", "ends_colon", 1.0),
    ("I hurt my knee and my physio said rest", "first_person", 3 / 9),
    ("The knee is a hinge joint.", "function_words_en", 3 / 6),
    ("Das Knie ist ein Gelenk und nicht ein Muskel.", "function_words_best", 6 / 9),
]


@pytest.mark.parametrize("text, name, expected", LINE_CASES)
def test_line_feature(text, name, expected):
    assert line_features(text)[LINE_FEATURES.index(name)] == pytest.approx(expected)


def test_rule_evidence_is_summed_per_category():
    evidence = (Signal("cookie-use-notice", "cookie", 1.2), Signal("consent-button", "cookie", 0.6),
                Signal("guard-instructions", "guard", -0.5), Signal("short-fragment", "site-chrome", 0.45))
    x = line_features("Accept all cookies", evidence)
    assert x[LINE_FEATURES.index("rules_cookie")] == pytest.approx(1.8)
    assert x[LINE_FEATURES.index("rules_guard")] == pytest.approx(-0.5)
    assert x[LINE_FEATURES.index("signal_short-fragment")] == pytest.approx(0.45)
    assert x[LINE_FEATURES.index("rules_any")] == 1.0
    assert len(x) == len(LINE_FEATURES)


def test_context_features_see_position_neighbours_and_the_prose_span():
    texts = ["Home", "Menu", "Knee pain is common in runners and usually settles with rest and a slower return to "
             "training over a few weeks.", "Hip pain can come from the joint itself or from the tendons around it, "
             "and the two need different care.", "Share", "Privacy"]
    lines = np.array([line_features(t) for t in texts], np.float32)
    scores = np.array([2.0, 2.0, -3.0, -3.0, 2.0, 2.0])
    x = context_features(lines, scores, [t.lower() for t in texts])
    assert x.shape == (6, len(CONTEXT_FEATURES))
    col = {name: x[:, CONTEXT_FEATURES.index(name)] for name in CONTEXT_FEATURES}
    assert col["position"].tolist() == [0, 1, 2, 3, 4, 5]
    assert col["in_content_span"].tolist() == [0, 0, 1, 1, 0, 0]  # the densest run of content scores
    assert col["content_span_distance"].tolist() == [-2, -1, 0, 0, 1, 2]
    assert col["prev_score"][3] == -3.0 and col["next_score"][3] == 2.0


def test_order_signal_is_high_for_runs_and_near_zero_for_a_shuffle():
    rng = np.random.default_rng(0)
    runs = np.array([2.0] * 20 + [-3.0] * 40 + [2.0] * 20)
    lines = np.zeros((runs.size, len(LINE_FEATURES)), np.float32)
    keys = [""] * runs.size
    ordered = context_features(lines, runs, keys)[0, CONTEXT_FEATURES.index("score_order_signal")]
    shuffled = context_features(lines, rng.permutation(runs), keys)[0, CONTEXT_FEATURES.index("score_order_signal")]
    assert ordered > 0.8 and abs(shuffled) < 0.3


def test_topic_overlap_counts_words_shared_with_other_paragraphs():
    overlap, _ = topic_features(["knee pain after running", "running with knee pain", "subscribe newsletter now"])
    assert overlap.tolist() == [1.0, 1.0, 0.0]


def test_ngram_hashes_are_stable_and_case_free():
    assert ngram_hashes("Accept All", 18) == ngram_hashes("accept all!", 18)
    assert all(0 <= h < 2**18 for h in ngram_hashes("Knee pain after running is common", 18))


def test_the_words_a_line_opens_and_ends_with_are_features_of_their_own():
    # 5 words: 5 unigrams and 4 bigrams, then the opening word, the last word and the
    # opening pair, each apart from the same word anywhere in the line
    assert len(set(ngram_hashes("Compare lenders near you today", 18))) == 12
    assert len(set(ngram_hashes("Help", 18))) == 4  # the word, opening it, ending it, the whole line
    assert ngram_hashes("Help", 18)[0] == ngram_hashes("Get help", 18)[1]  # "help" anywhere
    assert ngram_hashes("Help", 18)[1] not in ngram_hashes("Get help", 18)  # but it does not open that one


@given(st.text(max_size=900) | st.lists(st.sampled_from(["Knee", "pain,", "ÉTÉ", "x" * 30, "–", "42"]),
                                         max_size=200).map(" ".join))
def test_ngram_hashes_from_a_known_short_form_are_the_same(text):
    """The judge hands ngram_hashes the short form it already computed for the page: the
    hashes must be those of the text alone, short or long (past the 400-character opening)."""
    assert ngram_hashes(text, 18, short_form(text)) == ngram_hashes(text, 18)
