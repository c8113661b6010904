"""How high word F1 can go on the realweb pages, for any extractor that keeps or drops whole
pieces of a page's text (``python -m bench.html_ceiling``).

``make bench-html`` scores extractors as WCXB (the Web Content eXtraction Benchmark by Murrough
Foley, CC-BY-4.0; the realweb pack) does: per page, word F1 of the kept text against the page's
``main_content``, averaged over pages. An extractor that is told the answer still cannot reach
1.0: the ground truth holds words the page's text does not (text written by scripts, edited by
the annotator), leaves out text that sits inside a kept paragraph, and is empty on some pages.
This script measures that ceiling, two ways and for two kinds of pieces:

- pieces: every text node of the page (``<script>``, ``<style>``, ``<head>`` and the like
  aside), the finest cut any DOM extractor makes; and the blocks this pipeline's HTML ingest
  cuts the page into after its chrome pass (what the boilerplate stage decides on);
- **ranked**: the pieces ranked by the share of their words found in the ground truth, and the
  best leading run of that ranking: an extractor that knows the answer and keeps its best
  pieces first;
- **improved**: that run improved a piece at a time (drop or add one while F1 rises), a lower
  bound of the best subset. Over text nodes this games the bag of words (a node holding one
  word of the truth, taken from a menu, adds to F1), so read it for blocks;
- **bound**: no subset of the pieces scores above it (each piece's found words counted as if no
  other piece shared them, capped at the ground truth's size; the best ratio prefix of that
  relaxation bounds every subset, as in a fractional knapsack).

A page whose ground truth is empty scores 1.0 only when nothing is kept (``page_scores``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from bench.html_realweb import tokens
from pipeline import load_config
from pipeline.ingest.html import _NEVER_TEXT, extract_page, parse_html

# Elements whose text no reader sees: the HTML ingest's own list, and <head>.
_HIDDEN = ("head", *sorted(_NEVER_TEXT))


def text_nodes(html: str) -> list[str]:
    """Every text and tail of the page's elements, in document order, hidden elements aside."""
    root = parse_html(html)
    if root is None:
        return []
    for hidden in list(root.iter(*_HIDDEN)):
        if hidden.getparent() is not None:
            hidden.getparent().remove(hidden)
    out = []
    for element in root.iter():
        text = element.text if isinstance(element.tag, str) else None
        out += [s.strip() for s in (text, element.tail) if s and s.strip()]
    return out


def ceiling(pieces: list[str], truth: str) -> tuple[float, float, float]:
    """``(ranked, improved, bound)``: the F1 an extractor that knows ``truth`` reaches by keeping
    the best leading run of ``pieces`` ranked by their share of words found in it, that run
    improved a piece at a time, and the F1 no subset of ``pieces`` exceeds.

    >>> ceiling(["Rest the knee.", "Subscribe now", "Ice it."], "Rest the knee. Ice it.")
    (1.0, 1.0, 1.0)
    >>> ceiling(["Rest the knee and subscribe"], "Rest the knee. Ice it.")
    (0.6, 0.6, 0.6)
    >>> ceiling(["Subscribe"], "")
    (1.0, 1.0, 1.0)
    """
    want = tokens(truth)
    size = sum(want.values())
    if not size:
        return 1.0, 1.0, 1.0  # keeping nothing is right
    counted = []
    for piece in pieces:
        got = tokens(piece)
        n = sum(got.values())
        found = sum(min(c, want[w]) for w, c in got.items())
        if found:
            counted.append((found / n, found, n, got))
    counted.sort(key=lambda row: -row[0])  # stable: equal shares in page order
    ranked = bound = 0.0
    cut = 0  # the best leading run's length
    kept: Counter = Counter()
    overlap = kept_words = 0
    alone = alone_words = 0.0  # the relaxation: each piece's found words as if it were alone
    for i, (_, found, n, got) in enumerate(counted):
        overlap += _gain(kept, got, want, 1)
        kept_words += n
        if 2 * overlap / (kept_words + size) > ranked:
            ranked, cut = 2 * overlap / (kept_words + size), i + 1
        # Along this piece (taken in part, as a fractional knapsack may), the relaxed F1 is
        # highest at its end or where the found words reach the truth's size.
        ends = [(alone + found, alone_words + n)]
        if alone < size < alone + found:
            ends.append((size, alone_words + (size - alone) / found * n))
        bound = max(bound, *(2 * min(f, size) / (k + size) for f, k in ends))
        alone, alone_words = alone + found, alone_words + n
    return round(ranked, 6), round(max(ranked, _improved(counted, cut, want, size)), 6), round(bound, 6)


def _gain(kept: Counter, got: Counter, want: Counter, sign: int) -> int:
    """Found words gained by adding (``sign`` 1) or dropping (-1) ``got``; ``kept`` follows."""
    gain = 0
    for w, c in got.items():
        gain += min(kept[w] + sign * c, want[w]) - min(kept[w], want[w])
        kept[w] += sign * c
    return gain


def _improved(counted: list, cut: int, want: Counter, size: int) -> float:
    """The first ``cut`` of ``counted`` improved a piece at a time: drop a kept piece or add a
    left one whenever that raises F1 (pieces sharing found words make the ranking by share
    alone keep too much), until no single change helps."""
    kept: Counter = Counter()
    overlap = sum(_gain(kept, got, want, 1) for _, _, _, got in counted[:cut])
    n = sum(words_in for _, _, words_in, _ in counted[:cut])
    inside = [i < cut for i in range(len(counted))]
    changed = True
    while changed:
        changed = False
        for i, (_, _, words_in, got) in enumerate(counted):
            sign = -1 if inside[i] else 1
            delta = _gain(kept, got, want, sign)
            if 2 * (overlap + delta) / (n + sign * words_in + size) > 2 * overlap / (n + size) + 1e-12:
                overlap, n, inside[i], changed = overlap + delta, n + sign * words_in, not inside[i], True
            else:
                _gain(kept, got, want, -sign)  # undo
    return 2 * overlap / (n + size)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--json", type=Path, default=Path("build/html-ceiling.json"))
    args = ap.parse_args(argv)
    config = load_config()
    sums: Counter = Counter()
    pages = empty = 0
    for path in sorted((args.realweb / "truth").glob("*.json")):
        main_text = json.loads(path.read_text(encoding="utf-8")).get("main_content") or ""
        html = gzip.decompress((args.realweb / "pages" / f"{path.stem}.html.gz").read_bytes()).decode("utf-8", "replace")
        nodes = text_nodes(html)
        blocks = [b.text for b in extract_page(html, config)[1]]
        for name, pieces in (("text_nodes", nodes), ("pipeline_blocks", blocks)):
            for kind, value in zip(("ranked", "improved", "bound"), ceiling(pieces, main_text)):
                sums[f"{name}_{kind}"] += value
        pages += 1
        empty += not tokens(main_text)
    out = {"pages": pages, "empty_ground_truth": empty, **{k: round(v / max(1, pages), 4) for k, v in sorted(sums.items())}}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"{pages} pages ({empty} with an empty ground truth); mean word F1 of an extractor told the answer:")
    for name, label in (("text_nodes", "every text node"), ("pipeline_blocks", "this pipeline's blocks")):
        print(f"  {label:24} ranked {out[f'{name}_ranked']:.4f}   improved {out[f'{name}_improved']:.4f}"
              f"   no subset above {out[f'{name}_bound']:.4f}")
    return out


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
