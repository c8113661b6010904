"""``make train``: fit the learned boilerplate model and write it into the package.

    python -m training.train [--realweb ../shared/realweb] [--out pipeline/boilerplate/model]
                             [--hold-out-fold F] [--work build/train]

Data: the realweb pack (WCXB pages, CC-BY-4.0, training/realweb.py) as dumps in four
views (blocks and paragraphs styles, each with pages in order and with each dump's
lines shuffled across its pages) and the project's labelled sets. With
``--hold-out-fold F`` the sites of realweb fold F are left out (for the cross-validation
in ``training/evaluate.py``).

Models, stacked, each fed out-of-fold scores of the ones before (folds by site, so a
score never comes from a model that saw the same site):

1. n-gram: naive-Bayes log-count ratios of hashed word unigrams and bigrams;
2. line model (LightGBM): the line features and the n-gram score;
3. main-text boundary models (LightGBM, two): the line and context features (which use
   the line model's scores of the neighbours); targets: the first and the last content
   paragraph of each page, on the realweb pages in reading order;
4. page model (LightGBM): those features, the boundary models' main-text span and the
   cross-dump repeat feature.

Every model weighs each realweb view's sites alike (``site_weights``); the labelled sets'
lines weigh LABELLED_WEIGHT each.

The threshold is chosen on the page model's out-of-fold scores (the rule in
``choose_threshold``). Same data and seed give a byte-identical model.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from pipeline.boilerplate.features import CONTEXT_FEATURES
from pipeline.boilerplate.learned import SPAN_COLUMNS, main_text_span, page_matrix, page_runs
from pipeline.boilerplate.model import BOUNDARY_FEATURES, LINE_MODEL_FEATURES, PAGE_MODEL_FEATURES
from pipeline.config import load_config

from .dataset import View, labelled_views, realweb_views
from .realweb import STYLES, load_pages, site_folds
from .styles import STYLES as EXTRA_STYLES, parse_styles, style_pages

NGRAM_BITS = 18
NGRAM_SMOOTHING = 1.0
INNER_FOLDS = 3
LABELLED_WEIGHT = 20.0  # our own sets are small and hand-labelled: they count more per line
LGB_PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 63, "min_data_in_leaf": 40,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "num_threads": 2, "verbose": -1, "seed": 7, "deterministic": True, "force_col_wise": True,
}
ROUNDS = 300
# The main-text boundary models: one row in a page is the answer. Smaller than the page
# model: on out-of-fold scores, 150 rounds of 31 leaves and 300 of 63 gave the page model the
# same recall at the content budgets, averaged over the styles in order (0.336 and 0.342).
BOUNDARY_ROUNDS = 150
BOUNDARY_PARAMS = {"num_leaves": 31}
# The page model's leaves hold at least this many rows. 1,021 of the pack's sites have one
# page, so a leaf of 40 rows can be one page's menu: the model learned those pages' own
# furniture, which a new site does not share. On the page model's out-of-fold scores (inner
# folds by site), the recall at the content budgets, averaged over the four realweb views,
# went 0.251 (40 rows) -> 0.266 (200) -> 0.268 (500) -> 0.270 (1000); the line model, with
# 500 too, lost some of it (0.264): its rows carry no page context, and its leaves are not
# one page's. docs/model-card.md.
PAGE_PARAMS = {"min_data_in_leaf": 500}
# The decision rule, on the realweb views' out-of-fold scores: the lowest threshold at
# which no view removes more than its share of content lines (the budgets: 1% for
# the paragraphs styles, 1.5% for blocks), the rules' verdicts standing where the model
# gives at least RULES_THRESHOLD (so our own labelled sets keep what the rules found).
CONTENT_BUDGET = {"blocks-inorder": 0.015, "blocks-shuffled": 0.015, "paragraphs-inorder": 0.01,
                  "paragraphs-shuffled": 0.01}
RULES_THRESHOLD = 0.95
# Of the scraper styles written from the pack's HTML (``--extra-styles``), the ones that
# also get a view with each dump's lines shuffled across its pages: the paragraph-like one,
# as the pack's paragraph style has.
SHUFFLED_EXTRA_STYLES = ("headed",)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def site_weights(group: np.ndarray, label: np.ndarray, weight: float) -> np.ndarray:
    """Per row: ``weight`` shared out so that every site's labelled rows weigh the same in
    all, and the view's labelled rows as much as before. Most realweb sites have one page, and
    a page of a thousand menu lines would otherwise outweigh fifty articles' furniture: what
    the model should learn is what furniture looks like on any site, not on the longest pages.

    >>> site_weights(np.array(["a", "a", "a", "b"]), np.array([1, 0, -1, 1]), 1.0).tolist()
    [0.75, 0.75, 0.0, 1.5]
    """
    out = np.zeros(group.size, np.float64)
    labelled = label >= 0
    if not labelled.any():
        return out
    sites, inverse, counts = np.unique(group[labelled].astype(str), return_inverse=True, return_counts=True)
    out[labelled] = weight * labelled.sum() / sites.size / counts[inverse]
    return out


def inner_fold(groups: np.ndarray, folds: int = INNER_FOLDS) -> np.ndarray:
    names = sorted(set(groups.tolist()))
    fold_of = {g: int(hashlib.sha1(g.encode()).hexdigest(), 16) % folds for g in names}
    return np.array([fold_of[g] for g in groups.tolist()], np.int64)


def ngram_weights(hashes: list[list[int]], label: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, float]:
    """Naive-Bayes log-count ratios (boilerplate over content) per hashed n-gram, and the prior."""
    size = 1 << NGRAM_BITS
    bp, ct = np.zeros(size), np.zeros(size)
    for h, y, w in zip(hashes, label.tolist(), weight.tolist()):
        if y < 0:
            continue
        target = bp if y == 1 else ct
        np.add.at(target, np.unique(np.asarray(h, np.int64)), w)
    a = NGRAM_SMOOTHING
    ratio = np.log((bp + a) / (bp.sum() + a * size)) - np.log((ct + a) / (ct.sum() + a * size))
    trained = label >= 0
    prior = float(np.log(weight[trained & (label == 1)].sum() / weight[trained & (label == 0)].sum()))
    return ratio.astype(np.float32), prior


def ngram_scores(hashes: list[list[int]], ratio: np.ndarray, prior: float) -> np.ndarray:
    return np.array([prior + float(ratio[h].sum()) for h in hashes], np.float32)


# Being in enough dumps for the repeat count can only make a paragraph more likely boilerplate.
MONOTONE = {"cross_dump_repeat": 1}


def fit_gbm(x: np.ndarray, y: np.ndarray, w: np.ndarray, names: tuple[str, ...], rounds: int = ROUNDS,
            params: dict | None = None):
    import lightgbm

    data = lightgbm.Dataset(x, y, weight=w, feature_name=list(names), free_raw_data=True,
                            params={"verbose": -1})
    params = {**LGB_PARAMS, **(params or {}), "monotone_constraints": [MONOTONE.get(n, 0) for n in names]}
    return lightgbm.train(params, data, rounds)


def boundary_targets(label: np.ndarray, page: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row: 1 where it is its page's first (last) content paragraph, else 0."""
    first, last = np.zeros(label.size, np.float32), np.zeros(label.size, np.float32)
    for a, b in page_runs(page):
        content = np.flatnonzero(label[a:b] == 0)
        if content.size:
            first[a + content[0]], last[a + content[-1]] = 1, 1
    return first, last


def out_of_fold(fit, predict, folds: np.ndarray, trained: np.ndarray) -> np.ndarray:
    scores = np.zeros(folds.size, np.float32)
    for f in range(INNER_FOLDS):
        model = fit((folds != f) & trained)
        at = folds == f
        scores[at] = predict(model, at)
    return scores


class Rows:
    """Every view's rows stacked: features per row, labels, weights, groups."""

    def __init__(self, views: list[View]):
        self.views = views
        self.hashes = [v.hashes[k] for v in views for k in v.text_row.tolist()]
        self.line = np.vstack([v.line[v.text_row] for v in views]).astype(np.float32)
        self.label = np.concatenate([v.label for v in views])
        self.group = np.concatenate([v.group for v in views])
        self.weight = np.concatenate([site_weights(v.group, v.label, v.weight) if v.by_site
                                      else np.full(v.rows.size, v.weight, np.float64) for v in views])
        self.repeated = np.concatenate([v.repeated for v in views])
        self.view = np.concatenate([np.full(v.rows.size, n) for n, v in enumerate(views)])
        self.trained = self.label >= 0
        # each row's page, numbered apart across views
        self.page = np.concatenate([np.asarray(v.batch.page, np.int64)[v.rows] + (n << 32)
                                    for n, v in enumerate(views)])
        # rows whose pages are in reading order (what the boundary models learn from); with
        # none such (no realweb pack), every row
        self.in_order = np.concatenate([np.full(v.rows.size, v.in_order) for v in views])
        if not self.in_order.any():
            self.in_order[:] = True

    def page_features(self, line: np.ndarray, line_scores: np.ndarray) -> np.ndarray:
        """PAGE_MODEL_FEATURES of every row from its line features (n-gram score filled in)
        and the context built from ``line_scores`` per row."""
        parts = []
        at = 0
        for v in self.views:
            n = v.rows.size
            # page_matrix wants per-distinct-text rows; give each row its own "text"
            per_row = np.arange(n, dtype=np.int64)
            texts = [v.distinct[k] for k in v.text_row.tolist()]
            x = page_matrix(v.batch, v.rows, per_row, texts, line[at : at + n], line_scores[at : at + n])
            x[:, -1] = self.repeated[at : at + n]
            parts.append(x)
            at += n
        return np.vstack(parts)


def decide(scores: np.ndarray, rules: np.ndarray, threshold: float) -> np.ndarray:
    """The learned judge's decision on log-odds ``scores``: the model at ``threshold``, or
    the rules where the model gives at least RULES_THRESHOLD. (Lines without a letter or
    digit, which the rules decide alone, are not among the labelled realweb rows.)"""
    return (scores >= _log_odds(threshold)) | ((rules == 1) & (scores >= _log_odds(RULES_THRESHOLD)))


def _log_odds(p: float) -> float:
    return float(np.log(p / (1 - p)))


def choose_threshold(scores: np.ndarray, label: np.ndarray, rules: np.ndarray, view: np.ndarray,
                     names: list[str]) -> float:
    """The lowest threshold (on a grid of 0.0025) keeping every realweb view within its content budget."""
    budgets = {names.index(v): budget for v, budget in CONTENT_BUDGET.items() if v in names}
    for threshold in np.arange(0.5, 0.9975, 0.0025).round(4).tolist():
        removed = decide(scores, rules, threshold)
        if all(_figures(removed[view == n], label[view == n])["content_removed"] <= budget
               for n, budget in budgets.items()):
            return threshold
    return 0.9975


def train(realweb: Path | None, out: Path, work: Path, hold_out_fold: int | None = None, folds: int = 5,
          extra_styles: tuple[str, ...] = ()) -> dict:
    """Fit and write the model; ``realweb`` None trains on the project's labelled sets alone
    (what the tests do: CI has no realweb pack). ``extra_styles`` (of
    :data:`training.styles.STYLES`) adds the pack's pages cut into lines those ways too."""
    config = load_config()
    started = time.perf_counter()
    pages = {style: load_pages(realweb, style) for style in STYLES} if realweb is not None else {}
    extra = {style: style_pages(realweb, style, work / "styles" / style)
             for style in extra_styles} if realweb is not None else {}
    if hold_out_fold is not None:
        for group in (pages, extra):
            for style, of_style in group.items():
                fold = site_folds(of_style, folds)
                group[style] = [p for p, f in zip(of_style, fold) if f != hold_out_fold]
    log(f"realweb pages: {', '.join(f'{s} {len(p)}' for s, p in {**pages, **extra}.items())}")
    views = realweb_views(pages, work / "views", config, NGRAM_BITS)
    if extra:
        views += realweb_views(extra, work / "views", config, NGRAM_BITS, shuffled_styles=SHUFFLED_EXTRA_STYLES)
    views += labelled_views(config, NGRAM_BITS, LABELLED_WEIGHT)
    rows = Rows(views)
    log(f"{rows.label.size} rows ({int(rows.trained.sum())} labelled) from {len(views)} views")
    folds_of = inner_fold(rows.group)
    y, w, trained = rows.label, rows.weight, rows.trained

    # 1. n-gram model, out of fold for the models above it
    def fit_ngram(mask):
        return ngram_weights([h for h, m in zip(rows.hashes, mask) if m], y[mask], w[mask])

    ngram_oof = out_of_fold(fit_ngram, lambda m, at: ngram_scores([h for h, a in zip(rows.hashes, at) if a], *m),
                            folds_of, trained)
    ratio, prior = ngram_weights(rows.hashes, y, w)
    log("n-gram model done")

    # 2. line model
    x_line = rows.line.copy()
    x_line[:, -1] = ngram_oof
    line_oof = out_of_fold(lambda m: fit_gbm(x_line[m], y[m], w[m], LINE_MODEL_FEATURES),
                           lambda model, at: model.predict(x_line[at], raw_score=True), folds_of, trained)
    line_model = fit_gbm(x_line[trained], y[trained], w[trained], LINE_MODEL_FEATURES)
    log("line model done")

    # 3. main-text boundary models, on context built from the line model's out-of-fold
    # scores, learned from the pages in reading order
    x_page = rows.page_features(x_line, line_oof)
    x_bound = x_page[:, : len(BOUNDARY_FEATURES)]
    boundary_models, boundary_oof = [], []
    for target in boundary_targets(y, rows.page):
        def fit_boundary(m, t=target):
            return fit_gbm(x_bound[m], t[m], np.ones(int(m.sum())), BOUNDARY_FEATURES, BOUNDARY_ROUNDS,
                           BOUNDARY_PARAMS)
        boundary_oof.append(out_of_fold(fit_boundary, lambda model, at: model.predict(x_bound[at], raw_score=True),
                                        folds_of, rows.in_order))
        boundary_models.append(fit_boundary(rows.in_order))
    x_page[:, SPAN_COLUMNS] = main_text_span(*boundary_oof, rows.page)
    log("main-text boundary models done")

    # 4. page model, on all of the above
    page_oof = out_of_fold(lambda m: fit_gbm(x_page[m], y[m], w[m], PAGE_MODEL_FEATURES, params=PAGE_PARAMS),
                           lambda model, at: model.predict(x_page[at], raw_score=True), folds_of, trained)
    page_model = fit_gbm(x_page[trained], y[trained], w[trained], PAGE_MODEL_FEATURES, params=PAGE_PARAMS)
    log("page model done")

    rules = np.concatenate([v.rules_decide for v in views])
    work.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(work / "out_of_fold.npz", page=page_oof, line=line_oof, label=y, view=rows.view,
                        rules=rules, views=np.array([v.name for v in views]))
    with open(work / "out_of_fold_texts.jsonl", "w", encoding="utf-8") as fh:  # row by row, for error reading
        for v in views:
            for k in v.text_row.tolist():
                fh.write(json.dumps(v.distinct[k]) + "\n")
    names = [v.name for v in views]
    threshold = (choose_threshold(page_oof[trained], y[trained], rules[trained], rows.view[trained], names)
                 if pages else 0.99)
    figures = {}
    for n, v in enumerate(views):
        at = (rows.view == n) & trained
        figures[v.name] = _figures(decide(page_oof[at], rules[at], threshold), y[at])
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "ngram.npy", ratio, allow_pickle=False)
    line_model.save_model(str(out / "line.txt"))
    page_model.save_model(str(out / "page.txt"))
    for model, name in zip(boundary_models, ("main_start.txt", "main_end.txt")):
        model.save_model(str(out / name))
    importance = dict(zip(PAGE_MODEL_FEATURES, page_model.feature_importance("gain").round(1).tolist()))
    meta = {
        "format": 1,
        "line_features": list(LINE_MODEL_FEATURES),
        "boundary_features": list(BOUNDARY_FEATURES),
        "page_features": list(PAGE_MODEL_FEATURES),
        "ngram_bits": NGRAM_BITS,
        "ngram_bias": round(prior, 6),
        "threshold": threshold,
        "rules_threshold": RULES_THRESHOLD,
        "threshold_rule": f"lowest keeping each realweb view's out-of-fold content removed within "
                          f"{CONTENT_BUDGET}, rules standing at model probability >= {RULES_THRESHOLD}",
        "training": {
            "realweb_pages": {s: len(p) for s, p in {**pages, **extra}.items()},
            "held_out_fold": hold_out_fold,
            "views": {v.name: {"rows": int(v.rows.size), "labelled": int((v.label >= 0).sum()),
                               "weight": v.weight} for v in views},
            "inner_folds": INNER_FOLDS, "rounds": ROUNDS, "params": LGB_PARAMS,
            "boundary_rounds": BOUNDARY_ROUNDS, "boundary_params": BOUNDARY_PARAMS, "page_params": PAGE_PARAMS,
            "labelled_weight": LABELLED_WEIGHT,
            "realweb_weight": "each site of a view alike, the view's total kept",
        },
        "out_of_fold": figures,
        "page_model_gain": dict(sorted(importance.items(), key=lambda kv: -kv[1])[:25]),
        "sources": "realweb: WCXB (Murrough Foley, 2026), CC-BY-4.0; labelled sets: this project's tests/",
    }
    (out / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {out} in {time.perf_counter() - started:.0f} s; threshold {threshold}")
    return meta


def _figures(removed: np.ndarray, label: np.ndarray) -> dict:
    tp = int((removed & (label == 1)).sum())
    fp = int((removed & (label == 0)).sum())
    bp, ct = int((label == 1).sum()), int((label == 0).sum())
    return {"precision": round(tp / max(1, tp + fp), 4), "recall": round(tp / max(1, bp), 4),
            "content_removed": round(fp / max(1, ct), 4), "boilerplate": bp, "content": ct}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realweb", type=Path, default=Path("../shared/realweb"))
    ap.add_argument("--out", type=Path, default=Path("pipeline/boilerplate/model"))
    ap.add_argument("--work", type=Path, default=Path("build/train"))
    ap.add_argument("--hold-out-fold", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2, help="LightGBM threads (the model does not depend on it)")
    ap.add_argument("--extra-styles", default="", help=f"comma-separated, of {', '.join(EXTRA_STYLES)}: also learn "
                    "from the pack's pages cut into lines these ways (training/styles.py)")
    args = ap.parse_args(argv)
    extra_styles = parse_styles(args.extra_styles, "--extra-styles", "training")
    LGB_PARAMS["num_threads"] = args.threads
    if not (args.realweb / "truth").is_dir():
        raise SystemExit(f"training: no realweb pack at {args.realweb} (pass --realweb PATH)")
    train(args.realweb, args.out, args.work, args.hold_out_fold, extra_styles=extra_styles)


if __name__ == "__main__":
    main()
