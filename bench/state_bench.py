"""Incremental-run cost against the state: a 10,000-paragraph dump against an empty
state and against a state already holding N passages.

The big state is built fast: N generated keys (random word sequences, the length of
real paragraphs) are bulk-inserted with their band and prefix hashes and exact-key
rows via executemany, not by running the pipeline.

    python -m bench.state_bench [--stored 1000000] [--paragraphs 10000] [--work DIR]
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from pipeline.config import load_config
from pipeline.dedup import DedupSettings, NearDuplicateIndex, passage_id
from pipeline.executors.incremental import run as run_batch
from pipeline.state import CorpusState, key_hash

from .corpus import generate, write


def build_state(path: Path, n: int, settings: DedupSettings, chunk: int = 50000, seed: int = 5) -> float:
    rng = random.Random(seed)
    vocab = [f"w{i}{chr(97 + i % 26)}" for i in range(20000)]
    started = time.perf_counter()
    state = CorpusState(path)
    state.db.execute("PRAGMA synchronous=OFF")  # a throwaway bench state: speed over durability
    state.begin()
    state.check_settings(settings)
    state.add_batch(1, "batch-000001", "bench", {})
    db = state.db
    seq = 0
    for start in range(0, n, chunk):
        keys = [" ".join(rng.choices(vocab, k=rng.randint(40, 90))) for _ in range(min(chunk, n - start))]
        index = NearDuplicateIndex(keys, settings)
        bands = index.band_keys.view(np.int64)
        prefixes = index.prefix_keys.tolist()
        rows, band_rows, key_rows, occ_rows = [], [], [], []
        for k, key in enumerate(keys):
            seq += 1
            src = f'{{"path":"stored/dump_{seq // 10000:05d}.txt","line":{seq % 10000 + 1},"start":0,"end":1}}'
            rows.append((seq, passage_id(key), key, key, src, f"stored/dump_{seq // 10000:05d}.txt",
                         seq % 10000 + 1, 0, prefixes[k] or None, 1))
            band_rows.extend((b, int(h), seq) for b, h in enumerate(bands[k]))
            key_rows.append((key_hash(key), seq, "canonical", 1.0))
            occ_rows.append((seq, 1, 1, f"stored/dump_{seq // 10000:05d}.txt", seq % 10000 + 1, 0, src,
                             "canonical", 1.0, key_rows[-1][0]))
        db.executemany("INSERT INTO passages (seq, id, key, text, source, src_path, src_line, src_element, prefix, "
                       "batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT OR IGNORE INTO bands (band, hash, passage) VALUES (?, ?, ?)", band_rows)
        db.executemany("INSERT INTO keys (hash, passage, match, similarity) VALUES (?, ?, ?, ?)", key_rows)
        db.executemany("INSERT INTO occurrences (passage, batch, canonical, path, line, element, source, match, "
                       "similarity, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", occ_rows)
        # One transaction per chunk keeps the write-ahead log small.
        state.commit()
        state.begin()
        print(f"  stored {seq} passages ({time.perf_counter() - started:.0f} s)", flush=True)
    state.commit()
    state.db.execute("ANALYZE")
    state.close()
    return time.perf_counter() - started


def timed_run(dump: Path, state: Path, corpus: Path, config: dict) -> tuple[float, int]:
    started = time.perf_counter()
    outcome = run_batch([str(dump)], state_path=state, corpus_dir=corpus, config=config)
    return time.perf_counter() - started, outcome.report["counts"]["passages_kept"]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stored", type=int, default=1_000_000)
    ap.add_argument("--paragraphs", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args(argv)
    config = load_config()
    settings = DedupSettings.from_config(config)
    work = args.work or Path(tempfile.mkdtemp(prefix="state_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    dump_dir = work / "new"
    write(generate(args.paragraphs, seed=23), dump_dir, per_file=args.paragraphs)
    dump = next(dump_dir.glob("dump_*.txt"))
    # warm-up (numba compilation, imports) on a throwaway state
    timed_run(dump, work / "warm.db", work / "warm", config)

    for f in ("empty.db", "empty.db-wal", "empty.db-shm", "big.db", "big.db-wal", "big.db-shm"):
        (work / f).unlink(missing_ok=True)
    shutil.rmtree(work / "c_empty", ignore_errors=True)
    shutil.rmtree(work / "c_big", ignore_errors=True)
    empty_s, kept_empty = timed_run(dump, work / "empty.db", work / "c_empty", config)
    print(f"{args.paragraphs} paragraphs, empty state: {empty_s:.2f} s ({kept_empty} passages kept)", flush=True)
    build_s = build_state(work / "big.db", args.stored, settings)
    size_mb = (work / "big.db").stat().st_size / 1e6
    print(f"built a state of {args.stored} passages in {build_s:.1f} s ({size_mb:.0f} MB)", flush=True)
    big_s, kept_big = timed_run(dump, work / "big.db", work / "c_big", config)
    print(f"{args.paragraphs} paragraphs, state with {args.stored} passages: {big_s:.2f} s "
          f"({kept_big} passages kept)", flush=True)
    return {"empty_s": empty_s, "stored": args.stored, "stored_s": big_s, "build_s": build_s}


if __name__ == "__main__":
    main()
