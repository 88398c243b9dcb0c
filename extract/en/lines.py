"""Lines labelled with their speaker: a headline or a transcript turn; printed interviews.

    Graham: Rival's rhetoric is destroying our chances      headline, the speaker before the colon
    MARKOV: We will not sign this accord.                   transcript turn (interview, debate)

The label is a short noun phrase that can speak (a name, an organisation, "Clinton camp"),
never a place ("VALDORIA CITY:") nor a label word ("UPDATE:", "Read more:"); the quote is the
rest of the line. A turn written in capitals is verbatim speech (direct), a headline a
paraphrase (indirect). In a printed interview (extract/interviews.py: "Q:"/"A:", "Reuters:",
"BRANDT:", unlabelled question paragraphs) every answer paragraph is a direct statement of
the interviewee, and each question one of the host its label names ("BLUNDELL:" for the host
Keira Blundell), else of no one ("Q:", "Reuters:", a bold question) (with_interview).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Callable

from spacy.tokens import Doc, Token

from ..interviews import read_interview
from ..model import Found
from .cues import speaker_nouns

LABELLED = re.compile(r"(?m)^[ \t]*(?P<label>[^\s:\n][^:\n]{0,38}?)[ \t]*:[ \t]+(?P<rest>\S[^\n]*)$")
MAX_LABEL_WORDS = 5
MIN_REST_WORDS = 3
CONF_LINE = 0.6
SPEAKING_ENTITIES = {"PERSON", "ORG", "NORP"}


def labelled_lines(doc: Doc, can_speak: Callable[[Token], bool]) -> list[Found]:
    """One statement per line that opens with a speaker's label and a colon."""
    text = doc.text
    out = []
    for m in LABELLED.finditer(text):
        label = doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
        if label is None or not _is_speaker_label(label, can_speak):
            continue
        rest_b, rest_e = m.start("rest"), m.end("rest")
        rest = text[rest_b:rest_e].rstrip(" .")
        if len(rest.split()) < MIN_REST_WORDS:
            continue
        rest_e = rest_b + len(rest)
        colon = text.index(":", m.end("label"))
        turn = label.text.isupper()
        out.append(Found(quote=[(rest_b, rest_e)], kind="direct" if turn else "indirect",
                         cue=[(colon, colon + 1)], speaker_mention=[(label.start_char, label.end_char)],
                         frame=(m.start("label"), rest_e), unattributed=False, confidence=CONF_LINE))
    return out


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """Words that label a line without naming a speaker (data/labels_en.txt), read once."""
    text = resources.files("extract").joinpath("data/labels_en.txt").read_text("utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())


def _is_speaker_label(label, can_speak: Callable[[Token], bool]) -> bool:
    words = [t for t in label if not t.is_punct]
    if not words or len(words) > MAX_LABEL_WORDS or any(t.lower_ in label_words() for t in words):
        return False
    if label.text.isupper() and len(words) <= 2 and all(t.is_alpha for t in words):
        # a transcript turn: 'PENCE:'; not a dateline 'BRENNSUND:'
        return not any(t.ent_type_ in ("GPE", "LOC") for t in words) and not _place_elsewhere(label) \
            and not _lone_opening_label(label)
    # a name or title-case phrase: 'Clinton camp' (one lower-case head noun at most)
    if sum(t.is_lower for t in words) > 1 or words[0].is_lower:
        return False
    named = _named_later(label)  # 'Brask:' that the NER took for a place, 'Tilda Brask' below
    if any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL") for t in words) and not named:
        return False
    return named or any(t.ent_type_ in SPEAKING_ENTITIES or (t.is_lower and can_speak(t)) for t in words)


def _place_elsewhere(label) -> bool:
    """'BRENNSUND:' where the article also writes 'in Brennsund' or the NER tags 'Brennsund' a place."""
    name = label.text.strip().title()
    if re.search(r"\b(?:in|at|near|from|to)\s+" + re.escape(name) + r"\b", label.doc.text):
        return True
    return any(e.label_ in ("GPE", "LOC", "FAC") and e.text == name for e in label.doc.ents)


def _lone_opening_label(label) -> bool:
    """A capitals label that opens the article's first lines and is the only capitals label in
    it: a dateline ('BRENNSUND: Ferry operators warned ...'); a transcript has turns."""
    text = label.doc.text
    if text[: label.start_char].count("\n\n") > 1:
        return False
    labels = [m for m in LABELLED.finditer(text) if m.group("label").isupper()]
    return len(labels) == 1


def _named_later(label) -> bool:
    """'Mayor Ortiz: Bridge will reopen': a label of capitalised words whose last word ends a
    person's name elsewhere in the article ('Mayor Carmen Ortiz said ...'), or one capitalised
    noun that can speak ('Newspaper:', 'Police:')."""
    words = [t for t in label if not t.is_punct]
    if not all(t.is_title or t.pos_ == "PROPN" for t in words):
        return False
    last = words[-1].text
    if len(words) == 1 and last.lower() in speaker_nouns():
        return True
    return any(e.label_ == "PERSON" and e[-1].text == last and not (label.start <= e.start < label.end)
               for e in label.doc.ents)


def with_interview(doc: Doc, statements: list[Found]) -> list[Found]:
    """The statements of an article that is a printed interview: its answers as direct
    statements of the interviewee (with the role its bio line gives) in place of what other rules
    found in them, and each question as one statement of whoever asks (Interview.asked), nothing
    else from the questions. Any other article's statements unchanged."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    iv = read_interview(doc.text, "en", lambda: people)
    if iv is None:
        return statements
    # a quotation an answer cites keeps its own speaker ("My neighbour Tom Hale told me, "…"")
    kept = [f for f in statements if not any(iv.in_question(q) for q in f.quote) and (
        not any(iv.in_answer(q) for q in f.quote) or f.kind == "direct" and f.speaker_mention
        and iv.cites(f.speaker_mention[0], people))]
    # each question a statement of whoever holds the turn: the host its label names, else no one
    for speaker, body, para in iv.answers + iv.asked:
        kept.append(Found(quote=[body], kind="direct", cue=[], speaker_mention=[speaker] if speaker else [],
                          frame=para, unattributed=speaker is None, confidence=CONF_LINE,
                          role=iv.roles.get(speaker, "")))
    return kept
