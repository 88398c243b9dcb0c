"""Judgements and polls as statements, with no speech verb (PolNeAR counts them):

    In a Tribune poll, 52 percent backed the levy.     the poll speaks (a source opening the sentence)
    The council is expected to approve the levy.       a judgement of no one named: no speaker
    The plan seems doomed. / It appears that ...       the same, with a raising verb

The words are data/attitudes_en.tsv. Runs after the other passes: a clause another statement
already covers, or one that holds a cue verb of its own, is left to that statement."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.lexicon import _data_lines
from .base import CONF_REPORTED, _runs_outside

# what makes a raising verb judge a clause: 'seems ready', 'appears to', 'seems like ...'
_JUDGED = ("xcomp", "acomp", "ccomp", "oprd")
_LIKE = ("like", "as")


@lru_cache(maxsize=1)
def attitude_words() -> dict[str, frozenset[str]]:
    """kind -> lemmas, from data/attitudes_en.tsv."""
    out: dict[str, set[str]] = {}
    for line in _data_lines("attitudes_en.tsv"):
        cols = line.split("#", 1)[0].split("\t")
        if len(cols) >= 2 and cols[0].strip():
            out.setdefault(cols[1].strip(), set()).add(cols[0].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


class ParsedAttitude:
    """The attitude rules of ParsedRules (a mixin: it reads the parsed document and its findings)."""

    def attitude_pass(self) -> None:
        words = attitude_words()
        polls = words.get("poll", frozenset())
        for sent in self.sents:
            self.source_opener(sent, words.get("source", frozenset()), polls)
        for tok in self.doc:
            if tok.lower_ == "in" and tok.dep_ == "prep" and not self.in_quote(tok):
                self.in_opinion(tok, words.get("opinion", frozenset()))
        for sent in self.sents:
            self.view_holder(sent, words.get("holder", frozenset()))
        for tok in self.doc:
            if tok.pos_ not in ("VERB", "AUX") or self.in_quote(tok) or tok.i in self.used_cues:
                continue
            lemma = tok.lemma_.lower()
            if lemma in words.get("raising", ()) or (lemma in words.get("passive", ()) and self.passive_raised(tok)):
                self.judged(tok)

    def source_opener(self, sent: Span, nouns: frozenset[str], polls: frozenset[str]) -> None:
        """'In a new Tribune poll, 52 percent backed ...': a sentence opened by 'In' and a source
        noun, with no statement of its own yet ('In a letter, Roe urged ...' has one); after a
        poll, what the counted people said is the poll's."""
        first = sent.start
        while first < sent.end and self.in_dateline(self.doc[first]):
            first += 1
        if first >= sent.end or self.doc[first].lower_ != "in" or self.doc[first].dep_ != "prep":
            return
        prep = self.doc[first]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        poll = obj is not None and obj.lemma_.lower() in polls
        if poll:
            self.found[:] = [f for f in self.found if not sent.start_char <= f.quote[0][0] < sent.end_char]
        if obj is None or obj.lemma_.lower() not in nouns | polls or self.covered(sent.start_char, sent.end_char):
            return
        self.add_sourced(prep, {t.i for t in prep.subtree}, obj, (prep.idx, prep.idx + len(prep)))

    def view_holder(self, sent: Span, holders: frozenset[str]) -> None:
        """'To the Hallam Mutual chairman, Anthony Greville, the rules are a mistake', 'For
        Councillor Pryor, the sale was "rushed"': a sentence opened by a preposition of whose
        view it is (data/attitudes_en.tsv, holder), a person and a comma; the clause after it is
        the person's when it quotes (without a quotation, 'For Mr. Roe, the format was not ideal',
        PolNeAR counts no statement)."""
        first = sent.start
        while first < sent.end and self.in_dateline(self.doc[first]):
            first += 1
        if first >= sent.end or self.doc[first].lower_ not in holders or self.doc[first].dep_ != "prep":
            return
        prep = self.doc[first]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not self.person_named(obj):
            return
        # the phrase ends at the name (the parser may hang the clause's subject on it as an
        # apposition: 'To Councillor Pryor, the decision ... was')
        named = [a for a in obj.children if a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN")]
        pe = named[0].i if named else obj.i
        if pe + 1 >= sent.end or self.doc[pe + 1].text != ",":
            return  # 'For Rourke the day began': no comma, no opening phrase
        root = sent.root
        quoted = any(self.quote_at(t.idx) is not None for t in sent[pe + 1 - sent.start:])
        if root.i <= pe or not quoted or self.covered(sent.start_char, sent.end_char):
            return
        self.add_sourced(prep, set(range(first, pe + 2)), obj, (prep.idx, prep.idx + len(prep)))

    def person_named(self, tok: Token) -> bool:
        """A person's name, or a role with a person's name apposed ('the chairman, Anthony Greville')."""
        if tok.ent_type_ == "PERSON":
            return True
        return any(a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN") for a in tok.children)

    def in_opinion(self, prep: Token, opinions: frozenset[str]) -> None:
        """'in Professor Lind's view, ...': Lind speaks the clause the phrase hangs on. (Polls
        inside a clause, 'Roe leads in the latest polls', were tried: 12 of 40 right on PolNeAR
        train, left out.)"""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
        if owner is None or obj.lower_ not in opinions or self.covered(prep.sent.start_char, prep.sent.end_char):
            return
        # the whole clause is judged, wherever the parser hung the phrase ('the way out, in X's view, is ...')
        verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
        self.add_sourced(prep, {t.i for t in prep.subtree}, owner, (obj.idx, obj.idx + len(obj)), verb)

    def passive_raised(self, verb: Token) -> bool:
        """'is expected to approve', 'is said to have left': a passive with a to-infinitive."""
        kids = {c.dep_ for c in verb.children}
        return "auxpass" in kids and "xcomp" in kids and "agent" not in kids

    def judged(self, verb: Token) -> None:
        """The judged clause (subject and complement, the verb and its auxiliaries left out) as a
        statement with no speaker."""
        comps = [c for c in verb.children if c.i > verb.i and (
            c.dep_ in _JUDGED or (c.dep_ in ("prep", "advcl") and c.left_edge.lower_ in _LIKE))]
        if not comps:
            return
        keep = set()
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there", "which", "that", "who"):
                keep.update(t.i for t in c.subtree)
        for c in comps:
            keep.update(t.i for t in c.subtree)
        if any(self.cue_entry(c) is not None for c in comps):
            return  # 'appeared to imply that ...': the cue speaks for itself
        b, e = min(keep), max(keep)
        spans = self.worded_spans(_runs_outside(b, e, set(range(b, e + 1)) - keep))
        if not spans or self.covered(self.doc[b].idx, self.doc[e].idx + len(self.doc[e])):
            return
        self.used_cues.add(verb.i)
        self.add_found(spans, "reported", [(verb.idx, verb.idx + len(verb))], [], CONF_REPORTED, unattributed=True)

    def covered(self, b: int, e: int) -> bool:
        """Another statement's quote or cue overlaps text[b:e]."""
        return any(qb < e and b < qe for f in self.found for qb, qe in f.quote + f.cue)
