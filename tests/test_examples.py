"""The README's extension example runs as written: a filter step from the user's own
module and rule changes by name from a user config."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from pipeline.boilerplate.rules import BoilerplateRule
from pipeline.boilerplate.signals import words

ROOT = Path(__file__).resolve().parent.parent


def test_user_filter_step_and_rule_changes(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "examples"), str(ROOT)])}
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "examples/clinic_page.txt", "--out", str(tmp_path / "out"),
                        "--config", "examples/short_lines.toml", "--quiet"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    removed = [json.loads(line) for line in (tmp_path / "out" / "removed.jsonl").read_text().splitlines()]
    filtered = [r for r in removed if r["reason"] == "filtered"]
    assert filtered and all(r["rule"] == "short_lines:DropShortLines" and r["category"] == "too-short"
                            and len(r["clean"].split()) < 4 for r in filtered)
    by_text = {r["text"]: r for r in removed}
    hours = by_text["Open Monday to Friday, 9am to 5pm"]
    assert hours["rule"] == "clinic-opening-hours"  # the added rule
    # the model holds it below the threshold: the audit says the user's rule removed it
    assert hours["signals"][-1].endswith("; removed below it by the rules: a rule of the user's own)")
    assert by_text["42"]["rule"] != "lone-number"  # the disabled rule
    assert {by_text["Knee pain"]["reason"], by_text["Symptoms"]["reason"]} == {"filtered"}
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    packs = {p["pack"]: p for p in report["config"]["boilerplate"]["rule_packs"]}
    assert packs["user"]["rules"] == 1 and report["counts"]["removed"]["filtered"] == len(filtered)
    passages = [json.loads(line)["text"] for line in (tmp_path / "out" / "passages.jsonl").read_text().splitlines()]
    assert all(len(t.split()) >= 4 for t in passages)


def test_the_example_rule_fires_on_its_examples():
    rule = tomllib.loads((ROOT / "examples" / "short_lines.toml").read_text())["boilerplate"]["rules"][0]
    compiled = BoilerplateRule.from_config(rule)
    assert all(compiled.fires(t, len(words(t))) for t in rule["examples"])
    assert not any(compiled.fires(t, len(words(t))) for t in rule["counter_examples"])


def test_a_user_step_that_raises_is_one_line_naming_it(tmp_path):
    (tmp_path / "boom.py").write_text(
        "from pipeline.steps import Filter\n\n\nclass Boom(Filter):\n    category = 'x'\n\n"
        "    def drop(self, text, batch, i):\n        raise ValueError('bug in my step')\n")
    (tmp_path / "boom.toml").write_text('[pipeline]\nsteps = ["normalise", "boilerplate", "boom:Boom", "exact-key"]\n')
    (tmp_path / "d.txt").write_text("Rest the knee for two days.\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    for extra in ([], ["--state", str(tmp_path / "state.db")]):
        r = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "d.txt"), "--out",
                            str(tmp_path / "out"), "--config", str(tmp_path / "boom.toml"), *extra],
                           env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 6 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.strip().splitlines() == [
            "clean-corpus: step 'boom:Boom' failed: ValueError: bug in my step; "
            "the outputs of earlier runs are left as they were"]


def test_a_user_step_that_breaks_the_batch_or_fails_to_build_is_one_line_naming_it(tmp_path):
    """A step built with a bug, one returning nothing, or one returning fewer paragraphs than
    it was given: exit 6 and one line naming the step (not a traceback from a later stage)."""
    (tmp_path / "bad.py").write_text(
        "from pipeline.steps import Step\n\n\n"
        "class InitBoom(Step):\n    def __init__(self, config):\n        raise RuntimeError('bad init')\n\n\n"
        "class ReturnsNone(Step):\n    def run(self, batch):\n        return None\n\n\n"
        "class Shorter(Step):\n    def run(self, batch):\n        return batch.slice(0, len(batch) - 1)\n")
    (tmp_path / "d.txt").write_text("Rest the knee for two days.\nIce it for twenty minutes at a time.\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    expected = {"InitBoom": "failed as it was built: RuntimeError: bad init",
                "ReturnsNone": "failed: it returned NoneType, not the Batch it was given",
                "Shorter": "failed: it returned 1 paragraphs for 2"}
    for step, message in expected.items():
        (tmp_path / "c.toml").write_text(f'[pipeline]\nsteps = ["normalise", "boilerplate", "bad:{step}", "exact-key"]\n')
        r = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "d.txt"), "--out",
                            str(tmp_path / "out"), "--config", str(tmp_path / "c.toml")],
                           env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 6 and "Traceback" not in r.stderr, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"clean-corpus: step 'bad:{step}' {message}"), lines


def test_a_text_a_user_step_empties_is_removed_as_empty_not_kept_as_a_blank_passage(config):
    """Texts a step blanks after the boilerplate step are audited as empty, naming the step,
    each with its own text; they do not become one passage with an empty text."""
    from pipeline.api import clean_corpus
    from pipeline.config import merge
    from pipeline.steps import Step, register_step

    @register_step("test-blank-blood")
    class BlankBlood(Step):
        def run(self, batch):
            batch["text"] = ["" if "blood" in t else t for t in batch["text"]]
            return batch

    lines = ["Type 2 diabetes raises blood sugar over time.", "Eat regular meals.",
             "Check your blood pressure every year.", "Walk for thirty minutes a day."]
    steps = {"pipeline": {"steps": ["normalise", "boilerplate", "test-blank-blood", "exact-key"]}}
    result = clean_corpus(texts={"d.txt": "\n".join(lines) + "\n"}, config=merge(config, steps))
    assert sorted(p.text for p in result.passages) == ["Eat regular meals.", "Walk for thirty minutes a day."]
    empty = [r for r in result.removed if r.reason == "empty"]
    assert [r.text for r in empty] == [lines[0], lines[2]]
    assert {r.rule for r in empty} == {"nothing-left-after-test-blank-blood"}


def test_a_filter_placed_before_the_boilerplate_step_is_refused_before_anything_runs(tmp_path):
    (tmp_path / "early.py").write_text(
        "from pipeline.steps import Filter\n\n\nclass Early(Filter):\n    category = 'x'\n\n"
        "    def drop(self, text, batch, i):\n        return None\n")
    (tmp_path / "d.txt").write_text("Rest the knee for two days.\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    for steps in ('["early:Early", "normalise", "boilerplate", "exact-key"]',
                  '["normalise", "early:Early", "boilerplate", "exact-key"]'):
        (tmp_path / "c.toml").write_text(f"[pipeline]\nsteps = {steps}\n")
        r = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "d.txt"), "--out",
                            str(tmp_path / "out"), "--config", str(tmp_path / "c.toml")],
                           env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 2 and r.stderr.strip().splitlines() == [
            "clean-corpus: step 'early:Early' is a Filter: it goes after the 'boilerplate' step, whose verdicts it "
            "reads"], r.stderr
        assert not (tmp_path / "out").exists()


def test_the_readme_library_example_runs_as_written(tmp_path):
    """The README's Library section, copied as it stands, runs (in a folder holding the samples)."""
    import re

    code = re.search(r"## Library\n\n```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    (tmp_path / "example.py").write_text(code.group(1), encoding="utf-8")
    r = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "build" / "corpus" / "passages.jsonl").is_file()
