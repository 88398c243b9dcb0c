"""German references back by a demonstrative ("Der sagte", "Die betonte") or to a pair of actors
("die beiden", "beide", "sie beide", a plural "sie").

"Die Abgeordneten A und B haben … eingereicht. Das Land lasse die Region im Stich, sagten die
beiden." A statement has one speaker, so the pair's statement is filed under its first name, as
"A und B sagten" is. The pair is read from the text after a named actor: "und", "sowie" or "als
auch" and a few words (article, role) up to a capitalised name or noun, in the sentence of the
reference or the two before it; the second one need not be an actor the rules know.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Actor, Span
from .words import DEMONSTRATIVES, PAIR_REFERENCES

if TYPE_CHECKING:
    from .article import ArticleActors
    from .context import Event

# what joins two named actors into a pair, right after the first ("A und der Verbandschef B", "sowohl A als auch der B")
PAIR_LINK = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:und|sowie|als auch)\s+(?:[\w.-]+\s+){0,3}[A-ZÄÖÜ]")
CAPITALISED_RUN = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)*")
SENTENCES_BACK = 2
# a noun phrase a demonstrative of the gender or number could take up instead: its article agrees ("der Plan" for
# "der", "eines Detektivs" for "dieser"; "das Werk", "die Pläne" never for "der")
NOUN_PHRASE = {
    "m": re.compile(r"\b(?:[Dd](?:er|en|em|es)|[Ee]in(?:e[msn])?)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]"),
    "f?": re.compile(r"\b(?:[Dd](?:ie|er)|[Ee]ine[r]?)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]"),
}


def pair_before(actors: ArticleActors, offset: int) -> tuple[Event, int] | None:
    """The last pair named before offset: the event of its first actor and where the second one's
    name ends; None when no pair stands within SENTENCES_BACK sentences."""
    here = actors._sentence(offset)
    for ev in reversed([e for e in actors._events if e.offset < offset and here - actors._sentence(e.offset) <= SENTENCES_BACK]):
        end = max((m.span[1] for m in actors.mentions if m.span[0] == ev.offset), default=None)
        link = PAIR_LINK.match(actors.text, end) if end is not None and end < offset else None
        if link is not None and actors._sentence(end) == actors._sentence(ev.offset):
            second = link.end() - 1
            name_end = CAPITALISED_RUN.match(actors.text, second).end()
            return ev, max([name_end] + [m.span[1] for m in actors.mentions if m.span[0] <= second < m.span[1]])
    return None


def referred_back(actors: ArticleActors, low: str, span: Span) -> Actor | None:
    """The actor a German demonstrative ("Der sagte", "Diese betonte": the last one named, of its
    gender or number, in this sentence or the one before, with no other noun phrase after it) or a
    pair reference ("Die beiden", "beide": the first named of the pair) refers to."""
    if low in PAIR_REFERENCES[actors.lang]:
        pair = pair_before(actors, span[0])
        return pair[0].actor if pair is not None else None
    if actors.text[:span[0]].rstrip().endswith(","):
        return None  # ", der …": a relative pronoun, whose antecedent the language rules name
    actor = actors._by_pronoun(low, span, DEMONSTRATIVES[actors.lang][low], nearest=True)
    last = max((e.offset for e in actors._events if actor is not None and e.actor.id == actor.id and e.offset < span[0]), default=None)
    if last is None or actors._sentence(span[0]) - actors._sentence(last) > 1:
        return None
    end = max((m.span[1] for m in actors.mentions if m.span[0] == last), default=last)
    # a demonstrative takes up the last noun phrase of its gender: one with an article after the actor is nearer
    # ("… die Strafanzeige eines Privatdetektivs. Dieser behauptete": not the actor named before); what the
    # demonstrative's own sentence says before it is the statement, no narration ("Die Lage sei ernst, sagte der")
    here = actors._sentence_starts[actors._sentence(span[0])]
    until = span[0] if actors._sentence(last) == actors._sentence(span[0]) else here
    return None if NOUN_PHRASE[DEMONSTRATIVES[actors.lang][low]].search(actors.text, end, until) else actor


def pair_for_plural(actors: ArticleActors, offset: int) -> Actor | None:
    """The first of a pair that a plural "sie" or "die" at offset refers to: only when no actor is
    named between the pair and the pronoun (else that one is nearer)."""
    pair = pair_before(actors, offset) if actors.lang == "de" else None
    if pair is None or any(pair[1] <= e.offset < offset for e in actors._events):
        return None
    return pair[0].actor
