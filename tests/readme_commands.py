"""The commands in README.md: every line of its ```sh blocks, with the section it stands in.

Used by tests/test_readme.py (which runs them) and by .ci/run (which installs with the "Start
here" section's first command, literally). Standard library only: .ci/run calls it before
anything is installed.

    python3 tests/readme_commands.py "Start here"     # that section's commands, one per line
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")
SHELLS = {"sh", "bash", "shell", "console"}


@dataclass(frozen=True)
class Command:
    section: str  # the heading it stands under
    line: int  # 1-based line of README.md where it starts
    text: str  # the command as a shell reads it (continuation lines joined)


def commands(text: str | None = None) -> list[Command]:
    """Every command of every shell block, in README order. Comment lines are skipped; a line
    ending in a backslash continues on the next."""
    lines = (README.read_text(encoding="utf-8") if text is None else text).splitlines()
    found: list[Command] = []
    section = ""
    fence: str | None = None
    shell = False
    pending: tuple[int, str] | None = None
    for n, line in enumerate(lines, 1):
        m = _FENCE.match(line.strip())
        if fence is None:
            if m:
                fence, shell = m.group(1), m.group(2).lower() in SHELLS
            elif line.startswith("#"):
                section = line.lstrip("#").strip()
            continue
        if m and line.strip().startswith(fence) and not m.group(2):
            fence = None
            continue
        if not shell:
            continue
        stripped = line.strip()
        if pending is None and (not stripped or stripped.startswith("#")):
            continue
        start, sofar = pending if pending else (n, "")
        if stripped.endswith("\\"):
            pending = (start, sofar + stripped[:-1].rstrip() + " ")
            continue
        pending = None
        found.append(Command(section, start, (sofar + stripped).strip()))
    return found


_INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


def inline_spans(text: str | None = None) -> list[tuple[int, str]]:
    """(line, code) of the inline code spans outside fenced blocks: the command syntax shown in
    the text and tables."""
    lines = (README.read_text(encoding="utf-8") if text is None else text).splitlines()
    spans: list[tuple[int, str]] = []
    fence: str | None = None
    for n, line in enumerate(lines, 1):
        m = _FENCE.match(line.strip())
        if fence is None and m:
            fence = m.group(1)
            continue
        if fence is not None:
            if m and line.strip().startswith(fence) and not m.group(2):
                fence = None
            continue
        spans.extend((n, s) for s in _INLINE.findall(line))
    return spans


if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else None
    for cmd in commands():
        if wanted is None or cmd.section == wanted:
            print(cmd.text)
