"""The HTML ceiling's oracles: each a subset some extractor could keep, the bound above them all."""
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.html_ceiling import ceiling, text_nodes
from bench.html_realweb import page_scores, tokens

VOCABULARY = ["rest", "the", "knee", "ice", "it", "subscribe", "now", "home", "pain", "sleep"]
piece = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5).map(" ".join)


def best_subset(pieces: list[str], truth: str) -> float:
    """The highest F1 of any subset, by trying them all."""
    return max(page_scores(" ".join(chosen), {"main_content": truth})["f1"]
               for k in range(len(pieces) + 1) for chosen in combinations(pieces, k))


@settings(max_examples=300, deadline=None)
@given(st.lists(piece, max_size=7), st.lists(st.sampled_from(VOCABULARY), max_size=12).map(" ".join))
def test_the_oracles_are_reachable_and_the_bound_is_above_every_subset(pieces, truth):
    ranked, improved, bound = ceiling(pieces, truth)
    best = best_subset(pieces, truth)
    assert ranked <= improved + 1e-9 <= best + 2e-6
    assert best <= bound + 2e-6


def test_pieces_sharing_found_words_are_improved_on_by_dropping_one():
    # Both pieces are all truth words, so the ranking keeps both; the second repeats the
    # first's words, which the truth holds once, and only lowers precision.
    ranked, improved, bound = ceiling(["rest the knee", "rest the knee", "ice it"], "rest the knee ice it")
    assert improved == 1.0 > ranked


def test_text_nodes_leave_out_what_no_reader_sees():
    html = ("<html><head><title>Knee</title><style>p{}</style></head><body><p>Rest the <b>knee</b> well.</p>"
            "<script>var a = 1;</script><p>Ice it.</p></body></html>")
    assert text_nodes(html) == ["Rest the", "knee", "well.", "Ice it."]
    assert tokens("Rest, rest!") == {"rest": 2}
