"""German statement kinds, one mechanism per test: which frame a sentence's statement hangs on,
where its quote begins and ends. Texts are invented; people, places and bodies are fictional."""
from extract.de import analyse


def statements(text: str) -> list[tuple[str, str, str]]:
    """(kind, quote pieces joined by ' … ', speaker mentions joined by ' | ') per statement."""
    out = []
    for f in analyse(text).statements:
        out.append((f.kind, " … ".join(text[b:e] for b, e in f.quote),
                    " | ".join(text[b:e] for b, e in f.speaker_mention)))
    return out


def test_source_phrase_inside_reported_content_belongs_to_the_content():
    # "nach ersten Erkenntnissen" is part of what the spokesman said, not the frame of the sentence
    text = ("Ein Sprecher der Polizei in Valdoria sagte am Montag, nach ersten Erkenntnissen habe "
            "ein Unbekannter den Wagen aus der Garage gestohlen.")
    found = statements(text)
    assert len(found) == 1
    kind, quote, speaker = found[0]
    assert kind == "indirect"
    assert quote.startswith("nach ersten Erkenntnissen habe ein Unbekannter")
    assert "sagte" not in quote
    assert "Ein Sprecher der Polizei" in speaker


def test_trailing_so_frames_the_whole_sentence_even_around_a_cue_verb():
    text = ("Die Stadtverwaltung wird aufgefordert, die alte Brücke sofort zu sperren, "
            "so die Bürgermeisterin Anna Beispiel am Dienstag.")
    found = statements(text)
    assert any("Anna Beispiel" in speaker and "Brücke" in quote and "so die" not in quote
               for _, quote, speaker in found), found


def test_cue_verb_in_a_leading_dass_clause_leaves_zufolge_the_frame():
    # "vertreten" stands in the subject clause ("Dass …, soll …"): the source is "einer Rednerin zufolge"
    text = ("Dass einige Abgeordnete aus Valdoria nicht mit eigenen Beiträgen vertreten waren, soll einer "
            "Rednerin zufolge mit dem schlechten Wetter zu tun haben.")
    found = statements(text)
    assert any(speaker == "einer Rednerin" and "Dass einige Abgeordnete" in quote for _, quote, speaker in found), found
