"""End-to-end invariants of the output contract."""
import gzip
import json
import os
import subprocess
import sys
from collections import defaultdict

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from pipeline import Provenance, clean_corpus
from pipeline.cli import main

from conftest import ROOT, SAMPLES


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_non_blank_line_lands_in_exactly_one_place(samples_run, sample_lines):
    _, out = samples_run
    places = defaultdict(list)
    for p in read_jsonl(out / "passages.jsonl"):
        places[(p["source"]["path"], p["source"]["line"])].append("passage")
    for r in read_jsonl(out / "removed.jsonl"):
        places[(r["source"]["path"], r["source"]["line"])].append(r["reason"])
    expected = {(f"{SAMPLES.as_posix()}/{name}", line) for name, line in sample_lines}
    assert set(places) == expected
    assert all(len(v) == 1 for v in places.values())


def test_removed_records_carry_reasons_and_raw_text(samples_run, sample_lines):
    _, out = samples_run
    for r in read_jsonl(out / "removed.jsonl"):
        name = r["source"]["path"].rsplit("/", 1)[-1]
        assert r["text"] == sample_lines[(name, r["source"]["line"])]
        assert r["reason"] in {"boilerplate", "duplicate", "empty", "oversize"}
        if r["reason"] == "boilerplate":
            assert r["category"] and r["rule"]
        if r["reason"] == "duplicate":
            assert r["duplicate_of"] and r["similarity"] is not None


def test_exact_duplicates_collapse_to_one_passage_listing_every_copy(samples_run, gold_lines):
    result, _ = samples_run
    by_line = {}
    for p in result.passages:
        for o in p.occurrences:
            by_line[(o.source.path.rsplit("/", 1)[-1], o.source.line)] = p.id
    groups = defaultdict(set)
    for g in gold_lines:
        if g["label"] == "content":
            groups[g["group"]].add((g["file"], g["line"]))
    for group, lines in groups.items():
        assert len({by_line[line] for line in lines}) == 1, group
    assert sum(len(v) > 1 for v in groups.values()) > 0


def test_passage_source_is_the_first_occurrence(samples_run):
    result, _ = samples_run
    for p in result.passages:
        assert p.occurrences[0].source == p.source and p.occurrences[0].match == "canonical"
        assert [o.source.key for o in p.occurrences] == sorted(o.source.key for o in p.occurrences)


def test_two_runs_give_byte_identical_files(tmp_path, config):
    for name in ("a", "b"):
        clean_corpus([str(SAMPLES)], config=config, out_dir=tmp_path / name)
    for f in ("passages.jsonl", "removed.jsonl", "report.json"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.endswith(".tmp")]


def test_report_counts_add_up(samples_run, sample_lines, config):
    result, out = samples_run
    report = json.loads((out / "report.json").read_text())
    counts = report["counts"]
    assert counts["paragraphs_read"] == len(sample_lines)
    assert counts["passages_kept"] + sum(counts["removed"].values()) == counts["paragraphs_read"]
    assert sum(counts["boilerplate_by_category"].values()) == counts["removed"]["boilerplate"]
    from pipeline.emit import report_config

    assert report["config_hash"] and report["config"] == report_config(config)
    packs = report["config"]["boilerplate"]["rule_packs"]
    assert sum(p["rules"] for p in packs) == len(config["boilerplate"]["rules"]) and "rules" not in report["config"]["boilerplate"]
    assert report["files"]["read"] == 5 and report["files"]["problems"] == []


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    data = tmp_path / "dumps"
    data.mkdir()
    good = (SAMPLES / "000_3cd6bc3242d14d99.txt").read_text(encoding="utf-8")
    (data / "good.txt").write_text(good, encoding="utf-8")
    (data / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (data / "bad.txt").write_bytes(b"ok\n\xc3\x28 broken\n")
    (data / "empty.txt").write_bytes(b"")
    (data / "broken.txt.gz").write_bytes(gzip.compress(b"hello\n")[:10])
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["run", str(data), "--out", str(out)])
    assert res.exit_code == 0, res.output
    messages = [line for line in res.stderr.splitlines() if line.startswith("clean-corpus: skipped")]
    assert len(messages) == 4
    for name in ("bin.txt", "bad.txt", "empty.txt", "broken.txt.gz"):
        assert sum(name in m for m in messages) == 1
    report = json.loads((out / "report.json").read_text())
    assert {p["path"].rsplit("/", 1)[-1] for p in report["files"]["problems"]} == {
        "bin.txt", "bad.txt", "empty.txt", "broken.txt.gz"}
    assert report["counts"]["paragraphs_read"] == sum(1 for x in good.split("\n") if x.strip()) and report["files"]["read"] == 1


def test_an_unreadable_file_named_on_the_command_line_is_skipped_and_the_others_processed(tmp_path, monkeypatch):
    # (as root every file reads: the denial is made up where the CLI and the reader ask)
    import builtins
    import os

    (tmp_path / "ok.txt").write_text("Rest the knee and keep it raised for two days.\n")
    secret = tmp_path / "secret.txt"
    secret.write_text("Ice the knee.\n")
    real_access, real_open = os.access, builtins.open
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: os.fspath(p) != str(secret) and real_access(p, mode, **kw))

    def refuse(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    res = CliRunner().invoke(main, ["run", str(tmp_path / "ok.txt"), str(secret), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert report["files"]["read"] == 1 and report["counts"]["paragraphs_read"] == 1
    assert [p["path"] for p in report["files"]["problems"]] == [str(secret)]


def test_strict_and_nothing_readable_exit_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1
    (tmp_path / "good.txt").write_text("Hip pain.\n")
    res = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--strict"])
    assert res.exit_code == 1


def test_module_entry_point_and_help():
    res = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert "--out" in res.stdout and "--config" in res.stdout


def test_user_config_is_merged_and_bad_config_is_a_usage_error(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[dedup]\nnear = false\n")
    out = tmp_path / "o"
    res = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(out), "--config", str(cfg), "-q"])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "report.json").read_text())["config"]["dedup"]["near"] is False
    cfg.write_text("[dedup]\nthreshold = 7\n")
    res = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(out), "--config", str(cfg)])
    assert res.exit_code == 2 and "threshold" in res.output


@pytest.mark.parametrize("setting, name", [("[dedup]\nprefix_levels = -1\n", "prefix_levels"),
                                           ("[ingest]\nproblems_listed_per_file = -5\n", "problems_listed_per_file"),
                                           ("[ingest]\nmax_file_mb = -1\n", "max_file_mb")])
def test_an_out_of_range_setting_is_named_as_a_usage_error(tmp_path, setting, name):
    cfg = tmp_path / "c.toml"
    cfg.write_text(setting)
    res = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--config", str(cfg)])
    assert res.exit_code == 2 and name in res.output and not (tmp_path / "o").exists()


def test_explain_names_category_and_rule(samples_run):
    _, out = samples_run
    res = CliRunner().invoke(main, ["explain", str(out), "003_203423a77e18c0e4.txt:4"])
    assert res.exit_code == 0 and "boilerplate, category cookie" in res.output
    res = CliRunner().invoke(main, ["explain", str(out), "003_203423a77e18c0e4.txt:2"])
    assert res.exit_code == 1


def test_explain_gives_a_kept_line_its_page_kind_and_that_kind_s_threshold(samples_run, config):
    """A kept line: its probability against the threshold its page's kind gives it."""
    import re

    _, out = samples_run
    res = CliRunner().invoke(main, ["explain", str(out), "000_3cd6bc3242d14d99.txt:3"])
    assert res.exit_code == 0, res.output
    found = re.search(r"below threshold ([\d.]+), (blocks|prose|unordered) page", res.output)
    assert found, res.output
    model = config["boilerplate"]["model"]
    kind = found.group(2)
    assert float(found.group(1)) == model["threshold" if kind == "blocks" else f"{kind}_threshold"]


def test_output_does_not_depend_on_the_number_of_workers(tmp_path, config):
    clean_corpus([str(SAMPLES)], config=config, engine={"workers": 1}, out_dir=tmp_path / "serial")
    clean_corpus([str(SAMPLES)], config=config, engine={"workers": 2, "chunk_size": 20}, out_dir=tmp_path / "parallel")
    for f in ("passages.jsonl", "removed.jsonl"):
        assert (tmp_path / "serial" / f).read_bytes() == (tmp_path / "parallel" / f).read_bytes()


def test_many_bad_records_in_one_file_are_summarised_on_stderr(tmp_path):
    scrape = tmp_path / "scrape.jsonl"
    scrape.write_text('{"url": "u", "text": "Knee pain eases with rest and gentle movement."}\n' + "{bad\n" * 6)
    res = CliRunner().invoke(main, ["run", str(scrape), "--out", str(tmp_path / "o"), "-q"])
    lines = res.stderr.splitlines()
    # a record is skipped, not the file
    assert sum(line.startswith("clean-corpus: skipped a record of ") for line in lines) == 3
    assert any("and 3 more problems" in line for line in lines)
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert len(report["files"]["problems"]) == 6


@given(st.builds(Provenance, st.text(max_size=5), st.integers(), st.integers(), st.integers(),
                 st.none() | st.text(max_size=5), st.none() | st.integers(), st.none() | st.integers()))
def test_provenance_to_dict_is_its_set_fields_in_order(source):
    """The output's provenance objects: every field, in declaration order, unset ones left out."""
    from dataclasses import asdict

    assert list(source.to_dict().items()) == [(k, v) for k, v in asdict(source).items() if v is not None]


def load_config_with(overrides: dict) -> dict:
    from pipeline.config import load_config

    return load_config(overrides=overrides)


def pipeline_config_hash(config: dict) -> str:
    from pipeline.config import config_hash

    return config_hash(config)


def _run_with_config(tmp_path, toml: str):
    """``clean-corpus run`` on a one-line dump with ``toml`` as its bad.toml config."""
    (tmp_path / "d.txt").write_text("A paragraph about knee pain and rest.\n")
    (tmp_path / "bad.toml").write_text(toml)
    return CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(tmp_path / "o"),
                                     "--config", str(tmp_path / "bad.toml")])


@pytest.mark.parametrize("setting, named", [
    ('[dedup]\nnum_perm = "many"\n', "dedup.num_perm must be a number, not 'many'"),
    ('[engine]\nworkers = "two"\n', "engine.workers must be a number, not 'two'"),
    ('[dedup]\nnear = "yes"\n', "dedup.near must be true or false, not 'yes'"),
    ("[ingest.html]\ndrop_tags = \"nav\"\n", "ingest.html.drop_tags must be a list, not 'nav'"),
])
def test_a_setting_of_the_wrong_type_is_named_with_exit_2(tmp_path, setting, named):
    res = _run_with_config(tmp_path, setting)
    assert res.exit_code == 2
    assert f"bad.toml: {named}" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "o" / "passages.jsonl").exists()


@pytest.mark.parametrize("setting, named", [
    ("[boilerplate.model]\nordered_page_signal = 2.0\n",
     "boilerplate.model.ordered_page_signal must be a correlation between -1 and 1"),
    ("[boilerplate.model]\nprose_threshold = 1.5\n",
     "boilerplate.model.prose_threshold must be a probability between 0 and 1"),
    ("[boilerplate.model]\nunordered_short_threshold = -0.1\n",
     "boilerplate.model.unordered_short_threshold must be a probability between 0 and 1"),
    ("[boilerplate.model]\nprose_page_words = -3\n",
     "boilerplate.model.prose_page_words must be a number of words >= 0"),
    ('[ingest.html]\nchrome_roles = ["banner", 2]\n', "ingest.html.chrome_roles must be a list of strings"),
    ('[ingest.html]\ncontrol_keywords = ["btn", 2]\n', "ingest.html.control_keywords must be a list of strings"),
    ('[ingest.html]\nchrome_keywords = ["nav", ""]\n', "ingest.html.chrome_keywords holds an empty name"),
    ("[ingest.html]\nblock_tags = []\n", "ingest.html.block_tags must name at least one tag (p, li, ...)"),
    ("[boilerplate.model]\nshort_words = 100000000000000000000\n",
     "boilerplate.model.short_words must be a whole number from 0 to 1000000"),
    ('[boilerplate.model]\nfallback_category = "bogus"\n', "boilerplate.model.fallback_category must be one of"),
    ("[ingest.html]\ncontrol_max_words = -1\n", "ingest.html.control_max_words must be a whole number >= 0"),
    ("[ingest.html]\nbreak_min_words = 2.5\n", "ingest.html.break_min_words must be a whole number >= 0"),
    ("[ingest.html]\ntable_row_max_words = -3\n", "ingest.html.table_row_max_words must be a whole number >= 0"),
    ("[ingest.html]\ntable_rows = \"yes\"\n", "ingest.html.table_rows must be true or false"),
    ('[ingest.html]\nchrome_word_pairs = ["author"]\n', "ingest.html.chrome_word_pairs must be a list of two-word"),
    ("[ingest.html]\nchrome_word_pairs = \"author bio\"\n", "ingest.html.chrome_word_pairs must be a list, not"),
    ("[ingest.html]\nprose_container_share = 1.5\n",
     "ingest.html.prose_container_share must be a number in [0, 1] (0 turns it off)"),
    ("[ingest.html]\ncaption_credit_keywords = 3\n", "ingest.html.caption_credit_keywords must be a list, not 3"),
    ("[ingest.html]\nteaser_container_ratio = -1\n",
     "ingest.html.teaser_container_ratio must be a number >= 0 (0 turns it off)"),
    ("[ingest.html]\nteaser_max_words = 0\n", "ingest.html.teaser_max_words must be a whole number, at least 1"),
    ("[ingest.html]\nchrome_group_share = 1.5\n",
     "ingest.html.chrome_group_share must be a number in [0, 1] (0 turns it off)"),
    ("[ingest.html]\nchrome_group_lead_words = -5\n", "ingest.html.chrome_group_lead_words must be a whole number >= 0"),
    ("[ingest.html]\ndiscussion_page_words = [\"forum\", \"\"]\n",
     "ingest.html.discussion_page_words must be a list of words (\"forum\")"),
    ("[ingest.html]\nproduct_review_keywords = [\"reviews\", \"\"]\n",
     "ingest.html.product_review_keywords must be a list of words (\"reviews\")"),
    ("[ingest.html]\nproduct_chrome_keywords = [\" \"]\n",
     "ingest.html.product_chrome_keywords must be a list of words (\"upsells\")"),
    ("[ingest.html]\nproduct_review_texts = -1\n", "ingest.html.product_review_texts must be a whole number >= 0"),
    ("[ingest.html]\nproduct_page_types = [\"Product\", 3]\n",
     "ingest.html.product_page_types must be a list of type names (\"Product\")"),
    ("[ingest.html]\ndiscussion_page_types = [\"\"]\n",
     "ingest.html.discussion_page_types must be a list of type names (\"QAPage\")"),
    ("[ingest.html]\narticle_page_types = \"Article\"\n",
     "ingest.html.article_page_types must be a list, not 'Article'"),
    ("[ingest.html]\nchrome_group_post_ratio = -1\n",
     "ingest.html.chrome_group_post_ratio must be a number >= 0 (0 turns it off)"),
    ("[ingest.html]\nchrome_group_trail_share = -0.5\n", "ingest.html.chrome_group_trail_share must be a number >= 0"),
    ("[boilerplate.model]\nhtml_outside_prose_threshold = 2\n",
     "boilerplate.model.html_outside_prose_threshold must be a probability between 0 and 1"),
    ("[boilerplate.model]\nhtml_table_threshold = -0.1\n",
     "boilerplate.model.html_table_threshold must be a probability between 0 and 1"),
    # a misspelt guard, or a rule that is no guard, in keep_guards kept nothing, silently
    ('[boilerplate.model]\nkeep_guards = ["guard-crisis-lines"]\n',
     "boilerplate.model.keep_guards: no rule named 'guard-crisis-lines'"),
    ('[boilerplate.model]\nkeep_guards = ["consent-button"]\n',
     "boilerplate.model.keep_guards: 'consent-button' is a cookie rule, not a guard (category guard)"),
    ("[boilerplate.model]\nhtml_container_share = 1.5\n",
     "boilerplate.model.html_container_share must be a share of words from 0 to 1"),
    ("[boilerplate.model]\nhtml_container_share = \"most\"\n",
     "boilerplate.model.html_container_share must be a number, not 'most'"),
    # settings that silently merged unrelated paragraphs, removed everything or compared as NaN
    ("[dedup]\nshingle_size = 0\n", "dedup.shingle_size must be a whole number from 1 to 64"),
    ("[dedup]\nnum_perm = 100.7\n", "dedup.num_perm must be a whole number, at least 16"),
    ("[dedup]\ncontainment = -3\n", "dedup.containment must be in (0, 1]"),
    ("[dedup]\nmax_bucket = 0\n", "dedup.max_bucket must be a whole number, at least 1"),  # found no near copy
    ("[dedup]\nbands = -5\nrows = 1\n", "dedup.bands must be a whole number, at least 0"),
    ("[dedup]\nmin_chars_near = -10\n", "dedup.min_chars_near must be a whole number, at least 0"),
    ("[dedup]\nlsh_threshold = 1.5\n", "dedup.lsh_threshold must be a number from 0 to 1"),
    ("[engine]\nworkers = -2\n", "engine.workers must be a whole number, at least 0"),
    ("[ingest]\nmax_paragraph_chars = 0\n", "ingest.max_paragraph_chars must be a whole number, at least 1"),
    ("[ingest.html]\nmax_html_depth = -1\n", "ingest.html.max_html_depth must be a whole number, at least 1"),
    ("[ingest.html]\nmax_html_elements = 0\n", "ingest.html.max_html_elements must be a whole number, at least 1"),
    ('[ingest.jsonl]\nhtml_field = "text"\n', "ingest.jsonl.html_field and text_field must name two fields"),
    ("[boilerplate]\nthreshold = nan\n", "boilerplate.threshold must be a finite number"),
    ("[boilerplate]\nthreshold = 0\n", "boilerplate.threshold must be a number above 0"),
    ("[boilerplate.signals.lone_glyph]\nweight = inf\n", "boilerplate.signals.lone_glyph.weight must be a finite"),
    ('[boilerplate.model]\npath = "/no/such/model"\n', "boilerplate.model.path: no model folder at /no/such/model"),
    ('[pipeline]\nsteps = ["boilerplate", "normalise", "exact-key"]\n', "must put 'normalise' before"),
    ('[pipeline]\nsteps = ["normalise", "boilerplate", "exact-key", "nosuchstep"]\n', "unknown step 'nosuchstep'"),
    ('[pipeline]\nsteps = ["normalise", "boilerplate", "exact-key", "nomodule:Step"]\n', "cannot import"),
    # a user's rule: a pattern given as a list read as one character class matched almost anything
    ('[[boilerplate.rules]]\nname = "wl"\ncategory = "site-chrome"\nweight = 1.0\npattern = ["^call our"]\n',
     "rule 'wl': pattern must be a string"),
    ('[[boilerplate.rules]]\nname = "w"\ncategory = "site-chrome"\nweight = "zero"\npattern = "x"\n',
     "rule 'w': weight must be a finite number"),
    ('[[boilerplate.rules]]\nname = "w"\ncategory = "marketing"\nweight = 1\npattern = "x"\n',
     "rule 'w': category must be one of"),
    ('[[boilerplate.rules]]\nname = "w"\ncategory = "about"\nweight = 1\npattern = "x"\nmax_word = 2\n',
     "rule 'w': unknown field(s) ['max_word']"),
    ('[[boilerplate.rules]]\nname = "w"\ncategory = "about"\nweight = 1\npattern = "x"\nmin_words = 9\nmax_words = 2\n',
     "min_words 9 is above max_words 2"),
    ('[[boilerplate.rules]]\nname = "c"\ncategory = "about"\nweight = 1\npattern = "^call our clinic"\n'
     'examples = ["Phone the surgery now"]\n', "rule 'c': does not fire on its example 'Phone the surgery now'"),
    ('[[boilerplate.rules]]\nname = "c"\ncategory = "about"\nweight = 1\npattern = "clinic"\n'
     'counter_examples = ["Call our clinic today"]\n', "rule 'c': fires on its counter-example"),
    ('[[boilerplate.rules]]\nname = "m"\ncategory = "about"\nweight = 1\npattern = "^aa$"\n'
     '[[boilerplate.rules]]\nname = "m"\ncategory = "about"\nweight = 1\npattern = "^bb$"\n',
     "rule 'm': two of your rules have this name"),
    ('[boilerplate.override.chrome-label]\nweight = "zero"\n',
     "boilerplate.override.chrome-label: weight must be a finite number"),
])
def test_a_setting_out_of_range_is_named_with_exit_2(tmp_path, setting, named):
    res = _run_with_config(tmp_path, setting)
    assert res.exit_code == 2 and named in res.output and "Traceback" not in res.output


def test_a_config_problem_is_one_line_naming_the_users_file(tmp_path):
    (tmp_path / "d.txt").write_text("A paragraph about knee pain and rest.\n")
    (tmp_path / "my.toml").write_text("[dedup]\nshingle_size = 0\n")
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "d.txt", "--out", "o", "--config", "my.toml"],
                       cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2
    assert r.stderr.splitlines() == ["clean-corpus: my.toml: dedup.shingle_size must be a whole number from 1 to 64"]


@pytest.mark.parametrize("module, source, named", [
    ("step_with_a_syntax_error", "def broken(:\n", "SyntaxError"),
    ("step_raising_on_import", "raise RuntimeError('no licence key')\n", "RuntimeError: no licence key")])
def test_a_step_module_that_fails_to_import_is_named_with_exit_2(tmp_path, monkeypatch, module, source, named):
    mods = tmp_path / "mods"
    mods.mkdir()
    (mods / f"{module}.py").write_text(source)
    monkeypatch.syspath_prepend(str(mods))
    res = _run_with_config(tmp_path, f'[pipeline]\nsteps = ["normalise", "boilerplate", "exact-key", "{module}:Step"]\n')
    assert res.exit_code == 2 and f"step '{module}:Step'" in res.output and named in res.output
    assert "Traceback" not in res.output


def test_a_config_file_that_cannot_be_read_is_one_line_with_exit_2(tmp_path):
    (tmp_path / "d.txt").write_text("A paragraph about knee pain and rest.\n")
    (tmp_path / "latin1.toml").write_bytes(b"\xff\xfe[boilerplate]\n")
    (tmp_path / "bom.toml").write_bytes("\ufeff[dedup]\nnum_perm = 64\n".encode())
    for config, named in ((tmp_path / "latin1.toml", "not UTF-8"), (tmp_path / "bom.toml", "byte-order mark"),
                          (tmp_path, "is a directory"), ("", "needs a file name")):
        res = CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(tmp_path / "o"),
                                        "--config", str(config)])
        assert res.exit_code == 2 and named in res.output and "Traceback" not in res.output, (config, res.output)


def test_a_misspelt_setting_is_warned_about(tmp_path):
    res = _run_with_config(tmp_path, "[boilerplate.model]\ntreshold = 0.5\n[dedup]\nnum_perms = 64\n"
                                     "[my_step]\nlimit = 3\n")
    assert res.exit_code == 0
    assert "warning: " in res.stderr and "unknown setting boilerplate.model.treshold" in res.stderr
    assert "unknown setting dedup.num_perms" in res.stderr
    # a top-level table may hold a user step's settings: not warned about
    assert "my_step" not in res.stderr
    # ignored, so the report and the config hash are those of the config without them
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert "treshold" not in report["config"]["boilerplate"]["model"] and "num_perms" not in report["config"]["dedup"]
    assert report["config_hash"] == pipeline_config_hash(load_config_with({"my_step": {"limit": 3}}))


def test_a_misspelt_setting_in_a_library_dict_is_warned_about_and_ignored():
    import warnings

    from pipeline.config import ConfigWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config = load_config_with({"dedup": {"threshhold": 0.9}})
    assert [str(w.message) for w in caught if w.category is ConfigWarning] == [
        "config: unknown setting dedup.threshhold is ignored (misspelt?)"]
    assert "threshhold" not in config["dedup"] and pipeline_config_hash(config) == pipeline_config_hash(
        load_config_with({}))
    # a rule written as in a rule pack ([[rule]]) is a list at the top level, not a step's table
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config = load_config_with({"rule": [{"name": "mine", "category": "about", "weight": 1.2, "pattern": "^x"}]})
    assert [str(w.message) for w in caught if w.category is ConfigWarning] == [
        "config: unknown setting rule is ignored (a rule pack's syntax: a config adds rules as [[boilerplate.rules]])"]
    assert "rule" not in config


def test_a_guard_keep_guards_names_but_the_config_disables_is_warned_about():
    import warnings

    from pipeline.config import ConfigWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config = load_config_with({"boilerplate": {"disable": ["guard-crisis-line"]}})
    assert [str(w.message) for w in caught if w.category is ConfigWarning] == [
        "config: boilerplate.model.keep_guards names 'guard-crisis-line', which boilerplate.disable turns off: "
        "it keeps nothing"]
    assert "guard-crisis-line" not in {r["name"] for r in config["boilerplate"]["rules"]}
    with warnings.catch_warnings(record=True) as caught:  # named by nothing, nothing to say
        warnings.simplefilter("always")
        load_config_with({"boilerplate": {"disable": ["guard-crisis-line"], "model": {"keep_guards": []}}})
    assert not [w for w in caught if w.category is ConfigWarning]


def test_an_eval_report_that_cannot_be_written_exits_4(samples_run):
    from pathlib import Path

    gold = Path(__file__).parent / "gold" / "seed_lines_gold.jsonl"
    res = CliRunner().invoke(main, ["eval", str(gold), "--out", str(samples_run[1]), "--json", "/proc/no/x.json"])
    assert res.exit_code == 4 and "cannot write /proc/no/x.json" in res.stderr


def test_unicode_line_breaks_never_split_a_record(tmp_path):
    """U+2028, U+2029 and U+0085 are valid raw in JSON strings, but readers that split lines
    with str.splitlines() would see one record as two: they are written escaped."""
    text = "Rest the knee\u2028and ice it for twenty minutes three times a day\u2029if it swells\x85overnight."
    (tmp_path / "d.txt").write_text(text + "\nCookie settings\u2028Accept all\n", encoding="utf-8")
    out = tmp_path / "o"
    res = CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    for name in ("passages.jsonl", "removed.jsonl", "report.json"):
        raw = (out / name).read_text(encoding="utf-8")
        assert not any(c in raw for c in "\u2028\u2029\x85"), name
    records = [json.loads(x) for x in (out / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any("\u2028" in r["text"] or "\x85" in r["text"] or "twenty minutes" in r["text"] for r in records)


def test_a_full_disk_is_named_with_exit_4_and_earlier_output_kept(tmp_path, monkeypatch):
    import errno

    from pipeline import emit

    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "--quiet"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(path, lines):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(emit, "write_staged", full)
    (tmp_path / "d.txt").write_text("A different paragraph about knee pain after running.\n")
    res = CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "--quiet"])
    assert res.exit_code == 4
    assert "cannot write" in res.stderr and "passages.jsonl" in res.stderr and "No space left" in res.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_nothing_to_read_leaves_the_last_outputs_as_they_were(tmp_path):
    # A mistyped input, or the output folder given as the input (skipped as output), must not
    # replace the last run's files with empty ones.
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "-q"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # ... nor must inputs that exist but cannot be read: empty, binary, a page of chrome only
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "chrome.html").write_text("<nav><a>Home</a> <a>News</a></nav>")
    unreadable = [[str(tmp_path / n)] for n in ("empty.txt", "binary.txt", "chrome.html")]
    for inputs in ([str(tmp_path / "mistyped")], [str(out)], *unreadable):
        res = CliRunner().invoke(main, ["run", *inputs, "--out", str(out)])
        assert res.exit_code == 1 and "left as it was" in res.output, inputs
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_strict_run_that_skipped_an_input_leaves_the_last_outputs_and_state_as_they_were(tmp_path):
    # Exit 1 is a failed run, and a failed run leaves the earlier files as they were: a script
    # that keeps the last corpus on a failure must find it there, and the batch job must not
    # record a batch that a rerun with the input mended would then call processed.
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    (tmp_path / "e.txt").write_text("Compression limits swelling in the first two days after a sprain.\n")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "-q"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    res = CliRunner().invoke(main, ["run", str(tmp_path / "e.txt"), str(tmp_path / "typo.txt"), "--out", str(out),
                                    "--strict"])
    assert res.exit_code == 1 and "--strict" in res.output and "left as it was" in res.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    state, corpus = str(tmp_path / "s.db"), tmp_path / "corpus"
    res = CliRunner().invoke(main, ["run", str(tmp_path / "e.txt"), str(tmp_path / "typo.txt"), "--state", state,
                                    "--out", str(corpus), "--strict"])
    assert res.exit_code == 1 and "unchanged" in res.output and not corpus.exists()
    res = CliRunner().invoke(main, ["run", str(tmp_path / "e.txt"), "--state", state, "--out", str(corpus), "-q"])
    assert res.exit_code == 0 and [p.name for p in corpus.iterdir() if p.is_dir()] == ["batch-000001"]


def test_an_empty_state_name_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--state", ""])
    assert res.exit_code == 2 and "--state" in res.output and not (tmp_path / "o").exists()


def test_explain_a_chrome_removal_shows_no_empty_score(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><nav>Home About Contact</nav><article><p>Knee pain after a run "
                                     "often comes from the tissues around the kneecap and settles with rest.</p>"
                                     "</article></body></html>", encoding="utf-8")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "a.html"), "--out", str(out), "-q"]).exit_code == 0
    res = CliRunner().invoke(main, ["explain", str(out), "a.html:1"])
    assert res.exit_code == 0 and "rule html-tag:nav" in res.output and "score None" not in res.output


def test_a_paragraph_the_run_cannot_account_for_is_one_line_exit_7_and_nothing_written(tmp_path, monkeypatch):
    """An internal error (a bug, never bad input) reaches the user as one line, not a traceback."""
    from pipeline.emit.records import AccountingError
    from pipeline.executors import common

    def lost(read, accounted):
        raise AccountingError(f"internal error: {read} paragraphs read but {accounted - 1} accounted for")

    monkeypatch.setattr(common, "check_accounted", lost)
    (tmp_path / "d.txt").write_text("Knee pain after running often settles with rest.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 7 and not list((tmp_path / "o").glob("*.json*"))
    assert res.output.strip().splitlines()[-1].startswith("clean-corpus: internal error: 1 paragraphs read but 0")
    assert "Traceback" not in res.output


def test_explain_finds_a_line_by_any_path_to_its_file(tmp_path, monkeypatch):
    """The run recorded a relative path: the file's absolute path, ./ before it and a path
    through .. name it too; another file of the same name does not."""
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "d.txt").write_text("Knee pain after running often settles with rest.\n",
                                                   encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["run", "in/sub/d.txt", "--out", "o", "-q"]).exit_code == 0
    named = [str(tmp_path / "in" / "sub" / "d.txt"), "./in/sub/d.txt", "sub/d.txt", "d.txt",
             f"../{tmp_path.name}/in/sub/d.txt"]
    for asked in named:
        res = CliRunner().invoke(main, ["explain", "o", f"{asked}:1"])
        assert res.exit_code == 0 and "kept as passage" in res.output, asked
    assert CliRunner().invoke(main, ["explain", "o", "other/d.txt:1"]).exit_code == 1
    # a path through a symbolic link loop names nothing, and says so in one line
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    looping = CliRunner().invoke(main, ["explain", "o", f"{tmp_path / 'l1' / 'd.txt'}:1"])
    assert looping.exit_code == 1 and isinstance(looping.exception, SystemExit)  # not a RuntimeError
    assert "no paragraph at" in looping.output


def test_explain_says_a_file_name_names_several_inputs_and_shows_each(tmp_path):
    """Two inputs of one name, the same paragraph in both (one passage, two occurrences):
    both are shown, in input order, and said to be two; line 0 is no line (exit 2)."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "d.txt").write_text("Knee pain after running often settles with rest.\n",
                                                 encoding="utf-8")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out),
                                     "-q"]).exit_code == 0
    res = CliRunner().invoke(main, ["explain", str(out), "d.txt:1"])
    a, b = str(tmp_path / "a" / "d.txt"), str(tmp_path / "b" / "d.txt")
    assert res.exit_code == 0 and res.output.startswith(f"d.txt names 2 inputs of the run ({a}, {b}): each is shown")
    assert res.output.index(f"{a}:1: kept as passage") < res.output.index(f"{b}:1: attributed to passage")
    assert "names 2 inputs" not in CliRunner().invoke(main, ["explain", str(out), "a/d.txt:1"]).output
    zero = CliRunner().invoke(main, ["explain", str(out), "d.txt:0"])
    assert zero.exit_code == 2 and "LINE from 1" in zero.output


def test_explain_names_the_problem_of_a_line_that_was_not_read(tmp_path):
    (tmp_path / "s.jsonl").write_text('{"url": "u", "text": "Hip pain is common in runners and often settles '
                                      'with rest."}\n{"oops\n\n')
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "s.jsonl"), "--out", str(out), "-q"]).exit_code == 0
    result = CliRunner().invoke(main, ["explain", str(out), "s.jsonl:2"])
    assert result.exit_code == 0 and "not read: bad-record: line 2: invalid JSON" in result.output
    assert CliRunner().invoke(main, ["explain", str(out), "s.jsonl:3"]).exit_code == 1  # a blank line
