"""Turns: a statement that says its speaker turned around on a thing without saying the new
position ("Kehrtwende bei der Bettensteuer", "hat ihre Meinung zur Fusion geändert", "reversed
course on the stadium subsidy", "changed her mind on the curfew"). find_changes takes the
statement's position on that thing as the opposite of the speaker's latest earlier one.

    the statement's sentence ─► a reversal phrase (data/reversals_<lang>.txt)
                             ─► the thing: the noun of the nearest phrase with bei/zur/… (German),
                                the noun phrase after on/over/about (English)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import time_nouns
from .frames import may_hold_words, own_turns, reversal_patterns, reversal_words
from .frames_de import german_noun_lemma

# "bei der geplanten Bettensteuer", "zur Gemeindefusion", "im Streit um die Seilbahn"
GERMAN_PHRASE = re.compile(r"\b(?:bei|beim|in|im|zu|zum|zur|über|um|hinsichtlich)\s+(?:(?:der|die|das|dem|den|des|"
                           r"einer|einem|eines|ihrer|ihrem|seiner|seinem)\s+)?(?:[a-zäöüß][\wäöüß-]*\s+){0,2}"
                           r"([A-ZÄÖÜ][\wäöüß-]+)")
# nouns that hold the thing rather than name it: "in der Frage der Maut", "im Streit um die Seilbahn"
HOLDERS = {"frage", "streit", "debatte", "diskussion", "thema", "sache", "sachen", "haltung", "position", "meinung",
           "kurs", "ansicht", "einschätzung", "bewertung", "blick", "hinblick"}
ENGLISH_THING = re.compile(r"\s+(?:on|over|about|regarding)\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?"
                           r"((?:[A-Za-z][\w'-]*\s+){0,4}?[A-Za-z][\w-]*)(?=\s*(?:[,.;:!?\"”]|$|\s(?:on|in|at|to|for|"
                           r"with|after|because|saying|said|and|as|since|when|following|citing|over|by|from|this|"
                           r"last|next|earlier|amid|despite|, )\b))")


def phrases(lang: str) -> tuple[re.Pattern, ...]:
    """The reversal phrases of data/reversals_<lang>.txt as patterns ('…' any gap, '~' one word)."""
    return reversal_patterns(lang)  # (in frames.py: the English statement pass reads them too)


@lru_cache(maxsize=None)
def any_phrase(lang: str) -> re.Pattern:
    """All reversal phrases as one pattern, each without the assertion it starts with (no letter
    before), so that a search skips at once to the first letters of their words: it matches
    wherever one of them does (and in a few more places)."""
    bare = [p.pattern.removeprefix(r"(?<![\w-])") for p in phrases(lang)]
    return re.compile("|".join(f"(?:{p})" for p in bare) or "(?!)", re.IGNORECASE)


def turned_on(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(the things the text says its speaker turned around on, the words that say so)."""
    if not may_hold_words(text, reversal_words(lang)) or not any_phrase(lang).search(text):
        return [], []  # (one quick search for all: most statements turn on nothing)
    found = own_turns(text, lang)
    if not found:
        return [], []
    m = min(found, key=lambda x: x.start())
    thing = german_thing(text, m) if lang == "de" else english_thing(text, m)
    words = m.group().split()
    said = m.group() if len(words) < 4 else f"{words[0]} … {words[-1]}"  # "Meinung … geändert"
    return ([thing], [said]) if thing else ([], [])


def german_thing(text: str, turn: re.Match) -> str:
    """The noun of the phrase nearest the reversal words that names a thing (not a time, not a
    holder like "Frage" or "Streit", not the reversal noun itself)."""
    best, distance = "", None
    for m in GERMAN_PHRASE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in HOLDERS or low in time_nouns("de") or m.start(1) == turn.start():
            continue
        lemma = german_noun_lemma(word)
        gap = min(abs(m.start() - turn.end()), abs(turn.start() - m.end()))
        if lemma and (distance is None or gap < distance):
            best, distance = lemma, gap
    return best


def english_thing(text: str, turn: re.Match) -> str:
    """The noun phrase right after the reversal phrase and its preposition, lowercase, its last
    word singular ("the bridge tolls" → "bridge toll")."""
    m = ENGLISH_THING.match(text, turn.end())
    if not m:
        return ""
    words = m.group(1).lower().split()
    words[-1] = singular(words[-1])
    return " ".join(words)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word
