"""A synthetic corpus with known duplicate groups, built from the samples' own sentences.

Originals are new paragraphs of 3-7 sentences made from the sentences of the
samples' content paragraphs: most sentences are spliced from the opening of one
real sentence and the close of another at a clause boundary, and body parts and
numbers are varied, so originals have the length, grammar and vocabulary of
real health text without repeating each other's sentences (a pool of ~500
sentences reused whole would make unrelated originals partial copies). Copies of
an original come in every kind the near-duplicate stage must handle:

- ``exact``: the same line again;
- ``words``: 5-10% of the words replaced, dropped or inserted;
- ``sentence-dropped`` / ``sentence-added``: one sentence less or more;
- ``quotes``: curly quotes straightened (or straight ones curled);
- ``entities``: characters written as HTML entities, spaces as ``&nbsp;``;
- ``mojibake``: UTF-8 read as Windows-1252 (``don’t`` -> ``donâ€™t``);
- ``citations``: ``[12]`` marks added after sentences;
- ``truncated``: cut at 35-75% of its length with ``…`` or ``... Read more``;
- ``mixed``: a word edit plus one of the other kinds.

Each copy also records whether it states its original's numbers (``keeps_numbers``)
and which sentence it adds to it, if any (a ``sentence-added`` copy, or a ``mojibake``
copy of an original without non-ASCII characters, which gets "It’s common."): a passage
keeps one text, so of two copies adding different sentences only one can join it.

Hard negatives are families of paragraphs that share a template (an exercise
instruction opening and closing) around different whole sentences: they must
stay apart.
"""
from __future__ import annotations

import html
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.dedup.facts import FUNCTION_WORDS, VALUE_WORDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold" / "seed_lines_gold.jsonl"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_NUMBER = re.compile(r"\b\d{1,3}\b")
_CLAUSE = re.compile(r",\s+|\s+(?=(?:and|but|which|because|while|so|or|when|as|if)\s)")
BODY = ["hip", "knee", "back", "neck", "shoulder", "ankle", "wrist", "elbow", "spine", "thigh", "calf", "foot"]
_BODY = re.compile(r"\b(" + "|".join(BODY) + r")\b")
KINDS = ["exact", "words", "sentence-dropped", "sentence-added", "quotes", "entities", "mojibake",
         "citations", "truncated", "mixed"]
# Openings and closings shared by whole families of different paragraphs.
TEMPLATES = [
    ("How to: Start in a standing position with your feet hip-width apart and your arms by your sides.",
     "Do eight reps on each side, rest for thirty seconds, then repeat the whole set twice more."),
    ("Lie on your back on a mat with your knees bent and your feet flat on the floor, arms resting by your sides.",
     "Hold the position for five slow breaths, return to the start, and repeat ten times on each side."),
    ("Ask the expert: readers often write in to ask what they can do at home when their joints ache after exercise.",
     "As always, speak to a physiotherapist if the pain lasts longer than two weeks or wakes you at night."),
    ("Symptom checker: this condition is one of the most common reasons people see a doctor about joint pain.",
     "Your doctor will examine you, ask about your symptoms, and may suggest an X-ray or an MRI scan."),
    ("Quick tip from our physiotherapy team, based on what we see in clinic every week:",
     "Try it for two weeks and tell your physiotherapist at your next appointment how it went."),
    ("Kneel on all fours with your hands under your shoulders and your knees under your hips, back flat.",
     "Move slowly and smoothly, keep breathing, and stop if you feel any sharp or shooting pain."),
]


def content_sentences() -> list[str]:
    """Sentences of the samples' content paragraphs (per the seed gold labels)."""
    labels = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[(row["file"], row["line"])] = row["label"]
    out: set[str] = set()
    for f in sorted(SAMPLES.glob("*.txt")):
        for n, line in enumerate(f.read_text(encoding="utf-8").split("\n"), start=1):
            if labels.get((f.name, n)) != "content":
                continue
            for s in _SENTENCE.split(line.strip()):
                if 40 <= len(s) <= 400:
                    out.add(s)
    return sorted(out)


def distinct_sentences(sentences: list[str], limit: float = 0.3) -> list[str]:
    """Drop sentences close to an earlier one (character 5-gram Jaccard >= ``limit``):
    the samples hold near-repeats of some instructions, and two of those in one
    template would be real near copies, not negatives."""
    def grams(text: str) -> set[str]:
        key = re.sub(r"[\W_]+", " ", text.casefold()).strip()
        return {key[i : i + 5] for i in range(max(1, len(key) - 4))}

    kept: list[tuple[str, set[str]]] = []
    for sentence in sentences:
        g = grams(sentence)
        if all(len(g & other) / len(g | other) < limit for _, other in kept):
            kept.append((sentence, g))
    return [s for s, _ in kept]


_CITATION = re.compile(r"\[\d{1,3}\]")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
# How a truncated copy ends.
CUT_MARKERS = ("…", "... Read more", "… Read more", " […]")


def stated_numbers(text: str) -> list[str]:
    """The numbers a paragraph states: its digit runs in order, once entities are read as the
    characters they stand for and citation marks (``[12]``) are left out, then the values it
    writes as words (the near-duplicate rule's ``VALUE_WORDS``: "six", "december").

    >>> stated_numbers("Hold six times for 5 seconds[3], in June.")
    ['six', '5', 'june']
    """
    text = _CITATION.sub(" ", html.unescape(text))
    found = [(m.start(), m.group()) for m in _DIGITS.finditer(text)]
    found += [(m.start(), m.group().lower()) for m in _LETTERS.finditer(text) if m.group().lower() in VALUE_WORDS]
    return [value for _, value in sorted(found, key=lambda f: f[0])]


def _bare(word: str) -> str:
    return "".join(c for c in word.casefold() if c.isalnum())


def keeps_numbers(copy: str, original: str, cut: bool) -> bool:
    """Whether a copy states its original's numbers: the same digit runs, or, for a copy cut
    short, only digit runs of the original (the last one perhaps cut inside). By the
    near-duplicate issue's rule, a copy that does not is another paragraph's facts.

    >>> keeps_numbers("Hold for 5 seconds[3].", "Hold for 5 seconds.", False)
    True
    >>> keeps_numbers("Hold for 8 seconds.", "Hold for 5 seconds.", False)
    False
    >>> keeps_numbers("Do 12 reps, rest 9…", "Do 12 reps, rest 90 seconds.", True)
    True
    """
    runs = stated_numbers(copy)
    mine, theirs = Counter(runs), Counter(stated_numbers(original))
    if not cut:
        return mine == theirs
    extra = mine - theirs
    if not extra:
        return True
    if sum(extra.values()) > 1:
        return False
    return runs[-1] in extra and any(n.startswith(runs[-1]) for n in theirs - (mine - extra))


@dataclass
class Corpus:
    """Lines (one paragraph each) with the truth: group (the original's id) and kind."""

    lines: list[str] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    # per line: for a copy, whether it states its original's numbers (keeps_numbers); else None
    same_numbers: list[bool | None] = field(default_factory=list)
    # per line: the sentence a copy adds to its original (None when it adds none)
    added: list[str | None] = field(default_factory=list)
    # per line: whether a copy's word edits put a word in place of another, or add or drop one
    # that is not a function word ("not", "severe"): by the near-duplicate rule, another statement
    reworded: list[bool] = field(default_factory=list)

    COLUMNS = ("lines", "groups", "kinds", "same_numbers", "added", "reworded")

    def add(self, text: str, group: int, kind: str, same_numbers: bool | None = None,
            added: str | None = None, reworded: bool = False) -> None:
        self.lines.append(text)
        self.groups.append(group)
        self.kinds.append(kind)
        self.same_numbers.append(same_numbers)
        self.added.append(added)
        self.reworded.append(reworded)

    def truth(self, places: list[tuple[str, int]]) -> dict:
        """What ``truth.json`` holds: each line's place and its truth (see bench.measure.score)."""
        return {"places": places, "groups": self.groups, "kinds": self.kinds, "same_numbers": self.same_numbers,
                "added": self.added, "reworded": self.reworded}

    @property
    def megabytes(self) -> float:
        return sum(len(t.encode("utf-8")) + 1 for t in self.lines) / 1e6


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.sentences = content_sentences()
        self.vocabulary = sorted({w for s in self.sentences for w in s.split() if w.isalpha() and len(w) > 2})
        self.seen: set[str] = set()
        self.middles = distinct_sentences([s for s in self.sentences if len(s) <= 170])
        self.used_middles: set[tuple[int, int]] = set()
        # the sentence the last copy added to its original, if any
        self.added: str | None = None
        # whether the last copy's word edits reworded a statement (Corpus.reworded)
        self.reworded = False

    def vary(self, sentence: str) -> str:
        part = self.rng.choice(BODY)
        sentence = _BODY.sub(lambda m: part if self.rng.random() < 0.7 else m.group(0), sentence)
        return _NUMBER.sub(lambda m: str(self.rng.randint(2, 99)), sentence)

    def spliced(self) -> str:
        """A sentence: the opening of one sample sentence joined to the close of another."""
        first, second = self.rng.choice(self.sentences), self.rng.choice(self.sentences)
        cuts_a = [m.start() for m in _CLAUSE.finditer(first) if 15 < m.start() < len(first) - 10]
        cuts_b = [m.end() for m in _CLAUSE.finditer(second) if 10 < m.end() < len(second) - 15]
        if not cuts_a or not cuts_b:
            return first
        return first[: self.rng.choice(cuts_a)] + ", " + second[self.rng.choice(cuts_b):]

    def original(self) -> str:
        while True:  # originals never repeat one another
            text = " ".join(self.vary(self.spliced()) for _ in range(self.rng.randint(3, 7)))
            if text not in self.seen:
                self.seen.add(text)
                return text

    def edit_words(self, text: str) -> str:
        words = text.split()
        for _ in range(max(1, round(len(words) * self.rng.uniform(0.05, 0.10)))):
            i = self.rng.randrange(len(words))
            op = self.rng.random()
            if op < 0.6:
                word = self.rng.choice(self.vocabulary)
                self.reworded |= _bare(word) != _bare(words[i])
                words[i] = word
            elif op < 0.8 and len(words) > 5:
                self.reworded |= _bare(words[i]) not in FUNCTION_WORDS
                del words[i]
            else:
                word = self.rng.choice(self.vocabulary)
                self.reworded |= _bare(word) not in FUNCTION_WORDS
                words.insert(i, word)
        return " ".join(words)

    def copy(self, text: str, kind: str) -> str:
        """A copy of ``text`` of ``kind``; :attr:`added` says which sentence it added, if any."""
        self.added = None
        self.reworded = False
        return self._copy(text, kind)

    def _copy(self, text: str, kind: str) -> str:
        rng = self.rng
        sentences = _SENTENCE.split(text)
        if kind == "exact":
            return text
        if kind == "words":
            return self.edit_words(text)
        if kind == "sentence-dropped":
            if len(sentences) < 4:
                return self.edit_words(text)
            del sentences[rng.randrange(1, len(sentences))]
            return " ".join(sentences)
        if kind == "sentence-added":
            at = rng.randrange(len(sentences) + 1)
            self.added = self.vary(rng.choice(self.sentences))
            sentences.insert(at, self.added)
            return " ".join(sentences)
        if kind == "quotes":
            if any(c in text for c in "’‘“”"):
                return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            return text.replace("'", "’").replace('"', "“")
        if kind == "entities":
            return (text.replace("&", "&amp;").replace("’", "&#8217;").replace("“", "&ldquo;")
                    .replace("”", "&rdquo;").replace(". ", ".&nbsp; ", 2))
        if kind == "mojibake":
            if not any(ord(c) > 127 for c in text):
                if "'" in text:
                    text = text.replace("'", "’", 2)
                else:
                    self.added = "It’s common."
                    text = text.replace(" - ", " – ", 1) + " " + self.added
            return text.encode("utf-8").decode("cp1252", errors="replace")
        if kind == "citations":
            return " ".join(s + f"[{rng.randint(1, 120)}]" if rng.random() < 0.6 else s for s in sentences)
        if kind == "truncated":
            cut = text[: int(len(text) * rng.uniform(0.35, 0.75))].rsplit(" ", 1)[0]
            return cut + rng.choice(CUT_MARKERS)
        if kind == "mixed":
            return self._copy(self.edit_words(text), rng.choice(KINDS[1:-1]))
        raise ValueError(kind)

    def hard_negatives(self, family: int) -> list[str]:
        """Up to ``family`` paragraphs sharing one template, each around a different
        whole sample sentence. Middles are mutually distinct (no two closer than
        character 5-gram Jaccard 0.3) and a template never wraps one twice, so
        negatives are never near copies of each other; originals use spliced
        sentences only, so no original contains a middle either."""
        t = self.rng.randrange(len(TEMPLATES))
        head, tail = TEMPLATES[t]
        free = [m for m in range(len(self.middles)) if (t, m) not in self.used_middles]
        chosen = self.rng.sample(free, min(family, len(free)))
        self.used_middles.update((t, m) for m in chosen)
        return [f"{head} {self.middles[m]} {tail}" for m in chosen]


def generate(n: int, seed: int = 7, copy_share: float = 0.35, negative_share: float = 0.01) -> Corpus:
    """``n`` paragraphs: originals, copies of originals (every kind), hard-negative families."""
    gen = Generator(seed)
    rng = gen.rng
    corpus = Corpus()
    originals: list[tuple[int, str]] = []
    group = 0
    while len(corpus.lines) < n:
        roll = rng.random()
        if originals and roll < copy_share:
            gid, text = rng.choice(originals)
            kind = rng.choice(KINDS)
            copy = gen.copy(text, kind)
            cut = copy.endswith(CUT_MARKERS)  # cut short, alone or in a mixed copy
            corpus.add(copy, gid, kind, keeps_numbers(copy, text, cut), gen.added, gen.reworded)
        elif roll < copy_share + negative_share:
            for text in gen.hard_negatives(rng.randint(2, 5)):
                corpus.add(text, group, "hard-negative")
                group += 1
        else:
            text = gen.original()
            originals.append((group, text))
            corpus.add(text, group, "original")
            group += 1
    for name in Corpus.COLUMNS:
        setattr(corpus, name, getattr(corpus, name)[:n])
    # A copy may come before its original (a teaser seen before the full article).
    order = list(range(len(corpus.lines)))
    for _ in range(len(order) // 50):
        a, b = rng.randrange(len(order)), rng.randrange(len(order))
        order[a], order[b] = order[b], order[a]
    for name in Corpus.COLUMNS:
        values = getattr(corpus, name)
        setattr(corpus, name, [values[i] for i in order])
    return corpus


def write(corpus: Corpus, folder: Path, per_file: int = 10000) -> list[tuple[str, int]]:
    """Write the corpus as dumps of ``per_file`` lines; return (path, line) for each paragraph."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("dump_*.txt"):
        old.unlink()
    places = []
    for start in range(0, len(corpus.lines), per_file):
        path = folder / f"dump_{start // per_file:05d}.txt"
        chunk = corpus.lines[start : start + per_file]
        path.write_text("\n".join(chunk) + "\n", encoding="utf-8")
        places.extend((path.as_posix(), i + 1) for i in range(len(chunk)))
    return places
