"""The German tokenizer without spaCy (extract/de/tokenizer.py) against spaCy's own.

    python bench/tokenizer_de.py --write              # export spaCy's German rules to the data file
    python bench/tokenizer_de.py [INPUT.jsonl ...]    # compare the tokens on every text

--write reads spacy.blank("de")'s tokenizer (prefix, suffix and infix patterns, URL pattern,
special cases and the special cases' affix tokenization) into extract/data/tokenizer_de.json
(spaCy's language data, MIT licence, Explosion AI), each character class of the patterns
written as the same code points in the form re compiles fastest (extract/de/char_classes.py;
tests/test_char_classes.py checks that re reads each stored pattern as spaCy's, every class tried
on all of Unicode, and fails when the installed spaCy's rules are no longer the stored ones).
Without --write every text of the inputs
(default: the shared German Wikinews train and dev sets, the demo texts and the German test
data) is tokenized both ways; tokens, offsets and trailing spaces must be the same. Exit
status 1 on any difference.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "bench"


def write() -> None:
    import spacy

    from extract.de.char_classes import compact_classes
    from extract.de.tokenizer import DATA, widest_suffix

    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tok = spacy.blank("de").tokenizer
    rules = {s: [t[ORTH] if ORTH in t else t["ORTH"] for t in subs] for s, subs in sorted(tok.rules.items())}
    # special cases with affixes are also matched over the tokens (spaCy's _special_matcher), as
    # spaCy tokenizes them without special cases
    plain = Tokenizer(tok.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                      infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    matched = {s: [t.text for t in plain(s)] for s in rules
               if tok.find_prefix(s) or tok.find_infix(s) or tok.find_suffix(s) or " " in s}
    patterns = spacy_patterns(tok)
    data = {
        "spacy": spacy.__version__,
        "licence": "spaCy's German language data, MIT licence, (c) Explosion AI",
        # each character class as the same code points written to compile fast (extract/de/char_classes.py)
        **{name: None if pattern is None else compact_classes(pattern) for name, pattern in patterns.items()},
        "specials": rules,
        "matched": matched,
        "letters_plain": letters_plain(tok),
        "suffix_width": widest_suffix(compact_classes(patterns["suffix"])),
    }
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {DATA} ({len(rules)} special cases, {len(matched)} matched over tokens)")


def spacy_patterns(tok) -> dict[str, str | None]:
    """The tokenizer's patterns as spaCy has them: prefix, suffix, infix, url, token_match. Only the
    text is stored: a pattern spaCy compiled with a flag (extract/de/tokenizer.py compiles with none,
    and char_classes reads each class without one) stops the export."""
    found = {"prefix": tok.prefix_search, "suffix": tok.suffix_search, "infix": tok.infix_finditer,
             "url": tok.url_match, "token_match": tok.token_match}
    patterns = {}
    for name, method in found.items():
        compiled = None if method is None else method.__self__
        if compiled is not None and compiled.flags != re.UNICODE:
            raise SystemExit(f"spaCy's {name} pattern has flags {compiled.flags!r}: not stored, read it first")
        patterns[name] = None if compiled is None else compiled.pattern
    return patterns


def letters_plain(tok) -> bool:
    """Whether a chunk of letters alone (str.isalpha) is always one token: no prefix, suffix or
    infix alternative matches a letter (each is a symbol, a punctuation mark, or a class of them;
    those that look at letters need a punctuation mark or digit beside them: read the patterns
    when spaCy's change), and the patterns match no run of letters of any length 1-3 either."""
    import sys as _sys

    letters = [chr(c) for c in range(_sys.maxunicode + 1) if chr(c).isalpha()]
    for c in letters:
        for s in (c, c * 2, "a" + c + "a"):
            if tok.find_prefix(s) or tok.find_suffix(s) or tok.find_infix(s):
                print(f"a chunk of letters is split: {s!r}")
                return False
    return True


def texts(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        if path.suffix == ".txt":
            out.append(path.read_text(encoding="utf-8"))
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                rec = json.loads(raw)
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    out.append(rec["text"])
    return out


def default_inputs() -> list[Path]:
    de = SHARED / "de-wikinews-quotes"
    return ([de / "train.jsonl", de / "dev.jsonl"] + sorted((ROOT / "tui" / "demo").glob("*.txt"))
            + sorted((ROOT / "tests" / "data").glob("*de*.jsonl")))


def fuzzed(n: int, seed: int = 1) -> list[str]:
    """Random texts of words, special cases, punctuation, URLs and odd whitespace."""
    import random

    from extract.de.tokenizer import rules

    rng = random.Random(seed)
    pieces = list(rules().specials) + ["Wort", "5", "2.", "-", "(", ")", "«", "»", "„", "“", ".", ",", ":", "'", "/",
                                       "http://a.de/x", "&", "%", "€", "...", "z.B.", "usw.", "\xad", "Ä", "3-4"]
    spaces = [" ", " ", " ", "", "", "  ", "\n", "\n\n", "\t", "\xa0", " \n "]
    return ["".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def check(paths: list[Path], fuzz: int = 0) -> int:
    import spacy

    from extract.de.tokenizer import tokenize

    nlp = spacy.blank("de")
    docs = texts(paths) + fuzzed(fuzz)
    # odd shapes as well: edges, runs of spaces, emoticons, URLs, special cases next to punctuation
    docs += ["", " ", "  a", "a  ", "\n", " \n a \t b\xa0c ", "(:)", ":-)) «Ja»", "z.B. (z.B.)", "Peter's",
             "www.example.org/a?b=1.", "„Nein.“ – sagte er:", "Es ist 5.-mal.", "(„Wir“)", "S.1-2", "usw.)"]
    times = [0.0, 0.0]
    bad = 0
    for text in docs:
        t0 = time.process_time()
        theirs = [(t.text, t.idx, t.whitespace_ == " ") for t in nlp.make_doc(text)]
        t1 = time.process_time()
        ours = list(zip(*tokenize(text)))
        t2 = time.process_time()
        times[0] += t1 - t0
        times[1] += t2 - t1
        if ours != theirs:
            bad += 1
            if bad <= 5:
                at = next((k for k, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
                print(f"DIFFERENT at token {at}: spaCy {theirs[max(0, at - 2):at + 3]} ours {ours[max(0, at - 2):at + 3]}")
    print(f"{len(docs)} texts: {bad} different; spaCy {times[0]:.2f} s CPU, ours {times[1]:.2f} s CPU")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", help="JSONL files with a 'text' per line, or .txt files")
    parser.add_argument("--write", action="store_true", help="export spaCy's German rules to the data file")
    parser.add_argument("--fuzz", type=int, default=2000, help="this many random texts as well")
    args = parser.parse_args(argv)
    if args.write:
        write()
        return 0
    return check([Path(p) for p in args.inputs] or default_inputs(), args.fuzz)


if __name__ == "__main__":
    sys.exit(main())
