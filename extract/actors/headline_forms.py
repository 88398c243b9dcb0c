"""English headlines name their speaker short, the story's lead in full: "Ferry fares to rise,
says Skerrow operator" over "Skerrow Island Ferries says …", "Veltharon CEO Says …" over
"Veltharon Systems Chief Executive Officer Aurelio Brandvik-Osei said …", "…, council insists"
over "Dromcullen County Council has said …". A headline phrase of a head noun and at most two
words before it refers forward to the actor of the story's first two sentences that the head
fits (a role word, data/headline_heads_en.tsv, or a body noun) and whose sentence holds every
word before the head ('Skerrow', 'Veltharon', 'council')."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..model import Actor
from .body_kinds import fits_body_noun
from .headlines import sentence_free_headline_end
from .lexicon import data_rows, lexicon, referring_bodies

_WORD = re.compile(r"[\w’'&.-]+")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}


@lru_cache(maxsize=1)
def headline_heads() -> dict[str, tuple[str, ...]]:
    """data/headline_heads_en.tsv: a headline word for a person -> the story role words it stands for."""
    return {r[0].strip().casefold(): tuple(w.replace("_", " ") for w in r[1].split())
            for r in data_rows("headline_heads_en.tsv", 2) if r[0].strip()}


def headline_short_form(text: str, events: list, roles: dict[str, list[str]], phrase: str, offset: int,
                        sentence_starts: list[int]) -> Actor | None:
    """The story actor a short headline phrase at ``offset`` names ('Ferrandine CEO', 'Skerrow
    operator', 'council', 'Airport boss'), or None (outside a headline, a longer phrase, nobody
    in the lead fits). ``events``: the article's mentions in text order; ``roles``: every role
    noun each actor was given."""
    end = sentence_free_headline_end(text)
    words = _WORD.findall(phrase)
    if end is None or offset >= end or not 1 <= len(words) <= 3 or words[0].casefold() in _DETERMINERS:
        return None  # (headlines drop the article: 'the company' in a first line refers back, not forward)
    head = words[-1].casefold()
    before = [re.sub(r"['’]s$", "", w.casefold()) for w in words[:-1]]  # ('Pellmark's boss': the owner's name)
    body = head in referring_bodies("en") or head in lexicon("en").institutions
    story = len(text) - len(text[end:].lstrip())
    last = bisect.bisect_right(sentence_starts, story) + 1  # (the index past the story's second sentence)
    stop = sentence_starts[last] if last < len(sentence_starts) else len(text)
    lead = [ev for ev in events if end < ev.offset < stop]
    found = {ev.actor.id: ev.actor for i, ev in enumerate(lead)
             if (_fits_body(ev.actor, head) if body else _fits_person(ev.actor, head, roles))
             and set(before) <= _own_words(text, sentence_starts, lead, i)}
    # two actors the short name fits ('Council says …' over two councils) make none: no guess
    return next(iter(found.values())) if len(found) == 1 else None


def _fits_body(actor: Actor, head: str) -> bool:
    """'council' -> Dromcullen County Council (its name holds the noun); 'operator' -> any body
    the noun can name (actors/body_kinds.py)."""
    if actor.kind != "organisation":
        return False
    return head in actor.name.casefold().split() or head in referring_bodies("en") and fits_body_noun(head, actor)


def _fits_person(actor: Actor, head: str, roles: dict[str, list[str]]) -> bool:
    """'Vandemeer' -> Rutger Vandemeer; 'CEO' / 'boss' -> a person given a role it stands for;
    'Sheriff' -> a person given that role ('County Sheriff')."""
    if actor.kind != "person":
        return False
    if actor.name.casefold().split()[-1:] == [head]:
        return True
    wanted = headline_heads().get(head, (head,))
    given = {r.casefold() for r in [*roles.get(actor.id, []), actor.role] if r}
    return any(r == w or r.startswith(w + " ") or r.endswith(" " + w) for r in given for w in wanted)


def _own_words(text: str, starts: list[int], lead: list, i: int) -> set[str]:
    """The words of the stretch that names lead[i]'s actor: from the mention of another actor
    of its kind before it in its sentence (or the sentence start) to the end of its name, so 'Tarvelon' of
    '… Ann Corley and Tarvelon Metals CEO Bo Renner' is Renner's, not Corley's."""
    ev = lead[i]
    k = bisect.bisect_right(starts, ev.offset) - 1
    start, stop = starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)
    start = max([e.offset for e in lead[:i] if e.actor.kind == ev.actor.kind and e.actor.id != ev.actor.id and e.offset >= start],
                default=start)  # (another of its kind: a company before its chief executive stays his)
    last = ev.actor.name.split()[-1] if ev.actor.name.split() else ""
    at = text.find(last, ev.offset, stop) if last else -1
    return {w.casefold() for w in _WORD.findall(text[start:at + len(last) if at >= 0 else stop])}


class HeadlineForms:
    """The headline rule of ArticleActors (a mixin: it reads the article's state)."""

    def _headline_form(self, phrase: str, offset: int) -> Actor | None:
        """An English headline's short name for an actor of the story's lead, or None."""
        if self.lang != "en":
            return None
        return headline_short_form(self.text, self._events, self._roles, phrase, offset, self._sentence_starts)

    def _headline_one(self, phrase: str, offset: int) -> tuple[Actor] | None:
        actor = self._headline_form(phrase, offset)
        return (actor,) if actor is not None else None

