"""English statements around a cue without a complement on the trained pipeline: the clause
before it ('The talks failed, the ministry said.'), a cue set off by commas inside its sentence
('All of which, he said, would help ...') and a parenthetical ('The company, Roe said, will ...')."""
from __future__ import annotations

from spacy.tokens import Token

from .base import CONF_INDIRECT, _runs_outside, _trim
from .blank_words import _CIRCUMSTANCE, _SUBORDINATORS
from .cues import CueEntry, addressing_cues
from .parsed_indirect import subject_read_as_modifier
from .parsed_speakers import speaker_after

# a rest of the sentence after '..., he said,' that opens so is a circumstance, not content
_OPENS_CIRCUMSTANCE = (_CIRCUMSTANCE | _SUBORDINATORS) - {"and", "but", "that"}
# what a phrase hanging on the speech verb with these relations says is when or where it was said
ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "pobj"})
# prepositions that complete a person object, not the saying: 'accused X of ...', 'praised X for ...', 'named X as ...'
_OBJECT_COMPLEMENT = frozenset({"of", "for", "as"})


class ParsedAround:
    """The rules of ParsedRules for a clause around its cue (a mixin: it reads the parsed document)."""

    def around(self, verb: Token, entry: CueEntry) -> bool:
        """A statement around a cue without a complement, by the first reading that takes it."""
        return (self.clause_before(verb, entry) or self.parenthetical(verb, entry) or self.inverted_after(verb, entry)
                or self.speaker_hung_before(verb, entry) or self.said_read_as_modifier(verb, entry))

    def parenthetical(self, verb: Token, entry: CueEntry) -> bool:
        """'The company, Mr. Halvorsen said, will cut 300 jobs.': the clause around the cue."""
        if verb.dep_ != "parataxis" or entry.kind == "source" or self.subject(verb) is None:
            return False
        head = verb.head
        inner = {t.i for t in verb.subtree}
        spans = self.worded_spans(_runs_outside(head.left_edge.i, head.right_edge.i, inner))
        if not spans or any(self.quote_at(b) is not None for b, _ in spans):
            return False
        self.add_clause(spans, "indirect", verb, entry, self.speaker_of(verb), CONF_INDIRECT)
        return True

    def inverted_after(self, verb: Token, entry: CueEntry) -> bool:
        """'Tolls will rise, warns mayor': a cue after the clause with its speaker behind it, which
        the parser hung on the clause's verb."""
        head = verb.head
        if (verb.dep_ not in ("dep", "parataxis", "conj") or head.i >= verb.i or entry.kind == "source"
                or self.doc[verb.i - 1].text != ","):
            return False
        if self.subject(verb) is None:
            speaker = self.speaker_of(verb)
        elif (named := self.inverted_speaker(verb)) is not None:
            speaker = [self.speaker_span(named)]  # the conjunct 'shares' the clause's subject: the parse's guess
        else:
            return False
        if not speaker or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in head.children):
            return False
        inner = {t.i for t in verb.subtree}
        spans = self.worded_spans(_runs_outside(head.left_edge.i, verb.i - 1, inner))
        if not spans or any(self.quote_at(b) is not None for b, _ in spans):
            return False
        self.add_clause(spans, "indirect", verb, entry, speaker, CONF_INDIRECT * 0.9)
        return True

    def speaker_hung_before(self, verb: Token, entry: CueEntry) -> bool:
        """'Water use could be capped by August, the county's water manager, Delphine Arkwright,
        warned Wednesday', 'Corran Foods is reviewing X, Chief Executive Officer Malcolm Dewhirst
        told investors': the parser made the speech verb a conjunct of the clause before it and hung
        the verb's subject inside that clause, as an object or apposition. The verb has no subject,
        conjunction or clause of its own; the phrase that a comma opens and that ends right before
        the verb names someone (hung_speaker): it speaks, and the clause before its comma is what
        it said."""
        head = verb.head
        if verb.dep_ != "conj" or head.i >= verb.i or entry.kind == "source" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "cc", "ccomp") for c in verb.children) \
                or any(c.dep_ == "cc" and c.i < verb.i for c in head.children):
            return False  # ('…, and Roe told reporters': a deed of the clause's subject)
        phrase = hung_speaker(head, verb, self.can_speak)
        if phrase is None:
            return False
        inner = {t.i for t in verb.subtree} | {t.i for t in phrase.subtree}
        spans = self.worded_spans(_runs_outside(head.left_edge.i, phrase.left_edge.i - 2, inner))
        if not spans or any(self.quote_at(b) is not None for b, _ in spans):
            return False
        self.add_clause(spans, "indirect", verb, entry, [self.speaker_span(phrase)], CONF_INDIRECT * 0.9)
        return True

    def inverted_speaker(self, verb: Token) -> Token | None:
        """'Bills could rise by a third, cautioned Petra Janssen, who heads ...': a speech verb right
        after the comma that closes a clause, with no subject and no conjunction of its own, and
        the one it names right after it (a name, or a noun with a name apposed) as its only
        argument: the speaker in inverted order, which the parser made the verb's object. Not the
        one spoken to ('..., told staff'), not a series of one subject's deeds ('..., praised Roe
        and cut the ribbon')."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "cc", "conj") for c in verb.children):
            return None
        if verb.lemma_.lower() in addressing_cues() or any(c.dep_ == "cc" and c.i > verb.i for c in verb.head.children):
            return None
        after = speaker_after(verb, self.can_speak)
        if after is None or after.left_edge.i != verb.i + 1:
            return None
        named = [after] + [t for t in after.children if t.dep_ == "appos"]  # 'the head of X, Oskar Lindfors'
        if not any(t.ent_type_ == "PERSON" for t in named):
            return None
        rest = [c for c in verb.children if c.i > verb.i and c.i != after.i]
        if any(c.dep_ not in ADJUNCTS and c.dep_ != "punct" for c in rest):
            return None  # '..., urged Roe to resign' is a deed of the clause's subject
        own = [c for c in after.children if c.i > after.i] if after.ent_type_ == "PERSON" else []  # not 'the head of X'
        if any(c.dep_ == "prep" and c.lower_ in _OBJECT_COMPLEMENT and not _affiliation(c) for c in rest + own):
            return None  # '..., accused Roe of bad faith', '..., named Roe as captain': the object's complement
        return after

    def said_read_as_modifier(self, verb: Token, entry: CueEntry) -> bool:
        """'The 58-year-old said repairs could start within a week.': the clause the parser hung
        the verb in (as a modifier of its subject), from after the verb on; the speaker is the
        phrase before the verb (subject_read_as_modifier)."""
        reading = subject_read_as_modifier(verb)
        if reading is None or reading[2] is None:
            return False
        first, last, clause = reading
        span = _trim(self.doc, verb.i + 1, clause.right_edge.i)
        if span is None or self.quoted_parts(span):
            return False
        self.add_clause([span], "indirect", verb, entry, [(first.idx, last.idx + len(last))], CONF_INDIRECT * 0.9)
        return True

    def clause_before(self, verb: Token, entry: CueEntry) -> bool:
        """'CLAUSE, the ministry said (in a statement).' when the parser found no complement
        (it sometimes reads the clause's verb as a noun)."""
        subj = self.subject(verb)
        if verb.dep_ == "acl" and verb.head.i < verb.i and self.can_speak(verb.head):
            subj = verb.head  # ', the carmaker announced on Wednesday': the parser hung it on a noun
        elif subj is None or subj.head.i != verb.i or subj.i > verb.i:
            return False
        if entry.kind == "describe":
            return False
        comma = subj.left_edge.i - 1
        sent = verb.sent
        start = sent.start
        while start < comma and self.in_dateline(self.doc[start]):
            start += 1
        if comma - start < 3 or self.doc[comma].text != ",":
            return False
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and not self.addressee(verb, c)
               for c in verb.children if c.i > verb.i):
            return False
        if any(self.addressee(verb, c) for c in verb.children) and any(
                c.dep_ == "advcl" and c.i < subj.i for c in verb.children):
            return False  # 'When the vote passed, Roe told reporters.': when, not what
        if any(self.quote_at(t.idx) is not None or t.text == ":" for t in self.doc[verb.i + 1 : sent.end]):
            return False  # 'Roe replied: "Absolutely not."' is the direct pass's
        span = _trim(self.doc, start, comma - 1)
        if span is None or self.quote_at(span[0]) is not None or self.opening_participle(verb, start) \
                or self.opening_adjunct(verb, start, comma):
            return False
        spans = [span] + self.clause_after(verb)
        self.add_clause(spans, "indirect", verb, entry, [self.speaker_span(subj)], CONF_INDIRECT * 0.9)
        return True

    def addressee(self, verb: Token, obj: Token) -> bool:
        """'..., Ruth Mallon told councillors in a briefing': the object of a verb of telling
        that can speak is the one spoken to, not what was said."""
        return obj.dep_ == "dobj" and verb.lemma_.lower() in addressing_cues() and self.can_speak(obj)

    def opening_participle(self, verb: Token, start: int) -> bool:
        """'When asked whether ..., Roe said no.', 'Asked about the plan, Roe said nothing.': a
        participle clause without a subject of its own opens the sentence; it is when Roe spoke,
        not what she said."""
        return any(c.dep_ == "advcl" and c.left_edge.i == start and c.tag_ in ("VBN", "VBG")
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)

    def opening_adjunct(self, verb: Token, start: int, comma: int) -> bool:
        """'In the third debate on Saturday, Roe apologized.', 'At one point, Roe said ...': what
        stands before the comma is a phrase of the speech verb itself (a preposition or adverbial
        hanging on it), where or when she spoke, not what she said."""
        heads = [t for t in self.doc[start:comma] if not start <= t.head.i < comma]
        return bool(heads) and all(t.head.i == verb.i and t.dep_ in ADJUNCTS for t in heads)

    def clause_after(self, verb: Token) -> list[tuple[int, int]]:
        """'All of which, he said, would help ...', 'Back home, Roe said, she decided ...': a
        cue set off by commas inside its sentence attributes the rest of the sentence too. The
        rest must be a clause (a finite verb) that neither opens with a speech verb or a
        circumstance ('..., citing ...', '..., as he left') nor holds another speaker's cue."""
        sent = verb.sent
        k = verb.i + 1
        while k < sent.end and self.doc[k].text != "," and k - verb.i <= 6:
            if self.doc[k].pos_ in ("VERB", "AUX") or self.in_quote(self.doc[k]):
                return []  # 'said he would ...' is no cue set off by commas
            k += 1
        if k >= sent.end or self.doc[k].text != ",":
            return []
        rest = self.doc[k + 1 : sent.end]
        if len(rest) < 3 or rest[0].lower_ in _OPENS_CIRCUMSTANCE or self.cue_entry(rest[0]) is not None:
            return []
        if any(self.in_quote(t) or t.text in (":", ";") for t in rest):
            return []
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
            return []
        if any(self.cue_entry(t) and any(c.dep_ == "nsubj" for c in t.children) for t in rest):
            return []
        span = _trim(self.doc, rest.start, rest.end - 1)
        return [span] if span else []


def hung_speaker(clause: Token, verb: Token, can_speak) -> Token | None:
    """The outermost phrase inside ``clause`` (an object or apposition) that a comma opens, that
    ends right before ``verb`` (one comma aside) and that names a person or body ("the county's
    water manager, Delphine Arkwright,", "Chief Executive Officer Malcolm Dewhirst"), or None."""
    doc = verb.doc
    for t in sorted(clause.subtree, key=lambda t: t.left_edge.i):
        if t.i >= verb.i or t.dep_ not in ("dobj", "appos", "pobj", "attr", "npadvmod") or t.left_edge.i < 2:
            continue
        if doc[t.left_edge.i - 1].text != "," or t.left_edge.i - 1 <= clause.i:
            continue
        between = doc[t.right_edge.i + 1:verb.i]
        if len(between) > 1 or any(b.text != "," for b in between):
            continue
        if named_itself(t) and can_speak(t):
            return t
    return None


def named_itself(phrase: Token) -> bool:
    """The phrase names a person or body itself, not only in a modifier: "the county's water
    manager, X", "Chief Executive Officer X", but not "a business founded by X", "the plant
    owned by X", a thing a person's name only describes."""
    inner = {g.i for c in phrase.children if c.dep_ in ("acl", "relcl", "prep", "agent") for g in c.subtree}
    return any(g.ent_type_ in ("PERSON", "ORG") and g.i not in inner for g in phrase.subtree)


def _affiliation(prep: Token) -> bool:
    """'of the Green Party', 'of Ballarat' after a name: where the person belongs, not what they did."""
    return prep.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
                                       for g in prep.children)
