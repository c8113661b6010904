from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest import ingest_text, screen_oversize, split_paragraphs

lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=20)


@given(lines, st.sampled_from(["\n", "\r\n"]))
def test_offsets_and_line_numbers_point_back_at_the_paragraph(parts, newline):
    text = newline.join(p.replace("\n", " ").replace("\r", " ") for p in parts)
    paragraphs = split_paragraphs("dump.txt", text)
    physical = text.split("\n")
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
