"""Every command in README.md works as written (issue 17): none can go stale.

The commands of the README's shell blocks run in order, in a real shell, as a new user would
type them: in a folder that looks like the repository, with a home folder of their own (so the
default database and config are fresh temporary ones, never the user's), no terminal. The few
that cannot run here are listed in NOT_RUN_HERE with the reason and where they are checked; the
dashboard launchers are recognised by how they parse, and opened in a Pilot instead.

A new README command needs nothing here: it is run. One that cannot be run in a test (it needs
a terminal or an outside service) fails loudly until it is added to NOT_RUN_HERE."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from readme_commands import README, Command, commands, inline_spans

from tui.cli import build_parser

ROOT = README.parent

# (how the command starts, why it is not run here, where it is checked instead)
NOT_RUN_HERE = [
    ("python3 -m venv .venv", "installs from the package index", ".ci/run runs it in a fresh clone"),
    (". .venv/bin/activate && python -m pytest", "the test suite itself", ".ci/run runs it"),
    ("wortlaut add examples/ --cluster", "needs the optional cluster extra (Dask)",
     ".ci/run installs the extra and runs it"),
]


def not_run_here(cmd: Command) -> str | None:
    for start, why, where in NOT_RUN_HERE:
        if cmd.text.startswith(start):
            return f"{why}; {where}"
    return None


def dashboard_args(text: str):
    """The parsed arguments when ``text`` (one `wortlaut …` command) opens the dashboard."""
    words = shlex.split(text)
    if not words or words[0] != "wortlaut" or {"-h", "--help", "--version"} & set(words):
        return None
    args = build_parser().parse_args(words[1:])
    return args if args.command in (None, "demo") else None


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A copy of the repository (what a command writes never reaches the real one), beside a
    ../shared like the one next to the repository, and an empty home folder."""
    base = tmp_path_factory.mktemp("readme")
    work = base / "wortlaut"
    skip = shutil.ignore_patterns(".git", ".venv", ".ci-venv", "__pycache__", "*.egg-info", ".*_cache")
    shutil.copytree(ROOT, work, ignore=skip, symlinks=True)
    if (ROOT.parent / "shared").exists():
        (base / "shared").symlink_to(ROOT.parent / "shared")
    home = base / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORTLAUT_"))}
    env.update(HOME=str(home), PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}")
    return work, home, env


def test_the_readme_has_the_sections_a_new_user_needs():
    sections = {c.section for c in commands()}
    assert {"Start here", "Adding your own articles", "Exporting", "Where your data lives, and backing it up"} <= sections
    text = README.read_text(encoding="utf-8")
    for needed in ("## The dashboard", "## Correcting actors", "`?`", "wortlaut add -", "examples/ ", ".html",
                   "back it up", "## When something goes wrong"):
        assert needed.strip() in text, needed


def test_start_here_is_the_install_line_and_the_test_command():
    start = [c.text for c in commands() if c.section == "Start here"]
    assert len(start) == 2, start
    assert start[0].endswith(" && wortlaut demo")  # .ci/run installs with the part before it
    assert "pytest" in start[1] and "-n 2" in start[1]
    assert dashboard_args("wortlaut demo").command == "demo"


def test_every_readme_command_works_as_written(sandbox):
    work, home, env = sandbox
    ran, dashboards = [], []
    for cmd in commands():
        if not_run_here(cmd):
            continue
        where = f"README.md line {cmd.line} ({cmd.section}): {cmd.text}"
        args = dashboard_args(cmd.text)
        done = subprocess.run(["bash", "-c", f"set -eo pipefail; {cmd.text}"], cwd=work, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
        if args is not None:  # no terminal here: it must get as far as saying so
            assert done.returncode == 8 and "needs a terminal" in done.stderr, (where, done.stderr)
            dashboards.append((cmd, args))
            continue
        assert done.returncode == 0, (
            f"{where}\nexit {done.returncode}\n{done.stderr[-2000:]}\nIf it needs a terminal or an outside "
            "service, add it to NOT_RUN_HERE in tests/test_readme.py with where it is checked instead.")
        ran.append(cmd.text)
    assert len(ran) >= 10 and dashboards
    # what the commands left behind is what the README says they do
    default_db = home / ".local/share/wortlaut/wortlaut.json"
    backup = home / "wortlaut.json"  # the README's backup copies the main file and its data folder
    assert default_db.exists() and backup.read_bytes() == default_db.read_bytes()
    assert sorted(p.name for p in (home / "wortlaut.json.parts").iterdir()) == \
        sorted(p.name for p in default_db.with_name("wortlaut.json.parts").iterdir())
    assert "Anna Beispiel" in (work / "timeline.csv").read_text(encoding="utf-8")
    batch = (work / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(batch) == len((work / "examples/batch.jsonl").read_text(encoding="utf-8").splitlines())
    for cmd, args in dashboards:  # the database each launcher would open, in the dashboard
        db = (work / args.db) if args.db else default_db
        check_dashboard_opens(db)


def check_dashboard_opens(db: Path) -> None:
    import asyncio

    from store import Filter
    from tui.app import WortlautApp

    async def run() -> None:
        app = WortlautApp(db)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.timeline.total == app.store.count(Filter()) > 0
            await pilot.press("q")

    asyncio.run(run())


def test_every_wortlaut_syntax_in_the_text_names_real_commands_and_options():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    checked = 0
    for line, span in inline_spans() + [(c.line, c.text) for c in commands()]:
        for part in span.split("|"):
            words = part.replace("…", "").split()
            if not words or words[0] != "wortlaut":
                continue
            names = [w for w in words[1:] if w in sub.choices]
            command = sub.choices[names[0]] if names else parser
            known = set(command._option_string_actions)
            for w in words[1:]:
                if w.startswith("-") and w != "-":
                    assert w.split("=")[0] in known, f"README.md line {line}: `{span}`: no option {w}"
            checked += 1
    assert checked >= 15


def test_the_extractor_takes_shell_blocks_only_and_joins_continued_lines():
    text = "\n".join([
        "# Title", "## Part one", "Run `wortlaut add x.txt` first.", "```sh", "# a comment", "wortlaut add a.txt",
        "", "wortlaut export \\", "  --format csv", "```", "```toml", '"A" = "B"', "```",
        "### Part two", "```bash", "echo hi | wortlaut add -", "```", "```", "not a command", "```",
    ])
    found = [(c.section, c.line, c.text) for c in commands(text)]
    assert found == [("Part one", 6, "wortlaut add a.txt"), ("Part one", 8, "wortlaut export --format csv"),
                     ("Part two", 16, "echo hi | wortlaut add -")]
    assert inline_spans(text) == [(3, "wortlaut add x.txt")]
