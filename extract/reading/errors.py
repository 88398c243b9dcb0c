"""The one error of reading: a file, stdin or pasted text that cannot be read as an article."""
from __future__ import annotations


class IngestError(Exception):
    """A file (or stdin, or pasted text) that cannot be read as an article. One line: "where: why"."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")

