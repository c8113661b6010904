"""Web archives: WARC files (wget --warc-file, Heritrix, Browsertrix, Common Crawl) and
Common Crawl's WET text extracts, plain or gzipped (a member per record), read with
warcio record by record.

* a ``response`` record whose HTTP payload is HTML goes through the HTML path (the
  same extraction, chrome audit and provenance as an HTML file or a JSON Lines
  record's ``html``); its encoding comes from the HTTP header's charset, the bytes being
  UTF-8, the page's meta tag, or UTF-8 with stray bytes read as Windows-1252
  (:func:`~pipeline.ingest.encodings.decode_html`);
* a ``conversion`` record (WET: the page's text) is split like a dump, one paragraph
  per non-blank line;
* ``resource`` records with an HTML content type are read like responses.

Provenance: ``url`` is the record's WARC-Target-URI, ``record`` its 1-based number in
the file (and ``line``, so records sort in file order), ``element`` the block or line
within it, ``warc_id`` its WARC-Record-ID, ``warc_date`` its WARC-Date and ``offset``
the byte offset of the record in the (compressed) file.

Per file, records that carry no page text are counted and reported as one problem
(``warc-skipped``: responses that are not HTML, revisits; requests, metadata and
warcinfo are expected and only counted in the message), and so are truncated records
(read as far as they go). A record that cannot be parsed (bad gzip member, broken
headers) ends the file with a ``bad-record`` problem naming its offset; what was read
before it is kept.
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ..model import Paragraph, Removal, SourceProblem
from .encodings import decode_html
from .html import PageTooLarge, html_page
from .jsonl import text_paragraphs
from .remote import open_binary
from .sources import records_over_limit

HTML_TYPES = ("text/html", "application/xhtml+xml")
EXPECTED = ("request", "metadata", "warcinfo")


def _decode_html(payload: bytes, content_type: str) -> tuple[str, str]:
    """A page's text and the encoding it was read in (its HTTP charset first)."""
    charset = None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return decode_html(payload, charset)


def _content_type(record, kind: str) -> tuple[str, str | None]:
    """A record's content type, and why it is skipped (None: it holds page text)."""
    if kind in EXPECTED:
        return "", kind
    if kind == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif kind in ("resource", "conversion"):
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:  # revisit, continuation, a response without HTTP headers
        return "", kind if kind != "response" else "response without HTTP headers"
    if kind != "conversion" and content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return content_type, f"non-HTML {kind}"
    return content_type, None


def _stamp(paragraphs, removals, record, offset: int) -> tuple[list[Paragraph], list[Removal]]:
    """The WARC fields added to each paragraph's and removal's provenance."""
    fields = {"warc_id": record.rec_headers.get_header("WARC-Record-ID"),
              "warc_date": record.rec_headers.get_header("WARC-Date"), "offset": offset}
    return ([dataclasses.replace(p, source=dataclasses.replace(p.source, **fields)) for p in paragraphs],
            [dataclasses.replace(r, source=dataclasses.replace(r.source, **fields)) for r in removals])


def _position(fh) -> int | None:
    """How many bytes of the file have been read (None where the stream cannot say)."""
    try:
        return fh.tell()
    except (OSError, AttributeError, ValueError):
        return None


def _blank_tail(fh, end: int) -> bool:
    """Whether the bytes from ``end`` to the end of the file are only line ends (an
    uncompressed archive's last record is followed by two, which its length leaves out)."""
    try:
        fh.seek(end)
        return not fh.read(1024).strip(b"\r\n")
    except (OSError, AttributeError, ValueError):
        return True  # cannot look: say nothing rather than something wrong


def warc_paragraphs(path: str, config: dict, max_bytes: int | None = None, encodings: dict | None = None
                    ) -> tuple[list[Paragraph], list[Removal], list[SourceProblem]]:
    """Every page's paragraphs in file order, the chrome removals, and the file's problems.
    A page read in another encoding than UTF-8 is added to ``encodings`` as ``PATH#N`` (its
    record's number, as in its provenance)."""
    from warcio.archiveiterator import ArchiveIterator

    paragraphs: list[Paragraph] = []
    chrome: list[Removal] = []
    problems: list[SourceProblem] = []
    skipped: Counter = Counter()
    truncated = cut = number = read = 0
    offset = end = 0
    lost_tail = None
    try:
        with open_binary(path) as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for record in records:
                number += 1
                kind = record.rec_type or "unknown"
                content_type, skip = _content_type(record, kind)
                payload = b"" if skip else record.content_stream().read()
                # a record the file ends inside: its stream stops short of its Content-Length
                short = not skip and getattr(record.raw_stream, "limit", 0) > 0
                # (asking for the offset reads the record to its end: only after the payload)
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                if skip:
                    skipped[skip] += 1
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                read += len(payload)
                if max_bytes and read > max_bytes:
                    problems.append(records_over_limit(path, max_bytes, f"the record at byte {offset}"))
                    break
                if record.rec_headers.get_header("WARC-Truncated"):
                    truncated += 1
                elif short:
                    cut += 1
                if kind == "conversion":
                    body = text_paragraphs(path, payload.decode("utf-8", "replace"), url, number, number)
                    dropped: list[Removal] = []
                else:
                    try:
                        page, encoding = _decode_html(payload, content_type)
                        if encoding != "utf-8" and encodings is not None:
                            encodings[f"{path}#{number}"] = encoding
                        body, dropped = html_page(path, page, config, url=url, record=number, line=number)
                    except PageTooLarge as exc:
                        problems.append(SourceProblem(path, "oversize", f"record at byte {offset}: the page is too "
                                                      f"large to read: {exc}"))
                        continue
                    except Exception as exc:  # a page the parser chokes on costs that record
                        problems.append(SourceProblem(path, "bad-html", f"record at byte {offset}: cannot parse "
                                                      f"the page: {exc}"))
                        continue
                body, dropped = _stamp(body, dropped, record, offset)
                chrome.extend(dropped)
                if not body:
                    problems.append(SourceProblem(path, "empty", f"record at byte {offset} ({url}): no text left"))
                paragraphs.extend(body)
            # A gzipped record the file ends inside is not returned at all: the bytes read
            # past the last whole record are all that shows it.
            consumed = _position(fh)
            if consumed is not None and consumed > end and not _blank_tail(fh, end):
                lost_tail = consumed - end
    except Exception as exc:  # noqa: BLE001 - warcio on damaged input raises AttributeError, ValueError...
        where = f"after record {number} (at byte {offset})" if number else "at the start of the file"
        problems.append(SourceProblem(path, "bad-record", f"cannot read the archive {where}: {exc}"))
    if lost_tail:
        problems.append(SourceProblem(path, "bad-record", f"the {lost_tail} bytes after the last whole record "
                                      f"(which ends at byte {end}) are not a record: a file cut short? They "
                                      "are not read"))
    if cut:
        problems.append(SourceProblem(path, "bad-record", f"{cut} record(s) cut short by the end of the file "
                                      "(read as far as they go)"))
    if number == 0 and not problems:
        problems.append(SourceProblem(path, "empty", "the archive holds no records"))
    counts = [f"{n} {k}" for k, n in sorted(skipped.items()) if k not in EXPECTED]
    if counts or truncated:
        also = [f"{skipped[k]} {k}" for k in EXPECTED if skipped[k]]
        message = ", ".join(counts + ([f"{truncated} truncated (read as far as they go)"] if truncated else []))
        problems.append(SourceProblem(path, "warc-skipped", f"{message}; of {number} records"
                                      + (f" (also {', '.join(also)})" if also else "")))
    return paragraphs, chrome, problems
