"""Stage 1, ingest: find input files, read them, and yield paragraphs with provenance."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Mapping

from ..model import READ_AS_HTML, Paragraph, Removal, SourceProblem
from .html import PageTooLarge, extract_blocks, extract_page, html_page, html_paragraphs
from .jsonl import jsonl_paragraphs, without_lone_surrogates
from .sources import SourceText, decode_bytes, discover, input_kind, max_file_bytes, read_source, suffixes
from .text import holds_html_document, screen_oversize, split_paragraphs
from .parquet import parquet_paragraphs
from .remote import is_url, size_of, upload, url_problem
from .warc import warc_paragraphs


@dataclass
class IngestResult:
    """What the ingest stage hands on: paragraphs, paragraphs set aside, and bad files."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)
    # HTML pages read in another encoding than UTF-8: path -> encoding (the report lists them)
    encodings: dict[str, str] = field(default_factory=dict)

    def extend(self, other: "IngestResult") -> None:
        self.paragraphs.extend(other.paragraphs)
        self.removed.extend(other.removed)
        self.problems.extend(other.problems)
        self.files_read.extend(other.files_read)
        self.encodings.update(other.encodings)


def _screened(path: str, paragraphs: list[Paragraph], problems: list[SourceProblem], config: dict,
              chrome: list[Removal] = (), nothing: str = "no record holds text outside its chrome") -> IngestResult:
    """The file's paragraphs, those over ``max_paragraph_chars`` set aside. A file that gives
    no paragraph at all is not read: it is a problem (``empty``, saying ``nothing``) like a
    page of nothing but chrome, so that a run of nothing but such files writes nothing and
    leaves the last run's outputs as they were; what its chrome held is still audited."""
    kept, removed = screen_oversize(paragraphs, int(config["ingest"]["max_paragraph_chars"]))
    if not kept and not removed:
        bad = [p for p in problems if p.path == path]
        if all(p.kind == "bad-record" for p in bad):  # else the file's own problem says it
            if bad and not chrome:  # no record was read at all: not a file of chrome
                nothing = f"none of its records could be read ({len(bad):,} bad)"
            problems = [*problems, SourceProblem(path, "empty", nothing)]
        return IngestResult([], list(chrome), problems, [])
    return IngestResult(kept, [*chrome, *removed], problems, [path])


def ingest_text(path: str, text: str, config: dict) -> IngestResult:
    """Ingest one already-decoded dump (the in-memory entry point). A lone surrogate (a
    str built from a JSON escape or with ``surrogateescape``) becomes U+FFFD, as in JSON Lines
    records and pages: no UTF-8 output could hold it. A dump that holds an HTML document
    (a scraper that saved the page under ``.txt``) is read as a page, with a note saying so:
    read line by line, its markup and scripts would become passages
    (``[ingest] html_documents_in_dumps``)."""
    if config["ingest"].get("html_documents_in_dumps", True) and holds_html_document(text):
        result = ingest_html(path, text, config)
        result.problems.insert(0, SourceProblem(path, READ_AS_HTML, "it holds an HTML document: read as a page"))
        return result
    return _screened(path, split_paragraphs(path, without_lone_surrogates(text)), [], config,
                     nothing="the file holds no text")


def ingest_html(path: str, html: str, config: dict) -> IngestResult:
    """Ingest one already-decoded HTML page; a page with no text left is a problem."""
    try:
        paragraphs, chrome = html_page(path, html, config)
    except PageTooLarge as exc:
        return IngestResult(problems=[SourceProblem(path, "oversize", f"the page is too large to read: {exc}")])
    except Exception as exc:  # a page the parser chokes on costs that page, not the run
        return IngestResult(problems=[SourceProblem(path, "bad-html", f"line 1: cannot parse the page: {exc}")])
    if not paragraphs:  # its chrome is still audited
        return IngestResult(removed=chrome, problems=[SourceProblem(path, "empty",
                                                                    "the page holds no text outside its chrome")])
    return _screened(path, paragraphs, [], config, chrome)


def ingest_jsonl(path: str, text: str, config: dict, salvaged: bool = False) -> IngestResult:
    """Ingest one already-decoded JSON Lines file; each bad record is a problem naming its line
    (``salvaged``: see :func:`~.jsonl.jsonl_paragraphs`)."""
    chrome: list[Removal] = []
    paragraphs, problems = jsonl_paragraphs(path, text, config, chrome, salvaged)
    return _screened(path, paragraphs, problems, config, chrome)


_READERS = {"text": ingest_text, "html": ingest_html, "jsonl": ingest_jsonl}


def ingest_warc(path: str, config: dict) -> IngestResult:
    """Ingest one WARC or WET file from disk, record by record (:mod:`.warc`)."""
    encodings: dict[str, str] = {}
    paragraphs, chrome, problems = warc_paragraphs(path, config, max_file_bytes(config), encodings)
    result = _screened(path, paragraphs, problems, config, chrome)
    result.encodings.update(encodings)
    return result


def ingest_parquet(path: str, config: dict) -> IngestResult:
    """Ingest one Parquet file of records, row batch by row batch (:mod:`.parquet`)."""
    chrome: list[Removal] = []
    paragraphs, problems = parquet_paragraphs(path, config, chrome, max_file_bytes(config))
    return _screened(path, paragraphs, problems, config, chrome)


def ingest_file(path: str, config: dict) -> IngestResult:
    """Ingest one file from disk with the reader its suffix calls for; a bad file
    yields a problem and no paragraphs."""
    kind = input_kind(path, *suffixes(config)) or "text"  # named explicitly: read as a dump, as before
    if kind == "warc":
        return ingest_warc(path, config)
    if kind == "parquet":
        return ingest_parquet(path, config)
    # A file of records, one a line, is read as far as it can be: a record with bytes that are
    # not UTF-8, or cut off in a damaged gzip stream, costs that record, not the file.
    source = read_source(path, float(config["ingest"]["binary_control_ratio"]), max_file_bytes(config),
                         html=kind == "html", by_line=kind == "jsonl")
    if isinstance(source, SourceProblem):
        return IngestResult(problems=[source])
    if kind == "jsonl":
        result = ingest_jsonl(source.path, source.text, config, salvaged=source.salvaged)
    else:
        result = _READERS[kind](source.path, source.text, config)
    result.problems[:0] = source.problems
    if source.encoding != "utf-8":
        result.encodings[source.path] = source.encoding
    return result


def discover_inputs(inputs: list[str], config: dict) -> tuple[list[str], list[SourceProblem]]:
    """:func:`discover` with every file kind the config names."""
    return discover(inputs, *suffixes(config),
                    follow_outside_links=bool(config["ingest"].get("follow_outside_links", False)))


@dataclass(frozen=True)
class Source:
    """One input to read: a file (``text`` None) or an in-memory text (``text`` given): a page
    or JSON Lines when its name ends as theirs do, else a dump."""

    name: str
    text: str | None = None

    def size(self) -> int:
        if self.text is not None:
            return len(self.text)
        try:
            return size_of(self.name)
        except (OSError, ValueError, ImportError):
            return 0

    def read(self, config: dict) -> IngestResult:
        if self.text is None:
            return ingest_file(self.name, config)
        # In memory, a page or a JSON Lines file is read as its name says, like a file; any
        # other name (WARC and Parquet are bytes, not text) is a dump.
        kind = input_kind(self.name, *suffixes(config))
        # A byte-order mark is dropped, as reading a file drops it (a text read with open() keeps it).
        text = self.text[1:] if self.text.startswith("\ufeff") else self.text
        return _READERS.get(kind, ingest_text)(self.name, text, config)


def find_sources(inputs: list[str] | None, texts: Mapping[str, str] | None, config: dict
                 ) -> tuple[list[Source], list[SourceProblem]]:
    """Everything a run reads, in order: in-memory dumps by name, then the files found
    under ``inputs`` (sorted); and the inputs that could not be taken."""
    if texts is not None and not isinstance(texts, Mapping):
        raise TypeError(f"texts must map a dump's name to its text, not be a {type(texts).__name__}")
    for name, text in (texts or {}).items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise TypeError(f"texts[{name!r}]: a dump's name and text must be str, not "
                            f"{type(name).__name__} and {type(text).__name__}")
    sources = [Source(name, texts[name]) for name in sorted(texts or {})]
    problems: list[SourceProblem] = []
    if inputs:
        paths, problems = discover_inputs([str(i) for i in inputs], config)
        sources += [Source(p) for p in paths]
    return sources, problems


def read_sources(sources: list[Source], config: dict, progress=None) -> Iterator[IngestResult]:
    """Each source's ingest result in turn; ``progress("ingest", files done, files, bytes done)``
    after each file."""
    files = sum(1 for s in sources if s.text is None)
    done = done_bytes = 0
    for source in sources:
        result = source.read(config)
        yield result
        if source.text is None and progress is not None:
            done += 1
            done_bytes += source.size()
            progress("ingest", done, files, done_bytes)


def ingest_paths(inputs: list[str], config: dict) -> IngestResult:
    """Ingest every readable file under ``inputs``, in sorted path order."""
    paths, problems = discover_inputs(inputs, config)
    result = IngestResult(problems=problems)
    for path in paths:
        result.extend(ingest_file(path, config))
    return result


__all__ = [
    "IngestResult",
    "Source",
    "find_sources",
    "read_sources",
    "SourceText",
    "decode_bytes",
    "discover",
    "discover_inputs",
    "extract_blocks",
    "extract_page",
    "html_page",
    "html_paragraphs",
    "ingest_html",
    "ingest_jsonl",
    "jsonl_paragraphs",
    "ingest_file",
    "ingest_paths",
    "ingest_text",
    "ingest_warc",
    "ingest_parquet",
    "is_url",
    "upload",
    "url_problem",
    "input_kind",
    "read_source",
    "screen_oversize",
    "split_paragraphs",
    "suffixes",
]
