"""Stage 2, the English language layer: direct quotes, indirect and reported speech, with the speaker as written.

    “We will win,” she said, “and soon.”          direct (one statement, two quote spans)
    “We will win,” she said. “And soon.”          direct, continued after the attribution (the same)
    “We will win,” she said.¶“And soon.”          direct, a quote opening the next paragraph too
    “Why?” he was asked. She replied, “Because.”  the cue before ', “' introduces the next quote
    ''We will win,'' she said.                     direct, two apostrophes as quote marks
    'We will win,' said Roe.                       direct, British single quotes
    Roe was blunt. “We will win.”                  direct, no cue: the person the narration is about
    Roe said (that) the talks had failed.          indirect: the speech verb's clausal complement
    The talks failed, the ministry said.           indirect, complement first
    The talks, Roe said, had failed.               indirect, parenthetical attribution
    According to the ministry, the talks failed.   indirect, "according to X"
    Roe told reporters (that) ...                  indirect with an addressee
    It was announced that the plant would close.   indirect, unattributed (no speaker, on purpose)
    Roe said the plan was “dead on arrival”.       partial: the clause, quote marks inside
    The Kremlin rejected the claim.                reported: the clause, speaker included
    Roe urged the council to act.                  reported
    Roe, who said the talks had failed, ...        indirect; the mention is "Roe" and "who"
    Roe repeated her claim that the talks failed.  indirect, a noun cue with its possessor
    Roe: The talks have failed                     a labelled headline or transcript line
                                                   (lines.py)

With a trained pipeline (tagger, parser, NER) the speaker is the verb's subject expanded to
the full name or organisation, and reported speech needs a subject that can speak; with the
blank fallback the same patterns run as rules over word shapes (reported speech only when
the speaker opens the clause). Cues come from data/cues_en.tsv, speaking nouns from
data/speakers_en.txt.

The modules: nlp.py (the spaCy pipeline, trained or blank), cues.py (the cue lexicon),
base.py (what both rule sets share), parsed.py (rules on the trained pipeline, with
parsed_speakers.py, parsed_sources.py, parsed_indirect.py, parsed_objects.py, parsed_nouns.py and parsed_around.py), people.py (people the NER missed), blank.py (rules on the blank fallback, with
blank_words.py, blank_speakers.py and blank_clauses.py), lines.py (labelled lines), surnames.py
(a lone surname that speaks is a person), outlets.py ('…, the Herald reported': the clause's
subject speaks), bodies.py (bodies the NER missed, as mentions), content_subject.py ('Carver now backs X, she said': the
content's named subject is the pronoun's antecedent), read_roles.py (a person's role
the title list does not know, read from the parse: 'Abdi Warsame, a camel breeder'). This folder never imports extract/de/.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..actors.english_words import is_dictionary_word
from ..actors.lexicon import first_name, firstnames, organisation_words
from ..actors.mentions import parse_phrase
from ..model import Analysis, Found, Mention
from ..quotes import Quote, find_quotes
from .base import DATELINE, ENTITY_KINDS, NAME_PARTICLES, RELATIVE, _distinct, clause_subject
from .blank import BlankRules
from .bodies import body_mentions, speakers_as_names, taken_up_companies, with_body_names
from .content_subject import content_subjects
from .lines import with_interview
from .nlp import is_trained, load_english
from .parsed import ParsedRules
from .parsed_speakers import name_extent
from .people import people_mentions
from .read_roles import with_read_roles
from .acronyms import acronym_mentions
from .headline_quotes import with_story_speakers
from .surnames import is_surname_speaker


def analyse(text: str) -> Analysis:
    """Clean English text in, its statements (quote, cue and speaker spans), entity and speaker
    mentions, token count and quotation marks out."""
    nlp = load_english()
    original, text = text, curly_double_apostrophes(text)
    doc = nlp(text)
    double = find_quotes(text)
    # the actors stage pairs quotation marks in the text as given: the same pairs as here unless
    # ''…'' quotes were rewritten above
    pairs = [(q.open_mark, q.close_mark) for q in (double if text == original else find_quotes(original))]
    quotes = english_quotes(text, double)
    if is_trained(nlp):
        rules = ParsedRules(doc, quotes)
        body_names = rules.body_spans  # (read once: the rules and both steps below use them)
        statements = speakers_as_names(doc, rules.statements(), body_names)
        mentions = with_body_names(doc, acronym_mentions(doc, people_mentions(doc, _with_descriptors(doc, _entity_mentions(doc)))), body_names)
        mentions = mentions + body_mentions(doc, mentions)
        mentions = sorted(mentions + taken_up_companies(doc, mentions), key=lambda m: m.span)
    else:
        statements = BlankRules(doc, quotes).statements()
        mentions = []
    statements = with_story_speakers(text, with_interview(doc, statements), quotes)
    mentions = _with_speakers(doc, mentions + content_subjects(doc, statements, mentions), statements)
    mentions = with_read_roles(doc, mentions) if is_trained(nlp) else mentions
    statements = _distinct(statements)
    return Analysis(statements=statements, mentions=mentions, tokens=len(doc), quotes=pairs)


# ''Jobs, jobs, jobs,'' (the New York Times' archive style): two apostrophes as one quote mark
DOUBLE_APOSTROPHE = re.compile(r"''")


def curly_double_apostrophes(text: str) -> str:
    """Two apostrophes that open or close a quotation become one curly mark and a space, so
    the text keeps its length (every span stays valid): "''Yes,'' she said" reads as
    " “Yes,” " to the quote finder and the parser."""
    if "''" not in text:
        return text
    out = list(text)
    for m in DOUBLE_APOSTROPHE.finditer(text):
        b, e = m.span()
        before = text[b - 1] if b else " "
        after = text[e] if e < len(text) else " "
        if (before.isspace() or before in "([{—–-:/") and not after.isspace():
            out[b], out[b + 1] = " ", "“"
        elif not before.isspace():
            out[b], out[b + 1] = "”", " "
    return "".join(out)


SINGLE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))(?P<open>[‘'])(?=\S)(?P<body>[^\n]{2,600}?)(?<=\S)(?P<close>[’'])(?=[\s,.;:!?)—–-]|$)",
    re.M)


def english_quotes(text: str, double: list[Quote] | None = None) -> list[Quote]:
    """Double-quoted passages (extract.quotes; ``double`` when already found) plus single-quoted
    ones, the British style ('We are not for sale,' said ...); a single-quoted passage inside a
    double-quoted one is a nested quote and is left out, and so is a lone word in single quotes."""
    quotes = list(double) if double is not None else find_quotes(text)
    spans = [(q.open_mark, q.close_mark) for q in quotes]
    for m in SINGLE_QUOTE.finditer(text):
        if (m.group("open") == "'") != (m.group("close") == "'"):
            continue  # ‘ closes with ’, ' with '
        b, e = m.start("body"), m.end("body")
        if len(m.group("body").split()) < 2 or any(ob <= m.start() <= oe for ob, oe in spans):
            continue
        quotes.append(Quote(b, e, m.start("open"), m.start("close"), [(b, e)]))
    quotes.sort(key=lambda q: q.open_mark)
    return quotes


def _entity_mentions(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    text = doc.text  # (spaCy joins all tokens on every doc.text: read it once)
    datelines = [m.span() for m in DATELINE.finditer(text)]
    for e in doc.ents:
        if e.label_ not in ENTITY_KINDS or (out and e.start_char < out[-1].span[1]):
            continue  # (inside a name widened below: "Fiona Mac" + "an" + "tSaoir")
        if any(b <= e.start_char and e.end_char <= end for b, end in datelines):
            continue  # 'DENVER (AP) —': the dateline names where the story was filed, never an actor
        kind = ENTITY_KINDS[e.label_]
        last = name_extent(doc, e.start, e.end - 1)[1] if kind == "person" or _first_name_led(e) else e.end - 1
        if _first_name_led(e):
            kind = "person"  # "Jean-Luc d'Aubigné" the NER took for an organisation
        end = doc[last].idx + len(doc[last])
        first = _first_names_before(doc, e.start) if kind == "person" else e.start
        first = _coordinated_first(doc, first, last) if kind == "organisation" else first
        m = Mention((doc[first].idx, end), text[doc[first].idx:end], kind, is_subject=clause_subject(e.root))
        m = _with_particles_before(text, m, out[-1].span[1] if out else 0)  # "Jan ter" + "Horst"
        if out and _particles_between(text, out[-1], m):  # "Hendrik van" + "Berg": one name
            b = out[-1].span[0]
            m = Mention((b, m.span[1]), text[b : m.span[1]], "person", out[-1].is_subject or m.is_subject)
            out.pop()
        out.append(m)
    return out


def _coordinated_first(doc: Doc, first: int, last: int) -> int:
    """The first word of a body's name whose first head the NER left out before "and" ("Cleaners and
    | Caterers Alliance", "Port Haulage and | Freight Association"): the capitalised words before it,
    when the phrase rules read the whole as one body's name (actors.mentions: its grammar); else first."""
    k = first
    if k >= 2 and doc[k - 1].lower_ in ("and", "&") and doc[k - 2].is_title and doc[k - 2].lower_ not in ("the", "a", "an"):
        k -= 2
        while k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ not in ("the", "a", "an") and not doc[k].is_sent_start \
                and doc[k - 1].ent_type_ in ("", "ORG"):
            k -= 1
    if k == first:
        return first
    ent = parse_phrase(doc[k:last + 1].text, "en").entity
    return k if ent is not None and ent.kind == "organisation" and ent.name.startswith(doc[k].text) else first


# the words of a company descriptor before a name: 'Supermarket chain', 'The budget airline', 'Regional carrier'
_DESCRIPTOR_TAGS = {"NN", "JJ", "NNP", "HYPH", "VBN"}


def _with_descriptors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name with the noun phrase that says what kind of body it is right before it ('Supermarket
    chain Bellmart', 'the budget airline SkyPenny', 'Regional carrier Bluegull Air'): the mention
    holds the descriptor, so the actors know the body ('the retailer said' refers back to it) and
    take it for an organisation, whatever the NER guessed. The phrase rules decide what a
    descriptor is (extract/data/institutions_en.txt, speakers_en.txt); a role ('Finance minister
    Ada Roe') is none."""
    out = []
    for m in mentions:
        span = doc.char_span(*m.span, alignment_mode="expand")
        first = span.start if span is not None else 0
        k = first
        while k > 0 and first - k < 4 and doc[k - 1].tag_ in _DESCRIPTOR_TAGS and not doc[k - 1].is_sent_end \
                and doc[k - 1].ent_type_ in ("", "ORG", "PERSON", "NORP"):
            k -= 1
        widened = m
        for j in range(k, first):  # the longest phrase that is a descriptor and this name
            b = doc[j].idx
            ent = parse_phrase(doc.text[b:m.span[1]], "en").entity
            if ent is not None and ent.kind == "organisation" and ent.descriptor and ent.name == m.text:
                widened = Mention((b, m.span[1]), doc.text[b:m.span[1]], "organisation", m.is_subject)
                break
        out.append(widened)
    return out


# a people's adjective: 'Marenian', 'Valdorian', 'Kestrese', 'Danish' (the NER's NORP, or its shape)
_DEMONYM = re.compile(r"[A-Z][a-z]{3,}(?:ian|ean|ese|ish|an|i)")


def _a_people(tok) -> bool:
    """A word naming a people: so tagged, or of a people's adjective's shape."""
    return tok.ent_type_ == "NORP" or bool(_DEMONYM.fullmatch(tok.text))


def _named_group(doc: Doc, span: tuple[int, int]) -> Mention | None:
    """A speaker phrase whose head is a plural common noun that a people's adjective qualifies
    ('Marenian fishermen said', 'the Valdorian truckers'): one group, named by both words, not
    the adjective alone (kind hint "group"). A bare plural ('Parents at the school said', 'Some
    farmers') names no group."""
    toks = doc.char_span(*span, alignment_mode="expand")
    if toks is None or not len(toks):
        return None
    head = toks.root
    if head.tag_ != "NNS" or head.ent_type_ in ("PERSON", "ORG"):
        return None
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    # (the demonym may qualify a compound before the head, 'Drosnian | dairy | farmers'; there the
    # shape alone is not enough, an English adjective of that shape is no people: 'Civilian aid workers')
    if not any(_a_people(c) or any(a.dep_ == "amod" and (
            a.ent_type_ == "NORP" or _DEMONYM.fullmatch(a.text) and not is_dictionary_word(a.text)) for a in c.lefts)
            for c in mods):
        return None
    b = min(c.left_edge.i for c in mods)
    while b < head.i and doc[b].pos_ == "DET":
        b += 1
    return Mention((doc[b].idx, head.idx + len(head)), doc.text[doc[b].idx:head.idx + len(head)], "group", True)


def _first_names_before(doc: Doc, start: int) -> int:
    """Where a person's name begins: the NER may leave the first names of a double surname out
    ('Ana María | Ortega Salcedo', 'Ciarán | Mac Gearailt'); listed first names right before it,
    written with a capital, belong to it."""
    k = start
    while k > 0 and start - k < 2 and doc[k - 1].is_alpha and doc[k - 1].is_title and not doc[k - 1].ent_type_ \
            and first_name(doc[k - 1].lower_) and not doc[k - 1].whitespace_ == "":
        k -= 1
    return k


def _first_name_led(e) -> bool:
    """An organisation or place entity of a known first name and name words ("Jean-Luc d'Aubigné",
    "Eamon Ó Súilleabháin"), none of them a word that ends organisation names: a person."""
    words = e.text.split()
    return (e.label_ != "PERSON" and 2 <= len(words) <= 5 and words[0].split("-")[0].casefold() in firstnames()
            and not any(w.casefold() in organisation_words() for w in words[1:]))


# small words inside names ("Hendrik van der Berg"): base.NAME_PARTICLES


# a first name and lower-case particles right before a surname: "Jan ter | Horst", "Maria de la | Cruz"
_PARTICLES_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*((?:\s+(?:" + "|".join(sorted(NAME_PARTICLES)) + r"))+)\s+$")


_NOT_FIRST_NAMES = {"in", "on", "at", "by", "for", "with", "from", "to", "and", "but", "as", "of", "after", "before"}


def _with_particles_before(text: str, m: Mention, floor: int) -> Mention:
    """The mention widened to the first name and particles the NER left before it: a person's
    ('Jan ter | Horst'), or a surname the NER took for a place when a known first name leads
    ('Sofia dos | Santos')."""
    found = _PARTICLES_BEFORE.search(text, max(floor, m.span[0] - 40), m.span[0])
    first = found.group(0).split()[0].casefold() if found else ""
    if found is None or first in _NOT_FIRST_NAMES or (m.kind_hint != "person" and first not in firstnames()):
        return m
    b = found.start()
    return Mention((b, m.span[1]), text[b : m.span[1]], "person", m.is_subject)


def _particles_between(text: str, a: Mention, b: Mention) -> bool:
    """Two name mentions split by the NER at name particles ("Hendrik van" | "der" | "Berg")."""
    if "person" not in (a.kind_hint, b.kind_hint) or b.span[0] - a.span[1] > 20:
        return False
    gap = text[a.span[1] : b.span[0]].split()
    tail = a.text.split()[-1:] if a.text.split()[-1:] and a.text.split()[-1].islower() else []
    words = tail + gap
    return bool(words) and all(w in NAME_PARTICLES for w in words) and text[a.span[1]:b.span[0]].strip(" ") != ""


def _with_speakers(doc: Doc, mentions: list[Mention], statements: list[Found]) -> list[Mention]:
    """Adds speaker phrases no entity covers ("a police spokeswoman", "she"), so the actors
    module sees every speaker in text order; a lone surname that speaks is a person
    (surnames.py), whatever the NER guessed."""
    text = doc.text
    groups = [g for f in statements for s in f.speaker_mention[:1] if (g := _named_group(doc, s)) is not None]
    # (a demonym the NER took for a body inside the group gives way to the group: 'Marenian | fishermen')
    mentions = [m for m in mentions if not any(g.span[0] <= m.span[0] and m.span[1] <= g.span[1] for g in groups)]
    mentions = mentions + [g for k, g in enumerate(groups) if g.span not in {h.span for h in groups[:k]}]
    surnames = {s for f in statements for s in f.speaker_mention[:1] if is_surname_speaker(doc, *s)}
    # (a part the NER split off a surname with particles, "Mac an | tSaoir", gives way to the whole)
    mentions = [m for m in mentions if not any(b <= m.span[0] and m.span[1] <= e and (b, e) != m.span for b, e in surnames)]
    out = [Mention(m.span, m.text, "person", m.is_subject) if m.span in surnames else m for m in mentions]
    seen = {m.span for m in mentions}
    for f in statements:
        for b, e in f.speaker_mention:
            if text[b:e].lower() in RELATIVE:
                continue  # 'who': the name before it is the mention
            if (b, e) in seen or any(m.span[0] >= b and m.span[1] <= e and m.kind_hint for m in mentions):
                continue
            seen.add((b, e))
            out.append(Mention((b, e), text[b:e], "person" if (b, e) in surnames else "", is_subject=True))
    out.sort(key=lambda m: m.span)
    return out
