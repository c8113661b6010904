"""Persistent state for incremental runs (SQLite by default): see :mod:`.sqlite`."""
from __future__ import annotations

from .sqlite import (CorpusOwned, CorpusState, SettingsMismatch, StateError, StateLocked, StoredPassage, key_hash,
                     settings_hash)

__all__ = ["CorpusOwned", "CorpusState", "SettingsMismatch", "StateError", "StateLocked", "StoredPassage",
           "key_hash", "settings_hash"]
