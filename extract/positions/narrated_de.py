"""What a German clause the reporter tells narrates instead of taking a position (round 26).

A told position ("Die Ministerin lehnt die Maut ab", de/indirect.py ``clause_stance``) is read from
narration with no speech verb, so the stance reader meets every sentence of the story. Two kinds of
clause it meets there take no side on a thing, whatever frame word they hold:

- the target is no matter of debate (``no_matter``): an occasion or a gathering the subject celebrates
  or calls people to ("feierte einen runden Geburtstag", "hatte zu einer Kundgebung aufgerufen"; row
  "occasion" of data/stance_frames_de.tsv, for: against one is a position), a performance in a game or a
  vote ("erfreut über den Sieg", "lobte die Leistung"; row "performance"),
  a position as such ("wandte sich von Positionen ab"; row "position_held"), what one holds in a contest (row
  "contest"), or someone praised or blamed ("lobte Bürgermeister X", "begrüßte die Fahrer"), unless an
  act decided the stance on it ("kritisierte das Verbot der Kundgebung" is for the rally);
- the clause does without a thing one has for oneself (``act_told``: "verzichtete auf den Dienstwagen");
- the clause tells a deed with its time (``deed_told``): a decision, an approval or a proclamation, past
  or perfect, with a point in time ("Das Kabinett hat am 22. Juni die Einführung der X abgesegnet";
  verbs of row "deed"). The same verb with no time ("Das Kabinett hat die Einrichtung der X beschlossen")
  and a verb of attitude with its time ("lehnte am Montag X ab", "begrüßte am Dienstag X") stay positions.
"""
from __future__ import annotations

from ..actors.lexicon import first_name, lexicon as actor_lexicon
from .frames import Stance
from .frames_de import _analyse, clauses_in, lexicon, noun_lemma, person_noun, row_words, told_as_event

LONG_HEAD = 8  # an occasion noun this long is also the head of a compound ("Protestkundgebung", "Bühnenjubiläum");
# a short one only stands alone ("Fest": "Manifest" is a thing of its own)
QUANTITY = frozenset("mehr weitere weiteren zusätzliche zusätzlichen neue neuen ein eine einen einem einer eines".split())
DEFINITE = frozenset("der die das den dem des".split())


def occasion(lemma: str, row: str) -> bool:
    """An occasion or gathering (row "occasion") or a performance (row "performance"), also as a long compound's head."""
    low = lemma.casefold()
    words = row_words("de", row)
    heads = row == "occasion"  # (a performance only as written: "Sozialleistung" is a thing of its own)
    return low in words or heads and any(low.endswith(w) and len(w) >= LONG_HEAD and len(low) > len(w) + 2 for w in words) \
        or "-" in low and low.rsplit("-", 1)[1] in words


def someone(st: Stance) -> bool:
    """Does the stance's phrase name a person ("Bürgermeister Arno Pfisterer") or, definite, people by their
    role or group ("die Fahrer und Besucher", "den Minister"), not a number of them to hire ("mehr Pflegekräfte",
    "einen Schulsozialarbeiter")?"""
    words = st.phrase.split()
    if any(w[:1].isupper() and first_name(w.casefold()) for w in words):
        return True
    people = actor_lexicon("de")
    low = st.target.casefold()  # (a title itself, not a compound ending in one: "Drehleiter" is a ladder)
    named_by_role = low in people.titles or low in people.groups
    return named_by_role and bool(words) and words[0].casefold() in DEFINITE and not QUANTITY & {w.casefold() for w in words}


def act_decided(st: Stance) -> bool:
    """Did an act between the frame and the target pass the stance on ("kritisierte das Verbot der Kundgebung")?"""
    acts = lexicon("de").acts
    return any(noun_lemma(w).casefold() in acts or w.casefold() in acts for w in st.words[1:] if w[:1].isupper())


def no_matter(st: Stance) -> bool:
    """A target no position is about (module docstring)."""
    low = st.target.casefold()
    if low in row_words("de", "contest") or low in row_words("de", "position_held"):
        return True
    joined = st.value > 0 and occasion(st.target, "occasion")  # (being against a rally is a position)
    return (joined or occasion(st.target, "performance") or someone(st)) and not act_decided(st)


def act_told(st: Stance, said: str) -> bool:
    """A told clause that does without a thing one has for oneself ("verzichtete auf den Dienstwagen", "auf sein
    Honorar"; rows "done_without", "personal", "perk"): an act, no position. Not a matter under debate ("auf die
    umstrittene Parkgebühr"), not where what is given up is a position ("auf seine Forderung nach X": a frame noun
    among the deciding words), nor where it is negated ("kann auf X nicht verzichten", +1: a judgement), nor
    another's thing (``held_by_other``)."""
    if st.value > 0 or not st.words or _analyse(st.words[0])[0] not in row_words("de", "done_without"):
        return False
    frames = lexicon("de").frames
    return own_thing(st.target) and not any(w[:1].isupper() and noun_lemma(w).lower() in frames for w in st.words[1:]) \
        and not held_by_other(st, said)


HOLDER_LINKS = ("der", "des", "für")  # a genitive or a "für" after the thing names whom it is for


def held_by_other(st: Stance, said: str) -> bool:
    """The thing done without is other people's, named after it ("auf die Dienstwagen der Staatssekretäre", "auf die
    Abfindung für den früheren Geschäftsführer"; rr33): a decision on what others get, a told position. A place or
    an occasion there leaves it one's own ("den Dienstwagen der Stadt", "das Honorar für den Vortrag")."""
    at = said.find(st.phrase, max(st.at, 0)) if st.phrase else -1
    after = said[at + len(st.phrase):].split()[:4] if at >= 0 else []
    if not after or after[0] not in HOLDER_LINKS:
        return False
    noun = next((w.strip(".,;:") for w in after[1:] if w[:1].isupper()), "")
    return bool(noun) and person_noun(noun, "de")


def own_thing(target: str) -> bool:
    """A thing one has for oneself (rows "personal", "perk": "Dienstwagen", "Honorar", "Mandat"), as written."""
    return target.casefold() in row_words("de", "personal") | row_words("de", "perk")


def deed_told(said: str, stances: list[Stance]) -> bool:
    """Does the text tell a deed with its time: every stance decided by a verb of row "deed" whose own
    clause frames_de.told_as_event reads as an event (past or perfect, a point in time: "Der Rat hat am
    Montag beschlossen, das Bad zu schließen"; not "Wir haben beschlossen, X zu schließen, sagte sie am Montag")?"""
    deeds = row_words("de", "deed")
    if not stances or not all(st.words and _analyse(st.words[0])[0] in deeds for st in stances):
        return False
    verbs = {st.words[0] for st in stances}
    return any(told_as_event(c) and any(w.text in verbs for w in c.words) for clauses in clauses_in(said, "de") for c in clauses)
