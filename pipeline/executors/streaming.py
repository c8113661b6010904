"""The streaming executor: texts on disk, everything else in columns.

The in-memory executor holds every paragraph (its raw line, its cleaned text,
its exact key) as Python strings until the output is written: about 3.5 KB per
paragraph, 5 GB for a million. This one writes the same three files, byte for
byte, from the same steps, but keeps texts in spill files on disk and only
fixed-size columns (numpy arrays, ~110 bytes a paragraph) in memory:

1. Sources are ingested one at a time; their paragraphs go in page-aligned
   chunks to worker processes, which run the per-paragraph steps, append raw
   line, cleaned text and key to the worker's spill file, and send back
   offsets, key digests and both outcomes of each paragraph's verdict (too few
   dumps for the repeat signal, enough).
2. Once every source is in, the cross-dump repeat step combines over the
   columns and picks one of the two outcomes.
3. Dedup works on key digests (exact copies) and on the keys of the distinct,
   long-enough ones, read back from disk in batches (signatures, verification).
4. Output is written in input order, texts read back by offset.

tests/executors/test_equivalence.py compares the output with the other executors'.
"""
from __future__ import annotations

import hashlib
import heapq
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

import numpy as np

from ..boilerplate import CrossDumpRepeats, key_hash
from ..dedup import DedupSettings, NearDuplicateIndex, cluster, rescore, text_facts
from ..dedup.index import deeper_prefixes
from ..dedup.lsh import prefix_key
from .. import emit
from ..emit import PASSAGES, REMOVED, Staging, Tally, json_line, stage_report
from ..emit.records import MATCHES, duplicate_removal, passage_of, removal_of
from ..ingest import IngestResult, find_sources, read_sources
from ..model import Provenance, Removal, SourceProblem, blocking
from ..result import CorpusResult
from ..steps import Batch, Outcome, Step, build_steps, next_cut, page_numbers, run_step
from .common import (BrokenProcessPool, Progress, StageTimer, can_fork, engine_settings, finish_report,
                     in_worker, remove_leftovers, worker_count, worker_memory, worker_pool)

# Verdict code of a kept paragraph (an index >= 0 numbers an outcome).
KEEP = -1
_ENCODING, _ERRORS = "utf-8", "surrogatepass"  # JSON records may carry lone surrogates


def key_digest(key: str) -> tuple[int, int]:
    """An exact key as two 64-bit integers (its SHA-1's first 16 bytes): the first is
    the passage id (:func:`pipeline.dedup.passage_id`), both together stand for the key.

    >>> from pipeline.dedup import passage_id
    >>> f"{key_digest('hip pain')[0]:016x}" == passage_id("hip pain")
    True
    """
    digest = hashlib.sha1(key.encode(_ENCODING, _ERRORS)).digest()
    return int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:16], "big")


class SpillWriter:
    """An append-only file of UTF-8 texts; :meth:`add` gives each text's (offset, byte length)."""

    def __init__(self, path: str):
        self.path = path
        self.pid = os.getpid()
        self._fh = open(path, "wb")
        self._size = 0

    def add(self, text: str) -> tuple[int, int]:
        data = text.encode(_ENCODING, _ERRORS)
        self._fh.write(data)
        at = self._size
        self._size += len(data)
        return at, len(data)

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


class SpillReader:
    """Reads texts back from the spill files by (file number, offset, length), without
    mapping the files into memory (mapped pages would count as the process's own)."""

    def __init__(self, paths: list[str]):
        self._fds = [os.open(p, os.O_RDONLY) for p in paths]

    def read(self, store: int, offset: int, length: int) -> str:
        if length == 0:
            return ""
        return os.pread(self._fds[store], length, offset).decode(_ENCODING, _ERRORS)

    def close(self) -> None:
        for fd in self._fds:
            os.close(fd)
        self._fds = []


# --- the per-chunk work, in worker processes ---------------------------------------------

# Columns a chunk sends back, one value per paragraph, with their dtypes.
# (Lengths fit 32 bits: ingest caps a paragraph at max_paragraph_chars.)
_CHUNK_COLUMNS = {
    "raw_off": np.int64, "raw_len": np.int32, "text_off": np.int64, "text_len": np.int32,
    "key_off": np.int64, "key_len": np.int32, "key_chars": np.int32,
    "key_hi": np.uint64, "key_lo": np.uint64, "prefix": np.uint64, "short": np.uint64,
    "verdict_once": np.int32, "verdict_repeated": np.int32,
}
# Provenance columns (record and element -1 when absent).
_PROVENANCE_COLUMNS = {"line": np.int32, "start": np.int64, "end": np.int64, "record": np.int32,
                       "element": np.int32}


@dataclass
class ChunkColumns:
    """One chunk's results: the columns above and its outcomes (removals before dedup),
    which the verdict columns number."""

    spill: str
    columns: dict[str, np.ndarray]
    outcomes: list[Outcome]
    seconds: dict[str, float] = field(default_factory=dict)  # CPU time per stage


class ChunkPreparer:
    """The per-paragraph steps over one chunk, then the chunk's texts spilled to disk and
    its columns made; built once per process (workers inherit it compiled)."""

    def __init__(self, config: dict, steps: list[Step], spill_dir: str):
        self.steps = steps
        self.settings = DedupSettings.from_config(config)
        self.spill_dir = spill_dir
        self._writer: SpillWriter | None = None

    def _spill(self) -> SpillWriter:
        # One spill file per process (this object is inherited by forked workers): a
        # handful of files however many chunks.
        pid = os.getpid()
        if self._writer is None or self._writer.pid != pid:
            self._writer = SpillWriter(os.path.join(self.spill_dir, f"texts-{pid}.txt"))
        return self._writer

    def close(self) -> None:
        if self._writer is not None and self._writer.pid == os.getpid():
            self._writer.close()

    def __call__(self, number: int, chunk: Batch) -> ChunkColumns:
        # Step by step over the chunk, not paragraph by paragraph: each step's tables
        # (ftfy's, the rule database) stay in the CPU caches (~25% faster).
        clock = time.perf_counter
        seconds = {}
        for step in self.steps:
            started = clock()
            chunk = run_step(step, chunk)
            seconds[step.name] = clock() - started
        started = clock()
        spill = self._spill()
        outcomes: list[Outcome] = []
        outcome_ids: dict[Outcome, int] = {}

        def number_of(outcome: Outcome | None) -> int:
            if outcome is None:
                return KEEP
            n = outcome_ids.get(outcome)
            if n is None:
                n = outcome_ids[outcome] = len(outcomes)
                outcomes.append(outcome)
            return n

        keyed: dict[str, tuple] = {}
        rows: list[tuple] = []
        for raw, text, judged, key in zip(chunk.raw, chunk["text"], chunk["judged"], chunk["key"]):
            raw_at = spill.add(raw)
            text_at = raw_at if text == raw else spill.add(text)
            short = 0 if judged.short_key is None else key_hash(judged.short_key)
            verdicts = (short, number_of(judged.once), number_of(judged.repeated))
            if key is None:
                rows.append((*raw_at, *text_at, *verdicts, -1, 0, -1, 0, 0, 0))
                continue
            found = keyed.get(key)
            if found is None:
                found = keyed[key] = self._key(key, spill)
            rows.append((*raw_at, *text_at, *verdicts, *found))
        spill.flush()  # pool workers end without flushing: each chunk is on disk when it returns
        names = ("raw_off", "raw_len", "text_off", "text_len", "short", "verdict_once", "verdict_repeated",
                 "key_off", "key_len", "key_chars", "key_hi", "key_lo", "prefix")
        columns = {name: np.array([row[k] for row in rows], dtype=_CHUNK_COLUMNS[name])
                   for k, name in enumerate(names)}
        seconds["spill"] = clock() - started
        return ChunkColumns(spill.path, columns, outcomes, seconds)

    def _key(self, key: str, spill: SpillWriter) -> tuple[int, int, int, int, int, int]:
        """(key offset, key bytes, key characters, digest high, digest low, prefix key); the
        key is written only when long enough for the near-duplicate search."""
        s = self.settings
        hi, lo = key_digest(key)
        if s.searched(len(key)):
            key_off, key_len = spill.add(key)
        else:
            key_off, key_len = -1, 0
        return key_off, key_len, len(key), hi, lo, prefix_key(key, s.prefix_chars)


# Below this much input, chunks are prepared in this process.
POOL_MIN_BYTES = 2_000_000
# Set in the parent just before the pool forks, so workers inherit the compiled preparer.
_PREPARER: ChunkPreparer | None = None


def _prepare_in_worker(number: int, chunk: Batch) -> ChunkColumns:
    return in_worker(_PREPARER, number, chunk)


# --- the run -------------------------------------------------------------------------------

@dataclass
class _Inputs:
    """What ingest hands on: provenance columns, per-chunk results and what ingest set aside."""

    paths: list[str] = field(default_factory=list)  # path of each path number
    path_no: dict[str, int] = field(default_factory=dict)
    prov: dict[str, list[np.ndarray]] = field(default_factory=lambda: {k: [] for k in ("path", *_PROVENANCE_COLUMNS)})
    urls: dict[int, str] = field(default_factory=dict)  # paragraph number (ingest order) -> page url
    warc: dict[int, tuple] = field(default_factory=dict)  # paragraph number -> (WARC-Record-ID, date, offset)
    chunks: list[ChunkColumns] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)
    count: int = 0
    pages: int = 0  # pages numbered so far
    seconds: Counter = field(default_factory=Counter)  # CPU time per stage, all processes
    spills: list[str] = field(default_factory=list)  # spill files, by store number
    parallel: bool = False  # prepared on worker processes (so emit uses two as well)


@dataclass
class _Pending:
    """Paragraphs read but not yet sent to a worker, as the columns a chunk needs."""

    raw: list[str] = field(default_factory=list)
    path: list[int] = field(default_factory=list)
    page: list[int] = field(default_factory=list)
    line: list[int] = field(default_factory=list)
    html: list[int] = field(default_factory=list)

    def take(self, stop: int, paths: list[str]) -> Batch:
        """The first ``stop`` paragraphs as a batch (dumps numbered within it)."""
        local: dict[int, int] = {}
        dump = [local.setdefault(n, len(local)) for n in self.path[:stop]]
        chunk = Batch(self.raw[:stop], [paths[n] for n in local], dump, self.page[:stop], self.line[:stop])
        if any(self.html[:stop]):
            chunk["html"] = self.html[:stop]
        del self.raw[:stop], self.path[:stop], self.page[:stop], self.line[:stop], self.html[:stop]
        return chunk


def _add_provenance(inputs: _Inputs, result: IngestResult, pending: _Pending) -> None:
    """Record one source's provenance in columns and queue its paragraphs."""
    paragraphs = result.paragraphs
    numbers = np.empty(len(paragraphs), dtype=np.int32)
    cols = {k: np.empty(len(paragraphs), dtype=dtype) for k, dtype in _PROVENANCE_COLUMNS.items()}
    for n, p in enumerate(paragraphs):
        src = p.source
        number = inputs.path_no.get(src.path)
        if number is None:
            number = inputs.path_no[src.path] = len(inputs.paths)
            inputs.paths.append(src.path)
        numbers[n] = number
        cols["line"][n], cols["start"][n], cols["end"][n] = src.line, src.start, src.end
        cols["record"][n] = -1 if src.record is None else src.record
        cols["element"][n] = -1 if src.element is None else src.element
        if src.url is not None:
            inputs.urls[inputs.count + n] = src.url
        if src.warc_id is not None:
            inputs.warc[inputs.count + n] = (src.warc_id, src.warc_date, src.offset)
    pages = page_numbers([p.source for p in paragraphs])
    pending.raw += [p.raw for p in paragraphs]
    pending.path += numbers.tolist()
    pending.page += [inputs.pages + page for page in pages]
    pending.line += cols["line"].tolist()
    pending.html += [p.html for p in paragraphs]
    inputs.pages += (pages[-1] + 1) if pages else 0
    inputs.prov["path"].append(numbers)
    for k, v in cols.items():
        inputs.prov[k].append(v)
    inputs.count += len(paragraphs)
    inputs.removed.extend(result.removed)
    inputs.problems.extend(result.problems)
    inputs.files_read.extend(result.files_read)
    inputs.encodings.update(result.encodings)


def _ingest_and_prepare(inputs_given: list[str] | None, texts: Mapping[str, str] | None, config: dict,
                        engine: dict, steps: list[Step], spill_dir: str, progress: Progress | None) -> _Inputs:
    """Ingest source by source and prepare the paragraphs in chunks (cut at page
    boundaries), on worker processes when there is more than a little input."""
    global _PREPARER
    chunk_size = int(engine.get("stream_chunk_size", 2500))
    workers = worker_count(engine)
    preparer = ChunkPreparer(config, steps, spill_dir)
    inputs = _Inputs()
    sources, problems = find_sources(inputs_given, texts, config)
    inputs.problems.extend(problems)
    # Small inputs are prepared here: forking costs more than it saves.
    use_pool = workers > 1 and can_fork() and sum(s.size() for s in sources) > POOL_MIN_BYTES
    pool = None
    waiting = []
    if use_pool:
        inputs.parallel = True
        _PREPARER = preparer
        pool = worker_pool(workers, worker_memory(engine))

    def collect(chunk: ChunkColumns) -> None:
        inputs.chunks.append(chunk)
        inputs.seconds.update(chunk.seconds)

    def submit(chunk: Batch) -> None:
        number = len(inputs.chunks) + len(waiting)
        if pool is None:
            collect(preparer(number, chunk))
            return
        waiting.append(pool.submit(_prepare_in_worker, number, chunk))
        while len(waiting) > 2 * workers:  # bounds the raw lines waiting in this process
            collect(waiting.pop(0).result())

    try:
        pending = _Pending()
        started = time.perf_counter()
        for result in read_sources(sources, config, progress):
            _add_provenance(inputs, result, pending)
            inputs.seconds["ingest"] += time.perf_counter() - started
            # A source ends a page, so every page queued is whole: cut chunks at page ends.
            while len(pending.raw) >= chunk_size:
                submit(pending.take(next_cut(pending.page, 0, chunk_size), inputs.paths))
            started = time.perf_counter()
        if pending.raw:
            submit(pending.take(len(pending.raw), inputs.paths))
        for future in waiting:
            collect(future.result())
    except BrokenProcessPool:
        raise pool.failure() from None
    finally:
        if pool is not None:
            pool.shutdown()
        preparer.close()
        _PREPARER = None
    return inputs


@dataclass
class Columns:
    """Every paragraph's columns in input order (sorted by provenance key)."""

    paths: list[str]
    data: dict[str, np.ndarray]
    urls: dict[int, str]
    outcomes: list[Outcome]
    warc: dict[int, tuple] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.data["line"])

    def provenance(self, n: int) -> Provenance:
        d = self.data
        record, element = d["record"].item(n), d["element"].item(n)
        warc = self.warc.get(d["order"].item(n)) if self.warc else None
        return Provenance(self.paths[d["path"].item(n)], d["line"].item(n), d["start"].item(n), d["end"].item(n),
                          self.urls.get(d["order"].item(n)) if self.urls else None,
                          None if record < 0 else record, None if element < 0 else element,
                          *(warc or (None, None, None)))


def _columns(inputs: _Inputs) -> Columns:
    """Join the chunks' columns (freeing each chunk's as it goes), number the outcomes
    globally and sort into input order."""
    data: dict[str, np.ndarray] = {}
    for k in list(inputs.prov):
        parts = inputs.prov.pop(k)
        data[k] = np.concatenate(parts) if parts else np.empty(0, dtype=_PROVENANCE_COLUMNS.get(k, np.int32))
        del parts
    outcomes: list[Outcome] = []
    outcome_ids: dict[Outcome, int] = {}
    sizes = [len(chunk.columns["raw_off"]) for chunk in inputs.chunks]
    store_of = {path: n for n, path in enumerate(dict.fromkeys(chunk.spill for chunk in inputs.chunks))}
    data["store"] = np.repeat(np.array([store_of[chunk.spill] for chunk in inputs.chunks], dtype=np.int32), sizes)
    inputs.spills = list(store_of)
    for k, dtype in _CHUNK_COLUMNS.items():
        data[k] = np.empty(inputs.count, dtype=dtype)
    at = 0
    for chunk in inputs.chunks:
        remap = np.empty(len(chunk.outcomes) + 1, dtype=np.int32)  # [-1] keeps its meaning
        remap[-1] = KEEP
        for local_id, outcome in enumerate(chunk.outcomes):
            if outcome not in outcome_ids:
                outcome_ids[outcome] = len(outcomes)
                outcomes.append(outcome)
            remap[local_id] = outcome_ids[outcome]
        n = len(chunk.columns["raw_off"])
        for k in _CHUNK_COLUMNS:
            v = chunk.columns.pop(k)
            data[k][at : at + n] = remap[v] if k.startswith("verdict") else v
        at += n
    data["order"] = np.arange(inputs.count, dtype=np.int32)
    # Input order is (path, line, element), as local.ingest_all sorts (stably). Files are
    # read in that order already, so the sort is usually a no-op and then skipped.
    rank = np.argsort(np.argsort(np.array(inputs.paths, dtype=object), kind="stable"), kind="stable")
    path_rank = rank[data["path"]] if len(inputs.paths) else data["path"]
    order = np.lexsort((np.maximum(data["element"], 0), data["line"], path_rank))
    del path_rank
    if not np.array_equal(order, data["order"]):
        for k in list(data):
            data[k] = data[k][order]
    return Columns(inputs.paths, data, inputs.urls, outcomes, inputs.warc)


def _verdicts(cols: Columns, repeats: CrossDumpRepeats) -> np.ndarray:
    """Each paragraph's verdict code, now that the dumps each short text is in are known
    (the cross-dump repeat step's local and combine parts over the columns)."""
    d = cols.data
    short = d["short"]
    counts = repeats.combine([repeats.local(short, d["path"].astype(np.uint64))]).of(short)
    verdicts = np.where(counts >= repeats.min_dumps, d["verdict_repeated"], d["verdict_once"])
    for k in ("short", "verdict_once", "verdict_repeated"):
        del d[k]  # needed for nothing else
    return verdicts


class SpilledKeys:
    """The distinct exact keys of a run, read back from the spill files on demand
    (a sequence, as :func:`pipeline.dedup.cluster` wants it); only keys long enough
    for the near-duplicate search were written."""

    def __init__(self, reader: SpillReader, store: np.ndarray, offset: np.ndarray, length: np.ndarray,
                 chars: np.ndarray):
        self.reader, self.store, self.offset, self.length = reader, store, offset, length
        self.lengths = chars  # of each key, in characters

    def __len__(self) -> int:
        return len(self.store)

    def __getitem__(self, n: int) -> str:
        if self.offset[n] < 0:
            raise KeyError(f"key {n} was not kept: it is too short for the near-duplicate search")
        return self.reader.read(int(self.store[n]), int(self.offset[n]), int(self.length[n]))

    def many(self, numbers: np.ndarray) -> list[str]:
        return [self[n] for n in numbers.tolist()]


_SIGNATURE_BATCH = 5_000


def spilled_index(keys: SpilledKeys, eligible: np.ndarray, settings: DedupSettings,
                  prefix: np.ndarray) -> NearDuplicateIndex:
    """:class:`NearDuplicateIndex` of the eligible keys, their signatures made a batch at a time."""
    s = settings
    sigs = np.empty((eligible.size, s.num_perm), dtype=np.uint32)
    sizes = np.empty(eligible.size, dtype=np.float64)
    deeper = np.empty((eligible.size, s.prefix_levels), dtype=np.uint64)
    for start in range(0, eligible.size, _SIGNATURE_BATCH):
        batch = keys.many(eligible[start : start + _SIGNATURE_BATCH])
        sigs[start : start + len(batch)], sizes[start : start + len(batch)] = NearDuplicateIndex.signed(batch, s)
        deeper[start : start + len(batch)] = deeper_prefixes(batch, s)
    return NearDuplicateIndex.from_parts(sigs, sizes, prefix[eligible], s, deeper)


@dataclass
class _Dedup:
    """Per kept paragraph: its passage (by canonical paragraph), match and similarity."""

    kept: np.ndarray        # paragraph numbers, ascending
    canonical: np.ndarray   # per kept paragraph: the canonical paragraph of its passage
    match: np.ndarray       # 0 canonical, 1 exact, 2 near, 3 truncated
    similarity: np.ndarray
    passage_id: np.ndarray  # per kept paragraph: the passage id number (key_hi of the representative key)




def _dedup(cols: Columns, kept: np.ndarray, settings: DedupSettings, reader: SpillReader) -> _Dedup:
    """:func:`pipeline.dedup.deduplicate` on columns: exact copies by key digest, then
    :func:`cluster` over the distinct keys read back from disk."""
    d = cols.data
    hi, lo = d["key_hi"][kept], d["key_lo"][kept]
    by_key = np.lexsort((lo, hi))  # stable: each key's paragraphs stay in input order
    starts = np.ones(kept.size, dtype=bool)
    starts[1:] = (hi[by_key][1:] != hi[by_key][:-1]) | (lo[by_key][1:] != lo[by_key][:-1])
    run_of = np.cumsum(starts) - 1
    run_first = by_key[starts]              # index (into kept) of each key's first paragraph
    distinct_order = np.argsort(run_first, kind="stable")
    first = run_first[distinct_order]        # distinct keys numbered by first appearance
    number_of_run = np.empty(run_first.size, dtype=np.int64)
    number_of_run[distinct_order] = np.arange(run_first.size)
    key_no = np.empty(kept.size, dtype=np.int64)
    key_no[by_key] = number_of_run[run_of]

    first_para = kept[first]
    lengths = d["key_chars"][first_para]
    keys = SpilledKeys(reader, d["store"][first_para], d["key_off"][first_para], d["key_len"][first_para], lengths)
    eligible = np.flatnonzero(lengths >= settings.min_chars) if settings.near else np.empty(0, dtype=np.int64)
    prefix = d["prefix"][first_para]
    store, text_off, text_len = d["store"], d["text_off"], d["text_len"]

    def facts_of(n: int) -> str:  # read back from disk for the few keys whose copies are checked
        p = first_para.item(n)
        return text_facts(reader.read(store.item(p), text_off.item(p), text_len.item(p)))

    groups = cluster(keys, settings, lengths=lengths.tolist(),
                     index=lambda: spilled_index(keys, eligible, settings, prefix), facts_of=facts_of)

    group_rep = np.empty(len(groups), dtype=np.int64)
    member_group = np.empty(first.size, dtype=np.int64)
    member_match = np.zeros(first.size, dtype=np.int8)
    member_sim = np.ones(first.size, dtype=np.float64)
    for g, group in enumerate(groups):
        if group.swapped:
            rescore(group, keys, settings)
        group_rep[g] = group.representative
        for m in group.members:
            member_group[m.index] = g
            if m.index != group.representative:
                member_match[m.index] = MATCHES.index(m.match)
                member_sim[m.index] = m.similarity
    del groups
    rep_key = group_rep[member_group[key_no]]
    canonical = first_para[rep_key]
    is_rep_key = rep_key == key_no
    match = np.where(is_rep_key, 1, member_match[key_no]).astype(np.int8)
    match[is_rep_key & (kept == canonical)] = 0
    similarity = np.where(is_rep_key, 1.0, member_sim[key_no])
    return _Dedup(kept, canonical, match, similarity, d["key_hi"][canonical])


def _passage_lines(cols: Columns, dd: _Dedup, reader: SpillReader) -> Iterator[str]:
    """passages.jsonl: passages in the order of their canonical paragraphs, occurrences
    canonical first, then in input order."""
    d = cols.data
    if dd.kept.size == 0:
        return
    order = np.lexsort((dd.kept, dd.match != 0, dd.canonical))
    canon = dd.canonical[order]
    bounds = np.flatnonzero(np.r_[True, canon[1:] != canon[:-1], True])
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        rows = order[a:b]
        members = [(cols.provenance(n), MATCHES[match], similarity)
                   for n, match, similarity in zip(dd.kept[rows].tolist(), dd.match[rows].tolist(),
                                                   dd.similarity[rows].tolist())]
        c = canon.item(a)
        text = reader.read(d["store"].item(c), d["text_off"].item(c), d["text_len"].item(c))
        yield json_line(passage_of(f"{dd.passage_id.item(rows.item(0)):016x}", text, members).to_dict())


def _removals(cols: Columns, verdicts: np.ndarray, dd: _Dedup, reader: SpillReader) -> Iterator[Removal]:
    """Every removed paragraph in input order: boilerplate, empty, duplicate."""
    d = cols.data
    dup_row = np.full(len(cols), -1, dtype=np.int64)
    dup_row[dd.kept] = np.arange(dd.kept.size)
    candidates = np.flatnonzero((verdicts != KEEP) | (dup_row >= 0))
    for n in candidates.tolist():
        row = dup_row.item(n)
        if row >= 0 and dd.match.item(row) == 0:
            continue  # a canonical paragraph: a passage, not a removal
        store = d["store"].item(n)
        raw = reader.read(store, d["raw_off"].item(n), d["raw_len"].item(n))
        source = cols.provenance(n)
        verdict = verdicts.item(n)
        outcome = cols.outcomes[verdict] if verdict >= 0 else None
        if outcome is not None and outcome.reason == "empty":
            yield removal_of(source, raw, "", outcome)
            continue
        text_off = d["text_off"].item(n)
        # an unchanged text points at its raw line: no second read
        text = raw if text_off == d["raw_off"].item(n) else reader.read(store, text_off, d["text_len"].item(n))
        if outcome is not None:
            yield removal_of(source, raw, text, outcome)
            continue
        yield duplicate_removal(source, raw, text, MATCHES[dd.match.item(row)], f"{dd.passage_id.item(row):016x}",
                                dd.similarity.item(row))


def _merged(paragraphs: Iterator[Removal], set_aside: list[Removal]) -> Iterator[Removal]:
    """Removals of paragraphs (in input order already) and those ingest set aside, as one
    stream in input order; on equal keys the set-aside ones first, as a stable sort of
    them all would put them."""
    return heapq.merge(sorted(set_aside, key=lambda r: r.source.key), paragraphs, key=lambda r: r.source.key)


def run(
    inputs: list[str] | None = None,
    texts: Mapping[str, str] | None = None,
    *,
    out_dir: str | Path,
    config: dict,
    engine: Mapping | None = None,
    steps: list[Step] | None = None,
    progress: Progress | None = None,
    timings: dict | None = None,
    keep_earlier: bool = False,
    strict: bool = False,
) -> CorpusResult:
    """Run every step over files/folders and/or in-memory ``texts`` and write the output
    contract into ``out_dir``, holding texts on disk (in a temporary folder there) rather
    than in memory. Returns the problems and the report; passages and removals are in the
    files, not in the result. With ``keep_earlier``, a run that could read no input file
    writes nothing (the result's ``out_dir`` is None): the files of an earlier run stay;
    with ``strict``, so does a run that had to skip any input (or a record of one)."""
    engine = engine_settings(engine)  # a bad setting is refused before the folder is made
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    timed = StageTimer(timings)
    steps = build_steps(config) if steps is None else steps
    remove_leftovers(out)
    spill_dir = tempfile.mkdtemp(prefix=f".spill-{os.getpid()}-", dir=out)
    reader = None
    staging = Staging()  # the contract files, put in place together at the end
    try:
        ingested = timed("prepare", _ingest_and_prepare, inputs, texts, config, engine, steps, spill_dir, progress)
        if (keep_earlier and not ingested.files_read and not texts) or (strict and blocking(ingested.problems)):
            # No input could be read (empty, binary, chrome only): empty outputs would replace
            # an earlier run's, so nothing is written (``out_dir`` None says so). A strict run
            # that skipped something fails, and a failed run leaves the earlier files too.
            report = finish_report(config, steps=steps, files_read=ingested.files_read, problems=ingested.problems,
                                   read=0, accounted=0, dedup_counts={"exact": 0, "near": 0, "truncated": 0},
                                   tally=Tally(), encodings=ingested.encodings)
            return CorpusResult([], [], ingested.problems, report, out_dir=None)
        if timings is not None:  # what the prepare step's wall time was spent on, over all processes
            timings["prepare_cpu"] = {k: round(v, 3) for k, v in sorted(ingested.seconds.items())}
        cols = timed("columns", _columns, ingested)
        reader = SpillReader(ingested.spills)
        ingested.chunks = []
        verdicts = _verdicts(cols, CrossDumpRepeats(config))
        kept = np.flatnonzero(verdicts == KEEP)
        settings = DedupSettings.from_config(config)
        dd = timed("dedup", _dedup, cols, kept, settings, reader)
        read = len(cols) + len(ingested.removed)
        tally = timed("emit", _write, out, cols, verdicts, dd, reader, ingested, staging)
        counts = {"exact": int((dd.match == 1).sum()), "near": int((dd.match == 2).sum()),
                  "truncated": int((dd.match == 3).sum())}
        report = finish_report(config, steps=steps, files_read=ingested.files_read, problems=ingested.problems,
                               read=read, accounted=tally.passages + sum(tally.reasons.values()),
                               dedup_counts=counts, tally=tally, encodings=ingested.encodings)
        stage_report(staging, out, report)
        staging.commit()
        return CorpusResult([], [], ingested.problems, report, out_dir=str(out))
    finally:
        staging.discard()
        if reader is not None:
            reader.close()
        shutil.rmtree(spill_dir, ignore_errors=True)


def _write(out: Path, cols: Columns, verdicts: np.ndarray, dd: _Dedup, reader: SpillReader,
           ingested: _Inputs, staging: Staging) -> Tally:
    """Stage passages.jsonl and removed.jsonl (in ``staging``, for the caller to put
    in place with the report); when the run used worker processes, the removals are
    written by a forked child at the same time (the two files share no state, and each
    is as much work as the other)."""
    global _EMIT
    tally = Tally(passages=0, occurrences=int(dd.kept.size))

    def passages() -> Iterator[str]:
        for line in _passage_lines(cols, dd, reader):
            tally.passages += 1
            yield line

    if not ingested.parallel:
        staging.write(out / PASSAGES, passages())
        removed, tmp = _write_removed(out, cols, verdicts, dd, reader, ingested.removed)
        staging.adopt(tmp, out / REMOVED)
    else:
        _EMIT = (out, cols, verdicts, dd, reader, ingested.removed)
        try:
            with worker_pool(1) as pool:
                child = pool.submit(_write_removed_in_child)
                try:
                    staging.write(out / PASSAGES, passages())
                finally:
                    removed, tmp = child.result()
                    staging.adopt(tmp, out / REMOVED)
        finally:
            _EMIT = None
    return tally + removed


# Set in the parent just before emit forks the child that writes removed.jsonl.
_EMIT: tuple | None = None


def _write_removed_in_child() -> tuple[Tally, str]:
    return _write_removed(*_EMIT)


def _write_removed(out: Path, cols: Columns, verdicts: np.ndarray, dd: _Dedup, reader: SpillReader,
                   set_aside: list[Removal]) -> tuple[Tally, str]:
    """removed.jsonl, staged; returns the removal counts and the staged file's name."""
    tally = Tally()

    def removed() -> Iterator[str]:
        for r in _merged(_removals(cols, verdicts, dd, reader), set_aside):
            tally.count(r)
            yield json_line(r.to_dict())

    return tally, emit.write_staged(out / REMOVED, removed())
