"""Answer "what happened to this line, and why?" from a run's output files."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from .emit import PASSAGES, REMOVED, REPORT


def _path_matches(output_path: str, asked: str) -> bool:
    """Whether ``asked`` names the input the run recorded as ``output_path``: the same
    path, a trailing part of it (the file name alone), or the same file from the current
    folder (an absolute path for a relative one, ``./`` or ``../`` before it)."""
    while asked.startswith("./"):
        asked = asked[2:]
    if output_path == asked or output_path.endswith("/" + asked):
        return True
    # two relative paths without ".." name the same file only as the same string (above)
    if not (asked.startswith("/") or output_path.startswith("/") or ".." in asked or ".." in output_path):
        return False
    return _resolved(output_path) == _resolved(asked)


@lru_cache(maxsize=4096)
def _resolved(path: str) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symbolic link loop on the way: the path as written
        return Path(path).absolute()


def model_view(source_path: str, line: int, config: dict, element: int | None = None,
               recorded: dict | None = None) -> list[str]:
    """The learned model's view of one input line, worked out again from its page in the
    input file: its score against the threshold, and the strongest reasons each way.
    (The cross-dump count is the run's; a short line shows both answers.) ``element``
    picks the block among those of one source line (HTML written on few lines).
    ``recorded``: what the run recorded of it (``start`` and ``end`` offsets, and the
    ``text`` it kept, for the occurrence a passage's text is), to tell an input changed
    since the run from the one it read."""
    from .boilerplate.learned import LearnedJudge
    from .boilerplate.classify import BoilerplateClassifier
    from .boilerplate.model import PAGE_MODEL_FEATURES
    from .ingest import ingest_file
    from .normalise import Normalise
    from .steps import Batch

    if config["boilerplate"].get("decision") != "model":
        return []
    if not Path(source_path).is_file():
        # The view is worked out again from the input, which the run's outputs do not hold.
        return [f"  model: no view: the input {source_path} cannot be read from here (explain reads it again; "
                "run explain from the folder the run was started in)"]
    paragraphs = ingest_file(source_path, config).paragraphs
    batch = Normalise(config).run(Batch.of(paragraphs))
    at = next((i for i, p in enumerate(paragraphs)
               if p.source.line == line and (element is None or p.source.element == element)), None)
    if at is None or not batch["text"][at]:
        return []
    if recorded is not None and _changed(paragraphs[at].source, batch["text"][at], recorded):
        return [f"  model: no view: the input {source_path} has changed since the run (the paragraph read "
                "there now is not the one the run read)"]
    start, stop = batch.page_span(at)
    page = batch.slice(start, stop)
    judge = LearnedJudge(config, BoilerplateClassifier(config))
    features = judge.features(page)
    row = int(list(features.rows).index(at - start))
    x = features.matrix[row : row + 1].copy()
    short = judge.classifier.short_key_of(page["text"][at - start]) is not None
    out = []
    judgement = features.judgements[int(features.text_row[row])]
    fired = [f"{e.name}({e.weight:+g})" for e in judgement.signals + judgement.rules]
    decided = judge.decide(page, features)  # the thresholds the page held the line to
    if fired:
        # The rules' evidence is among the model's features; their own verdict stands only
        # from rules_threshold (from the directory threshold for a directory's entry; at once
        # for a user's decisive rule).
        stands = judge.directory_threshold if decided.directory[row] else judge.rules_threshold
        out.append(f"  rules and signals that fired: {', '.join(fired)} (their verdict stands from probability "
                   f"{stands})")
    if judge.unlearned([page["text"][at - start]], [judgement])[0]:
        out.append("  kept whatever the probability: written in a script the model did not learn, or a "
                   "sentence in a language it did not learn, and no pattern rule names it ([boilerplate.model] "
                   "unlearned_script_min_letters, unlearned_language_min_words)")
    if guard := judge.kept_by_guard(judgement):
        out.append(f"  kept whatever the probability: the guard {guard} fired, and "
                   "[boilerplate.model] keep_guards names it")
    if judge.user_guards(judgement):
        out.append("  kept whatever the probability: a guard of your own ([[boilerplate.rules]], category guard) "
                   f"fired with a decisive weight (at most -{judge.classifier.threshold})")
    repeat = PAGE_MODEL_FEATURES.index("cross_dump_repeat")
    for variant in ((0, 1) if short else (0,)):
        x[0, repeat] = variant
        score = float(decided.scores[row, variant])
        probability = 1 / (1 + np.exp(-score))
        contributions = judge.model.page_contributions(x)[0, :-1]
        order = np.argsort(contributions, kind="stable")
        towards = [f"{PAGE_MODEL_FEATURES[j]}={x[0, j]:.3g}({contributions[j]:+.2f})" for j in order[::-1][:4]
                   if contributions[j] > 0]
        against = [f"{PAGE_MODEL_FEATURES[j]}={x[0, j]:.3g}({contributions[j]:+.2f})" for j in order[:4]
                   if contributions[j] < 0]
        when = "" if not short else (" if in fewer dumps than the repeat count needs" if variant == 0
                                     else " if in enough dumps for the repeat count")
        kind = int(decided.kinds[row, variant])
        held, threshold = judge.held_to(kind, bool(decided.row_short[row]))
        where = {"html-outside-prose": "html page, outside the prose container", "html": "html page",
                 "html-table": "html page, a table cell inside the prose container",
                 "html-title": "html page, its title (first <h1>)",
                 "html-directory": "html page, an entry of a directory inside the prose container",
                 "html-foreign-page": "html page written in another language than English, inside the prose "
                                      "container"}.get(
            held, f"{held} page")
        if paragraphs[at].html and kind >= 0:  # an HTML page the HTML thresholds would empty
            where += ": an HTML page held to its kind's thresholds, as the HTML ones would empty it or take its " \
                     "prose container"
        out.append(f"  model{when}: probability of boilerplate {probability:.4f} "
                   f"({'at or above' if probability >= threshold else 'below'} threshold {threshold}, {where})")
        out.append("    towards boilerplate: " + (", ".join(towards) or "none"))
        out.append("    towards content: " + (", ".join(against) or "none"))
    return out


def _at(source: dict, path: str, line: int, element: int | None) -> bool:
    return (source["line"] == line and _path_matches(source["path"], path)
            and (element is None or source.get("element") == element))


def _place(source: dict) -> str:
    element = source.get("element")
    return f"{source['path']}:{source['line']}" + (f":{element}" if element is not None else "")


def _changed(source, text: str, recorded: dict) -> bool:
    """Whether the paragraph read again (its ``source`` and cleaned ``text``) differs from
    what the run recorded at the same place: other offsets, or another cleaned text."""
    if (source.start, source.end) != (recorded.get("start"), recorded.get("end")):
        return True
    return recorded.get("text") is not None and text != recorded["text"]


def explain_line(out_dir: str | Path, path: str, line: int, config: dict | None = None,
                 element: int | None = None) -> list[str]:
    """Human-readable lines describing the fate of ``path:line`` in the run at ``out_dir``
    (of its block ``element`` alone, when given: an HTML page's blocks can share a source
    line); for a paragraph the boilerplate stage kept, the model's view of it too (with
    ``config``).

    Returns an empty list when the run holds no paragraph at that place.
    """
    out = Path(out_dir)
    # one entry per occurrence found, shown by input and element (a line of an HTML page or
    # a JSON Lines record holds several blocks, some removed, some kept)
    entries: list[tuple[tuple, list[str]]] = []
    with open(out / REMOVED, encoding="utf-8") as fh:
        for row in fh:
            r = json.loads(row)
            src = r["source"]
            if not _at(src, path, line, element):
                continue
            where = _place(src)
            if r["reason"] == "boilerplate":
                score = f" (score {r['score']})" if r.get("score") is not None else ""  # the chrome pass gives none
                lines = [f"{where}: removed as boilerplate, category {r['category']}, rule {r['rule']}{score}",
                         "  evidence: " + (", ".join(r.get("signals") or []) or "none recorded")]
            elif r["reason"] == "duplicate":
                lines = [f"{where}: removed as a duplicate of passage {r['duplicate_of']} "
                         f"({r['rule']}, similarity {r['similarity']})"]
            else:
                lines = [f"{where}: removed, reason {r['reason']} ({r.get('rule')})"]
            lines.append(f"  text: {r['text'][:300]}")
            entries.append(((src["path"], src.get("element") or 0, len(entries)), lines))
    wanted = {}
    with open(out / PASSAGES, encoding="utf-8") as fh:
        for row in fh:
            p = json.loads(row)
            for occ in p["occurrences"]:
                if _at(occ, path, line, element):
                    # by input too: two inputs of one name may hold the same passage
                    wanted[(p["id"], occ["path"], occ.get("element"))] = (p, occ)
    for (pid, _, _), (p, occ) in wanted.items():
        src = p["source"]
        if occ["match"] == "canonical":
            lines = [f"{_place(occ)}: kept as passage {pid}, seen {len(p['occurrences'])} time(s)"]
        else:
            lines = [f"{_place(occ)}: attributed to passage {pid} ({occ['match']} copy, "
                     f"similarity {occ['similarity']}); canonical source {_place(src)}"]
        lines.append(f"  passage text: {p['text'][:300]}")
        if config is not None:
            recorded = {"start": occ.get("start"), "end": occ.get("end"),
                        "text": p["text"] if occ["match"] == "canonical" else None}
            lines += model_view(occ["path"], line, config, occ.get("element"), recorded)
        entries.append(((occ["path"], occ.get("element") or 0, len(entries)), lines))
    if not entries:
        return _problem_at(out, path, line)
    entries.sort(key=lambda e: e[0])
    found = [text for _, lines in entries for text in lines]
    inputs = sorted({key[0] for key, _ in entries})
    if len(inputs) > 1:
        found.insert(0, f"{path} names {len(inputs)} inputs of the run ({', '.join(inputs)}): each is shown")
    if wanted and config is not None:
        report = json.loads((out / REPORT).read_text(encoding="utf-8"))
        from .config import config_hash

        if report.get("config_hash") != config_hash(config):
            found.append("  (the run used another config than this one: the model's view may differ from the run's)")
    return found


def _problem_at(out: Path, path: str, line: int) -> list[str]:
    """The reported problem of the input line ``path:line`` (a bad JSON Lines record, ``line N:
    ...``), or of its whole file (skipped), when the run has one."""
    try:
        report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = report.get("files") if isinstance(report, dict) else None
    problems = files.get("problems") if isinstance(files, dict) else None
    for problem in problems if isinstance(problems, list) else []:
        # a report edited by hand, or of another program: what is not a problem record is passed over
        if not isinstance(problem, dict) or not _path_matches(str(problem.get("path", "")), path):
            continue
        message = problem.get("message", "")
        if message.startswith(f"line {line}:") or problem.get("kind") != "bad-record":
            return [f"{problem['path']}:{line}: not read: {problem.get('kind')}: {message}"]
    return []
