"""One multi-pattern scan that tells which rules could match a paragraph.

Running each rule's regular expression in turn costs one pass over the
paragraph per rule. Hyperscan compiles all rules into one automaton and
reports, in a single pass, which of them match. It is used here only as a
*prefilter*: each rule is translated into a pattern that matches at least
everything Python's ``re`` would (see :func:`superset_pattern`), so a rule
Hyperscan does not report cannot fire, and the rules it does report are then
run with ``re`` as before. Verdicts are therefore the same with or without
Hyperscan; only the time differs. Hyperscan is an optional dependency (wheels
for x86-64 Linux); without it, :class:`RuleScanner` falls back to the literal
index of :mod:`.prefilter`.

A rule that must match several times to fire (``min_count``, e.g. two sentences
that open with an instruction) is scanned without Hyperscan's single-match flag,
and reported only when its matches end at ``min_count`` or more distinct places:
each of the rule's own (non-overlapping) matches ends somewhere different and is a
match of the wider pattern, so fewer distinct ends mean fewer matches. The
pattern that opens sentences with common verbs is a candidate in half of all
paragraphs but fires in a quarter of those.

The translation widens, never narrows: word boundaries and lookarounds are
dropped, ``\\w``/``\\d``/``\\s`` also accept every non-ASCII character (Hyperscan
is compiled without Unicode properties, which would take minutes to compile),
case-insensitive letters become explicit classes of every character Python
folds to them, and long bounded repeats (``[^.]{0,80}``) become open-ended
ones, which keeps compile time to seconds.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from functools import cached_property, lru_cache
from pathlib import Path
from re import _constants as C  # noqa: N812 - the parser's node kinds
from re import _parser as P  # noqa: N812

from .prefilter import LiteralIndex

try:  # optional: x86-64 Linux wheels
    import hyperscan
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    hyperscan = None

# Bounded repeats above this become unbounded: a superset that compiles fast.
MAX_BOUND = 8
# Optional repeats of a sub-pattern longer than this (in translated characters) become ".*".
MAX_REPEATED = 200
_NON_ASCII = r"\x{80}-\x{10FFFF}"
_ANY = r"[\x{0}-\x{10FFFF}]"


class Untranslatable(ValueError):
    """A pattern construct the translation does not know (the rule then always runs)."""


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, tuple[int, ...]]:
    """Lower-case code point -> every code point ``re`` folds to it (only where there are several)."""
    import _sre

    table: dict[int, list[int]] = {}
    for cp in range(0x110000):
        lo = _sre.unicode_tolower(cp)
        if lo != cp:
            table.setdefault(lo, [lo]).append(cp)
    return {lo: tuple(cps) for lo, cps in table.items()}


@lru_cache(maxsize=4096)
def case_variants(cp: int) -> tuple[int, ...]:
    """Every character that ``re.IGNORECASE`` lets a pattern character ``cp`` match.

    >>> [hex(c) for c in case_variants(ord("k"))]  # K, k and the Kelvin sign
    ['0x4b', '0x6b', '0x212a']
    >>> [hex(c) for c in case_variants(ord("s"))]  # S, s and the long s
    ['0x53', '0x73', '0x17f']
    """
    import _sre
    from re._casefix import _EXTRA_CASES

    lowers = {_sre.unicode_tolower(cp)}
    lowers.update(_EXTRA_CASES.get(next(iter(lowers)), ()))
    table = _fold_table()
    found = {cp}
    for lo in lowers:
        found.add(lo)
        found.update(table.get(lo, ()))
    return tuple(sorted(found))


@lru_cache(maxsize=256)
def _range_variants(low: int, high: int) -> tuple[int, ...]:
    """Characters outside ``low..high`` that ``re.IGNORECASE`` matches to one inside it.

    >>> [chr(c) for c in _range_variants(ord("a"), ord("c"))]
    ['A', 'B', 'C']
    >>> _range_variants(0x1F300, 0x1FAFF)  # emoji have no case
    ()
    """
    from re._casefix import _EXTRA_CASES

    cased = set(_EXTRA_CASES)
    for members in _fold_table().values():
        cased.update(members)
    found = {v for cp in cased if low <= cp <= high for v in case_variants(cp)}
    return tuple(sorted(c for c in found if not low <= c <= high))


def _char(cp: int) -> str:
    # Letters and digits as themselves (patterns stay short), everything else escaped.
    if cp < 0x80 and chr(cp).isalnum():
        return chr(cp)
    return r"\x{%x}" % cp


def _class_items(items, ignore_case: bool) -> str:
    """The inside of a character class that accepts at least what ``items`` accept."""
    parts: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            parts += [_char(c) for c in (case_variants(av) if ignore_case else (av,))]
        elif op is C.RANGE:
            low, high = av
            parts.append(f"{_char(low)}-{_char(high)}")
            if ignore_case:
                parts += [_char(c) for c in _range_variants(low, high)]
        elif op is C.CATEGORY:
            parts.append(_category(av))
        else:
            raise Untranslatable(f"class item {op}")
    return "".join(parts)


def _category(cat) -> str:
    """A class body for ``\\w`` and kin: the ASCII meaning plus every non-ASCII character."""
    name = str(cat).replace("UNI_", "").replace("LOC_", "")
    ascii_part = {
        "CATEGORY_WORD": r"\w", "CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s\x{1c}-\x{1f}",
        "CATEGORY_NOT_WORD": r"\W", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_SPACE": r"\S",
        "CATEGORY_LINEBREAK": r"\n", "CATEGORY_NOT_LINEBREAK": r"\x{0}-\x{9}\x{b}-\x{7f}",
    }.get(name)
    if ascii_part is None:
        raise Untranslatable(f"category {cat}")
    return ascii_part + _NON_ASCII


def _in(items, ignore_case: bool) -> str:
    if items and items[0][0] is C.NEGATE:
        # Excluding fewer characters widens: keep only plain literals and ranges.
        kept = [_char(av) if op is C.LITERAL else f"{_char(av[0])}-{_char(av[1])}"
                for op, av in items[1:] if op in (C.LITERAL, C.RANGE)]
        return f"[^{''.join(kept)}]" if kept else _ANY
    return f"[{_class_items(items, ignore_case)}]"


def _repeat(low: int, high: int) -> str:
    low = min(low, MAX_BOUND)
    if high is C.MAXREPEAT or high > MAX_BOUND:
        return f"{{{low},}}"
    return f"{{{low},{high}}}"


def _sequence(items, ignore_case: bool, multiline: bool, at_end: bool = False) -> str:
    """``at_end``: nothing in the whole pattern follows this sequence, so a
    lookahead that closes it can be matched as ordinary text (it must be there)."""
    out: list[str] = []
    items = list(items)
    for position, (op, av) in enumerate(items):
        last = at_end and position == len(items) - 1
        if op is C.LITERAL:
            out.append(_in([(C.LITERAL, av)], True) if ignore_case and len(case_variants(av)) > 1 else _char(av))
        elif op is C.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is C.ANY:
            out.append(_ANY)
        elif op is C.IN:
            out.append(_in(av, ignore_case))
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_sequence(b, ignore_case, multiline, last) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add, delete, sub = av
            case = (ignore_case or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            lines = (multiline or bool(add & re.MULTILINE)) and not delete & re.MULTILINE
            out.append("(?:" + _sequence(sub, case, lines, last) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            inner = _sequence(sub, ignore_case, multiline)
            if low == 0 and len(inner) > MAX_REPEATED and (high is C.MAXREPEAT or high > 1):
                # An optional, repeated alternation is costly to compile; any text is a superset.
                out.append(_ANY + "*")
            else:
                out.append("(?:" + inner + ")" + _repeat(low, high))
        elif op is C.ATOMIC_GROUP:
            out.append("(?:" + _sequence(av, ignore_case, multiline) + ")")
        elif op is C.AT:
            if multiline:
                continue
            if av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                out.append("^")
            elif av is C.AT_END:
                out.append("$")
            elif av is C.AT_END_STRING:
                out.append(r"\z")
            # word boundaries: dropped (zero-width, so dropping only widens)
        elif op is C.ASSERT and last and av[0] == 1:
            out.append("(?:" + _sequence(av[1], ignore_case, multiline, True) + ")")
        elif op in (C.ASSERT, C.ASSERT_NOT):
            continue  # lookarounds elsewhere: dropped
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            out.append(_ANY + "*")
        else:
            raise Untranslatable(f"node {op}")
    return "".join(out)


def superset_pattern(regex: re.Pattern) -> str:
    """A Hyperscan pattern (UTF-8 mode, no flags) matching wherever ``regex`` matches.

    >>> superset_pattern(re.compile(r"\\bsk\\b", re.I))
    '[Ss\\\\x{17f}][Kk\\\\x{212a}]'
    >>> superset_pattern(re.compile(r"^a[^.]{0,80}$"))
    '^a(?:[^\\\\x{2e}]){0,}$'
    """
    if not isinstance(regex.pattern, str):
        raise Untranslatable("bytes pattern")
    tree = P.parse(regex.pattern, regex.flags)
    flags = tree.state.flags
    return _sequence(list(tree), bool(flags & re.IGNORECASE), bool(flags & re.MULTILINE), True)


class RuleScanner:
    """Which rules could match a text: one Hyperscan pass, else the literal index.

    ``candidates(text)`` returns the numbers of the rules worth running; rules
    whose pattern could not be translated are always among them.
    """

    def __init__(self, regexes: list[re.Pattern], literal_sets: list[frozenset[str] | None],
                 use_hyperscan: bool = True, min_counts: list[int] | None = None):
        self.database = None
        self.always: list[int] = []
        # pattern number -> the matches it needs, for the patterns whose matches are counted
        self.counted: dict[int, int] = {}
        if hyperscan is not None and use_hyperscan:
            counts = [max(1, int(n)) for n in (min_counts or [1] * len(regexes))]
            self.database, self.always, counted = _compile(
                tuple((r.pattern, r.flags, n) for r, n in zip(regexes, counts)))
            self.counted = {n: counts[n] for n in counted}
        self._literal_sets = literal_sets
        # A scan needs scratch space of its own in each thread (Dask workers may run several).
        self._local = threading.local()

    @cached_property
    def literal_index(self) -> LiteralIndex:
        """Without Hyperscan, and for text outside the Basic Multilingual Plane (see
        :meth:`candidates`); built on first use, as most runs never need it."""
        return LiteralIndex(self._literal_sets)

    @property
    def uses_hyperscan(self) -> bool:
        return self.database is not None

    def candidates(self, text: str) -> set[int]:
        # Hyperscan 0.9.1 in UTF-8 mode was seen to miss a match after certain runs of
        # four-byte characters (emoji, historic scripts; found by the property test), so
        # such text takes the literal index, which is slower but sound.
        if self.database is None:
            return self.literal_index.candidates(text.lower())
        data = text.encode("utf-8", "surrogatepass")
        # Lead bytes F0-F4 start the four-byte characters (cheaper to find than max(text)).
        if not text.isascii() and data.translate(None, _BELOW_FOUR_BYTE_LEAD):
            return self.literal_index.candidates(text.lower())
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self.database)
        found = set(self.always)
        if not self.counted:
            self.database.scan(data, match_event_handler=_collect, context=found, scratch=scratch)
            return found
        ends: dict[int, set[int]] = {}
        self.database.scan(data, match_event_handler=_collect_counted, context=(found, ends, self.counted),
                           scratch=scratch)
        found.update(n for n, at in ends.items() if len(at) >= self.counted[n])
        return found


_BELOW_FOUR_BYTE_LEAD = bytes(range(0xF0))


def _collect(rule: int, _start: int, _end: int, _flags: int, found: set[int]) -> None:
    found.add(rule)


def _collect_counted(rule: int, _start: int, end: int, _flags: int, context: tuple) -> None:
    found, ends, counted = context
    if rule in counted:
        ends.setdefault(rule, set()).add(end)
    else:
        found.add(rule)


# Bumped when the translation or the way a database is compiled changes, so that cached
# databases built by an older one are not used.
TRANSLATION_VERSION = 4


def _cache_dir() -> Path | None:
    """Where compiled databases are kept: $CLEAN_CORPUS_CACHE ("off" disables), else ~/.cache/clean-corpus."""
    setting = os.environ.get("CLEAN_CORPUS_CACHE")
    if setting is not None:
        return None if setting.strip().lower() in ("", "0", "off", "no") else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clean-corpus"


@lru_cache(maxsize=8)
def _compile(sources: tuple[tuple, ...]):
    """One database for many patterns ``(pattern, flags[, min_count])``, compiled once per
    process and kept on disk; with the numbers of the patterns that must always run, and
    of those whose matches are counted (a ``min_count`` of 2 or more, compiled to report
    every match).

    Compiling takes seconds; every CLI run and worker process would pay it. The
    database is a pure function of the patterns, the translation and the
    Hyperscan version, so it is stored under a digest of the three; a cache that
    cannot be read or written is simply not used.
    """
    digest = hashlib.sha256(
        json.dumps([TRANSLATION_VERSION, hyperscan.__version__, sources]).encode()
    ).hexdigest()[:32]
    folder = _cache_dir()
    path = folder / f"rules-{digest}.hsdb" if folder is not None else None
    if path is not None:
        try:  # no file yet, a folder this user may not read, a damaged file: compiled anew
            header, blob = path.read_bytes().split(b"\n", 1)
            always, counted = json.loads(header)
            return hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK), always, counted
        except Exception:  # noqa: BLE001
            pass
    database, always, counted = _compile_now(sources)
    if path is not None and database is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(json.dumps([always, counted]).encode() + b"\n" + hyperscan.dumpb(database))
            os.replace(tmp, path)
        except OSError:
            pass
    return database, always, counted


# Any match of the wider pattern is enough to run a rule...
_ANY_MATCH = 0
# ... except that a rule needing several matches counts where they end. Prefilter mode (which
# lets the engine approximate a construct it cannot compile) is left out there, so that every
# match's end is reported as it is.
_EVERY_MATCH = 0
if hyperscan is not None:
    _EVERY_MATCH = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_ALLOWEMPTY | hyperscan.HS_FLAG_DOTALL
    _ANY_MATCH = _EVERY_MATCH | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER


def _compile_now(sources: tuple[tuple, ...]):
    expressions: list[bytes] = []
    ids: list[int] = []
    flags_of: list[int] = []
    always: list[int] = []
    for number, (pattern, flags, *count) in enumerate(sources):
        try:
            expressions.append(superset_pattern(re.compile(pattern, flags)).encode())
            ids.append(number)
            # Counted only without a lookahead: one that closes a pattern is matched as text,
            # which moves the end of a match, and two matches could then end at one place.
            flags_of.append(_EVERY_MATCH if count and count[0] > 1 and "(?=" not in pattern else _ANY_MATCH)
        except (Untranslatable, re.error):
            always.append(number)
    if not expressions:
        return None, always, []
    database = hyperscan.Database()
    try:
        database.compile(expressions=expressions, ids=ids, flags=flags_of)
    except hyperscan.error:
        # One pattern the engine refuses would sink them all: compile one by one, a counted
        # one as any other when it cannot be compiled exactly, and let the refused ones
        # always run.
        good = []
        for expr, number, hs_flags in zip(expressions, ids, flags_of):
            for attempt in dict.fromkeys((hs_flags, _ANY_MATCH)):
                try:
                    hyperscan.Database().compile(expressions=[expr], ids=[number], flags=[attempt])
                    good.append((expr, number, attempt))
                    break
                except hyperscan.error:
                    pass
            else:
                always.append(number)
        if not good:
            return None, sorted(always), []
        database = hyperscan.Database()
        database.compile(expressions=[e for e, _, _ in good], ids=[n for _, n, _ in good],
                         flags=[f for _, _, f in good])
        ids, flags_of = [n for _, n, _ in good], [f for _, _, f in good]
    counted = [n for n, f in zip(ids, flags_of) if f == _EVERY_MATCH]
    return database, sorted(always), counted


class PatternGate:
    """Lets the classifier's one scan also rule out the signal functions' own regexes.

    Signal functions keep calling ``pattern.search(text)``. Patterns made with
    :meth:`add` are scanned together with the rules; while :meth:`scanning` is
    active for a text, a pattern the scan did not report returns no match at
    once. For any other text (a doctest, a substring the signal made itself)
    the regex simply runs, so the gate can only save time, never change a result.
    """

    def __init__(self) -> None:
        self.patterns: list[re.Pattern] = []
        self._local = threading.local()

    def add(self, pattern: str, flags: int = 0) -> "GatedPattern":
        regex = re.compile(pattern, flags)
        self.patterns.append(regex)
        return GatedPattern(self, len(self.patterns) - 1, regex)

    def rules_out(self, number: int, text: str) -> bool:
        local = self._local
        return getattr(local, "text", None) is text and number not in local.hits

    def scanning(self, text: str, hits: set[int]) -> "_Scanning":
        """Within the ``with`` block, patterns not in ``hits`` cannot match ``text``."""
        return _Scanning(self._local, text, hits)


class _Scanning:
    def __init__(self, local: threading.local, text: str, hits: set[int]):
        self.local, self.text, self.hits = local, text, hits

    def __enter__(self) -> None:
        self.local.text, self.local.hits = self.text, self.hits

    def __exit__(self, *exc) -> None:
        self.local.text = None


class GatedPattern:
    """A compiled pattern whose search, finditer and findall ask the gate first."""

    __slots__ = ("gate", "number", "regex")

    def __init__(self, gate: PatternGate, number: int, regex: re.Pattern):
        self.gate, self.number, self.regex = gate, number, regex

    def search(self, text: str):
        return None if self.gate.rules_out(self.number, text) else self.regex.search(text)

    def finditer(self, text: str):
        return iter(()) if self.gate.rules_out(self.number, text) else self.regex.finditer(text)

    def findall(self, text: str) -> list:
        return [] if self.gate.rules_out(self.number, text) else self.regex.findall(text)

    @property
    def pattern(self) -> str:
        return self.regex.pattern
