import pytest

from pipeline.boilerplate import CrossDumpRepeats, classify, weigh_evidence
from pipeline.boilerplate.repeats import key_hash
from pipeline.steps import Batch, run_steps, build_steps
import numpy as np
from pipeline.ingest import split_paragraphs
from pipeline.model import Signal
from pipeline.normalise import normalise


def verdicts_for(lines, config, path="d.txt"):
    return classify(normalise(split_paragraphs(path, "\n".join(lines)), config), config)


def test_no_content_paragraph_of_the_gold_is_removed(config, gold_lines, sample_lines):
    rows = [g for g in gold_lines if g["label"] == "content"]
    texts = [sample_lines[(g["file"], g["line"])] for g in rows]
    removed = [(g["file"], g["line"], v.rule) for g, v in zip(rows, verdicts_for(texts, config)) if v.is_boilerplate]
    assert removed == []


def test_sample_boilerplate_is_removed_with_its_gold_category(config, gold_lines, sample_lines):
    rows = [g for g in gold_lines if g["label"] == "boilerplate"]
    texts = [sample_lines[(g["file"], g["line"])] for g in rows]
    verdicts = verdicts_for(texts, config)
    recall = sum(v.is_boilerplate for v in verdicts) / len(rows)
    assert recall >= 0.95
    # the named kinds the foundation must always catch
    for g, v in zip(rows, verdicts):
        if g["category"] in ("cookie", "artefact", "navigation", "disclaimer"):
            assert v.is_boilerplate and v.category == g["category"], (g, v.rule)


@pytest.mark.parametrize(
    "text",
    [
        "Swap the cookies and cake in your afternoon snack for fruit and nuts to keep inflammation down.",
        "If you lose bladder control or feel numb in the groin, call 911 or go to the emergency room at once.",
        "Talk to your doctor before starting any new exercise programme if you have had hip surgery.",
        "Lie on your back with knees bent. Lift your hips and hold for five seconds. Repeat ten times.",
        "I tell my patients to walk a little every hour, says Dr. Ana Ruiz, a physiotherapist in Leeds.",
        "How to Ease Lower Back Pain",
        "Share the load: carry bags in both hands rather than on one shoulder.",
        # prose that borrows the vocabulary of banners, bios, promos and comments
        "Many fitness apps collect personal data and pass it to advertisers, so check the privacy "
        "settings and whether you can opt out of sharing before you install one.",
        "Book an appointment with your GP if the pain lasts more than six weeks or wakes you at night.",
        "Symptom checkers cannot examine you, so treat their results as a rough guide and ask a "
        "pharmacist if you are worried.",
        "Mark, 62, lives in Leeds with his wife and two dogs. He trained as an electrician and has "
        "worked on building sites for forty years, which he blames for his knee pain.",
        "Read more about the trial in the original paper, which is free to read online.",
        "Previous: a diagnosis of osteoarthritis. Next: a referral to physiotherapy. That was the usual route.",
        "Join 30 minutes of gentle movement into your day, split into three short walks if that is easier.",
        "Yes. Staying active is one of the most useful things you can do for a sore back.",
        "In a trial of 200 adults, Moreno et al. (2021) found that walking eased pain as much as physiotherapy.",
        "the most common cause is a strained muscle or ligament, which heals on its own with gentle movement",
        "The results were first published in The Lancet in 2019 and have since been repeated in larger trials.",
        "Private physiotherapy usually costs from £45 a session, and many clinics offer evening appointments.",
    ],
)
def test_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        ("We and our partners use cookies to personalise ads and measure traffic.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("×", "artefact"),
        ("This article is for informational purposes only and does not constitute medical advice.", "disclaimer"),
        ("Advertisement", "site-chrome"),
        ("Page 2 of 5", "site-chrome"),
        ("© 2024 Example Health Media. All rights reserved.", "copyright"),
        ("Medically reviewed by Jane Roe, PT, DPT — Updated on March 3, 2024", "byline"),
        ("Sign up for our free newsletter and get tips delivered to your inbox.", "newsletter"),
        ("Home > Conditions > Back Pain", "navigation"),
    ],
)
def test_typical_site_text_is_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # consent banners that never say "cookie", and privacy-law link labels
        ("We would like to note which pages you view and what device you use, so we can improve "
         "the site and show relevant ads with our advertising partners. Change your mind at any "
         "time with the settings in the footer.", "cookie"),
        ("Do Not Sell or Share My Personal Information", "cookie"),
        # "general information, not a diagnosis" in new words
        ("Our library describes conditions in general terms and cannot take account of your own "
         "circumstances, so use it as general guidance rather than medical advice.", "disclaimer"),
        # sign-up boxes without the word "newsletter"
        ("Fancy a short workout in your inbox every Monday? Leave your email below: no spam, and "
         "you can unsubscribe at any time.", "newsletter"),
        ("Join 25,000 parents who get our weekly round-up before anyone else", "newsletter"),
        ("Find us on Instagram and TikTok for a new stretch every day.", "share"),
        # taxonomy labels and prev/next links
        ("Tags: hip pain, running, strength", "navigation"),
        ("Previous post: Why your heel hurts in the morning | Next post: Five myths about posture",
         "navigation"),
        # a contributor bio with no "is a <profession>" sentence
        ("Leah qualified as an osteopath in 2010 and has a special interest in sports injuries. "
         "Outside the clinic she climbs and looks after her two cats.", "bio"),
        ("Dr. Ana Silva · Verified expert · 2,310 answers", "bio"),
        ("Answered by Dr. Ken Ito · 4 months ago", "byline"),
        # syndication and reuse notices
        ("This story was originally published by Example News and is republished with permission.",
         "about"),
        ("All images are the property of Example Clinic and may not be reproduced without written "
         "permission.", "copyright"),
        # promotions of the site's own offer
        ("Shop our bestselling foam rollers — 25% off with free delivery this weekend.", "site-chrome"),
        ("Download our app to log your exercises and get reminders.", "site-chrome"),
        ("27 people found this answer helpful", "site-chrome"),
        # a reader post typed casually, and a corporate-author reference entry
        ("did this every morning for 2 weeks. my knee feels way better but i still cant kneel", "comment"),
        ("7. World Health Organization. Guidelines on physical activity and sedentary behaviour. "
         "Geneva: WHO; 2020.", "reference"),
    ],
)
def test_harder_site_text_is_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # interface labels: short lines made of interface words only
        ("Print this article", "site-chrome"),
        ("Go to homepage", "site-chrome"),
        ("Download transcript · 12 min", "site-chrome"),
        ("Sold out", "site-chrome"),
        ("Find your nearest pharmacy", "site-chrome"),
        ("Change font size", "site-chrome"),
        ("Don't have an account? Sign up", "site-chrome"),
        ("You need to be signed in to comment. Sign in or register to join the discussion.", "site-chrome"),
        # promotions ending in a bare button label, shop and contact blocks
        ("Our autumn pilates course starts next week and places are limited. Reserve your spot",
         "site-chrome"),
        ("Cooling gel knee wrap, one size – £12.99 – Only 3 left", "site-chrome"),
        ("Freephone: 0800 000 111 (lines open Mon–Fri 8am–8pm)", "site-chrome"),
        # consent dialogs: category rows, button variants, banner titles
        ("Marketing: these cookies are used to show you adverts that match your interests.", "cookie"),
        ("Statistics: these help us understand how visitors move around the site.", "cookie"),
        ("Decline optional cookies", "cookie"),
        ("We respect your privacy", "cookie"),
        # comment sections: post headers, controls, forum replies, shop reviews
        ("knee_doc_fan • 3 June 2022, 11:20 pm", "comment"),
        ("Newest · Oldest · Most liked", "comment"),
        ("Replies (5)", "comment"),
        ("Re: Heel pain every morning", "comment"),
        ("So sorry to hear that. I had the same problem last spring and my GP sent me to a "
         "podiatrist, which I wish I had asked for sooner. Good luck!", "comment"),
        ("“Comfy and easy to fit.” – Dana, verified purchase", "comment"),
        # disclaimers: sponsorship, small print, forum notices, page self-reference
        ("This guide was commissioned by a supplement brand. The sponsor had no say in what we "
         "wrote.", "disclaimer"),
        ("Cover is not available in all regions. Terms and conditions apply. Authorised and "
         "regulated by the national financial regulator.", "disclaimer"),
        ("Opinions expressed on this board are the members' own. Answers are not medical advice.",
         "disclaimer"),
        ("This page does not replace a visit to your doctor. If you think you are having a medical "
         "emergency, call an ambulance.", "disclaimer"),
        # publisher blurbs and footers
        ("Part of the Example Wellbeing Network", "about"),
        ("Harbourside Sports Clinic has served local athletes for over 20 years. Our physios offer "
         "same-day appointments at four clinics.", "about"),
        ("Registered charity no. 1098765. Registered office: 2 Mill Lane, Example Town.", "about"),
        # references in MLA/Chicago style and bare source links
        ("Okafor, Dayo. “Balance Training After Ankle Sprain.” Foot Health Journal 8, no. 2 "
         "(2018): 10–19.", "reference"),
        ("PubMed: https://pubmed.example.org/12345678/", "reference"),
    ],
)
def test_new_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # short article headings and instructions that look like interface labels
        "Close contact",
        "Stock up",
        "Back",
        "Can't sleep? Try this",
        "Find a specialist",
        "Continue the exercises for six weeks",
        "Share your worries with someone you trust.",
        "Your privacy matters",
        # prose that borrows the vocabulary of the new rules
        "Ask whether the pharmacy has it in stock before you travel.",
        "Most GP surgeries are open Mon–Fri 8am–6pm, and a phone line can help out of hours.",
        "You will need to create an account on the NHS App to book online appointments.",
        "The funders had no role in the design of the study, the authors say.",
        "Steroid injections are given at the discretion of the specialist, usually no more than three a year.",
        "If you think you may have a medical emergency, call 999 straight away.",
        "Functional: these exercises mimic everyday movements such as lifting shopping bags.",
        "Dr. Sarah Jones is a cardiologist at a city hospital. She sees patients with heart failure every week.",
        "The app is available on the App Store and Google Play, and is free to download.",
        "“Take your time,” she says. “Recovery is not a race.” Then she shows me the next stretch.",
        "Lee, Park and Kim (2019) found that core training reduced pain in desk workers.",
        "The pharmacist said I would give it a week before deciding, and that is sound advice.",
        "Part of the reason is that muscles weaken with age.",
        "Re-check your blood pressure after five minutes if the first reading is high.",
    ],
)
def test_content_that_resembles_the_new_kinds_is_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


def test_one_weak_signal_alone_never_removes():
    assert weigh_evidence([Signal("short-fragment", "site-chrome", 0.45)], 1.0)[0] is False
    assert weigh_evidence([Signal("cross-dump-repeat", None, 0.5), Signal("low-stopword-density", None, 0.3)], 1.0)[0] is False


def test_guards_outweigh_weak_evidence():
    found = [Signal("consult-a-professional", "disclaimer", 0.3), Signal("substitute", "disclaimer", 0.7),
             Signal("guard-emergency-warning", "guard", -0.6)]
    assert weigh_evidence(found, 1.0)[0] is False


def test_cross_dump_repetition_counts_distinct_dumps(config):
    paragraphs = []
    for i in range(3):
        paragraphs += split_paragraphs(f"dump{i}.txt", "Manage options\nReal text here.")
    batch = run_steps(build_steps(config), Batch.of(paragraphs))
    repeats = CrossDumpRepeats(config)
    hashes = repeats.hashes(batch["judged"])
    dumps = np.array([key_hash(batch.dumps[d]) for d in batch.dump], dtype=np.uint64)
    counts = repeats.combine([repeats.local(hashes[:2], dumps[:2]), repeats.local(hashes[2:], dumps[2:])])
    assert counts.of(np.array([key_hash("manage options")], dtype=np.uint64)).tolist() == [3]


def test_verdicts_are_in_input_order_and_explain_themselves(config):
    verdicts = verdicts_for(["Hip pain is common in runners.", "×"], config)
    assert [v.paragraph.source.line for v in verdicts] == [1, 2]
    assert verdicts[1].rule == "lone-glyph" and verdicts[1].signals


@pytest.mark.parametrize(
    "text, category",
    [
        # consent dialogs: a row of buttons, the category toggles, a banner that says "we value"
        ("DECLINE ALL   SAVE CHOICES   ACCEPT", "cookie"),
        ("Strictly necessary · Always active | Analytics ☐ | Functional ☐ | Advertising ☐", "cookie"),
        ("We value your privacy. With your consent, our advertising partners may use precise location "
         "data to measure ad performance.", "cookie"),
        ("If you keep browsing, you agree to our use of tracking technologies as set out in our "
         "privacy notice.", "cookie"),
        # share controls without a network name
        ("Copy link", "share"),
        ("3.4K shares", "share"),
        # bylines in capitals or as a label with a counter
        ("BY MARY ELLIS, SCIENCE EDITOR", "byline"),
        ("Words: Kim Lowe · Pictures: Raj Patel", "byline"),
        ("Posted on 03/09/2022 by webteam", "byline"),
        ("Published: 07:30 GMT, 4 June 2023 | Updated: 09:02 GMT, 4 June 2023", "byline"),
        # bios: a medical specialist, a blogger introducing herself, a lower-case contributor note
        ("Ravi Menon, MD, is a board-certified dermatologist at a city hospital. His clinical "
         "interests include eczema in children.", "bio"),
        ("Hi, I’m Ada! Mum of two and a former teacher. I started this blog in 2019 to share what "
         "helped our family.", "bio"),
        ("jo lind is a freelance health writer whose work has appeared in several national "
         "magazines. she writes about sleep.", "bio"),
        # publisher blurbs: tax status, registration IDs, sister titles, sponsor funding
        ("Sleepwise Trust is a 501(c)(3) nonprofit organization. EIN 12-3456789.", "about"),
        ("Lungs First — charity registration CH45678. Proudly supporting people with asthma for "
         "over 40 years.", "about"),
        ("About Harbour Pilates · A friendly neighbourhood studio running small classes since 2012.",
         "about"),
        # disclaimers: the "never ignore advice" formula, sponsor labels, service small print
        ("Content here comes from members, not doctors. Never disregard medical advice or delay "
         "seeking it because of something you read on this forum.", "disclaimer"),
        ("PAID POST — Created in partnership with a vitamin brand. Our newsroom was not involved.",
         "disclaimer"),
        ("Policies are subject to terms and exclusions. Authorised and regulated by the Financial "
         "Conduct Authority (FRN 123456).", "disclaimer"),
        # site chrome: placeholders, service buttons, links ending in a chevron
        ("Search conditions, treatments or drugs…", "site-chrome"),
        ("Request a call back", "site-chrome"),
        ("Sign in to PatientHub to see your letters ›", "site-chrome"),
        # comment controls and a reply addressed to someone with a dash
        ("▲ 12 ▼ Reply Share", "comment"),
        ("Reply · Like (3) · Report", "comment"),
        ("Really useful read, thank you!!", "comment"),
        # newsletter promos and a bare link
        ("Join 12,000+ parents who get my weekly recipes (plus a free shopping list when you sign "
         "up).", "newsletter"),
        ("THE MONDAY MOVE ▸ One new stretch in your inbox. Free, every Monday.", "newsletter"),
        ("https://www.example.org/reports/2021-survey.pdf", "reference"),
        ("Royal College of Example. Managing gout: guideline (CG99). London: RCE; 2018 (updated 2022).",
         "reference"),
        ("(c) Example Pharmacy Ltd 2022, registered in England no. 01234567", "copyright"),
    ],
)
def test_devset4_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # prose with the vocabulary of the new rules
        "Dr Amir Khan is a consultant cardiologist, and he sees the same pattern every winter: people "
        "stopping their statins when they get a cold.",
        "In the study, volunteers were randomly assigned to receive a weekly email newsletter or "
        "nothing, and the newsletter group exercised more.",
        "Book an appointment with a physiotherapist if the swelling has not gone down in a week.",
        "Log in to the patient portal to view your test results, or ask the surgery to print them.",
        "Share your care plan with a friend or relative so they know what to do in an emergency.",
        "I’m Sorry, the nurse said, but the clinic is full today.",
        "He is a proud member of the local walking group and says it keeps his knees moving.",
        "The guideline (updated 2023) now recommends checking blood pressure at home.",
        "Search online for your local stop-smoking service, or ask your pharmacist.",
        "Results may vary, and the trial found that most people improved within six weeks.",
    ],
)
def test_devset4_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


def test_breadcrumb_rule_is_linear_on_separator_runs(config):
    """A line of many spaced separators that fails at its end must not backtrack
    exponentially: the old pattern took 8 s on 8 such crumbs and doubled per crumb, so
    on these 60 it would never return."""
    from pipeline.boilerplate import load_rules

    rule = next(r for r in load_rules(config) if r.name == "breadcrumb")
    assert rule.regex.search(" / ".join(["a  /  b"] * 60) + " !") is None
    assert rule.regex.search("Home > Health > Back pain") and rule.regex.search("Home / Conditions / Hip")


@pytest.mark.parametrize(
    "text, category",
    [
        # kinds first missed on devset5 (written blind), in other wordings
        ("Was this article useful? Yes / No", "site-chrome"),
        ("Only essential cookies", "cookie"),
        ("The information on this page is not a substitute for an assessment by your own physiotherapist.",
         "disclaimer"),
        ("This booklet provides general information only and is not meant to be a substitute for advice "
         "from your care team.", "disclaimer"),
        ("Nothing in this video should be taken as medical advice.", "disclaimer"),
        ("References used for this guide: Arthritis Research UK. Living with osteoarthritis, 2021.",
         "reference"),
        ("Sign up to Pulse, our monthly supporters’ newsletter, delivered by email.", "newsletter"),
        ("Home Conditions Treatments Blog About Us Contact", "site-chrome"),
        ("Leaflet: exercises after wrist fracture (PDF, 1.2 MB)", "site-chrome"),
        ("Rated ★★★★☆ by 212 readers", "site-chrome"),
        ("Download our free app to track your exercises and get reminders.", "site-chrome"),
        ("Book now", "site-chrome"),
        ("14 responses to “Why does my knee click?”", "comment"),
        ("By Tom Reid, Clinic Director | 12 March 2023", "byline"),
        ("Marta Kowalski is a Leeds-based health journalist specialising in women's health.", "bio"),
        ("Northside Podiatry has been looking after the feet of Bristol since 1998.", "about"),
        ("Stride Notes is an independent blog about running injuries, written by two physios.", "about"),
        ("Enjoyed this post? Share it with a friend who runs.", "share"),
        ("« Newer entries", "navigation"),
        ("12", "artefact"),
    ],
)
def test_devset5_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # content with the vocabulary of the rules added for devset5
        "Home Remedies For Back Pain That Actually Work",
        "Ice is not a substitute for rehabilitation, but it can make the first few days easier.",
        "Painkillers are not a substitute for keeping active, and the guideline says so plainly.",
        "Share your symptoms with your physiotherapist at each visit!",
        "Page 2 of the leaflet shows the heel raise in three steps.",
        "The clinic has been treating people with long COVID since 2020, and waiting lists are long.",
        "We are a family of keen walkers, so my knee pain hit hard.",
        "Aim for a waist below 80 cm and a BMI under 25 kg/m² if you can.",
        "Sources of calcium include milk, yoghurt, tinned fish with bones and fortified plant drinks.",
        "Rate your pain from 0 to 10 each morning and write it down.",
    ],
)
def test_devset5_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # kinds first missed on devset6 (news, shop, forum and government sites; written
        # blind), in other wordings
        ("Trending: 1. Five stretches for tight hips 2. Is coffee bad for your joints?", "navigation"),
        ("On this page: 1. Symptoms 2. Causes 3. When to get help", "navigation"),
        ("You have read 4 of your 10 free stories this month. Already a subscriber? Log in.", "site-chrome"),
        ("Shared 3,400 times", "share"),
        ("+1, my physio said exactly the same", "comment"),
        ("AFP", "byline"),
        ("Additional reporting by Sam Okafor; Editing by Lee Chan", "byline"),
        ("Corrections: if you spot an error in this article, contact our standards editor.", "about"),
        ("Free UK delivery on orders over £25. 60-day money-back guarantee.", "site-chrome"),
        ("Quote · Report · Permalink", "site-chrome"),
        ("This topic has been locked by a moderator.", "site-chrome"),
        ("Community guidelines: no medical advertising, no personal attacks.", "site-chrome"),
        ("English / Español", "site-chrome"),
        ("Help us improve this website by answering three short questions.", "site-chrome"),
        ("Cookies on NHS Example Trust", "cookie"),
        ("Sign up for email updates about this condition", "newsletter"),
        ("These capsules are intended to supplement, not replace, a balanced diet.", "disclaimer"),
        ("All content is available under the Open Government Licence v3.0.", "copyright"),
        ("Priya Nair writes about fitness and ageing for the Northern Echo.", "bio"),
        ("Harbour Wellness is a small, family-owned business in Cork. We have sold supplements online "
         "since 2015.", "about"),
        ("Is this guide useful? Yes No", "site-chrome"),
    ],
)
def test_devset6_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # content that shares the words of the devset6 rules
        "Hi Jo, stiffness after a knee replacement usually improves over the first three months, and "
        "most people find the exercises get easier after week six.",
        "Her company began sending a weekly wellness newsletter, and staff who read it took more "
        "walking breaks, the study found.",
        "The trial was funded by a charity, and the authors say they had no conflicts of interest.",
        "Most people read the label for the dose but miss the warning about kidney problems.",
        "Following surgery, most people walk with a frame for the first few days.",
        "The brace costs £24.99 and can be worn under clothes, she says.",
        "If your symptoms come back, ask your GP to refer you to a physiotherapist.",
        "Supplements should not replace a balanced diet, the dietitian warns, and most people do not "
        "need them.",
    ],
)
def test_devset6_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # kinds first missed on devset7 (wiki, magazine, telehealth, video page; written
        # blind), in other wordings
        ("[edit source]", "site-chrome"),
        ("From MediWiki, the free health encyclopedia", "site-chrome"),
        ("This section relies largely on a single source. Please help improve this section.", "site-chrome"),
        ("This page was last modified on 2 May 2021, at 09:15.", "byline"),  # its date weighs most
        ("Retrieved from https://example.org/wiki/Gout", "site-chrome"),
        ("^ Smith J (2019). \"Gout in primary care\". Retrieved 4 May 2020.", "reference"),
        ("Jump to content", "site-chrome"),
        ("Svenska Dansk Suomi Norsk", "site-chrome"),
        ("Willow Health uses cookies to remember your settings.", "cookie"),
        ("HOME · Fitness · Food · Sleep · Mind", "navigation"),
        ("Take our quick posture quiz", "navigation"),
        ("Your weekly horoscope: Leo, rest those knees", "navigation"),
        ("We may earn a small commission if you buy through our links.", "disclaimer"),
        ("This podcast is for information only and is not a substitute for medical advice.", "disclaimer"),
        ("Follow StretchLab on TikTok for daily routines", "share"),
        ("Email a link to this article", "share"),
        ("@runner_jo · 3 weeks ago: this fixed my hip flexors, thanks", "comment"),
        ("Hit the bell so you never miss a routine!", "newsletter"),
        ("[Applause]", "artefact"),
        ("1.2M views · 2 years ago", "site-chrome"),
        ("Earliest appointment: Mon 9:00 AM", "site-chrome"),
        ("Schedule a virtual visit", "site-chrome"),
        ("Meera Shah is Lark's fitness editor. She writes about exercise and ageing.", "bio"),
        ("Studies cited in this article: Lamb SE, et al. Lancet. 2010;375:916-23.", "reference"),
    ],
)
def test_devset7_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # content that shares the words of the devset7 rules
        "Hey, I'm Priya, a physiotherapist, and today we're going to work through five stretches for a "
        "stiff lower back.",
        "A lot of people subscribe to the idea that stretching prevents injury, but the evidence is weak.",
        "The 2002 trial, published in a major journal, found that arthroscopy did no better than a sham "
        "operation.",
        "Most insurers need prior authorisation before an MRI, which can delay surgery by weeks.",
        "Now let's do ten slow chin tucks, holding each for three seconds.",
        "Keep your views of your own progress realistic: 10 minutes a day is enough to start.",
    ],
)
def test_devset7_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # kinds first missed on devset8 (press office, medicine leaflets, advice column,
        # recipe blog; written blind), in other wordings
        ("News release", "site-chrome"),
        ("Note to editors", "site-chrome"),
        ("Press enquiries: Ana Ruiz, Communications Officer, 020 7946 0018", "about"),
        ("About the Northfield Institute", "about"),
        ("Information in our press releases was accurate at the time of publication.", "disclaimer"),
        ("Nutrition facts are approximate and will vary with the products you use.", "disclaimer"),
        ("The editor is unable to reply to letters individually.", "disclaimer"),
        ("Use our symptom checker to find out what to do next.", "site-chrome"),
        ("Compare prices at 12 pharmacies", "site-chrome"),
        ("Send your letters to The Health Desk, PO Box 12, Bristol.", "site-chrome"),
        ("Home > Recipes > Breakfast > Spiced Pear and Walnut Porridge With Ginger and Honey", "navigation"),
        ("Dana K · March 2, 2023 at 8:15 am: doubled the ginger and loved it", "comment"),
        ("sunnyside42 · 3 days ago: mine took six weeks to settle too", "comment"),
        ("Did you try this recipe? Tag us so we can see!", "comment"),
        ("As an Amazon Associate we earn from qualifying links on this page.", "disclaimer"),
        ("Data source: the national medicines formulary, checked March 2024.", "reference"),
        ("Get drug recall alerts by email", "newsletter"),
        ("Print recipe", "site-chrome"),
    ],
)
def test_devset8_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # content that shares the words of the devset8 rules
        "Dear Ann, what you describe sounds like a trapped nerve, which is usually caused by a bulging "
        "disc and settles within six weeks.",
        "About a third of people with knee osteoarthritis also have pain in the other knee.",
        "Compare the two tablets with your pharmacist before you switch brands.",
        "Send your GP a short list of your symptoms before the appointment.",
        "The results, published in a leading journal, were accurate at the time, the authors say.",
        "Did you know that ice and heat work best at different stages of an injury?",
    ],
)
def test_devset8_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text, category",
    [
        # kinds first missed on devset9 (charity, review site, literature database, private
        # hospital; written blind), in other wordings
        ("Check availability", "site-chrome"),
        ("Cited by 14 articles", "site-chrome"),
        ("Ring our free support line on 0300 123 4567", "site-chrome"),
        ("Lines are open Monday to Saturday, 8am to 8pm.", "site-chrome"),
        ("£25 could fund a nurse's visit to a family who needs support. Donate now.", "site-chrome"),
        ("Become a supporter and get our magazine four times a year.", "site-chrome"),
        ("“My hands were too sore to hold a pen.” Read Amir's story", "navigation"),
        ("Best value: Corefit Massage Ball – £12.99 at Amazon", "site-chrome"),
        ("How we chose: we tested 14 rollers over six weeks.", "about"),
        ("Linda P. wrote: got the soft one and my calves are grateful", "comment"),
        ("Set up an alert: we'll email you when this guide is updated.", "newsletter"),
        ("Anna K Berg 1, Tomas Lind 2,3, Mei Chen 1", "byline"),
        ("2 Department of Rheumatology, City General Hospital, Leeds, UK.", "bio"),
        ("The authors declare no competing interests.", "disclaimer"),
        ("Self-pay hip replacement from £13,950", "site-chrome"),
        ("Pay monthly with our interest-free plan. Representative APR 0%.", "site-chrome"),
        ("Mr Tom Hale BSc MBBS FRCS, Consultant Knee Surgeon. Special interests: sports knee injuries.", "bio"),
        ("Rated Outstanding by the Care Quality Commission", "about"),
    ],
)
def test_devset9_kinds_of_site_text_are_removed(config, text, category):
    (v,) = verdicts_for([text], config)
    assert v.is_boilerplate and v.category == category, [(s.name, s.weight) for s in v.signals]


@pytest.mark.parametrize(
    "text",
    [
        # content that shares the words of the devset9 rules
        "At around £35 the firmer roller is the best value here, and it kept its shape after a month of use.",
        "The pooled risk ratio was 0.82 (95% CI 0.72 to 0.91, p=0.003) across 1,204 participants.",
        "Our nurses recommend keeping a flare diary so you can spot patterns with your GP.",
        "On the day of your operation you will meet the anaesthetist, who will check your medicines.",
        "The study authors declared no conflicts of interest, the journal said.",
        "Most people are back at a desk job within 4 to 6 weeks of a knee arthroscopy.",
    ],
)
def test_devset9_content_traps_are_kept(config, text):
    (v,) = verdicts_for([text], config)
    assert not v.is_boilerplate, [(s.name, s.weight) for s in v.signals]
