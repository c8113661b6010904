"""Parquet copies of the output contract: ``passages.parquet`` and ``removed.parquet``.

The same records as ``passages.jsonl`` and ``removed.jsonl``, one row each, in the same
order, with the same field names: ``source`` is a struct, ``occurrences`` a list of
structs, ``signals`` a list of strings; optional provenance fields (``url``,
``record``, ``element``, and a WARC record's ``warc_id``, ``warc_date`` and ``offset``) are
null where the JSON Lines record omits them. Written from
the JSON Lines files in row groups (memory stays bounded whatever the corpus size),
to a temporary file renamed into place, so a file is whole or absent. The same
records give byte-identical files (with the same pyarrow release).

Parquet strings must be valid UTF-8: a file name that is not (written in JSON Lines
as ``\\udcXX`` escapes) keeps its undecodable bytes as ``\\xNN`` text here.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..model import valid_utf8
from . import temporary_beside

PASSAGES_PARQUET = "passages.parquet"
REMOVED_PARQUET = "removed.parquet"
ROWS_PER_GROUP = 50_000


def _schemas():
    import pyarrow as pa

    def provenance(*extra):
        return [pa.field("path", pa.string()), pa.field("line", pa.int64()), pa.field("start", pa.int64()),
                pa.field("end", pa.int64()), pa.field("url", pa.string()), pa.field("record", pa.int64()),
                pa.field("element", pa.int64()), pa.field("warc_id", pa.string()), pa.field("warc_date", pa.string()),
                pa.field("offset", pa.int64()), *extra]

    passages = pa.schema([
        pa.field("id", pa.string()), pa.field("text", pa.string()),
        pa.field("source", pa.struct(provenance())),
        pa.field("occurrences", pa.list_(pa.struct(provenance(pa.field("match", pa.string()),
                                                              pa.field("similarity", pa.float64()))))),
    ])
    removed = pa.schema([
        pa.field("source", pa.struct(provenance())), pa.field("text", pa.string()),
        pa.field("reason", pa.string()), pa.field("category", pa.string()), pa.field("rule", pa.string()),
        pa.field("duplicate_of", pa.string()), pa.field("similarity", pa.float64()),
        pa.field("clean", pa.string()), pa.field("score", pa.float64()), pa.field("signals", pa.list_(pa.string())),
    ])
    return passages, removed


def _valid_utf8(value):
    """Strings with lone surrogates (undecodable file-name bytes) made valid UTF-8, recursively."""
    if isinstance(value, str):
        return valid_utf8(value)
    if isinstance(value, dict):
        return {k: _valid_utf8(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_valid_utf8(v) for v in value]
    return value


def jsonl_to_parquet(source: Path, target: Path, schema) -> int:
    """Write the records of the JSON Lines file ``source`` to ``target`` (atomically);
    returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fd, tmp = temporary_beside(target)
    os.close(fd)
    rows = 0
    try:
        # Options fixed here, not left to defaults that may change: the same records give
        # the same bytes.
        with pq.ParquetWriter(tmp, schema, compression="zstd", use_dictionary=True, write_statistics=True) as writer:
            batch: list[dict] = []
            with open(source, encoding="utf-8") as fh:
                for line in fh:
                    batch.append(_valid_utf8(json.loads(line)))
                    if len(batch) >= ROWS_PER_GROUP:
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                        rows += len(batch)
                        batch = []
            if batch or rows == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows += len(batch)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return rows


OUTPUT_FORMATS = ("jsonl", "parquet", "both")


def check_format(output_format: str) -> None:
    """ValueError for an output format that is none of :data:`OUTPUT_FORMATS` (a typo such
    as "JSONL" would otherwise write Parquet only)."""
    if output_format not in OUTPUT_FORMATS:
        raise ValueError(f"output_format must be one of {', '.join(OUTPUT_FORMATS)}, not {output_format!r}")


def write_format(out_dir: str | Path, output_format: str) -> None:
    """The output files an output format asks for (``--format``): ``jsonl`` as written,
    ``parquet`` in place of them, ``both`` beside them."""
    check_format(output_format)
    if output_format != "jsonl":
        write_parquet(out_dir, keep_jsonl=output_format == "both")
        return
    # An earlier run's Parquet files, written in another format, would disagree with the
    # new passages and report beside them (and be what pandas.read_parquet loads).
    for name in (PASSAGES_PARQUET, REMOVED_PARQUET):
        (Path(out_dir) / name).unlink(missing_ok=True)


def write_parquet(out_dir: str | Path, keep_jsonl: bool = True) -> list[Path]:
    """Write ``passages.parquet`` and ``removed.parquet`` beside the JSON Lines files of the
    output folder ``out_dir`` (then remove those unless ``keep_jsonl``); returns the paths."""
    from . import PASSAGES, REMOVED

    out = Path(out_dir)
    passages, removed = _schemas()
    written = []
    for name, target, schema in ((PASSAGES, PASSAGES_PARQUET, passages), (REMOVED, REMOVED_PARQUET, removed)):
        jsonl_to_parquet(out / name, out / target, schema)
        written.append(out / target)
    if not keep_jsonl:
        for name in (PASSAGES, REMOVED):
            (out / name).unlink()
    return written
