"""Near-duplicate candidates: the dedup settings, MinHash signatures of a batch of
exact keys, LSH band and key-prefix buckets, and the pairs worth verifying."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .lsh import (band_column, band_hashes, estimated_containment, estimated_jaccard, kept_candidate_pairs,
                  deeper_prefix_keys, optimal_bands, prefix_key)
from .signatures import signatures, word_signatures

@dataclass(frozen=True)
class DedupSettings:
    near: bool
    kind: str
    size: int
    hash: str
    num_perm: int
    seed: int
    threshold: float
    containment: float
    min_chars: int
    min_containment_chars: int
    prefix_chars: int
    bands: int
    rows: int
    max_bucket: int
    prefilter_margin: float
    window_words: int
    window_unmatched: int
    template_check_below: float
    phrase_bridge: int = 1
    phrase_min_words: int = 0
    phrase_min_side: int = 2
    prefix_levels: int = 0
    window_min_run: int = 0

    def searched(self, key_length: int) -> bool:
        """Whether a key this long is searched for near copies (shorter ones match exactly only)."""
        return self.near and key_length >= self.min_chars

    @classmethod
    def from_config(cls, config: dict) -> "DedupSettings":
        c = config["dedup"]
        num_perm, threshold = int(c["num_perm"]), float(c["threshold"])
        bands, rows = int(c.get("bands", 0)), int(c.get("rows", 0))
        if not bands or not rows:
            bands, rows = optimal_bands(float(c.get("lsh_threshold", threshold)), num_perm)
        return cls(
            near=bool(c["near"]), kind=str(c["shingle"]), size=int(c["shingle_size"]), hash=str(c.get("hash", "poly32")),
            num_perm=num_perm, seed=int(c["seed"]), threshold=threshold,
            containment=float(c.get("containment", 0.9)), min_chars=int(c["min_chars_near"]),
            min_containment_chars=int(c.get("min_containment_chars", 80)),
            prefix_chars=int(c.get("prefix_chars", 80)), bands=bands, rows=rows,
            max_bucket=int(c.get("max_bucket", 64)), prefilter_margin=float(c.get("prefilter_margin", 0.2)),
            window_words=int(c.get("window_words", 0)), window_unmatched=int(c.get("window_unmatched", 4)),
            template_check_below=float(c.get("template_check_below", 1.0)),
            phrase_bridge=int(c.get("phrase_bridge", 1)), phrase_min_words=int(c.get("phrase_min_words", 0)),
            phrase_min_side=int(c.get("phrase_min_side", 2)), prefix_levels=int(c.get("prefix_levels", 0)),
            window_min_run=int(c.get("window_min_run", 0)),
        )


_PAIRS_PER_FILTER = 100_000


class NearDuplicateIndex:
    """Signatures, band hashes and prefix keys of one batch of exact keys, and the
    candidate pairs they give, already filtered by the signature estimates."""

    def __init__(self, keys: list[str], settings: DedupSettings):
        self.settings = settings
        self.signatures, self.sizes = self.signed(keys, settings)
        self.prefix_keys = np.array([prefix_key(k, settings.prefix_chars) for k in keys], dtype=np.uint64)
        self.deeper_prefix_keys = deeper_prefixes(keys, settings)

    @staticmethod
    def signed(keys: list[str], settings: DedupSettings) -> tuple[np.ndarray, np.ndarray]:
        """The signatures of ``keys`` and their shingle counts (for containment estimates)."""
        s = settings
        if s.kind == "word":
            sigs = word_signatures(keys, s.num_perm, s.seed, s.size, s.hash)
            sizes = [max(1, len(k.split()) - s.size + 1) for k in keys]
        else:
            sigs = signatures(keys, s.num_perm, s.seed, s.size, s.hash)
            sizes = [max(1, len(k) - s.size + 1) for k in keys]
        return sigs, np.asarray(sizes, dtype=np.float64)

    @cached_property
    def band_keys(self) -> np.ndarray:
        """All band hashes (``n`` x ``bands``), for callers that store them; :meth:`pairs`
        makes them a band at a time instead."""
        return band_hashes(self.signatures, self.settings.bands, self.settings.rows)

    @classmethod
    def from_parts(cls, signatures: np.ndarray, sizes: np.ndarray, prefix_keys: np.ndarray,
                   settings: DedupSettings, deeper_prefix_keys: np.ndarray | None = None) -> "NearDuplicateIndex":
        """The index of keys whose signatures, shingle counts and prefix keys were made
        elsewhere (e.g. a batch at a time from keys kept on disk)."""
        index = cls.__new__(cls)
        index.settings, index.signatures = settings, signatures
        index.sizes = np.asarray(sizes, dtype=np.float64)
        index.prefix_keys = np.asarray(prefix_keys, dtype=np.uint64)
        n = index.prefix_keys.shape[0]
        index.deeper_prefix_keys = (np.zeros((n, settings.prefix_levels), dtype=np.uint64)
                                    if deeper_prefix_keys is None else np.asarray(deeper_prefix_keys, dtype=np.uint64))
        return index

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs (i, j), i < j, sorted by j, with their estimated Jaccard;
        pairs whose estimates rule out both a near and a truncated copy are dropped
        (band by band, so the dropped ones are never all held at once)."""
        s = self.settings
        computed = self.__dict__.get("band_keys")
        columns = (computed[:, band] if computed is not None else band_column(self.signatures, band, s.rows)
                   for band in range(s.bands))
        prefixes = np.column_stack([self.prefix_keys, self.deeper_prefix_keys])
        i, j = kept_candidate_pairs(self.signatures.shape[0], columns, prefixes, s.max_bucket, self._worth)
        return i, j, estimated_jaccard(self.signatures, i, j)

    def _worth(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        # In slices: the filter's temporaries per candidate would otherwise dominate peak memory.
        keep = np.empty(i.size, dtype=bool)
        for start in range(0, i.size, _PAIRS_PER_FILTER):
            a, b = i[start : start + _PAIRS_PER_FILTER], j[start : start + _PAIRS_PER_FILTER]
            est = estimated_jaccard(self.signatures, a, b)
            keep[start : start + a.size] = worth_verifying(est, self.prefix_keys[a], self.prefix_keys[b],
                                                           self.sizes[a], self.sizes[b], self.settings)
        return keep


def deeper_prefixes(keys: list[str], settings: DedupSettings) -> np.ndarray:
    """Prefix keys of ``keys`` at the ``prefix_levels`` longer openings (one row a key)."""
    levels = settings.prefix_levels
    out = np.zeros((len(keys), levels), dtype=np.uint64)
    if levels:
        for row, key in enumerate(keys):
            if len(key) >= settings.prefix_chars * 2:
                out[row] = deeper_prefix_keys(key, settings.prefix_chars, levels)
    return out


def worth_verifying(est: np.ndarray, prefix_a: np.ndarray, prefix_b: np.ndarray, size_a: np.ndarray,
                    size_b: np.ndarray, s: DedupSettings) -> np.ndarray:
    """Which candidate pairs the signature estimates leave possible as a near copy
    (estimated Jaccard) or, for pairs with the same key prefix, a truncated copy
    (containment implied by the estimate and the shingle counts)."""
    keep = est >= s.threshold - s.prefilter_margin
    same_prefix = (prefix_a != 0) & (prefix_a == prefix_b)
    if same_prefix.any():
        small, large = np.minimum(size_a, size_b), np.maximum(size_a, size_b)
        keep |= same_prefix & (estimated_containment(est, small, large) >= s.containment - s.prefilter_margin)
    return keep


