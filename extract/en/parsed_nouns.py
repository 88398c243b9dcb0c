"""Noun cues on the trained pipeline: "her claim that the election was rigged", "the ministry's
warning that ...", "the claim by the union that ...". The that-clause the noun carries is what
was said; the noun's possessor (or its "by"/"from" object) is who said it. A noun cue with no
possessor ("the claim that ...") names no speaker and makes no statement."""
from __future__ import annotations

from spacy.tokens import Token

from .base import CONF_INDIRECT, _alnum, _trim
from .cues import cue_nouns

CONF_NOUN = CONF_INDIRECT * 0.9
# verbs that only carry a cue noun, whose subject is the noun's speaker: "gave an assurance that",
# "issued a warning:", "made a pledge", "repeated her claim that" (with a possessor already)
LIGHT_VERBS = {"give", "make", "issue", "offer", "deliver", "repeat", "renew", "reiterate", "voice", "express",
               "sound", "send", "provide", "extend", "put"}


def _cue_noun(tok: Token) -> bool:
    """A noun of saying (data/cue_nouns_en.txt); also a word the tagger took for a verb but that
    has a possessor or article, so is a noun ('has repeated her warning that ...')."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in cue_nouns()
    return tok.pos_ == "VERB" and tok.lower_ in cue_nouns() and any(
        c.dep_ in ("poss", "det") and c.i < tok.i for c in tok.children)


def predicate_clause(noun: Token) -> Token | None:
    """'Her argument was that the line would pay for itself', "the head's view is that ...": the
    cue noun is the subject of 'be', whose that-clause is what was said."""
    be = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or be.lemma_ != "be" or be.i < noun.i or be.dep_ in ("ccomp", "xcomp"):
        return None  # ('suggests that Mexico's best argument is that ...': an argument someone else proposes)
    return next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def infinitive_clause(noun: Token) -> Token | None:
    """"the mayor's pledge to freeze taxes", 'repeated her promise to deliver ...': the cue noun's
    to-infinitive right after it is what was promised, demanded or threatened (not 'the
    announcement in May of rules to cut ...'); a plural noun sums up many and makes none."""
    # (the parser may hang it on a light verb: 'renewed his appeal to keep the shelter open')
    if noun.tag_ != "NN":
        return None  # ('his promises to ...': many statements summed up, not one)
    light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
    return next((c for c in [*noun.children, *(noun.head.children if light else [])]
                 if (c.dep_ == "acl" and c.head.i == noun.i and c.left_edge.i == noun.i + 1
                     or c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1)
                 and c.i > noun.i and c.tag_ == "VB" and any(
                     a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)), None)


class ParsedNouns:
    """The noun-cue rule of ParsedRules (a mixin: it reads the parsed document)."""

    def noun_pass(self) -> None:
        for tok in self.doc:
            if not _cue_noun(tok) or self.in_quote(tok):
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            clause = clause or predicate_clause(tok) or infinitive_clause(tok)
            speaker = self.noun_speaker(tok)
            if speaker is None:
                continue
            if clause is not None:
                first, last = min(t.i for t in clause.subtree), clause.right_edge.i
                if self.doc[first].lower_ in ("that", "to"):
                    first += 1
            elif (after := self.after_colon(tok) or self.object_colon(tok)) is not None:
                first, last = after
            else:
                continue
            span = _trim(self.doc, first, last)
            if span is None or len(self.text[span[0]:span[1]].split()) < 3:
                continue
            quoted = self.quoted_parts(span)
            kind, spans = "partial" if quoted else "indirect", [span]
            if quoted and _alnum(self.text, [q for _, q in quoted]) >= 0.8 * _alnum(self.text, [span]):
                # 'The call came from Roe: "We must not ..."': the quote itself, a direct statement
                kind, spans = "direct", [q for k in sorted({k for k, _ in quoted}) for q in self.quotes[k].pieces]
            self.used_quotes.update(k for k, _ in quoted)
            self.add_found(spans, kind, [(tok.idx, tok.idx + len(tok))], [self.speaker_span(speaker)], CONF_NOUN)

    def after_colon(self, noun: Token) -> tuple[int, int] | None:
        """"Roe's message to the council was blunt: the town cannot afford it": the cue noun is
        the subject of 'be', a colon closes that clause, and what follows it, to the sentence's
        end, is what was said (first and last token), or None."""
        be = noun.head
        if noun.dep_ != "nsubj" or be.lemma_ not in ("be", "come"):
            return None
        sent = noun.sent
        colon = next((t for t in self.doc[be.i + 1 : sent.end] if t.text == ":"), None)
        came = self.came_from(noun)  # (None unless the verb is 'come')
        source = {t.i for t in came.subtree} if came is not None else set()
        if colon is None or colon.i + 1 >= sent.end or not (
                colon.i - be.i <= 3 or all(k in source for k in range(be.i + 2, colon.i))):
            return None  # (only 'clear', 'simple', 'blunt' between 'was' and the colon, or 'from X')
        return colon.i + 1, sent.end - 1

    def object_colon(self, noun: Token) -> tuple[int, int] | None:
        """'Roe issued a warning to parents: buses will not run': the cue noun is the object of a
        light verb (LIGHT_VERBS), a colon follows its phrase (no verb between), and what follows
        it, to the sentence's end, is what was said."""
        if self.light_verb_subject(noun) is None:
            return None
        sent = noun.sent
        colon = next((t for t in self.doc[noun.i + 1 : sent.end] if t.text in ":;" or t.pos_ in ("VERB", "AUX")), None)
        if colon is None or colon.text != ":" or colon.i - noun.i > 6 or colon.i + 1 >= sent.end:
            return None
        return colon.i + 1, sent.end - 1

    def light_verb_subject(self, noun: Token) -> Token | None:
        """'Roe gave an assurance that ...', 'the mayor made a pledge: ...': the subject of the
        light verb whose object the cue noun is."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and self.can_speak(subj) else None

    def came_from(self, noun: Token) -> Token | None:
        """'The call came from Roe': the 'from' phrase of the 'come' the cue noun is subject of."""
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "come":
            return None
        return next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None)

    def noun_speaker(self, noun: Token) -> Token | None:
        """The possessor ('her', "the ministry's") or the 'by'/'from' object of a noun cue."""
        for c in noun.children:
            if c.dep_ == "poss" and c.i < noun.i and self.can_speak(c):
                return c
        for c in [*noun.children, *filter(None, [self.came_from(noun)])]:
            if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and self.can_speak(obj):
                    return obj
        return self.light_verb_subject(noun)
