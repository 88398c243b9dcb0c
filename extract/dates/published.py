"""When an article appeared: from HTML metadata, a date line near the top of the text, or
the file name. Never today's date."""
from __future__ import annotations

import functools
import re

from .calendar_math import DateError, _check_ymd
from .lexicon import _all_months, _alt
from .typed import _absolute_patterns, _groups_ymd

HEAD_CHARS = 400  # the publication date line stands near the top


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


FOUR_DIGITS = re.compile(r"\d{4}")


def _first_valid(text: str, patterns, year: int | None = None) -> str | None:
    """The first date in the text (by position) that exists in the calendar."""
    hits = []
    has_year = None
    for pat in patterns:
        if _needs_four_digits(pat):
            # (a text without four digits in a row holds no match: the month-name patterns are slow)
            has_year = bool(FOUR_DIGITS.search(text)) if has_year is None else has_year
            if not has_year:
                continue
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


YEAR_GROUP = "(?P<y>\\d{4})"


@functools.lru_cache(maxsize=None)
def _needs_four_digits(pattern: re.Pattern) -> bool:
    """Whether every match of the pattern holds four digits in a row: its year group is exactly
    four digits, outside any other group and with no alternative at the top level (so it cannot
    be skipped)."""
    source = pattern.pattern
    at = source.find(YEAR_GROUP)
    if at < 0 or source[at + len(YEAR_GROUP):].startswith(("?", "*", "{")):
        return False
    depth, escaped, in_class = 0, False, False
    for k, c in enumerate(source):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        if k == at - 1 and depth != 0:
            return False
    return True


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
