"""Bodies the NER does not know, as mentions: a noun phrase headed by an institution noun
(data/institutions_en.txt) with a name in front ("the Millbrook school district", "the Harlow
transit agency"), so that a later "the district said" finds the body named before."""
from __future__ import annotations

from spacy.tokens import Doc

from ..actors.mentions import is_institution_word
from ..model import Mention


def body_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One organisation mention per such noun phrase that no entity mention covers whole."""
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.tag_ != "NN" or not is_institution_word(root.text, "en"):
            continue  # (a plural is many: 'Ferry operators')
        words = [t for t in chunk if t.i < root.i and t.dep_ != "det" and not t.is_punct]
        # a name, not a capital only because it opens the sentence ('Ferry operators warned')
        if not words or not any(t.pos_ == "PROPN" and t.dep_ == "compound" and not t.is_sent_start for t in words):
            continue
        b, e = words[0].idx, root.idx + len(root)
        if any(m.span[0] <= b and e <= m.span[1] for m in mentions):
            continue
        out.append(Mention((b, e), doc.text[b:e], "organisation", is_subject=root.dep_ in ("nsubj", "nsubjpass")))
    return out
