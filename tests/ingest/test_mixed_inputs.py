import json
import shutil
from collections import Counter
from pathlib import Path

from pipeline import clean_corpus
from pipeline.ingest import ingest_paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
SHARED = "Rest, ice and gentle strengthening exercises usually help within weeks."


def make_corpus(folder: Path) -> None:
    for name in ("chrome.html", "divs.html", "broken.html", "footnotes.html", "nested.html"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "dump.txt").write_text(
        "Runner's knee often follows a sudden rise in weekly mileage.\n"
        "Subscribe to our newsletter for weekly health tips.\n\n"
        f"{SHARED}\n"
        "Runner's knee often follows a sudden rise in weekly mileage.\n", encoding="utf-8")
    records = [
        {"url": "https://h.org/a", "title": "Sleep", "text": "Short nights raise blood pressure.\n\nNap wisely."},
        {"url": "https://h.org/b", "html": f"<nav>Home</nav><p>{SHARED}</p><div class='share'>Share</div>"},
    ]
    (folder / "scrape.jsonl").write_text(
        json.dumps(records[0]) + "\n{broken\n" + json.dumps(records[1]) + "\n", encoding="utf-8")


def place(source: dict) -> tuple:
    return (source["path"], source["line"], source.get("element"))


def test_every_paragraph_lands_in_exactly_one_place(tmp_path, config):
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_corpus(corpus)
    read = ingest_paths([str(corpus)], config)
    expected = Counter((p.source.path, p.source.line, p.source.element) for p in read.paragraphs)
    expected.update((r.source.path, r.source.line, r.source.element) for r in read.removed)
    assert {Path(p).suffix for p, _, _ in expected} == {".html", ".txt", ".jsonl"}

    out = tmp_path / "out"
    clean_corpus([str(corpus)], config=config, out_dir=out)
    passages = [json.loads(x) for x in (out / "passages.jsonl").read_text().splitlines()]
    removed = [json.loads(x) for x in (out / "removed.jsonl").read_text().splitlines()]
    # The contract: each paragraph is a passage's source or one removal (a
    # duplicate is a removal and is also listed in its passage's occurrences).
    landed = Counter(place(p["source"]) for p in passages)
    landed.update(place(r["source"]) for r in removed)
    assert landed == expected
    attributed = Counter(place(o) for p in passages for o in p["occurrences"])
    duplicates = Counter(place(r["source"]) for r in removed if r["reason"] == "duplicate")
    assert attributed == Counter(place(p["source"]) for p in passages) + duplicates

    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["paragraphs_read"] == sum(expected.values())
    assert [(Path(p["path"]).name, p["kind"]) for p in report["files"]["problems"]] == [("scrape.jsonl", "bad-record")]

    # The passage shared by the page, the dump and the JSONL record is attributed to all three.
    shared = next(p for p in passages if p["text"] == SHARED)
    assert sorted(Path(o["path"]).name for o in shared["occurrences"]) == ["chrome.html", "dump.txt", "scrape.jsonl"]
    # Text-dump provenance keeps its old shape; HTML and JSONL add their fields.
    for p in passages:
        for o in p["occurrences"]:
            keys = set(o) - {"match", "similarity"}
            if o["path"].endswith(".txt"):
                assert keys == {"path", "line", "start", "end"}
            elif o["path"].endswith(".jsonl"):
                assert keys == {"path", "line", "start", "end", "url", "record", "element"}
            else:
                assert {"path", "line", "start", "end", "element"} <= keys and "record" not in keys


def test_mixed_run_is_deterministic(tmp_path, config):
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_corpus(corpus)
    outs = []
    for name in ("one", "two"):
        clean_corpus([str(corpus)], config=config, out_dir=tmp_path / name)
        outs.append({f: (tmp_path / name / f).read_bytes() for f in ("passages.jsonl", "removed.jsonl", "report.json")})
    assert outs[0] == outs[1]
