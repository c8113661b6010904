"""The HTML bench's reading of a run: a page's kept text is what the run attributes to it."""
from bench.html_realweb import page_scores, pipeline_texts
from pipeline import load_config

ADVICE = ("Rest the knee for a few days and put ice on it for twenty minutes at a time, "
          "then start gentle strengthening exercises as the swelling goes down.")
OTHER = ("Most people with a sprained ankle can walk again within a week or two, and a brace "
         "helps when the joint still feels unstable on uneven ground.")


def _page(*paragraphs: str) -> str:
    return "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"


def test_a_passage_counts_once_on_each_page_that_holds_it(tmp_path):
    (tmp_path / "0001.html").write_text(_page(ADVICE, OTHER, ADVICE), encoding="utf-8")
    (tmp_path / "0002.html").write_text(_page(ADVICE), encoding="utf-8")
    kept, seconds = pipeline_texts(tmp_path, load_config())
    assert kept["0001"].split("\n") == [ADVICE, OTHER]  # its second copy is not its text twice
    assert kept["0002"] == ADVICE  # a copy of a passage first seen on another page is its text
    assert seconds > 0


def test_page_scores_are_word_precision_recall_and_snippet_rates():
    truth = {"main_content": "Rest the knee. Ice it.", "with": ["Rest the knee"], "without": ["Subscribe now"]}
    s = page_scores("Rest the knee. Subscribe now", truth)
    assert (s["precision"], s["recall"], s["with"], s["without"]) == (0.6, 0.6, 1.0, 1.0)
    assert page_scores("", truth)["empty"] and page_scores("", {"main_content": ""})["f1"] == 1.0


def test_a_folder_without_the_pack_is_named_not_scored_as_no_pages(tmp_path):
    import pytest

    from bench.html_realweb import main

    with pytest.raises(SystemExit) as stopped:
        main(["--realweb", str(tmp_path), "--json", str(tmp_path / "out.json")])
    assert str(tmp_path) in str(stopped.value.code) and not (tmp_path / "out.json").exists()
