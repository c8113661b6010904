"""Rule packs: the boilerplate pattern rules, one TOML file per category under ``configs/rules/``.

A pack is a list of ``[[rule]]`` tables (fields in ``configs/rules/README.md``),
each with the texts it must match (``examples``) and texts that share its words
but must not (``counter_examples``). Word lists used by several rules are named
once in ``vocabularies.toml`` and written ``{{name}}`` in a pattern.

:func:`resolve_rules` turns the ``[boilerplate]`` section of a config (which packs,
plus a user's ``disable``, ``override`` and ``rules``) into the flat list of rules
the classifier compiles; each rule keeps the name of its pack, so a report can
list packs by name and hash (:func:`pack_summary`) instead of every pattern.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from pathlib import Path

from ..patterns import PatternTimeout
from .features import CATEGORIES
from .rules import GUARD, BoilerplateRule
from .signals import words

RULES_DIR = Path(__file__).resolve().parent.parent.parent / "configs" / "rules"
VOCABULARIES = "vocabularies.toml"
# Paragraphs of health content that no decisive rule of the user's may fire on.
CONTENT_CHECKS = "content_checks.toml"
USER_PACK = "user"  # the pack name of rules a user config adds
# Fields a rule may carry; examples are for tests and are not part of the effective config.
RULE_FIELDS = ("name", "category", "weight", "pattern", "case_sensitive", "min_words", "max_words",
               "min_count", "per_extra_match", "max_weight")
EXAMPLE_FIELDS = ("examples", "counter_examples")
# The categories a rule may name: the README's 13, and "guard" (evidence of content).
RULE_CATEGORIES = (*CATEGORIES, GUARD)
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


class PackError(ValueError):
    """A rule pack or a user's rule change is missing, unreadable or invalid."""


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise PackError(f"{path}: rule pack not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: invalid TOML: {exc}") from None


def load_vocabularies(rules_dir: Path = RULES_DIR) -> dict[str, list[str]]:
    data = _read(rules_dir / VOCABULARIES)
    for name, terms in data.items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t for t in terms):
            raise PackError(f"{rules_dir / VOCABULARIES}: {name} must be a list of non-empty strings")
    return data


def load_content_checks(rules_dir: Path = RULES_DIR) -> list[str]:
    """The content paragraphs a decisive rule of the user's is checked against, and the same
    joined three at a time and all at once: long paragraphs, so that a rule limited to long
    texts (``min_words``) or to many matches (``min_count``) is checked too."""
    data = _read(rules_dir / CONTENT_CHECKS).get("paragraphs")
    if not isinstance(data, list) or not all(isinstance(t, str) and t for t in data):
        raise PackError(f"{rules_dir / CONTENT_CHECKS}: paragraphs must be a list of non-empty strings")
    return data + [" ".join(data[i:i + 3]) for i in range(0, len(data), 3)] + [" ".join(data)]


def check_content(entry: dict, where: str, threshold: float, content: list[str]) -> None:
    """Raise :class:`PackError` when a user's rule (added or changed) alone reaches the
    ``threshold`` on one of the ``content`` paragraphs: a rule of the user's own that does
    removes what it fires on whatever the model says, and one that fires on plain health
    advice is too broad to run over a corpus."""
    if not {"category", "weight", "pattern"} <= set(entry):
        return  # named by the config's validation
    compiled = _compiled(entry)
    if compiled is None or compiled.category == GUARD or compiled.weight <= 0:
        return
    try:
        for text in content:
            weight = compiled.weight_for(text, len(words(text)))
            if weight >= threshold:
                raise PackError(f"{where}: fires with weight {weight:g} (the threshold is {threshold:g}: it alone "
                                f"would remove the line) on this paragraph of health content it is checked against, "
                                f"{text!r} ({CONTENT_CHECKS} in the rule packs' folder): narrow its pattern or "
                                "its word limits")
    except PatternTimeout as exc:
        raise PackError(f"{exc} on a paragraph it is checked against") from None


def expand_vocabularies(pattern: str, vocabularies: dict[str, list[str]], where: str = "pattern") -> str:
    """Put each ``{{name}}`` list into ``pattern`` as a non-capturing alternation of literal terms.

    >>> expand_vocabularies("^{{days}}$", {"days": ["Mon", "Tue."]})
    '^(?:Mon|Tue\\\\.)$'
    """
    def put(m: re.Match) -> str:
        terms = vocabularies.get(m.group(1))
        if terms is None:
            raise PackError(f"{where}: unknown vocabulary {{{{{m.group(1)}}}}}")
        return "(?:" + "|".join(re.escape(t) for t in terms) + ")"

    return _PLACEHOLDER.sub(put, pattern)


def _unknown_fields(rule: dict) -> list[str]:
    """The fields of a rule that are neither rule fields nor examples, sorted."""
    return sorted(set(rule) - set(RULE_FIELDS) - set(EXAMPLE_FIELDS))


def read_pack(name: str, rules_dir: Path = RULES_DIR) -> list[dict]:
    """The rules of one pack as written (examples included, vocabularies not yet expanded)."""
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
        raise PackError(f"config: boilerplate.packs: bad pack name {name!r}")
    data = _read(rules_dir / f"{name}.toml")
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise PackError(f"{rules_dir / name}.toml: [[rule]] tables expected")
    for rule in rules:
        unknown = _unknown_fields(rule)
        if unknown:
            raise PackError(f"{rules_dir / name}.toml: rule {rule.get('name')!r}: unknown field(s) {unknown}")
    return rules


# What each rule field must hold (a pack's own rules are checked by the tests).
_WHOLE = ("min_words", "max_words", "min_count")
_NUMBER = ("weight", "per_extra_match", "max_weight")


def check_rule_fields(rule: dict, where: str) -> None:
    """Raise :class:`PackError` for a field of a user's rule of the wrong type or range:
    a pattern that is not one string (a list would be read as a character class and
    match almost anything), a weight that is not a finite number, a count below zero."""
    for key in ("name", "category", "pattern"):
        if key in rule and not isinstance(rule[key], str):
            raise PackError(f"{where}: {key} must be a string, not {rule[key]!r}")
    for key in ("name", "pattern"):
        if key in rule and not rule[key].strip():
            raise PackError(f"{where}: {key} is empty" + (" (it would match every paragraph)" if key == "pattern" else ""))
    for key in _NUMBER:
        value = rule.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value)):
            raise PackError(f"{where}: {key} must be a finite number, not {value!r}")
    for key in _WHOLE:
        value = rule.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise PackError(f"{where}: {key} must be a whole number >= 0, not {value!r}")
    if "category" in rule and rule["category"] not in RULE_CATEGORIES:
        raise PackError(f"{where}: category must be one of {', '.join(RULE_CATEGORIES)}, not {rule['category']!r}")
    weight = rule.get("weight")
    if rule.get("category") == GUARD and isinstance(weight, (int, float)) and not isinstance(weight, bool) \
            and weight > 0:
        raise PackError(f"{where}: a guard's weight must be below zero (evidence of content), not {weight!r}")
    if "case_sensitive" in rule and not isinstance(rule["case_sensitive"], bool):
        raise PackError(f"{where}: case_sensitive must be true or false, not {rule['case_sensitive']!r}")
    if rule.get("max_words") is not None and rule.get("min_words", 0) > rule["max_words"]:
        raise PackError(f"{where}: min_words {rule['min_words']} is above max_words {rule['max_words']}: it never fires")
    for key in EXAMPLE_FIELDS:
        value = rule.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(f"{where}: {key} must be a list of strings")


def check_examples(entry: dict, rule: dict, where: str) -> None:
    """Raise :class:`PackError` when a user's rule does not fire on one of its ``examples`` or
    fires on one of its ``counter_examples``, as the classifier would run it (its pattern, and
    its word limits and match count), as the tests hold the packs' rules to them."""
    compiled = _compiled(entry)
    if compiled is None:
        return
    try:
        for text in rule.get("examples", []):
            n = len(words(text))
            if not compiled.fires(text, n):
                raise PackError(f"{where}: does not fire on its example {text!r}" + _limits(compiled, text, n))
        for text in rule.get("counter_examples", []):
            if compiled.fires(text, len(words(text))):
                raise PackError(f"{where}: fires on its counter-example {text!r}")
    except PatternTimeout as exc:
        raise PackError(f"{exc} on one of its examples") from None


def _compiled(entry: dict) -> BoilerplateRule | None:
    """A user's rule as the classifier runs it, or None when it cannot be built (the config's
    validation names why)."""
    try:
        return BoilerplateRule.from_config({"name": "?", "category": "?", "weight": 1.0, **entry})
    except (re.error, TypeError, ValueError):
        return None


def _limits(rule: BoilerplateRule, text: str, n: int) -> str:
    """Why a rule whose pattern finds ``text`` (of ``n`` words) still does not fire there, if
    that is why."""
    if not rule.applies_to(n):
        return f" ({n} words, outside its min_words/max_words)"
    if rule.timed.search(text) is not None:
        return f" (fewer matches than its min_count, {rule.min_count})"
    return ""


def effective_rule(rule: dict, pack: str, vocabularies: dict[str, list[str]]) -> dict:
    """A rule as the classifier reads it: known fields only, vocabularies expanded, pack named."""
    out = {k: rule[k] for k in RULE_FIELDS if k in rule}
    if "pattern" in out:
        out["pattern"] = expand_vocabularies(str(out["pattern"]), vocabularies, f"rule {rule.get('name')!r}")
    out["pack"] = pack
    return out


def resolve_rules(section: dict, rules_dir: Path = RULES_DIR) -> list[dict]:
    """The rules a ``[boilerplate]`` config section asks for, in order: every pack in
    ``packs``, minus ``disable``d names, with ``override`` tables merged into rules of
    that name, then the user's ``rules`` (a name already present replaces that rule in
    place; a new name is appended)."""
    vocabularies = load_vocabularies(rules_dir)
    rules: list[dict] = []
    written: dict[str, dict] = {}  # each pack rule as written, with its examples
    for pack in section.get("packs", []):
        for r in read_pack(str(pack), rules_dir):
            written[r.get("name")] = r
            rules.append(effective_rule(r, pack, vocabularies))
    names = [r.get("name") for r in rules]
    disable = section.get("disable", [])
    if not isinstance(disable, list):
        raise PackError("config: boilerplate.disable must be a list of rule names")
    for name in disable:
        if name not in names:
            raise PackError(f"config: boilerplate.disable: no rule named {name!r}")
    overrides = section.get("override", {})
    if not isinstance(overrides, dict):
        raise PackError("config: [boilerplate.override.NAME] tables expected")
    for name, change in overrides.items():
        if name not in names:
            raise PackError(f"config: boilerplate.override: no rule named {name!r}")
        if not isinstance(change, dict) or set(change) - set(RULE_FIELDS) - set(EXAMPLE_FIELDS) or "name" in change:
            raise PackError(f"config: boilerplate.override.{name}: only fields {', '.join(RULE_FIELDS[1:])}, "
                            f"{', '.join(EXAMPLE_FIELDS)}")
        check_rule_fields(change, f"config: boilerplate.override.{name}")
    threshold = section.get("threshold", 1.0)
    threshold = float(threshold) if isinstance(threshold, (int, float)) and not isinstance(threshold, bool) else 1.0
    content = load_content_checks(rules_dir) if overrides or section.get("rules") else []
    out = []
    for rule in rules:
        if rule["name"] in disable:
            continue
        if rule["name"] in overrides:
            change = overrides[rule["name"]]
            rule = {**rule, **effective_rule(change, rule["pack"], vocabularies)}
            # The rule as changed still holds to its examples: the pack's, or the ones given
            # with the change (a narrower pattern may need other examples).
            own = written.get(rule["name"], {})
            check_examples(rule, {k: change.get(k, own.get(k, [])) for k in EXAMPLE_FIELDS},
                           f"config: boilerplate.override.{rule['name']}")
            check_content(rule, f"config: boilerplate.override.{rule['name']}", threshold, content)
        out.append(rule)
    position = {r["name"]: n for n, r in enumerate(out)}
    seen: set = set()
    for rule in section.get("rules", []) or []:
        if not isinstance(rule, dict):
            raise PackError("config: [[boilerplate.rules]] tables expected")
        where = f"config: boilerplate rule {rule.get('name')!r}"
        unknown = _unknown_fields(rule)
        if unknown:
            raise PackError(f"{where}: unknown field(s) {unknown} (fields: {', '.join(RULE_FIELDS)}, "
                            f"{', '.join(EXAMPLE_FIELDS)})")
        if rule.get("name") in seen:
            raise PackError(f"{where}: two of your rules have this name (the second would replace the first)")
        seen.add(rule.get("name"))
        check_rule_fields(rule, where)
        entry = effective_rule(rule, USER_PACK, vocabularies)
        check_examples(entry, rule, where)
        check_content(entry, where, threshold, content)
        at = position.get(entry.get("name"))
        if at is None:
            position[entry.get("name")] = len(out)
            out.append(entry)
        else:
            out[at] = entry
    return out


def rules_hash(rules: list[dict]) -> str:
    canonical = json.dumps(rules, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def pack_summary(rules: list[dict]) -> list[dict]:
    """Per pack, in order of first appearance: its name, how many rules it gave and their hash."""
    packs: dict[str, list[dict]] = {}
    for rule in rules:
        packs.setdefault(str(rule.get("pack", USER_PACK)), []).append(rule)
    return [{"pack": name, "rules": len(rs), "hash": rules_hash(rs)} for name, rs in packs.items()]
