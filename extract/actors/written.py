"""English: a person's role as the text writes it ("Housing Minister", "Opposition health
spokeswoman", "deputy chief nurse", "head of planning", "Det. Supt."), for Actor.role.

Parsing a phrase keeps the role noun apart from what describes it ("Health board chief" ->
role "chief", affiliation "Health board"), so that "the chief" can refer back; a reader of the
timeline wants the whole office. The words that describe the role are kept, its owner is left
out: a possessive ("the council's finance chief" -> "finance chief"), an article, a named body
(an organisation the lexicon knows or a run of capitalised words:
"Brackenfield Logistics chief executive" -> "chief executive", "Summit County Sheriff" -> "Sheriff"), a place adjective ("Valdorian").
"""
from __future__ import annotations

import re
from typing import Callable

from .english_words import is_dictionary_word
from .lexicon import Lexicon, firstnames, organisation_words, word_set
from .phrase import Parsed, _adjective_country, tokenize
from .roles import demonym_stem
from .words import ARTICLES, MODIFIERS, QUANTIFIERS

# words before a role that date or place it, not name it: the role stays "minister" in "the then
# minister", "MP" in "Local MP" (data/role_time_words_en.txt; also en/read_roles.py)
NOT_OF_THE_ROLE = word_set("role_time_words_en.txt")
# nouns that close a place's or party's capitalised name ("Summit County", "Pennick Falls", "Green Party")
NAME_HEADS = word_set("name_heads_en.txt")
# common nouns of an English the model's word index lacks ("Garda Sergeant" is no owner's name)
COMMON_WORDS = word_set("common_words_en.txt")
NAME_JOINERS = {"of", "for", "and", "&", "on", "upon"}
NAME_SLOT = "Xwhole"  # one capitalised word standing for a body's name the NER read whole (actors/extents.py)
# words before a role that say in what standing the person holds it: part of the role as written
# ("Former premier", "the acting police commissioner", "ex-chairman")
STANDING = {"former", "ex", "outgoing", "incoming", "acting", "interim"}
# a complement that says what the role is for: "head of research", "specialist in infectious diseases"
COMPLEMENT_WORDS = {"of", "in", "for"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}


def _same(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(x.casefold() == y.casefold() for x, y in zip(a, b))


def _describing(tok: str) -> bool:
    """A lower-case word that may describe a role: 'finance', 'deputy', 'public', 'works' (the
    first word of a phrase counts in lower case: 'Consumer advocate')."""
    low = tok.casefold()
    return (tok[:1].isalpha() and tok[:1].islower() and low not in ARTICLES and low not in QUANTIFIERS
            and low not in POSSESSIVE_PRONOUNS and low not in NOT_OF_THE_ROLE and low not in ("and", "or"))


def _office(tok: str, lex: Lexicon) -> bool:
    """A word that names an office by itself (data/titles_en.txt): "founder", "chairman", "CEO"."""
    return tok.casefold() in lex.titles


def _role_start(tokens: list[str], role: list[str]) -> int:
    n = len(role)
    return next((r for r in range(len(tokens) - n + 1) if _same(tokens[r : r + n], role)), -1)


def _complement_end(tokens: list[str], e: int) -> int:
    """'head | of research', 'specialist | in infectious diseases': lower-case words after
    of/in/for, no article or name ('chief executive of the trust' stays 'chief executive')."""
    if e + 1 >= len(tokens) or tokens[e].casefold() not in COMPLEMENT_WORDS:
        return e
    k = e + 1
    while k < len(tokens) and _describing(tokens[k]) and tokens[k].casefold() not in COMPLEMENT_WORDS | {"at"}:
        k += 1
    # a second for/in/at opens the owner or place, which goes: "director of public health | for the
    # county", "head of research | at Kestler"; an "of" after the words is theirs ("in charge of the scheme")
    closed = k == len(tokens) or tokens[k] == "," or tokens[k].casefold() in ("for", "in", "at")
    return k if k > e + 1 and closed else e


def _of_the_role(tok: str, first: bool, affiliated: bool, lex: Lexicon) -> bool:
    """A word before the role that is part of it: a describing word ("deputy chief | nurse"), the
    phrase's first word in its sentence capital ("Consumer | advocate"; not with an affiliation
    read, nor a place adjective: "Valdorian"), a capitalised title or modifier ("Lt | Gov.",
    "Deputy | Mayor"; not one that dates it: "Former")."""
    low = tok.casefold()
    if _describing(tok):
        return True
    if first and _describing(low) and not affiliated and not _adjective_country(tok, lex) and not demonym_stem(tok, lex.lang):
        return True
    return tok[:1].isupper() and (low in lex.titles or low in MODIFIERS) and low not in NOT_OF_THE_ROLE


def _written_span(tokens: list[str], possessive: frozenset[int], p: Parsed, lex: Lexicon,
                  owner: Callable[[list[str], int, int], bool]) -> tuple[int, int]:
    """The tokens of the role as written (start, end), or (-1, -1)."""
    role = tokenize(p.role)
    r = _role_start(tokens, role)
    if r < 0:
        return -1, -1
    aff = tokenize(p.affiliation) if p.affiliation else []
    start = r
    while start > 0:
        k = start - 1
        if k in possessive or tokens[k] == "," or tokens[k].casefold() in POSSESSIVE_PRONOUNS | ARTICLES:
            break
        if tokens[k].casefold() in ("and", "&") and k > 0 and k - 1 not in possessive and _office(tokens[k - 1], lex):
            start = k - 1  # coordinated offices of one person: "founder and | CEO", "chairman and | chief executive"
            continue
        m = len(aff)
        if m and start >= m and _same(tokens[start - m : start], aff):
            owned = [i for i in range(start - m, start) if i in possessive]
            if owned:  # "Castrelle's economy | minister": the owner's possessive ends it, what follows describes
                start = owned[-1] + 1
                break
            kind = _after_name(tokens, start - m, start, lex, owner, tokens[r + len(role) - 1])
            if kind > start - m:
                start = kind  # "Kelverton | transit union president", "Summit County | Sheriff": the name goes
            elif start - m - 1 not in possessive:
                start -= m  # "Opposition health | spokeswoman", "Housing | Minister", "Nurses' | representative"
            while start > 0 and tokens[start - 1].casefold() in STANDING and start - 1 not in possessive:
                start -= 1  # the standing comes first: "Former | council leader", "acting | police chief"
            break
        if _of_the_role(tokens[k], k == 0, bool(aff), lex) or tokens[k].casefold() in STANDING:
            start = k
            continue
        break
    end = r + len(role)
    while end < len(tokens) and _agent_noun(tokens[end]):
        end += 1  # the noun after a title word is the role's head: "consultant | cardiologist", "senior | paramedic"
    return start, _complement_end(tokens, end)


def _after_name(tokens: list[str], a: int, b: int, lex: Lexicon,
                owner: Callable[[list[str], int, int], bool], title: str) -> int:
    """Where the words of an affiliation a..b that describe the office begin, after the name that
    opens it (a when none does). A name says whose office it is, as a possessive does, and goes;
    the common nouns written after it say what kind of body it is and stay ("Kelverton | transit
    union president", "Lake Orrin | harbor patrol Sgt."). The opening capitalised words are a name
    when the lexicon knows the body or country, when one of them is no English word ("Ashcombe
    MSP", "Port Averill Mayor", "U.S. District Judge"), or when they end in a noun that closes a
    name and do not open with one ("Summit County Sheriff"; not "City Council President").
    Capitalised common words are a portfolio written as a title ("Public Works Director")."""
    c = a
    while c < b and (tokens[c][:1].isupper()
                     or tokens[c] in NAME_JOINERS and c + 1 < b and tokens[c + 1][:1].isupper()):
        c += 1  # ("Port of Velmond", "Bank of Westmoor": a small word inside a name)
    if c == a:
        return a
    if owner(tokens, a, b):
        return c
    return _after_demonym(tokens, a, c, lex, title) if names_an_owner(tokens[a:c], lex) else a


def _after_demonym(tokens: list[str], a: int, c: int, lex: Lexicon, title: str) -> int:
    """Where the office's words begin after an owner a..c: after the owner's own name (a place
    adjective, or words the word index does not know: "Tessaran", round 29) when the title is one
    held over a portfolio and the capitalised words between are common words that close no name and
    name no kind of body, the portfolio ("Valdorian | Trade Minister", "Norvessan | Transport
    Commissioner", "Valdorian | Trade and Industry Minister"; round 27); else after all of them (a
    firm's name before any other title: "Valdorian Steel | CEO")."""
    o = a
    while o < c - 1 and (demonym_stem(tokens[o], lex.lang) or _adjective_country(tokens[o], lex)
                         or is_dictionary_word(tokens[o]) is False):
        o += 1
    if o == a or title.casefold() not in word_set("portfolio_titles_en.txt"):
        return c
    portfolio = [t for t in tokens[o:c] if t.casefold() not in ("and", "&")]  # ("Trade and Industry")
    if portfolio and all(is_dictionary_word(t) and not _closes_name(t, lex) and t.casefold() not in lex.institutions
                         and not t.endswith(("'", "’")) for t in portfolio):
        return o
    return c  # (a body's name: "Valdorian Bankers' Association | chief executive")


def names_an_owner(words: list[str], lex: Lexicon) -> bool:
    """Do these capitalised words before a role name a place or body (its owner), not the office's
    kind? One of them is no English word ("Ashcombe", "Port Averill", "U.S."), or they end in a word
    that closes a name and do not open with one ("Summit County", "Green Party"; not "City Council",
    "Public Works", "Local Government")."""
    if words == [NAME_SLOT]:
        return False  # read again with its words when they are put back (extents._parse_with_names)
    known = [True if t.casefold() in COMMON_WORDS else is_dictionary_word(t) for t in words if t not in (NAME_SLOT, *NAME_JOINERS)]
    if None in known:  # no word index (the blank model): a run of capitals is a name, as before
        return len(words) > 1
    return not all(known) or (len(words) > 1 and _closes_name(words[-1], lex) and not _closes_name(words[0], lex))


def _closes_name(tok: str, lex: Lexicon) -> bool:
    """A noun that ends a place's, party's or body's capitalised name: "County", "Falls", "Party", "Centre"."""
    low = tok.casefold()
    return low in NAME_HEADS or low in organisation_words()


def _agent_noun(tok: str) -> bool:
    """A lower-case noun for someone who does something ("cardiologist", "physician", "engineer")."""
    return tok.isalpha() and tok.islower() and len(tok) > 5 and tok.endswith(("ist", "ian", "eer"))


def written_role(phrase: str, tokens: list[str], possessive: frozenset[int], p: Parsed, lex: Lexicon,
                 owner: Callable[[list[str], int, int], bool]) -> str:
    """The role of ``p`` as ``phrase`` writes it, or "" when it is ``p.role`` itself (or the
    role is one the lexicon maps: "Kremlin spokesman")."""
    if lex.lang != "en" or not p.role or p.mapped_role:
        return ""
    start, end = _written_span(tokens, possessive, p, lex, owner)
    if start < 0:
        return ""
    # back to the text: the dots and apostrophes the tokens dropped ("Det. Supt.", "Lt. Gov.")
    last = tokens[end - 1]
    dot = r"\.?" if last[:1].isupper() and len(last) <= 5 else ""  # "Supt." (an abbreviation keeps its dot)
    pattern = r"\W*".join(re.escape(t) for t in tokens[start:end]) + dot
    found = re.search(r"(?<!\w)" + pattern, phrase, re.IGNORECASE)
    written = found.group(0) if found else " ".join(tokens[start:end])
    return written if written != p.role else ""


def as_written(p: Parsed, text: str, mentions: list, actors: list, lex: Lexicon) -> str:
    """The role an article's actor takes from ``p``: its written role, without a describing word
    that the article names as a body or place elsewhere ("Harwell chief executive" after
    "Harwell Motors said": the chief executive of Harwell Motors; "the ministers of the
    Sundbund"), unless that word is a kind of body ("Council leader", "Board member")."""
    written, aff = p.written_role, p.affiliation
    if not written or not aff or not written.casefold().startswith(aff.casefold() + " "):
        return written
    if aff.casefold() in lex.institutions:
        return written
    if not named_elsewhere(aff, written, text, mentions, actors):
        return written
    # the name goes, the lower-case kind of body written after it stays ("Kelverton | transit union president")
    words = aff.split()
    name = " ".join(words[:next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))])
    return written[len(name):].strip()


def named_elsewhere(aff: str, written: str, text: str, mentions: list, actors: list) -> bool:
    """Does the article name the affiliation's first word as a body or place, so that it says whose
    office the role is ("Harwell chief executive" after "Harwell Motors said"; "Northern Rail
    spokeswoman", a body the NER read)? A body the NER reads only inside the role itself does not
    count where that reading is the NER's known error (round 29): a portfolio before a title held
    over one ("Energy" of "Energy minister", "Emergency Services Commissioner"; common words and
    `portfolio_titles_en.txt`, as _after_demonym reads them; not a place), or a body whose name takes in the
    role's own head ("Shire President"). Whether capitalised words name an owner by their own shape
    is decided once, by names_an_owner in _written_span, not by where in the sentence they stand."""
    first, head = aff.split()[0], written.split()[-1].casefold()
    low = first.casefold()
    rest = re.sub(re.escape(written), " ", text, flags=re.IGNORECASE)
    outside = re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", rest) is not None
    portfolio = head in word_set("portfolio_titles_en.txt") \
        and all(is_dictionary_word(w) for w in aff.split())
    place = any(m.kind_hint == "place" and low in m.text.casefold().split() for m in mentions) \
        or any(a.kind == "country" and low in a.name.casefold().split() for a in actors)
    if not outside and portfolio and not place:  # (a place the NER reads stays the owner: "New Zealand Prime Minister")
        return False

    own = written.casefold()  # (a mention of the role's own words, "Parish council", names no body elsewhere)
    return any(m.kind_hint in ("organisation", "place") and low in m.text.casefold().split()
               and m.text.casefold() not in own for m in mentions) \
        or any(a.kind in ("organisation", "country") and low in (words := a.name.casefold().split())
               and (outside or head not in words) for a in actors) \
        or re.search(r"\b[a-z]+,?\s+" + re.escape(aff) + r"(?!\s+[A-Z])\b", rest) is not None \
        or _capital_within_sentence(aff, written, text)


def _capital_within_sentence(aff: str, written: str, text: str) -> bool:
    """Capitalised words written in title case before a lower-case role inside a sentence are a
    name's, not a sentence's first word ('"…," Riverside striker X said', '"…," Northern Rail
    spokeswoman Y said'). Only where every word of the affiliation is capitalised: a kind of body
    with one stray capital is no name ("- Chamber of commerce president", "Port authority
    director"); a portfolio before its title was settled in named_elsewhere before this."""
    words = written[:len(aff)].split()  # (as written: the affiliation is read in capitals, "County Water Board")
    if not written[len(aff):].strip()[:1].islower() \
            or not all(w[:1].isupper() or w.casefold() in NAME_JOINERS for w in words):
        return False
    return re.search(r'(?:[^\s.!?"“”]|,["”])\s+' + re.escape(written), text) is not None


def given_name_shape(word: str, rest: list[str]) -> bool:
    """A word in a given name's place before a surname: a listed first name, or one the word index
    does not know followed by capitalised words it does not know either ("Coralie Bindaree", "Kirra
    Munnell"): a list never holds every given name. A body's name mostly ends in a common word
    ("Paykel Appliances", "Orrvik Marine", "Bromley Associates"): those stay whole."""
    if word.casefold() in firstnames():
        return True
    return (word.isalpha() and is_dictionary_word(word) is False and bool(rest)
            and all(w[:1].isupper() and is_dictionary_word(w) is False and w.casefold().rstrip(".") not in organisation_words()
                    for w in rest))  # ("Brennick Ltd")


AGENT_ENDINGS = ("er", "or", "ant", "ent", "ist", "ee")  # "Defendant", "Hunter", "Regulator", "Trainee"


def glued_role(p: Parsed, tokens: list[str], first: int, lex: Lexicon) -> Parsed:
    """English: a role the name run took in. Before the name, a capitalised agent noun opening the
    phrase (the sentence's capital) before a known first name: "Defendant Craig Mulvaney",
    "Hunter Joe Qisiiq". After it, a title written after the name with no comma: "Gwen Alderley MP",
    "Harriet Calloway KC". ``p`` is changed and returned."""
    if lex.lang != "en" or p.role or p.entity is not None or len(p.name) < 3:
        return p
    head, second = p.name[0], p.name[1]
    if first < len(tokens) and tokens[first] == head and head.isalpha() and head.casefold().endswith(AGENT_ENDINGS) \
            and head.casefold() not in firstnames() and is_dictionary_word(head) is not False \
            and given_name_shape(second, p.name[2:]):
        p.role = p.role_noun = head
        p.name = p.name[1:]
    elif p.name[-1].isupper() and p.name[-1].casefold() in lex.titles:
        p.role = p.role_noun = p.name[-1]
        p.name = p.name[:-1]
    return p
