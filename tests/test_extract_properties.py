"""Property tests: extraction never raises on arbitrary text and every span lies inside it."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_article

# Text built from pieces that drive the rules (cue words, quotation marks, Konjunktiv forms,
# odd spaces) mixed with arbitrary characters.
PIECES = [
    "sagte", "erklärte", "teilte", "mit", "laut", "zufolge", "nach Angaben", ", so", "hieß es", "Er", "sie",
    "Tomas Vell", "Ilka Marwen", "der Sprecher", "sei", "habe", "soll", "dass", ",", ".", ":", "!", "?",
    "«", "»", "„", "“", "\"", "‚", "‘", "(", ")", "—", "\n", "\n\n", "\r\n", "\xa0", "\xad", "\t", " ",
    "15.", "2005.", "z.B.", "Dr.", "Demnach", "Wie", "wurde", "kritisiert",
]
text_strategy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map(" ".join)


def check(text: str) -> None:
    ex = extract_article(text, lang="de")
    for s in ex.statements:
        assert s.kind in ("direct", "indirect", "reported", "free_indirect", "partial")
        assert s.quote, s
        for spans in (s.quote, s.speaker_mention, s.cue):
            for b, e in spans:
                assert 0 <= b <= e <= len(text)
        # quote_text is the quote spans sliced from the text, joined
        assert s.quote_text == " … ".join(text[b:e] for b, e in s.quote)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_extract_article_never_raises_and_spans_stay_inside(text):
    check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_arbitrary_unicode(text):
    check(text)
