"""Dates: when an article appeared, and when each statement in it was made.

Three jobs:

- ``find_published``: the publication date of an article, from metadata, a date line near
  the top of the text, or the file name. Never today's date.
- ``date_statement``: the date of one statement, from a time expression in its sentence or
  frame ("am Dienstag", "gestern", "vor drei Tagen", "Mitte Februar", "last week"),
  resolved against the publication date; without one, the publication date.
- ``parse_user_date`` / ``parse_date_range``: dates a person typed (``--published``, the
  dashboard filter), with a clear ``DateError`` for anything impossible.

Time expressions are found with our own regexes built from extract/data/dates_<lang>.toml
(dateparser's search_dates reads "Die" and "mit" as weekdays). Explicit calendar dates
("15. Februar", "Feb. 15, 2022", "15.3.2022") are read from the pattern's groups; only the
doubtful ones (two-digit years, "7.10." without a year, impossible days) go through
``dateparser.parse``, with the language given, cached, so that most processes never import it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DateError",
    "StatementDate",
    "find_published",
    "date_statement",
    "parse_user_date",
    "parse_date_range",
]

DATA_DIR = Path(__file__).parent / "data"
LANGS = ("de", "en")
HEAD_CHARS = 400  # the publication date line stands near the top

MONTH_NAMES_EN = [calendar.month_name[i] for i in range(13)]  # for error messages


class DateError(ValueError):
    """A date a person gave that cannot be used; the message says why."""


@dataclass(frozen=True)
class StatementDate:
    date: str | None  # ISO date, None when it cannot be resolved
    precision: str = "day"  # "day" | "week" | "month" | "year"
    source: str = "published"  # the words that dated it, or "published"
    span: tuple[int, int] | None = None  # where those words stand in the text


# --------------------------------------------------------------------------- lexicon


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
def _lexicon(lang: str) -> _Lexicon:
    lang = lang if lang in LANGS else ("de" if str(lang).lower().startswith("de") else "en")
    with open(DATA_DIR / f"dates_{lang}.toml", "rb") as f:
        data = tomllib.load(f)
    g = data["grammar"]
    modifiers = {}
    for kind in ("past", "this", "next"):
        for w in data["modifiers"].get(kind, []):
            modifiers[_norm(w)] = kind

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
    numbers = _alt(list(data["numbers"]) + list(data["vague_numbers"]), either_case=True)
    units = _alt(data["units"])
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
    if g["ago_before"]:  # "vor drei Tagen"
        before = _alt(g["ago_before"], either_case=True)
        patterns.append(("ago", rf"\b{before}\s+(?:(?P<num>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units})\b"))
    if g.get("recent"):  # "in den vergangenen Tagen", "over the past few weeks"
        recent = _alt(g["recent"], either_case=True)
        patterns.append(("recent", rf"\b(?P<prefix>{recent})\s+(?:(?P<num>\d{{1,3}}|{numbers})\s+)?(?P<unit>{units})\b"))
    if g["ago_after"]:  # "three days ago"
        after = _alt(g["ago_after"])
        patterns.append(("ago", rf"\b(?P<num>\d{{1,3}}|{numbers})\s+(?P<unit>{units})\s+{after}\b"))

    tense = data["tense"]
    past_words = _alt(tense["past"])
    if lang == "en":
        # "-ed" verbs are past too; a few common words only look like it
        not_past = r"(?!(?:need|indeed|speed|proceed|exceed|succeed|hundred|embed|seed|feed|breed|greed|shed|bed|red|bred|fled)\b)"
        past_re = re.compile(rf"\b(?:{past_words}|{not_past}[a-z]{{2,}}ed)\b")
        participle = r"\b(?:[a-z]{2,}ed|said|told|spoken|written|given|made|taken|been|held|met)\b"
    else:
        past_re = re.compile(rf"(?<![\w-]){past_words}\b")
        participle = r"\b(?:\w*ge\w{2,}t|\w+iert|erklärt|betont|bestätigt|verkündet|versichert|gesprochen|geschrieben|gegeben|getroffen|gewesen|geworden|genannt)\b"
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
        months.update(_lexicon(lang).months)
    return months


@functools.lru_cache(maxsize=1)
def _relative_words() -> set[str]:
    words: set[str] = set()
    for lang in LANGS:
        lex = _lexicon(lang)
        words |= set(lex.relative_days) | set(lex.weekdays) | set(lex.modifiers)
        words |= {"ago", "vor", "last", "next"}
    return words


# --------------------------------------------------------------------------- calendar helpers


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _to_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _published_date(str(value))


@functools.lru_cache(maxsize=1024)
def _published_date(value: str) -> dt.date | None:
    """An ISO date, or anything parse_user_date reads ("15.02.2022"); None otherwise."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(parse_user_date(value))
    except DateError:
        return None


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _month_day(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))


def _weekday_on_or_before(pub: dt.date, weekday: int, strict: bool) -> dt.date:
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return pub - dt.timedelta(days=back)


def _weekday_on_or_after(pub: dt.date, weekday: int, strict: bool) -> dt.date:
    ahead = (weekday - pub.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return pub + dt.timedelta(days=ahead)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _check_ymd(value: str, y: int, m: int, d: int) -> dt.date:
    """The date, or a DateError that says what is wrong with it."""
    if not 1 <= y <= 9999:
        raise DateError(f"'{value}' is not a valid date: the year {y} is out of range")
    if not 1 <= m <= 12:
        raise DateError(f"'{value}' is not a valid date: there is no month {m}")
    last = calendar.monthrange(y, m)[1]
    if d < 1:
        raise DateError(f"'{value}' is not a valid date: there is no day {d}")
    if d > last:
        if m == 2 and d == 29:
            raise DateError(f"'{value}' is not a valid date: {y} is not a leap year, so February has no 29th")
        raise DateError(f"'{value}' is not a valid date: {MONTH_NAMES_EN[m]} has no {_ordinal(d)}")
    return dt.date(y, m, d)


def _full_year(y: str) -> int:
    n = int(y)
    if len(y) == 2:  # "15.2.22": two-digit years are this century up to 69
        n += 2000 if n < 70 else 1900
    return n


# --------------------------------------------------------------------------- absolute dates (typed, date lines, file names)

@functools.lru_cache(maxsize=1)
def _absolute_patterns() -> list[re.Pattern]:
    """Complete dates with a year, in any of our languages; groups y, m|mon, d."""
    months = _alt(_all_months(), either_case=True)
    weekdays = _alt(list(_lexicon("de").weekdays) + list(_lexicon("en").weekdays), either_case=True)
    lead = rf"(?:{weekdays},?\s+)?"
    return [
        re.compile(rf"(?<![\d.])(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?![\d])"),
        re.compile(rf"{lead}(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d\d)(?![\d])"),
        re.compile(rf"{lead}(?<![\d.])(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>{months})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
        re.compile(rf"{lead}(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    ]


@functools.lru_cache(maxsize=1)
def _day_month_patterns() -> list[re.Pattern]:
    """Dates without a year, as in a dateline "MOSKAU (dpa), 15. Februar —"."""
    months = _alt(_all_months(), either_case=True)
    return [
        re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<mon>{months})\b"),
        re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?!\d)"),
        re.compile(rf"\b(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"),
        re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\s+(?P<mon>{months})\b"),
    ]


# "15/02/2022" or "2/15/2022": day first in German, month first in English; a reading that
# cannot be a date (month 15) is skipped, so the other one is taken
_SLASH_DMY = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_SLASH_MDY = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d/])")


def _slash_patterns(lang: str) -> list[re.Pattern]:
    return [_SLASH_MDY, _SLASH_DMY] if str(lang).lower().startswith("en") else [_SLASH_DMY, _SLASH_MDY]


def _groups_ymd(m: re.Match, year: int | None = None) -> tuple[int, int, int]:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _all_months()[_norm(g["mon"])]
    y = _full_year(g["y"]) if g.get("y") else year
    return y, month, int(g["d"])


def _first_valid(text: str, patterns, year: int | None = None) -> str | None:
    """The first date in the text (by position) that exists in the calendar."""
    hits = []
    for pat in patterns:
        for m in pat.finditer(text):
            hits.append((m.start(), -len(m.group()), m))
    for _, _, m in sorted(hits, key=lambda h: (h[0], h[1])):
        try:
            y, mo, d = _groups_ymd(m, year)
            if y is None:
                continue
            return _check_ymd(m.group(), y, mo, d).isoformat()
        except (DateError, KeyError, ValueError):
            continue  # "31.02.2022" and the like: ignored, look further
    return None


_FILENAME_DATES = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[-_.](?P<m>[01]?\d)[-_.](?P<y>(?:19|20)\d\d)(?!\d)"),
]
_FILENAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _filename_stem(filename: str | None) -> str:
    if not filename:
        return ""
    return re.split(r"[\\/]", str(filename))[-1]


def find_published(text: str, lang: str, *, filename: str | None = None,
                   meta_date: str | None = None) -> tuple[str | None, str]:
    """(ISO publication date or None, where it came from: "meta" | "text" | "filename" | "").

    Order: the date from HTML metadata, a full date near the top of the text, a date in the
    file name, a dateline day ("MOSKAU (dpa), 15. Februar") with the year from the file name.
    Impossible dates are skipped. Never today's date."""
    patterns = _absolute_patterns() + _slash_patterns(lang)
    if meta_date:
        found = _first_valid(str(meta_date), patterns) or _first_valid(str(meta_date), _FILENAME_DATES)
        if found:
            return found, "meta"
    head = (text or "")[:HEAD_CHARS]
    found = _first_valid(head, patterns)
    if found:
        return found, "text"
    name = _filename_stem(filename)
    found = _first_valid(name, _FILENAME_DATES)
    if found:
        return found, "filename"
    years = set(_FILENAME_YEAR.findall(name))
    if len(years) == 1:  # the dateline has day and month; the file name gives the year
        found = _first_valid(head, _day_month_patterns(), year=int(years.pop()))
        if found:
            return found, "text"
    return None, ""


# --------------------------------------------------------------------------- typed dates


def _looks_relative(value: str) -> bool:
    words = {_norm(w) for w in re.findall(r"[^\W\d_]+", value)}
    return bool(words & _relative_words())


def parse_user_date(value: str) -> str:
    """A date a person typed -> ISO. Accepts 2022-02-15, 15.02.2022, 15.2.22, Feb 15 2022,
    15. Februar 2022, February 15, 2022. Raises DateError with a clear message otherwise."""
    if value is None or not str(value).strip():
        raise DateError("no date given: use a date like 2022-02-15 or 15.02.2022")
    value = str(value).strip()
    for pat in _absolute_patterns():
        m = pat.fullmatch(value)
        if m:
            y, mo, d = _groups_ymd(m)
            return _check_ymd(value, y, mo, d).isoformat()
    if _looks_relative(value):
        raise DateError(f"'{value}' is a relative date; give a calendar date like 2022-02-15")
    raise DateError(f"'{value}' is not a date I can read: use YYYY-MM-DD (2022-02-15) or DD.MM.YYYY (15.02.2022)")


_MONTH_ONLY = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})"),
    re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})"),
]
_YEAR_ONLY = re.compile(r"(?P<y>\d{4})")


@functools.lru_cache(maxsize=1)
def _month_name_year() -> re.Pattern:
    return re.compile(rf"(?P<mon>{_alt(_all_months(), either_case=True)})\.?\s+(?P<y>\d{{4}})")


def _parse_range_end(value: str) -> tuple[str, str]:
    """One end of a range: a day, a whole month ("2022-02", "Februar 2022") or a whole year,
    as (first day, last day)."""
    value = value.strip()
    for pat in (*_MONTH_ONLY, _month_name_year()):
        m = pat.fullmatch(value)
        if m:
            g = m.groupdict()
            y = int(g["y"])
            mo = int(g["m"]) if g.get("m") else _all_months()[_norm(g["mon"])]
            first = _check_ymd(value, y, mo, 1)
            return first.isoformat(), _month_day(y, mo, 31).isoformat()
    m = _YEAR_ONLY.fullmatch(value)
    if m:
        y = int(m.group("y"))
        _check_ymd(value, y, 1, 1)
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    day = parse_user_date(value)
    return day, day


_RANGE_SEPARATORS = re.compile(r"\s*(?:-|–|—|\bbis\b|\bto\b)\s*")


def parse_date_range(value: str) -> tuple[str | None, str | None]:
    """A date filter -> (first day or None, last day or None), both inclusive.

    "2022-02-15", "15.02.2022" (one day); "2022-02" (the whole month); "2022" (the year);
    "2022-02-01..2022-02-28", "15.02.2022-20.02.2022", "..2022-02-15", "2022-02-15..".
    Raises DateError with a clear message on bad input."""
    if value is None or not str(value).strip():
        raise DateError("no date given: use a date like 2022-02-15, a month like 2022-02 or a range like 2022-02-01..2022-02-28")
    value = str(value).strip()
    if ".." in value:
        left, _, right = value.partition("..")
        if ".." in right:
            raise DateError(f"'{value}' has more than one '..': use START..END")
        start = _parse_range_end(left)[0] if left.strip() else None
        end = _parse_range_end(right)[1] if right.strip() else None
        if start is None and end is None:
            raise DateError(f"'{value}' gives neither a start nor an end")
    else:
        try:
            start, end = _parse_range_end(value)
        except DateError as first_error:
            for sep in _RANGE_SEPARATORS.finditer(value):
                left, right = value[: sep.start()], value[sep.end():]
                if not left.strip() or not right.strip():
                    continue
                try:
                    start, end = _parse_range_end(left)[0], _parse_range_end(right)[1]
                    break
                except DateError:
                    continue
            else:
                raise first_error from None
    if start and end and start > end:
        raise DateError(f"'{value}': the start {start} is after the end {end}")
    return start, end


# --------------------------------------------------------------------------- statement dates


@dataclass
class _Found:
    kind: str
    start: int  # offsets into the whole text
    end: int
    words: str
    groups: dict
    core: str  # for an explicit date: the date itself, without "am" or the weekday


_TOKEN = re.compile(r"[^\W_]+")
WINDOW = 45  # characters around a trigger word that a time expression can reach


def _windows(text: str, begin: int, end: int, lex: _Lexicon) -> list[tuple[int, int, frozenset]]:
    """Stretches of text[begin:end] around key words (Dienstag, Woche, gestern, digits),
    widened to whitespace, with the pattern kinds worth running there. The full patterns
    run only in these stretches: most sentences have none, which keeps this cheap."""
    windows: list[tuple[int, int, frozenset]] = []
    triggers = lex.triggers
    for m in _TOKEN.finditer(text, begin, end):
        token = m.group()
        if token[0].isdigit():
            kinds = DIGIT_KINDS
        else:
            low = token.lower()
            kinds = frozenset()
            for word, prefix, word_kinds in triggers.get(low[:4], ()):
                if low == word or (prefix and low.startswith(word)):
                    kinds = kinds | word_kinds
            if not kinds:
                continue
        b = max(begin, m.start() - WINDOW)
        while b > begin and not text[b - 1].isspace():
            b -= 1
        e = min(end, m.end() + WINDOW)
        while e < end and not text[e].isspace():
            e += 1
        if windows and b <= windows[-1][1]:
            last = windows[-1]
            windows[-1] = (last[0], max(e, last[1]), last[2] | kinds)
        else:
            windows.append((b, e, kinds))
    return windows


def _find_expressions(text: str, begin: int, end: int, lex: _Lexicon) -> list[_Found]:
    """Time expressions in text[begin:end], longest first where they overlap."""
    hits: list[_Found] = []
    seen: set[tuple[str, int, int]] = set()
    windows = _windows(text, begin, end, lex)
    for kind, pat in lex.patterns:
        for wb, we, kinds in windows:
            if kind not in kinds:
                continue
            for m in pat.finditer(text, wb, we):
                if (kind, m.start(), m.end()) in seen or not _acceptable(kind, m, text, lex):
                    continue
                seen.add((kind, m.start(), m.end()))
                core_start = min((m.start(k) for k in ("d", "m", "mon", "y") if k in pat.groupindex and m.group(k)), default=m.start())
                hits.append(_Found(kind, m.start(), m.end(), m.group().strip(), m.groupdict(), text[core_start:m.end()]))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[_Found] = []
    for h in hits:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


_NOT_TOMORROW_BEFORE = re.compile(r"(?:^|\s)(?:am|jeden|den|dem|einem|diesem|guten|heute|gestern|vorgestern|morgen)\s+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;„“\"»«(]\s*|\n\s*)$")


def _acceptable(kind: str, m: re.Match, text: str, lex: _Lexicon) -> bool:
    g = m.groupdict()
    if kind == "relday" and lex.lang == "de" and _norm(g["rel"]) == "morgen":
        # "morgen" is tomorrow; "Morgen" is the morning unless it starts a sentence
        before = text[max(0, m.start("rel") - 20): m.start("rel")]
        if _NOT_TOMORROW_BEFORE.search(before):
            return False
        if g["rel"][0].isupper() and not _SENTENCE_START.search(before):
            return False
    if kind in ("period", "month", "weekend") and not (g.get("mod") or g.get("part") or g.get("prep")):
        return False  # a bare "Woche"/"weekend" is not a date
    if kind == "period" and not (g.get("mod") or g.get("part")):
        return False  # "in der Woche" says nothing about which week
    return True


_QUOTE_OPENERS = {
    "de": {"„": "“”\"", "»": "«", "«": "»", '"': '"'},
    "en": {"“": "”\"", '"': '"', "«": "»"},
}
_QUOTE_CHARS = re.compile(r"[„“”\"»«]")


def _quoted_regions(text: str, begin: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Quoted stretches inside text[begin:end]. A time expression inside a quote is about
    what was said, not when; an unclosed quote runs to the end."""
    openers = _QUOTE_OPENERS.get(lang, _QUOTE_OPENERS["en"])
    regions, open_at, closers = [], None, ""
    for m in _QUOTE_CHARS.finditer(text, begin, end):
        ch = m.group()
        if open_at is None:
            # an opening mark stands after a space or at the start ('bleiben." Sand' closes)
            after_space = m.start() == begin or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-"
            if ch in openers and after_space:
                open_at, closers = m.start(), openers[ch]
        elif ch in closers:
            regions.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        regions.append((open_at, end))
    return regions


_CLAUSE_BOUNDARY = re.compile(r"[,;:!?„“”\"»«()\u2013\u2014]|\.\s")


def _clause(text: str, begin: int, end: int, at: tuple[int, int]) -> tuple[str, str]:
    """The clause around a time expression, as (words before it, words after it)."""
    left = begin
    for m in _CLAUSE_BOUNDARY.finditer(text, begin, at[0]):
        left = m.end()
    m = _CLAUSE_BOUNDARY.search(text, at[1], end)
    right = m.start() if m else end
    return text[left:at[0]], text[at[1]:right]


_WORD = re.compile(r"\w+")


def _tense(before: str, after: str, lex: _Lexicon) -> str | None:
    """"past", "future" or None from the clause around a time expression. The tense word
    nearest the expression decides ("said he may resign in March": may; "said on Tuesday he
    would stay": said); on a tie past wins ("soll am Dienstag gesagt haben")."""
    has_aux = bool(lex.aux_re.search(before) or lex.aux_re.search(after))
    best: tuple[int, int, str] | None = None  # (distance in words, 0 for past, tense)
    for side, words in (("before", before), ("after", after)):
        future = [(m.start(), m.end()) for m in lex.future_re.finditer(words)]
        marks = [(b, e, "future") for b, e in future]
        for pat in (lex.past_re, lex.participle_re) if has_aux else (lex.past_re,):
            for m in pat.finditer(words):
                if not any(b < m.end() and m.start() < e for b, e in future):  # "expected to"
                    marks.append((m.start(), m.end(), "past"))
        for b, e, tense in marks:
            gap = words[e:] if side == "before" else words[:b]
            key = (len(_WORD.findall(gap)), 0 if tense == "past" else 1, tense)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _cue_is_past(words: str, lex: _Lexicon) -> bool:
    if lex.past_re.search(words):
        return True
    if lex.lang == "de":
        return any(re.fullmatch(r"[a-zäöüß]+ten?", w) for w in words.lower().split())
    return False


def _nearest_year(pub: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """The year for "am 15. Februar": past never after publication, future never before,
    otherwise the nearest."""
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue  # 29 February
    if tense == "past":
        options = [d for d in options if d <= pub]
        return max(options) if options else None
    if tense == "future":
        options = [d for d in options if d >= pub]
        return min(options) if options else None
    return min(options, key=lambda d: (abs((d - pub).days), d > pub)) if options else None


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(words: str, lang: str, base: str, prefer: str, order: str) -> dt.date | None:
    import dateparser  # loaded on the first explicit date only: it is slow to import

    settings = {"PREFER_DATES_FROM": prefer, "DATE_ORDER": order}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)
    try:
        result = dateparser.parse(words, languages=[lang], settings=settings)
    except Exception:  # dateparser raises odd errors on odd input; an unreadable date is no date
        return None
    return result.date() if result else None


def _plain_explicit(g: dict, lex: _Lexicon) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an explicit date read from the pattern's own groups, when
    that is certain to be what dateparser reads too: a four-digit year or none, a month number
    or a month name of the lexicon, a day that exists in that month (29 February without a year
    excepted). None: ask dateparser (two-digit years, impossible dates). This spares most
    articles dateparser's import and language data (~0.25 s a process)."""
    y = g.get("y")
    if y and len(y) != 4:
        return None
    if g.get("m"):
        if not y and len(g["m"]) > 1:
            return None  # dateparser reads "7.10." as the time 07:10 (and the date is then left undated)
        month = int(g["m"])
    elif g.get("mon"):
        month = lex.months.get(_norm(g["mon"]).rstrip("."), 0)
    else:
        return None
    day = int(g["d"])
    year = int(y) if y else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    try:
        dt.date(2001 if year is None else year, month, day)  # 2001: no leap day without a year
    except ValueError:
        return None
    return year, month, day


def _resolve_explicit(f: _Found, pub: dt.date | None, tense: str | None, lex: _Lexicon):
    g = f.groups
    day = int(g["d"])
    year_given = bool(g.get("y"))
    plain = _plain_explicit(g, lex)
    if plain is not None:
        year, month, day = plain
        if year is not None:
            return dt.date(year, month, day)
        if pub is None:
            return None
        return _nearest_year(pub, month, day, tense)
    order = "DMY" if lex.lang == "de" or g.get("m") else "MDY"
    prefer = {"past": "past", "future": "future"}.get(tense, "current_period")
    parsed = _dateparser_parse(f.core.rstrip(), lex.lang, pub.isoformat() if pub else "", prefer, order)
    if parsed is None or parsed.day != day:
        return None  # "31. Februar": impossible, left undated
    if year_given:
        return parsed
    if pub is None:
        return None
    return _nearest_year(pub, parsed.month, parsed.day, tense)


def _modifier(g: dict, lex: _Lexicon) -> str | None:
    return lex.modifiers.get(_norm(g["mod"])) if g.get("mod") else None


def _part_day(g: dict, lex: _Lexicon) -> int | None:
    for key in ("part", "part2"):
        if g.get(key) and _norm(g[key]) in lex.period_parts:
            return lex.period_parts[_norm(g[key])]
    return None


def _count(num: str | None, lex: _Lexicon) -> int:
    """'3', 'drei', 'einigen' -> a number; none given ("vor Tagen"): 3."""
    if num and num.isdigit():
        return int(num)
    return lex.numbers.get(_norm(num or ""), lex.vague_numbers.get(_norm(num or ""), 3))


def _part_of_year(y: int, part: int) -> dt.date:
    """'Anfang 2021' (part 5) -> 15 January, 'Mitte' (15) -> 1 July, 'Ende' (25) -> 15 December."""
    return dt.date(y, {5: 1, 15: 7, 25: 12}.get(part, 6), 15 if part != 15 else 1)


def _resolve(f: _Found, pub: dt.date | None, tense: str | None, lex: _Lexicon):
    """(date or None, precision) for one expression."""
    g, kind = f.groups, f.kind
    if kind == "explicit":
        return _resolve_explicit(f, pub, tense, lex), "day"
    if kind == "year":
        y = int(g["y"])
        part = _part_day(g, lex)
        if part is None:
            return dt.date(y, 1, 1), "year"
        return _part_of_year(y, part), "month"
    if kind == "month":
        month = lex.months[_norm(g["mon"]).rstrip(".")]
        part = _part_day(g, lex)
        mod = _modifier(g, lex)
        want = {"past": "past", "next": "future"}.get(mod, tense)
        if g.get("y"):
            return _month_day(int(g["y"]), month, part or 1), "month"
        if pub is None:
            return None, "month"
        years = [pub.year - 1, pub.year, pub.year + 1]
        if mod == "this":
            y = pub.year
        elif want == "past":
            y = max(y for y in years if (y, month) <= (pub.year, pub.month))
            if mod == "past" and (y, month) == (pub.year, pub.month):
                y -= 1  # "im vergangenen Februar", said in February: a year ago
        elif want == "future":
            y = min(y for y in years if (y, month) >= (pub.year, pub.month))
            if mod == "next" and (y, month) == (pub.year, pub.month):
                y += 1
        else:
            y = min(years, key=lambda y: (abs((y * 12 + month) - (pub.year * 12 + pub.month)), y > pub.year))
        d = _month_day(y, month, part or 1)
        if want == "past" and d > pub:
            d = pub  # "Mitte Februar", said on 10 February: not after publication
        return d, "month"
    if pub is None:
        return None, _precision_of(f, lex)
    if kind == "relday":
        return pub + dt.timedelta(days=lex.relative_days[_norm(g["rel"])]), "day"
    if kind == "weekday":
        weekday = lex.weekdays[_norm(g["wd"])]
        if g.get("wmod"):  # "am Dienstag vergangener Woche": that week's Tuesday
            offset = {"past": -1, "next": 1}.get(lex.modifiers.get(_norm(g["wmod"])), 0)
            return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset, days=weekday), "day"
        mod = _modifier(g, lex)
        if mod == "past":
            return _weekday_on_or_before(pub, weekday, strict=True), "day"
        if mod == "next":
            return _weekday_on_or_after(pub, weekday, strict=True), "day"
        if mod == "this":  # "an diesem Mittwoch": the coming one unless said in the past
            if tense == "past":
                return _weekday_on_or_before(pub, weekday, strict=False), "day"
            return _weekday_on_or_after(pub, weekday, strict=False), "day"
        if tense == "future":
            return _weekday_on_or_after(pub, weekday, strict=False), "day"
        return _weekday_on_or_before(pub, weekday, strict=False), "day"
    if kind == "weekend":
        mod = _modifier(g, lex)
        saturday = _weekday_on_or_before(pub, 5, strict=False)
        if mod == "past" or (mod is None and tense != "future"):
            if mod == "past" and pub.weekday() >= 5:
                saturday -= dt.timedelta(days=7)  # "vergangenes Wochenende", said on a Sunday
            return saturday, "week"
        if mod == "this" and pub.weekday() >= 5:
            return saturday, "week"
        return _weekday_on_or_after(pub, 5, strict=mod == "next" and pub.weekday() == 5), "week"
    if kind == "ago":
        unit = lex.units[_norm(g["unit"])]
        num = g.get("num")
        vague = num is None or _norm(num) in lex.vague_numbers
        n = _count(num, lex)
        if unit == "day":
            d, prec = pub - dt.timedelta(days=n), "day"
        elif unit == "week":
            d, prec = pub - dt.timedelta(days=7 * n), "week"
        elif unit == "month":
            d, prec = _add_months(pub, -n), "month"
        else:
            d, prec = _add_months(pub, -12 * n), "year"
        if vague:
            prec = {"day": "week", "week": "month", "month": "year"}.get(prec, "year")
        return d, prec
    if kind == "recent":  # the middle of the stretch, one step less precise
        unit = lex.units[_norm(g["unit"])]
        n = _count(g.get("num"), lex)
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return pub - dt.timedelta(days=days // 2), {"day": "week", "week": "month"}.get(unit, "year")
    if kind in ("period", "relperiod"):
        if kind == "relperiod":
            unit, offset = lex.relative_periods[_norm(g["relp"])]
            part = None
        else:
            unit = lex.period_units[_norm(g["unit"])]
            mod = _modifier(g, lex)
            offset = {"past": -1, "next": 1}.get(mod, 0)
            part = _part_day(g, lex)
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
            shift = {5: 0, 15: 2, 25: 4}.get(part, 0) if part else 0
            d = monday + dt.timedelta(days=shift)
            prec = "week"
        elif unit == "month":
            first = _add_months(pub.replace(day=1), offset)
            d = _month_day(first.year, first.month, part or 1)
            prec = "month"
        else:
            y = pub.year + offset
            if part:
                d = _part_of_year(y, part)
                prec = "month"
            else:
                d, prec = dt.date(y, 1, 1), "year"
        if offset == 0 and d > pub and (tense == "past" or (part and part <= 5)):
            d = pub  # "earlier this month", said on the 3rd: not after publication
        return d, prec
    return None, "day"


def _precision_of(f: _Found, lex: _Lexicon) -> str:
    if f.kind == "weekend":
        return "week"
    if f.kind == "recent":
        return {"day": "week", "week": "month"}.get(lex.units.get(_norm(f.groups["unit"])), "year")
    if f.kind == "ago":
        return {"day": "day", "week": "week", "month": "month"}.get(lex.units.get(_norm(f.groups["unit"])), "year")
    if f.kind == "period":
        return lex.period_units.get(_norm(f.groups["unit"]), "day")
    if f.kind == "relperiod":
        return lex.relative_periods[_norm(f.groups["relp"])][0]
    return "day"


# "gestern", "vor drei Tagen", "in der Vorwoche", "im Jahr 2021" point one way whatever the tense
UNDIRECTED_KINDS = frozenset({"relday", "ago", "recent", "relperiod", "year"})


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _clamp(span: tuple[int, int], n: int) -> tuple[int, int]:
    """The span inside text[0:n], its ends in order."""
    b, e = sorted((max(0, min(n, int(span[0]))), max(0, min(n, int(span[1])))))
    return b, e


def date_statement(text: str, span: tuple[int, int], published: str | None, lang: str, *,
                   cue_span: tuple[int, int] | None = None, allow_future: bool | None = None,
                   content: list[tuple[int, int]] = ()) -> StatementDate:
    """When a statement was made: a time expression in text[span] (its sentence or frame),
    resolved against the publication date; the one nearest the cue wins. Expressions inside
    quotation marks are about what was said, not when, and are skipped; so is a date after
    publication when a cue is given that does not look ahead ("Er werde am Mittwoch reisen,
    sagte X"; but "X wird am Mittwoch sprechen" with cue "sprechen" keeps the Wednesday).
    allow_future=False / True overrides that choice (False suits a statement without a cue,
    such as free indirect speech, whose time words are about its content).
    ``content``: spans of what was said (an indirect clause); like quotes, their time words
    date the content, not the saying, and are skipped.
    Without a usable time expression: the publication date, source "published".
    Never raises on odd input."""
    text = text or ""
    pub = _to_date(published)
    pub_iso = _iso(pub)
    if span is None:
        span = (0, len(text))
    begin, end = _clamp(span, len(text))
    lex = _lexicon(lang)
    found = _find_expressions(text, begin, end, lex)
    if not found:
        return StatementDate(pub_iso, "day", "published")
    quoted = _quoted_regions(text, begin, end, lex.lang) + [tuple(c) for c in content]
    cue = _clamp(cue_span, len(text)) if cue_span is not None else None
    # A reported statement was made by the time the article appeared: with a cue, a date after
    # publication is about what was said ("sie werde am Freitag reisen, sagte Sand"), unless
    # the cue itself looks ahead ("Sand wird am Mittwoch in Kelm sprechen").
    cue_ahead = False
    if cue:
        before_cue = _clause(text, begin, end, cue)[0]  # "wird ... sprechen", "will speak"
        cue_ahead = (not _cue_is_past(text[cue[0]:cue[1]], lex) and bool(lex.future_re.search(before_cue))
                     and not lex.past_re.search(lex.future_re.sub(" ", before_cue)))  # not "said she would ask"
    if allow_future is not None:
        cue_ahead = allow_future
    best = None
    for f in found:
        if any(qb <= f.start and f.end <= qe for qb, qe in quoted):
            continue
        # "seit Dienstag", "bis Freitag", "für Mittwoch": the preposition says it best
        tense = lex.preposition_tense.get(_norm(f.groups.get("prep") or ""))
        if tense is None and f.kind not in UNDIRECTED_KINDS:
            tense = _tense(*_clause(text, begin, end, (f.start, f.end)), lex)
        try:
            date, precision = _resolve(f, pub, tense, lex)
        except (ValueError, OverflowError, KeyError):
            date, precision = None, _precision_of(f, lex)  # beyond the calendar: left undated
        if (cue or allow_future is False) and not cue_ahead and pub and date and date > pub:
            continue  # not said after publication
        rank = _distance((f.start, f.end), cue) if cue else 0
        if best is None or rank < best[0]:
            best = (rank, f, date, precision)
    if best is None:
        return StatementDate(pub_iso, "day", "published")
    _, f, date, precision = best
    return StatementDate(_iso(date), precision, f.words, (f.start, f.end))
