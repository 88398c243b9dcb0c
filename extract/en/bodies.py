"""Bodies the NER does not know, as mentions: a noun phrase headed by an institution noun
(data/institutions_en.txt) with a name in front ("the Millbrook school district", "the Harlow
transit agency"), so that a later "the district said" finds the body named before."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors.lexicon import _data_lines, firstnames, lexicon, organisation_words, referring_bodies
from ..actors.mentions import is_institution_word
from ..actors.phrase import _longest
from ..actors.words import SPOKES
from ..model import Found, Mention

TAIL_LINKS = {"of", "for"}  # open a name's complement: 'Office for Standards', 'Friends of Ashby Woods'
INNER_LINKS = {"of", "for", "in", "on", "and", "&", "the"}  # inside a complement: '... in Vocational Training'
POSSESSIVES = {"'s", "’s", "'", "’"}
DASHES = ("-", "—", "–")  # end a dateline: 'OSLO, Nov 3 (Reuters) - …'
ACRONYM_AFTER = re.compile(r"\(\w{2,10}\)?")  # the name's short form after it: '(ICMS)'


def body_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One organisation mention per such noun phrase that no entity mention covers whole; and
    per capitalised body name with an 'of' / 'for' tail ('the Coalition for Fair Rents')."""
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        span = _named_body(chunk) if root.tag_ == "NN" else _body_with_tail(chunk) if root.tag_ == "NNP" else None
        if span is None or any(m.span[0] <= span[0] and span[1] <= m.span[1] for m in mentions):
            continue
        out.append(Mention(span, doc.text[span[0]:span[1]], "organisation", is_subject=root.dep_ in ("nsubj", "nsubjpass")))
    return out


def taken_up_companies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Veloria Energie will raise prices, the French utility said': a definite company noun
    (data/referring_bodies_en.txt), or a company's spokesperson ('a company spokesman'), as the subject of a verb whose clause stands before it takes up
    the company named as that clause's subject, so a capitalised subject there is a company, also
    where the NER read no name in it (foreign words: 'Brellvik Ferjer', 'Quintaval Seguros'). One
    organisation mention for it, when no mention overlaps it, it has two words or more and its first
    word is no first name."""
    out: list[Mention] = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.tag_ != "NN" or not _company_reference(tok):
            continue
        words = next((w for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i
                      and (w := _clause_subject(doc, c))), None)
        # (one word is as readily a surname, agency style's second naming of a person: "Lindqvist will
        # lead the review, a company spokesman said"; a name the NER misses has two or more)
        if not words or len(words) < 2 or words[0].lower_ in firstnames():
            continue
        span = (words[0].idx, words[-1].idx + len(words[-1]))
        if any(_overlap(m.span, span) for m in mentions + out):
            continue
        out.append(Mention(span, doc.text[span[0]:span[1]], "organisation", is_subject=True))
    return out


def _company_reference(tok: Token) -> bool:
    """'the (French) utility', or a company's spokesperson: 'a company spokesman'."""
    if tok.lower_ in referring_bodies("en"):
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return tok.lower_.endswith(SPOKES) and any(c.dep_ == "compound" and c.lower_ in referring_bodies("en") for c in tok.children)


def _clause_subject(doc: Doc, clause: Token) -> list[Token]:
    """The capitalised words of a clause's subject after the sentence's dateline (up to its last
    dash before the clause's verb): its nearest nsubj when a run of proper nouns, else the proper
    nouns right after the dateline before the clause's verb group (the parser hangs them on the
    dateline: 'OSLO, Nov 3 (Reuters) - Brellvik Ferjer will cut …')."""
    start = max((t.i + 1 for t in clause.sent if t.i < clause.i and t.text in DASHES), default=clause.sent.start)
    subj = next((c for c in reversed(list(clause.children))
                 if c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < clause.i), None)
    if subj is not None:
        words = [t for t in subj.subtree if t.i <= subj.i]
        return words if all(t.tag_ in ("NNP", "NNPS") for t in words) else []
    k = start
    while k < clause.i and doc[k].tag_ in ("NNP", "NNPS"):
        k += 1
    verb_group = doc[k] == clause or doc[k].head == clause and doc[k].dep_ in ("aux", "auxpass", "neg")
    return list(doc[start:k]) if k > start and verb_group else []


def _article_more(doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """The outer span is the inner one with only an article before it ('The Harwick Coroner's Office')."""
    return outer[1] == inner[1] and doc.text[outer[0]:inner[0]].strip().casefold() in ("the", "a", "an")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _within(text: str, speaker: tuple[int, int], name: tuple[int, int]) -> bool:
    """The speaker span ends inside the name and starts inside it or at its article: a span
    that runs on past the name is someone of the body ('Mercy West Hospital spokeswoman Jane
    Roe'), one that starts before it is someone at it ('Jane Roe of Mercy West Hospital').
    ``text`` is the doc's text (spaCy joins all tokens on every doc.text: read once by the caller)."""
    after = text[name[1]:speaker[1]].strip()
    ends_inside = name[0] < speaker[1] <= name[1] or bool(ACRONYM_AFTER.fullmatch(after))
    starts_inside = speaker[0] >= name[0] or text[speaker[0]:name[0]].strip().casefold() in ("the", "a", "an")
    return ends_inside and starts_inside


def speakers_as_names(doc: Doc, statements: list[Found], spans: list[tuple[int, int]]) -> list[Found]:
    """A speaker span that cuts into a body name (``spans``: name_spans of the doc), or takes it
    with its article, becomes the whole name ('Carpenters Local' -> 'Carpenters Local 88'; 'The
    Agency for Safety in Mining Regions' -> its name without 'The')."""
    names = [(doc[b].idx, doc[e - 1].idx + len(doc[e - 1])) for b, e in spans]
    if not names:
        return statements
    out = []
    text = doc.text
    for f in statements:
        spans = [next((n for n in names if _within(text, s, n)), s) for s in f.speaker_mention]
        out.append(f if spans == f.speaker_mention else replace(f, speaker_mention=spans))
    return out


def with_body_names(doc: Doc, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions with each capitalised body name (``spans``: name_spans of the doc) as one
    organisation mention: mentions inside it (the NER's 'Office', a person 'Marine Studies') give
    way to it; one that covers it whole stays alone."""
    for b, e in spans:
        span = (doc[b].idx, doc[e - 1].idx + len(doc[e - 1]))
        if any(m.span == span and m.kind_hint == "organisation" for m in mentions):  # the NER's 'Mercy West Hospital'
            mentions = [replace(m, one_word=True) if m.span == span else m for m in mentions]
            continue
        if any(m.span[0] <= span[0] and span[1] <= m.span[1] and not _article_more(doc, m.span, span)
               and not (m.span == span and m.kind_hint == "person" and doc[e - 1].lower_ in organisation_words())
               for m in mentions):  # the NER's person 'Hallam Mutual' is a company (organisation_words.txt)
            continue
        root = doc[b:e].root
        mentions = [m for m in mentions if not _overlap(m.span, span)]
        mentions.append(Mention(span, doc.text[span[0]:span[1]], "organisation",
                                is_subject=root.dep_ in ("nsubj", "nsubjpass"), whole=True))
    return mentions


def _named_body(chunk: Span) -> tuple[int, int] | None:
    """'the Millbrook school district': a name before a singular body noun (a plural is many:
    'Ferry operators')."""
    root = chunk.root
    if not is_institution_word(root.text, "en"):
        return None
    words = [t for t in chunk if t.i < root.i and t.dep_ != "det" and not t.is_punct]
    # a name, not a capital only because it opens the sentence ('Ferry operators warned')
    if not words or not any(t.pos_ == "PROPN" and t.dep_ == "compound" and not t.is_sent_start for t in words):
        return None
    return words[0].idx, root.idx + len(root)


def _body_with_tail(chunk: Span) -> tuple[int, int] | None:
    """'the Coalition for Fair Rents', 'the Friends of Ashby Woods': a capitalised body noun with
    an 'of' / 'for' phrase of capitalised words after it."""
    root = chunk.root
    if not (is_institution_word(root.text, "en") or root.lower_ in organisation_words()):
        return None
    tail = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == root.i + 1), None)
    if tail is None or not all(t.text[:1].isupper() or t.lower_ in ("and", "the", "of", "for", "&")
                               for t in tail.subtree if t.i > tail.i):
        return None
    first = next(t for t in chunk if t.dep_ != "det" and not t.is_punct)
    end = tail.right_edge
    return first.idx, end.idx + len(end)


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """Nouns that close a capitalised body name (data/body_heads_en.txt)."""
    return frozenset(ln.strip().casefold() for ln in _data_lines("body_heads_en.txt"))


def _is_head(t: Token) -> bool:
    return t.text[:1].isupper() and (t.lower_ in body_heads() or t.lower_ in organisation_words()
                                     or is_institution_word(t.text, "en"))


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ not in ("DATE", "TIME")


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of capitalised body names read as one phrase: capitalised words and inner
    possessives before a head noun ('Brell County Sheriff's Office', 'Kilcarran Fishermen's
    Association'), two of them joined by 'and' ('Fire and Rescue Service'), a number right after it ('Local 19'), then of/for complements of capitalised
    words that may go on with in/on/and ('Office for Standards in Vocational Training',
    'Institute for Coastal and Marine Studies'). A possessive of a place ends the name."""
    spans, i = [], 0
    while i < len(doc):
        if not _is_head(doc[i]):
            i += 1
            continue
        b = i
        while b > 0:
            if _capital(doc[b - 1]) and not (doc[b - 1].pos_ == "DET"):
                b -= 1
            elif doc[b - 1].text in POSSESSIVES and b > 1 and _capital(doc[b - 2]) and doc[b - 2].ent_type_ != "GPE":
                b -= 1
            elif b < i and _inner_and(doc, b - 1, i):
                b -= 2
            else:
                break
        e = i + 1
        while e < len(doc) and _is_head(doc[e]):  # 'Westfield Police Department': heads in a row
            e += 1
        if e < len(doc) and doc[e].text.isdigit():
            e += 1
        e = _complement_end(doc, e)
        if e - b > 1 and not _titled_person(doc, b, i):
            spans.append((b, e))
        i = e
    return spans


def _titled_person(doc: Doc, b: int, i: int) -> bool:
    """The words b..i before a head read as a title and a name ('Coach Terrell Banks', 'Judge Ann Bank'):
    a person whose surname is a head's word, unless the NER reads the whole as an organisation."""
    if doc[i].ent_type_ == "ORG":
        return False
    lex = lexicon("en")
    for k in range(b, i - 1):
        n, _ = _longest([t.text for t in doc[k:k + lex.max_words]], 0, lex.titles, lex.max_words)
        if n and k + n < i and _capital(doc[k + n]):
            return True
    return False


def _inner_and(doc: Doc, k: int, head: int) -> bool:
    """Token k is an 'and' / '&' that joins two words of one body's name before its head ('Dunmarsh
    Fire and Rescue Service', 'the Roofing and Cladding Contractors' Guild'), not two names: the
    word before it is no head of a body of its own ('Greenway Housing Trust and Delmore Council')
    and no person or place that ends there ('Tom Baker and Kelby Rowing Club'; the NER's PERSON
    'Dunmarsh Fire and' runs on over the 'and': no name ends there). A PERSON the NER ends before
    the 'and' is one word of the name still when one word joins it before the head and no first
    name opens it ('Fenmoor Fire | and Rescue Service', not 'Jane Roe and Labour Party')."""
    if k < 1 or doc[k].lower_ not in ("and", "&"):
        return False
    left = doc[k - 1]
    if not _capital(left) or left.pos_ == "DET" or _is_head(left) or left.lower_ in firstnames():
        return False
    if left.ent_type_ == "PERSON" and doc[k].ent_iob_ != "I":
        return head == k + 2 and k > 1 and _capital(doc[k - 2]) and doc[k - 2].lower_ not in firstnames() \
            and doc[k - 2].ent_iob_ == "B"
    return not (left.ent_type_ in ("GPE", "LOC", "NORP", "FAC") and doc[k].ent_iob_ != "I")


def _complement_end(doc: Doc, e: int) -> int:
    """The end of 'for Standards in Vocational Training' after a head ending at e."""
    if e >= len(doc) or doc[e].lower_ not in TAIL_LINKS:
        return e
    j, end = e, e
    while j < len(doc) and (doc[j].lower_ in INNER_LINKS or _capital(doc[j])):
        if _titled_name_at(doc, j):
            break  # 'Federal Reserve Bank of Carlow | President Dana Whitfield': a person's title and name
        if _capital(doc[j]):
            end = j + 1
        j += 1
    return end


def _titled_name_at(doc: Doc, j: int) -> bool:
    """A title (titles_en.txt) at token j with a person's name right after it ('President Dana
    Whitfield', 'Governor Alan Prickett'): no word of a body's name."""
    lex = lexicon("en")
    n, _ = _longest([t.text for t in doc[j:j + lex.max_words]], 0, lex.titles, lex.max_words)
    k = j + n
    return bool(n) and k < len(doc) and _capital(doc[k]) and (doc[k].ent_type_ == "PERSON" or doc[k].lower_ in firstnames())
