import codecs
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import clean_corpus, write_corpus
from pipeline.ingest import read_source
from pipeline.ingest.encodings import UTF8_WITH_1252, codec_name, decode_html
from pipeline.model import SourceProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
ACCENTED = "Café owners’ knees — “a common complaint” — ache at 40° and ½ mile."

# (bytes of a page, the transport's charset, the text expected, the encoding it is read in)
CASES = [
    pytest.param("<p>café</p>".encode(), None, "<p>café</p>", "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + "<p>café</p>".encode(), None, "<p>café</p>", "utf-8", id="utf-8 bom"),
    pytest.param(codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le"), None, "<p>café</p>", "utf-16-le",
                 id="utf-16 bom"),
    # UTF-32's little-endian mark starts with UTF-16's: read as UTF-32, not as garbage
    pytest.param(codecs.BOM_UTF32_LE + "<p>café</p>".encode("utf-32-le"), None, "<p>café</p>", "utf-32-le",
                 id="utf-32 bom"),
    pytest.param(codecs.BOM_UTF32_BE + "<p>café</p>".encode("utf-32-be"), None, "<p>café</p>", "utf-32-be",
                 id="utf-32-be bom"),
    pytest.param('<meta charset="windows-1252"><p>caf\xe9 “x”</p>'.encode("cp1252"), None,
                 '<meta charset="windows-1252"><p>café “x”</p>', "windows-1252", id="meta windows-1252"),
    # browsers read a page labelled Latin-1 as windows-1252: 0x93/0x94 are curly quotes, not controls
    pytest.param(b'<meta charset="ISO-8859-1"><p>\x93ok\x94</p>', None, '<meta charset="ISO-8859-1"><p>“ok”</p>',
                 "windows-1252", id="meta latin-1 read as windows-1252"),
    pytest.param('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>膝の痛み</p>'.encode("cp932"),
                 None, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>膝の痛み</p>', "cp932",
                 id="http-equiv shift_jis"),
    pytest.param('<meta charset="koi8-r"><p>боль в колене</p>'.encode("koi8-r"), None,
                 '<meta charset="koi8-r"><p>боль в колене</p>', "koi8-r", id="meta koi8-r"),
    # ISO-2022-JP is 7-bit, so valid UTF-8 too: its escape sequences let the declaration win
    pytest.param('<meta charset="iso-2022-jp"><p>頭痛が続く場合は医師に相談してください。</p>'.encode("iso2022_jp"), None,
                 '<meta charset="iso-2022-jp"><p>頭痛が続く場合は医師に相談してください。</p>', "iso2022_jp",
                 id="meta iso-2022-jp"),
    pytest.param(b'<meta charset="iso-2022-jp"><p>plain ASCII, no escape</p>', None,
                 '<meta charset="iso-2022-jp"><p>plain ASCII, no escape</p>', "utf-8", id="iso-2022-jp without escapes"),
    # valid UTF-8 wins over a declaration that cannot be right
    pytest.param('<meta charset="iso-8859-1"><p>café</p>'.encode(), None, '<meta charset="iso-8859-1"><p>café</p>',
                 "utf-8", id="utf-8 declared latin-1"),
    # a UTF-8 page with a byte pasted from Windows keeps both
    pytest.param("<p>it".encode() + b"\x92s " + "café</p>".encode(), None, "<p>it’s café</p>", UTF8_WITH_1252,
                 id="stray windows-1252 byte"),
    pytest.param(b'<meta charset="utf-8"><p>caf\xe9</p>', None, '<meta charset="utf-8"><p>café</p>', UTF8_WITH_1252,
                 id="declared utf-8 but latin-1"),
    # the transport's charset comes before the page's own
    pytest.param('<p>боль</p>'.encode("cp1251"), "windows-1251", "<p>боль</p>", "cp1251", id="transport charset"),
    pytest.param('<p>café</p>'.encode(), "no-such-charset", "<p>café</p>", "utf-8", id="unknown transport charset"),
    pytest.param('<meta charset="no-such"><p>caf\xe9</p>'.encode("cp1252"), None, '<meta charset="no-such"><p>café</p>',
                 UTF8_WITH_1252, id="unknown meta charset"),
    # Python codecs that are not web encodings: bytes cannot be decoded with some ("base64"), the
    # Standard forbids others ("utf-7"); a page naming one is read as if it named none
    *(pytest.param(f'<meta charset="{c}"><p>caf\xe9</p>'.encode("cp1252"), None,
                   f'<meta charset="{c}"><p>café</p>', UTF8_WITH_1252, id=f"meta {c}")
      for c in ("base64", "rot13", "zlib", "undefined", "idna", "punycode", "utf-7", "unicode_escape")),
    *(pytest.param(b"<p>caf\xe9</p>", c, "<p>café</p>", UTF8_WITH_1252, id=f"transport {c}")
      for c in ("base64", "undefined", "utf-7")),
]


@pytest.mark.parametrize("data, transport, text, encoding", CASES)
def test_pages_are_read_in_the_encoding_a_browser_would_pick(data, transport, text, encoding):
    assert decode_html(data, transport) == (text, encoding)


@pytest.mark.parametrize("label, codec", [("latin1", "windows-1252"), ("US-ASCII", "windows-1252"),
                                          ("gb2312", "gb18030"), ("x-sjis", "cp932"), ("EUC-KR", "cp949"),
                                          ("'utf-8'", "utf-8"), ("", None), ("bogus", None)])
def test_charset_labels_name_the_codecs_browsers_use(label, codec):
    assert codec_name(label) == codec


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from([None, "windows-1252", "shift_jis", "koi8-r"]))
def test_utf8_bytes_read_back_as_the_same_text_whatever_the_page_declares(text, declared):
    page = (f'<meta charset="{declared}">' if declared else "") + text
    if page.startswith("\ufeff"):  # a leading BOM is read as the byte-order mark it is
        page = "x" + page
    assert decode_html(page.encode()) == (page, "utf-8")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([None, "windows-1252", "utf-8", "shift_jis", "bogus"]))
def test_any_bytes_give_text(data, transport):
    text, encoding = decode_html(data, transport)
    assert isinstance(text, str) and encoding


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60), st.text(max_size=20), st.one_of(st.none(), st.text(max_size=20)))
def test_any_declared_label_gives_text(data, label, transport):
    """A hostile page may name any charset, in its <meta> or in a WARC record's header."""
    page = f'<meta charset="{label}">'.encode("utf-8", "surrogatepass") + data
    text, encoding = decode_html(page, transport)
    assert isinstance(text, str) and encoding


def _page(encoding: str) -> bytes:
    html = (FIXTURES / "chrome.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', f'<meta charset="{encoding}">')
    html = html.replace("</p>\n", f"</p>\n<p>{ACCENTED}</p>\n", 1)
    return html.encode(encoding)


def test_a_legacy_encoded_page_gives_what_its_utf8_copy_gives(tmp_path, config):
    (tmp_path / "utf8").mkdir()
    (tmp_path / "legacy").mkdir()
    (tmp_path / "utf8" / "knee.html").write_bytes(_page("utf-8"))
    (tmp_path / "legacy" / "knee.html.gz").write_bytes(gzip.compress(_page("windows-1252")))
    ours = clean_corpus([str(tmp_path / "utf8")], config=config)
    legacy = clean_corpus([str(tmp_path / "legacy")], config=config)
    assert not legacy.problems
    assert [p.text for p in legacy.passages] == [p.text for p in ours.passages]
    assert [(r.reason, r.text) for r in legacy.removed] == [(r.reason, r.text) for r in ours.removed]
    assert any(ACCENTED in p.text for p in legacy.passages) or any(ACCENTED in r.text for r in legacy.removed)
    assert legacy.report["files"]["encodings"] == {str(tmp_path / "legacy" / "knee.html.gz"): "windows-1252"}
    assert ours.report["files"]["encodings"] == {}
    # the streaming run (the CLI's) reports it the same way
    write_corpus([str(tmp_path / "legacy")], out_dir=tmp_path / "out", config=config)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["files"]["encodings"] == legacy.report["files"]["encodings"]


def test_a_utf16_page_is_read_not_taken_for_binary(tmp_path):
    f = tmp_path / "p.html"
    f.write_bytes(codecs.BOM_UTF16_BE + "<p>Knee pain.</p>".encode("utf-16-be"))
    source = read_source(str(f), html=True)
    assert (source.text, source.encoding) == ("<p>Knee pain.</p>", "utf-16-be")


def test_dumps_stay_strict_and_binary_pages_are_still_refused(tmp_path):
    latin = tmp_path / "a.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    assert read_source(str(latin)).kind == "invalid-utf8"
    binary = tmp_path / "b.html"
    binary.write_bytes(b"\x7fELF\x00\x00\x01\x02" * 50)
    problem = read_source(str(binary), html=True)
    assert isinstance(problem, SourceProblem) and problem.kind == "binary"


def test_a_page_saved_with_its_body_still_gzipped_is_read(tmp_path, config):
    """Saved as fetched with Content-Encoding: gzip, under a plain .html name."""
    page = tmp_path / "saved.html"
    page.write_bytes(gzip.compress(_page("windows-1252")))
    source = read_source(str(page), html=True)
    assert source.encoding == "windows-1252" and ACCENTED in source.text
    broken = tmp_path / "broken.html"
    broken.write_bytes(gzip.compress(b"<p>Knee pain.</p>")[:-6])
    assert read_source(str(broken), html=True).kind == "corrupt-gzip"
    dump = tmp_path / "notes.txt"  # a dump keeps its strict contract: gzip bytes need .gz
    dump.write_bytes(gzip.compress(b"Knee pain.\n"))
    assert read_source(str(dump)).kind == "binary"
    result = clean_corpus([str(page)], config=config)
    assert not result.problems and result.report["files"]["encodings"] == {str(page): "windows-1252"}


@pytest.mark.parametrize("head", ['<!-- <meta charset="windows-1251"> --><meta charset="windows-1252">',
                                  '<?xml version="1.0" encoding="windows-1251"?>\n<meta charset="windows-1252">'])
def test_a_commented_meta_or_an_xml_prolog_gives_way_to_the_page_meta(head):
    """As browsers read a page: a <meta> inside a comment declares nothing, and the page's
    <meta> wins over an XML prolog."""
    text, codec = decode_html(head.encode("ascii") + "<p>Café crème brûlée is naïve.</p>".encode("cp1252"))
    assert codec == "windows-1252" and text.endswith("<p>Café crème brûlée is naïve.</p>")
