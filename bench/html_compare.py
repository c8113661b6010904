"""Compare HTML extraction with trafilatura on small synthetic article pages.

    python -m bench.html_compare [--pages 20] [--seed 7]

Builds article pages of our own (known article paragraphs wrapped in realistic
chrome: nav, cookie banner, share buttons, related list, comments, sidebar,
newsletter box, footer; some chrome labelled by class, some not), then reports
word-level precision and recall of the kept text against the article text:

- ``extract``: this pipeline's HTML extractor alone (ingest stage);
- ``pipeline``: ``clean_corpus`` end to end (each page is credited with the
  passages first seen on it and with the cleaned text of its copies removed as
  duplicates: those are attributed to a passage, not lost);
- ``trafilatura``: ``trafilatura.extract`` on the same pages (optional:
  ``pip install -e '.[compare]'``; the script says so when it is missing).

Words are lower-cased ``\\w+`` tokens compared as multisets, micro-averaged
over all pages.
"""
from __future__ import annotations

import argparse
import html as htmllib
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

TOPICS = [
    ("knee pain", "runners", "the kneecap"), ("lower back pain", "office workers", "the lumbar spine"),
    ("migraine", "teenagers", "the trigeminal nerve"), ("type 2 diabetes", "older adults", "the pancreas"),
    ("asthma", "children", "the airways"), ("iron deficiency", "pregnant women", "red blood cells"),
    ("insomnia", "shift workers", "the sleep cycle"), ("high blood pressure", "smokers", "the arteries"),
    ("eczema", "infants", "the skin barrier"), ("plantar fasciitis", "walkers", "the heel"),
    ("hay fever", "gardeners", "the nasal lining"), ("gout", "men over forty", "the big toe joint"),
    ("tennis elbow", "painters", "the forearm tendons"), ("acid reflux", "coffee drinkers", "the oesophagus"),
    ("vitamin D deficiency", "people in northern climates", "the bones"), ("shin splints", "new runners", "the tibia"),
    ("carpal tunnel syndrome", "typists", "the median nerve"), ("osteoporosis", "women after menopause", "the hip"),
    ("anxiety", "students", "the nervous system"), ("kidney stones", "people who drink little water", "the ureter"),
    ("sinusitis", "swimmers", "the sinuses"), ("rosacea", "fair-skinned adults", "the cheeks"),
]

SENTENCES = [
    "{T} is one of the most common reasons {G} see a doctor, and it usually starts gradually.",
    "Most cases of {t} improve within a few weeks with simple measures at home.",
    "The problem often begins when {a} is put under more strain than it is used to.",
    "A gradual increase in activity gives {a} time to adapt and lowers the chance of a flare-up.",
    "Symptoms of {t} tend to be worse in the morning and ease as the day goes on.",
    "Doctors usually diagnose {t} from the history and a short examination, without scans.",
    "Blood tests are only needed when the symptoms do not fit the usual pattern.",
    "Keeping a simple diary of symptoms helps {G} and their doctors spot what sets things off.",
    "Regular gentle exercise is one of the best long-term treatments for {t}.",
    "Over-the-counter painkillers can take the edge off, but they do not treat the cause.",
    "A physiotherapist can show exercises that strengthen the muscles supporting {a}.",
    "Studies suggest that losing even a small amount of weight reduces the load on {a}.",
    "Sleep matters too, because tiredness lowers the threshold at which symptoms appear.",
    "{T} that wakes you at night, or comes with fever or weight loss, needs a prompt review.",
    "Some {G} find that cutting back on alcohol makes a noticeable difference within weeks.",
    "If the symptoms keep coming back, a referral to a specialist may be the next step.",
    "Surgery is rarely needed and is kept for the small number of cases that do not settle.",
    "Returning to normal activities early, within the limits of comfort, speeds recovery.",
    "Long-term outlook for {t} is good for most {G}, especially when it is treated early.",
    "Family history plays a part, so relatives of people with {t} may want to be checked.",
]

COOKIE = "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy."
NEWSLETTER = "Sign up for our free weekly newsletter and get the latest health news delivered to your inbox."
SHARE = ["Share on Facebook", "Share on Twitter", "Email this article", "Print"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 Example Health Media Ltd. All rights reserved."]
NAV = ["Home", "Conditions", "Symptoms", "Treatments", "Healthy living", "News"]
COMMENTS = [("Maria", "This was really helpful, thank you so much for writing it!"),
            ("Dave", "I had the same thing last year and physio sorted it out in a month."),
            ("Priya", "Great article, shared it with my mum.")]


def article_paragraphs(rng: random.Random, topic: tuple[str, str, str]) -> list[str]:
    """Four to six paragraphs of two or three sentences about ``topic``."""
    t, g, a = topic
    pool = rng.sample(SENTENCES, len(SENTENCES))
    out, i = [], 0
    for _ in range(rng.randint(4, 6)):
        n = rng.randint(2, 3)
        out.append(" ".join(s.format(T=t[0].upper() + t[1:], t=t, G=g, a=a) for s in pool[i:i + n]))
        i += n
    return out


def _ul(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f'<li><a href="#">{htmllib.escape(x)}</a></li>' for x in items) + "</ul>"


def build_page(rng: random.Random, n: int, topic: tuple[str, str, str], paragraphs: list[str]) -> str:
    """A page holding ``paragraphs`` as its article, in one of several layouts, with chrome around it."""
    title = f"{topic[0][0].upper() + topic[0][1:]}: causes, symptoms and treatment"
    others = [f"{o[0][0].upper() + o[0][1:]}: what you need to know" for o in rng.sample(TOPICS, 4) if o != topic][:3]
    labelled = n % 2 == 0  # half the pages label their chrome by class, half do not
    c = (lambda name: f' class="{name}"') if labelled else (lambda name: f' class="box-{n}{len(name)}"')
    layout = n % 3
    if layout == 0:
        body = "".join(f"<p>{htmllib.escape(p)}</p>" for p in paragraphs)
    elif layout == 1:
        body = "".join(f'<div class="txt">{htmllib.escape(p)}</div>' for p in paragraphs)
    else:
        half = len(paragraphs) // 2
        body = ("".join(f"<p>{htmllib.escape(p)}</p>" for p in paragraphs[:half]) + "<section>"
                + "".join(f"<p>{htmllib.escape(p)}</p>" for p in paragraphs[half:]) + "</section>")
    comments = "".join(f"<div{c('comment')}><b>{who}</b> <span>2 days ago</span><p>{text}</p>"
                       f"<a href='#'>Reply</a></div>" for who, text in COMMENTS[: 1 + n % 3])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} | Example Health</title>
<link rel="canonical" href="https://health.example.org/{n:02d}"></head>
<body>
<div{c('cookie-banner')}><p>{COOKIE}</p><button>Accept all</button> <button>Manage settings</button></div>
<header><a href="/">Example Health</a>{_ul(NAV)}</header>
<div{c('breadcrumbs')}><a href="/">Home</a> &rsaquo; <a href="/c">Conditions</a> &rsaquo; {topic[0]}</div>
<div id="wrap"><div class="main-col"><h1>{title}</h1>
<div{c('share-buttons')}>{_ul(SHARE)}</div>
<div class="article-body">{body}</div>
<div{c('related-articles')}><h3>Related articles</h3>{_ul(others)}</div>
<div{c('newsletter')}><p>{NEWSLETTER}</p><input type="email"><button>Subscribe</button></div>
<div{c('comments')}><h3>{1 + n % 3} comments</h3>{comments}<p>Leave a comment. You must be logged in to post a comment.</p></div>
</div><div{c('sidebar')}><h3>Most read</h3>{_ul(others)}<div{c('ad')}>Advertisement</div></div></div>
<footer>{_ul(FOOTER)}</footer>
</body></html>"""


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def score(kept: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Micro-averaged word precision and recall of ``kept`` against ``truth`` (page -> text)."""
    hit = got = want = 0
    for page, text in truth.items():
        k, t = words(kept.get(page, "")), words(text)
        hit += sum((k & t).values())
        got += sum(k.values())
        want += sum(t.values())
    return (hit / got if got else 0.0), (hit / want if want else 0.0)


def run_extract(pages: dict[str, str], config: dict) -> dict[str, str]:
    from pipeline.ingest import extract_blocks

    return {name: "\n".join(b.text for b in extract_blocks(html, config)[1]) for name, html in pages.items()}


def run_pipeline(folder: Path, config: dict) -> dict[str, str]:
    from pipeline import clean_corpus

    result = clean_corpus([str(folder)], config=config)
    kept: dict[str, list[str]] = {}
    for passage in result.passages:
        kept.setdefault(Path(passage.source.path).name, []).append(passage.text)
    # A duplicate is attributed to its passage, not lost: credit the page with
    # its own cleaned copy (a near copy differs from the passage in topic words).
    for removal in result.removed:
        if removal.reason == "duplicate":
            kept.setdefault(Path(removal.source.path).name, []).append(removal.clean or "")
    return {page: "\n".join(texts) for page, texts in kept.items()}


def run_trafilatura(pages: dict[str, str]) -> dict[str, str] | None:
    try:
        import trafilatura
    except ImportError as exc:
        print(f"trafilatura is missing ({exc}); install it with: pip install -e '.[compare]'", file=sys.stderr)
        return None
    return {name: trafilatura.extract(html, include_comments=False) or "" for name, html in pages.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from pipeline import load_config

    config = load_config()
    rng = random.Random(args.seed)
    truth, pages = {}, {}
    for n in range(args.pages):
        topic = TOPICS[n % len(TOPICS)]
        paragraphs = article_paragraphs(rng, topic)
        name = f"page{n:02d}.html"
        title = f"{topic[0][0].upper() + topic[0][1:]}: causes, symptoms and treatment"
        truth[name] = "\n".join([title] + paragraphs)  # the headline is article text
        pages[name] = build_page(rng, n, topic, paragraphs)
    rows = [("extract (ingest only)", run_extract(pages, config))]
    with tempfile.TemporaryDirectory() as tmp:
        for name, html in pages.items():
            Path(tmp, name).write_text(html, encoding="utf-8")
        rows.append(("pipeline (clean_corpus)", run_pipeline(Path(tmp), config)))
    traf = run_trafilatura(pages)
    rows.append(("trafilatura.extract", traf))
    print(f"{len(pages)} pages, {sum(sum(words(t).values()) for t in truth.values())} article words")
    print(f"{'system':<26}{'precision':>10}{'recall':>10}")
    for label, kept in rows:
        if kept is None:
            print(f"{label:<26}{'missing':>10}{'missing':>10}")
            continue
        p, r = score(kept, truth)
        print(f"{label:<26}{p:>10.3f}{r:>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
