"""The incremental batch job: `run NEW... --state STATE --out CORPUS`, `show`, `export`."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import generate

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def dumps(tmp_path_factory) -> Path:
    """Two dumps (a_*.txt sorts before b_*.txt) cut from one synthetic corpus, so B
    holds exact, near and truncated copies of A's paragraphs."""
    folder = tmp_path_factory.mktemp("dumps")
    lines = generate(500, seed=11).lines
    (folder / "a_first.txt").write_text("\n".join(lines[:250]) + "\n", encoding="utf-8")
    (folder / "b_second.txt").write_text("\n".join(lines[250:]) + "\n", encoding="utf-8")
    return folder


def setup(tmp_path: Path, dumps: Path) -> Path:
    for f in dumps.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    return tmp_path


def export(tmp_path: Path, name: str = "export.jsonl") -> bytes:
    r = cli("export", "--state", "state.db", "--out", name, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    written = tmp_path / name / "passages.jsonl" if (tmp_path / name).is_dir() else tmp_path / name
    # the message names the file written: not its folder, and the file a link names
    shown = os.path.realpath(written) if written.is_symlink() else str(written.relative_to(tmp_path))
    assert r.stdout.strip().endswith(f" passages to {shown}"), r.stdout
    return written.read_bytes()


@pytest.fixture(scope="module")
def together(tmp_path_factory, dumps) -> bytes:
    """passages.jsonl of one plain run over A and B."""
    work = setup(tmp_path_factory.mktemp("together"), dumps)
    r = cli("run", "a_first.txt", "b_second.txt", "--out", "full", cwd=work)
    assert r.returncode == 0, r.stderr
    return (work / "full" / "passages.jsonl").read_bytes()


def test_a_then_b_equals_a_and_b_together(tmp_path, dumps, together):
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    assert cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    assert export(work) == together
    # the same in one incremental run
    r = cli("run", "a_first.txt", "b_second.txt", "--state", "one.db", "--out", "corpus1", cwd=work)
    assert r.returncode == 0, r.stderr
    # the summary names every file the batch folder got
    assert "wrote corpus1/batch-000001/passages.jsonl, removed.jsonl, retired.jsonl, report.json in" in r.stdout
    assert cli("export", "--state", "one.db", "--out", "one.jsonl", cwd=work).returncode == 0
    assert (work / "one.jsonl").read_bytes() == together


def test_complete_version_after_its_truncated_copy_supersedes_it(tmp_path, dumps):
    """The same corpus cut the other way round: A now holds truncated copies whose
    complete versions arrive with B. The stored passage is reopened and its
    paragraphs decided again, so the export still equals one run over both."""
    work = tmp_path
    (work / "a_first.txt").write_bytes((dumps / "b_second.txt").read_bytes())
    (work / "b_second.txt").write_bytes((dumps / "a_first.txt").read_bytes())
    r = cli("run", "a_first.txt", "b_second.txt", "--out", "full", cwd=work)
    assert r.returncode == 0, r.stderr
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    first = {json.loads(x)["id"] for x in (work / "corpus/batch-000001/passages.jsonl").read_text().splitlines()}
    assert cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    assert export(work) == (work / "full" / "passages.jsonl").read_bytes()
    retired = [json.loads(x) for x in (work / "corpus/batch-000002/retired.jsonl").read_text().splitlines()]
    superseded = [r for r in retired if r["reason"] == "superseded"]
    assert superseded, "the fixture should hold a truncated copy stored before its complete version"
    current = {json.loads(x)["id"] for x in export(work).decode().splitlines()}
    for r in superseded:
        assert r["id"] in first and r["id"] not in current
        assert r["replaced_by"] and set(r["replaced_by"]) <= current
        shown = cli("show", r["id"], "--state", "state.db", cwd=work)
        assert shown.returncode == 0 and "retired in batch-000002" in shown.stdout
        assert r["replaced_by"][0] in shown.stdout
    report = json.loads((work / "corpus/batch-000002/report.json").read_text())
    assert report["counts"]["retired"]["passages"] == len(retired)


@pytest.mark.parametrize("line", ["Our Editorial Process", "Sign Up For 10% Off", "Our Editorial Process (100% Independent)"])
def test_repeat_signal_counts_dumps_over_the_whole_history(tmp_path, line):
    """A short line in two dumps of batch 1 and a third dump of batch 2 is judged as
    one run over all three judges it: removed everywhere, including the passage
    batch 1 published (retired, its paragraphs in retired.jsonl). The rules decide here,
    so that the line's verdict turns on the count alone. A sign the duplicate key spells
    as a word (20% "20 percent") is dropped by the form lines are counted under, and the
    earlier batches' copies are still found."""
    (tmp_path / "rules.toml").write_text('[boilerplate]\ndecision = "rules"\n', encoding="utf-8")
    rules = ("--config", "rules.toml")
    content = ["Hip pain after running often comes from the tendons around the outer hip, and rest helps.",
               "Stretching the hamstrings gently each morning can ease lower back stiffness for many.",
               "Knee pain when climbing stairs is often linked to kneecap tracking and weak quadriceps."]
    for name, variant, text in zip(["a1.txt", "a2.txt", "b1.txt"], [line, line.lower() + "!", line], content):
        (tmp_path / name).write_text(f"{variant}\n{text}\n", encoding="utf-8")
    assert cli("run", "a1.txt", "a2.txt", "--out", "two", *rules, cwd=tmp_path).returncode == 0
    assert cli("run", "a1.txt", "a2.txt", "b1.txt", "--out", "three", *rules, cwd=tmp_path).returncode == 0
    kept = lambda out: [json.loads(x)["text"] for x in (tmp_path / out / "passages.jsonl").read_text().splitlines()]
    # the premise: in two dumps the line is kept, in three it is furniture
    assert line in kept("two") and line not in kept("three")

    assert cli("run", "a1.txt", "a2.txt", "--state", "state.db", "--out", "corpus", *rules,
               cwd=tmp_path).returncode == 0
    assert cli("run", "b1.txt", "--state", "state.db", "--out", "corpus", *rules, cwd=tmp_path).returncode == 0
    assert export(tmp_path) == (tmp_path / "three" / "passages.jsonl").read_bytes()
    retired = [json.loads(x) for x in (tmp_path / "corpus/batch-000002/retired.jsonl").read_text().splitlines()]
    assert [r["reason"] for r in retired] == ["reclassified"]
    assert {(x["source"]["path"], x["reason"]) for x in retired[0]["reclassified"]} == {
        ("a1.txt", "boilerplate"), ("a2.txt", "boilerplate")}
    removed = [json.loads(x) for x in (tmp_path / "corpus/batch-000002/removed.jsonl").read_text().splitlines()]
    assert [(r["source"]["path"], r["reason"]) for r in removed] == [("b1.txt", "boilerplate")]


def test_a_line_that_reaches_enough_dumps_later_is_decided_as_its_page_decided_it(tmp_path):
    """With the model deciding, a short line's verdict hangs on its page as well as on its
    count: when a later batch takes its count to min_dumps, the earlier batches' copies
    are decided by the outcome stored for that case when they were judged with their
    pages, not by judging them again alone (which removed them here, where the one run
    keeps them). Long paragraphs reopened for a complete version stay kept as judged."""
    work = tmp_path / "in"
    work.mkdir()
    for i in (1, 2, 3):
        (work / f"d{i}.txt").write_text(f"Hip flexor stretches can relieve pain when done daily for weeks {i}.\n"
                                        f"Written by Jane Doe\nUnique paragraph {i} about sitting and hip flexors "
                                        "shortening slowly.\n", encoding="utf-8")
    assert cli("run", "in/d1.txt", "in/d2.txt", "--state", "state.db", "--out", "corpus", "-q",
               cwd=tmp_path).returncode == 0
    assert cli("run", "in/d3.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path).returncode == 0
    assert cli("run", "in", "--out", "one", "-q", cwd=tmp_path).returncode == 0
    assert export(tmp_path) == (tmp_path / "one" / "passages.jsonl").read_bytes()
    assert not (tmp_path / "corpus/batch-000002/retired.jsonl").read_text()


def test_batch_folders_hold_new_passages_and_every_paragraph(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert sorted(p.name for p in (work / "corpus").iterdir() if p.is_dir()) == ["batch-000001", "batch-000002"]
    first = [json.loads(x) for x in (work / "corpus/batch-000001/passages.jsonl").read_text().splitlines()]
    second = [json.loads(x) for x in (work / "corpus/batch-000002/passages.jsonl").read_text().splitlines()]
    removed2 = [json.loads(x) for x in (work / "corpus/batch-000002/removed.jsonl").read_text().splitlines()]
    report2 = json.loads((work / "corpus/batch-000002/report.json").read_text())
    assert not {p["id"] for p in first} & {p["id"] for p in second}
    assert all(p["source"]["path"] == "b_second.txt" for p in second)
    # every line of B is in exactly one place of its batch folder
    lines_b = sum(1 for x in (work / "b_second.txt").read_text().splitlines() if x.strip())
    assert report2["counts"]["paragraphs_read"] == lines_b == len(second) + len(removed2)
    ids_a = {p["id"] for p in first}
    assert any(r["duplicate_of"] in ids_a for r in removed2)  # B repeats passages of A
    assert "state" not in report2["config"]


def test_rerun_and_renamed_copy_do_nothing(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    before = export(work)
    r = cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 0 and "already processed: a_first.txt" in r.stdout and "nothing new" in r.stdout
    (work / "renamed.txt").write_bytes((work / "a_first.txt").read_bytes())
    r = cli("run", "renamed.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 0 and "same content as a_first.txt" in r.stdout
    assert export(work) == before
    assert [p.name for p in (work / "corpus").iterdir() if p.is_dir()] == ["batch-000001"]
    db = sqlite3.connect(work / "state.db")
    assert db.execute("SELECT count(*) FROM dumps").fetchone()[0] == 1
    path, size, sha, counts = db.execute("SELECT path, size, sha256, counts FROM dumps").fetchone()
    assert path == "a_first.txt" and size == (work / "a_first.txt").stat().st_size and len(sha) == 64
    assert json.loads(counts)["paragraphs_read"] == 250


def test_show_lists_every_occurrence_across_batches(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    passages = [json.loads(x) for x in export(work).decode().splitlines()]
    spread = next(p for p in passages if {o["path"] for o in p["occurrences"]} == {"a_first.txt", "b_second.txt"})
    r = cli("show", spread["id"], "--state", "state.db", cwd=work)
    assert r.returncode == 0, r.stderr
    assert spread["text"] in r.stdout
    assert "batch-000001" in r.stdout and "batch-000002" in r.stdout
    for o in spread["occurrences"]:
        assert f"{o['path']}:{o['line']}" in r.stdout
    assert cli("show", "0000000000000000", "--state", "state.db", cwd=work).returncode == 1


def test_changed_dedup_settings_refuse_unless_rebuild(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    (work / "other.toml").write_text("[dedup]\nthreshold = 0.6\n", encoding="utf-8")
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "--config", "other.toml", cwd=work)
    assert r.returncode == 2 and "other dedup settings" in r.stderr and "--rebuild-state" in r.stderr
    assert [p.name for p in (work / "corpus").iterdir() if p.is_dir()] == ["batch-000001"]
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "--config", "other.toml",
            "--rebuild-state", cwd=work)
    assert r.returncode == 0, r.stderr
    assert "rebuilt the lookup hashes" in r.stderr
    # a setting that only prunes candidates (max_bucket) is not a semantic change
    (work / "more.txt").write_text("A new paragraph about ankle sprains and how long they take to heal.\n")
    (work / "prune.toml").write_text("[dedup]\nthreshold = 0.6\nmax_bucket = 32\n", encoding="utf-8")
    r = cli("run", "more.txt", "--state", "state.db", "--out", "corpus", "--config", "prune.toml", cwd=work)
    assert r.returncode == 0, r.stderr
    # with nothing new, a rebuild is still kept: the run must not say the state is unchanged
    r = cli("run", "more.txt", "--state", "state.db", "--out", "corpus", "--rebuild-state", cwd=work)
    assert r.returncode == 0 and "rebuilt the lookup hashes" in r.stderr, r.stderr
    assert "nothing new to process; corpus unchanged" in r.stdout and "state and" not in r.stdout


def test_second_concurrent_run_waits_then_exits_3(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    (work / "fast.toml").write_text("[state]\nlock_timeout = 0.5\n", encoding="utf-8")
    holder = sqlite3.connect(work / "state.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "--config", "fast.toml", cwd=work)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.returncode == 3
    assert len(r.stderr.strip().splitlines()) == 1 and "locked by another run" in r.stderr


def test_unknown_batch_folder_is_removed(tmp_path, dumps):
    # A folder still marked uncommitted is what a run killed between putting its batch in
    # place and committing the state leaves: removed, and its batch written again.
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    (work / "corpus" / "batch-000002").mkdir()
    (work / "corpus" / "batch-000002" / "passages.jsonl").write_text("junk\n")
    (work / "corpus" / "batch-000002" / ".uncommitted").write_text("put in place, not committed\n")
    (work / "corpus" / "notes").mkdir()
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 0, r.stderr
    assert "removed corpus/batch-000002" in r.stderr
    assert (work / "corpus" / "notes").is_dir()  # only batch folders are touched
    assert (work / "corpus" / "batch-000002" / "passages.jsonl").read_text() != "junk\n"


@pytest.mark.parametrize("point, fmt", [("after-lock", "jsonl"), ("after-batch-write", "jsonl"),
                                        ("before-commit", "jsonl"), ("before-commit", "both")])
def test_kill_9_leaves_state_unchanged_and_rerun_completes(tmp_path, dumps, together, point, fmt):
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    before = export(work, "before.jsonl")
    folders_before = sorted(p.name for p in (work / "corpus").iterdir())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLEAN_CORPUS_TEST_PAUSE": point}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "b_second.txt", "--state", "state.db",
                             "--out", "corpus", "--format", fmt], cwd=work, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.strip() == f"PAUSE {point}":
                break
        else:
            pytest.fail(f"the run never reached {point}")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert export(work, "after-kill.jsonl") == before
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "--format", fmt, cwd=work)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (work / "corpus").iterdir()) == folders_before + ["batch-000002"]
    assert export(work) == together
    # the batch folder is whole, its Parquet files (written before it is put in place) too
    names = sorted(p.name for p in (work / "corpus" / "batch-000002").iterdir())
    parquet = ["passages.parquet", "removed.parquet"] if fmt != "jsonl" else []
    assert names == sorted(["passages.jsonl", "removed.jsonl", "report.json", "retired.jsonl", *parquet])


def test_a_first_run_killed_before_its_commit_is_rerun(tmp_path, dumps):
    # The first batch of a new state: its folder is in place, the state holds nothing yet.
    work = setup(tmp_path, dumps)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLEAN_CORPUS_TEST_PAUSE": "before-commit"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "a_first.txt", "--state", "state.db",
                             "--out", "corpus"], cwd=work, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.strip() == "PAUSE before-commit":
                break
        else:
            pytest.fail("the run never reached before-commit")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert (work / "corpus" / "batch-000001").is_dir()
    r = cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (work / "corpus" / "batch-000001").iterdir())
    assert names == ["passages.jsonl", "removed.jsonl", "report.json", "retired.jsonl"]
    (tmp_path / "alone").mkdir()
    alone = setup(tmp_path / "alone", dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=alone).returncode == 0
    assert export(work) == export(alone)
    # a batch folder without the mark is still refused by a state that did not write it
    assert cli("run", "b_second.txt", "--state", "other.db", "--out", "corpus", cwd=work).returncode == 2


def test_a_parquet_batch_folder_keeps_its_json_lines_files(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    r = cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "--format", "parquet", cwd=work)
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (work / "corpus" / "batch-000001").iterdir())
    assert names == ["passages.jsonl", "passages.parquet", "removed.jsonl", "removed.parquet", "report.json",
                     "retired.jsonl"]
    assert cli("explain", "corpus/batch-000001", "a_first.txt:1", cwd=work).returncode == 0


def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path, dumps):
    import sqlite3

    work = setup(tmp_path, dumps)
    db = sqlite3.connect(work / "app.db")
    db.execute("CREATE TABLE users (name TEXT)")
    db.execute("INSERT INTO users VALUES ('ada')")
    db.commit()
    db.close()
    before = (work / "app.db").read_bytes()
    for args in (["run", "a_first.txt", "--state", "app.db", "--out", "corpus"], ["show", "--state", "app.db"],
                 ["export", "--state", "app.db", "--out", "x.jsonl"]):
        r = cli(*args, cwd=work)
        assert r.returncode == 2 and "Traceback" not in r.stderr, (args, r.stderr)
        assert (work / "app.db").read_bytes() == before, args
    assert "database of another kind (tables: users)" in cli(
        "run", "a_first.txt", "--state", "app.db", "--out", "corpus", cwd=work).stderr
    assert not (work / "app.db-wal").exists() and not (work / "corpus").exists()


def test_a_mistyped_state_is_refused_and_deletes_nothing(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    before = sorted(p.name for p in (work / "corpus" / "batch-000001").iterdir())
    typo = cli("run", "b_second.txt", "--state", "stat.db", "--out", "corpus", cwd=work)
    assert typo.returncode == 2
    assert "belongs to the state" in typo.stderr and "stat.db" in typo.stderr and "Traceback" not in typo.stderr
    assert not (work / "stat.db").exists()  # refused before it was made: no empty file to take for a state
    assert sorted(p.name for p in (work / "corpus" / "batch-000001").iterdir()) == before
    assert [p.name for p in (work / "corpus").iterdir() if p.is_dir()] == ["batch-000001"]
    # a folder written before folders named their state: its batches must be the state's own
    (work / "corpus" / ".state").unlink()
    stranger = cli("run", "b_second.txt", "--state", "other.db", "--out", "corpus", cwd=work)
    assert stranger.returncode == 2 and "did not write" in stranger.stderr
    assert cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0


@pytest.mark.parametrize("loss", ["emptied", "deleted", "older copy", "copy one batch old"])
def test_a_lost_state_deletes_no_batch(tmp_path, dumps, loss):
    # A state file emptied, deleted or put back from an older copy must not take the
    # batches it does not know for an interrupted run's leftovers, not even the one named
    # for its next batch: an interrupted run's folder carries the uncommitted mark.
    work = setup(tmp_path, dumps)
    older = None
    for dump in ("a_first.txt", "b_second.txt"):
        older = (work / "state.db").read_bytes() if older is None and (work / "state.db").exists() else older
        assert cli("run", dump, "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    (work / "z_more.txt").write_text("Ice packs wrapped in a towel ease swelling in the first two days.\n")
    last_but_one = (work / "state.db").read_bytes()
    assert cli("run", "z_more.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    for name in ("state.db-wal", "state.db-shm"):
        (work / name).unlink(missing_ok=True)
    before = {p.name: sorted(q.name for q in p.iterdir()) for p in (work / "corpus").iterdir() if p.is_dir()}
    if loss == "emptied":
        (work / "state.db").write_bytes(b"")
    elif loss == "deleted":
        (work / "state.db").unlink()
    else:
        (work / "state.db").write_bytes(older if loss == "older copy" else last_but_one)
    (work / "c_third.txt").write_text("Triptans can help stop a migraine if taken at the start of an attack.\n")
    r = cli("run", "c_third.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 2 and "did not write" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert {p.name: sorted(q.name for q in p.iterdir()) for p in (work / "corpus").iterdir() if p.is_dir()} == before


def test_another_programs_database_is_not_taken_for_a_state(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    with sqlite3.connect(work / "app.db") as db:
        db.execute("CREATE TABLE meta (k, v)")
    for args in (("run", "a_first.txt", "--state", "app.db", "--out", "corpus"),
                 ("show", "abc", "--state", "app.db"), ("export", "--state", "app.db", "--out", "x.jsonl")):
        r = cli(*args, cwd=work)
        assert r.returncode == 2 and "app.db" in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
    with sqlite3.connect(work / "app.db") as db:
        assert [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["meta"]
    assert not (work / "corpus").exists() or not any((work / "corpus").glob("batch-*"))


def test_a_read_only_state_is_refused_with_a_message(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work).returncode == 0
    for name in ("state.db-wal", "state.db-shm"):
        (work / name).unlink(missing_ok=True)
    (work / "state.db").chmod(0o444)
    before = (work / "state.db").read_bytes()
    res = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert res.returncode == 2
    assert "state.db" in res.stderr and "read-only" in res.stderr and "Traceback" not in res.stderr
    assert (work / "state.db").read_bytes() == before
    assert [p.name for p in (work / "corpus").iterdir() if p.is_dir()] == ["batch-000001"]


def test_show_and_export_name_a_bad_state_in_one_line(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    (work / "garbage.db").write_text("not a database\n")
    (work / "empty.db").write_bytes(b"")
    for args in (("show", "0000000000000000", "--state", "garbage.db"), ("export", "--state", "garbage.db", "--out", "x"),
                 ("export", "--state", "empty.db", "--out", "y.jsonl")):
        r = cli(*args, cwd=work)
        assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1, (args, r.stderr)
    assert "holds no corpus yet" in r.stderr  # the empty file: as a first run's state before its commit
    before = (work / "state.db").read_bytes()
    r = cli("export", "--state", "state.db", "--out", "state.db", cwd=work)
    assert r.returncode == 2 and "is the state file itself" in r.stderr
    assert (work / "state.db").read_bytes() == before  # not overwritten by its own export
    (work / "file").write_text("x")
    r = cli("export", "--state", "state.db", "--out", "file/inside.jsonl", cwd=work)
    assert r.returncode == 4 and r.stderr.startswith("clean-corpus: cannot write file/inside.jsonl")


def test_a_dump_rewritten_in_place_is_named_when_processed_again(tmp_path):
    (tmp_path / "x.txt").write_text("Hip flexor stretches can relieve pain when done daily for weeks.\n",
                                    encoding="utf-8")
    assert cli("run", "x.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path).returncode == 0
    with open(tmp_path / "x.txt", "a", encoding="utf-8") as fh:
        fh.write("\nA paragraph appended later about the psoas muscle and stretching it gently.\n")
    r = cli("run", "x.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path)
    assert r.returncode == 0 and "x.txt was processed in batch-000001 with other content" in r.stdout


def test_a_line_lengthened_in_place_supersedes_its_stored_version_at_the_same_place(tmp_path):
    """The dump rewritten with its first line made longer: the stored passage of the old line
    is reopened (its complete version came) and its paragraph sits at the same file and line
    as the new one. Each is accounted once: the old one a copy of the new passage, the new
    one its canonical text, every other line of the file an exact copy of batch 1's."""
    first = ("Tight hamstrings are a common cause of lower back pain, and if you sit at a desk all day you are "
             "at risk for both. Sit on your mat with your legs straight, your feet together and flexed, and your "
             "torso upright. Take a deep breath in, sit up as tall as you can, then fold forward, walking your "
             "hands down the sides of your legs as far as you can without rounding your back. Breathe slowly "
             "and stay there for a few breaths, then walk your hands back up to raise your torso.")
    rest = [f"Paragraph {n} about hip mobility explains one more stretch for runners and how to do it safely."
            for n in range(1, 4)]
    (tmp_path / "x.txt").write_text("\n".join([first, *rest]) + "\n", encoding="utf-8")
    assert cli("run", "x.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path).returncode == 0
    (tmp_path / "x.txt").write_text("\n".join([first + " Hold each stretch for thirty seconds.", *rest]) + "\n",
                                    encoding="utf-8")
    r = cli("run", "x.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    batch = tmp_path / "corpus" / "batch-000002"
    passages = [json.loads(line) for line in (batch / "passages.jsonl").read_text().splitlines()]
    removed = [json.loads(line) for line in (batch / "removed.jsonl").read_text().splitlines()]
    assert [p["text"] for p in passages] == [first + " Hold each stretch for thirty seconds."]
    assert [(o["line"], o["match"]) for o in passages[0]["occurrences"]] == [(1, "canonical"), (1, "truncated")]
    assert sorted(r["source"]["line"] for r in removed) == [2, 3, 4] and {r["reason"] for r in removed} == {"duplicate"}
    retired = json.loads((batch / "retired.jsonl").read_text())
    assert retired["reason"] == "superseded" and retired["replaced_by"] == [passages[0]["id"]]


def test_a_dump_whose_name_is_not_utf8_is_processed_and_then_known(tmp_path, dumps):
    """A file name that is not valid UTF-8 (its bytes kept as surrogates) goes into the state as
    ``\\xNN`` text: the batch is processed, and the next run knows the dump by that name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes((dumps / "a_first.txt").read_bytes())
    (folder / "good.txt").write_bytes((dumps / "b_second.txt").read_bytes())
    r = cli("run", "in", "--state", "state.db", "--out", "corpus", "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    plain = cli("run", "in", "--out", "plain", "-q", cwd=tmp_path)
    assert plain.returncode == 0 and export(tmp_path) == (tmp_path / "plain" / "passages.jsonl").read_bytes()
    r = cli("run", "in", "--state", "state.db", "--out", "corpus", cwd=tmp_path)
    assert r.returncode == 0 and "already processed: in/caf\\xe9.txt" in r.stdout, r.stdout + r.stderr


def test_a_state_path_that_is_not_utf8_is_refused_in_one_line(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    r = cli("run", "a_first.txt", "--state", os.fsdecode(b"st\xe9.db"), "--out", "corpus", cwd=work)
    assert r.returncode == 2 and "not valid UTF-8" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_an_unreadable_dump_is_skipped_and_the_others_processed(tmp_path, dumps, monkeypatch):
    """A dump the run cannot read (no permission) is a problem of that dump, as in a run
    without a state: the others make the batch."""
    from pipeline import api
    from pipeline.executors import incremental

    work = setup(tmp_path, dumps)
    real = incremental.file_sha256

    def refuse(path, *limit):
        if path.endswith("a_first.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real(path, *limit)

    monkeypatch.setattr(incremental, "file_sha256", refuse)
    result = api.process_batch([str(work / "a_first.txt"), str(work / "b_second.txt")], state=work / "state.db",
                               out_dir=work / "corpus")
    assert [(p.kind, p.message) for p in result.problems] == [("unreadable", "Permission denied")]
    assert result.report["files"]["paths"] == [str(work / "b_second.txt")]


def test_export_writes_through_a_link_and_refuses_a_pipe(tmp_path, dumps):
    """The export is written beside its target and renamed into place: a link would be
    replaced by a file (the file it names left old), and so would a pipe or a device."""
    import stat

    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    expected = export(work)
    (work / "exports").mkdir()
    assert export(work, "exports") == expected  # a folder gets passages.jsonl inside
    (work / "real.jsonl").write_text("old\n")
    (work / "link.jsonl").symlink_to("real.jsonl")
    assert export(work, "link.jsonl") == expected
    assert (work / "link.jsonl").is_symlink() and (work / "real.jsonl").read_bytes() == expected
    os.mkfifo(work / "pipe")
    r = cli("export", "--state", "state.db", "--out", "pipe", cwd=work)
    assert r.returncode == 4 and "not a regular file" in r.stderr
    assert stat.S_ISFIFO((work / "pipe").lstat().st_mode)
    # nor is a batch folder's own passages.jsonl overwritten with the whole corpus
    batch = work / "corpus" / "batch-000001"
    before = (batch / "passages.jsonl").read_bytes()
    for target in (batch, batch / "passages.jsonl"):
        r = cli("export", "--state", "state.db", "--out", str(target), cwd=work)
        assert r.returncode == 2 and "output folder" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert (batch / "passages.jsonl").read_bytes() == before


def test_quiet_leaves_out_the_dumps_known_already(tmp_path, dumps):
    """A nightly job over a drop folder where dumps stay: with --quiet, the dumps processed on
    earlier nights are not listed again, every night."""
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    (work / "copy.txt").write_bytes((work / "a_first.txt").read_bytes())
    r = cli("run", "a_first.txt", "copy.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work)
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""
    r = cli("run", "a_first.txt", "copy.txt", "--state", "state.db", "--out", "corpus", cwd=work)
    assert "already processed: a_first.txt" in r.stdout and "same content as a_first.txt" in r.stdout


def test_a_gzipped_copy_of_a_processed_dump_is_the_same_dump(tmp_path, dumps):
    """A dump is known by its content: gzipped, it is not processed again (its lines would
    count as copies of themselves, and as seen in one more dump)."""
    import gzip

    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    (work / "a_first.txt.gz").write_bytes(gzip.compress((work / "a_first.txt").read_bytes(), mtime=0))
    r = cli("run", "a_first.txt.gz", "--state", "state.db", "--out", "corpus", cwd=work)
    assert r.returncode == 0 and "same content as a_first.txt" in r.stdout, r.stdout + r.stderr
    assert [p.name for p in (work / "corpus").iterdir() if p.is_dir()] == ["batch-000001"]


def test_export_and_show_only_read_the_state(tmp_path, dumps):
    """They open it read-only (a state on a read-only mount is read as it stands): the file is
    unchanged and nothing is created beside it."""
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    before, files = (work / "state.db").read_bytes(), sorted(p.name for p in work.iterdir())
    first = json.loads(export(work, "corpus/export.jsonl").splitlines()[0])
    assert cli("show", first["id"], "--state", "state.db", cwd=work).returncode == 0
    assert (work / "state.db").read_bytes() == before and sorted(p.name for p in work.iterdir()) == files


def test_a_run_that_could_read_nothing_leaves_the_corpus_folder_unclaimed(tmp_path, dumps):
    """Exit 1 writes nothing: not even the marker that ties the corpus folder to the state,
    which would refuse the next run's (right) state."""
    work = setup(tmp_path, dumps)
    (work / "bin.txt").write_bytes(b"a\0b\n")
    assert cli("run", "bin.txt", "--state", "wrong.db", "--out", "corpus", cwd=work).returncode == 1
    assert not (work / "corpus" / ".state").exists()
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0


def test_a_gzip_that_holds_more_than_ingest_reads_is_known_by_its_bytes(tmp_path):
    """Hashing its content would mean decompressing all of a small file that holds gigabytes
    (ingest refuses it past max_file_mb): past that size, the bytes' hash stands for both."""
    import gzip
    import hashlib

    from pipeline.executors.incremental import file_sha256

    packed = gzip.compress(b"\0" * (8 << 20), mtime=0)
    (tmp_path / "bomb.gz").write_bytes(packed)
    size, content, of_bytes = file_sha256(str(tmp_path / "bomb.gz"), 1 << 20)
    assert (size, content, of_bytes) == (len(packed), hashlib.sha256(packed).hexdigest(), of_bytes)
    assert file_sha256(str(tmp_path / "bomb.gz"))[1] == hashlib.sha256(b"\0" * (8 << 20)).hexdigest()


def test_state_and_corpus_moved_together_or_the_corpus_renamed_go_on(tmp_path, dumps):
    # The corpus folder names its state by both paths, absolute and relative: a project
    # folder moved whole, or a corpus folder renamed, is still the state's.
    (tmp_path / "project").mkdir()
    work = setup(tmp_path / "project", dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    moved = tmp_path / "moved"
    work.rename(moved)
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=moved)
    assert r.returncode == 0, r.stderr
    (moved / "corpus").rename(moved / "batches")
    (moved / "c.txt").write_text("Triptans can help stop a migraine if taken at the start of an attack.\n")
    r = cli("run", "c.txt", "--state", "state.db", "--out", "batches", "-q", cwd=moved)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (moved / "batches").iterdir() if p.is_dir()) == [
        "batch-000001", "batch-000002", "batch-000003"]


def test_a_mistyped_out_does_not_start_a_second_corpus(tmp_path, dumps):
    work = setup(tmp_path, dumps)
    assert cli("run", "a_first.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0
    r = cli("run", "b_second.txt", "--state", "state.db", "--out", "corpsu", "-q", cwd=work)
    assert r.returncode == 2 and "writes its batches into" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (work / "corpsu").exists()
    assert cli("run", "b_second.txt", "--state", "state.db", "--out", "corpus", "-q", cwd=work).returncode == 0


def test_a_damaged_corpus_marker_is_a_stranger_named_in_one_line(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / ".state").write_bytes(b"abc\x00def\n")
    (tmp_path / "a.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    r = cli("run", "a.txt", "--state", "s.db", "--out", "corpus", cwd=tmp_path)
    assert r.returncode == 2 and "belongs to the state" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "s.db").exists()
