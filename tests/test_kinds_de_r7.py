"""German statement kinds, round 7: where indirect content ends and who speaks when the cue
participle opens the sentence. Texts are invented; people, places and bodies are fictional."""
from extract.de import analyse


def statements(text: str) -> list[tuple[str, str, str]]:
    """(kind, quote pieces joined by ' … ', speaker mentions joined by ' | ') per statement."""
    return [(f.kind, " … ".join(text[b:e] for b, e in f.quote), " | ".join(text[b:e] for b, e in f.speaker_mention))
            for f in analyse(text).statements]


def test_konjunktiv_content_ends_where_an_indicative_main_clause_takes_over():
    text = ("Die Landrätin Mara Feldweg räumte ein, es könnten Stellen wegfallen, "
            "sprach aber von einem offenen Verfahren.")
    quotes = [q for _, q, _ in statements(text)]
    assert "es könnten Stellen wegfallen" in quotes, quotes
    assert not any("sprach aber" in q for q in quotes)


def test_und_with_an_indicative_verb_closes_konjunktiv_content():
    text = ("Der Verbandschef Ole Brandt sagte, die Betriebe müssten mehr investieren "
            "und verwies auf das Beispiel der Nachbarregion.")
    quotes = [q for _, q, _ in statements(text)]
    assert "die Betriebe müssten mehr investieren" in quotes, quotes


def test_konjunktiv_content_with_aber_inside_its_clause_stays_whole():
    # "aber" in the middle field of a Konjunktiv clause coordinates nothing
    text = "Der Anwalt Jens Marwede erklärte, sein Mandant sei unschuldig, lege aber keine Belege vor."
    quotes = [q for _, q, _ in statements(text)]
    assert "sein Mandant sei unschuldig, lege aber keine Belege vor" in quotes, quotes


def test_indicative_content_goes_on_after_und():
    # no Konjunktiv before "und": nothing tells the reporter's voice from the speaker's
    text = "Die Ministerin Lea Hofer sagte, dass die Stadt zahlt und das Land hilft."
    quotes = [q for _, q, _ in statements(text)]
    assert "dass die Stadt zahlt und das Land hilft" in quotes, quotes


def test_fronted_participle_cue_takes_the_subject_after_its_auxiliary():
    text = "Versprochen hat das der Bürgermeister Anton Kreidl schon im Mai: Das Freibad werde saniert."
    found = statements(text)
    assert any(q == "Das Freibad werde saniert" and "Anton Kreidl" in who for _, q, who in found), found


def test_fronted_participle_with_a_prepositional_object_before_the_subject():
    text = "Gewarnt hat vor diesem Schritt die Direktorin Helene Stroh: Die Beratungsstellen seien überlastet."
    found = statements(text)
    assert any("Beratungsstellen" in q and "Helene Stroh" in who for _, q, who in found), found


def test_fronted_participle_with_its_object_first_takes_the_one_named_after_it():
    text = "Eingeräumt hat die Panne inzwischen auch die Ministerin Ida Kolb: Die Server seien überlastet gewesen."
    found = statements(text)
    assert any("Server" in q and "Ida Kolb" in who for _, q, who in found), found


def test_quote_interrupted_by_so_frame_keeps_its_speaker_for_both_halves():
    text = "„Das ist“, so der Bürgermeister Theo Kranz, „ein schwarzer Tag für die Stadt.“"
    found = statements(text)
    assert any(q.startswith("ein schwarzer Tag") and "Theo Kranz" in who for _, q, who in found), found


def test_lassen_frame_after_a_quote_reaches_the_cue_at_the_clause_end():
    text = "„Wir sind bereit“, ließ die Ministerin Ida Kolb über ihren Sprecher ausrichten."
    found = statements(text)
    assert any(q == "Wir sind bereit" and "Ida Kolb" in who for _, q, who in found), found


def test_mit_den_worten_before_or_after_the_quote_names_the_sentence_subject():
    before = "Mit den Worten „Wir sind zurück“ eröffnete der Parteichef Jan Hohl den Parteitag."
    after = "„Wir sind zurück!“ Mit diesen Worten eröffnete der Parteichef Jan Hohl den Parteitag."
    for text in (before, after):
        found = statements(text)
        assert any(q.startswith("Wir sind zurück") and "Jan Hohl" in who for _, q, who in found), found


def test_dash_before_so_frames_the_quote_like_a_comma():
    text = "„Es gibt keine Alternative“ – so die Sprecherin der Initiative, Anna Beispiel."
    found = statements(text)
    assert any(q == "Es gibt keine Alternative" and "Anna Beispiel" in who for _, q, who in found), found


def test_passive_zitiert_far_after_the_quote_still_frames_it():
    text = "„Wir senken die Steuern nicht“, wird die Ministerin Eva Roth in der Zeitung zitiert."
    found = statements(text)
    assert any(q == "Wir senken die Steuern nicht" and "Eva Roth" in who for _, q, who in found), found


def test_reflexive_speech_verb_frames_a_quote():
    text = "„Das ist ein Skandal“, empörte sich der Abgeordnete Max Feld."
    found = statements(text)
    assert any(q == "Das ist ein Skandal" and "Max Feld" in who for _, q, who in found), found
