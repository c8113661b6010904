"""Judging paragraphs with the learned model (:mod:`.model`), the rule packs as evidence.

For a batch (pages whole, see :mod:`pipeline.steps`):

1. each distinct text once: the rule packs' and structural signals' evidence, the
   line features, the n-gram score, and the line model's score;
2. each page: the context features of its paragraphs, from their line features and
   the line model's scores of their neighbours; then the boundary models' reading of
   where the page's main text starts and ends (:func:`main_text_span`);
3. each paragraph: the page model's score, once as if its short form were in too
   few dumps for the cross-dump repeat count and once as if in enough (the count is
   a corpus step; :class:`~pipeline.steps.Judged` carries both answers).

A paragraph whose probability reaches the threshold of its page's kind (``short_threshold``
for paragraphs of at most ``short_words`` words) is boilerplate; so is one the rules
alone would remove (``decision = "rules"``) when the model gives it at least
``rules_threshold``, or whatever the model says when it holds no letter or digit (the
model learned nothing about such lines: the realweb labels leave them out). Its audit entry
names a category and rule from the rule packs where one fired (the category with
the most weight and its strongest rule), else category ``fallback_category`` and rule
``model``; its ``score`` is the probability and its ``signals`` the rules that fired
followed by the model's three strongest reasons (``model:feature=value(+log-odds)``) and
its page's kind and the threshold that kind gives it (``page:blocks(threshold 0.95)``).

Page kinds: the same probability costs different amounts of content on different pages.
A page of short blocks (menus, cells, labels: a blocks-style dump) is ``blocks``; a page
whose paragraphs average at least ``prose_page_words`` words (a geometric mean: the
``page_mean_words_log`` feature is the mean of log(1 + words)) is ``prose`` when its
line-model scores run in reading order (their lag-1 autocorrelation, the
``score_order_signal`` feature, at least ``ordered_page_signal``) and ``unordered`` when
they do not (a dump whose lines were shuffled across pages: context tells nothing, and
the line alone is a weaker witness). Each kind has its own pair of thresholds
(``threshold``/``short_threshold`` for blocks, ``prose_*``, ``unordered_*``), chosen by
``training/evaluate.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

import numpy as np

from ..model import HTML_OUTSIDE_PROSE, HTML_TABLE_CELL, HTML_TITLE, Signal
from ..steps import EMPTY, Batch, Judged, Outcome, timed_out
from .features import LINE_FEATURES, context_features, evidence_features, ngram_hashes, short_form
from .category import CATEGORY_FEATURES, category_weights, heaviest, load_category_model, rules_category
from .model import BOUNDARY_FEATURES, PAGE_MODEL_FEATURES, SPAN_FEATURES, BoilerplateModel, load_model
from .packs import USER_PACK
from .rules import GUARD

REASONS = 3  # model contributions listed per removal
PAGE_KINDS = ("blocks", "prose", "unordered")
# The thresholds a row is held to are its page kind's (an index of PAGE_KINDS) or, at the HTML
# thresholds, minus its ``html`` code (-1 a block, -2 outside the prose container, -3 a table
# cell in it, -4 the page's title), or, at either, an entry of a directory in it whose threshold
# the directory's raised.
DIRECTORY_KIND = -5
# ... and of an HTML block inside the prose container of a page written in another language.
FOREIGN_KIND = -6
# A page is written in another language than English when the lines of at least
# FOREIGN_LINE_WORDS words whose function words are another language's hold at least
# FOREIGN_PAGE_WORDS words, and twice the words of those whose function words are English's
# (shorter lines' function words tell too little).
FOREIGN_LINE_WORDS = 5
FOREIGN_PAGE_WORDS = 40
# The blocks before a directory's first entry and after its last held as its entries are: the
# first entry's name, the last one's hours (on the realweb pages, F1 the same to four places,
# main text kept +0.0002, must-drop leaked +0.0002; README, HTML pages).
DIRECTORY_MARGIN = 1
# Where SPAN_FEATURES sit among the page model's columns.
SPAN_COLUMNS = slice(PAGE_MODEL_FEATURES.index(SPAN_FEATURES[0]), PAGE_MODEL_FEATURES.index(SPAN_FEATURES[-1]) + 1)
_MEAN_WORDS = PAGE_MODEL_FEATURES.index("page_mean_words_log")
_ORDER = PAGE_MODEL_FEATURES.index("score_order_signal")
_WORDS = PAGE_MODEL_FEATURES.index("words")
_CONTACT = [PAGE_MODEL_FEATURES.index(n) for n in ("phone", "address")]
_HAS_ALNUM = re.compile(r"[^\W_]")
_F_TOKENS, _F_ENDS, _F_EN, _F_BEST = (LINE_FEATURES.index(n) for n in (
    "words", "ends_sentence", "function_words_en", "function_words_best"))
_WORD = re.compile(r"\w+")


def _other_language(features) -> bool:
    """Whether a line's function words are another language's rather than English's (by its
    line features): at least 15% of its words, and twice its share of English ones."""
    return features[_F_BEST] >= max(0.15, 2 * features[_F_EN])


def word_count(text: str) -> int:
    """The words the short-paragraph threshold counts (``short_words``)."""
    return len(_WORD.findall(text))


def at_most_words(text: str, limit: int) -> bool:
    """``word_count(text) <= limit``, reading no further than the word past ``limit`` (most
    paragraphs are long, and only short ones are in question).

    >>> at_most_words("Sign up now", 3), at_most_words("Sign up for our newsletter", 3)
    (True, False)
    """
    return sum(1 for _ in islice(_WORD.finditer(text), limit + 1)) <= limit


def wordless(text: str) -> bool:
    """Whether a text holds no letter or digit (the rules decide such lines alone)."""
    return not _HAS_ALNUM.search(text)


# Letters outside the Latin script (Latin-1, Latin Extended, Vietnamese's Latin Extended Additional).
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")


def unlearned_script(text: str, min_letters: int) -> bool:
    """Whether ``text`` is written mostly in a script other than Latin (Cyrillic, Greek,
    Arabic, Chinese...) and holds at least ``min_letters`` such letters (0: never). The
    realweb pages the model learned from are 99% Latin script: on other scripts its
    features mislead it (Chinese has no spaces, so a sentence reads as a one-word menu item).

    >>> unlearned_script("花粉症は、スギやヒノキなどの花粉が原因で起こるアレルギー症状です。", 20)
    True
    >>> unlearned_script("Главная", 20), unlearned_script("Le médecin prescrit un traitement adapté à l'enfant.", 20)
    (False, False)
    """
    if min_letters <= 0 or text.isascii():
        return False
    foreign = len(_NON_LATIN_LETTER.findall(text))
    return foreign >= min_letters and 2 * foreign >= len(_LETTER.findall(text))


@dataclass
class PageFeatures:
    """What the page model needs for a batch: one row per non-empty paragraph."""

    rows: np.ndarray           # paragraph index in the batch of each row
    matrix: np.ndarray         # PAGE_MODEL_FEATURES, cross_dump_repeat set to 0
    distinct: list[str]        # the distinct texts
    text_row: np.ndarray       # per row: its text's number in ``distinct``
    judgements: list  # per distinct text: the rules' and signals' Judgement


def distinct_texts(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct non-empty texts, each non-empty paragraph's text number, and the
    paragraph index of each non-empty paragraph."""
    number: dict[str, int] = {}
    text_row, rows = [], []
    for i, t in enumerate(texts):
        if t:
            rows.append(i)
            text_row.append(number.setdefault(t, len(number)))
    return list(number), np.asarray(text_row, np.int64), np.asarray(rows, np.int64)


def line_matrix(distinct: list[str], classifier) -> tuple[np.ndarray, list]:
    """LINE_MODEL_FEATURES per distinct text, the n-gram score (last column) left at 0 for
    the caller, and each text's judgement (the rule packs' and signals' evidence)."""
    judgements = []
    line = np.zeros((len(distinct), len(LINE_FEATURES) + 1), np.float32)
    for k, t in enumerate(distinct):
        judgement = classifier.judge(t, with_features=True)
        judgements.append(judgement)
        line[k, :-1] = judgement.text_features + evidence_features(judgement.signals + judgement.rules)
    return line, judgements


def ngram_hash_lists(distinct: list[str], bits: int, keys: list[str] | None = None) -> list[list[int]]:
    """Each distinct text's hashed n-grams (``keys``: their short forms, when known)."""
    if keys is None:
        return [ngram_hashes(t, bits) for t in distinct]
    return [ngram_hashes(t, bits, k) for t, k in zip(distinct, keys)]


def page_matrix(batch: Batch, rows: np.ndarray, text_row: np.ndarray, distinct: list[str], line: np.ndarray,
                scores: np.ndarray, keys: list[str] | None = None) -> np.ndarray:
    """PAGE_MODEL_FEATURES for the non-empty paragraphs ``rows`` of a batch (pages whole),
    given each distinct text's line features and line-model score (and its short form,
    when known); the main-text span (:func:`main_text_span`) and the cross-dump repeat
    feature are left at 0."""
    per_row_line = line[text_row] if rows.size else np.empty((0, line.shape[1]), np.float32)
    per_row_score = scores[text_row] if rows.size else np.empty(0)
    context = np.empty((rows.size, len(BOUNDARY_FEATURES) - line.shape[1]), np.float32)
    page = np.asarray(batch.page, np.int64)[rows] if rows.size else np.empty(0, np.int64)
    if keys is None:
        keys = [short_form(t) for t in distinct]
    for start, stop in page_runs(page):
        context[start:stop] = context_features(per_row_line[start:stop, :-1], per_row_score[start:stop],
                                               [keys[k] for k in text_row[start:stop].tolist()])
    return np.hstack([per_row_line, context, np.zeros((rows.size, len(SPAN_FEATURES) + 1), np.float32)])


def page_runs(page: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of each run of rows with the same page number."""
    if page.size == 0:
        return []
    starts = np.flatnonzero(np.r_[True, page[1:] != page[:-1]])
    return list(zip(starts.tolist(), np.r_[starts[1:], page.size].tolist()))


def main_text_span(start: np.ndarray, end: np.ndarray, page: np.ndarray) -> np.ndarray:
    """SPAN_FEATURES per row from the boundary models' log-odds that each row is the first
    (``start``) and the last (``end``) paragraph of its page's main text (``page``: each
    row's page number, a page's rows together and in order). Over a page, the scores are
    read as one choice of its first paragraph (a softmax): the main text starts below a
    row with the summed probability of the rows after it, and ended above it with that of
    the rows before. Headings and short lines at the main text's edges, which look like
    furniture one by one, sit inside a span that the prose around them makes likely.

    >>> main_text_span(np.array([-5.0, 5.0, 0.0, -5.0]), np.array([-5.0, -5.0, 5.0, -5.0]),
    ...                np.zeros(4, np.int64)).round(2)[:, 0]
    array([1.  , 0.01, 0.  , 0.  ], dtype=float32)
    """
    out = np.zeros((page.size, len(SPAN_FEATURES)), np.float32)
    start, end = start.astype(np.float64), end.astype(np.float64)
    for a, b in page_runs(page):
        first, last = (np.exp(s[a:b] - s[a:b].max()) for s in (start, end))
        first, last = first / first.sum(), last / last.sum()
        below = np.cumsum(first[::-1])[::-1]
        out[a:b, 0] = np.r_[below[1:], 0.0]
        out[a:b, 1] = np.r_[0.0, np.cumsum(last)[:-1]]
    out[:, 2] = np.minimum(1.0, out[:, 0] + out[:, 1])
    return out


def _log_odds(p: float) -> float:
    if p <= 0:
        return -np.inf
    if p >= 1:
        return np.inf
    return float(np.log(p / (1 - p)))


# Why the rules' verdict stands on a line the model holds below its threshold.
RULES_DECIDE = (
    "the model gives at least {rules_threshold}",
    "a rule of the user's own",
    "no letter or digit, which the model did not learn",
)


class Decisions(NamedTuple):
    """What :meth:`LearnedJudge.decide` worked out for each row, by variant (columns)."""

    scores: np.ndarray         # the page model's log-odds
    removed: np.ndarray        # removed (by the model, or by the rules where they stand)
    kinds: np.ndarray          # the thresholds held to: a PAGE_KINDS index, -1 html, -2 html outside prose
    row_short: np.ndarray      # per row: at most short_words words (the short thresholds)
    has_short: np.ndarray      # per row: short enough to be counted across dumps
    leaves: np.ndarray         # per row: the page model's leaves (repeat feature 0)
    repeated_leaves: np.ndarray  # per row with has_short: the leaves with the repeat feature set
    rules_why: np.ndarray      # per row and variant: why the rules removed it below its threshold
                               # (an index of RULES_DECIDE; -1 where the model decided or kept it)
    directory: np.ndarray      # per row: an entry of a directory (the rules stand from its threshold)


class LearnedJudge:
    """The model and the rule packs, compiled once per process."""

    def __init__(self, config: dict, classifier):
        section = config["boilerplate"]
        settings = section.get("model", {})
        self.model: BoilerplateModel = load_model(settings.get("path") or None)
        threshold = settings.get("threshold")
        self.threshold = float(self.model.meta["threshold"] if threshold is None else threshold)
        # Paragraphs of at most short_words words (menu items, labels, but also table cells,
        # list items and headings of the content) are held to their own threshold.
        self.short_words = int(settings.get("short_words", 0))
        self.short_threshold = float(settings.get("short_threshold", self.threshold))
        # (threshold, short threshold) per page kind, in PAGE_KINDS order
        self.kind_thresholds = [(self.threshold, self.short_threshold)] + [
            (float(settings.get(f"{kind}_threshold", self.threshold)),
             float(settings.get(f"{kind}_short_threshold", self.short_threshold))) for kind in PAGE_KINDS[1:]]
        self.kind_cuts = np.array([[_log_odds(t) for t in pair] for pair in self.kind_thresholds])
        self.prose_words_log = float(np.log1p(float(settings.get("prose_page_words", np.inf))))
        self.ordered_signal = float(settings.get("ordered_page_signal", 0.0))
        # Blocks of HTML pages (the chrome pass has run, the page is whole and in order) have
        # thresholds of their own, chosen on the realweb pages (bench/html_realweb.py).
        self.html_threshold = float(settings.get("html_threshold", self.threshold))
        self.html_short_threshold = float(settings.get("html_short_threshold", self.short_threshold))
        self.html_cut, self.html_short_cut = _log_odds(self.html_threshold), _log_odds(self.html_short_threshold)
        # Blocks outside the element holding the page's prose (the site's furniture, mostly).
        self.outside_threshold = float(settings.get("html_outside_prose_threshold", self.html_threshold))
        self.outside_cut = _log_odds(self.outside_threshold)
        # Cells of a table inside that element (the article's own data: doses, rankings).
        self.table_threshold = float(settings.get("html_table_threshold", self.html_threshold))
        self.table_cut = _log_odds(self.table_threshold)
        # The page's title (its first <h1>): what the article is about.
        self.title_threshold = float(settings.get("html_title_threshold", self.html_threshold))
        self.title_cut = _log_odds(self.title_threshold)
        # Blocks inside that element on a page written in another language than English (the
        # model learned English pages: the words of another read to it as a footer's).
        self.foreign_page_threshold = float(settings.get("html_foreign_page_threshold", self.html_threshold))
        self.foreign_page_cut = _log_odds(self.foreign_page_threshold)
        # Entries of a directory inside that element (clinics, pharmacies: blocks with a phone
        # number or a street address, on a page with several such different blocks there).
        self.directory_entries = int(settings.get("html_directory_min_entries", 0))
        self.directory_threshold = float(settings.get("html_directory_threshold", self.html_threshold))
        self.directory_cut = _log_odds(self.directory_threshold)
        # A page whose prose container the HTML thresholds would take this share of keeps the
        # dump thresholds (0: never).
        self.container_share = float(settings.get("html_container_share", 0.0))
        # A verdict of the rules alone stands when the model gives at least this probability.
        self.rules_threshold = float(settings.get("rules_threshold", 1.0))
        self.rules_cut = _log_odds(self.rules_threshold)
        self.fallback = str(settings.get("fallback_category", "site-chrome"))
        # Text mostly in a script the model did not learn, with at least this many such
        # letters, is removed only where a pattern rule names a category (0: off).
        self.unlearned_letters = int(settings.get("unlearned_script_min_letters", 0))
        self.foreign_words = int(settings.get("unlearned_language_min_words", 0))
        self.user_rules = frozenset(r["name"] for r in section.get("rules", []) if r.get("pack") == USER_PACK)
        # Guards of the packs whose lines the model never removes (a crisis line).
        self.keep_guards = frozenset(settings.get("keep_guards", ()))
        self.categories = load_category_model(self.model.folder)
        self.classifier = classifier
        self._repeat = PAGE_MODEL_FEATURES.index("cross_dump_repeat")

    def features(self, batch: Batch) -> PageFeatures:
        distinct, text_row, rows = distinct_texts(batch["text"])
        line, judgements = line_matrix(distinct, self.classifier)
        # for the n-grams and the page's repeats and topics (a short text's repeat key is this form)
        keys = [short_form(t) if j.short_key is None else j.short_key for t, j in zip(distinct, judgements)]
        line[:, -1] = [self.model.ngram_score(h) for h in ngram_hash_lists(distinct, self.model.ngram_bits, keys)]
        scores = self.model.line_scores(line)
        matrix = page_matrix(batch, rows, text_row, distinct, line, scores, keys)
        start, end = self.model.boundary_scores(matrix[:, :len(BOUNDARY_FEATURES)])
        matrix[:, SPAN_COLUMNS] = main_text_span(start, end, np.asarray(batch.page, np.int64)[rows])
        return PageFeatures(rows, matrix, distinct, text_row, judgements)

    def decide(self, batch: Batch, f: PageFeatures) -> Decisions:
        """Per row of ``f`` (the batch's features) and variant (too few dumps for the repeat
        count, enough): the page model's log-odds, whether it is removed, and the thresholds
        it was held to (its page kind, or -1 / -2 for an HTML page's, outside its prose
        container)."""
        c = self.classifier
        short = [j.short_key for j in f.judgements]  # the repeat key the rules pass worked out
        repeats = [self.classifier.repeat_dumps if short[k] is not None else 1 for k in range(len(f.distinct))]
        # per text: would the rules alone remove it (too few dumps for the repeat count, enough)
        rules = np.array([[c.decision(t, 1, j)[0], c.decision(t, n, j)[0]] if j.timeout is None else [False, False]
                          for t, n, j in zip(f.distinct, repeats, f.judgements)], bool).reshape(-1, 2)
        scores = np.empty((f.rows.size, 2))
        # the leaves each row reaches: its score, and its reasons should it be removed
        scores[:, 0], leaves = self.model.page_predict(f.matrix)
        scores[:, 1] = scores[:, 0]
        has_short = np.array([short[k] is not None for k in f.text_row.tolist()], bool)
        repeated_leaves = leaves[:0]  # the short rows' leaves with the repeat feature set
        if has_short.any():
            x = f.matrix[has_short].copy()
            x[:, self._repeat] = 1
            scores[has_short, 1], repeated_leaves = self.model.page_predict(x)
        by_rules = rules[f.text_row] if f.rows.size else np.zeros((0, 2), bool)
        # A line with no letter or digit (glyphs, arrows) is outside what the model learned
        # from (the realweb labels leave such lines out): there the rules decide alone.
        no_words = np.array([wordless(t) for t in f.distinct], bool)
        no_words = no_words[f.text_row][:, None] if f.rows.size else np.zeros((0, 1), bool)
        short_text = np.array([at_most_words(t, self.short_words) for t in f.distinct], bool)
        kinds = np.repeat(self.page_kinds(f.matrix)[:, None], 2, axis=1)  # per row and variant
        row_short = short_text[f.text_row] if f.rows.size else np.zeros(0, bool)
        cuts = self.kind_cuts[kinds[:, 0], row_short.astype(np.int64)][:, None]
        # A rule the user added, firing with a decisive weight, stands whatever the model says:
        # the model never learned it, and the user asked for it.
        by_user = np.array([self.user_decides(j) for j in f.judgements], bool)
        by_user = by_user[f.text_row][:, None] if f.rows.size else np.zeros((0, 1), bool)
        stands = np.ones((f.rows.size, 1), bool)  # whether the rules' verdict may stand at its score
        directory = np.zeros(f.rows.size, bool)
        if "html" in batch and f.rows.size:
            codes = np.asarray(batch["html"], np.int64)[f.rows]
            html, outside = codes > 0, codes == HTML_OUTSIDE_PROSE
            page = np.asarray(batch.page, np.int64)[f.rows]
            # Entries of a directory in the prose container are held to at least a threshold of
            # their own at either thresholds (HTML or, should the page fall back, its kind's); the
            # rules' verdict on one stands only from there (or when the user's own rule decides).
            # Only a threshold it raises is the directory's (the audit names the one that held).
            directory = self.directory(f, page, html & ~outside)
            raised = directory[:, None] & (cuts < self.directory_cut)
            cuts = np.where(raised, self.directory_cut, cuts)
            kinds[np.broadcast_to(raised, kinds.shape)] = DIRECTORY_KIND
            stands = ~directory[:, None] | (scores >= self.directory_cut)
            # The page's title is removed only from its own threshold, by the rules too: a long
            # title-cased headline reads as a list of links to them.
            stands &= (codes != HTML_TITLE)[:, None] | (scores >= self.title_cut)
        rules_stand = by_rules & (((scores >= self.rules_cut) | no_words) & stands | by_user)
        by_model = scores >= cuts
        removed = by_model | rules_stand
        if "html" in batch and f.rows.size:
            html_cuts = cuts.copy()
            html_cuts[html, 0] = np.where(short_text, self.html_short_cut, self.html_cut)[f.text_row][html]
            html_cuts[outside, 0] = np.minimum(html_cuts[outside, 0], self.outside_cut)
            table = codes == HTML_TABLE_CELL
            html_cuts[table, 0] = np.maximum(html_cuts[table, 0], self.table_cut)
            title = codes == HTML_TITLE
            html_cuts[title, 0] = np.maximum(html_cuts[title, 0], self.title_cut)
            foreign = self.foreign_pages(f, page) & html & ~outside & (html_cuts[:, 0] < self.foreign_page_cut)
            html_cuts[foreign, 0] = self.foreign_page_cut
            raised_html = directory & (html_cuts[:, 0] < self.directory_cut)
            html_cuts[raised_html, 0] = self.directory_cut
            model_html = scores >= html_cuts
            at_html = model_html | rules_stand
            # An HTML page the lower thresholds would empty keeps the dump thresholds: a page
            # with nothing left is more likely a page the model misreads than all furniture.
            # So does a page they would take (nearly) all of its prose container from: the
            # container holds most of the page's prose, and a model that reads it all as
            # furniture more likely misreads the page. Each variant (the paragraph seen in too
            # few dumps, in enough) on its own: with the repeat count a page's every block may
            # score higher than without it.
            words = f.matrix[:, _WORDS]
            for p in np.unique(page[html]).tolist():
                at = page == p
                inside = at & html & ~outside if outside[at].any() else None
                for v in (0, 1):
                    if at_html[at, v].all() or (inside is not None and self._takes_container(
                            words[inside], at_html[inside, v])):
                        continue
                    removed[at, v] = at_html[at, v]
                    by_model[at, v] = model_html[at, v]
                    kinds[at, v] = np.where(raised_html[at], DIRECTORY_KIND,
                                            np.where(foreign[at], FOREIGN_KIND, -np.maximum(codes[at], 1)))
        unlearned = self.unlearned(f.distinct, f.judgements)
        if unlearned.any() and f.rows.size:
            removed[unlearned[f.text_row]] = False
        # A guard of the user's own, firing with a decisive weight, keeps the line whatever the
        # model says, as the user's decisive rules remove it: the model never learned that guard.
        guarded = np.array([self.user_guards(j) or self.kept_by_guard(j) for j in f.judgements], bool)
        if guarded.any() and f.rows.size:
            removed[guarded[f.text_row]] = False
        # Why the rules removed a line the model held below its threshold (the audit says so):
        # the model gives at least rules_threshold, the user's own rule, or a line with no words.
        rules_only = removed & ~by_model
        rules_why = np.full(removed.shape, -1, np.int8)
        rules_why[rules_only & np.broadcast_to(no_words, removed.shape)] = 2
        rules_why[rules_only & np.broadcast_to(by_user, removed.shape)] = 1
        rules_why[rules_only & (scores >= self.rules_cut)] = 0
        return Decisions(scores, removed, kinds, row_short, has_short, leaves, repeated_leaves, rules_why, directory)

    def judge(self, batch: Batch) -> list[Judged]:
        c = self.classifier
        f = self.features(batch)
        short = [j.short_key for j in f.judgements]  # the repeat key the rules pass worked out
        scores, removed, kinds, row_short, has_short, leaves, repeated_leaves, rules_why, _ = self.decide(batch, f)
        reasons = self._all_reasons(f, removed, has_short, leaves, repeated_leaves)
        categories = self._categories(f, removed)
        judged_at = {}
        for r, i in enumerate(f.rows.tolist()):
            k = int(f.text_row[r])
            if f.judgements[k].timeout is not None:
                judged_at[i] = timed_out(short[k], f.judgements[k].timeout)
                continue
            evidence = f.judgements[k].signals + f.judgements[k].rules
            # the page kind and its threshold, worked out only for removals (they are audited)
            outcomes = [self._outcome(evidence, scores[r, v], reasons[(r, v)] +
                                      [self._threshold_reason(int(kinds[r, v]), bool(row_short[r]),
                                                              int(rules_why[r, v]))],
                                      categories.get(k))
                        if removed[r, v] else None for v in (0, 1)]
            judged_at[i] = Judged(short[k], *outcomes)
        c.forget()
        return [judged_at[i] if text else Judged(c.short_key_of(raw), EMPTY, EMPTY)
                for i, (raw, text) in enumerate(zip(batch.raw, batch["text"]))]

    def user_decides(self, judgement) -> bool:
        """Whether one of the user's own rules (``[[boilerplate.rules]]`` not in a pack) fired
        on the text with a decisive weight (at least the rules' ``threshold``)."""
        return any(r.name in self.user_rules and r.category != GUARD and r.weight >= self.classifier.threshold
                   for r in judgement.rules)

    def user_guards(self, judgement) -> bool:
        """Whether a guard of the user's own (a rule of category ``guard``) fired on the text
        with a decisive weight (at most minus the rules' ``threshold``)."""
        return any(r.name in self.user_rules and r.category == GUARD and r.weight <= -self.classifier.threshold
                   for r in judgement.rules)

    def kept_by_guard(self, judgement) -> str | None:
        """The guard of ``keep_guards`` that fired on the text, if any: its line is kept
        whatever the model's probability."""
        return next((r.name for r in judgement.rules if r.name in self.keep_guards and r.category == GUARD), None)

    def unlearned(self, texts: list[str], judgements: list) -> np.ndarray:
        """Per text: written in a script the model did not learn (:func:`unlearned_script`),
        or prose in a language other than English (:meth:`foreign_prose`), and named by no
        pattern rule; the model does not remove such text."""
        return np.array([(unlearned_script(t, self.unlearned_letters) or self.foreign_prose(j.text_features))
                         and rules_category(j.rules) is None for t, j in zip(texts, judgements)], bool)

    def foreign_prose(self, features) -> bool:
        """Whether a text's line features are those of a sentence of at least
        ``unlearned_language_min_words`` words in a language other than English: few English
        function words (at most 15%: "a", "no" are Spanish too), at least 15% and twice as
        many of another's (German, French, Spanish, Italian, Dutch, Portuguese). The model
        learned from English pages; their words weigh as furniture's (a site's language menu
        and footer) in its n-gram score."""
        if not self.foreign_words or features is None:
            return False
        return (features[_F_TOKENS] >= self.foreign_words and features[_F_ENDS] > 0
                and features[_F_EN] <= 0.15 and _other_language(features))

    def foreign_pages(self, f: PageFeatures, page: np.ndarray) -> np.ndarray:
        """Per row: on a page written in another language than English, by the function words
        of its lines of at least FOREIGN_LINE_WORDS words: those whose share of another
        language's is at least 15% and twice their share of English's hold at least
        FOREIGN_PAGE_WORDS words, and twice the words of those whose English share is 15% or
        more (a French shop page, a Spanish pharmacy's blog; not an English page quoting one)."""
        if f.rows.size == 0 or self.foreign_page_cut <= self.html_cut:
            return np.zeros(f.rows.size, bool)
        # per distinct text: its words, and whether its function words are another language's
        # or English's (neither for a line too short to tell)
        words = np.zeros(len(f.judgements))
        other = np.zeros(len(f.judgements), bool)
        english = np.zeros(len(f.judgements), bool)
        for k, judgement in enumerate(f.judgements):
            x = judgement.text_features
            if x is None or x[_F_TOKENS] < FOREIGN_LINE_WORDS:
                continue
            words[k] = x[_F_TOKENS]
            other[k] = _other_language(x)
            english[k] = not other[k] and x[_F_EN] >= 0.15
        pages, at = np.unique(page, return_inverse=True)
        row_words = words[f.text_row]
        other_words = np.bincount(at, weights=row_words * other[f.text_row], minlength=pages.size)
        english_words = np.bincount(at, weights=row_words * english[f.text_row], minlength=pages.size)
        foreign = (other_words >= FOREIGN_PAGE_WORDS) & (other_words >= 2 * english_words)
        return foreign[at]

    def directory(self, f: PageFeatures, page: np.ndarray, inside: np.ndarray) -> np.ndarray:
        """Per row: part of a directory inside the page's prose container: on a page with at
        least ``html_directory_min_entries`` different blocks there that hold a phone number
        or a street address (its entries), the blocks of the container from the one before
        its first entry to the one after its last (an entry's name in a heading of its own,
        its opening hours, the note that closes the list)."""
        out = np.zeros(f.rows.size, bool)
        if self.directory_entries <= 0 or not inside.any():
            return out
        contact = inside & (f.matrix[:, _CONTACT] > 0).any(axis=1)
        if not contact.any():
            return out
        at = np.flatnonzero(contact)
        # the different texts of each page's contact blocks, counted per page
        pages, _ = np.unique(np.stack([page[at], f.text_row[at].astype(np.int64)]), axis=1)
        listed, entries = np.unique(pages, return_counts=True)
        entry = contact & np.isin(page, listed[entries >= self.directory_entries])
        row = np.arange(f.rows.size)
        for p in np.unique(page[entry]).tolist():
            first, last = row[entry & (page == p)][[0, -1]]
            out |= (row >= first - DIRECTORY_MARGIN) & (row <= last + DIRECTORY_MARGIN) & (page == p) & inside
        return out

    def _takes_container(self, words: np.ndarray, removed: np.ndarray) -> bool:
        """Whether removing ``removed`` of the blocks inside a page's prose container (with
        ``words`` words each) takes at least ``html_container_share`` of its words."""
        total = float(words.sum())
        return self.container_share > 0 and total > 0 and float(words[removed].sum()) >= self.container_share * total

    def page_kinds(self, matrix: np.ndarray) -> np.ndarray:
        """Each row's page kind, as its index in PAGE_KINDS (from its page's context features)."""
        prose = matrix[:, _MEAN_WORDS] >= self.prose_words_log
        ordered = matrix[:, _ORDER] >= self.ordered_signal
        return np.where(prose, np.where(ordered, 1, 2), 0).astype(np.int64)

    def _html_threshold(self, short: bool, kind: int) -> float:
        """An HTML block's threshold; outside the page's prose container (``kind`` -2) the
        lower of it and the outside one, in a table cell inside it (-3) the higher of it and
        the table one, the page's title (-4) the higher of it and the title one; an entry of a
        directory inside it (-5) the directory one; a block inside it on a page written in
        another language (-6) the foreign-page one (these two kinds are given where they are
        the higher)."""
        threshold = self.html_short_threshold if short else self.html_threshold
        if kind == -HTML_OUTSIDE_PROSE:
            return min(threshold, self.outside_threshold)
        if kind == -HTML_TITLE:
            return max(threshold, self.title_threshold)
        if kind == DIRECTORY_KIND:
            return self.directory_threshold
        if kind == FOREIGN_KIND:
            return max(threshold, self.foreign_page_threshold)
        return max(threshold, self.table_threshold) if kind == -HTML_TABLE_CELL else threshold

    def held_to(self, kind: int, short: bool) -> tuple[str, float]:
        """The thresholds a row of :meth:`decide` was held to, by name, and the threshold:
        ``kind`` -1 an HTML block's, -2 one outside the prose container, -3 one in a table
        cell inside it, -4 the page's title, -5 an entry of a directory inside it, -6 a block
        inside it on a page written in another language, else a page kind's."""
        if kind < 0:
            return ({-HTML_OUTSIDE_PROSE: "html-outside-prose", -HTML_TABLE_CELL: "html-table",
                     -HTML_TITLE: "html-title", DIRECTORY_KIND: "html-directory",
                     FOREIGN_KIND: "html-foreign-page"}.get(kind, "html"),
                    self._html_threshold(short, kind))
        return PAGE_KINDS[kind], self.kind_thresholds[kind][int(short)]

    def _threshold_reason(self, kind: int, short: bool, rules: int = -1) -> str:
        """The audit's last item: the thresholds the line was held to and, for a line the rules
        removed below them, why the rules' verdict stood (``rules``, an index of RULES_DECIDE)."""
        where, threshold = self.held_to(kind, short)
        if rules < 0:
            return f"page:{where}(threshold {threshold})"
        why = RULES_DECIDE[rules].format(rules_threshold=self.rules_threshold)
        return f"page:{where}(threshold {threshold}; removed below it by the rules: {why})"

    def _all_reasons(self, f: PageFeatures, removed: np.ndarray, has_short: np.ndarray, leaves: np.ndarray,
                     repeated_leaves: np.ndarray) -> dict:
        """The model's strongest reasons for every removal (contributions are costly: only
        these), read from the leaves of the features each variant's score was read from:
        ``leaves`` per row, ``repeated_leaves`` per row with a short text, its repeat
        feature set (a text too long to be counted across dumps has it 0 in both)."""
        reasons: dict[tuple[int, int], list[str]] = {}
        short_row = np.cumsum(has_short) - 1  # a short row's place among the short rows
        for variant in (0, 1):
            at = np.flatnonzero(removed[:, variant])
            if at.size:
                x = f.matrix[at].copy()
                rows_leaves = leaves[at]
                if variant:
                    repeated = has_short[at]
                    x[:, self._repeat] = repeated
                    rows_leaves[repeated] = repeated_leaves[short_row[at[repeated]]]
                else:
                    x[:, self._repeat] = 0
                contributions = self.model.leaf_contributions(rows_leaves)
                for n, r in enumerate(at.tolist()):
                    reasons[(r, variant)] = self._reasons(contributions[n, :-1], x[n])
        return reasons

    def _categories(self, f: PageFeatures, removed: np.ndarray) -> dict[int, tuple[str, float]]:
        """Per distinct text removed in either variant that no pattern rule names a category
        for: the category model's category and its probability (none without the model)."""
        if self.categories is None or not f.rows.size:
            return {}
        row_of: dict[int, int] = {}  # a row of each such text: its line features are the text's
        for r in np.flatnonzero(removed.any(1)).tolist():
            k = int(f.text_row[r])
            if k not in row_of and rules_category(f.judgements[k].rules) is None:
                row_of[k] = r
        named, probability = self.categories.predict(f.matrix[list(row_of.values()), :len(CATEGORY_FEATURES)])
        return {k: (c, float(p)) for k, c, p in zip(row_of, named, probability)}

    def _reasons(self, contributions: np.ndarray, row: np.ndarray) -> list[str]:
        top = np.argsort(-contributions, kind="stable")[:REASONS]
        return [f"model:{PAGE_MODEL_FEATURES[j]}={row[j]:.3g}({contributions[j]:+.2f})" for j in top.tolist()
                if contributions[j] > 0]

    def _outcome(self, evidence: tuple[Signal, ...], score: float, reasons: list[str],
                 modelled: tuple[str, float] | None = None) -> Outcome:
        """A removal's audit: its category from the pattern rules where one fired, else from
        the category model (``modelled``: category and probability), else from all the
        evidence (the structural signals), else the fallback category; its rule the
        strongest piece of evidence of that category, or ``model``."""
        named = ()
        if modelled is not None:
            category = modelled[0]
            named = (f"category-model:{category}({modelled[1]:.2f})",)
        else:
            category = heaviest(category_weights(evidence)) or self.fallback
        of_category = [s for s in evidence if s.category == category and s.weight > 0]
        rule = max(of_category, key=lambda s: s.weight).name if of_category else "model"
        probability = round(float(1 / (1 + np.exp(-score))), 4)
        fired = tuple(f"{s.name}({s.weight:+g})" for s in evidence)
        return Outcome("boilerplate", category, rule, probability, fired + named + tuple(reasons))
