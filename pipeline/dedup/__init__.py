"""Stage 4, dedup: collapse exact and near-duplicate paragraphs into passages.

The stage is a corpus step: its local part is the exact key of each paragraph
(:class:`ExactKeys`, a per-paragraph step), its combine part groups the distinct
keys of the whole corpus (:func:`cluster`, in :mod:`.grouping`), with MinHash
candidates from :mod:`.index` verified by :mod:`.clusters`. Executors decide where
the keys live (memory, spill files, Dask buckets, the SQLite state).
"""
from ..steps import Batch, Step, register_step
from .clusters import Group, Member
from .exact import duplicate_key, exact_key, passage_id
from .facts import names_in, text_facts
from .grouping import (DedupResult, cluster, deduplicate, distinct_keys, leader_pass, make_verifier,
                       member_positions, rescore)
from .index import DedupSettings, NearDuplicateIndex, worth_verifying
from .shingles import jaccard, shingles
from .signatures import reference_minhash, signatures


@register_step("exact-key")
class ExactKeys(Step):
    """Adds ``key``: the exact-duplicate key of each cleaned text (:func:`duplicate_key`;
    None for an empty one)."""

    def run(self, batch: Batch) -> Batch:
        keyed: dict[str, str] = {}
        batch["key"] = [(keyed[t] if t in keyed else keyed.setdefault(t, duplicate_key(t))) if t else None
                        for t in batch["text"]]
        return batch


__all__ = [
    "DedupResult",
    "DedupSettings",
    "ExactKeys",
    "Group",
    "Member",
    "NearDuplicateIndex",
    "cluster",
    "deduplicate",
    "distinct_keys",
    "duplicate_key",
    "exact_key",
    "jaccard",
    "leader_pass",
    "make_verifier",
    "member_positions",
    "names_in",
    "passage_id",
    "reference_minhash",
    "rescore",
    "shingles",
    "signatures",
    "text_facts",
    "worth_verifying",
]
