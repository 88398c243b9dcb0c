"""German stances, round 7: positions stated as nouns ("Kritik an X übte Y"), demands and
welcomes, and nouns that only tell how a debate stands ("Die Kritik an X wächst")."""
import pytest

from extract.positions.frames_de import read_stances

CASES = [
    # (text, speaker, target, value)
    ("Ein Ja zum 49-Euro-Ticket kam von der Verkehrssenatorin Olga Brand.", "Olga Brand", "49-Euro-Ticket", 1),
    ("Der Gewerkschaftschef Volker Haas hielt an der Forderung nach der 35-Stunden-Woche fest.", "Volker Haas",
     "35-Stunden-Woche", 1),
    ("Kritik an der Rentenreform übte der Sozialverbandschef Horst Danner.", "Horst Danner", "Rentenreform", -1),
    ("Seine Ablehnung der Gebietsreform bekräftigte der Landrat Theo Mauch am Freitag.", "Theo Mauch", "Gebietsreform", -1),
    ("Rückendeckung für den Sparkurs kam am Montag von Finanzminister Arno Fiebig.", "Arno Fiebig", "Sparkurs", 1),
    ("Die neue Hafenbahn nannte der Unternehmer Hendrik Brügge einen Meilenstein.", "Hendrik Brügge", "Hafenbahn", 1),
    ("Die Citymaut hält die Ministerin Anna Beispiel für einen Fehler.", "Anna Beispiel", "Citymaut", -1),
    ("Am besten wäre eine Einigung bis Ostern, sagte die Ministerin Lena Kraus.", "Lena Kraus", "Einigung", 1),
    ("Die Kita-Leiterin Sonja Ebert sieht im Betreuungsgeld eine Gefahr für die frühe Bildung.", "Sonja Ebert",
     "Betreuungsgeld", -1),
    ("Die Mindestlohnerhöhung sei ein Gebot der Fairness, sagte der Gewerkschafter Ole Hansen.", "Ole Hansen",
     "Mindestlohnerhöhung", 1),
    ("Der Kreisbauernchef Otto Lemke bezeichnete die Düngeverordnung als praxisfern.", "Otto Lemke", "Düngeverordnung", -1),
    ("Der Abgeordnete Tim Roth brach eine Lanze für die Kernkraft.", "Tim Roth", "Kernkraft", 1),
    ("Der Netzchef Tim Roth legt großen Wert auf Transparenz.", "Tim Roth", "Transparenz", 1),
    # "steht nicht zur Debatte / infrage": what exists stays, a proposal is not considered
    ("Der Standort Lahrfeld steht nicht zur Debatte, sagte der Konzernchef Tim Roth.", "Tim Roth", "Standort", 1),
    ("Der Erhalt der Geburtsstation steht nicht zur Disposition, sagte Landrat Tim Roth.", "Tim Roth", "Geburtsstation", 1),
    ("Eine Steuererhöhung steht nicht zur Debatte, sagte der Minister Tim Roth.", "Tim Roth", "Steuererhöhung", -1),
    ("Der Verkauf der Stadtwerke steht nicht zur Debatte, sagte Bürgermeister Tim Roth.", "Tim Roth", "Stadtwerk", 1),
    ("Die Citymaut kommt nicht infrage, sagte der Bürgermeister Tim Roth.", "Tim Roth", "Citymaut", -1),
    ("Zustimmung zum Doppelhaushalt signalisierte am Mittwoch der Fraktionschef Tim Roth.", "Tim Roth",
     "Doppelhaushalt", 1),
    ("An der Schuldenbremse übte der Fraktionschef Tim Roth scharfe Kritik.", "Tim Roth", "Schuldenbremse", -1),
    ("Der Gemeinderat Tim Roth wertete die Pflegereform als Erfolg.", "Tim Roth", "Pflegereform", 1),
    ("Der Gemeinderat Tim Roth mahnte mehr Tempo beim Ausbau der Kitas an.", "Tim Roth", "Kita", 1),
    ("Der Gemeinderat Tim Roth erinnerte an seine Forderung nach einer Citymaut.", "Tim Roth", "Citymaut", 1),
    ("Die Grundsteuerreform biete große Chancen, sagte der Kammerpräsident Tim Roth.", "Tim Roth", "Grundsteuerreform", 1),
    ("Die Grundsteuerreform berge erhebliche Risiken, sagte Kammerpräsident Tim Roth.", "Tim Roth", "Grundsteuerreform", -1),
    ("Die Grundsteuerreform greife zu kurz, sagte der Kammerpräsident Tim Roth.", "Tim Roth", "Grundsteuerreform", -1),
    ("Die Grundsteuerreform gehe in die richtige Richtung, sagte Kammerpräsident Tim Roth.", "Tim Roth",
     "Grundsteuerreform", 1),
    ("Der Kammerpräsident Tim Roth bedauerte das Scheitern der Grundsteuerreform.", "Tim Roth", "Grundsteuerreform", 1),
    ("Mit Erleichterung reagierte der Kammerpräsident Tim Roth auf die Grundsteuerreform.", "Tim Roth",
     "Grundsteuerreform", 1),
    ("Vor allem fehle es an Kitaplätzen, sagte der Elternsprecher Tim Roth.", "Tim Roth", "Kitaplatz", 1),
    ("Der Elternsprecher Tim Roth verspricht sich wenig von der Ganztagsschule.", "Tim Roth", "Ganztagsschule", -1),
    ("Die Ganztagsschule habe Vorrang, sagte der Elternsprecher Tim Roth.", "Tim Roth", "Ganztagsschule", 1),
    ("„Von uns gibt es ein klares Ja zur Gemeinschaftsschule“, sagte Tim Roth.", "Tim Roth", "Gemeinschaftsschule", 1),
    ("Kritik an der Seilbahn kam vom Sprecher Tim Roth.", "Tim Roth", "Seilbahn", -1),
    ("Die Ministerin Anna Beispiel steht der Citymaut skeptisch gegenüber.", "Anna Beispiel", "Citymaut", -1),
    ("Eine Absage an die Fusion der beiden Sparkassen kam am Donnerstag vom Verwaltungsratschef Otmar Lenz.",
     "Otmar Lenz", "Fusion", -1),
    ("WIEN (APA) - Eine klare Absage erteilte ÖVP-Klubchef Tim Roth am Mittwoch einer Vermögenssteuer.", "Tim Roth",
     "Vermögenssteuer", -1),
    ("Der Landrat Tim Roth kann der Ortsumgehung nichts abgewinnen.", "Tim Roth", "Ortsumgehung", -1),
    ("Der Landrat Tim Roth zählt zu den Kritikern der Ortsumgehung.", "Tim Roth", "Ortsumgehung", -1),
    ("Der Landrat Tim Roth hält die Ortsumgehung für verzichtbar.", "Tim Roth", "Ortsumgehung", -1),
    ("„Was wir brauchen, ist ein Hitzeschutzplan für jede Stadt“, sagte die Ärztin Marlies Thode.", "Marlies Thode",
     "Hitzeschutzplan", 1),
    ("Der Elternsprecher Tim Roth rief zum Boykott der Kantine auf.", "Tim Roth", "Kantine", -1),
    ("In der Begründung äußerten die Richterin Eva Kern und ihre Kollegen Bedenken gegen den Einsatz und "
     "verweisen auf ein Gutachten.", "Eva Kern", "Einsatz", -1),
]


@pytest.mark.parametrize("text,speaker,target,value", CASES)
def test_a_stance_on_the_target(text, speaker, target, value):
    got = [(s.target, s.value) for s in read_stances(text, "de", speaker)]
    assert (target, value) in got
    assert (target, -value) not in got


@pytest.mark.parametrize("text,speaker", [
    ("Die Kritik an der Seilbahn wächst, sagte der Bürgermeister Ulf Beck.", "Ulf Beck"),
    ("Die Forderung nach einem Tempolimit werde im Ausschuss beraten, sagte der Bürgermeister Ulf Beck.", "Ulf Beck"),
    ("Die Zustimmung zur Seilbahn ist nach Angaben des Meinungsforschers Tobias Ernst auf 40 Prozent gesunken.",
     "Tobias Ernst"),
    ("Die Ablehnung der Seilbahn sei in der Bevölkerung groß, sagte der Bürgermeister Ulf Beck.", "Ulf Beck"),
    ("Die Opposition hält die Citymaut für einen Fehler, sagte der Minister Kai Rehm.", "Kai Rehm"),
    ("Am besten lasse sich die Frage im Herbst klären, sagte der Staatssekretär Holger Brandl.", "Holger Brandl"),
    ("Die Citymaut werde von den Pendlern gut angenommen, sagte die Ministerin Lena Kraus.", "Lena Kraus"),
    ("Die Polizei sieht keine Gefahr für die Bevölkerung, sagte der Sprecher Tim Roth.", "Tim Roth"),
    ("Das Risiko eines Stromausfalls sei gering, sagte der Netzchef Tim Roth.", "Tim Roth"),
    ("Der Gemeinderat Tim Roth sagte, er werde die Forderung nach einer Citymaut prüfen.", "Tim Roth"),
    ("Der Gemeinderat Tim Roth berichtete von breiter Zustimmung zur Citymaut in der Bevölkerung.", "Tim Roth"),
    ("Der Gemeinderat Tim Roth verwies auf die große Unterstützung für die Citymaut.", "Tim Roth"),
    ("Der Kammerpräsident Tim Roth sagte, er habe den Familien geholfen.", "Tim Roth"),
    ("Der Kammerpräsident Tim Roth schadet nach Ansicht der Opposition der Stadt.", "Tim Roth"),
    ("Die Schulrätin Elke Sauer sagte, an der Grundschule fehle kein Lehrer mehr.", "Elke Sauer"),
    ("Der Sprecher Tim Roth berichtete, es habe viel Zustimmung für die Seilbahn gegeben.", "Tim Roth"),
    ("Der Sprecher Tim Roth nahm Stellung zur Kritik an der Seilbahn.", "Tim Roth"),
    ("Der Sprecher Tim Roth reagierte auf die Kritik an der Seilbahn.", "Tim Roth"),
    ("Der Sprecher Tim Roth sagte, über die Forderung nach einer Seilbahn werde im Mai entschieden.", "Tim Roth"),
    ("Die Forderung nach einer Seilbahn kam vom Bürgerverein, sagte der Sprecher Tim Roth.", "Tim Roth"),
    ("Der Sprecher Tim Roth sagte, Kritik an der Seilbahn gebe es vor allem von den Anwohnern.", "Tim Roth"),
    ("Der Wahltermin sei nicht in Gefahr, sagte der Sprecher Tim Roth.", "Tim Roth"),
    ("Der Sprecher Tim Roth sieht politische Gründe für das Urteil.", "Tim Roth"),
    ("Gewinn verspricht die Dividende der Firma Valdoria Wind, sagte der Analyst Tim Roth.", "Tim Roth"),
    ("Der Elternsprecher Tim Roth sprach von einem „großen Erfolg für die Familien“.", "Tim Roth"),
    ("Was die Opposition fordert, ist eine Maut, sagte der Minister Tim Roth.", "Tim Roth"),
])
def test_no_stance_where_a_noun_tells_how_a_debate_stands(text, speaker):
    assert [s for s in read_stances(text, "de", speaker) if s.value] == []
