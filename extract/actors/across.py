"""Actors across articles: the user's aliases file and match_actor (is this actor one already
known?). store/ uses match_actor when it adds an article."""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

import platformdirs

from ..model import Actor
from .lexicon import is_generic_body
from .roles import demonym_stem, place_for_stem


# ----------------------------------------------------------------------------- user aliases
class AliasesError(ValueError):
    """The user's aliases file cannot be read; the message names the file and the line."""


def aliases_path() -> Path:
    """The user's aliases file: $WORTLAUT_ALIASES, else aliases.toml (or aliases.tsv) in the
    user config dir. Each entry maps a variant name to the one canonical name."""
    env = os.environ.get("WORTLAUT_ALIASES")
    if env:
        return Path(env)
    folder = Path(platformdirs.user_config_dir("wortlaut"))
    toml, tsv = folder / "aliases.toml", folder / "aliases.tsv"
    return tsv if tsv.is_file() and not toml.is_file() else toml


def load_aliases(path: Path | None = None) -> dict[str, str]:
    """variant name -> canonical name. A missing file is no aliases. Formats:
    aliases.toml: ``"Vladimir Putin" = "Wladimir Putin"`` or ``"Wladimir Putin" = ["Vladimir Putin",
    "W. Putin"]`` (top level or under ``[aliases]``); aliases.tsv: ``variant<TAB>canonical``."""
    path = Path(path) if path is not None else aliases_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return {}
    return dict(_load_aliases_cached(str(path), mtime))


@lru_cache(maxsize=8)
def _load_aliases_cached(path: str, mtime: int) -> tuple[tuple[str, str], ...]:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise AliasesError(f"{path}: cannot read the aliases file ({err})") from err
    pairs: list[tuple[str, str]] = []
    if path.endswith(".tsv"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) < 2 or not cols[0] or not cols[1]:
                raise AliasesError(f"{path}:{n}: expected 'variant<TAB>canonical name'")
            pairs.append((cols[0], cols[1]))
        return tuple(pairs)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise AliasesError(f"{path}: {err}") from err
    table = data.get("aliases", data) if isinstance(data.get("aliases"), dict) else data
    for key, value in table.items():
        if isinstance(value, str):
            pairs.append((key, value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs.extend((v, key) for v in value)
        else:
            raise AliasesError(f"{path}: {key!r} must map to a name or a list of names")
    return tuple(pairs)


# ----------------------------------------------------------------------------- across articles
def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _first_names_agree(a: str, b: str) -> bool:
    """'Joe Biden' vs 'Hunter Biden' disagree; 'J. Biden', 'Biden' agree with 'Joe Biden'."""
    pa, pb = a.split()[:-1], b.split()[:-1]
    if not pa or not pb:
        return True
    fa, fb = pa[0].rstrip(".").casefold(), pb[0].rstrip(".").casefold()
    return fa == fb or ((pa[0].endswith(".") or pb[0].endswith(".")) and fa[:1] == fb[:1])


def _roles_match(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


def match_actor(candidate: Actor, known: list[Actor], aliases: dict[str, str] | None = None) -> str | None:
    """The id of the known actor this candidate is, or None for a new actor.

    1. the candidate's name (after the user's aliases) is a known actor's name or alias;
    2. a person with the same surname, agreeing first names and the same role or affiliation.
    More than one hit at either step is ambiguous: None, kept apart."""
    table = {k.casefold(): v for k, v in (aliases or {}).items()}
    name = table.get(candidate.name.casefold(), candidate.name)
    key = name.casefold()

    def kinds_fit(a: Actor) -> bool:
        return "unknown" in (a.kind, candidate.kind) or a.kind == candidate.kind

    if name == candidate.name and is_generic_body(candidate):
        return None  # "Regierung" in two articles: whose? kept apart unless the affiliation says
    exact = [a for a in known if a.name.casefold() == key and kinds_fit(a)]
    if len(exact) == 1:
        return exact[0].id
    if len(exact) > 1:
        return None
    by_alias = {a.id for a in known if kinds_fit(a) and key in (x.casefold() for x in a.aliases)}
    for alias in candidate.aliases:  # the candidate's own full-name variants ("Russia" for "Russland")
        if " " in alias.strip() or candidate.kind in ("country", "organisation"):
            low = alias.casefold()
            by_alias |= {a.id for a in known if kinds_fit(a) and a.name.casefold() == low}
    if candidate.kind == "organisation":  # "Valdorian Finance Ministry" is "Finance Ministry (Valdoria)"
        by_alias |= {a.id for a in known if a.kind == "organisation" and _same_body_by_place(a, candidate)}
    if len(by_alias) == 1:
        return by_alias.pop()
    if len(by_alias) > 1 or candidate.kind not in ("person", "unknown") or is_generic_body(candidate):
        return None
    surname = _surname(name)
    same = [a for a in known if a.kind in ("person", "unknown") and _surname(a.name) == surname
            and _first_names_agree(a.name, name)]
    fitting = [a for a in same if _roles_match(a.role, candidate.role)
               or (a.affiliation and a.affiliation == candidate.affiliation)]
    if len(fitting) == 1:
        return fitting[0].id
    # a lone surname ("Dunmore said …") is the one known person of that surname, as a reader takes
    # it, when nothing speaks against it (another role or affiliation); two of that surname: kept apart
    if len(name.split()) == 1 and len(same) == 1 and not _contradicts(same[0], candidate):  # (none fits: else returned above)
        return same[0].id
    return None


def _same_body_by_place(a: Actor, b: Actor) -> bool:
    """One is '<Adjective> Body', the other 'Body (Place)', and the adjective fits the place."""
    for x, y in ((a, b), (b, a)):
        words = x.name.split()
        stem = demonym_stem(words[0], "en") if len(words) > 1 and words[0][:1].isupper() else ""
        body = " ".join(words[1:]).casefold()
        if stem and y.affiliation and y.name.casefold() == f"{body} ({y.affiliation.casefold()})" \
                and place_for_stem(stem, [y.affiliation]):
            return True
    return False


def _contradicts(known: Actor, candidate: Actor) -> bool:
    """Another role or affiliation given for both."""
    return bool(known.role and candidate.role and not _roles_match(known.role, candidate.role)) \
        or bool(known.affiliation and candidate.affiliation and known.affiliation != candidate.affiliation)


# ----------------------------------------------------------------------------- speaker mentions
DETERMINERS = {"der", "die", "das", "den", "dem", "des", "the", "a", "an"}


def speaker_of_mention(mention: str, here: list[Actor], known: list[Actor]) -> str | None:
    """The actor a speaker mention refers to that named nobody in its own article, read across
    articles ("Der Landrat spricht sich nun für … aus" in an article that later quotes
    "Fesenmeyer"): a role noun ("Der Landrat", "the sheriff") is the one actor named in the same
    article (``here``, as matched to ``known``) whose role ends in it, else the one known person
    with that role; a lone surname ("Hambrecht") is the one known person of that surname. Two
    candidates, or none: None."""
    words = [w for w in mention.split() if w.casefold() not in DETERMINERS]
    if len(words) != 1 or len(words[0]) < 4 or not words[0][:1].isalpha():
        return None
    word = words[0]
    people = [a for a in known if a.kind in ("person", "unknown")]
    if word[:1].isupper():
        same = [a for a in people if len(a.name.split()) > 1 and _surname(a.name) == word.casefold()]
        if len(same) == 1:
            return same[0].id
    roled = [a for a in people if a.role and a.role.casefold().endswith(word.casefold())]
    here_ids = {h.id for h in here}
    local = [a for a in roled if a.id in here_ids]
    for pick in (local, roled):
        if len(pick) == 1:
            return pick[0].id
        if pick:
            return None
    return None
