"""Known actors during one add: the article's actors are matched to them with
extract.actors.match_actor, on a short list of candidates that share a name token."""
from __future__ import annotations

import re
import uuid
from collections import defaultdict
from typing import Any, Callable, Iterable

from extract.model import Actor, Statement

from .roles import RoleIndex
from .storage import copy_doc

PRONOUNS = {"er", "sie", "he", "she"}


def _tokens(names: Iterable[str]) -> set[str]:
    return {w for n in names for w in n.casefold().replace("-", " ").split() if len(w) > 1}


class KnownActors:
    """Stored actors during one add: candidates for match_actor narrowed by shared name tokens
    (a full-name, alias or surname match always shares one), new and enriched actors collected."""

    def __init__(self, actors: dict[str, dict[str, Any]], spoke_on: Callable[[str], set[str]] | None = None):
        self.docs = actors
        self.changed: dict[str, dict[str, Any]] = {}
        self.objs: dict[str, Actor] = {}
        self.by_token: dict[str, list[str]] = defaultdict(list)
        self._roles: RoleIndex | None = None  # actors by role, built when first needed
        self.referenced: set[int] = set()  # candidates matched by a generic noun (by_reference)
        self.spoke_on = spoke_on  # actor id -> targets it took a stance on (the wrong-person guard of role mentions)
        for aid, d in actors.items():
            self._index(aid, [d.get("name", ""), *d.get("aliases", [])])

    def _index(self, aid: str, names: list[str]) -> None:
        for t in _tokens(names):
            ids = self.by_token[t]
            if aid not in ids:
                ids.append(aid)

    def _obj(self, aid: str) -> Actor:
        a = self.objs.get(aid)
        if a is None:
            a = self.objs[aid] = Actor.from_dict(copy_doc(self.changed.get(aid) or self.docs[aid]))
        return a

    def match(self, cand: Actor, match_actor: Callable[[Actor, list[Actor]], str | None], text: str = "") -> str | None:
        """The known actor the candidate is (match_actor); else, for a candidate named by a generic
        noun ("der Landesrat", "the union"), the one the article ``text`` refers to (by_reference)."""
        ids: dict[str, None] = {}
        for t in _tokens([cand.name, *cand.aliases]):
            ids.update(dict.fromkeys(self.by_token.get(t, ())))
        found = match_actor(cand, [self._obj(i) for i in ids]) if ids else None
        return found or (self.by_reference(cand, text, list(ids)) if text else None)

    def by_reference(self, cand: Actor, text: str, ids: list[str]) -> str | None:
        from extract.actors.across import actor_of_reference

        if len(cand.name.split()) != 1 or cand.kind != "organisation":
            return None
        ids = list(dict.fromkeys([*ids, *self._role_index().fitting([cand.name.casefold()])]))
        found = actor_of_reference(cand, [self._obj(i) for i in ids], text, self.spoke_on)
        if found:
            self.referenced.add(id(cand))  # (a generic noun is no name of the actor: enrich learns none)
        return found

    def by_mention(self, st: Statement, text: str, local_ids: dict[str, str]) -> str | None:
        """The actor a statement's speaker mention that named nobody in its article refers to ("Der
        Landrat …": extract.actors.across.speaker_of_mention), among the actors of the same
        article (``local_ids``), those sharing its word, and those whose role ends in it."""
        from extract.actors.across import speaker_of_mention  # the actor-matching rules live in extract/

        if not st.speaker_mention:
            return None
        mention, local = text[slice(*st.speaker_mention[0])], list(local_ids.values())
        words = [w for w in mention.casefold().split() if len(w) >= 4]
        if mention.casefold() in PRONOUNS:  # "sagte er" after a surname the article did not know as a person
            return speaker_of_mention(mention, [], [self._obj(i) for i in self._by_surname_before(text, st)],
                                      text, st.speaker_mention[0][0])
        if not words:
            return None
        ids = dict.fromkeys([*local, *(i for w in words for i in self.by_token.get(w, ())),
                             *self._role_index().fitting(words)])
        return speaker_of_mention(mention, [self._obj(i) for i in local], [self._obj(i) for i in ids], text,
                                  st.speaker_mention[0][0], self.spoke_on)

    def _role_index(self) -> RoleIndex:
        if self._roles is None:  # once per add (few mentions need it); create and enrich keep it up to date
            self._roles = RoleIndex()
            for aid, d in {**self.docs, **self.changed}.items():
                self._roles.set(aid, d.get("role"), d.get("affiliation"))
        return self._roles

    def _by_surname_before(self, text: str, st: Statement) -> list[str]:
        """Actors sharing a name token with a word of the text before the statement's mention."""
        words = _tokens(re.findall(r"\w[\w-]*", text[max(0, st.speaker_mention[0][0] - 400):st.speaker_mention[0][0]]))
        return list(dict.fromkeys(i for w in words for i in self.by_token.get(w, ())))

    def create(self, cand: Actor) -> str:
        aid = "a" + uuid.uuid4().hex[:12]
        doc = Actor(aid, cand.name, list(dict.fromkeys(x for x in cand.aliases if x != cand.name)),
                    cand.kind, cand.role, cand.affiliation).to_dict()
        self.changed[aid] = doc
        self._index(aid, [doc["name"], *doc["aliases"]])
        self._role(aid, doc["role"], doc["affiliation"])
        return aid

    def _role(self, aid: str, role: str | None, affiliation: str | None = "") -> None:
        if self._roles is not None:
            self._roles.set(aid, role, affiliation)

    def enrich(self, aid: str, cand: Actor) -> None:
        """A known actor learns the new article's name variants, and role/affiliation if it had none.
        Variants in lower case ("er", "der Kanzler") are references, not names: not kept."""
        if id(cand) in self.referenced:
            return  # named by a generic noun ("the union"): no name, role or kind of its own
        a = self._obj(aid)
        have = {a.name.casefold()} | {x.casefold() for x in a.aliases}
        added = [n for n in dict.fromkeys([cand.name, *cand.aliases])
                 if n and n[0].isupper() and n.casefold() not in have]
        changed = bool(added)
        a.aliases.extend(added)
        for f in ("role", "affiliation"):
            if not getattr(a, f) and getattr(cand, f):
                setattr(a, f, getattr(cand, f))
                changed = True
        if a.kind == "unknown" and cand.kind != "unknown":
            a.kind, changed = cand.kind, True
        if changed:
            self.changed[aid] = a.to_dict()
            self._index(aid, added)
            self._role(aid, a.role, a.affiliation)
