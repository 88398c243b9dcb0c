"""spaCy's German tokenizer (spacy.blank("de")) in plain Python, without importing spaCy.

Importing spaCy and building its blank pipeline costs ~0.8 s CPU per process, a fifth of a
dev-set run, and the German rules use nothing of spaCy but its tokens. This is the algorithm of
spaCy 3.8's Tokenizer (whitespace chunks; prefixes and suffixes split off until none is left,
a special case or a URL stops the splitting; infixes; then the special cases that contain
affixes matched over the tokens) over spaCy's German rules exported to
extract/data/tokenizer_de.json (MIT licence, Explosion AI) by ``python bench/tokenizer_de.py
--write``. ``python bench/tokenizer_de.py`` checks that tokens, offsets and spaces are
spaCy's on every text of the shared sets, the demo and the German test data.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "tokenizer_de.json"
CACHE_SIZE = 20000  # whitespace chunks kept with their tokens (spaCy keeps 10,000)


class Rules:
    """The exported patterns and special cases, compiled."""

    def __init__(self, data: dict):
        self.prefix = re.compile(data["prefix"]).search
        self.suffix_search = re.compile(data["suffix"]).search
        # every suffix match is at most this long, but a run of full stops (widest_suffix)
        self.suffix_width: int | None = data.get("suffix_width")
        self.infix = re.compile(data["infix"]).finditer
        self.url = re.compile(data["url"]).match
        self.token_match = re.compile(data["token_match"]).match if data["token_match"] else None
        # no prefix, suffix or infix pattern matches within a word of letters alone (checked by
        # bench/tokenizer_de.py --write over every letter of Unicode): such a chunk is one token
        self.letters_plain: bool = data.get("letters_plain", False)
        self.specials: dict[str, tuple[str, ...]] = {s: tuple(t) for s, t in data["specials"].items()}
        # special cases with affixes, as their tokens: first token -> lengths of the patterns
        self.matched: dict[tuple[str, ...], str] = {tuple(t): s for s, t in data["matched"].items()}
        self.first: dict[str, set[int]] = {}
        for toks in self.matched:
            self.first.setdefault(toks[0], set()).add(len(toks))


    def suffix(self, string: str) -> re.Match | None:
        """The suffix pattern's search, begun where a match may start at the earliest: every
        alternative ends at the end of the string ("$"), and only a run of full stops is longer than
        suffix_width (a search tries the whole alternation at every place before; lookbehinds still
        see the characters before the place it begins)."""
        width = self.suffix_width
        begin = len(string) - width if width is not None else 0
        if begin <= 0 or string.endswith("\n"):  # ('$' also matches before a closing newline)
            return self.suffix_search(string)
        if string.endswith(".."):
            begin = min(begin, len(string.rstrip(".")))
        return self.suffix_search(string, begin)


def widest_suffix(pattern: str) -> int | None:
    """For the data file (bench/tokenizer_de.py --write): the longest match of any alternative of the
    suffix pattern, each anchored at the end, but "\\.\\.+$" (a run of full stops); None when some other
    alternative has no bound or one is not anchored at the end (then every search begins at the start)."""
    from re import _parser
    from re._constants import AT, AT_END, BRANCH, LITERAL, MAX_REPEAT, MAXREPEAT

    tree = _parser.parse(pattern)
    branches = tree.data[0][1][1] if len(tree.data) == 1 and tree.data[0][0] is BRANCH else [tree]
    widest = 0
    for branch in branches:
        items = list(branch.data)
        if not items or items[-1] != (AT, AT_END):
            return None
        if len(items) == 3 and items[0] == (LITERAL, 46) and items[1][0] is MAX_REPEAT \
                and items[1][1][:2] == (1, MAXREPEAT) and list(items[1][1][2].data) == [(LITERAL, 46)]:
            continue  # "\\.\\.+$"
        high = branch.getwidth()[1]
        if high >= MAXREPEAT:
            return None
        widest = max(widest, high)
    return widest


@lru_cache(maxsize=1)
def rules() -> Rules:
    return Rules(json.loads(DATA.read_text(encoding="utf-8")))


RUNS = re.compile(r"\s+|\S+")  # \s is str.isspace (checked over every code point)


def tokenize(text: str) -> tuple[list[str], list[int], list[bool]]:
    """spaCy's tokens of ``text``: their texts, character offsets and whether a space follows.
    The text is cut into runs of whitespace and of other characters; a single space after a
    token is that token's trailing space, any other whitespace is a token of its own."""
    words: list[str] = []
    offsets: list[int] = []
    spaces: list[bool] = []
    for run in RUNS.finditer(text):
        chunk, at = run.group(), run.start()
        if at and chunk[0] == " ":  # the space after a token (not at the start of the text)
            spaces[-1] = True
            chunk, at = chunk[1:], at + 1
            if not chunk:
                continue
        for word in chunk_tokens(chunk):
            words.append(word)
            offsets.append(at)
            spaces.append(False)
            at += len(word)
    return apply_matched(words, offsets, spaces)


@lru_cache(maxsize=CACHE_SIZE)
def chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The tokens of one whitespace-delimited chunk (spaCy's _tokenize: a special case, else
    prefixes and suffixes, then the core with its infixes)."""
    r = rules()
    special = r.specials.get(chunk)
    if special is not None:
        return special
    if r.letters_plain and chunk.isalpha():
        return (chunk,)
    prefixes: list[str] = []
    suffixes: list[str] = []
    string = chunk
    last = -1
    while string and len(string) != last:
        if r.token_match and r.token_match(string):
            break
        if string in r.specials:
            break
        last = len(string)
        found = r.prefix(string)
        pre_len = found.end() - found.start() if found else 0
        if pre_len:
            prefix, minus_pre = string[:pre_len], string[pre_len:]
            if minus_pre and minus_pre in r.specials:
                string = minus_pre
                prefixes.append(prefix)
                break
        found = r.suffix(string[pre_len:])
        suf_len = found.end() - found.start() if found else 0
        if suf_len:
            suffix, minus_suf = string[-suf_len:], string[:-suf_len]
            if minus_suf and minus_suf in r.specials:
                string = minus_suf
                suffixes.append(suffix)
                break
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
            prefixes.append(prefix)
            suffixes.append(suffix)
        elif pre_len:
            string = minus_pre
            prefixes.append(prefix)
        elif suf_len:
            string = minus_suf
            suffixes.append(suffix)
    return tuple(prefixes) + core_tokens(string, r) + tuple(reversed(suffixes))


def core_tokens(string: str, r: Rules) -> tuple[str, ...]:
    """What is left of a chunk after its affixes (spaCy's _attach_tokens): a special case, a
    URL, or the pieces between infixes."""
    if not string:
        return ()
    special = r.specials.get(string)
    if special is not None:
        return special
    if r.letters_plain and string.isalpha():
        return (string,)  # what is left of "Haus," (three in four cores): no infix within it, a URL or not
    if (r.token_match and r.token_match(string)) or r.url(string):
        return (string,)
    # spaCy looks in its cache of whole chunks here first: a chunk's tokens do not depend on
    # where it was seen, and this string has no affixes left, so its tokens are the same
    return infix_tokens(string, r)


def infix_tokens(string: str, r: Rules) -> tuple[str, ...]:
    out = []
    start = 0
    for match in r.infix(string):
        b, e = match.start(), match.end()
        if b == 0:
            continue
        if b != start:
            out.append(string[start:b])
        if b != e:
            out.append(string[b:e])
        start = e
    if string[start:]:
        out.append(string[start:])
    return tuple(out)


def apply_matched(words: list[str], offsets: list[int], spaces: list[bool]):
    """spaCy's last pass: special cases that contain affixes ("(:", ":-))") found as a run of
    tokens whose text, spaces included, is the special case, retokenized as it says."""
    r = rules()
    n = len(words)
    found = []
    for i, w in enumerate(words):
        for length in r.first.get(w, ()):
            if i + length <= n and tuple(words[i:i + length]) in r.matched:
                found.append((i, i + length))
    if not found:
        return words, offsets, spaces
    # spaCy's _filter_special_spans: longest first, then leftmost; a span is kept unless its
    # first or last token was covered by a span looked at before
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    seen: set[int] = set()
    kept = []
    for b, e in found:
        if b not in seen and e - 1 not in seen:
            kept.append((b, e))
        seen.update(range(b, e))
    kept.sort()
    out_w, out_o, out_s = [], [], []
    i = 0
    for b, e in kept + [(n, n)]:
        out_w += words[i:b]
        out_o += offsets[i:b]
        out_s += spaces[i:b]
        if b == n:
            break
        text = "".join(w + (" " if sp else "") for w, sp in zip(words[b:e - 1], spaces[b:e - 1])) + words[e - 1]
        special = r.specials.get(text)
        if special is None:
            out_w += words[b:e]
            out_o += offsets[b:e]
            out_s += spaces[b:e]
        else:
            at = offsets[b]
            for w in special:
                out_w.append(w)
                out_o.append(at)
                out_s.append(False)
                at += len(w)
            out_s[-1] = spaces[e - 1]
        i = e
    return out_w, out_o, out_s
