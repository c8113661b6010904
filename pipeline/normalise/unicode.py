"""Unicode repair: mojibake, HTML entities, normal form and white space.

Small pure ``str -> str`` functions; :mod:`pipeline.normalise` chains them.
"""
from __future__ import annotations

import html
import re
import unicodedata

import ftfy

# ftfy may only repair encodings here: straightening quotes, widths or
# ligatures would change text that is already right.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Spaces that should read as one plain space, and invisible characters that
# scrapers leave inside words. Only runs that need changing match (a single
# plain space does not), so clean text passes without a substitution.
_WS = r"\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(rf"[^\S ][{_WS}]*| [{_WS}]+|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][{_WS}]*")
# Zero-width and soft-hyphen characters, and the ASCII control characters that are not white
# space (NUL, BEL, ESC, DEL): invisible in a page, harmful downstream (a NUL ends a C string, an
# escape sequence redraws a terminal). C1 controls are left to ftfy: they are how UTF-8 read as
# Latin-1 spells a quote ("â\x80\x99"), which it repairs. A terminal's colour codes (an ESC
# and its "[31m": text copied from a terminal log) go whole.
_INVISIBLE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f]")


# "â€" closing a word, with its third byte gone: before a space, punctuation or the end.
_LOST_THIRD_BYTE = re.compile(r"(?<=\S)â€(?=[\s.,;:!?)\]]|$)")


def restore_lost_right_quote(text: str) -> str:
    """Repair ``â€�`` and a bare ``â€``: the mojibake of a right double quote (bytes
    E2 80 9D) whose last byte, undefined in Windows-1252, was replaced or dropped on
    the way. ftfy can only turn the first into ``�`` and reads the second as a
    dagger (it assumes a lost no-break space, E2 80 A0); the right quote is by far
    the more common origin of both.

    >>> restore_lost_right_quote("“bed restâ€\ufffd for")
    '“bed rest” for'
    >>> restore_lost_right_quote("one â€œperfectâ€ posture, or â€œtwoâ€.")
    'one â€œperfect” posture, or â€œtwo”.'
    >>> restore_lost_right_quote("donâ€™t")  # a complete sequence is left to ftfy
    'donâ€™t'
    """
    if "â€" not in text:
        return text
    return _LOST_THIRD_BYTE.sub("\u201d", text.replace("â€\ufffd", "\u201d"))


# C1 control characters: no text holds them, but UTF-8 read as Latin-1 spells most
# characters of other scripts with one ("糖" is "ç³\x96").
_C1 = re.compile("[\x80-\x9f]")


def fix_mojibake(text: str, markers: str) -> str:
    """Repair text decoded with the wrong codec, but only pay for ftfy when a marker (or a
    C1 control character) is present.

    >>> fix_mojibake("donâ€™t stop", "â")
    'don’t stop'
    >>> fix_mojibake("plain ascii", "â")
    'plain ascii'
    >>> fix_mojibake("ç³\x96å°¿ç\x97\x85", "â")
    '糖尿病'
    """
    if not any(ch in text for ch in markers) and (text.isascii() or not _C1.search(text)):
        return text
    return ftfy.fix_text(restore_lost_right_quote(text), _FTFY_CONFIG)


def unescape_entities(text: str) -> str:
    """Decode HTML entities, twice at most so ``&amp;nbsp;`` becomes a space character too.

    >>> unescape_entities("Heel &amp; Calf &#8217; &amp;nbsp;x")
    'Heel & Calf ’ \\xa0x'
    >>> unescape_entities("AT&T & co")
    'AT&T & co'
    """
    for _ in range(2):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def to_nfc(text: str) -> str:
    """Compose combining characters so equal-looking text compares equal.

    >>> to_nfc("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """Drop invisible characters, turn every run of space-like characters into one space, strip.

    >>> collapse_spaces("a\\u00a0 b\\u200bc\\t\\n d ")
    'a bc d'
    >>> collapse_spaces("NUL\\x00 and \\x1b[31mred\\x1b[0m")
    'NUL and red'
    """
    # Fast path: printable text (no tabs, newlines, NBSP, zero-width or other
    # format characters) without double spaces or edge spaces is already clean.
    if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
        return text
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()
