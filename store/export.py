"""Exports of the (filtered) timeline: JSON with the keys DESIGN.md fixes, CSV with one row per
statement, and GraphML networks (networkx) for discourse-network analysis in Gephi or networkx."""
from __future__ import annotations

import csv
import json
import os
import warnings
from collections import defaultdict
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path
from typing import IO, Any, Iterator

import networkx as nx

from extract.model import Article, PositionChange, Statement
from extract.positions import is_key_term

from . import DamagedDayFile, Filter, Store, StoreWarning
from .storage import remove_quietly, temp_beside

ARTICLE_KEYS = ("id", "title", "source", "published", "lang", "origin")
ACTOR_KEYS = ("id", "name", "aliases", "kind", "role", "affiliation")
STATEMENT_KEYS = ("id", "article_id", "speaker", "quote_text", "kind", "date", "date_source",
                  "topics", "stance", "edited")
CSV_COLUMNS = ("id", "date", "actor", "actor_id", "kind", "quote_text", "topics", "stance",
               "article_id", "article_title", "source", "published", "date_source", "confidence",
               "edited")


def _unfiltered(filt: Filter) -> bool:
    return filt in (Filter(), Filter(include_rejected=True))


def _readable_articles(store: Store, ids: list[str]) -> list[Article]:
    """The articles of these ids; those of a day whose file cannot be read are left out, said
    once per file (their statements are exported: the index has them)."""
    out, told = [], set()
    for aid in ids:
        try:
            a = store.article(aid)
        except DamagedDayFile as e:
            if str(e) not in told:
                told.add(str(e))
                warnings.warn(f"{e} Its articles are left out of the export.", StoreWarning, stacklevel=3)
            continue
        if a is not None:
            out.append(a)
    return out


def export_json(store: Store, filt: Filter = Filter()) -> dict[str, list[dict[str, Any]]]:
    """{"articles", "actors", "statements", "changes"} of the filtered timeline. Without a filter
    every article and actor is included; with one, those the statements and changes refer to."""
    stmts = store.statements(filt)
    changes = store.changes(filt)
    if _unfiltered(filt):
        articles = store.articles()
        actors = [a for a, _ in store.actors()]
    else:
        art_ids = list(dict.fromkeys(s.article_id for s in stmts))
        articles = _readable_articles(store, art_ids)
        actor_ids = list(dict.fromkeys([s.speaker for s in stmts if s.speaker] + [c.actor for c in changes]))
        actors = [a for a in map(store.actor, actor_ids) if a is not None]
    return {
        "articles": [{k: getattr(a, k) for k in ARTICLE_KEYS} for a in articles],
        "actors": [{k: getattr(a, k) for k in ACTOR_KEYS} for a in actors],
        "statements": [_statement_json(s) for s in stmts],
        "changes": [c.to_dict() for c in changes],
    }


def _statement_json(s: Statement) -> dict[str, Any]:
    d = {k: getattr(s, k) for k in STATEMENT_KEYS}
    d["topics"] = list(s.topics)
    d["stance"] = dict(s.stance)
    return d


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: Any) -> Any:
    """A CSV cell a spreadsheet shows as text instead of evaluating (OWASP, "CSV Injection"): text
    starting with = + - @ tab or carriage return gets a single quote in front. So does text whose
    first character after leading blanks is one of them, as some spreadsheets drop the blanks
    before looking. Numbers stay numbers."""
    if not isinstance(cell, str) or not cell:
        return cell
    if cell.startswith(FORMULA_START) or cell.lstrip(" \t\r\n").startswith(FORMULA_START):
        return "'" + cell
    return cell


def export_csv(store: Store, filt: Filter, fileobj: IO[str]) -> int:
    """One row per statement, with the actor's name; returns the number of rows. Every cell is
    quoted (a separator inside a cell cannot start a new one, whichever separator the spreadsheet
    assumes) and cells that would be formulas are neutralised (spreadsheet_safe)."""
    names = {a.id: a.name for a, _ in store.actors()}
    articles = {a.id: a for a in store.articles()}
    w = csv.writer(fileobj, quoting=csv.QUOTE_ALL)
    w.writerow(CSV_COLUMNS)
    n = 0
    for s in store.statements(filt):
        art = articles.get(s.article_id)
        w.writerow(map(spreadsheet_safe, [
            s.id, s.date or "", names.get(s.speaker or "", s.speaker_name) if s.speaker else "",
            s.speaker or "", s.kind, s.quote_text, "; ".join(s.topics),
            "; ".join(f"{t}:{v:+d}" for t, v in s.stance.items()),
            s.article_id, art.title if art else "", art.source if art else "",
            (art.published or "") if art else "", s.date_source, s.confidence, int(s.edited),
        ]))
        n += 1
    return n


def change_text(c: PositionChange) -> str:
    """One change as GraphML text: date, stance, statement id and deciding words of the position
    before, then of the one after ("2031-01-12 -1 s1 (lehnt … ab) → 2031-03-02 +1 s7 (unterstütze)")."""
    return (f"{c.before_date or '?'} {c.before_stance:+d} {c.before} ({', '.join(c.before_words)}) → "
            f"{c.after_date or '?'} {c.after_stance:+d} {c.after} ({', '.join(c.after_words)})")


def network(store: Store, filt: Filter = Filter(), *, key_terms: bool = False) -> nx.Graph:
    """Actor–topic bipartite network (edges: statement count, mean and latest stance, first and
    last date) plus actor–actor edges of agreement and conflict on shared topics, judged by each
    actor's latest non-zero stance (so a changed position counts as it stands now).
    Key-term topics ("#…") are left out unless ``key_terms``: they would swamp the graph.
    An actor–topic edge lists the actor's position changes on it (``changes``, see change_text;
    "; " between)."""
    g = nx.Graph()
    changed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in store.changes(filt):
        for key in dict.fromkeys((c.target or c.topic, c.topic)):
            changed[(c.actor, key)].append(change_text(c))
    per_pair: dict[tuple[str, str], list[Statement]] = defaultdict(list)  # (actor, topic) -> statements
    for s in store.statements(filt):  # in statement-date order
        if not s.speaker:
            continue
        for t in s.topics:
            if key_terms or not is_key_term(t):
                per_pair[(s.speaker, t)].append(s)
    for actor_id in dict.fromkeys(a for a, _ in per_pair):
        a = store.actor(actor_id)
        g.add_node(f"actor:{actor_id}", label=a.name if a else actor_id, type="actor", bipartite=0,
                   kind=a.kind if a else "unknown", role=a.role if a else "",
                   affiliation=a.affiliation if a else "")
    on_topic: dict[str, dict[str, int]] = defaultdict(dict)  # topic -> actor -> latest non-zero stance
    for (actor_id, topic), said in per_pair.items():
        tnode = f"topic:{topic}"
        if tnode not in g:
            g.add_node(tnode, label=topic, type="topic", bipartite=1, kind="topic", role="", affiliation="")
        values = [s.stance.get(topic, 0) for s in said]
        latest = next((v for v in reversed(values) if v), 0)
        dates = [s.date for s in said if s.date]
        g.add_edge(f"actor:{actor_id}", tnode, type="actor-topic", weight=len(values), count=len(values),
                   stance=round(sum(values) / len(values), 4), latest=latest,
                   support=sum(v > 0 for v in values), reject=sum(v < 0 for v in values),
                   first=min(dates, default=""), last=max(dates, default=""),
                   agreement=0, conflict=0, topics=topic, relation="",
                   changes="; ".join(changed.get((actor_id, topic), [])))
        if latest:
            on_topic[topic][actor_id] = latest
    links: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: {"agree": [], "conflict": []})
    for topic, latest_by_actor in on_topic.items():
        for a, b in combinations(sorted(latest_by_actor), 2):
            same = latest_by_actor[a] == latest_by_actor[b]
            links[(a, b)]["agree" if same else "conflict"].append(topic)
    for (a, b), rel in links.items():
        agree, conflict = len(rel["agree"]), len(rel["conflict"])
        relation = "mixed" if agree and conflict else ("agreement" if agree else "conflict")
        g.add_edge(f"actor:{a}", f"actor:{b}", type="actor-actor", weight=agree + conflict,
                   count=0, stance=0.0, latest=0, support=0, reject=0, first="", last="",
                   agreement=agree, conflict=conflict,
                   topics="; ".join(sorted(rel["agree"] + rel["conflict"])), relation=relation, changes="")
    return g


def export_graphml(store: Store, filt: Filter, path: str | os.PathLike[str], *, key_terms: bool = False) -> nx.Graph:
    """Write network() as GraphML (networkx.write_graphml); returns the graph."""
    g = network(store, filt, key_terms=key_terms)
    nx.write_graphml(g, path)
    return g


@contextmanager
def _atomic_path(path: Path) -> Iterator[str]:
    """A temporary path beside ``path`` that replaces it only once written in full, so a failed
    export never leaves half a file or clobbers an earlier one."""
    fd, tmp = temp_beside(path)
    os.close(fd)  # the writers (csv, json, networkx) open the path themselves
    try:
        yield str(tmp)
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise


EXPORT_FORMATS = ("csv", "json", "graphml")


def write_export(store: Store, filt: Filter, fmt: str, path: str | os.PathLike[str], *,
                 key_terms: bool = False) -> int:
    """Write what ``filt`` selects as csv, json or graphml to ``path``, atomically. Returns the
    number of statements (csv, json) or of graph nodes (graphml) written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(EXPORT_FORMATS)})")
    with _atomic_path(Path(path)) as tmp:
        if fmt == "graphml":
            return export_graphml(store, filt, tmp, key_terms=key_terms).number_of_nodes()
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if fmt == "csv":
                return export_csv(store, filt, fh)
            data = export_json(store, filt)
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            return len(data["statements"])
