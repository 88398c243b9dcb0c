"""The tokenizer's character classes as stored (extract/de/char_classes.py) match what spaCy's match."""
from __future__ import annotations

import json
import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.de.char_classes import class_spans, compact, compact_classes, members
from extract.de.tokenizer import DATA

NAMES = ("prefix", "suffix", "infix", "url", "token_match")


def spacy_patterns() -> dict[str, str | None]:
    spacy = pytest.importorskip("spacy")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    if spacy.__version__ != data["spacy"]:
        pytest.skip(f"the data file is spaCy {data['spacy']}'s, this is {spacy.__version__}")
    tok = spacy.blank("de").tokenizer
    found = {"prefix": tok.prefix_search, "suffix": tok.suffix_search, "infix": tok.infix_finditer,
             "url": tok.url_match, "token_match": tok.token_match}
    return {name: None if f is None else f.__self__.pattern for name, f in found.items()}


def test_every_class_stored_matches_the_code_points_of_spacys_class_over_all_of_unicode():
    theirs = spacy_patterns()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    checked = 0
    for name in NAMES:
        old, new = theirs[name], data[name]
        if old is None:
            assert new is None
            continue
        assert new == compact_classes(old)  # (a data file not written by --write since fails here)
        old_spans, new_spans = class_spans(old), class_spans(new)
        assert len(old_spans) == len(new_spans)
        # between the classes the patterns are the same text
        old_bounds = [0] + [i for span in old_spans for i in span] + [len(old)]
        new_bounds = [0] + [i for span in new_spans for i in span] + [len(new)]
        assert [old[a:b] for a, b in zip(old_bounds[::2], old_bounds[1::2])] == \
               [new[a:b] for a, b in zip(new_bounds[::2], new_bounds[1::2])]
        for (a, b), (c, d) in zip(old_spans, new_spans):
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


SPECIAL_POINTS = [ord(c) for c in "\\[]^-&~|.$ \n\t"] + [0, 0xAD, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
                                                         0x10FFFF, 0x300, 0x4E00, 0x9FFF]
points = st.one_of(st.sampled_from(SPECIAL_POINTS), st.integers(0, 0x10FFFF), st.integers(0, 0x2FF))


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
