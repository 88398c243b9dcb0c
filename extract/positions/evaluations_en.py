"""One reader for what an English statement says a thing is or would do (round 30): the subject
of a copula ("X is a self-inflicted wound", "X would be a lifeline") or of a consequence verb ("X
would hand the country six months of paralysis", "X will make a real difference", "X will not make
care any safer") takes the sign of its predicate, read from the broad vocabulary of
extract/data/evaluations_en.tsv (nouns, adjectives, verbs and phrases, signed). frames_en.py asks
for the frames a word gives (``frames_of``) and reads them as its "subj" and "does" frames, with
their negation ("will not make X safer": -) and their target (the judged subject; for a consequence
a thing, never a person, a time, a number or a force: ``thing_subject``)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

KINDS = ("is", "brings", "does", "light", "force")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, int]]:
    """kind -> {word or phrase (words joined by "_"): sign} of evaluations_en.tsv."""
    text = resources.files("extract").joinpath("data", "evaluations_en.tsv").read_text(encoding="utf-8")
    table: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3 or parts[1] not in table:
            continue
        for word in parts[2].split():
            table[parts[1]][word.lower()] = int(parts[0])
    return table


@lru_cache(maxsize=1)
def phrase_index() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """word -> (kind, phrase as written with spaces, sign) of the phrases of the is/brings/does rows."""
    index: dict[str, list[tuple[str, str, int]]] = {}
    for kind in ("is", "brings", "does"):
        for phrase, sign in vocabulary()[kind].items():
            if "_" in phrase:
                for word in phrase.replace("-", "_").split("_"):
                    index.setdefault(word, []).append((kind, phrase.replace("_", " "), sign))
    return {word: tuple(rows) for word, rows in index.items()}


def single_frames() -> dict[str, list[tuple[int, str]]]:
    """word -> frames of the single words of the is rows ("subj") and does rows ("does"), which
    frames_en.lexicon adds to the frames of stance_frames_en.tsv."""
    frames: dict[str, list[tuple[int, str]]] = {}
    for kind, slot in (("is", "subj"), ("does", "does")):
        for word, sign in vocabulary()[kind].items():
            if "_" not in word:
                frames.setdefault(word, []).append((sign, slot))
    return frames


def trigger_words() -> tuple[str, ...]:
    """The words of the vocabulary a text must hold to be parsed that no single frame word gives: the
    phrases (by their first word) and the bringing verbs."""
    table = vocabulary()
    return tuple(sorted({*(w for k in ("is", "brings", "does") for w in table[k] if "_" in w), *table["light"]}))


def spelled_forms(span) -> tuple[str, str]:
    """A span as written and as lemmas, lower-case, with its own spacing ("self-inflicted wound")."""
    return ("".join(t.lower_ + t.whitespace_ for t in span).strip(),
            "".join(t.lemma_.lower() + t.whitespace_ for t in span).strip())


def phrase_sign(tok, kinds: tuple[str, ...]) -> int:
    """The sign of a listed phrase whose head ``tok`` is ("a recipe for disaster", "a slap in the face",
    "a self-inflicted wound": the span's root is the word), of one of ``kinds``; 0 if none."""
    rows = [r for r in phrase_index().get(tok.lemma_.lower(), ()) + phrase_index().get(tok.lower_, ()) if r[0] in kinds]
    if not rows:
        return 0
    doc = tok.doc
    for start in range(max(0, tok.i - 6), tok.i + 1):
        for end in range(tok.i + 1, min(len(doc), tok.i + 6) + 1):
            span = doc[start:end]
            if span.root != tok:
                continue
            forms = spelled_forms(span)
            sign = next((s for _, phrase, s in rows if phrase in forms), 0)
            if sign:
                return sign
    return 0


def word_sign(tok, kinds: tuple[str, ...]) -> int:
    """The sign of a word or of the phrase it heads, in the rows of ``kinds``; 0 if unlisted."""
    table = vocabulary()
    return next((table[k][w] for k in kinds for w in (tok.lemma_.lower(), tok.lower_) if w in table[k]), 0) \
        or phrase_sign(tok, kinds)


OUTCOMES = ("brings", "is")  # what a bringing verb's object may be: an outcome, or what a thing is ("a lifeline")


def measured(noun) -> bool:
    """An outcome with a measure ("a difference of about four minutes"): a size, no judgement."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.like_num or any(n.like_num for n in g.children)
                                                              for g in p.children) for p in noun.children)


def spell_of(noun) -> bool:
    """A span of time the outcome fills ("six months of paralysis", "years of misery"): its "of" noun is
    what is brought; not "details of the costs" (what the details are about)."""
    from .frames_en import lexicon

    return any(c.dep_ == "nummod" for c in noun.children) or noun.lemma_.lower() in lexicon()["time_units"]


def brought_sign(verb) -> int:
    """The sign of what a bringing verb (light row, +1: make, bring, hand, give, leave …) brings, or a
    taking verb (-1: cost, rob, deprive …) takes: its object ("will make a real difference", "would bring
    chaos", "would cost jobs"), the noun of the object's "of" ("six months of paralysis"), its adjective
    complement ("will make care safer") or its phrase ("leave ratepayers at the mercy of …": at_mercy;
    "deprive villages of their bus": of); 0 where it brings nothing listed."""
    if verb.pos_ != "VERB" or (way := vocabulary()["light"].get(verb.lemma_.lower(), 0)) == 0:
        return 0
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and not measured(c):
            sign = word_sign(c, OUTCOMES) or next((word_sign(g, OUTCOMES) for p in c.children if p.dep_ == "prep"
                                                   and p.lower_ == "of" and spell_of(c) for g in p.children if g.dep_ == "pobj"), 0)
        elif c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ":
            sign = 0 if named_party(c) or named_party(verb) else word_sign(c, OUTCOMES)
        elif c.dep_ == "prep":
            sign = next((vocabulary()["brings"].get(f"{c.lower_}_{g.lemma_.lower()}", 0)
                         or (word_sign(g, OUTCOMES) if way < 0 and c.lower_ == "of" else 0) for g in c.children if g.dep_ == "pobj"), 0)
        else:
            sign = 0
        if sign:
            return way * sign
    return 0


def named_party(word, names=frozenset()) -> bool:
    """An outcome told for a named person ("politically risky for Cruz", "will make it difficult for
    Trump to attack them"): that person's fortune, which a speaker may wish them, not the thing's merit;
    a "for" phrase of the word, or a clause of it whose "for" subject is the person: a person's name, or
    one of ``names`` (the speaker's: "the decision is risky for Cruz" told of Cruz)."""
    from .frames_en import is_person_name

    def person(noun) -> bool:
        return noun.pos_ == "PROPN" and (noun.ent_type_ == "PERSON" or is_person_name(noun) or noun.lower_ in names)
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and person(g) for g in c.children):
            return True
        if c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(m.lower_ == "for" for m in c.children if m.dep_ == "mark") \
                and any(n.dep_ == "nsubj" and person(n) for n in c.children):
            return True
    return False


def frames_of(tok) -> list[tuple[int, str]]:
    """The frames the vocabulary's phrases give a word beyond its single-word rows: an evaluative phrase
    it heads ("subj"), a consequence phrase or what its bringing verb brings ("does")."""
    if tok.pos_ in ("NOUN", "ADJ") and (sign := phrase_sign(tok, ("is",))):
        return [(sign, "subj")]
    if tok.pos_ == "VERB" and (sign := brought_sign(tok) or phrase_sign(tok, ("does",))):
        return [(sign, "does")]
    return []


def thing_subject(noun, time_words: frozenset[str]) -> bool:
    """A thing a consequence may be foreseen of ("the casino would saddle the city with debt"): a common
    noun, not a number, a time or a force that nobody decides ("the storm would bring chaos"); the caller
    rules out people and bodies."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.like_num and lemma not in time_words and lemma not in vocabulary()["force"] \
        and noun.lower_ not in vocabulary()["force"]
