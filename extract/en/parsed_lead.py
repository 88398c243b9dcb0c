"""The lead that withholds the name: 'BELFAST — The head of a cross-border rail project has said
... . Siobhan Carrick, chief executive of Northway Rail, told ...' (BBC and UK regional style)."""
from __future__ import annotations

from spacy.tokens import Span

from ..actors.mentions import parse_phrase
from .parsed_speakers import headline_end


class ParsedLead:
    """The lead rule of ParsedRules (a mixin: it reads the parsed document and its statements)."""

    def lead_named_later(self) -> None:
        """A statement of the story's first sentence whose speaker is 'the <role> of ...' with no
        one named before speaks with the person named as the speaker of the next sentence, unless
        that person is given another role ('Transport minister Ada Roe'; 'Dr', 'Chief executive' do not count)."""
        start = headline_end(self.text) or 0
        # (the headline's sentence may run on over the blank line after it: its words end at start)
        sents = [s for s in self.doc.sents if s.start_char + len(s.text.rstrip()) > start and s.text.strip()]
        if len(sents) < 2 or any(e.label_ == "PERSON" for e in self.doc.ents if e.end_char <= sents[0].start_char):
            return
        lead, after = sents[0], sents[1]
        named = self.first_speaker(after.start_char, after.end_char, self.names_person)
        if named is None:
            return
        role = parse_phrase(self.text[named[0]:named[1]], "en").role.casefold()
        for f in self.found:
            if lead.start_char <= f.quote[0][0] < lead.end_char and f.speaker_mention \
                    and self.withheld(span := self.span_tokens(f.speaker_mention[0])) \
                    and (not role or role.endswith(".") or span.root.lower_ in role.split()):
                f.speaker_mention = [named]  # (not one with another role: 'But campaigner Ada Roe said ...')

    def names_person(self, span: tuple[int, int]) -> bool:
        return any(t.ent_type_ == "PERSON" for t in self.span_tokens(span))

    def withheld(self, span: Span | list) -> bool:
        """'The head of a cross-border rail project', 'The leader of Ormsby city council': a definite
        role noun with an of-phrase and no person's name ('a spokesman for ...' stays)."""
        if not span or span[0].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in span):
            return False
        head = span.root
        return head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
