"""Whether German words name a person: a first name before a capitalised word, or a role noun before
a name. Shared by the speaker readers (indirect.py, mentions.py, holders.py); it needs only the
actors' lexicons and HanTa, so it sits below all of them."""
from __future__ import annotations

from functools import lru_cache

from ..actors import first_name, lexicon, role_word, titles
from .nlp import unknown_stem


def person_named(words: list) -> bool:
    """A first name and a capitalised word after it, or a role noun before a name (HanTa's NE, or
    a stem its lexicon lacks: "Landrat Osterkamp", where context made the surname NN)."""
    return any(first_name(a.low) and b.cap for a, b in zip(words, words[1:])) or any(
        is_role(a.low) and b.cap and ("NE" in [t.tag for t in words[k:k + 3]] or unknown_stem(b.text))
        for k, (a, b) in enumerate(zip(words, words[1:]))) or any(  # "Kämmerin Blum", "Landrätin Mona Tann"
        a.cap and b.tag == "NE" and c.tag == "NE" and c.cap and role_noun(a.text) for a, b, c in zip(words, words[1:], words[2:]))
    # (a role the role lexicon builds from its head, "Gemeindeärztin", "Kreisbrandmeister", before a first name and
    # surname names.py tagged NE after it: "Gemeindeärztin Hemma Lackner-Zobl", a first name no list holds)


@lru_cache(maxsize=8192)
def role_noun(word: str) -> bool:
    """A role noun the role lexicon knows, a title or a compound ending in a role head ("Kreisbrandmeister")."""
    return role_word(word, lexicon("de")) is not None


@lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """A role noun before a name ("Bezirksbürgermeisterin"): a listed title, or ends in one
    (its tails are looked up: one set lookup per letter, not one test per title)."""
    base = word[:-2] if word.endswith("in") else word
    roles = role_titles()
    return any(w[i:] in roles for w in {word, base} for i in range(len(w) - 3))


@lru_cache(maxsize=None)
def role_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in titles("de") if len(t) > 3)
