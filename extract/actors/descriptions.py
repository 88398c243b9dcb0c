"""Descriptions that refer back to a person or body named before: role nouns ("der Minister",
"der SPÖ-Chef"), age nouns ("die 61-Jährige"), kinds of people ("der Manager", "der
CDU-Politiker", "der Gewerkschafter") and institution nouns ("die Behörde")."""
from __future__ import annotations

import re

from ..model import Actor, Span
from .body_kinds import fits_body_noun, fits_german_body_noun
from .english_words import is_dictionary_word
from .headlines import unstopped_headline_end
from .candidates import MAX_SENTENCES_BACK, described_antecedent
from .lexicon import (COMPANY_NOUNS, _inflected, company_descriptor, description_roles, descriptor_heads, first_name, firstnames,
                      is_generic_body, member_heads,
                      party_members, referring_bodies)
from .phrase import Entity, Parsed
from .mentions import PLACE_NOUNS, is_institution_word, parse_phrase
from .roles import council_noun, role_word
from .words import (COUNTRY_NOUNS, GLUED_OFFICE_PREFIXES, OTHER_OFFICE_PREFIXES, PAST_STANDING, POSSESSIVES, SPOKES,
                    WOMEN_NOUN_ENDINGS)


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

    def _by_article_role(self, p: Parsed, offset: int) -> Actor | None:
        """"Dirigent Tobias Wendler … sagte der Dirigent": a noun no lexicon lists as a role, which
        this article gave a person before a name, refers back to that person."""
        if not (p.name and p.definite and len(p.name) == 1):
            return None
        return self._last_with_role([p.name[0].casefold()], p, offset, loose=False)

    def _last_with_role(self, refs: list[str], p: Parsed, offset: int, loose: bool) -> Actor | None:
        def fits(ev) -> bool:
            return ev.offset < offset and holds_role(self, ev.actor, refs, p, loose)
        found = next((ev for ev in reversed(self._events) if fits(ev)), None)
        if found is not None and self.lang == "en" and role_tied(self, found, offset, fits):
            self._tied_roles.add(offset)  # (nor a guess by description, _by_description, or _antecedent)
            return None
        return found.actor if found is not None else None

    def _by_age(self, phrase: str, span: Span) -> Actor | None:
        """"der 58-Jährige", "die 44-Jährige", "the 58-year-old": the person (of that gender) named shortly before."""
        article, noun = phrase.split()[0].casefold(), phrase.split()[-1].casefold()
        if article == "the":  # English: "the 58-year-old" says no gender, but the age the text gave ("Jo Roe, 58,")
            return self._aged(phrase, span[0]) or self._by_description(Parsed(definite=True), span[0])
        # "der 58-Jährige" (m), "der 58-Jährigen" (her: genitive or dative), "des/dem 58-Jährigen" (m)
        gender = {"der": "f" if noun.endswith("n") else "m", "die": "f", "des": "m", "dem": "m"}.get(article, "")
        if not gender:
            return None
        return self._aged(phrase, span[0], gender) or self._by_description(Parsed(definite=True, gender=gender), span[0])

    def _by_description(self, p: Parsed, offset: int) -> Actor | None:
        """A definite role noun or institution noun no earlier role explains: the nearest fitting
        actor named shortly before (candidates.py)."""
        # ("der Bundestagspräsident" may be of the CDU)
        if offset in self._tied_roles:
            return None  # two holders of the role named before could be meant (_last_with_role)
        listed = p.entity is None and bool(self._listed_description(p.role))
        if p.entity is not None:
            def fits(a: Actor) -> bool:  # a compound names one body: "die Bundesnetzagentur" ... "die Behörde"
                return a.kind == "organisation" and (not is_generic_body(a) or a.name.casefold() not in self.lex.institutions
                                                     and p.entity.name.casefold() not in COMPANY_NOUNS) \
                    and (self.lang != "en" or fits_body_noun(p.entity.name, a) and not self._opens_body_name(a)) \
                    and (self.lang != "de" or fits_german_body_noun(p.entity.name, a))
                # ('the company': no newspaper; 'the charity': not the place of 'Tarrow Cross District Council')
        else:
            owned = owner_named(self.lang, p, self.text)  # (of the phrase alone: read once, not per candidate)

            def fits(a: Actor) -> bool:  # "der Grünen-Politiker": not the man named with "(CDU)"
                if owned or a.kind != "person" or listed and self._other_organisation(p.affiliation, a.affiliation) \
                        or not self._described_by(p.role, a) or owned_by_another(p, a, self._roles.get(a.id)) \
                        or held_once(a, p.role, p.clean):
                    return False
                return self._gender.get(a.id, "") in ("", p.gender) if p.gender else True
        head = self._role_head(p.role) if p.entity is None else ""
        actor = described_antecedent(  # first among those whose role has the same head ("Parlamentspräsidentin")
            self._events, offset, self._sentence,
            lambda a: fits(a) and any(_masculine(r.casefold()).endswith(head) for r in self._roles.get(a.id, [])),
            ) if head else None
        actor = actor or described_antecedent(self._events, offset, self._sentence, fits) or body_read_as_person_before(self, p, offset)
        if actor is None and listed:
            # a description that names a kind of role ("der Manager") reaches further back to a
            # person who holds a role of that kind ("Vorstandschef"), never to one with no role
            actor = described_antecedent(self._events, offset, self._sentence,
                                         lambda a: fits(a) and self._roles.get(a.id) and self._described_by(p.role, a),
                                         2 * MAX_SENTENCES_BACK)
        if actor is not None and p.role:
            self._learn(actor, Parsed(role=p.role, mapped_role=p.mapped_role, gender=p.gender,
                                      written_role="" if p.affiliation else p.written_role))
        return actor  # (the role as written, when no owner is in it: "The roads manager said" -> "roads manager")

    def _no_person_named(self, p: Parsed, offset: int, hint: str) -> tuple[Actor | None] | None:
        """Name words that name no new person: a body ("Idris Power AG") or a description (below)."""
        if self._organisation_name(p, hint):
            return (self._entity_actor(Entity("organisation", " ".join(p.name))),)
        return self._noun_description(p, offset)

    def _noun_description(self, p: Parsed, offset: int) -> tuple[Actor | None] | None:
        """"der Landesvater", "dem Mieterschützer", "die Oberhirtin": one capitalised word after a
        definite article that no one was named with is a common noun describing a person named
        before (of the article's gender), or no one: (actor or None,); None for a name."""
        article = self.text[offset:offset + 4].split()[:1]
        gender = {"der": "m", "dem": "m", "des": "m", "die": "f"}.get(article[0].casefold() if article else "", "")
        word = p.name[0]
        if p.definite and len(p.name) == 1 and (member := self._member_of(word, offset) or self._members_by_stem(word, offset)):
            return member  # "teilte die Stadt mit", "die Ermittler", "die Naturschützer" (the Naturschutzbund)
        gender = "f" if woman_noun(word) else gender if gender == "m" else ""  # "die Bundesgärten": many
        if self.lang != "de" or not gender or len(p.name) != 1 or not p.definite or len(word) < 5 or "-" in word \
                or not word[1:].islower() or word.casefold() in firstnames() or self._by_surname(p.name, "")[0]:
            return None
        return (self._by_description(Parsed(definite=True, role=word, role_noun=word, gender=gender), offset),)

    def _party_member(self, p: Parsed, offset: int) -> tuple[Actor] | None:
        """"sagte die Grüne", "der Sozialdemokrat": the person of that party (and gender) named
        shortly before (party_members_<lang>.tsv); None when the noun is no listed member noun or
        nobody fits."""
        parties = party_members(self.lang).get(p.clean.casefold()) if p.definite and " " not in p.clean else None
        if not parties:
            return None
        article = self.text[offset:offset + 4].split()[:1]
        gender = "f" if p.clean.endswith("in") else "m" if p.clean.endswith("r") else {
            "der": "m", "dem": "m", "die": "f"}.get(article[0].casefold() if article else "", "")

        def fits(a: Actor) -> bool:
            party = {a.affiliation.casefold()} | {r.split("-")[0].casefold() for r in self._roles.get(a.id, [])}
            return a.kind == "person" and self._gender.get(a.id, "") in ("", gender) and bool(party & parties)
        actor = described_antecedent(self._events, offset, self._sentence, fits)
        return (actor,) if actor is not None else None

    def _member_of(self, noun: str, offset: int) -> tuple[Actor | None] | None:
        """"teilten die Beamten mit", "die Ermittler", "die Stadt": the body named shortly before whose
        name or describing noun ends in a head members_<lang>.tsv gives the noun ('*': any named
        body); (None,) when none was; None when the noun is not listed."""
        heads = member_heads(self.lang).get(noun.casefold())
        if heads is None:
            return None

        def fits(a: Actor) -> bool:
            words = [w.casefold() for w in a.name.split(" (")[0].split()] + list(self._descriptors.get(a.id, ()))
            return a.kind == "organisation" and not is_generic_body(a) and ("*" in heads or any(  # ("save-": "Save X")
                w.endswith(heads) for w in words) or bool(words) and words[0] + "-" in heads)
        return (described_antecedent(self._events, offset, self._sentence, fits),)

    def _members_by_stem(self, noun: str, offset: int) -> tuple[Actor] | None:
        """"die Naturschützer" after "Der Naturschutzbund X", "die Imker" after "Der Imkerverband Y":
        people named by the first part of the body's compound ("-er" dropped, umlauts ignored), for
        the body named shortly before; None when none fits."""
        low = noun.casefold().translate(UMLAUTS)
        stems = {low, low[:-2]} if low.endswith("er") and len(low) > 6 else {low}
        if self.lang != "de" or len(low) < 5:
            return None

        def fits(a: Actor) -> bool:  # the rest of the compound is a body's noun: not "Fischer|eiministerium"
            first = a.name.split()[0].casefold().translate(UMLAUTS)
            return a.kind == "organisation" and any(first.startswith(s) and _inflected(
                self.lex.institutions, first[len(s):].lstrip("s").capitalize(), ("es", "s")) for s in stems)
        actor = described_antecedent(self._events, offset, self._sentence, fits)
        return (actor,) if actor is not None else None

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
                if p.of.name.casefold() in referring_bodies(self.lang) or self.lang == "en":
                    return None  # "eine Sprecherin der Behörde", "a spokesman for the council", no body named before
            if p.of.name.casefold() in COUNTRY_NOUNS:  # "ein Sprecher des Landes": the state named before
                return described_antecedent(self._events, offset, self._sentence, lambda a: a.kind == "country")
            member = self._member_of(p.of.name, offset) if not p.of.affiliation else None
            return member[0] if member else self._entity_actor(p.of)  # "ein Sprecher der Stadt": the Stadt X
        if p.affiliation:
            generic = _inflected(self.lex.institutions, p.affiliation, ("es", "s"))
            earlier = self._earlier_institution(generic, offset) if generic else None  # "ein Konzernsprecher"
            if earlier is None and self.lang == "en" and generic.casefold() in referring_bodies("en"):
                earlier = self.company_taken_up(generic.casefold(), offset)  # "…, a company spokeswoman said"
            if earlier is None and (generic.casefold() in referring_bodies(self.lang)
                                    or self.lang == "en" and generic and generic.casefold() == p.affiliation.casefold()):
                return None  # "ein Unternehmenssprecher", "a government spokesperson", no body named before
            found = earlier or self._entity_actor(self._entity_named(p.affiliation))
            if self.lang == "de" and found is not None and generic and found.name.casefold() == generic.casefold() \
                    and is_generic_body(found):
                return None  # "ein Polizeisprecher", "ein Gerichtssprecher": of a body nobody named, no one named
            return found
        if speaking and self.lang == "de":  # "Die Polizei … Ein Sprecher sagte": the body named before
            return described_antecedent(self._events, offset, self._sentence, lambda a: a.kind == "organisation")
        return _spoken_for_before(self.text, self._events, offset) if speaking and p.definite else None

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

    def _one_of_group(self, low: str, p: Parsed, offset: int) -> tuple[Actor | None] | None:
        """"sagte der Gewerkschafter", "sagte die Zeugin": a group noun in the singular ("der", or a
        feminine "-in" after "die"), as a speaker, is one person described ("die Gewerkschafter"
        would be many): (the person named before who fits,), (None,) when no one named fits (an
        unnamed witness is no actor), None when the phrase is no such noun."""
        words = low.split()
        if self.lang != "de" or len(words) != 2 or p.entity is None or p.entity.kind != "group" \
                or not (words[0] == "der" or words[0] == "die" and words[1].endswith("in")):
            return None
        gender = "m" if words[0] == "der" else "f"
        return (self._by_description(Parsed(definite=True, role=words[1].capitalize(), gender=gender), offset),)

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
        other = bool(role) and any(other_office(r, _masculine(role.casefold())) for r in roles)  # (a Vizebürgermeister)
        return not other and (not fitting or not roles or any(r.endswith(tuple(_masculine(f) for f in fitting)) for r in roles))

    def _other_organisation(self, one: str, other: str) -> bool:
        """Two different named organisations ("Grüne", "CDU"); a place ("Thüringen") is no
        contradiction: a Thuringian minister may be the Green politician."""
        orgs = self.lex.organisations
        return bool(one and other) and one != other and one.casefold() in orgs and other.casefold() in orgs



def body_read_as_person_before(actors: Descriptions, p: Parsed, offset: int) -> Actor | None:
    """German "teilte der Konzern mit", "schreibt der Verein" with no body named before that the noun fits: the
    subject or speaker shortly before whose name was read as a person's for want of a first name, role or gender
    ("Vennborg Chemie", "IG Velo Tüfelsmoos", "Der Busbetreiber Feldlinger Reisen"), made the body it is. Only
    nouns that refer back to a body (referring_bodies_de.txt): such a noun never stands for a person."""
    noun = p.entity.name.casefold() if p.entity is not None and actors.lang == "de" else ""
    if noun not in referring_bodies("de"):
        return None
    company = noun in COMPANY_NOUNS
    spoke = {ev.actor.id for ev in actors._events if ev.offset < offset and ev.speaks}
    actor = described_antecedent(actors._events, offset, actors._sentence, lambda a: read_as_person(actors, a, company)
                                 and written_as_body(actors.text[:offset], a.name, a.id in spoke))
    if actor is not None:
        actor.kind, actor.role = "organisation", ""  # (a kind of company is no person's role: "Busbetreiber")
    return actor


def read_as_person(actors: Descriptions, actor: Actor, company: bool) -> bool:
    """A body's name read as a person's: no first name, and no role or gender (Antecedents._reads_as_body); or,
    taken up by a company noun (``company``: "das Unternehmen"), only a compound noun for a kind of company taken
    for a role ("Der Busbetreiber Feldlinger Reisen"; "Der Betreiber X" may be the man who runs it)."""
    words = actor.name.split()
    kind = company_descriptor(actor.role, "de") if company and actor.kind == "person" and len(words) > 1 else ""
    return actors._reads_as_body(actor) or bool(kind) and kind.casefold() not in descriptor_heads("de") \
        and not any(first_name(w.casefold()) for w in words[:-1])


def written_as_body(text: str, name: str, spoke: bool) -> bool:
    """German writes a person's name without an article: a name after a nominative "der"/"die"/"das" and a noun for
    a kind of body ("Der Busbetreiber X"), or after the article alone where the name spoke (``spoke``: "Die IG Velo X
    verlangt …"; "Der Rolls-Royce Ghost macht …" names a car), names a body ("Paavo Kettuniemi" does not say which;
    "dem Korrespondenten X", "des Vorzeige-Elektroautos X": the actors glued a noun to a name). The bare article
    only as "die"/"das": a man's name never takes them, but "Der Spediteur Kettuniemi" is a man whose agent noun,
    unknown as a role, the actors glued to his surname (rr34)."""
    bodies = tuple(referring_bodies("de"))
    for m in re.finditer(r"\b([Dd](?:er|ie|as))\s+(?:([A-ZÄÖÜ][\w-]*)\s+)?" + re.escape(name) + r"\b", text):
        kind = (m.group(2) or "").casefold()
        bare = spoke and m.group(1).casefold() != "der"
        if kind.endswith(bodies) or company_descriptor(kind, "de") if kind else bare:
            return True
    return False


def owned_by_another(p: Parsed, actor: Actor, roles: list[str] | None) -> bool:
    """A role with an owner in the genitive ("Der Anwalt des Sammlers", "die Sprecherin des Vereins") names
    one who acts for that owner: not a person named before with no role of her own (``roles``) and another
    affiliation or none (the owner is someone else, maybe never named)."""
    return p.of is not None and not roles and actor.affiliation.casefold() != p.affiliation.casefold()


UMLAUTS = str.maketrans("äöü", "aou")


def woman_noun(word: str) -> bool:
    """A German noun for one woman by its ending (words.WOMEN_NOUN_ENDINGS: "Oberhirtin", "Landesmutter",
    "Bauerntochter"), not a body's daughter or mother company ("die Konzerntochter", "die Banktochter", "die Konzernmutter":
    a body before "-tochter"/"-mutter", mentions.is_institution_word; "die Stadttochter": a place's
    company, where "die Stadtmutter" is its mayor)."""
    low = word.casefold()
    if not low.endswith(WOMEN_NOUN_ENDINGS):
        return False
    end = next((end for end in ("tochter", "mutter") if low.endswith(end)), "")
    stem = low[: len(low) - len(end)] if end else ""
    return not stem or not (end == "tochter" and stem in PLACE_NOUNS or is_institution_word(stem.capitalize(), "de"))


def other_office(held: str, ref: str) -> bool:
    """The role ``held`` ends in ``ref`` after a prefix that makes it another office ("vizebürgermeister",
    "ex-präsident" for "bürgermeister", "präsident": words.OTHER_OFFICE_PREFIXES); both casefolded. The
    prefix is a word or a compound's piece of its own, not the end of a name ("tesco chief executive",
    "san francisco mayor", "essex chief constable" hold those offices), and ``ref`` begins with none
    ("commissioner", "executive" begin with no "co-", "ex-": the "deputy commissioner" is another office)."""
    if not held.endswith(ref) or len(held) == len(ref):
        return False
    before = re.split(r"[\s-]+", held[: len(held) - len(ref)].rstrip("- "))[-1]
    first = re.split(r"[\s-]+", ref)[0]
    return (before in OTHER_OFFICE_PREFIXES or before.endswith(GLUED_OFFICE_PREFIXES)) \
        and not (first in OTHER_OFFICE_PREFIXES or first.startswith(GLUED_OFFICE_PREFIXES))


def _masculine(noun: str) -> str:
    """'ministerin' -> 'minister', 'landesrätin' -> 'landesrat' (German role nouns, umlauts
    dropped so that the feminine's umlaut does not matter)."""
    for end in ("innen", "in"):
        if noun.endswith(end) and len(noun) > len(end) + 2:
            return noun[: -len(end)].translate(UMLAUTS)
    return noun.translate(UMLAUTS)


def headline_role_holder(text: str, events: list, roles: dict[str, list[str]], p: Parsed, offset: int,
                         lang: str) -> Actor | None:
    """'Coach says …' / 'Minister: …' in a headline (a first line with no full stop over a
    paragraph): a bare role there names no one before it, but the person the story under it
    first gives that role ('Lakeshore Rovers coach Terrence Boyd said …'). ``events``: the
    article's mentions in text order; ``roles``: every role noun each actor was given."""
    line_end = unstopped_headline_end(text)
    if line_end is None or offset >= line_end:
        return None
    refs = [ref for ref in (p.role.casefold(), *p.mapped_role.casefold().split("|")) if ref]
    for ev in events:
        if ev.offset <= line_end or ev.actor.kind != "person":
            continue
        given = [r.casefold() for r in roles.get(ev.actor.id, [])]
        if any(r.endswith(ref) or (lang == "en" and r.startswith(ref + " ")) for r in given for ref in refs):
            return ev.actor
    return None


SPOKESPERSON_WORD = re.compile(r"\b(?:spokes(?:wo)?man|spokesperson)\b", re.IGNORECASE)


def _spoken_for_before(text: str, events: list, offset: int) -> Actor | None:
    """English 'the spokeswoman said' after 'a spokeswoman for the company said': whoever the last
    spokesperson phrase before it spoke for (the actor of the speaking event where that phrase
    opens), or None when no spokesperson spoke before."""
    last = None
    for last in SPOKESPERSON_WORD.finditer(text, 0, offset):
        pass
    if last is None:
        return None
    hits = [e.actor for e in events if e.speaks and last.start() - 12 <= e.offset <= last.start()]
    return hits[-1] if hits else None


def _council_place(phrase: str) -> str:
    """The place that says which council a council noun names, as part of its name: " von
    Flachsenbeck" for "der Gemeinderat von Flachsenbeck", " des Kantons Aarwil" for "der
    Regierungsrat des Kantons Aarwil" (a genitive only of a place noun: "der Stadtrat der
    Bürgerliste X" is no place); '' when the phrase ends at the noun."""
    words = phrase.split()
    rest = words[words.index(next(w for w in words if w[:1].isupper())) + 1:] if any(w[:1].isupper() for w in words) else []
    if not 2 <= len(rest) <= 4 or not all(w[:1].isupper() for w in rest[1:]) \
            or not (rest[0] in ("von", "vom") or rest[0] in ("des", "der") and any(rest[1].casefold().endswith((n, n + "s", n + "es")) for n in PLACE_NOUNS + ("kanton",))):
        return ""
    return " " + " ".join(rest)


def council_body(actors: Descriptions, p: Parsed, offset: int) -> Actor | None:
    """"teilte der Landesschulrat mit" with no such person before: a "-rat" noun that is no
    person's title names a council (roles.council_noun), with the place that says which
    ("der Gemeinderat von Flachsenbeck"); the noun alone refers back to that council named before."""
    council = council_noun(p.role_noun, actors.lang)
    if not council:
        return None
    place = _council_place(p.clean)
    named = None if place else described_antecedent(
        actors._events, offset, actors._sentence, lambda a: a.kind == "organisation" and a.name.startswith(council + " "))
    return named or actors._entity_actor(Entity("organisation", council + place))


def holds_role(actors: Descriptions, actor: Actor, refs: list[str], p: Parsed, loose: bool) -> bool:
    """Whether the person was given a role the role noun's forms ``refs`` name (Descriptions._last_with_role)."""
    if actor.kind != "person":
        return False
    roles = [r.casefold() for r in actors._roles.get(actor.id, [])]
    if not any(r.endswith(ref) and not other_office(r, ref)  # (not "der Bürgermeister" for a Vizebürgermeister)
               or (actors.lang == "en" and r.startswith(ref + " "))  # "Secretary of State"
               for r in roles for ref in refs) or any(other_office(actor.role.casefold(), ref) for ref in refs):
        return False  # (nor the mayor for one whose role as written is "Deputy mayor")
    if past_holder(actor.role) and not any(past_holder(ref) for ref in refs):
        return False  # "Former council leader X" beside the current leader: "the leader" is the current one
    if owner_named(actors.lang, p, actors.text):
        if owner_elsewhere(actors, actor, p):
            return False
    elif p.affiliation and actor.affiliation and p.affiliation != actor.affiliation:
        return False
    return not (loose and p.gender and actors._gender.get(actor.id, "") not in ("", p.gender))


def past_holder(role: str) -> bool:
    """A role written with a standing that puts it in the past ("Former council leader",
    "Ex-chairman", German "Ex-Bürgermeister"): its holder no longer holds the office."""
    return re.split(r"[\s-]+", role.casefold(), maxsplit=1)[0] in PAST_STANDING


def owner_named(lang: str, p: Parsed, text: str) -> bool:
    """An English role description that says by a capitalised name whose office it is ("the Ashbury
    MP", "the Heartland MP", "the Harbourside mayor"): it refers to a holder of that office tied to
    that name (owner_elsewhere), never to the nearest person by guess. The word must be a name: one
    the word index does not know (a place, "Carnwick") or one the text writes elsewhere too ("the
    Heartland Party"); a capitalised common word or adjective alone ("the Cabinet minister", "the
    Democratic senator") says what kind of holder, not whose office."""
    first = p.affiliation.split()[0] if p.affiliation else ""
    if not (lang == "en" and p.definite and not p.name and first[:1].isupper() and first in p.clean.split()):
        return False
    return is_dictionary_word(first) is False or len(re.findall(rf"\b{re.escape(first)}\b", text)) > 1


def owner_elsewhere(actors: Descriptions, actor: Actor, p: Parsed) -> bool:
    """Neither the person's affiliation nor a sentence that names her holds the name the description
    gives the office's owner: the holder of that office is someone else ("Idris Penhale, the MP for
    Carnwick" for "the Ashbury MP"; "a member of the Heartland Party" is the Heartland MP)."""
    owner = p.affiliation.casefold()
    if owner in actor.affiliation.casefold():
        return False
    starts = actors._sentence_starts + [len(actors.text)]
    named_in = {actors._sentence(ev.offset) for ev in actors._events if ev.actor.id == actor.id}
    return not any(owner in actors.text[starts[i]:starts[i + 1]].casefold() for i in named_in)


def held_once(actor: Actor, role: str, description: str) -> bool:
    """The person held the office the description (its role noun ``role``) names only in the past ("Former
    council leader X" for "the council leader"), while the description does not say so ("the former leader")."""
    return bool(role) and past_holder(actor.role) and actor.role.casefold().endswith(role.casefold()) \
        and not past_holder(description)


def role_tied(actors: Descriptions, found, offset: int, fits) -> bool:
    """English: another holder of the role was named, and the holder ``found`` (the last named) was not
    named in the role noun's sentence or the one before: "the environment minister, X, and the farming
    minister, Y … Both were heckled … the minister told them" could be either; no guess. (The sentence
    is that of the name's end: "U.S. Secretary of State Dana Roe" is one sentence.)"""
    named = actors.text.find(found.actor.name, found.offset)
    at = named + len(found.actor.name) if 0 <= named < offset else found.offset
    return actors._sentence(offset) - actors._sentence(at) > 1 \
        and any(fits(ev) and ev.actor.id != found.actor.id for ev in actors._events)
