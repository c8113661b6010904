"""Parquet record files (Hugging Face dataset dumps, Spark and DuckDB exports): one
record per row, with the columns ``[ingest.jsonl]`` names (``url``, optional ``title``,
``text`` or ``html``), read like JSON Lines records (:mod:`.jsonl`) in row batches.

Provenance: ``record`` and ``line`` are the 1-based row number. A row without a URL
or without text is a ``bad-record`` problem naming its row; a file without the URL
column or without a text or HTML column is one problem and is not read.
"""
from __future__ import annotations

from ..model import Paragraph, Removal, SourceProblem
from .jsonl import BadRecord, check_record, fields_paragraphs, jsonl_settings, without_lone_surrogates
from .remote import open_binary
from .sources import records_over_limit

BATCH_ROWS = 1000


def parquet_paragraphs(path: str, config: dict, chrome: list[Removal] | None = None, max_bytes: int | None = None
                       ) -> tuple[list[Paragraph], list[SourceProblem]]:
    """Every good row's paragraphs, and a problem for each bad row (or the whole file); no
    more rows once their text passes ``max_bytes`` (``[ingest] max_file_mb``: a compressed
    column can hold many times the file's size)."""
    try:
        handle = open_binary(path)
    except OSError as exc:
        return [], [SourceProblem(path, "unreadable", exc.strerror or str(exc))]
    with handle:
        return _rows(path, handle, config, chrome, max_bytes)


def _rows(path: str, handle, config: dict, chrome: list[Removal] | None, max_bytes: int | None = None
          ) -> tuple[list[Paragraph], list[SourceProblem]]:
    import pyarrow.parquet as pq

    settings = jsonl_settings(config)
    names = {k: settings[f"{k}_field"] for k in ("url", "title", "text", "html")}
    try:
        table = pq.ParquetFile(handle)
    except Exception as exc:  # not Parquet, truncated: the file, named
        return [], [SourceProblem(path, "bad-parquet", f"cannot read the file: {exc}")]
    columns = set(table.schema_arrow.names)
    if names["url"] not in columns or not ({names["text"], names["html"]} & columns):
        return [], [SourceProblem(path, "bad-parquet", f"needs a {names['url']!r} column and a {names['text']!r} or "
                                  f"{names['html']!r} column ([ingest.jsonl] field names); it has "
                                  f"{', '.join(sorted(columns))}")]
    wanted = [n for n in names.values() if n in columns]
    paragraphs: list[Paragraph] = []
    problems: list[SourceProblem] = []
    row = read = 0
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
            values = batch.to_pydict()
            for i in range(batch.num_rows):
                row += 1
                field = {k: values[n][i] if n in values else None for k, n in names.items()}
                read += sum(len(v) for v in field.values() if isinstance(v, str))
                if max_bytes and read > max_bytes:
                    problems.append(records_over_limit(path, max_bytes, f"row {row - 1}"))
                    return paragraphs, problems
                found: list[Removal] = []
                try:
                    for k, v in field.items():
                        if v is not None and not isinstance(v, str):
                            raise BadRecord(f"field {names[k]!r} must be text, not {type(v).__name__}")
                    url = check_record(field["url"], field["text"], field["html"], settings)
                    paragraphs.extend(fields_paragraphs(
                        path, without_lone_surrogates(url), field["title"], field["text"], field["html"],
                        row, row, config, found))
                except BadRecord as exc:
                    problems.append(SourceProblem(path, "bad-record", f"row {row}: {exc}"))
                if chrome is not None:
                    chrome.extend(found)  # a page of chrome only: its words are audited
    except Exception as exc:  # a damaged row group: what came before it is kept
        problems.append(SourceProblem(path, "bad-parquet", f"cannot read past row {row}: {exc}"))
    return paragraphs, problems
