"""Role words and titles ("Außenminister", "Nato-Generalsekretär", "the president"): the role,
its affiliation and gender; demonyms ("ukrainisch" -> Ukraine)."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, firstnames, institution_name, lexicon, words_as_written
from .words import NEUTRAL_ROLE_ENDINGS, NOT_AFFILIATIONS, WOMEN_NOUN_ENDINGS

DEMONYM_SUFFIXES = {
    "de": ("ischen", "ischem", "ischer", "isches", "ische", "isch"),
    "en": ("ians", "ian", "eans", "ean", "ese", "ish", "ans", "an", "i"),
}


def _fold(word: str) -> str:
    return word.casefold().translate(str.maketrans("äöü", "aou"))


def demonym_stem(word: str, lang: str) -> str:
    """'bulgarische' -> 'bulgar', 'Kestrian' -> 'kestr'; '' for a word that is no demonym."""
    low = _fold(word)
    for end in DEMONYM_SUFFIXES.get(lang, ()):
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[: -len(end)]
    return ""


def place_for_stem(stem: str, places) -> str:
    """The one place whose name fits the stem ('bulgar' -> Bulgarien, 'valdor' -> Valdoria,
    'norrland' -> Norrland); '' when none or several fit."""
    hits = set()
    for name in places:
        n = _fold(name)
        if (n.startswith(stem) and len(n) - len(stem) <= 3) or (
                len(n) >= 4 and stem.startswith(n) and len(stem) - len(n) <= 3):
            hits.add(name)
    return hits.pop() if len(hits) == 1 else ""


@lru_cache(maxsize=20000)
def demonym_noun(tok: str, lang: str) -> str:
    """'Niederländer', 'Schwedin', 'Österreicherin' -> the country whose adjective shares the stem
    (niederländisch, schwedisch): a German noun for one of its people; '' otherwise."""
    if lang != "de" or not tok[:1].isupper():
        return ""
    low, adjectives = tok.casefold(), lexicon(lang).adjectives
    for end in ("erin", "er", "in", "e"):
        stem = low[: -len(end)]
        if low.endswith(end) and len(stem) >= 4 and (stem + "isch" in adjectives or stem + "er" in adjectives):
            return adjectives.get(stem + "isch") or adjectives[stem + "er"]
    return ""


def role_word(tok: str, lex: Lexicon, heads: bool = True) -> tuple[str, str, str] | None:
    """(role as written, mapped role, affiliation) when the word is a title or a compound of one
    ("Nato-Generalsekretär" -> ('Nato-Generalsekretär', '', 'Nato')), or (``heads``) a compound
    ending in a role head ("Kreisbrandmeister"); None otherwise."""
    return _role_word(tok, lex.lang, heads)


@lru_cache(maxsize=20000)
def _role_word(tok: str, lang: str, heads: bool = True) -> tuple[str, str, str] | None:
    lex = lexicon(lang)
    low = tok.casefold()
    if low in lex.roles:
        role, aff = lex.roles[low]
        return tok, role if role.casefold() != low else "", aff
    if low in lex.titles:
        return tok, "", ""
    if lex.lang != "de" or not tok[:1].isupper():
        return None
    if low.endswith(tuple(e + "m" for e in NEUTRAL_ROLE_ENDINGS)) and len(low) > 8:  # "laut Vorsitzendem X": the
        found = _role_word(tok[:-1] + "r", lang, heads)  # strong dative, nominative "Vorsitzender"
        if found is not None:
            return (tok[:-1] + "r",) + found[1:]
    for n in range(len(low) - 2, 3, -1):  # the longest title the word ends in (a set lookup per length)
        t = low[-n:]
        if t in lex.titles:
            prefix = tok[: len(tok) - len(t)]
            aff = _prefix_affiliation(prefix.rstrip("-"), lex)
            if not aff and prefix.endswith("-") and prefix[:1].isupper() and len(prefix) > 3 \
                    and prefix[:-1].casefold() not in NOT_AFFILIATIONS:
                aff = prefix[:-1]  # "Kaiwerk-Chefin": an organisation we do not know yet
            return tok, "", aff
    if heads and role_head(tok, lang) and low not in firstnames():  # ("Konstantin" is no "-antin")
        return tok, "", _prefix_affiliation(tok[: tok.rfind("-")], lex) if "-" in tok else ""
    if low.endswith(tuple(e + "n" for e in NEUTRAL_ROLE_ENDINGS)) and len(low) > 8:  # "der Vorsitzenden", "dem Abgeordneten"
        found = _role_word(tok[:-1], lang, heads)
        if found is not None:
            return (tok[:-1],) + found[1:]
    for end in ("s", "es", "en", "n"):  # genitive "des Verfassungsrechtlers", "des Landrates"; weak noun "dem
        base = tok[: len(tok) - len(end)]  # Präsidenten"; dative plural "von Kommunalpolitikern"
        if not low.endswith(end) or len(base) < 5 or end == "en" and (
                not base.casefold().endswith(WEAK_NOUN_ENDINGS) or _group_form(low, lex)) \
                or end == "n" and not base.endswith(("er", "el")):
            continue
        found = _role_word(base, lang, heads)
        if found is not None:
            return (base,) + found[1:]
    return None


# masculine nouns that decline weakly: "der Präsident", "des/dem/den Präsidenten" (the plural
# "-en" of a group noun, "Aktivisten", "Diplomaten", stays a group)
WEAK_NOUN_ENDINGS = ("ent", "ant", "at", "ist", "ot", "ekt", "af", "oph", "nom", "arch")


def _group_form(low: str, lex: Lexicon) -> bool:
    return low in lex.groups or any(low.endswith(g) and len(g) > 5 for g in lex.groups)


@lru_cache(maxsize=1)
def _council_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """data/council_heads_de.txt, read once: (its lines, its lower-case council heads)."""
    lines = words_as_written("council_heads_de.txt")
    return frozenset(lines), tuple(ln for ln in lines if ln.islower())


@lru_cache(maxsize=4096)
def council_noun(tok: str, lang: str) -> str:
    """'Landesschulrat', 'Gemeinderates', 'Sachverständigenrat' -> the noun in the nominative: a
    compound ending in a council head (data/council_heads_de.txt) that is no listed title
    ('Landrat' is a person), or a title listed there as a council too ('Bundesrat'); '' otherwise."""
    if lang != "de" or not tok[:1].isupper():
        return ""
    low = tok.casefold()
    base = tok[:-2] if low.endswith("es") else tok[:-1] if low.endswith("s") else tok
    titles, heads = _council_heads()
    if base in titles:
        return base  # a title that also names a council: "der Bundesrat" when no person was given it
    return base if len(base) > 6 and base.casefold().endswith(heads) and not role_word(base, lexicon(lang), heads=False) else ""


@lru_cache(maxsize=20000)
def is_bare_head(tok: str, lang: str) -> bool:
    """The word is a role head itself ("Förster", "Hebamme", "Pfarrerin"): a role only where the
    grammar says so (before a first name and surname), as a bare surname may be one."""
    low = tok.casefold()
    order = _heads_in_order(lang)[0]
    return low in order or low.endswith("in") and low[:-2] in order


def role_head(tok: str, lang: str) -> str:
    """The head that makes a capitalised compound a role noun ('Naturschutzlandesrätin' -> 'rätin',
    'SPD-Fraktionsvize' -> 'vize'); '' when none does. Short heads need a longer first part,
    so that no first name is taken for a role ('Severin' is no '-erin')."""
    if not tok[:1].isupper():
        return ""
    low = tok.casefold()
    order, lengths = _heads_in_order(lang)
    best = None  # (place in the lexicon's order, head): the first head that fits wins, as before
    for n in lengths:  # only the word's own endings are looked up, not every head
        if n > len(low):
            break
        head, first = low[len(low) - n:], low[:-n]
        place = order.get(head)
        if place is not None and (best is None or place < best[0]) \
                and (first.endswith("-") or len(first) >= (3 if n >= 5 else 4)):
            best = (place, head)
    return best[1] if best else ""


@lru_cache(maxsize=None)
def _heads_in_order(lang: str) -> tuple[dict[str, int], tuple[int, ...]]:
    """Each role head's first place in the lexicon's order, and the heads' lengths, shortest first."""
    order: dict[str, int] = {}
    for place, head in enumerate(lexicon(lang).role_heads):
        order.setdefault(head, place)
    return order, tuple(sorted({len(h) for h in order}))


def _prefix_affiliation(prefix: str, lex: Lexicon) -> str:
    """'Nato' -> Nato, 'US' -> USA, 'Kreml' -> Kreml; 'Außen' -> ''."""
    low = prefix.casefold()
    for cand in (low, low[:-1] if low.endswith("s") else low, low.split("-")[0]):
        if cand in lex.organisations:
            return lex.organisations[cand][0]
        if cand in lex.countries:
            return lex.countries[cand]
        if cand in lex.institutions and len(cand) > 4:  # "Regierungssprecher" -> Regierung
            return institution_name(lex.institutions[cand], "")
    return ""


def _role_gender(role: str, lang: str, article: str = "") -> str:
    """The gender a role noun gives its holder; a nominalised adjective ("Abgeordnete",
    "Vorsitzende") takes it from its ending or article: "der Abgeordnete", "Vorsitzender" (m),
    "die / eine Abgeordnete" (f); "den Abgeordneten" says nothing."""
    low = role.casefold()
    if not low:
        return ""
    if lang == "en":
        if low.endswith(("woman", "queen", "lady")) or low in {"mrs", "ms"}:
            return "f"
        if low.endswith(("man", "king")):
            return "m"
        return ""
    if low.endswith(NEUTRAL_ROLE_ENDINGS):
        return {"der": "m", "die": "f", "eine": "f"}.get(article, "")
    if low.endswith(tuple(e + "r" for e in NEUTRAL_ROLE_ENDINGS)):
        return "m"
    if low.endswith(tuple(e + "n" for e in NEUTRAL_ROLE_ENDINGS)):
        return ""
    if low.endswith(WOMEN_NOUN_ENDINGS) or low.endswith("innen"):
        return "f"  # ("Bürgermeisterin"; a compound whose head is a woman: "Klubobfrau", "Ordensschwester")
    return "m"
