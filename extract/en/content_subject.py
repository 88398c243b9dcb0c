"""'Carver now supports the tram, she said': the proper-noun subject of the content is whom the
speaker pronoun refers back to. The small NER misses many unfamiliar names ('Ines Carver',
'Lind'), and a pronoun with no earlier name resolves to nobody; the content's own subject,
written before the pronoun, is that name."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..model import Found, Mention

PERSONAL = {"he", "she"}


def content_subjects(doc: Doc, statements: list[Found], mentions: list[Mention]) -> list[Mention]:
    """Person mentions for the proper-noun subjects of indirect contents whose speaker is 'he' or
    'she' and that no mention covers yet, where no person was named before the content (the
    pronoun would have no antecedent: 'Ruth Kay ... Smith is wrong, she said' stays Ruth Kay's)."""
    text = doc.text
    out: list[Mention] = []
    speakers = [s for f in statements for s in f.speaker_mention[:1]]
    for f in statements:
        if f.kind != "indirect" or not f.quote or not f.speaker_mention:
            continue
        b, e = f.speaker_mention[0]
        start = f.quote[0][0]
        if text[b:e].lower() not in PERSONAL or start > b or any(s[0] < start for s in speakers) \
                or any(m.span[0] < start and m.kind_hint == "person" for m in mentions):
            continue
        span = subject_name(doc, f.quote[0])
        if span and not any(m.span[0] < span[1] and span[0] < m.span[1] for m in mentions + out):
            out.append(Mention(span, text[span[0]:span[1]], "person", is_subject=True))
    return out


def subject_name(doc: Doc, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The character span of the proper-noun subject of the content's first clause ('Mayor Ines
    Carver' → 'Ines Carver'), or None."""
    content = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if content is None:
        return None
    subj = next((t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= t.i), None)
    if subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    names = [t for t in subj.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [subj]
    # leading title words ('Mayor') are no part of the name: keep the tail of capitalised words
    while len(names) > 1 and names[0].lower_ in title_words():
        names.pop(0)
    return names[0].idx, subj.idx + len(subj.text)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    from ..actors.lexicon import titles

    return frozenset(t.lower() for t in titles("en"))
