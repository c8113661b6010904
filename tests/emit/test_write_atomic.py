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
