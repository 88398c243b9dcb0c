"""Pilot test on the bundled demo corpus (issue 2): open it, move the cursor, and the detail
pane shows the selected statement's speaker."""
from __future__ import annotations

from fixtures.tui_data import plain, running, sync
from store import Filter
from tui.app import WortlautApp
from tui.demo_corpus import demo_db


@sync
async def test_demo_opens_and_detail_follows_the_cursor(tmp_path):
    async with running(WortlautApp(demo_db(tmp_path))) as (app, pilot):
        table = app.timeline
        assert table.total == app.store.count(Filter()) > 10
        seen = 0
        for _ in range(8):
            await pilot.press("j")
            s = app.store.statement(table.current_id)
            text = plain(app.query_one("#detail-body").content)
            assert " ".join(s.quote_text.split()[:3]) in " ".join(text.split())
            if s.speaker:
                assert app.store.actor(s.speaker).name.split()[-1] in text
                seen += 1
        assert seen >= 4
        # the actor list holds the demo's actors with counts; enter filters to the first
        await pilot.press("shift+tab", "shift+tab")  # table -> search -> actor list
        assert app.focused.id == "actor-list"
        first = app.store.actors()[0][0]
        actor_list = app.focused
        while actor_list.highlighted_option.id != first.id:
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert app.filt.actors == (first.id,)
        assert {s.speaker for s in app.store.statements(app.filt)} == {first.id}
        await pilot.press("q")
