"""The Dask executor's own parts (its output is compared with the others' in test_equivalence.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from hypothesis import given, settings, strategies as st

from pipeline.dedup.lsh import candidate_pairs
from pipeline.executors.dask import SHIFT, band_pairs, components, partition_files

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_scheduler_needs_dask_engine(tmp_path):
    r = cli("run", str(SAMPLES), "--out", "x", "--scheduler", "tcp://127.0.0.1:1", cwd=tmp_path)
    assert r.returncode == 2 and "--engine dask" in r.stderr


def test_a_strict_run_that_skipped_an_input_leaves_the_last_outputs(tmp_path):
    dump = str(SAMPLES / "000_3cd6bc3242d14d99.txt")
    assert cli("run", dump, "--out", "o", "-q", cwd=tmp_path).returncode == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "o").iterdir() if p.is_file()}
    r = cli("run", dump, "typo.txt", "--out", "o", "--engine", "dask", "--strict", cwd=tmp_path)
    assert r.returncode == 1 and "left as it was" in r.stderr, r.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "o").iterdir() if p.is_file()} == before


def test_partitions_are_contiguous_runs_of_the_sorted_paths(tmp_path):
    paths = []
    for n, size in enumerate([5, 5, 12, 1, 1, 1, 30]):
        p = tmp_path / f"d{n}.txt"
        p.write_bytes(b"x" * size)
        paths.append(str(p))
    parts = partition_files(paths, 10)
    assert [q for part in parts for q in part] == paths
    assert [len(part) for part in parts] == [2, 1, 3, 1]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 60), st.integers(1, 4), st.integers(1, 5), st.integers(1, 6), st.integers(0, 2**31))
def test_band_shuffle_gives_the_local_candidate_pairs(n, bands, buckets, max_bucket, seed):
    """Entries hashed to any number of buckets give the same pairs as the one-machine search."""
    rng = np.random.default_rng(seed)
    band_keys = rng.integers(0, 4, size=(n, bands)).astype(np.uint64)
    # 0 = no prefix; a key prefix and that of a longer opening
    prefix = rng.integers(0, 3, size=(n, 2)).astype(np.uint64)
    i, j = candidate_pairs(band_keys, prefix, max_bucket)
    expected = set(zip(i.tolist(), j.tolist()))
    # orders as the Dask engine numbers paragraphs: increasing with input order
    orders = np.array([(k // 7) << SHIFT | (k % 7) for k in range(n)], dtype=np.int64)
    usable = [np.flatnonzero(prefix[:, level] != 0) for level in range(2)]
    entries = {
        "band": np.concatenate([np.tile(np.arange(bands), n)] + [np.full(u.size, -1 - level)
                                                                 for level, u in enumerate(usable)]).astype(np.int64),
        "hash": np.concatenate([band_keys.reshape(-1)] + [prefix[u, level] for level, u in enumerate(usable)]
                               ).astype(np.uint64),
        "order": np.concatenate([np.repeat(orders, bands)] + [orders[u] for u in usable]),
        "home": np.zeros(n * bands + sum(u.size for u in usable), np.int64),
        "row": np.concatenate([np.repeat(np.arange(n), bands)] + usable).astype(np.int64),
    }
    target = entries["hash"] % np.uint64(buckets)
    got = set()
    for b in range(buckets):
        sel = target == b
        out = band_pairs([{k: v[sel] for k, v in entries.items()}], max_bucket, 1)[0]
        got |= set(zip(out["i_row"].tolist(), out["j_row"].tolist()))
    assert got == expected


def test_components_join_every_chain():
    ends = [(np.array([1, 5], np.int64), np.array([2, 6], np.int64)), (np.array([2], np.int64), np.array([9], np.int64))]
    nodes, labels = components(ends)
    comp = dict(zip(nodes.tolist(), labels.tolist()))
    assert comp[1] == comp[2] == comp[9] != comp[5] == comp[6]
