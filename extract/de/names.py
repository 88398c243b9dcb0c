"""Person names as German agency texts write them, on the tagged tokens of article.py.

HanTa tags words one by one: it reads many first names as common nouns ("Ilse" NN), name
particles as adjectives or prepositions ("van" ADJ(D), "von" APPR) and surnames after them as
nouns ("Dongen" NN). ``mark_names`` fixes the tags where the context makes the name certain:

    a listed first name (extract/data/firstnames.tsv)         Ilse -> NE
    the capitalised word after it                             Renate Kühn: Kühn -> NE
    first name + particles + capitalised word                 Ilse van Dongen: Dongen -> NE
    an Arabic article prefix                                  al-Hassani, el-Baradei -> NE
    two capitalised words after a role noun                   Dompropst Anselm Weingart -> NE NE
      or after the comma of a role's apposition               Die EU-Kommissarin für Fischerei, Lene Kjærgaard,
    the same (particles +) surname again, alone               "sagte van Dongen": Dongen -> NE
    a lone subject HanTa cannot build from German words        "Brenninkamp lehnt … ab": -> NE
      (sentence-initial, before the finite verb; "Seilbahnbau verzögert sich" stays NN)

Particles stay in the name: ``particles_end`` says where a run of particles that leads to a
name ends, so noun phrases and name mentions take "von der Heide" whole ("von der Krise" is no
name: "Krise" is no NE).
"""
from __future__ import annotations

from itertools import takewhile
from typing import Protocol, Sequence

from ..actors import ARABIC_NAME as ARABIC_PREFIX
from ..actors import company_descriptor, first_name, is_institution_word, lexicon, role_word
from ..actors.lexicon import words_as_written
from ..actors.mentions import ROMANCE_PARTICLES
from ..actors.words import DOUBLE_PARTICLE
from .cues import RELATIVE_WORDS
from .nlp import analyse_word, tagger, unknown_stem

# with the Romance ones ("Lucía de los Santos", "Carla dalla Torre")
PARTICLES = {"von", "van", "de", "bin", "ibn", "al", "el", "zu", "ter", "den", "der",
             "du", "la", "le", "vom", "zur", "das", "dem", "ten", "op", "af"} | ROMANCE_PARTICLES
# a German preposition or article is a particle only inside a name mark_names found (tagged NE)
GERMAN_WORDS = {"von", "zu", "der", "den", "dem", "vom", "zur", "das", "de"}
# an article is a particle only after another one ("von der Heide", "van den Broek"); right after a
# name it opens the object: "kritisierte Mareike Falk den Rückzug"
ARTICLE_PARTICLES = {"der", "den", "dem", "das"}  # ("von dem Bussche")
NAME_TAGS = ("NE", "NN", "FM", "XY", "ADJ(A)", "ADJ(D)", "ADV", "UNKNOWN")  # "Bernd Lange": ADV to HanTa
# surnames that are function words to HanTa ("Lena Kraft" APPR, "Tom Will" VMFIN, "Eva Weil" KOUS):
# capitalised inside a sentence after a first name, they can only be the surname
SURNAME_WORD_TAGS = ("APPR", "APPO", "KOUS", "KON", "VMFIN", "VAFIN", "VVFIN", "VVPP", "VVINF", "PTKVZ")


def is_particle(toks: Sequence[Token], j: int) -> bool:
    """Token j is a name particle: a listed one, or "und" in "von und zu"."""
    if toks[j].low in ARTICLE_PARTICLES:
        return j > 0 and toks[j - 1].low in PARTICLES
    return toks[j].low in PARTICLES or toks[j].low == DOUBLE_PARTICLE[1] and 0 < j < len(toks) - 1 \
        and (toks[j - 1].low, toks[j + 1].low) == (DOUBLE_PARTICLE[0], DOUBLE_PARTICLE[2])


class Token(Protocol):
    text: str
    low: str
    tag: str
    sent: int
    quote: int


def noun_after_name(toks: Sequence[Token], j: int) -> bool:
    """Token j is a German common noun right after a person's name of two or more words: the
    object of the clause, no part of the name ("zog Wehrführer Enno Saathoff Bilanz", "nahm Theo
    Brandl Stellung", "übte Priska Zumstein Kritik"). A body's or company's word goes on in a name
    ("Robert Koch Institut", "Anna Beispiel GmbH"), and so does a word HanTa cannot build from German stems
    (a third name word)."""
    t = toks[j]
    if t.tag not in ("NN", "NNA") or j < 2 or toks[j - 1].tag != "NE" or toks[j - 2].tag != "NE" \
            or toks[j - 2].sent != t.sent or not toks[j - 2].text[:1].isupper() or toks[j - 1].low in PARTICLES:
        return False
    if not t.text.isalpha() or is_institution_word(t.text, "de") or company_descriptor(t.text, "de") \
            or role_word(t.text, lexicon("de")) is not None:
        return False
    return t.low in tagger().cache or not unknown_stem(t.text)


# words that close a body's place name as a district or a region ("Stadtwerke Neustadt Süd"), never its object
COMPASS_WORDS = frozenset("nord süd ost west mitte nordost nordwest südost südwest".split())


def object_after_body_name(toks: Sequence[Token], before: int, head: int, j: int, limit: int) -> bool:
    """Token j is a common noun after a body's noun (at head) and its place name, in the middle
    field: the object of the clause, no part of the name ("hat die Staatsanwaltschaft Ellwangen
    Ermittlungen eingeleitet", "kündigte das Bauamt Mühlheide Berufung an"). Only where a finite verb
    or a subordinating conjunction stands right before the phrase (at ``before``) and the clause
    goes on after the noun (or a full verb stands before it and the sentence ends after it); the name word is none the tagger's lexicon knows, the noun one it knows
    or inflects ("die Gewerkschaft Pflege Süd zum Streik", "die Verkehrsbetriebe Rheinland Tram am
    Montag" keep their last word)."""
    if before < 0 or j - head != 2 or j + 1 >= limit or not ("FIN" in toks[before].tag or toks[before].tag == "KOUS"):
        return False
    t, name, nxt = toks[j], toks[j - 1], toks[j + 1]
    if not is_institution_word(toks[head].text, "de") or t.tag != "NN" or not t.text.isalpha() \
            or not name.text.isalpha() or name.low in tagger().cache or is_institution_word(t.text, "de") or t.low in COMPASS_WORDS:
        return False
    closes = nxt.text in (".", "!") and toks[before].tag == "VV(FIN)"  # a full verb's object closes the clause: "sucht
    # die Polizeiinspektion Meerhaven Zeugen."
    if not closes and (nxt.sent != t.sent or "FIN" in nxt.tag or not nxt.text.isalpha() or nxt.low in ("und", "oder")):
        return False  # the phrase ends at the noun: it is the name's last word
    return t.low in tagger().cache or analyse_word(t.text)[0] != t.text


def particles_end(toks: Sequence[Token], k: int, limit: int) -> int | None:
    """When tokens k.. are name particles followed by a name (NE), the index of that name."""
    j = k
    while j < limit and j < k + 3 and is_particle(toks, j) and (toks[j].low not in GERMAN_WORDS or toks[j].tag == "NE"):
        j += 1  # (German words count only where mark_names found them in a name: not "Besuch von Scholz")
    if j == k or j >= limit:
        return None
    return j if toks[j].tag == "NE" and toks[j].text[:1].isupper() else None


def mark_names(toks: Sequence[Token]) -> None:
    """Retags first names, surnames after particles and al-/el- names as NE (see the module doc)."""
    surnames: set[tuple[str, ...]] = set()
    for k, t in enumerate(toks):
        if t.quote >= 0:
            continue
        if not t.text[:1].isupper():  # (an Arabic name's prefix is written small; every one has its hyphen)
            if "-" in t.text and ARABIC_PREFIX.match(t.text):
                t.tag = "NE"
            continue
        if t.tag in NAME_TAGS and (first_name(t.low) or _double_particle(toks, k + 1)) \
                and k + 1 < len(toks) and _capitalised_name(toks, k + 1):  # ("Jan-Willem van der Berg")
            t.tag = "NE"  # a first name before a name ("Ilse van Dongen", "Ilse Berg")
            tail = _surname_after(toks, k + 1)
            if tail:
                surnames.add(tail)
        elif _after_role(toks, k) and _capitalised_name(toks, k + 1) and _plain_word(toks[k]):
            t.tag = "NE"  # "Dompropst Anselm Weingart": a first name we do not list
            if toks[k - 1].tag == "NE" and toks[k - 1].text not in ACADEMIC_TITLES:
                toks[k - 1].tag = "NN"  # HanTa's NE for "Meeresbiologin" is a role noun, no name
            tail = _surname_after(toks, k + 1)
            if tail:
                surnames.add(tail)
    surnames |= _unlisted_first_names(toks)
    if surnames:
        _mark_known_surnames(toks, surnames)
    _mark_lone_subjects(toks)


def _double_particle(toks: Sequence[Token], k: int) -> bool:
    """"von und zu" starts at token k: only a name goes on so ("Beatrix von und zu Lerchenfeld")."""
    return k + 2 < len(toks) and (toks[k].low, toks[k + 1].low, toks[k + 2].low) == DOUBLE_PARTICLE


def _unlisted_first_names(toks: Sequence[Token]) -> set[tuple[str, ...]]:
    """"Dorothee Achterberg … räumte Achterberg ein": a first name we do not list, known by its
    surname standing alone elsewhere next to a verb or comma. The pair is a name when the first word
    is built on a stem HanTa does not know (no German word) and neither is a role or body's noun.
    Retags the pair NE and returns the surnames (a company's second word rarely stands alone so)."""
    alone: dict[str, int] = {}
    for m, t in enumerate(toks):
        prev = toks[m - 1] if m else t
        if t.cap and t.quote < 0 and t.text.isalpha() and 0 < m < len(toks) - 1 and prev.tag not in ("ART", "NE") \
                and (not prev.cap or prev.sent != t.sent or _is_role(prev)) \
                and ("FIN" in toks[m + 1].tag or toks[m + 1].text == "," or "FIN" in prev.tag):
            alone[t.text] = alone.get(t.text, 0) + 1
    found: set[tuple[str, ...]] = set()
    for k, t in enumerate(toks[:-1]):
        y = toks[k + 1]
        if y.text not in alone or t.tag == "NE" or not t.cap or t.quote >= 0 or y.sent != t.sent \
                or t.tag not in NAME_TAGS or y.tag not in NAME_TAGS or not t.text.isalpha():
            continue
        if _plain_word(t) and _plain_word(y) and t.low not in tagger().cache and unknown_stem(t.text):
            t.tag = y.tag = "NE"
            found.add((y.low,))
    return found


# "Dr.", "Mag.", "DI": a person's name follows (extract/data/academic_titles_de.txt, as written:
# "DI" is a title, "di" a particle)
ACADEMIC_TITLES = frozenset(words_as_written("academic_titles_de.txt"))


def _after_role(toks: Sequence[Token], k: int) -> bool:
    """Token k stands where a role's holder is named: right after a role noun, or after the
    comma that opens the apposition of a role phrase ("Die EU-Kommissarin für Fischerei, | Lene")."""
    if k == 0 or toks[k - 1].sent != toks[k].sent:
        return False
    if toks[k - 1].text in ACADEMIC_TITLES:
        return True  # "Werkleiterin Dr. | Sung-Hee Park", "Prof. | Ji-Woo Lang": a person's name follows
    if toks[k - 1].tag.startswith("NN") or toks[k - 1].tag == "NE":
        return _is_role(toks[k - 1])
    if toks[k - 1].text != ",":
        return False
    j = k - 2
    while j >= 0 and k - j <= 8 and toks[j].sent == toks[k].sent and "FIN" not in toks[j].tag and toks[j].text != ",":
        if _is_role(toks[j]):
            return True
        j -= 1
    return False


def _is_role(t: Token) -> bool:
    return t.text[:1].isupper() and t.quote < 0 and role_word(t.text, lexicon("de")) is not None


def _plain_word(t: Token) -> bool:
    """No role noun and no body's noun: 'Anselm', not 'Bundesamt' or 'Minister'."""
    return role_word(t.text, lexicon("de")) is None and not is_institution_word(t.text, "de") \
        and t.low not in lexicon("de").countries and t.low not in lexicon("de").organisations


def _capitalised_name(toks: Sequence[Token], k: int) -> bool:
    j = k
    while j < len(toks) and j < k + 3 and is_particle(toks, j):
        j += 1
    return j < len(toks) and toks[j].text[:1].isupper() and (toks[j].tag in NAME_TAGS or toks[j].tag in SURNAME_WORD_TAGS
                                                                and j > 0 and toks[j - 1].sent == toks[j].sent) \
        and toks[j].sent == toks[k].sent


def _surname_after(toks: Sequence[Token], k: int) -> tuple[str, ...]:
    """Retags the surname after a first name (over particles) and returns it with its particles
    ("van", "dongen")."""
    j = k
    while j < len(toks) and j < k + 3 and is_particle(toks, j):
        j += 1
    toks[j].tag = "NE"  # "Renate Kühn": HanTa's ADJ(D) for "Kühn" after a first name is a surname
    for x in toks[k:j]:
        x.tag = "NE"  # the particles are part of the name ("Karl von der Heide")
    return tuple(x.low for x in toks[k:j + 1])


def _mark_known_surnames(toks: Sequence[Token], surnames: set[tuple[str, ...]]) -> None:
    """A surname seen after a first name is a name wherever it stands alone again ("sagte
    van Dongen", "sagte Brauer der Zeitung"), except after an article ("der Koch")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}  # (only the surnames a token may open are compared)
    for tail in surnames:
        by_first.setdefault(tail[0], []).append(tail)
    for k, t in enumerate(toks):
        if t.low not in by_first or t.low not in PARTICLES and not t.text[:1].isupper() or k and toks[k - 1].tag == "ART":
            continue
        for tail in by_first[t.low]:
            n = len(tail)
            if tuple(x.low for x in toks[k:k + n]) == tail and toks[k + n - 1].text[:1].isupper():
                for x in toks[k:k + n]:
                    x.tag = "NE"


FINITE_AFTER_SUBJECT = ("VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(PP)")


def _mark_lone_subjects(toks: Sequence[Token]) -> None:
    """Retags lone subject names (``lone_subject``) as NE; after a name that opens its sentence,
    the verb in second place is finite ("Vinnenberg befürwortet": HanTa reads a participle). (A verb in second
    place before the name, "Nach dem Gutachten befürwortet Brenninkamp", is tokens.present_in_second_place's.)"""
    for k, t in enumerate(toks[:-1]):
        if t.tag == "NN" and lone_subject(toks, k):
            t.tag = "NE"
        nxt = toks[k + 1]
        if t.tag == "NE" and nxt.tag == "VV(PP)" and nxt.low.endswith("t") and nxt.sent == t.sent and t.quote < 0:
            j = k
            while j > 0 and toks[j - 1].tag == "NE" and toks[j - 1].sent == t.sent:
                j -= 1
            if _sentence_first(toks, j):
                nxt.tag = "VV(FIN)"


def lone_subject(toks: Sequence[Token], k: int) -> bool:
    """A surname alone, first in its sentence before the verb ("Brenninkamp lehnt die Halle ab"):
    HanTa guesses an unknown capitalised word to be a noun, but a German noun without article as a
    subject is rare and built of known stems ("Seilbahnbau verzögert sich"); a word on a stem
    HanTa's lexicon does not know, or one it analyses as a name, is a name there (not an acronym:
    "HRW forderte" names a body)."""
    t = toks[k]
    if k + 1 >= len(toks) or t.quote >= 0 or not t.text.isalpha() or not t.text[:1].isupper() or t.text.isupper():
        return False
    nxt = toks[k + 1]
    if t.low in tagger().cache or nxt.sent != t.sent:
        return False
    if _sentence_first(toks, k):
        # "Brenninkamp lehnt …", or with a relative clause between ("Brenninkamp, die lange zögerte, lehnt …")
        verb = relative_clause_end(toks, k + 1) if nxt.text == "," else k + 1
        return verb is not None and toks[verb].tag in FINITE_AFTER_SUBJECT and (
            unknown_stem(t.text) or surname_of_known_stems(toks, k, verb))
    return _after_fronted_verb(toks, k) and unknown_stem(t.text)


DETERMINER_TAGS = ("ART", "PDAT", "PPOSAT", "PIAT", "PIDAT")  # (tags; tokens.DETERMINERS holds the words)
# endings of abstract and mass nouns, which may stand without an article ("Kritik kommt von …")
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "ik", "ie", "ei", "bau", "geld")


def surname_of_known_stems(toks: Sequence[Token], k: int, verb: int) -> bool:
    """A surname HanTa builds from German stems ("Brauer", "Hallmann", "Weißhaupt", "Leitner"), alone
    before a singular finite verb as its sentence's subject ("Brauer unterstützt die Steuer
    inzwischen", an article that names the person only so): a German count noun in the singular
    takes an article, so a bare one there is a name, when the article never writes it after a
    determiner ("der Brauer"), it is no role, body or abstract noun ("Kritik kommt …"), and the clause
    is running text with an article of its own (not a headline: "Seilbahnbau verzögert sich")."""
    t, v = toks[k], toks[verb]
    if not _plain_word(t) or t.low.endswith(ABSTRACT_ENDINGS) or v.low.endswith("en") or len(t.text) < 4:
        return False  # ("befürworten": a plural subject, "Brauer befürworten" names brewers)
    if not any(x.tag == "ART" for x in takewhile(lambda x: x.sent == t.sent, toks[verb + 1:])) or inflected_adjective(t.low):
        return False  # ("Skeptischer äußerte sich die Aktionärsschützerin …": an adjective put first, no name)
    # last, as it reads the whole article
    return not any(x.low == t.low and j and toks[j - 1].tag in DETERMINER_TAGS for j, x in enumerate(toks))


def inflected_adjective(low: str) -> bool:
    """An adjective with an ending or in the comparative ("skeptischer", "deutlicher"): HanTa's lemma
    is an adjective it has memorised (not one it guessed for a name: "Bärtschiger") that the word starts with."""
    lemma, tag = analyse_word(low)
    return tag.startswith("ADJ") and lemma != low and low.startswith(lemma) and lemma in tagger().cache \
        and analyse_word(lemma)[1].startswith("ADJ")


RELATIVE_PRONOUNS = RELATIVE_WORDS - {"dem", "den"}  # (the rule was written without "dem"/"den"; tokens.opens_relative reads every form)


def relative_clause_end(toks: Sequence[Token], c: int) -> int | None:
    """The token after the relative clause that the comma at ``c`` opens ("Brenninkamp, | die im
    März noch dafür war, | lehnt …"), if the clause ends in a finite verb and a comma in its sentence."""
    if c + 1 >= len(toks) or toks[c + 1].low not in RELATIVE_PRONOUNS or toks[c + 1].sent != toks[c].sent:
        return None
    j = c + 2
    while j < len(toks) and toks[j].sent == toks[c].sent and toks[j].text != "," and j - c <= 25:
        j += 1
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].sent != toks[c].sent:
        return None
    return j + 1 if toks[j - 1].tag.endswith(("(FIN)", "(PP)", "(INF)")) else None


def _after_fronted_verb(toks: Sequence[Token], k: int) -> bool:
    """Token k follows the finite verb in second place after a fronted phrase ("Nach dem Gutachten
    befürwortet | Brenninkamp nun …", "Im Streit um X hat | Brenninkamp …"): the subject's place when
    the sentence opens with something else. Not after a verb that opens its sentence (a question)
    and not before a noun that would make the word a modifier."""
    verb = toks[k - 1]
    if verb.tag not in FINITE_AFTER_SUBJECT or verb.quote >= 0 or _sentence_first(toks, k - 1):
        return False
    before = toks[k - 2]
    if before.tag in ("ART", "PRELS", "PRELAT", "KOUS", "PTKZU") or before.text in (",", ":"):
        return False  # ("…, die befürwortet …": a subordinate clause; "wie gefordert": no fronted phrase)
    nxt = toks[k + 1]
    return not (nxt.text[:1].isupper() and nxt.tag.startswith("N"))


def _sentence_first(toks: Sequence[Token], k: int) -> bool:
    """Token k opens its sentence or the clause after a colon, or follows only a conjunction that
    does ("Doch Brenninkamp …")."""
    if k == 0 or toks[k - 1].sent != toks[k].sent:
        return True
    if toks[k - 1].text == ":" and toks[k - 1].quote < 0 and toks[k].quote < 0:
        return True  # "Kehrtwende in Rainau: Brenninkamp befürwortet …": a clause of its own after the colon
    return toks[k - 1].tag.startswith("KON") and (k == 1 or toks[k - 2].sent != toks[k].sent)
