"""Load, merge, validate and hash the pipeline configuration.

The default lives in ``configs/default.toml``; a user file is merged over it.
The effective config is a plain dict (JSON-serialisable), so it can be written
into every report and shipped to workers unchanged.
"""
from __future__ import annotations

import copy
import hashlib
import json
import math
import re
import tomllib
import warnings
from collections.abc import Mapping
from pathlib import Path

from .boilerplate.packs import RULE_CATEGORIES, PackError, resolve_rules
from .steps import step_order_problem
from .patterns import TimedPattern

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "configs" / "default.toml"


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or invalid."""


def merge(base: dict, override: dict) -> dict:
    """Deep-merge ``override`` over ``base``: tables merge, everything else replaces.

    >>> merge({"a": {"x": 1, "y": 2}, "b": [1]}, {"a": {"y": 3}, "b": [2]})
    {'a': {'x': 1, 'y': 3}, 'b': [2]}
    """
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a config file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); TOML files are UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if text.startswith("\ufeff"):
        raise ConfigError(f"{path}: starts with a byte-order mark, which TOML does not allow; save it without one")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


class ConfigWarning(UserWarning):
    """A setting the configuration names but nothing reads (a misspelt key or table)."""


# Operational tables: how a run is carried out, not what it produces. They are
# kept out of the effective cleaning config (so they are not in reports and do
# not change config hashes) and read with :func:`load_operational`.
OPERATIONAL = ("engine", "state", "dask")


def _merged(path: str | Path | None, overrides: dict | None, warn: bool = True) -> dict:
    if not DEFAULT_CONFIG_PATH.is_file():
        raise ConfigError(
            f"{DEFAULT_CONFIG_PATH}: default config not found; install the project "
            "from its source tree (pip install -e .) so configs/ sits beside the package"
        )
    config = _read_toml(DEFAULT_CONFIG_PATH)
    if path is not None:
        if not str(path).strip():
            raise ConfigError("--config needs a file name")
        user = _read_toml(Path(path))
        check_types(config, user, str(path))
        config = merge(config, _known(config, user, str(path), warn))
    if overrides:
        check_types(config, overrides, "config")
        config = merge(config, _known(config, overrides, "config", warn))
    return config


def _known(default: dict, user: dict, where: str, warn: bool) -> dict:
    """``user`` without the settings the default's tables lack (each one a warning): they
    are ignored, so they must not reach the report or the config hash either."""
    unknown = unknown_settings(default, user)
    for name in unknown if warn else ():
        hint = "a rule pack's syntax: a config adds rules as [[boilerplate.rules]]" if name == "rule" else "misspelt?"
        warnings.warn(f"{where}: unknown setting {name} is ignored ({hint})", ConfigWarning, stacklevel=4)
    if not unknown:
        return user
    user = copy.deepcopy(user)
    for name in unknown:
        *tables, key = name.split(".")
        table = user
        for t in tables:
            table = table[t]
        table.pop(key, None)
    return user


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a table" if isinstance(value, dict) else type(value).__name__


def _fits(default, value) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))  # sizes in MB may be fractions; ranges are checked where read
    for kind in (str, list, dict):
        if isinstance(default, kind):
            return isinstance(value, kind)
    return True


# Where a config may add names of its own: its rules, overrides and disabled rule names,
# and tables at the top level (the settings of a user's own steps).
_OPEN = frozenset({"boilerplate.rules", "boilerplate.override", "boilerplate.disable"})


def unknown_settings(default: dict, user: dict, prefix: str = "") -> list[str]:
    """The settings ``user`` names inside the default's tables that the default does not
    have: a misspelt key (``[boilerplate.model] treshold``) or table (``[boilerplat.model]``
    is a top-level table, allowed for a user step's settings, but a misspelt subtable is not),
    and a top-level setting that is not a table (``[[rule]]``, a rule pack's syntax, is a list).

    >>> unknown_settings({"dedup": {"num_perm": 128}, "x": 1}, {"dedup": {"num_perms": 64}, "my_step": {"a": 1}})
    ['dedup.num_perms']
    >>> unknown_settings({"boilerplate": {"rules": []}}, {"rule": [{"name": "mine"}], "my_step": {"a": 1}})
    ['rule']
    """
    found = []
    for key, value in user.items():
        name = f"{prefix}{key}"
        if name in _OPEN:
            continue
        if key not in default:
            if prefix or not isinstance(value, dict):
                found.append(name)
        elif isinstance(default[key], dict) and isinstance(value, dict):
            found += unknown_settings(default[key], value, name + ".")
    return found


def check_types(default: dict, user: dict, where: str, prefix: str = "") -> None:
    """Raise :class:`ConfigError` when a user setting has another type than the default's
    (``num_perm = "many"``, ``workers = "two"``): named, before anything runs.

    >>> check_types({"dedup": {"num_perm": 128}}, {"dedup": {"num_perm": "many"}}, "my.toml")
    Traceback (most recent call last):
    ...
    pipeline.config.ConfigError: my.toml: dedup.num_perm must be a number, not 'many'
    """
    for key, value in user.items():
        if key not in default:
            continue  # new rules, user steps' settings: checked where they are read
        name = f"{prefix}{key}"
        if isinstance(default[key], dict) and isinstance(value, dict):
            check_types(default[key], value, where, name + ".")
        elif not _fits(default[key], value):
            raise ConfigError(f"{where}: {name} must be {_kind(default[key])}, not {value!r}")


def load_config(path: str | Path | None = None, overrides: dict | None = None) -> dict:
    """Return the effective config: the default, merged with ``path`` and ``overrides``
    (without the operational tables, see :func:`load_operational`)."""
    config = _merged(path, overrides)
    for table in OPERATIONAL:
        config.pop(table, None)
    section = config.get("boilerplate")
    disabled: set = set()
    if isinstance(section, dict):
        try:
            rules = resolve_rules(section)
        except PackError as exc:
            raise ConfigError(str(exc)) from None
        disabled = set(section.get("disable") or [])
        for key in ("packs", "disable", "override"):
            section.pop(key, None)
        section["rules"] = rules  # the effective rules: what the classifier compiles and the hash covers
    validate(config)
    _check_keep_guards(config["boilerplate"], disabled)
    return config


def _check_keep_guards(section: dict, disabled: set) -> None:
    """Each name of ``[boilerplate.model] keep_guards`` must be a guard of the rules in
    force: a misspelt one would keep nothing, silently (it names the lines no threshold
    may remove, a crisis line). A guard the config disables keeps nothing either, and
    is said (a warning: disabling it is the user's choice)."""
    guards = {r.get("name"): r.get("category") for r in section.get("rules", []) if isinstance(r, dict)}
    for name in section.get("model", {}).get("keep_guards", []):
        if name in disabled and name not in guards:
            warnings.warn(f"config: boilerplate.model.keep_guards names {name!r}, which boilerplate.disable "
                          "turns off: it keeps nothing", ConfigWarning, stacklevel=3)
        elif name not in guards:
            raise ConfigError(f"config: boilerplate.model.keep_guards: no rule named {name!r}")
        elif guards[name] != "guard":
            raise ConfigError(f"config: boilerplate.model.keep_guards: {name!r} is a {guards[name]} rule, "
                              "not a guard (category guard)")


def load_operational(table: str, path: str | Path | None = None) -> dict:
    """One operational table (e.g. ``state``) of the default merged with ``path``."""
    value = _merged(path, None, warn=False).get(table, {})
    if not isinstance(value, dict):
        raise ConfigError(f"config: [{table}] must be a table")
    if table == "state":
        _check_state(value)
    if table == "engine":
        check_engine(value)
    return value


def check_engine(value) -> None:
    """Raise :class:`ConfigError` naming the first setting of an ``[engine]`` table (from a
    config file, or the ``engine`` mapping a library caller gives) that is not a whole number
    in its range."""
    if not isinstance(value, Mapping):
        raise ConfigError(f"config: engine must be a table of settings, not {type(value).__name__}")
    for key, low in (("workers", 0), ("chunk_size", 1), ("stream_chunk_size", 1), ("worker_memory_mb", 0)):
        if key in value and not _whole_within(value[key], low):
            raise ConfigError(f"config: engine.{key} must be a whole number, at least {low}, not {value[key]!r}")


# A batch folder's name is the prefix and a number, inside the corpus folder: the prefix can
# name no other folder ("../x-" would write outside it) and hide no batch (".x-": the
# temporary names are the hidden ones).
_BATCH_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def _check_state(table: dict) -> None:
    prefix = table.get("batch_prefix", "batch-")
    if not isinstance(prefix, str) or not _BATCH_PREFIX.fullmatch(prefix):
        raise ConfigError(f"config: state.batch_prefix must be letters, digits, '-', '_' or '.', starting with a "
                          f"letter or digit (a folder name inside the corpus folder), not {prefix!r}")
    if not _number_within(table.get("lock_timeout", 30), 0, 1e9):
        raise ConfigError(f"config: state.lock_timeout must be a number of seconds, 0 or more, "
                          f"not {table.get('lock_timeout')!r}")


_REQUIRED = {
    "pipeline": ("steps",),
    "ingest": ("text_suffixes", "max_paragraph_chars", "binary_control_ratio"),
    "normalise": ("ftfy_markers", "keep_glued_digits", "trailing_backlinks", "leading_bullets"),
    "boilerplate": ("threshold", "signals", "rules"),
    "dedup": ("near", "shingle", "shingle_size", "num_perm", "threshold", "seed", "min_chars_near"),
}
# The tables a whole effective config has (a dict without them is a partial one, to merge).
REQUIRED_TABLES = tuple(_REQUIRED)


def _number_within(value, low: float, high: float) -> bool:
    """Whether a setting is a number (true and false are not) from ``low`` to ``high``."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and low <= float(value) <= high


def _not_finite(value, name: str = "") -> str | None:
    """The name of the first setting holding NaN or an infinity, if any (TOML allows both;
    no setting means either, and NaN compares false with every bound)."""
    if isinstance(value, float) and not math.isfinite(value):
        return name
    if isinstance(value, dict):
        found = (_not_finite(v, f"{name}.{k}" if name else str(k)) for k, v in value.items())
    elif isinstance(value, list):
        found = (_not_finite(v, f"{name}[{i}]") for i, v in enumerate(value))
    else:
        return None
    return next((f for f in found if f is not None), None)


def _whole_within(value, low: int, high: float = float("inf")) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def validate(config: dict) -> None:
    """Raise :class:`ConfigError` naming the first problem found."""
    bad = _not_finite(config)
    if bad:
        raise ConfigError(f"config: {bad} must be a finite number")
    for section, keys in _REQUIRED.items():
        if section not in config:
            raise ConfigError(f"config: missing section [{section}]")
        for key in keys:
            if key not in config[section]:
                raise ConfigError(f"config: missing key {section}.{key}")
    for table, keys in (("html", ("drop_tags", "chrome_keywords", "chrome_roles", "block_tags", "wrapper_share",
                                  "wrapper_min_words", "max_html_depth", "max_html_elements")),
                        ("jsonl", ("url_field", "title_field", "text_field", "html_field", "include_title"))):
        for key in keys:
            if key not in config["ingest"].get(table, {}):
                raise ConfigError(f"config: missing key ingest.{table}.{key}")
    html = config["ingest"]["html"]
    for key in ("drop_tags", "chrome_keywords", "chrome_roles", "control_keywords", "block_tags",
                "caption_credit_keywords"):
        values = html.get(key, [])  # control_keywords and caption_credit_keywords may be left out
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(f"config: ingest.html.{key} must be a list of strings")
        # "" names no tag, class word or role, and is no word a page could hold
        if not all(v.strip() for v in values):
            raise ConfigError(f"config: ingest.html.{key} holds an empty name")
    if not html["block_tags"]:
        # without a block tag a page is read as one paragraph, its list items run together
        raise ConfigError("config: ingest.html.block_tags must name at least one tag (p, li, ...)")
    pairs = html.get("chrome_word_pairs", [])
    if not isinstance(pairs, list) or not all(isinstance(v, str) and len(v.split()) == 2 for v in pairs):
        raise ConfigError("config: ingest.html.chrome_word_pairs must be a list of two-word strings (\"author bio\")")
    if not isinstance(html["wrapper_share"], (int, float)) or not 0.0 < float(html["wrapper_share"]) <= 1.0:
        raise ConfigError("config: ingest.html.wrapper_share must be a number in (0, 1]")
    if not isinstance(html["wrapper_min_words"], int) or html["wrapper_min_words"] < 0:
        raise ConfigError("config: ingest.html.wrapper_min_words must be a whole number >= 0")
    for key in ("max_html_depth", "max_html_elements"):  # below 1 every page would be refused
        if not _whole_within(html[key], 1):
            raise ConfigError(f"config: ingest.html.{key} must be a whole number, at least 1")
    fields = config["ingest"]["jsonl"]
    if fields["html_field"] == fields["text_field"]:
        raise ConfigError(f"config: ingest.jsonl.html_field and text_field must name two fields (both are "
                          f"{fields['text_field']!r})")
    if not _number_within(html.get("chrome_group_share", 0), 0.0, 1.0):
        raise ConfigError("config: ingest.html.chrome_group_share must be a number in [0, 1] (0 turns it off)")
    if not _number_within(html.get("chrome_group_post_ratio", 0), 0.0, float("inf")):
        raise ConfigError("config: ingest.html.chrome_group_post_ratio must be a number >= 0 (0 turns it off)")
    if not _number_within(html.get("chrome_group_trail_share", 0), 0.0, float("inf")):
        raise ConfigError("config: ingest.html.chrome_group_trail_share must be a number >= 0")
    for key in ("control_max_words", "break_min_words", "table_row_max_words", "chrome_group_lead_words",
                "product_review_texts"):
        if not _whole_within(html.get(key, 0), 0):
            raise ConfigError(f"config: ingest.html.{key} must be a whole number >= 0")
    for key, what, example in (("discussion_page_words", "words", "forum"),
                               ("product_review_keywords", "words", "reviews"),
                               ("product_chrome_keywords", "words", "upsells"),
                               ("product_page_types", "type names", "Product"),
                               ("discussion_page_types", "type names", "QAPage"),
                               ("article_page_types", "type names", "NewsArticle")):
        names = html.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ConfigError(f"config: ingest.html.{key} must be a list of {what} (\"{example}\")")
    if not isinstance(html.get("table_rows", False), bool):
        raise ConfigError("config: ingest.html.table_rows must be true or false")
    if not _number_within(html.get("prose_container_share", 0), 0.0, 1.0):
        raise ConfigError("config: ingest.html.prose_container_share must be a number in [0, 1] (0 turns it off)")
    if not _number_within(html.get("teaser_container_ratio", 0), 0.0, float("inf")):
        raise ConfigError("config: ingest.html.teaser_container_ratio must be a number >= 0 (0 turns it off)")
    if not _whole_within(html.get("teaser_max_words", 1), 1):
        raise ConfigError("config: ingest.html.teaser_max_words must be a whole number, at least 1")
    steps = config["pipeline"]["steps"]
    if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
        raise ConfigError("config: pipeline.steps must be a list of step names")
    problem = step_order_problem(steps)
    if problem:
        raise ConfigError(f"config: pipeline.steps {problem}")
    budget = config["pipeline"].get("pattern_budget_ms", 0)
    if not _number_within(budget, 0, float("inf")):
        raise ConfigError("config: pipeline.pattern_budget_ms must be a number >= 0")
    for key in ("trailing_backlinks", "leading_bullets"):
        try:
            TimedPattern(config["normalise"][key], 0, key)
        except re.error as exc:
            raise ConfigError(f"config: normalise.{key}: bad pattern: {exc}") from None
    names = set()
    for i, rule in enumerate(config["boilerplate"]["rules"]):
        for key in ("name", "category", "weight", "pattern"):
            if key not in rule:
                named = f"rule {rule['name']!r}" if isinstance(rule.get("name"), str) else f"rules[{i}]"
                raise ConfigError(f"config: boilerplate {named} lacks '{key}'")
        if rule["name"] in names:
            raise ConfigError(f"config: boilerplate rule name '{rule['name']}' is used twice")
        names.add(rule["name"])
        try:
            TimedPattern(rule["pattern"], 0, rule["name"])
        except re.error as exc:
            raise ConfigError(f"config: boilerplate rule '{rule['name']}': bad pattern: {exc}") from None
    section = config["boilerplate"]
    for name, signal in section.get("signals", {}).items():
        # a signal's category names its removals in the audit and the report: one of the 13
        if isinstance(signal, dict) and "category" in signal and signal["category"] not in RULE_CATEGORIES:
            raise ConfigError(f"config: boilerplate.signals.{name}.category must be one of "
                              f"{', '.join(RULE_CATEGORIES)}, not {signal['category']!r}")
    if section.get("decision", "rules") not in ("model", "rules"):
        raise ConfigError("config: boilerplate.decision must be \"model\" or \"rules\"")
    model = section.get("model", {})
    guards = model.get("keep_guards", [])
    if not isinstance(guards, list) or not all(isinstance(g, str) for g in guards):
        raise ConfigError("config: boilerplate.model.keep_guards must be a list of rule names")
    for key in ("short_words", "unlearned_script_min_letters", "unlearned_language_min_words",
                "html_directory_min_entries"):
        # counts of words, letters or entries: a million is past any paragraph (and a number
        # past the machine's word size broke the run with a traceback)
        if not _whole_within(model.get(key, 0), 0, 1_000_000):
            raise ConfigError(f"config: boilerplate.model.{key} must be a whole number from 0 to 1000000")
    fallback = model.get("fallback_category", "site-chrome")
    if fallback not in RULE_CATEGORIES or fallback == "guard":
        raise ConfigError(f"config: boilerplate.model.fallback_category must be one of "
                          f"{', '.join(c for c in RULE_CATEGORIES if c != 'guard')}, not {fallback!r}")
    for key in ("threshold", "short_threshold", "rules_threshold", "html_threshold", "html_short_threshold",
                "html_outside_prose_threshold", "html_table_threshold", "html_title_threshold",
                "html_foreign_page_threshold",
                "html_directory_threshold", "prose_threshold",
                "prose_short_threshold", "unordered_threshold", "unordered_short_threshold"):
        value = model.get(key, 0.5)
        if not _number_within(value, 0.0, 1.0):
            raise ConfigError(f"config: boilerplate.model.{key} must be a probability between 0 and 1")
    share = model.get("html_container_share", 1.0)
    if not _number_within(share, 0.0, 1.0):
        raise ConfigError("config: boilerplate.model.html_container_share must be a share of words from 0 to 1")
    words = model.get("prose_page_words", 0)
    if not _number_within(words, 0, float("inf")):
        raise ConfigError("config: boilerplate.model.prose_page_words must be a number of words >= 0")
    signal = model.get("ordered_page_signal", 0.0)
    if not _number_within(signal, -1.0, 1.0):
        raise ConfigError("config: boilerplate.model.ordered_page_signal must be a correlation between -1 and 1")
    if not isinstance(model.get("path", ""), str):
        raise ConfigError("config: boilerplate.model.path must be a folder path (\"\" for the shipped model)")
    if model.get("path") and not Path(model["path"]).is_dir():
        raise ConfigError(f"config: boilerplate.model.path: no model folder at {model['path']}")
    dedup = config["dedup"]
    if dedup["shingle"] not in ("char", "word"):
        raise ConfigError("config: dedup.shingle must be 'char' or 'word'")
    if not 0.0 < float(dedup["threshold"]) <= 1.0:
        raise ConfigError("config: dedup.threshold must be in (0, 1]")
    if not _whole_within(dedup["num_perm"], 16):
        raise ConfigError("config: dedup.num_perm must be a whole number, at least 16")
    if not _whole_within(dedup["shingle_size"], 1, 64):
        raise ConfigError("config: dedup.shingle_size must be a whole number from 1 to 64")
    containment = dedup.get("containment", 1.0)
    if not _number_within(containment, 0.0, 1.0) or containment == 0:
        raise ConfigError("config: dedup.containment must be in (0, 1]")
    if not _whole_within(config["ingest"]["max_paragraph_chars"], 1):
        raise ConfigError("config: ingest.max_paragraph_chars must be a whole number, at least 1")
    if not _number_within(section.get("threshold", 1.0), 0.0, float("inf")) or section.get("threshold", 1.0) <= 0:
        raise ConfigError("config: boilerplate.threshold must be a number above 0 (the rules' summed evidence)")
    # settings that, out of range, quietly weaken or switch off near-duplicate search
    # (max_bucket 0 found no near copy at all; negative bands were written into the report)
    for key, low in (("max_bucket", 1), ("bands", 0), ("rows", 0), ("min_chars_near", 0), ("prefix_chars", 1),
                     ("min_containment_chars", 0), ("window_words", 0), ("window_unmatched", 0),
                     ("window_min_run", 0), ("phrase_bridge", 0), ("phrase_min_words", 0), ("phrase_min_side", 0),
                     ("seed", 0)):
        if key in dedup and not _whole_within(dedup[key], low):
            raise ConfigError(f"config: dedup.{key} must be a whole number, at least {low}")
    for key, low, high in (("lsh_threshold", 0.0, 1.0), ("template_check_below", 0.0, 1.0),
                           ("prefilter_margin", 0.0, 1.0)):
        if key in dedup and not _number_within(dedup[key], low, high):
            raise ConfigError(f"config: dedup.{key} must be a number from {low:g} to {high:g}")
    if not 0 <= int(dedup.get("prefix_levels", 0)) <= 10:
        raise ConfigError("config: dedup.prefix_levels must be a whole number from 0 to 10")
    if int(config["ingest"].get("problems_listed_per_file", 0)) < 0:
        raise ConfigError("config: ingest.problems_listed_per_file must be 0 (no limit) or more")
    if float(config["ingest"].get("max_file_mb", 0)) < 0:
        raise ConfigError("config: ingest.max_file_mb must be 0 (no limit) or more")


def config_hash(config: dict) -> str:
    """A stable hash of the effective config (key order does not matter).

    >>> config_hash({"a": 1, "b": 2}) == config_hash({"b": 2, "a": 1})
    True
    """
    canonical = json.dumps(config, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


