"""English statements without quotation marks on the trained pipeline: a cue verb's clausal
complement (indirect) and reported speech; clauses around a cue are in parsed_around.py."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .base import (
    CONF_INDIRECT,
    CONF_PARTIAL,
    CONF_REPORTED,
    OTHER_CLAUSE,
    RELATIVE,
    REPORTED_CONTENT_ONLY,
    REPORTED_FROM_VERB,
    _alnum,
    _from_verb,
    _trim,
)
from ..actors.headlines import short_headline_end
from .blank_words import _CIRCUMSTANCE
from .content_extent import continuing_clause, reporting_prep, within_content
from .cues import CueEntry, addressing_cues, content_nouns, cue_nouns


def says_that_after(verb: Token) -> bool:
    """The verb has a that-clause after it: what it says ("…, its chief, Z, said only that the board
    would decide"), so a clause before it that the parser hung there too is another's."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def clause_complements(verb: Token) -> list[Token]:
    """The verb's ccomp clauses (not a "clause" the parser made of a person's name: 'Pieter van den
    Broek said'); with a that-clause after the verb, only those after it (says_that_after)."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and not all(t.ent_type_ == "PERSON" for t in c.subtree)]
    # (a time's relative clause gives way to the content after it, if any: time_relative)
    comps = [k for c in comps for k in ([c] if time_relative(c) is None else after_time_relative(c))]
    if says_that_after(verb) or subject_read_as_clause(verb) is not None:
        return [c for c in comps if c.i > verb.i]
    return comps


def time_relative(clause: Token, verb: Token | None = None) -> Token | None:
    """The noun of time a 'that'-clause after it belongs to: 'said goodbye to the staff on the
    morning that the library shut', 'said on the day that the vote was held he felt ill'. A bare
    definite time ('the day', nothing else) after on/in/during names no time by itself, so the 'that'
    after it may open its relative clause (the day on which …); it does where the verb (the
    clause's head unless given) has what it says elsewhere: its object ('announced the plan', not
    the one told) or a clause of its own after the relative one. Not 'on Monday that …', 'on the
    same day that …', 'in the evening that …' (a time complete in itself), nor a bare 'said on the
    day that she would run' (either reading)."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i == 0:
        return None
    noun = first.doc[first.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.lower_ not in ("on", "in", "during"):
        return None
    if [c.lower_ for c in noun.children if c.i < noun.i] != ["the"] or noun.ent_type_ not in ("DATE", "TIME"):
        return None
    if noun.head.lower_ != "on" and noun.ent_type_ != "DATE":
        return None  # 'in the morning' is a time of its own
    verb = verb or clause.head
    said = any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children) and \
        verb.lemma_.lower() not in addressing_cues()
    return noun if said or after_time_relative(clause) else None


def time_phrases(verb: Token) -> set[int]:
    """The time phrases and their relative clauses the parser hung on the verb ('announced the plan
    on the morning that the report came out'): no part of what was said (token indexes)."""
    return {k.i for c in verb.children if c.dep_ == "ccomp" and (n := time_relative(c)) is not None
            for k in (c, n.head)}


def after_time_relative(clause: Token) -> list[Token]:
    """The content the parser hung inside a time's relative clause: 'said on the day that the vote
    was held he felt ill', '… in the week that the season ended that he would retire' (a clause
    with its own subject after the relative's verb, introduced by nothing but 'that')."""
    return [c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and all(g.lower_ == "that" for g in c.children if g.dep_ == "mark")]


def subject_read_as_clause(verb: Token) -> Token | None:
    """'Dr Hana Ruel, finds officer for the county, said the hoard was ...': the parser read the
    subject and its apposition as a clause before the verb (a noun taken for a verb), while the
    verb, without a subject of its own, has its clause after it too. The clause before ends at the
    comma right before the verb; its subject, a person, is the speaker (None: no such reading)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.i < 2:
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = before[0]
    if clause.right_edge.i not in (verb.i - 2, verb.i - 1) or verb.doc[verb.i - 1].text != ",":
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and c.ent_type_ == "PERSON"), None)


def misread_predicate(verb: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """'The transport secretary, Harriet Noakes, conceded on Tuesday that ...': the parser read
    the sentence's only finite verb as a participle of its subject (an acl of the noun it made
    the root); the noun, which can speak, is the subject. A participle inside a sentence with
    a verb of its own stays one ('Residents, warned that the river could burst, moved ...'), and so
    does a verb of telling without the one told ('The owner, X, informed on Monday that ...')."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.doc[verb.i - 1].text != "," or not can_speak(head):
        return None
    if verb.lemma_.lower() in addressing_cues() and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # 'The owner, X, informed on Monday that ...': told, without the one told, is the passive
    if not any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in verb.children if c.i > verb.i):
        return None  # a clause with its own subject: what was said
    return head


def subject_read_as_modifier(verb: Token) -> tuple[Token, Token, Token | None] | None:
    """'The 64-year-old said prices had doubled', 'The 58-year-old said repairs could start ...':
    the parser hung the subject phrase that opens the sentence as a modifier, of the speech verb
    (an amod of 'said') or, with the verb, of the clause's subject ('said' an amod of 'repairs').
    The phrase's first and last token and, in the second reading, the clause said (None: neither)."""
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    clause = None
    if verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.dep_ in ("nsubj", "nsubjpass") \
            and verb.head.head.i > verb.head.i:
        holder, clause = verb.head, verb.head.head  # the noun both hang on, the clause it is subject of
    elif verb.dep_ in ("ROOT", "ccomp"):
        holder = verb
    else:
        return None
    mods = [c for c in holder.children if c.i < verb.i]
    if not any(c.dep_ == "amod" and c.i != verb.i for c in mods) or mods[-1].right_edge.i != verb.i - 1:
        return None
    first = min(c.left_edge.i for c in mods)
    if first != verb.sent.start or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[first : verb.i]):
        return None
    return verb.doc[first], verb.doc[verb.i - 1], clause


class ParsedIndirect:
    """The clause rules of ParsedRules (a mixin: it reads the parsed document)."""

    def indirect_pass(self) -> None:
        doc = self.doc
        for tok in doc:
            if self.in_quote(tok):
                continue
            entry = self.cue_entry(tok)
            if entry is None:
                self.in_words_of(tok) or self.per_source(tok)
                continue
            if entry.kind == "source":
                self.according_to(tok, entry)
                continue
            if self.passive_participle(tok):
                self.question_asked(tok, entry)  # "when asked whether ...": the one asked is not the speaker
                continue
            # a clause: a verb, or anything the parser gave a 'that' ('suggests that people ... live')
            # ... or a noun the parser made the clause's head but gave a subject ('said the
            # spate of shootings demands that ...')
            # ... or a word the tagger took for an adjective or noun but gave an auxiliary ('said
            # residents had been "frightened …"': a finite clause whose subject the parser hung elsewhere)
            comps = [c for c in self.complements(tok) if c.pos_ in ("VERB", "AUX") or any(
                (g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                for g in c.children)]
            if tok.dep_ == "relcl" and any(c.i < tok.head.i for c in comps):
                continue  # 'The council voted ..., a decision residents criticised'
            # '…, finance director X said on Tuesday': a frame after the clause the parser hung on
            # its verb is no part of what that verb says (the frame's own reading takes the clause)
            comps = [c for c in comps if not (c.i > tok.i and self.cue_entry(c) is not None
                                              and not clause_complements(c) and self.postposed_speaker(c) is not None)]
            if comps:
                if not self.undisclosed(tok, comps):
                    self.indirect(tok, entry, comps)
            elif self.around(tok, entry):
                continue
            elif entry.kind in ("reported", "describe") or about_topic(tok, entry):
                self.reported(tok, entry)

    def undisclosed(self, verb: Token, comps: list[Token]) -> bool:
        """'Vell did not say whether ...' reports that nothing was said."""
        negated = any(c.dep_ == "neg" for c in verb.children)
        return negated and any(c.left_edge.lower_ in ("whether", "if") for c in comps)

    def question_asked(self, verb: Token, entry: CueEntry) -> None:
        """'(When) asked whether the plant would close, ...': the question is a statement of an
        asker the text does not name; it keeps no speaker (the one asked answers elsewhere)."""
        comps = self.complements(verb)
        if verb.lemma_.lower() not in addressing_cues() or len(comps) != 1:
            return
        first = comps[0].left_edge
        if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB"):
            span = _trim(self.doc, first.i, comps[0].right_edge.i)
            if span is not None:
                self.add_clause([span], "indirect", verb, entry, [], CONF_INDIRECT * 0.8)

    def passive_participle(self, verb: Token) -> bool:
        """'(when) asked whether ...', 'told to leave': a participle whose subject was spoken to.
        A passive main clause ('It was announced that ...') stays: an unattributed statement."""
        kids = {c.dep_ for c in verb.children}
        return (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not kids & {"nsubj", "agent"}
                and misread_predicate(verb, self.can_speak) is None)

    def complements(self, verb: Token) -> list[Token]:
        """The verb's clausal complements; 'said in a statement that ...' hangs the clause on
        the noun, so a that-clause of the verb's prepositional object counts too."""
        comps = clause_complements(verb)
        if comps:
            return comps
        if gerund_clause(verb):
            return gerund_clause(verb)
        return clause_in_phrases(self, verb)

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
            # ('... was frustrated when he called the company': a circumstance, not a statement;
            # '... after prosecutors alleged that its tankers ...': someone else's clause is a statement)
            # ('... cost more than officers had predicted': a comparison inside the content)
            if (d.dep_ in ("advcl", "conj") and d.i in keep and self.cue_entry(d) and (own_subject or participle)
                    and not comparative_clause(d)
                    and (not any(g.dep_ in ("mark", "advmod") and g.lower_ in _CIRCUMSTANCE for g in d.children)
                         or d.dep_ == "advcl" and _other_speakers_clause(d))):
                keep.difference_update(t.i for t in d.subtree)
        last = max(keep)
        for c in verb.children:
            if (c.dep_ == "conj" and c.i > last and not self.cue_entry(c)
                    and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                         or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))):
                keep.update(t.i for t in c.subtree)
                keep.update(t.i for t in verb.children if t.dep_ == "cc" and last < t.i < c.i)
        keep.update(argument_after(self, verb, max(keep)))  # '..., so the layoffs would not be needed'
        relative, keep = relative_opening(verb, keep)
        if not keep:
            return
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
            span = all_quoted_span(self, verb, span, quoted)
            if span is None:
                return  # Roe said (on Tuesday that) “…” is a direct quote, the direct pass takes it
            kind, conf = "partial", CONF_PARTIAL
        span, speaker = self.speaker_or_folded(verb, span)
        if not speaker and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            self.used_quotes.update(self.below_headline(k for k, _ in quoted))  # 'stopped short of promising ...'
            return  # (no speaker and no passive)
        self.used_quotes.update(k for k, _ in quoted)
        self.add_clause(relative + [span], kind, verb, entry, speaker, conf)

    def below_headline(self, quotes) -> list[int]:
        """The quotes (indexes) that close below the headline: a headline's quotes that no clause
        gave a speaker stay free for the speaker tag that may close it ("'…', says Vennacott")."""
        end = short_headline_end(self.text) or -1
        return [k for k in quotes if self.quotes[k].close_mark > end]

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

    def has_reported_object(self, after: list[Token], entry: CueEntry) -> bool:
        """Whether the cue verb has what reported speech needs after it (``after``: its children
        to the right): an object, a complement, an agent, a reporting preposition or particle."""
        if entry.kind == "describe":  # "called the strike unnecessary", "described it as ..."
            # an object and what it is called: not 'which called the strike' (no predicate)
            objects = [g for c in after if c.dep_ == "dobj" for g in c.children]
            has_object = any(c.dep_ in ("xcomp", "ccomp") for c in after) or (
                any(c.dep_ == "dobj" for c in after)
                and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in after + objects)
            ) or any(c.dep_ == "dobj" and self.quoted_name(c) for c in after) or any(
                c.dep_ == "oprd" and object_folded_in(self, c) for c in after)
        else:
            has_object = any(
                c.dep_ in ("dobj", "xcomp", "dative", "oprd", "agent")  # 'was welcomed by X' 
                or (c.dep_ in ("prep", "prt") and reporting_prep(c, entry))  # not 'on Friday'
                or (c.dep_ == "advcl" and c.left_edge.lower_ == entry.particle == "for")  # 'called for X to act'
                for c in after
            )
        return has_object

    def content_after_cue(self, span: tuple[int, int], cue_end: int) -> tuple[int, int]:
        """What was rejected or praised: the clause after its cue ('rejected it' -> 'it')."""
        rest = self.doc.char_span(cue_end, span[1], alignment_mode="contract")
        if not span[0] < cue_end < span[1] or rest is None or not len(rest):
            return span
        trimmed = _trim(self.doc, rest.start, rest.end - 1)
        return trimmed if trimmed and _alnum(self.text, [trimmed]) > 0 else span

    def reported(self, verb: Token, entry: CueEntry) -> None:
        after = [c for c in verb.children if c.i > verb.i]
        aside = self.spoken_to(verb, after)
        after = [c for c in after if c.i not in aside]  # 'asked reporters on Friday' says nothing
        has_object = self.has_reported_object(after, entry)
        if not has_object or any(c.dep_ == "neg" for c in verb.children):
            return  # 'would not confirm the details' reports no statement
        if any(c.dep_ == "xcomp" and {"neg", "auxpass"} <= {g.dep_ for g in c.children} for c in after):
            return  # 'who asked not to be named': anonymity, not a statement
        # the verb's clause, its own subject included (a passive's subject is what was spoken
        # about: 'The ruling was welcomed by Cellfarm')
        keep = [verb]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        times = time_phrases(verb)  # ('announced the plan on the morning that the report came out')
        particle_end = verb.i + (1 if entry.particle else 0)
        for c in verb.children:
            # 'ruled out governing with ...', 'threatened on Thursday to walk out': the object
            gerund_object = c.dep_ == "advcl" and (
                (c.tag_ == "VBG" and c.left_edge.i == particle_end + 1)
                or (entry.particle == "for" and c.left_edge.i == verb.i + 1)  # 'called for X to act'
                or (c.left_edge.lower_ == "to" and self.doc[c.left_edge.i - 1].text != ","))
            if (c.dep_ in OTHER_CLAUSE and not gerund_object) or (
                    c.dep_ == "punct" and c.i > verb.i and c.text != "”" and not opens_quote(self, c)):
                continue  # (a mark that opens a quotation the verb's predicate stands in is kept)
            if c.i < verb.i and (subj is None or c.i < subj.i) and c.dep_ not in ("aux", "auxpass", "neg"):
                continue  # an opening adjunct: "In a statement, ...", "after she accused ..."
            if c.i not in aside and c.i not in times:
                keep.extend(c.subtree)
        keep = within_content(verb, entry, keep) if REPORTED_CONTENT_ONLY else keep  # not 'at a rally'
        # '... was opposed by Olsen, who said ...': a speech verb's own statement stays outside
        inner = {t.i for d in keep if d.dep_ == "relcl" and d.i != verb.i and self.cue_entry(d)
                 for t in self.doc[d.left_edge.i - (self.doc[d.left_edge.i - 1].text == ",") : d.right_edge.i + 1]}
        keep = [t for t in keep if t.i not in inner]
        start, end = first_run(sorted(t.i for t in keep), verb.i, aside)
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
        if REPORTED_CONTENT_ONLY:
            cue_end = self.cue_span(verb, entry)[1]
            if aside and min(aside) <= verb.i + 2:  # the addressee right after the cue is no content
                cue_end = max(cue_end, max(self.doc[k].idx + len(self.doc[k]) for k in aside))
            if entry.kind == "indirect":  # 'spoke about the plan': the topic, from after 'about'
                cue_end = max([cue_end] + [c.idx + len(c) for c in about_topic(verb, entry)])
            span = self.content_after_cue(span, cue_end)
        subj = self.subject(verb)
        if subj is None or subj.lower_ == "there" or not self.can_speak(subj):
            return  # "He was denied bail", "The storm threatened the coast": not speech
        speaker = [self.speaker_span(subj)] + self.relative_mention(verb)
        inside = self.quotes_inside(span[0], span[1] + 1)
        self.used_quotes.update(inside)
        self.add_clause([span], "reported", verb, entry, speaker, CONF_REPORTED)


def argument_after(parsed: ParsedIndirect, verb: Token, last: int) -> range:
    """The token indexes of the speaker's reason or result clause after the content (which ends at
    ``last``) that the parser put outside it (content_extent.continuing_clause); none when a speech
    verb heads it (a statement of its own)."""
    clause = continuing_clause(verb, last)
    if clause is None or parsed.cue_entry(clause):
        return range(0)
    if clause.i > verb.i:
        end = clause.right_edge.i
    else:  # (the root after)
        inside = {k.i for k in verb.subtree}
        end = max(t.i for t in clause.subtree if t.i not in inside)
    while end > clause.i and verb.doc[end].dep_ in ("cc", "punct"):
        end -= 1  # ('..., so the city could save money, and the club protested')
    return range(last + 1, end + 1)


def first_run(idx: list[int], verb: int, aside: set[int]) -> tuple[int, int]:
    """The first run of token indexes, up to the first gap after the verb (a conjoined clause
    left out); a gap of tokens set aside (the addressee) does not end it."""
    end = idx[0]
    for a in idx[1:]:
        if a > end + 1 and a > verb and not aside.issuperset(range(end + 1, a)):
            break
        end = a
    return idx[0], end


def comparative_clause(verb: Token) -> bool:
    """'... worse than anyone had feared', '... not as deep as unions had feared': a clause that
    completes a comparison is part of what the speaker said, even when its verb is a speech or
    thinking verb; it is no statement of its subject's."""
    marks = [g.lower_ for g in verb.children if g.dep_ == "mark"]
    if "than" in marks:
        return True
    return "as" in marks and any(g.dep_ == "advmod" and g.lower_ == "as" and g.i < verb.i for g in verb.head.children)


def gerund_clause(verb: Token) -> list[Token]:
    """'said legalizing it could put ...': the parser made the gerund subject the verb's
    complement and hung the clause on it; the gerund's clause is what was said."""
    return [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
            and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)]


def relative_opening(verb: Token, keep: set[int]) -> tuple[list[tuple[int, int]], set[int]]:
    """'a budget that the mayor said would cut waste', '..., which he said was unfair': a speech
    verb in a relative clause whose complement holds the relative pronoun; the pronoun opens the
    content (its span), the rest follows the cue (the token indexes kept). Otherwise no span and
    ``keep`` as given."""
    first = verb.doc[min(keep)]
    if verb.dep_ != "relcl" or first.i > verb.i or first.lower_ not in RELATIVE:
        return [], keep
    return [(first.idx, first.idx + len(first))], {k for k in keep if k > verb.i}


def all_quoted_span(parsed: ParsedIndirect, verb: Token, span: tuple[int, int],
                    quoted: list[tuple[int, tuple[int, int]]]) -> tuple[int, int] | None:
    """The span of a clause with quoted parts. A clause all quoted right after the verb (or after
    'that' and adverbs, verb_then_that) is the direct pass's quote: None. A clause all quoted after
    'that' further on ('telling customers at a … spot that “…”'), or whose quotation runs on past
    the parsed clause ('told reporters that “… . …”'), says all of the quotation."""
    first_quote = min(parsed.quotes[k].open_mark for k, _ in quoted)
    lead = parsed.text[span[0] : first_quote].split()
    if (_alnum(parsed.text, [piece for _, piece in quoted]) < 0.8 * _alnum(parsed.text, [span])
            or [w for w in lead if w.lower() != "that"]):
        return span
    end = max(e for k, _ in quoted for _, e in parsed.quotes[k].pieces)
    runs_on = _alnum(parsed.text, [(span[1], max(end, span[1]))]) > 0
    if not lead or parsed.verb_then_that(verb.i, first_quote) and not runs_on:
        return None
    return (span[0], max(end, span[1]))


def about_topic(verb: Token, entry: CueEntry) -> list[Token]:
    """'spoke about the deficit', 'wrote about the housing shortage', 'told reporters about the
    plan': a speech verb that needs a clause reports its topic when an 'about' phrase after it
    names one (not 'said about 40 people', where 'about' belongs to a number). The 'about's."""
    if entry.kind != "indirect":
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]


INDEFINITE_THINGS = {"anything", "something", "nothing", "everything", "all", "what"}


def _contact_clause(addressee: Token) -> Token | None:
    """'told the inquest | the sea had been calm', 'told the station | he had waited nine hours': a
    clause with its own subject and an auxiliary right after the one told, which the parser hung
    on the addressee as a relative clause with no relative word, is what was told."""
    if any(g.dep_ == "dative" for g in addressee.head.children) or addressee.lower_ in INDEFINITE_THINGS:
        return None  # 'tell the I.R.S. anything | it doesn't already know': the object is what is told
    for c in addressee.children:
        if c.dep_ != "relcl" or c.i < addressee.i:
            continue
        clause = {t.i for t in c.subtree}
        if c.left_edge.i != max(t.i for t in addressee.subtree if t.i not in clause) + 1:
            continue  # (right after the addressee's own words: no comma, no relative word between)
        subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        if subject is None or subject.lower_ in RELATIVE or subject.tag_ in ("WDT", "WP", "WP$") \
                or c.doc[subject.left_edge.i - 1].lower_ in RELATIVE:
            continue
        if any(g.dep_ == "xcomp" and any(a.lower_ == "to" for a in g.children) for g in c.children):
            continue  # 'told the crew he had hired to wait': an order, and the clause a relative one
        if any(g.dep_ in ("aux", "auxpass") and g.i < c.i for g in c.children) or c.lemma_ == "be":
            return c
    return None


def _other_speakers_clause(verb: Token) -> bool:
    """A circumstance whose speech verb has a subject of its own that is no pronoun and a clause of
    its own ('..., after prosecutors alleged that three of its tankers ...'): another speaker's
    statement. 'when he said that ...', 'because he doubted ...' stay in the clause around them."""
    subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON" and any(g.dep_ == "ccomp" for g in verb.children)


def opens_quote(parsed: ParsedIndirect, mark: Token) -> bool:
    """A quotation mark the parser hung on the verb that opens a quotation ('called the cuts
    "a disgrace to the club."': the mark between object and predicate is no end of the content)."""
    k = parsed.quote_at(mark.idx)
    return mark.is_quote and k is not None and parsed.quotes[k].open_mark == mark.idx


def object_folded_in(parsed: ParsedIndirect, predicate: Token) -> bool:
    """'called the message “tone-deaf.”': the parser hung the object on the quoted predicate (no
    object of the verb's own); a noun of the predicate's phrase before a quotation that opens
    inside it is the object, the quotation what it was called. The reading is the parser's where a
    quotation closes the sentence with its full stop inside; a possessor is no object ('what they
    call Trump's “self-centered message.”': one noun phrase, what was called)."""
    words = list(predicate.subtree)
    opening = next((t for t in words if parsed.in_quote(t)), None)
    if opening is None or opening.i <= predicate.left_edge.i:
        return False
    k = parsed.quote_at(opening.idx)
    if k is None or any(ch.isalnum() for ch in parsed.text[parsed.quotes[k].close_mark : predicate.sent.end_char]):
        return False  # ('called X “…” and referred to …': the quotation does not close the sentence)
    possessed = {t.i for w in words if w.dep_ == "poss" for t in w.subtree}
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") and not parsed.in_quote(t) and t.i not in possessed
               for t in words if t.i < opening.i)


def misplaced_clause(prep: Token) -> Token | None:
    """'said on a call with analysts that copper prices had fallen', 'told reporters outside the
    statehouse Monday that the closure would ...': a that-clause with its own subject that the
    parser hung on a noun inside a phrase after the speech verb, a noun that takes no that-clause
    of its own (a person, a place, an occasion); not 'commented on reports that ...', 'the claim
    that ...' (data/content_nouns_en.txt, data/cue_nouns_en.txt), where the clause is the noun's,
    nor the result after 'so'/'such'."""
    for c in prep.subtree:
        if c.dep_ not in ("acl", "relcl", "ccomp") or c.i < prep.i or c.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children):
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.lower_ not in RELATIVE for g in c.children):
            continue
        if any(t.lower_ in ("so", "such") for t in prep.doc[prep.i : c.left_edge.i]):
            return None  # 'argued with such force that the vote was delayed': a result, not what was said
        lemma = c.head.lemma_.lower()
        if lemma in content_nouns() or lemma in cue_nouns() or c.head.lower_ in content_nouns():
            return None
        if c.head.dep_ == "pobj" and c.head.head.lower_ in TOPIC_PREPOSITIONS:
            return None  # 'spoke about the guarantee that no jobs would be lost': the topic's own clause
        if time_relative(c, prep.head) is not None:  # 'denied the claim on the day that the audit was
            # published': the day's own; what was said is the clause after it, if any ('ruled on the
            # day that the trial ended that the evidence was inadmissible')
            return next(iter(after_time_relative(c)), None)
        return c
    return None


# a noun right after these names what was talked about; a that-clause on it is that noun's own
TOPIC_PREPOSITIONS = frozenset(("about", "regarding", "concerning"))


def clause_in_phrases(parsed: ParsedIndirect, verb: Token) -> list[Token]:
    """A that-clause the parser hung inside a phrase after the verb: 'said in a statement that
    ...' (on the noun), 'told the BBC's Today programme that ...' (on the one told), 'said on a
    call with analysts that ...' (misplaced_clause); empty when there is none."""
    for prep in [p for c in verb.children for p in ([c] + [g for g in c.children if g.dep_ == "prep"]
                                                        if c.dep_ == "prep" else [c])]:
        # the one told: 'told the BBC's Today programme that ...' (the parser hung the clause on
        # the addressee); the occasion: 'in a statement', 'at a news conference'; any other phrase
        # only where its noun takes no clause of its own (misplaced_clause)
        told = prep.dep_ == "dobj" and prep.i > verb.i and verb.lemma_.lower() in addressing_cues()
        if not told:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            if prep.lower_ not in ("in", "at", "during", "to"):
                if (clause := misplaced_clause(prep)) is not None:  # 'said on a call with analysts that ...'
                    return [clause]
                continue
        for obj in ([prep] if told else prep.children):
            if prep.lower_ == "to" and not parsed.can_speak(obj):
                continue  # 'wrote to council members that ...', not 'responded to claims that ...'
            # (also deeper in the phrase: 'telling customers at a breakfast spot in Marlow that
            # ...'; a 'that' marking a clause with its own subject is no relative pronoun)
            if told and (contact := _contact_clause(obj)) is not None and parsed.subject(verb) is not None:
                return [contact]  # (only where someone tells: the reading is a guess at the parser's)
            for c in obj.subtree:
                if c.dep_ in ("acl", "relcl", "ccomp") and c.i > obj.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and (
                        c.head.i == obj.i or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)) and (
                        time_relative(c, verb) is None):  # ('posted a loss in the quarter that the strike began')
                    return [c]
    return []
