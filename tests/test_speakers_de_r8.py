"""German speakers on text nobody tuned for (round 8, issue 15): a body's name keeps its whole
extent, particle runs stay in a name, anonymous sources are nobody, a role noun the article gave a
person refers back to that person. All people, places and bodies are invented."""
import pytest

from test_attribution_de import speaker_of


@pytest.mark.parametrize("text,quote,speaker", [
    ("Die Arbeitgeber hätten nichts vorgelegt, teilte die Gewerkschaft Bau und Holz mit.",
     "Die Arbeitgeber hätten nichts vorgelegt", "Gewerkschaft Bau und Holz"),
    ("Das Landesamt für Wasser, Boden und Altlasten teilte mit, die Werte seien zu hoch.",
     "die Werte seien zu hoch", "Landesamt für Wasser, Boden und Altlasten"),
    ("Die Energiekosten seien zu hoch, teilte Kranzl & Sohn am Freitag mit.", "Die Energiekosten seien zu hoch",
     "Kranzl & Sohn"),
    ("Der Verband der Obst- und Gemüsebauern sagte, der Frost habe die Blüte zerstört.",
     "der Frost habe die Blüte zerstört", "Verband der Obst- und Gemüsebauern"),
    ("Dem Landesamt für Denkmalpflege zufolge ist die Brücke einsturzgefährdet.", "ist die Brücke einsturzgefährdet",
     "Landesamt für Denkmalpflege"),
    ("Die Lage sei ernst, erklärte die Industrie- und Handelskammer Nordmark.", "Die Lage sei ernst",
     "Industrie- und Handelskammer Nordmark"),
    ("Die Elterninitiative kritisierte, die Stadt habe niemanden gefragt.", "die Stadt habe niemanden gefragt",
     "Elterninitiative"),
    # particle runs and first names no list has stay in the name
    ("Die Ernte sei schlecht, sagte Inés de la Cruz Ortega am Montag.", "Die Ernte sei schlecht", "Inés de la Cruz Ortega"),
    ("Das Schloss werde verkauft, erklärte Beatrix von und zu Lerchenfeld.", "Das Schloss werde verkauft",
     "Beatrix von und zu Lerchenfeld"),
    ("Die Sprecherin Lucía de los Santos Ferreira sagte, die Route werde ausgebaut. De los Santos betonte, "
     "man wolle schneller werden.", "man wolle schneller werden", "Lucía de los Santos Ferreira"),
    ("Wunibalda Achterberg leitet die Firma seit 2019. Die Margen seien gering, räumte Achterberg ein.",
     "Die Margen seien gering", "Wunibalda Achterberg"),
    # anonymous sources are nobody
    ("Informierten Kreisen zufolge soll der Finanzchef gehen.", "soll der Finanzchef gehen", ""),
    ("Nach Informationen der Zeitung will die Stadt das Bad schließen.", "will die Stadt das Bad schließen", ""),
])
def test_bodies_and_names_keep_their_whole_extent(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_a_role_noun_the_article_gave_a_person_refers_back_to_that_person():
    text = ("Dirigent Tobias Wendler schlägt Alarm. Die Stadthalle GmbH weist die Vorwürfe zurück. "
            "„Das Orchester hat keinen Proberaum“, sagte der Dirigent am Montag.")
    assert speaker_of(text, "Das Orchester hat keinen Proberaum") == "Tobias Wendler"
