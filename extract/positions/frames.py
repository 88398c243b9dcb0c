"""What the stance readers of both languages share (frames_de.py, frames_en.py): the stance
found and the rows of extract/data/stance_frames_<lang>.tsv. Kept apart so that the English
reader never imports the German one (extract/en and extract/de stay independent)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

WORDS_KEPT = 100_000  # entries a per-word cache keeps: words come from the texts, so a long run (a big archive) must stay bounded


@dataclass
class Stance:
    target: str  # the lemma of the noun the speaker is for or against
    value: int  # -1 | +1
    words: list[str]  # the words that decided it
    phrase: str = ""  # the target's words as written
    recalled: bool = False  # pluperfect: recalls an earlier position
    clause: str = ""  # the recalling clause, whose time words date the earlier position
    at: int = -1  # where the deciding frame word starts in the text read (-1: not known)


def frame_rows(lang: str) -> Iterator[tuple[str, str, list[str]]]:
    """(value, slot, word forms) of each row of extract/data/stance_frames_<lang>.tsv; the forms a new
    list each time (the file is read once: some thirty tables are built from it, each by value)."""
    for value, slot, forms in _frame_rows(lang):
        yield value, slot, list(forms)


@lru_cache(maxsize=None)
def _frame_rows(lang: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    text = resources.files("extract").joinpath("data", f"stance_frames_{lang}.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((parts[0].strip(), parts[1].strip(), tuple(parts[2].split())))
    return tuple(rows)


@lru_cache(maxsize=WORDS_KEPT)
def words_of(name: str) -> tuple[str, ...]:
    """The lowercase words of data/<name>, one per line ('#' comments): vocabulary a user extends."""
    text = resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(w for line in text.splitlines() if (w := line.split("#")[0].strip().lower()))


@lru_cache(maxsize=None)
def back_references() -> frozenset[str]:
    """Nouns that alone name no thing of their own but one named before: the plan nouns of
    data/generic_heads.txt ("das Projekt", "the scheme") and the back-references of
    data/thing_references.txt ("die Anlage", "the facility"), lowercase. Read by changes.bare_generic
    and by the English reader's topic_before."""
    return frozenset(words_of("generic_heads.txt") + words_of("thing_references.txt"))


@lru_cache(maxsize=None)
def reversal_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The phrases of data/reversals_<lang>.txt that say a speaker turned around ('…' any gap, '~'
    one word), as patterns: read by positions/turns.py and by the English statement pass."""
    out = []
    for line in reversal_lines(lang):
        parts = [r"\s+".join(r"\w+" if w == "~" else re.escape(w) for w in p.split()) for p in line.split("…")]
        out.append(re.compile(r"(?<![\w-])" + r"\w*\b.*?\b".join(parts) + (r"\w*" if lang == "de" else r"(?![\w-])"),
                              re.IGNORECASE))
    return tuple(out)


@lru_cache(maxsize=None)
def reversal_lines(lang: str) -> tuple[str, ...]:
    """The lowercase lines of data/reversals_<lang>.txt, comments left out."""
    text = resources.files("extract").joinpath("data", f"reversals_{lang}.txt").read_text(encoding="utf-8")
    return tuple(w for raw in text.splitlines() if (w := raw.split("#")[0].strip().lower()))


@lru_cache(maxsize=None)
def reversal_words(lang: str) -> tuple[str, ...] | None:
    """A word of each reversal phrase that every match of its pattern holds (literal_words)."""
    return literal_words(reversal_lines(lang))


def may_hold_words(text: str, words: tuple[str, ...] | None) -> bool:
    """False only where no pattern compiled with re.IGNORECASE from phrases that each hold one of
    these words (literal_words) can match: a quick test before a long case-insensitive alternation
    (which tries each branch at every place of the text). Exact: re.IGNORECASE matches a character
    to a letter of the pattern by its simple lower case, or as one of the letter's extra cases
    ('ſ' for 's', 'ı' for 'i', 'ς' for 'σ'); in a text of plain_letters the lower case
    is what text.lower() writes and no character is an extra case, so each match of a word is in
    text.lower(). Any other text, and words None: True (the pattern decides)."""
    if words is None or not plain_letters(text):
        return True
    low = text.lower()
    return any(w in low for w in words)


def plain_letters(text: str) -> bool:
    """Whether each character of the text lowers to one character, its simple lower case (not 'İ'),
    and none beyond ASCII is an extra case of re.IGNORECASE ('ſ', 'ı', 'µ', 'σ' and 'ς')."""
    return text.isascii() or all(ch < "\x80" or _plain_letter(ch) for ch in set(text))


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> bool:
    low = ch.lower()  # re.IGNORECASE matches ch to its simple lower case: the one character str.lower writes, if any
    return len(low) == 1 and low not in EXTRA_CASES and re.fullmatch(re.escape(low), ch, re.IGNORECASE) is not None


# The lower cases that share their upper case with another lower case ('s' and 'ſ', 'i' and 'ı', 'σ' and
# 'ς', 'μ' and 'µ'): re.IGNORECASE matches them to a letter of another lower case. Written out (Unicode 15,
# the table of re's private re._casefix) rather than imported from re's internals or read from all code
# points at start-up (0.1 s); tests/test_changes.py recomputes it from str.upper/str.lower.
EXTRA_CASES = frozenset(chr(int(code, 16)) for code in """
    69 73 b5 131 17f 345 390 3b0 3b2 3b5 3b8 3b9 3ba 3bc 3c0 3c1 3c2 3c3 3c6 3d0 3d1 3d5 3d6 3f0 3f1 3f5
    432 434 43e 441 442 44a 463 1c80 1c81 1c82 1c83 1c84 1c85 1c86 1c87 1c88 1e61 1e9b 1fbe 1fd3 1fe3 a64b
    fb05 fb06""".split())


def literal_words(lines: Iterable[str]) -> tuple[str, ...] | None:
    """For may_hold_words: one word of each phrase that every match of the phrase's pattern holds
    (its longest that is no gap '~', in lower case and of plain_letters: a pattern letter 'ſ' would
    match the 's' that text.lower() writes; an ASCII letter's extra cases are beyond ASCII, so never
    in a text of plain letters); None (no quick test) when a phrase has none."""
    out = []
    for line in lines:
        words = [w for part in line.split("…") for w in part.split() if w != "~" and w == w.lower() and plain_letters(w)]
        if not words:
            return None
        out.append(max(words, key=len))
    return tuple(dict.fromkeys(out))


def own_turns(text: str, lang: str) -> list[re.Match]:
    """The reversal phrases of the text that say its speaker turned: not in a whether-clause put to
    the speaker, not owned by someone else ("the mayor's U-turn")."""
    return [m for p in reversal_patterns(lang) if (m := next((x for x in p.finditer(text) if not asked_whether(text, x, lang)), None))
            and not someone_elses(text, m, lang)]


# "die Kehrtwende des Bürgermeisters", "the mayor's U-turn": a turn of someone the speaker talks about
OWNER_AFTER = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ]")
# "criticised the mayor's U-turn", "slammed the U-turn on X" (a turn the speaker judges; "performed a U-turn" is one's own)
OWNER_BEFORE = re.compile(r"(?:(?:['’]s|s['’])\s+(?:\w+\s+){0,2}|\bthe\s+(?:[\w-]+\s+)?)$", re.IGNORECASE)


def someone_elses(text: str, turn: re.Match, lang: str) -> bool:
    """Whether the reversal is owned by someone named in a genitive or possessive."""
    if lang == "de":
        return bool(OWNER_AFTER.match(text, turn.end()))
    return bool(OWNER_BEFORE.search(text[max(0, turn.start() - 60):turn.start()]))


# "Asked whether she had changed her mind on …", "auf die Frage, ob er seine Meinung … geändert habe":
# an open question about a turn, which the answer may deny, is no turn
WHETHER = {"en": re.compile(r"\b(?:whether|if)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE),
           "de": re.compile(r"\bob\s+(?:[\wäöüß-]+\s+){0,5}$", re.IGNORECASE)}


def asked_whether(text: str, turn: re.Match, lang: str) -> bool:
    """Whether the reversal phrase stands in a whether-clause (a question put to the speaker)."""
    pattern = WHETHER.get(lang)
    return bool(pattern and pattern.search(text[max(0, turn.start() - 60):turn.start()]))


@lru_cache(maxsize=None)
def class_nouns() -> dict[str, tuple[str, ...]]:
    """data/class_nouns.tsv: a noun for a class of things -> the heads of the things it may name again."""
    text = resources.files("extract").joinpath("data", "class_nouns.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    return {parts[0].strip().lower(): tuple(parts[1].lower().split()) for parts in rows if len(parts) >= 2}


def names_again(noun: str) -> tuple[str, ...]:
    """The heads of the things a definite ``noun`` may name again: its own, and for a class noun those
    of its class ("die Abgabe": a "Bettensteuer", a "Kurtaxe"; "the levy": a "windfall tax")."""
    low = noun.lower()
    return (low, *class_nouns().get(low, ()))


def named_again_by(name: str, noun: str, written_apart: bool = False) -> bool:
    """Does a definite ``noun`` name again the thing ``name``: a thing of its class ("a bypass … the route"),
    or a compound (German) or phrase (English, ``written_apart``) that ends in its own or its class's head,
    longer than that head ("Bettensteuer" for "die Abgabe", "windfall tax" for "the levy", not "syntax")?"""
    low, heads = name.lower(), names_again(noun)
    if low in heads[1:] and low != heads[0]:  # (the noun itself names nothing new)
        return True
    return any(low.endswith(" " + head) if written_apart else low.endswith(head) and len(low) > len(head) + 2
               for head in heads)
