"""Plain-text dumps: one paragraph per non-blank line."""
from __future__ import annotations

import re

from ..model import Paragraph, Provenance, Removal

# A whole HTML document: its doctype or <html> tag first, after an XML declaration or
# comments at most. A dump that merely quotes a tag in a line is not one. A comment cannot
# run past its own "-->" (with ".*?" a run of comments could be split every way there is,
# and a dump opening with 25 of them took seconds), and the comments are taken atomically.
_HTML_DOCUMENT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?>(?:<!--(?:(?!-->).)*-->\s*)*)"
                            r"(?:<!doctype\s+html\b|<html[\s>])", re.IGNORECASE | re.DOTALL)


def holds_html_document(text: str) -> bool:
    """Whether a dump's text is an HTML page saved under a dump's name.

    >>> holds_html_document("<!DOCTYPE html>\\n<html><body><p>Rest.</p></body></html>")
    True
    >>> holds_html_document("  <?xml version='1.0'?>\\n<!-- saved -->\\n<html lang='en'>")
    True
    >>> holds_html_document("Use <html> tags to start a page.\\n<!DOCTYPE html>")
    False
    >>> holds_html_document("<htmlish> is no tag")
    False
    >>> holds_html_document("<!-- a -->" * 2000 + "no page"), holds_html_document("<!-- a -->" * 800 + "<html>")
    (False, True)
    """
    return _HTML_DOCUMENT.match(text[:8192]) is not None


def line_end(text: str) -> str:
    """What ends a line of ``text``: ``\\n`` (also of ``\\r\\n``), or ``\\r`` when the text
    holds no ``\\n`` at all. A lone ``\\r`` in a text that has ``\\n`` stays inside its line:
    in ``\\r\\r\\n`` endings (a file converted twice) it is no blank line, which would end a page."""
    return "\r" if "\n" not in text and "\r" in text else "\n"


def split_paragraphs(path: str, text: str) -> list[Paragraph]:
    """Every non-blank line of ``text`` as a :class:`Paragraph`.

    Lines end at ``\\n`` (a trailing ``\\r`` is dropped), or at ``\\r`` in a text that holds
    no ``\\n`` (old Mac line ends: read otherwise, the whole file is one paragraph);
    ``start``/``end`` are the character offsets of the stripped line in ``text``.

    >>> [(p.raw, p.source.line, p.source.start, p.source.end)
    ...  for p in split_paragraphs("d.txt", "  one \\n\\ntwo\\r\\n")]
    [('one', 1, 2, 5), ('two', 3, 8, 11)]
    >>> [(p.raw, p.source.line, p.source.start) for p in split_paragraphs("d.txt", "one\\rtwo\\r")]
    [('one', 1, 0), ('two', 2, 4)]
    """
    out: list[Paragraph] = []
    offset = 0
    for number, line in enumerate(text.split(line_end(text)), start=1):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = offset + lead
            out.append(Paragraph(stripped, Provenance(path, number, start, start + len(stripped))))
        offset += len(line) + 1
    return out


def screen_oversize(paragraphs: list[Paragraph], max_chars: int) -> tuple[list[Paragraph], list[Removal]]:
    """Set aside paragraphs longer than ``max_chars``: they are audited, not processed.

    >>> from pipeline.model import Provenance
    >>> kept, removed = screen_oversize([Paragraph("x" * 5, Provenance("f", 1, 0, 5))], 3)
    >>> (len(kept), removed[0].reason, removed[0].text)
    (0, 'oversize', 'xxx')
    """
    kept: list[Paragraph] = []
    removed: list[Removal] = []
    for p in paragraphs:
        if len(p.raw) > max_chars:
            removed.append(Removal(p.source, p.raw[:max_chars], "oversize", rule="max_paragraph_chars"))
        else:
            kept.append(p)
    return kept, removed
