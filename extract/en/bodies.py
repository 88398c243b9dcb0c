"""Bodies the NER does not know, as mentions: a noun phrase headed by an institution noun
(data/institutions_en.txt) with a name in front ("the Millbrook school district", "the Harlow
transit agency"), so that a later "the district said" finds the body named before."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..actors.lexicon import organisation_words
from ..actors.mentions import is_institution_word
from ..model import Mention


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
