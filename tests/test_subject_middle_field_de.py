"""The inverted German subject after the middle field: adverbs, time phrases, prepositional
phrases, a participle attribute, and an object in the prefield (extract/de/subject.py)."""
import pytest

from extract.de import analyse


def speakers(text: str) -> list[str]:
    return [text[b:e] for f in analyse(text).statements for b, e in f.speaker_mention]


@pytest.mark.parametrize("text, who", [
    ("Die Armee brauche mehr Geld, sagte vor den Medien in Bern Verteidigungsministerin Carla Imboden.",
     "Carla Imboden"),
    ("Die Reform komme zu spät, kritisierte gegenüber der Zeitung der Gewerkschafter Ludwig Pramer.",
     "Ludwig Pramer"),
    ("Der Entscheid sei politisch motiviert, sagte nach der Sitzung des Kantonsrats die Kantonsrätin Nora Gisler.",
     "Nora Gisler"),
    ("Die Zinsen würden nicht sinken, sagte am Rande einer Konferenz in Valdoria Notenbankerin Jana Ortlieb.",
     "Jana Ortlieb"),
    ("Die Tarife müssten steigen, sagte der seit 2019 amtierende Bürgermeister Falk Henning.", "Falk Henning"),
    ("Mehr Personal für die Schulen forderte zudem die Gewerkschafterin Ines Kowalczyk.", "Ines Kowalczyk"),
    # a middle field with a score or a club's name, the subject closing the clause
    ("„Uns fehlte die Kraft“, sagte nach dem 0:3 gegen den VfL Sandbrück am Samstag in der Kabine Trainerin Gesa Möller.",
     "Gesa Möller"),
    ("Man habe zu viele Chancen vergeben, klagte nach dem 1:1 beim SC Ostwald Kapitän Niklas Berger.", "Niklas Berger"),
    ("Der Sieg sei verdient, meinte nach dem 4:2 über die SG Lohfelden am Sonntag Torjägerin Lea Brandner.", "Lea Brandner"),
])
def test_subject_after_the_middle_field(text, who):
    assert any(who in s for s in speakers(text)), speakers(text)


def test_time_noun_then_der_is_the_subject_not_a_genitive():
    text = "Die Kosten seien zu hoch, sagte am Montag der Landrat Peter Ohlsen dem Sender."
    assert any("Peter Ohlsen" in s for s in speakers(text)), speakers(text)


def test_participle_attribute_leaves_its_place_out_of_the_mention():
    text = "Die Polizei habe zu spät eingegriffen, schrieb die in Valdoria geborene Sängerin Mira Solberg."
    assert [s for s in speakers(text) if "Mira Solberg" in s and "Valdoria" not in s], speakers(text)


def test_definite_thing_in_the_prefield_stays_the_subject():
    text = "Das Land hat die internationale Gemeinschaft um Hilfe gebeten, sagte der Sprecher."
    assert not any("Gemeinschaft" in s for s in speakers(text)), speakers(text)


@pytest.mark.parametrize("text, who, dative", [
    ("Ein Sprecher sagte der Zeitung Le Monde, man prüfe den Fall.", "Ein Sprecher", "Le Monde"),
    ("Eine Sprecherin sagte der Zeitung Le Monde, man prüfe den Fall.", "Eine Sprecherin", "Le Monde"),
    ("Eine Ärztin erklärte der Agentur Reuters, die Patienten seien stabil.", "Eine Ärztin", "Reuters"),
])
def test_indefinite_subject_before_a_named_dative(text, who, dative):
    # "ein"/"eine" + a person is the nominative; "der Zeitung X" after the verb is a dative, no speaker
    found = speakers(text)
    assert who in found and not any(dative in s for s in found), found


@pytest.mark.parametrize("text, who", [
    ("Eine Erhöhung der Löhne forderte der Gewerkschaftschef Frank Werneke.", "Frank Werneke"),
    ("Ein Ende der Hängepartie forderte der Kammerpräsident Peter Adrian.", "Peter Adrian"),
    ("Einen Rückzug forderte der Fraktionschef Jens Spahn.", "Jens Spahn"),
])
def test_indefinite_thing_first_is_the_object(text, who):
    assert any(who in s for s in speakers(text)), speakers(text)


@pytest.mark.parametrize("text, who", [
    # a list of verb phrases "V1 …, V2 … und V3": all share the subject of the first
    ("Schulleiterin Greta Holm begrüßte die Gäste, zeigte die neue Mensa und sagte, das Essen komme aus dem Dorf.",
     "Schulleiterin Greta Holm"),
    ("Der Pfarrer Anton Lechner läutete die Glocke, segnete die Fahrzeuge und betonte, die Wehr sei unersetzlich.",
     "Der Pfarrer Anton Lechner"),
    # near-miss: the verb after the comma has its own named subject
    ("Wir bleiben hart, sagte Betriebsrat Olaf Timm und fügte hinzu, der Streik gehe weiter.", "Betriebsrat Olaf Timm"),
])
def test_a_list_of_verb_phrases_shares_the_first_subject(text, who):
    assert speakers(text)[-1] == who


@pytest.mark.parametrize("text, who", [
    # "V1 …, V2 aber/jedoch …": the linking adverb joins V2 to the main verb before; its subject speaks
    ("Kreishandwerksmeister Jonas Ebert lobte den Vorstoß, warnte aber: „Ohne Azubis hilft das nichts.“",
     "Kreishandwerksmeister Jonas Ebert"),
    ("Die Bürgerinitiative Moorweg begrüßte die Pläne, forderte jedoch, die Bäume müssten stehen bleiben.",
     "Die Bürgerinitiative Moorweg"),
    # near-miss: the verb after the comma names its own speaker ("kritisierte aber Landrätin X" would
    # read as the body criticising her, so a verb that takes no person as its object)
    ("Der Verein Moorweg lobte den Plan, entgegnete jedoch Landrätin Petra Oltmanns: „Das ist zu teuer.“",
     "Landrätin Petra Oltmanns"),
])
def test_a_verb_linked_by_aber_after_a_comma_shares_the_main_subject(text, who):
    assert speakers(text)[-1] == who


@pytest.mark.parametrize("text, who", [
    ("Am Montag hatte die Sprecherin des Bauamts, Jana Velten, betont, der Zeitplan stehe.", "Jana Velten"),
    ("Zuvor hat ein Vertreter der Reederei in Kerbach, Ole Matthiesen, erklärt, die Fähre bleibe im Hafen.",
     "Ole Matthiesen"),
])
def test_auxiliary_before_an_apposed_name_carries_the_participle(text, who):
    # the comma after the apposed name starts no clause of its own: "hatte X, Name, betont, …"
    assert any(who in s for s in speakers(text)), speakers(text)


def test_object_with_an_apposed_name_is_no_speaker():
    # near-miss: the name after an object ("ihren Vorgänger, Ole Matthiesen,") is spoken of
    text = "Die Stiftung hat ihren früheren Vorstand, Ole Matthiesen, kritisiert, weil er Akten vernichtet habe."
    assert not any("Ole Matthiesen" in s for s in speakers(text)), speakers(text)


def test_a_quoted_name_opening_with_its_adjective_is_the_subject():
    found = speakers("Das „Nationale Lawinenamt“ von Valdoria geht davon aus, dass die Gefahr weiter steigt.")
    assert any("Nationale Lawinenamt" in s for s in found), found
    found = speakers("Seit Montag fordert die „Freie Liste“ den Rücktritt des Bürgermeisters von Kerbach.")
    assert any("Freie Liste" in s for s in found), found


def test_a_quoted_phrase_in_the_content_is_no_speaker():
    # near-miss: a quoted adjective phrase after the comma is what was said, the speaker stays
    text = "Die Landrätin Eva Brunner sagte, „Neue Wege“ seien im Nahverkehr nötig."
    assert speakers(text) and not any("Neue Wege" in s for s in speakers(text)), speakers(text)


def test_an_apposition_between_subject_and_participle_leaves_the_auxiliary_its_clause():
    # "hat sich Y, Chefin des Z, ausgesprochen": the participle after the apposition hangs on "hat"
    text = "Für eine Umgehungsstraße hat sich Rita Gansler, Chefin der Bürgerinitiative, ausgesprochen."
    assert any("Rita Gansler" in s for s in speakers(text)), speakers(text)


def test_the_name_apposed_to_a_role_after_the_verb_is_part_of_the_subject():
    text = "Heftige Kritik an dem Gutachten übte die Leiterin des Umweltamts, Selma Okonjo."
    assert any("Selma Okonjo" in s for s in speakers(text)), speakers(text)


def test_a_relative_clause_before_the_participle_is_no_apposition():
    # ("…, den der Kämmerer vorgelegt hatte, beschlossen": a verb between the commas, no apposition)
    text = "Der Rat hatte den Haushalt, den der Kämmerer Olaf Wendt vorgelegt hatte, beschlossen."
    assert not any("Olaf Wendt" in s for s in speakers(text)), speakers(text)


LED_BODIES_AFTER_THE_VERB = [  # (sentence, the leader who speaks for the body)
    ("Gegen den Kiesabbau hat sich die Bürgerinitiative um ihren Sprecher Henning Voss ausgesprochen.", "Henning Voss"),
    ("Vor einer Schließung der Notaufnahme warnte der Ärzteverein unter Leitung von Marion Adebayo.", "Marion Adebayo"),
]


@pytest.mark.parametrize("text, who", LED_BODIES_AFTER_THE_VERB)
def test_a_body_after_the_verb_speaks_through_its_leader(text, who):
    assert any(who in s for s in speakers(text)), speakers(text)


def test_um_with_a_time_after_the_verb_names_no_leader():
    text = "Gegen den Kiesabbau hat sich die Bürgerinitiative um die Jahreswende ausgesprochen."
    assert not any("Jahreswende" in s for s in speakers(text)), speakers(text)


def test_a_role_with_an_apposed_name_before_the_verb_is_the_subject_not_sie_after_it():
    from tests.test_statement_kinds_de import statements
    text = "Der Kreistag plant eine Umgehung, die Sprecherin der Initiative, Vera Imhof, hält sie für unnötig."
    assert [w.split(" | ")[0] for k, q, w in statements(text) if "hält sie" in q] == ["Vera Imhof"]


def test_sie_after_the_verb_stays_the_subject_after_a_thing_in_the_prefield():
    # near miss: "Die Idee des Ministers, X," is what was rejected; "sie" is who rejected it
    from extract.de import load_cues
    from extract.de.article import Article
    text = "Die Idee des Ministers, Max Ulm, lehnte sie entschieden ab."
    art = Article(text, load_cues())
    v = next(t.i for t in art.toks if t.text == "lehnte")
    who = art.subject(v, 0, len(art.toks))
    assert text[who[0]:who[1]] == "sie"


def test_a_name_inside_the_last_prepositional_phrase_is_no_subject():
    """'… gegen den FC Talbach' closes the clause: the club is the opponent, not the speaker."""
    text = "Man sei zufrieden, sagte nach dem 2:0 gegen den FC Talbach."
    assert speakers(text) == []


@pytest.mark.parametrize("text, who, not_who", [
    # a genitive adverbial first ("Des Weiteren", "Des Öfteren") is no subject: the subject follows the verb
    ("Des Weiteren wirft die Aufsichtsbehörde dem Betreiber vor, Messwerte geschönt zu haben.",
     "Aufsichtsbehörde", "Des Weiteren"),
    ("Des Öfteren betonte die Stadträtin Mareike Vos, der Haushalt sei solide.", "Mareike Vos", "Des Öfteren"),
    # a noun phrase governed by a participle after it ("X betreffend") is no subject either
    ("Die Frage der Lärmschutzwand betreffend schloss Landrat Edwin Kuhr nicht aus, dass der Kreis zahlt.",
     "Edwin Kuhr", "Frage"),
])
def test_governed_first_field_is_no_subject(text, who, not_who):
    found = speakers(text)
    assert any(who in s for s in found) and not any(not_who in s for s in found), found


@pytest.mark.parametrize("text, who", [
    # near misses: an adverb or "persönlich" after the subject leaves it the subject; a genitive
    # article before a possessor is part of the subject
    ("Die Ministerin persönlich sagte, der Zeitplan sei nicht zu halten.", "Die Ministerin"),
    ("Die Opposition dagegen kritisierte den Nachtragshaushalt scharf.", "Die Opposition"),
    ("Des Bürgermeisters Sprecher sagte, man prüfe den Antrag.", "Des Bürgermeisters Sprecher"),
])
def test_subject_with_adverb_or_possessor_stays_the_subject(text, who):
    assert who in speakers(text), speakers(text)


@pytest.mark.parametrize("text, who", [
    # "es" first in the middle field is the object or the correlate of the content clause: the
    # subject that names someone follows it
    ("Als Zumutung bezeichnete es die Elternvertreterin Ruth Albrecht, dass der Schulbus gestrichen wurde.",
     "Ruth Albrecht"),
    ("Für verfrüht hält es auch der Bauernverband, die Düngeregeln schon jetzt zu verschärfen.", "Bauernverband"),
])
def test_subject_after_a_correlate_es(text, who):
    assert any(who in s for s in speakers(text)), speakers(text)


def test_es_before_a_thing_gives_no_speaker():
    # near miss: "es" may be the subject (a body named before), the noun phrase after it a thing
    text = "Gestern bestätigte es die Nachricht, dass das Werk im Herbst schließt."
    assert not any("Nachricht" in s for s in speakers(text)), speakers(text)


@pytest.mark.parametrize("text, who", [
    # a sentence opening with a "da" clause (HanTa reads "Da" as an adverb): the clause shape makes it
    # subordinate, its subject speaks the cue verb in it
    ("Da die Feuerwehrleute es für zu gefährlich hielten, das Dach zu betreten, rückte ein Kran an.",
     "die Feuerwehrleute"),
    ("Da der Vorstand es für geboten hielt, die Halle zu schließen, fiel das Training aus.", "der Vorstand"),
])
def test_subject_of_a_fronted_da_clause(text, who):
    assert who in speakers(text), speakers(text)


def test_da_as_adverb_keeps_the_inverted_subject():
    # near miss: "Da" as an adverb, the verb second: the subject after the verb, no subordinate clause
    text = "Da sagte die Schulleiterin, man werde die Turnhalle im Sommer sanieren."
    assert speakers(text) == ["die Schulleiterin"], speakers(text)


@pytest.mark.parametrize("text, not_who", [
    # near miss: "es" stands for a body named before, the body after it is the object (no "Als …"
    # first, no ", dass" it stands for)
    ("Das Verwaltungsgericht gab der Klägerin recht. Zudem kritisierte es die Stadtverwaltung scharf.",
     "Stadtverwaltung"),
    ("Das Unternehmen wies die Vorwürfe zurück. Zugleich beschuldigte es die Gewerkschaft Verdi, "
     "Falschmeldungen zu verbreiten.", "Verdi"),
])
def test_es_for_a_body_named_before_leaves_the_object_no_speaker(text, not_who):
    assert not any(not_who in s for s in speakers(text)), speakers(text)


@pytest.mark.parametrize("text, who", [
    # near miss: an adverbial participle after the subject governs nothing, the subject stays
    ("Der Landrat abschließend sagte, man werde sparen.", "Der Landrat"),
    ("Die Ministerin ergänzend erklärte, der Zeitplan halte.", "Die Ministerin"),
])
def test_adverbial_participle_after_the_subject_leaves_it_the_subject(text, who):
    assert who in speakers(text), speakers(text)
