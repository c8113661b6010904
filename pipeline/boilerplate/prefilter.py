"""Cheap literal pre-checks for regular expressions.

Running ~100 regular expressions over every paragraph costs about a
millisecond each paragraph. Most rules cannot match most paragraphs, and most
can only match when some literal word is present ("cookie", "reviewed by").
:func:`required_literals` reads a compiled pattern's parse tree and derives a
set of strings one of which every match must contain; :class:`LiteralIndex`
then tells, in one pass over the lower-cased paragraph, which rules' literals
are present, and only those rules' regexes run. When
no such set can be derived (a pattern made of character classes), the regex
always runs. The derivation is conservative: it may keep a paragraph the regex
then rejects, never the reverse (tests check this on every rule).
"""
from __future__ import annotations

import functools
import re
from re import _constants as C  # noqa: N812 - the parser's node kinds
from re import _parser as P  # noqa: N812

_MAX_COMBOS = 64
_MAX_CLASS = 8


def _class_chars(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av).lower())
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if 0 < len(chars) <= _MAX_CLASS else None


def _strength(options: set[str] | None) -> int:
    return min((len(s) for s in options), default=0) if options else 0


def _join(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _MAX_COMBOS:
        return None
    return {a + b for a in left for b in right}


def _sequence(items) -> tuple[set[str] | None, set[str] | None, set[str] | None, bool]:
    """For a sequence of nodes: (required set of the best run, set the sequence must start with,
    set it must end with, whether the whole sequence is one literal run)."""
    best: set[str] | None = None
    run: set[str] | None = {""}
    prefix: set[str] | None = None
    whole = True
    started = False
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: neither helps nor breaks a run
        piece, exact = _node(op, av)
        if piece is not None and exact and run is not None:
            joined = _join(run, piece)
            if joined is not None:
                run = joined
                continue
        # the run ends here
        if run is not None and _strength(run) > _strength(best):
            best = run
        if not started:
            prefix = run if run != {""} else None
        whole = False
        started = True
        if piece is not None and _strength(piece) > _strength(best):
            best = piece
        run = piece if (piece is not None and exact) else {""}
    if run is not None and _strength(run) > _strength(best):
        best = run
    if not started:
        prefix = run
    return best, prefix, run, whole


def _node(op, av) -> tuple[set[str] | None, bool]:
    """(set of strings a match of this node must contain, whether the node matches exactly one of them)."""
    if op is C.LITERAL:
        return {chr(av).lower()}, True
    if op is C.IN:
        chars = _class_chars(av)
        return chars, chars is not None and not any(o is C.NEGATE for o, _ in av)
    if op is C.SUBPATTERN:
        best, _, _, whole = _sequence(av[-1])
        return best, whole
    if op is C.BRANCH:
        options: set[str] = set()
        exact = True
        for branch in av[1]:
            best, _, _, whole = _sequence(branch)
            if not best or _strength(best) == 0:
                return None, False
            options |= best
            exact = exact and whole
        return options, exact
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        if low >= 1:
            best, _, _, _ = _sequence(sub)
            return best, False
        return None, False
    if op is getattr(C, "ATOMIC_GROUP", None):
        best, _, _, whole = _sequence(av)
        return best, whole
    return None, False


def required_literals(pattern: re.Pattern | str) -> frozenset[str] | None:
    """Lower-cased strings one of which appears in every match, or None if none can be derived.

    >>> sorted(required_literals(r"\\bwe use cookies?\\b"))
    ['we use cookie']
    >>> sorted(required_literals(r"^(?:accept|reject)(?: all)?$"))
    ['accept', 'reject']
    >>> required_literals(r"[A-Z][a-z]+ \\d+") is None
    True
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    return _required_literals(source, flags)


# Parsing a rule pack's regexes took a quarter of a second for each run in one process
# (a library user cleaning batch after batch); the answer depends on the source alone.
@functools.lru_cache(maxsize=4096)
def _required_literals(source: str, flags: int) -> frozenset[str] | None:
    try:
        tree = P.parse(source, flags)
    except re.error:
        return None
    best, _, _, _ = _sequence(list(tree))
    if not best or _strength(best) < 2:
        return None
    return frozenset(best)


GRAM = 4


def grams(lowered: str) -> set[str]:
    """Every ``GRAM``-character substring of a lower-cased text.

    >>> sorted(grams("hip pain"))
    [' pai', 'hip ', 'ip p', 'p pa', 'pain']
    """
    return {lowered[i : i + GRAM] for i in range(len(lowered) - GRAM + 1)}


# Common English four-letter pieces: a literal is indexed by its least common
# piece, so that few paragraphs wake up a rule by accident.
_COMMON = frozenset(grams(
    " the and of to in is that it for you with as on are this be your can or by from at have not "
    "which will when more also may pain back hip muscle muscles exercise exercises body side one "
    "ing tion ation ment ness able ally ence ance ould ther here ever with your"
))


class LiteralIndex:
    """Which of many literal sets could be present in a text, in one pass.

    Each literal is indexed under one of its four-character pieces (every
    occurrence of the literal contains all of them), so a paragraph's set of
    pieces, intersected with the index, names the candidate sets; a substring
    test then confirms. Sets given as None are always candidates.

    >>> index = LiteralIndex([frozenset({"cookie"}), frozenset({"reviewed by"}), None])
    >>> sorted(index.candidates("we use cookies here"))
    [0, 2]
    """

    def __init__(self, literal_sets: list[frozenset[str] | None]):
        self.sets = literal_sets
        self.always = [n for n, lits in enumerate(literal_sets) if lits is None]
        self.short: list[tuple[int, str]] = []
        self.index: dict[str, list[tuple[int, str]]] = {}
        for n, lits in enumerate(literal_sets):
            for lit in lits or ():
                pieces = grams(lit)
                if not pieces:
                    self.short.append((n, lit))
                    continue
                rare = [g for g in pieces if g not in _COMMON] or list(pieces)
                piece = min(rare, key=lambda g: (sum(c == " " for c in g), g))
                self.index.setdefault(piece, []).append((n, lit))
        self.keys = frozenset(self.index)

    def candidates(self, lowered: str) -> set[int]:
        found: set[int] = set(self.always)
        for piece in grams(lowered) & self.keys:
            for n, lit in self.index[piece]:
                if n not in found and lit in lowered:
                    found.add(n)
        for n, lit in self.short:
            if n not in found and lit in lowered:
                found.add(n)
        return found
