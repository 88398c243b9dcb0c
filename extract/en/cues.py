"""The English cue lexicon: speech verbs and nouns from data/cues_en.tsv with their forms, and
the nouns that can speak (data/speakers_en.txt)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class CueEntry:
    lemma: str
    particle: str  # "" or the word after the verb ("for" in "call for")
    kind: str  # indirect | reported | describe | source (see data/cues_en.tsv)
    forms: frozenset[str]


def _regular_forms(lemma: str) -> set[str]:
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[CueEntry, ...]:
    """The English cue entries from data/cues_en.tsv, read once."""
    text = resources.files("extract").joinpath("data/cues_en.tsv").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        words = cols[0].strip().lower().split()
        kind = cols[1].strip() if len(cols) > 1 and cols[1].strip() else "indirect"
        forms = set(cols[2].lower().split()) if len(cols) > 2 and cols[2].strip() else _regular_forms(words[0])
        entries.append(CueEntry(words[0], " ".join(words[1:]), kind, frozenset(forms)))
    return tuple(entries)


def _word_list(name: str) -> frozenset[str]:
    """The words of data/<name>, lower-cased (comments after '#' left out)."""
    text = resources.files("extract").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Common nouns that can head a speaker (data/speakers_en.txt), read once."""
    return _word_list("speakers_en.txt")


@lru_cache(maxsize=1)
def partitive_words() -> frozenset[str]:
    """Words for a part of a group ('half', 'majority', 'most': data/partitives_en.txt), read once."""
    return _word_list("partitives_en.txt")


@lru_cache(maxsize=1)
def addressing_cues() -> frozenset[str]:
    """Speech verbs whose object is the person spoken to (data/addressing_cues_en.txt), read once."""
    return _word_list("addressing_cues_en.txt")


@lru_cache(maxsize=1)
def inverted_cues() -> frozenset[str]:
    """Speech verbs of kind "reported" that may stand before their speaker after what was said
    (data/inverted_cues_en.txt), read once."""
    return _word_list("inverted_cues_en.txt")


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Nouns that carry what was said in a that-clause (data/cue_nouns_en.txt), read once."""
    return _word_list("cue_nouns_en.txt")


@lru_cache(maxsize=1)
def content_nouns() -> frozenset[str]:
    """Nouns that take a that-clause as their own content without being a saying
    (data/content_nouns_en.txt), read once."""
    return _word_list("content_nouns_en.txt")


@lru_cache(maxsize=1)
def _by_lemma() -> dict[str, list[CueEntry]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_lexicon():
        out.setdefault(e.lemma, []).append(e)
    for lst in out.values():
        lst.sort(key=lambda e: not e.particle)  # "call for" before a plain "call"
    return out


@lru_cache(maxsize=1)
def _by_form() -> dict[str, list[CueEntry]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_lexicon():
        for f in e.forms:
            out.setdefault(f, []).append(e)
    for lst in out.values():
        lst.sort(key=lambda e: not e.particle)
    return out


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns of papers someone holds, not a speaker (data/documents_en.txt), read once."""
    return _word_list("documents_en.txt")
