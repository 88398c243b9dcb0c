"""The actor lexicons, read from extract/data/: titles, first names, roles, countries and their
adjectives, institutions and groups (Lexicon per language), translations of names and bodies."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..model import Actor
from .context import DEMONYM_WORD


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


@lru_cache(maxsize=1)
def speech_verb_forms_en() -> frozenset[str]:
    """The third-person forms of the one-word English speech verbs of cues_en.tsv ("adds",
    "insists", "writes"; "replies" as its row writes it out): an inverted cue ("..., adds parks
    manager Jo Roe") is no word of a role. (extract/en/cues.py reads the same rows; the actors
    may not import a language folder.)"""
    forms = set()
    for line in _data_lines("cues_en.tsv"):
        lemma, _, written = _columns(line, 3)
        if lemma and " " not in lemma:
            forms |= {f for f in written.lower().split() if f != lemma and f.endswith("s")} \
                or {lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")}
    return frozenset(forms)


@lru_cache(maxsize=None)
def titles(lang: str) -> tuple[str, ...]:
    """Titles that stand before a name, longest first."""
    return tuple(sorted({ln.strip() for ln in _data_lines(f"titles_{lang}.txt")}, key=len, reverse=True))


@lru_cache(maxsize=None)
def title_capitals(lang: str) -> dict[str, str]:
    """title_capitals_<lang>.tsv: a title that counts only as written before a name ("DI") -> the
    title it stands for ("Detective Inspector")."""
    rows = (line.split("\t") for line in _data_lines(f"title_capitals_{lang}.tsv") if "\t" in line) if lang == "en" else ()
    return {r[0].strip(): r[1].strip() for r in rows}


@lru_cache(maxsize=None)
def description_roles(lang: str) -> dict[str, tuple[str, ...]]:
    """descriptions_<lang>.tsv: a description noun ("manager") -> the role endings it fits."""
    out = {}
    for line in _data_lines(f"descriptions_{lang}.tsv"):
        noun, _, ends = line.partition("\t")
        out[noun.strip().casefold()] = tuple(e.strip().casefold() for e in ends.split(",") if e.strip())
    return out


@lru_cache(maxsize=None)
def role_heads(lang: str) -> tuple[str, ...]:
    """Heads of compound role nouns (role_heads_<lang>.txt) with their feminine "-in" forms,
    longest first."""
    heads = set()
    for line in _data_lines(f"role_heads_{lang}.txt"):
        head = line.strip().casefold()
        heads.add(head)
        if lang == "de" and not head.endswith(("e", "in", "mann", "frau")):
            heads.add(head + "in")  # "läufer" -> "läuferin"
    return tuple(sorted(heads, key=len, reverse=True))


def claim_nouns_de() -> tuple[str, ...]:
    """The claim nouns of the German cue lexicon (cues_de.tsv, kind "claim": "Eindruck", "Versprechen"): what
    someone said or holds, whose owner speaks; alone, or after a possessive, they name no one."""
    return tuple(cols[1] for line in _data_lines("cues_de.tsv") if (cols := _columns(line.split("#", 1)[0], 2))[0] == "claim")


@lru_cache(maxsize=None)
def firstnames() -> dict[str, str]:
    out = {}
    for line in _data_lines("firstnames.tsv"):
        name, gender = _columns(line, 2)
        if name:
            out[name.casefold()] = gender if gender in ("m", "f") else ""
    return out


def first_name(low: str) -> bool:
    """A listed first name, or a double one joined by a hyphen whose first part is one ("klaus-dieter",
    "anna-lena"); ``low`` is the word casefolded (or lowercased)."""
    names = firstnames()
    if low in names or low.split("-")[0] in names:
        return True
    plain = _without_accents(low)  # 'maría', 'ciarán', 'józef': the list writes most names without accents
    return plain != low and (plain in names or plain.split("-")[0] in names)


ACCENTED = frozenset("áàâãåéèêëíìîïóòôõúùûýñçčšžćłńśźżřěů")  # the letters _without_accents takes the marks off


def _without_accents(word: str) -> str:
    """The word with acute, grave and other marks taken off its letters ('maría' -> 'maria'); German
    umlauts and ß stay (a German name list writes them)."""
    if word.isascii() or ACCENTED.isdisjoint(word):
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


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
    article_named: frozenset[str] = frozenset()  # "mitte", "linke": organisations whose own name has its article ("Die Mitte")
    institutions: dict[str, str] = field(default_factory=dict)  # variant -> canonical
    groups: dict[str, str] = field(default_factory=dict)  # variant -> canonical plural
    country_names: dict[str, str] = field(default_factory=dict)  # code -> canonical
    sources: dict[str, str] = field(default_factory=dict)  # "Angaben", "reports": whose? the "of" tells
    plural_titles: dict[str, str] = field(default_factory=dict)  # "foreign ministers" -> "Foreign Minister"
    institution_suffixes: tuple[str, ...] = ()  # "ministerium", "verwaltung": compounds are institutions
    sources_longest_first: tuple[str, ...] = ()  # the keys of ``sources``, for compounds ("Polizeiangaben")
    title_heads: frozenset[str] = frozenset()  # first words of multi-word titles: "prime", "foreign"
    role_heads: tuple[str, ...] = ()  # last parts of compound role nouns: "rätin", "meister" (longest first)
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
        name = name or territories(lang).get(code, "")
        if not name:
            continue
        lex.country_names[code] = name
        for v in [name, *_variants(variants)]:
            lex.countries.setdefault(v.casefold(), name)
        for a in _variants(adjectives):
            lex.adjectives[a.casefold()] = name
        for c in _variants(capitals):
            lex.capitals[c.casefold()] = name
    for code, name in territories(lang).items():
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
        if de and any(v.casefold() in {f"{a} {de.casefold()}" for a in ("die", "der", "das")} for v in _variants(variants)):
            lex.article_named |= {de.casefold()}
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
    lex.role_heads = role_heads(lang)
    lex.sources_longest_first = tuple(sorted(lex.sources, key=len, reverse=True))
    if lang == "de":
        _add_claim_nouns(lex)
    lex.institution_suffixes = tuple(sorted((k for k in lex.institutions if " " not in k and len(k) >= 3),
                                            key=len, reverse=True))
    lex.max_words = max(len(k.split()) for table in (lex.titles, lex.roles, lex.countries, lex.organisations,
                                                     lex.institutions, lex.groups, lex.adjectives) for k in table)
    return lex


def _add_claim_nouns(lex: Lexicon) -> None:
    """One list of claim nouns, the cue lexicon's: in a phrase they name no one ("Ihr Eindruck"), but as the head of
    a compound ("Gerichtsurteil") or a sentence's source before "Danach" (sources_longest_first, made before) they
    count not; a body's noun too ("der Versicherung") stays a body."""
    for noun in claim_nouns_de():
        if noun.casefold() not in lex.institutions:
            lex.sources.setdefault(noun.casefold(), noun)


@lru_cache(maxsize=None)
def territories(lang: str) -> dict[str, str]:
    """babel's country names (``babel_territories``) as exported to data/territories_<lang>.tsv by
    ``python bench/territories.py --write``, in babel's order: loading babel's locale data costs
    ~0.05 s CPU at each start (it imports babel.dates and pytz), reading the file ~1 ms. Without
    the file, babel itself. tests/test_actors.py checks that the file is babel's answer. (Kept
    per language: read it, do not change it.)"""
    lines = _data_lines(f"territories_{lang}.tsv")
    if not lines:
        return babel_territories(lang)
    return dict(_columns(line, 2) for line in lines)


def babel_territories(lang: str) -> dict[str, str]:
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
        if lang == "en" and len(words) > 1 and DEMONYM_WORD["en"].fullmatch(words[0]):
            return False  # "Valdorian Finance Ministry": the adjective says whose
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


@lru_cache(maxsize=None)
def descriptors(lang: str) -> frozenset[str]:
    return frozenset(v.casefold() for line in _data_lines(f"descriptors_{lang}.txt") for v in _variants(line))


def _longest_first(name: str) -> tuple[str, ...]:
    """The words of a one-word-a-line data file, casefolded, longest first (for endswith: a
    compound ends in one of them)."""
    return tuple(sorted({ln.strip().casefold() for ln in _data_lines(name)}, key=len, reverse=True))


@lru_cache(maxsize=64)  # (keyed by a data file's name: few)
def word_set(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file, casefolded ("role_time_words_en.txt",
    "role_nouns_en.txt", "not_role_nouns_en.txt")."""
    return frozenset(ln.strip().casefold() for ln in _data_lines(name))


@lru_cache(maxsize=16)  # (keyed by a data file's name: few)
def words_as_written(name: str) -> tuple[str, ...]:
    """The words of a one-word-a-line data file as written, in file order, for files whose case
    says something ("Herald" ends a name, "newspaper" is a noun; "Bundesrat" a whole word)."""
    return tuple(ln.strip() for ln in _data_lines(name))


def data_rows(name: str, n: int) -> list[list[str]]:
    """The lines of a tab-separated data file, each as its first n cells, stripped (missing ones
    empty)."""
    return [_columns(line, n) for line in _data_lines(name)]


@lru_cache(maxsize=1)
def outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """data/outlets_en.txt: (the lower-case outlet nouns, the capitalised words that end an
    outlet's name)."""
    words = words_as_written("outlets_en.txt")
    return frozenset(w for w in words if w.islower()), frozenset(w for w in words if not w.islower())


@lru_cache(maxsize=None)
def time_nouns(lang: str) -> tuple[str, ...]:
    """time_nouns_<lang>.txt: nouns that head a time or measure phrase ("Drei Tage", "Wenige
    Stunden"), casefolded, longest first (a compound ends in one: "Verhandlungstage")."""
    return _longest_first(f"time_nouns_{lang}.txt")


@lru_cache(maxsize=None)
def recipient_media(lang: str) -> tuple[str, ...]:
    """recipient_media_<lang>.txt: feminine nouns of media that, after a speech verb and its
    speaker, are told it ("sagte ein Retter der Nachrichtenagentur X"), casefolded, longest first."""
    return _longest_first(f"recipient_media_{lang}.txt")


@lru_cache(maxsize=None)
def referring_bodies(lang: str) -> frozenset[str]:
    """referring_bodies_<lang>.txt: body nouns that, definite, only refer back ("die Behörde")."""
    return frozenset(ln.strip().casefold() for ln in _data_lines(f"referring_bodies_{lang}.txt"))


@lru_cache(maxsize=None)
def vague_bodies(lang: str) -> frozenset[str]:
    """vague_bodies_<lang>.txt: body nouns that say no kind of body ("group"); in the plural, many
    bodies nobody named."""
    return frozenset(ln.strip().casefold() for ln in _data_lines(f"vague_bodies_{lang}.txt")) if lang == "en" else frozenset()


@lru_cache(maxsize=None)
def kind_heads(lang: str) -> dict[str, tuple[str, ...]]:
    """body_kinds_<lang>.tsv: a referring body noun (casefolded) -> endings of the words of other
    bodies' names it may refer back to ('partei' -> 'liste', 'bündnis', …; 'building_society' is one ending
    of two words)."""
    rows = (line.split("\t") for line in _data_lines(f"body_kinds_{lang}.tsv") if "\t" in line)
    return {r[0].strip().casefold(): tuple(w.replace("_", " ") for w in r[1].split()) for r in rows}


@lru_cache(maxsize=None)
def title_abbreviations(lang: str) -> dict[str, tuple[str, ...]]:
    """title_abbreviations_<lang>.tsv: an abbreviated title, casefolded and without its dot
    ("gov") -> the words it stands for ("governor",), a form of several words with its spaces
    ("ceo" -> ("chief executive officer", "chief executive"); "_" in the file)."""
    rows = (line.split("\t") for line in _data_lines(f"title_abbreviations_{lang}.tsv") if "\t" in line)
    return {r[0].strip().casefold().rstrip("."): tuple(w.replace("_", " ") for w in r[1].split()) for r in rows}


@lru_cache(maxsize=None)
def member_heads(lang: str) -> dict[str, tuple[str, ...]]:
    """members_<lang>.tsv: a noun for the people or part of a body ("Beamte", "Stadt"), casefolded,
    -> endings of the words that name the body it speaks for ('*': any named body)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _data_lines(f"members_{lang}.tsv"):
        if "\t" in line:
            nouns, heads = line.split("\t", 1)
            out.update({v.casefold(): tuple(heads.split()) for v in _variants(nouns)})
    return out


def _word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column data file: each line's first cell, casefolded -> its second cell's "|"-separated
    entries, casefolded (member_offices.tsv, chief_roles.tsv)."""
    rows = (line.split("\t", 1) for line in _data_lines(name) if "\t" in line)
    return {r[0].strip().casefold(): tuple(v.casefold() for v in _variants(r[1])) for r in rows}


@lru_cache(maxsize=None)
def member_offices() -> dict[str, tuple[str, ...]]:
    """member_offices.tsv: a member's title, casefolded ("councillor") -> the offices held by
    members of that body, casefolded, as written ("council leader", "leader of * council")."""
    return _word_lists("member_offices.tsv")


@lru_cache(maxsize=None)
def company_role_prefixes() -> tuple[str, ...]:
    """company_role_prefixes_de.txt: first parts of a compound role that mean the holder's own
    company without naming it ("konzern" of "Konzernchefin"), casefolded, longest first."""
    return tuple(sorted((line.strip().casefold() for line in _data_lines("company_role_prefixes_de.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def chief_roles() -> dict[str, tuple[str, ...]]:
    """chief_roles.tsv: a chief's word heading a compound role noun ("chefin") -> the roles it
    stands for in the body the compound names ("vorsitzende", "präsidentin", …), casefolded."""
    return _word_lists("chief_roles.tsv")


@lru_cache(maxsize=None)
def party_members(lang: str) -> dict[str, frozenset[str]]:
    """party_members_<lang>.tsv: a noun for a party's member ("Sozialdemokratin"), casefolded ->
    the party names (casefolded) it fits."""
    out: dict[str, frozenset[str]] = {}
    for line in _data_lines(f"party_members_{lang}.tsv"):
        if "\t" in line:
            nouns, parties = line.split("\t", 1)
            out.update({v.casefold(): frozenset(parties.casefold().split()) for v in _variants(nouns)})
    return out


COMPANY_NOUNS = frozenset({"unternehmen", "konzern", "firma"})  # "das Unternehmen": any company named before


@lru_cache(maxsize=None)
def descriptor_heads(lang: str) -> tuple[str, ...]:
    """descriptor_heads_<lang>.txt: endings of nouns for a kind of company ("autobauer",
    "onlinehändler"), longest first."""
    return _longest_first(f"descriptor_heads_{lang}.txt")


def company_descriptor(tok: str, lang: str) -> str:
    """'Autobauer', 'Baumarktkette', 'Discounters' -> the word without a genitive s: a noun for a
    kind of company; '' when it is none."""
    low = tok.casefold()
    for stem in (low[:-1], low) if low.endswith("s") else (low,):
        if stem.endswith(descriptor_heads(lang)):  # (one call for all the endings)
            return tok[: len(stem)]
    return ""


@lru_cache(maxsize=None)
def party_kind_endings(lang: str) -> tuple[str, ...]:
    """The endings of a party's or list's own name (the "Partei" row of body_kinds_<lang>.tsv:
    "liste", "bündnis", "allianz", "union", …) that are no group of people ("wähler": "die
    Jungwähler" are many voters), longest first."""
    groups = lexicon(lang).groups
    return tuple(sorted((e for e in kind_heads(lang).get("partei", ()) if e not in groups), key=len, reverse=True))


def speaking_party_word(word: str, lang: str) -> bool:
    """'Ökoliste', 'Heimatliste', 'Klimabündnis': one capitalised compound of a party's or list's
    ending with a first part of its own. Read only where the word is the subject of a speech verb
    or of a stance predicate, which takes someone who speaks: there a "-liste" is a body ("Die
    Ökoliste lehnt X ab"), while the same ending elsewhere names a list of things ("die Warteliste
    ist lang", "die Bestenliste"), which never says or wants anything."""
    low = word.casefold()
    return word[:1].isupper() and word.isalpha() and any(low.endswith(e) and len(low) - len(e) >= 3
                                                         for e in party_kind_endings(lang))


PARTY_ARTICLES = ("die", "der", "das")  # the article before a speaking party (speaking_party; callers pre-test it)


def speaking_party(words: list[str], lang: str) -> bool:
    """"Die Ökoliste", "Die Klimaliste" as a speaker: the definite article and one compound of a
    party's or list's ending (speaking_party_word), or the ending's own word and the list's name. Read only where the words are the subject of a
    speech verb or of a stance predicate, so they name who speaks or takes sides: a list of people
    standing for election, not of things ("Die Warteliste ist lang")."""
    if lang != "de" or len(words) < 2 or words[0].casefold() not in PARTY_ARTICLES:
        return False
    if len(words) == 2:
        return speaking_party_word(words[1], lang)
    # the kind's own word before the list's name, as a body's kind before its name ("die Liste Bürgernah",
    # "die Liste Offenes Tal"; not "die Liste der Kandidaten")
    return words[1].casefold() in party_kind_endings(lang) and words[1][:1].isupper() and words[2][:1].isupper()


def _civic_body(low: str, lex: Lexicon) -> bool:
    """'elterninitiative', 'bürgerliste', 'naturschutzgruppe': a group of people (groups_de.txt) or a
    cause people unite for (civic_causes_de.txt) + a civic body's ending (civic_heads_de.txt) names a body."""
    for head in civic_heads(lex.lang):
        prefix = low[: -len(head)] if low.endswith(head) else ""
        if len(prefix) > 2 and (_group_modifier(prefix, lex) or prefix.endswith("s") and _group_modifier(prefix[:-1], lex)
                                or _cause_part(prefix, lex)):
            return True
    return False


def _cause_part(prefix: str, lex: Lexicon) -> bool:
    """A compound's first part that is a cause people unite for (civic_causes_<lang>.txt): a cause
    that opens it or follows a hyphen, a group of people or another cause ("aktions", "krebs-selbsthilfe",
    "umweltschutz"), or a last part marked "-" after any word ("vogelschutz"). A word that only ends
    in a cause's letters is none: "redaktions", "transaktions" (r33 reread: "Redaktionsgruppe X" is X)."""
    part = prefix.rsplit("-", 1)[-1]
    for cause in civic_causes(lex.lang):
        if cause.startswith("-"):
            if part.endswith(cause[1:]):
                return True
        elif part.endswith(cause):
            rest = part[: -len(cause)]
            if not rest or _group_modifier(rest, lex) or _cause_part(rest, lex):
                return True
    return False


@lru_cache(maxsize=None)
def civic_causes(lang: str) -> tuple[str, ...]:
    """First parts of compounds that name a cause people unite for, with and without the linking "s"
    (civic_causes_<lang>.txt): "Natur-", "Aktions-" before a civic body's ending; "-schutz" (a last
    part that any word may open: "Vogelschutz-") as written."""
    causes = tuple(ln.strip().casefold() for ln in _data_lines(f"civic_causes_{lang}.txt"))
    return causes + tuple(c + "s" for c in causes if not c.startswith("-"))


def _group_modifier(prefix: str, lex: Lexicon) -> bool:
    """A compound's first part that is a group of people or ends in one ("eltern", "gesamteltern",
    "schuleltern", "kreisbauern": "Gesamtelternbeirat", "Kreisbauernliste")."""
    return prefix in lex.groups or any(prefix[-n:] in lex.groups for n in range(5, len(prefix) - 2))


@lru_cache(maxsize=None)
def civic_heads(lang: str) -> tuple[str, ...]:
    """Endings of civic bodies named by a group of people (civic_heads_<lang>.txt)."""
    return tuple(ln.strip().casefold() for ln in _data_lines(f"civic_heads_{lang}.txt"))


@lru_cache(maxsize=None)
def associations(lang: str) -> tuple[str, ...]:
    """Nouns and compound endings of bodies named by whom they unite (associations_<lang>.txt)."""
    return tuple(ln.strip().casefold() for ln in _data_lines(f"associations_{lang}.txt"))


@lru_cache(maxsize=None)
def company_types(lang: str) -> tuple[str, ...]:
    """company_types_<lang>.txt: endings of nouns for a kind of company that stay in its name."""
    return tuple(ln.strip().casefold() for ln in _data_lines(f"company_types_{lang}.txt"))


@lru_cache(maxsize=None)
def named_body_heads(lang: str) -> tuple[str, ...]:
    """named_body_heads_<lang>.txt: endings of nouns for a kind of body that name one only before a
    name of its own ("die Musikschule Eichenbrück"; not "die Gemeinschaftsschule")."""
    return _longest_first(f"named_body_heads_{lang}.txt") if lang == "de" else ()


@lru_cache(maxsize=None)
def club_prefixes(lang: str) -> frozenset[str]:
    """club_prefixes_<lang>.txt: abbreviations that open a sports club's name ("SV Wiesmoos"), as written."""
    return frozenset(ln.strip() for ln in _data_lines(f"club_prefixes_{lang}.txt")) if lang == "de" else frozenset()


def is_club_name(words: list[str], lang: str) -> bool:
    """"HC Alpenstern", "1. FC Tannried": a club abbreviation and a capitalised word after it."""
    words = words[1:] if words[:1] and words[0].rstrip(".").isdigit() else words
    return len(words) >= 2 and words[0].strip(",") in club_prefixes(lang) and words[1][:1].isupper()


@lru_cache(maxsize=None)
def assemblies(lang: str) -> tuple[str, ...]:
    """Word endings of elected assemblies (assemblies_*.txt): their yes or no is a vote."""
    return tuple(ln.strip().casefold() for ln in _data_lines(f"assemblies_{lang}.txt"))


@lru_cache(maxsize=None)
def anonymous_groups(lang: str) -> frozenset[str]:
    """Group nouns for unnamed sources ('sources', 'officials'): no actor of their own."""
    return frozenset(ln.strip().casefold() for ln in _data_lines(f"anonymous_{lang}.txt"))


@lru_cache(maxsize=4096)
def is_anonymous(name: str, lang: str) -> bool:
    """A name's last word stands for unnamed sources (anonymous_<lang>.txt); in German also a
    compound ending in one ("Unternehmenskreise", "Tageszeitung")."""
    word = name.split()[-1].casefold() if name.split() else ""
    words = anonymous_groups(lang)
    forms = (word, word[:-1]) if lang == "de" and word.endswith("n") else (word,)  # "Kreisen", "Quellen"
    return any(f in words or lang == "de" and any(f.endswith(w) for w in words if len(w) >= 5) for f in forms)


@lru_cache(maxsize=None)
def organisation_words() -> frozenset[str]:
    """Last words of organisation names ('Idris Power', 'Torvald United', 'Halvo AG')."""
    return frozenset(ln.strip().casefold() for ln in _data_lines("organisation_words.txt"))


def _inflected(table: dict, tok: str, endings: tuple[str, ...]) -> str:
    """Look a word up as written, then without a genitive or dative ending."""
    low = tok.casefold()
    if low in table:
        return table[low]
    for end in endings:
        if low.endswith(end) and low[: -len(end)] in table:
            return table[low[: -len(end)]]
    return ""


@lru_cache(maxsize=20000)
def _institution_compound(tok: str, lex: Lexicon) -> str:
    """'Gesundheitsministeriums' -> 'Gesundheitsministerium' (a word ending in an institution)."""
    low = tok.casefold()
    words, lengths = word_endings(lex.institution_suffixes)
    tails = word_tails(words)  # (keyed by the set word_endings keeps: its hash is computed once)
    for end in ("es", "s", ""):  # the genitive first: "Umweltministeriums" -> "Umweltministerium"
        stem = low[: len(low) - len(end)] if end else low
        if end and not low.endswith(end):
            continue
        n = next((n for n in lengths if len(stem) > n + 2 and stem[-n:] in words), 0) \
            if tails is None or stem[-TAIL:] in tails else 0  # (most words end in no ending's last letters)
        if n:  # the ending's canonical form: "Kreiswerken" -> "Kreiswerke"
            canonical = lex.institutions.get(stem[-n:], "")
            if stem[-n:].startswith(canonical.casefold()) and canonical.casefold() != stem[-n:]:  # (an ending dropped)
                return tok[: len(stem) - n] + canonical.casefold()
            return tok[: len(stem)]
    return tok if lex.lang == "de" and _civic_body(low, lex) else ""


@lru_cache(maxsize=16)
def word_endings(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The words as a set and their lengths, longest first: whether a word ends in one of them
    (and in which, the longest) is a lookup per length instead of a test per word."""
    return frozenset(words), tuple(sorted({len(w) for w in words if w}, reverse=True))


TAIL = 3


@lru_cache(maxsize=16)
def word_tails(words: frozenset[str]) -> frozenset[str] | None:
    """The last TAIL letters of the words: a word whose own last letters are none of them ends in
    none of the words (one lookup instead of one per length). None when a word is shorter."""
    return None if any(len(w) < TAIL for w in words) else frozenset(w[-TAIL:] for w in words)


def institution_name(inst: str, affiliation: str) -> str:
    """'Regierung', 'Russland' -> 'Regierung (Russland)'; 'foreign ministry' -> 'Foreign Ministry'."""
    inst = " ".join(w[:1].upper() + w[1:] for w in inst.split())
    return f"{inst} ({affiliation})" if affiliation else inst
