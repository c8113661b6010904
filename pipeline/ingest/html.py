"""HTML pages: drop the page chrome, turn each remaining block into a paragraph.

The page is parsed by beautifulsoup4 over lxml, which repairs broken markup
(unclosed tags, stray end tags) the way browsers do. Chrome goes first: whole
elements by tag (``drop_tags``) and by an id or class word (``chrome_keywords``).
Then the text is cut at every block element (``block_tags``): each run of text
that belongs to one block becomes a paragraph, with inline markup unwrapped,
``<br>`` read as a space and footnote ``<sup>`` markers dropped. The usual
normalise, boilerplate and dedup stages then judge the paragraphs.

Provenance: ``line`` is the source line of the block's start tag (lxml's
``sourceline``) or, when that is unknown, the block's index; ``element`` is the
1-based index of the paragraph in the page; ``url`` comes from
``<link rel="canonical">`` or ``og:url``; ``start``/``end`` are -1 because a
paragraph assembled from markup is no character range of the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from ..model import Paragraph, Provenance, Removal

# Strings that are markup, not text.
_NOT_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
# HTML collapses runs of ASCII white space to one space; a no-break space is
# text (the normalise stage decides about it).
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# Class/id values are cut into pieces at separators, then into words at camelCase humps.
_PIECE = re.compile(r"[\s_\-:./]+")
_HASHLIKE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# A footnote marker: "3", "[12]", "1,4", "2-5", "*", "†".
_MARKER = re.compile(r"^[\[(]?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]?$|^[*†‡§¶]+$")
# Text before a <sup> that makes it an exponent, not a footnote: a digit
# ("10<sup>9</sup>") or a short unit ("m<sup>2</sup>", "kg/m<sup>2</sup>").
_EXPONENT_BASE = re.compile(r"(?:\d|(?<![A-Za-z])[A-Za-zµμ]{1,2})$")
# Elements that hold no reader-visible text (dropped before the page's words are counted).
_NEVER_TEXT = frozenset({"script", "style", "template", "svg", "iframe"})
# Elements never dropped as chrome, however they are classed.
_PROTECTED = frozenset({"html", "body", "main", "article"})

@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of a page: its text, the source line of its block, its index."""

    text: str
    line: int | None
    element: int


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
_WORD_CATEGORY = {"cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
                  "newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
                  "signup": "newsletter", "share": "share", "sharing": "share", "social": "share",
                  "sharebar": "share", "comment": "comment", "comments": "comment", "disqus": "comment",
                  "respond": "comment", "breadcrumb": "navigation", "breadcrumbs": "navigation"}


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


def page_url(soup: BeautifulSoup) -> str | None:
    """The page's own URL: ``<link rel="canonical">``, else ``og:url``.

    >>> page_url(BeautifulSoup('<link rel="canonical" href=" https://a.org/x ">'
    ...                        '<meta property="og:url" content="https://b.org/y">', "lxml"))
    'https://a.org/x'
    >>> page_url(BeautifulSoup('<meta property="og:url" content="https://b.org/y">', "lxml"))
    'https://b.org/y'
    >>> page_url(BeautifulSoup('<p>no url</p>', "lxml")) is None
    True
    """
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        if "canonical" in (r.lower() for r in rels) and link["href"].strip():
            return link["href"].strip()
    for meta in soup.find_all("meta", content=True):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url" and meta["content"].strip():
            return meta["content"].strip()
    return None


def _is_chrome(tag: Tag, keywords: frozenset[str]) -> bool:
    if tag.name in _PROTECTED or not (class_words(tag.get("class")) | class_words(tag.get("id"))) & keywords:
        return False
    # A wrapper around the whole article is not chrome, whatever its class says.
    return tag.find(("main", "article")) is None


def _word_count(tag: Tag) -> int:
    return sum(len(text.split()) for text in tag.find_all(string=True) if not isinstance(text, _NOT_TEXT))


def _inside(tag: Tag, name: str) -> bool:
    return any(parent.name == name for parent in tag.parents)


def _previous_text(tag: Tag) -> str:
    prev = tag.previous_sibling
    return str(prev) if isinstance(prev, NavigableString) and not isinstance(prev, _NOT_TEXT) else ""


def is_footnote_marker(sup: Tag) -> bool:
    """Whether a ``<sup>`` is a footnote marker (dropped) rather than an exponent (kept).

    >>> soup = BeautifulSoup('<p>numbness<sup>14</sup> in 10<sup>9</sup> m<sup>2</sup>'
    ...                      ' cells<sup><a href="#r">a</a></sup></p>', "lxml")
    >>> [is_footnote_marker(s) for s in soup.find_all("sup")]
    [True, False, False, True]
    """
    if sup.find("a") is not None:
        return True
    if not _MARKER.match(sup.get_text().strip()):
        return False
    return not _EXPONENT_BASE.search(_previous_text(sup).rstrip())


def _gone(tag: Tag) -> bool:
    """``tag.decomposed`` without its cost: bs4 reads a missing ``_decomposed`` through
    ``Tag.__getattr__``, which searches the whole subtree for a tag of that name (a
    third of the time of reading a page went there); ``decompose`` sets it in the dict."""
    return tag.__dict__.get("_decomposed", False)


def drop_chrome(soup: BeautifulSoup, settings: dict, lines: dict[int, int] | None = None) -> list[DroppedBlock]:
    """Remove chrome elements, footnote markers and non-text nodes from ``soup`` in place;
    return the text of each chrome element dropped (``lines``: source line by ``id()`` of a tag)."""
    dropped: list[DroppedBlock] = []
    drop = set(settings["drop_tags"])
    keywords = frozenset(k.lower() for k in settings["chrome_keywords"])
    for head in soup.find_all("head"):
        head.decompose()  # metadata: its <title> repeats the page's <h1> with the site name glued on
    for tag in soup.find_all(_NEVER_TEXT & drop):
        if not _gone(tag):
            tag.decompose()
    page_words = _word_count(soup)
    wrapper_share, wrapper_words = float(settings["wrapper_share"]), int(settings["wrapper_min_words"])
    for tag in soup.find_all(True):
        if _gone(tag):
            continue  # inside something already dropped
        by_tag = tag.name in drop and not (tag.name == "header" and _inside(tag, "article"))
        if by_tag or _is_chrome(tag, keywords):
            # Chrome is a part of the page: an element that holds most of the page's text
            # is its wrapper, however it is named (an unclosed <header> that broken markup
            # made the parent of everything, a "post-with-sidebar" or "cmp-container" div).
            if page_words >= wrapper_words and _word_count(tag) >= wrapper_share * page_words:
                continue
            text = _SPACE.sub(" ", tag.get_text(" ")).strip()
            if text:
                if by_tag:
                    category, rule = _TAG_CATEGORY.get(tag.name, "site-chrome"), f"html-tag:{tag.name}"
                else:
                    word = min((class_words(tag.get("class")) | class_words(tag.get("id"))) & keywords)
                    category, rule = _WORD_CATEGORY.get(word, "site-chrome"), f"html-class:{word}"
                dropped.append(DroppedBlock(text, (lines or {}).get(id(tag)), category, rule))
            tag.decompose()
    for sup in soup.find_all("sup"):
        if is_footnote_marker(sup):
            sup.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, _NOT_TEXT)):
        node.extract()
    return dropped


def _owner(node, blocks: frozenset[str]) -> Tag | None:
    # Walk up iteratively: pages nest hundreds of elements deep.
    for parent in node.parents:
        if parent.name in blocks:
            return parent
    return None


def text_runs(soup: BeautifulSoup, blocks: frozenset[str]) -> list[tuple[Tag | None, str]]:
    """The page's text cut at block boundaries: ``(block, text)`` in document order.

    >>> soup = BeautifulSoup('<div>Intro <b>bold</b><p>One<br>two</p>tail</div>', "lxml")
    >>> [(b.name, t) for b, t in text_runs(soup, frozenset({"div", "p"}))]
    [('div', 'Intro bold'), ('p', 'One two'), ('div', 'tail')]
    """
    runs: list[tuple[Tag | None, str]] = []
    owner: Tag | None = None
    parts: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text:
            runs.append((owner, text))
        parts.clear()

    for node in soup.descendants:  # a generator that walks without recursion
        if isinstance(node, Tag):
            if node.name == "br":
                parts.append(" ")
            elif node.name in blocks:
                flush()  # a block starts: the text before it is a paragraph of its own
        elif not isinstance(node, _NOT_TEXT):
            here = _owner(node, blocks)
            if here is not owner:
                flush()
                owner = here
            parts.append(str(node))
    flush()
    return runs


class PageTooLarge(ValueError):
    """A page nested deeper or holding more elements than ``[ingest.html]`` allows."""


def _lxml_root(html: str):
    from lxml import etree

    try:
        return etree.fromstring(html, etree.HTMLParser(huge_tree=True, recover=True))
    except (etree.LxmlError, ValueError):
        return None


def check_page_size(root, settings: dict) -> None:
    """Raise :class:`PageTooLarge` for a page past ``max_html_depth`` or ``max_html_elements``:
    walking such a page in Python (bs4's tree, each text's ancestors) takes minutes and
    gigabytes, where lxml's C parser measures it in milliseconds."""
    if root is None:
        return
    from lxml import etree

    max_depth, max_elements = int(settings["max_html_depth"]), int(settings["max_html_elements"])
    depth = deepest = elements = 0
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


def _source_lines(root, soup: BeautifulSoup) -> dict[int, int] | None:
    """Source line of every element, keyed by ``id()`` of the bs4 tag.

    bs4's lxml builder does not record lines, so lxml parses the page once
    more (``root``) and the two element sequences (the same parser, so the same
    repairs) are paired in document order. None when they disagree.
    """
    if root is None:
        return None
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    tags = soup.find_all(True)
    if len(elements) != len(tags) or any(e.tag != t.name for e, t in zip(elements, tags)):
        return None
    return {id(t): e.sourceline for e, t in zip(elements, tags)}


def _strip_xml_declaration(html: str) -> str:
    # lxml refuses a str that declares its encoding; the declaration is moot once decoded.
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html)


def _parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(_strip_xml_declaration(html), "lxml")


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
    root = _lxml_root(_strip_xml_declaration(html))
    check_page_size(root, settings)
    soup = _parse(html)
    url = page_url(soup)
    # Lines are looked up by id() of a block tag: the tags stay alive in soup.
    lines = _source_lines(root, soup) or {}
    dropped = drop_chrome(soup, settings, lines)
    blocks = frozenset(settings["block_tags"])
    out = []
    for n, (owner, text) in enumerate(text_runs(soup, blocks), start=1):
        line = lines.get(id(owner)) if owner is not None else None
        out.append(Block(text, line, n))
    return url, out, dropped


# A page the chrome pass empties is read again without that pass when what it dropped
# holds at least this many words.
FALLBACK_WORDS = 50


def _without_chrome_pass(config: dict) -> dict:
    html = dict(html_settings(config), chrome_keywords=[],
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
    if not blocks and sum(len(d.text.split()) for d in dropped) >= FALLBACK_WORDS:
        # The markup pass left nothing, yet what it dropped holds prose: the article sat in
        # elements that read as chrome. Every block goes to the boilerplate stage instead.
        found_url, blocks, dropped = extract_page(html, _without_chrome_pass(config))
    page = url or found_url
    limit = int(config["ingest"]["max_paragraph_chars"])
    paragraphs = [
        Paragraph(b.text, Provenance(path, line if line is not None else (b.line or b.element), -1, -1,
                                     url=page, record=record, element=b.element), html=True)
        for b in blocks
    ]
    removals = [
        Removal(Provenance(path, line if line is not None else (d.line or 1), -1, -1, url=page, record=record),
                d.text[:limit], "boilerplate", category=d.category, rule=d.rule, signals=(d.rule,))
        for d in dropped
    ]
    return paragraphs, removals
