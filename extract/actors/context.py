"""What the actor rules read around a mention: local ids, events (an actor named at an offset)
and the patterns of the text beside a mention."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..model import Actor


def local_id(name: str) -> str:
    return "a" + hashlib.sha1(name.casefold().encode()).hexdigest()[:10]


# ----------------------------------------------------------------------------- one article
@dataclass
class Event:
    """An actor mentioned at an offset: candidates for pronouns and role nouns."""

    offset: int
    actor: Actor
    subject: bool = False
    speaks: bool = False  # the speaker of a statement there, not a subject inside what is said


NAME_AFTER = re.compile(r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,2}")  # capitalised words right after a noun
# "der 58-Jährige", "des 58-Jährigen"; English "the 58-year-old"
AGE_NOUN = re.compile(r"^(?:(?:der|die|des|dem)\s+\d+-[Jj]ährige[rn]?|the\s+\d+-year-old)$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][»«“”\"'’)]*\s+|\n\s*\n")
LEFT_WORD = re.compile(r"([\w][\w.'’\-]*)[ \t]+$")
PLACE_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}(?:ia|ien|land|stan|ei|ea|ika)\b")  # Valdoria, Norrland
DEMONYM_WORD = {
    "de": re.compile(r"\b[a-zäöüß]{4,}isch(?:e[mnrs]?)?\b"),
    "en": re.compile(r"\b[A-Z][a-z]{3,}(?:ian|ean|ese|ish|an)\b"),
}
QUOTE_MARKS = "«»„“”\""
APPOSITION_BEFORE = re.compile(r"([^,.;:!?«»„“”\"\n]{3,100}),[ \t]*$")
APPOSITION_AFTER = re.compile(r",[ \t]*([^,.;:!?«»„“”\"\n()]{3,120})(?:,|\.(?:\s|$))")
OF_PHRASE = re.compile(r"[ \t]+(?:des|der|von|vom|of|from|by)(?:[ \t]+(?:der|des|dem|den|die|das|the|a|an|einer|eines))?"
                       r"(?:[ \t]+[a-zäöüß]+(?:e|en|er|es|an|ian|ish))?(?:[ \t]+[A-ZÄÖÜ][\w\-'’]*)+")
GROUP_WORD = re.compile(r"\b\w{4,}\b")
RIGHT_NAME = re.compile(r"[ \t]+([A-ZÄÖÜ][\w'’\-]*[\w])")
PLURAL_VERBS = {"sind", "haben", "werden", "wollen", "können", "sollen", "müssen", "seien", "hätten", "wären"}
SINGULAR_VERBS = {"ist", "hat", "habe", "sei", "wird", "will", "kann", "soll", "muss", "hätte", "wäre"}


def _hint_kind(hint: str) -> str:
    return {"person": "person", "organisation": "organisation"}.get(hint, "unknown")
