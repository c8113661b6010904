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


def test_each_copy_says_which_sentence_it_adds():
    c = generate(3000, 5)
    for line, kind, sentence in zip(c.lines, c.kinds, c.added):
        if kind == "sentence-added":
            assert sentence and sentence in line
        elif kind in ("original", "hard-negative", "exact", "words", "quotes", "entities", "citations", "truncated"):
            assert sentence is None, kind
    assert any(s for k, s in zip(c.kinds, c.added) if k == "mojibake")  # "It’s common." on ASCII originals


def test_recall_over_copies_one_kept_text_can_stand_for():
    # two copies add different sentences to one original: its passage can hold one of them
    places = [("f", n) for n in range(1, 6)]
    truth = {"places": places, "groups": [1, 1, 1, 1, 1],
             "kinds": ["original", "sentence-added", "sentence-added", "sentence-added", "words"],
             "same_numbers": [None, True, True, True, True], "added": [None, "One.", "Two.", "One.", None]}
    assign = {places[0]: "p", places[1]: "p", places[2]: "q", places[3]: "r", places[4]: "s"}
    q = score(assign, {"p": places[1], "q": places[2], "r": places[3], "s": places[4]}, truth)
    # "Two." cannot join a passage stating "One."; the second "One." and the word edit could
    assert q["recall_same_numbers"] == 0.25 and q["copies_one_text"] == 3 and q["recall_one_text"] == round(1 / 3, 4)


def test_a_reworded_copy_is_not_one_a_kept_text_can_stand_for():
    places = [("f", n) for n in range(1, 4)]
    truth = {"places": places, "groups": [1, 1, 1], "kinds": ["original", "words", "words"],
             "same_numbers": [None, True, True], "added": [None, None, None], "reworded": [False, False, True]}
    q = score({places[0]: "p", places[1]: "p", places[2]: "q"}, {"p": places[0], "q": places[2]}, truth)
    assert q["copies_one_text"] == 1 and q["recall_one_text"] == 1.0 and q["recall"] == 0.5


def test_the_generator_says_which_copies_are_reworded():
    c = generate(3000, 5)
    kinds = {k for k, r in zip(c.kinds, c.reworded) if r}
    # only word edits reword (a short original's dropped sentence falls back on them)
    assert kinds == {"words", "mixed", "sentence-dropped"}
