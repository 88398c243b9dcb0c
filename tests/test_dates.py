"""Tests for extract/dates/: publication dates, statement dates, typed dates and ranges.

All names and places are fictional (Mira Sand, Tom Pell, Kelm, Neustadt)."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.dates import (
    DateError,
    StatementDate,
    date_statement,
    find_published,
    parse_date_range,
    parse_user_date,
)

WED = "2022-02-16"  # a Wednesday
SUN = "2022-02-20"  # a Sunday
NEWYEAR = "2023-01-02"  # a Monday just after a year boundary

# (publication date, lang, sentence, expected date, precision, expected source words)
CASES = [
    # German, published on a Wednesday
    (WED, "de", "Die Ministerin Mira Sand sagte am Dienstag, das Land sei bereit.", "2022-02-15", "day", "am Dienstag"),
    (WED, "de", "Sand sagte am Mittwoch in Kelm, die Brücke bleibe zu.", "2022-02-16", "day", "am Mittwoch"),
    (WED, "de", "Sand sagte am Donnerstag in Kelm, die Brücke bleibe zu.", "2022-02-10", "day", "am Donnerstag"),
    (WED, "de", "Sand wird am Freitag in Kelm sprechen.", "2022-02-18", "day", "am Freitag"),
    (WED, "de", "Am kommenden Mittwoch will Sand in Kelm sprechen.", "2022-02-23", "day", "Am kommenden Mittwoch"),
    (WED, "de", "Sand sprach an diesem Mittwoch vor der Presse.", "2022-02-16", "day", "an diesem Mittwoch"),
    (WED, "de", "Sand reist an diesem Freitag nach Kelm.", "2022-02-18", "day", "an diesem Freitag"),
    (WED, "de", "Sand hatte Dienstagabend in Kelm erklärt, sie bleibe.", "2022-02-15", "day", "Dienstagabend"),
    (WED, "de", "Am Mittwochabend sagte Sand, sie bleibe.", "2022-02-16", "day", "Am Mittwochabend"),
    (WED, "de", "Sand sagte am vergangenen Mittwoch, sie bleibe.", "2022-02-09", "day", "am vergangenen Mittwoch"),
    (WED, "de", "Sand sagte gestern in Kelm, sie bleibe.", "2022-02-15", "day", "gestern"),
    (WED, "de", "Sand sagte gestern Abend in Kelm, sie bleibe.", "2022-02-15", "day", "gestern Abend"),
    (WED, "de", "Sand hatte vorgestern erklärt, sie bleibe.", "2022-02-14", "day", "vorgestern"),
    (WED, "de", "Heute sagte Sand in Kelm, sie bleibe.", "2022-02-16", "day", "Heute"),
    (WED, "de", "Sand wird übermorgen in Kelm sprechen.", "2022-02-18", "day", "übermorgen"),
    (WED, "de", "Sand sagte am Morgen in Kelm, sie bleibe.", WED, "day", "published"),
    (WED, "de", "Sand sagte vor drei Tagen, sie bleibe.", "2022-02-13", "day", "vor drei Tagen"),
    (WED, "de", "Sand sagte vor einer Woche, sie bleibe.", "2022-02-09", "week", "vor einer Woche"),
    (WED, "de", "Sand sagte am 15. Februar, sie bleibe.", "2022-02-15", "day", "am 15. Februar"),
    (WED, "de", "Sand sagte am 28. Dezember, sie bleibe.", "2021-12-28", "day", "am 28. Dezember"),
    (WED, "de", "Sand sagte am 14. Februar 2021, sie bleibe.", "2021-02-14", "day", "am 14. Februar 2021"),
    (WED, "de", "Sand sagte am 15.02.2022, sie bleibe.", "2022-02-15", "day", "am 15.02.2022"),
    (WED, "de", "Sand sagte Mitte Februar, sie bleibe.", "2022-02-15", "month", "Mitte Februar"),
    (WED, "de", "Sand sagte Ende Januar, sie bleibe.", "2022-01-25", "month", "Ende Januar"),
    (WED, "de", "Sand sagte Anfang Februar, sie bleibe.", "2022-02-05", "month", "Anfang Februar"),
    (WED, "de", "Sand sagte im Januar, sie bleibe.", "2022-01-01", "month", "im Januar"),
    (WED, "de", "Sand sagte vergangene Woche, sie bleibe.", "2022-02-07", "week", "vergangene Woche"),
    (WED, "de", "Sand sagte Ende vergangener Woche, sie bleibe.", "2022-02-11", "week", "Ende vergangener Woche"),
    (WED, "de", "Sand sagte in der Vorwoche, sie bleibe.", "2022-02-07", "week", "in der Vorwoche"),
    (WED, "de", "Sand sagte am Wochenende, sie bleibe.", "2022-02-12", "week", "am Wochenende"),
    (WED, "de", "Sand sagte im vergangenen Monat, sie bleibe.", "2022-01-01", "month", "im vergangenen Monat"),
    (WED, "de", "Sand sagte im vergangenen Jahr, sie bleibe.", "2021-01-01", "year", "im vergangenen Jahr"),
    (WED, "de", "Sand sagte am Dienstag vergangener Woche, sie bleibe.", "2022-02-08", "day", "am Dienstag vergangener Woche"),
    (WED, "de", "Die Frist läuft bis Freitag, sagte Sand.", "2022-02-18", "day", "bis Freitag"),
    (WED, "de", "Sand hat die Gewerkschaft für Montag eingeladen.", "2022-02-21", "day", "für Montag"),
    (WED, "de", "Seit Montagmorgen streiken die Arbeiter in Kelm.", "2022-02-14", "day", "Seit Montagmorgen"),
    (WED, "de", "Die Sperre gilt ab 20. Februar.", "2022-02-20", "day", "ab 20. Februar"),
    (WED, "de", "Sand sagte am 15.02.2021.", "2021-02-15", "day", "am 15.02.2021"),
    (WED, "de", "Sand sagte Anfang des Jahres, sie bleibe.", "2022-01-15", "month", "Anfang des Jahres"),
    (WED, "de", "Sand sagte im Jahr 2019, sie bleibe.", "2019-01-01", "year", "im Jahr 2019"),
    (WED, "de", "Sand hatte in den vergangenen Tagen mehrfach erklärt, sie bleibe.", "2022-02-15", "week", "in den vergangenen Tagen"),
    (WED, "en", "Pell said over the past few weeks that he would stay.", "2022-02-06", "month", "over the past few weeks"),
    # no false weekdays from "Die", "mit", "Mo", "Sa" or words that contain a weekday
    (WED, "de", "Die Ministerin sagte mit Nachdruck, die Lage sei ernst.", WED, "day", "published"),
    (WED, "de", "Sand sagte, die Aschermittwochsrede von Mo und Sa sei gut.", WED, "day", "published"),
    # impossible: left undated, with the words
    (WED, "de", "Sand sagte am 31. Februar, sie bleibe.", None, "day", "am 31. Februar"),
    # English, published on a Wednesday
    (WED, "en", "Mayor Tom Pell said on Tuesday that the bridge would open.", "2022-02-15", "day", "on Tuesday"),
    (WED, "en", "Pell will speak on Friday in Kelm.", "2022-02-18", "day", "on Friday"),
    (WED, "en", "Pell said last Wednesday that the bridge would open.", "2022-02-09", "day", "last Wednesday"),
    (WED, "en", "Pell said Tuesday evening that the bridge would open.", "2022-02-15", "day", "Tuesday evening"),
    (WED, "en", "Pell said yesterday that the bridge would open.", "2022-02-15", "day", "yesterday"),
    (WED, "en", "Pell told reporters today that the bridge would open.", "2022-02-16", "day", "today"),
    (WED, "en", "Pell said three days ago that the bridge would open.", "2022-02-13", "day", "three days ago"),
    (WED, "en", "Pell said a week ago that the bridge would open.", "2022-02-09", "week", "a week ago"),
    (WED, "en", "Pell said last week that the bridge would open.", "2022-02-07", "week", "last week"),
    (WED, "en", "Pell said earlier this month that the bridge would open.", "2022-02-05", "month", "earlier this month"),
    (WED, "en", "Pell said late last month that the bridge would open.", "2022-01-25", "month", "late last month"),
    (WED, "en", "Pell said in mid-February that the bridge would open.", "2022-02-15", "month", "in mid-February"),
    (WED, "en", "Pell said on Feb. 15 that the bridge would open.", "2022-02-15", "day", "on Feb. 15"),
    (WED, "en", "Pell said on December 28 that the bridge would open.", "2021-12-28", "day", "on December 28"),
    (WED, "en", "Pell said over the weekend that the bridge would open.", "2022-02-12", "week", "over the weekend"),
    (WED, "en", "Pell may speak to the council in Kelm.", WED, "day", "published"),
    # the tense word nearest the expression decides
    (WED, "en", "Pell said on Tuesday he would stay.", "2022-02-15", "day", "on Tuesday"),
    (WED, "en", "Pell said he may resign in March.", "2022-03-01", "month", "in March"),
    (WED, "en", "Pell, who is expected to speak on Friday, said nothing.", "2022-02-18", "day", "on Friday"),
    (WED, "de", "Sand soll am Dienstag gesagt haben, sie bleibe.", "2022-02-15", "day", "am Dienstag"),
    (WED, "de", "Sand sagte heute vor einer Woche, sie bleibe.", "2022-02-09", "week", "heute vor einer Woche"),
    # published on a Sunday
    (SUN, "de", "Sand sagte am Sonntag, sie bleibe.", "2022-02-20", "day", "am Sonntag"),
    (SUN, "de", "Sand sagte am Montag, sie bleibe.", "2022-02-14", "day", "am Montag"),
    (SUN, "de", "Sand wird am Montag in Kelm sprechen.", "2022-02-21", "day", "am Montag"),
    (SUN, "de", "Sand sagte am Wochenende, sie bleibe.", "2022-02-19", "week", "am Wochenende"),
    (SUN, "de", "Sand sagte am vergangenen Wochenende, sie bleibe.", "2022-02-12", "week", "am vergangenen Wochenende"),
    (SUN, "de", "Sand sagte vergangene Woche, sie bleibe.", "2022-02-07", "week", "vergangene Woche"),
    (SUN, "en", "Pell said on Sunday that the bridge would open.", "2022-02-20", "day", "on Sunday"),
    (SUN, "en", "Pell said Saturday that the bridge would open.", "2022-02-19", "day", "Saturday"),
    (SUN, "en", "Pell will travel next weekend.", "2022-02-26", "week", "next weekend"),
    # published just after a year boundary
    (NEWYEAR, "de", "Sand sagte am 28. Dezember, sie bleibe.", "2022-12-28", "day", "am 28. Dezember"),
    (NEWYEAR, "de", "Sand sagte am 5. Januar, sie bleibe.", "2022-01-05", "day", "am 5. Januar"),
    (NEWYEAR, "de", "Sand will am 5. Januar in Kelm sprechen.", "2023-01-05", "day", "am 5. Januar"),
    (NEWYEAR, "de", "Sand sagte am Freitag, sie bleibe.", "2022-12-30", "day", "am Freitag"),
    (NEWYEAR, "de", "Sand sagte gestern, sie bleibe.", "2023-01-01", "day", "gestern"),
    (NEWYEAR, "de", "Sand sagte vergangene Woche, sie bleibe.", "2022-12-26", "week", "vergangene Woche"),
    (NEWYEAR, "de", "Sand sagte Ende Dezember, sie bleibe.", "2022-12-25", "month", "Ende Dezember"),
    (NEWYEAR, "de", "Sand sagte im Dezember, sie bleibe.", "2022-12-01", "month", "im Dezember"),
    (NEWYEAR, "de", "Sand sagte im vergangenen Monat, sie bleibe.", "2022-12-01", "month", "im vergangenen Monat"),
    (NEWYEAR, "de", "Sand sagte im vergangenen Jahr, sie bleibe.", "2022-01-01", "year", "im vergangenen Jahr"),
    (NEWYEAR, "en", "Pell said on Dec. 30 that the bridge would open.", "2022-12-30", "day", "on Dec. 30"),
    (NEWYEAR, "en", "Pell said four days ago that the bridge would open.", "2022-12-29", "day", "four days ago"),
    (NEWYEAR, "en", "Pell said last month that the bridge would open.", "2022-12-01", "month", "last month"),
    # no publication date: relative expressions stay undated, absolute ones do not
    (None, "de", "Sand sagte am Dienstag, sie bleibe.", None, "day", "am Dienstag"),
    (None, "de", "Sand sagte am 15. Februar 2022, sie bleibe.", "2022-02-15", "day", "am 15. Februar 2022"),
    (None, "de", "Sand sagte in Kelm, sie bleibe.", None, "day", "published"),
    (None, "en", "Pell said last week that the bridge would open.", None, "week", "last week"),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 40
    assert {lang for _, lang, *_ in CASES} == {"de", "en"}


@pytest.mark.parametrize("published, lang, sentence, date, precision, source", CASES)
def test_statement_dates_table(published, lang, sentence, date, precision, source):
    result = date_statement(sentence, (0, len(sentence)), published, lang)
    assert (result.date, result.precision, result.source) == (date, precision, source)
    if source != "published":
        b, e = result.span
        assert sentence[b:e] == source


def _cue(text: str, word: str) -> tuple[int, int]:
    b = text.index(word)
    return b, b + len(word)


def test_nearest_expression_to_the_cue_wins():
    text = "Sand sagte am Dienstag, die Wahl im Januar sei gelaufen."
    result = date_statement(text, (0, len(text)), WED, "de", cue_span=_cue(text, "sagte"))
    assert result == StatementDate("2022-02-15", "day", "am Dienstag", _cue(text, "am Dienstag"))


def test_future_content_after_a_past_cue_is_not_the_statement_date():
    text = "Sand sagte, sie werde am Freitag nach Kelm reisen."
    result = date_statement(text, (0, len(text)), WED, "de", cue_span=_cue(text, "sagte"))
    assert (result.date, result.source) == (WED, "published")
    text = "Pell will travel to Kelm on Friday, his office said."
    result = date_statement(text, (0, len(text)), WED, "en", cue_span=_cue(text, "said"))
    assert (result.date, result.source) == (WED, "published")


def test_a_cue_that_looks_ahead_keeps_a_future_date():
    text = "Sand wird am Mittwoch in Kelm sprechen."
    result = date_statement(text, (0, len(text)), "2022-02-14", "de", cue_span=_cue(text, "sprechen"))
    assert (result.date, result.source) == ("2022-02-16", "am Mittwoch")
    # a present-tense or neutral cue does not: "laut" reports what was said by now
    text = "Laut Sand soll das Parlament Anfang April abstimmen."
    result = date_statement(text, (0, len(text)), WED, "de", cue_span=_cue(text, "Laut"))
    assert (result.date, result.source) == (WED, "published")


def test_allow_future_overrides():
    text = "Das Parlament in Kelm soll Anfang April abstimmen."
    assert date_statement(text, (0, len(text)), WED, "de").date == "2022-04-05"
    result = date_statement(text, (0, len(text)), WED, "de", allow_future=False)
    assert (result.date, result.source) == (WED, "published")
    text = "Sand sagte, sie werde am Freitag nach Kelm reisen."
    result = date_statement(text, (0, len(text)), WED, "de", cue_span=_cue(text, "sagte"), allow_future=True)
    assert result.date == "2022-02-18"
    text = "Pell said she would ask members to vote next week."
    result = date_statement(text, (0, len(text)), WED, "en", cue_span=_cue(text, "ask"))
    assert (result.date, result.source) == (WED, "published")


def test_expressions_inside_quotes_are_skipped():
    text = "„Wir kommen morgen nach Kelm“, sagte Sand."
    result = date_statement(text, (0, len(text)), WED, "de", cue_span=_cue(text, "sagte"))
    assert (result.date, result.source) == (WED, "published")
    text = "\u201cWe will come tomorrow,\u201d Pell said on Tuesday."
    result = date_statement(text, (0, len(text)), WED, "en", cue_span=_cue(text, "said"))
    assert (result.date, result.source) == ("2022-02-15", "on Tuesday")


@pytest.mark.parametrize("text,now,then,held", [
    ("Governor Nora Vance, who had backed the toll bridge in February, now opposes the toll bridge.",
     "opposes", "backed", "2026-02"),
    # (round 6) "but" ends the recalling clause
    ("Councillor Piet Lorne had backed the incinerator last year but now rejects it.", "rejects", "backed", "2025"),
])
def test_english_pluperfect_time_words_do_not_date_the_new_position(text, now, then, held):
    assert date_statement(text, (0, len(text)), "2026-04-20", "en", cue_span=_cue(text, now)).date == "2026-04-20"
    assert date_statement(text, (0, len(text)), "2026-04-20", "en", cue_span=_cue(text, then)).date.startswith(held)


def test_a_closing_mark_at_the_start_opens_no_quote():
    text = 'we stay." Pell said on Tuesday that the bridge would open.'
    result = date_statement(text, (0, len(text)), WED, "en")
    assert (result.date, result.source) == ("2022-02-15", "on Tuesday")
    text = "wir bleiben“, sagte Sand am Dienstag."
    assert date_statement(text, (0, len(text)), WED, "de").source == "am Dienstag"


def test_only_the_span_is_read():
    text = "Am Montag regnete es. Sand sagte in Kelm, sie bleibe."
    start = text.index("Sand")
    result = date_statement(text, (start, len(text)), WED, "de")
    assert (result.date, result.source) == (WED, "published")
    result = date_statement(text, (0, len(text)), WED, "de")
    assert (result.date, result.span) == ("2022-02-14", (0, 9))


def test_odd_arguments():
    text = "Sand sagte am Dienstag, sie bleibe."
    # no span: the whole text; a publication date typed as 15.02.2022 is read too
    assert date_statement(text, None, "16.02.2022", "de").date == "2022-02-15"
    # an unreadable publication date is no publication date
    assert date_statement(text, (0, len(text)), "kaputt", "de") == StatementDate(None, "day", "am Dienstag", (11, 22))
    # reversed and out-of-range spans are clamped
    assert date_statement(text, (len(text) + 9, -4), WED, "de").date == "2022-02-15"
    # an unknown language falls back to English words
    assert date_statement("Pell said yesterday.", (0, 20), WED, "fr").date == "2022-02-15"


def test_morning_is_not_tomorrow():
    for text in ("Heute Morgen sagte Sand, sie bleibe.", "Am Morgen sagte Sand, sie bleibe."):
        result = date_statement(text, (0, len(text)), WED, "de")
        assert result.date == WED
    text = "Morgen wird Sand in Kelm sprechen."
    assert date_statement(text, (0, len(text)), WED, "de").date == "2022-02-17"


# --------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize("text, expected", [
    ("Neustadt, 15.02.2022 – Die Ministerin Mira Sand sagte ...", "2022-02-15"),
    ("Dienstag, 15. Februar 2022\n\nKELM (dpa) - Die Ministerin ...", "2022-02-15"),
    ("2022-02-15\nKelm: Die Ministerin ...", "2022-02-15"),
    ("KELM, Feb. 15, 2022 (Wire) - Mayor Tom Pell said ...", "2022-02-15"),
    ("February 15, 2022\n\nMayor Tom Pell said ...", "2022-02-15"),
    ("Tuesday, 15 February 2022 - Mayor Tom Pell said ...", "2022-02-15"),
    ("Am 31.02.2022 nicht, aber am 14.02.2022 sagte Sand ...", "2022-02-14"),
])
def test_find_published_in_text(text, expected):
    assert find_published(text, "de") == (expected, "text")


def test_find_published_order_and_sources():
    text = "KELM (dpa), 15. Februar — Die Ministerin Mira Sand sagte ..."
    # a dateline without a year is used only when a year can be had (from the file name)
    assert find_published(text, "de") == (None, "")
    assert find_published(text, "de", filename="dpa_2022_kelm.txt") == ("2022-02-15", "text")
    assert find_published("Kein Datum hier.", "de", filename="dpa-kelm-2022-02-15.txt") == ("2022-02-15", "filename")
    assert find_published("No date here.", "en", filename="/some/dir/20220215_x.html") == ("2022-02-15", "filename")
    assert find_published("Am 14.02.2022 sagte Sand", "de", meta_date="2022-02-15T10:00:00+01:00") == ("2022-02-15", "meta")
    assert find_published("x", "en", meta_date="Tue, 15 Feb 2022 10:00:00 GMT") == ("2022-02-15", "meta")
    assert find_published("x", "en", meta_date="20220215") == ("2022-02-15", "meta")
    assert find_published("Am 14.02.2022 sagte Sand", "de", meta_date="kaputt") == ("2022-02-14", "text")
    assert find_published("Kein Datum, 3.000 Menschen, Version 1.5.2", "de", filename="artikel.txt") == (None, "")
    assert find_published("", "de") == (None, "")


def test_find_published_slash_dates_follow_the_language():
    assert find_published("Posted 2/3/2022 by the desk", "en") == ("2022-02-03", "text")
    assert find_published("Stand: 2/3/2022", "de") == ("2022-03-02", "text")
    # only one reading exists: taken whatever the language
    assert find_published("Posted 15/02/2022", "en") == ("2022-02-15", "text")
    assert find_published("Stand: 02/15/2022", "de") == ("2022-02-15", "text")


def test_find_published_reads_only_the_head():
    text = "Die Ministerin sagte ... " + "x " * 300 + "15.02.2022"
    assert find_published(text, "de") == (None, "")


def test_find_published_never_gives_today():
    today = dt.date.today().isoformat()
    for text in ("heute sagte Sand", "today Pell said", "Gestern, heute, morgen"):
        assert find_published(text, "de")[0] != today
        assert find_published(text, "de") == (None, "")


# --------------------------------------------------------------------------- typed dates and ranges


@pytest.mark.parametrize("value, expected", [
    ("2022-02-15", "2022-02-15"),
    ("15.02.2022", "2022-02-15"),
    ("15.2.22", "2022-02-15"),
    ("Feb 15 2022", "2022-02-15"),
    ("February 15, 2022", "2022-02-15"),
    ("15. Februar 2022", "2022-02-15"),
    ("  2022-02-15 ", "2022-02-15"),
    ("29.02.2024", "2024-02-29"),
])
def test_parse_user_date_good(value, expected):
    assert parse_user_date(value) == expected


@pytest.mark.parametrize("value, message", [
    ("31.02.2022", "'31.02.2022' is not a valid date: February has no 31st"),
    ("2022-13-01", "'2022-13-01' is not a valid date: there is no month 13"),
    ("29.02.2022", "2022 is not a leap year"),
    ("0.1.2022", "there is no day 0"),
    ("", "no date given"),
    ("   ", "no date given"),
    ("gestern", "'gestern' is a relative date"),
    ("next Tuesday", "is a relative date"),
    ("Quark", "'Quark' is not a date I can read"),
])
def test_parse_user_date_bad(value, message):
    with pytest.raises(DateError) as err:
        parse_user_date(value)
    assert message in str(err.value)


@pytest.mark.parametrize("value, expected", [
    ("2022-02-15", ("2022-02-15", "2022-02-15")),
    ("15.02.2022", ("2022-02-15", "2022-02-15")),
    ("2022-02-01..2022-02-28", ("2022-02-01", "2022-02-28")),
    ("15.02.2022-20.02.2022", ("2022-02-15", "2022-02-20")),
    ("2022-02-01 - 2022-02-10", ("2022-02-01", "2022-02-10")),
    ("2022-02-01-2022-02-28", ("2022-02-01", "2022-02-28")),
    ("2022-02", ("2022-02-01", "2022-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("Februar 2022", ("2022-02-01", "2022-02-28")),
    ("2022", ("2022-01-01", "2022-12-31")),
    ("..2022-02-15", (None, "2022-02-15")),
    ("2022-02-15..", ("2022-02-15", None)),
    ("2022-02..2022-03", ("2022-02-01", "2022-03-31")),
])
def test_parse_date_range_good(value, expected):
    assert parse_date_range(value) == expected


@pytest.mark.parametrize("value, message", [
    ("", "no date given"),
    ("..", "neither a start nor an end"),
    ("2022-02-31", "February has no 31st"),
    ("2022-02-28..2022-02-01", "is after the end"),
    ("2022-13", "there is no month 13"),
    ("Quark..2022-02-01", "not a date I can read"),
    ("1..2..3", "more than one"),
])
def test_parse_date_range_bad(value, message):
    with pytest.raises(DateError) as err:
        parse_date_range(value)
    assert message in str(err.value)


# --------------------------------------------------------------------------- robustness and speed

WORDS = ["am", "Am", "Dienstag", "Mittwochabend", "gestern", "morgen", "Morgen", "vor", "drei", "Tagen",
         "Mitte", "Februar", "15.", "31.", "15.02.2022", "2022-02-30", "letzte", "Woche", "Wochenende",
         "said", "on", "Tuesday", "last", "week", "ago", "three", "days", "Feb.", "15,", "2022", "mid-",
         "„", "“", '"', ",", ".", "sagte", "wird", "will", "Ende", "Jahres", "Vorjahr", "im", "Jahr", "9999"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)),
    begin=st.integers(-50, 300),
    end=st.integers(-50, 300),
    published=st.one_of(st.none(), st.dates().map(dt.date.isoformat), st.text(max_size=12)),
    lang=st.sampled_from(["de", "en", "fr"]),
    cue=st.one_of(st.none(), st.tuples(st.integers(-10, 300), st.integers(-10, 300))),
)
def test_date_statement_never_raises(text, begin, end, published, lang, cue):
    result = date_statement(text, (begin, end), published, lang, cue_span=cue)
    assert isinstance(result, StatementDate)
    assert result.precision in ("day", "week", "month", "year")
    if result.date is not None:
        dt.date.fromisoformat(result.date)


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.text(max_size=40), st.lists(st.sampled_from(WORDS + ["..", "-", "2022-02"]), max_size=5).map("".join)))
def test_typed_dates_raise_only_date_error(value):
    for parse in (parse_user_date, parse_date_range):
        try:
            parse(value)
        except DateError as err:
            assert str(err)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=500), filename=st.one_of(st.none(), st.text(max_size=40)),
       meta=st.one_of(st.none(), st.text(max_size=40)))
def test_find_published_never_raises(text, filename, meta):
    date, source = find_published(text, "de", filename=filename, meta_date=meta)
    assert source in ("meta", "text", "filename", "")
    assert (date is None) == (source == "")


def test_date_statement_is_cheap():
    sentences = [c[2] for c in CASES if c[3] is not None and c[5] != "published" and not any(ch.isdigit() for ch in c[2])]
    for s in sentences:  # warm up: lexicons and dateparser loaded once
        date_statement(s, (0, len(s)), WED, "de")
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for s in sentences:
            date_statement(s, (0, len(s)), WED, "de" if " sagte" in s or " wird" in s else "en")
    per_call = (time.perf_counter() - start) / (rounds * len(sentences)) * 1e6
    print(f"date_statement: {per_call:.0f} µs/call")
    assert per_call < 2000


def test_complete_date_patterns_begin_only_where_a_weekday_a_day_or_a_month_can():
    import re

    from extract.dates.typed import _absolute_patterns, _begins

    assert _begins(["Montag", "dienstag"], r"\d") == r"(?=[DMdm\d])" and _begins(["Montag", ""]) == ""
    # the lookahead changes no match: the same patterns without it find the same dates
    texts = ["Hollbach, Dienstag, 4. Mai 2027 – Der Kreistag", "Am 27. DEZEMBER 2026 beschloss der Rat",
             "ELST, Sept. 3rd, 2028 (APA) – Die Ortsgemeinde", "am ſamstag, 5. März 2026", "ohne Datum 2026"]
    for pattern in _absolute_patterns()[2:]:
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
        assert plain.pattern != pattern.pattern
        for text in texts:
            assert [m.groupdict() for m in plain.finditer(text)] == [m.groupdict() for m in pattern.finditer(text)]
    assert find_published("Hollbach, Dienstag, 4. Mai 2027 – Der Kreistag tagte.", "de") == ("2027-05-04", "text")
    assert parse_user_date("May 4, 2027") == "2027-05-04"


def _date_texts():
    """Dates of both orders, with or without a weekday, in any case (and 'ſ' for 's'), among other words."""
    from extract.dates.lexicon import _all_months, _lexicon

    def spelled(words):
        return st.sampled_from(sorted(words)).flatmap(
            lambda w: st.sampled_from([w, w.upper(), w.lower(), w.replace("s", "ſ"), w.replace("S", "ſ"), w[1:]]))

    def one(*parts):
        return st.sampled_from(parts)

    weekday = st.one_of(one(""), st.tuples(spelled([*_lexicon("de").weekdays, *_lexicon("en").weekdays]),
                                           one(", ", " ", ",")).map("".join))
    month, day, year = spelled(_all_months()), one("3", "17", "٣", "123", ""), one("2027", "27", "12027", "")
    day_first = st.tuples(weekday, day, one(".", "rd", "th", "", ". "), one(" ", "", " of "), month, one(" ", ". ", ","), year)
    month_first = st.tuples(weekday, month, one(" ", ". ", ""), day, one("rd", "", ","), one(" ", ", "), year)
    other = one("", "x", "Am ", "7.", "\n", "(APA) ", "ELST, ")
    return st.tuples(other, st.one_of(day_first, month_first).map("".join), other).map("".join)


@settings(max_examples=300, deadline=None)
@given(_date_texts())
def test_complete_date_patterns_find_with_their_lookahead_what_they_find_without(text):
    import re

    from extract.dates.typed import _absolute_patterns

    for pattern in _absolute_patterns()[2:]:
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_the_names_of_every_language_are_the_lexicons_own_without_building_it():
    """_names (dates typed, date lines) reads the names alone (r31-speed): the same keys, in the same
    order, as the lexicon's, and the other language's patterns are not built for them."""
    from extract.dates import lexicon

    lexicon._lexicon.cache_clear()
    lexicon._names.cache_clear()
    lexicon._all_months.cache_clear()
    months = lexicon._all_months()
    assert lexicon._lexicon.cache_info().currsize == 0
    for lang in lexicon.LANGS:
        weekdays, named = lexicon._names(lang)
        assert list(weekdays.items()) == list(lexicon._lexicon(lang).weekdays.items())
        assert list(named.items()) == list(lexicon._lexicon(lang).months.items())
    assert "märz" in months and "march" in months
