"""The speaker phrase around a mention: its kind hint, the phrase parsed, extended to the left
and right (titles, appositions, descriptors, of-phrases)."""
from __future__ import annotations

import bisect
import re
from dataclasses import fields, is_dataclass, replace

from ..model import Span
from .context import (
    APPOSITION_AFTER,
    APPOSITION_BEFORE,
    LEFT_WORD,
    OF_PHRASE,
    QUOTE_MARKS,
    RIGHT_NAME,
)
from .lexicon import firstnames, lexicon, speech_verb_forms_en
from .mentions import (
    NOT_ROLE_NOUNS,
    PARENTHESIS,
    _entity_at,
    _lower_noun,
    _source_compound,
    parse_phrase,
)
from .english_words import is_dictionary_word
from .phrase import Entity, Parsed, _adjective_country, tokenize
from .roles import _prefix_affiliation, role_word
from .written import NAME_SLOT, POSSESSIVE_PRONOUNS, _describing, names_an_owner
from .words import ARTICLES, HONORIFICS, MODIFIERS, NO_ACTOR, OF_WORDS, PRONOUNS


# a title in quotation marks (a newspaper, a broadcast): one to four capitalised words
QUOTED_TITLE = re.compile(r"[„“\"»«]((?:[A-ZÄÖÜ][\w\-]*\.?\s?){1,4})[“”\"«»]")
# a full name between commas right after a role phrase: "des Obmanns des Vereins, Florian Gasser, …"
APPOSED_NAME = re.compile(r",\s+([A-ZÄÖÜ][\w\-]+(?:\s+(?:von der|von|van|de|zu|di)?\s*[A-ZÄÖÜ][\w\-]+){1,2}),")


# the name after an abbreviated title that a speaker phrase stopped at ("Capt" of "Capt. Luis Ordaz")
ABBREVIATED_TITLE_NAME = re.compile(r"\.[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?")
# a small word or a number inside a body's name that the NER found whole ('Kelsey Fire and Rescue Service',
# 'Teamsters Local 412'): the phrase rules would cut it there
INNER_WORD = re.compile(r"\s(?:and|of|for|&)\s|\s\d")
AGE_AFTER = re.compile(r",[ \t]*\d{1,3}(?=,)")  # "Priya Venn, 34, a nurse …"
TAIL_PREPOSITIONS = ("of", "in", "at", "from", "for", "behind")  # where (or for what) a role in an apposition is held
# German: "Landrätin | im Kreis Selbachtal und …", "Sprecherin der Bürgerinitiative | für eine lebenswerte Innenstadt"
TAIL_PREPOSITIONS_DE = ("im", "in", "am", "an", "bei", "beim", "für", "aus", "von", "vom", "und")
# a word right after a name: the name opens a clause of its own, it is no apposition ("…, Craig Mellors | said")
NAME_OPENS_CLAUSE = re.compile(r"[ \t]+[\w“\"']")
RELATIVE = re.compile(r"\s+(?:who|whose|which|that)\b")  # a relative clause ends an English apposition's noun phrase


def _parse_with_names(phrase: str, lang: str, names: list[str]) -> Parsed:
    """parse_phrase with each body name the language rules read whole ('a spokeswoman for Mercy
    West Hospital') standing in the phrase as one word, then put back where the parse put it."""
    names = [n for n in names if n in phrase]
    if len(names) != 1:
        return parse_phrase(phrase, lang)
    name = names[0]
    if lang == "de":  # "der Konsumentenverein Alpenland": a body the phrase names whole keeps its type noun
        plain = parse_phrase(phrase, lang)
        if plain.entity is not None and not plain.name and not plain.entity.generic and name in plain.entity.name:
            return plain
    if lang == "en":  # "Lusovia's Office for Civil Security": the body the NER read whole, its owner's possessive before it
        plain = parse_phrase(phrase, lang)
        if plain.entity is not None and plain.entity.name == name and plain.entity.affiliation and not plain.name:
            return plain
    p = _put_back(parse_phrase(phrase.replace(name, NAME_SLOT, 1), lang), name)
    if lang == "en" and p.written_role.startswith(name + " ") and names_an_owner(name.split(), lexicon(lang)):
        p.written_role = p.written_role[len(name):].strip()  # "Marrick Rescue Centre | spokeswoman": the owner goes
        p.written_role = "" if p.written_role == p.role else p.written_role
    return p


def _put_back(value, name: str):
    """``value`` (a Parsed, an Entity, a list or a string) with the name where NAME_SLOT stands."""
    if isinstance(value, str):
        return value.replace(NAME_SLOT, name)
    if isinstance(value, list):
        return [w for v in value for w in (name.split() if v == NAME_SLOT else [_put_back(v, name)])]
    if is_dataclass(value):
        return replace(value, **{f.name: _put_back(getattr(value, f.name), name) for f in fields(value) if f.init})
    return value


def left_word(text: str, pos: int) -> re.Match | None:
    """LEFT_WORD.search(text, max(0, pos - 80), pos), searched only from the start of the last
    run of non-space characters before ``pos`` (where any match begins): the same match, without
    trying each of the 80 places before it."""
    first, k = max(0, pos - 80), pos
    while k > first and text[k - 1].isspace():
        k -= 1
    while k > first and not text[k - 1].isspace():
        k -= 1
    return LEFT_WORD.search(text, k, pos)


class Extents:
    """The phrase rules of ArticleActors (a mixin: it reads the text of the article)."""

    def _mentions_from(self, first: int, last: int) -> list:
        """The mentions (in text order) that start at ``first``, ``last`` or between them: found by
        their starts (each mention's phrase is parsed once, and a scan of all mentions for each
        grows with the square of their number)."""
        if self._mention_starts is None:
            self._mention_starts = [m.span[0] for m in self.mentions]
        starts = self._mention_starts
        return self.mentions[bisect.bisect_left(starts, first):bisect.bisect_right(starts, last)]

    def _hint(self, span: Span) -> str:
        for m in self.mentions:
            if m.span[0] < span[1] and span[0] < m.span[1] and m.kind_hint:
                return m.kind_hint
        return ""

    def _parse_at(self, span: Span) -> Parsed:
        start, end = self._extend_left(span[0]), self._extend_right(span)
        if end == span[1] and any(m.span == span and (m.whole or m.one_word and INNER_WORD.search(m.text))
                                  for m in self._mentions_from(span[0], span[0])) \
                and self.text[start:span[0]].strip().casefold() in ("", *ARTICLES):  # 'Office for Standards in Vocational Training'
            name = self.text[span[0]:span[1]]
            known = parse_phrase(name, self.lang)  # a body the lexicon knows whole stays its own: 'European Union' -> 'EU'
            whole = known.entity is not None and not (known.name or known.affiliation or known.role) \
                and not name.startswith(known.entity.name + " ")  # not cut at a small word: 'Fire | and Rescue Service'
            titled = bool(known.role and known.name) and known.entity is None  # 'Superintendent Gloria Banks': a person
            return known if whole or titled else Parsed(clean=name, entity=Entity("organisation", name))
        phrase = self.text[start:end]
        if QUOTED_TITLE.search(phrase):  # (sub alone prepares its template on every call)
            phrase = QUOTED_TITLE.sub(r"\1", phrase)  # a paper's name in quotes: "der „Quellbacher Zeitung“"
        if any(mark in phrase for mark in QUOTE_MARKS):
            return Parsed()  # a quotation is not a speaker phrase
        first = start
        if start == span[0]:  # "Die Ministerpräsidentin von Valdoria, Ilka Marwen"
            before, first = self._apposition_before(start, end)
            phrase = before + phrase
        after = self._apposition_after(end)
        names = [m.text for m in self._mentions_from(first, end) if (m.whole or m.one_word) and m.span[1] <= end and m.span != span]
        p = _parse_with_names(phrase + after, self.lang, names)
        if self.lang == "en" and p.role and p.name and ", " in phrase \
                and not self._role_heads(phrase[:phrase.rindex(", ")].split()):
            # the role phrase is another's, inside the mention as in _apposition_before: 'The daughter | of the
            # owner of the Black Swan, Amy Mellors' -> the name alone
            p = _parse_with_names(phrase[phrase.rindex(", ") + 2:] + after, self.lang, names)
        if (p.role or p.source) and not p.name and not after and (named := APPOSED_NAME.match(self.text, end)) \
                and named.group(1).split()[0].casefold() in firstnames():
            p = parse_phrase(phrase + ", " + named.group(1), self.lang)  # "nach Worten des Obmanns des X, Florian Gasser,"
        if not after and p.name and not p.role and not p.gender and not p.entity:
            desc = self._descriptor_after(end)
            if desc:  # "Halvo, the utility company, said": the name is an organisation's
                p.entity = Entity("organisation", " ".join(p.name), p.affiliation, descriptor=desc)
                p.name = []
        return p

    def _descriptor_after(self, end: int) -> str:
        m = APPOSITION_AFTER.match(self.text, end)
        if not m or m.group(1).split()[0].casefold() not in ARTICLES:
            return ""
        tokens = tokenize(m.group(1))
        ent, j = _entity_at(tokens, 0, self.lex)  # the whole apposition is the descriptor, nothing more
        return ent.name.casefold() if ent is not None and ent.generic and j == len(tokens) else ""

    def _apposition_before(self, start: int, end: int) -> tuple[str, int]:
        """'The owner of the Black Swan, | Gideon Marrable': the role phrase the name is apposed to, with
        its comma, and where it starts; else ('', start). English (round 27): a body's name the language
        rules read whole stands in it as one word ('the chief executive of | Carrane Harbour Trust |'), a
        place after the owner says where the role is held and goes ('the owner of the Black Swan | in
        Hollowford'), and a phrase with words before it in its clause is apposed only when no word follows
        the name: else the name opens a clause and the phrase is the object of those words ('After
        meeting the manager of X, Y said'); a phrase after "of" is another's ('The daughter of | the
        owner of X, Y')."""
        if not comma_just_before(self.text, start):
            return "", start  # the search below (slow: it tries every position) cannot match
        m = APPOSITION_BEFORE.search(self.text, max(0, start - 100), start)
        if not m:
            return "", start
        found = list(re.finditer(r"\S+", m.group(1)))
        opening = max(0, len(found) - 8)  # (words before the first one looked at)
        found = found[-8:]
        words = [w.group() for w in found]
        english = self.lang == "en"
        names = [x.text for x in self._mentions_from(m.start(1), start) if (x.whole or x.one_word) and x.span[1] <= start] \
            if english else []
        for k in range(len(words)):
            first = words[k].casefold()
            if not (first in ARTICLES or first in MODIFIERS or role_word(words[k], self.lex)
                    or first in self.lex.titles or first in self.lex.title_heads):
                continue
            k = owned_role_start(words, k) if english else k
            described = self._role_held(words[k:], names) if english else " ".join(words[k:])
            p = parse_phrase(described, self.lang) if not english else _parse_with_names(described, self.lang, names)
            if english and p.role and not self._role_heads(words[k:]):
                continue  # ("The daughter of | the owner of the Red Lion, Amy Mellors": the role is another's)
            if p.role and not p.name and not p.entity:
                if english and (opening + k > 0 and NAME_OPENS_CLAUSE.match(self.text, end)
                                or k and words[k - 1].casefold() == "of"):
                    return "", start  # ("Unlike the owner of the Red Lion, Craig Mellors said": no apposition)
                return described + ", ", m.start(1) + found[k].start() if english else start
        return "", start

    def _role_heads(self, words: list[str]) -> bool:
        """English: the words before the phrase's first tail preposition hold its role ('the chief
        executive | of …'), not a noun the role's holder is related to ('The daughter | of the owner')."""
        tail = next((i for i, w in enumerate(words) if i and w in TAIL_PREPOSITIONS), 0)
        return not tail or bool(parse_phrase(" ".join(words[:tail]), self.lang).role)

    def _role_held(self, words: list[str], names: list[str]) -> str:
        """English: the role phrase before a name without the place after its owner ('the owner of the
        Black Swan | in Hollowford', 'the chief executive of Medway Harbour Board | in Kent'): a second tail
        preposition and the capitalised words after it that close the phrase name where, not a person."""
        phrase = " ".join(words)
        tails = [i for i, w in enumerate(words) if i and w in TAIL_PREPOSITIONS]
        if len(tails) < 2 or not all(w[:1].isupper() for w in words[tails[-1] + 1:]) \
                or any(n in phrase and phrase.index(n) + len(n) > len(" ".join(words[:tails[-1]])) for n in names):
            return phrase  # (one tail: its owner; the place's words inside a name read whole stay: 'Bank of Arvonia')
        return " ".join(words[:tails[-1]])

    def _apposition_after(self, end: int) -> str:
        """'Ilka Marwen, Ministerpräsidentin von Valdoria, sagte' -> the role between the commas."""
        age = AGE_AFTER.match(self.text, end) if self.lang == "en" else None
        if age:  # "Martin Oduya, 41, a bus driver from …": the role after the age
            role = self._apposition_after(age.end())
            return age.group(0) + role if role else ""
        m = APPOSITION_AFTER.match(self.text, end)
        if not m:
            return ""
        described, first = m.group(1), m.group(1).split()[0]
        if first.casefold() == "seit":  # "Marlene Oppermann, seit 2019 Rektorin der …": how long the role is held
            words = described.split()
            k = next((n for n in range(1, min(4, len(words))) if role_word(words[n], self.lex)), 0)
            described, first = (" ".join(words[k:]), words[k]) if k else (described, first)
        if not (first.casefold() in ARTICLES or first.casefold() in MODIFIERS
                or role_word(first, self.lex) or first.casefold() in self.lex.titles
                or first.casefold() in self.lex.title_heads or _adjective_country(first, self.lex)):
            return ""  # "..., adding the minister would travel": not an apposition
        if self.lang == "en" and (rel := RELATIVE.search(described)):
            described = described[: rel.start()]  # "a ferry captain | who has worked the crossing": the noun phrase
            if not described.strip():
                return ""
        p = parse_phrase(described, self.lang)
        if p.role and not p.name and (not p.entity or p.entity.generic):  # ("the council's finance chief")
            return ", " + described
        if self.lang == "en" and _one_of_group(described, p):
            return ", " + described  # "Bram Osterholt, a dairy farmer, said": one of a trade is that person's role
        if not (k := self._role_before_tail(described)):
            return ""
        if self.lang != "en":
            return ", " + " ".join(described.split()[:k])  # ("Landrätin | im Kreis Selbachtal": the role, not the place's name)
        return ", " + (described if p.role else " ".join(described.split()[:k]))  # ("a dairy farmer | from Leeming Flats")

    def _role_before_tail(self, apposition: str) -> int:
        """'a nurse | at St Aldric's hospital in Brackwell', 'the founder | of the food bank in
        Marshwick': the words before the first of TAIL_PREPOSITIONS are a role (or one of a group: 'a dairy
        farmer | from …') and name no one; the capitalised words after it name where the role is held (a
        place, a body), not a second person. How many words that role is, or 0."""
        words = apposition.split()
        tails = TAIL_PREPOSITIONS if self.lang == "en" else TAIL_PREPOSITIONS_DE
        k = next((i for i, w in enumerate(words) if i and w in tails), 0)
        if not k:
            return 0
        before = " ".join(words[:k])
        head = parse_phrase(before, self.lang)
        if self.lang != "en" and k == 1 and role_word(words[0], self.lex):
            return k  # a German role noun alone ("Landrätin"), which the parse reads as a name
        return k if head.role and not head.name and head.entity is None or _one_of_group(before, head) else 0

    def _extend_right(self, span: Span) -> int:
        """A mention that stops at a first name ('Joe' in 'Joe Biden') takes in the surname;
        a known party or organisation in brackets right after a name is taken in too."""
        bracket = PARENTHESIS.match(self.text, span[1])
        if bracket and _entity_at(tokenize(bracket.group(1)), 0, self.lex)[0] is not None:
            return bracket.end()
        words = self.text[span[0] : span[1]].split()
        if words and (words[-1].casefold() in self.lex.sources or _source_compound(words[-1], self.lex) is False):
            of = OF_PHRASE.match(self.text, span[1])  # "Umfrage | des Instituts Valdopol": whose it is
            return of.end() if of else span[1]
        end = span[1]
        if words and words[-1].casefold().rstrip(".") in HONORIFICS:  # "Frau Dr. | Hoyer": the name after the title
            m = re.match(r"\.?\s+(?:(?:Dr|Prof)\.\s+)?([A-ZÄÖÜ][\w\-]+)", self.text[end:])
            return end + m.end(1) if m else end
        if words and self.lang == "en" and self.text[end:end + 1] == "." and words[-1].casefold() + "." in self.lex.titles:
            m = ABBREVIATED_TITLE_NAME.match(self.text, end)  # "firefighter, Capt | . Luis Ordaz": cut at the dot
            return m.end() if m else end
        if not words or words[-1].casefold() not in firstnames():
            return span[1]
        for _ in range(2):
            m = RIGHT_NAME.match(self.text, end)
            if not m:
                break
            word = m.group(1)
            low = word.casefold()
            if (role_word(word, self.lex) or low in self.lex.titles or low in self.lex.organisations
                    or low in self.lex.countries or low in self.lex.capitals or low in self.lex.groups):
                break
            end = m.end(1)
            if low not in firstnames():
                break
        return end

    def _extend_left(self, start: int) -> int:
        """Take in the role words, country adjectives and articles right before a name:
        'Der ukrainische Außenminister |Dmytro Kuleba' -> the whole phrase."""
        pos, useful = start, start
        lower_noun = in_role = False  # in_role: the word just taken is a role or title word
        for _ in range(6):
            m = left_word(self.text, pos)
            if not m:
                break
            word = m.group(1)
            low = word.casefold()
            after_role, in_role = in_role, False
            if (role_word(word, self.lex) or low in self.lex.titles or low in HONORIFICS
                    or low in self.lex.title_heads):  # "Prime" of "Prime Minister"
                pos = useful = m.start(1)
                in_role = True
            elif self.lang == "en" and after_role and _lower_noun(word) and low not in speech_verb_forms_en() \
                    and self._hint((start, start + 1)) != "organisation":  # (a body's descriptor stays as it was)
                pos = useful = m.start(1)  # "said roads | manager Ellen Fitch": a lower-case word that says which office
                in_role = True
            elif useful < start and low.endswith(("'s", "’s")) and word[:1].isupper():
                pos = useful = m.start(1)  # "Norrland's Foreign Minister"
                break
            elif _adjective_country(word, self.lex) or low in MODIFIERS or _prefix_affiliation(word, self.lex):
                pos = m.start(1)
                if useful < start:  # "NATO | Secretary General": what the role belongs to
                    useful = pos
            elif low in ARTICLES:
                pos = m.start(1)
                if useful < start:
                    useful = pos
                break
            elif self.lang == "en" and useful < start and word[:1].isupper() and not word.endswith(".") \
                    and low not in NOT_ROLE_NOUNS | OF_WORDS | ARTICLES | NO_ACTOR \
                    and low not in PRONOUNS["en"] and (not word.isupper() or word in ("FC", "AG")):
                if low in firstnames() and lower_noun:
                    return start  # "Olena Kovalenko met | Sam Okoro": a person before a verb, no owner
                pos = useful = m.start(1)  # "Torvald United | manager Sam Okoro": whose the role is
            elif self.lang == "en" and pos == start and _lower_noun(word):
                owner = left_word(self.text, m.start(1))
                if not (owner and owner.group(1)[:1].isupper() and not owner.group(1).endswith(".")):
                    break
                pos = useful = m.start(1)  # "Brinmouth striker | Sam Okoro": an unlisted role noun
                lower_noun = True
            else:
                break
        return useful if useful < start else start


POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def owned_role_start(words: list[str], k: int) -> int:
    """English: where the role phrase before an apposed name starts when its role word (``k``) follows
    the words that describe it and an owner: "Drenholm's | housing minister, Carys X", "Her | deputy
    chief nurse, Y". The describing words are kept back only to a possessive, which closes the phrase
    (the owner goes, as in written.as_written); without one they may be a clause's ("backed by
    housing minister, X") and the role word stands alone, as before."""
    j = k
    # (only words of the word index, whose lemmas hold no inflected verb or preposition, at most three: those are a
    # clause's, "Drenholm's plan was attacked by | housing minister, X")
    while j > 0 and k - j < 3 and _describing(words[j - 1]) and not words[j - 1].endswith(POSSESSIVE_ENDS) \
            and words[j - 1].casefold() not in OF_WORDS and is_dictionary_word(words[j - 1]):
        j -= 1
    owner = words[j - 1] if j > 0 else ""
    return j if j < k and (owner.endswith(POSSESSIVE_ENDS) or owner.casefold() in POSSESSIVE_PRONOUNS) else k


def comma_just_before(text: str, start: int) -> bool:
    """Does a comma end the text before ``start`` (spaces, tabs and a line break after it
    aside)? Without one, APPOSITION_BEFORE cannot match there."""
    return text[max(0, start - 100):start].removesuffix("\n").rstrip(" \t").endswith(",")


def _one_of_group(described: str, p: Parsed) -> bool:
    """English: 'a dairy farmer', 'an off-duty nurse': an indefinite singular noun of a group
    (a trade the lexicon reads as many people) names one person of it, with no name of its own."""
    return (described.split()[0].casefold() in ("a", "an") and not p.name and p.entity is not None
            and p.entity.kind == "group" and not described.rstrip().endswith("s"))
