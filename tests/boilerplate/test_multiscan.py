"""The Hyperscan prefilter reports every rule and signal pattern that matches, and verdicts
do not depend on whether it is used."""
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.boilerplate import multiscan
from pipeline.boilerplate import signals as sig
from pipeline.boilerplate.classify import BoilerplateClassifier
from pipeline.boilerplate.multiscan import PatternGate, RuleScanner, case_variants, superset_pattern
from pipeline.boilerplate.rules import load_rules
from pipeline.config import load_config

ROOT = Path(__file__).resolve().parents[2]
needs_hyperscan = pytest.mark.skipif(multiscan.hyperscan is None, reason="hyperscan wheel not installed here")

CONFIG = load_config()
PATTERNS = [r.regex for r in load_rules(CONFIG)] + sig.GATE.patterns
MIN_COUNTS = [r.min_count for r in load_rules(CONFIG)] + [1] * len(sig.GATE.patterns)
NAMES = [r.name for r in load_rules(CONFIG)] + [f"signal {p.pattern[:30]}" for p in sig.GATE.patterns]
# Characters where Python's case folding or \w differs from ASCII's.
TRICKY = "\u212a\u017f\u0130\u0131\u00a0\u2019\u00e9\u00df\u03a3\u2013\u2026\u00b7"


def corpus_lines() -> list[str]:
    lines = []
    for folder in ("samples", "tests/devset", "tests/devset2", "tests/devset3", "tests/devset4", "tests/heldout"):
        for f in sorted((ROOT / folder).glob("*.txt")):
            lines += [x.strip() for x in f.read_text(encoding="utf-8").split("\n") if x.strip()]
    return lines


@pytest.fixture(scope="module")
def scanner():
    return RuleScanner(PATTERNS, [None] * len(PATTERNS))


@pytest.fixture(scope="module")
def counting():
    """The classifier's scanner: rules that need several matches are reported only with enough."""
    return RuleScanner(PATTERNS, [None] * len(PATTERNS), min_counts=MIN_COUNTS)


def assert_sound(scanner: RuleScanner, text: str) -> None:
    possible = scanner.candidates(text)
    for n, regex in enumerate(PATTERNS):
        if regex.search(text):
            assert n in possible, (NAMES[n], text[:120])


def assert_sound_counting(scanner: RuleScanner, text: str) -> None:
    possible = scanner.candidates(text)
    for n, regex in enumerate(PATTERNS):
        if len(regex.findall(text)) >= MIN_COUNTS[n]:
            assert n in possible, (NAMES[n], text[:120])


@needs_hyperscan
def test_every_pattern_translates_and_compiles(scanner):
    assert scanner.uses_hyperscan
    assert scanner.always == []


@needs_hyperscan
def test_sound_on_every_labelled_line(scanner):
    lines = corpus_lines()
    assert len(lines) > 800
    for text in lines:
        assert_sound(scanner, text)


@needs_hyperscan
def test_scan_rules_out_most_patterns(scanner):
    """The point of the scan: on content, few patterns are left to run."""
    lines = corpus_lines()
    average = sum(len(scanner.candidates(t)) for t in lines) / len(lines)
    assert average < 0.1 * len(PATTERNS)


@needs_hyperscan
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_sound_on_strings_generated_from_each_pattern(scanner, data):
    """Strings drawn from the pattern itself (hypothesis' from_regex), mixed with
    characters whose case folding or word class differs between Python and ASCII."""
    number = data.draw(st.integers(0, len(PATTERNS) - 1))
    regex = PATTERNS[number]
    try:
        strategy = st.from_regex(regex)
        text = data.draw(strategy)
    except Exception:  # noqa: BLE001 - a construct from_regex cannot generate from
        assume(False)
    noise = data.draw(st.text(alphabet=TRICKY + "abc XYZ.,", max_size=6))
    where = data.draw(st.integers(0, len(text)))
    for candidate in (text, noise + text, text[:where] + noise + text[where:], text.upper(), text.lower()):
        assert_sound(scanner, candidate)


@needs_hyperscan
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_counted_rules_are_reported_whenever_they_match_often_enough(counting, data):
    """A rule needing several matches, given texts made of several of its own matches (so
    that it fires) with noise between them."""
    number = data.draw(st.sampled_from(sorted(n for n, c in enumerate(MIN_COUNTS) if c > 1)))
    strategy = st.from_regex(PATTERNS[number])
    pieces = data.draw(st.lists(strategy, min_size=MIN_COUNTS[number], max_size=MIN_COUNTS[number] + 2))
    gaps = data.draw(st.lists(st.text(alphabet=TRICKY + "abc XYZ.,;", max_size=5), min_size=len(pieces),
                              max_size=len(pieces)))
    text = "".join(g + p for g, p in zip(gaps, pieces))
    for candidate in (text, text.upper(), text.lower(), "Hold it. " + text):
        assert_sound_counting(counting, candidate)


@needs_hyperscan
def test_a_pattern_closed_by_a_lookahead_is_not_counted():
    """The translation matches a closing lookahead as text, which moves where matches end."""
    scanner = RuleScanner([re.compile(r"ab(?=c+)"), re.compile(r"ab")], [None, None], min_counts=[2, 2])
    assert scanner.counted == {1: 2}
    assert scanner.candidates("abc") == {0}  # one match each: the lookahead one is not counted


@needs_hyperscan
def test_counted_rules_are_sound_and_ruled_out_below_their_count(counting):
    assert counting.counted and all(MIN_COUNTS[n] > 1 for n in counting.counted)
    for text in corpus_lines():
        assert_sound_counting(counting, text)
    instructions = NAMES.index("guard-instructions")
    assert instructions in counting.counted
    once = "Lie on your back and breathe. The exercise suits most people."
    twice = "Lie on your back. Slowly lift your hips, then lower them."
    assert len(PATTERNS[instructions].findall(once)) == 1
    assert instructions not in counting.candidates(once)
    assert instructions in counting.candidates(twice)


def test_text_beyond_the_basic_plane_is_still_sound(scanner):
    """Found by the property test: Hyperscan missed this match after four-byte characters;
    such text goes through the literal index instead."""
    assert_sound(scanner, "X00\x80\x80\U00010000\U0001133asign up to post")
    assert_sound(scanner, "Thanks for the article \U0001F600 sign up to post")


@needs_hyperscan
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TRICKY + "aeikosKS \n.,:!?'’-—0123456789@#()[]", max_size=80))
def test_sound_on_arbitrary_text(scanner, counting, text):
    assert_sound(scanner, text)
    assert_sound_counting(counting, text)


@pytest.mark.parametrize("char", list("aksiKSI") + ["\u00e9", "\u03c3"])
def test_case_variants_are_exactly_what_re_folds(char):
    variants = {chr(c) for c in case_variants(ord(char))}
    for c in variants:
        assert re.fullmatch(re.escape(char), c, re.IGNORECASE), (char, c)
    # and nothing else in the Basic Multilingual Plane folds to it
    everything = "".join(map(chr, range(0x10000))).replace("\n", "")
    assert set(re.findall(re.escape(char), everything, re.IGNORECASE)) == variants


def test_translation_widens_word_classes_boundaries_and_bounds():
    pattern = superset_pattern(re.compile(r"\bx\w[^.]{0,80}(?<=y)z\b"))
    assert r"\b" not in pattern and "(?<=" not in pattern
    assert r"\x{80}-\x{10FFFF}" in pattern  # \w also accepts any non-ASCII character
    assert "{0,}" in pattern


def test_verdicts_same_with_and_without_hyperscan():
    fast, slow = BoilerplateClassifier(CONFIG), BoilerplateClassifier(CONFIG, use_hyperscan=False)
    assert not slow.scanner.uses_hyperscan
    for text in corpus_lines():
        assert fast.evidence(text) == slow.evidence(text), text[:80]


def test_gate_only_answers_for_the_text_being_scanned():
    gate = PatternGate()
    pattern = gate.add(r"cookie")
    text = "we use cookies"
    with gate.scanning(text, set()):
        assert pattern.search(text) is None  # ruled out by the scan
        assert pattern.search("we use cookies too") is not None  # another text: the regex runs
    assert pattern.search(text) is not None  # outside the scan


@needs_hyperscan
def test_database_is_cached_on_disk_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEAN_CORPUS_CACHE", str(tmp_path))
    sources = ((r"\bcached pattern\b", re.IGNORECASE), (r"second", 0))
    multiscan._compile.cache_clear()
    first, _, _ = multiscan._compile(sources)
    files = list(tmp_path.glob("rules-*.hsdb"))
    assert len(files) == 1
    multiscan._compile.cache_clear()
    loaded, always, counted = multiscan._compile(sources)
    assert always == [] and counted == []
    files[0].write_bytes(b"[]\ngarbage")
    multiscan._compile.cache_clear()
    rebuilt, _, _ = multiscan._compile(sources)
    for database in (first, loaded, rebuilt):
        found = set()
        database.scan("A CACHED PATTERN".encode(), match_event_handler=lambda i, *_: found.add(i),
                      scratch=multiscan.hyperscan.Scratch(database))
        assert found == {0}
    multiscan._compile.cache_clear()


@needs_hyperscan
def test_a_cache_folder_this_user_may_not_read_is_not_used(tmp_path, monkeypatch):
    # Another user's cache (mode 700): stat, read and mkdir there raise PermissionError.
    monkeypatch.setenv("CLEAN_CORPUS_CACHE", str(tmp_path / "theirs"))

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    for name in ("is_file", "exists", "stat", "read_bytes", "mkdir", "write_bytes"):
        monkeypatch.setattr(multiscan.Path, name, denied)
    multiscan._compile.cache_clear()
    try:
        database, _, _ = multiscan._compile(((r"\bprivate cache\b", re.IGNORECASE),))
    finally:
        multiscan._compile.cache_clear()
    found = set()
    database.scan(b"a PRIVATE cache", match_event_handler=lambda i, *_: found.add(i),
                  scratch=multiscan.hyperscan.Scratch(database))
    assert found == {0}
