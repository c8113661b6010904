"""Shingling: the sets of overlapping pieces whose overlap measures similarity."""
from __future__ import annotations

from .exact import exact_key


def shingles(text: str, kind: str = "char", size: int = 5) -> set[str]:
    """Character or word n-grams of the exact key of ``text``.

    Working on the exact key makes case, punctuation and spacing differences
    (straightened quotes, a stray comma) cost nothing.

    >>> sorted(shingles("Hip pain!", "char", 5))
    [' pain', 'hip p', 'ip pa', 'p pai']
    >>> sorted(shingles("a b c d", "word", 3))
    ['a b c', 'b c d']
    """
    key = exact_key(text)
    if kind == "word":
        tokens = key.split()
        if len(tokens) <= size:
            return {" ".join(tokens)} if tokens else set()
        return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}
    if len(key) <= size:
        return {key} if key else set()
    return {key[i : i + size] for i in range(len(key) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets.

    >>> jaccard({"a", "b"}, {"b", "c"})
    0.3333333333333333
    """
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
