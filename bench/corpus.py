"""A synthetic corpus with known duplicates, built from the samples' own sentences.

Originals are new paragraphs made of 3-7 real sentences drawn from the
samples, so they have the length and vocabulary of real health text; copies
are exact repeats or near copies with a few words edited.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sample_sentences() -> list[str]:
    out: list[str] = []
    for f in sorted(SAMPLES.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").split("\n"):
            for s in _SENTENCE.split(line.strip()):
                if 40 <= len(s) <= 400:
                    out.append(s)
    return sorted(set(out))


@dataclass
class Corpus:
    lines: list[str] = field(default_factory=list)
    copy_lines: set[int] = field(default_factory=set)  # 1-based lines that are copies of an earlier line


def _edit(text: str, rng: random.Random, share: float) -> str:
    words = text.split()
    for _ in range(max(1, int(len(words) * share))):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["often", "very", "may", "the", "pain", "muscle", "gently", "also"])
    return " ".join(words)


def generate(n: int, seed: int = 7, copy_share: float = 0.3) -> Corpus:
    rng = random.Random(seed)
    sentences = sample_sentences()
    corpus = Corpus()
    originals: list[str] = []
    while len(corpus.lines) < n:
        if originals and rng.random() < copy_share:
            source = rng.choice(originals)
            line = source if rng.random() < 0.5 else _edit(source, rng, 0.05)
            corpus.copy_lines.add(len(corpus.lines) + 1)
        else:
            line = " ".join(rng.sample(sentences, rng.randint(3, 7)))
            originals.append(line)
        corpus.lines.append(line)
    return corpus
