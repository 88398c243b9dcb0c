"""Pilot tests: positions grid and changes view with stance targets (invented articles)."""
from __future__ import annotations

import json
import warnings

import networkx as nx

from fixtures.reversals import CABLE_CAR, RECALLS, hedge_articles
from fixtures.tui_data import TODAY, running, sync
from store import Filter, Store
from store.export import write_export
from tui.widgets.views import ChangesView, PositionsView


def extracted_store(folder, articles=CABLE_CAR):
    from extract.pipeline import extract_article

    store = Store(folder / "wortlaut.json")
    store.add_many(extract_article(text, lang="de", published=day) for day, text in articles)
    return store


def cable_car_app(folder, articles=CABLE_CAR):
    from tui.app import WortlautApp

    store = extracted_store(folder, articles)
    return WortlautApp(store.path, store=store, today=TODAY)


def actor(app, name):
    return next(a.id for a, _ in app.store.actors() if a.name.endswith(name))  # "Stadträtin Gesa Martens"


async def open_changes(app, pilot) -> ChangesView:
    await pilot.press("4")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.query_one(ChangesView)


@sync
async def test_mayor_reversal_on_a_cable_car_is_one_change_and_a_repeat_none(tmp_path):
    async with running(cable_car_app(tmp_path)) as (app, pilot):
        mayor, councillor = actor(app, "Ralf Höpfner"), actor(app, "Gesa Martens")
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        grid = app.query_one(PositionsView).grid
        assert "Seilbahn" in grid.topics and "Nachtflugverbot" in grid.topics
        assert grid.latest[(mayor, "Seilbahn")] == 1 and (mayor, "Seilbahn") in grid.changed
        assert grid.latest[(councillor, "Nachtflugverbot")] == 1
        assert (councillor, "Nachtflugverbot") not in grid.changed
        changes = await open_changes(app, pilot)
        # the third article only recalls the January position ("hatte sich im Januar gegen die
        # Seilbahn ausgesprochen"): held in January, it is neither new nor a change
        assert changes.query_one("#changes-table").row_count == 1
        (change,) = changes.changes.values()
        assert (change.actor, change.target, change.before_stance, change.after_stance) == (mayor, "Seilbahn", -1, 1)
        # before: the latest earlier position, the lead "lehnt die geplante Seilbahn ab" (a reported
        # statement since separable speech verbs are read), dated by the publication date; after:
        # "am Montag" before the second article
        assert (change.before_date, change.after_date) == ("2031-01-12", "2031-02-24")
        assert change.before_words == ["lehnt … ab"] and change.after_words == ["unterstütze"]
        before, after = app.store.statement(change.before), app.store.statement(change.after)
        body = str(changes.query_one("#changes-body").render())
        for shown in (before.quote_text, after.quote_text, "2031-01-12", "2031-02-24", "lehnt … ab", "unterstütze"):
            assert shown in body


@sync
async def test_a_recalled_position_is_shown_at_the_time_it_recalls(tmp_path):
    """Tilda Sandmann "hatte sich im Februar gegen das Kreuzfahrtterminal ausgesprochen, nun
    befürwortet sie" it: the change is from the February position (after her January one, no
    change), and the detail says when the recall was said. Jonas Ember's recall of a February
    position for the cycle path shows a change from January to February."""
    async with running(cable_car_app(tmp_path, RECALLS)) as (app, pilot):
        changes = await open_changes(app, pilot)
        found = {c.target: c for c in changes.changes.values()}
        assert set(found) == {"Kreuzfahrtterminal", "Radschnellweg"}
        turn, cycle = found["Kreuzfahrtterminal"], found["Radschnellweg"]
        assert (turn.before == turn.after, turn.before_date, turn.after_date) == (True, "2031-02-01", "2031-05-20")
        assert (cycle.before_date, cycle.after_date, cycle.before_stance, cycle.after_stance) == \
            ("2031-01-15", "2031-02-01", -1, 1)
        bodies = []
        for row in range(2):
            changes.query_one("#changes-table").move_cursor(row=row)
            await pilot.pause()
            app.show_change()
            bodies.append(str(changes.query_one("#changes-body").render()))
        shown = "\n".join(bodies)
        # the detail says which position a statement recalls, and when that was said
        assert "Before (2031-02-01, recalled in an article of 2031-05-20)" in shown and "After (2031-05-20):" in shown
        assert "Before (2031-01-15):" in shown and "After (2031-02-01, recalled in an article of 2031-04-02)" in shown


@sync
async def test_the_changes_view_reads_each_articles_hedge_words_in_its_language(tmp_path):
    """The English mayor's reversal on the dam stands though her first words name "Harrow Falls"
    (no German "falls"); the German Landrätin's later "zustimmen, falls der Bund zahlt" is a
    condition, no position to change to: one row, the English one."""
    from tui.app import WortlautApp

    store = Store(tmp_path / "wortlaut.json")
    store.add_many(hedge_articles())
    async with running(WortlautApp(store.path, store=store, today=TODAY)) as (app, pilot):
        changes = await open_changes(app, pilot)
        assert changes.query_one("#changes-table").row_count == 1
        (change,) = changes.changes.values()
        assert (change.target, change.before_stance, change.after_stance) == ("dam", 1, -1)
        assert change.actor == actor(app, "Tessa Wainfleet")


@sync
async def test_a_stored_language_the_store_cannot_read_is_shown_not_lost_on_stderr(tmp_path):
    """An article whose stored language is no known code (here a list) is read in both languages
    (the English "Harrow Falls" then hedges the dam's reversal away) and the dashboard says so in a
    notification naming the article; the view still opens, and the file keeps its value."""
    from store.parts import read_json, write_json
    from tui.app import WortlautApp

    path = tmp_path / "wortlaut.json"
    Store(path).add_many(hedge_articles())
    store = Store(path)
    day = path.with_name("wortlaut.json.parts") / store._main["meta"]["layout"]["files"][store._registry["en1"][0]]
    data = read_json(day)
    data["articles"]["en1"]["lang"] = ["en"]
    write_json(day, data)
    store = Store(path)
    shown_before = warnings.showwarning
    async with running(WortlautApp(store.path, store=store, today=TODAY)) as (app, pilot):
        changes = await open_changes(app, pilot)
        assert changes.query_one("#changes-table").row_count == 0
        told = [n for n in app._notifications if n.title == "Database"]
        assert len(told) == 1 and "en1" in told[0].message and "both languages" in told[0].message
    assert read_json(day)["articles"]["en1"]["lang"] == ["en"]
    assert warnings.showwarning is shown_before  # the app's hook is gone with the app


def test_two_apps_hooking_store_warnings_in_turn_leave_the_warnings_shown_as_before(tmp_path):
    """Two apps whose lives overlap (A starts, B starts, A ends, B ends): at the end a StoreWarning
    reaches the hook that was there before either, not a notification of an ended app."""
    import warnings

    from store import StoreWarning
    from tui.app import WortlautApp

    store = Store(tmp_path / "wortlaut.json")
    seen = []
    before = warnings.showwarning
    try:
        warnings.showwarning = lambda message, *rest, **kw: seen.append(str(message))
        first, second = (WortlautApp(store.path, store=store, today=TODAY) for _ in range(2))
        first._show_store_warnings()
        second._show_store_warnings()
        first.on_unmount()
        assert warnings.showwarning is second._store_warnings_shown  # B's hook stays while B runs
        second.on_unmount()
        assert warnings.showwarning is first._store_warnings_shown  # what B found, A's ended hook
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("an article read in both languages", StoreWarning)
        assert seen == ["an article read in both languages"]  # passed on to the hook before A
        assert not first._notifications and not second._notifications
    finally:
        warnings.showwarning = before


def test_exports_carry_both_statements_dates_and_words(tmp_path):
    store = extracted_store(tmp_path)
    (change,) = store.changes(Filter())
    write_export(store, Filter(), "json", tmp_path / "out.json")
    (exported,) = json.loads((tmp_path / "out.json").read_text("utf-8"))["changes"]
    assert exported == change.to_dict()
    assert {k: exported[k] for k in ("before_date", "after_date", "before_words", "after_words")} == \
        {"before_date": "2031-01-12", "after_date": "2031-02-24", "before_words": ["lehnt … ab"],
         "after_words": ["unterstütze"]}
    statements = {s["id"] for s in json.loads((tmp_path / "out.json").read_text("utf-8"))["statements"]}
    assert {change.before, change.after} <= statements
    write_export(store, Filter(), "graphml", tmp_path / "net.graphml")
    g = nx.read_graphml(tmp_path / "net.graphml")
    edge = g.edges[f"actor:{change.actor}", "topic:Seilbahn"]
    assert edge["changes"] == (f"2031-01-12 -1 {change.before} (lehnt … ab) → "
                               f"2031-02-24 +1 {change.after} (unterstütze)")
