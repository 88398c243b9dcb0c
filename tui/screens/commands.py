"""Command palette (ctrl+p): every dashboard action by name."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (title, help, action) — the action is run on the app
COMMANDS: list[tuple[str, str, str]] = [
    ("Add article", "Paste an article's text or give a file path (a)", "add_article"),
    ("Search statements", "Free text over quotes and names (/)", "search"),
    ("Filter by date, topic, kind", "Date range, topic and statement kind (f)", "filters"),
    ("Clear the last filter", "esc", "clear_last_filter"),
    ("Clear all filters", "c", "clear_filters"),
    ("Edit statement", "Date, precision, kind, topics, stance (e)", "edit"),
    ("Reassign speaker", "Give the selected statement another actor, or none (r)", "reassign"),
    ("Not a statement", "Hide the selected statement; u undoes (d)", "not_statement"),
    ("Rename actor", "The old name stays an alias (R or n)", "rename"),
    ("Merge actors", "Move all statements of the selected actor to another (m)", "merge"),
    ("Undo last correction", "u", "undo"),
    ("Export CSV or JSON", "What the current filters show, to a file (x)", "export"),
    ("Set article date", "Publication date of the selected article (p)", "set_published"),
    ("Show Timeline", "1", "view('timeline')"),
    ("Show Actors", "2", "view('actors')"),
    ("Show Positions", "3", "view('positions')"),
    ("Show Changes", "4", "view('changes')"),
    ("Show Articles", "5", "view('articles')"),
    ("Reload database", "Pick up another process's writes (ctrl+r)", "reload"),
    ("Help: all keys", "?", "help"),
    ("Quit", "q", "quit"),
]


class WortlautCommands(Provider):
    async def discover(self) -> Hits:
        for title, help_text, action in COMMANDS:
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action), help=help_text)
