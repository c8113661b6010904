import gzip
import json
import os
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.ingest import discover, ingest_file, ingest_paths, read_source
from pipeline.model import SourceProblem, blocking


def test_bad_files_are_named_and_skipped_while_good_ones_are_read(tmp_path, config):
    (tmp_path / "good.txt").write_text("Hip pain is common.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x00\x00\x01\x02" * 50)
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n  \n\t\n", encoding="utf-8")
    (tmp_path / "corrupt.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    (tmp_path / "truncated.txt.gz").write_bytes(gzip.compress(b"Knee pain.\n" * 100)[:-12])
    (tmp_path / "ok.txt.gz").write_bytes(gzip.compress("Back pain.\n".encode()))
    result = ingest_paths([str(tmp_path)], config)
    kinds = {p.path.rsplit("/", 1)[-1]: p.kind for p in result.problems}
    assert kinds == {
        "binary.txt": "binary",
        "latin1.txt": "invalid-utf8",
        "empty.txt": "empty",
        "blank.txt": "empty",
        "corrupt.txt.gz": "corrupt-gzip",
        "truncated.txt.gz": "corrupt-gzip",
    }
    assert sorted(p.raw for p in result.paragraphs) == ["Back pain.", "Hip pain is common."]
    for problem in result.problems:
        message = str(problem)
        assert "\n" not in message and problem.path in message


def test_a_stray_nul_byte_does_not_make_a_dump_binary(tmp_path, config):
    """One NUL in a dump's text (a scraper's, a database export's) is no sign of a binary
    file: the dump is read, the byte dropped by normalisation. NUL bytes in more than 1% of the
    first bytes (UTF-16 without its byte-order mark, an executable) or beside bytes that are
    not UTF-8 (compressed data) still are."""
    lines = [f"Line {n} says that knee pain after running often settles with rest." for n in range(40)]
    lines[3] = lines[3].replace("pain", "pa\x00in")
    (tmp_path / "stray.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes("\n".join(lines).encode("utf-16-le"))
    (tmp_path / "packed.txt").write_bytes(gzip.compress("\n".join(lines).encode()) + b"\x00")
    result = ingest_paths([str(tmp_path)], config)
    assert {p.path.rsplit("/", 1)[-1]: p.kind for p in result.problems} == {"wide.txt": "binary",
                                                                             "packed.txt": "binary"}
    assert len(result.paragraphs) == 40 and "pa\x00in" in result.paragraphs[3].raw
    from pipeline import clean_text

    assert "\x00" not in clean_text(result.paragraphs[3].raw, config)


def test_invalid_utf8_message_gives_line(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"fine line\nsecond \xff line\n")
    problem = read_source(str(f))
    assert isinstance(problem, SourceProblem)
    assert "line 2" in problem.message


def _records(n: int) -> list[bytes]:
    return [json.dumps({"url": f"https://x.example/{i}", "text": f"Record {i} says knee pain after {i} runs "
                        "settles with rest."}).encode() for i in range(n)]


def test_a_json_lines_record_that_is_not_utf8_costs_that_record_not_the_file(tmp_path):
    lines = _records(5)
    lines[3] = lines[3].replace(b"knee", b"kn\xe9e")
    (tmp_path / "r.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = ingest_file(str(tmp_path / "r.jsonl"), load_config())
    assert [p.source.line for p in result.paragraphs] == [1, 2, 3, 5]
    column = lines[3].index(b"\xe9") + 1  # the bytes before it are ASCII: one a column
    assert [str(p) for p in result.problems] == [f"{tmp_path / 'r.jsonl'}: bad-record: line 4: invalid UTF-8 "
                                                 f"(byte 0xe9 at column {column}): the record is not read"]
    # a dump is still read whole or not at all: one in another encoding would lose every line with an accent
    (tmp_path / "d.txt").write_bytes(b"ok line\nkn\xe9e\n")
    assert [p.kind for p in ingest_file(str(tmp_path / "d.txt"), load_config()).problems] == ["invalid-utf8"]


@pytest.mark.parametrize("damage, lines, says", [
    (lambda gz: gz[: len(gz) * 9 // 10], None, "the file ends inside its gzip stream (cut short)"),
    (lambda gz: gz + b"trailing bytes", 400, "bytes that are not gzip after its stream"),
    (lambda gz: gz + gzip.compress(b'{"url": "u", "text": "One more record read from a second member."}\n'), 401,
     None),
])
def test_a_damaged_gzip_of_records_keeps_the_whole_records_before_the_damage(tmp_path, damage, lines, says):
    data = gzip.compress(b"\n".join(_records(400)) + b"\n")
    (tmp_path / "r.jsonl.gz").write_bytes(damage(data))
    result = ingest_file(str(tmp_path / "r.jsonl.gz"), load_config())
    read = [p.source.line for p in result.paragraphs]
    assert read == list(range(1, len(read) + 1)) and (lines is None and 0 < len(read) < 400 or len(read) == lines)
    if says is None:
        assert not result.problems
    else:
        assert [p.kind for p in result.problems] == ["partly-read"] and says in result.problems[0].message
        assert f"the {len(read)} whole lines before it are read" in result.problems[0].message
    # a page (or a dump) cut short is still not read
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(b"A paragraph.\n" * 400)[:-40])
    assert [p.kind for p in ingest_file(str(tmp_path / "d.txt.gz"), load_config()).problems] == ["corrupt-gzip"]


def test_a_gzip_member_whose_header_starts_at_a_reads_end_is_read_on(tmp_path, monkeypatch):
    """Members one after another are one stream, wherever the reads cut it: one byte of the next
    member's header at the end of a read is no damage."""
    from pipeline.ingest import sources

    first, second = gzip.compress(b"\n".join(_records(3)) + b"\n"), gzip.compress(b"\n".join(_records(2)) + b"\n")
    (tmp_path / "r.jsonl.gz").write_bytes(first + second)
    monkeypatch.setattr(sources, "_GUNZIP_CHUNK", len(first) + 1)
    result = ingest_file(str(tmp_path / "r.jsonl.gz"), load_config())
    assert not result.problems and [p.source.line for p in result.paragraphs] == [1, 2, 3, 4, 5]


def test_invalid_utf8_message_counts_old_mac_lines(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"fine line\rsecond line\rthird \xff line\r")
    assert "(line 3)" in read_source(str(f)).message


@pytest.mark.parametrize("name, encoding, message", [
    ("d.txt", "utf-16", "UTF-16 text (it starts with a UTF-16 byte-order mark); a dump must be UTF-8: convert it "
                        "(iconv -f UTF-16 -t UTF-8)"),
    ("d.txt", "utf-32", "UTF-32 text (it starts with a UTF-32 byte-order mark); a dump must be UTF-8: convert it "
                        "(iconv -f UTF-32 -t UTF-8)"),
    ("r.jsonl", "utf-16", "a JSON Lines file must be UTF-8"),
])
def test_a_wide_encoding_is_named_for_what_it_is(tmp_path, name, encoding, message):
    f = tmp_path / name
    f.write_bytes("Knee pain is common.\n".encode(encoding))
    problem = read_source(str(f))
    assert problem.kind == "invalid-utf8" and message in problem.message


def test_a_link_to_nothing_is_named_missing_in_a_folder_and_on_the_command_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A paragraph.\n")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    for given in ([str(folder)], [str(folder / "gone.txt")]):
        _, problems = discover(given, [".txt"])
        assert [(Path(p.path).name, p.kind, p.message) for p in problems] == [
            ("gone.txt", "missing", f"a symbolic link to {tmp_path / 'deleted.txt'}, which does not exist")]


def test_byte_order_mark_is_not_part_of_the_text(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffFirst paragraph.\n".encode("utf-8"))
    assert read_source(str(f)).text == "First paragraph.\n"


def test_discover_recurses_sorts_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "b" / "1.txt.gz").write_bytes(gzip.compress(b"x"))
    paths, problems = discover([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "nope")], [".txt"])
    names = [p[len(str(tmp_path)) + 1:] for p in paths]
    assert names == ["a.txt", "b/1.txt.gz", "b/2.txt"]
    # the file of no known type is named in a note; the hidden one is not
    assert [p.kind for p in problems] == ["passed-over", "missing"]
    assert problems[0].path == tmp_path.as_posix() and problems[0].message.startswith("1 file of no known type (.md 1)")
    assert blocking(problems) == [problems[1]]


def test_a_folder_holding_no_input_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("x")
    (tmp_path / "notes" / ".hidden.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    paths, problems = discover([str(tmp_path / "a.txt"), str(tmp_path / "empty"), str(tmp_path / "notes")], [".txt"])
    assert [p[len(str(tmp_path)) + 1:] for p in paths] == ["a.txt"]
    assert [(p.path[len(str(tmp_path)) + 1:], p.kind) for p in problems] == [("empty", "empty"), ("notes", "empty")]
    # a folder whose inputs were found names only what it passed over, in one note
    (note,) = discover([str(tmp_path)], [".txt"])[1]
    assert (note.kind, note.message) == ("passed-over", f"1 file of no known type (.md 1): {tmp_path.as_posix()}/notes/readme.md")
    (tmp_path / "notes" / "readme.md").unlink()
    assert discover([str(tmp_path)], [".txt"])[1] == []


def test_files_passed_over_in_a_folder_are_said_once_and_fail_nothing(tmp_path):
    """A ``.md`` dump or a ``.json`` of records in a folder is not read (no reader knows its
    ending): one note for the folder names how many and which, on stderr and in report.json,
    without failing ``--strict`` or counting as a skipped input; ``--quiet`` leaves it out."""
    from click.testing import CliRunner
    from pipeline.cli import main

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Rest the knee for two days and keep it raised when you sit down.\n")
    for name in ("b.json", "c.json", "sub/d.md", "sub/e.csv"):
        (folder / name).write_text("x\n")
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--strict"])
    assert run.exit_code == 0, run.output
    said = [line for line in run.stderr.splitlines() if "passed over" in line]
    assert said == [f"clean-corpus: passed over in {folder.as_posix()}: 4 files of no known type (.json 2, .csv 1, "
                    f".md 1): {folder.as_posix()}/b.json, {folder.as_posix()}/c.json, {folder.as_posix()}/sub/d.md, ..."]
    files = json.loads((out / "report.json").read_text())["files"]
    assert files["read"] == 1 and files["skipped"] == 0 and [p["kind"] for p in files["problems"]] == ["passed-over"]
    quiet = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "-q"])
    assert quiet.exit_code == 0 and "passed over" not in quiet.stderr


def test_a_file_met_through_a_link_and_by_its_own_name_is_named_by_its_own(tmp_path):
    (tmp_path / "x.txt").write_text("x")
    (tmp_path / "link_to_x.txt").symlink_to("x.txt")
    for inputs in ([str(tmp_path)], [str(tmp_path), str(tmp_path / "x.txt")], [str(tmp_path / "link_to_x.txt")]):
        paths, problems = discover(inputs, [".txt"])
        assert [Path(p).name for p in paths] == (["link_to_x.txt"] if inputs[0].endswith("link_to_x.txt")
                                                 else ["x.txt"])
        # the link is read once, under the file's own name, and says so in a note that fails nothing
        if inputs[0].endswith("link_to_x.txt"):
            assert problems == []
        else:
            assert [(Path(p.path).name, p.kind, p.message) for p in problems] == [
                ("link_to_x.txt", "same-file", f"the same file as {(tmp_path / 'x.txt').as_posix()}: read once, "
                 "under that name")] and blocking(problems) == []


def test_explicit_unsupported_file_is_reported(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    paths, problems = discover([str(tmp_path / "notes.md")], [".txt"])
    assert paths == [] and problems[0].kind == "unsupported"


def test_links_that_loop_or_lead_out_are_reported_and_the_rest_read(tmp_path):
    folder, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (folder / "good.txt").write_text("A paragraph.\n")
    (elsewhere / "secret.txt").write_text("Not for this run.\n")
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    (folder / "out.txt").symlink_to(elsewhere / "secret.txt")
    paths, problems = discover([str(folder)], [".txt"])
    assert [Path(p).name for p in paths] == ["good.txt"]
    assert sorted((Path(p.path).name, p.kind) for p in problems) == [
        ("loop1.txt", "symlink-loop"), ("loop2.txt", "symlink-loop"), ("out.txt", "outside-link")]
    paths, _ = discover([str(folder)], [".txt"], follow_outside_links=True)
    assert [Path(p).name for p in paths] == ["good.txt", "out.txt"]


def test_folder_links_that_loop_or_lead_out_are_reported(tmp_path):
    folder, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    (folder / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (folder / "sub" / "good.txt").write_text("A paragraph.\n")
    (elsewhere / "secret.txt").write_text("Not for this run.\n")
    (folder / "sub" / "back").symlink_to("..")            # a loop through the folder that holds it
    (folder / "again").symlink_to(folder / "sub")         # inside: read once, by its real path
    (folder / "out").symlink_to(elsewhere)                # leads out
    (elsewhere / "round").symlink_to(folder / "out")      # out, then back to where it is: a loop
    paths, problems = discover([str(folder)], [".txt"])
    assert [Path(p).name for p in paths] == ["good.txt"]
    assert sorted((Path(p.path).name, p.kind) for p in problems) == [("back", "symlink-loop"), ("out", "outside-link")]
    paths, problems = discover([str(folder)], [".txt"], follow_outside_links=True)
    assert sorted(Path(p).name for p in paths) == ["good.txt", "secret.txt"]
    assert sorted((Path(p.path).name, p.kind) for p in problems) == [("back", "symlink-loop"),
                                                                      ("round", "symlink-loop")]


def test_an_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    (tmp_path / "d.txt").write_text("A paragraph.\n")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("passages.jsonl", "removed.jsonl"):
        (out / name).write_text("{}\n")
    paths, problems = discover([str(tmp_path)], [".txt"], [], [".jsonl"])
    assert [Path(p).name for p in paths] == ["d.txt"]
    assert [(Path(p.path).name, p.kind) for p in problems] == [("out", "output-folder")]


def test_a_file_name_that_is_not_utf8_is_read_and_written(tmp_path):
    from pipeline import clean_corpus, write_outputs

    name = os.fsdecode(b"caf\xe9 notes.txt")  # Latin-1 bytes: not UTF-8
    (tmp_path / name).write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    result = clean_corpus([str(tmp_path)])
    write_outputs(tmp_path / "o", result.passages, result.removed, result.report)
    record = json.loads((tmp_path / "o" / "passages.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["source"]["path"].endswith(name)  # the escapes read back as the same name


def test_a_file_past_the_size_limit_is_oversize_and_the_rest_read(tmp_path):
    """A small .gz that decompresses past [ingest] max_file_mb is never read whole."""
    from pipeline.config import load_config
    from pipeline.ingest import ingest_file

    config = load_config(overrides={"ingest": {"max_file_mb": 1}})
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"knee\n" * 600_000))  # 3 MB of short lines in a few KB
    big = tmp_path / "big.txt"
    big.write_bytes(b"back pain\n" * 150_000)  # 1.5 MB on disk
    good = tmp_path / "good.txt.gz"
    good.write_bytes(gzip.compress(b"Rest helps.\n"))
    assert bomb.stat().st_size < 50_000
    for path in (bomb, big):
        result = ingest_file(str(path), config)
        assert result.paragraphs == [] and [p.kind for p in result.problems] == ["oversize"]
        assert "max_file_mb" in result.problems[0].message
    assert [p.raw for p in ingest_file(str(good), config).paragraphs] == ["Rest helps."]
    assert len(ingest_file(str(bomb), load_config()).paragraphs) == 600_000  # within the default limit


def test_a_folder_that_cannot_be_listed_is_named_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("A paragraph.\n")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text("Not readable.\n")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # as a folder without read permission behaves for a non-root user
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    paths, problems = discover([str(tmp_path)], [".txt"])
    assert [Path(p).name for p in paths] == ["good.txt"]
    assert [(Path(p.path).name, p.kind) for p in problems] == [("locked", "unreadable")]
    assert "Permission denied" in problems[0].message


def test_an_empty_path_is_missing_not_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "stray.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    paths, problems = discover([""], [".txt"])
    assert paths == [] and [(p.kind, p.message) for p in problems] == [("missing", "an empty path")] and problems[0].path == '""'


def test_a_pipe_is_reported_not_opened(tmp_path):
    # Opening a FIFO waits for a writer: read, it would hang the run.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A paragraph.\n")
    os.mkfifo(folder / "pipe.txt")
    paths, problems = discover([str(folder), str(folder / "pipe.txt")], [".txt"])
    assert [Path(p).name for p in paths] == ["good.txt"]
    assert [(Path(p.path).name, p.kind) for p in problems] == [("pipe.txt", "not-a-file"), ("pipe.txt", "not-a-file")]


def test_a_utf16_dump_is_named_for_what_it_is_not_binary(tmp_path):
    """Its NUL bytes made it read as binary; it is text in the wrong encoding."""
    from pipeline.ingest import read_source

    (tmp_path / "d.txt").write_bytes("Rest and ice help a sprained ankle.\n".encode("utf-16"))
    problem = read_source(str(tmp_path / "d.txt"), 0.1, None)
    assert problem.kind == "invalid-utf8" and "UTF-16" in problem.message
