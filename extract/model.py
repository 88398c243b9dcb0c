"""The data model shared by extract/, store/ and tui/: plain dataclasses, JSON-friendly.

All character offsets are Python string indices into ``Article.text``.
Dates are ISO strings ("2022-02-15") or None when unknown.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

KINDS = ("direct", "indirect", "reported", "free_indirect", "partial")
ACTOR_KINDS = ("person", "organisation", "country", "group", "unknown")
PRECISIONS = ("day", "week", "month", "year")


def article_id(text: str) -> str:
    """Id of an article: a hash of its normalised text, so the same text twice is one article."""
    norm = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    norm = " ".join(norm.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def statement_id(article: str, quote: list[Span]) -> str:
    """Stable id: the same quote spans in the same article always get the same id,
    so re-extraction can find a person's earlier correction."""
    key = article + ":" + ";".join(f"{b}-{e}" for b, e in quote)
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _known_fields(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``d`` that are fields of the dataclass (stored records may carry more)."""
    return {k: d[k] for k in cls.__dataclass_fields__ if k in d}


@dataclass
class Article:
    id: str
    text: str
    title: str = ""
    source: str = ""  # outlet or agency, e.g. "dpa"
    dateline: str = ""  # e.g. "MOSKAU"
    published: str | None = None  # ISO date, None when unknown
    published_source: str = ""  # "user" | "meta" | "text" | "filename" | ""
    lang: str = "de"
    origin: str = "pasted"  # path, "pasted" or "stdin"
    added_at: str = ""  # ISO timestamp

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(**_known_fields(cls, d))


@dataclass
class Actor:
    id: str
    name: str  # canonical, e.g. "Wladimir Putin"
    aliases: list[str] = field(default_factory=list)  # "Putin", "Kremlchef", ...
    kind: str = "unknown"  # one of ACTOR_KINDS
    role: str = ""  # "Präsident"
    affiliation: str = ""  # "Russland"
    # English, a name of one word read as a body for want of a first name: "person" where its article
    # refers to it as one ("Deputy Considine, who …"), "body" where as a body ("Harland, the firm, said it")
    read_as: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        return cls(**_known_fields(cls, d))


@dataclass
class Statement:
    id: str
    article_id: str
    quote: list[Span]  # content spans; several when discontinuous
    quote_text: str
    kind: str  # one of KINDS
    speaker: str | None = None  # actor id; None when unattributable ("hieß es")
    speaker_name: str = ""  # canonical name at extraction time (for display and batch output)
    speaker_kind: str = ""  # actor kind at extraction time
    speaker_mention: list[Span] = field(default_factory=list)  # where the speaker stands in the frame
    cue: list[Span] = field(default_factory=list)  # speech verb, "laut", "zufolge", ...
    date: str | None = None  # when it was said
    date_precision: str = "day"  # one of PRECISIONS
    date_source: str = "published"  # the words that dated it, or "published"
    topics: list[str] = field(default_factory=list)
    stance: dict[str, int] = field(default_factory=dict)  # target or topic -> -1 | 0 | +1
    stance_evidence: dict[str, list[str]] = field(default_factory=dict)  # target or topic -> deciding words
    recalled: list[str] = field(default_factory=list)  # stance keys only recalled ("hatte sich … ausgesprochen")
    # every position the statement recalls (also one it now takes anew or reverses) and when it was held
    recalled_stance: dict[str, int] = field(default_factory=dict)
    recalled_date: str | None = None  # from the recalling clause's time words; else no later than the statement
    # targets the statement says the speaker turned around on, the new position unsaid ("Kehrtwende bei X")
    reversed: list[str] = field(default_factory=list)
    confidence: float = 1.0
    edited: bool = False  # a person corrected it: re-extraction never overwrites it

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["quote"] = [list(s) for s in self.quote]
        d["speaker_mention"] = [list(s) for s in self.speaker_mention]
        d["cue"] = [list(s) for s in self.cue]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Statement":
        s = cls(**_known_fields(cls, d))
        s.quote = [tuple(x) for x in s.quote]
        s.speaker_mention = [tuple(x) for x in s.speaker_mention]
        s.cue = [tuple(x) for x in s.cue]
        return s


@dataclass
class PositionChange:
    actor: str  # actor id
    topic: str  # the configured topic of the target, or the target itself
    before: str  # statement id
    after: str  # statement id
    before_date: str | None
    after_date: str | None
    before_stance: int
    after_stance: int
    target: str = ""  # what the actor changed position on ("Seilbahn"); "" for a topic-level change
    before_words: list[str] = field(default_factory=list)  # the words that decided each stance
    after_words: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """What extraction gives for one article text. Actor ids here are local to the article
    (the store matches them to known actors)."""

    article: Article
    statements: list[Statement]
    actors: list[Actor]


@dataclass
class Mention:
    """A name, role phrase, organisation or pronoun in the text, as the language rules saw it.
    ``kind_hint`` is "person" | "organisation" | "place" | "group" (people named by what they are:
    'Marenian fishermen') | "name" (a name, kind unknown) | "" (unknown)."""

    span: Span
    text: str
    kind_hint: str = ""
    is_subject: bool = False
    whole: bool = False  # a body's name the language rules read whole: the actors take it as written
    one_word: bool = False  # a body's name (whole or the NER's) that a longer speaker phrase holds as one word
    role: str = ""  # a person's role the language rules read from the parse around the name (extract/en/read_roles.py)
    # in a clause a subordinator opens and its verb closes ("Nachdem X … erklärt hatte, …"): a speaker
    # there is no subject a later "er" takes up before the main clause's
    subordinate: bool = False


@dataclass
class Found:
    """One statement as the language rules found it, before actors, dates and positions."""

    quote: list[Span]
    kind: str
    cue: list[Span] = field(default_factory=list)
    speaker_mention: list[Span] = field(default_factory=list)  # empty: no speaker in the frame
    frame: Span | None = None  # the sentence(s) holding quote, cue and speaker (used for dating)
    unattributed: bool = False  # "hieß es", agentless passive: kept with no actor on purpose
    confidence: float = 1.0
    role: str = ""  # the speaker's role where the rules read it apart from the mention (an interview's bio line)


@dataclass
class Analysis:
    """What a language module returns for one text."""

    statements: list[Found]
    mentions: list[Mention]  # every name / organisation mention, in text order
    tokens: int = 0
    quotes: list[Span] | None = None  # (opening mark, closing mark) of every quote, when the rules paired them
