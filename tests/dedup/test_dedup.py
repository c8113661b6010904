from datasketch import MinHash

from pipeline.dedup import deduplicate, exact_key, jaccard, minhash, shingles
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
    assert result.exact == 2


def test_near_copy_with_a_few_edited_words_is_merged(config):
    edited = ORIGINAL.replace("common cause", "frequent cause").replace("several times", "a few times")
    result = run([ORIGINAL, edited], config)
    assert len(result.passages) == 1
    (removal,) = result.removed
    assert removal.reason == "duplicate" and removal.rule == "minhash-lsh" and 0.7 <= removal.similarity < 1


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
        for i in range(0, min(len(w), step * 5)):
            w[i] = w[i][::-1]
        chain.append(" ".join(w))
    result = run(chain, config)
    leader = {p.id: p for p in result.passages}
    key_sets = {p.id: shingles(p.text) for p in result.passages}
    for r in result.removed:  # every merged copy is close to its own leader, not just to a neighbour
        member = shingles(r.clean)
        assert jaccard(member, key_sets[r.duplicate_of]) >= config["dedup"]["threshold"]
    assert len(leader) > 1


def test_signatures_equal_datasketch_update(config):
    sh = shingles(ORIGINAL)
    ours = minhash(sh, 128, 1)
    ref = MinHash(num_perm=128, seed=1)
    for s in sh:
        ref.update(s.encode("utf-8"))
    assert (ours.hashvalues == ref.hashvalues).all()


def test_short_paragraphs_only_take_part_in_exact_dedup(config):
    result = run(["Rest the knee.", "Rest the knees."], config)
    assert len(result.passages) == 2


def test_exact_key_ignores_case_punctuation_and_spacing():
    assert exact_key("Don’t  STOP, ok?") == exact_key("don't stop ok")
