"""Copies must state the same facts: a pair the shingles call a copy is kept apart when
keeping only one of them would lose something a reader needs.

Near copies are merged into one passage that keeps one text, so two paragraphs that
differ in a number ("545 reports ... tirzepatide" / "605 reports ... semaglutide",
"Repeat 4 times: 8 minutes" / "Repeat 3 times: 12 minutes") must never merge, however
alike their shingles. The rules compare exact keys (case-folded, punctuation and spacing
collapsed, so quotes, mojibake, entities and citation marks are gone already) and give
one of four relations:

* **same**: the same digit runs (as a multiset) and no word difference that matters;
  either text may be kept;
* **contained** (``FIRST_IN_SECOND`` / ``SECOND_IN_FIRST``): one text holds everything
  the other states and more (a sentence added, a heading number or a label before it, a
  cut copy): they are copies only if the fuller one is the text kept, which the
  clustering arranges (:func:`~pipeline.dedup.clusters.Verifier._facts_verdict`);
* **different**: each states something the other lacks, so neither may stand for both.

What counts:

* **numbers**: digit runs in order (the same values in another order are other facts:
  "2 tablets every 4 hours" / "4 tablets every 2 hours"), and the shape of each code (a
  token that starts with a letter and holds a digit: "smoffer2026" and "smmed2026" are
  two codes with the same number). In a truncated copy (the kernel's verdict) the
  shorter's runs must all be in the longer, in order, the last one possibly cut short.
* **words**, aligned word by word (:func:`statement_turned`), at any length: a content
  word in place of another that is not a spelling of it, a unit spelt out or a word of
  its :data:`INTERCHANGEABLE` group ("left" / "right arm", "adults" / "children"), a word
  that turns a statement (not, no, only, never, all, below, ...) in place of another, or
  one added or dropped in a run of at most :data:`TURNING_RUN` words ("should" / "should
  not"), such a run of content words added or dropped inside the text ("every other day"),
  one letter for another ("a.m." / "p.m."), or a unit after a unit ("5 mg/kg" / "5 mg"),
  makes the pair different. A spelling is a British one for an American one
  (:data:`SPELLINGS`), a doubled letter or an ending "s": another word one letter away may
  say another thing ("dysphagia" / "dysphasia"). A copy
  kept as one passage keeps one text, and a reader of it must not be told the opposite of
  what the other said: a copy with a synonym is kept apart with it (a copy kept costs
  little, a statement lost much). Then, as the multiset each side has and the other lacks:
  - a word that turns a statement added makes a short pair different;
  - a content word in two places or more on one side, where all that differs is a few
    content words on each side, is a template filled with other names ("Connecticut residents ...
    Connecticut" / "Colorado residents ... California"): different at any length;
  - in short paragraphs (at most :data:`SHORT_WORDS` words) every content word one side
    has and the other lacks must be a spelling variant of a word the other side lacks
    (colour/color, organise/organize: similar letters), function words may come and go;
  - in a truncated copy the shorter's words must all be in the longer, but for its last
    few (the word it was cut inside and a "Read more").
* **items**: a whole short text (at most :data:`ITEM_WORDS` words: a product title, a
  list of tags) and the same text with a few words after it, one of them not a function
  word ("... Laser Projector" / "... Laser Projector - Open Box"), are two items, not a
  cut copy and its original: scrapers cut paragraphs, and the words after a title
  qualify it. Different.
* **web addresses**: a text that starts with one (``https``, ``http``, ``www``) is an
  identifier; another address, even the same with an anchor after it
  (``.../topic/15712/#findComment-16417633``), points somewhere else. Different unless
  the keys are equal.
* **cut copies** (the kernel's truncated verdict): the shorter must be one stretch of the
  longer (:func:`_one_stretch`), not its words found all over a longer text.
* **names** (:func:`names_swapped`, read from each text's case where the executor has the
  text at hand, as all four do): a name of one text in the place of a name of the other
  (the same event page for another city) is another fact at any length. The keys are
  case-folded, so the names come with them (:func:`names_in`). In code every word is a
  name: a word changed, added or dropped inside is another program; only a cut copy, or one
  with a label before it, is the same code.

This generalises the template check (:mod:`.clusters`), which keeps apart long
paragraphs whose differing stretches are whole phrases: here a single changed word
or number is enough, where it is the information.
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

SAME, FIRST_IN_SECOND, SECOND_IN_FIRST, DIFFERENT = "same", "first-in-second", "second-in-first", "different"

_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"\S+")
SHORT_WORDS = 40
# A section or list number before a copy: at most this many digit runs.
EDGE_TOKENS = 3
# Up to this length a word that turns a statement, swapped for another, makes a pair
# different (beyond it, the template check and the numbers carry the decision).
SUBSTITUTION_WORDS = 50
# A truncated copy may end in words the full text lacks: the word it was cut inside and
# a marker ("read more", "continue reading").
CUT_TAIL_WORDS = 3
# Between the first and last word a cut copy shares with its full text, at most this many
# words may differ at any one place (word edits, not a clause of the full text's own).
STRETCH_GAP = 2
# Beyond this many words in the full text, words frequent in it (1% of its words) do not
# anchor the alignment (difflib's autojunk): aligning every word of two 16,000-word texts
# made of a few words took 5 s a pair; cut copies and shuffled texts get the same answers.
ALIGN_EVERY_WORD_UP_TO = 2000
# Words whose presence or absence turns a statement around; with them what a number counts,
# as the exact key spells its sign ("38% of adults" / "38 of adults", "$45" / "€45").
# Keys drop apostrophes, so "can't" is "can t": the lone "t" is the negation; "dont" and
# the like are the same written without one.
MEANING_WORDS = frozenset("""not no nor never none nothing only all any some every each more less most least
    without with before after above below over under may must should cannot t cant dont doesnt isnt arent
    wont shouldnt mustnt always sometimes rarely often positive negative plus minus
    on off or if unless both either neither other same different non pre post anti bi up down
    percent permille permyriad dollar pound euro yen rupee cents won rouble lira shekel naira peso baht
    dong hryvnia franc""".split())
# A run of at most this many words added or dropped inside a text, holding a word of
# MEANING_WORDS, turns a statement ("you should take it" / "you should not take it"); a
# longer run is a clause or sentence of its own, kept with the fuller text.
TURNING_RUN = 3
# Words that, set before or after a statement as its label, say it is not so ("Myth: feeding a
# cold helps"): such a label turns the statement where another label (a heading, a date) does not.
FRAMING_WORDS = frozenset("""myth myths false fake untrue wrong wrongly mistakenly incorrect incorrectly outdated
    obsolete debunked disproven misconception misconceptions hoax rumour rumor fiction contrary""".split())
# What a scraper glues before or after a text with no mark between: a date, a count of
# comments, a time ago, a footnote's label. A run at a text's edge of these (and numbers and
# function words) is such a label, whatever joins it: "... 44 Comments", "... 7 Days Ago",
# "... December 3, 2025", "Footnote 1. ...".
LABEL_WORDS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    today yesterday ago comment comments replies views updated posted published edited footnote
    advertisement sponsored""".split())
# Units of doses, measures and durations: one swapped for another ("400 mcg" / "400 mg",
# "after 3 weeks" / "after 3 days") states another amount however long the paragraph.
# Each spelling maps to its unit: "litre" for "liter" or "days" for "day" is an edit, not
# another amount.
UNIT_WORDS = {w: unit for unit, spellings in {
    "mg": "mg milligram milligrams", "mcg": "mcg µg ug microgram micrograms", "g": "g gram grams",
    "kg": "kg kilogram kilograms", "ml": "ml millilitre millilitres milliliter milliliters",
    "l": "l litre litres liter liters", "iu": "iu", "unit": "unit units", "mmol": "mmol", "mol": "mol",
    "mmhg": "mmhg", "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters", "km": "km", "second": "second seconds",
    "minute": "minute minutes min mins", "hour": "hour hours", "day": "day days", "week": "week weeks",
    "month": "month months", "year": "year years", "percent": "percent", "am": "am", "pm": "pm"}.items()
    for w in spellings.split()}
# Words that say the same thing in these texts, a group a line: one in place of another is an
# edit ("around four times" / "roughly four times"), not another statement. Kept short: a
# word here that is not always the other's equal merges two statements.
INTERCHANGEABLE = [set(line.split()) for line in """about around roughly approximately approx circa
    common frequent
    usually normally generally typically
    medicine medication
    medicines medications
    doctor physician gp
    doctors physicians gps
    pharmacist chemist
    pharmacists chemists
    big large
    greater higher
    paracetamol acetaminophen
    tummy stomach belly
    plenty lots""".splitlines()]
_INTERCHANGEABLE = {w: frozenset(group) for group in INTERCHANGEABLE for w in group}
# A template filled with other names differs in at most this many distinct content words a side.
RENAMED_WORDS = 3
# A whole text of at most this many words, extended at its end by at most ITEM_QUALIFIER
# words in the other, is another item (see the module text).
ITEM_WORDS = 10
ITEM_QUALIFIER = 3
_ADDRESS_STARTS = frozenset({"http", "https", "www"})
FUNCTION_WORDS = frozenset("""a an the and or but of to in on at by for from as is are was were be been being it its
    this that these those he she they we you i his her their our your my me us them so if then than there here
    also too very just about into out up down off again further once own same such both
    will would can could shall per cent percent""".split()) - MEANING_WORDS


def _flip(relation: str) -> str:
    return {FIRST_IN_SECOND: SECOND_IN_FIRST, SECOND_IN_FIRST: FIRST_IN_SECOND}.get(relation, relation)


# Values written as words: numbers (not "one", a pronoun as often), months (not "may", a
# verb) and days. "Six instalments ... by December" and "nine ... by September" state other
# facts as much as "6" and "9" would.
VALUE_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion dozen half twice once
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_EXPONENT = re.compile("(?<=[0-9])(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _plain_exponents(key: str) -> str:
    """Superscript digits as digits of their own: "10⁹" states 10 and 9, not 109."""
    return _EXPONENT.sub(" ", key).translate(_SUPERSCRIPT) if not key.isascii() else key


def _numbers(key: str) -> tuple[str, ...]:
    """:func:`_key_numbers`, remembered for keys of up to :data:`_REMEMBERED_CHARS`
    characters: a family of lines from one template ("Dose 1 of ...", "Dose 2 of ...") is
    compared pair by pair, each line with up to ``max_bucket`` others, which lie far apart
    in the input (a scrape's pages one after another)."""
    return _remembered_numbers(key) if len(key) <= _REMEMBERED_CHARS else _key_numbers(key)


_REMEMBERED_CHARS = 1000  # at most 32,768 keys of this length: a bounded memory


def _key_numbers(key: str) -> tuple[str, ...]:
    """The values a key states, in order: its digit runs, and before those of a code (a
    token that starts with a letter and holds a digit: a promotional code, a model number)
    the code's shape, its letters with each digit run as ``0``, so that codes differing in
    letters only ("smoffer2026" / "smmed2026") differ here too; and its :data:`VALUE_WORDS`.

    >>> _numbers("use code smoffer2026 for 15 off")
    ('smoffer0', '2026', '15')
    >>> _numbers("pay six instalments of 50 by december")
    ('six', '50', 'december')
    """
    key = _plain_exponents(key)
    found: list[tuple[int, str]] = []  # (where, value): in the order the key states them
    token_end = -1  # the end of the last code seen: its later runs need no shape again
    for match in _DIGITS.finditer(key):
        start = match.start()
        if start > token_end and start and key[start - 1] != " ":
            begin = key.rfind(" ", 0, start) + 1
            token_end = key.find(" ", start)
            token_end = len(key) if token_end < 0 else token_end
            if key[begin].isalpha():
                found.append((begin, _DIGITS.sub("0", key[begin:token_end])))
        found.append((start, match.group()))
    found.extend((m.start(), m.group()) for m in _TOKEN.finditer(key) if m.group() in VALUE_WORDS)
    return tuple(value for _, value in sorted(found, key=lambda f: f[0]))


_remembered_numbers = lru_cache(maxsize=32768)(_key_numbers)


def _truncated_numbers_fit(short_key: str, long_key: str) -> bool:
    """Whether a cut copy's digit runs are all in the full text (its last one perhaps cut short)."""
    a, b = _numbers(short_key), _numbers(long_key)
    cut = a[-1] if a and short_key.rstrip().endswith(a[-1]) else None
    rest = iter(b)  # in the full text's order: "4 tablets every 2 hours" is not "2 ... every 4"
    return _in_order(a[:-1] if cut is not None else a, rest) and (cut is None or any(m.startswith(cut) for m in rest))


def number_relation(key_a: str, key_b: str) -> str:
    """How the digit runs of two keys relate, in order: the same values in another order
    state other facts ("2 tablets every 4 hours" / "4 tablets every 2 hours"), and one key
    holds the other's when it has them all, in the same order, and more.

    >>> number_relation("take 2 tablets every 4 hours", "take 4 tablets every 2 hours")
    'different'

    >>> number_relation("545 reports of events", "605 reports of events")
    'different'
    >>> number_relation("take 2 tablets every 4 hours", "take 2 tablets every 4 hours daily")
    'same'
    >>> number_relation("step 4 fulfil the requirement", "2 4 step 4 fulfil the requirement")
    'first-in-second'
    """
    a, b = _numbers(key_a), _numbers(key_b)
    if a == b:
        return SAME
    if _in_order(a, b):
        return FIRST_IN_SECOND
    if _in_order(b, a):
        return SECOND_IN_FIRST
    return DIFFERENT


def _in_order(short: tuple[str, ...], long) -> bool:
    """Whether ``short`` is ``long`` with some values left out, the rest in the same order
    (``long`` may be an iterator: it is left past the last value matched)."""
    rest = iter(long)
    return all(any(v == w for w in rest) for v in short)


# How British and American spellings of one word differ, one pair a line: the words that
# differ only so are one word spelt two ways. Any other one-letter difference may be another
# word ("dysphagia" / "dysphasia", "ileum" / "ilium", "prostate" / "prostrate", "insulin" /
# "inulin", "efferent" / "afferent"): kept apart, as a copy kept costs little.
SPELLINGS = [tuple(line.split()) for line in """our or
    ae e
    oe e
    re er
    ise ize
    ising izing
    ised ized
    isation ization
    yse yze
    ysed yzed
    ysing yzing
    ence ense
    ogue og
    ll l
    mme m""".splitlines()]


def _variant(word: str, others: list[str]) -> bool:
    """Whether ``word`` is a spelling of one of ``others``: the same word with one British
    spelling for an American one (:data:`SPELLINGS`: colour/color, anaemia/anemia,
    centre/center, analyse/analyze), with a letter doubled (a typo: "reccover" / "recover")
    or with an ending "s" ("starts" / "start"); not another word one letter away
    ("dysphagia" / "dysphasia").

    >>> _variant("colour", ["color"]), _variant("centre", ["center"]), _variant("online", ["offline"])
    (True, True, False)
    >>> _variant("anaemia", ["anemia"]), _variant("reccover", ["recover"]), _variant("ileum", ["ilium"])
    (True, True, False)
    """
    return any(_spelt_apart(word, other) or _spelt_apart(other, word) for other in others if other != word)


def _spelt_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one :data:`SPELLINGS` change (British to American) at one
    place, by dropping a doubled letter, or by dropping an ending "s" (a plural, a verb's
    agreement: "starts" / "start")."""
    if len(a) == len(b) + 1 and any(a[i] == a[i - 1] and a[:i] + a[i + 1:] == b for i in range(1, len(a))):
        return True
    if len(b) >= 3 and a in (b + "s", b + "es"):
        return True
    for british, american in SPELLINGS:
        at = a.find(british)
        while at >= 0:
            if a[:at] + american + a[at + len(british):] == b:
                return True
            at = a.find(british, at + 1)
    return False


_WORD = re.compile(r"(?<!\S)[^\s\d]+(?!\S)")  # a token without a digit


def _words(key: str) -> list[str]:
    return _WORD.findall(key)


_GLUED_UNIT = re.compile(r"(\d+)([^\W\d_]+)")


def _units_swapped(a: Counter, b: Counter) -> bool:
    """Whether a number stands with one unit on one side and another on the other (a unit
    dropped or misspelt on one side is an edit, not another amount)."""
    units_a: dict[str, Counter] = {}
    units_b: dict[str, Counter] = {}
    for amounts, units in ((a, units_a), (b, units_b)):
        for (number, unit), n in amounts.items():
            units.setdefault(number, Counter())[unit] += n
    if any(number in units_a and unit not in units_a[number] for number, unit in b):
        return True
    # as many amounts of a number on each side, in other units: "6pm ... 6am" / "6am ... 6am"
    return any(sum(units_a[n].values()) == sum(units_b[n].values()) and units_a[n] != units_b[n]
               for n in units_a.keys() & units_b.keys())


def number_units(key: str) -> Counter:
    """The amounts of a key: each number followed by a unit ("400 mcg", "3 weeks", "10mg"),
    with the unit's spellings made one.

    >>> sorted(number_units("take 400 mcg for 3 weeks or 10mg for 2 days each year").items())
    [(('10', 'mg'), 1), (('2', 'day'), 1), (('3', 'week'), 1), (('400', 'mcg'), 1)]
    """
    tokens = key.split()
    found: Counter = Counter()
    for t, after in zip(tokens, [*tokens[1:], ""]):
        glued = _GLUED_UNIT.fullmatch(t)
        if glued and glued.group(2) in UNIT_WORDS:
            found[glued.group(1), UNIT_WORDS[glued.group(2)]] += 1
        elif t.isdigit() and after in UNIT_WORDS:
            found[t, UNIT_WORDS[after]] += 1
    return found


def _renamed(only_a: Counter, only_b: Counter) -> bool:
    """A content word replaced by one other word in two places or more on each side, or in
    two places or more on one side where all that differs is a few content words
    (:data:`RENAMED_WORDS` on each side): names filled into a template ("Connecticut
    residents ... Connecticut" / "Colorado residents ... California"). An edited copy
    changes words here and there, rarely one word twice and nothing else."""
    def repeated(only: Counter) -> bool:
        return any(n >= 2 and w not in FUNCTION_WORDS for w, n in only.items())
    if repeated(only_a) and repeated(only_b):
        return True
    names_a = {w for w in only_a if w not in FUNCTION_WORDS}
    names_b = {w for w in only_b if w not in FUNCTION_WORDS}
    # all that differs is a few names, one of them filled in twice
    return bool(names_a) and bool(names_b) and len(names_a) <= RENAMED_WORDS and len(names_b) <= RENAMED_WORDS \
        and (repeated(only_a) or repeated(only_b))


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


_NEGATED = re.compile(r"\b(\w+?)n t\b")
_IRREGULAR_NEGATION = {"ca": "can", "wo": "will", "sha": "shall"}


def expand_contractions(key: str) -> str:
    """A key's negative contractions written out ("aren t" -> "are not", "can t" -> "can
    not", "won t" -> "will not"): the same statement either way.

    >>> expand_contractions("you aren t and can t and won t")
    'you are not and can not and will not'
    """
    if "n t" not in key:
        return key
    return _NEGATED.sub(lambda m: _IRREGULAR_NEGATION.get(m.group(1), m.group(1)) + " not", key)


def statement_turned(key_a: str, key_b: str, cut: bool = False) -> bool:
    """Whether two keys, aligned word by word, differ where a statement turns, at any length:
    a content word in place of another that is not a spelling of it ("left arm" / "right
    arm", "most adults" / "most children", "first" / "third trimester"; spellings and
    units spelt out are edits: "anaemia" / "anemia", "mg" / "milligrams"), a word of
    :data:`MEANING_WORDS` in place of another ("increase" / "decrease" is the content-word
    case, "always" / "rarely" this one), or a short run holding one added or dropped
    (:data:`TURNING_RUN`: "should" / "should not", "is a good way" / "is never a good way"),
    or such a short run of content words added or dropped inside the text ("every other
    day" / "every day", "severe swelling" / "swelling"), or one letter for another ("8 a.m."
    / "8 p.m."). A longer run added or dropped is a clause or a sentence of its own, a
    short one at the text's start or end a label or a date, and words for function words
    ("the" / "this") are an edit. Contractions are read written out ("aren't" / "are not").
    With ``cut`` (the shorter is a cut copy), what differs in its last
    :data:`CUT_TAIL_WORDS` words is where it was cut, not a turn.

    >>> statement_turned("the pain spreads to your left arm and jaw", "the pain spreads to your right arm and jaw")
    True
    >>> statement_turned("you should take ibuprofen with food", "you should not take ibuprofen with food")
    True
    >>> statement_turned("rest and drink fluids", "rest and drink fluids every day and do not drive")
    False
    >>> statement_turned("take one tablet every day with water", "take one tablet every other day with water")
    True
    >>> statement_turned("anaemia lowers your haemoglobin", "anemia lowers your hemoglobin")
    False
    >>> statement_turned("keep your bodyweight steady", "keep your body weight steady")
    False
    >>> statement_turned("take a folic acid tablet on a different day", "take a folic acid tablet on the same day")
    True
    """
    a_shorter = len(key_a) <= len(key_b)
    a, b = expand_contractions(key_a).split(), expand_contractions(key_b).split()
    aligner = SequenceMatcher(None, a, b, autojunk=max(len(a), len(b)) > ALIGN_EVERY_WORD_UP_TO)
    for op, i1, i2, j1, j2 in aligner.get_opcodes():
        if op == "equal":
            continue
        if cut and ((i2 if a_shorter else j2) > (len(a) if a_shorter else len(b)) - CUT_TAIL_WORDS):
            continue  # where the cut copy was cut: the word cut inside, a "read more"
        words_a = [w for w in a[i1:i2] if not _has_digit(w)]
        words_b = [w for w in b[j1:j2] if not _has_digit(w)]
        run = (i2 - i1) + (j2 - j1)
        if (set(words_a) ^ set(words_b)) & MEANING_WORDS and (op == "replace" or run <= TURNING_RUN):
            return True
        if op != "replace" and run <= TURNING_RUN:
            if _per_unit(a, i1, i2) or _per_unit(b, j1, j2):
                return True
            # A word or two added inside a sentence qualifies it: "every other day" is not
            # "every day", nor "severe swelling" "swelling". At the text's edges such words are
            # a label, a heading or a date glued on.
            inside = (i1 > 0 or j1 > 0) and (i2 < len(a) or j2 < len(b))
            if inside and any(w not in FUNCTION_WORDS for w in words_a + words_b):
                return True
        if op == "replace" and len(words_a) == len(words_b) == 1 and len(words_a[0]) == len(words_b[0]) == 1:
            return True  # one letter for another: "8 a.m." / "8 p.m."
        if "".join(words_a) == "".join(words_b):
            continue  # a compound written apart: "bodyweight" / "body weight"
        content_a = [w for w in words_a if w not in FUNCTION_WORDS]
        content_b = [w for w in words_b if w not in FUNCTION_WORDS]
        if content_a and content_b and not (all(_spelling(w, content_b) for w in content_a)
                                            and all(_spelling(w, content_a) for w in content_b)):
            return True
    return False


def _per_unit(tokens: list[str], start: int, stop: int) -> bool:
    """Whether ``tokens[start:stop]``, words one side has and the other lacks, open with a unit
    right after a unit: "5 mg/kg" is another dose than "5 mg"."""
    return stop > start > 0 and tokens[start] in UNIT_WORDS and tokens[start - 1] in UNIT_WORDS


def _spelling(word: str, others: list[str]) -> bool:
    """Whether ``word`` says what one of ``others`` says: a spelling of it (:func:`_variant`), the
    same unit ("milligrams" / "mg") or a word of its :data:`INTERCHANGEABLE` group."""
    unit = UNIT_WORDS.get(word)
    return _variant(word, others) or (unit is not None and any(UNIT_WORDS.get(o) == unit for o in others)) \
        or bool(_INTERCHANGEABLE.get(word, frozenset()).intersection(others))


def word_relation(key_a: str, key_b: str) -> str:
    """How the words (tokens without digits) of two keys relate.

    >>> word_relation("select only one option", "select one or more options")
    'different'
    >>> word_relation("choose a colour for the label", "choose a color for the label")
    'same'
    >>> word_relation("sidebar objects and their methods", "tab objects and their methods")
    'different'
    >>> word_relation("rest helps most of them", "rest helps most of them too")
    'first-in-second'
    >>> word_relation("take it with food", "do not take it with food")
    'different'
    >>> word_relation("add a scripts argument with inline or script", "add a script argument with inline or scripts")
    'different'
    >>> word_relation("rest helps most of them", "rest helps most of them read more")
    'same'
    """
    if _marker_tail(key_a, key_b):
        return SAME  # "... Read more" says nothing more: not the fuller text to keep
    key_a, key_b = expand_contractions(key_a), expand_contractions(key_b)
    if key_a != key_b and statement_turned(key_a, key_b):
        return DIFFERENT
    a, b = _words(key_a), _words(key_b)
    ca, cb = Counter(a), Counter(b)
    only_a, only_b = ca - cb, cb - ca
    longest = max(len(a), len(b))
    short = longest <= SHORT_WORDS
    if not only_a and not only_b:
        # the same words in another order: in a short text, arguments or items swapped
        return DIFFERENT if short and a != b else SAME
    if not only_a or not only_b:  # one side only adds words
        added = only_b or only_a
        relation = FIRST_IN_SECOND if not only_a else SECOND_IN_FIRST
        if not short:
            return relation
        if any(w in MEANING_WORDS for w in added):
            return DIFFERENT  # "take it with food" / "do not take it with food"
        if not _at_edges(key_a, key_b) and any(w not in FUNCTION_WORDS for w in added):
            return DIFFERENT  # a clause added inside a short paragraph changes what it says
        return relation
    if (longest <= SUBSTITUTION_WORDS and any(w in MEANING_WORDS for w in (*only_a, *only_b))) \
            or _renamed(only_a, only_b):
        return DIFFERENT
    if short:
        lost_a, lost_b = list(only_a.elements()), list(only_b.elements())
        content_a = [w for w in lost_a if w not in FUNCTION_WORDS]
        content_b = [w for w in lost_b if w not in FUNCTION_WORDS]
        if not (all(_variant(w, lost_b) for w in content_a) and all(_variant(w, lost_a) for w in content_b)):
            return DIFFERENT
    return SAME


# What a scraped teaser or link adds after a paragraph: a link's words, not the text's.
_MARKERS = ("read more", "continue reading", "continue reading below", "read the full article",
            "read full article", "read full story", "see more", "learn more")


def _marker_tail(key_a: str, key_b: str) -> bool:
    """Whether the longer key is the shorter one with a link's words after it ("read more")."""
    short, long = _short_long(key_a, key_b)
    return long.startswith(short + " ") and long[len(short) + 1:] in _MARKERS


def _short_long(key_a: str, key_b: str) -> tuple[str, str]:
    """The shorter key and the longer (the first of equals first)."""
    return (key_a, key_b) if len(key_a) <= len(key_b) else (key_b, key_a)


def _within(key_a: str, key_b: str) -> tuple[str, str, int]:
    """The shorter key, the longer, and where the shorter stands in the longer as a run of
    whole words (-1 when it does not: its words were cut or changed inside)."""
    short, long = _short_long(key_a, key_b)
    return short, long, f" {long} ".find(f" {short} ")


def _at_edges(key_a: str, key_b: str) -> bool:
    """Whether the shorter key is the longer one with words cut from its start or end only
    (a heading number, a label, a sentence after it)."""
    return _within(key_a, key_b)[2] >= 0


def _numbered_edge(key_a: str, key_b: str) -> bool:
    """Whether the longer key is the shorter one with a number at its edge that loses
    nothing if the longer is kept: the shorter is its start (a cut copy: what follows
    the cut may hold numbers), or at most :data:`EDGE_TOKENS` bare digit runs stand before
    (or around) it (a section or list number: "2 4 step 4 ..." for "2.4Step 4 ..."), not
    a phrase with a number in it ("livraison gratuite 65 ...")."""
    short, long, at = _within(key_a, key_b)
    if at <= 0:
        return at == 0
    added = (long[:at] + " " + long[at + len(short):]).split()
    return len(added) <= EDGE_TOKENS and all(t.isdigit() for t in added)


def _truncated_words_fit(short_key: str, long_key: str) -> bool:
    """Whether a cut copy's words are all in the full text, but for its last few."""
    a = _words(short_key)
    pool = Counter(_words(long_key))
    missing = [i for i, w in enumerate(a) if pool[w] <= 0]
    return not missing or missing[0] >= len(a) - CUT_TAIL_WORDS


def _one_stretch(short_key: str, long_key: str) -> bool:
    """Whether a cut copy's words stand in the full text as one stretch: in order, with at most
    :data:`STRETCH_GAP` words edited, dropped or added at any one place, but for at most
    :data:`CUT_TAIL_WORDS` words of its own before the stretch (a label) and after it (the
    word it was cut inside and a "Read more"). Words found all over the longer text are not a
    copy of it: "redis bloom filters let you check ... in a set for more information see" in
    "redis cuckoo filters let you check ... in a set they are similar to bloom filters but
    with ... for more information see".

    >>> _one_stretch("rest and ice help the knee heal read more", "rest and ice help the knee heal within days")
    True
    >>> _one_stretch("bloom filters check for an element in a set for more information see",
    ...              "cuckoo filters check for an element in a set they are like bloom filters but with other "
    ...              "trade offs for more information see")
    False
    """
    a, b = short_key.split(), long_key.split()

    def tail(start: int) -> bool:  # the copy's words from ``start`` on may be the cut and a marker
        return len(a) - start <= CUT_TAIL_WORDS

    aligner = SequenceMatcher(None, a, b, autojunk=len(b) > ALIGN_EVERY_WORD_UP_TO)
    blocks = [m for m in aligner.get_matching_blocks() if m.size]
    if not blocks:
        return False
    if blocks[0].a > CUT_TAIL_WORDS or not tail(blocks[-1].a + blocks[-1].size):
        return False
    return all((nxt.a - (m.a + m.size) <= STRETCH_GAP and nxt.b - (m.b + m.size) <= STRETCH_GAP) or tail(nxt.a)
               for m, nxt in zip(blocks, blocks[1:]))


def _qualified_item(key_a: str, key_b: str) -> bool:
    """Whether the longer key is the whole shorter one (a short text) with a few words after it.

    >>> _qualified_item("optoma zu607t laser projector", "optoma zu607t laser projector open box")
    True
    >>> _qualified_item("optoma zu607t laser projector", "optoma zu607t laser projector with a lens and a case")
    False
    >>> _qualified_item("rest helps most of them", "rest helps most of them too")
    False
    """
    short, long, at = _within(key_a, key_b)
    if at != 0 or len(short.split()) > ITEM_WORDS:
        return False
    qualifier = long[len(short):].split()
    return len(qualifier) <= ITEM_QUALIFIER and any(w not in FUNCTION_WORDS for w in qualifier)


def _address(key: str) -> bool:
    return key.split(" ", 1)[0] in _ADDRESS_STARTS


# Words and the marks that end a sentence, in a paragraph's own case.
_CASED_TOKEN = re.compile(r"[^\W_]+|[.!?:;]")
_SENTENCE_END = frozenset(".!?:;")
# A text with more than this share of its words capitalised is written in title case (a
# heading, a product title, a menu): its capitals do not tell names.
TITLE_CASE_SHARE = 0.5


# Marks of code: braces, brackets, comparisons and assignments, backticks, calls, schemes.
_CODE_MARKS = re.compile(r"[{}=<>\[\]`]|\(\)|://")
# A text with at least CODE_MIN_MARKS of them, and this many per hundred characters, is code.
CODE_MARK_RATE = 3.0
CODE_MIN_MARKS = 6
# What :func:`names_in` gives for code: every word of it is a name (not a word of any key).
CODE = "{code}"


def _code(text: str) -> bool:
    marks = len(_CODE_MARKS.findall(text))
    return marks >= CODE_MIN_MARKS and marks * 100 >= CODE_MARK_RATE * len(text)


def names_in(text: str) -> str:
    """The names a paragraph states, as words of its exact key (space-separated, sorted):
    words written with a capital inside a sentence, acronyms among them (CPA and CDPA, two
    states' privacy laws), but not a lone capital ("I", "A"). Empty for a text written in
    title case; :data:`CODE` for code, where every word is a name (a keyword, an
    identifier, a value).

    >>> names_in("Join us at Futurecon in Philadelphia's convention centre. Tickets sell fast.")
    'futurecon philadelphia'
    >>> names_in("Best Running Shoes For Flat Feet")
    ''
    >>> names_in('const r = fetch("https://example.org/a.json"); if (r.ok) { const d = r.json(); log(d); }')
    '{code}'
    """
    if _code(text):
        return CODE
    tokens = _CASED_TOKEN.findall(text)
    words = [t for t in tokens if t[0].isalpha()]
    if sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * max(1, len(words)):
        return ""
    names = {t.casefold() for before, t in zip(tokens, tokens[1:])
             if t[0].isupper() and (len(t) > 1 or not t.isupper()) and before not in _SENTENCE_END}
    return " ".join(sorted(names))


# A text's words as its exact key splits them, and what ends a sentence or a label between two
# of them (a heading or a date glued on is cut off from the text by one of these, or by the
# capital the text opens with).
_EDGE_TOKEN = re.compile(r"[^\W_]+")
_EDGE_CLOSE = re.compile(r"[)\]]\s+$")  # a bracket closed before the word: "[Image] Text"
_EDGE_STOP = re.compile(r"[.!?:;|•·–—›»>▸▶►→\n]|\s-\s")  # a spaced hyphen or ">" parts a breadcrumb's items
# How many joints between words at each end of a text :func:`edges_in` describes: a run of
# up to EDGE_JOINTS - 1 words at an edge, the joint after it included ("It is a myth that").
EDGE_JOINTS = 8
_CUT_END = re.compile(r"(?:\.\.\.|…)\W*$")
# Between a text's names and its edges in :func:`text_facts`.
FACTS_SEP = "\x1f"


def edges_in(text: str) -> str:
    """How a text's first and last words are joined, for :func:`qualified_edge`: its number of
    words; per joint between words (the first EDGE_JOINTS from its start, then from its end)
    ``S`` a sentence or label end between them, ``b`` a bracket closed, ``c`` another mark (a
    comma), a space, and ``U``, ``A`` or ``l`` the case of the word after it (a capital, all
    capitals: an acronym, or none); ``E`` when it ends cut off ("...": :func:`cut_off`).

    >>> edges_in("In young babies, a fever is an emergency.")
    '8| l lcl l l l l  | l l l lcl l l  |'
    >>> edges_in("Updated: Plantar fasciitis hurts... ")
    '4|SU l l          | l lSU          |E'
    """
    spans = [m.span() for m in _EDGE_TOKEN.finditer(text)]
    n = len(spans)

    def joint(i: int) -> str:  # between word i - 1 and word i
        if not 0 < i < n:
            return "  "
        between = text[spans[i - 1][1]:spans[i][0]]
        word = text[spans[i][0]:spans[i][1]]
        mark = "S" if _EDGE_STOP.search(between) else "b" if _EDGE_CLOSE.match(between) else \
            "c" if between.strip() else " "
        return mark + \
            ("A" if len(word) > 1 and word.isupper() else "U" if word[0].isupper() else "l")

    head = "".join(joint(i) for i in range(1, EDGE_JOINTS + 1))
    tail = "".join(joint(n - i) for i in range(1, EDGE_JOINTS + 1))
    return f"{n}|{head}|{tail}|{'E' if _CUT_END.search(text) else ''}"


def text_facts(text: str) -> str:
    """What the pair checks read from a text beyond its exact key: its names
    (:func:`names_in`) and its edges (:func:`edges_in`)."""
    return names_in(text) + FACTS_SEP + edges_in(text)


def facts_parts(facts: str) -> tuple[str, str]:
    """The names and the edges of :func:`text_facts` (edges empty for names alone)."""
    names, _, edges = facts.partition(FACTS_SEP)
    return names, edges


def cut_off(edges: str) -> bool:
    """Whether the text whose :func:`edges_in` these are ends cut off ("...")."""
    return edges.endswith("E")


def cut_prefix(key_a: str, key_b: str) -> bool:
    """Whether the shorter key is the longer one's opening, word for word, its last word
    perhaps cut inside: what a copy that ends "..." is when it is a cut copy and nothing else
    (a word changed before the cut, "you should not take..." for "you should take it only
    ...", is another statement however near the cut).

    >>> cut_prefix("you should take it with", "you should take it with food")
    True
    >>> cut_prefix("you should not take", "you should take it with food"), cut_prefix("take it wi", "take it with")
    (False, True)
    """
    short, long = _short_long(key_a, key_b)
    return bool(short) and long.startswith(short)


def qualified_edge(short_key: str, long_key: str, short_edges: str, long_edges: str) -> bool:
    """Whether the longer key is the shorter with a run of at most TURNING_RUN words at its
    start or end that qualifies what the shorter states rather than labels it: content words
    joined to the statement without a sentence or label end ("In young babies, a fever above
    40 degrees is an emergency", "Severe plantar fasciitis causes...", "... harmless in
    teenagers", "In men, HPV is...", "Oral HPV is..."), or a run of up to EDGE_JOINTS - 1 words
    that frames it as untrue ("Myth: ...", "It is a myth that ..."). A heading glued on, with no
    mark, before a text that opens with its own capital ("Symptoms Plantar fasciitis..."), a
    label or date cut off by a colon or a full stop, a sentence added after one, and the end of
    a cut copy ("...") are not.
    ``*_edges``: :func:`edges_in` of each text ("" when unknown: then nothing is said).

    >>> e = edges_in
    >>> a, b = "A fever is an emergency.", "In young babies, a fever is an emergency."
    >>> qualified_edge("a fever is an emergency", "in young babies a fever is an emergency", e(a), e(b))
    True
    >>> b = "Symptoms A fever is an emergency."
    >>> qualified_edge("a fever is an emergency", "symptoms a fever is an emergency", e(a), e(b))
    False
    >>> b = "A fever is an emergency. Updated 2024"
    >>> qualified_edge("a fever is an emergency", "a fever is an emergency updated 2024", e(a), e(b))
    False
    >>> b = "A fever is an emergency 44 Comments"
    >>> qualified_edge("a fever is an emergency", "a fever is an emergency 44 comments", e(a), e(b))
    False
    """
    if not long_edges:
        return False
    words, head, tail, _ = long_edges.split("|")
    short, long = short_key.split(), long_key.split()
    at = f" {long_key} ".find(f" {short_key} ")
    if int(words) != len(long) or at < 0:
        return False  # the key spells out a sign the text writes as a mark: the words do not line up
    cut = cut_off(short_edges)
    before = len(long_key[:at].split())
    after = len(long) - len(short) - before
    for run, codes, at_start in ((long[:before], head, True), (long[len(long) - after:], tail, False)):
        if not run or (cut and not at_start):  # where a cut copy was cut is no run of its own
            continue
        if len(run) < EDGE_JOINTS and set(run) & FRAMING_WORDS:
            return True
        content = [w for w in run if w not in FUNCTION_WORDS and not _has_digit(w)]
        if len(run) > TURNING_RUN or not content or ("ago" in run or all(w in LABEL_WORDS for w in content)):
            continue
        stop, case = codes[2 * len(run) - 2], codes[2 * len(run) - 1]
        # a label, a heading, a date, a sentence of its own; before the text, a heading glued on
        # with no mark before the capital the text opens with (not an acronym's: "Oral HPV")
        if stop == "S" or (at_start and stop in " b" and case == "U"):
            continue
        return True
    return False


def names_swapped(key_a: str, key_b: str, names_a: str, names_b: str) -> bool:
    """Whether a name of one text stands where the other has a name of its own (``names_a``
    and ``names_b``: :func:`names_in` of each text): the same page for another city, the
    same consent text for another company. Exact keys are case-folded, so a name is told
    from its text's case; an edited copy rarely changes one name for another.

    >>> names_swapped("futurecon comes to philadelphia this june", "futurecon comes to orlando this june",
    ...               "futurecon philadelphia", "futurecon orlando")
    True
    >>> names_swapped("futurecon comes to philadelphia this june", "futurecon came to philadelphia this june",
    ...               "futurecon philadelphia", "futurecon philadelphia")
    False

    In code every word is a name: a word changed, added or dropped inside makes another
    program (a type without ``Union``, ``bad-scheme://`` for ``https://``). Only a copy cut
    at its start or end, or with a label before it, is the same code.

    >>> names_swapped("x fetch https a json", "x fetch bad scheme a json", CODE, CODE)
    True
    >>> names_swapped("x fetch https a json then log", "x fetch https a js", CODE, "")
    False
    """
    if CODE in (names_a, names_b):
        return not _cut_code(key_a, key_b)
    if not names_a or not names_b:
        return False
    a, b = key_a.split(), key_b.split()
    lone_a = set(names_a.split()) - set(b)
    lone_b = set(names_b.split()) - set(a)
    if not lone_a or not lone_b:
        return False
    aligner = SequenceMatcher(None, a, b, autojunk=max(len(a), len(b)) > ALIGN_EVERY_WORD_UP_TO)
    return any(op == "replace" and any(w in lone_a for w in a[i1:i2]) and any(w in lone_b for w in b[j1:j2])
               for op, i1, i2, j1, j2 in aligner.get_opcodes())


def _cut_code(key_a: str, key_b: str) -> bool:
    """Whether the shorter key is a run of the longer's words (a cut, a label before) or its
    start cut inside a word."""
    short, long, at = _within(key_a, key_b)
    return at >= 0 or long.startswith(short)


def _cut_inside_a_word(key_a: str, key_b: str) -> bool:
    """Whether the shorter key is the longer one's start, cut inside a word.

    >>> _cut_inside_a_word("flu remedies also con", "flu remedies also contain paracetamol")
    True
    >>> _cut_inside_a_word("flu remedies also", "flu remedies also contain paracetamol")
    False
    """
    short, long = _short_long(key_a, key_b)
    return len(short) < len(long) and long.startswith(short) and long[len(short)] != " " and short[-1:] != " "


def fact_relation(key_a: str, key_b: str, truncated: bool) -> str:
    """How the facts of two exact keys the shingles call copies relate (``truncated``: the
    kernel found one to be a cut copy of the other): :data:`SAME`, :data:`FIRST_IN_SECOND`,
    :data:`SECOND_IN_FIRST` or :data:`DIFFERENT`.

    >>> fact_relation("a dose of 25", "a dose of 250 mg twice a day", True)
    'first-in-second'
    >>> fact_relation("repeat 4 times 8 minutes at tempo", "repeat 3 times 12 minutes at tempo", False)
    'different'
    >>> fact_relation("https example com topic 15", "https example com topic 15 comment 16", True)
    'different'
    >>> rest = " ".join(["rest"] * 60)
    >>> fact_relation(rest + " for 3 weeks", rest + " for 3 days", False)
    'different'
    >>> fact_relation(rest + " 2 litres a day", rest + " 2 liters a day", False)
    'same'
    """
    if key_a != key_b and (_address(key_a) or _address(key_b)):
        return DIFFERENT
    if _qualified_item(key_a, key_b):
        return DIFFERENT
    # A copy cut inside a word ("... cold remedies also con") is a cut copy whatever the
    # shingles call it: near, its one partial word would read as a changed word, and the
    # cut copy could stand for the complete text.
    if truncated or _cut_inside_a_word(key_a, key_b):
        short, long = _short_long(key_a, key_b)
        first_short = len(key_a) <= len(key_b)
        # A number the cut copy lacks must be after the cut, or a section number before it.
        fits = _truncated_numbers_fit(short, long) and _truncated_words_fit(short, long) and \
            (number_relation(short, long) == SAME or not _at_edges(short, long) or _numbered_edge(short, long)) \
            and _one_stretch(short, long) and not statement_turned(short, long, cut=True) \
            and not _units_swapped(number_units(short), number_units(long))
        return DIFFERENT if not fits else (FIRST_IN_SECOND if first_short else SECOND_IN_FIRST)
    numbers = number_relation(key_a, key_b)
    if numbers == DIFFERENT or (numbers != SAME and not _numbered_edge(key_a, key_b)):
        return DIFFERENT  # a number added inside the text or with words of its own
    if numbers == SAME and _units_swapped(number_units(key_a), number_units(key_b)):
        return DIFFERENT  # the same numbers in other units: "400 mcg" / "400 mg", "3 weeks" / "3 days"
    words = word_relation(key_a, key_b)
    if words == DIFFERENT:
        return DIFFERENT
    if numbers == SAME:
        return words
    if words in (SAME, numbers):
        return numbers
    return DIFFERENT  # each holds something the other lacks
