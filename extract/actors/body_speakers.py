"""Bodies as speakers: a phrase whose parse is a body or group ("the council", "Environmental
groups", "die Behörde") -> the body named before, the body as written, or no actor."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor
from .candidates import described_antecedent
from .coreference import bodies_of_noun_before
from .identities import body_by_compound_tail
from .lexicon import referring_bodies, vague_bodies
from .phrase import Entity, Parsed


class BodySpeakers:
    """The body rules of ArticleActors (a mixin: it reads the article's state)."""

    def _body_speaker(self, p: Parsed, ent: Entity, offset: int, speaking: bool) -> Actor | None:
        """The actor of a phrase whose parse is a body or group: the members' body named before, an
        unnamed source, the body of that kind named before ("the council" after "Carrow County
        Council"), or the body as written; None for many bodies nobody named ("Environmental
        groups") and for a bare body noun with none of its kind named before ("teilte die Behörde
        mit"; English "the council said", "the watchdog": every body noun as institutions_en.txt
        lists it, while "the national weather agency" stays a body)."""
        if ent.kind in ("group", "unknown") and (p.definite or p.source) and (member := self._member_of(ent.name, offset)):
            return member[0]  # "teilten die Beamten mit", "nach Darstellung der Ermittler": the body before
        if self._unnamed_source(p, ent):
            return self._for_unnamed(p, ent, offset, speaking)
        if ent.generic and ent.kind == "organisation" and _many_unnamed(p, ent, self.lang):
            return None  # "Environmental groups said", "the cooperatives": many bodies nobody named
        if ent.generic and not ent.affiliation:
            ent.affiliation = p.affiliation
        bare = speaking and not p.indefinite and len(p.clean.split()) == 1  # "laut Gewerkschaft", "laut Verband"
        if ent.generic and ent.kind == "organisation" and not ent.affiliation and (p.definite or ent.definite or bare):
            earlier = self._earlier_institution(ent.name, offset)
            if earlier is None and speaking and p.definite:
                earlier = self._by_description(p, offset)  # "teilte die Behörde mit": the body named before
            if earlier is None and speaking and p.definite and self.lang == "en":
                earlier = self._later_institution(ent.name, offset)  # "The union representing …": named next
            if earlier is not None:
                return earlier
            if self.lang == "de" and p.definite and bodies_of_noun_before(self, ent.name, offset):
                return None  # bodies of its kind named before, none of them safe ("Die Klinik X und die Klinik Y …
                # Der Schritt sei nötig, teilte die Klinik mit"): no body named "Klinik"
            if p.source and bare and p.clean.casefold() != ent.name.casefold() and not self._written_before(ent.name, offset):
                return None  # "nach Polizeiangaben", "nach Behördenangaben": a kind of body and no body of it named before
            if (self.lang == "en" and ent.name.casefold() in self.lex.institutions
                    or p.definite and ent.name.casefold() in referring_bodies(self.lang)):
                return None  # "teilte die Behörde mit", "the council said" with no body named before: nobody we know
        if self.lang == "de" and ent.kind == "unknown" and (ent.definite or p.source) and " " not in ent.name \
                and (earlier := body_by_compound_tail(self._events, replace(p, name=[ent.name], definite=True), offset)):
            return earlier  # "in einer Mitteilung des Warndienstes": the "Warndienst Oberes Fennachtal" named before
        if self.lang == "de" and p.definite and ent.kind == "organisation" and not ent.generic \
                and (fuller := described_antecedent(self._events, offset, self._sentence,
                                                    lambda a: a.kind == "organisation" and a.name.startswith(ent.name + " "), any_tie=True)) \
                and self._one_fuller_name(ent.name, fuller.name, offset):
            return fuller  # "teilte das Diakonische Werk mit": the "Diakonisches Werk Lahnbrunn" named before
        return self._entity_actor(ent)

    def _one_fuller_name(self, short: str, full: str, offset: int) -> bool:
        """Every fuller name the text writes before offset with the last word of ``short`` goes on
        as ``full`` does ("Werk | Lahnbrunn"): no second body of that kind ("Werk Hessen") is named."""
        head, after = short.split()[-1], full[len(short):].split()[0]
        return {m.group(1) for m in re.finditer(r"\b" + re.escape(head) + r"\s+([A-ZÄÖÜ][\w-]*)", self.text[:offset])} <= {after}

    def _written_before(self, word: str, offset: int) -> bool:
        """The body word written out as a word of its own before offset: "Die Polizei sperrte die
        Straße. Nach Polizeiangaben …" refers back to that police."""
        return re.search(r"\b" + re.escape(word) + r"\b", self.text[:offset]) is not None

    def _opens_body_name(self, actor: Actor) -> bool:
        """A name that opens a longer body's name in the article ('Tarrow Cross' of 'Tarrow Cross
        District Council') is that body's place, whatever the NER said: no body a noun refers to."""
        start = actor.name.casefold() + " "
        return any(m.kind_hint == "organisation" and m.text.casefold().startswith(start) for m in self.mentions)


def _many_unnamed(p: Parsed, ent: Entity, lang: str) -> bool:
    """English 'the cooperatives' (a body noun in the plural), 'Environmental groups', "Tenants'
    groups across the city" (a vague body noun in the plural, vague_bodies_en.txt): many bodies
    nobody named, no actor."""
    if lang != "en" or not ent.name:
        return False
    return p.definite and p.clean.casefold() == ent.name.casefold() + "s" or _vague_plural(p, ent)


def _vague_plural(p: Parsed, ent: Entity) -> bool:
    head = ent.name.split()[-1].casefold()
    return head in vague_bodies("en") and (_plural(head) in p.clean.casefold().split())


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
