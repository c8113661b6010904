"""The cross-dump repeat count: a corpus step.

A short paragraph found in several dumps is site furniture more often than
article text, so the boilerplate verdict of a short paragraph depends on the
number of distinct dumps its repeat key is in. That number needs the whole
corpus: each partition gives its distinct (key, dump) pairs (:meth:`local`), one
place sums them (:meth:`combine`, optionally over the counts of earlier runs),
and each paragraph's :class:`~pipeline.steps.Judged` verdict is then settled
(:meth:`choose`). Keys and dumps travel as 64-bit hashes (:func:`key_hash`), so the
parts are small fixed-size arrays whatever the executor.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Mapping

import numpy as np

from ..steps import Judged, Outcome


def key_hash(key: str) -> int:
    """A repeat key (or a dump path) as a non-zero 64-bit number (0 means "not short")."""
    value = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return value or 1


class RepeatCounts:
    """Dumps per repeat-key hash: sorted ``keys`` and their ``counts``."""

    def __init__(self, keys: np.ndarray, counts: np.ndarray):
        self.keys, self.counts = keys, counts

    def of(self, hashes: np.ndarray) -> np.ndarray:
        """The count of each hash (1 for a hash never counted, and for 0: not short)."""
        out = np.ones(hashes.size, dtype=np.int64)
        if self.keys.size == 0 or hashes.size == 0:
            return out
        at = np.minimum(np.searchsorted(self.keys, hashes), self.keys.size - 1)
        hit = (self.keys[at] == hashes) & (hashes != 0)
        out[hit] = self.counts[at[hit]]
        return out

    def as_dict(self) -> dict[int, int]:
        return dict(zip(self.keys.tolist(), self.counts.tolist()))


class CrossDumpRepeats:
    """The corpus step: ``local`` per partition, ``combine`` once, ``choose`` per paragraph."""

    name = "cross-dump-repeats"

    def __init__(self, config: dict):
        repeat = config["boilerplate"]["signals"]["cross_dump_repeat"]
        self.min_dumps = int(repeat["min_dumps"])
        self.max_words = int(repeat["max_words"])

    @staticmethod
    def hashes(judged: Iterable[Judged]) -> np.ndarray:
        """The repeat-key hash of each paragraph (0 for one too long to be counted)."""
        return np.array([0 if j.short_key is None else key_hash(j.short_key) for j in judged], dtype=np.uint64)

    @staticmethod
    def local(hashes: np.ndarray, dumps: np.ndarray) -> np.ndarray:
        """The distinct (key hash, dump hash) pairs of one partition, as an (n, 2) array."""
        has = np.flatnonzero(hashes != 0)
        if has.size == 0:
            return np.empty((0, 2), dtype=np.uint64)
        return np.unique(np.stack([hashes[has], dumps[has].astype(np.uint64)], axis=1), axis=0)

    @staticmethod
    def combine(parts: Iterable[np.ndarray], prior: Mapping[int, int] | None = None) -> RepeatCounts:
        """Distinct dumps per key over every partition (a dump may span partitions), plus
        ``prior`` counts (dumps of earlier runs, which share none with this one)."""
        parts = [p for p in parts if p.size]
        pairs = np.unique(np.concatenate(parts), axis=0) if parts else np.empty((0, 2), dtype=np.uint64)
        keys, counts = np.unique(pairs[:, 0], return_counts=True)
        counts = counts.astype(np.int64)
        if prior:
            extra = {k: n for k, n in prior.items() if n}
            at = np.searchsorted(keys, np.array(sorted(extra), dtype=np.uint64))
            for pos, k in zip(at.tolist(), sorted(extra)):
                if pos < keys.size and keys[pos] == k:
                    counts[pos] += extra[k]
            missing = sorted(set(extra) - set(keys.tolist()))
            if missing:
                keys = np.concatenate([keys, np.array(missing, dtype=np.uint64)])
                counts = np.concatenate([counts, np.array([extra[k] for k in missing], dtype=np.int64)])
                order = np.argsort(keys, kind="stable")
                keys, counts = keys[order], counts[order]
        return RepeatCounts(keys, counts)

    def choose(self, judged: Judged, dumps: int) -> Outcome | None:
        """The paragraph's outcome now that the number of dumps its key is in is known."""
        return judged.repeated if dumps >= self.min_dumps else judged.once
