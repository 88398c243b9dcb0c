"""When a statement was made: the time expression nearest its cue, resolved; otherwise the
publication date."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import re

from .calendar_math import DateError, _iso
from .expressions import _clause, _cue_is_past, _find_expressions, _quoted_regions, _tense
from .lexicon import _lexicon, _norm
from .resolve import _precision_of, _resolve
from .typed import parse_user_date


@dataclass(frozen=True)
class StatementDate:
    date: str | None  # ISO date, None when it cannot be resolved
    precision: str = "day"  # "day" | "week" | "month" | "year"
    source: str = "published"  # the words that dated it, or "published"
    span: tuple[int, int] | None = None  # where those words stand in the text


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
        if any(qb <= f.start and f.end <= qe for qb, qe in quoted) or _recalls_other(text, begin, end, f, cue, lex.lang):
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


# "Royce, who backed the road last year, now opposes it": a relative clause on someone
_RELATIVE_EN = re.compile(r"\W*(?:who|which)\b", re.IGNORECASE)
# "who had backed the bridge in February": an English pluperfect clause
_BUT_EN = re.compile(r"\b(?:but|yet)\b", re.IGNORECASE)
_PLUPERFECT_EN = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|ght|un)\b", re.IGNORECASE)

# "hatte sich … ausgesprochen", "… abgelehnt hatten": the auxiliary of a German pluperfect clause
_PLUPERFECT_DE = re.compile(r"\bhatten?\b", re.IGNORECASE)


def _recalls_other(text: str, begin: int, end: int, f, cue: tuple[int, int] | None, lang: str) -> bool:
    """A time expression in a pluperfect or relative clause that the cue lies outside of dates an
    earlier position, not this statement ("Vance, who had backed the bridge in February, now opposes it")."""
    if lang not in ("en", "de") or cue is None:
        return False
    before, after = _clause(text, begin, end, (f.start, f.end))
    if lang == "en":  # "had opposed X in 2019 but now supports it": "but" ends the recalling clause
        after = _BUT_EN.split(after, 1)[0]
    left, right = f.start - len(before), f.end + len(after)
    if lang == "de":  # "Sandmann, die sich im Frühjahr dagegen ausgesprochen hatte, befürwortet nun …"
        background = _PLUPERFECT_DE.search(before) or _PLUPERFECT_DE.search(after)
    else:
        background = _PLUPERFECT_EN.search(before) or _RELATIVE_EN.match(before)
    return bool(background) and not (left <= cue[0] and cue[1] <= right)


# the first month of each season: a recalled position "im Frühjahr" was held by then
_SEASONS = {"frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12,
            "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_SEASON = re.compile(r"\b(?:(vergangenen|letzten|last)\s+)?(" + "|".join(_SEASONS) + r")\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def date_recalled(clause: str, said: str | None, lang: str) -> StatementDate:
    """When a recalled position ("hatte sich im Frühjahr gegen X ausgesprochen") was held: the
    clause's time words, resolved against the date of saying ``said``; a season is its first
    month, the latest one before the saying ("im vergangenen Sommer": the one before that); a
    bare year is that year. Nothing later than the saying; without time words: the saying's date."""
    day = _to_date(said)
    m = _SEASON.search(clause)
    if m and day:  # (first: the date words know no seasons, and a clause may run on to the saying's "am Montag")
        year = day.year - (_SEASONS[m.group(2).lower()] > day.month) - bool(m.group(1))
        return StatementDate(dt.date(year, _SEASONS[m.group(2).lower()], 1).isoformat(), "month", m.group(0), m.span())
    found = date_statement(clause, None, said, lang, allow_future=False)
    if found.source != "published" or not said:
        return found
    years = [y for y in _YEAR.finditer(clause) if day and int(y.group(0)) <= day.year]
    if years:
        return StatementDate(f"{years[-1].group(0)}-01-01", "year", years[-1].group(0), years[-1].span())
    return found
