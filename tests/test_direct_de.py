"""German direct quotes (extract/de/direct.py): the frame after a quote and what goes on after it.
Texts are invented; people, places and bodies are fictional."""
import pytest

from tests.test_statement_kinds_de import quoted, statements


def one_main_clause(text: str) -> bool:
    """article.conjuncts cuts the first sentence of text nowhere: it is one main clause."""
    from extract.de import load_cues
    from extract.de.article import Article, conjuncts
    art = Article(text, load_cues())
    return conjuncts(art, *art.sents[0]) == [art.sents[0]]


@pytest.mark.parametrize("text,words", [
    pytest.param("«Das reicht nicht», sagte Kassenwart Otto Ferber, dann verließen alle den Saal.",
                 "verließen alle", id="sequence_adverb"),
    pytest.param("«Wir sind am Ende», sagte Trainerin Mia Kessler, danach gingen die Spielerinnen in die Kabine.",
                 "gingen die Spielerinnen", id="strong_past_plural"),
    pytest.param("«Es wird eng», sagte Kämmerer Rolf Hahn, im Saal blieben die Stadträte still.",
                 "blieben die Stadträte", id="no_adverb"),
])
def test_past_plural_after_the_frame_of_a_quote_is_the_narrator(text, words):
    assert quoted(text, words) == []


@pytest.mark.parametrize("text,words,name", [
    pytest.param("«Wir haben genug getan», sagte Ortsvorsteher Uwe Rehbein, derzeit engagierten sich "
                 "200 Menschen im Verein.", "derzeit engagierten sich", "Uwe Rehbein", id="present_time_word"),
    pytest.param("«Das reicht nicht», sagte Kassenwart Otto Ferber, die Beiträge stiegen zu langsam, "
                 "der Verein brauche mehr Geld.", "die Beiträge stiegen", "Otto Ferber", id="another_konjunktiv"),
    pytest.param("„Wir sind gewappnet“, sagte der Einsatzleiter Timo Brackwede, es stünden genügend "
                 "Sandsäcke bereit.", "es stünden", "Timo Brackwede", id="konjunktiv_two_of_its_own"),
])
def test_clause_after_the_frame_in_reported_speech_is_the_speakers(text, words, name):
    found = quoted(text, words)
    assert len(found) == 1 and found[0][0] == "indirect" and found[0][2].endswith(name)


def test_a_verb_the_tagger_misread_before_a_colon_frames_the_quote():
    # "nickt" read as an adjective: verb_before_colon finds it (without changing it), the colon
    # frame corrects its tag (tokens.retag_finite) and takes the noun phrase before it as the speaker
    from extract.de import load_cues
    from extract.de.article import Article
    from extract.de.direct import verb_before_colon
    text = "Ein Nachbar nickt: „Ohne die Jungs wäre unser Keller voll.“"
    art = Article(text, load_cues())
    colon = next(i for i, t in enumerate(art.toks) if t.text == ":")
    assert verb_before_colon(art, 0, colon) == 2 and art.toks[2].tag != "VV(FIN)"
    assert statements(text) == [("direct", "Ohne die Jungs wäre unser Keller voll.", "Ein Nachbar")]


@pytest.mark.parametrize("text,speaker", [
    pytest.param("Der Streit geht weiter. In den Worten von Bürgermeister Karl Beispiel: „Wir können nicht "
                 "jede Gasse räumen.“", "Karl Beispiel", id="worten_von"),
    pytest.param("Der Streit geht weiter. Aus Sicht des Mieterbunds Valdoria: „Das ist eine Zumutung für alle "
                 "Familien.“", "des Mieterbunds Valdoria", id="sicht_genitive"),
])
def test_source_phrase_before_a_colon_names_the_speaker_of_the_quote(text, speaker):
    found = [s for s in statements(text) if s[0] == "direct"]
    assert len(found) == 1 and speaker in found[0][2]


def test_possessive_source_phrase_before_a_colon_keeps_the_quote_for_the_one_named_before():
    text = "Karl Beispiel ist Bürgermeister. In seinen Worten: „Wir können nicht jede Gasse räumen.“"
    found = [s for s in statements(text) if s[0] == "direct"]
    assert len(found) == 1 and found[0][1].startswith("Wir können nicht")


@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Landrat Olaf Brink zur Lage im Kreis: „Wir haben die Situation im Griff.“",
                 "Wir haben die Situation im Griff.", "Olaf Brink", id="name_two_pps"),
    pytest.param("Rektorin Hanna Viebig hat Bilanz gezogen. Ihr Fazit nach zehn Jahren im Amt: „Die Schule "
                 "ist offener geworden.“", "Die Schule ist offener geworden.", "Hanna Viebig", id="owned_speech_noun"),
])
def test_prepositional_phrases_one_in_another_before_a_colon_keep_the_speaker(text, quote, name):
    assert _speakers(text).get(quote) == name


def test_prepositional_phrases_after_a_thing_before_a_colon_name_no_speaker():
    # a thing, not a name or a speech noun, heads the phrase: no speaker for the title
    text = "Die Ausstellung von Malerin Jule Brenneke im Haus am Markt: „Licht über dem Moor im Herbst“."
    assert not any(_speakers(text).values())


def _speakers(text: str) -> dict[str, str]:
    from extract.pipeline import extract_article
    return {s.quote_text: s.speaker_name for s in extract_article(text, lang="de", published="2026-12-05").statements}


@pytest.mark.parametrize("text,short,name", [
    pytest.param("„Die Fähre fährt nicht mehr“, sagte Hafenmeisterin Gesa Tjarks am Freitag. „Nie wieder.“",
                 "Nie wieder.", "Gesa Tjarks", id="two_words"),
    pytest.param("„Wir ziehen die Klage zurück“, erklärte Vereinschef Bodo Lindemeyer. „Das ist entschieden!“",
                 "Das ist entschieden!", "Bodo Lindemeyer", id="three_words_exclamation"),
])
def test_short_quoted_sentence_after_a_framed_quote_continues_its_speaker(text, short, name):
    found = _speakers(text)
    assert found.get(short) == name


def test_short_quoted_sentence_after_narration_is_no_statement():
    # a slogan or title quoted on its own after a sentence of the narrator's is nobody's statement
    found = _speakers("„Wir ziehen die Klage zurück“, erklärte Vereinschef Bodo Lindemeyer. "
                      "Danach verließ er den Saal. „Das ist entschieden.“")
    assert "Das ist entschieden." not in found
    assert found.get("Wir ziehen die Klage zurück") == "Bodo Lindemeyer"


@pytest.mark.parametrize("text,quote,speaker", [
    # the owner of the document after "hieß es" speaks, as in indirect speech (round 11)
    ("Das Landesamt für Umwelt warnt vor Hochwasser. „Die Pegel steigen weiter“, hieß es in einer Mitteilung "
     "der Behörde.", "Die Pegel steigen weiter", "Landesamt für Umwelt"),
    ("Der Landesverband der Imker begrüßt das Verbot. „Das ist ein guter Tag für die Bienen“, heißt es in "
     "einer Mitteilung des Verbands.", "Das ist ein guter Tag für die Bienen", "Landesverband der Imker"),
    ("„Wir prüfen das“, hieß es beim Landratsamt Oberau.", "Wir prüfen das", "Landratsamt Oberau"),
    # near misses: a document with no owner speaks for no one
    ("Die Stadt plant eine Reform. „Die Gebühren steigen“, heißt es in dem Entwurf.", "Die Gebühren steigen", ""),
    ("„Der Plan ist gescheitert“, hieß es in einer Mitteilung.", "Der Plan ist gescheitert", ""),
])
def test_quote_framed_by_hiess_es_is_the_owners_of_the_document(text, quote, speaker):
    assert _speakers(text).get(quote, "") == speaker


# quoted names of papers and broadcasters: a genitive attribute of a noun (also in an apposition), and
# after a preposition of company or place; the name is no quote of its own (a reported statement of the
# whole sentence may hold it)
QUOTED_NAMES = [
    "Der Chefredakteur der „Abendpost“ kritisierte die Entscheidung des Gerichts.",
    "Lutz Brendel, Chefredakteur der „Abendpost“, nannte die Vorwürfe haltlos.",
    "Der Landrat bezeichnete die Reform in einem Gespräch mit dem „Nordkurier“ als gescheitert.",
    "Die Stadträtin kritisierte in der „Abendpost“ die Pläne für das Hallenbad.",
]


@pytest.mark.parametrize("text", QUOTED_NAMES)
def test_a_quoted_name_after_an_article_in_a_noun_phrase_is_no_quote(text):
    name = text.split("„")[1].split("“")[0]
    assert [quote for _, quote, _ in statements(text) if quote == name] == []


def test_a_quoted_phrase_after_a_speech_verbs_own_preposition_stays_a_partial_quote():
    # near miss: "warnte vor einer «…»" introduces words, like "sprach von einer «…»"
    text = "Der Bürgermeister warnte vor einer „Verödung der Dörfer“."
    assert quoted(text, "Verödung der Dörfer") == [("partial", "Verödung der Dörfer", "Der Bürgermeister")]


def test_nennen_that_gives_a_name_makes_no_statement():
    # reflexive with the verb last or second, and the impersonal "man": a name given, nobody speaks
    # (round 23: "…, blockierte die Zufahrt" after the relative clause is the group's told position, as
    # "Die Gruppe blockierte die Zufahrt" was before; the name is tested with a clause that takes no side)
    names = {"Die Gruppe, die sich selbst „Bund der Freien Bauern“ nennt, traf sich am Montag in der Scheune.": "Bund der Freien Bauern",
             "Seit dem Frühjahr nennt sich der Verein „Bürgerforum Lindental“.": "Bürgerforum Lindental",
             "Dieses Verfahren zur Gasförderung nennt man „Fracking“.": "Fracking"}
    assert {text: quoted(text, name) for text, name in names.items()} == {text: [] for text in names}


def test_nennen_that_judges_oneself_stays_a_partial_quote():
    # near miss of the reflexive: an article before the quoted words judges, it gives no name
    text = "Der Minister Karl Hebel nannte sich selbst einen „Realisten“."
    assert quoted(text, "Realisten") == [("partial", "Realisten", "Der Minister Karl Hebel")]
    text = "Die Landrätin Eva Roth nennt sich eine „Pragmatikerin“."
    assert quoted(text, "Pragmatikerin") == [("partial", "Pragmatikerin", "Die Landrätin Eva Roth")]


def test_nennen_that_judges_stays_a_partial_quote():
    # near miss: a speaker calls a thing something
    text = "Die Ministerin Karla Wendt nannte den Entwurf „völlig unausgereift“."
    assert quoted(text, "völlig unausgereift") == [("partial", "völlig unausgereift", "Die Ministerin Karla Wendt")]


# two main clauses, each with its speaker: (text, the first quote's speaker, the second's)
COORDINATED = (
    ("Kämmerer Udo Wiesbrock sprach von einem „soliden Haushalt“, und Stadträtin Petra Lindner "
     "nannte die Schulden „erdrückend“.", "Udo Wiesbrock", "Petra Lindner"),
    ("Trainer Malte Oberg lobte die Abwehr als „bärenstark“, doch Kapitän Jonas Feldt sprach "
     "von einem „glücklichen Punkt“.", "Malte Oberg", "Jonas Feldt"),
    ("Während Rektorin Hanne Voss den Neubau als „Gewinn für alle“ lobte, nannte ihn Elternsprecher "
     "Kai Brüggen „viel zu klein“ und bemängelte Hausmeister Olaf Timm die „fehlenden Parkplätze“.",
     "Hanne Voss", "Kai Brüggen"),
)


@pytest.mark.parametrize("text,first,second", COORDINATED)
def test_partial_quote_takes_cue_and_speaker_from_its_own_clause(text, first, second):
    found = [s for s in statements(text) if s[0] in ("partial", "direct")]
    assert [s[2].split(" | ")[0].endswith(first) for s in found[:1]] == [True]
    assert found[1][2].split(" | ")[0].endswith(second)


def test_verb_first_second_clause_after_an_inverted_clause_has_its_own_speaker():
    text = ("Nach der Sitzung verteidigte Schulrätin Corinna Meinert die Reform, und warnte Elternbeirat "
            "Bodo Quandt vor „überfüllten Klassen“.")
    assert quoted(text, "überfüllten Klassen")[0][2].endswith("Bodo Quandt")


def test_verb_first_second_clause_with_a_person_as_object_keeps_the_first_speaker():
    # near miss: "lobte Stadtrat X für …" names the one praised, the speaker stays Anna Kolb
    assert one_main_clause("Am Montag kritisierte Bürgermeisterin Anna Kolb die Pläne und lobte Stadtrat Peter Lehmann "
                           "für seinen Einsatz.")


def test_one_subject_with_two_predicates_is_one_clause():
    # near miss: "und sprach von …" shares the subject of "kritisierte"
    text = "Die Vorsitzende des Mietervereins, Edith Bramsch, kritisierte die Mieten und sprach von einer „Abzocke“."
    assert quoted(text, "Abzocke")[0][2].endswith("Edith Bramsch")


def test_so_after_a_verb_first_clause_opens_the_second_speakers_clause():
    # "Sprach A von «…», so zeigte sich B …": "so" is the main clause's correlative, not a frame
    text = ("Nannte Trainerin Olga Brandl das Remis „verdient“, so sprach Torwart Malte Sievers von "
            "einem „glücklichen Punkt“.")
    assert quoted(text, "verdient")[0][2].endswith("Olga Brandl")
    assert quoted(text, "glücklichen Punkt")[0][2].endswith("Malte Sievers")


def test_so_after_a_quote_stays_its_frame():
    # near miss: "«…», so charakterisierte ihn X" frames the quote before it
    text = "„Er ist ein Sturkopf“, so beschrieb ihn die Gewerkschafterin Nele Aust."
    assert quoted(text, "Sturkopf")[0][2].endswith("Nele Aust")


def test_a_clause_opened_by_dessen_hangs_on_the_clause_before():
    # near miss: "…, dessen Sprecher X sprach von «…»" is no main clause of its own; the frame goes on
    from extract.pipeline import extract_article
    text = ("Vor dem Windpark hat der Naturschutzbund Tannau gewarnt, dessen Sprecher Olaf Wiebe sprach von "
            "einem „Vogelschredder“.")
    assert one_main_clause(text)
    # the warning goes on to the spokesman's word: his stance is against the wind farm
    ex = extract_article(text, lang="de", published="2026-03-01")
    wiebe = next(s for s in ex.statements if s.quote_text == "Vogelschredder")
    assert next(a.name for a in ex.actors if a.id == wiebe.speaker) == "Olaf Wiebe"
    assert wiebe.stance == {"Windpark": -1}


# Round 16: gapping — a second conjunct that leaves out the verb of the first ("X sprach von «…», der
# Abgeordnete Y von einem «…»"): its quote is Y's, with the first quote's cue (direct.gapped_frame).
def test_a_gapped_conjunct_gives_its_quote_to_its_own_subject():
    text = "Landrat Edwin Korbach sprach von einem „fairen Ausgleich“, die Bürgermeisterin Ilse Weyand von einer „Mogelpackung“."
    assert ("partial", "Mogelpackung", "die Bürgermeisterin Ilse Weyand") in quoted(text, "Mogelpackung")
    # an adverb of contrast after the subject ("dagegen", "hingegen") and "vor" as the shared preposition
    text = "Der Kassenwart Jonas Mertl warnte vor „leeren Kassen“, Vereinschefin Petra Aumann dagegen vor „Panikmache“."
    assert ("partial", "Panikmache", "Vereinschefin Petra Aumann") in quoted(text, "Panikmache")


def test_a_second_conjunct_with_its_own_verb_is_no_gap():
    # near-miss: "die Opposition reagierte mit «…»" has a verb of its own; the first speaker does not take it
    text = "Minister Olaf Brandt sprach von einem „Durchbruch“, die Opposition reagierte mit „Erstaunen“."
    assert not any("Olaf Brandt" in who for _, _, who in quoted(text, "Erstaunen"))


# an agentless passive of a verb of describing names quoted words of no one named: a partial statement
# without a speaker; a verb that speaks only with a named subject makes the "als" a role, not words
AGENTLESS_NAMING_CASES = [
    ("Die Zufahrt zum Kellmünder Hafen wurde am Morgen als „kaum passierbar“ bezeichnet.", "kaum passierbar", [("partial", "kaum passierbar", "")]),
    ("Der Geruch, der als „beißend“ beschrieben wurde, hielt sich bis zum Abend im Tal.", "beißend", [("partial", "beißend", "")]),
    ("Die neue Umgehungsstraße wird im Gutachten als „überdimensioniert“ eingestuft.", "überdimensioniert", [("partial", "überdimensioniert", "")]),
    ("Die Kandidatin soll in der Stichwahl als „kleineres Übel“ unterstützt werden.", "kleineres Übel", []),
    ("Der Bürgermeister Olaf Renz bezeichnete die Pläne als „reine Symbolpolitik“.", "reine Symbolpolitik", [("partial", "reine Symbolpolitik", "Der Bürgermeister Olaf Renz")]),
]


@pytest.mark.parametrize("text,words,expected", AGENTLESS_NAMING_CASES)
def test_agentless_naming_passive_keeps_the_quoted_words_without_a_speaker(text, words, expected):
    assert quoted(text, words) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Das Motto des Sommerfests in Brühlingen: „Alle an einen Tisch“.", id="motto"),
    pytest.param("Die Aufschrift auf dem Transparent: „Hände weg vom Auwald“.", id="inscription"),
    pytest.param("Lindenau nach dem Unwetter in der Nacht: „Hier steht kein Stein mehr auf dem anderen.“", id="place"),
    pytest.param("Die Botschaft des Abends: „Niemand bleibt allein.“", id="speech_noun_of_an_evening"),
])
def test_a_thing_or_a_place_met_first_before_a_colon_is_no_speaker(text):
    from extract.pipeline import extract_article
    statements = extract_article(text, lang="de", published="2026-12-05").statements
    assert all(not s.speaker_mention and not s.speaker_name for s in statements)


@pytest.mark.parametrize("text,quote,name", [
    pytest.param("Tessa Marquardt trainiert den FC Lindenau seit Mai. Marquardt nach dem Spiel: „Wir haben "
                 "verdient gewonnen.“", "Wir haben verdient gewonnen.", "Tessa Marquardt", id="surname_named_before"),
    pytest.param("Stürmerin Ida Wolke nach dem Abpfiff: „Das war unser bestes Spiel.“",
                 "Das war unser bestes Spiel.", "Ida Wolke", id="role_and_name"),
    # a speech noun's owner, named here first: the owner speaks
    pytest.param("Die Gewerkschaft hat zum Warnstreik aufgerufen. Die Forderung der IG Metall: „Acht Prozent mehr "
                 "Lohn.“", "Acht Prozent mehr Lohn.", "IG Metall", id="owner_body"),
    pytest.param("Die Reaktion der Stadt Brühlingen: „Wir prüfen den Vorgang sorgfältig.“",
                 "Wir prüfen den Vorgang sorgfältig.", "Stadt Brühlingen", id="owner_kind_and_name"),
    pytest.param("Das Urteil der Jury des Festivals: „Ein mutiger Film.“", "Ein mutiger Film.", "Jury", id="owner_jury"),
    # a group of people: the group; one common noun in the genitive: named in the nominative
    pytest.param("Die Kritik der Kläger: „Das Verfahren war unfair.“", "Das Verfahren war unfair.", "Kläger",
                 id="owner_plural_plaintiffs"),
    pytest.param("Die Forderung der Anwohner: „Die Straße muss gesperrt werden.“", "Die Straße muss gesperrt werden.",
                 "Anwohner", id="owner_plural_residents"),
    pytest.param("Die Bilanz der Veranstalter: „Wir sind sehr zufrieden.“", "Wir sind sehr zufrieden.", "Veranstalter",
                 id="owner_plural_organisers"),
    pytest.param("Die Reaktion der Fans: „Wir stehen hinter dem Team.“", "Wir stehen hinter dem Team.", "Fans",
                 id="owner_plural_fans"),
    pytest.param("Die Reaktion der Demonstranten: „Wir kommen wieder.“", "Wir kommen wieder.", "Demonstranten",
                 id="owner_plural_protesters"),
    pytest.param("Die Kritik des Klägers: „Das Verfahren war unfair.“", "Das Verfahren war unfair.", "Kläger",
                 id="owner_singular_genitive"),
    pytest.param("Bürgermeisterin Lena Graukamp war vor Ort. Die Reaktion der Bürgermeisterin: „Ich bin enttäuscht.“",
                 "Ich bin enttäuscht.", "Lena Graukamp", id="owner_role_named_before"),
])
def test_a_person_or_a_speech_nouns_owner_before_a_colon_is_the_speaker(text, quote, name):
    assert _speakers(text).get(quote) == name


@pytest.mark.parametrize("text", [
    # (the motto, inscription and place cases above had no speaker before the rule as well: these had one)
    pytest.param("Der Titel der Ausstellung der Stadt Weilburgen: „Wege ins Freie“.", id="title_with_a_body"),
    pytest.param("Die Bilanz des Winters: „Zu warm und zu wenig Schnee.“", id="season"),
])
def test_a_thing_before_a_colon_gives_the_quote_no_speaker_even_with_a_noun_after_it(text):
    from extract.pipeline import extract_article
    statements = extract_article(text, lang="de", published="2026-12-05").statements
    assert statements and all(not s.speaker_name for s in statements), statements


def test_a_place_named_before_only_inside_a_longer_word_is_not_named_before():
    from extract.de import load_cues
    from extract.de.article import Article
    from extract.de.direct import speaker_before_colon
    text = "Die Hamburger Kliniken meldeten viele Verletzte. Hamburg nach dem Sturm: „Es ist ein Trümmerfeld.“"
    art = Article(text, load_cues())
    b = text.index("Hamburg nach")
    assert speaker_before_colon(art, (b, b + len("Hamburg"))) is None
    text = "Olaf Brenz trainiert den FC Lindenau. Brenz nach dem Spiel: „Wir haben verdient gewonnen.“"
    art = Article(text, load_cues())
    b = text.index("Brenz nach")
    assert speaker_before_colon(art, (b, b + len("Brenz"))) == (b, b + len("Brenz"))


@pytest.mark.parametrize("text,clause,name", [
    pytest.param("Die Kosten seien inzwischen „völlig aus dem Ruder gelaufen“, räumte Bürgermeisterin Ilka Sommer ein.",
                 "Die Kosten seien inzwischen „völlig aus dem Ruder gelaufen“", "Ilka Sommer", id="konjunktiv_one"),
    pytest.param("Eine Schließung wäre „die allerletzte Option“, betonte Finanzvorständin Saskia Behr.",
                 "Eine Schließung wäre „die allerletzte Option“", "Saskia Behr", id="konjunktiv_two"),
    pytest.param("Er werde die Genehmigung „bis zur letzten Instanz“ anfechten, kündigte Landwirt Ekko Ross an.",
                 "Er werde die Genehmigung „bis zur letzten Instanz“ anfechten", "Ekko Ross", id="verb_after_quote"),
    pytest.param("Er habe „jeden Cent belegt“, die Vorwürfe seien „frei erfunden“, ließ Kassenwart Dirk Schwarz "
                 "über seinen Anwalt ausrichten.", "die Vorwürfe seien „frei erfunden“", "Dirk Schwarz",
                 id="second_clause"),
])
def test_quotation_inside_the_clause_a_frame_after_reports_is_the_clause(text, clause, name):
    found = [s for s in statements(text) if s[1] == clause]
    assert len(found) == 1 and found[0][0] == "indirect" and found[0][2].endswith(name)


@pytest.mark.parametrize("text,words", [
    pytest.param("MÜNCHEN (dpa/lby) - „Wir sind bereit“, sagte Landrat Ulf Berger.", "Wir sind bereit", id="dateline"),
    pytest.param("Dr. Anna Weiß sei „ein Glücksfall“, sagte Klinikchef Bernd Rahe.", "ein Glücksfall", id="abbreviation"),
    pytest.param("Die Bürgermeisterin nannte den Plan „unausgegoren“, sagte Stadtrat Ole Brink.", "unausgegoren",
                 id="cue_of_its_own"),
])
def test_quotation_stays_the_statement_where_no_clause_of_it_precedes(text, words):
    # a dateline, a sentence end the tokenizer kept ("Dr.") or a speech verb of the clause's own
    # leave the quotation as it was found
    assert any(s[1] == words and s[0] == "direct" for s in statements(text))


def test_finite_verb_after_quotation_ends_a_subordinate_clause_not_the_frames():
    text = ("Während Bürgermeister Alois Pfanner die Zufahrt als „ein Projekt, das seit zehn Jahren überfällig ist“ "
            "bezeichnete, warnte Vizebürgermeisterin Sabine Lechner vor Mehrkosten von 1,2 Millionen Euro.")
    found = statements(text)
    assert not any(s[1].startswith("ein Projekt") and s[2].endswith("Lechner") for s in found)
    assert any("Mehrkosten" in s[1] and s[2].endswith("Lechner") for s in found)


@pytest.mark.parametrize("text,content,name", [
    pytest.param("Der Vorwurf der Gewerkschaft Verkehr Ost, die Verkehrsbetriebe setzten ihre Fahrer unter Druck, "
                 "sorgt für Aufregung.", "die Verkehrsbetriebe setzten ihre Fahrer unter Druck", "Gewerkschaft Verkehr Ost",
                 id="konjunktiv_two_plural"),
    pytest.param("Die Behauptung des Kirchenkritikers Bruno Hallmeier, das Bistum verkaufte heimlich Kunstschätze, "
                 "hat das Generalvikariat zurückgewiesen.", "das Bistum verkaufte heimlich Kunstschätze", "Bruno Hallmeier",
                 id="weak_past_singular"),
    pytest.param("Die Bitte von Schwester Benedikta Horn, das Kloster „nicht zum Hotel werden zu lassen“, stößt auf "
                 "offene Ohren.", "das Kloster „nicht zum Hotel werden zu lassen“", "Benedikta Horn", id="quoted_infinitive"),
])
def test_claim_noun_in_the_prefield_takes_its_content_clause(text, content, name):
    found = [s for s in statements(text) if s[1] == content]
    assert len(found) == 1 and found[0][2].endswith(name)


@pytest.mark.parametrize("text", [
    pytest.param("Der Vorwurf der Untreue, die Staatsanwaltschaft ermittelt seit Mai, wiegt schwer.", id="no_one_named"),
    pytest.param("Der Vorschlag des Bauausschusses, die Halle kostet zwölf Millionen Euro, fand keine Mehrheit.",
                 id="present_indicative"),
])
def test_inserted_narration_after_a_claim_noun_is_no_content(text):
    assert statements(text) == []


def test_weak_past_singular_is_read_from_the_verbs_stem():
    from extract.de.nlp import weak_past_singular
    assert weak_past_singular("kassierte") and weak_past_singular("verkaufte")
    assert not weak_past_singular("stand") and not weak_past_singular("kostet")


def test_moderator_named_in_the_introduction_asks_and_answers_keep_their_konjunktiv():
    text = ("Aus der Sendung „Stadtgespräch“ von Radio Ilmsfeld. Im Studio: Moderator Felix Brandau und die Leiterin "
            "der Gesamtschule, Ute Kalisch.\n\nBrandau: Frau Kalisch, warum endet der Unterricht schon um zwölf Uhr?\n"
            "Kalisch: Weil uns sieben Lehrkräfte fehlen.\nBrandau: Die Eltern sind sauer.\n"
            "Kalisch: Zu Recht. Ich wäre es an ihrer Stelle auch.")
    found = statements(text)
    assert [s[0] for s in found].count("direct") == 4
    assert not any(s[0] == "free_indirect" for s in found)  # (the last answer's second sentence is hers already)


def test_reported_clause_before_a_frame_and_a_quotation_after_it_are_both_the_speakers():
    text = ("Landrat Mats Egger habe ihr zwar Hilfe zugesagt, sagte sie am Montag, "
            "„aber mit Zusagen behandelt man keine Patienten“.")
    found = statements(text)
    assert ("indirect", "Landrat Mats Egger habe ihr zwar Hilfe zugesagt", "sie") in found
    assert ("direct", "aber mit Zusagen behandelt man keine Patienten", "sie") in found


@pytest.mark.parametrize("text,clause,name,word", [
    pytest.param("Der Kanzler hat die Reform „alternativlos“ genannt, kritisierte Oppositionsführerin Ina Kraft.",
                 "Der Kanzler hat die Reform „alternativlos“ genannt", "Ina Kraft", "alternativlos", id="nennen"),
    pytest.param("Das Straßenbauamt hatte die Trasse noch als „beste Lösung“ gefeiert, erinnerte Ortsvorsteher Gernot Quante.",
                 "Das Straßenbauamt hatte die Trasse noch als „beste Lösung“ gefeiert", "Gernot Quante", "beste Lösung",
                 id="feiern_als"),
])
def test_quotation_before_the_clauses_own_speech_verb_is_not_the_frames_speakers_words(text, clause, name, word):
    # the quoted word is the clause subject's; the frame reports the clause, in indirect speech
    found = statements(text)
    assert not any(s[1] == word and s[2].endswith(name) for s in found)
    assert any(s[1] == clause and s[0] == "indirect" and s[2].endswith(name) for s in found)


def test_past_clause_with_a_pronoun_after_a_claim_noun_is_narration_about_its_owner():
    # "er kaufte" takes up the investor: the reporter's inserted narration, not the plan's content
    text = "Der Plan des Investors Karl Brandner, er kaufte das Gelände 2019, sieht 200 Wohnungen vor."
    assert not any("kaufte" in s[1] for s in statements(text))
