"""WARC and WET input (pipeline/ingest/warc.py), on archives written here with warcio."""
from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import pytest

import pipeline

PAGE = ("<html><head><title>Knee pain</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About us</a></nav>"
        "<article><h1>Knee pain after running</h1>"
        "<p>Knee pain after a run often comes from the tissues around the kneecap, and it usually settles "
        "with a few days of rest and gentle movement.</p>"
        "<p>See a doctor when the knee swells, locks or gives way, or when the pain wakes you at night.</p>"
        "</article><footer>© 2024 Example Clinic</footer></body></html>")


def _record(writer, kind, url, payload: bytes, content_type: str, http: bool = True, **headers):
    http_headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1") if http else None
    record = writer.create_warc_record(url, kind, payload=BytesIO(payload), http_headers=http_headers,
                                       warc_content_type=None if http else content_type,
                                       warc_headers_dict=headers or None)
    writer.write_record(record)


def _warc(path: Path, gzip: bool = True) -> Path:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _record(writer, "response", "https://clinic.example/knee", PAGE.encode("utf-8"), "text/html; charset=utf-8")
        _record(writer, "response", "https://clinic.example/logo.png", b"\x89PNG....", "image/png")
        _record(writer, "response", "https://clinic.example/latin", PAGE.replace("Knee pain after a run",
                "Knee pain after a café run").encode("latin-1"), "text/html; charset=iso-8859-1")
    return path


def test_html_responses_give_the_same_passages_as_the_html_file(tmp_path):
    warc = _warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    from_warc = pipeline.clean_corpus([str(warc)])
    from_html = pipeline.clean_corpus([str(tmp_path / "page.html")])
    first_page = [p.text for p in from_warc.passages if p.source.record == 2]
    assert first_page == [p.text for p in from_html.passages]
    # the same removals too: the page's chrome and boilerplate, with the same rules
    removed = sorted((r.text, r.reason, r.rule) for r in from_warc.removed if r.source.record == 2)
    assert removed == sorted((r.text, r.reason, r.rule) for r in from_html.removed)
    assert any("café run" in p.text for p in from_warc.passages)  # the latin-1 page decoded by its charset
    src = from_warc.passages[0].source.to_dict()
    assert src["url"] == "https://clinic.example/knee" and src["record"] == 2
    assert src["warc_id"].startswith("<urn:uuid:") and src["warc_date"] and src["offset"] > 0
    problems = [(p.kind, p.message) for p in from_warc.problems]
    assert [k for k, _ in problems] == ["warc-skipped"] and "1 non-HTML response" in problems[0][1]


def test_a_page_read_in_another_encoding_is_listed_with_its_record(tmp_path):
    warc = _warc(tmp_path / "crawl.warc.gz")
    result = pipeline.clean_corpus([str(warc)])
    assert result.report["files"]["encodings"] == {f"{warc}#4": "windows-1252"}  # the Latin-1 page
    assert any("café run" in p.text for p in result.passages if p.source.record == 4)


def test_the_cli_writes_warc_provenance_and_a_plain_warc_reads_the_same(tmp_path):
    for name, gz in (("a.warc.gz", True), ("b.warc", False)):
        _warc(tmp_path / "in" / name if (tmp_path / "in").mkdir(exist_ok=True) is None else None, gzip=gz)
    out = tmp_path / "out"
    from click.testing import CliRunner

    from pipeline.cli import main
    run = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert run.exit_code == 0, run.output
    passages = [json.loads(line) for line in (out / "passages.jsonl").read_text().splitlines()]
    # the plain archive holds the same pages: each passage is seen in both files
    assert passages and all({Path(o["path"]).name for o in p["occurrences"]} == {"a.warc.gz", "b.warc"}
                            for p in passages)
    assert all("warc_id" in o and "offset" in o for p in passages for o in p["occurrences"])


def test_wet_conversion_records_are_split_into_lines(tmp_path):
    path = tmp_path / "seg.warc.wet.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _record(writer, "conversion", "https://clinic.example/knee",
                "Knee pain after running\n\nRest and ice help the first days.\n".encode(), "text/plain", http=False)
    result = pipeline.clean_corpus([str(path)])
    assert [(p.text, p.source.element) for p in result.passages] == [
        ("Knee pain after running", 1), ("Rest and ice help the first days.", 2)]


def test_a_broken_archive_keeps_what_came_before_and_names_the_offset(tmp_path):
    good = _warc(tmp_path / "good.warc.gz").read_bytes()
    bad_member = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 50  # a gzip header, then noise
    (tmp_path / "bad.warc.gz").write_bytes(good + bad_member)
    result = pipeline.clean_corpus([str(tmp_path / "bad.warc.gz")])
    assert result.passages
    kinds = {p.kind: p.message for p in result.problems}
    assert "bad-record" in kinds and "after record 4 (at byte" in kinds["bad-record"]


@pytest.mark.parametrize("gzip", [True, False])
def test_a_file_cut_short_is_reported_not_read_silently(tmp_path, gzip):
    # A download cut short: the last record's end is missing. Cut inside a gzipped record,
    # warcio returns nothing of it; cut inside a plain one, a shorter payload.
    whole = _warc(tmp_path / ("whole.warc.gz" if gzip else "whole.warc"), gzip=gzip).read_bytes()
    assert not [p for p in pipeline.clean_corpus([str(tmp_path / ("whole.warc.gz" if gzip else "whole.warc"))]
                                                 ).problems if p.kind == "bad-record"]
    for cut in (len(whole) // 2, len(whole) - 40):
        name = f"cut{cut}.warc" + (".gz" if gzip else "")
        (tmp_path / name).write_bytes(whole[:cut])
        problems = [p.message for p in pipeline.clean_corpus([str(tmp_path / name)]).problems if p.kind == "bad-record"]
        assert len(problems) == 1 and any(said in problems[0] for said in (
            "not a record", "cut short", "cannot read the archive after record")), (cut, problems)
