"""The learned boilerplate model, as it ships: data files, no code and no pickle.

A model folder holds ``model.json`` (feature names, settings, threshold, provenance),
``ngram.npy`` (the weights of a linear model over hashed word n-grams) and four
LightGBM text models: ``line.txt`` scores a paragraph from its own text
(:data:`~pipeline.boilerplate.features.LINE_FEATURES` plus the n-gram score);
``main_start.txt`` and ``main_end.txt`` score, from the line and context features, how
likely a paragraph is the first (the last) paragraph of its page's main text, which
gives each paragraph the probability that the main text starts below it or ended above
it (:data:`SPAN_FEATURES`); ``page.txt`` scores it again with its page around it (the
context features, which include the line model's scores of its neighbours), those
probabilities and the cross-dump repeat count.
``training/train.py`` writes it (``make train``); docs/model-card.md describes it.
"""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import numpy as np

from .features import CONTEXT_FEATURES, LINE_FEATURES

DEFAULT_MODEL = Path(__file__).resolve().parent / "model"
CORPUS_FEATURES = ("cross_dump_repeat",)
_CONTRIBUTION_ROWS = 512  # rows per block when summing path attributions
_LEAF_ROWS = 8192  # rows per block when LightGBM finds their leaves (its int32 array)
LINE_MODEL_FEATURES = (*LINE_FEATURES, "ngram_score")
# What the main-text boundary models read: the page model's features but the ones built
# from them and the corpus count (which is the run's, not the page's).
BOUNDARY_FEATURES = (*LINE_MODEL_FEATURES, *CONTEXT_FEATURES)
# Per paragraph, from the boundary models: the probability that its page's main text starts
# after it, that it ended before it, and their sum (capped at 1).
SPAN_FEATURES = ("main_text_below", "main_text_above", "outside_main_text")
PAGE_MODEL_FEATURES = (*BOUNDARY_FEATURES, *SPAN_FEATURES, *CORPUS_FEATURES)


class ModelError(ValueError):
    """A model folder is missing, unreadable, or does not fit this version's features."""


class BoilerplateModel:
    """A model folder loaded for prediction (LightGBM boosters are built on first use,
    so a process that forks workers does so before any thread pool exists)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        try:
            self.meta = json.loads((self.folder / "model.json").read_text(encoding="utf-8"))
            self.ngram_weights = np.load(self.folder / "ngram.npy", allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{self.folder}: cannot read the boilerplate model: {exc}") from None
        if tuple(self.meta.get("line_features", ())) != LINE_MODEL_FEATURES or \
                tuple(self.meta.get("boundary_features", ())) != BOUNDARY_FEATURES or \
                tuple(self.meta.get("page_features", ())) != PAGE_MODEL_FEATURES:
            raise ModelError(f"{self.folder}: the model was trained on other features than this version computes; "
                             "retrain it (make train)")
        self.ngram_bits = int(self.meta["ngram_bits"])
        self.ngram_bias = float(self.meta["ngram_bias"])

    @cached_property
    def _line(self):
        return self._booster("line.txt")

    @cached_property
    def _page(self):
        return self._booster("page.txt")

    @cached_property
    def _start(self):
        return self._booster("main_start.txt")

    @cached_property
    def _end(self):
        return self._booster("main_end.txt")

    def _booster(self, name: str):
        import lightgbm

        _one_thread(lightgbm)
        try:
            return lightgbm.Booster(model_file=str(self.folder / name))
        except Exception as exc:  # lightgbm raises its own error type for a bad file
            raise ModelError(f"{self.folder / name}: cannot load: {exc}") from None

    def ngram_score(self, hashes: list[int]) -> float:
        return self.ngram_bias + float(self.ngram_weights[hashes].sum()) if hashes else self.ngram_bias

    def line_scores(self, x: np.ndarray) -> np.ndarray:
        """Log-odds of boilerplate from the line model (rows of LINE_MODEL_FEATURES)."""
        if x.shape[0] == 0:
            return np.empty(0, np.float64)
        return self._line.predict(x, raw_score=True, num_threads=1)

    def boundary_scores(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Log-odds that each row (of BOUNDARY_FEATURES) is the first, and the last, paragraph
        of its page's main text."""
        if x.shape[0] == 0:
            return np.empty(0, np.float64), np.empty(0, np.float64)
        return self._start.predict(x, raw_score=True, num_threads=1), self._end.predict(x, raw_score=True, num_threads=1)

    def page_scores(self, x: np.ndarray) -> np.ndarray:
        """Log-odds of boilerplate from the page model (rows of PAGE_MODEL_FEATURES)."""
        if x.shape[0] == 0:
            return np.empty(0, np.float64)
        return self._page.predict(x, raw_score=True, num_threads=1)

    def page_predict(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The page model's log-odds of each row, and the leaf it reaches in each tree (for
        :meth:`leaf_contributions`): one pass through the trees gives both."""
        leaves = self.page_leaves(x)
        return self.leaf_scores(leaves), leaves

    def page_leaves(self, x: np.ndarray) -> np.ndarray:
        """The leaf each row reaches in each tree of the page model (rows by trees), held in
        the smallest integer type: LightGBM's own int32 array is made a block at a time."""
        trees = len(self._leaf_values)
        kind = np.uint8 if max(map(len, self._leaf_values), default=1) <= 256 else np.uint16
        out = np.empty((x.shape[0], trees), kind)
        for start in range(0, x.shape[0], _LEAF_ROWS):
            out[start:start + _LEAF_ROWS] = self._page.predict(x[start:start + _LEAF_ROWS], pred_leaf=True,
                                                                num_threads=1).reshape(-1, trees)
        return out

    def leaf_scores(self, leaves: np.ndarray) -> np.ndarray:
        """The page model's log-odds from :meth:`page_leaves`: each tree's leaf value added
        in tree order, as LightGBM adds them (so the very same doubles)."""
        out = np.zeros(leaves.shape[0])
        for t, values in enumerate(self._leaf_values):
            out += values[leaves[:, t]]
        return out

    def page_contributions(self, x: np.ndarray) -> np.ndarray:
        """Each feature's contribution to the page model's log-odds (last column: the bias)."""
        return self.leaf_contributions(self.page_leaves(x))

    def leaf_contributions(self, leaves: np.ndarray) -> np.ndarray:
        """Each feature's contribution to the page model's log-odds of the rows that reach
        ``leaves`` (:meth:`page_leaves`; last column: the bias).

        Path attribution (Saabas): along each tree's path to the row's leaf, every split
        adds the change in the node's value to its feature. Exact in sum (bias plus
        contributions is the score) and, since each leaf has one path, a lookup per tree
        (TreeSHAP, LightGBM's ``pred_contrib``, took 4.5 ms a row for this model)."""
        tables, bias = self._leaf_paths_by_feature
        n = len(PAGE_MODEL_FEATURES)
        out = np.zeros((leaves.shape[0], n + 1))
        # A tree only touches the features it splits on (26 of 120 on average), so each adds
        # its few columns; features run along the first axis so that those are whole rows,
        # and a block of rows at a time keeps the sums in the CPU cache across the trees.
        # The sums are the same, in the same order, as adding every tree's full row.
        for start in range(0, leaves.shape[0], _CONTRIBUTION_ROWS):
            block_leaves = leaves[start:start + _CONTRIBUTION_ROWS]
            sums = np.zeros((n, block_leaves.shape[0]))
            for t, (features, table) in enumerate(tables):
                sums[features] += table[:, block_leaves[:, t]]
            out[start:start + _CONTRIBUTION_ROWS, :-1] = sums.T
        out[:, -1] = bias
        return out

    @cached_property
    def _page_trees(self) -> list[dict[str, np.ndarray]]:
        return _trees(self.folder / "page.txt")

    @cached_property
    def _leaf_values(self) -> list[np.ndarray]:
        """Per tree of the page model, the value of each leaf."""
        return [tree["leaf_value"] for tree in self._page_trees]

    @cached_property
    def _leaf_paths_by_feature(self) -> tuple[list[tuple[np.ndarray, np.ndarray]], float]:
        """Per tree: the features it splits on, and per leaf the summed value changes of each
        of them on the way to it (features along the first axis); and the bias.

        Read from the model file's tree arrays (the values LightGBM loaded; its
        ``dump_model`` JSON of the same trees took a quarter of a second a load)."""
        n = len(PAGE_MODEL_FEATURES)
        tables, bias = [], 0.0
        for tree in self._page_trees:
            table = np.zeros((int(tree["num_leaves"][0]), n), np.float32)
            if "split_feature" not in tree:  # a tree of one leaf
                bias += float(tree["leaf_value"][0])
            else:
                feature, left, right = (tree[k].astype(np.int64)
                                        for k in ("split_feature", "left_child", "right_child"))
                inner, leaf = tree["internal_value"], tree["leaf_value"]
                bias += float(inner[0])
                stack = [(0, np.zeros(n))]
                while stack:
                    node, acc = stack.pop()
                    for child in (left[node], right[node]):
                        value = leaf[~child] if child < 0 else inner[child]
                        step = acc.copy()
                        step[feature[node]] += value - inner[node]
                        if child < 0:
                            table[~child] = step
                        else:
                            stack.append((child, step))
            features = np.flatnonzero(np.any(table != 0, axis=0))
            tables.append((features, np.ascontiguousarray(table[:, features].T)))
        return tables, bias


_TREE_FIELDS = frozenset({"num_leaves", "split_feature", "left_child", "right_child", "leaf_value", "internal_value"})


def _trees(path: Path) -> list[dict[str, np.ndarray]]:
    """The arrays of each tree of a LightGBM text model that path attribution needs."""
    trees: list[dict[str, np.ndarray]] = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("Tree="):
                trees.append({})
            elif line.startswith("end of trees"):
                break
            elif trees:
                key, _, value = line.partition("=")
                if key in _TREE_FIELDS:
                    trees[-1][key] = np.array(value.split(), dtype=np.float64)
    return trees


def _one_thread(lightgbm) -> None:
    """Keep LightGBM on one thread in this process. numba's parallel dedup kernels and
    LightGBM share libgomp; a forked worker that inherits its parent's OpenMP pool waits
    forever in the first parallel region it opens (LightGBM parses a model file on every
    core), so workers must never open one. Predictions here are one row block at a time
    and gain nothing from threads anyway (tests/executors/test_fork_safety.py)."""
    import ctypes

    lightgbm.basic._safe_call(lightgbm.basic._LIB.LGBM_SetMaxThreads(ctypes.c_int(1)))


_LOADED: dict[str, BoilerplateModel] = {}


def load_model(folder: str | Path | None) -> BoilerplateModel:
    """The model in ``folder`` (the shipped one for None), loaded once per process."""
    path = str(Path(folder).resolve()) if folder else str(DEFAULT_MODEL)
    if path not in _LOADED:
        _LOADED[path] = BoilerplateModel(path)
    return _LOADED[path]
