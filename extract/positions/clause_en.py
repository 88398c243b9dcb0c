"""What an English content clause does to the thing it names, for a word of feeling that judges
the clause rather than a thing ("pleased that the council had approved the bypass", "relieved the
smelter would stay shut", "welcomed the fact that the ferry would keep running"). The stance is
the feeling's sign times the clause's act on its thing (round 22):
- an act verb of stance_frames_en.tsv on its object or passive subject ("had scrapped X", "X had
  been shelved"), or on its own subject where it needs no object ("X would reopen", "X will close");
- another's decision on it, read as an act: a frame verb of the obj slot ("the council approved X",
  "the board rejected X": approving brings it, rejecting ends it);
- a state kept ("X would stay shut", "X will stay open", "X would keep running", "X would be back"):
  the states of the "state_on"/"state_off" rows of stance_frames_en.tsv;
- a "not" in the clause turns it ("that X would not close").
A clause of no act ("surprised that the vote had been so close") gives nothing."""
from __future__ import annotations

from . import frames_en as fe

FEELING_PREPS = fe.FEELING_PREPS


def feeling_clause(tok, slot: str):
    """The content clause a word of feeling frames instead of its preposition ("pleased that …",
    "was relieved the smelter would …", "disappointed that …"): its verb, or None."""
    if not (slot in FEELING_PREPS or slot == "for" and tok.pos_ == "ADJ") or tok.pos_ not in ("ADJ", "VERB") \
            or tok.pos_ == "VERB" and tok.tag_ != "VBN":
        return None  # ("grateful that the route had been axed": an adjective of the "for" slot as well)
    # (on the word, or on its copula: "was grateful | that the route had been axed")
    holders = (tok, tok.head) if tok.dep_ == "acomp" and tok.head.lemma_ == "be" else (tok,)
    clause = next((c for h in holders for c in h.children if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                   and has_subject(c) and finite(c)), None)
    return clause or perceived_clause(tok)


PERCEIVING = frozenset("see hear learn read".split())


def perceived_clause(tok):
    """The clause a feeling is felt "to see" or "to hear" ("sad to see the library close", "delighted to
    hear that the bypass would go ahead", "pleased to see the toll scrapped"): its verb, or None."""
    seen = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in PERCEIVING
                 and fe.to_infinitive(c)), None)
    if seen is None:
        return None
    return next((c for c in seen.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("VERB", "ADJ") and has_subject(c)), None) \
        or next((c for o in seen.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"), None)


def carried_clause(noun):
    """The that-clause a content noun carries ("the fact that the ferry would keep running", "news
    that the hospital will stay open"; data/content_nouns_en.txt): its verb, or None."""
    from ..en.cues import content_nouns, cue_nouns

    if noun.pos_ not in ("NOUN", "VERB") or not any(w in content_nouns() or w in cue_nouns() for w in (noun.lemma_.lower(), noun.lower_)):
        return None  # (or a noun of saying: "welcomed confirmation that the bypass would go ahead")
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and has_subject(c)
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def content_clause(target):
    """The content clause a frame's target is or carries ("that the council approved X" after a word of
    feeling or "regretted"; "the fact that …"): its verb, or None."""
    if target.pos_ == "NOUN":
        return carried_clause(target)
    seen = target.head.lemma_.lower() in PERCEIVING and target.dep_ == "ccomp"  # ("sad to see the library close")
    return target if (target.pos_ in ("VERB", "AUX") or seen and target.pos_ == "ADJ") and target.dep_ in ("ccomp", "acl", "relcl") \
        and has_subject(target) and (finite(target) or seen) else None


def finite(verb) -> bool:
    """A clause that is one by its "that" or its auxiliary ("that the council approved X", "the smelter
    would stay shut"; not "the council's business rates freeze", a noun read as a verb)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ in ("aux", "auxpass") for c in verb.children)


def asked(verb) -> bool:
    """An act in a to-infinitive, asked of its subject ("wants the council to abolish its parking charge"):
    what it acts on is the object, its own though it be, not the one asked (round 29)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def clause_act(verb, words: list[str]) -> tuple[object, int] | None:
    """(thing, sign) of what the clause of ``verb`` does to its thing, or None where it does
    nothing to a thing (see the module's doc); (None, 0) where it reports an event no one decided,
    which no stance may be read from."""
    lex = fe.lexicon()
    key = fe.verb_key(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or passive
    if key in lex["acts"] and obj is not None:
        if subject is not None and not deciding(subject):
            return None, 0  # ("shocked that the fire had closed the school", "sad that her mother had closed her shop": an
            # event reported, no stance, nor one the acts on the way to the school would give)
        sign, thing = lex["acts"][key], obj
        if subject is not None and not asked(verb) and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
            thing = subject  # "the youth centre would shut its doors": the act on the subject's own part is on it
    elif key in lex["acts"] and key not in lex["verb_only"] and subject is not None and state(verb) is None and not any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        if key in lex["empty"]:
            return None, 0  # ("delighted that the festival had ended", "the snow had stopped": it ran its course, an event)
        sign, thing = lex["acts"][key], subject  # "the pool would reopen", "the library will close"
    elif (kept := state(verb)) is not None and subject is not None:
        sign, thing = kept, subject  # "the smelter would stay shut"
    elif obj is not None and (decided := decision(verb, lex)):
        sign, thing = decided, obj  # "the council had approved the bypass"
    elif (act := resolved_act(verb, lex)) is not None:  # "the council had voted to scrap the bus": the act voted for
        words.append(verb.text)
        return clause_act(act, words)
    else:
        return None
    if thing.pos_ not in ("NOUN", "PROPN") or person(thing) or not fe.thing_like(thing) and not fe.is_body(thing):
        return None
    words.append(verb.text)
    if any(c.dep_ == "neg" for h in (verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))) for c in h.children):
        sign = -sign
        words.append("not")
    thing, more = fe.follow_acts(thing, words)  # ("that the closure of X had been shelved")
    return (thing, sign * more) if thing is not None else None


def person(noun) -> bool:
    """A person or a group of people (what a clause does to them is no thing to be for or against);
    a body that is also a place ("the hospital would not reopen", "the youth club had been closed") is a thing here."""
    from ..actors import lexicon as actor_lexicon

    people, lemma = actor_lexicon("en"), noun.lemma_.lower()
    return noun.ent_type_ == "PERSON" or noun.lower_ in fe.PERSONAL or lemma in fe.lexicon()["officers"] \
        or any(w in people.roles or w in people.groups for w in (lemma, noun.lower_))


def deciding(subject) -> bool:
    """A doer whose act on a thing is a decision one takes a side on: a body, an office, a pronoun for
    them ("the council had scrapped X", "ministers had shelved X", "they had axed X"); not a cause
    ("the fire had closed the school") nor a private person ("her mother had closed her shop")."""
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ not in ("its", "their") for c in subject.children):
        return False
    return subject.pos_ == "PRON" or fe.is_body(subject) or person(subject) and subject.ent_type_ != "PERSON"


def state(verb) -> int | None:
    """The sign of a state a clause keeps its subject in ("stay shut" -1, "stay open" +1, "keep
    running" +1, "be back" +1), or None."""
    lex = fe.lexicon()
    if verb.lemma_.lower() not in ("stay", "remain", "keep", "be", "continue"):
        return None
    if verb.lemma_.lower() in ("keep", "continue") and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children):
        return 1  # "the ferry would keep sailing", "the plant will continue operating": it goes on
    for c in verb.children:
        if c.dep_ in ("acomp", "xcomp", "advmod", "oprd") and c.i > verb.i:
            word = c.lower_
            if word in lex["states_on"] or c.lemma_.lower() in lex["states_on"]:
                return 1
            if word in lex["states_off"]:
                return -1
    return None


def resolved_act(verb, lex: dict):
    """The act a body's decision in the clause is to do ("voted to scrap X", "decided to close X",
    "agreed to keep X"): the to-infinitive of an act verb after a verb with no object; else None."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and fe.verb_key(c) in lex["acts"]
                 and fe.to_infinitive(c)), None)


def decision(verb, lex: dict) -> int:
    """The sign of another's decision on a thing, read as an act on it: a frame verb of the obj slot
    ("approved" +1, "rejected" -1); 0 for none."""
    values = {v for k in (verb.lemma_.lower(), fe.frame_key(verb)) for v, slot in lex["frames"].get(k, ()) if slot == "obj"}
    return values.pop() if len(values) == 1 else 0
