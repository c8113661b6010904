"""Inline artefacts that scrapers glue into article text.

Each cleaner is a small pure function that removes one kind of artefact and
leaves real tokens alone (``C5–C6``, ``B6``, ``type 2``, ``3 × 15``, ``200 mg``).
Spacing is tidied by :func:`pipeline.normalise.unicode.collapse_spaces` afterwards.
"""
from __future__ import annotations

import re

# Footnote numbers never start with 0 ("of.08" is a decimal that lost its space).
_CITATION = re.compile(
    r"\s*\[(?:[1-9]\d{0,2}(?:\s*[,–—-]\s*[1-9]\d{0,2})*|(?-i:[a-z])|citation needed|note \d+|nb \d+"
    r"|clarification needed)\]",
    re.IGNORECASE,
)
# A bracketed range right after a measured value is its reference range ("180 µmol/L [45–90]").
_RANGE = re.compile(r"\d\s*[–—-]\s*\d")
_MEASURED_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s*(?:[^\s\d\[\]]{1,10})?\s*$")
# Footnote numbers: one, or a list or range of them (3,4  3–5).
_NOTES = r"[1-9]\d{0,2}(?:[,–-][1-9]\d{0,2})*"
# Footnote digits glued to a word ending in three lower-case letters (numbness14, flu7,
# Africa3); names that end in digits are in keep_glued_digits (her2, brca1), and a token of
# a web address, file name, handle or hashtag keeps its digits (nhs111.wales, asthma3.pdf,
# @drsmith42) ...
_GLUED_TO_WORD = re.compile(r"(?<![\w./@#-])([A-Za-z]*[a-z]{3})([1-9]\d{0,2})(?=[\s!?)\]”’\"']|[,.;:](?=\s|$)|$)")
# ... or to the comma, full stop or semicolon after one (own,3  dangerous.4  sugar.3,4); a
# colon introduces a value (Dose:5 mL), never a footnote.
_GLUED_TO_PUNCT = re.compile(rf"\b([A-Za-z]*[a-z]{{3}})([,.;])({_NOTES})(?=\s|$)")
_DIGIT = re.compile(r"\d")
# ... or, at the very end of a paragraph, to the full stop after a two-letter word (skip it.3).
_GLUED_AT_END = re.compile(r"\b([a-z]{2})([.!?])([1-9]\d{0,2})$")
_EDGE_GLYPHS = "×✕✖✗"
# A close-button glyph at an edge; a multiplication sign beside a number stays (1000 ×, × 2 tablets).
_EDGE_GLYPH = re.compile(r"^[×✕✖✗]\s+(?!\d)|(?<!\d)\s+[×✕✖✗]$")
_NEXT_WORD = re.compile(r"\s*([^\s,.;:!?)\]]*)")
# Back-links sit at the very end: only the tail is searched (an end-anchored
# pattern would otherwise be tried at every position of the paragraph).
_TAIL = 80


def _quantity_follows(text: str, at: int, quantity_words: frozenset[str]) -> bool:
    """Whether the word from ``at`` makes the number before it a quantity: a unit or a
    counted noun of ``quantity_words`` (``5 mL``, ``4 times``), ``%`` or a multiplication
    sign (``[4–11] × 10⁹/L``). A capitalised word starts a sentence: ``dose.3 Children``
    holds a footnote, ``3 mL`` and ``3 IU`` amounts.

    >>> words = frozenset({"ml", "days"})
    >>> _quantity_follows("Dose:5 mL a day", 6, words), _quantity_follows("own,3 and", 5, words)
    (True, False)
    >>> _quantity_follows("problems.2 Days later", 10, words)
    False
    """
    word = _NEXT_WORD.match(text, at).group(1)
    if not word or (word[:1].isupper() and word[1:].islower()):
        return False
    word = word.lower()
    return word in quantity_words or word[0] in "×%" or word in ("x", "x10")


def strip_citation_marks(text: str, quantity_words: frozenset[str] = frozenset()) -> str:
    """Remove bracketed citation marks such as ``[12]``, ``[12][13]``, ``[3–5]``.

    A bracket that holds a number of the text stays: one followed by a unit (``[10] mg``,
    ``[4–11] × 10⁹/L``), and a range right after a measured value (a reference range). So do
    a year (``[2019]``) and a capital letter (``blood group [O]``).

    >>> strip_citation_marks("of the back.[4] Pain is worse.[48][54] See [a].")
    'of the back. Pain is worse. See.'
    >>> strip_citation_marks("dose [mg/kg] stays")
    'dose [mg/kg] stays'
    >>> strip_citation_marks("creatinine 180 µmol/L [45–90] and [10] mg, group [O], in [2019].[3]",
    ...                      frozenset({"mg"}))
    'creatinine 180 µmol/L [45–90] and [10] mg, group [O], in [2019].'
    """
    if "[" not in text:
        return text

    def mark(m: re.Match) -> str:
        if _quantity_follows(text, m.end(), quantity_words) or (
                _RANGE.search(m.group(0)) and _MEASURED_BEFORE.search(text, 0, m.start())):
            return m.group(0)
        return ""

    return _CITATION.sub(mark, text)


def strip_glued_footnotes(text: str, keep_words: frozenset[str] = frozenset(),
                          quantity_words: frozenset[str] = frozenset()) -> str:
    """Remove footnote digits glued to a word or to its trailing punctuation.

    A word keeps its digits when it is in ``keep_words`` (``covid19``, ``her``, ``brca``), when
    it does not end in three lower-case letters (``B6``, ``L4``, ``R17``), when the digits do
    not end the token (``hba1c``, ``asthma3.pdf``), or when a unit or counted noun of
    ``quantity_words`` follows (``approx.30 seconds``). After a full stop, digits before a
    lower-case word are not a footnote (``max.4 times``).

    >>> strip_glued_footnotes("true numbness14 around, unreliable,1 because dangerous.4 Most")
    'true numbness around, unreliable, because dangerous. Most'
    >>> strip_glued_footnotes("so don't skip it.3"), strip_glued_footnotes("see Fig.3 and version 2.3")
    ("so don't skip it.", 'see Fig.3 and version 2.3')
    >>> strip_glued_footnotes("C5–C6, B6, L4-L5, type 2, 3 × 15, 200 mg, T-score of -2.5, hba1c")
    'C5–C6, B6, L4-L5, type 2, 3 × 15, 200 mg, T-score of -2.5, hba1c'
    >>> strip_glued_footnotes("covid19 and stage2", frozenset({"covid19", "stage"}))
    'covid19 and stage2'
    >>> strip_glued_footnotes("Dose:5 mL, max.4 times, dose,4 mg, her2 and www.nhs111.wales",
    ...                       frozenset({"her"}), frozenset({"mg"}))
    'Dose:5 mL, max.4 times, dose,4 mg, her2 and www.nhs111.wales'
    >>> strip_glued_footnotes("flu7 in Africa3 and sugar.3,4 Most, nausea,3,4 and flu.8 – so")
    'flu in Africa and sugar. Most, nausea, and flu. – so'
    """

    def word(m: re.Match) -> str:
        letters, digits = m.group(1).lower(), m.group(2)
        if (letters + digits) in keep_words or letters in keep_words or _quantity_follows(
                text, m.end(), quantity_words):
            return m.group(0)
        return m.group(1)

    def punct(m: re.Match) -> str:
        if m.group(1).lower() in keep_words or _quantity_follows(text, m.end(), quantity_words):
            return m.group(0)
        if m.group(2) == ".":
            # "max.4 times": an abbreviation's number goes on in lower case; a new sentence,
            # a dash or a quote after the digits means a footnote
            following = _NEXT_WORD.match(text, m.end()).group(1)
            if following[:1].islower():
                return m.group(0)
        return m.group(1) + m.group(2)

    if not _glued_hint(text):
        return text
    text = _GLUED_TO_WORD.sub(word, text)
    return _GLUED_AT_END.sub(r"\1\2", _GLUED_TO_PUNCT.sub(punct, text))


_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Superscript footnote numbers (¹, ²³, ¹,²) after a lower-case word of three letters or
# more, or after closing punctuation; units such as m² and cm³ follow shorter tokens.
_SUPERSCRIPT_MARK = re.compile(
    rf"(?:(?<=[a-z]{{3}})|(?<=[.,;:!?)\]”’\"']))[{_SUPERSCRIPT_DIGITS}]+(?:[,‚][{_SUPERSCRIPT_DIGITS}]+)*"
    r"(?=[\s.,;:!?)\]”’\"']|$)"
)


def strip_superscript_footnotes(text: str) -> str:
    """Remove superscript footnote numbers glued to a word or to its punctuation.

    >>> strip_superscript_footnotes("respecting my load.¹ Rest helps²³, and swelling¹,² goes.")
    'respecting my load. Rest helps, and swelling goes.'
    >>> strip_superscript_footnotes("a BMI of 30 kg/m² or 2 cm³ of fluid")
    'a BMI of 30 kg/m² or 2 cm³ of fluid'
    """
    if text.isascii() or not any(ch in text for ch in _SUPERSCRIPT_DIGITS):
        return text
    return _SUPERSCRIPT_MARK.sub("", text)


def _glued_hint(text: str) -> bool:
    """Whether a digit follows a lower-case ASCII letter, maybe with one mark between.

    Searching for the digits first is much faster than trying a letter pattern
    at every position, as most characters are letters and few are digits.

    >>> _glued_hint("numbness14"), _glued_hint("own,3"), _glued_hint("B6 and 3 sets")
    (True, True, False)
    """
    for m in _DIGIT.finditer(text):
        i = m.start()
        before = text[i - 1 : i]
        if "a" <= before <= "z" or (before in ",.;:" and before and "a" <= text[i - 2 : i - 1] <= "z"):
            return True
    return False


def strip_trailing_backlinks(text: str, pattern: re.Pattern) -> str:
    """Remove footnote back-links at the end of a paragraph.

    >>> strip_trailing_backlinks("as noted. BACK TO TEXT", re.compile(r"\\s*BACK TO TEXT$"))
    'as noted.'
    """
    if len(text) <= _TAIL:
        return pattern.sub("", text)
    head, tail = text[:-_TAIL], text[-_TAIL:]
    cut = pattern.sub("", tail)
    return text if cut == tail else head + cut


def strip_leading_bullets(text: str, pattern: re.Pattern) -> str:
    """Remove list bullets at the start of a paragraph.

    >>> strip_leading_bullets("• Sciatica. Inflammation.", re.compile(r"^[•]\\s*"))
    'Sciatica. Inflammation.'
    """
    return pattern.sub("", text)


def strip_edge_glyphs(text: str) -> str:
    """Remove a close-button glyph stuck to the start or end of a paragraph.

    A multiplication sign inside a sentence stays.

    >>> strip_edge_glyphs("× We use cookies.")
    'We use cookies.'
    >>> strip_edge_glyphs("Do 3 × 15 reps.")
    'Do 3 × 15 reps.'
    """
    if text and (text[0] in _EDGE_GLYPHS or text[-1] in _EDGE_GLYPHS):
        return _EDGE_GLYPH.sub("", text)
    return text
