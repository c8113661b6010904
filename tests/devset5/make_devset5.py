#!/usr/bin/env python3
"""Generate devset5: four synthetic scrape dumps and their per-line gold labels.

Written blind (without reading the pipeline, its configs or the other test sets'
texts). Every paragraph below was written by hand for this set; the labels are
data, not the output of any rule. Re-running this script rewrites identical files:
    site_1.txt, site_2.txt, site_3.txt, site_4.txt, gold_lines.jsonl

Sites (one per file, paragraphs of several pages of that site mixed):
    site_1  UK hospital trust patient-information leaflets (ankle sprain, heel pain,
            pelvic floor exercises), UK spelling
    site_2  chatty yoga / running blog (posture at a desk, shin splints)
    site_3  US pharmacy / health-plan health library (sciatica, hand osteoarthritis)
    site_4  New Zealand physiotherapy clinic articles (tennis elbow, desk neck,
            Achilles tendinopathy)

Each file is a list of entries:
    BLANK                                   -> an empty line
    C(text, clean=None)                     -> content (clean defaults to text)
    B(text, category)                       -> boilerplate
    A(text, note, clean=None)               -> ambiguous (not scored)

Gold rows (one per non-blank line), as in tests/heldout/make_heldout.py:
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
from labelled_sets import BLANK, A, B, C, main  # noqa: E402

# ---------------------------------------------------------------------------
# Boilerplate lines shared by more than one file (exact repeats across sites).
# ---------------------------------------------------------------------------
PRINT_PAGE = B("Print this page", "site-chrome")
HELPFUL = B("Was this page helpful? Yes No", "site-chrome")
COOKIE_SETTINGS = B("Cookie settings", "cookie")
REPLY = B("Reply", "comment")
RAQUO = B("»", "artefact")

# ---------------------------------------------------------------------------
# site_1.txt: Harrowgate Vale Hospitals NHS Foundation Trust, patient leaflets.
# ---------------------------------------------------------------------------
HV_COOKIES = B(
    "Cookies on the Harrowgate Vale website. We use some cookies that are essential for the "
    "site to work. With your permission we would also like to set optional cookies that show "
    "us which pages are visited most, so that we can make our patient information easier to "
    "find.", "cookie")

SHOE_TIP = C(
    "Wear a supportive lace-up shoe rather than slippers or flip-flops while your foot or ankle "
    "is healing.")

FILE_1 = [
    B("Accessibility tools", "site-chrome"),
    HV_COOKIES,
    B("Accept optional cookies", "cookie"),
    BLANK,
    B("You are here: Home > Patients and visitors > Patient information leaflets > "
      "Physiotherapy > Ankle sprain", "navigation"),
    B("Produced by: Musculoskeletal Physiotherapy Department | Issue date: February 2024 | "
      "Review date: February 2027 | Leaflet ref: PHY-112", "byline"),
    C("A sprained ankle happens when the ligaments that hold the ankle bones together are "
      "stretched or partly torn, usually when the foot rolls inwards. It is one of the most "
      "common injuries seen in our Emergency Department. The ankle is often swollen, bruised "
      "and painful to walk on, but most sprains heal well within six to eight weeks."),
    C("Go to your nearest emergency department or call 999 if your foot becomes cold, pale or "
      "numb, if the ankle looks misshapen, or if you were unable to take four steps on it "
      "straight after the injury."),
    A("What can I do to help myself?",
      "section heading of the leaflet: part of the article's structure, but carries no "
      "information of its own"),
    C("For the first two to three days, protect the ankle and rest it, but do not keep it "
      "completely still. Raise it on a pillow so that it is above the level of your heart "
      "when you are sitting or lying down. An ice pack wrapped in a damp tea towel can be "
      "used for up to 20 minutes every two to three hours while you are awake."),
    C("• Avoid hot baths, heat packs, alcohol and massage for the first 72 hours, as these can "
      "all increase bleeding and swelling in the injured tissue.",
      clean="Avoid hot baths, heat packs, alcohol and massage for the first 72 hours, as these "
      "can all increase bleeding and swelling in the injured tissue."),
    C("You can take paracetamol or ibuprofen to ease the pain, unless you have been told that "
      "these medicines are not suitable for you. A usual adult dose of ibuprofen is 400 mg "
      "three times a day, taken with or after food. Ask your pharmacist for advice if you "
      "have asthma, stomach ulcers or kidney problems."),
    BLANK,
    C("Exercise 1 – Ankle pumps: Sit with your leg supported straight out in front of you. "
      "Slowly point your foot away from you as far as is comfortable, then pull it back "
      "towards you. Repeat 10 times, three to four times a day."),
    C("Exercise 2 – Ankle circles: Sit with your leg supported straight out in front of you. "
      "Slowly draw circles with your foot, five in one direction and then five in the other. "
      "Repeat 10 times, three to four times a day."),
    C("Once you can stand comfortably on the injured leg, practise balancing on it for 30 "
      "seconds at a time, holding on to a kitchen worktop for safety. When this feels easy, "
      "try it with your eyes closed or while standing on a folded towel. Poor balance after a "
      "sprain is one of the main reasons an ankle gives way again."),
    C("Most people can return to sport after four to eight weeks. For the first few months "
      "back, an ankle brace or strapping is sensible, particularly for sports that involve "
      "jumping or sudden changes of direction."),
    SHOE_TIP,
    PRINT_PAGE,
    B("Download this leaflet (PDF, 214 KB)", "site-chrome"),
    B("This leaflet gives general information only and is not a substitute for advice from "
      "the doctor, nurse or therapist treating you. If you have any questions about your own "
      "care, please speak to a member of your healthcare team.", "disclaimer"),
    BLANK,
    B("You are here: Home > Patients and visitors > Patient information leaflets > "
      "Physiotherapy > Heel pain (plantar fasciitis)", "navigation"),
    C("Plantar fasciitis is irritation of the thick band of tissue that runs along the sole of "
      "the foot from the heel bone to the toes. The pain is usually felt under the heel and "
      "is often worst with the first few steps in the morning or after sitting for a while. "
      "It is most common between the ages of 40 and 60, and in people who spend long periods "
      "standing."),
    C("Typical symptoms are a sharp pain under the heel on first standing, an ache that eases "
      "once you get going, tenderness on the inside of the heel and pain that returns at the "
      "end of the day."),
    C("Stand facing a wall with both hands on it at shoulder height. Place the painful foot "
      "behind you with the heel on the floor and the knee straight, then bend your front knee "
      "until you feel a stretch in the calf of the back leg. Hold for 30 seconds and repeat "
      "three times, two to three times a day."),
    C("The good news is that around eight out of ten people are free of heel pain within 12 "
      "months.3 Changing your footwear and doing the stretches every day make a bigger "
      "difference than any single treatment.",
      clean="The good news is that around eight out of ten people are free of heel pain within "
      "12 months. Changing your footwear and doing the stretches every day make a bigger "
      "difference than any single treatment."),
    C("If your heel is sore at the end of the day, try rolling the arch of your foot over a "
      "frozen water bottle for five to ten minutes. Don&#8217;t hold ice directly against "
      "the skin for longer than this.",
      clean="If your heel is sore at the end of the day, try rolling the arch of your foot over "
      "a frozen water bottle for five to ten minutes. Don’t hold ice directly against the "
      "skin for longer than this."),
    SHOE_TIP,
    B("Other leaflets in this section: Achilles tendon rupture · Knee ligament injuries · "
      "Broken wrist in adults · Using crutches safely", "navigation"),
    B("▲", "artefact"),
    BLANK,
    HV_COOKIES,
    B("You are here: Home > Patients and visitors > Patient information leaflets > Women's "
      "health physiotherapy > Pelvic floor exercises", "navigation"),
    C("Many people find it difficult to talk about leaking urine, even with their GP. Your "
      "privacy will be respected at every appointment: you can ask to see a female or male "
      "physiotherapist, and you are welcome to bring a friend or relative with you."),
    C("To find your pelvic floor muscles, imagine you are trying to stop yourself passing "
      "wind and, at the same time, trying to stop the flow of urine. Squeeze and lift these "
      "muscles, hold for up to 10 seconds, then relax fully for 4 seconds. Repeat up to 10 "
      "times, then do 10 quick squeezes, holding each one for a second."),
    C("Aim to do a full set three times a day. It can take three to five months of regular "
      "practice before you notice a real improvement, so keep going even if nothing seems to "
      "change at first."),
    C("Contact your GP if you notice blood in your urine, pain when passing urine, or a bulge "
      "or feeling of heaviness in the vagina that is getting worse."),
    B("Sources used in this leaflet: National Institute for Health and Care Excellence. "
      "Incontinence – urinary, in women. Clinical Knowledge Summary, 2023.", "reference"),
    HELPFUL,
    B("Become a public member of the Trust for free and receive Vale Voice, our quarterly "
      "members' newsletter, by email or post.", "newsletter"),
    B("Share this page: Email | Facebook | X | WhatsApp", "share"),
    B("Harrowgate Vale Hospitals NHS Foundation Trust runs two acute hospitals and eleven "
      "community clinics, caring for around 480,000 people across the Vale and neighbouring "
      "districts. We are a teaching trust and a smoke-free site.", "about"),
    B("© Harrowgate Vale Hospitals NHS Foundation Trust 2024", "copyright"),
    B("Privacy notice · Freedom of information · Modern slavery statement · Website terms",
      "copyright"),
    COOKIE_SETTINGS,
]

# ---------------------------------------------------------------------------
# site_2.txt: "Bend & Breathe", a chatty yoga and running blog.
# ---------------------------------------------------------------------------
TEACHER_NOT_DOCTOR = B(
    "Just so we’re clear: I’m a certified yoga teacher, not a doctor or physical therapist. "
    "Nothing on this blog is medical advice, so please check with your healthcare provider "
    "before starting a new routine, especially if you’re pregnant or recovering from an "
    "injury.", "disclaimer")

SEATED_TWIST = C(
    "Seated spinal twist: Sit tall toward the front of your chair with both feet flat on the "
    "floor. Inhale to lengthen, then exhale and turn your ribs to the right, resting your left "
    "hand on your right knee. Keep your hips facing forward, hold for five slow breaths, and "
    "switch sides.")

FILE_2 = [
    B("Home  Yoga  Running  Recipes  Shop  About  Contact", "site-chrome"),
    B("Posted by Maya Lindqvist · March 14, 2024 · 6 min read", "byline"),
    B("This post may contain affiliate links. If you buy something through them I may earn a "
      "small commission, at no extra cost to you.", "disclaimer"),
    C("Okay, confession time: I wrote most of this post hunched over my laptop on the couch, "
      "which is exactly what Iâ€™m about to tell you not to do. After a winter of long editing "
      "days my upper back felt like a rusty gate, so I spent a month testing which stretches "
      "actually helped. These are the ones that stuck.",
      clean="Okay, confession time: I wrote most of this post hunched over my laptop on the "
      "couch, which is exactly what I’m about to tell you not to do. After a winter of long "
      "editing days my upper back felt like a rusty gate, so I spent a month testing which "
      "stretches actually helped. These are the ones that stuck."),
    C("First, I donâ€™t subscribe to the idea that there is one â€œperfectâ€ posture you "
      "should hold all day. Your spine loves variety, so honestly the best posture is your "
      "next one: shift, stand up, stretch, and keep moving.",
      clean="First, I don’t subscribe to the idea that there is one “perfect” posture you "
      "should hold all day. Your spine loves variety, so honestly the best posture is your "
      "next one: shift, stand up, stretch, and keep moving."),
    BLANK,
    C("Why does sitting make your upper back so cranky? When you reach for a keyboard for "
      "hours, your chest muscles get used to working in a shortened position while the muscles "
      "between your shoulder blades stay long and a bit switched off. None of that is damage; "
      "it’s just your body adapting to the shape you spend the most time in."),
    C("Let’s be real: nobody sticks with a routine that feels like punishment. I do these "
      "stretches while the kettle boils, and yes, sometimes with a cookie in my other hand. "
      "Small and daily beats heroic and weekly, every single time."),
    C("Every 30 minutes, stand up.  Walk to the window, roll your shoulders back five times,  "
      "and sit back down.  That’s the whole trick.",
      clean="Every 30 minutes, stand up. Walk to the window, roll your shoulders back five "
      "times, and sit back down. That’s the whole trick."),
    C("Doorway chest opener: Stand in a doorway with your forearms on the frame, elbows just "
      "below shoulder height. Step one foot forward and lean in gently until you feel a "
      "stretch across the front of your chest. Stay for five slow breaths, then step back."),
    SEATED_TWIST,
    C("Thread the needle: Start on all fours with your hands under your shoulders. Slide your "
      "right arm under your left, palm up, and lower your right shoulder and ear toward the "
      "mat. Breathe into the space between your shoulder blades for five breaths, then switch "
      "sides."),
    C("If you only have two minutes, do the doorway opener and the twist. Those two alone made "
      "the biggest difference for me."),
    B("Pin it for later! 📌", "share"),
    B("– Advertisement –", "site-chrome"),
    C("Set your screen so the top line of text sits at or just below eye level, about an arm’s "
      "length away. If you work on a laptop all day, a cheap stand plus a separate keyboard "
      "is the best upgrade your neck will ever get."),
    TEACHER_NOT_DOCTOR,
    B("Filed Under: Desk Life, Yoga for Beginners  Tagged: neck pain, posture, stretching",
      "navigation"),
    BLANK,
    B("Posted by Maya Lindqvist · April 2, 2024 · 8 min read", "byline"),
    C("Shin splints (medial tibial stress syndrome, if you want to sound fancy at parkrun) is "
      "that nagging ache along the inner edge of your shinbone. It usually shows up when you "
      "ramp up your mileage too fast, switch to harder surfaces, or run in shoes that are well "
      "past their best. I had it twice in my first year of running, both times right after I "
      "got a little too excited about a new training plan."),
    C("One important note: if the pain is in one small spot you can point to with a "
      "fingertip, hurts at night, or makes you limp when you walk, stop running and get it "
      "checked by a doctor. That pattern can mean a stress fracture, and running through it "
      "can turn a six-week problem into a six-month one."),
    C("Calf raises are my non-negotiable. Stand on the edge of a step, rise up onto your toes "
      "for a count of two, then lower your heels below the step for a count of four. Start "
      "with 2 x 10 reps on both legs and work up to single-leg raises over a few weeks."),
    C("What actually fixed mine was pretty boring: I cut my long run by a third for two weeks, "
      "swapped two runs for bike rides, and did my calf work four times a week. The ache was "
      "gone in about a month, and it hasn’t come back since I started respecting my "
      "load.¹",
      clean="What actually fixed mine was pretty boring: I cut my long run by a third for two "
      "weeks, swapped two runs for bike rides, and did my calf work four times a week. The "
      "ache was gone in about a month, and it hasn’t come back since I started respecting my "
      "load."),
    C("A bag of frozen peas wrapped in a thin towel for 10 to 15 minutes after a run can calm "
      "a sore shin down. Just don’t use ice to numb things so you can keep running through "
      "the pain."),
    C("Increase your weekly distance by no more than about 10 percent, and keep at least one "
      "easy day between harder runs."),
    C("Check your shoes, too. Most running shoes lose a lot of their cushioning somewhere "
      "between 300 and 500 miles, and I definitely ignored that for way too long."),
    SEATED_TWIST,
    A("Happy stretching, and see you on the mat! – Maya x",
      "author's sign-off at the end of the post: written for this article, but carries no "
      "information and appears in the same form on other posts"),
    C("By “load” I mean everything your shins have to absorb in a week: mileage, hills, speed "
      "work, even all the extra walking you do on vacation. ↩",
      clean="By “load” I mean everything your shins have to absorb in a week: mileage, hills, "
      "speed work, even all the extra walking you do on vacation."),
    TEACHER_NOT_DOCTOR,
    B("Rate this post: ★★★★★ 4.8 (96 votes)", "site-chrome"),
    B("Want my free 10-minute desk reset routine? Join 12,000+ readers who get the Sunday "
      "Stretch email: one short, friendly note a week, and you can unsubscribe any time.",
      "newsletter"),
    B("Subscribe", "newsletter"),
    B("Share this post: Facebook · Pinterest · WhatsApp · Email", "share"),
    B("You might also like: Yoga for Better Sleep | Foam Rolling 101 | Core Work for Runners "
      "Who Hate Core Work", "navigation"),
    BLANK,
    B("9 Comments", "comment"),
    B("Jenna R. says: April 3, 2024 at 7:42 am", "comment"),
    B("Okay the calf raise thing is genius. I’ve had shin pain since January and never once "
      "thought about my calves. Starting tonight!!", "comment"),
    REPLY,
    B("Hi, I’m Maya! I’m a 500-hour certified yoga teacher, a slow but stubborn "
      "half-marathoner and a recovering desk worker living in Portland, Oregon. I write about "
      "gentle, realistic movement for people who sit too much.", "bio"),
    B("Bend & Breathe is a reader-supported blog about approachable yoga and running. No fads, "
      "no perfect poses, just movement that fits into real life.", "about"),
    B("This website uses cookies so we can give you the best experience possible. By clicking "
      "“Got it” or continuing to browse, you agree to their use.", "cookie"),
    B("© 2024 Bend & Breathe · Privacy Policy · Disclosure Policy", "copyright"),
    RAQUO,
]

# ---------------------------------------------------------------------------
# site_3.txt: BrightPath Health, a US pharmacy / health-plan health library.
# ---------------------------------------------------------------------------
CAUDA_EQUINA = C(
    "Call 911 or go to the nearest emergency room if you have numbness in your groin or inner "
    "thighs, new trouble controlling your bladder or bowels, or weakness in both legs. These "
    "can be signs of cauda equina syndrome, a rare condition that needs emergency surgery.")

FILE_3 = [
    B("Search the Health Library", "site-chrome"),
    B("Sign In / Create Account", "site-chrome"),
    B("Your privacy choices: BrightPath and its advertising and analytics partners set "
      "cookies on this site to keep it working, remember your settings and measure how our "
      "content performs. You can opt out of non-essential tracking at any time under Cookie "
      "Preferences.", "cookie"),
    B("Allow all", "cookie"),
    B("Only necessary", "cookie"),
    BLANK,
    B("Health Library › Conditions › Back, Neck & Spine › Sciatica", "navigation"),
    B("Medically reviewed by Sandra Whitfield, PharmD · Written by Eli Navarro · Updated Aug. "
      "21, 2024", "byline"),
    C("Sciatica is pain that travels along the path of the sciatic nerve, from the lower back "
      "through the buttock and down the back of one leg. It is most often caused by a "
      "herniated disk pressing on a nerve root, usually at the L4-L5 or L5-S1 level of the "
      "lumbar spine.[1] Many people describe the pain as burning or electric, and it is often "
      "worse when sitting, coughing or sneezing.",
      clean="Sciatica is pain that travels along the path of the sciatic nerve, from the lower "
      "back through the buttock and down the back of one leg. It is most often caused by a "
      "herniated disk pressing on a nerve root, usually at the L4-L5 or L5-S1 level of the "
      "lumbar spine. Many people describe the pain as burning or electric, and it is often "
      "worse when sitting, coughing or sneezing."),
    C("Common symptoms include pain in the buttock or leg, numbness, tingling (a &#8220;pins "
      "and needles&#8221; feeling) and weakness in the leg or foot.",
      clean="Common symptoms include pain in the buttock or leg, numbness, tingling (a “pins "
      "and needles” feeling) and weakness in the leg or foot."),
    C("Less often, sciatica is caused by spinal stenosis, a narrowing of the spaces in the "
      "spine that becomes more common after age 60, or by a vertebra slipping forward over the "
      "one below it (spondylolisthesis)."),
    C("Your doctor can usually diagnose sciatica from your symptoms and a physical exam, such "
      "as the straight-leg raise test. Imaging such as an MRI is generally needed only if "
      "symptoms are severe, keep getting worse, or haven’t improved after about six weeks."),
    C("Not all leg tingling comes from the spine. Diabetes, low vitamin B12 levels and some "
      "medicines can damage the nerves in the feet and cause similar symptoms, so your doctor "
      "may order blood tests if your pattern doesn’t fit sciatica."),
    CAUDA_EQUINA,
    C("Over-the-counter pain relievers such as ibuprofen or naproxen can ease pain and "
      "inflammation for a short time.[2, 5] For adults, the usual ibuprofen dose is 200 to "
      "400 mg every 4 to 6 hours, and you shouldn&#8217;t take more than 1,200 mg a day "
      "without your doctor&#8217;s advice.",
      clean="Over-the-counter pain relievers such as ibuprofen or naproxen can ease pain and "
      "inflammation for a short time. For adults, the usual ibuprofen dose is 200 to 400 mg "
      "every 4 to 6 hours, and you shouldn’t take more than 1,200 mg a day without your "
      "doctor’s advice."),
    BLANK,
    C("Staying active works better than bed rest. Short walks, gentle stretching and changing "
      "positions often help, and most people feel much better within 4 to 6 weeks. If pain "
      "lasts longer, a physical therapist can design a program to strengthen your core and "
      "improve flexibility."),
    C("Knee-to-chest stretch: Lie on your back with both knees bent. Gently pull one knee "
      "toward your chest with both hands until you feel a stretch in your lower back and "
      "buttock. Hold for 20 to 30 seconds, lower the leg, and repeat 3 times on each side."),
    HELPFUL,
    B("Download the BrightPath app to refill prescriptions in a tap, get pickup alerts and "
      "clip digital coupons.", "site-chrome"),
    B("Ropper AH, Zafonte RD. Sciatica. N Engl J Med. 2015;372(13):1240-1248. "
      "doi:10.1056/NEJMra1410151", "reference"),
    B("The BrightPath Health Library is provided for general educational use. It is not "
      "intended to diagnose or treat any condition and should not replace a conversation with "
      "your doctor or pharmacist. Never ignore professional advice because of something you "
      "read here.", "disclaimer"),
    B("Coverage for physical therapy, imaging and prescription drugs varies by plan. Check your "
      "plan documents or call Member Services to find out what is covered.", "disclaimer"),
    BLANK,
    B("Health Library › Conditions › Arthritis › Osteoarthritis of the Hand", "navigation"),
    B("Medically reviewed by Sandra Whitfield, PharmD · Written by Dana Okafor · Updated May "
      "2, 2024", "byline"),
    C("Osteoarthritis of the hand most often affects the joint at the base of the thumb and "
      "the joints closest to the fingertips. Over time, the cartilage that cushions these "
      "joints wears down, causing pain, stiffness and bony bumps called Heberden&#8217;s "
      "nodes. It is more common in women and usually starts after age 50.",
      clean="Osteoarthritis of the hand most often affects the joint at the base of the thumb "
      "and the joints closest to the fingertips. Over time, the cartilage that cushions these "
      "joints wears down, causing pain, stiffness and bony bumps called Heberden’s nodes. It "
      "is more common in women and usually starts after age 50."),
    C("Signs to watch for include stiffness first thing in the morning, a grinding feeling "
      "when you move your thumb, swelling around the finger joints and trouble opening jars."),
    C("Keep using your hands. Regular, gentle movement keeps the joints flexible and the "
      "muscles around them strong, while resting them completely for long periods tends to "
      "make stiffness worse."),
    C("Make a fist: Rest your forearm and hand on a table, thumb side up. Slowly bend your "
      "fingers into a gentle fist, wrapping your thumb across the front. Hold for 5 seconds, "
      "then straighten your fingers. Repeat 10 times with each hand."),
    C("Thumb bend: Rest your forearm and hand on a table, thumb side up. Slowly bend your "
      "thumb across your palm toward the base of your little finger. Hold for 5 seconds, then "
      "straighten your thumb. Repeat 10 times with each hand."),
    C("Soak your hands in warm water for a few minutes before exercising to ease morning "
      "stiffness."),
    C("Large-grip pens, jar openers and lever-style faucet handles take pressure off sore "
      "joints during everyday tasks."),
    C("A hand therapist can fit a thumb splint to wear at night or during heavy tasks. "
      "Splints rest the joint &amp; reduce pain, and many people use them alongside "
      "exercises for the best results.",
      clean="A hand therapist can fit a thumb splint to wear at night or during heavy tasks. "
      "Splints rest the joint & reduce pain, and many people use them alongside exercises for "
      "the best results."),
    C("NSAID gels rubbed into the painful joint 3 to 4 times a day&nbsp;may work about as "
      "well as pills for hand pain, with fewer stomach side effects.[3]",
      clean="NSAID gels rubbed into the painful joint 3 to 4 times a day may work about as "
      "well as pills for hand pain, with fewer stomach side effects."),
    C("If you take a blood thinner such as warfarin, ask your pharmacist before using any "
      "NSAID, including gels, because they can raise the risk of bleeding."),
    CAUDA_EQUINA,
    B("Kloppenburg M, Kroon FP, Blanco FJ, et al. 2018 update of the EULAR recommendations for "
      "the management of hand osteoarthritis. Ann Rheum Dis. 2019;78(1):16-24.", "reference"),
    B("Sandra Whitfield, PharmD, is a clinical pharmacist with 15 years of experience in "
      "community and ambulatory care. She reviews Health Library articles to make sure drug "
      "information reflects current labeling and guidelines.", "bio"),
    B("Eli Navarro is a Denver-based health writer covering chronic pain and healthy aging.",
      "bio"),
    B("Get simple, trustworthy health tips in your inbox every other week. Sign up for "
      "BrightPath Wellness Notes.", "newsletter"),
    B("Share: Facebook | X | LinkedIn | Email", "share"),
    PRINT_PAGE,
    B("BrightPath Health serves more than 3 million members and customers in 14 states "
      "through its health plans and neighborhood pharmacies.", "about"),
    B("© 2024 BrightPath Health, Inc. All rights reserved.", "copyright"),
    B("Back to top", "site-chrome"),
    B("×", "artefact"),
]

# ---------------------------------------------------------------------------
# site_4.txt: Kinetic Edge Physiotherapy (Auckland), clinic article pages.
# ---------------------------------------------------------------------------
AROHA_QUOTE = C(
    "“When someone comes in with tennis elbow, the first thing I ask about is their week, not "
    "their elbow,” says senior physiotherapist Aroha Ngata. “Nine times out of ten there has "
    "been a jump in load: a house move, a new job, a weekend spent painting the fence. I spend "
    "more time helping people adjust that load than I do on any hands-on treatment.”")

FILE_4 = [
    B("Book online", "site-chrome"),
    B("We use cookies to keep this site running smoothly and to see which of our articles "
      "people find most useful. Click “Accept” to agree, or choose “Cookie settings” to pick "
      "what we can use.", "cookie"),
    B("Accept", "cookie"),
    B("Home / Conditions we treat / Elbow / Tennis elbow", "navigation"),
    B("Written by Liam Carver, Physiotherapist · 12 June 2024", "byline"),
    C("Tennis elbow (lateral elbow tendinopathy) causes pain on the outside of the elbow that "
      "can spread into the forearm. Despite the name, fewer than one in ten of the people we "
      "treat for it play tennis.2 It is far more common in people whose work involves "
      "repeated gripping, such as builders, hairdressers and anyone who spends long hours on "
      "a mouse.",
      clean="Tennis elbow (lateral elbow tendinopathy) causes pain on the outside of the elbow "
      "that can spread into the forearm. Despite the name, fewer than one in ten of the people "
      "we treat for it play tennis. It is far more common in people whose work involves "
      "repeated gripping, such as builders, hairdressers and anyone who spends long hours on "
      "a mouse."),
    AROHA_QUOTE,
    C("Rest on its own rarely fixes tennis elbow. The tendon needs gradually increasing load to "
      "rebuild its tolerance, so complete rest usually just leaves it weaker when you go back "
      "to the activity that caused the problem."),
    C("Isometric wrist extension: Rest your forearm on a table with your palm facing down and "
      "your hand over the edge. Place your other hand on the back of the sore hand and push "
      "up into it without letting the wrist move. Hold for 30 to 45 seconds and repeat 5 "
      "times, once or twice a day."),
    C("Eccentric wrist extension: Hold a light dumbbell (1–2 kg) with your palm facing down "
      "and your forearm supported. Use your other hand to help lift the wrist up, then lower "
      "it slowly on its own over 3 to 4 seconds. Work up to 3 sets of 15, every second day."),
    A("Photo: lowering a 2 kg dumbbell with the palm facing down",
      "image caption: describes the exercise shown, but is page furniture rather than "
      "article text"),
    C("Most cases of tennis elbow settle within 6 to 12 months, but a well-planned exercise "
      "programme can shorten that considerably.[4] Corticosteroid injections give short-term "
      "relief but are linked with more recurrences at one year, so we rarely suggest them as "
      "a first option.",
      clean="Most cases of tennis elbow settle within 6 to 12 months, but a well-planned "
      "exercise programme can shorten that considerably. Corticosteroid injections give "
      "short-term relief but are linked with more recurrences at one year, so we rarely "
      "suggest them as a first option."),
    C("Tendon or ligament? Tendons join muscle to bone and pass on the force of a "
      "contraction, while ligaments join bone to bone and stabilise joints. Both adapt to "
      "load, but slowly, which is why tendon rehab is measured in weeks and months rather "
      "than days. BACK TO TEXT",
      clean="Tendon or ligament? Tendons join muscle to bone and pass on the force of a "
      "contraction, while ligaments join bone to bone and stabilise joints. Both adapt to "
      "load, but slowly, which is why tendon rehab is measured in weeks and months rather "
      "than days."),
    C("Keep a simple pain diary for a fortnight; patterns often jump out that neither of us "
      "would have guessed."),
    B("The information in this article is general in nature and is not a substitute for an "
      "individual assessment. If you are in pain, please see a registered health "
      "professional.", "disclaimer"),
    B("1. Coombes BK, Bisset L, Vicenzino B. Management of lateral elbow tendinopathy: one "
      "size does not fit all. J Orthop Sports Phys Ther. 2015;45(11):938-949. ↩", "reference"),
    B("2. Shiri R, Viikari-Juntura E, Varonen H, Heliövaara M. Prevalence and determinants of "
      "lateral and medial epicondylitis: a population study. Am J Epidemiol. "
      "2006;164(11):1065-1074. ↩", "reference"),
    B("2 comments on “Tennis elbow: why rest alone rarely works”", "comment"),
    B("Graham P. · 3 July 2024 at 8:15 pm", "comment"),
    B("Had this for nearly a year after renovating our kitchen. The slow lowering exercise was "
      "what finally turned it around for me, so thanks for explaining why it works.",
      "comment"),
    REPLY,
    BLANK,
    B("Home / Conditions we treat / Neck / Desk neck", "navigation"),
    B("Written by Aroha Ngata, Senior Physiotherapist · 2 May 2024", "byline"),
    C("Pain that starts in the neck can travel down the arm if a nerve root is irritated. When "
      "the C6 nerve root is involved, people often feel pins and needles in the thumb and "
      "index finger and may notice weakness when bending the elbow. These symptoms are worth "
      "having assessed, but most settle with time and the right exercises."),
    C("Turning your head 30° or more to read a second monitor for hours a day is a common "
      "trigger for one-sided neck pain. Put the screen you use most directly in front of you, "
      "and the other one beside it at the same height."),
    C("Your chair matters less than how long you stay in it. Even a well-designed set-up "
      "becomes uncomfortable if you don’t change position for two hours."),
    C("Shoulder blade squeeze: Sit tall and draw your shoulder blades back and down, as if "
      "tucking them into your back pockets. Hold for 5 seconds and repeat 10 times, every "
      "hour or so while you work."),
    C("Seek urgent medical attention if neck pain follows a fall or a car accident, or if it "
      "comes with clumsiness in both hands, difficulty walking, or changes in bladder "
      "control."),
    C("Most desk-related neck pain improves within a few weeks once the set-up is sorted and "
      "you move more during the day. If it hasn’t eased after six weeks, book an assessment "
      "so we can look at what else might be going on. Back to top",
      clean="Most desk-related neck pain improves within a few weeks once the set-up is sorted "
      "and you move more during the day. If it hasn’t eased after six weeks, book an "
      "assessment so we can look at what else might be going on."),
    AROHA_QUOTE,
    B("Aroha Ngata is a senior physiotherapist and co-founder of Kinetic Edge. She has a "
      "special interest in persistent neck and shoulder pain and teaches on the clinical "
      "programme at a local university.", "bio"),
    BLANK,
    C("Achilles tendinopathy is one of the most common running injuries we see, particularly "
      "in runners over 35. Despite the old name of Achilles tendinitis, there is very little "
      "inflammation12 in a long-standing tendon problem; the tendon has lost some of its "
      "capacity to handle load. Stiffness first thing in the morning that eases after a few "
      "minutes of walking is a classic sign.",
      clean="Achilles tendinopathy is one of the most common running injuries we see, "
      "particularly in runners over 35. Despite the old name of Achilles tendinitis, there is "
      "very little inflammation in a long-standing tendon problem; the tendon has lost some of "
      "its capacity to handle load. Stiffness first thing in the morning that eases after a "
      "few minutes of walking is a classic sign."),
    C("Heel drops: Stand on the edge of a step on the balls of both feet. Rise up on both "
      "feet, lift the good foot off, then slowly lower the heel of the sore side below the "
      "step over three seconds. Start with 3 sets of 10 with the knee straight, then repeat "
      "with the knee slightly bent."),
    C("Running with mild Achilles discomfort is usually fine if it stays at 3 out of 10 or less "
      "during the run and has settled by the next morning. If it is worse the following day, "
      "cut your weekly volume back for a week."),
    C("If you felt a sudden snap or a kick-like blow at the back of your ankle and now struggle "
      "to push off or stand on tiptoe, go to an emergency department the same day, as this "
      "can be an Achilles rupture."),
    B("Liam Carver is a physiotherapist with a special interest in upper-limb and running "
      "injuries. He completed his postgraduate training in sports physiotherapy and works "
      "with club and provincial athletes.", "bio"),
    B("Kinetic Edge Physiotherapy has been helping Aucklanders move better since 2009. We are "
      "ACC registered, so if you have an injury claim you can see us without a GP referral.",
      "about"),
    B("Get our monthly injury-prevention tips. No spam, unsubscribe any time.", "newsletter"),
    B("Found this helpful? Share it with someone who spends too long at a keyboard.", "share"),
    B("← Older posts   Page 2 of 7   Newer posts →", "navigation"),
    B("© 2024 Kinetic Edge Physiotherapy Ltd · Website terms · Privacy policy", "copyright"),
    COOKIE_SETTINGS,
    RAQUO,
    B("3", "artefact"),
]

FILES = [("site_1.txt", FILE_1), ("site_2.txt", FILE_2), ("site_3.txt", FILE_3),
         ("site_4.txt", FILE_4)]

# Residue that must never survive in a "clean" text (sanity check on the hand-written data).
BAD_IN_CLEAN = ["&amp;", "&#", "&nbsp;", "â€", "\u00a0", "  ", "BACK TO TEXT", "Back to top",
                "↩", "•", "[1]", "[2", "[3]", "[4]", "¹"]


if __name__ == "__main__":
    main(FILES, __file__, boilerplate_dup=True, residue=BAD_IN_CLEAN, min_per_category=4)
