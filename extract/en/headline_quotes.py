"""A quote in the headline that the story repeats word for word: "'We were treated like
criminals': nurses describe border checks" over a story where Grace Adebayo says it. The
headline names a group or no one; the story names who said it, so the headline's statement
takes the speaker of the statement that repeats it."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Found
from .parsed_speakers import headline_end


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def with_story_speakers(text: str, statements: list[Found]) -> list[Found]:
    """The statements, each headline quote repeated in the story carrying the story's speaker."""
    end = headline_end(text)
    if end is None:
        return statements
    story = {_words(" ".join(text[b:e] for b, e in f.quote)): f for f in statements
             if f.quote[0][0] > end and f.speaker_mention}
    out = []
    for f in statements:
        same = story.get(_words(" ".join(text[b:e] for b, e in f.quote))) if f.quote[0][1] <= end else None
        out.append(replace(f, speaker_mention=same.speaker_mention) if same is not None and same is not f else f)
    return out
