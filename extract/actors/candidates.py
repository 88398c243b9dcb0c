"""The one reader of the earlier actors a back-reference may take up: a pronoun ("er", "sie", a
plural "sie"), a description ("die Ministerin", "der Gewerkschafter", "die Behörde") or an age noun.

German agency texts name a person once and then describe them or use a pronoun ("Der CDU-Abgeordnete
Ludger Wessendorf … «…», sagte der CDU-Politiker"). The caller says which actors fit (gender, number,
person or body, the noun); this module says which of the fitting ones is meant, by where each stood:
in the nearest sentence that has a fitting actor, the subject of a main clause (each conjunct of a
coordinated subject is one, and so is the speaker of a statement) wins over an object, a genitive,
a person in a subordinate clause or an apposition. Two different fitting subjects there, or no
subject and two different fitting actors, and the reader cannot tell: no antecedent (the statement
keeps no speaker), never the nearest name by default.
"""
from __future__ import annotations

from typing import Callable, Protocol, Sequence

from ..model import Actor

MAX_SENTENCES_BACK = 3  # a description further from its name is not read as referring back


class EventLike(Protocol):
    offset: int
    actor: Actor
    subject: bool


def taken_up(events: Sequence[EventLike], offset: int, sentence_of: Callable[[int], int],
             fits: Callable[[Actor], bool], back: int | None = MAX_SENTENCES_BACK,
             any_tie: bool = False) -> EventLike | None:
    """The last mention of the actor a back-reference at offset takes up, or None when none is safe.

    Candidates: fitting actors mentioned before offset (``events`` in text order) within ``back``
    sentences (None: any). In the nearest sentence that has one, a subject wins over other mentions; of
    two different fitting subjects there the one a statement names as its speaker wins; else they are
    ambiguous. ``any_tie``: any two different fitting actors in that sentence are ambiguous."""
    here, last = sentence_of(offset), -1
    in_last: list = []
    for e in reversed(events):  # the nearest sentence with a fitting actor, read back to its start
        if e.offset >= offset:
            continue
        sentence = sentence_of(e.offset)
        if back is not None and here - sentence > back or in_last and sentence != last:
            break
        if fits(e.actor):
            in_last.append(e)
            last = sentence
    if not in_last:
        return None
    if any_tie:
        return sole_actor_event(in_last, in_last)
    for chosen in ([e for e in in_last if e.subject],
                   [e for e in in_last if e.subject and getattr(e, "speaks", False)]):  # "X said Y brought …": X
        if (found := sole_actor_event(chosen, in_last)) is not None:
            return found
    if any(e.subject for e in in_last):
        return None  # two persons are subjects or speak in that sentence: not guessed
    return sole_actor_event(in_last, in_last)


def sole_actor_event(events: list, sentence: list) -> EventLike | None:
    """The event of the one actor ``events`` name, or None for none or two. A body's name and the same
    name cut short ("Förderverein Freibad" of "Förderverein Freibad Hollerwiesen", read from two extents
    of one phrase) are one body: the event of its longest name in the sentence's candidates."""
    if not events:
        return None
    same = [e for e in sentence if e.actor.id == events[0].actor.id or one_body(e.actor, events[0].actor)]
    longest = max(same, key=lambda e: len(e.actor.name))
    return longest if all(e.actor.id == longest.actor.id or one_body(e.actor, longest.actor) for e in events) else None


def one_body(a: Actor, b: Actor) -> bool:
    """Two bodies of which one's name opens the other's ("Förderverein Freibad", "Förderverein Freibad X")."""
    if a.kind != "organisation" or b.kind != "organisation":
        return False
    short, full = sorted((a.name + " ", b.name + " "), key=len)
    return full.startswith(short)


def described_antecedent(events: Sequence[EventLike], offset: int, sentence_of: Callable[[int], int],
                         fits: Callable[[Actor], bool], back: int | None = MAX_SENTENCES_BACK,
                         any_tie: bool = False) -> Actor | None:
    """The actor of ``taken_up``, or None."""
    found = taken_up(events, offset, sentence_of, fits, back, any_tie)
    return found.actor if found is not None else None
