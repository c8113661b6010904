"""Stage 2, normalise: repair Unicode and remove inline artefacts.

``raw`` is kept as read; ``text`` receives the cleaned version. The order
matters: encodings are repaired before entities are decoded (an entity can
hide a non-breaking space), and spaces are collapsed last because every
removal can leave a gap.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Paragraph
from .artefacts import (
    strip_citation_marks,
    strip_edge_glyphs,
    strip_glued_footnotes,
    strip_leading_bullets,
    strip_trailing_backlinks,
)
from .unicode import collapse_spaces, fix_mojibake, to_nfc, unescape_entities


class TextCleaner:
    """The normalisation chain, compiled once from the ``[normalise]`` config section."""

    def __init__(self, config: dict):
        section = config["normalise"]
        self.markers = str(section["ftfy_markers"])
        self.keep_words = frozenset(w.lower() for w in section["keep_glued_digits"])
        self.backlinks = re.compile(section["trailing_backlinks"])
        self.bullets = re.compile(section["leading_bullets"])

    def clean(self, raw: str) -> str:
        text = fix_mojibake(raw, self.markers)
        text = to_nfc(unescape_entities(text))
        text = collapse_spaces(text)
        text = strip_citation_marks(text)
        text = strip_glued_footnotes(text, self.keep_words)
        text = strip_trailing_backlinks(text, self.backlinks)
        text = strip_leading_bullets(text, self.bullets)
        text = strip_edge_glyphs(text)
        return collapse_spaces(text)


def clean_text(raw: str, config: dict) -> str:
    """Normalise one string (convenience for library users; batches use :func:`normalise`)."""
    return TextCleaner(config).clean(raw)


def normalise(paragraphs: list[Paragraph], config: dict) -> list[Paragraph]:
    """Return the paragraphs with ``text`` set to the cleaned form of ``raw``."""
    cleaner = TextCleaner(config)
    return [dataclasses.replace(p, text=cleaner.clean(p.raw)) for p in paragraphs]


__all__ = ["TextCleaner", "clean_text", "normalise"]
