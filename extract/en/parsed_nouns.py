"""Noun cues on the trained pipeline: "her claim that the election was rigged", "the ministry's
warning that ...", "the claim by the union that ...". The that-clause the noun carries is what
was said; the noun's possessor (or its "by"/"from" object) is who said it. A noun cue with no
possessor ("the claim that ...") names no speaker and makes no statement."""
from __future__ import annotations

from spacy.tokens import Token

from .base import CONF_INDIRECT, _trim
from .cues import cue_nouns

CONF_NOUN = CONF_INDIRECT * 0.9


class ParsedNouns:
    """The noun-cue rule of ParsedRules (a mixin: it reads the parsed document)."""

    def noun_pass(self) -> None:
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cue_nouns() or self.in_quote(tok):
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            speaker = self.noun_speaker(tok)
            if speaker is None:
                continue
            if clause is not None:
                first, last = min(t.i for t in clause.subtree), clause.right_edge.i
                if self.doc[first].lower_ == "that":
                    first += 1
            elif (after := self.after_colon(tok)) is not None:
                first, last = after
            else:
                continue
            span = _trim(self.doc, first, last)
            if span is None or len(self.text[span[0]:span[1]].split()) < 3:
                continue
            quoted = self.quoted_parts(span)
            kind = "partial" if quoted else "indirect"
            self.used_quotes.update(k for k, _ in quoted)
            self.add_found([span], kind, [(tok.idx, tok.idx + len(tok))], [self.speaker_span(speaker)], CONF_NOUN)

    def after_colon(self, noun: Token) -> tuple[int, int] | None:
        """"Roe's message to the council was blunt: the town cannot afford it": the cue noun is
        the subject of 'be', a colon closes that clause, and what follows it, to the sentence's
        end, is what was said (first and last token), or None."""
        be = noun.head
        if noun.dep_ != "nsubj" or be.lemma_ != "be":
            return None
        sent = noun.sent
        colon = next((t for t in self.doc[be.i + 1 : sent.end] if t.text == ":"), None)
        if colon is None or colon.i - be.i > 3 or colon.i + 1 >= sent.end:
            return None  # (only 'clear', 'simple', 'blunt' between 'was' and the colon)
        return colon.i + 1, sent.end - 1

    def noun_speaker(self, noun: Token) -> Token | None:
        """The possessor ('her', "the ministry's") or the 'by'/'from' object of a noun cue."""
        for c in noun.children:
            if c.dep_ == "poss" and c.i < noun.i and self.can_speak(c):
                return c
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and self.can_speak(obj):
                    return obj
        return None
