#!/usr/bin/env python3
"""Generate devset6: four synthetic scrape dumps and their per-line gold labels.

Written blind: without reading the pipeline, its configs, its docs or the other test
sets' texts and gold files. Only the generator structure of tests/devset5/make_devset5.py
was followed (entry helpers, file writing, gold rows, self-checks); every paragraph
below was written by hand for this set, and the labels are data, not the output of
any rule. Re-running this script rewrites identical files next to it:
    dump_1.txt, dump_2.txt, dump_3.txt, dump_4.txt, gold_lines.jsonl

Sites (one per file; paragraphs of several pages of that site mixed):
    dump_1  health section of a US general news website (knee-replacement study,
            back pain at work, a wire brief on hip fractures), newspaper furniture
    dump_2  UK online shop's blog selling supplements and supports (joint supplements,
            wrist braces for carpal tunnel, magnesium for cramps), shop furniture
    dump_3  patient Q&A forum (sciatica, frozen shoulder, gout); questions and the
            expert's answers are content, member chatter and forum furniture are not
    dump_4  UK national public-health portal (osteoporosis, falls in older people,
            arthritis and work), official furniture

Each file is a list of entries:
    BLANK                                   -> an empty line
    C(text, clean=None)                     -> content (clean defaults to text)
    M(clean)                                -> content whose raw text is the mojibake of
                                               clean (UTF-8 read as Windows-1252)
    B(text, category)                       -> boilerplate
    A(text, note, clean=None)               -> ambiguous (not scored)

Gold rows (one per non-blank line), in the format of tests/devset5/make_devset5.py:
    content / ambiguous: file, line, label, group, dup, clean (+ note for ambiguous)
    boilerplate:         file, line, label, category, group, dup
"group" is the first 12 hex digits of the SHA-1 of the stripped line, so every
occurrence of the same text shares a group; "dup" is "original" for the first
occurrence over the whole set (files in order) and "exact" for later ones.
"""
import os
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, M, main  # noqa: E402

# ---------------------------------------------------------------------------
# Lines shared by more than one file (exact repeats across sites).
# ---------------------------------------------------------------------------
ACCEPT_ALL = B("Accept all cookies", "cookie")
TOP_LINK = B("↑ Back to top", "site-chrome")
CLOSE_GLYPH = B("✕", "artefact")

# ---------------------------------------------------------------------------
# dump_1.txt: The Lakeshore Tribune (US daily newspaper), Health section.
# ---------------------------------------------------------------------------
ADVERT = B("Advertisement", "site-chrome")
COLE_QUOTE = C(
    "“People come in convinced they’ve been sitting wrong,” says Dr. Hannah Cole, a "
    "physiatrist who treats injured workers in Chicago. “Usually the real problem is that "
    "they’ve been sitting, full stop, for four hours without getting up.”")

FILE_1 = [
    B("We and our partners use cookies and similar technologies to personalize content and "
      "ads, provide social media features and analyze our traffic. You can change your "
      "choices at any time by selecting Privacy Choices at the bottom of any page.", "cookie"),
    ACCEPT_ALL,
    B("News › Health › Medical Research", "navigation"),
    BLANK,
    B("By Dana Whitlock, Health Reporter | Published March 5, 2024, 6:00 a.m. ET | Updated "
      "March 5, 2024, 11:42 a.m. ET", "byline"),
    C("Patients who started physical therapy at home within a day of leaving the hospital "
      "after a total knee replacement walked farther and reported less pain six weeks later "
      "than those who waited for outpatient appointments, according to a study of more than "
      "1,800 patients published Monday."),
    C("“The first two weeks are when people either get their motion back or they don’t,” said "
      "Dr. Priya Raman, an orthopedic surgeon at Lakeshore General Hospital and the study’s "
      "lead author. “We wanted to know whether we were wasting that window by making people "
      "wait for a clinic slot.”"),
    C("The researchers followed 1,812 adults aged 55 to 80 at four hospitals in Illinois and "
      "Wisconsin. Half were sent home with a tablet app that guided them through their "
      "exercises and let a therapist check in by video; the rest received the usual referral "
      "to outpatient physical therapy, which in practice began an average of nine days after "
      "discharge."),
    A("A patient practices knee bends with a physical therapist at Lakeshore General Hospital "
      "six days after surgery.",
      "image caption: describes the photo on the page, not part of the story's running text"),
    B("Photo: Marcus Ellery / The Lakeshore Tribune", "byline"),
    C("At six weeks, the early-therapy group could bend the knee to 110 degrees on average, "
      "compared with 101 degrees in the usual-care group, and more of them had stopped using a "
      "walker. Rates of falls and hospital readmissions were similar in both groups."),
    C("Patients in the home group also took fewer opioid pills in the first month after "
      "surgery: a median of 18, compared with 27 in the usual-care group."),
    ADVERT,
    C("The study was funded by the National Institutes of Health. Two of the authors reported "
      "receiving consulting fees from companies that make knee implants, and one is an "
      "unpaid adviser to the firm that developed the exercise app, according to a disclosure "
      "published with the paper."),
    C("Not everyone is convinced the app itself made the difference. Dr. Alan Brenner, a "
      "physical therapist at the University of Minnesota who was not involved in the research, "
      "said patients who volunteered for the trial may have been more motivated to begin "
      "with. “Any program that gets people moving the day after they get home is going to "
      "look good,” he said. “The question is whether it holds up at a year.”"),
    C("Anyone who develops sudden swelling in one calf, chest pain or shortness of breath in "
      "the weeks after joint surgery should call 911, because these can be signs of a blood "
      "clot that has traveled to the lungs."),
    C("About 790,000 knee replacements are performed in the United States each year, a number "
      "expected to climb as the population ages and more people stay active into their "
      "70s&nbsp;and 80s. Medicare&#8217;s payment rules have also pushed hospitals to send "
      "patients home sooner.",
      clean="About 790,000 knee replacements are performed in the United States each year, a "
      "number expected to climb as the population ages and more people stay active into "
      "their 70s and 80s. Medicare’s payment rules have also pushed hospitals to send "
      "patients home sooner."),
    B("Related: Knee pain on the stairs? What actually helps", "navigation"),
    C("Raman said her team is now enrolling patients for a follow-up trial that will track "
      "them for two years."),
    B("Share this article: Facebook · X · LinkedIn · Email · Copy link", "share"),
    B("Topics: Health, Orthopedics, Medical Research, Aging", "navigation"),
    B("Dana Whitlock covers health and medicine for the Tribune. She previously reported on "
      "hospitals and health insurance from the paper’s Milwaukee bureau.", "bio"),
    B("148 Comments", "comment"),
    BLANK,
    B("Most Read: 1. Why your knees ache when it rains 2. The 10-minute walk that lowers blood "
      "pressure 3. Measles cases rise in three counties 4. What to eat before a colonoscopy "
      "5. Is your pillow causing neck pain?", "navigation"),
    BLANK,
    B("By Lena Hartwig | March 12, 2024", "byline"),
    C("For three years, Kevin Alvarez, a 41-year-old dispatcher for a freight company in Gary, "
      "Ind., ended every shift with a dull ache across his lower back that made getting out "
      "of the car feel like a project. He tried a new chair, a lumbar pillow and a standing "
      "desk. What finally helped, he says, was none of those things on its own."),
    COLE_QUOTE,
    C("Low back pain is the leading cause of disability worldwide and one of the most common "
      "reasons Americans miss work. Most episodes improve within a few weeks, Cole says, and "
      "imaging is rarely needed unless there are warning signs such as fever, unexplained "
      "weight loss or a history of cancer."),
    C("Cole tells patients to think of sitting as a dose rather than a sin. Two hours at a "
      "desk is fine, she says; two hours without moving is what leaves people stiff and sore "
      "by the end of the day."),
    ADVERT,
    C("At Alvarez’s company, the turning point came from the human resources office. It began "
      "sending a weekly wellness newsletter with a two-minute stretching routine and a "
      "reminder to set a timer, and dispatchers were encouraged to stand for every third "
      "phone call. Within a year, reported back-pain sick days fell by nearly a third, the "
      "company says."),
    C("Cole recommends a simple routine: stand up every 30 minutes, walk to the water cooler "
      "or the printer, and do 10 standing back bends with your hands on your hips.  If your "
      "job involves lifting, keep the load close to your body and turn with your feet, not "
      "your waist.",
      clean="Cole recommends a simple routine: stand up every 30 minutes, walk to the water "
      "cooler or the printer, and do 10 standing back bends with your hands on your hips. If "
      "your job involves lifting, keep the load close to your body and turn with your feet, "
      "not your waist."),
    COLE_QUOTE,
    C("The Occupational Safety &amp; Health Administration does not limit how long employees "
      "may sit, but its ergonomics guidance encourages employers to rotate tasks and to set "
      "up workstations so that screens sit at roughly eye height or a little lower.",
      clean="The Occupational Safety & Health Administration does not limit how long employees "
      "may sit, but its ergonomics guidance encourages employers to rotate tasks and to set "
      "up workstations so that screens sit at roughly eye height or a little lower."),
    C("Doctors stress that a few symptoms should never be waited out: loss of feeling around "
      "the buttocks and genitals, difficulty passing urine, or leg weakness that keeps getting "
      "worse. Anyone who has them should call 911 or get to an emergency room immediately."),
    C("Keep the things you reach for most within forearm’s length so you are not twisting to "
      "grab them all day."),
    C("Alvarez now walks a lap of the parking lot at lunch and keeps a resistance band in his "
      "desk drawer. “I don’t think about my back most days,” he says. “That’s the whole win.”"),
    B("You’ve read 3 of 5 free articles this month. Subscribe to continue reading.",
      "site-chrome"),
    B("This story has been shared 1,203 times.", "share"),
    B("Sign up for our Health & Wellness newsletter: the week’s most important medical news, "
      "explained, in your inbox every Tuesday.", "newsletter"),
    B("Ten-hour shifts in a truck cab wrecked my back for years. Wish my employer had done "
      "half of this.", "comment"),
    BLANK,
    C("Hip fractures in people over 50 could rise by more than 50% across Europe by 2040 as "
      "populations age, unless screening and treatment for osteoporosis improve, a coalition "
      "of bone-health charities said in a report on Tuesday."),
    C("Fewer than one in five women who break a bone in a minor fall are offered medicine to "
      "protect against a second fracture, the report estimated, even though the most widely "
      "used drugs cost a few euros a month."),
    B("— Reuters", "byline"),
    B("Reporting by Elise Varga in London; Editing by Tom Brandt", "byline"),
    B("This content is provided for informational purposes and should not be used in place "
      "of advice from your own doctor.", "disclaimer"),
    B("The Lakeshore Tribune has covered Chicago and the Great Lakes region since 1889. Our "
      "newsroom operates independently of our advertising department.", "about"),
    B("Corrections and clarifications: if you think we have made an error, email "
      "corrections@lakeshoretribune.com.", "about"),
    B("© 2024 Lakeshore Media Group. All rights reserved. Use of this site constitutes "
      "acceptance of our User Agreement and Privacy Policy.", "copyright"),
    B("›", "artefact"),
]

# ---------------------------------------------------------------------------
# dump_2.txt: Oakmoor Health (UK online shop), "The Wellbeing Journal" blog.
# ---------------------------------------------------------------------------
SUPPLEMENT_STATEMENT = B(
    "Food supplements are intended to complement, not replace, a varied and balanced diet "
    "and a healthy lifestyle. Keep out of the reach of children and do not take more than "
    "the amount shown on the pack.", "disclaimer")
NUTRITIONIST_BYLINE_DATE = "Written by Sophie Marsh, Registered Nutritionist (MBANT)"

FILE_2 = [
    B("Free UK delivery on orders over £30 | Order by 2pm for next-day dispatch",
      "site-chrome"),
    B("We use cookies to give you the best shopping experience, remember what’s in your "
      "basket and show you offers that are relevant to you. By clicking “Accept all "
      "cookies”, you agree to cookies being stored on your device.", "cookie"),
    ACCEPT_ALL,
    B("Home / The Wellbeing Journal / Joint Health", "navigation"),
    B(NUTRITIONIST_BYLINE_DATE + " · 9 January 2024 · 6 min read", "byline"),
    C("Glucosamine and chondroitin are two of the best-selling supplements in the UK, usually "
      "bought by people hoping to ease stiff or painful knees. Both are natural components of "
      "cartilage, the smooth tissue that covers the ends of the bones inside a joint. The "
      "idea is simple: take in more of the building blocks and the body might repair worn "
      "cartilage. The evidence, unfortunately, is more mixed than the packaging suggests."),
    C("The largest trial so far, which followed more than 1,500 people with knee "
      "osteoarthritis, found that glucosamine and chondroitin taken together worked no better "
      "than a placebo for most participants.1 A smaller group with moderate to severe pain "
      "did seem to benefit, but the researchers cautioned that this finding needed "
      "confirming.",
      clean="The largest trial so far, which followed more than 1,500 people with knee "
      "osteoarthritis, found that glucosamine and chondroitin taken together worked no better "
      "than a placebo for most participants. A smaller group with moderate to severe pain did "
      "seem to benefit, but the researchers cautioned that this finding needed confirming."),
    C("If you want to try glucosamine, look for glucosamine sulfate rather than glucosamine "
      "hydrochloride, at a daily dose of 1,500 mg. Our own Oakmoor Glucosamine Sulfate 1500 "
      "costs £12.99 for 90 tablets, but supermarket own-brand versions at £5 to £8 contain "
      "the same active ingredient, so compare the label rather than the price."),
    M("Give it a fair trial of three months. If your knees feel no different by then, it’s "
      "unlikely to start working later, and the money is better spent elsewhere — on a pair "
      "of supportive trainers, for example, or a course of physiotherapy."),
    C("Most glucosamine is made from the shells of crabs, prawns and lobsters. If you are "
      "allergic to shellfish, choose a version made by fermenting corn, which will be "
      "labelled as suitable for vegetarians."),
    C("Speak to your GP or pharmacist before taking glucosamine if you take warfarin, as it "
      "has been reported to increase the blood-thinning effect."),
    C("Turmeric, fish oil and collagen are also marketed for joints. Omega-3 fish oil has the "
      "most research behind it, mainly for rheumatoid arthritis; for wear-and-tear knee "
      "pain, none of the three has consistently beaten a placebo in large trials."),
    C("What is osteoarthritis? It is the most common form of arthritis in the UK. The "
      "cartilage in a joint becomes thinner and rougher, the bone underneath thickens and "
      "the joint can become stiff and swollen, most often in the knees, hips, hands and "
      "big toe. BACK TO TEXT",
      clean="What is osteoarthritis? It is the most common form of arthritis in the UK. The "
      "cartilage in a joint becomes thinner and rougher, the bone underneath thickens and "
      "the joint can become stiff and swollen, most often in the knees, hips, hands and "
      "big toe."),
    SUPPLEMENT_STATEMENT,
    B("1. Clegg DO, Reda DJ, Harris CL, et al. Glucosamine, chondroitin sulfate, and the two "
      "in combination for painful knee osteoarthritis. N Engl J Med. 2006;354(8):795-808.",
      "reference"),
    B("Customers also bought: Oakmoor Turmeric Plus 60 capsules · Omega-3 Fish Oil 1000 mg · "
      "Vitamin D3 2000 IU Spray", "navigation"),
    B("Share this article: Facebook · Pinterest · WhatsApp · Email", "share"),
    BLANK,
    B("Home / The Wellbeing Journal / Supports and Braces", "navigation"),
    B("Written by Tom Reyes, MCSP, Chartered Physiotherapist · 22 February 2024 · 4 min read",
      "byline"),
    C("A wrist brace can be a useful short-term tool for carpal tunnel syndrome, especially "
      "at night. Many people sleep with their wrists curled under the pillow, which raises "
      "the pressure inside the carpal tunnel and squeezes the median nerve. A brace that "
      "holds the wrist straight, or very slightly bent back, takes that pressure off while "
      "you sleep."),
    C("• Choose a brace with a rigid splint along the palm side of the wrist; soft "
      "elasticated supports feel comfortable but do not stop the wrist bending.",
      clean="Choose a brace with a rigid splint along the palm side of the wrist; soft "
      "elasticated supports feel comfortable but do not stop the wrist bending."),
    C("• Check the fit: you should be able to slide one finger under each strap, and your "
      "fingers should not tingle, swell or change colour.",
      clean="Check the fit: you should be able to slide one finger under each strap, and your "
      "fingers should not tingle, swell or change colour."),
    C("For most people, wearing a splint at night for four to six weeks is enough to tell "
      "whether it is going to help. Wearing one all day is a different matter: keeping the "
      "wrist still for long periods can leave the forearm muscles stiff and weak, so take it "
      "off for everyday tasks unless your physiotherapist has advised otherwise."),
    M("Customers often ask us whether the “sports” wraps sold for gym use are the same "
      "thing. They aren’t: wraps are designed to brace the wrist during heavy lifts for a "
      "few minutes at a time, not to hold it in a neutral position overnight."),
    C("See your GP if the numbness in your hand is constant rather than coming and going, if "
      "the muscles at the base of your thumb look flatter than on the other hand, or if you "
      "keep dropping things, as the nerve may need treatment sooner."),
    C("If your hand is numb when you wake up, shake it out gently and let it hang by your "
      "side for a minute before you reach for anything."),
    C("Tendon glides help the tendons slide freely through the tunnel. Start with your "
      "fingers straight, bend them into a hook, then into a full fist, then straighten them "
      "again; repeat 10 times, three times a day."),
    B("•", "artefact"),
    B("Oakmoor Night-Time Wrist Splint   £18.99   In stock", "site-chrome"),
    B("Add to basket", "site-chrome"),
    B("★★★★☆ 4.6 out of 5 (214 reviews)", "comment"),
    B("“Comfortable enough to sleep in, and the pins and needles have eased after two "
      "weeks.” – Janet, verified buyer", "comment"),
    B("Tom Reyes is a chartered physiotherapist with 12 years’ experience in hand and "
      "upper-limb rehabilitation. He advises the Oakmoor product team on our supports "
      "range.", "bio"),
    BLANK,
    B(NUTRITIONIST_BYLINE_DATE + " · 14 March 2024 · 5 min read", "byline"),
    C("Night-time leg cramps are common, especially after the age of 50, and magnesium is "
      "often sold as the answer. A 2020 review that pooled the available trials concluded "
      "that magnesium is unlikely to prevent the typical night cramps older adults get.[2] "
      "The evidence for cramps in pregnancy was conflicting.",
      clean="Night-time leg cramps are common, especially after the age of 50, and magnesium "
      "is often sold as the answer. A 2020 review that pooled the available trials concluded "
      "that magnesium is unlikely to prevent the typical night cramps older adults get. The "
      "evidence for cramps in pregnancy was conflicting."),
    C("If you do decide to try it, magnesium citrate and glycinate are absorbed better than "
      "magnesium oxide and are less likely to upset your stomach. Taking more than 400 mg a "
      "day from supplements can cause diarrhoea, and people with kidney disease should not "
      "take magnesium unless a doctor has advised it."),
    C("Magnesium is often sold alongside vitamin D3, because the body needs magnesium to "
      "convert vitamin D into its active form. That does not mean everyone taking vitamin D "
      "needs a magnesium supplement: wholegrains, nuts, seeds and leafy greens provide "
      "plenty for most people."),
    C("A calf stretch before bed may do more than any tablet. Put your hands on a wall, step "
      "one foot back with the heel down and bend the front knee until the back calf pulls "
      "gently; hold for 30 seconds, three times a side."),
    C("Cramp-like pain in one calf that does not go away, especially with swelling, warmth or "
      "redness, can be a sign of a blood clot and needs urgent medical attention. If you "
      "also feel short of breath or have chest pain, call 999."),
    C("Staying well hydrated and keeping tight bedclothes from pushing your toes downwards "
      "can also make cramps less frequent."),
    C("Cramps can also be a side effect of some medicines, including diuretics and statins, "
      "so mention them to your GP or pharmacist rather than simply adding another "
      "supplement."),
    B("2. Garrison SR, Korownyk CS, Kolber MR, et al. Magnesium for skeletal muscle cramps. "
      "Cochrane Database Syst Rev. 2020;9(9):CD009402.", "reference"),
    SUPPLEMENT_STATEMENT,
    B("Join the Oakmoor Club for 10% off your first order, early access to sales and our "
      "monthly wellbeing email.", "newsletter"),
    B("Sign me up", "newsletter"),
    B("30-day returns on unopened items. Supports and braces can be returned within 14 days "
      "if unworn and in their original packaging.", "site-chrome"),
    B("Oakmoor Health is an independent, family-run business based in York. Since 2011 we "
      "have supplied vitamins, supplements and supports to more than 200,000 customers "
      "across the UK, and every product we sell is checked by our in-house pharmacist.",
      "about"),
    B("← Previous: Turmeric – what the research says | Next: Five stretches for stiff hips →",
      "navigation"),
    B("© 2024 Oakmoor Health Ltd. Registered in England and Wales, company no. 07654321.",
      "copyright"),
    CLOSE_GLYPH,
]

# ---------------------------------------------------------------------------
# dump_3.txt: JointTalk Community (patient Q&A forum, mostly US, some UK members).
# ---------------------------------------------------------------------------
POST_TOOLS = B("Reply   Quote   Report", "site-chrome")
EXPERT_USER = B("Dr. Neil Patel, PT, DPT · Joined: Jun 2019 · Posts: 2,418", "byline")
EXPERT_BADGE = B("Verified Expert", "bio")
EXPERT_SIG = B(
    "Neil Patel, PT, DPT | Board-certified orthopedic clinical specialist | Answers here are "
    "general education, not a substitute for an in-person exam.", "bio")
OP_SCIATICA = B("backpain_barb · Joined: Mar 2022 · Posts: 37", "byline")

FILE_3 = [
    B("This site uses cookies to keep you logged in and to help us understand how members use "
      "the community. If you keep browsing, we'll assume you're happy with that.", "cookie"),
    B("Community › Spine & Nerve Pain › Sciatica", "navigation"),
    A("Sciatica down my left leg for 8 weeks – is surgery next?",
      "thread title: sums up the poster's question, but is a heading rather than a "
      "paragraph of the post"),
    OP_SCIATICA,
    C("I'm 46 and have had pain running from my left buttock down the back of my thigh into "
      "my calf for about eight weeks now. It started after I helped my son move house. My "
      "MRI shows a disc bulge at L4-L5 touching the L5 nerve root. The pain is better than it "
      "was, but my foot still tingles when I sit for more than 20 minutes."),
    C("My GP has mentioned a referral to a spinal surgeon and I'm terrified. Is surgery the "
      "usual next step at this point, or is it worth waiting longer? Thanks in advance for "
      "any advice."),
    C("I've been taking naproxen 500 mg twice a day and doing the exercises from a physio "
      "video, but I'm back at my desk job now and sitting is definitely the worst part of "
      "the day."),
    POST_TOOLS,
    B("sarah_k_runs · Joined: Nov 2023 · Posts: 4", "byline"),
    B("Following, I have almost exactly the same thing going on.", "comment"),
    EXPERT_USER,
    EXPERT_BADGE,
    C("Hi Barb, sorry you're dealing with this. The good news is that sciatica from a disc "
      "bulge usually gets better on its own: most people improve a lot within 12 weeks "
      "without surgery, and the disc material pressing on the nerve often shrinks over time. "
      "The fact that your pain is already easing at eight weeks is a good sign."),
    C("Surgery (usually a microdiscectomy) is typically considered when leg pain is still "
      "severe after 6 to 12 weeks of good conservative care, or sooner if the leg is getting "
      "weaker. It relieves leg pain faster, but studies comparing it with continued "
      "conservative treatment show the two groups end up with similar results at one to two "
      "years.[1]",
      clean="Surgery (usually a microdiscectomy) is typically considered when leg pain is still "
      "severe after 6 to 12 weeks of good conservative care, or sooner if the leg is getting "
      "weaker. It relieves leg pain faster, but studies comparing it with continued "
      "conservative treatment show the two groups end up with similar results at one to two "
      "years."),
    C("In the meantime, keep walking as much as you comfortably can, break up sitting every "
      "20 minutes, and try a nerve glide: sit tall, straighten the painful knee and pull your "
      "toes toward you, then look up as you bend the knee again. Do 10 slow repetitions, two "
      "or three times a day, and ease off if the tingling stays worse for more than a few "
      "minutes afterward."),
    C("Please call 911 (999 in the UK) if the area you'd sit on in a saddle goes numb, if you "
      "can't pee or can't hold it, or if your foot starts to drag or slap on the floor. Those "
      "are signs of severe nerve compression and need to be seen the same day."),
    C("Also, the MRI finding on its own doesn't decide whether you need surgery. Disc bulges "
      "at L4-L5 are common in people who have no pain at all; what matters is how your "
      "symptoms and your leg strength are changing over time."),
    B("[1] Peul WC, van Houwelingen HC, van den Hout WB, et al. Surgery versus prolonged "
      "conservative treatment for sciatica. N Engl J Med. 2007;356(22):2245-2256.",
      "reference"),
    B("Edited by Dr. Neil Patel, PT, DPT, 15 February 2024, 8:03 am", "byline"),
    EXPERT_SIG,
    B("Mark as solution", "site-chrome"),
    B("This thread is closed to new replies.", "site-chrome"),
    BLANK,
    B("Community › Shoulder & Elbow › Frozen shoulder", "navigation"),
    B("MaggieT · Joined: Aug 2023 · Posts: 12", "byline"),
    C("Hi all, I'm 54 and was diagnosed with frozen shoulder in my right arm in October. I "
      "can't lift my arm above shoulder height or reach behind my back to fasten my bra, and "
      "the pain at night is the worst part. My physio has given me exercises but I'm not "
      "sure whether I should push through the pain or not."),
    C("I'm also type 2 diabetic, if that makes any difference."),
    POST_TOOLS,
    EXPERT_USER,
    C("Hi Maggie, night pain and stiffness in every direction are typical of the early, "
      "painful “freezing” phase. At this stage, forcing the shoulder into painful stretches "
      "tends to make it more irritable, not less. Aim for gentle movement that stays within "
      "mild, tolerable discomfort, and that settles within an hour or so afterward."),
    C("A good starting point is the pendulum exercise: lean forward with your good hand on a "
      "table and let the sore arm hang, then swing it gently in small circles, 2 x 15 reps "
      "in each direction, three times a day. Add a towel stretch behind your back once the "
      "night pain starts to ease."),
    C("Sleeping with a pillow under the affected arm, so the elbow is supported slightly in "
      "front of your body, often takes the edge off the night pain."),
    C("Frozen shoulder usually resolves, but slowly: the whole process commonly takes one to "
      "three years. A steroid injection into the joint can reduce pain in the first few "
      "months and is worth discussing with your doctor if the pain is stopping you from "
      "sleeping. Diabetes &amp; thyroid disease both make the condition more likely and it "
      "may take longer to improve. Back to top",
      clean="Frozen shoulder usually resolves, but slowly: the whole process commonly takes one "
      "to three years. A steroid injection into the joint can reduce pain in the first few "
      "months and is worth discussing with your doctor if the pain is stopping you from "
      "sleeping. Diabetes & thyroid disease both make the condition more likely and it may "
      "take longer to improve."),
    EXPERT_SIG,
    B("+1 to everything Dr. Patel said. Mine took about 18 months but I have full movement "
      "back now!", "comment"),
    B("Moderator note: please don't post the names or contact details of individual "
      "clinicians or clinics. Use private messages instead. – JointTalk mod team",
      "site-chrome"),
    BLANK,
    B("Community › Arthritis & Joint Conditions › Gout", "navigation"),
    B("dave_in_denver · Joined: Jan 2024 · Posts: 2", "byline"),
    C("Woke up at 3 a.m. with my big toe red, hot and so swollen I couldn't stand the "
      "bedsheet touching it. Urgent care said gout and gave me colchicine. My uric acid "
      "was 8.9 mg/dL. I'm 39 and pretty healthy otherwise, although I do drink a few beers "
      "most nights. Will this keep happening?"),
    EXPERT_USER,
    EXPERT_BADGE,
    C("Hi Dave, gout attacks often come back, especially in the first year, but there's a lot "
      "you can do. Once this flare settles, ask your doctor to recheck your uric acid in a "
      "few weeks. If you keep having attacks, a daily urate-lowering medicine such as "
      "allopurinol is usually recommended, with a target level below 6&nbsp;mg/dL.",
      clean="Hi Dave, gout attacks often come back, especially in the first year, but there's "
      "a lot you can do. Once this flare settles, ask your doctor to recheck your uric acid in "
      "a few weeks. If you keep having attacks, a daily urate-lowering medicine such as "
      "allopurinol is usually recommended, with a target level below 6 mg/dL."),
    C("Beer is one of the strongest dietary triggers because it contains both alcohol and "
      "purines, so cutting back will probably make more difference than anything else you "
      "change. Sugary sodas and big portions of red meat and shellfish also raise the risk, "
      "and drinking plenty of water helps your kidneys clear uric acid."),
    C("For pain during an attack, avoid aspirin, because low doses can raise uric acid "
      "levels. Ibuprofen or naproxen is usually preferred if your kidneys and stomach are "
      "healthy, but check with your doctor since you're already on colchicine."),
    C("During a flare, keep the foot raised and hold a cloth-wrapped ice pack on the joint "
      "for 20 minutes at a time."),
    C("If you get a fever along with a hot, swollen joint, don't assume it's gout; a joint "
      "infection can look identical and needs to be seen the same day."),
    B("Log in to reply", "site-chrome"),
    B("JointTalk is a peer support community. Posts, including those from verified experts, "
      "are for general information and are not a substitute for diagnosis or treatment by "
      "your own doctor.", "disclaimer"),
    B("Community rules: be kind, stay on topic, and no advertising or selling. Posts that "
      "promote products or services will be removed.", "site-chrome"),
    B("Get the JointTalk weekly digest of the most helpful threads in your inbox.",
      "newsletter"),
    B("Share thread: Copy link · Email · Facebook", "share"),
    B("JointTalk is run by a small nonprofit team and funded by member donations. We don't "
      "accept advertising from drug or device makers.", "about"),
    B("© 2019–2024 JointTalk Community. Posts remain the property of the members who wrote "
      "them.", "copyright"),
    TOP_LINK,
    CLOSE_GLYPH,
]

# ---------------------------------------------------------------------------
# dump_4.txt: Public Health Advice Service (UK national public-health portal).
# ---------------------------------------------------------------------------
USEFUL = B("Is this page useful? Yes No", "site-chrome")
WEIGHT_BEARING = C(
    "Weight-bearing exercise, such as brisk walking, dancing or climbing stairs, helps keep "
    "bones strong at any age.")

FILE_4 = [
    B("Skip to main content", "site-chrome"),
    B("Cookies on the Public Health Advice Service", "cookie"),
    B("We’d like to set additional cookies to understand how you use this service, remember "
      "your settings and improve our guidance. We also use essential cookies, which keep the "
      "site working and cannot be switched off.", "cookie"),
    B("Accept additional cookies", "cookie"),
    B("English | Cymraeg", "site-chrome"),
    B("Home › Health conditions › Bones and joints › Osteoporosis", "navigation"),
    B("Contents: 1. Overview 2. Who is at risk 3. Bone density scans 4. Treatment "
      "5. Living with osteoporosis", "navigation"),
    C("Osteoporosis is a condition that makes bones thinner and more fragile, so that they "
      "break more easily. It develops slowly over many years and often causes no symptoms "
      "until a fall or a minor bump leads to a fracture. The wrist, the hip and the bones of "
      "the spine are the most common places to break."),
    C("Each year in the UK, more than half a million people have fragility fractures12, "
      "which are breaks caused by a fall from standing height or less.",
      clean="Each year in the UK, more than half a million people have fragility fractures, "
      "which are breaks caused by a fall from standing height or less."),
    A("Who is at risk",
      "section heading of the guide: part of the page's structure, but carries no "
      "information of its own"),
    C("Bone density naturally starts to fall from around the age of 35, and more quickly in "
      "women in the years after the menopause. You are more likely to develop osteoporosis "
      "if a parent broke a hip, if you smoke or drink more than 14 units of alcohol a week, "
      "if you have taken steroid tablets3 for more than 3 months, or if you have a low body "
      "weight.",
      clean="Bone density naturally starts to fall from around the age of 35, and more quickly "
      "in women in the years after the menopause. You are more likely to develop "
      "osteoporosis if a parent broke a hip, if you smoke or drink more than 14 units of "
      "alcohol a week, if you have taken steroid tablets for more than 3 months, or if you "
      "have a low body weight."),
    C("A DEXA scan measures the density of your bones, usually at the hip and lower spine. "
      "The result is given as a T-score, which compares your bone density with that of a "
      "healthy young adult. A T-score of -2.5 or lower means you have osteoporosis; a score "
      "between -1 and -2.5 is called osteopenia, which means your bones are less dense than "
      "average but not yet in the osteoporosis range."),
    C("Medicines called bisphosphonates, such as alendronic acid, slow down the rate at which "
      "bone is broken down and can roughly halve the risk of fractures in the spine.[4–6] "
      "Alendronic acid is usually taken once a week on an empty stomach with a full glass "
      "of water, and you need to stay sitting or standing upright for 30 minutes afterwards.",
      clean="Medicines called bisphosphonates, such as alendronic acid, slow down the rate at "
      "which bone is broken down and can roughly halve the risk of fractures in the spine. "
      "Alendronic acid is usually taken once a week on an empty stomach with a full glass of "
      "water, and you need to stay sitting or standing upright for 30 minutes afterwards."),
    C("Most adults need 700 mg of calcium a day, which can usually come from food. If you are "
      "being treated for osteoporosis, your doctor may suggest a supplement to bring your "
      "total intake up to between 1,000 and 1,200 mg a day, together with 800 units (20 "
      "micrograms) of vitamin D3."),
    C("If you are at risk, a doctor or nurse may use a tool called FRAX to estimate your "
      "chance of breaking a bone in the next 10 years, and use this to decide whether you "
      "need a scan."),
    WEIGHT_BEARING,
    B("Print entire guide", "site-chrome"),
    B("Page last reviewed: 3 April 2024 | Next review due: 3 April 2027", "byline"),
    USEFUL,
    BLANK,
    B("Home › Healthy ageing › Preventing falls", "navigation"),
    C("Around 1 in 3 adults over 65, and half of people over 80, have at least one fall a "
      "year. Most falls do not cause serious injury, but a fall can knock a person’s "
      "confidence and lead them to move less, which weakens the muscles and makes another "
      "fall more likely."),
    C("Strength and balance exercises are the most effective way to lower the risk of "
      "falling. Programmes such as tai chi or specially designed classes, done at least "
      "twice a week for several months, can cut the number of falls by around a quarter."),
    C("Sit-to-stand: sit on a firm chair with your feet flat on the floor. Lean forward "
      "slightly and stand up without using your hands, then sit back down slowly. Repeat 10 "
      "times, on at least 2 days each week."),
    WEIGHT_BEARING,
    C("Have your eyes tested at least every 2 years, and get your hearing checked if you "
      "find conversations hard to follow, as both play a part in balance."),
    C("Some medicines can make you dizzy or drowsy, including certain sleeping tablets, "
      "blood pressure medicines and antidepressants. If you take 4 or more medicines a day, "
      "ask your GP or pharmacist for a medicines review. ↩",
      clean="Some medicines can make you dizzy or drowsy, including certain sleeping tablets, "
      "blood pressure medicines and antidepressants. If you take 4 or more medicines a day, "
      "ask your GP or pharmacist for a medicines review."),
    C("If you fall and are not hurt, roll onto your hands and knees, crawl to a sturdy chair "
      "and use it to get up slowly. If you cannot get up, call for help, cover yourself with "
      "anything within reach to keep warm, and try to change position every 30&nbsp;minutes.",
      clean="If you fall and are not hurt, roll onto your hands and knees, crawl to a sturdy "
      "chair and use it to get up slowly. If you cannot get up, call for help, cover yourself "
      "with anything within reach to keep warm, and try to change position every 30 "
      "minutes."),
    C("Call 999 if an older person has fallen and cannot get up, is in severe pain, or has "
      "hit their head and seems drowsy or confused. If they seem unhurt but you are worried "
      "about them, call 111 or contact their GP."),
    C("A personal alarm worn as a pendant or on the wrist lets someone call for help at the "
      "press of a button. Many councils run alarm services, which usually cost between £3 "
      "and £6 a week."),
    USEFUL,
    B("Help us improve this service. Do not include personal or financial details, such as "
      "your National Insurance number or bank details.", "site-chrome"),
    B("Share this page", "share"),
    BLANK,
    B("Home › Work and health › Arthritis and work", "navigation"),
    C("Many people with arthritis carry on working, and staying in work can be good for "
      "both physical and mental health. If your condition makes parts of your job harder, "
      "talking to your employer early gives you the best chance of finding changes that "
      "help."),
    C("Under the Equality Act 2010, your employer must make reasonable adjustments if your "
      "arthritis has a substantial and long-term effect on your ability to carry out normal "
      "day-to-day activities. Adjustments might include a different chair or keyboard, "
      "changes to your hours, working from home on some days, or a parking space close to "
      "the entrance."),
    C("Access to Work is a government grant that can help pay for practical support, such as "
      "special equipment, adaptations to a vehicle or taxi fares if you cannot use public "
      "transport. You can apply online or by phone, and the grant does not have to be paid "
      "back."),
    C("If you are off sick for more than 7 days in a row, you will need a fit note from "
      "your GP or another healthcare professional. The fit note can suggest changes that "
      "would help you return, such as a phased return, shorter hours or different duties."),
    C("Plan your most demanding tasks for the time of day when your joints usually feel "
      "best."),
    B("This guidance does not replace the advice of a doctor or nurse who knows your medical "
      "history.", "disclaimer"),
    B("Get email alerts when this guidance is updated", "newsletter"),
    B("1. National Osteoporosis Guideline Group. Clinical guideline for the prevention and "
      "treatment of osteoporosis. 2022.", "reference"),
    B("2. Sherrington C, Fairhall NJ, Wallbank GK, et al. Exercise for preventing falls in "
      "older people living in the community. Cochrane Database Syst Rev. 2019;1:CD012424.",
      "reference"),
    B("Related pages: Vitamin D · Healthy bones · Getting help after a fall", "navigation"),
    B("The Public Health Advice Service is an executive agency, sponsored by the Department "
      "of Health and Social Care. We publish health guidance for the public in England and "
      "Wales.", "about"),
    B("Accessibility statement", "site-chrome"),
    B("You may reuse the text on this site free of charge under the Open Government Licence "
      "v3.0, unless a page says otherwise.", "copyright"),
    B("© Crown copyright", "copyright"),
    TOP_LINK,
    B("⌃", "artefact"),
]

FILES = [("dump_1.txt", FILE_1), ("dump_2.txt", FILE_2), ("dump_3.txt", FILE_3),
         ("dump_4.txt", FILE_4)]

# Residue that must never survive in a "clean" text (sanity check on the hand-written data).
BAD_IN_CLEAN = ["&amp;", "&#", "&nbsp;", "â€", "\u00a0", "  ", "BACK TO TEXT", "Back to top",
                "↩", "•", "[1]", "[2]", "[4–6]", "fractures12", "tablets3", "participants.1"]


if __name__ == "__main__":
    main(FILES, __file__, boilerplate_dup=True, residue=BAD_IN_CLEAN, min_per_category=5,
         ambiguous_lines=(1, 3))
