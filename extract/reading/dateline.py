"""Metadata in the text: the agency marker and dateline ("MOSKAU (dpa) —") at the start and
an agency in a trailer at the end."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "MOSKAU (dpa) —", "BRENNSUND, March 6 (Nordwire) —", "Berlin/Kiew (dpa/AFP) -",
# "LONDON, Feb 15 (Reuters) -", "Washington (AP) --"
_DATELINE = re.compile(
    r"""^[\s*_]*
    (?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*(?:[ /][A-ZÄÖÜa-zäöüß][\wÄÖÜäöüß.'’-]*){0,3})
    (?:,\s*(?P<when>[^()\n]{1,30}?))?
    \s*\(\s*(?P<agency>[A-Za-z][\w./&+ -]{0,30}?)\s*\)
    \s*(?:[-–—:]{1,2}|\.(?=\s))\s*""",
    re.X,
)
# agency markers with a canonical spelling
_AGENCIES = {
    "dpa": "dpa", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "kna": "KNA", "epd": "epd",
    "apa": "APA", "sda": "SDA", "dts": "dts", "dpa-afx": "dpa-AFX", "afx": "AFX", "rtr": "Reuters",
    "xinhua": "Xinhua", "anp": "ANP", "ots": "ots", "sid": "SID", "efe": "EFE", "ansa": "ANSA",
    "bloomberg": "Bloomberg", "upi": "UPI", "idea": "idea", "ddp": "ddp", "afp/dpa": "AFP/dpa",
}
_LEAD_LINES = 6  # the marker stands in the first non-empty lines (after kicker, title, teaser)


@dataclass
class Marker:
    source: str
    dateline: str
    span: tuple[int, int]  # the marker's span in the text


def find_marker(text: str) -> Marker | None:
    """The agency marker and dateline at the start of the article body, if any."""
    pos = 0
    lines = 0
    while lines < _LEAD_LINES:
        end = text.find("\n", pos)
        line = text[pos : end if end >= 0 else len(text)]
        lines += bool(line.strip())
        m = _DATELINE.match(line)
        if m and _plausible(m.group("place"), m.group("agency")):
            agency = "/".join(_AGENCIES.get(a.strip().lower(), a.strip()) for a in m.group("agency").split("/"))
            return Marker(agency, m.group("place").strip(), (pos + m.start("place"), pos + m.end()))
        if end < 0:
            break
        pos = end + 1
    return None


# "Quelle: dpa", "© dpa-infocom", "dpa/AFP/rtr", "(AFP)" alone on one of the last lines
_TRAILER = re.compile(
    r"^[\s(]*(?:(?:Quelle|Source|Mit Material von|With reporting by|Material)\s*:?\s*|©\s*|\(c\)\s*)?"
    r"(?P<agencies>[A-Za-z-]+(?:\s*[/,]\s*[A-Za-z-]+){0,3})[\s).]*$",
    re.I,
)


def find_trailer_source(text: str) -> str:
    """An agency credited on one of the last three lines ("Quelle: dpa", "dpa/AFP"); known agencies only."""
    lines = [line for line in text.rstrip().rsplit("\n", 3)[-3:] if line.strip()]
    for line in reversed(lines):
        m = _TRAILER.match(line)
        if not m:
            continue
        names = [a.strip().lower().removesuffix("-infocom") for a in re.split(r"[/,]", m.group("agencies"))]
        if names and all(n in _AGENCIES for n in names):
            return "/".join(_AGENCIES[n] for n in names)
    return ""


def _plausible(place: str, agency: str) -> bool:
    """A dateline in capitals ("MOSKAU (Nordwire)") or a known agency ("Berlin (dpa)"); not
    "Die Regierung (CDU) -"."""
    words = re.split(r"[ /]", place)
    if not all(w[:1].isupper() for w in words) or len(place) > 40:
        return False
    known = all(a.strip().lower() in _AGENCIES for a in agency.split("/"))
    return known or place.upper() == place
