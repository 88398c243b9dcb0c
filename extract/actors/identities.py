"""Identities in one article: a person by full name, surname or first-name-less mention; what
an actor learns from later mentions (role, gender, aliases)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Span
from .body_kinds import is_outlet_name
from .context import _hint_kind
from .inflection import _place_adjective
from .lexicon import first_name, firstnames, organisation_words, vague_bodies
from .coreference import BOUNDARY, feminine_noun
from .mentions import is_institution_word
from .phrase import Entity, Parsed, _adjective_country
from .roles import role_word
from .written import as_written
from .words import ARTICLES, COMMON_ENDINGS, LEGAL_FORMS, FIRST_NAME_HONORIFICS, GAELIC_PATRONYMS, HONORIFICS, KUNYA, PARTICLES, PERSON_ENDINGS, SURNAME_PARTS


STATE_PREFIXES = ("Bundes", "Landes", "Staats")  # a speaking "die Bundesforste": a federal or state body


def _acronym(word: str) -> bool:
    """'VKU', 'ÖBB': a word in capitals names a body, never a person."""
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha()


# a short form in brackets closing a body's name: "(BSAG)", "(Bamf)", "(HWA)"
ACRONYM_AFTER = re.compile(r"\(([A-ZÄÖÜ](?=[a-zäöü]{0,3}[A-ZÄÖÜ]|[a-zäöü]{1,3}\))[A-Za-zÄÖÜäöü]{1,7})\)\s*$")
SPELLING_LINKS = {"and", "of", "for", "the", "&", "on", "in", "und", "für", "der", "des"}  # inside a spelled name


def looks_proper(text: str, word: str) -> bool:
    """A single unknown word is taken for a name only where it also stands capitalised
    inside a sentence of the text (not only at a sentence start, where every word is capitalised)."""
    if word.casefold().endswith(COMMON_ENDINGS):
        return False
    for m in re.finditer(r"(\S+)[ \t]+" + re.escape(word) + r"\b", text):
        prev = m.group(1)
        if prev[-1:] not in ".!?:«»„“\"—–-()" and not prev.isupper():
            return True
    return False


def spelled_name(phrase: str) -> str | None:
    """"the Marlby and District Water Authority (MDWA)": capitalised words joined by small ones
    ('and', 'of') whose initials the short form in brackets after them spells: that name, else None."""
    short = ACRONYM_AFTER.search(phrase)
    words = phrase[:short.start()].split() if short else []
    if words and words[0].casefold() in ARTICLES:
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    if not short or not short.group(1).isupper() or len(caps) == len(words) \
            or any(w not in SPELLING_LINKS for w in words if not w[:1].isupper()) \
            or "".join(w[0] for w in caps) != short.group(1) or not words[-1][:1].isupper():
        return None
    return " ".join(words)


OF_PLACE = re.compile(r"(.+?) of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")  # 'Statistics Office of Valdoria'
BRACKET_PLACE = re.compile(r"(.+) \(([^()]+)\)")  # 'Statistics Office (Valdoria)'


NAME_WORD_BEFORE = re.compile(r"[A-ZÄÖÜ][\w'’\-]*\.?\s+")  # a capitalised word and its space, before a surname
CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def words_before_surname(text: str, surname: str) -> list[tuple[int, int, int]]:
    r"""What ``re.finditer(r"((?:[A-ZÄÖÜ][\w'’\-]*\.?\s+){1,3})" + re.escape(surname) + r"\b", text)``
    finds, as (start, end of the words before the surname, end), without compiling a pattern for each
    surname (its character class with "’" costs ~0.2 ms to compile, more than the search). Each word of
    the run ends at its space (it can give back no character), so a match starts within the three
    runs of non-space before an occurrence of the surname that follows a space and ends at a word
    boundary; at each such start, in order, the pattern's choices are tried as it tries them: three
    words, two, one (greedy), the first that the surname follows wins, and the search goes on after it.
    (The same for a surname that begins with no space, as a name's joined words do: before ' X' the
    pattern could give back a space of the run.)"""
    n = len(surname)
    starts: set[int] = set()
    q = text.find(surname)
    while q != -1:
        if q and text[q - 1].isspace() and BOUNDARY.match(text, q + n):
            i = q
            for _ in range(3):  # back over a space and a run of non-space, at most three times
                while i and text[i - 1].isspace():
                    i -= 1
                while i and not text[i - 1].isspace():
                    i -= 1
            starts.update(k for k in range(i, q) if text[k] in CAPITALS)
        q = text.find(surname, q + 1)
    found: list[tuple[int, int, int]] = []
    after = 0
    for s in sorted(starts):
        if s < after:
            continue
        ends, e = [], s
        for _ in range(3):
            m = NAME_WORD_BEFORE.match(text, e)
            if m is None:
                break
            e = m.end()
            ends.append(e)
        for e in reversed(ends):
            if text.startswith(surname, e) and BOUNDARY.match(text, e + n):
                found.append((s, e, e + n))
                after = e + n
                break
    return found


def surname_keys(words: list[str]) -> set[str]:
    """The surname of a full name as it may stand alone, lower case: its last word, and that word with the
    particles before it ("Rosaria di Stefano" -> "stefano", "di stefano"; "Ineke ten Brink" -> "ten brink")."""
    k = len(words) - 1
    while k > 1 and words[k - 1].casefold() in SURNAME_PARTS:
        k -= 1  # ("Seonag Mac an Tòisich" -> "mac an tòisich")
    return {" ".join(words[j:]).casefold() for j in (k, len(words) - 1)}


def from_first_name(name: list[str]) -> list[str]:
    """The capitalised words before a surname from the first known first name on ("Ärztin | Wiebke"): a noun
    before it is no part of the name; words of an earlier sentence stay, for the caller to refuse ("Ja. Sabine")."""
    k = next((k for k, w in enumerate(name) if first_name(w.casefold())), 0)
    return name if any(w.endswith(".") for w in name[:k]) else name[k:]


def words_before_name(p: Parsed) -> list[str]:
    """The words of the phrase before its name words ("Sir", "Mr", a role)."""
    words = p.clean.split()
    return words[: len(words) - len(p.name)]


def knighted(p: Parsed) -> bool:
    """"Sir" or "Dame" before the name words: a knight or dame named by the first name ("Sir Alasdair")."""
    return any(w.casefold() in FIRST_NAME_HONORIFICS for w in words_before_name(p))


def by_first_name(actors, word: str, knighted: bool = False) -> Actor | None:
    """A listed first name alone ("said Peter") is the one person named before with that first name and
    a surname ("Peter Ashdown"; not his brother "Tom Ashdown"); None when there are none or several, or
    when it is the surname of a person named before: a paper refers back by surname ("Anna Martin
    traf Martin Kehl. … sagte Martin": Anna Martin, for the surname reader). ``knighted``: "Sir" or
    "Dame" before the word, which name a knight or dame by the first name, listed or not ("Sir Alasdair")."""
    low = word.casefold()
    if not (first_name(low) or knighted):
        return None
    people = [(a, a.name.split()) for a in actors if a.kind == "person"]  # (each name split once)
    if any(low in surname_keys(words) for _, words in people):
        return None
    hits = [a for a, words in people if len(words) > 1 and words[0] == word]
    return hits[0] if len(hits) == 1 else None


def titled_phrase(p: Parsed) -> bool:
    """An honorific stands before the name words ("Mr Farrow-Blyth", "Ms. Kittredge-Moss"): the
    phrase names a person, though the name words alone may look like a body's; such a surname looks
    for its full name before it becomes an actor of its own."""
    return bool(p.name) and any(w.casefold() in HONORIFICS for w in words_before_name(p))


def surely_surname(words: list[str], p: Parsed, speaking: bool, hint: str, lang: str) -> bool:
    """Name words that look for their full name in the text: a speaker's, a particle's ("van Dijk"), a titled
    one's, and in English a one-word name the NER called a person (it often keeps only the surname of
    "Sheriff Royce Ormsbury" or "Judge ... jailed Elric Mandevorn"; the surname alone would be the actor)."""
    return (speaking or words[0].casefold() in PARTICLES or titled_phrase(p)
            or lang == "en" and hint == "person" and len(words) == 1)


def ends_name_run(w: str, lex, lang: str) -> bool:
    """A word before a surname that no first name can be: an article, honorific, role, title, a country's
    adjective, an organisation or country; in English a word closing a sentence ("the Reclamation Plan. Patriot")."""
    low = w.casefold()
    return (low in ARTICLES or low in HONORIFICS or role_word(w, lex) or low in lex.titles
            or _adjective_country(w, lex) or low in lex.organisations or low in lex.countries
            or sentence_last(w, lex, lang))


def sentence_last(w: str, lex, lang: str) -> bool:
    """In English, a word of more than three letters with a full stop, not a title's or honorific's abbreviation
    ("Sen.", "Gov.", "Prof."): the last word of a sentence ("the Reclamation Plan. | Patriot"). The one test of a
    sentence end for ends_name_run and title_before."""
    low = w.casefold()
    return lang == "en" and len(w) > 3 and w.endswith(".") and low not in HONORIFICS and low not in lex.titles


def title_before(stop: str, lex, lang: str) -> bool:
    """The word that ended the run before a surname is a title the name words after it are a person's
    first names by ("Sheriff | Royce Ormsbury", "Sen. | Ardath Vellacourt"); in English an article or a
    sentence's last word is none ("The | Marlow Gazette", "the Reclamation Plan. | Patriot Tilmouth"): a body's
    name or a new sentence."""
    low = stop.casefold()
    return lang != "en" or low in HONORIFICS or not (low in ARTICLES or sentence_last(stop, lex, lang))


def written_as_person(p: Parsed, body_word: bool) -> bool:
    """An honorific before the name words, or a name opening with a surname's particle in lower case
    ("dos Reis-Monteiro", "van der Wiel") or a Gaelic patronym ("Ní Bhriain", "Mac an Fhleisdeir"):
    a person's name, whatever the NER guessed, no body's; but the particle or patronym not where the
    name ends in a body's word (``body_word``: "the dos Reis-Monteiro Foundation", "Mac Giolla Holdings")."""
    words = p.name
    return titled_phrase(p) or not body_word and len(words) > 1 and (
        words[0] in PARTICLES or words[0].casefold() in GAELIC_PATRONYMS)


def read_as_one_name(mentions, text: str, run: tuple[int, int, int]) -> bool:
    """The NER read the last word of the run before a surname (start, end of the words, end of the
    surname) and the surname as one name, ending with the surname or within it ("Oyelaran Bakare",
    "Delphine Kittredge" of "Delphine Kittredge-Moss"): an unlisted first name, which a capitalised
    word that only opens a sentence is not ("Yesterday Bakare said"), nor a body's name that goes on
    ("Sterling Adeyemi Partners"). One word only: two unlisted words the NER joins to a surname are
    more often a body's or a place's name ("Harbour Mills Okafor") than two first names. Asked in English
    only: German capitalises every noun, so a word the NER joins to a surname is no sign of a first name."""
    start, run_end, end = run
    name_start = start + [w.start() for w in re.finditer(r"\S+", text[start:run_end])][-1]
    return any(m.span[0] == name_start and run_end < m.span[1] <= end for m in mentions)


def other_gender(full: str, gender: str) -> bool:
    """The full name opens with a first name listed for the other gender than the honorific's
    ("Mrs Farrow" and "Tomas Farrow": her husband or son, not her)."""
    return bool(gender) and firstnames().get(full.split()[0].casefold(), "") not in ("", gender)


def ends_in_body_word(name: list[str], lang: str, lex) -> bool:
    """The name ends in an organisation word ("Halvo AG", "Corvell Holdings") or, in English, an
    institution noun: bodies are named by it ("Federal Aviation Administration", "the dos
    Reis-Monteiro Foundation")."""
    last = name[-1].casefold() if name else ""
    return last in organisation_words() or lang == "en" and last in lex.institutions


def has_first_name(words: list[str]) -> bool:
    """'Lena Dreyer' has one; 'von der Heide' and 'Dreyer-von Gahlen' (a double surname that
    joins a particle with its hyphen) do not."""
    first = words[0].casefold()
    return len(words) > 1 and not (first in PARTICLES or first in GAELIC_PATRONYMS or first in KUNYA
                                   or "-" in first and first.rsplit("-", 1)[1] in PARTICLES)


def same_body_of_place(names: dict[str, Actor], name: str) -> Actor | None:
    """English: 'Statistics Office of Valdoria' is the 'Statistics Office (Valdoria)' read before
    from "Valdoria's statistics office" (``names``: the article's actors by casefolded name), and
    the other way round; the actor takes the full name and keeps the other as an alias."""
    if (full := OF_PLACE.fullmatch(name)) and (actor := names.get(f"{full[1]} ({full[2]})".casefold())):
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = name
        names[name.casefold()] = actor
        return actor
    if short := BRACKET_PLACE.fullmatch(name):
        return names.get(f"{short[1]} of {short[2]}".casefold())
    return None


def _role_words_before(words: list[str]) -> int:
    """How many words before the first name of an English name of three words and more are no
    name ('Coach | Terrell Banks', 'Civic Alliance | Imogen Farrant'): the words before the first
    listed first name that has a surname after it, when the name holds no particle and opens with no
    first name, honorific or saint; 0 when the name opens with its first name ('Mary Ann Roe', 'Ana María Ortega')."""
    low = [w.casefold() for w in words]
    if len(words) < 3 or any(w in PARTICLES for w in low):
        return 0  # ('Hendrik van Berg': a particle anywhere, the name's own words)
    if first_name(low[0]) or low[0] in HONORIFICS or low[0] in KUNYA or low[0] in GAELIC_PATRONYMS \
            or low[0] in ("st", "st.", "saint"):
        return 0  # ('St Brendan North Infirmary': a body named after a person)
    return next((k for k in range(1, len(words) - 1) if first_name(low[k]) and words[k][:1].isupper()
                 and not any(first_name(w) for w in low[k + 1:] if w != low[-1])), 0)


def split_role_words(words: list[str], p: Parsed, text: str, offset: int) -> tuple[Parsed, list[str]]:
    """The words of an English name with the role words before it taken off ('Coach | Terrell Banks'),
    which become the mention's role unless it has one, or they end a longer title after "of" ('Minister
    of | State Deirdre Roe', named in full by another mention)."""
    k = _role_words_before(words)
    if not k:
        return p, words
    at = text.rfind(words[0], 0, offset + len(words[0]))
    of_title = at >= 3 and text[at - 3:at].lower() == "of "
    return (p if p.role or of_title else replace(p, role=" ".join(words[:k]))), words[k:]


def learned_role(role: str, p: Parsed, written, lang: str) -> str:
    """The actor's role after a mention p that gives one: the first role given stays, unless a later
    phrase writes the same role out in full ("CEO" -> "founder and CEO"); written() is the role as the
    text writes it."""
    if role and not p.mapped_role:
        fuller = written()
        if fuller and len(fuller) > len(role) and fuller.casefold().endswith(" " + role.casefold()):
            role = fuller
    if not role:
        role = p.mapped_role if p.mapped_role and "|" not in p.mapped_role else written() or p.role
    if lang == "en" and role.islower():
        role = role[:1].upper() + role[1:]  # "an economist" -> Economist
    return role


class Identities:
    """The identity rules of ArticleActors (a mixin: it reads the article's state)."""

    def _person(self, words: list[str], p: Parsed, offset: int, speaking: bool, hint: str) -> Actor | None:
        if self.lang == "en":
            p, words = split_role_words(words, p, self.text, offset)
        name = " ".join(words)
        actor = self._names.get(self._canonical(name).casefold())
        name = self._canonical(name) if actor is None else name
        actor = actor or (by_first_name(self._actors.values(), words[0], knighted(p)) if len(words) == 1 else None)
        if actor is None and not has_first_name(words):
            actor, ambiguous = self._by_surname(words, p.gender, anywhere=hint == "name")
            if ambiguous:
                return None  # two persons share the surname: not guessed
            if actor is None and self.lang == "de" and len(words) == 1 and words[0].endswith("s"):
                actor = self._by_surname([words[0][:-1]], p.gender)[0]  # genitive: "nach Worten Falkners"
            if actor is None and surely_surname(words, p, speaking, hint, self.lang):
                full, where = self._scan_full_name(words)
                if full and not other_gender(full, p.gender):
                    actor = self._names.get(full.casefold()) or self._person(
                        full.split(), self._parse_at(where), offset, speaking=True, hint="person")
        if actor is None and has_first_name(words) and not first_name(words[0].casefold()):
            # 'Ortega Salcedo' after 'Ana María Ortega Salcedo': two surnames, no first name
            actor = self._by_surname(words, p.gender)[0]
        if actor is None and len(words) > 1:
            actor = self._complete_surname_actor(words)
        if actor is None:
            first_known = first_name(words[0].casefold())
            personal = hint == "person" or bool(p.role) or bool(p.gender) or first_known
            if not (speaking or personal or hint == "name"):
                return None  # a non-speaking capitalised run that is not clearly a person (nor a name by the grammar)
            if len(words) == 1 and not personal and hint in ("", "place") and words[0] in self._adjective_places():
                return self._entity_actor(Entity("country", words[0]))  # "Kestria", named by "kestrisch" too
            if len(words) == 1 and not personal and words[0].casefold() in self.lex.title_heads:
                return None  # "Foreign" of "Foreign ministers ...": half a title, no name
            if len(words) == 1 and speaking and not personal and self.lang == "de" and p.definite \
                    and (words[0].startswith(STATE_PREFIXES) and len(words[0]) > 9 or _acronym(words[0])):
                return self._entity_actor(Entity("organisation", words[0]))  # "teilten die Bundesforste mit", "der VKU erklärte"
            if len(words) == 1 and not personal and hint == "" and (  # ("name": the grammar says it is one)
                    p.common or not looks_proper(self.text, words[0])
                    or (self.lang == "de" and (p.definite or p.indefinite))):
                return None  # "eigenen Angaben", "Ähnlich", "der Dokumentarfilm": a common noun, not a name
            kind = "person" if personal or len(words) > 1 else ("unknown" if hint == "" else _hint_kind(hint))
            actor = self._new(name, kind)
            if hint == "name" and kind == "unknown":
                self._lone_names.add(actor.id)
        self._learn(actor, p)
        self._add_alias(actor, " ".join(([p.role] if p.role else []) + list(words)))
        if name != actor.name:
            self._add_alias(actor, name)
            self._names.setdefault(name.casefold(), actor)
        return actor

    def _organisation_name(self, p: Parsed, hint: str) -> bool:
        """'Idris Power', 'Torvald United', 'Halvo AG': a name ending in an organisation word is an
        organisation unless a role or honorific makes it a person, or the rules say person and it
        starts with a known first name ('Sam Power')."""
        body_word = ends_in_body_word(p.name, self.lang, self.lex)
        if p.role or p.gender and len(p.name) < 2 or len(p.name) < 2 and hint != "organisation" \
                or written_as_person(p, body_word):
            return False
        if self.lang == "en" and hint == "organisation" and len(p.name) > 1 and p.name[0].casefold() not in firstnames() \
                and not any(w.casefold() in HONORIFICS for w in p.name) and not self._stands_alone(p.name):
            return True  # the English NER's ORG, no first name in it: 'Corvell Steel'
        if self.lang == "en" and hint == "organisation" and len(p.name) == 1 and p.name[0].casefold() not in firstnames() \
                and not p.definite and p.name[0][1:].islower() and not self._by_surname(p.name, "")[0] \
                and not re.search(r"\b" + re.escape(p.name[0].lower()) + r"\b", self.text):
            return True  # one word the NER calls an ORG, never written in lower case: 'Islesail'
        if self.lang == "en" and len(p.name) > 1 and is_outlet_name(p.name) and p.name[0].casefold() not in firstnames() \
                and (p.definite or hint != "person"):
            return True  # 'the Marlow Gazette', whatever the NER guessed
        if self.lang == "de" and kind_and_name(p, self.lex, lambda w: self._by_surname([w], "")[0] is not None):
            return True
        if not body_word or any(w.casefold() in HONORIFICS for w in p.name):
            return False
        if p.name[0].casefold() in firstnames():  # "Sam Power" may be a person: only if the rules say so
            return hint == "organisation"
        return hint != "person" or p.name[-1] in ("AG", "GmbH", "SE", "Inc", "Ltd", "LLC", "plc", "FC")

    def _stands_alone(self, words: list[str]) -> bool:
        """The last word of a name also stands alone in the article ('Ava DuVernay' ... 'DuVernay
        said'): a person's surname, whatever the NER guessed; a company is not named by its last word."""
        full = len(re.findall(re.escape(" ".join(words)) + r"\b", self.text))
        return len(re.findall(r"\b" + re.escape(words[-1]) + r"\b", self.text)) > full

    def _read_before_entity(self, p: Parsed) -> Actor | None:
        """Readings that win over the phrase's institution entity: a bare institution word that is
        someone's surname ("sagte Kammer" after "Karla Kammer"); English "Ferry operators", a group
        named as written."""
        if (holder := self._surname_not_body(p)) is not None:
            return holder
        ent = p.entity
        if ent is not None and ent.kind == "unknown" and " " not in ent.name \
                and (person := self._by_surname([ent.name], p.gender)[0]) is not None:
            return person  # "nach Einschätzung von Saathoff": the surname of someone named before
        if self.lang == "en" and _kind_of_bodies(p, self.lex):
            return self._entity_actor(Entity("group", p.clean[:1].upper() + p.clean[1:]))
        return None

    def _surname_not_body(self, p: Parsed) -> Actor | None:
        """A bare institution word with no article that is the surname of one person named
        before ("Karla Kammer … sagte Kammer", "Petra Gericht … sagte Gericht"): that person."""
        if p.entity is None or not p.entity.generic or p.definite or p.indefinite or p.role \
                or len(p.clean.split()) != 1:
            return None
        return self._by_surname(p.clean.split(), "")[0]

    def _by_surname(self, words: list[str], gender: str, anywhere: bool = False) -> tuple[Actor | None, bool]:
        """'Putin' -> 'Wladimir Putin', 'von der Leyen' -> 'Ursula von der Leyen'; None if ambiguous.
        ``anywhere``: one word may be any word of the name ('Ban' -> 'Ban Ki-moon', 'Pérez' -> 'Adolfo
        Pérez Esquivel'), for a lone name the grammar found."""
        key = [w.casefold() for w in words]
        hits = []
        for a in self._actors.values():
            if a.kind not in ("person", "unknown"):
                continue
            parts = a.name.casefold().split()
            # ('de los Santos' -> 'Lucía de los Santos Ferreira': a first of two surnames, after its particles)
            second = len(key) > 1 and key[0] in PARTICLES and parts[-len(key) - 1:-1] == key
            if len(parts) > len(key) and (parts[-len(key):] == key or second or anywhere and len(key) == 1 and key[0] in parts):
                if not gender or self._gender.get(a.id, "") in ("", gender):
                    hits.append(a)
        return (hits[0] if len(hits) == 1 else None), len(hits) > 1

    def _complete_surname_actor(self, words: list[str]) -> Actor | None:
        """A full name completes an actor first seen by surname alone (with its particles: "di Stefano")."""
        surnames = surname_keys(words)
        hits = [a for a in self._actors.values() if a.kind in ("person", "unknown") and a.name.casefold() in surnames]
        if len(hits) != 1:
            return None
        actor = hits[0]
        self._add_alias(actor, actor.name)
        actor.name = " ".join(words)
        actor.kind = "person"
        self._names[actor.name.casefold()] = actor
        return actor

    def _scan_full_name(self, words: list[str]) -> tuple[str, Span]:
        key = " ".join(words)
        if key not in self._scanned:
            self._scanned[key] = self._scan_full_name_uncached(words)
        return self._scanned[key]

    def _scan_full_name_uncached(self, words: list[str]) -> tuple[str, Span]:
        """A surname whose full name no mention gave: look for it in the text, preceded by a known
        first name ('Wladimir Putin') or by a title ('Präsident Wladimir Putin'). One answer or none."""
        surname = " ".join(words)
        found: dict[str, Span] = {}
        # 'Ibn Saleh' opening a sentence is 'ibn Saleh' inside one: the particle in either case
        particle = len(words) > 1 and words[0].casefold() in PARTICLES
        if particle:  # (its first word in either case: the pattern, compiled)
            written = "(?i:" + re.escape(words[0]) + ")" + re.escape(surname[len(words[0]):])
            pattern = re.compile(r"((?:[A-ZÄÖÜ][\w'’\-]*\.?\s+){1,3})" + written + r"\b")
            matches = [(m.start(), m.end(1), m.end()) for m in pattern.finditer(self.text)]
        else:
            matches = words_before_surname(self.text, surname)
        for start, run_end, end in matches:
            before = self.text[start:run_end].split()
            surname = self.text[run_end:end]
            lower_particle = particle and surname[:1].islower()  # 'Abdullah ibn Saleh': a name, whatever the first name
            name: list[str] = []
            stop = ""
            for w in reversed(before):
                if ends_name_run(w, self.lex, self.lang):
                    stop = w
                    break
                name.insert(0, w)
            trimmed = from_first_name(name)
            name, titled = trimmed, len(trimmed) < len(name) or bool(stop) and title_before(stop, self.lex, self.lang)
            if not name:
                continue
            first = name[0].casefold()
            if first_name(first) or titled or lower_particle \
                    or self.lang == "en" and len(name) == 1 and read_as_one_name(self.mentions, self.text, (start, run_end, end)):
                full = " ".join(name + [surname])
                found.setdefault(full, (end - len(full), end))
        return next(iter(found.items())) if len(found) == 1 else ("", (0, 0))

    def _learn(self, actor: Actor, p: Parsed) -> None:
        """Role, affiliation and gender a mention gives; the first role given stays the role (a
        later phrase may only write the same role out in full: "CEO" -> "founder and CEO")."""
        if actor.kind == "unknown" and (p.role or p.gender):
            actor.kind = "person"
        if p.role:
            actor.role = learned_role(actor.role, p, lambda: as_written(p, self.text, self.mentions, self.actors, self.lex),
                                      self.lang)
            for r in (p.role, p.role_noun, *p.mapped_role.split("|")):
                if r and r not in self._roles[actor.id]:
                    self._roles[actor.id].append(r)
        if p.affiliation and not actor.affiliation:
            actor.affiliation = self._full_organisation_name(p.affiliation)
        if p.gender and not self._gender.get(actor.id):
            self._gender[actor.id] = p.gender

    def _full_organisation_name(self, short: str) -> str:
        """'Rovers' -> 'Brinmouth Rovers' when the article named exactly one such organisation."""
        if " " in short or "(" in short:
            return short
        hits = {a.name for a in self._actors.values() if a.kind == "organisation"
                and a.name.casefold().endswith(" " + short.casefold()) and "(" not in a.name}
        return hits.pop() if len(hits) == 1 else short

    def _body_by_word(self, p: Parsed, offset: int) -> Actor | None:
        """One word that opens or ends the name of a body named before ('Brightwater', 'the Tagblatt')."""
        return (body_by_first_word(self._actors.values(), p.name) if self.lang == "en" else body_named_before(self._actors.values(), self._events, p, offset, self.text)) \
            or self._body_by_last_word(p, offset) \
            or (body_by_compound_tail(self._events, p, offset) if self.lang == "de" else None)

    def _body_by_last_word(self, p: Parsed, offset: int) -> Actor | None:
        """English "the Tagblatt", "Mutual" after "the Valdora Tagblatt", "Hallam Mutual": the one body named
        before whose name ends in this word, else the capitalised name ending in it that the text
        before wrote (an object: 'told the Valdora Tagblatt'), or None."""
        if self.lang != "en" or len(p.name) != 1 or not p.name[0][:1].isupper() or p.name[0].casefold() in firstnames():
            return None
        key = " " + p.name[0].casefold()
        if any(w.casefold() in firstnames() for w in re.findall(r"\b([A-Z]\w+) " + re.escape(p.name[0]) + r"\b", self.text)):
            return None  # 'Power' after 'Anna Power': a surname
        hits = {a.id: a for a in self._actors.values() if a.kind == "organisation" and a.name.casefold().endswith(key)}
        if len(hits) == 1:
            return next(iter(hits.values()))
        # (written with "the": a body's name, no person's)
        found = [m.group(1) for m in re.finditer(r"\b[Tt]he ((?:[A-Z][\w'’-]+ ){1,3})" + re.escape(p.name[0]) + r"\b",
                                                  self.text[:offset])]
        words = found[-1].split() if found and not hits else []
        return self._entity_actor(Entity("organisation", " ".join(words + p.name))) if words else None

    def _note_acronym(self, phrase: str, actor: Actor) -> None:
        """"die Bremer Straßenbahn AG (BSAG)", "das Bundesamt für Migration (Bamf)": the short
        form in brackets after a body's name names that body later ("teilte die BSAG mit")."""
        short = ACRONYM_AFTER.search(phrase)
        if short and actor.kind in ("organisation", "unknown") and " " in actor.name and "(" not in actor.name \
                and short.group(1).casefold() not in self._names:
            actor.kind = "organisation"
            self._add_alias(actor, short.group(1))
            self._names[short.group(1).casefold()] = actor

    def _spelled_body(self, phrase: str) -> Actor | None:
        """The body a spelled name with its short form names (`spelled_name`: the phrase rules cut it
        at 'and'), its short form noted; None for any other phrase."""
        name = spelled_name(phrase)
        if name is None:
            return None
        actor = self._entity_actor(self._entity_named(name))
        self._note_acronym(phrase, actor)
        return actor

    def _add_alias(self, actor: Actor, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)


def kind_and_name(p: Parsed, lex, surname) -> bool:
    """German "Die Sozialstation Weilstein", "die Regiobahn Tälerland": the definite article, a
    common noun that names no person (no role, no person's ending: not "die Sängerin Lena") and one
    name word (no first name, no surname of the article): a body named by its kind, which a later
    "die Sozialstation" or "sie" refers back to."""
    if not p.definite or len(p.name) != 2 or any(w.casefold() in firstnames() or "-" in w for w in p.name):
        return False
    kind, name = p.name
    if p.article in ("der", "den", "dem") and not feminine_noun(kind):
        return False  # a masculine noun names a person whatever its ending: "der Torwart Kessler", "der Notar Berger"
    return len(kind) >= 5 and kind[1:].islower() and name[:1].isupper() and not name.isupper() \
        and not kind.casefold().endswith(PERSON_ENDINGS) and role_word(kind, lex) is None \
        and not surname(kind) and not surname(name)


def body_named_before(actors, events: list, p: Parsed, offset: int, text: str) -> Actor | None:
    """German "teilte Brennwald mit" after "Der Autozulieferer Brennwald Gruppe": the one body named
    before offset whose name opens with this word, when no person's name holds the word and it is
    no first name (a surname of "Hans Brennwald" stays his). Not a place's adjective before a kind of
    body ("Die Bremer Landesbank … sagte Bremer"), nor a name a masculine relative clause takes up
    where the body is feminine ("sagte Müller, der die Firma gründete" after "die Müller Logistik GmbH")."""
    if len(p.name) != 1 or p.role or p.gender or first_name(p.name[0].casefold()):
        return None
    word = p.name[0].casefold()
    if any(a.kind == "person" and word in a.name.casefold().split() for a in actors):
        return None
    before = {e.actor.id for e in events if e.offset < offset}
    body = body_by_first_word([a for a in actors if a.id in before], p.name)
    words = body.name.split() if body is not None else []
    if len(words) > 1 and _place_adjective(words[0]) and is_institution_word(words[1], "de"):
        return None
    at = text.find(p.name[0], offset)
    if body is not None and at >= 0 and MASCULINE_RELATIVE.match(text, at + len(p.name[0])) \
            and (feminine_noun(body.name) or words[-1].casefold() in LEGAL_FORMS):  # ("die GmbH", "die AG")
        return None
    return body


MASCULINE_RELATIVE = re.compile(r",[ \t]+der[ \t]+[a-zäöü]")  # ", der die Firma gründete" (not ", der Chef …")


def body_by_first_word(actors, words: list[str]) -> Actor | None:
    """English: 'Brightwater said' after 'Brightwater Utilities': the one organisation named
    before whose name opens with this word, or None."""
    if len(words) != 1:
        return None
    key = words[0].casefold() + " "
    hits = {a.id: a for a in actors if a.kind == "organisation" and a.name.casefold().startswith(key)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _kind_of_bodies(p: Parsed, lex) -> bool:
    """English 'Ferry operators', 'bus companies': a plural institution noun after a word that
    names a kind of body, not an owner (no organisation or country we know, no article)."""
    ent, words = p.entity, p.clean.split()
    if ent is None or not ent.generic or ent.kind != "organisation" or p.definite or p.demonyms \
            or len(words) != 2 or words[-1].casefold() not in (ent.name.casefold() + "s", ent.name.casefold() + "es"):
        return False
    owner = words[0].casefold()
    if ent.name.casefold() in vague_bodies(lex.lang):
        return False  # "Environmental groups": many bodies nobody named (article._many_unnamed)
    return owner not in lex.organisations and owner not in lex.countries and p.affiliation in ("", words[0])


def body_by_compound_tail(events: list, p: Parsed, offset: int) -> Actor | None:
    """German "die Wehr", "die Sozialstation", "das Werk" with its article: a noun that ends a word of
    the name of a body named before (Feuer|wehr in "Freiwillige Feuerwehr Birkenhain", "Sozialstation
    Weilstein", Sozial|werk), the body the article refers back to: the nearest such body, or None."""
    if not p.definite or len(p.name) != 1 or len(p.name[0]) < 4 or not p.name[0][:1].isupper() or p.name[0].casefold() in firstnames():
        return None
    key = p.name[0].casefold()
    return next((ev.actor for ev in reversed(events) if ev.offset < offset and ev.actor.kind == "organisation"
                 and any(w.casefold().endswith(key) for w in ev.actor.name.split(" (")[0].split())), None)
