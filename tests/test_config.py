"""Operational tables are checked when read: a bad [state] setting is a config error (exit 2),
not a batch folder written outside the corpus folder."""
import pytest

from pipeline.config import ConfigError, load_operational


@pytest.mark.parametrize("line", ['batch_prefix = "../escaped-"', 'batch_prefix = "a/b-"', 'batch_prefix = ""',
                                  'batch_prefix = ".hidden-"', "batch_prefix = 3", "lock_timeout = -5",
                                  'lock_timeout = "soon"', "lock_timeout = true"])
def test_a_state_setting_that_cannot_work_is_refused(tmp_path, line):
    (tmp_path / "c.toml").write_text(f"[state]\n{line}\n", encoding="utf-8")
    # named as every other setting is (table.key), whichever check refuses it
    with pytest.raises(ConfigError, match=r": state\.(batch_prefix|lock_timeout) must be"):
        load_operational("state", tmp_path / "c.toml")


def test_the_default_and_plain_state_settings_are_taken(tmp_path):
    assert load_operational("state")["batch_prefix"] == "batch-"
    (tmp_path / "c.toml").write_text('[state]\nbatch_prefix = "run_2026."\nlock_timeout = 0\n', encoding="utf-8")
    assert load_operational("state", tmp_path / "c.toml")["batch_prefix"] == "run_2026."
