"""Where an article's headline ends: three tests of its first line, each the one its rules were
tuned on (not interchangeable; each returns the first line's end, or None where it finds no headline).
Every one asks for a non-empty first line with a story under it."""
from __future__ import annotations

import re


def unstopped_headline_end(text: str) -> int | None:
    """A first line that does not end in a full stop (descriptions: a headline's bare role)."""
    line_end = text.find("\n")
    first = text[:line_end].strip() if line_end > 0 else ""
    return line_end if first and not first.endswith(".") and text[line_end:].strip() else None


def short_headline_end(text: str) -> int | None:
    """unstopped_headline_end, of at most 20 words (the English statement rules: a headline's quotes and tags)."""
    end = unstopped_headline_end(text)
    return end if end is not None and len(text[:end].split()) <= 20 else None


# a sentence's end inside a line or at its end, closing marks after it: "… next year.”" is no headline
_SENTENCE_END = re.compile(r"[.!?][’”\"')]*(?:\s|$)")


def sentence_free_headline_end(text: str) -> int | None:
    """A first line with no sentence end anywhere in it (headline_forms: a headline's short names)."""
    line_end = text.find("\n")
    head = text[:line_end].strip() if line_end > 0 else ""
    return line_end if head and not _SENTENCE_END.search(head) and text[line_end:].strip() else None
