"""HTML extraction on real pages from sites the model never saw: this pipeline and
trafilatura side by side (``make bench-html``).

    python -m bench.html_realweb [--realweb ../shared/realweb] [--work build/realweb-cv] [--folds 5]

The realweb pack's pages (WCXB, the Web Content eXtraction Benchmark by Murrough Foley,
CC-BY-4.0) are split into folds by site, as ``make eval-realweb`` splits them. Each fold's
pages are cleaned by ``clean_corpus`` with the model trained without that fold's sites
(``training/evaluate.py`` caches one per fold under WORK/models; missing ones are trained),
one worker, and by ``trafilatura.extract`` (optional: ``pip install -e '.[compare]'``).

Scored as WCXB scores extractors: per page, word precision, recall and F1 of the kept text
against the page's ``main_content`` (lower-cased ``\\w+`` tokens as multisets), and the share
of its ``with`` snippets found in the kept text and of its ``without`` snippets found there
(lower is better); each averaged over the pages, per WCXB page type, and over the pages WCXB
tags with a health topic (``HEALTH_TAGS``, this project's domain). A page's kept text is
its passages and its copies of passages first seen elsewhere (a duplicate is attributed, not
lost), each passage once, in page order. Also: pages left empty where trafilatura keeps
text, and pages per second of each system on one core.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from pipeline import clean_corpus, load_config
from training.realweb import fold_of_site, site_of

_TOKEN = re.compile(r"\w+")
# WCXB's tags of the pages in this project's own domain (health, fitness, nutrition, care):
# their figures are also given on their own.
HEALTH_TAGS = frozenset({"health", "healthcare", "wellness", "fitness", "nutrition", "mental-health", "dental",
                         "meditation", "medical", "medicine"})


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall(text.lower()))


def page_scores(kept: str, truth: dict) -> dict:
    """WCXB's per-page figures: word precision, recall, F1 and the two snippet rates."""
    got, want = tokens(kept), tokens(truth["main_content"] or "")
    n_got, n_want = sum(got.values()), sum(want.values())
    if not n_want:
        p = r = f = 1.0 if not n_got else 0.0
    elif not n_got:
        p = r = f = 0.0
    else:
        overlap = sum((got & want).values())
        p, r = overlap / n_got, overlap / n_want
        f = 2 * p * r / (p + r) if p + r else 0.0
    low = kept.lower()

    def rate(snippets: list[str], empty: float) -> float:
        return sum(s.lower() in low for s in snippets) / len(snippets) if snippets else empty

    return {"precision": p, "recall": r, "f1": f, "with": rate(truth.get("with") or [], 1.0),
            "without": rate(truth.get("without") or [], 0.0), "empty": not kept.strip()}


def pipeline_texts(folder: Path, config: dict) -> tuple[dict[str, str], float]:
    """Kept text per page (file stem) and the seconds ``clean_corpus`` took."""
    started = time.perf_counter()
    result = clean_corpus([str(folder)], config=config, engine={"workers": 1})
    seconds = time.perf_counter() - started
    kept: dict[str, list[tuple[int, str]]] = {}
    held: set[tuple[str, str]] = set()  # (page, passage id): each passage counts once on a page
    for passage in result.passages:
        s = passage.source
        held.add((s.path, passage.id))
        kept.setdefault(Path(s.path).name.split(".")[0], []).append((s.element or s.line, passage.text))
    for removal in result.removed:
        # A copy of a passage first seen on another page is this page's text too (attributed,
        # not lost); a second copy on one page is not (the page's passages hold it once).
        s = removal.source
        if removal.reason == "duplicate" and (s.path, removal.duplicate_of) not in held:
            held.add((s.path, removal.duplicate_of))
            kept.setdefault(Path(s.path).name.split(".")[0], []).append((s.element or s.line, removal.clean or ""))
    return {page: "\n".join(t for _, t in sorted(rows)) for page, rows in kept.items()}, seconds


def trafilatura_texts(pages: dict[str, str]) -> tuple[dict[str, str], float] | None:
    try:
        import trafilatura
    except ImportError as exc:
        print(f"trafilatura is missing ({exc}); install it with: pip install -e '.[compare]'", file=sys.stderr)
        return None
    started = time.perf_counter()
    texts = {page: trafilatura.extract(html) or "" for page, html in pages.items()}
    return texts, time.perf_counter() - started


def summary(rows: list[dict]) -> dict:
    n = len(rows) or 1
    return {k: round(sum(float(r[k]) for r in rows) / n, 4) for k in ("precision", "recall", "f1", "with", "without")}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--work", type=Path, default=Path("build/realweb-cv"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", type=Path, default=Path("build/bench-html.json"))
    ap.add_argument("--pages-json", type=Path, default=None, help="also write every page's scores here")
    args = ap.parse_args(argv)
    from training.evaluate import fold_model

    truths = {t.stem: json.loads(t.read_text(encoding="utf-8")) for t in sorted((args.realweb / "truth").glob("*.json"))}
    if not truths:
        sys.exit(f"{args.realweb}: no realweb pack there (no truth/*.json); give its folder with --realweb")
    scores: dict[str, list[dict]] = {"pipeline": [], "trafilatura": []}
    seconds = {"pipeline": 0.0, "trafilatura": 0.0}
    empty_where_trafilatura_keeps: list[str] = []
    empty_where_trafilatura_finds_main: list[str] = []
    for fold in range(args.folds):
        ids = [i for i, t in truths.items() if fold_of_site(site_of(t.get("url"), i), args.folds) == fold]
        pages = {i: gzip.decompress((args.realweb / "pages" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace")
                 for i in ids}
        model = fold_model(args.realweb, args.work, fold, args.folds)
        config = load_config(overrides={"boilerplate": {"model": {"path": str(model)}}})
        with tempfile.TemporaryDirectory() as tmp:
            for i, html in pages.items():
                Path(tmp, f"{i}.html").write_text(html, encoding="utf-8")
            ours, took = pipeline_texts(Path(tmp), config)
        seconds["pipeline"] += took
        theirs = trafilatura_texts(pages)
        if theirs is not None:
            seconds["trafilatura"] += theirs[1]
        for i in ids:
            mine = page_scores(ours.get(i, ""), truths[i])
            mine["page"], mine["type"] = i, truths[i].get("page_type") or "unknown"
            mine["health"] = bool(HEALTH_TAGS & set(truths[i].get("tags") or []))
            scores["pipeline"].append(mine)
            if theirs is not None:
                other = page_scores(theirs[0][i], truths[i])
                other["page"], other["type"], other["health"] = i, mine["type"], mine["health"]
                scores["trafilatura"].append(other)
                if mine["empty"] and not other["empty"]:
                    empty_where_trafilatura_keeps.append(i)
                    # ... and whether what trafilatura keeps there is the page's main text
                    if truths[i].get("main_content") and other["recall"] >= 0.5:
                        empty_where_trafilatura_finds_main.append(i)
        print(f"fold {fold}: {len(ids)} pages", file=sys.stderr)
    table = {name: {**summary(rows), "pages": len(rows), "empty": sum(r["empty"] for r in rows),
                    "pages_per_second": round(len(rows) / seconds[name], 1) if seconds[name] else None}
             for name, rows in scores.items() if rows}
    for name, rows in scores.items():
        if rows:
            kinds = sorted({r["type"] for r in rows})
            table[name]["by_page_type"] = {k: {**summary([r for r in rows if r["type"] == k]),
                                               "pages": sum(r["type"] == k for r in rows)} for k in kinds}
            health = [r for r in rows if r["health"]]
            table[name]["health_pages"] = {**summary(health), "pages": len(health)}
            articles = [r for r in health if r["type"] == "article"]
            table[name]["health_articles"] = {**summary(articles), "pages": len(articles)}
    table["pipeline"]["empty_where_trafilatura_keeps_text"] = len(empty_where_trafilatura_keeps)
    table["pipeline"]["empty_where_trafilatura_keeps_text_pages"] = empty_where_trafilatura_keeps
    table["pipeline"]["empty_where_trafilatura_finds_main_text"] = len(empty_where_trafilatura_finds_main)
    print(f"{'system':<14}{'pages':>6}{'precision':>10}{'recall':>8}{'F1':>7}{'with':>7}{'without':>9}"
          f"{'empty':>7}{'pages/s':>9}")
    for name, s in table.items():
        print(f"{name:<14}{s['pages']:>6}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}"
              f"{s['with']:>7.3f}{s['without']:>9.3f}{s['empty']:>7}{s['pages_per_second'] or 0:>9.1f}")
    print("\nword F1 by page type (WCXB's page_type)")
    for kind in table["pipeline"]["by_page_type"]:
        cells = "  ".join(f"{name} {s['by_page_type'][kind]['f1']:.3f} (leaked {s['by_page_type'][kind]['without']:.3f})"
                          for name, s in table.items())
        print(f"  {kind:<14}{table['pipeline']['by_page_type'][kind]['pages']:>5} pages  {cells}")
    for part, title in (("health_pages", "health-tagged"), ("health_articles", "health articles")):
        cells = "  ".join(f"{name} {s[part]['f1']:.3f} (P {s[part]['precision']:.3f}, leaked {s[part]['without']:.3f})"
                          for name, s in table.items())
        print(f"  {title:<16}{table['pipeline'][part]['pages']:>3} pages  {cells}")
    print(f"pages this pipeline leaves empty where trafilatura keeps text: {len(empty_where_trafilatura_keeps)} "
          f"({', '.join(empty_where_trafilatura_keeps) or 'none'}); of them, with at least half the words of "
          f"the page's main text: {len(empty_where_trafilatura_finds_main)}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(table, indent=2) + "\n")
    if args.pages_json:
        args.pages_json.write_text(json.dumps(scores) + "\n")
    return table


if __name__ == "__main__":
    main()
