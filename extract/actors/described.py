"""Descriptions that refer back: "die Ministerin", "der CDU-Politiker", "die Behörde".

German agency texts name a person once and then describe them ("Der CDU-Abgeordnete Ludger
Wessendorf … «…», sagte der CDU-Politiker"). When no actor was given that role before
(coreference.py, ArticleActors._by_role), a definite description refers to the nearest fitting actor
named shortly before it: a person of the description's gender, or, for an institution noun
("die Behörde", "die Kammer"), an organisation. Nothing fitting within a few sentences, or two
candidates the reader could not tell apart: no antecedent (the statement keeps no speaker).
"""
from __future__ import annotations

from typing import Callable, Protocol, Sequence

from ..model import Actor

MAX_SENTENCES_BACK = 3  # a description further from its name is not read as referring back


class EventLike(Protocol):
    offset: int
    actor: Actor
    subject: bool


def described_antecedent(events: Sequence[EventLike], offset: int, sentence_of: Callable[[int], int],
                         fits: Callable[[Actor], bool], back: int = MAX_SENTENCES_BACK,
                         any_tie: bool = False) -> Actor | None:
    """The actor a definite description at offset refers to, or None when none is safe.

    Candidates: fitting actors mentioned before offset (``events`` in text order) within ``back``
    sentences. In the nearest sentence that has one, a subject wins over other mentions; of two
    different fitting subjects there the one a statement names as its speaker wins; else they are
    ambiguous. ``any_tie``: any two different fitting actors in that sentence are ambiguous."""
    here, last = sentence_of(offset), -1
    in_last: list = []
    for e in reversed(events):  # the nearest sentence with a fitting actor, read back to its start
        if e.offset >= offset:
            continue
        sentence = sentence_of(e.offset)
        if here - sentence > back or in_last and sentence != last:
            break
        if fits(e.actor):
            in_last.append(e)
            last = sentence
    if not in_last:
        return None
    if any_tie:
        found = {e.actor.id: e.actor for e in in_last}
        return in_last[0].actor if len(found) == 1 else None
    subjects = {e.actor.id: e.actor for e in in_last if e.subject}
    if len(subjects) == 1:
        return next(iter(subjects.values()))
    speakers = {e.actor.id: e.actor for e in in_last if e.subject and getattr(e, "speaks", False)}
    if len(speakers) == 1:
        return next(iter(speakers.values()))  # "X said Y brought …": the one who speaks, not Y
    if subjects:
        return None  # two persons speak in that sentence: not guessed
    actors = {e.actor.id: e.actor for e in in_last}
    return next(iter(actors.values())) if len(actors) == 1 else None
