"""Text clean-up that keeps offsets, and language detection."""
from __future__ import annotations

import re

# Same-length replacements: offsets into the cleaned text are offsets into the original.
# Soft hyphens (\xad) stay: dropping them would move offsets; the German rules ignore them inside words.
_SAME_LENGTH = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": " ", "\ufeff": " ",
                              "\r": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"})
_REPLACED = re.compile("[" + "".join(re.escape(chr(c)) for c in _SAME_LENGTH) + "]")  # a character _SAME_LENGTH changes

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_GERMAN = frozenset(
    "der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich auch "
    "sagte wird wurde dass sei habe werden hat bei nach aus über".split()
)
_ENGLISH = frozenset(
    "the and is not a an of to in on for with that was were has have said will would "
    "from by at it this be are".split()
)


def clean_same_length(text: str) -> str:
    """Non-breaking, thin and zero-width spaces, tabs and CRs become plain spaces, Unicode line
    separators newlines ("\r\n" becomes " \n"); the length is unchanged, so offsets into the
    cleaned text are offsets into the original."""
    # (translate looks up every character of a text beyond ASCII; most texts hold none it changes)
    return text.translate(_SAME_LENGTH) if _REPLACED.search(text) else text


def detect_language(text: str) -> str:
    """'de' or 'en' by counting common function words; German wins ties (our first language)."""
    de = en = 0
    for m in _WORD.finditer(text[:20000]):
        w = m.group().lower()
        de += w in _GERMAN
        en += w in _ENGLISH
    return "en" if en > de else "de"
