import copy
import json
import re

import pytest

import pipeline


def test_clean_corpus_on_in_memory_texts_returns_passages_and_frames():
    texts = {
        "b.txt": "Knee pain often follows a sudden twist.\n\nAdvertisement\n",
        "a.txt": "Knee pain often follows a sudden twist.\n×\n",
    }
    result = pipeline.clean_corpus(texts=texts)
    (passage,) = result.passages
    assert passage.source.path == "a.txt"
    assert [o.source.path for o in passage.occurrences] == ["a.txt", "b.txt"]
    frame = result.passages_frame()
    assert list(frame["n_occurrences"]) == [2]
    removed = result.removed_frame()
    assert sorted(removed["reason"]) == ["boilerplate", "boilerplate", "duplicate"]


def test_stages_can_be_called_one_by_one():
    config = pipeline.load_config()
    ingested = pipeline.ingest_text("d.txt", "Hip pain.[2]\nHip pain.\n", config)
    paragraphs = pipeline.normalise(ingested.paragraphs, config)
    verdicts = pipeline.classify(paragraphs, config)
    kept = [v.paragraph for v in verdicts if not v.is_boilerplate]
    dedup = pipeline.deduplicate(kept, config)
    assert [p.text for p in dedup.passages] == ["Hip pain."] and dedup.counts["exact"] == 1


def test_stages_hold_no_state_between_calls():
    config = pipeline.load_config()
    ps = pipeline.normalise(pipeline.ingest_text("d.txt", "A long paragraph about hip pain and rest.\n",
                                                 config).paragraphs, config)
    first = pipeline.deduplicate(ps, config)
    second = pipeline.deduplicate(ps, config)
    assert first.passages == second.passages and second.removed == []


def test_a_partial_config_dict_is_merged_over_the_default():
    text = "Hip pain after running is common in adults.\nHip pain after running is common in adults!\n"
    result = pipeline.clean_corpus(texts={"a.txt": text}, config={"dedup": {"threshold": 0.6}})
    assert result.report["config"]["dedup"]["threshold"] == 0.6
    assert result.report["config"]["pipeline"] == pipeline.load_config()["pipeline"]


@pytest.mark.parametrize("engine, message", [
    ({"workers": "two"}, "engine.workers must be a whole number, at least 0, not 'two'"),
    ({"chunk_size": 0}, "engine.chunk_size must be a whole number, at least 1, not 0"),
    ([2], "engine must be a table of settings, not list"),
])
def test_engine_settings_a_caller_gives_are_checked_as_a_config_files_are(engine, message, tmp_path):
    """A library caller's engine mapping is held to the [engine] table's ranges: a ConfigError
    naming the setting, not int()'s own ValueError from deep inside the executor."""
    for run in (pipeline.clean_corpus, pipeline.write_corpus):
        kwargs = {"out_dir": tmp_path / "out"} if run is pipeline.write_corpus else {}
        with pytest.raises(pipeline.ConfigError, match=re.escape(message)):
            run(texts={"a.txt": "Knee pain is common in runners.\n"}, engine=engine, **kwargs)
    assert not (tmp_path / "out").exists()  # refused before anything was written
    with pytest.raises(pipeline.ConfigError, match=re.escape(message)):
        pipeline.process_batch([str(tmp_path)], state=tmp_path / "state.sqlite", out_dir=tmp_path / "corpus",
                               engine=engine)
    assert not (tmp_path / "state.sqlite").exists() and not (tmp_path / "corpus").exists()


@pytest.mark.parametrize("texts", [{"a.txt": 123}, {"a.txt": b"bytes"}, "a dump", ["a dump"]])
def test_texts_that_are_not_name_to_text_are_refused_by_what_they_are(texts):
    with pytest.raises(TypeError, match="texts"):
        pipeline.clean_corpus(texts=texts)


def test_input_paths_may_be_bytes_or_path_like_and_anything_else_is_refused(tmp_path, config):
    (tmp_path / "a.txt").write_text("Hip pain is common in older runners.\n", encoding="utf-8")

    class Located:  # an os.PathLike that is not a pathlib.Path
        def __fspath__(self) -> str:
            return str(tmp_path / "a.txt")

    for given in (bytes(tmp_path / "a.txt"), [bytes(tmp_path)], Located(), (tmp_path / "a.txt",)):
        result = pipeline.clean_corpus(given, config=config)
        assert [p.text for p in result.passages] == ["Hip pain is common in older runners."], given
        assert not result.problems
    for given in (3, [open]):
        with pytest.raises(TypeError, match="inputs must be paths"):
            pipeline.clean_corpus(given, config=config)


def test_texts_are_read_as_their_names_say_like_files(tmp_path, config):
    page = ("<html><body><nav>Home | A-Z</nav><main><h1>Shingles</h1><p>Shingles is an infection that causes a "
            "painful rash, usually on one side of the body.</p></main></body></html>")
    record = json.dumps({"url": "https://h.example/s", "html": page})
    for name, text in (("page.html", page), ("pages.jsonl", record + "\n")):
        (tmp_path / name).write_text(text)
        from_file = [p.text for p in pipeline.clean_corpus([str(tmp_path / name)], config=config).passages]
        in_memory = [p.text for p in pipeline.clean_corpus(texts={name: text}, config=config).passages]
        assert in_memory == from_file and "<" not in "".join(in_memory), name
    # any other name is a dump, markup and all: one line, one paragraph
    fragment = page.removeprefix("<html><body>").removesuffix("</body></html>")
    result = pipeline.clean_corpus(texts={"notes": fragment}, config=config)
    assert [r.source.line for r in [*result.passages, *result.removed]] == [1]
    # ... unless it holds a whole HTML document, which is read as the page it is, and says so
    result = pipeline.clean_corpus(texts={"notes": page}, config=config)
    assert [p.text for p in result.passages] == from_file and [p.kind for p in result.problems] == ["read-as-html"]


def test_frames_carry_page_provenance_and_refuse_a_run_that_wrote_to_files(tmp_path, config):
    page = "<html><body><main><p>Shingles causes a painful rash on one side of the body.</p></main></body></html>"
    result = pipeline.clean_corpus(texts={"p.html": page}, config=config)
    frame = result.passages_frame()
    assert list(frame["element"]) == [1] and list(frame["url"]) == [None]
    written = pipeline.write_corpus(texts={"p.html": page}, out_dir=tmp_path / "out", config=config)
    with pytest.raises(ValueError, match="wrote its passages to"):
        written.passages_frame()


def test_a_filter_built_in_python_is_named_by_its_class_in_the_audit(config):
    from pipeline.steps import Filter, build_steps

    class NoMigraine(Filter):
        category = "topic"

        def drop(self, text, batch, i):
            return "migraine" if "Migraine" in text else None

    text = "Migraine is a headache felt as a throbbing pain on one side of the head.\n"
    result = pipeline.clean_corpus(texts={"a.txt": text}, config=config, steps=[*build_steps(config), NoMigraine(config)])
    assert [(r.reason, r.rule, r.category) for r in result.removed] == [("filtered", "NoMigraine", "topic")]


def _steps_given(config, kind):
    from pipeline.steps import Filter, Step, build_steps

    class Nothing(Filter):
        def drop(self, text, batch, i):
            return None

    class Impostor(Step):
        name = "boilerplate"

        def run(self, batch):
            return batch

    built = build_steps(config)
    return {"impostor": [built[0], Impostor(config), built[2]],
            "empty": [], "names": ["normalise", "boilerplate", "exact-key"], "one": built[0],
            "no-boilerplate": [built[0], built[2]], "filter-first": [Nothing(config), *built],
            "reversed": built[::-1], "none-inside": [*built, None]}[kind]


@pytest.mark.parametrize("kind, message", [
    ("empty", "must include 'normalise'"), ("names", "steps[0] is str 'normalise', not a pipeline.steps.Step (a step's"),
    ("one", "steps must be a list of pipeline.steps.Step objects, not Normalise"),
    ("no-boilerplate", "must include 'boilerplate'"), ("filter-first", "is a Filter: it goes after the 'boilerplate'"),
    ("reversed", "must put 'normalise' before"), ("none-inside", "steps[3] is NoneType None"),
    ("impostor", "step 'boilerplate' is Impostor, not JudgeBoilerplate"),
])
@pytest.mark.parametrize("run", ["clean_corpus", "write_corpus", "process_batch"])
def test_a_step_list_the_run_cannot_use_is_refused_before_anything_runs(config, tmp_path, kind, message, run):
    from pipeline.steps import StepError

    dump = tmp_path / "a.txt"
    dump.write_text("Rest the knee for two days.\n", encoding="utf-8")
    args = {"clean_corpus": {}, "write_corpus": {"out_dir": tmp_path / "out"},
            "process_batch": {"out_dir": tmp_path / "corpus", "state": tmp_path / "state.sqlite"}}[run]
    with pytest.raises(StepError, match=re.escape(message)):
        getattr(pipeline, run)([dump], config=config, steps=_steps_given(config, kind), **args)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "nothing is written"


def test_steps_may_be_any_iterable_of_steps(config):
    from pipeline.steps import build_steps

    result = pipeline.clean_corpus(texts={"a.txt": "Rest the knee for two days.\n"}, config=config,
                                   steps=(step for step in build_steps(config)))
    assert [p.text for p in result.passages] == ["Rest the knee for two days."]


def test_the_report_names_the_steps_that_ran(config):
    from pipeline.steps import Filter, build_steps

    class DropNothing(Filter):
        def drop(self, text, batch, i):
            return None

    texts = {"a.txt": "Rest the knee for two days.\n"}
    plain = pipeline.clean_corpus(texts=texts, config=config).report
    same = pipeline.clean_corpus(texts=texts, config=config, steps=build_steps(config)).report
    other = pipeline.clean_corpus(texts=texts, config=config, steps=[*build_steps(config), DropNothing(config)]).report
    assert same["config_hash"] == plain["config_hash"]
    assert other["config_hash"] != plain["config_hash"]
    assert other["config"]["pipeline"]["steps"][-1] == "DropNothing"


@pytest.mark.parametrize("name", ["d.txt", "r.jsonl"])
def test_a_text_read_with_its_byte_order_mark_reads_like_the_file(tmp_path, name):
    """open().read() keeps a UTF-8 byte-order mark, which reading the file drops: the same
    records, offsets and problems either way."""
    body = "Hip pain is common in runners and often settles with rest and ice.\n"
    if name.endswith(".jsonl"):
        body = json.dumps({"url": "https://h.example/h", "text": body.strip()}) + "\n"
    (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + body.encode())
    from_file = pipeline.clean_corpus([str(tmp_path / name)])
    in_memory = pipeline.clean_corpus(texts={str(tmp_path / name): "\ufeff" + body})
    assert not in_memory.problems and len(in_memory.passages) == 1
    assert [p.to_dict() for p in in_memory.passages] == [p.to_dict() for p in from_file.passages]


def test_a_lone_surrogate_in_an_in_memory_dump_becomes_a_replacement_character():
    """A str may hold half a surrogate pair (from a JSON escape, or surrogateescape): no
    UTF-8 output can hold it, so it is read as U+FFFD, as in records and pages, and the
    passages table and files are written."""
    import pipeline

    result = pipeline.clean_corpus(texts={"q.txt": "Knee \udc80 pain after running usually eases with a week of rest.\n"})
    assert [p.text for p in result.passages] == ["Knee \ufffd pain after running usually eases with a week of rest."]
    assert result.passages_frame()["text"].tolist() == [result.passages[0].text]


def test_a_run_that_reads_nothing_leaves_the_files_of_an_earlier_run(tmp_path, config):
    # A mistyped path is a problem in the result, not a reason to empty the last corpus.
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    for run in (pipeline.clean_corpus, pipeline.write_corpus):
        out = tmp_path / run.__name__
        assert run([tmp_path / "d.txt"], out_dir=out, config=config).out_dir == str(out)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        result = run([tmp_path / "typo.txt"], out_dir=out, config=config)
        assert result.out_dir is None and [p.kind for p in result.problems] == ["missing"]
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_output_format_that_is_none_of_the_three_is_refused(tmp_path, config):
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    with pytest.raises(ValueError, match="jsonl, parquet, both"):
        pipeline.process_batch(tmp_path / "d.txt", state=tmp_path / "s.db", out_dir=tmp_path / "c", config=config,
                               output_format="JSONL")
    assert not (tmp_path / "c").exists()


@pytest.mark.parametrize("table, key, value", [("boilerplate", "threshold", float("nan")),
                                               ("dedup", "num_perm", "many"), ("ingest", "max_paragraph_chars", 0)])
def test_a_whole_config_dict_changed_after_loading_is_checked_again(config, table, key, value):
    changed = copy.deepcopy(config)
    changed[table][key] = value
    with pytest.raises(pipeline.ConfigError, match=f"{table}.{key}"):
        pipeline.clean_corpus(texts={"a.txt": "Rest and ice help a sprained ankle heal within a few weeks."},
                              config=changed)


def test_a_dict_of_every_table_but_not_every_key_is_named_not_a_traceback():
    with pytest.raises(pipeline.ConfigError, match="missing key"):
        pipeline.clean_corpus(texts={"a.txt": "Rest and ice help."},
                              config={table: {} for table in pipeline.config.REQUIRED_TABLES})
