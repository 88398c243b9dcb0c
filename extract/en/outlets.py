"""'Mayor Ellen Voss opposes the bridge, the Herald reported': the newspaper is the source of the
report, the person or body in the reported clause is the speaker when that clause is itself a
statement (a speech or stance verb with a subject that names someone). A report of a plain
event ('The council will close the library, the Chronicle reported') stays the outlet's.
Outlet words come from data/outlets_en.txt and data/agencies.txt."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors.lexicon import outlet_words, words_as_written
from .base import _trim

REPORT_VERBS = {"report", "write"}


@lru_cache(maxsize=1)
def _names_and_agencies() -> frozenset[str]:
    """The capitalised words that end an outlet's name, and the agencies as written."""
    return outlet_words()[1] | frozenset(words_as_written("agencies.txt"))


def is_outlet(tokens: list[Token]) -> bool:
    """'the Herald', 'the Eastport Chronicle', 'local media', 'the newspaper', 'Reuters'."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    if not words:
        return False
    nouns, names = outlet_words()[0], _names_and_agencies()
    head = words[-1]
    if head.text[:1].isupper():
        return head.text in names and all(w.text[:1].isupper() for w in words)
    return head.lower_ in nouns


class ParsedOutlets:
    """The outlet rule of ParsedRules (a mixin: it reads the parsed document and its findings)."""

    def outlet_sources(self) -> None:
        drop = []
        for f in self.found:
            verb = self.reported_by_outlet(f)
            if verb is None:
                continue
            subj = next(c for c in verb.children if c.dep_ == "nsubj")
            f.speaker_mention = [self.speaker_span(subj)]
            entry = self.cue_entry(verb)
            f.cue = [self.cue_span(verb, entry) if entry else (verb.idx, verb.idx + len(verb))]
            inner = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if inner is not None:  # 'Voss said the bridge was too costly, the Herald reported'
                f.quote = [_trim(self.doc, inner.left_edge.i, inner.right_edge.i) or f.quote[0]]
                # the speech verb's own finding ran on to the outlet: this one replaces it
                drop += [g for g in self.found if g is not f and g.cue == f.cue]
            else:
                f.kind = "reported"
                f.quote = [self.content_after_cue(f.quote[0], f.cue[0][1])]
        self.found[:] = [f for f in self.found if not any(f is d for d in drop)]

    def reported_by_outlet(self, f) -> Token | None:
        """The verb of a clause an outlet reported ('…, the Herald reported') when that clause is a
        statement of its own subject, else None."""
        if f.kind != "indirect" or not f.speaker_mention or len(f.cue) != 1:
            return None
        cue = self.doc.char_span(*f.cue[0], alignment_mode="expand")
        who = self.doc.char_span(*f.speaker_mention[0], alignment_mode="expand")
        if not cue or not who or cue.root.lemma_.lower() not in REPORT_VERBS or not is_outlet(list(who)):
            return None
        clause = self.doc.char_span(*f.quote[0], alignment_mode="expand")
        if clause is None:
            return None
        subj = next((c for c in clause.root.children if c.dep_ == "nsubj"), None)
        if subj is None or not self.names_someone(subj) or not self.states(clause.root, clause.text, subj):
            return None
        return clause.root

    def states(self, verb: Token, clause: str, subj: Token) -> bool:
        """The clause's verb says or takes a position: a cue verb, or a stance frame."""
        from ..positions.frames_en import read_stances  # (positions read the clause; imported when first needed)

        entry = self.cue_entry(verb)
        if entry is not None:
            # a verb of saying states something only with what was said ('Voss is writing a memoir',
            # 'Ott wrote a book': a thing made, no statement); 'Voss criticised the plan' does
            return entry.kind != "indirect" or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
        who = self.text[subj.left_edge.idx : subj.idx + len(subj)]
        return any(s.value for s in read_stances(clause, who))
