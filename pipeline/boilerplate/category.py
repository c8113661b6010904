"""Which of the 13 categories a removed paragraph belongs to.

A removal's category comes from the rule packs where one of their pattern rules fires
(the category with the most weight); otherwise from the category model, a LightGBM model
over the boilerplate model's line features (``category.txt`` beside the boilerplate model,
trained by ``training/category.py``, described in docs/model-card.md); and from
``[boilerplate.model] fallback_category`` when a model folder has no category model.
"""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import numpy as np

from ..model import Signal
from .features import CATEGORIES, LINE_FEATURES
from .rules import GUARD

CATEGORY_FEATURES = LINE_FEATURES


def category_weights(evidence) -> dict[str, float]:
    """The weight each category gets from the evidence that names one (guards left out), in
    the order the categories first appear."""
    weight: dict[str, float] = {}
    for s in evidence:
        if s.category is not None and s.category != GUARD and s.weight > 0:
            weight[s.category] = weight.get(s.category, 0.0) + s.weight
    return weight


def heaviest(weight: dict[str, float]) -> str | None:
    """The category with the most weight (the first of equals), or None."""
    return max(weight, key=lambda c: weight[c]) if weight else None


def rules_category(rules: tuple[Signal, ...]) -> str | None:
    """The category the pattern rules that fired give most weight to, or None."""
    return heaviest(category_weights(rules))


class CategoryModel:
    """``category.txt`` and ``category.json`` of a model folder, loaded on first use."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        meta = json.loads((self.folder / "category.json").read_text(encoding="utf-8"))
        if tuple(meta.get("features", ())) != CATEGORY_FEATURES or tuple(meta.get("categories", ())) != CATEGORIES:
            raise ValueError(f"{self.folder}: the category model was trained on other features or categories "
                             "than this version has; retrain it (make train)")

    @cached_property
    def _booster(self):
        import lightgbm

        from .model import _one_thread

        _one_thread(lightgbm)
        return lightgbm.Booster(model_file=str(self.folder / "category.txt"))

    def predict(self, x: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Each row's most likely category and its probability."""
        if x.shape[0] == 0:
            return [], np.empty(0)
        p = self._booster.predict(x, num_threads=1)
        best = p.argmax(1)
        return [CATEGORIES[i] for i in best.tolist()], p[np.arange(len(best)), best]


def load_category_model(folder: str | Path) -> CategoryModel | None:
    """The category model of a boilerplate model folder, or None when it has none."""
    folder = Path(folder)
    if not (folder / "category.txt").is_file() or not (folder / "category.json").is_file():
        return None
    return CategoryModel(folder)
