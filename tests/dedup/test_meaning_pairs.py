"""Near copies that say other things must stay apart (tests/dedup/meaning_pairs/: pairs written
by a tester blind to the rules, the outcome expected written down first)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.dedup import deduplicate
from pipeline.ingest import split_paragraphs
from pipeline.normalise import normalise

PAIRS = [json.loads(line) for line in
         (Path(__file__).parent / "meaning_pairs" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]


def passages(pair: dict, config: dict) -> list[str]:
    paragraphs = [*split_paragraphs("a.txt", pair["a"]), *split_paragraphs("b.txt", pair["b"])]
    return [p.text for p in deduplicate(normalise(paragraphs, config), config).passages]


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["expected"] == "apart"], ids=lambda p: p["id"])
def test_a_changed_statement_is_never_merged(pair, config):
    assert len(passages(pair, config)) == 2, pair["change"]


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["expected"] == "contained-ok"], ids=lambda p: p["id"])
def test_a_copy_with_a_sentence_added_keeps_the_fuller_text(pair, config):
    kept = passages(pair, config)
    fuller = max(pair["a"], pair["b"], key=len)
    assert len(kept) == 2 or kept == [fuller]


def test_most_copies_with_edits_that_change_nothing_merge(config):
    merges = [p for p in PAIRS if p["expected"] == "merge"]
    missed = sorted(p["id"] for p in merges if len(passages(p, config)) != 1)
    # Figures when this was written: 31 of the 36 merge, as many as before the word rule that
    # keeps the 101 pairs above apart. Kept apart: British and American spellings in a short
    # paragraph (D13), "500mg" / "500 mg" (D15), "1,000" / "1000" (D16) and number words for
    # digits (E01, E06): a kept copy costs little, a lost statement much.
    assert len(missed) <= 5, missed
