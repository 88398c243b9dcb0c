"""Interviews in question-and-answer form, as German papers print them:

    Paul Falkenrath: Angst ist ein schlechter Ratgeber. Wir werden um jede Stimme kämpfen.
    Frage: Frau Beispiel, wann kommt die Seilbahn?
    Antwort: Ehrlich gesagt glaube ich nicht mehr daran.

A line opening with a person's name and a colon is what that person said (a direct statement,
the name its speaker). A line opening with "Antwort:" / "A:" is the interviewee's: the person
the question before it addresses ("Frau Beispiel", "Herr Falkenrath"); when it addresses nobody
by name the answer keeps no speaker. Questions are the interviewer's and are no statements.
"""
from __future__ import annotations

import re

from ..model import Span
from .datelines import paragraph_starts

LABEL = re.compile(r"(?P<label>[A-ZÄÖÜ][\w.'’-]*(?:[ \t]+(?:[a-zäöü]{1,3}[ \t]+)*[A-ZÄÖÜ][\w'’-]*){1,3}"
                   r"|Antwort|A)[ \t]*:[ \t]+(?P<body>\S[^\n]*)")
QUESTION = re.compile(r"(?:Frage|F)[ \t]*:[ \t]*(?P<body>[^\n]*)")
ADDRESS = re.compile(r"\b(?:Frau|Herr|Herrn)[ \t]+(?P<name>(?:(?:von|van|de|zu|der)[ \t]+)*[A-ZÄÖÜ][\w'’-]+)")
ANSWER_LABELS = {"Antwort", "A"}


def interview_lines(text: str) -> list[tuple[Span | None, Span, bool]]:
    """(speaker span or None, answer span, whether the label was "Antwort") for every answer
    line: a line opening with a label and a colon. Labels that are not names are filtered by
    the caller (the tagger knows which words are names)."""
    out = []
    question_address: Span | None = None
    for pos in paragraph_starts(text):
        q = QUESTION.match(text, pos)
        if q:
            a = ADDRESS.search(q.group("body"))
            question_address = (q.start("body") + a.start("name"), q.start("body") + a.end("name")) if a else None
            continue
        m = LABEL.match(text, pos)
        if not m:
            continue
        body = (m.start("body"), m.end("body"))
        if m.group("label") in ANSWER_LABELS:
            out.append((question_address, body, True))
        else:
            out.append(((m.start("label"), m.end("label")), body, False))
    return out
