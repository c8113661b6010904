"""The blind health pages (bench/health_pages) as scrape dumps: boilerplate precision, recall
and content lines removed, in the realweb pack's two scraper styles, pages in order and
shuffled.

    python -m bench.health_dumps [--realweb ../shared/realweb] [--seed 7] [--pages DIR --truth DIR]

Each page is turned into lines by the realweb pack's own ``tools/to_dump.py`` (WCXB, the Web
Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0: the scraper styles the model learned
from), the 20 pages joined into one dump (a blank line between pages; shuffled, no blank lines).
A line is content when it is one of the page's content strings or, at 12 characters or more,
holds one or lies inside one; furniture the same way; neither or both, it is not scored. Only
removals as boilerplate count: a repeated line removed as a duplicate is kept once.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.health_pages import HERE, collapse
from pipeline import clean_corpus, load_config


def line_label(line: str, truth: dict) -> str | None:
    """``content``, ``furniture`` or None (neither, or both) for one dump line.

    >>> line_label("1 tablet", {"content": ["Take 1 tablet every 4 hours."], "furniture": ["Home"]})  # too short a piece
    >>> line_label("Take 1 tablet every 4 hours.", {"content": ["Take 1 tablet every 4 hours."], "furniture": []})
    'content'
    >>> line_label("Home", {"content": ["Home remedies for a cold"], "furniture": ["Home"]})
    'furniture'
    """
    text = collapse(line)

    def matches(strings: list[str]) -> bool:
        return any(s == text or (len(text) >= 12 and (text in s or s in text))
                   for s in map(collapse, strings) if len(s) >= 3)

    content, furniture = matches(truth["content"]), matches(truth["furniture"])
    return "content" if content and not furniture else "furniture" if furniture and not content else None


def page_lines(tool: Path, page: Path, style: str) -> list[str]:
    out = subprocess.run([sys.executable, str(tool), "--html", str(page), "--style", style],
                         capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def score(rows: list[tuple[str, str | None] | None]) -> dict:
    """Clean one dump of ``rows`` (a line and its label; None for a blank line) and score it."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp, "health.txt")
        dump.write_text("\n".join("" if r is None else r[0] for r in rows) + "\n", encoding="utf-8")
        result = clean_corpus([str(dump)], config=load_config())
    removed = {r.source.line: r for r in result.removed if r.reason == "boilerplate"}
    found = missed = lost = content = 0
    lost_lines = []
    for n, row in enumerate(rows, start=1):
        if row is None or row[1] is None:
            continue
        if row[1] == "content":
            content += 1
            if n in removed:
                lost += 1
                lost_lines.append(row[0])
        elif n in removed:
            found += 1
        else:
            missed += 1
    return {"furniture": found + missed, "content": content, "precision": found / max(1, found + lost),
            "recall": found / max(1, found + missed), "content_removed": lost, "lost": lost_lines}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--truth", type=Path, default=HERE / "truth")
    args = ap.parse_args(argv)
    tool = args.realweb / "tools" / "to_dump.py"
    if not tool.is_file():
        sys.exit(f"{args.realweb}: no realweb pack there (no tools/to_dump.py); give its folder with --realweb")
    truths = {t.stem: json.loads(t.read_text(encoding="utf-8")) for t in sorted(args.truth.glob("*.json"))}
    results = {}
    for style in ("blocks", "paragraphs"):
        pages = [[(line, line_label(line, truth)) for line in page_lines(tool, args.pages / f"{name}.html", style)]
                 for name, truth in truths.items()]
        in_order = [row for page in pages for row in [*page, None]][:-1]
        shuffled = [row for page in pages for row in page]
        random.Random(args.seed).shuffle(shuffled)
        for order, rows in (("in order", in_order), ("shuffled", shuffled)):
            r = results[f"{style}, {order}"] = score(rows)
            print(f"{style:10} {order:9} furniture lines {r['furniture']:4}, content lines {r['content']:4}: "
                  f"precision {r['precision']:.3f}, recall {r['recall']:.3f}, content removed "
                  f"{r['content_removed']} ({r['content_removed'] / max(1, r['content']):.2%})")
            for line in r["lost"]:
                print(f"    content removed: {line[:100]}")
    return results


if __name__ == "__main__":
    main()
