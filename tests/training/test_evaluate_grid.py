"""The decision settings scored from one low-threshold run (training/evaluate.py)."""
from __future__ import annotations

from training.evaluate import GRID, simulate

# (is boilerplate, probability or None, words, rules remove it, wordless, lost anyway)
FACTS = [
    (True, 0.99, 2, False, False, False),    # short furniture, very sure
    (True, 0.96, 8, False, False, False),    # longer furniture, fairly sure
    (True, 0.955, 2, True, False, False),    # the rules and the model agree
    (True, None, 5, True, False, False),     # the rules alone, the model below every threshold
    (False, 0.97, 1, False, False, False),   # a one-word content heading
    (False, 0.93, 12, False, False, False),  # content prose the model doubts
    (False, None, 0, False, False, True),    # content that cleans to nothing
    (True, 0.91, 0, True, True, False),      # a wordless glyph the rules remove
]


def test_one_threshold():
    assert simulate(FACTS, (0.98, 0.98, 0), 0.95) == {"tp": 3, "fp": 0, "fn": 2, "content": 3, "content_lost": 1}
    assert simulate(FACTS, (0.95, 0.95, 0), 0.95) == {"tp": 4, "fp": 1, "fn": 1, "content": 3, "content_lost": 2}


def test_short_paragraphs_get_their_own_threshold():
    # 0.96 for longer paragraphs catches the 8-word one; 0.98 for up to 3 words spares the heading
    assert simulate(FACTS, (0.96, 0.98, 3), 0.95) == {"tp": 4, "fp": 0, "fn": 1, "content": 3, "content_lost": 1}


def test_the_grid_holds_one_threshold_settings_and_stricter_short_ones():
    assert all(s >= t for t, s, _ in GRID)
    assert {(t, s) for t, s, w in GRID if w == 0} == {(t, t) for t, _, w in GRID if w == 0}
