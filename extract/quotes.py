"""Quotation-mark pairing: finds quoted passages in every common mark style.

Language-independent. A quote that is not closed before the paragraph ends continues when
the next paragraph opens with the same mark (the agency convention for long quotes), or when
the next paragraph's first mark of that style closes it (closed_in_next_paragraph); otherwise
an unbalanced mark is ignored, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# opening mark -> closing marks that may end it
PAIRS: dict[str, str] = {
    "«": "»",
    "»": "«",
    "„": "“\"”",
    "“": "”\"",
    "\"": "\"",
    "‹": "›",
    "›": "‹",
    "‚": "‘",
}
MAX_QUOTE_CHARS = 5000


@lru_cache(maxsize=64)
def next_of(chars: str):
    """The search for the next of ``chars`` (one character class): the scans below jump over the
    characters they would only step past."""
    if not chars:
        return lambda text, *bounds: None
    return re.compile("[" + "".join(map(re.escape, chars)) + "]").search


@dataclass
class Quote:
    start: int  # first character inside the marks
    end: int  # the closing mark's offset (exclusive end of the content)
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark
    pieces: list[tuple[int, int]]  # content spans; several when continued over paragraphs


def _is_opening(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space, a line start or an opening bracket."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-:/") and not nxt.isspace()


def find_quotes(text: str, marks: str = "«»„“\"‹›") -> list[Quote]:
    """All top-level quotes, in text order. Quotes nested inside another quote are not returned."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    next_mark = next_of("".join(c for c in marks if c in PAIRS))  # (a character no mark of PAIRS: passed)
    while i < n:
        found = next_mark(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in "\"»›" and not _is_opening(text, i):
            i += 1
            continue
        if ch == "»" and "«" in text[max(0, i - MAX_QUOTE_CHARS):i] and _closes_earlier_guillemet(text, i, quotes):
            i += 1
            continue
        close = _find_close(text, i, ch)
        if close is None:
            i += 1
            continue
        pieces = _pieces(text, i, close, ch)
        if pieces:
            quotes.append(Quote(i + 1, close, i, close, pieces))
        i = close + 1
    return quotes


def _closes_earlier_guillemet(text: str, i: int, found: list[Quote]) -> bool:
    """Swiss/French «…» style: a » after an unclosed « is a closing mark, not an opening one.
    A « that already closed a German »…« quote is no opener: after »Das war«, sagte er, the next »
    opens the quote's second part, however many quotes in other marks came between."""
    j = text.rfind("«", 0, i)
    if j < 0 or text.find("»", j, i) >= 0:
        return False
    return not any(q.close_mark == j for q in found)


def _find_close(text: str, i: int, opener: str) -> int | None:
    closers = PAIRS[opener]
    depth = 0
    j = i + 1
    limit = min(len(text), i + MAX_QUOTE_CHARS)
    next_stop = next_of(opener + closers + "\n")  # (any other character: only passed)
    while j < limit:
        found = next_stop(text, j, limit)
        if found is None:
            break
        j = found.start()
        c = text[j]
        if c == opener and opener not in closers:
            depth += 1  # a nested quote of the same style
        elif c in closers:
            if opener == "\"" and _is_opening(text, j) and not _closes_here(text, j):
                depth += 1
            elif depth:
                depth -= 1
            else:
                return j
        elif c == "\n":
            # a new paragraph that re-opens with the same mark continues the quote, as does one whose
            # first mark closes it; a blank line otherwise ends an unclosed quote (dropped, not guessed)
            k = j
            while k < limit and text[k] in "\n ":
                k += 1
            if k < len(text) and text[k] == opener:
                j = k + 1
                continue
            if text.count("\n", j, k) >= 2 and not closed_in_next_paragraph(text, k, opener):
                return None
        j += 1
    return None


def closed_in_next_paragraph(text: str, k: int, opener: str) -> bool:
    """The paragraph from k closes a quote the paragraph before left open: its first quotation mark of
    the opener's style is a closing one, with no opening mark before it, and stands where a quote closes
    ("„Wir haben … gespielt.⏎⏎Das darf nicht passieren“, sagte Gruber."). Not for straight marks, whose
    direction is only guessed."""
    if opener == "\"":
        return False
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    closers = PAIRS[opener]
    first = next((i for i in range(k, end) if text[i] == opener or text[i] in closers), None)
    # (in closing position, after a word and before a space or punctuation: "von “Unsinn”" after an
    # unclosed „ opens a quote of another style, and "von »Unsinn«" after an unclosed « does too)
    return first is not None and text[first] in closers and text[first] != opener \
        and not text[first - 1].isspace() and _closes_here(text, first)


def _closes_here(text: str, j: int) -> bool:
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return nxt.isspace() or nxt in ".,;:!?)—–-"


def _pieces(text: str, open_i: int, close: int, opener: str) -> list[tuple[int, int]]:
    """Content spans between the marks, split at paragraph re-openings, trimmed of spaces."""
    pieces = []
    start = open_i + 1
    j = start
    while j < close:
        if text[j] == opener and j > 0 and text[j - 1] in "\n ":
            para = text.rfind("\n", start, j)
            if para >= 0 and text[para:j].strip() == "":
                pieces.append((start, para))
                start = j + 1
        elif text[j] == "\n" and text[j + 1:j + 2] == "\n" and text[j + 2:j + 3] != opener:
            pieces.append((start, j))  # a paragraph break with no re-opening mark (closed_in_next_paragraph)
            start = j + 2
            j += 1
        j += 1
    pieces.append((start, close))
    out = []
    for b, e in pieces:
        while b < e and text[b].isspace():
            b += 1
        while e > b and text[e - 1].isspace():
            e -= 1
        if e > b:
            out.append((b, e))
    return out
