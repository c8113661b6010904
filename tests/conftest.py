from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD_LINES = ROOT / "tests" / "gold" / "seed_lines_gold.jsonl"
GOLD = ROOT / "tests" / "gold" / "seed_gold.jsonl"


@pytest.fixture(scope="session")
def config() -> dict:
    return load_config()


@pytest.fixture(scope="session")
def gold_lines() -> list[dict]:
    return [json.loads(line) for line in GOLD_LINES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def sample_lines() -> dict[tuple[str, int], str]:
    """Every non-blank line of the samples, stripped, keyed by (file name, 1-based line)."""
    out = {}
    for f in sorted(SAMPLES.glob("*.txt")):
        for n, line in enumerate(f.read_text(encoding="utf-8").split("\n"), start=1):
            if line.strip():
                out[(f.name, n)] = line.strip()
    return out


@pytest.fixture(scope="session")
def samples_run(tmp_path_factory, config):
    """One pipeline run over the samples, written to disk."""
    from pipeline import clean_corpus

    out = tmp_path_factory.mktemp("samples_run")
    result = clean_corpus([str(SAMPLES)], config=config, out_dir=out)
    return result, out
