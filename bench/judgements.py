"""Score the extractor's judgements on the invented evaluation sets in tests/data/eval/:
who said it (issue 15), stances and position changes (issue 16).

    python bench/judgements.py {speakers,stances,changes,all} [--lang de|en|all]
        [--split dev|check|extra|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|all] [--half 1|2] [--show-errors] [--data DIR] [--repo DIR]
    python bench/judgements.py nearmiss [--lang de|en|all] [--split dev|check|all] [--show-errors]
    python bench/judgements.py interviews [--lang de|en|all] [--split dev|check|all]

"interviews" scores interviews_<lang>_<split>.jsonl (printed interviews, speaker format) as
speakers are scored; "all" runs the three kinds above and then "nearmiss", not the interviews.

The extractor imported is the one of the repository given by --repo (default: the current
working directory), so another worktree can run this file with its own venv:

    /work/wt/x/.venv/bin/python /work/wt/eval/bench/judgements.py all --data /work/wt/eval/tests/data/eval

Files: <kind>_<lang>_<split>.jsonl (and <kind>_<lang>_<topic>_<split>.jsonl). Develop on *_dev, score *_check only at the end. `--split all`
is dev+check; `extra` and the blind held-out `fresh`, `fresh2`, `fresh3`, `fresh4`, `fresh5`, `fresh6`, `fresh7`, `fresh8`, `fresh9`, `fresh10`, `fresh11`, `fresh12`, `fresh13`, `fresh14`, `fresh15`, `fresh16`, `fresh17`, `fresh18`, `fresh19`, `fresh20`, `fresh21`, `fresh22`, `fresh23`, `fresh24`, `fresh25`, `fresh26` and `fresh27` splits are scored only when named.

Scoring rules
-------------
speakers  For each expect item, the extracted statement whose quote_text contains the expected
          "quote" (whitespace and quotation marks normalised; of several, the shortest).
          None → "missed". Found → right iff its speaker name equals the expected speaker
          (case-insensitive, whitespace-normalised; an expected null must meet no speaker).
          Speaker accuracy is given over all items ("right") and over the found ones
          ("right|found"). Where a "role" is expected, the role of the statement's actor
          (Extraction.actors, field role) is compared the same way and reported apart; it does
          not count in speaker accuracy.
stances   The statements whose speaker name equals "speaker" (case-insensitive); if there is
          none, those whose speaker name contains it or is contained in it ("Beispiel" for
          "Anna Beispiel"), so that a stance test does not hinge on name completion.
          Polar case (stance ±1): right iff some of those statements has a stance key equal to
          the target (case-insensitive; a leading '#' of a key term is ignored; exact lemma, no
          compound-part matching) with the expected sign, and none has that key with the
          opposite sign. A polar case with no statement by the speaker is wrong.
          No-stance case (stance null): right iff none of those statements carries any non-zero
          stance (configured topics and key terms alike).
changes   Every article of a scenario is extracted with its published date; actors are matched
          across articles with extract.actors.match_actor (as the store does when adding), the
          statements get the matched ids, and extract.positions.find_changes is called as the
          store calls it (store/db.py, default arguments). A found change matches an expected
          one iff the actor (canonical name or alias, case-insensitive), the target (the
          change's target or topic, '#' ignored, equal to the expected target or to a configured
          topic the expected target belongs to) and before/after signs agree (and, where the case
          gives a "before_date" prefix, the earlier position's date starts with it). Reported: reversals
          found, reversals missed, false changes, scenarios fully right (all found, none false).
nearmiss  What must be left alone (nearmiss_<lang>_<split>.jsonl): each text names fragments
          ("leave", each verbatim once in the text) that a careful reader knows are no statement
          ("what": "statement") or no stance of a speaker ("what": "stance"). A statement touches a
          fragment when any of its spans (quote, speaker mention, cue) overlaps it. "statement":
          right iff no statement touches the fragment; "stance": right iff no statement touching
          it carries a non-zero stance (statements may be found). Counted per fragment, by the
          case's family (NEARMISS_FAMILIES); --show-errors prints what was wrongly found.
          "untouched" counts the "stance" fragments that no statement touches: they pass without
          testing the stance reading.

One case that raises is counted wrong; --show-errors prints the error and every wrong case.
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import sys
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent / "tests" / "data" / "eval"
KINDS = ("speakers", "stances", "changes")
# the five kinds of over-reach probe (COMMON19): the same trigger word in ordinary narration, the
# construction with a subject that cannot speak, another's view or a plan, a question / number /
# hypothetical, the construction inside or beside a quotation
NEARMISS_FAMILIES = ("narration_trigger", "nonspeaker_subject", "other_view_or_plan",
                     "question_number_hypothetical", "near_quote")

# The families (speakers) and patterns (stances) a case may name, per language.
SPEAKER_FAMILIES = {
    "de": ("dateline", "surname", "pronoun", "role_noun", "separable_verb", "noun_cue", "laut_zufolge",
           "name_particle", "role_prefix", "apposition", "interview", "no_antecedent", "split_quote", "body"),
    "en": ("dateline", "surname", "pronoun", "role_noun", "according_to", "apposition", "name_particle",
           "headline", "noun_cue", "reporting_verb", "no_antecedent", "role_prefix"),
}
NO_STANCE_PATTERNS = ("no_stance_plan", "no_stance_question", "no_stance_number", "no_stance_report_other",
                      "no_stance_neutral")
STANCE_PATTERNS = {
    "de": ("fuer_gegen", "demand", "reject", "evaluative", "nichts_halten", "nicht_infrage", "warnen_vor",
           "warnen_davor_zu", "ausstieg", "negation_scope", "nicht_gegen_aber", "welcome", "nominal", "give_up",
           *NO_STANCE_PATTERNS),
    "en": ("support_oppose", "call_for", "reject", "evaluative", "warn_against", "warn_against_doing", "end_of",
           "negation_scope", "not_against_but", "welcome", *NO_STANCE_PATTERNS),
}

QUOTE_MARKS = re.compile(r"[\"„“”‚‘’'«»‹›]")


def use_repo(repo: str | None) -> None:
    """Import the extractor of ``repo`` (default: the working directory), not this file's repo."""
    root = os.path.abspath(repo or os.getcwd())
    if root in sys.path:
        sys.path.remove(root)
    sys.path.insert(0, root)


def norm(text: str | None) -> str:
    """Compare text with whitespace and quotation marks normalised, case-insensitive."""
    return " ".join(QUOTE_MARKS.sub("", text or "").replace("\xa0", " ").split()).casefold()


def load(data: Path, kind: str, lang: str, split: str) -> list[dict[str, Any]]:
    """The cases of <kind>_<lang>_<split>.jsonl, then of any topical file of the same split
    (<kind>_<lang>_<topic>_<split>.jsonl, e.g. speakers_de_names_dev.jsonl)."""
    paths = [data / f"{kind}_{lang}_{split}.jsonl", *sorted(data.glob(f"{kind}_{lang}_*_{split}.jsonl"))]
    rows = []
    for path in (p for p in paths if p.exists()):
        with path.open(encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def cases(data: Path, kind: str, langs: Iterable[str], splits: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """(split, case) pairs of the chosen files, in file order."""
    return [(split, c) for lang in langs for split in splits for c in load(data, kind, lang, split)]


def half(items: list[tuple[str, dict[str, Any]]], which: int) -> list[tuple[str, dict[str, Any]]]:
    """Every other case of each family (or pattern; change scenarios are grouped into those with
    reversals and those without, since writers often alternate the two): half 1 holds the first,
    third, … case, half 2 the rest. An opened split is read on one half and checked on the other."""
    seen: dict[str, int] = defaultdict(int)
    kept = []
    for split, case in items:
        kind = case.get("family") or case.get("pattern")
        if kind is None and "articles" in case:
            kind = "reversal" if case.get("expect") else "no_change"
        group = f"{split}/{kind or ''}"
        if seen[group] % 2 == which - 1:
            kept.append((split, case))
        seen[group] += 1
    return kept


@dataclass
class Tally:
    """Counts per group (family / pattern) plus the wrong cases, for printing."""

    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    errors: list[str] = field(default_factory=list)

    def add(self, group: str, **flags: int) -> None:
        for g in (group, "TOTAL"):
            for k, v in flags.items():
                self.counts[g][k] += int(v)


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def extract(text: str, lang: str, published: str | None):
    from extract.pipeline import extract_article

    return extract_article(text, lang=lang, published=published)


def actor_role(ex, actor_id: str | None) -> str:
    for a in getattr(ex, "actors", []) or []:
        if getattr(a, "id", None) == actor_id:
            return getattr(a, "role", "") or ""
    return ""


# ---------------------------------------------------------------- speakers


def find_statement(statements: list, quote: str):
    """The shortest statement whose quote contains ``quote`` (normalised), or None."""
    want = norm(quote)
    hits = [s for s in statements if want in norm(getattr(s, "quote_text", ""))]
    return min(hits, key=lambda s: len(getattr(s, "quote_text", ""))) if hits else None


def score_speakers(items: list[tuple[str, dict[str, Any]]], tally: Tally | None = None) -> Tally:
    tally = tally or Tally()
    for split, case in items:
        family = case.get("family", "?")
        try:
            ex = extract(case["text"], case.get("lang", "de"), case.get("published"))
            for exp in case["expect"]:
                st = find_statement(ex.statements, exp["quote"])
                want = norm(exp.get("speaker"))
                got = norm(getattr(st, "speaker_name", "")) if st is not None else ""
                right = st is not None and got == want
                flags = dict(n=1, found=st is not None, right=right)
                if exp.get("role"):
                    role = actor_role(ex, getattr(st, "speaker", None)) if st is not None else ""
                    flags.update(roles=1, role_right=norm(role) == norm(exp["role"]))
                tally.add(family, **flags)
                if not right:
                    what = "missed" if st is None else f"got {getattr(st, 'speaker_name', '')!r}"
                    tally.errors.append(f"{case['id']} [{split}] {exp['quote']!r}: want {exp.get('speaker')!r}, {what}")
        except Exception:  # one case never stops the run
            for exp in case.get("expect", [{}]):
                tally.add(family, n=1, crashed=1)
            tally.errors.append(f"{case.get('id')} [{split}] CRASH\n{traceback.format_exc()}")
    return tally


def print_table(t: Tally, title: str, columns: list[tuple[str, int, Callable[[dict], Any]]]) -> None:
    """One line per group (TOTAL last): each column a header, a width and its cell (a count or pct)."""
    print(f"{title:28} " + " ".join(f"{head:>{width}}" for head, width, _ in columns))
    for g in sorted(t.counts, key=lambda g: (g == "TOTAL", g)):
        c = t.counts[g]
        print(f"{g:28} " + " ".join(f"{cell(c):>{width}}" for _, width, cell in columns))


def print_speakers(t: Tally) -> None:
    print_table(t, "speakers: family", [
        ("n", 4, lambda c: c["n"]), ("found", 7, lambda c: pct(c["found"], c["n"])),
        ("right", 7, lambda c: pct(c["right"], c["n"])), ("right|found", 12, lambda c: pct(c["right"], c["found"])),
        ("roles", 6, lambda c: c["roles"]), ("role ok", 8, lambda c: pct(c["role_right"], c["roles"]))])


# ---------------------------------------------------------------- stances


def speaker_statements(statements: list, speaker: str) -> list:
    """The statements of ``speaker``: exact name, else a name containing it or contained in it."""
    want = norm(speaker)
    exact = [s for s in statements if norm(getattr(s, "speaker_name", "")) == want]
    if exact:
        return exact
    return [s for s in statements
            if (name := norm(getattr(s, "speaker_name", ""))) and (want in name or name in want)]


def key(topic: str) -> str:
    return norm(topic).lstrip("#")


def stance_right(statements: list, target: str | None, stance: int | None) -> tuple[bool, str]:
    """Is the case right, and what the statements carried (for --show-errors)."""
    seen = [{k: v for k, v in (getattr(s, "stance", {}) or {}).items() if v} for s in statements]
    shown = f"{len(statements)} statement(s), stances {seen}"
    if stance is None:
        return not any(seen), shown
    want = key(target or "")
    signs = {1 if v > 0 else -1 for d in seen for k, v in d.items() if key(k) == want}
    return signs == {stance}, shown


def score_stances(items: list[tuple[str, dict[str, Any]]], tally: Tally | None = None) -> Tally:
    tally = tally or Tally()
    for split, case in items:
        pattern = case.get("pattern", "?")
        polar = case.get("stance") is not None
        try:
            ex = extract(case["text"], case.get("lang", "de"), case.get("published"))
            mine = speaker_statements(ex.statements, case["speaker"])
            right, shown = stance_right(mine, case.get("target"), case.get("stance"))
            if polar and not mine:
                right = False
            tally.add(pattern, n=1, right=right, polar=polar, polar_right=polar and right,
                      none=not polar, none_right=(not polar) and right, has_speaker=bool(mine))
            if not right:
                want = f"{case.get('target')}={case.get('stance')}" if polar else "no stance"
                tally.errors.append(f"{case['id']} [{split}] {case['speaker']}: want {want}; {shown}")
        except Exception:
            tally.add(pattern, n=1, crashed=1, polar=polar, none=not polar)
            tally.errors.append(f"{case.get('id')} [{split}] CRASH\n{traceback.format_exc()}")
    return tally


def print_stances(t: Tally) -> None:
    print_table(t, "stances: pattern", [
        ("n", 4, lambda c: c["n"]), ("right", 7, lambda c: pct(c["right"], c["n"])),
        ("polar", 6, lambda c: c["polar"]), ("polar ok", 9, lambda c: pct(c["polar_right"], c["polar"])),
        ("none", 5, lambda c: c["none"]), ("none ok", 8, lambda c: pct(c["none_right"], c["none"])),
        ("speaker", 8, lambda c: pct(c["has_speaker"], c["n"]))])


# ---------------------------------------------------------------- changes


def match_actors(extractions: list) -> tuple[list, dict[str, Any]]:
    """All statements with actor ids matched across articles (as the store does), and the
    matched actors by id."""
    from dataclasses import replace

    from extract.actors import match_actor
    from extract.actors.across import actor_of_reference, speaker_of_mention

    known: dict[str, Any] = {}
    statements: list = []

    def spoke_on(aid: str) -> set[str]:  # the targets an actor took a stance on (the wrong-person guard)
        return {k for st in statements if st.speaker == aid for k, v in st.stance.items() if v}  # (as Store._spoke_on)
    for n, ex in enumerate(extractions):
        local: dict[str, str] = {}
        for a in getattr(ex, "actors", []) or []:
            gid = match_actor(a, list(known.values()))
            # ("der Landesrat", "the union": the one known actor the article agrees with; no alias learnt)
            ref = None if gid else actor_of_reference(a, list(known.values()), ex.article.text, spoke_on)
            if gid is None and ref is None:
                gid = f"g{n}-{a.id}"
                known[gid] = replace(a, id=gid, aliases=list(a.aliases))
            elif ref is not None:
                gid = ref
            else:
                k = known[gid]
                k.aliases.extend(x for x in [a.name, *a.aliases] if x not in k.aliases and x != k.name)
            local[a.id] = gid
        here = [known[g] for g in local.values()]
        for s in ex.statements:
            # a mention that named nobody in its article ("Der Landrat …"): read across articles, as the store does
            at = s.speaker_mention[0][0] if s.speaker_mention else 0
            gid = local.get(s.speaker, s.speaker) if s.speaker else speaker_of_mention(
                " ".join(ex.article.text[b:e] for b, e in s.speaker_mention[:1]), here, list(known.values()),
                ex.article.text, at, spoke_on)
            statements.append(replace(s, speaker=gid))
    return statements, known


def actor_names(actor) -> set[str]:
    return {norm(getattr(actor, "name", ""))} | {norm(x) for x in getattr(actor, "aliases", []) or []}


def target_keys(target: str, lang: str) -> set[str]:
    """The expected target and the configured topics it belongs to."""
    keys = {key(target)}
    try:
        from extract.positions import topics_in

        keys |= {key(t) for t in topics_in(target, lang)}
    except Exception:
        pass
    return keys


def change_matches(ch, exp: dict[str, Any], actors: dict[str, Any], lang: str) -> bool:
    actor = actors.get(getattr(ch, "actor", None))
    names = actor_names(actor) if actor is not None else {norm(getattr(ch, "actor", ""))}
    if norm(exp["actor"]) not in names:
        return False
    got = {key(getattr(ch, f, "") or "") for f in ("target", "topic")} - {""}
    if not got & target_keys(exp["target"], lang):
        return False
    before = getattr(ch, "before_stance", None)
    after = getattr(ch, "after_stance", None)
    # an optional "before_date" (a prefix: "2026-03") checks when the earlier position was held
    held = str(getattr(ch, "before_date", "") or "")
    return before == exp["before"] and after == exp["after"] and held.startswith(exp.get("before_date", ""))


def describe(ch, actors: dict[str, Any]) -> str:
    actor = actors.get(getattr(ch, "actor", None))
    name = getattr(actor, "name", getattr(ch, "actor", "?"))
    what = getattr(ch, "target", None) or getattr(ch, "topic", "?")
    return f"{name}/{what} {getattr(ch, 'before_stance', '?')}→{getattr(ch, 'after_stance', '?')}"


def score_changes(items: list[tuple[str, dict[str, Any]]], tally: Tally | None = None) -> Tally:
    tally = tally or Tally()
    for split, case in items:
        expect = case.get("expect", [])
        group = "reversal" if expect else "no_change"
        try:
            from extract.positions import find_changes

            lang = case.get("lang", "de")
            exs = [extract(a["text"], lang, a.get("published")) for a in case["articles"]]
            statements, actors = match_actors(exs)
            # each article's language, for its hedge words (an older --repo's find_changes takes none)
            langs = {"langs": {ex.article.id: ex.article.lang for ex in exs}} \
                if "langs" in inspect.signature(find_changes).parameters else {}
            found = list(find_changes(statements, **langs))
            used: set[int] = set()
            missed = []
            for exp in expect:
                hit = next((i for i, ch in enumerate(found) if i not in used and change_matches(ch, exp, actors, lang)), None)
                if hit is None:
                    missed.append(exp)
                else:
                    used.add(hit)
            false = [ch for i, ch in enumerate(found) if i not in used]
            ok = not missed and not false
            tally.add(group, scenarios=1, expected=len(expect), found=len(expect) - len(missed),
                      missed=len(missed), false=len(false), ok=ok)
            if not ok:
                tally.errors.append(f"{case['id']} [{split}] missed {missed}; false {[describe(c, actors) for c in false]}")
        except Exception:
            tally.add(group, scenarios=1, expected=len(expect), missed=len(expect), crashed=1)
            tally.errors.append(f"{case.get('id')} [{split}] CRASH\n{traceback.format_exc()}")
    return tally


def print_changes(t: Tally) -> None:
    print_table(t, "changes: scenarios", [
        ("n", 4, lambda c: c["scenarios"]), ("reversals", 10, lambda c: c["expected"]),
        ("found", 6, lambda c: c["found"]), ("missed", 7, lambda c: c["missed"]),
        ("false", 6, lambda c: c["false"]), ("fully right", 12, lambda c: pct(c["ok"], c["scenarios"]))])


# ---------------------------------------------------------------- near-misses


def touching(statements: list, start: int, end: int) -> list:
    """The statements one of whose spans (quote, speaker mention, cue) overlaps [start, end)."""
    def spans(s) -> list:
        return [*(getattr(s, "quote", []) or []), *(getattr(s, "speaker_mention", []) or []),
                *(getattr(s, "cue", []) or [])]
    return [s for s in statements if any(b < end and start < e for b, e in spans(s))]


def score_nearmiss(items: list[tuple[str, dict[str, Any]]], tally: Tally | None = None) -> Tally:
    tally = tally or Tally()
    for split, case in items:
        family = case.get("family", "?")
        what = case.get("what", "statement")
        try:  # (every fragment located before any is counted: one not in the text fails its case once)
            starts = [case["text"].index(frag) for frag in case["leave"]]
            ex = extract(case["text"], case.get("lang", "de"), case.get("published"))
            for frag, start in zip(case["leave"], starts):
                touched = hits = touching(ex.statements, start, start + len(frag))
                if what == "stance":
                    hits = [s for s in hits if any(v for v in (getattr(s, "stance", {}) or {}).values())]
                # a stance fragment no statement touches passes without testing the stance reading
                tally.add(family, n=1, right=not hits, statement=what == "statement", stance=what == "stance",
                          statement_right=what == "statement" and not hits, stance_right=what == "stance" and not hits,
                          stance_untouched=what == "stance" and not touched)
                if hits:
                    shown = "; ".join(f"{getattr(s, 'quote_text', '')!r} by {getattr(s, 'speaker_name', '') or None!r}"
                                      + (f" {({k: v for k, v in s.stance.items() if v})}" if what == "stance" else "")
                                      for s in hits)
                    tally.errors.append(f"{case['id']} [{split}] leave {what} {frag!r}: found {shown}")
        except Exception:
            for _ in case.get("leave", [""]):
                tally.add(family, n=1, crashed=1, statement=what == "statement", stance=what == "stance")
            tally.errors.append(f"{case.get('id')} [{split}] CRASH\n{traceback.format_exc()}")
    return tally


def print_nearmiss(t: Tally) -> None:
    print_table(t, "nearmiss: family", [
        ("n", 4, lambda c: c["n"]), ("right", 7, lambda c: pct(c["right"], c["n"])),
        ("no stmt", 8, lambda c: c["statement"]), ("ok", 7, lambda c: pct(c["statement_right"], c["statement"])),
        ("no stance", 10, lambda c: c["stance"]), ("ok", 7, lambda c: pct(c["stance_right"], c["stance"])),
        ("untouched", 10, lambda c: c["stance_untouched"])])


SCORERS = {"speakers": (score_speakers, print_speakers), "stances": (score_stances, print_stances),
           "changes": (score_changes, print_changes), "interviews": (score_speakers, print_speakers),
           "nearmiss": (score_nearmiss, print_nearmiss)}


# the blind held-out splits, in the order they were written (a new one is added here only)
BLIND_SPLITS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27")


def chosen_splits(split: str) -> list[str]:
    """The files a --split names: `all` is dev+check only, so the blind splits (BLIND_SPLITS)
    and `extra` are scored only when asked for by name."""
    return ["dev", "check"] if split == "all" else [split]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=[*KINDS, "nearmiss", "interviews", "all"])
    p.add_argument("--lang", choices=["de", "en", "all"], default="all")
    p.add_argument("--split", choices=["dev", "check", "extra", *BLIND_SPLITS, "all"], default="dev")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the eval files")
    p.add_argument("--repo", default=None, help="repository whose extractor is scored (default: cwd)")
    p.add_argument("--show-errors", action="store_true", help="print every wrong case")
    p.add_argument("--half", type=int, choices=[1, 2], help="score only every other case of each family (1: first, third, …; 2: the rest)")
    args = p.parse_args(argv)
    use_repo(args.repo)
    langs = ["de", "en"] if args.lang == "all" else [args.lang]
    splits = chosen_splits(args.split)
    for kind in [*KINDS, "nearmiss"] if args.kind == "all" else [args.kind]:
        for lang in langs:
            items = cases(args.data, kind, [lang], splits)
            if args.half:
                items = half(items, args.half)
            if not items:
                continue
            score, show = SCORERS[kind]
            tally = score(items)
            print(f"\n== {kind} · {lang} · {'+'.join(splits)}{f' half {args.half}' if args.half else ''} · {len(items)} cases")
            show(tally)
            if args.show_errors and tally.errors:
                print("wrong:")
                for e in tally.errors:
                    print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
