"""English: what the article's own words make of a name of one word read as a body for want of a
first name: a person where it refers to it as one ("Deputy Considine, who …", "Okonkwo-Reid repeated
her support"), a body where it describes or takes it up as one ("Harland, the construction firm,
said it …"). across.py lets such a name be a known person of that surname only on the first."""
from __future__ import annotations

import re

from typing import Iterable

from ..model import Actor
from .lexicon import lexicon, title_abbreviations, word_set
from .words import HONORIFICS

PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
IMPERSONAL = {"it", "its", "itself"}
# after the name: an apposition "…, the [modifiers] Noun," and the words of the rest of its sentence
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\s*[,;]")
_WORD = re.compile(r"[\w-]+(?:'[\w]+)?")


def read_one_word_bodies(actors: Iterable[Actor], text: str, sentence_starts: list[int],
                         done: set[tuple[str, str, str]]) -> None:
    """Actor.read_as of each organisation named by one word (the English article's own reading);
    ``done`` holds (id, name, kind) of the actors already read, so each is read once per article."""
    fresh = [a for a in actors if (a.id, a.name, a.kind) not in done]
    done.update((a.id, a.name, a.kind) for a in fresh)
    for a in fresh:
        if a.kind == "organisation" and not a.read_as and len(a.name.split()) == 1:
            a.read_as = name_read_as(text, a.name, sentence_starts)


def name_read_as(text: str, word: str, sentence_starts: list[int]) -> str:
    """'person', 'body' or '' for a name of one word: a body where an apposition's head is a body
    noun (institutions_en.txt) or the first pronoun of its sentence after it is "it"/"its"; else a
    person where a title or honorific stands before it, or "who" follows it, or that first pronoun is a
    personal one ("which" after it: a body). Either reading anywhere in the text counts; a body's wins."""
    person = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?:'s)?(?![\w-])", text):
        end = _sentence_end(m.end(), sentence_starts, len(text))
        rest = text[m.end():end]
        reading = _apposed(rest) or _relative(rest) or _first_pronoun(rest)
        if reading == "body":
            return "body"
        person = person or reading == "person" or _titled(text[:m.start()])
    return "person" if person else ""


def _sentence_end(pos: int, starts: list[int], size: int) -> int:
    return next((s for s in starts if s > pos), size)


def _apposed(rest: str) -> str:
    """The apposition right after the name: "…, the insurer," is a body; "…, the councillor," a person."""
    m = _APPOSITION.match(rest)
    if not m:
        return ""
    head = m.group(2).casefold()
    if head in lexicon("en").institutions:
        return "body"
    return "person" if _person_noun(head) else ""


def _relative(rest: str) -> str:
    """ "…, who" takes up a person, "…, which" a body."""
    m = re.match(r",?\s+(who|which)\b", rest)
    return "" if not m else "person" if m.group(1) == "who" else "body"


def _first_pronoun(rest: str) -> str:
    for w in _WORD.findall(rest):
        low = w.casefold()
        if low in PERSONAL:
            return "person"
        if low in IMPERSONAL:
            return "body"
    return ""


def _titled(before: str) -> bool:
    """A title, its abbreviation or an honorific right before the name ("Deputy", "Cllr", "Sen.", "Ms")."""
    words = before.rsplit(None, 1)  # (the last word only: not the whole text before split per mention)
    if not words:
        return False
    low = words[-1].casefold()
    return low in HONORIFICS or low.rstrip(".") in title_abbreviations("en") or _person_noun(low)


def _person_noun(low: str) -> bool:
    """A title or role noun without a role's ending ("councillor", "deputy": data/role_nouns_en.txt)."""
    return low in lexicon("en").titles or low in word_set("role_nouns_en.txt")
