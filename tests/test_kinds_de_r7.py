"""German statement kinds, round 7: where indirect content ends and who speaks when the cue
participle opens the sentence. Texts are invented; people, places and bodies are fictional."""
import pytest

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


# (text, the quote or its start, who says it): frames around quotes and fronted cue participles
SPEAKER_CASES = [
    # a participle cue in the prefield: the subject stands after the auxiliary
    ("Versprochen hat das der Bürgermeister Anton Kreidl schon im Mai: Das Freibad werde saniert.",
     "Das Freibad werde saniert", "Anton Kreidl"),
    ("Gewarnt hat vor diesem Schritt die Direktorin Helene Stroh: Die Beratungsstellen seien überlastet.",
     "Die Beratungsstellen", "Helene Stroh"),
    # ... also when an object comes first
    ("Eingeräumt hat die Panne inzwischen auch die Ministerin Ida Kolb: Die Server seien überlastet gewesen.",
     "Die Server", "Ida Kolb"),
    # a quote its "so X" frame interrupts: both halves are X's
    ("„Das ist“, so der Bürgermeister Theo Kranz, „ein schwarzer Tag für die Stadt.“", "ein schwarzer Tag", "Theo Kranz"),
    # "ließ X … ausrichten": the cue at the clause end
    ("„Wir sind bereit“, ließ die Ministerin Ida Kolb über ihren Sprecher ausrichten.", "Wir sind bereit", "Ida Kolb"),
    # "mit den Worten" before or after the quote: the subject of that sentence
    ("Mit den Worten „Wir sind zurück“ eröffnete der Parteichef Jan Hohl den Parteitag.", "Wir sind zurück", "Jan Hohl"),
    ("„Wir sind zurück!“ Mit diesen Worten eröffnete der Parteichef Jan Hohl den Parteitag.", "Wir sind zurück", "Jan Hohl"),
    # a dash before "so" stands for the comma
    ("„Es gibt keine Alternative“ – so die Sprecherin der Initiative, Anna Beispiel.", "Es gibt keine Alternative",
     "Anna Beispiel"),
    # a passive "wird X … zitiert" far after the quote
    ("„Wir senken die Steuern nicht“, wird die Ministerin Eva Roth in der Zeitung zitiert.",
     "Wir senken die Steuern nicht", "Eva Roth"),
    # a reflexive speech verb
    ("„Das ist ein Skandal“, empörte sich der Abgeordnete Max Feld.", "Das ist ein Skandal", "Max Feld"),
    # "aus Sicht der X" reads as "nach Ansicht der X"
    ("Aus Sicht der Gewerkschaft Pflege Süd ist der Plan ein Angriff auf die Beschäftigten.", "ist der Plan",
     "Gewerkschaft Pflege Süd"),
    # an attitude adjective with "sein" and a content clause
    ("Der Landrat Georg Wimmer ist überzeugt, dass die Brücke marode ist.", "dass die Brücke marode ist", "Georg Wimmer"),
    ("Die Ministerin Eva Roth war sich sicher, die Wahl zu gewinnen.", "die Wahl zu gewinnen", "Eva Roth"),
    ("Die Ministerin Eva Roth ließ offen, ob sie erneut kandidiert.", "ob sie erneut kandidiert", "Eva Roth"),
    # a second main clause after a comma: its subject and apposition between commas before the cue
    ("Die Ministerin Eva Roth wies die Kritik zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: "
     "„Das ist völlig fehl am Platz.“", "Das ist völlig fehl am Platz", "Sandra Boser"),
    # "hervor|gehen aus": the "aus" phrase is the source, before the verb or after it
    ("Aus einem Bericht der Zeitung Valdorianer Bote geht hervor, dass der Minister zurücktreten will.",
     "dass der Minister zurücktreten will", "Valdorianer Bote"),
    ("Im Land fehlen 300 Lehrer. Das geht aus einer Antwort des Ministeriums hervor.", "Im Land fehlen", "Ministeriums"),
]


@pytest.mark.parametrize("text, quote, speaker", SPEAKER_CASES)
def test_frame_names_the_speaker(text, quote, speaker):
    found = statements(text)
    assert any(q.startswith(quote) and speaker in who for _, q, who in found), found


def test_nach_eigenem_bekunden_is_a_source_of_the_clause_subject():
    text = "Der Bürgermeister Theo Kranz war nach eigenem Bekunden schon lange in die Pläne eingeweiht."
    found = statements(text)
    assert any("eingeweiht" in q and "Theo Kranz" in who for _, q, who in found), found


def test_attitude_adjective_without_a_content_clause_or_with_es_is_no_statement():
    assert statements("Es ist sicher, dass die Brücke marode ist.") == []
    # "sicher" as an adverb inside its clause frames nothing
    assert statements("Die Fahrer waren sicher auch begeistert, die Strecke war gut.") == []


def test_konjunktiv_sentence_with_a_body_subject_continues_the_statement_before():
    # "Das Spital brauche …" reports the speaker before; the body is what is talked about, not who talks
    text = ("Der Primar Wolfgang Haider sagte am Mittwoch, die Wartezeiten seien zu lang. "
            "Das Spital brauche dringend mehr Pflegekräfte.")
    found = statements(text)
    assert any(q.startswith("Das Spital brauche") and kind == "free_indirect" and "Wolfgang Haider" in who
               for kind, q, who in found), found


def test_fronted_participle_with_das_at_the_end_of_the_text_does_not_fail():
    # (the last token: no determiner after "das" to look at; the analysis used to raise IndexError)
    text = "Die Regierung steht unter Druck, sagte der Minister am Montag in Berlin. Gesagt hat es"
    assert any("Die Regierung steht unter Druck" in q and "Minister" in who for _, q, who in statements(text)), \
        statements(text)
