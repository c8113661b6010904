"""Rule packs: every rule fires on the examples it carries and not on its counter-examples
(texts sharing its words), and a user config adds, disables and overrides rules by name."""
from __future__ import annotations

import pytest

from pipeline.boilerplate.packs import (RULES_DIR, PackError, effective_rule, load_content_checks, load_vocabularies,
                                        pack_summary, read_pack, resolve_rules)
from pipeline.boilerplate.rules import BoilerplateRule
from pipeline.boilerplate.signals import words
from pipeline.config import ConfigError, load_config

PACKS = sorted(p.stem for p in RULES_DIR.glob("*.toml") if p.stem not in ("vocabularies", "content_checks"))
VOCABULARIES = load_vocabularies()


def _cases():
    for pack in PACKS:
        for rule in read_pack(pack):
            yield pytest.param(pack, rule, id=f"{pack}:{rule['name']}")


@pytest.mark.parametrize("pack, rule", list(_cases()))
def test_rule_fires_on_its_examples_and_not_on_its_counter_examples(pack, rule):
    compiled = BoilerplateRule.from_config(effective_rule(rule, pack, VOCABULARIES))
    examples, counter = rule.get("examples", []), rule.get("counter_examples", [])
    assert len(examples) >= 2 and len(counter) >= 2, "each rule carries at least two of each"
    for text in examples:
        assert compiled.fires(text, len(words(text))), f"should match: {text!r}"
    for text in counter:
        assert not compiled.fires(text, len(words(text))), f"should not match: {text!r}"


def test_no_decisive_pack_rule_fires_on_the_content_checks():
    """The paragraphs a user's decisive rule is refused for firing on are content to the
    packs too: no pack rule alone reaches the threshold on one."""
    threshold = load_config()["boilerplate"]["threshold"]
    content = load_content_checks()
    assert len(content) >= 30
    for rule in resolve_rules({"packs": PACKS}):
        compiled = BoilerplateRule.from_config(rule)
        for text in content:
            assert compiled.weight_for(text, len(words(text))) < threshold, (rule["name"], text)


@pytest.mark.parametrize("rule, refused", [
    ('pattern = "."', True),                                   # everything
    ('pattern = "\\\\bthe\\\\b"\nexamples = ["Read the latest news"]', True),  # its examples pass, but
    ('pattern = "doctor"', True),
    ('pattern = "."\nmin_words = 25', True),                   # limited to long texts: checked on long ones
    ('pattern = "e"\nmin_count = 40', True),                   # or to many matches
    ('pattern = "."\nweight = 0.5', False),                    # evidence, not decisive: the model weighs it
    ('pattern = "^open (?:mon|tue)[a-z]* to"', False),         # the README's kind of rule
])
def test_a_decisive_rule_of_the_users_that_fires_on_health_content_is_refused(tmp_path, rule, refused):
    user = tmp_path / "user.toml"
    weight = "" if "weight" in rule else "weight = 1.2\n"
    user.write_text(f'[[boilerplate.rules]]\nname = "mine"\ncategory = "about"\n{weight}{rule}\n', encoding="utf-8")
    if refused:
        with pytest.raises(ConfigError, match="rule 'mine': fires with weight .* on this paragraph of health content"):
            load_config(user)
    else:
        assert load_config(user)["boilerplate"]["rules"][-1]["name"] == "mine"


def test_a_guard_with_a_weight_above_zero_is_refused(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text('[[boilerplate.rules]]\nname = "g"\ncategory = "guard"\nweight = 1.5\npattern = "."\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="rule 'g': a guard's weight must be below zero"):
        load_config(user)


def test_an_override_that_makes_a_pack_rule_decisive_on_content_is_refused(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text('[boilerplate.override.consult-a-professional]\nweight = 1.5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="override.consult-a-professional: fires with weight 1.5"):
        load_config(user)


def test_every_default_pack_is_a_file_and_every_file_a_default_pack():
    assert sorted(load_config.__globals__["_read_toml"](
        load_config.__globals__["DEFAULT_CONFIG_PATH"])["boilerplate"]["packs"]) == PACKS


def test_rule_names_are_unique_across_packs():
    names = [r["name"] for pack in PACKS for r in read_pack(pack)]
    assert len(names) == len(set(names))


def test_user_config_adds_disables_and_overrides_rules_by_name(tmp_path):
    default = load_config()["boilerplate"]["rules"]
    user = tmp_path / "user.toml"
    user.write_text('''
[boilerplate]
disable = ["consent-button"]

[boilerplate.override.cookie-banner-title]
weight = 0.3

[[boilerplate.rules]]
name = "clinic-opening-hours"
category = "about"
weight = 1.2
pattern = '^open (?:mon|tue|wed|thu|fri)'
''', encoding="utf-8")
    rules = load_config(user)["boilerplate"]["rules"]
    by_name = {r["name"]: r for r in rules}
    assert "consent-button" not in by_name and len(rules) == len(default)
    assert by_name["cookie-banner-title"]["weight"] == 0.3 and by_name["cookie-banner-title"]["pack"] == "cookie"
    assert rules[-1]["name"] == "clinic-opening-hours" and rules[-1]["pack"] == "user"
    # The report lists packs by hash: the overridden pack's hash changes, the others' do not.
    before = {p["pack"]: p["hash"] for p in pack_summary(default)}
    after = {p["pack"]: p["hash"] for p in pack_summary(rules)}
    assert after["cookie"] != before["cookie"] and after["bio"] == before["bio"] and after["user"]
    from pipeline.config import config_hash

    assert config_hash(load_config(user)) != config_hash(load_config())


@pytest.mark.parametrize("text, message", [
    ('[boilerplate]\ndisable = ["no-such-rule"]\n', "no rule named 'no-such-rule'"),
    ('[boilerplate.override.no-such-rule]\nweight = 1.0\n', "no rule named 'no-such-rule'"),
    ('[boilerplate.override.consent-button]\ncolour = "red"\n', "only fields"),
    ('[boilerplate]\npacks = ["nope"]\n', "rule pack not found"),
    ('[[boilerplate.rules]]\nname = "x"\ncategory = "about"\nweight = 1.0\npattern = "{{unknown}}"\n',
     "unknown vocabulary"),
    ('[boilerplate]\ndecision = "vibes"\n', "decision must be"),
    ('[boilerplate.model]\nthreshold = 1.5\n', "probability between 0 and 1"),
    # a changed pattern still holds to the pack's examples and counter-examples
    ('[boilerplate.override.lone-number]\npattern = "."\n', "lone-number: fires on its counter-example"),
    ('[boilerplate.override.lone-number]\npattern = "^xyz$"\n', "lone-number: does not fire on its example"),
    ('[boilerplate.override.lone-number]\npattern = "^xyz$"\nexamples = ["xyz"]\ncounter_examples = ["xy"]\n'
     '[[boilerplate.rules]]\nname = "x"\ncategory = "about"\nweight = 1.0\npattern = " "\n',
     "boilerplate rule 'x': pattern is empty"),
    ('[[boilerplate.rules]]\nname = ""\ncategory = "about"\nweight = 1.0\npattern = "a"\n', "name is empty"),
    ('[boilerplate.signals.link_list]\ncategory = "advert"\n', "signals.link_list.category must be one of"),
    # examples are checked as the classifier runs the rule: its word limits and match count too
    ('[[boilerplate.rules]]\nname = "hours"\ncategory = "about"\nweight = 1.0\npattern = "open"\nmax_words = 3\n'
     'examples = ["We are open Monday to Friday"]\n', r"does not fire on its example .* \(6 words, outside its"),
    ('[[boilerplate.rules]]\nname = "hours"\ncategory = "about"\nweight = 1.0\npattern = "open"\nmin_count = 2\n'
     'examples = ["Open daily"]\n', r"\(fewer matches than its min_count, 2\)"),
    ('[[boilerplate.rules]]\nname = "mine"\nweight = 1.0\npattern = "a"\n', "boilerplate rule 'mine' lacks"),
])
def test_bad_rule_changes_are_config_errors(tmp_path, text, message):
    user = tmp_path / "user.toml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(user)


def test_an_override_may_narrow_a_rule_with_examples_of_its_own(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text('[boilerplate.override.lone-number]\npattern = "^\\\\d{3}$"\nexamples = ["123"]\n'
                    'counter_examples = ["12"]\n', encoding="utf-8")
    rule = {r["name"]: r for r in load_config(user)["boilerplate"]["rules"]}["lone-number"]
    assert rule["pattern"] == "^\\d{3}$" and "examples" not in rule


def test_vocabularies_are_put_in_as_literal_alternations():
    rules = {r["name"]: r for r in resolve_rules({"packs": PACKS})}
    switch = BoilerplateRule.from_config(rules["language-switch"])
    assert switch.fires("English | Cymraeg", 2) and switch.fires("Bahasa Indonesia / Español", 3)
    assert "{{" not in "".join(r["pattern"] for r in rules.values())


def test_pack_errors_name_the_file(tmp_path):
    (tmp_path / "vocabularies.toml").write_text("", encoding="utf-8")
    (tmp_path / "bad.toml").write_text("[[rule]]\nname = 'x'\nflavour = 1\n", encoding="utf-8")
    with pytest.raises(PackError, match="bad.toml.*unknown field"):
        resolve_rules({"packs": ["bad"]}, tmp_path)
