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
# words that open a subordinate clause of time, reason, condition or concession
OPENS_SUBORDINATE = frozenset((_SUBORDINATORS | _CIRCUMSTANCE | {"once", "whereas"}) - {"that", "and", "but"})
# finite verb tags: a phrase with one is a clause, no speaker phrase
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# prepositions that complete a person object, not the saying: 'accused X of ...', 'praised X for ...', 'named X as ...'
_OBJECT_COMPLEMENT = frozenset({"of", "for", "as"})


class ParsedAround:
    """The rules of ParsedRules for a clause around its cue (a mixin: it reads the parsed document)."""

    def around(self, verb: Token, entry: CueEntry) -> bool:
        """A statement around a cue without a complement, by the first reading that takes it."""
        return (self.clause_before(verb, entry) or self.folded_frame(verb, entry) or self.parenthetical(verb, entry)
                or self.inverted_after(verb, entry) or self.said_read_as_modifier(verb, entry))

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
        after = self.clause_after(verb)
        if not after and circumstance_only(self.doc, start, comma):
            return False  # ('If X, he said, Y': the condition belongs to what follows the frame)
        spans = [span] + after
        self.add_clause(spans, "indirect", verb, entry, [self.speaker_span(subj)], CONF_INDIRECT * 0.9)
        return True

    def folded_frame(self, verb: Token, entry: CueEntry) -> bool:
        """'CLAUSE, its owner, Calloway Peaks Group, said Monday.', 'CLAUSE, a source close to the talks
        said.': a frame closing its sentence whose subject the parser folded into the clause before
        (an apposition or object there, the verb without a subject of its own or with the clause's
        subject shared over a conjunction): the speaker is read from the words (postposed_speaker)."""
        if entry.kind not in ("indirect", "reported") or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
            return False
        reading = self.postposed_speaker(verb)
        if reading is None:
            return False
        comma, first, last = reading
        if any(c.dep_ in ("nsubj", "nsubjpass") and first <= c.i <= last for c in verb.children):
            return False  # a subject the parse kept is clause_before's
        start = verb.sent.start
        while start < comma and self.in_dateline(self.doc[start]):
            start += 1
        content = self.doc[start:comma]
        if len(content) < 3 or not any(t.tag_ in FINITE for t in content) or any(
                self.in_quote(t) or self.cue_entry(t) is not None and t.i in self.used_cues for t in content):
            return False  # a clause, not quoted (the direct pass's), not another frame's content
        span = _trim(self.doc, start, comma - 1)
        if span is None or self.opening_participle(verb, start) or self.opening_adjunct(verb, start, comma) \
                or circumstance_only(self.doc, start, comma):
            return False
        self.add_clause([span], "indirect", verb, entry, [self.phrase_speaker(first, last)], CONF_INDIRECT * 0.85)
        return True

    def postposed_speaker(self, verb: Token) -> tuple[int, int, int] | None:
        """The comma closing the clause and the first and last token of the speaker phrase of a frame
        that ends its sentence after that clause ('…, finance director X said on Tuesday', '…, the
        county's epidemiologist, Y, cautioned', '…, Z told analysts'), read from the words: a phrase
        with no finite verb between the comma and the verb, a noun phrase that can speak, one
        apposition after it at most; after the verb only when and where it was said and to whom.
        None where the words have another shape."""
        doc, sent = self.doc, verb.sent
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or self.in_quote(verb):
            return None
        if any(c.dep_ not in ADJUNCTS and c.dep_ != "punct" and not self.addressee(verb, c) and not trailing_participle(c)
               for c in verb.children if c.i > verb.i) or any(not t.is_punct for t in doc[verb.right_edge.i + 1 : sent.end]):
            return None  # the frame closes the sentence
        commas, k = [], verb.i - 1
        while k > sent.start and len(commas) < 3:
            t = doc[k]
            if t.text == ",":
                commas.append(k)
            elif t.tag_ in FINITE or t.text in (":", ";", "—", "–", "(", ")") or self.in_quote(t):
                break
            k -= 1
        if commas and commas[0] == verb.i - 1:  # 'its owner, Calloway Peaks Group, said': role, name
            if len(commas) < 3 or not self.names_phrase(commas[1] + 1, commas[0] - 1) \
                    or doc[commas[2] + 1].tag_ not in ("DT", "PRP$") and doc[commas[2] + 2].tag_ != "POS":
                return None
            comma, first, last = commas[2], commas[2] + 1, commas[0] - 1
        elif commas:
            comma, first, last = commas[0], commas[0] + 1, verb.i - 1
        else:
            return None
        words = doc[first : last + 1]
        if words[0].lower_ in _OPENS_CIRCUMSTANCE or words[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ", "VERB") or (
                words[0].pos_ == "PRON" and words[0].tag_ != "PRP$"):
            return None  # '…, and officials said', '…, in Leeds, she said': no speaker phrase of its own
        heads = [t for t in words if not first <= t.head.i <= last]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or not any(self.can_speak(t) for t in heads):
            return None
        return comma, first, last

    def speaker_or_folded(self, verb: Token, span: tuple[int, int]):
        """The verb's parsed speaker; else ('CLAUSE, its owner, X Group, said') the one the parser hung
        in the clause before, read from the words, with the content cut at that clause's comma."""
        speaker = self.speaker_of(verb)
        if speaker or (folded := self.postposed_speaker(verb)) is None or folded[0] >= verb.i:
            return span, speaker  # (the folded speaker is read only where the parse has none)
        return (span[0], min(span[1], self.doc[folded[0]].idx)), [self.phrase_speaker(folded[1], folded[2])]

    def names_phrase(self, first: int, last: int) -> bool:
        """Whether the tokens are a name only ('Calloway Peaks Group', 'Maren Volkonsky-Hale')."""
        words = self.doc[first : last + 1]
        return len(words) > 0 and all(t.pos_ == "PROPN" or t.text == "-" or t.ent_type_ in ("PERSON", "ORG") for t in words)

    def phrase_speaker(self, first: int, last: int) -> tuple[int, int]:
        """The speaker mention of a phrase read from the words: the name apposed last, else the
        phrase's head expanded as a subject is (speaker_span)."""
        heads = [t for t in self.doc[first : last + 1] if not first <= t.head.i <= last]
        name = next((t for t in reversed(heads) if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"), None)
        tok = name or next((t for t in reversed(heads) if self.can_speak(t)), heads[-1])
        b, e = self.speaker_span(tok)
        lo, hi = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        return (max(b, lo), min(e, hi)) if b < hi and e > lo else (lo, hi)

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


def circumstance_only(doc, start: int, comma: int) -> bool:
    """'Before the hearing began, Judge Roe warned.', 'After the meeting ended, X spoke to reporters.':
    what stands before the comma is one subordinate clause, when or why she spoke, not what she said
    (a subordinator opens it and no comma closes it before the main clause)."""
    first = doc[start]
    return (first.lower_ in OPENS_SUBORDINATE and not any(t.text == "," for t in doc[start:comma]))


def trailing_participle(tok: Token) -> bool:
    """'…, X said on Tuesday, ending months of speculation': a participle clause after a comma that
    tells what the saying did, no object of it."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _affiliation(prep: Token) -> bool:
    """'of the Green Party', 'of Ballarat' after a name: where the person belongs, not what they did."""
    return prep.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
                                       for g in prep.children)
