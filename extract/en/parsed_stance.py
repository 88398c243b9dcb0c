"""A main clause that takes a position, speech verb or not ("Fire chief Dana Whitfield pushed for
a second fire station", "The Elmford Farmers Union does not support the toll"): reported speech of
its named subject when no other rule found a statement in the sentence. The English counterpart
of stance_statement in extract/de/indirect.py; whether there is a stance is read by
extract/positions/frames_en.py."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import lexicon
from .base import CONF_REPORTED, _from_verb, _trim
from .surnames import NOT_PERSON_ENTS, _titles, known_word

# "will open the cable car", "could back the plan": plans and conjectures, no position taken
NOT_NOW = frozenset("will would could might may shall should".split())


class ParsedStance:
    """The stance rule of ParsedRules (a mixin: it reads the parsed document)."""

    def stance_pass(self) -> None:
        from ..positions.frames_en import pledged_if_elected, read_stances  # (positions read the clause; imported when first needed)
        from ..positions.frames import own_turns

        for sent in self.doc.sents:
            root = sent.root
            said_after = saying_clause(root)  # "dropped her opposition to X, saying …": the act is hers too
            after = said_after or (None if pledged_if_elected(root) else reason_clause(root))  # ("… after the owners
            # refused to …": their act, not hers; "… if she won the election": the condition of her pledge)
            if after is None and (part := participle_clause(root)) is not None and self.stated(sent) \
                    and not self.stated(sent, part.left_edge.idx):  # ("gave short shrift to X, calling it 'a sugar
                after = part  # hit'": the quote is the participle's, the main clause's act ends before it)
            end = after.left_edge.i - 1 if after is not None else sent.end - 1
            if root.pos_ not in ("VERB", "AUX") or sent.text.rstrip(" \"'”’").endswith("?") \
                    or self.stated(sent, self.doc[end].idx + len(self.doc[end])):
                continue
            aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
            if any(a.lower_ in NOT_NOW or a.lower_ in ("had", "'d") for a in aux) and not refused_ahead(root, aux) \
                    and not pledged_if_elected(root):  # ("would scrap X if elected": a pledge)
                continue  # a plan, a conjecture or pluperfect background
            subj = next((c for c in root.children if c.dep_ == "nsubj" and not self.in_dateline(c)), None)
            dated = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is None and dated is not None:  # "SANTA ILARIA, May 6 (Reuters) - Valdoria's prime minister, X,
                subj = next((t for t in dated.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")  # backed …"
                             and not self.in_dateline(t)), None)  # (the parser hung the subject on the dateline)
            if subj is None or not self.names_someone(subj):
                continue
            who = self.speaker_span(subj)
            said = self.text[who[0] if self.in_dateline(sent[0]) else sent.start_char : self.doc[end].idx + len(self.doc[end])]  # past 'EASTPORT (AP) -'
            stances = [s for s in read_stances(said, self.text[who[0]:who[1]]) if s.value]
            turned = not stances and said_after is None and bool(own_turns(said, "en"))  # "X did a U-turn on Y"
            # (not "Asked whether he had changed his mind on Y", nor "X criticised the mayor's U-turn")
            own = {root.text} | {c.text for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
            if not (stances or turned) or said_after is not None and not any(own & set(s.words) for s in stances):
                continue  # (before a saying clause, only a position the main verb itself takes, or its light
                # verb's noun: "gave short shrift to X, calling it …")
            first = min([root.i] + [c.i for c in root.children if c.dep_ in ("aux", "neg") and c.i > subj.i])
            if said_after is None and not self.stated(sent):
                end = sent.end - 1  # (a reason clause holding no statement of others stays in the span)
            span = _trim(self.doc, sent.start, end)
            if span is None:
                continue
            span = _from_verb(self.text, span, self.doc[first].idx, root.idx + len(root))
            self.add_found([span], "reported", [(root.idx, root.idx + len(root))], [who], CONF_REPORTED)

    def stated(self, sent: Span, until: int | None = None) -> bool:
        """Some statement (or quotation) already lies in the sentence (before ``until``)."""
        until = sent.end_char if until is None else until
        return any(b < until and e > sent.start_char for f in self.found for b, e in f.quote) \
            or self.quotes_inside(sent.start_char, until)

    def names_someone(self, subj: Token) -> bool:
        """A subject that names a person or a body: a name ("Mayor Anna Lind", "the Elmford
        Farmers Union") or an institution noun ("the city council"), no pronoun or "residents";
        a surname alone the parser took for a common word ("Pettifer now backs X"), or one holder
        of an office ("The governor is now against X")."""
        if subj.pos_ == "PRON":
            return False
        words = list(subj.subtree)
        return any(w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "ORG") for w in words) \
            or subj.lemma_.lower() in lexicon("en").institutions or lone_surname(words) or self.office_holder(subj, words)

    def office_holder(self, subj: Token, words: list[Token]) -> bool:
        """"The governor", "the council leader": the definite article and a singular title noun
        (titles_en.txt), one holder of one office, where the text before names nobody, or names
        someone with that title (the resolver reads the noun as the person named before; not
        "Mayor Jo Tate … The governor is against X", nor "Jo Tate met the governor …": titled_person)."""
        if not (words[0].lower_ == "the" and subj.tag_ == "NN" and subj.lower_ in _titles()
                and all(w.pos_ in ("DET", "NOUN") and w.i <= subj.i for w in words)):
            return False
        before = self.doc[:words[0].i]
        return not any(t.ent_type_ == "PERSON" for t in before) or any(t.lower_ == subj.lower_ and titled_person(t) for t in before)


def titled_person(t: Token) -> bool:
    """A title given to the person named right after it ("Governor Jo Tate", "the governor, Jo Tate"),
    not the office of someone else in the sentence ("Jo Tate met the governor")."""
    after = t.doc[t.i + 1:t.i + 3]
    return len(after) > 0 and (after[0].ent_type_ == "PERSON" or after[0].text == "," and len(after) > 1 and after[1].ent_type_ == "PERSON")


def lone_surname(words: list[Token]) -> bool:
    """A subject of one capitalised word English does not know (not in the trained pipeline's
    lemma index of nouns, verbs, adjectives and adverbs: "Pettifer", "Forsythe", which the parser
    may tag a verb or a common noun), no title, place or date: a person named by surname."""
    if len(words) != 1:
        return False
    t, word = words[0], words[0].text
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2 \
        and t.ent_type_ not in NOT_PERSON_ENTS and word.casefold() not in _titles() and not known_word(t)


def saying_clause(root: Token) -> Token | None:
    """A participle that says something after the main clause ("…, saying the revenue was needed",
    "…, arguing that …"): a statement of its own, so the main clause keeps its own act."""
    return next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > root.i
                 and any(g.dep_ == "ccomp" for g in c.children)), None)


def reason_clause(root: Token) -> Token | None:
    """A finite clause after the main one, opened by a conjunction ("… after the owners refused to
    share revenue", "… because residents objected"): the main clause's act ends before it."""
    return next((c for c in root.children if c.dep_ == "advcl" and c.i > root.i and c.tag_ in ("VBD", "VBZ", "VBP")
                 and any(m.dep_ == "mark" and m.i == c.left_edge.i for m in c.children)), None)


def participle_clause(root: Token) -> Token | None:
    """A participle clause after the main one ("…, calling it "a sugar hit"", "…, breaking with
    the Speaker, whose office called X "a tax""): an act of its own after the main clause's."""
    return next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > root.i
                 and c.left_edge.i > root.i), None)


def refused_ahead(root: Token, aux: list) -> bool:
    """"will not support the bill", "won't back X", "would never close X": a refusal announced
    for the future (or for any case) is a position taken now (a plain "will back X" may be a
    plan, and stays out)."""
    return any(a.lower_ in ("will", "wo", "'ll", "would", "could", "'d") for a in aux) and any(c.dep_ == "neg" for c in root.children)
