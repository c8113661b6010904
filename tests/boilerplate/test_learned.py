"""The learned judge: the shipped model loads and decides, every removal explains itself,
and a paragraph's verdict depends on its page, never on how a batch was cut."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.boilerplate import JudgeBoilerplate
from pipeline.boilerplate.learned import RULES_DECIDE, main_text_span
from pipeline.boilerplate.model import DEFAULT_MODEL, PAGE_MODEL_FEATURES, BoilerplateModel, ModelError
from pipeline.ingest import ingest_text
from pipeline.normalise import Normalise
from pipeline.steps import Batch

ARTICLE = [
    "Knee pain after running usually comes from doing too much too soon, and most runners recover with a few "
    "weeks of lighter training and exercises that strengthen the hips and thighs.",
    "A dull ache around the kneecap that gets worse on stairs, when squatting or after sitting for a long time is "
    "typical of patellofemoral pain, and it rarely means the joint is damaged.",
    "See a doctor straight away if the knee is badly swollen, hot or red, if you cannot put weight on it, or if "
    "it gives way, because these can be signs of an injury that needs treatment.",
]
FURNITURE = ["We use cookies to improve your experience on our site. By clicking Accept you agree to our use of "
             "cookies.", "Accept all cookies", "Share this article", "Sign up for our newsletter"]


def judged_page(lines: list[str], config: dict, name: str = "d.txt"):
    ingested = ingest_text(name, "\n".join(lines) + "\n", config)
    batch = Normalise(config).run(Batch.of(ingested.paragraphs))
    return JudgeBoilerplate(config).run(batch)["judged"]


def test_shipped_model_is_data_under_ten_megabytes():
    files = sorted(p.name for p in DEFAULT_MODEL.iterdir())
    assert files == ["category.json", "category.txt", "line.txt", "main_end.txt", "main_start.txt", "model.json",
                     "ngram.npy", "page.txt"]
    assert sum(p.stat().st_size for p in DEFAULT_MODEL.iterdir()) < 10 * 2**20
    meta = json.loads((DEFAULT_MODEL / "model.json").read_text())
    assert meta["page_features"] == list(PAGE_MODEL_FEATURES) and 0.5 <= meta["threshold"] < 1


def test_article_kept_and_furniture_removed_with_reasons(config):
    judged = judged_page(FURNITURE[:2] + ARTICLE + FURNITURE[2:], config)
    assert all(j.once is None for j in judged[2:5]), "article paragraphs are kept"
    banner = judged[0].once
    assert banner is not None and banner.category == "cookie" and banner.rule  # named by the rule pack
    assert config["boilerplate"]["model"]["rules_threshold"] <= banner.score <= 1
    assert any(s.startswith("model:") for s in banner.signals), "the model's reasons are listed"
    assert any(not s.startswith("model:") for s in banner.signals), "so are the rules that fired"


def test_repeat_count_can_only_add_evidence(config):
    for j in judged_page(FURNITURE + ARTICLE, config):
        if j.once is not None:
            assert j.repeated is not None and j.repeated.score >= j.once.score


def test_wordless_lines_are_decided_by_the_rules(config):
    judged = judged_page([ARTICLE[0], "×", ARTICLE[1]], config)
    assert judged[1].once is not None and judged[1].once.rule == "lone-glyph"


def test_every_removal_names_what_removed_it(config):
    """A removal's last audit item names the threshold it was held to: the model's probability
    is at or above it, or the item says why the rules removed the line below it."""
    judged = judged_page([ARTICLE[0], "×", "* * *", ARTICLE[1]] + FURNITURE + [ARTICLE[2], "→"], config)
    below = 0
    for outcome in [o for j in judged for o in (j.once, j.repeated) if o is not None]:
        held = re.fullmatch(r"page:[\w-]+\(threshold ([\d.]+)(; removed below it by the rules: (.+))?\)",
                            outcome.signals[-1])
        assert held, outcome.signals
        if held.group(2):
            below += 1
            assert outcome.score <= float(held.group(1)) and held.group(3) in [
                why.format(rules_threshold=config["boilerplate"]["model"]["rules_threshold"]) for why in RULES_DECIDE]
        else:
            assert outcome.score >= float(held.group(1))
    rules_threshold = config["boilerplate"]["model"]["rules_threshold"]
    wordless = [judged[i].once for i in (1, 2, 9)]
    assert all(o.signals[-1].endswith("by the rules: no letter or digit, which the model did not learn)")
               for o in wordless if o.score < rules_threshold)
    assert below and any(o.score < rules_threshold for o in wordless)


def test_verdicts_depend_on_the_page_not_on_the_batch(config):
    """The same pages judged in one batch or each alone give the same outcomes."""
    pages = [FURNITURE[:2] + ARTICLE, ARTICLE[::-1] + FURNITURE[2:], ["Contact us", "Home", "About"]]
    text = "\n\n".join("\n".join(p) for p in pages) + "\n"
    ingested = ingest_text("d.txt", text, config)
    batch = Normalise(config).run(Batch.of(ingested.paragraphs))
    together = JudgeBoilerplate(config).run(batch)["judged"]
    alone = []
    for start, stop in batch.page_spans():
        alone += JudgeBoilerplate(config).run(batch.slice(start, stop))["judged"]
    assert together == alone


def test_a_model_for_other_features_is_refused(tmp_path):
    for name in ("line.txt", "main_start.txt", "main_end.txt", "page.txt", "ngram.npy"):
        (tmp_path / name).write_bytes((DEFAULT_MODEL / name).read_bytes())
    meta = json.loads((DEFAULT_MODEL / "model.json").read_text())
    meta["page_features"] = meta["page_features"][:-1]
    (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="other features"):
        BoilerplateModel(tmp_path)
    with pytest.raises(ModelError, match="cannot read"):
        BoilerplateModel(tmp_path / "missing")


def test_rules_decision_still_available(config):
    rules = {**config, "boilerplate": {**config["boilerplate"], "decision": "rules"}}
    judged = judged_page(FURNITURE + ARTICLE, rules)
    assert judged[1].once is not None and judged[1].once.rule == "consent-button"
    assert all(not s.startswith("model:") for j in judged if j.once for s in j.once.signals)


def test_explain_shows_the_model_view_of_a_kept_line(tmp_path, config):
    from click.testing import CliRunner

    from pipeline.cli import main

    dump = tmp_path / "page.txt"
    dump.write_text("\n".join(FURNITURE[:2] + ARTICLE) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(dump), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:3"])
    assert res.exit_code == 0 and "kept as passage" in res.output
    assert "probability of boilerplate" in res.output and "towards content" in res.output
    removed = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:1"])
    assert "removed as boilerplate" in removed.output and "model:" in removed.output


def test_explain_says_why_it_shows_no_model_view_when_the_input_is_gone(tmp_path, config):
    """The view is worked out again from the input: an input moved away (or a relative path
    asked from another folder) is said, not passed over."""
    from click.testing import CliRunner

    from pipeline.cli import main

    dump = tmp_path / "page.txt"
    dump.write_text("\n".join(FURNITURE[:2] + ARTICLE) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(dump), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    dump.rename(tmp_path / "moved.txt")
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:3"])
    assert res.exit_code == 0 and "kept as passage" in res.output
    assert f"model: no view: the input {dump} cannot be read from here" in res.output
    assert "probability of boilerplate" not in res.output


def test_explain_shows_no_model_view_of_an_input_changed_since_the_run(tmp_path, config):
    """A line put in above it, or the line itself rewritten: the paragraph read again is
    not the one the run kept, and the view of another text would be passed off as its."""
    from click.testing import CliRunner

    from pipeline.cli import main

    dump = tmp_path / "page.txt"
    text = "\n".join(FURNITURE[:2] + ARTICLE) + "\n"
    dump.write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(dump), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    for changed in ("Accept all cookies\n" + text, text.replace(ARTICLE[0], ARTICLE[0].upper())):
        dump.write_text(changed, encoding="utf-8")
        res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:3"])
        assert res.exit_code == 0 and "kept as passage" in res.output
        assert f"model: no view: the input {dump} has changed since the run" in res.output
        assert "probability of boilerplate" not in res.output
    dump.write_text(text, encoding="utf-8")  # as the run read it: the view again
    assert "probability of boilerplate" in runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:3"]).output


def test_explain_names_one_block_of_an_html_line(tmp_path, config):
    """Blocks of a page written on one line share FILE:LINE; FILE:LINE:ELEMENT picks one, and
    the model view is worked out for that block, not the first on the line."""
    from click.testing import CliRunner

    from pipeline.cli import main

    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "".join(f"<p>{t}</p>" for t in ARTICLE) + "</body></html>", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(page), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    whole = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.html:1"])
    assert whole.exit_code == 0 and whole.output.count("kept as passage") == 3
    one = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.html:1:2"])
    assert one.exit_code == 0 and one.output.count("kept as passage") == 1
    assert "page.html:1:2: kept" in one.output and ARTICLE[1][:60] in one.output
    # the model's view is that of block 2: the same probabilities as in the whole-line answer's
    # second block, which differ from the first block's
    views = [line for line in whole.output.splitlines() if "probability of boilerplate" in line]
    mine = [line for line in one.output.splitlines() if "probability of boilerplate" in line]
    assert mine and mine == views[len(mine):2 * len(mine)] and mine != views[:len(mine)]


def test_explain_names_the_thresholds_the_page_was_held_to(tmp_path, monkeypatch):
    """Every block scores 0.9 here: over the HTML threshold (0.8), which would empty the page,
    so the page is held to its kind's (0.95) and nothing goes. explain names that threshold,
    not the HTML one the block would have met alone."""
    from click.testing import CliRunner

    from pipeline.cli import main

    _made_up_scores(monkeypatch, lambda x: np.full(x.shape[0], np.log(0.9 / 0.1)))
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "".join(f"<p>{t}</p>" for t in ARTICLE) + "</body></html>", encoding="utf-8")
    # every page kind at 0.95, whatever the shipped setting
    (tmp_path / "c.toml").write_text("[boilerplate.model]\n" + "".join(
        f"{key} = {value}\n" for key, value in every_kind(0.95, 0.95).items()), encoding="utf-8")
    options = ["--config", str(tmp_path / "c.toml")]
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(page), "--out", str(tmp_path / "out"), "-q", *options]).exit_code == 0
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.html:1:1", *options])
    assert res.exit_code == 0 and "kept as passage" in res.output
    assert "probability of boilerplate 0.9000 (below threshold 0.95" in res.output
    assert "an HTML page held to its kind's thresholds" in res.output and "threshold 0.8" not in res.output


def test_page_features_cover_every_non_empty_paragraph(config):
    judge = JudgeBoilerplate(config).learned
    ingested = ingest_text("d.txt", "\n".join(ARTICLE + ["[3]"] + FURNITURE) + "\n", config)
    batch = Normalise(config).run(Batch.of(ingested.paragraphs))
    f = judge.features(batch)
    assert f.matrix.shape == (len(batch) - 1, len(PAGE_MODEL_FEATURES))  # "[3]" cleans to nothing
    assert np.isfinite(f.matrix).all()
    assert Path(judge.model.folder) == DEFAULT_MODEL


def test_short_paragraphs_are_held_to_their_own_threshold():
    """With every paragraph over the long threshold (0) and none over the short one (1), the
    split falls exactly at short_words."""
    from pipeline.config import load_config

    config = load_config(overrides={"boilerplate": {"model": {
        **every_kind(0.0, 1.0), "short_words": 3, "rules_threshold": 1.0}}})
    lines = ["Accept all cookies", "Share this article", "Sign up for our newsletter", *ARTICLE]
    judged = judged_page(lines, config)
    removed = [j.once is not None for j in judged]
    assert removed == [False, False, True, True, True, True]


def every_kind(threshold: float, short_threshold: float) -> dict:
    """The same pair of thresholds for every page kind."""
    return {f"{prefix}{key}": value for prefix in ("", "prose_", "unordered_")
            for key, value in (("threshold", threshold), ("short_threshold", short_threshold))}


MENU = ["Home", "News", "Health A-Z", "Live Well", "Contact us", "About us", "Sitemap", "Careers"]


@pytest.mark.parametrize("lines, ordered_signal, kind", [
    (MENU + ARTICLE[:1] + MENU, -1.0, "blocks"),   # short blocks: a blocks-style dump
    (ARTICLE * 2 + ["Related articles"] + ARTICLE, -1.0, "prose"),  # every page counts as in order
    (ARTICLE * 2 + ["Related articles"] + ARTICLE, 1.0, "unordered"),  # no page counts as in order
])
def test_each_page_kind_is_held_to_its_own_thresholds(lines, ordered_signal, kind):
    """Only the kind the page is gets a threshold of 0 (all removed); the others get 1."""
    from pipeline.config import load_config

    for tried in ("blocks", "prose", "unordered"):
        thresholds = every_kind(1.0, 1.0)
        prefix = "" if tried == "blocks" else f"{tried}_"
        thresholds.update({f"{prefix}threshold": 0.0, f"{prefix}short_threshold": 0.0})
        config = load_config(overrides={"boilerplate": {"model": {
            **thresholds, "rules_threshold": 1.0, "ordered_page_signal": ordered_signal}}})
        judged = judged_page(lines, config)
        removed = [j.once for j in judged if j.once is not None]
        if tried == kind:
            assert len(removed) == len(lines)
            assert all(f"page:{kind}(threshold 0.0)" in r.signals for r in removed)
        else:
            assert not removed, tried


def test_a_page_whose_scores_run_in_no_order_is_unordered(config):
    """The kind comes from the page's own features: prose pages whose line scores show no
    lag-1 autocorrelation are unordered."""
    judge = JudgeBoilerplate(config).learned
    order = PAGE_MODEL_FEATURES.index("score_order_signal")
    words = PAGE_MODEL_FEATURES.index("page_mean_words_log")
    x = np.zeros((4, len(PAGE_MODEL_FEATURES)), np.float32)
    x[:, words] = [1.0, 3.0, 3.0, 3.0]
    x[:, order] = [0.5, 0.5, 0.0, -0.3]
    assert judge.page_kinds(x).tolist() == [0, 1, 2, 2]


def _made_up_scores(monkeypatch, scores) -> None:
    """Make the page model score rows ``scores(x)`` (the leaves, read for the reasons, stay the model's)."""
    monkeypatch.setattr(BoilerplateModel, "page_predict", lambda self, x: (scores(x), self.page_leaves(x)))


def _html_and_dump(tmp_path, lines):
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><article>" + "".join(f"<p>{t}</p>" for t in lines)
                                        + "</article></body></html>", encoding="utf-8")
    return [str(tmp_path / "page.txt"), str(tmp_path / "page.html")]


def _html_config(html_short: float):
    from pipeline.config import load_config

    return load_config(overrides={"boilerplate": {"model": {
        **every_kind(1.0, 1.0), "html_threshold": 0.0, "html_short_threshold": html_short,
        "short_words": 3, "rules_threshold": 1.0}}})


def _removals(inputs: list[str], model: dict) -> dict[str, str]:
    """Each boilerplate removal's text, and its last evidence (the thresholds that held it), in a
    run with these ``[boilerplate.model]`` settings over the default."""
    import pipeline
    from pipeline.config import load_config

    result = pipeline.clean_corpus(inputs, config=load_config(overrides={"boilerplate": {"model": model}}))
    return {r.text: r.signals[-1] for r in result.removed if r.reason == "boilerplate"}


def test_blocks_of_html_pages_are_held_to_the_html_thresholds(tmp_path):
    """The same lines as a text dump and as an HTML page: every long paragraph is over the
    HTML threshold (0) and under the dump ones (1), so only the page's long blocks go."""
    import pipeline

    inputs = _html_and_dump(tmp_path, [*ARTICLE, "Read the guide"])
    config = _html_config(html_short=1.0)
    result = pipeline.clean_corpus(inputs, config=config)
    assert sorted(r.text for r in result.removed if r.reason == "boilerplate") == sorted(ARTICLE)
    assert {Path(r.source.path).suffix for r in result.removed if r.reason == "boilerplate"} == {".html"}
    # the streaming run (the CLI's) marks the page's blocks the same way
    pipeline.write_corpus(inputs, out_dir=tmp_path / "out", config=config)
    audit = [json.loads(line) for line in (tmp_path / "out" / "removed.jsonl").read_text().splitlines()]
    assert sorted(r["text"] for r in audit if r["reason"] == "boilerplate") == sorted(ARTICLE)


def test_an_html_page_the_html_thresholds_would_empty_keeps_the_dump_thresholds(tmp_path):
    import pipeline

    result = pipeline.clean_corpus(_html_and_dump(tmp_path, [*ARTICLE, "Read the guide"]),
                                   config=_html_config(html_short=0.0))
    assert not [r for r in result.removed if r.reason == "boilerplate"]


def test_the_empty_page_check_is_made_for_each_repeat_variant(tmp_path, monkeypatch):
    """A block seen in enough dumps is judged with the repeat feature set, and that can put a
    page's every block over the HTML threshold when without it none is: that page, too, keeps
    the dump thresholds. Scores are made up here: low without the repeat, high with it."""
    import pipeline

    repeat = PAGE_MODEL_FEATURES.index("cross_dump_repeat")
    _made_up_scores(monkeypatch, lambda x: x[:, repeat].astype(np.float64) * 10 - 5)
    advice = "Rest, ice and gentle strengthening exercises usually help within weeks."
    for n in range(3):  # in three dumps: the repeat count is met
        (tmp_path / f"p{n}.html").write_text(f"<html><body><p>{advice}</p></body></html>", encoding="utf-8")
    config = _html_config(html_short=0.5)
    config["boilerplate"]["model"]["html_threshold"] = 0.5
    result = pipeline.clean_corpus([str(tmp_path)], config=config)
    assert not [r for r in result.removed if r.reason == "boilerplate"]
    assert [len(p.occurrences) for p in result.passages] == [3]


def test_a_json_lines_text_record_keeps_the_dump_thresholds(tmp_path):
    """Only blocks an HTML page's markup gave are held to the HTML thresholds: the same lines
    as a record's ``text`` are not, though their provenance also numbers them as elements."""
    import pipeline

    lines = [*ARTICLE, "Read the guide"]
    page = "<html><body><article>" + "".join(f"<p>{t}</p>" for t in lines) + "</article></body></html>"
    (tmp_path / "records.jsonl").write_text(json.dumps({"url": "https://a.example/t", "text": "\n".join(lines)})
                                            + "\n" + json.dumps({"url": "https://a.example/h", "html": page}) + "\n",
                                            encoding="utf-8")
    inputs, config = [str(tmp_path / "records.jsonl")], _html_config(html_short=1.0)
    result = pipeline.clean_corpus(inputs, config=config)
    pipeline.write_corpus(inputs, out_dir=tmp_path / "out", config=config)  # the streaming run, too
    assert {r.source.record for r in result.removed if r.reason == "boilerplate"} == {2}
    assert sorted(p.text for p in result.passages if p.source.record == 1) == sorted(lines)
    audit = [json.loads(line) for line in (tmp_path / "out" / "removed.jsonl").read_text().splitlines()]
    assert {r["source"]["record"] for r in audit if r["reason"] == "boilerplate"} == {2}


def test_contributions_add_up_to_the_score_and_do_not_depend_on_the_batch(config):
    """Path attributions: bias plus contributions is the page model's log-odds, for every row
    of a batch larger than one block of rows, and a row's attribution is the same alone."""
    judge = JudgeBoilerplate(config).learned
    lines = [f"{t} (part {n})" for n in range(60) for t in ARTICLE + FURNITURE]
    ingested = ingest_text("d.txt", "\n".join(lines) + "\n", config)
    f = judge.features(Normalise(config).run(Batch.of(ingested.paragraphs)))
    assert f.matrix.shape[0] > 256
    contributions = judge.model.page_contributions(f.matrix)
    np.testing.assert_allclose(contributions.sum(axis=1), judge.model.page_scores(f.matrix), atol=1e-6)
    for row in (0, 255, 256, f.matrix.shape[0] - 1):
        assert np.array_equal(judge.model.page_contributions(f.matrix[row : row + 1])[0], contributions[row])


def test_scores_read_from_the_leaves_are_lightgbms_own(config, monkeypatch):
    """The judge reads each row's score from the leaves it reaches (one pass serves the score
    and the reasons): the very doubles LightGBM's raw prediction gives, whatever the block of
    rows LightGBM was asked for leaves in."""
    import pipeline.boilerplate.model as model_module

    judge = JudgeBoilerplate(config).learned
    lines = [f"{t} (part {n})" for n in range(20) for t in ARTICLE + FURNITURE]
    f = judge.features(Normalise(config).run(Batch.of(ingest_text("d.txt", "\n".join(lines) + "\n", config).paragraphs)))
    monkeypatch.setattr(model_module, "_LEAF_ROWS", 7)
    scores, leaves = judge.model.page_predict(f.matrix)
    assert np.array_equal(scores, judge.model.page_scores(f.matrix))
    assert leaves.dtype == np.uint8 and leaves.shape == (f.matrix.shape[0], judge.model._page.num_trees())
    assert np.array_equal(judge.model.leaf_contributions(leaves), judge.model.page_contributions(f.matrix))


def test_blocks_outside_the_prose_container_are_held_to_their_own_threshold(tmp_path, monkeypatch):
    """Every block scores 0.6 here: under the HTML threshold (0.8) inside the element that
    holds the page's prose, over the outside one (0.5) in the menu and the related list
    beside it. Each removal names the threshold it was judged at; the streaming run agrees."""
    import pipeline
    from pipeline.config import load_config

    _made_up_scores(monkeypatch, lambda x: np.full(x.shape[0], np.log(0.6 / 0.4)))
    prose = "".join(f"<p>{t} It helps, in time, to rest.</p>" for t in ARTICLE)
    page = (f"<html><body><div><p>Menu: knees, hips and backs</p></div><div class='post'>{prose}</div>"
            f"<div><p>More reading on knee pain and its care</p></div></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    config = load_config(overrides={"boilerplate": {"model": {
        "html_threshold": 0.8, "html_short_threshold": 0.8, "html_outside_prose_threshold": 0.5}}})
    result = pipeline.clean_corpus([str(tmp_path)], config=config)
    removed = {r.text: r.signals[-1] for r in result.removed if r.reason == "boilerplate"}
    assert removed == {"Menu: knees, hips and backs": "page:html-outside-prose(threshold 0.5)",
                       "More reading on knee pain and its care": "page:html-outside-prose(threshold 0.5)"}
    assert len(result.passages) == len(ARTICLE)
    pipeline.write_corpus([str(tmp_path)], out_dir=tmp_path / "out", config=config)
    audit = [json.loads(line) for line in (tmp_path / "out" / "removed.jsonl").read_text().splitlines()]
    assert {r["text"] for r in audit if r["reason"] == "boilerplate"} == set(removed)
    # with the container turned off, every block is an ordinary HTML block and stays
    config["ingest"]["html"]["prose_container_share"] = 0
    assert not [r for r in pipeline.clean_corpus([str(tmp_path)], config=config).removed if r.reason == "boilerplate"]


def test_cells_of_a_table_inside_the_prose_container_are_held_to_the_table_threshold(tmp_path, monkeypatch):
    """Every block scores 0.9 here: over the HTML threshold (0.8), under the table one
    (0.95). The rows of the article's table stay, the same words as paragraphs of the
    article go; each removal names the threshold it was judged at."""
    words = PAGE_MODEL_FEATURES.index("words")
    # a paragraph of 40 words or more scores 0.1 and stays, so the page is never emptied
    _made_up_scores(monkeypatch, lambda x: np.where(x[:, words] >= 40, np.log(0.1 / 0.9), np.log(0.9 / 0.1)))
    long = "".join(f"<p>{t} It helps, in time, to rest.</p>" for t in ARTICLE)
    stays = " ".join(["Gentle strengthening of the hips and thighs, done most days, helps most runners."] * 4)
    cells = "<table><tr><td>Ibuprofen</td><td>400 mg</td></tr><tr><td>Naproxen</td><td>250 mg</td></tr></table>"
    page = f"<html><body><div class='post'><p>{stays}</p>{long}<p>Paracetamol</p>{cells}</div></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")

    def removed(table: float) -> dict[str, str]:
        return _removals([str(tmp_path)], {**every_kind(0.95, 0.95), "html_threshold": 0.8, "html_short_threshold": 0.8,
                                           "html_table_threshold": table, "html_container_share": 0})

    cells = ("Ibuprofen; 400 mg", "Naproxen; 250 mg")  # each row read whole
    kept = removed(0.95)
    assert kept["Paracetamol"] == "page:html(threshold 0.8)" and not set(cells) & set(kept)
    gone = removed(0.85)  # the table threshold under the cells' score: they go too, and say why
    assert {t: gone[t] for t in cells} == dict.fromkeys(cells, "page:html-table(threshold 0.85)")
    assert {t: r for t, r in gone.items() if t not in cells} == kept
    # explain names the table threshold for a kept cell
    from click.testing import CliRunner

    from pipeline.cli import main

    (tmp_path / "c.toml").write_text("[boilerplate.model]\nhtml_threshold = 0.8\nhtml_short_threshold = 0.8\n"
                                     "html_table_threshold = 0.95\nhtml_container_share = 0\n", encoding="utf-8")
    runner = CliRunner()
    options = ["--config", str(tmp_path / "c.toml")]
    assert runner.invoke(main, ["run", str(tmp_path / "p.html"), "--out", str(tmp_path / "out"), "-q",
                                *options]).exit_code == 0
    cell = 1 + len(ARTICLE) + 1 + 1  # after the long paragraph, the article and Paracetamol
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), f"p.html:1:{cell}", *options])
    assert res.exit_code == 0 and "Ibuprofen" in res.output and "kept as passage" in res.output
    assert "0.9000 (below threshold 0.95, html page, a table cell inside the prose container)" in res.output


def test_the_pages_title_is_held_to_the_title_threshold(tmp_path, monkeypatch):
    """Every short block scores 0.95 here: over the HTML threshold (0.8), under the title one
    (0.99). The page's first <h1> stays; a second <h1> and a heading of the same words go."""
    words = PAGE_MODEL_FEATURES.index("words")
    _made_up_scores(monkeypatch, lambda x: np.where(x[:, words] >= 12, np.log(0.1 / 0.9), np.log(0.95 / 0.05)))
    body = "".join(f"<p>{t}</p>" for t in ARTICLE)
    page = (f"<html><body><h1>Knee pain after running</h1><div class='post'>{body}<h2>Knee pain in runners</h2>"
            f"<h1>More on knee pain</h1></div></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")

    def removed(title: float) -> dict[str, str]:
        return _removals([str(tmp_path)], {"html_threshold": 0.8, "html_short_threshold": 0.8,
                                           "html_title_threshold": title, "html_container_share": 0})

    kept = removed(0.99)
    assert "Knee pain after running" not in kept
    assert kept["Knee pain in runners"] == kept["More on knee pain"] == "page:html(threshold 0.8)"
    assert removed(0.9)["Knee pain after running"] == "page:html-title(threshold 0.9)"


def test_the_rules_remove_the_pages_title_only_from_the_title_threshold(tmp_path, monkeypatch):
    """A long title-cased headline reads as a list of links to the rules (link-list-shape).
    Scored 0.97 here (over the rules' threshold, 0.95, under the title one, 0.99), the page's
    <h1> stays; the same words in an <h2> go."""
    import pipeline
    from pipeline.config import load_config

    ends = PAGE_MODEL_FEATURES.index("ends_sentence")
    _made_up_scores(monkeypatch, lambda x: np.where(x[:, ends] > 0, np.log(0.1 / 0.9), np.log(0.97 / 0.03)))
    headline = "How To Set Up Your Desk Monitor Laptop And Keyboard For Less Neck Pain Every Working Day"
    body = "".join(f"<p>{t}</p>" for t in ARTICLE)
    page = f"<html><body><h1>{headline}</h1><div class='post'>{body}<h2>{headline} Again</h2></div></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    config = load_config(overrides={"boilerplate": {"model": {
        "html_threshold": 0.99, "html_short_threshold": 0.99, "html_title_threshold": 0.99,
        "html_container_share": 0}}})
    result = pipeline.clean_corpus([str(tmp_path)], config=config)
    removed = {r.text: r.signals for r in result.removed if r.reason == "boilerplate"}
    assert "link-list-shape" in removed[f"{headline} Again"][0]
    assert headline in {p.text for p in result.passages}


FRENCH = [
    "Le manque de sommeil fragilise le corps, et il est souvent lié à des habitudes du soir que l'on peut changer.",
    "Les écrans retardent la sécrétion de la mélatonine, et le café pris après le déjeuner reste dans le sang.",
    "Si les troubles durent plus de trois mois, il faut en parler à son médecin, qui cherchera une cause.",
]


def test_blocks_of_a_page_in_another_language_are_held_to_the_foreign_page_threshold(tmp_path, monkeypatch):
    """Every short block scores 0.9 here (over the HTML threshold, 0.8), the sentences 0.1. On a
    French page the short blocks inside the article stay, held to the foreign-page threshold
    (0.95); a French menu outside it and an English page's short blocks go; at 0.85 the French
    ones go too, and say which threshold held them."""
    words = PAGE_MODEL_FEATURES.index("words")
    _made_up_scores(monkeypatch, lambda x: np.where(x[:, words] >= 12, np.log(0.1 / 0.9), np.log(0.9 / 0.1)))

    def page(sentences: list[str], items: list[str], menu: str) -> str:
        body = "".join(f"<p>{t}</p>" for t in sentences * 2) + "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
        return f"<html><body><div class='side'><p>{menu}</p></div><div class='post'>{body}</div></body></html>"

    (tmp_path / "fr.html").write_text(page(FRENCH, ["Nos sept conseils", "Évitez le café le soir"],
                                           "Mon compte"), encoding="utf-8")
    (tmp_path / "en.html").write_text(page(ARTICLE, ["Our seven tips", "Avoid coffee at night"], "My account"),
                                      encoding="utf-8")

    def removed(foreign: float) -> dict[str, str]:
        return _removals([str(tmp_path)], {"html_threshold": 0.8, "html_short_threshold": 0.8,
                                           "html_foreign_page_threshold": foreign, "html_container_share": 0})

    gone = removed(0.95)
    assert "Nos sept conseils" not in gone and "Évitez le café le soir" not in gone
    assert gone["Our seven tips"] == gone["Avoid coffee at night"] == "page:html(threshold 0.8)"
    assert gone["Mon compte"] == gone["My account"] == "page:html-outside-prose(threshold 0.5)"
    lower = removed(0.85)
    assert lower["Nos sept conseils"] == "page:html-foreign-page(threshold 0.85)"


def test_entries_of_a_directory_inside_the_prose_container_are_held_to_the_directory_threshold(
        tmp_path, monkeypatch):
    """Blocks with a phone number or a street address score 0.97 here (over every other
    threshold), the rest 0.1. Three different ones inside the article make a directory:
    they stay, held to the directory threshold (0.99); with fewer than the minimum, or
    outside the prose container (the site's own contact line), they go."""
    import pipeline
    from pipeline.config import load_config

    phone, address = (PAGE_MODEL_FEATURES.index(n) for n in ("phone", "address"))
    _made_up_scores(monkeypatch, lambda x: np.where((x[:, phone] > 0) | (x[:, address] > 0),
                                                    np.log(0.97 / 0.03), np.log(0.1 / 0.9)))
    entries = ["Riverside Counselling Centre, 12 Mill Street, (415) 555-0101, fees based on income",
               "Harbour Clinic, 40 Bay Road, (415) 555-0102, free for students",
               "Northside Health, 7 Oak Avenue, (415) 555-0103, sliding scale"]
    body = "".join(f"<p>{t}</p>" for t in ARTICLE) + "".join(f"<p>{e}</p>" for e in entries)
    page = (f"<html><body><div class='post'>{body}</div>"
            f"<div class='site'><p>Head office: (415) 555-0199</p></div></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    # another page of the same run, with two of the entries: too few for a directory there
    (tmp_path / "q.html").write_text(page.replace(f"<p>{entries[2]}</p>", ""), encoding="utf-8")

    def removed(entries_needed: int) -> dict[str, str]:
        return _removals([str(tmp_path / "p.html")], {"html_directory_min_entries": entries_needed,
                                                      "html_directory_threshold": 0.99})

    kept = removed(3)
    assert not set(entries) & set(kept)
    both = pipeline.clean_corpus([str(tmp_path / "q.html"), str(tmp_path / "p.html")], config=load_config())
    gone_from = {(Path(r.source.path).name, r.text) for r in both.removed if r.reason == "boilerplate"}
    assert {("q.html", e) for e in entries[:2]} <= gone_from and not {("p.html", e) for e in entries} & gone_from
    assert kept["Head office: (415) 555-0199"] == "page:html-outside-prose(threshold 0.5)"
    gone = removed(4)  # three entries are too few for a directory of four
    assert {t: gone[t] for t in entries} == dict.fromkeys(entries, "page:html(threshold 0.8)")
    assert set(removed(0)) == set(gone)  # 0: off
    # held to at least the directory threshold: one set under the thresholds a block would have
    # anyway removes no entry sooner (at 0.97 they are under the HTML thresholds of 0.98 here)
    lower = pipeline.clean_corpus([str(tmp_path / "p.html")], config=load_config(overrides={"boilerplate": {
        "model": {"html_threshold": 0.98, "html_short_threshold": 0.98, "html_directory_threshold": 0.9}}}))
    assert not set(entries) & {r.text for r in lower.removed}
    # explain names the directory threshold for a kept entry
    from click.testing import CliRunner

    from pipeline.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["run", str(tmp_path / "p.html"), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), f"p.html:1:{len(ARTICLE) + 1}"])
    assert res.exit_code == 0 and "kept as passage" in res.output
    assert "0.9700 (below threshold 0.99, html page, an entry of a directory inside the prose container)" in res.output


def test_the_blocks_next_to_a_directorys_first_and_last_entries_are_held_as_its_entries(tmp_path, monkeypatch):
    """Every block of at most six words scores 0.95 here (over the HTML threshold), the rest
    0.1. The first entry's name, in a heading of its own, and the last one's opening hours
    stay with the entries, as the names between them do; a block further on goes."""
    import pipeline
    from pipeline.config import load_config

    words = PAGE_MODEL_FEATURES.index("words")
    _made_up_scores(monkeypatch, lambda x: np.where(x[:, words] <= 6, np.log(0.95 / 0.05), np.log(0.1 / 0.9)))
    names = ["Riverside Counselling Centre", "Harbour Clinic", "Northside Health"]
    entries = ["12 Mill Street, (415) 555-0101, fees based on income and household size",
               "40 Bay Road, (415) 555-0102, free for students of the city college",
               "7 Oak Avenue, (415) 555-0103, a sliding scale for every first visit"]
    listing = "".join(f"<h3>{n}</h3><p>{e}</p>" for n, e in zip(names, entries))
    body = "".join(f"<p>{t}</p>" for t in ARTICLE) + listing + "<p>Open Monday to Friday</p><p>Print this page</p>"
    (tmp_path / "p.html").write_text(f"<html><body><div class='post'>{body}</div></body></html>", encoding="utf-8")
    result = pipeline.clean_corpus([str(tmp_path / "p.html")], config=load_config(overrides={"boilerplate": {
        "model": {"html_container_share": 0}}}))
    removed = {r.text: r.signals[-1] for r in result.removed if r.reason == "boilerplate"}
    assert not (set(names) | set(entries) | {"Open Monday to Friday"}) & set(removed)
    assert removed == {"Print this page": "page:html(threshold 0.8)"}


def test_a_line_a_guard_of_keep_guards_fires_on_stays_whatever_the_model_says(tmp_path, monkeypatch):
    """Every line scores 0.99 here. A crisis line (the pack's guard-crisis-line fires) stays
    while keep_guards names that guard, and goes like the rest when it does not."""
    import pipeline
    from pipeline.config import load_config

    _made_up_scores(monkeypatch, lambda x: np.full(x.shape[0], np.log(0.99 / 0.01)))
    crisis = "If you are having thoughts of suicide, call or text 988 to reach the Suicide and Crisis Lifeline."
    (tmp_path / "d.txt").write_text("\n".join([*ARTICLE, crisis]) + "\n", encoding="utf-8")

    def removed(guards: list[str]) -> set[str]:
        config = load_config(overrides={"boilerplate": {"model": {"keep_guards": guards}}})
        return {r.text for r in pipeline.clean_corpus([str(tmp_path)], config=config).removed
                if r.reason == "boilerplate"}

    assert removed(["guard-crisis-line"]) == set(ARTICLE)
    assert removed([]) == {*ARTICLE, crisis}


def test_a_page_whose_prose_container_the_html_thresholds_would_take_keeps_the_dump_thresholds(
        tmp_path, monkeypatch):
    """Blocks of 12-39 words score 0.85 here (over the HTML threshold, under the dump ones),
    the rest 0.1. The article's paragraphs are all such blocks: the HTML thresholds would take
    the whole prose container, the short menu beside it left, so the page keeps the dump
    thresholds and nothing goes. With a long paragraph in the container that stays, they
    would take less than ``html_container_share`` of its words, and they apply."""
    import pipeline
    from pipeline.config import load_config

    words = PAGE_MODEL_FEATURES.index("words")
    _made_up_scores(monkeypatch, lambda x: np.where(
        (x[:, words] >= 12) & (x[:, words] < 40), np.log(0.85 / 0.15), np.log(0.1 / 0.9)))
    long = " ".join(["Gentle strengthening of the hips and thighs, done most days, helps most runners."] * 5)
    menu = "<div><p>Home</p><p>News</p><p>Health A-Z</p></div>"

    def removed(container: list[str], share: float) -> set[str]:
        prose = "".join(f"<p>{t}</p>" for t in container)
        (tmp_path / "p.html").write_text(f"<html><body>{menu}<div class='post'>{prose}</div></body></html>",
                                         encoding="utf-8")
        config = load_config(overrides={"boilerplate": {"model": {
            **every_kind(0.95, 0.95), "html_threshold": 0.8, "html_short_threshold": 0.8,
            "html_outside_prose_threshold": 0.8, "html_container_share": share}}})
        result = pipeline.clean_corpus([str(tmp_path)], config=config)
        return {r.text for r in result.removed if r.reason == "boilerplate"}

    assert removed(ARTICLE, 0.9) == set()
    assert removed(ARTICLE, 0) == set(ARTICLE)  # 0 turns the check off
    assert removed([*ARTICLE, long], 0.9) == set(ARTICLE)
    assert removed([*ARTICLE, long], 0.5) == set()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.floats(-30, 30), st.floats(-30, 30)), min_size=1, max_size=40))
def test_main_text_span_reads_each_page_as_one_start_and_one_end(rows):
    """On each page the main text starts below a row less and less likely going down, and
    has ended above it more and more likely; pages do not share their probabilities."""
    rows = sorted(rows, key=lambda r: r[0])  # a page's rows together
    page = np.array([r[0] for r in rows], np.int64)
    span = main_text_span(np.array([r[1] for r in rows]), np.array([r[2] for r in rows]), page)
    assert span.shape == (len(rows), 3) and np.all((span >= 0) & (span <= 1 + 1e-6))
    for p in np.unique(page).tolist():
        below, above = span[page == p, 0], span[page == p, 1]
        assert np.all(np.diff(below) <= 1e-6) and np.all(np.diff(above) >= -1e-6)
        assert below[-1] == 0 and above[0] == 0  # nothing below the last row, nothing above the first
    np.testing.assert_allclose(span[:, 2], np.minimum(1, span[:, 0] + span[:, 1]), atol=1e-6)


FOREIGN = [
    "花粉症は、スギやヒノキなどの花粉が原因で起こるアレルギー症状です。くしゃみや鼻水が続く場合は医師に相談してください。",
    "Если боль в груди длится дольше нескольких минут или отдаёт в руку, немедленно вызовите скорую помощь.",
    "Πίνετε άφθονα υγρά όταν έχετε πυρετό και ξεκουραστείτε μέχρι να υποχωρήσουν τα συμπτώματα.",
]


def test_text_in_a_script_the_model_did_not_learn_is_not_removed_by_it(tmp_path, config):
    import copy

    from click.testing import CliRunner

    from pipeline.boilerplate.learned import LearnedJudge
    from pipeline.boilerplate.classify import BoilerplateClassifier
    from pipeline.cli import main

    judge = LearnedJudge(config, BoilerplateClassifier(config))
    spanish = ("Acuda a urgencias si tiene mucha sed, orina con frecuencia, está confundido o respira muy rápido, "
               "porque puede ser una cetoacidosis.")
    texts = [*FOREIGN, spanish, ARTICLE[0], "Главная", "Política de privacidad"]
    judgements = [judge.classifier.judge(t, with_features=True) for t in texts]
    assert judge.unlearned(texts, judgements).tolist() == [True] * 4 + [False] * 3
    assert all(j.once is None and j.repeated is None for j in judged_page(FOREIGN, config))
    # the guard off: the model decides alone (whatever it decides, it is asked)
    off = copy.deepcopy(config)
    off["boilerplate"]["model"]["unlearned_script_min_letters"] = 0
    assert not LearnedJudge(off, BoilerplateClassifier(off)).unlearned(FOREIGN, judgements[:3]).any()
    dump = tmp_path / "page.txt"
    dump.write_text("\n".join(FOREIGN) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(dump), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:1"])
    assert "kept as passage" in res.output and "script the model did not learn" in res.output


def test_explain_lists_the_rules_that_fired_on_a_kept_line(tmp_path, config):
    from click.testing import CliRunner

    from pipeline.cli import main

    dump = tmp_path / "page.txt"
    dump.write_text("\n".join([ARTICLE[0], "What do you think? Let me know in the comments below, I would love to "
                               "hear from you!", ARTICLE[2]]) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(dump), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    res = runner.invoke(main, ["explain", str(tmp_path / "out"), "page.txt:2"])
    assert "rules and signals that fired: comment-asks-author" in res.output
    rules_threshold = config["boilerplate"]["model"]["rules_threshold"]
    assert f"their verdict stands from probability {rules_threshold}" in res.output


@pytest.mark.parametrize("weight, kept", [(-1.0, True), (-0.5, False)])
def test_a_decisive_guard_of_the_users_own_keeps_the_line_whatever_the_model_says(tmp_path, weight, kept):
    """The model never learned a user's guard (only the packs' guards, as a feature): one with
    a decisive weight keeps what it fires on, as a user's decisive rule removes it."""
    user = tmp_path / "guard.toml"
    user.write_text(f'''
[[boilerplate.rules]]
name = "keep-newsletter-line"
category = "guard"
weight = {weight}
pattern = '^sign up for our newsletter$'
examples = ["Sign up for our newsletter"]
''', encoding="utf-8")
    from pipeline.config import load_config

    config = load_config(user)
    judged = judged_page(FURNITURE[:2] + ARTICLE + FURNITURE[2:], config)
    assert (judged[-1].once is None) == kept and (judged[-1].repeated is None) == kept
    assert judged[0].once is not None and judged[-2].once is not None, "the guard keeps only what it fires on"
