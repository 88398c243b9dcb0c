"""German printed interviews: the reading of extract/interviews.py (labels, questions, answers,
who is asked) on the tagged article, and speaker-labelled lines outside interviews:

    Paul Falkenrath: Angst ist ein schlechter Ratgeber. Wir werden um jede Stimme kämpfen.

A line opening with a person's name and a colon is what that person said (a direct statement,
the name its speaker). In an interview every answer paragraph is a direct statement of the
interviewee; each question is a statement of the one who asks, when its label names them, else
of no one (drop_questions, after all rules).
"""
from __future__ import annotations

import re

from ..interviews import Interview, key, read_interview, vocabulary
from ..model import Span
from .article import Article, first_tok_at
from .datelines import paragraph_starts
from .mentions import name_mentions
from .names import PARTICLES as NAMES_PARTICLES
from .sources import overlaps_direct

LABEL = re.compile(r"(?P<label>[A-ZÄÖÜ][\w.'’-]*(?:[ \t]+(?:[a-zäöü]{1,3}[ \t]+)*[A-ZÄÖÜ][\w'’-]*){1,3})"
                   r"[ \t]*:[ \t]+(?P<body>\S[^\n]*)")


def interview_answers(art: Article) -> Interview | None:
    """The answers of a printed interview as direct statements (replacing what earlier rules
    found in them), or, in an article that is no interview, its speaker-labelled lines."""
    if ":" not in art.text and "?" not in art.text:
        return None
    iv = read_interview(art.text, "de", lambda: [m.span for m in name_mentions(art) if m.kind_hint == "person"])
    if iv is None:
        labelled_lines(art)
        return None
    people = [m.span for m in name_mentions(art) if m.kind_hint == "person"]
    art.found = [f for f in art.found if not any(iv.in_question(q) for q in f.quote)
                 and (not any(iv.in_answer(q) for q in f.quote) or quoted_third_party(f, iv, people))]
    for speaker, body, para in iv.answers:
        art.add([body], "direct", [], speaker, para, confidence=0.7).role = iv.roles.get(speaker, "")
    headline_quotes(art, iv)
    return iv


def headline_quotes(art: Article, iv: Interview) -> None:
    """A quotation with no speaker before the first turn (the headline or teaser of an interview:
    „Der Wald wartet nicht auf uns“) quotes the interviewee, when one person gives all answers."""
    who = {art.text[s[0]:s[1]] for s, _, _ in iv.answers if s}
    speaker = next((s for s, _, _ in iv.answers if s), None)
    if len(who) != 1 or any(s is None for s, _, _ in iv.answers):
        return
    start = iv.opening()
    # "INTERVIEW: „…“": a credit word before the colon is no speaker
    credits = {key(c) for c in vocabulary("de")["credits"] if c.endswith(":")}
    for f in [f for f in art.found if f.kind == "direct" and f.quote[-1][1] <= start
              and all(key(art.text[b:e]) + ":" in credits for b, e in f.speaker_mention)]:
        art.found.remove(f)
        art.add(f.quote, f.kind, f.cue, speaker, f.frame or f.quote[0], confidence=f.confidence)


def quoted_third_party(f, iv: Interview, people: list[Span]) -> bool:
    """A quotation the interviewee cites in an answer ("Verkehrsminister Olaf Brenner hat mir
    gesagt: „Das Geld kommt.“"): its speaker is a person named in the answer, not the interviewee."""
    return f.kind == "direct" and bool(f.speaker_mention) and iv.cites(f.speaker_mention[0], people)


def drop_questions(art: Article, iv: Interview | None) -> None:
    """No statement of other rules inside the interviewer's questions ("Sie sagten, …?" is a
    question): each question is one statement of whoever holds the turn, the person its label
    names ("Brenner: Wie sicher …?"), else no one ("Frage:", "SZ:", a bold question)."""
    if iv is not None:
        art.found = [f for f in art.found if not any(iv.in_question(q) for q in f.quote)]
        for asker, body, para in iv.asked:
            art.add([body], "direct", [], asker, para, confidence=0.7)


def labelled_lines(art: Article) -> None:
    for pos in paragraph_starts(art.text):
        m = LABEL.match(art.text, pos)
        if not m or not is_person_label(art, (m.start("label"), m.end("label"))):
            continue
        body = (m.start("body"), m.end("body"))
        occupied = [f for f in art.found if f.frame and f.frame[0] < body[1] and f.frame[1] > body[0]]
        if overlaps_direct(art, [body], occupied):
            continue
        art.add([body], "direct", [], (m.start("label"), m.end("label")), (m.start("label"), body[1]), confidence=0.7)


def is_person_label(art: Article, span: Span) -> bool:
    """"Paul Falkenrath" (a first name or a name the tagger knows, then more name words), not
    "Die Lage" or "Wichtig"."""
    k = first_tok_at(art, span[0])
    words = [t for t in art.toks[k:] if t.e <= span[1]] if k is not None else []
    return len(words) >= 2 and words[0].tag == "NE" and all(t.cap or t.low in NAMES_PARTICLES for t in words)
