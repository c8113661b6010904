"""Stage 4, dedup: collapse exact and near-duplicate paragraphs into passages."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Occurrence, Paragraph, Passage, Removal
from .clusters import Group, best_match
from .exact import exact_key, passage_id
from .lsh import NearDuplicateIndex
from .shingles import jaccard, shingles
from .signatures import minhash


@dataclass
class DedupResult:
    passages: list[Passage] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    exact: int = 0
    near: int = 0


def deduplicate(paragraphs: list[Paragraph], config: dict) -> DedupResult:
    """Group the paragraphs (normalised, in input order) into passages.

    Exact copies share an :func:`exact_key`. Near copies are found by MinHash
    LSH over shingles and verified by exact Jaccard similarity against the
    group's leader (see :mod:`pipeline.dedup.clusters`). Every paragraph ends
    up either as a passage's canonical source or as a ``duplicate`` removal
    pointing at that passage; both are listed in the passage's occurrences.
    """
    cfg = config["dedup"]
    near = bool(cfg["near"])
    kind, size = str(cfg["shingle"]), int(cfg["shingle_size"])
    num_perm, seed = int(cfg["num_perm"]), int(cfg["seed"])
    threshold, min_chars = float(cfg["threshold"]), int(cfg["min_chars_near"])
    index = NearDuplicateIndex(threshold, num_perm) if near else None

    groups: dict[str, Group] = {}
    by_key: dict[str, Group] = {}
    result = DedupResult()

    def attach(group: Group, p: Paragraph, match: str, sim: float) -> None:
        group.occurrences.append(Occurrence(p.source, match, sim))
        rule = "exact-hash" if match == "exact" else "minhash-lsh"
        result.removed.append(
            Removal(p.source, p.raw, "duplicate", rule=rule, duplicate_of=group.id, similarity=sim, clean=p.text)
        )

    for p in paragraphs:
        key = exact_key(p.text)
        group = by_key.get(key)
        if group is not None:
            attach(group, p, "exact", 1.0)
            result.exact += 1
            continue
        sh = None
        if index is not None and len(p.text) >= min_chars:
            sh = shingles(p.text, kind, size)
            sig = minhash(sh, num_perm, seed)
            scored = [(gid, jaccard(sh, groups[gid].shingles)) for gid in index.candidates(sig)]
            scored.sort(key=lambda item: groups[item[0]].leader.source.key)
            match = best_match(scored, threshold)
            if match is not None:
                group = groups[match[0]]
                by_key[key] = group
                attach(group, p, "near", match[1])
                result.near += 1
                continue
        gid = passage_id(key)
        group = Group(gid, p, sh, [Occurrence(p.source, "canonical", 1.0)])
        groups[gid] = group
        by_key[key] = group
        if index is not None and sh is not None:
            index.add(gid, sig)
    result.passages = [g.to_passage() for g in groups.values()]
    return result


__all__ = [
    "DedupResult",
    "NearDuplicateIndex",
    "deduplicate",
    "exact_key",
    "jaccard",
    "minhash",
    "passage_id",
    "shingles",
]
