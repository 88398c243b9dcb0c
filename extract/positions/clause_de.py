"""A reader of the German clause's argument structure for stances (issue 16).

Where no stance frame of frames_de.py fires (and for a judging verb with a listed predicative,
"hält X für einen Holzweg", always), this reader finds the clause's predicate (finite verb,
separable particle, infinitive or participle of the right bracket, reflexive "sich", light verbs
such as "eine Absage erteilen"), looks it up in the polarity lexicon (extract/data/clause_polarity_de.tsv),
finds the argument its slot names (accusative or dative object by article and position, the phrase
after a preposition, the subject of a predicative, a zu- or dass-clause after a pointer "davor",
"dafür") and composes the polarity: predicate × acts on the way to the target (their own table,
the flip/keep rows of stance_frames_de.tsv, read by frames_de.phrase_stances) × a negation that
scopes over the clause or the target phrase (never "nicht X, sondern Y" for another X).
It reads the tokens frames_de.py made already (HanTa lemmas and tags): no parser.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..actors.lexicon import words_as_written
from ..actors.words import subordinators
from . import frames_de as fd
from .frames import Stance
from .spoken_for import spokesperson_of

NEGATIONS = frozenset("nicht nie niemals keinesfalls keineswegs kaum".split())
NEGATING_DETERMINERS = fd.NEGATING_DETERMINERS
DATIVE = fd.DATIVE | frozenset("keinem meinem unserem ihrem seinem".split())  # (frames_de's, and a negated or owned object)
ACCUSATIVE = fd.ACCUSATIVE
FEMININE_DATIVE = frozenset("der einer keiner".split())  # (dative or genitive, "der" also nominative: the object left when no phrase owns it)
SPEAKING = frozenset("ich wir man er sie".split())  # a pronoun subject: the speaker or the one reported
NOBODY = frozenset("niemand keiner".split())  # the speaker says that nobody will: a negated position
LINKING = frozenset("sein bleiben werden".split())  # the plain copulas (frames_de.COPULAS also has the judging verbs)
REFLEXIVES = frozenset("mich dich uns euch".split())  # (the first and second persons of "sich")
JUDGING = fd.JUDGING  # (one list of judging verbs for both readers)
SUBORDINATE = subordinators("complement", "condition", "concession")  # (no stance of the clause alone)
WILL = frozenset("willen ansicht meinung auffassung wunsch".split())  # "soll nach dem Willen von Y": Y's demand
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
LEXICON_WORDS_KEPT = 4096  # the lexicon's words whose reading is kept (~600: all of them, and bounded)
HEAD_LETTERS = 5  # the fewest letters of a head that may end a compound adjective ("grund|falsch")
FIRST_PART_LETTERS = 4  # and of the part before it (compound_head looks up the endings these two allow)


@dataclass(frozen=True)
class Entry:
    value: str  # "+1" | "-1" | "flip" | "keep" | "pledge"
    slots: tuple[str, ...]  # "acc", "dat", "pred", "pp:für", …
    words: tuple[str, ...]  # all required in the clause (lemmas, lower case)


@lru_cache(maxsize=None)
def polarity_lexicon() -> tuple[Entry, ...]:
    """The rows of extract/data/clause_polarity_de.tsv, then the evaluating adjectives and nouns of
    stance_frames_de.tsv that the table lacks (one list of predicatives for both readers: "hält X für
    verfassungswidrig" is read as "hält X für falsch" is); Swiss ss spellings added."""
    return tuple(e for e, needs in unread_lexicon() if not needs or is_adjective(needs))


@lru_cache(maxsize=None)
def unread_lexicon() -> tuple[tuple[Entry, str], ...]:
    """polarity_lexicon's entries before HanTa has read its words, each with the word HanTa must read
    as an adjective for the entry to count ("" for none: a row of the table, a capitalised noun):
    the words are read only when a text holds them (reading all ~500 at the start cost ~4% of the
    Wikinews dev set's extraction)."""
    out: list[tuple[Entry, str]] = []
    attitudes: set[tuple[str, ...]] = set()
    for value, slots, words in table_rows():
        if value == "attitude":  # (a holder's attitude: kept out of the shared words, read by frames_de only)
            attitudes.update((w,) for w in words)
        elif value != "alone":  # ("alone" rows only narrow compound_head)
            out.append((Entry(value, slots, words), ""))
    listed = {e.words for e, _ in out} | attitudes
    out += [(Entry(value, ("pred",), (word,)), needs) for value, word, needs in unread_evaluating_words()
            if (word,) not in listed]
    out += [(Entry(e.value, e.slots, tuple(w.replace("ß", "ss") for w in e.words)), needs) for e, needs in out
            if any("ß" in w for w in e.words)]
    return tuple(out)


@lru_cache(maxsize=LEXICON_WORDS_KEPT)
def is_adjective(word: str) -> bool:
    """HanTa reads the word on its own as an adjective (asked of the lexicon's words only)."""
    from ..de.nlp import analyse_word

    return analyse_word(word)[1].startswith("ADJ")


@lru_cache(maxsize=None)
def table_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The rows of extract/data/clause_polarity_de.tsv: (value, slots, words)."""
    text = resources.files("extract").joinpath("data", "clause_polarity_de.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.lstrip().startswith("#") or len(parts) < 3:
            continue
        out.append((parts[0].strip(), tuple(parts[1].strip().split(",")), tuple(parts[2].split())))
    return tuple(out)


def evaluating_words() -> tuple[tuple[str, str], ...]:
    """The one-word evaluations of a subject in stance_frames_de.tsv ("+1 subj", "-1 subj"), lower case:
    adjectives and nouns only (its verbs of that slot, "passen", "sich bewähren", judge in frames_de)."""
    return tuple((value, word) for value, word, needs in unread_evaluating_words() if not needs or is_adjective(needs))


@lru_cache(maxsize=None)
def unread_evaluating_words() -> tuple[tuple[str, str, str], ...]:
    """evaluating_words before HanTa has read them: (value, word, the word as written when it is to be
    read as an adjective: not capitalised; "" for a noun)."""
    out = []
    for value, slot, forms in fd.frame_rows("de"):
        if value not in ("+1", "-1") or slot != "subj":
            continue
        for f in forms:
            if "_" not in f:
                out.append((value, f.lower(), "" if f[:1].isupper() else f))
    return tuple(out)


def predicative_heads() -> tuple[str, ...]:
    """The evaluating adjectives of the lexicon (HEAD_LETTERS or more) that may end a compound
    adjective ("grundfalsch", "überlebenswichtig", "wirtschaftsschädlich"), longest first."""
    return tuple(h for h in head_ranks() if is_head(h))


@lru_cache(maxsize=None)
def head_ranks() -> dict[str, int]:
    """The words that may be predicative_heads (before HanTa has read them) -> their place in its order."""
    return {h: k for k, h in enumerate(sorted(head_needs(), key=lambda h: (-len(h), h)))}


@lru_cache(maxsize=None)
def head_needs() -> dict[str, tuple[str, ...]]:
    """Each word that may be a predicative head -> the words its entries need read as adjectives
    (unread_lexicon: one "" where an entry needs none)."""
    alone = {w for value, _, words in table_rows() if value == "alone" for w in words}
    out: dict[str, tuple[str, ...]] = {}
    for e, needs in unread_lexicon():
        if e.slots == ("pred",) and e.value in ("+1", "-1") and len(e.words[0]) >= HEAD_LETTERS and e.words[0] not in alone:
            out[e.words[0]] = out.get(e.words[0], ()) + (needs,)
    return out


@lru_cache(maxsize=LEXICON_WORDS_KEPT)
def is_head(head: str) -> bool:
    """A predicative head: HanTa reads it as an adjective, and one of its entries counts."""
    return is_adjective(head) and any(not needs or is_adjective(needs) for needs in head_needs()[head])


def compound_head(w: fd.Word, forms: list[str]) -> str | None:
    """The listed evaluating adjective a compound adjective ends in (of its forms without an ending), its
    first part FIRST_PART_LETTERS or more and a word of its own ("grundfalsch" -> "falsch", "goldrichtigen" ->
    "richtig"; not "unschädlich", "aufrichtig", "übergewichtig": "Überge" is no word, "antisozial")."""
    if w.noun or not w.tag.startswith("ADJ") or w.low.startswith(COMPOUND_PREFIXES_NOT) or "-" in w.low:
        return None
    # the heads the forms end in, found by looking up each ending of a head's length in a set (testing
    # every head against every form cost ~7% of a German article's extraction), tried in
    # predicative_heads' order: longest first
    rank = head_ranks()
    ends = {f[k:] for f in forms for k in range(FIRST_PART_LETTERS, len(f) - HEAD_LETTERS + 1)} & rank.keys()
    return next((h for h in sorted(ends, key=rank.__getitem__) if is_head(h) for f in forms if f.endswith(h)
                 and len(f) - len(h) >= FIRST_PART_LETTERS and first_part_is_word(f[: len(f) - len(h)])), None)


def first_part_is_word(part: str) -> bool:
    """HanTa knows the first part of a compound ("grund", "wirtschafts", "hoch"), not a stretch of a longer
    word ("überge|wichtig" is "übergewicht|ig") or a bound prefix ("anti")."""
    from ..de.nlp import unknown_stem

    return not unknown_stem(part[:1].upper() + part[1:])


COMPOUND_PREFIXES_NOT = ("un", "miss", "nicht", "selbst")  # "unschädlich", "selbstkritisch": the first part turns or shifts it


@lru_cache(maxsize=None)
def lexicon_index() -> dict[str, tuple[tuple[Entry, str], ...]]:
    """The entries of unread_lexicon by their last word (the verb of a light verb or reflexive), for a
    quick look-up (entries_for)."""
    out: dict[str, list[tuple[Entry, str]]] = {}
    for e, needs in unread_lexicon():
        out.setdefault(e.words[-1], []).append((e, needs))
    return {k: tuple(v) for k, v in out.items()}


def entries_for(word: str) -> tuple[Entry, ...]:
    """The entries of polarity_lexicon whose last word is ``word``, in its order."""
    found = lexicon_index().get(word)
    return tuple(e for e, needs in found if not needs or is_adjective(needs)) if found else ()


def takes_sides(verb: str, lows: set[str]) -> bool:
    """Whether ``verb`` (a lemma or form) ends a row of the polarity table that takes a side (+1 / -1, not an
    act) whose other words all stand in the clause ("will von X nichts wissen": -1 pp:von "nichts wissen")."""
    return any(e.value in ("+1", "-1") and all(w in lows for w in e.words[:-1]) for e in entries_for(verb))


@lru_cache(maxsize=None)
def shared_acts() -> dict[str, Entry]:
    """The verbs of act that take their object, from the flip/keep rows of stance_frames_de.tsv
    (one list for both readers): "streichen" -> flip acc, "einführen" -> keep acc."""
    out = {}
    for entries in fd.lexicon("de").acts.values():
        for fw in entries:
            if fw.slot == "act" and not fw.noun and len(fw.words) == 1:
                out.setdefault(fw.words[0], Entry(fw.value, ("acc",), fw.words))
    return out


@dataclass
class Predicate:
    entry: Entry
    at: int  # the deciding word (the verb; the predicative for "pred")
    words: list[str]  # as written


def lemma_places(c: fd.Clause) -> dict[str, int]:
    """Each lemma of the clause (verbs with their separated particle, adjectives without their
    ending; nouns as written: the lexicon's nouns are judged in the nominative) -> the index of its word."""
    out: dict[str, int] = {}
    particle = c.words and (c.words[-1].low in fd.SEPARABLE_PARTICLES or any(w.tag == "PTKVZ" for w in c.words))
    joined = fd.separable_lemmas(c) if particle else {}  # (only a clause with a particle has any)
    for i, w in enumerate(c.words):
        forms = [w.low, w.lemma]  # (a list: the index's keys in one order under any hash seed)
        if w.tag.startswith("ADJ"):
            forms += [w.low[: len(w.low) - len(e)] for e in ADJECTIVE_ENDINGS if e and w.low.endswith(e)]
        if i in joined:
            forms.append(joined[i])
        if w.tag.startswith("ADJ") and (head := compound_head(w, forms)) is not None and not any(map(entries_for, forms)):
            forms.append(head)  # ("grundfalsch": as "falsch")
        if w.low in REFLEXIVES:
            forms.append("sich")  # the lexicon's reflexives are written with "sich": "wir stellen uns X in den Weg"
        for f in forms:
            out.setdefault(f, i)
    return out


def predicates(c: fd.Clause) -> list[Predicate]:
    """The lexicon's predicates whose words all stand in the clause; the longest (light verbs,
    reflexives) first, so that "sich aussprechen für" wins over a bare verb, then in word order."""
    places = lemma_places(c)
    found = []
    index = lexicon_index()
    acts = shared_acts()
    found += [Predicate(acts[lemma], i, [c.words[i].text]) for lemma, i in places.items()
              if lemma in acts and c.words[i].tag.startswith("V")]
    for e in (e for lemma in places.keys() & index.keys() for e in entries_for(lemma)):
        if all(w in places for w in e.words):
            at = places[e.words[0]] if e.slots == ("pred",) else max(places[w] for w in e.words)
            if e.slots == ("pred",) and not judged(c, at) or auxiliary(c, at):
                continue
            if e.slots != ("pred",) and any(c.words[places[w]].tag == "ADJ(A)" and c.words[places[w]].low != w for w in e.words):
                continue  # a verb's attributive participle describes its noun ("den wegen Betrugs verurteilten Mann")
            found.append(Predicate(e, at, [c.words[places[w]].text for w in e.words]))
    # (the whole entry in the key: the set above iterates in an order that changes from run to run)
    return sorted(found, key=lambda p: (-len(p.entry.words), p.at, p.entry.value, p.entry.slots, p.entry.words))


def auxiliary(c: fd.Clause, at: int) -> bool:
    """A modal beside a full verb is no predicate of its own ("will den Entwurf vorstellen": a plan)."""
    return c.words[at].tag.startswith("VM") and any(w.tag.startswith("VV") for w in c.words)


def judged_predicative(c: fd.Clause) -> bool:
    """A judging verb with a listed predicative ("hält X für einen Holzweg"): the reader's slots decide."""
    return judging(c) and any(p.entry.slots == ("pred",) for p in predicates(c))


def judging(c: fd.Clause) -> bool:
    """A verb that judges its object stands in the clause ("hält X für …"; also with its particle
    separated: "schätzt X als Fehler ein", "stuft X als notwendig ein")."""
    return not JUDGING.isdisjoint(lemma_places(c))


def judged(c: fd.Clause, at: int) -> bool:
    """A predicative: a copula or a judging verb in the clause, the word not inside a prepositional
    phrase other than "für"/"als" ("hält X für einen Fehler", "bezeichnete X als Fehler")."""
    if not (any(w.lemma in LINKING and not (w.lemma == "werden" and passive(c)) for w in c.words) or judging(c)):
        return False  # ("wird gut angenommen": a passive, no copula)
    if (not c.words[at].noun and at + 1 < len(c.words) and c.words[at + 1].tag in ("VV(PP)", "VV(INF)", "VV(IZU)")
            and not (at > 0 and c.lows[at - 1] in ("für", "als") and c.words[at + 1].lemma in JUDGING)):
        return False  # "gut angenommen", "schnell umgesetzt": an adverb of the verb ("für falsch gehalten" judges)
    p = fd.phrase_at(c, at)
    return p is None or p.prep in (None, "für") or c.words[p.start - 1].low == "als"


def finite_index(c: fd.Clause) -> int:
    """frames_de.finite_verb, -1 for none (a noun is never tagged finite: its tag starts with N)."""
    fin = fd.finite_verb(c)
    return -1 if fin is None else fin


def passive(c: fd.Clause) -> bool:
    """werden + participle ("muss eingeführt werden", "wird gestrichen")."""
    return any(w.lemma == "werden" for w in c.words) and any(w.tag == "VV(PP)" for w in c.words)


def subject(c: fd.Clause) -> fd.Phrase | None:
    """The subject by position (frames_de.subject_of); a fronted phrase whose article is dative or
    accusative ("Dem Plan hat X eine Absage erteilt") is an object: then the first phrase after the
    finite verb that can be nominative."""
    fin = finite_index(c)
    subj = fd.subject_of(c, fin) if fin >= 0 else None
    if subj is not None and c.words[subj.start].low in DATIVE | ACCUSATIVE:
        return next((p for p in c.phrases if p.prep is None and p.start > fin
                     and c.words[p.start].low not in DATIVE | ACCUSATIVE), None)
    return subj


def speakers_clause(c: fd.Clause, subj: fd.Phrase | None, speaker_words: set[str]) -> bool:
    """The clause states the speaker's own position: no subject (an infinitive), a pronoun, the
    speaker (or the body named as the speaker's), or a demand on someone ("Der Kreistag soll …").
    Any other subject of a verb of position is someone else, whose position is only reported."""
    if subj is None or subj.pronoun and c.words[subj.head].low in SPEAKING | NOBODY:
        return True
    fin = finite_index(c)  # (the speaker in the Vorfeld: "Die Kommission und ihr Vorsitzender Y warnen")
    return (fd._names_speaker(c, subj, speaker_words) or asks(c) or fd.voiced_body(c, subj, speaker_words)
            or any(p.prep is None and p.end <= fin and not fd._genitive_attribute(c, p)  # ("Nach Angaben des Y")
                   and not fd.never_nominative(c, p)  # ("Y zufolge kritisieren viele Pendler X": Y is the source)
                   and fd._names_speaker(c, p, speaker_words) for p in c.phrases))


def asks(c: fd.Clause) -> bool:
    """A demand on someone: "muss", "müsse", "solle", "sollte" (the indicative "soll" is a plan or hearsay,
    and so is "solle" with a passive: "Das Bad solle 2027 geschlossen werden"); a negated "darf" forbids
    ("X darf auf keinen Fall gelockert werden"; "dürfte" is a guess, a bare "darf" a permission)."""
    return any(w.lemma == "müssen" or w.low in ("solle", "sollte", "sollten") and not passive(c) for w in c.words) or (
        any(w.lemma == "sollen" for w in c.words) and any(w.low in WILL for w in c.words)) or forbids(c)


def forbids(c: fd.Clause) -> bool:
    """"darf / dürfe nicht", "darf keinesfalls", "darf auf keinen Fall": a negated modal of permission."""
    return any(w.lemma == "dürfen" and w.low in FORBIDDING for w in c.words) and any(
        w.low in NEGATIONS or w.low in NEGATING_DETERMINERS for w in c.words)


FORBIDDING = frozenset("darf dürfe dürfen darfst dürft".split())  # (not "dürfte": a guess)


def intends(c: fd.Clause, subj: fd.Phrase | None) -> bool:
    """A modal of will ("will X abschaffen"). The future of one's own act is a plan ("Wir werden die
    Schule schließen"); that nobody will do it is a position ("Die Stadtbahn wird niemand stoppen")."""
    return any(w.tag.startswith("VM") and w.lemma != "sollen" for w in c.words) or (
        subj is not None and c.words[subj.head].low in NOBODY and any(w.tag == "VV(INF)" for w in c.words))


def objects(c: fd.Clause, subj: fd.Phrase | None, speaker_words: set[str]) -> list[fd.Phrase]:
    """Noun phrases without preposition that may be an object: not the subject, not a genitive
    attribute, no time, no pronoun, not the speaker."""
    return [p for p in c.phrases if p.prep is None and p is not subj and not p.pronoun and not conjunct_of_pp(c, p)
            and not fd._genitive_attribute(c, p) and c.words[p.head].low not in fd.TIME_NOUNS
            and not fd._names_speaker(c, p, speaker_words) and not fd.is_agent(c, p, "de")]


def conjunct_of_pp(c: fd.Clause, p: fd.Phrase) -> bool:
    """"vor Schulen und Kitas": a phrase after und/oder that joins a prepositional phrase shares its preposition."""
    return p.start >= 2 and c.lows[p.start - 1] in ("und", "oder", "sowie") and any(
        q.end == p.start - 1 and q.prep is not None for q in c.phrases)


def attribute(c: fd.Clause, p: fd.Phrase) -> bool:
    """A prepositional phrase right after a noun phrase that is no time ("seit Monaten vor X": not one)."""
    return any(q.end == p.start - 1 and c.words[q.head].low not in fd.TIME_NOUNS and q.prep not in fd.SETTING
               for q in c.phrases)


def slot_filler(c: fd.Clause, slot: str, subj: fd.Phrase | None, speaker_words: set[str],
                copula: bool = False) -> fd.Phrase | None:
    """The phrase of the clause that fills ``slot`` (acc, dat, pp:<preposition>)."""
    if slot.startswith("pp:"):
        prep = slot[3:]
        found = [p for p in c.phrases if p.prep == prep and not p.pronoun and not fd.is_agent(c, p, "de") and not fd.since_phrase(c, p)
                 and not fd._names_speaker(c, p, speaker_words)]  # ("nach Ansicht von Stadtrat X")
        # a phrase right after a noun may be its attribute ("ein Verbot für Lastwagen"): the last choice,
        # and none for a copula ("ist für X" wants its own phrase)
        free = [p for p in found if not attribute(c, p)]
        if copula and prep in ("für", "gegen"):  # ("ist für die Finanzen zuständig", "ist gegen Mittag ausgefallen",
            free = [p for p in free if c.words[p.head].low not in fd.TIME_NOUNS  # "ist für drei Wochen verreist":
                    and not fd.predicative_after(c, p.start - 1)]  # the adjective or a time takes the phrase)
        return (free or ([] if copula else found) or [None])[0]
    cands = objects(c, subj, speaker_words)
    if slot == "dat":  # ("sich einer Fusion nicht in den Weg stellen": a feminine "einer" object is dative, no genitive)
        return next((p for p in cands if c.words[p.start].low in DATIVE), None) or next(
            (p for p in cands if c.words[p.start].low in FEMININE_DATIVE and not fd._genitive_attribute(c, p)), None)
    if slot == "acc" and passive(c) and subj is not None and not subj.pronoun:
        return subj  # "die Grundsteuer müsse eingeführt werden"
    return next((p for p in cands if c.words[p.start].low not in DATIVE), None)


def content_clause(c: fd.Clause, slot: str, nxt: fd.Clause | None, demand: bool = False) -> bool:
    """The next clause can fill the slot: a zu-infinitive or a dass-clause (after a pointer "davor",
    "dafür", or for an object the clause lacks); under a verb of demand (``demand``) also a clause of
    reported speech that names the act demanded ("forderte, die Stadt müsse X vorlegen")."""
    if nxt is None or not nxt.words:
        return False
    if not (nxt.words[0].low == "dass" or any(w.tag == "VV(IZU)" for w in nxt.words)
            or any(w.low == "zu" and v.tag.endswith("(INF)") for w, v in zip(nxt.words, nxt.words[1:]))
            or demand and slot == "acc" and demanded_act(nxt)):
        return False
    return slot == "acc" or slot.startswith("pp:")


BRINGING = frozenset("ein eine einen einem einer eines".split())  # (the article of a thing asked to be brought about)
DEMANDING = frozenset("müssen sollen".split())  # the modals by which reported speech names an act asked of someone


def demanded_act(c: fd.Clause) -> bool:
    """A main clause of reported speech that asks an act of its subject: a finite "müsse" / "solle" and
    a full verb's infinitive ending the clause ("die Stadt müsse einen Hitzeschutzplan vorlegen"), no
    subordinating word before it and no passive (a plan: "solle 2027 geschlossen werden")."""
    if not c.words or c.words[0].low in SUBORDINATE or c.words[0].tag.startswith("KO") or passive(c):
        return False
    fin = finite_index(c)
    return fin >= 0 and c.words[fin].lemma in DEMANDING and c.words[-1].tag == "VV(INF)"


def negation_sign(c: fd.Clause, target: fd.Phrase | None, pred: Predicate, subj: fd.Phrase | None) -> tuple[int, list[str]]:
    """The negations that scope over the predicate or the target: a clause negation (not one
    before a phrase followed by "sondern", which negates that phrase only), "kein" on the target, the
    predicative or the subject; never "nicht nur"."""
    sign, said = 1, []
    if subj is not None and c.words[subj.head].low in NOBODY:  # "Die Stadtbahn wird niemand stoppen"
        sign, said = -1, [c.words[subj.head].text]
    splits = [k for k in range(len(c.words)) if fd._new_verb_phrase(c, k)]
    for i, w in enumerate(c.words):
        if i in c.skip or any(min(i, pred.at) < k < max(i, pred.at) for k in splits):
            continue  # ("ist nicht gegen X gewesen und ist es auch heute nicht": each conjunct its own)
        if any(tuple(c.lows[i:i + len(n)]) == n for n in fd.lexicon("de").negation_phrases):
            sign, said = -sign, said + [w.text]  # "alles andere als überflüssig"
            continue
        if w.low in NEGATIONS:
            pp = fd.phrase_at(c, i + 2)
            if (i + 1 < len(c.words) and c.words[i + 1].low in fd.PREPOSITIONS and pp is not target
                    and not (pp is None and i + 1 < pred.at <= i + 3 or pp is not None and pp.start <= pred.at < pp.end)
                    and not (pp is not None and c.words[pp.head].lemma in pred.entry.words)):
                continue  # "nicht ohne Grund", "nicht aus Prinzip": that phrase only (not "nicht für nötig", nor
                # the predicate's own phrase: "sich X nicht in den Weg stellen")
            nxt = fd.phrase_at(c, i + 1)
            if nxt is not None and nxt is not target and "sondern" in c.lows[nxt.end:]:
                continue  # "nicht X, sondern Y": X only
            inside = fd.phrase_at(c, i)
            if inside is not None and inside is not target:
                continue
            sign, said = -sign, said + [w.text]
        elif w.low in NEGATING_DETERMINERS:
            p = fd.phrase_at(c, i)
            if p is not None and (p is target or p is subj or p.start <= pred.at < p.end
                                  or c.words[p.head].low in fd.NEGATING_ADVERBIALS
                                  or c.words[p.head].lemma in pred.entry.words):  # ("keine Steine in den Weg legen")
                sign, said = -sign, said + [w.text]
    return sign, said


def act_of(c: fd.Clause, speaker_words: set[str], plain: bool = True) -> tuple[fd.Phrase, int, list[str]] | None:
    """The act a zu- or dass-clause names and its object: "die Zulage zu kürzen" -> (Zulage, -1).
    With ``plain`` (under a verb of demand or support), a verb no table lists brings or keeps its
    object ("rief dazu auf, eine Ampel aufzustellen"); under a warning or a predicative only listed acts
    count ("warnte davor, X zu <unknown>" may end X; "Am besten sei es, die Unterlagen einzureichen" is advice).
    In reported speech that asks an act ("die Stadt müsse einen Plan vorlegen") such a verb brings only a
    thing named as new, with "ein": "müsse die Kosten tragen" handles a thing there is, no position on it.
    A person or role an unlisted verb takes ("einen Sprecher benennen") is no thing one is for."""
    subj = subject(c) if finite_index(c) >= 0 else None
    verb = max((i for i, w in enumerate(c.words) if w.tag.startswith("VV")), default=-1)
    unlisted = [Predicate(Entry("keep", ("acc",), ()), verb, [])] if verb >= 0 and plain else []
    reported = demanded_act(c)
    for pred in [p for p in predicates(c) if p.entry.slots != ("pred",)] + unlisted:
        value = {"flip": -1, "keep": 1, "+1": 1, "-1": -1}[pred.entry.value]
        if pred.entry.value == "flip" and c.words[pred.at].lemma in fd.row_words("de", "hire") \
                and (people := fd.hired_people(c, pred.at, "de")) is not None:
            if fd.one_person(c, people, "de"):
                return None  # ("…, einen neuen Rektor einzustellen": an office filled, no position)
            sign, said = negation_sign(c, people, pred, subj)  # ("Personal einzustellen": hires, frames_de.hired_people)
            return people, sign, pred.words + said
        for slot in pred.entry.slots:
            p = slot_filler(c, slot, subj, speaker_words)
            if p is None and slot == "acc" and pred.entry.value in ("flip", "keep") and (
                    pred.entry.words or continued(c)):  # ("dass das Postauto weiterhin fährt": it goes on)
                p = undergoer(c, subj, speaker_words)
            if p is not None and not pred.entry.words and (
                    reported and c.lows[p.start] not in BRINGING or fd.names_someone(c, p, "de")):
                p = None  # (an unlisted verb brings a thing, not someone: "einen neuen Bürgermeister wählen")
            if p is not None and pred.entry.words and fd.saved_resource(c, p, pred.entry.words[0]):
                return None  # ("…, Energie einzusparen": a resource saved, no thing ended)
            if p is not None:
                sign, said = negation_sign(c, p, pred, subj)
                return p, value * sign, pred.words + said
    return None


def continued(c: fd.Clause) -> bool:
    """The clause says that something goes on (a one-word adverb of the row "continuing": "weiterhin"; the row
    is read word by word, so a phrase such as "auch künftig" cannot be listed there)."""
    return any(w.low in fd.row_words("de", "continuing") for w in c.words)


def undergoer(c: fd.Clause, subj: fd.Phrase | None, speaker_words: set[str]) -> fd.Phrase | None:
    """A listed act with no object happens to its subject ("dass die Fähre weiterfährt", "dass die Buslinie
    wegfällt", "dass die Klinik schließt"): the subject when it is a thing, not a person, a body that acts
    or the speaker, and the clause has no other noun phrase that could be the object."""
    if (subj is None or subj.pronoun or fd.is_agent(c, subj, "de") or fd.names_someone(c, subj, "de")
            or fd._names_speaker(c, subj, speaker_words) or objects(c, subj, speaker_words)):
        return None
    return subj


def read_clause(c: fd.Clause, nxt: fd.Clause | None, speaker_words: set[str], recalled: bool = False,
                prev: fd.Clause | None = None) -> list[Stance]:
    """The stances of one clause by its argument structure (empty when it takes no position). A
    dass-clause is read with its main clause, not alone; fronted ("Dass X nicht saniert wird, halte ich
    für einen Fehler") it is the main clause's content. "weder für noch gegen X" takes neither side."""
    if c.words and c.words[0].low in SUBORDINATE or sides_neither(c):
        return []
    preds = predicates(c)
    if not preds:
        return demand_on_subject(c, nxt, speaker_words, recalled)
    if prev is not None and prev.words and (prev.words[0].low == "dass" or zu_clause(prev) or demanded_act(prev)) and c.words and "FIN" in c.words[0].tag:
        if not inverted_holder_is_speaker(c, speaker_words):
            return []  # ("Die Stadt müsse X abschaffen, habe der Kreistag verlangt, sagte Y": the Kreistag's, reported)
        nxt = prev  # fronted: "Dass X …, halte ich für …", "Die Bibliothek zu schließen, halte er für falsch",
        # "Die Stadt müsse X vorlegen, verlangte Y" (an act asked: content only of a verb of demand)
    subj = subject(c)
    if subj is None and (fronted := fd.fronted_clause_subject(c, prev)) is not None \
            and not speakers_clause(c, fronted, speaker_words):
        return []  # ("Wie Y mitteilte, haben sich die Anwohner gegen X ausgesprochen": theirs, reported)
    for pred in preds:
        stances = predicate_stances(c, pred, subj, nxt, speaker_words, recalled)
        if stances:
            return stances
    return []


def sides_neither(c: fd.Clause) -> bool:
    """"weder für noch gegen X", "weder dafür noch dagegen": "weder" coordinates the two sides, no side is
    taken; over other parts ("Weder die Anwohner noch die Händler brauchen X") it is one negation of the clause."""
    return any(low == "weder" and c.lows[k + 1:k + 2] and c.lows[k + 1] in fd.SIDES for k, low in enumerate(c.lows))


def demand_on_subject(c: fd.Clause, nxt: fd.Clause | None, speaker_words: set[str], recalled: bool) -> list[Stance]:
    """Speech that asks an act of its subject with a verb no table lists ("Die Stadt müsse einen Hitzeschutzplan
    vorlegen, sagte Y") is the speaker's demand, as under a verb of demand (tests/data/eval/README.md, "Stances",
    round 24): for a thing the act brings, named as new with "ein" (act_of). Not what the speaker or "wir"/"man"
    must do, and not a clause with a date, a number or a source (an obligation or plan told: "bis 2027 einen Plan
    vorlegen", "laut Gesetz einen Haushaltsplan vorlegen"), nor one person for an office ("einen neuen Rektor"), nor
    one a frame after it gives to another ("…, habe der Kreistag verlangt, sagte Y": inverted_holder_is_speaker)."""
    if not demanded_act(c) or any(w.tag == "CARD" or w.low in fd.TIME_NOUNS for w in c.words) or names_its_source(c):
        return []
    if nxt is not None and nxt.words and "FIN" in nxt.words[0].tag and not inverted_holder_is_speaker(nxt, speaker_words):
        return []
    subj = subject(c)
    if subj is None or subj.pronoun or fd._names_speaker(c, subj, speaker_words) or not acting_subject(c, subj):
        return []  # (an act is asked of someone: "Die Erklärungen sollten ein Argument liefern" asks nothing)
    act = act_of(c, speaker_words)
    if act is None:
        return []
    p, sign, said = act
    if fd.one_person(c, p, "de"):
        return []  # (one person to hire or choose fills an office: "Der Verein müsse einen neuen Trainer verpflichten")
    return stances_on(c, p, sign, [c.words[finite_index(c)].text] + said, recalled)


def names_its_source(c: fd.Clause) -> bool:
    """A clause that names where its duty comes from ("laut Gesetz", "gemäß der Verordnung"): an obligation told,
    not the speaker's demand."""
    from ..de.sources import LAUT  # (the source prepositions of the German speaker reader; imported when first needed)

    return any(w.low in LAUT for w in c.words)


def cites_other_source(c: fd.Clause, speaker_words: set[str]) -> bool:
    """A clause that tells what a source other than the speaker found or holds ("Dem Gutachten zufolge gefährden
    die Pläne X", "Laut Feuerwehr …", "Nach Angaben / Ansicht der Experten …", "…, sagte Y"): the consequence is
    the source's, passed on. Not the speaker named as the source ("Nach Ansicht von Y", "Y zufolge") nor a
    possessive ("nach seiner Ansicht": hers)."""
    from ..de.sources import LAUT  # (the source prepositions of the German speaker reader; imported when first needed)

    for p in c.phrases:
        nach = p.prep == "nach" and c.words[p.head].low in fd.source_nouns()
        if p.pronoun or not (p.prep in LAUT or nach or c.lows[p.end:p.end + 1] == ["zufolge"]):
            continue
        end = p.end  # (with the genitive or "von" phrase after it: "der Experten", "von Landrat Y")
        for q in c.phrases:
            if q.start in (end, end + 1) and q.start > p.start and (q.prep is None or q.prep == "von"):
                end = q.end
        source = " ".join(c.lows[p.start:end])
        if not (nach and c.lows[p.start] in fd.POSSESSIVE_GENITIVES) and not speaker_words & set(c.lows[p.start:end]) \
                and not any(spokesperson_of(w, source, "de") for w in speaker_words):  # (her office's view: hers)
            return True
    return False


def acting_subject(c: fd.Clause, subj: fd.Phrase) -> bool:
    """A subject one can ask to act: a body or territory (fd.is_agent, "die Stadt", "der Betreiber"), a person or a
    role (fd.names_someone), or an institution's noun ("die Kliniken", "der Verband")."""
    from ..actors import is_institution_word  # (imported when first needed)

    return fd.is_agent(c, subj, "de") or fd.names_someone(c, subj, "de") or is_institution_word(c.words[subj.head].text, "de")


def inverted_holder_is_speaker(c: fd.Clause, speaker_words: set[str]) -> bool:
    """A clause opened by its finite verb after fronted content ("…, verlangte Gemeinderätin Y", "…, habe der
    Kreistag verlangt") holds that content as the speaker's only when the noun phrase after its verbs is a
    pronoun, the speaker or a body the speaker voices; with none it is the speaker's (subject() reads no
    subject after the verb)."""
    holder = next((p for p in c.phrases if p.prep is None and p.start > 0), None)
    return (holder is None or holder.pronoun or fd._names_speaker(c, holder, speaker_words)
            or fd.voiced_body(c, holder, speaker_words))


def zu_clause(c: fd.Clause) -> bool:
    """A zu-infinitive clause ("die Bibliothek zu schließen", "X abzuschaffen") with no finite verb."""
    return not any("FIN" in w.tag for w in c.words) and (any(w.tag == "VV(IZU)" for w in c.words) or any(
        w.low == "zu" and v.tag.endswith("(INF)") for w, v in zip(c.words, c.words[1:])))


def predicate_stances(c: fd.Clause, pred: Predicate, subj: fd.Phrase | None, nxt: fd.Clause | None,
                      speaker_words: set[str], recalled: bool) -> list[Stance]:
    e = pred.entry
    if e.slots == ("pred",):
        return predicative_stances(c, pred, subj, nxt, speaker_words, recalled)
    if e.slots == ("subj",):
        return consequence_stances(c, pred, subj, speaker_words, recalled)
    if "es" in e.words:  # "Eine Maut wird es nicht geben": "es" is the subject, the thing the object;
        subj = fd.phrase_at(c, lemma_places(c)["es"])  # a promise only negated or demanded ("wird es Unfälle geben": a forecast)
        if not (asks(c) or negation_sign(c, None, pred, subj)[0] < 0):
            return []
    elif not speakers_clause(c, subj, speaker_words):
        return []  # someone else's position, reported
    acting = e.value in ("flip", "keep")
    if acting and "es" not in e.words and not (intends(c, subj) and not passive(c) or asks(c)):
        return []  # "hat das Werk geschlossen": a report of an act, no position
    value = -1 if e.value in ("flip", "-1") else 1
    if e.value == "flip" and c.words[pred.at].lemma in fd.row_words("de", "hire") and (people := fd.hired_people(c, pred.at, "de")) is not None:
        if fd.one_person(c, people, "de"):
            return []  # ("Die Schule müsse einen neuen Rektor einstellen": an office filled, no position)
        value = 1  # ("müssten mehr Pflegepersonal einstellen": hires, frames_de.hired_people)
    pledge = e.value == "pledge"  # (a promise takes a side only through a listed act it promises)
    for slot in e.slots:
        p = slot_filler(c, slot, subj, speaker_words, copula=e.words[-1] in LINKING)
        pointed = any(fd.POINTERS.get(w.low) == slot[3:] for w in c.words) if slot.startswith("pp:") else p is None
        if pointed and content_clause(c, slot, nxt, value > 0 and not acting and not pledge) and (
                act := act_of(nxt, speaker_words, value > 0 and not pledge)) is not None:
            p, act_sign, act_words = act
            sign, said = negation_sign(c, None, pred, subj)
            nxt.content = True  # (read as this predicate's content: not again on its own)
            return stances_on(nxt, p, value * act_sign * sign, pred.words + said + act_words, recalled)
        if p is not None and acting and fd.saved_resource(c, p, e.words[0]):
            return []  # ("Wir müssen Energie einsparen": a resource saved, no thing ended)
        if p is not None and not pledge:
            sign, said = negation_sign(c, p, pred, subj)
            return stances_on(c, p, value * sign, pred.words + said, recalled)
    return []


def consequence_stances(c: fd.Clause, pred: Predicate, subj: fd.Phrase | None, speaker_words: set[str],
                        recalled: bool) -> list[Stance]:
    """Verbs of harm and use judge a thing as their subject ("Eine Aufspaltung zerstöre Werte",
    "Die Nachtschicht macht krank"): not a person, a body or the speaker, and not a past event."""
    if (subj is None or subj.pronoun or fd.is_agent(c, subj, "de") or fd.person_noun(c.words[subj.head].text, "de")
            or fd._names_speaker(c, subj, speaker_words) or any(w.lemma in fd.TENSE_AUX and "FIN" in w.tag for w in c.words)
            or comparative(c, subj) or cites_other_source(c, speaker_words)):
        return []
    sign, said = negation_sign(c, subj, pred, None)
    if any(w.low in ("wenig", "wenigen") for w in c.words[pred.at:]):  # "nützt zu wenigen": too little use
        sign, said = -sign, said + ["wenig"]
    return stances_on(c, subj, int(pred.entry.value) * sign, pred.words + said, recalled)


def predicative_stances(c: fd.Clause, pred: Predicate, subj: fd.Phrase | None, nxt: fd.Clause | None,
                        speaker_words: set[str], recalled: bool) -> list[Stance]:
    """"X ist ein Fehler", "hält X für überfällig", "bezeichnete X als Holzweg", "Es wäre falsch, X zu
    schließen": the predicative judges the subject, the judged object or the zu-clause."""
    value = int(pred.entry.value)
    own = fd.phrase_at(c, pred.at)
    judges = judging(c)
    if judges and not speakers_clause(c, subj, speaker_words):
        return []  # "Die Opposition halte X für verfehlt": someone else's judgement
    if judges and subj is not None and rules(c, subj):
        return []  # "Das Landgericht hielt die Kündigung für unwirksam": a ruling, no position in a debate
    if not judges and cites_other_source(c, speaker_words):
        return []  # "Laut Gutachten ist der Plan ein Fehler, sagte Y": the report's judgement, passed on
    if judges:
        target = next((p for p in objects(c, subj, speaker_words) if p is not own), None)
        if target is None and subj is not None and not subj.pronoun and not fd._names_speaker(c, subj, speaker_words):
            target = subj if subj is not own else None
    else:
        target = subj if subj is not None and subj is not own and not subj.pronoun else None
        if target is not None and fd._names_speaker(c, target, speaker_words):  # "Für X ist Y überfällig"
            target = next((p for p in objects(c, subj, speaker_words) if p is not own), None)
    if target is None and nxt is not None and (act := act_of(nxt, speaker_words, plain=False)) is not None:
        p, act_sign, act_words = act
        sign, said = negation_sign(c, None, pred, subj)
        return stances_on(nxt, p, value * act_sign * sign, pred.words + said + act_words, recalled)
    if target is None or fd.is_agent(c, target, "de") or comparative(c, target):
        return []
    sign, said = negation_sign(c, target, pred, subj)
    return stances_on(c, target, value * sign, pred.words + said, recalled)


def court_ruling(c: fd.Clause) -> bool:
    """A judging clause whose subject is a court ("Das Gericht hielt die Klage für unzulässig"): a ruling."""
    return judged_predicative(c) and (subj := subject(c)) is not None and rules(c, subj)


def rules(c: fd.Clause, subj: fd.Phrase) -> bool:
    """The subject is a court (data/courts_de.txt, as de/indirect.py reads it): its first noun ends in a court noun."""
    head = next((w.low for w in c.words[subj.start:subj.end] if w.noun), "")
    return bool(head) and head.endswith(court_endings())


@lru_cache(maxsize=1)
def court_endings() -> tuple[str, ...]:
    """data/courts_de.txt: the nouns (and compound endings) of courts, lower case."""
    return tuple(w.casefold() for w in words_as_written("courts_de.txt"))


def comparative(c: fd.Clause, p: fd.Phrase) -> bool:
    """"Ein größerer Flughafen rechnet sich nicht", "weitere Windräder sind unnötig": a comparative
    attribute judges more of the thing (its growth), not the thing."""
    from ..de.nlp import analyse_word

    for w in c.words[p.start:p.head]:
        if w.tag.startswith("ADJ"):
            stem = next((w.low[: len(w.low) - len(e)] for e in ("en", "er", "es", "em", "e") if w.low.endswith(e)), w.low)
            if stem.endswith("er") and analyse_word(w.low)[0].lower() not in (stem, w.low):
                return True
    return False


def stances_on(c: fd.Clause, p: fd.Phrase, polarity: int, said: list[str], recalled: bool) -> list[Stance]:
    """The stance on phrase ``p``, passed through its acts ("Ausstieg aus X") to its thing."""
    if p.pronoun or any(w.tag == "CARD" or w.text[:1].isdigit() for w in c.words[p.start:p.end]):
        return []  # a pronoun points elsewhere; an amount is no target
    return fd.phrase_stances(c, p, polarity, said, "de", recalled, c.text if recalled else "")
