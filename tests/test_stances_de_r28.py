"""German stances of round 28 (positions/frames_de.py, clause_de.py): a source named before "zufolge" is no
subject of the clause (clause_de.speakers_clause), a count before "von" makes its phrase a subject
(counted_partitive), a relative clause whose one verb HanTa reads as a participle is a relative clause
(lone_participle_last), a predicative judgement credited to another source is passed on
(clause_de.cites_other_source), "werden" with an infinitive after the participle is the future (werden_passive),
a bare noun names the thing a frame took in the sentence before (framed, taken_over), a sentence adverb that
judges the clause composes with its act (judged_event), a dative plural lemmatised twice (noun_lemma).
Each test fails when its mechanism is taken out; beside them the positions that stay. All names are invented."""

import pytest

from extract.pipeline import extract_article
from extract.positions import frames_de as fd
from stance_helpers_de import article_stances, speakers


# others' positions an informant passes on: the source before "zufolge", a counted subject, a laut-source with
# its relative clause, a judgement credited to a report
@pytest.mark.parametrize("text", [
    "Stadtrat Jonas Weiler zufolge kritisieren viele Pendler die Sperrung der Brücke.",
    "Bern (sda) - In der Anhörung haben sich elf von 16 Vereinen gegen die Schliessung der Turnhalle ausgesprochen. "
    "Das teilte Gemeindeschreiber Urs Kälin-Brand am Donnerstag mit.",
    "Nach Darstellung von Hafenmeisterin Wiebke Sönnichsen sind mehrere von den Kutterfischern für eine Verlängerung der Mole.",
    "Laut Ortschronistin Waltraud Semmel, die die Debatte seit Monaten für das Gemeindeblatt protokolliert, "
    "ist die Opposition im Gemeinderat geschlossen gegen das Einkaufszentrum am Ortsrand.",
    "Laut Gutachten ist der Plan ein Fehler, sagte Stadträtin Mona Ebert.",
    "Den Gutachtern zufolge ist die Sanierung der Schwimmhalle unverzichtbar, erklärte Ortsvorsteher Dirk Hahn.",
])
def test_a_position_passed_on_is_no_position_of_the_speaker(text):
    assert speakers(text) and all(speakers(text))  # the sentence is the speaker's statement ...
    assert article_stances(text) == {}  # ... but the position in it is someone else's


@pytest.mark.parametrize("text, want", [
    ("Stadtrat Jonas Weiler zufolge ist die Sperrung der Brücke ein Fehler.", {"Sperrung": -1}),
    ("Nach Ansicht von Landrätin Gesine Quandt ist die Schließung der Geburtsstation ein schwerer Fehler.",
     {"Schließung": -1}),
    ("Laut Ortsbürgermeisterin Dörte Havekost, die seit 2019 im Amt ist, wäre der Abriss der alten Mühle ein Fehler.",
     {"Abriss": -1}),
])
def test_the_speaker_named_as_source_keeps_her_own_judgement(text, want):
    got = article_stances(text)
    assert {k: got.get(k) for k in want} == want


def test_a_count_before_von_makes_the_subject():
    c = fd.clause_of("Im Verfahren haben sich 14 von 20 Parteien und Verbänden gegen das Vorhaben ausgesprochen", "de")
    subject = fd.subject_of(c, fd.finite_verb(c))
    assert subject is not None and fd.phrase_text(c, subject) == "20 Parteien"
    c = fd.clause_of("Im Verfahren haben sich die Parteien gegen das Vorhaben ausgesprochen", "de")
    assert fd.phrase_text(c, fd.subject_of(c, fd.finite_verb(c))) == "die Parteien"


def test_a_relative_clause_with_its_verb_read_as_a_participle():
    assert fd.relative_clause(fd.clause_of("die die Debatte seit Monaten protokolliert", "de"))
    assert not fd.relative_clause(fd.clause_of("die Debatte seit Monaten protokolliert", "de"))


def test_werden_with_an_infinitive_after_the_participle_is_the_future():
    text = "„Ich werde sehr enttäuscht sein, dass das Freibad geschlossen wird“, sagte Stadträtin Mona Ebert."
    assert article_stances(text) == {"Freibad": 1}
    c = fd.clause_of("Im Bericht wird festgehalten", "de")
    assert fd.werden_passive(c, len(c.words) - 1)  # (the passive stays one)


# a bare noun after a sentence whose frame took the thing
@pytest.mark.parametrize("text, want", [
    ("Essen (Reuters) - Rückendeckung für den Sparkurs von Vorstandschef Nils Achter erhielt der Stahlhändler Ferrovant "
     "am Mittwoch von Großaktionärin Melisande Hörst. „Der Kurs ist schmerzhaft, aber richtig“, sagte sie.", "Sparkurs"),
    ("München (Reuters) - Der Reisekonzern Trivalmo verabschiedet sich von einem eigenen Kreuzfahrtschiff. „Diesen Plan "
     "haben wir aufgegeben“, sagte Vorstandschefin Imke Borwendel am Mittwoch.", "Kreuzfahrtschiff"),
])
def test_a_bare_noun_names_the_thing_a_frame_took_before(text, want):
    statements = extract_article(text, lang="de", published="2026-06-03").statements
    assert want in statements[-1].stance


def test_a_position_noun_is_no_thing_a_bare_noun_names():
    c = fd.clause_of("Der Stadtrat rückt von seiner Ablehnung der Straßenbahnverlängerung ab", "de")
    ablehnung = next(p for p in c.phrases if p.prep == "von")
    assert not fd.framed(c, ablehnung, "de")
    c = fd.clause_of("Der Konzern verabschiedet sich von einem eigenen Kreuzfahrtschiff", "de")
    assert fd.framed(c, next(p for p in c.phrases if p.prep == "von"), "de")


@pytest.mark.parametrize("quote, want", [
    ("Leider wurde die Umgehungsstraße abgelehnt", {"Umgehungsstraße": 1}),
    ("Zu Recht hat der Rat die Umgehungsstraße gestoppt", {"Umgehungsstraße": -1}),
    ("Bedauerlicherweise hat der Kreistag die Buslinie gestrichen", {"Buslinie": 1}),
    ("Leider wurde der Radweg nicht gebaut", {"Radweg": 1}),
    ("Gott sei Dank wurde die Seilbahn abgelehnt", {"Seilbahn": -1}),
    ("Leider regnet es am Wochenende", {}),  # no act on a thing
    ("Leider musste der Bürgermeister die Sitzung früh verlassen", {}),  # a meeting left is an occasion
    ("Zu Recht oder zu Unrecht wurde die Seilbahn gestoppt, das klären die Gerichte", {}),  # no adverb alone before the verb
])
def test_a_judging_sentence_adverb_composes_with_the_act(quote, want):
    assert article_stances(f"„{quote}“, sagte Stadträtin Mona Ebert.") == want


def test_a_dative_plural_is_lemmatised_to_the_singular():
    assert fd.noun_lemma("Nachtflügen") == "Nachtflug"
    assert fd.noun_lemma("Kunden") == "Kunde"


# a spokesperson voices the office she speaks for: her office's view cited as the source stays hers
# (spoken_for.spokesperson_of); another body's view, a report's, or a neighbouring body's is passed on
@pytest.mark.parametrize("text, expected", [
    ("Wie Vizeregierungssprecher Tilo Brandner mitteilte, ist die Kernenergie nach Auffassung der Kanzlerin "
     "auf absehbare Zeit unverzichtbar.", {"Kernenergie": 1}),
    ("Nach Ansicht des Bürgermeisters ist die Seilbahn unverzichtbar, sagte Rathaussprecherin Eva Lorenz.", {"Seilbahn": 1}),
    ("Nach Auffassung der Opposition ist die Seilbahn unverzichtbar, sagte Regierungssprecher Jan Holm.", {}),
    ("Laut Gutachten ist die Seilbahn unverzichtbar, sagte Regierungssprecher Jan Holm.", {}),
    ("Nach Ansicht der Anwohner ist die Seilbahn unverzichtbar, sagte Rathaussprecherin Eva Lorenz.", {}),
])
def test_a_spokesperson_voices_her_office_cited_as_source(text, expected):
    found = article_stances(text)
    assert {k: found.get(k) for k in expected} == expected and bool(found) == bool(expected)


def test_spokesperson_of_needs_an_office_and_its_row():
    from extract.positions.spoken_for import spokesperson_of

    assert spokesperson_of("vizeregierungssprecher", "auffassung der kanzlerin", "de")
    assert spokesperson_of("kreissprecherin", "ansicht des landrats", "de")
    assert not spokesperson_of("sprecher", "auffassung der kanzlerin", "de")  # a bare spokesperson names no office
    assert not spokesperson_of("stadtsprecherin", "ansicht der nachbarstadt", "de")  # another body
    assert not spokesperson_of("regierungssprecher", "ansicht des bürgermeisters", "de")  # another row's office
