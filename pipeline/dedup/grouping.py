"""Grouping distinct exact keys into passages: leader clustering over verified pairs.

1. Exact: paragraphs with the same :func:`duplicate_key` are one passage.
2. Near: for the first paragraph of each exact key (long enough), MinHash
   signatures are computed in one batch (:mod:`.signatures`), candidates come from
   LSH banding and an exact-prefix index (:mod:`.lsh`, :mod:`.index`), and each
   candidate is verified exactly before it joins a group (:mod:`.clusters`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import numpy as np

from ..emit.records import duplicate_removal, passage_of
from ..model import Paragraph, Passage, Removal
from .clusters import KIND_NAMES, NOT_A_COPY, Group, Member, ShingleCache, Verifier, best_match
from .exact import duplicate_key, passage_id
from .facts import text_facts
from .index import DedupSettings, NearDuplicateIndex
from .shingles import hashed_containment, hashed_jaccard, shingle_hashes

@dataclass
class DedupResult:
    passages: list[Passage] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"exact": 0, "near": 0, "truncated": 0})


def make_verifier(keys: list[str], settings: DedupSettings, facts_of: Callable[[int], str] | None = None
                  ) -> Verifier:
    """The exact pair check of ``keys`` (by index) under ``settings``; ``facts_of(n)``: what
    the checks read from key ``n``'s first paragraph beyond its key, its names and edges
    (:func:`~.facts.text_facts`), where the texts are at hand."""
    s = settings
    return Verifier(ShingleCache(keys, s.kind, s.size), s.threshold, s.containment, s.min_containment_chars,
                    s.window_words, s.window_unmatched, s.template_check_below,
                    (s.phrase_bridge, s.phrase_min_words, s.phrase_min_side), facts_of, s.window_min_run)


def cluster(keys: Sequence[str], settings: DedupSettings, fixed: int = 0, *, lengths: list[int] | None = None,
            index: NearDuplicateIndex | Callable[[], NearDuplicateIndex] | None = None,
            facts_of: Callable[[int], str] | None = None) -> list[Group]:
    """Leader clustering of distinct exact keys (in input order) into groups.

    The first ``fixed`` keys are passages decided earlier (an incremental run's
    stored candidates): each leads its own group, never joins another, and
    keeps its place as representative. When a complete version of a stored
    truncated passage joins it, the group is marked ``superseded``: the caller
    reopens that passage and clusters its paragraphs again with the new ones.

    ``keys`` need only be a sequence: with ``lengths`` (of each key) and ``index`` (of
    the keys at least ``min_chars`` long, or a function making it, so that it is freed
    as soon as its pairs are out) given, only the keys of candidate pairs are read.
    ``facts_of``: see :func:`make_verifier`."""
    if lengths is None:
        lengths = [len(k) for k in keys]
    eligible = np.array([n for n, length in enumerate(lengths) if settings.searched(length)], dtype=np.int64)
    verifier = make_verifier(keys, settings, facts_of)
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
    # Representatives a complete version replaced, by key: they still admit copies of
    # themselves (whose facts the fuller representative holds), never fuller texts.
    former: set[int] = set()
    for n in range(count):
        if n < fixed:
            group_of[n] = len(groups)
            groups.append(Group(n, [Member(n, "canonical")]))
            continue
        found: dict[int, tuple[str, float, bool]] = {}
        for earlier in earlier_of(n):
            g = group_of[earlier]
            current = groups[g].representative == earlier
            if not current and (earlier not in former or (g in found and found[g][2])):
                continue  # only a group's representatives admit newcomers
            verdict = check(earlier, n)
            if verdict is None or (not current and verdict[0] == "truncated" and lengths[n] > lengths[earlier]):
                continue
            if g not in found or current or verdict[1] > found[g][1]:
                found[g] = (verdict[0], verdict[1], current)
        best = best_match([(g, v[1]) for g, v in found.items()])
        if best is None:
            group_of[n] = len(groups)
            groups.append(Group(n, [Member(n, "canonical")]))
            continue
        g, score = best
        group = groups[g]
        group_of[n] = g
        kind = found[g][0]
        group.members.append(Member(n, kind, score))
        if kind == "truncated" and lengths[n] > lengths[group.representative]:
            if group.representative < fixed:
                group.superseded = True
            else:
                former.add(group.representative)
                group.representative = n  # the complete version is the one kept
                group.swapped = True
    return groups


def rescore(group: Group, keys: list[str], settings: DedupSettings) -> None:
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
    ``exact_keys`` may give :func:`duplicate_key` of each paragraph's text, computed elsewhere.

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
        key = exact_keys[pos] if exact_keys is not None else duplicate_key(p.text)
        d = first.get(key)
        if d is None:
            first[key] = len(distinct)
            keys.append(key)
            distinct.append(pos)
            copies[len(distinct) - 1] = []
        else:
            copies[d].append(pos)
    return keys, distinct, copies


def member_positions(group: Group, distinct: Sequence[int], copies: Mapping[int, list[int]]
                     ) -> list[tuple[int, str, float]]:
    """Every paragraph of a group as (position, match, similarity): each member key's
    first paragraph and its exact copies (copies of the representative's key are
    ``exact``; copies of another member's key match as that member does)."""
    out: list[tuple[int, str, float]] = []
    for m in group.members:
        same_key = m.index == group.representative
        match = "canonical" if same_key else m.match
        out.append((distinct[m.index], match, m.similarity))
        for pos in copies[m.index]:
            out.append((pos, "exact" if same_key else match, 1.0 if same_key else m.similarity))
    return out


def deduplicate(paragraphs: list[Paragraph], config: dict, exact_keys: list[str] | None = None) -> DedupResult:
    """Group the paragraphs (normalised, in input order) into passages.

    Every paragraph ends up either as a passage's canonical source or as a
    ``duplicate`` removal pointing at that passage; both appear in the
    passage's occurrences, canonical first, then in input order. ``exact_keys``:
    see :func:`distinct_keys`.
    """
    settings = DedupSettings.from_config(config)
    keys, distinct, copies = distinct_keys(paragraphs, exact_keys)
    groups = cluster(keys, settings, facts_of=lambda n: text_facts(paragraphs[distinct[n]].text))
    result = DedupResult()
    for group in groups:
        if group.swapped:
            rescore(group, keys, settings)
        canonical = paragraphs[distinct[group.representative]]
        pid = passage_id(keys[group.representative])
        members = member_positions(group, distinct, copies)
        result.passages.append(passage_of(pid, canonical.text,
                                          [(paragraphs[pos].source, match, sim) for pos, match, sim in members]))
        for pos, match, sim in members:
            if match == "canonical":
                continue
            p = paragraphs[pos]
            result.removed.append(duplicate_removal(p.source, p.raw, p.text, match, pid, sim))
            result.counts[match] += 1
    result.passages.sort(key=lambda p: p.source.key)
    return result
