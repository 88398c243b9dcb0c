"""Clauses on the blank English pipeline: the content after or before a cue, reported speech,
"according to X"."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .base import CONF_RULES, QUOTE_CHARS, REPORTED_FROM_VERB, _from_verb, _trim
from .blank_words import _AUX, _CONNECTIVES, _DETS, _PREPOSITIONS, _SUBORDINATORS, _TIME_WORDS
from .cues import CueEntry, _by_form


class BlankClauses:
    """The clause rules of BlankRules (a mixin: it reads the document)."""

    def clause_after(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'SPEAKER said (that) CLAUSE.', 'SPEAKER told reporters (that) CLAUSE.' and, for
        reported-speech verbs, 'SPEAKER rejected the claim.' (the clause with its speaker)."""
        speaker = self.speaker_left(cue.i, start)
        if speaker is None:
            return False
        k = cue.i + (2 if entry.particle else 1)
        if k >= sent.end - 1:
            return False
        # a short time or place phrase before 'that': 'said on Tuesday that'
        reach = 12 if entry.lemma == "tell" or self.doc[k].lower_ in _PREPOSITIONS else 5
        that = next((m for m in range(k, min(k + reach, sent.end)) if self.doc[m].lower_ == "that"), None)
        if that is not None and all(self.doc[m].text not in ",;:()" and not _by_form().get(self.doc[m].lower_)
                                    and self.doc[m].lower_ not in _CONNECTIVES for m in range(k, that)):
            k = that
        else:
            while k < sent.end - 1 and self.doc[k].lower_ in _TIME_WORDS:
                k += 1
            if entry.lemma == "tell":  # the addressee: 'told reporters', 'told the Gazette'
                first = k
                while k < sent.end - 1 and (self.doc[k].lower_ in _DETS or self.doc[k].is_title):
                    k += 1
                if k == first:
                    k += 1  # 'told reporters'
        if k >= sent.end - 1 or self.doc[k].is_punct and self.doc[k].text not in QUOTE_CHARS:
            return False  # 'said Friday, as officials ...': no clause follows
        nxt = self.doc[k]
        cue_span = [self.cue_span(cue, entry)]
        end = self.clause_end(sent, k)
        # a clause, not an object: 'that ...', or a finite verb group early on ('the talks had stalled')
        is_clause = nxt.lower_ == "that" or any(
            t.lower_ in _AUX or (entry.kind == "indirect" and t.is_lower and t.lower_.endswith("ed") and len(t) > 4)
            for t in self.doc[k : min(end + 1, k + 7)])
        if entry.kind in ("reported", "describe") and not is_clause:
            return self.reported_clause(sent, start, cue, entry, speaker)
        if not is_clause:
            return False
        span = _trim(self.doc, k, end)
        if span is None or end - k < 2:
            return False
        quoted = self.quotes_inside(span[0], span[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "partial" if quoted else "indirect", cue_span, [speaker], sent)
        return True

    def reported_clause(self, sent: Span, start: int, cue: Token, entry: CueEntry, speaker) -> bool:
        """'The union rejected the offer.': the clause, speaker included, when the speaker opens
        the sentence or its clause ('In a statement, the office ...', 'after she accused ...');
        'X said ... and threatened action': from the verb on."""
        end = self.clause_end(sent, cue.i)
        if self.doc[cue.i - 1].lower_ in ("not", "n't", "n’t", "never"):
            return False  # 'would not confirm the details'
        rest = []
        for t in self.doc[cue.i + 1 : end + 1]:
            if t.text in ",;":
                break
            rest.append(t)
        if all(t.is_punct or t.lower_ in _TIME_WORDS | {"on", "in", "at"} for t in rest):
            return False  # 'the carmaker announced on Wednesday,': no object, the clause is before
        quoted = [i for i, q in enumerate(self.quotes) if cue.idx < q.open_mark and q.close_mark <= self.doc[end].idx]
        if entry.kind == "describe" and not quoted and not any(t.lower_ == "as" for t in self.doc[cue.i : end + 1]):
            return False  # 'called a meeting' is not speech; 'called the plan "a farce"', 'described it as' are
        head = self.text[self.doc[start].idx : speaker[0]]
        shared = self.doc[cue.i - 1].lower_ in _CONNECTIVES or (
            self.doc[cue.i - 1].text == "," and cue.lower_.endswith("ing"))
        opens = not head.strip() or head.rstrip().endswith(",") or (
            head.split() and head.split()[-1].lower() in _SUBORDINATORS)
        if shared:
            b = cue.i
        elif opens:
            b = self.doc.char_span(speaker[0], speaker[1], alignment_mode="expand").start
        else:
            return False
        span = _trim(self.doc, b, end)
        if span is None or end <= cue.i:
            return False
        if REPORTED_FROM_VERB and not shared:
            span = _from_verb(self.text, span, cue.idx, self.cue_span(cue, entry)[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "reported", [self.cue_span(cue, entry)], [speaker], sent, CONF_RULES * 0.8)
        return True

    def clause_before(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'CLAUSE, SPEAKER said.' — the cue closes the sentence."""
        rest = []
        for t in self.doc[cue.i + 1 : sent.end]:
            if t.text in ",;":
                break  # ', accusing ...' / ', as officials urged ...' is another clause
            if not t.is_punct:
                rest.append(t)
        addressee = entry.lemma == "tell"  # '..., two delegates told Wire.'
        if entry.kind not in ("indirect", "reported") or len(rest) > 4 or (
                rest and not addressee and rest[0].lower_ not in _TIME_WORDS | _PREPOSITIONS) or any(
                self.in_quote(t) for t in self.doc[start : cue.i]):
            return False
        speaker = self.speaker_left(cue.i, start)
        if speaker is None or self.text[speaker[1] : cue.idx].strip():
            return False  # 'CLAUSE, he said.', not 'he would appeal.'
        comma = max((t.i for t in self.doc[start : cue.i] if t.text == "," and t.idx < speaker[0]), default=None)
        if comma is None or comma <= start + 2:
            return False
        span = _trim(self.doc, start, comma - 1)
        if span is None:
            return False
        self.used_cues.add(cue.i)
        self.add([span], "indirect", [self.cue_span(cue, entry)], [speaker], sent)
        return True

    def according_to(self, sent: Span, tok: Token) -> None:
        to = self.doc[tok.i + 1]
        k = to.i + 1
        while k < sent.end and not (self.doc[k].is_punct and self.doc[k].text in ",.;"):
            k += 1
        if k == to.i + 1:
            return
        speaker = _trim(self.doc, to.i + 1, k - 1)
        spans = self.worded_spans([(self.sent_start(sent), tok.i - 1), (k + 1, sent.end - 1)])
        if spans and speaker:
            self.add(spans, "indirect", [(tok.idx, to.idx + len(to))], [speaker], sent)
