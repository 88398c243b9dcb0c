"""Direct quotes with their speaker from the frame next to them (language-independent).

The first, thin rule set: a quote is a statement when a speech verb stands right beside it,
with a name or pronoun as its subject:
    «…», sagte Putin.      «…», sagte er.      Kuleba erklärte: «…»      "…," she said.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .model import Analysis, Found, Mention
from .quotes import find_quotes

NAME = r"(?:[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von|van|de|der|al|bin)?\s*[A-ZÄÖÜ][\w'’-]+){0,3})"
PRONOUN = r"(?i:er|sie|he|she|they|we|wir)"


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    text = resources.files("extract").joinpath("data/speech_forms.txt").read_text("utf-8")
    words = []
    for line in text.splitlines():
        words.extend(line.split("#", 1)[0].split())
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    verbs = "|".join(sorted(map(re.escape, speech_forms()), key=len, reverse=True))
    # after the quote: ', sagte Putin' / ', sagte er' / ', she said' / ', Putin said'
    after_verb_first = re.compile(rf"^[\s,]*(?P<cue>{verbs})\s+(?P<who>{PRONOUN}|{NAME})\b")
    after_name_first = re.compile(rf"^[\s,]*(?P<who>{PRONOUN}|{NAME})\s+(?P<cue>{verbs})\b")
    # before the quote: 'Kuleba erklärte: «'
    before = re.compile(rf"(?P<who>{PRONOUN}|{NAME})\s+(?:\w+\s+){{0,3}}?(?P<cue>{verbs})(?:\s+\w+){{0,4}}:\s*$")
    return after_verb_first, after_name_first, before


def analyse(text: str) -> Analysis:
    after_verb_first, after_name_first, before = _patterns()
    found: list[Found] = []
    mentions: list[Mention] = []
    for q in find_quotes(text):
        tail = text[q.close_mark + 1 : q.close_mark + 160]
        head_start = max(text.rfind("\n", 0, q.open_mark) + 1, q.open_mark - 200)
        head = text[head_start : q.open_mark]
        base = q.close_mark + 1
        m = after_verb_first.match(tail) or after_name_first.match(tail)
        if m is None:
            m = before.search(head)
            base = head_start
        if m is None:
            continue
        who = (base + m.start("who"), base + m.end("who"))
        cue = (base + m.start("cue"), base + m.end("cue"))
        found.append(
            Found(quote=list(q.pieces), kind="direct", cue=[cue], speaker_mention=[who],
                  frame=(min(q.open_mark, who[0]), max(q.close_mark + 1, cue[1])))
        )
        mentions.append(Mention(who, text[who[0]:who[1]], is_subject=True))
    mentions.sort(key=lambda m: m.span)
    return Analysis(statements=found, mentions=mentions, tokens=len(text.split()))
