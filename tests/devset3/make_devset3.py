#!/usr/bin/env python3
"""Build devset3: four hand-written "wild" dump files plus per-line gold labels.

Re-runnable: writes wild_1.txt .. wild_4.txt and gold_lines.jsonl next to this
script, then checks that every non-blank line has exactly one gold row.

Entry shapes in DATA (one per dump line, in order):
    BLANK                         -> blank line
    C(text)                       -> content, clean == stripped text
    C(text, clean)                -> content with inline artefacts
    B(text, category)             -> boilerplate
    A(text, note)                 -> ambiguous (clean == stripped text)
Site comments (# ...) name the imagined source of each run of lines.
"""
import os
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, main  # noqa: E402

NB = "\u00a0"  # non-breaking space

# ---------------------------------------------------------------- shared content
# Paragraphs that occur more than once across the set (exact repeats).
IBUPROFEN = ("Ibuprofen can ease the pain for a short time. Adults can usually take 200 mg to 400 mg "
             "three times a day with or after food, but do not take more than 1,200 mg in 24 hours "
             "unless a doctor has told you to. Speak to a pharmacist first if you have asthma, a "
             "stomach ulcer or kidney problems.")
COLD_TIP = "Tip: a cold pack wrapped in a tea towel for 15 minutes can settle a flare-up after a long walk."
CAUDA = ("Go to the emergency department straight away if you have numbness around your genitals or "
         "back passage, new difficulty passing urine or controlling your bowels, or weakness in both "
         "legs. These are signs of cauda equina syndrome, which needs urgent surgery.")
MENU = ("A sample menu for one day might look like this: porridge made with milk and topped with "
        "berries for breakfast, lentil and vegetable soup with a wholegrain roll at lunch, an apple "
        "and a small handful of nuts mid-afternoon, and grilled salmon with new potatoes and green "
        "beans for dinner.")
SCIATICA_RAW = ("Up to 40% of people will have sciatica at some point in their lives.[2] The risk is "
                "highest between the ages of 40 and 60, and in people whose work involves heavy "
                "lifting or long hours of driving.")
SCIATICA_CLEAN = ("Up to 40% of people will have sciatica at some point in their lives. The risk is "
                  "highest between the ages of 40 and 60, and in people whose work involves heavy "
                  "lifting or long hours of driving.")
SIDE_SLEEP = ("Sleeping on your side with a pillow between your knees keeps the pelvis level and can "
              "take pressure off the lower back. If you prefer to sleep on your back, a pillow under "
              "your knees does a similar job.")

DATA = {
# =====================================================================  wild_1
"wild_1.txt": [
    # site: Northgate NHS Foundation Trust (podiatry leaflet)
    B("Menu", "site-chrome"),
    B("Search this site", "site-chrome"),
    B("We use some essential cookies to make this website work. We’d also like to set "
      "additional cookies to understand how you use our pages, remember your settings and improve our "
      "services. We also use cookies set by other sites to help us deliver content from their services. "
      "You can change your cookie settings at any time using the link at the bottom of every page.", "cookie"),
    B("Accept additional cookies", "cookie"),
    B("Reject additional cookies", "cookie"),
    BLANK,
    C("Plantar fasciitis is the most common cause of heel pain in adults. The plantar fascia is a "
      "thick band of tissue that runs along the sole of the foot from the heel bone to the base of the "
      "toes, and it works a little like a bowstring, supporting the arch every time you take a step."),
    C("The pain is usually worst with the first few steps in the morning, or when you stand up after "
      "sitting for a while. Many people say it feels like treading on a sharp pebble."),
    C("Book an appointment with your GP if the pain lasts more than six weeks, if you cannot put any "
      "weight on your foot, or if you also have tingling or numbness in the sole."),
    # site: Mercy Valley Health (US hospital system header)
    B("Find a doctor", "site-chrome"),
    # site: Footwell Clinics (UK podiatry chain with online shop)
    C("Searching online for “heel pain” turns up hundreds of gadgets, from magnetic insoles to "
      "vibrating rollers. Very few have been tested properly, and a simple calf stretch done twice a day "
      "is usually a better place to start."),
    C("Search for a podiatrist on the Health and Care Professions Council register before paying for "
      "private treatment; the title “podiatrist” is protected by law in the UK."),
    C("Follow these steps for the towel stretch: sit on the floor with your legs straight, loop a "
      "towel around the ball of your foot, and gently pull it towards you while keeping your knee "
      "straight. Hold for 30 seconds, relax, and repeat three times on each side."),
    # site: The Wellbeing Post (UK newspaper health section)
    B("Listen to this article · 4 min", "site-chrome"),
    B("By Hannah Okafor | Medically reviewed by Dr. Samuel Reyes, DPM | Updated 14 March 2024", "byline"),
    C("Night splints, which hold the ankle at a right angle while you sleep, helped some patients in "
      "small trials,2 but many people find them uncomfortable and give up within a fortnight.",
      "Night splints, which hold the ankle at a right angle while you sleep, helped some patients in "
      "small trials, but many people find them uncomfortable and give up within a fortnight."),
    C("“I honestly thought I had broken something,” says Maureen, 58, a retired teacher from Leeds. "
      "“Once I understood it was the fascia and not a fracture, I stopped panicking and did the stretches "
      "every morning before I got out of bed.”"),
    BLANK,
    # site: Footwell Clinics (comments under a blog post)
    B("Margaret P. · 3 days ago", "comment"),
    B("I've had plantar fasciitis in both feet for nearly two years now and honestly this is "
      "the clearest explanation I've read. My podiatrist never once mentioned stretching before getting "
      "out of bed. Going to try it tomorrow morning and will report back!", "comment"),
    B("Reply", "comment"),
    B("12 people found this helpful · Report abuse", "comment"),
    B("Thanks for your question, Maria – ice is fine after activity, but we’d suggest no "
      "more than 15 minutes at a time, always with a cloth between the ice and your skin. If it hasn’t "
      "settled in a few weeks, pop in and see one of our podiatrists. – The Footwell Team", "comment"),
    B("The information on this page is provided for general educational purposes only "
      "and does not replace a consultation with a qualified podiatrist, physiotherapist or doctor. Always "
      "seek the advice of your health professional with any questions you may have about a medical "
      "condition.", "disclaimer"),
    B("GelStep Heel Cushion Insoles (pair) – £14.99 – In stock", "site-chrome"),
    B("Add to basket", "site-chrome"),
    B("Free UK delivery on orders over £25", "site-chrome"),
    # site: Pillbox Pharmacy (UK pharmacy chain)
    C(IBUPROFEN),
    B("Pillbox Pharmacy is one of the UK’s largest independent pharmacy groups, with over 400 "
      "branches and an online doctor service regulated by the Care Quality Commission.", "about"),
    B("Footwell is an independent network of 38 podiatry clinics across England and Wales. "
      "Since 2009 we’ve helped more than 200,000 people walk, run and work without foot pain.", "about"),
    B("Hannah Okafor is a health writer based in Manchester. She has covered musculoskeletal "
      "health for eight years and previously worked as a sports massage therapist. Find her on Instagram "
      "@hannahwritesfeet.", "bio"),
    B("Dr. Samuel Reyes, DPM, is a board-certified podiatric surgeon at Lakeshore Foot & Ankle "
      "Institute in Chicago, where he specializes in heel and Achilles disorders.", "bio"),
    B("1. Lindqvist AM, Haraldsen T, Okoye C. Calf stretching versus prefabricated "
      "insoles for plantar heel pain: a randomised trial. J Foot Ankle Res. 2019;12(4):211-9.", "reference"),
    B("Source: Footwell clinical audit 2022–23 (unpublished data).", "reference"),
    B("Share on Facebook   Share on X   Share on WhatsApp   Copy link", "share"),
    B("Related: Achilles tendinopathy | Flat feet in adults | Choosing running shoes | "
      "Morton’s neuroma | Bunions: when to consider surgery", "navigation"),
    B("Get our free weekly email with practical tips for happy feet, plus 10% off your "
      "first order. Enter your email address", "newsletter"),
    B("© 2024 Footwell Clinics Ltd. Registered in England and Wales No. 06812245. All "
      "rights reserved.", "copyright"),
    BLANK,
    # site: Kneewise Australia (consumer health portal)
    C("Osteoarthritis of the knee affects around one in five Australians over the age of 45. The "
      "cartilage that lines the ends of the bones slowly thins, and the bone underneath responds by "
      "thickening and forming small spurs."),
    C("Weight loss has one of the strongest evidence bases of any treatment for knee osteoarthritis. "
      "Losing 5 to 10 per cent of your body weight can noticeably reduce pain, and every kilogram lost "
      "takes roughly four kilograms of load off the knee with each step."),
    C("The Royal Australian College of General Practitioners recommends exercise and weight "
      "management as first-line treatment, and advises against arthroscopic surgery for most people with "
      "knee osteoarthritis."),
    C("Strength &amp; balance classes run by local councils are a low-cost way to stay active, and "
      "many are designed specifically for people with arthritis.",
      "Strength & balance classes run by local councils are a low-cost way to stay active, and "
      "many are designed specifically for people with arthritis."),
    # site: HealthyVic (Australian state government health site)
    B("Text size A A A", "site-chrome"),
    B("Translate this page", "site-chrome"),
    C(COLD_TIP),
    B("This information is general in nature and is not a substitute for independent "
      "professional advice. Kneewise Australia does not accept liability for any injury, loss or damage "
      "incurred by use of or reliance on the information provided on this website.", "disclaimer"),
    # site: RunStrong Physio (physiotherapist's own blog)
    C("I’ve been a physiotherapist for 22 years, and the question I hear most often is whether "
      "running will wear out a knee. For most people the answer is no: recreational runners actually have "
      "lower rates of knee osteoarthritis than people who are sedentary."),
    C("What I tell my patients is simple. Pain up to about 3 out of 10 during a run is acceptable, "
      "as long as it has settled by the next morning."),
    C("Strengthening the quadriceps and the muscles around the hip takes load off the kneecap3 and "
      "often eases pain on stairs within six to eight weeks.",
      "Strengthening the quadriceps and the muscles around the hip takes load off the kneecap and "
      "often eases pain on stairs within six to eight weeks."),
    B("Book a physio assessment online – new patient slots available this week at "
      "Clapham and Brixton. Book now", "site-chrome"),
    B("×", "artefact"),
    BLANK,
    # site: Brightwater Physio (UK private clinic, contact strip)
    B("Call us: 0800 047 2291 (free from landlines and mobiles)", "site-chrome"),
    B("Opening hours: Mon–Fri 8am–6pm, Sat 9am–1pm", "site-chrome"),
    # site: Lakeshore Foot & Ankle Institute (US orthopaedic/podiatric practice)
    C("Achilles tendinopathy usually develops when training load rises faster than the tendon can "
      "adapt, for example after adding hill sessions or returning to running after a break."),
    # site: StrideRight (running-shoe retailer blog)
    C("If your heel pain started after you switched to a new pair of trainers, go back to the old "
      "ones for a while. A firmer heel counter and a slightly raised heel often help."),
    # site: Lakeshore Foot & Ankle Institute (continued)
    C("Most cases respond to a structured programme of calf raises that is built up over 12 weeks. "
      "Start with both legs on a flat floor, progress to one leg, and then perform the raise off the edge "
      "of a step."),
    B("Lakeshore Foot & Ankle Institute has served Chicagoland families for over 30 years. "
      "Our fellowship-trained surgeons offer same-week appointments at five convenient locations.", "about"),
],
# =====================================================================  wild_2
"wild_2.txt": [
    # site: Bright Health Media (US health news/lifestyle publisher)
    B("Skip to navigation", "site-chrome"),
    B("We and our partners process your data to deliver content and advertising, to measure "
      "their performance and to understand our audiences. Some partners rely on legitimate interest rather "
      "than your consent; you can object to this at any time in the settings. Your choices "
      "will apply across all sites in our network and will be remembered for 13 months. Information about "
      "the precise location of your device may also be used. View our list of 842 vendors.", "cookie"),
    B("Allow all", "cookie"),
    B("Sign in to your account to save articles and track your symptoms.", "site-chrome"),
    B("Forgot your password?", "site-chrome"),
    BLANK,
    # site: FoodWise (dietitian-run nutrition site)
    C("Having type 2 diabetes does not mean giving up the foods you enjoy. It does mean paying "
      "attention to portion sizes, to how often you eat, and to the balance of carbohydrate, protein and "
      "fat on your plate."),
    C(MENU),
    C("Cookies, biscuits and cake do not have to be banned completely. Eating one with a meal rather "
      "than on an empty stomach blunts the rise in blood sugar, and choosing a smaller portion makes more "
      "difference than switching to a “diabetic” brand."),
    B("Continue reading below", "site-chrome"),
    C("Donâ€™t skip meals to bring your numbers down; it often leads to bigger swings later in the day.",
      "Don’t skip meals to bring your numbers down; it often leads to bigger swings later in the day."),
    B("Written by Tom Becker — Published 02/11/2023", "byline"),
    B("We may receive compensation when you click on links to products on this page. "
      "This does not affect our editorial independence: our reviewers choose products based on evidence "
      "and hands-on testing, not on commercial partnerships.", "disclaimer"),
    # site: Glucose Trust (UK diabetes charity)
    C("Before you share glucose readings with a diabetes app, read its privacy policy. Some free apps "
      "pass anonymised data to advertisers, and health data held by an app is not always protected in the "
      "same way as your medical records."),
    C("Use your clinic’s app or patient portal to upload your readings before each appointment, so "
      "your diabetes nurse can look at patterns rather than single high numbers."),
    # site: MyGluco (diabetes app vendor)
    B("Get the MyGluco app – track meals, medication and readings in one place. "
      "Download on the App Store | Get it on Google Play", "site-chrome"),
    C("Metformin is usually started at 500" + NB + "mg once a day with the evening meal and increased "
      "gradually over several weeks to reduce stomach upset. Do not stop taking it without talking to "
      "your doctor.",
      "Metformin is usually started at 500 mg once a day with the evening meal and increased "
      "gradually over several weeks to reduce stomach upset. Do not stop taking it without talking to "
      "your doctor."),
    # site: InsulinPal (diabetes technology blog)
    C("Close the gap between your injection and your meal: rapid-acting insulin usually works best "
      "when it is taken 15 to 20 minutes before eating, unless your diabetes team has advised otherwise."),
    C("If you use a continuous glucose monitor, set the low alert to 4.0 mmol/L so you have time to act "
      "before a hypo becomes serious."),
    C("Many community centres run diabetes prevention programmes sponsored by local health boards, "
      "and they are free to join if a blood test shows you have prediabetes."),
    C("Sign up for a structured education course through your GP surgery. People who attend one in "
      "the first year after diagnosis tend to have better HbA1c results a year later."),
    C(COLD_TIP),
    B("About us", "about"),
    B("The Glucose Trust is a registered charity no. 1098845 in England and Wales and "
      "SC041227 in Scotland. We fund research, campaign for better care and support everyone affected by "
      "diabetes.", "about"),
    B("Sign up for our newsletter", "newsletter"),
    # site: Bright Health Media (consent dialog, second layer)
    B("Your privacy matters to us", "cookie"),
    B("Strictly necessary – Always active", "cookie"),
    B("Performance and analytics: these help us count visits and traffic sources so we can "
      "see which pages are most and least popular. All information collected is aggregated.", "cookie"),
    B("Confirm my choices", "cookie"),
    BLANK,
    # site: Midvale Health (US hospital system blog)
    C("Call 911 or go to the nearest emergency room if someone with diabetes becomes confused or very "
      "drowsy, is breathing fast, or cannot keep fluids down. These can be signs of diabetic "
      "ketoacidosis, which can be life-threatening."),
    C("In a 2021 study by Tanaka and colleagues, adults who took a 15-minute walk after dinner had "
      "lower glucose peaks than those who walked for the same length of time before the meal."),
    C("Even light activity counts."),
    C("People with diabetes are more likely to be low in vitamin B12, especially after several years "
      "on metformin, so ask whether your annual review includes a B12 check."),
    B("Sponsored content", "site-chrome"),
    B("This article was produced with financial support from Novagen Pharma. The "
      "sponsor had no role in choosing the topic or reviewing the content.", "disclaimer"),
    B("Our editorial policy: every article is written by a health journalist and "
      "checked by a practising clinician before publication. We review our content at least every three "
      "years, or sooner if national guidance changes.", "disclaimer"),
    # site: Priya Raman Nutrition (private dietitian practice)
    B("Priya Raman, RD, CDCES, is a registered dietitian and certified diabetes care and "
      "education specialist. She has spent 15 years helping people fit carbohydrate counting into real "
      "life, and believes no food should come with a side of guilt.", "bio"),
    B("Tanaka, H., Mori, K., & Alvarez, J. (2021). Timing of post-meal walking and "
      "glycaemic response in adults with type 2 diabetes. Journal of Metabolic Health, 14(2), 88–97. "
      "https://doi.org/10.5555/jmh.2021.0142", "reference"),
    B("doi:10.5555/dcare.2019.2231", "reference"),
    B("PubMed: https://pubmed.ncbi.nlm.nih.gov/31234567/", "reference"),
    # comments under the Midvale post
    # site: Midvale Health (comments under the post)
    B("sugarfreesteve  •  14 Feb 2023, 9:41 pm", "comment"),
    B("Same here!! my A1C went from 8.2 to 6.9 just from walking after dinner. wish "
      "someone had told me this years ago", "comment"),
    B("Is this safe if you're on insulin? My mum has type 1 and she's worried about "
      "going too low on her walks.", "comment"),
    B("Top comment  ·  1 reply", "comment"),
    BLANK,
    # site: Jess Moves Daily (fitness influencer blog)
    C("Here’s the 20-minute circuit I do three mornings a week: ten squats, ten incline push-ups "
      "against the kitchen counter, ten glute bridges and a 30-second plank. Rest for a minute, then go "
      "round again."),
    C("Honestly, I skipped warm-ups for years and paid for it with a sore lower back. Now I spend "
      "five minutes marching on the spot and doing arm circles before I start."),
    B("Hi, I’m Jess! 👋 Certified PT, mum of two and lover of strong coffee. I started this "
      "blog in 2017 to share the simple workouts that got me back in shape after my second baby. Follow "
      "along @jessmovesdaily", "bio"),
    B("This post contains affiliate links. If you buy through them I may earn a small "
      "commission at no extra cost to you. Thanks for supporting the blog! 💛", "disclaimer"),
    B("Pin it", "share"),
    # site: Oakridge Family Medicine (US group practice) - heart health
    C("Omega-3 fats from oily fish such as salmon, mackerel and sardines can help lower triglycerides. "
      "Aim for two portions a week, one of which should be oily."),
    C("Cutting back on salt lowers blood pressure within a few weeks. Most of the salt we eat is "
      "already in bread, cereals and ready meals, so check labels and choose products marked green or "
      "low for salt."),
    # site: Bright Health Media (footer)
    B("Part of the Bright Health Media network", "about"),
    B("Copyright © 2019–2024 Bright Health Media, LLC. All Rights Reserved.", "copyright"),
    B("|", "artefact"),
],
# =====================================================================  wild_3
"wild_3.txt": [
    # site: ClearCare Now (telehealth startup)
    B("See a licensed doctor by video in under 15 minutes, 24/7. No insurance "
      "needed — visits from $39. Start a visit", "site-chrome"),
    B("ClearCare Now is not an insurance product. Telehealth services are provided by "
      "independent, licensed physicians of ClearCare Medical Group, P.A. Prescriptions are issued at the "
      "clinician’s discretion; controlled substances are not prescribed. Not available in all states.", "disclaimer"),
    B("Loading…", "site-chrome"),
    B("Close", "site-chrome"),
    # site: HealthLink Canada (provincial-style health portal)
    B("Home › Conditions › Back and spine › Sciatica", "navigation"),
    C("Sciatica is pain that travels along the path of the sciatic nerve, from the lower back through "
      "the buttock and down the back of the leg. It is usually caused by a bulging disc pressing on a "
      "nerve root, and for most people it gets better within four to six weeks. The pain can range from a "
      "mild ache to a sharp, burning or electric feeling, and it is often worse when you cough, sneeze or "
      "sit for a long time. Some people also notice pins and needles, numbness or weakness in the leg or "
      "foot. Usually only one side of the body is affected. If the leg pain is worse than the back pain, "
      "that is a strong clue that a nerve is involved rather than just a muscle or joint."),
    C(SCIATICA_RAW, SCIATICA_CLEAN),
    C(CAUDA),
    C("As described in the section on causes above, most episodes of low back pain are not linked "
      "to any serious damage, which is why scans are rarely useful in the first six weeks."),
    C("• Keep moving: gentle walking is better than bed rest, even if it hurts a little at first.",
      "Keep moving: gentle walking is better than bed rest, even if it hurts a little at first."),
    C("• Use heat: a warm bath or a heat pack can relax tight muscles for a few hours.",
      "Use heat: a warm bath or a heat pack can relax tight muscles for a few hours."),
    # site: Maple Spine Clinic (Canadian chiropractic and physio practice)
    C("Back pain that comes with a fever, unexplained weight loss or a history of cancer should always "
      "be checked by a doctor the same day."),
    B("Mission statement: to make trustworthy health information free for every Canadian, "
      "in both official languages.", "about"),
    # site: MedAnswers (US medical Q&A slideshow site)
    B("Print | Email | Save", "site-chrome"),
    B("Page 3 of 7", "site-chrome"),
    B("Back", "site-chrome"),
    BLANK,
    # site: SpineTalk (peer-support forum)
    B("Re: Sciatica that won't go away – any advice?", "comment"),
    B("I had exactly what you're describing back in 2019, pain from my buttock right down to "
      "my little toe, and some mornings I had to crawl to the bathroom. My GP said wait and see, which felt "
      "useless at the time. Six months of physio, two courses of tablets and one steroid injection later "
      "it finally settled. What helped most in the end was walking a bit further every day, never sitting "
      "for more than half an hour at a time, and not reading horror stories online at 3am. I still get a "
      "twinge if I drive for too long. Hang in there, it does get better even when it feels like it "
      "never will.", "comment"),
    B("Did your doctor ever order an MRI or did they just say wait and see?", "comment"),
    A("Reading back through this thread for anyone who finds it later: the advice from the "
      "physiotherapists here has been consistent – keep moving, avoid long periods of sitting, and get "
      "seen urgently if you notice numbness in the saddle area or problems with your bladder.",
      "forum post that summarises clinical advice; reads like content but is a member's reply"),
    B("The views expressed in this forum are those of individual members and do not "
      "necessarily reflect those of SpineTalk or its moderators. Posts are not medical advice.", "disclaimer"),
    B("SpineTalk is a peer-support community for people living with back and neck pain. We "
      "are run by volunteers and funded entirely by members’ donations.", "about"),
    B("You must be logged in to post a reply. Log in or create a free account – it "
      "only takes a minute.", "site-chrome"),
    BLANK,
    # site: St. Brendan's Medical Center (US hospital system)
    C("The American College of Physicians recommends that people with acute low back pain first try "
      "treatments that do not involve drugs, such as heat, massage, acupuncture or spinal manipulation, "
      "and that anti-inflammatory medicines be used if medication is needed."),
    C("Paracetamol" + NB + "alone is no longer recommended for low back pain, because large trials "
      "found it worked no better than a placebo." + NB + " Anti-inflammatory medicines may help some "
      "people, at the lowest dose for the shortest time.",
      "Paracetamol alone is no longer recommended for low back pain, because large trials found it "
      "worked no better than a placebo. Anti-inflammatory medicines may help some people, at the lowest "
      "dose for the shortest time."),
    C(IBUPROFEN),
    C("In spinal fusion, the surgeon removes the damaged disc and packs the space with bone graft, "
      "closing the gap between the two vertebrae so that they grow together into one solid piece of bone."),
    C("By the age of 60, most people have some disc bulging on an MRI scan, even if they have never "
      "had back pain."),
    C("Most people with a slipped disc recover without surgery within three months. BACK TO TEXT",
      "Most people with a slipped disc recover without surgery within three months."),
    B("Reviewed by Karen Whitfield, PT, DPT, OCS. Karen is a board-certified orthopaedic "
      "clinical specialist with 18 years of outpatient experience who treats runners and desk workers at "
      "our Riverside clinic.", "bio"),
    B("This content does not replace a visit to your doctor. If you think you may have "
      "a medical emergency, call 911 immediately.", "disclaimer"),
    B("Dr. Ellen Marsh | 7 min read", "byline"),
    # site: DeskFit Journal (ergonomics news site)
    C("Hartmann and Oduya (2020) followed 412 office workers for a year and found that those who "
      "changed position at least every 30 minutes reported fewer days of back pain, whether or not they "
      "used a standing desk."),
    C("Commenting on the findings, Dr. Amara Lindqvist, a spine researcher who was not involved in "
      "the study, said the results were encouraging but the trial was too short to show whether the "
      "benefit lasts beyond three months."),
    C("To try the knee rocks exercise, follow the steps below."),
    C("1. Lie on your back with your knees bent and your feet flat on the floor."),
    C("2. Slowly let both knees fall to one side, keeping your shoulders on the floor."),
    C("3. Hold for five seconds, return to the middle and repeat on the other side, ten times in all."),
    C("Print out the exercise sheet and keep it somewhere you will see it every day, such as on the "
      "fridge door."),
    C("If you work from home, set a reminder on your phone or computer to stand up every half hour. "
      "Many free apps will do this, and most smartwatches have a built-in prompt."),
    C("Don’t lift and twist at the same time."),
    B("Hartmann, Lena, and Grace Oduya. “Postural Variation and Low Back Pain in Office "
      "Workers.” Occupational Spine Review, vol. 9, no. 1, 2020, pp. 23–31.", "reference"),
    B("Oduya, G. and Patel, R. (2018) Desk ergonomics and musculoskeletal complaints. "
      "London: Bramwell Press.", "reference"),
    B("Lindqvist, Amara. “Short-Term Exercise Programs for Sciatica.” Spine Care "
      "Quarterly 31, no. 4 (2022): 201–15.", "reference"),
    BLANK,
    # site: SleepWell Co (mattress retailer blog)
    C(SIDE_SLEEP),
    # site: Northfield University Extension (sleep and wellbeing fact sheet)
    C("Open the display settings menu on your phone and switch on the night-time colour filter an "
      "hour before bed; bright light late in the evening can delay the release of melatonin."),
    C("Keep the bedroom cool, dark and quiet. "),
    C(MENU),
    B("The Northfield University Extension Service brings research-based knowledge to "
      "communities across the state through county offices, 4-H programs and online courses. Northfield "
      "is an equal opportunity provider and employer.", "about"),
    B("Accessibility", "site-chrome"),
    B("Cookie settings", "site-chrome"),
    # site: ActiveLife (women's fitness magazine)
    B("Our model, Sasha Kim, is a NASM-certified trainer and former collegiate sprinter based "
      "in Austin, Texas.", "bio"),
    B("•", "artefact"),
],
# =====================================================================  wild_4
"wild_4.txt": [
    # site: The Daily Ledger (news outlet, health section)
    B("This site uses cookies. By continuing to browse you agree to our use of cookies.", "cookie"),
    B("OK, got it", "cookie"),
    C("A new blood pressure target for people over 65 could mean tens of thousands more patients are "
      "offered medication, under draft guidance published on Tuesday."),
    C("The guidance, drawn up by a panel of heart specialists and GPs, suggests aiming for a reading "
      "below 130/80 mmHg for most adults, provided the treatment does not cause dizziness or falls."),
    C("“We are not saying every older person needs another tablet,” said Professor Nia Castell, who "
      "chaired the panel. “We are saying the conversation should happen.”"),
    C("Critics of the draft, including the charity Age Concern Network, say the lower target could "
      "increase the risk of falls in frail older people who already take several medicines."),
    C("About one in three adults has high blood pressure, and many do not know it because it rarely "
      "causes symptoms."),
    B("Advertisement", "site-chrome"),
    A("Editor’s note: this article was updated on 4 June to clarify that the guidance is still a "
      "draft and is open for consultation until August.",
      "editorial update note: part site furniture, part correction to the article's facts"),
    B("Sign up to Health Check, our free weekly newsletter. Every Thursday, the latest "
      "medical research explained by our science desk, straight to your inbox. By signing up you agree to "
      "our terms and privacy notice.", "newsletter"),
    B("Comments (24)", "comment"),
    B("Dave_R — 2 hours ago — ▲ 5", "comment"),
    B("So they move the goalposts and suddenly half the country is ill. Convenient for the "
      "drug companies.", "comment"),
    BLANK,
    # site: British Heart Circle (UK heart charity)
    C("Measure your blood pressure at home at the same time each day, sitting down, with your back "
      "supported and your arm resting at heart height. Take two readings a minute apart and write down "
      "both."),
    C("Share your home readings with your GP or practice nurse at your next review, and bring the "
      "written record or the monitor itself so they can check it is accurate."),
    C("Call 999 if you have chest pain that spreads to your arm, neck or jaw, or if you feel sick, "
      "sweaty or short of breath along with it. Do not drive yourself to hospital."),
    # site: CardioCare Clinic (US cardiology practice)
    C(CAUDA),
    B("Dr. Rachel Lee, MD, FACC, is a board-certified cardiologist at CardioCare Clinic with a "
      "special interest in hypertension in women. She completed her fellowship at Johns Hopkins and "
      "sees patients in Westfield and Maple Grove.", "bio"),
    B("[3] Castell N, Drummond P, Ahmadi S. Intensive blood pressure targets in adults "
      "aged 65 and over: a systematic review. Heart Outcomes. 2023;41:112–25.", "reference"),
    A("Thank you Dr. Lee, I read this after my dad was diagnosed last month and it finally explained "
      "why his GP keeps asking him to check his blood pressure at home. Sharing with my sister.",
      "reader comment without a comment header, sitting among article paragraphs"),
    # site: Migraine Matters Australia (charity)
    C("Migraine is much more than a bad headache. Many people have nausea, sensitivity to light and "
      "noise, and visual disturbances called aura, and an attack can last anywhere from four hours to "
      "three days."),
    C("Keeping a headache diary for eight weeks can help you and your doctor spot triggers such as "
      "missed meals, poor sleep or hormonal changes."),
    C("â€œIâ€™d had migraines since I was 12, but it wasnâ€™t until I started tracking them that I "
      "noticed they always came on the second day of my period,” says Leah, 34.",
      "“I’d had migraines since I was 12, but it wasn’t until I started tracking them that I "
      "noticed they always came on the second day of my period,” says Leah, 34."),
    B("Free webinar: Living well with migraine – Thursday 12 September, 7pm AEST. "
      "Register now", "site-chrome"),
    B("Migraine Matters Australia is a not-for-profit organisation supporting the five "
      "million Australians who live with migraine. ABN 41 627 552 019.", "about"),
    # site: Northern Lights Health (Canadian regional health portal, consent panel)
    B("Customise", "cookie"),
    B("Functional: these remember choices you make, such as your preferred text size or "
      "region, so we can provide a more personal experience.", "cookie"),
    B("Save and close", "cookie"),
    BLANK,
    # site: Vitality Nutrients (supplement shop)
    C("Vitamin D helps the body absorb calcium. From October to March, adults in the UK are advised "
      "to consider a daily supplement of 10 micrograms (400 IU), because sunlight is too weak for the "
      "skin to make enough."),
    B("In stock", "site-chrome"),
    B("“I've taken these for three months and my knees feel ten years younger!” – Linda, "
      "verified buyer", "comment"),
    B("*These statements have not been evaluated by the Food and Drug Administration. "
      "This product is not intended to diagnose, treat, cure, or prevent any disease.", "disclaimer"),
    C("Taking more than 100 micrograms (4,000 IU) of vitamin D a day for long periods can raise "
      "calcium levels in the blood and damage the kidneys, so stick to the dose on the label unless your "
      "doctor advises otherwise."),
    # site: NutriCheck Labs (home blood-test kits)
    C("Reference ranges for vitamin D vary between laboratories, so ask what your own result means "
      "rather than comparing it with numbers you find online."),
    # site: Harbour Mutual (insurer wellness hub)
    C("Frozen shoulder, also known as adhesive capsulitis, causes pain and stiffness that build up "
      "slowly over months. It usually passes through three stages – freezing, frozen and thawing – and "
      "can take two to three years to resolve completely. In the freezing stage, pain is the main problem "
      "and is often worse at night. In the frozen stage the pain eases but the shoulder becomes very stiff, "
      "so reaching behind your back or brushing your hair is difficult. In the thawing stage, movement "
      "gradually returns."),
    C("It is more common in people with diabetes and in women aged 40 to 60, and it sometimes "
      "follows a period when the arm has been kept still after an injury or operation."),
    C("Physiotherapy, gentle stretching within your pain limits and a steroid injection in the early "
      "stage can all speed recovery."),
    C("Accept that recovery is slow. Most people eventually get back almost full movement, even if "
      "it takes well over a year."),
    B("Wellness content is provided for general information only. It does not form "
      "part of your policy, does not guarantee cover for any treatment, and should not be relied upon "
      "instead of advice from a registered health professional. Harbour Mutual Insurance Ltd is "
      "authorised and regulated by the Financial Conduct Authority. Before making changes to your diet, "
      "exercise or medication, speak to your GP. If you are unsure whether a treatment is covered, "
      "contact us before you book, because we cannot settle claims for treatment that was not "
      "pre-authorised, and benefits remain subject to the limits and exclusions in your policy wording.", "disclaimer"),
    BLANK,
    # site: OpenMed Encyclopaedia (medical encyclopaedia)
    C("Rotator cuff tears are tears of one or more of the four tendons that stabilise the shoulder "
      "joint.[1] They are common in older adults and may cause no symptoms at all.",
      "Rotator cuff tears are tears of one or more of the four tendons that stabilise the shoulder "
      "joint. They are common in older adults and may cause no symptoms at all."),
    C("Diagnosis is based on the history and examination, and may be confirmed with ultrasound or "
      "MRI. Surgery is generally reserved for large tears in younger, active people, or when several "
      "months of physical therapy have not helped."),
    C("Most tears in people over 60 are degenerative,4 and many can be managed with exercise alone.",
      "Most tears in people over 60 are degenerative, and many can be managed with exercise alone."),
    B("See also: Frozen shoulder · Shoulder impingement · Bursitis", "navigation"),
    B("^ Morales D, Fenwick R (2016). \"Prevalence of asymptomatic rotator cuff tears\". "
      "Shoulder & Elbow. 8 (2): 77–83.", "reference"),
    B("Text is available under the Creative Commons Attribution-ShareAlike License; "
      "additional terms may apply.", "copyright"),
    C(SIDE_SLEEP),
    # site: StrongHer (fitness magazine)
    B("Meet our expert", "bio"),
    B("Josh Tran, MS, CSCS | Strength coach | Sydney | @joshtranlifts", "bio"),
    # site: Coastal Orthopaedics (Australian orthopaedic practice)
    C("Shoulder pain that wakes you at night, or that has not improved after six weeks of rest and "
      "gentle exercise, should be checked by a doctor or physiotherapist."),
    # site: PharmaSaver (US discount pharmacy app site)
    B("Share: f  𝕏  in  ✉", "share"),
    B("Save", "site-chrome"),
    B("This article is not intended to provide diagnosis or treatment and should not "
      "be used as a substitute for personalised medical advice.", "disclaimer"),
    B("About the author", "bio"),
    B("Reject all", "cookie"),
],
}


if __name__ == "__main__":
    main(DATA.items(), __file__, allow_padding=True, ambiguous_lines=(0, 5))
