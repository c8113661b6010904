"""The records that flow between stages: small frozen dataclasses, no logic.

Every stage takes and returns lists of these, so an engine can run a stage on
any partition of the corpus. Nothing here imports from the rest of the package.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


def valid_utf8(text: str) -> str:
    """``text`` as valid UTF-8 can hold it: a file name that is not valid UTF-8 reaches us with
    its undecodable bytes as lone surrogates (Python's surrogateescape), which keep their
    bytes as ``\\xNN`` text (other lone surrogates as ``\\udXXX``).

    >>> valid_utf8("caf\\udce9.txt"), valid_utf8("knee")
    ('caf\\\\xe9.txt', 'knee')
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a paragraph was read: the dump path as given, its 1-based line, and
    the half-open character range ``[start, end)`` of the stripped paragraph in
    the decoded file text (a UTF-8 byte-order mark is not counted).

    HTML pages, JSON Lines and WARC records add optional fields, left ``None`` for
    text dumps (and then left out of :meth:`to_dict`, so text-dump output is
    unchanged): ``url`` of the page, ``record`` (1-based record number in a
    JSON Lines file) and ``element`` (1-based index of the block in the page or
    record). There ``line`` is the element's source line (the record's line in
    a JSON Lines file) and ``start``/``end`` are -1: the paragraph is built
    from markup, so no character range of the file holds it.

    >>> Provenance("a.txt", 3, 10, 20).to_dict()
    {'path': 'a.txt', 'line': 3, 'start': 10, 'end': 20}
    >>> Provenance("p.html", 7, -1, -1, url="https://x.org/a", element=2).to_dict()
    {'path': 'p.html', 'line': 7, 'start': -1, 'end': -1, 'url': 'https://x.org/a', 'element': 2}
    """

    path: str
    line: int
    start: int
    end: int
    url: str | None = None
    record: int | None = None
    element: int | None = None
    # WARC and WET records: the record's WARC-Record-ID, WARC-Date and byte offset in the file.
    warc_id: str | None = None
    warc_date: str | None = None
    offset: int | None = None

    def to_dict(self) -> dict:
        # Optional fields are omitted when unset so text-dump output stays byte-identical.
        # Built by hand, in field order: dataclasses.asdict deep-copies and took 8 us a call,
        # a third of writing the output.
        d = {"path": self.path, "line": self.line, "start": self.start, "end": self.end}
        if self.url is not None:
            d["url"] = self.url
        if self.record is not None:
            d["record"] = self.record
        if self.element is not None:
            d["element"] = self.element
        if self.warc_id is not None:
            d["warc_id"], d["warc_date"], d["offset"] = self.warc_id, self.warc_date, self.offset
        return d

    @property
    def key(self) -> tuple[str, int, int]:
        """Sort key: input order. Several blocks of a page (or paragraphs of a
        record) can share a line, so the element index breaks the tie."""
        return (self.path, self.line, self.element or 0)


# What a paragraph's ``html`` says (false for a line of a dump or of a record's ``text``).
HTML_BLOCK = 1  # a block an HTML page's markup gave
HTML_OUTSIDE_PROSE = 2  # such a block outside the element that holds the page's prose
HTML_TABLE_CELL = 3  # a block in a table cell inside that element: a data table of the article
HTML_TITLE = 4  # the page's title: its first <h1>, with the article


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank input line. ``raw`` is the stripped line as read, ``text``
    the normalised text (empty until the normalise stage has run); ``html`` is true
    for a block an HTML page's markup gave (an HTML file, a JSON Lines or Parquet
    record's ``html``, a WARC response), which the boilerplate model judges at
    thresholds of its own: :data:`HTML_BLOCK`, or :data:`HTML_OUTSIDE_PROSE` for a
    block outside the page's prose container (:func:`pipeline.ingest.html.prose_container`),
    :data:`HTML_TABLE_CELL` for one in a cell of a table inside it, :data:`HTML_TITLE` for
    the page's first ``<h1>``.
    Not part of the output: provenance cannot tell such a block from a line of a
    record's ``text``."""

    raw: str
    source: Provenance
    text: str = ""
    html: int = 0


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence the boilerplate classifier found in a paragraph."""

    name: str
    category: str | None
    weight: float


@dataclass(frozen=True, slots=True)
class Verdict:
    """The boilerplate stage's decision for one paragraph."""

    paragraph: Paragraph
    is_boilerplate: bool
    category: str | None = None
    rule: str | None = None
    score: float = 0.0
    signals: tuple[Signal, ...] = ()


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A place a passage was seen: ``match`` is ``canonical``, ``exact`` or ``near``."""

    source: Provenance
    match: str
    similarity: float = 1.0

    def to_dict(self) -> dict:
        d = self.source.to_dict()
        d["match"] = self.match
        d["similarity"] = round(self.similarity, 4)
        return d


@dataclass(frozen=True, slots=True)
class Passage:
    """A kept, distinct paragraph with every place it (or a near copy) was seen."""

    id: str
    text: str
    source: Provenance
    occurrences: tuple[Occurrence, ...]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "source": self.source.to_dict(),
            "occurrences": [o.to_dict() for o in self.occurrences],
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed paragraph occurrence and why.

    ``reason`` is ``boilerplate``, ``duplicate``, ``empty``, ``oversize``, ``filtered`` (a
    filter step) or ``timeout`` (a config pattern ran past its time budget)."""

    source: Provenance
    text: str
    reason: str
    category: str | None = None
    rule: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    clean: str | None = None
    score: float | None = None
    signals: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "source": self.source.to_dict(),
            "text": self.text,
            "reason": self.reason,
            "category": self.category,
            "rule": self.rule,
            "duplicate_of": self.duplicate_of,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "clean": self.clean,
            "score": None if self.score is None else round(self.score, 4),
            "signals": list(self.signals),
        }


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A whole input file (or a part of it) that could not be read, and why."""

    path: str
    kind: str
    message: str

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.path}: {self.kind}: {self.message}"


# Notes among the problems (report.json lists them), not inputs that failed: files in a folder
# given that no reader knows, a dump that holds an HTML document, read as a page, and a
# second name (a symbolic link) of a file read under its first.
PASSED_OVER = "passed-over"
READ_AS_HTML = "read-as-html"
SAME_FILE = "same-file"
NOTES = frozenset({PASSED_OVER, READ_AS_HTML, SAME_FILE})


def blocking(problems: list[SourceProblem]) -> list[SourceProblem]:
    """The problems that mean an input went unread (what ``strict`` fails on, and what the
    report counts as skipped): all but the notes (:data:`NOTES`)."""
    return [p for p in problems if p.kind not in NOTES]
