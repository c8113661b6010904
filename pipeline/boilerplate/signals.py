"""Structural signals: the shape of site text, independent of its wording.

Each function looks at one property of a paragraph and returns the evidence it
found as :class:`~pipeline.model.Signal` records, weighted from the
``[boilerplate.signals.*]`` config tables.
"""
from __future__ import annotations

import operator
import re
from itertools import compress

from ..model import Signal
from .multiscan import PatternGate

# Signal regexes are scanned together with the rules (see multiscan.PatternGate).
GATE = PatternGate()

# Common English function words: prose is ~40% these, lists and titles far less.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    may might must also can't don't it's i'm you're""".split()
)

_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_FIRST = operator.itemgetter(0)
_HAS_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')\]]*)(?=\s|$)")
_TERMINAL_CHARS = frozenset(".!?…:;\"”’')]")


def ends_like_sentence(text: str) -> bool:
    """Whether the last character (before one final newline, as ``$`` allows) closes a sentence.

    >>> ends_like_sentence("Rest helps."), ends_like_sentence("Rest helps)\\n"), ends_like_sentence("Menu")
    (True, True, False)
    """
    if text.endswith("\n"):
        text = text[:-1]
    return text[-1:] in _TERMINAL_CHARS


class Tokens(list):
    """A paragraph's word tokens, with their lower-cased forms and stopword flags worked out
    once, when first asked for, for the several signals that read them."""

    __slots__ = ("_lowered", "_stop")

    def __init__(self, items=()):
        super().__init__(items)
        self._lowered = self._stop = None

    @property
    def lowered(self) -> list[str]:
        if self._lowered is None:
            self._lowered = list(map(str.lower, self))
        return self._lowered

    @property
    def stop(self) -> list[bool]:
        """Whether each token is a function word (:data:`STOPWORDS`)."""
        if self._stop is None:
            self._stop = list(map(STOPWORDS.__contains__, self.lowered))
        return self._stop


def _tokens(tokens: list[str]) -> Tokens:
    return tokens if isinstance(tokens, Tokens) else Tokens(tokens)


def words(text: str) -> Tokens:
    """Word tokens (letters first, then letters, digits, apostrophes, hyphens).

    >>> words("Don’t stop: 3 sets of L4-L5!")
    ['Don’t', 'stop', 'sets', 'of', 'L4-L5']
    """
    return Tokens(_WORD.findall(text))


def stopword_ratio(tokens: list[str]) -> float:
    """Share of tokens that are function words.

    >>> round(stopword_ratio(["The", "hip", "is", "a", "joint"]), 2)
    0.6
    """
    if not tokens:
        return 0.0
    return sum(_tokens(tokens).stop) / len(tokens)


def lone_glyph(text: str, cfg: dict) -> list[Signal]:
    """A short line with no letter or digit: ``×``, ``»``, ``•``.

    >>> lone_glyph("×", {"category": "artefact", "weight": 1.5, "max_chars": 8})[0].name
    'lone-glyph'
    >>> lone_glyph("3 × 15", {"category": "artefact", "weight": 1.5, "max_chars": 8})
    []
    """
    if len(text) <= int(cfg["max_chars"]) and not _HAS_ALNUM.search(text):
        return [Signal("lone-glyph", cfg["category"], float(cfg["weight"]))]
    return []


def link_list(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """A run of title-case phrases with almost no sentence punctuation.

    >>> cfg = {"category": "navigation", "weight": 1.2, "min_words": 12,
    ...        "min_title_ratio": 0.75, "words_per_sentence_end": 15}
    >>> len(link_list("Hip Stretches for Runners Knee Pain Causes Best Yoga Poses for "
    ...     "Back Pain How to Treat a Groin Strain", words("Hip Stretches for Runners Knee Pain "
    ...     "Causes Best Yoga Poses for Back Pain How to Treat a Groin Strain"), cfg))
    1
    """
    if len(tokens) < int(cfg["min_words"]):
        return []
    # Sentence ends first: they rule out most long paragraphs (prose) at the cost of one scan.
    if len(_SENTENCE_END.findall(text)) > len(tokens) / float(cfg["words_per_sentence_end"]):
        return []
    tokens = _tokens(tokens)
    stop = tokens.stop
    content = len(stop) - sum(stop)
    if not content:
        return []
    # of the words that are not function words, the share that open with a capital
    title = sum(compress(map(str.isupper, map(_FIRST, tokens)), map(operator.not_, stop))) / content
    if title >= float(cfg["min_title_ratio"]):
        return [Signal("link-list-shape", cfg["category"], float(cfg["weight"]))]
    return []


def short_fragment(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """A very short line that does not end like a sentence.

    >>> short_fragment("Manage options", ["Manage", "options"],
    ...     {"category": "site-chrome", "weight": 0.45, "max_words": 6})[0].weight
    0.45
    >>> short_fragment("Rest helps.", ["Rest", "helps"],
    ...     {"category": "site-chrome", "weight": 0.45, "max_words": 6})
    []
    """
    if 0 < len(tokens) <= int(cfg["max_words"]) and not ends_like_sentence(text):
        return [Signal("short-fragment", cfg["category"], float(cfg["weight"]))]
    return []


# One author: "Furlan AD" / "Lin C-W" (initials after) or "Machado, GC" / "Doyle, P." /
# "Morrison, K. L." (initials after a comma); a list is two or more joined by , ; & and.
_AUTHOR = r"(?:[A-Z][a-zA-Z'’-]+(?: [A-Z][a-z'’-]+)? [A-Z]{1,3}(?:-[A-Z])?\b|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?, ?(?:[A-Z]{1,3}\b|(?:[A-Z]\.\s?){1,3}))"
# Anchored at the start (after an optional "^ Jump up to: a b" or list number): a
# reference entry opens with its authors, while prose can hold "Grade I and Grade II".
_AUTHOR_LIST = GATE.add(
    r"^(?:[\^↑]\s*)?(?:jump up to:?\s*(?:[a-z]\s+)*)?(?:\[?\d{1,3}[.\])]?\s+)?"
    + _AUTHOR + r"(?:\s*[,;]?\s*(?:&|and)?\s*" + _AUTHOR + r"){1,}(?: Jr\.?)?(?:,? et al\.?)?",
)
# "(2019)", "(12 March 2019)", and a revision note "(updated 2023)".
_YEAR = GATE.add(
    r"\((?:(?:updated|revised|reviewed|amended) )?(?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?(?:\d{1,2}, )?(?:19|20)\d{2}[a-z]?\)"
)
_VOLUME = GATE.add(
    r"\b\d{1,4}\s*\(\s*\d{1,4}(?:[-–]\d{1,4})?\s*\)\s*:\s*[eE]?\d+"
    r"|\b(?:19|20)\d{2}(?: [A-Z][a-z]{2})?;\s*\d+"
    r"|\b(?:19|20)\d{2}:\s*\d+[–-]\d+"
    r"|\b\d{1,4}:\s*[eE]?\d+[–-]\d+\."
    r"|\b\d{1,4}\s*\(\s*\d{1,4}\s*\),\s*(?:pp?\.\s*)?[eE]?\d+[–-]\d+"
    # MLA and Chicago: "vol. 9, no. 1", "31, no. 4", "pp. 23–31"
    r"|\bvol\. ?\d+|\b\d{1,4}, no\. ?\d+|\bpp\. ?\d+ ?[–-] ?\d+"
)
_IDENTIFIER = GATE.add(
    r"\bdoi:\s*10\.|\bdoi\.org/|\b10\.\d{4,9}/[^\s]+|\bPMID:?\s*\d+|\bPMC\s?\d{5,}|\bPubMed\b"
    r"|\bISBN(?:-1[03])?:?\s*[\dX-]{10,}|\barXiv:\s*\d|\bGoogle Scholar\b|\bCrossRef\b"
    r"|\b(?i:available (?:at|from|online))\s*:?\s*(?:<?https?://|www\.)"
)
_ET_AL = GATE.add(r"\bet al\.")
_RETRIEVED = GATE.add(
    r"\b(?:retrieved|accessed|archived)(?: on| from)?:? (?:\d{1,2} )?[A-Z][a-z]+\.? (?:\d{1,2},? )?\d{4}"
    r"|\b(?:retrieved|accessed) \d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)
_JUMP_UP = GATE.add(r"^(?:\^|↑)\s*(?:jump up|[a-z]\b|\w)", re.IGNORECASE)
# "London: NICE; 2022." / "New York: Springer, 2015." -- place: publisher; year, at a clause end.
_PUBLISHER = GATE.add(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?: [A-Z][\w&.'’ -]{1,60}?[;,] (?:19|20)\d{2}[a-z]?(?=[.;:]|\s*$|\s\()"
)
# MLA and Chicago open with "Surname, Forename." or "Surname, Forename, and
# Forename Surname." -- a shape prose does not start with.
_AUTHOR_NAME = GATE.add(
    r"^[A-Z][a-z’'-]+, [A-Z][a-z’'-]+(?: [A-Z]\.)*(?:,? (?:and|&) [A-Z][a-z’'-]+(?: [A-Z]\.)? [A-Z][a-z’'-]+)*(?:,? et al)?\. "
)
# A quoted Title-Case title ending in its own full stop, then the capitalised
# venue: “Sleep and Recovery in Runners.” Journal ... (quoted speech in prose is
# in sentence case).
_QUOTED_TITLE = GATE.add(
    r"[“\"](?:[A-Z0-9][\w’'-]*[:,]? (?:(?:a|an|the|and|or|of|in|on|for|to|with|at|by|from|vs\.?) )*){1,15}"
    r"[A-Z0-9][\w’'-]*[.?!][”\"] [A-Z]"
)
# A line that is only a link, maybe after a short label ("PubMed: https://...").
_BARE_URL = GATE.add(r"^(?:[\w .’'-]{1,30}:\s*)?<?(?:https?://|www\.)\S+>?$")
# "2. " / "[3] " at the start: a numbered list entry; counts only next to other features.
_NUMBERED = GATE.add(r"^\[?\d{1,3}[.\])]\s+[A-Z]")


def bibliography(text: str, cfg: dict) -> list[Signal]:
    """Features of a reference-list entry; each found adds its own weight.

    >>> cfg = {"category": "reference", "author_list_weight": 0.7, "year_weight": 0.3,
    ...        "volume_weight": 0.4, "identifier_weight": 0.6, "et_al_weight": 0.2,
    ...        "retrieved_weight": 0.5, "jump_up_weight": 1.0}
    >>> ref = "Lee JH, Park SK, Kim T. Core training. Spine. 2019;44(3):112-9. doi:10.1097/x"
    >>> round(sum(s.weight for s in bibliography(ref, cfg)), 2)
    1.7
    >>> bibliography("Premkumar et al present evidence that red flags mislead.", cfg)
    []
    >>> cfg.update(publisher_weight=0.7, numbered_weight=0.3)
    >>> [s.name for s in bibliography("4. World Health Organization. Guidelines on "
    ...     "physical activity. Geneva: WHO; 2020.", cfg)]
    ['bib-publisher-place', 'bib-numbered-entry']
    >>> bibliography("4. Update: In March, 2020, the advice changed.", cfg)
    []
    >>> cfg.update(author_name_weight=0.5, quoted_title_weight=0.3, bare_url_weight=0.5)
    >>> [s.name for s in bibliography('Moss, Ida. “Walking After Surgery.” Rehab Notes, vol. 3, '
    ...     'no. 2, 2019, pp. 4–9.', cfg)]
    ['bib-volume-pages', 'bib-author-name', 'bib-quoted-title']
    >>> [s.name for s in bibliography("Full text: https://example.org/paper/12", cfg)]
    ['bib-bare-url']
    >>> bibliography('“Stop,” she said. “It hurts.” Then she sat down.', cfg)
    []
    """
    cat = cfg["category"]
    found: list[Signal] = []
    for name, regex, key in (
        ("bib-author-list", _AUTHOR_LIST, "author_list_weight"),
        ("bib-year", _YEAR, "year_weight"),
        ("bib-volume-pages", _VOLUME, "volume_weight"),
        ("bib-identifier", _IDENTIFIER, "identifier_weight"),
        ("bib-et-al", _ET_AL, "et_al_weight"),
        ("bib-retrieved", _RETRIEVED, "retrieved_weight"),
        ("bib-jump-up", _JUMP_UP, "jump_up_weight"),
        ("bib-publisher-place", _PUBLISHER, "publisher_weight"),
        ("bib-author-name", _AUTHOR_NAME, "author_name_weight"),
        ("bib-quoted-title", _QUOTED_TITLE, "quoted_title_weight"),
        ("bib-bare-url", _BARE_URL, "bare_url_weight"),
    ):
        if key in cfg and regex.search(text):
            found.append(Signal(name, cat, float(cfg[key])))
    if found and "numbered_weight" in cfg and _NUMBERED.search(text):
        found.append(Signal("bib-numbered-entry", cat, float(cfg["numbered_weight"])))
    return found


# "Yes!" / "Yes," open replies; "Yes." opens the answer in an FAQ, so it is left out.
_OPENER = GATE.add(
    r"^(?:@\w+|hi|hello|hey|hiya|dear|wow|great|awesome|amazing|thanks|thank you|thx|love|loved|"
    r"nice|excellent|brilliant|fantastic|omg|yes(?!\.)|agreed|same here|lol|so true|good (?:article|post|read))\b"
    # a short line that ends by thanking: "This is so useful, thank you!!"
    r"|^.{0,80}\bthank(?:s| you)(?: so much)?\s*[!.]*$",
    re.IGNORECASE,
)
_GREETING_TO_NAME = GATE.add(r"^(?i:hi|hello|hey|hiya|dear|thanks|thank you|thx)\s+[A-Z][a-z]+\s*[,!:—–]")
_THANKS = GATE.add(
    r"\b(?:thanks?|thank you|thx|kudos|appreciate)\b.{0,30}?\b(?:for (?:the|this|your|sharing|posting|"
    r"writing|these)|so much|again|a lot|a ton)\b"
    r"|^(?:this|that|it) (?:is|was) (?:so|really|very|super) (?:helpful|useful|informative|clear)\b"
    r"|\b(?:great|nice|helpful|useful|awesome|wonderful|informative|excellent|fantastic) "
    r"(?:article|post|video|read|info|information|tips|blog|write-?up|content)\b",
    re.IGNORECASE,
)
_ASKS_AUTHOR = GATE.add(
    r"\b(?:would|could|can|should|do) you (?:recommend|suggest|advise|think|know|help)\b"
    r"|\byour (?:response|reply|advice|help|thoughts|input|feedback) (?:would|is|will)\b"
    r"|\bany (?:advice|suggestions|tips|ideas)\s*\?"
    r"|\byou (?:didn['’]t|did not|forgot to|never|failed to) (?:mention|cover|include|talk about|address)\b",
    re.IGNORECASE,
)
_EMOTICON = GATE.add(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<!\w)(?::-?[)(DP]|;-?\)|<3|xD)(?!\w)|\blol\b|\blmao\b|!!|\?\?",
    re.IGNORECASE,
)
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})


def comment_shape(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """Features of a reader comment: reaction opener, thanks to the author, a
    question to "you", emoticons, dense first person.

    >>> cfg = {"category": "comment", "opener_weight": 0.45, "thanks_weight": 0.45,
    ...        "greeting_to_name_weight": 0.6, "asks_author_weight": 0.3, "emoticon_weight": 0.3,
    ...        "first_person_weight": 0.25, "first_person_ratio": 0.06}
    >>> c = "Hi Ann, thanks for the video! My hip hurts and I limp, could you recommend a stretch?"
    >>> sorted(s.name for s in comment_shape(c, words(c), cfg))
    ['comment-asks-author', 'comment-first-person', 'comment-greeting-to-name', 'comment-opener', 'comment-thanks']
    """
    cat = cfg["category"]
    found: list[Signal] = []
    if _OPENER.search(text):
        found.append(Signal("comment-opener", cat, float(cfg["opener_weight"])))
    if _GREETING_TO_NAME.search(text):
        found.append(Signal("comment-greeting-to-name", cat, float(cfg["greeting_to_name_weight"])))
    if _THANKS.search(text):
        found.append(Signal("comment-thanks", cat, float(cfg["thanks_weight"])))
    if _ASKS_AUTHOR.search(text):
        found.append(Signal("comment-asks-author", cat, float(cfg["asks_author_weight"])))
    if _EMOTICON.search(text):
        found.append(Signal("comment-emoticon", cat, float(cfg["emoticon_weight"])))
    if tokens:
        first = sum(map(_FIRST_PERSON.__contains__, _tokens(tokens).lowered))
        if first >= 2 and first / len(tokens) >= float(cfg["first_person_ratio"]):
            found.append(Signal("comment-first-person", cat, float(cfg["first_person_weight"])))
    return found


_PERSONAL_QUESTION = GATE.add(r"\b(?:[Ii]|[Mm]y|me|[Ii]['’](?:m|ve|d))\b[^.?!]{0,80}\?")


def personal_question(text: str, cfg: dict) -> list[Signal]:
    """A question about the writer's own case ("how long before I can run?"):
    readers ask, articles answer. Weak: FAQ headings have the same shape.

    >>> cfg = {"category": "comment", "personal_question_weight": 0.3}
    >>> personal_question("My knee clicks on stairs, is that bad?", cfg)[0].weight
    0.3
    >>> personal_question("Why does your knee click on the stairs?", cfg)
    []
    """
    if _PERSONAL_QUESTION.search(text):
        return [Signal("comment-personal-question", cfg["category"], float(cfg["personal_question_weight"]))]
    return []


_LOWER_START = GATE.add(r"^[a-z]+(?=[\s,.!?;:'’]|$)(?!://)")
_LOWER_I = GATE.add(r"(?<![\w'’.-])i(?=\s|['’](?:m|ve|d|ll)\b)")
# A sentence stop after a letter, then a lower-case letter. (The word before the stop is
# found by walking back from the match: a pattern that starts with the word, ``([^\W\d_]+)``,
# is retried at every letter of a long run of letters, quadratic on a 90k-letter line.)
_LOWER_AFTER_STOP = GATE.add(r"(?<=[^\W\d_])[.!?]\s+[a-z]")
_LETTER = re.compile(r"[^\W\d_]")
# Abbreviations after which prose goes on in lower case.
_ABBREVIATIONS = frozenset(
    "al approx ca cf dr eg etc fig figs hr hrs ie incl min mins mg ml mr mrs ms no nos op pp st vs wk wks".split()
)


def _lower_sentence_start(text: str) -> bool:
    """A sentence that begins in lower case (after a word that is no abbreviation).

    >>> _lower_sentence_start("new chair helped. it went in 3 wks"), _lower_sentence_start("Use ice, e.g. a pack.")
    (True, False)
    """
    done = 0  # where the previous match ended: the next word starts there at the earliest
    for m in _LOWER_AFTER_STOP.finditer(text):
        start = m.start()
        i = start
        while i > done and _LETTER.match(text, i - 1):
            i -= 1
        word = text[i:start]
        if word:
            if len(word) > 1 and word.lower() not in _ABBREVIATIONS and word.islower():
                return True
            done = m.end()
    return False


def informal_writing(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """Casual typing of reader posts: a lower-case first word, sentences that
    start in lower case, a lower-case "i", a long line with no closing
    punctuation. Article text is edited; each feature is weak alone.

    >>> cfg = {"category": "comment", "lowercase_start_weight": 0.4,
    ...        "lowercase_sentence_weight": 0.3, "lowercase_i_weight": 0.3,
    ...        "unpunctuated_weight": 0.3, "unpunctuated_min_words": 10}
    >>> c = "tried this for a week. my back feels looser but i still get twinges in the morning"
    >>> [s.name for s in informal_writing(c, words(c), cfg)]
    ['informal-lowercase-start', 'informal-lowercase-sentence', 'informal-lowercase-i', 'informal-unpunctuated']
    >>> p = "Ice the joint, e.g. with frozen peas, and rest it for a day or two."
    >>> informal_writing(p, words(p), cfg)
    []
    >>> informal_writing("mRNA vaccines are safe.", words("mRNA vaccines are safe."), cfg)
    []
    """
    cat = cfg["category"]
    found: list[Signal] = []
    if _LOWER_START.search(text):
        found.append(Signal("informal-lowercase-start", cat, float(cfg["lowercase_start_weight"])))
    if _lower_sentence_start(text):
        found.append(Signal("informal-lowercase-sentence", cat, float(cfg["lowercase_sentence_weight"])))
    if _LOWER_I.search(text):
        found.append(Signal("informal-lowercase-i", cat, float(cfg["lowercase_i_weight"])))
    if len(tokens) >= int(cfg["unpunctuated_min_words"]) and not ends_like_sentence(text):
        found.append(Signal("informal-unpunctuated", cat, float(cfg["unpunctuated_weight"])))
    return found


def low_stopword_density(tokens: list[str], cfg: dict) -> list[Signal]:
    """Lists of names, titles and keywords have few function words.

    >>> low_stopword_density(words("Hip Knee Ankle Shoulder Neck Back Wrist Elbow"),
    ...     {"weight": 0.3, "min_words": 8, "max_ratio": 0.15})[0].category is None
    True
    """
    if len(tokens) >= int(cfg["min_words"]) and stopword_ratio(tokens) <= float(cfg["max_ratio"]):
        return [Signal("low-stopword-density", None, float(cfg["weight"]))]
    return []


# Interface words: acting on the page, the site, an account or a shop, and the
# things they act on. Words that also name health things or head article
# sections ("back", "rest", "close contact", "collapse", "load", "profile",
# "report", "stock") are left out so that short headings do not match, and so
# are comment controls ("Reply"), which comment-meta names.
_UI_STRONG = frozenset(
    """search translate listen add remove save print email share download subscribe register
    login logout signin signup view hide expand skip reload submit bookmark bookmarks enlarge
    select browse checkout basket cart wishlist sitemap accessibility homepage site website
    webpage page article account password username menu navigation newsletter transcript
    contact continue dismiss us font""".split()
)
# Words that fill such labels but do not make one alone.
_UI_FILL = frozenset(
    """more less all now here full below above top bottom reading text size version mode new
    free next previous home options settings log sign out create go""".split()
)
_NUMBER_UNIT = re.compile(r"\d[\d,.:]*\s*(?:[^\W\d_]{1,4}\b)?")


def ui_label(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """A short line made only of interface words: "Search this site",
    "Add to basket", "Continue reading below", "About us", "Accessibility".
    Numbers and their units ("· 4 min") are ignored; the line must not end
    like a sentence and must hold at least one word that names an action on
    the page or a part of the site.

    >>> cfg = {"category": "site-chrome", "weight": 0.6, "max_words": 4}
    >>> [s.name for s in ui_label("Translate this page", words("Translate this page"), cfg)]
    ['ui-label']
    >>> ui_label("Back", ["Back"], cfg), ui_label("Share the load.", words("Share the load."), cfg)
    ([], [])
    >>> len(ui_label("About us", ["About", "us"], cfg)), ui_label("About US", ["About", "US"], cfg)
    (1, [])
    """
    if not tokens or len(tokens) > 2 * int(cfg["max_words"]) or ends_like_sentence(text):
        return []
    kept = words(_NUMBER_UNIT.sub(" ", text))
    content = [t for t in kept if t.lower() not in STOPWORDS]
    if not content or len(content) > int(cfg["max_words"]):
        return []
    strong = False
    for t in content:
        low = t.lower()
        if low in _UI_STRONG and t != "US":
            strong = True
        elif low not in _UI_FILL:
            return []
    return [Signal("ui-label", cfg["category"], float(cfg["weight"]))] if strong else []


_CLOCK = GATE.add(r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?\b)?|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
_DATE = GATE.add(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b",
    re.IGNORECASE,
)


def timestamp_line(text: str, tokens: list[str], cfg: dict) -> list[Signal]:
    """A short line holding a date and a clock time and little else: the
    header of a post ("maria_k • 3 Jan 2024, 8:15 pm").

    >>> cfg = {"category": "comment", "weight": 0.6, "max_words": 8}
    >>> timestamp_line("hikerjo • 2 May 2023, 7:02 am", words("hikerjo • 2 May 2023, 7:02 am"), cfg)[0].name
    'timestamp-line'
    >>> timestamp_line("Take it at 8:00 am.", words("Take it at 8:00 am."), cfg)
    []
    """
    if len(tokens) <= int(cfg["max_words"]) and _DATE.search(text) and _CLOCK.search(text):
        return [Signal("timestamp-line", cfg["category"], float(cfg["weight"]))]
    return []


# The call to action that closes a promotion: "... this week. Book now",
# "... from $39. Start a visit". "Read more" closes a cut teaser of article
# text, so reading verbs are left out; after a question ("Can't sleep? Try
# this") an imperative is a heading's style, so only . ! … count.
_CLOSING_CTA = GATE.add(
    r"[.!…]\s+(?:book|register|start|shop|buy|order|sign up|subscribe|join|enrol|enroll|donate|"
    r"claim|reserve|apply|download|install|get started|find out|learn|discover|explore)"
    r"\b(?:\s+[\w’'-]+){0,3}\s*[›»→>]?$",
    re.IGNORECASE,
)


def closing_call_to_action(text: str, cfg: dict) -> list[Signal]:
    """Sentences followed by a button label with no punctuation of its own.

    >>> cfg = {"category": "site-chrome", "weight": 0.5}
    >>> closing_call_to_action("Places are going fast. Reserve yours", cfg)[0].weight
    0.5
    >>> closing_call_to_action("Rest it for a day. Then start again.", cfg)
    []
    """
    if _CLOSING_CTA.search(text):
        return [Signal("closing-call-to-action", cfg["category"], float(cfg["weight"]))]
    return []


_LINK_ARROW = GATE.add(r"\s[›»→]$")


def link_arrow(tokens: list[str], text: str, cfg: dict) -> list[Signal]:
    """A short line that ends in a link chevron: a teaser or button ("View
    your results  ›"). Prose never ends in an arrow.

    >>> cfg = {"category": "site-chrome", "weight": 0.5, "max_words": 15}
    >>> link_arrow(words("See all our clinics ›"), "See all our clinics ›", cfg)[0].name
    'link-arrow'
    >>> link_arrow(words("Heat, then ice."), "Heat, then ice.", cfg)
    []
    """
    if 0 < len(tokens) <= int(cfg["max_words"]) and _LINK_ARROW.search(text):
        return [Signal("link-arrow", cfg["category"], float(cfg["weight"]))]
    return []
