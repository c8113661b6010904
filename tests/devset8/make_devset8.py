#!/usr/bin/env python3
"""Generate devset8: four synthetic scrape dumps and their per-line gold labels.

Written blind: without reading the pipeline, its configs, its README or docs, its
boilerplate lists, or the other test sets' texts, gold files and READMEs. Only the
generator structure of tests/devset7/make_devset7.py was followed (entry helpers, how
the dump files and gold rows are written, the self-checks). Every paragraph below was
written by hand for this set and every label is data, not the output of a rule. All
organisations, people, products, trials and addresses are fictional, except the three
journal articles cited in scrape_4's footnotes.
Re-running this script rewrites byte-identical files next to it:
    scrape_1.txt, scrape_2.txt, scrape_3.txt, scrape_4.txt, gold_lines.jsonl

Sites (one per file; paragraphs of two pages of that site mixed in one dump):
    scrape_1  news / press-release pages of a university hospital and its university
              ("Wrenfield"): a hip-implant trial, a study of exercise for osteoporosis
    scrape_2  medicine-information site "Medwise": naproxen tablets, diclofenac gel
    scrape_3  newspaper advice column "Ask the Doctor" in "The Northern Courier": a
              reader's back pain, a reader's plantar fasciitis
    scrape_4  recipe blog "The Golden Spoon": a turmeric cauliflower and chickpea
              traybake, tart cherry overnight oats

Each file is a list of entries:
    BLANK                        -> an empty line
    C(text, clean=None)          -> content (clean defaults to the text itself)
    M(clean)                     -> content whose raw text is the mojibake of clean
                                    (its UTF-8 bytes read as Windows-1252)
    B(text, category)            -> boilerplate
    A(text, note, clean=None)    -> ambiguous (not scored)

Gold rows (one per non-blank line), in the format of tests/devset7/make_devset7.py:
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
ACCEPT_ALL = B("Accept all cookies", "cookie")          # scrape_1, scrape_3
REPLY = B("Reply", "comment")                           # scrape_3, scrape_4
CLOSE_GLYPH = B("✕", "artefact")                        # scrape_3, scrape_4

# ---------------------------------------------------------------------------
# scrape_1.txt: news pages of the University of Wrenfield and its teaching hospitals.
# ---------------------------------------------------------------------------
BREADCRUMB_1 = B("Home › News and events › Research news", "navigation")
PRESS_RELEASE = B("Press release", "site-chrome")
NOTES_TO_EDITORS = B("Notes to editors", "site-chrome")
SHARE_1 = B("Share this page: Facebook · X · LinkedIn · Email", "share")
FOOTER_1 = B("© University of Wrenfield 2024 | Privacy notice | Accessibility | Freedom "
             "of information", "copyright")

FILE_1 = [
    B("We use some essential cookies to make this website work. We'd like to set "
      "additional cookies to understand how you use the site and improve our services. "
      "You can accept or reject these optional cookies.", "cookie"),
    ACCEPT_ALL,
    BREADCRUMB_1,
    BLANK,
    PRESS_RELEASE,
    B("EMBARGOED UNTIL 00:01 BST THURSDAY 11 APRIL 2024", "site-chrome"),
    B("Published 9 April 2024 · Communications and Media Office", "byline"),
    B("Reference: PR-2024-118", "site-chrome"),
    C("A new hip replacement that fixes to the bone without cement performed as well as "
      "the standard implant two years after surgery, according to the first results of a "
      "trial led by surgeons at Wrenfield General Infirmary."),
    C("The PORTAL trial randomly assigned 412 patients aged 55 to 80 with severe hip "
      "osteoarthritis to receive either the new implant, which has a 3D-printed titanium "
      "cup with a porous surface that bone can grow into, or the cemented design that has "
      "been used at the hospital for more than 20 years. Neither the patients nor the "
      "physiotherapists who assessed them afterwards knew which implant had been used."),
    A("Pictured: Professor Helen Marsh with the 3D-printed hip cup used in the trial "
      "(Photo: Wrenfield Medical Photography)",
      "image caption with its photo credit: page furniture by form, but the caption also "
      "says what the implant in the study looks like"),
    C("At two years, patients in both groups scored an average of 42 out of 48 on the "
      "Oxford Hip Score, a questionnaire about pain and everyday function, and the "
      "difference between the groups was less than one point. Four patients in each group "
      "needed a second operation."),
    C("“Patients often ask us whether a newer implant is a better implant, and until now "
      "we haven&#8217;t had good evidence either way,” said Professor Helen Marsh, "
      "consultant in Trauma &amp; Orthopaedics at Wrenfield General Infirmary and the "
      "trial&#8217;s chief investigator. “These results tell us the new cup is safe and "
      "does its job in the short term, but we will need to follow people for at least ten "
      "years before we can say whether it lasts longer.”",
      clean="“Patients often ask us whether a newer implant is a better implant, and until "
      "now we haven’t had good evidence either way,” said Professor Helen Marsh, "
      "consultant in Trauma & Orthopaedics at Wrenfield General Infirmary and the trial’s "
      "chief investigator. “These results tell us the new cup is safe and does its job in "
      "the short term, but we will need to follow people for at least ten years before we "
      "can say whether it lasts longer.”"),
    C("CT scans taken at one year showed that bone had grown into the surface of the new "
      "cup in 96% of patients, and there was no sign of the cup loosening or shifting in "
      "any of them."),
    C("Recovery was similar with both implants. Most patients were walking with one stick "
      "by six weeks and driving again by eight weeks, and there was no difference between "
      "the groups in dislocations or blood clots."),
    M("Retired postman Derek Ainsley, 71, from Hebden Bridge, had the new implant fitted "
      "in his left hip in 2021. “I was back on my allotment within two months,” he said. "
      "“I didn’t know which hip I’d been given until they told us at the end, and to be "
      "honest I was just glad to be out of pain.”"),
    C("The trial was funded by the Calder Trust for Bone and Joint Research. The "
      "manufacturer supplied the implants at cost but had no part in analysing the results "
      "or writing the report."),
    C("Around 100,000 hip replacements are carried out in the UK each year, most of them "
      "for osteoarthritis. Cemented implants have a long track record in older patients, "
      "while cementless designs tend to be used in younger, more active people."),
    C("The team will now follow all 412 participants for ten years, with X-rays at five "
      "and ten years, to compare how long the two implants last."),
    BLANK,
    NOTES_TO_EDITORS,
    B("1. Marsh H, Okonjo T, Lindqvist P, et al. Cementless 3D-printed versus cemented "
      "acetabular components in total hip arthroplasty (PORTAL): two-year results of a "
      "randomised controlled trial. Journal of Hip and Knee Surgery 2024; 39(4): 301–10.",
      "reference"),
    B("Professor Helen Marsh is a consultant orthopaedic surgeon at Wrenfield General "
      "Infirmary and Professor of Orthopaedic Surgery at the University of Wrenfield. Her "
      "research focuses on hip and knee replacement in younger patients.", "bio"),
    B("About the University of Wrenfield", "about"),
    B("The University of Wrenfield is a research-intensive university with more than "
      "31,000 students and 7,400 staff. Its Faculty of Medicine and Health works closely "
      "with the city's hospitals to turn laboratory discoveries into treatments that "
      "reach patients.", "about"),
    B("Wrenfield University Hospitals NHS Foundation Trust runs three hospitals and "
      "provides specialist orthopaedic, trauma and rehabilitation services to 1.4 million "
      "people across the region.", "about"),
    B("Media contact: Nadia Kerr, Senior Press Officer, 0113 496 0725, "
      "press@wrenfield.ac.uk", "about"),
    B("Related news", "navigation"),
    B("Weekend physiotherapy gets hip fracture patients on their feet a day sooner",
      "navigation"),
    SHARE_1,
    FOOTER_1,
    BLANK,
    BREADCRUMB_1,
    PRESS_RELEASE,
    B("Published 22 May 2024 · Communications and Media Office", "byline"),
    B("Image: iStock / Getty Images Plus", "copyright"),
    C("Women with osteoporosis who took part in eight months of supervised heavy "
      "resistance and impact training improved the bone density of their spine and hip, "
      "a study from the University of Wrenfield has found."),
    C("People with osteoporosis are often told to avoid lifting, jumping and strenuous "
      "exercise for fear of breaking a bone. The study set out to test whether training "
      "that builds up gradually under supervision is safe for them, and whether it makes "
      "any difference to their bones."),
    C("The researchers recruited 168 postmenopausal women aged 58 to 78 with low bone mass "
      "or osteoporosis. Half attended two 30-minute sessions a week of deadlifts, overhead "
      "presses, squats and jumping chin-ups with drop landings, supervised by a "
      "physiotherapist, while the other half followed a home programme of gentle "
      "stretching and balance exercises."),
    C("After eight months, bone mineral density in the lower spine had risen by an average "
      "of 2.6% in the training group and fallen by 1.1% in the home exercise group. At the "
      "hip, density held steady with training but continued to fall at home."),
    C("“There is a long-standing worry that heavy lifting is dangerous when your bones are "
      "fragile, and it has kept a lot of people away from the kind of exercise that could "
      "help them most,” said Dr Priya Venkatesan, lecturer in exercise physiology, who led "
      "the study. “When the load goes up step by step and someone is checking the "
      "technique, our participants coped very well.”"),
    C("There was one minor injury in the training group, a strained lower back that "
      "settled within two weeks, and nobody in either group broke a bone during the study."),
    C("Women in the training group also stood taller and were more than a second quicker "
      "on a timed test of rising from a chair, walking three metres and sitting back "
      "down."),
    C("The study was funded by the Hallam Bone Health Foundation, a charity, and run at "
      "the Wrenfield Clinical Research Facility."),
    C("The researchers stressed that people with osteoporosis should not start heavy "
      "lifting on their own. Anyone interested should speak to their GP or a "
      "physiotherapist first and look for a class led by someone trained to work with "
      "people who have low bone density."),
    C("Bone mineral density was measured by dual-energy X-ray absorptiometry (DXA), a "
      "low-dose X-ray scan of the hip and lower spine that takes about ten minutes. "
      "BACK TO TEXT",
      clean="Bone mineral density was measured by dual-energy X-ray absorptiometry (DXA), "
      "a low-dose X-ray scan of the hip and lower spine that takes about ten minutes."),
    NOTES_TO_EDITORS,
    B("2. Venkatesan P, Doyle R, Amankwah K, et al. Supervised high-intensity resistance "
      "and impact training in postmenopausal women with low bone mass: a randomised "
      "trial. Bone Health Reports 2024; 12: e10482.", "reference"),
    B("Sign up for Wrenfield Research News, our monthly round-up of discoveries from "
      "across the University.", "newsletter"),
    B("News releases are correct on the day they are published. Contact details, job "
      "titles and research findings may have changed since then.", "disclaimer"),
    SHARE_1,
    FOOTER_1,
]

# ---------------------------------------------------------------------------
# scrape_2.txt: Medwise, a medicine-information site (naproxen; diclofenac gel).
# ---------------------------------------------------------------------------
A_TO_Z = B("Medicines A–Z: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
           "navigation")
PRINT_LEAFLET = B("Print leaflet", "site-chrome")
REPORT_WIDGET = B("Report a side effect", "site-chrome")
KEEP_OUT = C("Keep out of the sight and reach of children.")
DATA_SOURCES = B("Data sources: manufacturers' Summaries of Product Characteristics and "
                 "the British National Formulary, checked on the date of review.",
                 "reference")
FOOTER_2 = B("© 2024 Medwise Health Ltd · Registered in England and Wales No. 10293847",
             "copyright")

FILE_2 = [
    B("Medwise uses cookies to remember your settings and to see which pages people find "
      "useful. Some of them are set by our analytics partner. Choose Accept to allow "
      "them, or manage your choices in Cookie settings.", "cookie"),
    A_TO_Z,
    B("Home / Medicines A–Z / N / Naproxen", "navigation"),
    B("Reviewed by Amira Haddad, MPharm · Last reviewed 14 February 2024", "byline"),
    PRINT_LEAFLET,
    B("Not sure what a tablet is? Use our pill identifier: enter the colour, shape and "
      "markings to check it.", "site-chrome"),
    C("Naproxen is a non-steroidal anti-inflammatory drug (NSAID). It reduces pain, "
      "swelling and stiffness in conditions such as rheumatoid arthritis, osteoarthritis, "
      "gout and ankylosing spondylitis, and it is also used for sprains, strains and "
      "painful periods."),
    C("It works by blocking enzymes called cyclo-oxygenases (COX-1 and COX-2), which the "
      "body uses to make prostaglandins.[1] Prostaglandins are released where tissue is "
      "injured or inflamed and make nerve endings more sensitive to pain.[2]",
      clean="It works by blocking enzymes called cyclo-oxygenases (COX-1 and COX-2), which "
      "the body uses to make prostaglandins. Prostaglandins are released where tissue is "
      "injured or inflamed and make nerve endings more sensitive to pain."),
    C("For arthritis, the usual adult dose is 500 mg twice a day, taken with or just after "
      "food. Your doctor may start you on 250 mg twice a day and increase it; most adults "
      "should not take more than 1 g in a day."),
    C("For an attack of gout, adults usually take 750 mg as a first dose, then 250 mg "
      "every 8 hours until the attack has passed."),
    C("Naproxen sodium&nbsp;220&nbsp;mg tablets bought without a prescription are for "
      "adults and children 12 years and over: take 1 tablet every 8 to 12 hours while "
      "symptoms last, and do not take more than 3 tablets in 24 hours unless a doctor "
      "tells you to.",
      clean="Naproxen sodium 220 mg tablets bought without a prescription are for adults "
      "and children 12 years and over: take 1 tablet every 8 to 12 hours while symptoms "
      "last, and do not take more than 3 tablets in 24 hours unless a doctor tells you "
      "to."),
    C("You can take naproxen with paracetamol. Make sure the paracetamol from all your "
      "medicines together stays within 4 g per day maximum for adults, which is eight "
      "500 mg tablets in 24 hours."),
    C("Do not take naproxen if you have ever had an allergic reaction to aspirin, "
      "ibuprofen or another NSAID, if you have or have had a stomach ulcer or bleeding "
      "from the stomach or gut, or if you have severe heart, liver or kidney failure."),
    C("Common side effects happen in more than 1 in 100 people. Keep taking the medicine, "
      "but talk to your doctor or pharmacist if any of these bother you or do not go "
      "away:"),
    C("• indigestion, heartburn or stomach pain",
      clean="indigestion, heartburn or stomach pain"),
    C("• headaches, dizziness or feeling sleepy",
      clean="headaches, dizziness or feeling sleepy"),
    C("Stop taking naproxen and get medical help straight away if you vomit blood or "
      "something that looks like coffee grounds, or if your poo is black, sticky and "
      "tar-like. These can be signs of bleeding in the stomach."),
    C("Check with a pharmacist before taking naproxen with blood thinners such as "
      "warfarin, antidepressants such as sertraline or citalopram, lithium, methotrexate, "
      "or blood pressure medicines such as ramipril or furosemide. Together they can raise "
      "the risk of bleeding or kidney problems."),
    C("Naproxen is not usually recommended in pregnancy, especially from 20 weeks onwards, "
      "because it can affect the baby's kidneys and heart. Talk to your doctor if you are "
      "pregnant or trying for a baby. Back to top",
      clean="Naproxen is not usually recommended in pregnancy, especially from 20 weeks "
      "onwards, because it can affect the baby's kidneys and heart. Talk to your doctor "
      "if you are pregnant or trying for a baby."),
    KEEP_OUT,
    A("You can report suspected side effects of any medicine to the Yellow Card scheme "
      "online or through the Yellow Card app. Every report helps regulators learn more "
      "about how safe a medicine is.",
      "side-effect reporting paragraph: it is part of the official patient leaflet, but "
      "the site repeats the same generic text on every medicine page next to its own "
      "report widget"),
    REPORT_WIDGET,
    B("“Takes the edge off my knee pain so I can sleep, but I get heartburn unless I have "
      "it after a proper meal.” Rated 7/10 by Graham, 66, for osteoarthritis", "comment"),
    B("Compare prices from 5 online pharmacies", "site-chrome"),
    B("Sponsored · Stiff joints slowing you down? FlexaJoint glucosamine tablets, now 3 "
      "for 2 at selected pharmacies. Shop now", "site-chrome"),
    DATA_SOURCES,
    B("Some leaflet text on this page is public sector information used under the Open "
      "Government Licence v3.0.", "copyright"),
    FOOTER_2,
    B("▲", "artefact"),
    BLANK,
    A_TO_Z,
    B("Home / Medicines A–Z / D / Diclofenac gel", "navigation"),
    PRINT_LEAFLET,
    C("Diclofenac gel is an anti-inflammatory medicine that you rub into the skin. It "
      "relieves pain and swelling from sprains, strains and sports injuries, and from "
      "osteoarthritis of the knees and hands."),
    C("Because only a small amount of the medicine reaches the bloodstream, the gel is "
      "much less likely than tablets to upset the stomach, which makes it a sensible "
      "first choice for older people."),
    C("Adults and children aged 14 years and over: rub 2–4 g of gel (an amount about the "
      "size of a cherry to a walnut) gently into the painful area 3 or 4 times a day, "
      "leaving at least 4 hours between applications."),
    C("Wash your hands after rubbing it in, unless it is your hands you are treating. Do "
      "not cover the area with an airtight dressing."),
    C("Do not use diclofenac gel if you are allergic to diclofenac, aspirin or any other "
      "NSAID, or on broken, grazed or infected skin."),
    C("Stop using the gel and see a doctor if you get a rash, itching, swelling of the "
      "face or lips, or wheezing after putting it on."),
    C("If your pain has not improved after 7 days, or it gets worse, speak to a "
      "pharmacist or doctor."),
    M("Do not store above 25°C. Keep the cap tightly closed."),
    KEEP_OUT,
    C("Tip: the gel can take up to an hour to work, so put it on before an activity you "
      "know will make your joint ache."),
    REPORT_WIDGET,
    B("Medwise pages are for general information. They don't replace advice from your "
      "own doctor or pharmacist, and you should always read the leaflet that comes in "
      "the pack.", "disclaimer"),
    B("Amira Haddad is a community pharmacist with 15 years' experience. She checks every "
      "Medwise medicine page against the latest product information.", "bio"),
    B("Medwise is an independent medicines information service. We don't sell medicines, "
      "and advertisers have no say in what we publish.", "about"),
    B("Get medicine safety alerts by email", "newsletter"),
    DATA_SOURCES,
    FOOTER_2,
    B("&nbsp;", "artefact"),
]

# ---------------------------------------------------------------------------
# scrape_3.txt: "Ask the Doctor" column in The Northern Courier (two weekly columns).
# ---------------------------------------------------------------------------
COLUMN = B("Ask the Doctor", "site-chrome")
ADVERT = B("Advertisement", "site-chrome")
SEND = B("Send your questions to Dr Alan Pryce, Ask the Doctor, The Northern Courier, "
         "12 Quay Street, Leeds LS1 4DY, or email askthedoctor@northerncourier.co.uk",
         "site-chrome")
REGRETS = B("Dr Pryce regrets that he cannot answer letters personally, but he will try "
            "to cover subjects of general interest in future columns.", "disclaimer")
BIO_3 = B("Dr Alan Pryce was a GP in Bradford for 28 years and has written the Ask the "
          "Doctor column since 2011. His book, Straight Talk About Your Health, is out "
          "now.", "bio")

FILE_3 = [
    B("We and our 142 partners store and access information on your device, such as "
      "cookies, and process personal data to show personalised ads and content, measure "
      "performance and develop our products.", "cookie"),
    ACCEPT_ALL,
    B("Lifestyle › Health › Ask the Doctor", "navigation"),
    COLUMN,
    B("By Dr Alan Pryce | Saturday 16 March 2024, 6:00am", "byline"),
    B("You have 2 free articles left this month. Subscribe for unlimited access.",
      "site-chrome"),
    C("I am 64 and have had a dull ache across my lower back for about four months. It "
      "started after a weekend of digging in the garden, and it is worst first thing in "
      "the morning and after I have been sitting in the car. My GP says it is muscular "
      "and has told me to keep active, but I am worried something is being missed. "
      "Should I ask for a scan?"),
    C("Dear Margaret, I can understand why you want to be sure, but your GP's advice is "
      "sound. Most back pain that comes on after unaccustomed work such as digging is "
      "caused by strained muscles and ligaments, and a scan would not change how it is "
      "treated."),
    ADVERT,
    C("Scans can even cause problems of their own. Most people over 60 show some wear in "
      "the discs and joints of the spine on an MRI, whether or not they have pain, and "
      "being told about it can make people more anxious and less active."),
    C("A scan is needed when there are warning signs, which doctors call red flags: "
      "numbness around the back passage or genitals, difficulty passing urine or loss of "
      "control of the bladder or bowels, weakness in the legs, unexplained weight loss, "
      "a fever, or pain that is constant and worse at night. If any of these develop, go "
      "to A&amp;E straight away.",
      clean="A scan is needed when there are warning signs, which doctors call red flags: "
      "numbness around the back passage or genitals, difficulty passing urine or loss of "
      "control of the bladder or bowels, weakness in the legs, unexplained weight loss, "
      "a fever, or pain that is constant and worse at night. If any of these develop, go "
      "to A&E straight away."),
    C("It also helps to know that a strained back often takes longer to settle than "
      "people expect. Many people are much better within six weeks, but aches can come "
      "and go for several months, and that alone is not a sign of anything serious."),
    C("Gentle exercise helps more than rest. Walking, swimming and simple stretches, such "
      "as lying on your back and hugging your knees to your chest, are all worth doing, "
      "building up a little each day."),
    B("Sign up to the Courier Morning Briefing for the day's top stories, free every "
      "weekday.", "newsletter"),
    C("In the meantime, keep moving little and often and break up long car journeys. "
      "Heat, such as a hot water bottle wrapped in a towel, can ease the morning "
      "stiffness, and an anti-inflammatory gel may take the edge off the pain."),
    C("If you are no better in another six weeks, ask your GP to refer you to a "
      "physiotherapist, who can give you a programme of exercises for your back and "
      "hips."),
    SEND,
    REGRETS,
    BIO_3,
    B("This column is syndicated by Pennine Features. Reproduction in whole or in part "
      "without written permission is prohibited.", "copyright"),
    B("Comments (23)", "comment"),
    B("jackdaw_58 · 2 days ago: Had exactly the same after re-turfing the lawn last "
      "spring. Took about eight weeks but it cleared up on its own. Keep moving, "
      "Margaret!", "comment"),
    REPLY,
    BLANK,
    COLUMN,
    B("By Dr Alan Pryce | Saturday 23 March 2024, 6:00am", "byline"),
    M("I’m 52 and a keen hill walker, but for the past three months I’ve had a stabbing "
      "pain under my left heel. It’s at its worst when I take my first steps out of bed, "
      "then eases off, and comes back after I’ve been sitting for a while. A friend says "
      "I need a steroid injection. Is she right?"),
    C("Dear Tom, This sounds like plantar fasciitis, irritation of the thick band of "
      "tissue that runs along the sole of the foot from the heel to the toes. Pain with "
      "the first steps of the day is very typical of it."),
    C("The good news is that around eight in ten people recover within a year without "
      "injections or surgery. Stretching is the mainstay of treatment: stand facing a "
      "wall with the painful foot behind you, keep the heel down and lean forward until "
      "you feel the stretch in the calf. Hold for 30 seconds and repeat three times, "
      "twice a day."),
    ADVERT,
    C("A second stretch works on the sole itself. Before you get out of bed, sit on the "
      "edge and pull your toes back towards your shin with your hand for 10 seconds, 10 "
      "times."),
    C("Cushioned shoes with a slightly raised heel, or silicone heel pads from a chemist, "
      "take some of the load off the tissue. Avoid walking barefoot on hard floors, and "
      "swap a few of your hill walks for cycling or swimming for the next month or so."),
    C("Losing a little weight, if you need to, also reduces the load on the heel with "
      "every step."),
    C("Night splints, which hold the foot flexed while you sleep, help some people whose "
      "pain is worst in the morning."),
    C("Steroid injections can ease the pain for a few weeks, but the benefit tends to "
      "wear off, and they carry a small risk of thinning the fat pad under the heel or "
      "rupturing the fascia.  I would keep them in reserve for pain that has not settled "
      "after several months of stretching.",
      clean="Steroid injections can ease the pain for a few weeks, but the benefit tends "
      "to wear off, and they carry a small risk of thinning the fat pad under the heel or "
      "rupturing the fascia. I would keep them in reserve for pain that has not settled "
      "after several months of stretching."),
    C("Most people notice a difference within six to eight weeks of regular stretching, "
      "so stick with it even if progress feels slow."),
    C("Rolling the sole of your foot over a frozen bottle of water for five minutes after "
      "a walk can soothe a sore heel."),
    C("See your GP if the pain is no better after a few months of these measures, if both "
      "heels are affected, or if the heel is swollen, hot or numb, as these suggest "
      "another cause."),
    SEND,
    REGRETS,
    BIO_3,
    B("Share this article", "share"),
    B("Get Dr Pryce's column in your inbox every Saturday with our free Health & "
      "Wellbeing newsletter.", "newsletter"),
    B("The Northern Courier is published by Northern Courier Media Ltd, part of the "
      "Pennine Press group.", "about"),
    B("© Northern Courier Media Ltd 2024", "copyright"),
    CLOSE_GLYPH,
]

# ---------------------------------------------------------------------------
# scrape_4.txt: The Golden Spoon, a healthy-eating recipe blog (two recipe posts).
# ---------------------------------------------------------------------------
JUMP = B("Jump to Recipe", "navigation")
PRINT_RECIPE = B("Print Recipe", "site-chrome")
PIN = B("Pin Recipe", "share")
NUTRITION_NOTE = B("Nutrition information is an estimate worked out automatically from "
                   "the ingredients and will vary with the brands and quantities you use.",
                   "disclaimer")
MADE_IT = B("Did you make this recipe? Leave a star rating and tell me how it went in the "
            "comments below!", "comment")

FILE_4 = [
    B("We and selected partners use cookies to show you personalised ads and to "
      "understand how you use this site. Manage your preferences or accept to continue.",
      "cookie"),
    B("Home » Recipes » Dinners » Turmeric Cauliflower and Chickpea Traybake",
      "navigation"),
    B("By Lucy Hart · Published 9 January 2024 · Last updated 2 February 2024", "byline"),
    JUMP,
    B("Some links on this page go to Amazon. As an Amazon Associate I'm paid a small fee "
      "when you buy through them, at no extra cost to you.", "disclaimer"),
    C("If your knees and fingers ache more in the colder months, this is the kind of "
      "dinner I lean on. It's a one-tray meal of cauliflower and chickpeas roasted with "
      "turmeric and a little chilli, finished with a lemony yoghurt sauce."),
    C("Turmeric gets its colour from curcumin, a compound studied for its "
      "anti-inflammatory effects. In small trials in people with knee osteoarthritis, "
      "curcumin extracts eased pain about as well as standard painkillers1, although the "
      "doses used were far higher than you would get from cooking.2",
      clean="Turmeric gets its colour from curcumin, a compound studied for its "
      "anti-inflammatory effects. In small trials in people with knee osteoarthritis, "
      "curcumin extracts eased pain about as well as standard painkillers, although the "
      "doses used were far higher than you would get from cooking."),
    C("Black pepper matters here too: piperine, the compound that gives it its bite, "
      "helps the body absorb curcumin, so don't skip it.3",
      clean="Black pepper matters here too: piperine, the compound that gives it its "
      "bite, helps the body absorb curcumin, so don't skip it."),
    B("★★★★★ 4.9 from 63 votes", "site-chrome"),
    PRINT_RECIPE,
    PIN,
    A("Prep Time 10 mins · Cook Time 35 mins · Total Time 45 mins · Servings 4",
      "recipe-card metadata filled in by the blog's recipe plugin (furniture by form), "
      "but the times and number of servings are recipe information a cook needs"),
    C("1 large cauliflower, cut into small florets"),
    C("1 x 400g tin chickpeas, drained and patted dry"),
    C("3 tbsp olive oil"),
    C("2 tsp ground turmeric"),
    C("150g Greek yoghurt mixed with the juice of ½ lemon, to serve"),
    C("Preheat the oven to 200°C (180°C fan)."),
    C("Toss the cauliflower and chickpeas with the oil, turmeric, a pinch of chilli "
      "flakes, plenty of black pepper and a good pinch of salt in a large roasting tin, "
      "spreading everything out in a single layer."),
    C("Roast for 30–35 minutes, turning halfway, until the cauliflower is golden at the "
      "edges and the chickpeas are crisp."),
    C("Spoon the lemony yoghurt over the top and scatter with chopped coriander to serve."),
    C("Wear an apron: turmeric stains wooden spoons, worktops and clothes bright yellow."),
    NUTRITION_NOTE,
    MADE_IT,
    B("Daily JW, Yang M, Park S. Efficacy of turmeric extracts and curcumin for "
      "alleviating the symptoms of joint arthritis: a systematic review and meta-analysis "
      "of randomized clinical trials. J Med Food. 2016;19(8):717–729. ↩", "reference"),
    C("Most of the trials used 1,000 mg of curcumin a day or more, while a teaspoon of "
      "ground turmeric contains only around 100 mg, so think of turmeric as part of an "
      "overall healthy diet rather than a treatment. ↩",
      clean="Most of the trials used 1,000 mg of curcumin a day or more, while a "
      "teaspoon of ground turmeric contains only around 100 mg, so think of turmeric as "
      "part of an overall healthy diet rather than a treatment."),
    B("Shoba G, Joy D, Joseph T, et al. Influence of piperine on the pharmacokinetics "
      "of curcumin in animals and human volunteers. Planta Med. 1998;64(4):353–356. ↩",
      "reference"),
    B("Karen W · January 14, 2024 at 6:52 pm: Made this tonight with sweet potato "
      "instead of the cauliflower and it was lovely. My husband went back for seconds!",
      "comment"),
    REPLY,
    B("Want more easy anti-inflammatory recipes? Join 18,000 readers and get my free "
      "7-day joint-friendly meal plan straight to your inbox.", "newsletter"),
    CLOSE_GLYPH,
    BLANK,
    B("Home » Recipes » Breakfasts » Tart Cherry and Walnut Overnight Oats",
      "navigation"),
    B("By Lucy Hart · Published 20 February 2024", "byline"),
    JUMP,
    C("These overnight oats take five minutes to put together before bed, and breakfast "
      "is waiting for you in the morning. Tart cherries give them a sweet-sour flavour, "
      "and walnuts add crunch and a little plant omega-3."),
    C("Tart cherries are rich in anthocyanins, the pigments that make them so dark red. "
      "A few small studies suggest tart cherry juice may ease joint pain and stiffness, "
      "but the evidence is still limited and it is no substitute for treatment your "
      "doctor recommends."),
    PIN,
    C("50g rolled oats"),
    C("150ml milk or unsweetened almond milk"),
    C("60g frozen tart cherries"),
    C("1 tbsp chopped walnuts"),
    C("&frac12; tsp ground cinnamon", clean="½ tsp ground cinnamon"),
    C("Stir the oats, milk and cinnamon together in a jar, fold in half the cherries, "
      "then cover and leave in the fridge overnight."),
    C("In the morning, loosen with a splash of milk if needed and top with the rest of "
      "the cherries and the walnuts."),
    NUTRITION_NOTE,
    MADE_IT,
    B("Hi, I'm Lucy! I was diagnosed with rheumatoid arthritis at 34 and started this "
      "blog to share the simple, colourful food that helps me feel my best.", "bio"),
    B("I'm a home cook, not a doctor or dietitian. Nothing on this blog is medical "
      "advice, so please check with your healthcare team before changing your diet, "
      "especially if you take regular medication.", "disclaimer"),
    B("© 2024 The Golden Spoon. Please don't republish my photos or recipes without "
      "asking first.", "copyright"),
    B("↑", "artefact"),
]

FILES = [("scrape_1.txt", FILE_1), ("scrape_2.txt", FILE_2), ("scrape_3.txt", FILE_3),
         ("scrape_4.txt", FILE_4)]

# Residue that must never survive in a "clean" text (sanity check on the hand-written data).
BAD_IN_CLEAN = ["&amp;", "&#", "&nbsp;", "&frac12;", "&quot;", "â€", "Ã", "Â", "\u00a0",
                "  ", "BACK TO TEXT", "Back to top", "↩", "•", "painkillers1", "cooking.2",
                "it.3"]
BAD_PATTERNS = [
    re.compile(r"\[\d+(?:[–-]\d+)?\]"),               # [1], [2–4]
    re.compile(r"(?<=[a-z])\d{1,2}(?=[\s.,;:]|$)"),    # footnote digits glued to a word
    re.compile(r"(?<=[a-z)])[.,;:]\d{1,2}(?=\s|$)"),   # footnote digits after punctuation
]

# The inline artefacts the set promises are really there in the raw content lines.
PROMISED_ARTEFACTS = ["&amp;", "&#8217;", "&nbsp;", "&frac12;", "â€™", "â€œ", "Â°", "  ",
                      "BACK TO TEXT", "Back to top", "↩", "• ", "[1]", "painkillers1",
                      "cooking.2"]


if __name__ == "__main__":
    main(FILES, __file__, boilerplate_dup=True, residue=BAD_IN_CLEAN + BAD_PATTERNS,
         min_per_category=5, ambiguous_lines=(1, 3), lines_per_file=(40, 50),
         content_share=(0.35, 0.65), promised_raw=PROMISED_ARTEFACTS)
