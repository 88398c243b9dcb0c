"""Which named body an English institution noun can refer back to: 'the newspaper' only to an
outlet ('the Valdoria Herald', 'Reuters'), 'the company', 'the group', 'the ministry' never to
one ('Corvell Steel will cut jobs, the Herald reported. The company said ...' -> Corvell Steel).
Outlet nouns and name words come from data/outlets_en.txt, agencies from data/agencies.txt."""
from __future__ import annotations

from ..model import Actor
from .inflection import _head
from .lexicon import _inflected, _institution_compound, kind_heads, lexicon, organisation_words, outlet_words, referring_bodies, word_set
from .roles import council_noun


def is_outlet_noun(noun: str) -> bool:
    words = noun.split()
    return bool(words) and words[-1].casefold() in outlet_words()[0]


def is_outlet(actor: Actor) -> bool:
    """'Valdoria Herald', 'Eastport Chronicle', 'Reuters': a name ending in an outlet's name word,
    or an agency."""
    return is_outlet_name(actor.name.split(" (")[0].split())


def is_outlet_name(words: list[str]) -> bool:
    return bool(words) and (" ".join(words).casefold() in word_set("agencies.txt") or words[-1] in outlet_words()[1])


def fits_body_noun(noun: str, actor: Actor) -> bool:
    """Whether an English institution noun ('the newspaper', 'the company') can name this actor:
    an outlet noun only an outlet; a noun whose kinds body_kinds_en.tsv lists ('the charity',
    'the watchdog') no body whose name says it is of another kind ('Carrow Borough Council',
    'Kessel Handelsbank'); a bare name ('Korvex') may be of any kind."""
    return is_outlet(actor) == is_outlet_noun(noun) and not _of_another_kind(noun, actor)


def _of_another_kind(noun: str, actor: Actor) -> bool:
    key = noun.casefold().split()[-1] if noun.split() else ""
    heads = kind_heads("en").get(key)
    if heads is None:
        return False
    base = actor.name.split(" (")[0].casefold()
    last = base.split()[-1] if base.split() else ""
    lex = lexicon("en")
    kind = last in lex.institutions or last in organisation_words() or last.endswith(lex.institution_suffixes)
    return kind and not (base.endswith(key) or base.endswith(heads))


def fits_german_body_noun(noun: str, actor: Actor) -> bool:
    """Whether a German body noun ("die Bergrettung", "die Schulbehörde") can refer back to this
    body: a noun for one kind of body not to a body whose name says it is of another kind
    ("Stadtelternrat Bremerhude", "Tiroler Lawinenwarndienst"), only to one whose type noun shares
    it ("Bergrettung Tirol", "Wasserrettung Ostsee"); a plain body noun and its compounds ("die
    Behörde", "die Wettbewerbsbehörde", "das Familienunternehmen": referring_bodies_de.txt) and a
    bare name ("Kerntaler") fit any."""
    low = noun.casefold()
    if low.endswith(tuple(referring_bodies("de"))):
        return True
    lex = lexicon("de")
    kinds = [w.casefold() for w in actor.name.split(" (")[0].split()
             if _inflected(lex.institutions, w, ("es", "s")) or _institution_compound(w, lex) or council_noun(w, "de")
             or _head(w)[1]]
    heads = [k for k in lex.institution_suffixes if low.endswith(k)]  # "bergrettung", "gesellschaft"
    return not kinds or any(low in w or any(w.endswith(h) for h in heads) for w in kinds)
