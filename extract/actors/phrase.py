"""A speaker phrase as tokens, and what parsing it finds (Entity, Parsed)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import Lexicon
from .roles import demonym_stem, place_for_stem
from .words import ABBREVIATIONS, SPOKES

# ----------------------------------------------------------------------------- phrase parsing
TOKEN = re.compile(r"[\w][\w'’.\-/]*|,|&")  # "&" joins a firm's name: "Kranzl & Sohn"


def tokenize(phrase: str) -> list[str]:
    return _tokenize_marked(phrase)[0]


def _tokenize_marked(phrase: str) -> tuple[list[str], frozenset[int]]:
    """The tokens, and which of them carried a possessive "'s" ("Tal's lawyer")."""
    out: list[str] = []
    possessive: set[int] = set()
    for tok in TOKEN.findall(phrase):
        initial = len(tok) == 2 and tok[0].isupper()  # "Anna B. Beispiel": an initial keeps its dot
        if tok.endswith(".") and tok.casefold() not in ABBREVIATIONS and tok.count(".") == 1 and not initial:
            tok = tok[:-1]
        for suffix in ("'s", "’s"):  # possessive: "Russia's foreign ministry"
            if tok.endswith(suffix) and len(tok) > 2:
                tok = tok[: -len(suffix)]
                possessive.add(len(out))
        if tok:
            out.append(tok)
    return out, frozenset(possessive)


@dataclass
class Entity:
    kind: str  # organisation | country | group
    name: str
    affiliation: str = ""
    generic: bool = False  # an institution or group noun: named with its affiliation
    descriptor: str = ""  # "utility company" in "the utility company Idris Power": may refer back
    definite: bool = False  # "des Ministeriums", "the ministry": may refer back to one named before


@dataclass
class Parsed:
    """What a mention phrase says: its role words, affiliation, name words, or entity."""

    clean: str = ""  # the phrase without a leading article
    definite: bool = False
    article: str = ""  # the first definite article as written, lower case ("der", "die"): a German noun's gender
    indefinite: bool = False
    role: str = ""  # as written: "Nato-Generalsekretär", "Foreign Minister"
    role_noun: str = ""  # the noun that can refer back: "Kremlchef", "Kanzler"
    mapped_role: str = ""  # what roles_*.tsv says the noun means ("Präsident")
    written_role: str = ""  # English: the role as the text writes it, when more than ``role`` ("Housing Minister")
    affiliation: str = ""
    name: list[str] = field(default_factory=list)
    gender: str = ""
    entity: Entity | None = None  # a named organisation, country, institution or group
    capital: str = ""  # a capital that stands for its country when it speaks
    of: Entity | None = None  # "Sprecher des Ministeriums" -> the ministry
    plural: bool = False
    common: bool = False  # an unknown lowercase word before the name: "eigenen Angaben"
    source: bool = False  # "Angaben", "reports": the speaker is whose they are
    demonyms: list[str] = field(default_factory=list)  # adjectives of places we do not know: "valdorische"

    @property
    def spokesperson(self) -> bool:
        return self.role.casefold().endswith(SPOKES)


def _longest(tokens: list[str], i: int, table: dict, max_words: int) -> tuple[int, object]:
    """The longest run of at most ``max_words`` tokens from i whose text (spaced, casefolded) is a
    key of ``table``: its length and value; (0, None) for none. A token that no key starts with
    (its casefolded text up to a space, as a key's first word) is looked up no further."""
    if i >= len(tokens) or tokens[i].casefold().split(" ", 1)[0] not in _first_words(table):
        return 0, None
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        key = " ".join(tokens[i : i + n]).casefold()
        if key in table:
            return n, table[key]
    return 0, None


_FIRST_WORDS: dict[int, tuple[dict, int, frozenset[str]]] = {}  # id of a table -> (it, its size, _first_words)


def _first_words(table: dict) -> frozenset[str]:
    """The first words (up to the first space) of the table's keys, kept per table: built again for
    another table at a reused id or when its size changed."""
    entry = _FIRST_WORDS.get(id(table))
    if entry is None or entry[0] is not table or entry[1] != len(table):
        entry = _FIRST_WORDS[id(table)] = (table, len(table), frozenset(k.split(" ", 1)[0] for k in table))
    return entry[2]


@lru_cache(maxsize=20000)
def _adjective_country(tok: str, lex: Lexicon) -> str:
    lang = lex.lang
    low = tok.casefold()
    if low in lex.adjectives:
        return lex.adjectives[low]
    if lang == "de":
        for end in ("en", "em", "er", "es", "e"):
            if low.endswith(end) and low[: -len(end)] in lex.adjectives:
                return lex.adjectives[low[: -len(end)]]
    if lang == "de" and not tok[:1].islower():
        return ""  # German adjectives are written small ("bulgarische")
    stem = demonym_stem(tok, lang)
    return place_for_stem(stem, lex.single_word_countries) if stem else ""
