"""HTML health pages written blind: this pipeline and trafilatura side by side on 20 pages
in the styles of health sites (``make bench-html`` runs it after the realweb bench).

    python -m bench.health_pages [--pages bench/health_pages/pages] [--json build/health-pages.json]

The pages (``bench/health_pages/pages``) and their truth (``truth/NAME.json``) were written
for this project on 2026-12-07 by a helper who had not seen the rule packs, the model or the
HTML ingest, and labelled before either system ran: an NHS-style condition page, a drug
leaflet with dosage tables, a vaccine schedule, an FAQ of accordions, a crisis-line page of a
mental-health charity, a pharmacy product page, a hospital department, a forum thread, a
recipe blog, a Spanish page and more, in markup of different CMSs (semantic tags, or only
``div`` elements with hashed class names). Each truth lists ``content`` strings (paragraphs,
headings, list items, table values, captions: health advice, warnings, doses and crisis lines
among them), ``furniture`` strings (menus, cookie text, share prompts, teasers, reviews,
newsletter boxes...) and ``neutral`` ones (bylines, dates, reference lists: counted neither
way, as this project and other extractors differ on them).

Per page and system: content strings found in the kept text, furniture strings found there
(leaked), and word precision, recall and F1 of the kept text against the content strings
(lower-cased ``\\w+`` tokens as multisets; kept words beyond the content's that the neutral
strings hold are left out of precision). A string is found when it occurs in the kept text (whitespace collapsed,
the separator of a table row read whole, ``; ``, read as a space on both sides, case kept)
between word boundaries, after the other labelled strings that contain it are
blanked out (a heading "Symptoms" is not found inside a tab label "Symptoms & causes").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from bench.html_realweb import pipeline_texts, trafilatura_texts
from pipeline import load_config
from pipeline.ingest.html import ROW_SEPARATOR

HERE = Path(__file__).parent / "health_pages"
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def collapse(text: str) -> str:
    """``text`` with whitespace collapsed and a table row's cell separator read as a space: the
    truth writes a row as its cells joined by spaces, and a row read whole
    (``ingest.html.table_rows``) is "Protein; 14 g", or "Fibre; ; 9.8 g" with an empty cell.

    A semicolon in prose goes too, in the label as in the kept text, so that the two still match:

    >>> collapse("Fibre; ; 9.8 g"), collapse("Rest,  ice; compress")
    ('Fibre 9.8 g', 'Rest, ice compress')
    """
    return _SPACE.sub(" ", text.replace(ROW_SEPARATOR, " ")).strip()


def found(label: str, kept: str, labels: list[str]) -> bool:
    """Whether ``label`` occurs in ``kept`` as itself, not as part of a longer labelled string.

    >>> found("Symptoms", "Symptoms & causes | Fever", ["Symptoms", "Symptoms & causes"])
    False
    >>> found("Fever", "High  fever. Fever lasts", ["Fever"]), found("ever", "Fever", ["ever"])
    (True, False)
    """
    label, text = collapse(label), collapse(kept)
    for longer in sorted({collapse(x) for x in labels}, key=len, reverse=True):
        if longer != label and label in longer:
            text = text.replace(longer, " \x00 ")
    before = r"(?<!\w)" if re.match(r"\w", label) else ""
    after = r"(?!\w)" if re.search(r"\w$", label) else ""
    return re.search(before + re.escape(label) + after, text) is not None


def page_scores(kept: str, truth: dict) -> dict:
    """Content strings kept, furniture strings leaked and word precision/recall/F1 of one page."""
    labels = truth["content"] + truth["furniture"] + truth.get("neutral", [])
    got = Counter(_TOKEN.findall(kept.lower()))
    want = Counter(_TOKEN.findall(" ".join(truth["content"]).lower()))
    # kept words beyond what the content holds that the neutral strings account for count neither way
    got -= (got - want) & Counter(_TOKEN.findall(" ".join(truth.get("neutral", [])).lower()))
    overlap = sum((got & want).values())
    p = overlap / max(1, sum(got.values()))
    r = overlap / max(1, sum(want.values()))
    lost = [s for s in truth["content"] if not found(s, kept, labels)]
    leaked = [s for s in truth["furniture"] if found(s, kept, labels)]
    return {"content": len(truth["content"]), "content_kept": len(truth["content"]) - len(lost),
            "furniture": len(truth["furniture"]), "furniture_leaked": len(leaked),
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "lost": lost, "leaked": leaked}


def totals(rows: dict[str, dict]) -> dict:
    n = len(rows) or 1
    out = {k: sum(r[k] for r in rows.values()) for k in ("content", "content_kept", "furniture", "furniture_leaked")}
    out.update({k: round(sum(r[k] for r in rows.values()) / n, 4) for k in ("precision", "recall", "f1")})
    return out


def read_truths(folder: Path) -> dict[str, dict]:
    """Each page's truth (``NAME.json``), by page name."""
    return {t.stem: json.loads(t.read_text(encoding="utf-8")) for t in sorted(folder.glob("*.json"))}


def pipeline_scores(folder: Path) -> dict[str, dict]:
    """This pipeline's :func:`page_scores` of every page of a set (``pages/`` and ``truth/``)."""
    kept, _ = pipeline_texts(folder / "pages", load_config())
    return {page: page_scores(kept.get(page, ""), truth) for page, truth in read_truths(folder / "truth").items()}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--truth", type=Path, default=HERE / "truth")
    ap.add_argument("--json", type=Path, default=Path("build/health-pages.json"))
    args = ap.parse_args(argv)
    truths = read_truths(args.truth)
    ours, _ = pipeline_texts(args.pages, load_config())
    theirs = trafilatura_texts({name: (args.pages / f"{name}.html").read_text(encoding="utf-8") for name in truths})
    systems = {"pipeline": ours, **({"trafilatura": theirs[0]} if theirs is not None else {})}
    result = {name: {page: page_scores(kept.get(page, ""), truth) for page, truth in truths.items()}
              for name, kept in systems.items()}
    print(f"{'':28} " + " | ".join(f"{name:^24}" for name in systems))
    print(f"{'page':28} " + " | ".join(f"{'content':>7} {'leaked':>7} {'F1':>7}" + " " for _ in systems))
    for page in truths:
        cells = [f"{r['content_kept']:3}/{r['content']:<3} {r['furniture_leaked']:3}/{r['furniture']:<3} {r['f1']:7.3f} "
                 for r in (result[name][page] for name in systems)]
        print(f"{page:28} " + " | ".join(cells))
    summary = {name: totals(rows) for name, rows in result.items()}
    for name, t in summary.items():
        print(f"{name}: content strings kept {t['content_kept']}/{t['content']}, furniture leaked "
              f"{t['furniture_leaked']}/{t['furniture']}, word precision {t['precision']:.3f}, recall "
              f"{t['recall']:.3f}, F1 {t['f1']:.3f}")
    lost = [(page, s) for page, r in result["pipeline"].items() for s in r["lost"]]
    if lost:
        print("content this pipeline lost:")
        for page, s in lost:
            print(f"  {page}: {s[:100]}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"summary": summary, "pages": result}, indent=1, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    return summary


if __name__ == "__main__":
    main()
    sys.exit(0)
