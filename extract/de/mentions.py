"""The name and subject mentions of a German article, for extract/actors/."""
from __future__ import annotations

from ..actors import company_descriptor, is_institution_word, lexicon, role_word
from ..actors.context import AGE_NOUN
from ..actors.mentions import kind_of_named_body, type_word_stays
from ..actors.words import LEGAL_FORMS
from ..model import Mention, Span
from .article import Article, first_tok_at, in_relative_clause, reaction_source, tokens_in
from .nlp import unknown_stem
from .phrases import body_name_tail_end
from .names import lone_subject, noun_after_name, object_after_body_name, particles_end
from .persons import person_named
from .tokens import NOUN_ENDINGS, SUBORDINATORS


def subject_mentions(art: Article) -> list[Mention]:
    """The subject of every main clause that frames no statement ("Das Bundesamt für Fremdenwesen
    hat … verkürzt."): whom a later "die Behörde", "der Minister" or "sie" may refer to."""
    toks = art.toks
    framed = {toks[t].sent for f in art.found for b, _ in f.speaker_mention[:1]
              if (t := first_tok_at(art, b)) is not None}
    quoted = [span for f in art.found for span in f.quote]  # what statements say
    said = quoted + [span for f in art.found for span in f.cue]  # ... and their cues
    out = []
    for n, (s, e) in enumerate(art.sents):
        fins = [k for k in range(s, e) if "FIN" in toks[k].tag and toks[k].quote < 0 and not in_relative_clause(art, k, s)]
        v = fins[0] if fins else _plural_verb_second(art, s, e)
        if n in framed and (v is None or not (toks[s].low in SUBORDINATORS and art.in_subordinate(v, s))
                            and any(b <= toks[v].b < q for b, q in said)):
            continue  # (a sentence that frames a statement: its speaker is the subject; but a clause of its own
            # before the frame has one: "Die Stadt hält an X fest: …, teilte sie mit", "Nachdem X erklärt hatte, …,
            # widersprach Y")
        if v is not None and toks[s].low in SUBORDINATORS and art.in_subordinate(v, s):
            # "Nachdem die Verkehrsbetriebe X … verlängert hatten, hat Y …": the subordinate clause's subject is
            # a candidate that loses to the main clause's (no subject mention), whose verb comes after it
            out.extend(Mention(sub, art.text[sub[0]:sub[1]]) for sub in [art.subject(v, s, e)]
                       if sub is not None and names_someone(art, sub))
            v = next((k for k in fins[1:] if k > v and toks[k - 1].text == "," and not art.in_subordinate(k, s)
                      and not any(b <= toks[k].b < q for b, q in quoted)), None)  # (not what was said)
        if v is None or art.in_subordinate(v, s) or toks[s].low in SUBORDINATORS and toks[v - 1].text != ",":
            continue
        who = art.subject(v, s, e)
        r, start = reaction_source(art, s, e)
        if r is not None and (end := art.np_right(start, e)):
            who = art.span(start, end)  # "Kritik kam aus dem Ministerium": the ministry, for "ein Sprecher" after it
        if who is not None and who not in art.apposed:
            who, joined = split_subject(art, who)
            out.extend(Mention(c, art.text[c[0]:c[1]], is_subject=True) for c in joined)
        if who is not None and names_someone(art, who):
            out.append(Mention(who, art.text[who[0]:who[1]], is_subject=True))
            if who in art.apposed:
                name = art.apposed[who]
                out.append(Mention(name, art.text[name[0]:name[1]], kind_hint="person", is_subject=True))
            out.extend(Mention(c, art.text[c[0]:c[1]], is_subject=True) for c in later_conjuncts(art, who, e))
    return out


def split_subject(art: Article, who: Span) -> tuple[Span, list[Span]]:
    """A subject phrase the noun-phrase reader carried over "und" ("Die Wiener Linien und Stadträtin X"):
    its first conjunct and the later ones, when each later one opens with an article or names a person
    and names someone; else (who, []) ("Gewerkschaft Banken und Versicherungen Nord" is one name)."""
    toks = art.toks
    first = first_tok_at(art, who[0])
    if first is None:
        return who, []
    last = next((k for k in range(len(toks) - 1, first - 1, -1) if toks[k].b < who[1]), first)
    links = [k for k in range(first + 1, last) if toks[k].low in ("und", "sowie") and toks[k].quote < 0]
    if not links:
        return who, []
    parts = [art.span(b, e) for b, e in zip([first] + [k + 1 for k in links], links + [last + 1])]
    if all((toks[first_tok_at(art, p[0])].tag == "ART" or person_named(tokens_in(art, p))) and names_someone(art, p)
           for p in parts[1:]):
        return parts[0], parts[1:]  # (the first one is a mention only when it names someone)
    return who, []


def later_conjuncts(art: Article, who: Span, e: int) -> list[Span]:
    """The conjuncts after the subject ``who`` when it is coordinated ("Bürgermeister X und Stadtrat Y
    besichtigten …", "Am Montag trafen sich X und die Gewerkschaft Z"): each is a subject too, so a
    later "er" cannot tell two men apart and a later "der Stadtrat" finds Y among the subjects. Only
    conjuncts that name someone."""
    toks = art.toks
    out: list[Span] = []
    k = next((j for j in range(first_tok_at(art, who[0]) or 0, e) if toks[j].b >= who[1]), e)
    if k + 2 < e and toks[k].text == "," and toks[k + 1].low in ("und", "sowie") and who in art.apposed:
        k += 1  # the comma that closes a name in apposition: "Der Landrat …, Tjark X, und der Bürgermeister …"
    while k + 1 < e and toks[k].low in ("und", "sowie") and toks[k].quote < 0:
        end = art.np_right(k + 1, e)
        if end is None or end <= k + 1:
            break
        span = art.with_apposed_name(k + 1, end, e)
        if not names_someone(art, span):
            break
        out.append(span)
        k = next((j for j in range(end, e) if toks[j].b >= span[1]), e)
    return out


def _plural_verb_second(art: Article, s: int, e: int) -> int | None:
    """HanTa often tags a plural present as an infinitive ("Die Stadtwerke erhöhen die Preise") and
    a singular one as a participle ("Der Verband kritisiert den Bau"): in a sentence with no finite
    verb, such a form right after the opening noun phrase is its finite verb."""
    end = art.np_right(s, e)
    if end is not None and end < e and art.toks[end].tag in ("VV(INF)", "VA(INF)", "VM(INF)", "VV(PP)") \
            and art.toks[end].quote < 0:
        return end
    return None


def _body_object(toks, i: int, j: int) -> bool:
    """Token j ends a name run that opens at i with a body's noun (or right after one) before its
    object: "hat der Naturschutzbund Auental Widerspruch eingelegt" (names.object_after_body_name)."""
    head = i if is_institution_word(toks[i].text, "de") else i - 1
    before = head - 1 - (head > 0 and toks[head - 1].tag == "ART")
    return head >= 0 and object_after_body_name(toks, before, head, j, len(toks))


def names_someone(art: Article, span: Span) -> bool:
    """A subject worth handing to the actor resolver: it holds a name, a role noun or a body's
    noun ("Das Bundesamt für …", "Der Investor …") or an age ("Der 54-Jährige"), not "Die Lage" or "Er"
    (resolving costs time)."""
    k = first_tok_at(art, span[0])
    if _kind_and_name(art.toks, k, span[1]) or AGE_NOUN.match(art.text[span[0]:span[1]]):
        return True  # (an age noun, "der 54-Jährige", refers back to a person)
    while k is not None and k < len(art.toks) and art.toks[k].b < span[1]:
        t = art.toks[k]
        if t.tag == "NE" or t.low in LEGAL_FORMS and k > 0 or t.cap and t.tag in ("NN", "NNA") and (
                role_word(t.text, lexicon("de")) is not None or is_institution_word(t.text, "de")
                or company_descriptor(t.text, "de")) \
                or kind_of_named_body(t.text) and k + 1 < len(art.toks) and art.toks[k + 1].cap \
                and art.toks[k + 1].b < span[1]:  # "Der Autobauer Velora …", "Der Warndienst Oberes Fennachtal …"
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
                                                             and not toks[j].low.endswith(NOUN_ENDINGS)
                                                             and not noun_after_name(toks, j)
                                                             and not _body_object(toks, i, j))):
                    j += 1
                elif particles_end(toks, j, len(toks)) is not None and toks[j].sent == t.sent:
                    j = particles_end(toks, j, len(toks)) + 1
                else:
                    break
            # a body's noun right before the name belongs to it ("die Firma Bavaro Logistik"): no person
            body = i > 0 and toks[i - 1].sent == t.sent and toks[i - 1].cap and toks[i - 1].quote < 0 \
                and toks[i - 1].tag in ("NN", "NE") and is_institution_word(toks[i - 1].text, "de")
            start = i - 1 if body else i
            opens = not body and (j - i >= 2 or type_word_stays(t.text)) and is_institution_word(t.text, "de")  # the tagger's NE "Tierschutzverein"
            if body or opens:  # "der Tierschutzverein Felsreuth | und Umgebung, der …": the name goes on after its type noun
                j = body_name_tail_end(toks, j, start, art.sents[t.sent][1])
                if j < len(toks) and toks[j].sent == t.sent and toks[j].quote < 0 and j - i >= 2 and art.place_closes(j):
                    j += 1  # its place closes the name: "das Aktionsbündnis Lebendige Innenstadt | Wendlitzach, das …"
                body = True  # (a body's noun opens it: never a person)
            if body and start > 1 and toks[start - 1].cap and toks[start - 1].tag.startswith(("ADJ", "NNA")) \
                    and toks[start - 2].tag == "ART":
                start -= 2  # "des Deutschen Wetterdienstes Nord": the article makes the adjective a name's
            span = art.span(start, j)
            # a lone subject the grammar makes a name ("Brenninkamp lehnt … ab") is one, of unknown kind
            hint = "" if body else "person" if j - i >= 2 else "name" if lone_subject(toks, i) else ""
            out.append(Mention(span, art.text[span[0]:span[1]], kind_hint=hint))
            i = j
        else:
            i += 1
    return out


def described_body_mentions(art: Article) -> list[Mention]:
    """A body named after a noun that says what it does, in a prepositional phrase ("Beim Pumpenhersteller
    Brusehagen Hydraulik sollen …", "bei der Reederei Wattenblick"): a mention, so that a later "Das
    Unternehmen", "die Reederei" can refer back to it. The name's first word is one HanTa does not know
    (unknown_stem) and the phrase holds no word of a person's name (those are name_mentions)."""
    toks = art.toks
    out = []
    for k in range(1, len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if not t.cap or t.quote >= 0 or toks[k - 1].tag not in ("APPR", "APPRART") or not nxt.cap \
                or nxt.tag == "NE" or nxt.sent != t.sent \
                or not (company_descriptor(t.text, "de") or is_institution_word(t.text, "de")) \
                or not unknown_stem(nxt.text):  # (HanTa's analysis last: ~1 ms a new word)
            continue
        end = art.np_right(k, art.sents[t.sent][1])
        if end is not None and end > k + 1:
            span = art.span(k, end)
            out.append(Mention(span, art.text[span[0]:span[1]]))
    return out


def _kind_and_name(toks, k: int | None, end: int) -> bool:
    """"Die Regiobahn Tälerland", "Die Landfrauen Wesertal": the article and two capitalised nouns,
    a kind and a name the tagger did not know (the actor resolver decides whether a body is named)."""
    return k is not None and k + 3 <= len(toks) and toks[k].tag == "ART" and toks[k + 2].e >= end \
        and (k + 3 == len(toks) or toks[k + 3].b >= end) \
        and all(t.cap and t.tag in ("NN", "NE") and t.quote < 0 for t in toks[k + 1:k + 3])
