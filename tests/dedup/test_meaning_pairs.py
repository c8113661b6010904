"""Near copies that say other things must stay apart (tests/dedup/meaning_pairs/: pairs written
by two testers blind to the rules, the outcome expected written down first)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.dedup import deduplicate
from pipeline.ingest import split_paragraphs
from pipeline.normalise import normalise

HERE = Path(__file__).parent / "meaning_pairs"
FIRST = [json.loads(line) for line in (HERE / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
SECOND = [json.loads(line) for line in (HERE / "pairs2.jsonl").read_text(encoding="utf-8").splitlines()]


def passages(pair: dict, config: dict, order: tuple[str, str] = ("a", "b")) -> list[str]:
    paragraphs = [*split_paragraphs("1.txt", pair[order[0]]), *split_paragraphs("2.txt", pair[order[1]])]
    return [p.text for p in deduplicate(normalise(paragraphs, config), config).passages]


def misjudged(pairs: list[dict], config: dict) -> tuple[list[str], list[str]]:
    """Ids of the pairs merged that should stay apart, and of the copies not merged, each
    pair run in both orders."""
    wrong, missed = [], []
    for pair in pairs:
        counts = {len(passages(pair, config, order)) for order in (("a", "b"), ("b", "a"))}
        if pair["expected"] == "apart" and counts != {2}:
            wrong.append(pair["id"])
        if pair["expected"] == "merge" and counts != {1}:
            missed.append(pair["id"])
    return wrong, missed


@pytest.mark.parametrize("pair", [p for p in FIRST if p["expected"] == "apart"], ids=lambda p: p["id"])
def test_a_changed_statement_is_never_merged(pair, config):
    assert len(passages(pair, config)) == 2, pair["change"]


@pytest.mark.parametrize("pair", [p for p in FIRST if p["expected"] == "contained-ok"], ids=lambda p: p["id"])
def test_a_copy_with_a_sentence_added_keeps_the_fuller_text(pair, config):
    kept = passages(pair, config)
    fuller = max(pair["a"], pair["b"], key=len)
    assert len(kept) == 2 or kept == [fuller]


def test_most_copies_with_edits_that_change_nothing_merge(config):
    merges = [p for p in FIRST if p["expected"] == "merge"]
    missed = sorted(p["id"] for p in merges if len(passages(p, config)) != 1)
    # Figures when this was written: 31 of the 36 merge, as many as before the word rule that
    # keeps the 101 pairs above apart. Kept apart: British and American spellings in a short
    # paragraph (D13), "500mg" / "500 mg" (D15), "1,000" / "1000" (D16) and number words for
    # digits (E01, E06): a kept copy costs little, a lost statement much.
    assert len(missed) <= 5, missed


def test_the_second_testers_pairs_in_both_orders(config):
    # 90 pairs that change a statement with a small edit (one letter: "dysphagia" /
    # "dysphasia", "ileum" / "ilium"; a word added inside: "every other day"; "8 a.m." /
    # "8 p.m."; "6pm" / "6am") and 58 copies a syndicating site makes. Figures when this was
    # written, each pair run in both orders: 86 of the 90 kept apart (before the rules for
    # one-letter words, words added inside, small words, times and arrows: 56); merged are a
    # copy without a warning clause, the fuller text kept (M37), and a claim and the same
    # told as a belief with "there is no evidence" added inside (M79). A claim framed as a myth
    # at its start (M38) and "Pregnant women" for "Women" (M87) merged until the pair check read
    # how a text's edges are joined (2026-12-07). 46 of the 58 copies merge (43 before); kept apart
    # are synonyms outside the short list, letters swapped by a typo, number words for
    # digits, "twice daily" for "twice a day", and a date glued before the text.
    wrong, missed = misjudged(SECOND, config)
    assert set(wrong) <= {"T2-M37", "T2-M79"}, wrong
    assert len(missed) <= 12, missed


THIRD = [json.loads(line) for line in (HERE / "pairs3.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_third_testers_pairs_in_both_orders(config):
    # 99 pairs that change a statement and 42 copies. Figures when this was written (one run
    # of the command line, the pairs on pages of their own among filler paragraphs): the 99
    # kept apart (before the exact key spelled "%", "$", "£" and "€" as words, the 7 pairs
    # of percentages and prices merged as exact copies: "45%" / "$45", "38% of adults" /
    # "38 of adults"); 38 of the 42 copies merge, kept apart are a misspelt word in a long
    # paragraph, a cut copy ending in an ellipsis (merged since a copy ending "..." that is the
    # other's opening is read as cut: 39), "1,200" / "1200" and "e.g." / "eg".
    wrong, missed = misjudged(THIRD, config)
    assert not wrong, wrong
    assert len(missed) <= 3, missed


FOURTH = [json.loads(line) for line in (HERE / "pairs4.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_fourth_testers_pairs_in_both_orders(config):
    # 58 pairs that change a statement and 34 copies. Figures when this was written: the 58
    # kept apart (before the pair check read how a text's edges are joined, 9 merged: a
    # qualifier of up to three words at the text's start or end, "In young babies,", "of
    # dogs", "Myth:", read as a label glued on, the fuller text kept for both); 24 of the 34
    # copies merged, kept apart were "1,200" / "1200" and copies cut at a word boundary, with
    # or without "...". Since a copy ending "..." that is the other's opening word for word is
    # read as a cut copy, 32 merge: kept apart are "1,200" / "1200" and a copy cut without a
    # mark. One pair labelled apart merges: T4-084, "... but ibuprofen should be..." for "...
    # should be avoided after 20 weeks", the other's opening word for word (its label names a
    # swap near the end that is not there); the fuller text is kept and the copy attributed.
    wrong, missed = misjudged(FOURTH, config)
    assert set(wrong) <= {"T4-084"}, wrong
    assert len(missed) <= 2, missed


FIFTH = [json.loads(line) for line in (HERE / "pairs5.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_fifth_testers_edge_pairs_in_both_orders(config):
    # 72 qualifiers or framings at a text's edge and 100 copies with scraper noise glued on.
    # Figures when this was written: 4 of the 72 merge, an adjective before a proper name whose
    # capital reads as the text's own ("Chronic Lyme disease", "Untreated Lyme disease", "Severe
    # Crohn's disease") and "Old advice:" (12 under the first form of the edge rule); 22 of the
    # 100 copies stay apart: dates, counts and step numbers glued on, "(NHS)" before an acronym.
    wrong, missed = misjudged(FIFTH, config)
    assert set(wrong) <= {"T5-134", "T5-148", "T5-154", "T5-155"}, wrong
    assert len(missed) <= 22, missed
