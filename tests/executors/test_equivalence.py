"""Every executor runs the same steps: on the same input, passages.jsonl and removed.jsonl
are byte for byte the same whichever ran them (in memory; streaming on worker processes;
an incremental batch on a fresh state; Dask on a local cluster), and the reports agree."""
from __future__ import annotations

import gzip
import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from bench.corpus import generate, write
from pipeline import write_outputs
from pipeline.api import clean_corpus, process_batch, write_corpus
from pipeline.config import load_config
from pipeline.executors import streaming

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
RECORDS = ("passages.jsonl", "removed.jsonl")
POOLED = {"workers": 2, "stream_chunk_size": 200, "chunk_size": 50}


def run_memory(inputs, out: Path, config, engine=None) -> Path:
    result = clean_corpus([str(i) for i in inputs], config=config, engine=engine)
    write_outputs(out, result.passages, result.removed, result.report)
    return out


def run_streaming(inputs, out: Path, config, engine=None) -> Path | None:
    """The output folder, or None when nothing could be read (then nothing is written there)."""
    result = write_corpus([str(i) for i in inputs], out_dir=out, config=config, engine=engine)
    if result.out_dir is None:
        assert result.report["counts"]["paragraphs_read"] == 0 and not any(out.iterdir())  # no spill left either
        return None
    assert sorted(p.name for p in out.iterdir()) == sorted(RECORDS + ("report.json",))  # no spill left
    return out


def run_incremental(inputs, out: Path, config, engine=None) -> Path | None:
    """The batch folder written, or None when nothing could be read (then none is written)."""
    result = process_batch([str(i) for i in inputs], state=out.parent / f"{out.name}.sqlite", out_dir=out,
                           config=config, engine=engine)
    if result.batch is None:
        assert not result.passages and not result.removed and result.report["counts"]["paragraphs_read"] == 0
        return None
    return out / result.batch


def run_dask(inputs, out: Path, config, engine=None) -> Path:
    """Through the CLI in a subprocess (the local cluster's workers must import the package),
    with tiny partitions so that every exchange between partitions is exercised."""
    work = out.parent
    changed = "".join(f"[{section}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items())
                      for section, values in _changed_settings(config).items())
    (work / "dask.toml").write_text(changed + "[dask]\npartition_mb = 0.01\nworkers = 2\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", *[str(i) for i in inputs], "--out", str(out),
                        "--engine", "dask", "--config", str(work / "dask.toml"), "--quiet"],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return out


def _changed_settings(config: dict) -> dict[str, dict]:
    """The scalar settings a test changed from the default config, by section (for a TOML file)."""
    default = load_config()
    return {section: {k: v for k, v in values.items() if not isinstance(v, (dict, list)) and default[section].get(k) != v}
            for section, values in config.items() if isinstance(values, dict)
            and any(not isinstance(v, (dict, list)) and default[section].get(k) != v for k, v in values.items())}


EXECUTORS = {"memory": run_memory, "streaming": run_streaming, "incremental": run_incremental, "dask": run_dask}


def assert_same_everywhere(inputs, tmp: Path, config, executors=tuple(EXECUTORS), engine=None) -> dict:
    outs = {name: EXECUTORS[name](inputs, tmp / name, config, engine) for name in executors}
    first = outs["memory"]
    for name, out in outs.items():
        if out is None:  # nothing was read: the memory run must agree
            assert json.loads((first / "report.json").read_text())["counts"]["paragraphs_read"] == 0
            continue
        for record in RECORDS:
            assert (out / record).read_bytes() == (first / record).read_bytes(), (name, record)
        report = json.loads((out / "report.json").read_text())
        expected = json.loads((first / "report.json").read_text())
        report["counts"].pop("retired", None)  # an incremental run also counts what it retired
        assert report["counts"] == expected["counts"] and report["config_hash"] == expected["config_hash"], name
        assert report["files"]["encodings"] == expected["files"]["encodings"], name
    return json.loads((first / "report.json").read_text())


def test_samples(tmp_path, config):
    assert_same_everywhere([SAMPLES], tmp_path, config)


def test_generated_corpus_on_worker_processes(tmp_path, config, monkeypatch):
    """Every kind of near copy, truncations and template look-alikes over six dumps, cut
    into chunks that land on two workers: chunk boundaries and the order results come
    back in must not show in the output."""
    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)
    write(generate(3000, seed=23), tmp_path / "dumps", per_file=500)
    report = assert_same_everywhere([tmp_path / "dumps"], tmp_path, config, engine=POOLED)
    assert report["counts"]["duplicates"]["near"] > 100 and report["counts"]["duplicates"]["truncated"] > 10


def test_copies_cut_after_openings_many_paragraphs_share(tmp_path, config):
    """Buckets past their cap (of 3 here: thirty paragraphs open alike) pair copies cut
    after that opening through the longer openings, on every executor alike."""
    rng = random.Random(4)
    opening = "Tight hamstrings are a common cause of lower back pain, and desk workers are at risk for both."
    texts = [opening + " " + " ".join("".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(60)) + "."
             for _ in range(30)]
    cuts = [t[: len(opening) + 120].rsplit(" ", 1)[0] + "… Read more" for t in texts[::5]]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("\n".join(texts[:15] + cuts[3:]) + "\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("\n".join(cuts[:3] + texts[15:]) + "\n", encoding="utf-8")
    cfg = {**config, "dedup": {**config["dedup"], "max_bucket": 3}}
    report = assert_same_everywhere([tmp_path / "in"], tmp_path, cfg)
    assert report["counts"]["duplicates"]["truncated"] == len(cuts)
    one_level = clean_corpus([str(tmp_path / "in")], config={**cfg, "dedup": {**cfg["dedup"], "prefix_levels": 0}})
    assert one_level.report["counts"]["duplicates"]["truncated"] < len(cuts)


def test_mixed_inputs(tmp_path, config, monkeypatch):
    """HTML pages, JSON Lines with a bad record and a lone surrogate, gzip, an oversize
    line and a binary file, together."""
    from tests.ingest.test_mixed_inputs import make_corpus

    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_corpus(corpus)
    record = {"url": "https://h.org/c", "text": "A lone \ud800 surrogate in a record about knee pain."}
    (corpus / "odd.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (corpus / "z.txt.gz").write_bytes(gzip.compress(
        ("Runner's knee often follows a sudden rise in weekly mileage.\n" + "x" * 300 + "\n×\n").encode()))
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "latin.html").write_bytes('<meta charset="iso-8859-1"><p>Caf\xe9 owners\x92 knees ache after a '
                                        'long day standing at the counter.</p>'.encode("latin-1"))
    cfg = {**config, "ingest": {**config["ingest"], "max_paragraph_chars": 250}}
    report = assert_same_everywhere([corpus], tmp_path, cfg, engine=POOLED)
    assert report["counts"]["removed"]["oversize"] == 1 and report["files"]["skipped"] == 1
    assert report["files"]["encodings"] == {str(corpus / "latin.html"): "windows-1252"}


def test_lines_that_clean_to_nothing_and_repeat_across_dumps(tmp_path, config):
    """A line that cleans to nothing is removed as empty, but its raw line still counts
    across dumps: "Back to text" (a footnote back-link, stripped whole) is in three dumps,
    so "back to text", which shares its repeat key and is in a fourth, is removed as a
    cross-dump repeat; counted alone it would be kept. (The rules decide here, so the
    outcome of the count is known exactly; the other tests run the model.)"""
    config = {**config, "boilerplate": {**config["boilerplate"], "decision": "rules"}}
    for n in range(4):
        first = "back to text" if n == 0 else "Back to text"
        lines = [first, "Knee pain after running is common in beginners and usually settles.",
                 f"Dump {n} closes with its own line, on hip pain in older runners, written for it."]
        (tmp_path / f"d{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [tmp_path / f"d{n}.txt" for n in range(4)]
    report = assert_same_everywhere(inputs, tmp_path, config)
    assert report["counts"]["removed"]["empty"] == 3
    removed = [json.loads(line) for line in (tmp_path / "memory" / "removed.jsonl").read_text().splitlines()]
    lower = next(r for r in removed if r["text"] == "back to text")
    assert lower["reason"] == "boilerplate" and any("cross-dump-repeat" in s for s in lower["signals"])
    alone = clean_corpus(texts={"d0.txt": (tmp_path / "d0.txt").read_text()}, config=config)
    assert "back to text" in [p.text for p in alone.passages]


LINES = [
    "Gentle hip stretches every morning ease stiffness in the joint over a few weeks.",
    "Gentle hip stretches every morning ease stiffness in the joint over several weeks.",
    "Gentle hip stretches every morning ease stiffness in the joint",
    "Accept all cookies",
    "×",
    "[3]",
    "Subscribe to our newsletter for weekly health tips.",
    "Lower back pain often improves with short walks and light core work.",
    "LOWER back pain often improves with short walks, and light core work!",
    "See a doctor if numbness14 spreads down the leg [12].",
    "Share",
    "",
]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(LINES), max_size=25), min_size=1, max_size=4))
@example(dumps=[[]])  # nothing to read: no executor writes anything
def test_any_small_corpus(tmp_path_factory, dumps):
    """Whatever mix of copies, boilerplate, empties and repeats across dumps (Dask is left
    out here only for time: each example would start a cluster)."""
    tmp = tmp_path_factory.mktemp("corpus")
    texts = ["\n".join(lines) + "\n" for lines in dumps]
    for n, text in enumerate(texts):
        (tmp / f"d{n}.txt").write_text(text, encoding="utf-8")
    # An incremental run reads a dump whose content it has seen once only (by design).
    executors = ("memory", "streaming") + (("incremental",) if len(set(texts)) == len(texts) else ())
    config = load_config()
    cfg = {**config, "dedup": {**config["dedup"], "min_chars_near": 20}}  # short lines take part in near dedup
    assert_same_everywhere([tmp / f"d{n}.txt" for n in range(len(dumps))], tmp, cfg, executors=executors)


@pytest.mark.parametrize("workers", [1, 2])
def test_output_does_not_depend_on_the_number_of_workers(tmp_path, config, workers, monkeypatch):
    monkeypatch.setattr(streaming, "POOL_MIN_BYTES", 0)
    write(generate(800, seed=3), tmp_path / "dumps", per_file=200)
    one = run_memory([tmp_path / "dumps"], tmp_path / "one", config, {"workers": 1})
    many = run_streaming([tmp_path / "dumps"], tmp_path / "many", config, {**POOLED, "workers": workers})
    for record in RECORDS:
        assert (one / record).read_bytes() == (many / record).read_bytes()


CITY_PAGE = ("Researchers in {city} followed 1,200 adults with high blood pressure for two years and found that "
             "those who walked briskly on most days lowered their systolic pressure about as much as a first "
             "medicine does, and the team advises starting slowly and adding a few minutes each week.")


def _city_dumps(folder: Path) -> list[Path]:
    """A long paragraph for one city, the same for another city (two facts), and a copy of
    the first with a word misspelt (one fact, edited): in two dumps, so that the keys meet
    across files, spill chunks and Dask homes."""
    folder.mkdir()
    first = CITY_PAGE.format(city="Philadelphia")
    edited = first.replace("briskly", "brriskly")  # a typo: an edit, not another statement
    (folder / "a.txt").write_text(first + "\n\nDrink water through the day, more when it is hot.\n", encoding="utf-8")
    (folder / "b.txt").write_text(CITY_PAGE.format(city="Orlando") + "\n\n" + edited + "\n", encoding="utf-8")
    return [folder / "a.txt", folder / "b.txt"]


def test_a_name_swapped_in_a_long_paragraph_keeps_both_everywhere(tmp_path, config):
    """The names rule reads each key's text (its case), which every executor keeps in its
    own place: in memory, in the spill, in the batch-job state, shipped between Dask homes."""
    report = assert_same_everywhere(_city_dumps(tmp_path / "in"), tmp_path, config)
    passages = [json.loads(line)["text"] for line in (tmp_path / "memory" / "passages.jsonl").open()]
    assert sum("Philadelphia" in t for t in passages) == 1 and sum("Orlando" in t for t in passages) == 1
    assert report["counts"]["duplicates"]["near"] == 1  # the edited copy


def test_a_name_swapped_against_the_batch_job_state(tmp_path, config):
    """Across batches, the stored passage's text tells its names."""
    a, b = _city_dumps(tmp_path / "in")
    state, out = tmp_path / "state.sqlite", tmp_path / "corpus"
    process_batch([str(a)], state=state, out_dir=out, config=config)
    second = process_batch([str(b)], state=state, out_dir=out, config=config)
    assert [p.text for p in second.passages] == [CITY_PAGE.format(city="Orlando")]
    assert [r.reason for r in second.removed] == ["duplicate"]


def test_a_page_is_judged_in_page_order_whatever_its_source_lines(tmp_path, config):
    """Text after a block belongs to the block around it, and so carries that block's
    (earlier) source line: "Loading..." below comes last on the page but on line 2. Every
    executor judges a page's blocks in page order (their context is their neighbours on the
    page), and only then sorts them into input order."""
    page = ("<html><body>\n<div>Ankle sprains happen when the ligaments are stretched beyond their normal range, "
            "usually by rolling the foot.\n<p>Most sprains heal within six weeks with rest, ice and compression.</p>"
            "<p>See a doctor if you cannot bear weight on the foot.</p></div>Loading...\n"
            "<footer>Home</footer><p>Share this page</p>\n</body></html>\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "order.html").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "order.jsonl").write_text(json.dumps({"url": "https://a.org/o", "html": page}) + "\n",
                                                 encoding="utf-8")
    assert_same_everywhere([tmp_path / "in"], tmp_path, config)
