"""What stands after an English speech verb without being what was said, on the trained
pipeline: whom it addresses ('asked reporters about ...'), who acted in a passive ('was asked
by the host about ...'), and the quoted name of 'called the plan "a mistake"'."""
from __future__ import annotations

from spacy.tokens import Token

from .cues import addressing_cues, speaker_nouns


class ParsedObjects:
    """Object rules of ParsedRules (a mixin: it reads the parsed document)."""

    def spoken_to(self, verb: Token, after: list[Token]) -> set[int]:
        """The tokens that name whom the verb addresses or who spoke, not what was said: the
        person object of 'asked reporters about ...' (data/addressing_cues_en.txt) and the agent
        of 'was asked by the host about ...' when something said follows it ('The ruling was
        welcomed by Cellfarm' keeps its agent: nothing else is there)."""
        aside: set[int] = set()
        addressing = verb.lemma_.lower() in addressing_cues()
        for c in after:
            if self.in_quote(c):
                continue
            if addressing and c.dep_ in ("dobj", "dative") and self.person_like(c):
                aside.update(t.i for t in c.subtree)
            elif c.dep_ == "agent" and any(d.dep_ in ("prep", "xcomp", "ccomp") and d.i > c.i for d in after):
                aside.update(t.i for t in c.subtree)
        return aside

    def person_like(self, tok: Token) -> bool:
        """A name, a personal pronoun or a noun that can speak ('reporters', 'the council')."""
        return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "NORP") or (
            tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "what")) or (
            tok.pos_ == "NOUN" and tok.lemma_.lower() in speaker_nouns())

    def quoted_name(self, obj: Token) -> bool:
        """The object of 'called' holds the quoted name it was given, which the parser hung on it
        ('called the tariffs "a serious mistake"' as an apposition, 'called protesters "thugs"'
        with the quote as the object): a quoted word of the object after its first word, not
        one inside a prepositional phrase ('called a meeting with "concerned parents"')."""
        return any(self.in_quote(t) and not self.under_prep(t, obj) for t in obj.subtree if t.i > obj.left_edge.i)

    @staticmethod
    def under_prep(tok: Token, top: Token) -> bool:
        """Whether a preposition stands on the path from ``tok`` up to ``top`` (tok included)."""
        while tok.i != top.i and tok.head.i != tok.i:
            if tok.dep_ in ("prep", "pobj"):
                return True
            tok = tok.head
        return False
