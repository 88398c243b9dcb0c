"""Topics, stance and position changes.

    quote (+ cue, + the sentence around it) ─► topics ─► stance per topic (+ deciding words)
    statements of one actor on one topic, in time order ─► position changes

Topics come from extract/data/topics_<lang>.toml plus the user's topics.toml in the config dir.
A statement on no configured topic gets up to two key terms of its quote instead, written with a
leading '#' ("#Kaserne") so they group statements but are never mistaken for configured topics.

Stance is read clause by clause from extract/data/stance_<lang>.tsv:
  * +1 / -1 words (fordern, ablehnen, Fehler …) in the clause that names the topic decide it;
  * 'flip' words (stoppen, aufheben, bekämpfen …) reverse it and alone count as -1 ("stoppt
    den Abzug"); 'not' words (nicht, kein) reverse it too, but alone count as -1 only right
    before the topic word ("keine Deeskalation"), not when they deny something else;
  * a clause with neither takes the cue verb's value ("begrüßte den Abzug", "warnte vor …"),
    so "fordert, die Sanktionen aufzuheben" = +1 × flip = -1;
  * a clause with nothing at all takes the rest of its sentence ("…, solange man mit
    Sanktionen droht" shares the stance of the main clause);
  * a word in a topic's 'opposite' list (Eskalation for Deeskalation) reverses the result.
"""
from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from platformdirs import user_config_dir

from .actors import titles
from .model import PositionChange, Statement

log = logging.getLogger(__name__)

KEY_TERM_MARK = "#"  # topics that are key terms of the quote, not configured topics
MAX_KEY_TERMS = 2

# The usual endings a plain word may carry ("Sanktion" → "Sanktionen", "welcome" → "welcomed").
TOPIC_ENDINGS = {"de": "(?:e|en|n|s|es|er|ern|em)?", "en": "(?:s|es)?"}
STANCE_ENDINGS = {"de": "(?:e|en|n|s|es|er|ern|em|t|te|ten|st|est|et|ete|eten)?", "en": "(?:s|es|d|ed|ing)?"}

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
    regex: re.Pattern
    capital: bool  # German noun: only a capitalised word counts
    opposite: bool  # names the opposite of the topic
    key: str = ""


@dataclass(frozen=True)
class StanceWord:
    value: str  # "+1" | "-1" | "flip" | "not" | "0"
    form: str
    regex: re.Pattern  # the joined form ("ablehnen", "abgelehnt", "warnte")
    split: re.Pattern | None  # separable verb: the verb part ("lehnen"), particle later
    particle: str
    capital: bool = False  # German noun ("Erfolg"): only a capitalised word counts, not "erfolgen"
    key: str = ""


def topic_word(topic: str, form: str, lang: str, opposite: bool) -> TopicWord:
    acronym = len(form) > 1 and form.replace("-", "").replace("*", "").isupper()
    flags = 0 if acronym else re.IGNORECASE
    pattern = word_regex(form, lang, TOPIC_ENDINGS)
    if acronym:  # EU, NATO, CO2: exact case, so "eu" or "nato" inside other text do not count
        pattern = pattern.replace(form.lower().replace("*", ""), re.escape(form.replace("*", "")), 1)
    capital = lang == "de" and (form[:1].isupper() or form.startswith("*"))
    return TopicWord(topic, form, re.compile(pattern, flags), capital, opposite, literal_key(form))


def stance_word(value: str, form: str, lang: str) -> StanceWord:
    if "|" in form:  # separable German verb: particle|stem
        particle, stem = form.split("|", 1)
        joined = re.compile(r"(?<![\w])" + re.escape(particle.lower()) + "(?:ge|zu)?"
                            + word_regex(stem, lang, STANCE_ENDINGS)[len(r"(?<![\w])"):], re.IGNORECASE)
        split = re.compile(word_regex(stem, lang, STANCE_ENDINGS), re.IGNORECASE)
        return StanceWord(value, form, joined, split, particle.lower(), False, literal_key(stem))
    participle = lang == "de" and value in ("+1", "-1", "flip") and form[:1].islower()
    return StanceWord(value, form, re.compile(word_regex(form, lang, STANCE_ENDINGS, participle), re.IGNORECASE),
                      None, "", lang == "de" and form[:1].isupper(), literal_key(form))


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
    return table


@lru_cache(maxsize=None)
def topic_words(lang: str) -> tuple[TopicWord, ...]:
    words = []
    for name, entry in topic_table(lang).items():
        if not isinstance(entry, dict):
            continue
        for key in ("words", "opposite"):
            for form in entry.get(key, []):
                if form.strip("* "):
                    words.append(topic_word(name, form, lang, key == "opposite"))
    return tuple(words)


@lru_cache(maxsize=None)
def key_term_stop(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in topic_table(lang).get("key_term_stop", []))


@lru_cache(maxsize=None)
def stance_words(lang: str) -> tuple[StanceWord, ...]:
    try:
        text = _shipped(f"stance_{lang}.tsv")
    except FileNotFoundError:
        return ()
    words = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip() if line.lstrip().startswith("#") else line.rstrip()
        if not line.strip():
            continue
        value, _, forms = line.partition("\t")
        value = value.strip()
        if value not in ("+1", "-1", "flip", "not", "0"):
            continue
        for form in forms.split():
            words.append(stance_word(value, form, lang))
    return tuple(words)


def reload_topics() -> None:
    """Forget the loaded topic files, so an edited user file is read again."""
    for cached in (topic_table, topic_words, key_term_stop):
        cached.cache_clear()


# ---------------------------------------------------------------- reading clauses


@dataclass
class Hit:
    start: int
    end: int
    value: str
    words: str  # as written, for the evidence ("lehnen … ab")


def stance_hits(clause: str, lang: str) -> list[Hit]:
    """Stance words in one clause, longest first and not overlapping ("nicht nur" beats "nicht")."""
    found: list[tuple[int, int, list[tuple[int, int]], StanceWord]] = []
    text = clause.replace("’", "'")
    low = text.lower()
    for sw in stance_words(lang):
        if sw.key not in low:
            continue
        for m in sw.regex.finditer(text):
            if sw.capital and not text[m.start()].isupper():
                continue
            found.append((m.start(), m.end(), [(m.start(), m.end())], sw))
        if sw.split is not None:
            for m in sw.split.finditer(text):
                particle = re.search(r"(?<![\w])" + re.escape(sw.particle) + r"(?![\w])", text[m.end():], re.IGNORECASE)
                if particle:
                    pb = m.end() + particle.start()
                    found.append((m.start(), m.end(), [(m.start(), m.end()), (pb, pb + len(sw.particle))], sw))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int]] = []
    hits = []
    for start, end, spans, sw in found:
        if any(b < e2 and b2 < e for b, e in spans for b2, e2 in taken):
            continue
        taken.extend(spans)
        words = " … ".join(clause[b:e] for b, e in spans)
        if "~" in sw.form and len(words.split()) > 2:  # a gap: show its ends ("sich … gegen")
            words = words.split()[0] + " … " + words.split()[-1]
        hits.append(Hit(start, end, sw.value, words))
    hits.sort(key=lambda h: h.start)
    return hits


@dataclass
class Reading:
    """What the stance words of one clause say: ``base`` is the sign of the +1/-1 words, ``flip``
    -1 for each flip or negation word; ``ends`` is true when a flip word (stop, end …) stands
    there, ``negations`` are where the negation words end."""

    base: int = 0
    flip: int = 1
    words: list[str] | None = None
    ends: bool = False
    negations: tuple[int, ...] = ()


def clause_reading(clause: str, lang: str) -> Reading:
    total, flip, words, ends, negations = 0, 1, [], False, []
    for hit in stance_hits(clause, lang):
        if hit.value == "0":
            continue
        words.append(hit.words)
        if hit.value in ("flip", "not"):
            flip = -flip
            ends = ends or hit.value == "flip"
            if hit.value == "not":
                negations.append(hit.end)
        else:
            total += int(hit.value)
    return Reading((total > 0) - (total < 0), flip, words, ends, tuple(negations))


NEGATED_TOPIC = re.compile(r"^\s*(?:[\w-]+\s+){0,2}$")  # "keine Deeskalation", "kein weiterer Abzug"


def cue_reading(cue_text: str, lang: str) -> tuple[int, list[str]]:
    r = clause_reading(cue_text, lang)
    return r.base * r.flip, (r.words if r.base else [])


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
    for tw in topic_words(lang):
        if tw.key not in low:
            continue
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


def stance_for(text: str, topic: str, lang: str, cue_value: int, cue_words: list[str],
               key_term: str = "") -> tuple[int, list[str]]:
    """Stance of ``text`` towards ``topic`` (or towards a key term's word) and the deciding words."""
    values: list[int] = []
    evidence: list[str] = []
    for sentence in sentences_and_clauses(text):
        readings = [clause_reading(c, lang) for c in sentence]
        for clause, r in zip(sentence, readings):
            if key_term:
                at = clause.lower().find(key_term.lower())
                match = (1, [], [at]) if at >= 0 else None
            else:
                match = topic_matches(clause, lang).get(topic)
            if match is None:
                continue
            direction, topic_words_seen, starts = match
            base, flip, used = r.base, r.flip, list(r.words or [])
            if base == 0 and cue_value:
                base = cue_value
                used += cue_words
            elif base == 0 and flip == -1 and (r.ends or negated_topic(clause, r.negations, starts)):
                base = 1  # alone, "stoppt den Abzug" and "keine Deeskalation" count as -1
            elif base == 0 and flip == -1:
                flip, used = 1, []  # a negation of something else in the clause
            if base == 0:  # nothing in the clause: the rest of the sentence speaks for it
                total = sum(o.base * o.flip for o in readings if o.base)
                if total:
                    base = (total > 0) - (total < 0)
                    used += [w for o in readings if o.base for w in o.words]
            if base == 0:
                continue
            if direction < 0:
                used += topic_words_seen
            values.append(base * flip * direction)
            evidence += [w for w in used if w not in evidence]
    total = sum(values)
    return (total > 0) - (total < 0), evidence


def negated_topic(clause: str, negations: tuple[int, ...], starts: list[int]) -> bool:
    """True when a negation stands right before a topic word (at most two words between)."""
    return any(end <= start and NEGATED_TOPIC.match(clause[end:start]) for end in negations for start in starts)


def assess(quote_text: str, cue_text: str, lang: str, *, frame_text: str = "") -> tuple[list[str], dict[str, int], dict[str, list[str]]]:
    """Topics, stance per topic and the words that decided each stance.

    ``frame_text`` is the sentence around the statement (cue, speaker, quote). When the quote
    itself names no topic, topics and stance are read from the frame, as in "begrüßte den
    Truppenabzug als «ersten Schritt»" or "warb für die Pipeline"."""
    lang = lang if lang in ("de", "en") else "de"
    cue_value, cue_words = cue_reading(cue_text, lang)
    text = quote_text
    topics = topics_in(quote_text, lang)
    if not topics and frame_text:
        rest = frame_text.replace("\xa0", " ")  # the frame may come from the cleaned text
        for part in quote_text.replace("\xa0", " ").split(" … "):
            if part.strip():
                rest = rest.replace(part, " … ")
        topics = topics_in(rest, lang)
        if topics:
            text = rest
    stance: dict[str, int] = {}
    evidence: dict[str, list[str]] = {}
    for topic in topics:
        stance[topic], evidence[topic] = stance_for(text, topic, lang, cue_value, cue_words)
    if not topics:
        for term, word in key_terms(quote_text, lang):
            topic = KEY_TERM_MARK + term
            if topic in stance:
                continue
            topics.append(topic)
            stance[topic], evidence[topic] = stance_for(quote_text, topic, lang, cue_value, cue_words, key_term=word)
    return topics, stance, evidence


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
    low = word.lower()
    return any(low.endswith(r) or low.endswith(r + "in") for r in role_nouns(lang))


@lru_cache(maxsize=None)
def german_tag(word: str) -> str:
    from .nlp_de import cheap_tag  # HanTa only for words it has memorised: key terms are a hint

    return cheap_tag(word)


@lru_cache(maxsize=None)
def german_noun_lemma(word: str) -> str:
    """HanTa's lemma when the word is a common noun (NN), else "" (names, pronouns, verbs).
    In a hyphenated compound only the last part is lemmatised ("Sundbund-Staaten")."""
    from .nlp_de import analyse_word, tagger  # shares the German rules' caches; imported when first needed

    head, _, last = word.rpartition("-")
    memorised = tagger().cache
    if last.lower() in memorised:
        lemma, tag = analyse_word(last)
    else:
        # A word HanTa has not memorised is mostly a long compound, whose full analysis costs
        # ~1 ms: lemmatise its longest memorised noun tail instead ("Familienväter" -> "vater").
        # Without such a tail (names, foreign words) HanTa decides after all.
        low = last.lower()
        for i in range(1, len(low) - 3):  # tails of four letters or more
            if low[i:] in memorised:
                tail_lemma, tail_tag = analyse_word(last[i:].capitalize())
                if tail_tag == "NN":
                    lemma, tag = last[:i] + tail_lemma.lower(), "NN"
                    break
        else:
            lemma, tag = analyse_word(last)
    if tag != "NN":
        return ""
    return f"{head}-{lemma}" if head else lemma


def english_nouns(text: str) -> list[tuple[str, str]]:
    """Common nouns of an English quote from the trained pipeline; none with the blank one."""
    from .nlp_en import is_trained, load_english  # imported when first needed: it loads spaCy

    nlp = load_english()
    if not is_trained(nlp):
        return []
    nouns = [t for t in nlp(text) if t.pos_ == "NOUN" and t.is_alpha]
    # Subjects last: in "The ministry welcomed the findings" the findings are the matter.
    nouns.sort(key=lambda t: t.dep_ in ("nsubj", "nsubjpass"))
    return [(t.lemma_.lower(), t.text) for t in nouns]


# ---------------------------------------------------------------- position changes


def find_changes(statements: list[Statement], *, include_key_terms: bool = False) -> list[PositionChange]:
    """For each actor and topic in time order, a change is where a non-zero stance differs from
    the actor's latest non-zero stance on that topic in an earlier article.

    Order: statement date, then article, then place in the article, so ties are stable.
    Undated statements have no place in time and are left out. One article is compared with
    earlier articles only, and gives at most one change per actor and topic. Key terms ('#…')
    are guesses, not topics a person configured, so by default they make no changes."""
    dated = [s for s in statements if s.speaker and s.date]
    ordered = sorted(dated, key=lambda s: (s.date, s.article_id, s.quote[0][0] if s.quote else 0, s.id))
    history: dict[tuple[str, str], list[Statement]] = {}
    reported: set[tuple[str, str, str]] = set()
    changes: list[PositionChange] = []
    for s in ordered:
        for topic, value in s.stance.items():
            if not value or (is_key_term(topic) and not include_key_terms):
                continue
            key = (s.speaker, topic)
            earlier = history.setdefault(key, [])
            prev = next((p for p in reversed(earlier) if p.article_id != s.article_id), None)
            if prev is not None and prev.stance[topic] != value and (*key, s.article_id) not in reported:
                reported.add((*key, s.article_id))
                changes.append(PositionChange(s.speaker, topic, prev.id, s.id, prev.date, s.date,
                                              prev.stance[topic], value))
            earlier.append(s)
    return changes
