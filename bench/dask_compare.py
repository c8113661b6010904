"""The Dask engine against the local engine on a bench corpus: same bytes, wall times.

    python -m bench.dask_compare [--paragraphs 200000] [--seed 7] [--partition-mb 16] [--workers 0]

Generates the corpus (bench/corpus.py), runs `clean-corpus run` with each engine
in its own process (wall time includes starting the local Dask cluster), checks
that passages.jsonl, removed.jsonl and report.json are byte-identical, and prints
the Dask engine's worker-seconds per step and bytes exchanged, the per-partition
figures the README's scaling estimate is built from. Figures go to a JSON file.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .corpus import generate, write

CONTRACT = ("passages.jsonl", "removed.jsonl", "report.json")

_DASK_TIMED = """
import json, sys
from pipeline.config import load_config, load_operational
from pipeline.executors.dask import run as run_dask
if __name__ == "__main__":
    t = {}
    run_dask([sys.argv[1]], sys.argv[2], config=load_config(), timings=t,
             dask_config={**load_operational("dask"), "partition_mb": float(sys.argv[3]), "workers": int(sys.argv[4])})
    print(json.dumps(t))
"""


def _timed(cmd: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, out.stdout


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--partition-mb", type=float, default=16.0)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--workdir", default="build/bench-dask")
    ap.add_argument("--json", default="build/bench-dask.json")
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    corpus = generate(args.paragraphs, args.seed)
    write(corpus, work / "dumps")
    print(f"corpus: {len(corpus.lines)} paragraphs, {corpus.megabytes:.1f} MB", flush=True)
    local_s, _ = _timed([sys.executable, "-m", "pipeline", "run", str(work / "dumps"), "--out", str(work / "local"),
                         "--quiet"])
    print(f"local engine: {local_s:.1f} s", flush=True)
    script = work / "dask_timed.py"
    script.write_text(_DASK_TIMED, encoding="utf-8")
    dask_s, stdout = _timed([sys.executable, str(script), str(work / "dumps"), str(work / "dask"),
                             str(args.partition_mb), str(args.workers)])
    steps = json.loads(stdout.strip().splitlines()[-1])
    identical = {name: (work / "local" / name).read_bytes() == (work / "dask" / name).read_bytes()
                 for name in CONTRACT}
    partitions = len(list((work / "dask" / "parts").glob("passages-*.jsonl")))
    print(f"dask engine: {dask_s:.1f} s ({dask_s / local_s:.2f}x the local engine), {partitions} partitions, "
          f"{args.workers or os.cpu_count()} workers")
    print("identical: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in identical.items()))
    print(f"exchanged between tasks (Dask's size estimate of the pieces): {steps['exchanged_bytes'] / 1e6:.0f} MB; "
          f"peak memory per worker: {steps['worker_peak_mb']} MB")
    for name, sec in steps["worker_seconds"].items():
        print(f"  {name:20} {sec:8.2f} worker-s  ({sec / max(partitions, 1):.2f} per partition)")
    figures = {"paragraphs": len(corpus.lines), "megabytes": round(corpus.megabytes, 2), "partitions": partitions,
               "partition_mb": args.partition_mb, "local_seconds": round(local_s, 2),
               "dask_seconds": round(dask_s, 2), "ratio": round(dask_s / local_s, 3), "identical": identical,
               "steps": steps}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2))
    if not all(identical.values()):
        sys.exit(1)
    return figures


if __name__ == "__main__":
    main()
