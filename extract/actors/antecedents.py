"""The English antecedent search of last resort: a definite description ("the guild", "the
investor", "the coroner") or "it" that the lexicon rules left without an actor is read against
the actors named before it, scored by kind (body or person), by the noun (a word of the body's
name, or the noun an apposition gave the name: "Larchmont Partners, the activist investor";
"The county coroner, Dr Aisling Ward") and by recency; two candidates that fit equally well in
one sentence make no antecedent."""
from __future__ import annotations

import bisect
import re

from ..model import Actor, Span
from .coreference import body_read_as_person
from .candidates import MAX_SENTENCES_BACK, described_antecedent
from .descriptions import held_once
from .lexicon import firstnames, is_anonymous, is_generic_body
from .mentions import parse_phrase
from .named_next import Described, Evidence, office, same_person, set_against

# "the (county) coroner", "the institute", "the friends": an article, lower-case words, the head
DESCRIPTION = re.compile(r"(the|its|their)?\s*(?:[a-z][\w'’-]*\s+){0,4}([a-z][\w-]{2,})")
BACK_SENTENCES = 4  # how far back a description reaches
BODY_KINDS = ("organisation", "group")
PLACE_PREPOSITION = re.compile(r"\s(?:on|at|in|across|from|near|along|around|outside)\s")  # (not "of": "Foreign ministers of the Sundbund" are its office holders)


class Antecedents:
    """A mixin of ArticleActors (reads its events, sentences and genders)."""

    def _in_quote(self, offset: int) -> bool:
        return any(b < offset < e for b, e in self._quotes)

    def _sentence(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def _antecedent(self, phrase: str, span: Span) -> Actor | None:
        if self.lang != "en" or span[0] in self._tied_roles:
            return None  # (two holders of its role could be meant: Descriptions._last_with_role)
        low = phrase.casefold()
        if low == "it":
            return self._nearest_body(span[0])
        m = DESCRIPTION.fullmatch(phrase[:1].lower() + phrase[1:])  # (a capital names someone: "The Carter family")
        if m is None and self._sentence(span[0]) == 0:
            m = DESCRIPTION.fullmatch(low)  # a headline's "says Rivers Authority chief"
            if m is not None and m.group(1):
                return None
        if m is None:
            return None
        head = m.group(2)
        actor = self._described_before(head, low, span[0]) if m.group(1) else None
        if actor is None and (m.group(1) or self._sentence(span[0]) == 0):
            actor = self._named_next(phrase, span[0], bool(m.group(1)))
        return actor

    def _described_before(self, head: str, phrase: str, offset: int) -> Actor | None:
        """The nearest actor whose name holds ``head`` or whom an apposition described with it;
        none when another actor in that sentence fits as well."""
        seen: dict[str, bool] = {}  # (an actor mentioned twice is read against the text once)

        def fits(a: Actor) -> bool:
            if a.id not in seen:
                seen[a.id] = self._noun_fits(head, phrase, a, offset)
            return seen[a.id]
        actor = described_antecedent(self._events, offset, self._sentence, fits, BACK_SENTENCES, any_tie=True)
        return self._as_body(actor) if actor is not None else None  # "The company, Torvane Metals, said": no person

    def _named_next(self, phrase: str, offset: int, determined: bool) -> Actor | None:
        """A lead that describes a person before any person is named ("The province's chief
        medical officer says …", "…, its chief executive said", a headline's "says agency chief")
        and a next sentence whose speaking subject is the one person it names: that person."""
        p = parse_phrase(phrase, self.lang)
        if p.name or p.indefinite or p.plural or not (p.role or determined and p.entity is not None and p.entity.kind == "group"):
            return None  # not one person of a kind
        if phrase.casefold().endswith("s") or p.entity is not None and is_anonymous(p.entity.name, self.lang) \
                or any(off < offset for off, _ in self._unnamed):
            return None  # "officials said", "the source added" after "a source said": nobody to name
        if any(ev.offset < offset and ev.actor.kind == "person" for ev in self._events):
            return None
        here = self._sentence(offset)
        nxt = {ev.actor.id: ev for ev in self._events if ev.offset > offset and here < self._sentence(ev.offset) <= here + 2
               and ev.actor.kind == "person"}
        subjects = [ev for ev in nxt.values() if ev.subject or ev.speaks]
        if len(nxt) != 1 or not subjects:
            return None
        ev = subjects[0]
        described = office(p.role, {w.casefold() for w in p.affiliation.split()}) if p.role else None
        evidence = Evidence(offices=[o for r in {*self._roles.get(ev.actor.id, []), ev.actor.role} if r and (o := office(r))])
        opening = self.text[self._sentence_starts[self._sentence(ev.offset)]:ev.offset]
        if described is not None and not same_person(Described(*described), evidence) or set_against(opening, self.lang):
            return None  # "The mayor has backed X. Opposition leader Jane Roe said …": someone else (named_next.py)
        return ev.actor

    def _noun_fits(self, head: str, phrase: str, actor: Actor, offset: int) -> bool:
        if held_once(actor, head, phrase):
            return False  # "Former mayor X ... the mayor": the office's holder now, not X
        if is_generic_body(actor):
            return False  # "Cooperative", "Hospital Trust": a noun, not a name the description takes up
        if actor.kind in BODY_KINDS or self._reads_as_body(actor):
            words = {w.strip("'’").removesuffix("'s").removesuffix("’s") for w in actor.name.casefold().split()}
            if head in words or head.rstrip("s") in words:
                return True  # "the guild": the Bakers' Guild of Westholm
        if actor.kind == "person" and self._roles.get(actor.id) and self._listed_description(head) \
                and self._described_by(head, actor):
            return True  # "the official": the deputy assistant secretary named before
        return self._apposed(head, actor, offset)

    def _apposed(self, head: str, actor: Actor, offset: int) -> bool:
        """Whether the text before ``offset`` sets ``head`` beside the actor's name:
        "X, the activist investor," / "the shipbuilder, X," / "The county coroner, Dr X"."""
        names = {actor.name} | ({actor.name.split()[-1]} if actor.kind == "person" else set())
        noun = r"\b(?:the|a|an|its)\s+(?:[\w'-]+\s+){0,3}?" + re.escape(head) + r"\b"
        bare = r"\b(?:(?:the|a|an|its)\s+)?(?:[\w'-]+\s+){0,3}?" + re.escape(head) + r"\b"  # (also "state broadcaster X")
        for name in names:
            at = re.escape(name)
            before = re.compile(bare + r",?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][\w'-]*\s+){0,2}" + at, re.IGNORECASE)
            after = re.compile(at + r",\s+" + noun, re.IGNORECASE)
            for m in list(before.finditer(self.text, 0, offset)) + list(after.finditer(self.text, 0, offset)):
                if not self._in_quote(m.start()) and "." not in m.group(0).replace("Dr.", "").replace("Mr.", ""):
                    return True
        return False

    def _reads_as_body(self, actor: Actor) -> bool:
        return body_read_as_person(actor, self._gender.get(actor.id, ""))  # ("Torvane Metals")

    def _as_body(self, actor: Actor) -> Actor:
        """The actor a body description or "it" found, a body's name read as a person made the
        body it is (the one place this search changes an actor's kind)."""
        if self._reads_as_body(actor):
            actor.kind = "organisation"
        return actor

    def _nearest_body(self, offset: int) -> Actor | None:
        """"It added": the body that spoke or was the subject in the sentence before, if one."""
        here = self._sentence(offset)
        near = [ev for ev in self._events if ev.offset < offset and here - self._sentence(ev.offset) <= 1
                and (ev.subject or ev.speaks)]
        if not near:
            return None
        last = near[-1]
        bodies = {ev.actor.id for ev in near if self._sentence(ev.offset) == self._sentence(last.offset)}
        if len(bodies) != 1 or not (last.actor.kind == "organisation" or self._reads_as_body(last.actor)):
            return None
        return self._as_body(last.actor)

    def _aged(self, phrase: str, offset: int, gender: str = "") -> Actor | None:
        """"the 54-year-old", "der 61-Jährige" where the text gave ages ("Danny Pruitt, 54," / "54-year-old
        Danny Pruitt" / "Detlef X (61)" / "der 61-jährige Detlef X"): the one person (of ``gender``, when
        given) named before with that age, within the reach of a description; else None."""
        age = re.match(r"\D*(\d{1,3})", phrase)
        if age is None:
            return None
        n = age.group(1)

        def fits(a: Actor) -> bool:
            name = re.escape(a.name)
            return a.kind == "person" and gender in ("", self._gender.get(a.id, "") or gender) and re.search(
                rf"{name}(?:,\s*(?:aged\s+)?|\s*\(\s*){n}\b|\b{n}-(?:year-old|[Jj]ährigen?)\s+(?:[\w-]+\s+){{0,3}}{name}",
                self.text[:offset]) is not None
        return described_antecedent(self._events, offset, self._sentence, fits, 2 * MAX_SENTENCES_BACK)

    def _given_name_genders(self, before: int) -> None:
        """A person named before ``before`` by one word only, a listed first name ("Her husband, Luis,
        drove her"; German "Anna und Otto Bremer", the couple's shared surname once), has that name's
        gender, so that a later "she" passes him by and German "er" is not torn between two subjects.
        (A lone word that is another person's surname is no actor of its own: the mentions made it that
        person, "Lena Rhys … Rhys", before any pronoun is read.)"""
        for ev in self._events:
            a, words = ev.actor, ev.actor.name.split()
            if ev.offset >= before or a.kind != "person" or len(words) != 1 or self._gender.get(a.id):
                continue
            if gender := firstnames().get(words[0].casefold(), ""):
                self._gender[a.id] = gender

    def _unnamed_at_a_place(self, phrase: str, p) -> bool:
        """English: a bare plural group noun, or one person of a group or trade ("One trader", "a
        shop owner"), and a place or body after a preposition ("Shop owners on Elm Street", "Parents
        at Scoil Mhuire in Drumlusk", "One trader on Mill Lane", "A farmer near Dunmore"): unnamed
        people, whom neither the place nor the body speaks for."""
        ent = p.entity
        if self.lang != "en" or p.definite or p.spokesperson or _apposed_name(phrase, p):
            return False
        if ent is not None and ent.kind == "group" and ent.generic and (p.plural or p.indefinite):
            noun = ent.name
        elif ent is None and p.indefinite and p.role:
            noun = p.role  # ("A shopkeeper on High Street": a role noun no group list holds)
        else:
            return False
        m = PLACE_PREPOSITION.search(phrase)
        if m is None or is_anonymous(noun, self.lang):
            return False  # ("sources at X", "residents of X": the anonymous rules decide)
        head = phrase[:m.start()].split()[-1:]  # the noun right before the preposition, in either number
        last = noun.split()[-1].casefold()
        return bool(head) and last in (head[0].casefold(), head[0].casefold() + "s", head[0].casefold() + "es")


def _apposed_name(phrase: str, p) -> bool:
    """'A nurse at the hospital, Ann Lodge': the phrase ends in the name of the one it describes
    (the name's words all after its last comma), so somebody is named. A person's name of two words
    at least: one capitalised word after the place is more often its town ('A doctor at St James's
    Hospital, Dublin')."""
    after = phrase.rpartition(",")[2].split() if "," in phrase else []
    return len(p.name) > 1 and all(w in after for w in p.name)
