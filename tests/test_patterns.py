"""Config patterns under a time budget: a runaway pattern audits its paragraph as
``timeout`` and the run goes on (issue: hostile inputs, case 14)."""
import json

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.cli import main
from pipeline.config import ConfigError
from pipeline.patterns import PatternTimeout, TimedPattern

# Backtracks exponentially in re and in regex on a run of "a" that cannot end the line.
# The emoji keeps the line out of the Hyperscan prefilter, so the pattern really runs.
RUNAWAY = "(a|aa)+$"
RUNAWAY_LINE = "a" * 60 + "! 😀"
EMOJI_LINE = "a" * 40 + " 😀 kept"
TEXTS = {
    "d.txt": "Knee pain often follows a sudden twist on uneven ground.\n"
             "Rest and ice help for the first days after the injury.\n"
             + RUNAWAY_LINE + "\n",
}


def _config(tmp_path, body: str, budget_ms: int = 50):
    path = tmp_path / "user.toml"
    path.write_text(f"[pipeline]\npattern_budget_ms = {budget_ms}\n{body}", encoding="utf-8")
    return pipeline.load_config(path)


def _rule(pattern: str) -> str:
    return ("[[boilerplate.rules]]\nname = \"user-rule\"\ncategory = \"site-chrome\"\nweight = 2.0\n"
            f"pattern = '{pattern}'\n")


@pytest.mark.parametrize("decision", ["model", "rules"])
def test_a_runaway_rule_audits_its_paragraph_as_timeout_and_the_run_goes_on(tmp_path, decision):
    config = _config(tmp_path, _rule(RUNAWAY) + f"[boilerplate]\ndecision = \"{decision}\"\n")
    result = pipeline.clean_corpus(texts=TEXTS, config=config)
    timeouts = [r for r in result.removed if r.reason == "timeout"]
    assert [r.text for r in timeouts] == [RUNAWAY_LINE]
    assert timeouts[0].rule == "boilerplate rule 'user-rule'"
    assert {p.text for p in result.passages} == {
        "Knee pain often follows a sudden twist on uneven ground.",
        "Rest and ice help for the first days after the injury.",
    }
    assert result.report["counts"]["removed"]["timeout"] == 1


def test_nested_repeats_on_text_beyond_the_basic_plane_finish_with_the_right_answer(tmp_path):
    # (a+)+$ hangs re on a line holding an emoji; the matching engine answers at once.
    config = _config(tmp_path, _rule("(a+)+$") + "[boilerplate]\ndecision = \"rules\"\n", budget_ms=0)
    texts = {"d.txt": f"{EMOJI_LINE}\n{'a' * 40}\nHip pain often eases with gentle movement and rest.\n"}
    result = pipeline.clean_corpus(texts=texts, config=config)
    assert {r.text for r in result.removed if r.rule == "user-rule"} == {"a" * 40}
    assert not [r for r in result.removed if r.reason == "timeout"]
    assert "Hip pain often eases with gentle movement and rest." in {p.text for p in result.passages}


def test_a_runaway_normalise_pattern_audits_its_paragraph_as_timeout(tmp_path):
    config = _config(tmp_path, f"[normalise]\ntrailing_backlinks = '{RUNAWAY}'\n")
    result = pipeline.clean_corpus(texts=TEXTS, config=config)
    (timeout,) = [r for r in result.removed if r.reason == "timeout"]
    assert timeout.rule == "normalise.trailing_backlinks"
    assert len(result.passages) == 2


def test_the_cli_names_timeouts_in_its_summary_and_audit(tmp_path):
    config = tmp_path / "user.toml"
    config.write_text("[pipeline]\npattern_budget_ms = 50\n" + _rule(RUNAWAY), encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d.txt").write_text(TEXTS["d.txt"], encoding="utf-8")
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(out), "--config", str(config)])
    assert run.exit_code == 0, run.output
    assert "timed out (a config pattern ran past pattern_budget_ms): 1" in run.output
    audit = [json.loads(line) for line in (out / "removed.jsonl").read_text(encoding="utf-8").splitlines()]
    (entry,) = [a for a in audit if a["reason"] == "timeout"]
    assert entry["rule"] == "boilerplate rule 'user-rule'" and entry["source"]["line"] == 3


def test_timed_pattern_counts_subs_and_times_out():
    p = TimedPattern(r"\bpain\b", 0, "t", budget_ms=1000)
    assert p.count("pain, pain and pain", 2) == 2 and p.count("no", 5) == 0
    assert TimedPattern(r"^\W+", 0, "t").sub("", "• Hip") == "Hip"
    with pytest.raises(PatternTimeout, match="'t' ran past|t ran past"):
        TimedPattern(RUNAWAY, 0, "t", budget_ms=20).count(RUNAWAY_LINE, 3)


def test_a_negative_budget_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="pattern_budget_ms"):
        _config(tmp_path, "", budget_ms=-1)
