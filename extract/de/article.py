"""One German article as the rules read it: tokens (Tok) with tags, sentences, quotation marks
and cue candidates, and the questions the rules ask of them (Article: noun phrases, subjects,
clause bounds, where the content of a cue begins)."""
from __future__ import annotations

from bisect import bisect_left

from ..actors import is_institution_word, lexicon, role_word
from ..actors.mentions import PARTICLE_PREFIXES
from ..model import Found, Mention, Span
from ..quotes import find_quotes
from .cues import Cues, inserted_clause_end, main_clause_words, spelling
from .datelines import agency_markers
from .names import PARTICLES, is_particle, mark_names
from .nlp import analyse_word, parse, past_or_konjunktiv
from .phrases import NounPhrases
from .subject import Subjects, own_speaker_after, verb_first_subject
from .tokens import (
    BREAKS,
    CLAUSE_PUNCT,
    CONTENT_OPENERS,
    DETERMINERS,
    PERSON_PRONOUNS,
    QUOTE_CHARS,
    RELATIVE,
    SENT_PUNCT,
    SUBORDINATORS,
    Tok,
    d_word_opens_clause,
    fronted_subordinate,
    naming_participle,
    naming_verb,
    opens_relative,
    retag_past_forms,
    retag_truncated,
    unmark_formulas,
    subordinators,
    verb_final_end,
)


# what may stand between a subordinate clause's subject and its speech verb when the verb takes no object
OBJECTLESS_TAGS = frozenset({"ADV", "ADJ(D)", "PTKNEG", "PROAV", "VA(FIN)", "VM(FIN)"})


# what opens an infinitive clause of purpose or manner ("…, um Ausschreitungen zu beenden", "ohne … zu nennen")
PURPOSE_OPENERS = frozenset(("um", "ohne", "statt", "anstatt"))


class Article(NounPhrases, Subjects):
    """One text with its tokens, sentences, quotes and the statements found so far."""

    def __init__(self, text: str, cues: Cues):
        self.text = text
        self.cues = cues
        doc = parse(text)  # spaCy's German tokens, tagged (without spaCy: nlp.py)
        self.quotes = find_quotes(text)
        qspans = [(q.open_mark, q.close_mark + 1) for q in self.quotes]
        toks: list[Tok] = []
        sents: list[tuple[int, int]] = []
        para = 0
        qi = 0
        konj, stems = doc.user_data["konj"], doc.user_data["stem"]  # set by nlp.hanta_tagger
        # agency markers ("HAMBURG (dpa) -", "Von Max Muster, dpa") are read as if absent: never a speaker
        markers = agency_markers(text)
        mi, n_markers, n_quotes = 0, len(markers), len(qspans)
        for k, tok in enumerate(doc):
            if tok.is_sent_start and toks and (not sents or sents[-1][1] != len(toks)):
                sents.append((sents[-1][1] if sents else 0, len(toks)))
            word = tok.text
            if tok.is_space:
                if word.count("\n") >= 1:
                    para += 1
                continue
            b = tok.idx
            while mi < n_markers and markers[mi][1] <= b:
                mi += 1
            if mi < n_markers and markers[mi][0] <= b:
                continue
            while qi < n_quotes and qspans[qi][1] <= b:
                qi += 1
            inq = qi if qi < n_quotes and qspans[qi][0] <= b < qspans[qi][1] else -1
            toks.append(Tok(len(toks), word, word.lower().replace("\xad", ""), b, b + len(word),
                            tok.tag_, konj[k], stems[k], 0, inq, para, word[:1].isupper()))
        start = sents[-1][1] if sents else 0
        if start < len(toks):
            sents.append((start, len(toks)))
        sents = [(s, e) for s, e in sents if e > s]
        for n, (s, e) in enumerate(sents):
            for t in toks[s:e]:
                t.sent = n
        retag_past_forms(toks)
        retag_truncated(toks)
        unmark_formulas(toks)
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
        # statements that take the last speaker (no frame of their own): the objects themselves, matched by
        # identity (inherits); not their id(), which a statement made after one left art.found may reuse
        self.inherit: list[Found] = []
        self.mentions: list[Mention] = []
        self.clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> its main clauses (conjuncts)
        self._outside_quotes: dict[tuple[int, int], frozenset[str]] = {}  # (words_outside_quotes: tokens keep their words)

    # ---- small helpers -------------------------------------------------------------

    def inherits(self, f: Found) -> bool:
        """Whether statement f itself (not an equal one: Found compares by value) takes the last speaker."""
        return any(f is g for g in self.inherit)

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
            if p in CLAUSE_PUNCT and not (p == "," and self.comma_in_name(k - 1, s, i)):
                break
            k -= 1
        return k

    # ---- cues ----------------------------------------------------------------------

    def verb_cue(self, i: int, s: int, e: int):
        """The lexicon entry when token i is a speech verb (with its particle / required word
        in the clause), else None."""
        t = self.toks[i]
        if not t.tag.startswith("VV") or t.quote >= 0 or naming_participle(self.toks, i) or naming_verb(self.toks, i):
            return None  # (", auch Scratching genannt,", "nennt sich «…»": a name given, no statement)
        if t.tag == "VV(IZU)" or t.tag == "VV(INF)" and any(x.tag == "VM(FIN)" for x in own_clause_before(self.toks, max(s, i - 8), i)):
            # a plan or an ability ("will … anbieten", "um … zu erklären"), not a statement; but a hedged claim
            # ("wollte X nicht ausschließen")
            return hedged_cue(self, i, s, e)
        stem = t.stem or t.low
        rest = words_outside_quotes(self, s, e)
        # a particle that ends the clause makes the particle verb: "sagten … voraus" is voraus|sagen, not sagen
        cue = particle_cue(self, i, s, e, rest, final=True)
        if cue is not None:
            return cue
        own = None  # the words a required word is looked for in: the verb's own clause, if it has none
        for cue in self.cues.verbs.get(stem, []):
            if cue.particle and spelling(stem) == spelling(cue.base):
                continue
            if cue.needs and own is None:
                own = rest if self.in_subordinate(i, s) or self.toks[self.clause_start(i, s)].low in SUBORDINATORS \
                    else main_clause_words(self.toks, s, e)  # (", während X … für Y hält": its own clause)
            if cue.needs and not needs_met(cue.needs, own):
                continue
            if cue.after_quote and not after_quotation(self.toks, i):
                continue
            return cue
        return particle_cue(self, i, s, e, rest, final=False)

    def particle_end(self, i: int, e: int) -> int | None:
        stem = self.toks[i].stem
        return self.particle_at(i, {c.particle for c in self.cues.particle_verbs.get(stem, [])}, e)

    def particle_at(self, i: int, parts: set[str], e: int) -> int | None:
        """The separable particle of the verb at i: the last word of its clause ("teilte … mit"),
        found over an apposition between commas ("teilte der Kommandant, Marco Bernasconi, am
        Freitag mit") but not over another clause (a comma before a finite verb or a quote)."""
        return particle_in_clause(self, i, parts, e)

    def passive_agent(self, s: int, e: int) -> Span | None:
        """"von X bezeichnet": the agent of a passive, outside quotes."""
        for k in range(s, e - 1):
            if self.toks[k].low in ("von", "vom") and self.toks[k].quote < 0:
                end = self.np_right(k + 1, e)
                if end:
                    return self.with_apposed_name(k + 1, end, e)  # ("vom Vorsitzenden des Vereins, Max Muster")
        return None

    def in_subordinate(self, v: int, s: int) -> bool:
        """Whether token v stands in a subordinate clause (", dass …", ", der …") after the sentence start."""
        c = self.clause_start(v, s)
        return c > s and self.toks[c - 1].text == "," and (self.toks[c].low in CONTENT_OPENERS
                                                          or opens_relative(self.toks, c - 1)) or fronted_subordinate(self.toks, c, v)

    def passive_speaker(self, v: int, a: int, s: int, e: int) -> Span | None:
        """"Sie wird mit den Worten zitiert": with "zitieren" the passive subject is the speaker."""
        if self.toks[v].stem == "zitier" and a != v:
            return self.subject(a, s, e)
        return None

    def content_after(self, v: int, e: int) -> int | None:
        """Start of a content clause after the cue verb: ", dass …", ", man wisse …", ": …"."""
        toks = self.toks
        k = v + 1
        purpose = None  # a purpose clause right after the cue opens the content that follows it
        while k < e:
            t = toks[k]
            if next_predicate(toks, k, e) or t.text == "," and t.quote < 0 and k + 1 < e and next_predicate(toks, k + 1, e):
                return None  # "bezeichnete X als Y und erklärte, …", "nannte es «ernst», und rief …": the next verb's clause
            if t.quote < 0 and t.text in (",", ":") and k + 1 < e:
                n = toks[k + 1]
                if t.text == ":":
                    return k + 1
                if (n.low in CONJUNCT_OPENERS or n.tag in ("ADV", "PROAV")) and n.quote < 0 \
                        and conjunct_of(self, k + 1)[0] == k + 1:
                    return None  # "…, aber die Besucher beklagten …", "…, zugleich warnte sie …": a main clause of its own
                if n.low in CONTENT_OPENERS and n.low != "wie" and not (n.low in ("was", "wo", "welche", "welcher", "welches") and k > v + 2):
                    return k + 1  # (", was …" after an object is a relative clause: "kritisierte X, was …")
                seg_end = k + 1
                while seg_end < e and toks[seg_end].text not in (",", ";") or (seg_end < e and toks[seg_end].quote >= 0):
                    seg_end += 1
                seg = [x for x in toks[k + 1:seg_end] if x.quote < 0]
                if apposition(toks, k + 1, seg_end, e):
                    k = seg_end  # ", Leiter der Feuerwehr,", ", kurz LVI,", ", wie sich die Gruppe nennt,": the subject's
                    continue     # apposition, before the checks below (a naming clause in the Konjunktiv is no content)
                zu_infinitive = zu_clause(clause_words(toks, k + 1, seg_end, seg))
                fins = [i for i, x in enumerate(seg) if "FIN" in x.tag or misread_past(seg, i)]
                if fins and fins[0] == 0 and relative_in_prefield(self, v, k):
                    return None  # "Von X, die einige Fonds ins Spiel gebracht hatten, halte er nichts": the main clause goes on
                if fins and (own_clause(self, seg, fins[0], v, k + 1, seg_end) or fins[0] == 0 and second_predicate(toks, k + 1, e)):
                    return None  # a second statement of its own: "…, nannte X «…», Tomas Vell bezeichnete …"; "kündigte X an, wollte aber …"
                if n.low in PURPOSE_OPENERS and zu_infinitive:
                    # ", um … zu beenden": a purpose, no content of its own; right after the cue it is the first
                    # field of the content after it ("erklärte, um X zu verhindern, seien 200 Beamte im Einsatz")
                    purpose = k + 1 if purpose is None and k == v + 1 else purpose
                    k = seg_end
                    continue
                if relative_after_noun(toks, k, seg):
                    k = seg_end  # ", den er nicht annehmen wolle": a relative clause of the object, in the Konjunktiv
                    continue     # of the reported speech around it, no content of the verb
                if any(x.konj for x in seg) or zu_infinitive or n.text in QUOTE_CHARS:
                    return purpose or k + 1
                if n.low in SUBORDINATORS and speaking_subclause(self, seg, e):
                    return None  # ", indem er sagte, …", ", da sie befürchten, …": the content is that verb's
                if n.low in SUBORDINATORS or _apposed_name(seg, seg_end < e):
                    k = seg_end  # (", Tim Ohlsen," after "sagte der Chefvolkswirt der Hausbank": the speaker's name)
                    continue
                # a main clause (finite verb second, not last): "sagte, die USA hielten sich an …"
                after = sum(1 for x in toks[seg[fins[0]].i + 1:seg_end] if x.text not in QUOTE_CHARS) if fins else 0
                if fins and 1 <= fins[0] <= 6 and main_clause_after(n, after, k == v + 1):
                    return purpose or k + 1
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
                  unattributed=unattributed or not speaker, confidence=confidence,
                  role=apposed_role(self, speaker) if speaker in self.apposed else "")
        if quote:
            self.found.append(f)
            if speaker:
                k = first_tok_at(self, speaker[0])
                self.mentions.append(Mention(speaker, self.text[speaker[0]:speaker[1]], kind_hint=self.kind_hint(speaker),
                                             is_subject=True, subordinate=k is not None and in_adverbial_clause(self, k)))
        return f

    def kind_hint(self, span: Span) -> str:
        words = self.text[span[0]:span[1]].split()
        if not words:
            return ""
        if words[0].lower() in PERSON_PRONOUNS:
            return "person"
        return ""


# the relative words that are no article ("die Anwohner lehnten ab" may be a main clause)
RELATIVE_NO_ARTICLE = RELATIVE - {"der", "die", "das", "dem", "den"}


def main_clause_after(n: Tok, after: int, right_after_cue: bool) -> bool:
    """The clause after a comma that opens with n, its finite verb second with ``after`` words
    after it, is a main clause (content): not one opened by a relative or question word; a clause
    ending in its verb is a relative one ("kritisierte den Plan, die Anwohner ablehnten") unless
    the comma follows the cue itself, with nothing it could relate to ("sagte, viele Läden
    schlössen"), or no word that may open a relative clause opens it ("sagte am Freitag, viele
    Landwirte überlegten, ob …": "viele" relates to nothing before), and no conjunction, question or
    relative word opens it (a subordinator's clause the caller has passed over before)."""
    if n.low in RELATIVE_NO_ARTICLE:
        return False
    return after >= 2 or (right_after_cue or n.low not in RELATIVE and n.tag not in ("ART", "APPR", "APPRART")) \
        and not n.tag.startswith(("KO", "PW", "PREL"))


def speaking_subclause(art: Article, seg: list, e: int) -> bool:
    """The subordinate clause seg (its subordinator first) is its subject and a speech verb with no
    object ("indem er sagte", "da sie befürchten", "als der Sprecher später erklärte"): the clause
    after it is that verb's content. Not "nachdem er den Plan kritisiert hatte"."""
    verbs = [x for x in seg if x.tag.startswith("VV")]
    if len(seg) < 3 or not verbs or not art.verb_cue(verbs[-1].i, art.sents[seg[0].sent][0], e):
        return False
    end = art.np_right(seg[1].i, verbs[-1].i) if seg[1].tag != "PPER" else seg[1].i + 1
    return end is not None and all(x.tag in OBJECTLESS_TAGS for x in art.toks[end:verbs[-1].i])


def reaction_source(art: Article, s: int, e: int) -> tuple[int | None, int]:
    """"Kritik kam (auch) von der Gewerkschaft", "Widerspruch kommt aus dem Ministerium", "Eine düstere
    Prognose kommt vom Verband X": the noun of what a source put out (a reaction, claim, header or demand
    noun of the lexicon) and where its source begins; (None, s) if none."""
    toks = art.toks
    r = next((k for k in range(s, min(e, s + 3)) if toks[k].low in art.cues.came_from and toks[k].cap and toks[k].quote < 0), None)
    if r is None or r + 2 >= e or toks[r + 1].low not in ("kam", "kommt", "kamen", "kommen"):
        return None, s
    k = r + 2
    while k < e and toks[k].tag in ("ADV", "ADJ(D)") and not toks[k].cap:
        k += 1  # "Kritik kam auch von …"
    return (r, k + 1) if k + 1 < e and toks[k].low in ("von", "vom", "aus") else (None, s)


def apposition_follows(art: Article, k: int, e: int) -> bool:
    """After the comma at k: a verbless stretch to the next comma or the sentence end (a name
    or role in apposition, or the adverbials after it: "…, am Freitag mit.")."""
    toks = art.toks
    j = k + 1
    if j >= e or toks[j].low in CONTENT_OPENERS | RELATIVE | SUBORDINATORS:
        return False
    while j < e and toks[j].text not in BREAKS:
        if "FIN" in toks[j].tag or toks[j].quote >= 0 or j > k + 8 \
                or misread_past(toks[k + 1:j + 1], j - k - 1):
            return False  # (a clause "…, Familien zahlten zu viel." is not an apposition)
        j += 1
    return j >= e or toks[j].text in {","} | SENT_PUNCT


def particle_in_clause(art: "Article", i: int, parts: set[str], e: int) -> int | None:
    """Article.particle_at. A particle word with a noun phrase after it is a preposition ("hielt …
    vor dem Reichstag einen Zapfenstreich ab"): taken only when the search stops at a comma with no
    later one found and no other particle before it."""
    k = i + 1
    held, other = None, False  # (held: taken when the search stops at a comma, not at the clause's end)
    while k < e:
        t = art.toks[k]
        if t.text == "(":  # brackets inside the clause: "gab die Behörde (DGAC) … an"
            k = next((j for j in range(k + 1, e) if art.toks[j].text == ")"), k)
        elif t.text in BREAKS:
            if t.text == "," and (m := inserted_clause_end(art.toks, k, e)) is not None:
                k = m  # over a relative clause or an apposition with its article
            elif t.text != "," or not apposition_follows(art, k, e):
                other = other or t.text != ","
                break
        elif t.low in parts and t.quote < 0 and not degree_zu(art.toks, k, e):
            if not preposition_with_object(art.toks, k, e):
                return k
            held = k if held is None else held
        elif t.tag == "PTKVZ" and t.quote < 0:
            other = True
        k += 1
    return None if other or k >= e else held


# the first word of a noun phrase: after "vor" / "an" / "aus" it makes the word a preposition
NOUN_PHRASE_OPENERS = frozenset(("ART", "CARD", "NN", "NE", "ADJ(A)", "PPOSAT", "PDAT", "PIAT"))


def next_predicate(toks: list[Tok], k: int, e: int) -> bool:
    """"und", "aber", "sowie" or "doch" at k before a finite verb: the subject's next predicate begins."""
    return toks[k].quote < 0 and toks[k].low in ("und", "aber", "sowie", "doch") and k + 1 < e and "FIN" in toks[k + 1].tag


def second_predicate(toks: list[Tok], v: int, e: int) -> bool:
    """Whether the verb at v is a second predicate of the clause's subject ("…, fordert aber Z", "…,
    wollte sich aber …": a reflexive may stand before the adverb)."""
    k = v + 2 if v + 2 < e and toks[v + 1].tag == "PRF" else v + 1
    return toks[v - 1].text == "," and k < e and toks[k].low in ("aber", "jedoch", "allerdings", "zugleich")


def preposition_with_object(toks: list[Tok], k: int, e: int) -> bool:
    """"hielt … vor dem Reichstag einen Zapfenstreich ab": the word at k opens a noun phrase after it,
    a preposition with its object, not the verb's particle (which ends the clause: "hielt ihm
    Untätigkeit vor.", "… vor, dass …")."""
    return k + 1 < e and toks[k + 1].tag in NOUN_PHRASE_OPENERS and toks[k + 1].quote < 0


def degree_zu(toks: list[Tok], k: int, e: int) -> bool:
    """"zu viel", "zu spät": "zu" before an adverb or predicative adjective is the degree
    particle, not the separable particle of "zusagen" or "zustimmen"."""
    return toks[k].low == "zu" and k + 1 < e and toks[k + 1].tag in ("ADV", "ADJ(D)", "PIS")


def clause_words(toks: list[Tok], b: int, e: int, seg: list[Tok]) -> list[Tok]:
    """The words of the segment b..e whose grammar content_after reads: with the quoted ones where the clause opens
    outside the quotation ("…, das Kloster „nicht zum Hotel werden zu lassen“"), else the unquoted ones (seg): a
    quotation after a conjunction is a sentence of its own ("…, doch „… zu prüfen“")."""
    opener = next((x for x in toks[b:e] if x.tag != "KON"), None)
    if opener is None or opener.quote >= 0 or opener.text in QUOTE_CHARS:
        return seg
    return [x for x in toks[b:e] if x.text not in QUOTE_CHARS]


def zu_clause(said: list[Tok]) -> bool:
    """The words are a zu-infinitive clause: "zu" before a verb, a "-zu-" infinitive, or one the tagger misread."""
    return any(x.low == "zu" and i + 1 < len(said) and said[i + 1].tag.startswith("V") for i, x in enumerate(said)) \
        or any(x.tag == "VV(IZU)" for x in said) or infinitive_end(said)


def infinitive_end(seg: list[Tok]) -> bool:
    """"…, den Müll kostenlos zu entsorgen", "…, einen Entwurf in den Landtag einzubringen": a
    segment that ends in a zu-infinitive the tagger read as an adjective (an adjective at the end
    of a clause has no "-en" ending there): "zu" as the infinitive particle before the last word,
    or "zu" inside it before a verb stem ("ein|zu|bringen": without "zu" a known infinitive)."""
    while seg and seg[-1].tag.startswith("$"):
        seg = seg[:-1]  # (the full stop)
    if len(seg) < 2 or seg[-1].cap or not seg[-1].low.endswith("n") or seg[-1].tag.startswith(("V", "ADJ(D)")):
        return False
    if seg[-2].tag == "PTKZU":
        return True
    low = seg[-1].low
    k = low.find("zu", 2)
    return k > 0 and analyse_word(low[:k] + low[k + 2:])[1] == "VV(INF)"


def misread_past(seg: list[Tok], i: int) -> bool:
    """"Familien zahlten zu viel": a plural past the tagger read as an adjective, with no noun
    after it (an attributive adjective has one: "die gestiegenen Kosten")."""
    x = seg[i]
    return x.tag == "ADJ(A)" and i > 0 and not x.cap and (i + 1 == len(seg) or seg[i + 1].tag not in ("NN", "NE", "ADJ(A)")) \
        and past_or_konjunktiv(x.low)


# words that open an apposition giving a short name ("der Landesverband der Imker, kurz LVI,")
SHORT_NAME_WORDS = frozenset(("kurz", "abgekürzt"))


def apposition(toks: list[Tok], b: int, end: int, e: int) -> bool:
    """Is the segment b..end, closed by a comma, an apposition of the noun phrase before it (or a short
    adverbial with no verb after it), that no content clause opens: a role with its attributes and no verb ("Leiter der Feuerwehr Altdorf",
    "die Sprecherin der Regierung"), a name with particles ("Karim al-Masri", "Ulrike von der Heide"),
    a short name ("kurz LVI") or a clause that names the thing ("wie sich die Offiziere selbst nennen")."""
    if end >= e or toks[end].text != "," or end - b > 10 or any(t.quote >= 0 for t in toks[b:end]):
        return False
    seg = toks[b:end]
    if toks[b].low == "wie":
        return any(naming_verb(toks, k) for k in range(b, end))
    if any(t.konj or t.tag.startswith("V") or t.low == "zu" for t in seg):
        return False
    if toks[b].tag in ("APPR", "APPRART") and end - b <= 5 and b + 1 < end \
            and (toks[b + 1].tag in ("ART", "NN", "NE", "ADJ(A)") or toks[b].tag == "APPRART"):  # (not "vor allem")
        # an adverbial after an apposition: "sagte X, Sprecher der Polizei, am Telefon, …"; right after the
        # subject it opens the content ("sagte X, nach dem Brand, der …, sei die Schule geschlossen worden")
        p = b - 2
        while p > 0 and toks[p].text != ",":
            p -= 1
        return toks[p].text == "," and (apposition(toks, p + 1, b - 1, e) or named_run(toks, p + 1, b - 1))
    k = b
    while k < end and (toks[k].tag == "ART" or toks[k].tag == "ADJ(A)" and not toks[k].cap):
        k += 1  # "der stellvertretende Vorsitzende"
    if k < end and (toks[k].low in SHORT_NAME_WORDS or toks[k].cap and role_word(toks[k].text, lexicon("de")) is not None):
        return True
    return k == b and named_run(toks, b, end)


def named_run(toks: list[Tok], b: int, end: int) -> bool:
    """Tokens b..end are one name of two to five words: capitalised words, one a name to the tagger,
    and name particles before a capitalised word ("Karim al-Masri", "Maria dos Santos")."""
    words = toks[b:end]
    if not 2 <= len(words) <= 5 or not any(t.tag == "NE" for t in words) or not words[0].cap:
        return False
    return all(t.cap or is_particle(toks, t.i) or "-" in t.text and t.text.split("-")[0].lower() in PARTICLES
               for t in words)


def _apposed_name(seg: list[Tok], closed: bool) -> bool:
    """Whether a segment between commas is only a name (two to four capitalised words, one a
    name to the tagger): the apposition of the noun phrase before it."""
    return closed and 2 <= len(seg) <= 4 and all(x.cap for x in seg) and any(x.tag == "NE" for x in seg) \
        and not any("FIN" in x.tag for x in seg)


def first_tok_at(art: Article, offset: int) -> int | None:
    """The first token starting at or after a character offset."""
    k = bisect_left(art.starts, offset)
    return k if k < len(art.toks) else None


def apposed_role(art: Article, speaker: Span) -> str:
    """The head noun of the phrase a name stands in apposition to ("die Wirtin des Gasthauses Zur Linde,
    Erna Kasper" -> "Wirtin"): what the person is, whether or not a lexicon lists it as a role (the
    actor's role where the resolver read none); '' for a body's noun."""
    name = art.apposed[speaker]
    head = next((t for t in art.toks[bisect_left(art.starts, speaker[0]):] if t.b >= name[0] or t.cap
                 and t.low not in DETERMINERS and not t.tag.startswith(("ADJ", "ART"))), None)  # (its first noun)
    if head is None or head.b >= name[0] or is_institution_word(head.text, "de") or document_noun(head.low):
        return ""  # ("in einer Mitteilung des Bauamts", "nach Angaben des Vereins": what was put out, no role)
    return head.text


def document_noun(low: str) -> bool:
    """A noun for what a source puts out or holds (data/sources_de.txt and the claim nouns: "angaben",
    "mitteilung", "erklärung", "appell"), also as a compound's head ("pressemitteilung"): never a role."""
    return low in lexicon("de").sources or owned_account(low)


def owned_account(low: str) -> bool:
    """"polizeiangabe", "zeugenaussage", "expertenmeinung": a compound whose head is a noun for what a
    source put out (sources_de.txt) and whose first part is no particle ("aufsicht", "absicht": words of their
    own); "fahrplan", "plan", "sicht" are none."""
    for noun in lexicon("de").sources_longest_first:
        if len(noun) >= 5 and len(low) > len(noun) + 2 and low.endswith(noun):
            return low[:-len(noun)].rstrip("-") not in PARTICLE_PREFIXES
    return False


def tokens_in(art: Article, span: Span) -> list[Tok]:
    """The tokens that lie wholly inside a character span (a speaker or source phrase)."""
    k = first_tok_at(art, span[0])
    if k is None:
        return []
    j = k
    while j < len(art.toks) and art.toks[j].e <= span[1]:
        j += 1  # (tokens neither overlap nor go back: those inside are a run from k)
    return art.toks[k:j]


def words_outside_quotes(art: Article, s: int, e: int) -> frozenset[str]:
    """The lower-case words of tokens s..e-1 outside quotes, with each "da-"/"dar-" word also without
    that prefix ("darauf" -> "rauf", "auf"): where verb_cue looks for a cue's particle or required
    word. Kept per stretch in the article (every verb of a sentence asks for the same one)."""
    found = art._outside_quotes.get((s, e))
    if found is None:
        rest = {x.low for x in art.toks[s:e] if x.quote < 0}
        rest |= {w[2:] for w in rest if w.startswith("da")} | {w[3:] for w in rest if w.startswith("dar")}
        found = art._outside_quotes[s, e] = frozenset(rest)
    return found


def particle_cue(art: Article, i: int, s: int, e: int, rest: frozenset[str], final: bool):
    """The particle verb cue of token i whose particle stands right before it ("bekannt gab") or
    later in its clause ("teilte … mit"); with final, only at the clause's end."""
    t = art.toks[i]
    for cue in art.cues.particle_verbs.get(t.stem or t.low, []):
        if i > s and art.toks[i - 1].low == cue.particle:  # "wie die Polizei bekannt gab"
            return cue
        if "PP" in t.tag:
            continue  # a participle never leaves its particle behind ("gab … bekannt"; not "hat es … gegeben")
        k = art.particle_at(i, {cue.particle}, e)
        if k is None or final and k + 1 < e and art.toks[k + 1].text not in BREAKS:
            continue
        if cue.needs and not needs_met(cue.needs, rest):
            continue
        return cue
    return None


# the first word of a noun phrase that is not in the nominative ("den Plan", "dem Rat", "einen Erfolg")
NOT_NOMINATIVE = frozenset("den dem des einen einem eines seinen seinem ihren ihrem unseren unserem".split())


WILLING_MODALS = frozenset("will wollte wollten wolle wollen".split())


def hedged_cue(art: "Article", i: int, s: int, e: int):
    """The lexicon entry of the infinitive i when it is a hedging cue (VerbCue.hedged) right after
    "nicht", under a modal of will in its own clause ("wollte eine Kapitalerhöhung nicht
    ausschließen"), else None."""
    toks = art.toks
    if toks[i].tag != "VV(INF)" or i == 0 or toks[i - 1].low != "nicht" \
            or not any(x.low in WILLING_MODALS for x in own_clause_before(toks, max(s, i - 8), i)):
        return None
    cue = particle_cue(art, i, s, e, words_outside_quotes(art, s, e), final=True) \
        or next(iter(art.cues.verbs.get(toks[i].stem or toks[i].low, [])), None)
    return cue if cue is not None and cue.hedged else None


def own_clause_before(toks: list[Tok], b: int, i: int) -> list[Tok]:
    """The tokens b..i of the clause that token i ends: from the last comma or break before i (a
    modal in the clause before, "…, das sie nicht habe ablehnen können, ließ X mitteilen", is none of i's)."""
    start = next((k + 1 for k in range(i - 1, b - 1, -1) if toks[k].text in BREAKS and toks[k].quote < 0), b)
    return toks[start:i]


def relative_after_noun(toks: list[Tok], c: int, seg: list[Tok]) -> bool:
    """The clause seg after the comma at c is a relative clause (of a noun before, often past the
    verb: "ein Projekt angeboten, das sie nicht habe ablehnen können"): a relative pronoun that opens
    no noun phrase of its own ("die der Minister zugesagt habe"; not "die Kosten stiegen"), its
    verbs last. A content clause without "dass" has its verb second."""
    seg = [x for x in seg if x.text.isalnum() or x.tag.startswith("V")]
    if len(seg) < 3 or toks[c].text != "," or not d_word_opens_clause(seg[0], seg[1]):
        return False
    return seg[-1].tag.startswith("V") and "FIN" not in seg[1].tag and any("FIN" in x.tag for x in seg[2:])


def in_adverbial_clause(art: Article, k: int) -> bool:
    """Whether token k stands in a verb-final clause a subordinator opens ("Nachdem X … erklärt hatte,",
    "Als X … erklärte,", ", während X ihn ablehnte"): not the main clause, whose subject a later "er"
    takes up first. "Wie X sagte, …" opens no such clause here: its main clause is what X said."""
    toks = art.toks
    s = art.sentence_of(k)[0]
    c = art.clause_start(k, s)
    if toks[c].low not in SUBORDINATORS or toks[c].quote >= 0:
        return False
    end = next((j for j in range(k, len(toks)) if toks[j].text in CLAUSE_PUNCT or toks[j].sent != toks[c].sent
                or toks[j].text in SENT_PUNCT), len(toks))
    v = next((j for j in range(end - 1, k, -1) if "FIN" in toks[j].tag and toks[j].quote < 0), None)
    return v is not None and verb_final_end(toks, c, v, end) == end


def in_relative_clause(art: Article, v: int, s: int) -> bool:
    """Whether token v stands in a relative clause after the sentence start (", der am Montag … war,")."""
    c = art.clause_start(v, s)
    return c > s and art.toks[c - 1].text == "," and opens_relative(art.toks, c - 1)


def relative_in_prefield(art: Article, v: int, k: int) -> bool:
    """The cue v stands in a relative clause (closed by the comma at k) on a phrase that opens the sentence
    with no finite verb before it: the clause after k goes on with the sentence's own verb ("Von einer
    Kapitalerhöhung, die einige Fonds gefordert hatten, halte er nichts"), it is no content of the cue."""
    toks = art.toks
    s = art.sentence_of(v)[0]
    c = art.clause_start(v, s)
    # (a relative word after the comma, read as a pronoun or an article, and the finite verb last)
    r = c + 1 if toks[c].tag.startswith("APPR") else c
    opens = r < k and (toks[r].tag.startswith("PREL") or toks[r].low in RELATIVE) and "FIN" in toks[k - 1].tag
    return c > s and toks[c - 1].text == "," and opens and not any("FIN" in x.tag and x.quote < 0 for x in toks[s:c])


COMMA_OR_DASH = (",", "–", "—", "-")  # what closes a quotation before its inverted frame


def after_quotation(toks: list, i: int) -> bool:
    """Token i stands right after a quotation and its comma or dash ("„…“, findet X", "„…“ – so wandte sich X an …"): an opinion verb
    inverted there takes the quotation as its content. The quotation is the whole prefield and more
    than one word; a quoted title inside a phrase ("Der Film „Heimat“, findet …", "Den „Blauen Reiter“,
    weiß X, kennt jeder") or on its own ("„Winterreise“, findet am Samstag statt") is no content."""
    if i > 3 and toks[i - 1].low == "so" and toks[i - 2].text in COMMA_OR_DASH:
        i -= 1  # "„…“ – so wandte sich X an …": "so" stands for the quotation, the dash for the comma
    if i < 3 or toks[i - 1].text not in COMMA_OR_DASH or toks[i - 1].quote >= 0:
        return False
    j, words = i - 2, 0  # walk back over the quotation to the word before it
    while j >= 0 and toks[j].sent == toks[i].sent and (toks[j].quote >= 0 or toks[j].text in QUOTE_CHARS):
        words += toks[j].text not in QUOTE_CHARS
        j -= 1
    return words > 1 and j < i - 2 and (j < 0 or toks[j].sent != toks[i].sent)


def needs_met(needs: str, words: set[str] | frozenset[str]) -> bool:
    """Whether every word a cue needs stands among ``words`` (lower case); a needed noun (capitalised in the
    lexicon) also as the head of a compound ("stellte einen Befangenheitsantrag" for "stellen Antrag")."""
    return all(w.lower() in words or w[:1].isupper() and len(w) > 3 and any(x.endswith(w.lower()) for x in words)
               for w in needs.split())


def subject_clause(art: Article, b: int, e: int) -> int | None:
    """From b (after a comma) a main clause with a subject of its own: a noun phrase in the nominative
    ("die Opposition", "der Arbeitgeberverband", "Landrat Ewald Fichtner", "sie"), then its finite
    verb in the indicative, second ("…, die Opposition warf der Mehrheit Wortbruch vor"). Not a
    Konjunktiv clause (content: "…, die Regierung müsse handeln"), not a relative clause ("…, den der
    Rat beschlossen hatte, …": a pronoun before the noun phrase, the verb last) and not an apposition
    ("X, der Vorsitzende der Kommission, sagte": no verb). The verb's index, or None."""
    toks = art.toks
    t = toks[b] if b < e else None
    if b > 1 and toks[b - 2].tag == "ADJ(A)" and t is not None and t.tag in ("ADJ(A)", "ADJ(D)", "ADV", "PIAT"):
        return None  # a comma between adjectives: "sich andere, weniger gefährliche Felder suchten"
    if t is None or t.quote >= 0 or t.low in SUBORDINATORS or t.low in NOT_NOMINATIVE or t.low in ("es", "man") \
            or t.tag in ("PRELS", "PRELAT", "PWAV", "PWS", "KOUS", "KON", "ADV", "PROAV"):
        return None
    end = art.np_right(b, e)
    if end is None or end <= b or end + 1 >= e or t.tag == "ART" and toks[b + 1].tag == "ART":
        return None  # ("den der Rat …": a relative pronoun, then the clause's subject)
    if toks[end].text == ",":  # a name in apposition: "…, doch sein Amtskollege aus Ried, Otto Maas, lehnt …"
        close = next((j for j in range(end + 1, min(e, end + 6)) if toks[j].text == ","), None)
        if close is not None and close + 2 < e and _apposed_name(toks[end + 1:close], True):
            end = close + 1
    if end + 2 < e and toks[end].tag in ("ADV", "PROAV") and not toks[end].cap and "FIN" in toks[end + 1].tag:
        end += 1  # a contrast after the subject: "…, die Opposition dagegen blieb skeptisch", "…, Y hingegen lobte …"
    verb = toks[end]
    if "FIN" not in verb.tag or verb.konj or verb.quote >= 0 or any(x.tag.startswith("V") for x in toks[b:end]):
        return None
    if toks[end + 1].text in BREAKS and not (toks[end + 1].text in (",", ":") and art.verb_cue(end, b, e)):
        return None  # the verb last: a subordinate clause ("…, die Roßberg nannte, …"); a speech verb takes its clause
    return end


def own_clause(art: Article, seg: list, f: int, v: int, b: int, e: int) -> bool:
    """The clause seg after the cue v's comma is a main clause of its own, no content: its
    indicative speech verb (seg[f]) follows a named subject ("…, Tomas Vell (hingegen)
    bezeichnete …"), or opens it after a subordinate clause that holds the cue ("Während X
    lobte, lehnte Y … ab")."""
    if seg[f].konj or not art.verb_cue(seg[f].i, b, e):
        return False
    if f == 0:
        return art.toks[art.clause_start(v, art.sents[art.toks[v].sent][0])].tag == "KOUS"
    if all(x.tag == "ADV" and not x.cap for x in seg[:f]) and inverted_subject_after(art, seg, f):
        return True  # "…, nun warnt auch die Deichacht X", "…, jetzt lehnt ihn auch der Verband ab"
    n = f - 1
    while n > 0 and seg[n].tag in ("ADV", "ADJ(D)") and not seg[n].cap:
        n -= 1  # "Erna Pichlmayr hingegen kritisierte"
    return f <= 6 and art.is_nominal(seg[n]) and any(x.tag == "NE" for x in seg[:f])


# a coordinating conjunction that may open the second main clause of a sentence after a comma
CONJUNCT_OPENERS = frozenset("und aber doch sondern jedoch".split())
# a subordinator of contrast: its clause has a speaker of its own ("Während X lobte, kritisierte Y …")
CONTRAST_SUBORDINATORS = subordinators("contrast")
# an adverb between the conjunction and the new subject: "…, und auch der Pfarrer hält …"
CONJUNCT_ADVERBS = frozenset("auch ebenso ebenfalls gleichfalls zudem".split())


def conjuncts(art: Article, s: int, e: int) -> list[tuple[int, int]]:
    """The main clauses of the sentence s..e, each with its own subject and finite verb: cut at a
    semicolon, at a comma before a main clause with a subject of its own ("…, und Marquardt nannte
    …", "…, doch der Verband lehnte … ab", "…, Rolf hält …"), and around a clause of contrast
    ("…, während Y … hält", "Während X … lobte, nannte Y …"). A speaker and a cue are looked for in
    the statement's own clause. Commas inside quotation marks and before content clauses stay."""
    if (s, e) not in art.clauses:
        art.clauses[(s, e)] = _conjuncts(art, s, e)
    return art.clauses[(s, e)]


def _conjuncts(art: Article, s: int, e: int) -> list[tuple[int, int]]:
    toks = art.toks
    cuts = [s]
    for k in range(s + 1, e - 1):
        t = toks[k]
        if t.quote < 0 and t.low in CONJUNCT_OPENERS and toks[k - 1].text != "," and verb_first_conjunct(art, k + 1, cuts[-1], e):
            cuts.append(k)  # "…, nannte ihn X »…« und kritisierte Y die »…«"
            continue
        if t.quote >= 0 or t.text not in (",", ";"):
            continue
        if t.text == ";":
            cuts.append(k + 1)
            continue
        n = k + 1
        # (a clause of contrast whose subject can speak: a first name, a role or a body, Subjects.own_speaker_after)
        if toks[n].low in CONTRAST_SUBORDINATORS and toks[n].quote < 0 and own_speaker_after(art, n, e):
            cuts.append(k + 1)  # "…, während Y eine Pause für wahrscheinlich hält" (not "…, während die Arbeiten liefen")
            continue
        c = art.clause_start(k, s)
        if toks[c].low in CONTRAST_SUBORDINATORS and c == cuts[-1] and "FIN" in toks[n].tag and toks[n].quote < 0 \
                and own_speaker_after(art, c, k):
            cuts.append(k + 1)  # "Während X … verteidigte, nannte Y …": the main clause after the fronted one
            continue
        if adverb_then_cue(art, n, e, cuts[-1]) or inverted_clause(art, n, e) \
                and any("FIN" in x.tag and x.quote < 0 for x in toks[cuts[-1]:k]):
            cuts.append(k + 1)  # "…, andererseits kritisierte sie …", "…, nun protestiert auch die Gewerkschaft"
            continue
        if toks[n].low in CONJUNCT_OPENERS and toks[n].quote < 0:
            n += 1
            if verb_first_conjunct(art, n, cuts[-1], e):
                cuts.append(k + 1)
                continue
        while n < e and toks[n].low in CONJUNCT_ADVERBS:
            n += 1
        if toks[n].low in ("dessen", "deren"):
            continue  # "…, dessen Geschäftsführer X sprach von …": a clause that hangs on the one before (its frame goes on)
        before = [x for x in toks[cuts[-1]:k] if "FIN" in x.tag and x.quote < 0]
        # (the clause before has a verb of its own, one in the indicative: Konjunktiv clauses in a row are the
        # content of one cue, "Die Zahlen lägen über dem Vorjahr, die Betriebe kämpften aber …, meinte X")
        if subject_clause(art, n, e) is not None and before and not all(x.konj for x in before):
            cuts.append(k + 1)  # (no apposition: "X, Chef des Y, sagte" has no verb before the comma)
    cuts.append(e)
    return [(b, c) for b, c in zip(cuts, cuts[1:]) if c > b]


def conjunct_of(art: Article, i: int) -> tuple[int, int]:
    """The main clause (conjuncts) that holds token i."""
    s, e = art.sentence_of(i)
    return next(((b, c) for b, c in conjuncts(art, s, e) if b <= i < c), (s, e))


def adverb_then_cue(art: Article, n: int, e: int, b: int) -> bool:
    """From n (after a comma) a main clause of its own: an adverb, a speech verb in the indicative
    second, and its speaker after it ("…, andererseits kritisierte sie …", "…, zugleich warnte
    Landrat X …"); not content ("…, dann sei alles gut": a Konjunktiv), nor a frame with "so"
    ("«…», so charakterisierte ihn X"); but "so" after a clause with its verb first (b) is the main
    clause's correlative: "Sprach X von einem «…», so zeigte sich Y enttäuscht"."""
    toks = art.toks
    v = n + 1
    return v + 1 < e and toks[n].tag in ("ADV", "PROAV") and (toks[n].low != "so" or "FIN" in toks[b].tag) and toks[n].quote < 0 and "FIN" in toks[v].tag \
        and not toks[v].konj and toks[v].quote < 0 and art.verb_cue(v, n, e) is not None and own_speaker_after(art, v, e)


def inverted_clause(art: Article, c: int, e: int) -> bool:
    """A main clause at c with an adverb first, its finite verb second in the indicative and its own
    subject after it: "…, nun warnt auch die Deichacht X", "…, jetzt lehnt ihn auch der Verband ab"."""
    toks = art.toks
    k = c
    while k < e and toks[k].tag == "ADV" and not toks[k].cap and toks[k].low != "so":
        k += 1
    end = next((x for x in range(k + 1, e) if toks[x].text in BREAKS), e)
    # (a present "-t" form HanTa read as a participle is finite in second place with no auxiliary: "nun protestiert auch X")
    finite = k < e and ("FIN" in toks[k].tag or toks[k].tag == "VV(PP)" and toks[k].low.endswith("t")
                        and not any(x.tag.startswith(("VA", "VM")) for x in toks[c:end]))
    if k == c or k >= e or not toks[k].tag.startswith("VV") or not finite or toks[k].konj or toks[k].quote >= 0:
        return False
    return inverted_subject_after(art, toks[c:end], k - c)


def verb_first_conjunct(art: Article, v: int, b: int, e: int) -> bool:
    """After "und" at v - 1: a finite verb in the indicative with a subject of its own after it
    (Subjects.subject_phrase): "…, und warnte Elternbeirat Y vor …" after an inverted clause."""
    toks = art.toks
    if v >= e or "FIN" not in toks[v].tag or toks[v].konj or toks[v].quote >= 0:
        return False
    prev = art.coordinated_with(v, b)
    return prev is not None and verb_first_subject(art, v, prev, art.subject(prev, b, e), e) is not None


def inverted_subject_after(art: Article, seg: list, f: int) -> bool:
    """After an adverb and the finite verb of an indicative main clause, its own subject: adverbs and
    object pronouns, then "der"/"die"/"das" + a noun or a name ("nun warnt auch die Deichacht")."""
    k = f + 1
    while k < len(seg) and (seg[k].tag == "ADV" and not seg[k].cap or seg[k].low in ("ihn", "sie", "es", "das", "dies")
                            and k + 1 < len(seg) and seg[k + 1].tag == "ADV"):
        k += 1
    if k < len(seg) and seg[k].low in ("der", "die"):
        k += 1
    return k < len(seg) and art.is_nominal(seg[k]) and (seg[k - 1].low in ("der", "die") or seg[k].tag == "NE")
