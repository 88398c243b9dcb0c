"""Where the content of reported speech ends: the cue verb's content dependents (its object,
complement, the reporting preposition's object), not the verb's adjuncts after them.

    Ott endorsed Roe during a call with reporters on Tuesday.   content 'Roe'
    Ott thanked supporters at a rally in Brindle.               content 'supporters'
    Ott attacked the levy on local radio.                        content 'the levy'
    Ott described the plan as reckless.                          content 'the plan as reckless'
    Ott spoke about the levy at every rally.                     content 'the levy'

The place, time, means and manner of the saying (prepositional phrases, noun-phrase adverbs,
adverbs hung on the verb) say where and how it was said, not what: PolNeAR's
convention and the one of the own sets."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors.lexicon import _data_lines
from .base import PRONOUNS, REPORTED_PREPS
from .cues import CueEntry

# the verb's dependents that carry what was said
CONTENT_DEPS = {"dobj", "dative", "xcomp", "ccomp", "oprd", "acomp", "attr", "prt"}
# the verb's dependents that say where, when or how it was said
ADJUNCT_DEPS = {"prep", "npadvmod", "advmod"}


def _dated(c: Token) -> bool:
    """A preposition that says when ('on Tuesday', 'at 9 a.m.')."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in c.children)


def reporting_prep(c: Token, entry: CueEntry) -> bool:
    """A reporting preposition or the cue's own particle ('spoke about X', 'called for X',
    'accused him of X'), not one that says when ('on Tuesday')."""
    return (c.lower_ in REPORTED_PREPS or c.lower_ == entry.particle) and not _dated(c)


def _content_prep(c: Token, entry: CueEntry) -> bool:
    """A preposition that introduces what was said: a reporting one, or 'as' ('described it as
    X', 'rejected it as absurd'), not one that says when."""
    return reporting_prep(c, entry) or (c.lower_ == "as" and not _dated(c))


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    """Words naming where something is said (extract/data/media_en.txt)."""
    return frozenset(line.strip() for line in _data_lines("media_en.txt"))


def _medium(c: Token, entry: CueEntry) -> bool:
    """'on' after the object names where it was said when its phrase holds a medium word ('attacked
    the plan on local radio', 'on Twitter', 'on the campaign trail'), unless it is the cue's own
    particle ('called on'); other 'on' names the topic ('attacked the government on immigration')."""
    return (c.dep_ == "prep" and c.lower_ == "on" and entry.particle != "on"
            and any(t.lower_ in media_words() for t in c.subtree if t is not c))


def is_content(c: Token, entry: CueEntry) -> bool:
    """Whether the verb's dependent ``c`` carries what was said."""
    return c.dep_ in CONTENT_DEPS or (c.dep_ == "prep" and _content_prep(c, entry))


def outside_content(verb: Token, entry: CueEntry) -> set[int]:
    """The token indexes of the verb's adjuncts after its last content dependent (with a comma
    before them): where, when or how it was said. Empty when no content dependent follows the
    verb; an adjunct between two content dependents stays ('called his rise in the polls
    "unheard of"')."""
    contents = [c for c in verb.children if c.i > verb.i and is_content(c, entry)]
    while len(contents) > 1 and _medium(contents[-1], entry):
        contents.pop()  # 'attacked the plan on local radio': the object is the last content
    if not contents:
        return set()
    doc = verb.doc
    out: set[int] = set()
    for c in verb.children:
        if _inside_quotes(doc, c):
            continue  # ('called the target "aspirational at best"': a quotation is said whole)
        if c.i > contents[-1].i and c.dep_ in ADJUNCT_DEPS and (not is_content(c, entry) or _medium(c, entry)):
            out.update(t.i for t in c.subtree)
            if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
                out.add(c.left_edge.i - 1)
    return out


def _inside_quotes(doc, c: Token) -> bool:
    """Whether ``c`` stands inside a quotation opened before it in its sentence (an odd number of
    quotation marks before it)."""
    return sum(1 for t in doc[c.sent.start:c.i] if t.is_quote and t.dep_ != "case" and t.text != "'s") % 2 == 1


@lru_cache(maxsize=1)
def content_subordinators() -> dict[str, str]:
    """Subordinators of reason, result, concession, condition and their senses
    (data/content_subordinators_en.txt)."""
    rows = (line.split("\t") for line in _data_lines("content_subordinators_en.txt"))
    return {word.strip().lower(): sense.strip() for word, sense in rows}


# auxiliaries of reported speech's verb forms ('would end', 'should be put', 'had closed'); the
# backshifted ones put the clause in the time of the saying. A present perfect after a past speech
# verb is the reporter's now ('said the club had no debts, so the fans have started a petition').
_BACKSHIFTED_AUX = {"would", "could", "should", "might", "must", "had"}
_REPORTED_AUX = _BACKSHIFTED_AUX | {"may", "can", "will"}


def continuing_clause(verb: Token, last: int) -> Token | None:
    """A finite clause of the speaker's argument after the content clause (which ends at token
    ``last``), behind a comma, that the parser did not put inside the content: 'pointed out that the
    depot made a profit, so the layoffs would not be needed', 'said the road would reopen, although
    …'. The parser hangs it on the speech verb (advcl, or conj for a 'so' it read as 'and so'), or
    makes it the sentence's root with the speech verb's clause as its complement ('claimed the
    tender had been rushed, so the contract should be put out again'). The subordinator opens it
    and it has a subject of its own; a result clause needs a verb form of reported speech ('said
    she was ill, so the meeting was postponed' tells what followed). Time clauses ('said X, when
    she visited …') and participles ('…, citing …') say when or how it was said: None."""
    candidates = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i > last]
    if verb.dep_ == "ccomp" and verb.head.i > last:
        candidates.append(verb.head)  # (the root after the speech verb's clause)
    return next((c for c in candidates if _opened_argument(c, last)), None)


def _opened_argument(clause: Token, last: int) -> bool:
    """Whether ``clause`` is opened, right after the comma behind token ``last``, by a subordinator
    of the speaker's argument, with a subject of its own (and, for a result, a modal or past perfect). A
    pronoun subject with a verb not shifted back to the saying tells of the speaker afterwards."""
    doc = clause.doc
    opener = doc[last + 2] if last + 2 < len(doc) else None
    if opener is None or doc[last + 1].text != "," or opener.head != clause or opener.dep_ not in ("mark", "advmod"):
        return False
    sense = content_subordinators().get(opener.lower_)
    if not sense:
        return False
    subjects = [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    auxes = {g.lower_ for g in clause.children if g.dep_ in ("aux", "auxpass")}
    if subjects[0].lower_ in PRONOUNS and not auxes & _BACKSHIFTED_AUX:
        return False  # the reporter on the speaker ('said it was rigged, although he has since withdrawn the claim')
    return sense != "result" or bool(auxes & _REPORTED_AUX)


def within_content(verb: Token, entry: CueEntry, keep: list[Token]) -> list[Token]:
    """The tokens of the reported clause ``keep`` without those outside the content
    ('endorsed Roe during a call on Tuesday' keeps the verb and 'Roe')."""
    outside = outside_content(verb, entry)
    return [t for t in keep if t.i not in outside or t.i == verb.i]
