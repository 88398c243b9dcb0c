"""Round 29 (r29-de-stance): who holds a narrated German position is read by one test (de/indirect.named),
whatever the first name and whichever the order of role and name; a list named by its kind word; a
first word capitalised only as the sentence's first; the subject of a verb-first piece after a fronted role."""
import pytest

from extract.actors.lexicon import speaking_party
from extract.pipeline import extract_article
from extract.positions.frames_de import read_stances


def _positions(text: str) -> set[tuple[str, str, int]]:
    ex = extract_article(text, lang="de", published="2026-12-07")
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(s.speaker) or "", t, v) for s in ex.statements for t, v in s.stance.items() if v}


@pytest.mark.parametrize("text,speaker,target,value", [
    # a role phrase with the name apposed after it, the participle and "nichts" put first; a first name no list holds
    ("Nichts gehalten hat die Sprecherin der Initiative Hafenkante, Gunvor Brüggemeier, von der Verlegung des "
     "Fischmarkts.", "Gunvor Brüggemeier", "Verlegung", -1),
    # the name first, the role apposed after it, in a "für" phrase of an evaluation
    ("Für Thies Ramelow, Fraktionschef der Wählergemeinschaft Marschland, ist die Zusammenlegung der Bauhöfe ein "
     "Fehler.", "Thies Ramelow", "Zusammenlegung", -1),
    ("Der Verzicht auf die Ortsumgehung Barnstedt ist für Jorinde Hasselkamp, Sprecherin des Umweltverbands "
     "Heideland, der richtige Weg.", "Jorinde Hasselkamp", "Ortsumgehung", -1),
    # a list by its kind word and its name, after the verb
    ("Gegen die Schliessung der Dorfschule von Valmeis stellt sich die Liste Bürgernah.", "Liste Bürgernah",
     "Dorfschule", 1),
    # a body's clause opened by an adverb, capitalised as the sentence's first word only
    ("Positiv bewertete die Kreishandwerkerschaft Uelzen den Beschluss des Kreistags zum Bau einer neuen "
     "Berufsschule.", "Kreishandwerkerschaft Uelzen", "Berufsschule", 1),
    # the name first with a role after the comma whose organisation is no listed body, any first name (rr29)
    ("Nichts gehalten hat Okko Freerksen, Sprecher des TSV, von der Zusammenlegung der Jugendteams.",
     "Okko Freerksen", "Zusammenlegung", -1),
])
def test_a_narrated_position_is_its_holders(text, speaker, target, value):
    assert (speaker, target, value) in _positions(text)


@pytest.mark.parametrize("text", [
    "Von der Verlegung des Fischmarkts erfuhr Gunvor Brüggemeier erst aus der Zeitung.",
    "Für Malwine Oestergaard, Sprecherin der Gewerkschaft Kommunal Nord, ist der Umzug nach Hamburg der Beginn "
    "einer neuen Aufgabe.",
    "Die Liste der Kandidaten für den Gemeinderat ist lang.",
    "Unter dem Titel „Unser Nein zum Stausee“ zeigt das Heimatmuseum Ulmenried ab Sonntag Fotografien.",
])
def test_narration_around_a_named_holder_takes_no_position(text):
    assert _positions(text) == set()


def test_a_list_is_named_by_its_kind_word_and_its_own_name():
    assert speaking_party(["die", "Liste", "Bürgernah"], "de")
    assert speaking_party(["Die", "Ökoliste"], "de")
    assert not speaking_party(["die", "Liste", "der"], "de")
    assert not speaking_party(["die", "Stadt", "Lingen"], "de")


def test_the_longest_phrase_at_a_word_is_its_frame():
    # "infrage gestellt" is no "infrage": after a fronted role with its name apposed the verb-first piece has no
    # subject, and its object must not be read as the subject of "kommt nicht infrage" (-1)
    text = ("Der Vorstandschef des Landmaschinenherstellers Tervaro, Konstantin Wegenhövel, hat das Traktorenwerk in "
            "Wolkersgrund nicht infrage gestellt.")
    assert ("Traktorenwerk", -1) not in {(s.target, s.value) for s in read_stances(text, "de", "Konstantin Wegenhövel")}
    assert {(s.target, s.value) for s in read_stances("Das Werk kommt für Konstantin Wegenhövel nicht infrage.", "de",
                                                      "Konstantin Wegenhövel")} == {("Werk", -1)}
    assert {(s.target, s.value) for s in read_stances("Konstantin Wegenhövel stellte das Werk nicht in Frage.", "de",
                                                      "Konstantin Wegenhövel")} == {("Werk", 1)}


@pytest.mark.parametrize("text,expected", [
    # a decision's author with its place before what is decided: the decided thing, not the decision
    ("Richard Süßkindl begrüßte die Entscheidung des Stadtrats von Oberbrannach für die Ganztagsschule.",
     {("Ganztagsschule", 1)}),
    ("Richard Süßkindl begrüßte den Beschluss des Gemeinderats von Lohne zum Bau einer Turnhalle.", {("Turnhalle", 1)}),
    # near miss: the decision alone stays the target
    ("Richard Süßkindl kritisierte die Entscheidung des Stadtrats von Lohne.", {("Entscheidung", -1)}),
    # a manner word with "reagieren auf": the reaction's sign on what it reacts to
    ("Ablehnend reagierte Bürgermeister Cornelius Stappenbrügge auf die Pläne für ein Outlet-Center.",
     {("Outlet-Center", -1)}),
    # near miss: a reaction without a manner word, a manner word of no judgement
    ("Bürgermeister Cornelius Stappenbrügge reagierte am Montag auf die Kritik an der Seilbahn.", set()),
    ("Der Verkehr reagierte empfindlich auf die Sperrung der Brücke, sagte Bürgermeister Cornelius Stappenbrügge.", set()),
    # near miss: the manner of an answer is its tone, not a side on the question (rr29)
    ("Kritisch antwortete Bürgermeister Cornelius Stappenbrügge auf die Frage nach dem Ausbau der Autobahn.", set()),
])
def test_reactions_and_decisions_reach_their_thing(text, expected):
    speaker = "Cornelius Stappenbrügge" if "Stappenbrügge" in text else "Richard Süßkindl"
    assert {(s.target, s.value) for s in read_stances(text, "de", speaker) if s.value} == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb that grades an attribute inside a phrase is no predicate of "sein", nor a judgement
    ("Sie sei für ein dauerhaftes Bleiberecht für gut integrierte Familien, sagte Roswitha Eckenbrühl.",
     {("Bleiberecht", 1)}),
    # "und zwar" elaborates how: its participle does not close the clause's verb bracket
    ("Wir sind gegen das Hochhaus am Kanal, und zwar geschlossen, sagte Roswitha Eckenbrühl.", {("Hochhaus", -1)}),
    # near misses: a predicate after the für-phrase keeps "sein" its copula
    ("Sie ist für die Betreuung gut ausgebildeter Fachkräfte zuständig, sagte Roswitha Eckenbrühl.", set()),
    ("Das Bad wird geschlossen, und zwar sofort, sagte Roswitha Eckenbrühl.", set()),
])
def test_grading_adverbs_and_elaborations_leave_the_side_taken(text, expected):
    assert {(s.target, s.value) for s in read_stances(text, "de", "Roswitha Eckenbrühl") if s.value} == expected


@pytest.mark.parametrize("text", [
    # the verbs that end a subordinate clause cut by an apposition close that clause: the main clause after it
    # keeps its subject after the verb, never the target ("Gremium", "Verein")
    "Wie die Vorsitzende des Elternbeirats, Ortrun Feldmeßner, mitteilte, lehnt das Gremium ein Handyverbot auf dem "
    "Schulhof ab.",
    "Nachdem der Chef des Vereins, Otto Grau, zurückgetreten war, lehnt der Verein die Seilbahn ab.",
])
def test_a_subordinate_clause_cut_by_an_apposition_keeps_the_main_clauses_subject(text):
    assert not {s.target for s in read_stances(text, "de", "Ortrun Feldmeßner")} & {"Gremium", "Verein"}


@pytest.mark.parametrize("text,expected", [
    # a natural force that befell the thing: regret, no side in a debate
    ("Leider hat der Sturm die Seebrücke zerstört, sagte Bürgermeisterin Anna Berg.", set()),
    ("Leider hat die Sturmflut die Strandpromenade weggerissen, sagte Bürgermeisterin Anna Berg.", set()),
    # near misses: a body's act, or an act with no subject, judged by the adverb stays a position
    ("Leider hat der Kreistag die Nachtbuslinie gestrichen, sagte Bürgermeisterin Anna Berg.", {("Nachtbuslinie", 1)}),
    ("Leider hat der Stadtrat nach dem Sturm die Seebrücke abgerissen, sagte Bürgermeisterin Anna Berg.", {("Seebrücke", 1)}),
    ("Leider wurde die Seebrücke abgerissen, sagte Bürgermeisterin Anna Berg.", {("Seebrücke", 1)}),
    # a compound whose head is a force word but that names people's acts: their act, regretted (rr29)
    ("Leider hat die Klageflut den Bau der Umgehungsstraße verzögert, sagte Bürgermeisterin Anna Berg.",
     {("Bau", 1), ("Umgehungsstraße", 1), ("Umgehungsstraßebau", 1)}),
    ("Leider hat ein Proteststurm der Anwohner den Bau des Windparks verhindert, sagte Bürgermeisterin Anna Berg.",
     {("Bau", 1), ("Windpark", 1), ("Windparkbau", 1)}),
])
def test_a_judging_adverb_over_a_natural_force_takes_no_side(text, expected):
    assert {(s.target, s.value) for s in read_stances(text, "de", "Anna Berg") if s.value} == expected
