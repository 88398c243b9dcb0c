"""Targets, topics, stance and position changes.

    the sentence of a statement ─► frames_de.py / frames_en.py: targets with stance (+ deciding words)
                                ─► the configured topics each target belongs to
    statements of one actor on one target or topic, in time order ─► position changes

Topics come from extract/data/topics_<lang>.toml plus the user's topics.toml in the config dir.
A statement on no configured topic gets up to two key terms of its quote instead, written with a
leading '#' ("#Kaserne") so they group statements but are never mistaken for configured topics.

Stance is read from the grammar of the sentence (positions/frames_de.py, positions/frames_en.py) with the
frame words of extract/data/stance_frames_<lang>.tsv; each stance has a target.
"""
from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Collection
from importlib import resources
from pathlib import Path

from platformdirs import user_config_dir

from ..actors import titles
from ..actors.words import PARTY_ASIDE
from .changes import (act_compound_named, facility_of, facility_modifier, written, written_stem, act_compound_of, act_sign, against_more_only, bare_generic, both_names, class_noun_of, class_words, compound_head_of, condition_in, topics_of, generic_head_of, generic_heads, hedged, is_act_noun, lows_of, more_of, suffix_index,
                      thing_of_the_article, thing_held_before,
                      named_by_apposition, named_in_phrase, named_thing, one_thing_names, one_thing_named_by, other_things, settled, spelling_form,
                      inner_modifiers, modifier_named_after_head, partial_turn, spelling_variants, unnamed, words_of,
                      followed_by, has_own_complement, says_now, clause_of, OWN_CLASS_COMPLEMENT)
from .frames import WORDS_KEPT, class_nouns
from .frames_de import Stance, german_noun_lemma
from .frames_de import read_stances as read_german
from .narrated_de import deed_told, no_matter
from .spoken_for import spoken_for  # noqa: F401  (pipeline: a body's position voiced by its head)
from .turns import turned_on
from ..model import PositionChange, Statement

log = logging.getLogger(__name__)

KEY_TERM_MARK = "#"  # topics that are key terms of the quote, not configured topics
# a party or group in brackets after a name ("Petra Ungerer (Freie Wähler) hält …", "(SPÖ)", "(parteilos)"):
# an aside of the name, read as no part of the clause
NAME_ASIDE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wäöüß.-]+)\s+" + PARTY_ASIDE.pattern)
MAX_KEY_TERMS = 2

# The usual endings a plain word may carry ("Sanktion" → "Sanktionen", "welcome" → "welcomed").
TOPIC_ENDINGS = {"de": "(?:e|en|n|s|es|er|ern|em)?", "en": "(?:s|es)?"}

# Quotation marks are no break: a partial quote is part of its clause.
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()\[\]]|\s[–—-]\s|…)\s*")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"«»“”']?\s+|\n+|(?<=[.!?])$")


def user_topics_path() -> Path:
    """The user's own topics (same format as the shipped files; they apply to every language)."""
    return Path(user_config_dir("wortlaut")) / "topics.toml"


# ---------------------------------------------------------------- word patterns


def word_regex(form: str, lang: str, endings: dict[str, str], participle: bool = False) -> str:
    """A regex for one listed form: '*' is any letters, '_' or ' ' joins the words of a phrase,
    a form without a trailing '*' may take the usual endings."""
    body = ""
    for word in re.split(r"[_ ]+", form.strip()):
        if word == "~":  # a gap of up to four words: "sich_~_gegen" (stellte sich klar gegen)
            body += r"[\s\-]+(?:\S+\s+){0,4}?"
            continue
        piece = re.escape(word.lower()).replace(r"\*", r"\w*")
        if not word.endswith("*"):
            piece += endings[lang]
        if body and not body.endswith("}?"):
            body += r"[\s\-]+"
        body += piece
    if participle and not form.startswith("*"):
        body = "(?:ge)?" + body
    return r"(?<![\w])" + body + r"(?![\w])"


def literal_key(form: str) -> str:
    """The longest literal piece of a form, lowercased: a clause without it cannot match, so
    the regex is skipped (a few hundred regexes per clause would be the slow part)."""
    return max(re.split(r"[*_ |~]+", form.lower()), key=len)


@dataclass(frozen=True)
class TopicWord:
    topic: str
    form: str
    pattern: str  # compiled on first use (``regex``): most clauses lack most words' literal key
    flags: int
    capital: bool  # German noun: only a capitalised word counts
    opposite: bool  # names the opposite of the topic
    key: str = ""

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern, self.flags)


@lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def topic_word(topic: str, form: str, lang: str, opposite: bool) -> TopicWord:
    acronym = len(form) > 1 and form.replace("-", "").replace("*", "").isupper()
    flags = 0 if acronym else re.IGNORECASE
    pattern = word_regex(form, lang, TOPIC_ENDINGS)
    if acronym:  # EU, NATO, CO2: exact case, so "eu" or "nato" inside other text do not count
        pattern = pattern.replace(form.lower().replace("*", ""), re.escape(form.replace("*", "")), 1)
    capital = lang == "de" and (form[:1].isupper() or form.startswith("*"))
    return TopicWord(topic, form, pattern, flags, capital, opposite, literal_key(form))


# ---------------------------------------------------------------- data files, loaded once


def _shipped(name: str) -> str:
    return resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")


BARE_HEADER = re.compile(r"^\[([^\]\"'\[]+)\]\s*$", re.MULTILINE)


def read_toml(text: str) -> dict:
    """TOML, but a table name with umlauts may be written bare ([Löhne]), as people will."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return tomllib.loads(BARE_HEADER.sub(lambda m: '["' + m.group(1).strip() + '"]', text))


@lru_cache(maxsize=None)
def topic_table(lang: str) -> dict:
    """Shipped topics of the language merged with the user's topics (their words are added)."""
    try:
        table = read_toml(_shipped(f"topics_{lang}.toml"))
    except FileNotFoundError:
        table = {}
    path = user_topics_path()
    if path.is_file():
        try:
            user = read_toml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            log.warning("ignoring the topics file %s: %s", path, err)
            user = {}  # a broken user file must not stop extraction
        for name, entry in user.items():
            if not isinstance(entry, dict):
                if name == "key_term_stop" and isinstance(entry, list):
                    table["key_term_stop"] = list(table.get("key_term_stop", [])) + entry
                continue
            mine = table.setdefault(name, {})
            for key in ("words", "opposite"):
                mine[key] = list(mine.get(key, [])) + [w for w in entry.get(key, []) if isinstance(w, str)]
            if entry.get("one_thing") is True:  # (its words are names of one thing: positions/changes.py)
                mine["one_thing"] = True
    return table


@lru_cache(maxsize=None)
def topic_words(lang: str) -> tuple[TopicWord, ...]:
    words = []
    for name, entry in topic_table(lang).items():
        if not isinstance(entry, dict) or entry.get("one_thing") is True:  # (names of one thing: no topic)
            continue
        for key in ("words", "opposite"):
            for form in entry.get(key, []):
                if form.strip("* "):
                    words.append(topic_word(name, form, lang, key == "opposite"))
    return tuple(words)


@lru_cache(maxsize=None)
def keyed_topic_words(lang: str) -> tuple[tuple[str, TopicWord], ...]:
    return tuple((tw.key, tw) for tw in topic_words(lang))


def topic_words_in(low: str, lang: str) -> list[TopicWord]:
    """The topic words whose literal key the lower-case text holds, in the order of keyed_topic_words:
    only the keys that begin with one of the text's three-letter pieces are looked for (a few
    dozen of a few hundred)."""
    keyed = keyed_topic_words(lang)
    by_start, short = topic_key_starts(lang)
    pieces = {low[k:k + 3] for k in range(len(low) - 2)}
    found = [*short, *(k for piece in pieces if piece in by_start for k in by_start[piece])]
    return [keyed[k][1] for k in sorted(found) if keyed[k][0] in low]


@lru_cache(maxsize=None)
def topic_key_starts(lang: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """keyed_topic_words' places by the first three letters of their key; those of shorter keys apart."""
    by_start: dict[str, list[int]] = {}
    short = []
    for k, (key, _) in enumerate(keyed_topic_words(lang)):
        if len(key) < 3:
            short.append(k)
        else:
            by_start.setdefault(key[:3], []).append(k)
    return {piece: tuple(ks) for piece, ks in by_start.items()}, tuple(short)


@lru_cache(maxsize=None)
def key_term_stop(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in topic_table(lang).get("key_term_stop", []))


def reload_topics() -> None:
    """Forget the loaded topic files, so an edited user file is read again."""
    for cached in (topic_table, topic_words, keyed_topic_words, topic_key_starts, key_term_stop, topic_of_target, class_words, topics_of,
                   one_thing_names, spelling_form, configured_topic, is_thing):
        cached.cache_clear()


# ---------------------------------------------------------------- reading clauses


def sentences_and_clauses(text: str) -> list[list[str]]:
    out = []
    for sentence in SENTENCE_BREAK.split(text):
        clauses = [c for c in CLAUSE_BREAK.split(sentence) if c and c.strip()]
        if clauses:
            out.append(clauses)
    return out


def topic_matches(clause: str, lang: str) -> dict[str, tuple[int, list[str], list[int]]]:
    """Topics named in a clause: topic -> (direction, words, where they start). Direction -1
    when only an 'opposite' word names it. Where two forms of one topic find the same word, the
    longer form decides ("Menschenrechtsverletzung*" is an opposite, "Menschenrecht*" is not)."""
    found: dict[str, list[tuple[int, int, int, TopicWord, str]]] = {}
    low = clause.lower()
    for tw in topic_words_in(low, lang):
        for m in tw.regex.finditer(clause):
            if tw.capital and not clause[m.start()].isupper():
                continue
            found.setdefault(tw.topic, []).append((m.start(), m.end(), len(tw.form.strip("*")), tw, m.group()))
    out: dict[str, tuple[int, list[str], list[int]]] = {}
    for topic, matches in found.items():
        kept = [m for m in matches
                if not any(o[0] < m[1] and m[0] < o[1] and o[2] > m[2] for o in matches)]
        direction = 1 if any(not m[3].opposite for m in kept) else -1
        words = list(dict.fromkeys(m[4] for m in kept))
        out[topic] = (direction, words, [m[0] for m in kept])
    return out


# ---------------------------------------------------------------- topics and stance


def topics_in(text: str, lang: str) -> list[str]:
    seen: list[str] = []
    for sentence in sentences_and_clauses(text):
        for clause in sentence:
            for topic in topic_matches(clause, lang):
                if topic not in seen:
                    seen.append(topic)
    return seen


@dataclass
class Judgement:
    """What one statement says: topics, stance per target and topic, the deciding words, and the
    stance keys that only recall an earlier position ("hatte sich … ausgesprochen")."""

    topics: list[str]
    stance: dict[str, int]
    evidence: dict[str, list[str]]
    recalled: list[str]
    recalled_clause: str = ""  # the clause that recalls them: its time words date the position
    recalled_stance: dict[str, int] = field(default_factory=dict)  # every recalled position, also one taken anew
    reversed: list[str] = field(default_factory=list)  # turned around on, new position unsaid (positions/turns.py)


def judge(quote_text: str, cue_text: str, lang: str, *, frame_text: str = "", speaker: str = "",
          context: str = "", held: bool = True) -> Judgement:
    """Targets and topics of a statement and the stance towards each.

    The stance is read from the clause structure of ``frame_text`` (the sentence with quote,
    cue and speaker; without it, cue and quote), see positions/frames_de.py: each stance has a
    TARGET, the noun the speaker is for or against ("Tempolimit"), and counts as well for every
    configured topic the target belongs to ("Vermögensteuer" → "Steuern"). ``speaker`` is how
    the speaker is named in the frame, so that positions of others reported by the speaker are
    left out; ``context`` is the article's text before the frame, whose things "dafür" or "das
    Projekt" may point back to (German). A statement with no stance keeps the configured topics its quote names, or, with
    none, up to two key terms ("#Kaserne") to group it. ``held=False``: the statement has no speaker, and a stance
    needs one to hold it ("„Ein Meilenstein“ – so nennt die Zeitung das Vorhaben" with no paper named): no stance
    and no turn, only its topics."""
    lang = lang if lang in ("de", "en") else "de"
    text = without_name_asides(frame_text or (f"{cue_text}, {quote_text}" if cue_text else quote_text))
    speaker = without_name_asides(speaker)
    # the statement's own words: its quote and its cue ("dismissed" when the quote is only "the plan")
    stances = read_stances(text, lang, speaker, " … ".join(p for p in (quote_text, cue_text) if p), context) if held else []
    if lang == "de":  # (an occasion, a person praised, a view as such: no matter of debate; a deed with its time)
        stances = [st for st in stances if not no_matter(st)]
        stances = [] if deed_told(text, stances) else stances
    values: dict[str, int] = {}
    earlier: dict[str, int] = {}  # the recalled positions, summed apart: "hatte sich gegen X …, nun für X" is no tie
    evidence: dict[str, list[str]] = {}
    recalled_clause = next((st.clause for st in stances if st.recalled and st.clause), "")
    topics: list[str] = []
    for st in stances:
        keys = [(st.target, 1)] + [(t, d) for t, d in target_topics(st.target, st.phrase, lang) if t != st.target]
        for key, direction in keys:
            into = earlier if st.recalled else values
            into[key] = into.get(key, 0) + st.value * direction
            words = evidence.setdefault(key, [])
            words += [w for w in st.words if w not in words]
            if key not in topics:
                topics.append(key)
    stance = {k: (v > 0) - (v < 0) for k, v in values.items() if v}  # opposite stances cancel out
    recalled_stance = {k: (v > 0) - (v < 0) for k, v in earlier.items() if v}
    recalled = [k for k in recalled_stance if k not in stance]  # only recalled: the recall is its position
    stance.update({k: recalled_stance[k] for k in recalled})
    evidence = {k: v for k, v in evidence.items() if k in stance}
    if condition := condition_in(text, lang):  # "nur wenn …", "only if …": a deciding word of each stance (no change)
        evidence = {k: [*v, condition] for k, v in evidence.items()}
    topics = [t for t in topics if t in stance]
    for topic in topics_in(quote_text, lang):
        if topic not in topics:
            topics.append(topic)
    turned, words = turned_on(text, lang) if held else ([], [])  # "Kehrtwende bei X", "changed her mind on X": the opposite of before
    turned = [t for t in turned if not stance.get(t)]
    evidence.update({t: words for t in turned})
    topics += [t for t in turned if t not in topics]
    if not topics:
        topics = [KEY_TERM_MARK + term for term, _ in key_terms(quote_text, lang)]
    return Judgement(topics, stance, evidence, sorted(recalled), recalled_clause, recalled_stance, turned)


def without_name_asides(text: str) -> str:
    """NAME_ASIDE.sub(r"\1", text): the party in brackets after a name taken out; a text without a
    bracket is left as it is at once (every aside opens with one; most frames have none)."""
    return NAME_ASIDE.sub(r"\1", text) if "(" in text else text


def assess(quote_text: str, cue_text: str, lang: str, *, frame_text: str = "",
           speaker: str = "") -> tuple[list[str], dict[str, int], dict[str, list[str]]]:
    """Topics (targets first), stance per target and topic, and the words that decided each."""
    j = judge(quote_text, cue_text, lang, frame_text=frame_text, speaker=speaker)
    return j.topics, j.stance, j.evidence


def read_stances(text: str, lang: str, speaker: str, quote_text: str = "", context: str = "") -> list[Stance]:
    if lang == "en":
        from .frames_en import named_before, question_answered, read_stances as read_english  # loads spaCy when first needed

        stances = named_before(read_english(text, speaker, quote_text, pronouns=True), context, text)
        # a reply that only answers a question asked before it ('Opposed to X? "Not at all," said Y')
        opening = quote_text.split(" … ")[0]
        return stances or question_answered(opening, f"{context} {text[:max(text.find(opening), 0)]}")
    return read_german(text, lang, speaker, context)


def target_topics(target: str, phrase: str, lang: str) -> list[tuple[str, int]]:
    """The configured topics a target belongs to, with -1 where it names the topic's opposite
    ("Eskalation" for "Deeskalation"): its lemma or its words as written name the topic."""
    found = topic_matches(target, lang)
    for topic, match in topic_matches(phrase, lang).items():
        found.setdefault(topic, match)
    return [(topic, direction) for topic, (direction, _, _) in found.items()]


@lru_cache(maxsize=4096)
def topic_of_target(target: str) -> str:
    """The first configured topic (of either language) the target belongs to, or ""."""
    for lang in ("de", "en"):
        for topic, _ in target_topics(target, target, lang):
            return topic
    return ""


@lru_cache(maxsize=65536)  # (per target string: bounded in a long session)
def configured_topic(name: str) -> bool:
    """A topic of the topic files; not a table of names of one thing (``one_thing = true``): those
    only tell position changes which targets are one thing, and make no topic of their own."""
    return any(isinstance(e := topic_table(lang).get(name), dict) and e.get("one_thing") is not True for lang in ("de", "en"))


def is_key_term(topic: str) -> bool:
    return topic.startswith(KEY_TERM_MARK)


# ---------------------------------------------------------------- key terms

GERMAN_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]+(?:-[\wÄÖÜäöüß]+)*")


def key_terms(text: str, lang: str) -> list[tuple[str, str]]:
    """The most specific nouns of a quote as (lemma, word as written): the longest common
    nouns (compounds are specific), skipping names, role nouns ("Ministerpräsidentin"), nouns
    right beside a name (a title or a surname the tagger took for a noun) and the generic nouns
    of the stop list."""
    stop = key_term_stop(lang)
    seen: dict[str, str] = {}
    if lang == "de":
        # Longest words first, and only until enough are found.
        words = list(GERMAN_WORD.finditer(text))
        order = sorted(range(len(words)), key=lambda i: (-len(words[i].group()), i))
        for i in order:
            word = words[i].group()
            if len(word) <= 3 or word.lower() in stop or is_role(word, lang) or beside_name(text, words, i):
                continue
            lemma = german_noun_lemma(word)
            if lemma and lemma.lower() not in stop and len(lemma) > 3:
                seen.setdefault(lemma, word)
                if len(seen) == MAX_KEY_TERMS:
                    break
        return list(seen.items())
    for lemma, word in english_nouns(text):
        if lemma.lower() not in stop and len(lemma) > 3 and not is_role(word, lang):
            seen.setdefault(lemma, word)
    return list(seen.items())[:MAX_KEY_TERMS]


def beside_name(text: str, words: list[re.Match], i: int) -> bool:
    """True when the next or previous word, with only a space between, is a name (NE)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            a, b = (words[j], words[i]) if j < i else (words[i], words[j])
            if text[a.end():b.start()] == " " and german_tag(words[j].group()) == "NE":
                return True
    return False


@lru_cache(maxsize=None)
def role_nouns(lang: str) -> tuple[str, ...]:
    """Titles and roles from the actors' data (titles_<lang>.txt), lowercased."""
    return tuple(t.lower() for t in titles(lang))


def is_role(word: str, lang: str) -> bool:
    """Does the word end in a role noun or its "-in" form? (its endings looked up in a set)"""
    low = word.lower()
    roles, lengths = _role_endings(lang)
    if "" in roles:
        return True
    feminine = low.endswith("in")
    return any(low[len(low) - n:] in roles or (feminine and n + 2 <= len(low) and low[len(low) - n - 2:-2] in roles)
               for n in lengths if n <= len(low))


@lru_cache(maxsize=None)
def _role_endings(lang: str) -> tuple[frozenset[str], tuple[int, ...]]:
    roles = frozenset(role_nouns(lang))
    return roles, tuple(sorted({len(r) for r in roles if r}))


@lru_cache(maxsize=WORDS_KEPT)
def german_tag(word: str) -> str:
    from ..de.nlp import cheap_tag  # HanTa only for words it has memorised: key terms are a hint

    return cheap_tag(word)


def english_nouns(text: str) -> list[tuple[str, str]]:
    """Common nouns of an English quote from the trained pipeline; none with the blank one."""
    from ..en.nlp import is_trained, load_english  # imported when first needed: it loads spaCy

    nlp = load_english()
    if not is_trained(nlp):
        return []
    nouns = [t for t in nlp(text, disable=[p for p in ("ner",) if p in nlp.pipe_names]) if t.pos_ == "NOUN" and t.is_alpha]
    # Subjects last: in "The ministry welcomed the findings" the findings are the matter.
    nouns.sort(key=lambda t: t.dep_ in ("nsubj", "nsubjpass"))
    return [(t.lemma_.lower(), t.text) for t in nouns]


# ---------------------------------------------------------------- position changes


def unnamed_recall(prev, s: Statement, key: str) -> bool:
    """Is the position before a recall in the same article of a target that names nothing ("who voted
    against the scheme in March, … now supports it")? It gives no change of its own."""
    return prev is not None and prev.s.article_id == s.article_id and bare_generic(key)


def find_changes(statements: list[Statement], *, include_key_terms: bool = False, langs: dict[str, str] | None = None) -> list[PositionChange]:
    """For each actor and target (or configured topic) in time order, a change is where a
    non-zero stance differs from the actor's latest non-zero stance on it in an earlier article.

    Order: date, then article, then place in the article, so ties are stable. A position a
    statement only recalls ("hatte sich im Frühjahr gegen X ausgesprochen") counts at the time it
    recalls (Statement.recalled_date), before what the statement says now: "…, nun befürwortet sie
    X" is a reversal within one article, a recall of the same position is none; a recall without
    time words of its own is compared only with what its article says now. Undated
    statements have no place in time and are left out. One article is compared with earlier
    articles (or positions it recalls) only, and gives at most one change per actor and target.
    Where a target and its topic change between the same two statements, the change is reported
    once, for the target. Key terms ('#…') are guesses that carry no stance, so by default they
    make no changes. ``langs``: article id -> language, whose hedge words ("offen", "rule out") are read (else both)."""
    dated = [s for s in statements if s.speaker and s.date]
    held = sorted((h for s in dated for h in positions_held(s)),
                  key=lambda h: (h.date, h.s.article_id, h.s.quote[0][0] if h.s.quote else 0, not h.recalled, h.s.id))
    targets = speaker_targets(dated)
    things = {speaker: {t for t in keys if not configured_topic(t)} for speaker, keys in targets.items()}
    same = linked_targets(dated, targets, held)
    in_article = article_things(dated)
    before = things_before(dated, in_article, same)
    history: dict[tuple[str, str], list[Held]] = {}
    reported: set[tuple[str, str, str, bool]] = set()
    found: list[PositionChange] = []
    acts, recalled = ActHistory(), recalled_generics(dated)
    for h in held:
        s, value, lang = h.s, h.value, (langs or {}).get(h.s.article_id)
        act, thing = act_and_thing(h, things.get(s.speaker, set()), in_article, same, before, lang, recalled)
        if (is_key_term(h.key) and not include_key_terms) or (not thing and bare_act(s, h.key)) \
                or against_more_only(s, h.key, h.value) or hedged(s.stance_evidence.get(h.key, []), lang):
            continue
        key = h.thing = thing or h.key
        found += acts.change(h, value, thing or "") if act and value else []  # ("gegen die Schließung der X", later "für …")
        value = h.value = value * act_sign(h.key) if act and thing else value
        hkey = (s.speaker, same.get((s.speaker, key), key))
        earlier = history.setdefault(hkey, [])
        topic_key = configured_topic(key)
        prev = earlier_position(earlier, h, key if topic_key else "", same)
        if not value:  # turned around ("Kehrtwende bei X"): the opposite of the position before, if known
            if prev is None or partial_turn(s.quote_text or ""):  # (only "ein Stück weit": no new position)
                continue
            value = h.value = -prev.value
        prev = None if unnamed_recall(prev, s, key) else prev  # (then the earlier articles' positions meet it)
        if prev is not None and prev.value != value and h.timed and (*hkey, s.article_id, h.recalled) not in reported:
            reported.add((*hkey, s.article_id, h.recalled))
            # (a target named otherwise before, "congestion charge" then "charge": the earlier name is its topic)
            target, other = reported_names(key, prev, earlier, hkey[1])
            topic = key if topic_key else (topic_of_target(target) or unnamed(target, [p.s for p in earlier] + [s]) or other)
            found.append(PositionChange(s.speaker, topic, prev.s.id, s.id, prev.date, h.date, prev.value, value,
                                        target=target, before_words=list(prev.s.stance_evidence.get(prev.key, [])),
                                        after_words=list(s.stance_evidence.get(key) or s.stance_evidence.get(h.key, []))))
        earlier.append(h)
    found = acts.first(once_for_the_target(found))  # one change per pair and topic: the target's, the act's, not again
    between: dict[tuple[str, str], list[PositionChange]] = {}
    for c in found:
        between.setdefault((c.before, c.after), []).append(c)
        between.setdefault(("", c.after), []).append(c)
    return written_names([c for c in found if not read_out_of_other(c, between[c.before, c.after])
                          and not part_of_other(c, between["", c.after])], dated)


def written_names(found: list[PositionChange], dated: list[Statement]) -> list[PositionChange]:
    """Each change as_written, read against its statements and all its speaker's."""
    said = {s.id: s.quote_text or "" for s in dated}
    by_speaker: dict[str, list[str]] = {}
    for s in dated:
        by_speaker.setdefault(s.speaker or "", []).append(s.quote_text or "")
    return [as_written(c, said, by_speaker.get(c.actor, [])) for c in found]


def as_written(change: PositionChange, said: dict[str, str], spoken: list[str]) -> PositionChange:
    """The change under a name its speaker wrote: a compound the German reader built for matching
    ("Flugplatzausbau" of "den Ausbau des Flugplatzes", "Sperrstundeverlängerung" of "eine Verlängerung
    der Sperrstunde") that none of the speaker's statements (``spoken``) writes is reported as the act
    its two statements name ("Ausbau"), with the compound as its topic (which says of what)."""
    target = change.target
    texts = [said.get(change.before, ""), said.get(change.after, "")]
    if not target or " " in target or any(re.search(written(target), t, re.IGNORECASE) for t in spoken + texts):
        return change
    act = next((a for a in act_nouns() if target.lower().endswith(a) and len(target) - len(a) >= 3), None)
    if act is None:
        return change
    form = act[:1].upper() + act[1:]
    if not all(re.search(written(form), t) for t in texts):
        return change
    return replace(change, target=form, topic=change.topic or target)


def act_and_thing(h: Held, things: set[str], in_article: dict[tuple[str, str], set[str]],
                  same: dict[tuple[str, str], str], before: Callable[[Statement], set[str]] | None = None,
                  lang: str | None = None, recalled: Collection[tuple[str, str, str]] = ()) -> tuple[bool, str | None]:
    """Whether the position ``h`` is on an act ("lehnt die Schließung ab"), and the thing it is
    about where its key names none of its own ("lehnt das Projekt ab", "befürwortet den Bau": the
    thing its sentence names; ``things``: the speaker's targets). A bare act that names the speaker's
    one compound of it ("gegen das Verbot" beside "Nachtflugverbot", "gegen den Abbau" beside
    "Kiesabbau", linked in ``same``) is that thing, not an act on another. A bare generic noun its
    article leaves open, in a statement that says its position is new ("unterstützt das Projekt nun"),
    is the one thing of the speaker's earlier articles (``before``: statement -> those things); so is one
    the speaker's statements in its article recall a dated position on (``recalled``, recalled_generics)."""
    s = h.s
    act = is_act_noun(h.key) and not (h.value < 0 and more_of(h.key))  # (against expanding: not against the thing)
    thing = named_thing(s, h.key, things, act) or thing_of_the_article(s, h.key, in_article)
    recalls = (s.speaker or "", s.article_id, h.key) in recalled  # ("who voted against the scheme in March")
    if thing is None and before is not None and bare_generic(h.key) and (held := thing_held_before(s, h.key, before(s), lang, recalls)) \
            and not linked_name(same, s.speaker or "", h.key):  # (a name links it already: "the scheme" of "buyback scheme")
        thing = held
    if act and (whole := act_compound_named(h.key, things)) and thing in (None, whole) \
            and same.get((s.speaker or "", h.key)) == same.get((s.speaker or "", whole), whole):
        return False, None
    return act, thing


def recalled_generics(dated: list[Statement]) -> set[tuple[str, str, str]]:
    """(speaker, article, key) of every bare generic noun a statement recalls a dated position on
    ("Pennant-Hughes, who voted against the scheme in March, …"): thing_held_before reads such a noun
    in that article as the thing the speaker's earlier articles took a position on."""
    return {(s.speaker or "", s.article_id, k) for s in dated if s.recalled_date
            for k, v in (s.recalled_stance or {}).items()
            if v and bare_generic(k) and not has_own_complement(s.quote_text or "", k)  # ("the plan for a car park")
            and signs_elsewhere(dated, s) == {v}}


def signs_elsewhere(dated: list[Statement], s: Statement) -> set[int]:
    """The signs of the positions the speaker of ``s`` takes on things in other articles: a recall of
    the other sign ("who backed the scheme in May" after "opposes the library") names another thing."""
    return {v for o in dated if o.speaker == s.speaker and o.article_id != s.article_id
            for k, v in o.stance.items() if v and is_thing(k)}


def linked_name(same: dict[tuple[str, str], str], speaker: str, key: str) -> bool:
    """Whether ``same`` links the speaker's target ``key`` to another name, or another name to it."""
    return (speaker, key) in same or any(sp == speaker and v == key for (sp, _), v in same.items())


def change_names(now: str, before: str, linked: str) -> tuple[str, str]:
    """both_names, but a bare act named twice ("das Verbot") is reported under the speaker's
    compound of it that it is ``linked`` to ("Laubbläserverbot")."""
    target, other = both_names(now, before)
    return (linked, target) if act_compound_named(target, {linked}) == linked else (target, other)


def reported_names(key: str, prev: Held, earlier: list[Held], linked: str) -> tuple[str, str]:
    """change_names of the later target ``key`` and the earlier position ``prev``; but where an earlier
    statement named the later name's modifier as a place after its own head ("a parking garage next to
    the cannery", later "the cannery garage"), the change takes that earlier name, which says what the
    thing is, not where (the other name stays the head both share)."""
    target, other = change_names(key, prev.thing or prev.key, linked)
    what = next((p.thing or p.key for p in earlier if modifier_named_after_head(p.s.quote_text or "", p.thing or p.key, key)), None)
    return (what or target), other


class ActHistory:
    """A speaker's positions on an act noun ("Schließung", "Verkauf", "Abriss"), each with the thing
    its statement names ("Schließung der Tagespflege") or none ("ist gegen den Verkauf", where the
    sentence before named the Pfarrheim). find_changes carries a position on an act over to its
    thing, so that "lehnt den Abriss ab" and later "will das Gebäude erhalten" meet; two positions
    on the same act are compared as they were written: on the act of the same thing, or a bare act
    where the speaker's positions on that act name one thing only. Such a change is reported for the
    act (the target the predicate takes, "Schließung -1 → +1"), not again for its thing."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[tuple[Held, int, str]]] = {}
        self.told: dict[str, set[str]] = {}  # the later statement's id -> the acts changed and their things
        self.reported: set[tuple[str, str, str, bool]] = set()
        self.bare: set[tuple[str, tuple[str, str]]] = set()  # (later statement id, (speaker, act)) of a bare act's change

    def change(self, h: Held, value: int, thing: str) -> list[PositionChange]:
        """The change of the act ``h`` takes (its own sign ``value``, about ``thing`` or ""), if any."""
        s = h.s
        act = (s.speaker or "", h.key.casefold())
        past = self.seen.setdefault(act, [])
        # (an act noun that is a generic noun too, "the plan for a school" / "the plan for a car park": two matters)
        prev = next((p for p in reversed(past) if comparable(p[0], h) and (p[2] == thing or not p[2] or not thing)
                     and not other_matters(p[0], h)), None)
        past.append((h, value, thing))
        mark = (s.speaker or "", h.key.casefold(), s.article_id, h.recalled)
        if prev is None or prev[1] == value or not h.timed or mark in self.reported:
            return []
        self.reported.add(mark)
        before = prev[0]
        self.told.setdefault(s.id, set()).update({h.key, thing or prev[2]} - {""})
        if prev[2] != thing:
            self.bare.add((s.id, act))  # (a bare act on one side: only where the speaker's acts name one thing)
        about = thing or prev[2]  # (the thing is the change's topic: "Neubau" of the "Kreisklinik")
        return [PositionChange(s.speaker or "", about or topic_of_target(h.key) or h.key, before.s.id, s.id, before.date, h.date,
                               prev[1], value, target=h.key, before_words=list(before.s.stance_evidence.get(before.key, [])),
                               after_words=list(s.stance_evidence.get(h.key, [])))]

    def things(self, speaker: str, act: str) -> set[str]:
        """The things the speaker's positions on the act name."""
        return {t for _, _, t in self.seen.get((speaker, act.casefold()), []) if t}

    def first(self, found: list[PositionChange]) -> list[PositionChange]:
        """The changes without those an act's change into the same later statement tells again
        (its thing's, "Tagespflege +1 → -1" beside "Schließung -1 → +1", or the act's twice). Where
        the earlier position on the thing was taken on the thing itself ("Die Geburtsstation muss
        bleiben"), not through the act, the thing's change stays and the act's goes."""
        direct = {(c.after, c.target) for c in found if c.target in self.told.get(c.after, set()) and not is_act_noun(c.target)
                  and not {w.casefold() for w in c.before_words} & {t.casefold() for t in self.told[c.after]}}
        kept, acts = [], set()
        for c in found:
            if (c.after, (c.actor, c.target.casefold())) in self.bare and len(self.things(c.actor, c.target)) > 1:
                continue  # ("gegen den Abriss", later "für den Abriss des Stellwerks" and "… des Wasserturms")
            if c.target in self.told.get(c.after, set()):
                if is_act_noun(c.target) and ((c.after, c.target) in acts or (c.after, c.topic) in direct):
                    continue  # (the act twice, or the thing's own change told it)
                if not is_act_noun(c.target) and (c.after, c.target) not in direct:
                    continue
                acts.add((c.after, c.target))
            kept.append(c)
        return kept


def linked_targets(dated: list[Statement], targets: dict[str, set[str]], held: list[Held]) -> dict[tuple[str, str], str]:
    """(speaker, target) -> the target that stands for the thing it names, for all the ways the
    speaker's statements name one thing (same_targets, a phrase, an apposition), each linked to
    the end of its chain."""
    same = drop_class_nouns_of_local_things(drop_general_processes(drop_new_specific_things(same_targets(targets), held), held), held)
    same.update(named_in_phrase(dated, same))  # "road tolls on the bridge" is the "bridge toll"
    # "den Klinik-Neubau, ein Großklinikum mit 600 Betten": the later "Großklinikum" is that thing
    same.update(named_by_apposition(dated, settled(same), is_thing))
    return settled(same)


def once_for_the_target(found: list[PositionChange]) -> list[PositionChange]:
    """A target and a topic that change between the same two positions are one change, reported
    for the target: its own topic ("Vermögensteuer" / "Steuern"), or a configured topic its
    statements reached through other words the same way ("automation of the container terminal":
    "Hafen")."""
    by_target = {(c.before, c.before_date, c.after, c.topic) for c in found if c.target != c.topic}
    pairs = {(c.before, c.after, c.before_stance, c.after_stance) for c in found if not configured_topic(c.target)}
    # (the later statement's words that decided a target's change: a topic they decided too turned with it,
    # whatever earlier statement its own change starts from: "now supports automation of the container
    # terminal" after "fought automation …" is one turn, not a second one on "Hafen")
    said = {(c.after, c.before_stance, c.after_stance, tuple(c.after_words)) for c in found
            if c.after_words and not configured_topic(c.target)}
    return [c for c in found if c.target != c.topic or ((c.before, c.before_date, c.after, c.topic) not in by_target
            and not (configured_topic(c.target) and ((c.before, c.after, c.before_stance, c.after_stance) in pairs
                                                     or (c.after, c.before_stance, c.after_stance, tuple(c.after_words)) in said)))]


def part_of_other(change: PositionChange, later: list[PositionChange]) -> bool:
    """Another change to the same later statement, the same way, whose target's name holds this
    one's ("tram" of "tram extension", read from an earlier article and from a recall): one turn,
    reported for the fuller name."""
    return any(o is not change and f" {change.target} " in f" {o.target} " and len(o.target) > len(change.target)
               and (o.before_stance, o.after_stance) == (change.before_stance, change.after_stance) for o in later)


def read_out_of_other(change: PositionChange, pair: list[PositionChange]) -> bool:
    """The change's target was read out of another target between the same two positions (``pair``):
    named in its deciding words ("Alkohol" out of "Alkoholverbot") or part of the other's name
    ("marina" of "the marina expansion"). One change, reported for the target named."""
    words = set(change.after_words + change.before_words)
    stances = (change.before_stance, change.after_stance)
    return any(o is not change and (o.target in words or (f" {change.target} " in f" {o.target} "
                                                          and len(o.target) > len(change.target)
                                                          and (o.before_stance, o.after_stance) == stances))
               for o in pair)


@dataclass
class Held:
    """One position of a statement: taken when it was said, or recalled (held at its earlier date)."""

    s: Statement
    key: str
    value: int
    date: str
    recalled: bool
    timed: bool = True  # False: recalled without time words of its own, held at some time before the article
    thing: str = ""  # the target it is about, where the key is a generic noun ("Projekt")


def earlier_position(earlier: list[Held], h: Held, topic: str, same: dict[tuple[str, str], str]) -> Held | None:
    """The latest earlier position on the same thing that ``h`` may differ from (a topic reached
    through another target is not). A recall without a time of its own that repeats what an
    earlier article said is that article's position: the change is dated from there."""
    ok = (p for p in reversed(earlier) if comparable(p, h) and not (topic and other_things(p.s, h.s, topic, same))
          and not other_matters(p, h))
    prev = next(ok, None)
    if prev is not None and prev.recalled and not prev.timed:
        stated = next((p for p in ok if p.s.article_id != h.s.article_id), None)
        if stated is not None and stated.value == prev.value:
            return stated
    return prev


def other_matters(p: Held, h: Held) -> bool:
    """Two positions on one bare generic noun that no thing was found for, each with a complement of
    its own naming another matter ("begrüßt die Gründung einer Bürgerstiftung", later "lehnt die
    Gründung eines Zweckverbands ab"; "the plan for a school" / "the plan for a car park"): two things."""
    if h.key != p.key or (h.thing or h.key) != h.key or (p.thing or p.key) != p.key or not bare_generic(h.key):
        return False
    a, b = own_matter(p.s.quote_text or "", h.key), own_matter(h.s.quote_text or "", h.key)
    return bool(a and b and a != b)


OWN_MATTER = (r"\w{0,3}\s+(?:(?:des|der|eines|einer|von|vom|für|zur|zum)\s+(?:[a-zäöüß]+\s+){0,3}?([A-ZÄÖÜ][\w-]+)"
              r"|(?:of|for)\s+(?:(?:the|a|an|new|proposed|planned)\s+){0,2}([a-z][\w-]+))")


def own_matter(text: str, key: str) -> str:
    """The noun a generic noun's own complement names right after it, as a lowercase lemma without
    a genitive or plural "s" ("Zweckverbands" → "zweckverband"); "" for none."""
    m = re.search(r"(?<!\w)" + re.escape(key) + OWN_MATTER, text)
    if not m:
        return ""
    word = m.group(1) or m.group(2)
    low = (german_noun_lemma(word) if word[:1].isupper() else word).lower()
    return low[:-2] if low.endswith("es") and len(low) > 6 else low[:-1] if low.endswith("s") and len(low) > 5 else low


def comparable(p: Held, h: Held) -> bool:
    """Whether the earlier position ``p`` is what ``h`` may differ from: one of another article,
    unless recalled without a time of its own (its place in time is unknown); or one the same
    article recalls, before what it says now."""
    if p.s.article_id != h.s.article_id:
        return p.timed
    return p.recalled and not h.recalled


def positions_held(s: Statement) -> list[Held]:
    """The recalled positions of a statement (at its recalled date), then those it takes now. A
    statement stored before recalled_stance existed recalls the keys listed in ``recalled``, at
    no time of their own."""
    recalled = list(dict.fromkeys(getattr(s, "recalled", ()) or ()))  # (in the statement's order, not a set's)
    earlier = getattr(s, "recalled_stance", None) or {k: s.stance[k] for k in recalled if k in s.stance}
    when = getattr(s, "recalled_date", None)
    return ([Held(s, k, v, when or s.date, True, when is not None) for k, v in earlier.items() if v]
            + [Held(s, k, v, s.date, False) for k, v in s.stance.items() if v and k not in recalled]
            + [Held(s, k, 0, s.date, False) for k in getattr(s, "reversed", None) or () if not s.stance.get(k)])


def article_things(statements: list[Statement]) -> dict[tuple[str, str], set[str]]:
    """(speaker, article) -> the things the speaker takes a stance on in that article: no configured
    topic, key term, act noun or generic noun ("das Projekt")."""
    out: dict[tuple[str, str], set[str]] = {}
    for s in statements:
        out.setdefault((s.speaker, s.article_id), set()).update(
            k for k, v in {**s.stance, **(s.recalled_stance or {})}.items() if v and is_thing(k))
    return out


@lru_cache(maxsize=65536)
def is_thing(k: str) -> bool:
    """A target that names a thing: no configured topic, key term, act noun or generic noun
    ("das Projekt", "die Anlage")."""
    return not configured_topic(k) and not is_key_term(k) and not is_act_noun(k) and not bare_generic(k)


def things_before(dated: list[Statement], in_article: dict[tuple[str, str], set[str]],
                  same: dict[tuple[str, str], str]) -> Callable[[Statement], set[str]]:
    """Statement -> the things (article_things, as linked in ``same``) its speaker took a stance on in
    articles dated before it: what a later "now" sets a new position against (thing_held_before)."""
    first: dict[str, str] = {}
    for s in dated:
        first[s.article_id] = min(first.get(s.article_id, s.date or ""), s.date or "")
    by_speaker: dict[str, list[tuple[str, str, set[str]]]] = {}
    for (speaker, a), ts in in_article.items():
        by_speaker.setdefault(speaker, []).append((first.get(a, ""), a, ts))

    def of(s: Statement) -> set[str]:
        return {same.get((s.speaker or "", t), t) for d, a, ts in by_speaker.get(s.speaker or "", ())
                if a != s.article_id and d < (s.date or "") for t in ts}
    return of


def bare_act(s: Statement, key: str) -> bool:
    """An act noun whose stance was passed on to its thing ("Ende der Hundesteuer": the stance on
    "Ende" beside the one on "Hundesteuer"): alone it names no matter, so it makes no change."""
    low = key.lower()
    return low in act_nouns() and any(w.lower().startswith(low) for w in s.stance_evidence.get(key, []))


def speaker_targets(statements: list[Statement]) -> dict[str, set[str]]:
    """Speaker -> every target or topic on which one of the statements takes a stance."""
    keys: dict[str, set[str]] = {}
    for s in statements:
        keys.setdefault(s.speaker, set()).update(k for k, v in {**s.stance, **(s.recalled_stance or {})}.items() if v)
        keys[s.speaker].update(getattr(s, "reversed", None) or ())
    return keys


def same_targets(keys: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """(speaker, target) -> the target it is the same as: a compound of an act noun stands for
    its longer forms ("Regionalflughafenausbau" is a "Flughafenausbau"), a compound of a generic
    head for its modifier ("Seilbahnprojekt" is the "Seilbahn"), another spelling of one name
    ("Biogas-Anlage" / "Biogasanlage"), a name of a one_thing table ("Gondelbahn" is the
    "Seilbahn"), for one speaker: each link one step (linked_targets settles the chains, after
    drop_new_specific_things has judged each step)."""
    out = {}
    for speaker, target_set in keys.items():
        # (in sorted order, not the set's: the first match, min() ties, by_low's case variants and
        # the spelling chosen for a name all follow this order, which must not change with the hash seed)
        targets = sorted(target_set)
        short = [t for t in targets if ends_in_act(t)]
        short_at: dict[str, list[tuple[int, str]]] = {}  # (each looked up by the endings of a target)
        for i, b in enumerate(short):
            short_at.setdefault(b.lower(), []).append((i, b))
        named = {o for o in targets if not configured_topic(o) and not is_key_term(o)}
        lows, suffixes = lows_of(targets), suffix_index(named)
        for t in targets:
            low = t.lower()
            match = [b for _, b in sorted(hit for i in range(len(low)) for hit in short_at.get(low[i:], ())) if b != t]
            if match:
                out[(speaker, t)] = min(match, key=len)
            elif thing := generic_head_of(t, targets, lows) or act_compound_of(t, targets, lows) or facility_of(t, lows):
                out[(speaker, t)] = thing  # "Seilbahnprojekt", "Rathausneubau", "Müllverbrennungsanlage": the thing itself
            elif whole := compound_head_of(t, named, suffixes) or act_compound_named(t, named):
                out[(speaker, t)] = whole  # "das Hochhaus" after "das Wohnhochhaus", "das Verbot" after "Handyverbot"
        for t, b in same_wording(targets).items():
            out.setdefault((speaker, t), b)
        for t, b in spelling_variants(targets).items():  # "Biogas-Anlage" / "Biogasanlage", "data centre" / "data center"
            out.setdefault((speaker, t), b)
        for t in targets:  # "Gondelbahn" / "Seilbahn": names of one thing (a one_thing table of the topic files),
            # also in a compound of a generic head ("Gondelbahnprojekt" / "Seilbahn")
            if (speaker, t) not in out and not is_key_term(t) and (thing := one_thing_named_by(t)) and thing != t:
                out[(speaker, t)] = thing
        for t in targets:  # "die Abgabe" after "die Bettensteuer" (unless that is already named by it)
            if (speaker, t) not in out and (thing := class_noun_of(t, targets)):
                thing = out.get((speaker, thing), thing)
                if thing != t:
                    out[(speaker, t)] = thing
    return out


def drop_new_specific_things(same: dict[tuple[str, str], str], held: list[Held]) -> dict[tuple[str, str], str]:
    """A compound's head names the compound only looking back: "das Hochhaus" after (or beside)
    "das Wohnhochhaus" is that high-rise, but a longer compound first named in a later article than
    its head ("Fahrradparkhaus" months after "das Parkhaus am Bahnhof") is a new, more specific
    thing, not the one the head named before. ``held`` is in time order."""
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for h in held:
        first.setdefault((h.s.speaker, h.key), (h.date, h.s.article_id))
    out = {}
    for (speaker, t), whole in same.items():
        long_later = len(whole) > len(t) and whole.lower().endswith(t.lower()) and " " not in whole \
            and (speaker, t) in first and (speaker, whole) in first \
            and first[speaker, whole][1] != first[speaker, t][1] and first[speaker, whole][0] > first[speaker, t][0]
        if not long_later:
            out[(speaker, t)] = whole
    return out


def drop_class_nouns_of_local_things(same: dict[tuple[str, str], str], held: list[Held]) -> dict[tuple[str, str], str]:
    """A class noun of data/class_nouns.tsv ("die Strecke", "die Gebühr") names a thing of another
    article (class_noun_of) only where none of its own articles has the speaker take a stance on another
    thing: "Kranich lehnt die S-Bahn nach Obertal ab. Die Strecke sei zu teuer" is that S-Bahn, not the
    Stadtbahn of an earlier article (inside one article the stance reader reads a class noun back to
    the thing before it; a configured topic's class nouns, "die Abgabe", and a compound of the noun's own
    head keep their links), and only in a statement that says its position is new (says_now, as
    thing_held_before: "lehne die Gebühr mittlerweile ab"; an S-Bahn told in narration only leaves no stance
    to guard with). Nor does any class noun with a complement of its own ("die Abgabe auf Einwegbecher",
    "the levy on second homes")."""
    own: dict[tuple[str, str], set[str]] = {}  # (speaker, article) -> the things the speaker takes a stance on there
    articles: dict[tuple[str, str], set[str]] = {}  # (speaker, target) -> its articles
    texts: dict[tuple[str, str], list[str]] = {}  # (speaker, target) -> its quotes
    for h in held:
        speaker = h.s.speaker or ""
        if is_thing(h.key):
            own.setdefault((speaker, h.s.article_id), set()).add(h.key)
        articles.setdefault((speaker, h.key), set()).add(h.s.article_id)
        texts.setdefault((speaker, h.key), []).append(h.s.quote_text or "")
    out = {}
    for (speaker, t), whole in same.items():
        low = t.lower()
        if whole.lower().endswith(low):  # (a compound of its own head: "die Gebühr für Parkplätze" is the "Parkgebühr")
            out[(speaker, t)] = whole
            continue
        if low in class_nouns() and not class_words().get(low) and (any(
                own.get((speaker, a), set()) - {t, whole} for a in articles.get((speaker, t), ()))
                or not any(says_now(clause_of(x, t)) for x in texts.get((speaker, t), ()))):
            continue  # (and only where it says the position is new: "lehne die Gebühr mittlerweile ab")
        if (low in class_nouns() or class_words().get(low)) \
                and any(followed_by(x, t, OWN_CLASS_COMPLEMENT) for x in texts.get((speaker, t), ())):
            continue  # (any class noun: a complement of its own says which, "die Gebühr für Anwohnerparken", "a levy on bars")
        out[(speaker, t)] = whole
    return out


def drop_general_processes(same: dict[tuple[str, str], str], held: list[Held]) -> dict[tuple[str, str], str]:
    """A facility's process (facility_of: "Müllverbrennungsanlage" → "Müllverbrennung") is that
    facility only where the speaker names the facility first and the process always as that one
    thing: planned or pointed at ("die geplante Müllverbrennung", "diese Vergärung"), or at the place
    the facility is named at ("Müllvergärungsanlage bei Weidenried" / "Müllvergärung bei Weidenried",
    "desalination at Gull Bay"). A process named alone ("Müllverbrennung sei sinnvoll", "supports
    desalination"), with a bare article ("die Müllverbrennung" is the practice as well), somewhere
    else ("die Kompostierung in der Innenstadt") or before the facility is the practice in general,
    not the one plant. ``held`` is in time order."""
    first: dict[tuple[str, str], str] = {}
    said: dict[tuple[str, str], list[Statement]] = {}
    for h in held:
        first.setdefault((h.s.speaker, h.key), h.date)
        said.setdefault((h.s.speaker, h.key), []).append(h.s)
    out = {}
    for (speaker, t), whole in same.items():
        if facility_modifier(t) == whole.lower():
            places = {p for s in said.get((speaker, t), []) for p in places_after(s.quote_text or "", t)}
            if first.get((speaker, whole), "") < first.get((speaker, t), "") \
                    or not all(one_named(s.quote_text or "", whole, places) for s in said.get((speaker, whole), [])):
                continue
        out[(speaker, t)] = whole
    return out


# a demonstrative, or a word that makes the process a project ("die geplante", "the proposed"), before it
ONE_BEFORE = r"(?i:\b(?:diese[rmns]?\s+|this\s+|that\s+|(?:geplant|vorgesehen|umstritten|planned|proposed)\w*\s+)(?:[\w-]+\s+)?)"
# a named place right after it ("bei Weidenried", "am Klärwerk Süd", "at Gull Bay"): group 1, and
# the word after the place's capitalised words: group 2
PLACE_AFTER = r"(?:e?s|e?n)?\s+(?:in|im|bei|beim|am|an|auf|at|on|near|off)\s+(?:der\s+|dem\s+|the\s+)?" \
    r"([A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*)*\W*?(?:\s+(\S+))?"
@lru_cache(maxsize=None)
def restricting() -> frozenset[str]:
    """Words after the place that restrict the process to a time, a condition or a group ("nach 22
    Uhr", "während der Dürre", "on match days", "for serious offenders": data/restricting_words.txt):
    not the plant as a whole."""
    return frozenset(words_of("restricting_words.txt"))


def places_after(text: str, name: str, free: bool = False) -> set[str]:
    """The first words of the places named right after ``name`` in ``text`` (PLACE_AFTER); with
    ``free`` only those that nothing after restricts to a time, a condition or a group (restricting(),
    a number)."""
    return places_in(place_matches(text, name), free)


def place_matches(text: str, name: str) -> list[tuple[str, str]]:
    """(first word of the place, the word after the place) of each place named right after ``name``."""
    return re.findall(r"(?i:" + written_stem(name) + r")" + PLACE_AFTER, text)


def places_in(matches: list[tuple[str, str]], free: bool = False) -> set[str]:
    """The places of place_matches; with ``free`` only those nothing after restricts (places_after)."""
    return {place for place, nxt in matches
            if not free or not (nxt.lower().strip(",.;:") in restricting() or nxt[:1].isdigit())}


def one_named(text: str, name: str, places: set[str]) -> bool:
    """Whether ``text`` names ``name`` as one thing: planned or after a demonstrative (ONE_BEFORE)
    and at no place other than the ``places`` the facility is named at ("diese Müllverbrennung in
    Skandinavien" is another plant), or before one of those places with nothing after it that
    restricts it ("gegen die Beleuchtung am Sportplatz nach 22 Uhr" is no lighting plant). An English
    "-ing" activity only planned or pointed at: "parking at Dock Road" is parking there, not the car park."""
    matches = place_matches(text, name)  # (read once for both tests)
    if places_in(matches) - places:
        return False
    return re.search(ONE_BEFORE + written_stem(name), text) is not None \
        or not name.endswith("ing") and bool(places_in(matches, free=True) & places)


def same_wording(targets: list[str]) -> dict[str, str]:
    """Target -> the shorter target of one speaker it names: the same words with or without a
    hyphen ("cable-car" = "cable car"), or a modifier before the head where only one target of
    the speaker has it ("waterfront casino" = "casino"; not with "city casino" beside it)."""
    spaced = {t: " ".join(t.lower().replace("-", " ").split()) for t in targets}
    plain = {}
    for t, words in sorted(spaced.items(), key=lambda kv: ("-" in kv[0], len(kv[0]), kv[0])):
        plain.setdefault(words, t)  # the form without a hyphen stands for both
    out = {t: plain[w] for t, w in spaced.items() if plain[w] != t}
    tails: dict[str, list[str]] = {}  # the words after each space of a name -> the names
    for v in plain:
        for i, ch in enumerate(v):
            if ch == " ":
                tails.setdefault(v[i + 1:], []).append(v)
    forms: dict[str, list[str]] = {}
    for f, sw in spaced.items():
        forms.setdefault(sw, []).append(f)
    for w, t in plain.items():
        longer = tails.get(w, [])
        for v in longer if len(longer) == 1 else []:
            for form in forms[v]:
                out[form] = t
    for v, w in inner_modifiers(list(plain)).items():  # "hospital car parking charge" = "hospital parking charge"
        for form in forms[v]:
            out.setdefault(form, plain[w])
    return out


@lru_cache(maxsize=65536)
def ends_in_act(target: str) -> bool:
    """A compound of an act noun with at least three letters before it ("Flughafenausbau")."""
    return any(target.lower().endswith(a) and len(target) - len(a) >= 3 for a in act_nouns())


@lru_cache(maxsize=None)
def act_nouns() -> tuple[str, ...]:
    """The act nouns of the German frames, lowercased ("ausbau", "stopp")."""
    from .frames_de import lexicon

    # (longest first, then alphabetical: act_compound_keys takes the first act a target ends in,
    # so the order must not be the set's, which changes with the hash seed)
    return tuple(sorted({fw.words[0] for entries in lexicon("de").acts.values() for fw in entries
                         if fw.noun and len(fw.words) == 1 and len(fw.words[0]) > 3}, key=lambda a: (-len(a), a)))
