"""Which targets of one speaker are the same thing across statements, for position changes.

    "Seilbahnprojekt" / "das Projekt" (a generic head, or a bare generic noun whose sentence
    names the thing)  ─► "Seilbahn"
    a configured topic reached through two different targets ("Energie" from "Gaspreisdeckel",
    later from "Energiepauschale") ─► no change on the topic: the speaker spoke of two things
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Statement
from .frames_de import german_noun_lemma

NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]+")

@lru_cache(maxsize=None)
def words_of(name: str) -> tuple[str, ...]:
    """The lowercase words of data/<name>, one per line ('#' comments): vocabulary a user extends."""
    from . import _shipped

    return tuple(w for line in _shipped(name).splitlines() if (w := line.split("#")[0].strip().lower()))


def generic_heads() -> tuple[str, ...]:
    """data/generic_heads.txt: nouns that name a plan or project, not its matter ("Seilbahnprojekt")."""
    return words_of("generic_heads.txt")


# Linking letters between a compound's modifier and its head ("Umgehungsstraßenprojekt").
LINKING = ("", "s", "-", "n", "en", "es")


def generic_head_of(target: str, others: set[str]) -> str | None:
    """The other target of the speaker that a compound of a generic head names by its modifier:
    "Seilbahnprojekt" → "Seilbahn", "Hallenbadpläne" → "Hallenbad"."""
    low = target.lower()
    by_low = {o.lower(): o for o in others if o != target}
    for head in generic_heads():
        if low.endswith(head) and len(low) - len(head) >= 3:
            modifier = low[: len(low) - len(head)]
            for link in LINKING:
                if link and not modifier.endswith(link):
                    continue
                found = by_low.get(modifier[: len(modifier) - len(link)] if link else modifier)
                if found:
                    return found
    return None


def named_thing(s: Statement, key: str, others: set[str], act: bool = False) -> str | None:
    """For a bare generic target ("das Projekt", "die Pläne") or a bare act ("befürwortet den
    Bau"), the one other target of the speaker its statement's words name ("Im Streit um das
    Gewerbegebiet … lehnt … das Projekt ab"); None when it names none or several."""
    if key.lower() not in generic_heads() and not act:
        return None
    text = s.quote_text or ""
    lemmas = noun_lemmas(text)  # "Windräder" names "Windrad"
    named = {o for o in others if (o in lemmas or o in text) and o != key and o.lower() not in generic_heads()
             and not is_act_noun(o) and (o in lemmas or re.search(r"(?<!\w)" + re.escape(o) + r"\w{0,3}(?!\w)", text))}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=4096)
def noun_lemmas(text: str) -> frozenset[str]:
    return frozenset(german_noun_lemma(w) for w in NOUN.findall(text))


def more_of(word: str) -> bool:
    """An act that makes more of its thing (data/more_of_de.txt: "Ausbau", "auszubauen")."""
    low = word.lower()
    return any(stem in low or stem in low.replace("zu", "", 1) for stem in words_of("more_of_de.txt"))


def against_more_only(s: Statement, key: str, value: int) -> bool:
    """A stance against the thing read only from one against making more of it ("lehnt einen
    Ausbau des Flughafens ab": -1 on "Flughafen"): no position on the thing itself. The act's own
    target ("Flughafenausbau", "Ausbau") keeps it."""
    return value < 0 and not more_of(key) and any(more_of(w) for w in s.stance_evidence.get(key, []) if w != key)


def is_act_noun(word: str) -> bool:
    """An act noun of the German frames ("Bau", "Schließung"): it names what is done, not to what."""
    from .frames_de import lexicon

    return any(fw.noun and len(fw.words) == 1 for fw in lexicon("de").acts.get(word.lower(), ()))


def act_sign(act: str) -> int:
    """-1 for an act that ends its thing ("Schließung"), +1 for one that brings or keeps it ("Bau")."""
    from .frames_de import lexicon

    entries = lexicon("de").acts.get(act.lower(), ())
    return -1 if any(fw.value == "flip" for fw in entries if len(fw.words) == 1) else 1


@lru_cache(maxsize=4096)
def topics_of(target: str) -> frozenset[str]:
    """Every configured topic (of either language) the target belongs to."""
    from . import target_topics

    return frozenset(t for lang in ("de", "en") for t, _ in target_topics(target, target, lang))


def targets_on(s: Statement, topic: str, same: dict[tuple[str, str], str]) -> set[str]:
    """The statement's own targets through which it has a stance on the topic, as the speaker's
    same targets."""
    from . import configured_topic, is_key_term

    return {same.get((s.speaker, k), k) for k, v in s.stance.items()
            if v and k != topic and not configured_topic(k) and not is_key_term(k) and topic in topics_of(k)}


def other_things(before: Statement, after: Statement, topic: str, same: dict[tuple[str, str], str]) -> bool:
    """Whether two stances on a configured topic are about two different things: both reached
    it through targets of their own, and they share none (for a second-home tax, later against a
    dog tax, is no change on "Steuern")."""
    a, b = targets_on(before, topic, same), targets_on(after, topic, same)
    return bool(a and b and not a & b)
