#!/usr/bin/env python3
"""Build development set 4: four mixed health-site scrape dumps plus per-line gold labels.

Re-runnable: rewrites mix_1.txt .. mix_4.txt and gold_lines.jsonl in this folder from the
labelled data below, then checks that every non-blank line has exactly one gold row.

Entry kinds (in the FILES lists, in file order):
  C(text, clean=None)   content; clean only where inline cleaning changes the stripped line
  B(text, category)     boilerplate
  A(text, note)         ambiguous (not scored)
  BLANK                 a blank line
Every paragraph is invented; the site named in each comment is fictional unless it is a
well-known public body mentioned in passing.
"""
import collections
import os
import re
import sys

# The shared harness, tests/labelled_sets.py, is in this folder's parent.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelled_sets import BLANK, A, B, C, CATEGORIES, main  # noqa: E402

NB = "\u00a0"  # non-breaking space

# ---------------------------------------------------------------- repeated content
# (each appears exactly twice in the dumps: the first is "original", the second "exact")
REP_CHEST = C("Call 999 immediately if someone has chest pain that spreads to the arm, jaw or back, or that lasts longer than 15 minutes. Do not drive them to hospital yourself. While they wait for the ambulance, sit them down, loosen anything tight around the neck and, unless they are allergic to it, give them a 300mg aspirin to chew slowly.")
REP_KETTLE = C("Keep a glass of water by the kettle: every time you make a cuppa, drink the water first.")
REP_202020 = C("Follow the 20-20-20 rule: every 20 minutes, look at something 20 feet away for 20 seconds.")
REP_GOUT = C("Gout is a form of inflammatory arthritis characterised by recurrent attacks of a red, tender, hot and swollen joint, caused by deposits of monosodium urate crystals. The joint at the base of the big toe is affected in about half of cases, and attacks often begin at night.")
REP_SHINGLES = C("• Shingles. A painful, blistering rash caused by reactivation of the chickenpox virus, usually in a band on one side of the body. Anyone who has had chickenpox can get it, but it is most common after the age of 50 and in people whose immune system is weakened.",
                 "Shingles. A painful, blistering rash caused by reactivation of the chickenpox virus, usually in a band on one side of the body. Anyone who has had chickenpox can get it, but it is most common after the age of 50 and in people whose immune system is weakened.")

FILES = {}

# ================================================================ mix_1
# hospital systems, news health desks, fitness magazines, encyclopaedia, charities
FILES["mix_1.txt"] = [
    # news/lifestyle portal consent wall
    B("We and our 142 partners store and/or access information on a device, such as unique identifiers in cookies, to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used, or at any time on the privacy policy page. These choices will be signalled to our partners and will not affect browsing data. We and our partners process data to provide: use precise geolocation data; actively scan device characteristics for identification; personalised ads and content, ad and content measurement, audience insights and product development.", "cookie"),
    # Lakeshore Health System (US hospital) — long patient-education paragraph
    C("Recovery after a hip replacement is usually quicker than people expect, but it is not a straight line. Most patients are up and walking with a frame on the day of surgery or the morning after, and go home within one to three days. For the first six weeks you’ll be asked to avoid bending your hip past 90 degrees, crossing your legs and twisting on the operated side, because that is when the risk of dislocation is highest. Expect good days and bad days: swelling often peaks in the second week, and many people feel low around the same time, once the novelty of being home has worn off. Keep up the exercises your physical therapist gave you even when they feel pointless. By three months most people are walking without a cane, driving again and sleeping through the night; full recovery, including rebuilding muscle strength, can take up to a year."),
    BLANK,
    # Stride & Strength (women's fitness magazine)
    B("By Rachel Nguyen | Updated March 4, 2024 | 6 min read", "byline"),
    C("Stretching before a run won’t necessarily prevent injury, but a proper warm-up will. “Think leg swings, walking lunges and a few strides at an easy pace,” says Maria Okonkwo, PT, DPT, OCS, a board-certified orthopaedic physical therapist in Atlanta. “Long static holds are better saved for after the session, when your muscles are already warm.”"),
    # MedPedia-style encyclopaedia
    B("Home > Health A–Z > Conditions > Plantar fasciitis", "navigation"),
    REP_CHEST,
    B("Share this article", "share"),
    # Metro Health News — glued footnote digits
    C("Ultra-processed foods now make up more than half the calories eaten in Britain and America,4 and higher intakes have been linked to type 2 diabetes,5 depression6 and early death.7 Researchers stress that these are associations: people who eat a lot of these foods also tend to differ in income, sleep and activity.",
      "Ultra-processed foods now make up more than half the calories eaten in Britain and America, and higher intakes have been linked to type 2 diabetes, depression and early death. Researchers stress that these are associations: people who eat a lot of these foods also tend to differ in income, sleep and activity."),
    B("The content on this page is provided for general information only and is not intended to be, nor should it be treated as, a substitute for professional medical advice, diagnosis or treatment. Always seek the advice of your physician or another qualified health provider with any questions you may have regarding a medical condition. Never disregard professional medical advice or delay in seeking it because of something you have read on this website.", "disclaimer"),
    # Daily Courier health desk — privacy of health data as the topic
    C("Before you download a period-tracking app, check where your data goes. Some apps keep cycle logs only on your phone; others upload them to company servers and share “anonymised” information with advertisers and analytics firms. Look for a privacy policy that says plainly whether your records can be sold or handed over on request, and whether you can delete your account and everything in it."),
    BLANK,
    # comments under the plantar fasciitis page
    B("I had plantar fasciitis for nearly two years and honestly tried everything on this list. What finally worked for me was doing the calf stretches religiously three times a day plus a cheap night splint I found online. It took about 10 weeks but I can now walk the dog in the morning without hobbling for the first ten minutes. Don’t give up, everyone!", "comment"),
    B("margaret_h · 3 days ago", "comment"),
    B("This is so helpful, thank you!!", "comment"),
    # University research news — a hospital newsletter as the subject of a study
    C("In the trial, patients discharged after heart surgery were randomly assigned either to usual care or to receive a monthly printed newsletter from the hospital’s cardiac rehabilitation team. After a year, the newsletter group was 18% more likely to still be attending exercise sessions, though the authors caution that the sample was small (n = 212) and drawn from a single hospital."),
    B("Stay connected with Lakeshore Health: subscribe to our monthly e-newsletter for wellness tips, class schedules and hospital news.", "newsletter"),
    B("×", "artefact"),
    # Children's Hospital of the Plains
    C("The American Academy of Pediatrics recommends that babies sleep on their backs, on a firm, flat surface, in the same room as their parents for at least the first six months. Soft bedding, bumper pads, pillows and toys should be kept out of the crib."),
    B("Hannah Ellery, MSc, RD, is a registered dietitian and the author of The Calm Gut Cookbook. She has worked in NHS gastroenterology clinics for twelve years and lives in Bath with her partner and two very loud whippets.", "bio"),
    # Plant Plate RD (nutrition blog, first person)
    C("I get asked a lot whether oat milk ‘spikes’ blood sugar. Honestly? It depends on the brand. Some barista blends have added oil and sugar; unsweetened versions have about 4 g of carbohydrate per 100 ml, which for most people isn’t worth worrying about."),
    B("1. Lamb SE, Whitcombe RJ, Heine PJ, et al. Hand exercises for people with rheumatoid arthritis: a randomised controlled trial. Lancet Rheumatol. 2015;3(4):e221-9.", "reference"),
    B("Okafor, T., & Lindqvist, H. (2021). Outdoor swimming and mood in adults with depression: A pilot study. Journal of Lifestyle Medicine, 14(2), 88–97. https://doi.org/10.1234/jlm.2021.0142", "reference"),
    C("A 2019 meta-analysis by Hansen and colleagues pooled 27 randomised trials and found that supervised exercise reduced knee pain by about as much as non-steroidal anti-inflammatory drugs, without the stomach side effects (Hansen et al., 2019). Later work by Okafor and Lindqvist (2021) suggests the benefit fades if people stop exercising."),
    BLANK,
    # Harbourside GP / hospital appointment widget vs. article advice
    B("Book an appointment", "site-chrome"),
    C("Book your cervical screening as soon as your invitation letter arrives — appointments at most practices fill up about three weeks ahead. If you think you’re due a test but haven’t had a letter, ring the surgery and ask; you don’t have to wait to be invited."),
    B("Strictly necessary · Always active | Performance ☐ | Functional ☐ | Targeting ☐", "cookie"),
    REP_KETTLE,
    B("Joint Hope UK is a registered charity in England and Wales (1098765) and Scotland (SC045123). We fund research, run a free helpline and campaign for better care for the 10 million people in the UK living with arthritis.", "about"),
    # Canadian provincial portal — a phone line as article content
    C("You can call 811 any time, day or night, to speak to a registered nurse about symptoms, medications or whether you need to go to the emergency department. Interpreters are available in more than 130 languages, and the call is free."),
    B("Search symptoms, conditions or medicines…", "site-chrome"),
    C("Plantar fasciitis is a disorder of the connective tissue that supports the arch of the foot.[1] It causes pain in the heel and the bottom of the foot that is usually worst with the first steps of the day or after a period of rest.[2][3] Running, obesity and long hours of standing are common risk factors.[1]",
      "Plantar fasciitis is a disorder of the connective tissue that supports the arch of the foot. It causes pain in the heel and the bottom of the foot that is usually worst with the first steps of the day or after a period of rest. Running, obesity and long hours of standing are common risk factors."),
    B('^ a b Haldane, J; Ortiz, M (14 May 2017). "Gout flares after diuretic initiation: a cohort study". Rheumatology Practice. 9 (4): 211–218. doi:10.5555/rp.2017.094. PMID 28491736.', "reference"),
    B("Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.", "copyright"),
    # nbsp collapse
    C("Hand, foot and" + NB + "mouth disease is common in children under 10." + NB + " It usually clears up by itself in 7 to 10 days, but keep your child off nursery while they feel unwell and wash hands often," + NB + NB + "especially after nappy changes.",
      "Hand, foot and mouth disease is common in children under 10. It usually clears up by itself in 7 to 10 days, but keep your child off nursery while they feel unwell and wash hands often, especially after nappy changes."),
    A("Editor’s note: This article was updated on 9 January 2025 to reflect new guidance on RSV vaccination for adults aged 75 to 79.",
      "update note: could be site chrome (byline/update stamp) or part of the article text"),
    C("Flu vaccination for the 2024/25 season opens on 1 October for adults aged 65 and over, pregnant women and people with certain long-term conditions. Children who were aged 2 or 3 on 31 August 2024 are offered a nasal spray instead of an injection."),
    B("Olusegun Adeyemi, MD, FACP, is a board-certified internist at Lakeshore Health and an assistant professor of medicine at Northgate University. His clinical interests include hypertension in young adults and health literacy.", "bio"),
    B("Medically reviewed by Olusegun Adeyemi, MD — Written by Carla Ruiz — Updated on Jan 12, 2025", "byline"),
    C("Patients can now see their test results, clinic letters and upcoming appointments in the MyCare portal, usually within 14 days of a result being reported. If a result worries you, don’t wait for the portal: your consultant’s secretary can arrange for someone to call you back."),
    B("Log in to MyCare to view your results  ›", "site-chrome"),
    BLANK,
    REP_202020,
    B("Related: 7 Hip Openers You Can Do at Your Desk | Why Your Knees Hurt on Stairs | The Best Foam Rollers of 2024", "navigation"),
    B("Get the best of IronCore in your inbox — workouts, gear reviews and no-nonsense nutrition, every Tuesday. Unsubscribe anytime.", "newsletter"),
    # IronCore (men's fitness magazine)
    C("Creatine monohydrate is one of the most researched supplements there is. A daily 3–5 g dose is enough for most people; a ‘loading phase’ of 20 g a day only gets your muscles to saturation a couple of weeks sooner."),
    B("Stride & Strength is reader-supported. When you buy through links on our site, we may earn an affiliate commission at no extra cost to you. Prices correct at time of publishing.", "disclaimer"),
    C("Do three rounds: 10 goblet squats, 10 push-ups and 10 dumbbell rows on each arm, then rest for 90 seconds. If that feels easy, slow the lowering phase of every rep to a three-count."),
    B("Model Jess Arum is a CrossFit Level 2 coach and former county hockey player who now teaches kettlebell classes in Leeds. Follow her on Instagram @jessarum.lifts", "bio"),
    B("Facebook Twitter Pinterest Email WhatsApp", "share"),
    B("© 2024 Lakeshore Health System. All rights reserved.", "copyright"),
    B("* * *", "artefact"),
    C("Commenting on the findings, Dr Aisha Raman, a consultant cardiologist who was not involved in the study, said the results were “encouraging but not definitive”, noting that most participants were white men over 60."),
]

# ================================================================ mix_2
# pharmacies, supplement shops, news, forums, physio and chiropractic clinics, insurers
FILES["mix_2.txt"] = [
    B("We use cookies to make our site work and to understand how you use it. Okay · Settings", "cookie"),
    # MedPoint Pharmacy — dosage
    C("Adults and children aged 16 and over: take one or two 500 mg tablets every four to six hours as needed. Do not take more than 8 tablets (4 g) in 24 hours, and leave at least 4 hours between doses. Children aged 10 to 15 should take one tablet, up to four times in 24 hours."),
    # VitaNorth Naturals — supplement shop
    B("*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.", "disclaimer"),
    B("FREE UK DELIVERY ON ORDERS OVER £25 | USE CODE SPRING15 FOR 15% OFF", "site-chrome"),
    B("Add to basket — £12.99 (60 capsules)", "site-chrome"),
    C("Magnesium glycinate is generally gentler on the stomach than magnesium oxide. Start with 200 mg in the evening, and speak to your pharmacist first if you take antibiotics, bisphosphonates or blood pressure medicines, because magnesium can affect how they are absorbed."),
    C("Vitamin D is made in the skin when it’s exposed to sunlight, but between October and early March the sun in the UK isn’t strong enough. Government advice is that everyone should consider a daily 10 microgram (400 IU) supplement during these months."),
    B("By subscribing you agree to receive marketing emails from Pure Peak Nutrition and accept our Privacy Policy. You can opt out at any time.", "newsletter"),
    B("Enter your email address", "newsletter"),
    C("Your pharmacist can give advice on minor illnesses such as cystitis, earache and impetigo, and in many cases can supply treatment without you needing to see a GP. You don’t need an appointment — just ask for a word in the consultation room."),
    B("(c) MedPoint Pharmacy Ltd 2023, registered in England no. 04418723, registered office 1 Wharf Street, Leeds LS2 7EQ", "copyright"),
    BLANK,
    # The Daily Courier (news)
    B("BY JAMES O’CONNOR, HEALTH CORRESPONDENT", "byline"),
    C("The number of people waiting more than 18 weeks for hospital treatment in England fell to 3.1 million in June, according to figures published on Thursday, the first monthly drop since January."),
    C("The guidance was welcomed by charities. Professor Sir Martin Hale, FRCP, chair of a Royal College of Physicians working party on air quality, said the link between dirty air and childhood asthma was “now beyond reasonable doubt”, and urged councils to act before the start of the next school year."),
    B("The Daily Courier’s health coverage is supported by a grant from the Wellbeing Futures Foundation. The Courier retains full editorial control.", "about"),
    B("More In Heart Health", "navigation"),
    # ClinWire (medical news digest)
    C("In the trial, published on 12 March 2024, 1,460 patients with early Alzheimer’s disease were randomised to the drug or placebo. Decline on the CDR-SB scale was 27% slower at 18 months, but 12.6% of those treated developed brain swelling visible on MRI, and three deaths were judged possibly related to treatment."),
    B("ClinWire is part of the Meridian Health Media network, which also publishes PharmaPulse and NurseNow.", "about"),
    B("THE WEEKLY DOSE ▸ Health news that matters, explained by our science desk. Free, every Friday.", "newsletter"),
    B("Source: Office for National Statistics, Health state life expectancies, UK: 2020 to 2022", "reference"),
    REP_CHEST,
    BLANK,
    # CareCircle (Q&A forum)
    B("Posts on CareCircle are written by members, not medical professionals, unless marked as such. Never ignore professional advice or delay seeking it because of something you have read here.", "disclaimer"),
    A("Not a doctor but I’m an ICU nurse of 15 years. What you’re describing after your knee op (calf swollen, warm, hurts to flex your foot) needs checking today for a clot, not next week. Ring 111 or go to urgent care and tell them you had surgery on the 2nd. Please update us.",
      "Q&A forum: the accepted answer is the subject of the thread page, but it is a member's post, like a reader comment"),
    B("Posted by knee_deep_in_rehab · 14 Feb 2024, 22:07", "comment"),
    B("lol my physio literally told me the opposite last week", "comment"),
    B("▲ 37  ▼  Reply  Award  Share", "comment"),
    # Allergy clinic
    C("If you have been prescribed two adrenaline auto-injectors, carry both at all times. Use one at the first sign of a severe reaction — swelling of the throat, wheezing, feeling faint — then call 911 and say “anaphylaxis”, even if you start to feel better. A second dose can be given after 5 minutes if there is no improvement."),
    REP_GOUT,
    BLANK,
    # Grit Men's Health
    B("Words: Dan Price · Photography: Lucy Hale", "byline"),
    REP_SHINGLES,
    # Harbourside Physio (Sydney)
    C("For the first 48 to 72 hours after an ankle sprain, protect the joint, use ice for 15 minutes at a time and keep it raised above the level of your heart. After that, gentle movement speeds recovery more than rest does."),
    B("Written by Mia Chen — Mia is an APA titled Sports & Exercise Physiotherapist who has worked with elite rugby squads and treats everyone from weekend parkrunners to Olympians.", "bio"),
    B("Use of this website is subject to our Terms of Use. Nothing on this site creates a practitioner–patient relationship, and Harbourside Physiotherapy Pty Ltd accepts no liability for loss or injury arising from reliance on the information provided.", "disclaimer"),
    B("Opening hours: Monday–Thursday 7:00–19:00 · Friday 7:00–16:00 · Saturday by appointment", "site-chrome"),
    # Align Family Chiropractic (Boise)
    C("Neck pain after a long drive is usually muscular. Try gently tucking your chin towards your chest, holding for five seconds, then slowly turning your head to each side. Repeat five times, two or three times a day."),
    B("Dr. Brent Kowalski, DC, graduated from Palmer College of Chiropractic in 2006 and has served the Treasure Valley ever since. He is certified in the Webster Technique and is a proud member of his state chiropractic association.", "bio"),
    B("Results may vary from person to person. Chiropractic care is not a replacement for treatment by your medical doctor.", "disclaimer"),
    B("All content copyright Align Family Chiropractic. Reproduction without written permission is prohibited.", "copyright"),
    C("If your pain hasn’t improved after six sessions, a good practitioner should refer you on rather than booking you in for more. Be wary of anyone who tries to sell you a 30-visit package at your first appointment."),
    B("•", "artefact"),
    B("Share · Tweet · Pin · Email", "share"),
    REP_KETTLE,
    B("By continuing to browse you agree to our use of tracking technologies as described in our Privacy Notice.", "cookie"),
    # SilverYears (seniors)
    C("Most falls happen at home. Fit a second stair rail, put night lights between the bedroom and bathroom, and move anything you use every day to a shelf between waist and shoulder height so you aren’t reaching or bending.   "),
    BLANK,
    # Sanjeevani Hospitals (India)
    C("Dengue cases usually rise between July and November. Use mosquito nets, empty standing water from coolers and flowerpots every week, and see a doctor if a high fever comes with severe body ache, pain behind the eyes or a rash."),
    B("The views expressed in this post are the author’s own and do not necessarily reflect those of Sanjeevani Hospitals or its clinicians.", "disclaimer"),
    B("About the expert: Dr. Karan Mehta is a consultant interventional cardiologist at Sanjeevani Hospitals, Pune, with over 18 years of experience and more than 6,000 angioplasties to his name.", "bio"),
    B("Sanjeevani Hospitals is a chain of 14 multi-speciality hospitals across Maharashtra and Karnataka, accredited by NABH and JCI.", "about"),
    # Bluegate Health Insurance
    C("Pre-existing conditions — anything you had symptoms of, or treatment for, in the five years before your cover starts — are usually excluded for the first two years. Declare them in full: non-disclosure is one of the most common reasons claims are turned down."),
    B("Bluegate Health Insurance Ltd is authorised and regulated by the Financial Conduct Authority (FRN 204519). Cover is subject to terms, conditions and exclusions; see the policy wording for full details.", "disclaimer"),
    B("Get a quote in 2 minutes", "site-chrome"),
    B("×", "artefact"),
]

# ================================================================ mix_3
# personal blogs, yoga studio, mental health and diabetes charities, pregnancy and sleep sites
FILES["mix_3.txt"] = [
    B("got it! we use small files to remember your settings and see which pages are popular. more info", "cookie"),
    # Running at Forty-One (personal blog)
    C("I ran my first half marathon at 41, eleven months after I could barely jog to the end of my road. I’m not a coach and I’m definitely not a doctor, but here is exactly what I did, week by week, including the two weeks I got it badly wrong."),
    C("Week six was when it clicked. My resting heart rate had dropped from 74 to 66, and for the first time I finished a 5k without walking."),
    B("Want more posts like this? Pop your email in below and I’ll send you one short note a month — no spam, promise.", "newsletter"),
    # Type 1 Dad (personal blog)
    B("Hi, I’m Tom! Dad of three, pancreas-by-proxy for my eldest, and a recovering accountant. I started this blog in 2021 to write down everything I wish someone had told us in the first month.", "bio"),
    C("Our son was diagnosed on 14 February 2021, which is why Valentine’s Day in our house now involves a cake and a lot of carb counting. Looking back, the signs were there for weeks: he was constantly thirsty, wetting the bed again and losing weight even though he was eating everything in sight."),
    B("Hi Tom, quick question — did you find the sensor accurate when his levels were dropping fast? Ours seems to lag by about 15 mins. Thanks, Sarah", "comment"),
    B("Hi Sarah — yes, we see the same lag. We always finger-prick to confirm a hypo before treating if we can. Tom", "comment"),
    # Sugar Sense Foundation (diabetes charity)
    C("If your blood glucose is below 4 mmol/L, have 15–20 g of fast-acting carbohydrate — for example five jelly babies or 150 ml of a sugary (not diet) drink — then test again after 15 minutes. Repeat if you’re still below 4, and have a snack containing starch once you’re back up."),
    # The Spoonie Kitchen (personal blog)
    B("← Previous post: Meal prep for a flare week     Next post: My spoon-saving kitchen gadgets →", "navigation"),
    B("Copyright © 2019–2025 The Spoonie Kitchen · Theme by Kadence", "copyright"),
    C("Batch cooking is the only reason I eat properly during a flare. On a good day I make a big pot of lentil soup, portion it into jars and freeze them. It’s not glamorous, but future me is always grateful."),
    B("Join 48,000+ readers who get my weekly low-FODMAP recipes (plus a free 7-day meal plan PDF when you sign up).", "newsletter"),
    A("That’s it from me this week — I’m off to the allotment. If you’ve tried any of this, I’d love to hear how it went.",
      "blog sign-off: the author's own words closing the post, but carries no article information"),
    BLANK,
    # Lotus Loft Yoga (Bristol)
    B("About Lotus Loft · A small, independent studio in Stokes Croft offering inclusive classes for every body since 2015.", "about"),
    C("Come into child’s pose with your knees wide and your big toes touching. Let your forehead rest on a block or a folded blanket, and breathe into the back of your ribs for ten slow breaths."),
    C("When I first started teaching, I cued everyone to ‘tuck the tailbone’. I don’t any more. Most of us need a neutral pelvis, not a tucked one, and forcing the tuck in standing poses can aggravate the lower back."),
    B("I’m Freya — I’ve been teaching vinyasa and yin since 2014 (500-hr RYT, Yoga Alliance) and I’m especially interested in yoga for hypermobile bodies. When I’m not on the mat you’ll find me swimming in the lido in all weathers.", "bio"),
    B("written by freya · 3 comments", "byline"),
    B("Was this helpful? Share it with someone who needs it 💬", "share"),
    BLANK,
    # Mindspring (mental health charity)
    C("If you’re worried someone is thinking about suicide, ask them directly. Asking doesn’t put the idea in their head — it can give them permission to talk. Listen without trying to fix things, and help them contact their GP or a crisis line such as Samaritans on 116 123."),
    B("Our mission: to make trustworthy mental health information free for everyone, everywhere.", "about"),
    # Restwell Institute (sleep nonprofit)
    B("Restwell Institute is a 501(c)(3) nonprofit organization dedicated to improving public health through sleep education and research. EIN 84-2213907.", "about"),
    B("https://www.restwell.org/research/2022-national-sleep-survey.pdf", "reference"),
    B("Brennan, Liam. Bodies at Rest: A History of Sleep Medicine. Chicago: Lakeview Press, 2016.", "reference"),
    C("Sleep trackers can be a useful nudge, but don’t let the app become the problem. If you find yourself checking your ‘sleep score’ at 3am and worrying about it, switch off the notifications for a fortnight and judge your sleep by how you feel during the day."),
    BLANK,
    # BumpWise (pregnancy)
    C("At around 20 weeks you’ll be offered a mid-pregnancy scan, sometimes called the anomaly scan. It checks the baby’s bones, heart, brain, spinal cord, face, kidneys and abdomen, and takes about 20 to 40 minutes. You can ask the sonographer not to tell you the sex if you’d rather keep it a surprise."),
    C("The Royal College of Obstetricians &amp; Gynaecologists says most women can keep exercising throughout pregnancy, aiming for 150 minutes of moderate activity a week, but should avoid contact sports, hot yoga and scuba diving.",
      "The Royal College of Obstetricians & Gynaecologists says most women can keep exercising throughout pregnancy, aiming for 150 minutes of moderate activity a week, but should avoid contact sports, hot yoga and scuba diving."),
    B("SPONSORED CONTENT — Produced in partnership with Nordvik Health. The BumpWise editorial team was not involved in its creation.", "disclaimer"),
    C("Signs of dehydration in babies include fewer wet nappies, a sunken soft spot on the top of the head and crying without tears. Offer small, frequent feeds, and get urgent advice if your baby refuses feeds or becomes unusually drowsy."),
    # FAQ block (pharmacy chain)
    C("Can I drink alcohol while taking antibiotics?"),
    C("With most antibiotics, drinking in moderation is unlikely to cause problems. Metronidazole and tinidazole are the exceptions: alcohol with these can cause flushing, vomiting and a racing heart, so avoid it during the course and for 48 hours afterwards (72 hours for tinidazole)."),
    C("Do I need antibiotics for a sore throat?"),
    C("Usually not. Antibiotics don’t work against viruses, so they won’t help with a cold or most sore throats. Taking them when you don’t need them makes bacteria more likely to become resistant."),
    B("Jump to: Symptoms · Causes · Diagnosis · Treatment · When to see a doctor", "navigation"),
    # menopause article (news/lifestyle)
    C("Hot flushes can start years before your periods stop. Keeping a simple diary for a month — the time, what you were doing, what you’d eaten or drunk — often shows a pattern your GP can use when you talk through options, including HRT."),
    C("Dr Lena Varga is a consultant rheumatologist, and she sees the same mistake every week: people stopping their methotrexate because of mild nausea, when taking it with food or changing the day of their folic acid would have solved the problem."),
    C("Caring for a parent with dementia is not a one-person job. Sit down with your siblings, write out every task, from pharmacy runs to paying bills, and share the load so that no one burns out. It also helps to agree who will make medical decisions if your mum or dad can no longer do so."),
    C("Share your medication list with every clinician you see, including your dentist and optician. Keep a photo of it on your phone so it’s with you in an emergency."),
    B("1.2K shares", "share"),
    B("—", "artefact"),
    B("12 Comments", "comment"),
    B("Great article but you didn’t mention the 2022 trial that found no benefit from glucosamine at all? Seems a bit selective to me.", "comment"),
    REP_202020,
    B("Greene, Alicia. “The Myth of Eight Glasses.” Atlantic Review of Medicine, vol. 12, no. 3, 2019, pp. 44–51.", "reference"),
    C("Some readers have asked why we no longer recommend drinking eight glasses of water a day. The short answer is that the rule was never based on good evidence: food provides about a fifth of our fluid, and tea and coffee count too."),
]

# ================================================================ mix_4
# government portals, encyclopaedias, telehealth apps, insurers, dental/eye/hearing/skin/travel clinics
FILES["mix_4.txt"] = [
    B("We value your privacy. With your permission, we and our partners may use precise geolocation data and identification through device scanning to measure ad performance and develop our services.", "cookie"),
    B("Accept all", "cookie"),
    B("REJECT ALL     MANAGE PREFERENCES     ACCEPT", "cookie"),
    B("Conditions / Skin / Eczema in adults", "navigation"),
    B("Last reviewed: 14 November 2023 · Next review due: 14 November 2026", "byline"),
    # DermaClear (dermatology clinic)
    C("Apply sunscreen 15 minutes before going out and reapply every two hours, and straight after swimming or towelling dry. Most people use less than half the amount they need: aim for about two teaspoons to cover your head, arms and neck."),
    # Globetrotter Travel Clinic
    C("Ideally, see a travel health nurse 6 to 8 weeks before you leave. Some vaccines, such as rabies and hepatitis B, need several doses spread over weeks, and a yellow fever certificate only becomes valid 10 days after vaccination."),
    B("Call us: 01632 960 418 · Mon–Fri 8am–6pm, Sat 9am–12pm", "site-chrome"),
    # mojibake
    C("If youâ€™re taking warfarin, donâ€™t suddenly change how much leafy green veg you eat. Vitamin K affects how the drug works, so itâ€™s consistency that matters, not avoidance.",
      "If you’re taking warfarin, don’t suddenly change how much leafy green veg you eat. Vitamin K affects how the drug works, so it’s consistency that matters, not avoidance."),
    C("Shin splints usually settle with rest." + NB + " Cut your mileage by half for two weeks," + NB + "swap some runs for cycling or swimming, and build back up by no more than 10% a week.",
      "Shin splints usually settle with rest. Cut your mileage by half for two weeks, swap some runs for cycling or swimming, and build back up by no more than 10% a week."),
    C("This doesn’t replace a proper assessment. If your back pain comes with numbness in the saddle area, loss of bladder or bowel control, or weakness in both legs, go to A&amp;E straight away.",
      "This doesn’t replace a proper assessment. If your back pain comes with numbness in the saddle area, loss of bladder or bowel control, or weakness in both legs, go to A&E straight away."),
    C("Your GP record is confidential. Staff can only share information with other services involved in your care, and you can opt out of your data being used for research and planning at any time."),
    B("© Crown copyright", "copyright"),
    BLANK,
    C("Founded in 1948, the NHS was the first health system in the world to offer free care at the point of use to an entire population. Seventy-five years on, it employs about 1.3 million people in England alone."),
    C("Published in 2019 and updated since, the NICE guideline on hypertension advises offering blood pressure medication to people under 80 with stage 1 hypertension and a 10-year cardiovascular risk of 10% or more."),
    B("[12] National Institute for Health and Care Excellence. Hypertension in adults: diagnosis and management (NG136). London: NICE; 2019 (updated 2023).", "reference"),
    C("Here “tendinopathy” is used as an umbrella term; older sources call the same thing tendinitis, which implies an inflammation that usually isn’t there. BACK TO TEXT",
      "Here “tendinopathy” is used as an umbrella term; older sources call the same thing tendinitis, which implies an inflammation that usually isn’t there."),
    C("1. Wash your hands and dry them well. 2. Remove the cap and check the window is clear. 3. Pinch a fold of skin on your thigh or belly and press the pen in at 90 degrees. 4. Press the button and count slowly to ten before you take the pen out."),
    C("Step 1: Shake the inhaler and take the cap off."),
    C("Step 2: Breathe out gently, away from the mouthpiece."),
    C("Step 3: Seal your lips around the mouthpiece, start to breathe in slowly and press the canister once."),
    C("Next, move on to the wall slide: stand with your back against a wall, feet a foot in front of you, and slowly slide down until your knees are bent to about 45 degrees."),
    BLANK,
    # DocNow / Pocket GP (telehealth)
    B("Download the DocNow app — see a GP in under 10 minutes, 24/7. ★★★★★ 4.8 on the App Store", "site-chrome"),
    C("Video appointments work well for follow-ups, repeat prescriptions and talking through test results. They are less suitable when a clinician needs to examine you — a suspected ear infection, a new lump or tummy pain usually means a face-to-face visit."),
    C("Find a private, quiet room for your video consultation and use headphones if other people are around. The doctor will ask you to confirm your name and date of birth at the start of the call, just as they would at the surgery."),
    B("©2025 DocNow Inc. DocNow is a trademark of DocNow Inc. Apple and the Apple logo are trademarks of Apple Inc.", "copyright"),
    B("Copy link", "share"),
    B("Share on X | Share on LinkedIn | Print this page", "share"),
    # patient stories (news)
    C("When Derek, 58, noticed he was getting up to pee three or four times a night, he put it down to age. “My wife nagged me for six months before I went,” he says. A blood test and an examination later, he was diagnosed with early-stage prostate cancer. He finished radiotherapy in March 2023 and is back on his allotment every morning."),
    C("“I honestly thought I was just tired,” says Priya, 34, a teacher from Leicester. “It was only when I fainted in the classroom that anyone took it seriously.” Her blood tests showed a ferritin level of 4 µg/L; the normal range starts at about 30."),
    B("Published: 08:41 BST, 2 May 2024 | Updated: 11:15 BST, 2 May 2024", "byline"),
    B("Posted on 17/06/2023 by admin", "byline"),
    C("Cookies, cakes and biscuits are among the biggest sources of saturated fat in children’s diets. Swap them for fruit, plain popcorn or a small handful of unsalted nuts (for children over five)."),
    C("You don’t need to sign up for bowel screening. If you’re registered with a GP and aged between 60 and 74, a home testing kit is posted to you automatically every two years."),
    C("Log your readings twice a day, morning and evening, for seven days before your appointment. Take two readings a minute apart each time and write both down."),
    C("All decisions about your treatment remain yours. You can withdraw consent at any point, even after signing a form, and staff must respect that."),
    B("Your choices help keep this site free. Tap ‘Agree’ to let us and our advertising partners personalise what you see, or ‘Reject non-essential’ to carry on with only what’s needed for the site to work.", "cookie"),
    BLANK,
    # BrightSmile Dental, ClearView Eyecare, SoundLife Hearing, Kiwi Cover
    C("Spit, don’t rinse. After brushing, spit out the excess toothpaste but don’t rinse your mouth with water, as this washes away the concentrated fluoride."),
    C("Most plans cover one routine eye test every 24 months, but contact lens fittings are often excluded. Check your policy schedule for the annual optical limit — typically between $150 and $250 — before you order new frames."),
    # Breathe Easy Aotearoa (lung charity)
    C("Pulmonary rehabilitation is a six- to eight-week programme of exercise and education for people with long-term lung conditions. Ask your doctor or nurse to refer you — it’s free in most parts of the country and can make everyday tasks like climbing stairs noticeably easier."),
    B("Breathe Easy Aotearoa — Charities Services registration CC21345. Proudly supporting New Zealanders with lung conditions for more than 50 years.", "about"),
    B("Patel, R. and Moore, J. (2018) ‘Hydration status in older hospital inpatients’, British Journal of Nursing, 27(9), pp. 492–497.", "reference"),
    C("Resist the urge to share your scan images online before you’ve spoken to your specialist. Radiology reports are written for doctors, and words like ‘lesion’ or ‘abnormality’ often sound far scarier than they are."),
    REP_GOUT,
    REP_SHINGLES,
    A("Key takeaways: Most back pain settles within six weeks • Stay as active as you can • Seek help urgently for red-flag symptoms",
      "summary box: repeats the article's own points, so could be counted as content or as a page widget"),
    B("sam okafor is a freelance health journalist whose work has appeared in national newspapers and magazines. she writes about chronic pain, disability and the benefits system.", "bio"),
    C("If your child’s temperature is 38°C or higher and they are under three months old, call your GP surgery the same day, even if they otherwise seem well. For older children, a fever on its own is rarely dangerous; watch how they are behaving rather than the number on the thermometer."),
    B("Reply  ·  Like (14)  ·  Report", "comment"),
    B("|", "artefact"),
    # MedPedia — bracket marks; Metro Health News — glued digit next to B12
    C("Around 1 in 10 women of reproductive age have endometriosis,[3] yet the average time to diagnosis in the UK is about eight years.[4]",
      "Around 1 in 10 women of reproductive age have endometriosis, yet the average time to diagnosis in the UK is about eight years."),
    C("Vitamin B12 deficiency is common in people who take metformin long term,12 so a yearly blood test is sensible, especially if you notice tingling in your feet or unusual tiredness.",
      "Vitamin B12 deficiency is common in people who take metformin long term, so a yearly blood test is sensible, especially if you notice tingling in your feet or unusual tiredness."),
    B("ADVERTISEMENT", "site-chrome"),
    B("Tags: back pain, posture, desk workers, ergonomics", "navigation"),
    B("YOU MAY ALSO LIKE", "navigation"),
    B("Read next: What your resting heart rate says about your fitness", "navigation"),
    B("›", "artefact"),
    B("Thanks for signing up! Check your inbox to confirm your subscription.", "newsletter"),
    B("·   ", "artefact"),
]

# ---------------------------------------------------------------- checks on the data
# Inline artefacts no clean text may keep, so a line carrying one needs a clean text.
ARTEFACT_PATTERNS = [
    re.compile("\u00a0"),            # nbsp
    re.compile(r"&amp;"),
    re.compile("â€"),                # mojibake
    re.compile(r"\[\d+\]"),          # [n] mark
    re.compile(r"BACK TO TEXT\s*$"),
    re.compile(r"^•\s"),             # leading bullet
    # glued footnote digit
    re.compile(r"(?<=[a-z])\d{1,2}(?=[\s,.;]|$)|(?<=[a-z][,.;])\d{1,2}(?=\s|$)"),
]


def reference_clean(s):
    """Independent re-implementation of the intended inline cleaning, used only as a cross-check."""
    s = s.strip()
    s = s.replace("â€™", "’").replace("&amp;", "&")
    s = re.sub(r"^•\s+", "", s)
    s = re.sub(r"\s*BACK TO TEXT$", "", s)
    s = re.sub(r"\[\d+\]", "", s)
    s = re.sub(r"(?<=[a-z])\d{1,2}(?=[\s,.;]|$)", "", s)
    s = re.sub(r"(?<=[a-z][,.;])\d{1,2}(?=\s|$)", "", s)
    s = re.sub(r"[ \u00a0]*\u00a0[ \u00a0]*", " ", s)
    return s


def check_cleaning_and_variety(lines):
    """Every hand-written clean text is what reference_clean makes of its line, and every
    category has at least 7 distinct boilerplate lines."""
    for text, row in lines:
        if row["label"] == "content" and row["clean"] != text:
            assert reference_clean(text) == row["clean"], ("cross-check", text[:60])
    distinct = collections.Counter(category for _, category in {
        (text, row["category"]) for text, row in lines if row["label"] == "boilerplate"})
    short = {c: distinct[c] for c in CATEGORIES if distinct[c] < 7}
    assert not short, ("fewer than 7 distinct lines in category", short)


if __name__ == "__main__":
    main(FILES.items(), __file__, bare_ambiguous=True, allow_padding=True,
         residue=ARTEFACT_PATTERNS, ambiguous_lines=(0, 5), check=check_cleaning_and_variety)
