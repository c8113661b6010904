"""The batch verification kernel answers exactly as the pair-by-pair check does."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup import DedupSettings, exact_key, make_verifier
from pipeline.dedup.clusters import replaced_stretches

WORDS = "hip knee back pain stretch hold slowly lower lift repeat each side the a and with".split()


def reference_phrase(a: list[str], b: list[str], table, bridge: int, min_words: int, min_side: int) -> bool:
    i = j = gap_a = gap_b = shared = 0
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            shared += 1
            if shared > bridge:
                gap_a = gap_b = 0
            i, j = i + 1, j + 1
            continue
        if i < len(a) and (j >= len(b) or table[i + 1][j] >= table[i][j + 1]):
            gap_a, i = gap_a + 1, i + 1
        else:
            gap_b, j = gap_b + 1, j + 1
        shared = 0
        if gap_a >= min_side and gap_b >= min_side and gap_a + gap_b >= min_words:
            return True
    return False


def reference_replaced(key_a: str, key_b: str, window: int, needed: int, phrase=(0, 0, 0), min_run: int = 0) -> bool:
    """The template rule written plainly: longest common subsequence of the words (ties
    broken as in the kernel), then a window of ``window`` words with ``needed`` unaligned on
    each side, and ``min_run`` unaligned in a row on one side."""
    a, b = key_a.split(), key_b.split()
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out_a, out_b = [1] * n, [1] * m
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out_a[i] = out_b[j] = 0
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1

    def dense(flags):
        if len(flags) < needed:
            return False
        width = min(window, len(flags))
        return max(sum(flags[k : k + width]) for k in range(len(flags) - width + 1)) >= needed

    def longest(flags):
        text = "".join(map(str, flags))
        return max((len(run) for run in text.split("0")), default=0)

    if dense(out_a) and dense(out_b) and (min_run <= 0 or max(longest(out_a), longest(out_b)) >= min_run):
        return True
    return phrase[1] > 0 and reference_phrase(a, b, table, *phrase)


words = st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join)


phrases = st.tuples(st.integers(0, 2), st.integers(0, 8), st.integers(1, 3))


@settings(max_examples=400, deadline=None)
@given(words, words, st.integers(1, 7), st.integers(1, 5), phrases, st.integers(0, 4))
def test_template_rule_matches_its_plain_definition(a, b, window, needed, phrase, min_run):
    assert replaced_stretches(a, b, window, needed, phrase=phrase, min_run=min_run) == \
        reference_replaced(a, b, window, needed, phrase, min_run)


SHARED = ("start standing tall with feet hip width apart and arms by your sides then lower slowly into "
          "a deep squat keeping heels down").split()  # distinct words: the alignment is the plain one
FRESH = [f"w{n}" for n in range(40)]  # words the shared text never has


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, len(SHARED) - 1), min_size=1, max_size=10, unique=True))
def test_scattered_edits_make_no_template(spots):
    """With a run of 3 needed, words replaced one at a time (at least one kept word between
    two edits) are an edited copy, however dense the edits: never a template."""
    spots = sorted(spots)
    spots = [p for k, p in enumerate(spots) if all(abs(p - q) >= 2 for q in spots[:k])]
    edited = [FRESH[spots.index(k)] if k in spots else w for k, w in enumerate(SHARED)]
    assert not replaced_stretches(" ".join(SHARED), " ".join(edited), 6, 3, min_run=3)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(SHARED) - 3), st.integers(3, 5), st.integers(3, 5))
def test_a_slot_filled_with_other_words_is_a_template(at, slot_a, slot_b):
    """The same stretch of 3 words or more replaced by other words on each side: a template."""
    a = SHARED[:at] + FRESH[:slot_a] + SHARED[at + 3 :]
    b = SHARED[:at] + FRESH[20 : 20 + slot_b] + SHARED[at + 3 :]
    assert replaced_stretches(" ".join(a), " ".join(b), 6, 3, min_run=3)


def edits(draw, text: str) -> str:
    out = text.split()
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["replace", "drop", "insert", "cut"]))
        if not out:
            break
        k = draw(st.integers(0, len(out) - 1))
        if kind == "replace":
            out[k] = draw(st.sampled_from(WORDS))
        elif kind == "drop":
            del out[k]
        elif kind == "insert":
            out.insert(k, draw(st.sampled_from(WORDS)))
        else:
            out = out[: max(1, k)]
    return " ".join(out)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_batch_check_equals_pair_by_pair_check(config, data):
    originals = [" ".join(data.draw(st.lists(st.sampled_from(WORDS), min_size=5, max_size=40)))
                 for _ in range(3)]
    texts = originals + [edits(data.draw, data.draw(st.sampled_from(originals))) for _ in range(9)]
    keys = [exact_key(t) for t in texts]
    settings_ = DedupSettings.from_config(config)
    verifier = make_verifier(keys, settings_)
    lengths = [len(k) for k in keys]
    reps = np.array([i for i in range(len(keys)) for j in range(len(keys)) if i != j], dtype=np.int64)
    news = np.array([j for i in range(len(keys)) for j in range(len(keys)) if i != j], dtype=np.int64)
    batch = verifier.check_pairs(reps, news)
    single = [verifier.check(int(i), int(j), lengths) for i, j in zip(reps, news)]
    assert batch == single
