"""One German article as the rules read it: tokens (Tok) with tags, sentences, quotation marks
and cue candidates, and the questions the rules ask of them (Article: noun phrases, subjects,
clause bounds, where the content of a cue begins)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..actors import is_institution_word, lexicon, role_word
from ..model import Found, Mention, Span
from ..quotes import find_quotes
from .cues import Cues
from .datelines import agency_markers
from .names import PARTICLES as NAMES_PARTICLES
from .names import mark_names, particles_end
from .nlp import is_cue_candidate, load, verb_analysis

DETERMINERS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dessen",
    "deren", "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "ihres", "unser", "unsere", "zwei", "drei", "vier", "mehrere", "einige", "viele", "alle", "beide", "zahlreiche",
    "andere", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "jener", "kein", "keine", "manche",
}
TIME_NOUNS = {"stunden", "minuten", "tage", "wochen", "monate", "jahre", "jahrzehnte", "tags", "anfang", "ende",
              "mitte", "kurz", "wochenlang", "jahrelang"}
NOMINAL_TAGS = {"NN", "NE", "NNA", "NNI", "FM", "XY", "TRUNC", "ACR_NE", "ACR_NN", "UNKNOWN"}
OBJECT_DETERMINERS = {"den", "dem", "einen", "einem", "ihrem", "ihren", "seinem", "seinen", "diesen", "diesem",
                      "keinen", "keinem", "ihm", "ihn", "uns", "mir", "mich", "dir", "sich"}
SUBJECT_PRONOUNS = {"er", "sie", "man", "wir", "ich", "es"}
PERSON_PRONOUNS = {"er", "sie", "wir", "ich", "man"}
GENITIVE = {"des", "der"}
NAME_LINKS = {"von", "van", "de", "da", "del", "di", "bin", "al", "el", "zu", "ter", "den", "du", "la", "le"}
SKIP_AFTER_VERB = {
    "auch", "zudem", "zugleich", "außerdem", "jedoch", "aber", "allerdings", "dann", "nun", "bereits", "schon",
    "ebenfalls", "dazu", "daraufhin", "später", "gestern", "heute", "jetzt", "weiter", "ferner", "indes",
    "indessen", "damals", "erneut", "noch", "nochmals", "deshalb", "darum", "deswegen", "inzwischen",
    "mittlerweile", "gegenüber", "offenbar", "offiziell", "wörtlich", "öffentlich", "nachdrücklich", "anschließend",
    "zuvor", "kürzlich", "ausdrücklich", "gleichzeitig", "vergangene", "vergangenen", "letzte", "letzten",
    "am", "im", "in", "bei", "vor", "nach", "auf", "laut", "unter", "mit", "zum", "zur", "seinerseits",
    "ihrerseits", "sinngemäß", "wiederholt", "mehrfach", "immer", "stets", "ebenso", "hingegen", "dagegen",
    "demgegenüber", "so", "etwa", "zunächst", "schließlich", "lediglich", "nur", "sogar", "selbst", "freilich",
}
LEADING_PARTICLES = {"auch", "selbst", "sogar", "nur", "zudem", "so", "doch", "und", "aber", "denn", "sowohl"}
CONTENT_OPENERS = {
    "dass", "daß", "ob", "wie", "warum", "wann", "wo", "weshalb", "weswegen", "wer", "was", "wieviel", "wieso",
    "inwieweit", "welche", "welcher", "welches", "wohin", "woher", "womit", "wofür",
}
RELATIVE = {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches", "was", "wo"}
SUBORDINATORS = {"wenn", "weil", "als", "da", "obwohl", "nachdem", "bevor", "falls", "damit", "sodass", "sofern",
                 "während", "seit", "seitdem", "bis", "ehe", "indem", "solange", "sobald", "obgleich"}
LASSEN = {"ließ", "ließen", "lässt", "läßt", "lassen", "lasse"}
PASSIVE_AUX = {"wird", "wurde", "wurden", "werden", "worden"}
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "ment", "chen", "lein")
MODAL_REPORT = {"soll", "sollen"}
PARTIAL_INTRO = {"als", "von", "vom", "bezeichnung", "wort", "worten", "begriff", "ausdruck", "formulierung"}
PARTIAL_VERBS = {"nenn", "bezeichn", "sprech", "wert", "kritisier", "warn", "skandier", "ruf", "feier", "versprech"}
AGENTLESS_NO_STATEMENT = {"plan", "erwart", "schätz"}  # stems whose agentless passive is no statement
# Konjunktiv II modals mostly speak of what might be, not of what someone said (in the singular:
# reported speech has "könne", "müsse"; the plural "könnten", "müssten" stands in for the Konjunktiv I)
HYPOTHETICAL = {"sollte", "sollten", "wollte", "möchte", "möchten", "könnte", "müsste", "müßte", "dürfte"}
SOLL_GAP = 3  # "soll … haben" reports a claim a little further from its statement too
FREE_INDIRECT_GAP = 1  # sentences a Konjunktiv / "soll" sentence may stand after its statement
QUOTE_CHARS = set("«»„“”\"‹›‚‘’")
CLAUSE_PUNCT = {",", ":", ";", "—", "–", "(", ")"}
SENT_PUNCT = {".", "!", "?", "…"}
BREAKS = CLAUSE_PUNCT | SENT_PUNCT  # where a clause ends


@dataclass
class Tok:
    i: int
    text: str
    low: str
    b: int
    e: int
    tag: str
    konj: bool
    stem: str
    sent: int
    quote: int  # index of the direct quote the token stands in, -1 outside quotes
    para: int  # paragraph number

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


VERB_CONTEXT_TAGS = {"ART", "PRF", "PPER", "PDS", "PIAT", "PPOSAT", "PROAV", "ADV", "APPR", "APPRART", "CARD", "PIS"}


def retag_past_forms(toks: list[Tok]) -> None:
    """HanTa tags words one by one, and reads past forms like "bekannte", "skandierten" as
    adjectives. A lower-case speech-verb form in -te/-ten that is followed by an article, a
    pronoun, an adverb or a colon is no attributive adjective: a finite verb."""
    for k, t in enumerate(toks):
        if t.tag not in ("ADJ(A)", "ADJ(D)") or not t.text.islower() or not t.low.endswith(("te", "ten")) \
                or k + 1 >= len(toks) or not is_cue_candidate(t.low):
            continue
        nxt = toks[k + 1]
        if nxt.tag in VERB_CONTEXT_TAGS or nxt.text == ":":
            if k > 0 and toks[k - 1].low in DETERMINERS:
                continue  # "die bekannten …"
            t.tag = "VV(FIN)"
            t.stem, t.konj = verb_analysis(t.text, "VV(FIN)")


class Article:
    """One text with its tokens, sentences, quotes and the statements found so far."""

    def __init__(self, text: str, cues: Cues):
        self.text = text
        self.cues = cues
        doc = load()(text)
        self.quotes = find_quotes(text)
        qspans = [(q.open_mark, q.close_mark + 1) for q in self.quotes]
        toks: list[Tok] = []
        sents: list[tuple[int, int]] = []
        para = 0
        qi = 0
        konj, stems = doc.user_data["konj"], doc.user_data["stem"]  # set by nlp_de.hanta_tagger
        # agency markers ("HAMBURG (dpa) -", "Von Max Muster, dpa") are read as if absent: never a speaker
        markers = agency_markers(text)
        mi = 0
        for k, tok in enumerate(doc):
            if tok.is_sent_start and toks and (not sents or sents[-1][1] != len(toks)):
                sents.append((sents[-1][1] if sents else 0, len(toks)))
            if tok.is_space:
                if tok.text.count("\n") >= 1:
                    para += 1
                continue
            b = tok.idx
            while mi < len(markers) and markers[mi][1] <= b:
                mi += 1
            if mi < len(markers) and markers[mi][0] <= b:
                continue
            while qi < len(qspans) and qspans[qi][1] <= b:
                qi += 1
            inq = qi if qi < len(qspans) and qspans[qi][0] <= b < qspans[qi][1] else -1
            toks.append(Tok(len(toks), tok.text, tok.text.lower().replace("\xad", ""), b, b + len(tok.text),
                            tok.tag_, konj[k], stems[k], 0, inq, para))
        start = sents[-1][1] if sents else 0
        if start < len(toks):
            sents.append((start, len(toks)))
        sents = [(s, e) for s, e in sents if e > s]
        for n, (s, e) in enumerate(sents):
            for t in toks[s:e]:
                t.sent = n
        retag_past_forms(toks)
        mark_names(toks)
        self.toks = toks
        self.starts = [t.b for t in toks]
        self.sents = sents
        self.tokens = len(toks)
        self.found: list[Found] = []
        self.used_cues: set[int] = set()
        self.relative: dict[Span, Span] = {}  # antecedent of a relative-clause speaker -> the pronoun
        self.apposed: dict[Span, Span] = {}  # "der Präsident des Verbands, Max Muster" -> "Max Muster"
        self.partial_sentences: set[int] = set()  # sentences whose cue frames a partial quote
        self.partial_cues: set[int] = set()  # cue tokens that frame partial quotes
        self.inherit: set[int] = set()  # ids of statements that take the last speaker (no frame of their own)
        self.mentions: list[Mention] = []

    # ---- small helpers -------------------------------------------------------------

    def span(self, i: int, j: int) -> Span:
        """Character span of tokens i..j-1."""
        return (self.toks[i].b, self.toks[j - 1].e)

    def content_span(self, i: int, j: int) -> Span | None:
        """Character span of tokens i..j-1 without surrounding punctuation."""
        while i < j and self.toks[i].text in BREAKS:
            i += 1
        while j > i and (self.toks[j - 1].text in BREAKS):
            j -= 1
        return self.span(i, j) if j > i else None

    def is_nominal(self, t: Tok) -> bool:
        """A noun or name (capitalised; HanTa NN/NE/FM or unknown)."""
        if t.tag not in NOMINAL_TAGS or not t.cap and t.tag not in ("NE", "XY", "FM") \
                and not ("-" in t.text and t.text.rsplit("-", 1)[1][:1].isupper()):
            return False  # (but "documenta-Homepage" is a noun)
        return t.low not in SUBJECT_PRONOUNS and t.low not in DETERMINERS

    def np_right(self, i: int, limit: int) -> int | None:
        """End (exclusive) of the noun phrase starting at token i, or None when none starts there."""
        toks = self.toks
        if i >= limit:
            return None
        t = toks[i]
        if t.low in SUBJECT_PRONOUNS or (t.tag in ("PIS", "PDS") and i + 1 < len(toks)
                                         and toks[i + 1].text in SENT_PUNCT | {","} and t.low not in ("das", "dies", "es")):
            return i + 1  # "sagte er", "so letztere", "erklärte dieser"
        j = i
        while j < limit and (toks[j].low in DETERMINERS or (toks[j].tag in ("ADJ(A)", "CARD") and not toks[j].cap)
                             or toks[j].tag in ("ADJ(A)", "PIAT")
                             or (j > i and toks[j].tag in ("ADV", "ADJ(D)") and not toks[j].cap and j + 1 < limit
                                 and toks[j + 1].tag == "ADJ(A)")):
            j += 1
        head = j
        if j + 2 < limit and toks[j].text in QUOTE_CHARS and (self.is_nominal(toks[j + 1]) or toks[j + 1].tag == "ART"
                                                             and self.is_nominal(toks[j + 2])):
            k = j + 1
            while k < limit and toks[k].text not in QUOTE_CHARS and k < j + 6:
                k += 1
            if k < limit and toks[k].text in QUOTE_CHARS:
                return k + 1
        while j < limit and (self.is_nominal(toks[j])
                             or (toks[j].cap and j + 1 < limit and self.is_nominal(toks[j + 1])
                                 and toks[j].tag in ("ADJ(D)", "ADJ(A)", "ADV", "VV(INF)", "VV(FIN)"))
                             or (toks[j].text in NAME_LINKS and j + 1 < limit
                                                          and toks[j + 1].cap
                                                          and toks[j + 1].tag in ("NE", "NN", "FM"))):
            j += 1
        while j < limit and particles_end(toks, j, limit) is not None:
            j = particles_end(toks, j, limit) + 1  # "von der Heide", "van Dongen": particles stay in the name
            while j < limit and toks[j].tag == "NE":
                j += 1
        if j == head:
            # a nominalised adjective as head: "Der 39-Jährige", "die Grünen", "Der Angeklagte"
            last = toks[j - 1].text
            if j - 1 > i and toks[j - 1].tag == "ADJ(A)" and (last[:1].isupper() or last[:1].isdigit() and "-" in last):
                return j
            return None
        # genitive attributes and "von" phrases: "ein Sprecher des Ministeriums", "Karl Harb von der Zeitung"
        for _ in range(2):
            if j < limit and toks[j].low == "der" and toks[j - 1].tag == "NE" and toks[head].tag == "NE":
                break  # "sagte al-Hassani der Zeitung": after a bare name "der" is a dative object
            if j < limit and toks[j].low in GENITIVE | {"von", "vom"}:
                k = j + 1
                while k < limit and (toks[k].low in DETERMINERS or toks[k].tag == "ADJ(A)"):
                    k += 1
                m = k
                while m < limit and self.is_nominal(toks[m]):
                    m += 1
                if m > k:
                    j = m
                    continue
            break
        # a body's name with "für": "das Bundesamt für Migration und Flüchtlinge"
        if j + 1 < limit and toks[j].low == "für" and toks[j + 1].cap and self.is_nominal(toks[j + 1]) \
                and is_institution_word(toks[j - 1].text, "de"):
            j += 2
            while j + 1 < limit and toks[j].low == "und" and toks[j + 1].cap and self.is_nominal(toks[j + 1]):
                j += 2
        # an abbreviation in brackets: "Amnesty International (ai)"
        if j + 2 < len(toks) and j + 2 <= limit and toks[j].text == "(" and toks[j + 2].text == ")":
            j += 3
        return j

    def np_left(self, j: int, floor: int) -> int | None:
        """Start of a noun phrase ending just before token j (for "X zufolge")."""
        toks = self.toks
        i = j
        while i > floor:
            p = toks[i - 1]
            if p.text in QUOTE_CHARS and i - 2 > floor and toks[i - 2].quote >= 0:
                # a quoted name: "der Zeitung «Hoy Bolivia», wonach"
                o = i - 2
                while o > floor and toks[o - 1].quote == toks[i - 2].quote and i - o < 8:
                    o -= 1
                if o > floor and toks[o].text in QUOTE_CHARS and o + 1 < i - 1 and toks[o + 1].cap:
                    i = o
                    continue
                break
            if self.is_nominal(p) or p.low in DETERMINERS or p.tag == "ADJ(A)" or p.low in GENITIVE \
                    or p.low in ("von", "vom") or (p.tag == "CARD"):
                i -= 1
                continue
            break
        # do not start with a genitive article that belongs to something before
        while i < j and toks[i].low in ("von", "vom"):
            i += 1
        return i if i < j else None

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sents[self.toks[i].sent]

    def clause_start(self, i: int, s: int) -> int:
        """First token of the clause holding token i (after a comma, colon, dash or quote)."""
        k = i
        while k > s:
            p = self.toks[k - 1].text
            if p == ")":  # brackets belong to the clause: "Die Partei (FDP) erklärte"
                j = k - 1
                while j > s and self.toks[j].text != "(":
                    j -= 1
                if self.toks[j].text == "(":
                    k = j
                    continue
            if p in CLAUSE_PUNCT:
                break
            k -= 1
        return k

    # ---- cues ----------------------------------------------------------------------

    def verb_cue(self, i: int, s: int, e: int):
        """The lexicon entry when token i is a speech verb (with its particle / required word
        in the clause), else None."""
        t = self.toks[i]
        if not t.tag.startswith("VV") or t.quote >= 0:
            return None
        if t.tag == "VV(IZU)" or t.tag == "VV(INF)" and any(x.tag == "VM(FIN)" for x in self.toks[max(s, i - 8):i]):
            return None  # a plan or an ability ("will … anbieten", "um … zu erklären"), not a statement
        stem = t.stem or t.low
        rest = {x.low for x in self.toks[s:e] if x.quote < 0}
        rest |= {w[2:] for w in rest if w.startswith("da")} | {w[3:] for w in rest if w.startswith("dar")}
        for cue in self.cues.verbs.get(stem, []):
            if cue.particle and stem == cue.base:
                continue
            if cue.needs and not all(w in rest for w in cue.needs.lower().split()):
                continue
            return cue
        for cue in self.cues.particle_verbs.get(stem, []):
            if i > s and self.toks[i - 1].low == cue.particle:  # "wie die Polizei bekannt gab"
                return cue
            if "PP" in t.tag:
                continue  # a participle never leaves its particle behind ("gab … bekannt"; not "hat es … gegeben")
            # "teilte … mit": the particle stands later in the same clause
            k = self.particle_at(i, {cue.particle}, e)
            if k is not None:
                if cue.needs and not all(w in rest for w in cue.needs.lower().split()):
                    continue
                return cue
        return None

    def particle_end(self, i: int, e: int) -> int | None:
        stem = self.toks[i].stem
        return self.particle_at(i, {c.particle for c in self.cues.particle_verbs.get(stem, [])}, e)

    def particle_at(self, i: int, parts: set[str], e: int) -> int | None:
        """The separable particle of the verb at i: the last word of its clause ("teilte … mit"),
        found over an apposition between commas ("teilte der Kommandant, Marco Bernasconi, am
        Freitag mit") but not over another clause (a comma before a finite verb or a quote)."""
        k = i + 1
        while k < e:
            t = self.toks[k]
            if t.text in BREAKS:
                if t.text != "," or not self.apposition_follows(k, e):
                    return None
            elif t.low in parts and t.quote < 0:
                return k
            k += 1
        return None

    def apposition_follows(self, k: int, e: int) -> bool:
        """After the comma at k: a verbless stretch to the next comma or the sentence end (a name
        or role in apposition, or the adverbials after it: "…, am Freitag mit.")."""
        j = k + 1
        if j >= e or self.toks[j].low in CONTENT_OPENERS | RELATIVE | SUBORDINATORS:
            return False
        while j < e and self.toks[j].text not in BREAKS:
            if "FIN" in self.toks[j].tag or self.toks[j].quote >= 0 or j > k + 8:
                return False
            j += 1
        return j >= e or self.toks[j].text in {","} | SENT_PUNCT

    def passive_agent(self, s: int, e: int) -> Span | None:
        """"von X bezeichnet": the agent of a passive, outside quotes."""
        for k in range(s, e - 1):
            if self.toks[k].low in ("von", "vom") and self.toks[k].quote < 0:
                end = self.np_right(k + 1, e)
                if end:
                    return self.span(k + 1, end)
        return None

    def in_subordinate(self, v: int, s: int) -> bool:
        """Whether token v stands in a subordinate clause (", dass …", ", der …") after the sentence start."""
        c = self.clause_start(v, s)
        return c > s and self.toks[c - 1].text == "," and (self.toks[c].low in CONTENT_OPENERS
                                                          or self.toks[c].tag == "PRELS")

    def passive_speaker(self, v: int, a: int, s: int, e: int) -> Span | None:
        """"Sie wird mit den Worten zitiert": with "zitieren" the passive subject is the speaker."""
        if self.toks[v].stem == "zitier" and a != v:
            return self.subject(a, s, e)
        return None

    def anchor(self, i: int, s: int) -> tuple[int, bool]:
        """The finite verb a participle / infinitive cue hangs on, and whether it is passive."""
        t = self.toks[i]
        c = self.clause_start(i, s)
        aux = next((k for k in range(i - 1, c - 1, -1)
                    if "FIN" in self.toks[k].tag and self.toks[k].tag.startswith(("VA", "VM"))), None)
        clause_final = i + 1 >= len(self.toks) or self.toks[i + 1].text in BREAKS
        if "FIN" in t.tag and not (t.low.endswith("t") and aux is not None and clause_final):
            return i, False  # (a clause-final "-t" form after "hat"/"wird" is a participle HanTa read as finite)
        end = i + 1
        while end < len(self.toks) and self.toks[end].text not in BREAKS and end < i + 4:
            end += 1
        participle = "PP" in t.tag or ("INF" not in t.tag and t.low.endswith("t"))  # not "wird sagen" (future)
        passive = participle and any(x.low in PASSIVE_AUX for x in self.toks[c:end])
        for k in range(i - 1, c - 1, -1):
            x = self.toks[k]
            if "FIN" in x.tag and (x.tag.startswith(("VA", "VM")) or "INF" in t.tag and x.low in LASSEN):
                return k, passive  # ("ließ über eine Sprecherin ausrichten": "lassen" carries the infinitive)
        # verb-final clause: the auxiliary follows ("wie er mitgeteilt hatte", "bekannt gegeben wurde")
        return i, passive

    def subject(self, v: int, s: int, e: int) -> Span | None:
        """The subject of the finite verb v: the prefield noun phrase, else the first noun phrase
        after the verb, else the noun phrase opening the sentence before an apposition."""
        toks = self.toks
        c = self.clause_start(v, s)
        pre = c
        while pre < v and (toks[pre].low in LEADING_PARTICLES):
            pre += 1
        verb_final = v + 1 >= e or toks[v + 1].text in BREAKS or "FIN" in toks[v + 1].tag
        if v > s and toks[v - 1].low in ("und", "sowie", "aber", "sondern", "doch"):
            prev = next((k for k in range(v - 2, s - 1, -1) if "FIN" in toks[k].tag and toks[k].quote < 0), None)
            if prev is not None:
                return self.subject(prev, s, e)
        if c > s and c < v and toks[c - 1].text == "," and toks[c].low in ("die", "das", "den") and verb_final \
                and toks[c].tag in ("ART", "PRELS", "PDS") and c + 1 < v and toks[c + 1].tag == "NE":
            # an object relative pronoun with its own named subject: "die Marke, die Tomas Vell … erklärt hatte"
            end = self.np_right(c + 1, v)
            if end:
                return self.span(c + 1, end)
        if c > s and c < v and toks[c - 1].text == "," and toks[c].low in ("der", "die", "welcher", "welche") \
                and toks[c].tag in ("ART", "PRELS", "PDS") and verb_final:
            # a relative clause: "Jimmy Carter, der … war, sagte" / "…, die auch angab, dass"
            start = self.np_left(c - 1, s)
            if start is not None:
                antecedent = self.span(start, c - 1)
                self.relative[antecedent] = self.span(c, c + 1)  # annotators mark the pronoun
                return antecedent
            return None
        if toks[c].low in SUBORDINATORS | {"wie"} and c < v and verb_final and toks[c].tag in ("KOUS", "PWAV", "KOKOM"):
            # verb-final clause: "wie die Polizei mitteilte", "als er sagte"
            end = self.np_right(c + 1, v)
            return self.span(c + 1, end) if end else None
        if v + 1 < e and toks[v + 1].low in PERSON_PRONOUNS and toks[v + 1].quote < 0 and not (pre < v and toks[pre].low in SUBJECT_PRONOUNS):
            return self.span(v + 1, v + 2)  # "sagte er", "betonte sie"
        if v - 1 > s and toks[v - 1].text == ",":
            # "Der Vorsitzende des Verbands, Michael Knipper, kritisierte …": an apposition (no verb)
            st = s
            while st < v and toks[st].low in LEADING_PARTICLES:
                st += 1
            end = self.np_right(st, v)
            if end and toks[st].low not in OBJECT_DETERMINERS and "," in {x.text for x in toks[end:v - 1]} \
                    and not any("FIN" in x.tag or x.tag.startswith(("KOUS", "PREL", "PW")) for x in toks[end:v]):
                return self.with_apposed_name(st, end, v)
        if pre + 1 == v and toks[pre].tag in ("PDS", "PIS", "PDAT", "PIAT") and toks[pre].low not in ("es", "das", "dies", "man"):
            return self.span(pre, v)  # "Diese bestätigte, …", "Beide riefen …"
        if v - 1 > s and toks[v - 1].text == ",":
            # "Jimmy Carter, der als Wahlbeobachter im Land war, sagte …": subject before a relative clause
            st = s
            while st < v and toks[st].low in LEADING_PARTICLES:
                st += 1
            end = self.np_right(st, v) if toks[st].low not in OBJECT_DETERMINERS else None
            if end and end + 2 < v - 1 and toks[end].text == "," and toks[end + 1].low in RELATIVE \
                    and "FIN" in toks[v - 2].tag and not any("FIN" in x.tag for x in toks[end + 1:v - 2]):
                self.relative[self.span(st, end)] = self.span(end + 1, end + 2)
                return self.span(st, end)
        dative = pre + 1 < v and toks[pre].low == "der" and toks[pre + 1].tag == "ADJ(A)" and toks[pre + 1].low.endswith("en")
        temporal = pre < v and toks[pre].low in TIME_NOUNS  # "Stunden vor dem Besuch begann Russland …"
        if pre < v and toks[pre].low not in OBJECT_DETERMINERS and not dative and not temporal:
            # the prefield is the subject ("Der ehemaligen Ministerin sagte er" is dative: not it) when it opens with a noun phrase and holds no verb
            end = self.np_right(pre, v)
            if end and not any("FIN" in x.tag for x in toks[pre:v]):
                if toks[pre].low == "es":
                    return None
                named = self.named_after_verb(v, e)
                if named and not any(x.tag == "NE" for x in toks[pre:end]) and toks[pre].low not in SUBJECT_PRONOUNS \
                        and toks[pre].low not in ("der", "ein"):
                    return named  # object first: "Die Anwendung der Regel stellte der Vorsitzende Tomas Vell in Frage"
                if not self.abstract_object_first(pre, end, v, e):
                    return self.span(pre, end)
                # (an abstract noun says nothing: "Die Entwicklung verglich Merkel mit …": the subject follows)
        # after the verb, skipping adverbs and short adverbials
        k = v + 1
        skipped = 0
        while k < e and skipped < 4 and particles_end(toks, k, e) is None and (
                toks[k].low in SKIP_AFTER_VERB or toks[k].tag in ("ADV", "ADJ(D)", "PTKNEG")
                                         or (toks[k - 1].low in ("am", "im", "vor", "in", "bei", "nach", "mit", "zum",
                                                                 "zur", "gegenüber", "auf") and toks[k].cap)
                                         or toks[k].low in ("sich", "ihn", "ihm", "ihnen", "uns", "mir", "mich", "dir", "dich")):
            if toks[k].low in ("am", "im", "in", "bei", "vor", "nach", "mit", "zum", "zur", "auf") and toks[k].cap is False:
                # a short prepositional phrase: take it whole
                m = k + 1
                while m < e and m < k + 5 and (toks[m].low in DETERMINERS or toks[m].tag == "ADJ(A)"):
                    m += 1
                while m < e and toks[m].cap and self.is_nominal(toks[m]):
                    m += 1
                if m == k + 1:
                    break
                k = m
            else:
                k += 1
            skipped += 1
        quoted_name = toks[k].text in QUOTE_CHARS and k + 1 < e and toks[k + 1].cap if k < e else False
        if k < e and (toks[k].quote < 0 or quoted_name) and toks[k].low not in OBJECT_DETERMINERS and toks[k].low != "es":
            end = self.np_right(k, e)
            if end:
                return self.with_apposed_name(k, end, e)
        if toks[v - 1].text == "," and v - 1 > s:
            # "Ahmad Nuristani, der Vorsitzende der Wahlkommission, sagte …"
            st = s
            while st < v and toks[st].low in LEADING_PARTICLES:
                st += 1
            end = self.np_right(st, v)
            if end and toks[end].text in {",", "("} and toks[st].low not in OBJECT_DETERMINERS:
                return self.span(st, end)
        return None

    def with_apposed_name(self, k: int, end: int, e: int) -> Span:
        """The noun phrase k..end, with the name in apposition after it when there is one
        ("der Präsident des Verbands, Max Muster"); the name is kept apart (self.apposed): it
        resolves the actor, the role phrase before the comma gives the role."""
        named = apposed_name_end(self, end, e)
        if named is None:
            return self.span(k, end)
        comma = next(x for x in range(named - 1, end - 1, -1) if self.toks[x].text == ",")
        self.apposed[self.span(k, named)] = self.span(comma + 1, named)
        return self.span(k, named)

    def abstract_object_first(self, pre: int, end: int, v: int, e: int) -> bool:
        """"Die Äußerungen Hassemers bezeichnete Wiefelspütz als …": the prefield's head is an
        abstract noun (-ung, -heit, -tion …, not a body like "die Regierung") and a name follows
        the verb; then the prefield is the object and the name the subject."""
        head = next((t for t in self.toks[pre:end] if t.cap and t.tag in ("NN", "NE")), None)
        if head is None or head.tag == "NE" or not head.low.rstrip("en").endswith(NOUN_ENDINGS) \
                or is_institution_word(head.text, "de"):
            return False
        k = v + 1
        while k < e and (self.toks[k].tag in ("ADV", "ADJ(D)") and not self.toks[k].cap):
            k += 1
        return k < e and self.toks[k].quote < 0 and (self.toks[k].tag == "NE" or self.toks[k].low in ("er", "sie")
                                                    or self.toks[k].low == "der" and k + 1 < e and self.toks[k + 1].cap)

    def named_after_verb(self, v: int, e: int) -> Span | None:
        """"der Vorsitzende Tomas Vell" right after the verb (adverbs skipped): "der" + nouns + a name,
        a nominative that makes the prefield an object."""
        toks = self.toks
        k = v + 1
        while k < e and toks[k].tag in ("ADV", "ADJ(D)") and not toks[k].cap:
            k += 1
        if k >= e or toks[k].low != "der" or toks[k].quote >= 0:
            return None
        end = self.np_right(k, e)
        if not end or not any(x.tag == "NE" for x in toks[k + 1:end]) or toks[k + 1].tag == "NE":
            return None
        return self.span(k, end)

    def content_after(self, v: int, e: int) -> int | None:
        """Start of a content clause after the cue verb: ", dass …", ", man wisse …", ": …"."""
        toks = self.toks
        k = v + 1
        depth_quote = -1
        while k < e:
            t = toks[k]
            if t.quote >= 0 and t.quote != depth_quote:
                depth_quote = t.quote
            if t.quote < 0 and t.low in ("und", "aber", "sowie", "doch") and k + 1 < e and "FIN" in toks[k + 1].tag:
                return None  # "bezeichnete X als Y und erklärte, …": the clause belongs to the next verb
            if t.quote < 0 and t.text in (",", ":") and k + 1 < e:
                n = toks[k + 1]
                if t.text == ":":
                    return k + 1
                if n.low in CONTENT_OPENERS and n.low != "wie" and not (n.low in ("was", "wo", "welche", "welcher", "welches") and k > v + 2):
                    return k + 1  # (", was …" after an object is a relative clause: "kritisierte X, was …")
                seg_end = k + 1
                while seg_end < e and toks[seg_end].text not in (",", ";") or (seg_end < e and toks[seg_end].quote >= 0):
                    seg_end += 1
                seg = [x for x in toks[k + 1:seg_end] if x.quote < 0]
                zu_infinitive = any(x.low == "zu" and i + 1 < len(seg) and seg[i + 1].tag.startswith("V")
                                    for i, x in enumerate(seg)) or any(x.tag == "VV(IZU)" for x in seg)
                fins = [i for i, x in enumerate(seg) if "FIN" in x.tag]
                if fins and 1 <= fins[0] <= 6 and not seg[fins[0]].konj and self.verb_cue(seg[fins[0]].i, k + 1, seg_end) \
                        and self.is_nominal(seg[fins[0] - 1]) and any(x.tag == "NE" for x in seg[:fins[0]]):
                    return None  # a second statement of its own: "…, nannte X «…», Tomas Vell bezeichnete …"
                if any(x.konj for x in seg) or zu_infinitive or n.text in QUOTE_CHARS:
                    return k + 1
                if n.low in SUBORDINATORS:
                    k = seg_end
                    continue
                # a main clause (finite verb second, not last): "sagte, die USA hielten sich an …"
                if fins and 1 <= fins[0] <= 6 and fins[0] < len(seg) - 2 \
                        and n.low not in ("denen", "deren", "dessen", "welche", "welcher", "welches", "wo", "was"):
                    return k + 1
                if n.low in RELATIVE:
                    k = seg_end
                    continue
                return None
            k += 1
        return None

    # ---- statements ----------------------------------------------------------------

    def add(self, quote: list[Span], kind: str, cue: list[Span], speaker: Span | None, frame: Span,
            unattributed: bool = False, confidence: float = 0.8) -> Found:
        quote = [q for q in quote if q and q[1] > q[0]]
        mention = [speaker] if speaker else []
        if speaker in self.apposed:
            mention = [self.apposed[speaker], speaker]  # the name first: it is what the actor resolver reads
        if speaker in self.relative:
            mention.append(self.relative[speaker])  # the antecedent names the actor, the pronoun stands in the frame
        f = Found(quote=quote, kind=kind, cue=cue, speaker_mention=mention, frame=frame,
                  unattributed=unattributed or not speaker, confidence=confidence)
        if quote:
            self.found.append(f)
            if speaker:
                self.mentions.append(Mention(speaker, self.text[speaker[0]:speaker[1]],
                                             kind_hint=self.kind_hint(speaker), is_subject=True))
        return f

    def kind_hint(self, span: Span) -> str:
        words = self.text[span[0]:span[1]].split()
        if not words:
            return ""
        if words[0].lower() in PERSON_PRONOUNS:
            return "person"
        return ""


def apposed_name_end(art: Article, end: int, e: int) -> int | None:
    """"betonte der Präsident des Verbands der Bauindustrie, Walter Engelhardt, am Montag": a role
    phrase ending at token end, then (after the rest of its attributes) a name between commas.
    The end of that name (the speaker is the whole phrase, the name in apposition), else None."""
    toks = art.toks
    k = end
    while k < e and k < end + 6 and toks[k].text != "," and toks[k].quote < 0 \
            and "FIN" not in toks[k].tag and toks[k].text not in BREAKS and (toks[k].cap or toks[k].low in GENITIVE):
        k += 1  # the rest of a genitive the noun phrase did not take ("der Bergbahnen Hochkar")
    if k >= e or toks[k].text != "," or not any(t.cap for t in toks[end - 1:k]):
        return None
    j = k + 1
    while j < e and toks[j].text in ("Dr.", "Prof.", "Dr", "Prof"):
        j += 1
    first = j
    while j < e and toks[j].quote < 0 and (toks[j].tag == "NE" or toks[j].cap and toks[j].tag in NOMINAL_TAGS
                                           or particles_end(toks, j, e) is not None and j > first):
        j = particles_end(toks, j, e) + 1 if toks[j].low in NAMES_PARTICLES else j + 1
    run = toks[first:j]
    # a name: two to four words, one of them a name to the tagger, or after a role noun, where
    # a pair of capitalised words is a name the tagger does not know ("Teodor Vasquez-Lind")
    named = 2 <= len(run) <= 4 and (any(t.tag == "NE" for t in run) or role_head(art, end)
                                    and not any(t.low.endswith(NOUN_ENDINGS) for t in run))
    if not named or not (j >= e or toks[j].text in {",", ")"} | SENT_PUNCT):
        return None
    return j


def role_head(art: Article, end: int) -> bool:
    """Whether the noun phrase ending at token end has a role noun as its head ("der Präsident
    des Verbands"): the first noun of the phrase is a title or role (extract/data/titles_de.txt)."""
    k = end - 1
    while k > 0 and end - k < 8 and art.toks[k - 1].text not in BREAKS and "FIN" not in art.toks[k - 1].tag:
        k -= 1
    head = next((t for t in art.toks[k:end] if t.cap and t.low not in DETERMINERS), None)
    return head is not None and role_word(head.text, lexicon("de")) is not None


def first_tok_at(art: Article, offset: int) -> int | None:
    """The first token starting at or after a character offset."""
    k = bisect_left(art.starts, offset)
    return k if k < len(art.toks) else None
