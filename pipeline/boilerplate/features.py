"""Features of a paragraph for the learned boilerplate model.

Three kinds, each a fixed list of named numbers (the model card lists them):

* **line** features, from the cleaned text alone: length and word shape, stopword
  density (in the common European languages), punctuation and sentence ends,
  capitals and digits, URLs, e-mail addresses, phone numbers, addresses, dates,
  prices; plus the rule packs' and structural signals' evidence summed per category;
* **context** features, from the paragraph's page (a text dump's run of lines
  between blank lines, an HTML page, a JSON Lines record): its position, its
  neighbours' shape and their first-stage scores, the densest run of prose on the
  page and where the paragraph lies against it, and how much the page's order
  says at all (in a dump whose lines were shuffled across pages it says nothing,
  and the model learns to stop trusting it);
* **corpus** features: whether its short form is in enough dumps for the
  cross-dump repeat count, and how often it repeats on its own page.

Nothing here names a site, a menu or a phrase of the pages the model was trained on:
the vocabularies are function words, and the evidence comes from the rule packs.
"""
from __future__ import annotations

import math
import operator
import re
import zlib
from collections import Counter
from itertools import chain

import numpy as np

from ..dedup.exact import exact_key
from ..model import Signal
from .rules import GUARD
from .signals import GATE  # the costly patterns below join the rules' one scan: they run only where it says

CATEGORIES = ("cookie", "disclaimer", "navigation", "bio", "byline", "about", "comment", "reference", "share",
              "newsletter", "copyright", "site-chrome", "artefact")

# Function words of the languages most scraped health pages are written in: prose is
# about 40% of these, menus and labels far less.
_FUNCTION_WORDS = {
    "en": """a about after all also an and any are as at be because been before but by can could did do does
          for from had has have he her his how i if in into is it its may me might more most my no not of on
          one or our out should so some such than that the their them then there these they this those to
          up us very was we were what when which while who will with would you your""",
    "de": """aber als am an auch auf aus bei bis da das dass dem den der des die doch du ein eine einem einen
          einer es für hat haben ich ihr im in ist kann mit nach nicht noch nur oder sich sie sind so und
          uns von vor war was wenn wie wir wird zu zum zur über""",
    "fr": """à au aux avec ce ces comme dans de des du elle en est et il ils je la le les leur mais ne nous
          on ou par pas plus pour qui que sa se ses son sont sur un une vous y été être""",
    "es": """a al como con de del el ella en es esta este hay la las le lo los más no o para pero por que
          se sin sobre son su sus también un una y ya""",
    "it": """a al alla anche che con da dei del della di e gli ha il in la le lo ma nel non per più si sono
          su un una è""",
    "nl": """aan als bij dat de die dit door een en er het hij in is je maar met naar niet of om onder op
          ook te tot uit van voor was wat we wordt zijn""",
    "pt": """a ao as com como da das de do dos e ela em entre era é mais mas na não no nos o os ou para pela
          pelo por que se sem ser seu sua são um uma""",
}
FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}

_SENTENCE_END = re.compile(r"[.!?。！？…](?=[\s\"'”’)\]]|$)")
_URL = GATE.add(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|io|co|uk|de|fr|html?|php|aspx?)\b", re.I)
_EMAIL = GATE.add(r"\b[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = GATE.add(r"(?:\+|\b0)\d[\d ().-]{7,}\d|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
_DATE = GATE.add(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
                   r"sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|"
                   r"feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}\b", re.I)
_AGO = GATE.add(r"\b\d+ ?(?:sec|second|min|minute|hour|hr|day|week|month|year)s? ago\b|\b\d+ ?min(?:ute)?s? read\b",
                  re.I)
_CLOCK = GATE.add(r"\b\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\b\.?)?|\b\d{1,2} ?[ap]\.?m\b\.?", re.I)
_YEAR = GATE.add(r"\b(?:19|20)\d{2}\b")
_PRICE = GATE.add(r"[$€£¥₹] ?\d|\d ?[$€£¥₹]|\b\d+[.,]\d{2} ?(?:usd|eur|gbp)\b", re.I)
_ADDRESS = GATE.add(r"\b\d{1,5} \w+(?: \w+)? (?i:st|street|ave|avenue|rd|road|blvd|boulevard|suite|floor|drive|"
                      r"dr|lane|ln|way|court|ct|place|pl|square)\b\.?|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|"
                      r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b")
_BULLET = re.compile(r"^(?:[-*•·●▪►▸‣◦→✓✔]|\d{1,3}[.)] |\(?[a-z]\) )")
_DIGIT_RUN = re.compile(r"\d+")
_SEPARATORS = "|›»«‹·•/–—>"
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»‹›·•–—…“”‘’")

PROSE_WORDS = 20  # a "prose line": at least this many words and a sentence end
WORD_SAMPLE = 60
SHORT_WORDS = 6

SIGNAL_NAMES = ("lone-glyph", "link-list", "short-fragment", "bibliography", "comment-shape", "personal-question",
                "informal-writing", "low-stopword-density", "ui-label", "timestamp-line", "link-arrow",
                "closing-call-to-action")

LINE_FEATURES = (
    "chars_log", "words", "words_log", "mean_word_len", "max_word_len", "capitalised_share", "all_caps_share",
    "digit_share", "punctuation_share", "non_letter_share", "ends_sentence", "ends_colon", "ends_ellipsis",
    "ends_other_punctuation", "sentence_ends", "commas_per_word", "function_words_en", "function_words_best",
    "first_upper", "first_lower", "url", "email", "phone", "date", "time_ago", "clock_time", "years",
    "price", "address", "bullet", "starts_with_digit", "separators", "pipes", "copyright_sign", "question_marks",
    "parentheses", "hash_or_at", "non_ascii_letter_share", "distinct_word_share", "all_title_case", "prose",
    "digit_runs", "quotes", "first_person", "second_person",
    *(f"rules_{c}" for c in CATEGORIES), "rules_guard", "rules_any",
    *(f"signal_{s}" for s in SIGNAL_NAMES),
)
_FIRST_PERSON = frozenset("i me my mine we us our ours i'm i've i'd".split())
_SECOND_PERSON = frozenset("you your yours you're you've you'll".split())


_LANGUAGE_SETS = tuple(FUNCTION_WORDS.values())
_FIRST = operator.itemgetter(0)
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII_DIGITS = b"0123456789"
_ASCII_PUNCTUATION = "".join(c for c in _PUNCTUATION if c.isascii()).encode()
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_DIGIT = re.compile(r"\d")
_PUNCTUATION_CLASS = re.compile("[" + re.escape("".join(sorted(_PUNCTUATION))) + "]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


# ASCII letters to "a", digits to "0", punctuation marks to ".", the rest to " ": one pass
# gives the three classes to count.
_ASCII_CLASSES = bytes(
    ord("a") if c in _ASCII_LETTERS else ord("0") if c in _ASCII_DIGITS else ord(".") if c in _ASCII_PUNCTUATION
    else ord(" ") for c in range(256))


def _character_counts(t: str) -> tuple[int, int, int, int]:
    """Letters, digits, punctuation marks and non-ASCII letters in ``t`` (counted in C:
    a character at a time in Python was most of the features' cost). The ASCII part is
    counted on bytes; the few other characters with the per-character patterns."""
    b = t.encode("ascii", "ignore")
    classes = b.translate(_ASCII_CLASSES)
    counts = (classes.count(b"a"), classes.count(b"0"), classes.count(b"."), 0)
    if len(b) == len(t):
        return counts
    rest = "".join(_NON_ASCII.findall(t))
    letters = len(_LETTER.findall(rest))
    return (counts[0] + letters, counts[1] + len(_DIGIT.findall(rest)),
            counts[2] + len(_PUNCTUATION_CLASS.findall(rest)), letters)


def line_features(text: str, evidence: tuple[Signal, ...] = ()) -> list[float]:
    """The line features of one cleaned paragraph, in :data:`LINE_FEATURES` order;
    ``evidence`` is what the rule packs and structural signals found in it."""
    from .signals import words

    return text_features(text, words(text)) + evidence_features(evidence)


def text_features(t: str, words: list[str]) -> list[float]:
    """The line features that come from the text itself, given its word tokens
    (:func:`pipeline.boilerplate.signals.words`). Run it where the classifier's scan of
    this very string is active (:meth:`BoilerplateClassifier.judge`): the costly
    patterns then run only where the scan found them possible."""
    n = len(t) or 1
    split = t.split()
    n_tokens = len(split)
    # Word shares are taken over the first WORD_SAMPLE words: as telling, and the cost of a
    # paragraph stays bounded however long it is.
    words = words[:WORD_SAMPLE]
    n_words = len(words) or 1
    letters, digits, punctuation, non_ascii_letters = _character_counts(t)
    # Whole-list operations in C (map, filter, set lookups): a Python loop over the words
    # cost more than the rest of the features together.
    capitalised = sum(map(str.isupper, map(_FIRST, words)))
    all_caps = sum(len(w) > 1 for w in filter(str.isupper, words))
    lower = list(map(str.casefold, words))
    function_words = list(filter(_ALL_FUNCTION_WORDS.__contains__, lower))
    # per language, how many of the function words are its own (each word's memberships
    # looked up once, then summed language by language)
    counts = list(map(sum, zip(*map(_LANGUAGE_MEMBERSHIP.__getitem__, function_words)))) or _NO_COUNTS
    lengths = list(map(len, words)) or [0]
    last = t[-1:]
    sentence_ends = len(_SENTENCE_END.findall(t))
    ends_sentence = t.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "。", "！", "？", "…")
    ellipsis = t.endswith("...") or t.endswith("…")
    lower_tokens = list(map(str.casefold, split[:WORD_SAMPLE]))
    has_digit = digits > 0
    return [
        math.log1p(len(t)), n_tokens, math.log1p(n_tokens), sum(lengths) / len(lengths), max(lengths),
        capitalised / n_words, all_caps / n_words, digits / n, punctuation / n, 1 - letters / n,
        float(ends_sentence), float(last == ":"), float(ellipsis),
        float(last in _PUNCTUATION and not ends_sentence and last != ":" and not ellipsis), sentence_ends,
        t.count(",") / n_words, counts[0] / n_words, max(counts) / n_words,
        float(t[:1].isupper()), float(t[:1].islower()),
        float(bool(_URL.search(t))), float("@" in t and bool(_EMAIL.search(t))),
        float(has_digit and bool(_PHONE.search(t))), float(has_digit and bool(_DATE.search(t))),
        float(has_digit and bool(_AGO.search(t))), float(has_digit and bool(_CLOCK.search(t))),
        len(_YEAR.findall(t)) if has_digit else 0, float(has_digit and bool(_PRICE.search(t))),
        float(has_digit and bool(_ADDRESS.search(t))),
        float(bool(_BULLET.search(t))), float(t[:1].isdigit()), sum(t.count(c) for c in _SEPARATORS),
        t.count("|"), float("©" in t or "(c)" in t.lower()), t.count("?"), t.count("("),
        t.count("#") + t.count("@"), non_ascii_letters / (letters or 1),
        len(set(lower)) / n_words, float(bool(words) and capitalised == len(words)),
        float(n_tokens >= PROSE_WORDS and sentence_ends > 0), len(_DIGIT_RUN.findall(t)) if has_digit else 0,
        t.count('"') + t.count("“") + t.count("”"),
        sum(map(_FIRST_PERSON.__contains__, lower_tokens)) / n_words,
        sum(map(_SECOND_PERSON.__contains__, lower_tokens)) / n_words,
    ]


def evidence_features(evidence: tuple[Signal, ...]) -> list[float]:
    """The line features that sum what the rule packs and structural signals found."""
    by_category = dict.fromkeys(CATEGORIES, 0.0)
    guard = 0.0
    signal = dict.fromkeys(SIGNAL_NAMES, 0.0)
    for s in evidence:
        if s.name in signal:
            signal[s.name] += s.weight
        elif s.category == GUARD:
            guard += s.weight
        if s.category in by_category and s.weight > 0:
            by_category[s.category] += s.weight
    return [*(by_category[c] for c in CATEGORIES), guard, float(any(v > 0 for v in by_category.values())),
            *(signal[s] for s in SIGNAL_NAMES)]


_I_WORDS = LINE_FEATURES.index("words")
_I_PROSE = LINE_FEATURES.index("prose")
_I_ENDS = LINE_FEATURES.index("ends_sentence")
_I_FUNCTION = LINE_FEATURES.index("function_words_best")

CONTEXT_FEATURES = (
    "position", "position_from_end", "relative_position", "page_lines_log",
    "prev_words_log", "prev_prose", "prev_ends_sentence", "next_words_log", "next_prose", "next_ends_sentence",
    "prev2_words_log", "next2_words_log", "prose_before", "prose_after", "inside_prose_span",
    "short_run_length", "short_run_position", "page_prose_share", "page_mean_words_log", "page_order_signal",
    "window_prose_share", "window_words_log", "window_function_words", "prose_share_before", "prose_share_after",
    "in_main_block", "main_block_distance", "main_block_share", "repeats_on_page",
    "score", "prev_score", "next_score", "window_score", "page_mean_score", "page_score_rank",
    "in_content_span", "content_span_distance", "content_span_share", "score_order_signal",
    "topic_overlap", "topic_support_log", "window_score_1", "window_score_5", "window_score_10",
    "neighbour_max_score", "neighbour_min_score",
)
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
_ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())
_LANGUAGE_MEMBERSHIP = {w: tuple(w in language for language in _LANGUAGE_SETS) for w in _ALL_FUNCTION_WORDS}
_NO_COUNTS = [0] * len(_LANGUAGE_SETS)


def _topic_words(key: str) -> set[str]:
    """Content words of a paragraph's opening (its first 400 characters: enough to know its subject)."""
    return {w for w in _TOPIC_WORD.findall(key, 0, 400) if w not in _ALL_FUNCTION_WORDS}


def topic_features(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """How much each paragraph shares its content words with the other distinct paragraphs
    of its page: article paragraphs keep returning to their subject, furniture does not.
    (Order plays no part, so this holds in dumps whose lines were shuffled too.)"""
    words_of = {k: _topic_words(k) for k in dict.fromkeys(keys)}
    support = Counter(chain.from_iterable(words_of.values()))
    # per word: whether other paragraphs have it, and log(1 + how many)
    shared = {w for w, n in support.items() if n > 1}
    weight = {w: math.log1p(n - 1) for w, n in support.items()}
    per_key = {k: (len(ws & shared) / len(ws), sum(map(weight.__getitem__, ws)) / len(ws))
               for k, ws in words_of.items() if ws}
    overlap = np.zeros(len(keys), np.float32)
    strength = np.zeros(len(keys), np.float32)
    for i, k in enumerate(keys):
        if k in per_key:
            overlap[i], strength[i] = per_key[k]
    return overlap, strength
_FAR = 50


def _autocorrelation(x: np.ndarray) -> float:
    """Lag-1 autocorrelation: how much each line resembles the next, beyond chance."""
    if x.size < 3:
        return 0.0
    d = x - x.mean()
    v = float((d * d).sum())
    return float((d[:-1] * d[1:]).sum() / v) if v > 0 else 0.0


def _best_span(weights: np.ndarray) -> tuple[int, int]:
    """The contiguous run with the largest sum (Kadane); (0, -1) when no run is positive."""
    best, current, start, span = 0.0, 0.0, 0, (0, -1)
    for i, w in enumerate(weights.tolist()):
        if current <= 0:
            current, start = w, i
        else:
            current += w
        if current > best:
            best, span = current, (start, i)
    return span


def _span_features(n: int, span: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, float]:
    lo, hi = span
    idx = np.arange(n)
    inside = ((idx >= lo) & (idx <= hi)).astype(np.float32)
    if hi < lo:
        return inside, np.full(n, _FAR, np.float32), 0.0
    distance = np.where(idx < lo, -(lo - idx), np.where(idx > hi, idx - hi, 0)).clip(-_FAR, _FAR)
    return inside, distance.astype(np.float32), (hi - lo + 1) / n


def _shift(x: np.ndarray, k: int, fill: float) -> np.ndarray:
    out = np.full_like(x, fill)
    if k > 0:
        out[k:] = x[:-k]
    elif k < 0:
        out[:k] = x[-k:]
    else:
        out[:] = x
    return out


def _window_mean(x: np.ndarray, half: int) -> np.ndarray:
    c = np.concatenate([[0.0], np.cumsum(x, dtype=np.float64)])
    n = x.size
    lo = np.maximum(np.arange(n) - half, 0)
    hi = np.minimum(np.arange(n) + half + 1, n)
    return ((c[hi] - c[lo]) / (hi - lo)).astype(np.float32)


def context_features(lines: np.ndarray, scores: np.ndarray, keys: list[str]) -> np.ndarray:
    """The context features of one page's paragraphs, in order: ``lines`` their line
    features (rows), ``scores`` the first-stage model's log-odds of boilerplate, ``keys``
    their repeat keys (for repeats on the page)."""
    n = lines.shape[0]
    idx = np.arange(n, dtype=np.float32)
    words = np.log1p(lines[:, _I_WORDS])
    prose = lines[:, _I_PROSE]
    ends = lines[:, _I_ENDS]
    function = lines[:, _I_FUNCTION]
    short = (lines[:, _I_WORDS] <= SHORT_WORDS).astype(np.float32)
    # lines since the previous prose line, until the next
    before = np.full(n, _FAR, np.float32)
    after = np.full(n, _FAR, np.float32)
    last = None
    for i in range(n):
        if last is not None:
            before[i] = min(i - last, _FAR)
        if prose[i]:
            last = i
    following = None
    for i in range(n - 1, -1, -1):
        if following is not None:
            after[i] = min(following - i, _FAR)
        if prose[i]:
            following = i
    prose_at = np.flatnonzero(prose > 0)
    inside_prose = np.zeros(n, np.float32)
    if prose_at.size:
        inside_prose[prose_at[0] : prose_at[-1] + 1] = 1
    run_length = np.zeros(n, np.float32)
    run_position = np.zeros(n, np.float32)
    i = 0
    while i < n:
        if short[i]:
            j = i
            while j < n and short[j]:
                j += 1
            run_length[i:j] = j - i
            run_position[i:j] = (np.arange(j - i) / (j - i - 1)) if j - i > 1 else 0.5
            i = j
        else:
            i += 1
    cumulative = np.concatenate([[0.0], np.cumsum(prose)])
    prose_before = (cumulative[:-1] / np.maximum(idx, 1)).astype(np.float32)
    prose_after = ((cumulative[-1] - cumulative[1:]) / np.maximum(n - 1 - idx, 1)).astype(np.float32)
    block_weights = np.where(prose > 0, 1.0, np.where((ends > 0) & (lines[:, _I_WORDS] >= 8), 0.3, -0.4))
    block_in, block_distance, block_share = _span_features(n, _best_span(block_weights))
    repeats = Counter(keys)
    on_page = np.array([math.log(repeats[k]) if k else 0.0 for k in keys], np.float32)
    content = -scores  # log-odds of content
    span_in, span_distance, span_share = _span_features(n, _best_span(content))
    order = np.argsort(np.argsort(scores, kind="stable"), kind="stable")
    overlap, strength = topic_features(keys)
    columns = [
        np.minimum(idx, _FAR), np.minimum(n - 1 - idx, _FAR), idx / max(1, n - 1), np.full(n, math.log1p(n)),
        _shift(words, 1, -1), _shift(prose, 1, -1), _shift(ends, 1, -1),
        _shift(words, -1, -1), _shift(prose, -1, -1), _shift(ends, -1, -1),
        _shift(words, 2, -1), _shift(words, -2, -1), before, after, inside_prose,
        run_length.clip(0, _FAR), run_position, np.full(n, prose.mean()), np.full(n, words.mean()),
        np.full(n, _autocorrelation(short)),
        _window_mean(prose, 5), _window_mean(words, 2), _window_mean(function, 5), prose_before, prose_after,
        block_in, block_distance, np.full(n, block_share), on_page,
        scores, _shift(scores, 1, 0.0), _shift(scores, -1, 0.0), _window_mean(scores, 3),
        np.full(n, scores.mean()), order / max(1, n - 1),
        span_in, span_distance, np.full(n, span_share), np.full(n, _autocorrelation(scores)),
        overlap, strength, _window_mean(scores, 1), _window_mean(scores, 5), _window_mean(scores, 10),
        np.maximum(_shift(scores, 1, -10.0), _shift(scores, -1, -10.0)),
        np.minimum(_shift(scores, 1, 10.0), _shift(scores, -1, 10.0)),
    ]
    return np.stack([np.asarray(c, dtype=np.float32) for c in columns], axis=1)


def short_form(text: str) -> str:
    """The text case-folded with punctuation and spacing collapsed: the dedup stage's exact
    key (one definition, so a line's repeats and n-grams see the form dedup groups by)."""
    return exact_key(text)


NGRAM_TOKENS = 40
_NGRAM_PREFIX = 400


def ngram_hashes(text: str, bits: int, key: str | None = None) -> list[int]:
    """Hashed word unigrams and bigrams of a text's first NGRAM_TOKENS words (case-folded),
    for the linear n-gram model (what a line opens with says most about what it is).
    ``key``, when given, is ``short_form(text)`` already computed."""
    mask = (1 << bits) - 1
    if key is not None:
        # The first NGRAM_TOKENS tokens of the whole short form: what the opening below gives.
        tokens = key.split(None, NGRAM_TOKENS)[:NGRAM_TOKENS]
    else:
        # The opening is enough when it holds more than NGRAM_TOKENS tokens (the last of them
        # complete): a long paragraph is not case-folded and split whole.
        tokens = short_form(text[:_NGRAM_PREFIX]).split()
        if len(tokens) <= NGRAM_TOKENS and len(text) > _NGRAM_PREFIX:
            tokens = short_form(text).split()
        tokens = tokens[:NGRAM_TOKENS]
    grams = tokens + [a + " " + b for a, b in zip(tokens, tokens[1:])]
    if tokens:
        # The words a line opens and ends with, as features of their own: "Shop ...",
        # "Get ...", "Compare ...", "... lol" say more there than anywhere in the line. On
        # the page model's out-of-fold scores they raised the recall at the content budgets,
        # averaged over the realweb views, from 0.264 to 0.283 (docs/model-card.md).
        grams += ["^" + tokens[0], "$" + tokens[-1]]
        if len(tokens) > 1:
            grams.append("^" + tokens[0] + " " + tokens[1])
    if len(tokens) <= 3:  # a whole short line is its own feature: labels and buttons
        grams.append("=" + " ".join(tokens))
    return [zlib.crc32(g.encode("utf-8", "surrogatepass")) & mask for g in grams]
