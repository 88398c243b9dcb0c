"""Text from files (names, titles, quotes) made safe to print on a terminal: control characters
are shown escaped (\\x1b, \\n, \\u202e) instead of being obeyed, so a file name cannot retitle the
window, clear the screen or reorder what follows."""
from __future__ import annotations

import re
from typing import IO

# C0 and C1 controls, DEL, and the bidirectional overrides and isolates (they reorder a line)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def printable(text: str) -> str:
    """``text`` with every control character escaped: one line, shown as it is."""
    return _CONTROL.sub(_escape, text)


class TerminalStream:
    """Wraps a terminal stream for whole documents (an export printed to the screen): line ends
    stay line ends, every other control character is escaped."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, text: str) -> int:
        lines = text.replace("\r\n", "\n").split("\n")
        return self.stream.write("\n".join(printable(line) for line in lines))

    def flush(self) -> None:
        self.stream.flush()
