"""A person described before she is named (agency and regional leads): 'The head of a cross-border
rail project has said … . Siobhan Carrick, chief executive of Northway Rail, told …', 'A county
commissioner called for X. Commissioner Della Strand said …', 'The city's transport chief came out
against X. Jane Roe, who has run the department since 2021, said …'. The description's statements
are the named person's only where the words around her name agree with the description
(actors/named_next.py): 'The mayor has backed X. Opposition leader Jane Roe said …' leaves the
mayor's position the mayor's, unattributed."""
from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span, Token

from ..actors.lexicon import is_anonymous, lexicon
from ..actors.mentions import parse_phrase
from ..actors.named_next import COURTESY, Described, Evidence, head_verbs, office, same_person, set_against
from ..positions.frames_en import described_person
from .bodies import name_spans
from ..actors.headlines import short_headline_end
from .surnames import _titles

NEXT_SENTENCES = 2  # how far after the description its person may be named
NOUNS = ("NOUN", "PROPN")
PLACES = ("GPE", "LOC", "FAC", "DATE", "TIME")  # "Senator X of Ohio": where she is from, not what she belongs to
AFFILIATED = ("of", "from")  # "Jane Roe of the Green Party", "Dora Flint, from the campaign"


class ParsedNamedLater:
    """The named-later rule of ParsedRules (a mixin: it reads the parsed document and its statements)."""

    def named_later(self) -> None:
        """Each statement whose speaker is a description of one person gets the mention of the
        person the next sentences name, where she is that person (described_named)."""
        for f in self.found:
            named = self.described_named(self.span_tokens(f.speaker_mention[0])) if f.speaker_mention else None
            if named:
                f.speaker_mention = [named]
            elif named == ():
                f.unattributed = True  # someone else is named next: the described person keeps no name

    def described_named(self, span) -> tuple[int, int] | tuple[()] | None:
        """The mention of the person a description of one person ('the head of …', 'the city's
        transport chief', 'a union organiser') stands for: the first person named as a subject or
        speaker in the next two sentences whose words agree with the description and whom nothing
        sets against it; with no words either way, the one person newly named there (of two, neither
        is sure); () where everyone named there is someone else; None where the speaker is no such
        description or nobody fits."""
        described = self.description(span)
        if described is None:
            return None
        sents = self.sents  # (the doc's sentences, listed once by _Base)
        here = next((k for k, s in enumerate(sents) if s.start <= span[0].i < s.end), None)
        if here is None:
            return None
        before = self.doc[:span[0].i]
        named_before = {t.lower_ for t in before if t.ent_type_ == "PERSON"}
        newly, linked, other = set(), None, False
        for sent in sents[here + 1:here + 1 + NEXT_SENTENCES]:
            for ent in self.names_in(sent):
                if self.in_body_name(ent):
                    continue
                if ent[-1].lower_ in named_before or self.in_quote(ent[0]) \
                        or ent.start > 0 and self.doc[ent.start - 1].lower_ == "the":
                    continue  # (a name inside a quotation is not the speaker: '"Landfill is worse," Pennock said';
                    # a name after "the" is no person's: "told the Gazette")
                newly.add(ent[-1].lower_)
                if not self.subject_or_speaker(ent):
                    continue
                noun = ent.root.head if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" else ent.root
                evidence = self.evidence(ent, noun)
                if set_against(self.text[sent.start_char:noun.left_edge.idx], "en") or related(noun) \
                        or not same_person(described, evidence):
                    other = True  # ("The mayor backed X. Opposition leader Jane Roe said …": someone else)
                    continue
                first = next(t for t in self.doc[noun.left_edge.i:ent.end] if not (t.is_punct or t.is_quote))
                mention = (first.idx, ent.end_char)
                if evidence:
                    return mention  # the words around her name agree with the description
                linked = linked or mention
        if linked and len(newly) == 1:
            return linked  # no evidence either way: only the one person newly named
        return () if other and not linked else None

    @cached_property
    def body_spans(self) -> list[tuple[int, int]]:
        """The doc's body names (bodies.name_spans), read once: here and by analyse()."""
        return name_spans(self.doc)

    def in_body_name(self, ent: Span) -> bool:
        """The NER's PERSON is a word of a body's name ('Fenmoor Fire' of 'Fenmoor Fire and Rescue
        Service')."""
        return any(b <= ent.start and ent.end <= e for b, e in self.body_spans)

    def names_in(self, sent: Span) -> list[Span]:
        """The persons' names of a sentence in text order: the NER's, and the names of two words and
        more that end a statement's speaker mention (the NER misses some: 'Annika Lindqvist-Moreau, who …')."""
        names = {e.start: e for e in sent.ents if e.label_ == "PERSON"}
        for f in self.found:
            words = self.span_tokens(f.speaker_mention[0]) if f.speaker_mention else []
            if not (words and sent.start <= words[0].i < sent.end and all(t.ent_type_ in ("", "PERSON") for t in words)
                    and not any(t.ent_type_ == "PERSON" for t in words)):
                continue
            propns = [t.i for t in words if t.pos_ == "PROPN"]
            if not propns:
                continue
            start = end = max(propns) + 1
            first = words[0].i - (words[0].i == sent.start and words[0].i > 0 and self.doc[words[0].i - 1].pos_ == "PROPN"
                                  and self.doc[words[0].i - 1].is_sent_start)  # ("Owen | Pritchard-Vayle, who …, said":
            # a first name the parser cut off as a sentence of its own)
            while start > first and (self.doc[start - 1].pos_ == "PROPN" or self.doc[start - 1].tag_ == "HYPH"):
                start -= 1
            if len(parse_phrase(self.doc[start:end].text, "en").name) > 1:
                names.setdefault(start, self.doc[start:end])
        return [names[k] for k in sorted(names)]

    def description(self, span) -> Described | None:
        """The role noun and the other nouns of a description of one unnamed person: a singular role
        noun (a title, or a role the phrase reader finds) after 'the', 'a' / 'an', or an owner ('The
        city's transport chief'); not a spokesperson, an anonymous source or a body; 'the …' only
        where nobody was named before (it refers back), and not in a headline."""
        if not span or any(t.ent_type_ == "PERSON" or t.dep_ == "appos" and t.pos_ == "PROPN" for t in span) \
                or span[0].lower_ not in ("the", "a", "an", "one"):
            return None  # (already named: 'The home secretary, Lydia Carrow,')
        root, one = span.root, span[0].lower_ == "one"
        if one:  # "One of the town's longest-serving councillors": one person of a plural role
            root = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in _titles()), None) \
                if span.root.lower_ == "one" else None
            if root is None:
                return None
        elif root.tag_ != "NN" or root.lemma_.lower() in lexicon("en").institutions:
            return None
        phrase = parse_phrase(span.text if isinstance(span, Span) else " ".join(t.text for t in span), "en")
        if not (one or root.lower_ in _titles() or described_person(root, phrase)) \
                or phrase.spokesperson or is_anonymous(root.lower_, "en") or root.idx < (short_headline_end(self.text) or 0):
            return None
        if span[0].lower_ == "the" and any(t.ent_type_ == "PERSON" for t in self.doc[:span[0].i]):
            return None  # (a definite description after a name refers back: the resolver reads it)
        return Described(root.lemma_.lower(), {t.lemma_.lower() for t in span if t.pos_ in NOUNS and t.i != root.i},
                         self.body_names(t for t in span if t.i != root.i))

    @staticmethod
    def body_names(words) -> set[str]:
        """The proper-name words of a body, without the word for its kind ("Green Party" -> {"green"}:
        "Party" does not tell two parties apart)."""
        return {t.lower_ for t in words if t.pos_ == "PROPN" and t.ent_type_ not in PLACES
                and t.lemma_.lower() not in lexicon("en").institutions}

    def subject_or_speaker(self, ent: Span) -> bool:
        """The named person is the subject of her clause ('Jane Roe, who …, said', 'said Bill
        Harnett', 'The commissioner, Dwight Amberleigh, said') or a statement's speaker."""
        tok = ent.root.head if ent.root.dep_ in ("appos", "compound") else ent.root
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        return any(b < ent.end_char and ent.start_char < e for f in self.found for b, e in f.speaker_mention[:1])

    def evidence(self, ent: Span, noun: Token) -> Evidence:
        """What the words around the name say of the person: the office written before it
        ('Opposition leader', 'The commissioner,'), an apposition ('a former shipping executive'), and
        a relative clause of holding ('who became the union's general secretary') or heading
        ('who chairs the patients' forum', 'who has run the department')."""
        out = Evidence()
        written = parse_phrase(self.text[noun.left_edge.idx:ent.end_char], "en")
        if written.role and (o := office(written.role, {w.casefold() for w in written.affiliation.split()})):
            out.offices.append(o)
        elif ent.start > 0 and (prev := self.doc[ent.start - 1]).pos_ in NOUNS and not prev.ent_type_ and prev.head.i in range(ent.start, ent.end) \
                and prev.lower_.rstrip(".") not in COURTESY:
            out.offices.append(self.office_noun(prev))  # a noun right before the name is her role ("Board member X")
        if (body := self.affiliation(ent)) is not None:
            out.affiliations.append(({body.lemma_.lower()}, self.body_names(body.subtree)))
        holders = [ent.root, *(c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
        if noun is not ent.root:
            holders.append(noun)
        for h in holders:
            if h.pos_ == "NOUN" and h is not noun:
                out.offices.append(self.office_noun(h))
            for clause in (c for c in h.children if c.dep_ == "relcl"):
                self.read_clause(clause, out)
        return out

    def affiliation(self, ent: Span) -> Token | None:
        """The head noun of the body written right after the name, what she belongs to: 'Jane Roe of
        the Green Party', 'Dora Flint, from the campaign' (the parser may hang it on the verb),
        'Alma Crewe (Liberal Democrat)'; not a place ('Senator X of Ohio')."""
        at = ent.end + (ent.end < len(self.doc) and self.doc[ent.end].text == ",")
        if at >= len(self.doc):
            return None
        tok = self.doc[at]
        if tok.lower_ in AFFILIATED and tok.dep_ == "prep":
            body = next((o for o in tok.children if o.dep_ == "pobj"), None)
        elif tok.text == "(" and at == ent.end:
            inside = [t for t in self.doc[at + 1:at + 6] if t.pos_ in NOUNS]
            body = next((t for t in inside if t.head.i not in {w.i for w in inside}), None)
        else:
            return None
        return body if body is not None and body.pos_ in NOUNS and body.ent_type_ not in PLACES else None

    def office_noun(self, noun: Token) -> tuple[str, set[str]]:
        """(role noun, its body words) of a noun that names an office ('the union's general secretary')."""
        return noun.lemma_.lower(), {t.lemma_.lower() for t in noun.subtree if t.pos_ in NOUNS and t.i != noun.i
                                     and t.dep_ != "relcl" and t.ent_type_ not in ("DATE", "TIME")}

    def read_clause(self, clause: Token, out: Evidence) -> None:
        """'who became chief executive in 2022' (an office: the copula's attribute), 'who chairs the
        local patients' forum' (a headed body: the verb's objects), 'who has run the department'
        (a bare definite body: the description's own)."""
        for c in clause.children:
            if c.dep_ == "attr" and c.pos_ == "NOUN" or c.dep_ == "prep" and c.lower_ == "as":
                noun = c if c.dep_ == "attr" else next((o for o in c.children if o.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "NOUN":
                    out.offices.append(self.office_noun(noun))
        if clause.lemma_.lower() not in head_verbs("en"):
            return
        objects = [o for c in clause.children if c.dep_ in ("dobj", "prep") for o in ([c] if c.dep_ == "dobj" else c.children)
                   if o.pos_ in NOUNS and o.ent_type_ not in ("DATE", "TIME")]
        for o in objects:
            of = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if of and not any(c.dep_ == "det" for c in o.children):
                o = of[0]  # ("took charge of the division": the division)
            if [t.lower_ for t in o.subtree] == ["the", o.lower_]:
                out.refers_back = True  # "who has run the department": the description's body
            else:
                out.headed.append({t.lemma_.lower() for t in o.subtree if t.pos_ in NOUNS and t.ent_type_ not in ("DATE", "TIME")})


def related(noun: Token) -> bool:
    """A name given by a person's relation to someone "her" or "his" refers to ("A woman who lives near
    the site opposes X. Her neighbour, Jan Odell, …"): another person than the one described."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in noun.children)
