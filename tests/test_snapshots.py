"""Snapshots of the dashboard's main views (pytest-textual-snapshot, Textual pinned in
pyproject.toml), built from hand-made fictional data with a fixed "today" and cursor blink off.

Regenerate after a deliberate change with `pytest tests/test_snapshots.py --snapshot-update`
and look at the SVGs (snapshot_report.html) before committing them."""
from __future__ import annotations

from fixtures.tui_data import SIZE, make_app, no_blink, settled


async def settle(pilot) -> None:
    app = pilot.app
    app.animation_level = "none"  # no tab underline caught mid-slide
    await pilot.pause()
    await settled(app)  # every message the last key caused is handled (pause alone trusts an idle CPU)
    await pilot.wait_for_scheduled_animations()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await settled(app)
    no_blink(app)
    app.sub_title = "wortlaut.json"  # not the temporary folder's name
    app.clear_notifications()
    await pilot.pause()
    await settled(app)


def snap(snap_compare, tmp_path, keys: list[str], extra=None) -> bool:
    app = make_app(tmp_path)

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if extra is not None:
            await extra(pilot)
            await settle(pilot)

    return snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_timeline(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["j", "j", "j"])


def test_timeline_filtered_by_actor(snap_compare, tmp_path):
    async def filter_brenner(pilot):
        app = pilot.app
        brenner = next(a.id for a, _ in app.store.actors() if a.name == "Tomas Brenner")
        app.set_filter("actors", (brenner,))
        app.set_filter("dates", ("2031-03-01", "2031-03-12"))

    assert snap(snap_compare, tmp_path, [], filter_brenner)


def test_actors_view(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["2"])


def test_positions_view(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["3"])


def test_changes_view(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["4"])


def test_articles_view(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["5"])


def test_help(snap_compare, tmp_path, monkeypatch):
    from pathlib import Path

    import tui.app

    # the key file's path is shown; keep it the same on every machine
    monkeypatch.setattr(tui.app, "keymap_path", lambda: Path("~/.config/wortlaut/keys.toml"))
    assert snap(snap_compare, tmp_path, ["question_mark"])


def test_add_article_modal(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["a"])


def test_reassign_modal(snap_compare, tmp_path):
    assert snap(snap_compare, tmp_path, ["j", "j", "r"])
