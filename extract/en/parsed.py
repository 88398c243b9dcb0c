"""The English rules on the trained pipeline (tagger, parser, NER): the speaker is the cue verb's
subject expanded to the full name or organisation. Speakers are in parsed_speakers.py, clauses
and reported speech in parsed_indirect.py."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..model import Found
from ..quotes import Quote
from .base import (
    CONF_CARRIED,
    CONF_DIRECT,
    CONF_INDIRECT,
    _Base,
    _top_level,
)
from .cues import CueEntry, _by_lemma
from .headline_quotes import headline_clause_tag, headline_subject, headline_tag
from .lines import labelled_lines
from .parsed_around import ParsedAround
from .parsed_attitude import ParsedAttitude
from .parsed_indirect import ParsedIndirect
from .parsed_named_later import ParsedNamedLater
from .outlets import ParsedOutlets
from .parsed_nouns import ParsedNouns
from .parsed_objects import ParsedObjects
from .parsed_speakers import ParsedSpeakers
from .parsed_sources import ParsedSources
from .parsed_stance import ParsedStance


def _entries_of(tok: Token) -> list[CueEntry]:
    """The cue entries of a word by its lemma, else by its form."""
    return _by_lemma().get(tok.lemma_.lower()) or _by_lemma().get(tok.lower_) or []


class ParsedRules(ParsedSpeakers, ParsedNamedLater, ParsedSources, ParsedIndirect, ParsedObjects, ParsedNouns, ParsedAround, ParsedStance, ParsedOutlets,
                  ParsedAttitude, _Base):
    """Rules over the dependency parse."""

    def cue_entry(self, tok: Token) -> CueEntry | None:
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return _by_lemma()["according"][0]
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD" or tok.dep_ == "amod" and tok.tag_ == "VBN":
            return None  # (an attributive participle says what a thing is: "the proposed pay scale")
        entries = _entries_of(tok)
        if not entries:
            return None
        # the particle right after the verb: "called for calm", not "called a meeting for Tuesday";
        # "shot back that …": the parser may take the particle for an adverb
        nxt = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.i == tok.i + 1}
        if tok.i + 1 < len(self.doc) and for_to_clause(self.doc[tok.i + 1], tok):
            nxt.add("for")  # 'called for the council to act': the parser made 'for' the clause's mark
        for e in entries:
            if not e.particle or e.particle in nxt:
                return e
        return None

    def speech_entry(self, tok: Token) -> CueEntry | None:
        """The cue entry of a speech verb whatever the tagger made of it (headlines: 'says Vennacott'
        may come out a noun); a source noun is no speech verb."""
        entry = self.cue_entry(tok) or next(iter(_entries_of(tok)), None)
        return entry if entry is not None and entry.kind != "source" else None

    def speech_word(self, tok: Token) -> bool:
        return self.speech_entry(tok) is not None

    def cue_span(self, tok: Token, entry: CueEntry) -> tuple[int, int]:
        if entry.particle:
            for c in tok.children:
                if c.lower_ == entry.particle.split()[-1] and c.i == tok.i + 1:
                    return (tok.idx, c.idx + len(c))
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and entry.particle == "for" and for_to_clause(nxt, tok):
                return (tok.idx, nxt.idx + len(nxt))
        return (tok.idx, tok.idx + len(tok))

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        out = []
        for tok in self.doc.char_span(b, e, alignment_mode="expand") or []:
            entry = self.cue_entry(tok)
            if entry and entry.kind != "source" and not self.in_quote(tok):
                out.append((tok.i, entry))
        return out

    # -- statements
    def statements(self) -> list[Found]:
        self.found.extend(labelled_lines(self.doc, self.can_speak))
        for f in self.found:
            self.used_quotes.update(self.quotes_inside(f.quote[0][0] - 1, f.quote[0][1] + 1))
        self.indirect_pass()
        self.noun_pass()
        self.direct_pass()
        self.headline_clause()
        self.document_speakers()
        self.stance_pass()
        self.outlet_sources()
        self.named_later()
        self.headline_speakers()
        self.attitude_pass()
        return _top_level(self.found, self.text)

    def headline_clause(self) -> None:
        """'Ferry fares to rise 12% from April, says Skerrow operator': an unquoted headline with its
        speaker's tag after a speech verb (headline_clause_tag), unless a rule already read the line."""
        read = headline_clause_tag(self.doc, self.quotes, self.speech_entry)
        if read is None or any(f.quote[0][0] < read[0][1] for f in self.found):
            return
        clause, tag, verb = read
        self.add_clause([clause], "indirect", verb, self.speech_entry(verb), [tag], CONF_INDIRECT * 0.9)

    def add_clause(self, spans, kind, verb, entry, speaker, conf) -> None:
        self.used_cues.add(verb.i)
        self.add_found(spans, kind, [self.cue_span(verb, entry)], speaker, conf, unattributed=not speaker)
        if verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass") and self.cue_entry(verb.head.head):
            self.found[-1].frame = relative_frame(verb, spans + speaker, self.found[-1].frame)

    def add_found(self, spans, kind, cue, speaker, conf, unattributed=False) -> None:
        allspans = spans + cue + speaker
        s0 = self.sent_of(min(b for b, _ in allspans))
        s1 = self.sent_of(max(e for _, e in allspans) - 1)
        self.found.append(Found(quote=spans, kind=kind, cue=cue, speaker_mention=speaker,
                                frame=(s0.start_char, s1.end_char), unattributed=unattributed,
                                confidence=conf))

    def direct_pass(self) -> None:
        for group in self.quote_groups():
            if any(i in self.used_quotes for i in group):
                continue
            first, last = self.quotes[group[0]], self.quotes[group[-1]]
            if (tag := headline_tag(self.doc, last, self.speech_word)) is not None:
                speaker, verb = tag  # "Pool closure 'a kick in the teeth' – councillor"
                cue = [self.cue_span(verb, self.speech_entry(verb))] if verb is not None else []  # (a tag's verb is a speech verb)
                self.add_direct(group, cue, [speaker], CONF_DIRECT)
                continue
            verb = self.direct_cue(first, last)
            if verb is not None and self.scare_quote(first, last, verb):
                continue
            if verb is not None:
                entry = self.cue_entry(verb)
                self.used_cues.add(verb.i)
                speaker = self.speaker_of(verb)
                if not speaker and (subject := headline_subject(self.doc, last)) is not None:
                    speaker = [subject]  # "'…': Roe vows to appeal ruling" (the parser missed Roe)
                self.add_direct(group, [self.cue_span(verb, entry)], speaker, CONF_DIRECT)
                continue
            if self.continued_direct(group):
                continue
            speaker = self.carried_speaker(first)
            if speaker is None and (subject := headline_subject(self.doc, last)) is not None:
                speaker = [subject]
            if speaker is not None:
                self.add_direct(group, [], speaker, CONF_CARRIED)

    def introduces_next(self, quote: Quote, verb: Token, nxt: int) -> bool:
        """'…?” He answered, “I have no idea.”': a cue after a quote that ends its sentence, joined
        by a comma or colon to the next quotation, which opens with a capital, introduces that
        quotation ('“We won,” Roe said: “…”' stays the first quote's)."""
        if self.text[quote.start : quote.end].rstrip()[-1:] not in ".?!":
            return False
        between = self.text[verb.idx + len(verb) : nxt]
        opens = self.text[nxt + 1 : nxt + 3].lstrip()[:1]
        return (nxt < len(self.text) and "\n" not in between and len(between.split()) <= 3
                and between.rstrip()[-1:] in (",", ":") and not re.search(r"[.!?;]", between)
                and opens.isupper())

    def verb_then_that(self, verb: int, mark: int) -> bool:
        """'Roe said (instead, on Tuesday) that “…”': only adverbs and dates between the verb
        and 'that', not 'Roe wrote a book that “…”'."""
        between = [t for t in self.doc[verb + 1 :] if t.idx < mark][:-1]
        return all(t.pos_ in ("ADV", "PART", "PUNCT") or t.ent_type_ in ("DATE", "TIME")
                   or (t.pos_ == "ADP" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))  # 'on Tuesday'
                   for t in between)

    def scare_quote(self, first: Quote, last: Quote, verb: Token) -> bool:
        """A few quoted words inside a sentence of narration, before the speech verb, are not
        what the verb introduces: 'Roe, a self-described "pragmatist", said ...'."""
        words = len(self.text[first.start : last.end].split())
        inline = re.search(r"\w\s+$", self.text[max(0, first.open_mark - 30) : first.open_mark]) is not None
        return inline and words < 6 and verb.idx > last.close_mark

    def direct_cue(self, first: Quote, last: Quote) -> Token | None:
        """The speech verb attributing a quote: after it in its sentence ('…," she said'),
        between its parts, or before it ('Roe said: “…”')."""
        s_first, s_last = self.sent_of(first.open_mark), self.sent_of(last.close_mark)
        nxt = next((q.open_mark for q in self.quotes if q.open_mark > last.close_mark), len(self.text))
        prv = max((q.close_mark + 1 for q in self.quotes if q.close_mark < first.open_mark), default=0)
        after_end = min(s_last.end_char, nxt)
        # a sentence ending right at the closing mark: the attribution may be the next "sentence"
        if after_end <= last.close_mark + 2:
            nxt_sent = self.sent_of(min(len(self.text) - 1, last.close_mark + 2))
            if self.text[last.end - 1 : last.end] in ",—–-?!" or self.text[last.close_mark + 1 : last.close_mark + 2] == ",":
                after_end = min(nxt_sent.end_char, nxt)
        para = self.text.find("\n", last.close_mark + 1)
        if para >= 0:
            after_end = min(after_end, para)
        # '…now." Analysts cautioned ...' starts a new sentence: no attribution there
        new_sentence = self.text[last.start : last.end].rstrip().endswith(".") and re.match(
            r"\s+[A-Z]", self.text[last.close_mark + 1 : last.close_mark + 3])
        after = [(i, e) for i, e in self.cues_between(last.close_mark + 1, after_end)
                 if i not in self.used_cues and not self.introduces_next(last, self.doc[i], nxt)]
        if after and not new_sentence:
            return self.doc[after[0][0]]
        between = [(i, e) for i, e in self.cues_between(first.open_mark, last.close_mark + 1)
                   if i not in self.used_cues]
        if between:
            return self.doc[between[0][0]]
        before_start = max(s_first.start_char, prv)
        head = self.text[before_start : first.open_mark]
        # the quote as the verb's object: 'Protesters chanted "Down with the tax!"'
        right_before = self.doc.char_span(before_start, first.open_mark, alignment_mode="expand")
        if right_before is not None and len(right_before) and not head[-1:].isalnum():
            last_tok = right_before[-1]
            if last_tok.idx + len(last_tok) <= first.open_mark and last_tok.i not in self.used_cues:
                entry = self.cue_entry(last_tok)
                if entry and entry.kind == "indirect" and self.doc[last_tok.i - 1].text not in "-–":
                    return last_tok
        # 'Roe said: “…”', 'Roe said, “…”', 'Roe said that “…”' (the clause is all quote)
        said_that = re.search(r"\bthat\s*$", head)
        if head.rstrip().endswith((":", ",")) or said_that:
            before = [i for i, _ in self.cues_between(before_start, first.open_mark) if i not in self.used_cues]
            if before and (not said_that or self.verb_then_that(before[-1], first.open_mark)):
                return self.doc[before[-1]]
        lead = self.text[: first.open_mark].rstrip()
        if lead.endswith(":") and not head.strip():  # 'Roe said in a statement:' then the quote below
            sent = self.sent_of(len(lead) - 1)
            before = [i for i, _ in self.cues_between(max(sent.start_char, prv), len(lead)) if i not in self.used_cues]
            if before:
                return self.doc[before[-1]]
        return None


def for_to_clause(word: Token, verb: Token) -> bool:
    """'for' opening a for-to clause right after the verb ('called for the council to act'),
    which the parser hangs on the clause, not on the verb."""
    return word.lower_ == "for" and word.dep_ == "mark" and word.head.head.i == verb.i and word.head.dep_ == "advcl"


def relative_frame(verb, spans, frame: tuple[int, int]) -> tuple[int, int]:
    """The frame of a statement whose cue verb heads a relative clause ("Raman, who backed the
    charge last year, said he now opposes it"): from its first span to the end of the relative
    clause, with the clause's own adjuncts ("last year") and without the main clause, whose words
    are another statement said at another time (the caller takes only a relative clause on the
    subject of a cue verb; "a warning came from X, who said …" keeps the sentence, whose words
    are X's)."""
    sub = list(verb.subtree)
    end = sub[-1].idx + len(sub[-1])
    start = min([b for b, _ in spans] + [sub[0].idx])
    if any(e > end for _, e in spans) or start < frame[0]:
        return frame  # (a content that runs past the clause: the sentence's frame)
    return (start, end)
