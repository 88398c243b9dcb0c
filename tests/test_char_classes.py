"""The tokenizer's character classes as stored (extract/de/char_classes.py) match what spaCy's match."""
from __future__ import annotations

import json
import re
import sys
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.de.char_classes import class_spans, compact, compact_classes, gaps, members
from extract.de.tokenizer import DATA

NAMES = ("prefix", "suffix", "infix", "url", "token_match")
WRITE = "python bench/tokenizer_de.py --write"


def installed_spacy_tokenizer():
    spacy = pytest.importorskip("spacy")
    return spacy.__version__, spacy.blank("de").tokenizer


def spacy_patterns(tok) -> dict[str, re.Pattern | None]:
    found = {"prefix": tok.prefix_search, "suffix": tok.suffix_search, "infix": tok.infix_finditer,
             "url": tok.url_match, "token_match": tok.token_match}
    return {name: None if f is None else f.__self__ for name, f in found.items()}


def program(pattern: str) -> tuple:
    """re's own reading of ``pattern`` (its parse tree), each class and single character as the code
    points it stands for: two patterns with the same program, read without ignore-case, match the
    same strings whatever their text (class_spans, which the rewriter trusts, plays no part)."""
    from re import _parser
    from re._constants import BRANCH, CATEGORY, IN, LITERAL, NEGATE, NOT_LITERAL, RANGE, SUBPATTERN

    def runs_of(items) -> tuple:
        if any(op is CATEGORY for op, _ in items):
            return ("items", tuple(items))  # (\w, \d, \s: the rewriter leaves such a class as it is)
        points = sorted((av, av) if op is LITERAL else av for op, av in items if op in (LITERAL, RANGE))
        merged: list[tuple[int, int]] = []
        for a, b in points:
            if merged and a <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return ("set", tuple(gaps(merged) if (NEGATE, None) in items else merged))

    def one_set(branch) -> tuple | None:
        """A branch of single classes as the one class re makes of it when none is negated."""
        alternatives = [read(alternative) for alternative in branch]
        if not all(len(a) == 1 and a[0][0] == "set" for a in alternatives):
            return None
        return runs_of([(RANGE, run) for a in alternatives for run in a[0][1]])

    def read(value):
        if isinstance(value, (list, tuple)) and len(value) == 2 and value[0] is BRANCH:
            merged = one_set(value[1][1])
            if merged is not None:
                return merged
        if isinstance(value, _parser.SubPattern):
            return tuple(read(item) for item in value.data)
        if isinstance(value, (list, tuple)):
            if len(value) == 2 and value[0] is SUBPATTERN:
                assert not value[1][1] & (re.I | re.L), "ignoring case a class is more than its code points"
            if len(value) == 2 and value[0] in (LITERAL, NOT_LITERAL, IN):
                op, av = value
                return runs_of([(LITERAL, av)] + ([(NEGATE, None)] if op is NOT_LITERAL else []) if op is not IN else av)
            return tuple(read(v) for v in value)
        return value

    tree = _parser.parse(pattern)
    assert not tree.state.flags & (re.I | re.L), "ignoring case a class is more than its code points"
    return tree.state.flags, read(tree)


def test_the_data_file_holds_the_patterns_and_special_cases_of_the_installed_spacy():
    # fails loudly (not skipped) when an upgrade of spaCy changed its German rules: the tokens
    # would silently no longer be spaCy's. A new version with the same rules passes.
    version, tok = installed_spacy_tokenizer()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    why = f"the data file is spaCy {data['spacy']}'s, this is {version}: run {WRITE}, then bench/tokenizer_de.py"
    for name, compiled in spacy_patterns(tok).items():
        if compiled is None:
            assert data[name] is None, why
            continue
        assert compiled.flags == re.UNICODE, f"{name}: flags {compiled.flags!r} (tokenizer.py compiles with none)"
        assert data[name] == compact_classes(compiled.pattern), f"{name}: {why}"
    from spacy.symbols import ORTH

    specials = {s: [t[ORTH] if ORTH in t else t["ORTH"] for t in subs] for s, subs in tok.rules.items()}
    assert data["specials"] == specials, f"special cases: {why}"


def test_every_stored_pattern_is_read_by_re_as_spacys_with_classes_of_the_same_code_points():
    _, tok = installed_spacy_tokenizer()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    checked = 0
    for name, compiled in spacy_patterns(tok).items():
        if compiled is None:
            continue
        old, new = compiled.pattern, data[name]
        assert program(new) == program(old), name  # re's reading, independent of class_spans
        old_spans, new_spans = class_spans(old), class_spans(new)
        assert len(old_spans) == len(new_spans)
        for (a, b), (c, d) in zip(old_spans, new_spans):  # and each class tried on every code point
            assert members(old[a:b]) == members(new[c:d]), (name, old[a:b][:80])
            checked += 1
    assert checked >= 40  # the letter, symbol, quote and URL classes of the four patterns


def test_a_class_is_written_to_cover_the_fewest_code_points_of_the_bmp():
    url_letters = "[A-Za-z0-9\\u00a1-\\uffff]"  # 65,437 of the BMP; its complement: 99 and the planes above
    assert compact(url_letters).startswith("[^")
    assert members(compact(url_letters)) == members(url_letters)
    assert compact("[a-zß-ö]") == "[a-zß-ö]"  # its own ranges, not shorter: as it was
    assert compact("[a-z\\u00DF-\\u00F6]") == "[a-zß-ö]"  # (a printable member as itself)
    assert compact("[0-1]") == "[01]"
    assert compact("[\\w\\+\\-\\.]") == "[\\w\\+\\-\\.]"  # \w is matched in C: nothing to gain
    assert compact("[^\\u0000-\\U0010FFFF]") == "[^\\u0000-\\U0010FFFF]"  # no member: "[]" is no class
    assert compact("[\\u0000-\\U0010FFFF]") == "[\\u0000-\\U0010FFFF]"  # every one: nor is "[^]"
    assert compact_classes("(?i)[a-z\\u4E00-\\u9FFF]") == "(?i)[a-z\\u4E00-\\u9FFF]"  # ignore case: left alone


def test_class_spans_read_brackets_as_re_does():
    pattern = r"\[x[]a][^]b]\\[c\]d](?<=[\-])"
    assert [pattern[a:b] for a, b in class_spans(pattern)] == ["[]a]", "[^]b]", r"[c\]d]", r"[\-]"]


BIG = "\\u0100-\\uFFEF"  # makes a class worth writing as its complement
ADVERSARIAL = [
    f"[^{BIG}\\]]-x",  # a complemented class, then a literal hyphen
    f"[^{BIG}-]]",  # a hyphen at its end, then a literal "]"
    f"[]{BIG}]]",  # "]" first is a member
    f"[^]{BIG}^]a",  # in a negated class too; "^" not first is a member
    f"[{BIG}\\\\\\]\\[]",  # backslash and brackets escaped as members
    f"[{BIG}\\x5d\\x5e\\x2d\\x5c]",  # the same, written as hex escapes
    f"[{BIG}\\N{{RIGHT SQUARE BRACKET}}\\N{{HYPHEN-MINUS}}]",
    f"\\[a[{BIG}]\\\\[{BIG}]",  # an escaped bracket is no class; an escaped backslash ends before one
    f"(?<=[^{BIG}])x(?<![{BIG}&~|])",  # in lookbehinds; set-operation characters as members
    f"[&&{BIG}~~||\\--]",  # members only (with re's FutureWarning), written without the doubling
    f"[\\ud800-\\udfff{BIG}]",  # surrogates
    f"[^\\ud800-\\udfff{BIG}]",
    f"[\\b\\0\\177\\t\\n\\x20{BIG}]",  # backspace, octal, whitespace
    f"[\\U00010000-\\U0010FFFF{BIG}]",  # above the BMP
    f"[-{BIG}][{BIG}-][{BIG}^]",
    f"(?u)[{BIG}]+(?:[^{BIG}]|\\])",
]
LEFT_ALONE = [
    f"(?i)[^a{BIG}]",  # ignoring case, "[^a]" leaves out "A"; its complement written out does not
    f"x(?i:[^a{BIG}])",
    f"(?-i:[^a{BIG}])",  # (any i in a flag group: left alone)
    f"(?a)[{BIG}]",
    f"(?x)a # [ \n [\\u0061-\\u007a{BIG}] ]",  # in a comment a "[" opens no class
    f"(?#[)[\\u0061-\\u007a{BIG}]]",
    f"[(?i)]x[^{BIG}]",  # a flag group's text inside a class: left alone too, at worst slower
]
PROBE = "".join(map(chr, [*range(0, 0x180), 0x2013, 0xD800, 0xDFFF, 0xE000, 0xFFEF, 0xFFF0, 0x10000, 0x10FFFF]))


@pytest.mark.parametrize("pattern", ADVERSARIAL)
def test_a_tricky_class_is_rewritten_to_what_re_reads_as_the_same_pattern(pattern):
    written = compact_classes(pattern)
    assert written != pattern  # (each is worth rewriting: BIG)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the rewriter writes no nested set or set operation
        re.compile(written)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        assert program(written) == program(pattern)
        old = re.compile(pattern)
    new = re.compile(written)
    for text in (PROBE, PROBE[::-1], "x-]a]^\\[]", "a" + "\u2013" * 3 + "]"):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def each_class_compact(pattern: str) -> str:
    """What compact_classes would write without looking at flags and comments."""
    out, last = [], 0
    for begin, end in class_spans(pattern):
        out += [pattern[last:begin], compact(pattern[begin:end])]
        last = end
    return "".join(out) + pattern[last:]


@pytest.mark.parametrize("pattern", LEFT_ALONE)
def test_a_pattern_whose_classes_are_not_read_alone_is_left_as_it_is(pattern):
    assert compact_classes(pattern) == pattern
    assert each_class_compact(pattern) != pattern  # (the flag or the comment is what leaves it alone)


@pytest.mark.parametrize("pattern, text", [(f"(?i)[^a{BIG}]", "A"), (f"(?x)a # [ \n [\\u0061-\\u007a{BIG}] ]", "ab]"),
                                           ("(?#[)[\\u0061-\\u007a]]", "b]")])
def test_why_ignore_case_and_comments_leave_a_pattern_alone(pattern, text):
    # each class rewritten, these patterns would match otherwise
    assert (re.fullmatch(pattern, text) is None) != (re.fullmatch(each_class_compact(pattern), text) is None)


SPECIAL_POINTS = [ord(c) for c in "\\[]^-&~|.$ \n\t"] + [0, 0xAD, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
                                                         0x10FFFF, 0x300, 0x4E00, 0x9FFF]
points = st.one_of(st.sampled_from(SPECIAL_POINTS), st.integers(0, sys.maxunicode), st.integers(0, 0x2FF))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(points, st.integers(0, 70000)), min_size=1, max_size=6), st.booleans())
def test_any_class_written_compact_matches_the_same_code_points(runs, negated):
    def escaped(p: int) -> str:
        return f"\\U{p:08X}"

    body = "".join(escaped(a) + "-" + escaped(min(a + n, 0x10FFFF)) for a, n in runs)
    cls = "[" + ("^" if negated else "") + body + "]"
    written = compact(cls)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (a "possible set operation" FutureWarning too)
        re.compile(written)
    assert members(written) == members(cls)
    assert program(written) == program(cls)
