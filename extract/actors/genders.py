"""English: what the article itself says of a person's gender, where neither a listed first name
nor a title gave it. Every back-reference path reads one map, ArticleActors._gender; this adds to it
what the text shows:

- a pronoun the rules already resolved to the person ("Maya Lindgren and Tobias Rafferty … She
  believes …" makes her "f"), so that a later "he" passes her by;
- a possessive right after her name in the coordination that names her with another person, which
  can stand for nobody else: "Ray Duggan and his sister-in-law Patricia Hume", "Councillor Bethan
  Yardley and her husband, Graham Yardley" (not "X, her deputy": there "her" is someone else).

A gender read so never overrides one a first name or title gave."""
from __future__ import annotations

import re

from ..model import Actor
from .lexicon import lexicon, organisation_words
from .words import PRONOUNS

# "<name> and his|her <noun>": the possessive of the first conjunct's own phrase
COORDINATED_POSSESSIVE = re.compile(r"[ \t]+and[ \t]+(his|her)[ \t]+[a-z]")


class Genders:
    """A mixin of ArticleActors (reads and writes its gender map)."""

    def _by_pronoun_with_genders(self, pronoun: str, span) -> Actor | None:
        """Coreference._by_pronoun, after reading the genders the text before it shows; the person it
        finds takes the pronoun's gender."""
        self._given_name_genders(span[0])  # ("Her husband, Luis," is no "she")
        self._possessive_genders(span[0])  # ("Ray Duggan and his sister-in-law …")
        actor = self._by_pronoun(pronoun, span)
        if actor is None and self._pronoun_genders:
            actor = self._without_pronoun_genders(pronoun, span)
        if actor is not None:
            self._learn_pronoun_gender(pronoun, actor)  # ("She believes …": a later "he" is not her)
        return actor

    def _learn_pronoun_gender(self, pronoun: str, actor: Actor) -> None:
        """A singular personal pronoun resolved to a person of no known gender gives her its gender."""
        gender = PRONOUNS["en"].get(pronoun, "") if self.lang == "en" else ""
        if gender in ("m", "f") and actor.kind == "person" and not self._gender.get(actor.id):
            self._gender[actor.id] = gender
            self._pronoun_genders.add(actor.id)

    def _without_pronoun_genders(self, pronoun: str, span) -> Actor | None:
        """Coreference._by_pronoun as if no pronoun had given a gender: a gender so learned is itself a
        guess ("Drey Halloran met the head teacher. She said …" may be the teacher), so it picks between
        candidates but leaves none out that nothing else would ("Later he added": Halloran)."""
        learned = {aid: self._gender[aid] for aid in self._pronoun_genders}
        self._gender.update(dict.fromkeys(learned, ""))
        try:
            return self._by_pronoun(pronoun, span)
        finally:
            self._gender.update(learned)

    def _possessive_genders(self, before: int) -> None:
        """The persons named before ``before`` with no known gender whose name is followed by "and
        his" / "and her": that possessive's gender."""
        for ev in self._events if self.lang == "en" else ():
            a = ev.actor
            if ev.offset >= before or a.kind not in ("person", "organisation", "unknown") or self._gender.get(a.id):
                continue
            end = self.text.find(a.name, ev.offset, ev.offset + len(a.name) + 40)
            m = COORDINATED_POSSESSIVE.match(self.text, end + len(a.name)) if end >= 0 else None
            if m is None or a.kind != "person" and not name_read_as_body(a):
                continue
            a.kind = "person"  # ("Arwel Pryce and his niece": the NER's organisation is a man)
            self._gender[a.id] = "m" if m.group(1) == "his" else "f"


def name_read_as_body(actor: Actor) -> bool:
    """Two or three capitalised words the NER took for a body, none a word bodies are named with
    nor a body the lexicon knows: a person's name a "his" or "her" may show to be one."""
    words = actor.name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(w.casefold() in organisation_words() for w in words) and actor.name.casefold() not in lexicon("en").organisations
