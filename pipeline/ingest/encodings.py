"""An HTML page's bytes as text: the encoding a browser would read them in.

Pages are saved as fetched, and not every site serves UTF-8: a Latin-1 or Shift_JIS page
declares its encoding in a ``<meta>`` tag (or the HTTP header a WARC record keeps), and some
UTF-8 pages hold a stray Windows-1252 byte pasted from a word processor. A text dump must be
UTF-8 (a bad byte there is reported, not guessed at); a page says what it is, so it is read
the way browsers read it (the WHATWG Encoding Standard's order):

1. a byte-order mark (UTF-8, UTF-16 LE or BE) decides;
2. a charset the transport declared (a WARC record's ``Content-Type``), when its codec reads
   the bytes;
3. bytes that are valid UTF-8 are UTF-8 (a page whose non-ASCII bytes all form valid UTF-8
   sequences is UTF-8 whatever it declares, with near certainty);
4. the page's own declaration (``<meta charset>``, ``http-equiv``, else an XML prolog; found
   by Beautiful Soup's prescan, comments passed over), when it names another encoding: read
   in it, undecodable bytes as U+FFFD;
5. otherwise UTF-8 with each byte that is not part of a valid sequence read as Windows-1252,
   the encoding browsers fall back to for Western pages (a UTF-8 page with a pasted ``\\x92``
   keeps both its UTF-8 text and its apostrophe).

A page in a legacy East Asian encoding that declares nothing is misread by the last step (it
comes out as Latin letters): no detector is used, so the result never depends on which
optional packages are installed.
"""
from __future__ import annotations

import codecs
import re

# Labels the Encoding Standard maps to windows-1252: browsers read "Latin-1" and "ASCII" pages
# so, and such pages do use the 0x80-0x9F bytes for curly quotes and dashes.
_WINDOWS_1252_LABELS = frozenset({
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
    "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "latin-1", "us-ascii",
    "windows-1252", "x-cp1252",
})
# A <meta> naming UTF-16 cannot be right (the prescan read it as ASCII): the Standard reads UTF-8.
_UTF8_NAMES = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be"})
# Python's codecs for labels the Standard reads with a superset (its GBK decoder is gb18030's,
# its Shift_JIS is Microsoft's cp932, ...): pages labelled so use the superset's characters.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932",
              "big5": "big5hkscs", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874"}
_MORE_LABELS = {"x-gbk": "gb18030", "x-sjis": "cp932", "windows-31j": "cp932", "ms_kanji": "cp932",
                "x-euc-jp": "euc_jp", "windows-874": "cp874", "iso-8859-8-i": "iso8859-8",
                "x-mac-cyrillic": "mac-cyrillic"}
# The encodings of the Standard, as Python names them. A label naming anything else is ignored,
# as browsers ignore it: Python also knows codecs that are not text encodings ("base64",
# "rot13": decoding bytes with them raises) and ones the Standard forbids ("utf-7").
_WEB_CODECS = frozenset({
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "windows-1252", "cp866", "iso8859-2", "iso8859-3",
    "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13",
    "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
    "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gb18030",
    "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
})
# UTF-32's marks first: its little-endian one starts with UTF-16's. Browsers no longer read
# UTF-32 (they take the page for UTF-16 and show garbage); its mark is unambiguous, so it is
# read here rather than lost.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
WINDOWS_1252 = "windows-1252"
UTF8_WITH_1252 = "utf-8+windows-1252"


def _reading_bad_bytes(read):
    """A codec error handler that reads the bytes a decoder could not with ``read``."""
    def handler(exc: UnicodeError) -> tuple[str, int]:
        if not isinstance(exc, UnicodeDecodeError):
            raise exc
        return read(exc.object[exc.start:exc.end]), exc.end
    return handler


def windows_1252(data: bytes) -> str:
    """``data`` as the Encoding Standard's windows-1252: Python's cp1252, with the five bytes
    it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 controls of the same
    number, as browsers read them.

    >>> windows_1252(b"caf\\xe9 \\x93ok\\x94 \\x81")
    'café “ok” \\x81'
    """
    return data.decode("cp1252", "pipeline-c1-control")


# cp1252's five undefined bytes as the C1 controls of the same number (Latin-1 reads them so);
# in UTF-8, each stray byte as windows-1252.
codecs.register_error("pipeline-c1-control", _reading_bad_bytes(lambda b: b.decode("latin-1")))
codecs.register_error("pipeline-windows-1252", _reading_bad_bytes(windows_1252))


def codec_name(label: str | None) -> str | None:
    """The codec a charset label names (``windows-1252`` for the labels the Encoding Standard
    maps to it, and the Standard's supersets of some others), or None when it names no
    encoding of the Standard.

    >>> [codec_name(x) for x in ("ISO-8859-1", "Shift_JIS", "UTF8", "koi8-r", "no-such", "base64", None)]
    ['windows-1252', 'cp932', 'utf-8', 'koi8-r', None, None, None]
    """
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _WINDOWS_1252_LABELS:
        return WINDOWS_1252
    if name in _MORE_LABELS:
        return _MORE_LABELS[name]
    try:
        found = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a label holding a NUL
        return None
    found = _SUPERSETS.get(found, found)
    return found if found in _WEB_CODECS else None


def _read_as(data: bytes, codec: str, errors: str = "strict") -> str:
    return windows_1252(data) if codec == WINDOWS_1252 else data.decode(codec, errors)


def _page_declaration(data: bytes) -> str | None:
    """The codec a page's own ``<meta>`` charset names, else its XML prolog, if it is a web
    encoding. As browsers read a page: a ``<meta>`` inside a comment declares nothing, and
    a ``<meta>`` wins over an XML prolog (which HTML otherwise ignores).

    >>> _page_declaration(b'<!-- <meta charset="windows-1251"> --><meta charset="koi8-r">')
    'koi8-r'
    >>> _page_declaration(b'<?xml version="1.0" encoding="windows-1251"?><meta charset="koi8-r">')
    'koi8-r'
    >>> _page_declaration(b'<?xml version="1.0" encoding="windows-1251"?><p>x</p>')
    'cp1251'
    """
    from bs4.dammit import EncodingDetector

    # the part of the page Beautiful Soup's prescan reads: its first twentieth, at least 2,048 bytes
    head = _COMMENTS.sub(b"", data[: max(_PRESCAN_BYTES, len(data) // 20)])
    prolog = _XML_PROLOG.match(head)
    declared = codec_name(EncodingDetector.find_declared_encoding(
        head[prolog.end():] if prolog else head, is_html=True, search_entire_document=True))
    if declared is None and prolog:
        declared = codec_name(EncodingDetector.find_declared_encoding(prolog.group(), is_html=False))
    return declared


_PRESCAN_BYTES = 2048
_COMMENTS = re.compile(rb"<!--.*?(?:-->|\Z)", re.S)
_XML_PROLOG = re.compile(rb"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes, transport_charset: str | None = None) -> tuple[str, str]:
    """The page's text and the encoding it was read in (module docstring for the order).

    >>> decode_html("<p>café</p>".encode())
    ('<p>café</p>', 'utf-8')
    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
    ('<meta charset="iso-8859-1"><p>café</p>', 'windows-1252')
    >>> decode_html("<p>it".encode() + b"\\x92s caf" + "é</p>".encode())
    ('<p>it’s café</p>', 'utf-8+windows-1252')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace"), codec
    declared = codec_name(transport_charset)
    if declared and declared not in _UTF8_NAMES:
        try:
            return _read_as(data, declared), declared
        except UnicodeDecodeError:
            pass
    if b"\x1b" in data:
        # ISO-2022 text (Japanese, Korean, Chinese mail-era pages) is 7-bit, so always valid
        # UTF-8: its escape sequences show it, and then the page's own declaration is read first.
        declared = _page_declaration(data)
        if declared and declared.startswith("iso2022"):
            return _read_as(data, declared, "replace"), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _page_declaration(data)
    if declared and declared not in _UTF8_NAMES:
        return _read_as(data, declared, "replace"), declared
    return data.decode("utf-8", "pipeline-windows-1252"), UTF8_WITH_1252
