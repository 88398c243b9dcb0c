"""Missed reversals of the change scenarios by the stage that lost them, and the false changes.

    PYTHONPATH=. python bench/change_stages.py en dev check fresh3 ... fresh13 fresh14:1

Stages (first that applies): the actor not found at all; not matched across articles (a statement
of another actor id with the surname); no statement of the actor in an article; statements without
any stance; no stance of the expected sign (before in the first article or recalled, after in the
last); a stance of the right sign under another target key; else the change rule. Each missed
reversal is printed with the actor's positions per article, for reading."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import judgements as J  # noqa: E402
from extract.positions import find_changes, positions_held  # noqa: E402

def surname(n): return J.norm(n).split()[-1] if n else ""

def run(lang, split, halfn=None):
    items = J.cases(J.DEFAULT_DATA, "changes", [lang], [split])
    if halfn: items = J.half(items, halfn)
    out = []
    for sp, case in items:
        exs = [J.extract(a["text"], lang, a.get("published")) for a in case["articles"]]
        statements, actors = J.match_actors(exs)
        langs = {ex.article.id: ex.article.lang for ex in exs}
        found = list(find_changes(statements, langs=langs))
        used = set(); missed = []
        for exp in case.get("expect", []):
            hit = next((i for i, ch in enumerate(found) if i not in used and J.change_matches(ch, exp, actors, lang)), None)
            if hit is None: missed.append(exp)
            else: used.add(hit)
        false = [ch for i, ch in enumerate(found) if i not in used]
        arts = [ex.article.id for ex in exs]
        for exp in missed:
            want = J.norm(exp["actor"]); sur = surname(exp["actor"])
            gids = {g for g, a in actors.items() if want in J.actor_names(a)}
            tk = J.target_keys(exp["target"], lang)
            lines = []; stage = None
            per = []
            for ai, aid in enumerate(arts):
                mine = [s for s in statements if s.article_id == aid and s.speaker in gids]
                sur_other = [s for s in statements if s.article_id == aid and s.speaker not in gids and s.speaker in actors
                             and any(sur in x.split() for x in J.actor_names(actors[s.speaker]))]
                pos = [(h.key, h.value, h.recalled) for s in mine for h in positions_held(s)]
                per.append((mine, sur_other, pos))
                lines.append(f"   art{ai}: mine={len(mine)} other-gid-same-surname={len(sur_other)} pos={pos}")
                for s in mine + sur_other:
                    lines.append(f"      [{s.speaker_name!r} {s.speaker}] {dict((k,v) for k,v in s.stance.items() if v)} rec={s.recalled_stance} rev={getattr(s,'reversed',None)} :: {s.quote_text[:160]!r}")
            # stage guess
            if not gids: stage = "actor not found"
            elif any(not m and so for m, so, _ in per): stage = "actor not matched across articles"
            elif any(not m for m, _, _ in per) and len(arts) > 1 and not any(p[2] for _, _, pp in per for p in pp): stage = "statement not found"
            elif any(m and not p for m, _, p in per): stage = "no stance"
            else:
                first, last = per[0][2], per[-1][2]
                b = [k for k, v, r in first if v == exp["before"]] + [k for _,_,p in per[1:] for k, v, r in p if r and v == exp["before"]]
                a = [k for k, v, r in last if v == exp["after"] and not r]
                if not b: stage = "no stance of the before sign"
                elif not a: stage = "no stance of the after sign"
                elif not ({J.key(k) for k in b} & tk and {J.key(k) for k in a} & tk): stage = "different target key"
                else: stage = "change rule"
            out.append((case["id"], sp, stage, exp, lines))
        for ch in false:
            out.append((case["id"], sp, "FALSE", J.describe(ch, actors), [f"   {ch}"]))
    return out

if __name__ == "__main__":
    lang = sys.argv[1]; splits = sys.argv[2:]
    from collections import Counter
    c = Counter()
    for sp in splits:
        h = None
        if ":" in sp: sp, h = sp.split(":"); h = int(h)
        for cid, s, stage, exp, lines in run(lang, sp, h):
            c[stage] += 1
            print(f"{cid} [{s}] {stage}: {exp}")
            print("\n".join(lines))
    print(c)
