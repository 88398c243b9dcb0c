"""German direct quotes: a quotation with its frame before, after or around it («…», sagte X.
X erklärte: «…»), partial quotes inside a cue sentence and "hieß es" without a speaker."""
from __future__ import annotations

import re

from ..actors import lexicon, role_word
from ..actors.lexicon import word_set
from ..actors.words import subordinators
from ..model import Found, Span
from ..quotes import Quote
from .article import Article, conjunct_of, tokens_in
from .continuation import after_frame
from .cues import IT_SAYS, SpellingSet, is_source_noun, source_goes_on
from .mentions import names_someone
from .nlp import past_or_konjunktiv
from .subject import frame_subject, reaction_from, verb_second_frame
from .tokens import (
    BREAKS,
    CLAUSE_PUNCT,
    DETERMINERS,
    GENITIVE,
    HYPOTHETICAL,
    LASSEN,
    OBJECT_DETERMINERS,
    PARTIAL_INTRO,
    PARTIAL_VERBS,
    PASSIVE_AUX,
    PERFECT_HABEN,
    POSSESSIVES,
    PRESENT_ANCHORS,
    QUOTE_CHARS,
    RELATIVE,
    SENT_PUNCT,
    SUBORDINATORS,
    retag_finite,
)


def frame_after(art: Article, q: Quote, open_i: int, close_i: int, s0: int, words: list[str], qtext: str, final: bool):
    """A frame after the quote: «…», sagte Putin.  /  «…», so Ute Bader.  /  „…“ sagte er.
    (cue spans, speaker, frame) or None, and the cue token it takes (for used_cues), or None.
    ``final``: clause_final_verb right after the quotation."""
    toks = art.toks
    found = taken = None
    # after: «…», sagte Putin.  /  «…», so Ute Bader.  /  „…“ sagte er.
    k = close_i + 1
    if k < len(toks) and (toks[k].text == "," or toks[k].text in DASHES and (k + 1 < len(toks) and toks[k + 1].low == "so"
                                                                            or dashed_frame(art, k))):
        # ("«…» – so die Sprecherin": a dash before "so" stands for the comma, and so do the dashes of a
        # frame inserted into a quotation: "„A“ – sagte X – „B“")
        k += 1
        if k + 3 < len(toks) and toks[k].low == "mit" and toks[k + 2].low == "worten":
            k += 3  # "«…», mit diesen Worten meldete er sich zurück"
    elif final:
        k += 2  # "Er werde X „bis zur letzten Instanz“ anfechten, kündigte Y an": the quote's clause ends with its verb
    elif not (k < len(toks) and (toks[k].tag.startswith("VV") or toks[k].low == "so"
                                 or toks[k].low in PASSIVE_AUX and toks[k].sent == toks[close_i].sent)
              and (len(words) >= 3 or qtext[-1:] in "!?.")):
        k = len(toks)  # („…“ so das Fazit der Betreiber / „…“ wird der Minister zitiert)
    if k < len(toks) and toks[k - 1].text == "," and toks[k].sent == toks[close_i].sent \
            and (conjunct_of(art, k)[0] == k or toks[k].low in ("und", "sowie") and open_i > s0):
        k = len(toks)  # "«…», und Marquardt nannte die Linie «…»": a main clause of its own follows, no frame;
        # "sagte, X müsse «…», und forderte Y": a quote inside the sentence, the subject's next predicate after it
    if k + 1 < len(toks) and toks[k].low == "so" and toks[k + 1].low in PERFECT_HABEN | PASSIVE_AUX \
            and toks[k + 1].sent == toks[close_i].sent:
        k += 1  # "«…», so hatte es X im März formuliert": the perfect frame, "so" for the quotation
    if k < len(toks):
        se, ee = art.sentence_of(k)
        if toks[k].low == "so" and art.np_right(k + 1, ee):
            end = art.np_right(k + 1, ee)
            who = art.with_apposed_name(k + 1, end, ee)  # "«…», so die Chefärztin der Klinik, Ulrike Saathoff."
            found = ([art.span(k, k + 1)], who, (q.open_mark, who[1]))
        else:
            # "wird der Minister zitiert"; "ließ der Verband über seinen Sprecher ausrichten": the cue at the clause end
            # (and the perfect: "«…», hat am Montag im Rathaus die Bürgermeisterin X verkündet")
            reach = ee - k if toks[k].low in PASSIVE_AUX or toks[k].low in LASSEN or toks[k].low in PERFECT_HABEN else 3
            for v in range(k, min(k + reach, ee)):
                if v > k and toks[v].tag == "VV(FIN)" and art.np_right(k, v) == v and toks[k].low not in ("so", "wie"):
                    break  # "„…“, Sander sprach von …": a subject before its verb opens a clause of its own
                if art.verb_cue(v, se, ee):
                    own = art.content_after(v, ee)
                    if own is not None and open_i > s0 and toks[open_i - 1].low not in PARTIAL_INTRO and not any(
                            toks[x].text in CLAUSE_PUNCT and toks[x].quote < 0 for x in range(v + 1, own - 1)):
                        break  # "…: «…», weiter hieß es, dass …": that cue has its own content
                    who = speaker_after_quote(art, v, k, se, ee)
                    who = subordinate_speaker(art, open_i, v) if who is None and v == close_i + 1 else who
                    if who is None and v > k:
                        who_end = art.np_right(k, v)
                        who = art.span(k, who_end) if who_end else None
                    if toks[v].low in IT_SAYS:
                        who = source_of_heisst_es(art, v, se)
                    # a quote that is the end of its clause ("X sei «ein Fehler», sagte Y"): the frame takes the clause
                    begin = toks[s0].b if open_i > s0 and all(t.quote < 0 for t in toks[s0:open_i]) else q.open_mark
                    ce = conjunct_of(art, v)[1]  # (the frame ends with the cue's clause: "…, und B nannte …" is B's)
                    found = ([art.span(v, v + 1)], who, (begin, toks[(ce if ce > close_i else ee) - 1].e))
                    taken = v
                    break
    return found, taken


# clauses that tell what happened (subordinators_de.tsv senses): a condition or a purpose ("Wenn X den Plan „…“
# nennt, irrt sie", "Damit X nicht wieder von „…“ spricht, …", "Bis X … „…“ nennt, …") tells of words not said
TOLD_SUBORDINATORS = subordinators("contrast", "concession", "cause", "time")


def subordinate_speaker(art: Article, open_i: int, v: int) -> Span | None:
    """A quotation inside a subordinate clause whose speech verb v closes it right after the quotation
    ("…, während der Fraktionschef X vor „…“ warnte.", "Während X die Zufahrt als „…“ bezeichnete, …"):
    the subject after the subordinator speaks, the clause's own voice, not the main clause's."""
    toks = art.toks
    b, _ = conjunct_of(art, open_i)
    if not (v + 1 < len(toks) and toks[v + 1].text in BREAKS and toks[b].low in TOLD_SUBORDINATORS and b + 1 < open_i):
        return None
    end = art.np_right(b + 1, open_i)
    if end is None or toks[end - 1].quote >= 0:
        return None
    who = art.with_apposed_name(b + 1, end, open_i)
    return who if names_someone(art, who) else None


def frame_after_piece(art: Article, q: Quote, open_i: int, close_i: int, s0: int, words: list[str], qtext: str):
    """frame_after; but a quotation that a clause-final verb follows is a piece of that clause, so the frame
    reports the whole clause (framed_clause) or nothing of it: where the clause is none it reports ("Der Kanzler
    hat die Reform „alternativlos“ genannt, sagte X": the word is the Kanzler's, the clause has a speech verb of
    its own), the quoted piece is not the frame's speaker's own words. (found, clause): the clause where it
    was read here (found, and a clause-final verb), else None (direct_quotes reads it then)."""
    final = clause_final_verb(art.toks, close_i + 1, close_i)  # (read once: frame_after asks it too)
    found, taken = frame_after(art, q, open_i, close_i, s0, words, qtext, final)
    clause = framed_clause(art, open_i, close_i, found[0], found[2]) if found is not None and final else None
    if found is not None and final and clause is None:
        return None, None  # (the cue stays free: it frames the clause in indirect speech, as indirect.py reads it)
    if taken is not None:
        art.used_cues.add(taken)
    return found, clause


def speaker_after_quote(art: Article, v: int, k: int, se: int, ee: int) -> Span | None:
    """The speaker of the cue v in the frame that opens at k after a quotation: the subject, a
    passive's "von" agent, the one quoted after "zitierte man", or after "so" the one named after the
    verb ("«…», so hatte es Ministerin X im März formuliert")."""
    toks = art.toks
    a, passive = art.anchor(v, se)
    who = art.passive_speaker(v, a, se, ee) if passive else art.subject(a, se, ee)
    # (after "so", and where the cue's participle opens the frame: "«…» Versprochen hat das am Samstag Landesrat X")
    inverted = verb_second_frame(art, a, se, ee) if "so" in (toks[k].low, toks[k - 1].low) \
        else verb_second_frame(art, v, se, ee) if v == k and toks[v].tag == "VV(PP)" else None
    if inverted is not None and inverted[2] is not None:
        who = inverted[2]
    if passive and who is None:
        who = art.passive_agent(se, ee)  # "«…» wird von Fachleuten als … bezeichnet"
    if not passive and toks[v].stem == "zitier" and who and art.text[who[0]:who[1]].lower() == "man":
        # "«…», zitierte man Tomas Vell": the one quoted is the speaker
        m = next((x for x in range(v + 1, ee) if toks[x].low == "man"), None)
        end = art.np_right(m + 1, ee) if m is not None else None
        who = art.span(m + 1, end) if end else None
    return who


FRAME_WORDS = 8  # a frame between a comma and a quotation: "…, sagte die Ärztin am Montag in Kreiselbach, „…“"


def frame_before(art: Article, q: Quote, open_i: int):
    """A frame before the quote: Kuleba erklärte: «…»  /  sagte Biden: «…». (cue spans,
    speaker, frame) or None."""
    toks = art.toks
    found = None
    j = open_i - 1
    if j >= 0 and toks[j].text in (":", ",") and toks[j].sent == toks[open_i].sent or (j >= 0 and toks[j].text == ":"):
        ss, se = art.sentence_of(j)
        c = art.clause_start(j, ss) if toks[j].text == "," else ss
        # (after a comma the frame is the clause before it, its cue first and a time or place after the speaker:
        # "…, sagte sie am Montag, „…“"; a few words only)
        said = len(art.text[q.start:q.end].split()) >= 3  # (a quoted word after a comma is an attribute: "den spröden, „preußischen“ X")
        stop = ss - 1 if toks[j].text == ":" else max(ss - 1, c - 1, j - FRAME_WORDS) \
            if toks[c].tag.startswith("VV") and said else max(ss - 1, j - 4)
        if toks[j].text == ",":  # „…“, sagte X am Montag, „…“: a quotation its cue interrupts is one statement
            stop = min(stop, next((x for x in range(j - 1, ss - 1, -1) if toks[x].text in QUOTE_CHARS
                                   and toks[x + 1].text == ","), stop))
        for v in range(j - 1, stop, -1):
            if art.verb_cue(v, ss, j) and not art.in_subordinate(v, ss) and not fronted_subclause(art, v, ss, j):
                # ("Bestätigt hat das am Montag ihr Anwalt X: «…»", "Zurückgewiesen wurde die Drohung von
                # Landesrat X: «…»", "Die Drohung wurde von X zurückgewiesen: «…»")
                who = frame_subject(art, v, ss, j)
                if toks[v].low in IT_SAYS:
                    who = source_of_heisst_es(art, v, ss)
                elif who is None and v > ss and toks[v - 1].text == ",":
                    who = apposed_subject(art, v, ss)
                # (the frame begins with the cue's own main clause: "A lobte X, und B erklärte: «…»")
                found = ([art.span(v, v + 1)], who, (toks[conjunct_of(art, v)[0]].b, q.close_mark + 1))
                own = art.content_after(v, j) if toks[j].text == ":" else None
                if own is None or own >= j:
                    art.used_cues.add(v)  # (a cue with a content clause of its own before the colon frames that too:
                    # "erklärte, man gebe nur Kosten weiter: «…»", indirect.sentence_rules)
                break
    return found


def fronted_subclause(art: Article, v: int, ss: int, j: int) -> bool:
    """"Während X jubelte, haderte Y: «…»": the cue stands in a subordinate clause opening the
    sentence, and the main clause's verb follows it: the quote is the main clause's."""
    toks = art.toks
    c = art.clause_start(v, ss)
    return (toks[c].tag == "KOUS" or toks[c].low in SUBORDINATORS) and any(
        toks[x].text == "," and "FIN" in toks[x + 1].tag for x in range(v + 1, j - 1))


def apposed_subject(art: Article, v: int, ss: int) -> Span | None:
    """"…, die Sprecherin der Fraktion, Sandra Boser, erklärte: «…»": a second main clause whose
    subject and its apposition stand between commas before the verb; the name next to the verb."""
    toks = art.toks
    st = v - 2
    while st > ss and toks[st - 1].text != ",":
        st -= 1
    if st <= ss or any("FIN" in t.tag or t.quote >= 0 for t in toks[st:v]) or toks[st].low in OBJECT_DETERMINERS:
        return None
    end = art.np_right(st, v - 1)
    return art.span(st, end) if end == v - 1 else None


def colon_frame(art: Article, q: Quote, open_i: int, words: list[str]):
    """A colon before the quote without a cue verb: "…, so Tomas Vell weiter: «…»", the subject
    of the colon clause, or a name and a colon. (cue spans, speaker, frame) or None."""
    toks = art.toks
    found = None
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
        if fin is not None and "FIN" in toks[fin].tag:
            fin = art.main_clause_verb(ss, open_i - 1)  # not the verb of a "Während …" clause
        elif fin is None:
            fin = verb_before_colon(art, ss, open_i - 1)
            if fin is not None:
                retag_finite(toks[fin])
        if fin is not None:
            # (also "Ganz anders sieht es X: «…»"; a view held "für" someone, "Für X steht fest: «…»")
            who = view_holder(art, ss, fin, open_i - 1) or frame_subject(art, fin, ss, open_i - 1)
            who = reaction_from(art, ss, fin, open_i - 1) or who  # "Lob gab es vom Elternbeirat: «…»", as free.colon_frame
            if who and reported_clause(art, ss, open_i - 1):
                # "Queensland sei Neuseeland zu Dank verpflichtet: «…»": the clause is itself
                # reported speech, the quote goes on with its speaker (the one named before)
                who = None
                found = ([], None, (toks[ss].b, q.close_mark + 1))
            elif who:
                found = ([], who, (toks[ss].b, q.close_mark + 1))
        else:
            # "BKA-Präsident Tomas Vell: «…»" / "Vell wörtlich: «…»": a name and a colon
            cs = art.clause_start(open_i - 1, ss)
            source = source_before_colon(art, cs, open_i - 1)
            if source is not None:  # "In den Worten von X: «…»", "Nach Ansicht des Verbands: «…»"
                return [], source or None, (toks[cs].b, q.close_mark + 1)
            while cs + 2 < open_i and toks[cs].tag in ("ADV", "ADJ(D)") and toks[cs + 1].tag in ("ADV", "ADJ(D)", "NN", "NE"):
                cs += 1  # "Ganz anders Kantonsrat Reto Bärtschi: «…»": a contrast before the name
            end = art.np_right(cs, open_i - 1)
            while end is not None and end < open_i - 1 and toks[end].low in AFTER_NAME_BEFORE_COLON:
                end += 1
            pp = None
            if end is not None and end < open_i - 1 and pp_chain_end(art, cs, end, open_i - 1) == open_i - 1:
                # prepositional phrases after the name or noun: "Ilka Marwen zur neuen Lage: «…»",
                # "Ihr Fazit nach einem Jahr im Amt: «…»"
                pp, end = end, open_i - 1
            if end is not None and (end == open_i - 1 or toks[end].text == ",") and toks[cs].low not in OBJECT_DETERMINERS:
                who = art.span(cs, pp if pp is not None else art.np_right(cs, open_i - 1))
                found = ([], speaker_before_colon(art, who), (toks[cs].b, q.close_mark + 1))
    return found


def speaker_before_colon(art: Article, who: Span) -> Span | None:
    """The speaker of the phrase before a colon, or None when it cannot speak. A speech noun with
    an owner ("Die Forderung der IG Metall", "Die Antwort des Ministers", "Das Urteil der Jury des
    Festivals"): the owner when a person, a role or a body, named before or not; none for "Die Bilanz
    des Winters", "Das Motto des Festes". A speech noun alone heads it ("Ihr Fazit", "Fazit"), as does
    a phrase that names someone ("Trainerin X", "Eine Anwohnerin", "Die Polizei"). Not a thing ("Der
    Titel der Ausstellung: «…»", "Die Aufschrift auf dem Plakat": what the quotation names or reads),
    nor a lone name met here first with a phrase of time or place after it ("Hamburg nach dem Sturm
    in der Nacht: «…»": a scene, not "Brenz nach dem Spiel" for a Brenz named before)."""
    words = tokens_in(art, who)
    nouns = [t for t in words if t.tag in ("NN", "NE")]
    if not nouns:
        return speaker_or_none(art, who)
    head, end = nouns[0], words[-1].i + 1
    if head.low in art.cues.colon_heads:
        owner = owner_of(art, head.i, end)
        if owner is not None:  # (read with its article: "der IG Metall", a kind and a name, is a body)
            if not can_speak(art, head.i + 1, owner[1]):
                return None
            # one common noun ("der Kläger", "des Klägers", "der Bürgermeisterin"): the whole phrase,
            # whose owner the resolver names in the nominative, a group or the one named before
            return who if owner[1] == owner[0] + 1 and common_noun(art.toks[owner[0]].text) else art.span(*owner)
        return speaker_or_none(art, who) if header_head(art, who) is not None else None
    if len(words) == 1 and art.toks[end].tag in ("APPR", "APPRART"):
        named = re.search(rf"(?<!\w){re.escape(head.text)}(?!\w)", art.text[: head.b])
        return who if named or head.low in lexicon("de").organisations \
            or head.tag == "NN" and can_speak(art, head.i, end) else None
    return speaker_or_none(art, who) if can_speak(art, words[0].i, end) else None


def owner_of(art: Article, h: int, end: int) -> tuple[int, int] | None:
    """The owner after the noun at h, before token end: "Forderung der IG Metall", "Antwort des
    Ministers", "Forderung von Betriebsrat Kessler" (its tokens, without the article)."""
    if h + 2 > end - 1 or art.toks[h + 1].low not in ("des", "der", "von", "vom"):
        return None
    e = art.np_right(h + 2, end)
    return (h + 2, e) if e and e > h + 2 else None


def common_noun(word: str) -> bool:
    """HanTa reads the word as a common noun ("Kläger", "Klägers", "Trainerin", which the tagger
    may take for a name), not a name ("Verdi")."""
    from ..positions.frames_de import german_noun_lemma  # (HanTa's noun lemma; imported when first needed)
    return bool(german_noun_lemma(word))


def can_speak(art: Article, s: int, e: int) -> bool:
    """Tokens s..e-1 name someone who can speak: a name, a role, a speech noun (speaking_head), a
    body ("die Polizei", names_someone) or people ("Eine Anwohnerin", "des Klägers": a group noun of
    the lexicon, by its lemma; not "Theater" or "Winter" by an ending)."""
    from ..positions.frames_de import people_noun  # (the lexicon's people by lemma; imported when first needed)
    head = next((t for t in art.toks[s:e] if t.tag in ("NN", "NE")), None)
    return head is not None and (speaking_head(art, s, e) or names_someone(art, art.span(s, e))
                                 or people_noun(head.text, "de"))


def pp_chain_end(art: Article, cs: int, k: int, colon: int) -> int | None:
    """Where the prepositional phrases that begin at k, after the phrase cs..k, end: one of them,
    or several, one the object of the one before ("nach einem Jahr im Amt", "auf die Frage nach
    neuen Unterkünften"), only after a name or a speech noun heading the phrase ("Ihr Fazit", "Die
    Antwort der X"), not after a thing ("Der Titel der Ausstellung im Museum am Markt: «…»"). None
    when they do not reach the colon."""
    toks = art.toks
    end, n, first = None, 0, k
    while k < colon and toks[k].tag in ("APPR", "APPRART"):
        nxt = art.np_right(k + 1, colon)
        if not nxt or nxt <= k + 1:
            break
        end, k, n = nxt, nxt, n + 1
    if end != colon or n > 1 and not speaking_head(art, cs, first):
        return None
    return end


def speaking_head(art: Article, cs: int, k: int) -> bool:
    """The phrase cs..k is headed by a name, a role ("Trainerin Maren Sollmann") or a speech noun
    of the lexicon ("Ihr Fazit", "Die Antwort der X"): its first noun."""
    head = next((t for t in art.toks[cs:k] if t.tag in ("NN", "NE")), None)
    return head is not None and (head.tag == "NE" or head.low in art.cues.colon_heads or role_word(head.text, lexicon("de")))


def source_before_colon(art: Article, cs: int, colon: int) -> Span | tuple | None:
    """A source phrase that is the whole colon clause: a preposition, a source noun of the
    lexicon, its owner ("In den Worten von X:", "Aus Sicht des Verbands:"): the owner's span; ()
    for a possessive owner ("In seinen Worten:", the one named before); None for no such phrase."""
    toks = art.toks
    if toks[cs].tag not in ("APPR", "APPRART"):
        return None
    j = cs + 1
    while j < colon and (toks[j].low in DETERMINERS or toks[j].tag == "ADJ(A)"):
        j += 1
    if j >= colon or not is_source_noun(toks[j].text, art.cues):
        return None
    if j + 1 == colon:
        return () if any(toks[x].low in POSSESSIVES for x in range(cs + 1, j)) else None
    k = j + 2 if toks[j + 1].low in ("von", "vom") else j + 1
    end = art.np_right(k, colon)
    return art.span(k, end) if end == colon else None


def verb_before_colon(art: Article, ss: int, colon: int) -> int | None:
    """"Ein Nachbar nickt: «…»": a lower-case "-t" word HanTa did not read as a verb, right between
    the sentence's opening noun phrase and the colon, is its finite verb (the caller corrects its tag)."""
    toks = art.toks
    end = art.np_right(ss, colon)
    if end == colon - 1 and end > ss and toks[end].text.isalpha() and toks[end].text.islower() \
            and toks[end].low.endswith("t") and toks[end].tag in ("ADJ(D)", "VV(PP)", "ADV"):
        return end
    return None


# "Vell wörtlich: «…»", "Pruckner dagegen: «…»": words between a name and its colon
AFTER_NAME_BEFORE_COLON = frozenset("wörtlich dazu zufolge dagegen hingegen jedoch indes indessen allerdings wiederum "
                                    "ebenfalls knapp trocken lakonisch".split())


WORDS_NOUNS = frozenset("worten satz sätzen".split())


def words_frame(art: Article, q: Quote, open_i: int, close_i: int):
    """"Mit den Worten «…» eröffnete X den Parteitag", "X meldete sich mit den Worten: «…»",
    "«…» Mit diesen Worten eröffnete X …": the quote is what the subject of that sentence said.
    (cue spans, speaker, frame) or None."""
    toks = art.toks
    j = open_i - 2 if open_i > 1 and toks[open_i - 1].text == ":" else open_i - 1
    if j >= 2 and toks[j].low in WORDS_NOUNS and toks[j - 2].low == "mit":
        cue = j - 2  # the words stand in the sentence of the quote
    elif close_i + 3 < len(toks) and toks[close_i + 1].low == "mit" and toks[close_i + 3].low in WORDS_NOUNS \
            and toks[close_i + 1].sent != toks[close_i].sent:
        cue = close_i + 1  # the next sentence points back: "Mit diesen Worten …"
    else:
        return None
    ss, se = art.sentence_of(cue)
    fin = next((v for v in range(ss, se) if toks[v].quote < 0 and "FIN" in toks[v].tag
                and not art.in_subordinate(v, ss)), None)
    who = art.subject(fin, ss, se) if fin is not None else None
    if who is None:
        return None
    return [art.span(cue, cue + 3)], who, (min(toks[ss].b, q.open_mark), max(toks[se - 1].e, q.close_mark + 1))


def partial_quote(art: Article, q: Quote, open_i: int, close_i: int, s0: int, e: int, words: list[str]) -> bool:
    """A quote inside a cue sentence ("sprach von einem «guten Zeichen»", "als «falsch»
    zurückgewiesen"): a partial (or, longer, direct) statement of that cue's speaker. True when the
    quote stands inside a sentence (it is then done with, statement or not)."""
    toks = art.toks
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
        # the cue and its speaker are the quote's own clause's ("A sprach von «…», und B nannte es «…»")
        s0, e = own_conjunct(art, open_i, close_i, s0, e)
        cues = [v for v in range(s0, e) if toks[v].quote < 0
                and (v not in art.used_cues or coordinated and v in art.partial_cues) and art.verb_cue(v, s0, e)]
        # the cue nearest before the quote ("bestätigte … nicht und nannte sie „…“"), else the first
        before_cues = [v for v in cues if v < open_i]
        v = before_cues[-1] if before_cues else (cues[0] if cues else None)
        if v is not None and not (toks[v].stem in NAMING_STEMS or toks[v].low == "genannt") \
                and art.content_after(v, e) is None:
            # (a name being given, "„Bruno“ genannt", is no statement; a quote inside a
            # content clause belongs to the indirect statement)
            a, passive = art.anchor(v, s0)
            who = art.passive_agent(s0, e) if passive else art.subject(a, s0, e)
            # a quoted phrase counts when the frame introduces it as words: "als «…»",
            # "von einem «…»", "nannte es «…»", "die Bezeichnung «…»"; longer quotes always
            framed = any(x.low in PARTIAL_INTRO for x in toks[max(s0, open_i - 4):open_i]) \
                or toks[v].stem in PARTIAL_VERBS or len(words) > 3
            # an agentless passive of a verb of describing names the words all the same ("wurde als
            # «dramatisch» bezeichnet"): a partial statement of no one; not a verb that speaks only with
            # someone named ("als «kleineres Übel» unterstützt": a role, no one's words)
            named_as = passive and who is None and toks[open_i - 1].low == "als" and len(words) <= 12 \
                and not ((entry := art.verb_cue(v, s0, e)).named_only or entry.person_only)
            if (who or named_as) and framed:
                found = ([art.span(v, v + 1)], who, art.span(s0, e))
                art.used_cues.add(v)
                art.partial_sentences.add(toks[v].sent)
                art.partial_cues.add(v)  # "skandierten Parolen wie «…» oder «…»": one cue, several quotes
                art.add(list(q.pieces), "partial" if len(words) <= 12 else "direct", found[0], who,
                        found[2], confidence=0.6)
        elif v is None and len(words) <= 12 and (gap := gapped_frame(art, open_i, s0, e)) is not None:
            art.add(list(q.pieces), "partial", [art.span(gap[0], gap[0] + 1)], gap[1], art.span(s0, e), confidence=0.5)
        elif v is None and len(words) <= 12:
            who = judge_of(art, s0, open_i, e)  # "Für den Minister ist die Lage «alarmierend»"
            if who is not None:
                art.add(list(q.pieces), "partial", [], who, art.span(s0, e), confidence=0.5)
        return True
    return False


def own_conjunct(art: Article, open_i: int, close_i: int, s: int, e: int) -> tuple[int, int]:
    """The main clause of the sentence s..e that holds the quote (article.conjuncts); the sentence
    when the quote reaches over a clause's end."""
    b, c = conjunct_of(art, open_i)
    return (b, c) if s <= b <= open_i and close_i < c <= e else (s, e)


# verbs that give a name, no statement: "„Bruno“ genannt", "lautet «…»", "heißt «…»" (either spelling)
NAMING_STEMS = SpellingSet(("laut", "heiß"))
NAME_WORDS = 8  # a quoted name or title is short: "die «Ice Tigers»", "der Studie «Gewalt gegen Kinder»"


def quoted_name(art: Article, open_i: int, close_i: int, s0: int, words: list[str], qtext: str) -> bool:
    """A short quotation inside a sentence that names a thing, not words said: it stands in a noun
    phrase, right after a noun or an article ("die Enzyklika «Deus caritas est» …", "der
    Tabellenführer, die «Eisbären», …", "mit der Studie «Linke Gewalt» verglichen"), begins with a
    capital and does not end a sentence of its own. "sprach von einem «…»" and "mit den Worten «…»"
    stay quotations (their frames introduce words), and so does a lower-case "das Urteil «hart»"."""
    toks = art.toks
    if open_i <= s0 or not words or len(words) > NAME_WORDS or not words[0][:1].isupper():
        return False
    before = toks[open_i - 1]
    if before.tag not in ("NN", "NE", "ART") or before.low in PARTIAL_INTRO | WORDS_NOUNS | {"beispiel"}:
        return False
    if before.tag == "ART" and not (open_i - 2 >= s0 and name_slot(toks[open_i - 2], before)):
        return False  # an article names only in apposition (", die «…»,"); "nennt man einen «…»" is a frame
    if qtext.rstrip()[-1:] in ".!?" or close_i + 1 >= len(toks) or toks[close_i + 1].text == ":":
        return False
    return True


# prepositions of place and company, after which an article and a quotation name a body, a paper or a
# title ("mit dem «Nordkurier»", "in der «Abendpost»"); a speech verb's own preposition ("warnte vor
# einer «…»", "hofft auf eine «…»", "sprach von einem «…»") introduces words
NAME_PREPOSITIONS = frozenset("mit in bei gegenüber aus unter an".split())


def name_slot(prev, article) -> bool:
    """Whether the quotation after ``article`` (the token ``prev`` before it) stands where a name
    does: in apposition after a comma, as a genitive attribute of a noun ("der Chefredakteur der
    «Abendpost»", "Teile des «Gesetzes über …»"), or after a preposition of place or company."""
    return prev.text == "," or prev.tag in ("NN", "NE") and article.low in ("der", "des") \
        or prev.tag == "APPR" and prev.low in NAME_PREPOSITIONS


COPULAS = frozenset("ist sei war sind seien waren wäre wären bleibt bliebe bleiben".split())


def gapped_frame(art: Article, open_i: int, s: int, e: int) -> tuple[int, Span] | None:
    """A second conjunct that leaves out the verb of the first (gapping): "X sprach von «…», der
    Abgeordnete Y von einem «…»", "…, Z hingegen von «…»": after the comma that follows the first
    quote's clause, a subject that names someone, then only adverbs and the preposition of the first
    quote (with its article or adjective) before the quote, no verb. (The first quote's cue, the subject.)"""
    toks = art.toks
    cue = max((c for c in art.partial_cues if s <= c < open_i), default=None)
    if cue is None:
        return None
    k = next((x for x in range(open_i - 1, cue + 1, -1) if toks[x].text == "," and toks[x - 1].text in QUOTE_CHARS), None)
    end = art.np_right(k + 1, open_i) if k is not None else None
    if end is None:
        return None
    who = art.with_apposed_name(k + 1, end, e)
    rest = [t for t in toks[k + 1:open_i] if t.b >= who[1] and t.text != ","]
    first = next((t for t in toks[cue + 1:k] if t.tag.startswith("APPR")), None)
    if first is None or not names_someone(art, who) or any(t.tag.startswith("V") or t.quote >= 0 for t in rest) \
            or not any(t.low == first.low for t in rest) or not all(t.tag in ("ADV", "PROAV", "APPR", "APPRART", "ART", "ADJ(A)", "PIAT") for t in rest):
        return None
    return cue, who


def judge_of(art: Article, s: int, open_i: int, e: int) -> Span | None:
    """"Für den Gesundheitsminister ist die Lage «alarmierend»", "…, war für die Verbände
    «Wortbruch»": the one a "für" phrase before the quote names, in a clause with "sein"."""
    toks = art.toks
    f = next((x for x in range(open_i - 1, s - 1, -1) if toks[x].low == "für" and toks[x].quote < 0), None)
    end = art.np_right(f + 1, open_i) if f is not None else None
    if end is None or not any(t.low in COPULAS and t.quote < 0 for t in toks[s:e]):
        return None
    who = art.span(f + 1, end)
    return who if names_someone(art, who) else None


# the forms of "stehen" that with a word of certainty frame a view ("Für X steht fest: …")
STEHEN = frozenset("steht stand stehe stünde standen stehen".split())
# a personal pronoun after "für" ("Für sie ist klar: …", "Für ihn steht fest: …"), resolved as a subject is
FUER_PRONOUNS = frozenset(("ihn", "sie"))
# negations that turn a word of certainty into its opposite ("ist noch nicht klar", "steht nichts fest")
NOT_CERTAIN = frozenset("nicht nichts nie niemals keineswegs".split())


def view_holder(art: Article, s: int, v: int, k: int, strict: bool = False) -> Span | None:
    """"Für Bürgermeisterin X ist die Sache klar: «…»", "Für den Verband steht fest: …", "Für sie war
    schon damals klar: …": the one the "für" phrase that fills the prefield of the clause before the
    colon at k names, whose words follow the colon. The clause's finite verb v is the copula, or
    "stehen" with a word of certainty (data/certainty_words_de.txt: "steht fest", not "steht ein
    Termin an"). ``strict``, for words without quotation marks: a word of certainty after the copula
    too, and no other verb before the colon ("ist die Sache klar", not "ist es die dritte Amtszeit"
    nor "ist der Termin fest eingeplant")."""
    toks = art.toks
    f = next((x for x in range(s, v) if toks[x].low == "für" and toks[x].quote < 0), None)
    if f is None or f > s and toks[f - 1].text not in DASHES or toks[v].quote >= 0:
        return None
    if toks[v].low not in COPULAS and toks[v].low not in STEHEN:
        return None
    middle = toks[v + 1:k]
    lows = [t.low for t in middle]
    certain = word_set("certainty_words_de.txt")
    # the word of certainty is the predicate closing the clause ("steht fest:", "ist die Sache klar:"), not
    # an adverb inside it ("ist es sicher das letzte Amtsjahr:"), and nothing negates it ("ist noch nicht klar:")
    sure = bool(lows) and (lows[-1] in certain or " ".join(lows[-2:]) in certain) \
        and not any(w in NOT_CERTAIN or w.startswith("kein") for w in lows)
    if (strict or toks[v].low in STEHEN) and not sure:
        return None
    if strict and any(t.tag.startswith("V") or t.text in CLAUSE_PUNCT for t in middle):
        return None
    if f + 2 == v and toks[f + 1].low in FUER_PRONOUNS:
        return art.span(f + 1, v)
    end = art.np_right(f + 1, v)
    if end is None:
        return None
    who = art.with_apposed_name(f + 1, end, v)
    if any(t.b >= who[1] and t.text != "," for t in toks[end:v]) or not names_someone(art, who):
        return None  # (the phrase fills the prefield up to the verb: "Für die Kinder der Ministerin gab es …" no)
    return who


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
        if quoted_name(art, open_i, close_i, s0, words, qtext):
            continue
        found, clause = frame_after_piece(art, q, open_i, close_i, s0, words, qtext)  # (clause: read there if at all)
        if found is None:  # before: Kuleba erklärte: «…»  /  sagte Biden: «…»
            found = frame_before(art, q, open_i)
        if found is None:
            found = colon_frame(art, q, open_i, words)
        if found is None:
            found = words_frame(art, q, open_i, close_i)
        continuation = open_i > s0 and toks[open_i - 1].text == ":" and all(
            x.tag in ("KON", "ADV", "APPRART") or x.low in art.cues.examples for x in toks[s0:open_i - 1])  # "Und: «…»", "Zum Beispiel: «…»"
        resumed = found is None and interrupted(art, qn, open_i, s0)
        if found is None and not continuation and not resumed:
            if partial_quote(art, q, open_i, close_i, s0, e, words):
                continue
        if found is None:
            # a quote of its own (no frame): a full sentence continues the last speaker, and so does
            # the second half of a quote its frame interrupts ("«A», so X, «B»")
            if len(words) < 4 and not resumed and not follow_up(art, open_i, close_i, s0, e, qtext) \
                    or open_i != s0 and toks[open_i - 1].text not in SENT_PUNCT and not continuation \
                    and not resumed:
                continue
            if resumed and art.found and art.found[-1].kind == "direct" and art.found[-1].quote[-1][1] <= q.open_mark:
                prev = art.found[-1]  # the frame between the two halves names the speaker of both
                art.found.append(Found(list(q.pieces), "direct", list(prev.cue), list(prev.speaker_mention),
                                       (q.open_mark, q.close_mark + 1), unattributed=prev.unattributed, confidence=0.8))
                continue
            art.add(list(q.pieces), "direct", [], None, (q.open_mark, q.close_mark + 1), confidence=0.5)
            art.found[-1].unattributed = False  # speaker filled in by free_indirect() when one precedes
            art.inherit.append(art.found[-1])
            continue
        cue, who, frame = found
        host = split_host(art, open_i, close_i, cue, who, s0)
        if host is not None:  # "Den „Blauen Reiter“, glaubt X, kennt jeder": the clause around the frame is X's
            art.add(host, "indirect", cue, who, art.span(*art.sentence_of(close_i)), confidence=0.6)
            continue
        clause = clause or framed_clause(art, open_i, close_i, cue, frame)  # "Die Kosten seien „zu hoch“, räumte X ein"
        f = art.add([clause] if clause else list(q.pieces), "indirect" if clause else "direct", cue, who, frame, confidence=0.9)
        # the frame goes on in indirect speech ("«…», sagte X, derzeit …") or follows it ("X habe …, sagte sie, „…“")
        rest = (indirect_rest(art, cue, who, close_i, e) if open_i == s0 else indirect_before(art, cue, open_i)) \
            if who is not None else None
        if rest is not None:
            art.add([rest], "indirect", cue, who, frame, confidence=0.7)
        if cue and heisst_es(art, cue):
            heisst_es_speaker(art, f, who, by_offset[cue[0][0]])
        elif (who is None or not cue and header_head(art, who) is not None) and not agentless_passive(art, cue, by_offset):
            # "…, und fügt hinzu: «…»", "Ein Beispiel: «…»", "Ihr Appell: «…»": the speaker named before
            art.inherit.append(f)


AGENT_PREPOSITIONS = frozenset(("von", "vom", "durch", "seitens"))


def agentless_passive(art: Article, cue: list[Span], by_offset: dict[int, int]) -> bool:
    """"Der Auftrag war in den Medien als „…“ bezeichnet worden": a speech verb in the passive with
    no agent ("von", "durch") leaves its speaker unnamed; it does not take up the one named before.
    Nor does a clause that names an owner of the words outside the quotation, a possessive or a
    genitive after a noun ("In ihrer Rede wurde betont", "In einer Mitteilung der Landrätin wurde
    betont": r33 reread), count as agentless: the one named before may be that owner."""
    k = by_offset.get(cue[0][0]) if cue else None
    if k is None:
        return False
    s, _ = art.sentence_of(k)
    _, passive = art.anchor(k, s)
    toks = art.toks
    return passive and not any(t.quote < 0 and (t.low in AGENT_PREPOSITIONS or t.tag == "PPOSAT" or t.low in GENITIVE
                                                and t.i > s and toks[t.i - 1].tag in ("NN", "NE"))
                               for t in toks[s:k])


def framed_clause(art: Article, open_i: int, close_i: int, cue: list[Span], frame: Span) -> Span | None:
    """The clause a frame after it reports when a quotation is only a piece of it: "Die Kosten seien
    inzwischen „aus dem Ruder gelaufen“, räumte X ein", "Den Geruch werde man „praktisch auf null“
    senken, versprach X". Words of the clause stand before the quotation (not a dateline's), the
    clause has a finite verb and the frame's cue follows its comma; the statement is then the whole
    clause, as annotators of reported speech mark it, with the quoted words inside."""
    toks = art.toks
    if not cue:
        return None
    s0, e = art.sentence_of(open_i)
    b = art.clause_start(open_i, s0)  # (a clause of its own: "Er habe „…“, die Vorwürfe seien „…“, ließ X ausrichten")
    b = max([b] + [x + 1 for x in range(b, open_i) if toks[x].text in DASHES])  # "MÜNCHEN (dpa) - …"
    v = next((t.i for t in toks[close_i:e] if t.b == cue[0][0]), None)
    c = next((x for x in range(close_i + 1, v) if toks[x].text == ","), None) if v is not None else None
    if c is None or b >= open_i or any(t.quote >= 0 or t.text[-1:] in SENT_PUNCT for t in toks[b:open_i]) \
            or any(t.quote >= 0 or t.text in BREAKS for t in toks[close_i + 1:c]) \
            or not any(t.text[:1].isalnum() for t in toks[b:open_i]) or toks[b].tag.startswith(("PREL", "PW", "KOUS")) \
            or not any("FIN" in t.tag for t in toks[b:c]) \
            or any(toks[x].quote < 0 and art.verb_cue(x, b, c) for x in range(b, c)):
        return None  # (not a relative or subordinate clause, nor one with a speech verb of its own: "der X als „Fest“ bezeichnete")
    return art.content_span(b, c)


def split_host(art: Article, open_i: int, close_i: int, cue: list[Span], who: Span | None, s0: int) -> list[Span] | None:
    """A frame inserted into the clause whose prefield holds the quotation ("Den „Blauen Reiter“,
    glaubt Kurator X, kennt jeder"): words of the prefield before the quotation, the frame between
    commas, and right after it the clause's finite verb, second as in any main clause. The
    quotation is then a name in X's statement, not X's words: the clause around the frame, as
    two pieces (see after_quotation for a cue that frames only a quotation that is the whole prefield)."""
    toks = art.toks
    if who is None or not cue or open_i <= s0 or any(t.text in BREAKS and t.quote < 0 for t in toks[s0:open_i]):
        return None
    v = next((t.i for t in toks if t.b == cue[0][0]), None)
    if v is None or v != close_i + 2 or toks[close_i + 1].text != ",":
        return None
    se, ee = art.sentence_of(close_i)
    k = next((x for x in range(v + 1, ee) if toks[x].b >= who[1]), None)
    if k is None or toks[k].text != ",":
        return None
    b = after_frame(art, k, ee) + 1
    if b >= ee or "FIN" not in toks[b].tag or toks[b].quote >= 0 or any(t.quote >= 0 for t in toks[b:ee]):
        return None
    rest = art.content_span(b, ee)
    return [art.span(s0, close_i + 1), rest] if rest else None


def heisst_es_speaker(art: Article, f: Found, who: Span | None, k: int) -> None:
    """A quotation framed by "es heißt" at k: "In der Erklärung heißt es" names a document, not an
    actor; but "…», hieß es in einer Mitteilung des Verbands" / "hieß es beim Landratsamt": the
    owner speaks, as in indirect speech; "„…“, hieß es weiter": the source before goes on."""
    f.unattributed = who is None or not owned_source(art, who)
    if who is None and source_goes_on(art, k):
        f.unattributed = False
        art.inherit.append(f)


def follow_up(art: Article, open_i: int, close_i: int, s0: int, e: int, qtext: str) -> bool:
    """A short quoted sentence standing alone right after a quoted sentence whose frame named the
    speaker: "«Das Projekt ist tot», sagte X. «Und zwar endgültig.»", "…, sagte sie. «Niemals!»".
    The quote is the whole sentence, ends as a sentence, and the sentence before it holds a quote
    found with its frame; a short quote after narration stays out (a title, a slogan)."""
    if open_i != s0 or s0 == 0 or qtext.rstrip()[-1:] not in ".!?" \
            or any(t.quote < 0 and t.text not in SENT_PUNCT for t in art.toks[close_i + 1:e]):
        return False
    ps, _ = art.sentence_of(s0 - 1)
    prev = art.found[-1] if art.found else None
    return prev is not None and prev.kind == "direct" and prev.speaker_mention != [] \
        and art.toks[ps].b <= prev.quote[-1][0]


def indirect_rest(art: Article, cue: list[Span], who: Span, close_i: int, e: int) -> Span | None:
    """The main clause after the frame of a quote that goes on in reported speech: "«…», sagte
    Ortsvorsteher Rehbein, derzeit engagierten sich 200 Menschen" / "…, so X, man habe …". Its
    finite verb stands second and is a Konjunktiv, or a past plural the Konjunktiv II shares in a
    clause that a present-time word or another Konjunktiv keeps out of the narrator's past;
    a relative clause ("…, sagte X, der … ist") has it last."""
    toks = art.toks
    start = max(who[1], cue[0][1] if cue else who[1], toks[close_i].e)
    c = next((t.i for t in toks[close_i + 1:e] if t.b >= start and t.text == "," and t.quote < 0), None)
    if c is None or c + 3 >= e or toks[c + 1].tag.startswith(("PREL", "PW", "KO")) \
            or toks[c + 1].low in RELATIVE and toks[c + 1].tag != "ART":
        return None
    fin = next((t.i for t in toks[c + 1:e] if "FIN" in t.tag or past_verb(toks, t.i)), None)
    if fin == c + 1 and fin + 1 < e and toks[fin].tag.startswith("V") and fronted_fragment(art, close_i):
        # "«In absehbarer Zeit», so Finanzvorstand Pötsch, wird VW «ein Fahrzeug entwickeln»": the
        # quote was the first constituent, the verb goes on with the speaker's sentence
        return art.content_span(c + 1, e)
    if fin is None or not 1 <= fin - c - 1 <= 6 or fin + 1 >= e or toks[fin + 1].text in BREAKS \
            or any(t.text in CLAUSE_PUNCT or t.quote >= 0 for t in toks[c + 1:fin]):
        return None
    f = toks[fin]
    if not (f.konj and f.low not in HYPOTHETICAL or past_or_konjunktiv(f.low) or past_verb(toks, fin)):
        return None
    if not (f.konj and f.low not in HYPOTHETICAL) and not any(
            t.low in PRESENT_ANCHORS or t.konj and t.low not in HYPOTHETICAL for t in toks[c + 1:e]):
        return None  # a past plural with nothing of the present is the narrator's ("…, sagte X, dann verließen alle den Saal")
    if any(art.verb_cue(x, c + 1, e) for x in range(c + 1, e)) or any(t.quote >= 0 for t in toks[c + 1:e]):
        return None
    return art.content_span(c + 1, e)


def indirect_before(art: Article, cue: list[Span], open_i: int) -> Span | None:
    """The reported clause before a frame that a quotation follows after a comma: "Landrat X habe ihr
    zwar Hilfe zugesagt, sagte sie am Montag, „aber …“": the sentence's words before the cue's comma,
    no quotation among them, with a finite Konjunktiv (its participle may be a speech verb's: what was
    reported is that someone "zugesagt" had)."""
    toks = art.toks
    v = next((t.i for t in toks[:open_i] if t.b == cue[0][0]), None) if cue else None
    if v is None or toks[open_i - 1].text != "," or v < 2 or toks[v - 1].text != ",":
        return None
    s, _ = art.sentence_of(v)
    if any(t.quote >= 0 for t in toks[s:v]) \
            or not any(t.konj and "FIN" in t.tag and t.low not in HYPOTHETICAL for t in toks[s:v]):
        return None
    return art.content_span(s, v - 1)


def fronted_fragment(art: Article, close_i: int) -> bool:
    """The quote closing at close_i is a piece of a sentence, not one: a few words with no finite
    verb and no final punctuation ("«In absehbarer Zeit»")."""
    k = close_i - 1
    while k >= 0 and art.toks[k].quote == art.toks[close_i].quote and art.toks[k].text in QUOTE_CHARS:
        k -= 1
    words = [t for t in art.toks[:close_i] if t.quote == art.toks[close_i].quote and t.text not in QUOTE_CHARS]
    return k >= 0 and art.toks[k].text not in SENT_PUNCT | {",", ":"} and 0 < len(words) <= 6 \
        and not any("FIN" in t.tag for t in words)  # ("«Wir sind bereit», sagte X, lächelte": a clause of its own)


def past_verb(toks: list, i: int) -> bool:
    """A lower-case "-ten" form HanTa reads as an adjective but that a reflexive or an article
    follows: a finite past plural ("derzeit engagierten sich …")."""
    t = toks[i]
    return t.tag == "ADJ(A)" and t.text.islower() and t.low.endswith("ten") and i + 1 < len(toks) \
        and toks[i + 1].tag in ("PRF", "ART", "PPER") and toks[i - 1].low not in DETERMINERS


DASHES = ("–", "-", "—")


def clause_final_verb(toks: list, k: int, close_i: int) -> bool:
    """Token k, right after the quotation closing at close_i, is the verb that ends the quotation's
    clause, and a finite verb opens the frame after its comma: "… „bis zur letzten Instanz“ anfechten,
    kündigte X an". (HanTa reads such an infinitive after a quotation mark as an adjective, so the
    word's place decides: lower-case, not "so"/"wie", comma, finite full verb.) Not a finite verb: that
    ends a subordinate clause, and the main clause after it is one of its own ("Während X … als „…“
    bezeichnete, warnte Y vor …")."""
    return k + 2 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in ("so", "wie") \
        and (toks[k].tag in ("VV(INF)", "VV(PP)", "VV(IZU)") or toks[k].tag.startswith("ADJ")) and toks[k + 1].text == "," and toks[k + 2].tag == "VV(FIN)" \
        and toks[k + 2].sent == toks[close_i].sent


DASHED_FRAME = 16  # the tokens a frame between dashes may take: "– so wandte sich X am Mittwoch per Brief an die Belegschaft –"


def interrupted(art: Article, qn: int, open_i: int, s0: int) -> bool:
    """The quote at open_i goes on a quote of the same sentence after a short frame and a comma,
    or a frame between dashes: "«Das ist», so der Bürgermeister, «ein schwarzer Tag.»", "„A“ – sagte X – „B“"."""
    toks = art.toks
    dashed = toks[open_i - 1].text in DASHES
    if qn == 0 or toks[open_i - 1].text != "," and not dashed:
        return False
    prev_close = next((t.i for t in toks[s0:open_i] if t.b == art.quotes[qn - 1].close_mark), None)
    between = toks[prev_close + 1:open_i] if prev_close is not None else []
    return 2 < len(between) <= (DASHED_FRAME if dashed else 10) and all(t.quote < 0 for t in between) \
        and between[0].text == ("," if not dashed else between[-1].text)


def dashed_frame(art: Article, k: int) -> bool:
    """The dash at k, right after a quotation, opens a frame that a second dash closes right before the
    quotation goes on ("„A“ – sagte X am Mittwoch – „B“"): the frame stands for the commas."""
    toks = art.toks
    d = next((x for x in range(k + 1, min(len(toks), k + DASHED_FRAME)) if toks[x].text in DASHES or toks[x].quote >= 0
              or toks[x].text in SENT_PUNCT), None)
    return d is not None and toks[d].text == toks[k].text and d + 1 < len(toks) and toks[d + 1].text in QUOTE_CHARS


def speaker_or_none(art: Article, who: Span) -> Span | None:
    """The phrase before a colon (speaker_before_colon); None for "Ein Beispiel: «…»", "Zum Beispiel:
    «…»" (an example noun of the lexicon: the quote takes the speaker named before)."""
    words = tokens_in(art, who)
    nouns = [t for t in words if t.cap and t.tag not in ("ART", "APPRART", "APPR")]
    # the example noun alone ("Ein Beispiel", "Zum Beispiel"), not a name ("Anna Beispiel")
    return None if len(nouns) == 1 and nouns[0].low in art.cues.examples else who


def reported_clause(art: Article, s: int, e: int) -> bool:
    """Tokens s..e are a Konjunktiv clause with no speech verb of its own (reported speech)."""
    toks = art.toks
    return any(t.konj and "FIN" in t.tag and t.low not in HYPOTHETICAL and t.quote < 0 for t in toks[s:e]) \
        and not any(art.verb_cue(x, s, e) for x in range(s, e))


def header_head(art: Article, who: Span):
    """The speech noun that heads a phrase before a colon ("Ihr Appell an die Stadt", "Seine
    Meinung", "Fazit"): its token, else None. Without a genitive owner the quote is of the one
    named before, and annotators mark the phrase."""
    words = tokens_in(art, who)
    head = next((t for t in words if t.tag in ("NN", "NE")), None)
    owned = words[0].low in POSSESSIVES  # "Seine Zuversicht gründet sich auf …: «…»"
    if head is None or head.low not in art.cues.colon_heads \
            | (art.cues.claims if owned else frozenset()):
        return None
    return head if words[0] is head or owned else None


def owned_source(art: Article, phrase: Span) -> bool:
    """A source phrase whose owner is the speaker ("einer Mitteilung des Verbands", "beim
    Landratsamt"; sources.py)."""
    from .sources import body_asked, document_owner  # (sources.py reads "heißt es" phrases with this module)
    return document_owner(art, phrase) or body_asked(art, phrase)


def heisst_es(art: Article, cue: list[Span]) -> bool:
    return art.text[cue[0][0]:cue[0][1]].lower() in IT_SAYS | {"hieß's"}


def time_phrase_end(toks: list, j: int) -> int:
    """"am Montag", "am frühen Abend", "in der Nacht", "am Mittwochabend": the end of a time phrase
    opening at j with its preposition (its noun in data/time_nouns_de.txt, or two of them joined,
    not "im Bundestag"), else j."""
    if toks[j].tag not in ("APPR", "APPRART"):
        return j
    k = j + 1
    while k < len(toks) and toks[k].sent == toks[j].sent and toks[k].tag in ("ART", "ADJ(A)"):
        k += 1
    return k + 1 if k < len(toks) and toks[k].sent == toks[j].sent and toks[k].cap and time_word(toks[k].low) else j


def time_word(low: str) -> bool:
    """A time noun, or a compound of one ("mittwochabend", "sonntagnachmittag", "jahresende": the stance
    rules' one compound reader)."""
    from ..positions.frames_de import time_compound  # (imported when first needed, as the others here)

    return low in word_set("time_nouns_de.txt") or time_compound(low)


# the prepositions a source phrase after "hieß es" opens with: where the words stand or come from
SOURCE_PREPOSITIONS = frozenset({"in", "im", "aus", "von", "vom", "bei", "beim"})


def time_before_source(toks: list, j: int) -> int:
    """The end of a time phrase at j that a source phrase follows ("am Montag in einer Mitteilung"),
    else j: after "am Montag nach dem Urteil des Gerichts", "am Dienstag auf die Forderung der X" the
    phrase is what the words answer, and the time noun stays the (empty) source as before."""
    end = time_phrase_end(toks, j)
    return end if end > j and end < len(toks) and toks[end].low in SOURCE_PREPOSITIONS else j


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
    while j < len(toks) and toks[j].sent == toks[k].sent:
        # "heißt es dazu in einer Mitteilung", "hieß es am Montag in einer Aussendung des Vereins"
        past = time_before_source(toks, j)
        if past == j and toks[j].tag not in ("ADV", "PROAV", "ADJ(D)"):
            break
        j = max(j + 1, past)
    if j + 1 < len(toks) and toks[j].tag.startswith("APPR") and toks[j].sent == toks[k].sent:
        end = art.np_right(j + 1, art.sents[toks[k].sent][1])
        if end:
            return art.span(j + 1, end)
    return None
