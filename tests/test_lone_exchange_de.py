"""Question time printed with one exchange (extract/interviews.py lone_exchange, named_exchange):
two name labels, one each, of two persons, the first asking, the second answering in sentences.
And a frame inserted into a clause whose prefield holds a quoted title (extract/de/direct.py
split_host): the clause around the frame is the speaker's statement, not the title."""
import pytest

from extract.de import analyse
from extract.pipeline import extract_article


def speakers(text: str) -> dict[str, str]:
    ex = extract_article(text, lang="de", published="2026-03-01")
    return {s.quote_text: s.speaker_name for s in ex.statements}


def said_by(got: dict[str, str], words: str) -> str | None:
    return next((who for q, who in got.items() if words in q), None)


@pytest.mark.parametrize("text, question, asker, answer, answerer", [
    ("Aus der Fragestunde des Landtags:\nAbg. Sigrid Pfannkuch (Ökoliste): Wann wird die Ortsumgehung gebaut?\n"
     "Verkehrsminister Dietmar Hollenbach: Der Beschluss soll im Herbst vorliegen. Mit dem Spatenstich rechne ich 2028.",
     "Wann wird die Ortsumgehung gebaut?", "Sigrid Pfannkuch", "Mit dem Spatenstich rechne ich 2028", "Dietmar Hollenbach"),
    ("In der Fragestunde wollte die Abgeordnete Lena Marquardt von Ministerin Helga Brüning wissen, wann die Brücke "
     "fertig wird.\n\n**Marquardt:** Frau Ministerin, können Sie ein Datum nennen?\n\n"
     "**Brüning:** Ein Datum nenne ich erst nach dem Urteil.",
     "können Sie ein Datum nennen?", "Lena Marquardt", "Ein Datum nenne ich erst nach dem Urteil", "Helga Brüning"),
    ("Die Abgeordnete Lena Marquardt fragte Ministerin Helga Brüning nach der Brücke. Marquardt: Können Sie ein "
     "Datum nennen? Brüning: Ein Datum nenne ich erst nach dem Urteil.",
     "Können Sie ein Datum nennen?", "Lena Marquardt", "Ein Datum nenne ich erst nach dem Urteil", "Helga Brüning"),
])
def test_one_exchange_of_question_time_is_read(text, question, asker, answer, answerer):
    got = speakers(text)
    assert said_by(got, question) == asker and said_by(got, answer) == answerer, got


def test_a_programme_with_a_question_title_is_no_exchange():
    got = speakers("Programm der Tagung:\nReferentin Anna Muster: Wie gelingt die Energiewende?\n"
                   "Referent Paul Beispiel: Wasserstoff im Verkehr")
    assert said_by(got, "Wasserstoff im Verkehr") is None, got


def found(text: str) -> list[tuple[str, list[str]]]:
    return [(" … ".join(text[b:e] for b, e in f.quote), [text[b:e] for b, e in f.speaker_mention])
            for f in analyse(text).statements]


@pytest.mark.parametrize("text, quote, who", [
    ("Den „Blauen Reiter“, glaubt Kurator Jonas Brenner, kennt jeder.", "Den „Blauen Reiter“ … kennt jeder", "Jonas Brenner"),
    ("Den «Blauen Reiter», sagt Kurator Tim Oster, kennt jedes Kind.", "Den «Blauen Reiter» … kennt jedes Kind", "Tim Oster"),
])
def test_frame_inserted_after_a_quoted_title_frames_the_clause(text, quote, who):
    got = found(text)
    assert any(q == quote and any(who in w for w in ws) for q, ws in got), got
    assert not any(q in ("Blauen Reiter",) for q, _ in got), got


def test_a_quotation_opening_the_sentence_stays_direct():
    got = found("„Wir schaffen das“, sagte Bürgermeisterin Anna Keller, und erntete Kritik.")
    assert ("Wir schaffen das", ["Bürgermeisterin Anna Keller"]) in got, got
