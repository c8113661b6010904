"""Inputs and --out as fsspec URLs (pipeline/ingest/remote.py), through fsspec's in-memory
and local file systems: no network."""
from __future__ import annotations

import fsspec
from click.testing import CliRunner

from pipeline.cli import main

DUMP = "Rest and ice help a sprained ankle heal within a few weeks.\nAdvertisement\n"


def _memory_inputs(root: str) -> None:
    fs = fsspec.filesystem("memory")
    fs.pipe(f"{root}/dumps/a.txt", DUMP.encode())
    fs.pipe(f"{root}/dumps/sub/b.txt", DUMP.encode())
    fs.pipe(f"{root}/dumps/.hidden/c.txt", DUMP.encode())
    fs.pipe(f"{root}/dumps/notes.md", b"not an input")


def test_memory_inputs_and_output_give_what_local_ones_give(tmp_path):
    _memory_inputs("/case1")
    fs = fsspec.filesystem("memory")
    remote = CliRunner().invoke(main, ["run", "memory://case1/dumps", "--out", "memory://case1/out", "--quiet"])
    assert remote.exit_code == 0, remote.output
    for name in ("a.txt", "sub/b.txt"):
        (tmp_path / "dumps" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "dumps" / name).write_text(DUMP)
    local = CliRunner().invoke(main, ["run", str(tmp_path / "dumps"), "--out", str(tmp_path / "out"), "--quiet"])
    assert local.exit_code == 0, local.output
    got = fs.cat("/case1/out/passages.jsonl").decode()
    want = (tmp_path / "out" / "passages.jsonl").read_text()
    assert got == want.replace(str(tmp_path / "dumps"), "memory://case1/dumps")
    assert sorted(p.rpartition("/")[2] for p in fs.ls("/case1/out", detail=False)) == [
        "passages.jsonl", "removed.jsonl", "report.json"]


def test_file_urls_and_parquet_to_a_url(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DUMP)
    run = CliRunner().invoke(main, ["run", f"file://{tmp_path}/in", "--out", f"file://{tmp_path}/out",
                                    "--format", "parquet", "--quiet"])
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["passages.parquet", "removed.parquet",
                                                                   "report.json"]


def test_a_missing_url_is_named_and_state_needs_a_local_out(tmp_path):
    run = CliRunner().invoke(main, ["run", "memory://nowhere/x", "--out", str(tmp_path / "out")])
    assert run.exit_code == 1 and "memory://nowhere/x: missing" in run.output
    run = CliRunner().invoke(main, ["run", str(tmp_path), "--out", "memory://o", "--state", str(tmp_path / "s.db")])
    assert run.exit_code == 2 and "--state needs a local --out" in run.output


def test_an_output_folder_under_an_input_url_is_not_read(tmp_path):
    _memory_inputs("/case3")
    fs = fsspec.filesystem("memory")
    for name in ("passages.jsonl", "removed.jsonl"):
        fs.pipe(f"/case3/dumps/out/{name}", b"{}\n")
    fs.pipe("/case3/dumps/out/old.txt", DUMP.encode())
    run = CliRunner().invoke(main, ["run", "memory://case3/dumps", "--out", str(tmp_path / "out")])
    assert run.exit_code == 0, run.output
    assert "memory://case3/dumps/out: output-folder" in run.output
    report = (tmp_path / "out" / "report.json").read_text()
    assert "old.txt" not in report and "memory://case3/dumps/a.txt" in report


def test_an_output_url_that_cannot_be_reached_is_refused_before_the_run(tmp_path):
    (tmp_path / "a.txt").write_text(DUMP)
    run = CliRunner().invoke(main, ["run", str(tmp_path), "--out", "nosuch://bucket/out"])
    assert run.exit_code == 2 and "--out nosuch://bucket/out: Protocol not known: nosuch" in run.output
    assert "Traceback" not in run.output
