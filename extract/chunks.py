"""Very long texts in bounded pieces, so that extraction cost grows linearly with the text.

Several rules compare every statement with every mention or sentence of a text: fine for a news
article (under 35,000 characters in the gold sets), quadratic for a 1,000,000-character line (111 s,
and spaCy refuses texts over nlp.max_length outright: E088). A text longer than CHUNK_CHARS is
cut into pieces of at most that size at the best boundary in each piece's second half (a paragraph
break, else a line break, else a sentence end, else a space); each piece gets its own analysis and
actor resolution, and the spans are moved back to offsets into the whole text. Texts up to
CHUNK_CHARS are analysed in one piece, exactly as before. What is lost across a cut: a pronoun
cannot refer to a name in the piece before, and a quotation running across it is split."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .actors import ArticleActors
from .model import Actor, Analysis, Found, Span

CHUNK_CHARS = 50_000
_BOUNDARIES = (
    re.compile(r"\n[ \t]*\n\s*"),  # paragraph break
    re.compile(r"\n\s*"),  # line break
    re.compile(r"[.!?][»«“”\"')\]]*\s+(?=[„«»\"“(A-ZÄÖÜ0-9])"),  # sentence end
    re.compile(r"\s+"),
)


def chunk_spans(text: str, limit: int | None = None) -> list[Span]:
    """(start, end) of the pieces: consecutive, covering the text, each at most ``limit``
    (default CHUNK_CHARS) long."""
    limit = limit or CHUNK_CHARS
    spans: list[Span] = []
    start = 0
    while len(text) - start > limit:
        end = _boundary(text, start + limit // 2, start + limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _boundary(text: str, low: int, high: int) -> int:
    """The end of the last, strongest boundary in text[low:high]; ``high`` if there is none."""
    for pattern in _BOUNDARIES:
        last = None
        for last in pattern.finditer(text, low, high):
            pass
        if last is not None and last.end() > low:
            return last.end()
    return high


class PieceActors:
    """A piece's ArticleActors, taking and giving spans in whole-text offsets."""

    def __init__(self, actors: ArticleActors, offset: int):
        self.actors = actors
        self.offset = offset

    def resolve(self, span: Span) -> Actor | None:
        return self.actors.resolve((span[0] - self.offset, span[1] - self.offset))


@dataclass
class Pieces:
    statements: list[tuple[Found, PieceActors]] = field(default_factory=list)  # in text order
    resolvers: list[PieceActors] = field(default_factory=list)

    @property
    def actors(self) -> list[Actor]:
        """Every piece's actors, one per id (the same name gives the same id in every piece)."""
        merged: dict[str, Actor] = {}
        for r in self.resolvers:
            for actor in r.actors.actors:
                merged.setdefault(actor.id, actor)
        return list(merged.values())


def analyse_in_pieces(text: str, lang: str, analyse: Callable[[str], Analysis]) -> Pieces:
    """The language rules and an actor resolver for each piece of ``text``; statement spans in
    whole-text offsets. Resolve each statement's speaker with the resolver paired with it, in
    order (resolving has effects on later pronouns)."""
    pieces = Pieces()
    for start, end in chunk_spans(text):
        part = text[start:end] if (start, end) != (0, len(text)) else text
        analysis = analyse(part)
        resolver = PieceActors(ArticleActors(part, lang, analysis.mentions, quotes=analysis.quotes), start)
        pieces.resolvers.append(resolver)
        pieces.statements.extend((shifted(f, start), resolver) for f in analysis.statements)
    return pieces


def shifted(found: Found, offset: int) -> Found:
    """``found`` with every span moved by ``offset``."""
    if not offset:
        return found

    def move(spans: list[Span]) -> list[Span]:
        return [(b + offset, e + offset) for b, e in spans]

    return replace(found, quote=move(found.quote), cue=move(found.cue),
                   speaker_mention=move(found.speaker_mention),
                   frame=(found.frame[0] + offset, found.frame[1] + offset) if found.frame else None)
