"""Shingling: the sets of overlapping pieces whose overlap measures similarity.

Shingles are taken from the exact key of a paragraph (case-folded, punctuation
and spacing collapsed), so straightened quotes or a stray comma cost nothing.
"""
from __future__ import annotations

from .exact import exact_key


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
