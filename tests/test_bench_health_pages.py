"""The blind health pages (bench/health_pages): the scorer's matching, and what the pipeline
keeps of their content. The pages and their truth were written before any run, by a helper
who had not seen the rules or the model."""
import pytest

from bench.health_pages import HERE, page_scores, pipeline_scores, totals


def test_a_string_counts_only_as_itself_and_neutral_words_count_neither_way():
    truth = {"content": ["Symptoms", "Drink plenty of fluids."], "furniture": ["Share this page"],
             "neutral": ["Symptoms & causes", "By Dr A. Smith"]}
    s = page_scores("Symptoms & causes\nDrink  plenty of fluids.\nBy Dr A. Smith", truth)
    assert s["lost"] == ["Symptoms"] and s["leaked"] == [] and s["precision"] == 1.0  # the tab label is neutral
    s = page_scores("Symptoms\nDrink plenty of fluids. Share this page", truth)
    assert s["content_kept"] == 2 and s["leaked"] == ["Share this page"] and s["recall"] == 1.0
    assert round(s["precision"], 3) == round(5 / 8, 3)



def test_a_table_row_read_whole_matches_its_row_written_with_spaces():
    """The truth writes a row as its cells joined by spaces; a row read whole is written with
    "; " between its cells, and an empty cell leaves two."""
    truth = {"content": ["Adults 5 mg once a day", "Fibre 9.8 g"], "furniture": [], "neutral": []}
    assert page_scores("Adults; 5 mg once a day\nFibre; ; 9.8 g", truth)["content_kept"] == 2
    assert page_scores("Adults; 10 mg once a day", truth)["content_kept"] == 0

# Lines of the pages kept whole that the shipped model is known to lose: the county notice's
# heading over its contact lines scores 0.808 (over the HTML threshold, 0.8) since the model
# `make train` gives from the current code shipped (2026-12-07; the model before kept it, and
# lost three other lines of the set: README, HTML pages).
KNOWN_LOSSES = {"county_covid_mask_notice": {"Questions about this notice"}}


@pytest.mark.parametrize("folder, pages, whole, leak, kept", [
    # the first set: 485 of 502 content strings when the pages were added, 49 of 307 leaked
    (HERE, 20, ("charity_suicidal_feelings", "pil_amoxicillin", "drupal_vaccines", "nhs_shingles"), 0.25, 0.95),
    # the second, written after the first was shipped: 530 of 541 when it was added, 32 of 540 leaked
    (HERE.parent / "health_pages2", 15,
     ("au_thunderstorm_asthma", "ca_extreme_heat", "gp_opening_hours", "county_covid_mask_notice"), 0.10, 0.95),
    # the third, written after the second: 449 of 475 when it was added, 53 of 787 leaked. Its
    # truth holds table rows whole (cells joined by spaces); read cell by cell, a row whose
    # value another row shares ("$0", "Recruiting") was not found whole, its copy being a
    # duplicate of that row's passage (15 of the 26 strings missed); 469 with rows read whole.
    (HERE.parent / "health_pages3", 14,
     ("drupal7_measles_county", "wix_vet_tick_prevention", "slideshow_dehydration_signs", "wp_fibre_dietitian"),
     0.08, 0.95),
    # the fourth, written after the third was shipped: 238 of 274 when it came in, 252 once pages
    # in another language were held to their own threshold, 253 with caption credits apart; 39
    # of 287 leaked. Its truth too holds
    # table rows whole; its forum posts and live-blog entries are the content.
    (HERE.parent / "health_pages4", 14,
     ("email_newsletter_menopause", "pdf2htmlex_inhaler_leaflet", "university_news_release_stroke",
      "es_farmacia_blog_alergia"), 0.15, 0.93),
    # the fifth, patient forums and articles under reader comments: 157 of 218 when it came in
    # (139 before a thread's posts named "comment" were kept), 181 once replies after an opening
    # post marked up apart were kept too, 198 with a form holding nothing to fill in read as a
    # wrapper (old Reddit); 75 of 761 leaked. 214 once an opening post written as its replies
    # are (Invision Community) was no article's lead, 80 leaked with user panels named by pairs.
    (HERE.parent / "health_pages5", 12,
     ("vbulletin_migraine_topiramate", "wp_short_statin_thread", "blogger_coeliac_year", "substack_menopause_fog",
      "xenforo_ibs_fodmap", "news_antibiotics_conversation"),
     0.12, 0.95),
    # the sixth, pages built on tables, written when table rows were read cell by cell: 255 of
    # 299 then, 293 with rows read whole (the shipped reading); 14 of 339 leaked
    (HERE.parent / "health_pages6", 12,
     ("01-medicine-leaflet", "04-vaccination-schedule", "08-drug-interactions", "09-waiting-times"), 0.08, 0.95),
    # the seventh, forum engines the fifth did not have (Discourse, phpBB, SMF, Khoros, new Reddit,
    # Stack Exchange, a hospital's Drupal community), a pharmacy's product page under reviews and
    # articles under Coral and Disqus comments, written after the fifth's rules: 185 of 204 then
    # (101 of 761 leaked before its forum markup was read better, 88 after), 195 once a page
    # that names itself a discussion kept the replies after a long opening post (103 leaked), 199
    # with a cell's value in one <p> read as a value and author panels named (97 leaked)
    (HERE.parent / "health_pages7", 12,
     ("discourse_asthma_inhaler", "mayo_connect_style_knee", "stackexchange_health_ibuprofen",
      "patient_qa_pharmacist", "news_coral_comments"), 0.15, 0.95),
])
def test_the_pipeline_keeps_the_content_of_the_blind_health_pages(folder, pages, whole, leak, kept):
    """Content first: at least 95% of a set's content strings kept (93% of the fourth's), every
    line of its pages that matter most (a crisis page, a drug leaflet, a vaccine schedule, a
    GP's hours, an outbreak notice...), and its furniture leaked at most at the set's share."""
    rows = pipeline_scores(folder)
    assert len(rows) == pages
    t = totals(rows)
    assert t["content_kept"] >= kept * t["content"], [(p, r["lost"]) for p, r in rows.items() if r["lost"]]
    for page in whole:
        assert set(rows[page]["lost"]) <= KNOWN_LOSSES.get(page, set()), (page, rows[page]["lost"])
    assert t["furniture_leaked"] <= leak * t["furniture"]


def test_the_dump_check_counts_boilerplate_removals_against_line_labels(monkeypatch):
    """Lines 2 (furniture) and 4 (content) removed as boilerplate, line 5 (furniture) as a
    duplicate, which removes nothing; unlabelled lines and blank lines are not scored."""
    from types import SimpleNamespace

    import bench.health_dumps as dumps

    def fake(paths, config):
        removal = lambda line, reason: SimpleNamespace(source=SimpleNamespace(line=line), reason=reason)  # noqa: E731
        return SimpleNamespace(removed=[removal(2, "boilerplate"), removal(4, "boilerplate"), removal(5, "duplicate"),
                                        removal(6, "boilerplate")])

    monkeypatch.setattr(dumps, "clean_corpus", fake)
    rows = [("Rest the knee", "content"), ("Home", "furniture"), None, ("Ice it", "content"), ("Home", "furniture"),
            ("Unlabelled", None)]
    r = dumps.score(rows)
    assert (r["furniture"], r["content"], r["content_removed"], r["lost"]) == (2, 2, 1, ["Ice it"])
    assert (r["precision"], r["recall"]) == (0.5, 0.5)
