"""The position of a body, told by the narrator, carried to the person who speaks for it.

Agency style tells a body's position in one sentence and lets its head or spokesperson give the
reason in the next ("Der Landesverband hat das Programm begrüßt. Verbandschef X sprach von einem
„Festtag“"; "… setzt sich der Bund der Steuerzahler ein; dessen Landeschef X sprach von …"). The
person's statement carries no stance word of its own, yet a coder reads it as the body's position
voiced by its head. A statement of a person takes the stance of the statement right before it
when:

- it has no stance, is no question and names no number (numbers and questions stay no stance);
- it is about the body's position: it names no point in time ("die Mitgliederversammlung finde im
  Oktober statt", "der Kindergarten werde im Herbst eröffnet": an event or plan, frames_de.told_as_event), the
  cue adds no other matter ("sagte zudem / außerdem", data/other_matter_<lang>.txt), and the
  speaker sets no view of her own apart ("ich hätte anders entschieden", frames_de.view_apart);
- the statement before is a body's (not a person's) and has a stance, and the person's statement
  begins in the same or the next sentence;
- the person's role speaks for that body: a possessive before the role ("dessen Landeschef"), the
  body word of the role in the body's name ("Verbandschefin" after "Landesverband …"), a bare head
  role ("Präsidentin", "der Vorsitzende"), or an office of the body's kind ("Bürgermeisterin" after
  "die Gemeinde", "Handelsminister" after "die Regierung"; data/body_heads_<lang>.tsv).

Another body's office holder ("Der Mieterbund ist gegen X. Finanzminister Y sagte …") keeps none.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..actors.lexicon import _data_lines, data_rows
from ..model import Actor, Statement

POSSESSIVES = frozenset({"dessen", "deren", "sein", "seine", "seiner", "ihr", "ihre", "ihrer"})
SENTENCE_END = re.compile(r"[.!?][\"'«»“”„]?\s")
PERSON = "person"


@lru_cache(maxsize=4)
def body_heads(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(body words, role heads) rows of data/body_heads_<lang>.tsv; () for a language without one."""
    return tuple((tuple(bodies.split()), tuple(heads.split()))
                 for bodies, heads in data_rows(f"body_heads_{lang}.tsv", 2))


def role_is(role: str, heads: tuple[str, ...], bare: bool) -> bool:
    """Is ``role`` (lower case) one of ``heads`` (bare: the whole word), or a compound ending in one?"""
    forms = [h for head in heads for h in (head, head + "in")]
    return role in forms if bare else any(role.endswith(h) for h in forms)


def head_roles(lang: str) -> tuple[str, ...]:
    return next((heads for bodies, heads in body_heads(lang) if bodies == ("*",)), ())


def office_of(role: str, body: str, lang: str) -> bool:
    """Is ``role`` (lower case) the office of a body named ``body`` (lower case): a word of the name
    ending in a body noun of its row ("Landesregierung" for "Innenministerin", not "Gemeinderat"
    for "Bürgermeister"), or the role's own body word ending a word of the name ("Verbandschefin"
    for "Sozialverband", "Vereinspräsidentin" for "Gewerbeverein")?"""
    words = re.findall(r"\w+", body)
    if any(w.startswith(other_body_words(lang)) for w in words):
        return False  # (the neighbouring or a partner body: "Der Nachbarkreis unterstütze X, teilte Landrätin Y mit")
    prefix = role.rpartition("-")[0]  # ("cdu-fraktionschef": the head of that party's group only)
    for bodies, heads in body_heads(lang):
        if bodies != ("*",) and role_is(role, heads, bare=False) and any(w.endswith(b) for w in words for b in bodies) \
                and not (prefix in bodies and prefix not in words):
            return True
    for head in head_roles(lang):
        for h in (head + "in", head):
            if role.endswith(h) and len(role) > len(h) + 3:
                stem = role[:-len(h)]
                stems = {stem, stem[:-1]} if stem.endswith("s") else {stem}
                return any(len(x) >= 4 and w.endswith(x) for x in stems for w in words)
    return False


SPOKESPERSON = ("sprecherin", "sprecher")


def spokesperson_of(role: str, source: str, lang: str) -> bool:
    """Does the spokesperson ``role`` (lower case: "vizeregierungssprecher", "rathaussprecherin") speak for the
    source ``source`` (lower case words: "auffassung der kanzlerin", "ansicht des bürgermeisters")? The source
    is her body (office_of) or a body or office of her role's row of data/body_heads_<lang>.tsv ("Kanzlerin" for a
    "Regierungssprecher"). A spokesperson has no view of her own: "nach Auffassung der Kanzlerin ist X
    unverzichtbar, teilte Regierungssprecher Y mit" is her office's position, which she voices."""
    stem = next((role[:-len(h)] for h in SPOKESPERSON if role.endswith(h)), "")
    if len(stem) < 4:
        return False  # (a bare "Sprecher" names no office of its own)
    if office_of(role, source, lang):
        return True
    words = re.findall(r"\w+", source)
    if any(w.startswith(other_body_words(lang)) for w in words):
        return False  # ("nach Ansicht der Nachbarstadt": another body)
    forms = {f for w in words for f in (w, w[:-1], w[:-2]) if len(f) >= 4}  # ("des Landrats")
    return any((role_is(role, heads, bare=False) or any(stem.endswith(b) for b in bodies))
               and any(role_is(f, heads, bare=True) or f.endswith(bodies) for f in forms)
               for bodies, heads in body_heads(lang) if bodies != ("*",))


@lru_cache(maxsize=4)
def other_body_words(lang: str) -> tuple[str, ...]:
    """data/other_body_words_<lang>.txt: how a name begins that names a body other than the speaker's own."""
    return tuple(line.strip().casefold() for line in _data_lines(f"other_body_words_{lang}.txt"))


def speaks_for(actor: Actor, mention: str, body: str, lang: str) -> bool:
    """Does the person ``actor``, named as ``mention``, speak for the body named ``body`` just before?"""
    role, body = actor.role.casefold(), body.casefold()
    first = mention.split()[0].casefold() if mention.split() else ""
    if first in POSSESSIVES:
        return bool(role)
    if another_body(mention, actor.role, body):
        return False
    if actor.affiliation and actor.affiliation.casefold() in body:
        return True
    return role_is(role, head_roles(lang), bare=True) or office_of(role, body, lang)


def another_body(mention: str, role: str, body: str) -> bool:
    """The mention names the body the role heads in the genitive ("Der Bürgermeister der Nachbargemeinde
    Obertal, Y", "Die Präsidentin des Hauseigentümerverbands, Y", "Der Chef der Supermarktkette X, Y"),
    and that is not ``body`` (lower case): the head of another body, not this one's voice. The name
    ends at the first small word ("der Grünen-Fraktion im Kreistag": "Grünen-Fraktion")."""
    m = role and re.search(rf"\b{re.escape(role)}\s+(?:des|der)\s+([^,]+)", mention)
    if not m:
        return False
    words = re.findall(r"\w+", body)
    named = re.findall(r"\w+", m.group(1))
    named = [w.casefold() for w in named[:next((k for k, w in enumerate(named) if w.islower()), len(named))] if len(w) > 2]
    forms = ({w, w[:-1], w[:-2]} if w.endswith("es") else {w, w[:-1]} if w.endswith("s") else {w} for w in named)
    return not all(any(b.endswith(f) or b.startswith(f) for f in fs for b in words) for fs in forms)


@lru_cache(maxsize=4)
def other_matter(lang: str) -> frozenset[str]:
    """data/other_matter_<lang>.txt: adverbs by which a speaker adds another matter ("sagte zudem")."""
    return frozenset(line.strip().casefold() for line in _data_lines(f"other_matter_{lang}.txt"))


def about_the_body(s: Statement, text: str, lang: str) -> bool:
    """Is the person's statement about the position told before it: no point in time in what she
    says, no "zudem" in the cue, no view of her own set apart (see the module)?"""
    b, e = span_of(s)
    told = re.findall(r"\w+", text[b:e].casefold())
    if not other_matter(lang).isdisjoint(told):
        return False
    if lang != "de":
        return True
    from .frames_de import clauses_in, told_as_event, view_apart  # (German only: the caller has German data)

    return not any(told_as_event(c) or view_apart(c) for clauses in clauses_in(s.quote_text, lang) for c in clauses)


def span_of(s: Statement) -> tuple[int, int]:
    spans = [*s.quote, *s.cue, *s.speaker_mention]
    return min(b for b, _ in spans), max(e for _, e in spans)


@lru_cache(maxsize=None)
def question_openers() -> frozenset[str]:
    """The words that open a reported question ("ob", "wer", "wie"): de.tokens' content openers but "dass"."""
    from ..de.tokens import CONTENT_OPENERS  # (German only, read once: the caller has German data)

    return frozenset(CONTENT_OPENERS - {"dass", "daß"})


def carries_none(s: Statement, text: str) -> bool:
    """No stance, no number, no question: neither a direct one ("…?") nor a reported one ("fragte,
    wer die Schulwege bezahlen solle", "ob …": a question opener or a cue of asking)."""
    first = re.match(r"\W*(\w+)", s.quote_text)
    asked = any(text[b:e].casefold().startswith("frag") for b, e in s.cue) \
        or first is not None and first.group(1).casefold() in question_openers()
    return not any(s.stance.values()) and not re.search(r"\d", s.quote_text) and not asked \
        and not s.quote_text.rstrip(" “”\"'»«").endswith("?")


def spoken_for(statements: list[Statement], actors: dict[str, Actor], text: str, lang: str) -> list[Statement]:
    """The statements, where a person speaks for the body whose position was told just before
    with that body's stance (see the module)."""
    if not body_heads(lang):
        return statements  # (a language without data/body_heads_<lang>.tsv: not read yet)
    order = sorted(range(len(statements)), key=lambda i: span_of(statements[i]))
    out = list(statements)
    for before, i in zip(order, order[1:]):
        s, t = statements[i], statements[before]
        actor = actors.get(s.speaker or "")
        if actor is None or actor.kind != PERSON or not carries_none(s, text):
            continue
        if not t.speaker or t.speaker_kind == PERSON or not any(t.stance.values()):
            continue
        gap = text[span_of(t)[1]:span_of(s)[0]]
        if len(SENTENCE_END.findall(gap + " ")) > 1 or span_of(t)[0] >= span_of(s)[0] or not about_the_body(s, text, lang):
            continue  # (the sentences read last: the one test that parses them)
        mention = " ".join(text[b:e] for b, e in s.speaker_mention)
        if speaks_for(actor, mention, t.speaker_name, lang):
            out[i] = replace(s, stance=dict(t.stance), stance_evidence={k: list(v) for k, v in t.stance_evidence.items()},
                             topics=[*t.topics, *(x for x in s.topics if x not in t.topics)])
    return out
