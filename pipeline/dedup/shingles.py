"""Shingling: the sets of overlapping pieces whose overlap measures similarity.

Shingles are taken from the exact key of a paragraph (case-folded, punctuation
and spacing collapsed), so straightened quotes or a stray comma cost nothing.
"""
from __future__ import annotations

import numpy as np

from .exact import exact_key
from .kernels import kernel

MASK = 0xFFFFFFFF
POLY = 0x01000193
_M32 = np.uint64(MASK)
_P = np.uint64(POLY)


def char_shingles(key: str, size: int = 5) -> set[str]:
    """Character ``size``-grams of an exact key; a key shorter than ``size`` is one shingle.

    >>> sorted(char_shingles("hip pain", 5))
    [' pain', 'hip p', 'ip pa', 'p pai']
    >>> char_shingles("hip", 5)
    {'hip'}
    """
    if len(key) <= size:
        return {key} if key else set()
    return {key[i : i + size] for i in range(len(key) - size + 1)}


def word_shingles(key: str, size: int = 5) -> set[str]:
    """Word ``size``-grams of an exact key.

    >>> sorted(word_shingles("a b c d", 3))
    ['a b c', 'b c d']
    """
    tokens = key.split()
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def shingles(text: str, kind: str = "char", size: int = 5) -> set[str]:
    """The shingle set of a (normalised) paragraph.

    >>> len(shingles("Hip pain!", "char", 5))
    4
    """
    key = exact_key(text)
    return word_shingles(key, size) if kind == "word" else char_shingles(key, size)


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets.

    >>> jaccard({"a", "b"}, {"b", "c"})
    0.3333333333333333
    """
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def containment(small: set[str], large: set[str]) -> float:
    """Share of ``small``'s shingles that are also in ``large``.

    >>> containment({"a", "b"}, {"a", "b", "c"})
    1.0
    """
    if not small:
        return 0.0
    return len(small & large) / len(small)


def poly32(shingle: str | bytes) -> int:
    """The shingle hash: ``h = h * 0x01000193 + code point`` modulo 2**32.

    >>> poly32("a"), poly32(b"ab") == (97 * 0x01000193 + 98) % 2**32
    (97, True)
    """
    if isinstance(shingle, bytes):
        shingle = shingle.decode("utf-8")
    h = 0
    for ch in shingle:
        h = (h * POLY + ord(ch)) & MASK
    return h


@kernel(cache=True)
def _char_hashes(codes, size):
    n = codes.shape[0]
    width = size if n >= size else n
    out = np.empty(n - width + 1 if n else 0, dtype=np.uint64)
    for i in range(out.shape[0]):
        h = np.uint64(0)
        for j in range(width):
            h = (h * _P + np.uint64(codes[i + j])) & _M32
        out[i] = h
    return np.unique(out)


@kernel(cache=True)
def _intersection_size(a, b):
    i = j = count = 0
    while i < a.shape[0] and j < b.shape[0]:
        if a[i] == b[j]:
            count += 1
            i += 1
            j += 1
        elif a[i] < b[j]:
            i += 1
        else:
            j += 1
    return count


def shingle_hashes(key: str, kind: str = "char", size: int = 5) -> np.ndarray:
    """The shingle set of an exact key as sorted unique :func:`poly32` hashes (uint64).

    Four bytes a shingle instead of a Python string in a set: verification keeps
    many of these in memory. Two different shingles can share a hash (one chance
    in four billion), which can only nudge a similarity by a hair.

    >>> shingle_hashes("hip pain").size == len(char_shingles("hip pain"))
    True
    """
    if kind == "word":
        return np.unique(np.array([poly32(s) for s in word_shingles(key, size)], dtype=np.uint64))
    return _char_hashes(np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32), size)


def hashed_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """:func:`jaccard` on :func:`shingle_hashes` arrays.

    >>> x, y = shingle_hashes("hip pain is common"), shingle_hashes("hip pain is rare")
    >>> hashed_jaccard(x, y) == jaccard(char_shingles("hip pain is common"), char_shingles("hip pain is rare"))
    True
    """
    if not a.size and not b.size:
        return 1.0
    inter = _intersection_size(a, b)
    return inter / (a.size + b.size - inter)


def hashed_containment(small: np.ndarray, large: np.ndarray) -> float:
    """:func:`containment` on :func:`shingle_hashes` arrays."""
    if not small.size:
        return 0.0
    return _intersection_size(small, large) / small.size
