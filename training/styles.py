"""Scraper styles of the realweb pages beyond the pack's own two, written from the HTML.

A user's scraper writes lines its own way. Two more ways are written here from the pack's
pages (WCXB, the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0):

* ``headed``: what a scraper collecting paragraphs, headings and list items writes: each
  ``p``, ``h1``-``h6``, ``blockquote``, ``pre`` and ``figcaption``, and each ``li`` holding
  none of those and no other ``li``, is a line (menus built of list items come with it);
* ``textnodes``: what BeautifulSoup's ``get_text("\\n")`` gives once blank lines are
  dropped: every text node a line, so a sentence with a link in it comes out in pieces;
* ``wrapped``: the headed style's lines hard-wrapped at 80 characters, as text-mode
  browsers and HTML-to-text converters write (``lynx -dump``, html2text): a paragraph
  comes out as several lines that break mid-sentence.

Each set is labelled by the pack's own labeller (``tools/label.py``, against the page's
WCXB ground truth). ``training.train`` learns from them (more ways of cutting the same
pages into lines); ``training.other_styles`` cleans them with each fold's model.
"""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import lxml.html
from lxml import etree

from .realweb import PAGES_PER_DUMP, Page, pages_from_gold

_DROPPED = {"script", "style", "noscript", "template", "svg", "iframe"}
_HEADED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption"}
_SPACE = re.compile(r"\s+")
STYLES = ("headed", "textnodes", "wrapped")
WRAP_WIDTH = 80


def _collapse(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _body(html: bytes):
    """The page's body (or document) with scripts, styles and their like gone, or None."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        doc = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for el in [e for e in doc.iter() if isinstance(e.tag, str) and e.tag.lower() in _DROPPED]:
        el.drop_tree()  # its tail stays
    for br in doc.iter("br"):
        br.tail = " " + (br.tail or "")
    body = doc.find("body")
    return body if body is not None else doc


def _tag(el) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


def headed_lines(root) -> list[str]:
    """Paragraphs, headings and innermost list items, in page order.

    >>> headed_lines(_body(b"<ul><li><a>Home</a></li></ul><h1>Knee pain</h1><p>Rest <b>it</b>.</p>"))
    ['Home', 'Knee pain', 'Rest it.']
    """
    out: list[str] = []

    def visit(el) -> None:
        tag = _tag(el)
        if tag is None:
            return
        if tag in _HEADED or (tag == "li" and not any(_tag(d) in _HEADED | {"li"} for d in el.iterdescendants())):
            if text := _collapse(el.text_content()):
                out.append(text)
            return
        for child in el:
            visit(child)

    visit(root)
    return out


def text_node_lines(root) -> list[str]:
    """Every text node, in page order.

    >>> text_node_lines(_body(b"<p>See <a href='/x'>a doctor</a> if it swells.</p><div>Share</div>"))
    ['See', 'a doctor', 'if it swells.', 'Share']
    """
    out: list[str] = []

    def visit(el) -> None:
        if _tag(el) is not None:
            if text := _collapse(el.text):
                out.append(text)
            for child in el:
                visit(child)
        if el is not root and (tail := _collapse(el.tail)):
            out.append(tail)

    visit(root)
    return out


def wrapped_lines(root) -> list[str]:
    """The headed lines, each hard-wrapped at WRAP_WIDTH characters.

    >>> wrapped_lines(_body(b"<h1>Knee pain</h1><p>" + b"Rest the knee. " * 8 + b"</p>"))[:2]
    ['Knee pain', 'Rest the knee. Rest the knee. Rest the knee. Rest the knee. Rest the knee. Rest']
    """
    return [piece for line in headed_lines(root) for piece in textwrap.wrap(line, WRAP_WIDTH)]


_LINES = {"headed": headed_lines, "textnodes": text_node_lines, "wrapped": wrapped_lines}


def write_set(realweb: Path, ids: list[str], style: str, out: Path) -> None:
    """Dumps of ``ids`` in ``style`` (six pages a dump, a blank line between pages) and
    the ``lines.jsonl`` the pack's labeller reads."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for start in range(0, len(ids), PAGES_PER_DUMP):
        name = f"rw_{start // PAGES_PER_DUMP:04d}.txt"
        text: list[str] = []
        for n, page in enumerate(ids[start : start + PAGES_PER_DUMP]):
            if n:
                text.append("")
            root = _body(gzip.decompress((realweb / "pages" / f"{page}.html.gz").read_bytes()))
            for line in _LINES[style](root) if root is not None else []:
                text.append(line)
                rows.append({"file": name, "line": len(text), "page": page, "tag": style})
        (out / name).write_text("\n".join(text) + "\n", encoding="utf-8")
    with open(out / "lines.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, sort_keys=True) + "\n" for r in rows)


def run_labeller(realweb: Path, folder: Path) -> None:
    """Label a set written by :func:`write_set` with the pack's labeller (``gold.jsonl``)."""
    subprocess.run([sys.executable, str(realweb / "tools" / "label.py"), "--set", str(folder),
                    "--truth-dir", str(realweb / "truth")], check=True, capture_output=True)


def style_pages(realweb: Path, style: str, out: Path) -> list[Page]:
    """Every page of the pack in ``style``, in id order, with its lines and labels (the set
    is written into ``out`` and labelled there)."""
    write_set(realweb, sorted(t.stem for t in (realweb / "truth").glob("*.json")), style, out)
    run_labeller(realweb, out)
    with open(out / "gold.jsonl", encoding="utf-8") as fh:
        return pages_from_gold(realweb, out, map(json.loads, fh))


def parse_styles(value: str, option: str, program: str) -> tuple[str, ...]:
    """The styles named in a comma-separated option value; SystemExit naming any unknown."""
    styles = tuple(s for s in value.split(",") if s)
    if unknown := sorted(set(styles) - set(STYLES)):
        raise SystemExit(f"{program}: unknown {option} {', '.join(unknown)} (known: {', '.join(STYLES)})")
    return styles
