"""The benchmark corpus generator: deterministic, every kind present, truth consistent."""
from collections import Counter

from bench.corpus import KINDS, generate
from bench.measure import score


def test_same_seed_same_corpus_and_every_kind_present():
    a, b = generate(3000, 5), generate(3000, 5)
    assert a.lines == b.lines and a.groups == b.groups
    kinds = Counter(a.kinds)
    assert set(KINDS) | {"original", "hard-negative"} <= set(kinds)
    assert len(set(a.lines)) > 0.8 * len(a.lines)


def test_copies_point_at_an_existing_original():
    c = generate(2000, 9)
    originals = {g for g, k in zip(c.groups, c.kinds) if k == "original"}
    assert all(g in originals for g, k in zip(c.groups, c.kinds) if k not in ("original", "hard-negative"))


def test_score_counts_recall_precision_and_negatives():
    places = [("f", 1), ("f", 2), ("f", 3), ("f", 4)]
    truth = {"places": places, "groups": [1, 1, 2, 3], "kinds": ["original", "words", "hard-negative", "hard-negative"]}
    assign = {("f", 1): "p", ("f", 2): "p", ("f", 3): "q", ("f", 4): "q"}
    q = score(assign, {"p": ("f", 1), "q": ("f", 3)}, truth)
    assert q["recall"] == 1.0 and q["precision"] == 0.5 and q["hard_negatives_kept_apart"] == 0.0


def test_each_copy_says_whether_it_keeps_its_originals_numbers():
    c = generate(3000, 5)
    for kind, same in zip(c.kinds, c.same_numbers):
        assert (same is None) == (kind in ("original", "hard-negative"))
        if kind in ("exact", "quotes", "entities", "citations", "mojibake"):
            assert same is True, kind  # these copies change no number
    assert any(same is False for same in c.same_numbers)  # edits and added sentences may


def test_recall_over_copies_that_keep_their_numbers():
    places = [("f", 1), ("f", 2), ("f", 3)]
    truth = {"places": places, "groups": [1, 1, 1], "kinds": ["original", "words", "words"],
             "same_numbers": [None, True, False]}
    q = score({("f", 1): "p", ("f", 2): "p", ("f", 3): "q"}, {"p": ("f", 1), "q": ("f", 3)}, truth)
    assert q["recall"] == 0.5 and q["recall_same_numbers"] == 1.0 and q["copies_same_numbers"] == 1
