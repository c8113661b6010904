"""Output files are written whole (a temporary file renamed into place) with the mode the
user's umask gives a new file, not the private mode of a temporary file."""
from __future__ import annotations

import os
import stat

import pytest

from pipeline import emit


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_an_output_file_gets_the_mode_of_a_new_file(tmp_path, umask, mode):
    old = os.umask(umask)
    emit.file_mode.cache_clear()
    try:
        emit.write_atomic(tmp_path / "passages.jsonl", ["{}"])
    finally:
        os.umask(old)
        emit.file_mode.cache_clear()
    assert stat.S_IMODE((tmp_path / "passages.jsonl").stat().st_mode) == mode
    assert (tmp_path / "passages.jsonl").read_text() == "{}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["passages.jsonl"]  # no temporary file left


def _failing_on(name: str, real):
    def write(path, lines):
        if path.name == name:
            list(lines)  # the run got this far: the file's lines were made
            raise OSError(28, "No space left on device")
        return real(path, lines)
    return write


@pytest.mark.parametrize("failing", ["passages.jsonl", "removed.jsonl", "report.json"])
@pytest.mark.parametrize("engine", ["memory", "streaming"])
def test_a_run_that_cannot_write_leaves_the_earlier_outputs_whole(tmp_path, monkeypatch, config, failing, engine):
    # A full disk while the second run writes: its three files are put in place together or
    # not at all, so the earlier run's audit never goes missing beside its passages.
    import pipeline

    first = {"a.txt": "Rest the knee for two days.\nWe use cookies to improve your experience. Accept all.\n"}
    second = {"b.txt": "Ice the ankle for twenty minutes at a time.\n"}
    out = tmp_path / "out"
    write = pipeline.clean_corpus if engine == "memory" else pipeline.write_corpus
    write(texts=first, out_dir=out, config=config)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(emit, "write_staged", _failing_on(failing, emit.write_staged))
    with pytest.raises(OSError):
        write(texts=second, out_dir=out, config=config)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("failing", ["passages.jsonl", "removed.jsonl", "report.json"])
def test_the_dask_engine_joins_its_parts_all_or_none(tmp_path, monkeypatch, failing):
    # The Dask workers write numbered parts; joining them into the contract files on a full
    # disk must not leave a new passages.jsonl beside an earlier run's audit.
    from pipeline.executors.dask import write_whole

    out = tmp_path / "out"
    (out / "parts").mkdir(parents=True)
    for q in range(2):
        (out / "parts" / f"passages-{q:05d}.jsonl").write_text(f'{{"passage": {q}}}\n')
        (out / "parts" / f"removed-{q:05d}.jsonl").write_text(f'{{"removal": {q}}}\n')
    for name in ("passages.jsonl", "removed.jsonl", "report.json"):
        (out / name).write_text(f"earlier {name}\n")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def full(real):
        def fail(path, *args):
            if path.name == failing:
                raise OSError(28, "No space left on device")
            return real(path, *args)
        return fail

    monkeypatch.setattr(emit, "write_staged", full(emit.write_staged))
    monkeypatch.setattr(emit, "concatenate_staged", full(emit.concatenate_staged))
    with pytest.raises(OSError):
        write_whole(out, 2, {"run": "second"})
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # no temporary file left either
    monkeypatch.undo()
    write_whole(out, 2, {"run": "second"})
    assert (out / "passages.jsonl").read_text() == '{"passage": 0}\n{"passage": 1}\n'
    assert (out / "removed.jsonl").read_text() == '{"removal": 0}\n{"removal": 1}\n'
    assert '"second"' in (out / "report.json").read_text()
