"""The classifier on scraper styles it was never trained on.

    python -m training.other_styles [--realweb ../shared/realweb] [--work build/realweb-cv]

The model learns from the realweb pack's two scraper styles (blocks, paragraphs). A user's
scraper writes lines its own way, so the held-out pages of each site fold are turned into
dumps in two other styles, written here:

* ``headed``: what a scraper collecting paragraphs, headings and list items writes: each
  ``p``, ``h1``-``h6``, ``blockquote``, ``pre`` and ``figcaption``, and each ``li`` holding
  none of those and no other ``li``, is a line (menus built of list items come with it);
* ``textnodes``: what BeautifulSoup's ``get_text("\\n")`` gives once blank lines are
  dropped: every text node a line, so a sentence with a link in it comes out in pieces.

Each set is labelled by the pack's own labeller (``tools/label.py``, against the page's
WCXB ground truth), and cleaned by ``clean_corpus`` with that fold's model (trained
without the fold's sites, ``training.evaluate``), at the shipped thresholds. Data: WCXB,
the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0.
"""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import lxml.html
from lxml import etree

from pipeline import load_config

from .evaluate import fold_arguments, fold_model, pooled, score, summary
from .realweb import PAGES_PER_DUMP, fold_of_site, site_of

_DROPPED = {"script", "style", "noscript", "template", "svg", "iframe"}
_HEADED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption"}
_SPACE = re.compile(r"\s+")
STYLES = ("headed", "textnodes")


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


_LINES = {"headed": headed_lines, "textnodes": text_node_lines}


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


def main(argv: list[str] | None = None) -> dict:
    args = fold_arguments(__doc__.splitlines()[0]).parse_args(argv)
    truths = {t.stem: json.loads(t.read_text(encoding="utf-8"))
              for t in sorted((args.realweb / "truth").glob("*.json"))}
    results = {}
    for style in STYLES:
        per_fold = []
        for fold in range(args.folds):
            ids = [i for i, t in truths.items() if fold_of_site(site_of(t.get("url"), i), args.folds) == fold]
            folder = args.work / "other-styles" / style / f"fold{fold}"
            write_set(args.realweb, ids, style, folder)
            subprocess.run([sys.executable, str(args.realweb / "tools" / "label.py"), "--set", str(folder),
                            "--truth-dir", str(args.realweb / "truth")], check=True, capture_output=True)
            model = fold_model(args.realweb, args.work, fold, args.folds)
            config = load_config(overrides={"boilerplate": {"model": {"path": str(model)}}})
            per_fold.append(score(folder, folder.parent / f"out{fold}", config))
            print(style, "fold", fold, summary(per_fold[-1]), flush=True)
        results[style] = pooled(per_fold)
        print(style, "pooled", results[style], flush=True)
    (args.work / "other-styles" / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
