"""Pilot tests: the timeline shows one window of rows over the whole result; Home/End/PageDown
move over all of it, the status line counts, and a filter starts again at the top (invented data)."""
from __future__ import annotations

from fixtures.tui_data import TODAY, running, sync
from store import Filter, Store

N_ARTICLES, PER_ARTICLE = 12, 50  # 600 statements: several windows


def paging_app(folder):
    from extract.model import Actor, Article, Extraction, Statement
    from tui.app import WortlautApp

    actors = [Actor("a", "Anna Beispiel", [], "person"), Actor("k", "Karl von der Heide", [], "person")]
    store = Store(folder / "paging.json")
    extractions = []
    for a in range(N_ARTICLES):
        art = Article(id=f"art{a:02d}", text=f"Artikel {a} aus Valdoria", published=f"2031-02-{a + 1:02d}")
        sts = [Statement(id=f"s{a:02d}{i:03d}", article_id=art.id, quote=[(i, i + 1)], quote_text=f"Satz {a}-{i}",
                         kind="direct", speaker="a" if i % 3 else "k", date=art.published)
               for i in range(PER_ARTICLE)]
        extractions.append(Extraction(art, sts, actors))
    store.add_many(extractions)
    return WortlautApp(folder / "paging.json", store=store, today=TODAY)


def status(app) -> str:
    return str(app.query_one("#timeline-status").render())


def nth(app, position: int, filt: Filter = Filter()) -> str:
    return app.store.statements(filt, position, 1)[0].id


@sync
async def test_end_jumps_to_the_last_rows_and_home_back(tmp_path):
    async with running(paging_app(tmp_path)) as (app, pilot):
        table = app.timeline
        total = N_ARTICLES * PER_ARTICLE
        assert table.total == total and table.row_count == table.PAGE < total
        assert "statement 1 of 600" in status(app)
        await pilot.press("end")
        assert table.position == total - 1 and table.current_id == nth(app, total - 1)
        assert table.start + table.row_count == total  # the window holds the last rows
        assert "statement 600 of 600" in status(app)
        await pilot.press("home")
        assert (table.position, table.start) == (0, 0) and table.current_id == nth(app, 0)
        assert "statement 1 of 600" in status(app)


@sync
async def test_page_down_past_the_window_loads_the_next_rows(tmp_path):
    async with running(paging_app(tmp_path)) as (app, pilot):
        table = app.timeline
        while table.position < table.PAGE + 10:
            before = table.position
            await pilot.press("pagedown")
            assert table.position > before
        assert table.start > 0 and table.row_count <= table.PAGE
        assert table.current_id == nth(app, table.position)
        assert f"statement {table.position + 1} of 600" in status(app)
        await pilot.press("k")  # one up, still the right row
        assert table.current_id == nth(app, table.position)


@sync
async def test_a_filter_starts_again_on_the_first_rows(tmp_path):
    async with running(paging_app(tmp_path)) as (app, pilot):
        table = app.timeline
        await pilot.press("end")
        karl_id = next(a.id for a, _ in app.store.actors() if a.name == "Karl von der Heide")
        app.set_filter("actors", (karl_id,))
        await pilot.pause()
        karl = Filter(actors=(karl_id,))
        assert table.total == app.store.count(karl) == N_ARTICLES * 17
        assert (table.position, table.start) == (0, 0) and table.current_id == nth(app, 0, karl)
        assert "statement 1 of 204" in status(app)
        await pilot.press("end")
        assert table.current_id == nth(app, table.total - 1, karl)
        app.set_filter("actors", ())  # clearing it starts at the top as well
        await pilot.pause()
        assert (table.position, table.total) == (0, 600)
        assert "statement 1 of 600" in status(app)
