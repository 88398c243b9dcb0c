"""Known actors by role, for the role mentions of one add ("Der Landrat sagte …"): which actors'
roles extract.actors.across.role_fits accepts for a role noun, found by lookup instead of testing
every stored role (a million-statement archive has tens of thousands)."""
from __future__ import annotations

from collections import defaultdict


class RoleIndex:
    """Every suffix of a role (casefolded) -> the roles ending in it, role -> the actors holding it;
    a role ending in an abbreviated title ("gov.", "sen.") also by the words it stands for. role_fits(role,
    word) holds exactly when the role ends in one of role_forms(word) or its last word abbreviates the word,
    neither after a prefix of another office (descriptions.other_office: "vizelandrat" is no "landrat")."""

    def __init__(self) -> None:
        self.role: dict[str, str] = {}  # actor id -> its role, casefolded
        self._order: dict[str, int] = {}  # actor id -> when it first got a role (the order of the old scan)
        self._holders: dict[str, set[str]] = defaultdict(set)
        self._by_suffix: dict[str, set[str]] = defaultdict(set)
        self._by_full: dict[str, set[str]] = defaultdict(set)  # "governor" -> {"gov."}
        # (one-word role, a first part naming its body) -> actors: "obfrau", "tourismus"/"tourismusverband"
        self._by_body: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._body: dict[str, tuple[str, str]] = {}  # actor id -> (role, affiliation's first word), casefolded

    def set(self, aid: str, role: str | None, affiliation: str | None = "") -> None:
        """The actor's role is now ``role`` (of ``affiliation``); its former role no longer finds it."""
        low = (role or "").casefold()
        self._set_body(aid, low, next(iter((affiliation or "").casefold().split()), ""))
        old = self.role.get(aid)
        if old == low:
            return
        if old is not None:
            self._drop(aid, old)
        if not low:
            return
        self.role[aid] = low
        self._order.setdefault(aid, len(self._order))
        if not self._holders[low]:
            for key, index in self._keys(low):
                index[key].add(low)
        self._holders[low].add(aid)

    def _set_body(self, aid: str, low: str, body: str) -> None:
        """Index the actor by its one-word role and each first part of a compound that may name its
        body (across.body_starts): a compound role noun ("Tourismusobfrau") finds exactly
        across.body_role's candidates."""
        from extract.actors.across import body_starts  # the actor-matching rules live in extract/

        old = self._body.get(aid)
        if old == (low, body):
            return
        if old is not None:
            for start in body_starts(old[1]) if old[1] else ():
                self._by_body[(old[0], start)].discard(aid)
        self._body[aid] = (low, body)
        if low and body and " " not in low:
            for start in body_starts(body):
                self._by_body[(low, start)].add(aid)

    def _drop(self, aid: str, low: str) -> None:
        del self.role[aid]
        holders = self._holders[low]
        holders.discard(aid)
        if not holders:
            for key, index in self._keys(low):
                index[key].discard(low)

    def _keys(self, low: str) -> list[tuple[str, dict[str, set[str]]]]:
        from extract.actors.across import spelled_out  # the actor-matching rules live in extract/
        from extract.actors.descriptions import other_office

        keys = [(low[i:], self._by_suffix) for i in range(len(low) + 1)]
        last = low.split()[-1] if low.split() else ""
        if other_office(low, last):  # "deputy gov.": not the governor (as across.role_fits)
            return keys
        return keys + [(full, self._by_full) for full in spelled_out(last)]

    def fitting(self, words: list[str]) -> list[str]:
        """The actors whose role role_fits one of the role nouns ``words``, in the order they got it,
        and those a compound of them names by role and body (across.body_role: "Tourismus|obfrau")."""
        from extract.actors.across import compound_heads, role_forms, stem_starts  # the actor-matching rules live in extract/
        from extract.actors.descriptions import other_office

        roles: set[str] = set()
        bodied: set[str] = set()
        for word in words:
            for form in role_forms(word):  # (not a role that is another office: "vizelandrat" for "landrat")
                roles |= {r for r in self._by_suffix.get(form, ()) if not other_office(r, form)}
            roles |= self._by_full.get(word.casefold(), set())
            # a compound of a body and a role ("tourismus|obfrau", "handelsverbands|chefin"): as across.body_role
            for stem, heads in compound_heads(word.casefold()):
                for r in heads:
                    for start in stem_starts(stem):
                        if hit := self._by_body.get((r, start)):
                            bodied |= hit
        return sorted({aid for r in roles for aid in self._holders[r]} | bodied, key=self._order.__getitem__)
