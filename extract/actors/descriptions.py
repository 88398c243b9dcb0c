"""Descriptions that refer back to a person or body named before: role nouns ("der Minister",
"der SPÖ-Chef"), age nouns ("die 61-Jährige"), kinds of people ("der Manager", "der
CDU-Politiker", "der Gewerkschafter") and institution nouns ("die Behörde")."""
from __future__ import annotations

from ..model import Actor, Span
from .body_kinds import fits_body_noun
from .described import MAX_SENTENCES_BACK, described_antecedent
from .lexicon import _inflected, description_roles, is_generic_body, referring_bodies
from .phrase import Parsed
from .mentions import is_institution_word, parse_phrase
from .roles import role_word
from .words import POSSESSIVES, SPOKES


class Descriptions:
    """The description rules of ArticleActors (a mixin: it reads the article's state)."""

    def _by_role(self, p: Parsed, offset: int) -> Actor | None:
        """'der Kanzler' -> the actor last given a role that ends in 'Kanzler' (Bundeskanzler);
        else, for a party or body compound, its head: 'der SPÖ-Chef' -> the 'Landesparteichef'
        with no other affiliation."""
        refs = [ref for ref in (p.role.casefold(), *p.mapped_role.casefold().split("|")) if ref]
        actor = self._last_with_role(refs, p, offset, loose=False)
        if actor is None and p.affiliation and "-" in p.role:
            actor = self._last_with_role([p.role.casefold().rsplit("-", 1)[-1]], p, offset, loose=True)
        if actor is not None:
            self._learn(actor, Parsed(role=p.role, mapped_role=p.mapped_role, affiliation=p.affiliation,
                                      gender=p.gender))
        return actor

    def _last_with_role(self, refs: list[str], p: Parsed, offset: int, loose: bool) -> Actor | None:
        for ev in reversed(self._events):
            if ev.offset >= offset or ev.actor.kind != "person":
                continue
            roles = [r.casefold() for r in self._roles.get(ev.actor.id, [])]
            if not any(r.endswith(ref) or (self.lang == "en" and r.startswith(ref + " "))  # "Secretary of State"
                       for r in roles for ref in refs):
                continue
            if p.affiliation and ev.actor.affiliation and p.affiliation != ev.actor.affiliation:
                continue
            if loose and p.gender and self._gender.get(ev.actor.id, "") not in ("", p.gender):
                continue
            return ev.actor
        return None

    def _by_age(self, phrase: str, span: Span) -> Actor | None:
        """"der 58-Jährige", "die 44-Jährige", "the 58-year-old": the person (of that gender) named shortly before."""
        article, noun = phrase.split()[0].casefold(), phrase.split()[-1].casefold()
        if article == "the":  # English: "the 58-year-old" says no gender
            return self._by_description(Parsed(definite=True), span[0])
        # "der 58-Jährige" (m), "der 58-Jährigen" (her: genitive or dative), "des/dem 58-Jährigen" (m)
        gender = {"der": "f" if noun.endswith("n") else "m", "die": "f", "des": "m", "dem": "m"}.get(article, "")
        return self._by_description(Parsed(definite=True, gender=gender), span[0]) if gender else None

    def _by_description(self, p: Parsed, offset: int) -> Actor | None:
        """A definite role noun or institution noun no earlier role explains: the nearest fitting
        actor named shortly before (described.py)."""
        # ("der Bundestagspräsident" may be of the CDU)
        listed = p.entity is None and bool(self._listed_description(p.role))
        if p.entity is not None:
            def fits(a: Actor) -> bool:  # a compound names one body: "die Bundesnetzagentur" ... "die Behörde"
                return a.kind == "organisation" and (not is_generic_body(a) or a.name.casefold() not in self.lex.institutions) \
                    and (self.lang != "en" or fits_body_noun(p.entity.name, a))  # 'the company': no newspaper
        else:
            def fits(a: Actor) -> bool:  # "der Grünen-Politiker": not the man named with "(CDU)"
                if a.kind != "person" or listed and self._other_organisation(p.affiliation, a.affiliation) \
                        or not self._described_by(p.role, a):
                    return False
                return self._gender.get(a.id, "") in ("", p.gender) if p.gender else True
        head = self._role_head(p.role) if p.entity is None else ""
        actor = described_antecedent(  # first among those whose role has the same head ("Parlamentspräsidentin")
            self._events, offset, self._sentence,
            lambda a: fits(a) and any(_masculine(r.casefold()).endswith(head) for r in self._roles.get(a.id, [])),
            ) if head else None
        actor = actor or described_antecedent(self._events, offset, self._sentence, fits)
        if actor is None and listed:
            # a description that names a kind of role ("der Manager") reaches further back to a
            # person who holds a role of that kind ("Vorstandschef"), never to one with no role
            actor = described_antecedent(self._events, offset, self._sentence,
                                         lambda a: fits(a) and self._roles.get(a.id) and self._described_by(p.role, a),
                                         2 * MAX_SENTENCES_BACK)
        if actor is not None and p.role:
            self._learn(actor, Parsed(role=p.role, mapped_role=p.mapped_role, gender=p.gender))
        return actor

    def _by_spokesperson(self, p: Parsed, offset: int, speaking: bool) -> Actor | None:
        """Whom a spokesperson phrase names: the spokesperson named before ("die
        Ministeriumssprecherin"), the person spoken for ("Sein Sprecher"), else the body ("ein
        Sprecher des Ministeriums", "ein Konzernsprecher", "Ein Sprecher sagte" after "Die Polizei")."""
        actor = self._named_spokesperson(p, offset) if speaking and p.definite else None
        if actor is None and speaking and self.lang == "de":
            actor = self._principal(p, offset)
        if actor is not None:
            self._add_alias(actor, p.role_noun)
            return actor
        if p.of is not None:
            if p.of.generic and not p.of.affiliation and p.of.definite:
                earlier = self._earlier_institution(p.of.name, offset) or (speaking and self._by_description(
                    Parsed(definite=True, entity=p.of), offset))  # "ein Sprecher der Behörde": the body named before
                if earlier:
                    return earlier
                if p.of.name.casefold() in referring_bodies(self.lang):
                    return None  # "eine Sprecherin der Behörde", no body named before
            return self._entity_actor(p.of)
        if p.affiliation:
            generic = _inflected(self.lex.institutions, p.affiliation, ("es", "s"))
            earlier = self._earlier_institution(generic, offset) if generic else None  # "ein Konzernsprecher"
            if earlier is None and generic.casefold() in referring_bodies(self.lang):
                return None  # "ein Unternehmenssprecher", no company named before
            return earlier or self._entity_actor(self._entity_named(p.affiliation))
        if speaking and self.lang == "de":  # "Die Polizei … Ein Sprecher sagte": the body named before
            return described_antecedent(self._events, offset, self._sentence, lambda a: a.kind == "organisation")
        return None

    def _named_spokesperson(self, p: Parsed, offset: int) -> Actor | None:
        """"die Ministeriumssprecherin", "der Sprecher des Ministeriums": the spokesperson of that
        body named shortly before (of the same gender), else None (then the body speaks)."""
        body = (p.of.name if p.of is not None else p.affiliation).casefold()

        def fits(a: Actor) -> bool:
            if a.kind != "person" or self._gender.get(a.id, "") not in ("", p.gender or self._gender.get(a.id, "")):
                return False
            if not any(_masculine(r.casefold()).endswith(SPOKES) for r in self._roles.get(a.id, [])):
                return False
            own = a.affiliation.split(" (")[0].casefold()
            return not body or not own or own.endswith(body) or body.endswith(own)
        return described_antecedent(self._events, offset, self._sentence, fits)

    def _principal(self, p: Parsed, offset: int) -> Actor | None:
        """Whom an unnamed spokesperson speaks for when that is a person: the owner of "Sein
        Sprecher" / "Ihre Sprecherin", the person of "ein Sprecher des Ministers / von Minister Kern"."""
        first = p.clean.split()[0].casefold() if p.clean else ""
        if first in POSSESSIVES[self.lang]:
            return self._by_pronoun(first, (offset, offset), POSSESSIVES[self.lang][first])
        if p.of is None or not role_word(p.of.name.split()[0], self.lex) or is_institution_word(p.of.name.split()[0], self.lang):
            return None
        who = parse_phrase(("der " if p.of.definite else "") + p.of.name, self.lang)
        return self._actor_for(who, offset, speaking=True, hint="person") if who.role or who.name else None

    def _one_of_group(self, low: str, p: Parsed, offset: int) -> Actor | None:
        """"sagte der Gewerkschafter": a group noun with the singular article, as a speaker, is one
        person described ("die Gewerkschafter" would be many): the man named before who fits."""
        if self.lang != "de" or len(low.split()) != 2 or not low.startswith("der ") or p.entity is None \
                or p.entity.kind != "group":
            return None
        return self._by_description(Parsed(definite=True, role=low.split()[-1].capitalize(), gender="m"), offset)

    def _role_head(self, role: str) -> str:
        """The head a compound role noun ends in ("parlamentspräsidentin" -> "prasident"), or ""."""
        low = role.rsplit("-", 1)[-1].casefold()
        head = next((h for h in self.lex.role_heads if low.endswith(h)), "")
        return _masculine(head) if len(head) > 3 else ""

    def _listed_description(self, role: str) -> tuple[str, ...]:
        """The role endings a description noun fits (descriptions_<lang>.tsv), or ()."""
        return description_roles(self.lang).get(_masculine(role.rsplit("-", 1)[-1].casefold()), ())

    def _described_by(self, role: str, actor: Actor) -> bool:
        """Whether a description ("der Manager", "die CDU-Politikerin") fits the roles the actor
        holds; a description not listed, or an actor with no role, fits."""
        fitting = self._listed_description(role)
        roles = [_masculine(r.casefold()) for r in self._roles.get(actor.id, [])]
        return not fitting or not roles or any(r.endswith(tuple(_masculine(f) for f in fitting)) for r in roles)

    def _other_organisation(self, one: str, other: str) -> bool:
        """Two different named organisations ("Grüne", "CDU"); a place ("Thüringen") is no
        contradiction: a Thuringian minister may be the Green politician."""
        orgs = self.lex.organisations
        return bool(one and other) and one != other and one.casefold() in orgs and other.casefold() in orgs



UMLAUTS = str.maketrans("äöü", "aou")


def _masculine(noun: str) -> str:
    """'ministerin' -> 'minister', 'landesrätin' -> 'landesrat' (German role nouns, umlauts
    dropped so that the feminine's umlaut does not matter)."""
    for end in ("innen", "in"):
        if noun.endswith(end) and len(noun) > len(end) + 2:
            return noun[: -len(end)].translate(UMLAUTS)
    return noun.translate(UMLAUTS)


