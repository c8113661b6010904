import json

import pytest

from pipeline import clean_corpus
from pipeline.config import load_config
from pipeline.evaluate import evaluate, match_files


def write_gold(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_scores_count_what_the_run_did(tmp_path):
    dump = tmp_path / "in" / "d.txt"
    dump.parent.mkdir()
    dump.write_text(
        "Knee pain is common after long runs on hard roads and it usually settles.[3]\n"
        "Advertisement\n"
        "Knee pain is common after long runs on hard roads and it usually settles.\n"
        "Swap cookies for fruit.\n"
        "Hip flexor stretches ease stiffness after sitting for long hours at a desk.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    # the rules decide here: this tests the scorer, on a run whose verdicts are known
    clean_corpus([str(dump.parent)], out_dir=out, config=load_config(overrides={"boilerplate": {"decision": "rules"}}))
    text = "Knee pain is common after long runs on hard roads and it usually settles."
    write_gold(tmp_path / "gold.jsonl", [
        {"file": "d.txt", "line": 1, "label": "content", "group": "g1", "dup": "original", "clean": text},
        {"file": "d.txt", "line": 2, "label": "boilerplate", "category": "site-chrome"},
        {"file": "d.txt", "line": 3, "label": "content", "group": "g1", "dup": "exact", "clean": text},
        # deliberately wrong gold: the scorer must report this line as a false negative
        {"file": "d.txt", "line": 4, "label": "boilerplate", "category": "cookie"},
        # and this one as a cleaned-text mismatch
        {"file": "d.txt", "line": 5, "label": "content", "group": "g2", "dup": "original", "clean": "other"},
    ])
    result = evaluate(tmp_path / "gold.jsonl", out)
    m = result.metrics
    assert m["boilerplate"] == {"precision": 1.0, "recall": 0.5, "true_positives": 1,
                                "false_positives": 0, "false_negatives": 1}
    assert m["per_category"]["site-chrome"]["recall"] == 1.0 and m["per_category"]["cookie"]["recall"] == 0.0
    assert m["content"]["lost"] == 0 and m["content"]["duplicate_copies_kept"] == 0
    assert m["content"]["clean_exact_match"] == 0.5
    assert {e["error"] for e in result.errors} == {"boilerplate kept", "clean text differs"}


def test_duplicate_copies_kept_and_content_lost_are_counted(tmp_path):
    out = tmp_path / "out"
    clean_corpus(texts={"d.txt": "Rest the knee.\nRest the knee!!\n×\n"}, out_dir=out)
    write_gold(tmp_path / "g.jsonl", [
        {"file": "d.txt", "line": 1, "label": "content", "group": "a", "dup": "original"},
        {"file": "d.txt", "line": 2, "label": "content", "group": "b", "dup": "original"},
        {"file": "d.txt", "line": 3, "label": "content", "group": "c", "dup": "original"},
    ])
    m = evaluate(tmp_path / "g.jsonl", out).metrics
    assert m["content"]["lost"] == 1  # the × line, labelled content here on purpose
    assert m["content"]["distinct_paragraphs_merged"] == 1  # lines 1 and 2 share a passage but not a group
    assert m["boilerplate"]["false_positives"] == 1


def test_gold_files_match_output_paths_by_suffix():
    assert match_files({"x.txt"}, {"a/x.txt", "b/x.txt"}) == {}  # ambiguous: no match
    assert match_files({"x.txt"}, {"dumps/x.txt"}) == {"x.txt": "dumps/x.txt"}


@pytest.mark.parametrize("gold, message", [
    ("not json\n", "line 1: not JSON"),
    ('{"file": "a.txt", "label": "content"}\n', "line 1: field 'line' missing or not int"),
    ('[1, 2]\n', "line 1: a record must be a JSON object"),
])
def test_a_bad_gold_file_is_named_in_one_line(tmp_path, gold, message):
    from click.testing import CliRunner

    from pipeline.cli import main

    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "-q"]).exit_code == 0
    (tmp_path / "gold.jsonl").write_text(gold)
    res = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), "--out", str(out)])
    assert res.exit_code == 2 and message in res.output
    (out / "passages.jsonl").write_text("{broken\n")
    res = CliRunner().invoke(main, ["explain", str(out), "d.txt:1"])
    assert res.exit_code == 2 and "cannot read" in res.output
