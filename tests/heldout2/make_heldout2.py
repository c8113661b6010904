#!/usr/bin/env python3
"""Blind test set: 6 synthetic scrape dumps of health web pages + per-line gold.

All page text is held below as data, one line per page line, written as
    TAG | text
where TAG is
    C            content
    <code>       boilerplate, code -> category (see CAT)
    A~<note>     ambiguous, with a short note
Pages are separated by one blank line in the output dump.
Run `python3 make_heldout2.py [FOLDER]` to (re)write dump_1.txt .. dump_6.txt and
gold_lines.jsonl next to this script (or into FOLDER).
"""
import json
import os
import sys

# Next to this script, or into the folder given as the first argument.
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

CAT = {
    "ck": "cookie", "dis": "disclaimer", "nl": "newsletter", "sh": "share",
    "nav": "navigation", "bio": "bio", "by": "byline", "ab": "about",
    "cm": "comment", "ref": "reference", "cr": "copyright",
    "sc": "site-chrome", "art": "artefact",
}

DUMPS = {}


def add(dump, page):
    DUMPS.setdefault(dump, []).append(page)


def parse(page):
    rows = []
    for raw in page.strip("\n").split("\n"):
        if not raw.strip():
            raise ValueError("blank line inside a page")
        tag, sep, text = raw.partition(" | ")
        if not sep or not text.strip():
            raise ValueError("bad line: %r" % raw)
        tag = tag.strip()
        if text != text.strip():
            raise ValueError("stray whitespace: %r" % raw)
        if tag == "C":
            rows.append((text, "content", None, None))
        elif tag.startswith("A~"):
            rows.append((text, "ambiguous", None, tag[2:].strip()))
        elif tag in CAT:
            rows.append((text, "boilerplate", CAT[tag], None))
        else:
            raise ValueError("bad tag %r in %r" % (tag, raw))
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    gold = []
    for n in sorted(DUMPS):
        name = "dump_%d.txt" % n
        out_lines = []
        for i, page in enumerate(DUMPS[n]):
            if i:
                out_lines.append("")
            for text, label, cat, note in parse(page):
                out_lines.append(text)
                row = {"file": name, "line": len(out_lines), "label": label}
                if cat:
                    row["category"] = cat
                if note:
                    row["note"] = note
                gold.append(row)
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out_lines) + "\n")
    with open(os.path.join(OUT, "gold_lines.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return gold


# ---------------------------------------------------------------- dump 1
# 1.1 hospital service page (cardiology outpatients)
add(1, r"""
sc | Skip to main content
sc | Northgate Hospitals NHS Foundation Trust
sc | Search this site
nav | Home
nav | Our hospitals
nav | Services A–Z
nav | Patients and visitors
nav | Work for us
nav | Contact us
nav | Home > Services A–Z > Cardiology > Outpatient clinics
C | Cardiology outpatient clinics
C | Our cardiology team sees adults referred by their GP or another hospital doctor with suspected or known heart conditions, including chest pain on exertion, palpitations, breathlessness, heart failure and heart valve disease.
C | Clinics run at Northgate General Hospital and at the Eastfield Community Diagnostic Centre. Your appointment letter will tell you which site to go to.
A~photo caption on a service page | Staff in the cardiac investigations unit, which opened in 2022.
C | Where to find us
C | The outpatient department is on Level 2 of the Hartley Wing. Follow the red signs from the main entrance, or take lift C to Level 2 and turn left.
C | Opening times
C | Monday to Friday, 8am to 6pm
C | Saturday, 8.30am to 12.30pm (ECG and echo lists only)
C | Closed on Sundays and bank holidays
C | Contact the department
C | Appointments: 01632 960 418
C | Cardiology secretaries: 01632 960 455
C | Email: cardiology.outpatients@northgate.example.nhs.uk
C | Lines are open 9am to 4.30pm. If you need to change or cancel, please give us at least 48 hours' notice so the slot can be offered to another patient.
C | What to bring
C | your appointment letter
C | a list of every medicine you take, including anything bought over the counter
C | any home blood pressure or pulse readings
C | a snack and a drink if you have diabetes, as some tests take a while
C | Tests we carry out
C | Electrocardiogram (ECG)
C | Echocardiogram (heart ultrasound)
C | 24-hour and 7-day heart rhythm monitors
C | Exercise tolerance test
C | Cardiac CT and MRI (Eastfield centre only)
C | Most people are with us for one to two hours. If you are having an exercise test, wear flat shoes and loose clothing.
C | If you have chest pain lasting more than 15 minutes, or chest pain with sweating, sickness or breathlessness, call 999 straight away. Do not wait for your clinic appointment.
sc | Book or change an appointment online
sc | Download our patient leaflets (PDF)
nav | Related services
nav | Cardiac rehabilitation
nav | Heart failure nursing service
nav | Rapid access chest pain clinic
nav | Vascular surgery
sc | Was this page helpful?
sc | Yes
sc | No
by | Page last updated: 14 February 2024
sc | Northgate General Hospital, Ridley Road, Northgate NG4 7QP
sc | Switchboard: 01632 960 000
nav | Accessibility
nav | Privacy notice
nav | Freedom of information
nav | Modern slavery statement
cr | © Northgate Hospitals NHS Foundation Trust 2024
ck | We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us make improvements by measuring how you use the site.
ck | Accept analytics cookies
ck | Reject analytics cookies
art | ×
""")

# 1.2 drug information page (UK style)
add(1, r"""
sc | MediGuide
nav | Medicines A–Z
nav | Conditions
nav | Pharmacy services
nav | Log in
nav | Medicines A–Z › N › Naproxen
C | Naproxen
C | A non-steroidal anti-inflammatory drug (NSAID) used to ease pain, swelling and stiffness
by | Reviewed by the MediGuide pharmacist team · Next review due March 2026
nav | On this page
nav | 1. About naproxen
nav | 2. Who can and cannot take it
nav | 3. How much to take
nav | 4. Side effects
nav | 5. Common questions
C | About naproxen
C | Naproxen eases pain, swelling and stiffness. Doctors often prescribe it for arthritis, gout flares, period pain and sprains. It blocks enzymes that make prostaglandins, chemicals the body releases when tissue is injured or inflamed.
C | It comes as ordinary tablets, gastro-resistant tablets and a liquid that your pharmacist can order. Most strengths need a prescription, but a 250 mg tablet for period pain can be bought from a pharmacy.
C | Who cannot take naproxen
C | Naproxen is not suitable for everyone. Tell your doctor or pharmacist before you start it if you:
C | have ever had a stomach ulcer or bleeding from your gut
C | have had an allergic reaction to aspirin or any other NSAID
C | have heart failure, kidney disease or severe liver disease
C | are pregnant or trying for a baby
C | have asthma that gets worse with painkillers
C | How much to take
C | Condition
C | Usual adult dose
C | How often
C | Arthritis
C | 500 mg to 1,000 mg a day
C | Split into 2 doses, 12 hours apart
C | Gout flare
C | 750 mg to start, then 250 mg
C | Every 8 hours until the flare settles
C | Period pain
C | 500 mg to start, then 250 mg
C | Every 6 to 8 hours, no more than 1,250 mg on day 1
C | Take naproxen with or just after food, so it is less likely to upset your stomach. Swallow the tablets whole with a glass of water.
C | Side effects
C | Common side effects (more than 1 in 100 people):
C | indigestion or heartburn
C | feeling sick
C | headaches
C | dizziness or drowsiness
C | Serious side effects
C | Stop taking naproxen and get medical help straight away if you:
C | vomit blood or have black, sticky poo
C | get swollen ankles or are far more breathless than usual
C | pass much less urine than normal
C | Call 999 or go to A&E if your lips, mouth or throat suddenly swell or you are struggling to breathe. These can be signs of a serious allergic reaction.
C | Common questions
C | Can I drink alcohol while taking naproxen?
C | A small amount is unlikely to cause problems. Alcohol and naproxen both irritate the stomach lining, though, so heavy drinking raises your risk of bleeding.
C | Can I take it with paracetamol?
C | Yes. Paracetamol works in a different way and the two are often used together. Do not take naproxen together with ibuprofen or aspirin for pain.
dis | This page does not replace the leaflet that comes in your medicine's packet. Always follow the instructions from the person who prescribed it.
sc | Print this page
sc | Find a pharmacy near you
nav | Related medicines
nav | Ibuprofen
nav | Diclofenac
nav | Co-codamol
cr | © 2025 MediGuide UK Ltd. Some content adapted under the Open Government Licence v3.0.
""")

# 1.3 health news article
add(1, r"""
sc | The Daily Courier
nav | News
nav | Sport
nav | Health
nav | Money
nav | Opinion
nav | Health › Diabetes
C | Ten-minute walks after meals cut blood sugar spikes, trial finds
C | Short strolls taken within half an hour of eating lowered post-meal glucose peaks by almost a fifth in adults with prediabetes
A~photo caption in a news article | A woman walks along a canal towpath in the evening. Photo: Getty Images
by | By Hannah Leclerc, Health Correspondent
by | Published 9 April 2024, 06:00 BST | Updated 9 April 2024, 11:42 BST
sh | Share on Facebook
sh | Share on X
sh | Email this article
C | A short walk after each meal could be one of the simplest ways to keep blood sugar in check, according to researchers who followed 212 adults for 12 weeks.
C | Volunteers who walked at a comfortable pace for 10 minutes after breakfast, lunch and dinner had glucose peaks that were on average 17 per cent lower than those asked to do a single 30-minute walk each morning.
C | Both groups did the same total amount of exercise, which suggests that timing matters, the team from the University of Wexley said.
C | "Muscles are hungry for glucose once they start working, so a walk straight after eating gives that sugar somewhere to go," said Dr Anil Mehta, a consultant diabetologist who led the study.
C | "You don't need Lycra or a gym membership. A lap of the block after dinner is enough to make a measurable difference."
sc | Advertisement
C | Around one in three adults in the UK is thought to have prediabetes, where blood sugar is raised but not yet high enough for a diagnosis of type 2 diabetes. Many do not know they have it.
C | Repeated sharp rises in glucose after meals are linked with a higher risk of heart disease, and experts have long looked for practical ways to flatten them.
C | Professor Joan Whitaker, who was not involved in the research, called the findings encouraging but warned that the trial was relatively small.
C | "It's a neat result, but 12 weeks is short. We need to know whether people keep walking once the novelty wears off, and whether it means fewer people go on to develop diabetes," she said.
C | The researchers now plan a two-year study of 1,500 people across six regions.
nav | Read more: Could a standing desk really help your heart?
C | What counts as prediabetes?
C | A blood test called HbA1c measures your average blood sugar over roughly the past three months. A result between 42 and 47 mmol/mol is usually classed as prediabetes.
C | If your result falls in this range, your GP may refer you to a free programme that helps with weight, diet and activity.
bio | Hannah Leclerc has covered health and science for the Courier since 2017. She previously reported on the NHS for regional newspapers in the North West.
sh | Follow Hannah on X @hleclerc_news
nav | Topics
nav | Diabetes
nav | Exercise
nav | Heart health
nav | More from Health
nav | Hospital waiting lists fall for third month in a row
nav | Why your afternoon slump might not be about lunch
nav | GPs to offer cholesterol checks in supermarkets under pilot scheme
cm | 146 comments
cm | Sort by: Newest
cm | MarkInDerby: My dad was told to do exactly this by his diabetes nurse years ago. Nice to see some proper evidence for it.
cm | 2 hours ago · Reply · 34 likes
cm | sarah_k1: So walking is good for you. Stop the press.
cm | 3 hours ago · Reply · 12 likes
nl | Get the Courier Health newsletter every Thursday
nl | Sign up
cr | © 2024 Courier Media Group. All rights reserved.
""")

# 1.4 mental-health charity crisis page (helplines are the content)
add(1, r"""
sc | Skip to content
sc | Quick exit
sc | Donate
nav | Information and support
nav | Get involved
nav | News and campaigns
nav | About us
nav | Shop
nav | Home › Information and support › Urgent help
C | Need urgent help?
C | If you feel you might act on thoughts of ending your life, or you have already hurt yourself, you deserve help right now. You are not wasting anyone's time.
C | If your life is at risk now
C | Call 999 for an ambulance, or go to your nearest A&E.
C | If you can't keep yourself safe, tell someone who is with you, or ask the operator to send help to where you are.
C | If you need to talk to someone today
C | Samaritans – call 116 123 (free, 24 hours a day, every day of the year)
C | Shout – text SHOUT to 85258 for free, confidential support by text
C | NHS 111 – choose the mental health option to reach your local crisis team
C | Papyrus HOPELINE247 – call 0800 068 4141 if you are under 35
C | CALM – call 0800 58 58 58, 5pm to midnight, every day
C | Our own support line
C | Our information line is open Monday to Friday, 9am to 6pm (except bank holidays). It is not a crisis service, but we can help you find support in your area.
C | Call 0300 555 0172
C | Email info@mindline-support.example.org
C | If you are worried about someone else
C | Ask them directly whether they are thinking about suicide. Asking will not put the idea in their head, and many people feel relieved to be asked.
C | Stay with them if you can, move anything they could use to harm themselves out of reach, and help them contact one of the services above.
C | Things that might help right now
C | Slow your breathing: in for four, hold for two, out for six.
C | Go somewhere safe, such as a room with other people nearby.
C | Hold something cold, like an ice cube or a chilled can.
C | Remind yourself that this feeling, however strong, will pass.
sc | Find support near you
sc | Enter your postcode
sc | Search
by | Last reviewed: November 2023
sh | Share this page
nl | Stay in touch – get stories, news and ways to help in your inbox.
nl | Your email address
nl | Subscribe
ab | We're a charity supporting people across England and Wales to live well with mental health problems.
ab | Registered charity number 1098765. Company number 4389210.
nav | Contact us
nav | Privacy
nav | Terms of use
cr | © 2024 Mindline. All rights reserved.
""")

# ---------------------------------------------------------------- dump 2
# 2.1 government health page (chickenpox)
add(2, r"""
ck | Cookies on the HealthGov website
ck | We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics. We use this information to improve our site.
ck | Let us know if this is OK. We'll use a cookie to save your choice. You can read more about our cookies before you choose.
ck | I'm OK with analytics cookies
ck | Do not use analytics cookies
sc | Skip to main content
sc | HealthGov
sc | Search
nav | Health A to Z
nav | Live Well
nav | Mental health
nav | Care and support
nav | Pregnancy
nav | Home
nav | Health A to Z
C | Chickenpox
C | Chickenpox is a common illness that mainly affects children. It usually gets better by itself within 1 to 2 weeks.
C | Check if it's chickenpox
C | The main symptom is an itchy, spotty rash. It can appear anywhere on the body, including inside the mouth and around the genitals.
C | Spots appear in stages:
C | 1. Small spots appear. They can be raised, and pink, red or darker than the surrounding skin.
C | 2. The spots fill with fluid and become blisters. The blisters are very itchy and may burst.
C | 3. The spots form a scab. Some scabs are flaky, while others leak fluid.
C | Before or after the rash appears, you might also have:
C | a high temperature
C | aches and pains
C | loss of appetite
C | How to treat chickenpox yourself
C | Do
C | drink plenty of water to avoid dehydration
C | take paracetamol to help with pain and discomfort
C | cut your child's fingernails and put socks on their hands at night to stop scratching
C | use cooling creams or gels from a pharmacy
C | Don't
C | do not use ibuprofen unless advised to by a doctor, as it may cause serious skin infections
C | do not give aspirin to children under 16
C | do not go near newborn babies or people who are pregnant or have a weakened immune system
C | How long chickenpox is infectious
C | You're infectious from 2 days before the spots appear until they have all formed a scab, usually around 5 days after they first appeared.
C | Ask for an urgent GP appointment or call 111 if:
C | you're an adult and have chickenpox
C | the skin around the blisters is red, hot or painful
C | your child has chickenpox and is dehydrated
C | you're pregnant and have not had chickenpox before, and you've been near someone with it
C | Call 999 or go to A&E if:
C | your child has a rash that does not fade when you press a glass against it
C | you or your child is struggling to breathe
C | your child is unusually sleepy, confused or hard to wake
by | Page last reviewed: 12 June 2023
by | Next review due: 12 June 2026
sc | Is this page useful?
sc | Yes
sc | No
nav | Home
nav | Contact us
nav | Accessibility statement
nav | Our policies
nav | Cookies
cr | © Crown copyright
""")

# 2.2 same government site, second page (sore throat)
add(2, r"""
sc | Skip to main content
sc | HealthGov
sc | Search
nav | Health A to Z
nav | Live Well
nav | Mental health
nav | Care and support
nav | Pregnancy
nav | Home
nav | Health A to Z
C | Sore throat
C | Sore throats are very common and usually nothing to worry about. They normally get better by themselves within a week.
C | How you can treat a sore throat yourself
C | To help soothe a sore throat and shorten how long it lasts, you can:
C | gargle with warm salty water (adults only)
C | drink plenty of water
C | eat cool or soft foods
C | avoid smoking or smoky places
C | suck ice cubes, ice lollies or hard sweets – but do not give young children anything small and hard to suck
C | rest
C | A pharmacist can help with a sore throat
C | You can ask a pharmacist about ways of relieving the pain and discomfort of a sore throat, such as medicated lozenges, anaesthetic sprays, or paracetamol or ibuprofen.
C | If you have a sore throat and other symptoms such as a high temperature, you may be able to get treatment for strep throat from a pharmacy.
sc | Find a pharmacy
C | Non-urgent advice: See a GP if:
C | your sore throat does not improve after a week
C | you often get sore throats
C | you have a weakened immune system – for example, because of diabetes or chemotherapy
C | Immediate action required: Call 999 if:
C | you're having difficulty swallowing or breathing
C | you're drooling
C | you're making a high-pitched sound as you breathe (called stridor)
C | your symptoms are severe and getting worse quickly
by | Page last reviewed: 3 March 2024
by | Next review due: 3 March 2027
sc | Is this page useful?
sc | Yes
sc | No
nav | Home
nav | Contact us
nav | Accessibility statement
nav | Our policies
nav | Cookies
cr | © Crown copyright
""")

# 2.3 supplement shop product page
add(2, r"""
sc | FREE UK delivery on orders over £25 | Use code SPRING15 for 15% off
sc | VitaPantry
sc | Search products, brands and health goals
sc | Sign in
sc | Basket (0)
nav | Vitamins
nav | Minerals
nav | Sports Nutrition
nav | Herbal
nav | Kids
nav | Offers
nav | Home / Vitamins / Vitamin D / SunnyDay Vitamin D3 Gummies
C | SunnyDay Vitamin D3 1000 IU Gummies – Orange Flavour, 60 Gummies
A~product star rating | ★★★★☆ 4.3 (218 reviews)
A~product price | £9.99
sc | Was £12.49 – save £2.50
sc | Add to basket
sc | Add to wishlist
sc | In stock – order within 3 hrs 12 mins for next-day delivery
art | Loading…
C | Chewable vitamin D3 gummies with a natural orange flavour, made for adults who would rather not swallow tablets. Each gummy provides 25 µg (1000 IU) of vitamin D3.
C | Vitamin D contributes to the maintenance of normal bones, teeth and muscle function, and to the normal function of the immune system.
C | Key features
C | 1000 IU vitamin D3 per gummy
C | Suitable for vegetarians
C | Gelatine-free, made with pectin
C | No artificial colours
C | Directions
C | Adults: chew one gummy a day. Do not exceed the stated dose.
C | Nutrition information
C | Per gummy
C | %NRV*
C | Vitamin D3 (as cholecalciferol)
C | 25 µg (1000 IU)
C | 500%
C | *NRV = Nutrient Reference Value
C | Ingredients
C | Glucose syrup, sugar, water, pectin, citric acid, natural orange flavouring, colour (paprika extract), coconut oil, carnauba wax, cholecalciferol.
C | Warnings
C | Food supplements should not be used as a substitute for a varied, balanced diet and a healthy lifestyle. Keep out of reach of young children. If you are pregnant, breastfeeding or taking medication, speak to your doctor before use.
dis | Information on this page is for guidance only. Always read the label before use. Product packaging may change.
cm | Customer reviews
cm | ★★★★★ Tastes like a sweet, not a vitamin
cm | My teenage son actually takes these every morning without me nagging. Great value too.
cm | Jo, Bristol – Verified buyer – 02/03/2024
cm | ★★☆☆☆ Too sugary for me
cm | They do taste nice but there is quite a bit of sugar per gummy. I've gone back to the tablets.
cm | Dev P. – Verified buyer – 18/02/2024
cm | Show all 218 reviews
nav | Customers also bought
nav | SunnyDay Vitamin D3 + K2 Tablets, 90 Tablets – £11.49
nav | Omega-3 Fish Oil 1000mg, 120 Capsules – £8.99
nav | Magnesium Citrate 200mg, 60 Tablets – £7.49
nl | Join VitaPantry Rewards and get 10% off your first order
nl | Enter your email
sc | Delivery & returns
sc | Help centre
cr | © 2024 VitaPantry Ltd. Registered in England No. 08812345.
""")

# 2.4 dental practice service page
add(2, r"""
sc | Call us: 020 7946 0321
sc | Book online
nav | Home
nav | Treatments
nav | Fees
nav | Meet the team
nav | New patients
nav | Contact
nav | Home › Treatments › Cosmetic › Teeth whitening
C | Teeth whitening in Clapham
C | Professional whitening can lighten natural teeth by several shades. At Maple Lane Dental, every whitening course starts with a check-up, because whitening only works on healthy teeth and gums.
C | Who is whitening suitable for?
C | Whitening works best on teeth that have yellowed with age or been stained by tea, coffee, red wine or smoking. It will not change the colour of crowns, veneers or white fillings, so you may need these replaced afterwards to match.
C | We do not offer whitening to anyone under 18, during pregnancy or breastfeeding, or to patients with untreated decay or gum disease.
C | How it works
C | 1. Consultation: we check your teeth, discuss what shade you can realistically expect, and take photos.
C | 2. Impressions: we scan your teeth to make thin, custom-fitted trays.
C | 3. Home whitening: you wear the trays with a mild peroxide gel for 1 to 2 hours a day, usually for 2 weeks.
C | 4. Review: we check your results and your gums after the course.
C | Is it safe?
C | When it is carried out or prescribed by a registered dentist, whitening is safe for most people. Some patients notice their teeth feel sensitive to cold during the course. This usually settles within a few days of stopping.
C | Whitening kits sold by beauty salons or online may contain bleach at levels that are illegal in the UK and can burn the gums.
C | Fees
C | Home whitening (trays and gel) – £345
C | In-surgery whitening session – £495
C | Top-up gel (4 syringes) – £40
C | 0% finance available on treatments over £500.
cm | What our patients say
cm | "I've been self-conscious about my smile for years. Dr Okoro explained everything and the results are really natural." – Priya, Google review
cm | ★★★★★ "Friendly team, no hard sell. My teeth were sensitive for a couple of days but it was worth it." – Tom H.
sc | Book your whitening consultation – £60, redeemable against treatment
sc | Book now
nav | Related treatments
nav | Composite bonding
nav | Porcelain veneers
nav | Hygienist appointments
sc | Maple Lane Dental, 14 Maple Lane, London SW4 9HT
sc | Mon–Thu 8am–7pm · Fri 8am–5pm · Sat 9am–2pm
sc | 020 7946 0321 · hello@maplelanedental.example.co.uk
ab | Maple Lane Dental is registered with the Care Quality Commission. All our dentists are registered with the General Dental Council.
nav | Privacy policy
nav | Complaints
cr | © 2024 Maple Lane Dental Ltd
""")

# ---------------------------------------------------------------- dump 3
# 3.1 fitness / diet blog with recipe
add(3, r"""
sc | Fit Fuel Kitchen
nav | Recipes
nav | Workouts
nav | Meal plans
nav | About Lauren
nav | Shop my favourites
sc | Jump to Recipe
sc | Print Recipe
dis | This post may contain affiliate links. If you buy through them I may earn a small commission at no extra cost to you.
C | High-Protein Banana Oat Muffins (No Added Sugar)
by | Lauren Briggs · Updated January 22, 2024 · 47 comments
sh | Pin it
sh | Share
sh | Tweet
C | These muffins have become my go-to breakfast on heavy training days. They're sweetened only with very ripe bananas, use Greek yogurt and a scoop of protein powder, and come out soft rather than rubbery, which is the usual problem with "protein" baking.
C | Each muffin has about 9 g of protein and 150 calories, so two of them with a piece of fruit make a decent post-workout breakfast.
C | Why you'll love them
C | They freeze well for up to 3 months.
C | One bowl, no mixer needed.
C | Easy to make gluten-free if you use certified oats.
C | A quick note on protein powder
C | Whey gives the softest texture. Plant-based powders soak up more liquid, so add an extra 2 tablespoons of milk if the batter looks stiff.
A~first-person blogger aside | Honestly, I've tested this recipe about fifteen times, and my kids still ask for them every weekend.
sc | Advertisement
art | [adthrive-in-post-video-player video-id="xK29fQ" upload-date="2023-11-02"]
nl | Want more easy high-protein recipes? Get my free 7-day breakfast plan straight to your inbox!
nl | First name
nl | Email
nl | Send me the plan
C | High-Protein Banana Oat Muffins
A~recipe card rating | ★★★★★ 4.8 from 126 votes
C | Prep Time: 10 mins
C | Cook Time: 20 mins
C | Servings: 12 muffins
C | Ingredients
C | 3 very ripe bananas
C | 2 large eggs
C | 150 g plain Greek yogurt
C | 200 g rolled oats, blended into flour
C | 30 g vanilla protein powder
C | 1 tsp baking powder
C | ½ tsp cinnamon
C | 60 g dark chocolate chips (optional)
C | Instructions
C | 1. Heat the oven to 180°C (160°C fan) and line a 12-hole muffin tin with paper cases.
C | 2. Mash the bananas in a large bowl, then whisk in the eggs and yogurt.
C | 3. Stir in the oat flour, protein powder, baking powder and cinnamon until just combined.
C | 4. Fold in the chocolate chips, then divide the batter between the cases.
C | 5. Bake for 18 to 20 minutes, until a skewer comes out clean. Cool in the tin for 10 minutes.
C | Nutrition (per muffin)
C | Calories: 152
C | Protein: 9 g
C | Carbohydrates: 21 g
C | Fat: 4 g
C | Fibre: 3 g
dis | Nutrition information is an estimate calculated with an online tool and will vary with the brands you use.
sc | Did you make this recipe? Tag @fitfuelkitchen on Instagram!
bio | Hi, I'm Lauren! I'm a personal trainer and mum of two, sharing simple, high-protein food that fits around real life. Read more about me here.
nav | You might also like
nav | Chocolate Protein Overnight Oats
nav | 5-Ingredient Peanut Butter Energy Balls
nav | Savoury Cottage Cheese Breakfast Bowl
cm | 47 Comments
cm | Rachel – January 28, 2024 at 9:15 am
cm | Made these with pea protein and added the extra milk like you said. Perfect! Mine took 22 minutes.
cm | Reply
cm | Lauren – January 28, 2024 at 1:02 pm
cm | So glad they worked with pea protein, Rachel!
sc | Leave a Reply
sc | Your email address will not be published. Required fields are marked *
cr | © 2024 Fit Fuel Kitchen · Privacy · Disclosures
""")

# 3.2 patient story on a hospital charity site
add(3, r"""
sc | Donate now
nav | How we help
nav | Patient stories
nav | Fundraise
nav | Leave a gift in your will
nav | About the charity
nav | Home / Patient stories / Mateo's story
C | "The nurses gave us our son back": Mateo's story
by | 5 min read · Posted 2 March 2024
C | Mateo was seven weeks old when his mum, Carla, noticed he was struggling to finish his feeds. He was breathing fast, sweating and falling asleep at the bottle.
C | "Everyone said babies can be fussy feeders, and I wanted to believe that," Carla says. "But something in me knew it wasn't right."
C | At a routine check, a health visitor heard a heart murmur and sent the family straight to their local hospital. Within hours, a scan showed a large hole between the two pumping chambers of Mateo's heart, known as a ventricular septal defect.
C | He was transferred to the children's heart unit at Kingsbridge Hospital, where surgeons closed the hole in a three-hour operation when he was ten weeks old.
A~photo caption in a patient story | Mateo, now three, with cardiac nurse specialist Abi Hughes at his annual check-up.
C | The days after surgery were the hardest of Carla's life. "Seeing him with all those tubes was awful. But the nurses explained every beep and every number. They made me feel like his mum again, not just a visitor."
C | The family stayed at the charity's Home from Home flat, a two-minute walk from the ward, for the 16 days Mateo was in hospital.
C | "Without the flat we'd have been sleeping in the car park. We live two hours away and we have another child. Being close meant we could take turns sleeping and still be there for every ward round."
C | Mateo is now a busy three-year-old who loves dinosaurs and football. He will have check-ups every year, but his doctors expect him to lead a full, active life.
C | Carla and her partner have since raised more than £4,000 for the charity by running the Kingsbridge half marathon.
C | "If our story makes one family feel less alone, it's worth telling," she says.
sc | £25 could pay for a family to stay one night in our Home from Home flats.
sc | Give today
sh | Share Mateo's story
sh | Facebook
sh | WhatsApp
sh | Copy link
sc | Has the hospital helped your family? Share your story with us.
nav | More patient stories
nav | Ruby's story: learning to walk again after a brain tumour
nav | "We'll never forget the night team" – the Patel family
nav | Finley's first Christmas at home
ab | Kingsbridge Hospital Charity raises money for equipment, research and family support that go beyond what the NHS can fund.
ab | Registered charity no. 1187654
nav | Contact us
nav | Privacy and cookies
nav | Fundraising promise
cr | © 2024 Kingsbridge Hospital Charity
""")

# 3.3 symptom checker intro page
add(3, r"""
sc | CareCompass
nav | Symptom checker
nav | Find a doctor
nav | Health library
nav | For business
sc | Sign in
sc | Get the app
C | Check your symptoms
C | Answer a few questions about how you feel and we'll suggest what to do next, whether that's looking after yourself at home, speaking to a pharmacist, booking a GP appointment or getting urgent care.
C | If you have any of these, call 999 now:
C | chest pain or pressure that spreads to your arm, jaw, neck or back
C | sudden weakness or drooping on one side of the face or body
C | severe difficulty breathing
C | heavy bleeding that won't stop
C | a seizure that lasts more than 5 minutes
C | How it works
C | 1. Tell us who the check is for and their age.
C | 2. Pick your main symptom, like headache, rash or stomach pain.
C | 3. Answer questions about how long you've had it and how bad it is.
C | 4. Get advice on how urgently to seek care and where to go.
C | It takes about 5 minutes. You don't need to create an account.
sc | Start symptom check
C | Who can use it
C | The checker is designed for people aged 16 and over, or for parents and carers checking on behalf of a child aged 2 or older. It is not suitable for babies under 2 or for checking symptoms in pregnancy.
dis | The symptom checker does not give a diagnosis and is not a substitute for professional medical advice. If you are worried about your health, contact a doctor.
dis | CareCompass Symptom Checker is a Class I medical device under UK MDR 2002. Read our intended use statement.
cm | "It told me to see a pharmacist instead of waiting a week for the GP. Sorted in an hour." – app user, 2024
sc | Rated 4.6 on the App Store
nav | Popular symptom guides
nav | Headache
nav | Sore throat
nav | Back pain
nav | Stomach ache
nav | Rash in children
ck | We use cookies to give you the best experience and to understand how our symptom checker is used. See our Cookie Policy.
ck | Accept
ck | Settings
ab | CareCompass Health Ltd is registered in England and Wales (No. 11223344) and regulated by the Care Quality Commission for online GP services.
cr | © 2024 CareCompass Health Ltd
""")

# 3.4 pharmacy service page (flu vaccination)
add(3, r"""
sc | Stores
sc | My account
sc | Basket
nav | Health
nav | Beauty
nav | Baby
nav | Pharmacy
nav | Prescriptions
nav | Offers
nav | Pharmacy services > Vaccinations > Flu jab
C | Flu vaccination
C | Protect yourself this winter with a quick flu jab from one of our pharmacists. No GP appointment needed.
C | From £16.99
C | Free for eligible adults
sc | Book a flu jab
sc | Find your nearest store
C | Who can get a free flu jab?
C | You can have your flu vaccine free of charge if you:
C | are aged 65 or over (or will be by 31 March)
C | are pregnant
C | have a long-term health condition such as diabetes, asthma, COPD or heart disease
C | are a main carer for an older or disabled person
C | live with someone who has a weakened immune system
C | If you don't qualify for a free vaccine, you can still get one privately.
C | What happens at your appointment
C | 1. The pharmacist will ask some questions about your health and any allergies.
C | 2. You'll have the injection in your upper arm. It only takes a few seconds.
C | 3. You may be asked to wait 15 minutes before leaving.
C | The whole appointment usually takes around 10 to 15 minutes. Wear a top that lets you roll your sleeve up easily.
C | Side effects
C | Most side effects are mild and last a day or two:
C | a sore arm where the needle went in
C | a slightly raised temperature
C | aching muscles
C | You cannot catch flu from the flu jab.
C | Who should not have it
C | Tell the pharmacist if you have ever had a serious allergic reaction to a vaccine or to eggs, or if you are unwell with a high temperature on the day.
dis | Service available in selected stores, subject to availability and pharmacist eligibility assessment. Ages 18+ (2+ for the nasal spray at selected stores).
A~service rating widget | ★★★★★ 4.9 out of 5 – based on 12,480 customer reviews
cm | "In and out in ten minutes, and the pharmacist was lovely." – Margaret, Leeds
nav | Other vaccinations
nav | COVID-19 booster
nav | Travel vaccinations
nav | Chickenpox vaccine
nav | Shingles vaccine
sc | Store opening times vary. Check store finder for details.
ab | Healthwise Pharmacy is registered with the General Pharmaceutical Council. Superintendent Pharmacist: Jane Morrow, GPhC reg. 2045678.
nl | Sign up to our emails for offers, health tips and early access to sales.
sh | Follow us
sh | Facebook · Instagram · TikTok · YouTube
cr | © 2024 Healthwise Retail Ltd. All rights reserved.
""")

# ---------------------------------------------------------------- dump 4
# 4.1 health insurer page about a procedure
add(4, r"""
sc | Personal
sc | Business
sc | Intermediaries
sc | Member log in
sc | Get a quote
nav | Health insurance
nav | Dental insurance
nav | Travel insurance
nav | Making a claim
nav | Health hub
nav | Home › Health insurance › What we cover › Cataract surgery
C | Cataract surgery: what your health insurance covers
C | Cataracts are cloudy patches in the lens of the eye that make your sight blurry or misty. They are very common as we get older, and surgery to replace the cloudy lens with a clear artificial one is one of the most frequently performed operations.
C | Is cataract surgery covered?
C | If you have our Core or Complete plan, cataract surgery is usually covered as a planned (elective) procedure, as long as the cataract started after your cover began and is not excluded by your underwriting terms.
C | Your cover typically includes:
C | the consultation with your eye surgeon
C | pre-operative measurements and scans
C | the operation, including a standard monofocal lens implant
C | follow-up appointments for up to 6 weeks after surgery
C | What isn't covered
C | premium lenses, such as multifocal or toric lenses, unless your surgeon confirms they are medically necessary
C | glasses or contact lenses after surgery
C | laser eye surgery to correct vision
C | How to claim in 4 steps
C | 1. See your optician or GP and ask for a referral to an ophthalmologist.
C | 2. Call us or use the member app to get your claim pre-authorised before you book.
C | 3. Choose a consultant and hospital from our Approved Network.
C | 4. We'll settle the bill directly with the hospital. You pay only your excess, if you have one.
C | Frequently asked questions
C | Do I need to wait until my cataract is "ripe"?
C | No. Surgeons now operate when a cataract is affecting everyday life, such as driving, reading or working, rather than waiting for it to become dense.
C | Will both eyes be done at the same time?
C | Usually not. Most people have the second eye treated a few weeks after the first, so the first eye can settle.
C | How long does recovery take?
C | Most people notice clearer vision within a few days. You'll use eye drops for about 4 weeks and should avoid swimming and heavy lifting for the first couple of weeks.
dis | Cover depends on your policy and underwriting terms. Always check your policy documents or call us before arranging treatment.
sc | Existing member? Call 0345 600 7182 to start a claim. Lines open Monday to Friday 8am–8pm, Saturday 9am–1pm.
sc | Not a member yet? Get a quote in 5 minutes
sc | Get a quote
nav | You may also be interested in
nav | Hip and knee replacement: what's covered
nav | How our Approved Network works
nav | Understanding your excess
sc | Trustpilot Excellent 4.5 out of 5 based on 24,311 reviews
ab | Evercare Health Insurance is a trading name of Evercare Insurance Ltd, which is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 299871).
ab | Registered in England No. 2234876. Registered office: 1 Harbour Square, Bristol BS1 6QT.
nav | Legal
nav | Accessibility
nav | Cookie settings
cr | © Evercare Insurance Ltd 2024
""")

# 4.2 "contact the ward" page: contact details are the content
add(4, r"""
sc | Skip to content
sc | Text only
sc | A A A
sc | Westmoor Teaching Hospitals NHS Trust
nav | Patients and visitors
nav | Services
nav | Our hospitals
nav | Get involved
nav | Careers
nav | Home › Our hospitals › Westmoor Royal Infirmary › Wards › Ward 22 (Stroke Unit)
C | Ward 22 – Acute Stroke Unit
C | Ward 22 is a 28-bed acute stroke unit caring for patients in the first days and weeks after a stroke. The team includes stroke nurses, doctors, physiotherapists, occupational therapists, speech and language therapists and dietitians.
C | Contact the ward
C | Nurses' station (bays A–C): 0113 496 0722
C | Nurses' station (bays D–F): 0113 496 0723
C | Ward manager: Sister Fiona Adeyemi – 0113 496 0730
C | Stroke discharge coordinator: 0113 496 0741 (Monday to Friday, 8am–4pm)
C | To help our nurses care for patients, we ask that one family member calls for updates and shares the news with others. Please avoid calling during the 7.30am and 7.30pm handovers.
C | Where to find us
C | Ward 22, Level 3, Brunswick Building
C | Westmoor Royal Infirmary
C | Infirmary Street
C | Westmoor LS9 4TF
C | Use the Brunswick Building entrance off Dene Road. The nearest car park is Car Park D, which has 20 Blue Badge spaces next to the entrance.
C | Visiting times
C | 2pm to 8pm every day
C | A maximum of 2 visitors per bed at any one time
C | Children under 12 are welcome when accompanied by an adult
C | Protected mealtimes: 12pm to 1pm and 5pm to 6pm. During these times, only visitors who help a patient to eat are asked to stay.
C | What to bring for your relative
C | nightwear, day clothes and comfortable shoes with a back
C | glasses, hearing aids and dentures, labelled with their name
C | a phone charger
C | If you think someone is having a stroke, don't call the ward. Call 999 immediately. Remember FAST: Face drooping, Arm weakness, Speech difficulty – Time to call 999.
sc | Patient Advice and Liaison Service (PALS): 0113 496 0100
nav | Other wards at Westmoor Royal Infirmary
nav | Ward 21 – Neurology
nav | Ward 23 – Elderly care
nav | Stroke rehabilitation unit (Moorfield Hospital)
by | Last updated 7 May 2024
sc | Westmoor Royal Infirmary, Infirmary Street, Westmoor LS9 4TF · Main switchboard 0113 496 0000
nav | Freedom of information
nav | Privacy
nav | Accessibility
cr | © 2024 Westmoor Teaching Hospitals NHS Trust
""")

# 4.3 US drug information page
add(4, r"""
sc | RxAtlas
sc | Search drugs, conditions, pill images
nav | Drugs A-Z
nav | Pill Identifier
nav | Interactions Checker
nav | News
nav | Pro Edition
nav | Drugs A-Z › Metformin
C | Metformin
C | Generic name: metformin hydrochloride [ met-FOR-min-hye-droe-KLOR-ide ]
C | Brand names: Glucophage, Glumetza, Riomet, Fortamet
C | Drug class: Biguanides
by | Medically reviewed by Daniel Kim, PharmD. Last updated on Jan 4, 2024.
nav | Uses
nav | Warnings
nav | Before taking
nav | Dosage
nav | Side effects
nav | Interactions
C | What is metformin?
C | Metformin is an oral diabetes medicine that helps control blood sugar levels. It lowers the amount of glucose your liver releases and helps your body respond better to its own insulin.
C | Metformin is used together with diet and exercise to improve blood sugar control in adults and children 10 years and older with type 2 diabetes mellitus.
C | Warnings
C | You should not use metformin if you have severe kidney disease or diabetic ketoacidosis.
C | Lactic acidosis is a rare but serious side effect. Get emergency medical help if you have unusual muscle pain, feel cold, have trouble breathing, feel dizzy, tired or very weak, or have stomach pain with vomiting or a slow heart rate.
sc | Advertisement
C | Before taking this medicine
C | Tell your doctor if you have ever had:
C | kidney disease
C | liver disease
C | heart failure
C | a history of alcohol abuse
C | If you need surgery or an x-ray or CT scan using a dye injected into your veins, you may need to stop taking metformin for a short time.
C | Usual adult dose for type 2 diabetes
C | Immediate-release: 500 mg orally twice a day or 850 mg orally once a day with meals
C | Extended-release: 500 mg to 1000 mg orally once a day with the evening meal
C | Maximum dose: 2550 mg per day (immediate-release); 2000 mg per day (extended-release)
C | Metformin side effects
C | Common side effects may include:
C | diarrhea
C | nausea, vomiting
C | gas, bloating
C | a metallic taste in the mouth
C | weakness
C | Call your doctor for medical advice about side effects. You may report side effects to FDA at 1-800-FDA-1088.
sc | Drug Interactions Checker – check for interactions with metformin
nav | Frequently asked questions
nav | Does metformin cause weight loss?
nav | Why should you not lie down after taking metformin?
nav | Can metformin be taken at night?
nav | Related/similar drugs
nav | Ozempic · Jardiance · Trulicity · Januvia · glipizide
dis | Medical Disclaimer: Every effort has been made to ensure that the information provided is accurate, up-to-date, and complete, but no guarantee is made to that effect. This material is provided for educational purposes only and is not intended for medical advice, diagnosis or treatment.
cr | Copyright 1996-2024 RxAtlas.com. Some portions of the patient information are copyright Cerulean Drug Data Inc. and used under licence.
nav | About
nav | Editorial policy
nav | Advertising policy
nav | Privacy
""")

# 4.4 local health news article
add(4, r"""
sc | Valley Post
sc | Subscribe – $1 for 6 months
sc | Log in
nav | Local
nav | Health
nav | Politics
nav | Sports
nav | Obituaries
nav | E-Edition
nav | HEALTH
C | Measles case confirmed at Redfield elementary school; officials urge families to check vaccination records
by | By Marcus Oyelaran | moyelaran@valleypost.example.com
by | Published: May 14, 2024 at 4:12 p.m. | Updated: May 15, 2024 at 9:30 a.m.
sh | Share
sh | Facebook
sh | Twitter
sh | Email
A~photo caption in a news article | A nurse prepares a dose of the MMR vaccine at a county health clinic in Redfield on Tuesday. (Jenna Ruiz / Valley Post)
C | A student at Redfield Elementary School has tested positive for measles, the first confirmed case in Harlan County since 2019, public health officials said Tuesday.
C | The county health department said anyone who was at the school on May 6, 7 or 8 may have been exposed. Staff are contacting families of children who are not fully vaccinated.
C | "Measles is one of the most contagious diseases we know of. About nine in 10 unvaccinated people who are exposed will catch it," said Dr. Lena Fowler, the county's public health officer.
C | "The good news is that two doses of the MMR vaccine are about 97% effective. If your child has had both doses, they are very well protected."
sc | ADVERTISEMENT
art | ▲
C | Symptoms usually begin 7 to 14 days after exposure with a high fever, cough, runny nose and red, watery eyes. A rash of flat red spots typically appears three to five days later, starting at the hairline and spreading down the body.
C | Officials asked anyone who develops symptoms to call their doctor or an urgent care clinic before arriving, so staff can keep them away from other patients.
nav | RELATED: What parents should know about school vaccine exemptions
C | Vaccination rates among kindergartners in the county have dropped from 95% to 89% over five years, according to state data, below the level experts say is needed to stop outbreaks.
C | Free MMR shots are available at the county clinic at 410 Main Street on weekdays from 8 a.m. to 4:30 p.m. No appointment is necessary.
C | Parent Kayla Mendes said she learned about the case from a school email on Monday night. "My youngest is only 11 months, so she's too young for the shot. We're keeping her home for now," she said.
sc | Get breaking news alerts on your phone. Download the Valley Post app.
bio | Marcus Oyelaran covers health and the environment for the Valley Post. He joined the newsroom in 2021 after four years at the Lakeshore Tribune.
nav | Tags: Measles · Vaccines · Redfield · Schools
nav | Most Read
nav | 1. Redfield council approves new downtown parking rules
nav | 2. High school seniors honored at annual scholarship night
nav | 3. Road closures planned on Route 9 this weekend
nl | Sign up for The Morning Briefing, delivered to your inbox every weekday.
sc | Report an error
sc | Submit a news tip
cr | © 2024 Valley Post Media, LLC. All rights reserved.
""")

# ---------------------------------------------------------------- dump 5
# 5.1 mental-health charity information page (not a crisis page; the
#     site-wide helpline banner is furniture here)
add(5, r"""
sc | In crisis? Call Samaritans free on 116 123 or text SHOUT to 85258
sc | Quick exit
nav | Types of mental health problems
nav | Treatments
nav | Helping someone else
nav | Your stories
nav | Donate
nav | Home › Types of mental health problems › Anxiety › Panic attacks
C | Panic attacks
C | This page explains what panic attacks are, why they happen and what you can do to cope with them, both during an attack and in the longer term.
by | Written by our information team with people who have lived experience of panic. Last reviewed: August 2023.
C | What is a panic attack?
C | A panic attack is a sudden rush of intense fear and physical symptoms. It usually peaks within 10 minutes and passes within 20 to 30 minutes, although it can feel much longer at the time.
C | During a panic attack you might notice:
C | a racing or pounding heartbeat
C | feeling faint, dizzy or light-headed
C | shortness of breath or a choking feeling
C | tingling fingers or lips
C | a feeling that you are losing control or going to die
C | Panic attacks are frightening, but they are not dangerous and cannot hurt you.
C | What can I do during a panic attack?
C | 1. Remind yourself that it will pass and you are not in danger.
C | 2. Breathe slowly and deeply. Try breathing in through your nose for a count of 4, then out through your mouth for a count of 6.
C | 3. Stamp on the spot or press your feet firmly into the floor to ground yourself.
C | 4. Focus on something you can see, hear or touch, such as the texture of your sleeve.
C | "The first time it happened I was convinced I was having a heart attack. Knowing what it was made the next ones less terrifying." – Jamal, 29
C | When to get help
C | Speak to your GP if you have panic attacks often, or if fear of having another one stops you from going out or doing things you enjoy. Talking therapies such as CBT can help a lot, and you can often refer yourself.
C | If you have chest pain and are not sure whether it is a panic attack, call 999 or go to A&E, especially if you have never had a panic attack before.
sh | Share
sc | Print
sc | Download as PDF
sc | This information is free because of supporters like you. Please donate today.
sc | Donate £5
nav | Related pages
nav | Anxiety and panic: self-care tips
nav | Talking therapies explained
nav | Agoraphobia
dis | This information is for general guidance and is not a substitute for advice from a health professional.
ref | References and bibliography available on request.
ab | Mindful Steps is a registered charity in England and Wales (1123456) and Scotland (SC045678).
cr | © 2024 Mindful Steps
""")

# 5.2 US government health page (ticks and Lyme disease)
add(5, r"""
sc | An official website of the United States government
sc | Here's how you know
sc | National Center for Vector-Borne Health
sc | Search
nav | Lyme Disease
nav | About Lyme Disease
nav | Preventing Tick Bites
nav | Signs and Symptoms
nav | Testing and Diagnosis
nav | For Health Care Providers
C | Preventing Tick Bites
nav | On This Page
nav | Before you go outdoors
nav | After you come indoors
nav | Removing a tick
C | Before you go outdoors
C | Ticks live in grassy, brushy, or wooded areas, and even on animals. Spending time outside walking your dog, camping, gardening, or hunting could bring you in close contact with ticks.
C | Treat clothing and gear with products containing 0.5% permethrin.
C | Use EPA-registered insect repellents containing DEET, picaridin, IR3535, or oil of lemon eucalyptus. Always follow product instructions.
C | Walk in the center of trails and avoid high grass and leaf litter.
C | After you come indoors
C | Check your clothing for ticks. Tumble dry clothes on high heat for 10 minutes to kill ticks on dry clothing.
C | Shower within two hours of coming indoors.
C | Check your body for ticks, including:
C | under the arms
C | in and around the ears
C | inside the belly button
C | behind the knees
C | around the waist
C | in and around the hair
C | Removing a tick
C | 1. Use clean, fine-tipped tweezers to grasp the tick as close to the skin's surface as possible.
C | 2. Pull upward with steady, even pressure. Don't twist or jerk the tick.
C | 3. After removing the tick, clean the bite area and your hands with rubbing alcohol or soap and water.
C | Avoid folklore remedies such as painting the tick with nail polish or using heat to make it detach from the skin.
C | If you develop a rash or fever within several weeks of removing a tick, see your health care provider and tell them about the bite.
nav | Related Pages
nav | Tick-borne Diseases of the United States
nav | Lyme Disease Rashes
art | {{ feedback.title }}
by | Last Reviewed: June 3, 2024
ab | Source: National Center for Vector-Borne Health, Division of Tick-Borne Diseases
sh | Facebook
sh | LinkedIn
sh | Email
sc | Contact Us: Call 800-555-0199 or email us. Hours: 8am-8pm ET, Monday-Friday.
nav | About Us
nav | Policies
nav | FOIA
nav | No FEAR Act
nav | USA.gov
""")

# 5.3 private maternity unit page (Australian style)
add(5, r"""
sc | St Brigid's Private Hospital
sc | Find a doctor
sc | Pay an account
sc | (03) 9555 0140
nav | Our services
nav | Maternity
nav | Patients & visitors
nav | Careers
nav | Home / Our services / Maternity / Having your baby with us
C | Having your baby at St Brigid's
C | Our maternity unit delivers around 2,400 babies each year. You'll be cared for by your own obstetrician throughout your pregnancy, with our midwives supporting you during labour and after the birth.
C | Booking in
C | Once you've chosen an obstetrician, they will send us your booking forms. Please complete your online admission by 20 weeks of pregnancy so we can reserve your place.
sc | Complete your online admission
C | Our facilities
C | 8 birthing suites, 4 with birth baths
C | Private postnatal rooms with ensuite and double bed for your partner
C | Special Care Nursery for babies born from 32 weeks
C | 24/7 anaesthetic cover for epidurals and caesarean births
C | Most mothers stay 3 nights after a vaginal birth and 4 to 5 nights after a caesarean.
C | Antenatal classes
C | Preparing for Birth – Saturday, 9am to 4pm
C | Breastfeeding Essentials – Tuesday evening, 6.30pm to 8.30pm
C | Caesarean birth information session – online, monthly
C | Classes are $260 per couple and can be booked from 16 weeks.
C | What to pack for hospital
C | your Medicare card, health fund card and pregnancy record
C | comfortable clothes and maternity pads
C | 6 to 8 baby singlets and onesies
C | an approved baby capsule fitted in your car before you go home
A~team listing on a service page | Meet our midwifery unit managers: Kerry-Anne Walsh, RM, and Sofia Dimitriou, RM, IBCLC
C | When to come to hospital
C | Call the Birth Suite on (03) 9555 0188 if your waters break, you have regular contractions, you notice bleeding, or your baby is moving less than usual. Midwives are available 24 hours a day.
cm | "From the midwives to the kitchen staff, everyone was so kind. I couldn't have asked for a better start." – Hannah, mum to Isla
sc | Book a maternity tour
nav | Maternity FAQs
nav | Health fund information
nav | Find an obstetrician
ab | St Brigid's Private Hospital is a not-for-profit Catholic healthcare service. We acknowledge the Wurundjeri people as the Traditional Custodians of the land on which we work.
sc | 25 Hillcrest Road, Kew VIC 3101
cr | © 2024 St Brigid's Health Ltd ABN 12 345 678 901
""")

# 5.4 newspaper "ask the doctor" column
add(5, r"""
sc | THE WEEKEND REVIEW
nav | Home
nav | Lifestyle
nav | Health
nav | Travel
nav | Puzzles
nav | Lifestyle › Health › Ask the Doctor
C | Ask the Doctor: Why do my legs jump at night just as I'm falling asleep?
by | Dr Rosalind Kerr
by | Saturday 11 May 2024 · 4 min read
C | Q: For the past few months, just as I'm drifting off, my legs feel crawly and I have to move them. Sometimes they jerk so hard I wake my wife. I'm 62 and otherwise healthy. Is this something serious? – Gerald, Swansea
C | A: What you describe sounds very much like restless legs syndrome. It is common, affecting as many as one in ten adults at some point, and it tends to become more frequent with age.
C | The key features are an urge to move the legs, usually with an uncomfortable sensation, that comes on at rest, is worse in the evening and is eased by moving. The jerks your wife notices may be periodic limb movements, which often go hand in hand with it.
C | In most people no cause is found, but it is worth asking your GP for a blood test, because low iron stores are a well-known and treatable trigger. A ferritin level below 75 µg/L is often enough to cause symptoms, even if you are not anaemic.
C | Certain medicines, including some antidepressants and antihistamines, can make things worse, so bring a list of everything you take.
C | Simple measures help many people: cutting down on caffeine and alcohol in the evening, a warm bath, and gentle calf stretches before bed. If these don't work, there are prescription treatments your GP can discuss.
C | If you ever notice weakness or numbness in a leg that does not go away, that is a different matter and should be checked promptly.
sc | Have a question for Dr Kerr? Email askthedoctor@weekendreview.example.co.uk. She regrets she cannot reply personally.
dis | Dr Kerr's advice is general in nature. Please consult your own doctor about any health concerns.
bio | Dr Rosalind Kerr is a GP in Cardiff with 25 years' experience. Her column appears every Saturday.
nav | More from Ask the Doctor
nav | Is it safe to take statins and grapefruit?
nav | My eyelid keeps twitching – should I worry?
sh | Share this article
sh | Copy link
cm | Comments are closed for this article.
cr | © The Weekend Review 2024
""")

# 5.5 patient forum thread (posts are the content; post furniture is not)
add(5, r"""
sc | ThyroidTalk Community
sc | Log in
sc | Register
nav | Forums
nav | New posts
nav | Members
nav | Forums › Living with hypothyroidism › Medication questions
C | Levothyroxine with coffee – how long do you really wait?
by | Started by pennyw · 12 Mar 2024
C | My GP said to take levo on an empty stomach and wait before breakfast, but didn't say how long. I really struggle without my morning coffee. What do you all do?
by | quietfern · Member since 2019 · 2,341 posts
C | Pharmacist told me at least 30 minutes, ideally 60. Coffee is one of the things that can reduce how much you absorb, so I take mine at 6am and have coffee at 7.
sc | Like · Quote · Reply
by | DaveInLeeds · 12 Mar 2024
C | I switched to taking it at bedtime, at least 3 hours after dinner. My endo was fine with it as long as I stuck to the same time every day. Levels have been stable for 2 years.
bio | Diagnosed 2015 · 125 mcg levothyroxine · Hashimoto's
sc | Like · Quote · Reply
by | pennyw · 13 Mar 2024
C | Thanks both, bedtime sounds easier for me. I'll ask about getting my levels checked in 6 to 8 weeks after switching.
sc | Like · Quote · Reply
sc | You must log in or register to reply here.
dis | Posts on this forum are the opinions of members and are not medical advice. Always speak to your doctor or pharmacist before changing how you take a medicine.
nav | Similar threads
nav | Brain fog on T4 only?
nav | Taking iron and levo at the same time
nav | Terms and rules
nav | Privacy policy
cr | Community platform by Xenforo® © 2010-2024 XenForo Ltd.
""")

# ---------------------------------------------------------------- dump 6
# 6.1 online pharmacy product page (OTC antihistamine)
add(6, r"""
sc | UK registered pharmacy · Discreet packaging · Free delivery over £30
sc | ChemistDirect
sc | Search for a product or condition
sc | Account
sc | Basket
nav | Allergy & Hay fever
nav | Pain relief
nav | Cold & Flu
nav | Skin care
nav | Online doctor
nav | Home › Allergy & Hay fever › Tablets › Cetirizine Hydrochloride 10mg Tablets
C | Cetirizine Hydrochloride 10mg Tablets – 30 Tablets
A~product star rating | 4.7 ★ (1,032)
A~product price | £3.49
sc | Quantity
art | −
sc | 1
art | +
sc | Add to basket
sc | Max 2 packs per order
C | Product description
C | Cetirizine is a once-a-day antihistamine that relieves the symptoms of hay fever and other allergies, including sneezing, a runny or itchy nose, itchy watery eyes and itchy skin rashes (hives). It is less likely to cause drowsiness than older antihistamines.
C | Directions
C | Age
C | Dose
C | Adults and children 12 years and over
C | One 10 mg tablet once a day
C | Children 6 to 11 years
C | Half a tablet (5 mg) twice a day
C | Children under 6 years
C | Not suitable – ask your pharmacist about a liquid
C | Swallow the tablet with water. It can be taken with or without food.
C | Warnings
C | Do not take if you are allergic to cetirizine, hydroxyzine or any of the ingredients.
C | Talk to your pharmacist or doctor first if you have kidney problems, epilepsy, or difficulty passing urine.
C | Some people feel drowsy. If affected, do not drive or operate machinery, and avoid alcohol.
C | Always read the patient information leaflet before use.
C | Active ingredient
C | Each tablet contains cetirizine dihydrochloride 10 mg.
sc | Delivery & Returns
sc | Order by 3pm Monday to Friday for same-day dispatch. For hygiene reasons, medicines cannot be returned unless faulty.
cm | Reviews
cm | ★★★★★ Does the job – Works as well as the branded ones at a fraction of the price. – Siobhan, 12 May 2024
cm | ★★★★☆ Good – Bit drowsy the first day but fine after that. – Mike R., 2 May 2024
cm | Was this review helpful? Yes (14) No (1)
nav | Frequently bought together
nav | Beclometasone Nasal Spray 50mcg – £5.99
nav | Sodium Cromoglicate 2% Eye Drops – £4.25
nav | Hay Fever Relief Balm – £6.50
ab | ChemistDirect is a registered pharmacy with the General Pharmaceutical Council, registration number 9012345. Superintendent pharmacist: Ahmed Sayed MPharm.
sc | Check our registration
cr | © 2024 ChemistDirect Ltd, Unit 4, Fenwick Trading Estate, Stockport SK3 0PQ
""")

# 6.2 fitness blog: beginner running plan
add(6, r"""
sc | RunWell Blog
nav | Start running
nav | Training plans
nav | Gear reviews
nav | Nutrition
nav | Injury
nav | Home » Training plans » Couch to 5K in 9 weeks
C | Couch to 5K in 9 Weeks: A Realistic Plan for Total Beginners
by | Written by Tom Achebe · Reviewed by Dr Sara Lind, Sports Medicine · Updated April 2, 2024
dis | RunWell is reader-supported. When you buy through links on our site, we may earn an affiliate commission.
C | If the thought of running for 30 minutes without stopping sounds impossible, this plan is for you. It mixes short bouts of running with walking and slowly shifts the balance over nine weeks.
C | Do three sessions a week with at least one rest day between them. Every session starts with a 5-minute brisk walk to warm up and ends with a 5-minute walk to cool down.
C | The plan
C | Week
C | Each session
C | Week 1
C | Run 60 seconds, walk 90 seconds – repeat 8 times
C | Week 2
C | Run 90 seconds, walk 2 minutes – repeat 6 times
C | Week 3
C | Run 3 minutes, walk 90 seconds – repeat 4 times
C | Week 5
C | Run 8 minutes, walk 5 minutes, run 8 minutes
C | Week 7
C | Run 25 minutes
C | Week 9
C | Run 30 minutes
C | It's completely fine to repeat a week. Most people do at least once.
C | Tips that actually help
C | Slow down. If you can't talk in short sentences, you're going too fast.
C | Run on soft surfaces such as park paths when you can.
C | Get fitted for shoes at a running shop rather than buying on looks.
C | If you have a heart condition, chest pain when you exercise, or you've been told to limit physical activity, check with your doctor before starting.
C | Stop and get medical help straight away if you feel chest pain, severe breathlessness or faintness while running.
sc | Shop our top-rated beginner running shoes →
nl | Get a free printable version of this plan
nl | Join 40,000 runners getting our weekly tips. Unsubscribe anytime.
nl | Email address
nl | Get the plan
bio | Tom Achebe is a UK Athletics-qualified run leader who took up running at 38. He has coached over 500 beginners through their first 5K.
sh | Share this plan with a friend who's starting out
sh | Facebook Twitter Pinterest WhatsApp
nav | Keep reading
nav | Shin splints: why they happen and how to stop them
nav | What to eat before a morning run
nav | The best running apps for beginners, tested
cm | 23 Comments
cm | Gail M. · April 10, 2024
cm | Just finished week 4 at 54 years old! Repeated week 3 twice and I'm so glad I did.
cm | Reply
cr | © 2024 RunWell Media. All rights reserved. | Privacy | Terms | Affiliate disclosure
""")

# 6.3 children's hospital information sheet (aftercare)
add(6, r"""
sc | Skip to main content
sc | Oakfield Children's Hospital
sc | For families
sc | For professionals
nav | Conditions and treatments
nav | Coming to hospital
nav | Health information leaflets
nav | Home / Health information leaflets / Ear, nose and throat / Going home after a tonsillectomy
C | Going home after a tonsillectomy
C | This information sheet explains how to look after your child in the two weeks after their tonsils have been removed.
sc | Download this leaflet (PDF, 180 KB)
sc | Easy read version
sc | Translate this page
C | Pain relief
C | Your child's throat will be sore for up to two weeks, and it often feels worst on days 3 to 5. Earache is also common; this is pain felt in the ear from the throat, not an ear infection.
C | Give pain relief regularly, even if your child seems comfortable, for at least the first 5 days. Giving it 30 minutes before meals makes eating easier.
C | Medicine
C | How often
C | Paracetamol
C | Every 4 to 6 hours (no more than 4 doses in 24 hours)
C | Ibuprofen
C | Every 6 to 8 hours (no more than 3 doses in 24 hours)
C | Check the dose for your child's age or weight on the packet or on the label from our pharmacy.
C | Eating and drinking
C | Encourage normal food as soon as possible. Chewing helps the throat heal and lowers the chance of infection. Toast, cereal and crisps are all fine if your child can manage them.
C | Make sure your child drinks plenty of fluids. Aim for a drink every hour while they are awake.
C | Back to school
C | Keep your child off school or nursery for 2 weeks and away from anyone with a cough or cold.
C | When to get help
C | Bleeding after a tonsillectomy can be serious. If your child is bleeding from the mouth or nose, or vomiting blood, take them straight to your nearest emergency department or call 999.
C | Call Ward 4 (ENT) on 0161 496 0554, at any time of day or night, if your child:
C | has a temperature above 38°C
C | refuses to drink for more than 12 hours
C | has bad breath and pain that is getting worse rather than better after day 5
by | Leaflet ref: ENT-023 · Version 4 · Published September 2023 · Review date September 2026
dis | This leaflet provides general information only. Always follow the advice given by the team caring for your child.
ref | Sources: Oakfield ENT guideline on post-tonsillectomy care (2022); national clinical guidance on perioperative care in children.
sc | Tell us what you think of this leaflet
nav | Related leaflets
nav | Having your tonsils out: a guide for children
nav | Grommets: going home
sc | Oakfield Children's Hospital, Wilmslow Road, Manchester M20 7XH · 0161 496 0000
ab | Oakfield Children's Hospital is part of Greater Oakfield University NHS Foundation Trust.
cr | © 2024 Greater Oakfield University NHS Foundation Trust
""")

# 6.4 health explainer article with key takeaways and references
add(6, r"""
sc | Vitalis Health
sc | Subscribe
nav | Health conditions
nav | Wellness
nav | Nutrition
nav | Tools
nav | Nutrition › Diets
C | Does Intermittent Fasting Actually Work for Weight Loss?
by | Written by Maya Gonzales, RD — Medically reviewed by James Oduya, MD — Updated on February 19, 2024
sh | Share on Facebook · Share on Pinterest · Share via email
dis | We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission. Here's our process.
C | Key takeaways
C | Intermittent fasting leads to similar weight loss as cutting calories every day.
C | It may suit people who prefer fewer, larger meals.
C | It is not recommended for people with a history of eating disorders, during pregnancy, or for people with type 1 diabetes.
C | Intermittent fasting (IF) means cycling between periods of eating and not eating. Popular versions include the 16:8 method, where you eat within an 8-hour window each day, and the 5:2 diet, where you eat about 500 to 600 calories on two days a week.
C | What does the research say?
C | In trials lasting up to a year, people who follow intermittent fasting typically lose 3% to 8% of their body weight.(1) That is about the same as people who simply eat a bit less every day.(2)
C | In other words, fasting does not seem to have a special fat-burning effect. It works mainly because a shorter eating window makes it easier for some people to eat less overall.
C | "For some of my clients, not having to think about breakfast is a relief. Others are ravenous by lunchtime and overeat in the evening. The best plan is the one you can stick to," says registered dietitian Maya Gonzales.
sc | ADVERTISEMENT
C | Possible side effects
C | headaches
C | irritability
C | difficulty concentrating
C | constipation
C | People who take insulin or sulfonylureas for diabetes can get dangerously low blood sugar when fasting and should not try IF without medical supervision.
C | The bottom line
C | Intermittent fasting is a valid option for weight loss, but it is not better than other approaches. If you want to try it, start with a 12-hour overnight fast and extend it gradually.
sc | Was this article helpful?
sc | Yes · No
ref | Sources
ref | 1. Varady KA, Cienfuegos S, Ezpeleta M, Gabel K. Clinical application of intermittent fasting for weight loss: progress and future directions. Nat Rev Endocrinol. 2022;18(5):309-321.
ref | 2. Lowe DA, Wu N, Rohdin-Bibby L, et al. Effects of time-restricted eating on weight loss and other metabolic parameters. JAMA Intern Med. 2020;180(11):1491-1499.
ab | Vitalis Health has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical associations. Read our editorial process.
bio | Maya Gonzales, RD, is a registered dietitian specializing in weight management and digestive health. She runs a private practice in San Diego.
nav | Read this next
nav | The 16:8 Diet: A Beginner's Guide
nav | Intermittent fasting and women: what the studies say
nav | 9 High-Protein Snacks to Keep You Full
nl | Get our weekly Nutrition Edition newsletter
nl | Your privacy is important to us
nav | About Us · Contact · Privacy Policy · Privacy Settings · Advertising Policy · Health Topics
dis | Our website services, content, and products are for informational purposes only. Vitalis Health does not provide medical advice, diagnosis, or treatment.
cr | © 2024 Vitalis Media LLC. All rights reserved.
""")

if __name__ == "__main__":
    g = main()
