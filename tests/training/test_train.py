"""Training is deterministic: the same data and seed give a byte-identical model. (CI has
no realweb pack, so this trains on the project's labelled sets alone, with few rounds.)"""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.boilerplate.model import BoilerplateModel
from training import train as training


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(training, "ROUNDS", 15)
    monkeypatch.setattr(training, "BOUNDARY_ROUNDS", 15)
    monkeypatch.setitem(training.LGB_PARAMS, "num_threads", 2)


def digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_data_and_seed_give_a_byte_identical_model(tmp_path, quick):
    training.train(None, tmp_path / "a", tmp_path / "work-a")
    training.train(None, tmp_path / "b", tmp_path / "work-b")
    assert digests(tmp_path / "a") == digests(tmp_path / "b")
    meta = json.loads((tmp_path / "a" / "model.json").read_text())
    assert set(meta["out_of_fold"]) >= {"samples", "devset", "heldout"}
    BoilerplateModel(tmp_path / "a")  # loads: the features match this version's


def test_site_folds_keep_a_site_on_one_side():
    from training.realweb import Page, site_folds, site_of

    pages = [Page(str(n), site_of(url, str(n)), [], []) for n, url in enumerate(
        ["https://a.nhs.uk/x", "https://www.a.nhs.uk/y", "https://b.org/z", None, "http://b.org/w"])]
    folds = site_folds(pages)
    assert folds[0] == folds[1] and folds[2] == folds[4]


@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from([-1, 0, 1])), min_size=1, max_size=40),
       st.sampled_from([1.0, 20.0]))
def test_site_weights_give_every_site_the_same_weight_and_keep_the_total(rows, weight):
    group = np.array([g for g, _ in rows], dtype=object)
    label = np.array([y for _, y in rows])
    w = training.site_weights(group, label, weight)
    labelled = label >= 0
    assert (w[~labelled] == 0).all()  # ambiguous rows are not trained on
    assert w[labelled].sum() == pytest.approx(weight * labelled.sum())
    per_site = {g: w[(group == g) & labelled].sum() for g in set(group[labelled].tolist())}
    assert max(per_site.values(), default=0) == pytest.approx(min(per_site.values(), default=0))


def test_an_unknown_extra_style_is_refused_by_name():
    from training.train import main

    with pytest.raises(SystemExit, match="unknown --extra-styles menus"):
        main(["--extra-styles", "headed,menus"])
