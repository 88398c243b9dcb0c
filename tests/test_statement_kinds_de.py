"""German statement kinds, one mechanism per test: which frame a sentence's statement hangs on,
where its quote begins and ends. Texts are invented; people, places and bodies are fictional."""
import pytest

from extract.de import analyse
from extract.pipeline import extract_article


def statements(text: str) -> list[tuple[str, str, str]]:
    """(kind, quote pieces joined by ' … ', speaker mentions joined by ' | ') per statement."""
    out = []
    for f in analyse(text).statements:
        out.append((f.kind, " … ".join(text[b:e] for b, e in f.quote),
                    " | ".join(text[b:e] for b, e in f.speaker_mention)))
    return out


def quoted(text: str, words: str) -> list[tuple[str, str, str]]:
    """The statements (as statements() gives them) whose quote holds ``words``."""
    return [s for s in statements(text) if words in s[1]]


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


def test_claim_noun_with_a_content_clause_frames_the_subjects_statement():
    text = "Die Ministerin Anna Beispiel ist der Meinung, dass die Steuern in Valdoria sinken müssen."
    assert statements(text) == [("indirect", "dass die Steuern in Valdoria sinken müssen", "Die Ministerin Anna Beispiel")]


def test_claim_noun_with_a_genitive_names_the_speaker():
    text = "Die Forderung des Bürgermeisters Karl Muster, die alte Brücke zu sperren, lehnte der Rat ab."
    found = statements(text)
    assert found and found[0][:2] == ("indirect", "die alte Brücke zu sperren")
    assert "Karl Muster" in found[0][2]


def test_relative_clause_on_a_claim_noun_is_no_content():
    text = "Der Hinweis, auf den die Behörden in Valdoria nicht reagiert hätten, kam von einer Anwohnerin."
    assert not any(quote.startswith("auf den") for _, quote, _ in statements(text))


def test_claim_noun_in_a_konjunktiv_sentence_leaves_it_to_free_indirect_speech():
    text = ("Anna Beispiel sagte am Montag, die Lage in Valdoria sei ernst. Man sei zu dem Schluss gekommen, "
            "dass neue Regeln nötig seien.")
    found = statements(text)
    assert [kind for kind, _, _ in found] == ["indirect", "free_indirect"]
    assert found[1][1].startswith("Man sei zu dem Schluss gekommen") and found[1][2] == "Anna Beispiel"


def test_claim_noun_before_the_verbs_particle():
    text = "Am Dienstag zog die Firma Beispielwerk das Angebot mit der Begründung zurück, dieses habe keine Chance."
    assert statements(text) == [("indirect", "dieses habe keine Chance", "die Firma Beispielwerk")]


def test_konjunktiv_one_after_a_sentence_that_names_someone_quotes_that_one():
    text = "Die Regierung von Valdoria ist besorgt. Die Lage sei ernst. Man prüfe alle Möglichkeiten."
    found = statements(text)
    assert len(found) == 1
    kind, quote, speaker = found[0]
    assert kind == "free_indirect" and speaker.startswith("Die Regierung")
    assert quote == "Die Lage sei ernst … Man prüfe alle Möglichkeiten"


def test_konjunktiv_one_after_a_sentence_about_a_thing_has_no_speaker_to_take():
    text = "Der Verkauf der Lebensmittel in Valdoria wurde gestoppt. Eine Gefahr für Menschen bestehe nicht."
    assert statements(text) == []


def test_separable_particle_found_over_brackets_in_the_clause():
    text = "Am Freitag kündigte die Verkehrsbehörde von Valdoria (VBV) strengere Kontrollen an den Grenzen an."
    found = statements(text)
    assert found and found[0][0] == "reported" and found[0][2] == "die Verkehrsbehörde von Valdoria (VBV)"


def test_konjunktiv_one_report_goes_on_over_one_sentence_about_something_else():
    text = ("Anna Beispiel sagte am Montag, die Lage in Valdoria sei ernst. Der Fluss führt seit Tagen Hochwasser. "
            "Man habe alle Helfer alarmiert.")
    found = statements(text)
    assert [kind for kind, _, _ in found] == ["indirect", "free_indirect"]
    assert found[1][1] == "Man habe alle Helfer alarmiert" and found[1][2] == "Anna Beispiel"
    # not over a paragraph break
    text = text.replace("Hochwasser. ", "Hochwasser.\n\n")
    assert [kind for kind, _, _ in statements(text)] == ["indirect"]


def test_expectation_with_mit_is_reported_speech():
    text = "Der Wetterdienst von Valdoria rechnet mit weiteren schweren Regenfällen im Norden."
    assert statements(text) == [("reported", "Der Wetterdienst von Valdoria rechnet mit weiteren schweren Regenfällen im Norden",
                                 "Der Wetterdienst von Valdoria")]


def test_konjunktiv_two_read_from_the_umlauted_past_stem():
    # strong and mixed verbs: an umlaut the infinitive lacks, or the umlaut-less twin is the same verb's past
    from extract.de.nlp import konjunktiv_two
    for form in ("befänden", "brächten", "anstünde", "bekäme", "entsprächen", "dächte", "könnte", "hätten", "wäre"):
        assert konjunktiv_two(form), form
    # the present of umlaut verbs, weak "-te" pasts (also "fällte", which HanTa reads as "fallen"),
    # adjectives and past indicatives without umlaut
    for form in ("führen", "fühle", "zählte", "führte", "fällte", "nächsten", "größere", "gingen", "mußten", "sagte"):
        assert not konjunktiv_two(form), form


def test_konjunktiv_two_sentence_goes_on_with_the_statement_before():
    text = ("Die Regierung von Valdoria sagte am Montag, die Lage sei ernst. "
            "Die wichtigsten Dämme befänden sich nahe der Grenze ihrer Belastbarkeit.")
    found = statements(text)
    assert any(kind == "free_indirect" and "Dämme befänden" in quote and "Regierung" in speaker
               for kind, quote, speaker in found), found


def test_source_noun_compound_needs_a_cue_head_not_a_particle_verb_noun():
    from extract.de.cues import is_source_noun, load_cues
    cues = load_cues()
    for word in ("Angaben", "Polizeiangaben", "Zeugenaussagen", "Fernsehbericht", "Zählung"):
        assert is_source_noun(word, cues), word
    for word in ("Auszählung", "Waffenstillstand", "Zustand", "Treffen", "Abstimmung"):
        assert not is_source_noun(word, cues), word


def test_nach_with_an_event_noun_is_time_not_a_source():
    text = ("Nach der Auszählung fast aller Stimmen liegt die Partei von Anna Beispiel in Valdoria vorne, "
            "sagte der Wahlleiter Karl von der Heide.")
    found = statements(text)
    assert found and all("Auszählung" not in speaker for _, _, speaker in found), found
    assert any("Wahlleiter" in speaker and "Auszählung" in quote for _, quote, speaker in found), found


def test_a_span_of_time_before_nach_makes_it_temporal():
    text = "Zwei Monate nach dem Urteil des Landgerichts Valdoria liegt nun die schriftliche Begründung vor."
    assert not any("Urteil" in speaker for _, _, speaker in statements(text))
    text = "Nach Angaben der Polizei in Valdoria wurden zwei Menschen verletzt."
    assert any("Angaben der Polizei" in speaker for _, _, speaker in statements(text))


def test_abstract_object_in_the_prefield_leaves_the_named_one_after_the_verb_the_speaker():
    text = "Die Abschaffung der Hundesteuer forderte am Montag der Gemeinderat Karl Beispiel."
    assert any("Karl Beispiel" in speaker and "Abschaffung" not in speaker for _, _, speaker in statements(text))


def test_a_body_or_person_in_the_prefield_stays_the_speaker():
    for text in ("Die Gewerkschaft kritisierte am Montag die Ministerin Anna Beispiel scharf.",
                 "Die Regierung forderte am Montag den Rücktritt der Ministerin Anna Beispiel."):
        found = statements(text)
        assert found and all(speaker.startswith("Die ") for _, _, speaker in found), found


def test_a_particle_at_the_clause_end_makes_the_particle_verb():
    found = statements("Die Forscher von Valdoria sagten für das kommende Jahr ein starkes Wachstum voraus.")
    assert any(kind == "reported" and "Forscher" in speaker for kind, _, speaker in found), found
    # a word like the particle inside the clause is no particle: plain "fordern" ("ein Lösegeld")
    found = statements("Außerdem forderte der Entführer Karl Beispiel ein Lösegeld.")
    assert any(kind == "reported" and "Karl Beispiel" in speaker for kind, _, speaker in found), found


def test_coordinated_cue_takes_the_subject_of_the_main_clause_verb():
    text = "Als ein Fahrgast zu Hilfe eilte, biss der Randalierer den Fahrgast und rief: „Lasst mich raus!“"
    assert ("direct", "Lasst mich raus!", "der Randalierer") in statements(text)
    # the verb of reported content ("Valdoria brauche") is not the one "und fügte hinzu" coordinates with
    text = "Anna Beispiel sagte, Valdoria brauche die Nachbarn und fügte hinzu: „Wer kann das glauben?“"
    assert ("direct", "Wer kann das glauben?", "Anna Beispiel") in statements(text)


def test_a_strong_past_is_read_as_a_verb_not_an_adverb():
    from extract.de.nlp import fast_tag
    for form in ("biss", "verlor", "schwieg"):
        assert fast_tag(form) == "VV(FIN)", form


def test_indirect_content_ends_before_a_coordinated_speech_verb():
    found = statements("Anna Beispiel sagte, Valdoria brauche die Nachbarn und fügte hinzu: „Wer kann das glauben?“")
    assert ("indirect", "Valdoria brauche die Nachbarn", "Anna Beispiel") in found, found
    # a coordinated Konjunktiv verb goes on with the content
    found = statements("Anna Beispiel sagte, die Lage sei ernst und werde sich verschärfen.")
    assert ("indirect", "die Lage sei ernst und werde sich verschärfen", "Anna Beispiel") in found, found


def test_wolle_is_konjunktiv_one_and_continues_the_statement_past_a_pronoun_sentence():
    # "wolle" is Konjunktiv I (not II); the sentence between points back with "er": the report goes on,
    # credited to the statement's speaker, not to the pronoun in between
    text = ("Am Montag kündigte der Bürgermeister Karl Beispiel eine Umbildung seines Stabes an. "
            "Dabei verteidigte er die Sparbeschlüsse der Stadt. "
            "Außerdem wolle er im Rat die Vertrauensfrage stellen.")
    found = statements(text)
    # (round 25: "Dabei verteidigte er X" is itself the mayor's statement, a stance with "er" going on from
    # him, so the report goes on from that statement's "er": the same person)
    assert any(f[:2] == ("free_indirect", "Außerdem wolle er im Rat die Vertrauensfrage stellen")
               and f[2] in ("der Bürgermeister Karl Beispiel", "er") for f in found), found
    assert {s.speaker_name for s in extract_article(text, lang="de").statements} == {"Karl Beispiel"}


def test_a_plural_subject_agreeing_with_a_plural_verb_is_no_fronted_object():
    # "Die Vereinten Nationen hatten …": a plural -tionen head agrees with "hatten"; the singular
    # "die Union" after the verb cannot be the subject
    from extract.de.indirect import abstract_noun
    assert abstract_noun("positionen") and abstract_noun("ergebnisse") and abstract_noun("abschaffung")
    text = ("Die Vereinten Nationen hatten die Union im Januar darum gebeten, sich mit Soldaten an der "
            "Mission in Valdoria zu beteiligen.")
    found = statements(text)
    assert found and found[0][2] == "Die Vereinten Nationen", found


def test_a_fronted_abstract_plural_object_before_a_singular_verb():
    text = "Die Forderungen der Anwohner wies am Montag die Bürgermeisterin Anna Beispiel zurück."
    found = statements(text)
    assert found and "Anna Beispiel" in found[0][2], found


def test_a_second_predicate_after_a_comma_shares_the_subject_of_the_clause_before():
    text = "Die Wahlbeobachter monieren Mängel, sprechen aber davon, dass die Wahl frei verlaufen sei."
    assert ("indirect", "dass die Wahl frei verlaufen sei", "Die Wahlbeobachter") in statements(text)


def test_a_subordinate_clause_before_the_comma_lends_no_subject():
    text = "Weil die Mittel fehlen, sagen die Stadtwerke, dass der Bau warten müsse."
    assert ("indirect", "dass der Bau warten müsse", "die Stadtwerke") in statements(text)


def test_evaluation_verb_with_als_frames_a_partial_quote():
    text = "Eine Bürgerinitiative feierte die Absage dagegen als „großen Erfolg für die Stadt“."
    assert ("partial", "großen Erfolg für die Stadt", "Eine Bürgerinitiative") in statements(text)


def test_claim_noun_object_with_an_owner_gives_the_content_to_the_owner():
    # the content clause says what the demand was; the one who demanded is the genitive, not the council
    for text in ("Der Rat lehnte die Forderung des Bürgermeisters Karl Muster ab, die alte Brücke zu sperren.",
                 "Der Rat hat die Forderung des Bürgermeisters Karl Muster abgelehnt, die alte Brücke zu sperren."):
        found = statements(text)
        assert len(found) == 1 and found[0][:2] == ("indirect", "die alte Brücke zu sperren"), found
        assert "Karl Muster" in found[0][2] and "Rat" not in found[0][2], found


def test_claim_noun_with_a_possessive_owner_and_an_apposed_name():
    text = "Trotz der Ankündigung ihres Trainers, Tomas Vell, die Mannschaft nach der Saison zu verlassen, gewann der Verein."
    found = statements(text)
    assert found and found[0][1] == "die Mannschaft nach der Saison zu verlassen" and "Tomas Vell" in found[0][2], found


def test_preposition_and_article_open_content_not_a_relative_clause():
    text = "Die Partei reagierte auf die Forderung des Vorsitzenden Karl Muster, in der Steuerpolitik nachzugeben."
    found = statements(text)
    assert found and found[0][1] == "in der Steuerpolitik nachzugeben" and "Karl Muster" in found[0][2], found


def test_a_causal_clause_after_a_claim_noun_stays_the_cue_verbs():
    text = "Vertreter der Verbände erwarten keine schnelle Entscheidung des Gerichts, weil die Abgeordneten keinen Antrag gestellt hätten."
    found = statements(text)
    assert found and found[0][2] == "Vertreter der Verbände", found


def test_passive_agent_with_vom_speaks():
    text = "Die Entscheidung wurde vom Bauernverband Valdoria als rückschrittlich kritisiert."
    found = statements(text)
    assert found and found[0][0] == "reported" and "Bauernverband Valdoria" in found[0][2], found


def test_content_before_an_inverted_frame_is_no_first_predicate():
    text = ("Paris (Reuters) - Der Autobauer plant den Abbau von 1200 Stellen. Das Werk in Valdoria sei besonders "
            "betroffen, sagten zwei mit den Plänen vertraute Personen.")
    assert any(quote == "Das Werk in Valdoria sei besonders betroffen" for _, quote, _ in statements(text))


def test_a_court_sentence_is_no_statement_but_condemning_is():
    for text in ("Der Angeklagte Karl Beispiel war gestern vom Amtsgericht Valdoria zu einer Geldstrafe von 3000 Euro verurteilt worden.",
                 "Im April verurteilte ihn ein Gericht in Valdoria wegen Betrugs zu drei Jahren Haft."):
        assert statements(text) == [], statements(text)
    for text in ("Die Ministerin Anna Beispiel verurteilte den Anschlag auf das Rathaus in Valdoria.",
                 "Die Ministerin Anna Beispiel verurteilte die Aufrufe zur Gewalt gegen die Polizei."):
        assert statements(text) and statements(text)[0][0] == "reported", statements(text)


def test_a_quote_before_a_new_main_clause_is_no_frame_for_it():
    # "„…“, Brandl sprach von …": a subject before its verb opens a clause of its own
    text = ("Die Abgeordneten Lena Vossberg und Kurt Brandlmeier waren sich einig. Vossberg nannte die Pläne "
            "„kurzsichtig“, Brandlmeier sprach von einem „Verrat am Dorf“.")
    found = {quote: speaker for _, quote, speaker in statements(text)}
    assert found["kurzsichtig"] == "Vossberg"
    assert found["Verrat am Dorf"] == "Brandlmeier"


def test_main_clauses_joined_by_a_comma_are_two_reported_statements():
    text = "Die Ministerin Ute Kranzler kritisierte den Plan, der Landrat Olaf Weißhaupt lobte das Konzept."
    assert statements(text) == [
        ("reported", "Die Ministerin Ute Kranzler kritisierte den Plan", "Die Ministerin Ute Kranzler"),
        ("reported", "der Landrat Olaf Weißhaupt lobte das Konzept", "der Landrat Olaf Weißhaupt")]


def test_a_negated_telling_verb_reports_that_nothing_was_said():
    # "nicht" right before the participle, the particle or a participle read as finite: no statement
    texts = ["Der genaue Ort des Unfalls wurde von der Polizei nicht genannt.",
             "Die Gründe für die Schließung gab die Stadtverwaltung Lindental nicht bekannt.",
             "Über den Streit hat die Redaktion des Nordkuriers bislang nicht berichtet."]
    assert {text: statements(text) for text in texts} == {text: [] for text in texts}


def test_a_negated_object_or_a_judging_verb_stays_a_reported_statement():
    # near misses: "keine Gründe" negates what was named; "lehnte … nicht ab" still takes a side
    named = "Die Behörde nannte keine Gründe für die Schließung."
    judged = "Landrat Olaf Brink lehnte den Antrag der Bürgerinitiative nicht ab."
    assert [kind for kind, _, _ in statements(named)] == ["reported"]
    assert [kind for kind, _, _ in statements(judged)] == ["reported"]


@pytest.mark.parametrize("text,first,speaker", [
    # a claim noun ("Plan", "Vorschlag") as the object: the clause after the comma has its own subject
    ("Kämmerin Greta Ulbrich lobte den Vorschlag, der Kreistag vertagte ihn trotzdem.",
     "Kämmerin Greta Ulbrich lobte den Vorschlag", "Kämmerin Greta Ulbrich"),
])
def test_a_main_clause_of_its_own_after_the_object_is_no_content_of_the_first_speaker(text, first, speaker):
    # the speaker's statement ends before the second clause, and that clause is no statement of anyone
    assert statements(text) == [("reported", first, speaker)]


def test_a_partial_quote_before_a_main_clause_of_its_own_is_the_first_speakers():
    # a contrast adverb after the second clause's subject: the quote is read in its own clause, as
    # in a sentence of one clause ("sprach von einem „…“": a partial quote), and the second clause
    # is no statement of anyone
    text = "Landrat Pius Hedderich sprach von einem „guten Kompromiss“, die Bürgerinitiative hingegen blieb skeptisch."
    assert statements(text) == [("partial", "guten Kompromiss", "Landrat Pius Hedderich")]


@pytest.mark.parametrize("text,contrast,speaker", [
    ("Der Stadtrat hat den Haushalt beschlossen. Kämmerer Lutz Overbeck lobte den Kompromiss, während "
     "Stadträtin Imke Harjes die neuen Schulden kritisierte.", "die neuen Schulden", "Stadträtin Imke Harjes"),
    ("Die Kreisstraße bleibt gesperrt. Landrätin Ulrike Fennel sprach von einer „Zumutung“, während "
     "Baudezernent Malte Hinrichs vor einer Brückensperrung warnte.", "einer Brückensperrung", "Baudezernent Malte Hinrichs"),
])
def test_a_contrast_clause_with_its_own_subject_and_speech_verb_is_its_subjects_statement(text, contrast, speaker):
    assert [who for _, quote, who in statements(text) if contrast in quote] == [speaker]


def test_a_contrast_clause_of_time_stays_in_the_statement():
    # near miss: "während" of time, no speech verb of its own
    text = "Bürgermeister Enno Lüders lobte die Feuerwehr, während die Aufräumarbeiten noch liefen."
    assert statements(text) == [("reported", text[:-1], "Bürgermeister Enno Lüders")]


@pytest.mark.parametrize("text,content", [
    # a past plural (the Konjunktiv II's form too) whose clause ends in a partial quote
    ("Der Bauernpräsident Karl Heinemeyer sagte, die Verluste gingen „in die Hunderttausende“.",
     "die Verluste gingen „in die Hunderttausende“"),
    ("Kämmerin Regine Tiedke erklärte, die Zinsen stiegen „schneller als geplant“.", "die Zinsen stiegen „schneller als geplant“"),
])
def test_a_content_clause_ending_in_a_partial_quote_is_content(text, content):
    assert [(kind, quote) for kind, quote, _ in statements(text)] == [("indirect", content)]


def test_a_relative_clause_ending_in_a_partial_quote_is_no_content():
    # near miss: the verb after the quote closes a relative clause on the object
    text = "Landrat Olaf Berg lobte den Plan, den der Rat „nach langem Ringen“ beschloss."
    assert statements(text)[0] == ("reported", text[:-1], "Landrat Olaf Berg")


def test_a_konjunktiv_clause_after_a_claim_noun_stays_its_content():
    # near miss: the clause after "die Forderung des X" in the Konjunktiv is what X demanded
    text = "Die Forderung des Mieterbunds Oberland, die Mieten müssten sinken, stieß im Rathaus auf Ablehnung."
    assert statements(text) == [("indirect", "die Mieten müssten sinken", "Mieterbunds Oberland")]


def test_a_relative_clause_does_not_split_the_sentence():
    text = "Bürgermeister Jan Holtkamp kritisierte den Plan, den der Rat beschlossen hatte."
    assert [kind for kind, _, _ in statements(text)] == ["reported"]
    assert statements(text)[0][1] == "Bürgermeister Jan Holtkamp kritisierte den Plan, den der Rat beschlossen hatte"


def test_a_plural_past_the_tagger_reads_as_an_adjective_still_makes_a_content_clause():
    from extract.de import load_cues
    from extract.de.article import Article, misread_past
    text = "Landrat Olaf Weißhaupt erklärte, viele Pendler warteten seit Jahren auf den Bus."
    assert ("indirect", "viele Pendler warteten seit Jahren auf den Bus", "Landrat Olaf Weißhaupt") in statements(text)
    # an attributive adjective (a noun after it) is no verb
    toks = Article("Sie nannte die gestiegenen Kosten.", load_cues()).toks
    adjective = next(i for i, t in enumerate(toks) if t.low == "gestiegenen")
    assert not misread_past(toks, adjective)


def test_a_named_subject_after_reported_content_opens_a_main_clause_of_its_own():
    # the content ends before ", <named subject> <verb>" (narrator_resumes, subject_clause), and
    # that main clause, holding no statement yet, is reported speech of its own (sentence_rules)
    text = "Kreisrätin Ilka Sommerfeld sagte, der Zuschuss sei zu gering, Landrat Udo Brecht lobte dagegen das Konzept."
    assert statements(text) == [
        ("indirect", "der Zuschuss sei zu gering", "Kreisrätin Ilka Sommerfeld"),
        ("reported", "Landrat Udo Brecht lobte dagegen das Konzept", "Landrat Udo Brecht")]
    # a Konjunktiv clause after the comma is still content; a clause that holds the cue of a statement
    # found gets no second one, but its first predicate before "und" is one of its own (first_predicate_before,
    # as before ", räumte aber ein, …"), and the second cue's clause no other
    text = "Kreisrätin Ilka Sommerfeld sagte, der Zuschuss sei zu gering, die Vereine müssten sparen."
    assert statements(text) == [("indirect", "der Zuschuss sei zu gering, die Vereine müssten sparen",
                                 "Kreisrätin Ilka Sommerfeld")]
    text = "Kreisrätin Ilka Sommerfeld kritisierte den Plan und sagte, der Zuschuss sei zu gering."
    assert statements(text) == [("reported", "Kreisrätin Ilka Sommerfeld kritisierte den Plan", "Kreisrätin Ilka Sommerfeld"),
                                ("indirect", "der Zuschuss sei zu gering", "Kreisrätin Ilka Sommerfeld")]
    text = "Kreisrätin Ilka Sommerfeld eröffnete die Sitzung und sagte, der Zuschuss sei zu gering."
    assert [kind for kind, _, _ in statements(text)] == ["indirect"]


def test_a_subject_of_its_own_after_a_comma_opens_a_main_clause_with_or_without_a_name():
    # a nominative noun phrase with no name ("die Opposition", "der Elternbeirat") and an indicative
    # verb second: a new main clause, neither content of the verb before nor of the content before
    text = "Stadtrat Kuno Beispiel sprach von einem schwarzen Tag, die Opposition warf der Mehrheit Wortbruch vor."
    assert statements(text) == [
        ("reported", "Stadtrat Kuno Beispiel sprach von einem schwarzen Tag", "Stadtrat Kuno Beispiel"),
        ("reported", "die Opposition warf der Mehrheit Wortbruch vor", "die Opposition")]
    text = "Ute Beispiel kritisierte den Plan scharf, Landrat Jan Muster sagte, die Kreise würden übergangen."
    found = statements(text)
    assert ("indirect", "die Kreise würden übergangen", "Landrat Jan Muster") in found
    assert ("reported", "Ute Beispiel kritisierte den Plan scharf", "Ute Beispiel") in found
    # only the speaker between the verb and the comma: the clause after it stays content (a weak past may be Konjunktiv)
    assert statements("Die Anhänger warnte er, die Organisatoren verfolgten ihre eigenen Ziele.") == [
        ("indirect", "die Organisatoren verfolgten ihre eigenen Ziele", "er")]
    # ", der Bauernverband sagte, …" after a main clause: article and noun, no relative pronoun
    text = "Ute Beispiel nannte den Kompromiss tragfähig, der Bauernverband sagte, die Höfe blieben auf den Kosten."
    assert ("indirect", "die Höfe blieben auf den Kosten", "der Bauernverband") in statements(text)
    text = "Ute Beispiel sagte, der Neubau komme zu spät, der Elternbeirat forderte eine Übergangslösung."
    assert ("indirect", "der Neubau komme zu spät", "Ute Beispiel") in statements(text)
    # a Konjunktiv clause stays content; a relative clause and an apposition are no main clause
    text = "Ute Beispiel sagte, der Standort bleibe erhalten, die Belegschaft werde verkleinert."
    assert statements(text) == [("indirect", "der Standort bleibe erhalten, die Belegschaft werde verkleinert",
                                 "Ute Beispiel")]
    from extract.de import load_cues
    from extract.de.article import Article, subject_clause
    for text, opens in (("Ute Beispiel kritisierte den Haushalt, den der Rat beschlossen hatte, als unsolide.", False),
                        ("Jan Muster, der Vorsitzende der Kommission, sagte, der Entscheid falle im Herbst.", False),
                        ("Ute Beispiel kritisierte den Plan, die Regierung müsse handeln.", False),
                        ("Viele Reporter suchten sich andere, weniger gefährliche Felder aus.", False),
                        ("Ute Beispiel lobte den Plan, der Verband lehnte ihn ab.", True)):
        art = Article(text, load_cues())
        s, e = art.sents[0]
        assert any(subject_clause(art, t.i + 1, e) is not None for t in art.toks[s:e] if t.text == ",") == opens, text


def test_degree_zu_in_a_short_content_clause_is_no_separable_particle():
    # "zu viel" is not the particle of "zusagen"; the past plural the tagger reads as an adjective
    # makes ", Pendler zahlten zu viel." a clause, not an apposition the particle search may cross
    for text in ("Ramona Kessel sagte, Pendler zahlten zu viel.",
                 "Udo Beispiel sagte, die Mieten stiegen zu schnell."):
        found = statements(text)
        assert [(k, s) for k, _, s in found] == [("indirect", text.split(" sagte")[0])]
        assert found[0][1].endswith("zu viel") or found[0][1].endswith("zu schnell")
    # the real particle at the clause end still counts: "sagte … zu, …"
    found = statements("Die Ministerin Eva Beispiel sagte am Montag zu, die Schulen bekämen mehr Geld.")
    assert found and found[0][1] == "die Schulen bekämen mehr Geld"


def test_a_semicolon_opens_a_main_clause_with_its_own_frame():
    # the source phrase frames only its own clause; the clause after ";" has its own speaker
    text = "Nach Auffassung der Verteidigung ist das Urteil zu hart; Verteidigerin Carla Menges kündigte Revision an."
    found = statements(text)
    assert [(k, q) for k, q, _ in found][0] == ("indirect", "ist das Urteil zu hart")
    assert any(k == "reported" and "Revision" in q and "Carla Menges" in who for k, q, who in found)
    found = statements("Der Verband hält das für falsch; Präsident Karl Beispiel sagte, man werde klagen.")
    assert ("indirect", "man werde klagen", "Präsident Karl Beispiel") in found
    # reported speech goes on after the semicolon with the same speaker
    found = statements("Karl Beispiel sagte, die Lage sei ernst; man müsse jetzt handeln.")
    assert [q for _, q, _ in found] == ["die Lage sei ernst", "man müsse jetzt handeln"]


def test_a_clause_after_a_framed_quote_is_no_frame_of_that_quote():
    # "zuvor hatten die Anwohner protestiert" follows the quote's own frame: the quote stays the councillor's
    text = "«Wir lassen uns nicht vertreiben», sagte Gemeinderätin Petra Lindt, zuvor hatten die Anwohner protestiert."
    found = statements(text)
    assert ("direct", "Wir lassen uns nicht vertreiben", "Gemeinderätin Petra Lindt") in found
    assert not any("Anwohner" in who for _, _, who in found)
    # ... nor, around the quotation, the "turn right before" of its own (indirect.prior_turn)
    assert statements("«Das ist zu teuer», sagte Kämmerer Olaf Brink, zuvor hatte die Opposition Kürzungen gefordert.") == [
        ("direct", "Das ist zu teuer", "Kämmerer Olaf Brink")]
    # a bare trailing frame still takes the content before it
    assert statements("Die Lage sei ernst, hatte zuvor Kurt Weiland gesagt.") == [
        ("indirect", "Die Lage sei ernst", "Kurt Weiland")]


# German statement kinds, round 7: where indirect content ends and who speaks when the cue
# participle opens the sentence. Texts are invented; people, places and bodies are fictional.
def test_konjunktiv_content_ends_where_an_indicative_main_clause_takes_over():
    text = ("Die Landrätin Mara Feldweg räumte ein, es könnten Stellen wegfallen, "
            "sprach aber von einem offenen Verfahren.")
    quotes = [q for _, q, _ in statements(text)]
    assert "es könnten Stellen wegfallen" in quotes, quotes
    # the content ends before "sprach"; since round 16 that second predicate of the subject is her own
    # reported statement (indirect.predicate_after_comma), not part of the Konjunktiv content
    assert [s for s in statements(text) if "sprach aber" in s[1]] == [
        ("reported", "sprach aber von einem offenen Verfahren", "Die Landrätin Mara Feldweg")]


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


def test_a_role_with_the_genitive_of_its_office_is_one_person_whose_rejection_is_words():
    # "Der Landrat des Kreises X lehnt … ab": one holder of one office, like "Der Landrat lehnt … ab"
    found = statements("Der Landrat des Kreises Wendmoor lehnt den Kiesabbau am Weiher ab.")
    assert [(k, who) for k, _, who in found] == [("reported", "Der Landrat des Kreises Wendmoor")]
    found = statements("Die Präsidentin des Imkerverbands unterstützt das Pestizidverbot.")
    assert [who for _, _, who in found] == ["Die Präsidentin des Imkerverbands"]


def test_an_assembly_with_a_genitive_votes_and_says_nothing():
    assert statements("Der Gemeinderat des Marktes Wendmoor lehnt den Kiesabbau am Weiher ab.") == []


def test_reported_statement_of_the_first_clause_before_another_speakers_content_clause():
    text = ("Die Caritasdirektorin Agnes Pfeilsticker rief zu Spenden für die Tafel auf, und der Pfarrer "
            "Lutz Hammerschmidt sagte, die Schlangen würden jede Woche länger.")
    found = statements(text)
    assert any(k == "reported" and q.endswith("für die Tafel auf") and "Agnes Pfeilsticker" in w for k, q, w in found)
    assert any(k == "indirect" and q.startswith("die Schlangen") and "Lutz Hammerschmidt" in w for k, q, w in found)


def test_each_coordinated_clause_is_a_statement_of_its_own_subject():
    text = ("Landwirtin Sabine Eckhoff sprach sich für ein Verbot von Laubbläsern aus, und auch "
            "Ortsvorsteher Gerd Plambeck hält eine Einschränkung für sinnvoll.")
    found = [(q, w) for k, q, w in statements(text) if k == "reported"]
    assert [w.split(" | ")[0] for q, w in found] == ["Landwirtin Sabine Eckhoff", "Ortsvorsteher Gerd Plambeck"]
    assert "Plambeck" not in found[0][0]


def test_stance_of_a_partial_quote_comes_from_its_own_clause():
    from extract.pipeline import extract_article
    text = ("Während Stadtbaurat Ingo Selle den Entwurf als „mutig“ verteidigte, nannte Stadträtin Vera Kolbeck "
            "die Tiefgarage „einen Fehler“.")
    ex = extract_article(text, lang="de", published="2026-03-01")
    stances = {s.quote_text: s.stance for s in ex.statements}
    # (read over the whole sentence, each quote also took the other's target or the other speaker's role)
    assert stances == {"mutig": {"Entwurf": 1}, "einen Fehler": {"Tiefgarage": -1}}


def test_a_main_clause_after_und_or_aber_is_no_content_of_the_first_cue():
    # ", aber/und" + a subject and its verb opens a main clause of its own, never reported content
    for text in ("Intendant Rolf Sauer verteidigte die Preise, aber die Besucher beklagten sich über die Wartezeiten.",
                 "Die Reederin Jana Kolk lobte den Hafenausbau, und die Anwohner protestierten gegen den Lärm."):
        first = text.split(",")[0]
        assert [q for k, q, w in statements(text) if k != "indirect" and q == first] == [first]
        assert not any(k == "indirect" for k, q, w in statements(text))


def test_a_content_clause_after_the_cue_before_a_second_main_clause_stays_content():
    # near miss: "sagte, die Brücke sei sicher" is content; ", und Y meinte, …" is Y's
    text = ("Bürgermeisterin Lena Haupt sagte, die Fähre sei sicher, und Gutachter Paul Ried meinte, man "
            "müsse sie trotzdem prüfen.")
    found = [(q, w) for k, q, w in statements(text) if k == "indirect"]
    assert found == [("die Fähre sei sicher", "Bürgermeisterin Lena Haupt"),
                     ("man müsse sie trotzdem prüfen", "Gutachter Paul Ried")]


def test_an_adverb_then_a_speech_verb_after_a_comma_opens_a_main_clause_of_its_own():
    # "…, zugleich warnte sie …" is a second statement, not the frame of the clause before
    for text, second in (
            ("Landrätin Eva Moll lobte die Helfer, zugleich warnte sie vor Leichtsinn.", "zugleich warnte sie"),
            ("Einerseits lobte Ministerin Gerda Fink die Vereine, andererseits kritisierte sie die „Trägheit“ der Ämter.",
             "Trägheit")):
        found = statements(text)
        assert not any(k == "indirect" for k, q, w in found)
        assert any(second in q and "Moll" not in q and "Vereine" not in q for k, q, w in found)


def test_a_frame_with_so_after_reported_content_stays_a_frame():
    # near miss: "…, so warnte X" is the frame of the Konjunktiv clause before it
    text = "Die Lage sei ernst, so warnte die Landrätin Eva Moll."
    assert statements(text) == [("indirect", "Die Lage sei ernst", "die Landrätin Eva Moll")]


def test_a_second_main_clause_whose_subject_has_an_apposed_name_is_no_content():
    text = "Die Stadt plant eine Seilbahn, der Vorsitzende des Vereins, Max Ulm, hält sie für überflüssig."
    found = statements(text)
    assert not any(q.startswith("Die Stadt plant") for k, q, w in found)
    # the second main clause is Max Ulm's own position
    assert [(k, q) for k, q, w in found] == [("reported", "der Vorsitzende des Vereins, Max Ulm, hält sie für überflüssig")]
    assert "Max Ulm" in found[0][2]


def test_a_second_predicate_after_a_partial_quote_is_a_statement_of_the_same_speaker():
    for text, second in (
            ("Kämmerer Ulf Brand sprach von einer „angespannten Lage“ und kündigte eine Haushaltssperre an.",
             "kündigte eine Haushaltssperre an"),
            ("Die Rektorin Inga Wendt sprach von einem „Kraftakt“ und forderte mehr Lehrerstellen.",
             "forderte mehr Lehrerstellen")):
        found = statements(text)
        assert ("reported", second, found[0][2]) in found and found[0][0] == "partial"


def test_a_second_predicate_that_says_nothing_stays_out():
    # near miss: "verließ die Kirche" is no speech verb
    text = "Pfarrer Jonas Kiel sprach von einem „schweren Tag“ und verließ die Kirche."
    assert [k for k, q, w in statements(text)] == ["partial"]


@pytest.mark.parametrize("text, words, speaker", [
    # Konjunktiv clauses in a row before a trailing cue are one statement's content, not two main clauses
    ("Die Umsätze seien zwar gestiegen, die Händler klagten aber über die Mieten, sagte Verbandschefin Ilka Marten.",
     "die Händler klagten aber über die Mieten", "Verbandschefin Ilka Marten"),
    ("Die Ernte sei gut, die Preise fielen jedoch weiter, erklärte der Landwirt Jörg Brandl.",
     "die Preise fielen jedoch weiter", "der Landwirt Jörg Brandl"),
])
def test_konjunktiv_clauses_before_a_trailing_cue_are_one_content(text, words, speaker):
    found = quoted(text, words)
    assert len(found) == 1 and found[0][2] == speaker and found[0][1].startswith(text.split(",")[0])


def test_indicative_clauses_joined_by_a_comma_stay_two_statements():
    # near miss: two main clauses in the indicative, each with its own speaker
    text = "Die Stadträtin Ute Kramm lobte den Plan, der Kämmerer Olaf Senn kritisierte die Kosten."
    speakers = {s for _, _, s in statements(text)}
    assert {"Die Stadträtin Ute Kramm", "der Kämmerer Olaf Senn"} <= speakers


@pytest.mark.parametrize("text", [
    # a cue in a relative clause on the sentence's first phrase: the main clause goes on after it
    "Karl Öhme sprach lange. Von einer Fusion, die einige Mitglieder ins Spiel gebracht hatten, halte er nichts.",
    "Karl Öhme sprach lange. Den Vorschlag, den die Gegner gefordert hatten, lehne er ab.",
])
def test_a_cue_in_a_relative_clause_on_the_prefield_has_no_content_after_it(text):
    from extract.pipeline import extract_article
    assert not any(q.startswith(("halte er", "lehne er")) for _, q, _ in statements(text))
    # the main clause goes on: its one statement is the pronoun's, Karl Öhme's
    assert [s.speaker_name for s in extract_article(text, lang="de", published="2026-03-01").statements] == ["Karl Öhme"]


def test_a_relative_clause_after_the_verb_keeps_its_content():
    # near miss: the relative clause stands after the main verb; its cue takes the content after it
    text = "Die Ministerin Eva Rohr, die am Montag erklärt hatte, man werde alles prüfen, schwieg."
    assert quoted(text, "man werde alles prüfen")


def test_a_purpose_clause_right_after_the_cue_opens_the_content():
    # ", um … zu …" right after the cue is the first field of the content clause after it
    text = "Ein Polizeisprecher Jan Hoff erklärte, um Ausschreitungen zu verhindern, seien 200 Beamte im Einsatz."
    assert [q for _, q, _ in statements(text)] == ["um Ausschreitungen zu verhindern, seien 200 Beamte im Einsatz"]
    # near miss: after the object it is the purpose of the act, no content at all
    text = "Die Ministerin Ute Berg forderte mehr Geld, um die Schulen zu sanieren."
    assert [k for k, _, _ in statements(text)] == ["reported"]




# "A, das teilte X mit." / "A. Das hat X mitgeteilt.": the demonstrative in the frame's first field
# points back to the clause A, which is what X said (one case a line: text | content | speaker)
RESUMED_CONTENT = """
Die Brücke über die Lerme bleibt bis Ende Mai gesperrt, das teilte das Straßenbauamt Valdoria am Dienstag mit.
    | Die Brücke über die Lerme bleibt bis Ende Mai gesperrt | Straßenbauamt Valdoria
Der Stadtrat wird die Gebühren im Herbst erneut senken – das kündigte Bürgermeisterin Hanna Kessler an.
    | Der Stadtrat wird die Gebühren im Herbst erneut senken | Hanna Kessler
Die Ernte fällt in diesem Jahr deutlich kleiner aus, das befürchtet der Bauernverband.
    | Die Ernte fällt in diesem Jahr deutlich kleiner aus | der Bauernverband
Der Zug nach Lindstadt fällt wegen des Sturms aus, dies bestätigte eine Sprecherin der Bahn am Morgen.
    | Der Zug nach Lindstadt fällt wegen des Sturms aus | eine Sprecherin der Bahn
Der Neubau kostet rund vier Millionen Euro mehr als geplant, das hat Kämmerer Rolf Hahn im Finanzausschuss eingeräumt.
    | Der Neubau kostet rund vier Millionen Euro mehr als geplant | Kämmerer Rolf Hahn
Mehr als 40 Schulen bleiben am Freitag geschlossen – dies hat die Schulbehörde in Nordmarsch entschieden.
    | Mehr als 40 Schulen bleiben am Freitag geschlossen | die Schulbehörde
Das Museum öffnet im Frühjahr wieder. Das hat Direktorin Lena Vogt am Montag mitgeteilt.
    | Das Museum öffnet im Frühjahr wieder | Lena Vogt
Die Fähre fällt bis Mittwoch aus. Dies hat die Reederei Lerm bestätigt.
    | Die Fähre fällt bis Mittwoch aus | Reederei Lerm
Die Steuer soll 2027 sinken. Das hatte der Finanzminister Karl Brem bereits im Mai angekündigt.
    | Die Steuer soll 2027 sinken | Karl Brem
"""


def resumed_cases(table: str = RESUMED_CONTENT) -> list[tuple[str, ...]]:
    """The cases of a table of two lines each: the text, then "| content | speaker"."""
    lines = [line.strip() for line in table.strip().splitlines()]
    return [tuple(x.strip() for x in (text + lines[k + 1]).split("|")) for k, text in enumerate(lines) if k % 2 == 0]


@pytest.mark.parametrize("text,content,speaker", resumed_cases())
def test_a_demonstrative_object_before_the_cue_takes_the_clause_before_it_as_content(text, content, speaker):
    found = [s for s in statements(text) if s[1] == content]
    assert len(found) == 1 and speaker in found[0][2]


def test_a_demonstrative_before_a_verb_of_no_speech_is_no_frame():
    # near misses: an effect, not words ("das ärgerte …"), and a relative "das" with its verb last
    for text in ("Die Straße wurde gesperrt, das ärgerte viele Anwohner.",
                 "Er reparierte das Dach, das der Sturm im Winter beschädigt hatte.",
                 "Die Firma hat 200 Stellen gestrichen, das traf die Region hart.",
                 "Die Schule bleibt bis Freitag geschlossen. Das hat viele Eltern verärgert."):
        assert statements(text) == [], text


# a zu-infinitive after the cue's participle, without the comma the spelling rules leave optional:
# it stands after the clause's right bracket and is the content ("hat angekündigt die Preise … zu erhöhen")
EXTRAPOSED_INFINITIVE = """
Der Konzern hat angekündigt die Preise ab Oktober um fünf Prozent zu erhöhen.
    | die Preise ab Oktober um fünf Prozent zu erhöhen | Der Konzern
Die Anwohner wurden aufgefordert Fenster und Türen geschlossen zu halten.
    | Fenster und Türen geschlossen zu halten |
Die Stadtwerke haben zugesagt die Leitungen bis Jahresende zu erneuern.
    | die Leitungen bis Jahresende zu erneuern | Die Stadtwerke
Der Landrat hatte versprochen die Schule in Brakel nicht zu schließen.
    | die Schule in Brakel nicht zu schließen | Der Landrat
Die Polizei hat die Autofahrer gebeten den Bereich um den Bahnhof weiträumig zu umfahren.
    | den Bereich um den Bahnhof weiträumig zu umfahren | Die Polizei
Der Verein hat erklärt den Vertrag mit dem Trainer nicht zu verlängern.
    | den Vertrag mit dem Trainer nicht zu verlängern | Der Verein
Die Gewerkschaft hat am Montag gedroht den Hafen ab Mittwoch zu bestreiken.
    | den Hafen ab Mittwoch zu bestreiken | Die Gewerkschaft
Die Eltern wurden gebeten ihre Kinder früher abzuholen.
    | ihre Kinder früher abzuholen |
"""


@pytest.mark.parametrize("text,content,speaker", resumed_cases(EXTRAPOSED_INFINITIVE))
def test_an_infinitive_after_the_cue_participle_without_a_comma_is_its_content(text, content, speaker):
    found = [s for s in statements(text) if s[1] == content]
    assert len(found) == 1 and found[0][0] == "indirect" and found[0][2] == speaker


def test_an_infinitive_after_a_participle_of_no_speech_stays_out():
    # near misses: "begonnen", "versucht" take an infinitive too, but say nothing
    for text in ("Die Firma hat begonnen die alten Leitungen zu ersetzen.",
                 "Die Stadt hat lange versucht die alte Brücke zu retten."):
        assert statements(text) == [], text


# a zu-infinitive content is complete at its clause's end: an indicative main clause after it is the
# reporter's again, as after content in the Konjunktiv (one case a line: text | content | speaker)
INFINITIVE_THEN_NARRATOR = """
Die Ministerin hat angekündigt, die Schulen früher zu öffnen, die Eltern sind skeptisch.
    | die Schulen früher zu öffnen | Die Ministerin
Der Konzern versprach, keine Stellen abzubauen, die Gewerkschaft bleibt misstrauisch.
    | keine Stellen abzubauen | Der Konzern
Der Verband drohte, die Gespräche abzubrechen, eine Einigung ist nicht in Sicht.
    | die Gespräche abzubrechen | Der Verband
Die Polizei bat die Zeugen, sich zu melden, der Täter ist weiter flüchtig.
    | sich zu melden | Die Polizei
Der Landrat sagte zu, die Straße zu reparieren, und die Bürger waren zufrieden.
    | die Straße zu reparieren | Der Landrat
"""


@pytest.mark.parametrize("text,content,speaker", resumed_cases(INFINITIVE_THEN_NARRATOR))
def test_an_infinitive_content_ends_where_an_indicative_main_clause_follows(text, content, speaker):
    found = [s for s in statements(text) if s[1] == content]
    assert len(found) == 1 and found[0][2] == speaker


def test_an_infinitive_content_keeps_what_the_speaker_goes_on_to_say():
    # near misses: a Konjunktiv clause or a subordinate clause after the infinitive is still the content
    text = "Der Verband drohte, die Gespräche abzubrechen, eine Einigung sei nicht in Sicht."
    assert [q for _, q, _ in statements(text)] == ["die Gespräche abzubrechen, eine Einigung sei nicht in Sicht"]
    text = "Der Verband drohte, die Gespräche abzubrechen, wenn die Stadt nicht einlenkt."
    assert [q for _, q, _ in statements(text)] == ["die Gespräche abzubrechen, wenn die Stadt nicht einlenkt"]


def test_a_demonstrative_and_a_speech_verb_after_another_cue_clause_are_the_frame_not_its_content():
    # "rechnet", "erwartet", "fordert", "kritisiert" are cues too: the clause after the comma is the
    # frame of the second cue pointing back ("das sagte eine Sprecherin"), not the first cue's content
    for text, content, speaker in (
            ("Der Flughafen rechnet in den Ferien mit 1,2 Millionen Passagieren, das sagte eine Sprecherin am Montag.",
             "Der Flughafen rechnet in den Ferien mit 1,2 Millionen Passagieren", "eine Sprecherin"),
            ("Die Stadt erwartet im Sommer mehr Touristen, das sagte der Bürgermeister am Montag.",
             "Die Stadt erwartet im Sommer mehr Touristen", "der Bürgermeister"),
            ("Der Verband fordert höhere Löhne, dies erklärte Sprecher Jan Roth am Dienstag.",
             "Der Verband fordert höhere Löhne", "Sprecher Jan Roth")):
        assert statements(text) == [("indirect", content, speaker)], text
    # near misses: right after the cue, or in the Konjunktiv, the clause is the content
    for text, content in (("Der Minister sagte, das teilte er auch dem Ausschuss mit.", "das teilte er auch dem Ausschuss mit"),
                          ("Der Minister sagte am Montag, das sehe er anders.", "das sehe er anders")):
        assert statements(text) == [("indirect", content, "Der Minister")], text


def test_a_relative_clause_after_a_cues_object_is_no_content_of_that_cue():
    """", den er nicht annehmen wolle": verb last, its pronoun opens no noun phrase: a relative clause
    of the object (in the Konjunktiv of the speech around it), not what "angeboten" says."""
    text = "Der Senat habe ihm einen Lehrstuhl angeboten, den er nicht annehmen wolle. Das Labor bleibe in Kiel."
    assert not [q for _, q, _ in statements(text) if q.startswith("den er")]


def test_a_content_clause_whose_article_opens_a_noun_phrase_stays_content():
    # near miss: "die Kosten stiegen" is verb second after "die" + noun, a content clause
    text = "Die Kämmerin erklärte dem Ausschuss, die Kosten stiegen auch im nächsten Jahr."
    assert [q for _, q, _ in statements(text)] == ["die Kosten stiegen auch im nächsten Jahr"]


def test_a_modal_in_the_clause_before_makes_no_plan_of_an_infinitive_cue_after_lassen():
    """"…, das sie nicht habe ablehnen können, ließ X mitteilen": "können" is the relative clause's,
    "mitteilen" after "ließ" is a statement's cue."""
    text = "Man habe ihr einen Vertrag angeboten, den sie nicht habe ausschlagen können, ließ die Dirigentin Ada Lenz mitteilen."
    assert [("Ada Lenz" in w) for _, q, w in statements(text) if q.startswith("Man habe ihr einen Vertrag")] == [True]


@pytest.mark.parametrize("text,words,name", [
    ("Kämmerin Rita Sand sagte, die Rücklagen reichten bis 2028, und warnte vor neuen Krediten.", "vor neuen Krediten",
     "Rita Sand"),
    ("Der Schulleiter Tom Ebert erklärte, der Anbau sei bezugsfertig, und kündigte einen Rundgang für die Eltern an.",
     "einen Rundgang für die Eltern", "Tom Ebert"),
])
def test_a_second_predicate_after_a_content_clause_is_a_statement_of_the_same_subject(text, words, name):
    hits = [(kind, who) for kind, q, who in statements(text) if words in q]
    assert [(kind, name in who) for kind, who in hits] == [("reported", True)], statements(text)


def test_und_with_a_second_konjunktiv_clause_goes_on_with_the_content():
    # near miss: "und" + a clause of its own in the Konjunktiv is more of what was said, no second predicate
    text = "Kämmerin Rita Sand sagte, die Rücklagen reichten bis 2028 und die Kredite seien gesichert."
    assert [kind for kind, _, _ in statements(text)] == ["indirect"]
