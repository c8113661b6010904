"""The classifier on scraper styles it was never trained on.

    python -m training.other_styles [--realweb ../shared/realweb] [--work build/realweb-cv] [--styles headed,...]

The model learns from the realweb pack's two scraper styles (blocks, paragraphs). A user's
scraper writes lines its own way, so the held-out pages of each site fold are turned into
dumps in the styles of ``training/styles.py`` (headed, textnodes, wrapped), labelled by the
pack's own labeller, and cleaned by ``clean_corpus`` with that fold's model (trained without
the fold's sites, ``training.evaluate``), at the shipped thresholds. (A model trained with
``--extra-styles`` has seen those styles, on other sites.) Data: WCXB, the Web Content
eXtraction Benchmark by Murrough Foley, CC-BY-4.0.
"""
from __future__ import annotations

import json

from pipeline import load_config

from .evaluate import fold_arguments, fold_model, pooled, score, summary
from .realweb import fold_of_site, site_of
from .styles import STYLES, parse_styles, run_labeller, write_set


def main(argv: list[str] | None = None) -> dict:
    ap = fold_arguments(__doc__.splitlines()[0])
    ap.add_argument("--styles", default=",".join(STYLES), help=f"comma-separated, of {', '.join(STYLES)}")
    args = ap.parse_args(argv)
    styles = parse_styles(args.styles, "--styles", "other_styles")
    truths = {t.stem: json.loads(t.read_text(encoding="utf-8"))
              for t in sorted((args.realweb / "truth").glob("*.json"))}
    results = {}
    for style in styles:
        per_fold = []
        for fold in range(args.folds):
            ids = [i for i, t in truths.items() if fold_of_site(site_of(t.get("url"), i), args.folds) == fold]
            folder = args.work / "other-styles" / style / f"fold{fold}"
            write_set(args.realweb, ids, style, folder)
            run_labeller(args.realweb, folder)
            model = fold_model(args.realweb, args.work, fold, args.folds, args.extra_styles)
            config = load_config(overrides={"boilerplate": {"model": {"path": str(model)}}})
            per_fold.append(score(folder, folder.parent / f"out{fold}", config))
            print(style, "fold", fold, summary(per_fold[-1]), flush=True)
        results[style] = pooled(per_fold)
        print(style, "pooled", results[style], flush=True)
    path = args.work / "other-styles" / "results.json"
    earlier = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    path.write_text(json.dumps({**earlier, **results}, indent=1) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
