"""Parquet output (--format parquet|both): the same records as the JSON Lines files."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.ingest.test_warc import _warc

OPTIONAL = ("url", "record", "element", "warc_id", "warc_date", "offset")


def _run(tmp_path, *args, inputs=("samples",)):
    root = Path(__file__).resolve().parents[2]
    run = CliRunner().invoke(main, ["run", *[str(root / i) for i in inputs], *args, "--quiet"])
    assert run.exit_code == 0, run.output
    return run


def _filled(source: dict, *extra: str) -> dict:
    """A JSON Lines provenance as Parquet holds it: every optional field present."""
    out = {k: source[k] for k in ("path", "line", "start", "end")}
    out.update({k: source.get(k) for k in OPTIONAL})
    out.update({k: source[k] for k in extra})
    return out


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("web_archive", [False, True])
def test_parquet_files_hold_the_same_records_as_the_jsonl_files(tmp_path, web_archive):
    out = tmp_path / "out"
    inputs = ("samples", str(_warc(tmp_path / "crawl.warc.gz"))) if web_archive else ("samples",)
    _run(tmp_path, "--out", str(out), "--format", "both", inputs=inputs)
    passages = pd.read_parquet(out / "passages.parquet")
    expected = _records(out / "passages.jsonl")
    assert len(passages) == len(expected) > 0
    for row, want in zip(passages.to_dict("records"), expected):
        assert row["id"] == want["id"] and row["text"] == want["text"]
        assert row["source"] == _filled(want["source"])
        assert [dict(o) for o in row["occurrences"]] == [_filled(o, "match", "similarity") for o in want["occurrences"]]
    removed = pd.read_parquet(out / "removed.parquet")
    expected = _records(out / "removed.jsonl")
    assert len(removed) == len(expected) > 0
    for row, want in zip(removed.to_dict("records"), expected):
        assert row["source"] == _filled(want["source"])
        assert row["reason"] == want["reason"] and row["text"] == want["text"] and row["rule"] == want["rule"]
        assert list(row["signals"]) == want["signals"]


def test_parquet_output_is_byte_stable_and_replaces_the_jsonl_files(tmp_path):
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        _run(tmp_path, "--out", str(out), "--format", "parquet")
    assert sorted(p.name for p in outs[0].iterdir()) == ["passages.parquet", "removed.parquet", "report.json"]
    for name in ("passages.parquet", "removed.parquet"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()
    explain = CliRunner().invoke(main, ["explain", str(outs[0]), "000_3cd6bc3242d14d99.txt:1"])
    assert explain.exit_code == 2 and "--format jsonl or both" in explain.output


def test_a_run_in_another_format_leaves_no_file_of_the_one_before(tmp_path):
    """Whatever the formats one after another in one folder, the folder holds the last run's
    files only: an earlier run's Parquet beside new JSON Lines would be another corpus (blind
    audit: pandas.read_parquet loaded the run before)."""
    out = tmp_path / "out"
    _run(tmp_path, "--out", str(out), "--format", "both")
    _run(tmp_path, "--out", str(out), inputs=("samples/000_3cd6bc3242d14d99.txt",))
    assert sorted(p.name for p in out.iterdir()) == ["passages.jsonl", "removed.jsonl", "report.json"]
    _run(tmp_path, "--out", str(out), "--format", "parquet")
    assert sorted(p.name for p in out.iterdir()) == ["passages.parquet", "removed.parquet", "report.json"]
    _run(tmp_path, "--out", str(out), "--format", "jsonl")
    assert sorted(p.name for p in out.iterdir()) == ["passages.jsonl", "removed.jsonl", "report.json"]


def test_datasets_loads_the_parquet_files(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets

    out = tmp_path / "out"
    _run(tmp_path, "--out", str(out), "--format", "parquet")
    loaded = datasets.load_dataset("parquet", data_files={"passages": str(out / "passages.parquet")},
                                   cache_dir=str(tmp_path / "cache"))["passages"]
    frame = pd.read_parquet(out / "passages.parquet")
    assert loaded.num_rows == len(frame) and loaded[0]["id"] == frame["id"][0]
    assert loaded[0]["occurrences"][0]["match"] == "canonical"


def test_a_file_name_that_is_not_utf8_keeps_its_bytes_as_escapes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"Ice packs ease swelling in the first two days after a knee injury.\n")
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--format", "parquet", "--quiet"])
    assert run.exit_code == 0, run.output
    (path,) = pd.read_parquet(out / "passages.parquet")["source"].map(lambda s: s["path"])
    assert path.endswith("caf\\xe9.txt")


def test_batch_folders_get_parquet_files_too(tmp_path):
    out = tmp_path / "corpus"
    _run(tmp_path, "--out", str(out), "--state", str(tmp_path / "state.db"), "--format", "both")
    (batch,) = [p for p in out.iterdir() if p.name.startswith("batch-")]
    assert (batch / "passages.parquet").is_file() and (batch / "passages.jsonl").is_file()
