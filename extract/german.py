"""German statement rules: who said what, in quotation marks or not.

    analyse(text) -> Analysis(statements=[Found], mentions=[Mention], tokens)

On the blank German pipeline with HanTa tags (extract/nlp_de.py) and the cue lexicon
(extract/cues.py), per sentence:

  direct         «…», sagte Putin.   Kuleba erklärte: «…»   a quote after a statement (same speaker)
  partial        Scholz sprach von einem «guten Zeichen».   (a short quote inside a cue sentence)
  indirect       Steinmeier erklärte, man wisse noch nicht, ob …   Er sagte, dass …
                 …, sagte Rutan.   …, so die FIFA.   Laut X / X zufolge / nach Angaben X …
                 Wie die Polizei mitteilte, …   Demnach …   …, hieß es (unattributed)
  reported       Scholz verwies auf einen großen Spielraum.  (cue verb with an object, no clause)
  free_indirect  Konjunktiv or "soll(en)" sentences right after a statement: its speaker.

Quote spans follow the annotators of the shared Wikinews set: an indirect quote is the
content clause ("dass" included, frame excluded; discontinuous around a frame in the middle),
a reported statement is the whole sentence, a free indirect one the sentence (consecutive
sentences of one passage are one statement with several pieces).

speaker_mention is where the speaker stands in the frame ("er", "Präsident Wladimir Putin");
a free indirect statement carries the mention of the statement it continues. Two spans where
the frame names the speaker twice: the actor first (resolved by extract/actors.py), then what
annotators mark ("Jimmy Carter, der …, sagte": the antecedent, then "der"; "Russland begann
nach eigenen Angaben": "Russland", then "eigenen Angaben"). Unattributed statements ("hieß
es", agentless passives, "Demnach") keep the source phrase, if any, for display but get no actor.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .actors import is_institution_word, lexicon, role_word
from .cues import Cues, load_cues
from .datelines import agency_markers
from .interviews import interview_lines
from .model import Analysis, Found, Mention, Span
from .names import PARTICLES as NAMES_PARTICLES, mark_names, particles_end
from .nlp_de import is_cue_candidate, load, verb_analysis
from .quotes import find_quotes

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


def analyse(text: str) -> Analysis:
    art = Article(text, load_cues())
    if not art.toks:
        return Analysis(statements=[], mentions=[], tokens=0, quotes=[(q.open_mark, q.close_mark) for q in art.quotes])
    direct_quotes(art)
    interview_answers(art)
    sentence_rules(art)
    free_indirect(art)
    art.found.sort(key=lambda f: f.quote[0])
    seen: set[tuple] = set()
    unique = []
    for f in art.found:
        key = tuple(f.quote)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    art.found = unique
    mentions = name_mentions(art) + art.mentions + subject_mentions(art)
    mentions.sort(key=lambda m: m.span)
    quotes = [(q.open_mark, q.close_mark) for q in art.quotes]
    return Analysis(statements=art.found, mentions=mentions, tokens=art.tokens, quotes=quotes)


# ---- direct quotes ------------------------------------------------------------------

def first_tok_at(art: Article, offset: int) -> int | None:
    """The first token starting at or after a character offset."""
    k = bisect_left(art.starts, offset)
    return k if k < len(art.toks) else None


def direct_quotes(art: Article) -> None:
    toks = art.toks
    by_offset = {t.b: t.i for t in toks}
    for qn, q in enumerate(art.quotes):
        qtext = art.text[q.start:q.end]
        words = qtext.split()
        open_i = by_offset.get(q.open_mark)
        close_i = by_offset.get(q.close_mark)
        if open_i is None or close_i is None:
            continue
        s, e = art.sentence_of(close_i)
        s0, _ = art.sentence_of(open_i)
        found = None
        # after: «…», sagte Putin.  /  «…», so Ute Bader.  /  „…“ sagte er.
        k = close_i + 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
            if k + 3 < len(toks) and toks[k].low == "mit" and toks[k + 2].low == "worten":
                k += 3  # "«…», mit diesen Worten meldete er sich zurück"
        elif not (k < len(toks) and (toks[k].tag.startswith("VV") or toks[k].low == "so"
                                     or toks[k].low in PASSIVE_AUX and toks[k].sent == toks[close_i].sent)
                  and (len(words) >= 3 or qtext[-1:] in "!?.")):
            k = len(toks)  # („…“ so das Fazit der Betreiber / „…“ wird der Minister zitiert)
        if k < len(toks):
            se, ee = art.sentence_of(k)
            if toks[k].low == "so" and art.np_right(k + 1, ee):
                end = art.np_right(k + 1, ee)
                found = ([art.span(k, k + 1)], art.span(k + 1, end), (q.open_mark, toks[end - 1].e))
            else:
                reach = 6 if toks[k].low in PASSIVE_AUX else 3  # "wird der Minister zitiert"
                for v in range(k, min(k + reach, ee)):
                    if art.verb_cue(v, se, ee):
                        own = art.content_after(v, ee)
                        if own is not None and open_i > s0 and toks[open_i - 1].low not in PARTIAL_INTRO and not any(
                                toks[x].text in CLAUSE_PUNCT and toks[x].quote < 0 for x in range(v + 1, own - 1)):
                            break  # "…: «…», weiter hieß es, dass …": that cue has its own content
                        a, passive = art.anchor(v, se)
                        who = art.passive_speaker(v, a, se, ee) if passive else art.subject(a, se, ee)
                        if passive and who is None:
                            who = art.passive_agent(se, ee)  # "«…» wird von Fachleuten als … bezeichnet"
                        if not passive and toks[v].stem == "zitier" and who and art.text[who[0]:who[1]].lower() == "man":
                            # "«…», zitierte man Tomas Vell": the one quoted is the speaker
                            m = next((x for x in range(v + 1, ee) if toks[x].low == "man"), None)
                            end = art.np_right(m + 1, ee) if m is not None else None
                            who = art.span(m + 1, end) if end else None
                        if who is None and v > k:
                            who_end = art.np_right(k, v)
                            who = art.span(k, who_end) if who_end else None
                        if toks[v].low in ("heißt", "hieß", "geheißen"):
                            who = source_of_heisst_es(art, v, se)
                        found = ([art.span(v, v + 1)], who, (q.open_mark, toks[ee - 1].e))
                        art.used_cues.add(v)
                        break
        # before: Kuleba erklärte: «…»  /  sagte Biden: «…»
        if found is None:
            j = open_i - 1
            if j >= 0 and toks[j].text in (":", ",") and toks[j].sent == toks[open_i].sent or (j >= 0 and toks[j].text == ":"):
                ss, se = art.sentence_of(j)
                c = art.clause_start(j, ss) if toks[j].text == "," else ss
                for v in range(j - 1, ss - 1 if toks[j].text == ":" else max(ss - 1, j - 4), -1):
                    if art.verb_cue(v, ss, j) and not art.in_subordinate(v, ss):
                        a, passive = art.anchor(v, ss)
                        who = art.passive_speaker(v, a, ss, j) if passive else art.subject(a, ss, j)
                        if toks[v].low in ("heißt", "hieß", "geheißen"):
                            who = source_of_heisst_es(art, v, ss)
                        found = ([art.span(v, v + 1)], who, (toks[ss].b, q.close_mark + 1))
                        art.used_cues.add(v)
                        break
        if found is None and open_i > 2 and toks[open_i - 1].text == ":" and len(words) >= 3:
            # "…, so Tomas Vell weiter: «…»"
            ss, _ = art.sentence_of(open_i - 1)
            so = next((x for x in range(open_i - 2, ss, -1) if toks[x].low == "so" and toks[x - 1].text == ","), None)
            if so is not None:
                end = art.np_right(so + 1, open_i - 1)
                if end and all(x.tag in ("ADV", "ADJ(D)") for x in toks[end:open_i - 1]):
                    found = ([art.span(so, so + 1)], art.span(so + 1, end), (toks[so].b, q.close_mark + 1))
        if found is None and open_i > 0 and toks[open_i - 1].text == ":" and len(words) >= 3:
            # "Biden richtete eine Botschaft an die Bürger: «…»": the subject of the colon clause
            ss, _ = art.sentence_of(open_i - 1)
            fin = next((v for v in range(ss, open_i - 1) if toks[v].quote < 0 and (
                "FIN" in toks[v].tag or toks[v].tag == "VV(INF)" and v > ss and art.is_nominal(toks[v - 1]))), None)
            if fin is not None:
                who = art.subject(fin, ss, open_i - 1)
                if who:
                    found = ([], who, (toks[ss].b, q.close_mark + 1))
            else:
                # "BKA-Präsident Tomas Vell: «…»" / "Vell wörtlich: «…»": a name and a colon
                cs = art.clause_start(open_i - 1, ss)
                end = art.np_right(cs, open_i - 1)
                while end is not None and end < open_i - 1 and toks[end].low in ("wörtlich", "dazu", "zufolge"):
                    end += 1
                if end is not None and end < open_i - 1 and toks[end].tag in ("APPR", "APPRART") \
                        and art.np_right(end + 1, open_i - 1) == open_i - 1:
                    pp = end  # a prepositional phrase after the name: "Ilka Marwen zur neuen Lage: «…»"
                    end = open_i - 1
                else:
                    pp = None
                if end is not None and (end == open_i - 1 or toks[end].text == ",") and toks[cs].low not in OBJECT_DETERMINERS:
                    who = art.span(cs, pp if pp is not None else art.np_right(cs, open_i - 1))
                    found = ([], who, (toks[cs].b, q.close_mark + 1))
        continuation = open_i > s0 and toks[open_i - 1].text == ":" \
            and all(x.tag in ("KON", "ADV") for x in toks[s0:open_i - 1])  # "Und: «…»"
        if found is None and not continuation:
            # a quote inside a cue sentence: "sprach von einem «guten Zeichen»", "als «falsch» zurückgewiesen"
            inner = open_i > s0 and close_i + 1 < len(toks) and toks[close_i + 1].text not in SENT_PUNCT | {","} \
                or (open_i > s0)
            # (several capitalised words are a name or title: "«Mission Impossible»")
            # (a quote right after a noun is a name in apposition: "dem Motto «…»", "Wirbelsturm «…»")
            apposition = toks[open_i - 1].tag in ("NN", "NE") and toks[open_i - 1].low not in PARTIAL_INTRO | {"beispiel"} \
                and words[0][:1].isupper()
            if inner and len(words) <= 40 and not (len(words) > 1 and all(w[:1].isupper() for w in words)) \
                    and not apposition:
                coordinated = open_i > 1 and toks[open_i - 1].tag == "KON" and toks[open_i - 2].text in QUOTE_CHARS
                cues = [v for v in range(s0, e) if toks[v].quote < 0
                        and (v not in art.used_cues or coordinated and v in art.partial_cues) and art.verb_cue(v, s0, e)]
                # the cue nearest before the quote ("bestätigte … nicht und nannte sie „…“"), else the first
                before_cues = [v for v in cues if v < open_i]
                v = before_cues[-1] if before_cues else (cues[0] if cues else None)
                if v is not None and not (toks[v].stem in ("laut", "heiß") or toks[v].low == "genannt") \
                        and art.content_after(v, e) is None:
                    # (a name being given, "„Bruno“ genannt", is no statement; a quote inside a
                    # content clause belongs to the indirect statement)
                    a, passive = art.anchor(v, s0)
                    who = art.passive_agent(s0, e) if passive else art.subject(a, s0, e)
                    # a quoted phrase counts when the frame introduces it as words: "als «…»",
                    # "von einem «…»", "nannte es «…»", "die Bezeichnung «…»"; longer quotes always
                    framed = any(x.low in PARTIAL_INTRO for x in toks[max(s0, open_i - 4):open_i]) \
                        or toks[v].stem in PARTIAL_VERBS or len(words) > 3
                    if who and framed:
                        found = ([art.span(v, v + 1)], who, art.span(s0, e))
                        art.used_cues.add(v)
                        art.partial_sentences.add(toks[v].sent)
                        art.partial_cues.add(v)  # "skandierten Parolen wie «…» oder «…»": one cue, several quotes
                        art.add(list(q.pieces), "partial" if len(words) <= 12 else "direct", found[0], who,
                                found[2], confidence=0.6)
                continue
        if found is None:
            # a quote of its own (no frame): a full sentence continues the last speaker
            if len(words) < 4 or open_i != s0 and toks[open_i - 1].text not in SENT_PUNCT and not continuation:
                continue
            art.add(list(q.pieces), "direct", [], None, (q.open_mark, q.close_mark + 1), confidence=0.5)
            art.found[-1].unattributed = False  # speaker filled in by free_indirect() when one precedes
            art.inherit.add(id(art.found[-1]))
            continue
        cue, who, frame = found
        f = art.add(list(q.pieces), "direct", cue, who, frame, confidence=0.9)
        if cue and heisst_es(art, cue):
            f.unattributed = True  # "In der Erklärung heißt es": a document, not an actor
        elif who is None and cue:
            art.inherit.add(id(f))  # "…, und fügt hinzu: «…»": the speaker named before


def heisst_es(art: Article, cue: list[Span]) -> bool:
    return art.text[cue[0][0]:cue[0][1]].lower() in ("heißt", "hieß", "geheißen", "hieß's")


def source_of_heisst_es(art: Article, k: int, s: int, after_only: bool = False) -> Span | None:
    """"In der Erklärung heißt es": the document after the preposition, as annotators mark it."""
    toks = art.toks
    if k > s + 1 and toks[s].tag.startswith("APPR") and not after_only:
        end = art.np_right(s + 1, k)
        if end:
            return art.span(s + 1, end)
    # "…, heißt es in einer Mitteilung der Partei."
    j = k + 1
    if j < len(toks) and toks[j].low == "es":
        j += 1
    while j < len(toks) and toks[j].tag in ("ADV", "PROAV", "ADJ(D)") and toks[j].sent == toks[k].sent:
        j += 1  # "heißt es dazu in einer Mitteilung"
    if j + 1 < len(toks) and toks[j].tag.startswith("APPR") and toks[j].sent == toks[k].sent:
        end = art.np_right(j + 1, art.sents[toks[k].sent][1])
        if end:
            return art.span(j + 1, end)
    return None


# ---- sentence rules: verb cues, source phrases ---------------------------------------

def sentence_rules(art: Article) -> None:
    toks = art.toks
    for n, (s, e) in enumerate(art.sents):
        occupied = [f for f in art.found if f.kind in ("direct",) and f.frame and f.frame[0] < toks[e - 1].e
                    and f.frame[1] > toks[s].b]
        done = False
        # source phrases first: laut X, X zufolge, nach Angaben X, so X, hieß es, demnach
        if source_phrases(art, s, e, occupied) or reaction_statement(art, s, e, occupied):
            done = True
        demand_statement(art, s, e, occupied)
        cues = [v for v in range(s, e) if v not in art.used_cues and toks[v].quote < 0 and art.verb_cue(v, s, e)
                and not (v >= 2 and toks[v - 2].text == "(")]  # "(Wikinews berichtete)": a cross-reference
        # statements with a content clause first (several per sentence), then reported speech
        for v in cues:
            if any(b <= toks[v].b < e2 for f in art.found for b, e2 in f.quote):
                continue  # a cue inside another statement's content belongs to that content
            if verb_statement(art, v, s, e, occupied, after_source=done, clause_only=True):
                done = True
        if not done:
            for v in cues:
                if verb_statement(art, v, s, e, occupied, after_source=done):
                    break


def interview_answers(art: Article) -> None:
    """Answer lines of a printed interview (extract/interviews.py): "Paul Falkenrath: …" when the
    label is a person's name to the tagger, "Antwort: …" for the person the question addressed."""
    if ":" not in art.text:
        return
    for speaker, body, answer in interview_lines(art.text):
        if speaker is not None and not answer and not is_person_label(art, speaker):
            continue
        occupied = [f for f in art.found if f.frame and f.frame[0] < body[1] and f.frame[1] > body[0]]
        if overlaps_direct(art, [body], occupied):
            continue
        art.add([body], "direct", [], speaker, (speaker[0] if speaker else body[0], body[1]), confidence=0.7)


def is_person_label(art: Article, span: Span) -> bool:
    """"Paul Falkenrath" (a first name or a name the tagger knows, then more name words), not
    "Die Lage" or "Wichtig"."""
    k = first_tok_at(art, span[0])
    words = [t for t in art.toks[k:] if t.e <= span[1]] if k is not None else []
    return len(words) >= 2 and words[0].tag == "NE" and all(t.cap or t.low in NAMES_PARTICLES for t in words)


def reaction_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Kritik kam von der Gewerkschaft: Die Schließung sei …": a reaction noun (the lexicon's
    "reaction" lines), "kam von X", a colon, then what X said."""
    toks = art.toks
    r = next((k for k in range(s, min(e, s + 3)) if toks[k].low in art.cues.reactions and toks[k].quote < 0), None)
    if r is None or r + 2 >= e or toks[r + 1].low not in ("kam", "kommt", "kamen", "kommen"):
        return False
    k = r + 2
    while k < e and toks[k].tag in ("ADV", "ADJ(D)") and not toks[k].cap:
        k += 1  # "Kritik kam auch von …"
    colon = next((x for x in range(k, e) if toks[x].text == ":" and toks[x].quote < 0), None)
    if colon is None or toks[k].low not in ("von", "vom", "aus") or e - colon < 4:
        return False
    start = k + 1
    end = art.np_right(start, colon)
    if end is None:
        return False
    speaker = art.with_apposed_name(start, end, colon)
    piece = art.content_span(colon + 1, e)
    if piece is None or overlaps_direct(art, [piece], occupied):
        return False
    art.add([piece], "indirect", [art.span(r, r + 1), art.span(r + 1, r + 2)], speaker, art.span(s, e), confidence=0.6)
    return True


def demand_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Die Forderung der Bürgermeisterin Karin Lutz nach mehr Personal lehnte der Rat ab": a
    demand noun (the lexicon's "demand" lines) with a genitive that names who demands and a
    "nach"/"zu" phrase that says what: a reported statement of its own."""
    toks = art.toks
    for d in range(s + 1, e - 3):
        if toks[d].low not in art.cues.demands or toks[d].quote >= 0 or toks[d - 1].low not in DETERMINERS \
                or toks[d + 1].low not in GENITIVE:
            continue
        end = art.np_right(d + 1, e)
        if end is None or end >= e or toks[end].low not in ("nach", "zu", "zum", "zur"):
            continue
        stop = end + 1
        while stop < e and toks[stop].text not in BREAKS and "FIN" not in toks[stop].tag and toks[stop].quote < 0:
            stop += 1
        piece = art.content_span(end + 1, stop)
        if piece is None or stop - end < 3 or overlaps_direct(art, [piece], occupied):
            continue
        speaker = art.with_apposed_name(d + 1, end, e)
        art.add([piece], "reported", [art.span(d, d + 1)], speaker, art.span(s, e), confidence=0.5)
        return True
    return False


def sentence_content(art: Article, s: int, e: int, skip: tuple[int, int]) -> list[Span]:
    """The sentence without the frame tokens skip=(a, b): one or two pieces."""
    pieces = []
    a, b = skip
    left = art.content_span(s, a)
    right = art.content_span(b, e)
    if left:
        pieces.append(left)
    if right:
        pieces.append(right)
    return pieces


def overlaps_direct(art: Article, pieces: list[Span], occupied: list[Found]) -> bool:
    for f in occupied:
        for qb, qe in f.quote:
            for b, e in pieces:
                if b < qe and qb < e and (min(e, qe) - max(b, qb)) > 0.6 * (e - b):
                    return True
    return False


def source_phrases(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    toks = art.toks
    cues = art.cues
    for k in range(s, e):
        t = toks[k]
        if t.quote >= 0:
            continue
        frame = None
        speaker = own = None
        unattributed = False
        if t.low in ("laut", "gemäß", "nach") and k + 2 < e and toks[k + 1].tag == "PRELS" and k > s \
                and toks[k - 1].text == "," and not any(art.verb_cue(v, s, k) for v in range(s, k)
                                                        if toks[v].tag.startswith("VV")):
            # "Gerüchte, nach denen …", "die Pläne, laut denen …": the relative pronoun stands for the source
            frame, speaker = (k, k + 2), art.span(k + 1, k + 2)
        elif t.low in ("laut", "gemäß") and k + 1 < e:
            end = art.np_right(k + 1, e)
            if end:
                frame, speaker = (k, end), art.span(k + 1, end)
        elif t.low == "nach" and k - 2 >= s and toks[k - 1].text in cues.nouns \
                and (toks[k - 2].tag == "PPOSAT" or toks[k - 2].low == "dem") \
                and (k + 1 >= e or toks[k + 1].tag not in NOMINAL_TAGS | {"ART"}) \
                and (art.clause_start(k - 2, s) == k - 2 or "FIN" in toks[k - 3].tag) \
                and not any(art.verb_cue(v, s, e) for v in range(s, e) if toks[v].tag.startswith("VV")):
            # "Seiner Ansicht nach …", "Dem Vernehmen nach …": the phrase is the source; whose view a
            # possessive means is left to the reader (no actor)
            frame, speaker = (k - 2, k + 1), art.span(k - 2, k)
            unattributed = True
        elif t.low == "nach" and k + 1 < e:
            j = k + 1
            while j < e and (toks[j].low in DETERMINERS or toks[j].tag == "ADJ(A)" or toks[j].low == "eigenen"
                             or j == k + 1 and toks[j].tag in ("NE", "NN") and toks[j].low.endswith("s") and j + 1 < e
                             and toks[j + 1].text in cues.nouns):  # "Nach Vells Meinung"
                j += 1
            if j < e and toks[j].cap and (toks[j].text in cues.nouns or toks[j].low.endswith(cues.noun_endings)):
                end = art.np_right(k + 1, e) or j + 1
                end = max(end, j + 1)
                frame, speaker = (k, end), art.span(k + 1, end)
                mark_owner(art, j + 1, end, speaker)
                if toks[k + 1].low in ("eigenen", "eigener"):
                    # "begann Russland nach eigenen Angaben": the source is the clause's subject
                    fin = next((v for v in range(s, e) if "FIN" in toks[v].tag and toks[v].quote < 0), None)
                    own = art.subject(fin, s, e) if fin is not None else None
        elif t.low == "zufolge" and k > s:
            start = art.np_left(k, s)
            if start is not None:
                frame, speaker = (start, k + 1), art.span(start, k)
            elif toks[k - 1].text == ",":
                frame, speaker = apposed_before_zufolge(art, k, s)
        elif t.low == "so" and k > s and toks[k - 1].text == "," and k + 1 < e:
            end = art.np_right(k + 1, e)
            if end:
                # the frame runs on over adverbials to the next comma: ", so Obama weiter, …"
                stop = end
                while stop < e and toks[stop].text not in {","} | SENT_PUNCT and "FIN" not in toks[stop].tag:
                    stop += 1
                if stop >= e - 1 or toks[stop].text in {",", "."}:
                    frame, speaker = (k - 1, stop), art.span(k + 1, end)
        elif t.low in ("demnach", "wonach"):
            frame, speaker = (k, k + 1), art.span(k, k + 1)
            unattributed = True
            if t.low == "wonach" and k - 1 > s and toks[k - 1].text == ",":
                # "Berichte, wonach …": the report before the comma is the source
                start = art.np_left(k - 1, s)
                if start is not None:
                    speaker = art.span(start, k - 1)
        elif t.low in ("hieß", "heißt", "geheißen") and (k + 1 < e and toks[k + 1].low == "es" or toks[k - 1].low == "es"):
            a = k - 1 if toks[k - 1].low == "es" else k
            b = k + 2 if k + 1 < e and toks[k + 1].low == "es" else k + 1
            # "…, hieß es." / "In der Erklärung hieß es, …" / "Es hieß, …"
            pp_end = art.np_right(s + 1, a) if toks[s].tag.startswith("APPR") and s + 1 < a else None
            # "In dieser Resolution, die … wurde, heißt es, dass …": a document with a relative clause
            document_first = pp_end is not None and toks[pp_end].text == "," and toks[pp_end + 1].low in RELATIVE \
                and art.content_after(k, e) is not None
            if (toks[a - 1].text == "," if a > s else False) and not document_first:
                frame = (a - 1, b)
                speaker = source_of_heisst_es(art, k, s, after_only=True)  # "…, heißt es in dem Bericht"
            else:
                c = art.content_after(k, e)
                frame = (s, c - 1) if c else (a, b)
                speaker = source_of_heisst_es(art, a, s)
            unattributed = True
        elif t.low == "wie" and (k == s or toks[k - 1].text == ","):
            # "Wie die Polizei mitteilte, …" / "…, wie ein Sprecher sagte."
            j = k + 1
            while j < e and toks[j].text not in BREAKS:
                j += 1
            vs = [v for v in range(k + 1, j) if art.verb_cue(v, k, j)]
            if vs:
                st = k + 1
                while st < vs[0] and toks[st].tag in ("ADV", "ADJ(D)") and not toks[st].cap:
                    st += 1  # "Wie schon die WHO sagte"
                end = art.np_right(st, vs[0])
                if end is None and st < vs[0]:
                    # a name the tagger does not know ("Wie t-online.de berichtet"): all up to the verb
                    end = vs[0]
                    while end > st and (toks[end - 1].tag.startswith(("VA", "VM", "ADV", "ADJ(D)", "APPR", "PTK"))
                                        or toks[end - 1].tag in ("ART", "CARD", "NN") and end - 1 > st
                                        and toks[end - 2].tag.startswith("APPR")):
                        end -= 1
                    end = end if end > st else None
                speaker = art.span(st, end) if end else None
                frame = (k if k == s else k - 1, j + 1 if j < e and toks[j].text == "," and k == s else j)
                art.used_cues.update(vs)
                if speaker is None:
                    unattributed = True
        if frame is None:
            continue
        a, b = frame
        cs = art.clause_start(a, s)
        if toks[a].low in ("laut", "gemäß", "nach") and toks[a + 1].tag == "PRELS" and b == a + 2:
            piece = art.content_span(b, clause_end(art, b, e))  # "Gerüchte, nach denen …": that clause
            pieces = [piece] if piece else []
        elif cs > s and toks[cs - 1].text == "," and cs < a <= cs + 2 and (
                toks[cs].tag in ("PRELS", "PWAV", "PRELAT") or toks[cs].low in RELATIVE | {"worauf", "wobei", "weshalb"}) \
                and not any("FIN" in x.tag for x in toks[cs:a]):
            # a source inside a subordinate clause frames that clause only:
            # "die Tasche, die nach dessen Angaben die Bombe enthielt, wurde …"
            ce = clause_end(art, b, e)
            pieces = sentence_content(art, cs, ce, (a, b))
        else:
            pieces = sentence_content(art, s, e, (a, b))
        if not pieces or overlaps_direct(art, pieces, occupied):
            continue
        if sum(p[1] - p[0] for p in pieces) < 15:
            continue
        cue = [art.span(k, k + 1)]
        art.add(pieces, "indirect", cue, own or speaker, art.span(s, e), unattributed=unattributed, confidence=0.7)
        if own and speaker:
            # "nach eigenen Angaben" names its source twice: the subject (the actor) and the phrase
            art.found[-1].speaker_mention.append(speaker)
        if unattributed:
            # the source as annotators mark it ("Demnach", "In der Erklärung heißt es"); no actor
            art.found[-1].speaker_mention = [speaker] if speaker and t.low != "wie" else []
        return True
    return False


def mark_owner(art: Article, i: int, end: int, phrase: Span) -> None:
    """"nach Angaben von Polizeisprecher X", "nach Ansicht der Verbraucherzentrale": whose the
    statement is stands after the noun cue; that part resolves the actor (the whole phrase, as
    annotators mark it, stays the mention)."""
    while i < end and art.toks[i].low in ("von", "vom"):
        i += 1
    if i < end and art.toks[i].low not in ("eigenen", "eigener"):
        art.apposed[phrase] = art.span(i, end)


def apposed_before_zufolge(art: Article, k: int, s: int) -> tuple[tuple[int, int] | None, Span | None]:
    """"Dem Vorsitzenden des Richterbunds, Ansgar Pohlmann, zufolge": the role phrase, the name
    in apposition between commas (it resolves the actor), then "zufolge"."""
    toks = art.toks
    c = next((x for x in range(k - 2, max(s, k - 7), -1) if toks[x].text == ","), None)
    if c is None or not all(t.cap or t.low in NAMES_PARTICLES for t in toks[c + 1:k - 1]):
        return None, None
    start = art.np_left(c, s)
    if start is None:
        return None, None
    speaker = art.span(start, k - 1)
    art.apposed[speaker] = art.span(c + 1, k - 1)
    return (start, k + 1), speaker


def clause_end(art: Article, b: int, e: int) -> int:
    """End of a verb-final clause running from before b: after its finite verb, and on over
    subordinate clauses that hang on it (", wenn …")."""
    toks = art.toks
    ce = b
    while ce < e and "FIN" not in toks[ce].tag and toks[ce].text not in {";"} | SENT_PUNCT:
        ce += 1
    if ce < e and "FIN" in toks[ce].tag:
        ce += 1
        while ce + 1 < e and toks[ce].text == "," and toks[ce + 1].low in SUBORDINATORS:
            ce += 2
            while ce < e and "FIN" not in toks[ce].tag and toks[ce].text not in {";"} | SENT_PUNCT:
                ce += 1
            ce = min(ce + 1, e)
    return ce


def verb_statement(art: Article, v: int, s: int, e: int, occupied: list[Found], after_source: bool,
                   clause_only: bool = False) -> bool:
    toks = art.toks
    a, passive = art.anchor(v, s)
    who = None
    if not passive:
        who = art.subject(a, s, e)
    elif toks[v].stem == "zitier":
        who = art.passive_speaker(v, a, s, e)  # "X wird von Reuters mit den Worten zitiert, …": X said it
    else:
        # "von X kritisiert": the agent of a passive
        for k in range(s, e - 1):
            if toks[k].low == "von" and toks[k].quote < 0:
                end = art.np_right(k + 1, e)
                if end:
                    who = art.span(k + 1, end)
                    break
    if who is None and a != v and toks[v].stem in AGENTLESS_NO_STATEMENT:
        return False  # "Es ist geplant, dass …", "Es wird erwartet, dass …": plans and expectations, nobody's words
    cue = [art.span(v, v + 1)]
    pe = art.particle_end(v, e) if toks[v].stem in art.cues.particle_verbs else None
    if pe is not None:
        cue.append(art.span(pe, pe + 1))
    last = max(v, pe or v)
    # content after: "erklärte, man wisse …" / "sagte, dass …" / "erklärte: …"
    c = art.content_after(last, e)
    if c is not None:
        piece = art.content_span(c, e)
        if piece and not overlaps_direct(art, [piece], occupied):
            art.add([piece], "indirect", cue, who, art.span(s, e), unattributed=passive and not who)
            return True
        return False
    # content before: "…, sagte Rutan." / "…, erklärte der Minister, …"
    cs = art.clause_start(min(a, v), s)
    bare = all(x.tag.startswith(("VA", "VM", "ADV", "PTK")) or x.low in ("es", "so") for x in toks[cs:min(a, v)])
    # the content before the frame is a clause, not an apposition or a subordinate clause
    has_clause = any("FIN" in x.tag or x.quote >= 0 for x in toks[s:max(s, cs - 1)]) \
        and toks[s].low not in SUBORDINATORS
    if cs > s and toks[cs - 1].text == "," and bare and has_clause:
        pieces = []
        left = art.content_span(s, cs - 1)
        if left:
            pieces.append(left)
        # a frame in the middle: "A, sagte er, B"
        who_end = None
        if who:
            who_end = next((t.i for t in toks[v:e] if t.b >= who[1]), e)
        k = who_end if who_end is not None else last + 1
        while k < e and toks[k].text not in (",",) and toks[k].text not in SENT_PUNCT:
            k += 1
        if k < e and toks[k].text == "," and k + 1 < e and any("FIN" in x.tag for x in toks[k + 1:e]):
            right = art.content_span(k + 1, e)  # (a clause: not the adverbials after the frame, "…, am Montag")
            if right:
                pieces.append(right)
        if pieces and not overlaps_direct(art, pieces, occupied):
            art.add(pieces, "indirect", cue, who, art.span(s, e), unattributed=passive and not who)
            return True
        return False
    # "Dies berichtete die dpa.": the content is the sentence before
    if toks[s].low in ("dies", "das") and v == s + 1 and toks[v].sent > 0 and who:
        ps, pe = art.sents[toks[v].sent - 1]
        piece = art.content_span(ps, pe)
        if piece and not overlaps_direct(art, [piece], occupied) and toks[ps].para == toks[s].para:
            art.add([piece], "indirect", cue, who, (toks[ps].b, toks[e - 1].e))
            return True
    if clause_only:
        return False
    # no clause: reported speech (agentive subject only, active main clause)
    cue_entry = art.verb_cue(v, s, e)
    if who is None or after_source or passive or not cue_entry.reported or art.in_subordinate(v, s):
        return False  # (in a relative clause the verb describes: "ein Bescheid, der … Rechte einräumt")
    if cue_entry.named_only and not (art.apposed.get(who) or any(
            t.tag == "NE" and t.b >= who[0] and t.e <= who[1] for t in toks[s:e])):
        return False
    if "FIN" not in toks[v].tag and not ("PP" in toks[v].tag and toks[a].low in ("hat", "haben")):
        return False
    if a != v and toks[a].low in ("hatte", "hatten"):
        return False  # the pluperfect tells background ("Sie hatte Neuwahlen gefordert"): measured to be rarely a statement
    if art.text[who[0]:who[1]].lower() in ("es", "man"):
        return False
    if toks[v].sent in art.partial_sentences:
        return False
    piece = art.content_span(s, e)
    if piece and not overlaps_direct(art, [piece], occupied):
        art.add([piece], "reported", cue, who, art.span(s, e), confidence=0.5)
        return True
    return False


# ---- free indirect speech -------------------------------------------------------------

def free_indirect(art: Article) -> None:
    """Konjunktiv / "soll" sentences and frameless quotes after a statement carry its speaker."""
    toks = art.toks
    by_sent: dict[int, list[Found]] = {}
    for f in art.found:
        t = first_tok_at(art, f.quote[0][0])
        if t is not None:
            by_sent.setdefault(toks[t].sent, []).append(f)
    last: Found | None = None
    last_sent = -10
    new: list[Found] = []
    for n, (s, e) in enumerate(art.sents):
        here = by_sent.get(n, [])
        for f in here:
            if id(f) in art.inherit:
                if last is not None and n - last_sent <= 3 and last.speaker_mention:
                    f.speaker_mention = list(last.speaker_mention)
                    f.unattributed = False
                    f.confidence = 0.6
                else:
                    f.unattributed = True
        attributed = [f for f in here if f.speaker_mention and not f.unattributed]
        if attributed:
            last, last_sent = attributed[-1], n
            continue
        if here:
            continue
        if not reportive(art, s, e):
            continue
        # near the last statement (Konjunktiv I sentences further away were measured to cost
        # more than they bring)
        near = last is not None and n - last_sent <= FREE_INDIRECT_GAP \
            and toks[s].para - toks[art.sents[last_sent][0]].para <= 1
        if not near and not (last is not None and reportative_soll(art, s, e) and n - last_sent <= SOLL_GAP):
            continue
        piece = art.content_span(s, e)
        if piece:
            prev = new[-1] if new else None
            if prev is not None and last_sent == n - 1 and prev.speaker_mention == last.speaker_mention \
                    and toks[s].para == toks[first_tok_at(art, prev.quote[-1][0])].para:
                prev.quote.append(piece)  # consecutive sentences of one free indirect passage
                prev.frame = (prev.frame[0], art.span(s, e)[1])
            else:
                new.append(Found(quote=[piece], kind="free_indirect", cue=[], speaker_mention=list(last.speaker_mention),
                                 frame=art.span(s, e), unattributed=not last.speaker_mention, confidence=0.5))
            last_sent = n
    art.found.extend(new)


def reportative_soll(art: Article, s: int, e: int) -> bool:
    """"Er soll … geplant haben": "soll(en)" with a perfect infinitive reports a claim."""
    toks = art.toks
    has_soll = any(t.low in MODAL_REPORT and t.quote < 0 for t in toks[s:e])
    return has_soll and any(t.low in ("haben", "sein") and t.quote < 0 and t.i > s and toks[t.i - 1].tag.startswith("V")
                            for t in toks[s:e])


def reportive(art: Article, s: int, e: int) -> bool:
    """A sentence in Konjunktiv (outside quotes, not a "wenn" condition) or with "soll(en)"."""
    toks = art.toks
    for t in toks[s:e]:
        if t.quote >= 0:
            continue
        if t.konj and t.low not in HYPOTHETICAL:
            return True
        if t.low in MODAL_REPORT:
            return True
    return False


# ---- name mentions ----------------------------------------------------------------------

def subject_mentions(art: Article) -> list[Mention]:
    """The subject of every main clause that frames no statement ("Das Bundesamt für Fremdenwesen
    hat … verkürzt."): whom a later "die Behörde", "der Minister" or "sie" may refer to."""
    toks = art.toks
    framed = {toks[t].sent for f in art.found for b, _ in f.speaker_mention[:1]
              if (t := first_tok_at(art, b)) is not None}
    out = []
    for n, (s, e) in enumerate(art.sents):
        if n in framed:
            continue
        v = next((k for k in range(s, e) if "FIN" in toks[k].tag and toks[k].quote < 0), None)
        if v is None or art.in_subordinate(v, s) or toks[s].low in SUBORDINATORS:
            continue
        who = art.subject(v, s, e)
        if who is not None and names_someone(art, who):
            out.append(Mention(who, art.text[who[0]:who[1]], is_subject=True))
            if who in art.apposed:
                name = art.apposed[who]
                out.append(Mention(name, art.text[name[0]:name[1]], kind_hint="person", is_subject=True))
    return out


def names_someone(art: Article, span: Span) -> bool:
    """A subject worth handing to the actor resolver: it holds a name, a role noun or a body's
    noun ("Das Bundesamt für …", "Der Investor …"), not "Die Lage" or "Er" (resolving costs time)."""
    k = first_tok_at(art, span[0])
    while k is not None and k < len(art.toks) and art.toks[k].b < span[1]:
        t = art.toks[k]
        if t.tag == "NE" or t.cap and t.tag in ("NN", "NNA") and (
                role_word(t.text, lexicon("de")) is not None or is_institution_word(t.text, "de")):
            return True
        k += 1
    return False


def name_mentions(art: Article) -> list[Mention]:
    """Runs of proper nouns (HanTa NE or name-shaped capitalised words), for the actor resolver."""
    out = []
    toks = art.toks
    i = 0
    while i < len(toks):
        t = toks[i]
        lead = particles_end(toks, i, len(toks)) if t.quote < 0 and i > 0 and toks[i - 1].tag != "NE" else None
        if (t.tag == "NE" or lead is not None) and t.quote < 0:
            j = (lead if lead is not None else i) + 1  # "sagte van Dongen": the particles belong to the name
            # a name goes on over capitalised words that do not look like common nouns ("Ilka Marwen")
            # and over particles before a surname ("Karl von der Heide")
            while j < len(toks) and toks[j].sent == t.sent and toks[j].quote < 0:
                if toks[j].cap and (toks[j].tag == "NE" or (toks[j].tag == "NN" and j - i < 3
                                                             and not toks[j].low.endswith(NOUN_ENDINGS))):
                    j += 1
                elif particles_end(toks, j, len(toks)) is not None and toks[j].sent == t.sent:
                    j = particles_end(toks, j, len(toks)) + 1
                else:
                    break
            span = art.span(i, j)
            out.append(Mention(span, art.text[span[0]:span[1]], kind_hint="person" if j - i >= 2 else ""))
            i = j
        else:
            i += 1
    return out
