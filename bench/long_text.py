"""Extraction time on one very long line, per size: does the cost grow linearly with the text?

    python bench/long_text.py [--sizes 100k,250k,500k,1M] [--lang de] [--paragraphs]

Prints CPU seconds (time.process_time) per size, the number of statements, and seconds per
100k characters (flat when the cost is linear). The text is invented (fictional people and
places), repeated sentences with quotes on one line, or in paragraphs with --paragraphs."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.reading import parse_size  # noqa: E402
from extract.pipeline import extract_article  # noqa: E402

SENTENCES = {
    "de": ["«Der Hafen von Kelmar bleibt offen», sagte die Ministerin Ilka Marwen am Montag in Valdora.",
           "Der Abgeordnete Tomas Vell sagte, man werde die Pläne für die Brücke genau prüfen.",
           "Die Regierung in Valdora hatte zuvor neue Zölle angekündigt, die ab März gelten sollen.",
           "„Wir lehnen diese Zölle ab“, erklärte Anna Beispiel von der Partei der Mitte."],
    "en": ["\"The port of Kelmar stays open,\" minister Ilka Marwen said on Monday in Valdora.",
           "Deputy Tomas Vell said the plans for the bridge would be examined closely.",
           "The government in Valdora had announced new tariffs that are to apply from March.",
           "\"We reject these tariffs,\" said Anna Beispiel of the Centre Party."],
}


def long_text(size: int, lang: str, paragraphs: bool) -> str:
    parts: list[str] = []
    n = 0
    i = 0
    while n < size:
        s = SENTENCES[lang][i % len(SENTENCES[lang])]
        parts.append(s)
        n += len(s) + 1
        i += 1
    sep = "\n\n" if paragraphs else " "
    return sep.join(parts)[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100k,250k,500k,1M")
    ap.add_argument("--lang", default="de", choices=("de", "en"))
    ap.add_argument("--paragraphs", action="store_true", help="one sentence per paragraph instead of one line")
    args = ap.parse_args()
    extract_article(SENTENCES[args.lang][0], lang=args.lang, published="2031-01-01")  # load the pipeline
    print(f"{'chars':>9} {'cpu s':>8} {'statements':>10} {'s per 100k':>10}")
    for size in (parse_size(s) for s in args.sizes.split(",")):
        text = long_text(size, args.lang, args.paragraphs)
        t0 = time.process_time()
        try:
            ex = extract_article(text, lang=args.lang, published="2031-01-01")
            n = str(len(ex.statements))
        except Exception as err:  # the point of the bench: say what fails, and go on
            n = f"failed: {type(err).__name__}: {str(err)[:60]}"
        cpu = time.process_time() - t0
        print(f"{len(text):>9} {cpu:>8.1f} {n:>10} {cpu / len(text) * 100_000:>10.2f}", flush=True)


if __name__ == "__main__":
    main()
