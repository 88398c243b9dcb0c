"""Train and measure a small German dependency parser from UD German (issue 15, "Syntax, if it pays").

    python bench/train_parser_de.py [--out DIR] [--pud-train N] [--epochs N] [--seed N]
    python bench/train_parser_de.py --measure-only --out DIR [--pud-train N]   # a trained parser

Trains spaCy 3.8's transition-based parser (blank "de" with a parser of its own small tok2vec; no
tagger: the token features are NORM, PREFIX, SUFFIX, SHAPE and the STTS tag that
extract/de/nlp.py's HanTa gives the word, the tag the rules already have) on UD_German-GSD dev +
test (/work/shared/ud-german, 1,776 sentences, CC BY-SA 4.0) and the first --pud-train sentences
of UD_German-PUD (news and Wikipedia, CC BY-SA 3.0; default 500), for a fixed number of epochs
with a fixed seed, on CPU (about 5 s an epoch on one free core). The rest of PUD is never trained
on: it is where UAS and LAS are measured (printed after every epoch for the record, never used
to pick a model or a setting). Also printed: how far our tokenizer (extract/de/tokenizer.py)
agrees with UD's surface tokens on PUD, and the parse speed in tokens per second on the German
Wikinews dev sentences (CPU time, median of 5 runs; HanTa tags computed beforehand).

Training uses our tokens: UD's multiword tokens ("zum" = "zu dem") and the UD tokens one of ours
covers (PUD writes "E - Mails" where we keep "E-Mails") become one token with the head and
relation of its part whose head lies outside it; a sentence whose tokens cannot be aligned that
way, or where merging leaves no tree, is left out (17 of 1,000 in PUD, 10 of 1,776 in GSD).

The weights go to --out (default /tmp/wortlaut-parser-de, ~5.7 MB), never into the package:
round 15 measured that the parser does not pay yet (extract/README.md, "Syntax: what a UD-trained
parser gives"). Whatever is trained from these files inherits the share-alike terms of
UD_German-GSD (CC BY-SA 4.0) and UD_German-PUD (CC BY-SA 3.0): name both wherever weights ship.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "ud-german").is_dir()), ROOT.parent / "shared")
UD = SHARED / "ud-german"
TRAIN_FILES = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu")
HELD_OUT = "de_pud-ud-test.conllu"
WIKINEWS_DEV = SHARED / "bench" / "de-wikinews-quotes" / "dev.jsonl"


def read_conllu(path: Path) -> list[dict]:
    """Sentences as surface tokens: words, spaces, heads (0-based, self for the root), relations."""
    sentences, rows, text = [], [], ""
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[9:]
        elif not line.strip():
            if rows:
                sentences.append(_surface(rows, text))
            rows, text = [], ""
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    return sentences


def _surface(rows: list[list[str]], text: str) -> dict:
    ranges = {}  # word id -> (first, last) of the multiword token it belongs to
    forms = {}  # first word id of a multiword token -> (form, misc)
    for r in rows:
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            forms[a] = (r[1], r[9])
            for k in range(a, b + 1):
                ranges[k] = (a, b)
    words = [r for r in rows if r[0].isdigit()]
    token_of, tokens = {}, []  # word id -> token index
    for r in words:
        wid = int(r[0])
        a, b = ranges.get(wid, (wid, wid))
        if wid == a:
            form, misc = forms.get(a, (r[1], r[9]))
            if a != b:
                misc = misc if "SpaceAfter" in misc else _misc_of(words, b)
            tokens.append({"word": form, "space": "SpaceAfter=No" not in misc, "ids": range(a, b + 1)})
        token_of[wid] = len(tokens) - 1
    heads, deps = [], []
    by_id = {int(r[0]): r for r in words}
    for k, tok in enumerate(tokens):
        ids = list(tok["ids"])
        outer = [i for i in ids if int(by_id[i][6]) not in ids] or ids
        r = by_id[outer[0]]
        head = int(r[6])
        heads.append(k if head == 0 else token_of[head])
        deps.append("ROOT" if head == 0 else r[7])
    return {"text": text, "words": [t["word"] for t in tokens], "spaces": [t["space"] for t in tokens],
            "heads": heads, "deps": deps}


def ours(sent: dict) -> dict | None:
    """The sentence in our tokenizer's tokens (extract/de/tokenizer.py): UD tokens that one of ours
    covers ("E - Mails" in PUD, "E-Mails" for us) become one token with the relation and head of
    the part whose head lies outside it. None when one of our tokens would cut a UD token."""
    from extract.de.tokenizer import tokenize

    words, offsets, spaces = tokenize(sent["text"])
    at, ud_spans = 0, []
    for w in sent["words"]:
        at = sent["text"].find(w, at)
        if at < 0:
            return None
        ud_spans.append((at, at + len(w)))
        at += len(w)
    group, mine = [], []  # UD token -> our token; our tokens without spaces
    for w, b, sp in zip(words, offsets, spaces):
        if w.isspace():
            continue
        mine.append((w, sp, b, b + len(w)))
    k = 0
    for u, (a, b) in enumerate(ud_spans):
        while k < len(mine) and mine[k][3] <= a:
            k += 1
        if k == len(mine) or not (mine[k][2] <= a and b <= mine[k][3]):
            return None
        group.append(k)
    if sorted(set(group)) != list(range(len(mine))):
        return None
    heads, deps = [], []
    for k in range(len(mine)):
        parts = [u for u, g in enumerate(group) if g == k]
        outer = [u for u in parts if group[sent["heads"][u]] != k or sent["heads"][u] == u] or parts
        u = outer[0]
        heads.append(group[sent["heads"][u]])
        deps.append(sent["deps"][u])
    for k in range(len(heads)):  # merging may leave a loop or a second root: no tree, not used
        seen, at = set(), k
        while heads[at] != at:
            if at in seen:
                return None
            seen.add(at)
            at = heads[at]
        if deps[at] != "ROOT":
            return None
    return {"text": sent["text"], "words": [m[0] for m in mine], "spaces": [m[1] for m in mine],
            "heads": heads, "deps": deps}


def read_ours(path: Path) -> tuple[list[dict], int]:
    """The sentences of a CoNLL-U file in our tokens, and how many could not be aligned."""
    out, lost = [], 0
    for s in read_conllu(path):
        mine = ours(s)
        if mine is None:
            lost += 1
        else:
            out.append(mine)
    return out, lost


def _misc_of(words: list[list[str]], wid: int) -> str:
    return next((r[9] for r in words if int(r[0]) == wid), "_")


def hanta(words: list[str]) -> list[str]:
    from extract.de.nlp import hanta_tags

    return hanta_tags(words, [w.isspace() for w in words])[0]


def make_nlp(width: int, depth: int, rows: int):
    import spacy

    nlp = spacy.blank("de")
    attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"]
    nlp.add_pipe("parser", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
        "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width, "attrs": attrs,
                              "rows": [rows, rows // 4, rows // 2, rows // 4, 100],
                              "include_static_vectors": False},
                    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                               "depth": depth, "window_size": 1, "maxout_pieces": 3}}}})
    return nlp


def doc_of(nlp, sent: dict, tags: list[str]):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=sent["words"], spaces=sent["spaces"], tags=tags)


def examples(nlp, sentences: list[dict]):
    from spacy.tokens import Doc
    from spacy.training import Example

    out = []
    for s in sentences:
        ref = Doc(nlp.vocab, words=s["words"], spaces=s["spaces"], heads=s["heads"], deps=s["deps"])
        out.append(Example(doc_of(nlp, s, hanta(s["words"])), ref))
    return out


def train(args) -> None:
    import spacy
    from spacy.util import minibatch

    spacy.util.fix_random_seed(args.seed)
    random.seed(args.seed)
    train_sents = [s for f in TRAIN_FILES for s in read_ours(args.ud / f)[0]] + held_out(args)[0][:args.pud_train]
    nlp = make_nlp(args.width, args.depth, args.rows)
    train_ex = examples(nlp, train_sents)
    nlp.initialize(lambda: train_ex)
    held = examples(nlp, held_out(args)[0][args.pud_train:])
    for epoch in range(args.epochs):
        random.shuffle(train_ex)
        losses = {}
        for batch in minibatch(train_ex, size=16):
            nlp.update(batch, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['parser']:.0f}  PUD {scores(nlp, held)}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"written {args.out} ({sum(p.stat().st_size for p in args.out.rglob('*') if p.is_file()) / 1e6:.1f} MB)")


def held_out(args) -> tuple[list[dict], int]:
    """PUD in our tokens (the first --pud-train sentences of it go to training)."""
    return read_ours(args.ud / HELD_OUT)


def scores(nlp, held) -> str:
    """UAS/LAS on held-out examples, all tokens and without punctuation."""
    parser = nlp.get_pipe("parser")
    docs = list(parser.pipe([ex.predicted.copy() for ex in held], batch_size=64))
    n = u = lab = n_np = u_np = lab_np = 0
    for doc, ex in zip(docs, held):
        for tok, ref in zip(doc, ex.reference):
            head_ok = tok.head.i == ref.head.i
            dep_ok = head_ok and (tok.dep_.lower() == ref.dep_.lower())
            n, u, lab = n + 1, u + head_ok, lab + dep_ok
            if ref.dep_ != "punct":
                n_np, u_np, lab_np = n_np + 1, u_np + head_ok, lab_np + dep_ok
    return f"UAS {u / n:.3f} LAS {lab / n:.3f} (without punctuation: UAS {u_np / n_np:.3f} LAS {lab_np / n_np:.3f})"


def tokenizer_agreement(ud: Path) -> str:
    from extract.de.tokenizer import tokenize

    same = total = 0
    tok_ours = tok_ud = tok_both = 0
    for s in read_conllu(ud / HELD_OUT):
        ours = [w for w in tokenize(s["text"])[0] if not w.isspace()]
        same += ours == s["words"]
        total += 1
        a, b = _spans(ours), _spans(s["words"])
        tok_ours, tok_ud, tok_both = tok_ours + len(a), tok_ud + len(b), tok_both + len(a & b)
    return (f"tokenizer vs UD surface tokens on PUD: {same}/{total} sentences identical, token F1 "
            f"{2 * tok_both / (tok_ours + tok_ud):.4f}")


def _spans(words: list[str]) -> set[tuple[int, int]]:
    out, at = set(), 0
    for w in words:
        out.add((at, at + len(w)))
        at += len(w)
    return out


def speed(nlp, repeat: int = 5) -> str:
    """Parse speed on the sentences of the Wikinews dev texts (our tokens and sentences, HanTa
    tags computed beforehand): median of `repeat` runs, alternated with the tagging alone."""
    from extract.de.nlp import parse

    sents = []
    for raw in WIKINEWS_DEV.open(encoding="utf-8"):
        doc = parse(json.loads(raw)["text"])
        cur = []
        for t in doc:
            if t.is_sent_start and cur:
                sents.append(cur)
                cur = []
            if not t.is_space:
                cur.append(t)
        if cur:
            sents.append(cur)
    from spacy.tokens import Doc

    parser = nlp.get_pipe("parser")
    n = sum(len(s) for s in sents)
    times = []
    for _ in range(repeat):
        start = time.process_time()
        docs = [Doc(nlp.vocab, words=[t.text for t in s], tags=[t.tag_ for t in s]) for s in sents]
        list(parser.pipe(docs, batch_size=64))
        times.append(time.process_time() - start)
    med = statistics.median(times)
    return f"parse speed on Wikinews dev: {len(sents)} sentences, {n} tokens, {n / med:,.0f} tokens/s (CPU, median of {repeat})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ud", type=Path, default=UD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/wortlaut-parser-de"))
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--rows", type=int, default=4000)
    ap.add_argument("--pud-train", type=int, default=500, help="train on the first N PUD sentences too, measure on the rest")
    ap.add_argument("--measure-only", action="store_true")
    args = ap.parse_args(argv)
    if not args.measure_only:
        train(args)
    import spacy

    nlp = spacy.load(args.out)
    print(tokenizer_agreement(args.ud))
    held, lost = held_out(args)
    held = held[args.pud_train:]
    print(f"PUD (held out, {len(held)} sentences in our tokens, {lost} not alignable):", scores(nlp, examples(nlp, held)))
    print(speed(nlp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
