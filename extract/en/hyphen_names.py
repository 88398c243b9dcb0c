"""Double-barrelled surnames the small English NER cuts or mislabels ("Ivor Penwithers | -Kane",
"Imogen Strathairn-Polk" as ORG, "Priyanka Oduya-Hart" as nothing, "Émilie Gauvreau-Tessier" as
WORK_OF_ART). The tokenizer splits "Oduya-Hart" into three tokens and the model, which saw few such
names, reads the pieces as anything; every later reader (mentions, speakers, pronouns) goes by the
entity; the parser even cuts the sentence before the surname. One step before the parser keeps such a
name in one sentence, one after the NER repairs the entities, once per document:

1. an entity that ends or starts inside a hyphenated name word takes the whole word;
2. a hyphenated name word after one or two given-name words (a listed first name, or a capitalised
   word that is no English dictionary word: "Aldous", "Priyanka") is a person, whatever the NER read,
   unless an organisation word is among them or an entity reaching beyond the name holds a piece;
3. the hyphenated word alone, where a person named so in full stands in the same text, is that person
   ("Strathairn-Polk added").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..actors.english_words import is_dictionary_word
from ..actors.lexicon import first_name, organisation_words

HYPHENS = ("-", "‐", "‑")
GIVEN_NAMES_AT_MOST = 2  # "Mary Jane | Smith-Jones"
NAME_TAGS = ("NNP", "NNPS", "NN", "JJ")  # what the tagger makes of a given name it does not know ("Aldous": JJ)
PLACE_LABELS = ("GPE", "LOC", "FAC")  # an unlisted word the NER reads as a place is no given name ("Tel Aviv-Jaffa")


def _name_part(tok) -> bool:
    """A capitalised name word ("Oduya", "Hart", "Ní"), not a word in capitals ("LAVINIA OKAFOR-TRENT",
    a transcript's label, is read by the interview reader)."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def hyphen_words(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised words joined by hyphens with no space: "Oduya - Hart"."""
    out, i = [], 0
    while i < len(doc):
        j = i
        while (j + 2 < len(doc) and _name_part(doc[j]) and doc[j + 1].text in HYPHENS and not doc[j].whitespace_
               and not doc[j + 1].whitespace_ and _name_part(doc[j + 2])):
            j += 2
        if j > i:
            out.append((i, j + 1))
        i = j + 1
    return out


def _given_name(doc: Doc, b: int, e: int) -> bool:
    """Tokens [b, e) (one word, or a hyphenated one: "Jean-Luc") as a given name before a surname:
    a listed first name, or a capitalised name word that is no English word nor a function word
    ("Aldous", "Priyanka"; not "The", "Radio", "Port")."""
    last = doc[e - 1]
    if not (all(_name_part(doc[i]) for i in range(b, e, 2)) and last.whitespace_):
        return False
    word = doc[b:e].text
    # (the tag, not the part of speech: the step before the parser runs before the attribute ruler)
    # (the NER's reading is empty before the parser; after the NER a place word stays a place)
    return first_name(word.casefold()) or (e - b == 1 and not last.is_stop and last.tag_ in NAME_TAGS
                                          and last.ent_type_ not in PLACE_LABELS and is_dictionary_word(word) is False)


def person_runs(doc: Doc, words: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start of the given names, start of the hyphenated surname, end) of each person's name in a
    double-barrelled surname after given names, no organisation word among them (``words``: the
    document's hyphen_words, where the caller has them)."""
    words = hyphen_words(doc) if words is None else words
    starts = {e - 1: b for b, e in words}
    out = []
    for b, e in words:
        k = _person_start(doc, b, starts)
        if k < b and _surname_end(doc, b, e) and not any(t.lower_ in organisation_words() for t in doc[k:e]):
            out.append((k, b, e))
    return out


@Language.component("wortlaut_hyphen_names_whole")
def names_whole(doc: Doc) -> Doc:
    """Before the parser: no sentence starts inside such a name (the parser cuts "Priyanka | Oduya-Hart,
    the MP for …" into two sentences and hangs neither word on the verb); a paragraph start stays."""
    for k, _, e in person_runs(doc):
        for tok in doc[k + 1:e]:
            if tok.is_sent_start is None:
                tok.is_sent_start = False
    return doc


def _person_start(doc: Doc, b: int, starts: dict[int, int]) -> int:
    """Where the given names before the hyphenated word at b begin (b when there are none);
    ``starts`` maps the last token of each hyphenated word to its first."""
    k = b
    for _ in range(GIVEN_NAMES_AT_MOST):
        first = starts.get(k - 1, k - 1)
        if first < 0 or not _given_name(doc, first, k):
            break
        k = first
    return k


def _surname_end(doc: Doc, b: int, e: int) -> bool:
    """The hyphenated word [b, e) can end a person's name: not two English words ("Under-Pressure"),
    and no capitalised name word goes on after it ("the Kelverton Baden-Powell Trust")."""
    goes_on = e < len(doc) and _name_part(doc[e]) and doc[e - 1].whitespace_ and not doc[e].is_sent_start
    return not goes_on and is_dictionary_word(doc[b:e].text) is not True


@Language.component("wortlaut_hyphen_names")
def hyphen_names(doc: Doc) -> Doc:
    """The document with its entities repaired around hyphenated names (module docstring)."""
    words = hyphen_words(doc)
    if not words:
        return doc
    ents = list(doc.ents)
    for b, e in words:
        ents = _widened(ents, b, e)
    for k, _, e in person_runs(doc, words):
        ents = _as_person(doc, ents, k, e)
    full = {ent[-1].i: ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 3}
    surnames = {doc[ent.end - _surname_length(ent):ent.end].text for ent in full.values()}
    for b, e in words:
        if doc[b:e].text in surnames and not any(ent.start <= b and e <= ent.end and ent.label_ == "PERSON" for ent in ents):
            ents = _as_person(doc, ents, b, e)
    doc.ents = sorted(ents, key=lambda s: s.start)
    return doc


def _surname_length(ent: Span) -> int:
    """Tokens of a person entity's hyphenated surname at its end (0 when its last word has no hyphen)."""
    n = 1
    while n + 1 < len(ent) and ent[-n - 1].text in HYPHENS and not ent[-n - 1].whitespace_:
        n += 2
    return n if n > 1 else 0


def _one_sentence(doc: Doc, b: int, e: int) -> bool:
    """No sentence starts inside [b, e). (The parser cuts some names: "… wrist. Owen | Pritchard-Vayle,
    who …, said"; an entity across its cut is in no sentence's entities, and the readers that go sentence
    by sentence, the named-later rule among them, read the name from the speaker's words instead.)"""
    return not any(doc[i].is_sent_start for i in range(b + 1, e))


def _widened(ents: list[Span], b: int, e: int) -> list[Span]:
    """An entity holding part of the hyphenated word [b, e) and reaching no other entity takes all of it."""
    out = []
    for ent in ents:
        if ent.start < e and b < ent.end and not (b >= ent.start and e <= ent.end):
            start, end = min(ent.start, b), max(ent.end, e)
            if _one_sentence(ent.doc, start, end) and not any(o is not ent and o.start < end and start < o.end for o in ents):
                ent = Span(ent.doc, start, end, label=ent.label_)
        out.append(ent)
    return out


def _as_person(doc: Doc, ents: list[Span], b: int, e: int) -> list[Span]:
    """[b, e) as a person, in place of the entities inside it; unchanged when an entity reaches beyond it."""
    inside = [ent for ent in ents if ent.start < e and b < ent.end]
    if any(ent.start < b or ent.end > e for ent in inside) or not _one_sentence(doc, b, e):
        return ents
    return [ent for ent in ents if ent not in inside] + [Span(doc, b, e, label="PERSON")]
