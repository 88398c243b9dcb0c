"""English statements: direct quotes, indirect and reported speech, with the speaker as written.

    “We will win,” she said, “and soon.”          direct (one statement, two quote spans)
    “We will win,” she said. “And soon.”          direct, continued after the attribution (the same)
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
    Roe: The talks have failed                     a labelled headline or transcript line
                                                   (extract/english_lines.py)

With a trained pipeline (tagger, parser, NER) the speaker is the verb's subject expanded to
the full name or organisation, and reported speech needs a subject that can speak; with the
blank fallback the same patterns run as rules over word shapes (reported speech only when
the speaker opens the clause). Cues come from data/cues_en.tsv, speaking nouns from
data/speakers_en.txt.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .english_lines import labelled_lines
from .model import Analysis, Found, Mention
from .nlp_en import is_trained, load_english
from .quotes import Quote, find_quotes

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
RELATIVE = {"who", "which", "that"}
QUOTE_CHARS = "\"“”‘’«»„"
# a reported-speech verb counts with these prepositional objects ("warned of", "called for")
REPORTED_PREPS = {"of", "for", "against", "about", "on", "to", "over"}
# children of a reported verb that belong to another statement, not to its clause
OTHER_CLAUSE = {"conj", "cc", "advcl", "parataxis"}
# Reported speech is quoted as its whole clause, speaker included (the German Wikinews
# convention), unless the speaker is so long that a gold quoting only the object would no
# longer overlap; then from the verb on (see _from_verb). False: always the whole clause.
REPORTED_FROM_VERB = True
# a direct quote with no cue of its own continues the previous speaker when this close
CARRY_OVER_CHARS = 400

# "VALDORIA CITY, March 4 (Wire) - " opening a paragraph: not part of any clause or speaker
DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'’ -]{2,40}(?:,[^\n()–—-]{0,40})?(?:\([^\n()]{1,40}\))?\s+[-–—]+\s+")

# confidence by pattern
CONF_DIRECT, CONF_CARRIED, CONF_PARTIAL, CONF_INDIRECT, CONF_ACCORDING, CONF_REPORTED = (
    0.95, 0.7, 0.85, 0.85, 0.8, 0.7)
CONF_RULES = 0.6  # the blank pipeline's rules


# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class CueEntry:
    lemma: str
    particle: str  # "" or the word after the verb ("for" in "call for")
    kind: str  # indirect | reported | describe | source (see data/cues_en.tsv)
    forms: frozenset[str]


def _regular_forms(lemma: str) -> set[str]:
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[CueEntry, ...]:
    """The English cue entries from data/cues_en.tsv, read once."""
    text = resources.files("extract").joinpath("data/cues_en.tsv").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        words = cols[0].strip().lower().split()
        kind = cols[1].strip() if len(cols) > 1 and cols[1].strip() else "indirect"
        forms = set(cols[2].lower().split()) if len(cols) > 2 and cols[2].strip() else _regular_forms(words[0])
        entries.append(CueEntry(words[0], " ".join(words[1:]), kind, frozenset(forms)))
    return tuple(entries)


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Common nouns that can head a speaker (data/speakers_en.txt), read once."""
    text = resources.files("extract").joinpath("data/speakers_en.txt").read_text("utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def _by_lemma() -> dict[str, list[CueEntry]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_lexicon():
        out.setdefault(e.lemma, []).append(e)
    for lst in out.values():
        lst.sort(key=lambda e: not e.particle)  # "call for" before a plain "call"
    return out


@lru_cache(maxsize=1)
def _by_form() -> dict[str, list[CueEntry]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_lexicon():
        for f in e.forms:
            out.setdefault(f, []).append(e)
    for lst in out.values():
        lst.sort(key=lambda e: not e.particle)
    return out


# ---------------------------------------------------------------- entry point

def analyse(text: str) -> Analysis:
    nlp = load_english()
    text = curly_double_apostrophes(text)
    doc = nlp(text)
    quotes = english_quotes(text)
    if is_trained(nlp):
        statements = ParsedRules(doc, quotes).statements()
        mentions = _entity_mentions(doc)
    else:
        statements = BlankRules(doc, quotes).statements()
        mentions = []
    mentions = _with_speakers(text, mentions, statements)
    statements = _distinct(statements)
    return Analysis(statements=statements, mentions=mentions, tokens=len(doc))


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


def english_quotes(text: str) -> list[Quote]:
    """Double-quoted passages (extract.quotes) plus single-quoted ones, the British style
    ('We are not for sale,' said ...); a single-quoted passage inside a double-quoted one is
    a nested quote and is left out, and so is a lone word in single quotes."""
    quotes = find_quotes(text)
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
    return [
        Mention((e.start_char, e.end_char), e.text, ENTITY_KINDS[e.label_],
                is_subject=e.root.dep_ in ("nsubj", "nsubjpass"))
        for e in doc.ents if e.label_ in ENTITY_KINDS
    ]


def _with_speakers(text: str, mentions: list[Mention], statements: list[Found]) -> list[Mention]:
    """Adds speaker phrases no entity covers ("a police spokeswoman", "she"), so the actors
    module sees every speaker in text order."""
    out = list(mentions)
    seen = {m.span for m in mentions}
    for f in statements:
        for b, e in f.speaker_mention:
            if text[b:e].lower() in RELATIVE:
                continue  # 'who': the name before it is the mention
            if (b, e) in seen or any(m.span[0] >= b and m.span[1] <= e and m.kind_hint for m in mentions):
                continue
            seen.add((b, e))
            out.append(Mention((b, e), text[b:e], "", is_subject=True))
    out.sort(key=lambda m: m.span)
    return out


# ---------------------------------------------------------------- shared helpers

class _Base:
    def __init__(self, doc: Doc, quotes: list[Quote]):
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes
        self._qstarts = [q.open_mark for q in quotes]
        self.sents = list(doc.sents)
        self._sstarts = [s.start_char for s in self.sents]
        self.found: list[Found] = []
        self.used_quotes: set[int] = set()  # indexes into self.quotes
        self.used_cues: set[int] = set()  # token indexes
        self.datelines = [m.span() for m in DATELINE.finditer(self.text)]

    def quote_at(self, char: int) -> int | None:
        """Index of the quote whose marks enclose this character, or None."""
        i = bisect.bisect_right(self._qstarts, char) - 1
        if i >= 0 and self.quotes[i].open_mark <= char <= self.quotes[i].close_mark:
            return i
        return None

    def quotes_inside(self, b: int, e: int) -> list[int]:
        """Indexes of the quotes whose marks stand inside text[b:e]."""
        return [i for i, q in enumerate(self.quotes) if b <= q.open_mark and q.close_mark < e]

    def worded_spans(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Char spans of token runs (first, last), trimmed of edge punctuation; runs with no more
        than three letters or digits are left out."""
        return [sp for a, b in pieces if (sp := _trim(self.doc, a, b)) and _alnum(self.text, [sp]) > 3]

    def in_dateline(self, tok: Token) -> bool:
        return any(b <= tok.idx < e for b, e in self.datelines)

    def in_quote(self, tok: Token) -> bool:
        return self.quote_at(tok.idx) is not None

    def sent_of(self, char: int) -> Span:
        return self.sents[max(0, bisect.bisect_right(self._sstarts, char) - 1)]

    def quote_groups(self) -> list[list[int]]:
        """Quotes split only by an attribution ("…," she said, "…") form one group."""
        groups: list[list[int]] = []
        for i, q in enumerate(self.quotes):
            if groups:
                prev = self.quotes[groups[-1][-1]]
                gap = self.text[prev.close_mark + 1 : q.open_mark]
                inner = self.text[prev.start : prev.end].rstrip()
                if ("\n" not in gap and len(gap) < 150 and gap.rstrip().endswith(",")
                        and (inner.endswith(",") or gap.strip().startswith(","))
                        and self.cues_between(prev.close_mark + 1, q.open_mark)):
                    groups[-1].append(i)
                    continue
            groups.append([i])
        return groups

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        raise NotImplementedError

    def carried_speaker(self, quote: Quote) -> list[tuple[int, int]] | None:
        """The speaker of a quote with no cue of its own, when the quote is a whole sentence
        (“This accord must protect our farmers.”): the person a sentence of narration right
        before it is about ('Roe was blunt. “We will win.”'), else the speaker of the statement
        just before it."""
        if not self.stands_alone(quote):
            return None
        before = [f for f in self.found if f.speaker_mention and f.quote[-1][1] <= quote.open_mark]
        last = max(before, key=lambda f: f.quote[-1][1]) if before else None
        end = max(last.quote[-1][1], last.frame[1] if last.frame else 0) if last else 0
        prev_char = len(self.text[: quote.open_mark].rstrip()) - 1
        if prev_char >= 0 and prev_char >= end:
            narrator = self.narration_subject(prev_char)
            if narrator is not None:
                return [narrator]
        if last is None or quote.open_mark - end > CARRY_OVER_CHARS:
            return None
        return list(last.speaker_mention)

    def stands_alone(self, quote: Quote) -> bool:
        """A quote that is a sentence of its own."""
        inner = self.text[quote.start : quote.end].strip()
        return len(inner.split()) >= 3 and inner[:1].isupper() and not self.inside_narration(quote)

    def inside_narration(self, quote: Quote) -> bool:
        """Quoted words inside a sentence of narration ('signs reading "Four more years"')."""
        lead = self.text[: quote.open_mark].rstrip()
        return bool(lead) and lead[-1] not in ".!?:\"”’'\n" and "\n" not in self.text[len(lead) : quote.open_mark]

    def narration_subject(self, char: int) -> tuple[int, int] | None:
        return None

    def continued_direct(self, group: list[int]) -> bool:
        """'“We will win,” she said. “And soon.”': a quote with no cue of its own, in the same
        paragraph right after a direct statement's attribution, continues that statement (one
        statement, several quote pieces). Only the previous statement's cue and speaker and
        a few words ('on Tuesday') may stand between."""
        first = self.quotes[group[0]]
        before = [f for f in self.found if f.kind == "direct" and f.quote[-1][1] <= first.open_mark]
        if not before or self.inside_narration(first):
            return False
        last = max(before, key=lambda f: f.quote[-1][1])
        gap_start = last.quote[-1][1]
        gap = self.text[gap_start : first.open_mark]
        if "\n" in gap or len(gap) > 250:
            return False
        cue_end = max((e for b, e in last.cue if gap_start <= b < first.open_mark), default=None)
        if cue_end is not None:
            # '…," said Roe, a senior analyst at the institute. “…”': the attribution's sentence only
            if re.search(r"[.!?]\s+\W*\w", self.text[cue_end : first.open_mark]):
                return False
        else:
            rest = list(gap)
            for b, e in last.speaker_mention:
                for k in range(max(b, gap_start), min(e, first.open_mark)):
                    rest[k - gap_start] = " "
            if len(re.findall(r"\w+", "".join(rest))) > 4:
                return False
        last.quote.extend(p for i in group for p in self.quotes[i].pieces)
        end = self.sent_of(self.quotes[group[-1]].close_mark).end_char
        last.frame = (last.frame[0], max(last.frame[1], end, self.quotes[group[-1]].close_mark + 1))
        self.used_quotes.update(group)
        return True

    def add_direct(self, group: list[int], cue: list[tuple[int, int]], speaker: list[tuple[int, int]],
                   confidence: float, unattributed: bool = False) -> None:
        pieces = [p for i in group for p in self.quotes[i].pieces]
        # the sentences holding the quote and its cue ('"…," she said on Tuesday.': dating needs
        # 'on Tuesday'); a speaker carried over from an earlier statement stays outside
        spans = [(self.quotes[group[0]].open_mark, self.quotes[group[-1]].close_mark + 1)] + cue
        if cue:
            spans += speaker
        first = self.sent_of(min(b for b, _ in spans))
        last = self.sent_of(max(e for _, e in spans) - 1)
        frame = (min(first.start_char, spans[0][0]), max(last.end_char, max(e for _, e in spans)))
        self.found.append(Found(quote=pieces, kind="direct", cue=cue, speaker_mention=speaker, frame=frame,
                                unattributed=unattributed, confidence=confidence))
        self.used_quotes.update(group)


def _distinct(found: list[Found]) -> list[Found]:
    """In text order, one statement per quote span (statement ids hash the spans): the more
    confident one stays."""
    best: dict[tuple, Found] = {}
    for f in found:
        key = tuple(f.quote)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return sorted(best.values(), key=lambda f: f.quote[0])


def _from_verb(text: str, clause: tuple[int, int], verb_start: int, verb_end: int) -> tuple[int, int]:
    """Reported speech quoted from the verb on when the speaker before it is long: with S, V
    and C the letters of speaker, verb and the rest, the whole clause overlaps a gold that
    quotes only the object (scorer: F1 >= 0.5) when S + V <= 2C; otherwise the part from the
    verb on still overlaps it, and a gold that quotes the whole clause when S <= 2(V + C)."""
    if not clause[0] < verb_start < clause[1]:
        return clause
    s = _alnum(text, [(clause[0], verb_start)])
    v = _alnum(text, [(verb_start, verb_end)])
    c = _alnum(text, [(verb_end, clause[1])])
    return clause if s + v <= 2 * c else (verb_start, clause[1])


def _top_level(found: list[Found]) -> list[Found]:
    """Drops a statement whose cue stands inside another's quoted content ("Roe said she
    believed the outbreak had peaked": one statement, Roe's); the scorer and the timeline
    want the outer one."""
    out = []
    for f in found:
        inside = f.cue and any(
            g is not f and g.kind != "direct" and any(b <= f.cue[0][0] and f.cue[0][1] <= e for b, e in g.quote)
            for g in found)
        if not inside:
            out.append(f)
    return out


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """Char span of tokens i..j (inclusive) without punctuation at the edges; a closing quote
    mark stays when its opening mark is inside."""
    while i <= j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "“\"":
        i += 1
    while j >= i and (doc[j].is_punct or doc[j].is_space):
        if doc[j].text in "”\"’" and any(doc[k].text in "“\"‘" for k in range(i, j)):
            break
        j -= 1
    while i <= j and doc[i].text in "“\"" and not any(doc[k].text in "”\"" for k in range(i + 1, j + 1)):
        i += 1
    if i > j:
        return None
    return (doc[i].idx, doc[j].idx + len(doc[j]))


def _runs_outside(i: int, j: int, inner: set[int]) -> list[tuple[int, int]]:
    """The runs of token indexes i..j (inclusive) not in ``inner``, as (first, last)."""
    pieces, run = [], []
    for k in range(i, j + 1):
        if k in inner:
            if run:
                pieces.append((run[0], run[-1]))
            run = []
        else:
            run.append(k)
    if run:
        pieces.append((run[0], run[-1]))
    return pieces


def _alnum(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(ch.isalnum() for b, e in spans for ch in text[b:e])


# ---------------------------------------------------------------- trained pipeline

class ParsedRules(_Base):
    """Rules over the dependency parse."""

    def cue_entry(self, tok: Token) -> CueEntry | None:
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return _by_lemma()["according"][0]
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
            return None
        entries = _by_lemma().get(tok.lemma_.lower()) or _by_lemma().get(tok.lower_)
        if not entries:
            return None
        # the particle right after the verb: "called for calm", not "called a meeting for Tuesday"
        nxt = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt") and c.i == tok.i + 1}
        for e in entries:
            if not e.particle or e.particle in nxt:
                return e
        return None

    def cue_span(self, tok: Token, entry: CueEntry) -> tuple[int, int]:
        if entry.particle:
            for c in tok.children:
                if c.lower_ == entry.particle.split()[-1] and c.i == tok.i + 1:
                    return (tok.idx, c.idx + len(c))
        return (tok.idx, tok.idx + len(tok))

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        out = []
        for tok in self.doc.char_span(b, e, alignment_mode="expand") or []:
            entry = self.cue_entry(tok)
            if entry and entry.kind != "source" and not self.in_quote(tok):
                out.append((tok.i, entry))
        return out

    # -- speakers
    def subject(self, verb: Token) -> Token | None:
        """The speaker token of a speech verb: its subject, the subject of the verb it hangs
        on ("..., saying ...", "... and said ..."), or the noun a relative clause describes."""
        seen = 0
        while verb is not None and seen < 4:
            # the subject nearest the verb (a dateline can pose as a second one)
            subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
            for c in subjects:
                if self.in_dateline(c):
                    # 'MARLOW (AP) — The official, Marcus Hale, said': the parser hung the
                    # subject on the dateline as an apposition
                    apposed = [a for a in c.children if a.dep_ == "appos" and not self.in_dateline(a)]
                    if apposed:
                        return apposed[0]
                    continue
                if c.ent_type_ in ("DATE", "TIME") and len(subjects) > 1:
                    continue  # 'Hale said Tuesday that ...': the day is no second subject
                if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return verb.head
                return c
            for c in verb.children:  # passive with agent: "was told by X"
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if verb.lemma_ in ("quote", "cite") and seen:  # "X was quoted as saying ..."
                passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if passive:
                    return passive[0]
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
                verb = verb.head.head  # "quoted as saying"
                seen += 1
                continue
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and self.doc[verb.left_edge.i - 1].text == ",":
                # 'X blocked a law that ..., ruling that ...': the participle belongs to the main clause
                root = verb.sent.root
                if root.i != verb.i and any(c.dep_ == "nsubj" for c in root.children):
                    verb = root
                    seen += 1
                    continue
            if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
                # "said it had invested ... and called the strike ...": a speech verb conjoined
                # inside another's clause shares that speech verb's subject
                if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and self.cue_entry(verb)
                        and self.cue_entry(verb.head.head)):
                    verb = verb.head.head
                else:
                    verb = verb.head
                seen += 1
                continue
            return None
        return None

    def speaker_span(self, tok: Token) -> tuple[int, int]:
        """The subject expanded to the full name or organisation, as written:
        "Secretary of State Jane Roe", "a spokesman for the ministry", "The union's general
        secretary, Priya Castellan"; relative clauses and descriptive appositions are left out."""
        if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
            return (tok.idx, tok.idx + len(tok))
        left = tok.left_edge.i
        while left < tok.i and self.in_dateline(self.doc[left]):
            left += 1
        # 'Khalid al-Mansouri': a hyphenated surname the parser split keeps its first part
        while left >= 2 and self.doc[left - 1].text == "-" and not self.doc[left - 2].whitespace_ \
                and not self.doc[left - 1].whitespace_:
            left = self.doc[left - 2].left_edge.i
        right = tok.i
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("prep", "compound", "nummod", "amod", "case", "flat", "nmod", "pobj", "cc", "conj"):
                right = c.right_edge.i  # 'Both Ms. Rana and Mr. Ott'; 'a spokesman for the ministry' 
            elif c.dep_ == "appos" and tok.pos_ != "PROPN" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON"):
                right = self._appos_end(c)
                break
            elif c.dep_ == "punct" and c.text == ",":
                continue
            else:
                break
        span = _trim(self.doc, left, right)
        return span or (tok.idx, tok.idx + len(tok))

    def _appos_end(self, appos: Token) -> int:
        right = appos.i
        for c in appos.children:
            if c.i > appos.i and c.dep_ in ("compound", "flat", "nmod"):
                right = c.right_edge.i
        return right

    def speaker_of(self, verb: Token) -> list[tuple[int, int]]:
        subj = self.subject(verb)
        if subj is None:
            # inverted order the parser missed: '"…," said Amina Toure'
            for c in verb.rights:
                if c.ent_type_ in ("DATE", "TIME"):
                    continue  # 'said Tuesday'
                if c.pos_ in ("PROPN", "PRON") and c.dep_ in ("dobj", "npadvmod", "attr", "appos", "nsubj"):
                    return [self.speaker_span(c)]
            return []
        if subj.lower_ == "there":
            return []
        return [self.speaker_span(subj)] + self.relative_mention(verb)

    def relative_mention(self, verb: Token) -> list[tuple[int, int]]:
        """'Roe, who said ...': the relative pronoun is where the speaker stands in the clause;
        it follows the name it refers to (the first span, which actors resolve)."""
        for _ in range(4):  # 'who launched his campaign by declaring ...': up the verb chain
            if verb.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ != "relcl":
            return []
        return [(c.idx, c.idx + len(c)) for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE][:1]

    # -- statements
    def statements(self) -> list[Found]:
        self.found.extend(labelled_lines(self.doc, self.can_speak))
        for f in self.found:
            self.used_quotes.update(self.quotes_inside(f.quote[0][0] - 1, f.quote[0][1] + 1))
        self.indirect_pass()
        self.direct_pass()
        return _top_level(self.found)

    def indirect_pass(self) -> None:
        doc = self.doc
        for tok in doc:
            if self.in_quote(tok):
                continue
            entry = self.cue_entry(tok)
            if entry is None:
                continue
            if entry.kind == "source":
                self.according_to(tok, entry)
                continue
            if self.passive_participle(tok):
                continue  # "when asked whether ...": the one asked is not the speaker
            # a clause: a verb, or anything the parser gave a 'that' ('suggests that people ... live')
            # ... or a noun the parser made the clause's head but gave a subject ('said the
            # spate of shootings demands that ...')
            comps = [c for c in self.complements(tok) if c.pos_ in ("VERB", "AUX") or any(
                (g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            if tok.dep_ == "relcl" and any(c.i < tok.head.i for c in comps):
                continue  # 'The council voted ..., a decision residents criticised'
            if comps:
                if not self.undisclosed(tok, comps):
                    self.indirect(tok, entry, comps)
            elif self.clause_before(tok, entry) or self.parenthetical(tok, entry):
                continue
            elif entry.kind in ("reported", "describe"):
                self.reported(tok, entry)

    def parenthetical(self, verb: Token, entry: CueEntry) -> bool:
        """'The company, Mr. Halvorsen said, will cut 300 jobs.': the clause around the cue."""
        if verb.dep_ != "parataxis" or entry.kind == "source" or self.subject(verb) is None:
            return False
        head = verb.head
        inner = {t.i for t in verb.subtree}
        spans = self.worded_spans(_runs_outside(head.left_edge.i, head.right_edge.i, inner))
        if not spans or any(self.quote_at(b) is not None for b, _ in spans):
            return False
        self.add_clause(spans, "indirect", verb, entry, self.speaker_of(verb), CONF_INDIRECT)
        return True

    def undisclosed(self, verb: Token, comps: list[Token]) -> bool:
        """'Vell did not say whether ...' reports that nothing was said."""
        negated = any(c.dep_ == "neg" for c in verb.children)
        return negated and any(c.left_edge.lower_ in ("whether", "if") for c in comps)

    def clause_before(self, verb: Token, entry: CueEntry) -> bool:
        """'CLAUSE, the ministry said (in a statement).' when the parser found no complement
        (it sometimes reads the clause's verb as a noun)."""
        subj = self.subject(verb)
        if verb.dep_ == "acl" and verb.head.i < verb.i and self.can_speak(verb.head):
            subj = verb.head  # ', the carmaker announced on Wednesday': the parser hung it on a noun
        elif subj is None or subj.head.i != verb.i or subj.i > verb.i:
            return False
        if entry.kind == "describe":
            return False
        comma = subj.left_edge.i - 1
        sent = verb.sent
        start = sent.start
        while start < comma and self.in_dateline(self.doc[start]):
            start += 1
        if comma - start < 3 or self.doc[comma].text != ",":
            return False
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children if c.i > verb.i):
            return False
        if any(self.quote_at(t.idx) is not None or t.text == ":" for t in self.doc[verb.i + 1 : sent.end]):
            return False  # 'Roe replied: "Absolutely not."' is the direct pass's
        span = _trim(self.doc, start, comma - 1)
        if span is None or self.quote_at(span[0]) is not None:
            return False
        self.add_clause([span], "indirect", verb, entry, [self.speaker_span(subj)], CONF_INDIRECT * 0.9)
        return True

    def passive_participle(self, verb: Token) -> bool:
        """'(when) asked whether ...', 'told to leave': a participle whose subject was spoken to.
        A passive main clause ('It was announced that ...') stays: an unattributed statement."""
        kids = {c.dep_ for c in verb.children}
        return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not kids & {"nsubj", "agent"}

    def complements(self, verb: Token) -> list[Token]:
        """The verb's clausal complements; 'said in a statement that ...' hangs the clause on
        the noun, so a that-clause of the verb's prepositional object counts too."""
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        if comps:
            return comps
        for prep in verb.children:
            # 'in a statement', 'at a news conference', not 'comment on reports that ...'
            if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "at", "during"):
                continue
            for obj in prep.children:
                for c in obj.children:
                    if c.dep_ in ("acl", "relcl", "ccomp") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                        return [c]
        return []

    def indirect(self, verb: Token, entry: CueEntry, comps: list[Token]) -> None:
        # the clause, without conjoined speech verbs ("... and called the strike ...") that are
        # statements of their own, plus a conjoined verb phrase the parser hung on the speech
        # verb ("told reporters the men were aged 24 and had been under surveillance")
        keep: set[int] = set()
        for c in comps:
            keep.update(t.i for t in c.subtree)
            for conj in c.children:
                # a conjoined speech verb sharing the subject: '... and called the strike ...'
                if conj.dep_ == "conj" and self.cue_entry(conj) and not any(
                        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in conj.children):
                    keep.difference_update(t.i for t in conj.subtree)
                    keep.difference_update(t.i for t in c.children if t.dep_ == "cc" and t.i < conj.i
                                           and t.i == conj.left_edge.i - 1)
        # another speaker's statement hung inside the clause: '..., while Ems said ...'
        # ... or the speaker's own next statement: '... would close its embassy, citing ...'
        for d in [self.doc[k] for k in sorted(keep)]:
            own_subject = any(g.dep_ == "nsubj" for g in d.children)
            participle = d.tag_ == "VBG" and d.dep_ == "advcl" and self.doc[d.left_edge.i - 1].text == ","
            # ('... was frustrated when he called the company': a circumstance, not a statement)
            if (d.dep_ in ("advcl", "conj") and d.i in keep and self.cue_entry(d) and (own_subject or participle)
                    and not any(g.dep_ in ("mark", "advmod") and g.lower_ in _CIRCUMSTANCE for g in d.children)):
                keep.difference_update(t.i for t in d.subtree)
        last = max(keep)
        for c in verb.children:
            if (c.dep_ == "conj" and c.i > last and not self.cue_entry(c)
                    and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                         or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))):
                keep.update(t.i for t in c.subtree)
                keep.update(t.i for t in verb.children if t.dep_ == "cc" and last < t.i < c.i)
        i = min(keep)
        # keep the contiguous run that starts at the clause's first token
        run_end = i
        while run_end + 1 in keep:
            run_end += 1
        span = _trim(self.doc, i, run_end)
        if span is None or len(self.text[span[0] : span[1]].split()) < 2:
            return  # a lone 'that' is a relative pronoun the parser took for a clause
        span = self.after_dateline(span)
        quoted = self.quoted_parts(span)
        kind, conf = "indirect", CONF_INDIRECT
        if quoted:
            first_quote = min(self.quotes[k].open_mark for k, _ in quoted)
            lead = self.text[span[0] : first_quote].split()
            if (_alnum(self.text, [p for _, p in quoted]) >= 0.8 * _alnum(self.text, [span])
                    and [w for w in lead if w.lower() != "that"] == []):
                return  # Roe said: “…” is a direct quote, the direct pass takes it
            kind, conf = "partial", CONF_PARTIAL
            self.used_quotes.update(k for k, _ in quoted)
        speaker = self.speaker_of(verb)
        if not speaker and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return  # no speaker and no passive: 'stopped short of promising ...'
        self.add_clause([span], kind, verb, entry, speaker, conf)

    def quoted_parts(self, span: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        """(quote index, content piece within the span) for every quote overlapping the span."""
        out = []
        for k, q in enumerate(self.quotes):
            for b, e in q.pieces:
                b, e = max(b, span[0]), min(e, span[1])
                if b < e:
                    out.append((k, (b, e)))
        return out

    def after_dateline(self, span: tuple[int, int]) -> tuple[int, int]:
        for b, e in self.datelines:
            if span[0] < e < span[1]:
                return (e, span[1])
        return span

    def reported(self, verb: Token, entry: CueEntry) -> None:
        after = [c for c in verb.children if c.i > verb.i]
        if entry.kind == "describe":  # "called the strike unnecessary", "described it as ..."
            # an object and what it is called: not 'which called the strike' (no predicate)
            objects = [g for c in after if c.dep_ == "dobj" for g in c.children]
            has_object = any(c.dep_ in ("xcomp", "ccomp") for c in after) or (
                any(c.dep_ == "dobj" for c in after)
                and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in after + objects))
        else:
            has_object = any(
                c.dep_ in ("dobj", "xcomp", "dative", "oprd", "agent")  # 'was welcomed by X' 
                or (c.dep_ in ("prep", "prt") and (c.lower_ in REPORTED_PREPS or c.lower_ == entry.particle))
                for c in after
            )
        if not has_object or any(c.dep_ == "neg" for c in verb.children):
            return  # 'would not confirm the details' reports no statement
        if any(c.dep_ == "xcomp" and {"neg", "auxpass"} <= {g.dep_ for g in c.children} for c in after):
            return  # 'who asked not to be named': anonymity, not a statement
        # the verb's clause, its own subject included (a passive's subject is what was spoken
        # about: 'The ruling was welcomed by Cellfarm')
        keep = [verb]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        particle_end = verb.i + (1 if entry.particle else 0)
        for c in verb.children:
            # 'ruled out governing with ...', 'threatened on Thursday to walk out': the object
            gerund_object = c.dep_ == "advcl" and (
                (c.tag_ == "VBG" and c.left_edge.i == particle_end + 1)
                or (c.left_edge.lower_ == "to" and self.doc[c.left_edge.i - 1].text != ","))
            if (c.dep_ in OTHER_CLAUSE and not gerund_object) or (
                    c.dep_ == "punct" and c.i > verb.i and c.text != "”"):
                continue
            if c.i < verb.i and (subj is None or c.i < subj.i) and c.dep_ not in ("aux", "auxpass", "neg"):
                continue  # an opening adjunct: "In a statement, ...", "after she accused ..."
            keep.extend(c.subtree)
        # '... was opposed by Olsen, who said ...': a speech verb's own statement stays outside
        inner = {t.i for d in keep if d.dep_ == "relcl" and d.i != verb.i and self.cue_entry(d)
                 for t in self.doc[d.left_edge.i - (self.doc[d.left_edge.i - 1].text == ",") : d.right_edge.i + 1]}
        keep = [t for t in keep if t.i not in inner]
        idx = sorted(t.i for t in keep)
        # stop at the first gap (a conjoined clause left out)
        end = idx[0]
        start = idx[0]
        for a in idx[1:]:
            if a > end + 1 and a > verb.i:
                break
            end = a
        span = _trim(self.doc, start, end)
        if span is None or self.quote_at(span[0]) is not None:
            return
        span = self.after_dateline(span)
        if REPORTED_FROM_VERB and subj is not None and subj.dep_ == "nsubj":
            first = verb.i
            while first - 1 > subj.i and self.doc[first - 1].dep_ in ("aux", "neg"):
                first -= 1  # 'has denied', 'did not deny'
            if subj.lower_ in RELATIVE:  # 'who endorsed Rubio': the pronoun is no content
                span = (self.doc[first].idx, span[1])
            else:
                span = _from_verb(self.text, span, self.doc[first].idx, self.cue_span(verb, entry)[1])
        subj = self.subject(verb)
        if subj is None or subj.lower_ == "there" or not self.can_speak(subj):
            return  # "He was denied bail", "The storm threatened the coast": not speech
        speaker = [self.speaker_span(subj)] + self.relative_mention(verb)
        inside = self.quotes_inside(span[0], span[1] + 1)
        self.used_quotes.update(inside)
        self.add_clause([span], "reported", verb, entry, speaker, CONF_REPORTED)

    def narration_subject(self, char: int) -> tuple[int, int] | None:
        """The person a sentence without quotes is about ('Roe was blunt.'), when its main
        verb's subject is a person's name or he / she."""
        sent = self.sent_of(char)
        if any(self.quote_at(t.idx) is not None for t in sent):
            return None
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children):
            return self.speaker_span(subj)
        return None

    def can_speak(self, tok: Token) -> bool:
        """A pronoun, a name, or a noun phrase headed by a noun that can speak."""
        if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if tok.lemma_.lower() in speaker_nouns() or tok.lower_ in speaker_nouns():
            return True
        # 'The union's general secretary, Priya Castellan': the apposed name
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)

    def according_to(self, tok: Token, entry: CueEntry) -> None:
        to = self.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return
        speaker = [self.speaker_span(objs[0])]
        phrase = set(t.i for t in tok.subtree) | set(t.i for t in to.subtree) | {tok.i, to.i}
        head = tok.head if tok.head.i != tok.i else None
        sent = tok.sent
        first = sent.start
        while first < tok.i and self.in_dateline(self.doc[first]):
            first += 1
        last = sent.end - 1
        while last > tok.i and self.doc[last].is_punct:
            last -= 1
        pb, pe = min(phrase), max(phrase)
        # at the sentence's edge ('..., according to X.' / 'According to X, ...') it sources
        # the whole sentence, wherever the parser hung it
        edge = (pe >= last and pb > 0 and self.doc[pb - 1].text == ",") or (
            pb == first and pe + 1 < len(self.doc) and self.doc[pe + 1].text == ",")
        if head is None or head.i in phrase or edge:
            i, j = first, sent.end - 1
        else:
            i, j = head.left_edge.i, head.right_edge.i
        spans = self.worded_spans(_runs_outside(i, j, phrase))
        if not spans:
            return
        cue = (tok.idx, to.idx + len(to))
        kind = "indirect"
        quoted = [q for span in spans for q in self.quoted_parts(span)]
        if quoted and _alnum(self.text, [p for _, p in quoted]) >= 0.8 * _alnum(self.text, spans):
            # '"We expect a difficult winter," according to a statement': a direct quote
            kind = "direct"
            spans = [p for k in sorted({k for k, _ in quoted}) for p in self.quotes[k].pieces]
            self.used_quotes.update(k for k, _ in quoted)
        elif quoted:
            kind = "partial"
            self.used_quotes.update(k for k, _ in quoted)
        self.add_found(spans, kind, [cue], speaker, CONF_ACCORDING)

    def add_clause(self, spans, kind, verb, entry, speaker, conf) -> None:
        self.used_cues.add(verb.i)
        self.add_found(spans, kind, [self.cue_span(verb, entry)], speaker, conf, unattributed=not speaker)

    def add_found(self, spans, kind, cue, speaker, conf, unattributed=False) -> None:
        allspans = spans + cue + speaker
        s0 = self.sent_of(min(b for b, _ in allspans))
        s1 = self.sent_of(max(e for _, e in allspans) - 1)
        self.found.append(Found(quote=spans, kind=kind, cue=cue, speaker_mention=speaker,
                                frame=(s0.start_char, s1.end_char), unattributed=unattributed,
                                confidence=conf))

    def direct_pass(self) -> None:
        for group in self.quote_groups():
            if any(i in self.used_quotes for i in group):
                continue
            first, last = self.quotes[group[0]], self.quotes[group[-1]]
            verb = self.direct_cue(first, last)
            if verb is not None and self.scare_quote(first, last, verb):
                continue
            if verb is not None:
                entry = self.cue_entry(verb)
                self.used_cues.add(verb.i)
                self.add_direct(group, [self.cue_span(verb, entry)], self.speaker_of(verb), CONF_DIRECT)
                continue
            if self.continued_direct(group):
                continue
            speaker = self.carried_speaker(first)
            if speaker is not None:
                self.add_direct(group, [], speaker, CONF_CARRIED)

    def scare_quote(self, first: Quote, last: Quote, verb: Token) -> bool:
        """A few quoted words inside a sentence of narration, before the speech verb, are not
        what the verb introduces: 'Roe, a self-described "pragmatist", said ...'."""
        words = len(self.text[first.start : last.end].split())
        inline = re.search(r"\w\s+$", self.text[max(0, first.open_mark - 30) : first.open_mark]) is not None
        return inline and words < 6 and verb.idx > last.close_mark

    def direct_cue(self, first: Quote, last: Quote) -> Token | None:
        """The speech verb attributing a quote: after it in its sentence ('…," she said'),
        between its parts, or before it ('Roe said: “…”')."""
        s_first, s_last = self.sent_of(first.open_mark), self.sent_of(last.close_mark)
        nxt = next((q.open_mark for q in self.quotes if q.open_mark > last.close_mark), len(self.text))
        prv = max((q.close_mark + 1 for q in self.quotes if q.close_mark < first.open_mark), default=0)
        after_end = min(s_last.end_char, nxt)
        # a sentence ending right at the closing mark: the attribution may be the next "sentence"
        if after_end <= last.close_mark + 2:
            nxt_sent = self.sent_of(min(len(self.text) - 1, last.close_mark + 2))
            if self.text[last.end - 1 : last.end] in ",—–-" or self.text[last.close_mark + 1 : last.close_mark + 2] == ",":
                after_end = min(nxt_sent.end_char, nxt)
        para = self.text.find("\n", last.close_mark + 1)
        if para >= 0:
            after_end = min(after_end, para)
        # '…now." Analysts cautioned ...' starts a new sentence: no attribution there
        new_sentence = self.text[last.start : last.end].rstrip().endswith(".") and re.match(
            r"\s+[A-Z]", self.text[last.close_mark + 1 : last.close_mark + 3])
        after = [(i, e) for i, e in self.cues_between(last.close_mark + 1, after_end) if i not in self.used_cues]
        if after and not new_sentence:
            return self.doc[after[0][0]]
        between = [(i, e) for i, e in self.cues_between(first.open_mark, last.close_mark + 1)
                   if i not in self.used_cues]
        if between:
            return self.doc[between[0][0]]
        before_start = max(s_first.start_char, prv)
        head = self.text[before_start : first.open_mark]
        # the quote as the verb's object: 'Protesters chanted "Down with the tax!"'
        right_before = self.doc.char_span(before_start, first.open_mark, alignment_mode="expand")
        if right_before is not None and len(right_before) and not head[-1:].isalnum():
            last_tok = right_before[-1]
            if last_tok.idx + len(last_tok) <= first.open_mark and last_tok.i not in self.used_cues:
                entry = self.cue_entry(last_tok)
                if entry and entry.kind == "indirect" and self.doc[last_tok.i - 1].text not in "-–":
                    return last_tok
        if head.rstrip().endswith((":", ",")):  # 'Roe said: “…”', 'Roe said, “…”'
            before = [i for i, _ in self.cues_between(before_start, first.open_mark) if i not in self.used_cues]
            if before:
                return self.doc[before[-1]]
        lead = self.text[: first.open_mark].rstrip()
        if lead.endswith(":") and not head.strip():  # 'Roe said in a statement:' then the quote below
            sent = self.sent_of(len(lead) - 1)
            before = [i for i, _ in self.cues_between(max(sent.start_char, prv), len(lead)) if i not in self.used_cues]
            if before:
                return self.doc[before[-1]]
        return None


# ---------------------------------------------------------------- blank pipeline

_CONNECTIVES = {"but", "and", "while", "as", "so", "or", "yet", "then", "also"}
_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
_NP_GLUE = {"of", "for", "at", "the", "'s", "’s", "de", "van", "von", "al"}
_PREPOSITIONS = {"on", "to", "in", "of", "for", "at", "by", "with", "from", "about", "into"}
_MAX_NP = 9  # words in a speaker phrase
_MAX_LOWER = 5  # lower-case words in a speaker phrase ("two officials familiar with the plans")
_AUX = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "must", "should", "shall", "did", "does", "do", "'s", "’s", "'re", "’re", "'ll", "’ll"}
_VERB_GROUP = {"would", "could", "will", "did", "does", "do", "not", "never", "has", "had", "have", "also",
               "later", "previously", "again", "then", "recently", "may", "might", "n't", "n’t", "long",
               "repeatedly", "already", "still", "now", "publicly", "privately", "immediately", "quickly",
               "openly", "strongly", "sharply", "firmly", "flatly", "angrily", "once", "often", "reportedly"}
# what opens a clause that stays inside the statement ('that ...', 'when he called ...')
_CIRCUMSTANCE = {"that", "when", "if", "because", "after", "before", "until", "since", "once", "unless", "whenever"}
_SUBORDINATORS = {"after", "when", "because", "as", "while", "before", "since", "although", "though", "but", "and"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
               "today", "tonight", "last", "week", "night", "earlier", "later", "this", "month", "morning",
               "afternoon", "evening"}


class BlankRules(_Base):
    """The same patterns over plain tokens, for a pipeline without tagger or parser."""

    def cue_entry(self, tok: Token) -> CueEntry | None:
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return _by_lemma()["according"][0]
        entries = _by_form().get(tok.lower_)
        if not entries:
            return None
        prev = self.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        base = any(tok.lower_ == e.lemma for e in entries)
        if prev in _DETS or prev in ("'s", "’s") or (base and tok.i > 0 and self.doc[tok.i - 1].is_lower
                                                       and self.doc[tok.i - 1].lower_.endswith("er")):
            return None  # a noun after a determiner: "the reports", "the ruling", "weaker demand"
        nxt = self.doc[tok.i + 1].lower_ if tok.i + 1 < len(self.doc) else ""
        plain = any(tok.lower_ in (e.lemma, e.lemma + "s", e.lemma + "es") for e in entries)
        if plain and (nxt in _AUX or nxt == "of"):
            return None  # a noun: 'neighbouring states were ...', 'the coastal state of Idris'
        for e in entries:
            if (not e.particle or e.particle == nxt) and e.kind != "source":
                return e
        return None

    def cue_span(self, tok: Token, entry: CueEntry) -> tuple[int, int]:
        if entry.particle:
            end = self.doc[tok.i + 1]
            return (tok.idx, end.idx + len(end))
        return (tok.idx, tok.idx + len(tok))

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        out = []
        for tok in self.doc.char_span(b, e, alignment_mode="expand") or []:
            entry = self.cue_entry(tok)
            if entry and entry.kind != "source" and not self.in_quote(tok) and not tok.is_title:
                out.append((tok.i, entry))
        return out

    def sent_start(self, sent: Span) -> int:
        """The sentence's first token after a dateline."""
        i = sent.start
        while i < sent.end - 1 and self.in_dateline(self.doc[i]):
            i += 1
        return i

    # -- speakers from word shapes
    def speaker_left(self, cue_i: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase right before a cue: a pronoun, a name, or 'the/a ... (of|for) ...';
        after 'Name, the minister,' the name; after 'and'/', saying' the sentence's subject."""
        doc = self.doc
        j = cue_i - 1
        while j >= limit and (doc[j].lower_ in _VERB_GROUP or doc[j].lower_ in _TIME_WORDS or (
                doc[j].lower_ == "on" and j + 1 < cue_i and doc[j + 1].lower_ in _TIME_WORDS)):
            j -= 1  # 'would not', 'last night', 'on Monday'

        if j < limit:
            return None
        if doc[j].lower_ in _CONNECTIVES or (doc[j].text == "," and doc[cue_i].lower_.endswith("ing")):
            # 'X rejected the claim and said ...', '..., X said, accusing ...': X
            earlier = [f for f in self.found if f.speaker_mention and f.cue
                       and doc[limit].idx <= f.cue[0][0] < doc[cue_i].idx]
            if earlier:
                return earlier[-1].speaker_mention[0]
            return self.speaker_first(limit)
        if doc[j].text == "," and j - 2 >= limit and doc[j - 1].like_num and doc[j - 2].text == ",":
            j -= 2  # 'Gareth Pell, 58, admitted': the age is no speaker
        appos = doc[j].text == "," and j - 1 >= limit
        if appos:
            j -= 1  # 'The museum's director, Felix Amadi, said': the apposition
            # 'Senator Paul Amberg, a member of the Green Bloc, praised': the name before it
            # ... and 'Prime Minister Tobias Rehn, whose party has governed ..., told': the name too
            comma = next((m for m in range(j, max(limit, j - 2 * _MAX_NP) - 1, -1) if doc[m].text == ","), None)
            if comma is not None and comma + 1 <= j and doc[comma + 1].lower_ in (
                    "a", "an", "who", "whose", "which") and comma - 1 >= limit:
                j = comma - 1
                appos = False
        if doc[j].lower_ in PRONOUNS:
            return (doc[j].idx, doc[j].idx + len(doc[j]))
        if doc[j].lower_ in _PREPOSITIONS or doc[j].lower_ in _SUBORDINATORS or doc[j].lower_ in _AUX:
            return None  # 'comment on reports that', 'when asked whether': no subject here
        words = []
        k = j
        while k >= limit and len(words) < _MAX_NP:
            t = doc[k]
            plural_possessive = t.text in "'’" and k > limit and doc[k - 1].lower_.endswith("s") and not t.whitespace_ == ""
            if (t.is_punct or t.text in QUOTE_CHARS or t.is_space or self.in_dateline(t)) and not plural_possessive:
                break
            if plural_possessive:  # "The Retail Workers' Union"
                words.append(k)
                k -= 1
                continue
            if t.lower_ in _SUBORDINATORS and words:
                break
            if words and _by_form().get(t.lower_) and t.is_lower:
                break  # another speech verb: the phrase ends before it
            if t.is_alpha or t.lower_ in _NP_GLUE or t.text.endswith("."):
                words.append(k)
                if t.lower_ in _DETS and not (k - 2 >= limit and doc[k - 1].lower_ in ("of", "for", "at", "in", "from", "with")
                                              and doc[k - 2].is_alpha):
                    break  # a determiner opens the noun phrase ('Farmers in the region' goes on)
                k -= 1
                continue
            break
        while words and (doc[words[-1]].lower_ in _CONNECTIVES or doc[words[-1]].lower_ in _NP_GLUE - _DETS):
            words.pop()
        if not words:
            return None
        if doc[words[-1]].lower_ in RELATIVE:
            return None  # 'an election that polls suggest ...': a relative clause
        lower = [w for w in words if doc[w].is_lower and doc[w].lower_ not in _NP_GLUE | _DETS]
        if len(lower) > _MAX_LOWER:
            return None
        if len(words) > 1 and all(doc[w].is_lower for w in words) and doc[words[-1]].lower_ not in _DETS:
            words = words[:2]  # 'poorer countries': an undetermined common-noun phrase stays short
        b, e = doc[words[-1]], doc[words[0]]
        if appos and words[-1] - 1 > limit and doc[words[-1] - 1].text == ",":
            # 'A lawyer for one of the men, Sofia Lindqvist,': the whole phrase from the sentence start
            head = doc[limit : words[-1] - 1]
            if len(head) <= _MAX_NP and not any(t.is_punct for t in head) and not head[0].is_lower:
                b = head[0]
        return (b.idx, e.idx + len(e))

    def speaker_first(self, limit: int) -> tuple[int, int] | None:
        """The noun phrase opening the sentence: up to the first comma or speech verb."""
        doc = self.doc
        k = limit
        # an opening phrase: 'In a statement, the company ...'
        comma = next((m for m in range(limit, min(limit + 6, len(doc))) if doc[m].text == ","), None)
        if comma is not None and doc[limit].lower_ in _PREPOSITIONS | {"speaking", "asked"}:
            k = comma + 1
        words = []
        while k < len(doc) and len(words) < _MAX_NP:
            t = doc[k]
            if t.is_punct or t.is_space or self.cue_entry(t) or t.text in QUOTE_CHARS:
                break
            words.append(k)
            k += 1
        if not words or doc[words[0]].is_lower and doc[words[0]].lower_ not in _DETS | PRONOUNS:
            return None
        return (doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]]))

    def speaker_right(self, cue_i: int, limit: int) -> tuple[int, int] | None:
        """The name right after a cue: '…," said Amina Toure'; '…," she said' is speaker_left."""
        doc = self.doc
        k = cue_i + 1
        if k < limit and doc[k].lower_ in PRONOUNS:
            return (doc[k].idx, doc[k].idx + len(doc[k]))
        first = k
        while k < limit and k < first + 4 and doc[k].is_lower and doc[k].is_alpha:
            k += 1  # 'said student Lara Mbeki', 'said its chief executive, Ana Ruiz'
        if k < limit and doc[k].text == "," and k > first and k + 1 < limit and doc[k + 1].is_title:
            k += 1
            first = k
        if k >= limit or not doc[k].is_title:
            k = first
        words = list(range(first, k))
        while k < limit and (doc[k].is_title or (words and doc[k].text.endswith(".") and doc[k].is_alpha)):
            words.append(k)
            k += 1
        if not words or not doc[words[-1]].is_title:
            return None
        return (doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]]))

    def speaker_for(self, cue_i: int, after_quote: bool) -> list[tuple[int, int]]:
        sent = self.doc[cue_i].sent
        start, end = self.sent_start(sent), sent.end
        if after_quote:  # '…," said Roe' or '…," Roe said'
            sp = self.speaker_right(cue_i, end)
            left = self.speaker_left(cue_i, start)
            if left and self.quote_at(left[0]) is None and self.text[left[1]:self.doc[cue_i].idx].strip() == "":
                prev = self.text[max(0, left[0] - 3):left[0]]
                if any(c in prev for c in "”\",") or sp is None:
                    return [left]
            return [sp] if sp else []
        left = self.speaker_left(cue_i, start)
        return [left] if left else []

    # -- statements
    def statements(self) -> list[Found]:
        self.direct_pass()
        self.indirect_pass()
        return _top_level(self.found)

    def direct_pass(self) -> None:
        for group in self.quote_groups():
            first, last = self.quotes[group[0]], self.quotes[group[-1]]
            if self.inside_clause(first):
                continue  # 'said the plan was "dead on arrival"': the indirect pass's
            tail_end = min(len(self.text), last.close_mark + 80)
            nxt = next((q.open_mark for q in self.quotes if q.open_mark > last.close_mark), len(self.text))
            tail = self.text[last.close_mark + 1 : min(tail_end, nxt)]
            cue_i = None
            after = True
            # '…up." The union agreed.' is a new sentence, not the quote's attribution
            new_sentence = self.text[last.start : last.end].rstrip().endswith(".") and re.match(r"\s+[A-Z]", tail)
            if re.match(r"\s*,?\s*\S", tail) and not new_sentence:
                # the attribution ends with the sentence ('Mr.' does not end it) or the paragraph
                end = min(self.sent_of(last.close_mark).end_char, last.close_mark + 1 + len(tail))
                para = self.text.find("\n", last.close_mark + 1, end)
                end = para if para >= 0 else end
                cands = [i for i, _ in self.cues_between(last.close_mark + 1, end)]
                if cands and self.doc[cands[0]].idx - last.close_mark < 40:
                    cue_i = cands[0]
            if cue_i is None and len(group) > 1:
                cands = [i for i, _ in self.cues_between(first.close_mark + 1, last.open_mark)]
                cue_i = cands[0] if cands else None
            if cue_i is None:
                line_start = max(self.text.rfind("\n", 0, first.open_mark) + 1, first.open_mark - 200)
                head = self.text[line_start : first.open_mark]
                if not head.strip() and self.text[:first.open_mark].rstrip().endswith(":"):
                    lead_end = len(self.text[: first.open_mark].rstrip())  # 'Roe said:' then the quote below
                    line_start = max(self.text.rfind("\n", 0, lead_end) + 1, lead_end - 200)
                    head = self.text[line_start:lead_end]
                if head.rstrip().endswith((":", ",")):
                    cands = [i for i, _ in self.cues_between(line_start, first.open_mark)]
                    if cands:
                        cue_i, after = cands[-1], False
            if cue_i is not None:
                entry = self.cue_entry(self.doc[cue_i])
                self.used_cues.add(cue_i)
                speaker = self.speaker_for(cue_i, after)
                self.add_direct(group, [self.cue_span(self.doc[cue_i], entry)], speaker, CONF_RULES)
                continue
            if self.continued_direct(group):
                continue
            speaker = self.carried_speaker(first)
            if speaker is not None:
                self.add_direct(group, [], speaker, CONF_RULES * 0.8)

    def inside_clause(self, quote: Quote) -> bool:
        """A quote that continues a sentence of narration ('... that members were “angry”')."""
        before = self.text[max(0, quote.open_mark - 40) : quote.open_mark]
        return bool(re.search(r"\w\s+$", before))

    def indirect_pass(self) -> None:
        for sent in self.sents:
            start = self.sent_start(sent)
            for t in self.doc[start : sent.end]:
                if self.in_quote(t):
                    continue
                if t.lower_ == "according" and t.i + 1 < sent.end and self.doc[t.i + 1].lower_ == "to":
                    self.according_to(sent, t)
                    break
                entry = self.cue_entry(t)
                if entry is None or t.i in self.used_cues or t.is_title:
                    continue
                if self.clause_after(sent, start, t, entry) or self.clause_before(sent, start, t, entry):
                    continue

    def add(self, spans, kind, cue, speaker, sent: Span, confidence: float = CONF_RULES) -> None:
        self.found.append(Found(quote=spans, kind=kind, cue=cue, speaker_mention=speaker,
                                frame=(sent.start_char, sent.end_char), unattributed=not speaker,
                                confidence=confidence))

    def clause_end(self, sent: Span, k: int) -> int:
        """Last token of a clause starting at k: before ', saying' / 'and said' or the sentence end."""
        j = k
        while j < sent.end - 1:
            nxt = self.doc[j + 1]
            if nxt.text == ";" or (nxt.text == "," and j + 2 < sent.end and self.doc[j + 2].lower_ in ("and", "but")):
                break  # '..., and the union has demanded ...': another clause
            if nxt.text in ",;" or nxt.lower_ in ("and", "but"):
                after = self.doc[j + 2] if j + 2 < sent.end else None
                if after is not None and self.cue_entry(after) and not self.in_quote(after):
                    break
            if self.cue_entry(nxt) and nxt.lower_.endswith("ing") and self.doc[j].text == ",":
                break
            j += 1
        return j

    def clause_after(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'SPEAKER said (that) CLAUSE.', 'SPEAKER told reporters (that) CLAUSE.' and, for
        reported-speech verbs, 'SPEAKER rejected the claim.' (the clause with its speaker)."""
        speaker = self.speaker_left(cue.i, start)
        if speaker is None:
            return False
        k = cue.i + (2 if entry.particle else 1)
        if k >= sent.end - 1:
            return False
        # a short time or place phrase before 'that': 'said on Tuesday that'
        reach = 12 if entry.lemma == "tell" or self.doc[k].lower_ in _PREPOSITIONS else 5
        that = next((m for m in range(k, min(k + reach, sent.end)) if self.doc[m].lower_ == "that"), None)
        if that is not None and all(self.doc[m].text not in ",;:()" and not _by_form().get(self.doc[m].lower_)
                                    and self.doc[m].lower_ not in _CONNECTIVES for m in range(k, that)):
            k = that
        else:
            while k < sent.end - 1 and self.doc[k].lower_ in _TIME_WORDS:
                k += 1
            if entry.lemma == "tell":  # the addressee: 'told reporters', 'told the Gazette'
                first = k
                while k < sent.end - 1 and (self.doc[k].lower_ in _DETS or self.doc[k].is_title):
                    k += 1
                if k == first:
                    k += 1  # 'told reporters'
        if k >= sent.end - 1 or self.doc[k].is_punct and self.doc[k].text not in QUOTE_CHARS:
            return False  # 'said Friday, as officials ...': no clause follows
        nxt = self.doc[k]
        cue_span = [self.cue_span(cue, entry)]
        end = self.clause_end(sent, k)
        # a clause, not an object: 'that ...', or a finite verb group early on ('the talks had stalled')
        is_clause = nxt.lower_ == "that" or any(
            t.lower_ in _AUX or (entry.kind == "indirect" and t.is_lower and t.lower_.endswith("ed") and len(t) > 4)
            for t in self.doc[k : min(end + 1, k + 7)])
        if entry.kind in ("reported", "describe") and not is_clause:
            return self.reported_clause(sent, start, cue, entry, speaker)
        if not is_clause:
            return False
        span = _trim(self.doc, k, end)
        if span is None or end - k < 2:
            return False
        quoted = self.quotes_inside(span[0], span[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "partial" if quoted else "indirect", cue_span, [speaker], sent)
        return True

    def reported_clause(self, sent: Span, start: int, cue: Token, entry: CueEntry, speaker) -> bool:
        """'The union rejected the offer.': the clause, speaker included, when the speaker opens
        the sentence or its clause ('In a statement, the office ...', 'after she accused ...');
        'X said ... and threatened action': from the verb on."""
        end = self.clause_end(sent, cue.i)
        if self.doc[cue.i - 1].lower_ in ("not", "n't", "n’t", "never"):
            return False  # 'would not confirm the details'
        rest = []
        for t in self.doc[cue.i + 1 : end + 1]:
            if t.text in ",;":
                break
            rest.append(t)
        if all(t.is_punct or t.lower_ in _TIME_WORDS | {"on", "in", "at"} for t in rest):
            return False  # 'the carmaker announced on Wednesday,': no object, the clause is before
        quoted = [i for i, q in enumerate(self.quotes) if cue.idx < q.open_mark and q.close_mark <= self.doc[end].idx]
        if entry.kind == "describe" and not quoted and not any(t.lower_ == "as" for t in self.doc[cue.i : end + 1]):
            return False  # 'called a meeting' is not speech; 'called the plan "a farce"', 'described it as' are
        head = self.text[self.doc[start].idx : speaker[0]]
        shared = self.doc[cue.i - 1].lower_ in _CONNECTIVES or (
            self.doc[cue.i - 1].text == "," and cue.lower_.endswith("ing"))
        opens = not head.strip() or head.rstrip().endswith(",") or (
            head.split() and head.split()[-1].lower() in _SUBORDINATORS)
        if shared:
            b = cue.i
        elif opens:
            b = self.doc.char_span(speaker[0], speaker[1], alignment_mode="expand").start
        else:
            return False
        span = _trim(self.doc, b, end)
        if span is None or end <= cue.i:
            return False
        if REPORTED_FROM_VERB and not shared:
            span = _from_verb(self.text, span, cue.idx, self.cue_span(cue, entry)[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "reported", [self.cue_span(cue, entry)], [speaker], sent, CONF_RULES * 0.8)
        return True

    def clause_before(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'CLAUSE, SPEAKER said.' — the cue closes the sentence."""
        rest = []
        for t in self.doc[cue.i + 1 : sent.end]:
            if t.text in ",;":
                break  # ', accusing ...' / ', as officials urged ...' is another clause
            if not t.is_punct:
                rest.append(t)
        addressee = entry.lemma == "tell"  # '..., two delegates told Wire.'
        if entry.kind not in ("indirect", "reported") or len(rest) > 4 or (
                rest and not addressee and rest[0].lower_ not in _TIME_WORDS | _PREPOSITIONS) or any(
                self.in_quote(t) for t in self.doc[start : cue.i]):
            return False
        speaker = self.speaker_left(cue.i, start)
        if speaker is None or self.text[speaker[1] : cue.idx].strip():
            return False  # 'CLAUSE, he said.', not 'he would appeal.'
        comma = max((t.i for t in self.doc[start : cue.i] if t.text == "," and t.idx < speaker[0]), default=None)
        if comma is None or comma <= start + 2:
            return False
        span = _trim(self.doc, start, comma - 1)
        if span is None:
            return False
        self.used_cues.add(cue.i)
        self.add([span], "indirect", [self.cue_span(cue, entry)], [speaker], sent)
        return True

    def according_to(self, sent: Span, tok: Token) -> None:
        to = self.doc[tok.i + 1]
        k = to.i + 1
        while k < sent.end and not (self.doc[k].is_punct and self.doc[k].text in ",.;"):
            k += 1
        if k == to.i + 1:
            return
        speaker = _trim(self.doc, to.i + 1, k - 1)
        spans = self.worded_spans([(self.sent_start(sent), tok.i - 1), (k + 1, sent.end - 1)])
        if spans and speaker:
            self.add(spans, "indirect", [(tok.idx, to.idx + len(to))], [speaker], sent)
