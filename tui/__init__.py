"""The Textual dashboard and the `wortlaut` command line."""
