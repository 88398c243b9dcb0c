"""Mentions that refer back: pronouns, possessives, unnamed people, institutions (role nouns and
other descriptions: descriptions.py)."""
from __future__ import annotations

import re

from ..model import Actor, Span
from .inflection import gender_of
from .candidates import taken_up
from .context import NAME_AFTER, PLACE_WORD, PLURAL_VERBS, SINGULAR_VERBS, Event
from .lexicon import (COMPANY_NOUNS, is_club_name, _inflected, _institution_compound, is_anonymous, company_descriptor, company_types,
                      first_name, is_generic_body, kind_heads, referring_bodies, word_set)
from .mentions import is_institution_word, parse_phrase
from .phrase import Entity, Parsed
from .references_back import pair_for_plural
from .roles import demonym_stem, place_for_stem
from .words import ARTICLES, LEGAL_FORMS, OF_WORDS, POSSESSIVES, PRONOUNS, subordinators


# a company name ending in a legal form: "Beate Uhse AG", "Nordbahn GmbH" (capitalised words before it)
COMPANY_WITH_FORM = re.compile(r"\b(?:[A-ZÄÖÜ][\w&-]*\s){1,3}(?:AG|GmbH|SE|KGaA|Inc\.)(?![\w])")

def _part_of_kind(head: str, keys: tuple[str, ...]) -> bool:
    """'polizeiinspektion' for "die Polizei": a compound that opens with the referring noun and
    closes with another body's noun (Polizei|inspektion, Polizei|direktion, Kirchen|verwaltung)."""
    return any(head.startswith(k) and len(head) - len(k) > 3 and is_institution_word(head[len(k):].capitalize(), "de")
               for k in keys if len(k) > 3)


# "<name> said (on Thursday) it would …", "insisted it had", "announced results of its trial": the
# speaker's own pronoun in what it said, after any verb in the past or present ('-ed', '-s')
ITSELF_AFTER = (r"\s+(?:(?:today|also|now|yesterday|earlier)\s+)?(?:said|says|told\s+\w+|\w{3,}(?:ed|s))\b[^.\"“”;]{0,40}?\b(?:it\s+"
                r"(?:would|will|had|has|was|is|could|plans|planned|expects|expected)|its)\b")


def body_read_as_person(actor: Actor, gender: str) -> bool:
    """A name read as a person with no first name, role or gender (``gender``: the actor's): a
    body's name may be so read ("Torvane Metals"), which only what the text says of it can tell."""
    words = actor.name.split()
    return actor.kind == "person" and len(words) > 1 and not actor.role and not gender \
        and not any(first_name(w.casefold()) for w in words[:-1])


def company_read_as_person(actor: Actor, key: str, text: str, gender: str, lang: str) -> bool:
    """English: a speaker of two or more capitalised words that no first name, role or
    gender made a person, that says "it" of itself ("Fenmoor Water said on Thursday it would
    invest …"), taken up by a noun that only refers back to a company ("the company", "the
    firm", "the utility"): that company."""
    return (lang == "en" and key in referring_bodies(lang) and body_read_as_person(actor, gender)
            and re.search(re.escape(actor.name) + ITSELF_AFTER, text) is not None)


BOUNDARY = re.compile(r"\b")
WORD_AFTER = re.compile(r"\s+(\w+)")


def words_after_name(text: str, name: str):
    """The words right after ``name`` where it stands as a whole word (words_after_name_at without where)."""
    return (w for _, w in words_after_name_at(text, name))


def words_after_name_at(text: str, name: str):
    r"""Where ``name`` stands as a whole word and the word right after it: (start, ``m.group(1)``) of each match of
    ``re.finditer(r"\b" + re.escape(name) + r"\b\s+(\w+)", text)``, in order, without compiling a
    pattern for each name: the occurrences of the name, each at word boundaries, each begun after the
    last match ended (the matches do not overlap)."""
    after, n = 0, len(name)
    q = text.find(name)
    while q != -1:
        m = WORD_AFTER.match(text, q + n) if BOUNDARY.match(text, q) and BOUNDARY.match(text, q + n) else None
        if m is not None:
            yield q, m.group(1)
            after = m.end()
        q = text.find(name, max(after, q + 1))


class Coreference:
    """The back-reference rules of ArticleActors (a mixin: it reads the article's state)."""

    def _possessive_only(self, low: str) -> bool:
        """"ihren Worten", "seiner Einschätzung": a possessive and words that name no one."""
        words = low.split()
        if len(words) != 2 or words[0] not in POSSESSIVES.get(self.lang, {}):
            return False  # ("Sein Hauptgegner Tom Boonen", "seiner Zeit", "sein Anwalt": no source noun)
        p = parse_phrase(words[1], self.lang)
        return p.source and not (p.name or p.entity or p.role)

    def _note_masculine(self, phrase: str, actor: Actor) -> None:
        """A body named as subject with "der" ("Der Energieversorger Nordwatt streicht …") is a
        masculine noun: a later "er" may refer to it; with "die" and a singular verb, "sie"."""
        gender = _body_gender(phrase, actor, self._singular_body) if self.lang == "de" else ""
        if gender:
            {"m": self._masculine_bodies, "f": self._feminine_bodies, "n": self._neuter_bodies}[gender].add(actor.id)

    def _unnamed_group(self, p: Parsed, ent: Entity) -> bool:
        """'sources', 'officials' (anonymous_*.txt), or one of a group: 'the diplomat' (English)."""
        return is_anonymous(ent.name, self.lang) or (
            self.lang == "en" and p.definite and not p.affiliation
            and p.clean.split()[-1:] != ent.name.casefold().split()[-1:]) or _bare_plural_en(self.lang, p, ent)

    def _unnamed_source(self, p: Parsed, ent: Entity) -> bool:
        """Unnamed people or sources: "ein Anwohner", "Kreise", "nach Informationen der Zeitung" (a
        paper not named; "der „Oberländer Zeitung“" is one)."""
        return ent.kind == "group" and (p.indefinite or self._unnamed_group(p, ent)) \
            or ent.kind == "unknown" and " " not in ent.name and is_anonymous(ent.name, self.lang)

    def _for_unnamed(self, p: Parsed, ent: Entity, offset: int, speaking: bool) -> Actor | None:
        """Who speaks for unnamed people: the body anonymous sources are said to speak for
        ('officials at the Ministry of Trade', 'Kestrian officials'); for 'the diplomat', the
        person named shortly before; else no one ('sagte ein Anwohner', 'sources said')."""
        if is_anonymous(ent.name, self.lang):
            body = ent.affiliation or (self._demonym_place(ent.name.split()[0]) if " " in ent.name else "")
            return self._entity_actor(self._entity_named(body)) if body else None
        if p.indefinite or not speaking or _bare_plural_en(self.lang, p, ent):
            return None  # ('Protesters said', 'Residents told reporters': many unnamed people, no actor)
        return self._by_description(Parsed(definite=True, role=p.clean.split()[-1]), offset)

    def _demonym_place(self, word: str) -> str:
        """A place the article itself names that fits the adjective ('valdorische' -> Valdoria)."""
        if self._places is None:
            found = {m.group(0) for m in PLACE_WORD.finditer(self.text)}
            self._places = tuple(w for w in found if w.casefold() not in self.lex.capitals)
        stem = demonym_stem(word, self.lang) if word else ""
        return place_for_stem(stem, self._places) if stem else ""

    def _earlier_institution(self, noun: str, offset: int) -> Actor | None:
        """'the ministry' / 'des Ministeriums' -> the ministry named last before it
        ('Norrland's transport ministry', 'das Verkehrsministerium')."""
        key, keys = noun.casefold(), self._noun_forms(noun)
        unnamed = key in COMPANY_NOUNS  # "Ein Chemiekonzern … Der Konzern teilte mit": a company no one named
        if self.lang == "de" and bodies_of_noun_before(self, noun, offset):
            return institution_taken_up(self, key, keys, offset)
        for ev in reversed(self._events):
            if ev.offset < offset and self._body_of_noun(ev.actor, key, keys):
                return ev.actor  # "the company" after "the utility company Idris Power"
            if ev.offset < offset and ev.speaks and company_read_as_person(ev.actor, key, self.text, self._gender.get(ev.actor.id, ""), self.lang):
                ev.actor.kind = "organisation"  # "Fenmoor Water said … The company said"
                return ev.actor
        # no mention named it: read the text before ("... released by Norrland's defence ministry")
        pattern = re.compile(r"\w*" + re.escape(key) + r"(?:es|s)?\b", re.IGNORECASE)  # and its genitive
        for m in reversed([m for m in pattern.finditer(self.text, 0, offset)]):
            before = self.text[max(0, m.start() - 80) : m.start()]
            before = re.split(r"[.!?;:«»„“\"]", before)[-1].split()[-3:] if before.strip() else []
            named = NAME_AFTER.match(self.text, m.end()) if self.lang == "de" else None  # "die Ärztekammer Steiermark"
            if named:  # (the name first: "die Ärztekammer" before it is only its noun)
                ent = parse_phrase(m.group(0) + named.group(0), self.lang).entity
                if ent is not None and not ent.generic:
                    return self._entity_actor(ent)
            words = before + [m.group(0)]
            for k in range(len(words) - 1):
                ent = parse_phrase(" ".join(words[k:]), self.lang).entity
                if ent is not None and ent.kind == "organisation" and (ent.affiliation or ent.name.casefold() != key
                                                                          and not (unnamed and ent.generic)
                                                                          and not (self.lang == "en" and ent.generic)):
                    # (English: "Germany's financial watchdog" read back with no place is no name)
                    return self._entity_actor(ent)
            if not m.group(0).casefold().startswith(key):  # a compound: "das Verkehrsministerium"
                ent = parse_phrase(m.group(0), self.lang).entity
                if ent is not None and not (unnamed and ent.generic):
                    return self._entity_actor(ent)
        return self._company_in_text(offset) if key in COMPANY_NOUNS else None

    def _noun_forms(self, noun: str) -> tuple[str, ...]:
        """The forms of a body noun the lexicon knows, casefolded ("Behörden", "Behörde")."""
        return tuple({noun.casefold()} | {k for k, v in self.lex.institutions.items() if v == noun})

    def _body_of_noun(self, actor: Actor, key: str, keys: tuple[str, ...]) -> bool:
        """Whether the body noun ``key`` (``keys``: its forms) may stand for ``actor``."""
        unnamed = key in COMPANY_NOUNS  # "Ein Chemiekonzern … Der Konzern teilte mit": a company no one named
        if actor.kind != "organisation" or unnamed and is_generic_body(actor):
            return False
        base = actor.name.split(" (")[0].casefold()
        # "Bundesamt für Gesundheit", "Ärztekammer X"; English "Association of Allotment Holders"
        heads = base.split() if self.lang == "de" else [base, re.split(r" (?:of|for) ", base)[0]]
        heads += [re.sub(r" \d+$", "", base)] if self.lang == "en" else []  # 'Carpenters Local 88': a local
        kinds = () if is_generic_body(actor) else kind_heads(self.lang).get(key, ())  # "die Partei": a Liste
        # "das Unternehmen": the Autobauer, the Reederei X, the Nordbahn AG; "der Verein": the SV
        return bool(((base.endswith(keys) or any(h.endswith(keys + kinds) or _part_of_kind(h, keys) for h in heads))
                     and base not in keys) or any(
            d.endswith(keys) or key in COMPANY_NOUNS and company_descriptor(d, self.lang)
            for d in self._descriptors.get(actor.id, ())) or key in COMPANY_NOUNS and " " in base
            and (heads[0].endswith(company_types(self.lang)) or base.split()[-1] in LEGAL_FORMS)
            or key in CLUB_NOUNS and is_club_name(actor.name.split(), self.lang))

    def _later_institution(self, noun: str, offset: int) -> Actor | None:
        """English 'The union representing 3,000 workers … said …' opening the story, with no union
        named before: the union the next sentence names ('The International Dockworkers Local 19
        said …'); one body of that kind, in the noun's sentence or the next, or nobody."""
        key, keys = noun.casefold(), self._noun_forms(noun)
        here = self._sentence(offset)
        later = {ev.actor.id: ev.actor for ev in self._events if ev.offset > offset
                 and self._sentence(ev.offset) <= here + 1 and self._body_of_noun(ev.actor, key, keys)}
        return next(iter(later.values())) if len(later) == 1 else None

    def _company_in_text(self, offset: int) -> Actor | None:
        """'das Unternehmen' after a company named only in passing ('das Ergebnis der Beate Uhse AG'):
        the last name before offset that ends in a legal form."""
        found = [m.group(0).split() for m in COMPANY_WITH_FORM.finditer(self.text, 0, offset)]
        while found and len(found[-1]) > 2 and found[-1][0].casefold() in ARTICLES | OF_WORDS:
            found[-1].pop(0)  # "Die Nordbahn AG"
        return self._entity_actor(Entity("organisation", " ".join(found[-1]))) if found else None

    def _by_pronoun(self, pronoun: str, span: Span, want: str = "", nearest: bool = False) -> Actor | None:
        """The nearest compatible earlier actor; within that actor's sentence a compatible subject wins over
        an object ('Putin traf Scholz. Er sagte ...' -> Putin), unless ``nearest`` (a demonstrative: the last
        named). ``want`` (m, f, p, f|p) when a possessive or demonstrative gave it, else the pronoun's."""
        want = want or PRONOUNS[self.lang][pronoun]
        if want == "f?":  # German "sie": she, or they when the verb is plural
            want = german_sie_number(self.text, span)
        if want == "p" and (first := pair_for_plural(self, span[0])) is not None:
            return first  # "A und B … Man wolle …, sagten sie": the pair, filed under its first name

        def fits(a: Actor) -> bool:
            if want == "m" and a.id in self._masculine_bodies:
                return True  # "Der Konzern Velora … Er teilte mit"
            if want in ("m", "f"):  # (or a lone surname of unknown kind: "Hürlimann lehnt … ab. …, betonte er")
                return (a.kind == "person" or a.id in self._lone_names) and self._gender.get(a.id, "") in ("", want)
            if want == "p":
                return a.kind == "group" or a.kind in ("organisation", "country") and not (
                    self.lang == "de" and self._singular_body(a))
            if want == "n":  # (German "es": only a body named "das …" as a subject, "Das Landesamt X … Es teilte mit")
                return a.id in self._neuter_bodies if self.lang == "de" else a.kind in ("organisation", "country")
            if want == "f|p":
                return (a.kind == "person" and self._gender.get(a.id, "") in ("", "f")) or a.kind == "group"
            return False

        earlier = [e for e in self._events if e.offset < span[0] and fits(e.actor) and not (
            want in ("m", "f", "f|p") and not self._gender.get(e.actor.id) and self._attribute_of_other(e))]
        found = None
        if self.lang == "de" and want in ("f", "f|p"):  # "Die Regierung ... Sie erklärte": no person near
            org = self._feminine_body_before(span[0])
            if org is not None and (not earlier or self._sentence(org.offset) > self._sentence(earlier[-1].offset)) \
                    and not (earlier and (self._reported_before(org.offset, span[0]) or said_by_speaker(self, org))):
                found = org
            elif org is not None and self._sentence(org.offset) == self._sentence(earlier[-1].offset) \
                    and not self._reported_before(org.offset, span[0]):
                # the body a candidate beside the persons when it is the subject there: "Die Gewerkschaft X hat
                # Ministerin Y eingeladen. Sie erklärte": the body
                subject = next((e for e in self._events if e.subject and e.actor.id == org.actor.id
                                and self._sentence(e.offset) == self._sentence(org.offset)), None)
                earlier = sorted(earlier + [subject], key=lambda e: e.offset) if subject is not None else earlier
        if self.lang == "en" and want == "p" and not earlier:  # "The government said ... They added"
            found = self._feminine_body_before(span[0])
        if found is None and earlier:
            if self.lang == "en" and want in ("m", "f"):  # 'Jamal Ellis and his coach, Ruth Sandoval ... She'
                known = [e for e in earlier if self._gender.get(e.actor.id) == want]
                if known and self._sentence(known[-1].offset) == self._sentence(earlier[-1].offset):
                    earlier = known  # the known gender wins within the nearest sentence
            sentence = self._sentence(earlier[-1].offset)
            subjects = spoken_first([e for e in earlier if e.subject and self._sentence(e.offset) == sentence], self.lang, want)
            if self.lang == "de" and not nearest:  # the one reader of candidates: a subject wins, two make none
                found = taken_up(earlier, span[0], self._sentence, lambda a: True, back=None)
                if found is None:
                    return None
            else:
                found = earlier[-1] if nearest or not subjects else subjects[-1]
            if self.lang == "en" and want in ("m", "f") and len(
                    {e.actor.id for e in (subjects or earlier) if self._sentence(e.offset) == sentence}) > 1:
                return None  # 'Roe's chairman Ken Ott and chief executive Bo Lind met investors. He said': which?
        if found is None or self._unnamed_between(found.offset, span[0], want) or want == "n" and neuter_subject_between(self, found.offset, span[0]):
            return None
        return found.actor

    def _reported_before(self, offset: int, pronoun: int) -> bool:
        """A body in the reported clause before "…, sagte sie" (same sentence, past a comma) is
        what was said, not who said it: "Die Regierung lasse … im Stich, sagte sie"."""
        return self._sentence(offset) == self._sentence(pronoun) and "," in self.text[offset:pronoun]

    def _attribute_of_other(self, ev: Event) -> bool:
        """A name inside another actor's subject phrase ("Der Sprecher des Hilfswerks Caritas Genf,
        Luc Favre"): an attribute, not whom a later "er" or "sie" is about."""
        if any(m.is_subject and m.span[0] == ev.offset for m in self.mentions):
            return False  # a subject of its own: a later conjunct ("X und Stadtrat Y besichtigten …")
        for m in self.mentions:
            if m.is_subject and m.span[0] < ev.offset < m.span[1]:
                return any(o.offset == m.span[0] and o.actor.id != ev.actor.id for o in self._events)
        return False

    def _unnamed_between(self, start: int, end: int, want: str) -> bool:
        """Whether a speaker left unnamed ("sagte eine Anwohnerin") of the pronoun's gender stands
        between its antecedent and the pronoun: "Sie habe …" then means her, who has no name; many
        unnamed ("p": "mehrere Landwirte") stand so for a plural "sie"."""
        return any(start < off < end and (gender == "p" if want == "p" else gender in ("", want, want[:1]))
                   for off, gender in self._unnamed)

    def _feminine_body_before(self, offset: int) -> Event | None:
        """The nearest organisation or country before offset that German calls 'sie' (die
        Regierung, die Polizei, die Nato; in English any that 'they' may stand for), from the
        mentions or, when the rules handed over none, from institution nouns in the text."""
        if self._body_events is None:
            self._body_events = []
            for m in INSTITUTION_WORD[self.lang].finditer(self.text):
                if self._in_quote(m.start()) or (self.lang == "de" and not feminine_noun(m.group(1))):
                    continue
                if not (_inflected(self.lex.institutions, m.group(1), ("es", "s"))
                        or _institution_compound(m.group(1), self.lex)):
                    continue
                start = m.start(1)
                before = re.split(r"[.!?;:«»„“\"]", self.text[max(0, start - 60) : start])[-1].split()[-2:]
                parsed = None
                for k in range(len(before) + 1):
                    cand = parse_phrase(" ".join(before[k:] + [m.group(1)]), self.lang)
                    if cand.entity is not None and cand.entity.kind == "organisation" and not cand.role:
                        parsed = cand
                        break
                if parsed is None:
                    continue
                actor = self._actor_for(parsed, start, speaking=False, hint="organisation")
                if actor is not None:
                    self._body_events.append(Event(start, actor))
        hits = [e for e in self._events if e.offset < offset and e.actor.kind in ("organisation", "country")
                and (self.lang != "de" or feminine_noun(e.actor.name.split(" (")[0]) or e.actor.id in self._feminine_bodies)]
        hits += [e for e in self._body_events if e.offset < offset]
        # the latest not in a person's subject phrase ("Kreisrat X von der Y-Partei": his party, no "sie"), tried latest first
        return next((e for e in sorted(hits, key=lambda e: e.offset, reverse=True) if not self._attribute_of_other(e)), None)

    def _singular_body(self, actor: Actor) -> bool:
        """German plural "sie" is no body named with a singular verb ("Verdi erklärte") or as one
        part of a pair ("Verdi und der Verband ... Sie"); "Die Stadtwerke erhöhen" may be "sie"."""
        name = actor.name.split(" (")[0]
        for at, w in words_after_name_at(self.text, name):
            if w in ("und", "sowie", "oder") or w.casefold() in SINGULAR_VERBS or w.islower() and w.endswith("te") \
                    or singular_verb(w) and opens_sentence(self.text, at):
                return True  # (a present in "-t" only right after a subject that opens its sentence: "Die Kette X
                # erweitert …"; "hat die Stadtwerke X aufgefordert" ends in a participle)
        return False


def singular_verb(word: str) -> bool:
    """A finite verb in the singular right after a subject: listed, or a lower-case past in "-te" or present
    in "-t" ("Die Kette Billwert erweitert …", "Die Stadt hält … fest"; "-en" is plural), not a closed-class
    word in "-t" (data/not_verbs_in_t_de.txt: "Die Stadtwerke X mit Sitz in …")."""
    w = word.casefold()
    return w in SINGULAR_VERBS or word.islower() and (w.endswith("te") or w.endswith("t") and len(w) > 3
                                                       and w not in word_set("not_verbs_in_t_de.txt"))


ADVERBS_BEFORE_VERB = frozenset("dagegen hingegen jedoch aber allerdings wiederum indes indessen ebenfalls auch "
                                "selbst nun dann daraufhin außerdem zudem ihrerseits seinerseits zunächst".split())
# a verb-final clause opens with these (every subordinator): its finite verb, last, says the number of "sie"
CLAUSE_OPENERS = subordinators()
CLUB_NOUNS = {"verein", "klub", "club", "sportverein", "fußballverein"}
INSTITUTION_WORD = {  # "die (valdorische) Regierung", "the (Kestrian) government": a body that may speak
    "de": re.compile(r"\b(?:[Dd]ie)\s+(?:[a-zäöüß]+e[nr]?\s+)?([A-ZÄÖÜ][\w\-]{2,})"),
    "en": re.compile(r"\b(?:[Tt]he)\s+(?:[A-Z]?[a-z]+\s+)?([a-z]{3,})\b"),
}
FEMININE_ENDINGS = ("ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ee", "e", "ur", "bank", "firma", "klinik")
FEMININE_NAMES = {"nato", "eu", "uno", "un", "opec", "bundeswehr", "ezb", "who"}


def spoken_first(subjects: list[Event], lang: str, want: str) -> list[Event]:
    """English "he", "she": of the subjects of the nearest sentence, those who spoke there, if any
    ("Although X had offered …, Y told lawmakers that … . He said": Y)."""
    speakers = [e for e in subjects if e.speaks] if lang == "en" and want in ("m", "f") else []
    return speakers or subjects


def opens_sentence(text: str, at: int) -> bool:
    """The name at ``at`` opens its sentence, after at most an article and a noun ("Die Supermarktkette X")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(": ", 0, at), text.rfind(" - ", 0, at) + 1,
                text.rfind(" – ", 0, at) + 1) + 1  # (after a dateline's dash: "WIEN (APA) - Die Kette X")
    return len(text[start:at].split()) <= 2


def german_sie_number(text: str, span: Span) -> str:
    """German "sie" at span: "p" (they) or "f" (she) by the verb beside it, else "f|p"."""
    # the verb after the pronoun, past adverbs ("Sie dagegen sagte": not the "-en" of "dagegen")
    run = re.match(r"(?:\s+\w+){1,4}", text[span[1] : span[1] + 60])
    after = next((w for w in run.group(0).split() if w.casefold() not in ADVERBS_BEFORE_VERB), None) if run else None
    before = re.search(r"(^|[,;:«»„“\"]\s*|\s)(\w+)\s+$", text[max(0, span[0] - 40) : span[0]])
    order = (after, before.group(2) if before else None)
    if before and before.group(1).strip():  # ", teilten sie mit": the verb stands before "sie"
        order = order[::-1]
    for w in order:
        if not w:
            continue
        w = w.casefold()
        if w in PLURAL_VERBS or (w.endswith("en") and len(w) > 4 and w not in {"wegen", "zwischen", "oben"}):
            return "p"
        if w in SINGULAR_VERBS or w.endswith(("te", "t")):
            return "f"
    if before and before.group(2).casefold() in CLAUSE_OPENERS:  # ", wie sie am Rande der Versammlung sagte":
        last = re.match(r"[^,.;:!?«»„“\"]*", text[span[1]:span[1] + 120]).group(0).split()[-1:]  # the verb last
        w = last[0].casefold() if last else ""
        if w in PLURAL_VERBS:
            return "p"
        if w in SINGULAR_VERBS or w.endswith("te"):  # (w is casefolded: a word in "-te" is lower case)
            return "f"
    return "f|p"


def bodies_of_noun_before(coref: Coreference, noun: str, offset: int) -> bool:
    """Whether a body the noun may stand for was named before offset."""
    key, keys = noun.casefold(), coref._noun_forms(noun)
    return any(ev.offset < offset and coref._body_of_noun(ev.actor, key, keys) for ev in coref._events)


def institution_taken_up(coref: Coreference, key: str, keys: tuple[str, ...], offset: int) -> Actor | None:
    """German: the body a noun ("der Konzern", "die Behörde") takes up, by the one reader of candidates: of two
    bodies of the noun's kind the subject, else none ("Der Konzern X und der Konzern Y unterzeichneten … Der
    Konzern teilte mit": which?). A body named with the noun itself ("der Konzern X") fits before one the noun
    may only stand for ("Die Firma Y wurde vom Konzern X übernommen. Der Konzern …": X, not the subject Y)."""
    named = {ev.actor.id for ev in coref._events if ev.offset < offset and coref._body_of_noun(ev.actor, key, keys)
             and named_with_noun(ev.actor, keys, coref._descriptors)}
    fits = (lambda a: a.id in named) if named else (lambda a: coref._body_of_noun(a, key, keys))
    found = taken_up(coref._events, offset, coref._sentence, fits, back=None)
    return found.actor if found is not None else None


def named_with_noun(actor: Actor, keys: tuple[str, ...], descriptors: dict[str, set[str]]) -> bool:
    """Whether the body's name or the noun it was introduced with holds the noun (``keys``: its forms)."""
    return any(w.endswith(keys) for w in actor.name.split(" (")[0].casefold().split()) \
        or any(d.endswith(keys) for d in descriptors.get(actor.id, ()))


def said_by_speaker(coref: Coreference, body: Event) -> bool:
    """A body in what a speaker of its sentence said ("Er versprach, die Geburtsstation bleibe
    erhalten. Sie wiederum bat …"): what was said, not whom a later "sie" is about."""
    here = coref._sentence(body.offset)
    return any(e.speaks and e.offset < body.offset and coref._sentence(e.offset) == here and e.actor.id != body.actor.id
               and "," in coref.text[e.offset:body.offset] for e in coref._events)


def neuter_subject_between(coref: Coreference, start: int, end: int) -> bool:
    """A German sentence after the one at ``start`` and before ``end`` that opens with a neuter noun
    ("Das Gericht … Das Urteil ist … Es stellt fest"): "es" then more likely takes up that thing than a body."""
    starts = coref._sentence_starts
    return coref.lang == "de" and any(NEUTER_OPENING.match(coref.text, starts[i]) for i in range(
        coref._sentence(start) + 1, coref._sentence(end) + 1) if starts[i] < end)


NEUTER_OPENING = re.compile(r"\s*(?:Das|Dieses)\s+[A-ZÄÖÜ]")


def _body_gender(phrase: str, actor: Actor, singular) -> str:
    """"m" for a body a subject named "der …" ("der Polizei" is a genitive: no); "f" for one named
    "die …" with a singular verb ("Die Regiobahn Tälerland hat …"), whatever its name's last word;
    "n" for one named "das …" ("Das Landesamt für Denkmalpflege hat …")."""
    if phrase.startswith("das "):
        # the body the subject names itself, not one in an attribute of a neuter thing or person
        # ("Das Papier der Kommission", "Das Team von Trainer X": "es" is the paper, the team)
        return "n" if actor.kind in ("organisation", "country") and not _named_in_attribute(phrase, actor) else ""
    if actor.kind != "organisation":
        return ""
    if phrase.startswith("der "):
        return "" if feminine_noun(actor.name.split(" (")[0]) else "m"
    return "f" if phrase.startswith("die ") and singular(actor) else ""


def _named_in_attribute(phrase: str, actor: Actor) -> bool:
    """Whether the actor's name comes in the phrase only after a genitive or "von" ("das papier der
    kommission"), not as its head or in apposition ("das unternehmen kessler bau")."""
    words, name = phrase.split(), set(actor.name.split(" (")[0].casefold().split())
    at = next((i for i, w in enumerate(words) if w in name), len(words))
    return any(w in OF_WORDS for w in words[1:at])


def feminine_noun(name: str) -> bool:
    """German calls it 'sie': die Regierung, die Polizei, die Armee, die Nato (not: das
    Ministerium, der Konzern, der Kreml), and a body whose name opens with a feminine kind of
    body (orgs_genders_de.tsv: "Musikschule Eichenbrück", "Diakoniestation Hollerbach")."""
    low = name.split()[-1].casefold() if name.split() else ""
    return low in FEMININE_NAMES or low.endswith(FEMININE_ENDINGS) or len(name.split()) > 1 and gender_of(name.split()[0]) == "f"


def _bare_plural_en(lang: str, p: Parsed, ent: Entity) -> bool:
    """An English (German: lone) group noun with no article and nothing before it that says whose ('Protesters',
    'Tenants at Brook House', not 'Valdorian farmers', 'Harbour pilots'): many unnamed people, who
    make no actor. A word before it that the group's name leaves out says whose no more than an
    article would ('Local farmers', 'Company executives' -> the group 'Farmers', 'Executives')."""
    words = p.clean.split()
    return (lang == "en" or lang == "de" and not (p.indefinite or ent.affiliation or p.affiliation) and len(words) == 1) \
        and not p.definite and " " not in ent.name.strip() and bool(words) \
        and (words[0].casefold() == ent.name.casefold()  # German: "sagten Analysten", not "Analysten der Bank X"
             or lang == "en" and len(words) == 2 and words[1].casefold() == ent.name.casefold() and not p.affiliation)
