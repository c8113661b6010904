"""The Dask executor: the same steps over partitions of the input, on a Dask cluster.

Input files (in sorted path order) are cut into partitions of about
``[dask] partition_mb``; a partition's paragraphs are numbered
``partition << 32 | position``, which is the other executors' input order. Every
step below is a task on one partition or one hash bucket, and data moves
between steps only through hash-partitioned exchanges (each task returns one
piece per bucket; a bucket's task takes its piece from every producer), so no
task holds more than its partition or bucket:

1. per partition: ingest and the per-paragraph steps; the repeat step's local
   part (distinct repeat-key and dump pairs) sent to buckets by key hash;
2. per bucket: the repeat step's combine (dumps per key);
3. per partition: verdicts settled with the counts; exact keys sent to their bucket;
4. per key bucket ("home"): exact duplicates grouped, MinHash signatures, LSH
   band hashes and key-prefix hashes sent to buckets by hash (the shuffle);
5. per band bucket: candidate pairs from equal bands (same bucket rule as the
   other executors), sent to the home of the earlier key;
6. per home: the earlier key's text and signature attached, sent to the home of
   the later key; there the signature estimate and the exact verification run;
7. the verified pairs' ends (two integers each, no text) are gathered and their
   connected components found; each component's pairs go to one bucket, where
   the same leader pass runs on it (:func:`pipeline.dedup.leader_pass`:
   only verified pairs can change a group, so components are independent);
8. per home, then per partition: every paragraph learns its passage, removals
   are written, occurrences sent to the partition of their passage's canonical
   paragraph, which writes its passages.

Partitions write ``parts/passages-NNNNN.jsonl`` and ``parts/removed-NNNNN.jsonl``
under the output folder (which must be shared by the workers); since partitions
are contiguous ranges of the input order, the contract files are those parts
concatenated, byte for byte what the other executors write.
"""
from __future__ import annotations

import operator
import os
import time
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..boilerplate import CrossDumpRepeats, key_hash
from ..dedup import (DedupSettings, NearDuplicateIndex, leader_pass, make_verifier, passage_id, rescore, text_facts,
                     worth_verifying)
from ..dedup.lsh import pairs_in_runs
from ..emit import PASSAGES, REMOVED, Staging, Tally, json_line, stage_report, write_atomic
from ..emit.records import check_accounted, duplicate_removal, passage_of
from ..ingest import IngestResult, discover_inputs, ingest_file
from ..model import Paragraph, Removal, blocking
from ..result import CorpusResult
from ..steps import Batch, Judged, build_steps, run_steps
from .common import finish_report, in_read_order, input_order, split_outcomes, with_texts

SHIFT = 32  # order = partition << SHIFT | position in the partition


def bucket_of_text(text: str, buckets: int) -> int:
    """A bucket that is the same in every process (``hash()`` is salted per process)."""
    return zlib.crc32(text.encode("utf-8")) % buckets


def partition_files(paths: list[str], target_bytes: int) -> list[list[str]]:
    """Consecutive runs of ``paths`` of about ``target_bytes`` each (a file is never split).

    >>> partition_files([], 10)
    []
    """
    parts: list[list[str]] = []
    current: list[str] = []
    size = 0
    for path in paths:
        try:
            n = os.path.getsize(path)
        except OSError:
            n = 0
        if current and size + n > target_bytes:
            parts.append(current)
            current, size = [], 0
        current.append(path)
        size += n
    if current:
        parts.append(current)
    return parts


# -- 1-3: per partition ------------------------------------------------------------
@dataclass
class Part:
    index: int
    paragraphs: list[Paragraph]  # normalised; after the verdicts only the kept ones
    removed: list[Removal]
    problems: list
    files_read: list[str]
    read: int
    encodings: dict[str, str] = field(default_factory=dict)
    judged: list[Judged] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)
    short: np.ndarray | None = None  # repeat-key hash per paragraph
    canonical: list = field(default_factory=list)  # (order, passage id, paragraph) of its passages


def prepare(index: int, paths: list[str], config: dict, buckets: int) -> tuple[Part, list[np.ndarray]]:
    """Ingest the partition and run the per-paragraph steps; the repeat step's local part
    (distinct key and dump pairs) goes to the bucket of each key hash."""
    ingested = IngestResult()
    for path in paths:
        ingested.extend(ingest_file(path, config))
    in_read_order(ingested.paragraphs)
    read = len(ingested.paragraphs) + len(ingested.removed)
    batch = run_steps(build_steps(config), Batch.of(ingested.paragraphs))
    repeats = CrossDumpRepeats(config)
    short = repeats.hashes(batch["judged"])
    dump_hashes = np.array([key_hash(path) for path in batch.dumps], dtype=np.uint64)
    dumps = dump_hashes[np.asarray(batch.dump, dtype=np.int64)] if len(batch) else np.empty(0, np.uint64)
    pairs = repeats.local(short, dumps)
    pieces = [pairs[pairs[:, 0] % np.uint64(buckets) == b] for b in range(buckets)]
    order = input_order(ingested.paragraphs)  # judged in read order; the rest takes input order
    texts, judged, keys = batch["text"], batch["judged"], batch["key"]
    part = Part(index, with_texts([ingested.paragraphs[n] for n in order], [texts[n] for n in order]),
                ingested.removed, ingested.problems, ingested.files_read, read, ingested.encodings,
                [judged[n] for n in order], [keys[n] for n in order], short[np.asarray(order, dtype=np.int64)])
    return part, pieces


def sum_counts(pieces: list[np.ndarray], config: dict) -> dict[int, int]:
    """Dumps per repeat-key hash of one bucket, over all partitions (the repeat step's combine);
    only those in more than one dump can matter."""
    return {k: n for k, n in CrossDumpRepeats(config).combine(pieces).as_dict().items() if n > 1}


def answer_counts(totals: dict[int, int], asked: np.ndarray) -> dict[int, int]:
    """The repeated keys among those one partition sent to this bucket (the way back
    of the group-by, so a partition receives only the counts of its own lines)."""
    return {k: totals[k] for k in asked[:, 0].tolist() if k in totals}


def classify_part(part: Part, repeated: list[dict], config: dict, buckets: int) -> tuple[Part, list[list]]:
    """Settle the verdicts with the counts; the kept paragraphs' exact keys go to their home bucket."""
    counts: dict[int, int] = {}
    for piece in repeated:
        counts.update(piece)
    repeats = CrossDumpRepeats(config)
    outcomes = [repeats.choose(j, counts.get(h, 1)) for j, h in zip(part.judged, part.short.tolist())]
    kept, removed = split_outcomes(part.paragraphs, outcomes)
    keys = [k for k, o in zip(part.keys, outcomes) if o is None]
    settings = DedupSettings.from_config(config)
    pieces: list[list] = [[] for _ in range(buckets)]
    base = part.index << SHIFT
    named: set[str] = set()
    for pos, key in enumerate(keys):
        # What the pair checks read from the text (its names and edges) travels with the key:
        # the text stays here.
        # Only a key's first paragraph here can be its first of all (orders grow with pos).
        first = key not in named and settings.searched(len(key))
        if first:
            named.add(key)
        pieces[bucket_of_text(key, buckets)].append((key, base | pos, text_facts(kept[pos].text) if first else ""))
    out = Part(part.index, kept, part.removed + removed, part.problems, part.files_read, part.read, part.encodings)
    return out, pieces


# -- 4: per home bucket of exact keys ---------------------------------------------
@dataclass
class Home:
    bucket: int
    keys: list[str]  # distinct exact keys, in input order of their first paragraph
    facts: list[str]  # of each key's first paragraph (:func:`~pipeline.dedup.text_facts`)
    first: np.ndarray  # order of each key's first paragraph
    copies: list[list[int]]  # orders of the other paragraphs with that key
    rows: dict[int, int]  # key number -> row in the signature arrays (eligible keys only)
    eligible: list[int]
    signatures: np.ndarray
    sizes: np.ndarray
    prefix: np.ndarray


def _empty_bands() -> dict[str, np.ndarray]:
    return {"band": np.empty(0, np.int64), "hash": np.empty(0, np.uint64), "order": np.empty(0, np.int64),
            "home": np.empty(0, np.int64), "row": np.empty(0, np.int64)}


def build_home(bucket: int, pieces: list[list], settings: DedupSettings, buckets: int) -> tuple[Home, list[dict]]:
    first: dict[str, int] = {}
    facts: dict[str, str] = {}
    copies: dict[str, list[int]] = {}
    for piece in pieces:
        for key, order, named in piece:
            seen = first.get(key)
            if seen is None:
                first[key], facts[key] = order, named
                copies[key] = []
            elif order < seen:
                copies[key].append(seen)
                first[key], facts[key] = order, named
            else:
                copies[key].append(order)
    keys = sorted(first, key=first.__getitem__)
    eligible = [n for n, k in enumerate(keys) if settings.searched(len(k))]
    if eligible:
        index = NearDuplicateIndex([keys[n] for n in eligible], settings)
        sigs, sizes, prefix, band_keys = index.signatures, index.sizes, index.prefix_keys, index.band_keys
        deeper = index.deeper_prefix_keys
    else:
        deeper = np.empty((0, settings.prefix_levels), np.uint64)
        sigs = np.empty((0, settings.num_perm), np.uint32)
        sizes, prefix = np.empty(0, np.float64), np.empty(0, np.uint64)
        band_keys = np.empty((0, settings.bands), np.uint64)
    home = Home(bucket, keys, [facts[k] for k in keys], np.array([first[k] for k in keys], dtype=np.int64),
                [sorted(copies[k]) for k in keys], {n: r for r, n in enumerate(eligible)}, eligible, sigs, sizes,
                prefix)
    # One entry per (eligible key, band), and per key prefix (band -1; the longer openings
    # -2, -3 ...), to the bucket of its hash.
    m = len(eligible)
    orders = home.first[eligible] if m else np.empty(0, np.int64)
    band_no = np.tile(np.arange(settings.bands, dtype=np.int64), m)
    hashes = band_keys.reshape(-1)
    entry_order = np.repeat(orders, settings.bands)
    entry_row = np.repeat(np.arange(m, dtype=np.int64), settings.bands)
    for level, column in enumerate([prefix, *deeper.T] if m else []):
        usable = np.flatnonzero(column != 0)
        band_no = np.concatenate([band_no, np.full(usable.size, -1 - level, np.int64)])
        hashes = np.concatenate([hashes, column[usable].astype(np.uint64)])
        entry_order = np.concatenate([entry_order, orders[usable]])
        entry_row = np.concatenate([entry_row, usable])
    target = (hashes % np.uint64(buckets)).astype(np.int64)
    pieces_out = []
    for b in range(buckets):
        sel = target == b
        pieces_out.append({"band": band_no[sel], "hash": hashes[sel], "order": entry_order[sel],
                           "home": np.full(int(sel.sum()), bucket, np.int64), "row": entry_row[sel]})
    return home, pieces_out


# -- 5: per band bucket: candidate pairs ------------------------------------------
def _concat(pieces: list[dict], empty: dict) -> dict:
    return {k: np.concatenate([p[k] for p in pieces] + [empty[k]]) for k in empty}


def band_pairs(pieces: list[dict], max_bucket: int, buckets: int) -> list[dict]:
    """Candidate pairs from entries with equal (band, hash), each bucket of entries
    paired as the other executors do (every member with the first ``max_bucket``
    ones, in input order), sent to the home of the earlier key."""
    e = _concat(pieces, _empty_bands())
    empty_pairs = {"i": np.empty(0, np.int64), "j": np.empty(0, np.int64), "i_home": np.empty(0, np.int64),
                   "i_row": np.empty(0, np.int64), "j_home": np.empty(0, np.int64), "j_row": np.empty(0, np.int64)}
    if e["order"].size < 2:
        return [dict(empty_pairs) for _ in range(buckets)]
    order = np.lexsort((e["order"], e["hash"], e["band"]))
    band, hashes = e["band"][order], e["hash"][order]
    starts = np.ones(order.size, dtype=bool)
    starts[1:] = (band[1:] != band[:-1]) | (hashes[1:] != hashes[:-1])
    runs = np.cumsum(starts).astype(np.int64)
    found = list(pairs_in_runs(np.arange(order.size, dtype=np.int64), runs, max_bucket))
    out_i = np.concatenate([f[0] for f in found]) if found else np.empty(0, np.int64)
    out_j = np.concatenate([f[1] for f in found]) if found else np.empty(0, np.int64)
    a, b = order[out_i], order[out_j]  # a is earlier in input order within its run
    pairs = {"i": e["order"][a], "j": e["order"][b], "i_home": e["home"][a], "i_row": e["row"][a],
             "j_home": e["home"][b], "j_row": e["row"][b]}
    return [{k: v[pairs["i_home"] == h] for k, v in pairs.items()} for h in range(buckets)]


# -- 6: join both ends, verify -----------------------------------------------------
def attach_earlier(home: Home, pieces: list[dict], buckets: int) -> list[dict]:
    """At the earlier key's home: distinct pairs, with that key's text, signature,
    shingle count and prefix attached, sent to the later key's home."""
    p = {k: np.concatenate([x[k] for x in pieces]) for k in pieces[0]} if pieces else {}
    if not p or p["i"].size == 0:
        return [None] * buckets
    order = np.lexsort((p["i"], p["j"]))
    keep = np.ones(order.size, dtype=bool)
    keep[1:] = (p["i"][order][1:] != p["i"][order][:-1]) | (p["j"][order][1:] != p["j"][order][:-1])
    order = order[keep]
    p = {k: v[order] for k, v in p.items()}
    rows = p["i_row"]
    out = []
    for h in range(buckets):
        sel = np.flatnonzero(p["j_home"] == h)
        if sel.size == 0:
            out.append(None)
            continue
        out.append({"i": p["i"][sel], "j": p["j"][sel], "j_row": p["j_row"][sel], "i_home": p["i_home"][sel],
                    "i_sig": home.signatures[rows[sel]], "i_size": home.sizes[rows[sel]],
                    "i_prefix": home.prefix[rows[sel]],
                    "i_key": [home.keys[home.eligible[r]] for r in rows[sel].tolist()],
                    "i_facts": [home.facts[home.eligible[r]] for r in rows[sel].tolist()]})
    return out


@dataclass
class Edges:
    """Verified pairs found at one home: ends (orders and homes), verdicts, key texts."""

    i: np.ndarray
    j: np.ndarray
    i_home: np.ndarray
    j_home: np.ndarray
    kind: list[str]
    score: list[float]
    i_key: list[str]
    j_key: list[str]


def verify(home: Home, pieces: list, settings: DedupSettings) -> Edges:
    """At the later key's home: the signature estimate filter and the exact check,
    the same as :meth:`NearDuplicateIndex.pairs` and :func:`cluster` apply."""
    pieces = [x for x in pieces if x is not None]
    empty = Edges(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64),
                  [], [], [], [])
    if not pieces:
        return empty
    p = {k: (np.concatenate([x[k] for x in pieces]) if k not in ("i_key", "i_facts") else
             [s for x in pieces for s in x[k]]) for k in pieces[0]}
    j_sig = home.signatures[p["j_row"]]
    est = (p["i_sig"] == j_sig).sum(axis=1) / settings.num_perm
    keep = worth_verifying(est, p["i_prefix"], home.prefix[p["j_row"]], p["i_size"], home.sizes[p["j_row"]],
                           settings)
    idx = np.flatnonzero(keep)
    keys = [p["i_key"][n] for n in idx.tolist()] + [home.keys[home.eligible[r]] for r in p["j_row"][idx].tolist()]
    facts = [p["i_facts"][n] for n in idx.tolist()] + [home.facts[home.eligible[r]]
                                                         for r in p["j_row"][idx].tolist()]
    verifier = make_verifier(keys, settings, facts.__getitem__)
    firsts = np.arange(idx.size, dtype=np.int64)
    found = [(n, verdict) for n, verdict in enumerate(verifier.check_pairs(firsts, firsts + idx.size))
             if verdict is not None]
    if not found:
        return empty
    sel = idx[[n for n, _ in found]]
    return Edges(p["i"][sel], p["j"][sel], p["i_home"][sel],
                 np.full(sel.size, home.bucket, np.int64), [v[0] for _, v in found], [v[1] for _, v in found],
                 [keys[n] for n, _ in found], [keys[idx.size + n] for n, _ in found])


def edge_ends(edges: Edges) -> tuple[np.ndarray, np.ndarray]:
    return edges.i, edges.j


def components(ends: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Connected components of the verified pairs: (node orders, component label of each)."""
    if not ends:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    i = np.concatenate([e[0] for e in ends])
    j = np.concatenate([e[1] for e in ends])
    nodes, inverse = np.unique(np.concatenate([i, j]), return_inverse=True)
    parent = np.arange(nodes.size, dtype=np.int64)
    _union_all(parent, inverse[: i.size], inverse[i.size:])
    roots = np.array([_find(parent, x) for x in range(nodes.size)], dtype=np.int64) if nodes.size else parent
    return nodes, roots


def _find(parent: np.ndarray, x: int) -> int:
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return int(root)


def _union_all(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = _find(parent, x), _find(parent, y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)


def route_edges(edges: Edges, nodes: np.ndarray, labels: np.ndarray, buckets: int) -> list[list]:
    """Each verified pair to the bucket of its component."""
    out: list[list] = [[] for _ in range(buckets)]
    if edges.i.size == 0:
        return out
    comp = labels[np.searchsorted(nodes, edges.i)]
    for n in range(edges.i.size):
        out[int(comp[n]) % buckets].append(
            (int(comp[n]), int(edges.i[n]), int(edges.j[n]), int(edges.i_home[n]), int(edges.j_home[n]),
             edges.kind[n], edges.score[n], edges.i_key[n], edges.j_key[n]))
    return out


# -- 7: the leader pass per component ---------------------------------------------
def cluster_components(pieces: list[list], settings: DedupSettings, buckets: int) -> list[list]:
    """Run the leader pass on each component; every node learns its
    passage (id, canonical order) and how it matches; sent to the node's home."""
    by_comp: dict[int, list] = {}
    for piece in pieces:
        for edge in piece:
            by_comp.setdefault(edge[0], []).append(edge)
    out: list[list] = [[] for _ in range(buckets)]
    for comp in sorted(by_comp):
        edges = by_comp[comp]
        info: dict[int, tuple[int, str]] = {}
        for _, i, j, ih, jh, _, _, ik, jk in edges:
            info[i] = (ih, ik)
            info[j] = (jh, jk)
        nodes = sorted(info)
        local = {o: n for n, o in enumerate(nodes)}
        keys = [info[o][1] for o in nodes]
        lengths = [len(k) for k in keys]
        earlier: dict[int, list[int]] = {}
        verdicts: dict[tuple[int, int], tuple[str, float]] = {}
        for _, i, j, _, _, kind, score, _, _ in edges:
            earlier.setdefault(local[j], []).append(local[i])
            verdicts[(local[i], local[j])] = (kind, score)
        for lst in earlier.values():
            lst.sort()
        groups = leader_pass(len(nodes), lambda n: earlier.get(n, ()), lambda e, n: verdicts.get((e, n)), lengths)
        for group in groups:
            if group.swapped:
                rescore(group, keys, settings)
            rep = nodes[group.representative]
            pid = passage_id(keys[group.representative])
            for m in group.members:
                match = "canonical" if m.index == group.representative else m.match
                order = nodes[m.index]
                out[info[order][0]].append((order, pid, rep, match, m.similarity))
    return out


# -- 8: back to the paragraphs ------------------------------------------------------
def assign_passages(home: Home, pieces: list[list], buckets: int) -> list[list]:
    """Per paragraph of every key at this home: (order, passage id, canonical order,
    match, similarity), sent to the paragraph's partition."""
    assigned = {order: rest for piece in pieces for order, *rest in piece}
    out: list[list] = [[] for _ in range(buckets)]
    for n, key in enumerate(home.keys):
        first = int(home.first[n])
        pid, rep, match, sim = assigned.get(first, (passage_id(key), first, "canonical", 1.0))
        out[first >> SHIFT].append((first, pid, rep, match, sim))
        same_key = rep == first
        for order in home.copies[n]:
            out[order >> SHIFT].append((order, pid, rep, "exact" if same_key else match,
                                        1.0 if same_key else sim))
    return out


def attribute_copies(part: Part, pieces: list[list], buckets: int) -> tuple[Part, list[list], dict]:
    """Removals for the partition's copies; occurrences sent to the canonical's partition."""
    decisions = {order: rest for piece in pieces for order, *rest in piece}
    base = part.index << SHIFT
    removed = list(part.removed)
    occ: list[list] = [[] for _ in range(buckets)]
    counts = {"exact": 0, "near": 0, "truncated": 0}
    canonical: list[tuple[int, str, Paragraph]] = []
    for pos, p in enumerate(part.paragraphs):
        pid, rep, match, sim = decisions[base | pos]
        occ[rep >> SHIFT].append((rep, p.source, match, sim))
        if match == "canonical":
            canonical.append((base | pos, pid, p))
        else:
            removed.append(duplicate_removal(p.source, p.raw, p.text, match, pid, sim))
            counts[match] += 1
    return Part(part.index, [], removed, part.problems, part.files_read, part.read, part.encodings,
                canonical=canonical), occ, counts


def write_part(part: Part, pieces: list[list], out_dir: str) -> dict:
    """The partition's passages (with every occurrence) and removals, as part files."""
    occurrences: dict[int, list] = {}
    for piece in pieces:
        for rep, source, match, sim in piece:
            occurrences.setdefault(rep, []).append((source, match, sim))
    passages = [passage_of(pid, p.text, occurrences[order]) for order, pid, p in part.canonical]
    removed = sorted(part.removed, key=lambda r: r.source.key)
    check_accounted(part.read, len(passages) + len(removed), f"partition {part.index}")
    parts = Path(out_dir) / "parts"
    write_atomic(parts / f"passages-{part.index:05d}.jsonl", (json_line(p.to_dict()) for p in passages))
    write_atomic(parts / f"removed-{part.index:05d}.jsonl", (json_line(r.to_dict()) for r in removed))
    return {"tally": Tally.of(passages, removed), "files_read": part.files_read, "problems": part.problems,
            "read": part.read, "encodings": part.encodings}


# -- the driver ----------------------------------------------------------------------
def _peak_rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _summarise_tasks(records: list[dict], timings: dict) -> None:
    """Worker-seconds per step and bytes of the exchanged pieces, from Dask's task stream."""
    seconds: dict[str, float] = {}
    shuffled = 0
    for rec in records:
        name = str(rec.get("key", "")).strip("(')").split("-")[0]
        for ss in rec.get("startstops", ()):
            if ss.get("action") == "compute":
                seconds[name] = seconds.get(name, 0.0) + ss["stop"] - ss["start"]
        if name == "piece":
            shuffled += int(rec.get("nbytes", 0) or 0)
    timings["worker_seconds"] = dict(sorted(seconds.items()))
    timings["exchanged_bytes"] = shuffled


def write_whole(out: Path, parts: int, report: dict) -> None:
    """The contract files from the workers' ``parts`` numbered parts, staged and put in place
    together: a full disk while joining them leaves an earlier run's three files as they were."""
    parts_dir = out / "parts"
    with Staging() as staging:
        for name, stem in ((PASSAGES, "passages"), (REMOVED, "removed")):
            staging.concatenate(out / name, (parts_dir / f"{stem}-{q:05d}.jsonl" for q in range(parts)))
        stage_report(staging, out, report)
        staging.commit()


def _client(scheduler: str | None, dask_config: dict):
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    workers = int(dask_config.get("workers", 0)) or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           memory_limit=dask_config.get("memory_limit", "auto"), dashboard_address=None)
    return Client(cluster), cluster


def run(inputs: list[str], out_dir: str | Path, *, config: dict, scheduler: str | None = None,
        dask_config: dict | None = None, timings: dict | None = None, strict: bool = False) -> CorpusResult:
    """Run the whole pipeline on a Dask cluster (a local one with one worker per core
    unless ``scheduler`` names one) and write the contract files to ``out_dir``.
    Returns the report. With ``strict``, a run that had to skip an input (or a record of
    one) leaves the contract files of an earlier run as they were (``out_dir`` None)."""
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    settings = DedupSettings.from_config(config)
    paths, problems = discover_inputs([str(i) for i in inputs], config)
    dask_config = dask_config or {}
    target = int(float(dask_config.get("partition_mb", 16)) * 1e6)
    groups = partition_files(paths, target)
    nparts = len(groups)
    buckets = max(1, nparts)
    client, cluster = _client(scheduler, dask_config)
    started = time.perf_counter()

    def mark(name):
        if timings is not None:
            timings[name] = time.perf_counter() - started

    stream = None
    if timings is not None:
        from distributed import get_task_stream

        stream = get_task_stream(client)
        stream.__enter__()
    try:
        submit = client.submit

        def piece(future, b):
            # named "piece-...": the exchanged data, counted by _summarise_tasks
            return submit(operator.getitem, future, b, key=f"piece-{uuid.uuid4().hex}")

        def pick(futures, b):
            return [piece(f, b) for f in futures]

        prepared = [submit(prepare, n, g, config, buckets, pure=False) for n, g in enumerate(groups)]
        parts = [submit(operator.getitem, f, 0, pure=False) for f in prepared]
        count_out = [submit(operator.getitem, f, 1, pure=False) for f in prepared]
        del prepared
        asked = [[piece(f, b) for b in range(buckets)] for f in count_out]
        totals = [submit(sum_counts, [asked[q][b] for q in range(nparts)], config, pure=False)
                  for b in range(buckets)]
        classified = [submit(classify_part, p, [submit(answer_counts, totals[b], asked[q][b], pure=False)
                                                for b in range(buckets)], config, buckets, pure=False)
                      for q, p in enumerate(parts)]
        del asked, totals
        del parts, count_out
        parts = [submit(operator.getitem, f, 0, pure=False) for f in classified]
        key_out = [submit(operator.getitem, f, 1, pure=False) for f in classified]
        del classified
        built = [submit(build_home, b, pick(key_out, b), settings, buckets, pure=False) for b in range(buckets)]
        homes = [submit(operator.getitem, f, 0, pure=False) for f in built]
        band_out = [submit(operator.getitem, f, 1, pure=False) for f in built]
        del built, key_out
        pair_out = [submit(band_pairs, pick(band_out, b), settings.max_bucket, buckets, pure=False)
                    for b in range(buckets)]
        del band_out
        attached = [submit(attach_earlier, homes[h], pick(pair_out, h), buckets, pure=False)
                    for h in range(buckets)]
        del pair_out
        edges = [submit(verify, homes[h], pick(attached, h), settings, pure=False) for h in range(buckets)]
        del attached
        ends = client.gather([submit(edge_ends, e, pure=False) for e in edges])
        mark("to_verified_pairs")
        nodes, labels = components(ends)
        del ends
        nodes_f, labels_f = client.scatter([nodes, labels], broadcast=False)
        routed = [submit(route_edges, e, nodes_f, labels_f, buckets, pure=False) for e in edges]
        del edges
        assigned = [submit(cluster_components, pick(routed, b), settings, buckets, pure=False)
                    for b in range(buckets)]
        del routed
        decided = [submit(assign_passages, homes[h], pick(assigned, h), buckets, pure=False) for h in range(buckets)]
        del assigned, homes
        attributed = [submit(attribute_copies, parts[q], pick(decided, q), buckets, pure=False) for q in range(nparts)]
        del decided, parts
        final = [submit(operator.getitem, f, 0, pure=False) for f in attributed]
        occ_out = [submit(operator.getitem, f, 1, pure=False) for f in attributed]
        dup_counts = [submit(operator.getitem, f, 2, pure=False) for f in attributed]
        del attributed
        written = [submit(write_part, final[q], pick(occ_out, q), str(out), pure=False) for q in range(nparts)]
        stats = client.gather(written)
        counts_list = client.gather(dup_counts)
        mark("written_parts")
        if stream is not None:
            stream.__exit__(None, None, None)
            _summarise_tasks(stream.data, timings)
            timings["worker_peak_mb"] = sorted(round(v / 1024) for v in client.run(_peak_rss_kb).values())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    tally = Tally()
    files_read: list[str] = []
    encodings: dict[str, str] = {}
    read = 0
    for s in stats:
        tally = tally + s["tally"]
        files_read.extend(s["files_read"])
        encodings.update(s["encodings"])
        problems.extend(s["problems"])
        read += s["read"]
    dedup_counts = {"exact": 0, "near": 0, "truncated": 0}
    for c in counts_list:
        for k, v in c.items():
            dedup_counts[k] += v
    report = finish_report(config, files_read=files_read, problems=problems, read=read,
                           accounted=tally.passages + sum(tally.reasons.values()), dedup_counts=dedup_counts,
                           tally=tally, encodings=encodings)
    if strict and blocking(problems):  # a failed run: the workers' parts are written, the contract files not
        return CorpusResult([], [], problems, report, out_dir=None)
    write_whole(out, len(stats), report)
    mark("total")
    return CorpusResult([], [], problems, report, out_dir=str(out))


__all__ = ["components", "partition_files", "run"]
