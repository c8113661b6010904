"""The decision settings scored from one low-threshold run (training/evaluate.py)."""
from __future__ import annotations

import random

import numpy as np

from training import evaluate
from training.evaluate import _arrays, _counts, best_setting, pairs, simulate, uniform

# (is boilerplate, probability or None, words, rules remove it, wordless, lost anyway, page kind)
FACTS = [
    (True, 0.99, 2, False, False, False, 0),    # short furniture, very sure
    (True, 0.96, 8, False, False, False, 0),    # longer furniture, fairly sure
    (True, 0.955, 2, True, False, False, 0),    # the rules and the model agree
    (True, None, 5, True, False, False, 0),     # the rules alone, the model below every threshold
    (False, 0.97, 1, False, False, False, 0),   # a one-word content heading
    (False, 0.93, 12, False, False, False, 0),  # content prose the model doubts
    (False, None, 0, False, False, True, 0),    # content that cleans to nothing
    (True, 0.91, 0, True, True, False, 0),      # a wordless glyph the rules remove
]


def _with_kinds(thresholds: tuple, short_words: int = 0) -> tuple:
    return (short_words, thresholds)


def test_one_threshold():
    assert simulate(FACTS, uniform(0.98), 0.95) == {"tp": 3, "fp": 0, "fn": 2, "content": 3, "content_lost": 1}
    assert simulate(FACTS, uniform(0.95), 0.95) == {"tp": 4, "fp": 1, "fn": 1, "content": 3, "content_lost": 2}


def test_short_paragraphs_get_their_own_threshold():
    # 0.96 for longer paragraphs catches the 8-word one; 0.98 for up to 3 words spares the heading
    setting = _with_kinds(((0.96, 0.98), (1.0, 1.0), (1.0, 1.0)), short_words=3)
    assert simulate(FACTS, setting, 0.95) == {"tp": 4, "fp": 0, "fn": 1, "content": 3, "content_lost": 1}


def test_each_page_kind_has_its_own_pair():
    facts = [(True, 0.9, 10, False, False, False, 1), (True, 0.9, 10, False, False, False, 0)]
    counts = simulate(facts, _with_kinds(((0.95, 0.95), (0.85, 0.85), (0.99, 0.99))), 0.95)
    assert (counts["tp"], counts["fn"]) == (1, 1)


def test_pairs_hold_one_threshold_settings_and_stricter_short_ones():
    assert pairs(0) == [(t, t) for t in evaluate.THRESHOLDS]
    assert all(u > t for t, u in pairs(3))


def test_vectorised_counts_agree_with_simulate():
    rng = random.Random(3)
    for _ in range(20):
        facts = [(rng.random() < 0.6, rng.choice([None, rng.uniform(0.8, 1.0)]), rng.randrange(12), rng.random() < 0.2,
                  rng.random() < 0.05, rng.random() < 0.02, rng.randrange(3)) for _ in range(200)]
        a = _arrays(facts)
        kind = rng.randrange(3)
        pair = tuple(sorted(rng.sample(evaluate.THRESHOLDS, 2)))
        short_words = rng.choice(evaluate.SHORT_WORDS)
        expected = simulate([f for f in facts if f[6] == kind], _with_kinds((pair,) * 3, short_words), 0.95)
        assert _counts(a, a["kind"] == kind, short_words, pair, 0.95) == tuple(expected.values())


def test_best_setting_lowers_a_kind_where_that_costs_no_content(monkeypatch):
    """Prose pages whose furniture scores 0.9 and content 0.5: the prose threshold drops to
    catch it, while blocks pages, where content also scores 0.97, keep a strict one."""
    monkeypatch.setattr(evaluate, "SHORT_WORDS", (0,))
    blocks = [(True, 0.99, 2, False, False, False, 0)] * 50 + [(False, 0.97, 2, False, False, False, 0)] * 3 + \
        [(False, None, 2, False, False, False, 0)] * 500
    prose = [(True, 0.9, 20, False, False, False, 1)] * 50 + [(False, None, 20, False, False, False, 1)] * 500
    facts = {(0, name): blocks + prose for name in evaluate.EVAL_STYLES}
    chosen, counts = best_setting(facts, 1, 0.95)
    short_words, thresholds = chosen
    assert thresholds[1][0] <= 0.9 < thresholds[0][0] <= 0.99
    assert all(c["tp"] == 100 and c["fp"] == 0 for c in counts.values())
    assert np.isclose(thresholds[0][0], 0.99)  # ties go to the stricter threshold


def test_the_content_budget_holds_in_every_fold_not_only_pooled(monkeypatch):
    """A threshold of 0.9 catches most of the furniture and costs 1.2% of one fold's content
    lines (0.6% pooled over two folds): over the 1% budget of the paragraph styles in that
    fold, so a stricter one is chosen, which catches less and costs no content."""
    monkeypatch.setattr(evaluate, "SHORT_WORDS", (0,))
    furniture = [(True, 0.96, 20, False, False, False, 1)] * 50 + [(True, 0.92, 20, False, False, False, 1)] * 300
    content = [(False, None, 20, False, False, False, 1)] * 1000
    costly = [(False, 0.91, 20, False, False, False, 1)] * 12
    facts = {(0, name): furniture + content[:988] + costly for name in evaluate.EVAL_STYLES}
    facts.update({(1, name): furniture + content for name in evaluate.EVAL_STYLES})
    (_, thresholds), counts = best_setting(facts, 2, 0.95)
    assert 0.91 < thresholds[1][0] <= 0.96
    assert all(c["content_lost"] == 0 and c["tp"] == 100 for c in counts.values())
