"""Scraper styles written from the realweb HTML (training.styles): what each cuts a page into."""
from training.styles import _body, headed_lines, text_node_lines

PAGE = (b"<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/c'>Contact</a></li></ul></nav>"
        b"<script>var x = 1;</script><h1>Knee pain</h1><p>Rest the knee<br>and see <a href='/d'>a doctor</a> "
        b"if it swells.</p><ul><li><p>Ice it.</p></li></ul><footer>&copy; 2026 Clinic</footer></body></html>")


def test_headed_lines_are_paragraphs_headings_and_innermost_list_items():
    assert headed_lines(_body(PAGE)) == ["Home", "Contact", "Knee pain", "Rest the knee and see a doctor if it swells.",
                                         "Ice it."]


def test_text_nodes_split_a_sentence_at_its_link_and_drop_scripts():
    assert text_node_lines(_body(PAGE)) == ["Home", "Contact", "Knee pain", "Rest the knee", "and see", "a doctor",
                                            "if it swells.", "Ice it.", "© 2026 Clinic"]


FAKE_LABELLER = '''
import argparse, json, pathlib
ap = argparse.ArgumentParser(); ap.add_argument("--set"); ap.add_argument("--truth-dir")
a = ap.parse_args(); folder = pathlib.Path(a.set)
rows = [json.loads(line) for line in (folder / "lines.jsonl").read_text().splitlines()]
with open(folder / "gold.jsonl", "w") as fh:
    for r in rows:
        text = (folder / r["file"]).read_text().split("\\n")[r["line"] - 1]
        main = json.loads((pathlib.Path(a.truth_dir) / (r["page"] + ".json")).read_text())["main_content"]
        fh.write(json.dumps({**r, "label": "content" if text in main else "boilerplate"}) + "\\n")
'''


def test_style_pages_come_back_in_page_order_with_the_labellers_labels(tmp_path):
    import gzip
    import json

    from training.styles import style_pages

    pack = tmp_path / "realweb"
    for d in ("truth", "pages", "tools"):
        (pack / d).mkdir(parents=True)
    (pack / "tools" / "label.py").write_text(FAKE_LABELLER)
    truths = {"0001": ("https://www.example.org/knee", "Knee pain\nRest the knee and see a doctor if it swells."),
              "0002": ("https://clinic.example.net/a", "Ice it.")}
    for page, (url, main) in truths.items():
        (pack / "truth" / f"{page}.json").write_text(json.dumps({"id": page, "url": url, "main_content": main}))
        (pack / "pages" / f"{page}.html.gz").write_bytes(gzip.compress(PAGE))
    pages = style_pages(pack, "headed", tmp_path / "out")
    assert [(p.id, p.site) for p in pages] == [("0001", "example.org"), ("0002", "example.net")]
    assert pages[0].lines == headed_lines(_body(PAGE)) == pages[1].lines
    assert pages[0].labels == ["boilerplate", "boilerplate", "content", "content", "boilerplate"]
    assert pages[1].labels == ["boilerplate", "boilerplate", "boilerplate", "boilerplate", "content"]
