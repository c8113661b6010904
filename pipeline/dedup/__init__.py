"""Stage 4, dedup: collapse exact and near-duplicate paragraphs into passages.

1. Exact: paragraphs with the same :func:`exact_key` are one passage.
2. Near: for the first paragraph of each exact key (long enough), MinHash
   signatures are computed in one batch (:mod:`.signatures`), candidates come from
   LSH banding and an exact-prefix index (:mod:`.lsh`), and each candidate is
   verified exactly before it joins a group (:mod:`.clusters`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Sequence

import numpy as np

from ..model import Occurrence, Paragraph, Passage, Removal
from .clusters import KIND_NAMES, NOT_A_COPY, Group, Member, ShingleCache, Verifier, best_match
from .exact import exact_key, passage_id
from .lsh import (band_column, band_hashes, estimated_containment, estimated_jaccard, kept_candidate_pairs,
                  optimal_bands, prefix_key)
from .shingles import hashed_containment, hashed_jaccard, jaccard, shingle_hashes, shingles
from .signatures import reference_minhash, signatures, word_signatures

RULES = {"exact": "exact-hash", "near": "minhash-lsh", "truncated": "containment"}


@dataclass
class DedupResult:
    passages: list[Passage] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    exact: int = 0
    near: int = 0
    truncated: int = 0


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
            phrase_min_side=int(c.get("phrase_min_side", 2)),
        )


_PAIRS_PER_FILTER = 100_000


class NearDuplicateIndex:
    """Signatures, band hashes and prefix keys of one batch of exact keys, and the
    candidate pairs they give, already filtered by the signature estimates."""

    def __init__(self, keys: list[str], settings: DedupSettings):
        self.settings = settings
        self.signatures, self.sizes = self.signed(keys, settings)
        self.prefix_keys = np.array([prefix_key(k, settings.prefix_chars) for k in keys], dtype=np.uint64)

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
                   settings: DedupSettings) -> "NearDuplicateIndex":
        """The index of keys whose signatures, shingle counts and prefix keys were made
        elsewhere (e.g. a batch at a time from keys kept on disk)."""
        index = cls.__new__(cls)
        index.settings, index.signatures = settings, signatures
        index.sizes = np.asarray(sizes, dtype=np.float64)
        index.prefix_keys = np.asarray(prefix_keys, dtype=np.uint64)
        return index

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs (i, j), i < j, sorted by j, with their estimated Jaccard;
        pairs whose estimates rule out both a near and a truncated copy are dropped
        (band by band, so the dropped ones are never all held at once)."""
        s = self.settings
        computed = self.__dict__.get("band_keys")
        columns = (computed[:, band] if computed is not None else band_column(self.signatures, band, s.rows)
                   for band in range(s.bands))
        i, j = kept_candidate_pairs(self.signatures.shape[0], columns, self.prefix_keys, s.max_bucket, self._worth)
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


def make_verifier(keys: list[str], settings: DedupSettings) -> Verifier:
    """The exact pair check of ``keys`` (by index) under ``settings``."""
    s = settings
    return Verifier(ShingleCache(keys, s.kind, s.size), s.threshold, s.containment, s.min_containment_chars,
                    s.window_words, s.window_unmatched, s.template_check_below,
                    (s.phrase_bridge, s.phrase_min_words, s.phrase_min_side))


def cluster(keys: Sequence[str], settings: DedupSettings, fixed: int = 0, *, lengths: list[int] | None = None,
            index: NearDuplicateIndex | Callable[[], NearDuplicateIndex] | None = None) -> list[Group]:
    """Leader clustering of distinct exact keys (in input order) into groups.

    The first ``fixed`` keys are passages decided earlier (an incremental run's
    stored candidates): each leads its own group, never joins another, and
    keeps its place as representative. When a complete version of a stored
    truncated passage joins it, the group is marked ``superseded``: the caller
    reopens that passage and clusters its paragraphs again with the new ones.

    ``keys`` need only be a sequence: with ``lengths`` (of each key) and ``index`` (of
    the keys at least ``min_chars`` long, or a function making it, so that it is freed
    as soon as its pairs are out) given, only the keys of candidate pairs are read."""
    if lengths is None:
        lengths = [len(k) for k in keys]
    eligible = np.array([n for n, length in enumerate(lengths) if settings.near and length >= settings.min_chars],
                        dtype=np.int64)
    verifier = make_verifier(keys, settings)
    # Every candidate pair is verified up front, on all cores (almost all of them are asked
    # for by the pass); only verified copies are kept, as arrays sorted by (later, earlier):
    # a pair that fails verification cannot change a group, so the pass need not see it.
    earlier = np.empty(0, dtype=np.int64)
    kinds = np.empty(0, dtype=np.int8)
    scores = np.empty(0, dtype=np.float64)
    later = np.empty(0, dtype=np.int64)
    if eligible.size > 1:
        if index is None:
            index = NearDuplicateIndex([keys[n] for n in eligible.tolist()], settings)
        elif callable(index):
            index = index()
        pi, pj, _ = index.pairs()
        del index
        if pi.size:
            gi, gj = eligible[pi], eligible[pj]
            kinds, scores = verifier.check_pair_arrays(gi, gj)
            hit = kinds != NOT_A_COPY
            earlier, later, kinds, scores = gi[hit], gj[hit], kinds[hit], scores[hit]
    bounds = np.searchsorted(later, np.arange(len(keys) + 1))

    def earlier_of(n: int) -> list[int]:
        return earlier[bounds[n] : bounds[n + 1]].tolist()

    def check(e: int, n: int) -> tuple[str, float]:
        start = bounds[n]
        at = start + int(np.searchsorted(earlier[start : bounds[n + 1]], e))
        return KIND_NAMES[int(kinds[at])], float(scores[at])

    return leader_pass(len(keys), earlier_of, check, lengths, fixed)


def leader_pass(count: int, earlier_of, check, lengths: list[int], fixed: int = 0) -> list[Group]:
    """The clustering rule of :func:`cluster` over ``count`` keys in input order:
    ``earlier_of(n)`` lists the candidate keys before ``n`` (ascending) and
    ``check(earlier, n)`` verifies one pair (None, or (kind, score)).

    Only verified pairs can change a group, so the pass can also run on each
    connected component of the verified pairs on its own (the Dask engine does)."""
    groups: list[Group] = []
    group_of: list[int] = [-1] * count
    for n in range(count):
        if n < fixed:
            group_of[n] = len(groups)
            groups.append(Group(n, [Member(n, "canonical")]))
            continue
        matches: list[tuple[int, float]] = []
        kinds: dict[int, str] = {}
        seen: set[int] = set()
        for earlier in earlier_of(n):
            g = group_of[earlier]
            if g in seen or groups[g].representative != earlier:
                continue  # only a group's representative may admit newcomers
            seen.add(g)
            verdict = check(earlier, n)
            if verdict is not None:
                kinds[g] = verdict[0]
                matches.append((g, verdict[1]))
        best = best_match(matches)
        if best is None:
            group_of[n] = len(groups)
            groups.append(Group(n, [Member(n, "canonical")]))
            continue
        g, score = best
        group = groups[g]
        group_of[n] = g
        group.members.append(Member(n, kinds[g], score))
        if kinds[g] == "truncated" and lengths[n] > lengths[group.representative]:
            if group.representative < fixed:
                group.superseded = True
            else:
                group.representative = n  # the complete version is the one kept
                group.swapped = True
    return groups


def _rescore(group: Group, keys: list[str], settings: DedupSettings) -> None:
    """After the representative changed, re-measure every member against it."""
    rep_set = shingle_hashes(keys[group.representative], settings.kind, settings.size)
    for m in group.members:
        if m.index == group.representative:
            m.match, m.similarity = "canonical", 1.0
            continue
        other = shingle_hashes(keys[m.index], settings.kind, settings.size)
        sim = hashed_jaccard(rep_set, other)
        if sim >= settings.threshold:
            m.match, m.similarity = "near", sim
        else:
            m.match, m.similarity = "truncated", hashed_containment(other, rep_set)


def distinct_keys(paragraphs: list[Paragraph], exact_keys: list[str] | None = None
                  ) -> tuple[list[str], list[int], dict[int, list[int]]]:
    """The distinct exact keys in input order, the position of each key's first
    paragraph, and for each distinct key (by number) the positions of its exact copies.
    ``exact_keys`` may give :func:`exact_key` of each paragraph's text, computed elsewhere.

    >>> from pipeline.model import Provenance
    >>> ps = [Paragraph(t, Provenance("d", n, 0, 1), t) for n, t in enumerate(["A b", "c", "a B!"], 1)]
    >>> distinct_keys(ps)
    (['a b', 'c'], [0, 1], {0: [2], 1: []})
    """
    first: dict[str, int] = {}
    keys: list[str] = []
    distinct: list[int] = []
    copies: dict[int, list[int]] = {}
    for pos, p in enumerate(paragraphs):
        key = exact_keys[pos] if exact_keys is not None else exact_key(p.text)
        d = first.get(key)
        if d is None:
            first[key] = len(distinct)
            keys.append(key)
            distinct.append(pos)
            copies[len(distinct) - 1] = []
        else:
            copies[d].append(pos)
    return keys, distinct, copies


def deduplicate(paragraphs: list[Paragraph], config: dict, exact_keys: list[str] | None = None) -> DedupResult:
    """Group the paragraphs (normalised, in input order) into passages.

    Every paragraph ends up either as a passage's canonical source or as a
    ``duplicate`` removal pointing at that passage; both appear in the
    passage's occurrences, canonical first, then in input order. ``exact_keys``:
    see :func:`distinct_keys`.
    """
    settings = DedupSettings.from_config(config)
    keys, distinct, copies = distinct_keys(paragraphs, exact_keys)
    groups = cluster(keys, settings)
    result = DedupResult()
    for group in groups:
        if group.swapped:
            _rescore(group, keys, settings)
        canonical = paragraphs[distinct[group.representative]]
        pid = passage_id(keys[group.representative])
        members: list[tuple[Paragraph, str, float]] = []
        for m in group.members:
            match = "canonical" if m.index == group.representative else m.match
            members.append((paragraphs[distinct[m.index]], match, m.similarity))
            same_key = m.index == group.representative
            for pos in copies[m.index]:
                members.append((paragraphs[pos], "exact" if same_key else match, 1.0 if same_key else m.similarity))
        members.sort(key=lambda item: (item[1] != "canonical", item[0].source.key))
        occurrences = tuple(Occurrence(p.source, match, sim) for p, match, sim in members)
        result.passages.append(Passage(pid, canonical.text, canonical.source, occurrences))
        for p, match, sim in members[1:]:
            rule = RULES["exact"] if match == "exact" else RULES[match]
            result.removed.append(Removal(p.source, p.raw, "duplicate", rule=rule, duplicate_of=pid,
                                          similarity=sim, clean=p.text))
            if match == "exact":
                result.exact += 1
            elif match == "near":
                result.near += 1
            else:
                result.truncated += 1
    result.passages.sort(key=lambda p: p.source.key)
    return result


__all__ = [
    "DedupResult",
    "DedupSettings",
    "NearDuplicateIndex",
    "cluster",
    "deduplicate",
    "distinct_keys",
    "exact_key",
    "jaccard",
    "leader_pass",
    "passage_id",
    "reference_minhash",
    "shingles",
    "signatures",
]
