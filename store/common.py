"""What both database layouts share: errors, the add result, how a Statement is stored, and the
document changes a correction makes (the same rules whichever layout stores the documents)."""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from extract.model import KINDS, Statement

from .storage import copy_doc


class StoreError(Exception):
    """The database cannot be used: unreadable, not ours, newer schema, locked, unknown id."""


class StoreWarning(UserWarning):
    """Something in the database could not be read as it is and was read another way; nothing
    was changed or lost."""


KNOWN_LANGS = ("de", "en")  # the article languages the extractor reads (extract.pipeline.LANGUAGES)


def known_langs(langs: Iterable[tuple[str, Any]], path: Any, reported: set[str]) -> dict[str, str]:
    """Article id -> language, of the articles whose stored language is a known code. Another
    value (a list, a number, "fr") is read as unknown (hedge words of both languages) and told
    once per article (``reported``: the ids told so far) as a StoreWarning naming the file."""
    out: dict[str, str] = {}
    bad: list[str] = []
    for aid, lang in langs:
        if isinstance(lang, str) and lang in KNOWN_LANGS:
            out[aid] = lang
        elif lang not in ("", None) and aid not in reported:
            reported.add(aid)
            bad.append(f"{aid} ({lang!r})")
    if bad:
        warnings.warn(f"{path}: {len(bad)} article(s) with a language that is not one of "
                      f"{', '.join(KNOWN_LANGS)}: {', '.join(bad[:5])}{' ...' if len(bad) > 5 else ''}. "
                      "Their statements are read in both languages; the file was left untouched",
                      StoreWarning, stacklevel=3)
    return out


class UnknownId(StoreError, KeyError):
    """No article, actor or statement with that id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass
class AddResult:
    article_id: str
    new: bool
    statements: int
    actors: int
    actor_ids: list[str]
    statement_ids: list[str]
    new_actor_ids: list[str] = field(default_factory=list)  # actors this add created


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_BY_HAND = "set by hand"  # the stance evidence of a stance a person set
_SPAN_FIELDS = ("quote", "speaker_mention", "cue")
_ALWAYS = {"id", "article_id", "quote", "quote_text", "kind", "speaker", "date", "topics", "stance"}


def _statement_doc(st: Statement) -> dict[str, Any]:
    """A Statement as a stored document, fast (dataclasses.asdict is 10x slower at 100k).
    Fields left empty ([], {}, "", False, None) are not stored: Statement.from_dict restores them."""
    d: dict[str, Any] = {}
    for k, v in vars(st).items():
        if k in _SPAN_FIELDS:
            v = [list(span) for span in v]
        elif isinstance(v, list):
            v = list(v)
        elif isinstance(v, dict):
            v = {a: list(b) if isinstance(b, (list, tuple)) else b for a, b in v.items()}
        empty = v is None or v is False or (isinstance(v, (str, list, dict)) and not v)
        if empty and k not in _ALWAYS:
            continue
        d[k] = v
    return d


def _stance_value(v: Any) -> int:
    if v not in (-1, 0, 1) or isinstance(v, bool):
        raise ValueError(f"a stance is -1, 0 or +1, not {v!r}")
    return int(v)


# --- the document changes of corrections (the same in every layout) ----------------------------
EDITABLE = frozenset({"kind", "quote_text", "date", "date_precision", "date_source", "topics",
                      "stance", "stance_evidence", "confidence"})


def clean_name(new_name: str) -> str:
    new_name = " ".join(new_name.split())
    if not new_name:
        raise ValueError("an actor's name cannot be empty")
    return new_name


def renamed(a: dict[str, Any], new_name: str) -> str:
    """Give actor document ``a`` its new name, the old one becoming an alias; returns the old name."""
    old = a["name"]
    aliases = [x for x in a.get("aliases", []) if x.casefold() != new_name.casefold()]
    if old != new_name and old.casefold() not in (x.casefold() for x in aliases):
        aliases.append(old)
    a["name"], a["aliases"] = new_name, aliases
    return old


def merged_into(keep: dict[str, Any], other: dict[str, Any]) -> None:
    """Actor ``keep`` takes ``other``'s names as aliases, and its role etc. where it has none."""
    have = {keep["name"].casefold()} | {x.casefold() for x in keep.get("aliases", [])}
    for name in [other["name"], *other.get("aliases", [])]:
        if name.casefold() not in have:
            keep.setdefault("aliases", []).append(name)
            have.add(name.casefold())
    for f in ("role", "affiliation"):
        keep[f] = keep.get(f) or other.get(f, "")
    if keep.get("kind", "unknown") == "unknown":
        keep["kind"] = other.get("kind", "unknown")


def checked_edit(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of an edit_statement, checked and normalised (ValueError when not allowed)."""
    bad = set(fields) - EDITABLE
    if bad:
        raise ValueError(f"cannot edit {', '.join(sorted(bad))}; editable: "
                         f"{', '.join(sorted(EDITABLE))} (speaker: use reassign)")
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    if "date" in fields and fields["date"] is not None and not isinstance(fields["date"], str):
        raise ValueError("date must be an ISO string or None")
    if "topics" in fields:
        fields["topics"] = list(dict.fromkeys(str(t) for t in fields["topics"]))
    if "stance" in fields:
        fields["stance"] = {str(t): _stance_value(v) for t, v in dict(fields["stance"]).items()}
    return fields


def apply_edit(st: dict[str, Any], fields: dict[str, Any]) -> None:
    """Statement document ``st`` with checked ``fields``: a stance changed by hand gets that as
    its evidence, a topic taken away takes its stance with it."""
    old_stance = dict(st.get("stance") or {})
    st.update(copy_doc(fields))
    if "stance" in fields and "stance_evidence" not in fields:
        evidence = st.setdefault("stance_evidence", {})
        for t, v in st["stance"].items():
            if old_stance.get(t) != v:
                evidence[t] = [_BY_HAND]
    if "topics" in fields:
        for key in ("stance", "stance_evidence"):
            st[key] = {t: v for t, v in (st.get(key) or {}).items() if t in st["topics"]}
    st["edited"] = True


def apply_stance(st: dict[str, Any], topic: str, value: int) -> None:
    st.setdefault("stance", {})[topic] = value
    if topic in (st.get("recalled") or ()) and topic in (st.get("recalled_stance") or {}):
        st["recalled_stance"][topic] = value  # only recalled: change detection reads the recalled value
    if topic not in st.setdefault("topics", []):
        st["topics"].append(topic)
    st.setdefault("stance_evidence", {})[topic] = [_BY_HAND]
    st["edited"] = True
