"""The bounded-memory engine writes, byte for byte, what the in-memory local engine writes."""
from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bench.corpus import generate, write
from pipeline import write_outputs
from pipeline.engines import local, streaming

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CONTRACT = ("passages.jsonl", "removed.jsonl", "report.json")


def both(inputs, tmp: Path, config: dict, texts=None) -> tuple[Path, Path]:
    result = local.run([str(i) for i in inputs], texts, config=config)
    write_outputs(tmp / "memory", result.passages, result.removed, result.report)
    streaming.run_to_folder([str(i) for i in inputs], texts, out_dir=tmp / "streamed", config=config)
    return tmp / "memory", tmp / "streamed"


def assert_identical(a: Path, b: Path) -> None:
    for name in CONTRACT:
        assert (b / name).read_bytes() == (a / name).read_bytes(), name
    # the spill folder is gone
    assert sorted(p.name for p in b.iterdir()) == sorted(CONTRACT)


@pytest.fixture
def pooled(monkeypatch, config):
    """Chunks of 200 paragraphs on two worker processes, however small the input."""
    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)
    cfg = copy.deepcopy(config)
    cfg["engine"]["workers"] = 2
    cfg["engine"]["stream_chunk_size"] = 200
    return cfg


def test_samples(tmp_path, config):
    assert_identical(*both([SAMPLES], tmp_path, config))


def test_generated_corpus_on_worker_processes(tmp_path, pooled):
    """Every kind of near copy, truncations and template look-alikes over six dumps, cut
    into chunks that land on two workers: chunk boundaries and the order results come
    back in must not show in the output."""
    write(generate(3000, seed=23), tmp_path / "dumps", per_file=500)
    memory, streamed = both([tmp_path / "dumps"], tmp_path, pooled)
    assert_identical(memory, streamed)
    report = json.loads((streamed / "report.json").read_text())
    assert report["counts"]["duplicates"]["near"] > 100 and report["counts"]["duplicates"]["truncated"] > 10


def test_word_shingles(tmp_path, config):
    """The word-shingle setting verifies pair by pair; it must not read back keys that were
    too short to be kept on disk."""
    write(generate(600, seed=5), tmp_path / "dumps", per_file=200)
    (tmp_path / "dumps" / "aa_short.txt").write_text("Knee pain.\nHip pain at night.\n", encoding="utf-8")
    cfg = copy.deepcopy(config)
    cfg["dedup"]["shingle"], cfg["dedup"]["shingle_size"] = "word", 2
    assert_identical(*both([tmp_path / "dumps"], tmp_path, cfg))


def test_mixed_inputs_bad_files_and_texts(tmp_path, pooled):
    """HTML pages, JSON Lines with a bad record and a lone surrogate, gzip, an oversize
    line, a binary file and in-memory texts, together."""
    from tests.ingest.test_mixed_inputs import make_corpus

    corpus = tmp_path / "in"
    corpus.mkdir()
    make_corpus(corpus)
    record = {"url": "https://h.org/c", "text": "A lone \ud800 surrogate in a record about knee pain."}
    with open(corpus / "odd.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    (corpus / "z.txt.gz").write_bytes(gzip.compress(
        ("Runner's knee often follows a sudden rise in weekly mileage.\n" + "x" * 300 + "\n×\n").encode()))
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    pooled["ingest"]["max_paragraph_chars"] = 250
    texts = {"memo.txt": "Nap wisely.\nShort nights raise blood pressure.\n"}
    assert_identical(*both([corpus], tmp_path, pooled, texts))


def test_texts_named_after_the_files_and_oversize_lines_everywhere(tmp_path, config):
    """In-memory texts are read first but sort after the files: removals set aside at
    ingest still come out in input order."""
    cfg = copy.deepcopy(config)
    cfg["ingest"]["max_paragraph_chars"] = 60
    long = "Knee pain " * 10
    (tmp_path / "a.txt").write_text(f"{long}\nShort knee note.\n{long}x\n", encoding="utf-8")
    texts = {"zz.txt": f"{long}\nShort knee note.\n", "b.txt": f"Short knee note.\n{long}\n"}
    memory, streamed = both([tmp_path / "a.txt"], tmp_path, cfg, texts)
    assert_identical(memory, streamed)
    assert (streamed / "removed.jsonl").read_text().count('"oversize"') == 4


def test_no_readable_input(tmp_path, config):
    (tmp_path / "empty.txt").write_bytes(b"")
    memory, streamed = both([tmp_path / "empty.txt"], tmp_path, config)
    assert_identical(memory, streamed)


LINES = [
    "Gentle hip stretches every morning ease stiffness in the joint over a few weeks.",
    "Gentle hip stretches every morning ease stiffness in the joint over several weeks.",
    "Gentle hip stretches every morning ease stiffness in the joint",
    "Accept all cookies",
    "×",
    "Subscribe to our newsletter for weekly health tips.",
    "Lower back pain often improves with short walks and light core work.",
    "LOWER back pain often improves with short walks, and light core work!",
    "See a doctor if numbness14 spreads down the leg [12].",
    "Share",
    "",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(LINES), max_size=25), min_size=1, max_size=4))
def test_any_small_corpus(tmp_path_factory, config, dumps):
    """Whatever mix of copies, boilerplate, empties and repeats across dumps."""
    tmp = tmp_path_factory.mktemp("corpus")
    for n, lines in enumerate(dumps):
        (tmp / f"d{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cfg = copy.deepcopy(config)
    cfg["dedup"]["min_chars_near"] = 20  # the short lines take part in the near-duplicate search
    assert_identical(*both([tmp / f"d{n}.txt" for n in range(len(dumps))], tmp, cfg))


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
