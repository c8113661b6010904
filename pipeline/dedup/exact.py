"""Exact duplicates: a hash of a normalised form, and the stable passage id."""
from __future__ import annotations

import hashlib
import re

_NON_WORD = re.compile(r"[\W_]+")


def exact_key(text: str) -> str:
    """The form two paragraphs must share to be exact duplicates: case-folded,
    with punctuation and white space collapsed to single spaces.

    >>> exact_key("Don’t  stop!") == exact_key("don't stop")
    True
    """
    return _NON_WORD.sub(" ", text.casefold()).strip()


def passage_id(key: str) -> str:
    """A stable id for the passage whose exact key is ``key``.

    >>> passage_id("hip pain")
    '270d7cc36d8c276b'
    """
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
