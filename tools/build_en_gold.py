"""Builds tests/data/en_wire.jsonl, the English wire-style gold (fictional names and places).

Annotations are written as strings; offsets are computed here and every slice is checked.
Conventions follow the shared gold format: a direct quote is the text inside the marks;
indirect speech is the content clause ("that" included); "according to X" quotes the rest
of the clause; reported speech quotes the whole clause, speaker included; a quote inside
indirect speech is a nested Direct under the top-level Indirect.
Speaker and cue strings are matched (whole words) at the occurrence nearest the quote,
or at the n-th occurrence when given as (string, n).

    python tools/build_en_gold.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "en_wire.jsonl"

D, I, R = "Direct", "Indirect", "Reported"

ARTICLES = [
    {
        "id": "en-wire-1", "title": "Valdoria will not sign border accord", "date": "2025-03-04",
        "text": (
            "VALDORIA CITY, March 4 (Wire) - Valdorian Foreign Minister Elena Markov said on Tuesday that her "
            "government would not sign the border accord in its current form.\n\n"
            "\"We will not be rushed,\" Markov told reporters after a meeting in the capital. \"This accord must "
            "protect our farmers, or it will not pass.\"\n\n"
            "She said the talks with neighbouring Ostrana had stalled over water rights and that a new round was "
            "unlikely before summer.\n\n"
            "Ostrana's government rejected the criticism. A spokesman for the Ostranian foreign ministry, Tomas "
            "Verhoeven, said Valdoria had walked away from a fair offer.\n\n"
            "\"The door remains open,\" Verhoeven said, \"but not forever.\"\n\n"
            "According to diplomats familiar with the negotiations, both sides have quietly exchanged new maps.\n\n"
            "Markov urged the Northern Council to send observers to the border region."
        ),
        "ann": [
            (I, ["that her government would not sign the border accord in its current form"],
             "Valdorian Foreign Minister Elena Markov", "said"),
            (D, ["We will not be rushed,"], "Markov", "told"),
            (D, ["This accord must protect our farmers, or it will not pass."], "Markov", None),
            (I, ["the talks with neighbouring Ostrana had stalled over water rights and that a new round was "
                 "unlikely before summer"], "She", "said"),
            (R, ["Ostrana's government rejected the criticism."], "Ostrana's government", "rejected"),
            (I, ["Valdoria had walked away from a fair offer"],
             "A spokesman for the Ostranian foreign ministry, Tomas Verhoeven", "said"),
            (D, ["The door remains open,", "but not forever."], "Verhoeven", "said"),
            (I, ["both sides have quietly exchanged new maps"], "diplomats familiar with the negotiations",
             "According to"),
            (R, ["Markov urged the Northern Council to send observers to the border region."], "Markov", "urged"),
        ],
    },
    {
        "id": "en-wire-2", "title": "Brindle Motors workers to strike", "date": "2025-06-12",
        "text": (
            "HARWICK, June 12 (Wire) - Workers at the Brindle Motors plant in Harwick will strike next week, the "
            "Amalgamated Union of Engineers said on Friday.\n\n"
            "The union's general secretary, Priya Castellan, told reporters the company had ignored repeated "
            "warnings about safety on the assembly line.\n\n"
            "\"Our members have been patient for two years,\" Castellan said. \"Their patience has run out.\"\n\n"
            "Brindle Motors denied the allegations. In a statement, the company said it had invested more than "
            "40 million crowns in safety equipment since 2021 and called the strike \"unnecessary and damaging\".\n\n"
            "Chief executive Martin Oduya warned that a long stoppage could put 3,000 jobs at risk.\n\n"
            "\"Nobody wins from this,\" he said.\n\n"
            "Regional governor Hanna Solberg called on both sides to return to talks."
        ),
        "ann": [
            (I, ["Workers at the Brindle Motors plant in Harwick will strike next week"],
             "the Amalgamated Union of Engineers", "said"),
            (I, ["the company had ignored repeated warnings about safety on the assembly line"],
             "The union's general secretary, Priya Castellan", "told"),
            (D, ["Our members have been patient for two years,"], "Castellan", "said"),
            (D, ["Their patience has run out."], "Castellan", None),
            (R, ["Brindle Motors denied the allegations."], "Brindle Motors", "denied"),
            (I, ["it had invested more than 40 million crowns in safety equipment since 2021"], "the company",
             "said"),
            (R, ["called the strike \"unnecessary and damaging\""], "the company", "called"),
            (I, ["that a long stoppage could put 3,000 jobs at risk"], "Chief executive Martin Oduya", "warned"),
            (D, ["Nobody wins from this,"], "he", "said"),
            (R, ["Regional governor Hanna Solberg called on both sides to return to talks."],
             "Regional governor Hanna Solberg", "called on"),
        ],
        "nested": [(D, ["unnecessary and damaging"], "the company", "called")],
    },
    {
        "id": "en-wire-3", "title": "River fever vaccine passes large trial", "date": "2025-09-03",
        "text": (
            "LONDON, Sept 3 (Wire) - A new vaccine against river fever was safe and effective in a large trial, "
            "researchers at the Kestrel Institute said on Wednesday.\n\n"
            "Lead author Dr. Amara Quill said the vaccine had cut hospital admissions by almost two thirds among "
            "the 12,000 volunteers.\n\n"
            "\"These are the most encouraging results we have seen in a decade,\" Quill said in an interview.\n\n"
            "\"We still need to understand how long protection lasts,\" she added. \"That will take another year "
            "of work.\n\n"
            "\"But for families in the delta, this could change everything.\"\n\n"
            "The health ministry welcomed the findings but cautioned that the vaccine would not be available "
            "before next spring.\n\n"
            "Independent experts were more guarded. Professor Leon Barrow of the University of Eastwick said the "
            "trial had excluded children and that \"the real test is still ahead\".\n\n"
            "The Kestrel Institute plans to seek approval in three countries, according to its annual report."
        ),
        "ann": [
            (I, ["A new vaccine against river fever was safe and effective in a large trial"],
             "researchers at the Kestrel Institute", "said"),
            (I, ["the vaccine had cut hospital admissions by almost two thirds among the 12,000 volunteers"],
             "Lead author Dr. Amara Quill", "said"),
            (D, ["These are the most encouraging results we have seen in a decade,"], "Quill", "said"),
            (D, ["We still need to understand how long protection lasts,"], "she", "added"),
            (D, ["That will take another year of work.", "But for families in the delta, this could change "
                 "everything."], "she", None),
            (R, ["The health ministry welcomed the findings"], "The health ministry", "welcomed"),
            (I, ["that the vaccine would not be available before next spring"], "The health ministry",
             "cautioned"),
            (I, ["the trial had excluded children and that \"the real test is still ahead\""],
             "Professor Leon Barrow of the University of Eastwick", "said"),
            (I, ["The Kestrel Institute plans to seek approval in three countries"], "its annual report",
             "according to"),
        ],
        "nested": [(D, ["the real test is still ahead"], "Professor Leon Barrow of the University of Eastwick",
                    "said")],
    },
    {
        "id": "en-wire-4", "title": "Feldt defends fuel tax", "date": "2025-01-20",
        "text": (
            "NORDHAVEN, Jan 20 (Wire) – Prime Minister Jonas Feldt on Monday defended his plan to raise fuel "
            "taxes, saying the money was needed to repair the country’s roads.\n\n"
            "“I did not come into office to make easy choices,” Feldt told parliament. “I came to fix what is "
            "broken.”\n\n"
            "Opposition leader Carla Ruiz accused the government of punishing rural drivers. “This tax hits the "
            "people who have no train and no bus,” she said.\n\n"
            "The Farmers’ League said it would organise protests in five cities. Its chairman, Olaf Brennan, told "
            "the Nordhaven Gazette that members were “angry and tired”.\n\n"
            "Finance Minister Irene Vasquez insisted the tax would be offset by lower income taxes for most "
            "households.\n\n"
            "Feldt’s office declined to comment on reports that two coalition partners were considering voting "
            "against the bill."
        ),
        "ann": [
            (R, ["Prime Minister Jonas Feldt on Monday defended his plan to raise fuel taxes"],
             "Prime Minister Jonas Feldt", "defended"),
            (I, ["the money was needed to repair the country’s roads"], "Prime Minister Jonas Feldt", "saying"),
            (D, ["I did not come into office to make easy choices,"], "Feldt", "told"),
            (D, ["I came to fix what is broken."], "Feldt", None),
            (R, ["Opposition leader Carla Ruiz accused the government of punishing rural drivers."],
             "Opposition leader Carla Ruiz", "accused"),
            (D, ["This tax hits the people who have no train and no bus,"], "she", "said"),
            (I, ["it would organise protests in five cities"], "The Farmers’ League", "said"),
            (I, ["that members were “angry and tired”"], "Its chairman, Olaf Brennan", "told"),
            (I, ["the tax would be offset by lower income taxes for most households"],
             "Finance Minister Irene Vasquez", "insisted"),
        ],
        "nested": [(D, ["angry and tired"], "Its chairman, Olaf Brennan", "told")],
    },
    {
        "id": "en-wire-5", "title": "Three arrested over museum theft", "date": "2025-08-08",
        "text": (
            "PORT ELLIS, Aug 8 (Wire) - Police in Port Ellis arrested three men on Thursday in connection with "
            "the theft of paintings from the city museum, a police spokeswoman said.\n\n"
            "The spokeswoman, Inspector Dana Whitlock, told reporters the men were aged between 24 and 31 and had "
            "been under surveillance for weeks.\n\n"
            "\"We believe this was a planned operation with help from inside the museum,\" Whitlock said.\n\n"
            "The museum's director, Felix Amadi, said he was relieved. \"It has been a terrible month for all of "
            "us,\" he said. \"We want our paintings home.\"\n\n"
            "A lawyer for one of the men, Sofia Lindqvist, rejected the accusations and said her client would "
            "plead not guilty.\n\n"
            "It was not immediately clear whether any of the paintings had been recovered."
        ),
        "ann": [
            (I, ["Police in Port Ellis arrested three men on Thursday in connection with the theft of paintings "
                 "from the city museum"], "a police spokeswoman", "said"),
            (I, ["the men were aged between 24 and 31 and had been under surveillance for weeks"],
             "The spokeswoman, Inspector Dana Whitlock", "told"),
            (D, ["We believe this was a planned operation with help from inside the museum,"], "Whitlock", "said"),
            (I, ["he was relieved"], "The museum's director, Felix Amadi", "said"),
            (D, ["It has been a terrible month for all of us,"], "he", "said"),
            (D, ["We want our paintings home."], "he", None),
            (R, ["A lawyer for one of the men, Sofia Lindqvist, rejected the accusations"],
             "A lawyer for one of the men, Sofia Lindqvist", "rejected"),
            (I, ["her client would plead not guilty"], "A lawyer for one of the men, Sofia Lindqvist", "said"),
        ],
    },
    {
        "id": "en-wire-6", "title": "Climate summit doubles flood funding", "date": "2025-11-15",
        "text": (
            "GENEVA, Nov 15 (Wire) - Delegates at the Lakeshore climate summit agreed on Saturday to double "
            "funding for flood defences, but poorer countries said the deal fell far short of what was needed.\n\n"
            "\"This is a step,\" said Amina Toure, who leads the delegation of the Coastal Alliance, \"but it is "
            "a small step on a very long road.\"\n\n"
            "The Coastal Alliance had demanded a fund of at least 100 billion dollars a year.\n\n"
            "The summit's chair, Henrik Vos, told delegates that the agreement was \"the best we could achieve in "
            "this room\". He promised to return to the question of funding next year.\n\n"
            "The Presidium of Marovia criticised the outcome as unbalanced. Its envoy said Marovia would review "
            "its commitments.\n\n"
            "Environmental groups were scathing. \"Two weeks of talks and the planet gets a postcard,\" said Jonah "
            "Pike of the campaign group Green Tide."
        ),
        "ann": [
            (I, ["the deal fell far short of what was needed"], "poorer countries", "said"),
            (D, ["This is a step,", "but it is a small step on a very long road."], "Amina Toure", "said"),
            (R, ["The Coastal Alliance had demanded a fund of at least 100 billion dollars a year."],
             "The Coastal Alliance", "demanded"),
            (I, ["that the agreement was \"the best we could achieve in this room\""],
             "The summit's chair, Henrik Vos", "told"),
            (R, ["He promised to return to the question of funding next year."], "He", "promised"),
            (R, ["The Presidium of Marovia criticised the outcome as unbalanced."], "The Presidium of Marovia",
             "criticised"),
            (I, ["Marovia would review its commitments"], "Its envoy", "said"),
            (D, ["Two weeks of talks and the planet gets a postcard,"], "Jonah Pike of the campaign group Green Tide",
             "said"),
        ],
        "nested": [(D, ["the best we could achieve in this room"], "The summit's chair, Henrik Vos", "told")],
    },
]


def occurrences(text: str, s: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def locate(text: str, spec, pieces: list[tuple[int, int]], inside: bool) -> list[list[int]]:
    """The span of a speaker or cue string: the n-th occurrence, or the one nearest the quote."""
    if spec is None:
        return []
    s, n = spec if isinstance(spec, tuple) else (spec, None)
    found = occurrences(text, s)
    assert found, f"not in text: {s!r}"
    if n is None:
        lo, hi = pieces[0][0], pieces[-1][1]
        # reported speech quotes its speaker and cue too; otherwise they stand outside the quote
        outside = found if inside else [b for b in found if not any(pb <= b < pe for pb, pe in pieces)]
        assert outside, f"only inside the quote: {s!r}"
        b = min(outside, key=lambda b: 0 if lo <= b <= hi else min(abs(b - hi), abs(b + len(s) - lo)))
    else:
        b = found[n]
    return [[b, b + len(s)]]


def annotation(text: str, kind: str, quotes: list[str], speaker, cue, nested: bool) -> dict:
    pieces = []
    for q in quotes:
        b = text.find(q)
        assert b >= 0 and text.find(q, b + 1) < 0, f"quote not found exactly once: {q!r}"
        pieces.append((b, b + len(q)))
    ann = {"type": kind, "nested": nested, "quote": [list(p) for p in pieces],
           "speaker": locate(text, speaker, pieces, kind == R), "cue": locate(text, cue, pieces, kind == R)}
    for role in ("quote", "speaker", "cue"):
        ann[role + "_text"] = " … ".join(text[b:e] for b, e in ann[role])
    assert ann["quote_text"] == " … ".join(quotes)
    assert ann["speaker_text"] == (speaker[0] if isinstance(speaker, tuple) else speaker or "")
    return ann


def build() -> list[dict]:
    docs = []
    for art in ARTICLES:
        text = art["text"]
        anns = [annotation(text, *a, nested=False) for a in art["ann"]]
        anns += [annotation(text, *a, nested=True) for a in art.get("nested", [])]
        anns.sort(key=lambda a: a["quote"][0][0])
        docs.append({"id": art["id"], "title": art["title"], "date": art["date"], "lang": "en", "text": text,
                     "annotations": anns})
    return docs


if __name__ == "__main__":
    docs = build()
    with OUT.open("w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    top = [a for d in docs for a in d["annotations"] if not a["nested"]]
    kinds = {k: sum(a["type"] == k for a in top) for k in (D, I, R)}
    print(f"{OUT}: {len(docs)} texts, {len(top)} top-level statements {kinds}")
