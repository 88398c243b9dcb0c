"""German free indirect speech: Konjunktiv or "soll(en)" sentences right after a statement
carry its speaker."""
from __future__ import annotations

from bisect import bisect_right

from ..actors import is_institution_word, lexicon, role_word
from ..model import Found, Span
from .article import Article, first_tok_at, in_relative_clause, reaction_source, tokens_in
from .direct import view_holder
from .mentions import names_someone
from .nlp import MONTHS, konjunktiv_two, past_or_konjunktiv
from .subject import frame_subject, reaction_from
from .tokens import (
    BREAKS,
    CLAUSE_PUNCT,
    DETERMINERS,
    FREE_INDIRECT_GAP,
    HYPOTHETICAL,
    MODAL_REPORT,
    PASSIVE_AUX,
    POSSESSIVES,
    SOLL_GAP,
    SUBORDINATORS,
    TIME_ANCHORS,
    opens_relative,
)



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
    open_report: Found | None = None  # the last report whose speaker is not named ("hieß es", "demnach")
    open_sent = -10
    new: list[Found] = []
    for n, (s, e) in outside_direct(art):
        here = report_goes_on(art, by_sent.get(n, []), n, last, last_sent)  # (not "Der Entwurf rechne mit …")
        for f in here:
            if art.inherits(f):
                take_speaker_before(art, f, n, last if last is not None and n - last_sent <= 3 else None)
        attributed = [f for f in here if f.speaker_mention and not f.unattributed]
        framed = sentence_frame(art, s, e, here)
        if here and framed is None:
            if attributed:  # the words read last go on ("Den Vorwurf der X, …, nannte Y «falsch». Das Gutachten sei …": Y's)
                last, last_sent = max(attributed, key=lambda f: f.quote[0][0]), n
            else:
                open_report, open_sent = open_report_of(art, here, s, e), n
            continue
        if open_report is not None and open_sent > last_sent and goes_on_unnamed(art, n, open_sent):
            open_report, open_sent = unnamed_report_goes_on(art, n, open_report, new), n
            continue
        if framed is not None and len(framed) > 3:  # an owner who is no one named: the words stay unattributed
            new.append(Found([framed[0]], "free_indirect", [], [], art.span(s, e), unattributed=True, confidence=0.4))
            continue
        if framed is not None:  # "Sein Fazit: …", "X zog eine positive Bilanz: das Geschäft ziehe an"
            who = framed[1] or framed_speaker(art, n, last, last_sent)
            if who is not None:
                # the phrase before the colon too, as annotators mark it ("Seine Meinung")
                mention = [who] + ([framed[2]] if len(framed) > 2 and framed[2] != who else [])
                new.append(Found([framed[0]], "free_indirect", [], mention, art.span(s, e), confidence=0.5))
                last, last_sent = new[-1], n
                continue
        if not reportive(art, s, e) and not past_report(art, s, e, last, n - last_sent):
            continue
        # near the last statement (Konjunktiv I sentences further away were measured to cost more)
        near = last is not None and n - last_sent <= FREE_INDIRECT_GAP \
            and toks[s].para - toks[art.sents[last_sent][0]].para <= 1
        if not near and n > 0 and n - 1 not in by_sent:
            last, last_sent, near = after_plain_sentence(art, n, last, last_sent)
        if not near and not (last is not None and reportative_soll(art, s, e) and n - last_sent <= SOLL_GAP):
            continue
        last = own_speaker_or(art, n, last)
        piece = art.content_span(s, e)
        own = own_frame(art, s, e)  # the sentence names its own source: "Weingart blieb hart: …", "aus Koalitionskreisen"
        if own is not None:
            new.append(Found([own[0]], "free_indirect", [], [own[1]], art.span(s, e), unattributed=own[2], confidence=0.5))
            last, last_sent = new[-1], n
            continue
        if piece:
            join_free_passage(art, n, piece, new, last, last_sent)
            last_sent = n
    art.found.extend(new)


def outside_direct(art: Article) -> list[tuple[int, tuple[int, int]]]:
    """The sentences (index, token span) but those that lie wholly inside a direct statement's quotation, not its
    first: "Zu Recht. Ich wäre es an ihrer Stelle auch." (an interview answer) is the speaker's own words, its
    Konjunktiv no report going on."""
    # (sentences run in text order, so their starts and ends both rise: those a piece holds are one run, found
    # by bisection, not by a pass over all sentences for each piece)
    starts = [art.toks[s].b for s, _ in art.sents]
    ends = [art.toks[x - 1].e for _, x in art.sents]
    inside = set()
    for f in art.found:
        if f.kind == "direct":
            for b, e in f.quote:
                inside.update(range(bisect_right(starts, b), bisect_right(ends, e)))
    return [(n, se) for n, se in enumerate(art.sents) if n not in inside]


def join_free_passage(art: Article, n: int, piece: Span, new: list[Found], last: Found, last_sent: int) -> None:
    """Sentence n (its content ``piece``) goes on with the statement ``last``: it joins the free indirect
    passage of the sentence before when that passage is last's and in the same paragraph."""
    toks = art.toks
    s, e = art.sents[n]
    prev = new[-1] if new else None
    if prev is not None and last_sent == n - 1 and prev.speaker_mention == last.speaker_mention \
            and toks[s].para == toks[first_tok_at(art, prev.quote[-1][0])].para:
        prev.quote.append(piece)  # consecutive sentences of one free indirect passage
        prev.frame = (prev.frame[0], art.span(s, e)[1])
    else:
        new.append(Found(quote=[piece], kind="free_indirect", cue=[], speaker_mention=list(last.speaker_mention),
                         frame=art.span(s, e), unattributed=not last.speaker_mention, confidence=0.5))


def open_report_of(art: Article, here: list[Found], s: int, e: int) -> Found | None:
    """The last indirect or reported statement of a sentence whose statements name no speaker, when
    it names its source by a word ("hieß es", "demnach", "Berichten zufolge") and is the sentence's
    own report (sentence_report). With no source word at all the owner is mostly someone the reader
    missed, and a quotation with no speaker is mostly a title or a scare quote: nothing a next
    sentence should go on with."""
    return next((f for f in reversed(here) if f.kind in ("indirect", "free_indirect", "reported")
                 and f.speaker_mention and sentence_report(art, f, s, e)), None)


def sentence_report(art: Article, f: Found, s: int, e: int) -> bool:
    """Is f the sentence's own report ("Demnach habe …", "Wie es hieß, sei …", "Berichten zufolge …"),
    not one held in a source noun that the main clause only speaks about ("Spekulationen, wonach …,
    konnte der Minister nicht bestätigen", "Gerüchte, denen zufolge …, wies X zurück")? There the
    cue opens a clause right after the noun and its comma; the next sentence goes on with the
    narrator, or with someone named, never with the noun."""
    toks = art.toks
    if not f.cue:
        return True
    after = next((t for t in toks[s:e] if t.b >= f.speaker_mention[0][1]), None)
    return not (after is not None and after.text == "," and after.i + 1 < e
                and any(b <= toks[k].b < end for k in range(after.i + 1, min(after.i + 4, e)) for b, end in f.cue))


def goes_on_unnamed(art: Article, n: int, open_sent: int) -> bool:
    """Sentence n goes on with the unnamed report of the sentence right before, in its paragraph: a
    sentence with a Konjunktiv I form, which only reported speech uses ("Die Kosten lägen …" is no
    such form: it is also the hypothetical)."""
    s, e = art.sents[n]
    return n - open_sent == 1 and art.toks[s].para == art.toks[art.sents[open_sent][0]].para \
        and konjunktiv_one(art, s, e) and art.content_span(s, e) is not None


def unnamed_report_goes_on(art: Article, n: int, report: Found, new: list[Found]) -> Found:
    """"Wie es hieß, bleibe die Brücke gesperrt. Eine Umleitung sei ausgeschildert.": sentence n goes
    on with the report whose source is only a word ("es", "demnach", "Berichten"), with that word;
    the statement it now belongs to."""
    s, e = art.sents[n]
    if new and new[-1] is report:
        report.quote.append(art.content_span(s, e))  # one passage, as annotators mark it
        report.frame = (report.frame[0], art.span(s, e)[1])
        return report
    new.append(Found(quote=[art.content_span(s, e)], kind="free_indirect", cue=[],
                     speaker_mention=list(report.speaker_mention), frame=art.span(s, e),
                     unattributed=True, confidence=0.4))
    return new[-1]


def report_goes_on(art: Article, here: list[Found], n: int, last: Found | None, last_sent: int) -> list[Found]:
    """The statements of sentence n, none when all of them are a thing speaking in the Konjunktiv I
    (thing_in_konjunktiv) right after the statement ``last`` of sentence last_sent, in its paragraph or the
    next: then they leave art.found, and the sentence goes on with the report before as free indirect speech."""
    s, e = art.sents[n]
    if not here or last is None or n - last_sent > FREE_INDIRECT_GAP \
            or art.toks[s].para - art.toks[art.sents[last_sent][0]].para > 1 \
            or not all(thing_in_konjunktiv(art, f, s, e) or frame_in_konjunktiv(art, f, s, e) for f in here):
        return here
    art.found = [f for f in art.found if all(f is not g for g in here)]
    return []


def thing_in_konjunktiv(art: Article, f: Found, s: int, e: int) -> bool:
    """A statement found in sentence s..e whose cue verb is a finite Konjunktiv I of the main clause and
    whose subject is no one who can speak ("Der Entwurf rechne mit Einnahmen, die …", "Die Studie zeige,
    dass …"): the Konjunktiv says someone reports it, the thing is only spoken of; the sentence goes on
    with the statement before it (free indirect speech), it says nothing of its own."""
    toks = art.toks
    if f.kind not in ("reported", "indirect") or not f.cue or not f.speaker_mention:
        return False
    v = first_tok_at(art, f.cue[0][0])
    if v is None or not (s <= v < e) or "FIN" not in toks[v].tag or not toks[v].konj or konjunktiv_two(toks[v].low) \
            or art.in_subordinate(v, s):
        return False
    who = f.speaker_mention[0]
    return not agentive(art, who) and not any(t.low in ("man", "es", "das", "dies") or t.tag in ("PPER", "PIS", "PDS")
                                              for t in tokens_in(art, who))


def frame_in_konjunktiv(art: Article, f: Found, s: int, e: int) -> bool:
    """A statement with no speaker whose frame is an agentless main clause in the Konjunktiv I ("Den
    Helfern sei abgeraten worden, …", "Ihm werde vorgeworfen, …"): the Konjunktiv says the frame
    itself is reported, so the whole sentence goes on with the statement before it. The cue must be
    the main clause's or stand in a clause it governs ("Neu sei, dass der Bürgermeister anordne, …"):
    a cue in a relative clause has a speaker of its own ("…, von denen man glaube, dass …"), and the
    main clause is then only the narrator's."""
    if f.kind not in ("reported", "indirect") or f.speaker_mention or not f.quote:
        return False
    toks = art.toks
    if any(in_relative_clause(art, k, s) for k in range(s, e) for b, end in f.cue if b <= toks[k].b < end):
        return False
    start = f.quote[0][0]  # the frame comes first, its cue after the verb ("sei … abgeraten worden, …")
    return any("FIN" in t.tag and t.konj and t.quote < 0 and not konjunktiv_two(t.low) and t.e <= start
               and all(t.e <= b < start for b, _ in f.cue) and not art.in_subordinate(t.i, s)
               for t in toks[s:e])


def sentence_frame(art: Article, s: int, e: int, here: list[Found]) -> tuple | None:
    """The sentence's own frame ("Sein Fazit: …"). Where the sentence holds only a position read from
    the words before its colon ("Die Kritik von X an Y fiel deutlich aus: …"), the frame that names
    its speaker, so that what follows the colon is that speaker's statement too."""
    if not here:
        return header_frame(art, s, e) or konjunktiv_colon(art, s, e) or konjunktiv_comma(art, s, e) \
            or inverted_frame(art, s, e) or view_frame(art, s, e)
    if any(f.kind != "reported" for f in here):
        return None
    # (a reported statement before the colon: "Kein gutes Haar ließ X an dem Papier: Es opfere …")
    framed = header_frame(art, s, e) or konjunktiv_colon(art, s, e)
    return framed if framed and framed[1] and framed[0][0] >= max(b for f in here for _, b in f.quote) else None


def framed_speaker(art: Article, n: int, last: Found | None, last_sent: int) -> Span | None:
    """Whose words a header or colon frame without an owner gives in sentence n: the one the
    sentence before introduces ("Landesrätin X reagierte prompt. Ihre Antwort: …"), else the
    speaker of a statement at most two sentences back."""
    between = introduced_speaker(art, n - 1) if n > 0 and n - last_sent >= 2 else None
    if between is not None:
        return between
    return last.speaker_mention[0] if last is not None and n - last_sent <= 2 and last.speaker_mention else None


def take_speaker_before(art: Article, f: Found, n: int, last: Found | None) -> None:
    """A statement with no frame of its own (sentence n) takes the speaker of the statement just
    before, else the one the sentence before introduces ("Die Anwohnerin Gisela Brauckmann sammelt
    Unterschriften. Ihr Appell: «…»"); a document phrase it names ("In einer Stellungnahme hieß
    es") stays as a second mention, as annotators mark it."""
    toks = art.toks
    topic = introduced_speaker(art, n - 1) if n > 0 and last is None else None
    if last is not None and last.speaker_mention:
        f.speaker_mention = list(last.speaker_mention) + [m for m in f.speaker_mention if m not in last.speaker_mention]
        f.unattributed, f.confidence = False, 0.6
    elif topic is not None and toks[art.sents[n][0]].para - toks[art.sents[n - 1][0]].para <= 1:
        f.speaker_mention = [topic] + f.speaker_mention
        f.unattributed, f.confidence = False, 0.5
    else:
        f.unattributed = True


def after_plain_sentence(art: Article, n: int, last: Found | None, last_sent: int) -> tuple[Found | None, int, bool]:
    """Sentence n after a sentence without a statement: a Konjunktiv I sentence (after_one_sentence)
    or a reportive "soll … haben" after a body's action (body_before_soll) takes its speaker from
    there; (statement it continues, its sentence, whether it continues one)."""
    s, e = art.sents[n]
    if konjunktiv_one(art, s, e):
        return after_one_sentence(art, n, last, last_sent)
    body = body_before_soll(art, n) if reportative_soll(art, s, e) else None
    if body is not None:
        return Found([], "free_indirect", [], [body], body), n - 1, True
    return last, last_sent, False


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


# the pronoun that takes up a noun phrase by its article: "die Polizei … sie", "der Konzern … er"
PRONOUN_OF_ARTICLE = {"der": "er", "ein": "er", "die": "sie", "eine": "sie", "das": "es"}


def body_before_soll(art: Article, n: int) -> Span | None:
    """"Die Staatsanwaltschaft hat Anklage erhoben. Er soll Gelder veruntreut haben.": a reportive
    "soll … haben" sentence n right after a sentence whose subject is a body (police, prosecutors,
    authorities) reports what that body says. None when the sentence before has no such subject,
    or when the "soll" sentence's pronoun subject takes that body up ("Die Firma meldete Insolvenz
    an. Sie soll Schulden haben": the firm is spoken of, not speaking) - a pronoun agrees with the
    body's article. A person before "soll" is mostly the one accused, never the source."""
    toks = art.toks
    topic = introduced_speaker(art, n - 1)
    s, e = art.sents[n]
    if topic is None or toks[s].para - toks[art.sents[n - 1][0]].para > 1:
        return None
    words = tokens_in(art, topic)
    head = next((t for t in words if t.cap and t.tag.startswith("NN")), None)  # "Mitglieder einer Gruppe": members
    if head is None or not is_institution_word(head.text, "de"):
        return None
    soll = next((t.i for t in toks[s:e] if t.low in MODAL_REPORT and t.quote < 0), None)
    subject = art.subject(soll, s, e) if soll is not None else None
    said = tokens_in(art, subject) if subject is not None else []
    ps, pe = art.sents[n - 1]
    verb = next((t for t in toks[ps:pe] if "FIN" in t.tag and t.quote < 0 and topic[1] <= t.b or t.i == pe - 1), None)
    plural_topic = verb is not None and (verb.low.endswith("n") or verb.low in ("sind", "waren"))
    if len(said) == 1 and said[0].low == PRONOUN_OF_ARTICLE.get(words[0].low) \
            and plural_topic == (toks[soll].low == "sollen"):
        return None  # the pronoun agrees with the body in gender and number: it is spoken of
    return topic


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


def colon_frame(art: Article, s: int, e: int, pronoun: bool = False) -> tuple[Span, Span] | None:
    """(content, subject) of "<subject> <verb> …: <content>" when the subject names someone, or
    (``pronoun``) is "er"/"sie" ("Er selbst nahm es mit Humor: …"), whom the resolver looks up."""
    k = next((i for i in range(s + 2, e - 1) if art.toks[i].text == ":" and art.toks[i].quote < 0), None)
    v = next((i for i in range(s, k) if "FIN" in art.toks[i].tag), None) if k is not None else None
    who = frame_subject(art, v, s, k) if v is not None else None  # (also "Begrüßt wurde das von X: …")
    if v is not None:
        who = reaction_from(art, s, v, k) or who  # "Unterstützung bekam sie von Kämmerer X: …"
    if who is not None and not names_someone(art, who):
        first = art.toks[first_tok_at(art, who[0])] if pronoun else None
        who = art.span(first.i, first.i + 1) if first is not None and first.tag == "PPER" and first.low in ("er", "sie") else None
    piece = art.content_span(k + 1, e) if who is not None else None
    return (piece, who) if piece else None


def view_frame(art: Article, s: int, e: int) -> tuple[Span, Span] | None:
    """(content, holder) of "Für Landrat X steht fest: Die Schule bleibt offen.": a view held "für"
    someone before a colon, with words of the holder's after it that no quotation marks set off
    (direct.view_holder, strictly: "Für X ist es die dritte Amtszeit: …" is narration)."""
    toks = art.toks
    k = next((i for i in range(s + 2, e - 1) if toks[i].text == ":" and toks[i].quote < 0), None)
    v = next((i for i in range(s, k) if "FIN" in toks[i].tag and toks[i].quote < 0), None) if k is not None else None
    if v is None or any(t.quote >= 0 for t in toks[k + 1:e]):
        return None  # (a quotation after the colon is direct.py's)
    who = view_holder(art, s, v, k, strict=True)
    piece = art.content_span(k + 1, e) if who is not None else None
    return (piece, who) if piece else None


def konjunktiv_comma(art: Article, s: int, e: int) -> tuple[Span, Span] | None:
    """"Matuschek blieb dabei, die Pacht werde steigen": a named subject, an indicative main clause
    and after its comma a verb-second clause in the Konjunktiv I: the subject's words, whatever the verb."""
    toks = art.toks
    k = next((i for i in range(s + 2, e - 2) if toks[i].text == "," and toks[i].quote < 0), None)
    if k is None or toks[s].low in SUBORDINATORS or toks[k + 1].tag.startswith(("KO", "PREL", "PW", "APPR")) \
            or toks[k + 1].low in SUBORDINATORS or not konjunktiv_one(art, k + 1, e) or reportive(art, s, k):
        return None
    v = next((i for i in range(s, k) if "FIN" in toks[i].tag), None)
    if v is None or v - s > 6 or not any("FIN" in t.tag and t.konj for t in toks[k + 2:min(e, k + 8)]):
        return None
    who = art.subject(v, s, k)
    piece = art.content_span(k + 1, e) if who is not None and names_someone(art, who) else None
    return (piece, who) if piece else None


# what may follow the subject of an inverted frame before the sentence ends ("…, beginnt er leise.",
# "…, winkt sie ab.", "…, fährt der 62-Jährige fort.")
FRAME_TAIL_TAGS = ("ADV", "ADJD", "PTKVZ", "APPR", "PTKNEG")


def inverted_frame(art: Article, s: int, e: int) -> tuple[Span, Span] | None:
    """"Er wolle niemandem Angst machen, beginnt er.", "Das sei alles halb so wild, winkt die Wirtin ab.":
    a verb-second clause in the Konjunktiv I fills the prefield of the last clause, whose finite verb
    follows the comma with its subject after it and nothing but adverbs or its particle to the end: that
    verb frames the clause before it, whatever the verb (German word order makes it the frame; the
    lexicon need not know "beginnen", "lachen" or "abwinken" as speech verbs). Not after a subordinate
    clause ("Wenn es so sei, beginnt die Sitzung später": its prefield is a condition, not words)."""
    toks = art.toks
    # (the comma before the verb, not one of an apposition after its subject: "…, beruhigte der Leiter der Anlage, X.")
    k = next((i for i in range(e - 3, s + 2, -1) if toks[i].text == "," and toks[i].quote < 0
              and toks[i + 1].tag == "VV(FIN)"), None)
    if k is None or any(t.quote >= 0 for t in toks[s:e]) or toks[e - 1].text != ".":
        return None
    v = k + 1
    if toks[v].tag != "VV(FIN)" or toks[v].konj or toks[s].low in SUBORDINATORS or toks[s].tag.startswith("KOUS"):
        return None
    fin = next((i for i in range(s + 1, min(k, s + 6)) if "FIN" in toks[i].tag), None)
    if fin is None or not toks[fin].konj or konjunktiv_two(toks[fin].low) or not konjunktiv_one(art, s, k) \
            or any(t.text in CLAUSE_PUNCT for t in toks[s:k]):
        return None
    who = art.subject(v, v, e)
    if who is None or who[0] < toks[v].e or not agentive(art, who):
        return None
    after = [t for t in toks[v + 1:e - 1] if t.b >= who[1]]
    if any(t.tag not in FRAME_TAIL_TAGS and not (t.tag.startswith("ART") or t.tag == "NN" and toks[t.i - 1].tag.startswith(("APPR", "ART", "ADJ"))) for t in after):
        return None
    piece = art.content_span(s, k)
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
    s, e = art.sents[n]
    if reportive(art, s, e):
        return None
    return main_subject(art, n)


def own_speaker_or(art: Article, n: int, last: Found | None) -> Found | None:
    """The statement sentence n goes on with: its own speaking subject's (speaking_subject) where it
    names one other than last's speaker, else last."""
    who = speaking_subject(art, n)
    if who is None or last is not None and who in last.speaker_mention:
        return last
    return Found([], "free_indirect", [], [who], who)


def speaking_subject(art: Article, n: int) -> Span | None:
    """The subject of sentence n's main clause when that clause is told in the indicative and names
    someone (no "er"/"sie"): "Die Mutter kann nicht glauben, was passiert sei." A Konjunktiv only in
    a clause it governs is that subject's report, not the statement before going on. Not a reportive
    "soll" ("Der Minister soll … haben": the one accused)."""
    toks = art.toks
    s, e = art.sents[n]
    fin = main_finite(art, s, e)
    if fin is None or toks[fin].konj or toks[fin].low in MODAL_REPORT or fin + 1 >= e or not toks[fin + 1].text[0].isalnum():
        return None  # (a verb before a comma ends its clause: "Würde X Waffen einsetzen, würde …")
    clause_end = next((k for k in range(fin + 1, e) if toks[k].text in CLAUSE_PUNCT), e)
    if any("FIN" in t.tag for t in toks[fin + 1:clause_end]):
        return None  # a second finite verb in one clause: the first is a participle ("Der neu entdeckte X habe …")
    if toks[fin].low in PASSIVE_AUX and any("PP" in t.tag for t in toks[fin + 1:clause_end]):
        return None  # a passive's subject is acted on ("X wurde festgenommen, er soll …")
    if clause_end + 1 >= e or toks[clause_end].text != "," or not content_clause(art, clause_end + 1, s):
        return None  # a Konjunktiv after a relative or adverbial clause is no content of the subject's deed
        # ("X besuchte die Baustelle, auf der … gearbeitet werde", "X verließ die Sitzung, ohne dass …"):
        # the report before goes on
    who = main_subject(art, n, fin)
    return who if who is not None and art.text[who[0]:who[1]].lower() not in ("er", "sie") else None


def content_clause(art: Article, c: int, s: int) -> bool:
    """The clause at c, right after the main clause's comma, is one the main clause can take as content
    (the Konjunktiv clauses that follow it belong to it): opened by "dass", "ob", a w-word or with no
    opener ("…, sie habe …"). Not a relative clause, not an adverbial one ("bis", "bevor", "ohne dass",
    "so …, dass", "um zu erfahren, ob …"), not "wo"/"was" after a noun (", nach Berlin, wo er … führe")."""
    toks = art.toks
    op, before = toks[c], toks[c - 2]
    if opens_relative(toks, c - 1) or op.low in SUBORDINATORS or op.tag == "KOUI" or op.low == "so" \
            or op.tag.startswith("APPR") and (toks[c + 1].low in ("dass", "daß") or infinitive_clause(toks, c)) \
            or op.low in ("wo", "was") and before.tag in ("NN", "NE"):
        return False
    return not (op.low in ("dass", "daß") and c > s + 2 and toks[c - 3].low == "so")  # a result: "so stark, dass"


def infinitive_clause(toks: list, c: int) -> bool:
    """The clause at c holds "zu" before an infinitive ("um dort zu erfahren", "ohne zu fragen")."""
    end = next((k for k in range(c, len(toks)) if toks[k].text in CLAUSE_PUNCT or toks[k].sent != toks[c].sent), len(toks))
    return any(toks[k].low == "zu" and toks[k + 1].tag.startswith("V") for k in range(c, end - 1))


def main_finite(art: Article, s: int, e: int) -> int | None:
    """The first finite verb of s..e outside a subordinate clause and outside quotation marks."""
    toks = art.toks
    return next((v for v in range(s, e) if "FIN" in toks[v].tag and toks[v].quote < 0 and not art.in_subordinate(v, s)), None)


def main_subject(art: Article, n: int, fin: int | None = None) -> Span | None:
    """The subject of sentence n's main clause when it names someone who can speak (agentive); fin, its
    finite verb (main_finite) when the caller has it already."""
    toks = art.toks
    s, e = art.sents[n]
    if fin is None:
        fin = main_finite(art, s, e)
    if fin is None:  # HanTa reads a present "beobachtet" as the participle: with no auxiliary it is finite
        fin = next((v for v in range(s + 1, e - 2) if toks[v].tag == "VV(PP)" and toks[v].quote < 0), None)
    who = art.subject(fin, s, e) if fin is not None else None
    if who is not None:  # "Widerspruch kam von Nationalrätin Corinne Aebischer.": article.py's one reader of "N kam von X"
        r, start = reaction_source(art, s, e)
        end = art.np_right(start, e) if r is not None else None
        who = art.with_apposed_name(start, end, e) if end else who
    return who if who is not None and agentive(art, who) else None


# how far the colon may stand: the noun, its owner with a role and a name, the thing it is about and a
# predicate ("Die Kritik von Bürgermeisterin Anna Beispiel an der Kreisumlage fiel deutlich aus: …")
HEADER_WORDS = 16
# a genitive of many unnamed people after a header noun ("Die Sorge vieler Eltern: …")
UNNAMED_MANY_GENITIVE = frozenset("vieler einiger mancher zahlreicher mehrerer aller".split())


def header_frame(art: Article, s: int, e: int) -> tuple | None:
    """(content, owner, phrase) of a sentence that a speech noun heads before a colon: "Sein Fazit: …",
    "Die Forderung der Gewerkschaft: …", "Ihr Appell an die Stadt: …", "Die Botschaft des
    Verbands ist klar: …". The owner is the genitive or "von" phrase after the noun, None when a
    possessive points back to the one named before; with a fourth item, True, when the owner is
    no one who can be named ("Die Sorge der Helfer: Die Vorräte reichten nicht")."""
    toks = art.toks
    k = next((i for i in range(s + 1, min(e - 2, s + HEADER_WORDS)) if toks[i].text == ":" and toks[i].quote < 0), None)
    if k is None or any(t.text in CLAUSE_PUNCT and t.text != ":" for t in toks[s:k]):
        return None
    h = next((i for i in range(s, min(k, s + 3)) if toks[i].cap and toks[i].low in art.cues.colon_heads), None)
    if h is None or any(not (t.low in DETERMINERS or t.tag.startswith("ADJ")) for t in toks[s:h]):
        return None
    piece = art.content_span(k + 1, e)
    if piece is None or e - k < 4 or all(t.quote >= 0 for t in toks[k + 1:e] if t.text not in BREAKS):
        return None  # a quote after the colon is direct.py's
    owner = None
    if h + 1 < k and toks[h + 1].low in ("des", "der", "von", "vom"):
        end = art.np_right(h + 2, k)
        owner = art.with_apposed_name(h + 2, end, k) if end else None
        if owner is None:
            return None
        if not agentive(art, owner):  # "Die Sorge der Helfer: …": unnamed people's words, no one's to carry on
            return (piece, None, art.span(s, k), True) if reportive(art, k + 1, e) else None
    elif h + 1 < k and toks[h + 1].low in UNNAMED_MANY_GENITIVE:  # "Die Sorge vieler Eltern: …"
        return (piece, None, art.span(s, k), True) if reportive(art, k + 1, e) else None
    elif not (h == s or toks[s].low in POSSESSIVES):
        return None  # "Die Botschaft ist klar": whose, the sentence does not say
    return piece, owner or reaction_from(art, s, h, k), art.span(s, k)


def substitute_fins(art: Article, s: int, e: int) -> list | None:
    """The finite verbs of tokens s..e outside quotes when there are some and all are past plurals
    the Konjunktiv II shares (its stand-in where the Konjunktiv I looks like the indicative), else None."""
    fins = [t for t in art.toks[s:e] if "FIN" in t.tag and t.quote < 0]
    return fins if fins and all(past_or_konjunktiv(t.low) for t in fins) else None


def konjunktiv_colon(art: Article, s: int, e: int) -> tuple[Span, Span] | None:
    """"Der Vorstandschef zog eine positive Bilanz: das Geschäft ziehe an": someone named before
    a colon, Konjunktiv content after it."""
    framed = colon_frame(art, s, e, pronoun=True)
    if framed is None:
        return None
    k = next(i for i in range(s, e) if art.toks[i].text == ":" and art.toks[i].quote < 0)
    return framed if reportive(art, k + 1, e) and not reportive(art, s, k) else None


def past_report(art: Article, s: int, e: int, last: Found | None, gap: int) -> bool:
    """A sentence right after a reported statement whose finite verbs are past plurals the
    Konjunktiv II shares ("Die Menschen führen nur mit dem Bus, wenn er komme. Radwege fehlten im
    Norden."): reported speech where the report visibly runs on without a frame, in the sentence
    before it or the one after it (a frameless Konjunktiv sentence); right after a framed
    report the same form is the narrator's past ("X sagte, die Lage sei ernst. Die Gäste gingen
    nach Hause."), and so it is with a time anchor ("Am Montag stiegen die Kurse")."""
    toks = art.toks
    if last is None or gap != 1 or last.kind == "direct" or not last.speaker_mention or not last.quote \
            or toks[s].para != toks[first_tok_at(art, last.quote[-1][0])].para:
        return False
    # the statement before is itself in the Konjunktiv, or its substitute (a report goes on, not a narrator's account)
    if not any(t.konj and t.low not in HYPOTHETICAL or "FIN" in t.tag and past_or_konjunktiv(t.low)
               for q in last.quote for t in tokens_in(art, q)):
        return False
    fins = substitute_fins(art, s, e)
    if fins is None or any(art.verb_cue(t.i, s, e) for t in fins):
        return False
    n = toks[s].sent
    if not (frameless_report(art, n - 1, s) or n + 1 < len(art.sents) and frameless_report(art, n + 1, s)):
        return False
    return not any(t.low in TIME_ANCHORS or t.low in MONTHS or t.tag == "CARD" and t.low.isdigit() for t in toks[s:e])


def frameless_report(art: Article, n: int, s: int) -> bool:
    """Is sentence n, in the paragraph of token s, in the Konjunktiv with no statement of its own
    found (no frame naming a speaker)?"""
    toks = art.toks
    b, e = art.sents[n]
    if toks[b].para != toks[s].para:
        return False
    begin, end = toks[b].b, toks[e - 1].e
    return reportive(art, b, e) and not any(begin <= f.quote[0][0] < end for f in art.found if f.quote)


def agentive(art: Article, span: Span) -> bool:
    """Someone who can speak: "er"/"sie", a name, a role ("Dekan Berg") or a body ("Die
    Regierung"); not "Der Verkauf der Lebensmittel" or "Alle Opfer"."""
    words = tokens_in(art, span)
    if len(words) == 1 and words[0].low in ("er", "sie"):
        return True
    lex = lexicon("de")
    return any(t.tag == "NE" or t.cap and (role_word(t.text, lex) or is_institution_word(t.text, "de")) for t in words)


def reportative_soll(art: Article, s: int, e: int) -> bool:
    """"Er soll … geplant haben": "soll(en)" with a perfect infinitive reports a claim, and so does
    "soll(en)" with the copula "sein" closing the clause ("Er soll resistent sein", "Hintergrund sollen
    Abschreibungen sein"; not the possessive: "soll sein Amt antreten")."""
    toks = art.toks
    has_soll = any(t.low in MODAL_REPORT and t.quote < 0 for t in toks[s:e])
    return has_soll and any(t.low in ("haben", "sein") and t.quote < 0 and t.i > s
                            and (toks[t.i - 1].tag.startswith("V") or t.low == "sein" and copula_closes(toks, t.i, e))
                            for t in toks[s:e])


def copula_closes(toks: list, i: int, e: int) -> bool:
    """The "sein" at i closes its clause (a punctuation mark or a verb follows): the copula, not
    the possessive before its noun."""
    return i + 1 >= e or not toks[i + 1].text[0].isalnum() or toks[i + 1].tag.startswith("V")


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
