"""Find input files and read them into text, reporting every bad file by name.

A bad file never stops the run: it becomes a :class:`SourceProblem` (a one-line
message naming the file) and the other files go on.
"""
from __future__ import annotations

import codecs
from collections import Counter
import errno
import gzip
import io
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..model import PASSED_OVER, SAME_FILE, SourceProblem
from .encodings import decode_html
from .remote import is_url, list_url, open_binary, size_of

_SNIFF_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded input file: the path as it will appear in provenance, its text, and the
    encoding it was read in (:func:`~pipeline.ingest.encodings.decode_html` for HTML pages)."""

    path: str
    text: str
    encoding: str = "utf-8"
    # Read despite a problem, which the run reports (a gzip stream cut short: the lines
    # before the cut are read).
    problems: tuple[SourceProblem, ...] = ()
    # Decoded with ``surrogateescape``: U+DC80-U+DCFF stand for bytes that are not UTF-8, and
    # the reader leaves out the records that hold one (JSON Lines: one bad record, not the file).
    salvaged: bool = False


def input_kind(
    path: str, text_suffixes: list[str], html_suffixes: list[str] = (), jsonl_suffixes: list[str] = (),
    warc_suffixes: list[str] = (), parquet_suffixes: list[str] = (),
) -> str | None:
    """The reader a file name calls for (``text``, ``html``, ``jsonl``, ``warc`` or ``parquet``), or None
    when no reader takes it.

    >>> input_kind("dumps/a.txt.gz", [".txt"])
    'text'
    >>> input_kind("notes.md", [".txt"]) is None
    True
    >>> [input_kind(n, [".txt"], [".html", ".htm"], [".jsonl"]) for n in ("p.HTM.gz", "s.jsonl", "s.json")]
    ['html', 'jsonl', None]
    """
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for kind, suffixes in (("text", text_suffixes), ("html", html_suffixes), ("jsonl", jsonl_suffixes),
                           ("warc", warc_suffixes), ("parquet", parquet_suffixes)):
        if any(name.endswith(s) for s in suffixes):
            return kind
    return None


def suffixes(config: dict) -> tuple[list[str], ...]:
    """The text, HTML, JSON Lines, WARC and Parquet file endings the config names (all but
    the first may be absent)."""
    ingest = config["ingest"]
    return (list(ingest["text_suffixes"]), *(list(ingest.get(f"{kind}_suffixes", []))
                                             for kind in ("html", "jsonl", "warc", "parquet")))


# A folder holding both of these is this tool's output (a run's --out, a batch of the
# incremental state): read as input, a run would take its own passages for new text.
OUTPUT_FILES = frozenset({"passages.jsonl", "removed.jsonl"})
OUTPUT_PARQUET = frozenset({"passages.parquet", "removed.parquet"})  # --format parquet


def holds_output(names: set[str]) -> bool:
    """Whether a folder with these file names holds this tool's output."""
    return OUTPUT_FILES <= names or OUTPUT_PARQUET <= names


def _output_folder(folder: str) -> SourceProblem:
    return SourceProblem(folder, "output-folder",
                         "holds this tool's output (passages and removed, .jsonl or .parquet): not read")


def _not_a_file(path: Path) -> SourceProblem:
    return SourceProblem(path.as_posix(), "not-a-file", "not a regular file (a pipe, socket or device): not read")


def _outside_link(link: Path, given: Path, real: Path) -> SourceProblem:
    return SourceProblem(link.as_posix(), "outside-link", f"a symbolic link out of {given.as_posix()} (to {real}): "
                         "not read unless [ingest] follow_outside_links = true")


def discover(
    inputs: list[str], text_suffixes: list[str], html_suffixes: list[str] = (), jsonl_suffixes: list[str] = (),
    warc_suffixes: list[str] = (), parquet_suffixes: list[str] = (), *, follow_outside_links: bool = False,
) -> tuple[list[str], list[SourceProblem]]:
    """Expand files and folders (recursively) into a sorted, de-duplicated list of readable inputs.

    Files inside folders are taken when a reader knows their suffix; hidden files
    and folders are skipped, and so are folders of this tool's output. A file named
    explicitly with an unknown suffix, or an input that does not exist, is reported;
    so is a symbolic link in a folder that loops, and one that leads out of the
    folder given (read only with ``follow_outside_links``).
    """
    known = (text_suffixes, html_suffixes, jsonl_suffixes, warc_suffixes, parquet_suffixes)
    found: dict[str, str] = {}
    problems: list[SourceProblem] = []
    for given in inputs:
        if is_url(given):
            urls, skipped, trouble = list_url(given, lambda name: input_kind(name, *known), holds_output)
            for url in urls:
                found.setdefault(url, url)
            problems.extend(trouble + [_output_folder(folder) for folder in skipped])
            continue
        if not given:  # Path("") is the current folder: an unset shell variable must not read it
            problems.append(SourceProblem('""', "missing", "an empty path"))
            continue
        p = Path(given)
        if p.is_dir():
            before = (len(found), len(problems))
            passed_over: list[Path] = []
            _walk_folder(p, known, found, problems, follow_outside_links, passed_over)
            if (len(found), len(problems)) == before:  # nothing taken, nothing to say why
                problems.append(SourceProblem(p.as_posix(), "empty", "the folder holds no input file (hidden "
                                              "files and files of unknown types are passed over)"))
            elif passed_over:
                problems.append(passed_over_problem(p, passed_over))
        elif p.is_file():
            if input_kind(p.name, *known):
                _take(found, p.resolve(), p, problems)
            else:
                problems.append(SourceProblem(p.as_posix(), "unsupported", "no reader for this file type"))
        elif p.is_symlink() and not p.exists():
            _follow(p, problems)  # names what is wrong with it: a loop, or a missing target
        elif p.exists():
            problems.append(_not_a_file(p))
        else:
            problems.append(SourceProblem(p.as_posix(), "missing", "no such file or folder"))
    return sorted(found.values()), problems


def passed_over_problem(folder: Path, files: list[Path], named: int = 3) -> SourceProblem:
    """One line for the files of unknown types in a folder given: how many, of which endings,
    the first few by name (a ``.md`` dump or a ``.json`` of records would otherwise go unread
    without a word).

    >>> str(passed_over_problem(Path("in"), [Path("in/a.csv"), Path("in/b.csv"), Path("in/notes")]))
    'in: passed-over: 3 files of no known type (.csv 2, no ending 1): in/a.csv, in/b.csv, in/notes'
    """
    endings = Counter(f.suffix.lower() or "no ending" for f in files)
    kinds = ", ".join(f"{e} {n}" for e, n in sorted(endings.items(), key=lambda kv: (-kv[1], kv[0])))
    shown = ", ".join(f.as_posix() for f in files[:named]) + (", ..." if len(files) > named else "")
    noun = "file" if len(files) == 1 else "files"
    return SourceProblem(folder.as_posix(), PASSED_OVER, f"{len(files)} {noun} of no known type ({kinds}): {shown}")


def _walk_folder(given: Path, known, found: dict[str, str], problems: list[SourceProblem],
                 follow_outside_links: bool, passed_over: list[Path]) -> None:
    """Add the readable files under ``given`` to ``found`` (real path -> path as named), and
    the visible files of unknown types to ``passed_over``.

    Folder links are not walked through: one leading into the folder given is read by its
    real path anyway (and one leading back to a folder that holds it is a ``symlink-loop``);
    one leading out of it is an ``outside-link``, walked only with ``follow_outside_links``
    (each real folder once, so links between outside folders cannot loop either)."""
    top = given.resolve()
    pending, walked = [given], {top}

    def unreadable(exc: OSError) -> None:
        problems.append(SourceProblem(Path(exc.filename or given).as_posix(), "unreadable",
                                      f"cannot list the folder: {exc.strerror or exc}"))

    while pending:
        for root, dirs, files in os.walk(pending.pop(0), onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            if holds_output(set(files)):
                dirs[:] = []
                problems.append(_output_folder(Path(root).as_posix()))
                continue
            for d in dirs:
                link = Path(root, d)
                if not link.is_symlink():
                    continue
                real = _follow(link, problems)
                if real is None:
                    continue
                if link.parent.resolve().is_relative_to(real):
                    problems.append(SourceProblem(link.as_posix(), "symlink-loop",
                                                  f"a symbolic link back to a folder that holds it ({real})"))
                elif real.is_relative_to(top) or real in walked:
                    continue  # read by its real path
                elif follow_outside_links:
                    walked.add(real)
                    pending.append(link)
                else:
                    problems.append(_outside_link(link, given, real))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if not input_kind(name, *known):
                    passed_over.append(Path(root, name))
                    continue
                full = Path(root, name)
                real = _follow(full, problems)
                if real is None:
                    continue
                if not follow_outside_links and not real.is_relative_to(top):
                    problems.append(_outside_link(full, given, real))
                    continue
                if not real.is_file():  # opening a pipe waits for a writer: the run would hang
                    problems.append(_not_a_file(full))
                    continue
                _take(found, real, full, problems)


def _take(found: dict[str, str], real: Path, named: Path, problems: list[SourceProblem]) -> None:
    """Record the file ``real`` under the name it was met by; met again, by its own name after
    a link to it, it is named by its own name (the file the user keeps, not a link to it).
    A second name of a file read once is said in a ``same-file`` note."""
    key = str(real)
    before = found.get(key)
    if before is None or (Path(before).is_symlink() and not named.is_symlink()):
        found[key] = named.as_posix()
    if before is not None and before != named.as_posix():
        other = named.as_posix() if found[key] == before else before
        problems.append(SourceProblem(other, SAME_FILE, f"the same file as {found[key]}: read once, under that name"))


def _follow(path: Path, problems: list[SourceProblem]) -> Path | None:
    """The real path behind ``path``, or None with the problem recorded."""
    try:
        return path.resolve(strict=True)
    except (RuntimeError, OSError) as exc:  # Python raises RuntimeError for a loop
        looped = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP
        if looped:
            problems.append(SourceProblem(path.as_posix(), "symlink-loop", "a symbolic link that leads back to itself"))
        elif getattr(exc, "errno", None) == errno.ENOENT and path.is_symlink():
            problems.append(SourceProblem(path.as_posix(), "missing", f"a symbolic link to {_target(path)}, which "
                                          "does not exist"))
        else:
            problems.append(SourceProblem(path.as_posix(), "unreadable", f"cannot follow: {exc.strerror or exc}"))
        return None


def _target(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:
        return "a path"


# A text with NUL bytes in more than this share of its first bytes is binary (or UTF-16 or
# UTF-32 without a byte-order mark); fewer, in valid UTF-8, are stray bytes in a text (a
# scraper's or a database export's), which normalisation drops.
_NUL_SHARE = 0.01


def _looks_binary(head: bytes, control_ratio: float) -> bool:
    """Whether a file's first bytes are those of a binary file: NUL bytes in more than 1% of
    them, or any with bytes that are not UTF-8 (compressed data, an image), or more than
    ``control_ratio`` of control characters. A dump with a stray NUL is text.

    >>> text = b"Knee pain is common in runners. " * 20
    >>> _looks_binary(text + b"\\x00", 0.1), _looks_binary(b"\\x7fELF\\x00\\x00\\x01\\x02" * 50, 0.1)
    (False, True)
    >>> _looks_binary("Knee".encode("utf-16-le"), 0.1), _looks_binary(b"\\xff" + text + b"\\x00", 0.1)
    (True, True)
    """
    if not head:
        return False
    nuls = head.count(0)
    if nuls:
        if nuls > _NUL_SHARE * len(head):
            return True
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 3:  # not just a character cut at the end of the head
                return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > control_ratio


def _utf8_error_location(data: bytes, exc: UnicodeDecodeError) -> str:
    # lines end at LF, or at CR in a file that holds none (as the dump reader counts them)
    end = b"\r" if b"\n" not in data and b"\r" in data else b"\n"
    line = data.count(end, 0, exc.start) + 1
    return f"invalid UTF-8 at byte {exc.start} (line {line}): {exc.reason}"


def _kind_of_file(path: str) -> str:
    """What a UTF-8 file is called in a message: a dump or a JSON Lines file."""
    name = path.lower().removesuffix(".gz")
    return "a JSON Lines file" if name.endswith(".jsonl") else "a dump"


def decode_bytes(path: str, data: bytes, control_ratio: float = 0.10, html: bool = False,
                 by_line: bool = False) -> SourceText | SourceProblem:
    """Turn a file's bytes (already decompressed) into text, or a problem naming the file.
    A dump must be UTF-8; an HTML page (``html``) is read in the encoding it declares or a
    browser would pick (:mod:`.encodings`), and a UTF-16 one (with its byte-order mark) is
    not taken for binary. A file of records, one a line (``by_line``: JSON Lines), that is
    not all UTF-8 is read ``salvaged``: its reader leaves out the records with bytes that are
    not, each a problem of its own.

    >>> decode_bytes("a.txt", "héllo\\n".encode()).text
    'héllo\\n'
    >>> print(decode_bytes("b.txt", b"ok \\xff oops"))
    b.txt: invalid-utf8: invalid UTF-8 at byte 3 (line 1): invalid start byte
    >>> print(decode_bytes("c.txt", b""))
    c.txt: empty: the file holds no text
    >>> print(decode_bytes("d.txt", "knee".encode("utf-16")))
    d.txt: invalid-utf8: UTF-16 text (it starts with a UTF-16 byte-order mark); a dump must be UTF-8: convert it (iconv -f UTF-16 -t UTF-8)
    """
    utf32 = data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    utf16 = utf32 or data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if utf16 and not html:  # its NUL bytes would read as binary: say what it is
        wide = "UTF-32" if utf32 else "UTF-16"
        return SourceProblem(path, "invalid-utf8", f"{wide} text (it starts with a {wide} byte-order mark); "
                                                   f"{_kind_of_file(path)} must be UTF-8: convert it "
                                                   f"(iconv -f {wide} -t UTF-8)")
    if not utf16 and _looks_binary(data[:_SNIFF_BYTES], control_ratio):
        return SourceProblem(path, "binary", "looks like a binary file (NUL or control bytes), not text")
    if html:
        text, encoding = decode_html(data)
        if not text.strip():
            return SourceProblem(path, "empty", "the file holds no text")
        return SourceText(path, text, encoding)
    salvaged = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not by_line:
            return SourceProblem(path, "invalid-utf8", _utf8_error_location(data, exc))
        text, salvaged = data.decode("utf-8", "surrogateescape"), True
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return SourceProblem(path, "empty", "the file holds no text")
    return SourceText(path, text, salvaged=salvaged)


def _gunzip(raw, max_bytes: int | None) -> bytes:
    """The decompressed bytes of a gzip stream, no more than one past ``max_bytes``."""
    with gzip.open(raw, "rb") as fh:
        return fh.read(max_bytes + 1) if max_bytes else fh.read()


_GUNZIP_CHUNK = 1 << 16


def _gunzip_whole_lines(raw, max_bytes: int | None) -> tuple[bytes, str | None]:
    """:func:`_gunzip`, keeping what a damaged stream holds before the damage (a file cut
    short in a copy, bytes after the last member, a corrupt block): its whole lines, and what
    went wrong (None for a sound stream). Raises as :func:`_gunzip` when no whole line could
    be read. Members written one after another are one stream, as gzip reads them."""
    out: list[bytes] = []
    size = 0
    inflate = zlib.decompressobj(wbits=31)
    damage = None
    pending = b""
    while not max_bytes or size <= max_bytes:
        chunk = pending or raw.read(_GUNZIP_CHUNK)
        pending = b""
        if not chunk:
            if not inflate.eof:
                damage = "the file ends inside its gzip stream (cut short)"
            break
        try:
            piece = inflate.decompress(chunk)
        except zlib.error as exc:
            damage = f"corrupt data ({exc})"
            break
        out.append(piece)
        size += len(piece)
        if inflate.eof:
            rest = inflate.unused_data
            while len(rest) < len(_GZIP_MAGIC):  # the next member's header may start at a read's end
                more = raw.read(_GUNZIP_CHUNK)
                if not more:
                    break
                rest += more
            if not rest:
                break
            if rest[:2] != _GZIP_MAGIC:
                damage = "bytes that are not gzip after its stream"
                break
            inflate, pending = zlib.decompressobj(wbits=31), rest
    data = b"".join(out)
    if damage is None:
        return data, None
    whole = data[: data.rfind(b"\n") + 1]
    if not whole.strip():
        raise zlib.error(damage)
    lines = whole.count(b"\n")
    return whole, (f"corrupt gzip: cannot decompress past byte {len(data):,}: {damage}; the {lines:,} whole "
                   "lines before it are read, the rest is not")


def max_file_bytes(config: dict) -> int | None:
    """``[ingest] max_file_mb`` in bytes (None: no limit)."""
    limit = config["ingest"].get("max_file_mb")
    return int(limit * 2**20) if limit else None


def _megabytes(n: int) -> str:
    """A limit in MB as a person reads it: 512 MB, 0.5 MB, 200 bytes (a small test limit).

    >>> _megabytes(512 * 2**20), _megabytes(2**19), _megabytes(200)
    ('512 MB', '0.5 MB', '200 bytes')
    """
    mb = n / 2**20
    return f"{mb:,.0f} MB" if mb >= 10 else f"{mb:.2g} MB" if mb >= 0.01 else f"{n:,} bytes"


def records_over_limit(path: str, max_bytes: int, read_up_to: str) -> SourceProblem:
    """The problem of a file of records (WARC, Parquet) whose text passes ``max_bytes``: the
    records before ``read_up_to`` are kept."""
    return SourceProblem(path, "oversize", f"more than {_megabytes(max_bytes)} of records ([ingest] "
                         f"max_file_mb): read up to {read_up_to}; split the file, or raise the limit")


def read_source(path: str, control_ratio: float = 0.10, max_bytes: int | None = None, html: bool = False,
                by_line: bool = False) -> SourceText | SourceProblem:
    """Read one input file (gzip-compressed when its name ends in .gz, or when it is an HTML
    page whose bytes are gzip's: a page saved with its HTTP body still encoded). A file whose
    bytes (decompressed) pass ``max_bytes`` is not read: a problem of kind ``oversize`` (a small
    gzip file can hold gigabytes, and every byte read costs several in memory). A file of
    records, one a line (``by_line``), keeps the whole lines a damaged gzip stream holds before
    the damage, with a ``partly-read`` problem saying so, and the records that are UTF-8
    (:func:`decode_bytes`)."""
    too_big = SourceProblem(path, "oversize", f"more than {_megabytes(max_bytes)} "
                            "([ingest] max_file_mb): split it, or raise the limit") if max_bytes else None
    damage = None
    try:
        if path.lower().endswith(".gz"):
            with open_binary(path) as raw:
                data, damage = _gunzip_whole_lines(raw, max_bytes) if by_line else (_gunzip(raw, max_bytes), None)
        else:
            if max_bytes and size_of(path) > max_bytes:
                return too_big
            with open_binary(path) as fh:
                data = fh.read()
            if html and data[:2] == _GZIP_MAGIC:
                data = _gunzip(io.BytesIO(data), max_bytes)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:  # BadGzipFile is an OSError: first
        return SourceProblem(path, "corrupt-gzip", f"cannot decompress: {exc}")
    except OSError as exc:
        if exc.errno is None:  # gzip's own errors (a bad header) carry no errno
            return SourceProblem(path, "corrupt-gzip", f"cannot decompress: {exc}")
        return SourceProblem(path, "unreadable", exc.strerror or str(exc))
    if max_bytes and len(data) > max_bytes:
        return too_big
    source = decode_bytes(path, data, control_ratio, html, by_line)
    if damage is None or isinstance(source, SourceProblem):
        return source
    return SourceText(source.path, source.text, source.encoding, (SourceProblem(path, "partly-read", damage),),
                      source.salvaged)
