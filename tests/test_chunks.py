"""Very long texts are analysed in bounded pieces (extract/chunks.py): spans stay offsets into the
whole text, speakers are still found, and no piece exceeds the bound. Invented text only."""
from __future__ import annotations

from extract import chunks
from extract.chunks import chunk_spans
from extract.pipeline import extract_article

SENTENCE = "«Der Hafen von Kelmar bleibt offen», sagte die Ministerin Ilka Marwen am Montag in Valdora."


def test_pieces_cover_the_text_at_boundaries():
    text = " ".join([SENTENCE] * 300)  # one long line
    spans = chunk_spans(text, limit=5_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # consecutive, nothing lost
    assert all(0 < e - b <= 5_000 for b, e in spans)
    assert all(text[b:].startswith("«Der Hafen") for b, _ in spans)  # cut at sentence ends
    paragraphs = "\n\n".join([SENTENCE] * 300)
    assert all(paragraphs[b - 2:b] == "\n\n" for b, _ in chunk_spans(paragraphs, limit=5_000)[1:])
    assert chunk_spans("x" * 12_000, limit=5_000) == [(0, 5_000), (5_000, 10_000), (10_000, 12_000)]
    assert chunk_spans(text, limit=len(text)) == [(0, len(text))]


def test_a_long_text_gives_the_statements_of_its_pieces(monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 3_000)
    sizes: list[int] = []
    real = chunks.ArticleActors

    def spy(text, *args, **kwargs):
        sizes.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(chunks, "ArticleActors", spy)
    text = " ".join(SENTENCE.replace("Montag", f"Tag {i}") for i in range(100))
    ex = extract_article(text, lang="de", published="2031-01-01")
    assert len(sizes) > 3 and max(sizes) <= 3_000
    assert len(ex.statements) == 100
    for st in ex.statements:
        (b, e), = st.quote
        assert text[b:e] == st.quote_text == "Der Hafen von Kelmar bleibt offen"
        assert st.speaker_name == "Ilka Marwen"
    assert [a.name for a in ex.actors] == ["Ilka Marwen"]  # one actor, not one per piece
