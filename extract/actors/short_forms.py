"""German bodies spelled out with their short form in brackets: "der Zweckverband Wasser und Abwasser
Erzgebirge (ZWAE)", "beim Zweckverband zur Wasserversorgung im Landkreis Obertal (ZWO)". The mention
rules cut such names at their small words, so the whole name is read here, from the text: the words
between an article (or "beim", "vom") and the bracket, headed by a body's noun whose initial the short
form begins with. The actor resolver gives the name the short form as an alias and takes a mention
inside the name for that body."""
from __future__ import annotations

import re

from ..model import Actor
from .inflection import genitive_stem
from .mentions import is_institution_word, parse_phrase
from .phrase import Entity

LINKS = r"(?:und|für|zur|zum|der|des|im|in|am|an|von|vom|mit|ohne)"  # small words inside a body's name
WORD = r"[A-ZÄÖÜ][\w.&-]*"
BARE_NAME_DE = re.compile(rf"[Dd](?:er|ie|as)\s+({WORD})")  # "Die Heimatliste", "Der Bürgerblock"
SHORT = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}"  # a short form: "ZAO", "VWH"
SPELLED_DE = re.compile(r"\b(?:[Dd](?:er|ie|as|es|em|en)|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur|[Ii]m)\s+"
                        rf"({WORD}(?:\s+(?:{WORD}|{LINKS})){{0,8}}?)\s+\(({SHORT})\)")
SHORT_FORM = re.compile(rf"\({SHORT}\)")  # how each SPELLED_DE match ends: searched first


def spelled_bodies(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, short form) of each German body named in full before its short form in
    brackets; the name in the nominative ("des Zweckverbands X" -> "Zweckverband X"). [] for English
    (its mention rules read the bracket themselves)."""
    if lang != "de" or not SHORT_FORM.search(text):
        return []  # (most texts have no short form in brackets: SPELLED_DE tries each place of the text)
    found = []
    m = SPELLED_DE.search(text)
    while m is not None:  # (overlapping: "Die Sprecherin des Zweckverbands X (ZX)" is read from "des")
        words, short = m.group(1).split(), m.group(2)
        head = words[0]
        if head.endswith("s") and is_institution_word(genitive_stem(head), "de"):
            head = genitive_stem(head)  # "des Zweckverbands"
        if len(words) > 1 and is_institution_word(head, "de") and head[0] == short[0] and sum(c.isupper() for c in short) > 1:
            found.append((m.start(1), m.end(1), " ".join([head] + words[1:]), short))
            m = SPELLED_DE.search(text, m.end())
        else:
            m = SPELLED_DE.search(text, m.start() + 1)
    return found


class ShortForms:
    """The spelled-out bodies of ArticleActors (a mixin: it reads and adds to the article's actors)."""

    _spelled: list[tuple[int, int, Actor]] | None = None

    def _spelled_at(self, offset: int) -> Actor | None:
        """The body whose full name, read before its short form in brackets, holds offset. The first
        call (before any mention is resolved) registers each such body, its short form an alias."""
        if self._spelled is None:
            self._spelled = []
            for start, end, name, short in spelled_bodies(self.text, self.lang):
                actor = self._entity_actor(Entity("organisation", name))
                self._note_acronym(f"{name} ({short})", actor)
                self._spelled.append((start, end, actor))
        return next((a for start, end, a in self._spelled if start <= offset < end), None)

    def _spelled_one(self, offset: int) -> tuple[Actor] | None:
        """(the body spelled out at offset,), or None: a mention inside "der Zweckverband … (ZWAE)"."""
        body = self._spelled_at(offset)
        return (body,) if body is not None else None

    def _bare_name_before(self, phrase: str, offset: int) -> Actor | None:
        """"Die Heimatliste kündigte an" after "die Klage der Partei Heimatliste": a definite article and one
        capitalised word that names no one by itself is the short form of the body named before with its type
        noun and that word ("Partei Heimatliste", "Verein Lebenshilfe", "Wählergruppe Bürgerblock"). None when
        no such body was named before offset."""
        m = BARE_NAME_DE.fullmatch(phrase) if self.lang == "de" else None
        if m is None:
            return None
        word = m.group(1)
        for hit in reversed(list(re.finditer(rf"\b{WORD}\s+{re.escape(word)}\b", self.text[:offset]))):
            ent = parse_phrase(hit.group(0), self.lang).entity
            if ent is not None and ent.kind == "organisation" and word in ent.name.split() and not ent.generic:
                return self._entity_actor(ent)
        return None
