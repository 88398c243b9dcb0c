"""What both English rule sets share: the constants, the quotation groups and carried speakers
of one parsed article (_Base), and span helpers."""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.words import GAELIC_LINKS, GAELIC_MUTATED, GAELIC_PATRONYMS, PARTICLES
from ..model import Found
from ..quotes import Quote
from .cues import CueEntry, cue_nouns

# small words inside names: "Hendrik van der Berg" (and the actors' particles: "dos", "zu", ...)
NAME_PARTICLES = {"van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "bin", "ibn",
                  "bint", "al", "el", "ter", "ten"} | (PARTICLES - {"y"})

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
# English reported speech is quoted as its content, from after the cue ('rejected the fees' ->
# 'the fees'; PolNeAR's and the own sets' convention): measured on PolNeAR train (a quarter),
# joint F1 +0.01. False: the clause as above.
REPORTED_CONTENT_ONLY = True
# a direct quote with no cue of its own continues the previous speaker when this close
CARRY_OVER_CHARS = 400

DASHES = frozenset("-–—")


def clause_subject(tok: Token) -> bool:
    """The clause's subject, one of coordinated subjects ('Roe and Ott met ...'), or a subject the
    parser hung as an apposition on the dateline it took for the subject ("TULSA, Okla. (AP) —
    Linus Ravensholt, chief of staff to …, resigned")."""
    subj = ("nsubj", "nsubjpass")
    if tok.dep_ in subj or tok.dep_ == "conj" and tok.head.dep_ in subj:
        return True
    head = tok.head
    return tok.dep_ == "appos" and head.dep_ in subj and head.i == head.sent.start and head.i < tok.i \
        and any(t.text in DASHES for t in tok.doc[head.i + 1:tok.i])


# "VALDORIA CITY, March 4 (Wire) - " or a wire's name alone, "(Reuters) - ", opening a paragraph: not part
# of any clause or speaker
DATELINE = re.compile(r"(?m)^(?:[A-Z][A-Z.'’ -]{2,40}(?:,[^\n()–—-]{0,40})?(?:\([^\n()]{1,40}\))?|\([A-Z][^\n()]{1,40}\))\s+[-–—]+\s+")

# confidence by pattern
CONF_DIRECT, CONF_CARRIED, CONF_PARTIAL, CONF_INDIRECT, CONF_ACCORDING, CONF_REPORTED = (
    0.95, 0.7, 0.85, 0.85, 0.8, 0.7)
CONF_RULES = 0.6  # the blank pipeline's rules


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
        paragraph right after a direct statement's attribution or opening the paragraph after
        it, continues that statement (one statement, several quote pieces). Only the previous statement's cue and speaker and
        a few words ('on Tuesday') may stand between."""
        first = self.quotes[group[0]]
        before = [f for f in self.found if f.kind == "direct" and f.quote[-1][1] <= first.open_mark]
        if not before or self.inside_narration(first):
            return False
        last = max(before, key=lambda f: f.quote[-1][1])
        gap_start = last.quote[-1][1]
        gap = self.text[gap_start : first.open_mark]
        # a quote opening the next paragraph continues it too ('…,” he said.\n\n“…”'): every
        # line break stands after the attribution, none inside the gap's words
        if "\n" in gap.rstrip() or len(gap) > 250:
            return False
        cue_end = max((e for b, e in last.cue if gap_start <= b < first.open_mark), default=None)
        if cue_end is not None:
            # '…," said Roe, a senior analyst at the institute. “…”': the attribution's sentence
            # only; a sentence end is a full stop of its own, so 'said Mr. Roe' goes on
            if self.sentence_ends_in(cue_end, first.open_mark):
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

    def sentence_ends_in(self, b: int, e: int) -> bool:
        """A full stop, '!' or '?' standing as a token of its own in text[b:e] with a word after
        it: the tokenizer keeps the period of 'Mr.', 'Sen.' or 'U.S.' in its word."""
        toks = [t for t in self.doc if b <= t.idx and t.idx + len(t) <= e]
        return any(t.text in (".", "!", "?") and any(u.is_alpha or u.is_digit for u in toks[k + 1 :])
                   for k, t in enumerate(toks))

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


def _top_level(found: list[Found], text: str = "") -> list[Found]:
    """Drops a statement whose cue stands inside another's quoted content ("Roe said she
    believed the outbreak had peaked": one statement, Roe's); the scorer and the timeline
    want the outer one. A noun cue with a named possessor stays ("campaigners said Roe's
    promise that no library would close was broken": Roe promised it, given ``text``)."""
    out = []
    for f in found:
        inside = f.cue and not _named_noun_cue(f, text) and any(
            g is not f and g.kind != "direct" and any(b <= f.cue[0][0] and f.cue[0][1] <= e for b, e in g.quote)
            for g in found)
        if not inside:
            out.append(f)
    return out


def _named_noun_cue(f: Found, text: str) -> bool:
    """A noun cue ('promise', 'warnings') whose speaker is written with a capital and is no pronoun."""
    if not text or not f.cue or not f.speaker_mention:
        return False
    cue = text[f.cue[0][0]:f.cue[0][1]].lower()
    who = text[slice(*f.speaker_mention[0])]
    return (cue in cue_nouns() or cue.rstrip("s") in cue_nouns()) and who[:1].isupper() and who.lower() not in PRONOUNS


UNIT_SIGNS = ("%", "‰", "°")  # punctuation to the parser, part of the number before it ("rise by 15%")


def agents(verb: Token) -> list[Token]:
    """The ones named in a verb's "by" phrase ("was told by X", "was rejected by council leader
    Jo Tate"): the objects of its agent children, in order."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def led_participle(group: Token) -> Token | None:
    """The "led" of a group noun led by someone ("Tenants led by X", "Farmers, led by Y, …"): the
    participle whose "by" phrase (``agents``) names the leader, else None."""
    return next((c for c in group.children if c.dep_ == "acl" and c.lemma_ == "lead" and c.tag_ == "VBN"), None)


def apposed_to_dateline(tokens: Iterable[Token], in_dateline: Callable[[Token], bool],
                        deps: tuple[str, ...] = ("appos", "conj")) -> list[Token]:
    """The nouns and names among ``tokens`` that the parser hung on a dateline as an apposition or
    conjunct ("SANTA ILARIA, May 6 (Reuters) - Valdoria's prime minister, X, backed …"): the
    subject of the sentence the dateline opens, never a word of the dateline itself."""
    return [t for t in tokens if t.dep_ in deps and t.pos_ in ("NOUN", "PROPN") and not in_dateline(t)]


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """Char span of tokens i..j (inclusive) without punctuation at the edges; a closing quote
    mark stays when its opening mark is inside."""
    while i <= j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "“\"":
        i += 1
    while j >= i and (doc[j].is_punct or doc[j].is_space) and doc[j].text not in UNIT_SIGNS:
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
