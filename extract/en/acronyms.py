"""Bodies introduced with their short form in brackets, as agencies and papers write them: "the
Harwick and District Water Authority (HDWA)", "the Health Service Executive (HSE)". The name is
the capitalised words before the bracket whose initials spell the short form (small words like
'and', 'of', 'for', 'the' may stand between and are skipped when they have no letter in it). The
small NER often keeps only the name's tail ('District Water Authority'): the mention is widened to
the whole name, so that the actors stage learns the short form as its alias."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..actors.mentions import is_institution_word
from ..model import Mention

SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
SMALL = {"and", "of", "for", "the", "&", "on", "in"}


def acronym_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bracketed short form's full name as an organisation mention (the
    mentions inside that name give way to it)."""
    out = list(mentions)
    for m in SHORT_FORM.finditer(doc.text):
        span = _full_name(doc.text, m.start(), m.group(1))
        # a person inside blocks it ("Minister Tom Ray (TR)"), unless the name ends in a body's noun
        # ("the Brenton and Hale Housing Association (BHHA)": the NER's person 'Brenton' is none)
        if span is None or any(o.kind_hint == "person" and span[0] <= o.span[0] < span[1] for o in out) \
                and not is_institution_word(doc.text[span[0]:span[1]].split()[-1], "en"):
            continue
        b, e = span
        out = [o for o in out if not (b <= o.span[0] and o.span[1] <= e)]
        if not any(o.span[0] < e and b < o.span[1] for o in out):
            out.append(Mention((b, e), doc.text[b:e], "organisation"))
    return sorted(out, key=lambda o: o.span)


def _full_name(text: str, bracket: int, short: str) -> tuple[int, int] | None:
    """The span of the words before ``bracket`` whose capitals spell ``short``, or None."""
    letters = [c for c in short if c.isupper()]
    words = list(re.finditer(r"[\w'’&-]+", text[max(0, bracket - 120):bracket]))
    offset = max(0, bracket - 120)
    need, start = len(letters), None
    for w in reversed(words):
        word = w.group(0)
        if need and word[:1].isupper() and word[0] == letters[need - 1]:
            need, start = need - 1, w.start() + offset
        elif word.lower() in SMALL and need:
            continue
        else:
            break
        if need == 0:
            break
    if need or start is None:
        return None
    end = words[-1].end() + offset if words else bracket
    return start, end
