"""Wrong speaker roles of the speaker cases by the stage that lost them.

    PYTHONPATH=. python bench/role_stages.py en dev check extra fresh3 ... fresh14 [fresh14:1]

For every expect item with a "role", the first stage that applies: the statement not found; no
speaker; another speaker; the right speaker with no role; a role that holds the expected one or is
held by it (its extent: "Union president" for "president", "Chief" for "housing chief"); another
role (a convention or a wrong reading). Prints the counts, then each wrong item for reading."""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import judgements as J  # noqa: E402

STAGES = ("statement missing", "speaker missing", "speaker wrong", "role missing", "role extent", "role other")


def stage(ex, exp) -> str:
    """The stage that lost ``exp``'s role, or "" when it is right."""
    st = J.find_statement(ex.statements, exp["quote"])
    if st is None:
        return "statement missing"
    got = J.norm(getattr(st, "speaker_name", ""))
    role, want = J.norm(J.actor_role(ex, getattr(st, "speaker", None))), J.norm(exp["role"])
    if role == want:
        return ""
    if got != J.norm(exp.get("speaker")):
        return "speaker wrong" if got else "speaker missing"
    if not role:
        return "role missing"
    return "role extent" if role in want or want in role else "role other"


def main(lang: str, splits: list[str]) -> None:
    counts, wrong, total = Counter(), [], 0
    for spec in splits:
        split, _, which = spec.partition(":")
        items = J.cases(J.DEFAULT_DATA, "speakers", [lang], [split])
        if which:
            items = J.half(items, int(which))
        for sp, case in items:
            expects = [e for e in case["expect"] if e.get("role")]
            if not expects:
                continue
            ex = J.extract(case["text"], lang, case.get("published"))
            for exp in expects:
                total += 1
                s = stage(ex, exp)
                if s:
                    counts[s] += 1
                    st = J.find_statement(ex.statements, exp["quote"])
                    got = (getattr(st, "speaker_name", ""), J.actor_role(ex, getattr(st, "speaker", None))) if st else None
                    wrong.append((s, case["id"], exp.get("speaker"), exp["role"], got))
    print(f"{total} roles, {total - sum(counts.values())} right; " + ", ".join(f"{s} {counts[s]}" for s in STAGES))
    for s, cid, speaker, role, got in sorted(wrong, key=lambda w: STAGES.index(w[0])):
        print(f"{s:18} {cid:30} want {speaker!r}/{role!r} got {got!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
