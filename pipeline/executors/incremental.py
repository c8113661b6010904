"""The incremental batch engine: new dumps against a persistent state.

One run, all in one SQLite write transaction:

1. take the state's write lock (``BEGIN IMMEDIATE``; waits ``[state] lock_timeout``);
2. check the dedup settings against the state's (or rebuild its lookups);
3. remove batch folders under CORPUS that the manifest does not know (left by a
   crash between renaming the folder into place and committing);
4. hash every input dump; skip those already processed (same path and content,
   or the same content under another name);
5. ingest the new dumps and run the steps on them as every executor does, then
   deduplicate their paragraphs against the state (:func:`dedup_against_state`);
6. record passages, keys, band hashes, occurrences and the manifest in the
   transaction, write the batch folder under a temporary name, fsync it, rename
   it into place, and commit.

A crash before the commit leaves the state as it was (SQLite rolls back) and at
most an unknown batch folder, removed by the next run, so rerunning gives the
same result as an uninterrupted run.

``CLEAN_CORPUS_TEST_PAUSE=<point>`` (tests only) prints ``PAUSE <point>`` on
stderr and sleeps at that point (``after-lock``, ``after-batch-write``,
``before-commit``), so a test can kill the process there.
"""
from __future__ import annotations

import errno
import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path


from typing import Mapping

import numpy as np

from ..boilerplate import CrossDumpRepeats
from ..boilerplate import key_hash as repeat_hash
from ..boilerplate import repeat_key, short_key, signals
from ..config import config_hash
from ..dedup import DedupSettings, NearDuplicateIndex, cluster, distinct_keys, passage_id, rescore, text_facts
from ..emit import PASSAGES, REMOVED, write_atomic, write_outputs
from ..emit import json_line
from ..emit.parquet import check_format, write_format
from ..emit.records import duplicate_removal, occurrence_order
from ..ingest import IngestResult, discover_inputs, ingest_file
from ..ingest.sources import max_file_bytes
from ..model import Occurrence, Paragraph, Passage, Removal, SourceProblem, blocking, valid_utf8
from ..result import CorpusResult
from ..state import CorpusOwned, CorpusState, SettingsMismatch, StateError, key_hash
from ..steps import Batch, Outcome, Step, build_steps
from .common import (engine_settings, finish_report, in_read_order, input_order, prepare, settle, split_outcomes,
                     with_texts)


def pause_point(name: str) -> None:
    """Test hook: stop here for a while when CLEAN_CORPUS_TEST_PAUSE names this point."""
    if os.environ.get("CLEAN_CORPUS_TEST_PAUSE") == name:
        print(f"PAUSE {name}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get("CLEAN_CORPUS_TEST_PAUSE_SECONDS", "60")))


class _HashingReader:
    """A binary file read through: every byte read is added to ``sha`` and counted, so that
    decompressing a file and hashing its bytes take one read of it."""

    def __init__(self, fh):
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def read(self, n: int = -1) -> bytes:
        block = self.fh.read(n)
        self.sha.update(block)
        self.size += len(block)
        return block

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


def file_sha256(path: str, max_content: int | None = None) -> tuple[int, str, str]:
    """The file's size, the SHA-256 of its content, and that of its bytes. A gzipped dump's
    content is what it decompresses to, so that ``day1.txt`` and ``day1.txt.gz`` are one dump
    (states written before knew a gzipped dump by its bytes: the caller looks both up).
    A gzip stream the reader cannot finish, or that holds more than ``max_content`` bytes
    (ingest refuses it as oversize: a small file can hold gigabytes), gives its bytes' hash for
    both."""
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
        fh.seek(0)
        raw = _HashingReader(fh)
        content = None
        if gzipped:
            content = hashlib.sha256()
            unpacked_size = 0
            try:
                with gzip.GzipFile(fileobj=raw) as unpacked:
                    for block in iter(lambda: unpacked.read(1 << 20), b""):
                        content.update(block)
                        unpacked_size += len(block)
                        if max_content and unpacked_size > max_content:
                            raise EOFError("past the size ingest reads")
            except (OSError, EOFError, zlib.error):
                content = None
        raw.drain()  # what the decompressor left unread (all of a file that is no gzip)
    of_bytes = raw.sha.hexdigest()
    return raw.size, content.hexdigest() if content is not None else of_bytes, of_bytes


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class StateDedup:
    passages: list[Passage]
    removed: list[Removal]  # removals of the batch's own paragraphs (not of reopened ones)
    counts: dict[str, int]
    # stored passages a complete version superseded: reopen them and call again
    # (nothing was recorded)
    superseded: list[int] = field(default_factory=list)
    # Reopened paragraphs are known by identity (``id``): a dump changed in place and read again
    # gives new paragraphs at the same places (path, line) as the stored ones reopened with them.
    placed: dict[int, str] = field(default_factory=dict)  # reopened paragraph -> its passage id now
    rebuilt: set[str] = field(default_factory=set)  # passages whose canonical paragraph is a reopened one


def dedup_against_state(paragraphs: list[Paragraph], settings: DedupSettings, state: CorpusState,
                        batch_id: int, *, reopened: Mapping[int, tuple[int, str | None]] | None = None,
                        short_words: int = 0, keep_stored: frozenset[int] = frozenset(),
                        if_repeated: Mapping[tuple, str] | None = None) -> StateDedup:
    """Deduplicate a batch's kept paragraphs (normalised, in input order) against the
    stored passages and each other, and record the outcome in ``state``.

    Exact keys already stored are attributed at once (as the member they match). The
    remaining distinct keys are clustered after the stored passages that are
    candidates for any of them (same band or key prefix), which come first as fixed
    leaders: a group led by a stored passage gives new occurrences of it, the other
    groups are new passages. When a new paragraph is the complete version of a
    stored truncated passage (not in ``keep_stored``), nothing is recorded and the
    passage is returned in ``superseded``: the caller reopens it and calls again
    with its paragraphs among ``paragraphs`` (``reopened`` maps each of them, by ``id``,
    to the batch that first saw it and its stored outcome had its key been in enough dumps).
    Paragraphs of at most ``short_words`` words keep their text in the state, and that
    outcome (a batch's own in ``if_repeated``, by source key: :func:`stored_outcome`), so a
    later batch can decide them again."""
    reopened = reopened or {}
    if_repeated = if_repeated or {}
    keys, distinct, copies = distinct_keys(paragraphs)
    hashes = [key_hash(k) for k in keys]
    hits = state.lookup_keys(hashes)

    counts = {"exact": 0, "near": 0, "truncated": 0}
    removed: list[Removal] = []
    placed: dict[int, str] = {}
    rebuilt: set[str] = set()
    stored_occ: dict[int, list[tuple]] = {}

    def occurrence(p: Paragraph, d: int, match: str, sim: float) -> tuple:
        short = len(signals.words(p.text)) <= short_words
        first, again = reopened[id(p)] if id(p) in reopened else (batch_id, if_repeated.get(p.source.key))
        return (Occurrence(p.source, match, sim), first, hashes[d],
                p.raw if short else None, p.text if short else None,
                again if short else None, key_hash(repeat_key(p.text)) if short else None)

    def copy_of(pid: str, p: Paragraph, match: str, sim: float) -> None:
        if id(p) in reopened:
            placed[id(p)] = pid
            return
        removed.append(duplicate_removal(p.source, p.raw, p.text, match, pid, sim))
        counts[match] += 1

    def add_stored_occurrence(seq: int, pid: str, p: Paragraph, d: int, match: str, sim: float) -> None:
        """A new occurrence of the stored passage ``seq``."""
        stored_occ.setdefault(seq, []).append(occurrence(p, d, match, sim))
        copy_of(pid, p, match, sim)

    rest: list[int] = []  # positions in `keys` not stored yet
    for d, h in enumerate(hashes):
        hit = hits.get(h)
        if hit is None:
            rest.append(d)
            continue
        seq, pid, match, sim = hit
        if match == "canonical":
            match, sim = "exact", 1.0
        for pos in [distinct[d]] + copies[d]:
            add_stored_occurrence(seq, pid, paragraphs[pos], d, match, sim)

    rest_keys = [keys[d] for d in rest]
    eligible = [n for n, k in enumerate(rest_keys) if settings.searched(len(k))]
    row_of = {n: r for r, n in enumerate(eligible)}
    index = NearDuplicateIndex([rest_keys[n] for n in eligible], settings) if eligible else None
    stored = state.candidates(index.band_keys, index.prefix_keys) if index is not None else []
    fixed = len(stored)
    all_keys = [s.key for s in stored] + rest_keys
    groups = cluster(all_keys, settings, fixed=fixed,
                     facts_of=lambda n: text_facts(stored[n].text if n < fixed
                                                 else paragraphs[distinct[rest[n - fixed]]].text))
    superseded = sorted({stored[g.representative].seq for g in groups
                         if g.superseded and stored[g.representative].seq not in keep_stored})
    if superseded:
        return StateDedup([], [], counts, superseded=superseded)

    new_passages: list[tuple[Passage, list[tuple], int]] = []  # passage, occurrence rows, rep index
    new_keys: list[tuple[bytes, int, str, float, str | None]] = []
    for group in groups:
        if group.representative < fixed:
            s = stored[group.representative]
            for m in group.members[1:]:
                d = rest[m.index - fixed]
                new_keys.append((hashes[d], s.seq, m.match, m.similarity, paragraphs[distinct[d]].text))
                for pos in [distinct[d]] + copies[d]:
                    add_stored_occurrence(s.seq, s.id, paragraphs[pos], d, m.match, m.similarity)
            continue
        if group.swapped:
            rescore(group, all_keys, settings)
        rep_d = rest[group.representative - fixed]
        canonical = paragraphs[distinct[rep_d]]
        pid = passage_id(keys[rep_d])
        members: list[tuple[Paragraph, int, str, float]] = []
        for m in group.members:
            d = rest[m.index - fixed]
            same_key = m.index == group.representative
            match = "canonical" if same_key else m.match
            members.append((paragraphs[distinct[d]], d, match, 1.0 if same_key else m.similarity))
            for pos in copies[d]:
                members.append((paragraphs[pos], d, "exact" if same_key else match,
                                1.0 if same_key else m.similarity))
        members.sort(key=lambda item: occurrence_order(item[2], item[0].source))
        rows = [occurrence(p, d, match, sim) for p, d, match, sim in members]
        passage = Passage(pid, canonical.text, canonical.source, tuple(r[0] for r in rows))
        new_passages.append((passage, rows, group.representative))
        if id(canonical) in reopened:
            placed[id(canonical)] = pid
            rebuilt.add(pid)
        for p, _, match, sim in members[1:]:
            copy_of(pid, p, match, sim)
    new_passages.sort(key=lambda item: item[0].source.key)

    by_pid: dict[str, int] = {}
    for passage, rows, rep_index in new_passages:
        rest_pos = rep_index - fixed
        row = row_of.get(rest_pos)
        bands = index.band_keys[row] if row is not None else None
        prefix = int(index.prefix_keys[row]) if row is not None else 0
        seq = state.add_passage(passage, rest_keys[rest_pos], batch_id, bands, prefix)
        by_pid[passage.id] = seq
        state.add_occurrences(seq, rows)
    for group in groups:
        if group.representative < fixed:
            continue
        rep_d = rest[group.representative - fixed]
        seq = by_pid[passage_id(keys[rep_d])]
        for m in group.members:
            d = rest[m.index - fixed]
            if m.index == group.representative:
                new_keys.append((hashes[d], seq, "canonical", 1.0, None))
            else:
                new_keys.append((hashes[d], seq, m.match, m.similarity, paragraphs[distinct[d]].text))
    state.add_keys(new_keys)
    for seq, rows in stored_occ.items():
        state.add_occurrences(seq, rows)
    return StateDedup([p for p, _, _ in new_passages], removed, counts, placed=placed, rebuilt=rebuilt)


OWNER = ".state"  # in a corpus folder: the state that writes its batches
PENDING = ".uncommitted"  # in a batch folder from its writing until the state's commit (then removed)


def claim_corpus(corpus: Path, state_path: str | Path, known: set[str], prefix: str) -> None:
    """Make sure the corpus folder is this state's: it names its state in :data:`OWNER`,
    written on first use. Another state's folder is refused, and so is a folder that
    already holds batches this state did not write, but for those still marked
    :data:`PENDING` (put in place by a run killed before its commit). Without that, a
    mistyped --state, or a state file lost, emptied or put back from an older copy, would
    take the batches for leftovers and delete them. The marker is written with the first
    batch (:func:`mark_corpus`): a run that writes none (no input could be read) leaves the
    folder to any state."""
    mine = str(Path(state_path).resolve())
    marker = corpus / OWNER
    if marker.is_file():
        named = marker.read_text(encoding="utf-8", errors="replace").splitlines()  # damaged: a stranger's
        if mine not in _places(corpus, named):
            raise CorpusOwned(f"corpus folder {corpus} belongs to the state {named[0] if named else '?'}, not "
                              f"{mine}; give that state, or another corpus folder")
    pattern = re.compile(rf"^{re.escape(prefix)}\d+$")
    # A folder still marked PENDING was put in place by a run killed before its commit: a
    # leftover whatever the state (the first batch of a new state, too), never a batch.
    strangers = sorted(c.name for c in corpus.iterdir() if c.is_dir() and pattern.match(c.name)
                       and c.name not in known and not (c / PENDING).is_file()) \
        if corpus.is_dir() else []
    if strangers:
        raise CorpusOwned(f"corpus folder {corpus} holds batches the state {mine} did not write "
                          f"({', '.join(strangers[:3])}{', ...' if len(strangers) > 3 else ''}); "
                          "give the state that wrote them (a state put back from an older copy lacks its "
                          "latest batches), or another corpus folder")


def _places(base: Path, named: list[str]) -> set[str]:
    """Where the paths a marker names lead: each line, absolute or relative to ``base`` (a
    state and its corpus moved together keep their relative path, one moved alone its
    absolute one)."""
    places = set()
    for line in named:
        try:
            places.add(str(Path(line) if Path(line).is_absolute() else (base.resolve() / line).resolve()))
        except (ValueError, OSError):  # a damaged marker (a NUL byte, a loop of links): it names no place
            continue
    return places


def _both_ways(path: Path, base: Path) -> list[str]:
    """``path`` absolute, then relative to ``base``."""
    absolute = path.resolve()
    return [str(absolute), os.path.relpath(absolute, base.resolve())]


def mark_corpus(corpus: Path, state_path: str | Path) -> None:
    """Name the state in the corpus folder's :data:`OWNER` marker: its absolute path and
    its path from the folder (rewritten when the two moved)."""
    lines = _both_ways(Path(state_path), corpus)
    marker = corpus / OWNER
    if not marker.is_file() or marker.read_text(encoding="utf-8", errors="replace").splitlines() != lines:
        write_atomic(marker, lines)


CORPUS_META = "corpus_folder"  # in the state: the folder its batches go to (absolute, then from the state's)


def check_corpus_folder(state: CorpusState, state_path: str | Path, corpus: Path) -> None:
    """Refuse a corpus folder other than the one the state's batches went to while that one
    is still there: a mistyped --out would start a second corpus, the batches split between
    the two. A folder found at neither recorded place (moved or renamed) is taken."""
    try:
        named = json.loads(state.meta(CORPUS_META) or "[]")
    except ValueError:  # a damaged value records no folder (the next batch records it again)
        named = []
    places = _places(Path(state_path).parent, [n for n in named if isinstance(n, str)] if isinstance(named, list)
                     else [])
    if str(corpus.resolve()) in places:
        return
    there = sorted(p for p in places if (Path(p) / OWNER).is_file())
    if there:
        raise StateError(f"state {state_path} writes its batches into {there[0]}, not {corpus}; give --out "
                         f"{there[0]}, or move that folder to {corpus}")


def _clean_unknown_batches(corpus: Path, known: set[str], prefix: str) -> list[str]:
    removed = []
    if not corpus.is_dir():
        return removed
    pattern = re.compile(rf"^(\.?){re.escape(prefix)}\d+(\.tmp)?$")
    for child in sorted(corpus.iterdir()):
        if child.is_dir() and pattern.match(child.name) and child.name not in known:
            shutil.rmtree(child)
            removed.append(child.name)
    return removed


RETIRED = "retired.jsonl"


class RepeatHistory:
    """The cross-dump-repeat counts of one batch added to those of every earlier batch
    (the repeat step's combine with the state as its prior), so a short line is judged
    as one run over the whole history would judge it."""

    def __init__(self, state: CorpusState, config: dict, batch: Batch):
        self.repeats = CrossDumpRepeats(config)
        self.max_words, self.min_dumps = self.repeats.max_words, self.repeats.min_dumps
        self.state = state
        key_of = {repeat_hash(j.short_key): j.short_key for j in batch["judged"] if j.short_key is not None}
        hashes = self.repeats.hashes(batch["judged"])
        dump_hashes = np.array([repeat_hash(path) for path in batch.dumps], dtype=np.uint64)
        dumps = dump_hashes[np.asarray(batch.dump, dtype=np.int64)] if len(batch) else np.empty(0, np.uint64)
        counted = self.repeats.combine([self.repeats.local(hashes, dumps)]).as_dict()
        self.batch = {key_of[h]: n for h, n in counted.items()}
        self.hash_of = {k: key_hash(k) for k in self.batch}
        self.stored = state.repeat_counts(self.hash_of.values())

    def prior(self) -> dict[int, int]:
        """Dumps of earlier batches per repeat-key hash, for this batch's short keys."""
        return {repeat_hash(k): self.stored[h] for k, h in self.hash_of.items() if h in self.stored}

    def total(self, key: str) -> int:
        return self.batch.get(key, 0) + self.stored.get(self.hash_of.get(key), 0)

    def crossing(self) -> dict[bytes, int]:
        """Keys seen before that reach ``min_dumps`` only with this batch: hash -> total."""
        out = {}
        for k, n in self.batch.items():
            before = self.stored.get(self.hash_of[k], 0)
            if 0 < before < self.min_dumps <= n + before:
                out[self.hash_of[k]] = n + before
        return out

    def counts_for(self, keys: list[str | None]) -> list[int]:
        """Total dumps (this batch and earlier ones) for each repeat key (1 for None)."""
        missing = {k for k in keys if k is not None and k not in self.batch}
        stored = self.state.repeat_counts(key_hash(k) for k in missing)
        out = []
        for k in keys:
            if k is None:
                out.append(1)
            elif k in self.batch:
                out.append(self.total(k))
            else:
                out.append(max(1, stored.get(key_hash(k), 0)))
        return out

    def record(self) -> None:
        self.state.add_repeats({self.hash_of[k]: n for k, n in self.batch.items()})


def stored_outcome(outcome: Outcome | None) -> str:
    """An outcome as the state keeps it for a kept short paragraph: what its judgement (with
    its page around it) would have been had its key been in enough dumps; '' keeps it."""
    return "" if outcome is None else json.dumps(list(outcome), ensure_ascii=False)


def _outcome_from_store(stored: str) -> Outcome | None:
    if not stored:
        return None
    reason, category, rule, score, signals_ = json.loads(stored)
    return Outcome(reason, category, rule, score, tuple(signals_))


def judge_again(paragraphs: list[Paragraph], stored: list[str | None], steps: list[Step], engine: Mapping,
                history: RepeatHistory) -> tuple[list[Paragraph], list[Removal]]:
    """Stored paragraphs (all kept when they were judged) decided again with the history's
    counts, as one run over everything would decide them. A judgement depends on the page
    and on the count, and only a short paragraph's on the count: a long one stays kept; a
    short one whose key is now in enough dumps takes the outcome stored for that case
    (``stored``, from :func:`stored_outcome`), and stays kept otherwise. Only a state
    written before those outcomes were kept lacks one: such a paragraph runs through the
    steps again, alone (without its page)."""
    keys = [short_key(p.text, history.max_words) for p in paragraphs]
    counts = history.counts_for(keys)
    outcomes: list[Outcome | None] = [None] * len(paragraphs)
    unknown = []
    for i, (key, n, again) in enumerate(zip(keys, counts, stored)):
        if key is None or n < history.min_dumps:
            continue
        if again is None:
            unknown.append(i)
        else:
            outcomes[i] = _outcome_from_store(again)
    if unknown:
        batch = prepare(Batch.of([Paragraph(paragraphs[i].raw, paragraphs[i].source, html=paragraphs[i].html)
                                  for i in unknown]), steps, engine)
        for i, j, n in zip(unknown, batch["judged"], history.counts_for([j.short_key for j in batch["judged"]])):
            outcomes[i] = history.repeats.choose(j, n)
    return split_outcomes(paragraphs, outcomes)


def _dedup_and_revise(kept: list[Paragraph], settings: DedupSettings, state: CorpusState, batch_id: int,
                      steps: list[Step], engine: Mapping, history: RepeatHistory, if_repeated: dict[tuple, str]
                      ) -> tuple[StateDedup, list[dict]]:
    """Dedup the batch against the state, first reopening stored passages whose
    decision this batch changes: a short line that now reaches ``min_dumps`` dumps
    and is judged boilerplate, or a truncated passage whose complete version
    arrived. Their paragraphs are judged and clustered again with the batch, as
    one run over everything would; the passages they leave are retired (listed in
    the batch's retired.jsonl with what replaced them)."""
    to_reopen: dict[int, str] = {}
    crossing = history.crossing()
    if crossing:
        stored = list(state.kept_with_keys(crossing))
        if stored:
            _, judged = judge_again([Paragraph(raw, src, text) for _, _, src, raw, text, _ in stored],
                                    [again for *_, again in stored], steps, engine, history)
            removed_at = {r.source.key for r in judged}
            for seq, _, src, *_ in stored:
                if seq not in to_reopen and src.key in removed_at:
                    to_reopen[seq] = "reclassified"
    # reopened paragraph (by id) -> the batch that first saw it, and its outcome if repeated
    reopened: dict[int, tuple[int, str | None]] = {}
    revived: list[Paragraph] = []
    every_reopened: list[Paragraph] = []  # held, so that no id of theirs is another paragraph's
    retired: list[tuple[str, str, list[tuple], list[Removal]]] = []
    unopenable: set[int] = set()
    while True:
        for seq, reason in sorted(to_reopen.items()):
            got = state.reopen(seq)
            if got is None:
                unopenable.add(seq)
                continue
            pid, rows = got
            paras = [Paragraph(raw, src, text) for src, raw, text, _, _ in rows]
            every_reopened.extend(paras)
            reopened.update((id(p), (batch, again)) for p, (_, _, _, batch, again) in zip(paras, rows))
            again_kept, again_removed = judge_again(paras, [again for *_, again in rows], steps, engine, history)
            revived.extend(again_kept)
            retired.append((pid, reason, [id(p) for p in paras], again_removed))
        merged = sorted(kept + revived, key=lambda p: p.source.key)
        dedup = dedup_against_state(merged, settings, state, batch_id, reopened=reopened,
                                    short_words=history.max_words, keep_stored=frozenset(unopenable),
                                    if_repeated=if_repeated)
        if not dedup.superseded:
            break
        to_reopen = {seq: "superseded" for seq in dedup.superseded}
    records = []
    for pid, reason, sources, again_removed in retired:
        replaced_by = sorted({dedup.placed[k] for k in sources if k in dedup.placed})
        if replaced_by == [pid] and not again_removed:
            continue  # rebuilt as it was
        state.retire(pid, batch_id, reason, replaced_by)
        records.append({"id": pid, "reason": reason, "replaced_by": replaced_by,
                        "reclassified": [r.to_dict() for r in again_removed]})
    records.sort(key=lambda r: r["id"])
    return dedup, records


def run(inputs: list[str], *, state_path: str | Path, corpus_dir: str | Path, config: dict,
        state_config: dict | None = None, engine: Mapping | None = None, steps: list[Step] | None = None,
        rebuild_state: bool = False, output_format: str = "jsonl", strict: bool = False) -> CorpusResult:
    """Process the dumps under ``inputs`` not yet in the state as one new batch.

    Raises :class:`~pipeline.state.StateLocked` when the lock cannot be had in time
    and :class:`~pipeline.state.SettingsMismatch` when the state holds other dedup
    settings (unless ``rebuild_state``), ValueError for an unknown ``output_format``
    (before anything is read or written)."""
    check_format(output_format)
    state_config = state_config or {}
    engine = engine_settings(engine)
    steps = build_steps(config) if steps is None else steps
    prefix = str(state_config.get("batch_prefix", "batch-"))
    settings = DedupSettings.from_config(config)
    corpus = Path(corpus_dir)
    outcome = CorpusResult(out_dir=str(corpus))
    if not Path(state_path).exists():
        # A new state (a mistyped --state?) on a folder that names another: refused before
        # the state file is made, so no empty file is left behind to be taken for a state.
        claim_corpus(corpus, state_path, set(), prefix)
    state = CorpusState(state_path, float(state_config.get("lock_timeout", 30)))
    try:
        state.begin()
        pause_point("after-lock")
        stored_hash = state.check_settings(settings)
        if stored_hash is not None:
            if not rebuild_state:
                raise SettingsMismatch(
                    f"state {state_path} was built with other dedup settings ({stored_hash}); "
                    "use the config it was built with, or pass --rebuild-state")
            outcome.rebuilt = state.rebuild_lookups(settings, NearDuplicateIndex)
        claim_corpus(corpus, state_path, state.batch_names(), prefix)
        check_corpus_folder(state, state_path, corpus)
        outcome.removed_folders = _clean_unknown_batches(corpus, state.batch_names(), prefix)

        paths, problems = discover_inputs([str(i) for i in inputs], config)
        outcome.problems = problems
        new: list[tuple[str, int, str]] = []
        seen: dict[str, str] = {}
        for path in paths:
            try:
                size, digest, of_bytes = file_sha256(path, max_file_bytes(config))
            except OSError as exc:  # unreadable: that dump is skipped, the others processed
                outcome.problems.append(SourceProblem(path, "unreadable", exc.strerror or str(exc)))
                continue
            known = state.dumps_with_hash(digest) or (state.dumps_with_hash(of_bytes) if of_bytes != digest else [])
            shown = valid_utf8(path)  # as the state holds it
            if any(p == shown for p, _ in known):
                batch = next(b for p, b in known if p == shown)
                outcome.skipped.append(f"already processed: {shown} (in {batch})")
            elif known:
                outcome.skipped.append(f"same content as {known[0][0]} (in {known[0][1]}), not processed again: {shown}")
            elif digest in seen:
                outcome.skipped.append(f"same content as {valid_utf8(seen[digest])} in this run, not processed again: "
                                       f"{shown}")
            else:
                seen[digest] = path
                new.append((path, size, digest))
                earlier = state.batches_of_path(path)
                if earlier:  # a dump rewritten in place (a scraper still writing it, a file reused)
                    outcome.rewritten.append(
                        f"{shown} was processed in {earlier[-1]} with other content: processed again as a new "
                        "dump, so its lines seen then count as copies of themselves (give each scrape its own "
                        "file name)")
        if strict and blocking(outcome.problems):  # a failed run: nothing recorded, nothing written
            state.rollback()
            return outcome
        if not new:
            state.commit()  # keeps the schema/settings of a new state and the removal of stale folders
            return outcome

        ingested = IngestResult(problems=list(problems))
        for path, _, _ in new:
            ingested.extend(ingest_file(path, config))
        in_read_order(ingested.paragraphs)
        read = len(ingested.paragraphs) + len(ingested.removed)
        per_file: dict[str, int] = {}
        for p in ingested.paragraphs:
            per_file[p.source.path] = per_file.get(p.source.path, 0) + 1
        for r in ingested.removed:
            per_file[r.source.path] = per_file.get(r.source.path, 0) + 1
        batch = prepare(Batch.of(ingested.paragraphs), steps, engine)
        paragraphs = with_texts(ingested.paragraphs, batch["text"])
        ingested.paragraphs = []
        history = RepeatHistory(state, config, batch)
        outcomes = settle(batch, history.repeats, history.prior())
        order = input_order(paragraphs)  # judged in read order; dedup and the outputs take input order
        kept, removed = split_outcomes([paragraphs[n] for n in order], [outcomes[n] for n in order])
        # what each short paragraph's judgement, with its page, would be in enough dumps: kept
        # with a kept paragraph, so a later batch that takes its key there need not judge it alone
        if_repeated = {p.source.key: stored_outcome(j.repeated)
                       for p, j in zip(paragraphs, batch["judged"]) if j.short_key is not None}
        del paragraphs, batch

        batch_id = state.next_batch_id()
        name = f"{prefix}{batch_id:06d}"
        dedup, retired = _dedup_and_revise(kept, settings, state, batch_id, steps, engine, history, if_repeated)
        history.record()
        removed = sorted(ingested.removed + removed + dedup.removed, key=lambda r: r.source.key)
        own = [p for p in dedup.passages if p.id not in dedup.rebuilt]
        chash = config_hash(config)
        report = finish_report(config, steps=steps, files_read=ingested.files_read, problems=ingested.problems,
                               read=read, accounted=len(own) + len(removed), dedup_counts=dedup.counts,
                               passages=dedup.passages, removed=removed, encodings=ingested.encodings)
        report["counts"]["retired"] = {
            "passages": len(retired),
            "paragraphs_reclassified": sum(len(r["reclassified"]) for r in retired)}
        outcome.passages, outcome.removed, outcome.problems, outcome.report = (
            dedup.passages, removed, ingested.problems, report)
        if not ingested.files_read or (strict and blocking(ingested.problems)):  # record nothing, write nothing
            state.rollback()
            return outcome
        read_set = set(ingested.files_read)
        for path, size, digest in new:
            if path in read_set:
                state.add_dump(path, size, digest, batch_id, {"paragraphs_read": per_file.get(path, 0)}, chash)
        state.add_batch(batch_id, name, chash, report["counts"])

        corpus.mkdir(parents=True, exist_ok=True)
        mark_corpus(corpus, state_path)
        state.set_meta(CORPUS_META, json.dumps(_both_ways(corpus, Path(state_path).parent)))
        tmp = corpus / f".{name}.tmp"
        if tmp.exists():
            shutil.rmtree(tmp)
        write_outputs(tmp, outcome.passages, outcome.removed, report)
        write_atomic(tmp / RETIRED, (json_line(r) for r in retired))
        # in the folder before it is put in place (whole or absent), beside the JSON Lines
        # files a batch folder always keeps (explain reads them)
        write_format(tmp, "both" if output_format == "parquet" else output_format)
        write_atomic(tmp / PENDING, ["put in place by a run that has not committed its state yet"])
        _fsync_dir(tmp)
        pause_point("after-batch-write")
        os.replace(tmp, corpus / name)
        _fsync_dir(corpus)
        pause_point("before-commit")
        state.commit()
        (corpus / name / PENDING).unlink(missing_ok=True)  # committed: the folder is a batch of the state
        outcome.batch = name
        return outcome
    finally:
        state.close()


def export_file(out_file: str | Path) -> Path:
    """The file an export to ``out_file`` writes: ``passages.jsonl`` inside a folder, the
    file a symbolic link names (the link stays)."""
    out = Path(out_file)
    if out.is_dir() or str(out_file).endswith(os.sep):
        out = out / PASSAGES
    return Path(os.path.realpath(out)) if out.is_symlink() else out


def export(state_path: str | Path, out_file: str | Path) -> int:
    """Write the whole current corpus as one passages.jsonl; returns the passage count."""
    if not Path(state_path).is_file():
        raise FileNotFoundError(f"no state at {state_path}")
    out = export_file(out_file)
    if out.exists() and not out.is_file():
        # Written beside and renamed into place, a pipe or a device would be replaced by a file.
        raise OSError(errno.EINVAL, "not a regular file (a pipe or a device?): the export writes a file")
    if out.exists() and out.resolve() == Path(state_path).resolve():
        raise StateError(f"--out {out_file} is the state file itself: the export would overwrite it")
    if out.name == PASSAGES and (out.parent / REMOVED).is_file():
        # a batch folder (or a run's output folder): its passages.jsonl is that batch's, which
        # the export, the explain command and later batches read
        raise StateError(f"--out {out_file} is the passages.jsonl of an output folder ({out.parent}): the "
                         "export would overwrite that batch's passages; give another file or folder")
    state = CorpusState(state_path, read_only=True)
    try:
        state.require_written()
        count = 0

        def lines():
            nonlocal count
            for passage in state.passages():
                count += 1
                yield json_line(passage.to_dict())

        write_atomic(out, lines())
        return count
    finally:
        state.close()


def show(state_path: str | Path, pid: str) -> list[str] | None:
    """Lines describing a passage and every occurrence, or None when the id is unknown."""
    if not Path(state_path).is_file():
        raise FileNotFoundError(f"no state at {state_path}")
    state = CorpusState(state_path, read_only=True)
    try:
        state.require_written()
        found = state.show(pid)
        retirement = state.retirement(pid) if found is None else None
    finally:
        state.close()
    if retirement is not None:
        batch, reason, replaced_by = retirement
        return [f"{pid}  retired in {batch} ({reason}); replaced by: {', '.join(replaced_by) or 'nothing'}"]
    if found is None:
        return None
    passage, occurrences = found
    src = passage.source
    lines = [f"{passage.id}  {src.path}:{src.line}  ({len(occurrences)} occurrences)", passage.text, "occurrences:"]
    for occ, batch in occurrences:
        s = occ.source
        where = f"{s.path}:{s.line}" + (f" [{s.start}:{s.end})" if s.start >= 0 else "")
        if s.url:
            where += f" {s.url}"
        lines.append(f"  {where}  {occ.match} {occ.similarity:.4f}  ({batch})")
    return lines


__all__ = ["dedup_against_state", "export", "pause_point", "run", "show"]
