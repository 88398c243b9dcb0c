"""Turning one time expression into a date (and its precision), relative to the publication
date and the tense of its clause."""
from __future__ import annotations

import datetime as dt
import functools

from .calendar_math import _add_months, _month_day, _weekday_on_or_after, _weekday_on_or_before
from .expressions import _Found
from .lexicon import _Lexicon, _norm


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
    if f.kind == "explicit":
        return _resolve_explicit(f, pub, tense, lex), "day"
    if f.kind in ("year", "month"):
        return _RESOLVERS[f.kind](f.groups, pub, tense, lex)
    if pub is None:
        return None, _precision_of(f, lex)
    if f.kind in _RESOLVERS:
        return _RESOLVERS[f.kind](f.groups, pub, tense, lex)
    return None, "day"


def _resolve_year(g: dict, pub: dt.date | None, tense: str | None, lex: _Lexicon):
    """"im Jahr 2021", "Anfang 2021"."""
    y = int(g["y"])
    part = _part_day(g, lex)
    if part is None:
        return dt.date(y, 1, 1), "year"
    return _part_of_year(y, part), "month"


def _resolve_month(g: dict, pub: dt.date | None, tense: str | None, lex: _Lexicon):
    """"Mitte Februar", "im vergangenen Februar": the year from the modifier or the tense."""
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


def _resolve_relday(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"gestern", "yesterday"."""
    return pub + dt.timedelta(days=lex.relative_days[_norm(g["rel"])]), "day"


def _resolve_weekday(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"am Dienstag", "am kommenden Mittwoch", "am Dienstag vergangener Woche"."""
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


def _resolve_weekend(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"am vergangenen Wochenende", "over the weekend": its Saturday."""
    mod = _modifier(g, lex)
    saturday = _weekday_on_or_before(pub, 5, strict=False)
    if mod == "past" or (mod is None and tense != "future"):
        if mod == "past" and pub.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # "vergangenes Wochenende", said on a Sunday
        return saturday, "week"
    if mod == "this" and pub.weekday() >= 5:
        return saturday, "week"
    return _weekday_on_or_after(pub, 5, strict=mod == "next" and pub.weekday() == 5), "week"


def _resolve_ago(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"vor drei Tagen", "a few weeks ago" (a vague count is one step less precise)."""
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


def _resolve_recent(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"in den vergangenen Tagen": the middle of the stretch, one step less precise."""
    unit = lex.units[_norm(g["unit"])]
    n = _count(g.get("num"), lex)
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
    return pub - dt.timedelta(days=days // 2), {"day": "week", "week": "month"}.get(unit, "year")


def _resolve_relperiod(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"in der Vorwoche", "last year" as one word or phrase of the lexicon."""
    unit, offset = lex.relative_periods[_norm(g["relp"])]
    return _period_date(pub, unit, offset, None, tense)


def _resolve_period(g: dict, pub: dt.date, tense: str | None, lex: _Lexicon):
    """"Ende vergangener Woche", "im vergangenen Jahr", "earlier this month"."""
    unit = lex.period_units[_norm(g["unit"])]
    mod = _modifier(g, lex)
    offset = {"past": -1, "next": 1}.get(mod, 0)
    return _period_date(pub, unit, offset, _part_day(g, lex), tense)


def _period_date(pub: dt.date, unit: str, offset: int, part: int | None, tense: str | None):
    """The week, month or year ``offset`` steps from publication, at ``part`` (Anfang/Mitte/Ende)."""
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


# expression kind -> (groups, publication date, tense, lexicon) -> (date or None, precision)
_RESOLVERS = {
    "year": _resolve_year, "month": _resolve_month, "relday": _resolve_relday, "weekday": _resolve_weekday,
    "weekend": _resolve_weekend, "ago": _resolve_ago, "recent": _resolve_recent,
    "relperiod": _resolve_relperiod, "period": _resolve_period,
}


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
