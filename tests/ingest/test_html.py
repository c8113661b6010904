import copy
import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import discover_inputs, extract_blocks, extract_page, html_page, html_paragraphs, ingest_file, ingest_html
from pipeline.ingest.html import is_footnote_marker, parse_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def texts(html: str, config: dict) -> list[str]:
    return [b.text for b in extract_blocks(html, config)[1]]


def test_every_kind_of_chrome_is_dropped_and_the_article_kept(config):
    kept = texts(page("chrome.html"), config)
    assert kept == [
        "Knee pain after running",
        "Runner’s knee is a dull ache around the kneecap that gets worse on stairs.",
        "Rest, ice and gentle strengthening exercises usually help within weeks.",
    ]
    # Each chrome block of the fixture carries a marker word; none may survive.
    joined = " ".join(kept)
    for marker in ("SCRIPT", "HEADER", "NAV", "COOKIE", "CONSENT", "BREADCRUMB", "SHARE", "TEMPLATE",
                   "NOSCRIPT", "FORM", "ASIDE", "SIDEBAR", "NEWSLETTER", "RELATED", "COMMENTS", "ADS",
                   "FOOTER", "Example Health"):
        assert marker not in joined


@pytest.mark.parametrize("markup", [
    '<div class="cookie-notice">x</div>', '<div id="cookieConsent">x</div>', '<div class="gdpr">x</div>',
    '<div class="newsletter">x</div>', '<ul class="social-share">x</ul>', '<section class="related">x</section>',
    '<div id="comments">x</div>', '<nav class="breadcrumb">x</nav>', '<div class="ad">x</div>',
    '<div class="ads-top">x</div>', '<div class="Sidebar">x</div>', "<aside>x</aside>", "<nav>x</nav>",
    "<footer>x</footer>", "<header>x</header>", '<form><input name="q">x</form>', "<script>x</script>", "<style>x</style>",
    "<noscript>x</noscript>", "<template>x</template>",
    '<div class="site-footer">x</div>', '<div id="navbar">x</div>', '<ul class="main-menu">x</ul>',
    '<div class="modal">x</div>',
])
def test_each_chrome_marker_alone(markup, config):
    assert texts(f"<body><p>Article text.</p>{markup}</body>", config) == ["Article text."]


@pytest.mark.parametrize("role", ["navigation", "banner", "contentinfo", "complementary", "dialog"])
def test_an_aria_landmark_role_is_chrome_like_its_tag(role, config):
    html = f'<body><div role="{role}"><p>Menu Home About</p></div><p>Article text.</p></body>'
    assert texts(html, config) == ["Article text."]
    _, _, dropped = extract_page(html, config)
    assert [d.rule for d in dropped] == [f"html-role:{role}"]


def test_a_landmark_role_on_the_article_or_its_wrapper_drops_nothing(config):
    assert texts('<div role="main"><p>Kept one.</p></div>', config) == ["Kept one."]
    # a wrapper that holds the <article>, whatever role it claims, is not chrome
    html = '<div role="complementary"><article><p>Kept two.</p></article></div>'
    assert texts(html, config) == ["Kept two."]


def test_keywords_match_whole_words_only(config):
    # "ad" must not catch "header-image" or "reading-time"; "heading" is not "head".
    html = '<div class="reading-time">Five minute read</div><div class="shadow">Body text.</div>'
    assert texts(html, config) == ["Five minute read", "Body text."]


@pytest.mark.parametrize("markup, rule", [
    ("<div class='announcement-bar'>Free delivery on orders over £20</div>", "html-class:announcement"),
    ("<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3><p>Napping: good or bad?</p></div>",
     "html-class:relatedposts"),
])
def test_an_announcement_bar_and_jetpacks_related_posts_are_chrome(markup, rule, config):
    html = f"<body>{markup}<article><p>Article text.</p></article></body>"
    assert texts(html, config) == ["Article text."]
    assert [d.rule for d in extract_page(html, config)[2]] == [rule]


@pytest.mark.parametrize("panel, rule", [
    ("<div class='message-signature'>Runner since 2009 | ACL repair 2021 | Brooks Ghost 15</div>",
     "html-class:signature"),
    ("<dl class='postprofile'><dt>KateH</dt><dd>Regular Member</dd><dd>Posts: 412</dd></dl>",
     "html-class:postprofile"),
    ("<div class='userinfo_noavatar'>KateH Junior Member Join Date: Jan 2022</div>", "html-class:userinfo"),
])
def test_a_forum_posts_signature_and_author_panel_are_chrome(panel, rule, config):
    post = "<p>Ice and rest for two weeks, then gentle cycling: the swelling went down.</p>"
    html = f"<body><div class='post-body'>{post}{panel}</div></body>"
    assert texts(html, config) == ["Ice and rest for two weeks, then gentle cycling: the swelling went down."]
    assert [d.rule for d in extract_page(html, config)[2]] == [rule]


@pytest.mark.parametrize("markup", ['<a class="btn btn-primary">Get started</a>',
                                    '<div class="cta-box"><a href="/s">Check price at Amazon</a></div>',
                                    '<span class="elementor-button-text">Become a member</span>'])
def test_a_short_control_styled_as_a_button_is_chrome(markup, config):
    html = f"<body><p>Article text.</p>{markup}</body>"
    assert texts(html, config) == ["Article text."]
    assert [d.rule for d in extract_page(html, config)[2]][0].startswith("html-control:")


def test_a_card_styled_as_a_button_is_judged_not_dropped(config):
    # more words than a label: a product or article card wrapped in a link may be content
    card = "Knee braces compared: which one helps after a sprain, and when to see a doctor"
    html = f'<body><p>Article text.</p><a class="card-btn">{card}</a></body>'
    assert texts(html, config) == ["Article text.", card]


@pytest.mark.parametrize("markup, rule", [
    ('<div class="author-bio"><p>Ann writes about running injuries.</p></div>', "html-class:author+bio"),
    ('<section id="about-author"><p>Ann writes about running injuries.</p></section>', "html-class:author+about"),
    ('<div class="authorDetails"><p>Ann writes about running injuries.</p></div>', "html-class:author+details"),
])
def test_an_author_box_is_chrome_by_its_pair_of_class_words(markup, rule, config):
    article = "<article><p>Rest, ice and gentle strengthening exercises usually help within weeks.</p></article>"
    html = f"<body>{article}{markup}</body>"
    assert texts(html, config) == ["Rest, ice and gentle strengthening exercises usually help within weeks."]
    assert [(d.rule, d.category) for d in extract_page(html, config)[2]] == [(rule, "bio")]


@pytest.mark.parametrize("markup, rule, category", [
    ('<div class="message-user">Kestrel_M Member 412 posts</div>', "html-class:message+user", "byline"),
    ('<div class="user-info">asked May 3 Pup 1,992 gold badges</div>', "html-class:user+info", "byline"),
    ('<div class="cAuthorPane">BlueHeron Peer Supporter</div>', "html-class:author+pane", "byline"),
])
def test_a_posts_user_panel_is_chrome_by_a_pair_within_one_class_name(markup, rule, category, config):
    html = f"<body><article><p>Article text.</p></article>{markup}</body>"
    assert texts(html, config) == ["Article text."]
    assert [(d.rule, d.category) for d in extract_page(html, config)[2]] == [(rule, category)]
    # the two words in two class names are no pair: Vanilla's post body is "Message userContent"
    body = '<div class="Message userContent"><p>My heart pounds at 3am most nights.</p></div>'
    assert texts(f"<body><p>Article text.</p>{body}</body>", config) == [
        "Article text.", "My heart pounds at 3am most nights."]


@pytest.mark.parametrize("markup", ['<p class="entry-author">By Ann Lee</p>',
                                    '<div class="linkflair-bio"><p>Why do cells divide?</p></div>'])
def test_one_word_of_a_pair_alone_is_not_chrome(markup, config):
    # a byline is left to the model; "bio" alone may name a biology section
    html = f"<body><p>Article text.</p>{markup}</body>"
    assert len(texts(html, config)) == 2


def test_chrome_word_pairs_can_be_emptied(config):
    config = copy.deepcopy(config)  # the fixture is shared by the whole session
    config["ingest"]["html"]["chrome_word_pairs"] = []
    assert len(texts('<body><p>Article text.</p><div class="author-bio">Ann writes.</div></body>', config)) == 2


def test_page_wrappers_are_not_dropped_for_their_class(config):
    html = ('<body class="has-sidebar comments-open"><div id="page" class="layout-sidebar">'
            '<article><p>Kept.</p></article></div></body>')
    assert texts(html, config) == ["Kept."]


def test_broken_markup_is_repaired(config):
    assert texts(page("broken.html"), config) == [
        "First paragraph with an unclosed bold tag.",
        "Second paragraph after an unclosed p",
        "Loose div text with a stray end tag",
        "One item",
        "Another item",
        "Last paragraph & an entity <3",
    ]


def test_deeply_nested_markup(config):
    paragraphs = html_paragraphs("nested.html", page("nested.html"), config)
    assert [p.raw for p in paragraphs] == ["Deeply nested paragraph about vitamin D.", "After the nest."]
    assert [p.source.line for p in paragraphs] == [2, 3]


def test_article_in_divs_not_p_tags(config):
    url, blocks = extract_blocks(page("divs.html"), config)
    assert url == "https://news.example.com/sleep-and-blood-pressure"  # og:url alone
    assert [b.text for b in blocks] == [
        "Short nights are linked to higher blood pressure in adults.",
        "Researchers followed 2,000 adults for ten years.",
        "Those sleeping under six hours had a higher risk.",
    ]


def test_text_after_the_closing_html_tag_is_read_with_its_lines(config):
    # Pages that close </html> early and go on (templates glued together) keep the rest:
    # the parser puts it in a second root, and both are read in order.
    html = "<html><body>\n<p>First part.</p>\n</body></html>\n<div>\n<p>Second part.</p>\n</div>"
    paragraphs = html_paragraphs("late.html", html, config)
    assert [(p.raw, p.source.line) for p in paragraphs] == [("First part.", 2), ("Second part.", 5)]


def test_a_lone_surrogate_does_not_cost_the_page_its_text(config):
    # json.loads makes one of a "\\ud800" escape; the parser cannot take it as it is
    assert texts(json.loads('"<p>Take \\ud800 with food.</p>"'), config) == ["Take \ufffd with food."]


def test_a_dropped_element_leaves_the_text_around_it(config):
    html = ('<p>Rest the knee <span class="sr-only">Share</span>for two days'
            '<script>track()</script> and ice the joint<sup>3</sup>.</p>')
    assert texts(html, config) == ["Rest the knee for two days and ice the joint."]


def test_words_inside_a_sentence_are_kept_whatever_one_class_word_says(config):
    html = ('<article><p>High levels of <a class="glossary-popup" href="/g">LDL cholesterol</a> raise the risk.'
            ' <a class="related-link" href="/r">Heart disease</a></p>'
            '<p>Oily fish can lower <span class="related-term">LDL</span>.</p>'
            '<p>Read the <a class="ad-link">blood test guide</a> first.</p></article>')
    assert texts(html, config) == ["High levels of LDL cholesterol raise the risk.",
                                   "Oily fish can lower LDL.", "Read the blood test guide first."]


def test_a_header_or_aside_kept_inside_an_article_is_a_paragraph_of_its_own(config):
    html = ('<article><header>Updated 3 May 2024</header>Asthma is a common lung condition.<aside>Key fact: one in '
            'twelve adults is treated for asthma.</aside>It often starts in childhood.</article>')
    assert texts(html, config) == ["Updated 3 May 2024", "Asthma is a common lung condition.",
                                   "Key fact: one in twelve adults is treated for asthma.", "It often starts in childhood."]
    # ...and a footnote marker after a dropped element is judged on the text before that element
    assert texts('<p>10<span class="share">x</span><sup>9</sup> cells</p>', config) == ["10⁹ cells"]


def test_canonical_wins_over_og_url(config):
    url, _ = extract_blocks(page("chrome.html"), config)
    assert url == "https://health.example.org/knee-pain-running"


def test_footnote_markers_dropped_exponents_kept_br_and_entities(config):
    assert texts(page("footnotes.html"), config) == [
        "Numbness in the hands is common in pregnancy and often resolves.",
        "A BMI over 30 kg/m² and a count of 10⁹ cells per litre are measured values.",
        "Line one line two line three",
        "Café \"quotes\" & more\u00a0text",
    ]


@pytest.mark.parametrize("gap", ["<br><br>", "<br/>\n<br/>", "<br> &nbsp; <br>", "<BR><BR><BR>"])
def test_two_line_breaks_in_a_row_end_a_paragraph(config, gap):
    """Pages without <p> separate paragraphs with blank lines; a disclaimer glued on so becomes
    a paragraph of its own, to be judged and audited alone, and each paragraph its own element."""
    html = (f"<td>Ice eases the swelling of a sprained ankle.<br>Use it for fifteen minutes at a time."
            f"{gap}Rest helps too, and so does raising the leg on a cushion."
            f"{gap}Disclaimer: this page is general information for readers, not a substitute for advice.</td>")
    assert texts(html, config) == [
        "Ice eases the swelling of a sprained ankle. Use it for fifteen minutes at a time.",
        "Rest helps too, and so does raising the leg on a cushion.",
        "Disclaimer: this page is general information for readers, not a substitute for advice."]
    paragraphs = html_paragraphs("p.html", f"<html><body>{html}</body></html>", config)
    assert [p.source.element for p in paragraphs] == [1, 2, 3]


def test_line_breaks_around_short_pieces_keep_the_block_whole(config):
    """A specification list or an address laid out with blank lines stays one paragraph: cut
    into pieces of a few words, the model would read each as a menu item."""
    specs = "<div>Capacity 64 GB<br><br>Speed DDR5 6400<br><br>Warranty: lifetime, parts and labour</div>"
    assert texts(specs, config) == ["Capacity 64 GB Speed DDR5 6400 Warranty: lifetime, parts and labour"]
    off = copy.deepcopy(config)
    off["ingest"]["html"]["break_min_words"] = 0
    long = "<div>" + "<br><br>".join(["Rest the knee and keep it raised on a pillow for the first two days."] * 2) + "</div>"
    assert len(texts(long, config)) == 2 and len(texts(long, off)) == 1


def test_nested_blocks_each_become_a_paragraph(config):
    html = "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><ul><li>Item <ul><li>Sub</li></ul></li></ul>"
    assert texts(html, config) == ["Quoted one.", "Quoted two.", "Item", "Sub"]
    assert texts("<table><tr><td>Dose</td><td>10 mg</td></tr></table>", config) == ["Dose; 10 mg"]  # a row, whole


def test_a_data_table_row_is_one_paragraph_a_layout_row_is_not_and_without_table_rows_cells_are(config):
    off = copy.deepcopy(config)
    off["ingest"]["html"]["table_rows"] = False
    table = ("<table>\n<tr><th>Nutrient</th><th>Amount</th></tr>\n<tr><td>Protein</td><td>14 <b>g</b></td></tr>\n"
             "<tr><td>Fibre</td><td></td><td>3 g<br>(daily)</td></tr>\n<tr><td>Iron only</td></tr>\n</table>")
    blocks = extract_blocks(table, config)[1]
    assert [(b.text, b.line) for b in blocks] == [("Nutrient; Amount", 2), ("Protein; 14 g", 3),
                                                   ("Fibre; ; 3 g (daily)", 4), ("Iron only", 5)]
    # cells holding blocks of their own (a layout table), or a table, stay apart
    layout = "<table><tr><td><ul><li>Home</li></ul></td><td><p>Rest the knee.</p> More</td></tr></table>"
    assert texts(layout, config) == ["Home", "Rest the knee.", "More"]
    nested = "<table><tr><td>Dose</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>"
    assert texts(nested, config) == ["Dose", "a; b"]
    # a row of many words is a layout's: an article written with <br> beside a menu cell
    article = "<br><br>".join(["Rest the knee and keep it raised on a pillow for the first two days."] * 8)
    layout = f"<table><tr><td><a>Home</a><br><a>Clinics</a></td><td>{article}</td></tr></table>"
    assert texts(layout, config)[0] == "Home Clinics" and len(texts(layout, config)) == 9
    # table_rows off: cell by cell
    assert texts(table, off) == ["Nutrient", "Amount", "Protein", "14 g", "Fibre", "3 g (daily)", "Iron only"]
    # a value wrapped in one paragraph, as shops write their attribute tables, is still a value;
    # two paragraphs in a cell are a layout's
    shop = "<table><tr><th>Pack size</th><td><p>30 film-coated <b>tablets</b></p></td></tr></table>"
    assert texts(shop, config) == ["Pack size; 30 film-coated tablets"]
    two = shop.replace("</p>", "</p><p>Keep out of reach of children.</p>")
    assert texts(two, config) == ["Pack size", "30 film-coated tablets", "Keep out of reach of children."]


def test_provenance_of_html_paragraphs(config):
    paragraphs = html_paragraphs("p.html", page("chrome.html"), config)
    first = paragraphs[1].source
    assert (first.path, first.line, first.start, first.end, first.element) == ("p.html", 20, -1, -1, 2)
    assert first.url == "https://health.example.org/knee-pain-running"
    assert first.record is None
    assert [p.source.element for p in paragraphs] == [1, 2, 3]
    assert first.to_dict() == {"path": "p.html", "line": 20, "start": -1, "end": -1,
                               "url": "https://health.example.org/knee-pain-running", "element": 2}


def test_a_relative_canonical_link_is_resolved_against_the_pages_absolute_url(config):
    head = ('<html><head><link rel="canonical" href="/conditions/knee-pain">'
            '<meta property="og:url" content="https://health.example.org/amp/knee"></head>')
    paragraphs = html_paragraphs("p.html", head + "<body><p>Rest the knee for two days.</p></body></html>", config)
    assert paragraphs[0].source.url == "https://health.example.org/conditions/knee-pain"


def test_page_without_text_is_a_problem(config):
    result = ingest_html("empty.html", "<html><body><nav>Menu</nav></body></html>", config)
    assert result.paragraphs == [] and [p.kind for p in result.problems] == ["empty"]


def test_html_files_are_discovered_and_read_gzipped(tmp_path, config):
    shutil.copy(FIXTURES / "divs.html", tmp_path / "a.htm")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page("divs.html").encode()))
    (tmp_path / "c.xml").write_text("<p>not read</p>")
    paths, problems = discover_inputs([str(tmp_path)], config)
    assert [Path(p).name for p in paths] == ["a.htm", "b.html.gz"]
    assert [(p.kind, p.message.split(":")[0]) for p in problems] == [("passed-over", "1 file of no known type (.xml 1)")]
    for path in paths:
        result = ingest_file(path, config)
        assert len(result.paragraphs) == 3 and result.files_read == [path]


def test_sup_marker_detection():
    root = parse_html("<p>word<sup>*</sup> 10<sup>2</sup> x<sup>note</sup></p>")
    assert [is_footnote_marker(s) for s in root.iter("sup")] == [True, False, False]


ARTICLE = " ".join(f"Sentence {n} says how rest and gentle exercise help a sore knee recover." for n in range(12))


def test_an_element_holding_most_of_the_page_is_its_wrapper_not_chrome(config):
    """Broken markup (an unclosed <header>) or a theme's class ("post-with-sidebar") can put
    the whole article inside an element that reads as chrome: it is kept, its own chrome is not."""
    unclosed = f"<html><body><header><div>Logo</div><p>{ARTICLE}</p><footer>Footer links</footer></body></html>"
    classed = (f"<html><body><div class='single-post-with-sidebar'><p>{ARTICLE}</p>"
               f"<div class='sidebar'>Popular posts</div></div></body></html>")
    for name, html in (("unclosed.html", unclosed), ("classed.html", classed)):
        kept = texts(html, config)
        assert ARTICLE in kept, name
        assert "Footer links" not in kept and "Popular posts" not in kept, name


MENU = "".join(f"<li><a href='/p{n}'>Model {n} robot vacuum, strong suction, quiet mopping</a></li>" for n in range(40))


def test_a_landmark_outweighing_the_article_is_chrome_a_form_holding_it_is_not(config):
    """A shop's mega-menu in its <nav> can hold more words than the article: with the page's
    prose outside it, it is still chrome. A <form> holding most of the page (a forum thread,
    a product grid) keeps the wrapper rule, whatever the prose container reads as."""
    for nav in ("<nav>", "<div role='navigation'>"):
        close = "</nav>" if nav == "<nav>" else "</div>"
        menu = f"<html><body>{nav}<ul>{MENU}</ul>{close}<main><p>{ARTICLE}</p></main></body></html>"
        kept = texts(menu, config)
        assert ARTICLE in kept and not any("robot vacuum" in k for k in kept), nav
    posts = "".join(f"<div class='post'>Posted by reader {n}: my knee felt better after a week of rest.</div>"
                    for n in range(40))
    form = f"<html><body><p>{ARTICLE[:200]}</p><form>{posts}</form></body></html>"
    assert sum("Posted by reader" in k for k in texts(form, config)) == 40


POSTS = [f"Reply {n}: my knee ached for {n + 2} weeks after I started running hills, and resting it "
         f"for a few days with ice and gentle cycling helped more than anything else I tried." for n in range(6)]
SITE_MENU = "<nav><a href='/'>Home</a> <a href='/forums'>Forums</a></nav>"


# four replies, each a "comment"
REPLIES = "".join(f"<div class='comment'><p>{text}</p></div>" for text in POSTS[:4])


def _opening_post(weeks: int) -> str:
    """A thread's opening post of 16 words a week (7 weeks: longer than chrome_group_lead_words)."""
    return " ".join(f"Week {n}: my knee swells after every long run and aches on the stairs next day."
                    for n in range(weeks))


def _thread(nested: bool = False) -> str:
    if nested:  # each top post and its reply in a list of their own, as lobste.rs writes them; the
        # thread's longest prose (its guidelines) below them
        posts = "".join(f"<ol class='comments'><li class='comment'><p>{first}</p></li>"
                        f"<li class='comment'><p>{reply}</p></li></ol>" for first, reply in zip(POSTS[::2], POSTS[1::2]))
        posts += f"<div class='guidelines'>{f'<p>{ARTICLE}</p>' * 3}</div>"
    else:
        posts = "".join(f"<div class='ipsComment'><div class='post-body'><p>{text}</p></div></div>" for text in POSTS)
    return (f"<html><body>{SITE_MENU}<h1>Knee pain after running hills</h1><p>Started by a reader</p>"
            f"<div class='thread'>{posts}</div><footer>Forum rules and privacy</footer></body></html>")


def test_a_thread_whose_posts_are_named_comments_keeps_its_posts(config):
    """A forum thread's posts, each a "comment", hold most of the page from just under its title:
    they are the page, and are kept ("comments" around a post and "comment" on it alike); its
    menu and footer still go. A blog's comments, however
    many, come after its article, and go; so do menu items, whatever their share. With the
    setting at 0 the posts go as comments."""
    from pipeline.config import merge

    for nested in (False, True):
        kept = texts(_thread(nested), config)
        assert all(post in kept for post in POSTS), nested
        assert not any("Forum rules" in k or "Forums" in k for k in kept)
    off = merge(config, {"ingest": {"html": {"chrome_group_share": 0}}})
    assert sum(post in texts(_thread(), off) for post in POSTS) <= 1  # the one holding the page's prose
    comments = "".join(f"<li class='comment'><p>{text}</p></li>" for text in POSTS)
    blog = (f"<html><body><h1>Knee pain after running hills</h1><div class='entry'><p>{ARTICLE}</p><p>{ARTICLE}"
            f" Then rest.</p></div><ol class='comment-list'>{comments}</ol></body></html>")
    paragraphs, removals = html_page("blog.html", blog, config)
    assert [p.raw for p in paragraphs] == ["Knee pain after running hills", ARTICLE, ARTICLE + " Then rest."]
    assert {r.rule for r in removals} == {"html-class:comment"}


def test_a_thread_whose_opening_post_is_marked_up_apart_keeps_its_replies(config):
    """An opening post no longer than a few of its replies, the replies each a "comment" and
    little of the page after them: a thread (Vanilla, Reddit), whose replies are kept. The same
    question with answers after its comments (Stack Exchange) keeps its comments out; so does
    the setting at 0."""
    from pipeline.config import merge

    # longer than chrome_group_lead_words (100): no article's lead, nor a post just under a title
    question = _opening_post(7)
    thread = (f"<html><body><h1>Swollen knee after runs</h1><div class='opening-post'><p>{question}</p></div>"
              f"<h2>Comments</h2>{REPLIES}<footer>Forum rules and privacy</footer></body></html>")
    assert all(post in texts(thread, config) for post in POSTS[:4])
    off = merge(config, {"ingest": {"html": {"chrome_group_post_ratio": 0}}})
    assert sum(post in texts(thread, off) for post in POSTS[:4]) <= 1  # the one holding the page's prose
    answers = "".join(f"<div class='answer'><p>{ARTICLE}</p></div>" for _ in range(2))
    qa = thread.replace("<footer>", f"{answers}<footer>")
    kept = texts(qa, config)
    assert ARTICLE in kept and not any(post in kept for post in POSTS[:4])
    menu = "".join(f"<li class='menu-item'><a href='/{n}'>{text}</a></li>" for n, text in enumerate(POSTS))
    shop = f"<html><body><h1>Knee supports</h1><ul>{menu}</ul><p>{ARTICLE[:300]}</p></body></html>"
    assert not any(post in texts(shop, config) for post in POSTS)


def test_a_page_that_names_itself_a_discussion_keeps_replies_after_a_long_opening_post(config):
    """Forum software names its thread pages on <body> (phpBB's "section-viewtopic", Drupal's
    "page-node-type-discussion"): there the replies after an opening post many times their
    length are the thread's. On a page that says nothing so, they read as an article's comments
    and go; and the word list emptied turns the reading off."""
    from pipeline.config import merge

    question = _opening_post(14)  # about seven times a reply
    page = (f"<html><body class='{{}}'><h1>Swollen knee after runs</h1><div class='opening-post'><p>{question}</p>"
            f"</div><h2>Replies</h2>{REPLIES}<footer>Forum rules and privacy</footer></body></html>")
    assert all(post in texts(page.format("path-node page-node-type-discussion"), config) for post in POSTS[:4])
    assert all(post in texts(page.format("nojs section-viewtopic"), config) for post in POSTS[:4])
    assert not any(post in texts(page.format("single single-post"), config) for post in POSTS[:4])
    off = merge(config, {"ingest": {"html": {"discussion_page_words": []}}})
    assert not any(post in texts(page.format("section-viewtopic"), off) for post in POSTS[:4])
    # or the page declares itself one, as forum software tells search engines
    declared = page.format("single single-post").replace(
        "<body", "<head><script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script></head><body")
    assert all(post in texts(declared, config) for post in POSTS[:4])
    off = merge(config, {"ingest": {"html": {"discussion_page_types": []}}})
    assert not any(post in texts(declared, off) for post in POSTS[:4])
    # the replies in one list named as comments (Vanilla): its items count as the replies
    # (the opening post in paragraphs, so that it is the page's prose container)
    listed = page.replace(f"<p>{question}</p>", "".join(f"<p>{sentence}.</p>" for sentence in question.split(". ")))
    listed = listed.replace(REPLIES, "<div class='CommentsWrap'><ul class='DataList'>" + "".join(
        f"<li class='Item ItemComment'><p>{text}</p></li>" for text in POSTS[:4]) + "</ul></div>")
    assert all(post in texts(listed.format("Vanilla Discussion"), config) for post in POSTS[:4])
    assert not any(post in texts(listed.format("single single-post"), config) for post in POSTS[:4])


REVIEWS = ["Great brace for my knee after surgery, it stays in place all day and the strap never digs in.",
           "The sizing chart was accurate and the fabric breathes well, although it runs a little warm in summer."]


def _shop_page(marker: str, review_list: str | None = None, extra: str = "") -> str:
    """A product's page: its description, its customers' reviews (``review_list`` when given)
    and ``extra``, marked as a product's page by ``marker`` (markup in its <head>)."""
    if review_list is None:
        review_list = "".join(f"<div class='review-item'><p>{text}</p><span>Verified buyer</span></div>"
                              for text in REVIEWS)
    return (f"<html><head>{marker}</head><body><h1>Hinged knee brace</h1><div class='description'>"
            f"<p>{ARTICLE}</p></div><section class='product-reviews'><h2>Customer reviews</h2>"
            f"{review_list}</section>{extra}</body></html>")


@pytest.mark.parametrize("marker", [
    "<meta property='og:type' content='product'>",
    "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Product\"}</script>",
    "<meta itemscope itemtype='http://schema.org/Product'>",
])
def test_a_product_page_drops_its_customer_reviews_as_comments(config, marker):
    """A shop's customer reviews are furniture (the issue lists reviews and testimonials); a page
    says it is a product's in the markup shops write for search engines. A review section with
    no review written out (a rating's summary) stays, as does a page that is not a product's
    (a service's testimonials are its main text), and the word list emptied turns it off."""
    from pipeline.config import merge

    url, blocks, dropped = extract_page(_shop_page(marker), config)
    kept = [b.text for b in blocks]
    assert ARTICLE in kept and not any(review in kept for review in REVIEWS)
    assert [(d.category, d.rule) for d in dropped if REVIEWS[0] in d.text] == [("comment", "html-class:reviews")]
    summary = "<p class='review-summary'>4.6 out of 5 stars, 212 ratings: 91% would recommend it</p>"
    assert "4.6 out of 5 stars, 212 ratings: 91% would recommend it" in texts(_shop_page(marker, summary), config)
    article = _shop_page("<meta property='og:type' content='article'>")
    assert all(review in texts(article, config) for review in REVIEWS)
    # an article that reviews products declares them as Product too: its reviews are its own
    roundup = _shop_page("<script type='application/ld+json'>[{\"@type\": \"BlogPosting\"}, {\"@type\": "
                         "\"ItemList\", \"itemListElement\": [{\"@type\": \"Product\"}]}]</script>")
    assert all(review in texts(roundup, config) for review in REVIEWS)
    off = merge(config, {"ingest": {"html": {"product_review_keywords": []}}})
    assert all(review in texts(_shop_page(marker), off) for review in REVIEWS)
    off = merge(config, {"ingest": {"html": {"product_page_types": []}}})
    assert all(review in texts(_shop_page(marker), off) for review in REVIEWS)


def test_a_product_page_drops_its_shop_s_other_products(config):
    """On a product's page the shop's upsells and recommendations are chrome; on a health page
    "recommendations" may be its advice."""
    upsells = "<section class='upsells products'><h2>You may also like</h2><p>Ankle support sleeve</p></section>"
    shop = _shop_page("<meta property='og:type' content='product'>", extra=upsells)
    assert "Ankle support sleeve" not in texts(shop, config)
    advice = ("<html><body><h1>Knee pain</h1><p>" + ARTICLE + "</p><div class='recommendations'><p>Rest the knee "
              "and see a doctor if it swells.</p></div></body></html>")
    assert "Rest the knee and see a doctor if it swells." in texts(advice, config)
    assert "Ankle support sleeve" in texts(shop.replace("'product'", "'article'"), config)


def _ips_thread(opening_pane: bool = True) -> str:
    """A thread written as Invision Community writes one: every post an <article> with its
    author's panel and its body, each named a comment; the opening post's body, the page's
    longest prose, is its prose container, which the chrome pass never names."""
    question = _opening_post(7)
    def post(n, text, pane=True):
        panel = f"<aside class='ipsComment_author'>Member{n} 412 posts</aside>" if pane else ""
        return (f"<article class='cPost ipsComment'>{panel}<div class='ipsComment_content'>"
                f"<div class='cPost_contentWrap'><p>{text}</p></div></div></article>")
    posts = post(0, question, opening_pane) + "".join(post(n + 1, text) for n, text in enumerate(POSTS[:4]))
    return (f"<html><body>{SITE_MENU}<h1>Swollen knee after runs</h1><div class='thread'>{posts}</div>"
            f"<footer>Forum rules and privacy</footer></body></html>")


def test_an_opening_post_written_like_its_replies_is_no_article_over_comments(config):
    """The opening post is marked up as every reply is (the same tag and classes, its author's
    panel named like theirs), though the chrome pass left its body alone: it is the thread's
    first post, not an article's lead, and the replies are kept; the author panels still go.
    An earlier element of the same shape holding no such part (a product's description tab
    beside its reviews' tab) is the page's own text, and the reviews go."""
    kept = texts(_ips_thread(), config)
    assert all(post in kept for post in POSTS[:4])
    assert not any("412 posts" in k or "Forum rules" in k for k in kept)
    assert not any(post in texts(_ips_thread(opening_pane=False), config) for post in POSTS[:4])


def test_a_form_with_nothing_to_fill_in_is_a_wrapper_not_chrome(config):
    """Old Reddit puts each post's text in a <form> holding only hidden inputs: no reader fills
    it in, so it is no form. One with a field, a list or a button is (search, sign-up, reply)."""
    post = "<div class='md'><p>Took me about four months and three dose changes to feel settled.</p></div>"
    wrapper = (f"<body><p>Article text.</p><form action='#'><input type='hidden' name='thing_id' value='t1'>"
               f"{post}</form></body>")
    assert texts(wrapper, config) == ["Article text.", "Took me about four months and three dose changes to feel settled."]
    for control in ("<input name='q'>", "<textarea></textarea>", "<select><option>a</option></select>",
                    "<button>Save</button>", "<input type='checkbox'>"):
        form = wrapper.replace("</form>", f"{control}</form>")
        assert texts(form, config) == ["Article text."], control


def test_a_form_holding_paragraphs_is_a_wrapper_not_chrome(config):
    """Forum software wraps a thread in a moderation form, a check box beside each post: a form
    holding two paragraphs of a post's length is no form a reader fills in. One paragraph of
    help beside a field is still a form."""
    posts = "".join(f"<p>{text}</p>" for text in POSTS[:2])
    thread = (f"<body><p>Article text.</p><form action='/moderate'><input type='checkbox' name='post'>"
              f"{posts}</form></body>")
    assert texts(thread, config) == ["Article text.", *POSTS[:2]]
    signup = thread.replace(f"<p>{POSTS[1]}</p>", "<input name='email'>")
    assert texts(signup, config) == ["Article text."]


def test_generated_ids_spell_no_chrome_words(config):
    html = f"<html><body><div id='w-node-b5343ad4-d1b4-58e1b5a83f06'><p>{ARTICLE}</p></div></body></html>"
    assert texts(html, config) == [ARTICLE]


@pytest.mark.parametrize("html, limit, said", [
    ("<html><body>" + "<div>" * 60 + "deep text" + "</div>" * 60 + "</body></html>",
     {"max_html_depth": 50}, "nested more than 50 deep"),
    ("<html><body>" + "<span>x</span>" * 500 + "</body></html>", {"max_html_elements": 400}, "more than 400 elements"),
])
def test_a_page_past_the_size_limits_is_reported_oversize_not_walked(html, limit, said):
    from pipeline.config import load_config

    config = load_config(overrides={"ingest": {"html": limit}})
    result = ingest_html("big.html", html, config)
    assert result.paragraphs == []
    assert [(p.kind, said in p.message) for p in result.problems] == [("oversize", True)]
    assert ingest_html("big.html", html, load_config()).paragraphs  # within the default limits: read


def test_the_text_of_dropped_chrome_is_audited_not_lost(tmp_path, config):
    from pipeline import clean_corpus

    html = (f"<html><body><nav>Home About</nav><div class='cookie-banner'>We use cookies</div>"
            f"<article><p>{ARTICLE}</p></article><footer>Contact us</footer><script>var x</script></body></html>")
    (tmp_path / "p.html").write_text(html)
    result = clean_corpus([str(tmp_path)], config=config)
    audited = {(r.text, r.rule, r.category) for r in result.removed}
    assert {("Home About", "html-tag:nav", "navigation"), ("We use cookies", "html-class:cookie", "cookie"),
            ("Contact us", "html-tag:footer", "site-chrome")} <= audited
    assert not any("var x" in r.text for r in result.removed)  # scripts hold no reader-visible text
    assert [p.text for p in result.passages] == [ARTICLE]
    assert result.report["counts"]["paragraphs_read"] == 4


def test_a_page_the_chrome_pass_empties_falls_back_to_the_classifier(config):
    """An article wholly inside elements that read as chrome (an <aside> beside a long <nav> and
    <footer>, none holding half the page) is not lost: the page is read again without the chrome
    pass, and every block goes to the boilerplate stage."""
    from pipeline.ingest import html_page

    menu = " ".join(f"Item{n}" for n in range(100))
    links = " ".join(f"Link{n}" for n in range(100))
    html = (f"<html><body><nav>{menu}</nav><aside><p>{ARTICLE}</p></aside><footer>{links}</footer>"
            f"<script>x()</script></body></html>")
    paragraphs, removals = html_page("p.html", html, config)
    assert [p.raw for p in paragraphs] == [menu, ARTICLE, links]
    assert removals == []
    assert "x()" not in " ".join(p.raw for p in paragraphs)
    # the same with the article in an element whose landmark role reads as chrome
    by_role = html.replace("<aside>", '<div role="complementary">').replace("</aside>", "</div>")
    paragraphs, removals = html_page("p.html", by_role, config)
    assert [p.raw for p in paragraphs] == [menu, ARTICLE, links] and removals == []
    # the read again drops nothing for a pair of class words either (an author box beside it)
    bio = "Ann Lee writes about running injuries and how to come back from them."
    with_box = html.replace("</aside>", f'</aside><div class="author-bio"><p>{bio}</p></div>')
    paragraphs, removals = html_page("p.html", with_box, config)
    assert [p.raw for p in paragraphs] == [menu, ARTICLE, bio, links] and removals == []


def test_the_element_holding_the_prose_is_not_dropped_for_its_class_words(config):
    """A newsletter issue's body in a "newsletter-content" div, on a page whose testimonials and
    menus outweigh it in words: the prose is kept, the signup box beside it is not."""
    from pipeline.config import merge

    article = "".join(f"<p>{ARTICLE}</p>" for _ in range(2))
    praise = "".join(f"<li>Loved it, truly {n}</li><li>Reader {n}</li>" for n in range(60))
    html = (f"<html><body><div class='newsletter-content'>{article}</div>"
            f"<div class='newsletter-signup'>Sign up to receive regular emails</div>"
            f"<ul class='reviews'>{praise}</ul></body></html>")
    kept = texts(html, config)
    assert kept.count(ARTICLE) == 2 and "Sign up to receive regular emails" not in kept
    # without the prose container, nor the rule that keeps elements named like chrome that
    # hold the page from its start, the class word drops the body with the box
    assert ARTICLE in texts(html, merge(config, {"ingest": {"html": {"prose_container_share": 0}}}))
    off = merge(config, {"ingest": {"html": {"prose_container_share": 0, "chrome_group_share": 0}}})
    assert ARTICLE not in texts(html, off)


def test_the_prose_container_is_the_element_around_the_article_text(config):
    from pipeline.config import merge
    from pipeline.ingest.html import extract_page

    article = "".join(f"<p>{ARTICLE}</p>" for _ in range(3))
    html = (f"<html><body><div class='top'><h1>Knee pain</h1><a href='/'>Home</a></div>"
            f"<div class='story'>{article}<p>Short caption</p></div><div><p>Related: hips</p></div></body></html>")
    _, blocks, _ = extract_page(html, config)
    assert [(b.text[:10], b.outside_prose) for b in blocks] == [
        ("Knee pain", False), ("Home", True), *[(ARTICLE[:10], False)] * 3, ("Short capt", False),
        ("Related: h", True)]  # the page's <h1> title goes with its article
    # a container holding less than the share of the page's words is none: nothing is outside
    whole = merge(config, {"ingest": {"html": {"prose_container_share": 1.0}}})
    assert not any(b.outside_prose for b in extract_page(html, whole)[1])


def test_a_credit_inside_a_caption_is_a_paragraph_of_its_own(config):
    """Glued to the caption's sentence, a photo credit made the whole caption read as a
    copyright notice. By its class word or its opening ©, it is now a paragraph apart; a
    caption without one stays whole, and with no class words set only the © test splits."""
    from pipeline.config import merge

    sentence = "Screens in the evening delay the release of melatonin, the sleep hormone."
    html = (f"<figure><img src='a.jpg'><figcaption>{sentence} <span class='photo-credit'>Istock / J. Doe</span>"
            f"</figcaption></figure><figure><figcaption>{sentence} <small>© Getty</small></figcaption></figure>"
            f"<figure><figcaption>{sentence} <em>Photo: our team</em></figcaption></figure>")
    assert texts(html, config) == [sentence, "Istock / J. Doe", sentence, "© Getty",
                                   f"{sentence} Photo: our team"]
    none = merge(config, {"ingest": {"html": {"caption_credit_keywords": []}}})
    assert texts(html, none) == [f"{sentence} Istock / J. Doe", sentence, "© Getty", f"{sentence} Photo: our team"]


def _teasers(n: int, cls: str = "card", titled: bool = True) -> str:
    cards = []
    for k in range(n):
        title = f"<h3><a href='/post-{k}'>Running tip number {k} for sore knees</a></h3>" if titled \
            else f"<a href='/post-{k}'>Running tip number {k} for sore knees</a>"
        cards.append(f"<div class='{cls}'>{title}<p>An excerpt of post {k}, on hills and rest days.</p></div>")
    return "".join(cards)


def test_lists_of_teasers_outside_the_prose_container_are_dropped(config):
    """Three cards or more of one shape, titled by links in headings, after an article that
    outweighs them: dropped whole, with their heading, as navigation. Not when they sit inside
    the article, when they outweigh it (a blog's index), when their titles are no headings, or
    when the setting is 0."""
    from pipeline.config import merge

    article = "".join(f"<p>{ARTICLE}</p>" for _ in range(2))

    def page(cards: str, inside: bool = False) -> str:
        more = f"<div class='more'><h2>More from this blog</h2>{cards}</div>"
        return (f"<html><body><div class='story'>{article}{more if inside else ''}</div>"
                f"{'' if inside else more}<p>Contact the clinic.</p></body></html>")

    paragraphs, removals = html_page("p.html", page(_teasers(4)), config)
    assert [p.raw for p in paragraphs] == [ARTICLE, ARTICLE, "Contact the clinic."]
    [teasers] = removals
    assert (teasers.category, teasers.rule) == ("navigation", "html-teasers")
    assert teasers.text.startswith("More from this blog Running tip number 0 for sore knees An excerpt")
    # inside the container, without headings, fewer than three, or off: every card stays
    for html, cfg in ((page(_teasers(4), inside=True), config), (page(_teasers(4, titled=False)), config),
                      (page(_teasers(2)), config),
                      (page(_teasers(4)), merge(config, {"ingest": {"html": {"teaser_container_ratio": 0}}}))):
        kept = [p.raw for p in html_page("p.html", html, config=cfg)[0]]
        assert "Running tip number 1 for sore knees" in kept and ARTICLE in kept
    # cards of more words than the article: the page is the list
    index = f"<html><body><div class='story'><p>{ARTICLE}</p></div>{_teasers(30)}</body></html>"
    assert "Running tip number 29 for sore knees" in [p.raw for p in html_page("p.html", index, config)[0]]


def test_cells_of_a_table_inside_the_prose_container_are_marked_as_the_articles_data(config):
    """A ranking table inside the article: its cells are marked (judged at the table
    threshold); the article's paragraphs, a table of links outside it and every cell of a
    layout table holding the whole page are not."""
    from pipeline.ingest.html import extract_page, html_paragraphs
    from pipeline.model import HTML_BLOCK, HTML_OUTSIDE_PROSE, HTML_TABLE_CELL

    rows, config = config, copy.deepcopy(config)
    config["ingest"]["html"]["table_rows"] = False  # cell by cell
    article = "".join(f"<p>{ARTICLE}</p>" for _ in range(3))
    table = "<table><tr><th>Rank</th><th>State</th></tr><tr><td>1</td><td><ul><li>Vermont</li></ul></td></tr></table>"
    aside = "<div><table><tr><td>Home</td><td>Contact</td></tr></table></div>"
    html = f"<html><body><div class='story'>{article}{table}</div>{aside}</body></html>"
    # rows read whole are marked as their cells are (the second row holds a block: cell by cell)
    assert [(b.text[:10], b.table_cell) for b in extract_page(html, rows)[1]][3:] == [
        ("Rank; Stat", True), ("1", True), ("Vermont", True), ("Home; Cont", False)]
    blocks = extract_page(html, config)[1]
    assert [(b.text[:10], b.outside_prose, b.table_cell) for b in blocks] == [
        *[(ARTICLE[:10], False, False)] * 3, ("Rank", False, True), ("State", False, True), ("1", False, True),
        ("Vermont", False, True), ("Home", True, False), ("Contact", True, False)]
    codes = [p.html for p in html_paragraphs("a.html", html, config)]
    assert codes == [HTML_BLOCK] * 3 + [HTML_TABLE_CELL] * 4 + [HTML_OUTSIDE_PROSE] * 2
    layout = f"<html><body><table><tr><td>{article}</td><td>Home</td></tr></table></body></html>"
    assert not any(b.table_cell for b in extract_page(layout, config)[1])


def test_a_page_without_a_prose_container_has_nothing_outside_it(config):
    from pipeline.ingest.html import extract_page

    for html in ("<p>One</p><p>Two</p>", f"<html><body><p>{ARTICLE}</p></body></html>", "<ul><li>a</li></ul>"):
        assert not any(b.outside_prose for b in extract_page(html, config)[1])


def test_text_sizes_count_each_element_whole_text_once():
    from pipeline.ingest.html import _text_sizes

    root = parse_html("<div>Ab, <a>cd</a> e<!-- not text --><p>f,g <a>hi, j</a></p>k</div>")
    div, p = next(root.iter("div")), next(root.iter("p"))
    chars, commas, linked = _text_sizes(root)
    # div: "Ab, " + "cd" + " e" + "f,g " + "hi, j" + "k"
    assert (chars[div], commas[div], linked[div]) == (18, 3, 7)
    assert (chars[p], commas[p], linked[p]) == (9, 2, 5)


_TEXT = st.sampled_from(["", "Rest, ice.", "knee", " 14", "a, b, c", "  "])
_ELEMENT = st.recursive(
    _TEXT,
    lambda inner: st.tuples(st.sampled_from(["div", "p", "a", "sup", "nav", "span class='share'", "li", "head"]),
                            st.lists(inner, max_size=4), _TEXT).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0].split()[0]}>{t[2]}"),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ELEMENT, min_size=1, max_size=4))
def test_text_sizes_kept_through_the_chrome_pass_equal_sizes_counted_afresh(pieces):
    """The chrome pass keeps the sizes true as it removes elements (chrome, footnote
    markers, head), links around them included: the prose container is found after it
    without counting the page again."""
    from pipeline.config import load_config
    from pipeline.ingest.html import _text_sizes, best_prose, drop_chrome, html_settings

    root = parse_html("<html><body>" + "".join(pieces) + "</body></html>")
    if root is None:
        return
    sizes = _text_sizes(root)
    drop_chrome(root, html_settings(load_config()), best_prose(root, sizes), sizes)
    fresh = _text_sizes(root)
    for kept, counted in zip(sizes, fresh):
        assert {el: kept[el] for el in counted} == counted


_LIVER = "Your liver processes almost everything you drink and eat, and it repairs itself well."
_SIGNS = "Alcohol-related liver disease often causes no symptoms until the liver is badly damaged."


@pytest.mark.parametrize("html, kept", [
    # an anchor id made of a heading's words names no chrome inside the article
    (f'<main><article><h1>Alcohol and your liver</h1><p>{_LIVER}</p><section id="alcohol-related-liver-disease">'
     f'<h2 id="ad-treatment">Treatment</h2><p>{_SIGNS}</p></section></article></main>',
     ["Alcohol and your liver", _LIVER, "Treatment", _SIGNS]),
    # ... while a class word still does
    (f'<article><p>{_LIVER}</p><div class="related-posts"><a>Five liver myths</a></div></article>', [_LIVER]),
    # an aside in an article is part of it (a warning); a header in <main> is the article's
    (f'<article><p>{_LIVER}</p><aside class="warning"><p>Call 999 now if you have chest pain.</p></aside></article>',
     [_LIVER, "Call 999 now if you have chest pain."]),
    (f'<header><a>Home</a></header><main><header><h1>Head lice</h1><p>{_SIGNS}</p></header><p>{_LIVER}</p></main>',
     ["Head lice", _SIGNS, _LIVER]),
    # ... but a sidebar aside beside the article in <main> is still chrome
    (f'<main><article><p>{_LIVER}</p></article><aside><a>Most read</a></aside></main>', [_LIVER]),
    # an FAQ question written as a button in a heading
    (f'<article><h2><button class="accordion-button">Should I give ibuprofen?</button></h2><p>{_SIGNS}</p></article>',
     ["Should I give ibuprofen?", _SIGNS]),
    # ... or written as a button on its own: a question of three words or more (a control's
    # label is not one)
    (f'<article><button class="accordion">Does it affect vitamin B12?</button><div>{_SIGNS}</div>'
     '<button>Need help?</button><button>Menu</button></article>', ["Does it affect vitamin B12?", _SIGNS]),
    # a superscript after a year, an age, a dose or a count is a footnote; after 10 or a unit an exponent
    ('<p>Published in 2019<sup>5</sup>, at doses of 80 mg<sup>8</sup> in people over 50<sup>12</sup>; '
     '150 to 400 x 10<sup>9</sup>/L, 10<sup>-4</sup>, 30 kg/m<sup>2</sup> and 5<sup>2</sup>.</p>',
     ["Published in 2019, at doses of 80 mg in people over 50; 150 to 400 x 10⁹/L, 10⁻⁴, 30 kg/m² and 5.",]),
])
def test_parts_of_the_article_are_kept(config, html, kept):
    assert texts(html, config) == kept


def test_a_page_left_with_a_placeholder_is_read_without_the_chrome_pass(config):
    from pipeline.ingest.html import html_page

    # the article only in <noscript>, a "Loading…" placeholder outside it
    noscript = (f'<div id="app"><p>Loading…</p></div><noscript><article><h1>Vertigo</h1><p>{_LIVER}</p>'
                f'<p>{_SIGNS}</p></article></noscript>')
    paragraphs, _ = html_page("v.html", noscript, config)
    assert [p.raw for p in paragraphs] == ["Loading…", "Vertigo", _LIVER, _SIGNS]
    # a short page (under the wrapper rule's 100 words) inside an ASP.NET <form>
    form = (f'<body><form id="aspnetForm"><nav><a>Home</a></nav><h1>Nosebleeds</h1><p>{_LIVER}</p><p>{_SIGNS}</p>'
            '</form></body>')
    paragraphs, _ = html_page("f.html", form, config)
    assert [p.raw for p in paragraphs][-3:] == ["Nosebleeds", _LIVER, _SIGNS]



def test_source_lines_of_a_page_with_carriage_return_line_ends(config):
    html = "<html><body>\r<p>First paragraph of the page.</p>\r<p>Second paragraph of the page.</p>\r</body></html>"
    assert [(b.text, b.line) for b in extract_blocks(html, config)[1]] == [
        ("First paragraph of the page.", 2), ("Second paragraph of the page.", 3)]


def test_text_only_screen_readers_get_is_not_kept(config):
    html = ('<article><p>Measure your waist halfway between your ribs and hips '
            '<a href="/w">(guide<span class="sr-only"> (opens in a new tab)</span>)</a>.</p>'
            '<h2 class="visually-hidden">Related</h2><p class="screen-reader-text">Skip to content</p></article>')
    assert texts(html, config) == ["Measure your waist halfway between your ribs and hips (guide).", "Related"]


def test_text_marked_deleted_is_not_kept(config):
    html = "<article><p>The daily dose of vitamin D is <del>25 micrograms</del> <ins>10 micrograms</ins> a day.</p></article>"
    assert texts(html, config) == ["The daily dose of vitamin D is 10 micrograms a day."]


@pytest.mark.parametrize("html, kept", [
    # an id that names a part, inside the article, still makes it chrome ...
    (f'<article><p>{_LIVER}</p><div id="comments"><p>{_SIGNS}</p></div></article>', [_LIVER]),
    (f'<article><p>{_LIVER}</p><div id="related-posts"><a>Five liver myths</a></div></article>', [_LIVER]),
    # ... and so does an aside of links
    (f'<article><p>{_LIVER}</p><aside><h3>You may also like</h3><ul><li><a>Ten tips for a healthy heart</a></li>'
     '<li><a>What is an ECG?</a></li></ul></aside></article>', [_LIVER]),
    # footnotes after names, counts and units; exponents of ten, squared units and variables
    ('<p>Take vitamin D<sup>4</sup> as 1 in 4<sup>2</sup> adults lack it; walk 500 m<sup>6</sup> a day, '
     'group<sup>a</sup> fared better; 10<sup>14</sup> cells, 2 m<sup>2</sup>, R<sup>2</sup>, '
     '5 mL min<sup>-1</sup>.</p>',
     ["Take vitamin D as 1 in 4 adults lack it; walk 500 m a day, group fared better; 10¹⁴ cells, 2 m², R², "
      "5 mL min⁻¹."]),
    # a written fraction's numerator is a dose, not a marker; after a whole number, apart from it
    ('<p>Take <sup>1</sup>/<sub>2</sub> tablet, or <sup>3</sup>&frasl;<sub>4</sub> of a sachet, twice a day'
     '<sup>2</sup>; give 2<sup>1</sup>/<sub>2</sub> ml.</p>',
     ["Take 1/2 tablet, or 3\u20444 of a sachet, twice a day; give 2 1/2 ml."]),
    # a landmark dropped from inside a sentence leaves its words apart
    ('<p>Wash your hands often<nav><a>Home</a></nav>with soap<footer>(c) 2024</footer>and water.</p>',
     ["Wash your hands often with soap and water."]),
])
def test_named_parts_of_an_article_and_sups(config, html, kept):
    assert texts(html, config) == kept


def test_a_frameset_page_gives_its_noframes_text_as_paragraphs_not_markup():
    """The parser keeps <noframes> content as raw text: its paragraphs came out as one passage
    with the tags inside."""
    import pipeline

    page = ("<html><frameset><frame src=a.html><noframes><body>\n<p>Hip pain is common in runners and often "
            "settles with rest, ice and gentle stretching over a few weeks.</p>\n<p>Knee swelling after a fall "
            "should be checked by a doctor, especially if you cannot bear weight.</p></body></noframes>"
            "</frameset></html>")
    result = pipeline.clean_corpus(texts={"f.html": page})
    assert [(p.text.split()[0], p.source.line) for p in result.passages] == [("Hip", 2), ("Knee", 3)]
    assert not any("<" in p.text for p in result.passages)



def test_source_lines_count_the_lines_before_and_inside_an_xml_declaration(config):
    html = ('\n\n<?xml version="1.0"\n encoding="utf-8"?>\n<html><body>\n<nav><a>Home</a></nav>\n'
            '<p>Rest the knee for two days.</p>\n</body></html>\n')
    assert [(p.raw, p.source.line) for p in html_paragraphs("x.html", html, config)] == [
        ("Rest the knee for two days.", 7)]


def test_older_block_elements_are_blocks_and_media_fallback_text_is_chrome(config):
    url, blocks, dropped = extract_page(
        "<body><center>Rest the knee for six weeks.</center><center>Call your GP if it swells.</center>"
        "<p>Watch the calf stretch.<video src='s.mp4'>Your browser does not support the video tag.</video> "
        "Hold it for thirty seconds.</p><fieldset><legend>Your details</legend>Name</fieldset></body>", config)
    assert [b.text for b in blocks] == ["Rest the knee for six weeks.", "Call your GP if it swells.",
                                        "Watch the calf stretch. Hold it for thirty seconds.", "Your details", "Name"]
    assert [(d.text, d.rule) for d in dropped] == [("Your browser does not support the video tag.", "html-tag:video")]


def test_an_article_in_a_script_without_spaces_counts_its_words(config):
    """Japanese is written without spaces between words: counted by spaces, a three-paragraph
    article inside a <form> held three "words", too few for the page to be read again without
    the chrome pass, and the page was reported empty. It is read as the English one is."""
    japanese = ["足首の捻挫は、足首の靭帯が伸びたり切れたりするけがで、スポーツ中によく起こります。",
                "ほとんどの捻挫は、安静、冷却、圧迫、挙上で数週間のうちに治ります。",
                "体重をかけられない場合や、腫れがひどい場合は、医師の診察を受けてください。"]
    page = '<html><body><form action="/x">' + "".join(f"<p>{t}</p>" for t in japanese) + "</form></body></html>"
    assert [p.raw for p in html_paragraphs("ja.html", page, config)] == japanese
