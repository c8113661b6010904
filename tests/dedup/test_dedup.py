import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup import deduplicate, exact_key, jaccard, shingles
from pipeline.dedup.lsh import candidate_pairs, optimal_bands
from pipeline.dedup.shingles import char_shingles
from pipeline.dedup.signatures import poly32, reference_minhash, signatures
from pipeline.ingest import split_paragraphs
from pipeline.normalise import normalise

ORIGINAL = (
    "Tight hamstrings are a common cause of lower back pain, and if you have a desk job you are at risk "
    "for both. Perform the seated forward fold several times a day to stretch your shoulders, hamstrings "
    "and spine. Sit on your mat with your legs straight and your feet flexed."
)


def run(lines, config):
    return deduplicate(normalise(split_paragraphs("d.txt", "\n".join(lines)), config), config)


def test_exact_copies_collapse_and_are_all_attributed(config):
    result = run([ORIGINAL, "Other text entirely, about knees.", ORIGINAL.upper(), ORIGINAL], config)
    assert len(result.passages) == 2
    first = result.passages[0]
    assert [o.source.line for o in first.occurrences] == [1, 3, 4]
    assert [o.match for o in first.occurrences] == ["canonical", "exact", "exact"]
    assert {r.duplicate_of for r in result.removed} == {first.id}
    assert result.counts["exact"] == 2


def test_near_copy_with_typos_and_other_small_words_is_merged(config):
    edited = ORIGINAL.replace("common cause", "commmon cause").replace("several times", "severall times") \
        .replace("a desk job", "the desk job")
    result = run([ORIGINAL, edited], config)
    assert len(result.passages) == 1
    (removal,) = result.removed
    assert removal.reason == "duplicate" and removal.rule == "minhash-lsh" and 0.7 <= removal.similarity < 1


@pytest.mark.parametrize("old, new", [("common cause", "rare cause"), ("lower back", "upper back"),
                                      ("several times a day", "several times a week"),
                                      ("your legs straight", "your legs not straight")])
def test_near_copy_with_a_word_that_changes_the_statement_stays_apart(config, old, new):
    assert len(run([ORIGINAL, ORIGINAL.replace(old, new)], config).passages) == 2


def test_truncated_copy_found_and_complete_version_kept_even_when_it_comes_second(config):
    cut = ORIGINAL[: len(ORIGINAL) // 2].rsplit(" ", 1)[0] + "… Read more"
    result = run([cut, "Unrelated words about knee braces and sleep.", ORIGINAL], config)
    assert len(result.passages) == 2
    full = next(p for p in result.passages if len(p.occurrences) == 2)
    assert full.text == ORIGINAL and full.source.line == 3
    assert [o.match for o in full.occurrences] == ["canonical", "truncated"]
    (removal,) = result.removed
    assert removal.source.line == 1 and removal.rule == "containment" and removal.duplicate_of == full.id


WARNING = ("Paracetamol is safe for most people when taken at the recommended dose, but taking more than the "
           "maximum of 4 grams in 24 hours can harm the liver, and many cold and flu remedies also contain it. "
           "An overdose can cause serious liver damage that may not show symptoms for several days, so go to A&E "
           "immediately if you have taken too much, even if you feel well.")


@pytest.mark.parametrize("cut_at", ["also con", "also contain it. An overd", "may not sh"])
def test_a_copy_cut_inside_a_word_gives_way_to_the_complete_version(config, cut_at):
    # Cut inside a word, the copy's last word is not one of the full text's: it must still be
    # read as a cut copy, or the copy that ends before the warning is the text kept.
    cut = WARNING[: WARNING.index(cut_at) + len(cut_at)]
    result = run([cut, WARNING], config)
    assert [p.text for p in result.passages] == [WARNING]
    assert [(o.source.line, o.match) for o in result.passages[0].occurrences][0] == (2, "canonical")


FULLER = ORIGINAL + (" Keep your knees soft, breathe out slowly as you fold forward from the hips, and hold each "
                     "stretch for thirty seconds without bouncing. If the stretch pulls behind the knee rather than "
                     "along the thigh, bend the knees a little more and try again the next morning.")


def test_a_copy_of_a_replaced_representative_joins_the_fuller_text_that_replaced_it(config):
    # the fuller text becomes the representative; an edited copy of the original is too far
    # from it, but everything it states is in it, so it joins through the original
    edited = (ORIGINAL.replace("common", "commmon").replace("several", "severall")
              .replace("legs straight", "legs sttraight").replace("desk job", "desk jobb")
              .replace("feet flexed", "feet flexxed").replace("stretch your", "strettch your"))
    assert len(run([FULLER, edited], config).passages) == 2
    result = run([ORIGINAL, FULLER, edited], config)
    (passage,) = result.passages
    assert passage.text == FULLER and [o.source.line for o in passage.occurrences] == [2, 1, 3]


def test_a_replaced_representative_admits_no_text_fuller_than_itself(config):
    # another sentence added to the original: the passage's text cannot state both additions
    other = ORIGINAL + " A standing desk or a short walk every hour also takes the strain off the backs of the thighs."
    result = run([ORIGINAL, FULLER, other], config)
    assert sorted(len(p.occurrences) for p in result.passages) == [1, 2]
    assert any(p.text == other for p in result.passages)


def test_template_sharing_instructions_stay_apart(config):
    a = ("How to: Start in a standing position with feet hip-width apart. Step your right foot back and lower "
         "into a reverse lunge until both knees bend to 90 degrees. Do eight reps on each side.")
    b = ("How to: Start in a standing position with feet hip-width apart. Hinge at the hips and lift your left "
         "leg straight behind you while reaching both arms forward. Do eight reps on each side.")
    result = run([a, b], config)
    assert len(result.passages) == 2 and result.removed == []


def test_a_chain_of_small_edits_does_not_pull_in_an_unrelated_paragraph(config):
    words = ORIGINAL.split()
    chain = [ORIGINAL]
    for step in range(1, 12):  # each step rewrites a few more words
        w = list(words)
        for i in range(0, min(len(w), step * 4)):
            w[i] = w[i][::-1]
        chain.append(" ".join(w))
    result = run(chain, config)
    canon = {p.id: shingles(p.text) for p in result.passages}
    for r in result.removed:  # every merged copy is close to its own canonical, not just to a neighbour
        assert jaccard(shingles(r.clean), canon[r.duplicate_of]) >= config["dedup"]["threshold"]
    assert len(canon) > 1
    assert jaccard(shingles(chain[0]), shingles(chain[-1])) < 0.3


@pytest.mark.parametrize("hash_name", ["poly32", "sha1"])
def test_batch_signatures_equal_datasketch(hash_name):
    keys = [exact_key(ORIGINAL), "hip", "", exact_key("Knee pain – ça va? 膝の痛み"), "abcde"]
    batch = signatures(keys, 128, 7, 5, hash_name)
    for key, row in zip(keys, batch):
        ref = reference_minhash(char_shingles(key, 5), 128, 7, hash_name)
        assert np.array_equal(ref.hashvalues, row)


def test_sha1_signatures_equal_a_default_datasketch_minhash():
    key = exact_key(ORIGINAL)
    default = MinHash(num_perm=64, seed=1)
    for s in char_shingles(key, 5):
        default.update(s.encode("utf-8"))
    assert np.array_equal(default.hashvalues, signatures([key], 64, 1, 5, "sha1")[0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=5), st.integers(1, 2**31 - 1))
def test_signatures_equal_datasketch_for_any_text(texts, seed):
    keys = [exact_key(t) for t in texts]
    batch = signatures(keys, 32, seed)
    for key, row in zip(keys, batch):
        assert np.array_equal(reference_minhash(char_shingles(key, 5), 32, seed).hashvalues, row)


def test_poly32_matches_its_definition():
    assert poly32("ab") == (97 * 0x01000193 + 98) % 2**32


def test_candidate_pairs_come_from_equal_bands_and_prefixes():
    band_keys = np.array([[1, 9], [2, 9], [3, 7], [1, 8]], dtype=np.uint64)
    prefixes = np.array([0, 5, 5, 0], dtype=np.uint64)
    i, j = candidate_pairs(band_keys, prefixes, 64)
    assert list(zip(i.tolist(), j.tolist())) == [(0, 1), (1, 2), (0, 3)]


def test_optimal_bands_fit_the_permutations():
    for threshold in (0.5, 0.7, 0.9):
        b, r = optimal_bands(threshold, 128)
        assert b * r <= 128


def test_short_paragraphs_only_take_part_in_exact_dedup(config):
    result = run(["Rest the knee.", "Rest the knees."], config)
    assert len(result.passages) == 2


def test_exact_key_ignores_case_punctuation_and_spacing():
    assert exact_key("Don’t  STOP, ok?") == exact_key("don't stop ok")


@pytest.mark.parametrize("num_perm, seed", [(128, 1), (64, 7), (256, 42), (1, 0)])
def test_permutations_are_datasketchs(num_perm, seed):
    """Drawn without asking datasketch (its import is heavy), equal to what it draws."""
    from datasketch import MinHash

    from pipeline.dedup.signatures import permutations

    a, b = permutations(num_perm, seed)
    expected_a, expected_b = MinHash(num_perm=num_perm, seed=seed).permutations
    assert np.array_equal(a, expected_a) and np.array_equal(b, expected_b)


@pytest.mark.parametrize("prefix_slice", [500_000, 7])
def test_candidate_pairs_kept_band_by_band_equal_filtering_all_of_them(monkeypatch, prefix_slice):
    """Filtering each band's new pairs as they come (and prefix pairs a slice at a time)
    gives the filter of all candidates."""
    from pipeline.dedup import lsh
    from pipeline.dedup.lsh import kept_candidate_pairs

    monkeypatch.setattr(lsh, "_PREFIX_PAIRS_PER_SLICE", prefix_slice)

    rng = np.random.default_rng(5)
    band_keys = rng.integers(0, 6, size=(300, 7)).astype(np.uint64)
    prefixes = rng.integers(0, 4, size=300).astype(np.uint64)
    i, j = candidate_pairs(band_keys, prefixes, 16)

    def keep(a, b):
        return (a * 7 + b * 3) % 5 < 2

    ki, kj = kept_candidate_pairs(300, (band_keys[:, b] for b in range(7)), prefixes, 16, keep)
    mask = keep(i, j)
    assert np.array_equal(ki, i[mask]) and np.array_equal(kj, j[mask])
    assert ki.size and ki.size < i.size


@given(st.lists(st.integers(0, 5), max_size=80), st.integers(1, 6), st.integers(1, 40))
def test_bucket_pairs_in_slices_are_all_the_pairs(keys, max_bucket, slice_pairs):
    from pipeline.dedup.lsh import _bucket_pair_slices, _bucket_pairs

    keys = np.array(keys, dtype=np.uint64)
    whole = np.sort(_bucket_pairs(keys, max_bucket))
    parts = list(_bucket_pair_slices(keys, max_bucket, slice_pairs))
    sliced = np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    assert np.array_equal(whole, sliced)
    n = keys.size
    expected = {(i, j) for j in range(n) for i in range(j) if keys[i] == keys[j]} if max_bucket >= n else None
    if expected is not None:
        assert {(int(c % n), int(c // n)) for c in whole} == expected


def test_a_copy_cut_after_an_opening_many_share_meets_its_original(config):
    """Forty paragraphs open with the same sentence (a template), more than a bucket
    pairs; a copy of the last one, cut after its own second sentence, still meets it in
    the bucket of the longer opening, which it shares with no other."""
    from pipeline.config import merge

    rng = np.random.default_rng(3)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    opening = ORIGINAL.split(". ")[0] + "."
    texts = [opening + " " + " ".join("".join(rng.choice(letters, size=6)) for _ in range(60)) + "."
             for _ in range(40)]
    cut = texts[-1][: len(opening) + 120].rsplit(" ", 1)[0] + "… Read more"
    lines = [*texts, cut]

    def merged(levels: int) -> bool:
        cfg = merge(config, {"dedup": {"max_bucket": 4, "prefix_levels": levels}})
        return any(r.source.line == len(lines) and r.rule == "containment" for r in run(lines, cfg).removed)

    assert not merged(0)
    assert merged(3)


def test_deeper_prefix_keys_are_the_prefix_keys_of_longer_openings():
    from pipeline.dedup.lsh import deeper_prefix_keys, prefix_key

    key = "knee pain after running " * 20
    assert deeper_prefix_keys(key, 80, 3) == [prefix_key(key, 160), prefix_key(key, 320), 0]
    assert deeper_prefix_keys(key[:100], 80, 2) == [0, 0]


@pytest.mark.parametrize("text, sign, other", [
    ("Do not start metformin if your eGFR is <30 mL/min, and review the dose if it falls below 45.", "<30", ">30"),
    ("A fasting plasma glucose of ≥7 mmol/L on two occasions confirms diabetes in adults.", "≥7", "≤7"),
    ("The vaccine must be stored frozen at -20°C until it is thawed for use in the clinic.", "-20°C", "20°C"),
    ("People who are HIV+ should start antiretroviral treatment as soon as possible.", "HIV+", "HIV-"),
    ("People with O- blood are universal donors because their red cells suit anyone.", "O-", "O+"),
])
def test_a_sign_that_turns_a_fact_keeps_two_texts_apart(config, text, sign, other):
    # The exact key collapses punctuation: without its signs spelled out, "<30" and ">30"
    # were exact duplicates and one of the two statements was lost.
    result = run([text, text.replace(sign, other, 1)], config)
    assert len(result.passages) == 2 and not result.removed


def test_a_sign_and_its_words_are_the_same_statement(config):
    text = "Do not start metformin if your eGFR is <30 mL/min, and review the dose if it falls below 45."
    result = run([text, text.replace("<30", "less than 30")], config)
    assert len(result.passages) == 1 and [r.rule for r in result.removed] == ["exact-hash"]


FOLIC = ("Women who are trying to get pregnant should take a 400 mcg folic acid tablet every day before they "
         "conceive and until they are 12 weeks pregnant. Folic acid helps prevent birth defects known as neural "
         "tube defects, including spina bifida. If you did not take it before conceiving, start as soon as you find "
         "out you are pregnant and keep taking it every day until the end of the first trimester, as advised.")


@pytest.mark.parametrize("amount, other, apart", [("400 mcg", "400 mg", True), ("12 weeks", "12 days", True),
                                                  ("400 mcg", "400 micrograms", False), ("12 weeks", "12 week", False)])
def test_the_same_number_in_another_unit_is_another_amount(config, amount, other, apart):
    # A long paragraph: a swapped word alone does not keep it apart, a swapped unit does.
    result = run([FOLIC, FOLIC.replace(amount, other, 1)], config)
    assert len(result.passages) == (2 if apart else 1)


def test_a_copy_with_a_read_more_link_after_it_does_not_replace_the_clean_text(config):
    result = run([FOLIC, FOLIC + " Read more"], config)
    assert [p.text for p in result.passages] == [FOLIC]
