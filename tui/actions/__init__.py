"""What the dashboard does, next to what it shows: one mixin of ``WortlautApp`` per view or
concern (harlequin-style components + actions). tui/app.py is the frame: layout, key bindings,
the lookups every action shares, and the event wiring that calls into these mixins.

    timeline.py      the timeline table, its detail pane and the search field
    filters.py       the logical filters (actors, dates, topics, kinds, text, article)
    positions.py     the Positions view and its worker
    changes.py       the Changes view and its worker
    articles.py      adding an article (extraction worker), opening one, setting its date
    corrections.py   edit, reassign, reject, rename, merge, undo
    workers.py       worker state changes, error reporting

A mixin uses the app's state (``store``, ``filt``, ``dirty`` ...) and its lookups
(``actor_name``, ``selected_statement`` ...), defined in tui/app.py.
"""
