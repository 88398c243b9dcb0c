"""Is the person named next the one a description named before? ("The city's transport chief came
out against X. Jane Roe, who has run the department since 2021, said …": yes; "The mayor has backed
X. Opposition leader Jane Roe said …": no.) The English parse reader (en/named_later.py) and the
resolver's last resort (antecedents._named_next) ask the same question; each gathers the evidence
its way, as plain words, and this module weighs it. Evidence for the named person:

- offices: a role noun with the body words around it ("Council minority leader", "the union's
  general secretary" she became, the apposition "a former shipping executive");
- headed bodies: what a relative clause says she heads or runs ("who chairs the local patients'
  forum", "who took charge of the division"); a bare definite noun there ("the department")
  refers back to the description's body, so it agrees;
- affiliations: the body she is "of" or "from", or a party in brackets ("Jane Roe of the Green
  Party", "Alma Crewe (Liberal Democrat)"): it agrees only with a body the description names.

One office with the description's role noun agrees (unless both name bodies and they differ: "the
head of the chamber" / "who heads the statistics office"); one headed body that shares a word with
the description agrees ("the transportation director" / "the transportation department"). Evidence
that agrees nowhere names someone else, and so does an affiliation that is not the description's
body, also beside an agreeing office ("A Green Party councillor …. Councillor X of the Labour
Party"); an affiliation with no office that agrees is evidence against, too ("The mayor … Jane Roe
of the Green Party": a mayor would be written "Mayor Jane Roe"). Two bodies that both have names
agree only by a shared name word ("Green Party" / "Labour Party" share only their kind). No
evidence at all: the caller links only the one person newly named (described_named)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import title_abbreviations, word_set

# titles a person holds beside any role: no office ("a leading economist" / "Professor X")
COURTESY = frozenset({"dr", "doctor", "professor", "prof", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "rev", "reverend"})
STEM = 6  # shared opening letters that make two words one ("library"/"librarian", "transport"/"transportation")


@dataclass
class Described:
    role: str  # the description's role noun, lower case ("chief", "commissioner")
    bodies: set[str] = field(default_factory=set)  # its other nouns ("city", "transport", "division")
    names: set[str] = field(default_factory=set)  # those of them that are proper names ("green" of "A Green Party councillor")


@dataclass
class Evidence:
    offices: list[tuple[str, set[str]]] = field(default_factory=list)  # (role noun, body words)
    headed: list[set[str]] = field(default_factory=list)  # body words of what she heads
    refers_back: bool = False  # she heads "the department": the body the description named
    affiliations: list[tuple[set[str], set[str]]] = field(default_factory=list)  # (body words, its proper names)

    def __bool__(self) -> bool:
        return bool(self.offices or self.headed or self.refers_back or self.affiliations)


@lru_cache(maxsize=None)
def counter_voices(lang: str) -> frozenset[str]:
    """data/counter_voices_<lang>.txt: words that set a speaker against the one described before."""
    return word_set(f"counter_voices_{lang}.txt")


@lru_cache(maxsize=None)
def head_verbs(lang: str) -> frozenset[str]:
    """data/head_verbs_<lang>.txt: lemmas of verbs of heading a body ("who chairs the council")."""
    return word_set(f"head_verbs_{lang}.txt")


@lru_cache(maxsize=None)
def head_nouns(lang: str) -> frozenset[str]:
    """data/head_nouns_<lang>.txt: role nouns that only say a person heads a body ("head", "chief")."""
    return word_set(f"head_nouns_{lang}.txt")


def set_against(text_before: str, lang: str) -> bool:
    """The words of the later person's sentence before her name set her against the described one
    ("But councillor X", "Critics, led by X")."""
    return not counter_voices(lang).isdisjoint(re.findall(r"[\w'’]+", text_before.casefold()))


def one_word(a: str, b: str) -> bool:
    """The same word, or one derived from the other ("library"/"librarian")."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= STEM and long_.startswith(short[:STEM]) and len(short) - STEM <= 2


def share(a: set[str], b: set[str]) -> bool:
    return any(one_word(x, y) for x in a for y in b)


def same_role(a: str, b: str) -> bool:
    """One role noun, also when one is abbreviated ("CEO" / "Chief Executive Officer", "Cllr" / "councillor")."""
    def spelled(w: str) -> set[str]:
        return {w} | {x.split()[-1] for x in title_abbreviations("en").get(w.rstrip("."), ())}
    return any(one_word(x, y) for x in spelled(a) for y in spelled(b))


def initials(names: set[str], other: set[str]) -> bool:
    """A short form of a name spelled as its initials ("FG" / "Fine Gael")."""
    return any(len(n) >= 2 and len(n) == len(other) and set(n) == {w[0] for w in other} for n in names)


def same_body(described: Described, words: set[str], names: set[str]) -> bool:
    """An affiliation is the description's body: by a shared name word where both are named, else by
    its kind ("the union's regional secretary" / "of the Transport Workers' Union"; not "the chief
    fire officer" / "of the Fire Brigades Union")."""
    if names and described.names:
        return share(names, described.names) or initials(names, described.names) or initials(described.names, names)
    return share(words, described.bodies)


def same_person(described: Described, evidence: Evidence) -> bool:
    """Whether the evidence about the named person fits the description (see the module's doc)."""
    if evidence.affiliations and not any(same_body(described, w, n) for w, n in evidence.affiliations):
        if described.bodies or not evidence.offices:
            return False  # she is of another body ("Jane Roe of the Labour Party" after "A Green Party councillor")
    elif evidence.affiliations and not evidence.offices and not evidence.headed:
        return True  # "Maeve Collins of the union" after "The union's regional secretary"
    if evidence.refers_back or any(share(h, described.bodies | {described.role}) for h in evidence.headed):
        return True
    generic = described.role in head_nouns("en")
    for role, bodies in evidence.offices:
        if same_role(role, described.role) and not (bodies and described.bodies and not share(bodies, described.bodies)):
            return True
        if (generic or role in head_nouns("en")) and share(bodies, described.bodies):
            return True  # "The head of a rail project" / "chief executive of Northway Rail"
    return not evidence.offices and not evidence.headed  # (no evidence: the caller asks whether she is the only one)


def office(role: str, bodies: set[str] | None = None) -> tuple[str, set[str]] | None:
    """(role noun, body words) of a role as written ("Opposition leader" -> ("leader", the bodies given));
    None for a courtesy title or none."""
    words = [w.rstrip(".") for w in re.findall(r"[\w'’.-]+", role.casefold())]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    if not words or words[-1] in COURTESY:
        return None
    return words[-1], bodies or set()  # ("Chief executive": "chief" says which office, not which body)
