"""Cross-validation by site on the realweb pack: the figures in docs/model-card.md.

    python -m training.evaluate [--realweb ../shared/realweb] [--work build/realweb-cv] [--folds 5]

For each fold, a model is trained without that fold's sites (training/train.py,
cached under WORK/models/foldN), and the whole pipeline (``clean_corpus``, as a user
runs it) cleans the held-out pages rebuilt as dumps in each style:

* ``blocks``: one line per leaf block, pages in order, a blank line between pages;
* ``paragraphs``: ``<p>`` text and long list items, pages in order;
* ``paragraphs-shuffled``: the same lines, each dump's lines shuffled across its six
  pages, no blank lines (order and page boundaries tell nothing);

each then scored with ``clean-corpus eval``'s scorer (ambiguous lines left out). The
rules alone (``decision = "rules"``) are scored on the same dumps for comparison.
Writes WORK/results.json and prints one table per style.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.api import clean_corpus
from pipeline.config import load_config
from pipeline.emit import write_outputs
from pipeline.evaluate import evaluate

from .realweb import STYLES, load_pages, site_folds, write_dumps
from .train import log, train

EVAL_STYLES = {"blocks": ("blocks", False), "paragraphs": ("paragraphs", False),
               "paragraphs-shuffled": ("paragraphs", True)}


def fold_model(realweb: Path, work: Path, fold: int, folds: int) -> Path:
    model = work / "models" / f"fold{fold}"
    if not (model / "model.json").is_file():
        train(realweb, model, work / "train" / f"fold{fold}", hold_out_fold=fold, folds=folds)
    return model


def score(dumps: Path, out: Path, config: dict) -> dict:
    result = clean_corpus([str(dumps)], config=config, engine={"workers": 2})
    write_outputs(out, result.passages, result.removed, result.report)
    metrics = evaluate(dumps / "gold.jsonl", out).metrics
    bp, content = metrics["boilerplate"], metrics["content"]
    return {"tp": bp["true_positives"], "fp": bp["false_positives"], "fn": bp["false_negatives"],
            "content": content["lines"], "content_lost": content["lost"]}


def summary(counts: dict) -> dict:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {"precision": round(tp / max(1, tp + fp), 4), "recall": round(tp / max(1, tp + fn), 4),
            "content_removed": round(counts["content_lost"] / max(1, counts["content"]), 4), **counts}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--work", type=Path, default=Path("build/realweb-cv"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    pages = {style: load_pages(args.realweb, style) for style in STYLES}
    base = load_config()
    results: dict = {}
    for fold in range(args.folds):
        model = fold_model(args.realweb, args.work, fold, args.folds)
        threshold = json.loads((model / "model.json").read_text())["threshold"]
        learned = load_config(overrides={"boilerplate": {"decision": "model",
                                                         "model": {"path": str(model), "threshold": threshold}}})
        rules = load_config(overrides={"boilerplate": {"decision": "rules"}})
        for name, (style, shuffled) in EVAL_STYLES.items():
            held = [p for p, f in zip(pages[style], site_folds(pages[style], args.folds)) if f == fold and p.lines]
            dumps = args.work / "dumps" / f"fold{fold}" / name
            write_dumps(held, dumps, prefix="rw", shuffled=shuffled, seed=fold)
            for decision, config in (("model", learned), ("rules", rules)):
                got = score(dumps, args.work / "runs" / f"fold{fold}" / name / decision, config)
                results.setdefault(name, {}).setdefault(decision, []).append(got)
                log(f"fold {fold} {name:20} {decision:6} {summary(got)}")
    del base
    table = {}
    for name, by_decision in results.items():
        table[name] = {}
        print(f"\n{name}  (held-out sites, {args.folds} folds)")
        print(f"  {'':10} {'precision':>9} {'recall':>7} {'content removed':>16}")
        for decision, per_fold in by_decision.items():
            pooled = {k: sum(f[k] for f in per_fold) for k in per_fold[0]}
            table[name][decision] = {"pooled": summary(pooled), "folds": [summary(f) for f in per_fold]}
            s = table[name][decision]["pooled"]
            spread = [f["recall"] for f in table[name][decision]["folds"]]
            print(f"  {decision:10} {s['precision']:9.3f} {s['recall']:7.3f} {s['content_removed']:16.4f}   "
                  f"recall by fold {min(spread):.3f}-{max(spread):.3f}")
    (args.work / "results.json").write_text(json.dumps(table, indent=2) + "\n")
    return table


if __name__ == "__main__":
    main()
