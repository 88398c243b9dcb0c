"""The German cue lexicon (extract/data/cues_de.tsv): speech verbs, noun cues, source words.

Verbs are kept as HanTa stems, the form HanTa's analysis gives ("sagen" -> "sag",
"mit|teilen" -> "mitteil" for "mitteilte" and base "teil" + particle "mit" for "teilte … mit").
Users extend the lexicon by adding lines to the TSV file (or to a file of their own passed to
``load_cues``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class VerbCue:
    lemma: str  # infinitive as written in the lexicon, without the '|'
    particle: str  # separable particle ("mit"), "" when none
    base: str  # HanTa stem of the verb without the particle ("teil")
    needs: str  # a word that must also stand in the clause ("davon"), "" when none
    reported: bool = False  # with an object and no clause it is reported speech ("forderte Neuwahlen")
    named_only: bool = False  # reported speech only with a named subject ("Beispiel lehnte den Plan ab", not "Das Parlament lehnte … ab")
    addressed: bool = False  # reported speech only with a dative addressee ("bot dem Rat Gespräche an", not "bietet Brot an")
    person_only: bool = False  # reported speech only with a person as subject ("Staatsanwalt X beantragte zwei
    # Jahre Haft": a plea; "Die Fraktionen beantragten eine Sondersitzung": a motion, no words)
    particle_sense: bool = False  # not reported when its particle also stands as a preposition in the clause
    # ("schloss den Stürmer aus dem Kader aus": expelled, no words; "schloss neue Steuern aus": ruled out)
    hedged: bool = False  # reported also as a negated infinitive under "wollen" ("wollte eine Kapitalerhöhung
    # nicht ausschließen": a hedged claim, where "will X ausschließen" is a plan)
    after_quote: bool = False  # a cue only inverted right after the quotation that is its content ("„…“, findet
    # X", "«…», weiss Y"); elsewhere the verb mostly says no words ("findet am Samstag statt", "weiß nicht")


@dataclass
class Cues:
    verbs: dict[str, list[VerbCue]] = field(default_factory=dict)  # full stem ("mitteil") -> cues
    particle_verbs: dict[str, list[VerbCue]] = field(default_factory=dict)  # base stem ("teil") -> cues
    nouns: frozenset[str] = frozenset()
    noun_endings: tuple[str, ...] = ()  # lower-cased noun cues, so compounds count ("Polizeiangaben")
    sources: dict[str, str] = field(default_factory=dict)  # "laut" -> note
    reactions: frozenset[str] = frozenset()  # "Kritik", "Lob": "Kritik kam von X: …" frames a statement
    demands: frozenset[str] = frozenset()  # "Forderung": "die Forderung des X nach Y" is X's statement
    demand_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # "warnung" -> {"vor"}: its content's preposition
    claims: frozenset[str] = frozenset()  # "Meinung": "X ist der Meinung, dass …" frames X's statement
    examples: frozenset[str] = frozenset()  # "Beispiel": "Ein Beispiel: «…»" quotes the speaker named before
    attitudes: frozenset[str] = frozenset()  # "überzeugt": "X ist überzeugt, dass …" frames X's statement
    headers: frozenset[str] = frozenset()  # "Fazit": "Sein Fazit: …" opens what the one named before said
    colon_heads: frozenset[str] = frozenset()  # headers, demands and reactions: nouns that head a phrase before a colon
    came_from: frozenset[str] = frozenset()  # colon heads and claims: "Eine düstere Prognose kommt vom Verband X: …"


# separable verb particles: a compound "<particle><noun cue>" is the noun of a particle verb, not
# the cue ("Auszählung" of aus|zählen is no "Zählung", "Stillstand" no "Stand")
VERB_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach",
                  "still", "um", "vor", "weg", "zu", "zurück", "zusammen", "dar", "durch", "wieder")


def is_source_noun(word: str, cues: Cues) -> bool:
    """A noun cue ("Angaben") or a compound with one as its head ("Polizeiangaben", "EU-Dokument"),
    not the noun of a particle verb ("Auszählung", "Waffenstillstand")."""
    if word in cues.nouns:
        return True
    low = spelling(word.lower())
    for ending in cues.noun_endings:
        if low.endswith(ending) and len(low) > len(ending):
            head = low[:-len(ending)]
            if not any(head == p or len(p) > 2 and head.endswith(p) for p in VERB_PARTICLES):
                return True
    return low in cues.noun_endings


def stem_of(infinitive: str) -> str:
    """HanTa's verb stem: the infinitive without its ending ("sagen" -> "sag", "äußern" -> "äußer")."""
    if infinitive.endswith("en"):
        return infinitive[:-2]
    if infinitive.endswith("n"):
        return infinitive[:-1]
    return infinitive


def spelling(word: str) -> str:
    """A word as the lexicon is keyed: "ß" written "ss", as Swiss papers always write it ("gemäss",
    "heisst es", "äusserte", "schliesst … aus"), so one entry serves both spellings."""
    return word.replace("ß", "ss")


class SpellingSet(frozenset):
    """Lexicon words keyed by spelling(): a word is looked up in either spelling."""

    def __new__(cls, words=()):
        return super().__new__(cls, (spelling(w) for w in words))

    def __contains__(self, word) -> bool:
        # (spelling(word) written out, without super(): the rules look up ~140,000 words a dev set)
        return isinstance(word, str) and frozenset.__contains__(self, word.replace("ß", "ss"))

    def __or__(self, other):
        return SpellingSet(frozenset.__or__(self, frozenset(spelling(w) for w in other)))


# the forms of "es heißt" that name a source ("In der Erklärung heißt es, …", "…, hieß es")
IT_SAYS = SpellingSet(("heißt", "hieß", "geheißen"))


# what makes "es heißt" go on with the source named before: "…, hieß es weiter", "Zudem heißt es, …"
GOES_ON = SpellingSet(("weiter", "ferner", "zudem", "außerdem"))  # (not "auch": "Es hieß auch, …" is any source)


def source_goes_on(art, k: int) -> bool:
    """The "es heißt" at k continues the statement before ("„…“, hieß es weiter", "Weiter hieß es,
    …"): a word of GOES_ON right after it (after its "es"), or opening its clause before it, and the
    sentence before names its source with a cue of its own ("schrieb die Genossenschaft"), not with
    "es heißt" ("hieß es aus dem Ministerium" goes on as no one's), in the same paragraph."""
    toks = art.toks
    j = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "es" else k + 1
    goes_on = j < len(toks) and toks[j].low in GOES_ON or k > 0 and toks[k - 1].low in GOES_ON \
        and (k < 2 or toks[k - 2].text in (".", ",", ":", ";") or toks[k - 2].sent != toks[k].sent)
    if not goes_on or toks[k].sent == 0:
        return False
    s, e = art.sents[toks[k].sent - 1]
    # (the sentence before in the same paragraph, with a speech verb: after a paragraph break or a
    # sentence of narration, "hieß es weiter" has no named source to go on with)
    return toks[s].para == toks[k].para and not any(t.low in IT_SAYS and t.quote < 0 for t in toks[s:e]) \
        and any(art.verb_cue(v, s, e) for v in range(s, e))


class SpellingDict(dict):
    """Lexicon entries keyed by spelling(): a stem or word is looked up in either spelling."""

    def __init__(self, items=()):
        super().__init__()
        for k, v in dict(items).items():
            self[k] = v

    def __setitem__(self, key, value):
        super().__setitem__(spelling(key), value)

    def __getitem__(self, key):
        return super().__getitem__(spelling(key))

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and dict.__contains__(self, key.replace("ß", "ss"))  # (spelling(key), as in SpellingSet)

    def get(self, key, default=None):
        return dict.get(self, key.replace("ß", "ss"), default) if isinstance(key, str) else default

    def setdefault(self, key, default=None):
        return super().setdefault(spelling(key), default)


def parse_cues(text: str) -> Cues:
    cues = Cues(verbs=SpellingDict(), particle_verbs=SpellingDict(), sources=SpellingDict(),
                demand_preps=SpellingDict())  # (keyed by spelling(): "ß" and "ss" alike)
    nouns: set[str] = set()
    reactions: set[str] = set()
    demands: set[str] = set()
    claims: set[str] = set()
    examples: set[str] = set()
    attitudes: set[str] = set()
    headers: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = [c.strip() for c in line.split("\t")] + ["", "", ""]
        kind, entry, needs = cols[0], cols[1], cols[2]
        if not entry:
            continue
        if kind == "verb":
            particle, _, verb = entry.rpartition("|")
            flag = cols[3].lower()
            cue = VerbCue(entry.replace("|", ""), particle, stem_of(verb), needs, flag.startswith("r"), "n" in flag[1:],
                          "d" in flag[1:], "h" in flag[1:], "p" in flag[1:], "m" in flag[1:], "q" in flag)
            cues.verbs.setdefault(particle + cue.base, []).append(cue)
            if particle:
                cues.particle_verbs.setdefault(cue.base, []).append(cue)
        elif kind == "noun":
            nouns.add(entry)
        elif kind == "source":
            cues.sources[entry.lower()] = needs
        elif kind == "reaction":
            reactions.add(entry.lower())
        elif kind == "demand":
            demands.add(entry.lower())
            if needs:  # the preposition of the noun's content besides "nach"/"zu" ("Warnung vor")
                cues.demand_preps[entry.lower()] = frozenset(needs.lower().split("|"))
        elif kind == "claim":
            claims.add(entry.lower())
        elif kind == "example":
            examples.add(entry.lower())
        elif kind == "attitude":
            attitudes.add(entry.lower())
        elif kind == "header":
            headers.add(entry.lower())
    cues.nouns = SpellingSet(nouns)
    cues.reactions = SpellingSet(reactions)
    cues.demands = SpellingSet(demands)
    cues.claims = SpellingSet(claims)
    cues.examples = SpellingSet(examples)
    cues.attitudes = SpellingSet(attitudes)
    cues.headers = SpellingSet(headers)
    cues.colon_heads = cues.headers | cues.demands | cues.reactions
    cues.came_from = cues.colon_heads | cues.claims
    cues.noun_endings = tuple(sorted({spelling(n.lower()) for n in nouns if len(n) >= 5}))
    return cues


@lru_cache(maxsize=None)
def load_cues(path: str | None = None) -> Cues:
    """The bundled lexicon, or another TSV file in the same format; loaded once."""
    if path:
        return parse_cues(Path(path).read_text("utf-8"))
    return parse_cues(resources.files("extract").joinpath("data/cues_de.tsv").read_text("utf-8"))


# what opens a subordinate clause after a comma: its words are not the cue verb's ("hält sich in X
# auf, wo er … für … wirbt": the "für" there does not make "halten für")
CLAUSE_OPENER_TAGS = ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI")


def main_clause_words(toks: list, s: int, e: int) -> set[str]:
    """The lower-case words of sentence s..e outside quotes and outside subordinate clauses (from
    a comma before a conjunction, relative pronoun or "wo" up to the next comma, and a stretch
    between commas that closes with a "zu" infinitive and has no finite verb: "Das Problem bestehe
    darin, Druck auf die Ämter auszuüben" holds no "auf" of "bestehen auf")."""
    out: set[str] = set()
    inside = False
    for k in range(s, e):
        t = toks[k]
        if t.text == ",":
            inside = k + 1 < e and (toks[k + 1].tag in CLAUSE_OPENER_TAGS or infinitive_clause(toks, k + 1, e))
        elif not inside and t.quote < 0:
            out.add(t.low)
    return out | {w[2:] for w in out if w.startswith("da")} | {w[3:] for w in out if w.startswith("dar")}


def infinitive_clause(toks: list, k: int, e: int) -> bool:
    """The stretch from k to the next comma (or e) is a "zu" infinitive clause: it holds "zu" with an
    infinitive or a "-zu-" infinitive ("auszuüben") and no finite verb."""
    end = next((j for j in range(k, e) if toks[j].text == ","), e)
    seg = toks[k:end]
    return any(t.tag == "VV(IZU)" or t.tag == "PTKZU" for t in seg) and not any("FIN" in t.tag for t in seg)


RELATIVE_WORDS = frozenset("der die das dem den denen deren dessen welche welcher welches".split())


def inserted_clause_end(toks: list, k: int, e: int) -> int | None:
    """After the comma at k, what a separable verb's particle may stand behind: a relative clause
    closed by a comma (", die der Stadtrat beschlossen hatte, entschieden ab") or a verbless
    apposition opened by an article or pronoun (", das größte seit Jahren, an"). The closing comma."""
    if k + 1 >= e or toks[k + 1].tag not in ("PRELS", "ART", "PDS"):
        return None
    for j in range(k + 2, min(e, k + 16)):
        if toks[j].quote >= 0 or toks[j].text in (":", ";", "(", "–", "-"):
            return None
        if toks[j].text == ",":
            verbs = [x for x in toks[k + 1:j] if "FIN" in x.tag]
            return j if not verbs or verbs == [toks[j - 1]] and toks[k + 1].low in RELATIVE_WORDS else None
    return None


@lru_cache(maxsize=1)
def position_nouns() -> frozenset[str]:
    """data/position_nouns_de.txt in lower case: nouns whose owner holds a position ("die Unterstützung des
    Verbands für X"; de/holders.py), never themselves the one who holds it."""
    from ..actors.lexicon import word_set

    return word_set("position_nouns_de.txt")
