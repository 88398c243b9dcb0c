"""German statements without quotation marks, sentence by sentence: a cue verb with its content
clause (X sagte, man wisse …), reactions and demands; source phrases and the clause
helpers are in sources.py."""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

from ..actors import first_name, firstnames, is_institution_word, lexicon, role_word
from ..actors.lexicon import PARTY_ARTICLES, assemblies, company_descriptor, speaking_party, word_set, words_as_written
from ..model import Found, Span
from ..positions.clause_de import court_endings, takes_sides
from ..positions.frames_de import JUDGING, _analyse, frame_vocabulary, noun_lemma, person_noun, read_stances, row_words
from ..positions.frames_de import lexicon as frame_lexicon  # (the stance frames; ``lexicon`` is the actors' one)
from ..positions.narrated_de import act_told, deed_told, no_matter
from ..positions.turns import turned_on
from .article import (CONJUNCT_OPENERS, Article, adverb_then_cue, conjunct_of, conjuncts, first_tok_at, in_relative_clause, infinitive_end,
                      inverted_clause, reaction_source, second_predicate, subject_clause, tokens_in, verb_first_conjunct)
from .continuation import continued_speech, continues
from .cues import position_nouns
from .datelines import known_agency
from .mentions import later_conjuncts, names_someone
from .nlp import compound_noun, konjunktiv_two, past_or_konjunktiv, unknown_stem, verb_analysis, weak_past_singular, word_tag
from .persons import is_role, person_named, role_noun
from .sources import anonymous_document, became_known, compared_thing, content_before, document_in_prefield, overlaps_direct, so_after, source_phrases, wie_with_pronoun
from .subject import fronted_participle_form, relative_before, verb_second_frame
from .tokens import (AGENTLESS_NO_STATEMENT, BREAKS, DEMONSTRATIVE_FORMS, DETERMINERS, GENITIVE, HABEN_AUX, HYPOTHETICAL, LEADING_PARTICLES, NOUN_ENDINGS, PERFECT_HABEN,
                     PERSON_PRONOUNS, QUOTE_CHARS, RELATIVE, SCHEDULE_WORDS, SENT_PUNCT, SUBORDINATORS, d_word_opens_clause, fronted_subordinate,
                     opens_relative, relative_front, subordinators, verb_final_end)


def sentence_rules(art: Article) -> None:
    toks = art.toks
    for n, (s, e) in enumerate(art.sents):
        occupied = [f for f in art.found if f.kind in ("direct",) and f.frame and f.frame[0] < toks[e - 1].e
                    and f.frame[1] > toks[s].b]
        done = content = False
        # source phrases first: laut X, X zufolge, nach Angaben X, so X, hieß es, demnach
        verbs = [v for v in range(s, e) if toks[v].quote < 0 and art.verb_cue(v, s, e)]
        sourced = so_after(art, s, e, occupied) or source_phrases(art, s, e, occupied, verbs) or reaction_statement(art, s, e, occupied) \
            or became_known(art, s, e, occupied)
        if sourced:
            done = True
        demand_statement(art, s, e, occupied)
        cues = [v for v in verbs if v not in art.used_cues
                and not (v >= 2 and toks[v - 2].text == "(")  # "(Wikinews berichtete)": a cross-reference
                and not in_comparison(toks, v, s)]  # ("Ein Tempolimit, wie es die Grünen fordern, …")
        # statements with a content clause first (several per sentence), then reported speech
        for v in cues:
            if any(b <= toks[v].b < e2 for f in art.found for b, e2 in f.quote):
                continue  # a cue inside another statement's content belongs to that content
            if inside_reported(art, v, s, e, cues):
                continue  # ("Man müsse davor warnen, X zu tun, sagte Y": the reported clause is Y's content)
            if verb_statement(art, v, s, e, occupied, after_source=done, clause_only=True):
                done = content = True
        if not done:
            done = claim_statement(art, s, e, occupied) or attitude_statement(art, s, e, occupied)
        if not done or content and not sourced:
            # one reported statement per main clause; after statements with a content clause, only in
            # a main clause that holds none of them ("X kritisierte den Plan, Y sagte, die Kosten …")
            found = [f for f in art.found if f.quote and toks[s].b <= f.quote[0][0] < toks[e - 1].e] if done else []
            taken: set[tuple[int, int]] = set()
            for v in cues:
                clause = contrast_clause(art, v, s, e) or conjunct_of(art, v)  # (its own main clause: "Brehm hob X
                # hervor, Assel verwies auf …"; a clause set against it: "Während X … hält, lehnt Y … ab")
                if clause in taken or done and (clause == (s, e) or holds_statement(art, clause, found)) \
                        and second_predicate_after(art, v, clause[0], clause[1], found) is None \
                        and first_predicate_before(art, v, clause[0], clause[1], found) is None:
                    continue  # (but "sagte, … sei …, und warnte vor X": a second predicate of its own; and
                    # "lobte X, räumte aber ein, …": a first one)
                if verb_statement(art, v, s, e, occupied + found, after_source=False):
                    taken.add(clause)
        if not headline_statement(art, s, e):
            stance_statement(art, s, e)


HEADLINE_NAME = 7  # at most so many words name the speaker of a headline before its colon


def headline_statement(art: Article, s: int, e: int) -> bool:
    """A headline's "<speaker>: <what they say>" without quotation marks ("Landrätin X: Obergrenze muss
    kommen", "Städtetag: Bezahlkarte schnell einführen"): the words before the colon are a noun phrase
    that names a person or a body and nothing else (no verb, no comma); after it stands a clause
    with a verb. A topic or a place before the colon ("Tempolimit: Die Debatte geht weiter") names nobody."""
    toks = art.toks
    k = next((i for i in range(s + 1, min(e - 3, s + HEADLINE_NAME + 1)) if toks[i].text == ":"), None)
    if k is None or any(t.quote >= 0 for t in toks[s:e]) or any(f.quote and toks[s].b <= f.quote[0][0] < toks[e - 1].e for f in art.found):
        return False
    if any(t.tag.startswith("V") or t.text in BREAKS for t in toks[s:k]) or art.np_right(s, k) != k:
        return False
    who = art.span(s, k)
    if not (named(art, who, s, k) or named_later(art, s, k)) or not any(t.tag.startswith("V") for t in toks[k + 1:e]):
        return False
    piece = art.content_span(k + 1, e)
    if piece is None:
        return False
    art.add([piece], "indirect", [], who, art.span(s, e), confidence=0.6)
    return True


def named_later(art: Article, s: int, k: int) -> bool:
    """"Almer: Familiennachzug muss begrenzt werden" over a text that names "Georg Almer": a headline's
    surname alone before its colon names the person the article names in full below (r13deb)."""
    toks = art.toks
    if k != s + 1 or not toks[s].text.isalpha() or toks[s].text.isupper() or not toks[s].cap:
        return False
    return named_in_full(art, toks[s].text, k + 1, len(toks))


def inside_reported(art: Article, v: int, s: int, e: int, cues: list[int]) -> bool:
    """"Er warne davor, X zu streichen, sagte Y", "Man müsse X ablehnen, erklärte Y": a cue whose
    finite verb is a Konjunktiv in the sentence's first clause, with a later cue framing that content
    after a comma, is part of what the later cue reports, no statement of its own."""
    toks = art.toks
    a, passive = art.anchor(v, s)
    konj = next((k for k in range(s, v + 1) if toks[k].konj and "FIN" in toks[k].tag), None)
    if passive or konj is None or toks[konj].low in HYPOTHETICAL | WISHED:
        return False  # (the tagger may read an infinitive after "müsse" as finite: the Konjunktiv is the clause's)
    cs = art.clause_start(min(a, konj), s)
    if cs != s and not fronted_with_relative(toks, s, cs):
        return False
    for w in cues:
        if w > v:
            wa, _, who = cue_speaker(art, w, s, e)
            if frame_after_content(art, w, wa, s, e, who) is not None:
                return True
    return False


def fronted_with_relative(toks: list, s: int, cs: int) -> bool:
    """"Die Seilbahn, die der Rat beschlossen hat, lehne sie ab": the clause at cs goes on a first
    field that stands before it, a phrase with no finite verb and its relative clause between commas."""
    first = next((j for j in range(s, cs) if toks[j].text == ","), None)
    if first is None or first == s or toks[cs - 1].text != "," or first + 2 >= cs - 1:
        return False
    k = first + 2 if toks[first + 1].tag.startswith("APPR") else first + 1  # ("gegen den die Initiative klagt")
    # (the tagger may read the pronoun as an article: "die der Rat beschlossen hat" has no noun after "die")
    opens = toks[k].tag.startswith("PREL") or d_word_opens_clause(toks[k], toks[k + 1]) or wie_with_pronoun(toks, k)  # ("wie es X fordert")
    return (opens and "FIN" in toks[cs - 2].tag and not any("FIN" in x.tag for x in toks[s:first])
            and not any(x.text in (",", ":", ";") for x in toks[first + 1:cs - 1]))


def reaction_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Kritik kam von der Gewerkschaft: Die Schließung sei …": a reaction noun (the lexicon's
    "reaction" lines), "kam von X", a colon, then what X said."""
    toks = art.toks
    r, start = reaction_source(art, s, e)
    if r is None:
        return False
    colon = next((x for x in range(start, e) if toks[x].text == ":" and toks[x].quote < 0), None)
    if colon is None or e - colon < 4:
        return False
    end = art.np_right(start, colon)
    if end is None:
        return False
    speaker = art.with_apposed_name(start, end, colon)
    piece = art.content_span(colon + 1, e)
    if piece is None or overlaps_direct(art, [piece], occupied) or not names_someone(art, speaker):
        return False  # (no one's: "Eine gute Nachricht kommt vom Arbeitsmarkt: …")
    art.add([piece], "indirect", [art.span(r, r + 1), art.span(r + 1, r + 2)], speaker, art.span(s, e), confidence=0.6)
    return True


DEMAND_PREPS = frozenset(("nach", "zu", "zum", "zur"))  # "die Forderung des X nach Y", "der Aufruf der Y zum Z"


def demand_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"Die Forderung der Bürgermeisterin Karin Lutz nach mehr Personal lehnte der Rat ab": a
    demand noun (the lexicon's "demand" lines) with a genitive that names who demands and a
    "nach"/"zu" phrase that says what: a reported statement of its own."""
    toks = art.toks
    for d in range(s + 1, e - 3):
        if toks[d].low not in art.cues.demands or toks[d].quote >= 0 or toks[d - 1].low not in DETERMINERS \
                or not named_owner(toks, d):
            continue
        first = d + 2 if toks[d + 1].low in ("von", "vom") else d + 1  # ("die Warnung von Notenbankchef X vor Y")
        end = art.np_right(first, e)
        if end is not None and first == d + 2 and not names_someone(art, art.span(first, end)):
            continue  # (a "von" of what, not of whom: "die Forderung von 20 Euro nach …")
        if end is None or end >= e or toks[end].low not in DEMAND_PREPS | art.cues.demand_preps.get(toks[d].low, frozenset()):
            continue
        if toks[end].low not in DEMAND_PREPS and end + 1 < e and (toks[end + 1].tag == "CARD" or any(
                toks[k].low in word_set("time_nouns_de.txt") for k in range(end + 1, min(e, end + 4)))):
            continue  # a time, not the content: "die Warnung des Ministers vor zwei Wochen"
        stop = end + 1
        while stop < e and toks[stop].text not in BREAKS and "FIN" not in toks[stop].tag and toks[stop].quote < 0:
            stop += 1
        piece = art.content_span(end + 1, stop)
        if piece is None or stop - end < 3 or overlaps_direct(art, [piece], occupied):
            continue
        speaker = art.with_apposed_name(first, end, e)
        art.add([piece], "reported", [art.span(d, d + 1)], speaker, art.span(s, e), confidence=0.5)
        return True
    return False


def claim_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"X ist der Meinung, dass …", "X äußerte die Hoffnung, Y werde …", "die Warnung des X, …": a
    claim noun (the lexicon's "claim" lines) with a content clause after it. The speaker is the
    genitive after the noun, else the subject of the clause the noun stands in (none when the
    noun is that subject: "Es herrschte die Meinung vor, …")."""
    toks = art.toks
    for n in range(s, e - 2):
        t = toks[n]
        if t.low not in art.cues.claims or t.quote >= 0 or not t.cap or art.in_subordinate(n, s):
            continue
        if claim_pointing_back(art, n, s, e, occupied):
            return True
        # the content clause follows the noun, or the noun and its genitive: "die Forderung des X, …"
        owner = art.np_right(n + 2, e) if has_owner(toks, n) else None
        who = art.with_apposed_name(n + 2, owner, e) if owner is not None and owner < e else None
        if who is not None and who[1] > toks[owner].b:  # "die Ankündigung ihres Trainers, Greg Poss, …"
            owner = next(k for k in range(owner, e) if toks[k].b >= who[1])
        before = saxon_owner(art, n, s) or possessive_owner(art, n, s) if owner is None else None
        # ("Landrätin Eva Kühns Forderung, …", "Seine Ankündigung, …": whose claim it is)
        comma = owner if owner is not None and owner < e and toks[owner].text == "," else n + 1
        if owner is not None and owner + 1 < e and toks[owner + 1].text == "," \
                and (toks[owner].tag == "PTKVZ" or toks[owner].tag.startswith("VV") and "FIN" not in toks[owner].tag):
            comma = owner + 1  # the clause closes after the owner: "lehnte die Forderung des X ab, …", "… abgelehnt, …"
        elif comma + 1 < e and toks[comma].tag in ("PTKVZ", "APPR", "ADV") and toks[comma + 1].text == ",":
            comma += 1  # the verb's particle closes the clause: "gab als Begründung an, …", "herrschte die Meinung vor, …"
        copula = owner if owner is not None else n + 1
        after = copular_comma(toks, copula, e) if art.clause_start(n, s) >= n - 2 \
            and (who is not None and names_someone(art, who) or before is not None) else None
        copular = after is not None
        if copular:  # the noun, its owner's, is the subject of "sein" that the clause completes: "Ihre Sorge ist, dass …",
            comma = after  # "Die Befürchtung des Verbands war von Anfang an, dass …" (not "Das Ergebnis ist, dass …": no one's)
        c = art.content_after(n, e)
        cs = art.clause_start(n, s)
        fins = [v for v in range(cs, n) if "FIN" in toks[v].tag and toks[v].quote < 0]
        if toks[comma].text != "," or c != comma + 1 or toks[c].tag == "PRELS" or relative_pp(toks, c, e) \
                or toks[c].low in ADVERBIAL_INFINITIVE \
                or own_clause_after(art, c, e, fins or s < cs or who is None or not names_someone(art, who)):
            continue  # (not a relative clause on the noun, "der Hinweis, auf den …", nor "…, ohne X zu prüfen",
            # nor a main clause of its own in the indicative: "kritisierte den Plan, die Opposition lobte ihn")
        if any(toks[v].konj for v in fins):
            return False  # the noun's own clause is reported speech: a free indirect sentence
        stop = e
        if not fins:  # the noun in the prefield: its clause ends before the main verb ("…, verhallte")
            stop = next((k for k in range(c, e - 1) if toks[k].text == "," and "FIN" in toks[k + 1].tag), e)
        piece = art.content_span(c, stop)
        if piece is None or overlaps_direct(art, [piece], occupied):
            return False
        if who is not None and (comma in (owner, owner + 1) or copular):
            speaker = who
        elif before is not None and (comma == n + 1 or copular):
            # "Sein Versprechen, …, kann Bauunternehmer X nicht halten": the possessive points ahead
            speaker = (owner_named_after(art, n, stop + 1, e) if not fins else None) or before
        else:
            # the noun in a prefield PP: the main clause's subject ("Mit dem Hinweis, …, hat X … gesperrt")
            v = fins[0] if fins else stop + 1 if stop + 1 < e and toks[cs].tag in ("APPR", "APPRART") else None
            who = art.subject(v, s, e) if v is not None else None
            speaker = who if who and not who[0] <= t.b < who[1] else None  # (none when the noun is the subject)
        art.add([piece], "indirect", [art.span(n, n + 1)], speaker, art.span(s, e), confidence=0.6)
        return True
    return False


def own_clause_after(art: Article, c: int, e: int, framed: bool) -> bool:
    """The clause at c after a claim noun's comma is a main clause of its own (subject_clause), not the
    noun's content. Where the noun's phrase with its named owner is the sentence's prefield (not
    framed), its verb still to come, a clause in a past form the Konjunktiv II shares is the content:
    "Der Vorwurf der Gewerkschaft X, die Y setzten ihre Fahrer unter Druck, sorgt für Aufregung"
    ("kassierte", "hielten"; a present, "…, die Staatsanwaltschaft ermittelt seit Mai, …", is inserted narration)."""
    v = subject_clause(art, c, e)
    if v is None or framed:
        return v is not None
    low = art.toks[v].low
    if art.toks[v].konj:
        return False
    # a past form with a personal pronoun first takes up the owner and tells about them: "Der Plan des Investors
    # X, er kaufte das Gelände 2019, sieht … vor" is the reporter's inserted narration, not what the plan says
    return art.toks[c].tag == "PPER" or not (past_or_konjunktiv(low) or weak_past_singular(low))


SEIN = frozenset("ist sind war waren sei seien wäre wären bin bist".split())


def attitude_statement(art: Article, s: int, e: int, occupied: list[Found]) -> bool:
    """"X ist überzeugt, dass …", "Y war sich sicher, dass …": an attitude adjective (the lexicon's
    "attitude" lines) after a form of "sein" in a main clause, with a content clause after it; the
    speaker is the subject of "sein" (none for "es": "Es ist sicher, dass …" names no one)."""
    toks = art.toks
    for n in range(s + 1, e - 2):
        if toks[n].low not in art.cues.attitudes or toks[n].quote >= 0 or toks[n].cap and n > s:
            continue
        cs = art.clause_start(n, s)
        v = next((k for k in range(cs, n) if toks[k].low in SEIN and toks[k].quote < 0), None)
        c = art.content_after(n, e)
        if v is None or c != n + 2 or art.in_subordinate(v, s) or toks[v].konj or toks[c].tag == "PRELS" \
                or toks[c].quote >= 0 or toks[c].low in SUBORDINATORS - {"dass", "ob"}:
            return False  # (the adjective ends its clause, "waren sicher auch begeistert" is an adverb; not in a
            # Konjunktiv sentence, which is itself reported; not "…, da …", "…, «…»")
        who = art.subject(v, s, e)
        if who is None or art.text[who[0]:who[1]].lower() in ("es", "das", "dies"):
            return False
        piece = art.content_span(c, next_cue_clause(art, c, s, e))
        if piece is None or overlaps_direct(art, [piece], occupied):
            return False
        art.add([piece], "indirect", [art.span(n, n + 1)], who, art.span(s, e), confidence=0.6)
        return True
    return False


# "…, ohne X zu prüfen", "…, um X zu …": infinitive clauses of manner and aim, never content
ADVERBIAL_INFINITIVE = frozenset("ohne um statt anstatt".split())
# genitive possessives after a noun: "die Ankündigung ihres Trainers", "die Forderung seiner Partei"
POSSESSIVE_GENITIVE = frozenset("seines ihres seiner ihrer unseres unserer eures eurer".split())
# the words that open a phrase saying whose a noun is (has_owner)
OWNER_OPENERS = frozenset(GENITIVE | POSSESSIVE_GENITIVE | {"von", "vom"})


# what may stand between "sein" and the comma before the clause that completes it ("war von Anfang an, dass …")
COPULA_FILLERS = ("ADV", "APPR", "APPRART", "ART", "NN", "ADJ(D)", "PTKVZ")


def copular_comma(toks: list, k: int, e: int) -> int | None:
    """The comma after "sein" at k and at most a few adverbials, before a clause that completes it:
    "ist, dass …", "war von Anfang an, dass …"; None when k is no form of "sein"."""
    if k >= e or toks[k].low not in SEIN or toks[k].quote >= 0:
        return None
    c = next((j for j in range(k + 1, min(e, k + 6)) if toks[j].text == ","), None)
    # (a negation says what the claim is not: "Ihre Sorge war nie, dass …")
    return c if c is not None and all(t.tag in COPULA_FILLERS and t.low not in NEGATIONS for t in toks[k + 1:c]) else None


def claim_pointing_back(art: Article, n: int, s: int, e: int, occupied: list[Found]) -> bool:
    """"A – diese Warnung sprach X aus", "A, diese Prognose gab Y ab": after the clause A, a comma or a
    dash, a demonstrative and the claim noun at n as the object that points back to A (points_back),
    then a finite verb, whatever it is, and its subject after it that names someone: A is that one's
    claim, the noun its cue (resumptive_frame for a speech verb; not "A, diese Entscheidung fiel …":
    the noun is the subject there)."""
    toks = art.toks
    d, v = n - 1, n + 1
    if d - 1 <= s or v >= e or toks[d - 1].text not in (",", "–", "—") or not points_back(art, d, v) \
            or "FIN" not in toks[v].tag or toks[v].quote >= 0 \
            or not any(t.tag.startswith("V") and t.quote < 0 for t in toks[s:d - 1]):
        return False
    who = art.subject(v, d, e)
    piece = art.content_span(s, d - 1)
    if who is None or who[0] <= toks[v].b or not speaker_phrase(art, who, d, e) or piece is None \
            or overlaps_direct(art, [piece], occupied):
        return False
    art.add([piece], "indirect", [art.span(n, n + 1)], who, art.span(s, e), confidence=0.6)
    return True


def has_owner(toks: list, n: int) -> bool:
    """The noun at n has a genitive or "von" phrase after it that says whose it is."""
    return n + 2 < len(toks) and toks[n + 1].low in OWNER_OPENERS


def named_owner(toks: list, n: int) -> bool:
    """The noun at n has an owner phrase after it (has_owner) that names the owner there, not a possessive
    pointing back ("die Forderung des Verbands", not "die Forderung seines Vorsitzenden")."""
    return has_owner(toks, n) and toks[n + 1].low not in POSSESSIVE_GENITIVE


def saxon_owner(art: Article, n: int, s: int) -> Span | None:
    """"Elternvertreterin Sandra Kühnes Befürchtung, dass …", "Müllers Vorschlag, …": a name in the
    genitive right before the noun at n, with no article (a genitive before its noun takes none),
    says whose it is. The phrase up to and with the noun: the noun lets the name drop its "s"."""
    toks = art.toks
    g = n - 1
    if g < s or toks[g].tag != "NE" or not toks[g].text.endswith("s") or len(toks[g].text) < 4 or toks[g].quote >= 0:
        return None
    start = art.np_left(n, s)
    if start is None or any(not t.cap or t.low in DETERMINERS for t in toks[start:n]):
        return None
    return art.span(start, n + 1)


def possessive_owner(art: Article, n: int, s: int) -> Span | None:
    """"Seine Ankündigung, sich … zu widmen", "ihr Hinweis, die Gemeinde müsse …": a possessive
    determiner right before the noun at n says whose claim it is; the phrase goes to the actors,
    who read the possessive as the pronoun it stands for (the person or body it refers back to)."""
    toks = art.toks
    if n - 1 < s or toks[n - 1].low not in OWNER_POSSESSIVES or toks[n - 1].quote >= 0 \
            or n - 2 >= s and toks[n - 2].tag in ("APPR", "APPRART"):
        return None  # (in a prepositional phrase the possessive points ahead to the main clause's subject:
        # "Mit ihrer Aussage, …, hat Dezernentin X … gesorgt")
    return art.span(n - 1, n + 1)


def owner_named_after(art: Article, n: int, v: int, e: int) -> Span | None:
    """The one a possessive before the claim noun at n points ahead to, where the noun's phrase fills the
    prefield of the main clause whose finite verb is v: that clause's subject after the verb, when it names
    someone of the possessive's gender ("Sein Versprechen, …, kann Bauunternehmer X nicht halten", "Ihre
    Zusage, …, hat Bürgermeisterin Y bekräftigt"); None for another's ("Seine Forderung, …, lehnte
    Bürgermeisterin Y ab": his, whom the text named before)."""
    toks = art.toks
    if v >= e or "FIN" not in toks[v].tag or toks[v].quote >= 0 or n < 1 or toks[n - 1].low not in OWNER_POSSESSIVES:
        return None
    who = art.subject_after_verb(v, e)
    if who is None or not names_someone(art, who):
        return None
    gender = phrase_gender(tokens_in(art, who))
    return who if gender and gender in ("mn" if toks[n - 1].low.startswith("sein") else "fp") else None


def phrase_gender(words: list) -> str:
    """m, f, n or p of a subject phrase naming someone, by its article, else its first capitalised word: a
    listed first name's gender, a role noun's ("-in": f); "" when none tells."""
    if words and words[0].low in ("der", "die", "das"):
        return {"der": "m", "die": "f", "das": "n"}[words[0].low]
    w = next((t for t in words if t.cap), None)
    if w is None:
        return ""
    if first_name(w.low):
        return firstnames().get(w.low, "")
    if is_role(w.low) or role_noun(w.text):
        return "f" if w.low.endswith("in") else "m"
    return ""


# possessive determiners of the third person: a claim noun after one is its owner's ("seine Warnung")
OWNER_POSSESSIVES = frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split())


def claim_object(art: Article, v: int, c: int) -> bool:
    """"Der Rat lehnte die Forderung des Bürgermeisters ab, die Brücke zu sperren": the content
    clause after the cue belongs to a claim noun with an owner in the cue's object (the owner said
    it; claim_statement reads it)."""
    toks = art.toks
    if toks[c].low in SUBORDINATORS or toks[c].low in ADVERBIAL_INFINITIVE:
        return False  # (", weil …", ", um … zu": the cue's reason or aim, not the noun's content)
    return any(toks[k].low in art.cues.claims and toks[k].cap and toks[k].quote < 0 and has_owner(toks, k)
               for k in range(v + 1, c - 2))


def left_of_frame(art: Article, s: int, e: int, framed: int, occupied: list[Found]) -> Span | None:
    """What a frame after it takes from the clause before: all of it, or after a fronted claim noun and its owner
    the noun's phrase only ("Den Vorwurf der X, Y habe …, wies Z zurück": the clause is X's claim, claim_statement)."""
    if fronted_claim(art, s, framed) and claim_statement(art, s, e, occupied):
        return art.content_span(s, next((k for k in range(s, framed) if art.toks[k].text == ","), framed - 1))
    return art.content_span(s, framed - 1)


def fronted_claim(art: Article, s: int, f: int) -> bool:
    """The stretch before the frame at f opens with a claim noun and its owner ("Den Vorwurf der Initiative X,
    …", "Die Prognose des Landvolks, …"): what follows the owner is the owner's claim, not the frame's words."""
    toks = art.toks
    n = s + 1 if s + 1 < f and toks[s].low in DETERMINERS else s
    return n + 2 < f and toks[n].low in art.cues.claims and toks[n].cap and toks[n].quote < 0 and named_owner(toks, n)


def relative_pp(toks: list, c: int, e: int) -> bool:
    """", auf den die Behörden …": a preposition and a relative pronoun open a relative clause; not
    ", in der Gesundheitspolitik …", where the article comes before its noun."""
    return toks[c].tag.startswith("APPR") and c + 2 < e and toks[c + 1].low in RELATIVE \
        and toks[c + 2].tag not in ("NN", "ADJ(A)")


def cue_speaker(art: Article, v: int, s: int, e: int) -> tuple[int, bool, Span | None]:
    """The finite verb cue v hangs on, whether it is passive, and the speaker: the subject, the
    one a passive "zitiert", or a passive's "von" agent (None when there is none)."""
    toks = art.toks
    fronted = verb_second_frame(art, v, s, e)
    if fronted is not None:
        return fronted  # ("Bestätigt hat das ihr Anwalt X", "Zurückgewiesen wurde das von X", "Anders sah es X")
    a, passive = art.anchor(v, s)
    who = None
    if not passive:
        who = art.subject(a, s, e)
        if who is not None and any(qb <= who[0] < qe for f in art.found for qb, qe in f.quote):
            who = und_subject(art, a, e)  # a subject in what was said before is none of this verb's
        if who is not None and speech_noun_head(art, who):
            # "Die Forderung des Landkreistags wies die Ministerin zurück": what was said is the
            # object before the verb; the one who answers stands after it
            who = art.subject_after_verb(a, e) or who
        elif who is not None and who[0] > toks[a].b and predicate_after_comma(art, a, s, e):
            who = shared_subject(art, a, s, e, predicate=True)  # "…, räumte Verzögerungen ein": the object, the subject is the one before
        elif who is not None:
            who = named_after_abstract_object(art, who, a, s, e) or who
        else:
            who = shared_subject(art, a, s, e)
        if who is None or art.text[who[0]:who[1]].lower() in ("das", "dies", "es"):
            who = from_source(art, v, s, e) or who
    elif toks[v].stem == "zitier":
        who = art.passive_speaker(v, a, s, e)  # "X wird von Reuters mit den Worten zitiert, …": X said it
    else:
        who = art.passive_agent(s, e)  # "von X kritisiert", "vom Verband als … kritisiert": the agent of a passive
        # "In einem Bericht der X wurde vermutet, dass …": the document before the verb
        who = who or document_in_prefield(art, a, s)
    return a, passive, who


def from_source(art: Article, v: int, s: int, e: int) -> Span | None:
    """"Aus einem Bericht der Zeitung X geht hervor, dass …", "Das geht aus der Antwort des
    Ministeriums hervor": a cue that needs "aus" (hervor|gehen) has its source in the "aus" phrase."""
    cue = art.verb_cue(v, s, e)
    if cue is None or cue.needs != "aus":
        return None
    k = next((i for i in range(s, e) if art.toks[i].low == "aus" and art.toks[i].quote < 0), None)
    end = art.np_right(k + 1, e) if k is not None else None
    return art.span(k + 1, end) if end else None


def und_subject(art: Article, a: int, e: int) -> Span | None:
    """"erklärte, das Projekt liege im Zeitplan, und verwies auf …": a finite verb in the indicative
    right after "und" with no subject of its own after it shares the subject of the main-clause verb it
    is coordinated with (past reported content in the Konjunktiv); None otherwise."""
    toks = art.toks
    if a == 0 or toks[a - 1].low not in ("und", "sowie") or toks[a - 1].quote >= 0 or "FIN" not in toks[a].tag or toks[a].konj:
        return None
    ss = art.sents[toks[a].sent][0]
    quoted = [(qb, qe) for f in art.found for qb, qe in f.quote]
    first = next((k for k in range(ss, a - 1) if "FIN" in toks[k].tag and toks[k].quote < 0 and not toks[k].konj
                  and not any(qb <= toks[k].b < qe for qb, qe in quoted) and not art.in_subordinate(k, ss)), None)
    if first is None or verb_first_conjunct(art, a, ss, e):
        return None  # (the first predicate of the main clause, past what was said: "sagte, die Rücklagen reichten …, und warnte")
    return art.subject(first, ss, a - 1)


def shared_subject(art: Article, a: int, s: int, e: int, predicate: bool = False) -> Span | None:
    """"Wahlbeobachter monieren Mängel, sprechen aber davon, dass …": a finite verb right after a
    comma with no subject of its own is a second predicate of the main clause before it (one
    subject, two verbs, no "und"): that clause's subject. predicate: the caller has found
    predicate_after_comma(art, a, s, e) true already (cue_speaker), not to work it out again."""
    toks = art.toks
    if a - 1 <= s or toks[a - 1].text != "," or art.in_subordinate(a, s) \
            or not (predicate or predicate_after_comma(art, a, s, e) or art.content_after(a, e) is not None):
        return None  # (no content of its own: "Das Werk sei betroffen, sagten zwei Vertraute" frames what stands before)
    return subject_before_comma(art, a, s)


def named_after_abstract_object(art: Article, who: Span, a: int, s: int, e: int) -> Span | None:
    """"Die Abschaffung der Hundesteuer forderte am Montag Gemeinderat Karl Beispiel": verb second
    with an abstract noun in the prefield (-ung, -heit, -tion …, not a body) and someone named
    after the verb and its adverbials: the prefield is the object, the named one the subject.
    Not when a plural prefield agrees with a plural verb ("Die Vereinten Nationen hatten die
    Union gebeten"): then the unmarked order holds and the prefield is the subject."""
    if who[1] > art.toks[a].b:
        return None  # the subject found already stands after the verb
    front = subject_words(art, who, s, e)
    head = next((t for t in front if t.cap and t.tag in ("NN", "NE")), None)
    judged = not abstract_noun(head.low) if head is not None else False  # (a thing before a judging verb: mute_thing)
    if head is None or head.tag == "NE" or not (abstract_noun(head.low) or judges(art, a, e) and mute_thing(head, front)) or is_body(head.text) \
            or head.low.endswith(ABSTRACT_PLURALS) and plural_verb(art.toks[a].low):
        return None
    after = art.subject_after_verb(a, e)
    words = subject_words(art, after, s, e) if after is not None else []
    if not words or words[0].low in ("den", "einen") or not (body_heads(words) or person_named(words)):
        return None
    if judged and plural_verb(art.toks[a].low) and not (words[-1].i + 1 < e and art.toks[words[-1].i + 1].low == "und"):
        return None  # a plural verb agrees with the prefield, not with the one named: "Die Lehrer halten Ministerin X für …"
    return after


def judges(art: Article, a: int, e: int) -> bool:
    """The clause of finite verb a judges its object ("hält X für Y", "nannte X einen Y", "hat X als Y bezeichnet")."""
    return any(t.stem + "en" in JUDGING for t in art.toks[a:e] if t.tag.startswith("VV") and t.quote < 0)


def mute_thing(head, front: list) -> bool:
    """A common noun of a thing that cannot speak or judge ("Die Seilbahn hält Gemeinderat X für unnötig", "Die
    Zuckersteuer nannte die Expertin Y einen Schritt"): no role, person, group, body, agent or territory
    (stance_frames_de.tsv rows "agent": "Die Stadt kritisierte Landrat X" keeps the city), a word HanTa knows."""
    low = noun_lemma(head.text).lower()
    if not compound_noun(head.text) and not any(t.tag == "ADJ(A)" and not t.cap for t in front if t.i < head.i):
        return False  # (a bare simple noun names a firm or a house as often as a thing: "Die Bahn nannte Minister X einen
        # Bremser"; a compound or a described one is a thing: "Die Seilbahn", "Die neue Brücke hält X für …")
    return not (role_noun(head.text) or is_role(head.low) or person_noun(head.text, "de") or unknown_stem(head.text)
                or low in frame_lexicon("de").agents or any(low.endswith(a) for a in frame_lexicon("de").agents if len(a) >= 8)
                or low in lexicon("de").countries or is_institution_word(head.text, "de"))


# plurals of the abstract endings ("Forderungen", "Positionen", "Ergebnisse", "Dokumente")
ABSTRACT_PLURALS = ("ungen", "heiten", "keiten", "schaften", "tionen", "itäten", "ismen", "nisse", "tümer", "mente")


def abstract_noun(low: str) -> bool:
    """An abstract noun by its suffix, singular or plural ("Abschaffung", "Position", "Forderungen")."""
    return low.endswith(NOUN_ENDINGS) or low.endswith(ABSTRACT_PLURALS)


def plural_verb(low: str) -> bool:
    """A third person plural finite form: "-en", "-ern", "-eln" ("hatten", "ändern"), "sind"."""
    return low.endswith(("en", "ern", "eln")) or low == "sind"


def position_head(art: Article, who: Span, s: int, e: int) -> bool:
    """A subject whose head is a position noun ("Die Zustimmung von Bürgermeister X", "Der Widerstand der
    Gemeinde"): the position is its owner's (de/holders.py), the phrase holds none."""
    head = next((t for t in subject_words(art, who, s, e) if t.cap and t.low not in DETERMINERS), None)
    return head is not None and head.low in position_nouns()


def speech_noun_head(art: Article, who: Span) -> bool:
    """A phrase whose head is a noun cue ("Die Forderung des X", "Diese Kritik"): words, not a speaker."""
    cues = art.cues
    head = next((t for t in tokens_in(art, who) if t.cap and t.tag == "NN"), None)
    return head is not None and (head.low in cues.claims or head.low in cues.demands or head.low in cues.reactions)


PAST_AUX = frozenset("hatte hatten hätte hätten".split())
WISHED = frozenset("hätte hätten".split())  # "hätte sich X gewünscht": a wish of today, not a report of words


def stance_statement(art: Article, s: int, e: int) -> bool:
    """A main clause that takes a position (positions/frames_de.py) with a named person or a body
    ("die Stadtwerke Elmsdorf", "der Bauernverband") as its subject, and no other statement in the sentence: reported speech of that person, speech
    verb or not ("Die Ministerin Anna Beispiel lehnt die Maut ab", "hält X für verfehlt",
    "Die Maut wurde von Anna Beispiel abgelehnt", "Für Anna Beispiel kommt X nicht infrage").
    Each main clause of the sentence (article.conjuncts) and each part after a colon or semicolon is read
    on its own."""
    toks = art.toks
    if toks[e - 1].text == "?":
        return False
    here = [f for f in art.found if f.frame and f.frame[0] < toks[e - 1].e and f.frame[1] > toks[s].b]
    relayed = [f for f in here if relayed_by_agency(art, f)]
    # the statements that hold their clause: not a claim noun's owner nested in it, not an agency's relay
    taken = [f for f in here if not owned_claim(art, f, s, e) and f not in relayed]
    # (the capital tested first: it is cheap, and is_body is False for a word without one; a role after a comma is
    # the apposition that names() reads, apposed_person: "Für Okko F., Sprecher des TSV, ist …", whatever the first name)
    named = any(u.cap and (first_name(t.low) or is_role(t.low) or t.low in ("der", "die", ",") and is_role(u.low)
                           or u.tag == "NE" and t.cap and role_noun(t.text))
                for t, u in zip(toks[s:e], toks[s + 1:e])) \
        or any(t.cap and is_body(t.text) for t in toks[s:e]) or any(listed_body([t, u]) for t, u in zip(toks[s:e], toks[s + 1:e]) if u.cap) \
        or any(lone_name(art, [t]) for t in toks[s:e] if t.cap) \
        or any(t.low in ("er", "sie") and continued_person(art, [t]) for t in toks[s:e]) \
        or any(speaking_party(words, "de") or speaking_party(words[:2], "de")  # (or goes on with the one named before)
               for k in range(s, e - 1) if toks[k].text.casefold() in PARTY_ARTICLES  # (its first test, before the lists)
               for words in ([t.text for t in toks[k:min(k + 3, e)]],))
    if not named and not taken:
        return False  # no person or body named in the sentence (a cheap test first: most sentences stop here)
    # each main clause of the sentence on its own ("A rief zu X auf, und B betonte, …": A's clause)
    clauses = [(b, c) for b, c in conjuncts(art, s, e)
               if not any(f.frame[0] < toks[c - 1].e and f.frame[1] > toks[b].b for f in taken)]
    if toks[s].sent in art.partial_sentences and clauses in ([], [(s, e)]):
        return False
    if not clauses:
        return own_inverted_clause(art, s, e)  # ("X kritisieren den Radweg, jetzt lehnt ihn auch Y ab")
    if not named:
        return False
    found = False
    for b, c in clauses:
        cuts = [b] + [k + 1 for k in range(b, c - 1) if toks[k].text in (":", ";")] + [c]
        found = any([clause_stance(art, b2, c2) for b2, c2 in zip(cuts, cuts[1:]) if c2 - b2 > 2]) or found
    if found:
        art.found = [f for f in art.found if f not in relayed]  # (the agency only relayed the position)
    return found


def own_inverted_clause(art: Article, s: int, e: int) -> bool:
    """In a sentence that holds a statement already, a last main clause with an adverb first and its
    own subject after the verb ("X kritisieren den Radweg, jetzt lehnt ihn auch der Bauernverband ab")
    that no statement covers: a position of that subject, its statement."""
    toks = art.toks
    k = next((k for k in range(e - 3, s + 1, -1) if toks[k].text == "," and toks[k].quote < 0 and inverted_clause(art, k + 1, e)), None)
    if k is None:
        return False
    b, end = toks[k + 1].b, toks[e - 1].e
    if any(qb < end and b < qe for f in art.found for qb, qe in (*f.quote, *f.cue, *f.speaker_mention)):
        return False
    return clause_stance(art, k + 1, e)


def relayed_by_agency(art: Article, f: Found) -> bool:
    """A statement whose speaker is a news agency ("…, berichtet die KNA", "meldet der epd"): the agency
    relays what the clause says; a clause with a position of its own subject is that subject's statement."""
    if not f.speaker_mention:
        return False
    words = art.text[f.speaker_mention[-1][0]:f.speaker_mention[-1][1]].split()
    return bool(words) and known_agency(words[-1]) and all(w.lower() in DETERMINERS or w.lower().startswith("nachrichtenagentur")
                                                          for w in words[:-1])


def owned_claim(art: Article, f: Found, s: int, e: int) -> bool:
    """A claim noun's statement whose speaker is the noun's genitive owner ("hielt wenig vom Vorschlag
    der Bürgerliste, eine Fähre einzurichten", "ist gegen die Idee des Vereins, …"): the owner's
    position, nested in a clause whose own subject may take a position on it (a statement of its own).
    Only where the noun stands after a preposition ("vom Vorschlag", "gegen die Idee"): as the object
    of the verb ("lehnte den Vorschlag des X ab, …") the sentence reports the owner's claim, one
    statement, as the quotation corpora annotate it."""
    if f.kind != "indirect" or len(f.cue) != 1 or not f.speaker_mention:
        return False
    toks = art.toks
    n = first_tok_at(art, f.cue[0][0])
    if n is None or not (n + 1 < len(toks) and toks[n].cap and toks[n].low in art.cues.claims
                         and toks[n + 1].low in GENITIVE and f.speaker_mention[-1][0] >= toks[n].e):
        return False
    k = n - 1
    while k > s and (toks[k].low in DETERMINERS or toks[k].tag.startswith("ADJ")):
        k -= 1  # (the noun's article and adjectives)
    return k >= s and toks[k].tag in ("APPR", "APPRART")


def verb_takes_sides(lex, toks: list, v: int, s: int, e: int) -> bool:
    """Whether the clause's full verb takes sides itself ("will gegen X stimmen", "will von X nichts wissen"):
    a frame word, the end of a frame phrase, or a verb the clause reader's table knows with its words."""
    forms = (toks[v].stem + "en", toks[v].low)
    return toks[v].tag.startswith("VV") and (any(w in lex.frames for w in forms) or phrase_frame_ends(lex, toks, s, v)
                                             or any(takes_sides(w, {t.low for t in toks[s:e]}) for w in forms)
                                             or any(lex.verb_nouns.get(w, frozenset()) & {t.low for t in toks[s:e] if t.cap} for w in forms))
    # (a noun that takes sides with this verb: "will ein Zeichen für X setzen")


def clause_stance(art: Article, s: int, e: int) -> bool:
    toks = art.toks
    main = [k for k in range(s, e) if toks[k].tag.startswith("V") and not art.in_subordinate(k, s)]
    fin = clause_finite(art, main, s)
    if fin is None or toks[fin].konj and toks[fin].low not in HYPOTHETICAL | WISHED:
        return False  # (a clause in the Konjunktiv reports someone else's words: "Das Spital brauche mehr Personal")
    end = next((k for k in range(fin + 1, e) if toks[k].text in BREAKS), e)
    full = [k for k in range(fin, end) if toks[k].tag.startswith("VV")] \
        or [k for k in main if k > fin and nonfinite(toks[k]) and closes(toks, k, e) and resumes_main(toks, fin, k)] \
        or [k for k in main if s <= k < fin and nonfinite(toks[k])]  # fronted: "Wenig abgewinnen kann Y X"
    v = full[-1] if full else fin
    if other_sense(art, v, s, e):
        return False  # "schloss die Abweichler aus der Fraktion aus" expels, takes no side
    a, passive, who = cue_speaker(art, v, s, e)
    if not passive:  # the subject of the finite verb ("hält X für verfehlt": not of the participle)
        who = art.subject(fin, s, e)
    main = own_predicate(toks, main, s, fin)  # ("ist nicht gegen X, will aber …": the plan is the second predicate's)
    recalls = toks[a].low in PAST_AUX  # pluperfect: kept only as a recalled position ("hatte sich gegen X ausgesprochen")
    modal_alone = not any(toks[k].tag.startswith(("VV", "VA")) for k in main) and toks[fin].low.startswith(("will", "woll"))
    # ("will ein Verbot der X": wants a thing)
    lex = frame_lexicon("de")  # a verb that takes sides ("will gegen X stimmen") or, for a person, acts ("will das Bad erhalten")
    sides = verb_takes_sides(lex, toks, v, s, e)
    acts = any(toks[k].tag.startswith("VV") and toks[k].low in lex.acts for k in full)  # ("will X abschaffen lassen")
    plan = any(toks[k].tag.startswith("VM") for k in main if k < end) and not modal_alone and not sides  # (its own clause: "ist gegen X, will aber …")
    if plan and not acts:
        return False  # plans ("will nach Portvell reisen")
    who = stance_subject(art, who, s, e, fin, passive)
    if who is None or position_head(art, who, s, e):
        return False  # ("Die Zustimmung von Bürgermeister X zu Y gilt als sicher": the owner's, holders.py)
    words = subject_words(art, who, s, e)
    person = person_named(words) or apposed_person(art, who, words, e)
    office = not person and office_holder(words)  # (one holder: speaks())
    if office and (plan and scheduled(toks, s, end) or court(words) or plural_verb(toks[fin].low)):
        return False  # the office's work on a schedule ("Der Landrat will die Straße im Herbst sanieren lassen"), a ruling, several
    said = art.text[toks[s].b:toks[e - 1].e]
    if (r := relative_before(toks, s, fin)) is not None:  # (the subject's relative clause tells what others do or want:
        said = art.text[toks[s].b:toks[r].b] + " " + art.text[toks[fin].b:toks[e - 1].e]  # "X, dessen Rücktritt gefordert wird, griff …")
    # (the clause's stances are read last: the tests on its subject and verbs that decide without them come first)
    body = not (person or office)  # (a body's stances are only those of its own clause: body_stances)
    if body and plan and body_plan(toks, full, lex, words, s, end):
        return False
    if body and body_takes_none(art, s, end, words):
        stances = []
    else:
        stances = read_stances(said, "de", art.text[who[0]:who[1]], art.text[:toks[s].b])
        if body:
            stances = body_stances(art, stances, s, end, words)
    stances = [st for st in stances if not no_matter(st) and not act_told(st, said)]  # ("verteidigte seinen Titel", "feierte Geburtstag",
    # "lobte Bürgermeister X", "verzichtete auf den Dienstwagen")
    if deed_told(said, stances):
        return False  # a deed with its time: "Das Kabinett hat am 22. Juni die Einführung der X abgesegnet"
    # "hat bei X eine Kehrtwende vollzogen": no stance word, but the new position is the opposite of the old
    turn = not stances and not plan and not recalls and turned(art.text[toks[s].b:toks[e - 1].e])
    if not (stances or turn) or (recalls and not recalled_by_verb(stances, toks[v].text) and not wished(toks, fin, stances)):
        return False
    piece = art.content_span(s, e)
    if piece is None:
        return False
    art.add([piece], "reported", [art.span(v, v + 1)], who, art.span(s, e), confidence=0.5)
    return True


def clause_finite(art: Article, main: list[int], s: int) -> int | None:
    """The finite verb of the main clause starting at s (main: its verbs); with none, a "-t" form HanTa read as a
    participle ("Sie befürwortet X")."""
    toks = art.toks
    fin = next((k for k in main if "FIN" in toks[k].tag or "PP" in toks[k].tag), None)
    second = next((k for k in main if fin is not None and k > fin and "FIN" in toks[k].tag), None)
    if second is not None and fronted_participle_form(toks[fin]) and not any(t.low == "wie" for t in toks[s:fin]) \
            and not any(t.text in BREAKS or t.low in CONJUNCT_OPENERS for t in toks[fin + 1:second]) \
            and (second == fin + 1 or fin > s and all(t.tag in ("ADV", "ADJ(D)") for t in toks[s:fin])):
        fin = second  # a participle put first, its auxiliary after it: "Eindringlich gewarnt hat Y …", "Gegen X positioniert
        # hat sich Y"; or a participle of feeling after an adverb, with its phrase, before the verb it describes: "Sichtlich
        # erfreut (über X) zeigte sich Y" (no finite verb stands before another in one clause; "wie von Y geplant wird": a
        # comparison; "Für Y kommt X nicht infrage": a finite verb after a phrase, the tagger's "infrage" no verb)
    return fin


def stance_subject(art: Article, who: Span | None, s: int, e: int, fin: int, passive: bool) -> Span | None:
    """Who takes the position of a clause (clause_stance): its subject when it names a person, a body or one
    holder of an office (speaks); else a coordinated role, the subject after the verb, the one for whom X
    is an option; else "er"/"sie" of one who goes on from the statement before. None for nobody."""
    toks = art.toks
    if who is not None and frame_word_as_name(art, who):
        who = None  # "Hocherfreut zeigte sich Bürgermeister Y über X": the feeling, no name (the subject follows the verb)
    # (a singular verb, present or past: "befürwortet", "verteidigte"; "sie" with "-en" is many)
    pronoun = who if not passive and toks[fin].low.endswith(("t", "te")) and continued_person(art, tokens_in(art, who) if who else []) else None
    # (a passive's subject after the verb is what was done, not who: "wurde … eine Kundgebung beendet")
    for other in (lambda: coordinated_role(art, who, e), lambda: None if passive else art.subject_after_verb(fin, e),
                  lambda: for_whom(art, s, e)):
        if not speaks(art, who, s, e, fin):  # an object first ("Ihre Ablehnung der X bekräftigte die Ministerin …"),
            who = other()  # an evaluation for someone ("Für die Ministerin Anna Beispiel kommt X nicht infrage")
    if not speaks(art, who, s, e, fin) and pronoun is not None:
        return pronoun  # "X hält Y für gut. Von Z hält er nichts.": the person of the statement before goes on
    if not speaks(art, who, s, e, fin) or art.text[who[0]:who[1]].split()[0].lower() in ("es", "man"):
        return None
    return with_list_name(art, who, s, e)


def frame_word_as_name(art: Article, who: Span) -> bool:
    """A subject of one capitalised word the tagger read as a name whose lower-case form is a word of the stance
    frames ("Hocherfreut", first in the sentence before "zeigte sich Y"): an adjective or participle put first."""
    words = tokens_in(art, who)
    return len(words) == 1 and words[0].tag == "NE" and words[0].low in frame_vocabulary("de") and not first_name(words[0].low)


def speaks(art: Article, who: Span | None, s: int, e: int, fin: int) -> bool:
    """A subject that names a person or a body (named), or one holder of an office the text can tell
    (office_holder, office_refers): not several ("Die Bürgermeister der Region sind gegen X"), not a
    judge ("Die Richterin ist gegen eine Vertagung": a ruling, no position in a debate)."""
    if who is not None and names_position(art, who, s, e):
        return False
    if named(art, who, s, e):
        return True
    words = subject_words(art, who, s, e) if who is not None else []
    if listed_body(words) or speaking_party(party_words(art, words, e), "de") and any(t.tag.startswith("VV") for t in art.toks[fin:e]):
        return True  # (a list's only with a full verb: "Die Anmeldeliste ist für den Lauf" is what it is for)
    return office_holder(words) and office_refers(art, words, s) and not plural_verb(art.toks[fin].low) and not court(words)


def party_words(art: Article, words: list, e: int) -> list[str]:
    """The subject's words, with the capitalised word right after "die Liste" that HanTa read as an adjective and
    the subject phrase left out: the list's name ("die Liste Bürgernah")."""
    k = words[-1].i + 1 if words else e
    name = [art.toks[k].text] if len(words) == 2 and k < e and art.toks[k].cap and art.toks[k].quote < 0 else []
    return [t.text for t in words] + name


def with_list_name(art: Article, who: Span, s: int, e: int) -> Span:
    """The subject "die Liste" with the list's name after it that the subject phrase left out (party_words)."""
    words = subject_words(art, who, s, e)
    names = party_words(art, words, e)
    if len(names) == 3 and speaking_party(names, "de"):
        return who[0], art.toks[words[-1].i + 1].e
    return who


@lru_cache(maxsize=1)
def political_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """data/political_bodies_de.txt: party names and nouns (lower case), and endings ("-fraktion")."""
    rows = [w.casefold() for w in words_as_written("political_bodies_de.txt")]
    return frozenset(r for r in rows if not r.startswith("-")), tuple(r[1:] for r in rows if r.startswith("-"))


def political(words: list) -> bool:
    """A party or one of its bodies names the speaker ("Die Grünen", "Die FDP-Fraktion", "Die
    Fraktion der Bürgerunion"): what it wants done is its position, not its own work's plan."""
    names, endings = political_words()
    for k, t in enumerate(words):
        low = t.low[:-1] if t.low.endswith("s") and t.low[:-1] in names else t.low
        if low == "union" and k and words[k - 1].cap:
            continue  # ("die Europäische Union": a union of states)
        if t.cap and (low in names or any(low.endswith(x) and len(low) > len(x) + 2 for x in endings)):
            return True
    return False


def phrase_frame_ends(lex, toks: list, s: int, v: int) -> bool:
    """Whether the verb at v ends a frame of several words right before it ("will sich für X stark machen")."""
    for k in range(max(s, v - 3), v):
        for fw in lex.frames.get(toks[k].low, ()):
            n = len(fw.words)
            if n > 1 and k + n - 1 == v and tuple(t.low for t in toks[k:v + 1]) == fw.words:
                return True
    return False


def scheduled(toks: list, s: int, e: int) -> bool:
    """Does the clause say when its plan is carried out ("im Herbst", "2030", "am Montag")? A schedule of
    the body's own work, not a position ("Die Stadtwerke wollen das Kraftwerk 2030 abschalten")."""
    return any(t.low in SCHEDULE_WORDS or t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20")
               for t in toks[s:e])


def turned(text: str) -> bool:
    """Whether the clause says its speaker turned around on a thing (positions/turns.py)."""
    return bool(turned_on(text, "de")[0])


# what links a second predicate of the same subject: "ist gegen X, will aber …", "lehnt X ab und will …"
PREDICATE_LINKS = frozenset(", und aber sondern oder doch".split())


def own_predicate(toks: list, main: list[int], s: int, fin: int) -> list[int]:
    """The main clause verbs of the predicate of ``fin``: up to a second finite verb of the same
    subject after a comma or "und"/"aber" ("Der Wirt ist nicht gegen X, will aber, dass …")."""
    if any(t.tag == "KOUS" for t in toks[s:fin]):
        return main  # ("Während X sich für Y stark machte, will Z …": the first verb is a subordinate clause's)
    second = next((k for k in main if k > fin + 1 and "FIN" in toks[k].tag and toks[k - 1].low in PREDICATE_LINKS), None)
    return main if second is None else [k for k in main if k < second]


def nonfinite(t) -> bool:
    """A full verb's participle or infinitive: what completes an auxiliary or a modal."""
    return t.tag.startswith("VV") and "FIN" not in t.tag


def closes(toks: list, k: int, e: int) -> bool:
    """Does the verb close the sentence (the right bracket of the main clause: "…, Y genannt.")?"""
    return k == e - 1 or k == e - 2 and toks[e - 1].text in SENT_PUNCT


def resumes_main(toks: list, fin: int, k: int) -> bool:
    """Is ``k`` in the main clause again after an inserted clause ("hatte X, die …, Y genannt"):
    the piece it stands in opens with no subordinating word ("solange", "weil", "die …")?"""
    start = max(j for j in range(fin, k) if toks[j].text == ",") + 1 if any(toks[j].text == "," for j in range(fin, k)) else fin
    return start == fin or not (toks[start].tag in ("KOUS", "PRELS", "PRELAT", "PWAV") or toks[start].low in SUBORDINATORS)


def recalled_by_verb(stances: list, participle: str) -> bool:
    """A pluperfect sentence recalls a position only where its own verb took it ("hatte die Pläne
    abgelehnt", or judged it: "hatte X als rechtswidrig bezeichnet"); a noun alone ("hatte keine
    Forderungen erhalten", "hatte grünes Licht gegeben") tells background, which was measured to be
    rarely a statement."""
    return all(st.recalled for st in stances) and (any(participle in w for st in stances for w in st.words)
                                                   or _analyse(participle)[0].lower() in JUDGING)  # (HanTa only when needed)


def wished(toks: list, fin: int, stances: list) -> bool:
    """A Konjunktiv II perfect whose verb took the position itself: "hätte sich eine Senkung der
    Gebühren gewünscht", "hätte den Schritt begrüßt": the speaker's wish now, not a recall."""
    return toks[fin].low in WISHED and not any(st.recalled for st in stances)


# a vote with its tally ("mit einer Mehrheit von 159 zu 124 Stimmen", "einstimmig"): a body's decision, an event
VOTE_WORDS = frozenset("Mehrheit Stimmen Gegenstimmen Enthaltung Enthaltungen einstimmig".split())
PASSIVE_AUX = frozenset("worden wurde wurden".split())


def body_plan(toks: list, full: list[int], lex, subject: list, s: int, end: int) -> bool:
    """A body's plan ("Das Ministerium will die Seilbahn bauen"), no position; but a body that wants to end
    a thing is against it ("Die Partei will den Zuschlag abschaffen / die Förderung aussetzen"), and a
    party's plan is its position ("Die FDP will die Einbürgerung erleichtern"; r13deb)."""
    ends = any(toks[k].tag.startswith("VV") and any(fw.value == "flip" for fw in lex.acts.get(toks[k].low, ()))
               for k in full)
    return not (ends or political(subject)) or scheduled(toks, s, end)


def body_takes_none(art: Article, s: int, end: int, subject: list) -> bool:
    """A body's clause that takes no position whatever its words (body_stances): a vote with its tally, a
    passive, whose subject is what was done to ("sei die Vorführung beendet worden"), or a court's ruling
    ("Das Gericht erachtete die Klage als unzulässig"): a decision, no position in a debate."""
    own = {t.text for t in art.toks[s:end]}
    return bool(own & VOTE_WORDS or own & PASSIVE_AUX) or court(subject)


def body_stances(art: Article, stances: list, s: int, end: int, subject: list) -> list:
    """The stances a body (its subject words) takes in its own clause (s up to the first break after
    the verb): not a noun frame alone ("bedankte sich für die Unterstützung", "hielt an der Kritik fest"
    tell what it did), not a word in a later clause. (The caller asks body_takes_none first, before reading
    the clause's stances at all.)"""
    own = {t.text for t in art.toks[s:end]}
    first = art.toks[s]  # (a first word is capitalised whatever it is: "Positiv bewertete die Kammer X" opens with an adverb)
    nouns = {t.text for t in art.toks[s:end] if t.text[:1].isupper() and (t is not first or t.tag.startswith(("NN", "NE")))}
    came = came_from(art.toks, s, end)
    given = given_nouns(art.toks, s, end, subject) if body_heads(subject) or listed_body(subject) or speaking_party([t.text for t in subject], "de") else set()
    return [x for x in stances if (not x.words[0][:1].isupper() or x.words[0] == first.text and x.words[0] not in nouns
                                   or x.words[0] in came or x.words[0] in given)
            and x.words[0].split()[0] in own]


def given_nouns(toks: list, s: int, end: int, subject: list) -> set[str]:
    """The nouns of the body's clause that stand as a bare object, in no prepositional phrase and outside
    its subject: a position it gives or states ("erteilte der Residenzpflicht eine Absage", "Ihre volle
    Unterstützung sicherte der Verband dem Frauenhaus zu", "bekräftigte sein Nein zu X"), not one it
    thanks for or holds on to ("bedankte sich für die Unterstützung", "hielt an der Kritik fest").
    (A position received, "erhielt Unterstützung für X", is someone else's: the "about" verbs of
    data/stance_frames_de.tsv.)"""
    if any(toks[k].tag.startswith("VV") and verb_analysis(toks[k].text, toks[k].tag)[0] in receiving_verbs() for k in range(s, end)):
        return set()
    inside = {t.i for t in subject}
    if subject and subject[0].i > 0 and toks[subject[0].i - 1].tag.startswith("APPR"):
        return set()  # (a "subject" read in a phrase: "kündigte ihre Unterstützung für die Koalition auf")
    given = set()
    for k in range(s, end):
        if not toks[k].cap or k in inside or not toks[k].tag.startswith(("NN", "NE")) or toks[k].quote >= 0:
            continue  # (a quoted name is no position: "Der Verein heißt «Freunde des Stadtparks»")
        j = k - 1
        while j >= s and toks[j].tag in NOUN_PHRASE_OPENERS:
            j -= 1  # (its article, possessive, adjectives and their adverbs: "eine klare", "ihre volle")
        if j >= s and (toks[j].tag.startswith("APPR") or toks[j].tag.startswith(("NN", "NE")) and toks[j + 1].low in ("der", "des")):
            continue  # (in a prepositional phrase, or a genitive attribute: "der Zusammenlegung der Kliniken")
        if addressee_noun(toks[k]):
            return set()  # (given to a person or body: "erteilte dem Ingenieurbüro eine Absage")
        if toks[k].tag.startswith("NN"):
            given.add(toks[k].text)
    return given


def addressee_noun(tok) -> bool:
    """A bare object that names a person or a body is whom the position noun is given to, not what it is about:
    "erteilte dem Ingenieurbüro eine Absage" refuses a bidder, "erteilte der Studentin eine Zusage" admits
    her; neither states a position in a debate ("erteilte der Düngeverordnung eine Absage" does)."""
    low = tok.low
    return is_body(tok.text) or bool(company_descriptor(tok.text, "de")) or is_role(low) or first_name(low) \
        or any(w in lexicon("de").groups for w in (low, low[:-1] if low.endswith("n") else low))


@lru_cache(maxsize=1)
def receiving_verbs() -> frozenset[str]:
    """data/receiving_verbs_de.txt: verbs whose position noun is the givers' ("erhielt Unterstützung"), as
    HanTa's stems (the infinitive without "-en"/"-n": "erhalt", as nlp.verb_analysis reads "erhielt")."""
    return frozenset(w[:-2] if w.endswith("en") else w[:-1] for w in word_set("receiving_verbs_de.txt"))


NOUN_PHRASE_OPENERS = frozenset({"ART", "ADJ(A)", "PPOSAT", "PIAT", "PDAT", "ADV", "CARD"})


def court(words: list) -> bool:
    """A court names the subject ("Das Gericht", "Das Landgericht Minden", "Der Richter"): its first
    capitalised common noun ends in a court noun ("Kammer" is none: a Handwerkskammer takes positions)."""
    heads = [t.low for t in words if t.cap and t.tag.startswith(("NN", "NE"))]  # (HanTa may tag "Richterin" NE)
    return bool(heads) and heads[0].endswith(court_endings())


def came_from(toks: list, s: int, e: int) -> set[str]:
    """The nouns before the verb of "<position noun …> kommt/kam (auch) von/aus <body>" ("Kritik an X
    kommt von der Diakonie", "Unterstützung für X kam vom Städtetag", "gab es vom Verband"): the body's own position, not
    what it did ("hielt an der Kritik fest"); empty for any other clause."""
    v = next((k for k in range(s, e) if "FIN" in toks[k].tag), None)
    given = v is not None and toks[v].low in GIVEN_FROM and v + 1 < e and toks[v + 1].low == "es"  # "… gab es vom Verband"
    if v is None or toks[v].low not in COMES_FROM and not given:  # (its finite verb: "gekommen" never stands here)
        return set()
    k = v + 1 + given
    while k < e and toks[k].tag in ("ADV", "ADJ(D)") and not toks[k].cap:
        k += 1  # ("kommt auch von …")
    return {t.text for t in toks[s:v] if t.cap} if k < e and toks[k].low in ("von", "vom", "aus") else set()


def named(art: Article, who: Span | None, s: int, e: int) -> bool:
    """A speaker phrase that names a person: a listed first name and a capitalised word after it
    ("die Ministerin Anna Beispiel"), or a body (is_body), not "die Stadt" or "Chinas Raumfahrt"."""
    if who is None:
        return False
    words = subject_words(art, who, s, e)
    if not words or words[0].low in ("des", "eines"):
        return False  # a genitive is never the subject
    return body_heads(words) or person_named(words) or lone_name(art, words) or apposed_person(art, who, words, e)


def apposed_person(art: Article, who: Span, words: list, e: int) -> bool:
    """A role and a name in apposition name a person, whether or not the first name is listed: the
    subject reader's role phrase with its name after the comma ("die Sprecherin der Initiative X, Gunvor
    Brüggemeier,": art.apposed), or two or three capitalised words with a role noun apposed after the
    comma ("für Jorinde Hasselkamp, Sprecherin des Verbands X, ist …"), not a body's noun ("Wählergemeinschaft")."""
    if who in art.apposed:
        return True
    toks = art.toks
    k = words[-1].i + 1
    if not 2 <= len(words) <= 3 or not all(t.cap and t.text.replace("-", "").isalpha() and t.quote < 0 for t in words) \
            or k + 1 >= e or toks[k].text != ",":
        return False
    role = toks[k + 2] if toks[k + 1].low in ("der", "die") and k + 2 < e else toks[k + 1]
    return is_role(role.low) and not is_body(role.text) and not any(t.tag == "NN" and is_role(t.low) for t in words)


def speaking_group(art: Article, who: Span, s: int, e: int) -> bool:
    """A passive's "von" agent that names people by what they are or do, not by name: a group noun
    (extract/data/groups_de.txt, dative "-n" too: "von Kritikern als … eingestuft") or a role noun
    ("von Unionspolitikern als … bezeichnet"). The agent of a speech verb is its speaker. (Only in a
    main clause, its auxiliary second: a clause with the verb last may be one HanTa did not mark as
    subordinate, "…, während X von Kritikern als … eingestuft wird".)"""
    words = subject_words(art, who, s, e)
    head = next((t for t in reversed(words) if t.cap and t.tag in ("NN", "NE")), None)
    if head is None or words[0].low in ("des", "eines"):
        return False
    lex, low = lexicon("de"), head.text.casefold()
    return low in lex.groups or low.endswith("n") and low[:-1] in lex.groups or role_word(head.text, lex) is not None


def lone_name(art: Article, words: list) -> bool:
    """"Nach dem Gutachten lehnt Prettenhofer das Kraftwerk ab": a surname alone right after a full
    finite verb (inverted subject) names a person when the article named her in full before
    (names.py then tags it NE), or when it is built on a stem HanTa does not know ("Imhasly").
    (A surname first in the sentence stays out: measured on Wikinews train, mostly background.)"""
    if len(words) != 1 or not words[0].text.isalpha() or words[0].text.isupper() or words[0].quote >= 0:
        return False
    w, toks = words[0], art.toks
    if opening_name(art, w):
        return True  # "Köhler ist inzwischen gegen das Verbot": a lone name names.py found opening its sentence
    verb = w.i - 1 - (w.i > 1 and toks[w.i - 1].low == "sich")  # ("stellt sich Oberhuber nun hinter X")
    if w.i == 0 or toks[verb].tag not in ("VV(FIN)", "VV(PP)") or w.i + 1 < len(toks) and toks[w.i + 1].cap:
        return False
    return w.tag == "NE" and any(t.text == w.text and toks[t.i - 1].low in firstnames() for t in toks[1:w.i]) \
        or w.tag in ("NN", "NE") and unknown_stem(w.text)


def opening_name(art: Article, w) -> bool:
    """A surname alone that opens its sentence before a singular finite verb, tagged a name (NE) by
    names.py ("Köhler ist inzwischen gegen das Verbot", "Hallmann will die Subvention streichen"):
    a person, not a country or place ("Island hat den Walfang aufgegeben"), and not the subject of a
    state or a passive ("Karadžić ist … angeklagt": a participle after "ist"/"wird")."""
    toks = art.toks
    if w.tag != "NE" or not (w.i == 0 or toks[w.i - 1].sent != w.sent) or w.i + 1 >= len(toks):
        return False
    verb = toks[w.i + 1]
    if verb.tag not in ("VA(FIN)", "VV(FIN)", "VM(FIN)") or verb.low.endswith("en") or w.low in lexicon("de").countries \
            or word_tag(w.text).startswith(FUNCTION_TAGS):  # ("Darüberhinaus will sich die SPD …": an adverb)
        return False
    rest = takewhile(lambda t: t.sent == w.sent, toks[w.i + 2:])  # (the rest of its sentence)
    return not (verb.tag == "VA(FIN)" and verb.low in ("ist", "war", "wird", "wurde") and any(t.tag == "VV(PP)" for t in rest))


FUNCTION_TAGS = ("ADV", "KO", "AP", "PTK", "PAV", "PD", "PI", "PP", "PR", "PW")


INDEFINITE = frozenset("ein eine einer einem einen eines kein keine keiner keinem keinen keines".split())


def body_heads(words: list) -> bool:
    """A definite phrase whose head names a body ("Die Gewerkschaft der Polizei (GdP)", "Die
    Stadtwerke Elmsdorf"): the body word stands among the capitalised words before the first
    attribute ("der", "in", …), so "Die zweite Aufgabe der Mission" (head "Aufgabe") and "eine
    separatistische Bewegung" (nobody named) are not bodies."""
    if words[0].low in INDEFINITE:
        return False
    rest = words[1:] if not words[0].cap or words[0].low in ("die", "der", "das") else words
    heads = []
    for t in rest:
        if heads and not t.cap and t.text not in "()":
            break
        if t.cap:
            heads.append(t)
    return any(is_body(t.text) for t in heads[:3])


def body_with_name(words: list) -> bool:
    """"Die Firma Voltrich", "Der Elektrowerkzeughersteller Voltrich": a noun for a kind of body or
    company with a word after it that is no German noun, the body's own name (a body that speaks
    through its name, not "Das Parlament", which votes)."""
    return any(t.cap and (company_descriptor(t.text, "de") or is_institution_word(t.text, "de"))
               and n.cap and n.tag in ("NN", "NE") and n.quote < 0 and unknown_stem(n.text)
               for t, n in zip(words, words[1:]))


def names_position(art: Article, who: Span, s: int, e: int) -> bool:
    """A phrase whose first noun is followed by the preposition its stance frame takes ("Ihre Opposition gegen X",
    positions/frames_de.py): it names a position, not the body the noun also names ("Die Opposition kritisierte X")."""
    noun = next((t for t in subject_words(art, who, s, e) if t.cap and t.tag in ("NN", "NE")), None)
    return noun is not None and noun.i + 1 < e and any(
        fw.slot == art.toks[noun.i + 1].low for fw in frame_lexicon("de").frames.get(noun.low, ()))


def subject_words(art: Article, who: Span, s: int, e: int) -> list:
    return [t for t in art.toks[s:e] if t.b >= who[0] and t.e <= who[1]]


def role_subject(words: list) -> bool:
    """"Der Bürgermeister", "Die Ministerin": the definite article and a person's role noun, one
    person who speaks (her "lehnt … ab" is words), not an assembly that votes ("Der Stadtrat");
    also with the genitive of the office's body or place ("Der Landrat des Kreises Wessel", "Die
    Präsidentin des Bauernverbands"): one holder of one office; also an unnamed spokesperson of a body the
    genitive names ("Ein Sprecher der Stadtwerke Quellbach lehnte … ab"), who speaks for it."""
    if len(words) < 2 or words[0].low not in ("der", "die", "ein", "eine") or not words[1].cap or not is_role(words[1].low) \
            or words[1].low.endswith(assemblies("de")) or is_body(words[1].text):
        return False
    rest = words[2:]
    if words[0].low in ("ein", "eine") and not (rest and words[1].low.endswith(("sprecher", "sprecherin"))):
        return False
    return not rest or len(rest) >= 2 and rest[0].low in ("des", "der") \
        and all(t.cap or t.low in ("des", "der") or t.tag.startswith("ADJ") for t in rest[1:])


def listed_body(words: list) -> bool:
    """A subject that opens with an organisation of several words the lexicon lists
    (data/organisations.tsv: "Die Freien Wähler", "Die Europäische Kommission"), which no single
    word of it names (is_body reads one word)."""
    lows = [t.low for t in words[1 if words and words[0].low in DETERMINERS else 0:]]
    orgs = lexicon("de").organisations
    return any(" ".join(lows[:n]) in orgs for n in (2, 3) if len(lows) >= n)


def office_holder(words: list) -> bool:
    """A subject that names one person by her office: the role noun with the definite article
    ("Der Landrat", "die Regierungsrätin", "Der Landrat des Kreises Wessel"; role_subject) or right
    before a surname ("Bischof Oberdörfer", "Der Verbandschef Lammers"), which HanTa may read as a
    common noun (NN). A time noun after the role is no name ("Der Landrat Montag …")."""
    if role_subject(words):
        return True
    if words and words[0].low in ("der", "die"):
        words = words[1:]
    if len(words) != 2 or not words[0].cap or not is_role(words[0].low) or is_body(words[0].text) \
            or words[0].low.endswith(assemblies("de")):
        return False
    name = words[1]
    return name.cap and name.text.isalpha() and not name.text.isupper() and name.low not in word_set("time_nouns_de.txt")


def office_refers(art: Article, words: list, s: int) -> bool:
    """Whether an office holder named by the role noun alone ("Der Landrat") can be told from the text
    before sentence s: the article gave that role to someone named before ("Landrat Gregor Pfisterer …
    Der Landrat ist inzwischen für X"), or it names no person before (the holder named in another
    article). Not another office's holder named before ("Bürgermeister Rill … Der Landrat hatte
    …": the resolver would take the only person named). A role before a name needs no antecedent."""
    if not role_subject(words):
        return True
    role, before = words[1].low, art.toks[:s]
    if any(t.cap and t.low.endswith(role) and (before[k + 1].cap or any(  # ("Landrat Gregor Pfisterer", "Der Landrat
            u.text == "," and first_name(v.low) for u, v in zip(before[k + 1:k + 7], before[k + 2:k + 8])))  # des Kreises X, Detlef Y")
           for k, t in enumerate(before[:-1])):
        return True
    return not any((first_name(t.low) or is_role(t.low)) and u.cap and u.tag == "NE" or t.tag == "NE" and first_name(t.low)
                   for t, u in zip(before, before[1:]))


def continued_person(art: Article, words: list) -> bool:
    """"Huemer hält X für gut. Von Y hält er hingegen nichts.", "… Nun befürwortet sie das Projekt": the
    subject ``words`` is "er" or "sie" alone and its sentence follows, in the same paragraph, a sentence
    that holds a found statement (its frame starts there) of a person its speaker phrase names
    (person_named) or is the same pronoun: the pronoun is that person, who goes on (not a body: "Die Stadt
    … Sie lehnt … ab").
    The callers ask for a singular verb each (stance clauses: a finite verb in "-t" or "-te"; reported speech:
    a cue verb not in "-en"). (A semicolon ends a sentence here: "…; heute befürwortet sie …".)"""
    if len(words) != 1 or words[0].low not in ("er", "sie") or words[0].sent == 0:
        return False
    toks = art.toks
    ps, pe = art.sents[words[0].sent - 1]
    if toks[ps].para != words[0].para:
        return False
    return any(f.speaker_mention and f.frame and toks[ps].b <= f.frame[0] < toks[pe - 1].e
               and (person_named(tokens_in(art, f.speaker_mention[0])) or same_pronoun(art, f.speaker_mention[0], words[0]))
               for f in art.found) or person_subject_before(art, words[0])


def person_subject_before(art: Article, pronoun) -> bool:
    """"Die Chefin des Chipherstellers, Marisol Quandtberg, hat die Zahlen vorgestellt. Der Umsatz stieg …
    Sie begrüßte X": the pronoun goes on with the nearest subject of the two sentences before in its
    paragraph that agrees with it ("die" or a feminine role for "sie", "der" or another role for "er", a
    bare name for both; "Der Umsatz" is passed over by "sie"); a person, when that subject names one
    ("Die Stadt lehnt X ab. Sie …" goes on with the town)."""
    toks = art.toks
    for sent in (pronoun.sent - 1, pronoun.sent - 2):
        if sent < 0 or toks[art.sents[sent][0]].para != pronoun.para:
            return False
        ps, pe = art.sents[sent]
        v = art.main_clause_verb(ps, pe)
        who = art.subject(v, ps, pe) if v is not None else None
        words = tokens_in(art, who) if who else []
        if not words or words[0].low == "das":
            continue
        parts = [words] + [tokens_in(art, c) for c in later_conjuncts(art, who, pe)]  # ("X und Landesrat Y stritten")
        agreeing = [part for part in parts if part and feminine_phrase(part, pronoun.low) == (pronoun.low == "sie")]
        if agreeing:
            return any(person_named(part) and person_head(part) for part in agreeing)
    return False


def feminine_phrase(words: list, pronoun: str) -> bool:
    """Whether a subject phrase names a woman: "die" or a feminine role; a bare name by its first name,
    when known (else it agrees with the pronoun)."""
    roles = [t for t in words if is_role(t.low)]
    if words[0].low not in ("der", "die") and not roles:
        return firstnames().get(words[0].low, "f" if pronoun == "sie" else "m") == "f"
    return words[0].low == "die" or any(t.low.endswith("in") for t in roles)


def person_head(words: list) -> bool:
    """The subject's first noun is a role, a first name or a title right before one ("Nationalrat Otto
    Brandt"): the phrase is the person, not a thing named after one in its attribute ("Die Firma des
    Unternehmers Otto Brandt" is the firm)."""
    k = next((k for k, t in enumerate(words) if t.tag.startswith(("NN", "NE")) or t.cap and k > 0), None)
    return k is not None and (is_role(words[k].low) or any(first_name(t.low) for t in words[k:k + 2]))


def same_pronoun(art: Article, mention: Span, pronoun) -> bool:
    """The speaker of the statement before is the same pronoun ("…, sagte er. Später schloss er X aus."):
    one who has just spoken goes on, whoever the resolver finds for both."""
    return art.text[mention[0]:mention[1]].lower() == pronoun.low


def a_person(art: Article, words: list) -> bool:
    """The subject ``words`` is one person: a name with a first name or role (person_named), a surname the
    article named in full ("Quast"), or "er"/"sie" going on with a person (continued_person)."""
    if person_named(words) or continued_person(art, words):
        return True
    return len(words) == 1 and words[0].cap and named_in_full(art, words[0].text, 1, words[0].i)


def named_in_full(art: Article, surname: str, b: int, e: int) -> bool:
    """Whether the tokens b..e-1 hold ``surname`` after a first name ("Georg Almer"): the article names
    the person in full there (b >= 1: the word before each is read)."""
    return any(t.text == surname and art.toks[t.i - 1].low in firstnames() for t in art.toks[b:e])


@lru_cache(maxsize=8192)
def is_body(word: str) -> bool:
    """A word that names a body: an institution noun or a compound of one ("Gewerkschaft",
    "Stadtwerke", "Bauernverband"; data/institutions_de.txt, descriptors_de.txt) or a listed
    organisation ("ADAC"; data/organisations.tsv)."""
    low = word.casefold()
    if low.endswith(assemblies("de")) and low not in lexicon("de").organisations:  # ("Landkreistag": an association)
        return False  # "Das Parlament lehnte das Gesetz ab": an assembly's yes or no is a vote, a decision
    return word[:1].isupper() and (is_institution_word(word, "de") or low in lexicon("de").organisations)


def coordinated_role(art: Article, who: Span | None, e: int) -> Span | None:
    """"Der Landwirt und Kreistagsabgeordnete Heiner Buschmann": a role, und, the capitalised
    words of a second role and the name (the subject found stops at the first role)."""
    toks = art.toks
    first = next((i for i in range(e) if who and toks[i].b == who[0]), None)
    k = next((i for i in range(first or 0, e) if who and toks[i].e == who[1]), None)
    if first is None or k is None or k + 2 >= e or toks[k + 1].low not in ("und", "sowie") or not toks[k + 2].cap:
        return who
    end = k + 2
    while end + 1 < e and toks[end + 1].cap and not toks[end + 1].tag.startswith("V"):
        end += 1
    return art.span(first, end + 1)


# "Ein klares Nein zu X kam von Y", "Kritik an X gab es von Y": a nominal stance that comes from Y
COMES_FROM = frozenset("kommt kommen kam kamen gekommen".split())
GIVEN_FROM = frozenset("gibt gab gäbe gegeben".split())


@lru_cache(maxsize=1)
def meeting_verbs() -> frozenset[str]:
    """"stoßen", "treffen", "finden": a thing meets with a reaction "bei Y" (data row "meets")."""
    return row_words("de", "meets")



def for_whom(art: Article, s: int, e: int) -> Span | None:
    """The "für" phrase an evaluation is made for ("kommt für X nicht infrage"), or "von" after
    "kommen" or "es geben" ("Beifall für X kam von Y", "Kritik an X gab es von Y"), or "bei" after
    a verb of meeting with a reaction ("X stieß bei Y auf Kritik")."""
    toks = art.toks
    lows = {t.low for t in toks[s:e] if t.tag.startswith("V")}
    comes = bool(lows & COMES_FROM) or (bool(lows & GIVEN_FROM) and any(t.low == "es" for t in toks[s:e]))
    # (the verbs' stems, a HanTa analysis each, only where a "bei" phrase may name who met with it)
    met = any(toks[k].low in ("bei", "beim") for k in range(s, e - 1)) and any(
        t.tag.startswith("VV") and (t.stem or verb_analysis(t.text, t.tag)[0]) + "en" in meeting_verbs() for t in toks[s:e])
    for k in range(s, e - 1):
        if toks[k].low == "für" or (comes and toks[k].low in ("von", "vom")) or (met and toks[k].low in ("bei", "beim")):
            end = art.np_right(k + 1, e)
            who = art.with_apposed_name(k + 1, end, e) if end else None
            # ("kommt für den Bürgermeister von X, Y Z, nicht infrage", "kam vom Vorsitzenden des X, Y Z": the name in apposition)
            if who and named(art, who, s, e):
                return who
    return None


def reported_statement(art: Article, v: int, a: int, s: int, e: int, who: Span | None, cue: list[Span],
                       occupied: list[Found], after_source: bool, passive: bool) -> bool:
    """No content clause: the sentence as reported speech (agentive subject only, active main clause)."""
    toks = art.toks
    cue_entry = art.verb_cue(v, s, e)
    contrast = contrast_clause(art, v, s, e)
    if who is None or after_source or not cue_entry.reported or art.in_subordinate(v, s) and contrast is None \
            and not antecedent_speaks(art, v, s, e, who):
        return False  # (in a relative clause the verb describes: "ein Bescheid, der … Rechte einräumt")
    if contrast is not None and not (named(art, who, s, e) or any(t.tag == "NE" and who[0] <= t.b < who[1] for t in toks[s:e])):
        return False  # a side set against another is someone's only when named ("Obwohl der Stadtrat … empfiehlt")
    if passive and not (named(art, who, s, e) or a < v and speaking_group(art, who, s, e)):
        return False  # a passive counts with a "von" agent who can speak ("wurde von der Opposition als … kritisiert")
    if cue_entry.named_only and not (art.apposed.get(who) or role_subject(subject_words(art, who, s, e)) or any(
            t.tag == "NE" and t.b >= who[0] and t.e <= who[1] for t in toks[s:e]) or body_with_name(subject_words(art, who, s, e))
            or not toks[v].low.endswith("en") and continued_person(art, subject_words(art, who, s, e))):
        return False
    if "FIN" not in toks[v].tag and not ("PP" in toks[v].tag and (passive or toks[a].low in PERFECT_HABEN)) \
            and not plural_present(art, v, s) and not present_as_participle(art, v, s, e) \
            and not (cue_entry.hedged and toks[v].tag == "VV(INF)"):
        return False  # (the infinitive of a hedging cue under "wollen": "wollte X nicht ausschließen", not
        # "ist von der Sitzung ausgeschlossen")
    if not cue_entry.particle and "FIN" in toks[v].tag and particle_last(art, v, e):
        return False  # another verb: "meldete das Patent an" is an|melden, no report of "melden"
    if cue_entry.named_only and "sich" not in cue_entry.needs and any(reflexive_next(art, k, who, e) for k in {a, v}):
        return False  # "meldete sich zu Wort", "hat sich krank gemeldet": the reflexive is no object that was said
    if art.text[who[0]:who[1]].lower() in ("es", "man") or legal_act(art, v, s, e) or untold(art, v, e, cue_entry) \
            or reporter_infers(art, v, s, e):
        return False
    cs, ce = contrast or beside_contrast(art, v, *conjunct_of(art, v))
    if a != v and toks[a].low in ("hatte", "hatten") and not prior_turn(toks, cs, ce):
        return False  # the pluperfect tells background ("Sie hatte 2019 Neuwahlen gefordert"), but the turn right
        # before the reported one is a statement ("Zuvor hatte X von Y gesprochen")
    if cue_entry.person_only and not a_person(art, subject_words(art, who, s, e)):
        return False  # "Die Fraktionen beantragten eine Sondersitzung": a motion, no words
    if cue_entry.addressed and not dative_addressee(art, v, cs, ce, who) \
            or cue_entry.particle_sense and particle_as_preposition(art, v, cs, ce):
        return False  # "bietet Brot an" (goods, no offer to anyone), "schloss ihn aus der Partei aus" (expelled)
    partials = [f for f in art.found if f.kind in ("partial", "indirect") and f.quote and toks[s].b <= f.quote[0][0] < toks[e - 1].e]
    if partials and ((cs, ce) == (s, e) or holds_statement(art, (cs, ce), partials)):
        # the clause of a partial quote's cue (another main clause of the sentence may be a statement);
        # a second predicate of the same subject is one of its own: "sprach von «…» und kündigte X an",
        # and so is a first one before it: "lobte die Mannschaft, räumte aber ein, die Abwehr …"
        first = first_predicate_before(art, v, cs, ce, partials)
        if first is not None:
            ce = first
        else:
            cs = second_predicate_after(art, v, cs, ce, partials)
            if cs is None:
                return False
    piece = art.content_span(cs, ce)
    if piece and not overlaps_direct(art, [piece], occupied):
        art.add([piece], "reported", cue, who, art.span(cs, ce), confidence=0.5)
        return True
    return False


def reporter_infers(art: Article, v: int, s: int, e: int) -> bool:
    """"Die Billigfluggesellschaft X erwägt offenbar eine Gebühr": an adverb of the reporter's inference
    (data/evidentials_de.txt) in the verb's own clause makes the clause the reporter's reading, not the
    subject's words (a relative clause's "offenbar" is not the verb's: "…, der offenbar zu teuer war"; nor one
    inside a noun phrase, after its article or preposition: "kritisierte die vermutlich zu hohen Kosten")."""
    toks, own = art.toks, art.clause_start(v, s)
    words = word_set("evidentials_de.txt")
    return any(toks[k].low in words and toks[k].quote < 0 and art.clause_start(k, s) == own
               and not (k > own and toks[k - 1].tag in PHRASE_OPENER_TAGS) for k in range(own, e))


# what opens a noun or prepositional phrase: an adverb right after one modifies the phrase's adjective, not the clause
PHRASE_OPENER_TAGS = ("ART", "APPRART", "APPR", "PPOSAT", "PDAT", "PIAT")


def antecedent_speaks(art: Article, v: int, s: int, e: int, who: Span) -> bool:
    """A speech verb in a relative clause whose pronoun is its subject, on a noun phrase that names a
    person or a body before the comma ("die Angaben der Polizei, die einen unnatürlichen Tod bekannt
    gab"): the antecedent's statement, as the quotation corpora annotate it (not "ein Bescheid, der …
    Rechte einräumt": a thing describes nothing it said; nor a quotation in the clause, the body's name or label
    more often than its words: "Die Gruppe, die sich selbst „Bund der Freien Bauern“ nennt")."""
    c = art.clause_start(v, s)
    return in_relative_clause(art, v, s) and who[1] <= art.toks[c - 1].b and all(t.quote < 0 for t in art.toks[c:v]) \
        and (named(art, who, s, e) or any(t.cap and is_body(t.text) for t in tokens_in(art, who)))


@lru_cache(maxsize=1)
def prior_turn_words() -> frozenset[str]:
    """data/prior_turn_words_de.txt: adverbs that place a pluperfect clause right before the reported event."""
    return frozenset(words_as_written("prior_turn_words_de.txt"))


def prior_turn(toks: list, cs: int, ce: int) -> bool:
    """The clause cs..ce holds, outside quotation marks, an adverb of the time right before the
    reported event ("Zuvor hatte …", "hatte kurz zuvor …", "hatte vorher …")."""
    words = prior_turn_words()
    if any(t.quote >= 0 for t in toks[cs:ce]):
        return False  # a clause around a quotation is no turn of its own ("«…», sagte X, zuvor hatten Y protestiert")
    # not after a span of time, which dates the clause as background ("Zwei Jahre zuvor", "im Jahr zuvor")
    return any(t.low in words and t.quote < 0 and not (k > cs and toks[k - 1].tag in ("NN", "CARD"))
               for k, t in enumerate(toks[cs:ce], cs))


# separable particles that make another verb of a speech verb's stem ("meldete … an", "sagte … ab")
SEPARABLE_PARTICLES = frozenset("ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen".split())


def reflexive_next(art: Article, k: int, who: Span, e: int) -> bool:
    """The first word after verb k, past the subject who when it stands there, is the reflexive "sich"."""
    toks = art.toks
    k += 1
    while k < e and who[0] <= toks[k].b < who[1]:
        k += 1
    return k < e and toks[k].low == "sich" and toks[k].quote < 0


def particle_last(art: Article, v: int, e: int) -> bool:
    """A separable particle is the last word of the clause of verb v ("meldete das Patent an."),
    which makes it another verb than the speech verb of its stem."""
    toks = art.toks
    end = predicate_end(art, v, e)
    return end - 1 > v and toks[end - 1].low in SEPARABLE_PARTICLES and toks[end - 1].quote < 0


def predicate_end(art: Article, v: int, e: int) -> int:
    """Where the predicate of verb v ends: at a break outside quotes, or at "und" before a finite
    verb, a second predicate ("bestätigte den Schaden und kündigte an, …": the "an" is the second
    verb's; "bestätigte X nicht und nannte sie …": the "nicht" closes the first)."""
    toks = art.toks
    return next((k for k in range(v + 1, e) if toks[k].quote < 0 and (
        toks[k].text in BREAKS or toks[k].low == "und" and k + 1 < e and "FIN" in toks[k + 1].tag)), e)


@lru_cache(maxsize=1)
def telling_verbs() -> frozenset[str]:
    """data/telling_verbs_de.txt: the speech verbs that only tell (lexicon infinitives)."""
    return frozenset(words_as_written("telling_verbs_de.txt"))


NEGATIONS = frozenset(("nicht", "nie", "niemals"))


def untold(art: Article, v: int, e: int, entry) -> bool:
    """A verb that only tells, negated right before its participle, its particle or the clause end:
    "Der Ort wurde von der Behörde nicht genannt", "gab die Polizei nicht bekannt", "Die Zeitung hat
    bislang nicht berichtet": nothing was said, no reported statement. "nannte keine Gründe" (a
    negated object) and "kritisierte nicht nur …" stay; so do verbs that judge ("lehnte … nicht ab")."""
    toks = art.toks
    if entry.lemma not in telling_verbs():
        return False
    end = predicate_end(art, v, e)
    pe = art.particle_end(v, e) if entry.particle else None
    target = pe if pe is not None else (v if "PP" in toks[v].tag or v == end - 1 else None)  # (a participle last)
    if target is not None:
        return target > 0 and toks[target - 1].low in NEGATIONS and toks[target - 1].quote < 0
    return end - 1 > v and toks[end - 1].low in NEGATIONS  # "Der Sprecher bestätigte das nicht."


# a dative that can only be the one addressed ("bot ihm an", "bot dem Rat an", "bot einer Initiative an")
DATIVE_WORDS = frozenset("dem einem diesem jedem seinem ihrem unserem eurem keinem ihm ihnen uns euch mir dir".split())
# plural articles before a dative plural noun ("bot den Anwohnern an", "allen Fraktionen")
PLURAL_DATIVE_ARTICLES = frozenset("den allen diesen ihren seinen unseren beiden".split())


def dative_addressee(art: Article, v: int, cs: int, ce: int, who: Span) -> bool:
    """Whether the clause cs..ce of verb v names someone spoken to in the dative after the verb, outside the
    subject and any prepositional phrase: "dem Stadtrat", "ihm", "den Anwohnern" (a plural noun in -n), "der
    Stadt" right after the verb or its subject (not a genitive after a noun)."""
    toks = art.toks
    for k in range(v + 1, ce):
        t = toks[k]
        if t.quote >= 0 or who[0] <= t.b < who[1] or toks[k - 1].tag.startswith("APPR"):
            continue
        if t.low in DATIVE_WORDS:
            return True
        noun = next((x for x in toks[k + 1:min(ce, k + 4)] if x.tag in ("NN", "NE")), None)
        if t.low in PLURAL_DATIVE_ARTICLES and noun is not None and noun.low.endswith("n") \
                and not noun.low.endswith(("ion", "an")):
            return True  # "den Anwohnern", "den betroffenen Schulen" (not "den Plan")
        if t.low == "der" and noun is not None and (k == v + 1 or toks[k - 1].b >= who[1] and toks[k - 1].tag not in ("NN", "NE")):
            return True
    return False


def other_sense(art: Article, v: int, s: int, e: int) -> bool:
    """The verb at v is a cue whose particle also stands as a preposition in its clause (the 'p' flag:
    particle_as_preposition): the verb's other sense, no words."""
    cue = art.verb_cue(v, s, e)
    return cue is not None and cue.particle_sense and particle_as_preposition(art, v, s, e)


def particle_as_preposition(art: Article, v: int, cs: int, ce: int) -> bool:
    """Whether the separable particle of verb v also stands in its clause as a preposition before a noun
    phrase ("schloss den Stürmer aus dem Kader aus"): the verb's other, spatial sense."""
    toks = art.toks
    pe = art.particle_end(v, ce)
    if pe is None:
        return False
    return any(t.low == toks[pe].low and t.i != pe and t.quote < 0 and t.i + 1 < ce
               and (toks[t.i + 1].low in DETERMINERS or toks[t.i + 1].tag in ("NN", "NE"))
               for t in toks[cs:ce])


def second_predicate_after(art: Article, v: int, cs: int, ce: int, partials: list[Found]) -> int | None:
    """v opens the second predicate of its clause ("… und kündigte eine Haushaltssperre an", "…,
    warnte aber vor …"; a participle after "und" with the auxiliary of the first: "hat … bezeichnet und
    mit X gedroht") after a partial quote, and holds none: where its statement begins; else None."""
    toks = art.toks
    b = v
    if "PP" in toks[v].tag:  # "hat X als «…» bezeichnet und zugleich mit Y gedroht": the participle's predicate opens after "und"
        b = next((k + 1 for k in range(v - 1, cs, -1) if toks[k].low in ("und", "sowie") and toks[k].quote < 0
                  or toks[k].tag.startswith("V") or toks[k].quote >= 0), v)
        b = b if toks[b - 1].low in ("und", "sowie") else v
    elif "FIN" not in toks[v].tag:
        return None
    if not cs < b - 1 or not (toks[b - 1].low in ("und", "sowie") or toks[b - 1].text == ","):
        return None
    return b if holds_statement(art, (cs, b - 1), partials) and not holds_statement(art, (b, ce), partials) else None


def first_predicate_before(art: Article, v: int, cs: int, ce: int, partials: list[Found]) -> int | None:
    """v is the finite verb of the first predicate of its clause, and a second predicate of the same
    subject after a comma holds the statements found and v's holds none ("Trainer X lobte die Moral
    der Mannschaft, räumte aber ein, die Abwehr stehe zu offen"): the comma where v's predicate
    ends; else None."""
    toks = art.toks
    if "FIN" not in toks[v].tag:
        return None
    comma = next((k for k in range(v + 1, ce - 1) if toks[k].quote < 0 and "FIN" in toks[k + 1].tag
                  and (toks[k].text == "," and predicate_after_comma(art, k + 1, cs, ce)
                       or toks[k].low == "und" and and_predicate(art, v, k + 1, cs, ce))), None)
    if comma is None or holds_statement(art, (cs, comma), partials) or not holds_statement(art, (comma + 1, ce), partials):
        return None
    return comma


def and_predicate(art: Article, v: int, w: int, cs: int, ce: int) -> bool:
    """The finite verb w right after "und" is a second predicate of v's subject ("Die Rektorin X
    bestätigte den Wasserschaden und kündigte an, …"): both in the indicative and in one number, no
    subject of its own after w (verb_first_conjunct: "… und warnte Elternbeirat Y vor …"), no
    other finite verb between v and w (a clause of its own ends there)."""
    toks = art.toks
    return toks[w].tag.startswith("VV") and not toks[w].konj and not toks[v].konj and toks[w].quote < 0 \
        and plural_verb(toks[v].low) == plural_verb(toks[w].low) and not verb_first_conjunct(art, w, cs, ce) \
        and not any("FIN" in t.tag or t.text == "," for t in toks[v + 1:w - 1])


def holds_statement(art: Article, clause: tuple[int, int], found: list[Found]) -> bool:
    """Whether a quoted piece or a cue of one of ``found`` overlaps the tokens clause[0]..clause[1]-1."""
    b, e = art.toks[clause[0]].b, art.toks[clause[1] - 1].e
    return any(qb < e and b < qe for f in found for qb, qe in f.quote + f.cue)


# "verurteilen" as a court's sentence, not words ("verurteilte den Anschlag"): "wegen Betrugs
# verurteilt", "zu einer Geldstrafe / zu drei Jahren Haft verurteilt"
PENALTY_WORDS = frozenset("haft jahren monaten wochen tagen tode bewährung geldbuße".split())


def legal_act(art: Article, v: int, s: int, e: int) -> bool:
    toks = art.toks
    if toks[v].stem != "verurteil":
        return False
    return any(t.low == "wegen" or t.low in ("zu", "zur", "zum") and any(
        x.low in PENALTY_WORDS or x.low.endswith(("strafe", "strafen")) for x in toks[t.i + 1:min(e, t.i + 6)])
        for t in toks[s:e] if t.quote < 0)


def plural_present(art: Article, v: int, s: int, tag: str = "VV(INF)") -> bool:
    """"Beobachter gehen von … aus": a plural present the tagger read as an infinitive (the forms
    are alike). It is finite when it stands second in a main clause: a noun or pronoun before it,
    no verb before it in the sentence, not in a relative clause ("Indizien, die dafür sprechen")."""
    toks = art.toks
    cs = art.clause_start(v, s)
    relative = cs > s and toks[cs - 1].text == "," and toks[cs].low in RELATIVE
    return toks[v].tag == tag and v > cs and not relative and toks[cs].low not in SUBORDINATORS \
        and toks[cs].tag not in ("PRELS", "PRELAT", "PWAV") and toks[v - 1].tag in ("NN", "NE", "NNA", "PPER", "PIS") \
        and not any(x.tag.startswith("V") or x.tag in ("PTKZU", "KOUS", "PRELS") for x in toks[s:v])


def present_as_participle(art: Article, v: int, s: int, e: int) -> bool:
    """"Der Minister kritisiert den Plan", "Die Ministerin betrachtet X als Fehler": a present in
    "-t" the tagger read as a participle. It is finite when it stands second in a main clause (a
    noun or pronoun before it, no verb before it) and no auxiliary in its clause makes it a
    participle ("hat … kritisiert", "… kritisiert worden")."""
    toks = art.toks
    if toks[v].tag != "VV(PP)":
        return False
    end = next((k for k in range(v + 1, e) if toks[k].text in BREAKS), e)
    return not any(x.tag.startswith(("VA", "VM")) for x in toks[v + 1:end]) \
        and (plural_present(art, v, s, tag="VV(PP)") or after_fronted_clause(art, v, s))


def after_fronted_clause(art: Article, v: int, s: int) -> bool:
    """"Während X … lobt, kritisiert Y …": the verb right after a subordinate clause that opens the
    sentence stands second in the main clause (that clause is its prefield), so it is finite."""
    toks = art.toks
    return v - 2 > s and toks[v - 1].text == "," and "FIN" in toks[v - 2].tag and fronted_subordinate(toks, s, v - 2)


def next_cue_clause(art: Article, c: int, s: int, e: int) -> int:
    """Where the content from c ends: at "und <speech verb>" in the indicative, a second main
    clause of the speaker ("sagte, Valdoria brauche X und fügte hinzu: …"); after content in the
    Konjunktiv, where a main clause in the indicative takes over (narrator_resumes); else at e."""
    toks = art.toks
    reported = False
    for k in range(c + 1, e - 1):
        t = toks[k]
        if t.quote >= 0:
            continue
        if t.low in ("und", "sowie") and "FIN" in toks[k + 1].tag and not toks[k + 1].konj and art.verb_cue(k + 1, s, e):
            return k
        if t.text == ":" and (toks[k + 1].quote >= 0 or toks[k + 1].text in QUOTE_CHARS):
            return k  # "erklärte, man gebe nur Kosten weiter: „Wir verdienen …“": the quotation is a statement of its own
        if (reported or t.text == ";") and narrator_resumes(art, k, s, e):
            return k  # (a semicolon ends even content with no Konjunktiv: "gaben an, sich … zu fühlen; Frauen meiden …")
        reported = reported or t.konj and "FIN" in t.tag or zu_infinitive_at(toks, k)
    return e


def zu_infinitive_at(toks: list, k: int) -> bool:
    """Token k is a zu-infinitive ("abzubrechen", "zu öffnen", or one the tagger read as an
    adjective): content that ends in one is complete, like content in the Konjunktiv."""
    return toks[k].tag == "VV(IZU)" or toks[k - 1].tag == "PTKZU" and toks[k].text[:1].islower() \
        or infinitive_end(toks[k - 1:k + 1])


def narrator_resumes(art: Article, k: int, s: int, e: int) -> bool:
    """After Konjunktiv content, token k opens a main clause in the indicative: the reporter's own
    words again, not the speaker's ("sagte, er sei unschuldig, erkannte das Gericht nicht an",
    "…, sie müssten handeln, und bemühte das Bild …", "…, Annabi sei tot, doch X erklärte …",
    "…; vor allem Frauen meiden …"). A verb-second clause (or a new speech verb) with no
    Konjunktiv in it; not a subordinate or relative clause."""
    toks = art.toks
    t = toks[k]
    if not (t.text in (",", ";") or t.low in ("und", "sondern")
            or t.low in CONJUNCT_OPENERS and toks[k - 1].text in (",", ";")):
        return False  # ("sei …, lege aber auch keine Beweise vor": "aber" inside the clause is no coordinator)
    b = k + 1
    while b < e and toks[b].low in CONJUNCT_OPENERS:
        b += 1
    end = b
    while end < e and (toks[end].text not in BREAKS or toks[end].quote >= 0):
        end += 1
    seg = [x for x in toks[b:end] if x.quote < 0]
    if not seg or seg[0].low in SUBORDINATORS or any(x.konj for x in seg):
        return False
    fin = next((i for i, x in enumerate(seg) if "FIN" in x.tag), None)
    own = fin is not None and subject_clause(art, b, e) == seg[fin].i  # ", der Elternbeirat forderte …"
    if seg[0].low in RELATIVE and not own:
        return False
    if fin is None or t.text == "," and b == k + 1 and fin != 0 and not own or fin > 5:
        return False  # (after a bare comma only a verb right after it, ", erkannte … an", or after its named subject)
    return fin < len(seg) - 1 or art.verb_cue(seg[fin].i, s, e)


def predicate_after_comma(art: Article, v: int, s: int, e: int) -> bool:
    """The finite verb v right after a comma opens a second predicate of the subject before it, not a
    frame of what stands before ("X stellte die Pläne vor, räumte Verzögerungen ein", "Y bestätigte
    den Abgang, wies aber Berichte … zurück"): v is in the indicative, the clause before is a main
    clause in the indicative whose subject can speak (a person, a role, a body, a name), and the phrase
    after v is no speaker of its own (an object: "den …", a thing, a preposition), as it is in the
    frame "…, räumte der Bürgermeister ein" or after reported content ("Der Bedarf sei groß, sagte …");
    both verbs in one number ("Die Klinik hat …, beklagten Patienten": the plural has another subject)."""
    toks = art.toks
    if second_predicate(toks, v, e):
        return True
    if v - 1 <= s or toks[v - 1].text != "," or toks[v - 1].quote >= 0 or "FIN" not in toks[v].tag or toks[v].konj \
            or not toks[v].tag.startswith("VV") or toks[v].quote >= 0 or v + 1 >= e:
        return False
    prev = verb_before_comma(art, v, s)
    if prev is None or plural_verb(toks[prev].low) != plural_verb(toks[v].low):
        return False  # (a verb in another number has a subject of its own: "Die Klinik hat …, beklagten Patienten")
    before = art.subject(prev, s, v - 1)
    if before is None or not speaker_phrase(art, before, s, e):
        return False
    after = art.subject_after_verb(v, e)
    if after is None:
        return toks[v + 1].low not in ("es", "sich") and toks[art.middle_field(v + 1, e)].low not in ("es", "man")
    words = subject_words(art, after, s, e)
    head = next((t for t in reversed(words) if t.cap and t.tag in ("NN", "NE")), None)
    # ("…, teilte die Stadt mit": "der"/"die" before a thing that is no abstract noun may be the subject)
    return not speaker_phrase(art, after, s, e) and not (words and words[0].low in ("der", "die") and head is not None
                                                         and not abstract_noun(head.low))


def subject_before_comma(art: Article, a: int, s: int) -> Span | None:
    """The subject of the indicative main clause that ends at the comma before a (shared_subject)."""
    prev = verb_before_comma(art, a, s)
    return None if prev is None else art.subject(prev, s, a - 1)


def verb_before_comma(art: Article, a: int, s: int) -> int | None:
    """The finite verb of the indicative main clause that ends at the comma before a."""
    toks = art.toks
    cs = art.clause_start(a - 2, s)
    if toks[cs].low in SUBORDINATORS or cs > s and toks[cs - 1].text == "," and art.in_subordinate(a - 2, s):
        return None  # ("Weil X fehlt, sagen …": the subordinate clause before has its own subject)
    prev = next((k for k in range(cs, a - 1) if toks[k].quote < 0 and ("FIN" in toks[k].tag or plural_present(art, k, s))), None)
    if prev is None or toks[prev].konj:
        return None  # (a clause in the Konjunktiv before the comma is reported content, not the first predicate)
    return prev


def speaker_phrase(art: Article, who: Span, s: int, e: int) -> bool:
    """A phrase that can name a speaker: a pronoun, a name (a lone word HanTa tags NE only as named()
    takes it: "Sanierungsstau" is none), a person, a role, a body or a group, one
    person or several by what they are ("ein Beamter", "zwei Vertraute"), or by their age ("der 39-Jährige")."""
    words = subject_words(art, who, s, e)
    if not words:
        return False
    if words[0].low in PERSON_PRONOUNS or len(words) > 1 and any(t.tag == "NE" or t.cap and unknown_stem(t.text) for t in words[1:]) \
            or named(art, who, s, e) \
            or speaking_group(art, who, s, e) or a_person(art, words) or any(t.cap and (is_body(t.text) or is_role(t.low)) for t in words):
        return True
    head = next((t for t in reversed(words) if t.cap and t.tag == "NN"), None)
    return head is not None and (head.low.endswith(("jährige", "jähriger")) or (words[0].low in ("ein", "eine") or words[0].tag == "CARD")
                                 and head.low.endswith(("er", "e", "in")) and not abstract_noun(head.low))


def frame_after_content(art: Article, v: int, a: int, s: int, e: int, who: Span | None) -> int | None:
    """"…, sagte Rutan.", "…, erklärte der Minister, …": the cue's clause stands after a comma,
    only verbs and particles before the cue, and a clause of content before it (not an apposition
    or a subordinate clause, not the subject's relative clause). The start of the frame, or None."""
    toks = art.toks
    cs = art.clause_start(min(a, v), s)
    if resumptive_frame(art, cs, min(a, v), s, who):
        return cs
    bare = all(x.tag.startswith(("VA", "VM", "ADV", "PTK")) or x.low in ("es", "so") for x in toks[cs:min(a, v)])
    if bare and any(x.tag == "ADV" and x.low != "so" for x in toks[cs:min(a, v)]) \
            and not any(x.konj and "FIN" in x.tag for x in toks[s:cs]) and inverted_clause(art, cs, e):
        bare = False  # an adverb first, the cue second, after an indicative clause: a main clause of its own
        # ("…, nun warnt auch die Deichacht", "…, jetzt lehnt ihn auch der Verband ab"), no frame of that clause
    has_clause = any(("FIN" in x.tag or x.quote >= 0) and not in_relative(toks, s, x.i) for x in toks[s:max(s, cs - 1)]) \
        and not (toks[s].low in SUBORDINATORS and toks[s].tag != "APPR" and not main_after(toks, s, cs - 1))
    # ("Bis 2030 sollen …" is a clause; "Solange die Beine mitmachten, werde sie laufen, erklärte …" holds one)
    has_clause = has_clause or so_inserted(toks, cs, v, s, e)
    subject_before = who is not None and who[0] < toks[cs - 1].b  # "Hubert Primus, der … ist, wies … zurück"
    if adverb_then_cue(art, cs, e, s) or s < conjunct_of(art, v)[0] < cs or relative_front(toks, cs) is not None:
        return None  # "X lobte die Helfer, zugleich warnte sie …": an adverb first makes a main clause of its own;
        # "…, der Chef des Vereins, Max Ulm, hält …": the cue's own clause began before, with its subject;
        # "Die Mieter, die hier wohnen, werden … gebeten": a phrase with its relative clause fills the front field
    if cs > s and toks[cs - 1].text == "," and bare and has_clause and not subject_before \
            and not predicate_after_comma(art, v, s, e):  # ("X ist nicht gegen Y, fordert aber Z": no frame)
        return cs
    return None


def content_start(art: Article, v: int, a: int, last: int, e: int) -> int | None:
    """Where the content after the cue v (its particle at last) begins: a zu-infinitive right after
    the participle (extraposed_infinitive), else a clause after a comma or colon (content_after)."""
    k = extraposed_infinitive(art, v, a, e)
    return k if k is not None else art.content_after(last, e)


def extraposed_infinitive(art: Article, v: int, a: int, e: int) -> int | None:
    """"X hat angekündigt die Preise zu erhöhen", "Anwohner wurden aufgefordert die Fenster geschlossen
    zu halten": the cue is a participle that closes its clause (its finite auxiliary a before it), and
    what follows it up to the clause's end, without the comma the spelling rules leave optional, is a
    zu-infinitive with no finite verb: the content in the field after the clause's right bracket.
    The start of that content, or None."""
    toks = art.toks
    k = v + 1
    if toks[v].tag != "VV(PP)" or not (a < v and "FIN" in toks[a].tag) or k >= e or toks[k].text in BREAKS:
        return None
    end = next((x for x in range(k, e) if toks[x].text in BREAKS), e)
    seg = toks[k:end]
    if len(seg) < 2 or any("FIN" in t.tag or t.quote >= 0 for t in seg):
        return None
    # (the tagger reads "zu umfahren", "abzuholen" as adjectives at times: zu_infinitive_at knows them)
    return k if zu_infinitive_at(toks, end - 1) else None


RESUMPTIVE = frozenset(("das", "dies"))
# pronominal adverbs that stand for what a speech verb's preposition takes ("warnen vor", "hinweisen auf")
RESUMPTIVE_ADVERBS = frozenset("davor dazu dafür darüber".split())  # (not "darauf": "Darauf einigten sich …", "Darauf folgte …")
# (not the dative: "Diesem Plan widersprach X" names what X answered, not what X said)
DEMONSTRATIVES = DEMONSTRATIVE_FORMS - {"diesem"}


def points_back(art: Article, s: int, f: int) -> bool:
    """The prefield s..f before the finite verb f stands for what was said before: "Das", "Dies",
    a pronominal adverb ("Davor warnte X"), or a demonstrative and a noun that is no one ("Diese
    Zahl nannte X", "Diesen Satz wiederholte Y"; not "Diese Partei"); or f is a participle put first
    and "das"/"dies" follows its auxiliary ("Bestätigt hat das X.")."""
    toks = art.toks
    if f == s and f + 3 < len(toks) and fronted_participle_form(toks[f]) and "FIN" in toks[f + 1].tag \
            and toks[f + 2].low in RESUMPTIVE:
        # a participle first, the object that points back after its auxiliary: "Bestätigt hat das am Mittwoch
        # die Priorin X.", "Angekündigt hatte dies Landrat Y." (not the article of "hat das Ministerium")
        nxt = toks[f + 3]
        return not art.is_nominal(nxt) or nxt.tag == "NE" or role_word(nxt.text, lexicon("de")) is not None
    if f == s + 1 and toks[s].low == "so" and f + 1 < len(toks) and toks[f + 1].low == "es":
        return True  # "So bestätigte es am Abend eine Sprecherin der Bahn."
    if f == s + 1:
        # (a reflexive verb's adverb is what one reacts to, not what one said: "Darüber freute sich X",
        # "Dazu äußerte sich X", "Darüber ärgerte sich Y")
        return toks[s].low in RESUMPTIVE or toks[s].low in RESUMPTIVE_ADVERBS and toks[f + 1].low != "sich"
    return f == s + 2 and toks[s].low in DEMONSTRATIVES and toks[s + 1].tag == "NN" \
        and not is_institution_word(toks[s + 1].text, "de") and role_word(toks[s + 1].text, lexicon("de")) is None \
        and toks[s + 1].low not in lexicon("de").groups and toks[s + 1].low not in word_set("time_nouns_de.txt")


def resumptive_frame(art: Article, cs: int, f: int, s: int, who: Span | None) -> bool:
    """"A, das teilte X mit." / "A – dies kündigte X an." / "A – diese Einschätzung vertrat X": the frame's
    clause opens after a comma or a dash with an object that points back to the clause A (points_back: a
    demonstrative, or one with a noun that is no one; not a pronominal adverb, "…, dafür soll X …" is an
    exchange), then the finite verb f (the cue or its auxiliary) and a subject of its own after it. A relative "das" has its verb last
    ("das Dach, das der Sturm beschädigt hatte"), so the verb right after the pronoun tells them apart."""
    toks = art.toks
    return cs > s + 2 and points_back(art, cs, f) and toks[cs].low not in RESUMPTIVE_ADVERBS and "FIN" in toks[f].tag \
        and toks[cs - 1].text in (",", "–", "—") and who is not None and who[0] > toks[f].b \
        and any(t.tag.startswith("V") and t.quote < 0 for t in toks[s:cs - 1])  # (a clause before, a verb in it)


def resumed_by_cue(art: Article, last: int, c: int, s: int, e: int) -> bool:
    """"Der Flughafen rechnet mit 1,2 Millionen Passagieren, das sagte eine Sprecherin": the clause at c,
    after the cue's own clause went on past its verb (last), opens with a demonstrative and a finite
    speech verb: the frame of that cue, pointing back (resumptive_frame), not this cue's content.
    ("sagte, das teilte er auch …" has nothing between cue and comma: the content stays.)"""
    toks = art.toks
    return c > last + 2 and c + 1 < e and toks[c].low in RESUMPTIVE and "FIN" in toks[c + 1].tag \
        and art.verb_cue(c + 1, s, e) is not None


def in_relative(toks: list, s: int, k: int) -> bool:
    """Token k stands in a relative clause opened after a comma in s..k ("Die Linkspartei, auf deren Listen
    … kandidiert hatten, schloss …": the relative clause of the subject, no content of the verb after it)."""
    c = next((j for j in range(k - 1, s, -1) if toks[j].text == ","), None)
    return c is not None and c + 1 < k and (opens_relative(toks, c) or compared_thing(toks, c + 1, s))


def in_comparison(toks: list, v: int, s: int) -> bool:
    """The verb at v stands in the comparison of a verbless first field ("wie es die Grünen fordern"): no cue."""
    comma = next((j for j in range(v - 1, s, -1) if toks[j].text == ","), None)
    return comma is not None and compared_thing(toks, comma + 1, s)


def so_inserted(toks: list, cs: int, v: int, s: int, e: int) -> bool:
    """"Die Lage, so betonte die Ministerin, sei ernst": a frame opened by "so" inside the sentence,
    after its first field (no finite verb before it) and before the clause's finite verb, which
    follows the frame's closing comma: the sentence around the frame is what was said."""
    if toks[cs].low != "so" or cs - 1 <= s or any("FIN" in x.tag for x in toks[s:cs - 1]):
        return False
    k = next((j for j in range(v + 1, e) if toks[j].text in BREAKS), e)
    return k + 1 < e and toks[k].text == "," and "FIN" in toks[k + 1].tag and toks[k + 1].quote < 0


def framed_before(art: Article, k: int, occupied: list[Found]) -> bool:
    """Whether the clause before the comma at k ends in the cue or speaker of a statement found
    before: what it holds is that statement's, no content for a cue after the comma."""
    b = art.toks[k - 1].b
    return any(sb <= b < se for f in occupied for sb, se in (*f.cue, *f.speaker_mention))


def verb_statement(art: Article, v: int, s: int, e: int, occupied: list[Found], after_source: bool,
                   clause_only: bool = False) -> bool:
    toks = art.toks
    a, passive, who = cue_speaker(art, v, conjunct_of(art, v)[0], e)  # (the subject of the cue's own clause)
    if who is None and (a != v or "PP" in toks[v].tag) and toks[v].stem in AGENTLESS_NO_STATEMENT:
        return False  # "Es ist geplant, dass …", "Es wird erwartet, dass …", "Es gilt als ausgeschlossen, dass …"
    cue = [art.span(v, v + 1)]
    pe = art.particle_end(v, e) if toks[v].stem in art.cues.particle_verbs else None
    if pe is not None:
        cue.append(art.span(pe, pe + 1))
    last = max(v, pe or v)
    # content after: "erklärte, man wisse …" / "sagte, dass …" / "erklärte: …"
    c = content_start(art, v, a, last, e)
    if c is not None and (object_then_clause(art, v, last, c, who, s, e) or condition_last(art, v, c, s, e) or resumed_by_cue(art, last, c, s, e)
                          or toks[c].low in CONTRASTIVE and contrast_clause(art, clause_verb(toks, c, e), s, e) is not None):
        c = None  # "X kritisierte den Plan, die Opposition nannte ihn übereilt": two main clauses; "erwägt X, falls …"; "…, das sagte Y";
        # "X erwartet eine Senkung, während Y …": the other side, no content
    framed = frame_after_content(art, v, a, s, e, who)
    if framed is not None and framed_before(art, framed - 1, occupied):
        framed = None  # "«…», sagte X, zuvor hatten die Anwohner protestiert": the quote has its frame
    if c is not None and framed is not None and (continues(art, c, s, framed, e) or so_inserted(toks, framed, v, s, e)):
        c = None  # "A sei …, sagte X, doch B": what follows the frame goes on with A (continuation.py)
    if c is not None and (toks[c].tag in ("PRELS", "KON") or toks[c].low == "wo"):
        return False  # a relative clause or a new main clause, not content: "sind Missionen geplant, die …"
    if c is not None:  # (a claim noun with its owner in the object takes the content: claim_statement)
        piece = None if claim_object(art, min(a, v), c) else art.content_span(c, next_cue_clause(art, c, s, e))
        if piece and not overlaps_direct(art, [piece], occupied):
            fs = min(conjunct_of(art, v)[0], min(a, v))  # (the frame begins with the cue's own main clause)
            art.add([piece], "indirect", cue, who, art.span(fs, e), unattributed=passive and (not who or anonymous_document(art, who)))
            return True
        return False
    # content before: "…, sagte Rutan." / "…, erklärte der Minister, …"
    if framed is not None:
        pieces = []
        left = left_of_frame(art, s, e, framed, occupied)
        if left:
            pieces.append(left)
        # a frame in the middle: "A, sagte er, B"
        who_end = None
        if who:
            who_end = next((t.i for t in toks[v:e] if t.b >= who[1]), e)
        k = who_end if who_end is not None else last + 1
        while k < e and toks[k].text not in (",",) and toks[k].text not in SENT_PUNCT:
            k += 1
        right = continued_speech(art, k, left, s, e) if k < e else None  # (not "…, am Montag")
        if right:
            pieces.append(right)
        if pieces and not overlaps_direct(art, pieces, occupied):
            art.add(pieces, "indirect", cue, who, art.span(s, e), unattributed=passive and (not who or anonymous_document(art, who)))
            return True
        return False
    # "Dies berichtete die dpa.", "Das hat X mitgeteilt.", "Davor warnte X.": the content is the sentence
    # before (not when denied: "Dazu äußerte sich X nicht", "Das hat X nie gesagt")
    if points_back(art, s, min(a, v)) and toks[v].sent > 0 and who and not any(t.tag == "PTKNEG" or t.low in NEGATIONS for t in toks[s:e]) \
            and sentence_before(art, v, s, e, cue, who, occupied):
        return True
    if clause_only or (who is None or who[0] > toks[v].b) and predicate_after_comma(art, v, s, e):
        return False  # (a second predicate of the subject before it reports as that subject's clause does:
        # "X ist nicht gegen Y, fordert aber Z"; worked out only here, where it is used)
    return reported_statement(art, v, a, s, e, who, cue, occupied, after_source, passive)


# subordinators that set one side against the other ("Während X den Plan lobt, lehnt Y ihn ab"): the
# clause they open is a position of its own subject, not background of the main clause
CONTRASTIVE = subordinators("contrast", "concession")


def contrast_clause(art: Article, v: int, s: int, e: int) -> tuple[int, int] | None:
    """The clause opened by a contrastive subordinator whose finite speech verb v stands last, fronted or
    after a comma ("Während Stadtrat X den Neubau für dringend hält, …", "…, während Y eine Pause für
    wahrscheinlich hält."): (its first token, its end); None for any other clause."""
    toks = art.toks
    c = art.clause_start(v, s)
    if toks[c].low not in CONTRASTIVE or toks[c].tag not in ("KOUS", "KON", "ADV") or "FIN" not in toks[v].tag:
        return None
    end = verb_final_end(toks, c, v, e)  # (the walk fronted_subordinate makes)
    if end is None:
        return None
    if end < e and toks[end].text not in BREAKS or art.verb_cue(v, s, e) is None:
        return None  # (a clause of time or of things: "…, während die Aufräumarbeiten noch liefen")
    # set against a position: the rest of the sentence has a speech verb of its own ("Während X die Gäste
    # begrüßte, spielte die Kapelle" is time, no side)
    other = any(toks[k].tag.startswith("VV") and art.verb_cue(k, s, e) is not None for k in range(s, e) if not c <= k < end)
    return (c, end) if other else None


def bracketed(toks: list, s: int, k: int) -> bool:
    """Token k stands inside brackets opened after s: "sprach (die Zeitung X hatte … angegeben), …"."""
    depth = 0
    for t in toks[s:k]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def clause_verb(toks: list, c: int, e: int) -> int:
    """The last finite verb of the clause from c (up to the next comma or sentence end), or c."""
    end = next((k for k in range(c + 1, e) if toks[k].text in BREAKS), e)
    return next((k for k in range(end - 1, c, -1) if "FIN" in toks[k].tag), c)


def beside_contrast(art: Article, v: int, cs: int, ce: int) -> tuple[int, int]:
    """The main clause cs..ce of v without a contrastive clause before or after it at a comma that
    holds a statement of its own (contrast_clause): "Während X …, | lehnt Y … ab", "Y lehnt … ab |,
    während X …"."""
    toks = art.toks
    for k in (k for k in range(cs + 1, ce - 1) if toks[k].text == ","):
        side = (cs, k) if k < v else (k + 1, ce)
        fin = next((j for j in range(side[1] - 1, side[0], -1) if "FIN" in toks[j].tag and not bracketed(toks, side[0], j)), None)
        if toks[side[0]].low in CONTRASTIVE and fin is not None and contrast_clause(art, fin, cs, ce) is not None \
                and any(toks[side[0]].b <= f.quote[0][0] < toks[side[1] - 1].e for f in art.found if f.quote):
            return (k + 1, ce) if k < v else (cs, k)
    return cs, ce


def sentence_before(art: Article, v: int, s: int, e: int, cue: list[Span], who: Span, occupied: list[Found]) -> bool:
    """"Dies berichtete die dpa.": the content is the sentence before (in the same paragraph); a
    quotation standing alone there becomes the speaker's (quotation_before)."""
    toks = art.toks
    ps, pe = art.sents[toks[v].sent - 1]
    if toks[ps].para != toks[s].para:
        return False
    if quotation_before(art, ps, pe, e, cue, who):
        return True
    b, end = toks[ps].b, toks[pe - 1].e
    there = [f for f in art.found if f.speaker_mention and f.quote and b <= f.quote[0][0] and f.quote[-1][1] <= end]
    # (only a verb that tells makes them its words: not "Das wurde von X bestritten"; read only when there are some)
    entry = art.verb_cue(v, s, e) if there else None
    told = [f for f in there if told_position(f)] if entry is not None and entry.lemma in telling_verbs() else []
    if len(told) < len(there):
        return False  # the sentence before is already someone's statement ("„…“, sagte X. Dazu äußerte sich Y.")
    before = content_before(art, v, occupied)
    if before is None:
        return False
    art.found = [f for f in art.found if f not in told]  # ("Valdoria will X nicht drosseln. Das sagte Minister Y": his words)
    art.add([before[1]], "indirect", cue, who, (toks[ps].b, toks[e - 1].e))
    return True


def told_position(f: Found) -> bool:
    """A position the reporter tells (stance_statement): a reported statement whose speaker stands inside
    its own words ("Valdoria will die Förderung nicht drosseln"); what a later "Das sagte Y" makes Y's words."""
    return f.kind == "reported" and all(f.quote[0][0] <= m0 and m1 <= f.quote[-1][1] for m0, m1 in f.speaker_mention)


def quotation_before(art: Article, ps: int, pe: int, e: int, cue: list[Span], who: Span) -> bool:
    """"„…“ Das sagte X.": when the sentence ps..pe is one direct quotation found with no speaker,
    it becomes X's (one statement, not a second indirect one over the same words); False otherwise."""
    toks = art.toks
    b, end = toks[ps].b, toks[pe - 1].e
    if not all(t.quote >= 0 for t in toks[ps:pe] if t.text.strip() and t.text not in SENT_PUNCT):
        return False
    quoted = next((f for f in art.found if f.kind == "direct" and not f.speaker_mention and f.quote
                   and b <= f.quote[0][0] and f.quote[-1][1] <= end), None)
    if quoted is None:
        return False
    art.found.remove(quoted)
    art.add(quoted.quote, quoted.kind, cue, who, (b, toks[e - 1].e), confidence=quoted.confidence)
    return True


# subordinators of a condition or a time
CONDITION_OR_TIME = frozenset("falls wenn sofern solange sobald bevor ehe nachdem bis seit seitdem".split())


def condition_last(art: Article, v: int, c: int, s: int, e: int) -> bool:
    """The clause from c after a verb v of reported speech is one of condition or time that ends the
    sentence, its finite verb last ("erwägt den Gang vor Gericht, falls die Regierung nicht nachgeben
    sollte."): it belongs to the cue's own clause, the report is the sentence. Not with
    its verb in the Konjunktiv I, which makes the condition the speaker's words ("kündigte sein Veto
    an, falls der Entwurf nicht geändert werde"); not when a main clause follows it ("sagte, sobald
    X vorliege, gebe es Y") nor for a preposition ("warf ihm vor, seit 2014 … verletzt zu haben")."""
    toks = art.toks
    if toks[c].low not in CONDITION_OR_TIME or any(t.text in (",", ";") and t.quote < 0 for t in toks[c + 1:e]) \
            or not getattr(art.verb_cue(v, s, e), "reported", False):
        return False
    last = next((t for t in reversed(toks[c + 1:e]) if t.text not in BREAKS and t.quote < 0), None)
    return last is not None and "FIN" in last.tag and toks[last.i - 1].low != "zu" \
        and not (last.konj and not konjunktiv_two(last.low))


def object_then_clause(art: Article, v: int, last: int, c: int, who: Span | None, s: int, e: int) -> bool:
    """The clause from c after a comma is a main clause of its own, no content of the verb v: v takes
    its object as what was said ("kritisierte den Plan", "sprach von einem Erfolg", "wies … zurück";
    the lexicon's reported verbs) or as the thing it takes sides on ("verteidigte die Entscheidung",
    "bedauerte den Schritt": a stance frame of its object, object_frame), the object stands between v and
    the comma, and the clause from c has a subject of its own and an indicative verb (subject_clause).
    Not when only the speaker stands there ("warnte er, die Organisatoren verfolgten …": a past that
    may be the Konjunktiv)."""
    toks = art.toks
    between = [t for t in toks[v + 1:c - 1] if not (t.i == last and t.tag == "PTKVZ") and not (who and who[0] <= t.b < who[1])]
    if toks[c - 1].text != "," or not between or not (c - 1 > last + 1 or toks[last].tag == "PTKVZ" and last > v + 1):
        return False
    entry = art.verb_cue(v, s, e)
    return entry is not None and (entry.reported or object_frame(entry)) and subject_clause(art, c, e) is not None


def object_frame(entry) -> bool:
    """The cue verb of the lexicon entry takes sides on its accusative object (a stance frame whose slot
    is the object: "verteidigen", "bedauern", "widersprechen"; positions/frames_de.py, data/stance_frames_de.tsv)."""
    return any(fw.slot == "obj" for fw in frame_lexicon("de").frames.get(entry.lemma.replace("|", ""), ()))


def main_after(toks: list, s: int, end: int) -> bool:
    """A main clause follows the subordinate clause that opens s..end: a comma, then its finite verb
    first ("Solange …, werde sie laufen")."""
    return any(toks[k].text == "," and "FIN" in toks[k + 1].tag and toks[k + 1].quote < 0 for k in range(s + 2, end - 1))
