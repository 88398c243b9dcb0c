"""The dashboard's keys: the help screen's groups and texts, and the user's key remapping file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from textual.binding import Binding

# Every key of the dashboard; the id names it in the help screen and in the keymap file
BINDINGS = [
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
    Binding("1", "view('timeline')", "Timeline", show=False, id="view.timeline"),
    Binding("2", "view('actors')", "Actors", show=False, id="view.actors"),
    Binding("3", "view('positions')", "Positions", show=False, id="view.positions"),
    Binding("4", "view('changes')", "Changes", show=False, id="view.changes"),
    Binding("5", "view('articles')", "Articles", show=False, id="view.articles"),
    Binding("slash", "search", "Search", key_display="/", id="filter.search"),
    Binding("f", "filters", "Filter", id="filter.form"),
    Binding("escape", "clear_last_filter", "Clear last filter", show=False, id="filter.clear_last"),
    Binding("c", "clear_filters", "Clear all filters", show=False, id="filter.clear_all"),
    Binding("a", "add_article", "Add", id="article.add"),
    Binding("p", "set_published", "Set article date", show=False, id="article.set_date"),
    Binding("t", "article_timeline", "Article's statements", show=False, id="article.timeline"),
    Binding("e", "edit", "Edit", id="statement.edit"),
    Binding("r", "reassign", "Reassign", id="statement.reassign"),
    Binding("d", "not_statement", "Not a statement", show=False, id="statement.reject"),
    Binding("R,n", "rename", "Rename actor", show=False, id="actor.rename"),
    Binding("m", "merge", "Merge actors", show=False, id="actor.merge"),
    Binding("u", "undo", "Undo", id="app.undo"),
    Binding("x", "export", "Export", id="app.export"),
    Binding("ctrl+r", "reload", "Reload from disk", show=False, id="app.reload"),
]


# Help groups: binding-id prefix -> title (in this order)
GROUPS = [
    ("view", "Views"),
    ("move", "Moving around"),
    ("filter", "Filters"),
    ("statement", "Statements (timeline, positions, changes)"),
    ("actor", "Actors"),
    ("article", "Articles"),
    ("app", "General"),
]
MOVE_HELP = [
    ("↑ ↓  j k", "move the cursor"),
    ("PgUp PgDn", "a screen up / down"),
    ("g G  home end", "first / last statement"),
    ("tab  shift+tab", "next / previous pane"),
    ("enter", "on an actor: filter the timeline to them · on an article: read it · on a change: its statement"),
    ("space", "on an actor: add it to / remove it from the actor filter (several actors)"),
    ("mouse", "click selects, click on a tab switches view"),
]

# What the help screen says for a binding (the Footer keeps the short description)
HELP_TEXT = {
    "app.quit": "quit",
    "app.help": "this help",
    "filter.search": "search quotes and speaker names (in Actors: search actors)",
    "filter.form": "filter by date range (2022-02-15 or 15.02.2022), topic and kind",
    "filter.clear_last": "clear the filter set last (in the search field: back to the table)",
    "filter.clear_all": "clear all filters",
    "article.add": "add an article: paste its text or give a file path",
    "article.set_date": "set the publication date of the selected article (Articles view or statement)",
    "article.timeline": "the selected article's statements in the timeline",
    "statement.edit": "edit the selected statement: date, precision, kind, topics, stance",
    "statement.reassign": "give the selected statement another speaker (or none)",
    "statement.reject": "mark the selected statement as not a statement",
    "actor.rename": "rename the selected actor (the old name stays an alias)",
    "actor.merge": "merge the selected actor into another (statements move, names become aliases)",
    "app.undo": "undo the last correction",
    "app.export": "export what the filters show as CSV or JSON",
    "app.reload": "re-read the database now (another process's writes are picked up every 2 s)",
}


def keymap_path() -> Path:
    """The user's key remapping file: binding id = "keys" (e.g. `statement.reassign = "ctrl+r,r"`)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("wortlaut")) / "keys.toml"


def load_keymap(path: Path) -> tuple[dict[str, str], str]:
    """(binding id -> keys, problem message or "")."""
    import tomllib

    if not path.exists():
        return {}, ""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return {}, f"{path}: {err}"
    keymap = {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    return keymap, (f"{path}: ignored {', '.join(bad)} (values are key strings)" if bad else "")


def help_groups(bindings: Iterable[Binding], keymap: dict[str, str], key_display: Callable[[Binding], str],
                keymap_file: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen's (title, [(keys, what they do)]) groups, with the user's remapped keys."""
    groups: dict[str, list[tuple[str, str]]] = {prefix: [] for prefix, _ in GROUPS}
    groups["move"] = list(MOVE_HELP)
    for binding in bindings:
        assert isinstance(binding, Binding)
        prefix = (binding.id or "app").split(".")[0]
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        shown = "  ".join(binding.key_display or key_display(Binding(k.strip(), ""))
                          for k in keys.split(","))
        groups.setdefault(prefix, []).append((shown, HELP_TEXT.get(binding.id or "", binding.description)))
    groups["app"].append(("ctrl+p", "command palette: every action by name"))
    groups["app"].append(("", f"remap keys by binding id in {keymap_file}"))
    return [(title, groups[prefix]) for prefix, title in GROUPS if groups.get(prefix)]
