"""What the stance readers of both languages share (frames_de.py, frames_en.py): the stance
found and the rows of extract/data/stance_frames_<lang>.tsv. Kept apart so that the English
reader never imports the German one (extract/en and extract/de stay independent)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator


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
