import copy

from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest import ingest_text, screen_oversize, split_paragraphs

lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=20)


@given(lines, st.sampled_from(["\n", "\r\n", "\r"]))
def test_offsets_and_line_numbers_point_back_at_the_paragraph(parts, newline):
    """Whatever a file's line ends (old Mac files end lines with a lone CR), each line is a
    paragraph of its own, and its line number and offsets find it in the text."""
    text = newline.join(p.replace("\n", " ").replace("\r", " ") for p in parts)
    paragraphs = split_paragraphs("dump.txt", text)
    physical = text.split("\r" if newline == "\r" else "\n")
    assert len(paragraphs) == sum(1 for line in physical if line.strip())
    for p in paragraphs:
        assert text[p.source.start : p.source.end] == p.raw
        assert physical[p.source.line - 1].strip() == p.raw
        assert p.raw == p.raw.strip() and p.raw


def test_oversize_paragraphs_are_audited_not_dropped(config):
    cfg = {**config, "ingest": {**config["ingest"], "max_paragraph_chars": 50}}
    result = ingest_text("d.txt", "short one\n" + "x" * 500 + "\nshort two\n", cfg)
    assert [p.raw for p in result.paragraphs] == ["short one", "short two"]
    assert [(r.reason, r.source.line, len(r.text)) for r in result.removed] == [("oversize", 2, 50)]


def test_screen_oversize_keeps_order():
    ps = split_paragraphs("d", "a\nbbbb\nc")
    kept, removed = screen_oversize(ps, 3)
    assert [p.raw for p in kept] == ["a", "c"] and removed[0].source.line == 2


def test_a_lone_cr_inside_a_line_of_a_newline_file_ends_no_line():
    """In \\r\\r\\n line ends (a file converted twice), the extra CR is no blank line (which
    would split the page in two)."""
    assert [(p.raw, p.source.line) for p in split_paragraphs("d", "one\r\r\ntwo\r\r\n")] == [("one", 1), ("two", 2)]


PAGE = ("<!DOCTYPE html>\n<html><head><title>Knee</title><script>var menu = 1;</script></head><body>\n"
        "<nav><a href='/'>Home</a></nav>\n<article><h1>A sore knee</h1>\n"
        "<p>Rest the knee for two days and keep it raised when you sit down, with a cushion under it.</p>\n"
        "</article></body></html>\n")


def test_a_dump_holding_an_html_document_is_read_as_a_page_and_says_so(config, tmp_path):
    """A scraper that saved pages under ``.txt``: read line by line, the markup and the script
    would be passages. It is read as a page, with a note that fails nothing."""
    from pipeline import clean_corpus
    from pipeline.model import blocking

    result = ingest_text("page.txt", PAGE, config)
    texts = [p.raw for p in result.paragraphs]
    assert "A sore knee" in texts and not any("<" in t or "var menu" in t for t in texts)
    assert [(p.kind, p.path) for p in result.problems] == [("read-as-html", "page.txt")]
    assert blocking(result.problems) == [] and result.files_read == ["page.txt"]
    # a dump that quotes a tag is still a dump
    quoted = ingest_text("d.txt", "Use <html> to start a page.\n<!DOCTYPE html> comes first.\n", config)
    assert [p.raw for p in quoted.paragraphs] == ["Use <html> to start a page.", "<!DOCTYPE html> comes first."]
    assert quoted.problems == []
    # turned off, the document is read line by line
    off = copy.deepcopy(config)  # the fixture is the session's: a change here would leak into later tests
    off["ingest"]["html_documents_in_dumps"] = False
    lines = ingest_text("page.txt", PAGE, off)
    assert lines.paragraphs[0].raw == "<!DOCTYPE html>" and lines.problems == []
    # a run over a file says it on stderr and in the report, and fails no --strict run
    from click.testing import CliRunner
    from pipeline.cli import main

    (tmp_path / "page.txt").write_text(PAGE)
    run = CliRunner().invoke(main, ["run", str(tmp_path / "page.txt"), "--out", str(tmp_path / "out"), "--strict"])
    assert run.exit_code == 0, run.output
    assert f"clean-corpus: read {(tmp_path / 'page.txt').as_posix()} as an HTML page: it holds an HTML document" \
        in run.stderr.splitlines()
    assert clean_corpus(texts={"page.txt": PAGE}).problems[0].kind == "read-as-html"
