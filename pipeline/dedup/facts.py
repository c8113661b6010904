"""Copies must state the same facts: a pair the shingles call a copy is kept apart when
keeping only one of them would lose something a reader needs.

Near copies are merged into one passage that keeps one text, so two paragraphs that
differ in a number ("545 reports ... tirzepatide" / "605 reports ... semaglutide",
"Repeat 4 times: 8 minutes" / "Repeat 3 times: 12 minutes") must never merge, however
alike their shingles. The rules, on exact keys (case-folded, punctuation and spacing
collapsed, so quotes, mojibake, entities and citation marks are gone already):

* **numbers**: a near copy has the same digit runs, as a multiset; a truncated copy's
  digit runs are all in the longer text (the run it was cut inside may be the start
  of one);
* **words of short paragraphs** (at most :data:`SHORT_WORDS` words): every content word
  one side has and the other lacks must be explained by a spelling variant of a word
  the other side lacks (colour/color, organise/organize: similar letters); function
  words ("too", "the") may come and go, but a word that turns the meaning (not, no,
  only, never, all, ...) is never explained away. In a truncated copy the shorter's
  words must all be in the longer (but for the one it was cut inside).

This generalises the template check (:mod:`.clusters`), which keeps apart long
paragraphs whose differing stretches are whole phrases: here a single changed word
or number is enough, where it is the information.
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

_DIGITS = re.compile(r"\d+")
SHORT_WORDS = 40
# Words whose presence or absence turns a statement around.
MEANING_WORDS = frozenset("""not no nor never none nothing only all any some every each more less most least
    without with before after above below over under may must should cannot can't don't doesn't isn't aren't
    won't shouldn't mustn't always sometimes rarely often""".split())
VARIANT_SIMILARITY = 0.75
FUNCTION_WORDS = frozenset("""a an the and or but of to in on at by for from as is are was were be been being it its
    this that these those he she they we you i his her their our your my me us them so if then than there here
    also too very just about into out up down off again further once own same such both""".split()) - MEANING_WORDS


def _numbers(key: str) -> list[str]:
    return _DIGITS.findall(key)


def numbers_differ(short_key: str, long_key: str, truncated: bool) -> bool:
    """Whether the digit runs rule out the pair as a copy.

    >>> numbers_differ("545 reports of events", "605 reports of events", False)
    True
    >>> numbers_differ("take 2 tablets every 4 hours", "take 2 tablets every 4 hours daily", False)
    False
    >>> numbers_differ("a dose of 25", "a dose of 250 mg twice a day", True)
    False
    """
    a, b = _numbers(short_key), _numbers(long_key)
    if not truncated:
        return Counter(a) != Counter(b)
    pool = Counter(b)
    cut = a[-1] if a and short_key.rstrip().endswith(a[-1]) else None
    for n in (a[:-1] if cut is not None else a):
        if pool[n] <= 0:
            return True
        pool[n] -= 1
    if cut is not None and pool[cut] <= 0:
        return not any(m.startswith(cut) and pool[m] > 0 for m in pool)
    return False


def _variant(word: str, others: list[str]) -> bool:
    return any(SequenceMatcher(None, word, other).ratio() >= VARIANT_SIMILARITY for other in others)


def words_differ(short_key: str, long_key: str, truncated: bool) -> bool:
    """Whether a short pair differs in a word that carries meaning.

    >>> words_differ("select only one option", "select one or more options", False)
    True
    >>> words_differ("choose a colour for the label", "choose a color for the label", False)
    False
    >>> words_differ("sidebar objects and their methods", "tab objects and their methods", False)
    True
    >>> words_differ("rest helps most of them", "rest helps most of them too", False)
    False
    """
    a, b = short_key.split(), long_key.split()
    if max(len(a), len(b)) > SHORT_WORDS:
        return False
    if truncated:
        pool = Counter(b)
        body = a[:-1] if a else a  # the last word may be cut
        if any(pool[w] <= 0 for w in body):
            return True
        return bool(a) and pool[a[-1]] <= 0 and not any(w.startswith(a[-1]) for w in b)
    only_a = list((Counter(a) - Counter(b)).elements())
    only_b = list((Counter(b) - Counter(a)).elements())
    if any(w in MEANING_WORDS for w in only_a + only_b):
        return True
    content_a = [w for w in only_a if w not in FUNCTION_WORDS]
    content_b = [w for w in only_b if w not in FUNCTION_WORDS]
    return not (all(_variant(w, only_b) for w in content_a) and all(_variant(w, only_a) for w in content_b))


def different_facts(key_a: str, key_b: str, truncated: bool) -> bool:
    """Whether two exact keys the shingles call copies (``truncated``: one is a cut copy of
    the other) still state different facts, so must stay apart."""
    short, long = (key_a, key_b) if len(key_a) <= len(key_b) else (key_b, key_a)
    return numbers_differ(short, long, truncated) or words_differ(short, long, truncated)
