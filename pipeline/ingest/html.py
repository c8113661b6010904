"""HTML pages: drop the page chrome, turn each remaining block into a paragraph.

The page is parsed by lxml's HTML parser (libxml2), which repairs broken markup
(unclosed tags, stray end tags) the way browsers do, and walked as lxml's tree:
building beautifulsoup4's Python tree over the same parser took two thirds of
the time of cleaning a page. Chrome goes first: whole
elements by tag (``drop_tags``) and by an id or class word (``chrome_keywords``).
Then the text is cut at every block element (``block_tags``): each run of text
that belongs to one block becomes a paragraph, with inline markup unwrapped,
``<br>`` read as a space (two in a row may end a paragraph: :func:`text_runs`) and
footnote ``<sup>`` markers dropped. The usual
normalise, boilerplate and dedup stages then judge the paragraphs.

Provenance: ``line`` is the source line of the block's start tag (lxml's
``sourceline``) or, when that is unknown, the block's index; ``element`` is the
1-based index of the paragraph in the page; ``url`` comes from
``<link rel="canonical">`` or ``og:url``; ``start``/``end`` are -1 because a
paragraph assembled from markup is no character range of the file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from urllib.parse import urljoin, urlsplit
from typing import NamedTuple

from lxml import etree

from ..model import HTML_BLOCK, HTML_OUTSIDE_PROSE, HTML_TABLE_CELL, HTML_TITLE, Paragraph, Provenance, Removal
from .text import line_end

# HTML collapses runs of ASCII white space to one space; a no-break space is
# text (the normalise stage decides about it).
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# Class/id values are cut into pieces at separators, then into words at camelCase humps.
_PIECE = re.compile(r"[\s_\-:./]+")
_HASHLIKE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# A footnote marker: "3", "[12]", "1,4", "2-5", "*", "†".
_MARKER = re.compile(r"^[\[(]?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]?$|^[*†‡§¶]+$|^[a-z](?:,[a-z])*$")
# What a <sup> holding a number is an exponent of, rather than a footnote's anchor: a power
# of ten ("10<sup>9</sup>", "x10<sup>-4</sup>"); a unit of length squared or cubed, or to a
# minus power ("m<sup>2</sup>", "kg/m<sup>2</sup>", "min<sup>-1</sup>"); a variable squared or
# cubed ("R<sup>2</sup>", "I<sup>2</sup>", "x<sup>3</sup>"). Any other number is read as a
# footnote's: a year ("2019<sup>5</sup>"), a dose ("80 mg<sup>8</sup>"), a count ("1 in
# 4<sup>2</sup>"), a name ("vitamin D<sup>4</sup>", "hepatitis C<sup>12</sup>").
_TEN = re.compile(r"(?<![\d.,])10$")
_UNIT_BASE = re.compile(r"(?<![A-Za-z])(?:[cdkmµμ]?m|ft|in|min|s|h|kg|g|l|L)$")
_VARIABLE_BASE = re.compile(r"(?<![A-Za-z])[xynrRI]$")
_SQUARE_OR_CUBE = re.compile(r"^[23]$")
_MINUS_POWER = re.compile(r"^[-−][1-3]$")
# A letter marker ("<sup>a</sup>", "<sup>a,b</sup>") is a footnote's but after a number or a
# one-letter variable ("2<sup>n</sup>", "x<sup>n</sup>").
_LETTER_BASE = re.compile(r"(?:\d|(?<![A-Za-z])[A-Za-z])$")
_SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")
_EXPONENT = re.compile(r"^[-−+]?\d{1,3}$")
# Elements that hold no reader-visible text (dropped before the page's words are counted).
_NEVER_TEXT = frozenset({"script", "style", "template", "svg", "iframe"})
# Elements never dropped as chrome, however they are classed.
_PROTECTED = frozenset({"html", "body", "main", "article"})
# Elements that are the page's chrome by the HTML standard's own meaning of them.
_LANDMARKS = frozenset({"nav", "header", "footer", "aside"})
# ... and the ARIA roles that say the same of any element.
_LANDMARK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})

@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of a page: its text, the source line of its block, its index."""

    text: str
    line: int | None
    element: int
    outside_prose: bool = False  # outside the page's prose container (prose_container)
    table_cell: bool = False  # in a cell of a table inside that container (in_data_table)
    title: bool = False  # the page's first <h1> (its title)


@dataclass(frozen=True, slots=True)
class DroppedBlock:
    """Text the chrome pass dropped with its element: audited as a removal, never lost."""

    text: str
    line: int | None
    category: str
    rule: str


# The boilerplate category of what a chrome element holds, by its tag or its class word.
_TAG_CATEGORY = {"nav": "navigation", "header": "site-chrome", "footer": "site-chrome", "aside": "site-chrome",
                 "form": "site-chrome", "button": "site-chrome", "select": "site-chrome", "dialog": "site-chrome",
                 "noscript": "site-chrome"}
_ROLE_CATEGORY = {"navigation": "navigation", "menu": "navigation", "menubar": "navigation"}
_WORD_CATEGORY = {"cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
                  "newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
                  "signup": "newsletter", "share": "share", "sharing": "share", "social": "share",
                  "sharebar": "share", "comment": "comment", "comments": "comment", "disqus": "comment",
                  "respond": "comment", "breadcrumb": "navigation", "breadcrumbs": "navigation",
                  "nav": "navigation", "navbar": "navigation", "navigation": "navigation", "menu": "navigation",
                  "postprofile": "byline", "userinfo": "byline",
                  "author": "bio"}  # a pair of words by its first: "author" with "bio", "box"...
_COMMENT_WORDS = frozenset(word for word, kind in _WORD_CATEGORY.items() if kind == "comment")
# Pairs whose first word does not say the part: a post's user panel (name, rank, post count) is
# its byline.
_PAIR_CATEGORY = {"post+author": "byline", "author+pane": "byline", "message+user": "byline",
                  "user+info": "byline", "post+user": "byline"}


def html_settings(config: dict) -> dict:
    """The ``[ingest.html]`` table (tags to drop, chrome class/id words, block tags)."""
    return config["ingest"]["html"]


def class_words(value) -> set[str]:
    """The lower-cased words of a class or id value (a string or a list of classes).

    >>> sorted(class_words(["cookieBanner", "gdpr-notice_v2"]))
    ['banner', 'cookie', 'gdpr', 'notice']
    >>> sorted(class_words("w-node-b5343ad4-d1b4-58e1b5a83f06"))
    ['node', 'w']
    >>> sorted(class_words("site-header"))
    ['header', 'site']
    """
    if value is None:
        return set()
    parts = value if isinstance(value, (list, tuple)) else [value]
    # A piece that mixes letters and digits is a generated id or hash ("b5343ad4",
    # "58e1b5a83f06"), not words: its letters would spell "ad" or "cmp" by chance.
    return {w.lower() for part in parts for piece in _PIECE.split(str(part)) if not _HASHLIKE.search(piece)
            for w in _WORD.findall(piece)}


_SURROGATE = re.compile("[\ud800-\udfff]")
# The element that holds a parsed page's top-level nodes (no HTML element is named so).
DOCUMENT = "pipeline-document"


def _parser():
    """libxml2's HTML parser as pages need it: repairing what is broken, as browsers do, and
    reading pages larger and deeper than its defaults allow. It is given UTF-8 bytes: a str
    reaches libxml2 as UCS-4, which it reads a third slower, into the same tree."""
    return etree.HTMLParser(huge_tree=True, recover=True, encoding="utf-8")


def _parse(text: str):
    """The root element lxml's parser makes of ``text`` (None for a text without markup or
    words)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a JSON "\\ud800" escape) cannot be encoded for the parser: it
        # becomes U+FFFD, as a decoder would make it.
        data = _SURROGATE.sub("\ufffd", text).encode("utf-8")
    return etree.fromstring(data, _parser())


def parse_html(html: str):
    """The page as one element tree (lxml's HTML parser, which repairs broken markup the
    way browsers do), or None when it holds no markup at all.

    The parser puts what follows ``</html>`` (pages that close early and go on) in a second
    root element beside the first; all of them go under one :data:`DOCUMENT` element.

    >>> root = parse_html("<html><body><p>a</p></body></html><p>b</p>")
    >>> [e.tag for e in root], ["".join(e.itertext()) for e in root]
    (['html', 'html'], ['a', 'b'])
    """
    text = _strip_xml_declaration(html)
    if line_end(text) == "\r":
        # Old Mac line ends: the parser counts source lines by "\n" alone, and every block
        # would be on line 1.
        text = text.replace("\r", "\n")
    first = _parse(text)
    if first is None:  # no markup and no text
        return None
    document = etree.Element(DOCUMENT)
    for node in [*reversed(list(first.itersiblings(preceding=True))), first, *first.itersiblings()]:
        document.append(node)
    _parse_raw_markup(document)
    return document


# Elements whose content the parser keeps as raw text, though it is markup a reader sees as a
# page: a frameset page's alternative content (its only text), and an embed's.
_RAW_MARKUP = ("noframes", "noembed")


def _parse_raw_markup(document) -> None:
    """Parse the markup held as text in :data:`_RAW_MARKUP` elements into their children (their
    source lines counted from the element's own)."""
    for holder in list(document.iter(*_RAW_MARKUP)):
        if len(holder) or not holder.text or "<" not in holder.text:
            continue
        inner = _parse(holder.text)
        body = inner.find("body") if inner is not None else None
        if body is None:
            continue
        offset = (holder.sourceline or 1) - 1
        for node in body.iter():
            if isinstance(node.tag, str) and node.sourceline:
                node.sourceline += offset
        holder.text = body.text
        for child in list(body):
            holder.append(child)


def page_url(root) -> str | None:
    """The page's own URL: ``<link rel="canonical">``, else ``og:url``. A relative one
    ("/knee-pain") is resolved against the page's ``<base href>`` or, failing that, an
    absolute ``og:url``; with neither it is given as written.

    >>> page_url(parse_html('<link rel="canonical" href=" https://a.org/x ">'
    ...                     '<meta property="og:url" content="https://b.org/y">'))
    'https://a.org/x'
    >>> page_url(parse_html('<meta property="og:url" content="https://b.org/y">'))
    'https://b.org/y'
    >>> page_url(parse_html('<link rel="canonical" href="/knee?a=1"><meta property="og:url" content="https://b.org/y/z">'))
    'https://b.org/knee?a=1'
    >>> page_url(parse_html('<base href="https://c.org/d/"><link rel="canonical" href="knee">'))
    'https://c.org/d/knee'
    >>> page_url(parse_html('<link rel="canonical" href="/knee">')), page_url(parse_html('<p>no url</p>')) is None
    ('/knee', True)
    >>> page_url(parse_html('<link rel="canonical" href="/k"><base href="http://[oops/">'))
    '/k'
    """
    canonical = og = base = None
    for link in root.iter("link"):
        href = (link.get("href") or "").strip()
        if href and "canonical" in (link.get("rel") or "").lower().split():
            canonical = href
            break
    for meta in root.iter("meta"):
        content = (meta.get("content") or "").strip()
        if content and (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            og = content
            break
    for tag in root.iter("base"):
        base = (tag.get("href") or "").strip() or None
        break
    url = canonical or og
    if url is None or _absolute(url):
        return url
    against = next((u for u in (base, og) if u and _absolute(u)), None)
    try:
        return urljoin(against, url) if against else url
    except ValueError:  # a malformed one ("http://[x"): as written
        return url


def _absolute(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc)


def _is_element(node) -> bool:
    return isinstance(node.tag, str)  # comments and processing instructions have a function as tag


def _may_be_chrome(tag) -> bool:
    """Whether a role or a class word may make ``tag`` chrome: not a protected tag, and not
    a wrapper around the article, whatever it calls itself."""
    return tag.tag not in _PROTECTED and next(tag.iterdescendants("main", "article"), None) is None


def _named_words(tag, hint: re.Pattern, ids: bool = True) -> set[str]:
    """``tag``'s class and id words (class words only without ``ids``), or none when
    ``hint`` finds nothing in those values: every class word is a piece of the lower-cased
    value, so a value that holds no word sought anywhere (most elements) is passed without
    cutting it into words."""
    value = tag.get("class")
    named = tag.get("id") if ids else None
    if not (value or named):  # most elements
        return _NO_WORDS
    if not hint.search(f'{value or ""} {named or ""}'.lower()):
        return _NO_WORDS
    return _class_and_id_words(tag, ids)


def _class_and_id_words(tag, ids: bool = True) -> frozenset[str]:
    """``tag``'s class and id words (class words only without ``ids``)."""
    return _value_words(tag.get("class")) | _value_words(tag.get("id") if ids else None)


_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def _value_words(value: str | None) -> frozenset[str]:
    """:func:`class_words` of one attribute value, once per value: a page repeats its few
    class values on hundreds of elements."""
    return frozenset(class_words(value))


def _chrome_word(tag, keywords: frozenset[str], hint: re.Pattern, ids: bool = True) -> str | None:
    """The chrome keyword among ``tag``'s class and id words (the first in order), if any;
    with ``ids`` False, among its class words only."""
    found = _named_words(tag, hint, ids) & keywords
    return min(found) if found and _may_be_chrome(tag) else None


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_QUESTION_HOLDERS = _HEADINGS | {"summary"}  # where a button is an FAQ question
# Parts an article may hold without them being the site's: its own header (title, lead;
# inside <main> too), an aside (a warning, key facts; a sidebar beside the article in <main>
# stays chrome), and a button in a heading or a summary (an FAQ question).
_ARTICLE_PARTS = {"header": ("article", "main"), "aside": ("article",)}


def _mostly_links(tag) -> bool:
    """Whether at least half of ``tag``'s text is link text."""
    total = count_words("".join(tag.itertext()))
    linked = sum(count_words("".join(a.itertext())) for a in tag.iter("a"))
    return total > 0 and 2 * linked >= total


# An id inside an article names a part only as one word ("comments", "related") or as a
# chrome word and one of these ("disqus_thread", "comments-area", "related-posts"); longer
# ids, or other pairs ("social-support", "ad-treatment"), are anchors made of a heading's words.
_ID_NOUNS = frozenset({"area", "section", "list", "box", "widget", "container", "wrapper", "thread", "posts",
                       "articles", "links", "block", "bar", "panel"})


def _named_part(tag) -> bool:
    """Whether ``tag``'s id reads as the name of a part of the page, not a heading's anchor."""
    words = [w for w in re.split(r"[-_\s]+", (tag.get("id") or "").strip().lower()) if w]
    return len(words) == 1 or (len(words) == 2 and words[1] in _ID_NOUNS)


def _inside(tag, names) -> bool:
    """Whether an element named one of ``names`` holds ``tag``."""
    return any(parent.tag in names for parent in tag.iterancestors())


def _in_article(tag, prose) -> bool:
    """Whether ``tag`` lies inside the page's prose container ``prose`` or an ``<article>``
    or ``<main>``."""
    return _inside(tag, ("article", "main")) or (prose is not None and prose in tag.iterancestors())


def _part_of_article(tag) -> bool:
    """Whether a tag of ``drop_tags`` is part of the article around it, not chrome (an
    aside made mostly of links is a box of related links, whatever holds it; a form with no
    control a reader could use is a wrapper, as old Reddit puts each post in one)."""
    if tag.tag == "aside" and _mostly_links(tag):
        return False
    if tag.tag in _ARTICLE_PARTS:
        return _inside(tag, _ARTICLE_PARTS[tag.tag])
    if tag.tag == "button":
        return _inside(tag, _QUESTION_HOLDERS) or _asks(tag)
    if tag.tag == "form":  # a form with nothing to fill in only wraps text: old Reddit's posts
        return not _has_controls(tag) or _holds_prose(tag)
    return False


def _holds_prose(tag, paragraphs: int = 2) -> bool:
    """Whether ``tag`` holds at least ``paragraphs`` paragraphs of a post's length: a form a
    reader fills in has labels and a few words of help, not paragraphs (forum software wraps a
    thread in a moderation form, its check boxes beside each post)."""
    found = 0
    for p in tag.iter("p"):
        if _word_count(p) >= _POST_WORDS:
            found += 1
            if found >= paragraphs:
                return True
    return False


def _has_controls(form) -> bool:
    """Whether ``form`` holds a control a reader can use: a field, a list, a button (a hidden
    input carries the form's state, not a control)."""
    return any(node.tag != "input" or (node.get("type") or "text").strip().lower() != "hidden"
               for node in form.iter("input", "textarea", "select", "button"))


def _asks(tag) -> bool:
    """Whether an element's text is a question of at least three words: a button so labelled
    opens an FAQ's answer ("Does metformin cause weight gain?"), where a control reads
    "Menu", "Search" or "Need help?"."""
    text = " ".join(tag.itertext()).rstrip()
    return text.endswith("?") and count_words(text) >= 3


def _chrome_pair(tag, pairs: dict[str, frozenset[str]], hint: re.Pattern) -> str | None:
    """The first pair of ``pairs`` (each first word with the words that complete it) whose two
    words are both among ``tag``'s class and id words, as ``first+second``."""
    if not _named_words(tag, hint):  # the quick test (most elements)
        return None
    named = sorted(f"{first}+{second}" for found in _name_pieces(tag)
                   for first in found & pairs.keys() for second in found & pairs[first])
    return named[0] if named and _may_be_chrome(tag) else None


def _name_pieces(tag) -> list[frozenset[str]]:
    """The words of each of ``tag``'s class names, and of its id, apart."""
    return [_value_words(name) for name in (tag.get("class") or "").split()] + [_value_words(tag.get("id"))]


def _pair_matcher(pairs) -> tuple[dict[str, frozenset[str]], re.Pattern]:
    """``chrome_word_pairs`` ("author bio") as each first word with its second words, and the
    quick test on the first words that :func:`_chrome_pair` makes before cutting values."""
    seconds: dict[str, set[str]] = {}
    for pair in pairs:
        first, second = pair.lower().split()
        seconds.setdefault(first, set()).add(second)
    return ({first: frozenset(words) for first, words in seconds.items()},
            _class_word_matcher(seconds)[1])


def _class_word_matcher(words) -> tuple[frozenset[str], re.Pattern]:
    """The lower-cased ``words`` and a pattern that finds any of them in a class or id value
    (the quick test :func:`_chrome_word` makes before cutting a value into words)."""
    words = frozenset(w.lower() for w in words)
    return words, re.compile("|".join(map(re.escape, sorted(words))) or "(?!)")


# Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese
# kana, Chinese and Japanese ideographs).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                       "\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """The words of a text: its pieces between spaces, and in a script written without spaces,
    a word for every two letters (about the length of a Chinese or Japanese word), so that a
    paragraph of Japanese counts as the dozens of words it holds, not as one.

    >>> count_words("Rest the knee."), count_words("膝を休ませてください。"), count_words("膝痛 Knee pain")
    (3, 6, 4)
    """
    words = len(text.split())
    return words if text.isascii() else words + len(_UNSPACED.findall(text)) // 2


def _word_count(tag) -> int:
    # The pieces are joined with a space, so no word spans two of them.
    return count_words(" ".join(tag.itertext()))


# What a removed element leaves in its place: a comment that carries its tail (the text after
# it). Joining that text to the text before would glue two words into one for the word
# counts that tell a page's wrapper from its chrome.
_GONE = "pipeline: element removed"
# A comment text_runs reads as a space: where a block element was removed from inside a run
# of text, and between a whole number and a fraction after it. (A comment, not a space in
# the text, so that the text sizes counted before stay true.)
_SPACED = "pipeline: a space"


def _remove(node, boundary: bool = False) -> None:
    """Take ``node`` out of the tree, its tail kept; a ``boundary`` (a block element) leaves a
    space between the words either side of it, which would otherwise be glued."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        stub = etree.Comment(_SPACED if boundary else _GONE)
        stub.tail = node.tail
        parent.replace(node, stub)
    else:
        parent.remove(node)


def _in_running_text(tag, blocks: frozenset) -> bool:
    """Whether ``tag`` is an inline element inside a sentence: not a block, with words
    right before it and text right after it in its parent (a trailing "Read more" link has
    nothing after it).

    >>> root = parse_html('<p>Levels of <a class="x">LDL</a> rise. <a class="y">Read more</a></p>'
    ...                   '<div class="z">a</div>')
    >>> [_in_running_text(t, frozenset({"p", "div"})) for t in root.iter("a", "div")]
    [True, False, False]
    """
    if tag.tag in blocks or not (tag.tail or "").strip():
        return False
    before = _previous_text(tag).rstrip()
    return bool(before) and before[-1].isalnum()


def _previous_text(tag) -> str:
    """The text right before ``tag`` within its parent ("" after an element or a comment)."""
    prev = tag.getprevious()
    return (tag.getparent().text if prev is None else prev.tail) or ""


def is_footnote_marker(sup) -> bool:
    """Whether a ``<sup>`` is a footnote marker (dropped) rather than an exponent (kept).

    >>> root = parse_html('<p>numbness<sup>14</sup> in 10<sup>9</sup> m<sup>2</sup>'
    ...                   ' cells<sup><a href="#r">a</a></sup> in 2019<sup>5</sup> at 80 mg<sup>8</sup> it<sup>†</sup>'
    ...                   ' vitamin D<sup>4</sup>, 1 in 4<sup>2</sup>, 500 m<sup>6</sup>, group<sup>a</sup>, 2<sup>n</sup></p>')
    >>> [is_footnote_marker(s) for s in root.iter("sup")]
    [True, False, False, True, True, True, True, True, True, True, True, False]
    """
    if next(sup.iterdescendants("a"), None) is not None:
        return True
    text = "".join(sup.itertext()).strip()
    if is_numerator(sup):
        return False
    before = _previous_text(sup).rstrip()
    if _MINUS_POWER.match(text):  # "min<sup>-1</sup>", "10<sup>-4</sup>": never a marker
        return False
    if not _MARKER.match(text):
        return False
    if text[:1].isalpha():
        return not _LETTER_BASE.search(before)
    if not text[:1].isdigit():
        return True
    return not (_TEN.search(before) or (_SQUARE_OR_CUBE.match(text) and (
        _UNIT_BASE.search(before) or _VARIABLE_BASE.search(before))))


def is_numerator(sup) -> bool:
    """Whether a ``<sup>`` holding a number is a fraction's numerator: a slash or a fraction
    slash follows it (``<sup>1</sup>/<sub>2</sub> tablet``, ``<sup>3</sup>&frasl;<sub>4</sub>``),
    a dose, never a footnote's marker.

    >>> root = parse_html('<p>take <sup>1</sup>/<sub>2</sub>, <sup>3</sup>&frasl;<sub>4</sub> cup,'
    ...                   ' pain<sup>2</sup>/day</p>')
    >>> [is_numerator(s) for s in root.iter("sup")]
    [True, True, False]
    """
    text = "".join(sup.itertext()).strip()
    tail = (sup.tail or "").lstrip()
    after = sup.getnext()
    return (text.isdigit() and tail[:1] in ("/", "\u2044")
            and (tail[1:].strip()[:1].isdigit() or (not tail[1:].strip() and after is not None and after.tag == "sub")))


def write_exponent(sup) -> None:
    """Write a kept ``<sup>`` holding a number as superscript characters, so that
    ``10<sup>9</sup>/L`` reads ``10⁹/L``, not ``109/L``.

    >>> root = parse_html('<p>10<sup>9</sup>/L, 10<sup>-4</sup> and m<sup>2</sup></p>')
    >>> for s in list(root.iter("sup")): write_exponent(s)
    >>> "".join(root.itertext())
    '10⁹/L, 10⁻⁴ and m²'
    """
    # Character for character, spaces kept: the page's text sizes stay true.
    if len(sup) == 0 and sup.text and _EXPONENT.match(sup.text.strip()):
        sup.text = sup.text.translate(_SUPERSCRIPT)


def drop_chrome(root, settings: dict, prose=None, sizes: TextSizes | None = None,
                kinds: frozenset[str] = frozenset()) -> list[DroppedBlock]:
    """Remove chrome elements, footnote markers and non-text elements from the tree in
    place; return the text of each chrome element dropped, with its source line. ``prose``
    (the element holding the page's prose, found before this pass) and the elements around
    it are never dropped for their class or id words: a newsletter issue's body may sit in a
    "newsletter-content" div. ``sizes`` (:func:`_text_sizes` of the tree) are kept true of
    what is left. ``kinds``: what the page declares it is (:func:`page_kinds`). On a product's
    page the ``product_chrome_keywords`` name chrome too, and an element named by a
    ``product_review_keywords`` word that holds at least ``product_review_texts`` written
    texts is its customers' reviews; a discussion's keeps its replies as a thread does
    (:func:`_discussion_words`)."""
    around = frozenset([prose, *prose.iterancestors()]) if prose is not None else frozenset()

    def remove(tag) -> None:
        if sizes is not None:
            sizes.forget(tag)
        _remove(tag, tag.tag in blocks)

    dropped: list[DroppedBlock] = []
    drop = set(settings["drop_tags"])
    blocks = frozenset(settings["block_tags"])
    # A product's page adds its own chrome words: its shop's other products (upsells,
    # recommendations), and its customers' reviews (below).
    product = "product" in kinds
    shop = settings.get("product_chrome_keywords", ()) if product else ()
    reviews = frozenset(w.lower() for w in settings.get("product_review_keywords", ())) if product else frozenset()
    reviews -= frozenset(w.lower() for w in [*settings["chrome_keywords"], *shop])  # chrome as they are
    review_texts = int(settings.get("product_review_texts", 0))
    keywords, hint = _class_word_matcher([*settings["chrome_keywords"], *shop, *reviews])
    # <head> is metadata: its <title> repeats the page's <h1> with the site name glued on.
    never_text = sorted(_NEVER_TEXT & drop)
    for tag in [*root.iter("head"), *(root.iter(*never_text) if never_text else ())]:
        remove(tag)
    page_words = _word_count(root)
    wrapper_share, wrapper_words = float(settings["wrapper_share"]), int(settings["wrapper_min_words"])
    roles = frozenset(r.lower() for r in settings["chrome_roles"])
    controls, control_hint = _class_word_matcher(settings.get("control_keywords", ()))
    pairs, pair_hint = _pair_matcher(settings.get("chrome_word_pairs", ()))
    control_words = int(settings.get("control_max_words", 0))

    def find(spared: frozenset[str]) -> list[tuple]:
        """The chrome elements, outermost first, each with its category, its rule and the
        class word that named it (None when its tag, role or a control word did)."""
        chrome = []
        walk = etree.iterwalk(root, events=("start",))
        for _, tag in walk:
            if not _is_element(tag):
                continue
            if tag.tag not in drop and tag.get("class") is None and tag.get("id") is None and tag.get("role") is None:
                continue  # most elements: nothing could name them chrome
            part = tag.tag in drop and _part_of_article(tag)
            by_tag = tag.tag in drop and not part
            # An ARIA landmark role says what a tag would: role="navigation" is a <nav>.
            role = (tag.get("role") or "").strip().lower()
            by_role = not by_tag and role in roles and _may_be_chrome(tag)
            # Not chrome by tag or role, nor the prose container or around it: its class and id
            # words may still make it chrome.
            # Not a heading, nor a question written as a button in one (however it is styled).
            by_name = not (by_tag or by_role) and tag not in around and tag.tag not in _HEADINGS \
                and not (part and tag.tag == "button")
            # Words inside a sentence are the sentence's, whatever one class word says: a glossary
            # link, a term marked "related", an in-text ad's link ("levels of <a class="glossary-
            # popup">LDL</a> increase"). Only a pair (text for screen readers) removes them.
            running = by_name and _in_running_text(tag, blocks)
            word = _chrome_word(tag, keywords, hint) if by_name and not running else None
            if word and _in_article(tag, prose) and not _named_part(tag):
                # Inside the article an id is mostly an anchor made from a heading's words
                # ("alcohol-related-liver-disease", "social-support"): only class words count there,
                # unless the id names a part ("comments", "related-posts").
                word = _chrome_word(tag, keywords, hint, ids=False)
            if word in spared:
                word = None
            # A shop's customer reviews are furniture; a review section holding no review
            # written out (a rating's summary, "be the first to review") is the product's own.
            if word in reviews and _written_texts(tag) < review_texts:
                word = None
            # Two words naming a part together ("author" with "bio", "box"...: an author box)
            # where either alone is too common to tell.
            if by_name and not word and pairs:
                word = _chrome_pair(tag, pairs, pair_hint)
            # A link or box styled as a button ("btn", "cta") holding a label's few words is a
            # call to action or a control; one holding more may be a card of the content.
            control = _chrome_word(tag, controls, control_hint) if by_name and not word and not running else None
            if control and _word_count(tag) > control_words:
                control = None
            if not (by_tag or by_role or word or control):
                continue
            # Chrome is a part of the page: an element that holds most of the page's text
            # is its wrapper, however it is named (an unclosed <header> that broken markup
            # made the parent of everything, a "post-with-sidebar" or "cmp-container" div).
            # Not a landmark (<nav>, <header>, <footer>, <aside>, or their ARIA role) with the
            # page's prose outside it, though: that is site chrome outweighing the article (a
            # shop's mega-menu of product cards in its <nav>). A <form> or a class word may wrap
            # the content itself (a forum thread, a product grid), and keep the wrapper rule.
            landmark = by_tag and tag.tag in _LANDMARKS or by_role and role in _LANDMARK_ROLES
            outweighs_article = landmark and prose is not None and tag not in around
            if not outweighs_article and page_words >= wrapper_words \
                    and _word_count(tag) >= wrapper_share * page_words:
                continue
            walk.skip_subtree()  # dropped whole: nothing inside is judged again
            if by_tag:
                category, rule = _TAG_CATEGORY.get(tag.tag, "site-chrome"), f"html-tag:{tag.tag}"
            elif by_role:
                category, rule = _ROLE_CATEGORY.get(role, "site-chrome"), f"html-role:{role}"
            elif word:
                category = _PAIR_CATEGORY.get(word) or _WORD_CATEGORY.get(word.split("+")[0]) \
                    or ("comment" if word in reviews else "site-chrome")
                rule = f"html-class:{word}"
            else:
                category, rule = "site-chrome", f"html-control:{control}"
            chrome.append((tag, category, rule, word))
        return chrome

    chrome = find(frozenset())
    if page_words >= wrapper_words:
        spared = _discussion_words(root, chrome, page_words, settings, "discussion" in kinds)
        if spared:
            chrome = find(spared)
    for tag, category, rule, _ in chrome:
        text = _SPACE.sub(" ", " ".join(tag.itertext())).strip()
        if text:
            dropped.append(DroppedBlock(text, tag.sourceline, category, rule))
    for tag, *_ in chrome:
        remove(tag)
    for sup in list(root.iter("sup")):
        if is_footnote_marker(sup):
            remove(sup)
        elif not is_numerator(sup):  # "1/2", not "¹/2"
            write_exponent(sup)
        elif _previous_text(sup)[-1:].isdigit():  # "2 1/2 ml" (two and a half), not "21/2"
            sup.addprevious(etree.Comment(_SPACED))
    return dropped


def _discussion_words(root, chrome: list[tuple], page_words: int, settings: dict,
                      declared: bool = False) -> frozenset[str]:
    """The class words that name the page itself rather than its chrome: elements named by
    one word that together hold at least ``chrome_group_share`` of the page's words, the first
    of them with a post's worth of words coming after at most ``chrome_group_lead_words``
    words of the page's own text (from its ``<h1>`` when that comes first). A forum thread's
    posts, each a "comment", hold the thread from its first post on; a blog's comments,
    however many, come after the article. Not words that name navigation: a mega-menu may
    outweigh a short article.

    A comment word's elements are the page too when at least three of them follow an opening
    post of at most ``chrome_group_post_ratio`` times their mean length, with little of the
    page's own text after the first of them (at most ``chrome_group_trail_share`` of their
    words): a thread whose opening post is marked up apart from its replies. An article is
    longer than a few of its comments; a question whose answers follow its comments (Stack
    Exchange) has its answers after them. A share of 0 turns both off."""
    share = float(settings.get("chrome_group_share", 0))
    if share <= 0:
        return frozenset()
    lead_words = int(settings["chrome_group_lead_words"])
    ratio, trail_share = float(settings["chrome_group_post_ratio"]), float(settings["chrome_group_trail_share"])
    named = Counter()
    for tag, _, _, word in chrome:
        if word and _WORD_CATEGORY.get(word) != "navigation":
            named[word] += _word_count(tag)
    heavy = [word for word, n in named.items() if n >= share * page_words]
    if not heavy:
        return frozenset()
    discussion_page = declared or _names_a_discussion(root, settings)
    members = Counter()
    for tag, _, _, word in chrome:
        if word in heavy:
            # On a page that names itself a thread, one element around all the replies counts
            # them (its list items named as comments).
            members[word] += _comment_items(tag) if discussion_page and word in _COMMENT_WORDS else 1
    inside = {node for tag, *_ in chrome for node in tag.iter()}
    order = {node: n for n, node in enumerate(root.iter())}
    title = next(root.iter("h1"), None)
    spared = set()
    for word in heavy:
        first = next((tag for tag, _, _, named_by in chrome
                      if named_by == word and _word_count(tag) >= _POST_WORDS), None)
        if first is None:
            continue
        start = order[title] if title is not None and order[title] < order[first] else -1
        skip = inside | set(title.iter()) if start >= 0 else inside
        skip = skip | _earlier_twins(first, {tag for tag, _, _, named_by in chrome if named_by == word})
        around = frozenset(first.iterancestors())
        lead = trail = 0
        for node in root.iter():
            if not _is_element(node) or node in skip or order[node] <= start:  # skip holds the posts
                continue
            if order[node] < order[first]:
                # An element around the first post has its tail after it.
                lead += count_words(node.text or "" if node in around else f"{node.text or ''} {node.tail or ''}")
            else:
                trail += count_words(f"{node.text or ''} {node.tail or ''}")
        opening_post = ratio > 0 and word in _COMMENT_WORDS and members[word] >= 3 \
            and (lead <= ratio * named[word] / members[word] or discussion_page) \
            and trail <= trail_share * named[word]
        if lead <= lead_words or opening_post:
            spared.add(word)
    # "comments" around the thread and "comment" on each post: one word for the same part.
    kinds = {_WORD_CATEGORY[word] for word in spared if word in _WORD_CATEGORY}
    return frozenset(spared | {word for word, kind in _WORD_CATEGORY.items() if kind in kinds})


def _comment_items(section) -> int:
    """The most elements named by a comment word that one parent inside ``section`` holds side
    by side (a list of replies), at least 1: ``section`` itself."""
    most = 1
    for parent in section.iter():
        if not _is_element(parent):
            continue
        items = sum(1 for child in parent if _is_element(child)
                    and not _COMMENT_WORDS.isdisjoint(_class_and_id_words(child)))
        most = max(most, items)
    return most


def _names_a_discussion(root, settings: dict) -> bool:
    """Whether the page's ``<html>`` or ``<body>`` class or id names it a discussion (a word of
    ``discussion_page_words``: phpBB's ``section-viewtopic``, Drupal's ``page-node-type-
    discussion``, Vanilla's ``Discussion``), as forum software marks its thread pages."""
    words = frozenset(w.lower() for w in settings.get("discussion_page_words", ()))
    if not words:
        return False
    for tag in ("html", "body"):
        element = next(root.iter(tag), None)  # iter() starts at root itself
        if element is not None and not words.isdisjoint(_class_and_id_words(element)):
            return True
    return False


# The "@type" values of a JSON-LD block: one name, or a list of them.
_JSON_LD_TYPE = re.compile(r'"@type"\s*:\s*(?:"([^"]*)"|\[([^\]]*)\])')
_QUOTED = re.compile(r'"([^"]*)"')


def _type_name(value: str) -> str:
    """A schema.org type as written (``Product``, ``https://schema.org/Product``), lower-cased
    and without its vocabulary's address."""
    return value.strip().rstrip("/").rsplit("/", 1)[-1].lower()


def declared_types(root) -> frozenset[str]:
    """What the page says it is, as sites tell search engines: the schema.org types of its
    JSON-LD and microdata (lower-cased: ``product``, ``discussionforumposting``), and its Open
    Graph type as ``og:<type>`` (``og:product``, ``og:article``). Read before the chrome pass
    drops ``<head>`` and the scripts.

    >>> sorted(declared_types(parse_html('<head><meta property="og:type" content="og:Product"></head>'
    ...     '<script type="application/ld+json">{"@type": ["Thing", "https://schema.org/QAPage"]}</script>'
    ...     '<div itemscope itemtype="http://schema.org/Comment http://schema.org/Review/"><p>x</p></div>')))
    ['comment', 'og:product', 'qapage', 'review', 'thing']
    """
    found = set()
    for meta in root.iter("meta"):
        if (meta.get("property") or "").strip().lower() == "og:type" and (meta.get("content") or "").strip():
            found.add("og:" + meta.get("content").strip().lower().removeprefix("og:"))
    for element in root.xpath("//*[@itemtype]"):
        found.update(_type_name(t) for t in element.get("itemtype").split())
    for script in root.iter("script"):
        if script.text and (script.get("type") or "").strip().lower() == "application/ld+json":
            for one, many in _JSON_LD_TYPE.findall(script.text):
                found.update(_type_name(t) for t in ([one] if one else _QUOTED.findall(many)))
    found.discard("")
    return frozenset(found)


def page_kinds(root, settings: dict) -> frozenset[str]:
    """The kinds of page the chrome pass reads apart, from the types the page declares
    (:func:`declared_types`): ``article`` for a type of ``article_page_types``, ``product``
    for one of ``product_page_types`` on a page that is no article (a product's page; an
    article that reviews products declares them as Product too), ``discussion`` for one of
    ``discussion_page_types`` (a forum's thread, a question and its answers).

    >>> from pipeline.config import load_config
    >>> settings = html_settings(load_config())
    >>> sorted(page_kinds(parse_html('<meta property="og:type" content="product.item"><p>x</p>'), settings))
    ['product']
    >>> sorted(page_kinds(parse_html('<script type="application/ld+json">[{"@type": "BlogPosting"},'
    ...     '{"@type": "ItemList", "itemListElement": [{"@type": "Product"}]}]</script><p>x</p>'), settings))
    ['article']
    >>> sorted(page_kinds(parse_html('<script type="application/ld+json">{"@type": "DiscussionForumPosting"}'
    ...     '</script><p>x</p>'), settings)), sorted(page_kinds(parse_html('<p>x</p>'), settings))
    (['discussion'], [])
    """
    types = declared_types(root)
    if not types:
        return frozenset()

    def declared(key: str) -> bool:  # _type_name leaves "og:product" as it is, lower-cased
        return not types.isdisjoint(map(_type_name, settings.get(key, ())))

    kinds = {kind for kind, key in (("article", "article_page_types"), ("product", "product_page_types"),
                                    ("discussion", "discussion_page_types")) if declared(key)}
    if "article" in kinds:
        kinds.discard("product")
    return frozenset(kinds)


# A text of a customer's review: at least this many words written in one element.
_REVIEW_WORDS = 15


def _written_texts(tag, words: int = _REVIEW_WORDS) -> int:
    """How many elements inside ``tag`` (itself included) hold at least ``words`` words written
    directly in them (their own text and their children's tails): the texts people wrote
    there, as against a rating's summary, a count and a button's label."""
    found = 0
    for element in tag.iter():
        if not _is_element(element):
            continue
        own = [element.text, *(child.tail for child in element)]
        if sum(count_words(t) for t in own if t) >= words:
            found += 1
    return found


def _earlier_twins(element, members: set) -> set:
    """The nodes inside the elements marked up like ``element`` or one of its ancestors (the
    same tag, and at least half their classes shared) that come before it among its siblings
    and hold one of ``members`` (the elements its class word names): a thread's opening
    post, which the forum writes as it writes every reply, its author panel and tool bar
    named alike (Invision Community's ``<article class="ipsComment">``), but whose body the
    chrome pass left alone (an ``<article>``, or an id read only as an anchor inside the
    prose container). A product's description tab beside its reviews' tab holds no review."""
    twins = set()
    for node in (element, *element.iterancestors()):
        classes = set((node.get("class") or "").split())
        if not classes:
            continue
        for sibling in node.itersiblings(preceding=True):
            if not _is_element(sibling) or sibling.tag != node.tag:
                continue
            theirs = set((sibling.get("class") or "").split())
            if len(classes & theirs) * 2 >= len(classes | theirs):
                inside = set(sibling.iter())
                if not inside.isdisjoint(members):
                    twins |= inside
    return twins


def _titled_by_link(card) -> bool:
    """Whether ``card`` holds a link of two words or more that is a heading or sits in one:
    a teaser's title, which leads to the page it sums up."""
    for link in card.iter("a"):
        if not link.get("href") or _word_count(link) < 2:
            continue
        if any(node.tag in _HEADINGS for node in link.iter()) \
                or any(node.tag in _HEADINGS for node in link.iterancestors()):
            return True
    return False


def _shape(tag) -> tuple[str, str]:
    return tag.tag, (tag.get("class") or "").strip()


def drop_teasers(root, container, settings: dict, sizes: TextSizes | None = None) -> list[DroppedBlock]:
    """Remove the lists of teasers outside the page's prose container, and return their text.

    A list of teasers is an element with at least three children of one shape (tag and class),
    four in five of them titled by a link in a heading, none of more than
    ``teaser_max_words`` words, and all of them together holding no more words than the
    container divided by ``teaser_container_ratio`` (0 turns this off): "More from this
    author", "You might also like", a carousel of the blog's other posts. Their excerpts are
    prose, which the model keeps one by one; their shape says what they are. On a page whose
    teasers outweigh its prose, they are the page (a blog's index, a shop's collection), and
    stay. Lists inside the container, or around it, stay too."""
    ratio = float(settings.get("teaser_container_ratio", 0))
    if ratio <= 0 or container is None:
        return []
    inside = frozenset(container.iter())
    around = frozenset([container, *container.iterancestors()])
    budget = _word_count(container) / ratio
    max_words = int(settings.get("teaser_max_words", 80))
    found = []
    walk = etree.iterwalk(root, events=("start",))
    for _, tag in walk:
        if not _is_element(tag) or tag in around:
            continue
        if tag in inside:
            walk.skip_subtree()
            continue
        children = [child for child in tag if _is_element(child)]
        if len(children) < 3:
            continue
        shape, n = Counter(map(_shape, children)).most_common(1)[0]
        if n < 3:
            continue
        cards = [child for child in children if _shape(child) == shape]
        titled = sum(map(_titled_by_link, cards))
        if titled < 3 or titled < 0.8 * len(cards):
            continue
        counts = [_word_count(card) for card in cards]
        if max(counts) > max_words or sum(counts) > budget:
            continue
        walk.skip_subtree()
        found.append(tag)
    dropped = []
    for tag in found:
        text = _SPACE.sub(" ", " ".join(tag.itertext())).strip()
        if text:
            dropped.append(DroppedBlock(text, tag.sourceline, "navigation", "html-teasers"))
        if sizes is not None:
            sizes.forget(tag)
        _remove(tag, True)
    return dropped


_CAPTIONS = ("figcaption", "caption")


def split_credits(root, blocks: frozenset, words) -> None:
    """Make each credit inside a caption a block of its own, so that it becomes a paragraph
    apart from the caption's sentence: an inline element there whose class or id names one of
    ``words`` (``caption_credit_keywords``) or whose text opens with the copyright mark
    ("A mosquito feeding. <span class="credit">© Istock</span>"). Glued on, the credit made the
    whole caption read as a copyright notice; apart, it is judged as one and the sentence as the
    article's."""
    keywords, hint = _class_word_matcher(words)
    for caption in root.iter(*_CAPTIONS):
        for tag in list(caption.iterdescendants()):
            if not _is_element(tag) or tag.tag in blocks:
                continue
            text = "".join(tag.itertext()).strip()
            if text and (text.startswith("©") or (keywords and _chrome_word(tag, keywords, hint))):
                tag.tag = "div" if "div" in blocks else next(iter(sorted(blocks)))


# Paragraph-like elements whose own text counts as the page's prose (a div or section by the
# text written directly inside it, the others by all their text).
_PROSE_TAGS = ("p", "pre", "td", "blockquote", "li", "div", "section")
# An element's own text shorter than this (characters) is a label, not prose.
_PROSE_CHARS = 25
# A chrome-named element of at least this many words may be a post of a discussion.
_POST_WORDS = 20


class TextSizes(NamedTuple):
    """Characters, commas and characters inside links of each element's whole text, by
    element; :meth:`forget` keeps them true when an element is removed (its tail stays)."""

    chars: dict
    commas: dict
    linked: dict

    def forget(self, tag) -> None:
        chars, commas, linked = self
        if tag not in chars:
            return
        n, c, k = chars[tag], commas[tag], linked[tag]
        for parent in tag.iterancestors():
            if parent not in chars:
                continue
            k = n if parent.tag == "a" else k  # all of a link's text is linked text
            chars[parent] -= n
            commas[parent] -= c
            linked[parent] -= k


def _text_sizes(root) -> TextSizes:
    """Characters, commas and characters inside links of each element's whole text, in one
    bottom-up pass (a walk per element would take the square of a deep page's size): in
    reverse document order every node comes after its descendants, and adds its sizes and
    its tail's to its parent's."""
    chars: dict = {}
    commas: dict = {}
    linked: dict = {}
    for node in reversed(list(root.iter())):
        if _is_element(node):
            text = node.text
            n, c = chars.get(node, 0), commas.get(node, 0)
            if text:
                n, c = n + len(text), c + text.count(",")
            k = n if node.tag == "a" else linked.get(node, 0)
            chars[node], commas[node], linked[node] = n, c, k
            if node is root:
                continue
        else:  # a comment's text is none of the page's, its tail is
            n = c = k = 0
        tail = node.tail
        if tail:
            n, c = n + len(tail), c + tail.count(",")
        parent = node.getparent()
        if parent in chars:
            chars[parent] += n
            commas[parent] += c
            linked[parent] += k
        else:
            chars[parent], commas[parent], linked[parent] = n, c, k
    return TextSizes(chars, commas, linked)


def prose_container(root, share: float, sizes: TextSizes | None = None):
    """The element holding the page's prose (:func:`best_prose`), when it holds at least
    ``share`` of the page's words (else None; a ``share`` of 0 turns this off)."""
    if share <= 0:
        return None
    best = best_prose(root, sizes)
    if best is None:
        return None
    words = _word_count(best)
    return best if words and words >= share * _word_count(root) else None


def best_prose(root, sizes: TextSizes | None = None):
    """The element holding the page's prose, whatever share of the page it holds. Each
    paragraph-like element with a sentence's worth of text of its own scores 1 + its commas +
    its length/100 (at most 3 for length), less the share of its text inside links, in full to
    its parent and half to its grandparent; the element scoring most wins (as readability-style
    extractors find an article's body). A ``div`` or ``section`` counts the text written
    directly in it (and its links among its children), the others all their text. None when
    nothing scores, or when the winner is the whole ``<html>`` or ``<body>``. ``sizes``:
    :func:`_text_sizes` of ``root`` when known."""
    chars, commas, linked = sizes if sizes is not None else _text_sizes(root)
    scores: dict = {}
    for tag in root.iter(*_PROSE_TAGS):
        if tag.tag in ("div", "section"):
            own = "".join(t for t in [tag.text, *(child.tail for child in tag)] if t)
            n, c = len(own.strip()), own.count(",")
            links = sum(chars[child] for child in tag if child.tag == "a")
            density = links / (n + links) if n + links else 0.0
        else:
            n, c = chars[tag], commas[tag]
            density = linked[tag] / n if n else 0.0
        parent = tag.getparent()
        if n < _PROSE_CHARS or parent is None:
            continue
        value = (1 + c + min(n / 100, 3)) * (1 - density)
        scores[parent] = scores.get(parent, 0.0) + value
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
    best = max(scores, key=scores.get, default=None)  # the first of equal scores, in page order
    if best is None or best.tag in ("html", "body", DOCUMENT):
        return None
    return best


_CELLS = frozenset({"td", "th"})
_CELL_GAP = "\x00"  # where one cell of a row read whole ends and the next begins
# Between the cells of a row read whole. Not " | ": a line of pipes is how menus and
# breadcrumbs are written, and the model reads it so (on the realweb pages, with bars, it
# removed 10 of the 15 rows of a page's table of training programmes as navigation).
ROW_SEPARATOR = "; "


def whole_rows(root, blocks: frozenset[str], max_words: int = 100) -> frozenset:
    """The table rows read as one paragraph: rows of at least two cells (and nothing but
    cells) whose cells hold no block of their own, only text and inline markup, and at
    most ``max_words`` words in all. A data table's row ("Protein", "14 g") says one
    thing; read cell by cell, its label and its value are judged apart, and a value shared
    by several rows ("500 mg") is kept once. A layout table's cells hold paragraphs, lists
    or tables, or a whole article written with ``<br>``, and stay blocks."""
    rows = []
    for row in root.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str)]
        if len(cells) >= 2 and all(c.tag in _CELLS and _one_value(c, blocks) for c in cells) \
                and count_words(" ".join(row.itertext())) <= max_words:
            rows.append(row)
    return frozenset(rows)


def _one_value(cell, blocks: frozenset[str]) -> bool:
    """Whether a table cell holds text and inline markup only, or one ``<p>`` of it: a value
    as shops write them (WooCommerce wraps each attribute's value in a paragraph)."""
    inner = [d for d in cell.iterdescendants() if isinstance(d.tag, str) and d.tag in blocks]
    return not inner or (len(inner) == 1 and inner[0].tag == "p")


def text_runs(root, blocks: frozenset[str], break_words: int = 0,
              rows: frozenset = frozenset()) -> list[tuple[object | None, str]]:
    """The page's text cut at block boundaries: ``(block, text)`` in document order.

    A ``<br>`` is a space. Two in a row (nothing but spaces between) are how pages written
    without ``<p>`` separate paragraphs: with ``break_words``, a run is cut there when every
    piece holds at least that many words (paragraphs, or a disclaimer glued under an
    article), and stays whole otherwise (a specification list, an address, a poem).

    >>> root = parse_html('<div>Intro <b>bold</b><p>One<br>two</p>tail</div>')
    >>> [(b.tag, t) for b, t in text_runs(root, frozenset({"div", "p"}))]
    [('div', 'Intro bold'), ('p', 'One two'), ('div', 'tail')]
    >>> root = parse_html('<td>Rest the knee.<br>Ice it.<br> <br>See a doctor soon.<br><br><br>Or a nurse.</td>')
    >>> [t for _, t in text_runs(root, frozenset({"td"}), break_words=3)]
    ['Rest the knee. Ice it.', 'See a doctor soon.', 'Or a nurse.']
    >>> [t for _, t in text_runs(root, frozenset({"td"}), break_words=4)]
    ['Rest the knee. Ice it. See a doctor soon. Or a nurse.']

    The cells of a row in ``rows`` (:func:`whole_rows`) are one paragraph, ``ROW_SEPARATOR``
    between cells, an empty cell kept in its place but at either end:

    >>> root = parse_html('<table><tr><td></td><th>Protein</th><td></td><td> 14 <b>g</b></td><td> </td></tr></table>')
    >>> [(b.tag, t) for b, t in text_runs(root, frozenset({"table", "tr", "td", "th"}), rows=whole_rows(root, {"td"}))]
    [('tr', 'Protein; ; 14 g')]
    """
    runs: list[tuple[object | None, str]] = []
    owner = None
    parts: list[str] = []
    breaks: list[int] = []  # where in parts two <br> in a row fell: the run may be cut there
    after_break = -1  # where in parts the text after the last <br> starts (-1: no <br> since)
    # The block that owns text written directly inside each open element.
    owners: list[object | None] = [None]

    def flush() -> None:
        nonlocal after_break
        if owner in rows:
            # an empty cell between two others keeps its place, so that the values after it
            # stay under their columns
            cells = [_SPACE.sub(" ", cell).strip() for cell in "".join(parts).split(_CELL_GAP)]
            filled = [n for n, cell in enumerate(cells) if cell]
            if filled:
                text = ROW_SEPARATOR.join(cells[filled[0]:filled[-1] + 1])
                runs.append((owner, text))
            breaks.clear()
        elif breaks:
            pieces = [text for text in (_SPACE.sub(" ", "".join(parts[a:b])).strip()
                                        for a, b in pairwise([0, *breaks, len(parts)])) if text]
            if len(pieces) > 1 and any(count_words(p) < break_words for p in pieces):
                pieces = [" ".join(pieces)]
            runs.extend((owner, text) for text in pieces)
            breaks.clear()
        elif parts:
            # most runs between two blocks are the markup's indentation: no text
            joined = "".join(parts)
            if joined and not joined.isspace():
                runs.append((owner, _SPACE.sub(" ", joined).strip()))
        parts.clear()
        after_break = -1

    def add(text: str | None, here) -> None:
        nonlocal owner
        if text is None:
            return
        if here is not owner:
            flush()
            owner = here
        parts.append(text)

    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event == "start":
            in_row = node.tag in _CELLS and owners[-1] in rows  # a cell of a row read whole
            in_value = not in_row and node.tag in blocks and owners[-1] in rows  # a cell's one <p>
            if node.tag == "br":
                if break_words and after_break >= 0 and not "".join(parts[after_break:]).strip():
                    breaks.append(len(parts))  # a second <br> in a row: maybe a paragraph break
                    after_break = -1
                else:
                    parts.append(" ")
                    after_break = len(parts)
            elif in_row:
                add(_CELL_GAP, owners[-1])  # the row's text goes on
            elif in_value:
                add(" ", owners[-1])
            elif node.tag in blocks:
                flush()  # a block starts: the text before it is a paragraph of its own
            here = node if node.tag in blocks and not (in_row or in_value) else owners[-1]
            owners.append(here)
            add(node.text, here)
        else:
            if event == "end":
                owners.pop()
            elif event == "comment" and node.text == _SPACED:
                add(" ", owners[-1])
            add(node.tail, owners[-1])
    flush()
    return runs


class PageTooLarge(ValueError):
    """A page nested deeper or holding more elements than ``[ingest.html]`` allows."""


def check_page_size(root, settings: dict) -> None:
    """Raise :class:`PageTooLarge` for a page past ``max_html_depth`` or ``max_html_elements``:
    walking such a page in Python (each text's ancestors) takes minutes and gigabytes, where
    lxml's C parser measures it in milliseconds."""
    if root is None:
        return
    max_depth, max_elements = int(settings["max_html_depth"]), int(settings["max_html_elements"])
    depth = deepest = elements = -1  # the document element holding the page is not counted
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            elements += 1
            deepest = max(deepest, depth)
            if elements > max_elements:
                raise PageTooLarge(f"more than {max_elements:,} elements ([ingest.html] max_html_elements)")
        else:
            depth -= 1
    if deepest > max_depth:
        raise PageTooLarge(f"elements nested more than {max_depth:,} deep ({deepest:,} levels read; "
                           "[ingest.html] max_html_depth)")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _strip_xml_declaration(html: str) -> str:
    """The page without its XML declaration, which is moot once the page is decoded, but with
    the line breaks before and inside it, so that source lines stay the file's.

    >>> _strip_xml_declaration('\\n\\n<?xml version="1.0"\\n encoding="utf-8"?><p>a</p>')
    '\\n\\n\\n<p>a</p>'
    """
    return _XML_DECLARATION.sub(lambda m: "".join(c for c in m.group() if c in "\r\n"), html, count=1)


def extract_blocks(html: str, config: dict) -> tuple[str | None, list[Block]]:
    """The page URL and the page's paragraphs, chrome removed (:func:`extract_page`)."""
    url, blocks, _ = extract_page(html, config)
    return url, blocks


def extract_page(html: str, config: dict) -> tuple[str | None, list[Block], list[DroppedBlock]]:
    """The page URL and the page's paragraphs, chrome removed.

    >>> from pipeline.config import load_config
    >>> url, blocks, dropped = extract_page('<html><head><link rel="canonical" href="https://a.org/k">'
    ...     '</head><body><nav><a>Home</a></nav>\\n<p>Knee <a href="#">pain</a>.</p>\\n'
    ...     '<div class="cookie-banner">We use cookies</div><li>Rest</li></body></html>', load_config())
    >>> url, [(b.text, b.line, b.element) for b in blocks]
    ('https://a.org/k', [('Knee pain.', 2, 1), ('Rest', 3, 2)])
    >>> [(d.text, d.line, d.category, d.rule) for d in dropped]
    [('Home', 1, 'navigation', 'html-tag:nav'), ('We use cookies', 3, 'cookie', 'html-class:cookie')]
    """
    settings = html_settings(config)
    root = parse_html(html)
    if root is None:
        return None, [], []
    check_page_size(root, settings)
    url = page_url(root)
    share = float(settings.get("prose_container_share", 0))
    # One pass over the text sizes: the chrome pass keeps them true as it removes elements.
    sizes = _text_sizes(root) if share > 0 else None
    kinds = page_kinds(root, settings)  # read before the chrome pass drops <head> and the scripts
    dropped = drop_chrome(root, settings, best_prose(root, sizes) if share > 0 else None, sizes, kinds)
    blocks = frozenset(settings["block_tags"])
    container = prose_container(root, share, sizes)
    dropped += drop_teasers(root, container, settings, sizes)
    split_credits(root, blocks, settings.get("caption_credit_keywords", ()))
    # The page's title (its <h1>) belongs with the article, though layouts often put it above
    # the element that holds the article's paragraphs.
    inside = frozenset(container.iter()) | frozenset(root.iter("h1")) if container is not None else frozenset()
    rows = whole_rows(root, blocks, int(settings.get("table_row_max_words", 100))) \
        if settings.get("table_rows", False) else frozenset()
    runs = text_runs(root, blocks, int(settings.get("break_min_words", 0)), rows)
    title = next(root.iter("h1"), None)
    out = [Block(text, owner.sourceline if owner is not None else None, n,
                 container is not None and owner not in inside, in_data_table(owner, container),
                 title is not None and owner is title)
           for n, (owner, text) in enumerate(runs, start=1)]
    return url, out, dropped


_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def in_data_table(owner, container) -> bool:
    """Whether a block (its owning element) lies in a cell or row of a table that sits inside the
    page's prose container: a table of the article's own (doses, nutrition, rankings),
    whose cells ("3", "New Jersey", "66.6") read as menu items one by one. Not when the
    container is itself part of a table (a layout table holding the whole page).

    >>> root = parse_html('<div><p>Prose.</p><table><tr><td><b>9</b></td></tr></table></div>')
    >>> div, cell = root.find('.//div'), root.find('.//td')
    >>> in_data_table(cell, div), in_data_table(div.find('p'), div), in_data_table(cell, None)
    (True, False, False)
    >>> in_data_table(cell, root.find('.//table'))
    False
    """
    if owner is None or container is None or container.tag in _TABLE_PARTS:
        return False
    cell = False  # a cell, or a row read whole (table_rows), met on the way up
    node = owner
    while node is not None:
        if node is container:
            return cell
        cell = cell or node.tag in _CELLS or node.tag == "tr"
        node = node.getparent()
    return False


# A page the chrome pass empties, or leaves with fewer than FALLBACK_KEPT_WORDS words (a
# "Loading…" placeholder beside an article in <noscript>), is read again without that pass
# when what it dropped holds at least FALLBACK_WORDS words (a short page in an ASP.NET <form>).
FALLBACK_WORDS = 20
FALLBACK_KEPT_WORDS = 10


def _without_chrome_pass(config: dict) -> dict:
    html = dict(html_settings(config), chrome_keywords=[], chrome_roles=[], control_keywords=[],
                chrome_word_pairs=[], prose_container_share=0, product_page_types=[], discussion_page_types=[],
                drop_tags=[t for t in html_settings(config)["drop_tags"] if t in _NEVER_TEXT])
    return {**config, "ingest": {**config["ingest"], "html": html}}


def html_paragraphs(
    path: str, html: str, config: dict, *, url: str | None = None, record: int | None = None,
    line: int | None = None,
) -> list[Paragraph]:
    """The paragraphs of one page with provenance (:func:`html_page` without its chrome).

    >>> from pipeline.config import load_config
    >>> [(p.raw, p.source.to_dict()) for p in html_paragraphs("a.html", "<p>One</p><p>Two</p>", load_config())]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('One', {'path': 'a.html', 'line': 1, 'start': -1, 'end': -1, 'element': 1}),
     ('Two', {'path': 'a.html', 'line': 1, 'start': -1, 'end': -1, 'element': 2})]
    """
    return html_page(path, html, config, url=url, record=record, line=line)[0]


def html_page(
    path: str, html: str, config: dict, *, url: str | None = None, record: int | None = None,
    line: int | None = None,
) -> tuple[list[Paragraph], list[Removal]]:
    """The paragraphs of one page with provenance, and a removal (``boilerplate``, rule
    ``html-tag:...`` or ``html-class:...``) for the text of each chrome element dropped.

    ``record``, ``line`` and ``url`` are given for a page inside a JSON Lines
    record: ``line`` is then the record's line, and the record's URL (what
    the scraper fetched) wins over the one the page names.
    """
    found_url, blocks, dropped = extract_page(html, config)
    kept_words = sum(count_words(b.text) for b in blocks)
    if kept_words < FALLBACK_KEPT_WORDS and sum(count_words(d.text) for d in dropped) >= max(
            FALLBACK_WORDS, 2 * kept_words):
        # The markup pass left (almost) nothing, yet what it dropped holds prose: the article
        # sat in elements that read as chrome. Every block goes to the boilerplate stage instead.
        found_url, blocks, dropped = extract_page(html, _without_chrome_pass(config))
    page = url or found_url
    limit = int(config["ingest"]["max_paragraph_chars"])
    paragraphs = [
        Paragraph(b.text, Provenance(path, line if line is not None else (b.line or b.element), -1, -1,
                                     url=page, record=record, element=b.element),
                  html=HTML_OUTSIDE_PROSE if b.outside_prose else HTML_TABLE_CELL if b.table_cell
                  else HTML_TITLE if b.title else HTML_BLOCK)
        for b in blocks
    ]
    removals = [
        Removal(Provenance(path, line if line is not None else (d.line or 1), -1, -1, url=page, record=record),
                d.text[:limit], "boilerplate", category=d.category, rule=d.rule, signals=(d.rule,))
        for d in dropped
    ]
    return paragraphs, removals
