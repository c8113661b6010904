"""One measured run, in its own process so peak memory is the run's own.

``python -m bench.measure pipeline|baseline CORPUS_DIR`` prints one JSON object.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from pipeline import load_config, write_corpus
from pipeline.emit import PASSAGES, REMOVED


def truth(folder: Path) -> dict:
    return json.loads((folder / "truth.json").read_text())


def score(assign: dict[tuple[str, int], str | None], canonical: dict[str, tuple[str, int]], t: dict) -> dict:
    """Recall of copies, precision of merges and hard negatives kept apart, against the truth.

    ``assign`` maps each line to the passage it ended in (None when removed as boilerplate),
    ``canonical`` maps a passage to its canonical line. When the truth says which copies
    state their original's numbers (``same_numbers``), recall over those is given too: a copy
    that states other numbers is another paragraph's facts by the merge rule, and kept apart.
    When it also says which sentence each copy adds (``added``), ``recall_one_text`` is the
    recall over those copies that one kept text can stand for: a copy that adds another
    sentence than one already in its original's passage is left out (a passage keeps one
    text, and it cannot state both additions), unless it is in the passage all the same; so
    is one whose word edits reword a statement (``reworded``: a word for another, a "not"
    added or dropped), which the merge rule keeps apart as another statement.
    """
    places = [tuple(p) for p in t["places"]]
    group_of = {place: g for place, g in zip(places, t["groups"])}
    original_of: dict[int, tuple[str, int]] = {}
    for place, g, kind in zip(places, t["groups"], t["kinds"]):
        if kind == "original":
            original_of[g] = place
    found = total = 0
    same = t.get("same_numbers") or [None] * len(places)
    added = t.get("added") or [None] * len(places)
    reworded = t.get("reworded") or [False] * len(places)
    found_same = total_same = found_one = total_one = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    members: dict[str, list[int]] = defaultdict(list)
    for place in places:
        if assign.get(place) is not None:
            members[assign[place]].append(group_of[place])

    def in_original(place, g) -> bool:
        return assign.get(place) is not None and assign.get(place) == assign.get(original_of.get(g))

    # the sentences the copies in each original's passage add (its kept text states them all)
    held: dict[int, set[str]] = defaultdict(set)
    for place, g, sentence in zip(places, t["groups"], added):
        if sentence and in_original(place, g):
            held[g].add(sentence)
    for place, g, kind, numbers, sentence, other_words in zip(places, t["groups"], t["kinds"], same, added,
                                                              reworded):
        if kind in ("original", "hard-negative"):
            continue
        total += 1
        hit = in_original(place, g)
        found += hit
        if numbers:
            total_same += 1
            found_same += hit
            # a copy adding another sentence than one the passage holds cannot join it: one
            # kept text cannot state both additions
            if hit or not (other_words or (sentence and held[g] - {sentence})):
                total_one += 1
                found_one += hit
        per_kind[kind][0] += hit
        per_kind[kind][1] += 1
    merged = correct = 0
    for place, pid in assign.items():
        if pid is None or canonical[pid] == place:
            continue
        merged += 1
        correct += group_of[place] == group_of[canonical[pid]]
    negatives = [p for p, k in zip(places, t["kinds"]) if k == "hard-negative"]
    apart = sum(1 for p in negatives if assign.get(p) is not None and set(members[assign[p]]) == {group_of[p]})
    extra = {"recall_same_numbers": round(found_same / max(1, total_same), 4),
             "copies_same_numbers": total_same} if "same_numbers" in t else {}
    if "same_numbers" in t and "added" in t:
        extra |= {"recall_one_text": round(found_one / max(1, total_one), 4), "copies_one_text": total_one}
    return {
        **extra,
        "recall": round(found / max(1, total), 4),
        "precision": round(correct / max(1, merged), 4),
        "copies": total,
        "merged": merged,
        "hard_negatives": len(negatives),
        "hard_negatives_kept_apart": round(apart / max(1, len(negatives)), 4),
        "recall_per_kind": {k: round(v[0] / v[1], 4) for k, v in sorted(per_kind.items())},
    }


def measure_pipeline(folder: Path, out: Path) -> dict:
    """The CLI's path (:func:`pipeline.write_corpus`), timed stage by stage; quality is
    scored from the files it wrote. Peak memory is taken before the scoring."""
    config = load_config()
    timings: dict = {}
    started = time.perf_counter()
    result = write_corpus([str(folder / "dumps")], out_dir=out, config=config, timings=timings)
    total = time.perf_counter() - started
    peaks = _peaks()
    assign: dict[tuple[str, int], str | None] = {}
    canonical = {}
    with open(out / PASSAGES, encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            canonical[p["id"]] = (p["source"]["path"], p["source"]["line"])
            for o in p["occurrences"]:
                assign[(o["path"], o["line"])] = p["id"]
    with open(out / REMOVED, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["reason"] != "duplicate":
                assign[(r["source"]["path"], r["source"]["line"])] = None
    cpu = timings.pop("prepare_cpu", {})
    return {"seconds": timings, "prepare_cpu_seconds": cpu, "end_to_end_seconds": total,
            "quality": score(assign, canonical, truth(folder)),
            "boilerplate_removed": result.report["counts"]["removed"].get("boilerplate", 0),
            "duplicates": result.report["counts"]["duplicates"], **peaks}


def _own_peak_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ``ru_maxrss``: Linux carries that over
    an exec, so a measuring process started by a parent holding the generated corpus would
    report the parent's size (1,310 MB at a million paragraphs, for 1,096 MB of our own)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def _peaks() -> dict:
    return {"peak_memory_mb": round(_own_peak_mb(), 1),
            # Worker processes peak separately; the largest is reported.
            "largest_worker_memory_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def measure_baseline(folder: Path, limit: int | None) -> dict:
    """Plain datasketch: one MinHash per paragraph fed shingle by shingle with ``update``,
    one MinHashLSH; a paragraph whose query returns a match is a duplicate of it.
    Runs on the normalised text, so only the dedup stage differs from the pipeline."""
    from datasketch import MinHash, MinHashLSH

    from pipeline.dedup import exact_key
    from pipeline.dedup.shingles import char_shingles
    from pipeline.executors.memory import read_all
    from pipeline.normalise import normalise

    config = load_config()
    cfg = config["dedup"]
    paragraphs = normalise(read_all([str(folder / "dumps")], None, config).paragraphs, config)
    if limit:
        paragraphs = paragraphs[:limit]
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=float(cfg["threshold"]), num_perm=int(cfg["num_perm"]))
    assign: dict[tuple[str, int], str] = {}
    canonical: dict[str, tuple[str, int]] = {}
    for p in paragraphs:
        place = (p.source.path, p.source.line)
        mh = MinHash(num_perm=int(cfg["num_perm"]), seed=int(cfg["seed"]))
        for s in char_shingles(exact_key(p.text), int(cfg["shingle_size"])):
            mh.update(s.encode("utf-8"))
        hits = sorted(lsh.query(mh))
        if hits:
            assign[place] = hits[0]
        else:
            key = f"{p.source.path}:{p.source.line}"
            lsh.insert(key, mh)
            assign[place] = key
            canonical[key] = place
    seconds = time.perf_counter() - started
    t = truth(folder)
    if limit:
        keep = set(map(tuple, t["places"][:limit]))
        idx = [n for n, p in enumerate(t["places"]) if tuple(p) in keep]
        t = {k: [t[k][n] for n in idx] for k in ("places", "groups", "kinds")}
    return {"paragraphs": len(paragraphs), "dedup_seconds": seconds, "quality": score(assign, canonical, t)}


def main(argv: list[str]) -> None:
    mode, folder = argv[0], Path(argv[1])
    if mode == "pipeline":
        out = measure_pipeline(folder, Path(argv[2]))
    else:
        out = measure_baseline(folder, int(argv[2]) if len(argv) > 2 and argv[2] != "0" else None)
    if mode != "pipeline":
        out.update(_peaks())
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
