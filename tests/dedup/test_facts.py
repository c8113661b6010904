"""The facts rule of near copies (pipeline/dedup/facts.py), as cases: two exact keys, whether
the kernel called one a cut copy, and the relation expected."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipeline.dedup import DedupSettings, cluster, exact_key
from pipeline.dedup.facts import (DIFFERENT, FIRST_IN_SECOND, SAME, SECOND_IN_FIRST, fact_relation, names_in,
                                  names_swapped, text_facts)

CASES = [
    # numbers are the information
    ("545 reports of adverse events associated with compounded tirzepatide",
     "605 reports of adverse events associated with compounded semaglutide", False, DIFFERENT),
    ("main set repeat 4 times 8 minutes running steady at tempo effort",
     "main set repeat 3 times 12 minutes running steady at tempo effort", False, DIFFERENT),
    ("8 12 reps lifting for size rest for 1 to 2 minutes", "4 7 reps lifting for size rest for 2 to 3 minutes",
     False, DIFFERENT),
    # a number added inside the text, or with words of its own, is a fact the other lacks
    ("testing used 13 inch systems with apple m5", "testing used 13 inch systems with apple m1 and m5", False,
     DIFFERENT),
    ("score free shipping on qualifying orders please visit our page",
     "livraison gratuite 65 score free shipping on qualifying orders please visit our page", False, DIFFERENT),
    # a section number before a heading, or a cut copy, loses nothing if the fuller text is kept
    ("fixing an unbootable system caused by an interrupted upgrade",
     "3 5 fixing an unbootable system caused by an interrupted upgrade", False, FIRST_IN_SECOND),
    ("take 2 tablets every 4 hours with a glass of water and rest", "take 2 tablets every 4 hours with a "
     "glass of water and rest for 3 days", False, FIRST_IN_SECOND),
    # a whole short text with a few words after it is another item, not a cut copy
    ("optoma zu607t wuxga laser projector with 6500 lumens",
     "optoma zu607t wuxga laser projector with 6500 lumens open box", True, DIFFERENT),
    ("take 2 tablets every 4 hours with water", "take 2 tablets every 4 hours with water for 3 days", False,
     DIFFERENT),
    ("corporate relocation domestic relocation", "corporate relocation domestic relocation talent mobility", True,
     DIFFERENT),
    # a spelling variant is one edit away; two edits make another word
    ("worker online hostname timestamp freq sw ident sw ver", "worker offline hostname timestamp freq sw ident sw ver",
     False, DIFFERENT),
    ("precondition is a directive of the lifecycle meta argument",
     "postcondition is a directive of the lifecycle meta argument", False, DIFFERENT),
    ("choose a colour that suits the centre of the room", "choose a color that suits the center of the room", False,
     SAME),
    # in a short text, the same words in another order say something else
    ("returns res if the result is err otherwise returns the ok value of self",
     "returns res if the result is ok otherwise returns the err value of self", False, DIFFERENT),
    # a web address is an identifier: another one, even with an anchor added, points elsewhere
    ("https linustechtips com topic 1571202 editing pc build may 2024",
     "https linustechtips com topic 1571202 editing pc build may 2024 findcomment 16417633", True, DIFFERENT),
    ("www example org clinics knee", "www example org clinics knees", False, DIFFERENT),
    # a cut copy is one stretch of its full text, not its words found all over it
    ("redis bloom filters let you check for the presence of an element in a set for more information see",
     "redis cuckoo filters let you check for the presence of an element in a set they are similar to bloom "
     "filters but with other trade offs for more information see", True, DIFFERENT),
    ("from michael shalayeff to miod vallat subject re console boot does not work well for me",
     "date wed 6 feb 2002 from miod vallat to michael shalayeff subject re console boot does not work well for me "
     "yes it needs an isl", True, DIFFERENT),
    ("the quality of the figures is read more", "the quality of the figures is excellent even better than in "
     "the photo the rooks differ in colour more clearly", True, FIRST_IN_SECOND),
    # a code is a value: the same digits with other letters are another code
    ("via customer engagement center at time of reservation you must refer to promotional code smmed2026",
     "at time of reservation you must refer to promotional code smoffer2026", False, DIFFERENT),
    ("at time of reservation you must refer to promotional code smmed2026 and pay a deposit of 50 usd",
     "at time of reservation you must refer to promotional code smmed20", True, SECOND_IN_FIRST),
    ("a dose of 25", "a dose of 250 mg twice a day", True, FIRST_IN_SECOND),
    ("a dose of 250 mg twice a day", "a dose of 30", True, DIFFERENT),
    ("rest and ice help the knee heal read more", "rest and ice help the knee heal within days", True,
     FIRST_IN_SECOND),
    # words that turn a statement
    ("select only one option", "select one or more options", False, DIFFERENT),
    ("take it with food", "do not take it with food", False, DIFFERENT),
    ("sidebar objects and their methods", "tab objects and their methods", False, DIFFERENT),
    # a template filled with other names
    ("connecticut residents can submit requests by email and connecticut residents can ask us to delete "
     "their information under the law", "iowa residents can submit requests by email and iowa residents "
     "can ask us to delete their information under the law", False, DIFFERENT),
    ("colorado residents can submit requests by email and california residents can ask us to delete their "
     "information under the cpa", "connecticut residents can submit requests by email and connecticut residents "
     "can ask us to delete their information under the cdpa", False, DIFFERENT),
    # form only
    ("choose a colour for the label", "choose a color for the label", False, SAME),
    ("rest helps most of them", "rest helps most of them too", False, FIRST_IN_SECOND),
    ("footnote 4 special pricing is available to qualified customers",
     "4 special pricing is available to qualified customers", False, SECOND_IN_FIRST),
]


@pytest.mark.parametrize("a, b, truncated, expected", CASES)
def test_relation(a, b, truncated, expected):
    assert fact_relation(a, b, truncated) == expected


@pytest.mark.parametrize("a, b, truncated, expected", CASES)
def test_relation_is_symmetric(a, b, truncated, expected):
    flipped = {FIRST_IN_SECOND: SECOND_IN_FIRST, SECOND_IN_FIRST: FIRST_IN_SECOND}.get(expected, expected)
    assert fact_relation(b, a, truncated) == flipped


def test_the_fuller_copy_is_the_one_kept(config):
    """When the later paragraph states everything the earlier one does and more, they merge
    and the passage keeps the later, fuller text."""
    short = "Fixing an unbootable system caused by an interrupted upgrade of the packages on your laptop"
    full = "3.5 Fixing an unbootable system caused by an interrupted upgrade of the packages on your laptop"
    groups = cluster([exact_key(short), exact_key(full)], DedupSettings.from_config(config))
    assert len(groups) == 1
    assert groups[0].representative == 1


@pytest.mark.parametrize("words", [300, 2500])
def test_a_long_cut_copy_is_one_stretch_and_a_reshuffled_one_is_not(words):
    """Past ALIGN_EVERY_WORD_UP_TO words the alignment skips the full text's frequent words as
    anchors; a cut copy is still one stretch of it, its pieces reordered still are not."""
    import random

    from pipeline.dedup.facts import ALIGN_EVERY_WORD_UP_TO, _one_stretch

    rng = random.Random(words)
    vocabulary = [f"w{n}" for n in range(400)] + ["the", "of", "and"] * 60
    full = [rng.choice(vocabulary) for _ in range(words)]
    cut = full[: words * 6 // 10] + ["read", "more"]
    pieces = [full[n : n + 7] for n in range(0, words * 6 // 10, 7)]
    rng.shuffle(pieces)
    assert (words > ALIGN_EVERY_WORD_UP_TO) == (words == 2500)
    assert _one_stretch(" ".join(cut), " ".join(full))
    assert not _one_stretch(" ".join(w for piece in pieces for w in piece), " ".join(full))


NAMES = [
    # a capital inside a sentence tells a name, an acronym too; a sentence's first word and a
    # lone capital do not
    ("Walking helps. Researchers in Kansas City found it.", "city kansas"),
    ("The CDC and NHS agree: Rest helps most people, and I agree.", "cdc nhs"),
    ("Ask your doctor at Mayo Clinic's sleep centre.", "clinic mayo"),
    # a heading, a product title, a menu: capitals everywhere tell nothing
    ("Best Running Shoes For Flat Feet In 2026", ""),
    ("", ""),
    # code: every word is a name
    ('const r = await fetch("https://example.org/a.json"); if (r.ok) { const d = r.json(); show(d); }', "{code}"),
    # prices, semicolons and a formula in prose are not code
    ("Discount is $25 off bookings of up to $1,499; $75 off bookings of $1,500-$3,999.", ""),
    ("Your BMI = weight / height², and a BMI of 25 or more (in adults) is overweight.", "bmi"),
]

PROGRAM = ("from typing import Literal, Union\nfrom pydantic import BaseModel, Field\n\nclass Cat(BaseModel):\n"
           "    pet_type: Literal['cat']\n    meows: int = Field(default=0)\n    name: str = ''\n\n"
           "class Dog(BaseModel):\n    pet_type: Literal['dog']\n    barks: float = Field(default=0)\n"
           "    owner: Union[Cat, Dog, None] = None\n    tags: list[str] = []")
CODE_PAIRS = [
    # a word dropped, changed or added inside: another program. Without the texts (no names)
    # the words alone keep them apart too (a word dropped inside, a word for another word).
    (PROGRAM, PROGRAM.replace("Literal, Union", "Literal").replace("Union[Cat, Dog, None]", "Cat | Dog | None"), 2, 2),
    (PROGRAM, PROGRAM.replace("barks: float", "barks: int"), 2, 2),
    # the same program cut short, or the same with a label before it: one passage
    (PROGRAM, PROGRAM[: len(PROGRAM) * 3 // 4], 1, 1),
    (PROGRAM, "Example: " + PROGRAM, 1, 1),
]


@pytest.mark.parametrize("a, b, passages, without_names", CODE_PAIRS)
def test_code_copies(a, b, passages, without_names, config):
    texts = (a, b)
    groups = cluster([exact_key(a), exact_key(b)], DedupSettings.from_config(config),
                     facts_of=lambda n: text_facts(texts[n]))
    assert len(groups) == passages
    assert len(cluster([exact_key(a), exact_key(b)], DedupSettings.from_config(config))) == without_names


@pytest.mark.parametrize("text, names", NAMES)
def test_names_in(text, names):
    assert names_in(text) == names


PARAGRAPH = ("Researchers in {} followed adults with high blood pressure and found that those who walked "
             "briskly on most days lowered their pressure about as much as a first medicine does.")


@given(st.sampled_from(["Philadelphia", "Orlando", "Kansas City", "Seattle"]),
       st.sampled_from(["Pittsburgh", "Orange County", "Minneapolis"]),
       st.sampled_from(["briskly", "most", "pressure", "first"]), st.sampled_from(["quickly", "many", "rate"]))
def test_a_name_swapped_is_told_and_an_edited_word_is_not(city, other, word, edit):
    """Another city in the same paragraph is a swap; a lowercase word edited, in either
    text, is not, and neither is a text compared with itself."""
    a, b = PARAGRAPH.format(city), PARAGRAPH.format(other)
    edited = a.replace(word, edit, 1)

    def swapped(x: str, y: str) -> bool:
        return names_swapped(exact_key(x), exact_key(y), names_in(x), names_in(y))

    assert swapped(a, b) and swapped(b, a)
    assert not swapped(a, edited) and not swapped(edited, a) and not swapped(a, a)
    # case is what tells the name: the same swap in lowercase text is left to the other rules
    assert not swapped(a.lower(), b.lower())
