"""Calendar arithmetic shared by the date modules, and the error a person sees for a date
that does not exist."""
from __future__ import annotations

import calendar
import datetime as dt

MONTH_NAMES_EN = [calendar.month_name[i] for i in range(13)]  # for error messages


class DateError(ValueError):
    """A date a person gave that cannot be used; the message says why."""


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


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
