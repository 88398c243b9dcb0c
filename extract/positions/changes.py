"""Which targets of one speaker are the same thing across statements, for position changes.

    "Seilbahnprojekt" / "das Projekt" (a generic head, or a bare generic noun whose sentence
    names the thing)  ─► "Seilbahn"
    a configured topic reached through two different targets ("Energie" from "Gaspreisdeckel",
    later from "Energiepauschale") ─► no change on the topic: the speaker spoke of two things
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Collection

from ..actors.english_words import is_dictionary_word
from ..model import Statement
from .frames import back_references, class_nouns, literal_words, may_hold_words, named_again_by, words_of
from .frames_de import german_noun_lemma

NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]+")

def generic_heads() -> tuple[str, ...]:
    """data/generic_heads.txt: nouns that name a plan or project, not its matter ("Seilbahnprojekt")."""
    return words_of("generic_heads.txt")


@lru_cache(maxsize=65536)  # (per target string: bounded in a long session)
def bare_generic(word: str) -> bool:
    """A noun that alone names no thing of its own but one named before: a generic head ("das
    Projekt") or a back-reference whose compounds are things of their own ("die Anlage",
    data/thing_references.txt)."""
    return word.lower() in back_references()


# Linking letters between a compound's modifier and its head ("Umgehungsstraßenprojekt").
LINKING = ("", "s", "-", "n", "en", "es")


def compound_head_of(target: str, others: set[str], suffixes: dict[str, list[str]] | None = None) -> str | None:
    """The one other German target of the speaker whose compound head ``target`` is: "das Hochhaus"
    for an earlier "Wohnhochhaus", "die Trasse" for "Stromtrasse". Two such compounds ("Kohlekraftwerk",
    "Gaskraftwerk" beside "Kraftwerk") name two things: None. Only the head counts, never a shared
    modifier ("Hundesteuer" is no "Hundeverbot"). ``suffixes``: suffix_index(others), where one
    speaker's targets are looked up many times."""
    if not may_be_compound_head(target):
        return None  # (a compound of an act noun, "Flughafenausbau", is matched by its act: same_targets)
    low = target.lower()
    candidates = others if suffixes is None else suffixes.get(low, ())
    longer = [o for o in candidates if o != target and " " not in o and o.lower().endswith(low) and len(o) - len(low) >= 3]
    return longer[0] if len(longer) == 1 else None


def act_compound_named(target: str, others: set[str]) -> str | None:
    """For a bare act noun ("das Verbot", "die Schließung"), the one other target of the speaker
    that is a compound of that act ("Handyverbot", "Hallenbadschließung"): "ist inzwischen gegen
    das Verbot" after "fordert ein Handyverbot" is that ban. Two such compounds ("Handyverbot",
    "Alkoholverbot"): which? None."""
    if " " in target or not is_act_noun(target):
        return None
    low = target.lower()
    longer = [o for o in others if " " not in o and o.lower().endswith(low) and len(o) - len(low) >= 3]
    return longer[0] if len(longer) == 1 else None


@lru_cache(maxsize=65536)
def may_be_compound_head(target: str) -> bool:
    """Whether a target may be the head of a longer one (compound_head_of): one capitalised word,
    no generic head, no act noun's compound."""
    from . import act_nouns

    low = target.lower()
    return not (" " in target or not target[:1].isupper() or low in generic_heads() or any(low.endswith(a) for a in act_nouns()))


def suffix_index(names: set[str]) -> dict[str, list[str]]:
    """Every lowercase ending of each one-word name -> the names that end so (compound_head_of)."""
    out: dict[str, list[str]] = {}
    for o in names:
        if " " not in o:
            low = o.lower()
            for i in range(len(low)):
                out.setdefault(low[i:], []).append(o)
    return out


_NONE = object()


def lows_of(names: Collection[str]) -> dict[str, list[str]]:
    """Lowercase form -> the names written so, in their order (by_low; same_targets gives them sorted)."""
    out: dict[str, list[str]] = {}
    for o in names:
        out.setdefault(o.lower(), []).append(o)
    return out


def by_low(lows: dict[str, list[str]], low: str, target: str) -> object:
    """What ``{o.lower(): o for o in names if o != target}.get(low, _NONE)`` gives, from lows_of(names)."""
    for o in reversed(lows.get(low, ())):
        if o != target:
            return o
    return _NONE


def act_compound_of(target: str, others: Collection[str], lows: dict[str, list[str]] | None = None) -> str | None:
    """The speaker's other target that a compound of an act bringing it names ("Rathausneubau"
    → "Rathaus", read beside it out of "den Neubau des Rathauses"): one thing, one change. Not
    acts that end it ("Schwimmbadschließung": the opposite) or make more of it ("Flughafenausbau":
    another matter, data/more_of_<lang>.txt). ``lows``: lows_of(others)."""
    keys = act_compound_keys(target)
    if not keys:
        return None
    lows = lows_of(others) if lows is None else lows
    for key in keys:
        if (found := by_low(lows, key, target)) is not _NONE and found:
            return found  # type: ignore[return-value]
    return None


@lru_cache(maxsize=65536)
def act_compound_keys(target: str) -> tuple[str, ...]:
    """The lowercase modifiers, in order, that act_compound_of looks up for a target: before an act
    that brings its thing, with and without a linking letter."""
    from . import act_nouns

    low, out = target.lower(), []
    for act in act_nouns():
        if low.endswith(act) and len(low) - len(act) >= 3 and act_sign(act) > 0 and not more_of(act):
            modifier = low[: len(low) - len(act)]
            out += [modifier[: len(modifier) - len(link)] if link else modifier for link in LINKING if modifier.endswith(link)]
    return tuple(out)


def facility_of(target: str, lows: dict[str, list[str]]) -> str | None:
    """The speaker's other target that names the process a facility compound names it by
    ("Klärschlammverbrennungsanlage" → "Klärschlammverbrennung", "desalination plant" →
    "desalination"): one thing, one change. Only a process noun before the head (German "-ung"
    with or without the linking "s", English "-ion"/"-ing"; data/facility_heads.txt): a
    "Windkraftanlage" is no "Windkraft". ``lows``: lows_of(the speaker's targets)."""
    modifier = facility_modifier(target)
    if not modifier:
        return None
    found = by_low(lows, modifier, target)
    return None if found is _NONE else found  # type: ignore[return-value]


@lru_cache(maxsize=65536)
def facility_modifier(target: str) -> str:
    """The lowercase process noun a facility compound is named by, or "" (facility_of). Not a
    process every plant does ("production plant", "Verarbeitungsanlage": data/general_processes.txt)."""
    modifier = process_named(target)
    return "" if modifier in words_of("general_processes.txt") else modifier


def process_named(target: str) -> str:
    """The lowercase process noun before a facility head of ``target``, or ""."""
    low = target.lower()
    for head in words_of("facility_heads.txt"):
        if low.endswith(" " + head):  # English: "desalination plant"
            modifier = low[: -len(head) - 1].strip()
            if " " not in modifier and modifier.endswith(("ion", "ing")) and len(modifier) >= 6:
                return modifier
        elif low.endswith(head) and " " not in low and len(low) - len(head) >= 6:  # German: "…ungsanlage"
            modifier = low[: -len(head)].rstrip("-")
            modifier = modifier[:-1] if modifier.endswith("ungs") else modifier
            if modifier.endswith("ung"):
                return modifier
    return ""


# words that negate an exclusion or an opening ("nicht ausschließen", "not open to"), per language
NEGATIONS = {"de": ("nicht", "kein", "keine", "nie"), "en": ("not", "n't", "never")}


def languages(lang: str | None) -> tuple[str, ...]:
    """The statement's language; both where it is not known (hedge and condition words of either)."""
    return (lang,) if lang in NEGATIONS else tuple(NEGATIONS)


@lru_cache(maxsize=32)  # (a few data files, three languages)
def lang_words(name: str, lang: str | None) -> tuple[str, ...]:
    """The words of data/<name>_<lang>.txt (of each language in languages(lang))."""
    return tuple(w for la in languages(lang) for w in words_of(f"{name}_{la}.txt"))


def hedged(words: list[str], lang: str | None = None) -> bool:
    """Deciding words that only leave a thing open: a negated exclusion ("nicht ausschließen",
    "would not rule out", data/hedge_words_<lang>.txt) or an opening not negated ("offen für X",
    data/open_words_<lang>.txt). No position to change from or to. Words of the statement's
    language only (an English "Falls" is no German "falls"); of both where it is not known."""
    low = [w.lower() for w in words]
    if conditional(low, lang):  # "only if …", "nur wenn …": no position either
        return True
    negated = any(w in NEGATIONS[la] for la in languages(lang) for w in low)
    said = lang_words("hedge_words" if negated else "open_words", lang)
    return any(w in said for w in low)


def partial_turn(text: str) -> bool:
    """A statement that turns only partly ("hat ihre Meinung ein Stück weit geändert", "has partly
    changed her mind": data/partial_turn_words.txt): a turn without a new position of its own is
    then no reversal."""
    low = " " + " ".join(re.findall(r"\w+", text.lower())) + " "
    return any(f" {w} " in low for w in words_of("partial_turn_words.txt"))


SENTENCE_START = r"(?:^|(?<=[.!?:;„“”\"«»‚‘]))\s*"  # where a sentence or a quotation starts ("^if")


@lru_cache(maxsize=None)
def condition_patterns(lang: str | None) -> tuple[tuple[str, re.Pattern], ...]:
    """data/condition_words_<lang>.txt compiled once: each listed word (without its '^') and its pattern
    ('…': a gap of up to eight words, "would only back X if"; '^': at a sentence or quotation start)."""
    out = []
    for w in lang_words("condition_words", lang):
        parts = [r"\s+".join(map(re.escape, p.split())) for p in w.lstrip("^").split("…")]
        start = SENTENCE_START if w.startswith("^") else r"(?<!\w)"
        out.append((w.lstrip("^"), re.compile(start + r"(?:\s+\S+){0,8}?\s+".join(parts) + r"(?!\w)", re.IGNORECASE)))
    return tuple(out)


def condition_in(text: str, lang: str | None) -> str:
    """The words by which a statement sets a condition on its position ("could accept X only if …",
    "nur unter der Bedingung, dass …"; data/condition_words_<lang>.txt), as listed there; "" for
    none. Only words of the statement's language: "Granite Falls" sets no German "falls"."""
    low = " ".join(text.split())
    if not may_hold_words(low, condition_literals(lang)) or not any_condition(lang).search(low):
        return ""  # (one quick search for all: most statements set no condition)
    return next((w for w, pattern in condition_patterns(lang) if pattern.search(low)), "")


@lru_cache(maxsize=None)
def condition_literals(lang: str | None) -> tuple[str, ...] | None:
    """A word of each condition that every match of its pattern holds (frames.literal_words)."""
    return literal_words(w.lstrip("^") for w in lang_words("condition_words", lang))


@lru_cache(maxsize=None)
def any_condition(lang: str | None) -> re.Pattern:
    """All condition patterns as one, each without the assertion it starts with (a sentence
    start, no letter before), so that a search skips at once to the first letters of their
    words: it matches wherever one of them does (and in a few more places)."""
    bare = [p.pattern.removeprefix(SENTENCE_START).removeprefix(r"(?<!\w)") for _, p in condition_patterns(lang)]
    return re.compile("|".join(f"(?:{p})" for p in bare) or "(?!)", re.IGNORECASE)


def conditional(words: list[str], lang: str | None = None) -> bool:
    """Deciding words that hold a condition (of the statement's language): no position to change from or to."""
    said = condition_words(lang)
    return any(w.lower() in said for w in words)


@lru_cache(maxsize=None)
def condition_words(lang: str | None) -> frozenset[str]:
    """data/condition_words_<lang>.txt without the '^' marks, read once."""
    return frozenset(w.lstrip("^") for w in lang_words("condition_words", lang))


def both_names(now: str, before: str) -> tuple[str, str]:
    """(the name a change is reported under, the other name) for two names of one thing: the
    later name, unless it is only the bare head of the earlier ("levy" of "tourist levy",
    "Hochhaus" of "Wohnhochhaus"): then the earlier, which says what it is; and the thing itself
    over a compound of a generic head ("Seilbahn" over "Seilbahnprojekt")."""
    if generic_head_of(now, {before}) or bare_head(now, before) or class_noun_of(now, {before}) \
            or inner_modifiers([now, before]).get(before) == now or act_compound_named(now, {before}) == before:
        # (and the fuller of two: "hospital car parking charge", "Handyverbot" over a later "Verbot")
        return before, now  # (and the thing over its class: "Bettensteuer" over a later "Abgabe")
    if " " in now and " " in before and now.rpartition(" ")[2] == before.rpartition(" ")[2]:
        # "bridge toll" after "road toll": the head is what both say ("toll lane" of "express toll
        # lane": the words both end with); one name twice: its head, the compound it ends in where the
        # name has more words ("wind farm" of "offshore wind farm", "car park" of "multi-storey car park"),
        # not where a function word ties the modifier to the words before: "cost of living payment",
        # "right to buy scheme" are no "living payment", "buy scheme"
        a, b = now.split(), before.split()
        n = 2 if a == b and len(a) > 2 and common_modifier(a[-2]) and not function_word(a[-3]) else 1
        while a != b and n < min(len(a), len(b)) and a[-n - 1] == b[-n - 1]:
            n += 1
        return now, " ".join(a[-n:])
    return now, before


def common_modifier(word: str) -> bool:
    """A lower-case English content word (the trained model's WordNet index) before a head, which makes a
    compound with it ("wind" farm, "car" park); not a name's word ("Grange Road library") nor a
    function word ("state of emergency", "right to buy"). False where no index is installed."""
    return word[:1].islower() and bool(is_dictionary_word(word))


def function_word(word: str) -> bool:
    """A word that ties phrases rather than names a thing ("of", "to", "and"): spaCy's English stop words."""
    # (imported when first needed: the store, the dashboard and German runs import this module, and spaCy takes ~0.9 s to load)
    from spacy.lang.en.stop_words import STOP_WORDS
    return word.casefold() in STOP_WORDS


def inner_modifiers(names: list[str]) -> dict[str, str]:
    """Longer name -> the shorter one it holds with one more modifier inside, the first and the last
    words the same ("hospital car parking charge" / "hospital parking charge", "city centre parking
    zone" / "city parking zone"): one thing, written fuller once. Only where the shorter name has
    two words or more and one longer name of the speaker holds it so."""
    ends: dict[tuple[str, str], list[list[str]]] = {}
    for n in names:
        words = n.split()
        if len(words) >= 2:
            ends.setdefault((words[0], words[-1]), []).append(words)
    out: dict[str, str] = {}
    for group in ends.values():
        for short in group:
            longer = [w for w in group if len(w) > len(short) and any(
                w[:i] == short[:i] and w[len(w) - len(short) + i:] == short[i:] for i in range(1, len(short)))]
            if len(longer) == 1:
                out[" ".join(longer[0])] = " ".join(short)
    return out


def bare_head(short: str, long: str) -> bool:
    """Whether ``short`` is the head of ``long`` and nothing more: "levy" of "tourist levy",
    "wind farm" of "offshore wind farm" (the last words of the longer name), "Trasse" of
    "Stromtrasse"; not "Flughafenausbau" of "Regionalflughafenausbau" (a modifier of its own: it
    still names the thing, and act compounds are no bare heads)."""
    if " " in long:
        return long.lower().endswith(" " + short.lower())
    return compound_head_of(short, {long}) == long


def unnamed(target: str, said: list[Statement]) -> str:
    """An English target without the proper name before its head, where the statements write it
    so ("the Kessel gas field" → "gas field", "the Northgate pipeline" → "pipeline"): the name
    tells which one, the rest what it is, and articles name it either way. "" when none."""
    first, _, rest = target.partition(" ")
    if not rest or not first.islower():
        return ""
    written = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+" + re.escape(first.capitalize())
                         + r"\s+" + re.escape(rest) + r"s?\b")
    return rest if any(written.search(s.quote_text or "") for s in said) else ""


def named_in_phrase(statements: list[Statement], same: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(speaker, target) -> the speaker's other English target with the same head whose modifier
    the first one's statement names after the head: "road tolls on the new bridge" is the "bridge
    toll" ("road toll" → "bridge toll"), "a parking garage next to the old cannery" the "cannery
    garage". Where the first is linked already ("parking garage" is a name of the "Parkhaus"), the
    other is linked to that. Never by a shared modifier, never without the words."""
    out: dict[tuple[str, str], str] = {}
    by_head: dict[tuple[str, str], set[str]] = {}
    for st in statements:
        for k in st.stance:
            first, _, head = k.rpartition(" ")
            if first and first.islower() and head.isalpha():
                by_head.setdefault((st.speaker, head), set()).add(k)
    for st in statements:
        for k in st.stance:
            first, _, head = k.rpartition(" ")
            for other in sorted(by_head.get((st.speaker, head), set()) - {k}) if first else ():
                if not modifier_named_after_head(st.quote_text or "", k, other):
                    continue
                if (st.speaker, k) not in same:
                    out[(st.speaker, k)] = other
                elif (st.speaker, other) not in same and (st.speaker, other) not in out and same[st.speaker, k] != other:
                    out[(st.speaker, other)] = same[st.speaker, k]
    return out


def modifier_named_after_head(text: str, name: str, other: str) -> bool:
    """Whether ``text`` names the head of ``name`` and, after a preposition of matter or place
    (data/matter_prepositions_en.txt; after a head that is no generic one, "plan", "scheme", also
    data/place_prepositions_en.txt) and up to three words, the modifier of ``other``, a name with
    the same head: "road tolls on the new bridge" for "road toll" and "bridge toll". ``name`` has a
    modifier of its own (a bare "garage" says neither what nor where)."""
    head, modifier = name.rpartition(" ")[2], other.rpartition(" ")[0]
    if not modifier or " " not in name or other.rpartition(" ")[2] != head or name == other:
        return False
    return re.search(rf"\b{re.escape(head)}s?\s+{prepositions_after(bare_generic(head))}\s+(?:\w+\s+){{0,3}}?{re.escape(modifier)}s?\b",
                     text, re.IGNORECASE) is not None


@lru_cache(maxsize=2)
def prepositions_after(generic: bool) -> str:
    """The prepositions that may follow a head of that kind (modifier_named_after_head) as one group
    of a pattern: of matter or place; of place only after a head that names a thing, not a generic one."""
    words = words_of("matter_prepositions_en.txt") + (() if generic else words_of("place_prepositions_en.txt"))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


def generic_head_of(target: str, others: Collection[str], lows: dict[str, list[str]] | None = None) -> str | None:
    """The other target of the speaker that a compound of a generic head names by its modifier:
    "Seilbahnprojekt" → "Seilbahn", "Hallenbadpläne" → "Hallenbad". ``lows``: lows_of(others)."""
    modifiers = generic_modifiers(target)
    if not modifiers:
        return None
    lows = lows_of(others) if lows is None else lows
    return next((o for m in modifiers if (o := by_low(lows, m, target)) is not _NONE), None)  # type: ignore[misc]


@lru_cache(maxsize=65536)
def generic_modifiers(target: str) -> tuple[str, ...]:
    """The modifiers, lowercased, a compound of a generic head may name, with or without a linking
    letter ("seilbahnprojekt" → "seilbahn"; "umgehungsstraßenprojekt" → "umgehungsstraßen", "umgehungsstraße")."""
    low, out = target.lower(), []
    for head in generic_heads():
        if low.endswith(head) and len(low) - len(head) >= 3:
            modifier = low[: len(low) - len(head)]
            out += [modifier[: len(modifier) - len(link)] if link else modifier for link in LINKING
                    if not link or modifier.endswith(link)]
    return tuple(out)


@lru_cache(maxsize=None)
def years_back() -> str:
    """A span of years back after a generic noun or act ("vor 800 Jahren", "vor zwei Jahrzehnten",
    "150 years ago", "a few years ago"): a number in digits or in words (the amounts of
    data/dates_<lang>.toml)."""
    from ..dates.lexicon import number_words

    de, en = (r"(?:\d[\d.,]*|" + "|".join(re.escape(w) for w in number_words(la)) + ")" for la in ("de", "en"))
    return (rf"(?i:\b(?:vor\s+(?:(?:mehr\s+als|über|fast|knapp|gut|rund|etwa)\s+)?{de}\s+Jahr(?:en|zehnten?|hunderten?)?"
            rf"|(?:(?:more\s+than|over|almost|nearly|some|about|around)\s+)?{en}\s+(?:years?|decades?|centur(?:y|ies))\s+ago)\b)")


# German years back inside a noun phrase, before its participle and noun ("die Schließung des vor zwei
# Jahrzehnten gegründeten Werks"): they date the thing, not the act, whose thing stays named
ATTRIBUTIVE_NOT_AFTER = r"(?!(?-i:(?:\s+[a-zäöüß]+)?\s+[a-zäöüß]+(?:t|en)e[nmrs]?\s+[A-ZÄÖÜ]))"


def named_thing(s: Statement, key: str, others: set[str], act: bool = False) -> str | None:
    """For a bare generic target ("das Projekt", "die Pläne") or a bare act ("befürwortet den
    Bau"), the one other target of the speaker its statement's words name ("Im Streit um das
    Gewerbegebiet … lehnt … das Projekt ab"); None when it names none or several."""
    if not bare_generic(key) and not act:
        return None
    text = s.quote_text or ""
    if re.search(r"(?i)(?<!\w)" + re.escape(key) + r"\w{0,3}\b[^,.;:!?]{0,60}?" + years_back() + ATTRIBUTIVE_NOT_AFTER, text):
        return None  # "feiert die Gründung der Stadt vor 800 Jahren": a past event, no position on the town
    lemmas = noun_lemmas(text)  # "Windräder" names "Windrad"
    named = {o for o in others if (o in lemmas or o in text) and o != key and not bare_generic(o)
             and not is_act_noun(o) and (o in lemmas or re.search(r"(?<!\w)" + re.escape(o) + r"\w{0,3}(?!\w)", text))}
    named = {o for o in named if not owned_by_it(text, o)}  # ("its funding": the generic thing's own)
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=4096)
def noun_lemmas(text: str) -> frozenset[str]:
    return frozenset(german_noun_lemma(w) for w in NOUN.findall(text))


@lru_cache(maxsize=65536)
def more_of(word: str) -> bool:
    """An act that makes more of its thing (data/more_of_<lang>.txt: "Ausbau", "auszubauen", "extending")."""
    low = word.lower()
    stems = words_of("more_of_de.txt") + words_of("more_of_en.txt")  # (evidence words carry no language)
    return any(stem in low or stem in low.replace("zu", "", 1) for stem in stems)


def against_more_only(s: Statement, key: str, value: int) -> bool:
    """A stance against the thing read only from one against making more of it ("lehnt einen
    Ausbau des Flughafens ab": -1 on "Flughafen"): no position on the thing itself. The act's own
    target ("Flughafenausbau", "Ausbau") keeps it."""
    return value < 0 and not more_of(key) and any(more_of(w) for w in s.stance_evidence.get(key, []) if w != key)


@lru_cache(maxsize=65536)
def is_act_noun(word: str) -> bool:
    """An act noun of the German frames ("Bau", "Schließung"): it names what is done, not to what."""
    from .frames_de import lexicon

    return any(fw.noun and len(fw.words) == 1 for fw in lexicon("de").acts.get(word.lower(), ()))


@lru_cache(maxsize=65536)
def act_sign(act: str) -> int:
    """-1 for an act that ends its thing ("Schließung"), +1 for one that brings or keeps it ("Bau")."""
    from .frames_de import lexicon

    entries = lexicon("de").acts.get(act.lower(), ())
    return -1 if any(fw.value == "flip" for fw in entries if len(fw.words) == 1) else 1


@lru_cache(maxsize=4096)
def topics_of(target: str) -> frozenset[str]:
    """Every configured topic (of either language) the target belongs to."""
    from . import target_topics

    return frozenset(t for lang in ("de", "en") for t, _ in target_topics(target, target, lang))


def targets_on(s: Statement, topic: str, same: dict[tuple[str, str], str]) -> set[str]:
    """The statement's own targets through which it has a stance on the topic, as the speaker's
    same targets."""
    from . import configured_topic, is_key_term

    own = [k for k, v in s.stance.items() if v and k != topic and not configured_topic(k) and not is_key_term(k)]
    through = {k for k in own if topic in topics_of(k)}
    if not through:  # "opposes the fare rise for the island ferry": the topic read out of the target's phrase,
        said = s.stance_evidence.get(topic)  # with the target's value and deciding words ("Hafen" beside "fare rise")
        through = {k for k in own if said and s.stance[k] == s.stance.get(topic) and s.stance_evidence.get(k) == said}
    return {same.get((s.speaker, k), k) for k in through}


def other_things(before: Statement, after: Statement, topic: str, same: dict[tuple[str, str], str]) -> bool:
    """Whether two stances on a configured topic are about two different things: both reached
    it through targets of their own, and they share none (for a second-home tax, later against a
    dog tax, is no change on "Steuern")."""
    a, b = targets_on(before, topic, same), targets_on(after, topic, same)
    return bool(a and b and not a & b)


def class_noun_of(target: str, others: Collection[str]) -> str | None:
    """For a bare class noun of a configured topic ("die Abgabe", "the levy": a word the topic
    lists itself, not a compound of it) or of data/class_nouns.tsv (the table by which the stance
    readers read "die Gebühr" back to a "Citymaut" named before in one article), the one other
    target of the speaker on that topic or of that class that it refers back to ("Bettensteuer",
    then "will die Abgabe nun doch einführen"; "fordert eine Citymaut", months later "lehne die
    Gebühr ab"); None when the speaker spoke of none or of several things there."""
    from . import configured_topic, is_key_term

    low = target.lower()
    topics = class_words().get(low)
    if " " in target or not (topics or low in class_nouns()):
        return None
    things = {o for o in others if o != target and not configured_topic(o) and not is_key_term(o) and o.lower() != low
              and ((topics and topics & topics_of(o)) or named_again_by(o, low, " " in o))}
    return things.pop() if len(things) == 1 else None


@lru_cache(maxsize=None)
def class_words() -> dict[str, frozenset[str]]:
    """Lower-case word -> the configured topics (of either language) that list it themselves,
    not as a compound ("*steuer"): the class nouns class_noun_of looks up, read once per topic load."""
    from . import topic_table

    out: dict[str, set[str]] = {}
    for lang in ("de", "en"):
        for name, entry in topic_table(lang).items():
            if isinstance(entry, dict) and entry.get("one_thing") is not True:  # (names of one thing: no class)
                for w in entry.get("words", []):
                    if not w.strip().startswith("*"):
                        out.setdefault(w.strip().rstrip("*").lower(), set()).add(name)
    return {w: frozenset(names) for w, names in out.items()}


# A generic noun with its own complement names its own matter ("the plan for a school", "das Konzept des Investors").
OWN_COMPLEMENT_WORDS = ("for", "of", "to", "für", "zur", "zum", "des", "der", "von", "vom")
OWN_COMPLEMENT = r"(?:" + "|".join(OWN_COMPLEMENT_WORDS) + ")"
# a class noun's own complement may also name what it is levied on ("die Abgabe auf Einwegbecher", "the levy on second homes")
OWN_CLASS_COMPLEMENT = r"(?:" + "|".join(OWN_COMPLEMENT_WORDS + ("on", "auf")) + ")"


def has_own_complement(text: str, key: str) -> bool:
    """Whether the generic noun ``key`` has a complement of its own in ``text`` ("the plan for a school")."""
    return followed_by(text, key, OWN_COMPLEMENT)


def followed_by(text: str, key: str, words: str) -> bool:
    """Whether ``key`` (with up to three letters of ending) is followed in ``text`` by one of ``words`` (a pattern)."""
    return re.search(r"(?i)(?<!\w)" + re.escape(key) + r"\w{0,3}\s+" + words + r"\b", text) is not None


def thing_of_the_article(s: Statement, key: str, in_article: dict[tuple[str, str], set[str]] | set[str]) -> str | None:
    """A bare generic target ("now supports the project", "lehnt das Vorhaben ab") whose own words
    name no thing: the one thing its speaker takes a stance on elsewhere in the same article ("Bellamy,
    who opposed the Pine Ridge casino, now supports the project"); None with none or several, or
    where the generic noun has a complement of its own ("the proposal for rooftop panels"). ``in_article``:
    the things by speaker and article (article_things), or those of the statement's speaker and article."""
    things = in_article if isinstance(in_article, set) else in_article.get((s.speaker or "", s.article_id), set())
    if not bare_generic(key) or len(things - {key}) != 1:
        return None
    if owned_by_it(s.quote_text or "", next(iter(things - {key}))):
        return None  # ("now backs the project and will press for its funding": the funding is the project's)
    if has_own_complement(s.quote_text or "", key):
        return None
    return next(iter(things - {key}))



# A possessive of a thing ("its", "seine", "deren"): what follows belongs to a thing named in the sentence.
THING_POSSESSIVE = r"(?:its|their|seine[mnrs]?|dessen|deren)"


def owned_by_it(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` only after a possessive of a thing ("its funding", "seine
    Finanzierung"): a part or act of the thing the generic noun names, not its antecedent."""
    said = list(stem_pattern(name).finditer(text))
    return bool(said) and all(re.search(THING_POSSESSIVE + r"\s+(?:\w+\s+)?$", text[:m.start()], re.IGNORECASE) for m in said)


def thing_held_before(s: Statement, key: str, before: set[str], lang: str | None = None, recalls: bool = False) -> str | None:
    """A bare generic target that nothing in its own article resolved ("unterstützt das Projekt nun",
    "now backs the scheme"), in a statement that says its position is new (data/now_words_de.txt) or
    recalls a dated position on that noun ("who voted against the scheme in March, now supports it"):
    the one thing its speaker took a stance on in earlier articles (``before``, as linked), which the
    "now" sets the new position against. None with none or several before, without such a word, or
    where the generic noun has a complement of its own ("the project for a car park"). A thing read out
    of a fuller name beside it ("jail" of "jail expansion", "Flughafen" of "Flughafenausbau") is that one."""
    # (a "now" in German only: English "now supports the project" after a sentence naming another thing,
    # en-r21chg-change-15, -17, -18, is that thing, and the English statement's text alone cannot tell. In
    # either language a statement that recalls a dated position on the noun itself, "who voted against the
    # scheme in March", says it is the thing the speaker's earlier articles took that position on)
    # (``recalls``: the speaker's statements in the article recall a dated position on ``key``, recalled_generics)
    if (lang != "de" and not recalls) or not bare_generic(key):
        return None
    things = fullest(before - {key})
    clause = clause_of(s.quote_text or "", key)  # (the "now" must date the generic noun's own clause:
    # "Der Rat muss jetzt entscheiden, ich unterstütze das Projekt" says nothing new of the speaker)
    if len(things) != 1 or not (recalls or says_now(clause)):
        return None
    if has_own_complement(clause, key) or located(clause, key, lang):
        return None
    return next(iter(things))


def clause_of(text: str, key: str) -> str:
    """The stretch of ``text`` between clause marks (comma, semicolon, colon, dash) that holds ``key``."""
    parts = [p for p in re.split(r"[,;:–—]", text) if re.search(r"(?i)(?<!\w)" + re.escape(key), p)]
    return parts[0] if parts else text


def located(text: str, key: str, lang: str | None) -> bool:
    """Whether the generic noun ``key`` is followed by a place of its own ("das Projekt am Hafen",
    data/place_prepositions_<lang>.txt): a located plan of its own, not a bare back-reference."""
    words = "|".join(re.escape(w) for w in lang_words("place_prepositions", lang))
    return bool(words) and followed_by(text, key, "(?:" + words + ")")


def fullest(names: set[str]) -> set[str]:
    """The names that no other of ``names`` holds as its words or as a German compound's first part."""
    def held(t: str, o: str) -> bool:
        low, other = t.lower(), o.lower()
        return o != t and (f" {low} " in f" {other} " or (" " not in o and o[:1].isupper() and other.startswith(low)))
    return {t for t in names if not any(held(t, o) for o in names)}


def says_now(text: str) -> bool:
    """Whether ``text`` holds a word of data/now_words_de.txt (German only, as thing_held_before is)."""
    low = " " + " ".join(re.findall(r"\w+", text.lower())) + " "
    return any(f" {w} " in low for w in lang_words("now_words", "de"))



ENGLISH_ENDINGS = ((re.compile(r"(?<=[a-z]{2})tre\b"), "ter"), (re.compile(r"(?<=[a-z]{2})our\b"), "or"))


@lru_cache(maxsize=4096)
def spelling_form(name: str) -> str:
    """The name with its parts run together and English spellings made one ("data centre" →
    "datacenter", "Biogas-Anlage" → "biogasanlage", Swiss "Umfahrungsstrasse" as "Umfahrungsstraße"):
    two targets of one form are one name."""
    low = name.lower()
    if low[:1] == name[:1]:  # (English targets are lowercase lemmas; German nouns are capitalised)
        for pattern, ending in ENGLISH_ENDINGS:
            low = pattern.sub(ending, low)
    return low.replace("-", "").replace(" ", "").replace("ß", "ss")  # (Swiss "Strasse" is the "Straße")


def without_linking(form: str) -> list[str]:
    """The spelling form without one linking element between two parts of at least three letters,
    where a writer (or a compound built from a lemma: "Erhöhung der Kita-Gebühren" read as
    "Kita-Gebührerhöhung") may leave it out: an "s" with a consonant on either side
    ("vermögenssteuer" → "vermögensteuer"), an "en" after a consonant ("kitagebührenerhöhung" →
    "kitagebührerhöhung") and an "n" after an "e" ("straßenbahn" → "straßebahn"). Not "es"
    ("Landesstraße" is no "Landstraße")."""
    out = []
    for i in range(3, len(form) - 3):
        if form[i] == "s" and form[i - 1] not in VOWELS and form[i + 1] not in VOWELS:
            out.append(form[:i] + form[i + 1:])
        elif form[i] == "n" and form[i - 1] == "e" and form[i - 2] not in VOWELS:
            out += [form[:i] + form[i + 1:]] + ([form[:i - 1] + form[i + 1:]] if i >= 4 else [])  # "Straße-n-", "Gebühr-en-"
    return out


VOWELS = "aeiouäöü"


def spelling_variants(targets: Collection[str]) -> dict[str, str]:
    """Target -> the spelling of the same name that stands for all its spellings (the shortest,
    then the first in order): with or without a hyphen or space between the parts of a compound
    ("Biogas-Anlage" / "Biogasanlage", "skate park" / "skatepark"), British or American endings
    ("data centre" / "data center"), and in German with or without a linking element ("Zweitwohnungsteuer"
    / "Zweitwohnungssteuer", "Kita-Gebührenerhöhung" / "Kita-Gebührerhöhung": without_linking). Never two words that differ by another letter ("Kurve" / "Kurse")."""
    by_form: dict[str, list[str]] = {}
    for t in targets:
        by_form.setdefault(spelling_form(t), []).append(t)
    for form, forms in list(by_form.items()):
        if len(form) >= 9 and forms[0][:1].isupper():
            short = next((f for f in without_linking(form) if f in by_form and by_form[f][0][:1].isupper()), None)
            if short is not None:
                by_form[short] = by_form[short] + forms
                by_form[form] = []
    out: dict[str, str] = {}
    for forms in by_form.values():
        if len(forms) > 1:
            first = min(forms, key=lambda t: (len(t), t))
            out.update({t: first for t in forms if t != first})
    return out


def settled(same: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Each (speaker, target) linked to the end of its chain of links ("Gondelbahnprojekt" →
    "Gondelbahn" → "Seilbahn"); where links run in a circle ("Heizwerk" ↔ "Biomasse-Heizwerk",
    each read as the other), to the shortest name in it, so that one thing has one key."""
    out: dict[tuple[str, str], str] = {}
    for (speaker, t) in same:
        seen = [t]
        while (nxt := same.get((speaker, seen[-1]))) is not None and nxt not in seen:
            seen.append(nxt)
        end = seen[-1]
        if (nxt := same.get((speaker, end))) is not None and nxt in seen:  # a circle: its shortest name
            end = min(seen[seen.index(nxt):], key=lambda n: (len(n), n))
        if end != t:
            out[(speaker, t)] = end
    return out


@lru_cache(maxsize=None)
def one_thing_names() -> dict[str, str]:
    """The spelling form of each word of a one_thing table (no '*' forms) -> the table, from the
    topic files (topics_<lang>.toml or the user's topics.toml): its words are names of one thing
    ("Seilbahn", "Gondelbahn"), so a position on one of them and then on another is a change."""
    from . import topic_table

    out: dict[str, str] = {}
    for lang in ("de", "en"):
        for name, entry in topic_table(lang).items():
            if isinstance(entry, dict) and entry.get("one_thing") is True:
                out.update({spelling_form(w.strip()): name for w in [name, *entry.get("words", [])] if "*" not in w})
    return out


def one_thing_of(target: str) -> str | None:
    """The one_thing table the target is one of the names of ("Tram" → "Straßenbahn"), or None:
    the whole target, not a word of it ("tram extension" is an act on the tram)."""
    return one_thing_names().get(spelling_form(target))


def one_thing_named_by(target: str) -> str | None:
    """The one_thing table a target is a name of, or whose compound of a generic head it is
    ("Gondelbahnprojekt" → "Seilbahn"): one_thing_of the target, else of its modifier."""
    return one_thing_of(target) or next((x for m in generic_modifiers(target) if (x := one_thing_of(target[:1] + m[1:]))), None)


# After the apposition's noun: the end of the phrase, or a word that starts its complement
# ("ein Großklinikum mit 600 Betten", "a waste-to-energy plant on the old gasworks site"); not a
# verb ("…, eine Buslinie sei besser": a clause of its own, no second name).
APPOSITION_END = (r"(?=\s*(?:[,.;:!?)“”\"»«–]|$|\s(?:mit|für|von|vom|in|im|an|am|auf|bei|nahe|zur|zum|des|der|eines|einer"
                  r"|with|for|of|on|in|at|near|to|by)\b))")
ARTICLE = r"(?:ein|eine|einen|einem|einer|eines|a|an)"


ENDING = r"(?:e?s|e?n|e|s)?(?![\w-])"  # (an inflection or plural after a target's lemma)


def written(name: str) -> str:
    """A pattern for a target as its statement writes it: the lemma with an ending or a plural
    ("Windräder" is no concern here: an apposition names one thing), words apart or hyphenated."""
    return written_stem(name) + ENDING


def written_stem(name: str) -> str:
    """written() without the ending: the target's words, apart or hyphenated."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", name) if w]
    return r"(?<![\w-])" + r"[\s-]+".join(words)


# From the end of a target's words: its ending, the rest of its phrase and the apposition (group 1)
APPOSITION = re.compile(ENDING + r"[^,.;:!?„“”\"«»]{0,40}?,\s+(" + ARTICLE + r"(?:\s+[\w-]+){1,4}?)" + APPOSITION_END,
                        re.IGNORECASE)


def apposition_after(text: str, name: str) -> str:
    """The indefinite noun phrase in apposition right after the phrase of ``name`` in ``text``
    ("den Klinik-Neubau in Ostwarden, ein Großklinikum mit 600 Betten" → "ein Großklinikum", "the
    planned incinerator, a waste-to-energy plant on the gasworks site" → "a waste-to-energy plant"):
    the writer's second name for the thing; "" for none. At most four words after the article,
    ending where the phrase does (not a clause of its own: "…, eine Buslinie sei besser")."""
    if not text or "," not in text:
        return ""
    stem, at = stem_pattern(name), 0  # (the name's words, then one pattern for all names: compiled once)
    while (w := stem.search(text, at)) is not None:
        if m := APPOSITION.match(text, w.end()):
            return m.group(1)
        at = w.start() + 1
    return ""


@lru_cache(maxsize=4096)
def stem_pattern(name: str) -> re.Pattern:
    return re.compile(written_stem(name), re.IGNORECASE)


def named_as(text: str, name: str, other: str) -> bool:
    """Whether ``text`` names ``name`` and, in an apposition right after its phrase, ``other``
    (apposition_after), as the apposition's last words."""
    span = apposition_after(text, name)
    return bool(span) and re.search(written(other) + r"$", span, re.IGNORECASE) is not None


def named_by_apposition(statements: list[Statement], same: dict[tuple[str, str], str],
                        thing: Callable[[str], bool]) -> dict[tuple[str, str], str]:
    """(speaker, target) -> the speaker's other target that the statement first naming it names
    as in an apposition ("lehnt den Klinik-Neubau ab, ein Großklinikum mit 600 Betten", later
    "gegen das Großklinikum"): the writer gives the second name where the thing is introduced.
    Only two things ``thing`` accepts, not linked yet, that the speaker takes opposite stances on
    in two articles; one text read per thing of a speaker."""
    first: dict[tuple[str, str], Statement] = {}
    held: dict[tuple[str, str], set[tuple[str, int]]] = {}  # (speaker, thing) -> {(article, sign)}
    for s in sorted(statements, key=lambda s: (s.date or "", s.article_id)):
        for k, v in {**(s.recalled_stance or {}), **s.stance}.items():
            if v and thing(k):
                first.setdefault((s.speaker, k), s)
                held.setdefault((s.speaker, k), set()).add((s.article_id, 1 if v > 0 else -1))
    by_speaker: dict[str, set[str]] = {}
    for speaker, k in held:
        by_speaker.setdefault(speaker, set()).add(k)
    # each speaker's things by the length of their last word (named_as: the apposition ends in that
    # word and an ending of up to two letters), in sorted order (the first that fits is taken: not
    # the set's order, which changes with the hash seed)
    by_end: dict[str, dict[int, list[tuple[int, str, str]]]] = {}
    for speaker, things in by_speaker.items():
        for i, b in enumerate(sorted(things)):
            by_end.setdefault(speaker, {}).setdefault(last_word_length(b), []).append((i, b, b.lower()))
    out: dict[tuple[str, str], str] = {}
    for (speaker, a), s in first.items():
        if len(by_speaker[speaker]) < 2 or not (span := apposition_after(s.quote_text or "", a)):
            continue
        root, span_low, n, ends = same.get((speaker, a), a), span.lower(), last_word_length(span), by_end[speaker]
        for _, b, b_low in sorted(x for m in {n, n - 1, n - 2, -1} for x in ends.get(m, ())):
            if b_low in span_low and same.get((speaker, b), b) != root and (speaker, b) not in out \
                    and any(x != y and p == -q for x, p in held[speaker, a] for y, q in held[speaker, b]) \
                    and named_as(s.quote_text or "", a, b):
                out[(speaker, b)] = root
    return out


def last_word_length(name: str) -> int:
    """The length of the last of a name's words, as written() parts them (-1 for none)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return len(words[-1]) if words else -1
