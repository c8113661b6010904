import gzip
import json
from pathlib import Path

from pipeline import clean_corpus
from pipeline.ingest import discover_inputs, ingest_file, ingest_jsonl


def line(**record) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_text_and_html_records(config):
    text = "\n".join([
        line(url="https://a.org/1", title="Knee pain", text="Knees ache.\n\nRest helps.\nIce too."),
        line(url="https://a.org/2", html='<nav>Menu</nav><p>Hip <b>pain</b> is common.</p><p>Walk daily.</p>'),
    ]) + "\n"
    result = ingest_jsonl("s.jsonl", text, config)
    got = [(p.raw, p.source.line, p.source.record, p.source.element, p.source.url) for p in result.paragraphs]
    assert got == [
        ("Knee pain", 1, 1, 1, "https://a.org/1"),
        ("Knees ache.", 1, 1, 2, "https://a.org/1"),
        ("Rest helps.", 1, 1, 3, "https://a.org/1"),
        ("Ice too.", 1, 1, 4, "https://a.org/1"),
        ("Hip pain is common.", 2, 2, 1, "https://a.org/2"),
        ("Walk daily.", 2, 2, 2, "https://a.org/2"),
    ]
    assert all(p.source.start == -1 and p.source.end == -1 for p in result.paragraphs)
    assert result.problems == [] and result.files_read == ["s.jsonl"]


def test_record_url_wins_over_the_page_canonical(config):
    html = '<link rel="canonical" href="https://mirror.example/x"><p>Body.</p>'
    result = ingest_jsonl("s.jsonl", line(url="https://a.org/x", html=html), config)
    assert [p.source.url for p in result.paragraphs] == ["https://a.org/x"]


def test_malformed_line_in_the_middle_is_reported_and_the_rest_read(config):
    text = "\n".join([
        line(url="u1", text="First record."),
        '{"url": "u2", "text": "unterminated',
        "[1, 2]",
        line(url="u4", text="Fourth record."),
    ])
    result = ingest_jsonl("s.jsonl", text, config)
    assert [p.raw for p in result.paragraphs] == ["First record.", "Fourth record."]
    assert [(p.path, p.kind, p.message.split(":")[0]) for p in result.problems] == [
        ("s.jsonl", "bad-record", "line 2"), ("s.jsonl", "bad-record", "line 3")]
    assert "invalid JSON" in result.problems[0].message


def test_missing_and_wrong_fields(config):
    text = "\n".join([
        line(text="no url"),
        line(url="u2"),
        line(url="u3", text="   "),
        line(url="u4", text=5),
        line(url="", text="empty url"),
        line(url="u6", html="<nav>only chrome</nav>"),
        line(url="u7", text="Good."),
    ])
    result = ingest_jsonl("s.jsonl", text, config)
    assert [p.raw for p in result.paragraphs] == ["Good."]
    messages = [p.message for p in result.problems]
    assert messages == [
        "line 1: missing field 'url'",
        "line 2: no field 'text' or 'html' (its fields: 'url'; [ingest.jsonl] text_field and html_field name the "
        "ones to read)",
        "line 3: neither 'text' nor 'html' holds any text",
        "line 4: field 'text' is a number, not a string",
        "line 5: field 'url' is empty",
        "line 6: no text left in the record",
    ]


def test_field_names_come_from_the_config(config):
    cfg = {**config, "ingest": {**config["ingest"], "jsonl": {
        "url_field": "link", "title_field": "headline", "text_field": "body", "html_field": "raw_html",
        "include_title": False}}}
    result = ingest_jsonl("s.jsonl", line(link="u", headline="H", body="Body text."), cfg)
    assert [(p.raw, p.source.url, p.source.element) for p in result.paragraphs] == [("Body text.", "u", 1)]


def test_gzipped_jsonl_is_discovered_and_read(tmp_path, config):
    data = (line(url="u", text="Gzipped record.") + "\n{bad\n").encode()
    (tmp_path / "s.jsonl.gz").write_bytes(gzip.compress(data))
    paths, _ = discover_inputs([str(tmp_path)], config)
    assert [Path(p).name for p in paths] == ["s.jsonl.gz"]
    result = ingest_file(paths[0], config)
    assert [p.raw for p in result.paragraphs] == ["Gzipped record."]
    assert [p.message for p in result.problems][0].startswith("line 2: invalid JSON")


def test_problems_reach_the_report(tmp_path, config):
    (tmp_path / "s.jsonl").write_text(line(url="u", text="Vitamin D supports bone health in older adults.")
                                      + "\nnot json\n", encoding="utf-8")
    result = clean_corpus([str(tmp_path)], config=config, out_dir=tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["files"]["problems"] == [
        {"path": (tmp_path / "s.jsonl").as_posix(), "kind": "bad-record",
         "message": "line 2: invalid JSON: Expecting value (column 1)"}]
    assert [p.text for p in result.passages] == ["Vitamin D supports bone health in older adults."]


def test_the_report_lists_a_files_first_problems_and_counts_the_rest(tmp_path, config):
    from pipeline.config import merge

    good = line(url="u", text="Vitamin D supports bone health in older adults.")
    (tmp_path / "s.jsonl").write_text("\n".join(["not json"] * 7 + [good] + ["{}"] * 3) + "\n", encoding="utf-8")
    (tmp_path / "t.jsonl").write_text("oops\n" + good + "\n", encoding="utf-8")
    cfg = merge(config, {"ingest": {"problems_listed_per_file": 4}})
    result = clean_corpus([str(tmp_path)], config=cfg, out_dir=tmp_path / "out")
    files = json.loads((tmp_path / "out" / "report.json").read_text())["files"]
    listed = [(Path(p["path"]).name, p["message"].split(":")[0]) for p in files["problems"]]
    assert listed == [("s.jsonl", f"line {n}") for n in range(1, 5)] + [("t.jsonl", "line 1")]
    assert files["problems_not_listed"] == {(tmp_path / "s.jsonl").as_posix(): 6}
    assert len(result.problems) == 11  # the library's result keeps every one
    assert [p.text for p in result.passages] == ["Vitamin D supports bone health in older adults."]


def test_same_url_in_two_dumps_is_attributed_to_both(tmp_path, config):
    passage = "Regular walking lowers the risk of heart disease and helps control blood pressure in adults."
    (tmp_path / "a.jsonl").write_text(line(url="https://h.org/walk", text=passage) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(line(url="u0", text="Another page entirely about sleep and rest.") + "\n"
                                      + line(url="https://h.org/walk", html=f"<p>{passage}</p>") + "\n",
                                      encoding="utf-8")
    result = clean_corpus([str(tmp_path)], config=config, out_dir=tmp_path / "out")
    walk = [p for p in result.passages if p.text == passage]
    assert len(walk) == 1
    places = [(Path(o.source.path).name, o.source.line, o.source.url, o.match) for o in walk[0].occurrences]
    assert places == [("a.jsonl", 1, "https://h.org/walk", "canonical"), ("b.jsonl", 2, "https://h.org/walk", "exact")]
    out = json.loads((tmp_path / "out" / "passages.jsonl").read_text().splitlines()[0])
    assert out["source"]["url"] == "https://h.org/walk" and out["source"]["record"] == 1


def test_a_record_nested_too_deep_is_a_bad_record_and_the_rest_read(config):
    deep = '{"url": "u2", "text": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
    text = "\n".join([line(url="u1", text="First record."), deep, line(url="u3", text="Third record.")])
    result = ingest_jsonl("s.jsonl", text, config)
    assert [p.raw for p in result.paragraphs] == ["First record.", "Third record."]
    assert [(p.kind, p.message.split(":")[0]) for p in result.problems] == [("bad-record", "line 2")]
    assert "nested deeper" in result.problems[0].message


def test_a_number_too_long_to_read_is_a_bad_record_and_the_rest_read(config):
    # Python refuses to turn more than 4,300 digits into an int: one such field must not end the run.
    huge = '{"url": "u2", "text": "x", "n": 1' + "0" * 4301 + "}"
    text = "\n".join([line(url="u1", text="First record."), huge, line(url="u3", text="Third record.")])
    result = ingest_jsonl("s.jsonl", text, config)
    assert [p.raw for p in result.paragraphs] == ["First record.", "Third record."]
    assert [(p.kind, p.message.split(":")[0]) for p in result.problems] == [("bad-record", "line 2")]


def test_a_record_whose_page_is_all_chrome_is_audited_like_a_page_file(tmp_path, config):
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/c'>Conditions</a></nav><footer>Copyright 2024 "
            "Health Example Ltd. All rights reserved.</footer></body></html>")
    (tmp_path / "page.html").write_text(page)
    (tmp_path / "rec.jsonl").write_text(line(url="https://h.example/a", html=page) + "\n")
    (tmp_path / "d.txt").write_text("Iron tablets are usually taken for around 6 months.\n")
    result = clean_corpus([str(tmp_path)], config=config)
    audited = {}
    for r in result.removed:
        audited.setdefault(Path(r.source.path).name, []).append(r.text)
    assert audited["rec.jsonl"] == audited["page.html"] and len(audited["rec.jsonl"]) == 2
    # and the record is named, and the file, as the page file is: no text left in it
    assert [(p.kind, p.message) for p in result.problems if p.path.endswith("rec.jsonl")] == [
        ("bad-record", "line 1: no text left in the record"), ("empty", "no record holds text outside its chrome")]
    assert [p.kind for p in result.problems if p.path.endswith("page.html")] == ["empty"]
    assert result.report["files"]["read"] == 1  # d.txt: neither the page nor the record gave a paragraph


def test_json_lines_of_nothing_but_bad_records_leave_the_last_outputs_as_they_were(tmp_path):
    """A run whose only input gives no paragraph is a run that could read nothing: exit 1, and
    the outputs of the run before stay (README, exit status 1)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    (tmp_path / "d.txt").write_text("Hip pain is common in runners and often settles with rest and ice.\n")
    (tmp_path / "bad.jsonl").write_text('{"oops\n')
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "-q"]).exit_code == 0
    before = (out / "passages.jsonl").read_bytes()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "bad.jsonl"), "--out", str(out), "-q"])
    assert result.exit_code == 1 and "bad.jsonl" in result.output
    assert (out / "passages.jsonl").read_bytes() == before


def test_a_text_field_with_old_mac_line_ends_is_one_paragraph_a_line(config):
    text = "Hip pain is common in runners.\rIt often settles with rest.\r\rSee a doctor if it does not."
    result = ingest_jsonl("s.jsonl", line(url="u", text=text, title=None) + "\n", config)
    assert not result.problems
    assert [(p.raw, p.source.element) for p in result.paragraphs] == [
        ("Hip pain is common in runners.", 1), ("It often settles with rest.", 2), ("See a doctor if it does not.", 3)]


def test_a_record_whose_page_is_all_chrome_gives_its_text_field_instead(config):
    """html wins over text when both are given; a page of chrome only leaves the text field to
    stand for the record (the chrome still audited), not a record lost with its text."""
    chrome = "<html><body><nav><a href='/'>Home</a> <a href='/c'>Contact</a></nav></body></html>"
    text = "Cataract surgery replaces the cloudy lens with a clear artificial one.\nIt takes 15 minutes."
    found = []
    from pipeline.ingest.jsonl import jsonl_paragraphs

    paragraphs, problems = jsonl_paragraphs("s.jsonl", line(url="u", text=text, html=chrome) + "\n", config, found)
    assert [(p.raw, p.source.element) for p in paragraphs] == [(t, n) for n, t in enumerate(text.split("\n"), 1)]
    assert problems == [] and [r.text for r in found] == ["Home Contact"]
    # a page with text of its own still wins
    paragraphs, _ = jsonl_paragraphs("s.jsonl", line(url="u", text=text, html="<p>From the page.</p>") + "\n",
                                     config, [])
    assert [p.raw for p in paragraphs] == ["From the page."]


def test_json_lines_with_old_mac_line_ends_are_one_record_a_line(config):
    records = [line(url="https://a.org/1", text="Earwax drops are used twice a day."),
               line(url="https://a.org/2", text="Swimmer's ear is treated with antibiotic drops.")]
    result = ingest_jsonl("s.jsonl", "\r".join(records) + "\r", config)
    assert result.problems == []
    assert [(p.raw, p.source.line, p.source.record) for p in result.paragraphs] == [
        ("Earwax drops are used twice a day.", 1, 1), ("Swimmer's ear is treated with antibiotic drops.", 2, 2)]


def test_messages_name_json_kinds_and_a_file_of_bad_records_is_not_called_chrome(tmp_path, config):
    good = line(url="https://c.org/1", text="Iron tablets are usually taken for around 6 months.")
    text = good + "\nnull\n[1]\n\ufeff" + good + '\n{"url": "u", "text": true}\n{"url": "u", "n": ' + "9" * 5000 + "}\n"
    result = ingest_jsonl("s.jsonl", text, config)
    assert [p.message for p in result.problems] == [
        "line 2: a record must be a JSON object, not null", "line 3: a record must be a JSON object, not an array",
        "line 5: field 'text' is true or false, not a string",
        "line 6: unreadable JSON: a number of more than 4,300 digits"]
    assert len(result.paragraphs) == 2, "a byte-order mark at the start of a line (files joined) is no bad record"
    result = ingest_jsonl("bad.jsonl", "{oops\nnull\n", config)
    assert [(p.kind, p.message) for p in result.problems][-1] == ("empty", "none of its records could be read (2 bad)")
