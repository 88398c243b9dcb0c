"""The English rules on the trained pipeline (tagger, parser, NER): the speaker is the cue verb's
subject expanded to the full name or organisation."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..model import Found
from ..quotes import Quote
from .base import (
    CONF_ACCORDING,
    CONF_CARRIED,
    CONF_DIRECT,
    CONF_INDIRECT,
    CONF_PARTIAL,
    CONF_REPORTED,
    OTHER_CLAUSE,
    PRONOUNS,
    RELATIVE,
    REPORTED_FROM_VERB,
    REPORTED_PREPS,
    _alnum,
    _Base,
    _from_verb,
    _runs_outside,
    _top_level,
    _trim,
)
from .blank import _CIRCUMSTANCE
from .cues import CueEntry, _by_lemma, speaker_nouns
from .lines import labelled_lines


class ParsedRules(_Base):
    """Rules over the dependency parse."""

    def cue_entry(self, tok: Token) -> CueEntry | None:
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return _by_lemma()["according"][0]
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
            return None
        entries = _by_lemma().get(tok.lemma_.lower()) or _by_lemma().get(tok.lower_)
        if not entries:
            return None
        # the particle right after the verb: "called for calm", not "called a meeting for Tuesday"
        nxt = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt") and c.i == tok.i + 1}
        for e in entries:
            if not e.particle or e.particle in nxt:
                return e
        return None

    def cue_span(self, tok: Token, entry: CueEntry) -> tuple[int, int]:
        if entry.particle:
            for c in tok.children:
                if c.lower_ == entry.particle.split()[-1] and c.i == tok.i + 1:
                    return (tok.idx, c.idx + len(c))
        return (tok.idx, tok.idx + len(tok))

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        out = []
        for tok in self.doc.char_span(b, e, alignment_mode="expand") or []:
            entry = self.cue_entry(tok)
            if entry and entry.kind != "source" and not self.in_quote(tok):
                out.append((tok.i, entry))
        return out

    # -- speakers
    def subject(self, verb: Token) -> Token | None:
        """The speaker token of a speech verb: its subject, the subject of the verb it hangs
        on ("..., saying ...", "... and said ..."), or the noun a relative clause describes."""
        seen = 0
        while verb is not None and seen < 4:
            # the subject nearest the verb (a dateline can pose as a second one)
            subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
            for c in subjects:
                if self.in_dateline(c):
                    # 'MARLOW (AP) — The official, Marcus Hale, said': the parser hung the
                    # subject on the dateline as an apposition
                    apposed = [a for a in c.children if a.dep_ == "appos" and not self.in_dateline(a)]
                    if apposed:
                        return apposed[0]
                    continue
                if c.ent_type_ in ("DATE", "TIME") and len(subjects) > 1:
                    continue  # 'Hale said Tuesday that ...': the day is no second subject
                if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return verb.head
                return c
            for c in verb.children:  # passive with agent: "was told by X"
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if verb.lemma_ in ("quote", "cite") and seen:  # "X was quoted as saying ..."
                passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if passive:
                    return passive[0]
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
                verb = verb.head.head  # "quoted as saying"
                seen += 1
                continue
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and self.doc[verb.left_edge.i - 1].text == ",":
                # 'X blocked a law that ..., ruling that ...': the participle belongs to the main clause
                root = verb.sent.root
                if root.i != verb.i and any(c.dep_ == "nsubj" for c in root.children):
                    verb = root
                    seen += 1
                    continue
            if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
                # "said it had invested ... and called the strike ...": a speech verb conjoined
                # inside another's clause shares that speech verb's subject
                if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and self.cue_entry(verb)
                        and self.cue_entry(verb.head.head)):
                    verb = verb.head.head
                else:
                    verb = verb.head
                seen += 1
                continue
            return None
        return None

    def speaker_span(self, tok: Token) -> tuple[int, int]:
        """The subject expanded to the full name or organisation, as written:
        "Secretary of State Jane Roe", "a spokesman for the ministry", "The union's general
        secretary, Priya Castellan"; relative clauses and descriptive appositions are left out."""
        if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
            return (tok.idx, tok.idx + len(tok))
        left = tok.left_edge.i
        while left < tok.i and self.in_dateline(self.doc[left]):
            left += 1
        # 'Khalid al-Mansouri': a hyphenated surname the parser split keeps its first part
        while left >= 2 and self.doc[left - 1].text == "-" and not self.doc[left - 2].whitespace_ \
                and not self.doc[left - 1].whitespace_:
            left = self.doc[left - 2].left_edge.i
        right = tok.i
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("prep", "compound", "nummod", "amod", "case", "flat", "nmod", "pobj", "cc", "conj"):
                right = c.right_edge.i  # 'Both Ms. Rana and Mr. Ott'; 'a spokesman for the ministry' 
            elif c.dep_ == "appos" and tok.pos_ != "PROPN" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON"):
                right = self._appos_end(c)
                break
            elif c.dep_ == "punct" and c.text == ",":
                continue
            else:
                break
        span = _trim(self.doc, left, right)
        return span or (tok.idx, tok.idx + len(tok))

    def _appos_end(self, appos: Token) -> int:
        right = appos.i
        for c in appos.children:
            if c.i > appos.i and c.dep_ in ("compound", "flat", "nmod"):
                right = c.right_edge.i
        return right

    def speaker_of(self, verb: Token) -> list[tuple[int, int]]:
        subj = self.subject(verb)
        if subj is None:
            # inverted order the parser missed: '"…," said Amina Toure'
            for c in verb.rights:
                if c.ent_type_ in ("DATE", "TIME"):
                    continue  # 'said Tuesday'
                if c.pos_ in ("PROPN", "PRON") and c.dep_ in ("dobj", "npadvmod", "attr", "appos", "nsubj"):
                    return [self.speaker_span(c)]
            return []
        if subj.lower_ == "there":
            return []
        return [self.speaker_span(subj)] + self.relative_mention(verb)

    def relative_mention(self, verb: Token) -> list[tuple[int, int]]:
        """'Roe, who said ...': the relative pronoun is where the speaker stands in the clause;
        it follows the name it refers to (the first span, which actors resolve)."""
        for _ in range(4):  # 'who launched his campaign by declaring ...': up the verb chain
            if verb.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ != "relcl":
            return []
        return [(c.idx, c.idx + len(c)) for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE][:1]

    # -- statements
    def statements(self) -> list[Found]:
        self.found.extend(labelled_lines(self.doc, self.can_speak))
        for f in self.found:
            self.used_quotes.update(self.quotes_inside(f.quote[0][0] - 1, f.quote[0][1] + 1))
        self.indirect_pass()
        self.direct_pass()
        return _top_level(self.found)

    def indirect_pass(self) -> None:
        doc = self.doc
        for tok in doc:
            if self.in_quote(tok):
                continue
            entry = self.cue_entry(tok)
            if entry is None:
                continue
            if entry.kind == "source":
                self.according_to(tok, entry)
                continue
            if self.passive_participle(tok):
                continue  # "when asked whether ...": the one asked is not the speaker
            # a clause: a verb, or anything the parser gave a 'that' ('suggests that people ... live')
            # ... or a noun the parser made the clause's head but gave a subject ('said the
            # spate of shootings demands that ...')
            comps = [c for c in self.complements(tok) if c.pos_ in ("VERB", "AUX") or any(
                (g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            if tok.dep_ == "relcl" and any(c.i < tok.head.i for c in comps):
                continue  # 'The council voted ..., a decision residents criticised'
            if comps:
                if not self.undisclosed(tok, comps):
                    self.indirect(tok, entry, comps)
            elif self.clause_before(tok, entry) or self.parenthetical(tok, entry):
                continue
            elif entry.kind in ("reported", "describe"):
                self.reported(tok, entry)

    def parenthetical(self, verb: Token, entry: CueEntry) -> bool:
        """'The company, Mr. Halvorsen said, will cut 300 jobs.': the clause around the cue."""
        if verb.dep_ != "parataxis" or entry.kind == "source" or self.subject(verb) is None:
            return False
        head = verb.head
        inner = {t.i for t in verb.subtree}
        spans = self.worded_spans(_runs_outside(head.left_edge.i, head.right_edge.i, inner))
        if not spans or any(self.quote_at(b) is not None for b, _ in spans):
            return False
        self.add_clause(spans, "indirect", verb, entry, self.speaker_of(verb), CONF_INDIRECT)
        return True

    def undisclosed(self, verb: Token, comps: list[Token]) -> bool:
        """'Vell did not say whether ...' reports that nothing was said."""
        negated = any(c.dep_ == "neg" for c in verb.children)
        return negated and any(c.left_edge.lower_ in ("whether", "if") for c in comps)

    def clause_before(self, verb: Token, entry: CueEntry) -> bool:
        """'CLAUSE, the ministry said (in a statement).' when the parser found no complement
        (it sometimes reads the clause's verb as a noun)."""
        subj = self.subject(verb)
        if verb.dep_ == "acl" and verb.head.i < verb.i and self.can_speak(verb.head):
            subj = verb.head  # ', the carmaker announced on Wednesday': the parser hung it on a noun
        elif subj is None or subj.head.i != verb.i or subj.i > verb.i:
            return False
        if entry.kind == "describe":
            return False
        comma = subj.left_edge.i - 1
        sent = verb.sent
        start = sent.start
        while start < comma and self.in_dateline(self.doc[start]):
            start += 1
        if comma - start < 3 or self.doc[comma].text != ",":
            return False
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children if c.i > verb.i):
            return False
        if any(self.quote_at(t.idx) is not None or t.text == ":" for t in self.doc[verb.i + 1 : sent.end]):
            return False  # 'Roe replied: "Absolutely not."' is the direct pass's
        span = _trim(self.doc, start, comma - 1)
        if span is None or self.quote_at(span[0]) is not None:
            return False
        self.add_clause([span], "indirect", verb, entry, [self.speaker_span(subj)], CONF_INDIRECT * 0.9)
        return True

    def passive_participle(self, verb: Token) -> bool:
        """'(when) asked whether ...', 'told to leave': a participle whose subject was spoken to.
        A passive main clause ('It was announced that ...') stays: an unattributed statement."""
        kids = {c.dep_ for c in verb.children}
        return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not kids & {"nsubj", "agent"}

    def complements(self, verb: Token) -> list[Token]:
        """The verb's clausal complements; 'said in a statement that ...' hangs the clause on
        the noun, so a that-clause of the verb's prepositional object counts too."""
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        if comps:
            return comps
        for prep in verb.children:
            # 'in a statement', 'at a news conference', not 'comment on reports that ...'
            if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "at", "during"):
                continue
            for obj in prep.children:
                for c in obj.children:
                    if c.dep_ in ("acl", "relcl", "ccomp") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                        return [c]
        return []

    def indirect(self, verb: Token, entry: CueEntry, comps: list[Token]) -> None:
        # the clause, without conjoined speech verbs ("... and called the strike ...") that are
        # statements of their own, plus a conjoined verb phrase the parser hung on the speech
        # verb ("told reporters the men were aged 24 and had been under surveillance")
        keep: set[int] = set()
        for c in comps:
            keep.update(t.i for t in c.subtree)
            for conj in c.children:
                # a conjoined speech verb sharing the subject: '... and called the strike ...'
                if conj.dep_ == "conj" and self.cue_entry(conj) and not any(
                        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in conj.children):
                    keep.difference_update(t.i for t in conj.subtree)
                    keep.difference_update(t.i for t in c.children if t.dep_ == "cc" and t.i < conj.i
                                           and t.i == conj.left_edge.i - 1)
        # another speaker's statement hung inside the clause: '..., while Ems said ...'
        # ... or the speaker's own next statement: '... would close its embassy, citing ...'
        for d in [self.doc[k] for k in sorted(keep)]:
            own_subject = any(g.dep_ == "nsubj" for g in d.children)
            participle = d.tag_ == "VBG" and d.dep_ == "advcl" and self.doc[d.left_edge.i - 1].text == ","
            # ('... was frustrated when he called the company': a circumstance, not a statement)
            if (d.dep_ in ("advcl", "conj") and d.i in keep and self.cue_entry(d) and (own_subject or participle)
                    and not any(g.dep_ in ("mark", "advmod") and g.lower_ in _CIRCUMSTANCE for g in d.children)):
                keep.difference_update(t.i for t in d.subtree)
        last = max(keep)
        for c in verb.children:
            if (c.dep_ == "conj" and c.i > last and not self.cue_entry(c)
                    and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                         or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))):
                keep.update(t.i for t in c.subtree)
                keep.update(t.i for t in verb.children if t.dep_ == "cc" and last < t.i < c.i)
        i = min(keep)
        # keep the contiguous run that starts at the clause's first token
        run_end = i
        while run_end + 1 in keep:
            run_end += 1
        span = _trim(self.doc, i, run_end)
        if span is None or len(self.text[span[0] : span[1]].split()) < 2:
            return  # a lone 'that' is a relative pronoun the parser took for a clause
        span = self.after_dateline(span)
        quoted = self.quoted_parts(span)
        kind, conf = "indirect", CONF_INDIRECT
        if quoted:
            first_quote = min(self.quotes[k].open_mark for k, _ in quoted)
            lead = self.text[span[0] : first_quote].split()
            if (_alnum(self.text, [p for _, p in quoted]) >= 0.8 * _alnum(self.text, [span])
                    and [w for w in lead if w.lower() != "that"] == []):
                return  # Roe said: “…” is a direct quote, the direct pass takes it
            kind, conf = "partial", CONF_PARTIAL
            self.used_quotes.update(k for k, _ in quoted)
        speaker = self.speaker_of(verb)
        if not speaker and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return  # no speaker and no passive: 'stopped short of promising ...'
        self.add_clause([span], kind, verb, entry, speaker, conf)

    def quoted_parts(self, span: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        """(quote index, content piece within the span) for every quote overlapping the span."""
        out = []
        for k, q in enumerate(self.quotes):
            for b, e in q.pieces:
                b, e = max(b, span[0]), min(e, span[1])
                if b < e:
                    out.append((k, (b, e)))
        return out

    def after_dateline(self, span: tuple[int, int]) -> tuple[int, int]:
        for b, e in self.datelines:
            if span[0] < e < span[1]:
                return (e, span[1])
        return span

    def reported(self, verb: Token, entry: CueEntry) -> None:
        after = [c for c in verb.children if c.i > verb.i]
        if entry.kind == "describe":  # "called the strike unnecessary", "described it as ..."
            # an object and what it is called: not 'which called the strike' (no predicate)
            objects = [g for c in after if c.dep_ == "dobj" for g in c.children]
            has_object = any(c.dep_ in ("xcomp", "ccomp") for c in after) or (
                any(c.dep_ == "dobj" for c in after)
                and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in after + objects))
        else:
            has_object = any(
                c.dep_ in ("dobj", "xcomp", "dative", "oprd", "agent")  # 'was welcomed by X' 
                or (c.dep_ in ("prep", "prt") and (c.lower_ in REPORTED_PREPS or c.lower_ == entry.particle))
                for c in after
            )
        if not has_object or any(c.dep_ == "neg" for c in verb.children):
            return  # 'would not confirm the details' reports no statement
        if any(c.dep_ == "xcomp" and {"neg", "auxpass"} <= {g.dep_ for g in c.children} for c in after):
            return  # 'who asked not to be named': anonymity, not a statement
        # the verb's clause, its own subject included (a passive's subject is what was spoken
        # about: 'The ruling was welcomed by Cellfarm')
        keep = [verb]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        particle_end = verb.i + (1 if entry.particle else 0)
        for c in verb.children:
            # 'ruled out governing with ...', 'threatened on Thursday to walk out': the object
            gerund_object = c.dep_ == "advcl" and (
                (c.tag_ == "VBG" and c.left_edge.i == particle_end + 1)
                or (c.left_edge.lower_ == "to" and self.doc[c.left_edge.i - 1].text != ","))
            if (c.dep_ in OTHER_CLAUSE and not gerund_object) or (
                    c.dep_ == "punct" and c.i > verb.i and c.text != "”"):
                continue
            if c.i < verb.i and (subj is None or c.i < subj.i) and c.dep_ not in ("aux", "auxpass", "neg"):
                continue  # an opening adjunct: "In a statement, ...", "after she accused ..."
            keep.extend(c.subtree)
        # '... was opposed by Olsen, who said ...': a speech verb's own statement stays outside
        inner = {t.i for d in keep if d.dep_ == "relcl" and d.i != verb.i and self.cue_entry(d)
                 for t in self.doc[d.left_edge.i - (self.doc[d.left_edge.i - 1].text == ",") : d.right_edge.i + 1]}
        keep = [t for t in keep if t.i not in inner]
        idx = sorted(t.i for t in keep)
        # stop at the first gap (a conjoined clause left out)
        end = idx[0]
        start = idx[0]
        for a in idx[1:]:
            if a > end + 1 and a > verb.i:
                break
            end = a
        span = _trim(self.doc, start, end)
        if span is None or self.quote_at(span[0]) is not None:
            return
        span = self.after_dateline(span)
        if REPORTED_FROM_VERB and subj is not None and subj.dep_ == "nsubj":
            first = verb.i
            while first - 1 > subj.i and self.doc[first - 1].dep_ in ("aux", "neg"):
                first -= 1  # 'has denied', 'did not deny'
            if subj.lower_ in RELATIVE:  # 'who endorsed Rubio': the pronoun is no content
                span = (self.doc[first].idx, span[1])
            else:
                span = _from_verb(self.text, span, self.doc[first].idx, self.cue_span(verb, entry)[1])
        subj = self.subject(verb)
        if subj is None or subj.lower_ == "there" or not self.can_speak(subj):
            return  # "He was denied bail", "The storm threatened the coast": not speech
        speaker = [self.speaker_span(subj)] + self.relative_mention(verb)
        inside = self.quotes_inside(span[0], span[1] + 1)
        self.used_quotes.update(inside)
        self.add_clause([span], "reported", verb, entry, speaker, CONF_REPORTED)

    def narration_subject(self, char: int) -> tuple[int, int] | None:
        """The person a sentence without quotes is about ('Roe was blunt.'), when its main
        verb's subject is a person's name or he / she."""
        sent = self.sent_of(char)
        if any(self.quote_at(t.idx) is not None for t in sent):
            return None
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children):
            return self.speaker_span(subj)
        return None

    def can_speak(self, tok: Token) -> bool:
        """A pronoun, a name, or a noun phrase headed by a noun that can speak."""
        if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if tok.lemma_.lower() in speaker_nouns() or tok.lower_ in speaker_nouns():
            return True
        # 'The union's general secretary, Priya Castellan': the apposed name
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)

    def according_to(self, tok: Token, entry: CueEntry) -> None:
        to = self.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return
        speaker = [self.speaker_span(objs[0])]
        phrase = set(t.i for t in tok.subtree) | set(t.i for t in to.subtree) | {tok.i, to.i}
        head = tok.head if tok.head.i != tok.i else None
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
        cue = (tok.idx, to.idx + len(to))
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

    def add_clause(self, spans, kind, verb, entry, speaker, conf) -> None:
        self.used_cues.add(verb.i)
        self.add_found(spans, kind, [self.cue_span(verb, entry)], speaker, conf, unattributed=not speaker)

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
            verb = self.direct_cue(first, last)
            if verb is not None and self.scare_quote(first, last, verb):
                continue
            if verb is not None:
                entry = self.cue_entry(verb)
                self.used_cues.add(verb.i)
                self.add_direct(group, [self.cue_span(verb, entry)], self.speaker_of(verb), CONF_DIRECT)
                continue
            if self.continued_direct(group):
                continue
            speaker = self.carried_speaker(first)
            if speaker is not None:
                self.add_direct(group, [], speaker, CONF_CARRIED)

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
            if self.text[last.end - 1 : last.end] in ",—–-" or self.text[last.close_mark + 1 : last.close_mark + 2] == ",":
                after_end = min(nxt_sent.end_char, nxt)
        para = self.text.find("\n", last.close_mark + 1)
        if para >= 0:
            after_end = min(after_end, para)
        # '…now." Analysts cautioned ...' starts a new sentence: no attribution there
        new_sentence = self.text[last.start : last.end].rstrip().endswith(".") and re.match(
            r"\s+[A-Z]", self.text[last.close_mark + 1 : last.close_mark + 3])
        after = [(i, e) for i, e in self.cues_between(last.close_mark + 1, after_end) if i not in self.used_cues]
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
        if head.rstrip().endswith((":", ",")):  # 'Roe said: “…”', 'Roe said, “…”'
            before = [i for i, _ in self.cues_between(before_start, first.open_mark) if i not in self.used_cues]
            if before:
                return self.doc[before[-1]]
        lead = self.text[: first.open_mark].rstrip()
        if lead.endswith(":") and not head.strip():  # 'Roe said in a statement:' then the quote below
            sent = self.sent_of(len(lead) - 1)
            before = [i for i, _ in self.cues_between(max(sent.start_char, prv), len(lead)) if i not in self.used_cues]
            if before:
                return self.doc[before[-1]]
        return None
