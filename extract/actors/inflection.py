"""German body names in the nominative (issue 15: "organisations in the nominative"):
"laut Statistischem Landesamt" and "dem Statistischen Landesamt" name "Statistisches Landesamt".
The adjectives before the institution noun take the strong nominative ending of the noun's
gender, read from the noun's ending (extract/data/orgs_genders_de.tsv)."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import _data_lines

CASE_ENDINGS = ("em", "en", "er", "es", "e")
NOMINATIVE = {"m": "er", "f": "e", "n": "es"}
ADJECTIVE_STEMS = ("sch", "lich", "ig", "al", "ell", "iv")  # statistisch, deutsch, städtisch, kantonal, …


@lru_cache(maxsize=1)
def _genders() -> tuple[tuple[str, str], ...]:
    rows = (line.split("\t") for line in _data_lines("orgs_genders_de.tsv"))
    return tuple(sorted(((r[0].strip().casefold(), r[1].strip()) for r in rows if len(r) > 1),
                        key=lambda r: len(r[0]), reverse=True))


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
        if gender and (cut == 0 or gender in "mn" and noun[len(base):] in ("s", "es")):
            return base, gender
    return noun, ""


def nominative_body(words: list[str]) -> str:
    """The nominative name of adjectives + institution noun ("Statistischem Landesamt"), or ''."""
    head, gender = _head(words[-1]) if len(words) >= 2 else ("", "")
    stems = [_stem(w) for w in words[:-1]]
    if not gender or not all(stems):
        return ""
    return " ".join([s + NOMINATIVE[gender] for s in stems] + [head])
