"""The streaming executor's own parts (its output is compared with the others' in
test_equivalence.py)."""
from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest

from bench.corpus import generate, write
from pipeline import write_outputs
from pipeline.executors import memory, streaming

CONTRACT = ("passages.jsonl", "removed.jsonl", "report.json")


def both(inputs, tmp: Path, config: dict, texts=None) -> tuple[Path, Path]:
    result = memory.run([str(i) for i in inputs], texts, config=config)
    write_outputs(tmp / "memory", result.passages, result.removed, result.report)
    streaming.run([str(i) for i in inputs], texts, out_dir=tmp / "streamed", config=config)
    return tmp / "memory", tmp / "streamed"


def assert_identical(a: Path, b: Path) -> None:
    for name in CONTRACT:
        assert (b / name).read_bytes() == (a / name).read_bytes(), name
    assert sorted(p.name for p in b.iterdir()) == sorted(CONTRACT)  # the spill folder is gone


def test_word_shingles(tmp_path, config):
    """The word-shingle setting verifies pair by pair; it must not read back keys that were
    too short to be kept on disk."""
    write(generate(600, seed=5), tmp_path / "dumps", per_file=200)
    (tmp_path / "dumps" / "aa_short.txt").write_text("Knee pain.\nHip pain at night.\n", encoding="utf-8")
    cfg = copy.deepcopy(config)
    cfg["dedup"]["shingle"], cfg["dedup"]["shingle_size"] = "word", 2
    assert_identical(*both([tmp_path / "dumps"], tmp_path, cfg))


def test_texts_named_after_the_files_and_oversize_lines_everywhere(tmp_path, config):
    """In-memory texts are read first but sort after the files: removals set aside at
    ingest still come out in input order."""
    cfg = copy.deepcopy(config)
    cfg["ingest"]["max_paragraph_chars"] = 60
    long = "Knee pain " * 10
    (tmp_path / "a.txt").write_text(f"{long}\nShort knee note.\n{long}x\n", encoding="utf-8")
    texts = {"zz.txt": f"{long}\nShort knee note.\n", "b.txt": f"Short knee note.\n{long}\n"}
    mem, streamed = both([tmp_path / "a.txt"], tmp_path, cfg, texts)
    assert_identical(mem, streamed)
    assert (streamed / "removed.jsonl").read_text().count('"oversize"') == 4


def test_in_memory_texts_beside_files(tmp_path, config):
    (tmp_path / "a.txt").write_text("Hip pain is common.\nShare\n", encoding="utf-8")
    assert_identical(*both([tmp_path / "a.txt"], tmp_path, config, {"memo.txt": "Nap wisely.\nShare\n"}))


def test_no_readable_input(tmp_path, config):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_identical(*both([tmp_path / "empty.txt"], tmp_path, config))


def test_spilled_keys_read_back_and_refuse_unkept(tmp_path):
    writer = streaming.SpillWriter(str(tmp_path / "s"))
    at = [writer.add(t) for t in ("hip pain", "ünïcode knee \ud800")]
    writer.close()
    reader = streaming.SpillReader([str(tmp_path / "s")])
    keys = streaming.SpilledKeys(reader, np.zeros(3, dtype=np.int32), np.array([at[0][0], at[1][0], -1]),
                                 np.array([at[0][1], at[1][1], 0]), np.array([8, 15, 3]))
    assert [keys[0], keys[1]] == ["hip pain", "ünïcode knee \ud800"]
    assert len(keys) == 3
    with pytest.raises(KeyError):
        keys[2]
    reader.close()
