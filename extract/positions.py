"""Topics, stance and position changes."""
from __future__ import annotations

from .model import PositionChange, Statement


def assess(quote_text: str, cue_text: str, lang: str) -> tuple[list[str], dict[str, int], dict[str, list[str]]]:
    """Topics, stance per topic and the words that decided each stance.
    First cut: no topic lexicon yet, so nothing is assigned (issue 7 adds it)."""
    return [], {}, {}


def find_changes(statements: list[Statement]) -> list[PositionChange]:
    """For each actor and topic in time order, a change is where a non-zero stance differs from
    the actor's previous non-zero stance on that topic in an earlier article."""
    ordered = sorted((s for s in statements if s.speaker), key=lambda s: (s.date or "", s.id))
    last: dict[tuple[str, str], Statement] = {}
    changes: list[PositionChange] = []
    for s in ordered:
        for topic, value in s.stance.items():
            if not value:
                continue
            key = (s.speaker, topic)
            prev = last.get(key)
            if prev is not None and prev.article_id != s.article_id and prev.stance[topic] != value:
                changes.append(PositionChange(s.speaker, topic, prev.id, s.id, prev.date, s.date,
                                              prev.stance[topic], value))
            last[key] = s
    return changes
