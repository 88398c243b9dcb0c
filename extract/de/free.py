"""German free indirect speech: Konjunktiv or "soll(en)" sentences right after a statement
carry its speaker."""
from __future__ import annotations

from ..actors import is_institution_word, lexicon, role_word
from ..model import Found, Span
from .article import Article, first_tok_at, tokens_in
from .mentions import names_someone
from .nlp import konjunktiv_two
from .tokens import FREE_INDIRECT_GAP, HYPOTHETICAL, MODAL_REPORT, SOLL_GAP



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
        if not near and n > 0 and n - 1 not in by_sent and konjunktiv_one(art, s, e):
            last, last_sent, near = after_one_sentence(art, n, last, last_sent)
        if not near and not (last is not None and reportative_soll(art, s, e) and n - last_sent <= SOLL_GAP):
            continue
        piece = art.content_span(s, e)
        own = own_frame(art, s, e)  # the sentence names its own source: "Weingart blieb hart: …", "aus Koalitionskreisen"
        if own is not None:
            new.append(Found([own[0]], "free_indirect", [], [own[1]], art.span(s, e), unattributed=own[2], confidence=0.5))
            last, last_sent = new[-1], n
            continue
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


def after_one_sentence(art: Article, n: int, last: Found | None, last_sent: int) -> tuple[Found | None, int, bool]:
    """A Konjunktiv I sentence n after a sentence without a statement: (statement it continues, its
    sentence, whether it continues one). The sentence before names the speaker ("Die Regierung ist
    besorgt. Die Lage sei ernst."), unless it only points back with "er"/"sie" to the statement
    two sentences back ("Dabei verteidigte er …"); one sentence in between, the report goes on."""
    toks = art.toks
    s = art.sents[n][0]
    topic = introduced_speaker(art, n - 1)
    goes_on = last is not None and n - last_sent == 2 and toks[s].para == toks[art.sents[last_sent][0]].para
    if topic is not None and toks[s].para - toks[art.sents[n - 1][0]].para <= 1 \
            and not (goes_on and art.text[topic[0]:topic[1]].lower() in ("er", "sie")):
        return Found([], "free_indirect", [], [topic], topic), n - 1, True
    return last, last_sent, goes_on


def own_frame(art: Article, s: int, e: int) -> tuple[Span, Span, bool] | None:
    """(content, source, unattributed) when the sentence names its own source: "<subject> <verb>
    …: <content>" (a subject that names someone), or an anonymous "aus/in …kreisen" (no actor)."""
    toks = art.toks
    anon = next((i for i in range(s + 1, e) if toks[i].low.endswith("kreisen") and toks[i].quote < 0
                 and toks[i - 1].low in ("aus", "in")), None)
    if anon is not None:
        return art.content_span(s, e), art.span(anon - 1, anon + 1), True
    framed = colon_frame(art, s, e)
    return (*framed, False) if framed else None


def colon_frame(art: Article, s: int, e: int) -> tuple[Span, Span] | None:
    """(content, subject) of "<subject> <verb> …: <content>" when the subject names someone."""
    k = next((i for i in range(s + 2, e - 1) if art.toks[i].text == ":" and art.toks[i].quote < 0), None)
    v = next((i for i in range(s, k) if "FIN" in art.toks[i].tag), None) if k is not None else None
    who = art.subject(v, s, k) if v is not None else None
    piece = art.content_span(k + 1, e) if who is not None and names_someone(art, who) else None
    return (piece, who) if piece else None


def konjunktiv_one(art: Article, s: int, e: int) -> bool:
    """A verb form only the Konjunktiv I has ("sei", "habe", "gebe", "werde", "seien"), outside quotes."""
    return any(t.konj and t.quote < 0 and not konjunktiv_two(t.low) and (t.low == "seien" or not t.low.endswith("n"))
               for t in art.toks[s:e])


def introduced_speaker(art: Article, n: int) -> Span | None:
    """The subject of sentence n's main clause when the sentence is a plain report of someone
    ("Die Regierung brachte eine Darstellung in Umlauf.", "Dekan Berg sieht das gelassen."):
    the one a Konjunktiv I sentence right after it quotes. None for "es", "man", "das" and when
    sentence n is itself reported speech."""
    toks = art.toks
    s, e = art.sents[n]
    if reportive(art, s, e):
        return None
    fin = next((v for v in range(s, e) if "FIN" in toks[v].tag and toks[v].quote < 0 and not art.in_subordinate(v, s)), None)
    who = art.subject(fin, s, e) if fin is not None else None
    return who if who is not None and agentive(art, who) else None


def agentive(art: Article, span: Span) -> bool:
    """Someone who can speak: "er"/"sie", a name, a role ("Dekan Berg") or a body ("Die
    Regierung"); not "Der Verkauf der Lebensmittel" or "Alle Opfer"."""
    words = tokens_in(art, span)
    if len(words) == 1 and words[0].low in ("er", "sie"):
        return True
    lex = lexicon("de")
    return any(t.tag == "NE" or t.cap and (role_word(t.text, lex) or is_institution_word(t.text, "de")) for t in words)


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
