#!/usr/bin/env python3
"""Generate the held-out dump files and their per-line gold labels.

All paragraphs below were written by hand for this set; the labels are data,
not the output of any rule. Re-running this script rewrites identical files:
    heldout_a.txt, heldout_b.txt, heldout_c.txt, gold_lines.jsonl

Each file is a list of entries:
    BLANK                                   -> an empty line
    C(text, clean=None)                     -> content (clean defaults to text)
    B(text, category)                       -> boilerplate
    A(text, note, clean=None)               -> ambiguous (not scored)
"""
import os
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, main  # noqa: E402

NBSP = "\u00a0"

# ---------------------------------------------------------------------------
# Paragraphs that occur more than once (dumps repeat paragraphs).
# ---------------------------------------------------------------------------
RUNNERS_KNEE = C(
    "Runner’s knee, or patellofemoral pain, usually shows up as a dull ache around or behind "
    "the kneecap. It tends to flare when you walk downstairs, squat, or sit through a long film "
    "with your knees bent. The cartilage itself is rarely damaged; the problem is more often how "
    "load is shared between the thigh muscles, the hip and the joint.")

SETS_AND_REPS = C(
    "Aim for 2–3 sets of each exercise, resting about a minute between sets. Once 3 × 15 reps "
    "feels easy on both sides, loop a light resistance band just above your knees and drop back "
    "to 10 reps. Progress one thing at a time: adding band tension and extra reps in the same "
    "week is the most common reason people flare up.")

PHYSIO_QUOTE = C(
    "“I tell my patients that a sore knee is not a broken knee,” says Priya Raman, a "
    "physiotherapist who works with recreational runners in Leeds. “I let them keep running as "
    "long as the pain stays under three out of ten and has settled by the next morning. If it "
    "hasn’t, we cut the distance, not the running altogether.”")

CHIN_TUCK = C(
    "Chin tucks train the deep muscles at the front of the neck,4 and they can be done almost "
    "anywhere. Sit tall, look straight ahead and glide your head backward as if making a double "
    "chin, without tipping your nose up or down.5 Hold for five seconds and repeat ten times, "
    "several times a day.",
    clean="Chin tucks train the deep muscles at the front of the neck, and they can be done almost "
    "anywhere. Sit tall, look straight ahead and glide your head backward as if making a double "
    "chin, without tipping your nose up or down. Hold for five seconds and repeat ten times, "
    "several times a day.")

SNACK_SWAP = C(
    "Swap the cookies in your afternoon snack for a handful of berries or an apple with a spoon "
    "of peanut butter. Biscuits and pastries are easy to overeat and bring little besides sugar "
    "and refined flour, while fruit adds fibre and vitamin C. If you want something crunchy, a "
    "small portion of unsalted nuts does the job.")

ACUTE_BACK = C(
    "Most episodes of acute low back pain settle within six weeks, whether or not you see anyone "
    "about them. Staying active, even if that means shorter walks and more breaks, speeds "
    "recovery compared with bed rest. Heat, simple pain relief and reassurance are usually all "
    "that is needed in the first few days.")

# Boilerplate lines that recur.
ADVERT = B("Advertisement", "site-chrome")
REPLY = B("Reply", "comment")
ACCEPT = B("Accept all cookies", "cookie")

# ---------------------------------------------------------------------------
# heldout_a.txt: knee and hip pages from two sites, mixed.
# ---------------------------------------------------------------------------
FILE_A = [
    B("Skip to main content", "site-chrome"),
    B("Home › Health A–Z › Knee Pain › Runner’s Knee", "navigation"),
    B("Medically reviewed by Dr. Helen Osei, MD — Updated on March 3, 2024", "byline"),
    RUNNERS_KNEE,
    BLANK,
    C("Ice can take the edge off a fresh flare, but it does little for the underlying problem. "
      "Short bouts of 10 to 15 minutes calm local swelling12 and make it easier to start moving "
      "again. After the first two or three days, gentle loading matters far more than cold packs.",
      clean="Ice can take the edge off a fresh flare, but it does little for the underlying problem. "
      "Short bouts of 10 to 15 minutes calm local swelling and make it easier to start moving "
      "again. After the first two or three days, gentle loading matters far more than cold packs."),
    ADVERT,
    C("If you have had a hip replacement in the last year, consult your doctor before starting "
      "any of the moves below, because some positions are restricted for several months after "
      "surgery. Everyone else can begin with the first three exercises and add the rest over two "
      "weeks. Expect some muscle soreness the next day; sharp pain deep in the groin is a signal "
      "to stop."),
    C("How to: Start standing with your feet hip-width apart and a chair beside you for balance. "
      "Shift your weight onto your left leg and slowly sweep your right leg out to the side, "
      "keeping your toes pointing forward and your trunk upright. Pause for a second at the top, "
      "then lower with control. Do 8 reps each side."),
    BLANK,
    C("How to: Start standing with your feet hip-width apart and a chair beside you for balance. "
      "Bend your right knee and draw your heel up toward your buttock, keeping both thighs level "
      "and your pelvis still. Pause for a second at the top, then lower with control. Do 8 reps "
      "each side."),
    SETS_AND_REPS,
    B("×", "artefact"),
    C("Knee osteoarthritis affects roughly one in four adults over 50, and pain does not track "
      "neatly with what an X-ray shows.[3] Some people with severe joint-space narrowing have "
      "little discomfort, while others with mild changes struggle on stairs.[3][4] That mismatch "
      "is one reason imaging alone should not decide whether you need surgery.",
      clean="Knee osteoarthritis affects roughly one in four adults over 50, and pain does not track "
      "neatly with what an X-ray shows. Some people with severe joint-space narrowing have "
      "little discomfort, while others with mild changes struggle on stairs. That mismatch "
      "is one reason imaging alone should not decide whether you need surgery."),
    PHYSIO_QUOTE,
    BLANK,
    BLANK,
    B("This website stores small data files on your device to remember your settings and to "
      "measure how visitors move through our pages. You can change your choices at any time "
      "from the Privacy Centre link in the footer.", "cookie"),
    ACCEPT,
    B("Manage preferences", "cookie"),
    C("Sleep with a pillow between your knees if lying on your side makes your hip ache."),
    C("Hip bursitis &amp; gluteal tendinopathy both cause pain on the outside of the hip, and the "
      "two are often confused. Lying on the sore side, crossing your legs, and standing with your "
      "weight sunk into one hip tend to make either one worse. Most cases improve over three to "
      "six months with load management and strengthening.",
      clean="Hip bursitis & gluteal tendinopathy both cause pain on the outside of the hip, and the "
      "two are often confused. Lying on the sore side, crossing your legs, and standing with your "
      "weight sunk into one hip tend to make either one worse. Most cases improve over three to "
      "six months with load management and strengthening."),
    C("Donâ€™t stretch the outer hip hard while it is irritated. Squashing the tendon against "
      "the bone, as happens in a deep cross-legged stretch, can keep it sore for weeks. Gentle "
      "isometric holds, such as pressing the knee out against a belt for 30 seconds, are a better "
      "place to start.",
      clean="Don’t stretch the outer hip hard while it is irritated. Squashing the tendon against "
      "the bone, as happens in a deep cross-legged stretch, can keep it sore for weeks. Gentle "
      "isometric holds, such as pressing the knee out against a belt for 30 seconds, are a better "
      "place to start."),
    BLANK,
    B("Knee Pain When Climbing Stairs Hip Flexor Strain Recovery Time Best Shoes for Flat Feet "
      "Why Does My Knee Click Shoulder Blade Pain on the Left Side Desk Stretches for Tight Hips",
      "navigation"),
    B("You may also like", "navigation"),
    C("A torn meniscus does not always need an operation. Trials comparing keyhole surgery with "
      "a structured exercise plan in middle-aged patients have found similar results at one and "
      "two years for degenerative tears. A knee that locks, getting stuck so that it cannot "
      "straighten, is the exception and deserves a prompt surgical opinion. Back to top",
      clean="A torn meniscus does not always need an operation. Trials comparing keyhole surgery with "
      "a structured exercise plan in middle-aged patients have found similar results at one and "
      "two years for degenerative tears. A knee that locks, getting stuck so that it cannot "
      "straighten, is the exception and deserves a prompt surgical opinion."),
    C("Call 911 or go to the nearest emergency department if your hip pain follows a fall and you "
      "cannot put weight on the leg, or if the leg looks shorter and turned outward. Seek "
      "immediate medical attention too if a hot, swollen joint comes with fever or chills, because "
      "an infected joint can be badly damaged within days."),
    BLANK,
    C("• Walking poles take some load off the knees on steep descents. Set them a little longer "
      "for downhill stretches and plant them just ahead of your feet.",
      clean="Walking poles take some load off the knees on steep descents. Set them a little longer "
      "for downhill stretches and plant them just ahead of your feet."),
    C("Your hips and lower back share much of the work when you bend and lift, so weakness in one "
      "often shows up as pain in the other. That is why a sensible rehab plan for a stiff back "
      "usually includes glute work, and vice versa. If you share your exercise log with your "
      "physio, they can spot which pattern you fall into."),
    B("Share this article", "share"),
    B("Facebook Twitter Pinterest WhatsApp Email", "share"),
    C("Step-ups are among the most useful knee exercises because they copy what you do on "
      "stairs." + NBSP + " Use a low step at first, around" + NBSP + "15 cm, and drive through "
      "the whole foot of the leading leg.  Keep the knee tracking over the middle toes rather "
      "than letting it fall inward.",
      clean="Step-ups are among the most useful knee exercises because they copy what you do on "
      "stairs. Use a low step at first, around 15 cm, and drive through the whole foot of the "
      "leading leg. Keep the knee tracking over the middle toes rather than letting it fall "
      "inward."),
    A("Editor’s note: This article was first published in 2021 and has been updated with newer "
      "research on knee injections.",
      note="editorial update note: could be site furniture or part of the article"),
    RUNNERS_KNEE,
    BLANK,
    B("Great article, thanks! My knee has been clicking for months and the step-ups really seem "
      "to help. Should I be doing them every day or every other day?", "comment"),
    REPLY,
    B("Posted by Linda K. on February 9, 2024 at 7:42 am", "comment"),
    C("Trochanteric pain often wakes people at night, and a pillow under the top knee keeps the "
      "leg from dropping across the body. Some find that a soft mattress topper takes the "
      "pressure off the bony point of the hip. A steroid injection can calm things for a few "
      "weeks, but pain tends to return unless the tendon is strengthened."),
    B("Tomás Reyes, DPT, is a physical therapist who has spent 12 years helping climbers and "
      "desk workers recover from shoulder and hip injuries. When he is not in the clinic he is "
      "usually out on a crag somewhere in Colorado.", "bio"),
    B("^ Jump up to: a b Okafor CN, Hartley J, Moreno L. Hip abductor strength and lateral hip "
      "pain in adults over 50: a cohort study. J Orthop Sports Phys Ther. 2019;49(6):412-420.",
      "reference"),
    B("Lindgren M, Watanabe K, Aziz S, et al. Exercise therapy versus arthroscopic partial "
      "meniscectomy for degenerative meniscal tears: 5-year follow-up. BMJ Open. "
      "2020;10:e031247. doi:10.1136/bmjopen-2020-031247", "reference"),
    B("© 2024 Brightside Media Group Ltd. All rights reserved.", "copyright"),
    B("✕", "artefact"),
]

# ---------------------------------------------------------------------------
# heldout_b.txt: back and neck pages.
# ---------------------------------------------------------------------------
FILE_B = [
    B("By Sam Lee | Published 12 Jan 2023", "byline"),
    ACUTE_BACK,
    C("The discs most likely to bulge are the ones at L4-L5 and L5-S1, where the lumbar spine "
      "takes the most bending load. A bulge at these levels can press on a nerve root and send "
      "pain, tingling or numbness down the back of the leg. Plenty of people have disc bulges on "
      "an MRI without any symptoms at all, so the scan has to be read alongside the examination."),
    BLANK,
    B("Page 2 of 5", "site-chrome"),
    C("In the neck, wear-and-tear changes are most common at C5–C6 and C6–C7. When a nerve root "
      "there is irritated, pain often travels into the shoulder blade and down the arm, sometimes "
      "with pins and needles in the thumb or middle fingers. Resting the hand on top of the head "
      "eases the pain for some people, which is a useful clue for your clinician."),
    CHIN_TUCK,
    B("Get fresh mobility tips in your inbox every Tuesday", "newsletter"),
    B("Sign up", "newsletter"),
    BLANK,
    C("Call 911 if neck or shoulder pain arrives with chest pressure, shortness of breath, "
      "sweating or pain spreading into the jaw. These can be signs of a heart attack, especially "
      "in women and in people with diabetes, and should never be put down to a pulled muscle."),
    C("Consult your doctor before starting a core programme if you have osteoporosis, have had "
      "spinal surgery, or are pregnant, as some classic moves put the spine into heavy flexion. "
      "Everyone else can begin with the bird dog: on hands and knees, reach one arm forward and "
      "the opposite leg back, hold for three breaths, and return. Work up to 2–3 sets of 8 on "
      "each side."),
    ADVERT,
    C("If you work at a laptop, raise the screen so its top edge sits roughly level with your "
      "eyes and use a separate keyboard. Every 30 minutes, stand up, roll your shoulders back a "
      "few times and look into the distance. These breaks matter more than buying the perfect "
      "chair."),
    B("Related: The Best Mattresses for Side Sleepers With Back Pain", "navigation"),
    C("Exercise therapy reduces pain and improves function in chronic low back pain, although "
      "the average effect is modest.[12] No single type of exercise, whether Pilates, yoga or "
      "general strengthening, has been shown to be clearly better than the others.[12][13] The "
      "best programme is the one you will keep doing.",
      clean="Exercise therapy reduces pain and improves function in chronic low back pain, although "
      "the average effect is modest. No single type of exercise, whether Pilates, yoga or "
      "general strengthening, has been shown to be clearly better than the others. The "
      "best programme is the one you will keep doing."),
    BLANK,
    BLANK,
    C("The phrase “slipped disc” is misleading, because discs are firmly anchored to the "
      "vertebrae above and below and cannot slide out of place. What actually happens is that the "
      "soft inner material pushes against, or through, the tougher outer ring. ↩",
      clean="The phrase “slipped disc” is misleading, because discs are firmly anchored to the "
      "vertebrae above and below and cannot slide out of place. What actually happens is that the "
      "soft inner material pushes against, or through, the tougher outer ring."),
    PHYSIO_QUOTE,
    B("The content on this page is for educational purposes and is not a substitute for "
      "professional advice from a qualified clinician who knows your history.", "disclaimer"),
    C("Itâ€™s tempting to stay in bed when your back seizes up, but a few short walks around the "
      "house usually loosen it faster. Set a timer and get up every hour, even if you only manage "
      "a couple of minutes.",
      clean="It’s tempting to stay in bed when your back seizes up, but a few short walks around the "
      "house usually loosen it faster. Set a timer and get up every hour, even if you only manage "
      "a couple of minutes."),
    C("Sciatica that&#8217;s getting steadily worse despite rest, or weakness that makes your foot "
      "slap on the ground when you walk, should be assessed within days rather than weeks.",
      clean="Sciatica that’s getting steadily worse despite rest, or weakness that makes your foot "
      "slap on the ground when you walk, should be assessed within days rather than weeks."),
    B("»", "artefact"),
    C("Sleeping on your back with a pillow under your knees&nbsp;takes some strain off the lower "
      "spine. Side sleepers can get a similar effect with a pillow between the knees.",
      clean="Sleeping on your back with a pillow under your knees takes some strain off the lower "
      "spine. Side sleepers can get a similar effect with a pillow between the knees."),
    BLANK,
    C("Many people subscribe to the idea that a sore back must be protected at all costs, so they "
      "stop bending, lifting and exercising. That caution tends to make the back stiffer and more "
      "sensitive over time. Ask your physiotherapist for references to graded activity classes "
      "in your area; many are free through community health services."),
    C("Hold your phone up at eye level instead of dropping your head to read it."),
    C("- Cat–cow: on hands and knees, slowly round your back toward the ceiling and then let it "
      "sag toward the floor, moving with your breath. Repeat ten times to ease morning stiffness.",
      clean="Cat–cow: on hands and knees, slowly round your back toward the ceiling and then let it "
      "sag toward the floor, moving with your breath. Repeat ten times to ease morning stiffness."),
    CHIN_TUCK,
    B("Log in to continue reading", "site-chrome"),
    B("Loading...", "site-chrome"),
    C("Whiplash usually improves within three months. Gentle range-of-motion exercises started "
      "early lead to better outcomes than a soft collar, which is no longer advised for routine "
      "use."),
    C("Spondylolisthesis means one vertebra has slipped forward on the one below, most often at "
      "L5-S1. In teenagers it is commonly linked to a stress fracture from sports that involve "
      "repeated arching, such as gymnastics and fast bowling. Most cases are managed without "
      "surgery."),
    ACUTE_BACK,
    BLANK,
    C("Seek immediate medical attention if a sudden, severe headache comes with a stiff neck, "
      "fever, a rash that does not fade when pressed with a glass, or confusion. These can be "
      "signs of meningitis or of bleeding around the brain."),
    A("I’ve had lower back trouble since my twenties, so I tried every one of these stretches "
      "myself before writing this up.",
      note="first-person aside: could be the author's article text or a reader's comment"),
    B("I tried the chin tucks after reading this and my headaches are already better. Thank you "
      "so much for writing it!!", "comment"),
    REPLY,
    B("About the author", "bio"),
    B("Written by Marta Lindqvist, RD · Fact-checked by Owen Park · 6 min read", "byline"),
    B("Northfield Health is a leading provider of trusted, physician-reviewed information on "
      "muscle, bone and joint health, reaching more than 5 million readers each month.", "about"),
    B("Nothing on this site is intended to diagnose or treat any disease. Always talk to your own "
      "healthcare provider about your symptoms before changing your treatment.", "disclaimer"),
    B("Ferreira AB, Castle R. (2018). Neck pain in office workers: a systematic review. "
      "Occupational Medicine, 68(3), 155–163. PMID: 29512345", "reference"),
    B("All content © Northfield Health Inc., 2023", "copyright"),
    B("Print this page", "site-chrome"),
]

# ---------------------------------------------------------------------------
# heldout_c.txt: shoulder, nutrition and bone-health pages.
# ---------------------------------------------------------------------------
FILE_C = [
    B("We and our 14 partners process personal data such as your IP address to show tailored "
      "ads and measure their performance. Click “Agree” to continue, or “Options” to choose which "
      "purposes you allow.", "cookie"),
    ACCEPT,
    B("Reject non-essential", "cookie"),
    BLANK,
    SNACK_SWAP,
    C("Vitamin B12 deficiency can cause tingling and numbness in the hands and feet that is "
      "easily mistaken for a trapped nerve. People taking metformin for type 2 diabetes, strict "
      "vegans and adults over 60 are at higher risk and may benefit from a blood test. Very high "
      "doses of vitamin B6 from supplements can also damage nerves, so more is not always "
      "better."),
    C("For a flare of shoulder tendon pain, a short course of ibuprofen, usually 200 mg to 400 mg "
      "three times a day with food, helps some adults. Check with a pharmacist first if you have "
      "asthma, stomach ulcers or kidney disease, or take blood thinners. Anti-inflammatories ease "
      "the pain but do not speed up tendon healing."),
    B("Home > Conditions > Shoulder Pain > Frozen Shoulder", "navigation"),
    C("A bone density scan reports your result as a T-score, which compares your bones with those "
      "of a healthy young adult. A T-score of -2.5 or lower means osteoporosis, while scores "
      "between -1 and -2.5 are classed as low bone mass. Weight-bearing exercise, enough calcium "
      "and vitamin D, and not smoking all help protect the bone you have."),
    BLANK,
    C("Frozen shoulder tends to move through three overlapping stages: a painful freezing phase, "
      "a stiff frozen phase and a slow thawing phase. The whole process can take one to three "
      "years. It is more common in people with diabetes and in women between 40 and 60."),
    B("Affiliate disclosure: when you buy through links in this guide we may earn a small "
      "commission, at no extra cost to you. Our editors choose products independently.",
      "disclaimer"),
    C("The rotator cuff is a group of four muscles whose tendons7 wrap around the ball of the "
      "shoulder joint. Pain from a cuff problem is usually felt on the outer upper arm and gets "
      "worse when reaching overhead or lying on that side.8 Most people improve with a "
      "progressive strengthening plan over 12 weeks.",
      clean="The rotator cuff is a group of four muscles whose tendons wrap around the ball of the "
      "shoulder joint. Pain from a cuff problem is usually felt on the outer upper arm and gets "
      "worse when reaching overhead or lying on that side. Most people improve with a "
      "progressive strengthening plan over 12 weeks."),
    C("Side-lying external rotation: lie on your good side with a rolled towel between your elbow "
      "and ribs, holding a 1 kg weight. Keeping the elbow bent to 90 degrees, rotate the forearm "
      "up toward the ceiling, then lower it slowly over three seconds. Start with 2–3 sets of 10 "
      "and build to 3 × 15 reps before increasing the weight."),
    ADVERT,
    C("Older adults need more protein than they think to hold on to muscle, roughly 1 to 1.2 g per "
      "kilogram of body weight a day. Spreading it across meals, with about 25 to 30 g at each, "
      "helps more than loading it all into dinner. Eggs, Greek yogurt, lentils and fish are easy "
      "ways to get there."),
    C("A Mediterranean-style diet, rich in vegetables, beans, olive oil and oily fish, is linked "
      "with lower levels of inflammatory markers in the blood.[21] Omega-3 fats from fish may "
      "modestly reduce joint stiffness in rheumatoid arthritis, but the evidence for "
      "osteoarthritis is weak.[22]",
      clean="A Mediterranean-style diet, rich in vegetables, beans, olive oil and oily fish, is linked "
      "with lower levels of inflammatory markers in the blood. Omega-3 fats from fish may "
      "modestly reduce joint stiffness in rheumatoid arthritis, but the evidence for "
      "osteoarthritis is weak."),
    BLANK,
    BLANK,
    B("Join 40,000 readers who get our free Joint Health Digest. No spam, unsubscribe anytime.",
      "newsletter"),
    B("Enter your email address", "newsletter"),
    C("Calcium &amp; vitamin D work as a pair: vitamin D helps your gut absorb the calcium you "
      "eat. Most adults need around 700 to 1,000 mg of calcium a day, ideally from food such as "
      "dairy, fortified plant milks, tinned fish with soft bones and leafy greens.",
      clean="Calcium & vitamin D work as a pair: vitamin D helps your gut absorb the calcium you "
      "eat. Most adults need around 700 to 1,000 mg of calcium a day, ideally from food such as "
      "dairy, fortified plant milks, tinned fish with soft bones and leafy greens."),
    C("Hydration matters for recovery after exercise, but there is no need to force down litres "
      "of water. Drinking to thirst and checking that your urine is pale yellow is a reasonable "
      "guide for most healthy adults. BACK TO TEXT",
      clean="Hydration matters for recovery after exercise, but there is no need to force down litres "
      "of water. Drinking to thirst and checking that your urine is pale yellow is a reasonable "
      "guide for most healthy adults."),
    C("Aim for 150 minutes of moderate activity a week â€“ brisk walking, cycling and swimming "
      "all count. Two sessions of muscle strengthening on top of that help keep joints stable "
      "as you get older.",
      clean="Aim for 150 minutes of moderate activity a week – brisk walking, cycling and swimming "
      "all count. Two sessions of muscle strengthening on top of that help keep joints stable "
      "as you get older."),
    PHYSIO_QUOTE,
    B("Tweet Share Pin It 212 shares", "share"),
    C("Surgery to shave bone from under the shoulder blade, once the standard fix for "
      "impingement, has fallen out of favour. When it was compared with a placebo operation, it "
      "gave no meaningful extra benefit. A structured exercise programme is now the first-line "
      "treatment."),
    C("Warm up your shoulders with slow arm circles before any overhead lifting."),
    SNACK_SWAP,
    BLANK,
    C("Fibre from oats," + NBSP + "beans and whole grains helps keep blood sugar steady, which "
      "matters for anyone managing type 2 diabetes.  Aim to fill half your plate with "
      "vegetables at main meals.",
      clean="Fibre from oats, beans and whole grains helps keep blood sugar steady, which "
      "matters for anyone managing type 2 diabetes. Aim to fill half your plate with "
      "vegetables at main meals."),
    C("Turmeric is a popular joint supplement, and curcumin, its main active compound, has shown "
      "small benefits for knee pain in some short trials. Quality varies widely between products "
      "and it can interact with blood thinners, so tell your doctor if you take it."),
    SETS_AND_REPS,
    B("Continue reading below", "site-chrome"),
    B("Back to top", "site-chrome"),
    B("Model: Aisha Bello is a yoga teacher and former sprinter based in Bristol who demonstrates "
      "all the moves in our strength series.", "bio"),
    B("Up next: 7 Stretches for a Stiff Upper Back", "navigation"),
    B("Our mission is to make evidence-based rehabilitation advice free and easy to understand "
      "for everyone, everywhere.", "about"),
    B("MoveWell Clinic is an independent physiotherapy practice with six locations across "
      "Greater Manchester. Book online or call our team to arrange an assessment.", "about"),
    B("Individual results may vary. The exercises shown are general examples and have not been "
      "prescribed for any particular reader.", "disclaimer"),
    B("References", "reference"),
    B("“Osteoporosis: an overview”. National Bone Health Council. Retrieved 14 June 2021.",
      "reference"),
    B("Copyright 2019–2025 MoveWell Clinic. Content may not be reproduced without written "
      "permission.", "copyright"),
    B("•", "artefact"),
    B("Posted by rob_h on 03/11/2023", "comment"),
    B("Dana Kowalski writes about nutrition and healthy ageing and has a master’s degree in "
      "public health. She lives in Toronto with two very energetic spaniels.", "bio"),
    B("Medically reviewed by Jordan Alvarez, PT, DPT — Last updated Oct 2, 2024", "byline"),
    B("Share on Facebook", "share"),
    B("✕", "artefact"),
]

FILES = [("heldout_a.txt", FILE_A), ("heldout_b.txt", FILE_B), ("heldout_c.txt", FILE_C)]


if __name__ == "__main__":
    main(FILES, __file__)
