"""JSON Lines scrapes: one record per line with a URL, an optional title, and text or HTML.

Field names come from ``[ingest.jsonl]``. A text record is split like a dump
(one paragraph per non-blank line); an HTML record goes through the HTML
extractor. A bad record (invalid JSON, not an object, a required field missing
or not a string) becomes a :class:`SourceProblem` naming the file and line, and
the rest of the file is read. Escaped halves of surrogate pairs that stand
alone become U+FFFD (UTF-8 cannot hold them).

Provenance: ``line`` is the record's line in the file, ``record`` its 1-based
number among the file's non-blank lines, ``url`` the record's URL and
``element`` the 1-based index of the paragraph within the record (the title,
when taken, is element 1). ``start``/``end`` are -1.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace

from ..model import Paragraph, Provenance, Removal, SourceProblem
from .html import html_page
from .text import line_end



def jsonl_settings(config: dict) -> dict:
    """The ``[ingest.jsonl]`` table, with built-in defaults for keys it lacks."""
    return config["ingest"]["jsonl"]


class BadRecord(ValueError):
    """A record that cannot be read; the message says why."""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A byte that is not UTF-8, as ``surrogateescape`` decodes it.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def without_lone_surrogates(value: str) -> str:
    r"""A JSON string may escape half of a surrogate pair ("\ud800"), which no UTF-8
    output can hold: each such half becomes U+FFFD, visibly (json has already joined
    the halves of proper pairs).

    >>> without_lone_surrogates(json.loads('"knee \\ud800 pain \\ud83d\\ude00"'))
    'knee � pain 😀'
    """
    return _LONE_SURROGATE.sub("\ufffd", value)


def json_kind(value) -> str:
    """A decoded JSON value's kind as JSON names it (not as Python does).

    >>> [json_kind(v) for v in (None, True, 3, 2.5, [], {}, "x")]
    ['null', 'true or false', 'a number', 'a number', 'an array', 'an object', 'a string']
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "an array", dict: "an object", str: "a string"}.get(type(value), type(value).__name__)


def _string_field(record: dict, name: str, required: bool) -> str | None:
    value = record.get(name)
    if value is None:
        if required:
            raise BadRecord(f"missing field '{name}'")
        return None
    if not isinstance(value, str):
        raise BadRecord(f"field '{name}' is {json_kind(value)}, not a string")
    return without_lone_surrogates(value)


def parse_record(line: str, settings: dict) -> tuple[str, str | None, str | None, str | None]:
    """``(url, title, text, html)`` of one record, or :class:`BadRecord`.

    >>> FIELDS = {"url_field": "url", "title_field": "title", "text_field": "text", "html_field": "html",
    ...           "include_title": True}
    >>> parse_record('{"url": "https://a.org", "text": "Hi"}', FIELDS)
    ('https://a.org', None, 'Hi', None)
    >>> parse_record('{"url": "https://a.org", "text": " "}', FIELDS)
    Traceback (most recent call last):
    ...
    pipeline.ingest.jsonl.BadRecord: neither 'text' nor 'html' holds any text
    >>> parse_record('{"url": "https://a.org", "content": "Hi"}', FIELDS)
    Traceback (most recent call last):
    ...
    pipeline.ingest.jsonl.BadRecord: no field 'text' or 'html' (its fields: 'url', 'content'; [ingest.jsonl] text_field and html_field name the ones to read)
    >>> parse_record('{"url": 3, "text": "x"}', FIELDS)
    Traceback (most recent call last):
    ...
    pipeline.ingest.jsonl.BadRecord: field 'url' is a number, not a string
    """
    try:
        # a byte-order mark may start any line of a file joined from files that had one
        record = json.loads(line.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise BadRecord(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise BadRecord("JSON nested deeper than the reader allows (about 1,000 levels)") from None
    except ValueError:  # Python converts integers of at most 4,300 digits
        raise BadRecord("unreadable JSON: a number of more than 4,300 digits") from None
    if not isinstance(record, dict):
        raise BadRecord(f"a record must be a JSON object, not {json_kind(record)}")
    url = _string_field(record, settings["url_field"], required=True)
    title = _string_field(record, settings["title_field"], required=False)
    text = _string_field(record, settings["text_field"], required=False)
    html = _string_field(record, settings["html_field"], required=False)
    if text is None and html is None and url is not None and url.strip():
        # Scrapers name the field otherwise ("content", "body"): say which fields there are
        # and which setting to change, not that an empty field holds nothing.
        shown = ", ".join(f"'{k[:40]}'" + ("..." if len(k) > 40 else "") for k in list(record)[:8]) \
            + (", ..." if len(record) > 8 else "")  # a record's own names: at most 8, 40 characters each
        raise BadRecord(f"no field '{settings['text_field']}' or '{settings['html_field']}' (its fields: {shown}; "
                        "[ingest.jsonl] text_field and html_field name the ones to read)")
    return check_record(url, text, html, settings), title, text, html


def check_record(url: str | None, text: str | None, html: str | None, settings: dict) -> str:
    """The record's URL, stripped, or :class:`BadRecord` when it has none or when neither its
    text nor its HTML holds any text (a JSON Lines record and a Parquet row alike)."""
    if not (url or "").strip():
        raise BadRecord(f"field '{settings['url_field']}' is empty" if url is not None
                        else f"missing field '{settings['url_field']}'")
    if not (text or "").strip() and not (html or "").strip():
        raise BadRecord(f"neither '{settings['text_field']}' nor '{settings['html_field']}' holds any text")
    return url.strip()


def text_paragraphs(path: str, text: str, url: str, record: int, line: int, first: int = 1) -> list[Paragraph]:
    """A record's text as paragraphs, numbered from ``first`` (a JSON Lines or Parquet record's
    ``text``, a WET conversion record)."""
    # One paragraph per non-blank line, as in dumps (blank lines only separate).
    lines = [part.strip() for part in text.split(line_end(text))]
    return [
        Paragraph(raw, Provenance(path, line, -1, -1, url=url, record=record, element=n))
        for n, raw in enumerate((raw for raw in lines if raw), start=first)
    ]


def record_paragraphs(path: str, source_line: str, line: int, record: int, config: dict,
                      chrome: list[Removal] | None = None) -> list[Paragraph]:
    """The paragraphs of one record (title first), or :class:`BadRecord`; the chrome
    dropped from an ``html`` field is added to ``chrome`` as removals.

    >>> from pipeline.config import load_config
    >>> ps = record_paragraphs("s.jsonl", '{"url": "u", "title": "T", "text": "a\\\\n\\\\nb"}', 4, 2, load_config())
    >>> [(p.raw, p.source.line, p.source.record, p.source.element) for p in ps]
    [('T', 4, 2, 1), ('a', 4, 2, 2), ('b', 4, 2, 3)]
    """
    url, title, text, html = parse_record(source_line, jsonl_settings(config))
    return fields_paragraphs(path, url, title, text, html, line, record, config, chrome)


def fields_paragraphs(path: str, url: str, title: str | None, text: str | None, html: str | None, line: int,
                      record: int, config: dict, chrome: list[Removal] | None = None) -> list[Paragraph]:
    """The paragraphs of one record given its fields (a JSON Lines line's, a Parquet row's),
    or :class:`BadRecord`."""
    settings = jsonl_settings(config)
    out: list[Paragraph] = []
    title = " ".join((title or "").split())
    if title and settings["include_title"]:
        out.append(Paragraph(title, Provenance(path, line, -1, -1, url=url, record=record, element=1)))
    body: list[Paragraph] = []
    if (html or "").strip():
        try:
            body, dropped = html_page(path, html, config, url=url, record=record, line=line)
        except Exception as exc:  # a page the parser chokes on costs one record, not the file
            raise BadRecord(f"cannot parse the HTML: {exc}") from None
        # Number the page's blocks after the title.
        offset = len(out)
        out.extend(replace(p, source=replace(p.source, element=p.source.element + offset)) for p in body)
        if chrome is not None:
            chrome.extend(dropped)
    if not body:
        # No html, or a page of chrome only (all of it audited): the record's text, when it
        # has one, is what the scraper kept of the page, and nothing of the record is lost.
        out.extend(text_paragraphs(path, text or "", url, record, line, first=len(out) + 1))
    if not out:
        raise BadRecord("no text left in the record")
    return out


def jsonl_paragraphs(path: str, text: str, config: dict, chrome: list[Removal] | None = None,
                     salvaged: bool = False) -> tuple[list[Paragraph], list[SourceProblem]]:
    """Every good record's paragraphs, and a problem for each bad record (the chrome of
    good records' pages is added to ``chrome``). ``salvaged``: the file was decoded with
    ``surrogateescape`` (:func:`~.sources.decode_bytes`), and a record holding one of the
    bytes that are not UTF-8 is a bad record.

    >>> from pipeline.config import load_config
    >>> ps, problems = jsonl_paragraphs("s.jsonl", '{"url": "u", "text": "a"}\\n{oops\\n\\n'
    ...                                 '{"text": "b"}\\n{"url": "v", "text": "c"}\\n', load_config())
    >>> [(p.raw, p.source.line, p.source.record) for p in ps]
    [('a', 1, 1), ('c', 5, 4)]
    >>> for problem in problems: print(problem)
    s.jsonl: bad-record: line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)
    s.jsonl: bad-record: line 4: missing field 'url'
    """
    paragraphs: list[Paragraph] = []
    problems: list[SourceProblem] = []
    record = 0
    # A record is one line: JSON escapes the line ends inside its strings, so a file with no
    # LF is split at CR (old Mac line ends), as a dump is.
    for number, source_line in enumerate(text.split(line_end(text)), start=1):
        if not source_line.strip():
            continue
        record += 1
        found: list[Removal] = []
        bad = _NOT_UTF8.search(source_line) if salvaged else None
        if bad:
            problems.append(SourceProblem(path, "bad-record", f"line {number}: invalid UTF-8 (byte "
                                          f"0x{ord(bad.group()) - 0xDC00:02x} at column {bad.start() + 1}): "
                                          "the record is not read"))
            continue
        try:
            paragraphs.extend(record_paragraphs(path, source_line, number, record, config, found))
        except BadRecord as exc:
            problems.append(SourceProblem(path, "bad-record", f"line {number}: {exc}"))
        if chrome is not None:
            # A page of chrome only leaves no text in its record, but every word of it is audited.
            chrome.extend(found)
    return paragraphs, problems
