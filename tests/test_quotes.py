"""Quotation-mark pairing (extract/quotes.py), used by the German and the English rules."""
import pytest

from extract.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [" | ".join(text[b:e] for b, e in q.pieces) for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ("Er sagte: «Wir kommen.»", ["Wir kommen."]),
    ("Er sagte: »Wir kommen.«", ["Wir kommen."]),
    ("Er sagte: „Wir kommen.“", ["Wir kommen."]),
    ("She said: \"We come.\"", ["We come."]),
    ("She said: “We come.”", ["We come."]),
    ("Er sagte: ‹Wir kommen.›", ["Wir kommen."]),
])
def test_every_mark_style(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # German guillemets interrupted by the cue: the « that closed the first part opens nothing
    ("»Wir bauen«, sagte Ines Faller, »und zwar sofort.«", ["Wir bauen", "und zwar sofort."]),
    ("»Das«, meinte er am Abend, »ist erst der Anfang.« Dann ging er.", ["Das", "ist erst der Anfang."]),
    # Swiss/French guillemets the other way round are still paired as before
    ("«Wir bauen», sagte Ines Faller, «und zwar sofort.»", ["Wir bauen", "und zwar sofort."]),
    # quotes in other marks between the two parts ("»…« „…“ „…“ „…“ »…«") do not hide the first part's «
    ("»A«, sagte er, „B“, „C“ und „D“, »E bleibt.«", ["A", "B", "C", "D", "E bleibt."]),
    # a » after an unclosed « (Swiss style) still closes it
    ("Sie sagte: «Wir bauen» und ging.", ["Wir bauen"]),
])
def test_guillemets_split_by_their_cue(text, expected):
    assert texts(text) == expected


def test_nested_quote_is_inside_the_outer_one():
    text = "Sie sagte: „Das Wort ‚Brücke‘ fiel oft.“"
    assert texts(text) == ["Das Wort ‚Brücke‘ fiel oft."]


def test_quote_continued_over_paragraphs():
    text = "«Erster Absatz.\n\n«Zweiter Absatz.», sagte Tomas Vell."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert [text[b:e] for b, e in quotes[0].pieces] == ["Erster Absatz.", "Zweiter Absatz."]


def test_unclosed_quote_at_paragraph_end_is_dropped():
    text = "«Das endet nie.\n\nNeuer Absatz ohne Zeichen."
    assert find_quotes(text) == []


def test_offsets_point_at_the_marks():
    text = "A «b» c"
    q = find_quotes(text)[0]
    assert text[q.open_mark] == "«" and text[q.close_mark] == "»"
    assert text[q.start:q.end] == "b"


def test_apostrophes_and_inch_marks_do_not_open_quotes():
    assert find_quotes("Tomas' Haus ist 5\" breit.") == []


@pytest.mark.parametrize("text,expected", [
    ("Sie sagte: „Wir haben alles versucht.\n\nAm Ende hat das Geld gefehlt“, so Lenz.",
     ["Wir haben alles versucht.", "Am Ende hat das Geld gefehlt"]),
    ("Er meinte: »Die Halle ist zu klein.\n\nWir brauchen eine zweite.« Dann ging er.",
     ["Die Halle ist zu klein.", "Wir brauchen eine zweite."]),
])
def test_quote_closed_in_the_next_paragraph_without_reopening(text, expected):
    # a quote the paragraph leaves open and the next one closes before opening any: one quote, two pieces
    (q,) = find_quotes(text)
    assert [text[b:e] for b, e in q.pieces] == expected


def test_a_next_paragraph_that_opens_its_own_quote_first_still_drops_the_unclosed_one():
    # near-miss: the next paragraph's first mark opens a quote of its own; the unclosed one is not guessed
    text = "Er sagte: „Das war knapp.\n\nDie Trainerin meinte: „Wir bleiben ruhig.“"
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["Wir bleiben ruhig."]


@pytest.mark.parametrize("text,first", [
    # near-misses: the next paragraph's first mark of the style is an opening one of another style
    # (English “…” after an unclosed „, German »…« after an unclosed Swiss «): no continuation
    ("Die Wirtin sagte: „Wir schließen im Mai.\n\nDer Pächter nannte das “voreilig”, die Gäste protestierten.",
     "Wir schließen"),
    ("Er sagte: «Wir bauen weiter.\n\nDie Anwohner sprachen von »Lärm« und »Staub«, so Ilse Marti.",
     "Wir bauen"),
])
def test_an_opening_mark_of_another_style_in_the_next_paragraph_closes_nothing(text, first):
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes and not any(first in q or "\n" in q for q in quotes)
    if "“" in text:
        assert quotes == ["voreilig"]



# ---- the scans jump to the next mark (quotes.next_of) instead of stepping past every character

def _first_at_or_after(text, chars, pos, end=None):
    end = len(text) if end is None else end
    return next((k for k in range(pos, end) if text[k] in chars), None)


def test_next_of_finds_the_first_of_its_characters_from_a_place():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from extract.quotes import PAIRS, next_of

    alphabet = list("«»„“”\"‹›‚‘’ \n\taB.,:(-]^\\")
    sets = ["".join(PAIRS), "„“", "\"", "]^\\", ""] + [opener + closers + "\n" for opener, closers in PAIRS.items()]

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.text(st.sampled_from(alphabet), max_size=40), st.sampled_from(sets), st.integers(0, 45), st.integers(0, 45))
    def agree(text, chars, pos, end):
        found = next_of(chars)(text, pos, end)
        assert (found.start() if found else None) == _first_at_or_after(text, chars, pos, min(end, len(text)))
        whole = next_of(chars)(text, pos)
        assert (whole.start() if whole else None) == _first_at_or_after(text, chars, pos)

    agree()


JUMP_CASES = [  # (new sentences: marks far apart, after long runs of text, nested, over paragraphs)
    ("Die Wirtin sagte gestern Abend nach der Sitzung: „Wir schließen im März.“ Dann ging sie.", ["Wir schließen im März."]),
    ("»Das war knapp«, meinte der Trainer. »Aber wir haben es geschafft.«", ["Das war knapp", "Aber wir haben es geschafft."]),
    ("„Der erste Absatz\n\n„geht hier weiter“, schrieb sie.", ["Der erste Absatz\n\n„geht hier weiter"]),
    ("„Offen geblieben\n\nEin neuer Absatz ohne Zeichen.", []),
    ("Nichts zitiert hier, nur ein Komma, ein Punkt.", []),
    ("Er sagte: „Sie nannte es ‚unfair‘ und ging.“", ["Sie nannte es ‚unfair‘ und ging."]),
]


@pytest.mark.parametrize("text,expected", JUMP_CASES)
def test_quotes_found_with_the_jumping_scan(text, expected):
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected
    assert find_quotes(text, marks="") == []
