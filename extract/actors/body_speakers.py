"""Bodies as speakers: a phrase whose parse is a body or group ("the council", "Environmental
groups", "die Behörde") -> the body named before, the body as written, or no actor."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor
from .candidates import described_antecedent
from .coreference import bodies_of_noun_before
from .identities import body_by_compound_tail
from .lexicon import kind_heads, lexicon, referring_bodies, vague_bodies, word_set
from .mentions import parse_phrase
from .phrase import Entity, Parsed, _adjective_country
from .roles import demonym_stem

# words that make "the rival airline", "the parent company" another body (data/other_body_words_en.txt)
OTHER_BODY_WORDS = word_set("other_body_words_en.txt")
# nouns that head a company's epithet with describing words before them (data/company_epithets_en.txt)
COMPANY_EPITHETS = word_set("company_epithets_en.txt")
# last words of a public body's, union's or club's name: no company noun refers to it (data/public_body_heads_en.txt)
PUBLIC_BODY_HEADS = word_set("public_body_heads_en.txt")


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

    def _body_epithet(self, phrase: str, offset: int) -> Actor | None:
        """English agency style names a company once and then by what it is, often in the same
        sentence: "Kestermann Bank will close 40 branches, the Frankfurt-based lender said", "…,
        the Norwegian ferry operator said", "Shares in Okabe Motors jumped after the Japanese
        carmaker said …". A definite company noun (referring_bodies_en.txt) with describing words
        before it (a place adjective, a city, "X-based", "London-listed", a lower-case kind) makes
        no body of its own: it is the one company named earlier in its sentence (company_named_here),
        else, with an epithet, the body the bare noun ("the lender") takes up. None when the phrase is
        no such description or nothing named before fits: the other rules read it as before."""
        words = phrase.split()
        if self.lang != "en" or len(words) < 2 or words[0].casefold() != "the":
            return None  # (epithet_noun's own first test, before the mentions are looked through)
        # (the words the article read as a place inside the phrase describe: "the Oregon lender")
        places = {w.casefold() for m in self.mentions if m.kind_hint == "place"
                  and offset <= m.span[0] and m.span[1] <= offset + len(phrase) for w in m.text.split()}
        noun = epithet_noun(phrase, self.lang, places)
        if noun is None:
            return None
        if len(words) == 2:
            return self.company_named_here(noun, offset)  # (else a bare "the company": the other rules, as before)
        return self.company_taken_up(noun, offset)

    def company_taken_up(self, noun: str, offset: int) -> Actor | None:
        """The company a company noun at offset stands for: the one named earlier in its sentence
        (company_named_here), else the body named before that "the <noun>" takes up."""
        here = self.company_named_here(noun, offset)
        if here is not None:
            return here
        bare = "the " + noun
        actor = self._actor_for(parse_phrase(bare, self.lang), offset, speaking=True, hint="") \
            or self._antecedent(bare, (offset, offset + len(bare)))
        named_before = actor is not None and any(ev.offset < offset and ev.actor.id == actor.id for ev in self._events)
        return actor if named_before and actor.kind == "organisation" else None

    def company_named_here(self, noun: str, offset: int) -> Actor | None:
        """The one company named before offset in its sentence that the company noun ``noun`` may
        stand for: a body, or a body's name read as a person ("Torvane Metals"), whose name does not
        end in a public body's, a union's or a club's noun unless the noun's kind says so ("the
        lender": a Bank). Two of them, and the sentence does not say which: None."""
        forms, company = self._noun_forms(noun), noun in referring_bodies(self.lang) or noun in COMPANY_EPITHETS

        def fits(a: Actor) -> bool:
            if not (a.kind == "organisation" or a.kind == "person" and self._reads_as_body(a)):
                return False
            if self._body_of_noun(a, noun, forms):
                return True  # "the lender": a Bank; "the governing body": a Federation
            last = a.name.split(" (")[0].split()[-1].casefold() if a.name else ""
            return company and last not in PUBLIC_BODY_HEADS
        actor = described_antecedent(self._events, offset, self._sentence, fits, back=0)
        return self._as_body(actor) if actor is not None else None

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


def epithet_noun(phrase: str, lang: str, places: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The company noun of an English definite description of a company, bare or with describing
    words before it ("the lender", "the Frankfurt-based lender", "the Norwegian ferry operator",
    "the family-run company", "the sport's governing body"); capitalised, only a place adjective
    ("Norwegian", "Tarvessian"), a word of a place the article names (``places``, casefolded: "the
    Oregon lender") or a hyphened compound ("Oslo-based", "Anglo-Dutch"). None: another
    language, no article, a plural or no company noun, a named owner ("Kestrel's bank"), a name ("the
    Unite union") or a word that names another body ("the rival airline", "the parent company")."""
    words = phrase.split()
    if lang != "en" or len(words) < 2 or words[0].casefold() != "the":
        return None
    noun = words[-1].casefold()
    # (with describing words also the company nouns of company_epithets_en.txt and the nouns of a
    # kind of body, body_kinds_en.tsv: "the Frankfurt-based bank", "the governing body")
    nouns = referring_bodies(lang) | (COMPANY_EPITHETS | kind_heads(lang).keys() if len(words) > 2 else frozenset())
    if noun not in nouns:
        return None
    for w in words[1:-1]:
        if w.casefold() in OTHER_BODY_WORDS or not w[:1].isalpha():
            return None
        if ("'" in w or "’" in w) and not w.islower():
            return None  # a named owner: "Kestrel's parent company" ("the sport's governing body" is one)
        if w[:1].isupper() and "-" not in w and w.casefold() not in places and not demonym_stem(w, lang) \
                and not _adjective_country(w, lexicon(lang)):
            return None  # the body's own name: "the IG Chemie union", "the Unite union"
    return noun


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
