"""The two scraper styles the classifier is checked on without having been trained on them."""
from training.other_styles import _body, headed_lines, text_node_lines

PAGE = (b"<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/c'>Contact</a></li></ul></nav>"
        b"<script>var x = 1;</script><h1>Knee pain</h1><p>Rest the knee<br>and see <a href='/d'>a doctor</a> "
        b"if it swells.</p><ul><li><p>Ice it.</p></li></ul><footer>&copy; 2026 Clinic</footer></body></html>")


def test_headed_lines_are_paragraphs_headings_and_innermost_list_items():
    assert headed_lines(_body(PAGE)) == ["Home", "Contact", "Knee pain", "Rest the knee and see a doctor if it swells.",
                                         "Ice it."]


def test_text_nodes_split_a_sentence_at_its_link_and_drop_scripts():
    assert text_node_lines(_body(PAGE)) == ["Home", "Contact", "Knee pain", "Rest the knee", "and see", "a doctor",
                                            "if it swells.", "Ice it.", "© 2026 Clinic"]
