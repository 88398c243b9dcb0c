"""German tokens (Tok) with their tags, the word classes the rules read, and the past-form retagging."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors import first_name, lexicon, role_word
from ..actors.lexicon import word_set
from ..actors.words import TRUNCATION_LINKS, subordinators
from .cues import RELATIVE_WORDS, SpellingSet
from .nlp import ge_participle, is_cue_candidate, past_or_konjunktiv, verb_analysis

DEMONSTRATIVE_FORMS = frozenset({"diese", "dieser", "dieses", "diesem", "diesen"})  # "dieser" before its noun
DETERMINERS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dessen",
    "deren", "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "ihres", "unser", "unsere", "zwei", "drei", "vier", "mehrere", "einige", "viele", "alle", "beide", "zahlreiche",
    "andere", "jene", "jener", "kein", "keine", "manche",
} | DEMONSTRATIVE_FORMS
TIME_NOUNS = {"stunden", "minuten", "tage", "wochen", "monate", "jahre", "jahrzehnte", "tags", "anfang", "ende",
              "mitte", "kurz", "wochenlang", "jahrelang"}
NOMINAL_TAGS = {"NN", "NE", "NNA", "NNI", "FM", "XY", "TRUNC", "ACR_NE", "ACR_NN", "UNKNOWN"}
OBJECT_DETERMINERS = {"den", "dem", "einen", "einem", "ihrem", "ihren", "seinem", "seinen", "diesen", "diesem",
                      "keinen", "keinem", "ihm", "ihn", "uns", "mir", "mich", "dir", "sich"}
SUBJECT_PRONOUNS = {"er", "sie", "man", "wir", "ich", "es"}
PERSON_PRONOUNS = {"er", "sie", "wir", "ich", "man"}
GENITIVE = {"des", "der"}
NAME_LINKS = {"von", "van", "de", "da", "del", "di", "bin", "al", "el", "zu", "ter", "den", "dem", "du", "la", "le"}
# (SpellingSet: "ausserdem", "schliesslich" as Swiss papers write them are the same words)
SKIP_AFTER_VERB = SpellingSet({
    "auch", "zudem", "zugleich", "außerdem", "jedoch", "aber", "allerdings", "dann", "nun", "bereits", "schon",
    "ebenfalls", "dazu", "daraufhin", "später", "gestern", "heute", "jetzt", "weiter", "ferner", "indes",
    "indessen", "damals", "erneut", "noch", "nochmals", "deshalb", "darum", "deswegen", "inzwischen",
    "mittlerweile", "gegenüber", "offenbar", "offiziell", "wörtlich", "öffentlich", "nachdrücklich", "anschließend",
    "zuvor", "kürzlich", "ausdrücklich", "gleichzeitig", "vergangene", "vergangenen", "letzte", "letzten",
    "am", "im", "in", "bei", "vor", "nach", "auf", "laut", "unter", "mit", "zum", "zur", "seinerseits",
    "ihrerseits", "sinngemäß", "wiederholt", "mehrfach", "immer", "stets", "ebenso", "hingegen", "dagegen",
    "demgegenüber", "so", "etwa", "zunächst", "schließlich", "lediglich", "nur", "sogar", "selbst", "freilich",
})
# words before a prefield subject that are no part of it: conjunctions and focus particles ("Ausgerechnet der
# Präsident des Vereins, X, warnt …", "Gerade die Bauern …", "Lediglich die Grünen …")
LEADING_PARTICLES = SpellingSet({"auch", "selbst", "sogar", "nur", "zudem", "so", "doch", "und", "aber", "denn", "sowohl",
                                 "ausgerechnet", "ebenfalls", "lediglich", "einzig", "gerade", "bloß"})
CONTENT_OPENERS = {
    "dass", "daß", "ob", "wie", "warum", "wann", "wo", "weshalb", "weswegen", "wer", "was", "wieviel", "wieso",
    "inwieweit", "welche", "welcher", "welches", "wohin", "woher", "womit", "wofür",
}
RELATIVE = RELATIVE_WORDS | {"was", "wo"}  # (the pronouns, and the words that open a relative clause of a whole clause or a place)
SUBORDINATORS = {"wenn", "weil", "als", "da", "obwohl", "nachdem", "bevor", "falls", "damit", "sodass", "sofern",
                 "während", "seit", "seitdem", "bis", "ehe", "indem", "solange", "sobald", "obgleich"}
LASSEN = SpellingSet({"ließ", "ließen", "lässt", "läßt", "lassen", "lasse"})  # (Swiss "liess": SpellingSet)
PASSIVE_AUX = {"wird", "wurde", "wurden", "werden", "worden"}
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "ment", "chen", "lein")
MODAL_REPORT = {"soll", "sollen"}
POSSESSIVES = {"sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
               "unser", "unsere"}
# words that anchor a sentence in the narrator's past: a past plural with one is no reported speech
TIME_ANCHORS = {"gestern", "vorgestern", "damals", "zuvor", "anschließend", "danach", "daraufhin", "dann", "später",
                "zuletzt", "schließlich", "als", "nachdem", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                "samstag", "sonntag", "sonnabend", "vormittag", "nachmittag", "abend", "morgen", "nacht", "früher",
                "einst", "seinerzeit", "bereits", "plötzlich", "sofort", "daraufhin", "jahr", "jahren", "vorjahr"}
# points in time that make a plan a schedule ("will das Kraftwerk im Herbst / 2030 / am Montag abschalten"); a
# year number counts too (indirect.scheduled). A length of time ("für weitere zwei Jahre") is no schedule.
SCHEDULE_WORDS = {"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                  "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                  "sonnabend", "frühjahr", "frühling", "sommer", "herbst", "winter", "jahresende", "jahresbeginn",
                  "sommerpause", "morgen", "übermorgen", "demnächst", "zunächst", "schrittweise"}
# words that place a clause in the present: a past plural with one stands in for the Konjunktiv
# ("…, sagte X, derzeit engagierten sich 200 Menschen")
PRESENT_ANCHORS = {"derzeit", "zurzeit", "momentan", "gegenwärtig", "aktuell", "jetzt", "nun", "heute", "heutzutage",
                   "inzwischen", "mittlerweile", "weiterhin", "künftig"}
PARTIAL_INTRO = {"als", "von", "vom", "bezeichnung", "wort", "worten", "begriff", "ausdruck", "formulierung"}
PARTIAL_VERBS = {"nenn", "bezeichn", "sprech", "wert", "kritisier", "warn", "skandier", "ruf", "feier", "versprech"}
AGENTLESS_NO_STATEMENT = {"plan", "erwart", "schätz", "ausschließ"}  # stems whose agentless passive is no statement
# ("Es gilt als ausgeschlossen, dass …": an assessment, nobody's words)
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
    cap: bool  # capitalised: text[:1].isupper(), given when the token is made (the rules ask it ~3 times a token)


VERB_CONTEXT_TAGS = {"ART", "PRF", "PPER", "PDS", "PIAT", "PPOSAT", "PROAV", "ADV", "APPR", "APPRART", "CARD", "PIS"}


def retag_past_forms(toks: list[Tok]) -> None:
    """HanTa tags words one by one, and reads past forms like "bekannte", "skandierten" as
    adjectives. A lower-case speech-verb form in -te/-ten that is followed by an article, a
    pronoun, an adverb or a colon is no attributive adjective: a finite verb."""
    for k, t in enumerate(toks):
        if perfect_participle(toks, k):
            t.tag = "VV(PP)"  # "…, hat die Sprecherin am Donnerstag dargelegt."
            t.stem, t.konj = verb_analysis(t.text, "VV(PP)")
            continue
        if t.tag not in ("ADJ(A)", "ADJ(D)") or not t.text.islower() or not t.low.endswith(("te", "ten")) \
                or k + 1 >= len(toks) or not is_cue_candidate(t.low):
            continue
        nxt = toks[k + 1]
        if nxt.tag in VERB_CONTEXT_TAGS or nxt.text == ":" or person_after_fronted_phrase(toks, k):
            if k > 0 and toks[k - 1].low in DETERMINERS:
                continue  # "die bekannten …"
            t.tag = "VV(FIN)"
            t.stem, t.konj = verb_analysis(t.text, "VV(FIN)")
    for k, t in enumerate(toks):
        if t.tag == "VV(PP)" and present_in_second_place(toks, k):
            t.tag = "VV(FIN)"  # "Der Verband kritisiert den Plan": no auxiliary makes it a participle
            t.stem, t.konj = verb_analysis(t.text, "VV(FIN)")
        elif plural_in_second_place(toks, k):  # (and a Konjunktiv I "-e" the tagger read as an adjective)
            t.tag = t.tag[:2] + "(FIN)" if t.tag.startswith(("VA", "VM")) else "VV(FIN)"
            t.stem, t.konj = verb_analysis(t.text, t.tag)  # "Betrüger nutzen die Zeit aus", "Die Vorwürfe wögen schwer"


def retag_truncated(toks: list[Tok]) -> None:
    """HanTa tags some truncated compounds as nouns ("Reit-", "Mieterinnen-" in "der Reit- und
    Fahrverein X", "der Mieterinnen- und Mieterverband X"). A word that ends in a hyphen before
    "und"/"oder" is always the first part of a compound whose head comes after the conjunction
    (the German Ergänzungsstrich): TRUNC, as HanTa tags "Industrie-" and "Obst-", so that the
    phrase readers join it to that head."""
    for k, t in enumerate(toks[:-1]):
        if t.tag != "TRUNC" and t.text.endswith("-") and t.text[:-1].isalpha() and t.cap \
                and toks[k + 1].low in TRUNCATION_LINKS:
            t.tag = "TRUNC"


def unmark_formulas(toks: list[Tok]) -> None:
    """A Konjunktiv I in a fixed formula ("Gott sei Dank wurde niemand verletzt", "es sei denn, …"; data/
    konjunktiv_formulas_de.txt) reports no one's words: its verb is read as indicative, so that it alone
    makes no sentence free indirect speech."""
    formulas = konjunktiv_formulas()
    for k, t in enumerate(toks):
        for words in formulas.get(t.low, ()) if t.quote < 0 else ():
            n = len(words)
            if k + n <= len(toks) and [x.low for x in toks[k:k + n]] == words:
                for x in toks[k:k + n]:
                    x.konj = False


@lru_cache(maxsize=1)
def konjunktiv_formulas() -> dict[str, list[list[str]]]:
    """The formulas of data/konjunktiv_formulas_de.txt as word lists, by their first word (read once)."""
    out: dict[str, list[list[str]]] = {}
    for f in word_set("konjunktiv_formulas_de.txt"):
        words = f.split()
        if words:
            out.setdefault(words[0], []).append(words)
    return out


def person_after_fronted_phrase(toks: list[Tok], k: int) -> bool:
    """"Bei der Hegeschau am Samstag bezifferte Kreisjägermeister X …", "Am Montag warnte Landrätin Y …":
    a singular "-te" form in second place after a fronted adverbial (the sentence opens with a
    preposition or adverb and has no finite verb before it), with a role noun or a first name right
    after it, is the finite verb and that person its subject; an attributive adjective in such a
    prefield would need an article ("Die am Montag kritisierte Ministerin")."""
    t, nxt = toks[k], toks[k + 1]
    if not t.low.endswith("te") or not nxt.cap or nxt.sent != t.sent or nxt.quote >= 0:
        return False
    s = sentence_start(toks, k)
    if s == k or toks[s].tag not in FRONTED_OPENERS or any("FIN" in x.tag for x in toks[s:k]):
        return False
    return first_name(nxt.low) or role_word(nxt.text, lexicon("de")) is not None


# a prefield that is an adverbial opens with one of these: "Bei der Hegeschau …", "Am Montag …", "Daraufhin …"
FRONTED_OPENERS = ("APPR", "APPRART", "ADV", "PROAV")


# the words of a noun phrase alone (no preposition: "Nach einer am Freitag veröffentlichten Mitteilung" is an attribute)
NOUN_PHRASE_TAGS = ("ART", "ADJ(A)", "NN", "NE", "PIAT", "PPOSAT", "CARD", "PDAT")
# what an attributive adjective never stands right before: a personal or reflexive pronoun, an article
BEFORE_NO_NOUN = ("PPER", "PRF", "ART", "PPOSAT", "PDAT", "PTKNEG")


def plural_in_second_place(toks: list[Tok], k: int) -> bool:
    """A plural "-en" form that HanTa, tagging word by word, read as an infinitive, a participle
    ("vertrieben") or an adjective ("nutzten", "verödeten"), or a Konjunktiv I "-e" form it read as
    an adjective before a pronoun or article ("kühle es … ab", "breite sich aus"), standing where a main clause has its
    finite verb: after one fronted phrase of its stretch ("Die Vorwürfe wögen schwer", "Betrüger
    nutzten die Zeit aus", "…, viele Innenstädte veröden"), with no finite verb before it in the
    stretch, no auxiliary or modal in the sentence before it whose infinitive or participle it
    could be ("Die Stadt will die Kitas ausbauen, die Schulen sanieren"), and no "zu", auxiliary or
    modal after it in its stretch ("die Schulen sanieren zu lassen"). An adjective reading is taken
    only for a past form the Konjunktiv II shares, with no noun after it ("die erledigten Akten")
    and no determiner before it; a participle reading only for a form not built with "ge-" that
    has words after it in its stretch ("Die Gebühren vertrieben die Kundschaft")."""
    t = toks[k]
    if not t.text.islower() or not t.low.endswith(("en", "e")) or t.quote >= 0:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
    if t.low.endswith("e"):  # a Konjunktiv I singular read as an adjective: "kühle es", "breite sich"
        if t.tag != "ADJ(A)" or toks[k - 1].low in DETERMINERS or nxt is None or nxt.tag not in BEFORE_NO_NOUN:
            return False
    elif t.tag in ("ADJ(A)", "ADJ(D)"):
        if toks[k - 1].low in DETERMINERS or nxt is not None and nxt.tag in ("NN", "NE", "ADJ(A)") and not (
                toks[k - 1].tag in ("NN", "NE") and toks[k - 1].cap and toks[k - 1].sent == t.sent
                and all(x.tag in NOUN_PHRASE_TAGS for x in toks[phrase_start(toks, k):k])):
            return False  # (but after a noun that closes the fronted phrase it opens no noun phrase of its
            # own: "Die Versicherungen deckten Hagelschäden nicht ab", "Der Stadt fehlten Millionen")
    elif t.tag == "VV(PP)":
        if closes_phrase(toks, k):
            return False
    elif t.tag not in ("VV(INF)", "VA(INF)", "VM(INF)"):
        return False
    c = front_field(toks, k)
    if c is None or any(x.quote >= 0 for x in toks[c:k]):
        return False  # (one fronted phrase: "Die Löhne", "Wir", "Viele Pächter", "Derzeit")
    end = k + 1
    while end < len(toks) and toks[end].sent == t.sent and toks[end].text not in BREAKS:
        if toks[end].tag.startswith(("VA", "VM")) or "FIN" in toks[end].tag or zu_verb(toks, end):
            return False
        end += 1
    if any(x.tag.startswith(("VA", "VM")) or zu_verb(toks, x.i) for x in toks[sentence_start(toks, c):c]):
        return False
    # the word's own analysis last, where the place has made it a finite verb (HanTa: ~1 ms a new word)
    if t.tag in ("ADJ(A)", "ADJ(D)") and not t.low.endswith("e"):
        return past_or_konjunktiv(t.low)
    return t.tag != "VV(PP)" or not ge_participle(t.text)


def zu_verb(toks: list[Tok], k: int) -> bool:
    """Token k is the "zu" of a zu-infinitive (a verb after it), not the one of "zu viel", "zu spät"."""
    return toks[k].tag == "PTKZU" and k + 1 < len(toks) and toks[k + 1].tag.startswith("V")


# what cannot stand before the finite verb of a main clause in its one fronted phrase
NOT_IN_FRONT = ("V", "KOUS", "KOKOM", "PRELS", "PRELAT", "PWAV", "PWS", "PTKZU", "$(")


def phrase_start(toks: list[Tok], k: int) -> int:
    """The first token of the stretch token k stands in: back to a break (comma, dash, bracket …)
    or the sentence start."""
    c = k
    while c > 0 and toks[c - 1].sent == toks[k].sent and toks[c - 1].text not in BREAKS:
        c -= 1
    return c


def fronted_phrase(toks: list[Tok], k: int) -> int | None:
    """The first token of the one phrase fronted before token k in its stretch, where a main clause
    has its finite verb: None where nothing stands before k in the stretch, the stretch opens inside
    brackets or dashes, or a word that cannot stand in the front field (NOT_IN_FRONT) comes before k."""
    c = phrase_start(toks, k)
    if c == k or c > 0 and toks[c - 1].sent == toks[k].sent and toks[c - 1].text in ("(", "—", "–") \
            or any(x.tag.startswith(NOT_IN_FRONT) and x.text not in QUOTE_CHARS for x in toks[c:k]):
        return None
    return c


def front_field(toks: list[Tok], k: int) -> int | None:
    """The first token of what fills the front field before token k: one fronted phrase
    (fronted_phrase) or a noun phrase with its relative clause ("Die Gutachter, die …, | sprechen
    von …": relative_front); None where neither does."""
    c = fronted_phrase(toks, k)
    return relative_front(toks, k) if c is None else c


def relative_front(toks: list[Tok], k: int) -> int | None:
    """The first token of a fronted noun phrase with its relative clause right before token k, where
    the main clause has its finite verb: "Die Ärztin, die den Radfahrer behandelt hat, | bestätigt …",
    "Die Gutachter, die das Wrack untersucht haben, | sprechen von …". The sentence opens with a
    noun phrase of no verb (no prepositional phrase: "Von einer Steuer, die …, hält X wenig" is left
    to the readers of a fronted object); a comma, a relative pronoun (or a preposition before it: "in
    dem") and a clause that closes with its finite verb follow; then a comma and k. Nothing else
    can stand there: the front field is full, so k is the finite verb. None otherwise ("Er hat den
    Mann, der das Auto fuhr, gesehen": a verb before the relative clause, the participle closes)."""
    if k < 6 or toks[k - 1].text != "," or toks[k - 1].quote >= 0 or "FIN" not in toks[k - 2].tag:
        return None
    r = phrase_start(toks, k - 2)
    p = r + 1 if toks[r].tag in ("APPR", "APPRART") else r
    if r < 3 or toks[r - 1].text != "," or toks[p].low not in RELATIVE or toks[p].low in ("was", "wo"):
        return None
    f = phrase_start(toks, r - 2)
    front = toks[f:r - 1]
    if f != sentence_start(toks, k) or front[0].tag in ("APPR", "APPRART") or not any(x.tag in ("NN", "NE") for x in front) \
            or any(x.tag.startswith(NOT_IN_FRONT) or x.quote >= 0 for x in front) \
            or any("FIN" in x.tag for x in toks[p + 1:k - 2]):
        return None  # (one finite verb in the relative clause, its last word)
    return f


def opens_relative(toks: list[Tok], c: int) -> bool:
    """The comma at c opens a relative clause: a relative pronoun, after a preposition or not, that the
    tagger read as one, or a d-word it read as an article that opens no noun phrase of its own and whose
    clause ends in a finite verb ("Ewald Brunnhuber, | der am Montag im Amt bestätigt worden war, | hat
    X kritisiert"; not ", die Kosten stiegen")."""
    r = c + 2 if c + 1 < len(toks) and toks[c + 1].tag.startswith("APPR") else c + 1
    if r + 1 >= len(toks) or toks[r].sent != toks[c].sent:
        return False
    if toks[r].tag.startswith("PREL") or toks[r].low in ("dessen", "deren"):
        return True  # (a relative determiner opens its clause before a noun: "…, dessen Amtszeit im Mai endet,")
    if not d_word_opens_clause(toks[r], toks[r + 1]):
        return False
    j = next((j for j in range(r + 1, len(toks)) if toks[j].text in BREAKS or toks[j].sent != toks[c].sent), len(toks))
    return "FIN" in toks[j - 1].tag


def d_word_opens_clause(d: Tok, nxt: Tok) -> bool:
    """A d-word (tagged pronoun or article) that opens no noun phrase of its own: the word after it is
    no noun, name, adjective, number or capitalised word ("die der Minister zugesagt habe"; not "die
    Kosten stiegen"), so the d-word is a relative pronoun ("was"/"wo" open other clauses)."""
    return d.low in RELATIVE_WORDS and not nxt.cap and nxt.tag not in ("NN", "NE", "ADJ(A)", "PIAT", "CARD")


def sentence_start(toks: list[Tok], k: int) -> int:
    """The first token of the sentence token k stands in."""
    s = k
    while s > 0 and toks[s - 1].sent == toks[k].sent:
        s -= 1
    return s


def closes_phrase(toks: list[Tok], k: int) -> bool:
    """Token k is the last of its stretch: a break or the sentence end follows it."""
    return k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent or toks[k + 1].text in BREAKS


def present_in_second_place(toks: list[Tok], k: int) -> bool:
    """A "-t" form HanTa read as a participle that the clause shows to be a finite present
    ("Die Gewerkschaft kritisiert den Plan", "Am Montag erklärt der Verband, …"): it stands after
    one fronted phrase (no verb, conjunction, comparison or relative word before it in its clause),
    no auxiliary or modal in the clause makes it a participle ("hat … kritisiert", "… gefordert
    wird"), and the clause is no fronted participle phrase ("Von der Polizei gestoppt, flüchtete
    er": a finite verb right after its comma). In a later clause of the sentence, no auxiliary
    before it either ("wurde von X geprüft, von Y abgelehnt"). Never a form built as a participle
    only ("gefordert", "angekündigt": HanTa's analysis has the prefix "ge-")."""
    t = toks[k]
    if not t.low.endswith("t") or not t.text.islower():
        return False
    c = front_field(toks, k)
    if c is None or not titled_front(toks, c, k):
        return False  # (in brackets or dashes: "– auch Pendlerpauschale genannt –")
    end = k + 1
    while end < len(toks) and toks[end].sent == t.sent and toks[end].text not in BREAKS:
        if toks[end].tag.startswith(("VA", "VM")) or toks[end].tag == "PTKZU" \
                or end == k + 1 and toks[end].tag == "VV(FIN)":
            return False  # (a finite verb right after it: "…, der als konservativ ausgerichtet gilt")
        end += 1
    if end == k + 1 and end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].sent == t.sent and "FIN" in toks[end + 1].tag:
        return False  # a fronted participle phrase: "Von X gestoppt, flüchtete er"
    return not any(x.tag.startswith(("VA", "VM")) for x in toks[sentence_start(toks, c):c]) and not ge_participle(t.text)


def titled_front(toks: list[Tok], c: int, k: int) -> bool:
    """The fronted phrase toks[c:k] holds no quotation mark, or only a title quoted whole inside it
    ("Im „Morgenmagazin“ kritisiert X …", "Dem «Boten» bestätigt Y …"), not the end of a quote."""
    marks = [j for j in range(c, k) if toks[j].text in QUOTE_CHARS]
    return not marks or len(marks) == 2 and c < marks[0] and marks[1] - marks[0] > 1


NAME_QUOTE_WORDS = 6  # a quoted name is short: "„Aktion Deutschland hilft“", "„Wir pflegen“"


def in_quoted_name(toks: list[Tok], k: int) -> bool:
    """Token k stands inside a short quoted name that a noun phrase holds: the quotation opens
    after an article or a noun ("Semmelrath von der „Stiftung Bergland hilft“ sagte", "der Verein
    „Wir pflegen“"), begins with a capital and holds no sentence end. A finite verb there is a word
    of the name, not a verb of the clause; "sprach von „Wir schaffen das“" (no article or noun before)
    and quotes that end a sentence stay words said."""
    q = toks[k].quote
    if q < 0:
        return False
    j = k
    while j > 0 and toks[j - 1].quote == q:
        j -= 1
    m = k
    while m + 1 < len(toks) and toks[m + 1].quote == q:
        m += 1
    if toks[j].text not in QUOTE_CHARS or toks[m].text not in QUOTE_CHARS or not 1 < m - j <= NAME_QUOTE_WORDS + 1:
        return False
    if j == 0 or not toks[j + 1].cap or any(x.text in SENT_PUNCT or x.text == "," for x in toks[j + 1:m]):
        return False
    before = toks[j - 1]
    return before.sent == toks[j].sent and before.tag in ("ART", "NN", "NE") and before.low not in PARTIAL_INTRO


# adverbs that make an inserted "X genannt" a name given to a thing: "auch Scratching genannt"
NAMING_ADVERBS = frozenset("auch kurz oft meist meistens gern gerne häufig umgangssprachlich volkstümlich scherzhaft".split())


def naming_participle(toks: list[Tok], k: int) -> bool:
    """"genannt" closing an inserted naming phrase ("Das Zerkratzen der Scheiben, auch Scratching
    genannt, …", "die Entfernungspauschale – kurz Pendlerpauschale genannt – …"): after a comma,
    dash or bracket, a few words with a naming adverb and no verb or agent ("von …") stand before
    it, and its phrase closes right after it. It gives a thing a name; nobody speaks. "Der Plan,
    von Kritikern ein Irrweg genannt, …" names who calls it so and stays a report."""
    t = toks[k]
    if t.low != "genannt":
        return False
    c = phrase_start(toks, k)
    if c == 0 or toks[c - 1].sent != t.sent or toks[c - 1].text not in (",", "–", "—", "(") or not 1 < k - c <= 5:
        return False
    inner = toks[c:k]
    if not any(x.low in NAMING_ADVERBS for x in inner) or any(x.low in ("von", "vom") or "FIN" in x.tag for x in inner):
        return False
    return closes_phrase(toks, k)


# after "nannte sich (selbst)": an article starts a judgement, not a name given
SELF_JUDGING = frozenset("einen eine ein einem einer".split())


def naming_verb(toks: list[Tok], k: int) -> bool:
    """"nennen" that gives a name, not an opinion: reflexive ("Die Gruppe nennt sich «…»", "der Verein,
    der sich «…» nennt") or with the impersonal "man" ("Dieses Verfahren nennt man «…»"). "Der Minister
    nannte den Plan «verfehlt»" judges and stays a cue. The reflexive or "man" stands right after the
    verb (a pronoun subject between: "nennt er sich") or, with the verb last, before it in its clause."""
    t = toks[k]
    if t.stem != "nenn":
        return False
    after = [x for x in toks[k + 1:k + 3] if x.sent == t.sent and x.text not in BREAKS]
    if any(x.low in ("sich", "man") for x in after):
        # (a judgement of oneself names no name: "nannte sich selbst einen «Realisten»")
        return not any(x.low in SELF_JUDGING and x.quote < 0 for x in toks[k + 1:k + 5] if x.sent == t.sent)
    return closes_phrase(toks, k) and any(x.low in ("sich", "man") and x.quote < 0 for x in toks[phrase_start(toks, k):k])


def retag_finite(t: Tok) -> None:
    """A tagger correction the clause reading decides: the word HanTa read as an adjective,
    adverb or participle is the clause's finite verb ("Ein Nachbar nickt: «…»"; tag only, as
    the reading that found it needs)."""
    t.tag = "VV(FIN)"


# the auxiliaries a participle closes its clause with: perfect with "haben" or "sein", and the passive
PERFECT_AUX = frozenset("hat haben hatte hatten habe ist sind war waren wurde wurden worden".split())
# the forms of "haben" that make a speech verb's perfect ("Versprochen hat …"); not tokens.PERFECT_AUX,
# which has "sein" and the passive "werden" too ("Versprochen wurde …" names no speaker after it)
HABEN_AUX = frozenset("hat haben hatte hatten habe".split())
PERFECT_HABEN = HABEN_AUX - {"habe"}  # perfect and pluperfect of a participle cue


def perfect_participle(toks: list[Tok], k: int) -> bool:
    """A lower-case "-t" speech-verb form HanTa read as an adverbial adjective, closing its clause
    with an auxiliary earlier in the sentence: the participle ("hat X am Donnerstag dargelegt")."""
    t = toks[k]
    if t.tag != "ADJ(D)" or not t.text.islower() or not t.low.endswith("t") or "ge" not in t.low[:6] \
            or k + 1 >= len(toks) or toks[k + 1].text not in (".", ",", ";", "!") or not is_cue_candidate(t.low):
        return False
    return any(x.low in PERFECT_AUX and x.sent == t.sent for x in toks[max(0, k - 12):k])


# subordinators that open a verb-final clause before the main clause ("Während X lobte, …")
FRONTED_SUBORDINATORS = subordinators(fronts=True)


def fronted_subordinate(toks: list[Tok], c: int, v: int) -> bool:
    """A clause that opens the sentence with a subordinator and ends in its verb before a comma
    ("Während X den Plan lobte, warnte Y …", "Obwohl X zustimmt, …"): verb-final, subordinate
    ("Während der Sitzung lobte X …" has its verb second: a main clause)."""
    if toks[c].low not in FRONTED_SUBORDINATORS:
        return False
    end = verb_final_end(toks, c, v, len(toks))
    return end is not None and end < len(toks) and toks[end].text == ","


def verb_final_end(toks: list[Tok], c: int, v: int, e: int) -> int | None:
    """The end of the verb-final clause opened at c with its finite verb v, before e: the token after
    v and any verbs or verb particle that still close the clause with it; None when v follows c at
    once or a finite verb stands between them (verb second: "Während der Sitzung lobte X …").
    Shared by fronted_subordinate and indirect.contrast_clause."""
    if v <= c + 1 or any("FIN" in t.tag for t in toks[c + 1:v]):
        return None
    end = v + 1
    while end < e and toks[end].tag.startswith(("VA", "VM", "VV", "PTKVZ")):
        end += 1
    return end
