"""People the NER does not know, as mentions: a run of two to four capitalised name words
that a known first name opens ("Alejandro Sotomayor") or that stands right after a title or
role noun ("Local MSP Kirsty Baird", "the prime minister, Ines Roe"). The small English model
misses many such names or splits them into an organisation and a product; without a mention
a later "the prime minister said" or "she said" finds nobody."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.lexicon import firstnames, lexicon, organisation_words
from ..model import Mention
from .base import NAME_PARTICLES, clause_subject


def people_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one person mention per missed name run; entity mentions other than
    people inside the run give way to it ('Kirsty' ORG + 'Baird' PRODUCT)."""
    out = list(mentions)
    i = 0
    while i < len(doc):
        end = _run_end(doc, i)
        if end - i >= 3 and not _is_person_run(doc, i, end):
            # 'Councillor Naomi Fenwick' after 'and': the title opens the run, the name follows it
            i = next((k for k in range(i + 1, end - 1) if _after_title(doc, k) and _is_person_run(doc, k, end)), i)
        if end - i >= 2 and _is_person_run(doc, i, end):
            b, e = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
            if not any(m.span[0] < e and b < m.span[1] and (m.kind_hint == "person" or not (b <= m.span[0] and m.span[1] <= e))
                       for m in out):
                out = [m for m in out if not (b <= m.span[0] and m.span[1] <= e)]
                out.append(Mention((b, e), doc.text[b:e], "person", is_subject=clause_subject(doc[end - 1])))
        i = max(end, i + 1)
    return sorted(out, key=lambda m: m.span)


def _name_word(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].replace("-", "").replace("'", "").isalpha() \
        and not t.text.isupper()


def _run_end(doc: Doc, i: int) -> int:
    """The end of the name run opening at token i (name particles inside: 'Jan van Berg')."""
    if not _name_word(doc[i]):
        return i
    j = i + 1
    while j < len(doc) and j - i < 4 and (_name_word(doc[j]) or (doc[j].lower_ in NAME_PARTICLES and j + 1 < len(doc)
                                                                and _name_word(doc[j + 1]))):
        j += 1
    return j if _name_word(doc[j - 1]) else j - 1


def _is_person_run(doc: Doc, i: int, end: int) -> bool:
    words = [t.lower_ for t in doc[i:end]]
    if any(w in organisation_words() for w in words) or doc[end - 1].ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    if end < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end].head.pos_ == "NOUN" and words[0] not in firstnames():
        return False  # 'Harwick Borough's ...': a place or body owning something
    return words[0] in firstnames() or _after_title(doc, i) or _has_apposed_title(doc[end - 1]) or _kin_of_person(doc[end - 1])


PERSONAL_POSSESSIVES = frozenset(("his", "her"))


def _kin_of_person(last: Token) -> bool:
    """The run's last word apposed to a noun a personal possessive owns ("her neighbour Dorian Fell",
    "his niece, Eluned Cray"), or joined by "and" to such a noun ("Arwel Pryce and his niece"): what
    "his" or "her" belongs to, or is, is a person."""
    def owned(noun: Token) -> bool:
        return any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in noun.children)  # (any tag: "neighbour" ADJ)
    return last.dep_ == "appos" and owned(last.head) or any(c.dep_ == "conj" and owned(c) for c in last.children)


def _has_apposed_title(last: Token) -> bool:
    """A role noun apposed to the run's last word ("Linus Ravensholt, chief of staff to …"):
    the run names a person in the role, whatever her first name."""
    titles = lexicon("en").titles
    return any(c.dep_ == "appos" and c.i > last.i and c.pos_ == "NOUN" and c.is_lower and c.lemma_ in titles
               for c in last.children)


def _after_title(doc: Doc, i: int) -> bool:
    """A title or role noun right before token i, or before the comma of an apposition."""
    j = i - 1 if i and doc[i - 1].text != "," else i - 2
    if j < 0 or not doc[j].is_alpha:
        return False
    titles = lexicon("en").titles
    return any(" ".join(t.lower_ for t in doc[k:j + 1]) in titles for k in range(max(0, j - 3), j + 1))
