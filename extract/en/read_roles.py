"""A named person's role read from the dependency parse, where the title list
(data/titles_en.txt) does not know the noun: the common noun the parse hangs on the name as an
apposition ("Abdi Warsame, a 43-year-old camel breeder, said", "Otto Hamsun, Nordsval
Energi's head of trading", "Fergus Lyle, Group Chief Executive"), as a compound right before
it ("said driver Jonas Ruell", "Board member Ed Kowalczyk", "Orchardist Hemi Tawhara" opening
the sentence), or as the noun the name is apposed to ("His deputy, Hanne Toraas, said").

The role is the noun with the describing words the parse gives it (compounds and lower-case
adjectives: "camel breeder", "trawler skipper", "retired joiner"; not an age, a possessor, an
article or a word of tenure, data/role_time_words_en.txt) and a field after of/in/for with no
article ("head | of trading"); where the role is held ("at Wellspring Alliance", "with the Kinnear
Lake Institute") and a relative clause ("the conservator | who worked on the frescoes") stay
out; a noun no title lists whose "of" names something else gives none ("the winner | of the
raffle", "a member | of the public"). A noun that names a person but no role ("a woman from Leeds", "her husband",
data/not_role_nouns_en.txt) gives none.

The role only describes the person on the timeline: the actors stage gives it to an actor that
no title gave a role (extract/actors/article.py, ArticleActors.read_roles), after references
and stances were read, so it never decides who is meant nor whose position is carried.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.lexicon import firstnames, lexicon, word_set
from ..actors.written import NOT_OF_THE_ROLE
from ..model import Mention

COMPLEMENTS = ("of", "in", "for")  # "head of trading", "specialist in infectious diseases", "minister for housing"
ROLE_SHAPE = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "man", "woman", "smith", "wright")


def not_role_nouns() -> frozenset[str]:
    """Nouns that name a person but no role (data/not_role_nouns_en.txt: 'woman', 'husband', 'smoker')."""
    return word_set("not_role_nouns_en.txt")


def with_read_roles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's with the role the parse gives the name (Mention.role)."""
    out = []
    for m in mentions:
        if m.kind_hint == "person" and not m.role:
            span = doc.char_span(*m.span, alignment_mode="expand")
            role = read_role(doc, span.start, span.end) if span is not None and len(span) else ""
            if role:
                m = replace(m, role=role)
        out.append(m)
    return out


def read_role(doc: Doc, start: int, end: int) -> str:
    """The role of the person named by doc[start:end], as written, or ''."""
    root = doc[start:end].root
    if root.tag_ not in ("NNP", "NNPS"):
        return ""
    return _role_before(doc, start, root) or _role_apposed_after(doc, end, root) or _role_apposed_to(doc, start, root)


def _role_before(doc: Doc, start: int, root: Token) -> str:
    """'said driver | Jonas Ruell', 'Board member | Ed Kowalczyk', 'Orchardist | Hemi Tawhara': common
    nouns the parse hangs on the name as compounds, right before its first name (inside the
    mention where the NER took the noun in)."""
    k = start
    while k > 0 and doc[k - 1].dep_ == "compound" and start - k < 3 and k - 1 >= root.sent.start:
        k -= 1  # (left of the mention: "driver" before "Jonas Ruell")
    words = []
    i = k
    while i < root.i and doc[i].dep_ == "compound" and doc[i].head.i > i and doc[i].head.i <= root.i \
            and _common_noun(doc[i], words):
        words.append(doc[i])
        i += 1
    name = doc[i:root.i + 1]
    if not words or len(name) < 2 or not name[0].is_title or name[0].tag_ not in ("NNP", "NNPS") \
            or name[0].lower_ not in firstnames() and name[0].ent_type_ != "PERSON":
        return ""
    if words[-1].lower_ in not_role_nouns() or words[0].lower_ in NOT_OF_THE_ROLE or not role_noun(words[-1].lower_):
        return ""
    return doc[words[0].i:words[-1].i + 1].text


def _common_noun(tok: Token, before: list[Token]) -> bool:
    """A common noun of a role before a name: lower case (a compound noun, 'Board | member' too),
    or the sentence's first word in its capital with a role's shape ('Orchardist', 'Neighbour')."""
    if not tok.is_alpha or tok.ent_type_ in ("ORG", "GPE", "NORP", "DATE", "TIME", "LOC", "FAC"):
        return False
    low = tok.lower_
    if low in firstnames():
        return False
    if tok.is_lower:
        return True  # (a compound, whatever the tagger said: 'ornithologist' may come out JJR; the last word must have a role's shape)
    first = tok.is_sent_start or tok.i > 0 and doc_char(tok, -1) in "\"“‘'—–-("
    nxt = tok.doc[tok.i + 1]  # ('Board | member Ed Kowalczyk': the sentence's capital on a compound role)
    return first and tok.is_title and not before and (role_noun(low) or nxt.is_lower and nxt.dep_ == "compound")


def role_noun(low: str) -> bool:
    """A noun that may name what a person does (lower case): a title, a noun with a role's ending
    ('breeder', 'limnologist', 'conservator', 'trustee'), or one of data/role_nouns_en.txt ('deputy');
    'a Kelso native', 'a Dunmore Foods veteran', 'the subject of an inquiry' name none."""
    return low in lexicon("en").titles or low.endswith(ROLE_SHAPE) or low in _role_nouns()


def doc_char(tok: Token, step: int) -> str:
    """The last character of the token ``step`` places from ``tok``, or ''."""
    return tok.doc[tok.i + step].text[-1:] if 0 <= tok.i + step < len(tok.doc) else ""


def _role_nouns() -> frozenset[str]:
    """Role nouns without a role's ending (data/role_nouns_en.txt: 'deputy', 'nurse', 'landlord')."""
    return word_set("role_nouns_en.txt")


def _role_apposed_after(doc: Doc, end: int, root: Token) -> str:
    """'Abdi Warsame, a 43-year-old camel breeder,': the common noun apposed to the name after a
    comma (after an age: 'Hollie Brankstone, 38, a childminder'; an age in brackets is one too:
    'Giles Ashbourne (54), a sheep farmer')."""
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
        end += 3
    if end >= len(doc) or doc[end].text != ",":
        return ""
    for head in (c for c in root.rights if c.dep_ == "appos"):
        if doc[head.left_edge.i - 1].text != "," or head.like_num or head.ent_type_ in ("DATE", "CARDINAL"):
            continue
        return _noun_phrase(head)
    return ""


def _role_apposed_to(doc: Doc, start: int, root: Token) -> str:
    """'His deputy, Hanne Toraas,', 'the incident controller, Gail Northcott,', 'a boatman, Issa
    Kourouma,': the role noun right before a comma to which the parse apposes the name (its article
    or owner stays out, as in _noun_phrase)."""
    head = root.head
    if root.dep_ != "appos" or head.i != start - 2 or doc[start - 1].text != ",":
        return ""
    return _noun_phrase(head)


def _noun_phrase(head: Token) -> str:
    """The role words of an apposition headed by ``head``, as written, or ''."""
    low = head.lower_
    titles = lexicon("en").titles
    if head.tag_ not in ("NN", "NNP") or low in not_role_nouns() or low in NOT_OF_THE_ROLE or not role_noun(low) \
            or head.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
        return ""
    if any(t.like_num and t.ent_type_ != "DATE" for t in head.subtree if t.i < head.i or t.head == head):
        return ""  # 'number 7 on the team sheet', 'a 1,000-to-one outsider': a count or a label, no role (an age may stand)
    capital = not head.is_lower
    if capital and low not in titles:
        return ""  # 'Jo Roe, Kestria Bank,': a capitalised word is a role only when it is a title
    first = head.i
    for c in sorted((c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")), key=lambda c: -c.i):
        words = head.doc[c.left_edge.i:c.i + 1]  # ('food safety | officer': a compound of a compound)
        if c.i != first - 1 or not all(_describing(t, capital) for t in words):
            break
        first = c.left_edge.i
    last = head.i
    for c in head.rights:  # 'head | of trading': a field after of/in/for, no article or name
        if c.dep_ == "prep" and c.lower_ in COMPLEMENTS and c.i == head.i + 1:
            obj = [o for o in c.children if o.dep_ == "pobj"]
            if obj and obj[0].is_lower and obj[0].tag_ in ("NN", "NNS") and obj[0].left_edge.i == c.i + 1 \
                    and all(t.is_lower and t.is_alpha and t.pos_ != "DET" for t in head.doc[c.i + 1:obj[0].i + 1]):
                last = obj[0].i
            elif c.lower_ == "of" and low not in titles:
                return ""  # 'the winner | of the raffle', 'a member | of the public': the noun without what it is of names no role
        break
    return head.doc[first:last + 1].text


def _describing(tok: Token, capital: bool) -> bool:
    """A word before the role noun that says which role: 'camel | breeder', 'retired | joiner',
    'Programme | Director'; not an age, a number, a possessor or a word of tenure."""
    if not tok.is_alpha or tok.ent_type_ in ("DATE", "CARDINAL", "ORDINAL", "PERSON", "GPE", "NORP") \
            or tok.lower_ in NOT_OF_THE_ROLE:
        return False
    if capital:
        return tok.is_title and tok.ent_type_ != "ORG" or tok.lower_ in lexicon("en").titles
    return tok.is_lower
