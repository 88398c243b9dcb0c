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

The package, in the order a statement's date is found:

    lexicon.py        words and patterns per language (extract/data/dates_<lang>.toml)
    expressions.py    time expressions in a stretch of text, their clause and its tense
    resolve.py        one expression -> a date and its precision
    statement.py      date_statement: the expression nearest the cue wins
    published.py      find_published: metadata, date line, file name
    typed.py          parse_user_date, parse_date_range
    calendar_math.py  calendar arithmetic, DateError

Names with a leading underscore are shared between these modules only.
"""
from __future__ import annotations

from .calendar_math import DateError
from .published import find_published
from .statement import StatementDate, date_recalled, date_statement
from .typed import parse_date_range, parse_user_date

__all__ = [
    "DateError",
    "StatementDate",
    "find_published",
    "date_recalled",
    "date_statement",
    "parse_user_date",
    "parse_date_range",
]
