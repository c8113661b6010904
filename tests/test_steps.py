"""Pages of a text dump (pipeline.steps.page_numbers): what the context of a paragraph is."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.ingest import split_paragraphs
from pipeline.steps import SPACED_MIN_GAPS, SPACED_SHARE, page_numbers

ARTICLE = [
    "Knee pain after running usually comes from doing too much too soon, and most runners recover with a few "
    "weeks of lighter training and exercises that strengthen the hips and thighs.",
    "A dull ache around the kneecap that gets worse on stairs, when squatting or after sitting for a long time is "
    "the most common pattern, and it rarely means lasting damage to the joint.",
    "Ice the knee for fifteen minutes after a run, cut your weekly distance by a third, and build back up slowly "
    "over three or four weeks once the pain has settled.",
]
FURNITURE = ["We use cookies to improve your experience on our site. By clicking Accept you agree to our use of "
             "cookies.", "Accept all cookies", "Share this article", "Sign up for our newsletter"]


def _layouts(pages: list[list[str]]) -> tuple[str, str]:
    """The same pages written two ways: one paragraph a line and a blank line between pages,
    and a blank line after every paragraph with two between pages."""
    plain = "\n\n".join("\n".join(page) for page in pages) + "\n"
    spaced = "\n\n\n".join("\n\n".join(page) for page in pages) + "\n"
    return plain, spaced


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=8))
def test_a_dump_with_a_blank_line_after_every_paragraph_has_the_same_pages(sizes):
    pages = [[f"Paragraph {p}.{n} of the dump." for n in range(size)] for p, size in enumerate(sizes)]
    plain, spaced = _layouts(pages)
    cut = [page_numbers(p.source for p in split_paragraphs("d.txt", text)) for text in (plain, spaced)]
    expected = [p for p, size in enumerate(sizes) for _ in range(size)]
    joints = sum(sizes) - 1
    # Written plain, pages of one paragraph each are a blank line apart: that dump is the
    # same text as one page written spaced, and is read so (the rule cannot tell them apart).
    plain_reads_spaced = joints >= SPACED_MIN_GAPS and len(sizes) - 1 >= SPACED_SHARE * joints
    if not plain_reads_spaced:
        assert cut[0] == expected
    else:
        assert cut[0] == [0] * len(expected)
    # a dump with fewer than SPACED_MIN_GAPS joints is read as written: every blank line ends a page
    if joints >= SPACED_MIN_GAPS and sum(n - 1 for n in sizes) >= SPACED_SHARE * joints:
        assert cut[1] == expected


def test_a_spaced_dump_is_judged_as_the_same_dump_written_plain(tmp_path):
    """A blank line after every paragraph read as a page break left each paragraph alone on
    its page, with no context: the same lines must go either way."""
    # a sentence without its full stop, as scrapes often cut it: alone on a page it reads as furniture
    unended = ("A waist measurement of more than 94 cm means you have a higher risk of developing type 2 diabetes, "
               "heart disease and stroke, even if your weight is in the healthy range, in men")
    pages = [FURNITURE[:2] + ARTICLE + [unended] + FURNITURE[2:], ["Home", "News", "Contact us"] + ARTICLE[::-1]]
    plain, spaced = _layouts(pages)
    removed = []
    for name, text in (("plain.txt", plain), ("spaced.txt", spaced)):
        result = pipeline.clean_corpus(texts={name: text})
        removed.append(sorted(r.text for r in result.removed if r.reason == "boilerplate"))
    assert removed[0] == removed[1] and removed[0] and unended not in removed[1]
