"""A main clause that takes a position, speech verb or not ("Fire chief Dana Whitfield pushed for
a second fire station", "The Elmford Farmers Union does not support the toll"): reported speech of
its named subject when no other rule found a statement in the sentence. The English counterpart
of stance_statement in extract/de/indirect.py; whether there is a stance is read by
extract/positions/frames_en.py."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..actors import lexicon
from ..positions.frames_en import CLAUSES, JUDGING, told_from
from ..positions.frames_en import lexicon as frames_lexicon
from .base import CONF_REPORTED, _from_verb, _trim, agents, apposed_to_dateline, led_participle
from .surnames import NOT_PERSON_ENTS, _titles, known_word

# "will open the cable car", "could back the plan": plans and conjectures, no position taken
NOT_NOW = frozenset("will would could might may shall should".split())
TIME_PREPOSITIONS = frozenset("on in at during since until after before by".split())
# "…, but X backed Y", "…, yet X backed Y": the conjunctions that set a clause against the one before
CONTRAST = frozenset("but yet".split())


class ParsedStance:
    """The stance rule of ParsedRules (a mixin: it reads the parsed document)."""

    def stance_pass(self) -> None:
        for sent in self.doc.sents:
            root, fronted = self.main_clause(sent)
            contrast = contrast_clause(root)  # "Some residents raised concerns, but X came out in favour of Y":
            # a clause with a subject of its own, which takes its own position (the first clause ends before it)
            self.clause_stance(sent, root, fronted, sent.start, contrast[0].i - 1 if contrast is not None else None)
            if contrast is not None:  # ("…, but she vetoed Y": a pronoun subject is the first clause's)
                first = next((c for c in root.children if c.dep_ == "nsubj" and not self.in_dateline(c)), fronted)
                self.clause_stance(sent, contrast[1], None, contrast[0].i + 1, None, first)
            self.nominal_stance(sent, root)  # "Criticism of X came from Y", "There was support from Y for X"
            for clause in relative_clauses(sent, root):  # "The tunnel, which Roe has opposed since 2019, …": Roe's
                # position on what the clause hangs on (its words from that noun to the clause's end)
                self.clause_stance(sent, clause, None, clause.head.left_edge.i, clause.right_edge.i)

    def clause_stance(self, sent: Span, root: Token, fronted: Token | None, start: int, stop: int | None,
                      before: Token | None = None) -> None:
        """The position a clause takes (its words from token ``start`` up to ``stop``, or the
        sentence's end), in its subject's voice (a personal pronoun: the subject ``before`` it)."""
        from ..positions.frames_en import pledged_if_elected, read_stances  # (positions read the clause; imported when first needed)
        from ..positions.frames import own_turns

        since = self.doc[start].idx
        said_after = saying_clause(root)  # "dropped her opposition to X, saying …": the act is hers too
        after = said_after or (None if pledged_if_elected(root) else reason_clause(root))  # ("… after the owners
        # refused to …": their act, not hers; "… if she won the election": the condition of her pledge)
        if after is None and (part := participle_clause(root)) is not None and self.stated(sent) \
                and not self.stated(sent, part.left_edge.idx, since=since):  # ("gave short shrift to X, calling it 'a sugar
            after = part  # hit'": the quote is the participle's, the main clause's act ends before it)
        last = sent.end - 1 if stop is None else stop
        end = after.left_edge.i - 1 if after is not None else last
        if root.pos_ not in ("VERB", "AUX") or told_position(root) is not None or sent.text.rstrip(" \"'”’").endswith("?") \
                or self.stated(sent, self.doc[end].idx + len(self.doc[end]), root, since):
            return  # (a position told as a noun, "Criticism of the Harwick toll came from Y", is Y's: nominal_stance)
        aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
        if any(a.lower_ in NOT_NOW or a.lower_ in ("had", "'d") for a in aux) and not refused_ahead(root, aux) \
                and not pledged_if_elected(root):  # ("would scrap X if elected": a pledge)
            return  # a plan, a conjecture or pluperfect background
        subj = next((c for c in root.children if c.dep_ == "nsubj" and not self.in_dateline(c)), None)
        dated = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None and dated is not None:
            subj = hung_on_dateline(dated, self.in_dateline)
        subj = subj or fronted
        if subj is not None and subj.tag_ == "PRP" and before is not None and before.tag_ != "PRP" \
                and same_referent(subj, before):
            subj = before
        done_by = passive_agent(root) if subj is None else None  # "X was rejected by council leader Y": Y's act
        subj = subj if done_by is None else done_by
        name = misread_name_subject(root) if subj is None else None  # "Senator X Y blasted Z": the name as adverbs
        subj = subj if name is None else name.root
        if subj is not None and (leader := led_by(subj)) is not None and self.names_someone(leader):
            subj = leader  # "Kestrel shareholders, led by X, voted down Y": the act of the group is its leader's
        if subj is None or not self.names_someone(subj):
            return
        who = self.speaker_span(subj) if name is None else (name.start_char, name.end_char)
        opened = next((t.idx for t in sent if not self.in_dateline(t) and not t.is_punct), sent.start_char) \
            if done_by is not None else who[0]  # (the passive's thing stands before its agent)
        said = self.text[opened if self.in_dateline(self.doc[start]) else since : self.doc[end].idx + len(self.doc[end])]  # past 'EASTPORT (AP) -'
        stances = [s for s in read_stances(said, self.text[who[0]:who[1]]) if s.value]
        turned = not stances and said_after is None and bool(own_turns(said, "en"))  # "X did a U-turn on Y"
        # (not "Asked whether he had changed his mind on Y", nor "X criticised the mayor's U-turn")
        own = {root.text} | {c.text for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        if not (stances or turned) or said_after is not None and not any(own & set(s.words) for s in stances):
            return  # (before a saying clause, only a position the main verb itself takes, or its light
            # verb's noun: "gave short shrift to X, calling it …")
        first = min([root.i] + [c.i for c in root.children if c.dep_ in ("aux", "neg") and c.i > subj.i])
        if said_after is None and not self.stated(sent, self.doc[last].idx + len(self.doc[last]), since=since):
            end = last  # (a reason clause holding no statement of others stays in the span)
        span = _trim(self.doc, start, end)
        if span is None:
            return
        if done_by is None:  # (the passive's subject is the thing taken a position on: it stays)
            span = _from_verb(self.text, span, self.doc[first].idx, root.idx + len(root))
        self.add_found([span], "reported", [(root.idx, root.idx + len(root))], [who], CONF_REPORTED)

    def nominal_stance(self, sent: Span, root: Token) -> None:
        """A position told as a noun whose holder a "from" phrase names ("A warning against X came on
        Friday from the Y Trust", "Opposition to X has come from Y", "There was a warm welcome from Y for
        X"): reported speech of Y, its words the noun's phrase, read by the same frames as any statement.
        Not a plan or conjecture ("could come from"), a question, a number of people ("from 62 percent
        of respondents"), nor a position told with a past year ("came from the union in 1984"); nor where the
        sentence holds a statement before the holder, or a quotation after it that the noun announces ("The
        call for patience came from Y: '…'"; a later clause's statement, "after a survey found …", is no reason)."""
        from ..positions.frames_en import read_stances  # (positions read the clause; imported when first needed)

        told = told_position(root)
        if told is None:
            return
        noun, source = told
        if sent.text.rstrip(" \"'”’").endswith("?") \
                or self.stated(sent, source.right_edge.idx + len(source.right_edge)) \
                or any(not self.words_in_act(self.quotes[i], root) for i in self.quotes_inside(source.right_edge.idx, sent.end_char)) \
                or any(c.dep_ == "aux" and c.lower_ in NOT_NOW for c in root.children) or denied(root, noun, source) \
                or any(t.like_num for t in source.subtree if t.i <= source.i) or past_year(root) \
                or not self.names_someone(source):
            return
        said = position_words(root, noun, source)
        who = self.speaker_span(source)
        if not said or not [s for s in read_stances(" … ".join(self.text[b:e] for b, e in said), self.text[who[0]:who[1]]) if s.value]:
            return
        self.add_found(said, "reported", [(root.idx, root.idx + len(root))], [who], CONF_REPORTED)

    def main_clause(self, sent: Span) -> tuple[Token, Token | None]:
        """The verb of the sentence's main clause, and its subject where the parser hung the verb on
        it: the sentence root, or the verb of a clause the parser misread on a noun ("The author Kay
        Dunn is pushing for X": a relative clause on "author"; "NEW YORK (Bloomberg) - X's chief
        economist, Z, called Y …": the dateline the root, the subject apposed to it, the finite verb
        a clause on the subject)."""
        root = sent.root
        if (verb := titled_name_clause(root)) is not None:
            return verb, None
        if self.in_dateline(root):
            for subj in (a for a in root.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and not self.in_dateline(a)):
                verb = next((c for c in subj.children if c.dep_ in ("acl", "relcl") and c.i > subj.i
                             and c.tag_ in ("VBD", "VBZ") and not relative(c)), None)
                if verb is not None:
                    return verb, subj
        return root, None

    def stated(self, sent: Span, until: int | None = None, verb: Token | None = None, since: int | None = None) -> bool:
        """Some statement (or quotation) already lies in the sentence (before ``until``); with
        ``verb``, a few quoted words inline after it are its subject's own words in its act, no
        statement of their own ("called the scheme "a costly error" in a note to clients")."""
        until = sent.end_char if until is None else until
        since = sent.start_char if since is None else since
        return any(b < until and e > since for f in self.found for b, e in f.quote) \
            or any(verb is None or not self.words_in_act(self.quotes[i], verb) for i in self.quotes_inside(since, until))

    def words_in_act(self, quote, verb: Token) -> bool:
        """A quotation of fewer than six words after ``verb``, inside the narration (a word right
        before its opening mark): quoted words of the act, not a statement."""
        before = self.text[max(0, quote.open_mark - 30):quote.open_mark]
        return quote.open_mark > verb.idx and (len(self.text[quote.start:quote.end].split()) < 6
                                               and before.rstrip() != before and before.rstrip()[-1:].isalnum()
                                               or judgement_of(verb, quote.open_mark))

    def names_someone(self, subj: Token) -> bool:
        """A subject that names a person or a body: a name ("Mayor Anna Lind", "the Elmford
        Farmers Union") or an institution noun ("the city council"), no pronoun or "residents";
        a surname alone the parser took for a common word ("Pettifer now backs X"), or one holder
        of an office ("The governor is now against X")."""
        if subj.pos_ == "PRON":
            return False
        words = list(subj.subtree)
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is not None and subj.pos_ == "NOUN" and subj.lower_ not in _titles() \
                and subj.lemma_.lower() not in lexicon("en").institutions:  # "Tom Arlott's deputy", "the Treasury's
            words = [w for w in words if not owner.left_edge.i <= w.i <= owner.right_edge.i]  # modelling": the owner
            # named is someone else ("the union's leader", "Ann Roe's office" are hers: a title, a body)
        return any(w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "ORG") for w in words) \
            or subj.lemma_.lower() in lexicon("en").institutions or lone_surname(words) or self.office_holder(subj, words) \
            or bool(self.described_named(self.doc[subj.left_edge.i:subj.right_edge.i + 1]))  # ("A senior paramedic has
        # warned against X. Owen Pritchard said …": the person the next sentences name, parsed_named_later.py)

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


def told_position(root: Token) -> tuple[Token, Token] | None:
    """The noun that tells a position in a clause that only says where it came from, and its holder
    (frames_en.told_from: "Backing for X came from Y", "There was support from Y for X"); else None."""
    for noun in (c for c in root.children if c.dep_ in ("nsubj", "attr") and (c.pos_ == "NOUN" or c.tag_ == "VBG")):
        # (a gerund the tagger read as a verb: "Backing for X came from Y")
        if (holder := told_from(noun)) is not None:
            return noun, holder
    return None


def position_words(root: Token, noun: Token, source: Token) -> list[tuple[int, int]]:
    """The words of a position told as a noun: the noun's phrase and a phrase on the clause that
    takes its thing ("There was support from Y | for X"), without the "from" phrase, times ("on
    Friday") and clauses of their own; as character spans, one per run of words."""
    doc = root.doc
    taken = set(t.i for t in noun.subtree) | {t.i for p in root.children if p.dep_ == "prep" and p.i > noun.i
                                              and p.lower_ != "from" and not timed(p) for t in p.subtree}
    left_out = {t.i for t in source.head.subtree} | {t.i for h in (root, noun) for p in h.children
                                                   if p.dep_ == "prep" and timed(p) for t in p.subtree} \
        | {t.i for c in doc[root.left_edge.i:root.right_edge.i + 1] if c.dep_ in CLAUSES for t in c.subtree}
    # (a clause says something of its own: "the terminal, which the port company hopes to open")
    keep = sorted(taken - left_out)
    runs: list[tuple[int, int]] = []
    for i in keep:
        if runs and i == runs[-1][1] + 1 or runs and all(doc[j].is_punct for j in range(runs[-1][1] + 1, i)):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return [(doc[b].idx, doc[e].idx + len(doc[e])) for b, e in runs if not all(doc[j].is_punct for j in range(b, e + 1))]


def timed(prep: Token) -> bool:
    """A phrase of time ("on Friday", "in March"): its object a date or time to the NER (not "criticism
    of the four-day week")."""
    return prep.lower_ in TIME_PREPOSITIONS and any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def past_year(root: Token) -> bool:
    """The clause tells when with a year, a decade or an "ago" ("came from the union in 1984", "in the
    1990s", "decades ago"): a position of then, not now. ("on Friday" is a date of now.)"""
    long_ago = frames_lexicon()["long_ago"]
    return any(t.ent_type_ == "DATE" and YEAR.fullmatch(t.text) or t.lower_ == "ago" and any(
        c.lemma_.lower() in long_ago for c in t.children) for p in root.children
        if p.dep_ in ("prep", "npadvmod", "advmod") for t in p.subtree)


YEAR = re.compile(r"(?:1[89]|20)\d\ds?|'\d0s")


def denied(root: Token, noun: Token, source: Token) -> bool:
    """A position that did not come from the holder ("Support for X has not come from Y", "No criticism
    of X came from Y", "came not from Y but from Z"): no position of Y's told."""
    return any(c.dep_ == "neg" for h in (root, source.head) for c in h.children) \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def hung_on_dateline(dated: Token, in_dateline) -> Token | None:
    """The subject the parser hung on a dateline it took for the subject ("SANTA ILARIA, May 6 (Reuters) -
    Valdoria's prime minister, X, backed …"): its name before its title ("- Joan Rees, leader of the
    Tannick Party, pledged …", "Rees" a conjunct of "Reuters"), else its apposed noun; None for none."""
    hung = apposed_to_dateline(dated.subtree, in_dateline)
    return next((t for t in hung if t.pos_ == "PROPN"), hung[0] if hung else None)


def passive_agent(root: Token) -> Token | None:
    """The one who did what a passive main clause says ("The plan was rejected by council leader
    Jo Tate", "has been welcomed by shopkeeper X"): the object of its "by" phrase, where the clause
    has a passive subject and no active one; else None."""
    if not any(c.dep_ == "auxpass" for c in root.children) or not any(c.dep_ == "nsubjpass" for c in root.children):
        return None
    return next(iter(agents(root)), None)


def led_by(group: Token) -> Token | None:
    """The one a group subject is led by ("Kestrel shareholders, led by X, voted down Y", "Unions
    led by X pushed for Y", "Investors, led by the pension fund X, …": the name in apposition to
    its common noun): the leader named, else None. (Set off by commas as well: the speech reader's
    parsed_speakers.leader takes such a leader for an aside, "Farmers, led by X, said …" the group's.)"""
    led = led_participle(group)
    leader = next(iter(agents(led)), None) if led is not None else None
    if leader is not None and leader.pos_ == "NOUN":
        leader = next((c for c in leader.children if c.dep_ == "appos" and c.pos_ == "PROPN"), leader)
    return leader


def titled_name_clause(root: Token) -> Token | None:
    """The verb of a main clause the parser read as a relative clause on the title before the name
    ("The author Kay Dunn is pushing for X": "author" the root, "is pushing" a clause on it with
    "Dunn" its subject): a clause with no relative word, its subject the name right after the
    title. None for a real relative clause ("The author who ...") or any other root."""
    if root.pos_ != "NOUN":
        return None
    return next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and not relative(c)
                 and any(g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.left_edge.i == root.i + 1 for g in c.children)), None)


def relative(clause: Token) -> bool:
    """A clause opened by a relative word ("who", "which", "that", "whose") before its verb."""
    return any(g.tag_ in ("WP", "WDT", "WP$") or g.lower_ == "that" for g in clause.subtree if g.i < clause.i)


def misread_name_subject(root: Token) -> Span | None:
    """The name right before a main verb that has no subject, which the parser hung on the verb as
    adverbs ("Senator Rowan Pike blasted X": "Rowan" npadvmod, "Pike" advmod): the person or body
    named there, else None."""
    before = root.doc[root.i - 1] if root.i > root.sent.start else None
    if before is None or before.head.i != root.i or before.dep_ not in ("npadvmod", "advmod") \
            or before.pos_ != "PROPN" or before.ent_type_ not in ("PERSON", "ORG"):
        return None
    return next((e for e in root.doc.ents if e.start <= before.i < e.end and e.end == root.i), None)


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
    share revenue", "… because residents objected", "…, a week after the board endorsed it",
    "…, though her party had backed it"): the main clause's act ends before it."""
    heads = [root, *(t for t in root.subtree if t.dep_ == "appos" and t.i > root.i
                     and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == root)]
    # (an "a week after" clause the parser hung on the time before it: "on Thursday, a fortnight after …")
    return next((c for h in heads for c in h.children if c.dep_ == "advcl" and c.i > root.i and finite(c)
                 and any(m.dep_ == "mark" and opens(c, m) for m in c.children)), None)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form, or a participle or infinitive after a
    finite auxiliary ("had endorsed", "has been approved", "did back")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") \
        or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in verb.children)


def opens(clause: Token, word: Token) -> bool:
    """``word`` opens ``clause``: nothing but a measure of time before it ("a week after", "two
    days before", "shortly after")."""
    before = [t for t in clause.subtree if t.i < word.i]
    measures = {t.i for h in (clause, word) for c in h.children if c.dep_ in ("npadvmod", "advmod") and c.i < word.i
                for t in c.subtree}  # (on the clause or on its conjunction: "a week | after the board endorsed it")
    return all(t.i in measures for t in before)


def same_referent(pronoun: Token, noun: Token) -> bool:
    """``pronoun`` can stand for ``noun``: third person, the same number, and neuter only for what
    is not a person ("Mayor X criticised the council, but it approved Y": "it" is not the mayor;
    "X warned residents, but they backed Y": "they" is not X)."""
    morph = pronoun.morph
    if morph.get("Person") != ["3"] or morph.get("Number") != (noun.morph.get("Number") or ["Sing"]):
        return False
    if morph.get("Gender") == ["Neut"]:
        return noun.ent_type_ != "PERSON"
    return noun.ent_type_ not in ("ORG", "GPE", "NORP")  # ("the minister …, but she": a person's title)


def contrast_clause(root: Token) -> tuple[Token, Token] | None:
    """The second clause of a contrast ("…, but X threw his weight behind Y", "…, yet the mayor
    backed it"): a verb conjoined to the main one after "but"/"yet", with a subject of its own;
    its conjunction and its verb, else None."""
    for c in root.children:
        if c.dep_ != "conj" or c.i < root.i or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        cc = next((g for g in root.children if g.dep_ == "cc" and root.i < g.i < c.i and g.lower_ in CONTRAST), None)
        if cc is not None and not any(t.dep_ == "conj" and t.head.i == root.i and cc.i < t.i < c.i for t in root.doc[cc.i:c.i]):
            return cc, c
    return None


def relative_clauses(sent: Span, root: Token) -> list[Token]:
    """The relative clauses of a sentence whose relative pronoun is the object ("the tunnel, which Roe
    has opposed since 2019, …", "the levy that the mayor backed"): clauses with a subject of their own,
    who takes a position on the noun the clause hangs on; not the main clause misread as one."""
    return [t for t in sent if t.dep_ == "relcl" and t is not root and t.i != root.i and t.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in t.children)
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)]


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


def judgement_of(verb: Token, at: int) -> bool:
    """A quotation that is the judgement of a judging verb, after its object ("called the pay scale,
    which would put new hires on four tiers, "a slap in the face to every driver …""): the subject's
    words in its act, however long."""
    return verb.lemma_.lower() in JUDGING and any(c.dep_ in ("dobj", "oprd") and c.idx < at for c in verb.children)
