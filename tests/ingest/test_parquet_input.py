"""Parquet record files as input (pipeline/ingest/parquet.py)."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

import pipeline

PAGE = ("<html><body><nav>Home About</nav><article><p>Knee pain after a run often comes from the tissues "
        "around the kneecap and settles with rest.</p></article></body></html>")


def test_rows_read_like_jsonl_records(tmp_path):
    rows = [{"url": "https://a.example/1", "text": "Rest and ice help a sprained ankle.\n\nSee a doctor if it swells.",
             "html": None},
            {"url": "https://a.example/2", "text": None, "html": PAGE},
            {"url": None, "text": "No URL here.", "html": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "shard.parquet")
    (tmp_path / "same.jsonl").write_text('{"url": "https://a.example/2", "html": ' + __import__("json").dumps(PAGE)
                                         + "}\n", encoding="utf-8")
    result = pipeline.clean_corpus([str(tmp_path / "shard.parquet")])
    assert [(p.text, p.source.record, p.source.url) for p in result.passages] == [
        ("Rest and ice help a sprained ankle.", 1, "https://a.example/1"),
        ("See a doctor if it swells.", 1, "https://a.example/1"),
        ("Knee pain after a run often comes from the tissues around the kneecap and settles with rest.", 2,
         "https://a.example/2")]
    assert [(p.kind, p.message) for p in result.problems] == [("bad-record", "row 3: missing field 'url'")]
    from_jsonl = pipeline.clean_corpus([str(tmp_path / "same.jsonl")])
    assert [p.text for p in from_jsonl.passages] == [result.passages[2].text]
    assert {r.rule for r in result.removed} == {r.rule for r in from_jsonl.removed}  # the same chrome audited


def test_a_file_without_the_columns_is_named(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "other.parquet")
    (tmp_path / "not.parquet").write_bytes(b"PAR1 but not really")
    result = pipeline.clean_corpus([str(tmp_path)])
    assert sorted(p.kind for p in result.problems) == ["bad-parquet", "bad-parquet"]
    assert not result.passages


def test_our_own_parquet_output_is_not_read_back(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within weeks.\n")
    for _ in range(2):
        run = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--format", "parquet",
                                        "--quiet"])
        assert run.exit_code == 0, run.output
    assert "output-folder" in run.output


def test_a_row_without_text_is_a_bad_record_and_the_rows_after_it_are_read(tmp_path):
    rows = [{"url": "https://a.example/1", "title": None, "text": "Rest and ice help a sprained ankle.", "html": None},
            {"url": "https://a.example/2", "title": None, "text": None, "html": None},
            {"url": "https://a.example/3", "title": None, "text": "  ", "html": None},
            {"url": "https://a.example/4", "title": None, "text": "Ice the area after a run.", "html": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "shard.parquet")
    result = pipeline.clean_corpus([str(tmp_path / "shard.parquet")])
    assert [(p.text, p.source.record) for p in result.passages] == [
        ("Rest and ice help a sprained ankle.", 1), ("Ice the area after a run.", 4)]
    assert [(p.kind, p.message) for p in result.problems] == [
        ("bad-record", "row 2: neither 'text' nor 'html' holds any text"),
        ("bad-record", "row 3: neither 'text' nor 'html' holds any text")]


def test_max_file_mb_bounds_the_text_read_from_a_parquet_file(tmp_path):
    # A few kilobytes of zstd can hold megabytes of repeated text: the limit counts the text.
    row = "Rest and ice help a sprained ankle heal within a few weeks of care.\n" * 2000
    rows = [{"url": f"https://a.example/{n}", "text": row + f"Row {n} ends here.", "html": None} for n in range(10)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "big.parquet", compression="zstd")
    assert (tmp_path / "big.parquet").stat().st_size < 2**20 / 4
    config = pipeline.load_config(overrides={"ingest": {"max_file_mb": 0.5}})
    result = pipeline.clean_corpus([str(tmp_path / "big.parquet")], config=config)
    assert [p.kind for p in result.problems] == ["oversize"] and "row 3" in result.problems[0].message
    assert result.passages and {p.source.record for p in result.passages} <= {1, 2, 3}
    assert result.report["counts"]["paragraphs_read"] == 3 * 2001
