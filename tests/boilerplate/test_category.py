"""Categories of removals: the pattern rules' where one fires, else the category model's
(pipeline/boilerplate/category.py, trained by training/category.py)."""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from pipeline.boilerplate.category import CATEGORY_FEATURES, CategoryModel, load_category_model, rules_category
from pipeline.boilerplate.features import CATEGORIES
from pipeline.boilerplate.model import DEFAULT_MODEL
from pipeline.model import Signal
from tests.boilerplate.test_learned import ARTICLE, judged_page


def test_rules_category_is_the_heaviest_pattern_rules_category():
    rules = (Signal("a", "share", 0.6), Signal("b", "cookie", 0.5), Signal("c", "cookie", 0.5),
             Signal("g", "guard", -2.0), Signal("n", None, 3.0))
    assert rules_category(rules) == "cookie"
    assert rules_category((Signal("g", "guard", -1.0),)) is None and rules_category(()) is None


def test_a_removal_no_pattern_rule_names_gets_the_models_category(config):
    # A menu of a site the rules never saw: no pattern rule fires, the model names it.
    menu = ["Shop Pickleball Paddles", "Court Shoes", "Gift Cards"]
    judged = judged_page(menu + ARTICLE, config)
    removed = [j.once for j in judged[:len(menu)] if j.once is not None]
    assert len(removed) == 3, "the menu is removed"
    for outcome in removed:
        named = [s for s in outcome.signals if s.startswith("category-model:")]
        assert len(named) == 1 and named[0].startswith(f"category-model:{outcome.category}(")
        assert outcome.rule == "model"  # no evidence of that category fired
    assert sum(o.category == "navigation" for o in removed) >= 2  # a shop's menu


def test_a_pattern_rule_names_the_category_before_the_model(config):
    banner = "We use cookies to improve your experience. Accept all cookies"
    judged = judged_page([banner] + ARTICLE, config)
    assert judged[0].once.category == "cookie"
    assert not any(s.startswith("category-model:") for s in judged[0].once.signals)


def test_without_a_category_model_the_fallback_names_it(tmp_path, config):
    for name in ("line.txt", "main_start.txt", "main_end.txt", "page.txt", "ngram.npy", "model.json"):
        (tmp_path / name).write_bytes((DEFAULT_MODEL / name).read_bytes())
    assert load_category_model(tmp_path) is None
    import copy

    settings = copy.deepcopy(config)
    settings["boilerplate"]["model"]["path"] = str(tmp_path)
    judged = judged_page(["Shop Pickleball Paddles", "Court Shoes", "Gift Cards"] + ARTICLE, settings)
    for j in judged[:3]:
        if j.once is not None and j.once.rule == "model":
            assert j.once.category == settings["boilerplate"]["model"]["fallback_category"]
        assert j.once is None or not any(s.startswith("category-model:") for s in j.once.signals)


def test_a_category_model_for_other_features_is_refused(tmp_path):
    meta = json.loads((DEFAULT_MODEL / "category.json").read_text())
    meta["features"] = meta["features"][:-1]
    (tmp_path / "category.json").write_text(json.dumps(meta))
    (tmp_path / "category.txt").write_bytes((DEFAULT_MODEL / "category.txt").read_bytes())
    with pytest.raises(ValueError, match="other features"):
        CategoryModel(tmp_path)


def test_the_shipped_category_model_names_every_row_with_a_probability():
    model = load_category_model(DEFAULT_MODEL)
    x = np.zeros((3, len(CATEGORY_FEATURES)), np.float32)
    x[:, CATEGORY_FEATURES.index("words")] = [1, 2, 40]
    named, probability = model.predict(x)
    assert len(named) == 3 and set(named) <= set(CATEGORIES) and ((probability > 0) & (probability <= 1)).all()


def test_category_training_is_deterministic_and_validated_by_group(tmp_path):
    from training import category

    labels = tmp_path / "labels.jsonl"
    with open(category.LABELS, encoding="utf-8") as fh:
        labels.write_text("".join(line for n, line in enumerate(fh) if n % 4 == 0), encoding="utf-8")
    sets = category.LABELLED_SETS[:3]
    first = category.train(tmp_path / "a", folds=3, labels=labels, labelled_sets=sets)
    category.train(tmp_path / "b", folds=3, labels=labels, labelled_sets=sets)
    for name in ("category.txt", "category.json"):
        assert hashlib.sha256((tmp_path / "a" / name).read_bytes()).digest() == \
            hashlib.sha256((tmp_path / "b" / name).read_bytes()).digest()
    figures = first["accuracy_by_site_folds"]
    assert set(figures) == {"evidence_or_site_chrome", "model", "pattern_rules_then_model"}
    assert all(0 <= v <= 1 for way in figures.values() for v in way.values())
    CategoryModel(tmp_path / "a")  # loads: the features match this version's
