"""German body names in the nominative (issue 15: "organisations in the nominative"):
"laut Statistischem Landesamt" and "dem Statistischen Landesamt" name "Statistisches Landesamt".
The adjectives before the institution noun take the strong nominative ending of the noun's
gender, read from the noun's ending (extract/data/orgs_genders_de.tsv)."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import data_rows

CASE_ENDINGS = ("em", "en", "er", "es", "e")
NOMINATIVE = {"m": "er", "f": "e", "n": "es", "p": "e"}
ADJECTIVE_STEMS = ("sch", "lich", "ig", "al", "ell", "iv", "frei", "neu")  # statistisch, städtisch, kantonal, frei, …


@lru_cache(maxsize=1)
def _genders() -> tuple[tuple[str, str], ...]:
    rows = data_rows("orgs_genders_de.tsv", 2)
    return tuple(sorted(((end.casefold(), gender) for end, gender in rows if gender), key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=8192)  # (asked again for each mention of a body; every ending is tried in turn)
def gender_of(noun: str) -> str:
    low = noun.casefold()
    return next((g for end, g in _genders() if low.endswith(end)), "")


def _stem(word: str) -> str:
    """'Statistischem' -> 'Statistisch'; '' when the word is no inflected adjective."""
    if not word[:1].isupper():
        return ""
    for end in CASE_ENDINGS:
        if word.endswith(end) and word[: -len(end)].casefold().endswith(ADJECTIVE_STEMS):
            return word[: -len(end)]
    return ""


def _head(noun: str) -> tuple[str, str]:
    """The noun in the nominative with its gender: 'Steueramts' -> ('Steueramt', 'n')."""
    for cut in (0, 1, 2):
        base = noun[: len(noun) - cut]
        gender = gender_of(base)
        if gender and (cut == 0 or gender in "mn" and noun[len(base):] in ("s", "es") or gender == "p" and cut == 1
                       and noun.endswith("n")):  # genitive "-s"; dative plural "-n" ("Verkehrsbetrieben")
            return base, gender
    return noun, ""


def _place_adjective(word: str) -> bool:
    """'Tiroler', 'Thüringer', 'Kärntner': an adjective from a place name, the same in every case."""
    return word[:1].isupper() and word.endswith("er") and len(word) > 4 and not _stem(word)


def nominative_body(words: list[str]) -> str:
    """The nominative name of adjectives + institution noun ("Statistischem Landesamt", "des
    Thüringer Landeskriminalamts"), or ''."""
    head, gender = _head(words[-1]) if len(words) >= 2 else ("", "")
    if not gender or not all(_stem(w) or _place_adjective(w) for w in words[:-1]):
        return ""
    return " ".join([_stem(w) + NOMINATIVE[gender] if _stem(w) else w for w in words[:-1]] + [head])


def genitive_stem(noun: str) -> str:
    """'Tagblatts' -> 'Tagblatt', 'Tagblattes' -> 'Tagblatt', 'Kuriers' -> 'Kurier' (masculine and
    neuter genitive singular)."""
    if noun.endswith("es") and noun[:-2].endswith(("t", "d", "ch", "sch", "ss", "g")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun
