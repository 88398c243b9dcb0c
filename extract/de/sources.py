"""German source phrases: "laut X", "X zufolge", "nach Angaben X", "wie X mitteilte", "so X"; and the
clause pieces of a statement (its content without the frame, where a clause ends)."""
from __future__ import annotations

import re

from ..actors import lexicon, role_word
from ..actors.lexicon import is_anonymous
from ..actors.mentions import is_institution_word
from ..model import Found, Span
from .article import Article, owned_account, tokens_in
from .direct import source_of_heisst_es
from .names import PARTICLES as NAMES_PARTICLES
from .subject import apposed_name_end
from .continuation import after_frame, continued_speech
from .cues import IT_SAYS, RELATIVE_WORDS, SpellingSet, is_source_noun, source_goes_on
from .tokens import (BREAKS, CONTENT_OPENERS, DETERMINERS, GENITIVE, NOMINAL_TAGS, RELATIVE, SENT_PUNCT,
                     QUOTE_CHARS, SUBORDINATORS, TIME_NOUNS)

# "laut X", "gemäß X" ("gemäss X" as Swiss papers write it: SpellingSet), and "nach" before a relative
LAUT = SpellingSet(("laut", "gemäß"))
LAUT_NACH = LAUT | {"nach"}
# a web address named as a source: "laut tagesschau.de", "laut „n-tv.de“"
WEB_ADDRESS = re.compile(r"^[a-zäöü0-9][\w-]*(\.[\w-]+)*\.[a-z]{2,4}$")
# the words an attribute before a noun may hold: "einer am Montag veröffentlichten Studie",
# "dem in Bremen erscheinenden Blatt", "einem bisher unbekannten Bericht"
ATTRIBUTE_MAX = 6
ATTRIBUTE_OPENERS = {"APPR", "APPRART", "ADV", "ADJ(D)"}


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


OWNING_GENITIVES = frozenset("seines seiner ihres ihrer dessen deren".split())  # a source noun's owner named by its possessive


def bare_singular(art: Article, k: int, j: int, end: int, e: int) -> bool:
    """"fuhr nach Plan", "Nach Plan lief zunächst alles", "flogen nach Sicht": a singular noun right after "nach",
    with no article and only a verb, a conjunction or the clause's end after it, is a manner ("according to
    plan"), no source; a bare plural (dative "-en", "-ern", "-eln", "-s": "Nach Polizeiangaben", "nach
    Medienberichten") is one, and so is a compound that names its owner before a noun for what a source put
    out (sources_de.txt: "nach Polizeiangabe", "nach Zeugenaussage", "nach Expertenmeinung"), wherever it stands."""
    toks = art.toks
    return j == k + 1 and end == j + 1 and not toks[j].low.endswith(("en", "rn", "ln", "s")) \
        and (end >= e or toks[end].text in SENT_PUNCT or toks[end].text in ",;:" or toks[end].tag.startswith(("V", "KON"))) \
        and not owned_account(toks[j].low)
    # (an owner the noun phrase reader left out stays a source: "Nach Meinung vieler Experten")


def nach_source(art: Article, k: int, s: int, e: int) -> tuple[tuple[int, int] | None, Span | None, Span | None]:
    """"nach Angaben X", "Nach Vells Meinung", "nach eigenen Angaben" at k: (frame, source phrase,
    the clause's subject for "eigenen"), Nones when no source noun follows "nach"."""
    toks = art.toks
    cues = art.cues
    frame = speaker = own = None
    j = k + 1
    attribute = participle_attribute(art, j, e)  # "Nach einer am Freitag vorgelegten Erhebung des X"
    if attribute is not None:
        j = attribute
    while j < e and (toks[j].low in DETERMINERS or toks[j].tag == "ADJ(A)" or toks[j].low in ("eigenen", "eigenem")
                     or j == k + 1 and toks[j].tag in ("NE", "NN") and toks[j].low.endswith("s") and j + 1 < e
                     and toks[j + 1].text in cues.nouns):  # "Nach Vells Meinung"
        j += 1
    if j < e and toks[j].cap and is_source_noun(toks[j].text, cues) and not after_time(art, k):
        # (source_np_right, with the attribute found above; no web address stands before a source noun)
        end = max(art.np_right(k + 1 if attribute is None else attribute, e) or j + 1, j + 1)
        if end < e and toks[end].low in OWNING_GENITIVES and toks[end - 1].cap:
            end = art.np_right(end, e) or end  # "nach den Worten ihrer Präsidentin X", "nach Angaben seines Sprechers"
        end = quoted_owner_end(art, end, e)
        if bare_singular(art, k, j, end, e):
            return None, None, None
        if event_before_speech(art, k, end, s, e) or ownerless_event(art, k, j, end, s, e):
            return None, None, None
        frame, speaker = (k, end), art.span(k + 1, end)
        mark_owner(art, j + 1, end, speaker)
        if toks[k + 1].low in ("eigenen", "eigener", "eigenem"):
            # "begann Russland nach eigenen Angaben": the source is the clause's subject
            fin = next((v for v in range(s, e) if "FIN" in toks[v].tag and toks[v].quote < 0), None)
            own = art.subject(fin, s, e) if fin is not None else None
    return frame, speaker, own


def source_np_right(art: Article, i: int, e: int) -> int | None:
    """End of the source phrase after "laut"/"nach" at i: a web address ("laut tagesschau.de",
    in quotation marks or not), a noun phrase with an attribute between its article and its
    noun ("einer am Montag veröffentlichten Studie der Universität"), else the noun phrase."""
    toks = art.toks
    q = 1 if i + 2 < e and toks[i].text in QUOTE_CHARS and toks[i + 2].text in QUOTE_CHARS else 0
    if i + q < e and WEB_ADDRESS.match(toks[i + q].text) and not toks[i + q].text.replace(".", "").isdigit():
        return i + 2 * q + 1
    attribute = participle_attribute(art, i, e)
    if attribute is not None:
        return art.np_right(attribute, e)
    return art.np_right(i, e)


def participle_attribute(art: Article, i: int, e: int) -> int | None:
    """The attributive participle or adjective that closes an extended attribute after the article
    at i ("einer am Montag veröffentlichten Studie", "dem in Bremen erscheinenden „Kurier“"):
    its index, the noun phrase going on from there; None when the article has no such attribute
    (a comma, a finite verb or a quotation before it)."""
    toks = art.toks
    if i + 2 >= e or toks[i].tag != "ART" or toks[i + 1].tag not in ATTRIBUTE_OPENERS:
        return None  # (the attribute opens with a preposition or an adverb: "am Montag", "bisher")
    for x in range(i + 2, min(e - 1, i + 2 + ATTRIBUTE_MAX)):
        t = toks[x]
        if t.text in BREAKS or "FIN" in t.tag or t.quote >= 0 and t.text not in QUOTE_CHARS:
            return None
        if t.tag == "ADJ(A)" and not t.cap and (art.is_nominal(toks[x + 1]) or toks[x + 1].text in QUOTE_CHARS):
            return x if toks[x - 1].tag != "ADJ(A)" or x - 1 > i + 1 else None
    return None


def zufolge_source(art: Article, k: int, s: int) -> tuple[tuple[int, int] | None, Span | None]:
    """"Der Polizei zufolge", "Ihnen zufolge", "Dem Landesverband der Imker (LVI) zufolge" at k:
    (frame, source phrase), Nones when no noun phrase stands before "zufolge"."""
    toks = art.toks
    start = art.np_left(k, s) if toks[k - 1].low not in ("ihm", "ihr", "ihnen") else k - 1  # "Ihm zufolge"
    short = abbreviation_before(art, k, s)
    if start is None and short is not None:
        start = art.np_left(short, s)
        if start is not None:
            return (start, k + 1), art.span(start, short)
    if start is not None:
        return (start, k + 1), art.span(start, k)
    if toks[k - 1].text == ",":
        return apposed_before_zufolge(art, k, s)
    return None, None


def abbreviation_before(art: Article, k: int, s: int) -> int | None:
    """"Der Kantonspolizei Lindenberg (Kapo) zufolge": the opening bracket of a short abbreviation
    right before k, None when there is none."""
    toks = art.toks
    if k - 3 >= s and toks[k - 1].text == ")" and toks[k - 3].text == "(" and toks[k - 2].text[:1].isupper():
        return k - 3
    return None


def quoted_owner_end(art: Article, end: int, e: int) -> int:
    """"Nach Recherchen des „Oberländer Boten“": a paper's quoted name in the genitive belongs to
    the source phrase (the noun phrase reader stops at the quotation mark)."""
    toks = art.toks
    if end + 2 < e and toks[end].low in GENITIVE and toks[end + 1].text in QUOTE_CHARS:
        close = next((x for x in range(end + 2, min(e, end + 8)) if toks[x].text in QUOTE_CHARS), None)
        if close is not None and close > end + 2 and all(t.cap for t in toks[end + 2:close]):
            return close + 1
    return end


def event_before_speech(art: Article, k: int, end: int, s: int, e: int) -> bool:
    """"Nach der Untersuchung des Unfalls sagte X, …": "nach" with an article before a noun,
    the whole prefield before a speech verb, tells when X spoke (a time), not whose words these
    are ("Nach Angaben der Polizei …", without article, stays a source)."""
    toks = art.toks
    return k == s and toks[k + 1].low in ("der", "dem", "den") and end < e and "FIN" in toks[end].tag \
        and art.verb_cue(end, s, e) is not None


def ownerless_event(art: Article, k: int, j: int, end: int, s: int, e: int) -> bool:
    """"Den Plan verwarf X nach der Kostenschätzung": "nach" with a definite article before a source
    noun that names no owner (no genitive, no "von"), in a clause with a speech verb of its own, tells
    when (after what) that verb's subject spoke, not whose words these are ("nach Angaben der Polizei",
    "nach der Einschätzung des Ministers" stay sources)."""
    toks = art.toks
    if toks[k + 1].low not in ("der", "dem", "den") or end != j + 1 or end < e and toks[end].low in ("von", "vom", "des", "der"):
        return False
    return any(toks[v].tag.startswith("VV") and "FIN" in toks[v].tag and toks[v].quote < 0 and not k <= v < end
               and art.verb_cue(v, s, e) is not None for v in range(s, e))


AFTER_TIME = {"kurz", "unmittelbar", "gleich", "bald", "lange", "erst", "direkt", "wenige", "spät", "später"}


def after_time(art: Article, k: int) -> bool:
    """"Zwei Monate nach dem Urteil", "kurz nach der Auszählung": a span of time before "nach"
    makes it temporal, whatever noun follows."""
    return k > 0 and (art.toks[k - 1].low in TIME_NOUNS or art.toks[k - 1].low in AFTER_TIME)


def heisst_es_frame(art: Article, k: int, s: int, e: int) -> tuple[tuple[int, int], Span | None]:
    """"…, hieß es." / "In der Erklärung hieß es, …" / "Es hieß, …" at k: (frame, source phrase)."""
    toks = art.toks
    a = k - 1 if toks[k - 1].low == "es" else k
    b = k + 2 if k + 1 < e and toks[k + 1].low == "es" else k + 1
    # "…, hieß es." / "In der Erklärung hieß es, …" / "Es hieß, …"
    pp_end = art.np_right(s + 1, a) if toks[s].tag.startswith("APPR") and s + 1 < a else None
    # "In dieser Resolution, die … wurde, heißt es, dass …": a document with a relative clause
    document_first = pp_end is not None and toks[pp_end].text == "," and toks[pp_end + 1].low in RELATIVE \
        and art.content_after(k, e) is not None
    if (toks[a - 1].text == "," if a > s else False) and not document_first:
        speaker = source_of_heisst_es(art, k, s, after_only=True)  # "…, heißt es in dem Bericht"
        # the document phrase after "hieß es" (and a relative clause on it) is frame, not content
        frame = (a - 1, _source_frame_end(art, speaker, s, e) if speaker else b)
    else:
        c = art.content_after(k, e)
        frame = (s, c - 1) if c else (a, b)
        speaker = source_of_heisst_es(art, a, s)
    return frame, speaker


def _source_frame_end(art: Article, speaker: Span, s: int, e: int) -> int:
    """Where the frame "…, hieß es am Morgen aus Kreisen der Flugsicherung" ends: at the comma after the
    source phrase when reported speech goes on after it ("…, doch sei der Betrieb nicht gefährdet"),
    else at the sentence's end."""
    inside = tokens_in(art, speaker)
    c = inside[-1].i + 1 if inside else e
    if c < e and art.toks[c].text == "," and continued_speech(art, c, art.span(s, c), s, e) is not None:
        k = after_frame(art, c, e)
        clause = next((t.i for t in art.toks[k + 1:e] if t.text in BREAKS), e)
        if any(t.konj and "FIN" in t.tag for t in art.toks[k + 1:clause]):
            return k  # (its own clause in the Konjunktiv: not "…, Bürgermeister X sagte dagegen, er sei …")
    return e


def compared_thing(toks: list, k: int, s: int) -> bool:
    """"Ein Tempolimit, wie es die Grünen fordern, lehne er ab": a "wie" clause right after a first field
    with no verb, its pronoun pointing back to that thing ("wie sie / es / ihn"), compares the thing: no source
    (nor, in indirect.py, a cue of its own or the end of a relative clause)."""
    return (k - 1 > s and toks[k - 1].text == "," and wie_with_pronoun(toks, k)
            and not any(x.tag.startswith(("V", "$")) for x in toks[s:k - 1]))


# the pronouns that point back to the thing a "wie" clause compares ("wie sie / es / ihn X fordert");
# positions/frames_de.py comparison_clause writes them again (it keeps the de package off its import path)
COMPARED_PRONOUNS = ("sie", "es", "ihn")


def wie_with_pronoun(toks: list, k: int) -> bool:
    """Token k is "wie" and one of the three words after it a pronoun for the thing compared."""
    return toks[k].low == "wie" and any(x.low in COMPARED_PRONOUNS for x in toks[k + 1:k + 4])


def wie_frame(art: Article, k: int, s: int, e: int) -> tuple[tuple[int, int] | None, Span | None, bool]:
    """"Wie die Polizei mitteilte, …" / "…, wie ein Sprecher sagte." at k: (frame, source phrase,
    unattributed), (None, None, False) when no cue verb follows "wie"."""
    toks = art.toks
    frame = speaker = None
    unattributed = False
    # "Wie die Polizei mitteilte, …" / "…, wie ein Sprecher sagte."
    j = k + 1
    while j < e and toks[j].text not in BREAKS:
        j += 1
    vs = [v for v in range(k + 1, j) if art.verb_cue(v, k, j)]
    named = None
    if not vs:  # "Wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte, …": past the apposition
        named, j, vs = wie_apposition(art, k, j, e)
    if vs and (toks[vs[0]].stem == "nenn" or any(toks[x].low == "man" or toks[x].tag.startswith("VM") for x in range(k + 1, j))):
        # a name ("wie er sich selbst nannte", "wie der Senator genannt wurde"), an idiom ("wie man
        # sagt") or a content clause ("lernte, wie er sich wehren könnte"): no source
        vs = []
    if vs:
        st = k + 1
        while st < vs[0] and toks[st].tag in ("ADV", "ADJ(D)") and not toks[st].cap:
            st += 1  # "Wie schon die WHO sagte"
        end = named or art.np_right(st, vs[0])
        if end is None and st < vs[0]:
            # a name the tagger does not know ("Wie t-online.de berichtet"): all up to the verb
            end = vs[0]
            while end > st and (toks[end - 1].tag.startswith(("VA", "VM", "ADV", "ADJ(D)", "APPR", "PTK"))
                                or toks[end - 1].tag in ("ART", "CARD", "NN") and end - 1 > st
                                and toks[end - 2].tag.startswith("APPR")):
                end -= 1
            end = end if end > st else None
        speaker = art.with_apposed_name(st, end, j) if named else art.span(st, end) if end else None
        frame = (k if k == s else k - 1, j + 1 if j < e and toks[j].text == "," and k == s else j)
        art.used_cues.update(vs)
        if speaker is None:
            unattributed = True
    return frame, speaker, unattributed


def wie_apposition(art: Article, k: int, j: int, e: int) -> tuple[int | None, int, list[int]]:
    """"Wie <name>, <apposition>, <cue verb>, …": (end of the name, end of the wie clause, cue
    verbs), or (None, j, []) when the clause after "wie" is no name with an apposition."""
    toks = art.toks
    if j >= e or toks[j].text != "," or art.np_right(k + 1, j) != j:
        return None, j, []
    j2 = next((x for x in range(j + 1, e) if toks[x].text in BREAKS), e)
    if j2 >= e or toks[j2].text != "," or any("FIN" in t.tag or t.quote >= 0 for t in toks[j + 1:j2]):
        return None, j, []
    j3 = next((x for x in range(j2 + 1, e) if toks[x].text in BREAKS), e)
    vs = [v for v in range(j2 + 1, j3) if art.verb_cue(v, j2, j3)]
    return (j, j3, vs) if vs else (None, j, [])


def frame_statement(art: Article, k: int, s: int, e: int, frame: tuple[int, int], speaker: Span | None,
                    own: Span | None, unattributed: bool, occupied: list[Found]) -> bool:
    """The statement a source phrase at k frames: the clause it stands in, or the sentence
    without the frame; False when there is none (or it overlaps a direct quote)."""
    toks = art.toks
    t = toks[k]
    a, b = frame
    if b < e and toks[b].text == "," and toks[a].low in ("laut", "nach") and (named := apposed_name_end(art, b, e)) is not None \
            and named < e and toks[named].text == ",":
        b = named + 1  # "Nach Angaben des Geschäftsführers, Torsten Imming, steigen …": the name is the frame's
    cs = subordinate_opener(art, a, s)
    if toks[a].low in LAUT_NACH and toks[a + 1].tag == "PRELS" and b == a + 2:
        piece = art.content_span(b, clause_end(art, b, e))  # "Gerüchte, nach denen …": that clause
        pieces = [piece] if piece else []
    elif cs is not None:
        # a source inside a subordinate clause frames that clause only:
        # "die Tasche, die nach dessen Angaben die Bombe enthielt, wurde …", "…, weil laut X …"
        ce = clause_end(art, b, e)
        pieces = sentence_content(art, cs, ce, (a, b))
    else:
        pieces = sentence_content(art, s, e, (a, b))
    if not pieces or overlaps_direct(art, pieces, occupied):
        return False
    if sum(p[1] - p[0] for p in pieces) < 15:
        return False
    cue = [art.span(k, k + 1)]
    art.used_cues.add(k)  # ("hieß" is a cue verb too: it frames this statement only)
    art.add(pieces, "indirect", cue, own or speaker, art.span(s, e), unattributed=unattributed, confidence=0.7)
    if own and speaker:
        # "nach eigenen Angaben" names its source twice: the subject (the actor) and the phrase
        art.found[-1].speaker_mention.append(speaker)
    if unattributed:
        # the source as annotators mark it ("Demnach", "In der Erklärung heißt es"); no actor
        art.found[-1].speaker_mention = [speaker] if speaker and t.low != "wie" else []
        if speaker and t.low in IT_SAYS and own_document(art, speaker):
            art.inherit.append(art.found[-1])  # "X wies die Vorwürfe zurück. In einer Stellungnahme hieß es, …"
        elif speaker is None and t.low in IT_SAYS and source_goes_on(art, k):
            art.found[-1].unattributed = False  # "…, hieß es weiter": the source of the statement before goes on
            art.inherit.append(art.found[-1])
    return True


# words besides the relative pronouns that open a subordinate clause a source phrase may stand in
RELATIVE_OPENERS = RELATIVE | {"worauf", "wobei", "weshalb", "wodurch", "womit", "wonach", "zumal"}


def opens_subordinate(toks: list, k: int) -> bool:
    """Does token k, after a comma, open a subordinate clause: a relative ("die", "dessen", "wobei"),
    a preposition with a relative ("unter denen", "in deren", "mit dem") or a subordinating
    conjunction ("weil", "obwohl", "nachdem")?"""
    t = toks[k]
    if t.tag in ("PRELS", "PWAV", "PRELAT") or t.low in RELATIVE_OPENERS or t.low in SUBORDINATORS:
        return True
    if t.tag not in ("APPR", "APPRART") or k + 2 >= len(toks):
        return False
    # HanTa often tags the relative after a preposition as an article: "mit dem nach Angaben …", "bei dem es
    # sich …"; an article has its noun or adjective right after it, a relative pronoun does not
    after = toks[k + 1]
    return after.tag in ("PRELS", "PRELAT") or after.low in RELATIVE_WORDS \
        and toks[k + 2].tag not in NOMINAL_TAGS | {"ADJ(A)", "CARD", "ART"} and not toks[k + 2].cap


def subordinate_opener(art: Article, a: int, s: int) -> int | None:
    """The first token of the subordinate clause after a comma that holds the source phrase at a, when
    the phrase stands before that clause's finite verb ("…, unter denen sich nach Einschätzung der
    Ermittler auch X befinden soll", "…, der nicht entschärft, jedoch laut Polizei gesprengt werden
    konnte", "…, weil ein Lkw laut Asfinag liegen geblieben war"): the phrase frames that clause
    only, the main clause is the narrator's. None in a main clause, whose finite verb stands before
    a source in its middle field, and for a source opening the sentence."""
    toks = art.toks
    if a - 1 <= s or toks[a - 1].text == "," or toks[a].text == ",":
        return None  # set off by a comma (", so X", ", wie X sagte"): a frame after its clause, not in it
    for k in range(a - 1, s, -1):
        t = toks[k]
        if "FIN" in t.tag or t.text in SENT_PUNCT or t.text in (";", ":") or t.quote >= 0:
            return None
        if toks[k - 1].text == "," and opens_subordinate(toks, k):
            return k
    return None


def own_document(art: Article, phrase: Span) -> bool:
    """"einer Stellungnahme", "seiner Mitteilung": a statement of the one named before (no owner of
    its own: not "einer Mitteilung der Polizei")."""
    words = tokens_in(art, phrase)
    return len(words) == 2 and words[0].low in ("einer", "einem", "seiner", "seinem", "ihrer", "ihrem") \
        and (words[1].low in art.cues.claims or is_source_noun(words[1].text, art.cues))
    return False


def so_frame(art: Article, k: int, e: int) -> tuple[tuple[int, int] | None, Span | None]:
    """"…, so Obama weiter, …" at k: (frame, source phrase), Nones when no noun phrase follows."""
    toks = art.toks
    frame = speaker = None
    end = art.np_right(k + 1, e)
    if end:
        who = art.with_apposed_name(k + 1, end, e)  # ", so der Finanzchef des Unternehmens, Max Muster."
        end = next((i + 1 for i in range(end, e) if toks[i].e == who[1]), end)
        # the frame runs on over adverbials to the next comma: ", so Obama weiter, …"
        stop = end
        while stop < e and toks[stop].text not in {","} | SENT_PUNCT and "FIN" not in toks[stop].tag:
            stop += 1
        if stop >= e - 1 or toks[stop].text in {",", "."}:
            frame, speaker = (k - 1, stop), who
    return frame, speaker


def content_start(art: Article, s: int, e: int, verbs: list[int]) -> int:
    """Where the content clause of the sentence's first speech verb begins ("X sagte, nach
    Angaben der Polizei sei …": a source phrase in there is part of what X said), e when none.
    sentence_rules reads that statement; only ", so X" (it frames the whole sentence) and a
    "wonach" opening the content ("zitiert aus der Zeitung, wonach …": the noun before it is the
    source) still frame from in there."""
    toks = art.toks
    for v in verbs:
        if v not in art.used_cues and not art.in_subordinate(v, s) \
                and toks[art.clause_start(v, s)].low not in CONTENT_OPENERS | SUBORDINATORS:  # ("Wie X sagte", "Dass …")
            pe = art.particle_end(v, e) if toks[v].stem in art.cues.particle_verbs else None
            c = art.content_after(max(v, pe or v), e)
            return c if c is not None else e
    return e


INDEFINITE_SUBJECTS = {"ein", "eine", "einer", "man", "jemand"}


def owned(words: list) -> bool:
    """"ein Sprecher der Wasserschutzpolizei": an unnamed speaker whose body the phrase names."""
    return any(w.low in ("der", "des", "von", "vom") for w in words[2:])


def inverted_frame(art: Article, s: int, e: int, verbs: list[int]) -> int:
    """"Nach Ansicht der Gewerkschaft ist das zu wenig, sagte Betriebsrat X.": a speech verb after
    a comma with a definite subject after it frames all before it; a source phrase in there is
    part of what X said. The verb's index, -1 when there is none (an unnamed "ein Sprecher"
    leaves the source phrase the speaker; "ein Sprecher der Polizei" names whom he speaks for)."""
    toks = art.toks
    for v in verbs:
        if v > s + 2 and toks[v - 1].text == "," and "FIN" in toks[v].tag and v not in art.used_cues \
                and art.content_after(v, e) is None:  # ("…, wies das Gericht darauf hin, dass …": its own content)
            who = art.subject(v, s, e)
            words = tokens_in(art, who) if who is not None else []
            if words and toks[v].b < who[0] and (words[0].low not in INDEFINITE_SUBJECTS or owned(words)):
                return v
    return -1


def so_after(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Die Mieten werden steigen. So die Prognose von X." / "So Bürgermeisterin X.": a sentence of
    "so" and a noun phrase alone, with no verb, frames the sentence before it in its paragraph (as
    ", so X" frames its own sentence). The phrase names someone (a name, a role, a body), or is a
    source noun with its owner after it ("von X", a genitive), who is then the speaker."""
    toks = art.toks
    if toks[s].low != "so" or toks[s].sent == 0 or any(x.tag.startswith("V") and x.quote < 0 for x in toks[s:e]):
        return False
    k = s + 1
    while k < e and toks[k].tag == "ADV" and not toks[k].cap:
        k += 1  # "So jedenfalls die Vorhersage von X"
    end = art.np_right(k, e)
    head = next((x for x in toks[k:end] if x.cap), None) if end else None
    if head is None:
        return False
    cues, h = art.cues, head.i + 1
    if is_institution_word(head.text, "de") or role_word(head.text, lexicon("de")) is not None:
        pass  # "So die Polizei.", "So der Innenminister X."
    elif is_source_noun(head.text, cues) or head.low in cues.headers or head.low in cues.claims or head.low in cues.demands:
        if not (h < end and (toks[h].low in ("von", "vom", "eines", "einer") or toks[h].low in GENITIVE)):
            return False  # "So die Theorie.": no one's
        k = h + (toks[h].low in ("von", "vom"))  # the owner speaks
    elif not any(x.tag == "NE" for x in toks[k:end]):
        return False  # "So ein Zufall."
    before = content_before(art, s, occupied)
    if before is None:
        return False
    ps, piece = before
    art.add([piece], "indirect", [art.span(s, s + 1)], art.with_apposed_name(k, end, e), (toks[ps].b, toks[e - 1].e), confidence=0.7)
    return True


def content_before(art: Article, i: int, occupied: list[Found]) -> tuple[int, Span] | None:
    """The sentence before token i's, in the same paragraph, as (its first token, its content span),
    when it has content and overlaps no direct quotation (so_after, indirect.sentence_before)."""
    toks = art.toks
    ps, pe = art.sents[toks[i].sent - 1]
    piece = art.content_span(ps, pe)
    if piece is None or toks[ps].para != toks[i].para or overlaps_direct(art, [piece], occupied):
        return None
    return ps, piece


# the words a source phrase of source_phrases opens with (each branch there tests one of these first)
SOURCE_WORDS = LAUT_NACH | IT_SAYS | {"zufolge", "so", "demnach", "wonach", "danach", "wie", "aus"}


def source_phrases(art: Article, s: int, e: int, occupied: list[Found], verbs: list[int]) -> bool:
    """A source phrase's statement in sentence s..e (verbs: its speech verbs, outside quotes)."""
    toks = art.toks
    cues = art.cues
    inside, framed = content_start(art, s, e, verbs), inverted_frame(art, s, e, verbs)
    for k in [k for k in range(s, e) if toks[k].low in SOURCE_WORDS]:  # (no branch below takes another word)
        t = toks[k]
        if t.quote >= 0 or k >= inside and t.low != "so" and not (k == inside and t.low == "wonach") \
                or k < framed and t.low not in ("so", "wie"):
            continue  # a quotation, or inside a speech verb's content (see content_start, inverted_frame)
        frame = None
        speaker = own = None
        unattributed = False
        if t.low in LAUT_NACH and k + 2 < e and toks[k + 1].tag == "PRELS" and k > s \
                and toks[k - 1].text == "," and not any(art.verb_cue(v, s, k) for v in range(s, k)
                                                        if toks[v].tag.startswith("VV")):
            # "Gerüchte, nach denen …", "die Pläne, laut denen …": the relative pronoun stands for the source
            frame, speaker = (k, k + 2), art.span(k + 1, k + 2)
        elif t.low in LAUT and k + 1 < e:
            end = source_np_right(art, k + 1, e)
            if end:
                frame, speaker = (k, end), art.span(k + 1, end)
                document_owner(art, speaker)  # "laut einer Studie der Universität X": the owner is the actor
        elif t.low == "nach" and k - 2 >= s and toks[k - 1].text in cues.nouns \
                and (toks[k - 2].tag == "PPOSAT" or toks[k - 2].low == "dem") \
                and (k + 1 >= e or toks[k + 1].tag not in NOMINAL_TAGS | {"ART"}) \
                and ((sub := subordinate_opener(art, k - 2, s)) is not None
                     or art.clause_start(k - 2, s) == k - 2 or "FIN" in toks[k - 3].tag) \
                and not any(art.verb_cue(v, s, e) for v in range(sub or s, e) if toks[v].tag.startswith("VV")):
            # "Seiner Ansicht nach …", "Dem Vernehmen nach …": the phrase is the source; a possessive
            # refers back as its pronoun does (actors/), "Dem Vernehmen nach" names no one ("…, in dem seiner Meinung nach": that clause's)
            frame, speaker = (k - 2, k + 1), art.span(k - 2, k)
            unattributed = toks[k - 2].low == "dem"
        elif t.low == "nach" and k + 1 < e or t.low == "aus" and k + 1 < e and toks[k + 1].low == "sicht":
            frame, speaker, own = nach_source(art, k, s, e)  # ("aus Sicht der X" reads as "nach Ansicht der X")
        elif t.low == "zufolge" and k > s:
            frame, speaker = zufolge_source(art, k, s)
        elif t.low == "so" and k > s and toks[k - 1].text == "," and k + 1 < e:
            frame, speaker = so_frame(art, k, e)
        elif t.low in ("demnach", "wonach") or t.low == "danach" and k == s and document_before(art, s):
            frame, speaker = (k, k + 1), art.span(k, k + 1)
            unattributed = True
            if t.low == "wonach" and k - 1 > s and toks[k - 1].text == ",":
                # "Berichte, wonach …": the report before the comma is the source
                start = art.np_left(k - 1, s)
                if start is not None:
                    speaker = art.span(start, k - 1)
        elif t.low in IT_SAYS and (k + 1 < e and toks[k + 1].low == "es" or toks[k - 1].low == "es"):
            frame, speaker = heisst_es_frame(art, k, s, e)
            unattributed = speaker is None or not (document_owner(art, speaker) or body_asked(art, speaker))  # (bare: no one)
        elif t.low == "wie" and (k == s or toks[k - 1].text == ",") and not compared_thing(toks, k, s):
            frame, speaker, unattributed = wie_frame(art, k, s, e)
        if frame is None:
            continue
        if frame_statement(art, k, s, e, frame, speaker, own, unattributed, occupied):
            if t.low in ("demnach", "danach") and (document := document_in_sentence_before(art, s)) is not None:
                # "Demnach": the document the sentence before names is what it points back to
                art.found[-1].speaker_mention.append(document)
            return True
    return False


# "werden" forms with which "bekannt" tells that something became known ("wurde bekannt, dass …",
# "nachdem bekannt geworden war, dass …"); "ist bekannt" is a state, "bekannt gegeben" a speech verb
BECAME = {"wurde", "wurden", "wird", "werden", "geworden", "worden"}
MADE_KNOWN = {"gegeben", "geben", "gab", "gibt", "gemacht", "machen", "machte"}


def became_known(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Im April wurde bekannt, dass …", "Wie gestern bekannt wurde, …": what became known is a
    statement with no one named who said it (unattributed, no mention)."""
    toks = art.toks
    for k in range(s, e - 1):
        if toks[k].low != "bekannt" or toks[k].quote >= 0 or toks[k + 1].low in MADE_KNOWN:
            continue
        near = [x for x in range(max(s, k - 4), min(e, k + 3)) if toks[x].low in BECAME and toks[x].quote < 0]
        if not near:
            continue
        last = max(k, *near)
        if toks[s].low == "wie" and s < k:  # "Wie gestern bekannt wurde, befindet sich …"
            comma = next((x for x in range(last + 1, e) if toks[x].text == ","), None)
            start = comma + 1 if comma is not None and comma <= last + 2 else None
        else:
            start = art.content_after(last, e)
            start = start if start is not None and toks[start].low in ("dass", "ob", "wonach") else None
        piece = art.content_span(start, e) if start is not None else None
        if piece is None or overlaps_direct(art, [piece], occupied):
            return False
        art.add([piece], "indirect", [art.span(k, k + 1)], None, art.span(s, e), unattributed=True, confidence=0.6)
        return True
    return False


def document_in_prefield(art: Article, a: int, s: int) -> Span | None:
    """"In einem Bericht der Zeitung X wurde vermutet, dass …", "Im Bericht der Kommission war
    festgestellt worden, dass …": the document a passive cue's sentence opens with (before the
    finite verb a, a relative clause on it allowed) is the source; None when there is none."""
    toks = art.toks
    if toks[s].low not in ("in", "im") or s + 1 >= a:
        return None
    end = art.np_right(s + 1, a)
    head = next((t for t in toks[s + 1:end or s + 1] if t.cap and t.tag == "NN"), None)
    if end is None or head is None or not is_source_noun(head.text, art.cues):
        return None
    if end < a and not (toks[end].text == "," and toks[end + 1].low in RELATIVE and toks[a - 1].text == ","):
        return None
    phrase = art.span(s + 1, end)
    document_owner(art, phrase)  # "einem Bericht der Zeitung X": the owner is the actor
    return phrase


def anonymous_document(art: Article, who: Span | None) -> bool:
    """A document phrase (document_in_prefield) without an owner ("In einer Presseerklärung"):
    it marks the source as annotators do, but names no actor."""
    return who is not None and who not in art.apposed and art.toks[first_index(art, who) - 1].low in ("in", "im")


def first_index(art: Article, span: Span) -> int:
    return tokens_in(art, span)[0].i


def document_in_sentence_before(art: Article, s: int) -> Span | None:
    """The last noun phrase whose head is a document or source noun ("das Urteil", "einer
    Gesetzesvorlage", "eine Studie der Universität") in the sentence before s, same paragraph;
    None when there is none."""
    toks = art.toks
    n = toks[s].sent
    if n == 0:
        return None
    ps, pe = art.sents[n - 1]
    if toks[ps].para != toks[s].para:
        return None
    for i in range(pe - 1, ps - 1, -1):
        if toks[i].cap and toks[i].tag == "NN" and toks[i].quote < 0 and is_source_noun(toks[i].text, art.cues):
            start = i  # over the article and adjectives before the noun ("sein neues Urteil")
            while start > ps and (toks[start - 1].low in DETERMINERS or toks[start - 1].tag in ("ADJ(A)", "PIAT")):
                start -= 1
            return art.span(start, quoted_owner_end(art, max(art.np_right(start, pe) or i + 1, i + 1), pe))
    return None


def document_before(art: Article, s: int) -> bool:
    """The sentence before s (same paragraph) names a document or figures ("Die Bank veröffentlichte
    neue Quartalszahlen.", "… lautet der Titel einer Studie"): a "Danach" opening sentence s then
    reports what it says, not what happened next."""
    toks = art.toks
    n = toks[s].sent
    if n == 0 or s + 1 >= len(toks) or not toks[s + 1].tag.startswith("V"):  # ("verzeichnet" may read as a participle)
        return False
    ps, pe = art.sents[n - 1]
    nouns = lexicon("de").sources_longest_first
    return toks[ps].para == toks[s].para and any(
        t.cap and t.tag == "NN" and t.low.endswith(nouns) for t in toks[ps:pe])


def mark_owner(art: Article, i: int, end: int, phrase: Span) -> None:
    """"nach Angaben von Polizeisprecher X", "nach Ansicht der Verbraucherzentrale": whose the
    statement is stands after the noun cue; that part resolves the actor (the whole phrase, as
    annotators mark it, stays the mention)."""
    while i < end and art.toks[i].low in ("von", "vom"):
        i += 1
    if i < end and art.toks[i].low not in ("eigenen", "eigener"):
        art.apposed[phrase] = art.span(i, end)


def body_asked(art: Article, phrase: Span) -> bool:
    """"hieß es von der Handelskammer", "hieß es beim Landratsamt", "aus dem Ministerium": a body
    after von/bei/aus (not "aus Regierungskreisen") is the source, as if it had said so itself."""
    inside = tokens_in(art, phrase)
    before = art.toks[inside[0].i - 1] if inside and inside[0].i > 0 else None
    if inside and is_anonymous(inside[0].text, "de"):
        return False  # "aus Kreisen des Verkehrsausschusses": unnamed sources (document_owner)
    return before is not None and before.low in ("von", "vom", "bei", "beim", "aus") \
        and any(t.cap and is_institution_word(t.text, "de") for t in inside)


def document_owner(art: Article, phrase: Span) -> bool:
    """"einer Mitteilung des Unternehmens", "der Erklärung von Ministerin X", "einem Appell des
    Hilfswerks": a document noun (a noun cue) or a claim's noun (cues_de.tsv, "claim") with a genitive
    or "von" owner; the owner resolves the actor (art.apposed). Unnamed sources stay unnamed with
    an owner: "aus Kreisen der Flugsicherung" names no one (anonymous_de.txt)."""
    toks = art.toks
    inside = [t.i for t in tokens_in(art, phrase)]
    for j in inside[:-1]:
        if toks[j].cap and (toks[j].text in art.cues.nouns or claim_held_in(toks, inside, j, art.cues.claims)) \
                and toks[j + 1].low in GENITIVE | {"von", "vom"}:
            if is_anonymous(toks[j].text, "de"):
                return False
            mark_owner(art, j + 1, inside[-1] + 1, phrase)
            return phrase in art.apposed
    return False


def claim_held_in(toks: list, inside: list[int], j: int, claims) -> bool:
    """A claim's noun at j as the head of a phrase after "in"/"im" ("in einem Appell des Werks"): the
    words stand in it. After another preposition the claim is what the words answer, not their
    source ("zur Forderung des Vereins", "trotz der Sorge der Anwohner", "nach der Entscheidung des Rats")."""
    head = next((i for i in inside if toks[i].cap and toks[i].tag.startswith("N")), None)
    return j == head and toks[j].low in claims and inside[0] > 0 and toks[inside[0] - 1].low in ("in", "im")


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
    """End of a verb-final clause running from before b: after its verbs, and on over subordinate
    and relative clauses that hang on it (", wenn …", ", das …")."""
    toks = art.toks
    ce, closed = verbs_end(toks, b, e)
    while closed and ce + 1 < e and toks[ce].text == "," and opens_subordinate(toks, ce + 1):
        ce, closed = verbs_end(toks, ce + 2, e)
    return ce


def verbs_end(toks: list, b: int, e: int) -> tuple[int, bool]:
    """(the end of the verb cluster that closes the verb-final clause going on at b, True), or (where the
    clause breaks off, False). The cluster is the finite verb and the verbs after it: "befinden soll",
    "liegen geblieben war" (HanTa reads the first verb of a cluster as finite too)."""
    ce = b
    while ce < e and "FIN" not in toks[ce].tag and toks[ce].text not in {";"} | SENT_PUNCT:
        ce += 1
    if ce >= e or "FIN" not in toks[ce].tag:
        return ce, False
    ce += 1
    while ce < e and toks[ce].tag.startswith("V") and toks[ce].quote < 0:
        ce += 1
    return ce, True
