#!/usr/bin/env python3
"""Generate devset7: four synthetic scrape dumps and their per-line gold labels.

Written blind: without reading the pipeline, its configs, its README or docs, its
boilerplate lists, or the other test sets' texts, gold files and READMEs. Only the
generator structure of tests/devset6/make_devset6.py was followed (entry helpers, how
the dump files and gold rows are written, the self-checks). Every paragraph below was
written by hand for this set and every label is data, not the output of a rule.
Re-running this script rewrites byte-identical files next to it:
    page_1.txt, page_2.txt, page_3.txt, page_4.txt, gold_lines.jsonl

Sites (one per file; paragraphs of two pages of that site mixed in one dump):
    page_1  wiki-style medical encyclopedia "Clinipedia" (osteoarthritis of the knee,
            carpal tunnel syndrome), wiki furniture
    page_2  women's lifestyle magazine "Lark", health section (menopause and joint pain,
            posture), magazine furniture
    page_3  telehealth / clinic-booking provider "Kestrel Health", condition pages (back
            spasms, knee ligament injuries), booking furniture
    page_4  video page of the channel "Tideway Physio" on the video site "StreamTube"
            (neck-pain routine, hip-mobility routine); the spoken transcript is content,
            the video page around it is not

Each file is a list of entries:
    BLANK                        -> an empty line
    C(text, clean=None)          -> content (clean defaults to the text itself)
    M(clean)                     -> content whose raw text is the mojibake of clean
                                    (its UTF-8 bytes read as Windows-1252)
    B(text, category)            -> boilerplate
    A(text, note, clean=None)    -> ambiguous (not scored)

Gold rows (one per non-blank line), in the format of tests/devset6/make_devset6.py:
    content / ambiguous: file, line, label, group, dup, clean (+ note for ambiguous)
    boilerplate:         file, line, label, category, group, dup
"group" is the first 12 hex digits of the SHA-1 of the stripped line, so every
occurrence of one text shares a group; "dup" is "original" for the first occurrence
over the whole set (files in order) and "exact" for every later one.
"""
import os
import re
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, M, main  # noqa: E402

# ---------------------------------------------------------------------------
# Lines that occur in more than one file (exact repeats across sites).
# ---------------------------------------------------------------------------
REJECT_ALL = B("Reject all", "cookie")
TIMES_GLYPH = B("×", "artefact")

# ---------------------------------------------------------------------------
# page_1.txt: Clinipedia, a volunteer-written wiki medical encyclopedia.
# ---------------------------------------------------------------------------
SKIP_LINKS = B("Jump to navigation Jump to search", "navigation")
TAGLINE = B("From Clinipedia, the free medical encyclopedia", "site-chrome")
EDIT = B("[edit]", "site-chrome")
SEE_ALSO = B("See also", "navigation")
WIKI_LICENCE = B(
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; "
    "additional terms may apply. By using this site, you agree to the Terms of Use and "
    "Privacy Policy.", "copyright")

FILE_1 = [
    SKIP_LINKS,
    B("Clinipedia uses cookies to keep you signed in and to count page views. We do not "
      "sell your data or show advertising. Read more in our privacy policy.", "cookie"),
    BLANK,
    TAGLINE,
    B("This article needs additional citations for verification. Please help improve this "
      "article by adding citations to reliable sources. Unsourced material may be "
      "challenged and removed.", "site-chrome"),
    B("Specialty Orthopedics, rheumatology", "site-chrome"),
    A("Symptoms Knee pain, stiffness after rest, swelling, grating on movement",
      "infobox row: template furniture by form (label + value pulled from the page "
      "template), but its value is a factual summary of the article's subject"),
    C("Osteoarthritis of the knee, also called knee OA or gonarthrosis, is a long-term "
      "condition in which the cartilage lining the knee joint slowly thins and the bone "
      "beneath it remodels.[1] It is by far the commonest type of knee arthritis and a "
      "leading cause of difficulty walking in adults over 50.[2][3]",
      clean="Osteoarthritis of the knee, also called knee OA or gonarthrosis, is a "
      "long-term condition in which the cartilage lining the knee joint slowly thins and "
      "the bone beneath it remodels. It is by far the commonest type of knee arthritis and "
      "a leading cause of difficulty walking in adults over 50."),
    C("Loss of cartilage is accompanied by hardening of the bone just under it, bony spurs "
      "(osteophytes) at the joint margins and thickening of the joint capsule. The inner "
      "(medial) compartment is affected most often, because it carries more of the load "
      "during walking.[4]",
      clean="Loss of cartilage is accompanied by hardening of the bone just under it, bony "
      "spurs (osteophytes) at the joint margins and thickening of the joint capsule. The "
      "inner (medial) compartment is affected most often, because it carries more of the "
      "load during walking."),
    C("Symptoms often come and go, with flares lasting days or weeks between quieter "
      "spells, and how much the knee hurts matches its X-ray appearance only loosely.[5]",
      clean="Symptoms often come and go, with flares lasting days or weeks between quieter "
      "spells, and how much the knee hurts matches its X-ray appearance only loosely."),
    C("Pain typically gets worse with activity such as climbing stairs or getting up from "
      "a chair and eases with rest. Morning stiffness usually lasts less than 30 minutes, "
      "which helps to tell it apart from inflammatory arthritis.[5–7]",
      clean="Pain typically gets worse with activity such as climbing stairs or getting up "
      "from a chair and eases with rest. Morning stiffness usually lasts less than 30 "
      "minutes, which helps to tell it apart from inflammatory arthritis."),
    C("Common findings on examination include tenderness along the joint line, bony "
      "enlargement, crepitus on movement and a reduced range of motion."),
    C("Risk factors include older age, female sex, obesity, an earlier knee injury such as "
      "a torn ACL or meniscus, and work that involves a lot of kneeling or squatting.[8]",
      clean="Risk factors include older age, female sex, obesity, an earlier knee injury "
      "such as a torn ACL or meniscus, and work that involves a lot of kneeling or "
      "squatting."),
    EDIT,
    C("The diagnosis is usually clinical. UK guidance advises that imaging is not needed "
      "to confirm it in people aged 45 or over who have activity-related joint pain and "
      "morning stiffness lasting no longer than 30 minutes.[9] When X-rays are taken, a "
      "standing view with the knee bent to about 45° shows narrowing of the joint space "
      "better than a film taken with the leg straight.[citation needed]",
      clean="The diagnosis is usually clinical. UK guidance advises that imaging is not "
      "needed to confirm it in people aged 45 or over who have activity-related joint "
      "pain and morning stiffness lasting no longer than 30 minutes. When X-rays are "
      "taken, a standing view with the knee bent to about 45° shows narrowing of the joint "
      "space better than a film taken with the leg straight."),
    C("Exercise, weight loss where needed and education are the first-line treatments. "
      "Strengthening the thigh and hip muscles reduces pain by a similar amount to "
      "anti-inflammatory tablets, for as long as the exercise is kept up.[citation needed]",
      clean="Exercise, weight loss where needed and education are the first-line "
      "treatments. Strengthening the thigh and hip muscles reduces pain by a similar "
      "amount to anti-inflammatory tablets, for as long as the exercise is kept up."),
    C("Supportive footwear and a walking stick held in the hand on the opposite side to "
      "the painful knee reduce the load on the joint."),
    C("Paracetamol is no longer recommended as a routine first choice, because trials have "
      "found it gives little more relief than a placebo for osteoarthritis pain.[12]",
      clean="Paracetamol is no longer recommended as a routine first choice, because "
      "trials have found it gives little more relief than a placebo for osteoarthritis "
      "pain."),
    C("Anti-inflammatory gels are preferred to tablets, particularly in older people. A "
      "corticosteroid injection into the joint can settle a flare for a few weeks, but in "
      "one trial injections given every three months for two years were linked to greater "
      "loss of cartilage.[10]",
      clean="Anti-inflammatory gels are preferred to tablets, particularly in older "
      "people. A corticosteroid injection into the joint can settle a flare for a few "
      "weeks, but in one trial injections given every three months for two years were "
      "linked to greater loss of cartilage."),
    C("A 2002 trial published in the New England Journal of Medicine found that washing "
      "out and trimming the osteoarthritic knee by arthroscopy worked no better than a "
      "sham operation,[11] and most guidelines now advise against arthroscopy for knee "
      "osteoarthritis unless the joint is locking.",
      clean="A 2002 trial published in the New England Journal of Medicine found that "
      "washing out and trimming the osteoarthritic knee by arthroscopy worked no better "
      "than a sham operation, and most guidelines now advise against arthroscopy for knee "
      "osteoarthritis unless the joint is locking."),
    C("Total knee replacement is considered when pain and loss of function continue "
      "despite non-surgical treatment. Most modern implants are expected to last 15 to 20 "
      "years."),
    SEE_ALSO,
    B("Hip osteoarthritis · Patellofemoral pain syndrome · Baker's cyst · Knee replacement",
      "navigation"),
    B("References", "reference"),
    B("^ Hunter DJ, Bierma-Zeinstra S (April 2019). \"Osteoarthritis\". The Lancet. 393 "
      "(10182): 1745–1759. Retrieved 14 March 2023.", "reference"),
    B("^ Moseley JB, O'Malley K, Petersen NJ, et al. (July 2002). \"A controlled trial of "
      "arthroscopic surgery for osteoarthritis of the knee\". New England Journal of "
      "Medicine. 347 (2): 81–88. doi:10.1056/NEJMoa013259.", "reference"),
    B("^ \"Osteoarthritis in over 16s: diagnosis and management\". National Institute for "
      "Health and Care Excellence. 19 October 2022. Retrieved 2 May 2023.", "reference"),
    B("Retrieved from \"https://en.clinipedia.org/w/index.php?title=Osteoarthritis_of_the_"
      "knee&oldid=1187345521\"", "site-chrome"),
    B("Categories: Arthritis | Knee disorders | Ageing-associated diseases | Orthopedic "
      "conditions", "navigation"),
    B("This page was last edited on 3 November 2023, at 17:42 (UTC).", "site-chrome"),
    WIKI_LICENCE,
    BLANK,
    SKIP_LINKS,
    C("Carpal tunnel syndrome (CTS) is caused by pressure on the median nerve as it runs "
      "through the carpal tunnel, a narrow channel at the front of the wrist formed by the "
      "wrist bones and the transverse carpal ligament.[1]",
      clean="Carpal tunnel syndrome (CTS) is caused by pressure on the median nerve as it "
      "runs through the carpal tunnel, a narrow channel at the front of the wrist formed "
      "by the wrist bones and the transverse carpal ligament."),
    C("Numbness and tingling in the thumb, index finger, middle finger and the thumb side "
      "of the ring finger, often worse at night."),
    C("Symptoms that wake the person from sleep and are eased by shaking the hand out, "
      "sometimes called the flick sign, are typical.[2] In long-standing cases the fleshy "
      "pad at the root of the thumb wastes, and picking up small objects becomes "
      "difficult.",
      clean="Symptoms that wake the person from sleep and are eased by shaking the hand "
      "out, sometimes called the flick sign, are typical. In long-standing cases the "
      "fleshy pad at the root of the thumb wastes, and picking up small objects becomes "
      "difficult."),
    C("Risk factors include obesity, pregnancy, diabetes, an underactive thyroid, "
      "rheumatoid arthritis and work with forceful or vibrating hand tools.[3]",
      clean="Risk factors include obesity, pregnancy, diabetes, an underactive thyroid, "
      "rheumatoid arthritis and work with forceful or vibrating hand tools."),
    EDIT,
    C("Nerve conduction studies can confirm the diagnosis and grade how severe it is, and "
      "are usually done before surgery.[4] Some centres measure the thickness of the "
      "median nerve with ultrasound instead.[citation needed]",
      clean="Nerve conduction studies can confirm the diagnosis and grade how severe it is, "
      "and are usually done before surgery. Some centres measure the thickness of the "
      "median nerve with ultrasound instead."),
    C("At the bedside, doctors often use Tinel's sign, tingling when the nerve is tapped "
      "at the wrist, and Phalen's test, holding both wrists fully bent for 60 seconds; "
      "neither is very accurate on its own."),
    C("A splint that holds the wrist straight at night is a common first treatment. A "
      "steroid injection into the carpal tunnel gives short-term relief to many patients, "
      "and oral prednisolone, 20 mg daily for two weeks followed by 10 mg daily for two "
      "weeks, has also been studied.[5–7]",
      clean="A splint that holds the wrist straight at night is a common first treatment. "
      "A steroid injection into the carpal tunnel gives short-term relief to many "
      "patients, and oral prednisolone, 20 mg daily for two weeks followed by 10 mg daily "
      "for two weeks, has also been studied."),
    C("Surgery to divide the transverse carpal ligament, by an open or an endoscopic "
      "approach, is advised when symptoms are severe or there is weakness or wasting. Most "
      "people are back to light use of the hand within two weeks."),
    C("The condition was described in detail in 1947 by the British neurologist W. Russell "
      "Brain and colleagues in The Lancet, in a report of six patients whose symptoms "
      "improved after the ligament was cut.[8]",
      clean="The condition was described in detail in 1947 by the British neurologist W. "
      "Russell Brain and colleagues in The Lancet, in a report of six patients whose "
      "symptoms improved after the ligament was cut."),
    B("^ Padua L, Coraci D, Erra C, et al. (November 2016). \"Carpal tunnel syndrome: "
      "clinical features, diagnosis, and management\". The Lancet Neurology. 15 (12): "
      "1273–1284. Retrieved 8 January 2024.", "reference"),
    B("Deutsch Español Français Italiano Nederlands Polski Português Русский 中文",
      "navigation"),
    B("Medical disclaimer: Clinipedia does not give medical advice. Articles are written "
      "by volunteers and may be incomplete or out of date, so always ask a qualified "
      "health professional about your own condition.", "disclaimer"),
    WIKI_LICENCE,
    B("Clinipedia is a free medical encyclopedia written by volunteers and checked by "
      "editors with clinical backgrounds. It is run by the non-profit Open Health "
      "Knowledge Foundation.", "about"),
]

# ---------------------------------------------------------------------------
# page_2.txt: Lark, a UK women's lifestyle magazine, Health section.
# ---------------------------------------------------------------------------
ADVERT = B("Advertisement", "site-chrome")

FILE_2 = [
    B("We value your privacy. We and our 142 partners store and access information on "
      "your device, such as cookies, and process personal data for personalised "
      "advertising, content measurement and audience research.", "cookie"),
    REJECT_ALL,
    B("LARK · Health · Wellness · Beauty · Relationships · Horoscopes · Shop",
      "navigation"),
    B("By Clare Donnelly · Medically reviewed by Dr. Nadia Okafor · Updated 14 February "
      "2024", "byline"),
    C("If your knees, hips or fingers started to ache around the time your periods became "
      "irregular, you are not imagining the link. Joint pain is one of the most common "
      "symptoms of perimenopause, yet it rarely makes the list next to hot flushes and "
      "broken sleep."),
    M("“Oestrogen has an anti-inflammatory effect and helps keep cartilage and the tissues "
      "around a joint well hydrated,” says Dr. Nadia Okafor, a consultant rheumatologist "
      "in Leeds. “When levels fall, a lot of women notice stiffness first thing in the "
      "morning that wears off once they’re moving — and they assume it’s just age.”"),
    ADVERT,
    C("Stiffness that lasts more than an hour, joints that look red or puffy, or pain in "
      "the same joints on both sides of the body can point to an inflammatory condition "
      "such as rheumatoid arthritis, which also becomes more common in midlife. Those are "
      "worth a GP appointment rather than a wait-and-see approach."),
    C("Menopause is also when bone loss speeds up. A DEXA scan reports your bone density as "
      "a T-score. A result of −2.5 or below counts as osteoporosis; anything from −1 down "
      "to −2.5 is osteopenia, meaning bones that are thinner than they should be."),
    C("• Try to get around 700 mg of calcium daily from foods such as dairy, "
      "tinned sardines and fortified plant milks.",
      clean="Try to get around 700 mg of calcium daily from foods such as dairy, "
      "tinned sardines and fortified plant milks."),
    C("• Take 10 micrograms (400 IU) of vitamin D a day in autumn and winter; if a blood "
      "test shows your levels are low, your GP may suggest more, for example 1,500 IU a "
      "day.",
      clean="Take 10 micrograms (400 IU) of vitamin D a day in autumn and winter; if a "
      "blood test shows your levels are low, your GP may suggest more, for example 1,500 "
      "IU a day."),
    B("Quiz: Is it menopause or something else? Take our 2-minute symptom quiz",
      "navigation"),
    C("Strength training is the closest thing to a joint-friendly multitasker, says "
      "Okafor. It builds the muscle that steadies your knees, loads your bones so they "
      "hold on to minerals, and helps with the weight many women gain around the middle. "
      "Two sessions a week is a good target."),
    C("Brisk walking, dancing and climbing stairs all count as weight-bearing exercise."),
    C("Exercise in water is a kind option when your joints are very sore: the water takes "
      "some of your weight while still letting you build strength."),
    C("Poor sleep makes pain feel worse, and pain makes sleep worse. Treating night "
      "sweats, whether with HRT or simply with a cooler bedroom and lighter bedding, can "
      "break that cycle for some women."),
    C("Losing even a little weight takes load off your knees with every step."),
    C("Talk to your GP or a menopause clinic about HRT &amp; joint pain, especially if you "
      "have other symptoms too. It isn&#8217;t licensed as an arthritis treatment, but "
      "many women find their aches ease once they start it.",
      clean="Talk to your GP or a menopause clinic about HRT & joint pain, especially if "
      "you have other symptoms too. It isn’t licensed as an arthritis treatment, but many "
      "women find their aches ease once they start it."),
    B("Shop the story", "site-chrome"),
    B("Lark may earn a small commission when you buy through links on this page. It never "
      "affects which products we pick, and prices were correct when we published.",
      "disclaimer"),
    B("Clare Donnelly is Lark's health editor. She has written about women's health for "
      "15 years and is training, slowly, for her first half-marathon.", "bio"),
    B("Follow Lark on Instagram @larkmag for daily wellness tips", "share"),
    B("Your horoscope for the week ahead: Scorpio, it's time to slow down", "navigation"),
    B("The surprising reason this Hollywood star swapped HIIT for Pilates at 52",
      "navigation"),
    BLANK,
    B("By Priya Lal · 9 March 2024 · 5 min read", "byline"),
    C("Good posture isn't about holding yourself  rigidly upright all day. Physios now "
      "talk about movement variety: no single position is perfect, but staying in any "
      "position for hours, however neat it looks, tends to leave muscles stiff and  sore.",
      clean="Good posture isn't about holding yourself rigidly upright all day. Physios now "
      "talk about movement variety: no single position is perfect, but staying in any "
      "position for hours, however neat it looks, tends to leave muscles stiff and sore."),
    C("The evidence linking slouching to back pain is weaker than most of us assume. "
      "Studies comparing office workers with and without back pain have often found "
      "little difference in how they sit, which is why physios now focus on moving more "
      "rather than on one correct position."),
    B("Slide 1 of 8", "site-chrome"),
    C("Chin nods. Sitting tall, gently nod your chin down as if saying yes to someone a "
      "little shorter than you, hold for five seconds and release. Do 10."),
    B("Slide 2 of 8", "site-chrome"),
    C("Doorway chest stretch. Rest your forearms on either side of a door frame with your "
      "elbows at shoulder height, then step one foot through until you feel a stretch "
      "across the front of your chest. Hold for 30 seconds."),
    B("Slide 3 of 8", "site-chrome"),
    C("Wall angels. Stand with your back and head against a wall and your arms bent like "
      "goalposts, then slowly slide your arms up and down without letting your lower back "
      "arch away from the wall. Do 8 to 10."),
    ADVERT,
    M("“Most people who come to me with a sore neck don’t have bad posture — they have a "
      "posture they never change,” says Dr. Ruth Adeyemi, a physiotherapist and lecturer "
      "in musculoskeletal health in Bristol."),
    C("Set a reminder to stand up every 30&nbsp;minutes, even if it's only to refill your "
      "water glass.",
      clean="Set a reminder to stand up every 30 minutes, even if it's only to refill your "
      "water glass."),
    C("Raise your laptop on a stand or a pile of books so the top of the screen is at eye "
      "level."),
    C("Lift your phone to eye level instead of dropping your head to meet it."),
    C("If neck pain comes with numbness or weakness in your arms, a severe headache, or "
      "started after a fall or accident, don't wait for stretches to work: see a doctor "
      "urgently, or call 999 if symptoms are sudden and severe."),
    C("What's 'tech neck'? It's an informal name for the ache that builds in the back of "
      "the neck and across the shoulders when you spend long stretches looking down at a "
      "phone or laptop. BACK TO TEXT",
      clean="What's 'tech neck'? It's an informal name for the ache that builds in the "
      "back of the neck and across the shoulders when you spend long stretches looking "
      "down at a phone or laptop."),
    B("Pin it", "share"),
    B("Share: Facebook · Pinterest · X · WhatsApp · Email", "share"),
    B("Priya Lal is a freelance writer and qualified yoga teacher who covers fitness and "
      "wellbeing. Her work has appeared in several national newspapers.", "bio"),
    B("Get the Lark Wellness newsletter: real-life health advice, in your inbox every "
      "Sunday. Enter your email address", "newsletter"),
    B("Comments (23)", "comment"),
    B("This is so me!! Been waking up with achy hands for months and nobody ever mentioned "
      "menopause. Booking a GP appointment now x", "comment"),
    B("This article is for general information only and is not a substitute for advice "
      "from your GP or another health professional.", "disclaimer"),
    B("Lark is part of Harbour Lane Media Ltd, a publisher of lifestyle brands for women, "
      "registered in England and Wales.", "about"),
    B("© 2024 Harbour Lane Media Ltd. All rights reserved. No part of this site may be "
      "reproduced without our written permission.", "copyright"),
    TIMES_GLYPH,
]

# ---------------------------------------------------------------------------
# page_3.txt: Kestrel Health, a US primary-care / telehealth provider, condition pages.
# ---------------------------------------------------------------------------
BOOK = B("Book a video visit", "site-chrome")
CALL_911 = C("Call 911 if your pain started after a car crash, a fall from a height or "
             "another serious accident.")
CHEVRON = B("▾", "artefact")

FILE_3 = [
    B("Kestrel Health uses cookies and similar tools to run our website, remember your "
      "preferences and understand how visitors use our pages. We don't use information "
      "from your visits to advertise to you.", "cookie"),
    B("Conditions › Back & spine › Back spasms", "navigation"),
    B("Medically reviewed by Marcus Bell, PT, DPT · Written by the Kestrel Health "
      "editorial team · Last updated: January 8, 2024", "byline"),
    BOOK,
    B("Next available: Tue 10:30 AM", "site-chrome"),
    C("A back spasm is a sudden, involuntary tightening of the muscles along the spine. It "
      "can feel like a cramp, a knot or a band of pain that makes it hard to stand up "
      "straight, and it often starts after lifting, twisting or even a sneeze."),
    C("The muscles tighten to guard an irritated or injured part of the spine. Stress, "
      "poor sleep and long periods of sitting can make spasms more likely."),
    C("Most spasms come from a strain or minor injury to the muscles and ligaments of the "
      "lower back, and they usually settle within a few days to two weeks.2 Staying gently "
      "active speeds recovery more than bed rest does.3",
      clean="Most spasms come from a strain or minor injury to the muscles and ligaments of "
      "the lower back, and they usually settle within a few days to two weeks. Staying "
      "gently active speeds recovery more than bed rest does."),
    C("Heat, such as a warm shower or a heating pad for 15 to 20 minutes at a time, helps "
      "many people relax the muscle. Some find ice more soothing in the first 48 hours; "
      "either is fine."),
    C("Gentle movement helps: short, frequent walks, or lying on your back with your knees "
      "bent and slowly rocking them from side to side."),
    C("Over-the-counter ibuprofen or naproxen can ease the pain. If spasms are severe, a "
      "clinician may prescribe a muscle relaxant such as cyclobenzaprine 5 mg for a few "
      "days, usually for no longer than two to three weeks because it causes "
      "drowsiness1.",
      clean="Over-the-counter ibuprofen or naproxen can ease the pain. If spasms are "
      "severe, a clinician may prescribe a muscle relaxant such as cyclobenzaprine 5 mg "
      "for a few days, usually for no longer than two to three weeks because it causes "
      "drowsiness."),
    A("Not for emergencies. If you think you are having a medical emergency, call 911 or "
      "go to the nearest emergency room.",
      "site-wide banner of the booking service (furniture by position), but its wording "
      "is a genuine emergency instruction a reader of the condition page needs"),
    C("Go to an emergency room right away if back pain comes with numbness in the groin or "
      "inner thighs, new trouble controlling your bladder or bowels, weakness in one or "
      "both legs, or a fever. These can be signs of nerve compression or an infection that "
      "needs urgent treatment."),
    CALL_911,
    B("Expand all", "site-chrome"),
    C("How long do back spasms last?"),
    C("Most ease noticeably within 72 hours, and most people are back to their usual "
      "activities within six weeks. If yours keep coming back, a physical therapist can "
      "look at what is setting them off. Back to top",
      clean="Most ease noticeably within 72 hours, and most people are back to their usual "
      "activities within six weeks. If yours keep coming back, a physical therapist can "
      "look at what is setting them off."),
    C("Can a back spasm be diagnosed over video?"),
    C("Usually, yes. A back spasm is diagnosed from your history and a guided movement "
      "check, which a clinician can watch on screen. A scan only comes into it if "
      "something points to a more serious cause, like the red flags listed above."),
    B("4.8 ★★★★★ (3,214 reviews)", "site-chrome"),
    B("“Got a same-day appointment and the PT walked me through stretches that actually "
      "helped. Would use again.” — Jordan K., Denver", "comment"),
    B("Marcus Bell, PT, DPT — Doctor of Physical Therapy specializing in spine care and "
      "return-to-work rehab · 9 years of experience", "bio"),
    B("1. Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a "
      "joint clinical practice guideline from the American College of Physicians and the "
      "American Pain Society. Ann Intern Med. 2007;147(7):478-491.", "reference"),
    B("Back to top ↑", "site-chrome"),
    BLANK,
    B("Conditions › Sports injuries › Knee ligament injuries", "navigation"),
    B("Medically reviewed by Alicia Romero, MD · Last updated: February 20, 2024",
      "byline"),
    BOOK,
    C("The knee is held together by four main ligaments: the anterior cruciate ligament "
      "(ACL) and posterior cruciate ligament (PCL) inside the joint, and the medial "
      "collateral ligament (MCL) and lateral collateral ligament (LCL) along its sides."),
    C("ACL tears usually happen without any contact, when you land from a jump, stop "
      "suddenly or pivot on a planted foot.1 Many people hear or feel a pop, and the knee "
      "swells within a few hours.",
      clean="ACL tears usually happen without any contact, when you land from a jump, stop "
      "suddenly or pivot on a planted foot. Many people hear or feel a pop, and the knee "
      "swells within a few hours."),
    C("Signs of a ligament injury: a pop at the moment of injury, quick swelling, pain on "
      "the inner or outer side of the knee, and a feeling that the knee is loose or gives "
      "way."),
    C("A clinician checks how stable the knee is with tests such as the Lachman test, in "
      "which the shin is gently drawn forward while the knee is slightly bent. An MRI can "
      "confirm a tear and show whether the meniscus or other ligaments are damaged too."),
    C("• Rest the knee, and use crutches if it hurts to put weight on it.",
      clean="Rest the knee, and use crutches if it hurts to put weight on it."),
    C("• Put ice wrapped in a thin towel on the knee for 20 minutes every 2 to 3 hours for "
      "the first two days.",
      clean="Put ice wrapped in a thin towel on the knee for 20 minutes every 2 to 3 hours "
      "for the first two days."),
    CALL_911,
    C("MCL sprains are graded from 1 to 3. Most heal with a hinged brace and rehab in 2 to "
      "6 weeks, and even a grade 3 tear usually heals without an operation12 when the MCL "
      "is the only ligament injured.",
      clean="MCL sprains are graded from 1 to 3. Most heal with a hinged brace and rehab in "
      "2 to 6 weeks, and even a grade 3 tear usually heals without an operation when the "
      "MCL is the only ligament injured."),
    C("ACL tears are two to eight times more common in female athletes than in male "
      "athletes playing the same sport. ↩",
      clean="ACL tears are two to eight times more common in female athletes than in male "
      "athletes playing the same sport."),
    C("Whether to have surgery depends on your age, how active you are and whether the "
      "knee keeps giving way. Because ACL reconstruction is a planned operation, most "
      "insurance plans need prior authorization, and on a high-deductible plan your share "
      "of the cost can run to several thousand dollars, so ask the surgeon's office for an "
      "estimate before you book. Rehab afterwards usually takes 6 to 9 months."),
    C("Quad sets, heel slides and straight-leg raises, usually 2 x 10 a few times a "
      "day, are often the first exercises after a ligament injury."),
    B("Insurance we accept: Aetna · Anthem Blue Cross · Cigna · Humana · UnitedHealthcare "
      "· Medicare Part B", "site-chrome"),
    B("Alicia Romero, MD — Board-certified in family medicine and sports medicine · 14 "
      "years of experience · Speaks English and Spanish", "bio"),
    B("Kestrel Health Highlands · 3120 W 32nd Ave, Denver, CO 80211 · Mon–Fri 7 AM–7 PM, "
      "Sat 9 AM–2 PM", "about"),
    B("Kestrel Health Cherry Creek · 200 Fillmore St, Suite 110, Denver, CO 80206 · "
      "Mon–Fri 8 AM–6 PM", "about"),
    B("Get the Kestrel app to book visits, message your care team and request refills. "
      "Download on the App Store · Get it on Google Play", "site-chrome"),
    B("Hi there 👋 Have a question about booking? Chat with us", "site-chrome"),
    B("Get seasonal health reminders and wellness tips in your inbox. Subscribe to the "
      "Kestrel newsletter.", "newsletter"),
    B("Email a link to this page", "share"),
    B("Kestrel Health provides primary and urgent care at 12 clinics across Colorado and "
      "video visits in 38 states.", "about"),
    B("Video visits are not right for every condition. Your clinician may recommend an "
      "in-person exam, imaging or a referral, and prescriptions are written at the "
      "clinician's discretion.", "disclaimer"),
    B("© 2024 Kestrel Health, Inc. All rights reserved.", "copyright"),
    CHEVRON,
]

# ---------------------------------------------------------------------------
# page_4.txt: Tideway Physio channel on the video site StreamTube (two video pages with
# their transcripts).
# ---------------------------------------------------------------------------
CHANNEL = B("Tideway Physio · 486K subscribers", "byline")
SUBSCRIBE = B("Subscribe", "newsletter")
SHOW_MORE = B("Show more", "site-chrome")
MUSIC = B("[Music]", "artefact")
KEBAB = B("⋮", "artefact")

FILE_4 = [
    B("Before you continue to StreamTube: we use cookies and data to deliver and maintain "
      "our services, measure audience engagement and site statistics, and show "
      "personalised ads depending on your settings.", "cookie"),
    REJECT_ALL,
    B("7-Minute Neck Pain Relief Routine | Physio-Led Follow-Along", "site-chrome"),
    CHANNEL,
    SUBSCRIBE,
    B("👍 21K   Share   Save", "share"),
    B("612,408 views  Mar 3, 2023", "site-chrome"),
    B("Chapters: 0:00 Intro · 0:48 Chin tucks · 2:05 Upper trap stretch · 3:30 Neck "
      "rotations · 5:10 Shoulder blade squeezes · 6:20 Wrap-up", "navigation"),
    B("This video is for education only and does not replace an assessment by a qualified "
      "clinician. If your pain is getting worse, stop and get medical advice.",
      "disclaimer"),
    B("Research mentioned in this video: Gross A, Kay TM, Paquin JP, et al. Exercises for "
      "mechanical neck disorders. Cochrane Database Syst Rev. 2015;1:CD004250.",
      "reference"),
    SHOW_MORE,
    MUSIC,
    C("Hey, I'm Sam, I'm a physiotherapist, and today we're going to go through a short "
      "routine for that stiff, achy neck you get after a long day at a desk. You don't "
      "need any equipment, just a chair."),
    C("Quick bit of background first: when you spend hours looking down at a screen, the "
      "muscles at the back of your neck are working the whole time to hold your head up. "
      "Moving them through their range every so often gives them a break."),
    C("Okay, so first we're going to do chin tucks. Sit up nice and tall, eyes straight "
      "ahead, and slide your chin straight back, like you're trying to give yourself a "
      "double chin. Don't tip your head down, it&#39;s a straight glide backwards. Hold "
      "for three seconds and relax.",
      clean="Okay, so first we're going to do chin tucks. Sit up nice and tall, eyes "
      "straight ahead, and slide your chin straight back, like you're trying to give "
      "yourself a double chin. Don't tip your head down, it's a straight glide backwards. "
      "Hold for three seconds and relax."),
    C("Let's do ten of those. Back... and relax. Back... and relax. Good."),
    C("Now, if you've been told you have a disc bulge at C5-C6 or anywhere else in your "
      "neck, these are usually still fine, but go gently and stay in a range that feels "
      "comfortable. You should feel a stretch, not pain shooting down your arm."),
    B("This video is sponsored by Restwell Pillows. Restwell's contour pillow has "
      "removable foam layers so you can set the height that suits you, and right now you "
      "can get 20% off with code TIDEWAY20 at the link in the description.",
      "site-chrome"),
    C("Alright, back to it. Next is an upper trap stretch. Hold the seat of your chair "
      "with your right hand, then tilt your left ear towards your left shoulder until you "
      "feel a pull down the right side of your neck. Hold that for 30 seconds and keep "
      "breathing."),
    C("Now switch. Left hand holds the chair, right ear to right shoulder. Same again, 30 "
      "seconds."),
    C("Keep your shoulders relaxed the whole time. If you notice them creeping up towards "
      "your ears, drop them back down and breathe out."),
    C("Now rotations. Turn your head to the right, about 45° or as far as is comfortable, "
      "hold for two seconds, then come back through the middle and go to the left. Keep "
      "your shoulders still, it's only the head moving."),
    C("And, you know, a lot of people subscribe to the idea that you need to crack your "
      "neck to loosen it. You don't. Slow, controlled movement like this does the job "
      "without forcing anything."),
    C("Last one, shoulder blade squeezes. Arms by your sides, squeeze your shoulder blades "
      "back and down, hold for five, and let go. We'll do 2 x 10 of these with a short "
      "rest in between."),
    C("One important thing: if your neck pain came on after a fall or a crash, or you've "
      "got numbness, weakness or clumsiness in your arms or legs, please don't do this "
      "routine. Get checked by a doctor straight away, and call an ambulance if it came "
      "on suddenly."),
    C("That's it. Try this once or twice a day for two weeks, and if things aren't getting "
      "better, it's worth seeing a physio in person."),
    B("If this helped, give it a like and subscribe, and I'll see you in the next one.",
      "newsletter"),
    MUSIC,
    A("Pinned by @TidewayPhysio: Quick correction: at 5:40 I say 2 x 10 for the shoulder "
      "blade squeezes, but if you're new to exercise, start with a single set of 10 and "
      "build up over a week.",
      "comment section (furniture by position), but it is the presenter's own amendment "
      "to the exercise instructions in the transcript"),
    B("@mariekl3921 · 1 year ago: Did this at my desk and my neck feels so much looser. "
      "Thank you!", "comment"),
    B("@dev_on_a_deadline · 8 months ago: The chin tucks are a game changer for my "
      "headaches, at least for me", "comment"),
    B("Up next", "navigation"),
    B("Autoplay is on", "site-chrome"),
    B("Fix Rounded Shoulders in 5 Minutes · Tideway Physio · 1.1M views", "navigation"),
    BLANK,
    B("Hip Mobility Routine for Stiff Hips | 10-Minute Follow-Along", "site-chrome"),
    CHANNEL,
    B("Chapters: 0:00 Warm-up · 1:12 90/90 switches · 3:40 Hip flexor stretch · 5:55 "
      "Clamshells · 8:10 Deep squat hold", "navigation"),
    B("Sam has worked as a chartered physio in sports and spinal rehab for 12 years. "
      "New follow-along videos every Tuesday.", "bio"),
    C("Before we start, if you've got hip pain that's sharp or that wakes you at night, "
      "get that looked at first. Stiffness is one thing, sharp pain is another."),
    C("Tight hips are really common if you sit a lot, because your hips spend most of the "
      "day bent. This routine takes them through the other directions they don't get to "
      "go."),
    C("Okay, so now we're going to loosen up those hips. Start sitting on the floor in a "
      "90/90 position: front leg bent in front of you at a right angle, back leg bent out "
      "to the side at a right angle."),
    C("From here, keep your hands behind you for support and slowly swing both knees over "
      "to the other side, so you switch which leg is in front. Don't rush it. I like to "
      "do about ten of these, five each way."),
    C("Next up is a kneeling hip flexor stretch. Back knee on a cushion, front foot flat. "
      "Tuck your tailbone under first, then shift your weight forward. You should feel it "
      "at the front of the hip on the kneeling side, not in your lower back."),
    C("Hold that for thirty seconds, then swap sides.  If it feels pinchy in the front of "
      "the hip, take the stance a little wider.",
      clean="Hold that for thirty seconds, then swap sides. If it feels pinchy in the front "
      "of the hip, take the stance a little wider."),
    C("Now clamshells. Lie on your side with your knees bent and your heels together, and "
      "lift the top knee like a clamshell opening, without letting your pelvis roll back. "
      "Two sets of 15 on each side."),
    C("Finally, a deep squat hold. Hold onto something sturdy, sink down as far as feels "
      "okay, and just breathe there for 30 seconds. If you've had a hip replacement, skip "
      "this one unless your surgeon has cleared you for deep bending."),
    C("And that's the routine. Do it most days and give it a couple of weeks; most people "
      "notice they can get up off the floor a lot more easily."),
    B("Join 40,000 others on the Tideway Physio email list and get a free printable "
      "exercise sheet for every video: tidewayphysio.com/newsletter", "newsletter"),
    B("© 2024 StreamTube LLC", "copyright"),
    KEBAB,
]

FILES = [("page_1.txt", FILE_1), ("page_2.txt", FILE_2), ("page_3.txt", FILE_3),
         ("page_4.txt", FILE_4)]

# Residue that must never survive in a "clean" text (sanity check on the hand-written data).
BAD_IN_CLEAN = ["&amp;", "&#", "&nbsp;", "&quot;", "â€", "Ã", "\u00a0", "  ", "BACK TO TEXT",
                "Back to top", "↩", "•", "[citation needed]", "weeks.2", "does.3",
                "drowsiness1", "foot.1", "operation12", "&nbsp;"]
BAD_PATTERNS = [
    re.compile(r"\[\d+(?:[–-]\d+)?\]"),          # [3], [5–7]
    re.compile(r"(?<=[a-z])\d{1,2}(?=[\s.,;:]|$)"),  # footnote digits glued to a word
    re.compile(r"(?<=[a-z)])[.,;:]\d{1,2}(?=\s|$)"),  # footnote digits after punctuation
]


if __name__ == "__main__":
    main(FILES, __file__, boilerplate_dup=True, residue=BAD_IN_CLEAN + BAD_PATTERNS,
         min_per_category=5, ambiguous_lines=(1, 3), lines_per_file=(40, 50),
         content_share=(0.35, 0.65))
