"""Agency markers at paragraph starts: datelines, bare agency tags and bylines.

    "HAMBURG (dpa) - "   "Wien (APA) – "   "Bern (SDA) "   "(AFP) "   "STUTTGART - "   "Reuters - "
    "Landau - " (a regional paper's place before the first sentence)   "Von Max Muster, dpa" (a byline line)
    "Oberhausen (Deutschland), 03.12.2026 – " (Wikinews: place, country, date)

They are where and by whom an article was filed, never who said something: the German rules
read the text without them (their tokens are dropped), so neither the city, its country nor the
byline's author can become a speaker or an antecedent. Agencies: extract/data/agencies.txt.
"""
from __future__ import annotations

import re

from ..actors import firstnames, lexicon, role_word
from ..actors.lexicon import word_set
from ..model import Span

WORD = r"[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*"
# "Frankfurt am Main", "Mülheim an der Ruhr", "Neustadt a.d. Weinstraße", "Halle (Saale)", "St. Pölten"
PLACE = rf"{WORD}(?:(?:[ /]|\s(?:a\.\s?d\.|a\.|an\sder|am|im|in\sder|ob\sder|bei)\s){WORD}){{0,3}}(?:\s\({WORD}\))?"
AGENCY = r"[A-Za-z][\w.&+-]{0,20}(?:\s*/\s*[A-Za-z][\w.&+-]{0,20}){0,3}"
DASH = r"(?:[-–—:]{1,2}|\.(?=\s))"
# "HAMBURG (dpa) - ", "Bern (SDA) ", "LONDON, 6. März (Reuters) -", "(AFP) "
DATELINE = re.compile(rf"(?P<place>{PLACE})?(?:,\s*[^()\n]{{1,30}}?)?\s*\(\s*(?P<agency>{AGENCY})\s*\)\s*{DASH}?[ \t]*")
# "STUTTGART - " (a dateline in capitals without agency, as after a byline)
CAPS_DATELINE = re.compile(r"(?P<place>[A-ZÄÖÜ]{2,}(?:[ /][A-ZÄÖÜ]{2,}){0,2})\s*[-–—]\s+")
# "Landau - Bürgermeister X hat …", "Bad Tölz – Die Stadt …": a regional paper's place in mixed case
# before a dash and the first sentence, only at the very start of the text
PLACE_DATELINE = re.compile(rf"(?P<place>{PLACE})[ \t]+[-–—][ \t]+(?=[A-ZÄÖÜ„»\"])")
# "Oberhausen (Deutschland), 03.12.2026 – ", "Erfurt (Deutschland) / Gera, 4. Dezember 2026 – " (Wikinews: place,
# country in brackets, date, dash), in the lead
DATED_DATELINE = re.compile(rf"(?P<place>{PLACE})(?:[ \t]*/[ \t]*{PLACE})?,[ \t]*(?:\d{{1,2}}\.[ \t]?\d{{1,2}}\.[ \t]?\d{{2,4}}"
                            rf"|\d{{1,2}}\.[ \t]+{WORD}[ \t]+\d{{4}})[ \t]*[-–—][ \t]+")
# "Reuters - ", "dpa – " (an agency's name alone before a dash, in the lead)
BARE_AGENCY = re.compile(rf"(?P<agency>{AGENCY})[ \t]+[-–—][ \t]+")
# "Von Max Muster, dpa" / "Von Anna Beispiel und Max Muster (AFP)": a whole line
LEAD_LINES = 3
BYLINE = re.compile(rf"[ \t]*Von\s+[A-ZÄÖÜ][^\n,()]{{1,60}}?[,(][ \t]*(?P<agency>{AGENCY})[ \t]*\)?[ \t]*$", re.M)


def agencies() -> frozenset[str]:
    """data/agencies.txt in lower case."""
    return word_set("agencies.txt")


def known_agency(agency: str) -> bool:
    """"dpa", "dpa/lby", "AFP/dpa": the first part is a known agency."""
    first = re.split(r"\s*/\s*", agency.strip())[0].casefold()
    return first in agencies()


def paragraph_starts(text: str) -> list[int]:
    """Offsets of the first non-blank character of every line."""
    out = []
    for m in re.finditer(r"(?:^|\n)[ \t]*(?=\S)", text):
        out.append(m.end())
    return out


def marker_at(text: str, pos: int, lead: bool) -> Span | None:
    """The agency marker starting at pos, if one does; a dateline in capitals without an
    agency only in the lead (first lines), where it cannot be a heading."""
    byline = BYLINE.match(text, pos)
    if byline and known_agency(byline.group("agency")):
        return (pos, byline.end())
    m = DATELINE.match(text, pos)
    if m and known_agency(m.group("agency")) and (m.group("place") is None or _place_like(m.group("place"))):
        return (pos, m.end())
    m = CAPS_DATELINE.match(text, pos) if lead else None
    if m and len(m.group("place")) >= 3:
        return (pos, m.end())
    m = DATED_DATELINE.match(text, pos) if lead else None
    if m and _place_like(m.group("place")) and not _names_someone(m.group("place")):
        return (pos, m.end())
    m = BARE_AGENCY.match(text, pos) if lead else None
    if m and known_agency(m.group("agency")):
        return (pos, m.end())
    m = PLACE_DATELINE.match(text, pos) if pos == 0 else None
    if m and _place_like(m.group("place")) and not _names_someone(m.group("place")) and _sentence_follows(text, m.end()):
        return (pos, m.end())
    return None


def _names_someone(place: str) -> bool:
    """"Anna Beispiel – eine Bilanz", "Der Bürgermeister – ein Jurist – sagte", "Analyse – …": an
    article, a first name, a rubric (data/rubrics_de.txt) or a word the lexicon knows as a role is no place."""
    words = place.split()
    return words[0].casefold() in ARTICLES or words[0].casefold() in firstnames() or place.casefold() in word_set("rubrics_de.txt") \
        or any(role_word(w, lexicon("de")) is not None for w in words)


ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"}


def _sentence_follows(text: str, start: int) -> bool:
    """The rest of the line is a sentence (five words or more, ending in a stop), not a title."""
    line = text[start:].split("\n", 1)[0].strip()
    return len(line.split()) >= 5 and line[-1:] in ".!?“\"«»"


PLACE_LINKS = {"a.", "a.d.", "d.", "an", "der", "am", "im", "in", "ob", "bei"}


def _place_like(place: str) -> bool:
    words = re.split(r"[ /]", re.sub(r"\s\(.*\)$", "", place.strip()))
    return len(place) <= 40 and all(w[:1].isupper() or w in PLACE_LINKS for w in words)


def agency_markers(text: str) -> list[Span]:
    """Spans of every agency marker at a line start (a dateline may follow a byline line)."""
    spans = []
    for n, pos in enumerate(paragraph_starts(text)):
        span = marker_at(text, pos, lead=n < LEAD_LINES)
        while span is not None:
            spans.append(span)
            nxt = span[1]
            while nxt < len(text) and text[nxt] in " \t":
                nxt += 1
            span = marker_at(text, nxt, lead=n < LEAD_LINES) if nxt < len(text) and text[nxt] != "\n" and nxt > span[0] else None
    return spans
