"""Widgets of the Wortlaut dashboard: timeline table, actor list, detail pane, views."""
