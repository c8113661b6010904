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
pipeline runs once with the model at the lowest threshold of the grid and once with the
rules alone (``decision = "rules"``); every other setting of the decision (a ``threshold``
and a ``short_threshold`` for paragraphs of at most ``short_words`` words, per page kind:
blocks, prose, unordered, see :mod:`pipeline.boilerplate.learned`) is scored from the
probabilities and page kinds that run recorded for its removals: a paragraph's
probability and its page's kind do not depend on the thresholds, so this is exact for
the boilerplate decisions. The setting
shipped in configs/default.toml is the one with the best recall, averaged over the
styles, whose held-out content loss stays within every style's budget (BUDGET) in every
fold, and whose pooled precision meets every style's floor (PRECISION);
the pipeline then runs once more with it, and its own figures are the ones reported.
Writes WORK/results.json and prints one table per style.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

from pipeline.api import clean_corpus
from pipeline.boilerplate.learned import PAGE_KINDS, word_count, wordless
from pipeline.config import load_config
from pipeline.emit import write_outputs
from pipeline.evaluate import evaluate, read_jsonl

from .realweb import STYLES, load_pages, site_folds, write_dumps
from .train import log

EVAL_STYLES = {"blocks": ("blocks", False), "paragraphs": ("paragraphs", False),
               "paragraphs-shuffled": ("paragraphs", True)}
# A decision setting: (short_words, thresholds), thresholds holding one (threshold,
# short_threshold) pair per page kind (PAGE_KINDS: blocks, prose, unordered); short_words 0
# is one threshold for every paragraph of a kind.
THRESHOLDS = (0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.9925)
SHORT_WORDS = (0, 1, 3, 5)
# Content lines a style may lose (the budgets: 1.5% blocks, 1% paragraphs), in every
# fold: each fold is a sample of sites the model never saw, about the size of a new scrape's,
# and content loss varies between such samples (block dumps 0.6-2.0% over the folds at one
# setting whose pooled loss was 1.3%), so a pooled figure within budget is not enough.
BUDGET = {"blocks": 0.015, "paragraphs": 0.01, "paragraphs-shuffled": 0.01}
# Boilerplate precision each style must keep (the floors): a setting below one is not chosen.
PRECISION = {"blocks": 0.97, "paragraphs": 0.95, "paragraphs-shuffled": 0.95}
_KIND = re.compile(r"^page:(\w+)\(")


def pairs(short_words: int) -> list[tuple[float, float]]:
    """The (threshold, short_threshold) pairs scored for one page kind: a stricter short
    threshold, or one threshold for all when ``short_words`` is 0."""
    if short_words == 0:
        return [(t, t) for t in THRESHOLDS]
    return [(t, u) for t in THRESHOLDS for u in THRESHOLDS if u > t]


def uniform(threshold: float) -> tuple:
    """One threshold for every paragraph on every kind of page."""
    return (0, ((threshold, threshold),) * len(PAGE_KINDS))


def fold_model(realweb: Path, work: Path, fold: int, folds: int, extra_styles: str = "") -> Path:
    """The model trained without ``fold``'s sites (cached). Trained in a child process: this
    one forks pipeline workers afterwards, and a process that forks after LightGBM trained on
    several threads leaves its children waiting on the thread pool forever."""
    model = work / "models" / f"fold{fold}"
    if not (model / "model.json").is_file():
        subprocess.run([sys.executable, "-m", "training.train", "--realweb", str(realweb), "--out", str(model),
                        "--work", str(work / "train" / f"fold{fold}"), "--hold-out-fold", str(fold),
                        "--extra-styles", extra_styles], check=True)
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


def model_config(model: Path, setting: tuple) -> dict:
    short_words, thresholds = setting
    settings = {"path": str(model), "short_words": short_words}
    for kind, (threshold, short_threshold) in zip(PAGE_KINDS, thresholds):
        prefix = "" if kind == PAGE_KINDS[0] else f"{kind}_"
        settings[f"{prefix}threshold"], settings[f"{prefix}short_threshold"] = threshold, short_threshold
    return load_config(overrides={"boilerplate": {"decision": "model", "model": settings}})


def line_facts(dumps: Path, low_run: Path, rules_run: Path) -> list[tuple]:
    """Per scored line: (is boilerplate, probability or None, word count, the rules remove
    it, it has no letter or digit, it is lost whatever the decision: empty or oversize,
    its page kind as an index in PAGE_KINDS)."""
    def removals(run: Path) -> dict:
        return {(Path(r["source"]["path"]).name, r["source"]["line"]): r for r in read_jsonl(run / "removed.jsonl")}

    low, rules = removals(low_run), removals(rules_run)
    facts = []
    for g in read_jsonl(dumps / "gold.jsonl"):
        if g["label"] == "ambiguous":
            continue
        at = (g["file"], g["line"])
        r = low.get(at)
        boilerplate = r is not None and r["reason"] == "boilerplate"
        clean = (r or {}).get("clean") or ""
        by_rules = at in rules and rules[at]["reason"] == "boilerplate"
        kinds = [m.group(1) for m in map(_KIND.match, (r or {}).get("signals") or []) if m]
        facts.append((g["label"] == "boilerplate", r["score"] if boilerplate else None, word_count(clean),
                      by_rules, boilerplate and wordless(clean),
                      r is not None and r["reason"] in ("empty", "oversize"),
                      PAGE_KINDS.index(kinds[0]) if kinds and kinds[0] in PAGE_KINDS else 0))
    return facts


def simulate(facts: list[tuple], setting: tuple, rules_threshold: float) -> dict:
    """The counts a run with ``setting`` gives, from the low-threshold run's line facts."""
    short_words, thresholds = setting
    tp = fp = fn = content = lost = 0
    for is_bp, p, words, by_rules, no_words, gone, kind in facts:
        threshold, short_threshold = thresholds[kind]
        removed = p is not None and (p >= (short_threshold if words <= short_words else threshold)
                                     or (by_rules and (p >= rules_threshold or no_words)))
        if is_bp:
            tp += removed
            fn += not removed
        else:
            content += 1
            fp += removed
            lost += removed or gone
    return {"tp": tp, "fp": fp, "fn": fn, "content": content, "content_lost": lost}


def _arrays(lines: list[tuple]) -> dict:
    """Line facts as columns, for scoring many settings at once."""
    column = lambda i, dtype: np.array([f[i] for f in lines], dtype)  # noqa: E731
    p = np.array([-1.0 if f[1] is None else f[1] for f in lines], np.float64)
    return {"bp": column(0, bool), "p": p, "words": column(2, np.int64), "rules": column(3, bool),
            "no_words": column(4, bool), "gone": column(5, bool), "kind": column(6, np.int64)}


def _counts(a: dict, at: np.ndarray, short_words: int, pair: tuple[float, float], rules_threshold: float) -> tuple:
    """simulate()'s counts for the lines ``at`` under one (threshold, short_threshold) pair."""
    p, bp = a["p"][at], a["bp"][at]
    cut = np.where(a["words"][at] <= short_words, pair[1], pair[0])
    removed = (p >= 0) & ((p >= cut) | (a["rules"][at] & ((p >= rules_threshold) | a["no_words"][at])))
    content = ~bp
    return (int((removed & bp).sum()), int((removed & content).sum()), int((~removed & bp).sum()),
            int(content.sum()), int((content & (removed | a["gone"][at])).sum()))


def best_setting(facts: dict, folds: int, rules_threshold: float) -> tuple[tuple | None, dict]:
    """The setting with the best recall averaged over the styles among those within every
    style's content budget in every fold and at every style's pooled precision floor (ties:
    the stricter thresholds), and its pooled counts. Every combination of one pair per page
    kind is scored: a line's kind is fixed, so a style's counts are the sums of its
    kinds' counts, computed once per pair and fold."""
    names = list(EVAL_STYLES)
    columns = [[_arrays(facts[fold, name]) for fold in range(folds)] for name in names]
    best, best_key, best_counts = None, None, {}
    for short_words in SHORT_WORDS:
        options = pairs(short_words)
        # counts[kind, option, style, fold] = (tp, fp, fn, content, lost) from that kind's lines
        counts = np.zeros((len(PAGE_KINDS), len(options), len(names), folds, 5), np.int64)
        for s, by_fold in enumerate(columns):
            for fold, a in enumerate(by_fold):
                for kind in range(len(PAGE_KINDS)):
                    at = a["kind"] == kind
                    for o, pair in enumerate(options):
                        counts[kind, o, s, fold] = _counts(a, at, short_words, pair, rules_threshold)
        # every combination of the other kinds' options, once per option of the first kind
        rest = np.array(list(itertools.product(range(len(options)), repeat=len(PAGE_KINDS) - 1)))
        others = sum(counts[kind, rest[:, kind - 1]] for kind in range(1, len(PAGE_KINDS)))  # combos x styles x folds x 5
        rest_strictness = np.array([sum(t + u for t, u in (options[o] for o in r)) for r in rest.tolist()])
        budget = np.array([BUDGET[n] for n in names])[:, None]
        floor = np.array([PRECISION[n] for n in names])
        for first in range(len(options)):
            by_fold = others + counts[0, first]
            fold_loss = by_fold[..., 4] / np.maximum(1, by_fold[..., 3])
            total = by_fold.sum(2)
            tp, fp, fn, content, lost = (total[..., i].astype(float) for i in range(5))
            recall, precision = tp / np.maximum(1, tp + fn), tp / np.maximum(1, tp + fp)
            ok = (fold_loss <= budget).all((1, 2)) & (precision >= floor).all(1)
            if not ok.any():
                continue
            mean_recall = np.where(ok, recall.mean(1).round(6), -1.0)
            strictness = (rest_strictness + sum(options[first])).round(6)
            # the best here: highest mean recall, then the strictest thresholds, then the first
            c = int(np.lexsort((-np.arange(ok.size), strictness, mean_recall))[-1])
            if ok[c]:
                thresholds = (options[first], *(options[o] for o in rest[c].tolist()))
                key = (float(mean_recall[c]), round(float(strictness[c]), 6), short_words)
                if best_key is None or key > best_key:
                    best, best_key = (short_words, thresholds), key
                    best_counts = {n: dict(zip(("tp", "fp", "fn", "content", "content_lost"), total[c, s].tolist()))
                                   for s, n in enumerate(names)}
    return best, best_counts


def pooled(per_fold: list[dict]) -> dict:
    return summary({k: sum(f[k] for f in per_fold) for k in per_fold[0]})


def fold_arguments(description: str) -> argparse.ArgumentParser:
    """The options of a cross-validation by site on the realweb pack: where the pack is, where
    the fold models and runs go, how many folds."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--work", type=Path, default=Path("build/realweb-cv"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--extra-styles", default="", help="passed to training.train when a fold model is trained")
    return ap


def main(argv: list[str] | None = None) -> dict:
    args = fold_arguments(__doc__.splitlines()[0]).parse_args(argv)
    pages = {style: load_pages(args.realweb, style) for style in STYLES}
    rules_threshold = float(load_config()["boilerplate"]["model"]["rules_threshold"])
    lowest = uniform(min(THRESHOLDS))
    facts: dict = {}
    rules_counts: dict = {}
    models, dumps_of = {}, {}
    for fold in range(args.folds):
        models[fold] = model = fold_model(args.realweb, args.work, fold, args.folds, args.extra_styles)
        for name, (style, shuffled) in EVAL_STYLES.items():
            held = [p for p, f in zip(pages[style], site_folds(pages[style], args.folds)) if f == fold and p.lines]
            dumps_of[fold, name] = dumps = args.work / "dumps" / f"fold{fold}" / name
            write_dumps(held, dumps, prefix="rw", shuffled=shuffled, seed=fold)
            runs = args.work / "runs" / f"fold{fold}" / name
            score(dumps, runs / "low", model_config(model, lowest))
            rules_counts.setdefault(name, []).append(
                score(dumps, runs / "rules", load_config(overrides={"boilerplate": {"decision": "rules"}})))
            facts[fold, name] = line_facts(dumps, runs / "low", runs / "rules")
            log(f"fold {fold} {name}: scored")
    grid = {t: {name: pooled([simulate(facts[f, name], uniform(t), rules_threshold) for f in range(args.folds)])
                for name in EVAL_STYLES} for t in THRESHOLDS}
    chosen, simulated = best_setting(facts, args.folds, rules_threshold)
    table: dict = {"chosen": chosen and {"short_words": chosen[0], "thresholds": dict(zip(PAGE_KINDS, chosen[1]))},
                   "budget": BUDGET, "budget_in_every_fold": True, "precision_floor": PRECISION, "styles": {}}
    for name in EVAL_STYLES:
        real = []
        if chosen is not None:
            for fold in range(args.folds):
                real.append(score(dumps_of[fold, name], args.work / "runs" / f"fold{fold}" / name / "chosen",
                                  model_config(models[fold], chosen)))
        table["styles"][name] = {
            "chosen": {"pooled": pooled(real), "simulated": summary(simulated[name]),
                       "folds": [summary(f) for f in real]} if real else None,
            "rules": {"pooled": pooled(rules_counts[name]), "folds": [summary(f) for f in rules_counts[name]]},
            "one_threshold": [{"threshold": t, **grid[t][name]} for t in THRESHOLDS]}
    for name, t in table["styles"].items():
        print(f"\n{name}  (held-out sites, {args.folds} folds)")
        print(f"  {'decision':34} {'precision':>9} {'recall':>7} {'content removed':>16}")
        for row in t["one_threshold"]:
            print(f"  {'model at ' + str(row['threshold']):34} {row['precision']:9.3f} {row['recall']:7.3f} "
                  f"{row['content_removed']:16.4f}")
        if t["chosen"]:
            c = t["chosen"]["pooled"]
            spread = [f["recall"] for f in t["chosen"]["folds"]]
            lost = [f["content_removed"] for f in t["chosen"]["folds"]]
            print(f"  {'chosen (run)':34} {c['precision']:9.3f} {c['recall']:7.3f} "
                  f"{c['content_removed']:16.4f}   by fold: recall {min(spread):.3f}-{max(spread):.3f}, "
                  f"content removed {min(lost):.4f}-{max(lost):.4f}")
        r = t["rules"]["pooled"]
        print(f"  {'rules alone':34} {r['precision']:9.3f} {r['recall']:7.3f} {r['content_removed']:16.4f}")
    print(f"\nbest mean recall within every style's content budget {BUDGET} in every fold "
          f"at precision at least {PRECISION}: {table['chosen']}")
    (args.work / "results.json").write_text(json.dumps(table, indent=2) + "\n")
    return table


if __name__ == "__main__":
    main()
