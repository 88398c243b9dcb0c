"""The character classes of the tokenizer's patterns, written as re compiles them fastest.

re.compile builds the table of a class by visiting, one by one in Python, every code point of the
Basic Multilingual Plane that the class's ranges cover (ranges above it are kept as they are), and
parses a \\uXXXX escape in six steps. spaCy's letter classes cover ~44,000 such code points (CJK
and Hangul blocks) and the German patterns hold 46 classes: ~1,000,000 visits and ~5,000
escapes, ~0.6 G instructions at every start. ``compact_classes`` writes every class as the same
code points covering the fewest of the BMP: its complement's ranges after "^" where that covers
fewer (~21,000 for the letter classes, 99 for the URL pattern's ``A-Za-z0-9\\u00a1-\\uffff``),
else its own ranges, merged; a printable member as itself. ``bench/tokenizer_de.py --write``
stores the patterns so written (nothing here runs at start); tests/test_char_classes.py checks
that re parses each stored pattern as spaCy's, with classes of the same code points (each tried
on all of Unicode), and fails when the installed spaCy's rules are no longer the stored ones.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

BMP_END = 0xFFFF
CATEGORIES = set("wWdDsS")  # escapes re matches by a test in C: a class with one is left alone
# A pattern whose classes may not be read alone is left as it is: the flags i, a and L change what
# a class matches (ignoring case, "[^a]" leaves out "A" and the same code points written as ranges
# do not), and in a comment (the x flag's "#...", a "(?#...)" group) a "[" opens no class.
# The whole text is searched, classes too: a "(?i)" inside a class only leaves one more pattern alone.
READ_OTHERWISE = re.compile(r"\\.|\(\?(?:#|[aiLmsux-]*[aiLx][aiLmsux-]*[:)])", re.S)
SPECIAL = set("\\[]^-&~|")  # characters a class reads otherwise, or warns of (set operations)


def class_spans(pattern: str) -> list[tuple[int, int]]:
    """Where the character classes of ``pattern`` begin and end ("[" to "]" included), read as re
    reads them: an escaped character is no bracket, and a "]" right after "[" or "[^" is a member."""
    spans = []
    at, end = 0, len(pattern)
    while at < end:
        c = pattern[at]
        if c == "\\":
            at += 2
        elif c == "[":
            close = at + 1
            if pattern.startswith("^", close):
                close += 1
            if pattern.startswith("]", close):
                close += 1
            while pattern[close] != "]":
                close += 2 if pattern[close] == "\\" else 1
            spans.append((at, close + 1))
            at = close + 1
        else:
            at += 1
    return spans


def classes_read_alone(pattern: str) -> bool:
    """Whether every class of ``pattern`` matches in it what it matches alone and is where
    class_spans finds it: no inline i, a, L or x flag, no comment group (READ_OTHERWISE)."""
    return all(found.group().startswith("\\") for found in READ_OTHERWISE.finditer(pattern))


@lru_cache(maxsize=1)
def every_code_point() -> str:
    """Every code point in order, surrogates too (a str may hold them)."""
    return "".join(map(chr, range(sys.maxunicode + 1)))


@lru_cache(maxsize=64)
def members(cls: str) -> tuple[tuple[int, int], ...]:
    """The code points a class matches, as runs of consecutive ones (first, last), found by
    searching all of them in order: a run of matches is a run of code points."""
    return tuple((found.start(), found.end() - 1) for found in re.finditer(cls + "+", every_code_point()))


def gaps(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of the code points that sorted ranges leave out."""
    out, start = [], 0
    for a, b in runs + [(sys.maxunicode + 1, sys.maxunicode + 1)]:
        if a > start:
            out.append((start, a - 1))
        start = b + 1
    return out


def bmp_size(runs: list[tuple[int, int]]) -> int:
    """How many code points of the Basic Multilingual Plane re.compile visits for these ranges."""
    return sum(min(b, BMP_END) - a + 1 for a, b in runs if a <= BMP_END)


def written(p: int) -> str:
    """A member as the class holds it: a printable character as itself (re parses it in a step, an
    escape in six), a bracket, hyphen or set operator after a backslash, any other as \\uXXXX."""
    c = chr(p)
    if c in SPECIAL:
        return "\\" + c
    if c.isprintable() and not c.isspace():
        return c
    return f"\\u{p:04X}" if p <= BMP_END else f"\\U{p:08X}"


def class_text(runs: list[tuple[int, int]], negated: bool) -> str:
    """A class of these sorted, disjoint ranges (after "^" when ``negated``); two neighbours
    need no hyphen."""
    body = "".join(written(a) if a == b else written(a) + ("" if b == a + 1 else "-") + written(b) for a, b in runs)
    return "[" + ("^" if negated else "") + body + "]"


@lru_cache(maxsize=256)  # (the patterns repeat their letter classes)
def compact(cls: str) -> str:
    """One class (``[...]``) as the same code points written to cover the fewest of the BMP; the
    class as it is when it holds a category escape (\\w, \\d, \\s: nothing to visit) or when its
    own ranges, merged, are no fewer to visit and no shorter."""
    if CATEGORIES & set(re.findall(r"\\(.)", cls, re.S)):
        return cls
    own = list(members(cls))
    other = gaps(own)
    if not own or not other:
        return cls  # (no code point or every one: "[]" and "[^]" are no classes)
    if bmp_size(other) < bmp_size(own):
        return class_text(other, negated=True)
    text = class_text(own, negated=False)
    # (a negated class lists the code points it leaves out: its members are fewer to visit)
    fewer = cls.startswith("[^") and bmp_size(own) < bmp_size(other)
    return text if fewer or len(text) < len(cls) else cls


def compact_classes(pattern: str) -> str:
    """``pattern`` with every class written by ``compact``: the same matches, compiled faster, for a
    pattern compiled without flags (as extract/de/tokenizer.py compiles it). A pattern with an inline
    flag that changes what a class matches or where classes are (i, a, L, x), or with a comment
    group, is left alone."""
    if not classes_read_alone(pattern):
        return pattern
    out, last = [], 0
    for begin, end in class_spans(pattern):
        out += [pattern[last:begin], compact(pattern[begin:end])]
        last = end
    return "".join(out) + pattern[last:]
