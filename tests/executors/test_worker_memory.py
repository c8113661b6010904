"""[engine] worker_memory_mb: a worker that grows past it is stopped, and the run ends with
a message naming the setting (exit status 5); under it nothing changes."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.cli import main
from pipeline.executors import streaming
from pipeline.executors.common import WorkerOutOfMemory, private_mb

LINES = "".join(f"Paragraph {n} on knee pain: rest, ice and gentle movement help within {n % 9 + 1} weeks.\n"
                for n in range(800))


@pytest.fixture
def dumps(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(4):
        (folder / f"d{k}.txt").write_text(LINES, encoding="utf-8")
    return folder


def _config(tmp_path, memory_mb: float):
    path = tmp_path / f"engine-{memory_mb:g}.toml"
    path.write_text(f"[engine]\nworkers = 2\nstream_chunk_size = 500\nworker_memory_mb = {memory_mb:g}\n")
    return path


def test_a_worker_past_its_limit_stops_the_run_with_exit_5(tmp_path, dumps, monkeypatch):
    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)  # small input, yet on workers
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["run", str(dumps), "--out", str(out), "--config", str(_config(tmp_path, 1))])
    assert run.exit_code == 5, run.output
    assert "worker_memory_mb = 1" in run.output and "Traceback" not in run.output
    assert not (out / "passages.jsonl").exists()


def test_under_the_limit_the_output_is_the_same(tmp_path, dumps, monkeypatch):
    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)
    outputs = []
    for memory_mb in (0, 2000):
        out = tmp_path / f"out{memory_mb}"
        run = CliRunner().invoke(main, ["run", str(dumps), "--out", str(out), "--quiet",
                                        "--config", str(_config(tmp_path, memory_mb))])
        assert run.exit_code == 0, run.output
        outputs.append([(out / name).read_bytes() for name in ("passages.jsonl", "removed.jsonl")])
    assert outputs[0] == outputs[1]


def test_the_library_raises_a_named_error(dumps):
    with pytest.raises(WorkerOutOfMemory, match="worker_memory_mb = 1"):
        pipeline.clean_corpus([str(dumps)], engine={"workers": 2, "chunk_size": 100, "worker_memory_mb": 1})


def test_private_memory_of_this_process_is_read():
    assert private_mb(__import__("os").getpid()) > 0
