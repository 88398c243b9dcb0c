"""'According to X' on the trained pipeline: the statement the source phrase attributes, and
who X is: the author of a document when a participle names one ('data released by the rail
regulator'), nobody for papers no one signed ('court documents', 'a memo seen by the Guardian')."""
from __future__ import annotations

from spacy.tokens import Token

from .base import CONF_ACCORDING, _alnum, _runs_outside
from .cues import CueEntry, document_nouns

# who saw or got a paper, not who wrote it: 'a memo seen by the Guardian', 'obtained by Reuters'
READERS = {"see", "obtain", "review", "view", "examine", "read", "cite", "quote", "receive", "leak", "acquire",
           "find", "analyse", "analyze"}


class ParsedSources:
    """The source-phrase rules of ParsedRules (a mixin: it reads the parsed document)."""

    def according_to(self, tok: Token, entry: CueEntry) -> None:
        to = self.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return
        phrase = set(t.i for t in tok.subtree) | set(t.i for t in to.subtree) | {tok.i, to.i}
        self.source_phrase(tok, objs[0], phrase, (tok.idx, to.idx + len(to)))

    def in_words_of(self, tok: Token) -> bool:
        """'…, in the words of councillor Noreen Fitzgibbon, "…"', 'In the words of one analyst, …':
        a source phrase like 'according to' (``tok``: 'words'); 'in other words' names no one."""
        if tok.lower_ != "words" or tok.dep_ != "pobj":  # (asked of every token that is no cue: the cheap test first)
            return False
        prep = tok.head
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        objs = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if prep.lower_ != "in" or not objs or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        self.source_phrase(prep, objs[0], {t.i for t in prep.subtree}, (prep.idx, of.idx + len(of)), papers=False)
        return True

    def per_source(self, tok: Token) -> bool:
        """'Route 9 stays closed, per the sheriff's office', 'Per a spokesman for X, ...': 'per' set
        off by a comma or opening the sentence, with an object that can speak, is 'according to'
        (US usage); '$38 per month', 'per cent' name no one."""
        if tok.lower_ != "per" or tok.pos_ != "ADP":  # (asked of every token that is no cue: the cheap test first)
            return False
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        opens = tok.i == tok.sent.start or self.doc[tok.i - 1].text == ","
        if obj is None or not opens or not self.can_speak(obj):
            return False
        if all(o.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in o.children)
               for o in tok.children if o.dep_ == "pobj"):
            return False  # ('fees rose to $900, per student': a bare singular noun is a rate's unit)
        self.source_phrase(tok, obj, {t.i for t in tok.subtree}, (tok.idx, tok.idx + len(tok)))
        return True

    def source_phrase(self, tok: Token, obj: Token, phrase: set[int], cue: tuple[int, int],
                      papers: bool = True) -> None:
        """The statement a source phrase ('according to', 'per', 'in the words of') attributes to
        its object ``obj``: the source is the author of the paper it names (author_of), or nobody
        for unsigned papers (when ``papers``); its name joins ``phrase`` wherever the parser hung it."""
        source = self.author_of(obj)
        b, e = self.speaker_span(source)
        phrase |= {t.i for t in self.doc if b <= t.idx < e}
        self.add_sourced(tok, phrase, None if papers and self.unsigned(source) else source, cue)

    def unsigned(self, source: Token) -> bool:
        """'court documents', 'a leaked memo seen by the Guardian': papers (data/documents_en.txt)
        with no possessor and no 'of' / 'from' / 'by' phrase naming whose they are; or any source
        noun whose only name is the one who saw or obtained it (READERS)."""
        if source.pos_ != "NOUN":
            return False
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by")) for c in source.children):
            return False
        read = any(c.dep_ == "acl" and c.lemma_.lower() in READERS for c in source.children)
        return read or source.lemma_.lower() in document_nouns() or source.lower_ in document_nouns()

    def author_of(self, source: Token) -> Token:
        """Who wrote the document a source phrase names when a participle says so: 'court
        documents filed by prosecutor Kessel', 'data released by the rail regulator' -> the one
        who filed or released it ('a survey by X', 'figures from X' stay whole: the actors
        read them)."""
        if source.pos_ == "PROPN" or source.ent_type_ in ("PERSON", "ORG") or source.pos_ == "PRON":
            return source
        for c in source.children:
            agent = next((g for g in c.children if g.dep_ == "agent"), None) if c.dep_ == "acl" else None
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if c.i > source.i and c.tag_ == "VBN" and obj is not None and self.can_speak(obj) \
                    and c.lemma_.lower() not in READERS:
                return obj
        return source

    def add_sourced(self, tok: Token, phrase: set[int], source: Token | None, cue: tuple[int, int],
                    head: Token | None = None) -> None:
        """The statement a source phrase ('according to X', 'In an X poll') attributes to X:
        the whole sentence when the phrase stands at its edge, else the clause it hangs on
        (``head``, when not the phrase's own head)."""
        speaker = [self.speaker_span(source)] if source is not None else []
        head = head or (tok.head if tok.head.i != tok.i else None)
        sent = tok.sent
        first = sent.start
        while first < tok.i and self.in_dateline(self.doc[first]):
            first += 1
        last = sent.end - 1
        while last > tok.i and self.doc[last].is_punct:
            last -= 1
        pb, pe = min(phrase), max(phrase)
        # at the sentence's edge ('..., according to X.' / 'According to X, ...') it sources
        # the whole sentence, wherever the parser hung it
        edge = (pe >= last and pb > 0 and self.doc[pb - 1].text == ",") or (
            pb == first and pe + 1 < len(self.doc) and self.doc[pe + 1].text == ",")
        if head is None or head.i in phrase or edge:
            i, j = first, sent.end - 1
        else:
            i, j = head.left_edge.i, head.right_edge.i
        spans = self.worded_spans(_runs_outside(i, j, phrase))
        if not spans:
            return
        kind = "indirect"
        quoted = [q for span in spans for q in self.quoted_parts(span)]
        if quoted and _alnum(self.text, [p for _, p in quoted]) >= 0.8 * _alnum(self.text, spans):
            # '"We expect a difficult winter," according to a statement': a direct quote
            kind = "direct"
            spans = [p for k in sorted({k for k, _ in quoted}) for p in self.quotes[k].pieces]
            self.used_quotes.update(k for k, _ in quoted)
        elif quoted:
            kind = "partial"
            self.used_quotes.update(k for k, _ in quoted)
        self.add_found(spans, kind, [cue], speaker, CONF_ACCORDING)

    def document_speakers(self) -> None:
        """'In an email to staff, Roe wrote that … “…,” the email said': a paper the text named
        before, taken up with 'the', speaks with the one whose statement came with it (the
        speaker of the last statement before, in a sentence where that paper is named); with
        no such statement it keeps its own words (an unsigned paper stays unsigned)."""
        papers = document_nouns() | {"statement"}
        for f in self.found:
            span = self.span_tokens(f.speaker_mention[0]) if f.speaker_mention else []
            if len(span) != 2 or span[0].lower_ != "the" or span[1].lemma_.lower() not in papers:
                continue
            noun = span[1].lemma_.lower()
            earlier = [g for g in self.found if g.speaker_mention and g is not f and g.quote[0][0] < f.quote[0][0]
                       and g.speaker_mention[0][0] < span[0].idx and g.frame is not None
                       and any(t.lemma_.lower() == noun for t in self.span_tokens(g.frame) if t.i < span[0].i)]
            if earlier:
                last = max(earlier, key=lambda g: g.quote[0][0])
                said_by = self.span_tokens(last.speaker_mention[0])[-1:]  # (its last word: not the paper itself)
                if not said_by or said_by[0].lemma_.lower() != noun:
                    f.speaker_mention = list(last.speaker_mention)

