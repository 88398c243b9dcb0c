"""Parsing one speaker phrase (parse_phrase): the name, title, role, affiliation and
organisation it holds, token by token, with the organisations, institutions and groups in it ("des
Ministeriums", "die Polizei", "Nato", "Demonstranten") and the name runs."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .inflection import NOMINATIVE, _head, _place_adjective, _stem, gender_of, genitive_stem, nominative_body
from .lexicon import Lexicon, _civic_body, is_club_name, _inflected, _institution_compound, associations, company_descriptor, company_types, descriptors, named_body_heads, first_name, firstnames, institution_name, is_anonymous, lexicon, organisation_words, title_capitals, word_endings, word_set, words_as_written
from .phrase import Entity, Parsed, _adjective_country, _longest, _tokenize_marked, tokenize
from .roles import _role_gender, is_bare_head, council_noun, demonym_noun, demonym_stem, role_word
from .written import glued_role, written_role
from .english_words import is_dictionary_word
from .words import LEGAL_FORMS, MEMBER_BODIES, GAELIC_LINKS, GAELIC_MUTATED, TRUNCATION_LINKS, GAELIC_PATRONYMS, ARTICLES, DEFINITE, DOUBLE_PARTICLE, HONORIFICS, INDEFINITE, MODIFIERS, UNNAMED_MANY_DE, NEUTRAL_ROLE_ENDINGS, OF_WORDS, PARTICLES, QUANTIFIERS, RELIGIOUS_ADDRESS


def _entity_at(tokens: list[str], i: int, lex: Lexicon) -> tuple[Entity | None, int]:
    """An organisation, country or institution starting at token i (after articles and a
    country adjective): 'des russischen Außenministeriums' -> Außenministerium, Russland."""
    j, definite = i, False
    while j < len(tokens) and (tokens[j].casefold() in ARTICLES or tokens[j].casefold() in MODIFIERS):
        definite |= tokens[j].casefold() in DEFINITE
        j += 1
    if j >= len(tokens):
        return None, i
    named, k = _named_entity_at(tokens, j, lex) if not tokens[j].endswith("-") else _truncated_body(tokens, j, lex)
    if named:
        return named, k
    aff = _adjective_country(tokens[j], lex)
    if aff:
        j += 1
        if j >= len(tokens):
            return None, i
        named, k = _named_entity_at(tokens, j, lex)
        if named and named.kind == "organisation":
            named.affiliation = named.affiliation or aff
            return named, k
    named, k = _after_place_adjective(tokens, j, lex)
    if named:
        return named, k
    n, inst = _longest(tokens, j, lex.institutions, lex.max_words)
    if not n and lex.lang == "en" and tokens[j].islower():
        k = j  # "transport ministry", "the national weather agency": lower-case words before the noun
        while k < len(tokens) and k - j < 3 and tokens[k].rstrip("'’").isalpha() and tokens[k].islower() \
                and tokens[k] not in OF_WORDS | ARTICLES | QUANTIFIERS and not n:
            k += 1
            if k < len(tokens):
                n, inst = _longest(tokens, k, lex.institutions, lex.max_words)
        if n:
            n, inst = n + k - j, " ".join(tokens[j:k]) + " " + inst
    if not n:
        inst = _inflected(lex.institutions, tokens[j], ("es", "s"))
        if not inst and lex.lang == "de" and tokens[j][:1].isupper():
            inst = _institution_compound(tokens[j], lex) or _company_type_named(tokens, j)
        n = 1 if inst else 0
    if not n and lex.lang == "de" and tokens[j][:1].isupper() and _company_named(tokens, j, lex):
        inst, n = company_descriptor(tokens[j], "de"), 1  # "der Autobauer Velora", "die Baumarktkette X"
    if n:
        start, j = j, j + n
        named_for = _fuer_name_end(tokens, j) if lex.lang == "de" else _of_name_end(tokens, start, j, lex)
        if named_for > j and lex.lang == "en":  # "the Bank of Valdoria", "Ministry of Trade and Industry": a name
            return Entity("organisation", " ".join(tokens[start:named_for]), aff), named_for
        if named_for > j:  # "Bundesamt für Migration und Flüchtlinge": a name, not a generic body
            end = _canton_end(tokens, named_for) if lex.lang == "de" else named_for
            name = " ".join([institution_name(inst, "")] + tokens[j:end]).replace(" , ", ", ")
            return Entity("organisation", name, aff), end
        attached = _genitive_name_end(tokens, j, lex, inst) if lex.lang == "de" else j
        if attached > j:  # "Verband der Milchbauern", "Verband Deutscher Reeder": the genitive names the body
            return Entity("organisation", " ".join([institution_name(inst, "")] + tokens[j:attached]), aff), attached
        if j < len(tokens) and _is_capitalised(tokens[j]) and (not _role_of_person(tokens, j, lex) or _legal_form_closes(tokens, j)) \
                and not (lex.lang == "de" and j + 1 == len(tokens) and _inflected(lex.groups, tokens[j], ("n",))):  # ("sucht die Polizei Zeugen")
            # "des Instituts Valdopol": a named institution; "die Brauerei Hofmeister KG": a firm's name
            named, end = _institution_named(tokens, j, inst, aff, lex)
            return _written_plural(named, tokens, start, inst) if n == 1 and lex.lang == "de" else named, end
        return Entity("organisation", inst, aff, generic=True, definite=definite), j
    return None, i


def _written_plural(body: Entity, tokens: list[str], at: int, inst: str) -> Entity:
    """A named body whose noun is a plural keeps it as written: "die Landesforsten Hohenmark",
    "der Kreiskliniken Talbrunn" (nominative or genitive plural: the body's own name), not the
    institution's canonical "Landesforste", "Kreisklinik". After "den" an "-n" is the dative's
    ("den Landesforsten"), an "-en" on a singular the plural's ("laut den Kreiskliniken X")."""
    written, canonical = tokens[at], institution_name(inst, "")
    ending = written[len(canonical):]
    if at == 0 or tokens[at - 1].casefold() not in ("die", "der", "den") or not body.name.startswith(canonical + " ") \
            or written[: len(canonical)] != canonical or ending not in ("n", "en") \
            or tokens[at - 1].casefold() == "den" and (ending == "n" or canonical.endswith("e")):
        return body
    return replace(body, name=written + body.name[len(canonical):])


def _place_of_body(body: Entity | None, ent: Entity, run: bool, lex: Lexicon) -> bool:
    """'Küstenwache | von Puerto Alcor': a generic German body noun and a name after "von" that is
    no person or role: one body with its place."""
    return body is not None and body.generic and body.kind == "organisation" and not body.affiliation \
        and ent.kind == "organisation" and run and ent.name.split()[0].casefold() not in firstnames() \
        and not role_word(ent.name.split()[0], lex)


def _canton_end(tokens: list[str], j: int) -> int:
    """'des Kantons Aarwil' after a body's noun closes the phrase: a Swiss body's official name
    ("Staatsanwaltschaft des Kantons Birsfeld", "Amt für Strassen des Kantons Aarwil"); the end of
    the name, else j ("die Polizei der Stadt X" keeps the city apart)."""
    rest = tokens[j + 2:]
    if tokens[j:j + 2] != ["des", "Kantons"] or not 1 <= len(rest) <= 2 or not all(map(_is_capitalised, rest)):
        return j
    return len(tokens)


def _role_of_person(tokens: list[str], j: int, lex: Lexicon) -> bool:
    """A role noun at j that names a person's role after a body: in German only with the person's
    first name after it; else the word is part of the body's name ("die Gewerkschaft Flugbegleiter
    Nord", "der Obstbauernverband Mittelgrat": a body never becomes a person)."""
    if not (_title_follows(tokens, j, lex) or role_word(tokens[j], lex)):
        return False
    if lex.lang != "de":
        return True
    n = max(_longest(tokens, j, lex.titles, lex.max_words)[0], 1)
    return j + n < len(tokens) and tokens[j + n].casefold() in firstnames()


def _legal_form_closes(tokens: list[str], j: int) -> bool:
    """The capitalised words from j close with a legal form ("Hofmeister KG"): a firm's name, whatever they say."""
    return len(tokens) - j in (2, 3) and tokens[-1].casefold() in LEGAL_FORMS and all(map(_is_capitalised, tokens[j:]))


def _company_type_named(tokens: list[str], j: int) -> str:
    """"die Bergbahnen Piz Valdun", "die Reederei Baltlink", "die Musikschule Eichenbrück": a noun for a
    kind of company or body that stays in the name (company_types_de.txt, named_body_heads_de.txt)
    before a capitalised word: that noun, else ''."""
    word = tokens[j]
    named = j + 1 < len(tokens) and _is_capitalised(tokens[j + 1]) and tokens[j + 1].casefold() not in firstnames()
    return word if named and word.casefold().endswith(company_types("de") + named_body_heads("de")) else ""


def kind_of_named_body(word: str) -> bool:
    """"Reederei", "Warndienst", "Schützenbruderschaft": a German noun for a kind of company or body
    that names a body before a name of its own (company_types_de.txt, named_body_heads_de.txt)."""
    return word[:1].isupper() and word.casefold().endswith(company_types("de") + named_body_heads("de"))


def _truncated_body(tokens: list[str], j: int, lex: Lexicon) -> tuple[Entity | None, int]:
    """"die Industrie- und Handelskammer Nordmark": a truncated compound joined to a body's noun (by any link
    of words.TRUNCATION_LINKS, as the German token readers join it)."""
    link = j + 2 < len(tokens) and (tokens[j + 1] in TRUNCATION_LINKS or tokens[j + 1] + "." in TRUNCATION_LINKS)
    if lex.lang == "de" and link:  # (the phrase's tokens drop an abbreviation's dot: "bzw")
        body, k = _entity_at(tokens, j + 2, lex)
        if body is not None and body.kind == "organisation":
            if body.name.startswith(tokens[j + 2]):
                return replace(body, name=" ".join(tokens[j:j + 2] + [body.name])), k
            if body.descriptor:
                return body, k  # "der Rüstungs- und Raumfahrtkonzern EADS": the describing noun goes with its first part
    return None, j


def _proper_adjective(adjective: str, body: Entity) -> Entity:
    """'Deutschen' + Wetterdienst Nord -> 'Deutscher Wetterdienst Nord' (a named body, nominative)."""
    gender = next((g for w in body.name.split() if (g := gender_of(w) or gender_of(genitive_stem(w)))), "")
    stem = _stem(adjective)
    name = (stem + NOMINATIVE[gender] if stem and gender else adjective) + " " + body.name
    return Entity("organisation", name, descriptor=body.descriptor)


def _institution_named(tokens: list[str], j: int, inst: str, aff: str, lex: Lexicon) -> tuple[Entity, int]:
    """The body an institution noun names with the capitalised words from j: a known organisation
    ("die Gewerkschaft Verdi" -> Verdi), the words alone after a describing noun ("der
    Energiekonzern Idris Power"; in English always), else noun and words ("Institut Valdopol",
    "Gewerkschaft Pflege Süd"; extract/README.md)."""
    known, k = _named_entity_at(tokens, j, lex)
    if known is not None and known.kind == "organisation" and k == len(tokens):
        return known, k
    words, j = _name_run(tokens, j, lex)
    linked = lex.lang == "de" and (end := _linked_name_end(tokens, j)) > j
    if linked:
        words, j = words + tokens[j:end], end
    # the words alone, the noun their descriptor ("das Hilfswerk" refers back): "das Hilfswerk Brot für
    # Morgen", "die Gewerkschaft Metallgewerkschaft Lennetal" (a name of its own), "der Energiekonzern Idris Power";
    # an association's or civic body's noun is its type and stays before a linked name ("die Bürgerinitiative
    # Hafenufer für alle"; "der Fahrgastverband Pro Bahn" opens with its preposition: a name of its own)
    linked = linked and not _type_stays(inst, lex)
    if linked or lex.lang == "en" or lex.lang == "de" and _name_of_its_own(words, known):
        return Entity("organisation", " ".join(words), aff, descriptor=inst.casefold()), j
    k = _joined_words_end(tokens, j)  # "Gewerkschaft Bau und Holz": the phrase's grammar kept the list
    if k > j:
        words, j = words + tokens[j:k], k
    if lex.lang == "de" and _type_stays(inst, lex) and (k := _body_name_tail_end(tokens, j)) > j:
        words, j = words + tokens[j:k], k  # "Verein Freunde | des Schlossparks Irlenbach", "Genossenschaft Wohnen | am Quellbach"
    if _is_descriptor(inst, lex) and not _local_club(inst, lex):  # "der Verein Kunst und Kultur"
        return Entity("organisation", " ".join(words).replace(" , ", ", "), aff, descriptor=inst.casefold()), j
    return Entity("organisation", (institution_name(inst, "") + " " + " ".join(words)).replace(" , ", ", "), aff), j


def type_word_stays(word: str) -> bool:
    """A German noun (or compound) for a body's type that stays in the body's name, whatever its
    words (_type_stays): "Verein", "Tierschutzverein", "Bürgerinitiative", "Genossenschaft"."""
    lex = lexicon("de")
    inst = _inflected(lex.institutions, word, ("es", "s")) or _institution_compound(word, lex)
    return bool(inst) and _type_stays(inst, lex)


def _type_stays(inst: str, lex: Lexicon) -> bool:
    """'Verein', 'Bürgerinitiative', 'Fahrgastverband': a noun for a body that unites people
    (associations_de.txt) or a civic body (civic_heads_de.txt) is the body's type, part of its name
    whatever its name's words are (extract/README.md, "a kind of body")."""
    return association(inst) or _civic_body(inst.casefold(), lex)


NAME_TAIL_LINKS_DE = frozenset(("und", "für", "des", "der", "am", "im", "an", "auf", "ob", "bei", "unter", "vor", "in"))


def _body_name_tail_end(tokens: list[str], j: int) -> int:
    """The end of an association's name that goes on after its first words with genitives,
    "und", "für" or a place's preposition and capitalised words up to the phrase's end or its
    apposition's comma ("Verein Freunde | des Schlossparks Irlenbach", "Kreisverband Sprötzingen |
    der Partei für Ortsgestaltung", "Tierschutzverein Felsreuth | und Umgebung"); j when none."""
    k = j
    while k + 1 < len(tokens) and tokens[k] in NAME_TAIL_LINKS_DE:
        m = k + 1
        while m < len(tokens) and tokens[m] in NAME_TAIL_LINKS_DE:
            m += 1  # "an der", "für die" are no name's link: (a capital must follow at once but for "an der")
        if m - k > 2 or m - k == 2 and tokens[k] not in ("an", "auf", "in", "unter", "vor"):
            break
        if m >= len(tokens) or not _is_capitalised(tokens[m]) or tokens[m].casefold() in firstnames():
            break
        while m < len(tokens) and _is_capitalised(tokens[m]):
            m += 1
        k = m
    return k if k > j and (k == len(tokens) or tokens[k] == ",") else j


def _name_of_its_own(words: list[str], known: Entity | None) -> bool:
    """The words after a German type noun are a body's whole name, which a journalist uses alone:
    a name that opens with a body noun of its own ("die Gewerkschaft Metallgewerkschaft
    Lennetal", "der Verein Bürgerinitiative Seeweg") or with a preposition ("der Fahrgastverband
    Pro Bahn"; the words come capitalised from a name run); an abbreviation alone keeps the noun:
    "Lokführergewerkschaft GLV")."""
    if known is not None and known.kind != "organisation":
        return False
    return len(words) >= 2 and (is_institution_word(words[0], "de") or words[0].casefold() in NAME_OPENING_PREPOSITIONS)


BODY_NAME_PREPOSITIONS = ("für", "ohne", "gegen", "statt")
NAME_CLOSING_PRONOUNS = ("alle", "jeden", "jedermann")  # "Brunnen für alle": a name's last word, written small
# a capitalised preposition that opens a body's whole name: "der Fahrgastverband Pro Bahn" -> Pro Bahn
NAME_OPENING_PREPOSITIONS = frozenset(("pro", "contra", "kontra", "für", "gegen", "ohne"))


def _linked_name_end(tokens: list[str], j: int) -> int:
    """"Brot für Morgen", "Reporter ohne Schranken", "Bürger gegen Fluglärm": a body's name that
    links its capitalised words with a preposition; only when they close the phrase (j when not)."""
    rest = tokens[j + 1:]
    if j >= len(tokens) or tokens[j] not in BODY_NAME_PREPOSITIONS or not rest \
            or not (_is_capitalised(rest[-1]) or rest[-1] in NAME_CLOSING_PRONOUNS):
        return j
    if rest[-1] in NAME_CLOSING_PRONOUNS:
        return len(tokens) if all(map(_is_capitalised, rest[:-1])) else j
    return len(tokens) if all(_is_capitalised(w) or w in ("die", "den", "das", "und") for w in rest) else j


def _joined_words_end(tokens: list[str], j: int) -> int:
    """The phrase's end (or the comma of an apposition after it) when its words from j are
    capitalised words joined by "und", "oder" or commas ("… Bau | und Holz", "… Wasser | , Boden
    und Altlasten"), else j."""
    k = j
    while k + 1 < len(tokens) and tokens[k] in ("und", "oder", ",") and _is_capitalised(tokens[k + 1]):
        k += 2
        if tokens[k - 2] in ("und", "oder"):
            break  # the list closes with "und"; an apposition may follow ("… Handel und Dienst, Murat Keskin")
    if k + 1 == len(tokens) and k > j and _is_capitalised(tokens[k]) and tokens[k].casefold() not in firstnames() \
            and tokens[k - 2] in ("und", "oder"):
        return len(tokens)  # the body's place closes it: "Gewerkschaft Bau und Holz | Lippe"
    return k if (k == len(tokens) or tokens[k] == ",") and k > j and tokens[k - 2] in ("und", "oder") else j


def _local_club(inst: str, lex: Lexicon) -> bool:
    """'Mieterverein | Obertal', 'Konsumentenverein Alpenland', 'Fahrradclub Südstern': a club or
    association compound says what kind of body it is and stays in its name, as does a civic body
    named by a group of people ('Wählergruppe Bürgerblock'); the bare noun describes and goes ("der
    Club Idris", "die Gruppe Idris" are Idris; "Verein" is a type and no describing noun: extract/README.md)."""
    low = inst.casefold()
    if low.endswith(("club", "klub", "verein")) and low not in ("club", "klub", "verein"):
        return True
    return _civic_body(low, lex)


def _after_place_adjective(tokens: list[str], j: int, lex: Lexicon) -> tuple[Entity | None, int]:
    """'die Basler Verkehrsbetriebe Rheinland Tram': a city adjective before a body with a name of
    its own is no part of that name ('die Münchner Polizei' keeps it: a generic body)."""
    if lex.lang == "de" and j + 2 < len(tokens) and _place_adjective(tokens[j]):
        named, k = _entity_at(tokens, j + 1, lex)
        if named is not None and named.kind == "organisation" and not named.generic and k == len(tokens):
            return named, k
    return None, j


@lru_cache(maxsize=20000)
def is_institution_word(word: str, lang: str) -> bool:
    """'Institut', 'Bundesamt', 'Verkehrsministerium': a noun that names a body."""
    lex = lexicon(lang)
    return bool(_inflected(lex.institutions, word, ("es", "s")) or (lang == "de" and _institution_compound(word, lex)))


PLACE_NOUNS = ("stadt", "gemeinde", "region", "provinz", "insel", "land", "kreis")  # "die Polizei der Stadt X"


def _genitive_name_end(tokens: list[str], j: int, lex: Lexicon, head: str = "") -> int:
    """A genitive attribute that closes the phrase after a German institution noun: "der Milchbauern",
    "Deutscher Reeder" (strong genitive plural, members named by a role noun): the end of the body's
    name, else j. A place, a body or a known organisation after "der" is the body's affiliation
    instead ("Regierung der Ukraine", "Polizei der Stadt X"), unless the head noun is an association
    that its genitive names ("Gewerkschaft der Polizei", "Partei der Mitte X": associations_de.txt);
    a feminine role after "der" is one person ("Büro der Ministerin"; "der Landesdenkmalpfleger" are its members)."""
    if (canton := _canton_end(tokens, j)) > j:
        return canton  # "Staatsanwaltschaft des Kantons Birsfeld"
    k = j + 1 if j < len(tokens) and tokens[j] == "der" else j
    start = _genitive_adjectives_end(tokens, j) if k == j else k
    if start == j:
        return j
    listed = association(head)
    end = _placed_genitive_end(tokens, start) if listed else len(tokens)
    words = tokens[start:end]
    if not words or len(words) > (5 if listed else 3) \
            or not all(_genitive_word_ok(words, n, listed) for n in range(len(words))) \
            or _named_entity_at(tokens, start, lex)[0] is not None or k > j and role_word(words[0], lex) and words[0].endswith("in") \
            or words[0].casefold() in firstnames() or k > j and not listed and (
                is_institution_word(words[0], "de") or words[0].casefold().endswith(PLACE_NOUNS)):
        return j
    return len(tokens)


PLACE_TAIL_LINKS_DE = frozenset(("am", "im", "an", "auf", "in", "unter", "vor", "ob", "bei"))


def _placed_genitive_end(tokens: list[str], start: int) -> int:
    """Where an association's genitive ends before its place, which its name keeps to the phrase's
    end: "Vereinigung der Bergbauern | im Oberen Rüschtal", "Interessengemeinschaft der Anrainer |
    an der Unteren Lobau" (_body_name_tail_end); the phrase's end when no such place closes it."""
    at = next((k for k in range(start + 1, len(tokens)) if tokens[k] in PLACE_TAIL_LINKS_DE), None)
    return at if at is not None and _body_name_tail_end(tokens, at) == len(tokens) else len(tokens)


def _genitive_adjectives_end(tokens: list[str], j: int) -> int:
    """After an institution noun, a strong genitive plural needs no article: its adjectives ("Deutscher
    Reeder", "mittelständischer Kies- und Sandwerke"): the end of those adjectives, else j. Only
    adjectives with a stem _stem knows ("-isch", …): "kleiner und mittlerer Betriebe", "privater
    Pflegedienste" are not read here though de/phrases.genitive_adjective keeps them in the phrase."""
    k = j
    while k < len(tokens) and tokens[k].endswith("er") and _stem(tokens[k][:1].upper() + tokens[k][1:]):
        k += 1
        if k + 1 < len(tokens) and tokens[k] in ("und", "oder") and tokens[k + 1].endswith("er") and tokens[k + 1].islower():
            k += 1  # "kleiner | und mittlerer"
    return k if k > j and k < len(tokens) and _is_capitalised(tokens[k]) else j


def association(head: str) -> bool:
    """A body noun (or a compound ending in one) of an association named by whom it unites."""
    low = head.casefold()
    return bool(low) and low.endswith(associations("de"))


def _genitive_word_ok(words: list[str], n: int, listed: bool = False) -> bool:
    """Word n of a genitive that may name a body: a capitalised word, or a truncated compound and
    its conjunction ("der Obst- und Gemüsebauern"); after an association's noun (listed) also an
    "und" between capitalised words ("Verband der Banken und Versicherungen Nordmark")."""
    w = words[n]
    if w in ("und", "oder") or listed and w in ("des", "der"):  # ("Verein der Freunde des Stadtmuseums X")
        return n > 0 and (words[n - 1].endswith("-") or listed and n + 1 < len(words) and _is_capitalised(words[n + 1]))
    return _is_capitalised(w) and w.replace("-", "").isalpha()


def _fuer_name_end(tokens: list[str], j: int) -> int:
    """'für Arbeit', 'für Migration und Flüchtlinge' after an institution noun: the end of that
    part of its name (j when there is none)."""
    if j + 1 >= len(tokens) or tokens[j] != "für" or not _is_capitalised(tokens[j + 1]):
        return j
    k = j + 2
    while k + 1 < len(tokens) and tokens[k] in ("und", ",") and _is_capitalised(tokens[k + 1]):
        k += 2  # "für Migration und Flüchtlinge", "für Wasser, Boden und Altlasten"
    if tokens[k - 2] == ",":
        k -= 2  # a list closes with "und"; after a comma comes an apposition
    # a place closing the phrase belongs to the name: "Landesamt für Verbraucherschutz Nordbaden"
    # (not a name or role after it: "… für Strahlenschutz, Präsidentin Inge Paulini")
    if k + 1 == len(tokens) and tokens[k][:1].isupper() and tokens[k].replace("-", "").isalpha() \
            and tokens[k].casefold() not in firstnames() and not is_institution_word(tokens[k], "de") \
            and not role_word(tokens[k], lexicon("de")):
        return k + 1
    return k


def _of_name_end(tokens: list[str], start: int, j: int, lex: Lexicon) -> int:
    """'of Trade', 'of Trade and Industry', 'for the Protection of Heathland Birds' after a capitalised
    English institution noun ('Ministry', 'Bank', 'Society'): the end of the name it ends with (j when
    there is none)."""
    if not all(t[:1].isupper() for t in tokens[start:j]):
        return j
    end = _name_tail_end(tokens, j, lex)
    if end > j and tokens[j - 1].casefold() in MEMBER_BODIES and end + 1 < len(tokens) and tokens[end] == "in":
        words, k = _name_run(tokens, end + 1, lex)
        return k if words and k == len(tokens) else end  # "Federation of Small Traders in Harwick"
    return end


NAME_TAIL_LINKS = {"of", "for", "and", "&", "on", "the"}  # "Coalition for Fair Rents", "Office of the Mayor"


def _name_tail_end(tokens: list[str], j: int, lex: Lexicon) -> int:
    """The end of an English body's name that goes on after its head with 'of' or 'for' and
    capitalised words, linked by 'and', 'of', 'for', 'the' ('Friends of Marlow Common', 'Office for
    National Statistics', 'Department of Parks and Recreation'); j when none follows."""
    if j + 1 >= len(tokens) or tokens[j] not in ("of", "for"):
        return j
    end, k = j, j
    while k < len(tokens) and tokens[k] in NAME_TAIL_LINKS:
        while k < len(tokens) and tokens[k] in NAME_TAIL_LINKS:
            k += 1
        words, k = _name_run(tokens, k, lex) if k < len(tokens) else ([], k)
        if not words:
            break
        end = k
    return end


def _company_named(tokens: list[str], j: int, lex: Lexicon) -> bool:
    """'Autobauer | Velora': a noun for a kind of company before a capitalised word that is no
    known first name, role or title ('Orgelbauer Max Klein' is a person)."""
    if j + 1 >= len(tokens) or not company_descriptor(tokens[j], lex.lang):
        return False
    nxt = tokens[j + 1]
    return (_is_capitalised(nxt) and nxt.casefold() not in firstnames() and not role_word(nxt, lex)
            and not _longest(tokens, j + 1, lex.titles, lex.max_words)[0])


PUBLIC_PREFIXES = ("bundes", "landes", "staats", "kantons", "kreis", "bezirks")  # of a public body's noun


def _is_descriptor(inst: str, lex: Lexicon) -> bool:
    """'Konzern', 'Energieversorger': a noun that describes a named organisation and is no part
    of its name ('der Energiekonzern Idris Power' -> Idris Power; but 'Institut Valdopol')."""
    low = inst.casefold()
    if lex.lang == "de" and low.startswith(PUBLIC_PREFIXES):
        return False  # "die Bundesnetzagentur Nord", "das Landesamt X": a public body keeps its noun
    return any(low == d or (lex.lang == "de" and low.endswith(d) and len(d) >= 4) for d in descriptors(lex.lang)) \
        or bool(lex.lang == "de" and company_descriptor(inst, "de"))


def _named_entity_at(tokens: list[str], j: int, lex: Lexicon) -> tuple[Entity | None, int]:
    n, org = _longest(tokens, j, lex.organisations, lex.max_words)
    if n == 1 and org[0].isupper() and tokens[j].islower():
        n = 0  # a word in lower case is no acronym: the relative 'who' is not the WHO
    if n == 1 and j and tokens[j].casefold() in lex.article_named and _is_capitalised(tokens[j - 1]) \
            and tokens[j - 1].casefold() not in ARTICLES:
        return None, j  # "der Bauernverband Mitte": a party named with its article ("Die Mitte") is a plain word right after a noun
    if not n and tokens[j][:1].isupper():  # genitive of a single-word organisation: "des Kremls"
        org = _inflected(lex.organisations, tokens[j], ("es", "s"))
        n = 1 if org else 0
    if n:
        return Entity("organisation", org[0], org[1]), j + n
    n, country = _longest(tokens, j, lex.countries, lex.max_words)
    if not n and tokens[j][:1].isupper():
        country = _inflected(lex.countries, tokens[j], ("s",))
        n = 1 if country else 0
    if n:
        return Entity("country", country), j + n
    return None, j


SINGULAR_OBLIQUE = frozenset({"dem", "des", "vom", "beim", "zum", "einem", "eines"})


def _weak_singular_role(tokens: list[str], i: int, j: int, lex: Lexicon) -> str:
    """A group noun in -en after a singular article and before a first name is one person's role in
    the dative or genitive: "Dem Meteorologen Jan Terhorst" -> 'Meteorologe', "vom Ökonomen Felix
    Hartmann" -> 'Ökonom' ("den Ökonomen Felix Hartmann und …" stays open); '' otherwise."""
    tok = tokens[i]
    if j != i + 1 or not i or tokens[i - 1].casefold() not in SINGULAR_OBLIQUE or not tok.endswith("en") \
            or j >= len(tokens) or tokens[j].casefold() not in firstnames():
        return ""
    return next((w for w in (tok[:-1], tok[:-2]) if role_word(w, lex)), "")


def _group_at(tokens: list[str], i: int, lex: Lexicon) -> tuple[str, int]:
    n, group = _longest(tokens, i, lex.groups, lex.max_words)
    if n:
        return group, i + n
    if lex.lang == "de":
        group = _inflected(lex.groups, tokens[i], ("n",)) or _group_compound(tokens[i], lex.lang)
        if group:
            return group, i + 1
    return "", i


@lru_cache(maxsize=20000)
def _group_compound(tok: str, lang: str) -> str:
    """'Versicherungsexperten' -> 'Versicherungsexperten' (a compound ending in a group noun,
    named with the group's canonical plural); '' otherwise."""
    if not tok[:1].isupper() or "-" in tok:
        return ""
    low = tok.casefold()
    table, lengths = _group_endings(lang)
    for n in lengths:  # the longest group noun the word ends in
        if len(low) - n >= 4 and low[-n:] in table:
            return tok[: len(tok) - n] + table[low[-n:]].casefold()
    return ""


@lru_cache(maxsize=4)
def _group_endings(lang: str) -> tuple[dict[str, str], tuple[int, ...]]:
    """The group nouns a compound may end in (one word, five letters or more) and their lengths,
    longest first."""
    table = {v: c for v, c in lexicon(lang).groups.items() if len(v) >= 5 and " " not in v}
    return table, tuple(sorted({len(v) for v in table}, reverse=True))


ARABIC_NAME = re.compile(r"^(?:al|el|ad|an|ar|as|asch|at|az|ash|abu|ben|bin|ibn)-[A-ZÄÖÜ]")  # "al-Hassani"


ELIDED_NAME = re.compile(r"^[dl][’'][A-ZÀ-Ý]")  # "d'Aubigné", "l'Estrange": the particle is elided onto the name


def _is_capitalised(tok: str) -> bool:
    return tok[:1].isupper() or bool(ARABIC_NAME.match(tok) or ELIDED_NAME.match(tok))


def _gaelic_part(tokens: list[str], i: int) -> bool:
    """A link word after 'Mac' / 'Nic' with a name after it, or the (mutated) name after the link."""
    prev = tokens[i - 1].casefold() if i else ""
    if tokens[i] in GAELIC_LINKS:
        return prev in GAELIC_PATRONYMS and i + 1 < len(tokens) and (
            _is_capitalised(tokens[i + 1]) or bool(GAELIC_MUTATED.match(tokens[i + 1])))
    return prev in GAELIC_LINKS and i > 1 and tokens[i - 2].casefold() in GAELIC_PATRONYMS \
        and bool(GAELIC_MUTATED.match(tokens[i]))


ROMANCE_PARTICLES = {"da", "dos", "del", "della", "di", "los", "las", "do", "dalla", "dello", "degli", "dei"}  # lower case: surely a particle, not a word
GERMAN_LINKS = {"von", "der", "den", "dem", "zu", "vom", "zur"}  # German words as particles: "von der Heide"
PATRONYMIC = {"bin", "ibn", "bint"}  # "son/daughter of": a given name and the family name follow


def _particle(tokens: list[str], i: int) -> bool:
    """Token i is a name particle ("de", "van", "los"; "und" in "von und zu")."""
    low = tokens[i].casefold()
    return low in PARTICLES or low == DOUBLE_PARTICLE[1] and 0 < i < len(tokens) - 1 \
        and (tokens[i - 1].casefold(), tokens[i + 1].casefold()) == (DOUBLE_PARTICLE[0], DOUBLE_PARTICLE[2])


def _preposition_after_name(tokens: list[str], i: int, words: list[str]) -> bool:
    """German "von der" at i after a whole name (a first name and a surname): a name's particles
    stand between first name and surname ("Karl von der Heide"), so after the surname they open a
    phrase: "Christa Molitor | von der Arbeitgeberseite", "Jorinde Pfellmann | von der Werbegemeinschaft"."""
    j = i
    while j < len(tokens) and _particle(tokens, j):
        j += 1
    return all(t.casefold() in GERMAN_LINKS for t in tokens[i:j]) and len(words) >= 2 \
        and words[0].casefold() in firstnames() and words[-1].casefold() not in firstnames()


def _particles_then_name(tokens: list[str], i: int, lex: Lexicon | None = None) -> bool:
    """'von der Leyen': name particles followed by one capitalised name word (not 'von der
    Universität Halvstad', where an institution follows)."""
    first = i
    while i < len(tokens) and _particle(tokens, i):
        i += 1
    if i >= len(tokens) or not _is_capitalised(tokens[i]):
        return False
    several = i - first >= 2 and any(t.casefold() not in GERMAN_LINKS for t in tokens[first:i])  # not "von der"
    if lex is None or (several or any(t in ROMANCE_PARTICLES for t in tokens[first:i])) \
            and _entity_at(tokens, i, lex)[0] is None:  # ("de la Cruz Ortega": two particles, two surnames)
        return True  # "João da Costa Pereira": Iberian and Italian surnames have several parts
    if _entity_at(tokens, i, lex)[0] is not None or _group_at(tokens, i, lex)[0] or role_word(tokens[i], lex):
        return False
    if tokens[i - 1].casefold() in PATRONYMIC:  # "bin Rashid al-Qahtani": more names follow
        return True
    return i + 1 >= len(tokens) or not _is_capitalised(tokens[i + 1])


def _entity_label(ent: Entity) -> str:
    """How an entity is named as someone's affiliation."""
    return institution_name(ent.name, ent.affiliation) if ent.generic else ent.name


def parse_phrase(phrase: str, lang: str) -> Parsed:
    """Split a mention phrase into role, affiliation, name words or an entity."""
    p = _parse_cached(phrase, lang)
    # callers may change their copy: the lists and entities are copied too (as dataclasses.replace
    # would, at a tenth of its cost: no __init__ run over every field, ~3,000 phrases per 150 articles)
    return _copy(p, name=list(p.name), demonyms=list(p.demonyms), entity=_copy(p.entity) if p.entity else None,
                 of=_copy(p.of) if p.of else None)


def _copy(obj, **changes):
    """A shallow copy of a plain dataclass object (no __post_init__, no slots) with ``changes``."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__, **changes)
    return new


@lru_cache(maxsize=50000)
def _parse_cached(phrase: str, lang: str) -> Parsed:
    lex = lexicon(lang)
    party = ""
    bracket = PARENTHESIS.search(phrase)
    if bracket:  # "Anton Berger (SPD)": the party or organisation in brackets is the affiliation
        inner, _ = _entity_at(tokenize(bracket.group(1)), 0, lex)
        party = _entity_label(inner) if inner else ""
        phrase = phrase[: bracket.start()] + phrase[bracket.end() :]
    tokens, possessive = _tokenize_marked(phrase)
    p = _parse_tokens(tokens, lex, possessive)
    if lang == "en" and (_sentence_capital_only(tokens, p) or _name_after_role(tokens, p)):  # "Rail operator Eastline": read "rail operator Eastline"
        f = _first_word(tokens)
        lower = _parse_tokens(tokens[:f] + [tokens[f].lower()] + tokens[f + 1:], lex, possessive)
        if lower.name and lower.role or lower.entity is not None and not lower.entity.generic:
            p = replace(lower, clean=p.clean)
    if lang == "en" and (names := _words_before_role(tokens, p)):  # 'Harbourside mayor': no one named Harbourside
        first = tokens.index(names[0])
        p = replace(p, name=[], affiliation=" ".join(w for w in [p.affiliation, *tokens[first:-1]] if w))
    elif lang == "en" and _owner_before_title(tokens, p, lex):  # 'the Carnwick MP': whose MP, no one's name
        p = replace(p, name=[], role=p.name[-1], role_noun=p.name[-1], affiliation=" ".join(p.name[:-1]))
    if lang == "de" and p.name and not (p.entity or p.role):
        p = _unnamed_source(p, tokens, lex, possessive)
    if ("&" in p.name or is_club_name(p.name, lang)) and not p.entity:
        p.entity, p.name = Entity("organisation", " ".join(p.name)), []  # "Kranzl & Sohn", "SV Wiesmoos": no person
    if lang == "de" and p.name and (p.entity or p.role) and not any(w.casefold() in firstnames() for w in p.name):
        p = _body_with_place(p, lex)
    if lang == "de" and p.name and not (p.entity or p.role):
        body = _adjective_body(p)
        if body:
            p.entity, p.name = Entity("organisation", body), []
    if lang == "en" and p.definite and not p.role and " ".join(p.name).casefold() in word_set("party_members_en.txt"):
        p = replace(p, name=[], role=p.clean, role_noun=p.clean)  # "the Democrat": the person named before
    if lang == "en" and p.name and not p.entity and (p.name[-1].casefold() in lex.institutions
                                                     or p.name[-1].casefold() in organisation_words()
                                                     or _the_name_of(p, tokens)):
        p = _english_body(p, tokens, possessive)
    if lang == "en" and not p.entity and (run := _body_run(tokens, possessive, lex)):
        p = replace(p, entity=Entity("organisation", " ".join(tokens[run[0]:run[1]])), name=[], role="", role_noun="",
                    mapped_role="", affiliation="")
    if lang == "en" and p.entity is not None and (owner := _owner_of_body(tokens, possessive, p.entity)):
        p = replace(p, entity=replace(p.entity, name=p.entity.name.split(" ", 1)[1], affiliation=owner))
    if lang == "en" and p.entity is not None and p.entity.generic and p.affiliation and not possessive \
            and tokens[-1].casefold() == p.entity.name.split()[-1].casefold():  # (one body: not 'Ferry operators')
        p = _local_body(p, lex)
    if lang == "de" and p.role and _plural_adjectival_role(p.role_noun, tokens):
        p.role = p.role_noun = p.mapped_role = ""  # "die Abgeordneten", "den Vorsitzenden": many, no one person
        p.plural, p.gender = True, ""
    if lang == "en" and "," in phrase:
        p = _apposed_person(phrase, p)
    elif lang == "de" and "," in phrase and p.role and p.entity is None:
        p = _apposed_name_de(phrase, p)
    if party:
        p.affiliation = party
    if lang == "en" and len(p.name) > 2:
        p = glued_role(p, tokens, _first_word(tokens), lex)
    if lang == "en" and p.role:
        p.written_role = written_role(phrase, tokens, possessive, p, lex, lambda t, a, b: _named_owner(t, a, b, lex))
    return p


def _head_after_role(tokens: list[str], i: int, role: str) -> bool:
    """English: the role word at ``i`` heads the noun phrase the earlier role ``role`` opens, only
    lower-case describing words between ('a consultant | orthopaedic | surgeon': the surgeon is the role,
    the consultant's grade describes it); not after a comma, 'and' ('chairman and chief executive') or
    another function word that opens a phrase of its own ('a nurse married to a surgeon', 'a lawyer for
    the teacher': spaCy's English stop words, articles, prepositions and relative pronouns among them)."""
    # (imported when first needed: German runs import this module, and an import of spaCy before
    # extract.de.nlp.load() would skip its start-up stand-in for spacy.cli)
    from spacy.lang.en.stop_words import STOP_WORDS

    last = role.split()[-1] if role else ""
    k = next((j for j in range(i - 1, -1, -1) if tokens[j] == last), -1)
    return k >= 0 and tokens[i].islower() and all(t.isalpha() and t.islower() and t not in STOP_WORDS for t in tokens[k + 1:i])


def _named_owner(tokens: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Tokens a..b name a body (one the lexicon knows, or one with its legal form: "Velomar Inc.")
    or a country: whose the role after them is."""
    if any(t.casefold() in LEGAL_FORMS or t.casefold() + "." in LEGAL_FORMS for t in tokens[a:b]):
        return True
    ent, _ = _entity_at(tokens, a, lex)
    return ent is not None and not ent.generic and ent.kind in ("organisation", "country")


def _singular_role(tok: str) -> str:
    """The singular a German plural role noun may have: "Stadträtinnen" -> "Stadträtin", "Stadträte" ->
    "Stadtrat" (umlaut and -e); '' when the word has no such plural ending."""
    if tok.endswith("innen") and len(tok) > 7:
        return tok[:-3]
    m = re.match(r"^(.*)([äöü])([^äöüaeiou]*)e$", tok) if len(tok) > 4 else None
    return m.group(1) + {"ä": "a", "ö": "o", "ü": "u"}[m.group(2)] + m.group(3) if m else ""


def _is_apposed_name(words: list[str]) -> bool:
    """The words after a phrase's last comma may be a person's name: a known first name and one to three capitalised words."""
    return 2 <= len(words) <= 4 and first_name(words[0].casefold()) and all(map(_is_capitalised, words))  # ("María")


def _apposed_person(phrase: str, p: Parsed) -> Parsed:
    """'The owner of the Fox and Hounds, Trevor Stait', 'A Kilbarrow publican, Declan Furey': a
    description, then a comma and a person's name (a known first name and one to three capitalised
    words) - the name after the comma is whom the phrase names, the words before give the role."""
    head, _, tail = phrase.rpartition(",")
    words = tail.split()
    if not _is_apposed_name(words) or p.name == words and p.entity is None or not head.strip():
        return p
    named, described = _parse_cached(tail.strip(), "en"), _parse_cached(head.strip(), "en")
    if named.name != words or named.entity is not None or described.entity is not None and not described.entity.generic:
        return p  # a body's name ('Harland Bank, Valdoria') or no plain name after the comma
    owner = described.affiliation or " ".join(described.name)
    return replace(described, name=list(words), entity=None, affiliation=owner, gender=named.gender or described.gender)


def _apposed_name_de(phrase: str, p: Parsed) -> Parsed:
    """'Der Oppositionsführer in Valdoria, Ignacio Barrenechea', 'Der Außenminister Valdorias, Tomás
    Erreguerena': a role whose place the parse took for a name, then a comma and a person's name (a
    known first name and one to three capitalised words): the role is that person's."""
    words = phrase.rpartition(",")[2].split()
    role = words[0] if len(words) >= 3 and role_word(words[0], lexicon("de")) and _is_apposed_name(words[1:]) else ""
    words = words[1:] if role else words  # "Sein Vorgesetzter, Hafenmeister Olaf Brandes": the name beside the role beats it
    if not _is_apposed_name(words) or p.name == words or p.name and p.name[0].casefold() in firstnames():
        return p  # (a person named before the comma keeps the role: "Ministerin Petra Kallweit und der …, Udo Brenner")
    named = _parse_cached(" ".join(words), "de")
    if named.name != words or named.entity is not None:
        return p
    if role:
        return replace(p, name=list(words), role=role, role_noun=role, gender=named.gender or p.gender)
    return replace(p, name=list(words), gender=named.gender or p.gender)


def _unnamed_source(p: Parsed, tokens: list[str], lex: Lexicon, possessive: frozenset[int]) -> Parsed:
    """A name-shaped phrase that names unnamed sources (anonymous_de.txt): "Informierten Kreisen"
    (an adjective capitalised at the sentence start), "der Zeitung" alone: a group, no one's name;
    and an adjective capitalised at the sentence start before a source noun with no owner
    ("Offiziellen Angaben zufolge", "Ersten Schätzungen zufolge"): a source, no one's name."""
    f = _first_word(tokens)
    if len(p.name) == 1 and is_anonymous(p.name[0], "de"):
        return replace(p, name=[], entity=Entity("group", p.name[0], generic=True))
    if f + 1 < len(tokens) and tokens[f][-2:] in ("en", "er", "es", "em") or f + 1 < len(tokens) and tokens[f][-1:] == "e":
        lower = _parse_tokens(tokens[:f] + [tokens[f].lower()] + tokens[f + 1:], lex, possessive)
        if lower.entity is not None and lower.entity.kind == "group" and is_anonymous(tokens[-1], "de") \
                or lower.source and not lower.name and lower.entity is None:
            return replace(lower, clean=p.clean)
    return p


def _body_with_place(p: Parsed, lex: Lexicon) -> Parsed:
    """A body and the capitalised words after it, none a first name, name one body: a known
    organisation's branch ("der Caritas Westerhald" -> "Caritas Westerhald") or a council whose
    noun is no person's title ("der Flüchtlingsrat Wernsdorf"; "Stadtrat Wernsdorf" stays a
    councillor, titles_de.txt): a person needs a first name or a title."""
    council = council_noun(p.role_noun, "de") if p.role and not p.entity and not p.affiliation else ""
    if council and not role_word(council, lex, heads=False) and p.clean.split()[0] == p.role_noun:
        name = council
    elif p.entity is not None and p.entity.kind == "organisation" and not (p.entity.generic or p.role or p.source) \
            and len(p.name) <= 2 and all(_is_capitalised(w) for w in p.name):
        name = p.entity.name
    else:
        return p
    entity = Entity("organisation", " ".join([name, *p.name]))
    return replace(p, entity=entity, name=[], role="", role_noun="", mapped_role="", gender="", affiliation="")


def _adjective_body(p: Parsed) -> str:
    """Capitalised adjectives, an institution noun and the name words after it, in the nominative:
    "laut Statistischem Landesamt" -> "Statistisches Landesamt", "dem Statistischen Landesamt
    Ostmark" -> "Statistisches Landesamt Ostmark", "Kantonales Amt für Wald"; '' when it is none. After the
    adjectives, a noun whose ending names a kind of body (orgs_genders_de.tsv: "das Diakonische
    Werk Lahnbrunn" -> "Diakonisches Werk Lahnbrunn") is the body's noun too."""
    k = next((i for i, w in enumerate(p.name) if i and (is_institution_word(w, "de") or council_noun(w, "de")
                                                          or _head(w)[1])), 0)
    body = nominative_body(p.name[:k + 1]) if k else ""
    if not body or k + 1 < len(p.name) and p.name[k + 1].casefold() in firstnames():
        return ""
    tail = p.clean.partition(p.name[-1])[2]
    return " ".join([body, *p.name[k + 1:]]) + (tail if k + 1 == len(p.name) and tail.startswith(" für ") else "")


def _english_body(p: Parsed, tokens: list[str], possessive: frozenset[int]) -> Parsed:
    """'the Port Authority of Eastmere', 'the Marlow County Sheriff's Office': capitalised words
    ending in a body noun ('Authority', 'Office') name one body, with an 'of' and a name after
    it, or with a role's possessive before it ('Sheriff's'); the NER's person reading is wrong."""
    last = max(i for i, t in enumerate(tokens) if t == p.name[-1])
    first = next(i for i in range(last, -1, -1) if i == 0 or not _is_capitalised(tokens[i - 1]))
    while first < last and tokens[first].casefold() in ARTICLES:
        first += 1  # 'The' opening a sentence
    end = _name_tail_end(tokens, last + 1, lexicon("en"))
    if end > last + 1 and (end == len(tokens) or tokens[end] == ","):
        pass  # 'the Office for National Statistics': the tail is part of the name
    elif not (p.role and possessive & set(range(first, last))):
        return p
    else:
        end = last + 1
    words = [t + ("'s" if i in possessive else "") for i, t in enumerate(tokens[first:end], first)]
    return replace(p, entity=Entity("organisation", " ".join(words)), name=[], role="", role_noun="", mapped_role="",
                   affiliation="")


BODY_RUN_LINKS = ("and", "&")


def _body_run(tokens: list[str], possessive: frozenset[int], lex: Lexicon) -> tuple[int, int] | None:
    """An English body's name read from its grammar: capitalised words, joined by "and"/"&" between
    two of them, that close the phrase with a body's head noun ("Union", "Alliance", "Association"):
    all its words are the name ("the Warehouse and Logistics Alliance", "the Larkmoor Coach Drivers
    Union"), none of them a role or a person's name. Read where the name's words are coordinated or a
    title word stands among them ("Coach"); (first, end) of the run, else None. A role with a
    portfolio ("Minister for Housing and Local Government") has "for"/"of" and is no run."""
    first = _after_articles(tokens)
    last = len(tokens) - 1
    if last - first < 1 or possessive - {last} or not _is_capitalised(tokens[last]) or not _body_head(tokens[last], lex):
        return None
    words = tokens[first:last + 1]
    if not all(_is_capitalised(w) or w in BODY_RUN_LINKS and 0 < n < len(words) - 1 and _is_capitalised(words[n + 1])
               for n, w in enumerate(words)):
        return None
    if any(role_word(w, lex) and words[n + 1].casefold() in firstnames() for n, w in enumerate(words[:-1])) \
            or any(_conjunct_is_own_actor(c, lex) for c in _conjuncts(words)[:-1]):
        return None  # a titled person coordinated with a body: "Mayor Tom Fielding and Council"
    linked = any(w in BODY_RUN_LINKS for w in words)
    titled = any(role_word(w, lex) for w in words[:-1])
    return (first, last + 1) if linked or titled else None


def _conjuncts(words: list[str]) -> list[list[str]]:
    """The words between a body run's links: "Mara Quint | and | Tenants Union" → two conjuncts."""
    out: list[list[str]] = [[]]
    for w in words:
        out.append([]) if w in BODY_RUN_LINKS else out[-1].append(w)
    return out


def _conjunct_is_own_actor(words: list[str], lex: Lexicon) -> bool:
    """A conjunct before "and" that names an actor of its own makes the run two actors, not one
    body's name: a person by title ("Mayor and Council", "Senator Hale and Farmers Union"), a full
    name opening with a first name ("Mara Quint and Tenants Union"; a lone "Victoria and Albert
    Museum" stays), or a body closing in its own head noun ("Farmers Union and Growers Association")."""
    if not words:
        return False
    return bool(role_word(words[0], lex)) or len(words) > 1 and words[0].casefold() in firstnames() \
        or _body_head(words[-1], lex)


def _body_head(word: str, lex: Lexicon) -> bool:
    """A body's head noun, an institution or organisation word ("Union", "Alliance", "Association")."""
    low = word.casefold()
    return low in lex.institutions or low in organisation_words()


def _after_articles(tokens: list[str]) -> int:
    """The index of the first token that is no article ("the Larkmoor Coach Drivers Union" → 1)."""
    first = 0
    while first < len(tokens) and tokens[first].casefold() in ARTICLES:
        first += 1
    return first


def _owner_of_body(tokens: list[str], possessive: frozenset[int], body: Entity) -> str:
    """A place's possessive before an English body's name is whose body it is, no part of its name
    ("Lusovia's Office for Civil Security" → Office for Civil Security, of Lusovia), where the owner
    is a name, no common word of the model's index ("the Sheriff's Office", "Children's Hospital" keep it)."""
    first = _after_articles(tokens)
    if first not in possessive or first + 1 >= len(tokens) or not _is_capitalised(tokens[first + 1]):
        return ""
    owner = tokens[first]
    named = body.name.startswith((owner + "'s ", owner + "’s ", owner + " ")) and len(body.name.split()) > 1
    return owner if named and _is_capitalised(owner) and is_dictionary_word(owner) is False else ""


LOCAL_PLACE = re.compile(r"[A-Z][a-z]+(?:ia|land|stan)")  # 'Valdoria', 'Norrland': a country's shape


def _local_body(p: Parsed, lex: Lexicon) -> Parsed:
    """'the Millbrook school district', 'the Westbury water company': a name that is no country
    (known or shaped like one) written before a body noun names that one body, as written
    ('Millbrook School District'), not the district of a place 'Millbrook'."""
    aff = p.affiliation
    if p.entity.affiliation != aff or aff.casefold() in lex.countries or aff.casefold() in lex.capitals \
            or aff.casefold() in lex.organisations or LOCAL_PLACE.fullmatch(aff) or demonym_stem(aff, "en"):
        return p
    name = institution_name(f"{aff} {p.entity.name}", "")
    return replace(p, entity=Entity("organisation", name), affiliation="")


def _the_name_of(p: Parsed, tokens: list[str]) -> bool:
    """'The Friends of Marlow Common', 'the Alliance for Safer Streets': 'the', capitalised words
    that start with no first name, then 'of' / 'for': a body's name (a person's takes no article)."""
    after = next((i + 1 for i, t in enumerate(tokens) if t == p.name[-1]), len(tokens))
    return (p.definite and not p.role and p.name[0].casefold() not in firstnames()
            and after < len(tokens) and tokens[after] in ("of", "for"))


def _sentence_capital_only(tokens: list[str], p: Parsed) -> bool:
    """An English phrase whose only name is its first word, a capitalised common noun before
    lower-case words ("Rail | operator Eastline"): the capital may be the sentence's only."""
    f = _first_word(tokens)
    nxt = tokens[f + 1] if f + 1 < len(tokens) else ""
    # ('Shadow | housing secretary': a noun in -ing may qualify the role)
    return (p.name == tokens[f:f + 1] and p.entity is None and (_lower_noun(nxt) or nxt.endswith("ing") and nxt.isalpha()
                                                                 and nxt.islower() and nxt not in NOT_ROLE_NOUNS)
            and tokens[f].isalpha() and tokens[f].casefold() not in firstnames())


def _words_before_role(tokens: list[str], p: Parsed) -> list[str]:
    """The capitalised words an English phrase reads as a name when a lower-case role noun ends it
    ("Harbourside mayor", "Dunmore pensioner", the headline way of naming someone):
    a person's name never stands before its role without a comma, so they qualify the role (a
    place, a body) and name no one. None when one of them is a known first name, and for one of
    a body's people ('a Meridane representative', 'Harwell spokesman'), who speaks for the body."""
    if not p.name or p.entity is not None or not tokens or "," in tokens or p.indefinite or p.spokesperson:
        return []  # ('a Meridane representative', 'Harwell spokesman': the body's voice, read by its name)
    last = tokens[-1]
    # (a title in capitals may follow a name: 'Oona Brack QC'; only a lower-case role noun tells, or an
    # article, which no name takes: 'the Dunmere West MP')
    if not ((last.islower() or p.definite) and p.role_noun.casefold() == last.casefold()):
        return []
    if any(w.casefold() in firstnames() for w in p.name) or not set(p.name) <= set(tokens[:-1]):
        return []
    return p.name


def _owner_before_title(tokens: list[str], p: Parsed, lex: Lexicon) -> bool:
    """An English definite phrase of capitalised words ending in a title ("the Carnwick MP", "the
    Heartland MP", "the Ashbury Mayor"): a person's name takes no article, so the words before the
    title say whose office it is (a place, a party) and the phrase refers to its holder."""
    return (p.definite and not p.role and p.entity is None and len(p.name) >= 2 and tokens[-1] == p.name[-1]
            and p.name[-1].casefold() in lex.titles and p.name[0].casefold() not in firstnames()
            and not any(w.casefold() in lex.titles for w in p.name[:-1]))


def _name_after_role(tokens: list[str], p: Parsed) -> bool:
    """An English phrase read as named by its capitalised first word, while a person's full name
    (a known first name and one to three capitalised words) ends it after lower-case words
    ("Marine | biologist Sian Pryce", "Kerry | county councillor Eileen Crowe"): a name is not split
    by a role, so the first word qualifies the role (a field, a place) and the name is the last one."""
    f = _first_word(tokens)
    if f >= len(tokens) or p.name != tokens[f:f + 1] or p.entity is not None or not tokens[f].isalpha():
        return False
    rest = tokens[f + 1:]
    k = len(rest)
    while k > 0 and _is_capitalised(rest[k - 1]):
        k -= 1
    tail = rest[k:]
    return k >= 1 and 2 <= len(tail) <= 4 and tail[0].casefold() in firstnames() and all(w.islower() for w in rest[:k])


def _plural_adjectival_role(role_noun: str, tokens: list[str]) -> bool:
    """'Abgeordneten', 'Vorsitzenden' after 'die' / 'den' or with no article is a plural; after
    'der', 'des', 'dem', 'einer' it is one person ('der Vorsitzenden des Verbands, Britta Sohl')."""
    if not role_noun.casefold().endswith(tuple(e + "n" for e in NEUTRAL_ROLE_ENDINGS)):
        return False
    first = tokens[0].casefold() if tokens else ""
    return first in ("die", "den") or first == role_noun.casefold()


RANK = re.compile(r"(?:erst|zweit|dritt|viert)(?:e|er|en)")  # an ordinal before a role noun

PARENTHESIS = re.compile(r"\s*\(([^()]{1,40})\)")


def _parse_tokens(tokens: list[str], lex: Lexicon, possessive: frozenset[int] = frozenset()) -> Parsed:
    # Long (about 220 lines, listed in tests/long_code_exemptions.txt): one left-to-right pass in
    # which every rule family (articles, titles and roles, names with particles, organisations,
    # groups) reads and moves the same cursor. Splitting it means one function per family that
    # takes and returns the cursor; the lexicons those families use are already in roles.py and
    # lexicon.py.
    lang = lex.lang
    p = Parsed()
    i = 0
    genitive = bool(tokens) and tokens[0].casefold() == "des"
    while i < len(tokens) and (tokens[i].casefold() in ARTICLES | QUANTIFIERS
                               or lang == "en" and tokens[i].casefold() == "one" and i + 1 < len(tokens)):
        low = tokens[i].casefold()
        p.definite |= low in DEFINITE
        p.article = p.article or (low if low in DEFINITE else "")
        p.indefinite |= low in INDEFINITE or low == "one"  # "one neighbour said": someone unnamed
        p.plural |= low in QUANTIFIERS
        i += 1
    if lang == "de" and not p.definite and any(t.casefold() in UNNAMED_MANY_DE for t in tokens[:i]):
        p.indefinite = True  # "mehrere Stadträte", "einige Minister": many unnamed people
    if lang == "de" and _first_of_two_roles(tokens, i, lex):
        i += 2  # one person, two roles: "der Winzer und Kreisrat Philipp Straub" is Kreisrat Philipp Straub
    p.clean = " ".join(t for t in tokens[i:] if t != ",")
    while i < len(tokens):
        tok, low = tokens[i], tokens[i].casefold()
        if tok == ",":
            i += 1
            continue
        if p.name:  # after the name only an apposition may add a role: "Jens Stoltenberg, Nato-Chef"
            p.source |= lang == "de" and _saxon_genitive(tokens, tokens[i - 1], lex)  # "Wendts Worten"
            rw = role_word(tok, lex, heads=tokens[i - 1] == ",")  # not the surname "Anna Hofmeister"
            n, _ = _longest(tokens, i, lex.titles, lex.max_words)
            if (rw or n) and (not p.role or lang == "en" and _head_after_role(tokens, i, p.role_noun)):
                words = " ".join(tokens[i : i + max(n, 1)])
                p.role, p.role_noun = words, words
                p.mapped_role, aff = (rw[1], rw[2]) if rw and not n > 1 else ("", "")
                p.affiliation = p.affiliation or aff
                i += max(n, 1)
                continue
            if low in OF_WORDS and p.role:
                ent, j, _ = _of_entity(tokens, i + 1, lex, genitive=low == "des")
                if ent:
                    p.affiliation = p.affiliation or _entity_label(ent)
                    i = j
                    continue
            i += 1
            continue
        if lang == "de" and low == "für" and p.role and not p.entity and i + 1 < len(tokens) \
                and _is_capitalised(tokens[i + 1]):  # a portfolio, no name: "die Landesrätin für Verkehr (und Umwelt)"
            i += 2
            while i + 1 < len(tokens) and tokens[i] == "und" and _is_capitalised(tokens[i + 1]):
                i += 2
            continue
        if lang == "en" and low in ("for", "of") and p.role and (k := _portfolio_end(tokens, i + 1)):
            p.affiliation = p.affiliation or " ".join(tokens[i + 1 : k])  # "Minister for Housing | Dermot Roe"
            i = k
            continue
        if low in OF_WORDS and (p.role or p.entity or p.source) and not (i and tokens[i - 1] == ","):
            # (after a comma "der" opens an apposition: "Ihr Sprecher, der Tischler Jens Pölitz")
            ent, j, run = _of_entity(tokens, i + 1, lex, genitive=low == "des")
            if ent is None:
                i += 1
                continue
            ent.definite |= low in ("des", "der", "vom", "beim")  # the article is in the "of" word
            if p.source and not p.role and not p.entity:  # "Angaben der Polizei": the police speak
                if run and ent.name.split()[0].casefold() in firstnames():
                    p.name = ent.name.split()  # "nach Angaben von Ilka Marwen"
                elif run and (who := _parse_tokens(tokens[i + (low not in ARTICLES):j], lex)).name and who.role:
                    # "Bericht des Kämmerers Bernd Falkner", "Appell des Uno-Gesandten Jan Ohm": a role, then the name
                    p.name, p.role, p.role_noun, p.gender = who.name, who.role, who.role_noun, who.gender
                elif run and _unnamed_owner(tokens[i + (low in ("von", "vom")):j], lex, p):
                    pass  # "nach Einschätzung von Analysten", "nach Ansicht der Seniorenvertreter": as the owner alone
                elif run:
                    p.entity = Entity("unknown", ent.name)  # "Schätzungen des Sundbunds": someone named
                else:
                    p.entity = ent
            elif p.role and lang == "de" and low == "von" and _place_of_body(p.of, ent, run, lex):
                p.of = Entity("organisation", f"{p.of.name} von {ent.name}", definite=True)  # "ein Sprecher der
                p.affiliation = p.of.name  # Staatsanwaltschaft von Maravilla": the body with its place
            elif p.role:
                p.of = ent
                p.affiliation = p.affiliation or _entity_label(ent)
            elif lang == "de" and low == "von" and _place_of_body(p.entity, ent, run, lex):
                p.entity = Entity("organisation", f"{p.entity.name} von {ent.name}")  # "der Küstenwache von Puerto Alcor"
            elif p.entity and p.entity.kind == "group":
                p.entity.affiliation = p.entity.affiliation or _entity_label(ent)
            i = j
            continue
        if lang == "de" and RANK.fullmatch(low) and i + 1 < len(tokens) and role_word(tokens[i + 1], lex):
            if not p.role:  # "Erster Polizeihauptkommissar", "Zweite Bürgermeisterin": the rank is part of the role
                p.role = p.role_noun = f"{tok} {tokens[i + 1]}"
            i += 2
            continue
        if low in QUANTIFIERS or low in MODIFIERS or low in ARTICLES:
            i += 1
            continue
        if low in HONORIFICS or lang == "de" and (tok in words_as_written("academic_titles_de.txt")
                                                  or low in RELIGIOUS_ADDRESS and _is_capitalised(tokens[i + 1] if i + 1 < len(tokens) else "")):
            p.gender = p.gender or HONORIFICS.get(low, RELIGIOUS_ADDRESS.get(low, ""))  # ("Bürgermeisterin DI X": a degree, as written)
            i += 1
            continue
        n, _ = _longest(tokens, i, lex.sources, lex.max_words)
        if n:
            p.source = True
            i += n
            continue
        if lang == "en" and tok in title_capitals("en") and i + 1 < len(tokens) and _is_capitalised(tokens[i + 1]):
            if not p.role:  # "DI Lomas", "Sister Ann Quill": a title only as written (title_capitals_en.tsv)
                p.role = p.role_noun = title_capitals("en")[tok]
            i += 1
            continue
        # multi-word role nouns and titles ("Prime Minister", "Kremlin spokesman")
        n, hit = _longest(tokens, i, lex.roles, lex.max_words)
        if n > 1:
            words = " ".join(tokens[i : i + n])
            role, aff = hit
            p.role, p.role_noun = words, words
            p.mapped_role = role if role.casefold() != words.casefold() else ""
            p.affiliation = p.affiliation or aff
            i += n
            continue
        n, hit = _longest(tokens, i, lex.titles, lex.max_words)
        if n > 1 or (n == 1 and lang == "en"):
            words = " ".join(tokens[i : i + n])
            p.role, p.role_noun = words, words
            i += n
            continue
        n, hit = _longest(tokens, i, lex.plural_titles, lex.max_words)
        if n and not p.role:  # "Foreign ministers of the Sundbund": many holders of a role
            words = " ".join(w[:1].upper() + w[1:] for w in tokens[i : i + n])
            p.entity = Entity("group", words, p.affiliation, generic=True)
            p.plural = True
            i += n
            continue
        named_company = lang == "de" and _company_named(tokens, i, lex)
        company = named_company and (
            i + 2 == len(tokens) or not _is_capitalised(tokens[i + 2]))  # "Onlinehändler Kaufnett": no person
        rw = role_word(tok, lex) if lang == "de" and not company else None
        if rw is None and lang == "de" and p.plural and not company and (one := _singular_role(tok)):
            rw = role_word(one, lex)  # "mehrere Stadträte", "einige Stadträtinnen": holders of a role
        if rw and (i + 1 < len(tokens) or p.definite or p.indefinite or p.affiliation or i > 0
                   or low not in lex.titles and role_word(tok, lex, heads=False)):
            # a bare exact title ("König") or head compound ("Hofmeister") may be a surname
            p.role, p.mapped_role, aff = rw
            p.role_noun = tok
            if low.endswith(("ern", "eln")) and rw[0].casefold() == low[:-1]:  # "von Kommunalpolitikern":
                p.plural, p.indefinite = True, p.indefinite or not p.definite  # many unnamed people
            p.affiliation = p.affiliation or aff
            i += 1
            continue
        country = _adjective_country(tok, lex)
        if country and lang == "de" and not p.role and i and tokens[i - 1].casefold() in ARTICLES and _is_capitalised(tok) \
                and _stem(tok):  # (not "das Schweizer Bundesamt": a place adjective is always capitalised)
            ent, j = _entity_at(tokens, i + 1, lex)  # "des Deutschen Wetterdienstes": the capital names the body
            if ent is not None and ent.kind == "organisation" and not ent.affiliation:
                p.entity, i = _proper_adjective(tok, ent), j
                continue
        if lang == "de" and not country and _adjective_before_body(tokens, i, p):
            ent, j = _entity_at(tokens, i + 1, lex)  # "Die Freie Bürgerliste Ostwalde": the adjective is in the name
            if ent is not None and ent.kind == "organisation" and not (ent.generic or ent.affiliation or ent.descriptor):
                p.entity, i = _proper_adjective(tok, ent), j
                continue
        if country and (lang == "en" or not _is_capitalised(tok) or i + 1 < len(tokens)):
            nxt_country = i + 1 < len(tokens) and lex.countries.get(" ".join(tokens[i:i + 2]).casefold())
            named_org = _longest(tokens, i, lex.organisations, lex.max_words)[0] > 1  # "Deutsche Bahn": a name
            if not nxt_country and low not in lex.countries and not named_org:
                p.affiliation = p.affiliation or country
                i += 1
                continue
        if lang == "en" and not p.role and not p.name and _is_capitalised(tok) and low not in firstnames():
            run_end = _name_run(tokens, i, lex)[1]
            role_start, role_end = _descriptor_role(tokens, run_end, lex)
            if role_start > run_end:  # "Health board chief Moira Quill": the body described, its role, the person
                p.affiliation = p.affiliation or " ".join(tokens[i:role_start])
                p.role = p.role_noun = " ".join(tokens[role_start:role_end])
                i = role_end
                continue
        group, j = _group_at(tokens, i, lex) if not named_company else ("", i)
        if not group and lang == "en" and not p.role and tok.isalpha() and tok.islower() and i + 1 < len(tokens) \
                and not role_word(tok, lex) and not _longest(tokens, i, lex.institutions, lex.max_words)[0]:
            group, j = _group_at(tokens, i + 1, lex)  # "insurance analysts": a qualified group noun
            if group and (j == len(tokens) or tokens[j] == "," or tokens[j].casefold() in OF_WORDS):
                group = tok + " " + group
            else:
                group, j = "", i
        if group and not p.role and lang == "de" and (one := _weak_singular_role(tokens, i, j, lex)):
            p.role = p.role_noun = one  # "dem Meteorologen Jan Terhorst", "vom Ökonomen Felix Hartmann": one person
            i = j
            continue
        if group and not p.role:
            p.entity = Entity("group", group, p.affiliation, generic=True)
            p.plural = True
            i = j
            continue
        ent, j = _entity_at(tokens, i, lex)
        if ent and lang == "en" and ent.kind == "country" and _first_name_first(tokens, i, j, lex):
            ent = None  # "Jordan Pettis", "Georgia Lake": a first name, not the country
        if ent and not ent.generic and not p.role and j < len(tokens):
            group, k = _group_at(tokens, j, lex)  # "Norrland diplomats", "NATO officials"
            if group:
                p.entity = Entity("group", group, _entity_label(ent), generic=True)
                p.plural = True
                i = k
                continue
        if ent:
            if j < len(tokens) and tokens[j] != "," and (_longest(tokens, j, lex.titles, lex.max_words)[0]
                                                         or _role_of_person(tokens, j, lex)
                                                         or _longest(tokens, j, lex.institutions, lex.max_words)[0]):
                p.affiliation = _entity_label(ent)  # "NATO Secretary General", "Kremlin spokesman", "Russia's ministry"
                i = j
                continue
            if not p.role:
                if ent.generic and p.affiliation and not ent.affiliation:
                    ent.affiliation = p.affiliation
                p.entity = ent
            else:
                p.of = p.of or ent
                p.affiliation = p.affiliation or _entity_label(ent)
            i = j
            continue
        source_of = _source_compound(tok, lex)
        if source_of is not None:  # "Polizeiangaben" -> the police; "Medienberichten" -> no one
            p.source = True
            p.entity = p.entity or source_of or None
            i += 1
            continue
        if low in lex.capitals and not p.role and not (lang == "en" and _first_name_first(tokens, i, i + 1, lex)):
            p.capital = lex.capitals[low]
            i += 1
            continue
        country = demonym_noun(tok, lang) if (p.definite or p.indefinite) and not p.role and not p.name else ""
        if country and (i + 1 == len(tokens) or tokens[i + 1] == ","):  # "der Niederländer": a description
            p.role, p.role_noun = tok, tok
            p.affiliation = p.affiliation or country
            i += 1
            continue
        if _is_capitalised(tok):
            words, j = _name_run(tokens, i, lex)
            k = _apposed_title(words, tokens, j, lex) if lang == "en" and not p.role and not p.name else None
            if k is not None:  # "The Health Secretary, Alan Brightwell": a capitalised role, then the name
                p.role = p.role_noun = " ".join(words[k:])
                p.affiliation = p.affiliation or " ".join(words[:k])
                i = j
                continue
            # "Tal's lawyer, Georg Fenn": the possessor of a role is whom the role belongs to
            if not p.role and not p.name and j - 1 in possessive and j < len(tokens) and _role_at(tokens, j, lex):
                p.affiliation = p.affiliation or " ".join(words)
                i = j
                continue
            if lang == "en" and not p.role and not p.name and j - 1 in possessive and j + 2 < len(tokens) \
                    and _lower_noun(tokens[j]) and tokens[j + 1] == "," and _is_capitalised(tokens[j + 2]):
                p.affiliation = p.affiliation or " ".join(words)  # "Tal's barrister, Georg Fenn"
                p.role, p.role_noun = tokens[j], tokens[j]
                i = j + 1
                continue
            # "Insurance analysts", "Sundbund diplomats": a qualifier or owner before a group noun
            if lang == "en" and not p.role and not p.name and j < len(tokens) and len(words) <= 2 \
                    and words[0].casefold() not in firstnames():
                group, k = _group_at(tokens, j, lex)
                if group and (k == len(tokens) or tokens[k] == "," or tokens[k].casefold() in OF_WORDS):
                    owner, _ = _named_entity_at(words, 0, lex)
                    if owner is not None:
                        p.entity = Entity("group", group, _entity_label(owner), generic=True)
                    else:
                        p.entity = Entity("group", " ".join(words) + " " + group, p.affiliation, generic=True)
                    p.plural = True
                    i = k
                    continue
            # "Sundbund Secretary-General Mira Sandell", "Norrland's transport ministry": the run
            # names whom the role or institution after it belongs to
            if (not p.role and j < len(tokens) and tokens[j] != "," and words[0].casefold() not in firstnames()
                    and (_title_follows(tokens, j, lex) or _institution_at(tokens, j, lex) or _owner_role(tokens, j, words, lex)
                         or (lang == "en" and _lower_role_before_name(tokens, j, known_first=False)))):
                label = " ".join(words)
                if lang == "de" and len(words) == 1 and label.endswith("s") and len(label) > 3:
                    label = label[:-1]  # "Putins Sprecher" -> Putin
                if lang == "en" and len(words) == 1 and demonym_stem(label, lang):
                    p.demonyms.append(label)  # "Kestrian Defence Minister"
                else:
                    p.affiliation = p.affiliation or label
                i = j
                continue
            lead = _words_before_first_name(words, p.definite) if lang == "de" and not p.name else 0
            if lead and not p.role:  # "Tischler Jens Pölitz", "Tiroler Bergführerin Anna Muster": unlisted roles
                p.role = p.role_noun = words[lead - 1]
                p.affiliation = p.affiliation or " ".join(words[: lead - 1])
            words = words[lead:]  # ("Ihr Sprecher, der Tischler Jens Pölitz": the first role stays)
            p.name.extend(words)
            i = j
            continue
        if lang == "en" and not p.name and not p.role and _lower_role_before_name(tokens, i, known_first=not p.affiliation):
            p.role, p.role_noun = tok, tok  # "Brinmouth striker Sam Okoro": an unlisted role noun
            i += 1
            continue
        if not p.name and not p.role and low in PARTICLES and _particles_then_name(tokens, i, lex) \
                and all(t.casefold().rstrip(".") in HONORIFICS for t in tokens[_first_word(tokens):i]):  # ("Frau ten Brink")
            k = i  # a surname with its particles, alone: "von der Heide", "van Dongen"
            while _particle(tokens, k):
                k += 1
            words, j = _name_run(tokens, k, lex)
            p.name.extend(tokens[i:k] + words)
            i = j
            continue
        if not p.name and low not in PARTICLES:
            p.common = True
            if demonym_stem(tok, lang):
                p.demonyms.append(tok)  # "valdorische": a country the article may name
        i += 1
    if lang == "de" and p.source and p.name and _saxon_genitive(tokens, p.name[-1], lex):
        p.name[-1] = p.name[-1][:-1]  # "Wendts Worten", "Nach Anna Wendts Angaben": Anna Wendt
    if genitive and len(p.name) == 1 and lang == "de" and p.name[0].endswith("s") and len(p.name[0]) > 4:
        p.name[0] = _genitive_word(p.name[0])  # "des Städtetags", "des Landes"
    if not p.gender:
        first = p.name[0].casefold() if len(p.name) > 1 else ""
        if first:
            p.gender = firstnames().get(first) or firstnames().get(first.split("-")[0], "")
    if not p.gender and p.role:
        p.gender = _role_gender(p.role, lang, tokens[0].casefold() if tokens else "")
    return p


def _first_of_two_roles(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """Token i, after the article, opens "Noun und Role Name": one person's first role, joined by
    "und" to a second role noun with no article of its own that the name follows ("der Landwirt
    und Kreisrat Bernd Hohlfeld", "die Ärztin und Grünen-Politikerin Mira Sahin"). Not a first
    name ("Anna und Stadtrat Jens Roth"), not a body ("die Gemeinde und Bürgermeister Jens Roth"):
    two actors; "und die Bürgermeisterin …" has its own article and never comes here."""
    return 0 < i and i + 3 < len(tokens) and tokens[i + 1] == "und" and _is_capitalised(tokens[i]) \
        and _is_capitalised(tokens[i + 3]) and role_word(tokens[i + 2], lex) is not None \
        and tokens[i].casefold() not in firstnames() and not _institution_at(tokens, i, lex) \
        and not is_institution_word(tokens[i], lex.lang)


def _adjective_before_body(tokens: list[str], i: int, p: Parsed) -> bool:
    """Token i is a capitalised adjective after the article, before a body's noun: "die Freie
    Bürgerliste X", "die Unabhängige Wählergemeinschaft Y" (nothing read before it)."""
    tok = tokens[i]
    return 0 < i < len(tokens) - 2 and tokens[i - 1].casefold() in ARTICLES and _is_capitalised(tok) \
        and tok.endswith(("e", "en", "es")) and tok.casefold() not in MODIFIERS and _is_capitalised(tokens[i + 1]) \
        and not (p.role or p.name or p.entity) and tok.isalpha()  # (not "Basler": a place's adjective)


def _portfolio_end(tokens: list[str], i: int) -> int:
    """'Minister for Housing Dermot Roe': where a known first name opens the name after the
    capitalised words of a portfolio ('and' between them), or 0."""
    k = i
    while k < len(tokens) and (_is_capitalised(tokens[k]) or tokens[k] == "and" and k > i):
        if k > i and tokens[k].casefold() in firstnames() and k + 1 < len(tokens) and _is_capitalised(tokens[k + 1]):
            return k
        k += 1
    # no first name known: a run of three or more capitalised words ends in a two-word name
    return k - 2 if k == len(tokens) and k - i >= 3 and "and" not in tokens[k - 2 : k] else 0


def _first_name_first(tokens: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """A place's name that is also a first name, right before a capitalised word that is no title,
    body or group: the start of a person's name ("Jordan Pettis", not "Jordan Foreign Minister")."""
    return (i == j - 1 and tokens[i].casefold() in firstnames() and j < len(tokens) and _is_capitalised(tokens[j])
            and not _role_at(tokens, j, lex) and not _institution_at(tokens, j, lex) and not _group_at(tokens, j, lex)[0]
            and _entity_at(tokens, j, lex)[0] is None and tokens[j].casefold() not in organisation_words())


def _genitive_word(word: str) -> str:
    """'Städtetags' -> 'Städtetag', 'Kreises' -> 'Kreis', 'Landes' -> 'Land' (not 'Lande')."""
    return word[:-2] if word.endswith("ses") else genitive_stem(word)


def _saxon_genitive(tokens: list[str], last: str, lex: Lexicon) -> bool:
    """A name's last word in the genitive right before a source noun ("Wendts Worten")."""
    k = tokens.index(last) if last in tokens else -1
    return last.endswith("s") and len(last) > 3 and last.casefold() not in firstnames() and 0 <= k < len(tokens) - 1 \
        and tokens[k + 1].casefold() in lex.sources


def _words_before_first_name(words: list[str], definite: bool = False) -> int:
    """How many capitalised words stand before the first listed first name of a German name run,
    when a first name and a surname follow them ("Tischler | Jens Pölitz"); 0 otherwise. With no
    listed first name, three plain words are a role noun and a name when an article stands before
    them or the first has a role noun's ending ("Der Deichgraf | Hinnerk Folkerts", "Wirtin | Rosi
    Kaltenecker"): German writes no article before a name, and an unlisted "-in" first name is rare. A
    particle is no such word ("die Unión del Norte" is a name whole)."""
    first = firstnames()
    for k, w in enumerate(words[:3]):
        if w.casefold() in first or k and any(x.casefold() in first for x in w.split("-")):  # ("Förster Klaus-Dieter
            # Amelung", "Dirigent Wolf-Rüdiger Pinnekamp": a double first name is one when either half is listed)
            return k if k and len(words) - k >= 2 and not any(x.casefold() in PARTICLES for x in words[:k]) else 0
    cut = next((k for k, w in enumerate(words) if w.casefold() in PARTICLES), len(words))
    if cut == 2 and cut + 1 < len(words):  # "Architekt Tammo | von der Ahlweide": a surname with particles
        words = words[:2] + words[-1:]
    if len(words) == 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() and not is_institution_word(w, "de")
                               and w.casefold() not in organisation_words() for w in words) \
            and not words[0].endswith(("ische", "ischen", "ischer")) \
            and (definite or words[0].casefold().endswith(ROLE_NOUN_ENDINGS) and len(words[0]) > 4
                 or is_bare_head(words[0], "de")):  # "Hebamme Kristin Oppermann", "Ratsherr Harm Poppinga"
        return 1
    return 0


ROLE_NOUN_ENDINGS = ("in", "wirt", "graf", "schmied", "meister", "mann", "bauer", "händler", "hirt")


def _first_word(tokens: list[str]) -> int:
    """Index of the first word after articles and quantifiers."""
    i = 0
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | QUANTIFIERS:
        i += 1
    return i


def _apposed_title(words: list[str], tokens: list[str], j: int, lex: Lexicon) -> int | None:
    """Where the title starts in a capitalised run that ends in a title and is followed by a
    comma and a name ('Health | Secretary, Alan Brightwell', 'Chief Constable, Mairead Fenwick'),
    else None."""
    if not (j + 1 < len(tokens) and tokens[j] == "," and _is_capitalised(tokens[j + 1])):
        return None
    if words[0].casefold() in firstnames():
        return None  # 'Alan Brightwell, ...': a name first
    return next((k for k in range(len(words)) if " ".join(words[k:]).casefold() in lex.titles), None)


def _name_run(tokens: list[str], i: int, lex: Lexicon) -> tuple[list[str], int]:
    """Capitalised words (and name particles between them) from i, up to a title that
    introduces another name ('Sundbund | Secretary-General Mira Sandell')."""
    words: list[str] = []
    while i < len(tokens) and (tokens[i] != "," or words and tokens[i + 1:i + 3][1:] == ["&"]):  # "Bach, Lenz & Partner"
        t = tokens[i]
        if t == ",":
            words[-1] += ","
            i += 1
            continue
        if words and (_title_follows(tokens, i, lex) or _owner_role(tokens, i, words, lex)) \
                or lex.lang == "de" and words[-1:] and words[-1].endswith("s") and t.casefold() in lex.sources:
            break  # ("Wendts | Worten zufolge": the source noun after a name in the genitive)
        if lex.lang == "en" and len(words) > 1 and t.isupper() and _longest(tokens, i, lex.titles, 1)[0] \
                and (i + 1 == len(tokens) or not _is_capitalised(tokens[i + 1])):
            break  # a title after the name closes it: "Judge Harriet Calloway | KC", "Ann Roe | MP"
        if _is_capitalised(t) or t == "&" and words and i + 1 < len(tokens) and _is_capitalised(tokens[i + 1]):
            words.append(t)
        elif _particle(tokens, i) and words and _particles_then_name(tokens, i, lex) and not _preposition_after_name(tokens, i, words):
            while i + 1 < len(tokens) and _particle(tokens, i + 1):
                words.append(tokens[i])  # the whole run: "de | la Cruz", "von | und zu"
                i += 1
            words.append(tokens[i])
        elif lex.lang == "en" and words and _gaelic_part(tokens, i):
            words.append(t)
        else:
            break
        i += 1
    return words, i


NOT_ROLE_NOUNS = {"and", "or", "but", "as", "with", "while", "when", "after", "before", "said", "says", "told",
                  "according", "added", "also", "then", "than", "that", "who", "which", "whom", "whose", "to",
                  "on", "in", "at", "into", "about", "over", "under", "against", "between", "like",
                  # verbs that stand between two names without an -ed ("Roe met Sam Okoro")
                  "met", "told", "spoke", "took", "gave", "saw", "left", "sent", "won", "beat", "hit", "let",
                  "put", "led", "made", "found", "brought", "thought", "chose", "named", "meets", "tells",
                  "joins", "joined", "faces", "faced", "replaces", "replaced", "succeeds", "thanks", "thank",
                  "backs", "backed", "urges", "asks", "calls", "is", "was", "are", "were", "has", "had", "have",
                  "will", "would", "can", "could", "may", "might", "must", "should", "not", "did", "does"}


def _lower_noun(w: str) -> bool:
    """An English lower-case word that may be a role noun ('striker', 'barrister')."""
    return (w.isalpha() and w.islower() and len(w) > 2 and w not in NOT_ROLE_NOUNS and w not in OF_WORDS
            and w not in ARTICLES and w not in QUANTIFIERS and w not in MODIFIERS
            and not w.endswith(("ed", "ing", "ly")))


def _lower_role_before_name(tokens: list[str], j: int, known_first: bool = True) -> bool:
    """'striker | Sam Okoro': an English lower-case noun right before a full name (that starts
    with a known first name, unless an owner stands before the noun) is that person's role,
    even when no list has it."""
    if j + 2 >= len(tokens) or not _lower_noun(tokens[j]):
        return False
    first, last = tokens[j + 1], tokens[j + 2]
    return (not known_first or first.casefold() in firstnames()) and _is_capitalised(first) and _is_capitalised(last)


DESCRIPTOR_LINKS = {"of", "and", "&", "for"}
ROLE_ADJECTIVE_ENDINGS = ("al", "ive", "ary", "ic")  # "medical director", "executive editor", "honorary president"


def _descriptor_role(tokens: list[str], j: int, lex: Lexicon) -> tuple[int, int]:
    """'Health | board chief Moira Quill', 'Chamber | of commerce president Li Wen': after an English
    capitalised word, lower-case words (up to five; 'of', 'and' with a name after them: 'Power and
    Light') that go on describing a body, then a title or role noun that a full name or the phrase's
    end closes. The start and end of the role (adjectives included: 'medical director'), or (0, 0)."""
    k = j
    while k < len(tokens) and k - j <= 5:
        n = _longest(tokens, k, lex.titles, lex.max_words)[0] or _longest(tokens, k, lex.roles, lex.max_words)[0] \
            or int(_lower_role_before_name(tokens, k, known_first=False) and not is_institution_word(tokens[k], "en"))
        # (an unlisted role noun before the name: "board official Moira Quill"; not "operator Eastline Rail")
        if n and (k + n == len(tokens) or _full_name_closes(tokens, k + n, lex)):
            start = k
            while start > j + 1 and (tokens[start - 1] in MODIFIERS or tokens[start - 1].endswith(ROLE_ADJECTIVE_ENDINGS)
                                     and _lower_noun(tokens[start - 1])):
                start -= 1  # "deputy chief" (one describing word stays with the body: "Regional transport")
            return start, k + n
        t = tokens[k]
        linked = k > j and tokens[k - 1] in DESCRIPTOR_LINKS and _is_capitalised(t)  # "Power and | Light"
        if t not in DESCRIPTOR_LINKS and t not in MODIFIERS and not _lower_noun(t.rstrip("'’")) and not linked:
            break
        k += 1
    return 0, 0


def _full_name_closes(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A person's full name (after an honorific) runs from i to the end of the phrase or a comma:
    at least two name words, none of them a title or an institution."""
    while i < len(tokens) and tokens[i].casefold() in HONORIFICS:
        i += 1
    if i >= len(tokens) or not _is_capitalised(tokens[i]):
        return False
    words, end = _name_run(tokens, i, lex)
    return (len(words) >= 2 and (end == len(tokens) or tokens[end] == ",")
            and not any(role_word(w, lex) or is_institution_word(w, lex.lang) for w in words))


def _role_at(tokens: list[str], j: int, lex: Lexicon) -> bool:
    """A title or role noun starts at j (one word or several)."""
    return bool(_longest(tokens, j, lex.titles, lex.max_words)[0] or _longest(tokens, j, lex.roles, lex.max_words)[0]
                or role_word(tokens[j], lex))


def _title_follows(tokens: list[str], j: int, lex: Lexicon) -> bool:
    """A title starts at j: a multi-word one, or a one-word one with a name after it (a
    one-word title at the end may be a surname: 'Jens König', 'Stephen King')."""
    n, _ = _longest(tokens, j, lex.titles, lex.max_words)
    if n > 1:
        return True
    if not n and not role_word(tokens[j], lex):
        return False
    n = max(n, 1)
    return j + n < len(tokens) and _is_capitalised(tokens[j + n])


def _owner_role(tokens: list[str], j: int, words: list[str], lex: Lexicon) -> bool:
    """A German role noun closing the phrase after one word in the genitive that is no first name:
    "Eulenbergs Oberbürgermeisterin" is the place's mayor, a role without a name."""
    return lex.lang == "de" and len(words) == 1 and words[0].endswith("s") and len(words[0]) > 3 \
        and words[0].casefold() not in firstnames() and (j + 1 == len(tokens) or tokens[j + 1] == ",") \
        and role_word(tokens[j], lex) is not None


def _institution_at(tokens: list[str], j: int, lex: Lexicon) -> bool:
    ent, _ = _entity_at(tokens, j, lex)
    return ent is not None and ent.generic


# verb particles and prepositions that make a new word with a source noun ("Auf-sicht", "Vor-sicht")
PARTICLE_PREFIXES = frozenset("ab an auf aus bei durch ein hin nach rück über um unter vor zu zurück zuver".split())


def _source_compound(tok: str, lex: Lexicon) -> Entity | None | bool:
    """'Polizeiangaben' -> Entity(Polizei); 'Medienberichten' -> False (a source, but no one's);
    None when the word is no source noun at all."""
    if lex.lang != "de" or not tok[:1].isupper():
        return None
    low = tok.casefold()
    words, lengths = word_endings(lex.sources_longest_first)
    for n in lengths:  # the longest source noun the word ends in
        if n >= 5 and len(low) > n + 2 and low[-n:] in words:
            prefix = low[:-n].rstrip("-")
            if prefix in PARTICLE_PREFIXES:  # "Aufsicht", "Absicht": a word of its own, no source
                return None
            for cand in (prefix, prefix[:-1] if prefix.endswith("s") else prefix):
                if cand in lex.organisations:
                    return Entity("organisation", *lex.organisations[cand])
                if cand in lex.countries:
                    return Entity("country", lex.countries[cand])
                if cand in lex.institutions:
                    return Entity("organisation", lex.institutions[cand], generic=True)
            return False
    return None


def _of_entity(tokens: list[str], i: int, lex: Lexicon, genitive: bool = False) -> tuple[Entity | None, int, bool]:
    """What stands after 'des/der/of/for': a known entity, else a capitalised run (an
    organisation or person we do not know: 'des Sundbunds' -> Sundbund). The flag says 'run'."""
    ent, j = _entity_at(tokens, i, lex)
    if ent and lex.lang == "de" and ent.kind == "organisation" and not ent.generic and j + 1 == len(tokens) \
            and _is_capitalised(tokens[j]) and tokens[j].isalpha() and tokens[j].casefold() not in firstnames() \
            and not role_word(tokens[j], lex) and tokens[j].casefold() not in lex.organisations:
        return replace(ent, name=f"{ent.name} {tokens[j]}"), j + 1, False  # its branch's place: "der Caritas Westerhald"
    if ent:
        return ent, j, False
    j = i
    while j < len(tokens) and tokens[j].casefold() in ARTICLES:
        genitive |= tokens[j].casefold() == "des"
        j += 1
    if lex.lang == "en" and j + 1 < len(tokens) and _lower_noun(tokens[j]) and _is_capitalised(tokens[j + 1]):
        j += 1  # "of carmaker Hinode Motors": a descriptor before the name
    if j >= len(tokens) or not _is_capitalised(tokens[j]):
        return None, i, False
    words, k = _name_run(tokens, j, lex)
    if genitive and len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4:
        words[0] = _genitive_word(words[0])
    elif genitive and len(words) >= 2 and words[0].endswith("s") and gender_of(genitive_stem(words[0])) in ("m", "n") \
            and not gender_of(words[0]):
        words[0] = genitive_stem(words[0])  # a body's noun before its name: "des Sozialwerks Rheinhöhen" -> "Sozialwerk Rheinhöhen"
    elif genitive and len(words) == 2 and _place_adjective(words[0]) and words[1].endswith("s") and len(words[1]) > 4:
        words[1] = genitive_stem(words[1])  # "des Quellbacher Tagblatts" -> "Quellbacher Tagblatt"
    elif len(words) >= 2 and _stem(words[0]):
        words = _nominative_run(words)
    return Entity("organisation", " ".join(words)), k, True


def _unnamed_owner(owner: list[str], lex: Lexicon, p: Parsed) -> bool:
    """A source's owner that is a group or a role with no name ("von Analysten", "der
    Seniorenvertreter"): p takes what the owner alone reads as, so that the source phrase names
    whom the owner names (no one, or the person of that role named before)."""
    who = _parse_tokens(owner, lex)
    if who.name or not (who.entity is not None and who.entity.kind == "group" or who.role):
        return False
    p.entity, p.role, p.role_noun, p.mapped_role, p.gender = who.entity, who.role, who.role_noun, who.mapped_role, who.gender
    p.definite, p.plural, p.clean = who.definite, who.plural, who.clean
    return True


def _nominative_run(words: list[str]) -> list[str]:
    """"Bayerischen Krankenhausvereinigung", "Deutschen Rentenversicherung Mittelland" after "der":
    adjectives and the body's noun in the nominative, a name after them kept."""
    for n in range(len(words), 1, -1):
        body = nominative_body(words[:n])
        if body:
            return body.split() + words[n:]
    return words
