"""Small formatting and parsing helpers shared by the dashboard's widgets and screens."""
from __future__ import annotations

import re
from datetime import date

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

STANCE_LABEL = {1: "for", -1: "against", 0: "neutral"}
STANCE_MARK = {1: "+", -1: "−", 0: "·"}
STANCE_STYLE = {1: "bold green", -1: "bold red", 0: "dim"}
KIND_LABEL = {
    "direct": "direct",
    "indirect": "indirect",
    "reported": "reported",
    "free_indirect": "free ind.",
    "partial": "partial",
}


def excerpt(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def list_keys(prefix: str, first: str = "g", last: str = "G") -> list[Binding]:
    """j/k and g/G on a list or table: actions ``cursor_down``, ``cursor_up``, ``first``, ``last``,
    binding ids ``prefix.down``, ``prefix.up``, ``prefix.first``, ``prefix.last``."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding(first, "first", "First", show=False, id=f"{prefix}.first"),
        Binding(last, "last", "Last", show=False, id=f"{prefix}.last"),
    ]


def cursor_row_key(table: DataTable) -> str | None:
    """The key of the row under the table's cursor (None in an empty table)."""
    if not table.row_count:
        return None
    try:
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    except Exception:
        return None


def stance_text(value: int | None, *, long: bool = False) -> Text:
    if value is None:
        return Text("")
    label = f"{STANCE_MARK.get(value, '?')}{' ' + STANCE_LABEL.get(value, '') if long else ''}"
    return Text(label, style=STANCE_STYLE.get(value, ""))


def date_label(iso: str | None, precision: str = "day") -> str:
    """A statement or article date for a table cell: "2022-02-15", "2022-02 (month)", "unknown"."""
    if not iso:
        return "unknown"
    if precision == "month":
        return iso[:7] + "   ~"
    if precision == "year":
        return iso[:4] + "      ~"
    if precision == "week":
        return iso + "~"
    return iso


# --- dates typed by the user --------------------------------------------------------------
# The dates helper's parser (extract.dates) when it is there; a strict fallback otherwise.
try:  # pragma: no cover - depends on another helper's module
    from extract.dates import DateError, parse_date_range, parse_user_date
except ImportError:  # pragma: no cover
    class DateError(ValueError):  # type: ignore[no-redef]
        """A date the user typed that cannot be read."""

    _ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
    _DE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")

    def parse_user_date(value: str) -> str:  # type: ignore[no-redef]
        m = _ISO.match(value)
        if m:
            y, mo, d = (int(g) for g in m.groups())
        else:
            m = _DE.match(value)
            if not m:
                raise DateError(f"not a date: {value!r} (use 2022-02-15 or 15.02.2022)")
            d, mo, y = (int(g) for g in m.groups())
        try:
            return date(y, mo, d).isoformat()
        except ValueError as err:
            raise DateError(f"impossible date: {value!r} ({err})") from None

    def parse_date_range(value: str) -> tuple[str | None, str | None]:  # type: ignore[no-redef]
        if ".." in value:
            a, b = value.split("..", 1)
            return (parse_user_date(a) if a.strip() else None, parse_user_date(b) if b.strip() else None)
        d = parse_user_date(value)
        return d, d


def user_date(value: str) -> str:
    """ISO date from "2022-02-15" or "15.02.2022"; DateError with a readable message otherwise."""
    return parse_user_date(value.strip())


def user_range(value: str) -> tuple[str | None, str | None]:
    """(from, to) from one date or "A..B" (either side may be empty)."""
    value = value.strip()
    if not value:
        return None, None
    if ".." not in value:
        d = user_date(value)
        return d, d
    return parse_date_range(value)


def parse_stances(value: str) -> dict[str, int]:
    """'Sanktionen=+1, Krieg=-1' -> {"Sanktionen": 1, "Krieg": -1}; ValueError on bad parts."""
    out: dict[str, int] = {}
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"{part!r}: write topic=+1, topic=-1 or topic=0")
        topic, raw = (x.strip() for x in part.rsplit("=", 1))
        raw = raw.replace("−", "-")
        if not topic or raw not in {"+1", "1", "-1", "0", "+", "-"}:
            raise ValueError(f"{part!r}: the stance is +1, -1 or 0")
        out[topic] = {"+": 1, "-": -1}.get(raw, None) if raw in {"+", "-"} else int(raw)
    return out


def format_stances(stance: dict[str, int]) -> str:
    return ", ".join(f"{t}={'+' if v > 0 else ''}{v}" for t, v in stance.items())
