"""The words and patterns of time expressions in one language, read from
extract/data/dates_<lang>.toml: weekdays, months, relative days, modifiers, units, tense words,
and the regexes built from them."""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent.parent / "data"
LANGS = ("de", "en")


def _alt(words, *, either_case: bool = False) -> str:
    """A regex alternation of whole phrases, longest first (so "Mär" never beats "März").
    either_case: the first letter may be upper or lower case ("am"/"Am")."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        pat = r"\s+".join(re.escape(p) for p in w.split())
        if either_case and w[:1].isalpha():
            pat = f"[{w[0].upper()}{w[0].lower()}]" + pat[1:]
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _norm(words: str) -> str:
    return " ".join(words.split()).lower()


@dataclass
class _Lexicon:
    lang: str
    weekdays: dict[str, int]
    months: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    modifiers: dict[str, str]  # lower-cased word -> "past" | "this" | "next"
    period_parts: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: dict[str, int]
    units: dict[str, str]
    period_units: dict[str, str]
    patterns: list[tuple[str, re.Pattern]]
    triggers: dict[str, tuple[tuple[str, bool, frozenset], ...]]  # see _trigger_table
    past_re: re.Pattern
    future_re: re.Pattern
    aux_re: re.Pattern
    participle_re: re.Pattern
    preposition_tense: dict[str, str]  # "seit" -> "past", "bis" -> "future"


def _lower_keys(d: dict) -> dict:
    return {_norm(k): v for k, v in d.items()}


@functools.lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    """dates_<lang>.toml as read, once per process (the lexicon and the names of every language read it;
    not to be changed)."""
    with open(DATA_DIR / f"dates_{lang}.toml", "rb") as f:
        return tomllib.load(f)


@functools.lru_cache(maxsize=None)
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """(weekdays, months) of a language, keyed as in its lexicon: what dates typed or in a date line
    need of every language, without building the other language's patterns (~0.02 s CPU a process)."""
    data = _data(lang)
    return _lower_keys(data["weekdays"]), _lower_keys(data["months"])


@functools.lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    lang = lang if lang in LANGS else ("de" if str(lang).lower().startswith("de") else "en")
    data = _data(lang)
    g = data["grammar"]
    modifiers = {}
    for kind in ("past", "this", "next"):
        for w in data["modifiers"].get(kind, []):
            modifiers[_norm(w)] = kind
    patterns = _calendar_patterns(lang, data, modifiers) + _count_patterns(data)
    tense = data["tense"]
    past_re, participle = _past_patterns(lang, tense)
    return _Lexicon(
        lang=lang,
        weekdays=_lower_keys(data["weekdays"]),
        months=_lower_keys(data["months"]),
        relative_days=_lower_keys(data["relative_days"]),
        relative_periods={_norm(k): (v[0], int(v[1])) for k, v in data["relative_periods"].items()},
        modifiers=modifiers,
        period_parts=_lower_keys(data["period_parts"]),
        numbers=_lower_keys(data["numbers"]),
        vague_numbers=_lower_keys(data["vague_numbers"]),
        units=_lower_keys(data["units"]),
        period_units=_lower_keys(data["period_units"]),
        patterns=[(kind, re.compile(p)) for kind, p in patterns],
        triggers=_trigger_table([
            (data["weekdays"], "weekday", True),  # a prefix is enough: "Dienstagabend"
            (data["months"], "month", False),
            (data["relative_days"], "relday", False),
            (data["relative_periods"], "relperiod", False),
            (data["period_units"], "period", False),
            # "vor drei Tagen" is found by its unit, "three days ago" by its "ago"
            (data["units"] if g["ago_before"] else g["ago_after"], "ago", False),
            (g["weekend_words"], "weekend", False),
            (data["units"], "recent", False),
        ]),
        past_re=past_re,
        future_re=re.compile(rf"(?<![\w-]){_alt(tense['future'], either_case=True)}(?![\w-])"),
        aux_re=re.compile(rf"\b{_alt(tense.get('past_auxiliaries', []), either_case=True)}\b"),
        participle_re=re.compile(participle),
        preposition_tense={**{_norm(w): "past" for w in g.get("past_prepositions", [])},
                           **{_norm(w): "future" for w in g.get("future_prepositions", [])}},
    )

def month_names(lang: str) -> tuple[str, ...]:
    """The month names and abbreviations of dates_<lang>.toml, as written there ("Januar", "Jänner", "Okt")."""
    with open(DATA_DIR / f"dates_{lang}.toml", "rb") as f:
        return tuple(tomllib.load(f)["months"])


def number_words(lang: str) -> tuple[str, ...]:
    """The words for an amount of the language's dates file, as written ("zwei", "einigen", "a few"):
    exact numbers and vague ones."""
    lex = _lexicon(lang)
    return tuple(sorted({*lex.numbers, *lex.vague_numbers}, key=lambda w: (-len(w), w)))


def _calendar_patterns(lang: str, data: dict, modifiers: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, regex) of the expressions that name a day, week, month or year."""
    g = data["grammar"]
    wd = _alt(data["weekdays"])
    # month-only expressions ("im März") take full names; an abbreviation is a prefix of one
    abbreviations = [w for w in data["months"] if any(o != w and o.startswith(w) for o in data["months"])]
    mon_full = _alt(w for w in data["months"] if w not in abbreviations)
    mon_named = rf"{mon_full}\b|{_alt(abbreviations)}\b\.?"  # "Feb." keeps its dot, "Februar." not
    mods = _alt(modifiers, either_case=True)
    parts = _alt(data["period_parts"], either_case=True)
    compound = _alt(data["day_parts"].get("compound", []))
    separate = _alt(data["day_parts"].get("separate", []))
    day_prep = _alt(g["day_prepositions"], either_case=True)
    month_prep = _alt(g["month_prepositions"], either_case=True)
    period_prep = _alt(g["period_prepositions"], either_case=True)
    article = _alt(g.get("articles", []), either_case=True)
    period_units = _alt(data["period_units"])
    week_units = _alt(w for w, unit in data["period_units"].items() if unit == "week")  # "am Dienstag vergangener Woche"
    rel_days = _alt(data["relative_days"], either_case=True)
    rel_periods = _alt(data["relative_periods"])
    weekend = _alt(g["weekend_words"])
    weekend_prep = _alt(g["weekend_prepositions"], either_case=True)
    year_prefix = _alt(g["year_prefixes"], either_case=True)
    year = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
    opt_year = r"(?:,?\s+" + year + r")?"
    day = r"(?P<d>[0-3]?\d)"
    lead_weekday = rf"(?:(?P<wdn>{wd}),?\s+)?"

    patterns: list[tuple[str, str]] = [
        # explicit calendar dates
        ("explicit", rf"(?<![\d.])(?P<y>\d{{4}})-(?P<m>[01]\d)-{day}(?!\d)"),
        ("explicit", rf"\b{lead_weekday}(?:(?P<prep>{day_prep})\s+)?(?<![\d.]){day}\.(?P<m>[01]?\d)\.(?:(?P<y>\d{{4}}|\d\d)(?!\d))?"),
    ]
    if lang == "de":
        patterns.append(("explicit", rf"\b{lead_weekday}(?:(?P<prep>{day_prep})\s+)?(?<![\d.]){day}\.\s*(?P<mon>{mon_named})(?:\s+{year})?"))
    else:
        patterns.append(("explicit", rf"\b{lead_weekday}(?:(?P<prep>{day_prep})\s+)?(?P<mon>{mon_named})\s+{day}(?:st|nd|rd|th)?\b{opt_year}"))
        patterns.append(("explicit", rf"\b{lead_weekday}(?:(?P<prep>{day_prep})\s+)?(?:the\s+)?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon_named}){opt_year}"))
    patterns += [
        # "Mitte Februar", "im vergangenen Februar", "in mid-February 2022"
        ("month", rf"\b(?:(?P<prep>{month_prep})\s+)?(?:(?P<part>{parts})(?:\s+|-))?(?:{article}\s+)?(?:(?P<mod>{mods})\s+)?(?P<mon>{mon_full})\b(?:,?\s+{year})?"),
        # "am Dienstag", "Dienstagabend", "am kommenden Mittwoch", "last Tuesday evening"
        ("weekday", rf"\b(?:(?P<prep>{day_prep})\s+)?(?:(?P<mod>{mods})\s+)?(?P<wd>{wd})(?P<part>{compound})?\b(?:\s+(?P<part2>{separate})\b)?(?:\s+(?:of\s+)?(?P<wmod>{mods})\s+{week_units}\b)?"),
        # "gestern", "heute Morgen", "yesterday evening"
        ("relday", rf"\b(?:{day_prep}\s+)?(?P<rel>{rel_days})\b(?:\s+(?P<part2>{separate})\b)?"),
        ("relperiod", rf"\b(?:(?P<prep>{period_prep})\s+)?(?P<relp>{rel_periods})\b"),
        # "am vergangenen Wochenende", "over the weekend"
        ("weekend", rf"\b(?:(?P<prep>{weekend_prep})\s+)?(?:{article}\s+)?(?:(?P<mod>{mods})\s+)?{weekend}\b"),
        # "Ende vergangener Woche", "im vergangenen Jahr", "earlier this month", "late last year"
        ("period", rf"\b(?:(?P<prep>{period_prep})\s+)?(?:(?P<part>{parts})(?:\s+|-))?(?:(?P<prep2>{period_prep}|{article})\s+)?(?:(?P<mod>{mods})\s+)?(?P<unit>{period_units})\b(?!\s*\d)"),
        # "im Jahr 2021", "Anfang 2021", "in late 2021"
        ("year", rf"\b(?:(?P<prefix>{year_prefix})\s+|(?P<part>{parts})(?:\s+|-))(?:(?P<part2>{parts})(?:\s+|-))?{year}"),
    ]
    return patterns


def _count_patterns(data: dict) -> list[tuple[str, str]]:
    """(kind, regex) of counted stretches of time: "vor drei Tagen", "over the past few weeks"."""
    g = data["grammar"]
    patterns: list[tuple[str, str]] = []
    numbers = _alt(list(data["numbers"]) + list(data["vague_numbers"]), either_case=True)
    units = _alt(data["units"])
    if g["ago_before"]:  # "vor drei Tagen"
        before = _alt(g["ago_before"], either_case=True)
        patterns.append(("ago", rf"\b{before}\s+(?:(?P<num>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units})\b"))
    if g.get("recent"):  # "in den vergangenen Tagen", "over the past few weeks"
        recent = _alt(g["recent"], either_case=True)
        patterns.append(("recent", rf"\b(?P<prefix>{recent})\s+(?:(?P<num>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units})\b"))
    if g["ago_after"]:  # "three days ago"
        after = _alt(g["ago_after"])
        patterns.append(("ago", rf"\b(?P<num>\d{{1,3}}|{numbers})\s+(?P<unit>{units})\s+{after}\b"))
    return patterns


def _past_patterns(lang: str, tense: dict) -> tuple[re.Pattern, str]:
    """The regex of past-tense words, and the pattern of past participles."""
    past_words = _alt(tense["past"])
    if lang == "en":
        # "-ed" verbs are past too; a few common words only look like it
        not_past = r"(?!(?:need|indeed|speed|proceed|exceed|succeed|hundred|embed|seed|feed|breed|greed|shed|bed|red|bred|fled)\b)"
        past_re = re.compile(rf"\b(?:{past_words}|{not_past}[a-z]{{2,}}ed)\b")
        participle = r"\b(?:[a-z]{2,}ed|said|told|spoken|written|given|made|taken|been|held|met)\b"
    else:
        past_re = re.compile(rf"(?<![\w-]){past_words}\b")
        participle = r"\b(?:\w*ge\w{2,}t|\w+iert|erklärt|betont|bestätigt|verkündet|versichert|gesprochen|geschrieben|gegeben|getroffen|gewesen|geworden|genannt)\b"
    return past_re, participle


def _trigger_table(groups) -> dict[str, tuple[tuple[str, bool, frozenset], ...]]:
    """Key words by their first 4 letters (lower case) -> (word, prefix is enough, the
    pattern kinds worth running near it). Of a phrase ("last night") the longest word counts."""
    table: dict[str, dict[tuple[str, bool], set[str]]] = {}
    for words, kind, prefix in groups:
        for phrase in words:
            word = max(phrase.lower().split(), key=len)
            table.setdefault(word[:4], {}).setdefault((word, prefix), set()).add(kind)
    return {k: tuple((w, p, frozenset(kinds)) for (w, p), kinds in v.items()) for k, v in table.items()}


DIGIT_KINDS = frozenset({"explicit", "year"})


@functools.lru_cache(maxsize=1)
def _all_months() -> dict[str, int]:
    """Month names of every language, for dates a person types or a date line."""
    months: dict[str, int] = {}
    for lang in LANGS:
        months.update(_names(lang)[1])
    return months


@functools.lru_cache(maxsize=1)
def _relative_words() -> set[str]:
    words: set[str] = set()
    for lang in LANGS:
        lex = _lexicon(lang)
        words |= set(lex.relative_days) | set(lex.weekdays) | set(lex.modifiers)
        words |= {"ago", "vor", "last", "next"}
    return words
