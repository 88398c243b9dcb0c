"""One article text in, statements with speakers, dates and positions out.

    text ─► language rules (de/, en/) ─► actors ─► dates ─► topics + stance
"""
from __future__ import annotations

import importlib
from datetime import datetime, timezone
from typing import Callable

from . import dates, positions
from .actors.article import give_read_roles
from .chunks import PieceActors, analyse_in_pieces
from .collection import fewer_collections
from .model import Actor, Analysis, Article, Extraction, Found, Span, Statement, article_id, statement_id
from .reading import clean_same_length, detect_language, find_marker

# language -> module with its rules; imported on first use (each loads its own NLP pipeline)
LANGUAGES = {"de": "extract.de", "en": "extract.en"}


def analyser(lang: str) -> Callable[[str], Analysis]:
    """The rules of the language (extract/german.py, extract/english.py)."""
    return importlib.import_module(LANGUAGES[lang]).analyse


@fewer_collections()  # (collection.py: fewer garbage collections over the long-lived heap)
def extract_article(
    text: str,
    *,
    lang: str | None = None,
    published: str | None = None,
    title: str = "",
    source: str = "",
    dateline: str = "",
    origin: str = "pasted",
    filename: str | None = None,
    meta_date: str | None = None,
) -> Extraction:
    """Extract one article. ``published`` is what the user gave (ISO); otherwise it is looked
    for in metadata, the text and the file name, and left unknown when none is found."""
    lang = lang if lang in LANGUAGES else detect_language(text)
    published_source = "user" if published else ""
    if not published:
        published, published_source = dates.find_published(text, lang, filename=filename, meta_date=meta_date)
    article = Article(
        id=article_id(text), text=text, title=title or first_line(text), source=source, dateline=dateline,
        published=published, published_source=published_source, lang=lang, origin=origin,
        added_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    clean = clean_same_length(text)
    pieces = analyse_in_pieces(clean, lang, analyser(lang))  # one piece unless very long (chunks.py)
    marker = find_marker(clean)
    statements: list[Statement] = []
    for found, resolver in pieces.statements:
        if marker is not None:
            found.quote = without_dateline(found.quote, marker.span)
            if not found.quote:
                continue
        actor = speaker_of(found, resolver)
        if actor is not None and found.role and not actor.role:
            actor.role = found.role  # read apart from the mention: "Lea Gasser ist Schulpräsidentin …"
        statements.append(build_statement(found, actor, article, clean, marker.span if marker else None))
    final = {a.id: a for a in pieces.actors}
    statements = positions.spoken_for(statements, final, clean, lang)
    for resolver in pieces.resolvers:
        give_read_roles(resolver.actors.read_roles)  # roles read from the parse describe, after the speakers are read
    for st in statements:  # an actor resolved before the article gave its full name ("says agency chief", then "Dame X")
        if st.speaker in final:
            st.speaker_name, st.speaker_kind = final[st.speaker].name, final[st.speaker].kind
    used = {s.speaker for s in statements}
    actors = [a for a in pieces.actors if a.id in used]
    return Extraction(article=article, statements=statements, actors=actors)


def speaker_of(found: Found, resolver: PieceActors) -> Actor | None:
    """The actor of the first speaker mention that names one ("des Städtetags", then "Angaben
    des Städtetags"); None for an unattributed statement."""
    for mention in found.speaker_mention if not found.unattributed else []:
        actor = resolver.resolve(mention)
        if actor is not None:
            return actor
    return None


def holder_named(found: Found, actor: Actor | None) -> bool:
    """Whether a stance of the statement has someone to hold it: its actor, or a speaker mention its article
    resolves to nobody but the store may resolve across articles ("Die Landrätin unterstützt inzwischen X" for
    the Landrätin named in an earlier article). An unattributed statement, with no speaker mention, has none."""
    return actor is not None or bool(found.speaker_mention) and not found.unattributed


def build_statement(found: Found, actor: Actor | None, article: Article, clean: str,
                    dateline: Span | None = None) -> Statement:
    """One found statement with its speaker, dated (dates) and judged (positions); ``dateline`` is
    the agency marker's span, which the clause read for a stance starts after."""
    text, lang, published = article.text, article.lang, article.published
    quote_text = " … ".join(text[b:e] for b, e in found.quote)
    frame = found.frame or (found.quote[0][0], found.quote[-1][1])
    # without a cue, a future date in the frame is what the statement is about, not when it was said
    cue = found.cue[0] if found.cue else None
    # the content of indirect speech dates what was said about, not the saying, unless the
    # cue itself stands inside it (reported speech quotes the whole clause)
    content = [q for q in found.quote if not (cue and q[0] <= cue[0] < q[1])]
    when = dates.date_statement(clean, frame, published, lang, cue_span=cue,
                                allow_future=None if cue else False, content=content)
    cue_text = " ".join(clean[b:e] for b, e in found.cue)
    said = positions.judge(quote_text, cue_text, lang, frame_text=clean[stance_start(frame, dateline, lang):frame[1]],
                           speaker=" ".join([clean[b:e] for b, e in found.speaker_mention] + [actor.name if actor else ""]),
                           context=clean[:frame[0]], held=holder_named(found, actor))
    earlier = recalled_date(said, when, published, lang)
    recalled_at = earlier.date if earlier is not when else None  # only a time of its own words
    if set(said.recalled) == set(said.stance):
        when = earlier  # a statement that only recalls is dated to the time it recalls
    return Statement(
        id=statement_id(article.id, found.quote), article_id=article.id, quote=list(found.quote),
        quote_text=quote_text, kind=found.kind, speaker=actor.id if actor else None,
        speaker_name=actor.name if actor else "", speaker_kind=actor.kind if actor else "",
        speaker_mention=list(found.speaker_mention), cue=list(found.cue), date=when.date,
        date_precision=when.precision, date_source=when.source, topics=said.topics, stance=said.stance,
        stance_evidence=said.evidence, recalled=said.recalled, recalled_stance=said.recalled_stance,
        recalled_date=recalled_at, reversed=said.reversed, confidence=found.confidence,
    )


def stance_start(frame: Span, dateline: Span | None, lang: str) -> int:
    """Where the clause read for a stance starts: after an English agency dateline that opens it
    ("PEMBERLINE, Mass. (AP) — Scrap the toll …"), which the parser otherwise joins to the clause (as
    its subject, or before an imperative, which then no longer opens it)."""
    if lang == "en" and dateline is not None and dateline[0] <= frame[0] < dateline[1] < frame[1]:
        return dateline[1]
    return frame[0]


def recalled_date(said: positions.Judgement, when: dates.StatementDate, published: str | None,
                  lang: str) -> dates.StatementDate:
    """When the positions a statement recalls ("hatte sich im Januar gegen X ausgesprochen") were
    held: the time words of the recalling clause, where it has them; else ``when`` itself."""
    if not said.recalled_stance or not said.recalled_clause:
        return when
    earlier = dates.date_recalled(said.recalled_clause, published or when.date, lang)
    if earlier.source == "published" or not earlier.date or (when.date and earlier.date > when.date):
        return when  # no time words, or none before the saying: held by then at the latest
    return earlier


def without_dateline(spans: list[Span], dateline: Span) -> list[Span]:
    """Quote spans with the agency dateline ("VALDORA (dpa) — ") cut off: it opens the first
    sentence but is never part of what anyone said."""
    out = []
    for b, e in spans:
        if dateline[0] <= b < dateline[1]:
            b = dateline[1]
        if b < e:
            out.append((b, e))
    return out


def first_line(text: str, limit: int = 120) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""
