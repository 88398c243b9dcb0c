"""Actors across articles: the user's aliases file and match_actor (is this actor one already
known?). store/ uses match_actor when it adds an article."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

import platformdirs

from ..model import Actor
from .descriptions import other_office
from .identities import ends_in_body_word
from .lexicon import chief_roles, company_role_prefixes, firstnames, is_generic_body, kind_heads, lexicon, member_offices, title_abbreviations, word_set
from .roles import _role_gender, council_noun, demonym_stem, place_for_stem, role_word
from .words import HONORIFICS, SURNAME_PARTS


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


def _given_names(name: str) -> list[str]:
    """The words of a name before its surname, the surname's particles not among them ("Conor Mac
    Giolla" -> ["Conor"], "Van der Broek" -> [], "Pieter van der Broek" -> ["Pieter"]): a surname
    with particles that stands alone in a later article names no first name of its own."""
    words = name.split()
    k = len(words) - 1
    while k > 0 and words[k - 1].casefold() in SURNAME_PARTS:
        k -= 1
    return words[:k]


def _first_names_agree(a: str, b: str) -> bool:
    """'Joe Biden' vs 'Hunter Biden' disagree; 'J. Biden', 'Biden' agree with 'Joe Biden'."""
    pa, pb = _given_names(a), _given_names(b)
    if not pa or not pb:
        return True
    fa, fb = pa[0].rstrip(".").casefold(), pb[0].rstrip(".").casefold()
    return fa == fb or ((pa[0].endswith(".") or pb[0].endswith(".")) and fa[:1] == fb[:1])


def _particles_agree(a: str, b: str) -> bool:
    """Whether two names' surnames with their particles are one, the one written shorter ending the
    other ("Mac Conmara" / "Conmara"): "Nic Conmara" (a woman's) is no "Mac Conmara", "van der Broek"
    no "van den Broek"."""
    ta, tb = (" ".join(n.split()[len(_given_names(n)):]).casefold() for n in (a, b))
    return ta.endswith(tb) or tb.endswith(ta)


def _roles_match(a: str, b: str) -> bool:
    if _initials_of(a, b) or _initials_of(b, a):
        return True  # "CEO" / "Chief Executive Officer", "MP" / "Member of Parliament"
    a, b = _unabbreviated(a.casefold(), b.casefold()), _unabbreviated(b.casefold(), a.casefold())
    if other_office(a, b) or other_office(b, a):
        return False  # "Vizebürgermeisterin" / "Bürgermeisterin": another office, though it ends in it
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a)
                              or a.startswith(b + " ") or b.startswith(a + " ")  # ("chief" / "chief executive": one role, shortened)
                              or b in gender_forms(a)  # ("Stadtrat" / "Stadträtin": one office, the holder's form)
                              or one_office_by_table(a, b))  # ("Rathauschef" / "Bürgermeister")


@lru_cache(maxsize=4096)
def office_words_for(role: str) -> frozenset[str]:
    """The offices a role noun of data/roles_<lang>.tsv says more plainly ("rathauschef" → "bürgermeister",
    "oberbürgermeister", …), casefolded; empty for a role not listed. The table by which a reference
    ("der Rathauschef") finds the mayor lets "Rathauschef Huber" of a later article be Bürgermeister Huber."""
    out: set[str] = set()
    for lang in ("de", "en"):
        entry = lexicon(lang).roles.get(role)
        if entry and entry[0]:
            out |= {r.strip().casefold() for r in entry[0].split("|") if r.strip()}
    return frozenset(out - {role})


def one_office_by_table(a: str, b: str) -> bool:
    """Whether data/roles_<lang>.tsv says one of the two casefolded roles more plainly as the other."""
    return b in office_words_for(a) or a in office_words_for(b)


def _office_word_elsewhere(known: Actor, candidate: Actor) -> bool:
    """Whether the two roles are one office only through data/roles_<lang>.tsv ("Rathauschef" /
    "Bürgermeister") and the two name different places or bodies: a looser link than one title, so
    "der Rathauschef von Bdorf, Huber" is not Adorf's Bürgermeister Huber (rr34)."""
    a, b = (known.role or "").casefold(), (candidate.role or "").casefold()
    return one_office_by_table(a, b) and bool(known.affiliation and candidate.affiliation
                                              and known.affiliation.casefold() != candidate.affiliation.casefold())


INITIALS_SKIP = {"of", "for", "the", "and", "des", "der", "für"}


def same_office(a: Actor, b: Actor) -> bool:
    """Two German compound roles of one office in one company, one of them with a word for any
    company before its head ("Konzernchefin", data/company_role_prefixes_de.txt), the other with
    that or with its holder's own company's name ("Korvantis-Chefin" of Korvantis): the heads are
    one ("Chefin"; a chief's word stands for the roles of data/chief_roles.tsv, "Vorstandsvorsitzende").
    A body of its own before the head ("Betriebsratschef") is another office."""
    (ha, any_a), (hb, any_b) = company_office(a), company_office(b)
    if not ha or not hb or not (any_a or any_b):
        return False
    return ha == hb or hb in chief_roles().get(ha, ()) or ha in chief_roles().get(hb, ())


def company_office(a: Actor) -> tuple[str, bool]:
    """(the head of the actor's compound role after the part naming its company, lowercase; whether
    that part is a word for any company), or ("", False): "Konzernchef" → ("chef", True),
    "Velmar-Chef" of Velmar → ("chef", False); not where the affiliation is a kind of body, no name."""
    role = (a.role or "").casefold()
    if not role or " " in role:
        return "", False
    for prefix in company_role_prefixes():
        if role.startswith(prefix) and len(role) - len(prefix) >= 4:
            return role[len(prefix):].lstrip("-"), True
    own = (a.affiliation or "").casefold()
    if own and " " not in own and role.startswith(own) and len(role) - len(own) >= 4 \
            and not is_generic_body(Actor("", a.affiliation, kind="organisation")):
        return role[len(own):].lstrip("-"), False
    return "", False


def _initials_of(short: str, full: str) -> bool:
    """Whether a role written as one word of capitals is the initials of the other, longer role's
    words ("CEO" of "Chief Executive Officer"; "of" and the like skipped: "MP" of "Member of Parliament")."""
    words = [w for w in full.replace("-", " ").split() if w.casefold() not in INITIALS_SKIP]
    return 2 <= len(short) <= 5 and short.isalpha() and short.isupper() and len(words) == len(short) \
        and "".join(w[0] for w in words).casefold() == short.casefold()


def _unabbreviated(role: str, other: str) -> str:
    """The role with each abbreviated title in it as the other role spells it out ("gov." beside
    "governor", "lt. gov." beside "lieutenant governor", "ceo" beside "chief executive officer");
    a word the other does not spell out stays."""
    padded = f" {' '.join(other.split())} "
    return " ".join(next((full for full in spelled_out(w) if f" {full} " in padded), w) for w in role.split())


def spelled_out(word: str) -> tuple[str, ...]:
    """The words an abbreviated title stands for ("Gov." -> ("governor",), data/title_abbreviations_<lang>.tsv),
    or () for any other word (a shared start is not enough: "Sen." is no senior adviser)."""
    low = word.casefold().rstrip(".")
    return tuple(full for lang in ("de", "en") for full in title_abbreviations(lang).get(low, ()))


def match_actor(candidate: Actor, known: list[Actor], aliases: dict[str, str] | None = None) -> str | None:
    """The id of the known actor this candidate is, or None for a new actor.

    1. the candidate's name (after the user's aliases) is a known actor's name or alias;
    2. a person with the same surname, agreeing first names and the same role or affiliation.
    More than one hit at either step is ambiguous: None, kept apart."""
    table = {k.casefold(): v for k, v in (aliases or {}).items()}
    name = table.get(candidate.name.casefold(), candidate.name)
    key = name.casefold()

    def kinds_fit(a: Actor) -> bool:
        return "unknown" in (a.kind, candidate.kind) or a.kind == candidate.kind or _kind_guessed(a, candidate)

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
    gender = title_gender(candidate.role)  # "Pfarrer Berger" is no Maria Berger, "Ministerin Berger" no Hans Berger
    by_alias = {i for i in by_alias if _gender_fits(next(a for a in known if a.id == i), gender)}
    if len(by_alias) == 1:
        return by_alias.pop()
    if len(by_alias) > 1:
        return None
    body_read = False  # a title that may name a body ("Bishop Auckland", "Stadtrat Pinneberg"): only a person of that role
    if (titled := titled_surname(candidate)) is not None:  # "Landesrat Zangerl", "Kreischef Tollkühn": the surname,
        body_read = candidate.kind == "organisation" or any(council_noun(w, "de") for w in name.split()[:-1])
        candidate, name = titled, titled.name  # with its title as the role (a person of another article)
    if candidate.kind == "organisation" and not body_read and (person := _surname_read_as_body(candidate, known)):
        return person
    if candidate.kind not in ("person", "unknown") or is_generic_body(candidate):
        return None
    surname = _surname(name)
    gender = title_gender(candidate.role)  # (the title read off the name)
    same = [a for a in known if (a.kind in ("person", "unknown") or _particle_name_as_body(a, name)) and _surname(a.name) == surname
            and _first_names_agree(a.name, name) and _particles_agree(a.name, name) and _gender_fits(a, gender)]
    fitting = [a for a in same if (_roles_match(a.role, candidate.role) and not _office_word_elsewhere(a, candidate))
               or body_role(candidate.role, a)
               or (not body_read and a.affiliation and a.affiliation == candidate.affiliation) or same_office(a, candidate)]
    if len(fitting) == 1:
        return fitting[0].id
    if body_read:
        return None
    # a lone surname ("Dunmore said …") is the one known person of that surname, as a reader takes
    # it, when nothing speaks against it (another role or affiliation); two of that surname: kept apart
    if not _given_names(name) and len(same) == 1 and not _contradicts(same[0], candidate):  # (none fits: else returned above)
        return same[0].id
    if not same and not any(w.casefold() in firstnames() for w in name.split()):  # "Eulenbergs Oberbürgermeisterin"
        return _role_reference(name.split(), [a for a in known if a.kind in ("person", "unknown")], set(), "")
    return None


def actor_of_reference(candidate: Actor, known: list[Actor], text: str,
                       spoke_on: Callable[[str], set[str]] | None = None) -> str | None:
    """A new article's actor named only by a generic noun ("der Landesrat", "the union"), which
    match_actor keeps apart: the one known actor it refers to, a person of that role or a body of
    that head ("Harbour Workers' Union"), but only where the article agrees (role_agrees)."""
    words = candidate.name.split()
    if len(words) != 1 or candidate.kind != "organisation":
        return None
    low = words[0].casefold()
    people = [a for a in known if a.kind in ("person", "unknown") and len(a.name.split()) > 1 and role_fits(a.role, low)]
    bodies = [a for a in known if a.kind == "organisation" and len(a.name) > len(low) and not is_generic_body(a)
              and a.name.casefold().split()[-1].endswith(low)] if is_generic_body(candidate) else []
    fits = people + bodies  # (a role read as a body, "Landesrat": the person of that role)
    return fits[0].id if len(fits) == 1 and role_agrees(fits[0], text, spoke_on) else None  # (the guard: of the one only)


def titled_surname(candidate: Actor) -> Actor | None:
    """A name read as title words before one surname ("Landesrat Zangerl", "Senator Pask", an
    article's only mention, which the name reader took whole, even for a body): the person of that
    surname, with the title as the role where none is given; None for any other name."""
    words = candidate.name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or _title_word(words[-1]) \
            or not all(_title_word(w) for w in words[:-1]):
        return None
    role = candidate.role or " ".join(words[:-1])
    return replace(candidate, name=words[-1], role=role, kind="person")


def _gender_fits(a: Actor, gender: str) -> bool:
    """Whether a known person's first name, or where the first name tells none the person's own German
    title ("Stadtrat Folkert X": m), is not of the other gender than a title gives."""
    words = a.name.split()
    if not gender or a.kind not in ("person", "unknown") or len(words) < 2:
        return True
    return (firstnames().get(words[0].casefold(), "") or title_gender(a.role or "")) in (gender, "")


@lru_cache(maxsize=4096)
def title_gender(role: str) -> str:
    """The gender a German title of one word gives its holder ("Pfarrer": m, "Ministerin": f), where
    the title has forms of both genders (roles._role_gender); "" for an English title ("Senator",
    "Bishop": either), a title of one form, or a role of several words."""
    if len(role.split()) != 1 or role_word(role, lexicon("en")) is not None or role_word(role, lexicon("de")) is None:
        return ""
    return _role_gender(role, "de") if gender_forms(role) else ""


@lru_cache(maxsize=4096)
def gender_forms(role: str) -> tuple[str, ...]:
    """The other gender's forms of a German title of one word that the role lexicon knows, lowercase
    ("Stadtrat" -> ("stadträtin",), "Gemeinderätin" -> ("gemeinderat",)); () for any other role."""
    low = role.casefold()
    if len(low.split()) != 1 or role_word(role, lexicon("de")) is None:
        return ()
    umlaut = re.sub(r"([aou])([^aou]*)$", lambda m: {"a": "ä", "o": "ö", "u": "ü"}[m.group(1)] + m.group(2), low)
    plain = re.sub(r"([äöü])([^äöü]*)$", lambda m: {"ä": "a", "ö": "o", "ü": "u"}[m.group(1)] + m.group(2), low[:-2])
    other = (low[:-2], plain) if _role_gender(role, "de") == "f" else (low + "in", umlaut + "in")
    return tuple(dict.fromkeys(o for o in other if o != low and role_word(o[:1].upper() + o[1:], lexicon("de")) is not None))


@lru_cache(maxsize=4096)
def _title_word(word: str) -> bool:
    """A title or role noun of either language ("Landesrat", "Cllr", "Kreischef"), not a first name."""
    return word.casefold() not in firstnames() and any(role_word(word, lexicon(lang)) is not None for lang in ("de", "en"))


def _kind_guessed(a: Actor, b: Actor) -> bool:
    """One name of one word, an organisation in one article and a person in the other: a bare
    name ("Fjordnet rejected …") is read as a person only for want of a first name, so the
    organisation the other article says it is stands."""
    return {a.kind, b.kind} == {"organisation", "person"} and len(a.name.split()) == 1 \
        and a.name.casefold() == b.name.casefold()


def _particle_name_as_body(a: Actor, name: str) -> bool:
    """A known "body" whose name is a person's: given names, then a surname with its particles ("Ruairí
    Mac Crannlaoich", "Pieter van der Broek"), no word of a body; its article read it as a body for want of
    a first name it knows, so a later "Deputy Mac Crannlaoich" (``name``, with the particles) may be that person."""
    words = a.name.split()
    given = _given_names(a.name)
    tail = " ".join(words[len(given):]).casefold()
    return a.kind == "organisation" and len(words) >= 3 and 0 < len(given) <= len(words) - 2 \
        and name.casefold().endswith(tail) and len(name.split()) >= len(words) - len(given) \
        and all(w[:1].isupper() and w.isalpha() for w in given) \
        and not any(w.casefold() in lexicon(lang).institutions for w in words for lang in ("en", "de"))


def _surname_read_as_body(candidate: Actor, known: list[Actor]) -> str | None:
    """A name of one word that its article read as a body for want of a first name but referred to as a
    person (Actor.read_as: "Deputy Considine, who …", "Okonkwo-Reid repeated her support"), the surname of exactly one known person named in full
    and the name of no known body: that person, as _kind_guessed reads a bare name the other way."""
    words = candidate.name.split()
    low = words[0].casefold() if len(words) == 1 else ""
    if not low or candidate.read_as != "person" or is_generic_body(candidate) or any(a.kind == "organisation" and a.name.casefold() == low for a in known):
        return None
    same = [a for a in known if a.kind in ("person", "unknown") and len(a.name.split()) > 1 and _surname(a.name) == low]
    return same[0].id if len(same) == 1 and not _contradicts(same[0], candidate) else None


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
    """Another role or affiliation given for both. An affiliation that is only the kind of body its
    own role names ("Fraktion" of "Fraktionschefin", "Council" of "Council leader") says nothing
    against a named one."""
    return bool(known.role and candidate.role and not _roles_match(known.role, candidate.role)
                and not (_member_of_office(known.role, candidate.role) and not _office_of_named_body(known, candidate))) \
        or bool(known.affiliation and candidate.affiliation and known.affiliation != candidate.affiliation
                and not _body_of_own_role(known) and not _body_of_own_role(candidate))


def _office_of_named_body(*actors: Actor) -> bool:
    """Whether one actor's role is an office whose word leaves out the body it leads ("Leader",
    data/leading_offices_en.txt) and its affiliation names a body of its own: "Green Party" (a body
    word), "Scottish Conservatives" (a party's member noun), "Labour" (data/parties_en.txt). That
    leader leads the party, no council, whose leader keeps only the council's place ("Marlow Heath")
    or area ("Fenmoor District", data/council_areas_en.txt)."""
    for a in actors:
        aff = (a.affiliation or "").strip()
        if not aff or (a.role or "").casefold() not in word_set("leading_offices_en.txt"):
            continue
        words = aff.split()
        last = words[-1].casefold()
        if last in word_set("council_areas_en.txt"):
            continue  # "Fenmoor District": the council's own area
        if ends_in_body_word(words, "en", lexicon("en")) or aff.casefold() in lexicon("en").organisations \
                or aff.casefold() in word_set("parties_en.txt") \
                or any(x in word_set("party_members_en.txt") for x in (last, last.removesuffix("s"))):
            return True
    return False


def _body_of_own_role(a: Actor) -> bool:
    """Whether the actor's affiliation is a kind of body, no name, that its role begins with."""
    aff = (a.affiliation or "").casefold()
    return bool(aff) and (a.role or "").casefold().startswith(aff) \
        and is_generic_body(Actor("", a.affiliation, kind="organisation"))


def _member_of_office(a: str, b: str) -> bool:
    """Whether one role is the member's title of the body whose office the other names, as a whole:
    "Cllr" (a councillor) and "Council leader", "leader of Hallow council" (data/member_offices.tsv):
    a paper writes the title of address in a later story. "Council chief executive", "county
    council spokesman" (staff of the council) and "Council of Europe Secretary General": no member."""
    offices = member_offices()
    for x, y in ((a, b), (b, a)):
        member = x.casefold().split()
        if len(member) != 1:
            continue
        said = [o for m in (member[0].rstrip("."), *spelled_out(member[0])) for o in offices.get(m, ())]
        office = " ".join(re.findall(r"[\w'-]+", y.casefold()))
        if any(re.fullmatch(r"[\w'-]+(?: [\w'-]+){0,2}".join(map(re.escape, o.split("*"))), office) for o in said):
            return True
    return False


# ----------------------------------------------------------------------------- speaker mentions
DETERMINERS = {"der", "die", "das", "den", "dem", "des", "the", "a", "an"}
GENDER = {"er": "m", "sie": "f", "he": "m", "she": "f"}
PRONOUNS = set(GENDER)
# words of a role phrase that name no place of the role's own ("des Landkreises Almstein": "Almstein")
PLACE_FRAME = {"von", "aus", "in", "im", "of", "for", "from", "county", "city", "landkreises", "kreises", "bezirks",
               "gemeinde", "stadt", "landes", "bundeslandes", "kantons", "county's"}


def speaker_of_mention(mention: str, here: list[Actor], known: list[Actor], text: str = "", at: int = 0,
                       spoke_on: Callable[[str], set[str]] | None = None) -> str | None:
    """The actor a speaker mention refers to that named nobody in its own article, read across
    articles ("Der Landrat spricht sich nun für … aus" in an article that later quotes
    "Fesenmeyer"). A lone surname ("Hambrecht") is the one known person of that surname; a
    pronoun ("sagte er", at ``at`` in the article ``text``) the one known person whose surname the
    article wrote last before it. A role noun ("Der Landrat", "the sheriff") is the one actor named in
    the same article (``here``) whose role ends in it, else the one known person with that role,
    but only where the article agrees (wrong-person guard, ``role_agrees``). A role with a place
    ("Die Landrätin des Landkreises Almstein") needs that place in the actor's affiliation or
    names. A bare body noun ("the union", which names nobody in an article that names no union) is
    the one known body of that head, where the article agrees (``actor_of_reference``). Two
    candidates, or none: None."""
    words = [w for w in mention.split() if w.casefold() not in DETERMINERS]
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return _surname_before(text[:at], known, GENDER.get(words[0].casefold(), "")) if text else None
    if not words or len(words[0]) < 4 or not words[0][:1].isalpha():
        return None
    if len(words) == 1:  # "the union said", left without an actor in its own article: the known body it refers to
        body = Actor("", words[0][:1].upper() + words[0][1:], kind="organisation")
        found = actor_of_reference(body, known, text, spoke_on) if is_generic_body(body) else None
        if found:
            return found
    elif (found := body_of_common_noun(words, known, text, spoke_on)) is not None:  # "the chamber of trade"
        return found
    people = [a for a in known if a.kind in ("person", "unknown")]
    if len(words) == 1 and words[0][:1].isupper():
        same = [a for a in people if len(a.name.split()) > 1 and _surname(a.name) == words[0].casefold()]
        if len(same) == 1:
            return None if _other_party_after(same[0], text[at + len(mention):]) else same[0].id
    return _role_reference(words, people, {h.id for h in here}, text, spoke_on, text[at + len(mention):] if text else "")


def _role_reference(words: list[str], people: list[Actor], here_ids: set[str], text: str = "",
                    spoke_on: Callable[[str], set[str]] | None = None, after: str = "") -> str | None:
    """The one person a role phrase ("Landrat", "Eulenbergs Oberbürgermeisterin", "Landrätin des
    Landkreises Almstein", "Drosmark's chief executive") refers to: its role words end that person's
    role (role_span); its other words name a place the person belongs to. A bare role: the one named
    in the article (``here_ids``), else the one known whose affiliation or topic the article ``text`` names."""
    gender = _mention_gender(words, after, people)  # ("Pellward's chief executive … he": no woman who held it before)
    people = [a for a in people if _gender_fits(a, gender)]
    span = role_span(words, people)
    if span is None:
        return None
    start, role_at = span
    rest = [w for i, w in enumerate(words) if not start <= i <= role_at]
    roled = [a for a in people if role_names(a, words[start:role_at + 1])]
    # "the council leader", "the union chief": the kind of body the role belongs to, no place of its own;
    # beside a place ("Fenmoor's council leader") only the place is one
    rest = [w for w in rest if not _body_kind(w)]
    if rest:  # a place of its own: only where the actor is of that place ("des Nachbarkreises": nobody known),
        # (an English owner's "'s" is no part of the place: "Drosmark's chief executive")
        places = [p for w in rest if (p := re.sub(r"['’]s$", "", w.strip(",.()")).rstrip("’'")) and p.casefold() not in PLACE_FRAME]
        pick = [a for a in roled if places and all(_of_place(a, p) for p in places)]
        if pick or not places or any(p.casefold().endswith(f) for p in places for f in PLACE_FRAME if len(f) > 4) \
                or any(_of_place(a, p) for a in people for p in places):
            return pick[0].id if len(pick) == 1 else None
        # else the place is a name ("des Nachbarkreises" is none) no known person is of: the one person of
        # that role the article itself names ("Die Landrätin des Landkreises Almstein wirbt … Ungerer begründete …")
        local = [a for a in roled if a.id in here_ids]
        if len(local) == 1:
            return local[0].id
        # or the one known person of that role, whose place no article named ("Mayor Theresa Calloway", later
        # "The mayor of Cedar Hollow said …"), where the article agrees (a target she spoke on, her surname);
        # one of a party (no place either) only where the article names that party ("der CDU-Politiker")
        if len(roled) == 1 and roled[0].id not in here_ids and (
                (not roled[0].affiliation and role_agrees(roled[0], text, spoke_on))
                or (no_place_named(roled[0]) and party_tied(roled[0], text, after))):  # (her party: not a target alone)
            return roled[0].id
        return None
    # a bare role names the person's own role, not an office a member of a body may hold: a known
    # "Councillor" is not "the council leader" of an article about any council (that needs the place)
    roled = [a for a in roled if role_names(a, words[start:role_at + 1], member=False)]
    local = [a for a in roled if a.id in here_ids]
    if local:
        return local[0].id if len(local) == 1 else None
    return roled[0].id if len(roled) == 1 and role_agrees(roled[0], text, spoke_on) else None  # (the guard: of the one only)


SENTENCE_PRONOUN = re.compile(r"^([^.!?]*?)\b(he|she)\b")


def _mention_gender(words: list[str], after: str, people: list[Actor]) -> str:
    """The gender a role mention gives its holder: a German title's own ("Die Landrätin des Landkreises
    Almstein", title_gender), else the first English subject pronoun after it in its sentence
    ("Pellward's chief executive said he …"), but not after another person named before it ("thanked
    Ashcombe …, saying she", "told Mr Holt he"): it may be theirs. ("his", "her" are often another's,
    and "her" is a German word: not read.)"""
    if gender := next((g for w in words if (g := title_gender(w.strip(",.()")))), ""):
        return gender
    found = SENTENCE_PRONOUN.match(after)
    if not found:
        return ""
    surnames = {_surname(a.name) for a in people}
    between = re.findall(r"[^\W\d_][\w'-]*\.?", found.group(1))
    if any(w[:1].isupper() and (w.rstrip(".").casefold() in HONORIFICS or w.casefold() in firstnames()
                                or w.casefold().removesuffix("'s") in surnames) for w in between):
        return ""
    return GENDER[found.group(2)]


def role_span(words: list[str], people: list[Actor]) -> tuple[int, int] | None:
    """(first, last) index of the role words of a mention: the first word of four letters or more
    that, alone or after lower-case words before it, names a known person's role (role_names), with
    as many of those words as name it together: "chief executive" of "Drosmark's chief executive",
    "council leader" of "Ashby Vale's council leader" (a councillor's office, data/member_offices.tsv)."""
    for i, w in enumerate(words):
        if len(w) < 4:
            continue
        firsts = [j for j in range(i, -1, -1) if all(x[:1].islower() and x.isalpha() for x in words[j:i])]
        fits = [j for j in firsts if any(role_names(a, words[j:i + 1]) for a in people)]
        if fits:
            return fits[-1], i
    return None


def role_names(a: Actor, words: list[str], member: bool = True) -> bool:
    """Whether role words of a mention name the person's role: one word as role_fits or body_role
    read it; several lower-case words as the end of the role ("chief executive"), or (``member``) as
    an office a member of the body holds whose title the role is ("council leader" of "Councillor":
    _member_of_office)."""
    if len(words) == 1:
        return role_fits(a.role, words[0]) or body_role(words[0], a)
    phrase = " ".join(words).casefold()
    role = (a.role or "").casefold()
    return bool(role) and ((role == phrase or role.endswith(" " + phrase)) or (member and _member_of_office(a.role, phrase)))


def body_of_common_noun(words: list[str], known: list[Actor], text: str,
                        spoke_on: Callable[[str], set[str]] | None = None) -> str | None:
    """A body named by its common noun of several lower-case words ("the chamber of trade", "the
    farmers' union"), which names nobody in its own article: the one known body whose name is that
    noun after words of its own ("Tallowfield Chamber of Trade"), where the article agrees
    (role_agrees). A place or name before it ("the Dunmere chamber of commerce") makes the mention
    a body of its own article, read there, not here."""
    if len(words) < 2 or not all(w[:1].islower() for w in words):
        return None
    noun = " ".join(words).casefold()
    bodies = [a for a in known if a.kind == "organisation" and a.name.casefold().endswith(" " + noun)]
    return bodies[0].id if len(bodies) == 1 and role_agrees(bodies[0], text, spoke_on) else None


def no_place_named(a: Actor) -> bool:
    """Whether no article named a place for the actor: no affiliation, or one that is a known
    organisation, a party ("Landrat Detlef Wübbena (CDU)"), not a place."""
    low = (a.affiliation or "").casefold()
    return not low or any(low in lexicon(lang).organisations for lang in ("de", "en"))


def _body_kind(word: str) -> bool:
    """A bare lowercase noun of a kind of body ("the council leader", "the union chief"), not a name:
    it says whose role it is without saying which one. (German nouns are capitalised: never one.)"""
    low = word.strip(",.()").casefold()
    return word[:1].islower() and any(low in lexicon(lang).institutions or low.rstrip("s") in lexicon(lang).institutions
                                      for lang in ("en", "de"))


@lru_cache(maxsize=4096)
def role_forms(word: str) -> tuple[str, ...]:
    """The roles a role noun of a reference names, lowercase: itself and those data/roles_<lang>.tsv
    gives it ("Regierungschefin" → "ministerpräsidentin", "kanzlerin", …)."""
    low = word.casefold()
    refs = {r.casefold() for lang in ("de", "en") for r in lexicon(lang).roles.get(low, ("", ""))[0].split("|") if r}
    return (low, *sorted(refs - {low}))


def role_fits(role: str, word: str) -> bool:
    """Whether an actor's role is what a role noun of a mention names: it ends in one of the noun's
    role_forms, or it is a title abbreviated to its start ("Gov." is the governor, "Sen." the senator);
    not where the role's words before it make another office (descriptions.other_office: "die
    Bürgermeisterin" is not the known "Vizebürgermeisterin", "the sheriff" no "Deputy Sheriff")."""
    low = (role or "").casefold()
    if not low:
        return False
    return any(low.endswith(form) and not other_office(low, form) for form in role_forms(word)) \
        or (word.casefold() in spelled_out(low.split()[-1]) and not other_office(low, low.split()[-1]))


def body_role(word: str, a: Actor) -> bool:
    """Whether a German compound role noun names the actor's role in the body of its affiliation:
    its first part is the affiliation's first word or that word without its kind of body
    (body_starts), its head is the actor's role or a chief's word for it (data/chief_roles.tsv):
    "Tourismusobfrau" is the Obfrau of the "Tourismusverband Kargstein", "Handelsverbandschefin" the
    Vorsitzende of the "Handelsverband Oberes Fennetal". "Vizebürgermeisterin" names no body
    ("Vize…" begins none), a "Landesvorsitzende" is no Vorsitzende of a "Kreisverband", and a
    "Stadtchef" none of the "Stadtwerke" (no kind of body); an actor without an affiliation has no body to name."""
    if not (a.affiliation or "").strip() or not a.role or " " in a.role or not word[:1].isupper():
        return False
    low, role, starts = word.strip(",.()").casefold(), a.role.casefold(), body_starts(a.affiliation.split()[0].casefold())
    return any(role in roles and any(start in starts for start in stem_starts(stem))
               for stem, roles in compound_heads(low))


def stem_starts(stem: str) -> tuple[str, ...]:
    """The body_starts a compound's first part may be: itself, and without a linking s or hyphen
    ("handelsverbands" -> "handelsverband")."""
    return (stem, stem[:-1]) if stem[-1] in "s-" else (stem,)


@lru_cache(maxsize=4096)
def body_starts(body: str) -> frozenset[str]:
    """What the first part of a compound role noun naming the body of this lowercase first word of
    an affiliation may be: the word itself, and the word without a kind of body it ends in
    (data/body_kinds_de.tsv: "tourismusverband" -> "tourismus"; four letters or more). Not any
    start of it: "kreis" is none of the "kreissparkasse", "stadt" none of the "stadtwerke"."""
    kinds = {w for k, ends in kind_heads("de").items() for w in (k, *ends)}
    return frozenset({body} | {body[:cut] for cut in range(4, len(body)) if body[cut:] in kinds})


@lru_cache(maxsize=4096)
def compound_heads(low: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each split of a lowercase compound role noun into a first part (four letters or more, a
    linking s kept) and the roles its head may be: the head itself and, for a chief's word, the
    roles of data/chief_roles.tsv ("handelsverbands" + "chefin": vorsitzende, präsidentin, …)."""
    return tuple((low[:cut], (low[cut:], *chief_roles().get(low[cut:], ())))
                 for cut in range(4, len(low) - 3) if len(low[:cut].rstrip("s-")) >= 4)


def _of_place(a: Actor, place: str) -> bool:
    """Whether a place word ("Eulenbergs", "Almstein") names the actor's affiliation or a word of
    its names (a genitive -s dropped)."""
    forms = {place.casefold()} | ({place[:-1].casefold()} if place.endswith("s") else set())
    own = {w.casefold() for n in (a.affiliation, a.name, *a.aliases) for w in (n or "").replace("-", " ").split()}
    return bool(forms & own)


def role_agrees(a: Actor, text: str, spoke_on: Callable[[str], set[str]] | None = None) -> bool:
    """Wrong-person guard: something in the article agrees with a known actor a bare role mention
    might be: its affiliation (the place or body the role belongs to, a party) or a target the actor
    spoke on, or the person's surname written as a name ("Thwaite has dropped her opposition. '…,' the
    councillor said"; not after an article: "der Bauer"). Without the article's text nothing agrees."""
    if not text:
        return False
    if affiliation_written(a, text):
        return True
    if a.kind in ("person", "unknown") and len(a.name.split()) > 1 and surname_written(a.name.split()[-1], text):
        return True
    low = text.casefold()
    return any(len(t) >= 4 and t.casefold().lstrip("#") in low for t in (spoke_on(a.id) if spoke_on else ()))


def affiliation_written(a: Actor, text: str) -> bool:
    """Whether the text names the actor's affiliation (a place, a body, a party: "der CDU-Politiker")."""
    return bool(a.affiliation) and re.search(r"(?<!\w)" + re.escape(a.affiliation.casefold()) + r"s?(?!\w)",
                                              text.casefold()) is not None


QUOTED = re.compile(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»")


def party_tied(a: Actor, text: str, after: str) -> bool:
    """Whether the article ties the actor's party to the mention itself (``after``: the text that
    follows it): an aside next to it ("Der Landrat des Kreises X (CDU)", "The mayor of X, a Labour
    politician,"), or a description of one person prefixed with the party outside any quote ("Der
    CDU-Politiker verwies …", "the Labour politician"), of the person's gender. Another party in the
    aside, the party as a body ("Die CDU-Fraktion kritisierte ihn") or inside a quote: no."""
    party = (a.affiliation or "").casefold()
    if not party:
        return False
    aside = re.match(r"\s*(?:\(([^()]{2,40})\)|,\s*(an?\s[^,.;]{2,60})[,.;])", after)
    if aside:
        said = (aside.group(1) or aside.group(2)).casefold()
        if re.search(r"(?<!\w)" + re.escape(party) + r"(?!\w)", said):
            return True
        if aside.group(1):
            return False  # "(SPD)": the mention's own party, another one
    gender = (firstnames().get(a.name.split()[0].casefold(), "") if len(a.name.split()) > 1 else "") \
        or title_gender(a.role)
    pattern = r"(?<!\w)(?:der|die|den|dem|des|the)\s+" + re.escape(party) + r"(?:-|\s)(\w+)(\s+[A-ZÄÖÜ]\w*)?"
    unquoted = QUOTED.sub(" ", text)
    for m in re.finditer(pattern, unquoted, flags=re.IGNORECASE):
        noun = m.group(1).casefold()
        if role_word(noun.capitalize(), lexicon("de")) is None and role_word(noun, lexicon("en")) is None:
            continue  # "die CDU-Fraktion": the party's body, not a person
        if m.group(2) and m.group(2).strip()[:1].isupper() and m.group(2).strip().casefold() in firstnames():
            continue  # "der SPD-Politiker Oskar Brand": another actor's name
        said = title_gender(noun.capitalize())
        if not (gender and said and said != gender):
            return True
    return False


def surname_written(surname: str, text: str) -> bool:
    """Whether the text writes the surname as a name: capitalised, a whole word, no article before it."""
    if len(surname) < 3 or not surname[:1].isupper():
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
        before = text[:m.start()].split()
        if not before or before[-1].casefold() not in DETERMINERS:
            return True
    return False


def _other_party_after(a: Actor, after: str) -> bool:
    """A lone surname the article gives another party or place in brackets ("Kargl (SPD)" for a
    known CSU man): someone else of that name."""
    m = re.match(r"\s*\(([^()]{2,40})\)", after)
    if not m or not a.affiliation:
        return False
    said, own = m.group(1).casefold(), a.affiliation.casefold()
    return own not in said and said not in own


def _surname_before(before: str, known: list[Actor], gender: str) -> str | None:
    """The known person (first name and surname) whose surname is the last known surname written
    in the two sentences before a pronoun, of the pronoun's gender where the first name tells it;
    two such persons of that surname: None."""
    people = [a for a in known if a.kind in ("person", "unknown") and len(a.name.split()) > 1
              and firstnames().get(a.name.split()[0].casefold(), gender) in (gender, "")]
    surnames = {_surname(a.name) for a in people}
    window = " ".join(re.split(r"(?<=[.!?])\s+", before)[-2:])
    last = next((w for w in reversed(re.findall(r"[^\W\d_][\w-]+", window)) if w.casefold() in surnames
                 and w[:1].isupper()), None)
    same = [a for a in people if last and _surname(a.name) == last.casefold()]
    return same[0].id if len(same) == 1 else None
