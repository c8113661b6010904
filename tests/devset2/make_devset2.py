#!/usr/bin/env python3
"""Build devset2: three hard dump files plus per-line gold (gold_lines.jsonl).

Re-runnable: rewrites hard_1.txt .. hard_3.txt and gold_lines.jsonl next to this
script, then checks that every non-blank line has exactly one gold row.
All text is original, written for this set.
"""
import collections
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
CATEGORIES = {"cookie", "disclaimer", "newsletter", "share", "navigation", "bio",
              "byline", "about", "comment", "reference", "copyright", "site-chrome",
              "artefact"}


def C(text, clean=None, note=None):
    return {"text": text, "label": "content", "clean": clean, "note": note}


def A(text, note, clean=None):
    return {"text": text, "label": "ambiguous", "clean": clean, "note": note}


def B(category, text, note=None):
    assert category in CATEGORIES, category
    return {"text": text, "label": "boilerplate", "category": category, "note": note}


BLANK = None

CAUDA = ("Call 999 or go to A&E straight away if you have sciatica on both sides, numbness "
         "around your bottom or genitals, or you suddenly cannot control when you pee or poo. "
         "These can be signs of cauda equina syndrome, which needs treatment in hospital.")

FILES = {}

# ---------------------------------------------------------------- hard_1
# NHS-trust style sciatica page, chiropractic/physio clinic blog, news site.
FILES["hard_1.txt"] = [
    B("cookie", "We’d like to use a little information about your visit — which pages you read, how long you stay and what kind of device you’re on — to work out which parts of our health advice people actually find useful. The information that keeps the site running is always stored; the rest is up to you, nothing is passed to advertisers, and you can change your mind later using the link in the footer.",
      note="cookie banner written as prose, no word 'cookie'"),
    C("Sciatica is the name for pain caused by irritation of the sciatic nerve, which runs from the lower back through the buttock and down each leg. Most episodes settle within about six weeks, although some people have symptoms for several months."),
    A("Can I exercise with sciatica?", note="FAQ question"),
    C("Yes. Staying as active as you can is one of the most helpful things you can do, even if you have to move more slowly than usual. More than a day or two of bed rest tends to make stiffness worse and can slow your recovery.",
      note="FAQ answer starting 'Yes.'"),
    C("Pins &amp; needles, numbness or weakness in the leg are common with sciatica and usually ease as the pain does.",
      clean="Pins & needles, numbness or weakness in the leg are common with sciatica and usually ease as the pain does.",
      note="HTML entity"),
    C("Adults can take 200 to 400 mg of ibuprofen every 4 to 6 hours with food, up to a maximum of 1,200 mg in 24 hours unless a doctor tells you otherwise. Do not take ibuprofen if you have had a stomach ulcer or if you are pregnant.",
      note="dosage advice"),
    C("Paracetamol on its own is no longer recommended for low back pain, because trials found it worked no better than a dummy pill. This surprises many patients, who have been told for years to ‘take two paracetamol and rest’."),
    C(CAUDA, note="clinical warning (emergency call) is content"),
    BLANK,
    C("When you have an MRI scan, a radiologist reviews the images and writes a report for the doctor who asked for it. Reports often mention disc bulges, ‘degeneration’ or ‘wear and tear’, but these findings are very common in people with no pain at all, so your doctor will weigh the report against your symptoms and examination rather than treating the scan on its own.",
      note="'reviews' in normal sense"),
    C("Most people with new low back pain12 and no worrying symptoms are much better within a few weeks, so a scan is not usually needed at first.13",
      clean="Most people with new low back pain and no worrying symptoms are much better within a few weeks, so a scan is not usually needed at first.",
      note="glued footnote numbers"),
    B("about", "Northfield Community Health NHS Trust provides physiotherapy, podiatry, district nursing and rehabilitation to about 420,000 people across the Northfield and Ashby districts, from 14 community hubs and in people’s own homes."),
    BLANK,
    B("byline", "By Dr. Tom Whitaker, DC, and Ellie Marsh, MCSP | Lakeside Chiropractic & Physio | 6 min read",
      note="two names with credentials"),
    C("I’ve treated hundreds of runners with hamstring pain over the last fifteen years, and the pattern is nearly always the same: a sudden jump in speedwork or hills, a few weeks of ‘tightness’ that gets stretched hard, and then a niggle that refuses to settle.",
      note="first-person author, reads like a bio"),
    C("When Anne, 54, first noticed a deep ache in her right buttock after her Sunday long run, she assumed she had pulled a muscle. Six weeks of stretching later, sitting through a work meeting had become painful, and it was only when she mentioned that symptom that proximal hamstring tendinopathy came up.",
      note="patient story inside article"),
    C("Our clinic’s physiotherapists recommend loading the tendon rather than stretching it in the early stages. Stretching pulls the tendon against the sitting bone, which is exactly what irritates it, whereas slow isometric holds tend to ease pain within a session or two.",
      note="'our clinic' advice, not a promo"),
    C("Sitting is often the most telling symptom. A firm chair is usually easier than a soft sofa, and some runners find that a folded towel under the back of the thigh takes pressure off the sitting bone on long drives."),
    C("A typical first-phase programme includes Isometric Bridge Holds, Long-Lever Bridges, Single-Leg Romanian Deadlifts and, much later, Nordic Curls, introduced one at a time over eight to twelve weeks.",
      note="exercise names in Title Case inside a sentence"),
    C("Lie on your back with your heels resting on a step and your knees slightly bent.", note="short imperative step"),
    C("Lift your hips and hold for 30 seconds.", note="short imperative step"),
    C("Rest for one minute, then repeat four more times.", note="short imperative step"),
    B("site-chrome", "Book an appointment with one of our specialists today — online booking takes two minutes and our Harrogate clinic has evening slots.",
      note="appointment promo"),
    B("share", "Found this useful? Pass it on: Facebook · WhatsApp · Email"),
    B("bio", "Tom qualified as a chiropractor in 2006 and has a special interest in running injuries. Outside the clinic he coaches a junior cross-country squad and is slowly teaching his two greyhounds to jog."),
    B("copyright", "Text and exercise photos © Lakeside Chiropractic & Physio 2012–2024. Please ask us before reusing them on your own site."),
    B("comment", "mike_r · 3 days ago", note="comment username and timestamp"),
    B("comment", "how long before I can go back to hill reps? 8 weeks in and sitting is fine now but hills still flare it up",
      note="reader question to author, no greeting"),
    B("comment", "Reply · Like · 2"),
    B("artefact", "›"),
    BLANK,
    BLANK,
    B("navigation", "Trending now"),
    B("byline", "Rachel Adeyemi, Health correspondent · 11 April 2024, 06:00 BST · Updated 11 April 2024, 09:42 BST"),
    C("The advertisement, which ran on social media for six weeks, claimed that a magnesium spray could ‘switch off’ back pain overnight. The Advertising Standards Authority ruled that the claim was misleading, and the company did not respond to a request for comment.",
      note="'advertisement' and 'comment' in normal sense"),
    C("Dr. Fiona Grant, a GP in Leeds who sees several patients with back pain every week, said she tells people to be wary of any product that promises to fix pain overnight. ‘If something sounds too good to be true, it usually is,’ she said.",
      note="named expert with credentials inside news text; not a bio"),
    C("The evidence for exercise is stronger. A trial in Boston (Saper et al., 2017) found that a 12-week yoga programme was about as effective as a course of physical therapy for adults with chronic low back pain.",
      note="study cited in running text"),
    C("Back pain is now the leading cause of disability worldwide, and the share of adults reporting it rises steadily with age. Researchers expect the number of people living with it to keep growing as populations get older.",
      note="'share' in normal sense"),
    C("In 1998, researchers at a Danish university hospital began following several hundred schoolchildren to see whether back pain in adolescence predicted trouble in adulthood. The study was among the first to show that back pain often starts early in life and comes and goes, rather than arriving once in middle age.",
      note="organisation history written as article text"),
    B("newsletter", "The Body Clock is our free fortnightly email on sleep, movement and growing older well, written by our health desk — sign in to add it to your account."),
    B("copyright", "Photograph: Westend61 / Getty Images", note="image credit"),
    B("navigation", "Filed under: Health, Ageing well, Science"),
    B("artefact", "* * *"),
    BLANK,
    B("reference", "Sources: NHS, Mayo Clinic, Cleveland Clinic, National Institute of Neurological Disorders and Stroke"),
    B("comment", "Loading comments…", note="comment widget placeholder"),
]

# ---------------------------------------------------------------- hard_2
# Yoga site, running magazine, supplement shop page, Q&A forum.
FILES["hard_2.txt"] = [
    B("artefact", "»"),
    B("byline", "Written by Priya Raman, E-RYT 500, C-IAYT · Reviewed by Dr. Sam Okoro, PT, DPT · Last updated 2 May 2024"),
    C("The sequence below differs from the one many of us learned: instead of finishing with Plough Pose, which puts a lot of weight through the neck, it ends with Legs-Up-the-Wall, a gentler inversion that is easy to come out of if your back starts to spasm."),
    C("If your lower back feels stiff in the morning, try moving through Cat-Cow, Child’s Pose, Thread the Needle and Sphinx Pose before you get dressed; the whole sequence takes less than ten minutes.",
      note="pose names in Title Case inside a sentence"),
    C("Come onto your hands and knees with your wrists under your shoulders.", note="short imperative step"),
    C("Breathe in as you let your belly sink and lift your gaze.", note="short imperative step"),
    C("Breathe out as you round your spine and tuck your chin.", note="short imperative step"),
    C("Sink back into Child’s Pose, with your knees wide and your arms long.", note="short imperative step"),
    C("Hold for 30 seconds.", note="short imperative step; repeated later in this file"),
    C("I came to yoga in my forties with a herniated disc and a lot of fear about bending. What helped most was not any single pose but learning to move slowly enough to notice where the edge of discomfort was, and to stop a little before it.",
      note="first-person author"),
    C("You don’t need to subscribe to any particular style of yoga to benefit. Follow whichever classes you enjoy enough to keep going to; in studies of back pain, people who practise regularly for three months or more tend to see the clearest improvements.",
      note="'subscribe' and 'follow' in normal sense"),
    B("share", "Subscribe to our YouTube channel for the full 20-minute follow-along version of this flow."),
    B("share", "Follow us on Instagram @stillpointyoga for a new pose breakdown every Monday"),
    B("newsletter", "Want a gentle practice in your inbox each Sunday? Leave your email below and we’ll send one short sequence a week — no spam, and you can leave whenever you like."),
    B("site-chrome", "Spring retreat: four days of restorative yoga in the Lake District, 16–19 May. Early-bird places close Friday.",
      note="event promo"),
    B("bio", "Priya has taught yoga for back care since 2009 and trained as a yoga therapist after her own spinal surgery. She lives in Bristol with her partner, two children and a very opinionated cat."),
    B("copyright", "Illustrations by Jun Park. All sequences are the property of Stillpoint Yoga and may not be reproduced for commercial classes without written permission."),
    BLANK,
    B("byline", "Fact checked by Joanna Price, MSc"),
    C("Runner’s knee, or patellofemoral pain, is felt as an ache around or behind the kneecap." + NBSP + " It is often worse going downstairs, squatting or after sitting for a long time with your knees bent" + NBSP + "– the so-called ‘cinema sign’.",
      clean="Runner’s knee, or patellofemoral pain, is felt as an ache around or behind the kneecap. It is often worse going downstairs, squatting or after sitting for a long time with your knees bent – the so-called ‘cinema sign’.",
      note="non-breaking spaces"),
    A("Is it safe to keep running with knee pain?", note="FAQ question"),
    C("Usually, yes, as long as the pain stays at or below about 3 out of 10 during the run and has settled by the next morning. If it builds during the run or makes you limp, stop and walk home, and cut your weekly distance for a while."),
    C("What you eat matters less than how much you run, but under-fuelling does raise injury risk. If you are training for a marathon, a couple of oat cookies or a banana straight after a long run is better than nothing while you get a proper meal sorted.",
      note="'cookies' as food"),
    C("Signing up for a race can be a useful goal, but pick one at least 12 weeks away if you are coming back from injury. Build your long run by no more than one or two kilometres a week, and keep every third day easy.",
      note="'signing up' in normal sense"),
    C("Stand on a step on one leg and slowly lower the other heel towards the floor.", note="short imperative step"),
    C("Take three seconds to go down and one second to come back up.", note="short imperative step"),
    C("Slide your back down a wall until your knees are bent to about 60 degrees.", note="short imperative step"),
    C("Hold for 30 seconds.", note="short imperative step; exact repeat"),
    C("Stop immediately and seek medical help if you feel chest pain, unusual breathlessness or dizziness while running, even if the feeling passes when you slow down.",
      note="clinical warning is content"),
    B("disclaimer", "We may earn a small commission if you buy shoes through links on this page. It costs you nothing extra and never decides which pairs make our lists.",
      note="affiliate disclosure"),
    B("newsletter", "Join 48,000 runners who get our injury-free training plans before anyone else"),
    B("newsletter", "By signing up you’re happy for us to send you emails about training, events and offers from our partners. You can unsubscribe at any time."),
    B("navigation", "More from Injuries: The only calf stretch you need · Why your IT band isn’t the problem · Shin splints, explained",
      note="related-article links"),
    B("copyright", "Image credit: Alamy / Ross Harper"),
    B("artefact", "|"),
    BLANK,
    B("site-chrome", "Shop our best-selling joint support formula — now 20% off when you subscribe and save.", note="product promo"),
    A("Each two-capsule serving provides 500 mg of turmeric extract standardised to 95% curcuminoids and 1,500 mg of glucosamine sulfate, with black pepper extract to help absorption.",
      note="product copy on a shop page"),
    C("Do not take glucosamine if you are allergic to shellfish, and speak to your doctor before using turmeric supplements if you take a blood thinner such as warfarin, as both may increase the risk of bleeding.",
      note="supplement safety warning is content"),
    B("disclaimer", "Food supplements should not be used as a substitute for a varied diet. Statements on this page have not been assessed by the FDA or the MHRA, and this product is not intended to diagnose, treat, cure or prevent any disease."),
    B("site-chrome", "Download our app to track your doses and get refill reminders"),
    B("cookie", "Your privacy choices: under the GDPR and the California Consumer Privacy Act you can ask what personal data we hold about you, ask us to delete it, and opt out of its sale or sharing for cross-context behavioural advertising. Some of our partners rely on legitimate interest, which you can object to on the next screen.",
      note="GDPR/CCPA notice"),
    B("cookie", "Do Not Sell or Share My Personal Information"),
    BLANK,
    A("I’m 38 and sit at a desk all day. For the past month I’ve had a dull ache on the right side of my lower back that gets worse in the evenings and eases when I walk. No leg pain or numbness. Should I be worried, and is there anything I can do at home?",
      note="forum question post (page topic, but written by a reader)"),
    B("byline", "Answered by Dr. Michael Osei · 2 years ago"),
    B("bio", "Dr. Michael Osei, MD · Board-certified in physical medicine and rehabilitation · 1,284 answers · Top contributor"),
    C("From what you describe, this sounds like common non-specific back pain, which is rarely serious when there is no leg pain, numbness, fever or weight loss. Try getting up every 30 to 45 minutes, walking at lunchtime, and a few gentle back extensions in the evening. If it is no better in six weeks, or you develop any of those other symptoms, see your doctor.",
      note="expert answer on Q&A forum is the page content"),
    B("site-chrome", "18 people found this answer helpful"),
    B("disclaimer", "Replies on this board come from volunteer clinicians and other members. They can’t examine you, so treat them as general discussion rather than a diagnosis."),
    B("comment", "jenny_b_runs · 1 year ago"),
    B("comment", "same thing happened to me, turned out my chair was way too low. new chair and it went in about 3 wks"),
    B("site-chrome", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
]

# ---------------------------------------------------------------- hard_3
# Medical encyclopedia, government health portal, hospital / news pages.
FILES["hard_3.txt"] = [
    B("artefact", "…"),
    C("Osteoarthritis is the most common form of arthritis and affects the cartilage that covers the ends of the bones in a joint.[3] It develops gradually and most often involves the knees, hips, hands and spine.[4]",
      clean="Osteoarthritis is the most common form of arthritis and affects the cartilage that covers the ends of the bones in a joint. It develops gradually and most often involves the knees, hips, hands and spine.",
      note="bracketed citation markers"),
    C("Symptoms include joint pain and stiffness, particularly after rest, a grating or crackling feeling when the joint moves, and swelling. Morning stiffness usually lasts less than 30 minutes, which helps distinguish osteoarthritis from inflammatory arthritis."),
    C("The National Institute for Health and Care Excellence (NICE) updated its osteoarthritis guideline in 2022. It advises against offering glucosamine or acupuncture, discourages routine use of paracetamol and weak opioids, and puts exercise and weight management at the centre of treatment.",
      note="'updated' in normal sense"),
    C("Vitamin B12 deficiency can also cause tingling and numbness in the feet, so blood tests for B12, thyroid function and diabetes are often arranged when nerve symptoms have no obvious cause in the spine.",
      note="B12 is not a glued footnote; nothing to clean"),
    C("The L5 and S1 nerve roots, which leave the spine between the lowest vertebrae, are the ones most often affected by a herniated disc; pain from S1 typically spreads to the sole or outer edge of the foot.",
      note="L5/S1 are not footnotes"),
    C("Many of the questionnaires used to measure back pain, such as the Oswestry Disability Index, are protected by copyright, so hospitals and researchers have to license them before use. This is one reason different clinics may ask you slightly different questions.",
      note="'copyright' in normal sense"),
    C("If you canâ€™t walk more than a few hundred metres without leg pain that eases when you sit down or bend forward, your doctor may consider lumbar spinal stenosis, a narrowing of the space around the nerves in the lower back.",
      clean="If you can’t walk more than a few hundred metres without leg pain that eases when you sit down or bend forward, your doctor may consider lumbar spinal stenosis, a narrowing of the space around the nerves in the lower back.",
      note="mojibake"),
    C("Spinal stenosis is most common in people over 60 and is usually caused by age-related changes such as thickened ligaments, bulging discs and bony spurs. BACK TO TEXT",
      clean="Spinal stenosis is most common in people over 60 and is usually caused by age-related changes such as thickened ligaments, bulging discs and bony spurs.",
      note="trailing link text"),
    B("reference", "1. Okafor N, Lindqvist E, Brandt M. Walking programmes for chronic low back pain: a randomised controlled trial. Spine J. 2019;19(4):612–20.",
      note="Vancouver-style entry (invented)"),
    B("reference", "2. National Institute for Health and Care Excellence. Osteoarthritis in over 16s: diagnosis and management (NG226). London: NICE; 2022."),
    B("reference", "3. Saper RB, Lemaster C, Delitto A, et al. Yoga, physical therapy, or education for chronic low back pain: a randomized noninferiority trial. Ann Intern Med. 2017;167(2):85–94."),
    B("about", "The Healthwise Medical Encyclopedia is written and edited by a team of physicians, nurses and medical writers. It takes no funding from drug or device makers and carries no advertising on its articles."),
    B("disclaimer", "Encyclopedia entries describe conditions in general terms and can’t take account of your own health, medicines or history; use them to prepare questions for your clinician, not to decide on treatment."),
    BLANK,
    C("Cutting back on sugary drinks, biscuits, cookies and cakes is one of the simplest ways to reduce the added sugar in your diet, which can help with weight loss and take some of the load off painful knees and hips.",
      note="'cookies' as food"),
    C("  Your doctor will usually arrange a follow-up appointment 4 to 6 weeks after you start a new treatment, to check whether it is working and whether you are having any side effects.  ",
      clean="Your doctor will usually arrange a follow-up appointment 4 to 6 weeks after you start a new treatment, to check whether it is working and whether you are having any side effects.",
      note="surrounding whitespace; 'follow-up'"),
    C("The usual dose of paracetamol for adults is one or two 500 mg tablets up to 4 times in 24 hours. Always leave at least 4" + NBSP + "hours between doses, and do not take more than 8 tablets in 24 hours.",
      clean="The usual dose of paracetamol for adults is one or two 500 mg tablets up to 4 times in 24 hours. Always leave at least 4 hours between doses, and do not take more than 8 tablets in 24 hours.",
      note="dosage advice; non-breaking space"),
    C("Get emergency help if you have a fever with back pain, back pain after a fall or serious accident, or chest pain that spreads to your back, as these can be signs of a condition that needs urgent treatment.",
      note="clinical warning is content"),
    C("• Keep moving: several short walks a day are better than one long one when your back is sore.",
      clean="Keep moving: several short walks a day are better than one long one when your back is sore.",
      note="leading bullet"),
    C("• Use heat: a warm bath or a hot water bottle wrapped in a towel can relax tight muscles.",
      clean="Use heat: a warm bath or a hot water bottle wrapped in a towel can relax tight muscles.",
      note="leading bullet"),
    C("You can usually go back to work before your back pain has completely gone. Talk to your employer about short-term changes that might help, such as lighter duties or more frequent breaks."),
    C("Everything you tell your physiotherapist is kept confidential and recorded in your health record, which is only shared with other professionals involved in your care.",
      note="privacy wording in normal sense"),
    B("share", "Print this page | Email this page | Copy link"),
    B("about", "MyHealth Portal is run by the state Department of Health to give residents plain-language, evidence-based information on common conditions, screening and local services."),
    B("cookie", "By continuing to browse MyHealth Portal you consent to the use of session and persistent identifiers, including third-party web beacons that measure reach, as set out in our Privacy and Cookies Notice; you may withdraw consent at any time through your browser settings."),
    B("navigation", "Tags: back pain, sciatica, exercise, self-care"),
    BLANK,
    C("Dr. Laura Chen, a consultant rheumatologist who was not involved in the study, said the results were encouraging but that she would like to see them repeated in a larger group before changing practice.",
      note="named expert with credentials inside news text; not a bio"),
    C("The team reviewed the records of 2,400 patients who had knee replacements between 2015 and 2020 and found that those who completed at least six weeks of physiotherapy before surgery went home, on average, a day earlier.",
      note="'reviewed' in normal sense"),
    A("How long does it take to recover from a knee replacement?", note="FAQ question"),
    C("Most people can walk with a frame or crutches within a day or two and drive again after about six weeks. It can take up to a year for the swelling to settle fully and for the knee to feel natural."),
    C("Before your operation, follow any instructions about eating and drinking exactly, and bring a list of all the medicines you take, including supplements and anything you buy without a prescription.",
      note="'follow' in normal sense"),
    C(CAUDA, note="clinical warning; exact repeat of hard_1"),
    B("about", "This article was originally published on The Conversation and is republished here under a Creative Commons licence."),
    B("bio", "Dr Ben Harlow is a GP in Sheffield and writes our weekly Ask the Doctor column. He is sorry that he cannot reply to individual letters."),
    B("site-chrome", "Prefer to talk to someone? Video consultations with our orthopaedic team are available seven days a week from £65.",
      note="telehealth promo"),
    B("navigation", "Previous: Hay fever season starts early | Next: Why your knees click on the stairs"),
]


def sha12(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def build():
    rows = []
    seen = set()
    for fname in sorted(FILES):
        entries = FILES[fname]
        lines = ["" if e is BLANK else e["text"] for e in entries]
        for t in lines:
            assert "\n" not in t and "\r" not in t
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        for i, e in enumerate(entries, start=1):
            if e is BLANK:
                continue
            s = e["text"].strip()
            assert s, (fname, i)
            row = {"file": fname, "line": i, "label": e["label"]}
            if e["label"] == "boilerplate":
                row["category"] = e["category"]
            row["group"] = sha12(s)
            if e["label"] != "boilerplate":
                row["dup"] = "exact" if row["group"] in seen else "original"
                seen.add(row["group"])
                row["clean"] = e["clean"] if e["clean"] is not None else s
            if e.get("note"):
                row["note"] = e["note"]
            rows.append(row)
    with open(os.path.join(HERE, "gold_lines.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def verify():
    gold = [json.loads(l) for l in open(os.path.join(HERE, "gold_lines.jsonl"), encoding="utf-8")]
    keyed = collections.Counter((r["file"], r["line"]) for r in gold)
    assert all(v == 1 for v in keyed.values()), "duplicate gold rows"
    by_key = {(r["file"], r["line"]): r for r in gold}
    n_nonblank = 0
    groups_seen = {}
    for fname in sorted(FILES):
        with open(os.path.join(HERE, fname), encoding="utf-8") as fh:
            raw = fh.read()
        assert raw.endswith("\n")
        for i, line in enumerate(raw[:-1].split("\n"), start=1):
            s = line.strip()
            if not s:
                assert (fname, i) not in by_key, (fname, i)
                continue
            n_nonblank += 1
            r = by_key[(fname, i)]
            assert r["group"] == sha12(s), (fname, i)
            assert r["label"] in ("content", "boilerplate", "ambiguous")
            if r["label"] == "boilerplate":
                assert r["category"] in CATEGORIES and "clean" not in r and "dup" not in r
            else:
                assert "category" not in r and r["clean"].strip() == r["clean"] and r["clean"]
                assert "\u00a0" not in r["clean"] and "  " not in r["clean"] and "â€" not in r["clean"]
                exp = "exact" if r["group"] in groups_seen else "original"
                assert r["dup"] == exp, (fname, i)
                if r["group"] in groups_seen:
                    assert groups_seen[r["group"]] == r["clean"]
                groups_seen.setdefault(r["group"], r["clean"])
    assert n_nonblank == len(gold), (n_nonblank, len(gold))
    cats = collections.Counter(r["category"] for r in gold if r["label"] == "boilerplate")
    missing = [c for c in CATEGORIES if cats[c] < 3]
    assert not missing, missing
    return gold


if __name__ == "__main__":
    build()
    gold = verify()
    labels = collections.Counter(r["label"] for r in gold)
    cats = collections.Counter(r["category"] for r in gold if r["label"] == "boilerplate")
    per_file = collections.Counter(r["file"] for r in gold)
    print("non-blank lines:", len(gold), dict(sorted(per_file.items())))
    print("labels:", dict(sorted(labels.items())))
    print("categories:", dict(sorted(cats.items())))
    changed = 0
    for r in gold:
        if r["label"] == "content":
            with open(os.path.join(HERE, r["file"]), encoding="utf-8") as fh:
                if fh.read().split("\n")[r["line"] - 1].strip() != r["clean"]:
                    changed += 1
    print("content rows whose clean differs from the stripped line:", changed)
