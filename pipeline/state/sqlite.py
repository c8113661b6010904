"""The default persistent state of incremental runs: one SQLite file (WAL mode).

Tables (plain SQL types and JSON text only, no pickles):

- ``meta``: ``schema_version`` and ``dedup_settings_hash`` (name, value);
- ``passages``: one row per kept passage: ``seq`` (insertion order), stable ``id``
  (unique), its exact-dedup ``key``, ``text``, ``source`` (JSON provenance) and the
  columns of its sort key; ``prefix`` is the key-prefix hash (NULL when the key
  is too short), indexed;
- ``keys``: every exact key seen (SHA-1, unique) -> the passage it belongs to and
  how (``canonical``, ``near`` or ``truncated`` with the similarity), so a later
  exact copy of any member is attributed the way one run over everything would;
  ``text`` is the first paragraph's text of a member key (the canonical key's is
  the passage's), so a passage can be re-decided later (see ``reopen``);
- ``bands``: the LSH band hashes of each passage's key, indexed by (band, hash);
- ``occurrences``: every place a passage was seen, with the batch that saw it, the
  exact key it had, and for short paragraphs (those the cross-dump-repeat signal
  counts) its raw and cleaned text and the hash of the form it is counted under
  (``repeat_key``), so it can be judged again when that count grows;
- ``repeats``: per short paragraph's exact key, the number of dumps it was in
  (every paragraph read, kept or not), so the cross-dump-repeat signal counts
  over the whole history;
- ``retired``: passages taken out of the corpus by a later batch, why, and the
  passages that replaced them;
- ``batches`` and ``dumps``: the manifest: batch folders written, and per dump
  file its path, size, SHA-256, time, counts and config hash.

Lookups for a new batch go through temporary tables joined against the indexes
(never a scan of all passages).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from ..model import Occurrence, Passage, Provenance, valid_utf8

SCHEMA_VERSION = "4"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    src_path TEXT NOT NULL,
    src_line INTEGER NOT NULL,
    src_element INTEGER NOT NULL,
    prefix INTEGER,
    batch INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_order ON passages (src_path, src_line, src_element);
CREATE INDEX IF NOT EXISTS passages_prefix ON passages (prefix) WHERE prefix IS NOT NULL;
CREATE TABLE IF NOT EXISTS keys (
    hash BLOB PRIMARY KEY,
    passage INTEGER NOT NULL,
    match TEXT NOT NULL,
    similarity REAL NOT NULL,
    text TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS keys_passage ON keys (passage);
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    passage INTEGER NOT NULL,
    PRIMARY KEY (band, hash, passage)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS occurrences (
    passage INTEGER NOT NULL,
    batch INTEGER NOT NULL,
    canonical INTEGER NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    element INTEGER NOT NULL,
    source TEXT NOT NULL,
    match TEXT NOT NULL,
    similarity REAL NOT NULL,
    key BLOB,
    raw TEXT,
    text TEXT,
    if_repeated TEXT,
    repeat_key BLOB
);
CREATE INDEX IF NOT EXISTS occurrences_key ON occurrences (key);
CREATE INDEX IF NOT EXISTS occurrences_repeat_key ON occurrences (repeat_key) WHERE repeat_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS occurrences_passage ON occurrences (passage, canonical DESC, path, line, element);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dumps (
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    processed TEXT NOT NULL,
    batch INTEGER NOT NULL,
    counts TEXT NOT NULL,
    config_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dumps_sha256 ON dumps (sha256);
CREATE INDEX IF NOT EXISTS dumps_path ON dumps (path);
CREATE TABLE IF NOT EXISTS repeats (hash BLOB PRIMARY KEY, dumps INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS retired (
    id TEXT NOT NULL,
    batch INTEGER NOT NULL,
    reason TEXT NOT NULL,
    replaced_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS retired_id ON retired (id);
"""

# Version 1 states lack the columns and tables that let a later batch re-decide
# earlier passages; they are added empty (such passages are then never reopened).
_MIGRATE_1_TO_2 = [
    "ALTER TABLE keys ADD COLUMN text TEXT",
    "ALTER TABLE occurrences ADD COLUMN key BLOB",
    "ALTER TABLE occurrences ADD COLUMN raw TEXT",
    "ALTER TABLE occurrences ADD COLUMN text TEXT",
]
# Version 2 states lack what a short paragraph's judgement would have been had it been in
# enough dumps (judged with its page); such paragraphs are judged again alone, as before.
_MIGRATE_2_TO_3 = ["ALTER TABLE occurrences ADD COLUMN if_repeated TEXT"]
# Version 3 states looked short paragraphs up by their exact key, which spells some signs as
# words ("20%" "20 percent") where the form lines are counted under drops them: a copy with
# a sign was not found when its count reached min_dumps. They gain the counted form's hash,
# and every stored text's exact key as this program makes it (see ``_rekey``).
_MIGRATE_3_TO_4 = ["ALTER TABLE occurrences ADD COLUMN repeat_key BLOB"]


class StateError(RuntimeError):
    """The state cannot be used as asked (and why)."""


class StateLocked(StateError):
    """Another run holds the state's write lock."""


class SettingsMismatch(StateError):
    """The state was built with other dedup settings."""


class CorpusOwned(StateError):
    """The corpus folder belongs to another state (or holds batches this state did not write)."""


def _cause(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def key_hash(key: str) -> bytes:
    """The stored form of an exact key: its SHA-1 digest."""
    return hashlib.sha1(key.encode("utf-8")).digest()


def settings_hash(settings) -> str:
    """Hash of the dedup settings that decide what is a duplicate and what is stored
    for lookups (everything but the knobs that only add or prune candidates within a
    batch: max_bucket, prefilter_margin, prefix_levels; lookups in the state use the key
    prefix alone)."""
    d = asdict(settings)
    for knob in ("max_bucket", "prefilter_margin", "prefix_levels"):
        d.pop(knob, None)
    canonical = json.dumps(d, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _signed(values: np.ndarray) -> list[int]:
    """uint64 hashes as SQLite's signed 64-bit integers."""
    return np.ascontiguousarray(values, dtype=np.uint64).view(np.int64).tolist()


def _foreign(path: Path, tables: set[str]) -> str:
    return (f"state {path} is a database of another kind (tables: {', '.join(sorted(tables)[:4])}"
            f"{', ...' if len(tables) > 4 else ''}); give a state file this program wrote, or a new path")


def _prov_json(p: Provenance) -> str:
    text = json.dumps(p.to_dict(), ensure_ascii=False, separators=(",", ":"))
    # A path that is not valid UTF-8 (lone surrogates) goes in escaped: SQLite takes UTF-8 only.
    return text if valid_utf8(text) == text else json.dumps(p.to_dict(), separators=(",", ":"))


def _prov(text: str) -> Provenance:
    return Provenance(**json.loads(text))


@dataclass
class StoredPassage:
    seq: int
    id: str
    key: str
    text: str  # the passage's text, in its own case (names are told by their capitals)


def _remove_new_side_files(sides: dict[Path, bool]) -> None:
    """Remove the WAL's side files an attempt to open a state made and left (SQLite cannot
    clean them up after a damaged file): an empty ``-wal`` holds nothing, and its ``-shm``
    index goes with it. Files that were there before are the state's, and stay."""
    wal, shm = sides
    try:
        if not sides[wal] and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            if not sides[shm]:
                shm.unlink(missing_ok=True)
    except OSError:
        pass  # a folder this user cannot write: nothing was made in it either


class CorpusState:
    """An open state file. Use :meth:`begin` to take the write lock; every change
    is made in that one transaction and becomes visible at :meth:`commit`."""

    def __init__(self, path: str | Path, lock_timeout: float = 30.0, read_only: bool = False):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.in_transaction = False
        shown = valid_utf8(str(self.path))
        if shown != str(self.path):
            raise StateError(f"state {shown}: cannot open: its path is not valid UTF-8, which SQLite needs; "
                             "give another path")
        self.db = self._open_to_read() if read_only else self._open_to_write()

    def _open_to_write(self) -> sqlite3.Connection:
        sides = self._side_files()
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), timeout=float(self.lock_timeout), isolation_level=None)
            # Another program's database is refused before anything is set on it: switching
            # its journal to WAL rewrites its header.
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "meta" not in tables:
                db.close()
                raise StateError(_foreign(self.path, tables))
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=OFF")
            return db
        except (sqlite3.Error, OSError) as exc:
            _remove_new_side_files(sides)
            raise StateError(f"state {self.path}: cannot open: {_cause(exc)}") from None

    def _open_to_read(self) -> sqlite3.Connection:
        """Open to read only (``show``, ``export``): a state on a read-only mount, or in a
        folder this user cannot write, is read as it stands. Reading a WAL database needs its
        shared-memory file beside it; where that cannot be made, nothing can be writing the
        file either, and it is read as unchanging (SQLite's ``immutable``)."""
        uri = self.path.resolve().as_uri()
        last = None
        sides = self._side_files()
        # Opened for writing first (no write is made), the last reader to close removes the
        # WAL's side files; read-only, SQLite leaves them beside the state.
        for options in ("mode=rw", "mode=ro", "mode=ro&immutable=1"):
            db = None
            try:
                db = sqlite3.connect(f"{uri}?{options}", uri=True, timeout=float(self.lock_timeout),
                                     isolation_level=None)
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return db
            except sqlite3.Error as exc:
                last = exc
                if db is not None:  # opened, but not readable this way
                    db.close()
        _remove_new_side_files(sides)
        raise StateError(f"state {self.path}: cannot open: {_cause(last)}") from None

    def _side_files(self) -> dict[Path, bool]:
        """The WAL's side files of the state, and whether each is there before it is opened."""
        return {side: side.exists() for side in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))}

    # -- transaction ---------------------------------------------------------------
    def begin(self) -> None:
        """Take the write lock (waits up to ``lock_timeout`` seconds) and create the schema."""
        if self.path.is_file() and not self.path.stat().st_mode & 0o222:
            # Even a user who could write it (root) must not: the mode says "keep as is".
            raise StateError(f"state {self.path} is read-only (mode {self.path.stat().st_mode & 0o777:o}); "
                             "a run must write it: make it writable, or give another state")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StateLocked(
                    f"state {self.path} is locked by another run (waited {self.lock_timeout:g} s)"
                ) from None
            raise StateError(f"state {self.path}: cannot write: {_cause(exc)}") from None
        self.in_transaction = True
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        exists = "meta" in tables and self.meta("schema_version") is not None
        if not exists and tables:
            # Another program's database: adding our tables to it, or reading its own "meta"
            # as ours, would harm it.
            raise StateError(_foreign(self.path, tables))
        if exists and self.meta("schema_version") == "1":
            for stmt in _MIGRATE_1_TO_2:
                self.db.execute(stmt)
            self.set_meta("schema_version", "2")
        if exists and self.meta("schema_version") == "2":
            for stmt in _MIGRATE_2_TO_3:
                self.db.execute(stmt)
            self.set_meta("schema_version", "3")
        rekey = exists and self.meta("schema_version") == "3"
        if rekey:
            for stmt in _MIGRATE_3_TO_4:
                self.db.execute(stmt)
            self.set_meta("schema_version", SCHEMA_VERSION)
        for stmt in _SCHEMA.split(";"):
            if stmt.strip():
                self.db.execute(stmt)
        if rekey:  # with every table there (a version 1 file may lack some)
            self._rekey()
        if self.meta("schema_version") is None:
            self.set_meta("schema_version", SCHEMA_VERSION)
        elif self.meta("schema_version") != SCHEMA_VERSION:
            raise StateError(f"state {self.path} has schema version {self.meta('schema_version')}, "
                             f"this program reads version {SCHEMA_VERSION}")

    def _rekey(self, chunk: int = 50000) -> None:
        """Bring a state written by an earlier version up to this one's keys: every short
        occurrence gets the hash of the form it is counted under, and every stored text
        whose exact key this version makes otherwise (a sign spelled as a word: "45%" is
        "45 percent", no longer "45") gets its new key's row beside the old one, so later
        copies find it. Old rows stay: ids and earlier attributions do not move."""
        from ..boilerplate import repeat_key  # the form the cross-dump-repeat signal counts
        from ..dedup.exact import duplicate_key
        db = self.db
        last = 0
        while rows := db.execute("SELECT rowid, text FROM occurrences WHERE text IS NOT NULL AND rowid > ? "
                                 "ORDER BY rowid LIMIT ?", (last, chunk)).fetchall():
            last = rows[-1][0]
            db.executemany("UPDATE occurrences SET repeat_key = ? WHERE rowid = ?",
                           ((key_hash(repeat_key(text)), rowid) for rowid, text in rows))
        last = 0
        while rows := db.execute("SELECT seq, key, text FROM passages WHERE seq > ? ORDER BY seq LIMIT ?",
                                 (last, chunk)).fetchall():
            last = rows[-1][0]
            db.executemany("INSERT OR IGNORE INTO keys (hash, passage, match, similarity, text) "
                           "VALUES (?, ?, 'canonical', 1.0, NULL)",
                           [(new, seq) for seq, key, text in rows
                            if (new := key_hash(duplicate_key(text))) != key_hash(key)])
        after = b""  # member keys (near and truncated copies) by their hash, the table's order
        while rows := db.execute("SELECT hash, passage, match, similarity, text FROM keys WHERE text IS NOT NULL "
                                 "AND hash > ? ORDER BY hash LIMIT ?", (after, chunk)).fetchall():
            after = rows[-1][0]
            db.executemany("INSERT OR IGNORE INTO keys (hash, passage, match, similarity, text) VALUES (?, ?, ?, ?, ?)",
                           [(new, passage, match, similarity, text) for old, passage, match, similarity, text in rows
                            if (new := key_hash(duplicate_key(text))) != old])

    def commit(self) -> None:
        if self.in_transaction:
            self.db.execute("COMMIT")
            self.in_transaction = False

    def rollback(self) -> None:
        if self.in_transaction:
            self.in_transaction = False
            if self.db.in_transaction:  # SQLite rolls back by itself on some errors (a full disk)
                self.db.execute("ROLLBACK")

    def close(self) -> None:
        self.rollback()
        self.db.close()

    def require_written(self) -> None:
        """For reading: refuse a file that no run of this program has written."""
        if self.meta("schema_version") is None:
            if not self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                # An empty file, or the first run's schema not committed yet: that run sees no other.
                raise StateError(f"state {self.path} holds no corpus yet: no run has committed a batch to it "
                                 "(a first run may still be working on it)")
            raise StateError(f"state {self.path} is not a state this program wrote (no corpus in it); "
                             "give the --state file of your runs")

    # -- meta ----------------------------------------------------------------------
    def meta(self, name: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        except sqlite3.OperationalError:
            return None  # no schema yet (read-only use of a new file)
        return None if row is None else row[0]

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (name, value) VALUES (?, ?) "
                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))

    def check_settings(self, settings) -> str | None:
        """None when the state matches ``settings`` (or is new: then they are recorded);
        otherwise the stored hash."""
        wanted = settings_hash(settings)
        stored = self.meta("dedup_settings_hash")
        if stored is None:
            self.set_meta("dedup_settings_hash", wanted)
            return None
        return None if stored == wanted else stored

    def passage_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM passages").fetchone()[0]

    # -- manifest ------------------------------------------------------------------
    def batch_names(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM batches")}

    def next_batch_id(self) -> int:
        return (self.db.execute("SELECT coalesce(max(id), 0) FROM batches").fetchone()[0]) + 1

    def dumps_with_hash(self, sha256: str) -> list[tuple[str, str]]:
        """(path, batch name) of every processed dump with this content hash."""
        return self.db.execute(
            "SELECT d.path, b.name FROM dumps d JOIN batches b ON b.id = d.batch WHERE d.sha256 = ? ORDER BY d.rowid",
            (sha256,)).fetchall()

    def batches_of_path(self, path: str) -> list[str]:
        """The batches that processed a dump at ``path`` (whatever its content then)."""
        return [name for (name,) in self.db.execute(
            "SELECT b.name FROM dumps d JOIN batches b ON b.id = d.batch WHERE d.path = ? ORDER BY d.rowid",
            (valid_utf8(path),))]

    def add_batch(self, batch_id: int, name: str, config_hash: str, counts: dict) -> None:
        self.db.execute("INSERT INTO batches (id, name, created, config_hash, counts) VALUES (?, ?, ?, ?, ?)",
                        (batch_id, name, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), config_hash,
                         json.dumps(counts, sort_keys=True)))

    def add_dump(self, path: str, size: int, sha256: str, batch_id: int, counts: dict, config_hash: str) -> None:
        self.db.execute("INSERT INTO dumps (path, size, sha256, processed, batch, counts, config_hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (valid_utf8(path), size, sha256, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), batch_id,
                         json.dumps(counts, sort_keys=True), config_hash))

    # -- lookups -------------------------------------------------------------------
    def _query_hashes(self, table: str, hashes: Iterable[bytes]) -> None:
        """Fill the temporary table ``table`` with the distinct ``hashes`` to join against
        an index (one join instead of one query per hash)."""
        self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (hash BLOB PRIMARY KEY) WITHOUT ROWID")
        self.db.execute(f"DELETE FROM {table}")
        self.db.executemany(f"INSERT OR IGNORE INTO {table} (hash) VALUES (?)", ((h,) for h in hashes))

    def lookup_keys(self, hashes: list[bytes]) -> dict[bytes, tuple[int, str, str, float]]:
        """Exact-key hits: key hash -> (passage seq, passage id, match, similarity)."""
        db = self.db
        self._query_hashes("q_keys", hashes)
        rows = db.execute(
            "SELECT k.hash, k.passage, p.id, k.match, k.similarity FROM q_keys q "
            "CROSS JOIN keys k ON k.hash = q.hash CROSS JOIN passages p ON p.seq = k.passage").fetchall()
        return {h: (seq, pid, match, sim) for h, seq, pid, match, sim in rows}

    def candidates(self, band_keys: np.ndarray, prefix_keys: np.ndarray) -> list[StoredPassage]:
        """Stored passages sharing a band hash or a key prefix with any of the given
        keys, in input order of their canonical source (an indexed join, no scan)."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS q_bands (band INTEGER, hash INTEGER)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS q_prefix (prefix INTEGER)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS q_found (seq INTEGER PRIMARY KEY)")
        for table in ("q_bands", "q_prefix", "q_found"):
            db.execute(f"DELETE FROM {table}")
        if band_keys.size:
            n, bands = band_keys.shape
            flat = _signed(band_keys.reshape(-1))
            band_no = np.tile(np.arange(bands), n).tolist()
            db.executemany("INSERT INTO q_bands (band, hash) VALUES (?, ?)", zip(band_no, flat))
        usable = [int(p) for p in prefix_keys.tolist() if p]
        db.executemany("INSERT INTO q_prefix (prefix) VALUES (?)", ((p,) for p in usable))
        db.execute("INSERT OR IGNORE INTO q_found (seq) SELECT b.passage FROM q_bands q "
                   "CROSS JOIN bands b ON b.band = q.band AND b.hash = q.hash")
        db.execute("INSERT OR IGNORE INTO q_found (seq) SELECT p.seq FROM q_prefix q "
                   "CROSS JOIN passages p ON p.prefix = q.prefix")
        rows = db.execute("SELECT p.seq, p.id, p.key, p.text FROM q_found f CROSS JOIN passages p ON p.seq = f.seq "
                          "ORDER BY p.src_path, p.src_line, p.src_element").fetchall()
        return [StoredPassage(*r) for r in rows]

    # -- recording -----------------------------------------------------------------
    def add_passage(self, passage: Passage, key: str, batch: int, bands: np.ndarray | None, prefix: int) -> int:
        src = passage.source
        cur = self.db.execute(
            "INSERT INTO passages (id, key, text, source, src_path, src_line, src_element, prefix, batch) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (passage.id, key, passage.text, _prov_json(src), valid_utf8(src.path), src.line, src.element or 0,
             int(prefix) or None, batch))
        seq = cur.lastrowid
        if bands is not None:
            self.db.executemany("INSERT OR IGNORE INTO bands (band, hash, passage) VALUES (?, ?, ?)",
                                ((b, h, seq) for b, h in enumerate(_signed(bands))))
        return seq

    def add_keys(self, rows: Iterable[tuple[bytes, int, str, float, str | None]]) -> None:
        """(key hash, passage seq, match, similarity, text of a member key or None)."""
        self.db.executemany("INSERT INTO keys (hash, passage, match, similarity, text) VALUES (?, ?, ?, ?, ?)", rows)

    def add_occurrences(self, seq: int, rows: Iterable[tuple[Occurrence, int, bytes, str | None, str | None,
                                                             str | None, bytes | None]]) -> None:
        """Per place a passage was seen: (occurrence, batch that saw it, its exact key's
        hash, raw and cleaned text or None, and for a short paragraph its outcome had its
        key been in enough dumps, :func:`stored_outcome`, or None, and the hash of the form
        the cross-dump-repeat signal counts it under, or None)."""
        self.db.executemany(
            "INSERT INTO occurrences (passage, batch, canonical, path, line, element, source, match, similarity, "
            "key, raw, text, if_repeated, repeat_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((seq, batch, int(o.match == "canonical"), valid_utf8(o.source.path), o.source.line, o.source.element or 0,
              _prov_json(o.source), o.match, float(o.similarity), k, raw, text, if_repeated, counted)
             for o, batch, k, raw, text, if_repeated, counted in rows))

    # -- history of the cross-dump-repeat signal --------------------------------------
    def repeat_counts(self, hashes: Iterable[bytes]) -> dict[bytes, int]:
        """Dumps each short paragraph's key was seen in by earlier batches."""
        self._query_hashes("q_repeat", hashes)
        return dict(self.db.execute("SELECT r.hash, r.dumps FROM q_repeat q CROSS JOIN repeats r ON r.hash = q.hash"))

    def add_repeats(self, counts: dict[bytes, int]) -> None:
        self.db.executemany("INSERT INTO repeats (hash, dumps) VALUES (?, ?) "
                            "ON CONFLICT (hash) DO UPDATE SET dumps = dumps + excluded.dumps", counts.items())

    def kept_with_keys(self, hashes: Iterable[bytes]
                       ) -> list[tuple[int, bytes, Provenance, str, str, str | None]]:
        """Stored occurrences counted under one of these repeat-key hashes (short
        paragraphs, which carry their text): (passage seq, exact key hash, source, raw,
        text, outcome had it been in enough dumps)."""
        self._query_hashes("q_kept", hashes)
        rows = self.db.execute(
            "SELECT o.passage, o.key, o.source, o.raw, o.text, o.if_repeated FROM q_kept q "
            "CROSS JOIN occurrences o ON o.repeat_key = q.hash WHERE o.text IS NOT NULL "
            "ORDER BY o.path, o.line, o.element").fetchall()
        return [(seq, key, _prov(src), raw, text, again) for seq, key, src, raw, text, again in rows]

    # -- re-deciding earlier passages -------------------------------------------------
    def reopen(self, seq: int) -> tuple[str, list[tuple[Provenance, str, str, int, str | None]]] | None:
        """Take a stored passage out of the corpus so that its paragraphs can be
        decided again with a new batch: returns its id and (source, raw, text, batch
        that saw it, outcome had it been in enough dumps) of every occurrence, and deletes
        the passage, its keys, bands and occurrences.
        None (and nothing changed) when the state lacks a text needed (a passage
        stored by a version 1 state)."""
        db = self.db
        row = db.execute("SELECT id, key, text FROM passages WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            return None
        pid, key, ptext = row
        texts = {h: t for h, t in db.execute("SELECT hash, text FROM keys WHERE passage = ?", (seq,))}
        texts[key_hash(key)] = ptext
        out: list[tuple[Provenance, str, str, int, str | None]] = []
        for src, k, raw, text, batch, again in db.execute(
                "SELECT source, key, raw, text, batch, if_repeated FROM occurrences WHERE passage = ? "
                "ORDER BY path, line, element", (seq,)):
            text = text if text is not None else texts.get(k) if k is not None else None
            if text is None:
                return None
            out.append((_prov(src), raw if raw is not None else text, text, batch, again))
        db.execute("DELETE FROM occurrences WHERE passage = ?", (seq,))
        db.execute("DELETE FROM keys WHERE passage = ?", (seq,))
        db.execute("DELETE FROM bands WHERE passage = ?", (seq,))
        db.execute("DELETE FROM passages WHERE seq = ?", (seq,))
        return pid, out

    def retire(self, pid: str, batch: int, reason: str, replaced_by: Iterable[str]) -> None:
        self.db.execute("INSERT INTO retired (id, batch, reason, replaced_by) VALUES (?, ?, ?, ?)",
                        (pid, batch, reason, json.dumps(sorted(replaced_by))))

    def retirement(self, pid: str) -> tuple[str, str, list[str]] | None:
        """(batch name, reason, replacing ids) of the latest retirement of a passage id."""
        try:
            row = self.db.execute(
                "SELECT b.name, r.reason, r.replaced_by FROM retired r LEFT JOIN batches b ON b.id = r.batch "
                "WHERE r.id = ? ORDER BY r.rowid DESC LIMIT 1", (pid,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def rebuild_lookups(self, settings, index_factory, chunk: int = 50000) -> int:
        """Recompute every stored passage's band and prefix hashes under ``settings``
        (``index_factory(keys, settings)`` -> object with ``band_keys`` and ``prefix_keys``)
        and record the new settings hash. Passages, keys and occurrences are kept."""
        db = self.db
        db.execute("DELETE FROM bands")
        db.execute("UPDATE passages SET prefix = NULL")
        done, last = 0, 0
        while True:
            rows = db.execute("SELECT seq, key FROM passages WHERE seq > ? ORDER BY seq LIMIT ?",
                              (last, chunk)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            eligible = [(s, k) for s, k in rows if settings.searched(len(k))]
            if eligible:
                index = index_factory([k for _, k in eligible], settings)
                for (seq, _), bands, prefix in zip(eligible, index.band_keys, index.prefix_keys.tolist()):
                    db.executemany("INSERT OR IGNORE INTO bands (band, hash, passage) VALUES (?, ?, ?)",
                                   ((b, h, seq) for b, h in enumerate(_signed(bands))))
                    if prefix:
                        db.execute("UPDATE passages SET prefix = ? WHERE seq = ?", (int(prefix), seq))
            done += len(rows)
        self.set_meta("dedup_settings_hash", settings_hash(settings))
        return done

    # -- reading -------------------------------------------------------------------
    def _occurrences(self, seq: int) -> list[tuple[Occurrence, int]]:
        rows = self.db.execute(
            "SELECT source, match, similarity, batch FROM occurrences WHERE passage = ? "
            "ORDER BY canonical DESC, path, line, element", (seq,)).fetchall()
        return [(Occurrence(_prov(src), match, sim), batch) for src, match, sim, batch in rows]

    def passages(self) -> Iterator[Passage]:
        """Every stored passage in the output contract, in order of its canonical source."""
        cur = self.db.cursor()
        for seq, pid, text, source in cur.execute(
                "SELECT seq, id, text, source FROM passages ORDER BY src_path, src_line, src_element"):
            occurrences = tuple(o for o, _ in self._occurrences(seq))
            yield Passage(pid, text, _prov(source), occurrences)

    def show(self, pid: str) -> tuple[Passage, list[tuple[Occurrence, str]]] | None:
        """A passage and each occurrence with the name of the batch that recorded it."""
        try:
            row = self.db.execute("SELECT seq, id, text, source FROM passages WHERE id = ?", (pid,)).fetchone()
        except sqlite3.OperationalError:
            return None
        if row is None:
            return None
        seq, pid, text, source = row
        names = dict(self.db.execute("SELECT id, name FROM batches").fetchall())
        occ = self._occurrences(seq)
        passage = Passage(pid, text, _prov(source), tuple(o for o, _ in occ))
        return passage, [(o, names.get(b, str(b))) for o, b in occ]


__all__ = ["CorpusState", "SettingsMismatch", "StateError", "StateLocked", "StoredPassage", "key_hash",
           "settings_hash"]
