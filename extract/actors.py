"""Mentions to actors: titles split off as roles, surnames and pronouns carried back to the
full name, and matching of an article's actors to actors already known."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

from .model import Actor, Mention, Span

PRONOUNS = {
    "de": {"er": "m", "sie": "f", "ihm": "m", "ihr": "f"},
    "en": {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p"},
}
ARTICLES = {"der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine"}


@lru_cache(maxsize=None)
def titles(lang: str) -> tuple[str, ...]:
    path = resources.files("extract").joinpath(f"data/titles_{lang}.txt")
    if not path.is_file():
        return ()
    lines = [ln.split("#", 1)[0].strip() for ln in path.read_text("utf-8").splitlines()]
    return tuple(sorted((ln for ln in lines if ln), key=len, reverse=True))


def local_id(name: str) -> str:
    return "a" + hashlib.sha1(name.casefold().encode()).hexdigest()[:10]


def split_title(phrase: str, lang: str) -> tuple[str, str]:
    """'Präsident Wladimir Putin' -> ('Präsident', 'Wladimir Putin')."""
    words = phrase.split()
    while words and words[0].lower() in ARTICLES:
        words.pop(0)
    rest = " ".join(words)
    for t in titles(lang):
        if rest.lower().startswith(t.lower() + " "):
            return t, rest[len(t) + 1 :].strip()
    return "", rest


class ArticleActors:
    """Resolves speaker mentions of one article to article-local actors, in text order."""

    def __init__(self, text: str, lang: str, mentions: list[Mention] | None = None):
        self.text = text
        self.lang = lang
        self.mentions = sorted(mentions or [], key=lambda m: m.span)
        self._actors: dict[str, Actor] = {}
        self._last_person: list[tuple[int, Actor]] = []  # (offset, actor) in text order

    @property
    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def resolve(self, span: Span) -> Actor | None:
        phrase = self.text[span[0] : span[1]].strip()
        if not phrase:
            return None
        if phrase.lower() in PRONOUNS.get(self.lang, {}):
            earlier = [a for off, a in self._last_person if off < span[0]]
            return earlier[-1] if earlier else None
        role, name = split_title(phrase, self.lang)
        if not name:
            return None
        actor = self._find(name)
        if actor is None:
            actor = Actor(id=local_id(name), name=name, kind="person" if role or " " in name else "unknown",
                          role=role)
            self._actors[actor.id] = actor
        else:
            if role and not actor.role:
                actor.role = role
        if phrase != actor.name and phrase not in actor.aliases:
            actor.aliases.append(phrase)
        self._last_person.append((span[0], actor))
        return actor

    def _find(self, name: str) -> Actor | None:
        key = name.casefold()
        for a in self._actors.values():
            if a.name.casefold() == key or key in (x.casefold() for x in a.aliases):
                return a
        # a surname alone refers back to the full name introduced earlier
        if " " not in name:
            hits = [a for a in self._actors.values() if a.name.casefold().split()[-1] == key]
            if len(hits) == 1:
                return hits[0]
        # a full name may complete an earlier surname-only actor
        parts = name.split()
        if len(parts) > 1:
            for a in self._actors.values():
                if a.name.casefold() == parts[-1].casefold():
                    a.aliases.append(a.name)
                    a.name = name
                    return a
        return None


def match_actor(candidate: Actor, known: list[Actor]) -> str | None:
    """The id of the known actor this candidate is, or None for a new actor.
    Full name or alias first; an ambiguous match is kept apart (None)."""
    key = candidate.name.casefold()
    hits = [a.id for a in known if a.name.casefold() == key or key in (x.casefold() for x in a.aliases)]
    return hits[0] if len(hits) == 1 else None


_WS = re.compile(r"\s+")
