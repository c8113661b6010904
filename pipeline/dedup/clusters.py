"""Grouping copies into passages: leader clustering with exact verification.

Paragraphs are visited in input order. The first paragraph of a group is its
leader; a later paragraph joins a group only if it is verified against that
group's *representative* (never against another member), so a chain of small
edits (A~B, B~C, C~D) cannot pull an unrelated D into A's group, as single-link
union-find would. A paragraph joins when the exact Jaccard similarity of the
shingle sets reaches ``threshold`` (a near copy), or when the shorter of the two
has at least ``containment`` of its shingles in the longer (a truncated copy).
A pair that passes on Jaccard alone is still rejected when, after aligning the
two word sequences (longest common subsequence), *each* side has a stretch of
``window_words`` words of which at least ``window_unmatched`` are unaligned,
and one side has a run of at least ``window_min_run`` unaligned words in a row:
that is one passage's content swapped for another's inside a shared template
(two exercise instructions with the same opening and closing), not an edited
copy, whose differences are scattered words (one or two in a row where edits
fall close together), or a passage present on one side only (a sentence
dropped, added, or cut off).
When the newcomer contains the representative (the representative was the
truncated one), the newcomer becomes the representative: the complete version
is the one kept. The representative it replaced still admits copies of itself,
but no text fuller than itself: the kept text states all that such a copy states,
and a copy with a few words edited may be too far from the fuller text to be
verified against it. Among several matching groups the most similar wins, ties
to the group seen first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Sequence

import numpy as np

from .facts import (DIFFERENT, FIRST_IN_SECOND, SAME, SECOND_IN_FIRST, cut_off, cut_prefix, fact_relation,
                    facts_parts, names_swapped, number_relation, qualified_edge)
from .kernels import kernel, prange
from .shingles import _char_hashes, _intersection_size, hashed_containment, hashed_jaccard, shingle_hashes

# Kinds of a verified pair, as the batch kernel reports them.
NOT_A_COPY, NEAR, TRUNCATED = 0, 1, 2
KIND_NAMES = {NEAR: "near", TRUNCATED: "truncated"}
# Pairs verified per kernel call, and the characters of their keys: bound the code
# points and shingle hashes held at once (8 bytes a character).
PAIRS_PER_CALL = 16384
CHARS_PER_CALL = 4_000_000
# Longer paragraphs are not aligned word by word (the table grows with the square).
MAX_ALIGNED_WORDS = 2000


# Slots: the leader pass makes one group and one member per distinct key (a million
# of each at a million paragraphs), and a __dict__ apiece would double their memory.
@dataclass(slots=True)
class Member:
    index: int
    match: str  # canonical | exact | near | truncated
    similarity: float = 1.0


@dataclass(slots=True)
class Group:
    representative: int
    members: list[Member] = field(default_factory=list)
    swapped: bool = False
    # a fixed (stored) representative that a longer, complete version matched as
    # its truncated copy: the caller should reopen it and cluster again
    superseded: bool = False


def best_match(candidates: list[tuple[int, float]]) -> tuple[int, float] | None:
    """The candidate with the highest score; the first of equal scores wins.

    >>> best_match([(3, 0.71), (1, 0.9), (2, 0.9)])
    (1, 0.9)
    >>> best_match([]) is None
    True
    """
    best: tuple[int, float] | None = None
    for gid, score in candidates:
        if best is None or score > best[1]:
            best = (gid, score)
    return best


def _remember(cache: dict, i: int, compute, capacity: int):
    """``cache[i]``, computed by ``compute(i)`` when missing; the oldest entry makes room
    once ``capacity`` are kept."""
    found = cache.get(i)
    if found is None:
        found = compute(i)
        if len(cache) >= capacity:
            cache.pop(next(iter(cache)))
        cache[i] = found
    return found


class ShingleCache:
    """Shingle sets (as sorted hash arrays) computed on demand for verification,
    keeping only the most recently used ones."""

    def __init__(self, keys: Sequence[str], kind: str, size: int, capacity: int = 4096):
        self.keys, self.kind, self.size, self.capacity = keys, kind, size, capacity
        self._cache: dict[int, np.ndarray] = {}

    @cached_property
    def lengths(self) -> np.ndarray:
        """Each key's length in characters; keys kept on disk (SpilledKeys) know theirs,
        so they need not all be read back for it."""
        known = getattr(self.keys, "lengths", None)
        if known is not None:
            return np.asarray(known, dtype=np.int64)
        return np.array([len(k) for k in self.keys], dtype=np.int64)

    def __call__(self, i: int) -> np.ndarray:
        return _remember(self._cache, i, lambda n: shingle_hashes(self.keys[n], self.kind, self.size), self.capacity)


@kernel(cache=True)
def _lcs_table(a, b):
    """Longest-common-subsequence lengths of every pair of suffixes of a and b."""
    n, m = a.shape[0], b.shape[0]
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                table[i, j] = table[i + 1, j + 1] + 1
            else:
                table[i, j] = max(table[i + 1, j], table[i, j + 1])
    return table


@kernel(cache=True)
def _unaligned(a, b, table):
    """Flags of the words of a and b left out of the longest common subsequence."""
    n, m = a.shape[0], b.shape[0]
    out_a = np.ones(n, dtype=np.int32)
    out_b = np.ones(m, dtype=np.int32)
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out_a[i] = 0
            out_b[j] = 0
            i += 1
            j += 1
        elif table[i + 1, j] >= table[i, j + 1]:
            i += 1
        else:
            j += 1
    return out_a, out_b


@kernel(cache=True)
def _replaced_phrase(a, b, table, bridge, min_words, min_side):
    """Whether, walking the same alignment, some stretch has unaligned words on *both*
    sides (at least ``min_side`` each, ``min_words`` together), runs of unaligned words
    joined across at most ``bridge`` shared words: a phrase swapped for another. Scattered
    single-word edits give one word a side; a dropped or added sentence, words on one side."""
    if min_words <= 0:
        return False
    n, m = a.shape[0], b.shape[0]
    i = j = 0
    gap_a = gap_b = shared = 0
    while i < n or j < m:
        if i < n and j < m and a[i] == b[j]:
            shared += 1
            if shared > bridge:
                gap_a = gap_b = 0
            i += 1
            j += 1
            continue
        if i < n and (j >= m or table[i + 1, j] >= table[i, j + 1]):
            gap_a += 1
            i += 1
        else:
            gap_b += 1
            j += 1
        shared = 0
        if gap_a >= min_side and gap_b >= min_side and gap_a + gap_b >= min_words:
            return True
    return False


@kernel(cache=True)
def _has_dense_window(flags, window, needed):
    """Whether some run of ``window`` flags (all of them, when fewer) holds ``needed`` set ones."""
    n = flags.shape[0]
    if n < needed:
        return False
    width = min(window, n)
    count = 0
    for i in range(width):
        count += flags[i]
    if count >= needed:
        return True
    for i in range(width, n):
        count += flags[i] - flags[i - width]
        if count >= needed:
            return True
    return False


@kernel(cache=True)
def _longest_run(flags):
    """The most set flags in a row."""
    best = run = 0
    for f in flags:
        run = run + 1 if f else 0
        best = max(best, run)
    return best


@kernel(cache=True)
def _word_hashes(codes):
    """One 64-bit FNV-1a hash per space-separated word of an exact key (given as code points)."""
    out = np.empty(codes.shape[0] // 2 + 1, dtype=np.uint64)
    n = 0
    h = np.uint64(0xCBF29CE484222325)
    in_word = False
    for c in codes:
        if c == 32:
            if in_word:
                out[n] = h
                n += 1
                in_word = False
                h = np.uint64(0xCBF29CE484222325)
        else:
            h = (h ^ np.uint64(c)) * np.uint64(0x100000001B3)
            in_word = True
    if in_word:
        out[n] = h
        n += 1
    return out[:n]


def word_hashes(key: str) -> np.ndarray:
    """The words of an exact key (single spaces between words) as hashes, for alignment.

    >>> h = word_hashes("hip pain hip")
    >>> h.size, bool(h[0] == h[2]), bool(h[0] == h[1])
    (3, True, False)
    """
    return _word_hashes(np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32))


@kernel(cache=True)
def _replaced(a, b, window, needed, min_run, bridge, min_words, min_side):
    table = _lcs_table(a, b)
    flags_a, flags_b = _unaligned(a, b, table)
    if _has_dense_window(flags_a, window, needed) and _has_dense_window(flags_b, window, needed) \
            and (min_run <= 0 or max(_longest_run(flags_a), _longest_run(flags_b)) >= min_run):
        return True
    return _replaced_phrase(a, b, table, bridge, min_words, min_side)


def replaced_between(words_a: np.ndarray, words_b: np.ndarray, window: int, needed: int,
                     max_words: int = MAX_ALIGNED_WORDS, phrase: tuple[int, int, int] = (0, 0, 0),
                     min_run: int = 0) -> bool:
    """:func:`replaced_stretches` on :func:`word_hashes` arrays (the verifier keeps these per key)."""
    if words_a.shape[0] > max_words or words_b.shape[0] > max_words:
        return False
    return bool(_replaced(words_a, words_b, window, needed, min_run, *phrase))


def replaced_stretches(key_a: str, key_b: str, window: int, needed: int,
                       max_words: int = MAX_ALIGNED_WORDS,
                       phrase: tuple[int, int, int] = (0, 0, 0), min_run: int = 0) -> bool:
    """Whether the two keys share only a template: after aligning their words, both hold
    a stretch of ``window`` words with ``needed`` words the other lacks, and one of them
    has ``min_run`` such words in a row (0: any), or (with ``phrase`` = (bridge,
    min_words, min_side)) one phrase was swapped for another.

    >>> head, tail = "start standing with feet apart", "do eight reps on each side"
    >>> replaced_stretches(f"{head} lower into a deep reverse lunge {tail}",
    ...                    f"{head} hinge forward and lift one leg behind {tail}", 6, 4)
    True
    >>> replaced_stretches(f"{head} lower into a deep reverse lunge {tail}",
    ...                    f"{head} lower into a slow reverse lunge {tail}", 6, 4)
    False
    >>> a = f"{head} stop listening to these terrible stories {tail}"
    >>> b = f"{head} stop listening to other people s horror stories {tail}"
    >>> replaced_stretches(a, b, 6, 3), replaced_stretches(a, b, 6, 3, phrase=(1, 6, 2))
    (False, True)
    >>> original, edited = f"{head} lower into a deep lunge {tail}", f"{head} lower in the deep lunge {tail}"
    >>> replaced_stretches(original, edited, 6, 2), replaced_stretches(original, edited, 6, 2, min_run=3)
    (True, False)
    """
    return replaced_between(word_hashes(key_a), word_hashes(key_b), window, needed, max_words, phrase, min_run)


@dataclass
class Verifier:
    """Exact checks of a candidate pair, after a cheap signature-based filter."""

    shingles: ShingleCache
    threshold: float
    containment: float
    min_containment_chars: int
    window_words: int = 0
    window_unmatched: int = 4
    template_check_below: float = 1.0
    # (bridge, min_words, min_side) of the swapped-phrase test; min_words 0 turns it off
    phrase: tuple[int, int, int] = (0, 0, 0)
    # What the checks read from each key's first paragraph beyond the key, by key number
    # (:func:`.facts.text_facts`): the names it states, told by their capitals
    # (:func:`.facts.names_swapped`), and how its first and last words are joined, told by
    # its punctuation (:func:`.facts.qualified_edge`), which the keys lack. None where no
    # text is at hand: then neither is compared.
    facts_of: Callable[[int], str] | None = None
    # The template check also needs this many unaligned words in a row on one side (0: any).
    window_min_run: int = 0

    def __post_init__(self) -> None:
        self._words: dict[int, np.ndarray] = {}
        self._facts: dict[int, str] = {}

    def _word_hashes(self, i: int) -> np.ndarray:
        # A representative is aligned with each of its many copies: keep its words.
        return _remember(self._words, i, lambda n: word_hashes(self.shingles.keys[n]), self.shingles.capacity)

    def facts(self, i: int) -> tuple[str, str]:
        """The names and the edges of key ``i`` (kept: a representative meets many copies)."""
        return facts_parts(_remember(self._facts, i, self.facts_of, self.shingles.capacity))

    def shares_only_a_template(self, rep: int, new: int) -> bool:
        if not self.window_words:
            return False
        return replaced_between(self._word_hashes(rep), self._word_hashes(new),
                                self.window_words, self.window_unmatched, phrase=self.phrase,
                                min_run=self.window_min_run)

    def check_pairs(self, reps: np.ndarray, news: np.ndarray) -> list[tuple[str, float] | None]:
        """:meth:`check` for many pairs at once, on all cores (character shingles; word
        shingles go pair by pair). Same answers: the kernel repeats the same arithmetic."""
        kinds, scores = self.check_pair_arrays(reps, news)
        return [(KIND_NAMES[k], s) if k else None for k, s in zip(kinds.tolist(), scores.tolist())]

    def check_pair_arrays(self, reps: np.ndarray, news: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`check_pairs` as arrays: kind per pair (:data:`NOT_A_COPY`, :data:`NEAR`,
        :data:`TRUNCATED`) and its score."""
        keys = self.shingles.keys
        kinds = np.zeros(len(reps), dtype=np.int8)
        scores = np.zeros(len(reps), dtype=np.float64)
        if self.shingles.kind != "char":
            lengths = self.shingles.lengths.tolist()
            for p, (r, n) in enumerate(zip(reps.tolist(), news.tolist())):
                verdict = self.check(r, n, lengths)
                if verdict is not None:
                    kinds[p] = NEAR if verdict[0] == "near" else TRUNCATED
                    scores[p] = verdict[1]
            return kinds, scores
        # A representative is checked against each of its copies: visiting the pairs by
        # representative makes its shingle set once per call rather than once per copy.
        order = np.lexsort((news, reps))
        for r, n, at, involved, local in self._calls(reps[order], news[order], order):
            chosen = [keys[k] for k in involved.tolist()]
            offsets = np.zeros(len(chosen) + 1, dtype=np.int64)
            np.cumsum([len(k) for k in chosen], out=offsets[1:])
            codes = np.empty(int(offsets[-1]), dtype=np.uint32)
            for k, key in enumerate(chosen):  # key by key: no joined copy of them all
                codes[offsets[k] : offsets[k + 1]] = np.frombuffer(key.encode("utf-32-le", "surrogatepass"),
                                                                   dtype=np.uint32)
            del chosen
            hashes = np.empty(codes.size, dtype=np.uint32)  # shingle hashes are 32-bit
            counts = np.empty(len(offsets) - 1, dtype=np.int64)
            _shingle_sets(codes, offsets, self.shingles.size, hashes, counts)
            call_kinds = np.zeros(r.size, dtype=np.int8)
            call_scores = np.zeros(r.size, dtype=np.float64)
            _verify_pairs(codes, offsets, hashes, counts, local[: r.size], local[r.size :], self.threshold,
                          self.template_check_below, self.window_words, self.window_unmatched,
                          self.window_min_run, *self.phrase,
                          MAX_ALIGNED_WORDS, self.containment, self.min_containment_chars,
                          call_kinds, call_scores)
            kinds[at], scores[at] = call_kinds, call_scores
        self._keep_facts_apart(reps, news, kinds, scores)
        return kinds, scores

    def _keep_facts_apart(self, reps: np.ndarray, news: np.ndarray, kinds: np.ndarray, scores: np.ndarray) -> None:
        """Unmake the copies that state different facts (:mod:`.facts`): a few pairs, after
        the shingles have ruled out the rest."""
        for p in np.flatnonzero(kinds != NOT_A_COPY).tolist():
            verdict = self._facts_verdict(int(reps[p]), int(news[p]), KIND_NAMES[int(kinds[p])], float(scores[p]))
            if verdict is None:
                kinds[p], scores[p] = NOT_A_COPY, 0.0
            else:
                kinds[p], scores[p] = NEAR if verdict[0] == "near" else TRUNCATED, verdict[1]

    def _facts_verdict(self, rep: int, new: int, kind: str, score: float) -> tuple[str, float] | None:
        """The pair's verdict once the facts are checked (:mod:`.facts`). When the newcomer
        holds everything the representative states and more, it is a copy only as the
        complete version, the one kept: it is reported as ``truncated`` so the clustering
        makes it the representative (which it does for the longer text only)."""
        keys = self.shingles.keys
        key_rep, key_new = keys[rep], keys[new]  # each read once: a spilled key is a read from disk
        # The shorter text ends cut off ("..."): a cut copy, whatever its length calls it (the
        # shingles call one cut past half its text near, and the words it lacks then read as
        # words added to the other, a "with" among them as a turned statement). The texts'
        # facts are read only where needed: a family of lines from one template ("Dose 1 of
        # ...", "Dose 2 of ...") is compared pair by pair, and its pairs end DIFFERENT.
        shorter = rep if len(key_rep) <= len(key_new) else new  # as facts._short_long picks it
        cut = self.facts_of is not None and cut_prefix(key_rep, key_new) and cut_off(self.facts(shorter)[1])
        relation = fact_relation(key_rep, key_new, kind == "truncated" or cut)
        if relation != DIFFERENT and self.facts_of is not None:
            (names_rep, edges_rep), (names_new, edges_new) = self.facts(rep), self.facts(new)
            if names_swapped(key_rep, key_new, names_rep, names_new):
                return None
            # one holds the other and a few words more at an edge: a qualifier ("In young
            # babies, ...") states something else, a label or a heading glued on does not
            if relation == FIRST_IN_SECOND and qualified_edge(key_rep, key_new, edges_rep, edges_new):
                return None
            if relation == SECOND_IN_FIRST and qualified_edge(key_new, key_rep, edges_new, edges_rep):
                return None
        if relation == SAME:
            return kind, score
        if kind == "near" and number_relation(key_rep, key_new) != SAME:
            kind = "truncated"  # one is the other with a number cut from its edge: a cut copy
        if relation == SECOND_IN_FIRST:
            return kind, score
        if relation == FIRST_IN_SECOND and self.shingles.lengths[new] > self.shingles.lengths[rep]:
            return "truncated", score
        return None

    def _calls(self, reps: np.ndarray, news: np.ndarray, at: np.ndarray):
        """Slices of the pairs for one kernel call each: at most :data:`PAIRS_PER_CALL` pairs
        and :data:`CHARS_PER_CALL` characters of distinct keys (halved until they fit), with
        the distinct keys of the slice and each pair end's place among them."""
        lengths = self.shingles.lengths
        stack = [(start, min(start + PAIRS_PER_CALL, reps.size)) for start in range(0, reps.size, PAIRS_PER_CALL)]
        stack.reverse()
        while stack:
            a, b = stack.pop()
            involved, local = np.unique(np.concatenate([reps[a:b], news[a:b]]), return_inverse=True)
            if b - a > 1 and int(lengths[involved].sum()) > CHARS_PER_CALL:
                middle = (a + b) // 2
                stack += [(middle, b), (a, middle)]
                continue
            yield reps[a:b], news[a:b], at[a:b], involved, local

    def check(self, rep: int, new: int, lengths: list[int]) -> tuple[str, float] | None:
        """("near", jaccard) or ("truncated", containment) when ``new`` is a copy of ``rep``."""
        verdict = self._shingle_check(rep, new, lengths)
        return None if verdict is None else self._facts_verdict(rep, new, *verdict)

    def _shingle_check(self, rep: int, new: int, lengths: list[int]) -> tuple[str, float] | None:
        a, b = self.shingles(rep), self.shingles(new)
        sim = hashed_jaccard(a, b)
        if sim >= self.threshold:
            if sim < self.template_check_below and self.shares_only_a_template(rep, new):
                return None
            return "near", sim
        small, large = (a, b) if lengths[rep] <= lengths[new] else (b, a)
        if min(lengths[rep], lengths[new]) >= self.min_containment_chars:
            cont = hashed_containment(small, large)
            if cont >= self.containment:
                return "truncated", cont
        return None


@kernel(parallel=True, cache=True)
def _shingle_sets(codes, offsets, size, hashes, counts):
    """The shingle set of every key, each written at its key's code offset in ``hashes``
    (a key has at most as many shingles as code points); ``counts`` gets the set sizes."""
    for k in prange(offsets.shape[0] - 1):
        found = _char_hashes(codes[offsets[k] : offsets[k + 1]], size)
        hashes[offsets[k] : offsets[k] + found.shape[0]] = found.astype(np.uint32)
        counts[k] = found.shape[0]


@kernel(parallel=True, cache=True)
def _verify_pairs(codes, offsets, hashes, counts, reps, news, threshold, template_below, window, needed,
                  min_run, bridge, min_words, min_side, max_words, containment, min_containment_chars, kinds, scores):
    """:meth:`Verifier.check` for each pair (reps[p], news[p]) of keys given as code points
    and shingle sets (from :func:`_shingle_sets`)."""
    for p in prange(reps.shape[0]):
        r, q = reps[p], news[p]
        a = hashes[offsets[r] : offsets[r] + counts[r]]
        b = hashes[offsets[q] : offsets[q] + counts[q]]
        inter = _intersection_size(a, b)
        if a.shape[0] == 0 and b.shape[0] == 0:
            sim = 1.0
        else:
            sim = inter / (a.shape[0] + b.shape[0] - inter)
        length_a = offsets[r + 1] - offsets[r]
        length_b = offsets[q + 1] - offsets[q]
        if sim >= threshold:
            if sim < template_below and window > 0:
                words_a = _word_hashes(codes[offsets[r] : offsets[r + 1]])
                words_b = _word_hashes(codes[offsets[q] : offsets[q + 1]])
                if words_a.shape[0] <= max_words and words_b.shape[0] <= max_words \
                        and _replaced(words_a, words_b, window, needed, min_run, bridge, min_words, min_side):
                    kinds[p] = NOT_A_COPY
                    continue
            kinds[p] = NEAR
            scores[p] = sim
            continue
        small = a.shape[0] if length_a <= length_b else b.shape[0]
        if min(length_a, length_b) >= min_containment_chars and small > 0:
            cont = inter / small
            if cont >= containment:
                kinds[p] = TRUNCATED
                scores[p] = cont
                continue
        kinds[p] = NOT_A_COPY
