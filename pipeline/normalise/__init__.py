"""Stage 2, normalise: repair Unicode and remove inline artefacts.

``raw`` is kept as read; ``text`` receives the cleaned version. The order
matters: spaces are collapsed first so ftfy sees the same text however the
spacing was written (that keeps cleaning idempotent), encodings are repaired
before entities are decoded, and spaces are collapsed again last because every
removal can leave a gap.
"""
from __future__ import annotations

import dataclasses

from ..model import Paragraph
from ..patterns import PatternTimeout, TimedPattern, budget_of
from ..steps import Batch, Step, register_step
from .artefacts import (
    strip_citation_marks,
    strip_edge_glyphs,
    strip_glued_footnotes,
    strip_leading_bullets,
    strip_superscript_footnotes,
    strip_trailing_backlinks,
)
from .unicode import collapse_spaces, fix_mojibake, to_nfc, unescape_entities


class TextCleaner:
    """The normalisation chain, compiled once from the ``[normalise]`` config section."""

    def __init__(self, config: dict):
        section = config["normalise"]
        self.markers = str(section["ftfy_markers"])
        self.keep_words = frozenset(w.lower() for w in section["keep_glued_digits"])
        self.quantity_words = frozenset(w.lower() for w in section.get("quantity_words", ()))
        budget = budget_of(config)
        self.backlinks = TimedPattern(section["trailing_backlinks"], 0, "normalise.trailing_backlinks", budget)
        self.bullets = TimedPattern(section["leading_bullets"], 0, "normalise.leading_bullets", budget)

    def clean(self, raw: str) -> str:
        # Removing one artefact can expose another ("× × text", a bullet hiding
        # mojibake from ftfy): repeat until nothing changes, so that cleaning
        # clean text is a no-op. Unchanged text costs a single pass.
        text = raw
        for _ in range(4):
            cleaned = self.clean_once(text)
            if cleaned == text:
                break
            text = cleaned
        return text

    def clean_once(self, text: str) -> str:
        # Each step returns its input object when it changes nothing, and collapsing
        # collapsed text changes nothing: the second and last collapse (the costliest
        # calls for most paragraphs, which need no repair) run only after a change.
        # Mojibake is repaired before spaces are touched: its bytes may read as a soft hyphen
        # ("í" read as Latin-1 is "Ã" and U+00AD) or a next-line control, which collapsing drops.
        fixed = fix_mojibake(text, self.markers)
        spaced = collapse_spaces(fixed)
        text = to_nfc(unescape_entities(spaced))
        if text is not spaced:
            text = collapse_spaces(text)
        return self.strip_artefacts(text)

    def strip_artefacts(self, text: str) -> str:
        """Remove inline artefacts from text whose spaces are collapsed already."""
        stripped = strip_citation_marks(text, self.quantity_words)
        stripped = strip_glued_footnotes(stripped, self.keep_words, self.quantity_words)
        stripped = strip_superscript_footnotes(stripped)
        stripped = strip_trailing_backlinks(stripped, self.backlinks)
        stripped = strip_leading_bullets(stripped, self.bullets)
        stripped = strip_edge_glyphs(stripped)
        return text if stripped is text else collapse_spaces(stripped)


@register_step("normalise")
class Normalise(Step):
    """Adds ``text``: each raw line cleaned (each distinct line once per batch). A line on
    which a config pattern ran past its time budget gets its spaces collapsed only, and a
    ``timeout`` column names the pattern (the boilerplate step audits it as ``timeout``)."""

    def __init__(self, config: dict):
        super().__init__(config)
        self.cleaner = TextCleaner(config)

    def run(self, batch: Batch) -> Batch:
        cleaned: dict[str, str] = {}
        timed_out: dict[str, PatternTimeout] = {}
        texts = []
        for raw in batch.raw:
            text = cleaned.get(raw)
            if text is None:
                try:
                    text = self.cleaner.clean(raw)
                except PatternTimeout as exc:
                    text, timed_out[raw] = collapse_spaces(raw), exc
                cleaned[raw] = text
            texts.append(text)
        batch["text"] = texts
        if timed_out:
            batch["timeout"] = [timed_out.get(raw) for raw in batch.raw]
        return batch


def clean_text(raw: str, config: dict) -> str:
    """Normalise one string (convenience for library users; batches use :func:`normalise`)."""
    return TextCleaner(config).clean(raw)


def normalise(paragraphs: list[Paragraph], config: dict) -> list[Paragraph]:
    """Return the paragraphs with ``text`` set to the cleaned form of ``raw``."""
    cleaner = TextCleaner(config)
    return [dataclasses.replace(p, text=cleaner.clean(p.raw)) for p in paragraphs]


__all__ = ["Normalise", "TextCleaner", "clean_text", "normalise"]
