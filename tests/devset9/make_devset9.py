#!/usr/bin/env python3
"""Generate devset9: four synthetic scrape dumps and their per-line gold labels.

Written blind: without reading the pipeline, its configs, its README or docs, its
boilerplate lists, or the other test sets' texts, gold files and READMEs. Only the
generator structure of tests/devset8/make_devset8.py was followed (entry helpers, how
the dump files and gold rows are written, the self-checks); none of its sentences were
reused. Every paragraph below was written by hand for this set and every label is data,
not the output of a rule. All organisations, people, products, trials, journals,
identifiers, phone numbers and addresses are fictional.
Re-running this script rewrites byte-identical files next to it:
    crawl_1.txt, crawl_2.txt, crawl_3.txt, crawl_4.txt, gold_lines.jsonl

Sites (one per file; paragraphs of two pages of that site mixed in one dump):
    crawl_1  patient charity "ArthriCare UK": living with rheumatoid arthritis,
             ankylosing spondylitis
    crawl_2  fitness-equipment review site "FormCheck": foam rollers, posture correctors
             for back pain
    crawl_3  abstract pages of a literature database "BiblioMed": exercise therapy for
             chronic low back pain, vitamin D and falls
    crawl_4  private hospital "Holmwood Hospital" (Holmwood Healthcare Group): knee
             replacement, shoulder arthroscopy

Each file is a list of entries:
    BLANK                        -> an empty line
    C(text, clean=None)          -> content (clean defaults to the text itself)
    M(clean)                     -> content whose raw text is the mojibake of clean
                                    (its UTF-8 bytes read as Windows-1252)
    B(text, category)            -> boilerplate
    A(text, note, clean=None)    -> ambiguous (not scored)

Gold rows (one per non-blank line), in the format of tests/devset8/make_devset8.py:
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
SHARE_PAGE = B("Share this page", "share")              # crawl_1 (x2), crawl_4
CLOSE_X = B("×", "artefact")                            # crawl_1, crawl_4

# ---------------------------------------------------------------------------
# crawl_1.txt: ArthriCare UK, a patient charity (RA page, ankylosing spondylitis page).
# ---------------------------------------------------------------------------
DONATE = B("Donate now", "site-chrome")
HELPLINE = B("Call our helpline free on 0808 157 0642", "about")
HOURS = B("Our helpline is open Monday to Friday, 9.30am to 4.30pm, except bank holidays.",
          "about")
FLARE_TIP = C("If a flare lasts more than a few days, ring your rheumatology advice line "
              "rather than waiting for your next appointment.")
REAL_STORIES = B("Real stories", "navigation")
DISCLAIMER_1 = B("This information is for general guidance only. It doesn't replace the "
                 "advice of your GP, rheumatologist or specialist nurse, who know your "
                 "medical history.", "disclaimer")
CHARITY_REG = B("ArthriCare UK is a registered charity in England and Wales (1184302) and "
                "Scotland (SC049871), and a company limited by guarantee registered in "
                "England No. 11690312.", "about")
FOOTER_1 = B("© ArthriCare UK 2024", "copyright")

FILE_1 = [
    B("We use cookies to make our website work and to understand how people find the "
      "information they need. With your permission we'd also like to set cookies that "
      "help us measure our fundraising campaigns. You can change your choices at any "
      "time in Cookie settings.", "cookie"),
    B("Allow all", "cookie"),
    DONATE,
    HELPLINE,
    B("Home > Information and support > Rheumatoid arthritis > Living with RA",
      "navigation"),
    BLANK,
    B("Last reviewed: 12 February 2024 | Next review due: February 2027", "byline"),
    C("Rheumatoid arthritis (RA) is an autoimmune condition: the immune system, which "
      "normally fights infection, attacks the lining of the joints by mistake. This causes "
      "swelling, pain and stiffness, most often in the small joints of the hands and feet, "
      "and over time it can damage the cartilage and bone."),
    C("RA affects people in different ways. Some have long settled spells with only the "
      "occasional flare, while others have symptoms most days. Tiredness is very common "
      "and many people say it is harder to live with than the pain."),
    C("Most people with RA take disease-modifying anti-rheumatic drugs (DMARDs), such as "
      "methotrexate, sulfasalazine or hydroxychloroquine. They don&#8217;t work straight "
      "away, and it can take 8 to 12 weeks to feel the full effect, so it&#8217;s "
      "important to keep taking them even if you notice no change at first.",
      clean="Most people with RA take disease-modifying anti-rheumatic drugs (DMARDs), "
      "such as methotrexate, sulfasalazine or hydroxychloroquine. They don’t work straight "
      "away, and it can take 8 to 12 weeks to feel the full effect, so it’s important to "
      "keep taking them even if you notice no change at first."),
    C("Morning stiffness that lasts longer than an hour is one of the signs that helps "
      "doctors tell RA apart from osteoarthritis, where stiffness usually wears off within "
      "half an hour."),
    C("Methotrexate is taken once a week, not every day. It is usually started at a low "
      "dose and increased over a few weeks, often to 15 or 20 mg a week, and you will need "
      "regular blood tests to check your liver and blood count while you take it."),
    C("If you take methotrexate and get a sore throat, mouth ulcers, a high temperature or "
      "unexplained bruising, contact your rheumatology team straight away, as these can be "
      "signs that the drug is affecting your blood."),
    B("Could you help? £10 could pay for a call to our helpline from someone who has just "
      "been diagnosed. Donate today and help us be there for everyone who needs us.",
      "site-chrome"),
    C("Our nurses recommend keeping a simple flare diary: note which joints are affected, "
      "how long your morning stiffness lasts and anything that might have set it off. "
      "Taking it to your appointments helps your rheumatology team spot patterns and "
      "decide whether your treatment needs to change."),
    C("• Keep moving. Gentle, regular activity such as swimming, cycling or walking keeps "
      "joints supple and muscles strong, and it can ease fatigue too.",
      clean="Keep moving. Gentle, regular activity such as swimming, cycling or walking "
      "keeps joints supple and muscles strong, and it can ease fatigue too."),
    C("Pace yourself: break big jobs into smaller chunks and rest before you are worn out, "
      "not after."),
    C("People with RA have a higher risk of heart disease, partly because of the "
      "inflammation itself.[3] Not smoking, staying active and having your blood pressure "
      "and cholesterol checked regularly all help to bring that risk down.[4]",
      clean="People with RA have a higher risk of heart disease, partly because of the "
      "inflammation itself. Not smoking, staying active and having your blood pressure "
      "and cholesterol checked regularly all help to bring that risk down."),
    FLARE_TIP,
    REAL_STORIES,
    B("“I was 29 when I was diagnosed and thought my running days were over.” Read "
      "Priya's story", "navigation"),
    B("Sources", "reference"),
    B("3. Marlow T, Achebe R. Cardiovascular risk in inflammatory arthritis: a narrative "
      "review. Rheumatology Reviews. 2021;14(2):88–97.", "reference"),
    B("4. ArthriCare UK. Heart health and inflammatory arthritis: member survey report. "
      "London: ArthriCare UK; 2022.", "reference"),
    SHARE_PAGE,
    DISCLAIMER_1,
    B("Sign up to our monthly email for tips on living well with arthritis, the latest "
      "research news and ways to get involved.", "newsletter"),
    HOURS,
    CHARITY_REG,
    FOOTER_1,
    CLOSE_X,
    BLANK,
    B("Home > Information and support > Ankylosing spondylitis", "navigation"),
    B("Written by our information team with Dr Nadia Hussain. Last reviewed: 3 October "
      "2023", "byline"),
    C("Ankylosing spondylitis (AS), also called axial spondyloarthritis, is a long-term "
      "inflammatory condition that mainly affects the spine and the sacroiliac joints, "
      "where the spine meets the pelvis. It usually starts in the late teens or twenties."),
    M("The typical pain is in the lower back and buttocks and is worse after rest and "
      "better with movement. Many people wake in the early hours with back pain and "
      "stiffness that eases once they’re up and about."),
    C("Most people with AS carry a gene called HLA-B27, but having the gene does not mean "
      "you will develop the condition: only a small proportion of people with HLA-B27 ever "
      "do. A blood test for it can support the diagnosis, alongside an MRI scan of the "
      "sacroiliac joints."),
    C("Our helpline nurses are often asked whether AS runs in families. It can, because "
      "HLA-B27 is inherited, but most children of a parent with AS will never develop it."),
    C("Treatment starts with regular exercise and anti-inflammatory painkillers (NSAIDs). "
      "If these don't control your symptoms, your rheumatologist may suggest a biologic "
      "medicine such as an anti-TNF or an IL-17 inhibitor, which you inject yourself."),
    C("Daily stretching &amp; mobility exercises help keep your spine flexible and your "
      "posture upright. Many people find a hydrotherapy pool or a specialist exercise class "
      "easier to stick with than exercising alone.",
      clean="Daily stretching & mobility exercises help keep your spine flexible and your "
      "posture upright. Many people find a hydrotherapy pool or a specialist exercise class "
      "easier to stick with than exercising alone."),
    C("Some people with AS get inflammation at the front of the eye, called uveitis, which "
      "causes a painful red eye and blurred vision. Get it checked the same day at an eye "
      "casualty department or by your GP. Back to top",
      clean="Some people with AS get inflammation at the front of the eye, called uveitis, "
      "which causes a painful red eye and blurred vision. Get it checked the same day at an "
      "eye casualty department or by your GP."),
    C("Once a week, stand with your heels, bottom, shoulders and head against a wall, and "
      "note whether it is getting harder to touch the wall with the back of your head."),
    C("Sleep on a firm mattress with one thin pillow to help keep your spine straight."),
    FLARE_TIP,
    C("Fatigue is common in AS too, especially during a flare. Regular exercise and a set "
      "bedtime help many people, and your doctor can check for anaemia or low mood, which "
      "can make tiredness worse."),
    B("Dr Nadia Hussain is a consultant rheumatologist at Kingsmere University Hospital "
      "and a trustee of ArthriCare UK.", "bio"),
    B("“Hydrotherapy gave me my confidence back.” Read Tom's story", "navigation"),
    B("Walk for ArthriCare: sign up for our 10 km Autumn Stride on 12 October and help "
      "fund our helpline. Entry is free when you pledge to raise £150.", "site-chrome"),
    B("Volunteer with us. We're looking for friendly people to help run our local support "
      "groups. Find out more", "site-chrome"),
    B("Become a member from £3 a month and get our quarterly magazine, discounts on events "
      "and a say in how we're run.", "site-chrome"),
    SHARE_PAGE,
]

# ---------------------------------------------------------------------------
# crawl_2.txt: FormCheck, a fitness-equipment review site (foam rollers; posture braces).
# ---------------------------------------------------------------------------
AFFILIATE = B("We test everything we recommend independently. When you buy through links "
              "on our site, we may earn a commission at no extra cost to you.", "disclaimer")
TOP_PICK = B("Our top pick", "site-chrome")
CHECK_PRICE = B("Check price", "site-chrome")
REPLY = B("Reply", "comment")

FILE_2 = [
    B("We and our partners use cookies, including affiliate cookies that tell retailers "
      "you came from our site. Click Got it to accept, or read our Cookie Policy to find "
      "out more.", "cookie"),
    B("Home / Recovery / Foam Rollers", "navigation"),
    B("By Callum Reyes, Senior Fitness Editor | Updated 3 June 2024", "byline"),
    AFFILIATE,
    C("A foam roller is one of the cheapest bits of kit you can buy for a stiff back, and "
      "used properly it can take the edge off tight muscles after a long day at a desk. We "
      "spent six weeks rolling on eleven of them to find out which are worth your money "
      "and which end up under the bed."),
    TOP_PICK,
    B("Best overall: Ridgeline Pro Grid Roller – £34.99 at Amazon", "site-chrome"),
    CHECK_PRICE,
    C("The Ridgeline's hollow core and raised grid give it a firmer, more targeted feel "
      "than a plain foam cylinder, and it kept its shape through six weeks of daily use "
      "without a dent. At 33 cm long it is plenty for the back and thighs and still small "
      "enough to fit in a gym bag."),
    C("At around £35 it isn't the cheapest roller here, but given how well it held up and "
      "how comfortable the grid felt on the muscles either side of the spine, we think it "
      "is the best value for anyone who will use it several times a week."),
    C("The one drawback is the firmness. Two of our testers with very tender backs found "
      "it too intense at first and got on better starting with a softer roller."),
    A("Density: firm · Length: 33 cm · Diameter: 14 cm · Weight: 680 g",
      "product spec strip from the review template (furniture by form), but the size and "
      "firmness are facts the review text relies on"),
    M("Our physio adviser’s rule of thumb is “roll the muscles, not the spine” — keep "
      "the roller under the thick muscles beside your backbone and never roll directly on "
      "the lower back."),
    C("For the upper back, lie with the roller across your shoulder blades, hands "
      "supporting your head, and do 2 x 10 slow rolls from mid-back to the tops of the "
      "shoulders, pausing on any tight spots for a few breaths."),
    C("Pros: firm, hard-wearing and compact. Cons: too intense for beginners, and the grid "
      "pattern collects dust and hair."),
    C("Before you roll, warm up with a few minutes of walking or marching on the spot, and "
      "stop if you feel any sharp or shooting pain."),
    C("Roll slowly: about an inch a second gives the muscle time to relax."),
    C("Short spells of foam rolling can improve flexibility for a while afterwards1 and may "
      "reduce muscle soreness after exercise.2 There is little evidence, though, that it "
      "fixes the cause of back pain.",
      clean="Short spells of foam rolling can improve flexibility for a while afterwards "
      "and may reduce muscle soreness after exercise. There is little evidence, though, "
      "that it fixes the cause of back pain."),
    B("Product | Density | Length | Best for | Price", "site-chrome"),
    C("If you just want something soft to lie on after work, the Tulsa is a good place to "
      "start. It is a smooth, medium-density roller that feels gentle on a sore back, "
      "although after a month it had started to flatten slightly in the middle."),
    B("How we test: every product in this guide was used by at least three testers for a "
      "minimum of four weeks. We score comfort, build quality, ease of use and value, and "
      "we never accept payment for a place in our rankings.", "about"),
    B("Callum Reyes is a Level 3 personal trainer who has been reviewing fitness kit for "
      "eight years. When he isn't testing equipment, he coaches a masters rowing crew in "
      "Bristol.", "bio"),
    B("1. Hartmann L, Cole J. Acute effects of foam rolling on range of motion: a "
      "meta-analysis. J Sports Rehabil Sci. 2020;11(3):201–214.", "reference"),
    B("2. Okoye N, Brandt S, Vale M. Self-myofascial release and delayed-onset muscle "
      "soreness: a randomised trial. Int J Exerc Med. 2018;6:45–52.", "reference"),
    B("Gary W. says: Bought the grid one after reading this and my back feels looser after "
      "a long shift on my feet. Cheers!", "comment"),
    REPLY,
    B("▲", "artefact"),
    BLANK,
    B("Home / Recovery / Posture Correctors", "navigation"),
    B("By Amira Stone | Fact-checked by Joe Lindqvist, MCSP | Updated 19 April 2024",
      "byline"),
    AFFILIATE,
    C("Posture correctors are straps or braces that pull your shoulders back to stop you "
      "slumping. They can be a useful reminder if you spend hours hunched over a laptop, "
      "but none of the physiotherapists we spoke to would recommend wearing one all day."),
    C("Wearing a brace for long periods lets the muscles that hold you upright do less "
      "work, so the benefit tends to fade once you take it off. Think of it as a prompt to "
      "sit well, not a fix."),
    B("Best overall: Upright Align Posture Brace – £29.99 at Amazon", "site-chrome"),
    CHECK_PRICE,
    C("The Upright Align was the most comfortable brace we tried. The padded straps didn't "
      "dig into our testers' armpits, and the single pull-tab at the front makes it easy "
      "to adjust through a shirt.  It is also machine washable, which matters for "
      "something worn against the skin.",
      clean="The Upright Align was the most comfortable brace we tried. The padded straps "
      "didn't dig into our testers' armpits, and the single pull-tab at the front makes it "
      "easy to adjust through a shirt. It is also machine washable, which matters for "
      "something worn against the skin."),
    C("Pros: soft padding, easy to adjust, washable. Cons: the hook-and-loop fastening can "
      "snag knitwear."),
    C("The cheaper PostureMate strap did what it promised, but its thin elastic rubbed the "
      "skin under our testers' arms within an hour, and even at £17 we don't think it is "
      "worth the saving."),
    C("Start by wearing it for 15 to 20&nbsp;minutes a day and build up slowly, to no more "
      "than an hour or two.",
      clean="Start by wearing it for 15 to 20 minutes a day and build up slowly, to no more "
      "than an hour or two."),
    C("Set a reminder to get up and move every 30 to 45 minutes; a short walk does more "
      "for a stiff back than any strap."),
    C("A brace won't undo a badly set-up desk, so raise your screen until the top is at "
      "eye level and keep your feet flat on the floor."),
    C("Most trials of posture braces have been small and short, so it isn't yet clear "
      "whether they help back or neck pain in the long term. ↩",
      clean="Most trials of posture braces have been small and short, so it isn't yet "
      "clear whether they help back or neck pain in the long term."),
    C("See a GP or physiotherapist rather than relying on a brace if your back pain is "
      "getting worse, wakes you at night or comes with numbness or weakness in your legs."),
    B("Get deal alerts: sign up and we'll email you when our top-rated recovery kit drops "
      "in price.", "newsletter"),
    B("Join 40,000 readers getting our free weekly round-up of the best fitness deals.",
      "newsletter"),
    B("Share: Facebook | Pinterest | WhatsApp | Copy link", "share"),
    B("Leave a comment", "comment"),
    B("•", "artefact"),
    B("© 2024 FormCheck Media Ltd. All rights reserved.", "copyright"),
]

# ---------------------------------------------------------------------------
# crawl_3.txt: BiblioMed, a biomedical literature database (two abstract pages).
# ---------------------------------------------------------------------------
DISPLAY = B("Display options", "site-chrome")
SAVE = B("Save", "site-chrome")
EMAIL = B("Email", "share")
SEND_TO = B("Send to", "site-chrome")
SIMILAR = B("Similar articles", "navigation")
MESH = B("MeSH terms", "reference")
COI_HEAD = B("Conflict of interest statement", "disclaimer")

FILE_3 = [
    B("BiblioMed uses cookies to keep you signed in and to remember your display "
      "settings. By continuing to use this site you agree to our use of cookies.",
      "cookie"),
    DISPLAY,
    SAVE,
    EMAIL,
    SEND_TO,
    B("Free PMC article", "site-chrome"),
    B("Spine Rehabil J. 2022 Nov;31(11):2987-2999. doi: 10.1016/j.sprj.2022.04.017. Epub "
      "2022 May 30.", "reference"),
    C("Motor control exercise versus general exercise for chronic low back pain: a "
      "randomised controlled trial"),
    B("Eleanor J Parr 1, Kwame Mensah 2, Sofia Lindgren 1, Rajiv Bhatt 3", "byline"),
    B("1 School of Health Sciences, University of Kilbride, Glasgow, UK. 2 Department of "
      "Physiotherapy, St Brennan's Hospital, Dublin, Ireland. 3 Centre for Pain Research, "
      "University of Harlow, Harlow, UK.", "bio"),
    B("PMID: 36010482", "reference"),
    C("Background: Exercise therapy is recommended for chronic low back pain, but it is "
      "unclear whether exercises that retrain the deep trunk muscles offer any advantage "
      "over general exercise programmes."),
    C("Objective: To compare the effects of motor control exercise and general exercise on "
      "pain, disability and recurrence over 12 months."),
    C("Methods: Adults aged 18 to 65 with non-specific low back pain lasting at least 12 "
      "weeks were randomly assigned to eight weeks of supervised motor control exercise or "
      "general exercise, in two 45-minute sessions a week. The primary outcome was pain "
      "intensity at 12 months on a 0 to 10 numerical rating scale; secondary outcomes "
      "included disability on the Roland-Morris questionnaire and recurrence of pain."),
    C("Results: Of the participants randomised (n=1,204; mean age 46 years, 58% women), "
      "1,071 (89%) completed 12-month follow-up. Pain fell in both groups, with no "
      "important difference between them (mean difference 0.2 points, 95% CI -0.1 to "
      "0.5)."),
    C("Participants in the motor control group were less likely to have a recurrence that "
      "needed time off work (relative risk 0.81, 95% CI 0.72 to 0.91; p=0.003).  There "
      "were no serious adverse events related to either programme.",
      clean="Participants in the motor control group were less likely to have a recurrence "
      "that needed time off work (relative risk 0.81, 95% CI 0.72 to 0.91; p=0.003). There "
      "were no serious adverse events related to either programme."),
    C("Disability improved by a similar amount in the two groups (mean difference 0.4 "
      "points on the Roland-Morris scale, 95% CI -0.3 to 1.1)."),
    C("Conclusions: Motor control exercise was no better than general exercise for pain at "
      "12 months, although it may reduce recurrences. Patient preference and cost could "
      "reasonably guide the choice between the two."),
    A("Trial registration: ISRCTN48213776.",
      "the trial registration line is printed as part of the structured abstract, but it "
      "is an identifier, not text a reader of the abstract needs"),
    COI_HEAD,
    B("KM has received speaker fees from a professional physiotherapy body. The other "
      "authors declare no competing interests.", "disclaimer"),
    B("Copyright © 2022 Elsevier Ltd. All rights reserved.", "copyright"),
    SIMILAR,
    B("Hollings M, Tran D. Pilates for chronic low back pain: a systematic review. J "
      "Bodyw Ther Res. 2020;24(2):110-118. PMID: 32507133", "navigation"),
    MESH,
    B("Adult; Exercise Therapy / methods*; Female; Humans; Low Back Pain / therapy*; Male; "
      "Middle Aged; Treatment Outcome", "reference"),
    BLANK,
    EMAIL,
    SEND_TO,
    B("J Gerontol Clin Nutr. 2021 Jul;50(4):1190-1198. doi: 10.1093/jgcn/afab071.",
      "reference"),
    C("Monthly high-dose vitamin D and falls in community-dwelling adults aged 70 and "
      "over: a randomised placebo-controlled trial"),
    B("Margaret A Doyle 1, Tobias Reinholt 2, Aisha Karim 1", "byline"),
    B("1 Institute of Ageing and Health, Tynemouth University, Newcastle, UK. 2 Department "
      "of Geriatric Medicine, Aalberg University Hospital, Aalberg, Denmark.", "bio"),
    B("PMID: 34115208", "reference"),
    C("Importance: Low blood levels of vitamin D are common in older people and have been "
      "linked to muscle weakness and falls, but trials of supplements have given "
      "conflicting results."),
    C("Objective: To test whether a monthly dose of vitamin D given for two years reduces "
      "the rate of falls in older adults living at home."),
    C("Design, setting and participants: Double-blind trial at 14 general practices in "
      "northern England. Adults aged 70 or over living at home, without a diagnosis of "
      "osteoporosis, were eligible."),
    C("Interventions: Participants were randomly assigned to 60,000 IU of vitamin D3 or "
      "an identical placebo capsule once a month for two years. Falls were recorded with "
      "monthly diaries and follow-up telephone calls."),
    C("Main outcomes and measures: The primary outcome was the rate of falls over two "
      "years. Secondary outcomes included the number of people who fell at least once, "
      "fractures and grip strength."),
    C("Results: Of 2,318 participants randomised, 2,096 completed the trial. At two years, "
      "blood levels of 25-hydroxyvitamin D averaged 98 nmol/L in the vitamin D group and "
      "51 nmol/L in the placebo group (p&lt;0.001), but the rate of falls did not differ "
      "(incidence rate ratio 1.04, 95% CI 0.93 to 1.16).",
      clean="Results: Of 2,318 participants randomised, 2,096 completed the trial. At two "
      "years, blood levels of 25-hydroxyvitamin D averaged 98 nmol/L in the vitamin D "
      "group and 51 nmol/L in the placebo group (p<0.001), but the rate of falls did not "
      "differ (incidence rate ratio 1.04, 95% CI 0.93 to 1.16)."),
    C("Fractures occurred in 5.1% of the vitamin D group and 4.8% of the placebo group, and "
      "grip strength did not differ between the groups."),
    C("Among participants whose level was below 25 nmol/L at the start, falls were less "
      "frequent with vitamin D, but this subgroup was small and the finding should be "
      "treated with caution."),
    C("Conclusions and relevance: Monthly high-dose vitamin D did not prevent falls in "
      "older adults, most of whom were not deficient. Routine supplementation to prevent "
      "falls is not supported in this population."),
    B("© The Author(s) 2021. Published by Oxford University Press on behalf of the "
      "Society for Clinical Nutrition in Ageing. All rights reserved.", "copyright"),
    SIMILAR,
    B("Ferris K, et al. Vitamin D supplementation and fracture risk in older women: an "
      "updated meta-analysis. Osteoporos Update. 2022. PMID: 35520871", "navigation"),
    B("Cited by", "navigation"),
    B("+", "artefact"),
    B("Create alert: get an email when new articles matching your search are added.",
      "newsletter"),
    B("BiblioMed is a free search engine for the biomedical and life-sciences literature, "
      "maintained by the National Centre for Health Information.", "about"),
]

# ---------------------------------------------------------------------------
# crawl_4.txt: Holmwood Hospital, a private hospital (knee replacement; shoulder
# arthroscopy).
# ---------------------------------------------------------------------------
CALLBACK = B("Request a call back", "site-chrome")
FIND_CONSULTANT = B("Find a consultant", "navigation")
VIEW_PROFILE = B("View profile", "navigation")
CQC = B("Rated Good by the Care Quality Commission", "about")
PRICE_NOTE = B("Prices are a guide only and will be confirmed in writing after your "
               "consultation and any tests you need. The initial consultation and "
               "diagnostic scans are charged separately.", "disclaimer")
FOOTER_4 = B("© 2024 Holmwood Healthcare Group Ltd. Registered in England No. 04827713.",
             "copyright")

FILE_4 = [
    B("We use cookies to make our website work and, with your consent, to measure how it "
      "performs and show you relevant content. Choose 'Accept all' or manage your "
      "preferences.", "cookie"),
    B("Manage preferences", "cookie"),
    B("Home › Treatments › Orthopaedics › Knee replacement surgery", "navigation"),
    FIND_CONSULTANT,
    CALLBACK,
    B("Self-pay total knee replacement from £14,295", "site-chrome"),
    B("Spread the cost with 0% finance over 10 months. Representative APR 0%. Subject to "
      "status.", "site-chrome"),
    BLANK,
    C("Knee replacement is an operation to replace the worn surfaces of the knee joint "
      "with metal and plastic parts. It is most often done for osteoarthritis, when pain "
      "and stiffness stop you sleeping, walking or working and other treatments no longer "
      "help."),
    C("In a total knee replacement the ends of the thigh bone and shin bone are resurfaced, "
      "and sometimes the back of the kneecap too. If the damage is limited to one side of "
      "the joint, a partial replacement may be possible, which usually means a quicker "
      "recovery."),
    A("Hospital stay: 1–3 nights · Anaesthetic: spinal or general · Back to driving: "
      "around 6 weeks",
      "'at a glance' box from the page template (furniture by form), but every item is "
      "procedure information a patient needs"),
    C("About a week or two before surgery you will have a pre-operative assessment, with "
      "blood tests, a heart tracing (ECG) and a check of the medicines you take. Tell the "
      "nurse if you take blood thinners, as you may need to stop them a few days before "
      "the operation."),
    C("On the day of your operation you will be asked not to eat for six hours beforehand, "
      "although you can usually sip water until two hours before. Your surgeon will see "
      "you on the ward to mark your knee and answer any last questions, and the "
      "anaesthetist will explain the spinal anaesthetic, which numbs you from the waist "
      "down while you are sedated."),
    M("Most people are helped out of bed the same day or the morning after surgery — "
      "getting moving early lowers the risk of blood clots and stiffness."),
    C("You will usually stay in hospital for one to three nights. Before you go home our "
      "physiotherapists will check that you can get in and out of bed, manage stairs and "
      "use your crutches safely."),
    C("Expect the knee to be swollen and bruised for several weeks. Most people use "
      "crutches or sticks for 4 to 6 weeks and can drive again at about six weeks, once "
      "they can do an emergency stop."),
    C("Call 999 if you suddenly become short of breath or have chest pain after your "
      "operation, as these can be signs of a blood clot in the lungs."),
    C("Keep doing your knee exercises three or four times a day, even when it's sore: the "
      "first six weeks matter most for how well the knee will bend."),
    C("Most knee replacements last 20 years or more. Kneeling may feel uncomfortable "
      "afterwards, but it won't damage the new joint."),
    C("Take your painkillers regularly for the first two weeks so you can keep up with "
      "your exercises."),
    B("Mr Daniel Osei MB ChB FRCS (Tr & Orth), Consultant Orthopaedic Surgeon. Special "
      "interests: primary and revision knee replacement, sports knee injuries.", "bio"),
    VIEW_PROFILE,
    B("“From my first consultation to my last physio session, everyone was brilliant. I "
      "was walking the dog again within eight weeks.” – Janet, knee replacement patient",
      "comment"),
    CQC,
    B("Our orthopaedic unit holds Joint Accreditation for Quality in Surgery and is a "
      "member of the Independent Hospitals Network.", "about"),
    PRICE_NOTE,
    SHARE_PAGE,
    BLANK,
    B("Home › Treatments › Orthopaedics › Shoulder arthroscopy", "navigation"),
    CALLBACK,
    B("Self-pay shoulder arthroscopy from £5,450", "site-chrome"),
    B("Medically reviewed by Miss Clare Whitlock, Consultant Orthopaedic Surgeon, May 2024",
      "byline"),
    C("Shoulder arthroscopy is keyhole surgery on the shoulder joint. The surgeon makes two "
      "or three small cuts, each about 1 cm long, passes a thin camera called an "
      "arthroscope into the joint and uses fine instruments through the other cuts to "
      "carry out the repair."),
    C("It&#8217;s used to treat problems such as impingement, rotator cuff tears, frozen "
      "shoulder &amp; repeated dislocation, and to look inside the joint when scans "
      "haven&#8217;t shown the cause of your pain.",
      clean="It’s used to treat problems such as impingement, rotator cuff tears, frozen "
      "shoulder & repeated dislocation, and to look inside the joint when scans haven’t "
      "shown the cause of your pain."),
    C("The operation usually takes 30 minutes to an hour under general anaesthetic, often "
      "with a nerve block that numbs the shoulder and arm for several hours afterwards. "
      "Most people go home the same day."),
    C("After a rotator cuff repair you will wear a sling day and night, taking it off only "
      "to wash, dress and do your exercises, usually for about six weeks. After a simpler "
      "procedure such as a decompression you can often stop using the sling within a few "
      "days."),
    C("Your physiotherapist will show you gentle pendulum exercises, letting the arm hang "
      "and swing in small circles, which you can usually start the day after surgery."),
    C("For the first few nights you may be more comfortable sleeping propped up at about "
      "30° on pillows, with a pillow under the elbow of your operated arm."),
    C("Keep the small wounds clean and dry until they have healed, usually 10 to "
      "14&nbsp;days.",
      clean="Keep the small wounds clean and dry until they have healed, usually 10 to 14 "
      "days."),
    C("• Ice packs wrapped in a towel, 20 minutes at a time, help with swelling and pain.",
      clean="Ice packs wrapped in a towel, 20 minutes at a time, help with swelling and "
      "pain."),
    C("Most people can return to desk work after one to two weeks, but heavy lifting and "
      "overhead work may have to wait three months or more after a repair."),
    C("Contact the hospital straight away if a wound becomes red, hot or starts to leak, or "
      "if you develop a high temperature."),
    B("Miss Clare Whitlock BSc MBBS FRCS (Orth), Consultant Orthopaedic Surgeon. Special "
      "interests: shoulder and elbow surgery, arthroscopic rotator cuff repair.", "bio"),
    B("“Excellent care from start to finish. Miss Whitlock explained everything clearly "
      "and my shoulder is better than it's been in years.” – Verified patient", "comment"),
    FIND_CONSULTANT,
    CQC,
    B("Holmwood Hospital, Ridge Lane, Guildford GU2 7XQ. Free on-site parking for "
      "patients and visitors, with blue badge spaces next to the main entrance.", "about"),
    B("Sign up to our newsletter for health tips from our consultants and news from your "
      "local Holmwood hospital.", "newsletter"),
    FOOTER_4,
    CLOSE_X,
]

FILES = [("crawl_1.txt", FILE_1), ("crawl_2.txt", FILE_2), ("crawl_3.txt", FILE_3),
         ("crawl_4.txt", FILE_4)]

# Residue that must never survive in a "clean" text (sanity check on the hand-written data).
BAD_IN_CLEAN = ["&amp;", "&#", "&nbsp;", "&lt;", "&gt;", "&quot;", "â€", "Ã", "Â",
                "\u00a0", "  ", "BACK TO TEXT", "Back to top", "↩", "•", "afterwards1",
                "exercise.2"]
BAD_PATTERNS = [
    re.compile(r"\[\d+(?:[–-]\d+)?\]"),               # [3], [2–4]
    re.compile(r"(?<=[a-z])\d{1,2}(?=[\s.,;:]|$)"),    # footnote digits glued to a word
    re.compile(r"(?<=[a-z)])[.,;:]\d{1,2}(?=\s|$)"),   # footnote digits after punctuation
]

# Tokens and traps the set promises in its content lines (checked below).
PROMISED_TOKENS = ["DMARDs", "HLA-B27", "20 mg", "2 x 10", "30°", "4 to 6 weeks",
                   "95% CI 0.72 to 0.91", "p=0.003", "n=1,204", "Call 999 if",
                   "Our nurses recommend", "On the day of your operation", "best value"]

# The inline artefacts the set promises are really there in the raw content lines.
PROMISED_ARTEFACTS = ["&amp;", "&#8217;", "&nbsp;", "&lt;", "â€™", "â€œ", "â€”", "  ",
                      "Back to top", "↩", "• ", "[3]", "afterwards1", "exercise.2"]


def check_boilerplate_lengths(lines):
    """Boilerplate lines of each length class exist: short (1-4 words) and long (2+ sentences)."""
    bp = [text for text, row in lines if row["label"] == "boilerplate"]
    assert sum(1 for t in bp if len(t.split()) <= 4) >= 10
    assert sum(1 for t in bp if len(re.findall(r"[.!?](?:\s|$)", t)) >= 2) >= 5


if __name__ == "__main__":
    main(FILES, __file__, boilerplate_dup=True, residue=BAD_IN_CLEAN + BAD_PATTERNS,
         min_per_category=5, ambiguous_lines=(1, 3), lines_per_file=(40, 50),
         content_share=(0.35, 0.65), promised_raw=PROMISED_ARTEFACTS,
         promised_clean=PROMISED_TOKENS, check=check_boilerplate_lengths)
