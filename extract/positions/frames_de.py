"""Stance from the structure of a German clause: who is for or against what.

    sentence ─► clauses ─► words (HanTa lemma + tag) ─► noun phrases (with their preposition)
            ─► frame words (stance_frames_de.tsv) ─► the TARGET they take and its polarity

A frame word ("ablehnen", "für" with "sich aussprechen", "warnen vor", "ein Fehler") takes its
target from its slot: the object, the subject, or the noun phrase after a preposition. On the
way the polarity is multiplied by

  * the negations of its own clause ("nicht gegen X" = +1, "kein Fan von X" = -1),
  * acts between the frame and the thing: "einen Ausstieg aus der Kohle fordern" (-1 Kohle),
    "davor warnen, die Subvention zu streichen" (+1 Subvention), "den Bau der Stadtbahn
    begrüßen" (+1 Stadtbahn).

No stance: questions and ob/wie/wann clauses, plans ("will nach Portvell reisen": the light verb
has a full verb beside it that is no act), and frames whose subject is someone other than the
speaker ("Die Opposition lehne das Tempolimit ab, sagte die Ministerin"). A frame in the
pluperfect ("hatte sich … ausgesprochen") only recalls an earlier position: it is marked so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterator, TypeVar

from ..dates.lexicon import month_names
from .spoken_for import head_roles, office_of, role_is
from .frames import WORDS_KEPT, Stance, class_nouns, frame_rows, named_again_by  # (shared with frames_en.py)
from .frames import words_of as data_words  # (data/*.txt; words_of here reads a clause)

# Grammar (closed word classes), not vocabulary: the frames live in the data file.
DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines "
    "dieser diese dieses diesen diesem jener jene jenes jenen jenem jeder jede jedes jeden jedem "
    "mein meine meinen meinem meiner meines unser unsere unseren unserem unserer unseres "
    "ihr ihre ihren ihrem ihrer ihres seine seinen seinem seiner seines euer eure "
    "mehr weniger viele vielen alle allen aller sämtliche sämtlicher einige einigen wenige zahlreiche weitere weiteren solche "
    "welche welcher dessen deren".split())
OWN_DETERMINERS = frozenset("mein meine unser unsere sein seine ihr ihre".split())  # (nominative) "Mein Vorschlag ist, …"
NEGATING_ADVERBIALS = frozenset("fall falle umstand umständen weise".split())  # "auf keinen Fall", "in keiner Weise"
LACKING = ("fehlend", "mangelnd")  # "kritisierte fehlende Parkplätze": negates its phrase like "keine"
LESS = frozenset({"weniger"})  # "fordert weniger Zuwanderung": a demand for less of a thing is against it
NEGATING_DETERMINERS = frozenset("kein keine keinen keinem keiner keines".split())
PREPOSITIONS = {p: p for p in (
    "für gegen vor von aus an auf hinter mit ohne nach bei zu in über unter durch um bis seit wegen pro "
    "trotz zwischen neben gegenüber laut statt anstelle entlang innerhalb außerhalb oberhalb unterhalb jenseits "
    "angesichts aufgrund infolge mangels anlässlich während binnen ungeachtet abseits inmitten seitens dank zwecks gemäß gemäss ausserhalb"
).split()}  # (circumstances: never an object)
PREPOSITIONS.update({"vom": "von", "am": "an", "ans": "an", "im": "in", "ins": "in", "beim": "bei",
                     "zum": "zu", "zur": "zu", "aufs": "auf", "fürs": "für", "vors": "vor", "übers": "über"})
POINTERS = {"davor": "vor", "dafür": "für", "dagegen": "gegen", "davon": "von", "darauf": "auf",
            "daran": "an", "dahinter": "hinter", "daraus": "aus", "dazu": "zu", "darüber": "über",
            "damit": "mit"}  # point to the next clause
# a verbless piece after these is an elliptical clause of its own ("…, aber nicht in diesem Jahr"):
# its negation is not the clause's before
SUBORDINATING = frozenset("dass weil da wenn falls ob als nachdem obwohl sofern bevor um zu der die das".split())
SIDES = frozenset("für gegen dafür dagegen".split())
CONTRASTIVE = frozenset("aber jedoch doch allerdings".split())
ELLIPTICAL = CONTRASTIVE | {"sondern"}
SEPARABLE_PARTICLES = frozenset("an ab auf aus bei ein mit nach vor zu zurück durch um fest hin her los weg".split())
GENITIVE_ARTICLES = frozenset("des eines der einer".split())
# a possessive in the genitive right after a noun ("die Schließung ihrer Filiale", "die Kürzung unseres Etats")
POSSESSIVE_GENITIVES = frozenset("seines ihres unseres meines eures deines seiner ihrer unserer meiner eurer deiner".split())
PERSONAL = frozenset("ich du er sie es wir ihr man niemand jemand".split())
NOMINATIVE = frozenset("ich du er wir man niemand jemand".split())
ACCUSATIVE = frozenset("den einen keinen diesen jeden meinen unseren ihren seinen".split())  # never a subject
OWN = frozenset("ich wir man".split())  # the speaker (in a quote) or anyone
OBJECT_PRONOUNS = frozenset("sich uns euch mich dich mir dir ihn ihm ihnen".split())
DEMONSTRATIVES = frozenset("das dies dieses".split())
QUESTION_WORDS = frozenset("ob wie wann wer wen wem was warum weshalb wieso weswegen wo woher wohin "
                           "welche welcher welches welchen".split())
COPULAS = frozenset("sein werden bleiben nennen bezeichnen halten betrachten sehen werten bewerten beurteilen einschätzen "
                    "erachten einstufen empfinden bieten bergen bedeuten".split())  # ("X birgt Risiken": X is a risk)
JUDGING = frozenset("nennen bezeichnen halten betrachten sehen finden werten bewerten beurteilen einschätzen "
                    "erachten einstufen empfinden".split())  # the subject judges the object
PREDICATE_VERBS = COPULAS | JUDGING  # a clause with one of these may judge its subject or object ("ist ein X", "hält X für Y")
TENSE_AUX = frozenset("haben sein".split())  # ("ist abzuschaffen" is a demand; "hat abgeschafft" a report)
PAST_AUX = frozenset("hatte hatten hattest hattet war waren warst wart".split())
PASSIVE_AUX = frozenset("werden wird wurde wurden würde würden worden werde".split())
SPAN_PLURALS = frozenset("jahren monaten wochen tagen jahrzehnten stunden".split())  # (plurals of a span: "nach drei Jahren")
TIME_NOUNS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend wochenende "
                       "januar jänner februar feber märz april mai juni juli august september oktober november "
                       "dezember morgen vormittag mittag nachmittag abend".split()) | SPAN_PLURALS
WEEKDAYS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend wochenende".split())
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()\[\]]|\s[–—-]\s|…)\s*")
SETTING = frozenset("nach trotz ungeachtet wegen seit bei vor angesichts aufgrund infolge anlässlich während".split())  # prepositions of time and cause
ASIDE = re.compile(r"\s*\((?=[^()]*[A-ZÄÖÜ][^()]*[A-ZÄÖÜ])[\wÄÖÜäöü/.-]{2,12}\)")  # a party: "(ÖVP)", "(B90/Grüne)"
# (not after an abbreviated title or a short abbreviation: "Wahlforscher Dr. Kilian Mertes", "bzw.", "Nr. 5")
# (nor after the ordinal of a date before its month: "lehnt die Sperrstunde ab 1. Juni ab" is one sentence)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?!(?<=\d\.)\s+(?:" + "|".join(month_names("de")) + r")\b)"
                            r"(?<!\bDr\.)(?<!\bProf\.)(?<!\bMag\.)(?<!\bIng\.)(?<!\bDipl\.)(?<!\bSt\.)(?<!\bNr\.)(?<!\bca\.)(?<!\bbzw\.)(?<!\bvgl\.)(?<!\bsog\.)[\"«»“”']?\s+|\n+")
WORD = re.compile(r"\w+(?:[-‑]\w+)*")
QUOTE_MARKS = re.compile(r"[„“”«»\"‚‘’]")  # read as spaces in a clause (sentence_clauses)
# "fordert X, nicht aber Y", "nicht gegen X, wohl aber gegen Y": the conjunction opens the piece,
# so that it reads as an ellipsis of the clause before with its own negation ("aber nicht Y")
FOCUS_BEFORE_CONTRAST = re.compile(r"^(\W*)((?:sehr\s+)?wohl|nicht|keinesfalls|keineswegs)\s+(aber|jedoch)\b", re.I)


# ---------------------------------------------------------------- the data file


@dataclass(frozen=True)
class FrameWord:
    value: str  # "+1" | "-1" | "flip" | "keep" | "not" | "0" | "light"
    slot: str  # "obj" | "subj" | a preposition | "act" | "-"
    words: tuple[str, ...]  # lower-case, several for a phrase
    noun: bool = False  # written with a capital: only a noun matches ("Aus", not "aus")
    only_negated: bool = False  # a possibility ("infrage"): a position only when negated
    drops: bool = False  # giving up ("gab ihren Widerstand gegen X auf"): only on a position or a plan
    decides: bool = False  # a decision ("beschließt die Einführung der X"): a position only on an act it decides
    verb: str = ""  # a noun that takes a position only with this verb in its clause ("ein Zeichen setzen für X")


@dataclass(frozen=True)
class Lexicon:
    frames: dict[str, tuple[FrameWord, ...]]  # first word -> frames (+1 / -1 entries)
    acts: dict[str, tuple[FrameWord, ...]]  # first word -> flip / keep entries
    negations: dict[str, str]  # word -> the slots it negates, space-separated ("-": every slot)
    skip: tuple[tuple[str, ...], ...]  # phrases that only look like negations
    light: frozenset[str]
    heads: dict[str, int] = field(default_factory=dict)  # compound heads that take sides: "gegner" -> -1
    modal: frozenset[str] = frozenset()  # light verbs that are never the main verb ("gehören")
    negation_phrases: tuple[tuple[str, ...], ...] = ()  # negations of several words ("alles andere als")
    unnegated: frozenset[str] = frozenset()  # frames whose negation takes no position ("fordert nicht X")
    carriers: frozenset[str] = frozenset()  # acts that only carry a position to their content ("die Zusage für X")
    compound_carriers: frozenset[str] = frozenset()  # carriers of a preposition or a zu-clause ("Förderzusage für X")
    agents: frozenset[str] = frozenset()  # bodies and territories that act ("des Landes"): never a target
    classes: frozenset[str] = frozenset()  # class nouns before the thing's name ("die Schulform Hauptschule")
    adverbs: frozenset[str] = frozenset()  # lower-case words the tagger takes for verbs by their -e ("infrage")
    verb_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # a verb -> the nouns it takes sides with ("setzen": "zeichen")


@lru_cache(maxsize=None)  # (keyed by the arguments as given: the rules ask lexicon("de"), never lexicon(), or it is built twice)
def lexicon(lang: str = "de") -> Lexicon:
    frames: dict[str, list[FrameWord]] = {}
    acts: dict[str, list[FrameWord]] = {}
    negations: dict[str, str] = {}
    skip, light, modal, negation_phrases, unnegated, carriers, agents, classes = [], set(), set(), [], set(), set(), set(), set()
    adverbs: set[str] = set()
    compound_carriers: set[str] = set()
    heads: dict[str, int] = {}
    rows = list(frame_rows(lang))
    # Swiss spelling writes ss for ß ("begrüsst", "Schliessung"): both forms are listed
    rows += [(value, slot, [f.replace("ß", "ss") for f in forms if "ß" in f]) for value, slot, forms in rows]
    verb_nouns: dict[str, set[str]] = {}
    for value, slot, forms in rows:
        for form in forms:
            form, _, verb = form.partition("/")  # "Zeichen/setzen": the word with the verb it needs ("|" between several)
            words = tuple(w.lower() for w in form.split("_") if w)
            if verb and value in ("+1", "-1"):
                for one in verb.split("|"):
                    verb_nouns.setdefault(one, set()).add(words[0])
                frames.setdefault(words[0], []).append(FrameWord(value, slot, words, form[:1].isupper(), verb=verb))
                continue
            if not words:
                continue
            if value == "not" and len(words) > 1:
                negation_phrases.append(words)
            elif value == "not":
                negations[words[0]] = f"{negations.get(words[0], '')} {slot}".strip()  # (a word may negate several slots)
            elif value == "unnegated":
                unnegated.add(words[0])
            elif value in ("agent", "class", "adverb"):
                {"agent": agents, "class": classes, "adverb": adverbs}[value].add(words[0])
            elif value == "0":
                skip.append(words)
            elif value in ("light", "modal"):
                light.add(words[0])
                modal.update(words[:1] if value == "modal" else [])
            elif value in ("flip", "keep", "carry"):
                acts.setdefault(words[0], []).append(FrameWord(value.replace("carry", "keep"), slot, words, form[:1].isupper()))
                carriers.update(words[:1] if value == "carry" else [])
                compound_carriers.update(words[:1] if value == "carry" and slot not in ("act", "gen") else [])
            elif value in ("+1", "-1") and slot == "compound":
                heads[words[0]] = int(value)
            elif value in ("+1", "-1", "open+1", "open-1"):
                frames.setdefault(words[0], []).append(FrameWord(value[-2:], slot, words, only_negated=value.startswith("open")))
            elif value == "drop":
                frames.setdefault(words[0], []).append(FrameWord("-1", slot, words, drops=True))
            elif value == "decide":
                frames.setdefault(words[0], []).append(FrameWord("+1", slot, words, decides=True))
    return Lexicon({k: tuple(v) for k, v in frames.items()}, {k: tuple(v) for k, v in acts.items()},
                   negations, tuple(skip), frozenset(light), heads, frozenset(modal), tuple(negation_phrases),
                   frozenset(unnegated), frozenset(carriers), frozenset(compound_carriers), frozenset(agents), frozenset(classes),
                   frozenset(adverbs), {k: frozenset(v) for k, v in verb_nouns.items()})


# ---------------------------------------------------------------- words and noun phrases


@dataclass
class Word:
    text: str
    low: str
    lemma: str  # lower-case
    tag: str  # STTS from HanTa, or a guess
    noun: bool = False


@lru_cache(maxsize=50000)
def _analyse(word: str) -> tuple[str, str]:
    """Lemma and tag of a word. The German rules have tagged every word of the text already
    (fast_tag, cached); only verbs and adjectives, where a frame word may hide behind an
    inflection ("warnte", "falsche"), get HanTa's full analysis (~2 ms a new word)."""
    from ..de.nlp import analyse_word, fast_tag  # imported when first needed: it loads HanTa

    tag = fast_tag(word)
    low = word.lower()
    if (hit := particle_zu_infinitive(low)) is not None:  # (HanTa takes some for adjectives)
        return hit, "VV(IZU)"
    if tag.startswith("ADJ"):  # adjectives inflect regularly: "falsche" -> "falsch"
        for ending in ("e", "en", "er", "es", "em"):
            stem = low[: len(low) - len(ending)]
            if low.endswith(ending) and stem in frame_vocabulary("de"):
                return stem, tag
        if not low.endswith(("en", "t", "et")):  # not an unknown participle or infinitive either
            return low, tag
    elif not tag.startswith("V"):
        return low, tag
    lemma, tag = analyse_word(word)
    return lemma.lower(), tag


def acronym(word: str) -> bool:
    """An abbreviation in capitals names a body ("SPD", "CSU", "ÖVP", "AfD", "BAMF"): two or more
    letters, at most one small letter between capitals; not a Roman numeral ("Kelmbach II") and not
    a place written in capitals ("FELDHEIM"): at most five letters."""
    return 2 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[-1].isupper() \
        and sum(ch.islower() for ch in word) <= 1 and not set(word) <= set("IVXLCDM")


def particle_zu_infinitive(low: str) -> str | None:
    """"hinauszuzögern", "auszuweiten": a zu-infinitive of a particle verb whose infinitive (the word
    without its inner "zu") is a frame or act word; else None."""
    if not low.endswith("n") or "zu" not in low[2:-3]:
        return None
    vocabulary = frame_vocabulary("de")
    return next((low[:k] + low[k + 2:] for k in range(2, len(low) - 4) if low.startswith("zu", k)
                 and low[:k] + low[k + 2:] in vocabulary), None)


@lru_cache(maxsize=None)  # (asked as frame_vocabulary("de"), as lexicon("de"): one entry)
def frame_vocabulary(lang: str = "de") -> frozenset[str]:
    lex = lexicon(lang)
    return frozenset(w for table in (lex.frames, lex.acts) for entries in table.values() for fw in entries for w in fw.words)


@lru_cache(maxsize=50000)
def _capital_tag(word: str) -> str:
    from ..de.nlp import cheap_tag

    return cheap_tag(word)


CLAUSES_KEPT = 4096  # clause texts whose words are kept (a sentence is read by several judges: bounded)


def words_of(clause: str) -> list[Word]:
    """The words of a clause text, tagged one by one; a new list each call (callers change it), of
    Words kept per text (the indirect rules, the statement's judge and fronted_subjects read the
    same pieces: ~40% of the calls over a dev set repeat a text)."""
    return list(_words_of(clause))


@lru_cache(maxsize=CLAUSES_KEPT)
def _words_of(clause: str) -> tuple[Word, ...]:
    out = []
    for i, m in enumerate(WORD.finditer(clause)):
        text = m.group()
        low = text.lower()
        if i > 0 and text[:1].isupper() and not text.isupper() or _number_compound(text) or LETTER_CODE.fullmatch(text) \
                or acronym(text) and not clause[m.end():].lstrip().startswith("("):
            # ("Die SPD will X": a body, not the adjective HanTa takes some for; "BONN (dpa)" is a dateline)
            out.append(Word(text, low, low, "NN", True))
            continue
        if low in DETERMINERS or low in PREPOSITIONS or low in PERSONAL or low in OBJECT_PRONOUNS or low in POINTERS:
            out.append(Word(text, low, low, "closed"))
            continue
        if text[:1].isupper() and not text.isupper() or "-" in text and text[:1].isupper():
            tag = _capital_tag(text) if i == 0 else "NN"
            noun = tag.startswith("N")
            lemma, full_tag = _analyse(text) if not noun else (low, tag)
            out.append(Word(text, low, lemma if not noun else low, full_tag if not noun else tag, noun))
            continue
        if low in lexicon("de").adverbs:  # "…, nicht infrage": no verb, the clause before goes on
            out.append(Word(text, low, low, "ADV"))
            continue
        lemma, tag = _analyse(low) if text.isalpha() else (low, "CARD" if text[:1].isdigit() else "XY")
        out.append(Word(text, low, lemma, tag))
    return tuple(out)


LETTER_CODE = re.compile(r"[A-ZÄÖÜ]{1,3}\d{1,4}[a-z]?")  # a name of capitals and digits: "G9", "A380", "S21", "E10"


def _number_compound(text: str) -> bool:
    """"35-Stunden-Woche", "49-Euro-Ticket", "2G-Regel": a number joined to a noun is a noun."""
    return text[:1].isdigit() and "-" in text and text.rpartition("-")[2][:1].isupper()


@dataclass
class Phrase:
    start: int  # word indices [start, end)
    end: int
    head: int
    prep: str | None  # the preposition it stands after, or None
    pronoun: bool = False
    negated: bool = False  # "kein Mensch"


def noun_phrases(ws: list[Word]) -> list[Phrase]:
    """Determiner, adjectives and a run of capitalised nouns (names included); a pronoun is a
    phrase of its own. Each remembers the preposition before it."""
    out: list[Phrase] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.noun or w.low in PERSONAL and not (w.low == "ihr" and _noun_follows(ws, i)) \
                or (w.low in DEMONSTRATIVES and not _noun_follows(ws, i)):  # ("Ihr Bruder": a possessive)
            start = i
            while start > 0 and (ws[start - 1].low in DETERMINERS or (ws[start - 1].tag.startswith(("ADJ", "CARD", "ADV", "PIAT"))
                                 or _attributive_verb(ws, start - 1)) and not ws[start - 1].low in PREPOSITIONS) and not ws[start - 1].noun:
                start -= 1
                if ws[start].low in DETERMINERS:
                    break
            if start > 0 and (ws[start - 1].low in NEGATING_DETERMINERS or ws[start - 1].low in QUANTIFYING
                              or ws[start - 1].low in ARTICLES and ws[start].low not in ARTICLES) \
                    and ws[start].low in DETERMINERS:  # ("gegen eine weitere Zentralisierung": the article too)
                start -= 1  # "keine weitere Deponie", "gegen jede weitere Ausweisung": the determiner before is the phrase's
            end = i + 1
            pronoun = not w.noun
            if not pronoun:
                while end < len(ws) and ws[end].noun and (ws[end - 1].low not in TIME_NOUNS or counted_span(ws, end - 1)) \
                        and ws[end].low not in reaction_nouns():  # ("hat der Verband Widerstand angekündigt": the object)
                    end += 1  # ("am Dienstag Gemeinderat X": the time ends its phrase; "nach fünf Monaten Sperrung" does not)
            prep = PREPOSITIONS.get(ws[start - 1].low) if start > 0 else None
            negated = ws[start].low in NEGATING_DETERMINERS or any(x.low.startswith(LACKING) for x in ws[start:i])
            out.append(Phrase(start, end, i, prep, pronoun, negated))
            i = end
            continue
        i += 1
    return with_extended_attributes(ws, out)


def with_extended_attributes(ws: list[Word], phrases: list[Phrase]) -> list[Phrase]:
    """An article, then prepositional phrases and adverbs, then an adjective or participle and its noun: one
    noun phrase ("die von der Verwaltung vorgeschlagene Grundsteuererhöhung", "die im Mai vom Rat beschlossene
    Gebühr"); the phrases inside are its attribute, no object, agent or subject of the clause."""
    for n, p in enumerate(phrases):
        if p.prep is not None or p.pronoun or not (ws[p.start].tag.startswith("ADJ") or _attributive_verb(ws, p.start)):
            continue
        j, inner = p.start, []
        while True:
            q = next((q for q in phrases if q.end == j and q.prep is not None and not q.pronoun), None)
            if q is not None and q.start > 0 and ws[q.start - 1].low in PREPOSITIONS:
                inner.append(q)
                j = q.start - 1
            elif j > 0 and ws[j - 1].tag == "ADV" and inner:
                j -= 1
            else:
                break
        if not inner or j < 1 or ws[j - 1].low not in ARTICLES or any(q.end == j - 1 for q in phrases):
            continue
        d = j - 1
        merged = Phrase(d, p.end, p.head, PREPOSITIONS.get(ws[d - 1].low) if d > 0 else None, False, ws[d].low in NEGATING_DETERMINERS)
        return with_extended_attributes(ws, [q for q in phrases[:n] if q not in inner] + [merged] + phrases[n + 1:])
    return phrases


@lru_cache(maxsize=1)
def reaction_nouns() -> frozenset[str]:
    """Nouns of a reaction to a thing (rows met+1 / met-1: "Kritik", "Widerstand", "Zustimmung"): no
    part of a name, so a run of capitalised nouns ends before one ("der Verband Widerstand")."""
    return row_words("de", "met+1") | row_words("de", "met-1")


def counted_span(ws: list[Word], k: int) -> bool:
    """A plural of a span after its number ("drei Jahren", "fünf Monaten"): the noun after it is what
    lasted ("nach drei Jahren Reallohnverlust", "nach fünf Monaten Sperrung"), no phrase of its own."""
    return ws[k].low in SPAN_PLURALS and k > 0 and ws[k - 1].tag == "CARD"


QUANTIFYING = frozenset("jede jeder jedes jeden jedem alle aller allen alles solche solchen".split())


def _attributive_verb(ws: list[Word], k: int) -> bool:
    """An inflected participle between a determiner or preposition and its noun ("vor
    übereilten Schritten", "die geplante Bahn"), which the tagger took for a verb; also the
    participle that closes an extended attribute (extended_attribute_opened)."""
    return (ws[k].tag.startswith("V") and k > 0 and (ws[k - 1].low in DETERMINERS or ws[k - 1].low in PREPOSITIONS
                                                      or extended_attribute_opened(ws, k))
            and ws[k].low.endswith(("e", "en", "er", "es", "em")) and k + 1 < len(ws) and ws[k + 1].noun)


def extended_attribute_opened(ws: list[Word], k: int) -> bool:
    """Does an article before ``k`` open an extended attribute that the inflected form at ``k`` closes
    before its noun: the article followed at once by a preposition, an adverb or a number, not by its
    noun ("hat den am 29. März wegen Betrugs verurteilten Mann begnadigt", "die vom Rat beschlossene
    Schließung", "den bereits abgelehnten Antrag")? The words between are the attribute's phrases;
    a comma or a verb between ends the search (a clause of its own), and so does an attribute closed
    before ("Den im Frühjahr erwogenen Ausbau der X begrüßte Landrat Y": "begrüßte" is the verb)."""
    for j in range(k - 1, 0, -1):
        if ws[j].text == "," or ws[j].tag.startswith(("V", "ADJ(A)")):
            return False
        if ws[j - 1].low in DETERMINERS and (ws[j].low in PREPOSITIONS or ws[j].tag in ("ADV", "CARD")):
            return True
    return False


def _noun_follows(ws: list[Word], i: int) -> bool:
    return i + 1 < len(ws) and (ws[i + 1].noun or ws[i + 1].tag.startswith("ADJ"))


def noun_lemma(word: str) -> str:
    lemma = german_noun_lemma(word) or plural_of_unknown(word) or word
    if word.endswith("n") and lemma == word[:-1]:  # a dative plural HanTa took to the nominative plural only:
        lemma = german_noun_lemma(lemma) or lemma  # "Nachtflügen" -> "Nachtflüge" -> "Nachtflug"
    return lemma.replace("ß", "ss") if "ß" not in word and "ss" in word.lower() else lemma  # "Massnahme" stays


@lru_cache(maxsize=WORDS_KEPT)
def plural_of_unknown(word: str) -> str:
    """The singular of a plural HanTa does not know as a common noun ("Bodycams", "Drohnen",
    "E-Scooters" -> "Bodycam", "Drohne", "E-Scooter"): the lemma it gives anyway, when that only drops
    a plural ending. Kept apart from german_noun_lemma, which also tells names from nouns."""
    from ..de.nlp import analyse_word, word_tag

    head, _, last = word.rpartition("-")
    if word_tag(last) not in ("NE", "NNA"):
        return ""  # (analyse_word's tag is this one or HanTa's UNKNOWN: its lemma need not be built)
    lemma, tag = analyse_word(last)
    if (tag not in ("NE", "NNA") or len(lemma) < 4 or not last.startswith(lemma) or last[len(lemma):] not in ("s", "n", "en")
            or last.endswith("ss")):  # no plural -s after s: "Bergbauernzuschuss", "Kitaanschluss"
        return ""
    return f"{head}-{lemma}" if head else lemma


GENITIVE_S_ARTICLES = frozenset("des eines dieses jenes keines jedes meines deines seines ihres unseres eures welches".split())


def target_lemma(c: Clause, p: Phrase) -> str:
    """The name of the target ``p``: its head noun's lemma. HanTa leaves the genitive -s/-es on a
    compound it does not know ("des Kreuzfahrtterminals"): after a genitive article it is dropped."""
    word = c.words[p.head].text
    if word.lower() in row_words("de", "plural"):
        return word  # "Schulden", "Kosten": a plural of its own, not the singular's ("Schuld")
    member = c.words[p.head + 1].text if p.head + 1 < p.end and c.words[p.head + 1].noun else ""
    if member and class_noun(word) and not (member.endswith("s") and noun_lemma(member) != member):
        # the name after its class, as written ("dem Medikament Zolvex"; a lemma would cut an unknown
        # name), unless it is a genitive owner ("das Förderprogramm Bayerns"); with its number ("Kelmbach II")
        k = p.head + 2
        number = k == p.end and k < len(c.words) and NAME_NUMBER.fullmatch(c.words[k].text) and not (
            k + 1 < len(c.words) and c.words[k + 1].noun)
        return f"{member} {c.words[k].text}" if number else member
    if c.words[p.start].low in GENITIVE_S_ARTICLES and word.endswith(("ens", "erns", "elns")):
        return word[:-1]  # "des Böllerns", "des Wartens", "des Gartens": a singular in -n, its genitive -s cut
    if c.words[p.start].low in GENITIVE_S_ARTICLES and not german_noun_lemma(word):
        return without_genitive_s(word) or noun_lemma(word)
    lemma = noun_lemma(word)
    if lemma != word and word.endswith("n") and nominalised_infinitive(c, p):
        return word  # "vom Gendern": a verb's infinitive as a noun, no plural of "Gender"
    return lemma


NEUTER_ACCUSATIVE = frozenset("das ins ans aufs fürs ums durchs übers".split())  # (never before a plural)
SINGULAR_NEUTER = frozenset("das dem vom zum beim im am ans ins aufs einem".split())
CONTRACTED = frozenset("vom zum beim im am ans ins aufs".split())  # a preposition and a singular article


def nominalised_infinitive(c: Clause, p: Phrase) -> bool:
    """The head after a singular neuter article ("vom", "das", "beim") is a verb's infinitive."""
    from ..de.nlp import analyse_word

    before = c.lows[p.start] if p.start < p.head else c.lows[p.start - 1] if p.start > 0 else ""
    if before in NEUTER_ACCUSATIVE and p.start > 0 and p.start < p.head and c.lows[p.head].endswith(("en", "ern", "eln")):
        return True  # "gegen das Zelten": no plural after "das" (the analyser takes "zelten" for "Zelt"); a
        # clause's first "das" may be a relative pronoun before a plural ("…, das Familien entlastet")
    lemma, tag = analyse_word(c.words[p.head].low)
    if before in CONTRACTED and c.lows[p.head].endswith(("ern", "eln")) and lemma.lower() == c.lows[p.head][:-1]:
        return True  # "vom Böllern", "beim Radeln": no plural after a contracted singular article
    return before in SINGULAR_NEUTER and tag.startswith("VV") and lemma.lower() == c.words[p.head].low


NAME_NUMBER = re.compile(r"\d{1,3}[a-z]?|[IVX]{2,4}")  # ("Tempo 30", "Paragraf 219a", "Block II")


def number_after(c: Clause, p: Phrase) -> str | None:
    """A short number right after the head noun that names it with it ("Tempo 30", "Linie 9",
    "Paragraf 219a"), no amount (a noun after it: "30 Kilometer") and no year ("2027")."""
    k = p.end
    if p.head != k - 1 or k >= len(c.words) or not NAME_NUMBER.fullmatch(c.words[k].text):
        return None
    return None if k + 1 < len(c.words) and (c.words[k + 1].noun or c.lows[k + 1] in ("bis", "und", "oder", "prozent")) else c.words[k].text


def class_noun(word: str, lang: str = "de") -> bool:
    """A noun that names a class ("Schulform", "Pflanzenschutzmittel"; a compound of a listed head
    of five letters or more), whose following noun names the member the speaker means."""
    low = noun_lemma(word).lower()
    classes = lexicon(lang).classes
    return low in classes or any(low.endswith(k) for k in classes if len(k) >= 5)


@lru_cache(maxsize=WORDS_KEPT)
def without_genitive_s(word: str) -> str:
    """``word`` without a genitive -s/-es, when what is left is a known noun in its own base form
    (its head's HanTa lemma): never cuts a nominative -s ("Kompromiss", "Bus" are no -s genitives)."""
    for ending in ("s", "es"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 3 and german_noun_lemma(stem) == stem:
            return stem
    return ""


REGULAR_PLURALS = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten")


@lru_cache(maxsize=WORDS_KEPT)
def german_noun_lemma(word: str) -> str:
    """HanTa's lemma when the word is a common noun (NN), else "" (names, pronouns, verbs).
    In a hyphenated compound only the last part is lemmatised ("Sundbund-Staaten")."""
    from ..de.nlp import analyse_word, tagger, word_tag  # shares the German rules' caches; imported when first needed

    head, _, last = word.rpartition("-")
    memorised = tagger().cache
    if last.lower() in memorised:
        if word_tag(last) != "NN":
            return ""  # (analyse_word's tag is this one or HanTa's UNKNOWN: its lemma need not be built)
        lemma, tag = analyse_word(last)
    else:
        # A word HanTa has not memorised is mostly a long compound, whose full analysis costs
        # ~1 ms: lemmatise its longest memorised noun tail instead ("Familienväter" -> "vater").
        # Without such a tail (names, foreign words) HanTa decides after all.
        low = last.lower()
        regular = next((n for n in REGULAR_PLURALS if low.endswith(n) and len(low) > len(n) + 2), None)
        for i in range(1, len(low) - 3) if regular is None else ():  # tails of four letters or more
            if low[i:] in memorised and word_tag(last[i:].capitalize()) == "NN":  # (else no NN from analyse_word)
                tail_lemma, tail_tag = analyse_word(last[i:].capitalize())
                if tail_tag == "NN":
                    lemma, tag = last[:i] + tail_lemma.lower(), "NN"
                    if tail_lemma.lower() != low[i:]:
                        # the tail lost an ending: it may be no morpheme of the word ("Lehrschwimm|b|ecken"
                        # is no plural of "Eck"); the whole word's analysis decides (rare, so cheap)
                        whole, whole_tag = analyse_word(last)
                        lemma = last if whole_tag == "NN" and whole.lower() == low else lemma
                    break
        else:
            # a regular plural is lemmatised by its suffix ("Ölheizungen", not the tail "Zungen")
            lemma, tag = (last[:-2], "NN") if regular else analyse_word(last) if word_tag(last) == "NN" else ("", "")
            if tag == "NN" and lemma.lower() != low:
                lemma = umlaut_plural_head(last) or lemma
    if tag != "NN":
        return ""
    return f"{head}-{lemma}" if head else lemma


def umlaut_plural_head(word: str) -> str:
    """"Holzöfen" -> "Holzofen", "Obstgärten" -> "Obstgarten": an unknown compound whose head noun
    takes an umlaut in the plural, lemmatised by that head alone (HanTa guesses the whole word by its
    ending: "Holzöfe"); "" when no head starts with an umlaut or the head loses none."""
    from ..de.nlp import analyse_word

    low = word.lower()
    for i in range(2, len(low) - 3):
        if low[i] in "äöü":
            lemma, tag = analyse_word(word[i:].capitalize())
            if tag == "NN" and lemma[:1].lower() == UMLAUT_BASE[low[i]] and lemma.lower() != low[i:]:
                return word[:i] + lemma.lower()
    return ""


UMLAUT_BASE = {"ä": "a", "ö": "o", "ü": "u"}


# ---------------------------------------------------------------- reading clauses


@dataclass
class Clause:
    text: str
    words: list[Word]
    phrases: list[Phrase]
    skip: set[int] = field(default_factory=set)  # word indices inside '0' phrases
    contrast: bool = False  # an elliptical piece after aber / sondern ("…, nicht aber eine Maut")
    content: bool = False  # read as the content of the clause before ("keinen Grund, an X festzuhalten"): not again
    named: "Named | None" = None  # the things named before it (read only when the clause points back)
    apart: bool = False  # the statement sets the speaker's own view apart ("ich hätte anders entschieden"): no body voiced
    in_view: bool = False  # the content of another's view verb in the clause before ("Die Gewerkschaft meint, …"): judged_need
    _lows: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lows(self) -> list[str]:
        """The words in lower case (read ~15 times a clause: kept while ``words`` is the same list of
        the same length; a word is only ever replaced there by itself with another tag). Not to be changed."""
        kept = self._lows
        if kept is None or kept[0] is not self.words or len(kept[1]) != len(self.words):
            kept = self._lows = (self.words, [w.low for w in self.words])
        return kept[1]


def clause_of(text: str, lang: str) -> Clause:
    ws = joined_zu_infinitives(infinitives_after_zu(attributive_forms(words_of(text))))
    phrases = noun_phrases(ws)
    present_in_second_place(ws, phrases)
    clause = Clause(text, ws, phrases)
    lows = clause.lows
    starts = skip_by_first_word(lang)
    for i, low in enumerate(lows):
        for phrase in starts.get(low, ()):
            if tuple(lows[i:i + len(phrase)]) == phrase:
                clause.skip.update(range(i, i + len(phrase)))
    return clause


def infinitives_after_zu(ws: list[Word]) -> list[Word]:
    """A verb in "-en" right after "zu" that the tagger read as finite is the infinitive ("das Schwimmbad zu
    schliessen": Swiss spellings HanTa does not know)."""
    if not any(w.low == "zu" for w in ws[:-1]):
        return ws
    return [replace(w, tag="VV(INF)") if k and ws[k - 1].low == "zu" and w.tag == "VV(FIN)" and w.low.endswith("en") else w
            for k, w in enumerate(ws)]


def joined_zu_infinitives(ws: list[Word]) -> list[Word]:
    """"X fallen zu lassen": the zu-infinitive of a verb written apart from its first
    part ("fallen lassen") is one word, as "aufzugeben" is for "aufgeben", when the joined verb is a listed frame
    or act ("fallenlassen"): the first part, "zu" and the verb read as that verb's zu-infinitive."""
    if len(ws) < 3 or not any(w.low == "zu" for w in ws[1:-1]):
        return ws
    lex = lexicon("de")
    out: list[Word] = []
    k = 0
    while k < len(ws):
        w = ws[k]
        if k < len(ws) - 1 and w.low == "zu" and out and not out[-1].noun and ws[k + 1].tag.startswith("VV") \
                and ((joined := out[-1].low + ws[k + 1].lemma) in lex.frames or joined in lex.acts):
            first = out.pop()
            out.append(Word(f"{first.text}zu{ws[k + 1].text}", f"{first.low}zu{ws[k + 1].low}", joined, "VV(IZU)"))
            k += 2
            continue
        out.append(w)
        k += 1
    return out


def attributive_forms(ws: list[Word]) -> list[Word]:
    """An inflected form the tagger read as a finite verb between a preposition or determiner and its
    noun ("für möblierte Wohnungen", "gegen geplante Kürzungen", "die verlangte Summe") is an attributive
    participle or adjective, when the clause has another finite verb: one finite verb to a clause."""
    fins = [k for k, w in enumerate(ws) if "FIN" in w.tag]
    attributive = [k for k in fins if ws[k].tag == "VV(FIN)" and _attributive_verb(ws, k)]
    if not attributive or len(attributive) == len(fins):
        return ws
    return [replace(w, tag="ADJ(A)") if k in attributive else w for k, w in enumerate(ws)]


def present_in_second_place(ws: list[Word], phrases: list[Phrase]) -> None:
    """Words are tagged one by one here, so HanTa's participle for a present "-t" form stands
    ("Die Gewerkschaft kritisiert den Plan": no finite verb, the subject read as what is criticised).
    As de.tokens.present_in_second_place does for the text: in a clause with no finite verb and no
    auxiliary or modal, a "-t" form right after one fronted phrase, with words after it, is the
    finite verb; a form built as a participle only ("gefordert") stays."""
    if any("FIN" in w.tag or w.tag.startswith(("VA", "VM")) for w in ws):
        return
    k = next((j for j, w in enumerate(ws) if w.tag.startswith("V")), None)
    plural = k is not None and ws[k].tag == "VV(INF)" and ws[k].low.endswith("en")  # (r13) "Wir halten sie für unnötig":
    # a plural present that HanTa reads as the infinitive; (r13deb) or as a participle ("befürworten"):
    present_plural = k is not None and ws[k].low.endswith("en") and ws[k].low == ws[k].lemma
    if k == 0 and len(ws) > 2 and ws[0].tag == "VV(PP)" and ws[0].low.endswith("t") and ws[1].low == "sich":
        ws[0] = replace(ws[0], tag="VV(FIN)")  # "(Y, Chef des X,) verabschiedet sich von Z": a participle never
        return  # opens its clause with the reflexive after it ("hat sich verabschiedet", "Verabschiedet hat sich")
    if k is None or not (0 < k < len(ws) - 1) or not ws[k].text.islower() or not plural and (
            ws[k].tag != "VV(PP)" or not (ws[k].low.endswith("t") or present_plural)):
        return
    front = next((p for p in phrases if p.end == k - (ws[k - 1].tag == "APPO")), None)  # ("X zufolge": its postposition)
    while front is not None and front.start > 0 and (front.prep is None and c_genitive(ws, front.start) or front.prep is not None and any(
            p.end == front.start - 1 for p in phrases)):  # (r13deb) "Eine Mehrheit der Befragten befürwortet X"; (r27) an
        front = next((p for p in phrases if p.end in (front.start, front.start - 1)), None)  # attribute: "Die Händler in der Altstadt"
    # one adverb fronted: "(X hatte sich gegen Y ausgesprochen,) nun befürwortet er sie"
    adverb_first = front is None and k == 1 and ws[0].tag == "ADV" and not plural
    if not adverb_first and (front is None or front.start - (1 if front.prep else 0) != 0 or plural and not plural_front(ws, front, k)):
        return
    from ..de.nlp import ge_participle  # imported when first needed: it loads HanTa

    if plural or not ge_participle(ws[k].text):
        ws[k] = replace(ws[k], tag="VV(FIN)")


def plural_front(ws: list[Word], front: Phrase, k: int) -> bool:
    """Is the one phrase before a plural present in "-en" its prefield, the verb so finite? After a
    pronoun ("Wir halten sie für unnötig"), a phrase with "sich" after the verb ("Die Anwohner stellen
    sich X in den Weg"), a plural noun that agrees with it ("Die Anrainer kritisieren X"), or a phrase
    that is no subject at all, prepositional or before a postposition ("Nach Angaben von Y unterstützen
    die Mitglieder X", "Y zufolge beschweren sich …": the subject follows). A singular noun first leaves
    the form an infinitive (r13: "Die Schließung lehnen …" may be the object fronted), unless an object's
    article follows the verb: then the phrase before is its subject (r33: "Die Eltern unterstützen den
    Plan", a plural the noun's form does not show; a finite verb with a subject of its own)."""
    from ..de.holders import plural_noun  # (HanTa's lemma: asked only here)

    if ws[0].low in ("wir", "sie", "ihr") or front.prep is None and ws[k + 1].low in ("sich", *OBJECT_ARTICLES):
        return True
    if front.prep is not None or ws[k - 1].tag == "APPO":
        return True
    head, first = ws[front.head], ws[front.start].low  # (a noun in "-er" or "-el" is plural after "die": "die Anrainer")
    return first in MANY or first == head.low or plural_noun(head.text) or first == "die" and head.low.endswith(("er", "el")) \
        or plural_after(ws, k)


def plural_after(ws: list[Word], k: int) -> bool:
    """A subject right after the verb ("Die Schließung unterstützen die Eltern", "Den Plan lehnen viele Anwohner ab"):
    "die" or a plural determiner opening a noun phrase; the plural verb cannot agree with the singular noun before it,
    which is its object, fronted."""
    return k + 2 < len(ws) and (ws[k + 1].low == "die" or ws[k + 1].low in MANY) and (
        ws[k + 2].noun or ws[k + 2].tag.startswith("ADJ") and k + 3 < len(ws) and ws[k + 3].noun)


MANY = frozenset("viele alle einige mehrere zahlreiche manche beide etliche".split())  # determiners of a plural
OBJECT_ARTICLES = ("den", "dem", "einen", "einem")  # (never a subject's: after the verb, the subject stood before it)


def c_genitive(ws: list[Word], k: int) -> bool:
    """Does a phrase opened at ``k`` by a genitive article follow another ("die Mehrheit der Befragten")?"""
    return ws[k].low in ("der", "des", "eines", "einer")


@lru_cache(maxsize=None)
def skip_by_first_word(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The '0' phrases by their first word: a clause is searched only where one may start."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon(lang).skip:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def separable_lemmas(c: Clause) -> dict[int, str]:
    """Finite verbs with their particle at the end of the clause: "lehnt … ab" -> ablehnen; in each part
    of a clause joined before a finite verb of its own ("sprach sich gegen X aus und lehnte Y ab"), the
    particle of that part (round 32: the last one went to every verb of the clause)."""
    out: dict[int, str] = {}
    for start, end in verb_parts(c):
        out.update(part_lemmas(c, start, end))
    return out


def verb_parts(c: Clause) -> list[tuple[int, int]]:
    """The word ranges of a clause cut before a coordinator that a finite verb follows, where a finite
    verb stands before it ("lehnte den Plan ab | und kündigte Widerstand an"), also with the second
    verb's own subject between ("lehnte den Plan ab | und der Rat kündigte Widerstand an", r33): the last
    coordinator between two finite verbs; one range if none."""
    finite = [i for i, w in enumerate(c.words) if w.tag.endswith("(FIN)")]
    cuts = [k for f1, f2 in zip(finite, finite[1:])
            for k in [max((i for i in range(f1 + 1, f2) if c.words[i].tag == "KON"), default=None)] if k is not None]
    bounds = [0, *cuts, len(c.words)]
    return list(zip(bounds, bounds[1:]))


def part_lemmas(c: Clause, start: int, end: int) -> dict[int, str]:
    """separable_lemmas of the words start..end of a clause (one verb's part)."""
    words, lows = c.words[start:end], c.lows[start:end]
    # (r13) not a preposition before its noun phrase: "hält viel vom X ab der fünften Klasse", "ab 2027"
    particles = [i for i, w in enumerate(words) if w.tag == "PTKVZ" and not (
        i + 1 < len(words) and (lows[i + 1] in DETERMINERS or words[i + 1].tag in ("CARD", "ADJ(A)")))]
    # a particle that reads like a preposition or article at the very end: "setzt sich … ein"
    if not particles and len(words) > 2 and words[-1].low in SEPARABLE_PARTICLES:
        particles = [len(words) - 1]
    if not particles and len(words) > 2 and any(words[-1].low + w.lemma in lexicon("de").frames for w in words[:-1]):
        particles = [len(words) - 1]  # a predicative word joined as a verb: "macht sich für X stark"
    tail = "".join(w.low for w in words[-2:])  # two words: "stellt X in Frage" -> infragestellen
    if not particles and len(words) > 3 and any(tail + w.lemma in lexicon("de").frames for w in words[:-2]):
        return {start + i: tail + w.lemma for i, w in enumerate(words[:-2]) if w.tag.startswith("V")}
    if not particles:
        return {}
    p = words[particles[-1]].low
    return {start + i: p + w.lemma for i, w in enumerate(words) if w.tag.startswith("V") and i < particles[-1]}


def matches_at(c: Clause, i: int, words: tuple[str, ...], lemma: str) -> bool:
    if len(words) == 1:
        return words[0] in (c.words[i].low, lemma)
    lows = c.lows[i:i + len(words)]
    return len(lows) == len(words) and all(a == b or a == c.words[i + k].lemma for k, (a, b) in enumerate(zip(words, lows)))


def find_words(c: Clause, table: dict[str, tuple[FrameWord, ...]], lemmas: dict[int, str]) -> list[tuple[int, FrameWord]]:
    found = []
    starts = key_starts(table)
    for i, w in enumerate(c.words):
        if i in c.skip or w.tag == "PPOSAT":  # ("Sein Haus halte X für …": a possessive, not the verb "sein")
            continue
        singular = noun_lemma(w.text).lower() if w.noun and may_lemmatise_to_key(w.text, starts) else ""
        # (in a fixed order, the particle verb first: "sprechen sich … aus" is aussprechen before
        # sprechen, so its deciding words are "sprechen … aus" under any hash seed)
        particle_verb = lemmas.get(i, "")
        # (a particle verb that is a frame word is read as itself alone: "sprechen sich … aus" is no "sprechen für")
        keys = (particle_verb,) if particle_verb in table and not w.tag.startswith("VM") else (particle_verb, w.low, w.lemma, singular)
        for key in dict.fromkeys(keys):
            for fw in table.get(key, ()):
                if w.tag == "ADJ(A)" and fw.slot == "obj" and not fw.noun and w.low not in fw.words:
                    continue  # an attributive participle describes its noun ("den wegen Betrugs verurteilten Mann")
                # (a modal keeps its own frame beside a particle: "muss weg" is müssen, as "müssen weg";
                # an evaluating plural noun is its singular: "biete große Chancen", "zählt zu den Kritikern der X")
                if fw.verb and not ((w.noun or not fw.noun) and with_verb(c, fw.verb, lemmas)):
                    continue  # ("ein Zeichen für den Wandel" is a sign; "ein Zeichen für X setzen" takes a side)
                if matches_at(c, i, fw.words, lemmas.get(i, w.lemma)) or w.tag.startswith("VM") and matches_at(c, i, fw.words, w.lemma) \
                        or fw.words == (singular,) and fw.slot in LEMMA_SLOTS:
                    found.append((i, fw))
    # (not when another frame takes the phrase's preposition: "legt Wert auf Eis" is "Wert auf X")
    found += [x for x in split_phrases(c, table, lemmas) if not any(f.slot == x[1].words[0] for _, f in found)]
    # a word inside a longer phrase found here is read only as part of it ("eine verpasste Chance" is no "Chance")
    inside = {i + k for i, fw in found for k in range(1, len(fw.words))}
    # (but a feeling inside an evaluating manner phrase keeps its own preposition: "blickt mit Sorge
    # auf X" is worry about X, read like "Sorge über X", so an act there flips as it does there)
    manner = {i + k for i, fw in found for k in range(1, len(fw.words)) if fw.slot == "subj"}
    return [(i, fw) for i, fw in found if i not in inside
            or i in manner and fw.slot not in NON_PREPOSITION_SLOTS and i not in inside - manner]


def with_verb(c: Clause, verb: str, lemmas: dict[int, str]) -> bool:
    """Whether a verb of the clause is one of ``verb`` ("|" between several; its lemma, or a separable verb's joined lemma)."""
    verbs = verb.split("|")
    return any(w.lemma in verbs or lemmas.get(i) in verbs for i, w in enumerate(c.words) if w.tag.startswith("V"))


_SPLIT: dict[int, tuple[dict, dict[tuple[str, ...], tuple[FrameWord, ...]]]] = {}


def split_phrases(c: Clause, table: dict[str, tuple[FrameWord, ...]], lemmas: dict[int, str]) -> list[tuple[int, FrameWord]]:
    """Phrases that end in a verb and take an object, split as a main clause splits them: the verb in second
    place, the rest at the clause's end ("legt die Umgehung auf Eis" for "auf_Eis_legen", "legte X ad acta").
    Found at the verb. (Not evaluations of the subject: "ging X zu weit" reads as the subject's judgement.)"""
    ends = per_table(_SPLIT, table, split_ends)
    out = []
    for n in (1, 2, 3):
        for fw in ends.get(tuple(c.lows[-n:]), ()) if len(c.lows) > n else ():
            verb = next((i for i, w in enumerate(c.words[:-n]) if "FIN" in w.tag
                         and fw.words[-1] in (w.lemma, lemmas.get(i, ""))), None)
            if verb is not None:
                out.append((verb, fw))
    return out


def split_ends(table: dict[str, tuple[FrameWord, ...]]) -> dict[tuple[str, ...], tuple[FrameWord, ...]]:
    """The table's object phrases that end in a verb infinitive, by their words before it (split_phrases)."""
    grouped: dict[tuple[str, ...], list[FrameWord]] = {}
    for entries in table.values():
        for fw in entries:
            if len(fw.words) > 1 and fw.slot == "obj" and fw.words[-1].islower() and fw.words[-1].endswith("en"):
                grouped.setdefault(fw.words[:-1], []).append(fw)
    return {k: tuple(v) for k, v in grouped.items()}


NON_PREPOSITION_SLOTS = frozenset({"subj", "obj", "gen", "act", "inf", "-"})


LEMMA_SLOTS = ("subj", "gen")  # a frame word found by a noun's lemma (its singular) fills one of these
PLAIN_LETTERS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})  # HanTa writes "Risse" as "riß"
T = TypeVar("T")
# A noun's lemma is the word with another ending, up to umlauts and ß ("Väter" -> "vater", "Praktiken" ->
# "praktikum", "Sundbund-Staaten" -> "sundbund-staat"): its last KEY_ENDING letters at most differ, and
# the word is at most WORD_ENDING letters longer than its lemma ("Ärztinnen", "Herzens").
KEY_ENDING = 3
WORD_ENDING = 5


@dataclass(frozen=True)
class KeyStarts:
    """The starts of the keys a noun's lemma can add to find_words (those of one-word subject or
    genitive entries: a key is its entries' first word; any other entry matches the word or its lemma,
    as written), plain-lettered and without their last KEY_ENDING letters (three letters at least),
    each with the length of its longest key."""
    longest: dict[str, int]
    lengths: tuple[int, ...]  # the starts' lengths, longest first


_KEY_STARTS: dict[int, tuple[dict, KeyStarts]] = {}


def plain_lettered(word: str) -> str:
    return word.lower().translate(PLAIN_LETTERS)


def key_starts(table: dict[str, tuple[FrameWord, ...]]) -> KeyStarts:
    """The KeyStarts of a table, built once per table."""
    def build(t: dict[str, tuple[FrameWord, ...]]) -> KeyStarts:
        longest: dict[str, int] = {}
        for k, fws in t.items():
            if any(fw.words == (k,) and fw.slot in LEMMA_SLOTS for fw in fws):
                key = plain_lettered(k)
                start = key[:max(3, len(key) - KEY_ENDING)]
                longest[start] = max(longest.get(start, 0), len(key))
        return KeyStarts(longest, tuple(sorted({len(s) for s in longest}, reverse=True)))
    return per_table(_KEY_STARTS, table, build)


def per_table(store: dict[int, tuple[dict, T]], table: dict, build: Callable[[dict], T]) -> T:
    """``build(table)``, memoised in ``store`` per table (a dict cannot be an lru_cache key): kept with
    the table itself, so that another table at a reused id is built anew."""
    entry = store.get(id(table))
    if entry is None or entry[0] is not table:
        entry = store[id(table)] = (table, build(table))
    return entry[1]


def may_lemmatise_to_key(word: str, starts: KeyStarts) -> bool:
    """Could german_noun_lemma(word) be one of these keys? Its noun lemma is the word with another
    ending (KEY_ENDING), except for abbreviations HanTa expands ("PCB"): a cheap check that spares
    HanTa's analysis (~1 ms a new compound) of most clause nouns (a compound of a key, "Kritikpunkte",
    is longer than the key's forms)."""
    if word.isupper():
        return True
    low = plain_lettered(word)
    for n in starts.lengths:
        longest = starts.longest.get(low[:n]) if n <= len(low) else None
        if longest is not None and len(low) <= longest + WORD_ENDING:
            return True
    return False


def phrase_at(c: Clause, i: int) -> Phrase | None:
    return next((p for p in c.phrases if p.start <= i < p.end), None)


def phrase_text(c: Clause, p: Phrase) -> str:
    return " ".join(w.text for w in c.words[p.start:p.end])


def subject_of(c: Clause, verb: int) -> Phrase | None:
    """The first noun phrase (no preposition) before the verb; when the clause starts with a
    prepositional phrase or adverb instead, the first one after it. A phrase whose article or
    adjective ending marks another case is never the subject (never_nominative)."""
    nominative = [p for p in c.phrases if p.pronoun and c.words[p.head].low in NOMINATIVE]
    if nominative:  # "Sanktionen lehnen wir ab": the pronoun can only be the subject
        return nominative[0]
    # (a verb-final clause may have a relative pronoun as its subject, no phrase: its phrases stay as they were)
    fin = finite_verb(c)
    second = fin is not None and fin < len(c.words) - 1 and not (c.lows[0] in RELATIVE_PRONOUNS and len(c.words) > 1 and not c.words[1].noun
                                               and c.words[1].tag != "ADJ(A)")
    before = [p for p in c.phrases if p.end <= verb and (counted_partitive(c, p) or p.prep is None and c.words[p.head].low not in OBJECT_PRONOUNS
              and c.words[p.start].low not in ACCUSATIVE and not _genitive_attribute(c, p) and not never_nominative(c, p)
              and not (second and under_preposition(c, p)))]
    after = [p for p in c.phrases if p.start > verb and (counted_partitive(c, p) or p.prep is None
             and not _genitive_attribute(c, p) and not never_nominative(c, p) and not under_preposition(c, p))]
    if before and after and after[0].start == verb + 1 and c.words[after[0].head].low == "sie" \
            and not (is_agent(c, before[0], "de") or names_person(c, before[0])):
        return after[0]  # "Die Fusion lehne sie ab": a thing first, "sie" right after the verb is who rejects it
        # (not "Bürgermeister Wendelin Sauerbier lehnt sie ab": a person first, "sie" the thing)
    if before:
        return before[0]
    if verb == 0:  # (a verb-first clause after a quotation: an age noun after it is who speaks, "…, forderte die 61-Jährige")
        return after[0] if after and AGE_NOUN_HEAD.search(c.words[after[0].head].low) else None
    return after[0] if after else None


def counted_partitive(c: Clause, p: Phrase) -> bool:
    """A "von" phrase that a bare number or quantity word before it counts ("14 von 20 Parteien", "viele von
    ihnen", "mehrere von den Fischern"): the count and its phrase are one noun phrase, which may be the subject,
    whatever case "von" gives the phrase after it."""
    return (p.prep == "von" and p.start >= 2 and c.lows[p.start - 1] == "von"
            and (c.words[p.start - 2].tag == "CARD" or c.lows[p.start - 2] in COUNTING)
            and not any(q.start <= p.start - 2 < q.end for q in c.phrases))


COUNTING = frozenset("viele einige manche mehrere wenige etliche".split())


def fronted_clause_subject(c: Clause, prev: Clause | None) -> Phrase | None:
    """The subject of a main clause whose prefield is the subordinate clause before it ("Wie Y mitteilte,
    haben sich die Anwohner gegen X ausgesprochen", "Nachdem …, lehnt die Partei X ab"): the clause opens
    with its finite verb (a plural present in "-en" too, which HanTa reads as the infinitive: "…, sprechen
    sich die Lehrer für X aus"), the subject is the first phrase after it that may be a nominative."""
    if prev is None or not prev.words or not c.words or prev.lows[0] not in FRONTING or "FIN" not in prev.words[-1].tag:
        return None
    first = c.words[0]
    if first.noun or not ("FIN" in first.tag or first.tag == "VV(INF)" and first.text.islower() and first.low.endswith("en")):
        return None
    return next((p for p in c.phrases if p.prep is None and p.start > 0 and c.words[p.head].low not in OBJECT_PRONOUNS
                 and not _genitive_attribute(c, p) and not never_nominative(c, p)), None)


FRONTING = SUBORDINATING - {"der", "die", "das", "um", "zu"} | {"wie"}  # (a relative clause is no prefield)


def inverted_subject(c: Clause, subject: Phrase | None, verb: int, speaker_words: set[str], slot: str) -> Phrase | None:
    """An object first and the speaker after the verb ("Die Abschaffung der X forderte am Dienstag
    Gemeinderat Y"): the speaker's phrase is the subject."""
    if subject is None or subject.pronoun or not speaker_words or _names_speaker(c, subject, speaker_words):
        return subject
    judging = judging_verb(c, slot)  # (an evaluation's word is no verb: the judging verb's place counts)
    verb = verb if judging is None else judging
    before = [p for p in c.phrases if p.end <= verb]
    attached = all(_genitive_attribute(c, q) or q.prep and q.start > p.end and all(
        w.low in ATTACHED_FOCUS for w in c.words[p.end:q.start - 1]) or joined_phrase(c, p, q) for p, q in zip(before, before[1:]))
    # ("Eine Bremse auch für möblierte Wohnungen verlangte Y": a focus word before the attribute stays in the phrase;
    # "Für die Zusammenlegung der Amtsgerichte A und B wirbt Y": the second of two joined names is no subject)
    if not before or before[0].start > 1 or not attached or slot not in ("obj", before[0].prep) and judging is None:
        return subject  # not one fronted object: "Der Gesandte für X war Y" has a subject of its own
    after = [p for p in c.phrases if p.prep is None and p.start > verb and not p.pronoun]
    # (an age noun after the verb points back to a person, the speaker: "Mit X steht Y allein, forderte die 61-Jährige")
    named = next((p for p in after if _names_speaker(c, p, speaker_words) or AGE_NOUN_HEAD.search(c.words[p.head].low)), None)
    return named or agent_after_verb(c, subject, after, verb) or subject


def agent_after_verb(c: Clause, thing: Phrase, after: list[Phrase], verb: int) -> Phrase | None:
    """"Die Schließung unterstützen die Eltern, sagte Y": a thing put first, and right after the finite verb a person
    or body that may be a nominative: a position is held by someone, so they are its subject, not its object."""
    first = next((p for p in after if p.start == verb + 1), None)
    if first is None or is_agent(c, thing, "de") or names_person(c, thing) or never_nominative(c, first):
        return None
    return first if is_agent(c, first, "de") or names_person(c, first) else None


AGE_NOUN_HEAD = re.compile(r"^\d+-jährige[nr]?$")  # "die 61-Jährige", "der 58-Jährigen"

ATTACHED_FOCUS = frozenset("auch nur sogar selbst ebenfalls insbesondere gerade".split())
# determiners that are never nominative (dative, accusative, genitive): "einer Bauzeit", "dem Plan", "des Bundes"
OBLIQUE_DETERMINERS = frozenset(
    "dem einem diesem jedem keinem meinem deinem seinem ihrem unserem eurem jenem welchem "
    "den einen diesen jeden keinen meinen deinen seinen ihren unseren euren jenen welchen "
    "des eines keines meines deines seines ihres unseres eures "
    "einer keiner meiner deiner seiner ihrer unserer eurer".split())


def never_nominative(c: Clause, p: Phrase) -> bool:
    """The phrase's case is marked as another than the nominative, so it is no subject: an oblique
    determiner ("einer Bauzeit", "dem Plan"), "der" before an adjective in -en ("der ungeklärten
    Förderung": the nominative is "der ungeklärte"), or a bare adjective in -en with no article
    ("nach X und zahlreichen Beschwerden": the nominative is "zahlreiche"). A fronted list of reasons
    after "angesichts" or "nach" is then not read as what a predicate judges."""
    if p.end < len(c.words) and c.words[p.end].tag == "APPO":
        return True  # (a phrase before a postposition is its object: "Y zufolge", "dem Rat gegenüber")
    if p.pronoun or p.head <= p.start:
        return False
    first = c.words[p.start]
    if first.low in OBLIQUE_DETERMINERS:
        return True
    adjectives = [w for w in c.words[p.start:p.head] if w.tag == "ADJ(A)" and not w.noun]
    if first.low == "der":
        return bool(adjectives) and adjectives[0].low.endswith("en")
    return first.tag == "ADJ(A)" and not first.noun and first.low.endswith("en")


def under_preposition(c: Clause, p: Phrase) -> bool:
    """A phrase joined by "und" / "oder" / "sowie" to a prepositional phrase before it shares its preposition
    ("nach drei Ausschreibungen und Mehrkosten von neun Millionen"): no subject."""
    return p.start >= 2 and c.lows[p.start - 1] in ("und", "oder", "sowie") and any(
        q.prep is not None and q.end == p.start - 1 for q in c.phrases)


def joined_phrase(c: Clause, p: Phrase, q: Phrase) -> bool:
    """``q`` joined to ``p`` by "und" / "oder" / "sowie" with no preposition of its own: one phrase."""
    return q.prep is None and not q.pronoun and q.start == p.end + 1 and c.lows[p.end] in ("und", "oder", "sowie")


def judging_verb(c: Clause, slot: str) -> int | None:
    """"Die Hafenbahn nannte X einen Meilenstein", "Als Irrweg bezeichnete X die Maut": an
    evaluation with a finite judging verb, where the phrase before the verb may be what is
    judged and the speaker after it judges; the verb's index."""
    if slot != "subj":
        return None
    return next((k for k, w in enumerate(c.words) if w.lemma in JUDGING and "FIN" in w.tag and not w.noun), None)


def finite_before(c: Clause, i: int) -> int:
    """The finite verb a participle or infinitive frame word at ``i`` hangs on ("hat … abgelehnt"),
    else ``i``: the subject is the finite verb's."""
    if not c.words[i].tag.startswith("V") or "FIN" in c.words[i].tag:
        return i
    return next((k for k in range(i) if "FIN" in c.words[k].tag and not c.words[k].noun), i)


def _genitive_attribute(c: Clause, p: Phrase) -> bool:
    """A genitive right after another noun phrase ("Von einer Verschärfung des
    Versammlungsrechts hält …"): part of that phrase, never the subject. After a weekday "der" /
    "einer" opens a phrase of its own ("erteilte am Mittwoch einer Steuer eine Absage")."""
    return (c.words[p.start].low in GENITIVE_ARTICLES | POSSESSIVE_GENITIVES or strong_genitive(c, p.start)) and any(
        q.end == p.start and c.words[q.head].low not in WEEKDAYS and not q.pronoun for q in c.phrases)  # ("sie einer Bebauung")


def strong_genitive(c: Clause, k: int) -> bool:
    """A genitive plural without article, opened by its adjective's -er ("den Rückkauf eigener Aktien",
    "den Bau neuer Wohnungen", "die Schließung mehrerer Filialen")."""
    w = c.words[k]
    if w.tag in ("ADV", "ADJ(D)") and not w.noun and k + 2 < len(c.words) and c.words[k + 1].low.endswith("er"):
        return strong_genitive(c, k + 1)  # (r13deb) "die Einbürgerung gut integrierter Ausländer"
    return (not w.noun and w.tag.startswith(("ADJ", "PIAT")) and w.low.endswith("er") and k + 1 < len(c.words)
            and (c.words[k + 1].noun or strong_genitive(c, k + 1)))


def negations_in(c: Clause, lang: str, keep: list[Phrase], slot: str = "-", at: int = -1) -> list[int]:
    """Negation words of the clause (for a frame of ``slot``), except those inside a noun
    phrase other than ``keep``, and (for the frame word at ``at``) those of another conjunct."""
    lex = lexicon(lang)
    # conjunct borders, found once per call: a negation does not reach into the next conjunct
    splits = [k for k in range(len(c.words)) if _new_verb_phrase(c, k)] if at >= 0 else []
    out = []
    for i, w in enumerate(c.words):
        if i in c.skip or any(min(i, at) < k < max(i, at) for k in splits) or (not {"-", slot} & set(lex.negations.get(w.low, "").split()) and not _negation_phrase_at(c, i, lex)
                           and not (w.low in NEGATING_DETERMINERS and phrase_at(c, i) is None)):  # "Keiner von uns will X"
            continue
        if w.low in AMOUNTS and i > 0 and c.lows[i - 1] in PREPOSITIONS and i + 1 < len(c.words) and c.words[i + 1].noun:
            continue  # "Familien mit wenig Geld", "für kaum Geld": the amount of a prepositional phrase
        inside = phrase_at(c, i)
        if (inside is not None and not any(inside is k for k in keep) or _negates_reason(c, i, keep)
                or _negates_later_conjunct(c, i, keep) or _negates_change(c, at, lang)):
            continue
        out.append(i)
    # "wenig bis gar nichts", "kaum oder gar nicht": a negation graded up by the one before it is the same one
    out = [i for i in out if not (out and out[0] < i and (c.lows[i - 1] in GRADING or c.lows[i - 1] == "gar" and c.lows[i - 2] in GRADING))]
    # "auf keinen Fall", "unter keinen Umständen": a negated adverbial negates the clause
    out += [p.start for p in c.phrases if p.negated and c.words[p.head].low in NEGATING_ADVERBIALS
            and p.start not in out and not any(p is k for k in keep)]
    return sorted(out)


AMOUNTS = frozenset("wenig weniger kaum".split())  # negations that are amounts after a preposition
# "mehr"/"weniger" in a für-phrase: an amount ("für mehr Geld für X"), after which a second für-phrase is no
# attribute (noun_attribute); not the hedge "mehr oder weniger"
COMPARED_AMOUNTS = frozenset("mehr weniger".split())


def _negates_change(c: Clause, at: int, lang: str) -> bool:
    """"Das ändert nichts an meiner Ablehnung der Maut", "an ihrer Ablehnung ändere das nichts": the
    negation denies a change of the position that the frame noun at ``at`` names in its an-phrase (a
    verb of the row "unchanged"), so the position stands as it is; it does not reverse it."""
    own = phrase_at(c, at) if at >= 0 else None
    return own is not None and own.prep == "an" and any(
        w.lemma.lower() in row_words(lang, "unchanged") and not w.noun for w in c.words)


def _new_verb_phrase(c: Clause, k: int) -> bool:
    """A coordination at ``k`` opens a verb phrase of its own: "und/oder/aber" + a finite verb
    ("… nicht besorgt und hofft auf X", "… und er fordert X")."""
    after = [w for w in c.words[k + 1:k + 3]]
    if c.words[k].low not in VERB_COORDINATIONS or not after:
        return False
    if after[0].low in PERSONAL and len(after) > 1:
        after = after[1:]
    return "FIN" in after[0].tag and not after[0].noun


def _negates_later_conjunct(c: Clause, i: int, keep: list[Phrase]) -> bool:
    """"X und nicht Y", "nicht X und nicht Y": "nicht" right after the coordination negates the
    phrase after it alone, not a target (in ``keep``) before it."""
    after = phrase_at(c, i + 1)
    return (c.words[i].low == "nicht" and i > 0 and c.words[i - 1].low in VERB_COORDINATIONS and after is not None
            and not any(after is k for k in keep))


def _negation_phrase_at(c: Clause, i: int, lex: Lexicon) -> bool:
    """A negation of several words starts at ``i`` ("alles andere als richtig")."""
    return any(tuple(c.lows[i:i + len(p)]) == p for p in lex.negation_phrases if p[0] == c.words[i].low)


GRADING = frozenset("bis oder".split())
VERB_COORDINATIONS = frozenset("und oder aber sowie sondern".split())  # they join verb phrases, each with its own negation
REASONS = frozenset("ohne aus wegen trotz dank mangels zuliebe".split())  # prepositions of reason and cause


def _negates_reason(c: Clause, i: int, keep: list[Phrase]) -> bool:
    """"Nicht ohne Grund fordern wir X", "lehnt X nicht aus Prinzip ab": "nicht" right before an
    adverbial of reason is constituent negation of that adverbial (a litotes, or another reason),
    not of the position; before a phrase the frame takes ("nicht ohne X geht es") it stays."""
    if c.words[i].low != "nicht" or i + 1 >= len(c.words) or c.words[i + 1].low not in REASONS:
        return False
    after = phrase_at(c, i + 2)
    return after is not None and after.prep == c.words[i + 1].low and not any(after is k for k in keep)


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"'«»“”„").endswith("?")


def nonfinite_verbs(c: Clause) -> list[int]:
    return [i for i, w in enumerate(c.words) if w.tag in ("VV(INF)", "VV(IZU)", "VV(PP)") and not w.noun]


def follow_acts(c: Clause, p: Phrase, words: list[str], lang: str, depth: int = 0) -> tuple[Clause, Phrase, int]:
    """An act noun ("Ausstieg", "Bau") passes the stance on to its genitive or von/aus/für
    phrase; returns where the target is and the sign the acts give."""
    sign = 1
    while depth < 4:
        depth += 1
        head = c.words[p.head]
        entries = [fw for fw in act_entries(head, lang) if len(fw.words) == 1 and fw.slot != "inf"
                   and (fw.noun or head.noun and head.low == fw.words[0])]  # (a verb of act as a noun: "das Zusperren der X")
        entries.sort(key=lambda fw: fw.slot in ("act", "gen"))  # its own preposition first: "Ausstieg des Landes aus X"
        found = next(((fw, q) for fw in entries if (q := act_attribute(c, p, fw.slot)) is not None), None)
        carried = found is not None and found[0].slot == "act" and head.low in lexicon(lang).carriers
        if found is not None and found[0].slot == "act" and found[1].prep is None and (
                carried and c.lows[found[1].start] in DEFINITE or is_agent(c, found[1], lang)):
            # the genitive author, then what the act is for ("der Plan des Ministeriums für Gesundheitskioske";
            # a proposal's definite genitive before its für / zu is whose: "die Pläne des Schulamts zur Zusammenlegung der X";
            # an indefinite one is what: "der Vorschlag einer Steuer für X")
            q = attribute_after(c, found[1], ("für", "zu") if carried else ("für",))
            found = (found[0], q) if q is not None and q.prep in ("für", "zu") else found
        elif found is None and any(fw.slot == "act" for fw in entries) and head.low in lexicon(lang).carriers:
            q = attribute_after(c, p, ("zu",))  # "die Pläne zur Zusammenlegung der X", "ein Vorschlag zum Bau der X"
            found = (next(fw for fw in entries if fw.slot == "act"), q) if q is not None and q.prep == "zu" else None
        if found is None or is_agent(c, found[1], lang):  # "der Ausstieg des Landes": who acts, not on what
            break
        if found[1] == owner_after(c, p, lang):  # "die Pläne der Agrargenossenschaft": whose, the
            break  # plan itself names the thing named before (named_target)
        entry, nxt = found
        sign *= -1 if entry.value == "flip" else 1
        words.append(head.text)
        p = nxt
    return c, p, sign


def country(c: Clause, p: Phrase, lang: str) -> bool:
    """A phrase that is a country's name alone ("Deutschland", "die Schweiz"): who acts in "Deutschland
    muss X aufnehmen", not what is acted on."""
    from ..actors.lexicon import lexicon as actor_lexicon

    return p.end - p.head == 1 and all(c.words[k].low in DEFINITE for k in range(p.start, p.head)) \
        and c.words[p.head].low in actor_lexicon(lang).countries


def is_agent(c: Clause, p: Phrase, lang: str) -> bool:
    """A person, a role or a body that acts ("des Landes", "den Polizeipräsidenten", "der Landesregierung"):
    never the thing a position is about. Long agent words count as compound heads ("Kantonsregierung")."""
    from ..actors.lexicon import lexicon as actor_lexicon
    from ..actors.roles import role_word  # (titles and role heads: "Kämmerer", "Polizeipräsident", "Landrätin")

    w = c.words[p.head]
    if not w.noun or c.words[p.start].low in INDEFINITE:  # "eine Minderheitsregierung kommt nicht infrage": a kind
        return False
    low = noun_lemma(w.text).lower()
    agents = lexicon(lang).agents
    if p.end < len(c.words) and any(fw.slot == c.words[p.end].low for fw in lexicon(lang).frames.get(low, ())):
        return False  # a body's noun that names a position with its own preposition: "ihre Opposition gegen X"
    if low in agents or any(low.endswith(a) for a in agents if len(a) >= 8):
        return True
    # a role with a definite article is someone; bare or indefinite it is staff wanted ("Mangel an Kinderärzten")
    return (c.words[p.start].low in DEFINITE and role_word(noun_lemma(w.text), actor_lexicon(lang)) is not None
            and low not in frame_vocabulary(lang))


DEFINITE = frozenset("der die das den dem des".split())
# the definite articles a subject may carry (not "den", "dem", "des")
SUBJECT_DEFINITE = DEFINITE - {"den", "dem", "des"}


def names_person(c: Clause, p: Phrase) -> bool:
    """A phrase with a first name in it ("Bürgermeister Wendelin Sauerbier", "Anna Roe"): a person, never
    the thing a position is about."""
    from ..actors.lexicon import first_name

    return any(w.noun and first_name(w.low) for w in c.words[p.start:p.end])


def act_entries(word: Word, lang: str) -> tuple[FrameWord, ...]:
    """The act entries of a word; a compound noun of a carrier takes its head's ("Förderzusage",
    "Ratsbeschluss", "Grundsatzentscheidung": the first part says whose or what kind, never the thing)."""
    acts = lexicon(lang).acts
    found = acts.get(word.low, ()) + acts.get(noun_lemma(word.text).lower(), ())
    head = carrier_of(word, lang) if not found and word.noun else ""
    return acts.get(head, ()) if head else found


def carrier_of(word: Word, lang: str) -> str:
    """The carrier noun a noun is or ends with ("Förderzusage" -> "zusage"); "" for none. Only a carrier
    of a preposition or zu-clause heads a compound ("Bebauungsplan", "Verkehrskonzept" are things)."""
    low = noun_lemma(word.text).lower()
    lex = lexicon(lang)
    if low in lex.carriers:
        return low
    if low in lex.frames:  # "Fortschritt", "Rückschritt": words of their own
        return ""
    return max((k for k in lex.compound_carriers if low.endswith(k) and len(low) - len(k) >= 3), key=len, default="")


def act_attribute(c: Clause, p: Phrase, slot: str) -> Phrase | None:
    """What an act noun acts on: its genitive or von/aus/für/an phrase ("act"), or only the phrase
    of its own preposition, behind a genitive author ("der Beschluss des Rats zum Bau der X")."""
    if slot in ("act", "gen"):  # ("gen": the genitive only, "die Absage der Gartenschau")
        return attribute_after(c, p, ("von", "aus", "für", "an") if slot == "act" else ())
    q = attribute_after(c, p, (slot,))
    if q is not None and q.prep is None:
        q = attribute_after(c, q, (slot, "von"))
        if q is not None and q.prep == "von" and slot != "von":  # the author's place: "die Entscheidung des Stadtrats
            q = attribute_after(c, q, (slot,))  # von X für Y"
    return q if q is not None and q.prep == slot else None


GENITIVES_AFTER = GENITIVE_ARTICLES | POSSESSIVE_GENITIVES | frozenset("dieser dieses aller sämtlicher".split())


def attribute_after(c: Clause, p: Phrase, preps: tuple[str, ...]) -> Phrase | None:
    """The genitive or prepositional (``preps``) phrase right after ``p``, if any."""
    nxt = next((q for q in c.phrases if q.start >= p.end and q.start <= p.end + 1), None)
    if nxt is None or nxt.pronoun or nxt.start > p.end and "FIN" in c.words[p.end].tag:
        return None  # (a finite verb between: "Die Gebühr sei der falsche Weg" has no genitive)
    genitive = nxt.prep is None and (c.words[nxt.start].low in GENITIVES_AFTER or strong_genitive(c, nxt.start))
    return nxt if genitive or nxt.prep in preps else None


def act_verb_after(c: Clause, p: Phrase, lang: str, words: list[str], frame: int = -1) -> int:
    """The sign of an act verb that takes the phrase as its object ("die Subvention zu
    streichen": -1); 1 when there is none. The frame word itself is no act of its own object
    ("hat ihren Widerstand aufgegeben": the giving up is the frame)."""
    acts = lexicon(lang).acts
    lemmas = separable_lemmas(c)
    for i in range(p.end, len(c.words)):
        w = c.words[i]
        if i == frame:
            continue
        # a particle verb is only itself ("schließt X aus" is ausschließen, no schließen)
        for key in (lemmas[i],) if lemmas.get(i, w.lemma) != w.lemma else (w.lemma, w.low):
            entries = [fw for fw in acts.get(key, ()) if not fw.noun]
            if entries and not w.noun and (w.tag.startswith("V") or w.tag == "PTKVZ"):
                words.append(w.text)
                hires = key in row_words(lang, "hire") and hired_people(c, i, lang) == p  # ("Personal einstellen")
                return -1 if entries[0].value == "flip" and not hires else 1
    return 1


EXISTENTIAL = [FrameWord("keep", "act", ("geben",))]  # "Es muss X geben": X must be (not "gab X bekannt")


def act_object(c: Clause, lang: str, words: list[str], negated_object: bool = True) -> tuple[Phrase, int] | None:
    """In a clause standing for an object ("…, die Subvention zu streichen"; "die Sanktionen
    müssen aufgehoben werden"; "raus aus der Atomkraft"): the act and what it acts on. An object
    with "kein" is no act on it ("…, keine Kohlekraftwerke mehr zu bauen" = -1), unless the caller
    reads the clause's negations itself (``negated_object`` False: the frame's own clause)."""
    acts = lexicon(lang).acts
    lemmas = separable_lemmas(c)
    fin = next((j for j, w in enumerate(c.words) if "FIN" in w.tag), None)
    front = fronted_infinitive(c, fin) if fin else []  # ("Abschaffen will Y die X": the act first, its object after)
    for i, w in enumerate(c.words):
        if (w.noun or not (w.tag.startswith("V") or w.tag == "PTKVZ")) and i not in front:
            continue
        for key in (w.lemma, lemmas.get(i, ""), w.low):
            entries = [fw for fw in acts.get(key, ()) if not fw.noun] or (EXISTENTIAL if key == "geben" and "es" in c.lows[:i] else [])
            if not entries:
                continue
            if key in row_words(lang, "hire") and (people := hired_people(c, i, lang)) is not None:
                if one_person(c, people, lang):
                    return None  # ("einen neuen Rektor einstellen": an office filled, no position)
                words.append(w.text)
                return people, 1  # ("mehr Pflegepersonal einstellen": hires, not "den Betrieb einstellen")
            sign = -1 if entries[0].value == "flip" else 1
            prep = entries[0].slot if entries[0].slot in PREPOSITIONS else None  # "auf X zu verzichten"
            # a particle's own phrase first: "will raus aus den Ölheizungen", "weg vom Öl"
            objects = [p for p in c.phrases if p.start > i and p.prep in ("aus", "von")][:1] if w.tag == "PTKVZ" else []
            objects = objects or [p for p in c.phrases if p.prep == prep and (p.end <= i or i in front and p.start > i + 1) and not p.pronoun
                                  and not (p.start > 0 and c.lows[p.start - 1] == "als")  # ("X als Y zuzulassen")
                                  and not is_agent(c, p, lang) and not country(c, p, lang)  # ("Deutschland muss X aufnehmen"; r13deb)
                                  and not (prep is None and preposition_conjunct(c, p))  # ("X auf Becher und Kartons einführen")
                                  and not any(w.noun and person_noun(w.text, lang) for w in c.words[p.start:p.end])
                                  and not judged_place(c, p, lang)]
            if not objects and prep is None:  # "beim Bafög sparen", "an der Bildung kürzen"
                objects = [p for p in c.phrases if p.prep in ("bei", "an") and p.end <= i and not p.pronoun
                           and not judged_place(c, p, lang)]
            if objects:
                words.append(w.text)
                heads = [p for p in objects if not _genitive_attribute(c, p)] or objects  # (r13deb) "die
                head = beyond_amount(c, objects, heads[-1], lang)  # Einbürgerung integrierter Ausländer erleichtern": the
                if head is None or saved_resource(c, head, key):  # object, not its genitive; a sum or a resource
                    return None  # saved is no thing ended
                if negated_object and head.prep is None and c.lows[head.start] in NEGATING_DETERMINERS:
                    words.append(c.words[head.start].text)  # "solle keine Kohlekraftwerke mehr bauen": no act on X
                    return head, -sign
                return head, sign
    return None


def beyond_amount(c: Clause, objects: list[Phrase], head: Phrase, lang: str) -> Phrase | None:
    """What an act on an amount (row "amount") works on: the genitive after it ("40 Prozent der Stellen streichen"),
    else nothing ("2,7 Millionen Euro einsparen", "drei Hektar Wald roden": a sum, no thing ended); any other head."""
    if noun_lemma(c.words[head.head].text).lower() not in row_words(lang, "amount"):
        return head
    return next((p for p in objects if p.start == head.end and _genitive_attribute(c, p)), None)


def saved_resource(c: Clause, head: Phrase, act: str) -> bool:
    """A resource a saving act saves ("Energie einsparen", "Trinkwasser sparen", "Personalkosten sparen";
    data/saved_resources_de.tsv): what is saved is kept, no thing ended, no side taken on it."""
    rows = saved_resources()
    if act not in rows.get("acts", ()):
        return False
    lemma = noun_lemma(c.words[head.head].text).lower()
    return lemma in rows.get("alone", ()) or lemma.endswith(rows.get("compounds", ()))


@lru_cache(maxsize=None)
def saved_resources() -> dict[str, tuple[str, ...]]:
    """data/saved_resources_de.tsv: row name -> its words, lower-case."""
    return {name: tuple(words) for name, *words in (line.split() for line in data_words("saved_resources_de.tsv"))}


def held_by_agent(c: Clause, i: int, fw: FrameWord) -> bool:
    """A position noun alone in its clause whose "durch" phrase after its genitive names who holds it ("im
    Zusammenhang mit der Ablehnung der Domain durch die ICANN"): that agent's position, not the speaker's."""
    if fw.slot != "gen" or not c.words[i].noun:
        return False
    after = [p for p in c.phrases if p.start > i]
    return len(after) >= 2 and after[0].start == i + 1 and after[1].prep == "durch" and not any(
        w.tag.startswith("V") or w.low in (",", "und") for w in c.words[after[0].end:after[1].start])


def one_person(c: Clause, p: Phrase, lang: str) -> bool:
    """One person named as new ("einen neuen Rektor", "eine Nachfolgerin"): someone to hire or choose for an office,
    not staff or a policy ("mehr Pflegepersonal", "20 Erzieherinnen")."""
    return person_noun(c.words[p.head].text, lang) and any(w.low.startswith("ein") for w in c.words[p.start:p.head])


def hired_people(c: Clause, i: int, lang: str) -> Phrase | None:
    """The object before verb i when it names people or staff: a person noun ("20 Erzieherinnen") or a noun
    ending in a word of row "staff" ("mehr Pflegepersonal", "Fachkräfte"). A verb of row "hire" ends a thing
    ("den Fährbetrieb einstellen") but takes people on: with such an object it brings them."""
    obj = next((p for p in reversed(c.phrases) if p.prep is None and p.end <= i and not p.pronoun), None)
    if obj is None:
        return None
    head = c.words[obj.head].text
    low = noun_lemma(head).lower()
    return obj if person_noun(head, lang) or any(low.endswith(s) for s in row_words(lang, "staff")) else None


def read_clause(c: Clause, nxt: Clause | None, prev: Clause | None, lang: str, speaker_words: set[str],
                earlier: Antecedent | None) -> list[Stance]:
    """The stances of one clause; ``earlier`` is what a third-person pronoun subject refers
    to (the subject of an earlier clause of the statement)."""
    lex = lexicon(lang)
    lemmas = separable_lemmas(c)
    found = [(i, status_quo(c, fw, lex)) for i, fw in find_words(c, lex.frames, lemmas)]
    found += prefix_negated(c, lex, found) + compound_evaluations(c, lex, found, lang) + nominalised_evaluations(c, lex, found)
    found = without_adverbial_adjectives(c, found)
    # the longest phrase matched at one word is the frame there: "infrage gestellt" is no "infrage" ("kommt nicht infrage")
    found = [(i, fw) for i, fw in found if not any(j == i and len(g.words) > len(fw.words) and g.words[:len(fw.words)] == fw.words
                                                  for j, g in found)]
    if len({i for i, _ in found}) == 1 and any(held_by_agent(c, i, fw) for i, fw in found):
        found = []  # ("im Zusammenhang mit der Ablehnung der X durch die ICANN": the agent's position)
    found = without_predicate_sides(c, found, speaker_words)
    found = [(i, fw) for i, fw in found if not verb_homograph(c, i, fw, lex)]
    recalled = recalls(c)
    first = next((p for p in c.phrases if p.prep is None), None)
    if first is not None and any(f[1].slot == "subj" for f in found) and any(w.lemma in COPULAS for w in c.words):
        # "Die Forderung nach X ist falsch": the subject's frame noun is what is judged (-1 X)
        found = [f for f in found if f[1].slot == "subj" or not (c.words[f[0]].noun and first.start <= f[0] < first.end)]
    # verbs and prepositions first; an evaluation ("ist ein Fehler") when they take no target
    if harmed_without(c, lang, found):  # "Ohne X müsse das Freibad dichtmachen": a bad outcome, no demand to close
        return needed_against_harm(c, lang, recalled)
    if judged_without(c, lang, found):  # "Ohne neue Gleise ist der Takt nicht machbar": the Gleise are needed
        return needed_without(c, lang, recalled)
    for chosen in ([f for f in found if f[1].slot != "subj"], [f for f in found if f[1].slot == "subj"]):
        out = frames_of(c, chosen, nxt, prev, lang, speaker_words, earlier, lemmas, recalled)
        if out:
            return out
    return (compound_sides(c, lang, speaker_words, recalled) or needed_without(c, lang, recalled)
            or modal_being(c, lang, speaker_words, recalled) or cannot_be(c, nxt, lang, recalled)
            or slogan(c, lang, recalled) or has_place(c, lang, speaker_words, recalled)
            or negated_act(c, lang, speaker_words, recalled) or needed_against_harm(c, lang, recalled)
            or reported_demand(c, lang, speaker_words, recalled) or met_with(c, lang, speaker_words, recalled))


LITTLE = frozenset("wenig kaum".split())  # "stieß auf wenig Gegenliebe": as good as none


@lru_cache(maxsize=None)
def reaction_values(lang: str) -> dict[str, int]:
    """The reaction nouns of rows met+1 / met-1 with their sign (-1 where a noun is in both), built
    once: met_with asks it of every clause without a frame. Not to be changed."""
    return {**{w: 1 for w in row_words(lang, "met+1")}, **{w: -1 for w in row_words(lang, "met-1")}}


def met_with(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Der Plan für X stößt bei Y auf scharfe Kritik" (-1 X), "Das Ticket fand bei Y großen Anklang" (+1),
    "stieß auf wenig Gegenliebe" (-1): a reaction noun (data rows met+1 / met-1) after "auf" with
    stoßen / treffen, or as the object of finden, judges the clause's subject; the one who reacts
    stands in the bei-phrase, who must be the speaker (read as such by de/indirect.py); anyone else's
    reaction is reported, no position of the speaker's."""
    verb = next((i for i, w in enumerate(c.words) if w.tag.startswith("V") and w.lemma in row_words(lang, "meets")), None)
    if verb is None:
        return []
    wanted = None if c.words[verb].lemma == "finden" else "auf"
    reactions = reaction_values(lang)
    reaction = next((p for p in c.phrases if c.words[p.head].low in reactions and (p.prep == wanted or wanted and p.start > 1
                     and c.lows[p.start - 2] == wanted and c.lows[p.start - 1] in LITTLE)), None)  # ("auf wenig Gegenliebe")
    who = next((p for p in c.phrases if p.prep == "bei"), None)
    if reaction is None or who is None or not _names_speaker(c, who, speaker_words):
        return []  # ("stößt bei den Anwohnern auf Kritik, sagte Y": others' reaction, reported)
    target = next((p for p in c.phrases if p.prep is None and p is not reaction and not p.pronoun
                   and not is_agent(c, p, lang) and not _names_speaker(c, p, speaker_words)), None)
    if target is None:
        return []
    negs = negations_in(c, lang, [reaction, target], "-", verb)
    negs += [reaction.start] if reaction.negated and reaction.start not in negs else []
    negs += [reaction.start - 1] if reaction.start > 0 and c.lows[reaction.start - 1] in LITTLE else []
    value = reactions[c.words[reaction.head].low] * (-1) ** len(negs)
    said = [c.words[verb].text, c.words[reaction.head].text] + [c.words[n].text for n in negs]
    return phrase_stances(c, target, value, said, lang, recalled, c.text if recalled else "")


def without_adverbial_adjectives(c: Clause, found: list[tuple[int, FrameWord]]) -> list[tuple[int, FrameWord]]:
    """"sei sozial verantwortungslos", "ist ökonomisch vernünftig": an adjective right before another
    evaluating adjective only says in what respect; the second one judges (the tagger may read it as a
    participle: "sozial ungerecht"). Before an attributive adjective it only grades that attribute ("für gut
    integrierte Familien", "schlecht bezahlte Stellen"): no judgement of the clause's subject."""
    at = {i for i, _ in found}
    return [(i, fw) for i, fw in found if not (c.words[i].tag.startswith("ADJ") and fw.slot == "subj" and i + 1 < len(c.words)
                                               and not c.words[i + 1].noun and (c.words[i + 1].tag == "ADJ(A)" or i + 1 in at
                                               and c.words[i + 1].tag.startswith(("ADJ", "VV(PP)"))))]


def without_predicate_sides(c: Clause, found: list[tuple[int, FrameWord]], speaker_words: set[str]) -> list[tuple[int, FrameWord]]:
    """A "für" / "gegen" phrase of "sein" or a "von" phrase of "halten" that belongs to a predicate, not to
    the verb: no side taken. An adjective or participle after the phrase takes it, "sein" is its copula
    ("ist für die Finanzen zuständig", "ist für Konzerte gesperrt", "war gegen Hagel versichert"; a listed
    adjective keeps its own frame: "ist für X offen"); so does a noun before the phrase ("war Mitglied im
    Ausschuss für Verkehr", "hält einen Anteil von 20 Prozent"): the phrase is that noun's attribute
    (noun_predicate_before)."""
    def predicate_takes(i: int, preps: tuple[str, ...], adjective: bool) -> bool:
        k = next((k for k in range(i + 1, len(c.words)) if c.lows[k] in preps), None)
        return k is not None and (adjective and predicative_after(c, k) or noun_predicate_before(c, i, k, speaker_words))
    return [(i, fw) for i, fw in found
            if not (c.words[i].lemma == "sein" and fw.slot in ("für", "gegen") and predicate_takes(i, (fw.slot,), True)
                    or c.words[i].lemma == "halten" and fw.slot == "von" and predicate_takes(i, ("von", "vom"), False))]


def verb_homograph(c: Clause, i: int, fw: FrameWord, lex: Lexicon) -> bool:
    """"Die Seilbahn verkehrt täglich", "Der Ausweis berechtigt zum Eintritt": a finite verb written like a listed
    evaluating adjective (matched as written, its own lemma no frame) is that verb, no judgement."""
    w = c.words[i]
    finite = w.tag == "VV(FIN)" or w.tag == "VV(PP)" and not any(x.tag.startswith("V") and x is not w for x in c.words)
    return (fw.slot == "subj" and len(fw.words) == 1 and finite and w.lemma != fw.words[0]  # (a participle
            and w.low == fw.words[0] and w.lemma not in lex.frames)  # as the clause's only verb is a present in "-t")


def since_phrase(c: Clause, p: Phrase) -> bool:
    """"von Anfang an", "vom ersten Tag an", "von Beginn an": a von-phrase closed by "an" tells since when."""
    return (p.prep in ("von", "vom") and p.end < len(c.words) and c.lows[p.end] == "an"
            and not any(q.prep == "an" and q.start in (p.end, p.end + 1) for q in c.phrases))  # (not "vom X an der Schule")


# the determiners of a subject or an object after the verb; a predicate noun has none or an indefinite one
# (INDEFINITE, with "kein": "war Mitglied", "ist kein Freund")
DEFINITE_OR_OWN = frozenset("der die das den dem des dieser diese dieses diesen jener jene sein seine ihr ihre unser unsere".split())
COORDINATORS = VERB_COORDINATIONS | {","}  # (a comma joins them too)


def noun_predicate_before(c: Clause, i: int, k: int, speaker_words: set[str]) -> bool:
    """"war Mitglied im Ausschuss für Verkehr", "ist seit 2019 Träger der Hilfe für X": a bare predicate noun
    of "sein" (i) before its "für" / "gegen" phrase (k): the phrase belongs to that noun, "sein" takes no side.
    Not a noun after a preposition or an article ("ist im Grundsatz für X", "ist in dieser Frage für X"),
    after "als" ("ist als einzige Fraktion gegen X"), one of a name ("Seit 2019 ist Anna Weidner für X")
    or the speaker's own word ("Seit Jahren ist Verdi für X": the subject after the verb)."""
    for j in range(i + 1, k):
        if not c.words[j].noun or c.words[j - 1].noun or c.words[j + 1].noun or c.lows[j] in speaker_words \
                or c.lows[j + 1] in ("zufolge", "nach") or any(c.lows[x] in COORDINATORS for x in range(j + 1, k)):
            continue  # (a source, "hält Berichten zufolge nichts von X"; a second predicate, "ist Gegnerin der Maut und gegen X")
        m = j - 1
        while m > i and (c.words[m].tag.startswith("ADJ") or c.lows[m] in INDEFINITE):
            m -= 1  # (the noun's adjectives and "ein": "ist als einzige Fraktion gegen X")
        if c.lows[m] not in PREPOSITIONS and c.lows[m] not in DEFINITE_OR_OWN and c.lows[m] != "als":
            return True
    return False


def predicative_after(c: Clause, k: int) -> bool:
    """A predicative adjective or a participle after word k of the clause ("… zuständig", "… gesperrt"); not
    one that grades the attribute after it inside a phrase ("für gut integrierte Familien")."""
    return any(w.tag.startswith(("ADJ(D)", "ADJD", "VV(PP)")) and not (j + 1 < len(c.words) and c.words[j + 1].tag == "ADJ(A)")
               for j, w in enumerate(c.words[k + 1:], k + 1))


def prefix_negated(c: Clause, lex: Lexicon, found: list[tuple[int, FrameWord]]) -> list[tuple[int, FrameWord]]:
    """"unnötig", "ungerecht", "unrealistisch": an adjective with the prefix un- of a listed
    evaluation (not listed itself) judges the other way: a negation inside the word."""
    taken = {i for i, _ in found}
    out = []
    for i, w in enumerate(c.words):
        if not w.low.startswith("un") or i in taken or w.noun or len(w.low) < 6:
            continue
        for fw in lex.frames.get(w.low[2:], ()):
            if fw.slot == "subj" and len(fw.words) == 1 and not fw.only_negated and not fw.drops:
                out.append((i, FrameWord("-1" if fw.value == "+1" else "+1", fw.slot, (w.low,))))
    return out


@lru_cache(maxsize=None)
def evaluation_heads(lang: str = "de") -> tuple[tuple[str, FrameWord], ...]:
    """The evaluating nouns of the data file (one word, subject slot, five letters or more), as
    heads a compound may end in ("Kardinalfehler", "Jahrhundertchance"), longest first."""
    heads = {f.lower(): FrameWord(value, "subj", (f.lower(),)) for value, slot, forms in frame_rows(lang)
             if value in ("+1", "-1") and slot == "subj" for f in forms if f[:1].isupper() and "_" not in f and len(f) >= 5}
    return tuple(sorted(heads.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def evaluation_endings(lang: str = "de") -> tuple[str, ...]:
    """The evaluation heads alone: one str.endswith test for all of them."""
    return tuple(head for head, _ in evaluation_heads(lang))


def compound_evaluations(c: Clause, lex: Lexicon, found: list[tuple[int, FrameWord]], lang: str) -> list[tuple[int, FrameWord]]:
    """"ein Kardinalfehler", "eine Jahrhundertchance", "ein Riesenskandal": a compound noun ending in a
    listed evaluating noun judges as its head does (not "Misserfolg": its first part reverses it)."""
    if not any(w.lemma in PREDICATE_VERBS for w in c.words):
        return []  # (only a predicate judges: "ist ein Kardinalfehler")
    taken = {i for i, _ in found}
    out = []
    heads = evaluation_heads(lang)  # (the heads of the language ``lex`` was read for)
    endings = evaluation_endings(lang)
    for i, w in enumerate(c.words):
        if not w.noun or not w.low.endswith(endings):  # (one test for all the heads first)
            continue
        own = phrase_at(c, i)
        if (i in taken or w.low.startswith(("miss", "un")) or w.low in lex.frames or "-" in w.text
                or own is None or c.lows[own.start] in DEFINITE):  # ("der Glykolwein-Skandal": an event's name)
            continue
        hit = next((fw for head, fw in heads if w.low.endswith(head) and len(w.low) - len(head) >= 3), None)
        if hit is not None:
            out.append((i, replace(hit, words=(w.low,))))
    return out


SUPPLETIVE = {"beste": "gut", "bessere": "besser"}  # ("das Beste", "das Bessere": the forms of "gut")


def nominalised_evaluations(c: Clause, lex: Lexicon, found: list[tuple[int, FrameWord]]) -> list[tuple[int, FrameWord]]:
    """"ist das Beste, was X passieren konnte", "nannte X das Richtige", "das Sinnvollste": a nominalised
    (superlative) form of a listed evaluating adjective after "das", as the predicate after the verb,
    judges as the adjective does (not "Das Beste an X ist …": the subject, before the verb)."""
    fin = next((k for k, w in enumerate(c.words) if "FIN" in w.tag and w.lemma in PREDICATE_VERBS), None)
    if fin is None:
        return []
    taken = {i for i, _ in found}
    out = []
    for i in range(fin + 1, len(c.words)):
        w = c.words[i]
        if not w.noun or i in taken or c.lows[i - 1] != "das" or not w.low.endswith("e"):
            continue
        stem = SUPPLETIVE.get(w.low) or (w.low[:-3] if w.low.endswith("ste") else w.low[:-1])
        hit = next((fw for fw in lex.frames.get(stem, ()) if fw.slot == "subj" and fw.words == (stem,)), None)
        if hit is not None:
            out.append((i, replace(hit, words=(w.low,))))
    return out


PRESERVING = ("erhalt", "fortbestand", "weiterbetrieb", "beibehaltung", "zukunft", "existenz")  # keep what exists


def status_quo(c: Clause, fw: FrameWord, lex: Lexicon) -> FrameWord:
    """"Der Standort steht nicht zur Debatte / nicht infrage": what exists (named with the definite
    article, a possessive, or its keeping: "Der Erhalt der X") is not questioned, it stays (+1 when
    negated); a proposal is not considered: "Eine Steuererhöhung / Die Schließung der X steht nicht
    zur Debatte" (-1, the possibility's own reading, as "kommt nicht infrage")."""
    if not fw.only_negated or fw.value != "+1" or not any(w.lemma == "stehen" and "FIN" in w.tag for w in c.words):
        return fw
    subject = next((p for p in c.phrases if p.prep is None), None)
    if subject is None or subject.pronoun or not c.words[subject.head].noun:
        return fw
    first, head = c.words[subject.start].low, noun_lemma(c.words[subject.head].text).lower()
    existing = first in ("der", "die", "das") or first.startswith(("mein", "unser", "sein", "ihr"))
    if head.startswith(PRESERVING) or existing and head not in lex.acts:
        return replace(fw, value="-1")
    return fw


def needed_without(c: Clause, lang: str, recalled: bool) -> list[Stance]:
    """"Ohne X geht es nicht", "ohne X kommt die Station nicht über den Sommer": X is needed
    (+1), when a negation of the clause stands outside the ohne-phrase."""
    p = without_phrase(c, lang)
    if p is None:
        return []
    negs = [n for n in negations_in(c, lang, [p]) if not p.start <= n < p.end]
    if len(negs) != 1:
        return []
    return [Stance(target_lemma(c, p), 1, ["ohne", c.words[negs[0]].text], phrase_text(c, p),
                   recalled, c.text if recalled else "")]


def without_phrase(c: Clause, lang: str) -> Phrase | None:
    """The one "ohne" phrase of the clause that names a thing that can be needed: no pronoun ("ohne mich"),
    no set phrase of manner ("ohne Frage", "ohne Not", "ohne Probleme": rows "manner_ohne")."""
    without = [p for p in c.phrases if p.prep == "ohne" and not p.pronoun]
    if len(without) != 1 or noun_lemma(c.words[without[0].head].text).lower() in row_words(lang, "manner_ohne"):
        return None
    return without[0]


@lru_cache(maxsize=None)
def row_words(lang: str, value: str) -> frozenset[str]:
    """The words of the data rows of one value ("begin", "harm"), lower-case."""
    return frozenset(f.lower() for v, _, forms in frame_rows(lang) if v == value for f in forms)


LIMITED = frozenset("vorerst vorläufig zunächst vorübergehend mehr noch bislang bisher".split())  # "vorerst nicht": a plan
PROMISING = frozenset("werden wollen dürfen sollen".split())
ASSURING = frozenset("auch also sicher definitiv bestimmt garantiert jedenfalls ganz gewiss eben so".split())  # "X kommt sicher nicht"  # (not "können", "müssen": no promise)


def negated_act(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Wir werden X nicht kürzen", "X wird nicht angetastet", "an X wird nicht gerüttelt" (+1 X);
    "X wird nicht eingeführt", "X kommt nicht" (-1 X): a negated act verb as the clause's
    predicate, promised (present or future, no report of the past, not "vorerst"), is a position
    against the act: for what an ending act would end, against what a starting act would start.
    An active subject must be the speaker (wir, ich, man, er/sie): another actor's plan is none."""
    lex = lexicon(lang)
    if (recalled or not any(w.low in lex.negations or w.low in NEGATING_DETERMINERS for w in c.words)
            or any(w.low in LIMITED | {"wurde", "wurden", "worden"} for w in c.words)):
        return []
    acts, begin = lex.acts, row_words(lang, "begin")
    lemmas = separable_lemmas(c)
    # one entry per verb: the separable verb's own before its simple one ("spart X nicht ein" is "einsparen", not
    # also "sparen": two hits would read as two acts and give none)
    hits = [(k, fw) for k, w in enumerate(c.words) if w.tag.startswith("V") and not w.noun
            for key in [next((name for name in (lemmas.get(k, ""), w.lemma) if name and (name in acts or name in begin)), "")] if key
            for fw in (slot_entry(c, acts.get(key, ())) or FrameWord("keep", "act", (key,)),) if fw.value == "flip" or key in begin]
    # the finite verb (HanTa tags "werden", "schließen" also as infinitives): else the first verb
    fin = next((w for w in c.words if "FIN" in w.tag), None) or next((w for w in c.words if w.tag.startswith("V")), None)
    negs = [n for n in negations_in(c, lang, []) if not hits or n < hits[0][0] or fin is c.words[hits[0][0]]]
    if len(hits) != 1 or len(negs) != 1 or fin is None or fin.lemma in ("können", "müssen"):
        return []
    k, fw = hits[0]
    if fin is not c.words[k] and (fin.lemma not in PROMISING or negs[0] > k):
        return []
    passive = fin.lemma == "werden" and c.words[k].tag == "VV(PP)"
    things = [p for p in c.phrases if not p.pronoun and not _names_speaker(c, p, speaker_words)
              and (p.prep == fw.slot if fw.slot in PREPOSITIONS else p.prep is None) and not _genitive_attribute(c, p)
              and not judged_place(c, p, lang)]
    own = [p for p in c.phrases if p.pronoun and p.prep is None and c.lows[p.start] in OWN | {"er", "sie"}]
    # "X kommt nicht" alone: not "kommt mit X nicht weiter", "kommt heute nicht an"
    coming = c.words[k].lemma == "kommen" and len(c.phrases) == 1 and all(
        j in negs or j == k or c.phrases[0].start <= j < c.phrases[0].end or w.low in ASSURING for j, w in enumerate(c.words))
    if len(things) != 1 or not (passive or fw.slot in PREPOSITIONS or own or coming):
        return []
    sign = 1 if fw.value == "flip" else -1
    said = [c.words[k].text, c.words[negs[0]].text]
    return phrase_stances(c, things[0], sign, said, lang, recalled, "")


def judged_place(c: Clause, p: Phrase, lang: str) -> bool:
    """"am falschen Ende", "an der falschen Stelle": a prepositional phrase whose attribute judges where an act falls
    (row "placing") tells where, not what the act works on ("nicht am falschen Ende sparen" is no stance on "Ende")."""
    placing = row_words(lang, "placing")
    return p.prep is not None and any(w.lemma in placing for w in c.words[p.start:p.head])


def slot_entry(c: Clause, entries: tuple[FrameWord, ...]) -> FrameWord | None:
    """An act word's entry whose preposition has a phrase in the clause ("an X wird nicht gespart": "sparen an", not
    "sparen" with an object), else its first entry; None for none."""
    return next((fw for fw in entries if fw.slot in PREPOSITIONS and any(p.prep == fw.slot for p in c.phrases)),
                entries[0] if entries else None)


DEMANDING = frozenset("solle möge".split())  # Konjunktiv I: the speaker's demand, whoever the subject


def reported_demand(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Der Kreis solle den Verband verlassen, sagte Y": a Konjunktiv-I "solle" with an act is the
    speaker's demand on the subject (another actor's doing, not its position): the act's sign on
    its object, each negation reversing ("die Stadt solle das Bad nicht schließen" = +1 Bad)."""
    if (not any(w.low in DEMANDING for w in c.words) or recalled
            or any(w.lemma == "werden" or w.tag == "CARD" or w.low in TIME_NOUNS for w in c.words)):
        return []  # "das Bad solle 2027 geschlossen werden": a plan, reported
    words: list[str] = []
    hit = act_object(c, lang, words)
    verbs = [w for w in c.words if w.tag.startswith("V") and not w.noun and w.low not in DEMANDING]
    objects = [p for p in c.phrases if p.prep is None and not p.pronoun and p.start > 0
               and not _names_speaker(c, p, speaker_words) and not _genitive_attribute(c, p)]
    if hit is None and len(objects) == 1 and len(verbs) == 1:  # "… solle X verlassen": the object before the act
        acts = [fw for fw in lexicon(lang).acts.get(verbs[0].lemma, ()) if not fw.noun and fw.slot == "act"]
        hit = (objects[0], -1 if acts[0].value == "flip" else 1) if acts else None
        words = [verbs[0].text] if acts else words
    if hit is None:
        return []
    negs = negations_in(c, lang, [hit[0]])
    said = [next(w.text for w in c.words if w.low in DEMANDING)] + words + [c.words[n].text for n in negs]
    return phrase_stances(c, hit[0], hit[1] * (-1) ** len(negs), said, lang, recalled, "")


def needed_against_harm(c: Clause, lang: str, recalled: bool) -> list[Stance]:
    """"Ohne X droht die Pleite", "ohne X würden die Finanzen kollabieren": a bad outcome (rows
    "harm") without X makes X needed (+1), when nothing negates the clause."""
    p = without_phrase(c, lang)
    harm = row_words(lang, "harm")
    # (a word listed in lower case is no noun: "sind wir weg", not "der Weg")
    at = [i for i, w in enumerate(c.words) if (w.lemma in harm or w.low in harm) and not (w.noun and w.low in no_harm_nouns(lang))]
    bad = [c.words[i].text for i in at]
    # (a negation of the harm's own phrase counts: "ohne X werde es keine Unfälle geben", "kaum Unfälle")
    own = [q for i in at if (q := phrase_at(c, i)) is not None]
    if p is None or not bad or negations_in(c, lang, own) or any(q.negated for q in own):
        return []
    return [Stance(target_lemma(c, p), 1, ["ohne", bad[0]], phrase_text(c, p), recalled,
                   c.text if recalled else "")]


def harmed_without(c: Clause, lang: str, found: list[tuple[int, FrameWord]]) -> bool:
    """The frames of an "ohne X" clause are only its bad outcome or the "müssen" that forces it ("Ohne
    Zuschüsse müsse das Freibad dichtmachen"): the clause says X is needed, not that the thing is to close."""
    harm = row_words(lang, "harm")
    return bool(found) and any(p.prep == "ohne" for p in c.phrases) and any(
        w.lemma in harm or w.low in harm for w in c.words) and all(
        fw.words == ("müssen",) or c.words[i].lemma in harm or c.words[i].low in harm for i, fw in found)


def judged_without(c: Clause, lang: str, found: list[tuple[int, FrameWord]]) -> bool:
    """An "ohne X" clause whose frames are only judgements of its subject, negated outside the ohne-phrase
    ("Ohne zusätzliche Räume sei die Ganztagsschule nicht umsetzbar"): it says X is needed, not that the
    subject is bad; not after a set phrase of manner ("Ohne Frage ist das nicht hinnehmbar", without_phrase)."""
    p = without_phrase(c, lang)
    preps = {q.prep for q in c.phrases}
    # (a frame of a preposition the clause lacks takes nothing: "ist" of "für / gegen X sein")
    if not found or p is None or not any(fw.slot == "subj" for _, fw in found) or any(
            fw.slot != "subj" and (fw.slot in preps or fw.slot not in PREPOSITIONS) for _, fw in found):
        return False
    return any(not p.start <= n < p.end for n in negations_in(c, lang, [p]))


@lru_cache(maxsize=None)
def no_harm_nouns(lang: str) -> frozenset[str]:
    """The harm words listed in lower case only ("weg"): as a noun ("der Weg") they are none."""
    forms = [f for v, _, fs in frame_rows(lang) if v == "harm" for f in fs]
    return frozenset(f for f in forms if f.islower()) - {f.lower() for f in forms if not f.islower()}


BEING = frozenset("sein kommen geben bleiben".split())  # "X muss kommen": X is to be
ENDING = frozenset("fallen wegfallen enden sterben verschwinden".split())  # "X darf nicht fallen": X is to stay
PROMISE = ("mit", ("uns", "mir", "ihr", "ihm", "ihnen"))  # "das wird es mit uns (reported: mit ihr) nicht geben"


OWN_GROUPS = frozenset("fraktion partei koalition union".split())  # (a union, a works council is a partner)


@lru_cache(maxsize=None)
def promising_groups() -> frozenset[str]:
    """The party names (party_members_de.tsv) and OWN_GROUPS, casefolded: built once."""
    from ..actors.lexicon import party_members

    return frozenset().union(*party_members("de").values(), OWN_GROUPS)


def promising_group(c: Clause, k: int) -> bool:
    """"Eine Maut werde es mit den Grünen / mit der Fraktion nicht geben": "mit" a party or caucus after
    the verb promises for that group (not "Eine Einigung mit der Gewerkschaft", attached to the thing,
    nor "mit der neuen Regelung", an instrument)."""
    p = next((q for q in c.phrases if q.start == k + 1 and q.prep == "mit" and not q.pronoun), None)
    if p is None or any(q.end == k and q.prep is None and not q.pronoun for q in c.phrases):
        return False
    return c.words[p.head].text.casefold() in promising_groups()


def modal_being(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Das Tempolimit muss kommen" (+1), "X müsse nicht sein", "X darf nicht kommen", "eine Maut
    darf es nicht geben", "das wird es mit uns nicht geben" (-1), "X darf nicht schließen" (+1):
    müssen / dürfen (or werden with "mit uns") and a bare verb of being or ending wish their subject
    to be or not; each negation reverses. Anything else after the modal (an adjective, another
    phrase: "das Geld muss vom Bund kommen") makes it no wish about the thing."""
    fin = next((k for k, w in enumerate(c.words) if "FIN" in w.tag and w.lemma in ("müssen", "dürfen", "werden", "sein")), None)
    if fin is None or not c.words[-1].tag.startswith("V") or len(c.words) - 1 == fin:
        return []
    verb = c.words[-1]
    promise = [k for k in range(len(c.words) - 1) if c.lows[k] == PROMISE[0] and (c.lows[k + 1] in PROMISE[1] or k >= fin
                                                                                 and promising_group(c, k))]
    acts = [fw for fw in lexicon(lang).acts.get(verb.lemma, ()) if not fw.noun]
    sign = -1 if verb.lemma in ENDING or acts and acts[0].value == "flip" else 1
    doable = c.lows[-2:] == ["zu", "machen"]  # "eine Privatisierung ist mit uns nicht zu machen"
    happening = happening_at(c, fin)
    if happening is not None:
        pass  # "Der Bau der X muss beginnen", "Der Ausstieg aus X muss geschafft sein": the act is wanted
    elif (verb.lemma not in BEING | ENDING and not acts and not doable
            or c.words[fin].lemma in ("werden", "sein") and not promise or c.words[fin].lemma == "sein" and not doable):
        return []
    role = {k for p in c.phrases if p.start > 0 and c.lows[p.start - 1] == "als" for k in range(p.start - 1, p.end)}
    things = [p for p in c.phrases if p.prep is None and not p.pronoun and not _names_speaker(c, p, speaker_words)
              and p.start not in role and not _genitive_attribute(c, p)]  # ("mit mir als Bürgermeister")
    if happening is not None and not things:  # "Mit dem Bau der X muss endlich begonnen werden"
        things = [p for p in c.phrases if p.prep == "mit" and p.end <= fin][:1]
    inverted = happening is not None and len(things) == 1 and things[0].start == fin + 1 and all(
        time_word(c.words[p.head]) for p in c.phrases if p.end <= fin)  # ("Bis 2028 muss der Ausstieg … geschafft sein")
    expletive = fin == 1 and c.lows[0] == "es"  # ("Es muss endlich eine Übergewinnsteuer kommen": "es" holds the prefield)
    if len(things) != 1 or things[0].end > fin and "es" not in c.lows[fin:fin + 2] and not inverted and not expletive:
        return []
    thing = things[0]
    if verb.lemma in BEING and names_someone(c, thing, lang):
        return []  # ("Die Kinder müssten pünktlich kommen": someone asked to act, not a thing to be)
    if happening is not None and not any(fw.noun for fw in act_entries(c.words[thing.head], lang)):
        return []  # ("Der Unterricht muss später beginnen": no act, a time)
    negs = [n for n in negations_in(c, lang, [thing]) if not thing.start <= n < thing.end] + [thing.start] * thing.negated
    # what may stand after the modal: the thing, a phrase attached to it, "mit uns", "als …", negations, adverbs
    allowed = {k for p in c.phrases if p.prep and p.start == thing.end + 1 for k in range(p.start - 1, p.end)}
    allowed |= {j for k in promise for j in range(k, max([k + 2] + [q.end for q in c.phrases if q.start == k + 1]))}
    allowed |= role | set(negs) | set(range(thing.start, thing.end))
    allowed |= {k for p in c.phrases if p.start in negs and p.prep for k in range(p.start - 1, p.end)}  # "auf keinen Fall"
    allowed |= source_span(c, speaker_words) | {n + 1 for n in negs if c.lows[n + 1:n + 2] == ["mehr"]}
    if verb.lemma == "geben":  # "darf es am Bahnhof / in diesem Jahr nicht geben": where and when X is not to be
        allowed |= {k for p in c.phrases if p.prep and p is not thing for k in range(p.start - 1, p.end)}
    if happening is not None or verb.lemma not in ENDING:  # (not "die Entscheidung muss im Herbst fallen": a time)
        allowed |= times_after(c, fin)
    if happening is not None:
        allowed |= {happening} | attached_run(c, thing)
    adverbial = ("ADV",) if verb.lemma in ("sein", "bleiben") else ("ADV", "ADJ(D)")  # "muss bundesweit kommen" (not "muss hoch sein")
    rest = [k for k in range(fin + 1, len(c.words) - 1) if k not in allowed and c.lows[k] not in ("es", "zu")
            and not c.words[k].tag.startswith(adverbial)]
    if rest or verb.lemma == "geben" and "es" not in c.lows:
        return []
    said = [c.words[fin].text, verb.text] + [c.words[n].text for n in negs]
    # (through the acts: "eine Rückkehr zur Atomkraft darf es nicht geben")
    return phrase_stances(c, thing, sign * (-1) ** len(negs), said, lang, recalled, c.text if recalled else "")


def attached_run(c: Clause, thing: Phrase) -> set[int]:
    """The words of the phrases attached to the thing, one after another, each a prepositional phrase
    after it or its genitive ("der Bau der X", "der Ausstieg aus der X von Y")."""
    out, end = set(), thing.end
    for p in c.phrases:
        if p.prep and p.start == end + 1 or p.start == end and _genitive_attribute(c, p):
            out |= set(range(p.start - 1, p.end))
            end = p.end
    return out


def times_after(c: Clause, fin: int) -> set[int]:
    """The words after the modal that say when ("muss noch in diesem Jahr kommen / erfolgen", "bis 2030
    gelingen", "darf 2027 nicht kommen"): when it is to be does not change whether."""
    out = {j for k in range(fin + 1, len(c.words)) if c.words[k].tag == "CARD"
           for j in (k - 1, k) if j == k or c.lows[j] in PREPOSITIONS}
    return out | {k for p in c.phrases if p.prep and time_word(c.words[p.head]) for k in range(p.start - 1, p.end)}


def happening_at(c: Clause, fin: int) -> int | None:
    """Where a modal's clause ends in a verb of an act's happening (rows "happen": "muss beginnen",
    "müsse gelingen", "muss geschafft sein / werden"): that verb's index, else None."""
    if c.words[fin].lemma not in ("müssen", "dürfen") or len(c.words) < fin + 2:
        return None
    last = len(c.words) - 1
    if c.words[last].lemma in ("sein", "werden") and last - 1 > fin and c.words[last - 1].tag == "VV(PP)":
        last -= 1  # ("geschafft sein", "abgeschlossen werden")
    lemma = c.words[last].lemma.replace("|", "")
    return last if lemma in row_words("de", "happen") else None


@lru_cache(maxsize=None)
def time_nouns() -> frozenset[str]:
    """data/time_nouns_de.txt as a set, the one the speaker rules read (actors.lexicon.word_set): nouns
    of a time ("Jahr", "Herbst", "Montag")."""
    from ..actors.lexicon import word_set

    return word_set("time_nouns_de.txt")


def time_word(w: Word) -> bool:
    """A time as a phrase's head: a time noun or a number ("bis 2030", "noch in diesem Jahr")."""
    return w.low in time_nouns() or w.low in TIME_NOUNS or w.tag == "CARD" or w.text.isdigit()


@lru_cache(maxsize=None)
def source_nouns() -> frozenset[str]:
    """Nouns after "nach" that with "von Y" name the speaker as the source: her view (row "view", "nach
    Ansicht von Y", "nach den Worten von Y") or what she passed on (row "informant", "nach Angaben von Y")."""
    return row_words("de", "view") | row_words("de", "informant") | {"worten"}


def source_span(c: Clause, speaker_words: set[str]) -> set[int]:
    """The words that name the speaker as the source inside the clause ("nach Ansicht von Y",
    "laut Y", "Y zufolge"): they are no part of what is said."""
    out: set[int] = set()
    for p in c.phrases:
        if p.pronoun or not _names_speaker(c, p, speaker_words):
            continue
        end = max([q.end for q in c.phrases if q.prep is None and q.start >= p.end and all(
            c.words[j].noun for j in range(p.end, q.start))] + [p.end])  # the name after a role noun
        out |= set(range(p.start - (p.prep is not None), end))
        out |= {end} if c.lows[end:end + 1] == ["zufolge"] else set()
        before = next((q for q in c.phrases if q.prep == "nach" and q.end == p.start - 1 and p.prep == "von"
                       and c.words[q.head].low in source_nouns()), None)
        out |= set(range(before.start - 1, before.end)) if before else set()
    return out


def slogan(c: Clause, lang: str, recalled: bool) -> list[Stance]:
    """"Nie wieder Fracking!", "Keine Seilbahn auf den Kalvarienberg!": an exclamation without a
    verb that opens with its negation rejects its first noun phrase."""
    first = next((p for p in c.phrases if not p.pronoun), None)
    if "!" not in c.text or first is None or any(w.tag.startswith("V") and not w.noun for w in c.words):
        return []
    opener = c.lows[:first.head]  # (the phrase takes the adverbs before its noun: "nie wieder Fracking")
    if not (first.start == 0 and first.negated or opener[:2] in (["nie", "wieder"], ["nie", "mehr"])):
        return []
    return phrase_stances(c, first, -1, [w.text for w in c.words[:first.head]], lang, recalled, c.text if recalled else "")


def has_place(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Die Kohle hat keine Zukunft", "X hat bei uns keinen Platz": a subject that has (no) future or
    place (frame nouns of slot "has") is wished to be (not to be); each negation reverses."""
    if not any("FIN" in w.tag and w.lemma == "haben" for w in c.words):
        return []
    frames = lexicon(lang).frames
    hit = next((k for k, w in enumerate(c.words) if w.noun and any(fw.slot == "has" for fw in frames.get(w.low, ()))), None)
    own = phrase_at(c, hit) if hit is not None else None
    things = [p for p in c.phrases if p.prep is None and not p.pronoun and p is not own and not _genitive_attribute(c, p)]
    if (own is None or len(things) != 1 or things[0].start > own.start or _names_speaker(c, things[0], speaker_words)
            or attribute_after(c, own, ("für",)) is not None):  # "hat keinen Platz für X": room, no wish
        return []
    negs = negations_in(c, lang, [own]) + [own.start] * own.negated
    said = [c.words[hit].text] + [c.words[n].text for n in negs]
    return phrase_stances(c, things[0], (-1) ** len(negs), said, lang, recalled, c.text if recalled else "")


def cannot_be(c: Clause, nxt: Clause | None, lang: str, recalled: bool) -> list[Stance]:
    """"Es kann / darf nicht sein, dass die Klinik schließt": the expletive "es" with a negated
    modal and a bare "sein" rejects what the dass-clause says (+1 Klinik); its act decides."""
    if (nxt is None or not nxt.words or nxt.words[0].low != "dass" or c.lows[-1:] != ["sein"]
            or "es" not in c.lows or any(p for p in c.phrases if not p.pronoun)
            or not any("FIN" in w.tag and w.lemma in ("können", "dürfen") for w in c.words)):
        return []
    negs = negations_in(c, lang, [])
    words = [w.text for w in c.words if "FIN" in w.tag] + ["sein"] + [c.words[n].text for n in negs]
    hit = clause_act(nxt, lang, words) if len(negs) == 1 else None
    if hit is None:
        return []
    return [Stance(target_lemma(nxt, hit[0]), -hit[1], words, phrase_text(nxt, hit[0]), recalled,
                   c.text if recalled else "")]


FUGE = ("ungs", "heits", "keits", "ions", "täts", "schafts")


def compound_sides(c: Clause, lang: str, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"Der Seilbahn-Gegner Fritz Ambacher": a compound whose head takes sides, in the phrase
    that names the speaker, is the speaker's stance on its first part."""
    heads = lexicon(lang).heads
    out: list[Stance] = []
    for p in c.phrases:
        if p.pronoun or not speaker_words or not _names_speaker(c, p, speaker_words):
            continue
        for w in c.words[p.start:p.end]:
            head = next((h for h in heads if w.noun and w.low.endswith(h) and len(w.low) - len(h) >= 3), None)
            if head is None:
                continue
            first = w.text[: len(w.text) - len(head)].rstrip("-")
            if first.lower().endswith(FUGE):
                first = first[:-1]  # the linking s: "Sanierungsgegner"
            out.append(Stance(first[:1].upper() + first[1:], heads[head], [w.text], first, recalled))
    return out


def frames_of(c: Clause, chosen: list[tuple[int, FrameWord]], nxt: Clause | None, prev: Clause | None, lang: str,
              speaker_words: set[str], earlier: Antecedent | None, lemmas: dict[int, str], recalled: bool) -> list[Stance]:
    """The stances the frame words ``chosen`` of clause ``c`` give, each frame word read once."""
    out: list[tuple[int, Stance]] = []
    used: set[int] = set()
    # "plädiert gegen X für Y": of the frames of one word, the preposition that follows it first
    chosen = sorted(chosen, key=lambda f: (f[0], next((p.start for p in c.phrases if p.prep == f[1].slot
                                                        and p.start > f[0]), len(c.words))))
    noun_slots = {fw.slot for i, fw in chosen if c.words[i].noun and fw.slot not in ("obj", "subj", "gen")
                  and any(p.prep == fw.slot and p.start > i for p in c.phrases)}  # (its phrase after it)
    for i, fw in chosen:
        if i in used or (not c.words[i].noun and fw.slot in noun_slots):
            continue  # "hat keine Einwände gegen X": the noun takes the phrase, not "haben gegen"
        found = frame_stances(c, i, fw, nxt, prev, lang, speaker_words, earlier, lemmas, recalled)
        if found is not None:
            out += [(i, st) for st in found]
            used.add(i)
    # "wies die Forderung nach X zurück": a frame noun whose stance a verb passed on to X (its
    # word among the verb's deciding words) is someone else's demand, no stance of its own, nor a target
    frames = lexicon(lang).frames
    said = {w for j, st in out for w in st.words[1:] if w != c.words[j].text}
    # (only nouns among those words are lemmatised: a lemma costs a tagger call for a new word)
    nouns = {w.text for w in c.words if w.noun and w.text in said and noun_lemma(w.text).lower() in frames}  # ("Forderungen")
    passed = said & ({c.words[j].text for j, _ in chosen} | nouns)
    # ("erteilte der Forderung nach X eine Absage": a frame noun passes it on as well)
    passed |= {noun_lemma(w) for w in passed}  # (the target is named by the lemma: "Forderungen" -> "Forderung")
    return [st for j, st in out if not (c.words[j].noun and c.words[j].text in passed) and st.target not in passed]


def deciding_words(c: Clause, i: int, fw: FrameWord, lemmas: dict[int, str]) -> list[str]:
    """The words of the frame as written ("lehnt … ab" for a separable verb)."""
    if i in lemmas and lemmas[i] in fw.words:
        return [c.words[i].text + " … " + lemmas[i][: len(lemmas[i]) - len(c.words[i].lemma)]]
    if len(fw.words) > 1 and not matches_at(c, i, fw.words, lemmas.get(i, c.words[i].lemma)):  # split: "legt … auf Eis"
        return [c.words[i].text + " … " + " ".join(w.text for w in c.words[len(c.words) - len(fw.words) + 1:])]
    return [c.words[i].text if len(fw.words) == 1 else " ".join(w.text for w in c.words[i:i + len(fw.words)])]


def frame_verb(c: Clause, i: int) -> int:
    """The verb whose subject holds the frame word at ``i``: finite_before, and for a frame noun after the clause's finite
    verb that verb ("ist die Opposition geschlossen gegen X": the Opposition's, not the noun's own place)."""
    verb = finite_verb(c) if c.words[i].noun else None
    return verb if verb is not None and verb < i else finite_before(c, i)


def frame_stances(c: Clause, i: int, fw: FrameWord, nxt: Clause | None, prev: Clause | None, lang: str,
                  speaker_words: set[str], earlier: Antecedent | None, lemmas: dict[int, str],
                  recalled: bool) -> list[Stance] | None:
    """The stances of frame word ``fw`` at word ``i``; None when it takes no position here."""
    lex = lexicon(lang)
    words = deciding_words(c, i, fw, lemmas)
    value = 1 if fw.value == "+1" else -1
    where: tuple[Clause, Phrase] | None = None
    sign = 1
    fronted = fronted_clause_subject(c, prev) if (fin := frame_verb(c, i)) == 0 else None
    # ("um X vorzuschlagen": an infinitive clause has no subject of its own)
    infinitive = not any("FIN" in w.tag for w in c.words) and c.words[i].tag in ("VV(IZU)", "VV(INF)") and fronted is None
    subject = None if infinitive else inverted_subject(c, subject_of(c, fin) or fronted, fin, speaker_words, fw.slot)
    own_phrase = phrase_at(c, i)
    if c.words[i].noun and own_phrase is not None and own_phrase.prep in SETTING:
        return None  # "Nach der Zustimmung der Aufsicht zu X sieht Y …": the setting, no position of Y's
    if no_position_here(c, i, fw, own_phrase, speaker_words) or agent_attribute(c, i):
        return None
    author = attribute_after(c, own_phrase, ()) if c.words[i].noun and own_phrase and fw.slot not in ("gen", "obj", "subj") else None
    if author is not None and not _names_speaker(c, author, speaker_words):
        return None  # "die Kritik des Fraktionschefs an X": the genitive's position, reported
    if fw.words[0] in lex.light or c.words[i].lemma in lex.light:
        light = light_use(c, i, own_phrase, lang, words)
        if light is None:
            return None
        where, sign = light
    if where is not None:
        pass
    elif fw.slot == "obj":
        where, sign = object_slot(c, i, subject, nxt, prev, lang, words, speaker_words)
    elif fw.slot == "gen":  # "die Ablehnung der Seilbahn", "ihre Unterstützung von X"
        after = attribute_after(c, own_phrase, ("von",)) if own_phrase is not None else None
        where = (c, after) if after is not None else None
    elif fw.slot == "subj" and (content := expletive_content(c, subject, nxt, lang, words, prev)) is not None:
        where, sign = content  # "Es kommt nicht infrage, die Schule zu schließen"
    elif fw.slot == "subj":
        pick = subject_slot(c, own_phrase, subject, speaker_words, earlier)
        if pick == "earlier" and earlier is not None:
            return earlier_stance(c, fw, own_phrase, earlier, words, lang, recalled)
        where = (c, pick) if isinstance(pick, Phrase) else talked_about(c, subject, nxt, prev) or (
            pronoun_object(c, subject) if any(w.lemma in JUDGING for w in c.words) else None) or (  # "wir halten sie für unnötig"
            pronoun_subject(c, i, subject, fw, speaker_words) if pick is None and earlier is None else None)  # "Die kommt nicht infrage"
    else:
        where, sign = preposition_slot(c, i, fw, nxt, prev, lang, words, speaker_words)
    if where is None or no_position_taken(c, i, fw, subject, own_phrase, where, speaker_words, lang):
        return None
    tc, tp = where
    keep = [p for p in (subject, own_phrase) if p is not None]
    negs = negations_in(c, lang, keep + [tp] if tc is c else keep, fw.slot, i)  # "nicht nur X, sondern auch Y": a '0' phrase
    negs = frame_noun_negations(c, i, own_phrase, negs, lang)
    for p in (own_phrase, tp if tc is c else None):  # "keine Einwände gegen X", "wir brauchen keine X"
        if p is not None and p.negated and p.start not in negs:
            negs.append(p.start)
    if fw.only_negated and not negs and not can_do_without(c, fw) or negs and unnegated(c, i, fw, lang, nxt):
        return None  # "Für den Posten kommen drei Kandidaten infrage": a possibility, no position
    said = list(words) + [c.words[n].text for n in negs]
    polarity, clause = value * sign * (-1) ** len(negs), c.text if recalled else ""
    tc.content = tc.content or tc is not c
    return [st for p, sign in targets_of(tc, tp) if not is_agent(tc, p, lang) and not holds_it(fw, c, tc, tp, subject, lang)
            for st in phrase_stances(tc, p, polarity * sign, said + [p.prep] * (sign < 0), lang, recalled, clause, nxt) if not (fw.drops and given_up_position(tc, p, st, lang))]


def given_up_position(c: Clause, p: Phrase, st: Stance, lang: str) -> bool:
    """A stance of a giving-up verb on the position noun it gives up ("gab ihren Widerstand auf"): giving up
    opposition changes the position on what was opposed, none on "Widerstand" itself (r33)."""
    return st.target == target_lemma(c, p) and noun_lemma(c.words[p.head].text).lower() in lexicon(lang).frames


def no_position_taken(c: Clause, i: int, fw: FrameWord, subject: Phrase | None, own_phrase: Phrase | None,
                      where: tuple[Clause, Phrase], speaker_words: set[str], lang: str) -> bool:
    """Whether frame word ``fw`` at ``i``, its thing found at ``where``, still takes no position of
    the speaker's: giving up what is no position or plan, someone else's position, a decision on a
    thing rather than an act."""
    tc, tp = where
    if fw.drops and not (holds_position(tc, tp, lang) or abandons(c, i, fw, lang) and given_up_thing(tc, tp, lang)):
        return True
    if fw.slot == "subj" and judging_verb(c, fw.slot) is None and lang == "de":
        from .clause_de import cites_other_source  # (it imports this module)

        if cites_other_source(c, speaker_words):
            return True  # "Laut Gutachten ist der Plan ein Fehler, sagte Y": the report's judgement, passed on
    if fw.slot != "subj" and someone_elses(c, passive_agent(c, i, lang) or subject, own_phrase, tc, tp, speaker_words) \
            and not can_do_without(c, fw) and not judged_need(c, i, fw, subject, tc, tp, lang):
        return True  # (what anyone can or cannot do without is a judgement: "Die Region kann auf X nicht verzichten")
    if fw.words[0] in row_words(lang, "need") and (needed_amount(tc, tp, lang) or past_need(c, i)
                                                   or any(adverbial_time(c, p) for p in c.phrases)):
        return True  # ("braucht noch drei Wochen", "brauchte im Winter Hilfe", "am Samstag einen Sieg": no position)
    return fw.decides and decides_no_act(c, tc, tp, lang)  # ("beschloss den Haushalt": an event, no position)


def judged_need(c: Clause, i: int, fw: FrameWord, subject: Phrase | None, tc: Clause, tp: Phrase, lang: str) -> bool:
    """A need or a reason stated of a subject that holds no position of its own (rows "need", "reason"):
    "Der Bahnhofsplatz brauche mehr Streetworker", "Das Spital benötige mehr Pflegekräfte", "Die Lage
    spricht gegen X" are the speaker's judgement. A reason's subject names no person or body ("Die
    Grünen sprachen gegen den Antrag" is theirs) and is told in the present ("Für den Angeklagten sprach
    sein Geständnis": narration, as a past need); a need credited to another source in its clause ("nach
    eigener Aussage", "laut Y", "Y zufolge") or inside another's view ("nach Ansicht der Opposition", "Die
    Gewerkschaft meint, …": Clause.in_view) is that source's, one under a condition of "ohne" none. A need
    is a demand only when urged ("dringend", "endlich") or asked for as more or none of the thing (urged_need),
    and only of a public subject (public_subject: "Die Gemeinden brauchen dringend mehr Geld"; not "Die
    Mannschaft braucht mehr Tore", "Der Motor braucht mehr Öl")."""
    if subject is None or subject.pronoun:
        return False
    word = fw.words[0]
    if word in row_words(lang, "reason"):
        return not position_holder(c, subject, lang) and not past_need(c, i)
    return (word in row_words(lang, "need") and urged_need(c, tc, tp, lang) and public_subject(c, subject, lang)
            and not (informant_words() | OWN_SOURCE | row_words(lang, "view")) & set(c.lows) and not c.in_view
            and not any(p.prep == "ohne" for p in c.phrases)  # ("Ohne die Kürzungen bräuchten viele keine Tafel")
            and not any(w.tag == "VV(IZU)" or w.low == "zu" and k + 1 < len(c.words) and c.words[k + 1].tag.startswith("V")
                        for k, w in enumerate(c.words)))  # ("brauchen keine Angst zu haben": the thing is the infinitive's)


def public_subject(c: Clause, p: Phrase, lang: str) -> bool:
    """A subject whose need is a public claim: a place, a polity or a public body or service (row "public",
    or a compound ending as row "public_ending": "Hauptstadt", "Dorfschule"), a country or capital, or a
    bare name (no article) ending like a place (row "place_ending": "Kirchdorf"). Not a person, a group, a team, an
    animal, a plant or a machine ("Die Mannschaft braucht mehr Tore", "Der Motor braucht mehr Öl")."""
    from ..actors.lexicon import lexicon as actor_lexicon

    head = c.words[p.head]
    low = noun_lemma(head.text).lower()
    public = row_words(lang, "public")
    if low in public or head.low in public or low.endswith(tuple(row_words(lang, "public_ending"))):
        return True
    actors = actor_lexicon(lang)
    if head.low in actors.countries or head.low in actors.capitals:
        return True
    return head.text[:1].isupper() and p.start == p.head and head.low.endswith(tuple(row_words(lang, "place_ending")))


def others_view(c: Clause, lang: str) -> bool:
    """A clause that opens another's view ("Die Gewerkschaft meint", "Die Opposition glaubt"): a view verb
    (row "view_verb") with no first person in the clause."""
    return bool(c.words) and any(w.lemma in row_words(lang, "view_verb") for w in c.words if w.tag.startswith("V")) \
        and not FIRST_PERSON & set(c.lows)


FIRST_PERSON = frozenset("ich wir".split())


def urged_need(c: Clause, tc: Clause, tp: Phrase, lang: str) -> bool:
    """A need said as a demand: urged (row "urging": "brauche dringend einen Radweg", "endlich eine Bahn") or
    asking for more or none of the thing ("mehr Streetworker", "keine Flutlichtanlage"). A plain need is a
    reason given ("die Betriebe bräuchten Planungssicherheit"), no position of its own."""
    first = tc.lows[tp.start] if tp.start < len(tc.words) else ""
    return bool(row_words(lang, "urging") & set(c.lows)) or tp.negated or first in NEGATING_DETERMINERS or first == "mehr"


OWN_SOURCE = frozenset("eigener eigenen".split())  # "nach eigener Aussage", "nach eigenen Angaben": the subject's word


def position_holder(c: Clause, p: Phrase, lang: str) -> bool:
    """A phrase naming who may hold a position: a person, a role, a group of people, a body, or a name
    the lexicon does not know as a noun ("Brüssel", "die Grünen")."""
    from ..actors import is_institution_word

    head = c.words[p.head]
    return (is_agent(c, p, lang) or person_noun(head.text, lang) or is_institution_word(head.text, lang)
            or not german_noun_lemma(head.text) or not head.noun)


def needed_amount(c: Clause, p: Phrase, lang: str) -> bool:
    """An amount or a step of procedure as the thing needed ("rund 1,2 Millionen Euro", "noch drei Wochen",
    "15.000 Rekruten", "mehrere Liter", "jeden Euro", "eine Genehmigung"): a number in the phrase or right
    before it, a time, a unit (row "amount") or a requirement (row "requirement")."""
    head = c.words[p.head]
    return (any(w.tag == "CARD" or w.text[:1].isdigit() for w in c.words[max(p.start - 1, 0):p.end])
            or time_word(head) or noun_lemma(head.text).lower() in row_words(lang, "amount") | row_words(lang, "requirement"))


def past_need(c: Clause, i: int) -> bool:
    """A need told in the past ("brauchte im Winter Hilfe", "hatte X gebraucht", "hat X gebraucht"):
    narration, no position. "bräuchte" (Konjunktiv II) is a present need."""
    fin = finite_verb(c)
    if fin is None:
        return False
    w = c.words[fin]
    return preterite(w) or w.low in PAST_AUX or w.lemma == "haben" and c.words[i].tag == "VV(PP)"


def passive_agent(c: Clause, i: int, lang: str) -> Phrase | None:
    """Who acts in a passive participle frame, for someone_elses: its agent ("Die Maut sei vom Stadtrat abgelehnt worden", "wurde
    von ihr begrüßt"): a von/durch phrase before the participle naming someone, who holds the
    position instead of the grammatical subject. "Die Schließung von Kliniken wurde abgelehnt" has none."""
    if c.words[i].tag != "VV(PP)" or not PASSIVE_AUX & set(c.lows):
        return None
    from ..actors import is_institution_word

    ends = {q.end for q in c.phrases}  # (a von-phrase right after a noun is its attribute)
    return next((p for p in c.phrases if p.prep in ("von", "durch") and p.end <= i and p.start - 1 not in ends
                 and (p.pronoun or is_agent(c, p, lang) or person_noun(c.words[p.head].text, lang)
                      or is_institution_word(c.words[p.head].text, lang))), None)


def frame_noun_negations(c: Clause, i: int, own_phrase: Phrase | None, negs: list[int], lang: str) -> list[int]:
    """The negations that reach a frame noun in the subject: none after a copula with a plain predicative
    ("Ihre Kritik an X ist nicht neu": the negation is the predicate's)."""
    fin = finite_verb(c)
    if own_phrase is None or not c.words[i].noun or fin is None or own_phrase.end > fin or not other_predicative(c, fin, lang):
        return negs
    return [n for n in negs if n < fin]


def other_predicative(c: Clause, fin: int, lang: str) -> bool:
    """A copula "ist" / "bleibt" at ``fin`` whose predicative is a plain adjective no frame lists ("ist nicht
    neu", "bleibt nicht folgenlos"): what the subject's frame noun says is not what the negation negates."""
    if c.words[fin].lemma not in ("sein", "bleiben") or fin + 1 >= len(c.words):
        return False
    last = c.words[-1]
    vocabulary = frame_vocabulary(lang)
    return (last.tag.startswith("ADJ") and not last.noun and last.low not in vocabulary and last.lemma not in vocabulary
            and not any(w.tag.startswith("V") for w in c.words[fin + 1:]))


def agent_attribute(c: Clause, i: int) -> bool:
    """"nach einem von Präsident X unterstützten Referendum": a participle with its agent inside a noun
    phrase (the tagger may read it as finite) describes the thing, it takes no position of the clause."""
    if not (c.words[i].tag.startswith("V") and i + 1 < len(c.words) and c.words[i + 1].noun):
        return False
    j = i - 1
    while j > 0 and c.words[j].noun:
        j -= 1
    return j < i - 1 and j > 0 and c.lows[j] in ("von", "vom") and c.lows[j - 1] in DETERMINERS


def can_do_without(c: Clause, fw: FrameWord) -> bool:
    """"Auf X kann man verzichten", "darauf könnten wir gut verzichten": being able to do without
    a thing dismisses it (as "kann auf X nicht verzichten" insists on it)."""
    return fw.words[0] == "verzichten" and fw.slot == "auf" and "können" in {w.lemma for w in c.words}


def _nobody(c: Clause, subject: Phrase) -> bool:
    """A negated subject that is nobody in particular ("Kein Mensch will X", "kein vernünftiger
    Politiker"): the speaker's own claim. "Keine der Fraktionen", "keine Partei im Landtag" count
    bodies someone else: a report of others' positions."""
    if not subject.negated or subject.start + 1 < len(c.words) and c.words[subject.start + 1].low in GENITIVE_ARTICLES | {"von"}:
        return False
    from ..actors.mentions import is_institution_word  # (the body nouns of the speaker rules)

    return not is_institution_word(c.words[subject.head].text, "de")


def unnegated(c: Clause, i: int, fw: FrameWord, lang: str, nxt: Clause | None) -> bool:
    """A demand or exclusion negated is no position: "fordert nicht die Abschaffung von X" (not
    demanding is no demand against), "wollte eine Steuererhöhung nicht ausschließen" (left open).
    Frames that raise their negation ("will keine X" = against X) are not listed. A contrast makes
    it one again: "fordert X, nicht aber Y", "fordert nicht Y, sondern X", "…, im Gegenteil"."""
    contrast = c.contrast or nxt is not None and nxt.contrast or "gegenteil" in c.lows
    return bool({fw.words[0], c.words[i].lemma} & lexicon(lang).unnegated) and len(fw.words) == 1 and not contrast


def no_position_here(c: Clause, i: int, fw: FrameWord, own_phrase: Phrase | None, speaker_words: set[str]) -> bool:
    """"Die Kritik an X wächst" (a noun telling how a debate stands) and "Am besten lässt sich X im
    Herbst klären" (an adjective saying how, not whether): no position of the speaker's."""
    if c.words[i].noun and fw.slot != "subj":
        return own_phrase is not None and not speakers_own(c, own_phrase, speaker_words) and (
            state_of_debate(c, own_phrase) or handled_position(c, own_phrase)
                                           or from_someone_else(c, speaker_words))
    if fw.slot == "subj" and own_phrase is not None and own_phrase.prep not in (None, "für"):
        return True  # "ist in Gefahr", "auf einer unzureichenden Ausbildung": no predicate ("hält X für einen Fehler" is)
    if fw.slot == "subj" and c.words[i].tag.startswith("V") and c.words[i].tag != "VV(PP)" and not fw.only_negated:
        return person_acts(c, i, speaker_words)
    return (fw.slot == "subj" and own_phrase is None and c.words[i].tag.startswith(("ADJ", "ADV"))
            and not fw.only_negated and adverbial_only(c))


def someone_elses(c: Clause, subject: Phrase | None, own_phrase: Phrase | None, tc: Clause, tp: Phrase,
                  speaker_words: set[str]) -> bool:
    """Someone else's position, reported ("Die Opposition lehne X ab, sagte …")."""
    return (subject is not None and bool(speaker_words) and not subject.pronoun and not _nobody(c, subject)
            and not (tc is c and subject is tp) and not _names_speaker(c, subject, speaker_words)
            and not (subject is own_phrase and speakers_own(c, subject, speaker_words))
            and not voiced_body(c, subject, speaker_words))


def voiced_body(c: Clause, subject: Phrase, speaker_words: set[str]) -> bool:
    """"Die Gemeinde lehne X ab, sagte Bürgermeister Y", "Der Sozialverband unterstütze X, erklärte
    Verbandschefin Y": a body the speaker's role heads speaks through the speaker, its position is
    the speaker's own (not "Der Gemeinderat lehne X ab, sagte Bürgermeister Y"; spoken_for.office_of),
    unless she reports its act (voicing)."""
    body = " ".join(w.low for w in c.words[subject.start:subject.end])
    return voicing(c, speaker_words) and (any(office_of(w, body, "de") for w in speaker_words)
                                          or own_body_again(c, subject, speaker_words))


def own_body_again(c: Clause, subject: Phrase, speaker_words: set[str]) -> bool:
    """"Gegen X habe der Verband nichts einzuwenden, erklärte die Vorsitzende des Waldbesitzerverbands, Y":
    a body noun with its article alone refers back to the body the speaker's own mention names (a word
    of it ending in the noun or in an ending data/body_kinds_de.tsv gives the noun: "der Verband" for
    "des Mieterbunds"), when her role heads a body (spoken_for.head_roles: "Vorsitzende", "Verbandschef")."""
    from ..actors.lexicon import kind_heads

    words = c.words[subject.start:subject.end]
    if len(words) != 2 or words[0].low not in DEFINITE or not words[1].noun:
        return False
    noun = words[1].low
    endings = (noun, *kind_heads("de").get(noun, ()))
    named = [w for w in speaker_words if w != noun and (w.endswith(endings) or w.endswith("s") and w[:-1].endswith(endings))]
    return bool(named) and any(role_is(w, head_roles("de"), bare=False) for w in speaker_words)


def voicing(c: Clause, speaker_words: set[str]) -> bool:
    """May a body's clause voice the position of its head who speaks (README "Stances", round 17)? Not
    when it tells the body's act as an event or plan (told_as_event: "Der Kreis habe X am Montag
    abgelehnt", "werde die Straße im Mai sperren"), nor when she is named as its source ("Laut
    Fraktionschef Y hat die Partei X verlangt", "nach Angaben von Y": source_span), nor when the
    statement sets her own view apart (Clause.apart)."""
    return not c.apart and not told_as_event(c) and not named_as_source(c, speaker_words)


OWN_VIEW = frozenset("selbst persönlich".split())  # "sie selbst", "er persönlich": the speaker apart from the body
COUNTERFACTUAL = frozenset("hätte hätten wäre wären würde würden".split())
OTHER_CHOICE = frozenset("anders lieber".split())  # "ich hätte anders entschieden", "sie hätte lieber gewartet"


def sets_view_apart(text: str, lang: str = "de", speaker_words: frozenset[str] | set[str] = frozenset(),
                    parsed: dict[str, list[Clause]] | None = None) -> bool:
    """Does the text hold a clause of the speaker's own view set apart from the body's (README
    "Stances"): a first-person or "sie selbst / er persönlich" clause whose predicate is counterfactual
    or other ("ich persönlich hätte anders entschieden", "sie selbst hätte lieber gewartet")? Not "aber
    ich verstehe die Pendler" nor "sie selbst fahre täglich nach Kassel". ``parsed``: where to keep the
    clauses of each sentence read (read_stances reads them once)."""
    words = WORD.findall(text.lower())
    if "ich" not in words and OWN_VIEW.isdisjoint(words):
        return False
    return any(view_apart(c) for clauses in clauses_in(text, lang, speaker_words, parsed) for c in clauses)


def clauses_in(text: str, lang: str, speaker_words: frozenset[str] | set[str] = frozenset(),
               parsed: dict[str, list[Clause]] | None = None) -> Iterator[list[Clause]]:
    """The clauses of each sentence of ``text``, read one sentence at a time (a caller that stops
    early reads no more); ``parsed`` keeps each sentence's clauses for a later reader."""
    parsed = {} if parsed is None else parsed
    for sentence in SENTENCE_BREAK.split(text):
        if sentence.strip():
            if sentence not in parsed:
                parsed[sentence] = sentence_clauses(sentence, lang, set(speaker_words))
            yield parsed[sentence]


def view_apart(c: Clause) -> bool:
    """One clause of the speaker's own view, set apart (sets_view_apart)."""
    own = "ich" in c.lows or any(w in ("sie", "er") and x in OWN_VIEW for w, x in zip(c.lows, c.lows[1:]))
    return own and (not COUNTERFACTUAL.isdisjoint(c.lows) or not OTHER_CHOICE.isdisjoint(c.lows))


def named_as_source(c: Clause, speaker_words: set[str]) -> bool:
    """Is the speaker named in the clause as the informant it cites (source_span: "laut Y", "Y zufolge",
    "nach Angaben von Y"), not as its subject ("Bürgermeister Y lehnt X ab") nor as the one whose view
    or words it gives ("nach Ansicht von Y", "nach den Worten seines Präsidenten Y": her own position)?"""
    span = source_span(c, speaker_words)
    return any(c.lows[j] in informant_words() for j in span if 0 <= j < len(c.lows))


@lru_cache(maxsize=None)
def informant_words() -> frozenset[str]:
    return INFORMANT | row_words("de", "informant")


INFORMANT = frozenset("laut zufolge".split())  # (of source_span's words: a report passed on, no view; with row "informant")


POINT_IN_TIME = frozenset("am im ab bis vom zum".split())  # prepositions of a point in time ("seit": how long)


def told_as_event(c: Clause) -> bool:
    """An act told as an event or plan: a verb of happening (rows "happen": "finde im Oktober statt"), a
    past or perfect form of the verb ("hat X am Montag abgelehnt", "lehnte am Montag X ab") or a "werden"
    of the future or passive ("werde X im Herbst freigeben", "werde im Herbst eröffnet"), with a point
    in time as an adverbial of that clause. A present
    position ("lehnt X ab", "ist gegen X", "fordert X", "und bleibt dabei") stays one whatever time
    words it holds; a time inside a prepositional object ("gegen ein Fahrverbot am Wochenende") never counts."""
    fin = finite_verb(c)
    if fin is None or not any(adverbial_time(c, p) for p in c.phrases):
        return False
    w = c.words[fin]
    if len(c.words) > fin + 1 and c.lows[-1] + w.lemma in row_words("de", "happen"):
        return True  # "die Versammlung finde im Oktober statt": a happening with its time, in any tense
    if any(x.tag == "VV(FIN)" and not preterite(x) for x in c.words):
        return False  # (a present full verb: a position)
    rest = c.words[fin + 1:]
    return preterite(w) or w.lemma in ("haben", "sein") and any(x.tag == "VV(PP)" for x in rest) \
        or w.lemma == "werden" and any(x.tag in ("VV(INF)", "VV(PP)") for x in rest)


def adverbial_time(c: Clause, p: Phrase) -> bool:
    """A point in time ("am Montag", "im Oktober", "bis Ende März", "am 3. Mai") as an adverbial of the
    clause: not right after a prepositional phrase, whose attribute it is ("gegen ein Fahrverbot am Wochenende")."""
    if p.start < 1 or c.lows[p.start - 1] not in POINT_IN_TIME:
        return False
    if not any(time_word(w) or time_compound(w.low) for w in c.words[p.start:p.end]):
        return False
    return not any(q.end == p.start - 1 and q.prep is not None for q in c.phrases)


def preterite(w: Word) -> bool:
    """A finite past form: weak ("lehnte", "forderten") or strong, unlike every present form of its
    infinitive ("sprach", "wies"; not "spricht"), or a strong plural: "-en" on a singular HanTa takes
    for a finite form of the same verb ("sprachen", "wiesen", "hielten"; not "sprechen", the present
    plural is the infinitive, nor the Konjunktiv II "sprächen")."""
    if "FIN" not in w.tag or not w.lemma.endswith("n") or w.low == w.lemma:
        return False
    stem = w.lemma[:-2] if w.lemma.endswith("en") else w.lemma[:-1]
    if w.low.startswith(stem):
        return w.low[len(stem):] in ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")
    if w.tag != "VV(FIN)" or any(v in w.low for v in "äöü"):
        return False
    if w.low.endswith("en"):
        return _analyse(w.low[:-2]) == (w.lemma, "VV(FIN)")
    return not w.low.endswith(("t", "st", "e"))


def speakers_own(c: Clause, p: Phrase, speaker_words: set[str]) -> bool:
    """"Die Kritik von Bürgermeisterin Y an X fiel deutlich aus": a position noun whose von-phrase
    right after it names the speaker is the speaker's own position."""
    q = attribute_after(c, p, ("von",))
    return bool(speaker_words) and q is not None and q.prep == "von" and _names_speaker(c, q, speaker_words)


def person_acts(c: Clause, i: int, speaker_words: set[str]) -> bool:
    """A verb that judges its subject ("Die Reform schade dem Mittelstand", "lohnt sich"; not a
    participle: "hält X für verfehlt") judges only a thing: with a person or the speaker as its subject ("Er half den Familien") it tells what
    someone did."""
    subject = subject_of(c, finite_before(c, i))
    return (subject is None or subject.pronoun and c.words[subject.head].low in PERSONAL - {"sie", "es"}
            or bool(speaker_words) and _names_speaker(c, subject, speaker_words))


HANDLED = (None, "auf", "von", "an", "über")  # where the verbs of "about -" rows take what they handle


@lru_cache(maxsize=None)
def report_verbs(lang: str = "de") -> dict[str, frozenset[str | None]]:
    """The "about" rows of the frames file: verbs that handle a position without taking it, with
    the prepositions of the phrase they handle it in (slot "-": the object or auf/von/an/über)."""
    out: dict[str, set[str | None]] = {}
    for value, slot, forms in frame_rows(lang):
        for w in forms if value == "about" else ():
            out.setdefault(w.lower().replace("_", ""), set()).update(HANDLED if slot == "-" else (slot,))
    return {k: frozenset(v) for k, v in out.items()}


POSSESSIVE_STEMS = ("mein", "unser", "sein", "ihr", "euer", "eur")  # a possessive: the position is the one named's own


def handled_position(c: Clause, p: Phrase) -> bool:
    """"Er werde die Forderung nach X prüfen", "verwies auf die große Unterstützung für X", "reagierte
    auf die Kritik an X": a position noun that a verb of the "about" rows handles is someone's
    position, reported, unless the speaker's own ("erinnerte an seine Forderung nach X")."""
    if c.words[p.start].low.startswith(POSSESSIVE_STEMS):
        return False  # (and "In einem Plädoyer für X verwies sie auf …": the setting, not what is handled)
    if debated_in(c, p):
        return True
    lemmas = separable_lemmas(c)
    verbs = report_verbs()
    full = [(k, w) for k, w in enumerate(c.words) if not w.noun and w.tag.startswith("VV")]
    handling = [k for k, w in full if p.prep in verbs.get(lemmas.get(k, w.lemma), verbs.get(w.lemma, ()))]
    # the object only of a clause whose full verbs all handle it, and not its subject
    # ("äußerten Bedenken gegen X und verweisen auf …", "Gegner des Gesetzes verweisen auf …")
    return bool(handling) and (p.prep is not None or len(handling) == len(full) and c.phrases[0] is not p)


def debated_in(c: Clause, p: Phrase) -> bool:
    """"vertagte die Verhandlung über die Klage gegen X", "leitete die Debatte um die Kritik an X": a
    position noun in the über/um phrase of a debate noun is what is debated, someone's position."""
    before = [q for q in c.phrases if q.end == p.start - 1]  # (the preposition between)
    return p.prep in ("über", "um") and bool(before) and noun_lemma(c.words[before[0].head].text).lower() in row_words("de", "debate")


def finite_verb(c: Clause) -> int | None:
    """The index of the clause's first finite verb (a noun tagged as one is none), else None."""
    return next((k for k, w in enumerate(c.words) if "FIN" in w.tag and not w.noun), None)


def from_someone_else(c: Clause, speaker_words: set[str]) -> bool:
    """"Die Forderung nach X kam vom Bürgerverein", "Kritik gebe es vor allem von den Anwohnern":
    a position that comes from someone other than the speaker."""
    fin = finite_verb(c)
    if fin is None or not speaker_words or c.words[fin].lemma not in SOURCE_VERBS:
        return False
    sources = [q for q in c.phrases if q.prep == "von" and not q.pronoun]
    return bool(sources) and not any(_names_speaker(c, q, speaker_words) for q in sources)


SOURCE_VERBS = frozenset("kommen geben".split())  # "Kritik kam von Y", "Zustimmung gab es von Y"


def state_of_debate(c: Clause, p: Phrase) -> bool:
    """"Die Kritik an X wächst", "Die Forderung nach X wird beraten", "Die Zustimmung zu X liegt bei
    54 Prozent": a frame noun heading the clause's subject tells how a debate stands, not where the
    speaker stands. It is the speaker's when it is their own ("Unser Nein zu X steht"), comes from
    someone ("Kritik kam von Y") or is an object put first, its subject after the verb ("Kritik an
    X übte Y", "Ihre Ablehnung der X bekräftigte sie")."""
    fin = finite_verb(c)
    if fin is not None and "es" in c.lows and any(w.lemma == "geben" for w in c.words) and not p.negated \
            and not any(w in ("von", "vom") for w in c.lows):
        return True  # "Es gebe viel Kritik an X" (but "Von uns gibt es ein klares Ja zu X")
    if fin is None or p.prep is not None or p.end > fin or c.phrases[0] is not p:
        return False
    if c.words[p.start].low.startswith(POSSESSIVE_STEMS) or c.words[fin].lemma in SOURCE_VERBS:
        return False
    return not any(q.prep is None and q.start > fin and not _genitive_attribute(c, q)
                   and c.words[q.head].low not in OBJECT_PRONOUNS for q in c.phrases)


def earlier_stance(c: Clause, fw: FrameWord, own_phrase: Phrase | None, earlier: Antecedent, words: list[str], lang: str,
                   recalled: bool) -> list[Stance] | None:
    """An evaluation whose subject is a pronoun for the last target ("Sie ist ein Fehler")."""
    negs = negations_in(c, lang, [p for p in (own_phrase,) if p is not None])
    if fw.only_negated and not negs:
        return None
    said = words + [c.words[n].text for n in negs]
    value = 1 if fw.value == "+1" else -1
    return [Stance(earlier.target, value * (-1) ** len(negs), said, earlier.phrase, recalled, c.text if recalled else "")]


def expletive_content(c: Clause, subject: Phrase | None, nxt: Clause | None, lang: str,
                      words: list[str], prev: Clause | None = None) -> tuple[tuple[Clause, Phrase], int] | None:
    """"Es kommt nicht infrage, die Schule zu schließen", "es ist ein Fehler, X abzuschaffen": the
    expletive "es" stands for the zu-infinitive or dass-clause after it; that clause's act decides.
    A dass- or zu-clause put first is the subject itself ("Dass X stillgelegt wird, kommt nicht in Betracht",
    "Den Bauhof zu schließen, kommt nicht infrage")."""
    if (subject is None and c.words and "FIN" in c.words[0].tag and prev is not None and prev.words
            and (prev.words[0].low == "dass" or infinitive_clause(prev))):
        hit = clause_act(prev, lang, words)
        return ((prev, hit[0]), hit[1]) if hit else None
    if (subject is None or c.words[subject.head].low != "es" or nxt is None or not nxt.words
            or not (nxt.words[0].low == "dass" or has_zu(nxt))):
        return None
    hit = clause_act(nxt, lang, words)
    return ((nxt, hit[0]), hit[1]) if hit else None


def infinitive_clause(c: Clause) -> bool:
    """A zu-infinitive clause without a finite verb ("den Bauhof zu schließen")."""
    return not any("FIN" in w.tag for w in c.words) and has_zu(c)


def has_zu(c: Clause) -> bool:
    """A zu-infinitive in the clause: "abzuschaffen" (VV(IZU)) or a "zu" ("zu schließen")."""
    return any(w.tag == "VV(IZU)" or w.low == "zu" for w in c.words)


def light_use(c: Clause, i: int, own_phrase: Phrase | None, lang: str,
              words: list[str]) -> tuple[tuple[Clause, Phrase] | None, int] | None:
    """A light verb ("wollen", "gehören") beside a full verb is an auxiliary: a plan (None), unless
    that verb is an act ("will X abschaffen", "X gehört abgeschafft"); alone it is the main verb
    ((None, 1): read its slot), but a modal never is ("das Haus gehört der Stadt": None)."""
    full = [v for v in nonfinite_verbs(c) + infinitives_read_finite(c, i) + fronted_infinitive(c, i) if v != i
            and not (own_phrase and own_phrase.start <= v < own_phrase.end)]
    if not full:
        return None if c.words[i].lemma in lexicon(lang).modal else (None, 1)
    if c.words[i].lemma in TENSE_AUX and all(c.words[v].tag == "VV(PP)" for v in full):
        return None  # a tense, no position: "hat einen Krisenstab eingerichtet"
    hit = act_object(c, lang, words, negated_object=False)  # (the frame reads its own clause's "kein")
    return None if hit is None else ((c, hit[0]), hit[1])


def infinitives_read_finite(c: Clause, i: int) -> list[int]:
    """"Man müsse davor warnen", "Wir wollen X fördern": after a finite modal at ``i`` a full verb
    in -en that the tagger read as finite is the modal's infinitive (a clause has one finite verb)."""
    if "FIN" not in c.words[i].tag or not c.words[i].tag.startswith("VM"):
        return []
    return [v for v in range(i + 1, len(c.words)) if c.words[v].tag == "VV(FIN)" and c.words[v].low.endswith("en")]


# (not subject.fronted_infinitive_form: a Word has no .quote, and _analyse gates HanTa by fast_tag, with no VV(INF) shortcut)
def fronted_infinitive(c: Clause, i: int) -> list[int]:
    """"Sagen wollte X nur so viel", "Näher erläutern wollte X das nicht": the word right before the
    finite verb at ``i``, capitalised or not, that opens the clause (manner adverbs before it) and
    that HanTa reads alone as an infinitive is the verb's complement, not an object noun."""
    k = i - 1
    if k < 0 or "FIN" not in c.words[i].tag or not all(w.tag in ("ADV", "ADJ(D)") for w in c.words[:k]):
        return []
    lemma, tag = _analyse(c.words[k].low)
    return [k] if tag.startswith("VV") and lemma.replace("ß", "ss") == c.words[k].low.replace("ß", "ss") \
        and c.words[k].low.endswith("n") else []


def phrase_stances(c: Clause, phrase: Phrase, polarity: int, said: list[str], lang: str, recalled: bool,
                   clause: str, nxt: Clause | None = None) -> list[Stance]:
    """The stance on a phrase, passed through its acts to their thing ("Ausstieg aus der Kohle"),
    with the act itself ("Kürzung der Beiträge verurteilen" = -1 Kürzung) and the act compound."""
    said = list(said)
    if c.lows[phrase.start] in LESS and not phrase.pronoun and phrase.head > phrase.start:
        polarity, said = -polarity, said + [c.lows[phrase.start]]  # (r13deb) "weniger X": a quantity against X
    tc2, tp2, act_sign = follow_acts(c, phrase, said, lang)
    if tp2.pronoun:
        return []
    if tp2 is not phrase and (own := authored_content(c, phrase, nxt, lang, said)) is not None:
        cc, q, value = own  # "hielt wenig vom Vorschlag der Bürgerliste, eine Fähre einzurichten": the content
        return [Stance(target_lemma(cc, q), polarity * value, list(dict.fromkeys(said)), phrase_text(cc, q), recalled, clause)]
    said = list(dict.fromkeys(said))
    if (decided := decided_thing(tc2, tp2, lang)) is not None:  # "begrüßte die Entscheidung": what was decided
        return [Stance(decided[0], polarity * act_sign * decided[1], said, phrase_text(tc2, tp2), recalled, clause)]
    out = [Stance(named_target(tc2, tp2, lang), polarity * act_sign, said, phrase_text(tc2, tp2), recalled, clause)]
    if out[0].target == target_lemma(tc2, tp2) and points_back(tc2, tp2) and not contrasted(tc2) \
            and (compound := compound_named_before(tc2, out[0].target)) is not None:
        out.append(replace(out[0], target=compound))  # "die Trasse" after "die Stromtrasse": both names
    if (number := number_after(tc2, tp2)) is not None:  # "Tempo 30", "die Linie 9": the number names it too
        out.append(replace(out[0], target=f"{out[0].target} {number}"))
    if tp2 is phrase:
        out += compound_act(out[0], lang)
    nested = nested_frame(tc2, tp2, lang)
    if nested is not None:  # "begrüßte das Nein des Rats zum Kraftwerk" = -1 Kraftwerk
        q, value, word = nested
        out.append(Stance(target_lemma(tc2, q), polarity * act_sign * value, said + [word],
                          phrase_text(tc2, q), recalled, clause))
    content = act_content(tc2, tp2, nxt if tc2 is c else None, lang, said)
    if content is not None:  # "verteidigte seinen Vorschlag, eine Maut einzuführen" = +1 Maut
        cc, q, value = content
        out.append(Stance(target_lemma(cc, q), polarity * act_sign * value, said, phrase_text(cc, q),
                          recalled, clause))
    carrier = c.words[phrase.head].noun and carrier_of(c.words[phrase.head], lang)
    if tp2 is not phrase and not carrier:
        if act_sign == 1 and tc2 is c:
            out += act_compound(c, phrase, tp2, out[0])
        if not (act_sign < 0 and target_lemma(c, phrase).lower() in BARE_ENDINGS):  # "Ausstieg aus X": X only
            out.append(Stance(target_lemma(c, phrase), polarity, said, phrase_text(c, phrase), recalled, clause))
    elif carrier and len(out) > 1 and tp2 is phrase:  # "lobte den Schritt, X einzuführen": the content only
        out = out[1:]
    return out


# the issue's bare ending acts: "Ausstieg aus / Ende / Stopp von X" is a position on X, not on the act
BARE_ENDINGS = frozenset("ausstieg ende stopp abschaffung stilllegung abschaltung verzicht moratorium".split())
ENDING_HEADS = ("ausstieg", "stopp", "abschaffung", "verbot", "schließung", "schliessung", "stilllegung", "verzicht",
                "moratorium")  # (the ending acts of the issue's "Ausstieg / Ende / Stopp / Abschaffung / Verzicht")


def compound_act(st: Stance, lang: str) -> list[Stance]:
    """A compound whose head ends its first part, read like "Ausstieg aus X": "den Kohleausstieg
    fordern" = -1 Kohle, "das Glyphosatverbot begrüßen" = -1 Glyphosat."""
    low = st.target.lower()
    if low in lexicon(lang).acts:
        return []
    for act in ENDING_HEADS:
        if low.endswith(act) and len(low) - len(act) >= 4:
            first = st.target[: len(st.target) - len(act)].rstrip("-")
            if first.lower().endswith(FUGE):
                first = first[:-1]  # the linking s: "Versicherungsausbau"
            return [Stance(noun_lemma(first[:1].upper() + first[1:]), -st.value, st.words + [st.target], first, st.recalled,
                           st.clause)]
    return []


def act_content(c: Clause, p: Phrase, nxt: Clause | None, lang: str, said: list[str]) -> tuple[Clause, Phrase, int] | None:
    """An act noun whose content is the zu-clause after it ("die Entscheidung, das Bad zu
    schließen"): where the act's object is and the sign both acts give."""
    head = c.words[p.head]
    entries = [fw for fw in act_entries(head, lang) if fw.noun]
    if not entries or nxt is None:
        return None
    words = [head.text]
    where, sign = zu_complement(c, p, nxt, lang, words)
    if where is None:
        return None
    said += [w for w in words if w not in said]
    return where[0], where[1], sign * (-1 if entries[0].value == "flip" else 1)


def authored_content(c: Clause, p: Phrase, nxt: Clause | None, lang: str, said: list[str]) -> tuple[Clause, Phrase, int] | None:
    """A carrier noun ("Vorschlag", "Idee", "Plan") with a definite genitive and a zu-clause after it
    ("den Plan des Landes, eine Abgabe einzuführen", "die Idee der Eltern, einen Hort zu eröffnen"):
    the genitive says whose it is, the zu-clause what it is. Where the stance is then, as
    act_content gives it; None for another shape ("die Idee der Ganztagsschule": the genitive is what)."""
    head = c.words[p.head]
    author = attribute_after(c, p, ())
    if not (head.noun and author is not None and author.prep is None and c.lows[author.start] in DEFINITE):
        return None
    if carrier_of(head, lang):
        return act_content(c, p, nxt, lang, said)
    if not any(fw.slot == "inf" and fw.value == "+1" for fw in lexicon(lang).frames.get(noun_lemma(head.text).lower(), ())):
        return None  # (a proposal noun, rows "+1 inf": "der Antrag der Fraktion, X zu tun" proposes the act)
    words = [head.text]
    where, sign = zu_complement(c, p, nxt, lang, words)
    if where is None:
        return None
    said += [w for w in words if w not in said]
    return where[0], where[1], sign


def holds_position(c: Clause, p: Phrase, lang: str) -> bool:
    """A noun that names a position or a plan ("Widerstand gegen X", "Forderung nach X", "die
    Idee, X einzuführen"): what a giving-up verb can take. Giving up a position reverses it, as
    a coder of positions reads a change of mind: "gab ihren Widerstand gegen X auf" = +1 X (no
    longer against, the project's reading of "nicht gegen X"), "zog ihre Unterstützung für X
    zurück" = -1 X; giving up a thing or a person ("verabschiedete sich von den Kollegen") is none."""
    low = noun_lemma(c.words[p.head].text).lower()
    lex = lexicon(lang)
    return c.words[p.head].noun and (low in lex.frames or any(fw.noun for fw in lex.acts.get(low, ()))
                                     or any(len(low) > len(k) + 2 and low.endswith(k) for k in proposal_heads(lang)))


@lru_cache(maxsize=2)
def proposal_heads(lang: str) -> frozenset[str]:
    """Nouns of a proposal or request whose content is their zu-clause (rows "+1 inf": "Antrag",
    "Gesuch", "Vorschlag"), six letters or more: as compound heads they name a position too
    ("zog den Bauantrag für X zurück", "das Baugesuch")."""
    return frozenset(w.lower() for v, slot, forms in frame_rows(lang) if v == "+1" and slot == "inf"
                     for w in forms if w[:1].isupper() and len(w) >= 6)


def abandons(c: Clause, i: int, fw: FrameWord, lang: str) -> bool:
    """A verb that gives up a thing, not only a position ("beerdigte die Maut"; rows "abandon")."""
    return not c.words[i].noun and "_".join(fw.words) in row_words(lang, "abandon")


def given_up_thing(c: Clause, p: Phrase, lang: str) -> bool:
    """"hat sich von der Stadtbahn verabschiedet", "hat die Maut beerdigt": a thing named with the
    definite article or a demonstrative (a plan under debate) that is given up is rejected; a person,
    a body or one's own ("von seinen Mitarbeitern", "ihr Amt") is none."""
    head = c.words[p.head]
    # (an active finite clause: "Die Linie wird vorerst nicht eingestellt" is a plan, "…, X einzustellen" a content)
    active = finite_verb(c) is not None and not PASSIVE_AUX & set(c.lows)
    definite = c.lows[p.start] in POINTING or p.start > 0 and c.lows[p.start - 1] in CONTRACTED  # ("vom Parkdeck")
    return head.noun and active and definite and not is_agent(c, p, lang) and not names_someone(c, p, lang)


def names_someone(c: Clause, p: Phrase, lang: str) -> bool:
    """The phrase's head is a role, a group of people or a person one has ("Kollegen", "die Kinder",
    row "personal"): someone, not a thing one can be for or against."""
    from ..actors.lexicon import lexicon as actor_lexicon
    from ..actors.roles import role_word

    head = c.words[p.head]
    lemma, people = noun_lemma(head.text), actor_lexicon(lang)
    return role_word(lemma, people) is not None or bool(
        {head.low, lemma.lower()} & (set(people.groups) | row_words(lang, "personal")))


def nested_frame(c: Clause, p: Phrase, lang: str) -> tuple[Phrase, int, str] | None:
    """A frame noun as the target ("das Nein zum Kraftwerk", "die Forderung nach X", "die
    Ablehnung der Seilbahn"): its own phrase after it (a genitive author may stand between),
    its polarity and its word."""
    head = c.words[p.head]
    frames = lexicon(lang).frames
    for fw in frames.get(head.low, ()) or frames.get(noun_lemma(head.text).lower(), ()):  # ("Forderungen nach X")
        if fw.slot == "gen" and (q := attribute_after(c, p, ("von",))) is not None and not q.pronoun:
            return q, 1 if fw.value == "+1" else -1, head.text
        if fw.slot in PREPOSITIONS.values() and len(fw.words) == 1:
            q = attribute_after(c, p, (fw.slot,))
            if q is not None and q.prep is None:  # the genitive author first
                q = attribute_after(c, q, (fw.slot,))
            if q is not None and q.prep == fw.slot and not q.pronoun:
                return q, 1 if fw.value == "+1" else -1, head.text
    return None


LINKED_SUFFIXES = tuple(f[:-1] for f in FUGE)  # ("ung", "heit", …: the first parts that take a linking s)


def act_compound(c: Clause, act: Phrase, thing: Phrase, st: Stance) -> list[Stance]:
    """A keep act right before its thing, as the compound a later article may name it by
    ("den Ausbau des Flughafens" -> "Flughafenausbau"), with the stance on the thing."""
    if attribute_after(c, act, ("von", "aus", "für", "an", "auf")) is not thing:
        return []
    first, act_name = target_lemma(c, thing), noun_lemma(c.words[act.head].text)
    link = "s" if first.lower().endswith(LINKED_SUFFIXES) else ""  # "Wohnungsbau": these suffixes always take the s
    hyphened = first[-1:].isdigit() or first.isupper() or " " in first  # "A44-Ausbau", "Kelmbach-II-Weiterbetrieb"
    name = f"{first.replace(' ', '-')}-{act_name}" if hyphened else first + link + act_name.lower()
    return [Stance(name, st.value, st.words, " ".join(w.text for w in c.words[act.start:thing.end]), st.recalled, st.clause)]


def object_slot(c: Clause, i: int, subject: Phrase | None, nxt: Clause | None, prev: Clause | None, lang: str,
                words: list[str], speaker_words: set[str]) -> tuple[tuple[Clause, Phrase] | None, int]:
    """Where the object of the frame word at ``i`` stands, and the sign of an act it passes through.
    The phrase naming the speaker is no object ("X müsse gestrichen werden, verlangte der Verbandschef Y")."""
    if subject is not None and c.words[i].noun and _dative_after_opening_verb(c, subject):
        subject = None  # "Die Chefin, Y, gab der Busspur ihren Segen": the subject stood before the apposition
    objects = [p for p in c.phrases if p.prep is None and p is not subject and not p.pronoun
               and c.words[p.head].low not in OBJECT_PRONOUNS and not (_genitive_attribute(c, p) and not _after_name(c, p, speaker_words))
               and not (speaker_words and _names_speaker(c, p, speaker_words))
               and not _joined_to_subject(c, p, subject) and not (p.start > 0 and c.lows[p.start - 1] == "als")
               and not preposition_conjunct(c, p)]
    # an object after a conjunction belongs to the next verb ("hat X aufgegeben und unterstützt nun Y")
    after = [p for p in objects if p.start > i and not any(w.low in ("und", "oder") and w.tag == "KON"
                                                            for w in c.words[i + 1:p.start])]
    # the particle of a separated verb closes its clause ("lehnt X ab, sie schade dem Y": no object after "ab")
    closed = next((k for k in range(i + 1, len(c.words)) if c.words[k].tag == "PTKVZ"), len(c.words))
    after = [p for p in after if p.start < closed]
    before = [p for p in objects if p.end <= i]
    # ("Eine Bettensteuer lehnt er dagegen ab": with an object of its own, "dagegen" contrasts, points to nothing)
    pointer = any(w.low in POINTERS and not (w.low == "dagegen" and (before or after)) for w in c.words[i:])
    passive = subject is not None and not subject.pronoun and any(w.low in PASSIVE_AUX for w in c.words)
    credited = after[0] if after and not pointer else subject if passive and not before else None
    if credited is not None and credited_for(c, credited, lang, credited is subject):  # "lobte die Dezernentin für X"
        return _reason_after(c, credited), 1  # ("Die Stadtwerke wurden für den Verkauf kritisiert")
    if after and not pointer:
        where = (c, after[0])
    elif before and not pointer:
        where = (c, first_of_run(c, before))
    elif passive:
        where = (c, subject)  # a passive: "die Steuer wurde abgelehnt"
    else:  # the object is a clause: "forderte, die Sanktionen aufzuheben" (its act read once)
        for other in (c, nxt, prev):
            hit = None if other is None else act_object(other, lang, words) if other is c else clause_act(other, lang, words, unlisted=True)
            if hit:
                return (other, hit[0]), hit[1]
        return (pronoun_object(c, subject) if c.words[i].lemma not in lexicon(lang).light else None), 1
    return where, act_verb_after(c, where[1], lang, words, i)


def pronoun_object(c: Clause, subject: Phrase | None) -> tuple[Clause, Phrase] | None:
    """"Die Ministerin lehnt sie inzwischen ab", "wir unterstützen ihn": an object pronoun (not the
    subject, not "es") stands for the thing named before."""
    pronouns = [k for k, w in enumerate(c.words) if w.low in ("sie", "ihn", "das", "dies") and phrase_at(c, k) is not subject
                and (k == 0 or c.lows[k - 1] not in PREPOSITIONS) and main_clause_word(c, k)]
    # ("wir", not "sie"; but a "sie" before another pronoun is the subject: pronouns stand nominative first,
    # "nun unterstützt sie ihn", "jetzt befürwortet sie sie")
    clear = subject is not None and (not subject.pronoun or c.lows[subject.head] in NOMINATIVE
                                     or bool(pronouns) and c.lows[subject.head] == "sie" and subject.head < pronouns[0])
    if not pronouns or not clear:
        return None
    # the last thing named before that the pronoun agrees with, past a view of the speaker's own ("hat ihre
    # Unterstützung aufgekündigt. … lehne ich sie ab": the thing, not the support); only in the last sentence
    # that names one: further back a person named between may be meant ("Die Stadt plant eine Seilbahn.
    # Bürgermeisterin X legte den Haushalt vor. Wir unterstützen sie": X, not the Seilbahn)
    return next((t for t in reversed(last_sentence_things(c)) if not owned(*t) and agrees(c.lows[pronouns[0]], *t)), None)


SUBJECT_PRONOUNS = {"er": "ihn", "sie": "sie", "der": "ihn", "die": "sie"}  # (the agreement of each, as agrees reads it)


def pronoun_subject(c: Clause, i: int, subject: Phrase | None, fw: FrameWord,
                    speaker_words: set[str]) -> tuple[Clause, Phrase] | None:
    """An evaluation whose subject is a pronoun for the thing named just before, when no stance came
    before to name it ("Der Rat will eine Maut. „Die kommt für uns nicht infrage“", "Sie sei ein
    Irrweg"): the last thing named before that the pronoun agrees with. Only "er" / "sie" and the
    demonstratives "der" / "die" standing alone before the finite verb ("das" may stand for a whole
    event: "Das ist eine Katastrophe"); an adjective judges a thing only after a demonstrative ("Sie
    sei skeptisch" tells of a person). Where a person or body other than the speaker agrees with the
    pronoun in the sentence that names the thing, "er" / "sie" may stand for it: no target; a
    demonstrative passes over a subject and what stands before the thing (it points to the last
    thing named, not to the topic). The thing must have been put up for debate where it was named
    (put_up): a thing an event only tells of is no matter ("Der Frost hat die Ernte vernichtet. Die
    ist eine Katastrophe")."""
    fin = finite_verb(c)
    if fin is None or c.words[i].tag.startswith("V") and not c.words[i].noun:
        return None  # (verbs that judge their subject, "Sie schade dem Ort", may tell what a person does)
    if fin == 1 and c.lows[0] in ("der", "die"):
        k = 0  # "Die kommt für uns nicht infrage": a demonstrative alone before the finite verb
    elif subject is not None and subject.pronoun and c.lows[subject.head] in ("er", "sie") and subject.prep is None \
            and subject.head in (fin - 1, fin + 1) and (c.words[i].noun or fw.only_negated):
        k = subject.head  # "Sie sei ein Fehler", "Für uns ist sie keine Option"
    else:
        return None
    if c.lows[fin] in ("sind", "seien", "waren", "wären") and c.lows[k] != "sie" or c.lows[fin] == "sind" and k == 0:
        return None  # (a plural verb after "der": no demonstrative of a thing)
    if c.lows[fin] in PAST_AUX or preterite(c.words[fin]):
        return None  # "Die Feuerwehr will die Übung wiederholen. Die war ein Erfolg": what happened, no prospect judged
    if any(p.prep == "für" and p.pronoun and c.lows[p.head] in ("sie", "ihn", "er") for p in c.phrases):
        return None  # "Die sei für sie ein Gewinn": judged for others, whose view it may be
    pronoun = SUBJECT_PRONOUNS[c.lows[k]]
    reached = last_sentence_things(c)
    things = [t for t in reached if not owned(*t) and t[0].lows[t[1].start] in DETERMINERS and agrees(pronoun, *t) and not proposer(*t)]
    if not things:
        return None
    tc, tp = things[-1]
    if not put_up(tc, tp):
        return None
    clauses = list({id(x): x for x, _ in reached}.values())
    demonstrative = k == 0 and c.lows[k] in ("der", "die")
    for x in clauses:
        subject_x = subject_of(x, fin_x) if (fin_x := finite_verb(x)) is not None else None
        for q in x.phrases:
            if q.prep is not None or not person_agrees(x, q, pronoun, speaker_words):
                continue
            # a demonstrative points past the subject to the last thing named ("Der Rat will eine Maut. Die
            # kommt nicht infrage"); "er" / "sie" may be any person named there, the subject first
            if not demonstrative or q is not subject_x and (x is not tc or q.start > tp.start):
                return None
    return tc, tp


def proposer(c: Clause, p: Phrase) -> bool:
    """The subject of an active clause: who puts a thing up ("Die Stadtwerke planen neue Windräder"), not the
    thing put up; a passive one ("Eine Maut wird erwogen") or one named as debated ("Die geplante Maut sorgt
    für Streit") has the thing as its subject."""
    fin = finite_verb(c)
    return fin is not None and c.words[fin].lemma != "werden" and p is subject_of(c, fin) and not under_debate(c, p, "de")


def put_up(c: Clause, p: Phrase) -> bool:
    """A thing put up for debate where it is named: planned, proposed, demanded or debated ("Der Rat plant
    eine Maut", "hat eine Bettensteuer ins Gespräch gebracht", "das geplante X"), not one an event
    only tells of ("Der Frost hat die Ernte vernichtet")."""
    if under_debate(c, p, "de"):
        return True
    rows = row_words("de", "proposing")
    lemmas = {w.lemma for w in c.words if w.tag.startswith("V")} | set(separable_lemmas(c).values())
    return bool(lemmas & rows) or any(f"{a}_{b}" in rows for a, b in zip(c.lows, c.lows[1:])) \
        or any(f"{a}_{b}_{d}" in rows for a, b, d in zip(c.lows, c.lows[1:], c.lows[2:]))


def person_agrees(c: Clause, p: Phrase, pronoun: str, speaker_words: set[str]) -> bool:
    """A person or body the pronoun may stand for: a role or body with an agreeing article, or a name
    (not the speaker's)."""
    if p.pronoun or speaker_words and _names_speaker(c, p, speaker_words):
        return False
    head = c.words[p.head]
    if head.noun and not german_noun_lemma(head.text):
        return True  # a name ("Birgit Offenbacher"): of either gender
    return (is_agent(c, p, "de") or person_noun(head.text, "de")) and agrees(pronoun, c, p)


def last_sentence_things(c: Clause) -> tuple[tuple[Clause, Phrase], ...]:
    """The things of the last sentence before the clause (its statement's own clauses before it count as one)
    that names a thing other than a view of the speaker's own: the part of earlier_things a pronoun can reach."""
    things = earlier_things(c)
    if c.named is None or not things:
        return things
    groups = [things_in_sentence(x, c.named.lang) for x in last_sentences(c.named.context)]
    groups.append(things[sum(len(g) for g in groups):])  # (named_before's sentences, then the statement's own clauses)
    return next((g for g in reversed(groups) if any(not owned(*t) for t in g)), ())


def main_clause_word(c: Clause, k: int) -> bool:
    """A word of a main clause: after its finite verb, or first before it ("Das halte ich für falsch"),
    not the relative pronoun of a clause with its verb last ("…, das er für kontraproduktiv hält")."""
    fin = finite_verb(c)  # (a present "-t" form HanTa took for a participle is finite: present_in_second_place)
    return fin is not None and (k > fin or k == fin - 1 == 0) and fin < len(c.words) - 1 - (c.words[-1].tag == "PTKVZ")


AGREEING = {"sie": frozenset("die eine keine diese jene".split()), "ihn": frozenset("der den einen keinen diesen jenen".split())}


def agrees(pronoun: str, c: Clause, p: Phrase) -> bool:
    """"sie" for a feminine or plural thing ("die Maut", "Studiengebühren"), "ihn" for a masculine one;
    "das" / "dies" for any. Told by the thing's article as written (bare: a plural)."""
    article = c.lows[p.start] if c.words[p.start].low in DETERMINERS else ""
    if pronoun not in AGREEING or not article:
        return pronoun != "ihn" or bool(article)
    return article in AGREEING[pronoun]


def _after_name(c: Clause, p: Phrase, speaker_words: set[str]) -> bool:
    """"Eine Absage erteilte Minister Y der Steuer": a "der" phrase right after the speaker's name
    is a dative object, no genitive of the name."""
    return (p.start > 0 and c.lows[p.start] in GENITIVE_ARTICLES and c.lows[p.start - 1] in speaker_words
            and c.words[p.start - 1].noun)


def preposition_conjunct(c: Clause, p: Phrase) -> bool:
    """A phrase without a preposition joined by "und" / "oder" to a prepositional phrase of the same shape
    (both bare, or both with an article): the preposition's second noun, no object ("eine Steuer auf
    Einwegbecher und Pizzakartons", "Beschwerden über Geruch und Lärm"); "eine Abgabe auf Zucker und ein
    Verbot von X" joins a second object."""
    if p.prep is not None or p.start < 2 or c.lows[p.start - 1] not in ("und", "oder", "sowie"):
        return False
    q = next((q for q in c.phrases if q.end == p.start - 1), None)
    return q is not None and q.prep is not None and not q.pronoun \
        and (c.lows[q.start] in DETERMINERS) == (c.lows[p.start] in DETERMINERS)


def first_of_run(c: Clause, objects: list[Phrase]) -> Phrase:
    """The last object before the verb, or the first of the coordinated run it ends ("Weder die Fusion
    der Sparkassen noch die Schließung von Filialen werde er mittragen": the Fusion, the rest joined)."""
    k = len(objects) - 1
    while k > 0:
        gap = [j for j in range(objects[k - 1].end, objects[k].start) if phrase_at(c, j) is None
               and not (c.lows[j] in PREPOSITIONS and phrase_at(c, j + 1) is not None)]
        if not gap or not all(c.lows[j] in COORDINATION for j in gap):
            break
        k -= 1
    return objects[k]


REASON_PREPOSITIONS = frozenset("für wegen ob".split())


def credited_for(c: Clause, p: Phrase, lang: str, passive: bool) -> bool:
    """Whether the one praised or blamed ("lobte die Dezernentin für X", "Die Stadtwerke wurden für X
    kritisiert") is only credited, the reason phrase after it the thing: with a person or role in
    an active clause always, else where the reason is an act or the credited one's own deed ("für
    den Verkauf", "für ihren Einsatz"), not a name's attribute ("das Museum für Naturkunde")."""
    from ..actors import is_institution_word

    if is_agent(c, p, lang) and not passive:
        return True
    if not (is_agent(c, p, lang) or is_institution_word(c.words[p.head].text, lang)):
        return False
    hit, fin = _reason_after(c, p), finite_verb(c)
    return hit is not None and (not passive or fin is not None and hit[1].start > fin) and (
        bool(act_entries(c.words[hit[1].head], lang)) or c.lows[hit[1].start].startswith(POSSESSIVE_STEMS))


def _reason_after(c: Clause, person: Phrase) -> tuple[Clause, Phrase] | None:
    """The thing a person is praised or blamed for ("lobte die Dezernentin für die Fahrradstraße",
    "kritisierte den Bürgermeister wegen der Parkgebühren"); None: a person is never the target."""
    q = next((q for q in c.phrases if q.start >= person.end and q.prep in REASON_PREPOSITIONS and not q.pronoun), None)
    return (c, q) if q is not None else None


def _joined_to_subject(c: Clause, p: Phrase, subject: Phrase | None) -> bool:
    """"X und andere Verbände haben sich angeschlossen": a phrase joined by und / sowie / oder
    between the subject and the finite verb is part of the subject, no object."""
    fin = next((k for k, w in enumerate(c.words) if "FIN" in w.tag), len(c.words))
    return (subject is not None and subject.end <= p.start < fin and p.start > 0
            and c.words[p.start - 1].low in ("und", "sowie", "oder"))


def talked_about(c: Clause, subject: Phrase | None, nxt: Clause | None, prev: Clause | None) -> tuple[Clause, Phrase] | None:
    """"Das ist der falsche Weg", sagte X über die Maut: a demonstrative subject stands for what
    the saying clause names with über / zu."""
    verbless = not any(w.tag.startswith("V") and not w.noun for w in c.words)
    shown = (any(p.pronoun and p.prep is None and c.lows[p.head] in DEMONSTRATIVES and p is not subject
                 and main_clause_word(c, p.head) for p in c.phrases)
             and any(w.lemma in JUDGING for w in c.words))  # ("hält das für falsch"; not "Das ist eine Katastrophe")
    said_of = subject is not None and c.words[subject.head].low in DEMONSTRATIVES  # "Das ist falsch", sagte Y über X
    if not verbless and not shown and not said_of:
        return None
    for other in (nxt, prev):
        about = [p for p in other.phrases if p.prep in ("über", "zu") and not p.pronoun] if other else []
        if about:
            return other, about[0]
        if other is not None and verbless and (commented := commented_object(other)) is not None:
            return other, commented
    return antecedent(c) if shown else None  # the thing named before


COMMENTING = frozenset("kommentieren quittieren urteilen".split())
QUOTING = COMMENTING | {"sagen", "meinen"}  # "„Ein Fehler“, sagte Y": the verbless piece is a quote, no fronted object


def commented_object(c: Clause) -> Phrase | None:
    """"„Ein guter Tag für die Pflege“, kommentierte Y die Regelung": the object of a verb of
    commenting is what the verbless quote judges (the phrase after the commenter's)."""
    verb = next((k for k, w in enumerate(c.words) if w.lemma in COMMENTING and not w.noun), None)
    after = [p for p in c.phrases if verb is not None and p.start > verb and p.prep is None and not p.pronoun]
    return after[-1] if len(after) > 1 else None


def subject_slot(c: Clause, own_phrase: Phrase | None, subject: Phrase | None, speaker_words: set[str],
                 earlier: Antecedent | None) -> Phrase | str | None:
    """What an evaluation judges: a phrase of the clause, "earlier" (a pronoun for the last
    target) or None."""
    if own_phrase is not None and (subject is own_phrase or not any(w.lemma in COPULAS for w in c.words)):
        return None  # "die falsche Politik …", "verhindert nötige Investitionen": attributes, no predicate
    judged_object = any(w.lemma in JUDGING for w in c.words)  # ("bezeichnete den Ausbau als X": the object is judged)
    cands = [p for p in c.phrases if p.prep is None and p is not own_phrase
             and not (p.start > 0 and c.words[p.start - 1].low == "als")
             and (judged_object or not never_nominative(c, p) and not owned_genitive(c, p, speaker_words))]
    seen_in = [p for p in c.phrases if p.prep == "in" and not p.pronoun and p is not own_phrase]
    if seen_in and any(w.lemma in ("sehen", "erkennen", "erblicken") for w in c.words):
        return seen_in[0]  # "sieht in der Reform einen Fortschritt"
    if nothing_judged(c, own_phrase, cands):
        return None
    judging = any(w.lemma in JUDGING for w in c.words) and len(cands) > 1
    for p in cands:
        head = c.words[p.head]
        if p.pronoun and head.low in OWN or (speaker_words and not p.pronoun and _names_speaker(c, p, speaker_words)):
            continue
        if judging and p is subject:  # "Die Opposition hält X für verfehlt": someone else judges
            if p.pronoun:
                continue  # "er hält X für verfehlt": the speaker
            if not any(q.pronoun and c.words[q.head].low in ("er", "sie") for q in cands if q is not p):
                return None  # (but "X halte sie für verfehlt": the object first, "sie" judges)
        if p.pronoun and head.low in ("er", "sie", "es") and earlier is not None:
            return "earlier"
        if p.pronoun or head.low in DEMONSTRATIVES:
            return None
        return p
    return None


def owned_genitive(c: Clause, p: Phrase, speaker_words: set[str]) -> bool:
    """A genitive attribute of the phrase before it ("Beschwerden der Anwohner"); not after the speaker's name,
    which takes none ("aus Sicht von Y der Verkauf": the subject after her name)."""
    return _genitive_attribute(c, p) and not any(q.end == p.start and _names_speaker(c, q, speaker_words) for q in c.phrases)


def adverbial_only(c: Clause) -> bool:
    """An evaluating adjective in a clause whose finite verb neither is a copula nor judges ("Am
    besten lasse sich X klären", "X wird gut angenommen") says how something is done, not
    whether it should be."""
    verbs = [w for w in c.words if w.tag.startswith("V") and not w.noun]
    if not any("FIN" in w.tag for w in verbs):
        return False
    passive = any(w.lemma == "werden" for w in verbs) and any(w.tag == "VV(PP)" for w in verbs)
    lemmas = {w.lemma for w in verbs} | set(separable_lemmas(c).values())
    judged = lemmas & PREDICATE_VERBS or c.lows[-1] == "gegenüber"  # ("steht X kritisch gegenüber")
    return passive or not judged


def nothing_judged(c: Clause, own_phrase: Phrase | None, cands: list[Phrase]) -> bool:
    """"Das Risiko eines Ausfalls sei gering": the evaluating noun heads the subject; "Die Polizei
    sieht keine Gefahr": the only phrase of an active judging verb is who judges, not what."""
    fin = finite_verb(c)
    if fin is None:
        return False
    if own_phrase is not None and c.phrases[0] is own_phrase and own_phrase.end <= fin and not predicate_first(c, own_phrase):
        return True
    active = any(w.lemma in JUDGING and "FIN" in w.tag for w in c.words) and not any(w.lemma == "werden" for w in c.words)
    return active and len(cands) == 1 and cands[0].end <= fin


def predicate_first(c: Clause, p: Phrase) -> bool:
    """"Als Schnapsidee bezeichnete Y X", "Für einen großen Fehler hält Y X": a predicate marked by
    als / für with a judging verb may open the clause; it is then no subject, it judges the object."""
    marked = p.prep == "für" or p.start > 0 and c.lows[p.start - 1] == "als"
    named = p.prep is None and c.lows[p.start] in INDEFINITE - NEGATING_DETERMINERS  # "Einen Fehler nannte Y X"
    return (marked and any(w.lemma in JUDGING and not w.noun for w in c.words)
            or named and any(w.lemma == "nennen" and "FIN" in w.tag for w in c.words)
            or copular_predicate(c, p))


def copular_predicate(c: Clause, p: Phrase) -> bool:
    """"Ein Fehler sei die Schließung der Bücherei gewesen", "Ein Segen für die Pendler ist die
    Stadtbahn", "Der falsche Weg ist die Privatisierung": an evaluating noun (with its attributes)
    before a finite "sein" / "bleiben" is the predicate when a noun phrase in the nominative follows
    the verb (after adverbs and prepositional phrases): that phrase is the subject it judges ("Das
    Risiko eines Ausfalls sei gering" has no second phrase and stays the subject)."""
    fin = finite_verb(c)
    if fin is None or fin < p.end or c.words[fin].lemma not in ("sein", "bleiben"):
        return False
    if any(q.prep is None and p.end <= q.start < fin for q in c.phrases):
        return False  # another phrase of its own before the verb
    after = next((q for q in c.phrases if q.start > fin and q.prep is None), None)
    return (after is not None and not after.pronoun and c.words[after.head].low not in DEMONSTRATIVES
            and c.words[after.start].low not in NEGATING_DETERMINERS  # ("Ein Fehler ist kein Verbrechen")
            and not any(w.tag.startswith("V") or not w.text[:1].isalnum() for w in c.words[fin + 1:after.start]))


def clause_act(other: Clause, lang: str, words: list[str], unlisted: bool = False) -> tuple[Phrase, int] | None:
    """The act of another clause standing for the object, with that clause's own negation
    ("pochte darauf, das Jugendzentrum nicht zu schließen" = +1 Jugendzentrum). ``unlisted``: the
    clause is what a frame verb or noun takes ("warnte davor, …", "forderte, …", "die Entscheidung,
    …"), where an act no row lists counts too (unlisted_act); not an evaluation's expletive ("Am
    besten sei es, die Unterlagen einzureichen": how, not whether)."""
    hit = act_object(other, lang, words) or (unlisted_act(other, lang, words) if unlisted else None)
    if hit is None:
        return None
    negs = negations_in(other, lang, [hit[0]])
    words += [other.words[n].text for n in negs]
    return hit[0], hit[1] * (-1) ** len(negs)


def unlisted_act(other: Clause, lang: str, words: list[str]) -> tuple[Phrase, int] | None:
    """A zu-infinitive content whose verb no act row lists ("warnte davor, im Forst einen Nationalpark
    auszuweisen", "forderte, die Ufer zu renaturieren"): a transitive act does what it names to its one
    object, it brings it about or uses it (+1 to the object, as "keep"); the sign of the frame decides.
    Verbs that handle or merely happen ("prüfen", "beginnen"; rows "about", "happen"), frame verbs, listed acts,
    a person or a body as the object, and a clause with more than one object are none."""
    verbs = [k for k, w in enumerate(other.words) if not w.noun and w.tag.startswith("V")]
    if not verbs or any("FIN" in other.words[k].tag for k in verbs):
        return None
    k = verbs[-1]
    verb = other.words[k]
    if not (verb.tag == "VV(IZU)" or verb.tag.startswith("VV") and k > 0 and other.lows[k - 1] == "zu"):
        return None
    lemma = separable_lemmas(other).get(k, verb.lemma)
    if any(x in lexicon(lang).frames or x in lexicon(lang).acts or x in row_words(lang, "about") or x in row_words(lang, "happen")
           for x in (lemma, verb.lemma)):
        return None  # (membership, not a set of the 955 frame words built per clause; a listed act that act_object
    # read without a thing, "40 Millionen Euro einzusparen", "Energie einzusparen", does not become a "keep")
    objects = [p for p in other.phrases if p.prep is None and p.end <= k and not p.pronoun]
    if len(objects) != 1 or other.lows[max(objects[0].start - 1, 0)] == "als":
        return None
    thing = objects[0]
    if is_agent(other, thing, lang) or country(other, thing, lang) \
            or any(w.noun and person_noun(w.text, lang) for w in other.words[thing.start:thing.end]):
        return None
    words.append(verb.text)
    return thing, 1


def zu_complement(c: Clause, p: Phrase | None, nxt: Clause | None, lang: str,
                  words: list[str]) -> tuple[tuple[Clause, Phrase] | None, int]:
    """The zu-infinitive a noun takes as its content ("seine Forderung, die Steuer abzuschaffen",
    "die Entscheidung, das Bad zu schließen"): the act's object in the next clause and the act's
    sign. Only for the object of a clause with a verb of its own: in "Der Vorschlag, X
    einzuführen, werde geprüft" nobody takes a position."""
    verbs = [k for k, w in enumerate(c.words) if w.tag.startswith("V") and not w.noun]  # ("wir bedauern": VV(INF))
    fin = next((k for k in verbs if "FIN" in c.words[k].tag), verbs[0] if verbs else None)
    if nxt is None or fin is None or not infinitive_clause(nxt):
        return None, 1
    author = attribute_after(c, p, ()) if p is not None else None  # "den Beschluss des Rates, X zu schließen"
    if p is not None and (p.pronoun or any(q.start >= p.end and q.prep is None and q is not author for q in c.phrases)
                          or subject_of(c, fin) is p and c.words[p.start].low not in OWN_DETERMINERS):  # "Mein Vorschlag ist, …"
        return None, 1
    hit = clause_act(nxt, lang, words, unlisted=True)
    return ((nxt, hit[0]), hit[1]) if hit else (None, 1)


def werden_passive(c: Clause, i: int) -> bool:
    """A participle at ``i`` with a finite "werden" in its clause ("Im Bericht wird festgehalten, dass …"): the
    dass-clause after it is the passive's subject, what is recorded, not the prepositional object a feeling
    leaves its "darüber" out of ("zeigte sich enttäuscht, dass …")."""
    return c.words[i].tag == "VV(PP)" and any(w.lemma == "werden" and "FIN" in w.tag for w in c.words) and not any(
        w.lemma in ("sein", "haben") and w.tag.endswith("(INF)") for w in c.words[i + 1:])
    # ("Ich werde enttäuscht sein, dass …": werden with an infinitive after the participle is the future, no passive)


def preposition_slot(c: Clause, i: int, fw: FrameWord, nxt: Clause | None, prev: Clause | None, lang: str,
                     words: list[str], speaker_words: frozenset[str] | set[str] = frozenset()) -> tuple[tuple[Clause, Phrase] | None, int]:
    """The noun phrase after the frame's preposition: "für X", "gegen X", "vor X", "von X";
    "davor, X zu tun" points to the next clause."""
    if fw.slot in SIDES and any(a in SIDES and b in ("noch", "oder", "und") and d in SIDES and a != d
                                for a, b, d in zip(c.lows, c.lows[1:], c.lows[2:])):
        return None, 1  # "weder für noch gegen X", "Argumente für und gegen X": no side taken
    pps = [p for p in c.phrases if p.prep == fw.slot and not p.pronoun and c.words[p.head].low not in TIME_NOUNS
           and not since_phrase(c, p)  # ("hat von Anfang an nichts von X gehalten")
           and (p.start > i or not c.words[i].noun or p.start == 1)  # a noun's phrase follows it: "Absage an X"
           and not p.start <= i < p.end  # (never the noun's own phrase: "An meiner Kritik am Parkhaus …")
           and not noun_attribute(c, p, c.words[i].lemma) and not in_speakers_name(c, p, speaker_words)]
    # (or opens the clause: "An der Reform übte X scharfe Kritik")
    pointer = any(POINTERS.get(w.low) == fw.slot for w in c.words)
    if not pps and not pointer and prev is not None and prev.words and POINTERS.get(prev.words[0].low) == fw.slot:
        nxt = prev  # "Davor, die Steuer zu erhöhen, warnte X": the pointer opens the clause before
        pointer = True
    if pps and not pointer and c.words[i].noun and c.words[min(pps, key=lambda p: abs(p.start - i)).start - 1].low in DATIVE_CONTRACTIONS \
            and (dative := dative_object(c, i, speaker_words, lang)) is not None \
            and all(p.start > dative.start for p in pps) \
            and not (c.lows[dative.end:dative.end + 1] and c.lows[dative.end] in POSTPOSITIONS):
        return (c, dative), 1  # "Eine Absage erteilte Y dem Neubaugebiet am Ortsrand": the dative, not its place
    if pps and not pointer:
        words.append(fw.slot)
        return (c, min(pps, key=lambda p: abs(p.start - i))), 1
    if not pps and not pointer and c.words[i].noun and (dative := dative_object(c, i, speaker_words, lang)) is not None:
        return (c, dative), 1  # "signalisierte dem Konzept ihre Zustimmung": the dative takes the noun's side
    if not pps and not pointer and (c.words[i].noun or fw.slot == "inf"):  # "wiederholte seine Forderung, X zu lockern"
        return zu_complement(c, phrase_at(c, i) if c.words[i].noun else None, nxt, lang, words)
    if (not pps and not pointer and nxt is not None and nxt.words and nxt.words[0].low == "dass"
            and c.words[i].tag.startswith(("ADJ", "VV(PP)")) and c.words[i].lemma not in lexicon(lang).light
            and not werden_passive(c, i)):
        hit = clause_act(nxt, lang, words)  # "zeigte sich enttäuscht, dass X gestrichen wird": "darüber" left out
        return ((nxt, hit[0]), hit[1]) if hit else (None, 1)
    if not pps and not pointer and _correlate_left_out(c, i, nxt, lang):  # "warnte, die Förderung zu streichen"
        hit = clause_act(nxt, lang, words, unlisted=True)
        return ((nxt, hit[0]), hit[1]) if hit else (None, 1)
    for other in (nxt, resumed_infinitive(c, prev, fw.slot)) if pointer else ():
        hit = None if other is None else clause_act(other, lang, words, unlisted=True)
        if hit:
            words.insert(1, next(w.text for w in c.words + other.words if POINTERS.get(w.low) == fw.slot))
            return (other, hit[0]), hit[1]
    clause_after = nxt is not None and nxt.words and (nxt.words[0].low in ("dass", "wenn", "ob") or has_zu(nxt))
    if not pps and not pointer and not clause_after and not c.words[i].noun and ALSO & set(c.lows) \
            and (same := parallel_thing(c, fw.slot)) is not None:
        words.append(next(w for w in c.lows if w in ALSO))  # "…, nun warnt auch die Deichacht": what they warned of
        return same, 1
    at = next((k for k, w in enumerate(c.words) if POINTERS.get(w.low) == fw.slot), None)
    if at is not None and not clause_after and not c.words[i].noun and pointer_alone(c, at) and (before := antecedent(c)):
        words.append(c.words[at].text)  # "sprach sich dafür aus", "ist klar dagegen": the thing named before
        return before, given_up_sign(c, i, fw, before, lang)
    return None, 1


def resumed_infinitive(c: Clause, prev: Clause | None, slot: str) -> Clause | None:
    """"Die Station zu schließen, davor hat Y gewarnt": a zu-infinitive clause put before the clause that its
    pointer opens is what the pointer stands for (the act read with its sign), as a clause after it is."""
    if prev is None or not c.words or POINTERS.get(c.lows[0]) != slot or not has_zu(prev) \
            or any("FIN" in w.tag for w in prev.words) or titled(prev):
        return None
    return prev


def titled(c: Clause) -> bool:
    """A capitalised article inside the clause opens a title or quote ("Das Buch „Die Station zu schließen“"):
    the zu-infinitive in it is a name, no act put before a pointer."""
    return any(w.text[:1].isupper() and w.low in DETERMINERS for w in c.words[1:])


def given_up_sign(c: Clause, i: int, fw: FrameWord, where: tuple[Clause, Phrase], lang: str) -> int:
    """The sign a pointer's thing takes: 1, but where a giving-up verb (rows "drop", "abandon": "rückte
    davon ab") points back to a position a clause before took on it ("die sich gegen X ausgesprochen
    hatte, rückte nun davon ab"), the pointer stands for that position, and giving it up reverses it as
    "gab ihren Widerstand gegen X auf" does (+1 X): the sign that makes the frame's value the old one's
    opposite (round 32; before, "abrücken von" read the thing itself: -1 X, the old position again). Any
    tense of the clause before: the position is recalled by the pointer, not by a past perfect ("hat X
    lange abgelehnt, rückt nun aber davon ab", "sprach sich im Frühjahr gegen X aus. Nun rückt sie davon
    ab"); a plan or demand before is given up as the thing itself is (-1: "Die Stadt plant X. Y rückte davon ab")."""
    tc, tp = where
    lemma = separable_lemmas(c).get(i, c.words[i].lemma).lower()
    if tc is c or lemma not in row_words(lang, "drop") | row_words(lang, "abandon"):
        return 1
    held = {st.value for st in read_clause(tc, None, None, lang, set(), None) if st.phrase == phrase_text(tc, tp)}
    return -held.pop() * (1 if fw.value == "+1" else -1) if len(held) == 1 else 1


ALSO = frozenset("auch ebenfalls".split())


def parallel_thing(c: Clause, slot: str) -> tuple[Clause, Phrase] | None:
    """"Verbände haben vor der Vertiefung gewarnt, nun warnt auch die Deichacht": a frame whose phrase is
    left out after "auch" takes the one of its preposition named last before (the same position again)."""
    if c.named is None:
        return None
    lang = c.named.lang
    clauses = [b for x in last_sentences(c.named.context, 2) for b in sentence_clauses(x, lang)] + list(c.named.clauses)
    return next(((b, p) for b in reversed(clauses) for p in reversed(b.phrases)
                 if p.prep == slot and not p.pronoun and b.words[p.head].noun and b.words[p.head].low not in TIME_NOUNS
                 and not is_agent(b, p, lang) and not person_noun(b.words[p.head].text, lang)), None)


def pointer_alone(c: Clause, at: int) -> bool:
    """"hält wenig davon", "sprach sich am Montag dafür aus": a pointer that stands for a thing, in an
    active finite clause with no object and no phrase after it. An adversative "dagegen" has other
    complements ("Reuters spricht dagegen von zehn Flugzeugen", "Y hat dagegen X verteidigt")."""
    fin = finite_verb(c)
    if fin is None or PASSIVE_AUX & set(c.lows) or has_zu(c):
        return False
    subject = subject_of(c, fin)
    # (the pointer may open the clause, its subject after the verb: "Davon halte ich nichts", "Dafür sprach
    # sich am Montag Y aus")
    return not any(p.start > at and c.words[p.head].low not in TIME_NOUNS and p is not subject
                   or p.prep is None and p is not subject and p.start > fin and not p.pronoun for p in c.phrases)


DATIVE = frozenset("dem einem diesem jedem".split())
DATIVE_CONTRACTIONS = frozenset("am im beim vom zum zur".split())  # (a place or time after a dative object)
POSTPOSITIONS = frozenset("nach zufolge gegenüber entsprechend zuliebe".split())  # ("dem Vernehmen nach": no object)


def dative_object(c: Clause, i: int, speaker_words: set[str], lang: str) -> Phrase | None:
    """A position noun without its preposition, the object of a verb whose dative names the thing
    ("Ihre Zustimmung signalisierte Y dem Konzept", "gab dem Plan seine Unterstützung"): that dative
    (or a "der" phrase right after the speaker's name), when it is no person or body."""
    own = phrase_at(c, i)
    if (own is None or own.prep is not None or finite_verb(c) is None or _genitive_attribute(c, own)
            or person_noun(c.words[i].text, lang)  # ("dem Verdacht der Kritiker": no position noun of the verb)
            or is_agent(c, own, lang)):  # ("Die Opposition werde dem Budget zustimmen": the body, no position)
        return None
    return next((p for p in c.phrases if p.prep is None and not p.pronoun and p is not own
                 and (c.lows[p.start] in DATIVE or _after_name(c, p, speaker_words)
                      or _fronted_dative(c, p, speaker_words) or _dative_after_opening_verb(c, p))
                 and not _names_speaker(c, p, speaker_words) and not is_agent(c, p, lang)
                 and not (_genitive_attribute(c, p) and not _after_name(c, p, speaker_words))), None)


def _dative_after_opening_verb(c: Clause, p: Phrase) -> bool:
    """"Die Chefin der Werke, Y, erteilte der Busspur eine Absage": the clause opens with its finite verb
    (its subject stood before the apposition's comma) and a "der" phrase follows the verb: no genitive
    (it follows no noun) and no subject (that stood first), so a (feminine) dative object."""
    fin = finite_verb(c)
    opening = fin == 0 or fin == 1 and c.lows[0] in ("und", "aber", "doch", "sondern")
    return opening and p.start == fin + 1 and c.lows[p.start] == "der"


def _fronted_dative(c: Clause, p: Phrase, speaker_words: set[str]) -> bool:
    """"Der Reform erteilte Ministerin Y eine Absage": a "der" phrase before the finite verb is a
    (feminine) dative object when the subject stands after the verb, the speaker's name or a
    nominative pronoun ("Der Reform erteilte sie eine Absage"); "Der Rat erteilte …" keeps its subject."""
    fin = finite_verb(c)
    if fin is None or p.start != 0 or c.lows[0] != "der":
        return False
    end = p.end
    for q in c.phrases:  # with its genitive: "Der Fusion der Kliniken gab Y ihre Zustimmung"
        if q.start == end and q.prep is None and _genitive_attribute(c, q):
            end = q.end
    if end != fin:
        return False
    after = next((q for q in c.phrases if q.prep is None and q.start > fin), None)
    return after is not None and after.start == fin + 1 and (
        _names_speaker(c, after, speaker_words) or after.pronoun and c.words[after.head].low in NOMINATIVE | {"sie"})


def _correlate_left_out(c: Clause, i: int, nxt: Clause | None, lang: str) -> bool:
    """A verb of a prepositional frame right before a zu-infinitive, its "davor" / "dafür" left
    out ("warnte, die Förderung zu streichen", "plädierte, die Steuer abzuschaffen")."""
    w = c.words[i]
    return (nxt is not None and not w.noun and w.tag.startswith("V") and w.lemma not in lexicon(lang).light
            and i >= len(c.words) - 2 and infinitive_clause(nxt))


INSTEAD = frozenset("ohne statt anstatt anstelle".split())  # "ein Fest ohne Feuerwerk", "Busse statt einer Seilbahn"


def targets_of(c: Clause, p: Phrase) -> list[tuple[Phrase, int]]:
    """The target, the phrases coordinated with it (same sign) and the alternatives it excludes,
    right after it or fronted ("Statt einer Seilbahn brauchen wir Busse"): those take the other sign."""
    joined = [p] + coordinated(c, p)
    last = joined[-1]
    instead = [q for q in c.phrases if q.prep in INSTEAD and not q.pronoun and q is not p
               and (q.start == last.end + 1 or q.start == 1 and q.prep != "ohne")]
    return [(q, 1) for q in joined] + [(q, -1) for q in instead]


INDEFINITE = frozenset("ein eine einen einem einer eines kein keine keinen keinem keiner".split())
ARTICLES = DEFINITE | INDEFINITE | NEGATING_DETERMINERS  # (every article: "der", "eine", "keines")


def noun_attribute(c: Clause, p: Phrase, verb: str) -> bool:
    """"ist ein Erfolg für die Familien", "sprach von einem schwarzen Tag für X": a phrase right after
    the predicate noun of "sein" (indefinite: "ist die Partei für X" is a subject) or the von-phrase of
    "sprechen" belongs to that noun, not to the verb ("sprach sich der Politiker für X aus" takes it)."""
    before = next((q for q in c.phrases if q.end == p.start - 1 and not q.pronoun and c.words[q.head].noun), None)
    if before is not None and {before.prep, p.prep} == {"für", "gegen"}:
        return True  # "gegen eine Bettensteuer für Hotels": who the tax is for describes it, no second side
    if before is not None and before.prep == p.prep == "für" and not COMPARED_AMOUNTS & set(c.lows[before.start:before.end + 1]):
        return True  # "hat sich für eine Streckensperre für Motorräder ausgesprochen": the verb's is the first
    # (after an amount the second phrase stays one the verb may take, no sign turned: "sprach sich für mehr
    # Geld für die Schulen aus" and "… für weniger Geld für die Schulen aus" both read as for the schools)
    if before is None or verb not in ("sein", "sprechen"):
        return False
    return before.prep == "von" if verb == "sprechen" else before.prep is None and c.words[before.start].low in INDEFINITE


COORDINATION = frozenset("und sowie oder sondern auch noch".split())  # ("weder X noch Y")


def coordinated(c: Clause, p: Phrase) -> list[Phrase]:
    """Phrases joined to ``p`` by und / sowie / sondern auch: "Lehrer und eine Ganztagsschule"."""
    out = []
    last = p
    for q in c.phrases:
        if q.start <= last.start or q.prep != p.prep and q.prep is not None:
            continue
        between = [w.low for w in c.words[last.end:q.start]]
        if between and all(w in COORDINATION for w in between):
            out.append(q)
            last = q
        elif q.start >= last.end:
            break
    return out


def in_speakers_name(c: Clause, p: Phrase, speaker_words: frozenset[str] | set[str]) -> bool:
    """A prepositional phrase that is the end of the speaker's name ("Die Allianz für Souveränität spricht
    sich für X aus", "das Bündnis gegen Fluglärm"): the body's noun right before the preposition and the
    phrase's head both name the speaker, in the prefield before the verb, so it is no target ("Viel hält Y von
    der Stadtbahn": a phrase after the verb is the frame's own)."""
    return p.start >= 2 and c.words[p.start - 2].low in speaker_words and c.words[p.head].low in speaker_words \
        and not any(w.tag.startswith("V") for w in c.words[:p.start])


def _names_speaker(c: Clause, p: Phrase, speaker_words: set[str]) -> bool:
    """True when the phrase, with the genitive and names right after it ("die Fraktionschefin
    der Linken Dana Weiß"), names the speaker."""
    end = p.end
    for q in c.phrases:
        # the genitive or name right after it, or a coordinated role ("der Landwirt und Abgeordnete X")
        if q.prep is None and (q.start == end or q.start == end + 1 and c.words[end].low in ("und", "sowie")):
            end = q.end
    # (a name's genitive before its noun, with no article, names the speaker too: "Saxholms Zustimmung zu X";
    # "die Sanierung des Freibads" names a thing)
    return any(w.low in speaker_words or w.low[-1:] == "s" and w.low[:-1] in speaker_words
               and (k == 0 or c.words[k - 1].low not in DETERMINERS) for k, w in enumerate(c.words[p.start:end], p.start))


def elliptic_start(c: Clause) -> bool:
    """A verbless piece that is a clause of its own, with its own negation: "…, aber für X",
    "…, sondern Y", "…, auch nicht für das Feuerwehrhaus"."""
    return (c.words[0].low in ELLIPTICAL or c.lows[:2] in (["auch", "nicht"], ["auch", "kein"], ["auch", "keine"])
            or c.words[0].low == "nur" and "nicht" in c.lows[1:3])  # "X wollen wir, nur eben nicht auf der grünen Wiese"


def elliptical(before: Clause, c: Clause, lang: str) -> Clause:
    """"ist gegen X, aber für Y", "sprach sich gegen X aus, sondern auch gegen Y": the verbless
    piece takes the subject and verb of the clause before (not its negation)."""
    fin = next((k for k, w in enumerate(before.words) if "FIN" in w.tag), None)
    if fin is None:
        return c
    head = before.words[:fin + 1] + [w for w in before.words[fin + 1:fin + 2] if w.low in OBJECT_PRONOUNS]
    tail = [w for w in before.words[-1:] if w.tag == "PTKVZ" or w.low in SEPARABLE_PARTICLES]
    out = clause_of(" ".join(w.text for w in head + c.words[1:] + tail), lang)
    out.contrast = True
    return out


def closes(before: Clause, c: Clause, speaker_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """"hat die Kritik von X, Y, am Z zurückgewiesen": a piece ending in the participle the clause
    before opened with its auxiliary ("hat … zurückgewiesen") continues that clause; also one that opens
    with its object's article after the speaker's name and its apposition ("Als Irrweg hat der Chef des X,
    Y, die geplante Anlage bezeichnet"; after another's name the clause may be a report of that person's)."""
    if c.lows[:2] == ["und", "zwar"]:
        return False  # "sind gegen X, und zwar geschlossen": an elaboration of how, no end of the verb bracket
    if "FIN" in c.words[-1].tag and all(w.tag.startswith("V") for w in c.words) and before.words \
            and (before.words[0].low in SUBORDINATING or before.words[0].low == "wie") \
            and not any(w.tag.startswith("V") for w in before.words):
        return True  # "Wie die Vorsitzende des X, Y, mitteilte, …": the verbs that end the subordinate clause
    if any("FIN" in w.tag for w in c.words) or c.words[0].low in SUBORDINATING and not (
            article_before_noun(c) and before.words and before.words[-1].low in speaker_words):
        return False
    if c.words[-1].tag == "PTKVZ":  # "lehnte die Maut, eine Abgabe für X, entschieden ab": its particle
        return any(w.tag == "VV(FIN)" for w in before.words) and before.words[-1].tag != "PTKVZ"
    return any(w.tag == "VA(FIN)" for w in before.words) and not nonfinite_verbs(before) and c.words[-1].tag == "VV(PP)"


def article_before_noun(c: Clause) -> bool:
    """"der" / "die" / "das" first and an adjective or a noun right after it: an article ("die geplante
    Anlage bezeichnet"), no relative pronoun (which has a finite verb and a subject of its own after it)."""
    return len(c.words) > 2 and c.words[0].low in DETERMINERS and (c.words[1].noun or c.words[1].tag.startswith("ADJ"))


RELATIVE = frozenset("der die welcher welche".split())


def with_antecedent(c: Clause, prev: Clause | None, lang: str) -> Clause:
    """"Der Bürgermeister X, der seit Jahren eine Umgehung fordert, …": a relative clause read with
    the phrase it refers to (the end of the clause before) as its subject, so that the position
    is X's, or someone else's ("Die Opposition, die … fordert")."""
    if (prev is None or len(c.words) < 3 or c.words[0].low not in RELATIVE or c.words[1].noun
            or c.words[1].tag.startswith("ADJ") or "FIN" in c.words[1].tag):
        return c
    antecedent = next((p for p in reversed(prev.phrases) if p.end == len(prev.words) and p.prep is None and not p.pronoun), None)
    if antecedent is None:
        return c
    return clause_of(phrase_text(prev, antecedent) + " " + " ".join(w.text for w in c.words[1:]), lang)


DENYING = frozenset("es ist sei war wäre stimmt stimme so ja doch aber und das heißt heiße bedeutet bedeute".split())


def denied(found: list[Stance], c: Clause, prev: Clause | None, lang: str) -> list[Stance]:
    """"Es ist nicht so, dass wir X ablehnen", "es stimmt nicht, dass …", "das heißt nicht, dass …":
    a clause that only denies the dass-clause after it reverses that clause's stances."""
    if (not found or prev is None or not c.words or c.words[0].low != "dass"
            or any(w.low not in DENYING and w.low not in lexicon(lang).negations for w in prev.words)
            or len(negations_in(prev, lang, [])) != 1):
        return found
    return [Stance(st.target, -st.value, st.words + ["nicht so"], st.phrase, st.recalled, st.clause, st.at) for st in found]


def pseudo_cleft(c: Clause, nxt: Clause | None, lang: str) -> Clause | None:
    """"Was wir jetzt brauchen, ist eine Ausbildungsplatzgarantie": a was-clause ending in a frame
    verb of the object, then "ist / sei X", reads as "wir brauchen X"; any other clause opened by a
    question word takes no position (None)."""
    if (c.words[0].low != "was" or len(c.words) < 3 or nxt is None or not nxt.words or nxt.words[0].lemma != "sein"
            or not any(fw.slot == "obj" for fw in lexicon(lang).frames.get(c.words[-1].lemma, ()))):
        return None
    return clause_of(" ".join(w.text for w in c.words[1:] + nxt.words[1:]), lang)


def without_apposition(c: Clause) -> Clause:
    """"Den Windpark, ein Projekt der Stadtwerke, unterstütze sie": the apposition right after the
    fronted phrase only describes it; the fronted phrase is what the clause is about (a name,
    "Der Vorsitzende, Otto Grau, hat …", stays: it may name the speaker)."""
    first = c.phrases[0] if c.phrases else None
    if first is None or first.prep is not None or first.start != 0:
        return c
    end, keep = first.end, []
    for p in c.phrases:  # the apposition and its genitives ("ein Projekt der Stadtwerke")
        opening = DETERMINERS - GENITIVE_ARTICLES if end == first.end else GENITIVE_ARTICLES  # (not its own genitive)
        if p.start == end and p.prep is None and not p.pronoun and c.words[p.start].low in opening:
            end = p.end
        else:
            keep.append(p)
    c.phrases = keep
    return c


def represented_body(clauses: list[Clause], speaker_words: set[str]) -> set[str]:
    """"Der Verband warnt davor, …, sagte dessen Präsident Y": a speaker named as the body's own head
    ("dessen / deren / seines / ihrer" + role + name) speaks for the body that is the sentence's first subject, whose
    position is then the speaker's own. Its head noun is read as naming the speaker."""
    # (the first clause with a verb: a verbless piece before a dash is an agency's mark, "Reuters - Die Gewerkschaft …")
    main = next((c for c in clauses[:2] if c.words and finite_verb(c) is not None), clauses[0] if clauses else None)
    own = {b for b in [possessed_body(main) if main is not None and speaker_words else None] if b}
    first = next((p for p in main.phrases if p.prep is None), None) if main is not None and main.words else None
    fin = finite_verb(main) if first is not None else None
    if fin is not None and main.words[first.start].low in ACCUSATIVE | {"dem", "einem"}:
        first = subject_of(main, fin)  # "Den Umbau werde der Betriebsrat nicht unterstützen": the object came first
    elif fin is not None and first.end <= fin:
        first = body_after_verb(main, first, fin) or first
    if (first is None or first.pronoun) and not own:
        return own  # (no body either way: whether the clause voices one need not be read)
    if main is not None and not voicing(main, speaker_words):
        return set()  # (an event or plan, her as its source, her own view apart: no body speaks through her)
    if first is None or first.pronoun:
        return own
    body = main.words[first.head].low
    owned = any(w.low in OWNING and owns_speaker(c, j, speaker_words) for c in clauses for j, w in enumerate(c.words))
    return own | {body} if owned or heads_body(clauses, speaker_words, body) else own


def body_after_verb(c: Clause, first: Phrase, fin: int) -> Phrase | None:
    """"Eine Sonntagsöffnung lehne die Gewerkschaft ab, erklärte deren Sekretärin Y": where the first phrase's
    case is not marked (die / eine / das) and it names a thing, while the phrase right after the finite verb is
    a body or a person with its definite article, the object came first and that phrase is the subject."""
    if body_or_person(c, first):
        return None
    after = next((p for p in c.phrases if p.start > fin), None)
    if after is None or after.prep is not None or after.pronoun or after.start != fin + 1 \
            or c.words[after.start].low not in SUBJECT_DEFINITE:
        return None
    return after if body_or_person(c, after) else None


def body_or_person(c: Clause, p: Phrase) -> bool:
    """The phrase names who acts (a body, a role, a person), not a thing."""
    return organisation_noun(noun_lemma(c.words[p.head].text).lower()) or is_agent(c, p, "de") or names_person(c, p)


def owns_speaker(c: Clause, j: int, speaker_words: set[str]) -> bool:
    """"dessen Präsident Y", "seines Präsidenten Y": the possessive at j owns the speaker named in the
    four words after it, with no finite verb between ("Die Sanierung ihres Rathauses fordert
    Bürgermeisterin Y": the possessive is the act's genitive, the act noun no body of the speaker's)."""
    after = c.words[j + 1:j + 5]
    upto = next((n for n, x in enumerate(after) if "FIN" in x.tag), len(after))
    return bool(speaker_words & {x.low for x in after[:upto]})


def possessed_body(c: Clause) -> str | None:
    """"Seine Partei lehne X ab, sagte Landeschef Y", "„Unsere Fraktion wird X nicht zustimmen“":
    a body named by a possessive in the nominative (no preposition, no genitive attribute) is the
    speaker's own, which speaks through the speaker; its head noun is returned. A person so named
    ("Seine Nachbarn seien gegen X", "Ihre Tochter …") is someone else."""
    for p in c.phrases:
        # (the possessive opens the phrase, or stands just before it: "Sein" is tagged apart)
        owner = p.start if c.words[p.start].low in OWN_NOMINATIVE and p.head > p.start else p.start - 1
        if p.prep is not None or p.pronoun or owner < 0 or c.words[owner].low not in OWN_NOMINATIVE \
                or _genitive_attribute(c, p):
            continue
        low = noun_lemma(c.words[p.head].text).lower()
        if organisation_noun(low) or is_agent(c, p, "de") or low in possessed_bodies():
            return c.words[p.head].low
    return None


OWN_NOMINATIVE = frozenset("sein seine ihr ihre unser unsere mein meine".split())


@lru_cache(maxsize=None)
def possessed_bodies() -> frozenset[str]:
    """data/possessed_bodies_de.txt: nouns that with a possessive name the speaker's body ("sein Haus")."""
    from ..actors.lexicon import _data_lines

    return frozenset(ln.strip().casefold() for ln in _data_lines("possessed_bodies_de.txt"))


OWNING = frozenset("dessen deren seines ihres seiner ihrer ihr ihre sein seine".split())  # "nach den Worten seines Präsidenten Y", "X und ihr Präsident Y"


SPOKESPEOPLE = frozenset("sprecher sprecherin pressesprecher pressesprecherin".split())


def heads_body(clauses: list[Clause], speaker_words: set[str], body: str) -> bool:
    """"Der Betriebsrat werde X nicht unterstützen, sagte Betriebsratschefin Y", "Die Anwohner wollen …,
    kündigte Sprecherin Y an": a role compound of the body's noun, or a bare spokesperson, right before
    the speaker's name speaks for the body."""
    from ..actors.roles import role_head

    for c in clauses:
        for j, w in enumerate(c.words):
            if not (speaker_words & set(c.lows[j + 1:j + 3])) or w.low in speaker_words and j + 1 < len(c.words) \
                    and c.lows[j + 1] not in speaker_words:
                continue
            if w.low in SPOKESPEOPLE or len(body) >= 4 and w.low.startswith(body) and role_head(w.text, "de"):
                return True
            if w.low.rpartition("-")[2] in row_words("de", "leads") and organisation_noun(body):
                return True  # "Der Verband sei nicht gegen X, meinte Obfrau Y", "…, sagte Verdi-Verhandlungsführerin Y"
            if named_head(w.text, body):
                return True
    return False


def named_head(role: str, body: str) -> bool:
    """"Die BU wolle X begrenzen, sagte BU-Chef Y", "Die Grünen lehnten X ab, sagte Grünen-Sprecherin Y": the
    role names the body it heads by the body's own name before the hyphen, however short ("BU-Generalsekretärin",
    "CSU-Landeschef"); a member ("BU-Abgeordnete", "CSU-Innenexperte") is no head, and the head of another
    body ("LRP-Chefin" after "Die BU") is not this one's voice."""
    prefix, _, head = role.casefold().rpartition("-")
    return prefix == body and any(head.endswith(h) for h in row_words("de", "leads") | row_words("de", "voices"))


def organisation_noun(low: str) -> bool:
    """A noun for an association, union, company or party ("Hoteliersverband", "Gewerkschaft"): a body
    that its bare head ("Obfrau", "Präsident") speaks for."""
    from ..actors.lexicon import referring_bodies

    return any(low == b or len(b) >= 5 and low.endswith(b) for b in referring_bodies("de"))


CONCEDING = frozenset("wenn falls sofern obwohl obgleich obschon wenngleich solange".split())
FOCUS = frozenset("auch selbst sogar nur erst und".split())


def hypothetical(c: Clause) -> bool:
    """A clause of condition or concession ("auch wenn die Schließung der Filiale nicht verhindert
    werde", "solange X bleibt"): what might be, no position of the speaker's."""
    lows = c.lows[:2]
    return bool(lows) and (lows[0] in CONCEDING or len(lows) > 1 and lows[0] in FOCUS and lows[1] in CONCEDING
                           or conceding_degree(c))


def conceding_degree(c: Clause) -> bool:
    """"So teuer der Windpark auch sei, …", "Wie groß der Bedarf auch sein mag, …": a concession by degree,
    its verb last (not the adverb "so" before a verb in second place, "So sei auch X ein Fehler")."""
    return (len(c.words) > 3 and c.lows[0] in ("so", "wie") and "auch" in c.lows[2:] and "FIN" in c.words[-1].tag
            and not c.words[-1].noun and "FIN" not in c.words[1].tag)


# a "von" phrase owned by someone ("von ihrer Beteiligung") names no speaker: a name's "von" is its body's or place's
OWNED_PHRASE = re.compile(r"\b(?:von|vom)\s+(?:ihre[rmns]?|seine[rmns]?|unsere[rmns]?|eure[rmns]?)\s+[\w-]+(?:\s+[A-ZÄÖÜ][\w-]*)?")


def read_stances(text: str, lang: str = "de", speaker: str = "", context: str = "") -> list[Stance]:
    """Every stance the text takes (German), in order; ``speaker`` is how the speaker is named
    in the text (so that a frame whose subject is someone else is left out); ``context`` is the
    text before it (the article so far), whose things "dafür" or "das Projekt" may point back to."""
    if "vo" in speaker:  # (each owned phrase opens with "von" or "vom")
        speaker = OWNED_PHRASE.sub(" ", speaker)  # ("Stadtrat Y von ihrer Beteiligung": a mention taken too long)
    speaker_words = {w.lower() for w in WORD.findall(speaker)
                     if w[:1].isupper() and w.lower() not in DETERMINERS and w.lower() not in PERSONAL}
    speaker_words -= genitive_after_name(speaker)
    out: list[Stance] = []
    named = Named(without_dateline(context), lang)
    earlier: Antecedent | None = None
    text = text.replace("\xa0", " ")
    if ":" in text and (label := TURN_LABEL.match(text)) is not None and speaker_words \
            and {w.lower() for w in WORD.findall(label.group())} <= speaker_words:
        text = text[label.end():]  # "Lindqvist: Die kommt nicht infrage": the speaker's turn label names no thing
    if "(" in text:  # (each aside opens with a bracket)
        text = ASIDE.sub("", text)  # "Gruber (ÖVP) hat …": the party does not break the clause
    parsed: dict[str, list[Clause]] = {}  # (the clauses sets_view_apart read: not read twice)
    apart = sets_view_apart(text, lang, speaker_words, parsed)  # ("…, ich persönlich hätte anders entschieden")
    for sentence in SENTENCE_BREAK.split(text):
        if not sentence.strip() or is_question(sentence):
            continue
        clauses = parsed.pop(sentence) if sentence in parsed else sentence_clauses(sentence, lang, speaker_words)
        for c in clauses:
            c.named, c.apart = named, apart
        body = represented_body(clauses, speaker_words)
        granted: list[tuple[int, int]] = []  # where in out a zwar-clause's judgements stand (conceded)
        for k, c in enumerate(clauses):
            named = named.after(clauses[k - 1]) if k > 0 else named
            c.named = named
            nxt = clauses[k + 1] if k + 1 < len(clauses) else None
            if c.words and c.words[0].low in QUESTION_WORDS:
                c = pseudo_cleft(c, nxt, lang)  # "Was wir brauchen, ist X"
            if c is None or not c.words or c.content:
                continue
            prev = clauses[k - 1] if k > 0 else None
            c = with_antecedent(c, prev, lang)
            c.named, c.apart = named, apart
            c.in_view = prev is not None and others_view(prev, lang)
            if (pair := contrasted_pair(c, nxt, lang)) is not None:  # "Nicht X, sondern Y sei die Lösung"
                after = clauses[k + 2] if k + 2 < len(clauses) else None
                out += contrasted_stances(c, pair, after, prev, lang, speaker_words | body, earlier)
            elif not hypothetical(c):
                held = clause_stances(c, nxt, prev, clauses, k, lang, speaker_words | body, earlier)
                if held and conceded(c, clauses[k + 1:]):
                    if granted_act(c):
                        held = []  # "Zwar hätten 58 Prozent X befürwortet, aber …": another's act, never the speaker's
                    granted.append((len(out), len(out) + len(held)))  # "Zwar sei X teuer, aber …": granted
                out += held
            first = next((p for p in c.phrases if p.prep is None), None)
            if first is not None and not first.pronoun and not _names_speaker(c, first, speaker_words):
                earlier = Antecedent(c, first)
        for start, end in reversed(granted):
            out[start:end] = unanswered(out[start:end], out[end:])
        named = named.after(clauses[-1]) if clauses and clauses[-1].words else named
    return taken_up(out, lang)


def without_dateline(context: str) -> str:
    """The text before a statement without the dateline that opens it: the agency marker names no thing a
    pointer or pronoun may stand for ("HAMBURG (Reuters) - Eine Rabattschlacht? Davor warnt Y": the question's
    thing, not "Hamburg", which the dateline otherwise joins to the first sentence's first phrase)."""
    from ..de.datelines import marker_at  # (the German rules' reading of agency markers)

    marker = marker_at(context, 0, True)
    return context[marker[1]:] if marker else context


def taken_up(out: list[Stance], lang: str) -> list[Stance]:
    """A bare "das Projekt" / "das Vorhaben" (rows "refer") that nothing before the statement resolved names the thing
    of a position the statement recalled before it ("der sich im Vorjahr gegen die Fußgängerzone ausgesprochen hatte,
    unterstützt das Projekt inzwischen" = +1 Fußgängerzone, the recall kept apart). Only a recall: it is the
    speaker's own earlier position, where another clause may hold another's ("Während die Bauern X ablehnen, …")."""
    refer = row_words(lang, "refer")
    for k, st in enumerate(out):
        words = st.phrase.split()
        if k and st.target.lower() in refer and len(words) == 2 and words[0].lower() in POINTING:
            thing = next((e.target for e in reversed(out[:k]) if e.recalled and e.target.lower() not in refer), None)
            if thing is not None:
                out[k] = replace(st, target=thing)
    return out


class Antecedent:
    """The first subject phrase of an earlier clause, that a third-person pronoun subject may point
    back to ("Die Maut … Sie ist ein Fehler"): its target lemma (HanTa's noun lemma, a new analysis
    for most compounds) is built only when a pronoun does point back, which few clauses do."""
    __slots__ = ("_clause", "_phrase", "_target")

    def __init__(self, c: Clause, p: Phrase):
        # (its words as they are now: the reader may give c other words later)
        self._clause, self._phrase, self._target = Clause(c.text, list(c.words), c.phrases), p, None

    @property
    def target(self) -> str:
        if self._target is None:
            self._target = target_lemma(self._clause, self._phrase)
        return self._target

    @property
    def phrase(self) -> str:
        return phrase_text(self._clause, self._phrase)


def clause_stances(c: Clause, nxt: Clause | None, prev: Clause | None, clauses: list[Clause], k: int, lang: str,
                   speaker_words: set[str], earlier: Antecedent | None) -> list[Stance]:
    """The stances clause c (read from the sentence's clauses[k]) takes: by its frames, else by its argument
    structure, else as a bare infinitive after a verbless speaker, else as an "anstatt" against the
    sentence's other clauses; none if it is a forecast, and those it denies turned round."""
    if (event := judged_event(c, speaker_words, lang)) is not None:
        return event  # "Leider wurde die Umgehungsstraße abgelehnt": the speaker regrets the act, no act of hers
    found = read_clause(c, nxt, prev, lang, speaker_words, earlier)
    if not found or judging_clause(c):  # read the clause's argument structure (positions/clause_de.py)
        found = read_by_arguments(c, nxt, prev, speaker_words) or ([] if court_ruling(c) else found)
    if not found and not any(w.tag.startswith("V") for b in clauses[:k] for w in b.words):
        found = infinitive_demand(c, lang)  # (after a verbless speaker and colon: "Städtetag: X einführen")
    if not found:
        found = instead_of(c, [b for b in clauses if b is not c], lang)
    if found and expected(c, prev, lang):
        found = []  # "schloss nicht aus, dass das Bad geschlossen bleiben muss": a forecast, no demand
    return denied(found, c, prev, lang)


def judged_event(c: Clause, speaker_words: set[str], lang: str) -> list[Stance] | None:
    """A clause opened by a sentence adverb that judges what it tells (rows "judging+1" / "judging-1": "Leider",
    "Zu Recht", "Gott sei Dank"): the adverb's sign times the act the rest of the clause tells on its thing, with
    its negation ("Leider wurde der Radweg nicht gebaut" = +1 Radweg), read as the content of a feeling
    (clause_de.act_of). None where no such adverb opens the clause or the rest tells no act on a thing."""
    if not c.words or lang != "de":
        return None
    for value in (1, -1):
        for form in row_words(lang, f"judging{value:+d}"):
            words = form.split("_")
            # (the adverb alone in the prefield, the finite verb right after it: not "Zu Recht oder zu Unrecht wurde X
            # gestoppt", an open judgement)
            if c.lows[:len(words)] == words and len(c.words) > len(words) and "FIN" in c.words[len(words)].tag:
                from .clause_de import act_of, stances_on  # (it imports this module)

                # (a plain adverb keeps the prefield the judging one held: the subject stays after the finite verb)
                rest = clause_of(" ".join(["Dann"] + [w.text for w in c.words[len(words):]]), lang)
                act = act_of(rest, speaker_words, plain=False)
                if act is None:
                    return None  # (no act on a thing: the clause is read as it stands, "Leider ist X zu teuer")
                p, sign, said = act
                if forced(rest, p, lang):
                    return []
                return stances_on(rest, p, value * sign, [" ".join(w.text for w in c.words[:len(words)])] + said, False)
    return None


def forced(c: Clause, thing: Phrase, lang: str) -> bool:
    """A clause whose subject, other than the thing acted on, is a natural force (row "force": "der Sturm",
    "die Sturmflut"): what befell the thing, which nobody decided. (The whole word: a compound's head alone
    would take "die Klageflut", "ein Proteststurm der Anwohner", acts of people, for a force.)"""
    fin = finite_verb(c)
    subject = subject_of(c, fin) if fin is not None else None
    if subject is None or subject == thing or not c.words[subject.head].noun:
        return False
    return noun_lemma(c.words[subject.head].text).lower() in row_words(lang, "force")


def unanswered(granted: list[Stance], answer: list[Stance]) -> list[Stance]:
    """A zwar-clause's judgements that the answer after it does not judge again: "Zwar sei die Seilbahn teuer,
    aber sie sei richtig" keeps only the answer's +1; in "Zwar sei die Maut ein Fehler, aber man müsse den
    Beschluss respektieren" the answer says how to act, and the granted -1 Maut is still the speaker's."""
    answered = {st.target for st in answer}
    return [st for st in granted if st.target not in answered]


def expected(c: Clause, prev: Clause | None, lang: str) -> bool:
    """A dass-clause after a verb of expectation (row "expect": "schloss nicht aus, dass …", "rechnet damit, dass …",
    "erwartet, dass …") says what may happen: its "muss" or "soll" is no demand of the speaker's."""
    if prev is None or not c.words or c.words[0].low != "dass":
        return False
    expecting = row_words(lang, "expect")
    return any(w.lemma in expecting for w in prev.words if w.tag.startswith("V")) or bool(
        set(separable_lemmas(prev).values()) & expecting)


def contrasted_stances(c: Clause, pair: tuple[Clause, int, str], after: Clause | None, prev: Clause | None, lang: str,
                       speaker_words: set[str], earlier: Antecedent | None) -> list[Stance]:
    """The stances on X of a contrasted pair (contrasted_pair): X read with Y's predicate, the sign turned or
    kept; only a stance on X counts ("Nicht X, sondern Y spricht gegen Z": X is a reason, the stance on Z is
    Y's clause's own)."""
    other, sign, x_text = pair
    other.named, other.apart, other.in_view = c.named, c.apart, c.in_view
    found = read_clause(other, after, prev, lang, speaker_words, earlier) or read_by_arguments(other, after, prev, speaker_words)
    return [Stance(st.target, sign * st.value, st.words + [c.words[0].text], st.phrase, st.recalled, st.clause, st.at)
            for st in found if st.phrase and st.phrase in x_text]


NOT_ONLY = frozenset("nur allein bloß lediglich".split())  # "nicht nur X, sondern auch Y": X holds as well
UNNEGATED_DETERMINERS = {"kein": "ein", "keine": "eine", "keinen": "einen", "keinem": "einem", "keiner": "einer", "keines": "eines"}


def contrasted_pair(c: Clause, nxt: Clause | None, lang: str) -> tuple[Clause, int, str] | None:
    """A fronted verbless "Nicht X" / "Kein X" / "Nicht nur X" answered by "sondern (auch) Y …": the negation
    stands before X alone (constituent negation), so X is read in Y's place in the clause after, with the sign
    turned ("Nicht die Seilbahn, sondern der Bus sei die Lösung" = -1 Seilbahn) or kept after "nicht nur" ("Nicht
    nur der Bahnhalt, sondern auch ein P+R-Platz sei nötig" = +1 Bahnhalt). Y's own reading stays with its clause.
    Returns that clause, the sign and X's text (only a stance on X counts: in "Nicht X, sondern Y spricht gegen Z"
    X is a reason)."""
    if (nxt is None or not c.words or not nxt.words or nxt.words[0].low != "sondern" or len(c.phrases) != 1
            or any(w.tag.startswith("V") and not w.noun for w in c.words)):
        return None
    first = c.words[0].low
    only = len(c.words) > 1 and first == "nicht" and c.lows[1] in NOT_ONLY
    if first not in ("nicht", *UNNEGATED_DETERMINERS):
        return None
    x = c.phrases[0]
    start = (2 if only else 1) if first == "nicht" else 0
    if x.end != len(c.words) or x.start - (1 if x.prep else 0) != start:
        return None  # X must be the whole rest of the piece
    y = next((q for q in nxt.phrases if q.prep == x.prep and not q.pronoun), None)
    lead = 2 if nxt.lows[1:2] == ["auch"] else 1
    if y is None or y.start - (1 if y.prep else 0) != lead:
        return None  # Y must open the sondern-clause, with X's preposition
    x_words = [w.text for w in c.words[start:]]
    if first in UNNEGATED_DETERMINERS:
        x_words[0] = UNNEGATED_DETERMINERS[first]
    rest = [w.text for w in nxt.words[y.end:]]
    if not rest or not any(w.tag.startswith("V") and not w.noun for w in nxt.words[y.end:]):
        return None
    return clause_of(" ".join(x_words + rest), lang), (1 if only else -1), " ".join(x_words)


CONCEDED = "zwar"  # "zwar P, aber Q": P is granted


def conceded(c: Clause, later: list[Clause]) -> bool:
    """"Zwar sei der Damm teuer, aber er sei die einzige Möglichkeit", "X sei zwar sinnvoll, doch zu teuer":
    a judgement (a copula or judging verb) in a zwar-clause that a later clause of the sentence answers with
    aber / doch / jedoch / allerdings is granted: where the contrasting clause judges the same thing, it holds
    the position (unanswered). A verb of position stays ("Zwar lehne sie X ab, aber sie respektiere den Beschluss")."""
    if CONCEDED not in c.lows or SIDES & set(c.lows):
        return False  # ("Wir sind zwar nicht gegen X, aber …": a side taken, README: +1 X)
    verbs = [w for w in c.words if w.tag.startswith("V") and not w.noun]  # (a participle with the copula: "gut gemeint";
    granted = not any(w.lemma == "haben" for w in verbs) or granted_act(c)
    if not verbs or any(w.tag.startswith("VV") and not (w.tag == "VV(PP)" and granted) and w.lemma not in PREDICATE_VERBS
                        for w in verbs):
        return False
    return any(b.words and (b.contrast or b.words[0].low in CONTRASTIVE or any(w.low in CONTRASTING for w in b.words))
               for b in later)


def granted_act(c: Clause) -> bool:
    """A perfect with haben and a named subject: another's act granted ("Zwar hätten 58 Prozent X befürwortet"),
    not the speaker's own ("Zwar habe ich X abgelehnt, aber …")."""
    fin = finite_verb(c)
    subject = subject_of(c, fin) if fin is not None else None
    return (any(w.tag == "VV(PP)" for w in c.words) and any(w.lemma == "haben" and not w.noun for w in c.words)
            and subject is not None and not subject.pronoun)


CONTRASTING = frozenset("aber jedoch allerdings".split())  # (anywhere in the clause: "er sei aber …"; "doch" only first)


INSTEAD_CLAUSE = frozenset("statt anstatt".split())  # (opening a zu-clause; INSTEAD holds the prepositions)


def instead_of(c: Clause, others: list[Clause], lang: str) -> list[Stance]:
    """"Statt das Hallenbad zu schließen, solle die Stadt es sanieren" (+1 Hallenbad), "…, statt eine
    Tiefgarage zu bauen" (-1 Tiefgarage): the act of a clause opened by statt / anstatt with a
    zu-infinitive is what the speaker rejects, when another clause of the sentence says what should be
    done instead (rows "instead": "müsse", "solle", "lieber"). Told as what happened ("Statt zu arbeiten,
    sei er gegangen") it is none."""
    if not c.words or c.words[0].low not in INSTEAD_CLAUSE or "zu" not in c.lows and not any(w.tag == "VV(IZU)" for w in c.words):
        return []
    wishing = row_words(lang, "instead")
    if not any(w.lemma in wishing or w.low in wishing for b in others for w in b.words):
        return []
    said = [c.words[0].text]
    inner = clause_of(c.text.split(None, 1)[1], lang)  # (without "statt", the object is no phrase of that preposition)
    inner.named = c.named
    hit = clause_act(inner, lang, said)
    if hit is None:
        return []
    phrase, sign = hit
    return phrase_stances(inner, phrase, -sign, said, lang, False, "")


def decides_no_act(c: Clause, tc: Clause, tp: Phrase, lang: str) -> bool:
    """A decision on a thing, not on an act ("beschloss den Haushalt"): an event, no position. (A
    zu-clause it decides, "beschloss, X abzuschaffen", stands in another clause and is an act.)"""
    return tc is c and follow_acts(tc, tp, [], lang)[1] is tp


def infinitive_demand(c: Clause, lang: str) -> list[Stance]:
    """A sentence that is a bare infinitive of an act, as headlines and placards demand ("Arbeitsverbot
    für Geflüchtete abschaffen", "Grenzkontrollen verlängern", "Die Bezahlkarte sofort einführen"): a
    demand of that act (+1 for what it brings or keeps, -1 for what it ends). Not with a finite verb
    or a "zu" ("… abzuschaffen", "… abschaffen zu können" belong to a frame before them), nor with an
    auxiliary or a person ("Wir werden X schließen": a plan whose "werden" HanTa may read as infinitive)."""
    if not c.words or any("FIN" in w.tag or w.low == "zu" or w.tag in ("VV(IZU)", "VA(INF)", "VM(INF)") or w.low in PERSONAL
                          for w in c.words) \
            or not any(w.tag == "VV(INF)" for w in c.words[-3:]):
        return []
    words: list[str] = []
    hit = act_object(c, lang, words)
    if hit is None:
        return []
    phrase, sign = hit
    if time_word(c.words[phrase.head]):
        return []  # ("ab 1. Mai weiterfahren", cut after "1.": a date, no thing demanded)
    return phrase_stances(c, phrase, sign, words, lang, False, "")


def judging_clause(c: Clause) -> bool:
    """A judging verb with a predicative of clause_de's lexicon ("hält X für einen Holzweg"): the
    argument reader reads the clause even where a frame fired (clause_de.judged_predicative)."""
    from .clause_de import judged_predicative  # (it imports this module)

    return judged_predicative(c)


def court_ruling(c: Clause) -> bool:
    """A court judges in the clause ("Das Landgericht hielt die Kündigung für unwirksam"): the frames'
    reading of it is dropped too, not only the argument reader's (clause_de.court_ruling)."""
    from .clause_de import court_ruling as ruling  # (it imports this module)

    return ruling(c)


def recalls(c: Clause) -> bool:
    """A past perfect ("hatte X abgelehnt"): the clause recalls an earlier position."""
    return any(w.low in PAST_AUX for w in c.words) and any(w.tag == "VV(PP)" for w in c.words)


def read_by_arguments(c: Clause, nxt: Clause | None, prev: Clause | None, speaker_words: set[str]) -> list[Stance]:
    from .clause_de import read_clause as read_arguments  # (it imports this module)

    recalled = recalls(c)
    return read_arguments(c, nxt, speaker_words, recalled, prev)


def genitive_after_name(speaker: str) -> set[str]:
    """"Finanzminister Konrad Esterle der Übergewinnsteuer": the common noun of a "der/des" phrase
    right after a first name and surname (not "Präsident der Kammer") is the verb's dative object,
    no word of the speaker's; its lower-case form."""
    from ..actors.lexicon import firstnames

    words = [w.strip(",.") for w in speaker.split()]
    return {words[k + 1].lower() for k in range(2, len(words) - 1)
            if words[k] in ("der", "des") and words[k - 2].lower() in firstnames() and words[k - 1][:1].isupper()
            and words[k + 1].lower() not in firstnames() and german_noun_lemma(words[k + 1])
            and not person_noun(words[k + 1], "de")}


def sentence_clauses(sentence: str, lang: str, speaker_words: frozenset[str] | set[str] = frozenset()) -> list[Clause]:
    """The clauses of one sentence: its pieces between commas, dashes and colons, with verbless
    appositions, ellipses and fronted phrases joined to the clause they belong to. An apposition
    right after the speaker's name, before the rest of the clause, says who the speaker is: it is
    left out ("Die Maut hat Anna Beispiel, selbst Pendlerin, kritisiert" is not about Pendlerin)."""
    pieces = [p for p in CLAUSE_BREAK.split(sentence) if p and WORD.search(p)]
    if speaker_words:
        pieces = across_speaker_name(without_speaker_apposition(pieces, speaker_words, lang), speaker_words)
    clauses: list[Clause] = []
    for k in range(len(pieces) - 1):  # a lone pointer opens the clause after it ("Davor, X zu tun, …")
        if WORD.findall(pieces[k]) == [pieces[k].strip()] and pieces[k].strip().lower() in POINTERS:
            pieces[k + 1] = pieces[k].strip() + " " + pieces[k + 1]
            pieces[k] = ""
    pieces = fronted_subjects([p for p in pieces if p], lang)
    for piece in pieces:
        if FOCUS_BEFORE_CONTRAST.match(piece):  # (sub alone prepares its template on every call)
            piece = FOCUS_BEFORE_CONTRAST.sub(r"\1\3 \2", piece)
        plain = QUOTE_MARKS.sub(" ", piece)  # (quote marks read as spaces: offsets hold)
        c = clause_of(plain, lang)
        if piece.rstrip(" \"'«»“”„").endswith("?"):
            c.words, c.phrases = [], []  # a question takes no position
        elif c.words and c.words[0].low == "so" and not any(w.tag.startswith("V") for w in c.words):
            continue  # "…, so die Betriebsrätin X": the source, no apposition of the clause before
        elif resumed_judgement(clauses, c):  # "„Unsinnig“ – so nennt Y den Plan": the piece stands where "so" does
            c = clause_of(resumed_text(clauses.pop(), c, plain), lang)
        elif (cut_after_verb(clauses, c) or fronted_around_relative(clauses, c, lang, speaker_words)
              or bracket_after_infinitive(clauses, c)):
            # the main clause goes on after the clause that cut it, which stays a clause of its own after it
            inner = clauses.pop()
            clauses.append(clause_of(clauses.pop().text + " " + plain, lang))
            clauses.append(inner)
            continue
        elif (clauses and clauses[-1].words and (not any(w.tag.startswith("V") for w in c.words) or closes(clauses[-1], c, speaker_words)
                                                 or shares_subject(clauses[-1], c))
              and not (c.words and elliptic_start(c) and not shares_subject(clauses[-1], c))):
            # no verb: an apposition or a coordinated phrase belongs to the clause before
            plain = restated(plain, clauses[-1])
            c = clause_of(clauses.pop().text + " " + plain, lang)
        elif clauses and c.words and elliptic_start(c) and not any(w.tag.startswith("V") for w in c.words):
            c = elliptical(clauses[-1], c, lang)
        elif clauses and (subject := conceding_subject(clauses[-1], c)) is not None:
            c = clause_of(subject + " " + plain, lang)  # "X sei zwar teuer, sei aber nötig": X is the subject of both
        elif (clauses and c.words and "FIN" in c.words[0].tag and clauses[-1].words and c.words[0].lemma not in QUOTING
              and clauses[-1].words[0].low in DETERMINERS and not any(w.tag.startswith("V") for w in clauses[-1].words)
              and not (clauses[-1].phrases and is_agent(clauses[-1], clauses[-1].phrases[0], lang))):
            # "Die Maut, eine Abgabe für X, lehne sie ab": the fronted phrase and its apposition come first
            # (a fronted person or role, "Der Kämmerer von X, Y, hält …", is the subject: no join)
            c = without_apposition(clause_of(clauses.pop().text + " " + plain, lang))
        clauses.append(c)
    return clauses


def resumed_judgement(clauses: list[Clause], c: Clause) -> bool:
    """"„Ökonomisch unsinnig“ – so nennt Y die Abgabe", "„Ein Gewinn“ – so beurteilt Y den Weg": "so" before the
    finite verb of a labelling verb (data/labelling_verbs_de.tsv) resumes the verbless piece before it, the
    judgement it names (a participle may end it: "„Verkehrspolitisch verfehlt“"; a verb before its last word
    makes it a clause)."""
    return (len(c.words) > 2 and c.words[0].low == "so" and "FIN" in c.words[1].tag and c.words[1].lemma in labelling_verbs()
            and bool(clauses) and bool(clauses[-1].words) and not any(w.tag.startswith("V") for w in clauses[-1].words[:-1]))


def resumed_text(label: Clause, c: Clause, plain: str) -> str:
    """The clause "so" resumes, the label in its place: "ökonomisch unsinnig nennt Y die Abgabe", "Als ein Gewinn
    beurteilt Y den Weg" (the verb's row says whether the label stands bare or after "als"); the label takes the
    place of the clause's own first word, "so", not of a "so" further on. The label's first word is written
    small unless it is a noun: it no longer opens the sentence ("Ein", "Ökonomisch", "Ausgewogen": a participle)."""
    first, rest = (label.text.strip().split(" ", 1) + [""])[:2]
    noun = _capital_tag(first).startswith("N") and not _analyse(first.lower())[1].startswith("VV(PP")
    first = first if noun else first.lower()
    lead = "" if labelling_verbs()[c.words[1].lemma] == "bare" else "Als "
    return f"{lead}{first} {rest} {plain[LEADING_SO.match(plain).end():]}"


LEADING_SO = re.compile(r"\W*so\b", re.IGNORECASE)  # (the clause's first word; resumed_judgement made sure it is "so")


@lru_cache(maxsize=None)
def labelling_verbs() -> dict[str, str]:
    """data/labelling_verbs_de.tsv: lemma -> "bare" or "als", how the verb takes its label."""
    return dict(line.split()[:2] for line in data_words("labelling_verbs_de.tsv"))


def restated(plain: str, before: Clause) -> str:
    """A verbless "weder … noch …" after a clause with its finite verb ("X kommt nicht in Frage, weder ganz noch
    zu Teilen", "Die Maut lehnen wir ab, weder jetzt noch später") restates how far the clause holds: its "weder"
    is no second negation of the clause, so it is left out. Before a side ("neutral, weder für noch gegen die
    Maut") it says that no side is taken and stays (clause_de.sides_neither reads it)."""
    lead = plain.lstrip()
    after = lead[6:].lower().split()[:2]
    if lead[:6].lower() != "weder " or not any("FIN" in w.tag for w in before.words) \
            or after[:1] in (["dafür"], ["dagegen"]) or after[:1] in (["für"], ["gegen"]) and after[1:] == ["noch"]:
        return plain  # ("weder für Pendler noch für die Umwelt" names no side: it restates)
    return " " * (len(plain) - len(lead) + 6) + lead[6:]


def conceding_subject(before: Clause, c: Clause) -> str | None:
    """"Der Windpark verändere zwar das Landschaftsbild, sei aber unverzichtbar": the answer to a zwar-clause
    that opens with its finite verb and "aber" / "jedoch" / "allerdings" shares the zwar-clause's subject; its
    text (so that the granted clause and the one that holds the position are read apart, conceded)."""
    if (CONCEDED not in before.lows or len(c.words) < 3 or "FIN" not in c.words[0].tag or c.words[0].noun
            or c.words[0].lemma in QUOTING or not CONTRASTING & set(c.lows[1:3])):
        return None
    fin = finite_verb(before)
    subject = subject_of(before, fin) if fin is not None else None
    if subject is None or subject.pronoun and before.words[subject.head].low not in ("er", "sie", "es", "wir", "ich", "man"):
        return None
    return " ".join(w.text for w in before.words[subject.start:subject.end])


def cut_after_verb(clauses: list[Clause], c: Clause) -> bool:
    """"Die Stadtbahn sei, auch wenn sie viele Anhänger habe, nicht finanzierbar": a verbless piece after a
    subordinate clause that cut a main clause right after its finite verb is the rest of that main clause."""
    if len(clauses) < 2 or not c.words or any(w.tag.startswith("V") for w in c.words) or not clauses[-1].words:
        return False
    main = clauses[-2]
    return ((clauses[-1].lows[0] in SUBORDINATING - RELATIVE or hypothetical(clauses[-1])) and bool(main.words)
            and "FIN" in main.words[-1].tag and not main.words[-1].noun and main.words[-1].lemma not in QUOTING)


def bracket_after_infinitive(clauses: list[Clause], c: Clause) -> bool:
    """"Sie lehne den Plan, das Bad zu schließen, entschieden ab": a piece with no finite verb that ends in a
    separable particle, after a zu-clause that cut a main clause with a finite verb and no particle of its
    own, closes that main clause's bracket."""
    if len(clauses) < 2 or not c.words or c.words[-1].tag != "PTKVZ" or any("FIN" in w.tag for w in c.words):
        return False
    inner, main = clauses[-1], clauses[-2]
    last = inner.words[-1] if inner.words else None  # (a zu-infinitive ends the clause: "zu schliessen", which
    infinitive = last is not None and last.tag.startswith("V") and (  # HanTa may take for finite in Swiss spelling)
        last.tag == "VV(IZU)" or len(inner.words) > 1 and inner.lows[-2] == "zu" and last.low.endswith("en"))
    return (infinitive and not any("FIN" in w.tag for w in inner.words[:-1]) and bool(main.words)
            and any("FIN" in w.tag for w in main.words) and not any(w.tag == "PTKVZ" for w in main.words))


def fronted_around_relative(clauses: list[Clause], c: Clause, lang: str, speaker_words: frozenset[str] | set[str]) -> bool:
    """"Von einer Kapitalerhöhung, die einige Fonds …, halte er nichts", "Die Seilbahn, die der Rat beschlossen
    hat, lehne sie ab": the fronted phrase and its main clause around the relative clause; a person's relative
    clause, "Der Bürgermeister X, der Y fordert, sprach …", says what that person holds and stays next to them."""
    if not (len(clauses) >= 2 and c.words and "FIN" in c.words[0].tag and c.words[0].lemma not in QUOTING
            and (relative_clause(clauses[-1]) or comparison_clause(clauses[-1])) and clauses[-2].words and clauses[-2].phrases
            and not any(w.tag.startswith("V") for w in clauses[-2].words)):
        return False
    front, first = clauses[-2], clauses[-2].phrases[0]
    return first.prep is not None or (first.start == 0 and front.words[0].low in DETERMINERS | INDEFINITE
                                      and not is_agent(front, first, lang) and not _names_speaker(front, first, speaker_words))


def shares_subject(before: Clause, c: Clause) -> bool:
    """"kritisierte nicht nur die Kosten, sondern lehnte X ab": a piece of "sondern" and a finite verb is the
    second verb phrase of the clause before, with its subject (read as one clause, each conjunct with its own
    negation: _new_verb_phrase)."""
    return (len(c.words) > 1 and c.words[0].low == "sondern" and "FIN" in c.words[1].tag and not c.words[1].noun
            and any("FIN" in w.tag for w in before.words))


def fronted_subjects(pieces: list[str], lang: str) -> list[str]:
    """Pieces with a fronted subject joined to its clause: after a clause with a verb, verbless pieces
    that name a person or a role ("die Fraktionschefin der Grünen, Ingrid Paulsen") before a piece that
    opens with its finite verb ("lehnt den Bau ab") are that verb's subject, not an apposition of the
    clause before: "X befürwortet das Hotel, die Fraktionschefin …, Y, lehnt den Bau ab" (Y's position)."""
    from ..actors.lexicon import firstnames

    if len(pieces) < 3:
        return pieces
    plain = [QUOTE_MARKS.sub(" ", p) for p in pieces]
    ws = [words_of(p) for p in plain]  # (one reading of each piece: words_of is cached, and clause_of below reads the same)
    verbs = [any(w.tag.startswith("V") for w in x) for x in ws]
    out: list[str] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) and not verbs[j]:
            j += 1
        # (a present in -t is tagged as its participle: "kritisiert", "begrüßt")
        if 0 < k < j < len(pieces) and verbs[k - 1] and ws[j] and ("FIN" in ws[j][0].tag or ws[j][0].tag == "VV(PP)"
                                                                    and ws[j][0].low.endswith("t")) \
                and ws[j][0].lemma not in QUOTING \
                and any(ws[m] and (ws[m][0].low in firstnames() or names_agent(clause_of(plain[m], lang), lang))
                        for m in range(k, j)):
            out.append(" ".join(pieces[k:j + 1]))
            k = j + 1
            continue
        out.append(pieces[k])
        k += 1
    return out


def names_agent(c: Clause, lang: str) -> bool:
    """A clause piece that opens with a person, a role or a body with its definite article."""
    return bool(c.phrases) and c.phrases[0].start == 0 and c.phrases[0].prep is None and is_agent(c, c.phrases[0], lang)


def without_speaker_apposition(pieces: list[str], speaker_words: frozenset[str] | set[str], lang: str) -> list[str]:
    """The pieces without a verbless noun phrase between a piece ending in the speaker's name and the
    rest of the clause ("…, Chefin des Verbands, am Montag …", "…, selbst Juristin, scharf kritisiert"):
    none of the speaker's words, no preposition or conjunction first, no frame word ("Gegnerin der Maut")."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        before = WORD.findall(out[-1]) if out else []
        if before and before[-1].lower() in speaker_words and k + 1 < len(pieces) \
                and not piece.lstrip().startswith(("(", "„", "«", '"')):
            ws = words_of(piece)
            if ws and any(w.noun for w in ws) and ws[0].low not in PREPOSITIONS and ws[0].low not in APPOSITION_STOPS \
                    and not any(w.tag.startswith("V") or w.low in speaker_words or w.low in VERB_COORDINATIONS for w in ws) \
                    and not takes_side(piece, lang):
                continue
        out.append(piece)
    return out


def across_speaker_name(pieces: list[str], speaker_words: frozenset[str] | set[str]) -> list[str]:
    """The speaker's name set off by commas inside a clause ends no clause: "ist von der Bürgermeisterin, Y,
    zurückgewiesen worden", "Wie die Vorsitzende des X, Y, am Donnerstag mitteilte, …", "warnt Y, Chefin des X,
    davor, …" (once without_speaker_apposition left the role out). A piece that is the name, or ends in it, and
    the piece after it are one when that piece only closes the clause (continues_clause)."""
    out: list[str] = []
    for piece in pieces:
        before = WORD.findall(out[-1]) if out else []
        if before and before[-1].lower() in speaker_words and continues_clause(piece):
            name_only = len(out) > 1 and all(w.lower() in speaker_words for w in before)
            name = out.pop()  # (a name alone between commas joins the piece before it too)
            if name_only:
                name = f"{out.pop()} {name.strip()}"
            out.append(f"{name} {piece.strip()}")
            continue
        out.append(piece)
    return out


def continues_clause(piece: str) -> bool:
    """A lone pointer ("davor") or a lower-case piece whose only finite verb is its last word, after no word
    that opens a clause of its own and no noun phrase of its own outside a prepositional phrase ("am Donnerstag
    mitteilte", "entschieden zurückgewiesen worden"; not "nichts sei entschieden", "die Maut sei teuer", "und
    lehnt X ab", "vorausgesetzt die Kosten sinken")."""
    ws = words_of(QUOTE_MARKS.sub(" ", piece))
    if not ws or not ws[0].text.islower() or piece.lstrip()[:1] in "„«\"(":
        return False
    if len(ws) == 1 and ws[0].low in POINTERS:
        return True
    own_subject = any(w.low in DETERMINERS and (k == 0 or ws[k - 1].low not in PREPOSITIONS) for k, w in enumerate(ws))
    return (ws[0].low not in APPOSITION_STOPS and ws[0].low not in VERB_COORDINATIONS and ws[-1].tag.startswith("V")
            and not any("FIN" in w.tag for w in ws[:-1]) and not own_subject)  # ("vorausgesetzt, die Kosten sinken")


APPOSITION_STOPS = SUBORDINATING - DETERMINERS | POINTERS.keys() | ELLIPTICAL | PERSONAL | {"so", "wie", "nämlich"}


def takes_side(piece: str, lang: str) -> bool:
    """Whether a piece holds a frame word ("Gegnerin der Maut", "Befürworter des Baus", "Seilbahn-Gegner")."""
    c = clause_of(piece, lang)
    return bool(find_words(c, lexicon(lang).frames, separable_lemmas(c)) or compound_sides(c, lang, set(), False))


RELATIVE_PRONOUNS = frozenset("der die das dem den denen deren dessen welcher welche welches welchem welchen".split())


def comparison_clause(c: Clause) -> bool:
    """"wie es die Grünen fordern": "wie", a pronoun for the thing before, the finite verb last."""
    return (len(c.words) > 2 and c.words[0].low == "wie" and "FIN" in c.words[-1].tag
            and any(w.low in ("sie", "es", "ihn") for w in c.words[1:4]))


def relative_clause(c: Clause) -> bool:
    """A relative clause: a relative pronoun first (after its preposition: "für die"), the finite verb last."""
    k = 1 if c.words and c.words[0].low in PREPOSITIONS else 0
    return (len(c.words) > k + 1 and c.words[k].low in RELATIVE_PRONOUNS and not c.words[k + 1].noun
            and ("FIN" in c.words[-1].tag or lone_participle_last(c)))


def lone_participle_last(c: Clause) -> bool:
    """A verb-last clause whose one verb HanTa read as a participle ("die die Debatte seit Monaten protokolliert"):
    with no auxiliary before it, the "-t" form is the finite verb the clause needs."""
    return c.words[-1].tag == "VV(PP)" and c.words[-1].low.endswith("t") and not any(w.tag.startswith("V") for w in c.words[:-1])


# ---------------------------------------------------------------- things named before


TALKED_ABOUT = frozenset("um über".split())  # "Die Debatte um X", "wird über X gestritten"
SIDED = frozenset("für gegen".split())  # "hatte sich für X ausgesprochen" (not "ein Verbot für Lastwagen": an attribute)


def things_named(c: Clause, lang: str, asked: bool = False) -> tuple[tuple[Clause, Phrase], ...]:
    """The things a clause names that a later "dafür", "dagegen", "davon" or "das Projekt" may point
    back to, the likeliest last: what it is about (um / über), then its objects, then a thing as its
    subject. Common nouns only: no person, body, name or time. A question (``asked``) names also what
    it asks about ("Was halten Sie von X?", "Wie stehen Sie zu X?")."""
    # (read only for a phrase after "um" or "über": the lemmas of the other clauses' words are not built)
    debate = any(p.prep in TALKED_ABOUT for p in c.phrases) and any(
        w.lemma in row_words(lang, "debate") or noun_lemma(w.text).lower() in row_words(lang, "debate")
        for w in c.words if w.noun or w.tag.startswith("V") or w.text[:1].isupper())  # ("Ärger um X": read as "ärger")
    found = [p for p in c.phrases if not p.pronoun and c.words[p.head].noun
             and (p.prep is None or p.prep in TALKED_ABOUT and debate or p.prep in SIDED and not attached(c, p)
                  or framed(c, p, lang)
                  or asked and p.prep in ASKED_ABOUT and not any(q.end == p.start - 1 and not q.pronoun
                                                                and c.words[q.head].low not in PERSONAL for q in c.phrases))
             and c.words[p.head].low not in TIME_NOUNS and not is_agent(c, p, lang) and not _genitive_attribute(c, p)
             and not preposition_conjunct(c, p)
             and german_noun_lemma(c.words[p.head].text) and not person_noun(c.words[p.head].text, lang)
             and not any((w.tag == "CARD" or w.text[:1].isdigit()) and not year_before(c, p, w)
                         for w in c.words[max(p.start - 1, 0):p.end])]  # (an amount)
    rank = {id(p): 3 if p.prep in TALKED_ABOUT else 2 if p.prep else 0 if p is c.phrases[0] else 1 for p in found}
    return tuple((c, p) for p in sorted(found, key=lambda p: rank[id(p)]))


ASKED_ABOUT = frozenset("von zu".split())
YEAR = re.compile(r"(?:19|20)\d\d")


def year_before(c: Clause, p: Phrase, w: Word) -> bool:
    """A year right before the phrase, after its preposition, says when, not how many ("will bis 2031 einen
    Güterbahnhof bauen")."""
    k = p.start - 1  # (w itself, not an equal word: "bis 2031 … bis 2031 einen Bahnhof" has two)
    return k > 0 and c.words[k] is w and YEAR.fullmatch(w.text) is not None and c.words[k - 1].low in YEAR_PREPOSITIONS


YEAR_PREPOSITIONS = frozenset("bis ab seit von vor nach im".split())


def framed(c: Clause, p: Phrase, lang: str) -> bool:
    """A prepositional phrase that a frame word of its clause takes as its slot: the thing a position
    is taken on ("Rückendeckung für den Sparkurs", "verabschiedet sich von einem Kreuzfahrtschiff"), which a later
    "Der Kurs" or "Diesen Plan" names again."""
    if p.prep is None or p.prep in TALKED_ABOUT or noun_lemma(c.words[p.head].text).lower() in frame_vocabulary(lang):
        return False  # (a position noun is no thing: "rückt von seiner Ablehnung der X ab")
    return any(fw.slot == p.prep for _, fw in find_words(c, lexicon(lang).frames, separable_lemmas(c)))


def attached(c: Clause, p: Phrase) -> bool:
    """A prepositional phrase right after a noun phrase, as its attribute ("ein Verbot für Lastwagen")."""
    return any(q.end == p.start - 1 and not time_phrase(c, q) for q in c.phrases)  # (not "am Montag gegen X")


def named_before(context: str, lang: str) -> tuple[tuple[Clause, Phrase], ...]:
    """The things named in the last sentences of ``context`` (the text before a statement)."""
    out: tuple[tuple[Clause, Phrase], ...] = ()
    for sentence in last_sentences(context):
        out += things_in_sentence(sentence, lang)
    return out


def last_sentences(context: str, n: int = 3) -> list[str]:
    """The last ``n`` sentences of ``context`` (its last 600 characters): three for named_before, two or
    one for the readers of the sentence just before (sentence_topic, parallel_thing, object_before)."""
    return [x for x in SENTENCE_BREAK.split(context[-600:]) if x.strip()][-n:]


@lru_cache(maxsize=2048)
def things_in_sentence(sentence: str, lang: str) -> tuple[tuple[Clause, Phrase], ...]:
    """The things one sentence names (things_named of each clause), read once: the statements of an
    article look back at the same sentences. The clauses are shared between those statements: the
    one change made to them (``content``, set in frame_stances when an antecedent is the target)
    is read only of a statement's own clauses (read_stances), never of these."""
    sentence = TURN_LABEL.sub("", sentence)
    asked = is_question(sentence)
    return tuple(x for c in sentence_clauses(sentence.replace("?", "."), lang) for x in things_named(c, lang, asked))


# an interview's turn label ("Frage:", "Bernd Ohm:") names no thing; a question does name what its answer's
# "davon" points back to ("Frage: Was halten Sie von einer Citymaut? Ohm: Davon halte ich nichts")
TURN_LABEL = re.compile(r"^\s*[A-ZÄÖÜ][\w.*-]*(?:\s[A-ZÄÖÜ][\w.-]*)?\s*:\s")


def person_noun(word: str, lang: str) -> bool:
    """A role ("Landrätin") or a group of people ("Anwohner", "Mitarbeitern")."""
    from ..actors.lexicon import lexicon as actor_lexicon
    from ..actors.roles import role_word

    lemma, people = noun_lemma(word), actor_lexicon(lang)
    return role_word(lemma, people) is not None or word.lower() in people.groups or lemma.lower() in people.groups


def holds_it(fw: FrameWord, c: Clause, tc: Clause, tp: Phrase, subject: Phrase | None, lang: str) -> bool:
    """A person is no target (is_agent); people as the subject of an evaluation hold it: "die
    Anwohner seien skeptisch", "die Elterninitiative sei begeistert" take no position on them."""
    return fw.slot == "subj" and tc is c and tp is subject and people_noun(c.words[tp.head].text, lang)


def people_noun(word: str, lang: str) -> bool:
    """person_noun, or a body named by a group of people ("Schülervertretung", "Elterninitiative": a
    group of groups_de.txt and an ending of civic_heads_de.txt): people who can hold a view."""
    from ..actors.lexicon import civic_heads, lexicon as actor_lexicon

    if person_noun(word, lang):
        return True
    low, groups = noun_lemma(word).lower(), actor_lexicon(lang).groups  # (variant -> plural: keys looked up)
    stems = [low[: -len(h)] for h in civic_heads(lang) if low.endswith(h) and len(low) > len(h) + 2]
    return any(x in groups or x.endswith("s") and x[:-1] in groups for x in stems)


class Named:
    """The things named before a clause, the likeliest antecedent last: those of the article's last
    sentences before the statement (named_before), then those of the statement's clauses before it.
    Worked out only when a clause points back ("dafür", "das Projekt"): most never do."""

    def __init__(self, context: str, lang: str, clauses: tuple[Clause, ...] = ()):
        self.context, self.lang, self.clauses = context, lang, clauses
        self._things: tuple[tuple[Clause, Phrase], ...] | None = None

    def after(self, c: Clause) -> "Named":
        return Named(self.context, self.lang, self.clauses + (c,))

    @property
    def things(self) -> tuple[tuple[Clause, Phrase], ...]:
        if self._things is None:
            self._things = named_before(self.context, self.lang) + tuple(
                x for c in self.clauses for x in things_named(c, self.lang))
        return self._things


def earlier_things(c: Clause) -> tuple[tuple[Clause, Phrase], ...]:
    return c.named.things if c.named is not None else ()


def antecedent(c: Clause) -> tuple[Clause, Phrase] | None:
    """The thing named last before the clause (the likeliest of its clause), if any."""
    things = earlier_things(c)
    return things[-1] if things else None


CONTRACTED = frozenset("vom zum zur im am beim ins ans aufs fürs".split())  # a preposition with the definite article
POINTING = frozenset("der die das den dem des dieser diese dieses diesen diesem".split())


def contrasted(c: Clause) -> bool:
    """A conjunct set against the one before (an elliptical one, or a "sondern" clause with its own verb: "Nicht für
    die Autobahn, sondern für die Bahn sei sie"): its thing is another one, not one named before it."""
    return c.contrast or bool(c.words) and c.words[0].low == "sondern"


def installation(low: str) -> bool:
    """A head that names an installation (data/facility_heads.txt, "anlage"; plural "anlagen")."""
    return any(low in (head, head + "n") for head in data_words("facility_heads.txt"))


def taken_over(c: Clause, p: Phrase) -> bool:
    """A phrase of an elliptical piece's clause before its finite verb: the subject the piece took over from the clause
    before it (elliptical: "Der Kurs ist schmerzhaft, | aber richtig"), no other thing set against that clause's."""
    return c.contrast and (fin := finite_verb(c)) is not None and p.end <= fin


def named_target(c: Clause, p: Phrase, lang: str) -> str:
    """The target's name, where a bare definite noun points back to a thing named before: "das
    Terminal" to the "Kreuzfahrtterminal" named before (a compound with that head), "das Projekt" /
    "das Vorhaben" (rows "refer") to the thing last named."""
    name = target_lemma(c, p)
    if not points_back(c, p) or contrasted(c) and not taken_over(c, p):  # ("nicht für die Autobahn, sondern für die Bahn")
        return name
    low = plan_noun(name.lower(), lang)  # ("das Großprojekt", "das 23-Millionen-Projekt": "das Projekt")
    debated = [(other, q) for other, q in earlier_things(c) if under_debate(other, q, lang)] or ([] if installation(low) else [
        (other, q) for other, q in earlier_things(c) if framed(other, q, lang)])
    # (else what a position was taken on; "die Anlage" names an installation, not the process a position was on:
    # "ist von der Müllvergärung abgerückt … gegen die Anlage" stays the Anlage the change reader links)
    # a compound of the noun named before, debated ones first; a generic noun (rows "refer") takes any
    # ("Die Schneekanonen verbrauchen …: Die Anlagen seien …"); a class noun takes a thing of its class ("eine
    # Bettensteuer … lehnte die Abgabe ab", data/class_nouns.tsv)
    generic = reversed(earlier_things(c)) if low in row_words(lang, "refer") or low in class_nouns() else ()
    candidates = [*reversed(debated), *generic]
    if low in class_nouns():
        candidates = class_candidates(c, p, name, candidates)
    for other, q in candidates:
        earlier = target_lemma(other, q)
        if earlier.lower() != name.lower() and named_again_by(earlier, low):
            return earlier
    if low in row_words(lang, "refer") and debated and debated[-1][1] is not p and debated[-1][0] is not c:
        return target_lemma(*debated[-1])
    if low in row_words(lang, "demanded") and c.named is not None and (asked := object_before(c.named.context, lang)):
        return target_lemma(*asked)  # "hat eine Lohnerhöhung gefordert. Y nannte die Forderung angemessen"
    if low in row_words(lang, "refer"):  # else the topic of the clause before: its subject ("Die Seilbahn würde …")
        topic = sentence_topic(c.named.context, lang) if c.named is not None else None
        if topic is None:
            return name
        tc, tp, sign = follow_acts(*topic, [], lang)  # "die Pläne für einen Drogenkonsumraum …: die Pläne der Stadt"
        return target_lemma(tc, tp) if sign == 1 and carrier_of(topic[0].words[topic[1].head], lang) else target_lemma(*topic)
    return name


def class_candidates(c: Clause, p: Phrase, name: str, candidates: list) -> list:
    """The things before a definite class noun ("die Abgabe", data/class_nouns.tsv) may name: none where it
    has an "auf" attribute of its own ("forderte die Abgabe auf Einwegbecher": a levy of its own, not the
    Zweitwohnungsteuer before), only those named after the class noun itself was last named ("streitet über
    die Bettensteuer. Nun plant sie eine Abgabe auf Becher … lehnte die Abgabe ab": that Abgabe, even where
    the Bettensteuer is the debated one), and of its number ("die Abgabe" names no "Parkgebühren")."""
    if attribute_after(c, p, ("auf",)) is not None:
        return []
    things = earlier_things(c)
    own = [i for i, (other, q) in enumerate(things) if target_lemma(other, q).lower() == name.lower()]
    since = {id(q) for other, q in things[own[-1] + 1:]} if own else {id(q) for other, q in things}
    return [(other, q) for other, q in candidates if id(q) in since and plural(other, q) == plural(c, p)]


def plural(c: Clause, p: Phrase) -> bool:
    """Is the phrase's head a plural: its word longer than its lemma and no genitive -s ("Parkgebühren",
    "Zölle"; not "Bettensteuer", "des Zolls")? (HanTa's tags carry no number.)"""
    word = c.words[p.head]
    return word.text.lower() != target_lemma(c, p).lower() and not word.text.endswith("s")


DECIDED_ON = ("für", "zu", "über", "gegen", "von")  # the prepositions that name what a decision is on


def decided_thing(c: Clause, p: Phrase, lang: str) -> tuple[str, int] | None:
    """A bare definite decision noun (rows "decision": "die Entscheidung", "den Beschluss", "den Schritt")
    names the act the sentence before tells: the thing its verb's object names, passed through its acts,
    with the sign of that act ("Das Land zieht den Bau der Ortsumgehung vor. X begrüßte die Entscheidung" =
    +1 Ortsumgehung; "Der Rat schließt die Bücherei. X kritisierte den Schritt" = +1 Bücherei). None where
    the noun has an attribute, nothing was told before, or the sentence before acts on no thing."""
    if c.words[p.head].low not in row_words(lang, "decision") or c.named is None or c.lows[p.start] not in POINTING \
            or p.end - p.start > 3 or attribute_after(c, p, DECIDED_ON) is not None:
        return None  # (a place or talk after it says where it was heard: "begrüßte die Entscheidung im Gespräch mit X")
    sentences = last_sentences(c.named.context, 1)
    for told in sentence_clauses(sentences[-1], lang) if sentences else ():
        fin = finite_verb(told)
        objects = [q for q in told.phrases if fin is not None and q.start > fin and q.prep is None and not q.pronoun
                   and told.words[q.head].noun and not time_phrase(told, q) and not is_agent(told, q, lang)
                   and not owned(told, q) and not person_noun(told.words[q.head].text, lang)]
        # (not the subject's own act, "kündigte seinen Rücktritt an", nor a person, "nahm den Verdächtigen fest")
        if not objects:
            continue
        words: list[str] = []
        tc, tq, sign = follow_acts(told, objects[0], words, lang)
        verbs = [w for w in told.words if w.tag.startswith("V") and not w.noun]
        acts = [fw for w in verbs for fw in lexicon(lang).acts.get(separable_lemmas(told).get(told.words.index(w), w.lemma), ())
                if not fw.noun]
        if not acts and tq is objects[0]:
            return None  # (an act on no thing: "Die Polizei nahm den Verdächtigen fest. X begrüßte den Schritt")
        return target_lemma(tc, tq), sign * (-1 if acts and acts[0].value == "flip" else 1)
    return None


FIGURE_MODIFIER = re.compile(r"\d[\d.,]*(?:-\w+)*")  # "23-millionen", "400-millionen-euro"


def plan_noun(low: str, lang: str) -> str:
    """The plan noun (rows "refer") a compound of it names where its modifier says only how big, costly or
    prized the plan is (data/plan_modifiers_de.txt, or a figure): "großprojekt", "23-millionen-projekt",
    "bauvorhaben" -> "projekt", "vorhaben"; any other word as it is ("seilbahnprojekt" names its thing)."""
    for head in row_words(lang, "refer"):
        if low.endswith(head) and len(low) > len(head):
            modifier = low[:-len(head)].rstrip("-")
            if FIGURE_MODIFIER.fullmatch(modifier) or modifier in plan_modifiers() \
                    or modifier.endswith("s") and modifier[:-1] in plan_modifiers():
                return head
    return low


@lru_cache(maxsize=None)
def plan_modifiers() -> frozenset[str]:
    return frozenset(data_words("plan_modifiers_de.txt"))


def points_back(c: Clause, p: Phrase) -> bool:
    """A short definite phrase without an attribute ("die Trasse", "eine solche Abgabe"): it may name
    again a thing named before; an owner in the genitive is no attribute of the thing ("das Vorhaben
    der Stadtwerke", "die Pläne des Investors": the plan named before, whoever's it is)."""
    attribute = attribute_after(c, p, ("für", "von", "zu", "in", "an"))
    if attribute is not None and attribute == owner_after(c, p, "de"):
        attribute = attribute_after(c, attribute, ("für", "von", "zu"))
    if attribute is not None and attribute.prep is not None and time_phrase(c, attribute):
        attribute = None  # "will das Angebot zum Jahresende einstellen": when, no attribute
    if attribute is not None and attribute.prep == "für" and any(w.lemma == "halten" for w in c.words):
        attribute = None  # "hält die Anlagen für Wahnsinn": the predicative, no attribute
    first = p.start + (c.lows[p.start] in ARTICLES and p.end - p.start > 2)  # (r32: the article opens the phrase)
    such = c.lows[first].startswith("solch")  # "eine solche Abgabe": the kind named before
    return (c.lows[p.start] in POINTING or such) and p.end - (first if such else p.start) <= 3 + such and attribute is None


def time_phrase(c: Clause, p: Phrase) -> bool:
    """A phrase of time ("zum Jahresende", "im Herbst", "an Wochenenden"): its head a time noun (also of
    data/time_nouns_de.txt: "im Frühjahr", "im Winter"), also at the end of a compound."""
    low = c.words[p.head].low
    return low in TIME_NOUNS or low in time_nouns() or time_compound(low)


def time_compound(low: str) -> bool:
    """A compound that names a time: two time nouns of data/time_nouns_de.txt joined ("mittwochabend",
    "sonntagnachmittag", "sommerabend") or a bound of one ("jahresende"). The one compound reader of the
    German rules (the speaker rules' time phrases, de/direct.py, read it too; round 32 joined the two)."""
    return joined_times(low) or bound_of_time(low)


def joined_times(low: str) -> bool:
    """Two time nouns joined, each of three letters or more ("freitagnacht"; not "bundestag": "bundes" is
    none; "Morgen" alone is TIME_NOUNS' own)."""
    times = time_nouns()
    return any(low[:n] in times and low[n:] in times for n in range(3, len(low) - 2))


TIME_BOUNDS = ("ende", "anfang", "beginn", "mitte")  # where a time begins or ends: "Jahresende", "Saisonbeginn"


def bound_of_time(low: str) -> bool:
    """"jahresende", "monatsanfang", "wochenmitte", "schuljahresbeginn": a bound after a time noun of
    data/time_nouns_de.txt (with its linking -s / -es / -n), also as a compound's end ("Schuljahr")."""
    bound = next((b for b in TIME_BOUNDS if low.endswith(b) and len(low) > len(b) + 3), None)
    if bound is None:
        return False
    stem = low[:-len(bound)]
    stems = {stem, stem[:-1], stem[:-2]} if stem.endswith("es") else {stem, stem[:-1]} if stem[-1:] in "sn" else {stem}
    # (a stem of four letters or more that is itself a time noun ends in one)
    return any(x.endswith(n) for x in stems if len(x) >= 4 for n in time_nouns() if len(n) >= 4)


def owner_after(c: Clause, p: Phrase, lang: str) -> Phrase | None:
    """The definite genitive right after a plan noun (rows "refer") that names whose plan it is: a body,
    a role or a person ("die Pläne der Agrargenossenschaft", "das Vorhaben des Landwirts X"); None where
    the genitive is what is planned ("die Planung der Umgehungsstraße")."""
    from ..actors import is_institution_word

    if not c.words[p.head].noun or c.words[p.head].low not in row_words(lang, "refer"):
        return None
    q = attribute_after(c, p, ())
    if q is None or q.prep is not None or c.lows[q.start] not in DEFINITE:
        return None
    head = c.words[q.head].text
    return q if is_agent(c, q, lang) or is_institution_word(head, lang) or person_noun(head, lang) else None


def compound_named_before(c: Clause, name: str) -> str | None:
    """The last compound with the noun as its head named in the sentences before or the clauses of
    the statement before ("ihr Widerstand gegen die Stromtrasse …: unterstütze die Trasse", "die
    Forderung nach einer Bürgerbefragung …: Eine solche Befragung"): a definite noun names it again."""
    if c.named is None or "-" in name or len(name) < 4:
        return None
    low = name.lower()
    # (a lemma is its word with another ending: the word has the name's start after its own first three letters)
    head_start = plain_lettered(name)[:len(name) - KEY_ENDING]
    text = c.named.context[-600:] + " " + " ".join(x.text for x in c.named.clauses)
    for word in reversed(COMPOUND_WORD.findall(text)):
        if len(word) > len(name) + 2 and word.lower().endswith(low):
            return word  # (as written: the head it shares is the lemma "name")
        if head_start not in plain_lettered(word)[3:]:
            continue
        lemma = german_noun_lemma(word)
        if lemma and len(lemma) > len(name) + 2 and lemma.lower().endswith(low) and lemma[-len(low) - 1] != "-":
            return lemma
    return None


COMPOUND_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*\b")


def object_before(context: str, lang: str) -> tuple[Clause, Phrase] | None:
    """What the last sentence before asks for: the object of its verb of demand ("hat eine Lohnerhöhung
    gefordert"), if it has one."""
    sentences = last_sentences(context, 1)
    if not sentences:
        return None
    demand = row_words(lang, "demanding")
    for c in sentence_clauses(sentences[-1], lang):
        fin = finite_verb(c)
        if fin is not None and any(w.lemma in demand for w in c.words if not w.noun):
            asked = [p for c2, p in things_named(c, lang) if c2 is c and p.prep is None and p.start > fin]
            return (c, max(asked, key=lambda p: p.start)) if asked else None  # (the object after the finite verb)
    return None


def sentence_topic(context: str, lang: str) -> tuple[Clause, Phrase] | None:
    """The topic of the last sentence before: the first thing it names as a subject (not the
    subject of a cue clause after it, "…, sagte ein Planer"), else its first object. A body that acts
    is no topic ("Die Reederei hat das Terminal aufgegeben. … das Projekt": the Terminal)."""
    from ..actors import is_institution_word

    for sentence in reversed(last_sentences(context, 2)):
        things = [t for t in things_in_sentence(sentence, lang) if not is_institution_word(t[0].words[t[1].head].text, lang)]
        topic = brought_about(things, lang) or next((t for t in things if t[1] is t[0].phrases[0]), None) \
            or next((t for t in things if t[1].prep is None and not owned(*t)), None) \
            or next((t for t in things if t[1].prep in SIDED), None)  # ("hat sich gegen den Windpark gestellt")
        if topic is not None:
            return topic
    return None


def brought_about(things: list[tuple[Clause, Phrase]], lang: str) -> tuple[Clause, Phrase] | None:
    """The object of a verb that brings a thing about (rows "begin": "bauen", "errichten", "einführen") in a
    sentence before: its subject is who acts, the thing built is what "das Projekt" names ("Die Bahn will einen
    Güterbahnhof bauen. X begrüßte das Großprojekt": the Güterbahnhof, not the Bahn)."""
    begin = row_words(lang, "begin")
    for c, p in things:
        fin = finite_verb(c)
        if fin is not None and p.prep is None and p.start > fin and not owned(c, p) and any(
                not w.noun and w.tag.startswith("V") and w.lemma in begin for w in c.words[p.end:]):
            return c, p
    return None


def owned(c: Clause, p: Phrase) -> bool:
    """An object with a possessive ("hat ihre Meinung geändert", "bekräftigte seine Kritik") is the
    subject's own view or act, not a thing "das Projekt" can name after it."""
    return POSSESSIVE.fullmatch(c.words[p.start].low) is not None


POSSESSIVE = re.compile(f"(?:{'|'.join((*POSSESSIVE_STEMS, 'dein'))})(?:e|er|es|em|en)?")  # the stems above, inflected


def under_debate(c: Clause, p: Phrase, lang: str) -> bool:
    """A thing named as debated ("der Streit um X", "über X wird gestritten"), as planned or contested
    ("das geplante X", "das umstrittene X"): what "das Projekt" or "das Terminal" can name later."""
    return p.prep in TALKED_ABOUT or any(w.lemma in row_words(lang, "debated") or w.low.startswith(("geplant", "umstritten"))
                                         for w in c.words[p.start:p.head])
