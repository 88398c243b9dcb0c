"""Actors of one article: mentions registered and resolved (ArticleActors); extents.py,
identities.py and coreference.py hold the rule families it combines."""
from __future__ import annotations

import bisect
import re

from ..model import Actor, Mention, Span
from ..quotes import find_quotes
from .across import load_aliases
from .context import (
    AGE_NOUN,
    DEMONYM_WORD,
    GROUP_WORD,
    PLACE_WORD,
    SENTENCE_END,
    Event,
    local_id,
)
from .antecedents import Antecedents
from .body_speakers import BodySpeakers
from .coreference import Coreference
from .descriptions import Descriptions, council_body, headline_role_holder
from .headline_forms import HeadlineForms
from .headlines import sentence_free_headline_end
from .candidates import described_antecedent
from .extents import Extents
from .genders import Genders
from .identities import Identities, same_body_of_place
from .lexicon import (
    Lexicon,
    _inflected,
    institution_name,
    is_anonymous,
    lexicon,
    other_language_names,
    speaking_party,
)
from .name_reading import read_one_word_bodies
from .mentions import (
    _entity_at,
    _entity_label,
    parse_phrase,
)
from .phrase import Entity, Parsed
from .references_back import referred_back
from .short_forms import ShortForms
from .words import COUNTRY_NOUNS, DEMONSTRATIVES, INDEFINITE, NO_ACTOR, PAIR_REFERENCES, POSSESSIVES, PRONOUNS, UNNAMED_MANY_DE

APPOSED_COMMA = re.compile(r"[ \t]*,[ \t]*")  # the comma before a name in apposition


class ArticleActors(Extents, Identities, Coreference, Descriptions, HeadlineForms, ShortForms, BodySpeakers, Antecedents, Genders):
    """Resolves speaker mentions of one article to article-local actors, in text order. ``mentions``: every
    name / organisation mention the language rules saw, in text order; they introduce full names, roles and
    genders that later speaker mentions refer back to."""

    def __init__(self, text: str, lang: str, mentions: list[Mention] | None = None,
                 aliases: dict[str, str] | None = None, quotes: list[Span] | None = None):
        self.text = text
        self.lang = lang if lang in ("de", "en") else "de"
        self.lex = lexicon(self.lang)
        raw = load_aliases() if aliases is None else aliases
        self.aliases = {k.casefold(): v for k, v in raw.items()}
        self.mentions = sorted(mentions or [], key=lambda m: m.span)
        self._mention_starts: list[int] | None = None  # their starts, for Extents._mentions_from
        self._actors: dict[str, Actor] = {}
        self._names: dict[str, Actor] = {}  # casefolded name or name alias -> actor
        self._gender: dict[str, str] = {}  # actor id -> m | f | ""
        self._roles: dict[str, list[str]] = {}  # actor id -> every role noun it was given
        self._events: list[Event] = []
        self._scanned: dict[str, tuple[str, Span]] = {}
        self._places: tuple[str, ...] | None = None  # country-like names in the text, read when needed
        self._with_adjective: set[str] | None = None
        self._descriptors: dict[str, set[str]] = {}  # actor id -> "utility company", "energiekonzern"
        self._body_events: list[Event] | None = None  # institutions German calls "sie", read when needed
        # organisations a subject named "der …" ("er" may be them), "die …" with a singular verb, "das …" ("es")
        self._masculine_bodies, self._feminine_bodies, self._neuter_bodies = set[str](), set[str](), set[str]()
        self._lone_names: set[str] = set()  # lone surnames the grammar found ("Brenninkamp lehnt ab"): "er" may be them
        self.read_roles: list[tuple[Actor, str]] = []  # (actor, role the language rules read around its name)
        self._names_read: set[tuple[str, str, str]] = set()  # (id, name, kind) of actors read_one_word_bodies has read
        self._tied_roles, self._pronoun_genders = set[int](), set[str]()  # role_tied offsets; ids only a pronoun gave a gender
        self._unnamed: list[tuple[int, str]] = []  # (offset, m | f | "") of speakers left unnamed: "eine Anwohnerin"
        # the quotes the language rules paired (the pass runs once per article), else paired here
        self._quotes = quotes if quotes is not None else [(q.open_mark, q.close_mark) for q in find_quotes(text)]
        self._sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self._register_mentions()

    @property
    def actors(self) -> list[Actor]:
        if self.lang == "en":  # (each actor read once: the property is read many times per article)
            read_one_word_bodies(self._actors.values(), self.text, self._sentence_starts, self._names_read)
        return list(self._actors.values())

    # ---- public
    def resolve(self, span: Span) -> Actor | None:
        phrase = self.text[span[0] : span[1]].strip().strip(",:;")
        if not phrase:
            return None
        low = phrase.casefold()
        if low in PRONOUNS[self.lang]:
            actor = self._by_pronoun_with_genders(low, span)
        elif low in DEMONSTRATIVES.get(self.lang, {}) or low in PAIR_REFERENCES.get(self.lang, ()):
            actor = referred_back(self, low, span)  # "Der sagte …", "…, erklärten die beiden"
        elif self._possessive_only(low):
            actor = self._by_pronoun(low, span, POSSESSIVES[self.lang][low.split()[0]])
        elif self.lang == "de" and low.split()[0] in ("eigenen", "eigener") and self._possessive_only("seinen " + low.split()[-1]):
            # "Nach eigenen Angaben …" opening a sentence: whoever was the subject just before
            actor = described_antecedent(self._events, span[0], self._sentence, lambda a: a.kind != "country", back=1)
            if actor is not None and len({e.actor.id for e in self._events if e.offset < span[0] and e.actor.kind == actor.kind
                                          and self._sentence(e.offset) == self._sentence(span[0]) - 1}) > 1:
                actor = None  # "Die Ministerin und der Landrat … Nach eigenen Angaben": not guessed
        elif AGE_NOUN.match(phrase):
            actor = self._by_age(phrase, span)
        elif low in NO_ACTOR:
            return None
        else:
            parsed = self._parse_at(span)
            if self._unnamed_at_a_place(phrase, parsed):
                return None  # "Residents on Mill Lane said", "One trader on Mill Lane said": nobody named
            one = self._one_of_group(low, parsed, span[0]) or self._spelled_one(span[0]) or self._headline_one(phrase, span[0])  # (ZWAE)
            actor = one[0] if one is not None else self._body_epithet(phrase, span[0]) \
                or self._actor_for(parsed, span[0], speaking=True, hint=self._hint(span)) or self._bare_name_before(phrase, span[0])
            if actor is None and speaking_party(phrase.split(), self.lang):
                actor = self._entity_actor(Entity("organisation", phrase.split()[-1]))
            if actor is None and parsed.indefinite and (parsed.role or parsed.entity is not None):
                self._unnamed.append((span[0], "p" if parsed.plural else parsed.gender or {"ein": "m", "eine": "f"}.get(low.split()[0], "")))
        if actor is None:
            actor = self._antecedent(phrase, span)  # English: the last resort, scored by kind, noun and recency
        if actor is not None:
            self._add_event(span[0], actor, subject=not subordinate_at(self.mentions, span[0]), speaks=True)
            self._note_masculine(low, actor)
        return actor

    # ---- mentions
    def _register_mentions(self) -> None:
        """Full names first (so a surname in the headline finds them), then the rest; role
        nouns last, in text order, so each finds the actor last given that role before it."""
        parsed = []
        for m in self.mentions:
            low = self.text[m.span[0] : m.span[1]].strip().casefold()
            if not low or low in PRONOUNS[self.lang] or low in NO_ACTOR:
                continue
            parsed.append((m, self._parse_at(m.span)))
        full = [(m, p) for m, p in parsed if len(p.name) > 1]
        rest = [(m, p) for m, p in parsed if len(p.name) <= 1 and (p.name or p.entity)]
        bare_roles = [(m, p) for m, p in parsed if not p.name and not p.entity and p.role]
        for group in _register_order(full, rest, sentence_free_headline_end(self.text) if self.lang == "en" else None):
            for m, p in group:
                phrase = m.text + (_bracket_after(self.text, m.span[1]) if self.lang == "en" else "")
                actor = self._spelled_at(m.span[0]) or self._spelled_body(phrase) or apposed_person(self.text, self._events, m.span, p) \
                    or self._headline_form(phrase, m.span[0]) or self._actor_for(p, m.span[0], speaking=False, hint=m.kind_hint)
                if actor is not None:
                    if m.role and actor.kind == "person":
                        self.read_roles.append((actor, m.role))  # (given by give_read_roles)
                    self._note_acronym(phrase, actor)
                    self._add_event(m.span[0], actor, subject=m.is_subject and not m.subordinate)
                    if m.is_subject:
                        self._note_masculine(m.text.strip().casefold(), actor)
        self._register_group_nouns()
        for m, p in bare_roles:
            if p.definite:
                actor = apposed_person(self.text, self._events, m.span, p) or self._by_role(p, m.span[0])
                if actor is not None:
                    self._add_event(m.span[0], actor, subject=m.is_subject)

    def _adjective_places(self) -> set[str]:
        """Country-like names the article also uses as an adjective ('Kestria' / 'kestrische'):
        countries we do not know, not persons."""
        if self._with_adjective is None:
            self._demonym_place("")  # reads the places
            pattern = DEMONYM_WORD[self.lang]
            self._with_adjective = {self._demonym_place(m.group(0)) for m in pattern.finditer(self.text)} - {""}
        return self._with_adjective

    def _register_group_nouns(self) -> None:
        """Group nouns are no names, so the rules may not hand them over; 'Protesters gathered
        ... they chanted' still needs them as antecedents of a plural pronoun; many unnamed
        ("mehrere Landwirte") are unnamed speakers a later plural "sie" stands for."""
        for offset, group, unnamed in _group_nouns(self.text, self.lex):
            if not self._in_quote(offset) and unnamed != "1":
                if unnamed == "p":
                    self._unnamed.append((offset, "p"))
                else:
                    self._add_event(offset, self._entity_actor(Entity("group", group, generic=True)), subject=False)

    # ---- actors
    def _add_event(self, offset: int, actor: Actor, subject: bool, speaks: bool = False) -> None:
        if self._in_quote(offset):
            return  # a name inside a quote is not who speaks next
        bisect.insort(self._events, Event(offset, actor, subject, speaks), key=lambda e: e.offset)

    def _new(self, name: str, kind: str, role: str = "", affiliation: str = "") -> Actor:
        if kind == "unknown" and self._is_affiliation(name):
            kind = "organisation"  # "Schätzungen des Sundbunds" where the article has "Sundbund-Generalsekretärin"
        aid = local_id(name)
        while aid in self._actors:
            aid = local_id(aid + name)
        actor = Actor(id=aid, name=name, kind=kind, role=role, affiliation=affiliation)
        self._actors[aid] = actor
        self._names[name.casefold()] = actor
        self._roles[aid] = []
        self._gender[aid] = ""
        return actor

    def _is_affiliation(self, name: str) -> bool:
        """An unknown name that the article uses as someone's affiliation or as the first part of a
        compound ('Sundbund-Generalsekretärin', 'Sundbund-Staaten', 'Sundbund Secretary-General'),
        and that is no place the article also uses as an adjective: an organisation."""
        if " " in name or name in self._adjective_places() or PLACE_WORD.fullmatch(name):
            return False
        if any(a.affiliation == name for a in self._actors.values()):
            return True
        return re.search(r"\b" + re.escape(name) + r"-[A-ZÄÖÜ]", self.text) is not None

    def _entity_actor(self, ent: Entity) -> Actor:
        name = self._canonical(_entity_label(ent))
        actor = self._names.get(name.casefold()) or same_body_of_place(self._names, name)
        if actor is None:
            actor = self._new(name, ent.kind, affiliation=ent.affiliation)
            for other in other_language_names(name):  # "Russland" is "Russia" in English articles
                self._add_alias(actor, other)
        if ent.descriptor:
            self._descriptors.setdefault(actor.id, set()).add(ent.descriptor)
            if actor.kind in ("person", "unknown") and not self._gender.get(actor.id) and not actor.role:
                actor.kind = ent.kind  # "Halvo Energie" first read as a name, then "der Konzern Halvo Energie"
        return actor

    def _entity_named(self, name: str) -> Entity:
        low = name.casefold()
        if low in self.lex.organisations:
            return Entity("organisation", *self.lex.organisations[low])
        if low in self.lex.countries:
            return Entity("country", self.lex.countries[low])
        return Entity("organisation", name)

    def _canonical(self, name: str) -> str:
        return self.aliases.get(name.casefold(), name)

    def _by_user_alias(self, p: Parsed, offset: int) -> tuple[bool, Actor | None]:
        """The user's aliases may turn any phrase into a known name: (whether one did, its actor)."""
        for variant in (p.clean, " ".join(p.name)):
            if variant and variant.casefold() in self.aliases:
                canonical = self.aliases[variant.casefold()]
                alias_parsed = parse_phrase(canonical, self.lang)
                if alias_parsed.entity and not alias_parsed.name:
                    actor = self._entity_actor(Entity(alias_parsed.entity.kind, canonical, alias_parsed.entity.affiliation))
                else:
                    actor = self._names.get(canonical.casefold()) or self._person(
                        canonical.split(), p, offset, speaking=True, hint="person")
                self._add_alias(actor, p.clean)
                return True, actor
        return False, None

    def _actor_for(self, p: Parsed, offset: int, speaking: bool, hint: str) -> Actor | None:
        if p.demonyms and not p.affiliation:  # "Der kestrische Verteidigungsminister" -> Kestria
            _qualify_by_demonym(p, self._demonym_place(p.demonyms[0]), self.lang)
        aliased, actor = self._by_user_alias(p, offset)  # the user's aliases come first
        if aliased:
            return actor
        if (member := self._party_member(p, offset)) is not None:
            return member[0]  # "sagte die Grüne": the Green politician named before
        if hint == "group" and p.entity is None and not p.role:
            return self._entity_actor(Entity("group", p.clean))  # English 'Marenian fishermen': the language rules read a group
        if p.name and speaking and p.definite and " ".join(p.name).casefold() in COUNTRY_NOUNS:
            return described_antecedent(self._events, offset, self._sentence, lambda a: a.kind == "country")
        if speaking and (holder := self._by_article_role(p, offset)) is not None:
            return holder
        if p.name:
            name = " ".join(p.name)
            ent, j = _entity_at(p.name, 0, self.lex)
            if ent and j == len(p.name):
                return self._entity_actor(ent)
            if speaking and name.casefold() in self.lex.capitals and len(p.name) == 1:
                return self._entity_actor(Entity("country", self.lex.capitals[name.casefold()]))
            known = self._names.get(self._canonical(name).casefold()) or self._body_by_word(p, offset)
            if known is not None and known.kind in ("organisation", "country", "group"):
                return known  # "Idris Power", introduced as "the utility company Idris Power"
            if known is None and (other := self._no_person_named(p, offset, hint)):
                return other[0]  # a body's name, or "sagte der Landesvater": someone named before
            return self._person(p.name, p, offset, speaking, hint)
        if hint == "name" and len(p.clean.split()) == 1:  # "Zöchbauer meinte": a surname, no "Bauer" compound
            return self._person(p.clean.split(), p, offset, speaking, hint)
        if (holder := self._read_before_entity(p)) is not None:
            return holder
        if p.entity:
            return self._body_speaker(p, p.entity, offset, speaking)
        if p.capital:
            return self._entity_actor(Entity("country", p.capital)) if speaking else None
        if p.role:
            actor = self._by_role(p, offset) if not p.indefinite else None
            if actor is None and speaking and not p.indefinite and not p.name and self.lang == "en":
                actor = headline_role_holder(self.text, self._events, self._roles, p, offset, self.lang)
            if actor is None and speaking and p.definite and not p.spokesperson and not p.name:
                actor = self._by_description(p, offset)  # "sagte der CDU-Politiker": the person named before
            if actor is None and p.spokesperson:
                return self._by_spokesperson(p, offset, speaking)
            actor = actor or (council_body(self, p, offset) if speaking and not p.indefinite else None)
            if actor is not None:
                self._add_alias(actor, p.role_noun)
            return actor
        return None


def _register_order(full: list, rest: list, late: int | None) -> list[list]:
    """The groups of mentions to register: full names, then the rest; with a headline ending at
    ``late``, each group's story mentions before its headline ones, so a headline's short name
    finds the story's full one."""
    if late is None:
        return [full, rest]
    return [[mp for mp in g if mp[0].span[0] >= late] + [mp for mp in g if mp[0].span[0] < late] for g in (full, rest)]


def give_read_roles(read: list[tuple[Actor, str]]) -> None:
    """Each person no title gave a role takes the first role the language rules read around its
    name (ArticleActors.read_roles: "Abdi Warsame, a camel breeder"); called once the statements
    are resolved and judged, so such a role describes the person and decides nothing."""
    for actor, role in read:
        if not actor.role:
            actor.role = role[:1].upper() + role[1:] if role.islower() else role


def _group_nouns(text: str, lex: Lexicon) -> list[tuple[int, str, str]]:
    """(offset, group, what _unnamed_group_word says) for each group noun (groups_<lang>.txt) in
    the text that is no anonymous source."""
    found = []
    for m in GROUP_WORD.finditer(text):
        word = m.group(0)
        if lex.lang == "de" and not word[:1].isupper():
            continue
        group = _inflected(lex.groups, word, ("n",) if lex.lang == "de" else ())
        if group and not is_anonymous(group, lex.lang):
            found.append((m.start(), group, _unnamed_group_word(text, m.start(), lex.lang)))
    return found


def _unnamed_group_word(text: str, start: int, lang: str) -> str:
    """A German group noun after an indefinite article is one unnamed person ("sagte ein Anwohner":
    "1"), after a vague or counted plural many unnamed people ("mehrere Landwirte": "p"); else ""."""
    before = text[max(0, start - 20):start].split()[-1:]
    word = before[0].casefold() if lang == "de" and before else ""
    return "1" if word in INDEFINITE else "p" if word in UNNAMED_MANY_DE else ""


def _bracket_after(text: str, end: int) -> str:
    """' (HDWA)' right after a name (English mentions end before the bracket), or ''."""
    m = re.match(r"\s*\([^()\s]{1,8}\)", text[end:end + 12])
    return m.group(0) if m else ""


def _qualify_by_demonym(p: Parsed, place: str, lang: str) -> None:
    """The place a country adjective names is the affiliation of the person or body; an English
    body whose adjective no place resolves keeps it in its name, which then names one body and
    refers back to none ("the Valdorian finance ministry" -> "Valdorian Finance Ministry")."""
    p.affiliation = place
    if p.entity is not None and p.entity.generic and not p.entity.affiliation:
        p.entity.affiliation = place
        if not place and lang == "en":
            p.entity.name, p.entity.generic = institution_name(f"{p.demonyms[0]} {p.entity.name}", ""), False


def apposed_person(text: str, events: list[Event], span: Span, p: Parsed) -> Actor | None:
    """The person a phrase (``p``: no body's name) names in apposition, after its comma, inside the mention
    ("Der Vorstand der Reederei X, Kjell Y") or right after it ("Ihr Stellvertreter|, Pål Y,"): whom the
    phrase describes, read from the name; no back-reference to someone named before."""
    if p.entity is not None:
        return None
    inside = text.rfind(",", span[0], span[1])
    comma = APPOSED_COMMA.match(text, inside if inside > span[0] else span[1])
    if comma is None:
        return None
    return next((e.actor for e in events if e.offset == comma.end() and e.actor.kind == "person"), None)


def subordinate_at(mentions: list[Mention], offset: int) -> bool:
    """Whether the language rules read the speaker at ``offset`` in a subordinate clause ("Nachdem X erklärt
    hatte, …"): a speaker, but no subject a later "er" takes up before the main clause's."""
    return any(m.subordinate and m.span[0] == offset for m in mentions)
