"""Finding time expressions in a stretch of text ("am Dienstag", "vor drei Tagen", "last
week"), the quoted regions and clause around them, and the tense of that clause."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DIGIT_KINDS, _Lexicon, _norm


@dataclass
class _Found:
    kind: str
    start: int  # offsets into the whole text
    end: int
    words: str
    groups: dict
    core: str  # for an explicit date: the date itself, without "am" or the weekday


_TOKEN = re.compile(r"[^\W_]+")
WINDOW = 45  # characters around a trigger word that a time expression can reach


def _windows(text: str, begin: int, end: int, lex: _Lexicon) -> list[tuple[int, int, frozenset]]:
    """Stretches of text[begin:end] around key words (Dienstag, Woche, gestern, digits),
    widened to whitespace, with the pattern kinds worth running there. The full patterns
    run only in these stretches: most sentences have none, which keeps this cheap."""
    windows: list[tuple[int, int, frozenset]] = []
    triggers = lex.triggers
    for m in _TOKEN.finditer(text, begin, end):
        token = m.group()
        if token[0].isdigit():
            kinds = DIGIT_KINDS
        else:
            low = token.lower()
            kinds = frozenset()
            for word, prefix, word_kinds in triggers.get(low[:4], ()):
                if low == word or (prefix and low.startswith(word)):
                    kinds = kinds | word_kinds
            if not kinds:
                continue
        b = max(begin, m.start() - WINDOW)
        while b > begin and not text[b - 1].isspace():
            b -= 1
        e = min(end, m.end() + WINDOW)
        while e < end and not text[e].isspace():
            e += 1
        if windows and b <= windows[-1][1]:
            last = windows[-1]
            windows[-1] = (last[0], max(e, last[1]), last[2] | kinds)
        else:
            windows.append((b, e, kinds))
    return windows


def _find_expressions(text: str, begin: int, end: int, lex: _Lexicon) -> list[_Found]:
    """Time expressions in text[begin:end], longest first where they overlap."""
    hits: list[_Found] = []
    seen: set[tuple[str, int, int]] = set()
    windows = _windows(text, begin, end, lex)
    for kind, pat in lex.patterns:
        for wb, we, kinds in windows:
            if kind not in kinds:
                continue
            for m in pat.finditer(text, wb, we):
                if (kind, m.start(), m.end()) in seen or not _acceptable(kind, m, text, lex):
                    continue
                seen.add((kind, m.start(), m.end()))
                core_start = min((m.start(k) for k in ("d", "m", "mon", "y") if k in pat.groupindex and m.group(k)), default=m.start())
                hits.append(_Found(kind, m.start(), m.end(), m.group().strip(), m.groupdict(), text[core_start:m.end()]))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[_Found] = []
    for h in hits:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


_NOT_TOMORROW_BEFORE = re.compile(r"(?:^|\s)(?:am|jeden|den|dem|einem|diesem|guten|heute|gestern|vorgestern|morgen)\s+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;„“\"»«(]\s*|\n\s*)$")


def _acceptable(kind: str, m: re.Match, text: str, lex: _Lexicon) -> bool:
    g = m.groupdict()
    if kind == "relday" and lex.lang == "de" and _norm(g["rel"]) == "morgen":
        # "morgen" is tomorrow; "Morgen" is the morning unless it starts a sentence
        before = text[max(0, m.start("rel") - 20): m.start("rel")]
        if _NOT_TOMORROW_BEFORE.search(before):
            return False
        if g["rel"][0].isupper() and not _SENTENCE_START.search(before):
            return False
    if kind in ("period", "month", "weekend") and not (g.get("mod") or g.get("part") or g.get("prep")):
        return False  # a bare "Woche"/"weekend" is not a date
    if kind == "period" and not (g.get("mod") or g.get("part")):
        return False  # "in der Woche" says nothing about which week
    return True


_QUOTE_OPENERS = {
    "de": {"„": "“”\"", "»": "«", "«": "»", '"': '"'},
    "en": {"“": "”\"", '"': '"', "«": "»"},
}
_QUOTE_CHARS = re.compile(r"[„“”\"»«]")


def _quoted_regions(text: str, begin: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Quoted stretches inside text[begin:end]. A time expression inside a quote is about
    what was said, not when; an unclosed quote runs to the end."""
    openers = _QUOTE_OPENERS.get(lang, _QUOTE_OPENERS["en"])
    regions, open_at, closers = [], None, ""
    for m in _QUOTE_CHARS.finditer(text, begin, end):
        ch = m.group()
        if open_at is None:
            # an opening mark stands after a space or at the start ('bleiben." Sand' closes)
            after_space = m.start() == begin or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-"
            if ch in openers and after_space:
                open_at, closers = m.start(), openers[ch]
        elif ch in closers:
            regions.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        regions.append((open_at, end))
    return regions


_CLAUSE_BOUNDARY = re.compile(r"[,;:!?„“”\"»«()\u2013\u2014]|\.\s")


def _clause(text: str, begin: int, end: int, at: tuple[int, int]) -> tuple[str, str]:
    """The clause around a time expression, as (words before it, words after it)."""
    left = begin
    for m in _CLAUSE_BOUNDARY.finditer(text, begin, at[0]):
        left = m.end()
    m = _CLAUSE_BOUNDARY.search(text, at[1], end)
    right = m.start() if m else end
    return text[left:at[0]], text[at[1]:right]


_WORD = re.compile(r"\w+")


def _tense(before: str, after: str, lex: _Lexicon) -> str | None:
    """"past", "future" or None from the clause around a time expression. The tense word
    nearest the expression decides ("said he may resign in March": may; "said on Tuesday he
    would stay": said); on a tie past wins ("soll am Dienstag gesagt haben")."""
    has_aux = bool(lex.aux_re.search(before) or lex.aux_re.search(after))
    best: tuple[int, int, str] | None = None  # (distance in words, 0 for past, tense)
    for side, words in (("before", before), ("after", after)):
        future = [(m.start(), m.end()) for m in lex.future_re.finditer(words)]
        marks = [(b, e, "future") for b, e in future]
        for pat in (lex.past_re, lex.participle_re) if has_aux else (lex.past_re,):
            for m in pat.finditer(words):
                if not any(b < m.end() and m.start() < e for b, e in future):  # "expected to"
                    marks.append((m.start(), m.end(), "past"))
        for b, e, tense in marks:
            gap = words[e:] if side == "before" else words[:b]
            key = (len(_WORD.findall(gap)), 0 if tense == "past" else 1, tense)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _cue_is_past(words: str, lex: _Lexicon) -> bool:
    if lex.past_re.search(words):
        return True
    if lex.lang == "de":
        return any(re.fullmatch(r"[a-zäöüß]+ten?", w) for w in words.lower().split())
    return False
