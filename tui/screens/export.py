"""`x`: export what the current filters show, as CSV or JSON, to a path the user chooses."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from .corrections import Dialog


@dataclass
class ExportRequest:
    fmt: str  # "csv" | "json"
    path: Path


def check_path(raw: str) -> Path:
    """The export target; ValueError with a readable reason when it cannot be written."""
    if not raw.strip():
        raise ValueError("Give a file path.")
    path = Path(raw.strip()).expanduser()
    if path.is_dir():
        raise ValueError(f"{path} is a folder; give a file name.")
    if not path.parent.exists():
        raise ValueError(f"The folder {path.parent} does not exist.")
    return path


class ExportScreen(Dialog):
    def __init__(self, summary: str, default_path: Path) -> None:
        super().__init__()
        self.summary = summary
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label("Export", classes="dialog-title")
            yield Label(self.summary, classes="hint")
            yield Label("Format", classes="field-label")
            yield Select([("CSV (one row per statement)", "csv"), ("JSON (articles, actors, statements, changes)", "json")],
                         value="csv", allow_blank=False, id="export-format")
            yield Label("File", classes="field-label")
            yield Input(str(self.default_path), id="export-path")
            yield from self.buttons("Export")

    def on_mount(self) -> None:
        self.query_one("#export-path").focus()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        if path.suffix.lower() in {".csv", ".json", ""}:
            field.value = str(path.with_suffix("." + str(event.value)))

    def action_submit(self) -> None:
        try:
            path = check_path(self.query_one("#export-path", Input).value)
        except ValueError as err:
            self.show_error(str(err))
            return
        self.dismiss(ExportRequest(str(self.query_one("#export-format", Select).value), path))


# --- writing ----------------------------------------------------------------------------------
def write_export(store, filt, fmt: str, path: Path) -> int:
    """Write the statements ``filt`` selects as CSV or JSON; returns how many. Uses the store's
    exporter (store/export.py, the format in DESIGN.md) when present, else the same format here."""
    import inspect

    try:
        from store import export as store_export
    except ImportError:
        store_export = None
    fn = getattr(store_export, f"export_{fmt}", None) if store_export else None
    if fn is not None:
        params = inspect.signature(fn).parameters
        kwargs = {}
        for name in ("filt", "filter", "flt"):
            if name in params:
                kwargs[name] = filt
        if not kwargs:
            return _call_positional(fn, store, filt, path)
        out_name = next((n for n in ("path", "out", "output", "dest", "file") if n in params), None)
        if out_name:
            kwargs[out_name] = path
            result = fn(store, **kwargs)
        else:
            result = fn(store, path, **kwargs)
        return result if isinstance(result, int) else store.count(filt)
    return _fallback(store, filt, fmt, path)


def _call_positional(fn, store, filt, path):
    result = fn(store, path, filt)
    return result if isinstance(result, int) else store.count(filt)


def _fallback(store, filt, fmt: str, path: Path) -> int:
    import csv
    import json
    import os
    import tempfile

    statements = store.statements(filt)
    actors = {a.id: a for a, _ in store.actors()}
    tmp = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", delete=False, dir=path.parent,
                                      prefix=f".{path.name}.", suffix=".tmp")
    try:
        with tmp as fh:
            if fmt == "csv":
                w = csv.writer(fh)
                w.writerow(["id", "date", "date_precision", "date_source", "actor", "kind", "quote",
                            "topics", "stance", "article_id", "article_title", "edited"])
                titles = {a.id: a.title for a in store.articles()}
                for s in statements:
                    name = actors[s.speaker].name if s.speaker in actors else ""
                    w.writerow([s.id, s.date or "", s.date_precision, s.date_source, name, s.kind, s.quote_text,
                                "; ".join(s.topics), "; ".join(f"{t}={v:+d}" for t, v in s.stance.items()),
                                s.article_id, titles.get(s.article_id, ""), s.edited])
            else:
                art_ids = {s.article_id for s in statements}
                act_ids = {s.speaker for s in statements if s.speaker}
                doc = {
                    "articles": [{k: getattr(a, k) for k in ("id", "title", "source", "published", "lang", "origin")}
                                 for a in store.articles() if a.id in art_ids],
                    "actors": [{k: getattr(a, k) for k in ("id", "name", "aliases", "kind", "role", "affiliation")}
                               for aid, a in actors.items() if aid in act_ids],
                    "statements": [{k: getattr(s, k) for k in ("id", "article_id", "speaker", "quote_text", "kind",
                                                                "date", "date_source", "topics", "stance", "edited")}
                                   for s in statements],
                    "changes": [c.to_dict() for c in store.changes(filt)],
                }
                json.dump(doc, fh, ensure_ascii=False, indent=1)
        os.replace(tmp.name, path)
    except BaseException:
        try:
            os.unlink(tmp.name)
        except OSError:
            pass
        raise
    return len(statements)
