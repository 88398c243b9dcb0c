"""Closed word classes the actor rules read: pronouns, articles, quantifiers, honorifics, particles."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# ----------------------------------------------------------------------------- closed word classes
# Small closed classes of function words stay in code; everything open-ended is a data file.
PRONOUNS = {
    "de": {"er": "m", "sie": "f?", "ihm": "m", "ihn": "m", "ihr": "f", "es": "n"},  # ("es": a body named "das …"; "ihn": "Für ihn steht fest: …")
    "en": {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "they": "p", "their": "p", "it": "n", "its": "n"},
}
# German demonstratives standing for a noun phrase as a subject ("Der sagte …", "Diese betonte …"): they
# refer back like "er" / "sie", but to the last one named rather than the last subject
DEMONSTRATIVES = {"de": {"der": "m", "dieser": "m", "jener": "m", "die": "f?", "diese": "f?", "jene": "f?"}}
# German references back to a pair ("Die beiden sagten", "…, erklärten beide"): the pair named before
PAIR_REFERENCES = {"de": frozenset(("beide", "die beiden", "sie beide", "alle beide"))}
# "Nach ihren Worten", "seiner Ansicht nach": a possessive before a source noun refers back as a pronoun
POSSESSIVES = {"de": {**{w: "m" for w in ("sein", "seine", "seinen", "seinem", "seiner", "seines")},
                      **{w: "f|p" for w in ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres")}}}
# a party or group in brackets after a name, an aside of it ("Petra Ungerer (Freie Wähler)", "(SPÖ)", "(parteilos)")
PARTY_ASIDE = re.compile(r"\((?:[A-ZÄÖÜ][\wÄÖÜäöüß/.-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß/.-]*){0,2}|parteilos|parteifrei|independent)\)")
NO_ACTOR = {"wir", "ich", "man", "es", "uns", "du", "we", "i", "you", "one", "us", "wer", "who"}
DEFINITE = {"der", "die", "das", "des", "dem", "den", "the"}
INDEFINITE = {"ein", "eine", "einer", "eines", "einem", "einen", "a", "an"}
ARTICLES = DEFINITE | INDEFINITE
# the words after a German truncated compound before its head ("Industrie- und Handelskammer", "Reit- sowie
# Fahrverein"): read by de/tokens.retag_truncated, de/phrases and actors/mentions._truncated_body alike
TRUNCATION_LINKS = frozenset(("und", "oder", "sowie", "bzw."))
QUANTIFIERS = {
    "viele", "vielen", "einige", "einigen", "mehrere", "mehreren", "zahlreiche", "zahlreichen", "manche",
    "andere", "anderen", "weitere", "weiteren", "alle", "allen", "zwei", "drei", "vier", "fünf", "hunderte",
    "tausende", "many", "some", "several", "other", "others", "most", "all", "two", "three", "four", "five",
    "hundreds", "thousands", "dozens", "mehrerer", "vieler",
}
# German quantifiers that count people nobody names ("mehrere Stadträte", "einige Minister", "zwei Polizisten"):
# the phrase is an indefinite plural, never one person nor a body met before ("alle", "andere" are left out)
UNNAMED_MANY_DE = {"viele", "vielen", "vieler", "einige", "einigen", "mehrere", "mehreren", "mehrerer", "zahlreiche",
                   "zahlreichen", "manche", "zwei", "drei", "vier", "fünf", "hunderte", "tausende"}
MODIFIERS = {
    "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "damalige", "damaliger",
    "damaligen", "amtierende", "amtierender", "amtierenden", "neue", "neuer", "neuen", "scheidende",
    "scheidender", "scheidenden", "designierte", "designierter", "stellvertretende", "stellvertretender",
    "hochrangige", "hochrangiger", "hochrangigen", "führende", "führender", "führenden", "former", "then",
    "acting", "new", "outgoing", "deputy", "senior", "top", "leading", "unnamed", "anonymous", "dessen",
    "deren", "his", "her", "its", "their", "sein", "seine", "seiner", "seinem", "seinen", "ihre", "ihrer",
    "ihr", "ihrem", "ihren", "unser", "unsere", "unserer", "euer",
    # English adjectives that describe the holder, not the office ("Local MP Jo Roe", "veteran senator")
    "local", "veteran", "longtime", "long-serving", "backbench", "interim", "incumbent", "retiring",
}
HONORIFICS = {"herr": "m", "frau": "f", "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
              "dr": "", "dr.": "", "prof": "", "prof.": "", "sir": "m", "dame": "f", "lady": "f", "lord": "m",
              # Austrian academic titles between a role and the name: "Landesrätin Mag. Veronika Strassegger"
              "mag": "", "mag.": "", "mmag.": "", "univ.-prof.": "", "dipl.-ing.": "", "ing.": ""}
# a religious's title of address, no office and no part of the name, where a name follows ("sagte Schwester
# Adelgundis X, die Oberin des Klosters"; not "die Schwester des Opfers")
RELIGIOUS_ADDRESS = {"schwester": "f", "pater": "m", "frater": "m"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # a knight or dame by first name: "Sir Alasdair", "Dame Ottoline"
OF_WORDS = {"des", "der", "von", "vom", "of", "for", "at", "beim", "bei", "from", "by"}
PARTICLES = {"von", "van", "de", "der", "den", "dem", "zu", "al", "el", "bin", "ibn", "bint", "da", "di", "du", "la", "le", "della", "dalla",
             "del", "dos", "ter", "ten", "op", "vom", "zur", "y", "los", "las", "do", "dello", "degli", "dei", "af"}
# Arabic "father / mother of": a name part that opens a surname ("Ibrahim Abu Zaid" -> "Abu Zaid"), no first name
KUNYA = {"abu", "abou", "umm"}
DOUBLE_PARTICLE = ("von", "und", "zu")  # "Leopold von und zu Trauttenberg": "und" only between these two
# Gaelic surnames: "Mac an tSaoir", "Nic a' Phearsain", "Ní na Gaoithe"; after the link word the
# name may take a mutation prefix in lower case ("tSaoir", "bhFear", "nGael")
GAELIC_PATRONYMS = {"mac", "nic", "mhic", "ní", "uí", "ó"}
GAELIC_LINKS = {"an", "a'", "a’", "na", "giolla", "ghiolla", "gille"}  # ("Mac Giolla Rua", "Mac Gille Bhràth")
SURNAME_PARTS = PARTICLES | GAELIC_PATRONYMS | GAELIC_LINKS  # (the words a surname may open with)
GAELIC_MUTATED = re.compile(r"^(?:t|h|n|bh|mb|gc|nd|dt|ng|bp|bhf)[A-ZÁÉÍÓÚÀÈÌÒÙ]")
LEGAL_FORMS = {"ag", "gmbh", "se", "kg", "kgaa", "ohg", "ug", "eg", "gesmbh", "sa", "inc.", "ltd."}  # "die Nordbahn AG"
COUNTRY_NOUNS = {"land", "staat", "republik", "königreich", "emirat"}  # "das Land erklärte": the country named before
SPOKES = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "press secretary")
# endings of German nouns for persons ("Sängerin", "Bäcker", "Pianist", "Dozent", "Ingenieur"):
# such a noun before a name is a role ("die Unternehmerin Julia X"), not the kind of a body
PERSON_ENDINGS = ("er", "in", "innen", "ist", "ent", "ant", "eur", "or", "e")
COMMON_ENDINGS = ("lich", "ig", "isch", "ung", "heit", "keit", "ungen", "ly")  # adjectives, abstract nouns
NOT_AFFILIATIONS = {"ex", "vize", "co", "ober", "chef", "interims", "top", "alt", "noch", "ehren", "partei",
                    "regierungs", "staats", "bundes", "landes"}
# prefixes that make another office of a role: "Vizebürgermeister", "Altbürgermeister", "Ex-Präsident",
# "Ehrenpräsidentin", "Co-Vorsitzender" hold no office "der Bürgermeister" / "die Präsidentin" refers to
OTHER_OFFICE_PREFIXES = ("vize", "ex", "alt", "ehren", "co", "shadow", "deputy", "vice", "former")  # (English: "Shadow treasurer")
# (whole words or pieces of a compound, "Ex-Präsident", "Co-Vorsitzende", "Tesco chief executive" is no
# "Co-"; these two also inside a German compound: "Landtagsvizepräsidentin", "Landesehrenpräsident")
GLUED_OFFICE_PREFIXES = ("vize", "ehren")
# Standing words that say the person held the office once: "Former council leader X" holds no office
# "the council leader" refers to, wherever in the written role the office noun stands (descriptions.past_holder
# reads every language's role: German "Ex-Bürgermeister" too; "ehemalige", "frühere", "Alt-" are not read)
PAST_STANDING = ("former", "ex")
NEUTRAL_ROLE_ENDINGS = ("vorsitzende", "abgeordnete", "beauftragte")  # -e forms: either gender
# German nouns for one woman: "-in" and compounds whose head is a woman ("Klubobfrau", "Ordensfrau",
# "Ratsfrau", "Oberschwester", "Landesmutter"): the holder is a woman whatever the article says
WOMEN_NOUN_ENDINGS = ("in", "mutter", "frau", "dame", "schwester", "tochter")
ABBREVIATIONS = {"dr.", "prof.", "sen.", "gov.", "rep.", "gen.", "mr.", "mrs.", "ms.", "st.", "u.s.", "u.k.",
                 "u.n.", "e.u.", "u.s.a."}
# English bodies of members, often named with their place: "Federation of Small Traders in
# Harwick", "Chamber of Commerce in Elsby" (the "in" phrase stays in the name after an of/for tail)
MEMBER_BODIES = frozenset({"federation", "association", "union", "alliance", "coalition", "society", "league", "guild",
                           "confederation", "chamber", "friends", "network", "forum", "club", "cooperative", "co-operative"})


# ----------------------------------------------------------------------------- German subordinators
# One list for the readers of both layers (de/tokens, actors/coreference, positions/clause_de): each
# takes the senses it reads.
@lru_cache(maxsize=1)
def subordinator_rows() -> tuple[tuple[str, frozenset[str], bool], ...]:
    """(word, senses, may open the sentence) of each row of extract/data/subordinators_de.tsv."""
    text = resources.files("extract").joinpath("data", "subordinators_de.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((word, frozenset(said.split()), front.strip() == "yes") for word, said, front in rows)


def subordinators(*senses: str, fronts: bool = False) -> frozenset[str]:
    """The subordinators of extract/data/subordinators_de.tsv with one of ``senses`` (any sense when
    none is given); with ``fronts``, only those whose clause may open the sentence."""
    return frozenset(word for word, said, front in subordinator_rows()
                     if (not senses or said & set(senses)) and (front or not fronts))
