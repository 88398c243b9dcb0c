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
        parsed = parse_phrase(self.text[named[0]:named[1]], "en")
        role = parsed.role.casefold()
        written = f"{parsed.written_role} {parsed.affiliation}".casefold()  # 'board chair' (role 'chair')
        for f in self.found:
            if lead.start_char <= f.quote[0][0] < lead.end_char and f.speaker_mention \
                    and self.withheld(span := self.span_tokens(f.speaker_mention[0])) \
                    and (not role or role.endswith(".") or _same_office(span, f"{role} {written}")):
                f.speaker_mention = [named]  # (not one with another role: 'But campaigner Ada Roe said ...')

    def names_person(self, span: tuple[int, int]) -> bool:
        """A person's name in the speaker phrase: the NER's, or a name of two words and more the
        phrase rules read after a capitalised role the NER swallowed ('Ombudsman Patrice Lemoyne')."""
        return any(t.ent_type_ == "PERSON" for t in self.span_tokens(span)) or len(
            parse_phrase(self.text[span[0]:span[1]], "en").name) > 1

    def withheld(self, span: Span | list) -> bool:
        """'The head of a cross-border rail project', 'The leader of Ormsby city council': a definite
        role noun with an of-phrase and no person's name ('a spokesman for ...' stays)."""
        if not span or span[0].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in span):
            return False
        head = span.root
        return head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.children)


def _same_office(span, role: str) -> bool:
    """The named speaker's role is the withheld one: the same head noun ('The federal ombudsman
    for veterans' / 'Ombudsman X'), or a noun of the body the lead's of-phrase names ('The head of
    the county water board' / 'board chair X'); 'campaigner X' after 'The head of the board' is
    someone else."""
    words = role.split()
    of_nouns = {t.lower_ for t in span.root.subtree if t.i > span.root.i and t.pos_ == "NOUN"}
    return span.root.lower_ in words or any(w in of_nouns for w in words)
