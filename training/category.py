"""The category model: which of the 13 kinds of furniture a removed paragraph is.

    python -m training.category [--out pipeline/boilerplate/model] [--folds 5]

The boilerplate model decides *whether* a paragraph is furniture; its audit entry also names
a category. Where a rule of the rule packs fires, the rule names it. On real pages most
furniture fires none (the packs were written from this project's labelled sets), and the
structural signals that do fire on it say little of what it is (a short line is
``site-chrome`` whatever it says). This model names the category from the same line
features the boilerplate model reads (text shape and the rules' and signals' evidence).

Data, one row per labelled furniture line:

* ``training/data/category_labels.jsonl``: 1,600 boilerplate lines of the realweb pack
  (WCXB, the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0), two a page
  from 691 pages of 614 sites, both scraper styles, each given a category by a labeller
  who had not seen the rules (the definitions in the README's *Boilerplate* section);
* the project's labelled sets: every boilerplate line with its gold category.

Validated by site (5 folds by site for realweb lines, by labelled set file for ours);
the figures go into ``category.json``. Same data and seed give a byte-identical model.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import zlib
from pathlib import Path

import numpy as np

from pipeline.boilerplate import BoilerplateClassifier
from pipeline.boilerplate.category import CATEGORY_FEATURES, rules_category
from pipeline.boilerplate.features import CATEGORIES
from pipeline.boilerplate.learned import line_matrix
from pipeline.config import load_config
from pipeline.normalise import clean_text

from .dataset import LABELLED_SETS
from .train import log

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "data" / "category_labels.jsonl"
PARAMS = {"objective": "multiclass", "num_class": len(CATEGORIES), "learning_rate": 0.1, "num_leaves": 7,
          "min_data_in_leaf": 10, "lambda_l2": 1.0, "feature_fraction": 0.9, "num_threads": 1, "verbose": -1,
          "seed": 7, "deterministic": True, "force_col_wise": True}
# 40 rounds of 7 leaves: by site folds, as accurate as 200 of 15 (0.626 against 0.626 on the
# realweb lines, pattern rules first) at a tenth of the size (0.5 MB against 4.4 MB).
ROUNDS = 40


def examples(labels: Path = LABELS, labelled_sets=LABELLED_SETS) -> list[tuple[str, str, str, str]]:
    """(text, category, group, origin) per labelled furniture line: the realweb labels (group:
    the site) and the boilerplate lines of the project's labelled sets (group: set and file)."""
    rows = []
    with open(labels, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows.append((r["text"], r["category"], r["site"], "realweb"))
    for name, folder, gold_path in labelled_sets:
        files: dict[str, list[str]] = {}
        with open(gold_path, encoding="utf-8") as fh:
            for line in fh:
                g = json.loads(line)
                if g["label"] != "boilerplate":
                    continue
                if g["file"] not in files:
                    files[g["file"]] = (folder / g["file"]).read_text(encoding="utf-8").split("\n")
                rows.append((files[g["file"]][g["line"] - 1], g["category"], f"{name}/{g['file']}", "ours"))
    return rows


def featurise(rows, config: dict) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    """CATEGORY_FEATURES per row, its category number, and the category the rule packs'
    pattern rules name (None where none fires)."""
    texts = [clean_text(text, config) or text for text, *_ in rows]
    line, judgements = line_matrix(texts, BoilerplateClassifier(config))  # what the judge reads at run time
    x = line[:, :len(CATEGORY_FEATURES)]
    y = np.array([CATEGORIES.index(category) for _, category, *_ in rows], np.int64)
    return x, y, [rules_category(j.rules) for j in judgements]


def fold_of(group: str, folds: int) -> int:
    return zlib.crc32(group.encode("utf-8")) % folds


def fit(x: np.ndarray, y: np.ndarray):
    import lightgbm

    data = lightgbm.Dataset(x, y, feature_name=list(CATEGORY_FEATURES), params={"verbose": -1})
    return lightgbm.train(PARAMS, data, ROUNDS)


def cross_validate(x: np.ndarray, y: np.ndarray, rules: list, groups: list[str], origin: list[str],
                   folds: int) -> dict:
    """Accuracy by site-held-out folds of three ways to name a removal's category: the rules'
    (the strongest category of every piece of evidence, else ``site-chrome``, as before this
    model), the model's alone, and the pattern rules' where one fires, else the model's."""
    fold = np.array([fold_of(g, folds) for g in groups])
    model = np.empty(len(y), np.int64)
    for f in range(folds):
        train, test = fold != f, fold == f
        if test.any():
            model[test] = fit(x[train], y[train]).predict(x[test]).argmax(1)
    evidence = x[:, [CATEGORY_FEATURES.index(f"rules_{c}") for c in CATEGORIES]]
    ways = {"evidence_or_site_chrome": np.where(evidence.max(1) > 0, evidence.argmax(1),
                                                 CATEGORIES.index("site-chrome")),
            "model": model,
            "pattern_rules_then_model": np.array([CATEGORIES.index(r) if r else m for r, m in zip(rules, model)])}
    origin = np.array(origin)
    return {name: {o: round(float((pred[origin == o] == y[origin == o]).mean()), 4) for o in ("realweb", "ours")}
            for name, pred in ways.items()}


def train(out: Path, folds: int = 5, labels: Path = LABELS, labelled_sets=LABELLED_SETS) -> dict:
    config = load_config()
    rows = examples(labels, labelled_sets)
    x, y, rules = featurise(rows, config)
    log(f"category model: {len(rows)} lines, {len(set(r[2] for r in rows))} groups")
    figures = cross_validate(x, y, rules, [r[2] for r in rows], [r[3] for r in rows], folds) if folds > 1 else {}
    booster = fit(x, y)
    out.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(out / "category.txt"))
    meta = {"features": list(CATEGORY_FEATURES), "categories": list(CATEGORIES), "rounds": ROUNDS, "params": PARAMS,
            "lines": {o: sum(r[3] == o for r in rows) for o in ("realweb", "ours")},
            "labels_sha256": hashlib.sha256(labels.read_bytes()).hexdigest(),
            "accuracy_by_site_folds": figures,
            "data": "realweb lines: WCXB (Murrough Foley, CC-BY-4.0), categories by a blind labeller; "
                    "the project's labelled sets"}
    (out / "category.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log(f"category model written to {out}: accuracy by held-out sites {figures}")
    return meta


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline" / "boilerplate" / "model")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    train(args.out, args.folds)


if __name__ == "__main__":
    main()
