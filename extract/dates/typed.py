"""Dates a person typed (``--published``, the dashboard's date filter): one day, a month, a
year or a range, with a clear ``DateError`` for anything impossible. The complete-date patterns
here also read date lines at the top of an article (published.py)."""
from __future__ import annotations

import functools
import re

from .calendar_math import DateError, _check_ymd, _full_year, _month_day
from .lexicon import _all_months, _alt, _names, _norm, _relative_words


@functools.lru_cache(maxsize=1)
def _absolute_patterns() -> list[re.Pattern]:
    """Complete dates with a year, in any of our languages; groups y, m|mon, d."""
    months = _alt(_all_months(), either_case=True)
    weekday_words = list(_names("de")[0]) + list(_names("en")[0])
    weekdays = _alt(weekday_words, either_case=True)
    lead = rf"(?:{weekdays},?\s+)?"
    # where a match may begin: a weekday, the day's digits, a month (a search passes every other place at once;
    # the numeric date as the day-first one: its weekday is written either case, as _begins takes it)
    day_first, month_first = _begins(weekday_words, r"\d"), _begins(weekday_words + list(_all_months()))
    return [
        re.compile(rf"(?<![\d.])(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?![\d])"),
        re.compile(rf"{day_first}{lead}(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d\d)(?![\d])"),
        re.compile(rf"{day_first}{lead}(?<![\d.])(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>{months})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
        re.compile(rf"{month_first}{lead}(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    ]


def _begins(words: list[str], more: str = "") -> str:
    """A lookahead for the first letter of any of the words (either case, as _alt writes them) or
    ``more``: it changes no match of a pattern whose every match begins so, and lets a search skip
    the places where none can begin without trying each word there. "" when a word is empty."""
    if not words or any(not w for w in words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(c) for w in words for c in (w[0].upper(), w[0].lower())})) + more + "])"


def _groups_ymd(m: re.Match, year: int | None = None) -> tuple[int, int, int]:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _all_months()[_norm(g["mon"])]
    y = _full_year(g["y"]) if g.get("y") else year
    return y, month, int(g["d"])


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
