"""Known actors by role, for the role mentions of one add ("Der Landrat sagte …"): which actors'
roles extract.actors.across.role_fits accepts for a role noun, found by lookup instead of testing
every stored role (a million-statement archive has tens of thousands)."""
from __future__ import annotations

from collections import defaultdict


class RoleIndex:
    """Every suffix of a role (casefolded) -> the roles ending in it, role -> the actors holding it;
    a role ending in an abbreviated title ("gov.", "sen.") also by the words it stands for. role_fits(role,
    word) holds exactly when the role ends in one of role_forms(word) or its last word abbreviates the word."""

    def __init__(self) -> None:
        self.role: dict[str, str] = {}  # actor id -> its role, casefolded
        self._order: dict[str, int] = {}  # actor id -> when it first got a role (the order of the old scan)
        self._holders: dict[str, set[str]] = defaultdict(set)
        self._by_suffix: dict[str, set[str]] = defaultdict(set)
        self._by_full: dict[str, set[str]] = defaultdict(set)  # "governor" -> {"gov."}

    def set(self, aid: str, role: str | None) -> None:
        """The actor's role is now ``role``; its former role no longer finds it."""
        low = (role or "").casefold()
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

    def _drop(self, aid: str, low: str) -> None:
        del self.role[aid]
        holders = self._holders[low]
        holders.discard(aid)
        if not holders:
            for key, index in self._keys(low):
                index[key].discard(low)

    def _keys(self, low: str) -> list[tuple[str, dict[str, set[str]]]]:
        from extract.actors.across import spelled_out  # the actor-matching rules live in extract/

        keys = [(low[i:], self._by_suffix) for i in range(len(low) + 1)]
        return keys + [(full, self._by_full) for full in spelled_out(low.split()[-1] if low.split() else "")]

    def fitting(self, words: list[str]) -> list[str]:
        """The actors whose role role_fits one of the role nouns ``words``, in the order they got it,
        and those whose role is the head of one of them ("Tourismus|obfrau": across.body_role decides)."""
        from extract.actors.across import compound_heads, role_forms  # the actor-matching rules live in extract/

        roles: set[str] = set()
        for word in words:
            for form in role_forms(word):
                roles |= self._by_suffix.get(form, set())
            roles |= self._by_full.get(word.casefold(), set())
            # a compound's head ("tourismus|obfrau", "handelsverbands|chefin"): across.body_role decides
            roles |= {r for _, heads in compound_heads(word.casefold()) for r in heads if self._holders.get(r)}
        return sorted({aid for r in roles for aid in self._holders[r]}, key=self._order.__getitem__)
