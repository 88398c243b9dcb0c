"""German free indirect speech (extract/de/free.py): which sentences after a statement carry its
speaker. Texts are invented; people, places and bodies are fictional."""
import pytest

from extract.pipeline import extract_article
from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


@pytest.mark.parametrize("text,words", [
    pytest.param("Ministerin Anna Beispiel sagte, die Lage sei ernst. Die Gäste gingen nach Hause.",
                 "Die Gäste gingen", id="strong_past_plural_after_a_framed_report"),
    pytest.param("Ministerin Anna Beispiel sagte, die Lage sei ernst. Die Kinder spielten im Garten.",
                 "Die Kinder spielten", id="weak_past_plural_after_a_framed_report"),
    pytest.param("Der Bürgermeister Lutz Rehberg sagte, der Markt sei ein Erfolg. Am Abend feierten die "
                 "Händler inzwischen wieder.", "feierten die Händler", id="a_time_anchor_keeps_the_narrator_past"),
    pytest.param("Stadtdirektor Hartmut Esser sagte, die Kosten hätten sich verdoppelt. Mehrere Fraktionen "
                 "reagierten verärgert. Esser räumte ein, die Verwaltung habe zu spät informiert.",
                 "Fraktionen reagierten", id="reaction_before_the_next_framed_report"),
    # a present-time word does not make the narrator's past reported (round 17 reread: "nun", "inzwischen",
    # "heute" are as common in a reporter's past as in a report)
    pytest.param("Die Schulleiterin Edda Wittkamp sagte, der Neubau komme zu spät. Inzwischen arbeiteten die "
                 "Handwerker auch samstags.", "arbeiteten die Handwerker", id="inzwischen_in_the_narrator_past"),
    pytest.param("Der Kreisbrandmeister Tjark Olsen erklärte, die Wache sei zu klein. Nun reagierten die "
                 "Fraktionen mit einem Antrag.", "reagierten die Fraktionen", id="nun_in_the_narrator_past"),
])
def test_past_plural_after_a_framed_report_is_the_narrator(text, words):
    assert quoted(text, words) == []


@pytest.mark.parametrize("text,words,name", [
    pytest.param("Der Verkehrsplaner Ole Jessen meinte, die Stadt müsse umdenken. Die Menschen führen nur dann "
                 "mit dem Bus, wenn er im Takt komme. Radwege fehlten vor allem im Norden.",
                 "Radwege fehlten", "Ole Jessen", id="after_a_frameless_konjunktiv_sentence"),
    pytest.param("Der Verbandschef Ole Brandt meinte, die Preise seien zu hoch. Die Bauern verdienten kaum noch "
                 "etwas. Viele Höfe stünden vor dem Aus.",
                 "Die Bauern verdienten", "Ole Brandt", id="before_a_frameless_konjunktiv_sentence"),
])
def test_past_plural_inside_a_running_report_is_reported(text, words, name):
    found = quoted(text, words)
    assert len(found) == 1 and found[0][0] == "free_indirect" and found[0][2].endswith(name)


def test_a_pronoun_before_a_colon_frames_the_konjunktiv_after_it():
    # "Er nahm es mit Humor: …": the pronoun's man speaks, not the woman quoted just before
    text = ("Oberstudienrat Dieter Kamphausen geht in den Ruhestand. Seine Kollegin Anja Freiling würdigte ihn "
            "als „Lehrer, der nie aufgegeben hat“. Er selbst nahm es mit Humor: Man habe nur keine Zeit gehabt.")
    assert speaker_of(text, "keine Zeit gehabt") == "Dieter Kamphausen"
    text = "Die Ministerin Eva Holm stellte den Plan vor. Der Landrat Kurt Weiland lobte sie. Sie blieb nüchtern: Die Lage sei ernst."
    assert speaker_of(text, "Die Lage sei ernst") == "Eva Holm"
    # "es" names no one: the colon frames nothing
    assert quoted("Die Ministerin Eva Holm stellte den Plan vor. Es ist so: Die Lage sei ernst.", "Die Lage")[0][2] != "Es"


def test_reportive_soll_after_a_bodys_action_is_that_bodys_claim():
    # "soll … haben" reports a claim; the body acting in the sentence before is its source
    text = ("In Dornfeld ist ein Apotheker festgenommen worden. Die Polizei hat ihn am Montag in seiner "
            "Wohnung gefasst. Er soll Rezepte gefälscht haben.")
    assert quoted(text, "Rezepte gefälscht") == [("free_indirect", "Er soll Rezepte gefälscht haben", "Die Polizei")]


@pytest.mark.parametrize("text", [
    # the pronoun agrees with the body in gender and number: the body is spoken of
    pytest.param("Der Konzern Valtronik hat in Dornfeld Insolvenz angemeldet. Er soll Schulden von zwölf "
                 "Millionen Euro angehäuft haben.", id="pronoun_takes_up_the_body"),
    # a person before "soll" is the one accused, never the source
    pytest.param("Der Bürgermeister Jan Rothfels ist am Montag zurückgetreten. Er soll Gelder der Stadt "
                 "veruntreut haben.", id="person_before_soll"),
])
def test_reportive_soll_about_the_one_named_before_has_no_source(text):
    assert quoted(text, "haben") == []


def test_reportive_soll_sein_after_a_bodys_action_is_that_bodys_claim():
    # "soll … sein" with a predicate reports a claim as "soll … haben" does: an adjective, a noun
    text = ("Das Veterinäramt Hollerbach hat bei zwei Rindern eine Seuche festgestellt. Sie soll hoch "
            "ansteckend sein.")
    assert quoted(text, "hoch ansteckend") == [
        ("free_indirect", "Sie soll hoch ansteckend sein", "Das Veterinäramt Hollerbach")]
    text = "Die Feuerwehr Kerbach hat die Brandstelle untersucht. Die Ursache soll ein defektes Ladekabel sein."
    assert [kind for kind, _, who in quoted(text, "Ladekabel") if who.startswith("Die Feuerwehr")] == ["free_indirect"]


def test_soll_with_a_possessive_sein_is_no_copula():
    # "sein" before a noun is the possessive: "soll sein Amt antreten" is a plan, not "soll … sein"
    text = ("Die Stiftung Morgenfeld hat einen neuen Vorstand gewählt. Im Januar soll er sein Amt in "
            "Kerbach antreten.")
    assert quoted(text, "sein Amt") == []


@pytest.mark.parametrize("text,quote,name", [
    # a thing as the subject of a speech verb in the Konjunktiv I: the report of the speaker before goes on
    pytest.param("Kreisrat Jens Albers hat den Nahverkehrsplan als „Papiertiger“ bezeichnet. Der Plan verspreche " "Busse, die niemand bezahlen wolle.", "Der Plan verspreche Busse", "Jens Albers", id="plan_promises_after_a_partial_quote"),
    pytest.param("Die Ärztin Marlene Oswald hat die Reform kritisiert. Die Vorlage warne zwar vor Engpässen, " "tue aber nichts dagegen.", "Die Vorlage warne zwar vor Engpässen", "Marlene Oswald", id="draft_warns_after_a_reported_statement"),
    # any verb after the comma, with its subject after it, frames the Konjunktiv I clause in its prefield
    pytest.param("Der Förster Konrad Wiegand zeigt auf die kahlen Hänge. Der Borkenkäfer habe hier ganze Arbeit " "geleistet, beginnt er.", "Der Borkenkäfer habe hier ganze Arbeit geleistet", "Konrad Wiegand", id="beginnen_as_a_frame"),
    pytest.param("Die Imkerin Rosa Lindner öffnet den Kasten. Man müsse ruhig bleiben, nickt sie. Jede Hektik " "mache die Bienen nervös.", "Jede Hektik mache die Bienen nervös", "Rosa Lindner", id="the_report_goes_on_after_the_frame"),
])
def test_a_thing_in_the_konjunktiv_or_an_inverted_frame_goes_on_with_the_speaker(text, quote, name):
    assert speaker_of(text, quote) == name


def test_a_thing_speaking_in_the_indicative_is_no_continuation():
    # (indicative: the narrator's own account of the draft, no one's words)
    text = "Die Ärztin Marlene Oswald hat die Reform kritisiert. Die Vorlage warnt vor Engpässen bei Hausärzten."
    assert speaker_of(text, "Die Vorlage warnt") != "Marlene Oswald"


def test_an_inverted_clause_after_a_condition_is_no_frame():
    # "Wenn …, beginnt die Sitzung": the prefield is a condition, and a session says nothing
    text = "Der Rat tagt im Rathaus. Wenn es nötig sei, beginnt die Sitzung früher."
    assert speaker_of(text, "Wenn es nötig sei") in (None, "")


@pytest.mark.parametrize("text,quote,frame", [
    ("Der Förster Konrad Wiegand zeigt auf die kahlen Hänge. Der Borkenkäfer habe hier ganze Arbeit geleistet, "
     "beginnt er.", "Der Borkenkäfer habe hier ganze Arbeit geleistet", "er"),
    ("Der Bauer Hannes Kühn steht am Zaun. Das sei alles halb so wild, winkt die Wirtin ab.",
     "Das sei alles halb so wild", "die Wirtin"),
])
def test_an_inverted_frame_names_its_own_speaker_and_stays_out_of_the_quote(text, quote, frame):
    # (without the frame the whole sentence, frame included, would go on with the speaker before)
    assert [(q, who) for _, q, who in quoted(text, quote)] == [(quote, frame)]


def test_past_plurals_after_a_speech_noun_of_unnamed_people_stay_the_narrators():
    # the past plural the Konjunktiv II shares is the narrator's too ("Die Antwort der Fans: Sie pfiffen"),
    # so only a Konjunktiv I after the colon makes the unnamed people's words (round 17 reread)
    assert quoted("Die Rettungsleitstelle rückte am Abend aus. Die Reaktion der Bauern: Sie blockierten die "
                  "Zufahrt zum Hof.", "Sie blockierten") == []
    found = quoted("Die Rettungsleitstelle rückte am Abend aus. Die Sorge der Sanitäter: Die Betten in der "
                   "Klinik reichten nicht mehr aus, es fehle an Personal.", "es fehle an Personal")
    assert len(found) == 1 and not found[0][2]
    # an indicative present after the colon stays the narrator's
    assert quoted("Die Rettungsleitstelle rückte am Abend aus. Die Sorge der Sanitäter: Die Betten in der "
                  "Klinik sind knapp.", "Die Betten in der Klinik") == []




@pytest.mark.parametrize("text,words", [
    pytest.param("Demnach habe die Stadt das Grundstück zu teuer gekauft. Der Kaufpreis sei nie geprüft worden.",
                 "Der Kaufpreis sei nie geprüft", id="demnach"),
    pytest.param("Aus Polizeikreisen hieß es, der Verdächtige sei geständig. Er habe die Tat aus Eifersucht begangen.",
                 "Er habe die Tat", id="aus_kreisen_hiess_es"),
])
def test_konjunktiv_one_goes_on_with_a_report_named_only_by_a_source_word(text, words):
    # the source word goes with it as mention, as in the sentence before ("Demnach", "Polizeikreisen")
    before = quoted(text, text.split(". ")[0][-12:])
    assert [(kind, speaker) for kind, _, speaker in quoted(text, words)] == [("free_indirect", before[0][2])]


def test_a_report_continued_from_a_source_word_names_no_actor():
    # the product: the source word stays a mention, never an actor the statement is credited to
    text = "Demnach habe die Stadt das Grundstück zu teuer gekauft. Der Kaufpreis sei nie geprüft worden."
    result = extract_article(text, lang="de", published="2026-06-03")
    go_on = [st for st in result.statements if "Kaufpreis" in text[st.quote[0][0]:st.quote[-1][1]]]
    assert len(go_on) == 1 and go_on[0].speaker is None
    assert not any(a.name == "Demnach" for a in result.actors)


# (sentence with a report held in a source noun the main clause only speaks about, the Konjunktiv I
# sentence after it): the next sentence is not the noun's
HELD_IN_A_NOUN = {
    "spekulationen_wonach": ("Spekulationen, wonach der Minister zurücktrete, konnte die Kanzlerin nicht "
                             "bestätigen.", "Der Fall werde geprüft."),
    "geruechte_wonach": ("Gerüchte, wonach das Werk schließe, wollte der Vorstand nicht kommentieren.",
                         "Die Entscheidung falle im Herbst."),
}


@pytest.mark.parametrize("case", HELD_IN_A_NOUN)
def test_a_report_held_in_a_source_noun_is_not_continued_with_that_noun(case):
    before, sentence = HELD_IN_A_NOUN[case]
    went_on = [(kind, speaker) for kind, _, speaker in quoted(f"{before} {sentence}", sentence[:-1])
               if kind == "free_indirect" or speaker.startswith(("Spekulationen", "Gerüchte"))]
    assert went_on == []


@pytest.mark.parametrize("text,words", [
    pytest.param("Demnach habe die Stadt das Grundstück zu teuer gekauft. Der Kaufvertrag wurde 2019 geschlossen.",
                 "Der Kaufvertrag", id="indicative_narration"),
    pytest.param("Demnach sei die Brücke marode. Wäre sie früher saniert worden, hätte man Geld gespart.",
                 "Wäre sie früher", id="konjunktiv_two_is_the_hypothetical"),
    pytest.param("Es hieß, der Zug komme später. Sei es drum, dachten sich die Fahrgäste und gingen essen.",
                 "Sei es drum", id="no_source_word_at_all"),
])
def test_unnamed_report_is_not_continued_by_narration(text, words):
    assert quoted(text, words) == []


# (sentence before, agentless Konjunktiv I sentence, its speaker): the frame itself is reported
AGENTLESS_FRAMES = {
    "werde_empfohlen": ("Landrat Peter Holm sagte, die Straße bleibe gesperrt.",
                        "Den Anwohnern werde empfohlen, die Fenster geschlossen zu halten.", "Landrat Peter Holm"),
    "werde_vorgeworfen": ("Staatsanwältin Lea Sommer erklärte, der Mann sei gefasst.",
                          "Ihm werde vorgeworfen, drei Banken überfallen zu haben.", "Staatsanwältin Lea Sommer"),
    "es_sei_versprochen": ("Der Betriebsrat erklärte, die Gespräche seien gescheitert.",
                           "Es sei versprochen worden, die Löhne pünktlich zu zahlen.", "Der Betriebsrat"),
}


@pytest.mark.parametrize("case", AGENTLESS_FRAMES)
def test_an_agentless_frame_in_konjunktiv_one_goes_on_with_the_report_before(case):
    before, sentence, name = AGENTLESS_FRAMES[case]
    found = quoted(f"{before} {sentence}", sentence[:-1])
    assert [(kind, speaker) for kind, _, speaker in found] == [("free_indirect", name)]


def test_an_agentless_frame_in_the_indicative_is_no_continuation():
    text = "Schulleiterin Eva Brück sagte, der Unterricht falle aus. Den Eltern wurde geraten, die Kinder abzuholen."
    assert quoted(text, "Den Eltern wurde geraten") == []


def test_an_agentless_frame_governing_a_content_clause_goes_on():
    # "Neu sei, dass X anordne, …": the Konjunktiv I main clause governs the clause of the cue
    text = ("Der Sprecher Udo Rast sagte, die Lage habe sich beruhigt. Neu sei, dass der Landrat anordne, "
            "die Schulen zu öffnen.")
    assert [(k, spk) for k, _, spk in quoted(text, "Neu sei")] == [("free_indirect", "Der Sprecher Udo Rast")]


def test_a_cue_in_a_relative_clause_makes_no_agentless_frame():
    # "…, von denen man glaube, dass …" has a speaker of its own ("man"); the main clause is the
    # narrator's, and the Konjunktiv II sentence of the next paragraph is no report going on
    text = ("Trainer Ole Wiik sagte, die Mannschaft sei müde. Die Spieler seien zu Profis geworden, von denen "
            "man glaube, dass sie alles könnten.\n\nKleine Fehler könnten trotzdem das Spiel entscheiden.")
    assert all("Ole Wiik" not in spk for _, _, spk in quoted(text, "Profis geworden"))
    assert quoted(text, "Kleine Fehler") == []


# round 29 (speaking_subject): a Konjunktiv only in a clause governed by an indicative main clause whose
# subject names someone is that subject's report, not the statement before going on
@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Die Bahn will die Strecke nach Gorsleben nicht ausbauen. Der Bedarf sei zu gering, sagte ein "
                 "Bahnsprecher. Landrätin Sabine Ortloff drückte ihr Unverständnis darüber aus, dass die Bahn die "
                 "Pendler im Stich lasse.", "dass die Bahn die Pendler im Stich lasse", "Sabine Ortloff",
                 id="content_clause_of_a_noun"),
    pytest.param("Der Zoo in Kettwig hat zwei Elefanten abgegeben. Die Anlage sei zu klein geworden, sagte "
                 "Zoodirektor Malte Osterkamp. Tierschützerin Ines Bredereck kann nicht verstehen, warum die Tiere "
                 "umziehen müssten.", "warum die Tiere umziehen müssten", "Ines Bredereck", id="indirect_question"),
])
def test_an_indicative_main_clause_names_its_own_speaker(text, quote, name):
    assert speaker_of(text, quote) == name


@pytest.mark.parametrize("text,quote,name", [
    # a passive's subject is acted on
    pytest.param("Die Polizei hat einen Wärter festgenommen. Die Fahndung laufe, sagte Polizeisprecherin Tanja "
                 "Vosskuhl. Der 41-jährige Beamte wurde am Morgen festgenommen, er soll einen Schlüssel besorgt "
                 "haben.", "er soll einen Schlüssel besorgt haben", "Tanja Vosskuhl", id="passive_main_clause"),
    # a reportive "soll" names the one accused
    pytest.param("Der Verein hat den Trainer beurlaubt. Die Mannschaft habe keine Fortschritte gemacht, sagte "
                 "Vorsitzender Gerold Pfannkuch. Der Trainer soll zudem Spieler beleidigt haben.",
                 "Der Trainer soll zudem Spieler beleidigt haben", "Gerold Pfannkuch", id="reportive_soll"),
    # a finite-looking participle before the Konjunktiv in one clause is no main verb
    pytest.param("Die Reederei hat einen Frachter in Dienst gestellt. Das Schiff verbrauche weniger Treibstoff, "
                 "sagte Geschäftsführerin Ilka Manthey. Der neu gebaute Frachter dagegen habe mehr Platz.",
                 "Der neu gebaute Frachter dagegen habe mehr Platz", "Ilka Manthey", id="participle_read_as_finite"),
    # a verb-final clause before a comma is a condition, not the main clause
    pytest.param("Der Experte Ruben Albers sagte, es komme nicht zum Krieg. Würde Nordland Waffen einsetzen, würde "
                 "das Land jede Unterstützung verlieren.", "würde das Land jede Unterstützung verlieren",
                 "Ruben Albers", id="conditional_before_the_main_clause"),
    # a relative clause's Konjunktiv is no content of the subject's deed (the round-29 reread)
    pytest.param("Bürgermeister Jan Rehm sagte, die Brücke werde saniert. Landrat Olaf Wiese besuchte am Nachmittag "
                 "die Baustelle, auf der seit Montag gearbeitet werde.", "auf der seit Montag gearbeitet werde",
                 "Jan Rehm", id="relative_clause_after_a_deed"),
    # an adverbial clause's Konjunktiv after a deed: the report before goes on (rr29 reread)
    pytest.param("Der Kreistag hat den Haushalt vertagt. Die Zahlen seien unvollständig, sagte Fraktionschef Bernd "
                 "Quandel. Landrätin Hedda Brühning verließ die Sitzung, ohne dass ein Kompromiss gefunden worden sei.",
                 "ohne dass ein Kompromiss gefunden worden sei", "Bernd Quandel", id="adverbial_clause_after_a_deed"),
    pytest.param("Die Strecke stockt. Der Bund habe die Mittel gekürzt, sagte Bahnsprecherin Lene Hagedorn. Bürgermeister "
                 "Arno Stübing fuhr nach Berlin, wo er mit dem Ministerium verhandle.", "wo er mit dem Ministerium "
                 "verhandle", "Lene Hagedorn", id="place_relative_wo_after_a_deed"),
    # the content clause of an infinitive clause, not of the main verb
    pytest.param("Die Fähre fährt seltener. Es fehle an Personal, sagte Reederei-Chef Malte Grübner. Landrat Uwe Kessin "
                 "reiste nach Schwerin, um dort zu erfahren, ob das Land die Fähre fördere.",
                 "ob das Land die Fähre fördere", "Malte Grübner", id="content_clause_of_an_infinitive_clause"),
])
def test_the_report_goes_on_where_the_main_clause_names_no_speaker(text, quote, name):
    assert speaker_of(text, quote) == name
