"""Forked workers must not inherit a thread pool they then wait on.

numba's parallel dedup kernels and LightGBM share libgomp. A process that has run
either (a library user's second clean_corpus call, the evaluation loop, the
incremental executor re-judging) and then forks judging workers used to leave the
children blocked forever inside LightGBM's model loading. The check runs in a fresh
interpreter with a deadline, since a hang in this process would stall the suite."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import pipeline
    from pipeline.dedup import DedupSettings, cluster

    keys = [f"hip pain is common in runners and walkers alike, and rest helps most {i}" for i in range(50)]
    cluster(keys, DedupSettings.from_config(pipeline.load_config()))  # numba's OpenMP pool now exists; workers load the model
    texts = {f"d{n}.txt": "\\n".join(f"Line {n} {k} about knee pain after running and rest." for k in range(400))
             for n in range(3)}
    result = pipeline.clean_corpus(texts=texts, engine={"workers": 2, "chunk_size": 100})
    print(len(result.passages))
""")


def test_workers_forked_after_dedup_and_model_load_finish():
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "1200"
