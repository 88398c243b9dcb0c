"""Country names from babel, exported to extract/data/territories_<lang>.tsv.

    python bench/territories.py --write    # write the files from the installed babel
    python bench/territories.py            # check that the files are the installed babel's names

extract/actors/lexicon.py reads the names from these files (``territories``) instead of loading
babel's locale data at each start (~0.05 s CPU: it imports babel.dates and pytz). The names are
CLDR's (Unicode licence), as babel ships them. Exit status 1 when a file differs from babel.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = ("de", "en")
HEADER = ("# Country names from babel (CLDR, Unicode licence): code <TAB> name, in babel's order.\n"
          "# Written by `python bench/territories.py --write`; do not edit (tests/test_actors.py\n"
          "# checks that this is babel's answer). Our own names and variants: countries_{lang}.tsv.\n")


def path(lang: str) -> Path:
    return ROOT / "extract" / "data" / f"territories_{lang}.tsv"


def text(lang: str) -> str:
    from extract.actors.lexicon import babel_territories

    names = babel_territories(lang)
    if not names:
        raise SystemExit("babel is not installed or knows no territories: nothing to write")
    return HEADER.format(lang=lang) + "".join(f"{code}\t{name}\n" for code, name in names.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the files from the installed babel")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGS:
        if args.write:
            path(lang).write_text(text(lang), encoding="utf-8")
            print(f"wrote {path(lang)}")
        elif not path(lang).is_file() or path(lang).read_text(encoding="utf-8") != text(lang):
            print(f"{path(lang)} differs from babel's names: run python bench/territories.py --write")
            status = 1
        else:
            print(f"{path(lang)}: babel's names")
    return status


if __name__ == "__main__":
    sys.exit(main())
