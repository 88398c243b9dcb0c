"""The speaker of an English cue verb on the trained pipeline: its subject expanded to the full
name, a relative pronoun's antecedent, who the narration is about ("according to X": parsed_sources.py)."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from .base import (
    GAELIC_LINKS,
    GAELIC_MUTATED,
    GAELIC_PATRONYMS,
    NAME_PARTICLES,
    PRONOUNS,
    RELATIVE,
    _trim,
    agents,
    apposed_to_dateline,
    led_participle,
)
from ..actors.headlines import short_headline_end
from ..actors.lexicon import lexicon
from ..actors.words import HONORIFICS, MEMBER_BODIES
from .cues import cue_nouns, document_nouns, partitive_words, speaker_nouns
from .parsed_indirect import misread_predicate, subject_read_as_clause, subject_read_as_modifier


def leader(group: Token) -> Token | None:
    """'A group of bondholders led by Greyfield Partners said X', 'A delegation led by Councillor
    Amos Reid told …': the one named as leading a group of common nouns, in a clause that picks
    the group out (no commas), speaks for it (None where no one named leads it). Set off by
    commas ('Farmers, led by Ann Pike, said …') the leader is an aside: the group speaks."""
    led = led_participle(group) if group.pos_ == "NOUN" else None
    if led is None or group.doc[led.i - 1].text == ",":
        return None
    return next((g for g in agents(led) if g.pos_ == "PROPN"), None)


class ParsedSpeakers:
    """The speaker rules of ParsedRules (a mixin: it reads the parsed document)."""

    def subject(self, verb: Token) -> Token | None:
        """The speaker token of a speech verb: its subject, the subject of the verb it hangs
        on ("..., saying ...", "... and said ..."), or the noun a relative clause describes."""
        if (named := participle_on_dateline(verb, self.in_dateline, self.can_speak)) is not None:
            return named
        seen = 0
        while verb is not None and seen < 4:
            # the subject nearest the verb (a dateline can pose as a second one)
            subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
            for c in subjects:
                if self.in_dateline(c):
                    # 'MARLOW (AP) — The official, Marcus Hale, said': the parser hung the
                    # subject on the dateline as an apposition
                    # ... or as a conjunct ('LONDON (BBC) - Farida bin Talal, ..., said')
                    apposed = [a for a in c.children if a.dep_ in ("appos", "conj") and not self.in_dateline(a)]
                    if apposed:
                        return apposed[0]
                    continue
                if c.ent_type_ in ("DATE", "TIME") and len(subjects) > 1:
                    continue  # 'Hale said Tuesday that ...': the day is no second subject
                if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return _who_antecedent(verb.head) if c.lower_ == "who" else verb.head
                if len(subjects) > 1:  # 'The chief executive of the brewer Kestrel Ales, Hamish Doyle, said':
                    # the parser split the subject in two; the name apposed after a comma speaks
                    return next((a for a in c.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                 and self.doc[a.left_edge.i - 1].text == ","), c)
                return leader(c) or _closing_name(c, verb)
            perfect = self.contracted_perfect_subject(verb)
            if perfect is not None:
                return perfect
            opener = self.participle_subject(verb)
            if opener is not None:
                return opener
            by = agents(verb)  # passive with agent: "was told by X"
            if by:
                return by[0]
            if verb.lemma_ in ("quote", "cite") and seen:  # "X was quoted as saying ..."
                passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if passive:
                    return passive[0]
            named = (misread_predicate(verb, self.can_speak) or subject_read_as_clause(verb)) if not seen else None
            if named is not None:
                return named
            verb = self.governing(verb, seen)
            seen += 1
        return None

    def governing(self, verb: Token, seen: int) -> Token | None:
        """The verb a speech verb without a subject of its own hangs on, whose subject it shares
        (None: none)."""
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            return verb.head.head  # "quoted as saying"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and self.doc[verb.left_edge.i - 1].text == ",":
            # 'X blocked a law that ..., ruling that ...': the participle belongs to the main clause
            root = verb.sent.root
            if root.i != verb.i and any(c.dep_ == "nsubj" for c in root.children):
                return root
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            # "said it had invested ... and called the strike ...": a speech verb conjoined
            # inside another's clause shares that speech verb's subject
            if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and self.cue_entry(verb)
                    and self.cue_entry(verb.head.head)):
                return verb.head.head
            return verb.head
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and seen and verb.head.i != verb.i:
            # 'voters were more likely to say ...', 'X was quick to deny ...': the adjective's
            # infinitive speaks for the subject of its copula
            return verb.head
        return None

    def contracted_perfect_subject(self, verb: Token) -> Token | None:
        """'He's said he wants ...': the parser reads the contracted 'has' as a passive 'is';
        before a clause (not 'is said to be ...') the passive subject is the speaker."""
        if not any(a.dep_ == "auxpass" and a.lower_ in ("'s", "’s") for a in verb.children):
            return None
        if not any(c.dep_ == "ccomp" for c in verb.children) or any(c.dep_ == "xcomp" for c in verb.children):
            return None
        # ('It's said that ...' stays the impersonal passive)
        return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i and c.lower_ != "it"), None)

    def participle_subject(self, verb: Token) -> Token | None:
        """'Speaking to reporters in Leeds, the shadow health secretary, Amira Patel, said ...':
        the parser made the opening participle the subject and hung the speaker on it as an
        apposition; the first apposition after a comma that can speak is the speaker."""
        for c in verb.children:
            if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i:
                return next((t for t in c.subtree if t.dep_ == "appos" and t.left_edge.i > 0
                             and self.doc[t.left_edge.i - 1].text == "," and self.can_speak(t)), None)
        return _apposed_after_opening(verb, self.can_speak)

    def speaker_span(self, tok: Token) -> tuple[int, int]:
        """The subject expanded to the full name or organisation, as written:
        "Secretary of State Jane Roe", "a spokesman for the ministry", "The union's general
        secretary, Priya Castellan"; relative clauses and descriptive appositions are left out."""
        if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
            return (tok.idx, tok.idx + len(tok))
        left = tok.left_edge.i
        # 'Khalid al-Mansouri': a hyphenated surname the parser split keeps its first part
        while left >= 2 and self.doc[left - 1].text == "-" and not self.doc[left - 2].whitespace_ \
                and not self.doc[left - 1].whitespace_:
            left = self.doc[left - 2].left_edge.i
        right = tok.i
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ == "prep" and self.place_phrase(c) and not _member_body_place(tok, c):
                named = self._apposed_name(tok)  # 'The owner of the Crown in Ashby, Mary Pike': the name still counts
                right = self._appos_end(named) if named is not None else right
                break  # 'Ferry operators in Brennsund': the place is where they are, not who
            if c.dep_ in ("prep", "compound", "nummod", "amod", "case", "flat", "nmod", "pobj", "cc", "conj"):
                right = c.right_edge.i  # 'Both Ms. Rana and Mr. Ott'; 'a spokesman for the ministry' 
            elif c.dep_ == "appos" and (tok.pos_ != "PROPN" or _capital_role(tok)) and (
                    c.pos_ == "PROPN" or c.ent_type_ == "PERSON"):
                # 'The Health Secretary, Alan Brightwell': a capitalised role is no name
                right = self._appos_end(c)
                break
            elif c.dep_ == "punct" and c.text == ",":
                continue
            else:
                break
        right = _before_relative(self.doc, tok.i, right)
        if right == tok.i and tok.pos_ == "NOUN" and right + 1 < len(self.doc) and self.doc[right + 1].ent_iob_ == "B" \
                and self.doc[right + 1].ent_type_ == "PERSON":
            right = _entity_end(self.doc, right + 1)  # 'county engineer | Mabel Trask' the parser split
        left, right = name_extent(self.doc, left, right)
        while left < tok.i and self.in_dateline(self.doc[left]):
            left += 1  # (a dateline the NER joined to the name: 'STRANDHOLM - Haverty')
        span = _trim(self.doc, left, right)
        return span or (tok.idx, tok.idx + len(tok))

    def place_phrase(self, prep: Token) -> bool:
        """'in Brennsund', 'near Hallby': a preposition of place whose object is a place."""
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or prep.lower_ not in ("in", "at", "near"):
            return False
        # 'in Marlow' the NER did not know; 'analysts at Corvell Bank' is where they work, kept;
        # 'Rail unions in neighbouring Kesland': people or bodies in the plural are in a place, never
        # in a person, whatever the NER took the name for
        return obj.ent_type_ in ("GPE", "LOC", "FAC") or (
            prep.lower_ == "in" and obj.pos_ == "PROPN" and obj.ent_type_ not in ("ORG", "NORP")
            and (obj.ent_type_ != "PERSON" or prep.head.tag_ == "NNS"))

    def _apposed_name(self, tok: Token) -> Token | None:
        """The person's name apposed after a comma to a described speaker, or None."""
        # (the parser may hang it on the place: 'The owner of the Crown in Ashby, Mary Pike')
        return next((c for c in tok.subtree if c.i > tok.i and c.dep_ == "appos" and tok.pos_ != "PROPN"
                     and (c.ent_type_ == "PERSON" or c.head.i == tok.i and c.pos_ == "PROPN")
                     and self.doc[c.left_edge.i - 1].text == ","), None)

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
            if (opening := subject_read_as_modifier(verb)) is not None:
                return [(opening[0].idx, opening[1].idx + len(opening[1]))]  # 'The 64-year-old said ...'
            after = speaker_after(verb, self.can_speak)
            return [self.speaker_span(after)] if after is not None else []
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

    def narration_subject(self, char: int) -> tuple[int, int] | None:
        """The person a sentence without quotes is about ('Roe was blunt.'), when its main
        verb's subject is a person's name or he / she."""
        sent = self.sent_of(char)
        if any(self.quote_at(t.idx) is not None for t in sent if t.idx <= char):
            return None  # (a quote after its colon may share its sentence: 'Mr Roe worries about risk: "…"')
        subj = subject_before(sent, char)
        if subj is None or others_words_before(sent, char):
            return None
        if subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" or c.lower_ in HONORIFICS for c in subj.children):
            return self.speaker_span(subj)
        return None

    def can_speak(self, tok: Token) -> bool:
        """A pronoun, a name, or a noun phrase headed by a noun that can speak."""
        if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if tok.lemma_.lower() in speaker_nouns() or tok.lower_ in speaker_nouns():
            return True
        if self.partitive_group(tok) is not None:
            return True  # 'Half of the respondents', 'Two-thirds of the nurses'
        # 'The union's general secretary, Priya Castellan': the apposed name
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)

    def partitive_group(self, tok: Token) -> Token | None:
        """The group a part of it speaks for: 'Half of the respondents' -> respondents,
        'Two-thirds of the nurses', 'Most of the residents', '60 percent of farmers': a number or
        a word for a part (data/partitives_en.txt) whose 'of' object can speak."""
        if not (tok.pos_ == "NUM" or tok.lower_ in partitive_words() or tok.lemma_.lower() in partitive_words()):
            return None
        group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
                      for g in c.children if g.dep_ == "pobj"), None)
        if group is None or group.lower_ in PRONOUNS or group.pos_ == "PRON":
            return None  # 'most of them': no group named
        return group if self.can_speak(group) else None

    def headline_speakers(self) -> None:
        """'Fees will stay, says minister' over the story: a headline whose speaker is a bare
        singular role noun ('minister', 'central bank chief') speaks with the lead's named
        speaker ('Transport Minister Ilse Varga said ...'), the first statement below it."""
        end = short_headline_end(self.text)
        if end is None:
            return
        lead = self.first_speaker(end + 1, len(self.text) + 1, self.span_has_name)
        if lead is None:
            return
        for f in self.found:
            if f.quote[0][1] <= end and f.speaker_mention and self.bare_role(f.speaker_mention[0]):
                f.speaker_mention = [lead]

    def first_speaker(self, start: int, end: int, fits: Callable[[tuple[int, int]], bool]) -> tuple[int, int] | None:
        """The speaker mention of the first statement (in text order) whose quote opens in
        [start, end) and whose speaker ``fits``, or None (the lead rules' named speaker)."""
        return next((f.speaker_mention[0] for f in sorted(self.found, key=lambda f: f.quote[0])
                     if start <= f.quote[0][0] < end and f.speaker_mention and fits(f.speaker_mention[0])), None)

    def span_tokens(self, span: tuple[int, int]) -> Span | list[Token]:
        """The tokens of a character span, widened to whole tokens ([] where none)."""
        return self.doc.char_span(*span, alignment_mode="expand") or []

    def span_has_name(self, span: tuple[int, int]) -> bool:
        return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in self.span_tokens(span))

    def bare_role(self, span: tuple[int, int]) -> bool:
        """A singular common noun phrase that can speak, no name in it: 'minister', 'bank chief'."""
        toks = [t for t in self.span_tokens(span) if not t.is_punct]
        return bool(toks) and not self.span_has_name(span) and toks[-1].tag_ == "NN" and self.can_speak(toks[-1])


def participle_on_dateline(verb: Token, in_dateline: Callable[[Token], bool], can_speak: Callable[[Token], bool]) -> Token | None:
    """The speaker of a participle the parser hung on a dateline made the root ("HELENA, Mont. (AP) —
    Sen. X called for Y, saying …": the subject an apposition of the dateline, the participle its
    clause): the dateline's apposed noun that can speak, else None."""
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG" or not in_dateline(verb.head):
        return None
    return next((a for a in apposed_to_dateline(verb.head.children, in_dateline, ("appos",)) if can_speak(a)), None)


def _capital_role(tok: Token) -> bool:
    """'The Health Secretary', 'the Chief Constable': a role written with capitals that the
    parser took for a name; the head word or the words before it make a known title."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in PRONOUNS:
        return False
    words = [t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.pos_ != "DET" and t.dep_ != "poss" and t.dep_ != "case"]
    titles = lexicon("en").titles
    return tok.lower_ in speaker_nouns() or any(" ".join(words[k:]) in titles for k in range(len(words)))


def _member_body_place(head: Token, prep: Token) -> bool:
    """'the Federation of Small Traders in Harwick': a capitalised body of members with an of/for
    phrase, then 'in' and a place: the place is part of the name."""
    return head.text[:1].isupper() and head.lower_ in MEMBER_BODIES and prep.lower_ == "in" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < prep.i for c in head.children)


def _entity_end(doc: Doc, i: int) -> int:
    """The last token of the entity that opens at token i."""
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


def _before_relative(doc: Doc, head: int, right: int) -> int:
    """The speaker's last token before a relative clause or a participle the parser hung on a word
    inside the phrase ('a worker at the plant, who spoke on condition of anonymity, ...')."""
    for k in range(head + 1, right + 1):
        if doc[k].lower_ in ("who", "whom", "whose", "which") and doc[k].head.dep_ == "relcl":
            return k - 2 if doc[k - 1].text == "," else k - 1
        if doc[k].dep_ == "acl" and doc[k].tag_ in ("VBN", "VBG") and not doc[k].ent_type_ and doc[k].head.i > head:
            # 'a survey by the Wildlife Trust released on Monday': the participle describes the
            # paper, the speaker phrase ends with the body's name
            return k - 2 if doc[k - 1].text == "," else k - 1
    return right


def _first_name_cut_off(doc: Doc, left: int) -> bool:
    """The token before ``left`` is a capitalised word that the parser made a sentence of its own
    at a paragraph's start, and ``left`` a name that goes on from it ('Marguerite | Vennacott said')."""
    if left < 1 or not doc[left].is_sent_start or doc[left].pos_ != "PROPN":
        return False
    first = doc[left - 1]
    return first.is_sent_start and first.pos_ == "PROPN" and first.is_title and first.is_alpha and bool(first.whitespace_) \
        and (first.i == 0 or "\n" in doc[first.i - 1].text_with_ws)


def name_extent(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """The speaker's tokens widened to the whole name the parser broke at its particles: the
    rest of a named entity ('Pieter van den | Broek'), particles and the name after them
    ('Fiona Mac | an tSaoir', 'Jan | de Wit'), and a first name the parser made a sentence of its own
    ('Marguerite | Vennacott, who …')."""
    left -= _first_name_cut_off(doc, left)
    while left > 0 and doc[left].ent_iob_ == "I" and doc[left - 1].ent_type_ == doc[left].ent_type_ \
            and not doc[left - 1].is_punct:
        left -= 1
    k = left - 1
    while k > 0 and doc[k].lower_ in NAME_PARTICLES:
        k -= 1
    if k < left - 1 and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[left].text[:1].isupper():
        left = k  # 'Pieter van den | Broek'
    elif k < left - 1 and not doc[k].is_alpha and doc[k + 1].is_lower and (
            doc[left].text[:1].isupper() or doc[left].lower_ in NAME_PARTICLES):
        left = k + 1  # '…," de la | Fuente Ibarra said': a surname that opens with its particles
    while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I" and doc[right + 1].ent_type_ == doc[right].ent_type_:
        right += 1
    k = right + 1
    while k < len(doc) and (doc[k].lower_ in NAME_PARTICLES or doc[k - 1].lower_ in GAELIC_PATRONYMS):
        if doc[k].lower_ in NAME_PARTICLES:
            k += 1
        elif doc[k].text in GAELIC_LINKS:
            k += 1
        elif doc[k].text == "a" and not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text in "'’":
            k += 2  # "Nic a' Bhaird": the tokenizer split the link word
        else:
            break
    if right + 1 < k < len(doc) and doc[right].pos_ == "PROPN" and (
            doc[k].text[:1].isupper() or GAELIC_MUTATED.match(doc[k].text)):
        right = k
    return left, right


def _who_antecedent(head: Token) -> Token:
    """'Nadia Roe, the chair of the Hartwell Residents' Alliance, who said …': the parser hangs
    'who' on the body that ends the apposition; a person is meant, the name the apposition
    describes. A 'which' keeps the body, and so does 'who' after a body with no name apposed."""
    prep = head.head if head.dep_ == "pobj" else None
    role = prep.head if prep is not None and prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at") else None
    if role is not None and role.dep_ == "appos" and role.pos_ == "NOUN" and role.head.pos_ == "PROPN":
        return role.head
    return head


def _closing_name(subject: Token, verb: Token) -> Token:
    """'The club's former captain, now a pundit for Radio Kells, Dara Quinlan, said': a
    described subject whose appositions end in a name, set off by commas right before the verb;
    the parser hangs the name on the last apposition's noun. The name speaks; a subject that is
    a name or a pronoun, or a description with no such name, stays."""
    if subject.pos_ != "NOUN" or subject.i > verb.i:
        return subject
    last = subject.right_edge
    end = last.i if last.text != "," else last.i - 1
    name = subject.doc[end]
    if not (name.ent_type_ == "PERSON" and name.dep_ == "appos" and name.head.i != subject.i
            and subject.doc[name.left_edge.i - 1].text == "," and end < verb.i):
        return subject
    return name


def _apposed_after_opening(verb: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """'In an interview with the Gazette, the hospital's chief executive, Dr Neil Fairbairn,
    admitted ...', 'Speaking to Radio Harwick, the chief executive ..., Nina Castell, said ...': with
    no subject of its own, the parser hung the verb's subject on the opening phrase's noun as an
    apposition; the apposition that a comma opens and that ends right before the verb speaks."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("prep", "advcl") and c.i < verb.i and c.right_edge.i < verb.i:
            apposed = next((t for t in c.subtree if t.dep_ == "appos" and t.left_edge.i > c.i
                            and doc[t.left_edge.i - 1].text == "," and _closes_before(t, verb) and can_speak(t)), None)
            return apposed if apposed is not None else _name_closing_opening(c, verb)
    return None


def _name_closing_opening(opening: Token, verb: Token) -> Token | None:
    """'Speaking at the launch, the company's co-founder, Declan Furlong, said …' when the parser
    made the description the participle's object and the name hangs anywhere in the opening: a
    person's name set off by commas that ends right before the verb speaks."""
    doc = verb.doc
    last = doc[verb.i - 2] if verb.i >= 2 and doc[verb.i - 1].text == "," else None
    if last is None or last.ent_type_ != "PERSON" or last.i <= opening.i:
        return None
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return last if first > opening.i + 1 and doc[first - 1].text == "," else None


def _closes_before(tok: Token, verb: Token) -> bool:
    """Does ``tok``'s phrase end right before ``verb`` (one comma between them aside)?"""
    between = verb.doc[tok.right_edge.i + 1:verb.i]
    return len(between) <= 1 and all(t.text == "," for t in between)


def speaker_after(verb: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """The speaker written after the verb, where the parser made it an object ('"…," said Amina
    Toure', '…, says minister' in a headline, '…, warned Oskar Lindfors on Tuesday')."""
    for c in verb.rights:
        if c.ent_type_ in ("DATE", "TIME"):
            continue  # 'said Tuesday'
        if c.dep_ in ("dobj", "npadvmod", "attr", "appos", "nsubj", "dep") and (
                c.pos_ in ("PROPN", "PRON") or (c.pos_ == "NOUN" and can_speak(c))):
            return c
    return None


def subject_before(sent: Span, char: int) -> Token | None:
    """The subject of the sentence's main verb before ``char``; where the parser rooted the sentence
    in a quote after its colon ('Reeve shrugged that off: "…"'), of the highest verb before it."""
    verb = sent.root
    if verb.idx > char:
        before = [t for t in sent if t.idx < char and t.pos_ in ("VERB", "AUX")]
        verb = min(before, key=lambda t: len(list(t.ancestors)), default=None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < char), None) if verb else None


def others_words_before(sent: Span, char: int) -> bool:
    """Before the colon, a message or paper someone else wrote ('read out the message from the
    residents' group: "…"', 'posted a letter by her lawyer: "…"'): the quote after it is that
    one's words, not the subject's (a possessor "his", "her" may be the subject's own: 'repeated
    her warning: "…"')."""
    nouns = cue_nouns() | document_nouns()
    for t in sent:
        if t.idx >= char or t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        after = [c for c in t.head.children if c.i == t.right_edge.i + 1]  # (the parser may hang 'by …' on the verb)
        if any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and any(g.dep_ == "pobj" for g in c.children)
               or c.dep_ == "poss" and c.pos_ != "PRON" for c in [*t.children, *after]):
            return True
    return False
