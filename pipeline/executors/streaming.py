"""The local engine in bounded memory: texts on disk, everything else in columns.

:func:`pipeline.engines.local.run` holds every paragraph (its raw line, its
cleaned text, its exact key) as Python strings until the output is written:
about 3.5 KB per paragraph, 5 GB for a million. This engine writes the same
three files, byte for byte, from the same stage functions, but keeps texts in
spill files on disk and only fixed-size columns (numpy arrays, ~110 bytes a
paragraph) in memory:

1. Files are ingested one at a time; their paragraphs go in chunks to worker
   processes, which clean each line, judge each text (boilerplate evidence),
   make its exact key, append raw line, cleaned text and key to the worker's
   spill file, and send back offsets, key digests and the verdict the
   paragraph gets with and without the cross-dump repeat signal.
2. Once every file is in, the cross-dump counts pick one of the two verdicts.
3. Dedup works on key digests (exact copies) and on the keys of the distinct,
   long-enough ones, read back from disk in batches (signatures, verification).
4. Output is written in input order, texts read back by offset.

Everything written is also what :func:`local.run` + :func:`write_outputs`
write; tests compare the two byte for byte.
"""
from __future__ import annotations

import hashlib
import heapq
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

import numpy as np

from .. import __version__
from ..boilerplate import BoilerplateClassifier
from ..boilerplate.classify import short_key
from ..config import config_hash
from ..dedup import RULES, DedupSettings, NearDuplicateIndex, _rescore, cluster, exact_key
from ..dedup.lsh import prefix_key
from ..emit import PASSAGES, REMOVED, Tally, build_report, dumps, write_atomic, write_report
from ..ingest import IngestResult, discover_inputs, ingest_file, ingest_text
from ..model import Occurrence, Passage, Provenance, Removal, SourceProblem
from ..normalise import TextCleaner
from . import CorpusResult
from .local import Progress, StageTimer, format_signals

# Verdict codes per paragraph (an index >= 0 is a boilerplate outcome).
KEEP, EMPTY = -1, -2
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


def short_hash(key: str) -> int:
    """A short paragraph's repeat key as a non-zero 64-bit number (0 means "not short")."""
    value = int.from_bytes(hashlib.blake2b(key.encode(_ENCODING, _ERRORS), digest_size=8).digest(), "little")
    return value or 1


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
    """One chunk's results: the columns above and its boilerplate outcomes
    (category, rule, score, signals), which the verdict columns number."""

    spill: str
    columns: dict[str, np.ndarray]
    outcomes: list[tuple]
    seconds: dict[str, float] = field(default_factory=dict)  # CPU time per stage


class ChunkPreparer:
    """Cleaning, judging and keying of paragraphs, compiled once per process."""

    def __init__(self, config: dict, spill_dir: str):
        self.cleaner = TextCleaner(config)
        self.classifier = BoilerplateClassifier(config)
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

    def __call__(self, number: int, raws: list[str]) -> ChunkColumns:
        # Stage by stage over the chunk, not paragraph by paragraph: each stage's tables
        # (ftfy's, the rule database) stay in the CPU caches (~25% faster).
        clock = time.perf_counter
        spill = self._spill()
        seconds = {}
        started = clock()
        cleaned: dict[str, str] = {}  # repeats within a chunk are cleaned and judged once
        texts = [cleaned[raw] if raw in cleaned else cleaned.setdefault(raw, self.cleaner.clean(raw)) for raw in raws]
        seconds["normalise"] = clock() - started
        started = clock()
        outcomes: list[tuple] = []
        outcome_ids: dict[tuple, int] = {}
        judged: dict[str, tuple] = {}
        for text in texts:
            if text and text not in judged:
                judged[text] = self._judge(text, outcomes, outcome_ids)
        self.classifier.forget()  # decisions were remembered for this chunk only
        seconds["boilerplate"] = clock() - started
        started = clock()
        keyed: dict[str, tuple] = {}
        rows: list[tuple] = []
        for raw, text in zip(raws, texts):
            raw_at = spill.add(raw)
            text_at = raw_at if text == raw else spill.add(text)
            if not text:
                key = short_key(raw, self.classifier.repeat_words)
                rows.append((*raw_at, *text_at, 0 if key is None else short_hash(key), EMPTY, EMPTY,
                             -1, 0, -1, 0, 0, 0))
                continue
            found = keyed.get(text)
            if found is None:
                found = keyed[text] = judged[text] + self._key(text, spill)
            rows.append((*raw_at, *text_at, *found))
        spill.flush()  # pool workers end without flushing: each chunk is on disk when it returns
        names = ("raw_off", "raw_len", "text_off", "text_len", "short", "verdict_once", "verdict_repeated",
                 "key_off", "key_len", "key_chars", "key_hi", "key_lo", "prefix")
        columns = {name: np.array([row[k] for row in rows], dtype=_CHUNK_COLUMNS[name])
                   for k, name in enumerate(names)}
        seconds["keys"] = clock() - started
        return ChunkColumns(spill.path, columns, outcomes, seconds)

    def _judge(self, text: str, outcomes: list[tuple], outcome_ids: dict[tuple, int]) -> tuple[int, int, int]:
        """(short-key hash, verdict seen in fewer dumps, verdict seen in enough dumps to repeat)."""
        c = self.classifier
        judgement = c.judge(text)
        verdicts = []
        for seen_in in (1, c.repeat_dumps):  # dumps: too few to repeat, enough
            is_boilerplate, category, rule, score, found = c.decision(text, seen_in, judgement)
            if not is_boilerplate:
                verdicts.append(KEEP)
                continue
            outcome = (category, rule, score, format_signals(found))
            if outcome not in outcome_ids:
                outcome_ids[outcome] = len(outcomes)
                outcomes.append(outcome)
            verdicts.append(outcome_ids[outcome])
        short = 0 if judgement.short_key is None else short_hash(judgement.short_key)
        return short, verdicts[0], verdicts[1]

    def _key(self, text: str, spill: SpillWriter) -> tuple[int, int, int, int, int, int]:
        """(key offset, key bytes, key characters, digest high, digest low, prefix key); the
        key is written only when long enough for the near-duplicate search."""
        s = self.settings
        key = exact_key(text)
        hi, lo = key_digest(key)
        if s.near and len(key) >= s.min_chars:
            key_off, key_len = spill.add(key)
        else:
            key_off, key_len = -1, 0
        return key_off, key_len, len(key), hi, lo, prefix_key(key, s.prefix_chars)


# Below this much input, chunks are prepared in this process.
POOL_MIN_BYTES = 2_000_000
# Set in the parent just before the pool forks, so workers inherit the compiled preparer.
_PREPARER: ChunkPreparer | None = None


def _prepare_in_worker(number: int, raws: list[str]) -> ChunkColumns:
    return _PREPARER(number, raws)


# --- the run -------------------------------------------------------------------------------

@dataclass
class _Inputs:
    """What ingest hands on: provenance columns, per-chunk results and what ingest set aside."""

    paths: list[str] = field(default_factory=list)  # path of each path number
    path_no: dict[str, int] = field(default_factory=dict)
    prov: dict[str, list[np.ndarray]] = field(default_factory=lambda: {k: [] for k in ("path", *_PROVENANCE_COLUMNS)})
    urls: dict[int, str] = field(default_factory=dict)  # paragraph number (ingest order) -> page url
    chunks: list[ChunkColumns] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)
    count: int = 0
    seconds: Counter = field(default_factory=Counter)  # CPU time per stage, all processes
    spills: list[str] = field(default_factory=list)  # spill files, by store number
    repeat_dumps: int = 0  # dumps a short text must be in for the cross-dump repeat signal
    parallel: bool = False  # prepared on worker processes (so emit uses two as well)


def _add_provenance(inputs: _Inputs, result: IngestResult) -> list[str]:
    """Record one file's provenance in columns; return its raw lines."""
    paragraphs = result.paragraphs
    raws = []
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
        raws.append(p.raw)
    inputs.prov["path"].append(numbers)
    for k, v in cols.items():
        inputs.prov[k].append(v)
    inputs.count += len(paragraphs)
    inputs.removed.extend(result.removed)
    inputs.problems.extend(result.problems)
    inputs.files_read.extend(result.files_read)
    return raws


def _ingest_and_prepare(inputs_given: list[str] | None, texts: Mapping[str, str] | None, config: dict,
                        spill_dir: str, progress: Progress | None) -> _Inputs:
    """Ingest file by file (as :func:`local.ingest_all`) and prepare the paragraphs in chunks,
    on worker processes when there is more than one chunk's worth of input."""
    global _PREPARER
    engine = config.get("engine", {})
    chunk_size = int(engine.get("stream_chunk_size", 2500))
    workers = int(engine.get("workers", 0)) or os.cpu_count() or 1
    preparer = ChunkPreparer(config, spill_dir)
    inputs = _Inputs(repeat_dumps=preparer.classifier.repeat_dumps)

    sources: list[tuple[str, object]] = [("text", name) for name in sorted(texts or {})]
    if inputs_given:
        paths, problems = discover_inputs([str(i) for i in inputs_given], config)
        inputs.problems.extend(problems)
        sources += [("file", p) for p in paths]
    total_bytes = 0
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        for kind, name in sources:
            try:
                total_bytes += len(texts[name]) if kind == "text" else os.path.getsize(name)
            except OSError:
                pass
    # Small inputs are prepared here: forking costs more than it saves.
    use_pool = workers > 1 and total_bytes > POOL_MIN_BYTES
    pool = None
    pending = []
    if use_pool:
        inputs.parallel = True
        _PREPARER = preparer
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))

    def collect(chunk: ChunkColumns) -> None:
        inputs.chunks.append(chunk)
        inputs.seconds.update(chunk.seconds)

    def submit(raws: list[str]) -> None:
        number = len(inputs.chunks) + len(pending)
        if pool is None:
            collect(preparer(number, raws))
            return
        pending.append(pool.submit(_prepare_in_worker, number, raws))
        while len(pending) > 2 * workers:  # bounds the raw lines waiting in this process
            collect(pending.pop(0).result())

    try:
        buffer: list[str] = []
        done_bytes = 0
        files = sum(1 for kind, _ in sources if kind == "file")
        files_done = 0
        for kind, name in sources:
            started = time.perf_counter()
            result = ingest_text(name, texts[name], config) if kind == "text" else ingest_file(name, config)
            buffer += _add_provenance(inputs, result)
            inputs.seconds["ingest"] += time.perf_counter() - started
            while len(buffer) >= chunk_size:
                submit(buffer[:chunk_size])
                buffer = buffer[chunk_size:]
            if kind == "file" and progress is not None:
                files_done += 1
                try:
                    done_bytes += os.path.getsize(name)
                except OSError:
                    pass
                progress("ingest", files_done, files, done_bytes)
        if buffer:
            submit(buffer)
        for future in pending:
            collect(future.result())
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
    outcomes: list[tuple]

    def __len__(self) -> int:
        return len(self.data["line"])

    def provenance(self, n: int) -> Provenance:
        d = self.data
        record, element = d["record"].item(n), d["element"].item(n)
        return Provenance(self.paths[d["path"].item(n)], d["line"].item(n), d["start"].item(n), d["end"].item(n),
                          self.urls.get(d["order"].item(n)) if self.urls else None,
                          None if record < 0 else record, None if element < 0 else element)


def _columns(inputs: _Inputs) -> Columns:
    """Join the chunks' columns (freeing each chunk's as it goes), number the outcomes
    globally and sort into input order."""
    data: dict[str, np.ndarray] = {}
    for k in list(inputs.prov):
        parts = inputs.prov.pop(k)
        data[k] = np.concatenate(parts) if parts else np.empty(0, dtype=_PROVENANCE_COLUMNS.get(k, np.int32))
        del parts
    outcomes: list[tuple] = []
    outcome_ids: dict[tuple, int] = {}
    sizes = [len(chunk.columns["raw_off"]) for chunk in inputs.chunks]
    store_of = {path: n for n, path in enumerate(dict.fromkeys(chunk.spill for chunk in inputs.chunks))}
    data["store"] = np.repeat(np.array([store_of[chunk.spill] for chunk in inputs.chunks], dtype=np.int32), sizes)
    inputs.spills = list(store_of)
    for k, dtype in _CHUNK_COLUMNS.items():
        data[k] = np.empty(inputs.count, dtype=dtype)
    at = 0
    for chunk in inputs.chunks:
        remap = np.empty(len(chunk.outcomes) + 2, dtype=np.int32)  # [-2, -1] keep their meaning
        remap[-2:] = (EMPTY, KEEP)
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
    return Columns(inputs.paths, data, inputs.urls, outcomes)


def _verdicts(cols: Columns, repeat_dumps: int) -> np.ndarray:
    """Each paragraph's verdict code, now that the dumps each short text is in are known."""
    d = cols.data
    short, path = d["short"], d["path"]
    dumps = np.ones(len(cols), dtype=np.int64)
    has = np.flatnonzero(short != 0)
    if has.size:
        pairs = np.unique(np.stack([short[has], path[has].astype(np.uint64)], axis=1), axis=0)
        keys, counts = np.unique(pairs[:, 0], return_counts=True)
        dumps[has] = counts[np.searchsorted(keys, short[has])]
    verdicts = np.where(dumps >= repeat_dumps, d["verdict_repeated"], d["verdict_once"])
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
    for start in range(0, eligible.size, _SIGNATURE_BATCH):
        batch = keys.many(eligible[start : start + _SIGNATURE_BATCH])
        sigs[start : start + len(batch)], sizes[start : start + len(batch)] = NearDuplicateIndex.signed(batch, s)
    return NearDuplicateIndex.from_parts(sigs, sizes, prefix[eligible], s)


@dataclass
class _Dedup:
    """Per kept paragraph: its passage (by canonical paragraph), match and similarity."""

    kept: np.ndarray        # paragraph numbers, ascending
    canonical: np.ndarray   # per kept paragraph: the canonical paragraph of its passage
    match: np.ndarray       # 0 canonical, 1 exact, 2 near, 3 truncated
    similarity: np.ndarray
    passage_id: np.ndarray  # per kept paragraph: the passage id number (key_hi of the representative key)


_MATCH_NAMES = ("canonical", "exact", "near", "truncated")


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
    groups = cluster(keys, settings, lengths=lengths.tolist(),
                     index=lambda: spilled_index(keys, eligible, settings, prefix))

    group_rep = np.empty(len(groups), dtype=np.int64)
    member_group = np.empty(first.size, dtype=np.int64)
    member_match = np.zeros(first.size, dtype=np.int8)
    member_sim = np.ones(first.size, dtype=np.float64)
    for g, group in enumerate(groups):
        if group.swapped:
            _rescore(group, keys, settings)
        group_rep[g] = group.representative
        for m in group.members:
            member_group[m.index] = g
            if m.index != group.representative:
                member_match[m.index] = _MATCH_NAMES.index(m.match)
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
        occurrences = tuple(
            Occurrence(cols.provenance(n), _MATCH_NAMES[match], similarity)
            for n, match, similarity in zip(dd.kept[rows].tolist(), dd.match[rows].tolist(),
                                            dd.similarity[rows].tolist()))
        c = canon.item(a)
        text = reader.read(d["store"].item(c), d["text_off"].item(c), d["text_len"].item(c))
        yield dumps(Passage(f"{dd.passage_id.item(rows.item(0)):016x}", text, occurrences[0].source,
                            occurrences).to_dict())


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
        if verdict == EMPTY:
            yield Removal(source, raw, "empty", rule="nothing-left-after-normalise", clean="")
            continue
        text_off = d["text_off"].item(n)
        # an unchanged text points at its raw line: no second read
        text = raw if text_off == d["raw_off"].item(n) else reader.read(store, text_off, d["text_len"].item(n))
        if verdict >= 0:
            category, rule, score, signals = cols.outcomes[verdict]
            yield Removal(source, raw, "boilerplate", category=category, rule=rule, clean=text, score=score,
                          signals=signals)
            continue
        match = _MATCH_NAMES[dd.match.item(row)]
        yield Removal(source, raw, "duplicate", rule=RULES["exact" if match == "exact" else match],
                      duplicate_of=f"{dd.passage_id.item(row):016x}", similarity=dd.similarity.item(row),
                      clean=text)


def _merged(paragraphs: Iterator[Removal], set_aside: list[Removal]) -> Iterator[Removal]:
    """Removals of paragraphs (in input order already) and those ingest set aside, as one
    stream in input order; on equal keys the set-aside ones first, as a stable sort of
    them all would put them."""
    return heapq.merge(sorted(set_aside, key=lambda r: r.source.key), paragraphs, key=lambda r: r.source.key)


def run_to_folder(
    inputs: list[str] | None = None,
    texts: Mapping[str, str] | None = None,
    *,
    out_dir: str | Path,
    config: dict,
    progress: Progress | None = None,
    timings: dict | None = None,
) -> CorpusResult:
    """Run every stage over files/folders and/or in-memory ``texts`` and write the output
    contract into ``out_dir``, holding texts on disk (in a temporary folder there) rather
    than in memory. Returns the problems and the report; passages and removals are in the
    files, not in the result."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    timed = StageTimer(timings)
    spill_dir = tempfile.mkdtemp(prefix=".spill-", dir=out)
    reader = None
    try:
        ingested = timed("prepare", _ingest_and_prepare, inputs, texts, config, spill_dir, progress)
        if timings is not None:  # what the prepare step's wall time was spent on, over all processes
            timings["prepare_cpu"] = {k: round(v, 3) for k, v in sorted(ingested.seconds.items())}
        cols = timed("columns", _columns, ingested)
        reader = SpillReader(ingested.spills)
        ingested.chunks = []
        verdicts = _verdicts(cols, ingested.repeat_dumps)
        kept = np.flatnonzero(verdicts == KEEP)
        settings = DedupSettings.from_config(config)
        dd = timed("dedup", _dedup, cols, kept, settings, reader)
        read = len(cols) + len(ingested.removed)
        tally = timed("emit", _write, out, cols, verdicts, dd, reader, ingested)
        accounted = tally.passages + sum(tally.reasons.values())
        if accounted != read:  # the contract: every paragraph lands in exactly one place
            raise RuntimeError(f"internal error: {read} paragraphs read but {accounted} accounted for")
        counts = {"exact": int((dd.match == 1).sum()), "near": int((dd.match == 2).sum()),
                  "truncated": int((dd.match == 3).sum())}
        report = build_report(version=__version__, config=config, config_hash=config_hash(config),
                              files_read=ingested.files_read, problems=ingested.problems, paragraphs_read=read,
                              dedup_counts=counts, tally=tally)
        write_report(out, report)
        return CorpusResult([], [], ingested.problems, report)
    finally:
        if reader is not None:
            reader.close()
        shutil.rmtree(spill_dir, ignore_errors=True)


def _write(out: Path, cols: Columns, verdicts: np.ndarray, dd: _Dedup, reader: SpillReader,
           ingested: _Inputs) -> Tally:
    """Write passages.jsonl and removed.jsonl; when the run used worker processes, the
    removals are written by a forked child at the same time (the two files share no
    state, and each is as much work as the other)."""
    global _EMIT
    tally = Tally(passages=0, occurrences=int(dd.kept.size))

    def passages() -> Iterator[str]:
        for line in _passage_lines(cols, dd, reader):
            tally.passages += 1
            yield line

    if not ingested.parallel:
        write_atomic(out / PASSAGES, passages())
        removed = _write_removed(out, cols, verdicts, dd, reader, ingested.removed)
    else:
        _EMIT = (out, cols, verdicts, dd, reader, ingested.removed)
        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
                child = pool.submit(_write_removed_in_child)
                write_atomic(out / PASSAGES, passages())
                removed = child.result()
        finally:
            _EMIT = None
    return tally + removed


# Set in the parent just before emit forks the child that writes removed.jsonl.
_EMIT: tuple | None = None


def _write_removed_in_child() -> Tally:
    return _write_removed(*_EMIT)


def _write_removed(out: Path, cols: Columns, verdicts: np.ndarray, dd: _Dedup, reader: SpillReader,
                   set_aside: list[Removal]) -> Tally:
    """removed.jsonl; returns the removal counts."""
    tally = Tally()

    def removed() -> Iterator[str]:
        for r in _merged(_removals(cols, verdicts, dd, reader), set_aside):
            tally.count(r)
            yield dumps(r.to_dict())

    write_atomic(out / REMOVED, removed())
    return tally
