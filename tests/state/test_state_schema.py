"""The state file's schema: created on first use, version 1, 2 and 3 files migrated in place."""
from __future__ import annotations

import sqlite3

import pytest

from pipeline.boilerplate import repeat_key
from pipeline.dedup import duplicate_key
from pipeline.state import CorpusState, key_hash
from pipeline.state.sqlite import SCHEMA_VERSION, StateError

V1_TABLES = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE keys (hash BLOB PRIMARY KEY, passage INTEGER NOT NULL, match TEXT NOT NULL,
                   similarity REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE occurrences (passage INTEGER NOT NULL, batch INTEGER NOT NULL, canonical INTEGER NOT NULL,
                          path TEXT NOT NULL, line INTEGER NOT NULL, element INTEGER NOT NULL,
                          source TEXT NOT NULL, match TEXT NOT NULL, similarity REAL NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO occurrences VALUES (1, 1, 1, 'a.txt', 3, 0, '{"path":"a.txt","line":3,"start":0,"end":5}', 'canonical', 1.0);
"""


def columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def older_state(path, version: int) -> CorpusState:
    """A new state made to look as schema ``version`` (2 or 3) wrote it: the columns added
    since dropped."""
    state = CorpusState(path)
    state.begin()
    state.commit()
    state.db.execute("DROP INDEX occurrences_repeat_key")
    for column in ("repeat_key", "if_repeated")[:4 - version]:
        state.db.execute(f"ALTER TABLE occurrences DROP COLUMN {column}")
    state.set_meta("schema_version", str(version))
    return state


def test_version_1_state_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(V1_TABLES)
    db.close()
    state = CorpusState(path)
    state.begin()
    state.commit()
    assert state.meta("schema_version") == SCHEMA_VERSION
    assert {"key", "raw", "text", "if_repeated"} <= columns(state.db, "occurrences")
    assert "text" in columns(state.db, "keys")
    assert state.db.execute("SELECT path, line, key FROM occurrences").fetchall() == [("a.txt", 3, None)]
    state.begin()
    state.db.execute("INSERT INTO passages (seq, id, key, text, source, src_path, src_line, src_element, batch) "
                     "VALUES (1, 'p1', 'hello', 'Hello', '{\"path\":\"a.txt\",\"line\":3,\"start\":0,\"end\":5}', "
                     "'a.txt', 3, 0, 1)")
    # the old occurrence has no key hash: the passage cannot be re-decided, so it is left alone
    assert state.reopen(1) is None
    assert state.passage_count() == 1
    state.close()


def test_unknown_schema_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                     "INSERT INTO meta VALUES ('schema_version', '99');")
    db.close()
    state = CorpusState(path)
    with pytest.raises(StateError, match="schema version 99"):
        state.begin()
    state.close()


def test_knobs_that_only_prune_or_add_candidates_leave_the_settings_hash_alone(config):
    """A state stays usable when max_bucket, prefilter_margin or prefix_levels change (they
    decide which pairs a batch verifies, not what is stored for lookups); a threshold does not."""
    from pipeline.config import merge
    from pipeline.dedup import DedupSettings
    from pipeline.state.sqlite import settings_hash

    def digest(**dedup) -> str:
        return settings_hash(DedupSettings.from_config(merge(config, {"dedup": dedup})))

    base = digest()
    assert digest(max_bucket=7) == digest(prefilter_margin=0.3) == digest(prefix_levels=0) == base
    assert digest(threshold=0.6) != base


def test_version_2_state_is_migrated_and_its_short_paragraphs_judged_as_before(tmp_path):
    # A version 2 state kept no outcome "had it been in enough dumps": reopened, such a
    # paragraph carries None, and the batch job judges it again alone, as version 2 did.
    path = tmp_path / "v2.db"
    state = older_state(path, 2)
    state.db.execute("INSERT INTO passages (seq, id, key, text, source, src_path, src_line, src_element, batch) "
                     "VALUES (1, 'p1', 'top stories', 'Top stories', '{\"path\":\"a.txt\",\"line\":3,"
                     "\"start\":0,\"end\":11}', 'a.txt', 3, 0, 1)")
    state.db.execute("INSERT INTO occurrences (passage, batch, canonical, path, line, element, source, match, "
                     "similarity, key, raw, text) VALUES (1, 1, 1, 'a.txt', 3, 0, '{\"path\":\"a.txt\",\"line\":3,"
                     "\"start\":0,\"end\":11}', 'canonical', 1.0, x'00', 'Top stories', 'Top stories')")
    state.db.commit()
    state.close()
    state = CorpusState(path)
    state.begin()
    assert state.meta("schema_version") == SCHEMA_VERSION and "if_repeated" in columns(state.db, "occurrences")
    pid, rows = state.reopen(1)
    assert pid == "p1" and [(src.path, raw, text, again) for src, raw, text, _, again in rows] == [
        ("a.txt", "Top stories", "Top stories", None)]
    state.close()


def test_version_3_state_finds_its_texts_under_this_versions_keys(tmp_path):
    """Version 3 keys dropped a percent or currency sign ("Save 20% today" was "save 20
    today"): migrated, the stored passage and member texts are found under the keys this
    version makes, the old keys still lead where they led, and a short paragraph is found
    under the form the cross-dump-repeat signal counts it by."""
    path = tmp_path / "v3.db"
    state = older_state(path, 3)
    short, member = "Save 20% today", "Save 20% today!!"
    old_key = "save 20 today"
    assert duplicate_key(short) != old_key and repeat_key(short) == old_key
    state.db.execute("INSERT INTO passages (seq, id, key, text, source, src_path, src_line, src_element, batch) "
                     "VALUES (1, 'p1', ?, ?, '{\"path\":\"a.txt\",\"line\":3,\"start\":0,\"end\":14}', "
                     "'a.txt', 3, 0, 1)", (old_key, short))
    state.db.execute("INSERT INTO keys VALUES (?, 1, 'canonical', 1.0, NULL)", (key_hash(old_key),))
    state.db.execute("INSERT INTO keys VALUES (?, 1, 'near', 0.9, ?)", (key_hash("save 20 today x"), member + " x"))
    state.db.execute("INSERT INTO occurrences (passage, batch, canonical, path, line, element, source, match, "
                     "similarity, key, raw, text, if_repeated) VALUES (1, 1, 1, 'a.txt', 3, 0, '{\"path\":\"a.txt\","
                     "\"line\":3,\"start\":0,\"end\":14}', 'canonical', 1.0, ?, ?, ?, '')",
                     (key_hash(old_key), short, short))
    state.db.commit()
    state.close()

    state = CorpusState(path)
    state.begin()
    assert state.meta("schema_version") == SCHEMA_VERSION
    found = state.lookup_keys([key_hash(duplicate_key(short)), key_hash(old_key), key_hash(duplicate_key(member + " x"))])
    assert sorted((seq, pid, match) for seq, pid, match, _ in found.values()) == [
        (1, "p1", "canonical"), (1, "p1", "canonical"), (1, "p1", "near")]
    kept = state.kept_with_keys([key_hash(repeat_key(short))])
    assert [(seq, text) for seq, _, _, _, text, _ in kept] == [(1, short)]
    state.commit()
    state.close()


def test_a_transaction_sqlite_ended_itself_leaves_the_first_error_standing(tmp_path):
    """On a full disk SQLite rolls the transaction back by itself: closing the state then must
    not raise 'cannot rollback - no transaction is active' in place of the real cause."""
    state = CorpusState(tmp_path / "s.db")
    state.begin()
    state.db.execute("ROLLBACK")  # as SQLite does on SQLITE_FULL
    state.close()  # no error


def test_a_damaged_state_is_named_damaged_with_exit_2(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    run = [sys.executable, "-m", "pipeline", "run", "d.txt", "--state", "s.db", "--out", "c", "-q"]
    assert subprocess.run(run, cwd=tmp_path, capture_output=True, env=env).returncode == 0
    with open(tmp_path / "s.db", "r+b") as fh:  # a page of the file overwritten
        fh.seek(8192)
        fh.write(b"\xde\xad" * 2048)
    (tmp_path / "e.txt").write_text("Hip pain after running usually settles with rest.\n")
    r = subprocess.run([*run[:4], "e.txt", *run[5:]], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "damaged" in r.stderr and "Traceback" not in r.stderr


def test_a_state_cut_short_is_refused_and_leaves_no_side_files(tmp_path):
    """Opening a damaged state makes SQLite's WAL side files, which it cannot remove after a
    failure: refused, the state leaves nothing beside it (a blind audit found -wal and -shm
    files after an export from a state cut to its first two pages)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(tmp_path / "d.txt"), "--state", str(tmp_path / "s.db"),
                                "--out", str(tmp_path / "c"), "-q"]).exit_code == 0
    (tmp_path / "cut.db").write_bytes((tmp_path / "s.db").read_bytes()[:8192])
    for args in (["export", "--state", str(tmp_path / "cut.db"), "--out", str(tmp_path / "e.jsonl")],
                 ["show", "abc", "--state", str(tmp_path / "cut.db")],
                 ["run", str(tmp_path / "d.txt"), "--state", str(tmp_path / "cut.db"), "--out", str(tmp_path / "c2")]):
        r = runner.invoke(main, args)
        assert r.exit_code == 2 and "cannot open" in r.output, (args, r.output)
        assert sorted(p.name for p in tmp_path.glob("cut.db*")) == ["cut.db"], args
