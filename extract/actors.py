"""Mentions to actors: one identity per person, organisation, country or group.

Inside an article (``ArticleActors``):
    "Der ukrainische Außenminister Dmytro Kuleba"  -> Dmytro Kuleba, role Außenminister, affiliation Ukraine
    "Nato-Generalsekretär Jens Stoltenberg"       -> Jens Stoltenberg, role Nato-Generalsekretär, affiliation Nato
    "Putin"                                       -> the full name introduced earlier (or later in the text)
    "er" / "sie" / "he" / "she" / "they"          -> the nearest compatible earlier person (or group)
    "der Kanzler" / "the president"               -> the actor last given that role
    "die USA" / "Washington" (speaking)           -> country USA
    "ein Sprecher des Ministeriums"               -> organisation Ministerium
    "Demonstranten"                               -> group
Across articles (``match_actor``): full name or alias, then an unambiguous surname plus a matching
role or affiliation; an ambiguous case stays apart. A user aliases file maps variant names to one
canonical name (``aliases_path``). Every lexicon is a data file under extract/data/.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import platformdirs

from .coreference import described_antecedent
from .model import Actor, Mention, Span
from .quotes import find_quotes

# ----------------------------------------------------------------------------- closed word classes
# Small closed classes of function words stay in code; everything open-ended is a data file.
PRONOUNS = {
    "de": {"er": "m", "sie": "f?", "ihm": "m", "ihr": "f"},
    "en": {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "it": "n"},
}
NO_ACTOR = {"wir", "ich", "man", "es", "uns", "du", "we", "i", "you", "one", "us", "wer", "who"}
DEFINITE = {"der", "die", "das", "des", "dem", "den", "the"}
INDEFINITE = {"ein", "eine", "einer", "eines", "einem", "einen", "a", "an"}
ARTICLES = DEFINITE | INDEFINITE
QUANTIFIERS = {
    "viele", "vielen", "einige", "einigen", "mehrere", "mehreren", "zahlreiche", "zahlreichen", "manche",
    "andere", "anderen", "weitere", "weiteren", "alle", "allen", "zwei", "drei", "vier", "fünf", "hunderte",
    "tausende", "many", "some", "several", "other", "others", "most", "all", "two", "three", "four", "five",
    "hundreds", "thousands", "dozens", "mehrerer", "vieler",
}
MODIFIERS = {
    "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "damalige", "damaliger",
    "damaligen", "amtierende", "amtierender", "amtierenden", "neue", "neuer", "neuen", "scheidende",
    "scheidender", "scheidenden", "designierte", "designierter", "stellvertretende", "stellvertretender",
    "hochrangige", "hochrangiger", "hochrangigen", "führende", "führender", "führenden", "former", "then",
    "acting", "new", "outgoing", "deputy", "senior", "top", "leading", "unnamed", "anonymous", "dessen",
    "deren", "his", "her", "its", "their", "sein", "seine", "seiner", "ihre", "ihrer",
}
HONORIFICS = {"herr": "m", "frau": "f", "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
              "dr": "", "dr.": "", "prof": "", "prof.": "", "sir": "m", "dame": "f", "lady": "f", "lord": "m"}
OF_WORDS = {"des", "der", "von", "vom", "of", "for", "at", "beim", "bei", "from", "by"}
PARTICLES = {"von", "van", "de", "der", "den", "zu", "al", "el", "bin", "ibn", "da", "di", "du", "la", "le",
             "del", "dos", "ter", "vom", "zur", "y"}
SPOKES = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "press secretary")
COMMON_ENDINGS = ("lich", "ig", "isch", "ung", "heit", "keit", "ungen", "ly")  # adjectives, abstract nouns
NOT_AFFILIATIONS = {"ex", "vize", "co", "ober", "chef", "interims", "top", "alt", "noch", "ehren", "partei",
                    "regierungs", "staats", "bundes", "landes"}
NEUTRAL_ROLE_ENDINGS = ("vorsitzende", "abgeordnete", "beauftragte")  # -e forms: either gender
ABBREVIATIONS = {"dr.", "prof.", "sen.", "gov.", "rep.", "gen.", "mr.", "mrs.", "ms.", "st.", "u.s.", "u.k.",
                 "u.n.", "e.u.", "u.s.a."}


# ----------------------------------------------------------------------------- data files
def _data_lines(name: str) -> list[str]:
    path = resources.files("extract").joinpath(f"data/{name}")
    if not path.is_file():
        return []
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line)
    return out


def _columns(line: str, n: int) -> list[str]:
    cols = [c.strip() for c in line.split("\t")]
    return (cols + [""] * n)[:n]


def _variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=None)
def titles(lang: str) -> tuple[str, ...]:
    """Titles that stand before a name, longest first."""
    return tuple(sorted({ln.strip() for ln in _data_lines(f"titles_{lang}.txt")}, key=len, reverse=True))


@lru_cache(maxsize=None)
def firstnames() -> dict[str, str]:
    out = {}
    for line in _data_lines("firstnames.tsv"):
        name, gender = _columns(line, 2)
        if name:
            out[name.casefold()] = gender if gender in ("m", "f") else ""
    return out


@dataclass(eq=False)  # hashed by identity: one per language (lexicon()), a key for lru_cache
class Lexicon:
    """Everything the resolver looks up for one language; keys are casefolded."""

    lang: str
    titles: dict[str, str] = field(default_factory=dict)  # title -> as written in the list
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (role, affiliation)
    countries: dict[str, str] = field(default_factory=dict)  # variant -> canonical
    adjectives: dict[str, str] = field(default_factory=dict)  # adjective stem / demonym -> country
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> country (only when speaking)
    organisations: dict[str, tuple[str, str]] = field(default_factory=dict)  # variant -> (name, affiliation)
    institutions: dict[str, str] = field(default_factory=dict)  # variant -> canonical
    groups: dict[str, str] = field(default_factory=dict)  # variant -> canonical plural
    country_names: dict[str, str] = field(default_factory=dict)  # code -> canonical
    sources: dict[str, str] = field(default_factory=dict)  # "Angaben", "reports": whose? the "of" tells
    plural_titles: dict[str, str] = field(default_factory=dict)  # "foreign ministers" -> "Foreign Minister"
    institution_suffixes: tuple[str, ...] = ()  # "ministerium", "verwaltung": compounds are institutions
    sources_longest_first: tuple[str, ...] = ()  # the keys of ``sources``, for compounds ("Polizeiangaben")
    title_heads: frozenset[str] = frozenset()  # first words of multi-word titles: "prime", "foreign"
    single_word_countries: tuple[str, ...] = ()  # for demonyms not in the list: "bulgarisch" -> Bulgarien
    max_words: int = 1


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    lang = lang if lang in ("de", "en") else "de"
    lex = Lexicon(lang)
    for t in titles(lang):
        lex.titles[t.casefold()] = t
    for line in _data_lines(f"roles_{lang}.tsv"):
        noun, role, aff = _columns(line, 3)
        if noun:
            lex.roles[noun.casefold()] = (role or noun, aff)
    for line in _data_lines(f"countries_{lang}.tsv"):
        code, name, variants, adjectives, capitals = _columns(line, 5)
        name = name or _babel_territories(lang).get(code, "")
        if not name:
            continue
        lex.country_names[code] = name
        for v in [name, *_variants(variants)]:
            lex.countries.setdefault(v.casefold(), name)
        for a in _variants(adjectives):
            lex.adjectives[a.casefold()] = name
        for c in _variants(capitals):
            lex.capitals[c.casefold()] = name
    for code, name in _babel_territories(lang).items():
        if code not in lex.country_names:
            lex.country_names[code] = name
            lex.countries.setdefault(name.casefold(), name)
    for line in _data_lines("organisations.tsv"):
        de, en, variants, aff = _columns(line, 4)
        name = (de if lang == "de" else en) or de or en
        aff = translate_affiliation(aff, lang, lex) if aff else ""
        for v in [de, en, *_variants(variants)]:
            if v:
                lex.organisations.setdefault(v.casefold(), (name, aff))
    for line in _data_lines(f"institutions_{lang}.txt"):
        forms = _variants(line)
        for v in forms:
            lex.institutions[v.casefold()] = forms[0]
    for line in _data_lines(f"groups_{lang}.txt"):
        forms = _variants(line)
        for v in forms:
            lex.groups[v.casefold()] = forms[0]
    for line in _data_lines(f"sources_{lang}.txt"):
        for v in _variants(line):
            lex.sources[v.casefold()] = v
    if lang == "en":
        for t in lex.titles.values():
            plural = t[:-3] + "men" if t.casefold().endswith("man") else t + "s"
            lex.plural_titles[plural.casefold()] = t
    lex.single_word_countries = tuple(sorted({n for n in lex.country_names.values() if " " not in n and "-" not in n}))
    lex.title_heads = frozenset(t.split()[0] for t in lex.titles if " " in t)
    lex.sources_longest_first = tuple(sorted(lex.sources, key=len, reverse=True))
    lex.institution_suffixes = tuple(sorted((k for k in lex.institutions if " " not in k and len(k) >= 4),
                                            key=len, reverse=True))
    lex.max_words = max(len(k.split()) for table in (lex.titles, lex.roles, lex.countries, lex.organisations,
                                                     lex.institutions, lex.groups, lex.adjectives) for k in table)
    return lex


def _babel_territories(lang: str) -> dict[str, str]:
    """Country names from babel: two-letter codes only (no regions, no EU/UN, no private codes)."""
    try:
        from babel import Locale

        names = Locale(lang).territories
    except Exception:  # babel missing or locale unknown: our own lists still work
        return {}
    skip = {"EU", "EZ", "UN", "QO", "ZZ"}
    return {c: n for c, n in names.items() if len(c) == 2 and c.isalpha() and c not in skip and not c.startswith("X")}


@lru_cache(maxsize=None)
def _translations() -> dict[str, tuple[str, ...]]:
    """Canonical country and organisation names -> their names in the other language."""
    pairs: list[tuple[str, str]] = []
    de, en = lexicon("de"), lexicon("en")
    for code, name in de.country_names.items():
        if code in en.country_names:
            pairs.append((name, en.country_names[code]))
    for line in _data_lines("organisations.tsv"):
        name_de, name_en = _columns(line, 2)
        if name_de and name_en:
            pairs.append((name_de, name_en))
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        if a != b:
            out.setdefault(a.casefold(), set()).add(b)
            out.setdefault(b.casefold(), set()).add(a)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def other_language_names(name: str) -> tuple[str, ...]:
    """'Russland' -> ('Russia',); 'Außenministerium (Russland)' -> ('Foreign Ministry (Russia)',)."""
    found = _translations().get(name.casefold(), ())
    if found or not name:
        return found
    base, _, aff = name.partition(" (")
    aff = aff[:-1] if aff.endswith(")") else aff
    others = _institution_translations().get(base.casefold(), ())
    if not others:
        return ()
    affs = (other_language_names(aff) or (aff,)) if aff else ("",)
    return tuple(dict.fromkeys(institution_name(o, a) for o in others for a in affs))


@lru_cache(maxsize=None)
def _institution_translations() -> dict[str, tuple[str, ...]]:
    """Generic institution nouns -> their names in the other language (institutions_de_en.tsv)."""
    out: dict[str, list[str]] = {}
    for line in _data_lines("institutions_de_en.tsv"):
        de, en = (_variants(c) for c in _columns(line, 2))
        for a, b in ((de, en), (en, de)):
            for v in a:
                key = institution_name(v, "").casefold()
                out.setdefault(key, [])
                out[key].extend(x for x in b if x not in out[key])
    return {k: tuple(v) for k, v in out.items()}


GENERIC_ONLY = {"ministry", "government", "police", "army", "military", "embassy", "authorities", "administration"}


def is_generic_body(actor: Actor) -> bool:
    """'Regierung', 'Polizei', 'Transport Ministry', 'Analysts': an institution or group noun with
    no affiliation, which names a different body in every article."""
    if actor.kind not in ("organisation", "group", "unknown") or actor.affiliation or "(" in actor.name:
        return False
    if actor.kind == "group":
        return True
    words = actor.name.split()
    if not words:
        return False
    for lang in ("de", "en"):
        lex = lexicon(lang)
        low = actor.name.casefold()
        if low in lex.institutions or low in lex.groups or low in _institution_translations():
            return True
        if lang == "de" and len(words) == 1 and (_inflected(lex.institutions, words[0], ("es", "s"))
                                                 or _institution_compound(words[0], lex)):
            return True
        if lang == "en" and words[-1].casefold() in GENERIC_ONLY:
            return True  # "Culture Ministry", "Federal Government" (a "Halvo Bank" may be a name)
    return False


def translate_affiliation(aff: str, lang: str, lex: Lexicon | None = None) -> str:
    """A country affiliation written in German in organisations.tsv, in the text's language."""
    if lang == "de":
        return aff
    de = lexicon("de")
    lex = lex or lexicon(lang)
    for code, name in de.country_names.items():
        if name == aff:
            return lex.country_names.get(code, aff)
    return aff


# ----------------------------------------------------------------------------- user aliases
class AliasesError(ValueError):
    """The user's aliases file cannot be read; the message names the file and the line."""


def aliases_path() -> Path:
    """The user's aliases file: $WORTLAUT_ALIASES, else aliases.toml (or aliases.tsv) in the
    user config dir. Each entry maps a variant name to the one canonical name."""
    env = os.environ.get("WORTLAUT_ALIASES")
    if env:
        return Path(env)
    folder = Path(platformdirs.user_config_dir("wortlaut"))
    toml, tsv = folder / "aliases.toml", folder / "aliases.tsv"
    return tsv if tsv.is_file() and not toml.is_file() else toml


def load_aliases(path: Path | None = None) -> dict[str, str]:
    """variant name -> canonical name. A missing file is no aliases. Formats:
    aliases.toml: ``"Vladimir Putin" = "Wladimir Putin"`` or ``"Wladimir Putin" = ["Vladimir Putin",
    "W. Putin"]`` (top level or under ``[aliases]``); aliases.tsv: ``variant<TAB>canonical``."""
    path = Path(path) if path is not None else aliases_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return {}
    return dict(_load_aliases_cached(str(path), mtime))


@lru_cache(maxsize=8)
def _load_aliases_cached(path: str, mtime: int) -> tuple[tuple[str, str], ...]:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise AliasesError(f"{path}: cannot read the aliases file ({err})") from err
    pairs: list[tuple[str, str]] = []
    if path.endswith(".tsv"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) < 2 or not cols[0] or not cols[1]:
                raise AliasesError(f"{path}:{n}: expected 'variant<TAB>canonical name'")
            pairs.append((cols[0], cols[1]))
        return tuple(pairs)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise AliasesError(f"{path}: {err}") from err
    table = data.get("aliases", data) if isinstance(data.get("aliases"), dict) else data
    for key, value in table.items():
        if isinstance(value, str):
            pairs.append((key, value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs.extend((v, key) for v in value)
        else:
            raise AliasesError(f"{path}: {key!r} must map to a name or a list of names")
    return tuple(pairs)


# ----------------------------------------------------------------------------- phrase parsing
TOKEN = re.compile(r"[\w][\w'’.\-/]*|,")


def tokenize(phrase: str) -> list[str]:
    return _tokenize_marked(phrase)[0]


def _tokenize_marked(phrase: str) -> tuple[list[str], frozenset[int]]:
    """The tokens, and which of them carried a possessive "'s" ("Tal's lawyer")."""
    out: list[str] = []
    possessive: set[int] = set()
    for tok in TOKEN.findall(phrase):
        if tok.endswith(".") and tok.casefold() not in ABBREVIATIONS and tok.count(".") == 1:
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
    indefinite: bool = False
    role: str = ""  # as written: "Nato-Generalsekretär", "Foreign Minister"
    role_noun: str = ""  # the noun that can refer back: "Kremlchef", "Kanzler"
    mapped_role: str = ""  # what roles_*.tsv says the noun means ("Präsident")
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
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        key = " ".join(tokens[i : i + n]).casefold()
        if key in table:
            return n, table[key]
    return 0, None


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


def _inflected(table: dict, tok: str, endings: tuple[str, ...]) -> str:
    """Look a word up as written, then without a genitive or dative ending."""
    low = tok.casefold()
    if low in table:
        return table[low]
    for end in endings:
        if low.endswith(end) and low[: -len(end)] in table:
            return table[low[: -len(end)]]
    return ""


def role_word(tok: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(role as written, mapped role, affiliation) when the word is a title or a compound of one
    ("Nato-Generalsekretär" -> ('Nato-Generalsekretär', '', 'Nato')); None otherwise."""
    return _role_word(tok, lex.lang)


@lru_cache(maxsize=20000)
def _role_word(tok: str, lang: str) -> tuple[str, str, str] | None:
    lex = lexicon(lang)
    low = tok.casefold()
    if low in lex.roles:
        role, aff = lex.roles[low]
        return tok, role if role.casefold() != low else "", aff
    if low in lex.titles:
        return tok, "", ""
    if lex.lang != "de" or not tok[:1].isupper():
        return None
    for n in range(len(low) - 2, 3, -1):  # the longest title the word ends in (a set lookup per length)
        t = low[-n:]
        if t in lex.titles:
            prefix = tok[: len(tok) - len(t)]
            aff = _prefix_affiliation(prefix.rstrip("-"), lex)
            if not aff and prefix.endswith("-") and prefix[:1].isupper() and len(prefix) > 3 \
                    and prefix[:-1].casefold() not in NOT_AFFILIATIONS:
                aff = prefix[:-1]  # "Kaiwerk-Chefin": an organisation we do not know yet
            return tok, "", aff
    if low.endswith("s") and len(low) > 5 and _role_word(tok[:-1], lang) is not None:
        return (tok[:-1],) + _role_word(tok[:-1], lang)[1:]  # genitive: "des Verfassungsrechtlers"
    return None


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


def _role_gender(role: str, lang: str) -> str:
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
        return ""
    if low.endswith("in") or low.endswith("innen"):
        return "f"
    return "m"


def _entity_at(tokens: list[str], i: int, lex: Lexicon) -> tuple[Entity | None, int]:
    """An organisation, country or institution starting at token i (after articles and a
    country adjective): 'des russischen Außenministeriums' -> Außenministerium, Russland."""
    j, definite = i, False
    while j < len(tokens) and (tokens[j].casefold() in ARTICLES or tokens[j].casefold() in MODIFIERS):
        definite |= tokens[j].casefold() in DEFINITE
        j += 1
    if j >= len(tokens):
        return None, i
    named, k = _named_entity_at(tokens, j, lex)
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
            inst = _institution_compound(tokens[j], lex)
        n = 1 if inst else 0
    if n:
        j += n
        named_for = _fuer_name_end(tokens, j) if lex.lang == "de" else j
        if named_for > j:  # "Bundesamt für Migration und Flüchtlinge": a name, not a generic body
            return Entity("organisation", " ".join([institution_name(inst, "")] + tokens[j:named_for]), aff), named_for
        if j < len(tokens) and _is_capitalised(tokens[j]) and not _title_follows(tokens, j, lex) \
                and not role_word(tokens[j], lex):  # "des Instituts Valdopol": a named institution
            words, j = _name_run(tokens, j, lex)
            # "the utility company Idris Power": in English a noun before a name never belongs to it;
            # in German only the descriptors do ("der Energiekonzern X", but "Institut Valdopol")
            if lex.lang == "en" or _is_descriptor(inst, lex):
                return Entity("organisation", " ".join(words), aff, descriptor=inst.casefold()), j
            return Entity("organisation", institution_name(inst, "") + " " + " ".join(words), aff), j
        return Entity("organisation", inst, aff, generic=True, definite=definite), j
    return None, i


@lru_cache(maxsize=20000)
def is_institution_word(word: str, lang: str) -> bool:
    """'Institut', 'Bundesamt', 'Verkehrsministerium': a noun that names a body."""
    lex = lexicon(lang)
    return bool(_inflected(lex.institutions, word, ("es", "s")) or (lang == "de" and _institution_compound(word, lex)))


def _fuer_name_end(tokens: list[str], j: int) -> int:
    """'für Arbeit', 'für Migration und Flüchtlinge' after an institution noun: the end of that
    part of its name (j when there is none)."""
    if j + 1 >= len(tokens) or tokens[j] != "für" or not _is_capitalised(tokens[j + 1]):
        return j
    k = j + 2
    while k + 1 < len(tokens) and tokens[k] == "und" and _is_capitalised(tokens[k + 1]):
        k += 2
    return k


def _is_descriptor(inst: str, lex: Lexicon) -> bool:
    """'Konzern', 'Energieversorger': a noun that describes a named organisation and is no part
    of its name ('der Energiekonzern Idris Power' -> Idris Power; but 'Institut Valdopol')."""
    low = inst.casefold()
    return any(low == d or (lex.lang == "de" and low.endswith(d) and len(d) >= 4) for d in descriptors(lex.lang))


@lru_cache(maxsize=None)
def descriptors(lang: str) -> frozenset[str]:
    return frozenset(v.casefold() for line in _data_lines(f"descriptors_{lang}.txt") for v in _variants(line))


@lru_cache(maxsize=None)
def organisation_words() -> frozenset[str]:
    """Last words of organisation names ('Idris Power', 'Torvald United', 'Halvo AG')."""
    return frozenset(ln.strip().casefold() for ln in _data_lines("organisation_words.txt"))


def _named_entity_at(tokens: list[str], j: int, lex: Lexicon) -> tuple[Entity | None, int]:
    n, org = _longest(tokens, j, lex.organisations, lex.max_words)
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


@lru_cache(maxsize=20000)
def _institution_compound(tok: str, lex: Lexicon) -> str:
    """'Gesundheitsministeriums' -> 'Gesundheitsministerium' (a word ending in an institution)."""
    low = tok.casefold()
    for end in ("", "es", "s"):
        stem = low[: len(low) - len(end)] if end else low
        if end and not low.endswith(end):
            continue
        for inst in lex.institution_suffixes:
            if stem.endswith(inst) and len(stem) > len(inst) + 2:
                return tok[: len(stem)]
    return ""


def institution_name(inst: str, affiliation: str) -> str:
    """'Regierung', 'Russland' -> 'Regierung (Russland)'; 'foreign ministry' -> 'Foreign Ministry'."""
    inst = " ".join(w[:1].upper() + w[1:] for w in inst.split())
    return f"{inst} ({affiliation})" if affiliation else inst


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
    for variant, canonical in sorted(lexicon(lang).groups.items(), key=lambda kv: len(kv[0]), reverse=True):
        if len(variant) >= 5 and " " not in variant and low.endswith(variant) and len(low) - len(variant) >= 4:
            return tok[: len(tok) - len(variant)] + canonical.casefold()
    return ""


ARABIC_NAME = re.compile(r"^(?:al|el|ad|an|ar|as|asch|at|az|ash|abu|ben|bin|ibn)-[A-ZÄÖÜ]")  # "al-Hassani"


def _is_capitalised(tok: str) -> bool:
    return tok[:1].isupper() or bool(ARABIC_NAME.match(tok))


def _particles_then_name(tokens: list[str], i: int, lex: Lexicon | None = None) -> bool:
    """'von der Leyen': name particles followed by one capitalised name word (not 'von der
    Universität Halvstad', where an institution follows)."""
    while i < len(tokens) and tokens[i].casefold() in PARTICLES:
        i += 1
    if i >= len(tokens) or not _is_capitalised(tokens[i]):
        return False
    if lex is None:
        return True
    if _entity_at(tokens, i, lex)[0] is not None or _group_at(tokens, i, lex)[0] or role_word(tokens[i], lex):
        return False
    return i + 1 >= len(tokens) or not _is_capitalised(tokens[i + 1])


def _entity_label(ent: Entity) -> str:
    """How an entity is named as someone's affiliation."""
    return institution_name(ent.name, ent.affiliation) if ent.generic else ent.name


def parse_phrase(phrase: str, lang: str) -> Parsed:
    """Split a mention phrase into role, affiliation, name words or an entity."""
    p = _parse_cached(phrase, lang)
    return replace(p, name=list(p.name), demonyms=list(p.demonyms), entity=replace(p.entity) if p.entity else None,
                   of=replace(p.of) if p.of else None)  # callers may change their copy


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
    if party:
        p.affiliation = party
    return p


PARENTHESIS = re.compile(r"\s*\(([^()]{1,40})\)")


def _parse_tokens(tokens: list[str], lex: Lexicon, possessive: frozenset[int] = frozenset()) -> Parsed:
    lang = lex.lang
    p = Parsed()
    i = 0
    genitive = bool(tokens) and tokens[0].casefold() == "des"
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | QUANTIFIERS:
        low = tokens[i].casefold()
        p.definite |= low in DEFINITE
        p.indefinite |= low in INDEFINITE
        p.plural |= low in QUANTIFIERS
        i += 1
    p.clean = " ".join(t for t in tokens[i:] if t != ",")
    while i < len(tokens):
        tok, low = tokens[i], tokens[i].casefold()
        if tok == ",":
            i += 1
            continue
        if p.name:  # after the name only an apposition may add a role: "Jens Stoltenberg, Nato-Chef"
            rw = role_word(tok, lex)
            n, _ = _longest(tokens, i, lex.titles, lex.max_words)
            if (rw or n) and not p.role:
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
        if low in OF_WORDS and (p.role or p.entity or p.source):
            ent, j, run = _of_entity(tokens, i + 1, lex, genitive=low == "des")
            if ent is None:
                i += 1
                continue
            ent.definite |= low in ("des", "der", "vom", "beim")  # the article is in the "of" word
            if p.source and not p.role and not p.entity:  # "Angaben der Polizei": the police speak
                if run and ent.name.split()[0].casefold() in firstnames():
                    p.name = ent.name.split()  # "nach Angaben von Ilka Marwen"
                elif run:
                    p.entity = Entity("unknown", ent.name)  # "Schätzungen des Sundbunds": someone named
                else:
                    p.entity = ent
            elif p.role:
                p.of = ent
                p.affiliation = p.affiliation or _entity_label(ent)
            elif p.entity and p.entity.kind == "group":
                p.entity.affiliation = p.entity.affiliation or _entity_label(ent)
            i = j
            continue
        if low in QUANTIFIERS or low in MODIFIERS or low in ARTICLES:
            i += 1
            continue
        if low in HONORIFICS:
            p.gender = p.gender or HONORIFICS[low]
            i += 1
            continue
        n, _ = _longest(tokens, i, lex.sources, lex.max_words)
        if n:
            p.source = True
            i += n
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
        rw = role_word(tok, lex) if lang == "de" else None
        if rw and (i + 1 < len(tokens) or p.definite or p.indefinite or p.affiliation or i > 0
                   or low not in lex.titles):  # a bare exact title ("König") may be a surname
            p.role, p.mapped_role, aff = rw
            p.role_noun = tok
            p.affiliation = p.affiliation or aff
            i += 1
            continue
        country = _adjective_country(tok, lex)
        if country and (lang == "en" or not _is_capitalised(tok) or i + 1 < len(tokens)):
            nxt_country = i + 1 < len(tokens) and lex.countries.get(" ".join(tokens[i:i + 2]).casefold())
            named_org = _longest(tokens, i, lex.organisations, lex.max_words)[0] > 1  # "Deutsche Bahn": a name
            if not nxt_country and low not in lex.countries and not named_org:
                p.affiliation = p.affiliation or country
                i += 1
                continue
        group, j = _group_at(tokens, i, lex)
        if not group and lang == "en" and not p.role and tok.isalpha() and tok.islower() and i + 1 < len(tokens) \
                and not role_word(tok, lex) and not _longest(tokens, i, lex.institutions, lex.max_words)[0]:
            group, j = _group_at(tokens, i + 1, lex)  # "insurance analysts": a qualified group noun
            if group and (j == len(tokens) or tokens[j] == "," or tokens[j].casefold() in OF_WORDS):
                group = tok + " " + group
            else:
                group, j = "", i
        if group and not p.role:
            p.entity = Entity("group", group, p.affiliation, generic=True)
            p.plural = True
            i = j
            continue
        ent, j = _entity_at(tokens, i, lex)
        if ent and not ent.generic and not p.role and j < len(tokens):
            group, k = _group_at(tokens, j, lex)  # "Norrland diplomats", "NATO officials"
            if group:
                p.entity = Entity("group", group, _entity_label(ent), generic=True)
                p.plural = True
                i = k
                continue
        if ent:
            if j < len(tokens) and tokens[j] != "," and (_longest(tokens, j, lex.titles, lex.max_words)[0]
                                                         or role_word(tokens[j], lex)
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
        if low in lex.capitals and not p.role:
            p.capital = lex.capitals[low]
            i += 1
            continue
        if _is_capitalised(tok):
            words, j = _name_run(tokens, i, lex)
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
                    and (_title_follows(tokens, j, lex) or _institution_at(tokens, j, lex)
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
            p.name.extend(words)
            i = j
            continue
        if lang == "en" and not p.name and not p.role and _lower_role_before_name(tokens, i, known_first=not p.affiliation):
            p.role, p.role_noun = tok, tok  # "Brinmouth striker Sam Okoro": an unlisted role noun
            i += 1
            continue
        if not p.name and not p.role and low in PARTICLES and i == _first_word(tokens) \
                and _particles_then_name(tokens, i, lex):
            k = i  # a surname with its particles, alone: "von der Heide", "van Dongen"
            while tokens[k].casefold() in PARTICLES:
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
    if genitive and len(p.name) == 1 and lang == "de" and p.name[0].endswith("s") and len(p.name[0]) > 4:
        p.name[0] = p.name[0][:-2] if p.name[0].endswith("ses") else p.name[0][:-1]  # "des Städtetags"
    if not p.gender:
        first = p.name[0].casefold() if len(p.name) > 1 else ""
        if first:
            p.gender = firstnames().get(first) or firstnames().get(first.split("-")[0], "")
    if not p.gender and p.role:
        p.gender = _role_gender(p.role, lang)
    return p


def _first_word(tokens: list[str]) -> int:
    """Index of the first word after articles and quantifiers."""
    i = 0
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | QUANTIFIERS:
        i += 1
    return i


def _name_run(tokens: list[str], i: int, lex: Lexicon) -> tuple[list[str], int]:
    """Capitalised words (and name particles between them) from i, up to a title that
    introduces another name ('Sundbund | Secretary-General Mira Sandell')."""
    words: list[str] = []
    while i < len(tokens) and tokens[i] != ",":
        t = tokens[i]
        if words and _title_follows(tokens, i, lex):
            break
        if _is_capitalised(t):
            words.append(t)
        elif t.casefold() in PARTICLES and words and _particles_then_name(tokens, i, lex):
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


def _institution_at(tokens: list[str], j: int, lex: Lexicon) -> bool:
    ent, _ = _entity_at(tokens, j, lex)
    return ent is not None and ent.generic


def _source_compound(tok: str, lex: Lexicon) -> Entity | None | bool:
    """'Polizeiangaben' -> Entity(Polizei); 'Medienberichten' -> False (a source, but no one's);
    None when the word is no source noun at all."""
    if lex.lang != "de" or not tok[:1].isupper():
        return None
    low = tok.casefold()
    for src in lex.sources_longest_first:
        if len(src) >= 5 and low.endswith(src) and len(low) > len(src) + 2:
            prefix = low[: -len(src)].rstrip("-")
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
    if ent:
        return ent, j, False
    j = i
    while j < len(tokens) and tokens[j].casefold() in ARTICLES:
        genitive |= tokens[j].casefold() == "des"
        j += 1
    if j >= len(tokens) or not _is_capitalised(tokens[j]):
        return None, i, False
    words, k = _name_run(tokens, j, lex)
    if genitive and len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4:
        words[0] = words[0][:-2] if words[0].endswith("ses") else words[0][:-1]
    return Entity("organisation", " ".join(words)), k, True


def local_id(name: str) -> str:
    return "a" + hashlib.sha1(name.casefold().encode()).hexdigest()[:10]


# ----------------------------------------------------------------------------- one article
@dataclass
class Event:
    """An actor mentioned at an offset: candidates for pronouns and role nouns."""

    offset: int
    actor: Actor
    subject: bool = False


NAME_AFTER = re.compile(r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,2}")  # capitalised words right after a noun
AGE_NOUN = re.compile(r"^(?:der|die)\s+\d+-[Jj]ährige[rn]?$", re.IGNORECASE)  # "der 58-Jährige"
SENTENCE_END = re.compile(r"[.!?][»«“”\"'’)]*\s+|\n\s*\n")
LEFT_WORD = re.compile(r"([\w][\w.'’\-]*)[ \t]+$")
PLACE_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}(?:ia|ien|land|stan|ei|ea|ika)\b")  # Valdoria, Norrland
DEMONYM_WORD = {
    "de": re.compile(r"\b[a-zäöüß]{4,}isch(?:e[mnrs]?)?\b"),
    "en": re.compile(r"\b[A-Z][a-z]{3,}(?:ian|ean|ese|ish|an)\b"),
}
QUOTE_MARKS = "«»„“”\""
APPOSITION_BEFORE = re.compile(r"([^,.;:!?«»„“”\"\n]{3,100}),[ \t]*$")
APPOSITION_AFTER = re.compile(r",[ \t]*([^,.;:!?«»„“”\"\n()]{3,80})(?:,|\.(?:\s|$))")
OF_PHRASE = re.compile(r"[ \t]+(?:des|der|von|vom|of|from|by)(?:[ \t]+(?:der|des|dem|den|die|das|the|a|an|einer|eines))?"
                       r"(?:[ \t]+[a-zäöüß]+(?:e|en|er|es|an|ian|ish))?(?:[ \t]+[A-ZÄÖÜ][\w\-'’]*)+")
GROUP_WORD = re.compile(r"\b\w{4,}\b")
RIGHT_NAME = re.compile(r"[ \t]+([A-ZÄÖÜ][\w'’\-]*[\w])")
PLURAL_VERBS = {"sind", "haben", "werden", "wollen", "können", "sollen", "müssen", "seien", "hätten", "wären"}
SINGULAR_VERBS = {"ist", "hat", "habe", "sei", "wird", "will", "kann", "soll", "muss", "hätte", "wäre"}


class ArticleActors:
    """Resolves speaker mentions of one article to article-local actors, in text order.

    ``mentions`` are every name / organisation mention the language rules saw, in text order;
    they introduce full names, roles and genders that later speaker mentions refer back to."""

    def __init__(self, text: str, lang: str, mentions: list[Mention] | None = None,
                 aliases: dict[str, str] | None = None, quotes: list[Span] | None = None):
        self.text = text
        self.lang = lang if lang in ("de", "en") else "de"
        self.lex = lexicon(self.lang)
        raw = load_aliases() if aliases is None else aliases
        self.aliases = {k.casefold(): v for k, v in raw.items()}
        self.mentions = sorted(mentions or [], key=lambda m: m.span)
        self._actors: dict[str, Actor] = {}
        self._names: dict[str, Actor] = {}  # casefolded name or name alias -> actor
        self._gender: dict[str, str] = {}  # actor id -> m | f | ""
        self._roles: dict[str, list[str]] = {}  # actor id -> every role noun it was given
        self._events: list[Event] = []
        self._scanned: dict[str, tuple[str, Span]] = {}
        self._places: tuple[str, ...] | None = None  # country-like names in the text, read when needed
        self._with_adjective: set[str] | None = None
        self._descriptors: dict[str, set[str]] = {}  # actor id -> "utility company", "energiekonzern"
        self._body_events: list[Event] | None = None  # institutions German calls "sie", read when needed
        # the quotes the language rules paired (the pass runs once per article), else paired here
        self._quotes = quotes if quotes is not None else [(q.open_mark, q.close_mark) for q in find_quotes(text)]
        self._sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self._register_mentions()

    @property
    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    # ---- public
    def resolve(self, span: Span) -> Actor | None:
        phrase = self.text[span[0] : span[1]].strip().strip(",:;")
        if not phrase:
            return None
        low = phrase.casefold()
        if low in PRONOUNS[self.lang]:
            actor = self._by_pronoun(low, span)
        elif self.lang == "de" and AGE_NOUN.match(phrase):
            actor = self._by_age(phrase, span)
        elif low in NO_ACTOR:
            return None
        else:
            parsed = self._parse_at(span)
            actor = self._actor_for(parsed, span[0], speaking=True, hint=self._hint(span))
        if actor is not None:
            self._add_event(span[0], actor, subject=True)
        return actor

    # ---- mentions
    def _register_mentions(self) -> None:
        """Full names first (so a surname in the headline finds them), then the rest; role
        nouns last, in text order, so each finds the actor last given that role before it."""
        parsed = []
        for m in self.mentions:
            low = self.text[m.span[0] : m.span[1]].strip().casefold()
            if not low or low in PRONOUNS[self.lang] or low in NO_ACTOR:
                continue
            parsed.append((m, self._parse_at(m.span)))
        full = [(m, p) for m, p in parsed if len(p.name) > 1]
        rest = [(m, p) for m, p in parsed if len(p.name) <= 1 and (p.name or p.entity)]
        bare_roles = [(m, p) for m, p in parsed if not p.name and not p.entity and p.role]
        for group in (full, rest):
            for m, p in group:
                actor = self._actor_for(p, m.span[0], speaking=False, hint=m.kind_hint)
                if actor is not None:
                    self._add_event(m.span[0], actor, subject=m.is_subject)
        self._register_group_nouns()
        for m, p in bare_roles:
            if p.definite:
                actor = self._by_role(p, m.span[0])
                if actor is not None:
                    self._add_event(m.span[0], actor, subject=m.is_subject)

    def _demonym_place(self, word: str) -> str:
        """A place the article itself names that fits the adjective ('valdorische' -> Valdoria)."""
        if self._places is None:
            found = {m.group(0) for m in PLACE_WORD.finditer(self.text)}
            self._places = tuple(w for w in found if w.casefold() not in self.lex.capitals)
        stem = demonym_stem(word, self.lang) if word else ""
        return place_for_stem(stem, self._places) if stem else ""

    def _adjective_places(self) -> set[str]:
        """Country-like names the article also uses as an adjective ('Kestria' / 'kestrische'):
        countries we do not know, not persons."""
        if self._with_adjective is None:
            self._demonym_place("")  # reads the places
            pattern = DEMONYM_WORD[self.lang]
            self._with_adjective = {self._demonym_place(m.group(0)) for m in pattern.finditer(self.text)} - {""}
        return self._with_adjective

    def _register_group_nouns(self) -> None:
        """Group nouns are no names, so the rules may not hand them over; 'Protesters gathered
        ... they chanted' still needs them as antecedents of a plural pronoun."""
        for m in GROUP_WORD.finditer(self.text):
            word = m.group(0)
            if self.lang == "de" and not word[:1].isupper():
                continue
            group = _inflected(self.lex.groups, word, ("n",) if self.lang == "de" else ())
            if group and not self._in_quote(m.start()):
                self._add_event(m.start(), self._entity_actor(Entity("group", group, generic=True)), subject=False)

    def _hint(self, span: Span) -> str:
        for m in self.mentions:
            if m.span[0] < span[1] and span[0] < m.span[1] and m.kind_hint:
                return m.kind_hint
        return ""

    def _parse_at(self, span: Span) -> Parsed:
        start, end = self._extend_left(span[0]), self._extend_right(span)
        phrase = self.text[start:end]
        if any(mark in phrase for mark in QUOTE_MARKS):
            return Parsed()  # a quotation is not a speaker phrase
        if start == span[0]:  # "Die Ministerpräsidentin von Valdoria, Ilka Marwen"
            phrase = self._apposition_before(start) + phrase
        after = self._apposition_after(end)
        p = parse_phrase(phrase + after, self.lang)
        if not after and p.name and not p.role and not p.gender and not p.entity:
            desc = self._descriptor_after(end)
            if desc:  # "Halvo, the utility company, said": the name is an organisation's
                p.entity = Entity("organisation", " ".join(p.name), p.affiliation, descriptor=desc)
                p.name = []
        return p

    def _descriptor_after(self, end: int) -> str:
        m = APPOSITION_AFTER.match(self.text, end)
        if not m or m.group(1).split()[0].casefold() not in ARTICLES:
            return ""
        tokens = tokenize(m.group(1))
        ent, j = _entity_at(tokens, 0, self.lex)  # the whole apposition is the descriptor, nothing more
        return ent.name.casefold() if ent is not None and ent.generic and j == len(tokens) else ""

    def _apposition_before(self, start: int) -> str:
        m = APPOSITION_BEFORE.search(self.text, max(0, start - 100), start)
        if not m:
            return ""
        words = m.group(1).split()[-8:]
        for k in range(len(words)):
            first = words[k].casefold()
            if not (first in ARTICLES or first in MODIFIERS or role_word(words[k], self.lex)
                    or first in self.lex.titles or first in self.lex.title_heads):
                continue
            p = parse_phrase(" ".join(words[k:]), self.lang)
            if p.role and not p.name and not p.entity:
                return " ".join(words[k:]) + ", "
        return ""

    def _apposition_after(self, end: int) -> str:
        """'Ilka Marwen, Ministerpräsidentin von Valdoria, sagte' -> the role between the commas."""
        m = APPOSITION_AFTER.match(self.text, end)
        if not m:
            return ""
        first = m.group(1).split()[0]
        if not (first.casefold() in ARTICLES or first.casefold() in MODIFIERS
                or role_word(first, self.lex) or first.casefold() in self.lex.titles
                or first.casefold() in self.lex.title_heads or _adjective_country(first, self.lex)):
            return ""  # "..., adding the minister would travel": not an apposition
        p = parse_phrase(m.group(1), self.lang)
        return ", " + m.group(1) if p.role and not p.name and not p.entity else ""

    def _extend_right(self, span: Span) -> int:
        """A mention that stops at a first name ('Joe' in 'Joe Biden') takes in the surname;
        a known party or organisation in brackets right after a name is taken in too."""
        bracket = PARENTHESIS.match(self.text, span[1])
        if bracket and _entity_at(tokenize(bracket.group(1)), 0, self.lex)[0] is not None:
            return bracket.end()
        words = self.text[span[0] : span[1]].split()
        if words and (words[-1].casefold() in self.lex.sources or _source_compound(words[-1], self.lex) is False):
            of = OF_PHRASE.match(self.text, span[1])  # "Umfrage | des Instituts Valdopol": whose it is
            return of.end() if of else span[1]
        if not words or words[-1].casefold() not in firstnames():
            return span[1]
        end = span[1]
        for _ in range(2):
            m = RIGHT_NAME.match(self.text, end)
            if not m:
                break
            word = m.group(1)
            low = word.casefold()
            if (role_word(word, self.lex) or low in self.lex.titles or low in self.lex.organisations
                    or low in self.lex.countries or low in self.lex.capitals or low in self.lex.groups):
                break
            end = m.end(1)
            if low not in firstnames():
                break
        return end

    def _extend_left(self, start: int) -> int:
        """Take in the role words, country adjectives and articles right before a name:
        'Der ukrainische Außenminister |Dmytro Kuleba' -> the whole phrase."""
        pos, useful = start, start
        lower_noun = False
        for _ in range(6):
            m = LEFT_WORD.search(self.text, max(0, pos - 80), pos)
            if not m:
                break
            word = m.group(1)
            low = word.casefold()
            if (role_word(word, self.lex) or low in self.lex.titles or low in HONORIFICS
                    or low in self.lex.title_heads):  # "Prime" of "Prime Minister"
                pos = useful = m.start(1)
            elif useful < start and low.endswith(("'s", "’s")) and word[:1].isupper():
                pos = useful = m.start(1)  # "Norrland's Foreign Minister"
                break
            elif _adjective_country(word, self.lex) or low in MODIFIERS or _prefix_affiliation(word, self.lex):
                pos = m.start(1)
                if useful < start:  # "NATO | Secretary General": what the role belongs to
                    useful = pos
            elif low in ARTICLES:
                pos = m.start(1)
                if useful < start:
                    useful = pos
                break
            elif self.lang == "en" and useful < start and word[:1].isupper() and not word.endswith(".") \
                    and low not in NOT_ROLE_NOUNS | OF_WORDS | ARTICLES | NO_ACTOR \
                    and low not in PRONOUNS["en"] and (not word.isupper() or word in ("FC", "AG")):
                if low in firstnames() and lower_noun:
                    return start  # "Olena Kovalenko met | Sam Okoro": a person before a verb, no owner
                pos = useful = m.start(1)  # "Torvald United | manager Sam Okoro": whose the role is
            elif self.lang == "en" and pos == start and _lower_noun(word):
                owner = LEFT_WORD.search(self.text, max(0, m.start(1) - 80), m.start(1))
                if not (owner and owner.group(1)[:1].isupper() and not owner.group(1).endswith(".")):
                    break
                pos = useful = m.start(1)  # "Brinmouth striker | Sam Okoro": an unlisted role noun
                lower_noun = True
            else:
                break
        return useful if useful < start else start

    # ---- actors
    def _add_event(self, offset: int, actor: Actor, subject: bool) -> None:
        if self._in_quote(offset):
            return  # a name inside a quote is not who speaks next
        bisect.insort(self._events, Event(offset, actor, subject), key=lambda e: e.offset)

    def _new(self, name: str, kind: str, role: str = "", affiliation: str = "") -> Actor:
        if kind == "unknown" and self._is_affiliation(name):
            kind = "organisation"  # "Schätzungen des Sundbunds" where the article has "Sundbund-Generalsekretärin"
        aid = local_id(name)
        while aid in self._actors:
            aid = local_id(aid + name)
        actor = Actor(id=aid, name=name, kind=kind, role=role, affiliation=affiliation)
        self._actors[aid] = actor
        self._names[name.casefold()] = actor
        self._roles[aid] = []
        self._gender[aid] = ""
        return actor

    def _is_affiliation(self, name: str) -> bool:
        """An unknown name that the article uses as someone's affiliation or as the first part of a
        compound ('Sundbund-Generalsekretärin', 'Sundbund-Staaten', 'Sundbund Secretary-General'),
        and that is no place the article also uses as an adjective: an organisation."""
        if " " in name or name in self._adjective_places() or PLACE_WORD.fullmatch(name):
            return False
        if any(a.affiliation == name for a in self._actors.values()):
            return True
        return re.search(r"\b" + re.escape(name) + r"-[A-ZÄÖÜ]", self.text) is not None

    def _entity_actor(self, ent: Entity) -> Actor:
        name = self._canonical(_entity_label(ent))
        actor = self._names.get(name.casefold())
        if actor is None:
            actor = self._new(name, ent.kind, affiliation=ent.affiliation)
            for other in other_language_names(name):  # "Russland" is "Russia" in English articles
                self._add_alias(actor, other)
        if ent.descriptor:
            self._descriptors.setdefault(actor.id, set()).add(ent.descriptor)
        return actor

    def _entity_named(self, name: str) -> Entity:
        low = name.casefold()
        if low in self.lex.organisations:
            return Entity("organisation", *self.lex.organisations[low])
        if low in self.lex.countries:
            return Entity("country", self.lex.countries[low])
        return Entity("organisation", name)

    def _canonical(self, name: str) -> str:
        return self.aliases.get(name.casefold(), name)

    def _actor_for(self, p: Parsed, offset: int, speaking: bool, hint: str) -> Actor | None:
        if p.demonyms and not p.affiliation:  # "Der kestrische Verteidigungsminister" -> Kestria
            p.affiliation = self._demonym_place(p.demonyms[0])
            if p.entity is not None and p.entity.generic and not p.entity.affiliation:
                p.entity.affiliation = p.affiliation
        # the user's aliases come first: they may turn any phrase into a known name
        for variant in (p.clean, " ".join(p.name)):
            if variant and variant.casefold() in self.aliases:
                canonical = self.aliases[variant.casefold()]
                alias_parsed = parse_phrase(canonical, self.lang)
                if alias_parsed.entity and not alias_parsed.name:
                    actor = self._entity_actor(Entity(alias_parsed.entity.kind, canonical, alias_parsed.entity.affiliation))
                else:
                    actor = self._names.get(canonical.casefold()) or self._person(
                        canonical.split(), p, offset, speaking=True, hint="person")
                self._add_alias(actor, p.clean)
                return actor
        if p.name:
            name = " ".join(p.name)
            ent, j = _entity_at(p.name, 0, self.lex)
            if ent and j == len(p.name):
                return self._entity_actor(ent)
            if speaking and name.casefold() in self.lex.capitals and len(p.name) == 1:
                return self._entity_actor(Entity("country", self.lex.capitals[name.casefold()]))
            known = self._names.get(self._canonical(name).casefold())
            if known is not None and known.kind in ("organisation", "country", "group"):
                return known  # "Idris Power", introduced as "the utility company Idris Power"
            if known is None and self._organisation_name(p, hint):
                return self._entity_actor(Entity("organisation", name))
            return self._person(p.name, p, offset, speaking, hint)
        if p.entity:
            ent = p.entity
            if ent.kind == "group" and p.indefinite:
                return None  # "sagte ein Anwohner": one unnamed person, no actor of the timeline
            if ent.generic and not ent.affiliation:
                ent.affiliation = p.affiliation
            if ent.generic and ent.kind == "organisation" and not ent.affiliation and (p.definite or ent.definite):
                earlier = self._earlier_institution(ent.name, offset)
                if earlier is None and speaking and p.definite and self.lang == "de":
                    earlier = self._by_description(p, offset)  # "teilte die Behörde mit": the body named before
                if earlier is not None:
                    return earlier
            return self._entity_actor(ent)
        if p.capital:
            return self._entity_actor(Entity("country", p.capital)) if speaking else None
        if p.role:
            actor = self._by_role(p, offset) if not p.indefinite else None
            if actor is None and speaking and p.definite and not p.spokesperson and not p.name and self.lang == "de":
                actor = self._by_description(p, offset)  # "sagte der CDU-Politiker": the person named before
            if actor is None and p.spokesperson:  # a spokesperson speaks for the organisation
                if p.of is not None:
                    if p.of.generic and not p.of.affiliation and p.of.definite:
                        earlier = self._earlier_institution(p.of.name, offset)
                        if earlier is not None:
                            return earlier
                    return self._entity_actor(p.of)
                if p.affiliation:
                    return self._entity_actor(self._entity_named(p.affiliation))
            if actor is not None:
                self._add_alias(actor, p.role_noun)
            return actor
        return None

    def _person(self, words: list[str], p: Parsed, offset: int, speaking: bool, hint: str) -> Actor | None:
        name = " ".join(words)
        actor = self._names.get(self._canonical(name).casefold())
        if actor is None and self._canonical(name) != name:
            name = self._canonical(name)
        if actor is None and not self._has_first_name(words):
            actor, ambiguous = self._by_surname(words, p.gender)
            if ambiguous:
                return None  # two persons share the surname: not guessed
            if actor is None and speaking:
                full, where = self._scan_full_name(words)
                if full:
                    actor = self._names.get(full.casefold()) or self._person(
                        full.split(), self._parse_at(where), offset, speaking=True, hint="person")
        if actor is None and len(words) > 1:
            actor = self._complete_surname_actor(words)
        if actor is None:
            first_known = words[0].casefold() in firstnames() or words[0].split("-")[0].casefold() in firstnames()
            personal = hint == "person" or bool(p.role) or bool(p.gender) or first_known
            if not (speaking or personal):
                return None  # a non-speaking capitalised run that is not clearly a person
            if len(words) == 1 and not personal and hint in ("", "place") and words[0] in self._adjective_places():
                return self._entity_actor(Entity("country", words[0]))  # "Kestria", named by "kestrisch" too
            if len(words) == 1 and not personal and words[0].casefold() in self.lex.title_heads:
                return None  # "Foreign" of "Foreign ministers ...": half a title, no name
            if len(words) == 1 and not personal and hint == "" and (
                    p.common or not self._looks_proper(words[0])
                    or (self.lang == "de" and (p.definite or p.indefinite))):
                return None  # "eigenen Angaben", "Ähnlich", "der Dokumentarfilm": a common noun, not a name
            kind = "person" if personal or len(words) > 1 else ("unknown" if hint == "" else _hint_kind(hint))
            actor = self._new(name, kind)
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
        if p.role or p.gender and len(p.name) < 2 or len(p.name) < 2 and hint != "organisation":
            return False
        if p.name[-1].casefold() not in organisation_words() or any(w.casefold() in HONORIFICS for w in p.name):
            return False
        if p.name[0].casefold() in firstnames():  # "Sam Power" may be a person: only if the rules say so
            return hint == "organisation"
        return hint != "person" or p.name[-1] in ("AG", "GmbH", "SE", "Inc", "Ltd", "LLC", "plc", "FC")

    def _looks_proper(self, word: str) -> bool:
        """A single unknown word is taken for a name only where it also stands capitalised
        inside a sentence (not only at a sentence start, where every word is capitalised)."""
        if word.casefold().endswith(COMMON_ENDINGS):
            return False
        for m in re.finditer(r"(\S+)[ \t]+" + re.escape(word) + r"\b", self.text):
            prev = m.group(1)
            if prev[-1:] not in ".!?:«»„“\"—–-()" and not prev.isupper():
                return True
        return False

    def _has_first_name(self, words: list[str]) -> bool:
        return len(words) > 1 and not (words[0].casefold() in PARTICLES)

    def _by_surname(self, words: list[str], gender: str) -> tuple[Actor | None, bool]:
        """'Putin' -> 'Wladimir Putin', 'von der Leyen' -> 'Ursula von der Leyen'; None if ambiguous."""
        key = [w.casefold() for w in words]
        hits = []
        for a in self._actors.values():
            if a.kind not in ("person", "unknown"):
                continue
            parts = a.name.casefold().split()
            if len(parts) > len(key) and parts[-len(key):] == key:
                if not gender or self._gender.get(a.id, "") in ("", gender):
                    hits.append(a)
        return (hits[0] if len(hits) == 1 else None), len(hits) > 1

    def _complete_surname_actor(self, words: list[str]) -> Actor | None:
        """A full name completes an actor first seen by surname alone."""
        surname = words[-1].casefold()
        hits = [a for a in self._actors.values() if a.kind in ("person", "unknown") and a.name.casefold() == surname]
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
        pattern = re.compile(r"((?:[A-ZÄÖÜ][\w'’\-]*\.?\s+){1,3})" + re.escape(surname) + r"\b")
        for m in pattern.finditer(self.text):
            before = m.group(1).split()
            name: list[str] = []
            for w in reversed(before):
                low = w.casefold()
                if (low in ARTICLES or low in HONORIFICS or role_word(w, self.lex) or low in self.lex.titles
                        or _adjective_country(w, self.lex) or low in self.lex.organisations or low in self.lex.countries):
                    break
                name.insert(0, w)
            if not name:
                continue
            first = name[0].casefold()
            titled = len(name) < len(before)
            if first in firstnames() or first.split("-")[0] in firstnames() or titled:
                full = " ".join(name + [surname])
                found.setdefault(full, (m.end() - len(full), m.end()))
        return next(iter(found.items())) if len(found) == 1 else ("", (0, 0))

    def _learn(self, actor: Actor, p: Parsed) -> None:
        """Role, affiliation and gender a mention gives; the first role given stays the role."""
        if actor.kind == "unknown" and (p.role or p.gender):
            actor.kind = "person"
        if p.role:
            if not actor.role:
                actor.role = p.mapped_role if p.mapped_role and "|" not in p.mapped_role else p.role
                if self.lang == "en" and actor.role.islower():
                    actor.role = actor.role[:1].upper() + actor.role[1:]  # "an economist" -> Economist
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

    def _add_alias(self, actor: Actor, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)

    # ---- back references
    def _in_quote(self, offset: int) -> bool:
        return any(b < offset < e for b, e in self._quotes)

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def _by_role(self, p: Parsed, offset: int) -> Actor | None:
        """'der Kanzler' -> the actor last given a role that ends in 'Kanzler' (Bundeskanzler)."""
        refs = [ref for ref in (p.role.casefold(), *p.mapped_role.casefold().split("|")) if ref]
        for ev in reversed(self._events):
            if ev.offset >= offset or ev.actor.kind != "person":
                continue
            roles = [r.casefold() for r in self._roles.get(ev.actor.id, [])]
            if not any(r.endswith(ref) or (self.lang == "en" and r.startswith(ref + " "))  # "Secretary of State"
                       for r in roles for ref in refs):
                continue
            if p.affiliation and ev.actor.affiliation and p.affiliation != ev.actor.affiliation:
                continue
            self._learn(ev.actor, Parsed(role=p.role, mapped_role=p.mapped_role, affiliation=p.affiliation,
                                         gender=p.gender))
            return ev.actor
        return None

    def _by_age(self, phrase: str, span: Span) -> Actor | None:
        """"der 58-Jährige", "die 44-Jährige": the person of that gender named shortly before."""
        gender = {"der": "m", "die": "f"}.get(phrase.split()[0].casefold(), "")
        return self._by_description(Parsed(definite=True, gender=gender), span[0]) if gender else None

    def _by_description(self, p: Parsed, offset: int) -> Actor | None:
        """A definite role noun or institution noun no earlier role explains: the nearest fitting
        actor named shortly before (extract/coreference.py)."""
        if p.entity is not None:
            def fits(a: Actor) -> bool:
                return a.kind == "organisation" and not is_generic_body(a)
        else:
            def fits(a: Actor) -> bool:
                return a.kind == "person" and self._gender.get(a.id, "") in ("", p.gender) if p.gender \
                    else a.kind == "person"
        actor = described_antecedent(self._events, offset, self._sentence, fits)
        if actor is not None and p.role:
            self._learn(actor, Parsed(role=p.role, mapped_role=p.mapped_role, gender=p.gender))
        return actor

    def _earlier_institution(self, noun: str, offset: int) -> Actor | None:
        """'the ministry' / 'des Ministeriums' -> the ministry named last before it
        ('Norrland's transport ministry', 'das Verkehrsministerium')."""
        key = noun.casefold()
        for ev in reversed(self._events):
            if ev.offset < offset and ev.actor.kind == "organisation":
                base = ev.actor.name.split(" (")[0].casefold()
                if (base.endswith(key) and base != key) or any(
                        d.endswith(key) for d in self._descriptors.get(ev.actor.id, ())):
                    return ev.actor  # "the company" after "the utility company Idris Power"
        # no mention named it: read the text before ("... released by Norrland's defence ministry")
        pattern = re.compile(r"\w*" + re.escape(key) + r"\b", re.IGNORECASE)
        for m in reversed([m for m in pattern.finditer(self.text, 0, offset)]):
            before = self.text[max(0, m.start() - 80) : m.start()]
            before = re.split(r"[.!?;:«»„“\"]", before)[-1].split()[-3:] if before.strip() else []
            words = before + [m.group(0)]
            for k in range(len(words) - 1):
                ent = parse_phrase(" ".join(words[k:]), self.lang).entity
                if ent is not None and ent.kind == "organisation" and (
                        ent.affiliation or ent.name.casefold() != key):
                    return self._entity_actor(ent)
            named = NAME_AFTER.match(self.text, m.end()) if self.lang == "de" else None  # "die Ärztekammer Steiermark"
            if named:
                ent = parse_phrase(m.group(0) + named.group(0), self.lang).entity
                if ent is not None and not ent.generic:
                    return self._entity_actor(ent)
            if m.group(0).casefold() != key:  # a compound: "das Verkehrsministerium"
                ent = parse_phrase(m.group(0), self.lang).entity
                if ent is not None:
                    return self._entity_actor(ent)
        return None

    def _by_pronoun(self, pronoun: str, span: Span) -> Actor | None:
        """The nearest compatible earlier actor; within that actor's sentence a compatible
        subject wins over an object ('Putin traf Scholz. Er sagte ...' -> Putin)."""
        want = PRONOUNS[self.lang][pronoun]
        if want == "f?":  # German "sie": she, or they when the verb is plural
            want = self._german_sie_number(span)

        def fits(a: Actor) -> bool:
            if want in ("m", "f"):
                return a.kind == "person" and self._gender.get(a.id, "") in ("", want)
            if want == "p":
                return a.kind in ("group", "organisation", "country")
            if want == "n":
                return a.kind in ("organisation", "country")
            if want == "f|p":
                return (a.kind == "person" and self._gender.get(a.id, "") in ("", "f")) or a.kind == "group"
            return False

        earlier = [e for e in self._events if e.offset < span[0] and fits(e.actor)]
        if self.lang == "de" and want in ("f", "f|p"):  # "Die Regierung ... Sie erklärte": no person near
            org = self._feminine_body_before(span[0])
            if org is not None and (not earlier or self._sentence(org.offset) > self._sentence(earlier[-1].offset)):
                return org.actor
        if self.lang == "en" and want == "p" and not earlier:  # "The government said ... They added"
            org = self._feminine_body_before(span[0])
            if org is not None:
                return org.actor
        if not earlier:
            return None
        nearest = earlier[-1]
        sentence = self._sentence(nearest.offset)
        subjects = [e for e in earlier if e.subject and self._sentence(e.offset) == sentence]
        return (subjects[-1] if subjects else nearest).actor

    def _feminine_body_before(self, offset: int) -> Event | None:
        """The nearest organisation or country before offset that German calls 'sie' (die
        Regierung, die Polizei, die Nato; in English any that 'they' may stand for), from the
        mentions or, when the rules handed over none, from institution nouns in the text."""
        if self._body_events is None:
            self._body_events = []
            for m in INSTITUTION_WORD[self.lang].finditer(self.text):
                if self._in_quote(m.start()) or (self.lang == "de" and not _feminine_noun(m.group(1))):
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
                and (self.lang != "de" or _feminine_noun(e.actor.name.split(" (")[0]))]
        hits += [e for e in self._body_events if e.offset < offset]
        return max(hits, key=lambda e: e.offset) if hits else None

    def _german_sie_number(self, span: Span) -> str:
        after = re.match(r"\s+(\w+)", self.text[span[1] : span[1] + 40])
        before = re.search(r"(\w+)\s+$", self.text[max(0, span[0] - 40) : span[0]])
        for m in (after, before):
            if not m:
                continue
            w = m.group(1).casefold()
            if w in PLURAL_VERBS or (w.endswith("en") and len(w) > 4 and w not in {"wegen", "zwischen", "oben"}):
                return "p"
            if w in SINGULAR_VERBS or w.endswith(("te", "t")):
                return "f"
        return "f|p"


INSTITUTION_WORD = {  # "die (valdorische) Regierung", "the (Kestrian) government": a body that may speak
    "de": re.compile(r"\b(?:[Dd]ie)\s+(?:[a-zäöüß]+e[nr]?\s+)?([A-ZÄÖÜ][\w\-]{2,})"),
    "en": re.compile(r"\b(?:[Tt]he)\s+(?:[A-Z]?[a-z]+\s+)?([a-z]{3,})\b"),
}
FEMININE_ENDINGS = ("ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ee", "e", "ur", "bank", "firma")
FEMININE_NAMES = {"nato", "eu", "uno", "un", "opec", "bundeswehr", "ezb", "who"}


def _feminine_noun(name: str) -> bool:
    """German calls it 'sie': die Regierung, die Polizei, die Armee, die Nato (not: das
    Ministerium, der Konzern, der Kreml)."""
    low = name.split()[-1].casefold() if name.split() else ""
    return low in FEMININE_NAMES or low.endswith(FEMININE_ENDINGS)


def _hint_kind(hint: str) -> str:
    return {"person": "person", "organisation": "organisation"}.get(hint, "unknown")


# ----------------------------------------------------------------------------- across articles
def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _first_names_agree(a: str, b: str) -> bool:
    """'Joe Biden' vs 'Hunter Biden' disagree; 'J. Biden', 'Biden' agree with 'Joe Biden'."""
    pa, pb = a.split()[:-1], b.split()[:-1]
    if not pa or not pb:
        return True
    fa, fb = pa[0].rstrip(".").casefold(), pb[0].rstrip(".").casefold()
    return fa == fb or ((pa[0].endswith(".") or pb[0].endswith(".")) and fa[:1] == fb[:1])


def _roles_match(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


def match_actor(candidate: Actor, known: list[Actor], aliases: dict[str, str] | None = None) -> str | None:
    """The id of the known actor this candidate is, or None for a new actor.

    1. the candidate's name (after the user's aliases) is a known actor's name or alias;
    2. a person with the same surname, agreeing first names and the same role or affiliation.
    More than one hit at either step is ambiguous: None, kept apart."""
    table = {k.casefold(): v for k, v in (aliases or {}).items()}
    name = table.get(candidate.name.casefold(), candidate.name)
    key = name.casefold()

    def kinds_fit(a: Actor) -> bool:
        return "unknown" in (a.kind, candidate.kind) or a.kind == candidate.kind

    if name == candidate.name and is_generic_body(candidate):
        return None  # "Regierung" in two articles: whose? kept apart unless the affiliation says
    exact = [a for a in known if a.name.casefold() == key and kinds_fit(a)]
    if len(exact) == 1:
        return exact[0].id
    if len(exact) > 1:
        return None
    by_alias = {a.id for a in known if kinds_fit(a) and key in (x.casefold() for x in a.aliases)}
    for alias in candidate.aliases:  # the candidate's own full-name variants ("Russia" for "Russland")
        if " " in alias.strip() or candidate.kind in ("country", "organisation"):
            low = alias.casefold()
            by_alias |= {a.id for a in known if kinds_fit(a) and a.name.casefold() == low}
    if len(by_alias) == 1:
        return by_alias.pop()
    if len(by_alias) > 1 or candidate.kind not in ("person", "unknown") or is_generic_body(candidate):
        return None
    surname = _surname(name)
    same = [a for a in known if a.kind in ("person", "unknown") and _surname(a.name) == surname
            and _first_names_agree(a.name, name)]
    fitting = [a for a in same if _roles_match(a.role, candidate.role)
               or (a.affiliation and a.affiliation == candidate.affiliation)]
    return fitting[0].id if len(fitting) == 1 else None
