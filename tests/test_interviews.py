"""Printed interviews (extract/interviews.py, extract/de/interviews.py, extract/en/lines.py):
which paragraphs ask, which answer, and who answers. Fictional people only."""
import pytest

from extract.interviews import read_interview, vocabulary


def answers(text, lang="de"):
    """(speaker text or None, answer text) of every answer, or None for no interview."""
    iv = read_interview(text, lang, list)
    if iv is None:
        return None
    return [(text[s[0]:s[1]] if s else None, text[b[0]:b[1]]) for s, b, _ in iv.answers]


def questions(text, lang="de"):
    iv = read_interview(text, lang, list)
    return [text[b:e] for b, e in iv.questions]


OUTLET_SURNAME = ("Die Klimaforscherin Ilse Brenner warnt vor trockenen Sommern.\n\n"
                  "SZ: Frau Brenner, war dieser Sommer eine Ausnahme?\n\n"
                  "Brenner: Nein. Er war ein Vorgeschmack.\n\n"
                  "Die Förderprogramme reichen dafür nicht aus.\n\n"
                  "SZ: Was heißt das für die Landwirte?\n\n"
                  "BRENNER: Sie müssen bewässern.\n\n"
                  "Ilse Brenner forscht seit zwanzig Jahren am Institut in Lahrfeld.")


def test_surname_labels_name_the_person_of_the_introduction_and_continue_over_paragraphs():
    assert answers(OUTLET_SURNAME) == [
        ("Ilse Brenner", "Nein. Er war ein Vorgeschmack."),
        ("Ilse Brenner", "Die Förderprogramme reichen dafür nicht aus."),
        ("Ilse Brenner", "Sie müssen bewässern."),  # a label in capitals is the same person
    ]  # the closing paragraph names her in full: narration, no answer


def test_outlet_turns_are_questions():
    assert questions(OUTLET_SURNAME) == ["SZ: Frau Brenner, war dieser Sommer eine Ausnahme?",
                                         "SZ: Was heißt das für die Landwirte?"]


def test_answer_labels_go_to_the_person_the_question_addresses():
    text = ("Frage: Herr von der Heide, kommt Tempo 80?\n"
            "Antwort: Nicht flächendeckend.\n"
            "F: Und die Opposition?\n"
            "A: Die hat nichts getan.\n\n"
            "Das Gespräch mit Verkehrsminister Karl von der Heide führte Lena Hartwig.")
    assert answers(text) == [("Karl von der Heide", "Nicht flächendeckend."),
                             ("Karl von der Heide", "Die hat nichts getan.")]


def test_unlabelled_questions_and_answers_after_an_introduction():
    text = ("Mit der Ministerin Anna Beispiel sprach Max Muster.\n\n"
            "Frau Beispiel, wann fährt die Seilbahn?\n\n"
            "Nicht vor 2030. Ich glaube nicht mehr an 2028.\n\n"
            "Warum halten Sie daran fest?\n\n"
            "Weil das Tal sie braucht.")
    assert answers(text) == [("Anna Beispiel", "Nicht vor 2030. Ich glaube nicht mehr an 2028."),
                             ("Anna Beispiel", "Weil das Tal sie braucht.")]


def test_the_interviewer_named_in_the_credit_asks():
    text = ("Das Gespräch mit der Ärztin Eva Lindqvist führte Paul Ritter.\n\n"
            "Ritter: Frau Lindqvist, was haben Sie erlebt?\n\n"
            "Lindqvist: Kinder ohne Essen.\n\n"
            "Ritter: Kommt die Hilfe an?\n\n"
            "Lindqvist: Ein Teil davon.")
    assert answers(text) == [("Eva Lindqvist", "Kinder ohne Essen."), ("Eva Lindqvist", "Ein Teil davon.")]


@pytest.mark.parametrize("ask,answer", [("**NZZ:** ", "**Amstutz:** "), ("– ", "– "), ("PROFIL: ", "AMSTUTZ: ")])
def test_bold_dash_and_unlisted_outlet_labels(ask, answer):
    text = (f"Die Gesundheitsdirektorin Regula Amstutz will Spitäler zusammenlegen.\n\n"
            f"{ask}Frau Amstutz, warum jetzt?\n\n{answer}Weil uns das Personal ausgeht.\n\n"
            f"{ask}Und die Gemeinden?\n\n{answer}Die verstehe ich.")
    assert answers(text) == [("Regula Amstutz", "Weil uns das Personal ausgeht."),
                             ("Regula Amstutz", "Die verstehe ich.")]


def test_two_interviewees_each_answer_under_their_own_label():
    text = ("Laura Engel und Felix Rautenberg wollen Bürgermeister werden.\n\n"
            "Frage: Frau Engel, was ändern Sie zuerst?\n\nEngel: Die Kitagebühren.\n\n"
            "Frage: Herr Rautenberg, geht das?\n\nRautenberg: Nein.\n\nEngel: Doch.")
    assert answers(text) == [("Laura Engel", "Die Kitagebühren."), ("Felix Rautenberg", "Nein."),
                             ("Laura Engel", "Doch.")]


@pytest.mark.parametrize("text", [
    "Das Hochwasser ist vorbei. Die Bilanz: 40 überflutete Keller.\n\n„Wir hatten Glück“, sagte Anna Beispiel.",
    "Fazit: Die Säulen laden schnell.\n\nHintergrund: Das Netz ist alt.\n\nWichtig: Es gibt Zuschüsse. Wer zahlt?",
    # questions with nobody addressed and no first person: an explainer, not an interview
    "Die Grundsteuer ist neu geregelt.\n\nWas ändert sich für Eigentümer?\n\nDie Steuer richtet sich nach der "
    "Fläche, sagte Ministerin Petra Lindqvist.\n\nUnd für Mieter?\n\nDie Vermieter dürfen sie umlegen.",
    # a column asking rhetorical questions of "you" and answering at length
    "Was wollen Sie eigentlich, Herr Minister?\n\n" + "Ich frage mich das seit Monaten. Wir warten.\n\n" * 6
    + "Und warum sagen Sie nichts?\n\n" + "Ich weiß es nicht. Wir warten weiter.\n\n" * 6,
])
def test_ordinary_articles_with_colons_or_questions_are_no_interviews(text):
    assert answers(text) is None


def test_english_q_and_a_and_caps_transcripts():
    text = ("Mayor Linda Osei spoke about the ferry.\n\nQ: Mayor Osei, when will the ferry run?\n\n"
            "A: Not before 2028.\n\nREUTERS: Who pays?\n\nOSEI: The contractor does.")
    assert answers(text, "en") == [("Linda Osei", "Not before 2028."), ("Linda Osei", "The contractor does.")]


def test_vocabulary_is_data_for_both_languages():
    for lang in ("de", "en"):
        voc = vocabulary(lang)
        assert voc["question_labels"] and voc["answer_labels"] and voc["outlets"] and voc["address"]
    assert "zeit online" in vocabulary("de")["outlets"]  # compared as key(): case and dots ignored


def test_german_pipeline_answers_are_direct_statements_and_questions_none():
    from extract.pipeline import extract_article

    ex = extract_article(OUTLET_SURNAME, lang="de", published="2026-03-01")
    said = {s.quote_text: (s.kind, s.speaker_name) for s in ex.statements}
    assert said["Nein. Er war ein Vorgeschmack."] == ("direct", "Ilse Brenner")
    assert said["Sie müssen bewässern."] == ("direct", "Ilse Brenner")
    # the paper's questions are statements of no one, and nothing of another rule inside them
    assert {q: v for q, v in said.items() if "?" in q} == {
        "Frau Brenner, war dieser Sommer eine Ausnahme?": ("direct", ""), "Was heißt das für die Landwirte?": ("direct", "")}


def test_german_pipeline_keeps_speaker_labelled_lines_outside_interviews():
    from extract.pipeline import extract_article

    ex = extract_article("Paul Falkenrath: Angst ist ein schlechter Ratgeber. Wir kämpfen um jede Stimme.",
                         lang="de", published="2026-03-01")
    assert [(s.kind, s.speaker_name) for s in ex.statements] == [("direct", "Paul Falkenrath")]


def test_english_pipeline_gives_the_interviewers_questions_to_no_one():
    from extract.pipeline import extract_article

    text = ("In an interview with Reuters, Finance Minister Karl Brandt defended the budget.\n\n"
            "Reuters: Will taxes rise next year?\n\nBrandt: No. We have made our choices.")
    ex = extract_article(text, lang="en", published="2026-03-01")
    said = {s.quote_text: s.speaker_name for s in ex.statements}
    assert said["No. We have made our choices."] == "Karl Brandt"
    assert {q: v for q, v in said.items() if "?" in q} == {"Will taxes rise next year?": ""}


@pytest.mark.parametrize("lang,split", [(lang, split) for lang in ("de", "en") for split in ("dev", "check")])
def test_interview_judgement_sets_are_well_formed(lang, split):
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "eval" / f"interviews_{lang}_{split}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= (10 if lang == "de" else 5)
    for r in rows:
        assert r["lang"] == lang and r["family"] in ("interview", "not_interview") and r["expect"], r["id"]
        for e in r["expect"]:
            assert e["quote"] in r["text"] and set(e) <= {"quote", "speaker", "role"}, r["id"]


def test_labels_with_role_or_party_and_addresses_of_an_office():
    text = ("Von Max Muster\n\nIm Gespräch: Ministerin Anna Beispiel über die Seilbahn.\n\n"
            "Frage: Frau Ministerin, wann fährt die Bahn?\n\nMinisterin Beispiel (SPD): Nicht vor 2030.\n\n"
            "Frage: Warum so spät?\n\nBEISPIEL (lacht): Fragen Sie die Baufirma.")
    assert answers(text) == [("Anna Beispiel", "Nicht vor 2030."), ("Anna Beispiel", "Fragen Sie die Baufirma.")]


def test_a_byline_names_the_interviewer_not_the_interviewee():
    text = ("Von Max Muster\n\nDie Ministerin Anna Beispiel über die Seilbahn.\n\n"
            "Frau Ministerin, wann fährt die Bahn?\n\nNicht vor 2030, fürchte ich.\n\n"
            "Warum so spät?\n\nWeil wir keinen Betreiber haben.")
    assert answers(text) == [("Anna Beispiel", "Nicht vor 2030, fürchte ich."),
                             ("Anna Beispiel", "Weil wir keinen Betreiber haben.")]


def test_one_letter_labels_with_a_dot_as_american_papers_print_them():
    text = ("Q. Mayor Osei, when will the ferry run?\n\nA. Not before 2028.\n\n"
            "Q. Who pays?\n\nA. The contractor does.\n\nLinda Osei is the mayor of Port Haven.")
    assert answers(text, "en") == [("Linda Osei", "Not before 2028."), ("Linda Osei", "The contractor does.")]
    assert answers("A. Smith said the plan was sound.\n\nIt will cost more than expected, will it not?", "en") is None


def test_a_label_naming_the_part_played_answers_for_the_introduced_guest():
    text = ("Zu Gast im Studio: die Lawinenexpertin Carola Thaler vom Landeswarndienst.\n\n"
            "Moderator: Frau Thaler, wie groß ist die Gefahr?\n\n"
            "Studiogast: Erheblich. Im Nordhang löst sich der Schnee leicht.\n\n"
            "Moderator: Was raten Sie?\n\n"
            "Studiogast: Zuhause bleiben.")
    assert [who for who, _ in answers(text)] == ["Carola Thaler", "Carola Thaler"]


@pytest.mark.parametrize("label", ["M.", "HM", "H. M."])
def test_initials_labels_resolve_to_the_name_printed_before(label):
    text = ("Der Trainer des SV Moorbach, Henning Marx, spricht über Druck.\n\n"
            f"ZEIT: Herr Marx, haben Sie noch die Kabine?\n\n{label}: Ja. Die Mannschaft zieht mit.\n\n"
            f"ZEIT: Und Ihr Präsident?\n\n{label}: Das ist sein gutes Recht.")
    assert [who for who, _ in answers(text)] == ["Henning Marx", "Henning Marx"]


def test_a_role_printed_before_the_name_resolves_a_role_label_and_readers_ask():
    text = ("Bürgermeisterin Renate Fichtl stellt sich den Fragen der Leser.\n\n"
            "Leser: Warum wird die Brücke erst 2028 saniert?\n\n"
            "Bürgermeisterin: Weil das Land die Zuschüsse nicht früher freigibt.\n\n"
            "Leserin: Was ist mit dem Freibad?\n\n"
            "Bürgermeisterin: Das Freibad bleibt offen.")
    assert [who for who, _ in answers(text)] == ["Renate Fichtl", "Renate Fichtl"]
    assert questions(text)[0].startswith("Leser:")


def test_the_person_after_im_gespraech_mit_asks_when_the_guest_is_named_first():
    text = ("Landeshauptmann Josef Gruber im Gespräch mit Redakteurin Eva Stadler über das Budget.\n\n"
            "Herr Landeshauptmann, warum neue Schulden?\n\nWeil wir in die Spitäler investieren müssen.\n\n"
            "Wann ist das Budget ausgeglichen?\n\nIch rechne mit 2029.")
    assert {who for who, _ in answers(text)} == {"Josef Gruber"}


def test_dashed_turns_alternate_so_a_statement_can_ask():
    text = ("Die Gemeinderätin Nadine Hürlimann will die Parkgebühren verdoppeln.\n\n"
            "– Frau Hürlimann, warum so viel?\n\n– Weil die Gebühren seit 1998 nicht gestiegen sind.\n\n"
            "– Das Gewerbe droht mit dem Referendum.\n\n– Das ist sein Recht. Ich bin zuversichtlich.")
    assert questions(text) == ["– Frau Hürlimann, warum so viel?", "– Das Gewerbe droht mit dem Referendum."]
    assert [body for _, body in answers(text)][1] == "Das ist sein Recht. Ich bin zuversichtlich."


def test_german_pipeline_keeps_a_quotation_cited_in_an_answer_with_its_own_speaker():
    from extract.pipeline import extract_article

    text = ("Der Ortsvorsteher von Hainbach, Werner Quandt, wartet auf eine Umgehungsstraße.\n\n"
            "Frage: Herr Quandt, wann kommt die Straße?\n\n"
            "Quandt: Das weiß niemand. Verkehrsminister Olaf Brenner hat mir im Mai gesagt: "
            "„Das Geld kommt noch in diesem Jahr.“ Passiert ist nichts.\n\n"
            "Frage: Sind Sie enttäuscht?\n\nQuandt: Ja. Die Lastwagen fahren weiter durch unser Dorf.")
    said = {s.quote_text: s.speaker_name for s in extract_article(text, lang="de", published="2026-03-01").statements}
    assert said["Das Geld kommt noch in diesem Jahr."] == "Olaf Brenner"
    assert said["Ja. Die Lastwagen fahren weiter durch unser Dorf."] == "Werner Quandt"


def test_a_transcripts_time_stamps_open_the_turn():
    text = ("Abschrift des Podcasts mit der Stadtbaurätin Irene Vogelsang.\n\n"
            "[00:01:12] Moderatorin: Frau Vogelsang, wann wird das Hallenbad fertig?\n\n"
            "[00:01:20] Vogelsang: Im Herbst. Wir liegen gut im Plan.\n\n"
            "(00:02:05) Moderatorin: Und die Kosten?\n\n(00:02:09) Vogelsang: Die sind gestiegen.")
    assert answers(text) == [("Irene Vogelsang", "Im Herbst. Wir liegen gut im Plan."),
                             ("Irene Vogelsang", "Die sind gestiegen.")]


@pytest.mark.parametrize("intro", ["Nach dem Rücktritt von Landrat Karl Brandt führt Lea Vogt den Kreis.",
                                   "Im Streit um das Erbe des Malers Karl Brandt äußert sich Lea Vogt."])
def test_a_person_named_after_a_preposition_in_the_introduction_is_the_topic_not_the_guest(intro):
    text = intro + "\n\nFrage: Wie geht es weiter?\n\nAntwort: Wir warten ab.\n\nFrage: Wie lange?\n\nAntwort: Bis Mai."
    assert {who for who, _ in answers(text)} == {"Lea Vogt"}


# ---- a whole interview in one paragraph (pasted web pages, feeds that lost their line breaks)

INLINE_LABELLED = ("Die Gemeinde Rabenau baut ein Hallenbad. Ein Gespräch mit Bürgermeisterin Petra Kranich. "
                   "Frage: Frau Kranich, wer bezahlt das? Kranich: Das Land übernimmt die Hälfte. "
                   "Frage: Und der Rest? Kranich: Den tragen wir über zwanzig Jahre ab.")


def test_inline_labels_after_sentence_ends_split_one_paragraph_into_turns():
    assert answers(INLINE_LABELLED) == [("Petra Kranich", "Das Land übernimmt die Hälfte."),
                                        ("Petra Kranich", "Den tragen wir über zwanzig Jahre ab.")]
    assert questions(INLINE_LABELLED) == ["Frage: Frau Kranich, wer bezahlt das?", "Frage: Und der Rest?"]


def test_inline_unlabelled_questions_are_cut_from_the_text_before_each_answer():
    text = ("Der Förster Ulf Wendeborn über den Sturm. Herr Wendeborn, der Sturm hat viel zerstört. "
            "Wie schlimm ist es? Wendeborn: Sehr schlimm. Tausend Bäume liegen. Wann ist der Wald wieder offen? "
            "Wendeborn: Nicht vor dem Sommer.")
    assert answers(text) == [("Ulf Wendeborn", "Sehr schlimm. Tausend Bäume liegen."),
                             ("Ulf Wendeborn", "Nicht vor dem Sommer.")]
    assert questions(text) == ["Herr Wendeborn, der Sturm hat viel zerstört. Wie schlimm ist es?",
                               "Wann ist der Wald wieder offen?"]


def test_inline_statement_put_to_the_guest_in_the_second_person_asks():
    text = ("Herr Wendeborn, wie schlimm ist es? Wendeborn: Sehr schlimm. Die Gemeinde sagt, Sie hätten "
            "gewarnt werden müssen. Wendeborn: Das haben wir getan.")
    assert answers(text) == [("Wendeborn", "Sehr schlimm."), ("Wendeborn", "Das haben wir getan.")]


def test_inline_full_name_label_then_surname_and_compound_outlet():
    text = ("Keystone-SDA: Frau Regierungsrätin, warum schließt die Klinik? Ladina Pult: Weil Ärzte fehlen. "
            "Keystone-SDA: Die Gemeinden protestieren. Pult: Das verstehe ich.")
    assert answers(text) == [("Ladina Pult", "Weil Ärzte fehlen."), ("Ladina Pult", "Das verstehe ich.")]
    assert questions(text)[1] == "Keystone-SDA: Die Gemeinden protestieren."


def test_inline_lower_case_outlet_and_initials():
    text = ("epd: Frau Saalfeld, warum fehlen Pflegekräfte? IS: Weil der Lohn zu niedrig ist. "
            "epd: Was hilft? IS: Tarifverträge. Die Pflegerin Ines Saalfeld leitet das Heim seit 2019.")
    assert [a for _, a in answers(text)][:2] == ["Weil der Lohn zu niedrig ist.",
                                                 "Tarifverträge. Die Pflegerin Ines Saalfeld leitet das Heim seit 2019."]
    assert questions(text) == ["epd: Frau Saalfeld, warum fehlen Pflegekräfte?", "epd: Was hilft?"]


@pytest.mark.parametrize("text", [
    # one "Frage:" in prose, a colon after a name, list labels: no recurrence, no alternation
    "Der Rat hat getagt. Offen blieb eine Frage: Wer zahlt? Landrat Jens Hoppe: Das Land. Die Sitzung endete um neun.",
    "Der Minister sagte: Wir warten. Beispiel: Ein Pendler zahlt mehr. Update: Das Ministerium widerspricht.",
    "Beispiel: Ein Pendler zahlt mehr. Beispiel: Eine Familie zahlt weniger. Beispiel: Rentner zahlen gleich viel.",
    "Wer zahlt? Update: Das Land zahlt. Stand: Montag. Update: Der Bund zahlt auch.",
    "Frage: Wer zahlt? Antwort: Das Land.",
])
def test_prose_with_colons_is_no_inline_interview(text):
    assert answers(text) is None


def test_english_inline_q_and_a_and_interviewer_surname():
    text = ("Helen Kessington runs the ferry at Holm Point. Q: How many crossings a day? A: Eight in summer. "
            "Q: And in winter? A: Three, if the weather holds.")
    assert answers(text, "en") == [("Helen Kessington", "Eight in summer."),
                                   ("Helen Kessington", "Three, if the weather holds.")]
    text = ("We spoke to the coach Daniel Aldous. Interviewer: Can the team stay up? Aldous: Yes. "
            "We have five home games left. Interviewer: And the injuries? Aldous: They will heal.")
    assert answers(text, "en") == [("Daniel Aldous", "Yes. We have five home games left."),
                                   ("Daniel Aldous", "They will heal.")]


def test_english_prose_with_one_question_colon_is_no_interview():
    text = ("The council met on Tuesday. One question remains: who pays? Update: the council said the state pays. "
            "Note: the vote was close.")
    assert answers(text, "en") is None


def said(text, lang):
    """Quote text -> speaker name of every statement the whole pipeline extracts."""
    from extract.pipeline import extract_article

    return {s.quote_text: s.speaker_name for s in extract_article(text, lang=lang, published="2026-03-01").statements}


def test_german_pipeline_gives_an_inline_interviews_headline_quote_to_the_interviewee():
    text = ("INTERVIEW: „Wir bauen, aber langsam“. Bürgermeisterin Petra Kranich über das Hallenbad. "
            "Frau Kranich, wer bezahlt das? Kranich: Das Land übernimmt die Hälfte. "
            "Und der Rest? Kranich: Den tragen wir über zwanzig Jahre ab.")
    found = said(text, "de")
    assert found["Wir bauen, aber langsam"] == "Petra Kranich"
    assert found["Das Land übernimmt die Hälfte."] == "Petra Kranich"
    assert {q: v for q, v in found.items() if "?" in q} == {"Frau Kranich, wer bezahlt das?": "", "Und der Rest?": ""}


def test_english_pipeline_keeps_a_quotation_cited_in_an_answer_with_its_own_speaker():
    text = ("Farmer Helen Kessington talks about the flood.\n\nQ: When did the water come?\n\n"
            "A: On Sunday night. My neighbour Peter Aldous told me, \"I have never seen the river this high.\" "
            "He has lived here for sixty years.\n\nQ: What now?\n\nA: We rebuild the barn.")
    found = said(text, "en")
    assert found["I have never seen the river this high."] == "Peter Aldous"
    assert found["We rebuild the barn."] == "Helen Kessington"


def test_inline_radio_talk_whose_host_is_named_and_asks():
    text = ("Im Frühprogramm sprach Moderatorin Petra Lange mit dem Hafenmeister Jan Dierks. "
            "Lange: Wie voll ist der Hafen? Dierks: So voll wie nie. Wir haben keinen Liegeplatz mehr frei. "
            "Lange: Keinen einzigen? Dierks: Nicht vor Oktober.")
    assert answers(text) == [("Jan Dierks", "So voll wie nie. Wir haben keinen Liegeplatz mehr frei."),
                             ("Jan Dierks", "Nicht vor Oktober.")]
    assert questions(text) == ["Lange: Wie voll ist der Hafen?", "Lange: Keinen einzigen?"]


def test_english_inline_one_letter_labels_with_a_dot():
    text = ("Peter Aldous has coached the Holm Point rowing club for twenty years. Q. Why do you still do it? "
            "A. Because the river never looks the same. Q. And the new boathouse? A. It opens in May.")
    assert answers(text, "en") == [("Peter Aldous", "Because the river never looks the same."),
                                   ("Peter Aldous", "It opens in May.")]


def test_one_exchange_per_paragraph_splits_when_the_same_name_answers_twice():
    text = ("Der Imker Ulf Hansen über das Bienenjahr.\n\n"
            "Frage: Herr Hansen, wie war die Ernte? Hansen: Mager. Der Mai war zu kalt.\n\n"
            "Frage: Und die Varroamilbe? Hansen: Die haben wir im Griff.")
    assert answers(text) == [("Ulf Hansen", "Mager. Der Mai war zu kalt."), ("Ulf Hansen", "Die haben wir im Griff.")]


def test_an_explainer_of_questions_and_answers_is_no_interview():
    text = ("Die Stadt Rabenau ändert die Müllabfuhr. Bürgermeister Ulf Hansen stellte die Pläne vor.\n\n"
            "Frage: Was ändert sich? Antwort: Die Tonnen werden seltener geleert.\n\n"
            "Frage: Was kostet das? Antwort: Die Gebühr bleibt gleich.")
    assert answers(text) is None


def test_wir_sprachen_mit_names_the_guest_not_the_interviewer():
    text = ("Das Moor bei Lindwedel soll wieder nass werden. Wir sprachen mit Biologin Petra Mahnke.\n\n"
            "Frage: Frau Mahnke, warum ist das wichtig?\n\nMahnke: Weil nasse Moore Kohlendioxid speichern.\n\n"
            "Frage: Und die Bauern?\n\nMahnke: Die bekommen Ausgleichsflächen.")
    assert answers(text) == [("Petra Mahnke", "Weil nasse Moore Kohlendioxid speichern."),
                             ("Petra Mahnke", "Die bekommen Ausgleichsflächen.")]


def test_an_inline_interview_needs_no_second_person_in_its_questions():
    # no "Sie", no first name the tagger knows: only the recurring, alternating labels make it one
    text = ("Der Rettungssanitäter Joel Brandes fährt seit neun Jahren Nachtschichten. Wie lange "
            "warten die Patienten? Brandes: In schlechten Nächten sechs Stunden. Was würde helfen? "
            "Brandes: Mehr Betten.")
    assert [a for _, a in answers(text)] == ["In schlechten Nächten sechs Stunden.", "Mehr Betten."]


def test_a_full_name_label_wins_over_a_bare_surname_the_tagger_found_apart():
    text = ("Reuters: Ms Calder, why cut the routes? Imogen Calder: Fuel costs. "
            "Reuters: Will they come back? Calder: Some of them.")
    ms = text.index("Ms Calder")  # the tagger's PERSON: address word and surname
    iv = read_interview(text, "en", lambda: [(ms, ms + len("Ms Calder"))])
    assert [text[s[0]:s[1]] for s, _, _ in iv.answers] == ["Imogen Calder", "Imogen Calder"]


@pytest.mark.parametrize("intro,label,speaker", [
    ("Der Prior von Sankt Ulrich, Pater Anselm Horvath, über das Fasten.", "Pater Anselm", "Anselm Horvath"),
    ("Die Oberin des Ordens, Schwester Benedikta Lanzinger, über Nachwuchssorgen.", "Schwester Benedikta",
     "Benedikta Lanzinger"),
    # near miss: no one of that first name is introduced, so the label itself answers
    ("Ein Kloster in den Bergen sucht Novizen.", "Bruder Konrad", "Bruder Konrad"),
])
def test_an_address_word_and_a_first_name_label_the_person_of_that_first_name(intro, label, speaker):
    from extract.pipeline import extract_article
    text = (f"{intro}\n\nKNA: {label}, wie sieht Ihr Tag aus?\n\n{label}: Er beginnt um fünf Uhr mit dem Gebet.\n\n"
            f"KNA: Und abends?\n\n{label}: Abends wird geschwiegen, bis zum Frühstück.")
    found = {s.quote_text: s.speaker_name for s in extract_article(text, lang="de").statements}
    assert found.get("Abends wird geschwiegen, bis zum Frühstück.") == speaker


@pytest.mark.parametrize("outlet", ["Kreisbote", "Abendpost"])
def test_an_unlisted_outlet_label_that_asks_half_its_turns_is_the_interviewer(outlet):
    text = ("Imkerin Gesa Wohlrab hält 40 Völker am Stadtrand. Ein Gespräch.\n\n"
            f"{outlet}: Frau Wohlrab, wie war der Winter?\n"
            "Wohlrab: Hart. Ein Viertel der Völker ist eingegangen.\n\n"
            f"{outlet}: Die Stadt will mehr Blühwiesen anlegen.\n"
            "Wohlrab: Das hilft sehr. Die Bienen finden dann bis Oktober Nahrung.")
    found = said(text, "de")
    assert found.get("Hart. Ein Viertel der Völker ist eingegangen.") == "Gesa Wohlrab"
    assert any(q.startswith("Das hilft sehr.") and who == "Gesa Wohlrab" for q, who in found.items())


def test_a_guest_label_that_asks_back_half_the_time_stays_the_guest():
    text = ("Imkerin Gesa Wohlrab hält 40 Völker am Stadtrand. Ein Gespräch.\n\n"
            "Kreisbote: Frau Wohlrab, wie war der Winter?\n"
            "Wohlrab: Hart. Wer hätte mit so viel Frost gerechnet?\n\n"
            "Kreisbote: Die Stadt will mehr Blühwiesen anlegen.\n"
            "Wohlrab: Das hilft sehr. Die Bienen finden dann bis Oktober Nahrung.")
    found = said(text, "de")
    assert any(q.startswith("Das hilft sehr.") and who == "Gesa Wohlrab" for q, who in found.items())


# "Drei Fragen an X": the introduction announces the questions, which need not address the one asked;
# "Frage? – Antwort": one exchange a paragraph in an announced interview
NUMBERED = ("Fünf Fragen an Greta Holmsen, Leiterin der Tafel in Bredenau\n"
            "1. Wie viele Menschen kommen zu Ihnen?\n"
            "Jede Woche rund 400, doppelt so viele wie vor zwei Jahren.\n"
            "2. Was fehlt am meisten?\n"
            "Frisches Gemüse. Die Supermärkte geben weniger ab.\n")
DASHED = ("Interview mit Gemeinderat Urs Balmer (Freie Liste) zur Vorlage über die Ortsumfahrung\n\n"
          "Herr Balmer, warum lehnen Sie die Umfahrung ab? – Weil sie die Landschaft zerschneidet.\n"
          "Aber der Verkehr im Dorf ist enorm. – Das stimmt, darum braucht es Tempo 30.\n"
          "Wie geht die Abstimmung aus? – Offen. Ich hoffe auf ein knappes Nein.\n")


def test_announced_questions_need_not_address_the_one_asked():
    assert answers(NUMBERED) == [("Greta Holmsen", "Jede Woche rund 400, doppelt so viele wie vor zwei Jahren."),
                                 ("Greta Holmsen", "Frisches Gemüse. Die Supermärkte geben weniger ab.")]


def test_an_announced_interview_holds_one_exchange_a_paragraph_after_a_dash():
    assert [a for _, a in answers(DASHED)] == ["Weil sie die Landschaft zerschneidet.",
                                               "Das stimmt, darum braucht es Tempo 30.",
                                               "Offen. Ich hoffe auf ein knappes Nein."]
    assert questions(DASHED)[0] == "Herr Balmer, warum lehnen Sie die Umfahrung ab?"


def test_dashes_after_a_question_in_a_report_are_no_interview():
    text = ("Die Gemeinde Bredenau streitet über die Umfahrung. Wer zahlt? – Das ist offen.\n"
            "Der Kanton prüft. Wann kommt der Entscheid? – Frühestens im Herbst.\n")
    assert answers(text) is None


def test_an_interview_mentioned_inside_a_report_announces_none():
    text = ("In einem Interview mit dem Lokalradio sagte Gemeinderat Urs Balmer, er lehne die Umfahrung ab.\n"
            "Wer zahlt die Umfahrung? – Das ist offen.\n"
            "Wann entscheidet der Kanton? – Frühestens im Herbst.\n")
    assert answers(text) is None


# r14sde: one exchange in one paragraph under both generic labels, the question addressing someone; a last
# sentence in brackets is the editor's note, no part of the answer
@pytest.mark.parametrize("text, answer", [
    ("Frage: Herr Lorenz, bleibt das Hallenbad offen? Antwort: Ja, dafür kämpfe ich. "
     "(Mit Bürgermeister Jens Lorenz sprach Ida Vogt.)", "Ja, dafür kämpfe ich."),
    ("Frage: Frau Ketteler, wie stimmen Sie über die Umgehung ab? Antwort: Ich stimme dafür. "
     "(Das Gespräch mit Kreisrätin Maren Ketteler führte Ole Brandt.)", "Ich stimme dafür."),
])
def test_one_labelled_exchange_addressing_someone_is_an_inline_interview(text, answer):
    got = answers(text)
    assert got is not None and got[0][1] == answer  # (the editor's note in brackets after it is no answer)


def test_one_labelled_exchange_addressing_no_one_is_no_interview():
    # near miss: an explainer's question asks the reader
    assert answers("Frage: Ab wann gilt die neue Gebühr in Rabenau? Antwort: Ab dem ersten Januar.") is None


def askers(text, lang="de"):
    """(who asks or None, question text) of every question turn."""
    iv = read_interview(text, lang, list)
    return [(text[s[0]:s[1]] if s else None, text[b[0]:b[1]]) for s, b, _ in iv.asked]


RADIO_HOST = ("Im Abendjournal von Radio Kesselland sprach Moderatorin Ines Vahlkamp mit dem Förster Ruben Haak.\n\n"
              "Vahlkamp: Herr Haak, wie viele Bäume haben Sie verloren?\n\nHaak: Fast ein Drittel. Die Fichten sind am Ende."
              "\n\nVahlkamp: Und die Buchen?\n\nHaak: Die halten noch.")
QUESTION_TIME = ("Aus der Fragestunde des Kreistags:\n\nKreisrat Olaf Trittin-Beck (FW): Frau Landrätin, wann öffnet die "
                 "Rettungswache?\nLandrätin Gesa Marbold: Im Mai, das Personal ist eingestellt.\nKreisrat Olaf Trittin-Beck "
                 "(FW): Und wer bezahlt die Fahrzeuge?\nLandrätin Gesa Marbold: Der Kreis, aus den Rücklagen.")


@pytest.mark.parametrize("text, asker", [(RADIO_HOST, "Ines Vahlkamp"), (QUESTION_TIME, "Olaf Trittin-Beck")])
def test_a_question_belongs_to_the_host_or_member_its_label_names(text, asker):
    assert [who for who, _ in askers(text)] == [asker, asker]


def test_english_caps_host_label_holds_the_question_and_q_labels_hold_none():
    text = ("On Coastline Radio, host Nora Calloway spoke to the ferry captain Brendan Ruark.\n\nCALLOWAY: Captain "
            "Ruark, will the ferry run this winter?\n\nRUARK: Only on calm days. The hull needs repairs.\n\n"
            "CALLOWAY: Who pays for them?\n\nRUARK: The county, we hope.")
    assert [who for who, _ in askers(text, "en")] == ["Nora Calloway", "Nora Calloway"]
    plain = text.replace("CALLOWAY:", "Q:").replace("RUARK:", "A:")
    assert [who for who, _ in askers(plain, "en")] == [None, None]


def test_questions_under_a_generic_or_unlisted_paper_label_belong_to_no_one():
    # near miss: a label that asks but names no person of the text ("HAFENBLATT") holds no one
    text = ("HAFENBLATT: Frau Ostendorp, wann kommt die neue Fähre?\nOstendorp: Im Herbst, wenn die Werft liefert.\n"
            "HAFENBLATT: Und wenn nicht?\nOstendorp: Dann fahren wir mit dem alten Schiff weiter.\n\n"
            "Marta Ostendorp ist Geschäftsführerin der Reederei Nordlicht.")
    assert [who for who, _ in askers(text)] == [None, None]
    # the whole pipeline: the question a statement of no one here, of the host in the radio talk
    found, radio = said(text, "de"), said(RADIO_HOST, "de")
    assert (found["Und wenn nicht?"], found["Dann fahren wir mit dem alten Schiff weiter."]) == ("", "Marta Ostendorp")
    assert (radio["Und die Buchen?"], radio["Die halten noch."]) == ("Ines Vahlkamp", "Ruben Haak")


def test_the_interviewees_role_comes_from_the_bio_line_or_the_introduction():
    bio = ("Frage: Frau Terhorst, warum schließt die Fähre im Januar?\n"
           "Terhorst: Weil die Werft sie überholen muss.\n"
           "Frage: Gibt es Ersatz?\n"
           "Terhorst: Einen Bus über den Damm, zweimal am Tag.\n\n"
           "Wiebke Terhorst ist seit 2021 Geschäftsführerin der Reederei Haffland.")
    assert list(read_interview(bio, "de", list).roles.values()) == ["Geschäftsführerin"]
    colon = ("Vier Fragen an Lorenz Bachhuber, Bürgermeister der Gemeinde Aschwald:\n\n"
             "Herr Bachhuber, wann kommt das Glasfasernetz?\n— Im Herbst, für alle Ortsteile.\n\n"
             "Und wer zahlt?\n— Der Bund zu zwei Dritteln.")
    assert list(read_interview(colon, "de", list).roles.values()) == ["Bürgermeister"]
    fronted = ("Seit einem Jahr ist Ottilie Brandner Rektorin der Musikschule. Wir haben sie gefragt.\n\n"
               "Frau Brandner, warum fehlen Lehrkräfte?\nWeil die Stellen schlecht bezahlt sind.\n\n"
               "Was wollen Sie ändern?\nIch will feste Verträge statt Honoraren.")
    assert list(read_interview(fronted, "de", list).roles.values()) == ["Rektorin"]


def test_a_bio_line_without_a_role_word_gives_no_role():
    # near miss: "ist Mitglied …" / "ist in Aschwald geboren" name no office
    text = ("Frage: Herr Quandt, wie geht es dem Verein?\n"
            "Quandt: Gut, wir haben wieder 300 Mitglieder.\n"
            "Frage: Und die Halle?\n"
            "Quandt: Die wird im Sommer saniert.\n\n"
            "Leopold Quandt ist in Aschwald geboren und spielt seit vierzig Jahren Handball.")
    assert read_interview(text, "de", list).roles == {}


def test_the_pipeline_gives_the_bio_role_to_the_answering_actor():
    from extract.pipeline import extract_article

    text = ("SZ: Frau Reisinger, wann öffnet das Bad wieder?\n\nReisinger: Im Juni, wenn die Pumpen da sind.\n\n"
            "SZ: Wird der Eintritt teurer?\n\nReisinger: Um einen Euro, mehr nicht.\n\n"
            "Hanna Reisinger ist Bäderchefin der Stadtwerke Kornfeld.")
    ex = extract_article(text, lang="de", published="2026-03-01")
    roles = {a.name: a.role for a in ex.actors}
    assert roles == {"Hanna Reisinger": "Bäderchefin"}


def test_an_age_between_name_and_copula_and_english_role_phrases():
    german = ("Frage: Herr Wilmes, wann kommt der Radweg?\nWilmes: Im Sommer, der Bund zahlt.\nFrage: Und die Brücke?\n"
              "Wilmes: Die folgt 2028.\n\nZur Person: Jörg Wilmes, 53, ist Tiefbauamtsleiter in Kornfeld.")
    assert list(read_interview(german, "de", list).roles.values()) == ["Tiefbauamtsleiter"]
    english = ("Q: Ms Garside, when will the library reopen?\nA: In May, once the roof is fixed.\nQ: Will hours change?\n"
               "A: We will open on Sundays.\n\nAlice Garside, 49, is the county's library director.")
    assert list(read_interview(english, "en", list).roles.values()) == ["director"]


def test_english_questions_announced_in_the_introduction_make_an_interview():
    text = ("Four questions for Edward Millard, the new headmaster of Greyfield School:\n\n"
            "Mr Millard, what changes first?\nHomework stops before Year 7.\n\nWhy?\nBecause the evidence for it is thin.")
    assert answers(text, "en") == [("Edward Millard", "Homework stops before Year 7."),
                                   ("Edward Millard", "Because the evidence for it is thin.")]
    assert list(read_interview(text, "en", list).roles.values()) == ["headmaster"]


def test_questions_named_inside_a_report_announce_no_interview():
    text = ("Residents of Greyfield have questions for the council after the bridge closed.\n\n"
            "Why was nobody warned?\nThe council says the cracks appeared overnight.\n\n"
            "Who pays for the detour?\nThe county, according to the roads department.")
    assert answers(text, "en") is None


# a hard-wrapped interview (an e-mail or a wiki page pasted with its line breaks): a line break inside a
# turn is no new turn; labels in wiki markup ("''Wikinews'':", "'''Pau''':", "::R. Haak:")
WRAPPED_DE = ("Die Abgeordnete Mira Tessendorf äußert sich zu den Plänen für das neue Meldegesetz.\n\n"
              "''Lokalbote'': Ist die geplante Speicherung der Meldedaten in einer \nzentralen Datei "
              "begründbar? Welche Bedenken \nhaben Sie?\n\n"
              "''Tessendorf'': Ich halte sie für unverhältnismäßig. Die Daten liegen \nschon bei den Gemeinden.\n\n"
              "''Lokalbote'': Wie stehen Sie zu dem Vorschlag, die Daten an die \nPolizei weiterzugeben?\n\n"
              "''Tessendorf'': Das lehne ich ab.")


def test_a_hard_wrapped_question_is_one_turn_and_wiki_labels_are_labels():
    assert askers(WRAPPED_DE) == [
        (None, "Ist die geplante Speicherung der Meldedaten in einer \nzentralen Datei begründbar? Welche Bedenken \n"
               "haben Sie?"),
        (None, "Wie stehen Sie zu dem Vorschlag, die Daten an die \nPolizei weiterzugeben?")]
    assert answers(WRAPPED_DE) == [
        ("Mira Tessendorf", "Ich halte sie für unverhältnismäßig. Die Daten liegen \nschon bei den Gemeinden."),
        ("Mira Tessendorf", "Das lehne ich ab.")]


@pytest.mark.parametrize("label", ["'''Tessendorf''':", "::Tessendorf:", ":Mira Tessendorf:", "**Tessendorf:**"])
def test_labels_in_wiki_and_markdown_markup(label):
    text = WRAPPED_DE.replace("''Tessendorf'':", label)
    assert [s for s, _ in answers(text)] == ["Mira Tessendorf", "Mira Tessendorf"]
    assert answers(text)[1][1] == "Das lehne ich ab."


def test_the_german_pipeline_makes_no_statement_of_a_wrapped_questions_last_line():
    from extract.pipeline import extract_article

    ex = extract_article(WRAPPED_DE, lang="de", published="2026-03-01")
    said = {s.quote_text: s.speaker_name for s in ex.statements}
    assert "haben Sie?" not in said and "Polizei weiterzugeben?" not in said
    assert said["Das lehne ich ab."] == "Mira Tessendorf"


WRAPPED_EN = ("Councillor Dana Whitcombe spoke to the Herald about the bypass.\n\n"
              "Herald: Is the bypass worth what it costs the county, given how \nfew drivers would use it every "
              "\nday?\n\n"
              "Whitcombe: I think it is. The old road cannot take the lorries \nany longer.\n\n"
              "Herald: And who pays for it?\n\n"
              "Whitcombe: The county and the state.")


def test_a_hard_wrapped_english_interview():
    assert askers(WRAPPED_EN, "en") == [
        (None, "Is the bypass worth what it costs the county, given how \nfew drivers would use it every \nday?"),
        (None, "And who pays for it?")]
    assert [s for s, _ in answers(WRAPPED_EN, "en")] == ["Dana Whitcombe", "Dana Whitcombe"]


def test_a_text_without_blank_lines_keeps_each_line_a_paragraph():
    # near miss: where a single line break is the paragraphs' break, a line without a sentence end
    # (a heading) is its own paragraph
    from extract.interviews import paragraphs

    text = WRAPPED_DE.replace(" \n", "\n").replace("\n\n", "\n")
    lines = [text[p.span[0]:p.span[1]] for p in paragraphs(text, vocabulary("de"))]
    assert lines == text.split("\n")
    assert [WRAPPED_DE[p.span[0]:p.span[1]] for p in paragraphs(WRAPPED_DE, vocabulary("de"))][1:3] == [
        "''Lokalbote'': Ist die geplante Speicherung der Meldedaten in einer \nzentralen Datei begründbar? "
        "Welche Bedenken \nhaben Sie?", "''Tessendorf'': Ich halte sie für unverhältnismäßig. Die Daten liegen \n"
        "schon bei den Gemeinden."]


GLUED = ("Wikinews sprach mit dem Forscher Dr. Jonas Reiff und der Ökonomin Ute Baske.\n\n"
         "::Jonas Reiff: Ich bin Professor in Halstedt.\n\n"
         "::Ute Baske: Ich leite das Institut für Wohnungsbau.Wie teuer wird das Wohnen in zehn Jahren?\n\n"
         "::J. Reiff: Deutlich teurer. Es wird zu wenig gebaut.\n\n"
         "::U. Baske: Das sehe ich anders. Die Zinsen sinken.Wer soll die Sanierungen bezahlen?\n\n"
         "::J. Reiff: Die Eigentümer, mit Hilfe des Staates.\n\n"
         "::U. Baske: Der Staat allein.")


def test_a_question_that_lost_its_line_break_after_an_answer_is_its_own_turn():
    assert askers(GLUED) == [(None, "Wie teuer wird das Wohnen in zehn Jahren?"),
                             (None, "Wer soll die Sanierungen bezahlen?")]
    assert answers(GLUED) == [
        ("Jonas Reiff", "Ich bin Professor in Halstedt."),
        ("Ute Baske", "Ich leite das Institut für Wohnungsbau."),
        ("Jonas Reiff", "Deutlich teurer. Es wird zu wenig gebaut."),
        ("Ute Baske", "Das sehe ich anders. Die Zinsen sinken."),
        ("Jonas Reiff", "Die Eigentümer, mit Hilfe des Staates."),
        ("Ute Baske", "Der Staat allein.")]


@pytest.mark.parametrize("head", ["Interview: Hannes Egli, Präsident des Skiclubs Alpenrose",
                                  "Gespräch: Hannes Egli, Präsident des Skiclubs Alpenrose, über den Winter."])
def test_a_credit_before_a_name_with_an_apposed_role_introduces_the_guest(head):
    text = (f"{head}\n\nFrage: Reicht der Schnee?\n\nAntwort: Noch nicht, aber wir beschneien.\n\n"
            "Frage: Und die Kosten?\n\nAntwort: Die trägt der Club allein.")
    assert answers(text) == [("Hannes Egli", "Noch nicht, aber wir beschneien."),
                             ("Hannes Egli", "Die trägt der Club allein.")]


def test_a_credit_before_a_bare_name_names_the_interviewer():
    text = ("Interview: Max Winterhalder\n\nFrage: Frau Kesselring, wird das Spital geschlossen?\n\n"
            "Antwort: Nein. Wir suchen einen Träger.\n\nFrage: Und die Geburtenstation?\n\n"
            "Antwort: Die bleibt offen.\n\nLandrätin Anna Kesselring ist seit 2022 im Amt.")
    assert all(who != "Max Winterhalder" for who, _ in answers(text))
