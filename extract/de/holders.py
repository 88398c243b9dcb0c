"""Positions held by the owner a position noun names ("Die Unterstützung des Bauernverbands für die
Umgehungsstraße …", "Das Nein von Bürgermeisterin Y zur Seilbahn …", "Saxholms Zustimmung zur X …",
"Ihre Ablehnung der X hatte die Fraktionschefin Y … begründet"): a reported statement of that owner, its
content the noun phrase, whatever the clause around it does with it. The nouns are listed in
data/position_nouns_de.txt; which way the position goes is read by positions/frames_de.py from the
phrase alone, and a phrase it reads no position from ("Die Rede des Bürgermeisters zur Seilbahn")
makes no statement."""
from __future__ import annotations

from ..actors import lexicon
from ..actors.inflection import gender_of
from ..model import Span
from .article import Article, tokens_in
from .cues import position_nouns
from .nlp import analyse_word
from .persons import person_named
from .indirect import body_heads, lone_name, named_in_full, named_owner, saxon_owner
from .tokens import BREAKS, DETERMINERS, GENITIVE

# possessives before a position noun that make a person named in its clause the owner ("Ihre Ablehnung …
# hatte die Fraktionschefin X begründet", "Sein Festhalten an X hatte Brakenhoff Sympathien gekostet")
OWN_POSSESSIVES = frozenset("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer".split())
# the word before a position noun's phrase that makes it one the owner does not hold: asked for ("um"),
# or denied ("nicht")
SOUGHT_OR_DENIED = frozenset(("um", "nicht"))


def owned_positions(art: Article) -> None:
    """held_positions for each sentence, after all other rules (a statement they found holds its own nouns)."""
    for s, e in art.sents:
        held_positions(art, s, e)


def held_positions(art: Article, s: int, e: int) -> bool:
    """Each position noun of sentence s..e outside quotation marks whose owner names a person or a body,
    with a position the stance reader finds in its phrase: one reported statement of the owner each."""
    toks = art.toks
    found = False
    for n in range(s, e):
        t = toks[n]
        if not t.cap or t.quote >= 0 or t.low not in position_nouns() or not (
                t.tag.startswith("NN") or n > s and (toks[n - 1].low in DETERMINERS or toks[n - 1].tag == "PPOSAT")):
            continue  # (HanTa reads "Das Nein" as an answer particle)
        start = phrase_start(art, n, s)
        if start > s and toks[start - 1].low in SOUGHT_OR_DENIED:
            continue  # not held: "wirbt um die Unterstützung der Regierung", "hat nicht die Unterstützung der Armee"
        owner, after = owner_after(art, n, e)
        if owner is None:
            owner = (saxon_owner(art, n, s) or surname_owner(art, n, s)) if n > s else None
            start = owner_start(art, owner, n) if owner is not None else start
        if owner is None and toks[start].low in OWN_POSSESSIVES:
            owner = named_in_clause(art, n, s, e)
        if owner is None:
            continue
        end = thing_end(art, after if after is not None else n + 1, e)
        own = next((f for f in art.found if any(cb <= t.b < ce for cb, ce in f.cue) and speaks_for(f, owner)), None)
        if own is not None and (frame := art.content_span(start, end)) is not None:
            own.frame = frame  # a demand noun's statement of this owner (indirect.demand_statement): judged on its phrase
            continue
        if covered(art, n) or speaks_already(art, owner):
            continue
        piece = art.content_span(start, end)
        if piece is None or not takes_position(art, piece, owner):
            continue
        art.add([piece], "reported", [art.span(n, n + 1)], owner, piece, confidence=0.5)  # (judged on the phrase alone)
        found = True
    return found


def owner_after(art: Article, n: int, e: int) -> tuple[Span | None, int | None]:
    """The owner right after the noun at n ("des Bauernverbands", "von Bürgermeisterin Y", "der
    Fraktionschefin, Ilka Y,") when it names a person or a body, and the token after it; else (None, None)."""
    toks = art.toks
    if not named_owner(toks, n):
        return None, None
    first = n + 2
    end = art.np_right(first, e) if first < e else None
    if end is None:
        return None, None
    who = art.with_apposed_name(first, end, e)
    words = tokens_in(art, who)
    words = words[1:] if words and words[0].low in DETERMINERS else words
    if not words or not (person_named(words) or body_heads(words) or lone_name(art, words)):
        return None, None
    if toks[n + 1].low == "der" and len(words) == 1 and plural_noun(words[0].text):
        return None, None  # many, no one body: "die Unterstützung der Betriebe" ("der Gemeinde", "der SPD" is one)
    return who, next((k for k in range(end, e) if toks[k].b >= who[1]), e)


def plural_noun(word: str) -> bool:
    """A plural common noun: a plural ending (actors.inflection) or a HanTa lemma other than the word
    ("Betriebe" -> "Betrieb"); an acronym ("SVP") or a listed organisation ("der Grünen") is a name."""
    if word.casefold() in lexicon("de").organisations:
        return False
    return gender_of(word) == "p" or not word.isupper() and analyse_word(word)[0].casefold() != word.casefold()


def phrase_start(art: Article, n: int, s: int) -> int:
    """Where the noun phrase of the noun at n starts: its article, possessive and adjectives."""
    toks = art.toks
    k = n
    while k > s and (toks[k - 1].low in DETERMINERS or toks[k - 1].tag in ("PPOSAT", "ADJ(A)", "PIAT")) and toks[k - 1].quote < 0:
        k -= 1
    return k


def owner_start(art: Article, owner: Span, n: int) -> int:
    return next(k for k in range(n, -1, -1) if art.toks[k].b <= owner[0])


def named_in_clause(art: Article, n: int, s: int, e: int) -> Span | None:
    """The person a possessive before the noun at n points to: the first one named after the noun
    phrase in its clause (a role with a name, a first name with a surname, a surname named in full
    before), not inside a prepositional phrase ("Ihre Kritik kam bei Landrätin X nicht gut an") nor after
    a comma or conjunction ("…, doch Bürgermeister X blieb skeptisch": another clause's), else None."""
    toks = art.toks
    k = n
    while (k := k + 1) < e:
        if toks[k].text in BREAKS or toks[k].tag.startswith("KO"):
            return None
        if toks[k].tag in ("APPR", "APPRART"):
            k = max(k, (art.np_right(k + 1, e) or k + 1) - 1)  # (the prepositional phrase's noun phrase: skipped)
            continue
        if toks[k].quote >= 0 or not toks[k].cap:
            continue
        end = art.np_right(k, e)
        if end is None:
            continue
        who = art.with_apposed_name(k, end, e)
        words = tokens_in(art, who)
        if person_named(words) or len(words) == 1 and any(
                u.text == words[0].text and u.i > 0 and toks[u.i - 1].cap and toks[u.i - 1].tag == "NE" for u in toks[:k]):
            return who
    return None


def surname_owner(art: Article, n: int, s: int) -> Span | None:
    """"Saxholms Zustimmung zu X": a surname in the genitive right before the noun at n, with no article,
    that the article named in full before ("Landrätin Gerlinde Saxholm"; HanTa may read it as a common
    noun). Its span is the name without its genitive "s", which the actor resolver reads."""
    toks = art.toks
    g = toks[n - 1]
    if not g.cap or not g.text.endswith("s") or len(g.text) < 5 or g.quote >= 0 or n - 2 >= s and toks[n - 2].low in DETERMINERS:
        return None
    return (g.b, g.e - 1) if named_in_full(art, g.text[:-1], 1, n - 1) else None


def thing_end(art: Article, k: int, e: int) -> int:
    """The end of what the position is about, at k: the prepositional and genitive phrases after the noun
    or its owner up to the clause's next verb or break ("für die Initiative gegen den Windpark", "zur
    Seilbahn", "der Kita-Gebührenerhöhung"); k when none opens there."""
    toks = art.toks
    if k >= e or not (toks[k].tag in ("APPR", "APPRART") or toks[k].low in GENITIVE):
        return k
    end = k + 1
    while end < e and toks[end].quote < 0 and toks[end].text not in BREAKS and not toks[end].tag.startswith(("V", "KO", "PREL")):
        end += 1
    return end


def covered(art: Article, n: int) -> bool:
    """The noun stands in what another statement says ("Strasser sagte die Unterstützung der Betriebe zu":
    his words name it), or a statement whose cue is the noun took it already."""
    b = art.toks[n].b
    return any(qb <= b < qe for f in art.found for qb, qe in f.quote) or any(cb <= b < ce for f in art.found for cb, ce in f.cue)


def speaks_for(f, owner: Span) -> bool:
    """The statement's speaker mention is the owner found here."""
    return any(b < owner[1] and owner[0] < e2 for b, e2 in f.speaker_mention)


def speaks_already(art: Article, owner: Span) -> bool:
    """A statement found already has the owner as its speaker ("Seinen Widerstand gegen X gab Y auf": his
    clause says what became of his position)."""
    return any(speaks_for(f, owner) for f in art.found)


def takes_position(art: Article, piece: Span, owner: Span) -> bool:
    """Whether the stance reader finds a position of the owner in the phrase."""
    from ..positions.frames_de import read_stances  # (positions read the phrase; imported when first needed)

    return bool(read_stances(art.text[piece[0]:piece[1]], "de", art.text[owner[0]:owner[1]]))
