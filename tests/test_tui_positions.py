"""Pilot tests: positions grid and changes view with stance targets (invented articles)."""
from __future__ import annotations

from fixtures.tui_data import TODAY, running, sync
from store import Store
from tui.widgets.views import ChangesView, PositionsView

ARTICLES = [
    ("2031-01-12", "Streit um Seilbahn\n\nBRENNSTADT (dpa) - Oberbürgermeister Ralf Höpfner lehnt die geplante "
                   "Seilbahn ab. „Wir lehnen die Seilbahn ab“, sagte Höpfner am Montag. „Ich unterstütze das "
                   "Nachtflugverbot“, sagte die Stadträtin Gesa Martens am Montag."),
    ("2031-03-02", "Höpfner lenkt ein\n\nBRENNSTADT (dpa) - „Ich unterstütze die Seilbahn jetzt ausdrücklich“, "
                   "sagte Oberbürgermeister Ralf Höpfner am Montag. „Wir begrüßen das Nachtflugverbot weiterhin“, "
                   "sagte die Stadträtin Gesa Martens am Montag."),
]


def cable_car_app(folder):
    from extract.pipeline import extract_article
    from tui.app import WortlautApp

    path = folder / "wortlaut.json"
    store = Store(path)
    store.add_many(extract_article(text, lang="de", published=day) for day, text in ARTICLES)
    return WortlautApp(path, store=store, today=TODAY)


def actor(app, name):
    return next(a.id for a, _ in app.store.actors() if a.name.endswith(name))  # "Stadträtin Gesa Martens"


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
        await pilot.press("4")
        await app.workers.wait_for_complete()
        await pilot.pause()
        changes = app.query_one(ChangesView)
        assert changes.query_one("#changes-table").row_count == 1
        (change,) = changes.changes.values()
        assert (change.actor, change.target, change.before_stance, change.after_stance) == (mayor, "Seilbahn", -1, 1)
        # before: the latest earlier position, the lead "lehnt die geplante Seilbahn ab" (a reported
        # statement since separable speech verbs are read), dated by the publication date; after:
        # "am Montag" before the second article
        assert (change.before_date, change.after_date) == ("2031-01-12", "2031-02-24")
        assert change.before_words == ["lehnt … ab"] and change.after_words == ["unterstütze"]
        body = str(changes.query_one("#changes-body").render())
        assert "Seilbahn" in body and "lehnt … ab" in body and "unterstütze" in body
