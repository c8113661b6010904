"""The realweb pack as labelled pages, and scrape dumps rebuilt from them.

The pack (``../shared/realweb``) holds 1,358 real web pages from WCXB, the Web Content
eXtraction Benchmark by Murrough Foley (https://github.com/Murrough-Foley/web-content-extraction-benchmark,
CC-BY-4.0), turned into scrape dumps in two styles with every line labelled against the
page's human-reviewed main content. Here each page becomes its sequence of (line,
label); pages are grouped by site (registrable domain) so that folds hold whole sites
out; and dumps are rebuilt from any set of pages, in page order or with the lines of
each dump shuffled across its pages (the way our samples arrive), with a per-line gold
file in the format ``clean-corpus eval`` reads.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

STYLES = ("blocks", "paragraphs")
PAGES_PER_DUMP = 6  # as the pack's own dumps
# Second-level labels under which sites register (bbc.co.uk, health.gov.au).
_SECOND_LEVEL = {"co", "com", "org", "gov", "ac", "net", "edu", "or", "ne", "go"}


@dataclass
class Page:
    id: str
    site: str
    lines: list[str]
    labels: list[str]  # content, boilerplate or ambiguous


def site_of(url: str | None, page_id: str) -> str:
    """The registrable domain of a page's URL (a page without one is a site of its own).

    >>> site_of("https://www.nhs.uk/conditions/a", "1"), site_of("http://news.bbc.co.uk/x", "2")
    ('nhs.uk', 'bbc.co.uk')
    >>> site_of(None, "0042")
    'page-0042'
    """
    if not url:
        return f"page-{page_id}"
    host = (urlparse(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if len(labels) >= 2 else host or f"page-{page_id}"


def load_pages(root: Path, style: str) -> list[Page]:
    """Every page of one style, in id order, with its lines and labels."""
    folder = root / "dumps" / style
    with gzip.open(folder / "gold.jsonl.gz", "rt", encoding="utf-8") as fh:
        return pages_from_gold(root, folder, map(json.loads, fh))


def pages_from_gold(root: Path, folder: Path, rows) -> list[Page]:
    """Every page of the pack (``root``), in id order, with its lines and labels from the
    labeller's ``rows`` (``file``, ``line``, ``page``, ``label``) over the dumps in ``folder``."""
    texts: dict[str, list[str]] = {}
    by_page: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for row in rows:
        by_page[row["page"]].append((row["file"], row["line"], row["label"]))
    pages = []
    for truth in sorted((root / "truth").glob("*.json")):
        meta = json.loads(truth.read_text(encoding="utf-8"))
        lines, labels = [], []
        for file, line, label in sorted(by_page.get(meta["id"], [])):
            if file not in texts:
                texts[file] = (folder / file).read_text(encoding="utf-8").split("\n")
            lines.append(texts[file][line - 1].strip())
            labels.append(label)
        pages.append(Page(meta["id"], site_of(meta.get("url"), meta["id"]), lines, labels))
    return pages


def fold_of_site(site: str, folds: int = 5) -> int:
    """A site's fold, by a hash of its name (stable whatever pages are added)."""
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % folds


def site_folds(pages: list[Page], folds: int = 5) -> list[int]:
    """Fold number per page: whole sites to one fold, so no site is ever on both sides of
    a split."""
    return [fold_of_site(p.site, folds) for p in pages]


def write_dumps(pages: list[Page], out: Path, *, prefix: str = "dump", shuffled: bool = False,
                blank_rate: float = 0.0, seed: int = 0) -> list[dict]:
    """Write the pages as dumps of six pages each into ``out`` (pages in order, a blank line
    between pages; or, ``shuffled``, each dump's lines shuffled across its pages with a
    blank line after a line with probability ``blank_rate``). Returns the gold rows."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    gold = []
    for start in range(0, len(pages), PAGES_PER_DUMP):
        name = f"{prefix}_{start // PAGES_PER_DUMP:04d}.txt"
        group = pages[start : start + PAGES_PER_DUMP]
        if shuffled:
            items = [(line, label, page.id) for page in group for line, label in zip(page.lines, page.labels)]
            rng.shuffle(items)
            runs = [[item] for item in items]
            blank_after = [rng.random() < blank_rate for _ in items]
        else:
            runs = [[(line, label, page.id) for line, label in zip(page.lines, page.labels)] for page in group]
            blank_after = [True] * len(runs)
        lines: list[str] = []
        for run, blank in zip(runs, blank_after):
            for text, label, page_id in run:
                lines.append(text)
                gold.append({"file": name, "line": len(lines), "label": label, "page": page_id})
            if blank and (not shuffled or lines):
                lines.append("")
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in gold:
            fh.write(json.dumps(row) + "\n")
    return gold
