"""Training rows: labelled dumps read and featurised by the pipeline's own code.

A *view* is a folder of dumps with a per-line gold file: the realweb pages rebuilt as
dumps (blocks and paragraphs styles, pages in order, and paragraphs shuffled across
the pages of each dump), and the project's own labelled sets. Each view is read with
the pipeline's ingest and normalise steps and featurised with the same functions the
learned judge runs (:mod:`pipeline.boilerplate.learned`), so what the model is trained
on is what it sees in a run. Rows keep their group (the site, or the labelled set) so
that out-of-fold scores never come from a model that saw the same site.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.boilerplate import BoilerplateClassifier, CrossDumpRepeats, key_hash
from pipeline.boilerplate.learned import distinct_texts, line_matrix, ngram_hash_lists
from pipeline.boilerplate.model import LINE_MODEL_FEATURES
from pipeline.executors.memory import read_all
from pipeline.normalise import Normalise
from pipeline.steps import Batch

from .realweb import Page, write_dumps

ROOT = Path(__file__).resolve().parent.parent
# The project's labelled sets: (name, dumps folder or files, gold file).
LABELLED_SETS = [("samples", ROOT / "samples", ROOT / "tests" / "gold" / "seed_lines_gold.jsonl")] + [
    (name, ROOT / "tests" / name, ROOT / "tests" / name / "gold_lines.jsonl")
    for name in ("devset", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7", "devset8", "devset9",
                 "heldout")]
# Dumps counted together for the cross-dump repeat feature: a corpus of about this many
# dumps, so that the count means at training what it means on a run of a few hundred pages.
REPEAT_GROUP_DUMPS = 40


@dataclass
class View:
    """One featurised folder of dumps: a row per non-empty paragraph."""

    name: str
    batch: Batch                     # normalised, pages as the pipeline numbers them
    rows: np.ndarray                 # paragraph index of each row (non-empty paragraphs)
    text_row: np.ndarray             # per row: its distinct text number
    distinct: list[str]
    line: np.ndarray                 # per distinct text: LINE_MODEL_FEATURES (n-gram score column 0)
    hashes: list[list[int]]          # per distinct text: its hashed n-grams
    label: np.ndarray                # per row: 1 boilerplate, 0 content, -1 ambiguous (not trained on)
    group: np.ndarray                # per row: group name (site or labelled set)
    repeated: np.ndarray             # per row: 1 when its short form is in enough dumps of its repeat group
    rules_decide: np.ndarray         # per row: 1 when the rules alone (decision = "rules") would remove it
    weight: float = 1.0
    in_order: bool = False           # pages in reading order: the main-text boundaries mean something
    by_site: bool = False            # rows weighed so that every site of the view weighs the same
    extra: dict = field(default_factory=dict)


def _labels(gold_path: Path) -> dict[tuple[str, int], str]:
    out = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            out[(Path(g["file"]).name, int(g["line"]))] = g["label"]
    return out


def featurise(name: str, inputs: list[Path], gold: dict[tuple[str, int], str], group_of, config: dict,
              ngram_bits: int, weight: float = 1.0) -> View:
    """Read and featurise one view; ``group_of(file name, line)`` names each row's group."""
    ingested = read_all([str(p) for p in inputs], None, config)
    batch = Normalise(config).run(Batch.of(ingested.paragraphs))
    distinct, text_row, rows = distinct_texts(batch["text"])
    classifier = BoilerplateClassifier(config)
    line = _cached_lines(distinct, classifier)
    paragraphs = ingested.paragraphs
    names = [Path(paragraphs[i].source.path).name for i in rows.tolist()]
    lines = [paragraphs[i].source.line for i in rows.tolist()]
    label = np.array([{"boilerplate": 1, "content": 0}.get(gold.get((f, n)), -1) for f, n in zip(names, lines)],
                     np.int8)
    group = np.array([group_of(f, n) for f, n in zip(names, lines)], dtype=object)
    repeated = _repeated(batch, rows, classifier, config)
    texts = batch["text"]
    rules_decide = np.array([classifier.decision(texts[i], classifier.repeat_dumps if r else 1)[0]
                             for i, r in zip(rows.tolist(), repeated.tolist())], np.int8)
    classifier.forget()
    return View(name, batch, rows, text_row, distinct, line, ngram_hash_lists(distinct, ngram_bits), label, group,
                repeated, rules_decide, weight)


# Line features by text: the same texts recur across views and cross-validation folds.
_LINE_CACHE: dict[str, np.ndarray] = {}


def _cached_lines(distinct: list[str], classifier: BoilerplateClassifier) -> np.ndarray:
    missing = [t for t in distinct if t not in _LINE_CACHE]
    if missing:
        computed, _ = line_matrix(missing, classifier)
        _LINE_CACHE.update(zip(missing, computed))
    if not distinct:
        return np.zeros((0, len(LINE_MODEL_FEATURES)), np.float32)
    return np.stack([_LINE_CACHE[t] for t in distinct])


def _repeated(batch: Batch, rows: np.ndarray, classifier: BoilerplateClassifier, config: dict) -> np.ndarray:
    """The cross-dump repeat feature of each row, counted within groups of dumps."""
    repeats = CrossDumpRepeats(config)
    keys = [classifier.short_key_of(t) or "" for t in batch["text"]]
    hashes = np.array([key_hash(k) if k else 0 for k in keys], np.uint64)
    dump = np.asarray(batch.dump, np.int64)
    out = np.zeros(len(batch), np.float32)
    for first in range(0, len(batch.dumps), REPEAT_GROUP_DUMPS):
        in_group = (dump >= first) & (dump < first + REPEAT_GROUP_DUMPS)
        counts = repeats.combine([repeats.local(hashes[in_group], dump[in_group].astype(np.uint64))])
        out[in_group] = counts.of(hashes[in_group]) >= repeats.min_dumps
    return out[rows]


def realweb_views(pages_by_style: dict[str, list[Page]], out: Path, config: dict, ngram_bits: int,
                  shuffled_styles=("paragraphs", "blocks"), seed: int = 7) -> list[View]:
    """The realweb pages as dumps: each style in page order, and the shuffled styles with
    each dump's lines shuffled across its pages."""
    views = []
    for style, pages in pages_by_style.items():
        site = {}
        variants = [("inorder", False)] + ([("shuffled", True)] if style in shuffled_styles else [])
        for variant, shuffled in variants:
            folder = out / f"{style}-{variant}"
            gold_rows = write_dumps([p for p in pages if p.lines], folder, prefix="rw", shuffled=shuffled, seed=seed)
            gold = {(g["file"], g["line"]): g["label"] for g in gold_rows}
            site_of_row = {(g["file"], g["line"]): g["page"] for g in gold_rows}
            site = {p.id: p.site for p in pages}
            views.append(featurise(f"{style}-{variant}", sorted(folder.glob("*.txt")), gold,
                                   lambda f, n, m=site_of_row: site[m[(f, n)]], config, ngram_bits))
            views[-1].in_order = not shuffled
            views[-1].by_site = True
    return views


def labelled_views(config: dict, ngram_bits: int, weight: float) -> list[View]:
    """The project's own labelled sets (each set is one group)."""
    views = []
    for name, folder, gold_path in LABELLED_SETS:
        files = sorted(folder.glob("*.txt"))
        views.append(featurise(name, files, _labels(gold_path), lambda f, n, s=name: s, config, ngram_bits, weight))
    return views
