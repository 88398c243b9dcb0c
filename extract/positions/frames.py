"""What the stance readers of both languages share (frames_de.py, frames_en.py): the stance
found and the rows of extract/data/stance_frames_<lang>.tsv. Kept apart so that the English
reader never imports the German one (extract/en and extract/de stay independent)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

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
    """(value, slot, word forms) of each row of extract/data/stance_frames_<lang>.tsv."""
    text = resources.files("extract").joinpath("data", f"stance_frames_{lang}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            yield parts[0].strip(), parts[1].strip(), parts[2].split()


@lru_cache(maxsize=None)
def reversal_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The phrases of data/reversals_<lang>.txt that say a speaker turned around ('…' any gap, '~'
    one word), as patterns: read by positions/turns.py and by the English statement pass."""
    text = resources.files("extract").joinpath("data", f"reversals_{lang}.txt").read_text(encoding="utf-8")
    out = []
    for line in (w for raw in text.splitlines() if (w := raw.split("#")[0].strip().lower())):
        parts = [r"\s+".join(r"\w+" if w == "~" else re.escape(w) for w in p.split()) for p in line.split("…")]
        out.append(re.compile(r"(?<![\w-])" + r"\w*\b.*?\b".join(parts) + (r"\w*" if lang == "de" else r"(?![\w-])"),
                              re.IGNORECASE))
    return tuple(out)


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
