"""A quote in the headline that the story repeats word for word: "'We were treated like
criminals': nurses describe border checks" over a story where Grace Adebayo says it. The
headline names a group or no one; the story names who said it, so the headline's statement
takes the speaker of the statement that repeats it."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actors.mentions import parse_phrase
from ..model import Found
from ..quotes import Quote
from ..actors.headlines import short_headline_end
from .cues import CueEntry, addressing_cues, inverted_cues


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def with_story_speakers(text: str, statements: list[Found], quotes: list[Quote] | None = None) -> list[Found]:
    """The statements, each headline quote repeated in the story carrying the story's speaker; a
    quote that opens the headline with no statement of its own ("'We were left in the dark for
    six hours' – residents angry over power cut") becomes one when the story repeats it."""
    end = short_headline_end(text)
    if end is None:
        return statements
    story = {_words(" ".join(text[b:e] for b, e in f.quote)): f for f in statements
             if f.quote[0][0] > end and f.speaker_mention}
    out = []
    for f in statements:
        said = _words(" ".join(text[b:e] for b, e in f.quote))
        same = (story.get(said) or _repeating(said, story)) if f.quote[0][1] <= end else None
        out.append(replace(f, speaker_mention=same.speaker_mention) if same is not None and same is not f else f)
    for q in quotes or []:
        if q.end > end or any(b < q.end and q.start < e for f in statements for b, e in f.quote):
            continue
        same = story.get(_words(text[q.start:q.end])) or _repeating(_words(text[q.start:q.end]), story)
        if same is not None and HEADLINE_QUOTE.match(text, q.close_mark + 1):
            out.append(Found(quote=list(q.pieces), kind="direct", cue=[], speaker_mention=same.speaker_mention,
                             frame=(0, end), confidence=0.7))
    return out


# the headline quote stands alone, set off by a dash or colon: "'…' – residents angry", "'…': nurses describe …"
HEADLINE_QUOTE = re.compile(r"\s*[–—:-]")


def _repeating(said: str, story: dict[str, Found]) -> Found | None:
    """The one story statement that repeats a headline quote in other person and tense ('We were
    left in the dark for six hours' / 'she had been left in the dark for six hours with no word
    …'): three quarters of the quote's words (four at least, pronouns and tense aside) in the
    same order."""
    words = _reported(said)
    if len(words) < 4:
        return None
    hits = [f for k, f in story.items() if _in_order(words, _reported(k)) >= max(4, 0.75 * len(words))]
    return hits[0] if len({id(f) for f in hits}) == 1 else None


# reported speech shifts person and tense: 'We were locked out of our homes' / 'they had been locked
# out of their homes'; pronouns compare as their class, auxiliaries of tense drop out
_PERSONAL = {w: "PRON" for w in ("i", "we", "you", "he", "she", "they")} | {
    w: "POSS" for w in ("my", "our", "your", "his", "her", "their")} | {w: "OBJ" for w in ("me", "us", "him", "them")}
_TENSE = {"am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}


def _reported(words: str) -> list[str]:
    return [_PERSONAL.get(w, w) for w in words.split() if w not in _TENSE]


def _in_order(a: list[str], b: list[str]) -> int:
    """How many words of ``a`` stand in ``b`` in the same order (the longest common subsequence)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            cur[j + 1] = prev[j] + 1 if x == y else max(prev[j + 1], cur[j])
        prev = cur
    return prev[-1]


def headline_subject(doc: Doc, quote: Quote) -> tuple[int, int] | None:
    """"'We got it wrong': Brandt sorry for crush", "'This is the end of an era' – Keswood baker
    hangs up apron": a quote that opens the headline, set off by a colon or dash, is said by the
    one the rest of the headline is about, the noun phrase right after the mark, when it is a
    name or a role ('commuter anger at …' names no one). The span, or None."""
    text = doc.text
    end = short_headline_end(text)
    mark = HEADLINE_QUOTE.match(text, quote.close_mark + 1)
    if end is None or quote.close_mark > end or text[:quote.open_mark].strip() or mark is None:
        return None
    rest = doc.char_span(mark.end(), end, alignment_mode="expand") or []
    run = []
    for t in rest:
        if t.is_space:
            continue
        if not (t.is_alpha and (t.text[:1].isupper() or t.pos_ == "NOUN")):
            break
        run.append(t)
    # (a lower-case verb the tagger took for a noun ends it: 'Pellow apologises'; a singular noun
    # that names no role heads a description the actors cannot read: 'Keswood baker')
    while run and run[-1].text.islower() and not parse_phrase(run[-1].text, "en").role:
        if run[-1].tag_ == "NN":
            return None
        run.pop()
    if not run:
        return None
    p = parse_phrase(text[run[0].idx:run[-1].idx + len(run[-1])], "en")
    if not (p.name or p.role) or p.entity is not None:
        return None
    # (a lower-case word between capitalised ones joins them only as a role: 'Labour leader Starmer';
    # else it is a verb the tagger took for a noun: 'Chelsea sack Pochettino')
    if not p.role and any(t.text.islower() for t in run[:-1]):
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


# the speaker tag that closes a headline: "…'bury this valley in dust', says Vennacott", "Pool
# closure 'a kick in the teeth' – councillor", "… 'can't wait' for storm aid: Ferrenby-Lusk";
# group 1 a verb after a comma (a speech cue only), group 2 the tag itself, to the headline's end
HEADLINE_TAG = re.compile(r"(?:,\s*([a-z]+)\s+|\s[–—-]\s+|\s?[–—:]\s+)([\w’'.-]+(?:\s+[\w’'.-]+){0,3})\s*$")
_QUOTE_MARKS = "‘’“”\"'«»"
NAME_LINKS = ("of", "for", "and")  # inside a body's capitalised name


def headline_tag(doc: Doc, quote: Quote, is_cue: Callable[[Token], bool]) -> tuple[tuple[int, int], Token | None] | None:
    """A quote in a headline that ends in its speaker's tag: the tag's span (a name, a role, or
    after a speech verb also a body or group: ', says union') and the verb, or None. Only the tag
    reaches the headline's end: "'…' – residents angry over power cut" is a clause, not a tag."""
    text = doc.text
    end = short_headline_end(text)
    if end is None or quote.close_mark > end:
        return None
    tail = text[quote.close_mark + 1:end].rstrip()
    m = HEADLINE_TAG.search(tail)
    if m is None or any(c in _QUOTE_MARKS for c in tail[:m.start(2)].replace("’s ", "")) or tail.endswith("?"):
        return None
    b = quote.close_mark + 1 + m.start(2)
    span = (b, quote.close_mark + 1 + m.end(2))
    toks = doc.char_span(*span, alignment_mode="expand")
    if toks is None or any(clause_word(t, toks) for t in toks):
        return None
    between = [t for t in doc.char_span(quote.close_mark + 1, quote.close_mark + 1 + m.start(), alignment_mode="contract") or []
               if not t.is_space]
    if between and (between[0].tag_ != "IN" or any(t.pos_ in ("VERB", "AUX") for t in between)):
        return None  # only a prepositional phrase ('… for storm aid: X'); "'The Crown' returns: Netflix" is a clause
    verb = None
    if m.group(1):
        verb = next((t for t in doc.char_span(quote.close_mark + 1 + m.start(1), b, alignment_mode="expand") or []
                     if t.lower_ == m.group(1)), None)
        if verb is None or not is_cue(verb):
            return None
    tag = text[span[0]:span[1]]
    if not _speaker_tag(tag, verb is not None):
        return None
    if verb is None and len(tag.split()) == 1 and not parse_phrase(tag, "en").role \
            and not _named_in_full(text[end:], tag.strip()):
        return None  # ("Housing crisis 'out of control' – Dublin": a lone word after a dash may be a place)
    return span, verb


CLAUSE_POS = ("VERB", "AUX", "ADP", "PRON", "DET", "ADV")


def clause_word(t: Token, tag: Span) -> bool:
    """A word that makes a headline's tag a clause or a phrase with a preposition, no speaker ('– live', ':
    the full story', ', says it will', ', warns of'): a verb, preposition, pronoun, article or adverb in
    lower case, but no link inside a body's capitalised name ('Royal College of Nursing'). The one test
    of both tag readers (headline_tag, headline_clause_tag; r33: the clause tag had its own copy, without
    the name's links)."""
    return t.pos_ in CLAUSE_POS and not t.text[:1].isupper() \
        and not (t.lower_ in NAME_LINKS and tag[0].text[:1].isupper() and tag[-1].text[:1].isupper())


def _speaker_tag(tag: str, after_verb: bool) -> bool:
    """Whether a headline's tag names a speaker: it ends in its head, the role or the name
    ('Brackwell treasurer defends accounts' is a clause); after a speech verb also a body or group."""
    p = parse_phrase(tag, "en")
    words = tag.split()
    person = p.role and words[-1].casefold() == p.role.split()[-1].casefold() \
        or p.name and all(w[:1].isupper() for w in words)
    return bool(person or after_verb and p.entity is not None)


def headline_clause_tag(doc: Doc, quotes: list[Quote], entry_of: Callable[[Token], CueEntry | None]
                        ) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """A headline with no quotation in it that ends in a speech verb after a comma and the speaker's
    tag ('Ferry fares to rise 12% from April, says Skerrow operator', 'Pool will stay open, vows
    council leader'): the clause before the comma is what the tag's speaker said (the actors stage
    takes the tag up in the lead, actors/headline_forms.py). The clause, the tag and the verb, or
    None. The parser reads such a line as the clause's own sentence with the tag as an object or
    a subject after the verb, so the line is read here, by the same tag pattern as a quoted
    headline's (HEADLINE_TAG)."""
    text = doc.text
    end = short_headline_end(text)
    if end is None or any(q.open_mark < end for q in quotes):
        return None
    head = text[:end].rstrip()
    m = HEADLINE_TAG.search(head)
    if m is None or not m.group(1) or head.endswith("?"):
        return None
    verb = next((t for t in doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or [] if t.lower_ == m.group(1)), None)
    tag = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    entry = entry_of(verb) if verb is not None else None
    if entry is None or tag is None or not _speaker_tag(tag.text, True):
        return None
    if verb.lemma_.lower() in addressing_cues():
        return None  # ('Bakery closes, tells customers': the one spoken to)
    if entry.kind != "indirect" and entry.lemma not in inverted_cues():
        return None  # ('Club sacks manager, praises coach': the verb's object, a second deed of the clause's subject)
    if any(clause_word(t, tag) for t in tag):
        return None
    clause = doc.char_span(0, m.start(), alignment_mode="contract")
    if clause is None or len([t for t in clause if t.is_alpha]) < 3:
        return None
    return (clause[0].idx, clause[-1].idx + len(clause[-1])), (tag[0].idx, tag[-1].idx + len(tag[-1])), verb


def _named_in_full(body: str, surname: str) -> bool:
    """The article's body names a person whose name ends in ``surname`` ('Annabel Kettering-Moore'
    for the tag '– Kettering-Moore')."""
    return re.search(r"\b[A-Z][\w’'-]+\s+" + re.escape(surname) + r"\b", body) is not None
