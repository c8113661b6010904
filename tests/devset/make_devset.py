#!/usr/bin/env python3
"""Build the development set: dev_1.txt .. dev_4.txt and gold_lines.jsonl.

All text is synthetic (written for this set). The labelled data lives in DATA
below: one list per dump file, each element one line of the dump.

    C(raw, clean=None)      content; clean = expected text after inline cleaning
                            (defaults to the stripped raw line)
    N(raw, of, clean=None)  near copy of content paragraph `of` (label content,
                            dup "near", group = group of `of`)
    A(raw, note, clean=None) ambiguous (not scored)
    B(raw, category)        boilerplate
    BLANK                   blank line (no gold row)

Exact copies are made by reusing the same C(...) object; the first occurrence in
file order (dev_1 .. dev_4, top to bottom) is "original", later ones "exact".
Re-run with:  python3 tests/devset/make_devset.py
"""
import os
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, N, main  # noqa: E402

# ---------------------------------------------------------------------------
# Content paragraphs that occur more than once (exact copies) or that have
# near copies are bound to names so they can be reused.
# ---------------------------------------------------------------------------
BACK_PAIN_OWN = C("Most back pain gets better on its own within a few weeks. Keeping active is one of the best things you can do, even if you have to take it slowly at first. Bed rest for more than a day or two is likely to make things worse rather than better.")
CAUDA_999 = C("Call 999 or go to A&E if you have back pain together with numbness around your bottom or genitals, you cannot pee, or you have lost control of your bowels. These can be signs of cauda equina syndrome, which needs treating in hospital straight away.")
PELVIC_TILT = C("Lie on your back with your knees bent and your feet flat on the floor, hip-width apart. Gently flatten your lower back into the floor by tightening your stomach muscles and tilting your pelvis up slightly. Hold for 5 seconds, then relax. Repeat 10 times.")
STAND_TIP = C("Set a timer to stand up and move for two minutes every half hour.")
ARTHRITIS_FOUNDATION = C("The Arthritis Foundation recommends at least 150 minutes of moderate activity a week for adults with arthritis, broken into sessions as short as 10 minutes if that is easier. Walking, swimming and cycling are all good options because they are gentle on the joints.")
SIDE_SLEEP = C("If you sleep on your side, try placing a firm pillow between your knees. It keeps your hips, pelvis and spine better aligned and can reduce the ache that some people wake up with in the hip or lower back.")
CARVER_QUOTE = C("“People often assume a scan will give them the answer, but disc bulges are incredibly common in people with no pain at all,” says Professor Helen Carver, a consultant spinal surgeon at Northgate Teaching Hospitals. “We treat the person, not the MRI.”")
SCIATICA = C("Sciatica describes pain that travels along the sciatic nerve, from the lower back through the buttock and down the back of the leg. The pain is usually felt in one leg only and is often worse than the back pain itself. Most cases improve within four to six weeks without surgery.")
NOISY_KNEE = C("Don&#8217;t panic if your knee clicks or creaks when you squat.&nbsp; Noisy joints are very common and, on their own, are not a sign of damage.",
               "Don’t panic if your knee clicks or creaks when you squat. Noisy joints are very common and, on their own, are not a sign of damage.")
VITAMIN_D = C("Many adults in northern countries do not make enough vitamin D from sunlight between October and March,4 which is why UK guidance suggests a daily 10 microgram supplement during the winter months. Vitamin D3 (cholecalciferol) appears to raise blood levels slightly more effectively than D2.",
              "Many adults in northern countries do not make enough vitamin D from sunlight between October and March, which is why UK guidance suggests a daily 10 microgram supplement during the winter months. Vitamin D3 (cholecalciferol) appears to raise blood levels slightly more effectively than D2.")
BIRD_DOG = C("Start on your hands and knees with your hands under your shoulders and your knees under your hips. Reach your right arm forward and your left leg back until both are level with your body, keeping your back flat. Hold for two breaths, return, and switch sides. Work up to 3 × 10 reps per side.")
STRENGTH_FREQ = C("Aim to do strengthening exercises 2–3 times a week, leaving at least one rest day between sessions so the muscles can recover. Your muscles should feel worked but not painful the next day.")
LOPEZ_QUOTE = C("\"Most people with knee arthritis are surprised that strengthening is the treatment, not the thing to avoid,\" says Dr. Maria Lopez, a rheumatologist at Lakeview University Medical Center. \"The quadriceps act like a shock absorber. When they get weaker, the joint takes more of the impact.\"")
BMI = C("People with a BMI of 30 or above are around four times more likely to develop knee osteoarthritis than people of a healthy weight. Losing even 5 to 10 percent of body weight can noticeably reduce pain and improve how far you can walk.")
CALCIUM = C("Adults need about 700 mg of calcium a day in the UK, while US guidance sets the figure at 1,000 to 1,200 mg depending on age and sex. Most people can get this from food alone: a glass of milk, a pot of yogurt and a matchbox-sized piece of cheese each contain roughly 200 to 300 mg.")
BONE_LOAD = C("Bones respond to impact and load, which is why walking, jogging, stair climbing and resistance training help maintain bone density. Swimming and cycling are excellent for fitness but put little load through the skeleton, so they are best combined with some weight-bearing activity.")

# Boilerplate that recurs
SHARE = B("Share", "share")
ADVERT = B("Advertisement", "site-chrome")
REPLY = B("Reply", "comment")

DATA = [
    ("dev_1.txt", [
        B("Skip to content", "site-chrome"),
        B("We use cookies to give you the best possible experience on our website. Some are essential to make the site work; others help us understand how you use it so we can improve it and show you relevant advertising. You can accept all cookies or choose which ones to allow in your settings. Read our cookie policy for more information.", "cookie"),
        B("Accept all", "cookie"),
        B("Manage settings", "cookie"),
        B("Home › Health A-Z › Sciatica", "navigation"),
        A("How to Ease Lower Back Pain at Home", "heading"),
        B("Page last reviewed: 08 November 2022 Next review due: 08 November 2025", "byline"),
        BACK_PAIN_OWN,
        SCIATICA,
        BLANK,
        PELVIC_TILT,
        STAND_TIP,
        CAUDA_999,
        C("Pain is real even when a scan looks normal. Stress, low mood and worry about damage can all turn up the volume on pain signals, which is why treatment for long-term back pain often combines exercise with approaches such as cognitive behavioural therapy."),
        ADVERT,
        ARTHRITIS_FOUNDATION,
        C("When I treat runners with knee pain, I almost never start by telling them to stop running. Instead, we look at how much they have increased their mileage over the past month, because a sudden jump is the most common story I hear. Cutting the weekly distance by a third for two weeks often settles things down without losing fitness."),
        C("Ankylosing spondylitis typically begins before the age of 45 with lower back pain and stiffness23 and tends to improve with exercise rather than rest. Pain that wakes you in the second half of the night and eases once you get up is a common clue.",
          "Ankylosing spondylitis typically begins before the age of 45 with lower back pain and stiffness and tends to improve with exercise rather than rest. Pain that wakes you in the second half of the night and eases once you get up is a common clue."),
        NOISY_KNEE,
        SHARE,
        B("Facebook Twitter Email", "share"),
        CARVER_QUOTE,
        C("There is no single correct posture. The best posture is your next one: changing position often matters more than holding any particular shape for hours. Back to top",
          "There is no single correct posture. The best posture is your next one: changing position often matters more than holding any particular shape for hours."),
        SIDE_SLEEP,
        STAND_TIP,
        C("Talk to your doctor or physiotherapist before starting any new exercise programme if you have had recent surgery, a fracture, or pain that wakes you at night."),
        C("You don't have to give up every treat to look after your bones, but it helps to be honest about how often they turn up. A couple of cookies with your afternoon tea is fine; a packet a day crowds out foods that actually carry calcium, like yoghurt, tinned sardines and fortified cereals."),
        BLANK,
        B("Was this page helpful?", "site-chrome"),
        B("Yes No", "site-chrome"),
        B("About the author", "bio"),
        B("Sarah Whitcombe is a chartered physiotherapist with 15 years of experience treating sports injuries. She runs a clinic in Leeds, is a keen fell runner and writes regularly for regional newspapers about staying active in later life.", "bio"),
        B("12 comments", "comment"),
        B("Thank you so much for this article. I've had sciatica on and off for three years and nobody ever explained it this clearly. I started the exercises you describe last month and I can now walk my dog again without stopping every ten minutes. My GP just gave me tablets, so I wish I'd found your blog sooner!", "comment"),
        REPLY,
        B("John says: March 3, 2021 at 4:12 pm", "comment"),
        B("Great post!", "comment"),
        REPLY,
        B("Hi Sarah, do you think these stretches would be OK for someone who's just had a knee replacement? I'm seven weeks post-op and my surgeon said to keep moving but didn't really say how.", "comment"),
        B("References", "reference"),
        B("Fenwick AJ, Okafor B, Lindqvist M. Exercise therapy for chronic low back pain: a systematic review and meta-analysis. Spine J. 2018;18(4):612-24. doi:10.1016/j.spinee.2017.11.014. PMID: 29198765.", "reference"),
        B("Copyright © 2024 Active Joints Clinic Ltd. Registered in England and Wales, company no. 08123456.", "copyright"),
        B("×", "artefact"),
        BLANK,
    ]),
    ("dev_2.txt", [
        B("›", "artefact"),
        B("This website stores data such as cookies to enable essential site functionality, as well as marketing, personalization, and analytics. By remaining on this website you indicate your consent.", "cookie"),
        B("Reject all", "cookie"),
        C("Plantar fasciitis is a disorder of the connective tissue that supports the arch of the foot.[4] It typically causes pain in the heel that is worst with the first steps of the morning or after a period of rest.[note 2] Risk factors include long periods of standing, a sudden increase in exercise, and obesity.",
          "Plantar fasciitis is a disorder of the connective tissue that supports the arch of the foot. It typically causes pain in the heel that is worst with the first steps of the morning or after a period of rest. Risk factors include long periods of standing, a sudden increase in exercise, and obesity."),
        C("Osteoporosis is a systemic skeletal disorder characterised by low bone mass, micro-architectural deterioration of bone tissue and a consequent increase in fracture risk.[1] It is most common in older women, and the hip, spine and wrist are the sites most frequently affected.[2][3]",
          "Osteoporosis is a systemic skeletal disorder characterised by low bone mass, micro-architectural deterioration of bone tissue and a consequent increase in fracture risk. It is most common in older women, and the hip, spine and wrist are the sites most frequently affected."),
        C("Around one in three adults over 65 falls each year, and for people with osteoporosis a fall can mean a broken hip or wrist. Balance exercises such as tai chi, standing on one leg while brushing your teeth and heel-to-toe walking all reduce the risk of falling."),
        B("^ Reynolds, Mark (12 March 2019). \"Treatment of plantar heel pain\". American Family Physician. 99 (6): 344–50. PMID 30874413. Retrieved 4 January 2022.", "reference"),
        B("Morrison, K. L., & Tanaka, H. (2020). Vitamin D supplementation and fracture risk in older adults. Journal of Bone and Mineral Research, 35(7), 1254–1263. https://doi.org/10.1002/jbmr.4021", "reference"),
        BLANK,
        B("Sponsored", "site-chrome"),
        B("By Claire Hobbs | Updated 3 February 2024", "byline"),
        B("5 min read", "byline"),
        A("Exercises for Plantar Fasciitis", "heading"),
        C("Step 1: Stand on the bottom step of a staircase with the balls of your feet on the edge and hold the banister for balance."),
        C("Step 2: Slowly lower your heels below the level of the step until you feel a stretch in your calves."),
        C("Step 3: Rise up onto your toes, pause for a second, and repeat for 3 × 10 reps, twice a day."),
        C("Wear shoes with a cushioned heel and good arch support, and avoid walking barefoot on hard floors while your heel is sore. Replacing running shoes every 300 to 500 miles helps too, because the midsole foam loses its shock absorption long before the upper looks worn."),
        VITAMIN_D,
        C("Glucosamine is usually sold in 500 mg or 1,500 mg tablets. Larger trials have produced mixed results, and most guidelines do not recommend it for osteoarthritis of the knee. If you want to try it anyway, give it three months and stop if you notice no difference."),
        C("Magnesium is involved in more than 300 enzyme reactions in the body, including those that control muscle contraction and nerve signalling. Magnesium glycinate is generally gentler on the stomach than magnesium oxide."),
        B("*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.", "disclaimer"),
        BIRD_DOG,
        C("Kettlebell swings are a hip hinge, not a squat. The power comes from snapping your hips forward, and your arms are just along for the ride. If you feel it mostly in your lower back, the weight is probably too heavy or you're lifting with your shoulders."),
        C("Strength &amp; conditioning coaches often program Romanian deadlifts for runners because they load the hamstrings and glutes through a long range of motion.",
          "Strength & conditioning coaches often program Romanian deadlifts for runners because they load the hamstrings and glutes through a long range of motion."),
        C("If youâ€™re new to strength training, start with bodyweight moves, and itâ€™s fine to hold on to a chair for balance. Once you can do 15 controlled repetitions, add a light dumbbell or a resistance band.",
          "If you’re new to strength training, start with bodyweight moves, and it’s fine to hold on to a chair for balance. Once you can do 15 controlled repetitions, add a light dumbbell or a resistance band."),
        BIRD_DOG,
        STRENGTH_FREQ,
        ARTHRITIS_FOUNDATION,
        LOPEZ_QUOTE,
        BMI,
        B("Get the latest health news in your inbox", "newsletter"),
        B("Enter your email address", "newsletter"),
        B("Subscribe", "newsletter"),
        B("This post contains affiliate links. If you buy something through one of these links, we may earn a small commission at no extra cost to you.", "disclaimer"),
        B("Share on Pinterest", "share"),
        B("7 Stretches for Tight Hips Why Your Knees Hurt When You Climb Stairs The Best Shoes for Plantar Fasciitis, According to Podiatrists", "navigation"),
        B("Previous article", "navigation"),
        B("Model: Jenna Park is a certified yoga instructor and personal trainer based in Austin, Texas. Follow her on Instagram @jennamoves.", "bio"),
        B("FitLife Magazine is part of Brightwave Media Group, a leading publisher of consumer health and lifestyle brands.", "about"),
        B("© 2023 Brightwave Media Group. All rights reserved.", "copyright"),
        SHARE,
        B("|", "artefact"),
    ]),
    ("dev_3.txt", [
        B("Log in", "site-chrome"),
        B("Search", "site-chrome"),
        B("Medically reviewed by Angela Brooks, DPT — Written by Daniel Ruiz — Updated on June 14, 2023", "byline"),
        C("At our Joint Replacement Centre, most patients having a total hip replacement are walking with a frame on the day of surgery and go home within one to three days. A physiotherapist will show you how to get in and out of bed, manage stairs and get into a car safely before you leave."),
        C("After a hip replacement you may be advised to avoid bending your hip beyond 90 degrees, crossing your legs or twisting on the operated leg for the first six weeks. These precautions depend on the surgical approach, so follow the specific advice of your own surgical team."),
        C("Call 911 or have someone drive you to the emergency room if sudden hip pain follows a fall and you cannot put weight on the leg, or if the leg looks shorter and turned outward. In older adults, these are classic signs of a hip fracture."),
        C("Stand with your back against a wall and your feet about a foot in front of you. Slide down until your knees are bent to around 45 degrees, hold for 10 seconds and slide back up. Repeat 10 times, gradually increasing the hold to 30 seconds as your thighs get stronger."),
        CAUDA_999,
        B("Show more", "site-chrome"),
        BLANK,
        CALCIUM,
        C("Long-term use of metformin for type 2 diabetes can lower vitamin B12 levels, and a deficiency can cause tingling, numbness and burning in the feet that is easily mistaken for ordinary diabetic neuropathy. If you have taken metformin for several years, ask whether your B12 has been checked recently."),
        C("There is no single anti-inflammatory diet, but a Mediterranean-style pattern rich in vegetables, pulses, whole grains, olive oil and oily fish has the best evidence for people with rheumatoid arthritis. It is also good for the heart, which matters because inflammatory arthritis raises cardiovascular risk."),
        C("Older adults lose muscle faster than younger people, and getting enough protein helps slow that down. Spreading around 25 to 30 grams of protein across each meal – eggs at breakfast, beans or fish at lunch – is more useful than eating most of it at dinner."),
        C("Birthday cake, biscuits and sugary drinks won't directly damage your joints, but they make it easier to gain weight, and every extra kilogram adds several kilograms of load across the knee with each step. That is why dietitians working with knee osteoarthritis patients focus on small, sustainable swaps rather than strict bans."),
        C("The old advice of â€œbed restâ€� for back pain has been abandoned. Studies comparing rest with staying active consistently show that people who keep moving recover faster and take fewer days off work.",
          "The old advice of “bed rest” for back pain has been abandoned. Studies comparing rest with staying active consistently show that people who keep moving recover faster and take fewer days off work."),
        ADVERT,
        STRENGTH_FREQ,
        C("Your knees should track in line with your second toe during a squat.\u00a0 Letting them cave inwards puts extra strain on the inside of the joint.  Filming yourself from the front is an easy way to check.",
          "Your knees should track in line with your second toe during a squat. Letting them cave inwards puts extra strain on the inside of the joint. Filming yourself from the front is an easy way to check."),
        A("I'm 34 and have had a dull ache in my left hip for about two months, mostly after sitting at my desk. No injury that I can remember. Is this something I should get checked or will stretching sort it out?",
          "forum question on a Q&A page: the thread's subject, but user-generated"),
        B("Linda M. · 2 years ago", "comment"),
        C("Pain at the front of the knee when going downstairs is very often patellofemoral pain. It tends to respond well to strengthening the quads and hips over six to eight weeks. Cut back on deep squats and stairs for now rather than stopping activity completely, and see a physio if it hasn't improved in a month."),
        NOISY_KNEE,
        N("Most back pain gets better on its own within a few weeks. Keeping active is one of the best things you can do, even if you have to take it slowly at first.", BACK_PAIN_OWN),
        N("If you sleep on your side, put a firm pillow between your knees. It keeps your hips, pelvis and spine better aligned and can reduce the ache that some people wake up with in the hip or lower back.", SIDE_SLEEP),
        C("Most adults need between seven and nine hours of sleep a night. Poor sleep lowers pain tolerance, and pain in turn makes it harder to sleep, so the two problems tend to feed each other."),
        BLANK,
        B("The information on this page is for general educational purposes only and is not a substitute for professional medical advice, diagnosis or treatment. Always seek the advice of your physician or other qualified health provider with any questions you may have regarding a medical condition.", "disclaimer"),
        B("Northgate University Hospitals NHS Foundation Trust is one of the largest teaching trusts in England, providing acute and specialist care to more than a million people each year.", "about"),
        B("Dr. Kevin Osei, MD, is a board-certified orthopedic surgeon specializing in hip and knee replacement. He completed his fellowship in adult reconstruction and has authored more than 40 peer-reviewed papers.", "bio"),
        B("National Institute for Health and Care Excellence (2020). Low back pain and sciatica in over 16s: assessment and management (NG59). Available at: https://www.nice.org.uk/guidance/ng59 (Accessed: 2 May 2023).", "reference"),
        B("Next: Exercises for Frozen Shoulder", "navigation"),
        B("Print", "site-chrome"),
        B("Page 1 of 3", "site-chrome"),
        B("Sign up for our free Healthy Joints newsletter and get expert tips on staying active, plus exclusive offers, delivered every Tuesday. You can unsubscribe at any time.", "newsletter"),
        B("Only necessary cookies", "cookie"),
        B("© Northgate University Hospitals 2022", "copyright"),
        B("✕", "artefact"),
    ]),
    ("dev_4.txt", [
        B("Home / Blog / Neck Pain / Desk Posture Myths", "navigation"),
        B("Last reviewed: 12 May 2023", "byline"),
        C("Tech neck is not a medical diagnosis, but the pattern is familiar to anyone who treats desk workers: a forward head posture, tight upper trapezius muscles and a dull ache at the base of the skull by late afternoon. Raising your screen to eye level is a cheap first step."),
        C("Choose a pillow that keeps your neck level with the rest of your spine. Too many pillows push the head forward; too few let it drop sideways. A rolled towel inside the pillowcase can add support under the curve of the neck."),
        C("Cervical radiculopathy happens when a nerve root in the neck is irritated or compressed, most often at the C5–C6 or C6–C7 level. People usually describe a sharp or burning pain that runs from the neck into the shoulder blade and down the arm, sometimes with pins and needles in particular fingers."),
        C("The L4-L5 and L5-S1 discs carry more load than any others in the spine, which is why most disc herniations occur there. A bulge at L4-L5 typically affects the L5 nerve root, causing weakness when lifting the big toe and numbness across the top of the foot."),
        C("In a randomised trial of 312 adults with chronic neck pain, Hartmann et al. (2019) found that eight weeks of supervised neck and shoulder strengthening reduced pain scores by about a third compared with advice alone. The benefit was still visible at the one-year follow-up, although the gap between the groups had narrowed."),
        C("Psoriatic arthritis can affect any of the body's joints,7 which is one reason it is often misdiagnosed at first. Swollen 'sausage' fingers or toes and pitted nails are two features that point towards it.",
          "Psoriatic arthritis can affect any of the body's joints, which is one reason it is often misdiagnosed at first. Swollen 'sausage' fingers or toes and pitted nails are two features that point towards it."),
        BONE_LOAD,
        C("Bisphosphonates such as alendronic acid are usually the first treatment offered for osteoporosis. The tablet must be taken on an empty stomach with a full glass of plain water, and you should stay upright for at least 30 minutes afterwards to avoid irritating the gullet."),
        PELVIC_TILT,
        C("Lie on your side with your hips and knees bent and your feet together. Keeping your feet touching, lift your top knee as far as you can without rolling your pelvis backwards, then lower it slowly. Do 3 sets of 12 on each side, and add a resistance band around your thighs once this feels easy."),
        C("Take the stairs one at a time, leading with your stronger leg on the way up."),
        C("• Heat works well for muscle stiffness; ice is better for a fresh sprain.",
          "Heat works well for muscle stiffness; ice is better for a fresh sprain."),
        C("– Never stretch to the point of sharp pain.",
          "Never stretch to the point of sharp pain."),
        BLANK,
        C("Lean forward and support yourself with your good arm on a table. Let the painful arm hang straight down and gently swing it in small circles, about 10 in each direction. Let gravity do the work rather than your shoulder muscles."),
        C("Frozen shoulder usually passes through three overlapping phases: a painful 'freezing' phase, a stiff 'frozen' phase and a gradual 'thawing' phase. The whole process can take anywhere from one to three years, and most people eventually regain most of their movement."),
        C("The term “frozen shoulder” was popularised in the 1930s, although the condition had been described under other names decades earlier. ↩",
          "The term “frozen shoulder” was popularised in the 1930s, although the condition had been described under other names decades earlier."),
        C("I'll be honest: I ignored my sore Achilles for most of a marathon training block, and it cost me three months. If I had dropped the hill sessions and started heel drops the first week it twinged, I probably would have kept running."),
        C("Think of it less like subscribing to a punishing gym plan and more like brushing your teeth: ten minutes of mobility work every morning beats an hour once a fortnight. Consistency matters far more than intensity when you're rebuilding a stiff shoulder."),
        C("Using a walking stick in the hand opposite your painful hip means your arm is sharing the load with the joint. It can take a surprising amount of pressure off the hip, particularly on longer walks or uneven ground."),
        C("When you book physiotherapy privately, it is reasonable to ask about the therapist's qualifications and to ask for references from other patients. In the UK, anyone calling themselves a physiotherapist must be registered with the Health and Care Professions Council."),
        VITAMIN_D,
        CALCIUM,
        C("It&rsquo;s normal for muscles to feel sore for a day or two after you start a new exercise. This delayed-onset muscle soreness peaks at around 48 hours and is not a sign that you&rsquo;ve injured yourself.",
          "It’s normal for muscles to feel sore for a day or two after you start a new exercise. This delayed-onset muscle soreness peaks at around 48 hours and is not a sign that you’ve injured yourself."),
        C("Cartilage has no blood supply of its own, which is one reason it heals so poorly once it is damaged. It relies for its nutrition on joint fluid, which is squeezed in and out as the joint is loaded and unloaded. BACK TO TEXT",
          "Cartilage has no blood supply of its own, which is one reason it heals so poorly once it is damaged. It relies for its nutrition on joint fluid, which is squeezed in and out as the joint is loaded and unloaded."),
        N("“Most people with knee arthritis are surprised that strengthening is the treatment, not the thing to avoid,” says Dr. Maria Lopez, a rheumatologist at Lakeview University Medical Center. “The quadriceps act like a shock absorber. When they get weaker, the joint takes more of the impact.”", LOPEZ_QUOTE),
        N("People with a BMI of 30 or above are roughly four times more likely to develop knee osteoarthritis than people of a healthy weight. Losing even 5 to 10 percent of body weight can noticeably reduce pain and improve how far you can walk.", BMI),
        N("Sciatica describes pain that travels along the sciatic nerve, from the lower back through the buttock and down the back of the leg. The pain is usually felt in one leg only…", SCIATICA),
        N("Bones respond to impact and load, which is why walking, jogging, stair climbing and resistance training help maintain bone density… Read more", BONE_LOAD,
          "Bones respond to impact and load, which is why walking, jogging, stair climbing and resistance training help maintain bone density…"),
        N("\"People often assume a scan will give them the answer, but disc bulges are incredibly common in people with no pain at all,\" says Professor Helen Carver, a consultant spinal surgeon at Northgate Teaching Hospitals. \"We treat the person, not the MRI.\"", CARVER_QUOTE),
        C("If your joints feel stiff first thing, a warm shower and a few minutes of gentle movement before you start the day can help loosen them up."),
        B("Share this page", "share"),
        B("Share this article: Facebook | X | LinkedIn | WhatsApp | Copy link", "share"),
        B("Related stories", "navigation"),
        B("You May Also Like: Is Walking Good for Arthritis? | Foods That Weaken Your Bones | How Much Vitamin D Do You Need?", "navigation"),
        B("Our expert: Rachel Amos is a registered dietitian specialising in bone health and a spokesperson for a national dietetic association.", "bio"),
        B("Our mission is to help people live stronger, healthier lives. Founded in 2009, Active Joints Clinic has grown to six locations across Greater Manchester, offering physiotherapy, sports massage and clinical Pilates.", "about"),
        B("Wellgrove Nutrition has been making high-quality, third-party tested supplements in the USA since 1998.", "about"),
        B("Medical disclaimer: content on this blog is written by a physiotherapist but does not create a therapist–patient relationship. Please see a registered health professional for an assessment of your individual condition.", "disclaimer"),
        B("Results may vary. Individual results are not guaranteed.", "disclaimer"),
        B("Doyle, P. and Grant, S. (2017) 'Hip osteoarthritis and physical activity', British Journal of Sports Medicine, 51(9), pp. 702–708.", "reference"),
        B("Thanks for subscribing! Check your inbox to confirm your email.", "newsletter"),
        B("All rights reserved", "copyright"),
        B("Content © Wellgrove Nutrition LLC 1998–2024. Reproduction without permission is prohibited.", "copyright"),
        B("»", "artefact"),
        BLANK,
    ]),
]


if __name__ == "__main__":
    main(DATA, __file__)
