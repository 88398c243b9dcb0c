"""English attribution by family, in agency style (extract/en/).

Every text is invented: fictional people, places and parties. Each test names the family
of error it guards against; the trained pipeline is needed for most of them (the blank
fallback has its own tests in test_english.py), the last tests check both.
"""
import pytest

from extract import en as english
from extract.en import analyse, curly_double_apostrophes
from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")
BOTH = pytest.mark.parametrize("blank", [pytest.param(False, marks=trained), True], ids=["trained", "blank"])


def statements(text: str) -> list[dict]:
    result = analyse(text)
    return [{"quote": [text[b:e] for b, e in f.quote], "kind": f.kind,
             "speaker": [text[b:e] for b, e in f.speaker_mention],
             "cue": " ".join(text[b:e] for b, e in f.cue)} for f in result.statements]


def by_quote(found: list[dict], words: str) -> dict:
    hits = [f for f in found if any(words in q for q in f["quote"])]
    assert len(hits) == 1, found
    return hits[0]


# ------------------------------------------------------------------ quote continued after its attribution

@BOTH
def test_quote_after_the_attribution_continues_the_statement(blank, monkeypatch):
    monkeypatch.setenv("WORTLAUT_EN_BLANK", "1" if blank else "0")
    text = ('MARLOW, Valdoria (Wire) - "The port will reopen in May," harbour master Tilda Brask said on '
            'Tuesday. "We owe that to the fishermen."')
    found = statements(text)
    assert len(found) == 1, found
    assert found[0]["quote"] == ["The port will reopen in May,", "We owe that to the fishermen."]
    assert "Tilda Brask" in " ".join(found[0]["speaker"])


@trained
def test_quote_with_its_own_cue_stays_a_statement_of_its_own():
    text = ('"The port will reopen in May," Tilda Brask said. "We owe that to the fishermen," she added.')
    found = statements(text)
    assert len(found) == 2
    assert by_quote(found, "fishermen")["cue"] == "added"


@trained
def test_quote_after_a_new_sentence_of_narration_is_not_merged():
    text = ('"The port will reopen in May," Tilda Brask said. The council met for three hours on Monday '
            'and heard eleven speakers.\n\n"We owe that to the fishermen."')
    found = statements(text)
    assert len([f for f in found if f["kind"] == "direct"]) == 2


@trained
def test_long_apposition_after_the_name_still_continues():
    text = ('"Nobody expected the vote to be this close," said Oskar Lind, a pollster at the Marlow '
            'Institute. "It could go either way."')
    found = statements(text)
    assert len(found) == 1 and len(found[0]["quote"]) == 2


# ------------------------------------------------------------------ labelled lines: headlines, transcripts

@trained
def test_headline_with_a_speaker_label():
    text = "Senator Brask: Valdoria's harbour deal is a betrayal of the fishermen\n\nThe senator spoke on Monday."
    f = by_quote(statements(text), "harbour deal")
    assert f["speaker"] == ["Senator Brask"] and f["kind"] == "indirect"
    assert f["quote"] == ["Valdoria's harbour deal is a betrayal of the fishermen"]


@trained
def test_transcript_turn_in_capitals_is_direct():
    text = "HOST: Welcome back to the program tonight.\nLIND: Thank you, it is good to be back in Marlow."
    found = statements(text)
    f = by_quote(found, "good to be back")
    assert f["speaker"] == ["LIND"] and f["kind"] == "direct"


@trained
def test_label_words_and_places_are_no_speakers():
    text = ("UPDATE: The harbour reopened on Monday after three weeks.\n"
            "Read more: The fishing fleet returns to the harbour\n"
            "Marlow: The harbour reopened on Monday after three weeks.")
    assert statements(text) == []


# ------------------------------------------------------------------ who said it: relative pronouns, subjects

@trained
def test_relative_pronoun_speaker_keeps_the_name_first():
    text = "The plan was opposed by Mira Olsen, who said it would ruin the harbour towns."
    f = by_quote(statements(text), "ruin the harbour")
    assert f["speaker"][0] == "Mira Olsen" and f["speaker"][-1] == "who"
    ex = extract_article(text, lang="en", published="2025-03-04")
    st = next(s for s in ex.statements if "ruin" in s.quote_text)
    assert st.speaker_name == "Mira Olsen"  # the actor is the name, never 'who'


@trained
def test_circumstance_clause_stays_in_the_statement():
    text = "Erik Brask, a ferry passenger from Marlow, said he was angry when he called the company on Monday."
    f = by_quote(statements(text), "angry")
    assert f["quote"] == ["he was angry when he called the company on Monday"]
    assert "Erik Brask" in f["speaker"][0]


@trained
def test_clause_whose_head_the_parser_took_for_a_noun():
    text = "Mayor Lina Holt said the spate of closures demands that every council act now."
    f = by_quote(statements(text), "spate of closures")
    assert "Lina Holt" in f["speaker"][0]


# ------------------------------------------------------------------ speech and stance verbs, speaking nouns

@trained
def test_campaign_can_speak_and_call_charges_baseless():
    text = "The Holt campaign called the charges baseless and politically motivated."
    f = by_quote(statements(text), "charges")
    assert f["kind"] == "reported" and f["speaker"] == ["The Holt campaign"]


@trained
@pytest.mark.parametrize("verb", ["attacked", "endorsed", "questioned", "denounced"])
def test_stance_verbs_are_reported_speech(verb):
    text = f"Senator Mira Olsen {verb} the harbour plan of the Valdorian government on Monday."
    f = by_quote(statements(text), "harbour plan")
    assert f["kind"] == "reported" and "Mira Olsen" in f["speaker"][0]


@trained
def test_a_poll_shows():
    text = "A new poll by the Marlow Institute shows that most voters oppose the harbour plan."
    f = by_quote(statements(text), "most voters")
    assert "poll" in f["speaker"][0]


# ------------------------------------------------------------------ two apostrophes as a quote mark

def test_double_apostrophes_become_curly_marks_of_the_same_length():
    text = "''We will win,'' she said. It is ''not over.''"
    out = curly_double_apostrophes(text)
    assert len(out) == len(text)
    assert out == " “We will win,”  she said. It is  “not over.” "
    assert [out[q.start:q.end] for q in english.english_quotes(out)] == ["We will win,", "not over."]


def test_text_without_double_apostrophes_is_unchanged():
    text = "Roe's plan, the workers' union said, is 'not serious'."
    assert curly_double_apostrophes(text) is text


@BOTH
def test_double_apostrophe_quote_is_attributed(blank, monkeypatch):
    monkeypatch.setenv("WORTLAUT_EN_BLANK", "1" if blank else "0")
    text = "''The harbour stays open,'' Mayor Lina Holt said on Monday."
    f = by_quote(statements(text), "harbour stays open")
    assert f["kind"] == "direct" and "Lina Holt" in " ".join(f["speaker"])


# ------------------------------------------------------------------ datelines, days, names as written

@trained
def test_day_after_the_verb_is_never_the_speaker():
    text = ("MARLOW (AP) — Valdoria's top wildlife official, Marcus Hale, said Tuesday that the state "
            "will relocate a second wolf pack this spring.")
    f = by_quote(statements(text), "second wolf pack")
    assert "Marcus Hale" in f["speaker"][0] and "Tuesday" not in f["speaker"][0]
    assert "MARLOW" not in f["speaker"][0]


@trained
def test_hyphenated_particle_surname_stays_in_the_mention():
    text = "Foreign Minister Khalid al-Rashani said talks with the rebels would resume next week."
    f = by_quote(statements(text), "talks with the rebels")
    assert f["speaker"][0].endswith("Khalid al-Rashani")


@trained
def test_title_prefix_goes_to_the_role_not_the_name():
    text = ('State Treasurer Linda Kowalska warned lawmakers about the deficit on Monday. '
            '"We need to plan for a rough year," Kowalska said.')
    ex = extract_article(text, lang="en", published="2025-03-04")
    assert {s.speaker_name for s in ex.statements} == {"Linda Kowalska"}


def test_quotation_pass_runs_once_per_english_article(monkeypatch):
    """The language layer hands its quotation marks to the actors stage (Analysis.quotes)."""
    import extract.actors.article
    import extract.en
    from fixtures.quote_calls import count_find_quotes

    calls = count_find_quotes(monkeypatch, extract.en, extract.actors.article)
    text = '"We will hold the line," Mayor Anna Beispiel said on Monday. She said the port stays open.'
    result = extract_article(text, lang="en")
    assert calls == [len(text)]
    assert result.statements[0].speaker_name == "Anna Beispiel"


# ------------------------------------------------------------------ a cue set off by commas inside its sentence

@trained
def test_cue_inside_the_sentence_attributes_both_sides():
    text = "Back in Marlow, Tilda Brask said, she decided to close the harbour office for good."
    f = by_quote(statements(text), "Back in Marlow")
    assert f["quote"] == ["Back in Marlow", "she decided to close the harbour office for good"]
    assert f["speaker"] == ["Tilda Brask"]


@trained
def test_cue_inside_the_sentence_keeps_a_circumstance_or_participle_out():
    found = statements("The talks failed, the Valdorian ministry said, as the delegates left Marlow.")
    assert by_quote(found, "talks failed")["quote"] == ["The talks failed"]
    found = statements("The talks failed, the Valdorian ministry said, citing a lack of funds.")
    assert by_quote(found, "talks failed")["quote"] == ["The talks failed"]


# ------------------------------------------------------------------ 'said that “…”': a quote as the whole clause

@trained
def test_said_that_with_the_clause_all_quoted_is_a_direct_quote():
    text = 'Tilda Brask said on Tuesday that “the harbour will stay open for the fishermen.”'
    f = by_quote(statements(text), "harbour will stay open")
    assert f["kind"] == "direct" and f["speaker"] == ["Tilda Brask"] and f["cue"] == "said"


@trained
def test_a_quote_in_a_relative_clause_after_a_verb_object_is_not_that_verbs():
    found = statements("Tilda Brask wrote a book that “changed the harbour for good”.")
    assert not [f for f in found if f["kind"] == "direct"], found


# ------------------------------------------------------------------ an office or occupation before the name is no part of it

@trained
@pytest.mark.parametrize("title", ["Councilor", "Historian", "Pastor", "Pollster"])
def test_occupation_before_a_name_is_the_role_not_the_name(title):
    ex = extract_article(f"{title} Hannah Brookfield said the harbour plan was reckless.", lang="en")
    assert [s.speaker_name for s in ex.statements] == ["Hannah Brookfield"]


def test_a_title_word_inside_an_organisation_name_stays_the_organisation():
    from extract.actors.mentions import parse_phrase
    assert parse_phrase("the Justice Department", "en").role == ""


# ------------------------------------------------------------------ 'called for X to act': a for-to clause as the object

@trained
def test_call_for_with_a_for_to_clause_is_reported_speech():
    found = statements("Tilda Brask is calling for the harbour council to double its spending on the piers.")
    f = by_quote(found, "harbour council")
    assert f["kind"] == "reported" and f["speaker"] == ["Tilda Brask"] and f["cue"] == "calling for"


# ------------------------------------------------------------------ noun cues, headlines, places (round 5)

@trained
@pytest.mark.parametrize("text,words,speaker", [
    ("Councillor Nora Vell withdrew her suggestion that the market should move to the harbour.",
     "the market should move to the harbour", "her"),
    ("The Fenmoor Water Board's warning that reservoirs were running low went unheeded.",
     "reservoirs were running low", "The Fenmoor Water Board's"),
    ("The assertion by Marten Oaks that the audit was rigged has been withdrawn.",
     "the audit was rigged", "Marten Oaks"),
])
def test_a_noun_cue_with_its_possessor_is_a_statement(text, words, speaker):
    found = by_quote(statements(text), words)
    assert found["cue"] in ("suggestion", "warning", "assertion")
    assert speaker in found["speaker"][0]


@trained
def test_a_noun_cue_without_a_possessor_names_no_one_and_makes_no_statement():
    found = statements("The claim that the audit was rigged has spread online for weeks.")
    assert not any("audit was rigged" in q for f in found for q in f["quote"])


@trained
def test_a_bare_role_noun_in_a_headline_speaks_with_the_named_lead():
    text = ("Tolls will rise, warns mayor\n\nEASTWICK, Valdoria (Nordwire) — Mayor Oda Lindqvist said on "
            "Monday that bridge tolls would rise by a fifth next year.")
    found = statements(text)
    assert by_quote(found, "Tolls will rise")["speaker"] == ["Mayor Oda Lindqvist"]


@trained
def test_a_headline_label_with_the_surname_of_someone_named_below():
    text = ("Brask: The port will stay open all winter\n\nMARLOW (Wire) — Harbour master Tilda Brask "
            "spoke on Tuesday.")
    assert by_quote(statements(text), "port will stay open")["speaker"] == ["Brask"]


@trained
def test_a_place_after_the_speaker_is_not_part_of_the_speaker():
    text = "Fishermen in Marlow rejected the new quotas on Friday."
    found = by_quote(statements(text), "rejected the new quotas")
    assert found["speaker"] == ["Fishermen"]


@trained
def test_an_opening_participle_does_not_hide_the_apposed_speaker():
    text = "Talking to students in Marlow, the county's schools chief, Ines Hartwell, said exams would move to June."
    found = by_quote(statements(text), "exams would move to June")
    assert "Ines Hartwell" in found["speaker"][0]


# ------------------------------------------------------------------ round 7: asked, called, according to, bodies

@trained
@pytest.mark.parametrize("text,words,speaker", [
    # the one asked is no content: what follows the addressee is
    ("Councillor Rita Okafor asked the planning officers about the cost of the bridge.", "the cost of the bridge",
     "Councillor Rita Okafor"),
    # a passive's agent asked: the asker speaks, the question is the content
    ("Mayor Lena Prowse was asked by radio host Ben Carr about the budget gap.", "the budget gap", "radio host Ben Carr"),
])
def test_the_addressee_and_the_agent_are_no_content(text, words, speaker):
    f = by_quote(statements(text), words)
    assert f["speaker"] == [speaker] and not any(w in f["quote"][0] for w in ("officers", "host"))


@trained
def test_a_question_in_quotes_before_its_cue_is_direct_speech():
    f = by_quote(statements('"Why were residents not told sooner?" Mayor Lena Prowse asked reporters on Friday.'),
                 "Why were residents")
    assert f["kind"] == "direct" and f["speaker"] == ["Mayor Lena Prowse"]


@trained
def test_asked_whether_opening_the_sentence_keeps_no_speaker():
    found = statements("Asked whether she would run again, the mayor said she had not decided.")
    assert by_quote(found, "whether she would run again")["speaker"] == []
    assert by_quote(found, "she had not decided")["speaker"] == ["the mayor"]


@trained
@pytest.mark.parametrize("text,words", [
    ('Finance Minister Aldo Varga has called the proposed tariffs "a serious mistake" that would hurt exporters.',
     "a serious mistake"),
    ('The union leader called the striking drivers "heroes" and "the backbone of the city".', "heroes"),
])
def test_called_with_a_quoted_name_is_reported_speech(text, words):
    assert by_quote(statements(text), words)["kind"] == "reported"


@trained
def test_called_with_a_quote_inside_a_prepositional_phrase_is_no_statement():
    assert statements('Mayor Ilse Dorn called a meeting with "concerned parents" for Tuesday.') == []


@trained
def test_according_to_a_document_filed_by_someone_names_the_filer():
    text = "According to court documents filed by prosecutor Nadia Kessel, the men had met at least four times."
    assert by_quote(statements(text), "the men had met")["speaker"] == ["prosecutor Nadia Kessel"]


@trained
@pytest.mark.parametrize("text,name", [
    ("In a statement on Wednesday, the Port Authority of Eastmere said the terminal would reopen.",
     "Port Authority of Eastmere"),
    ("The Marlow County Sheriff's Office said the two men had been arrested.", "Marlow County Sheriff's Office"),
])
def test_a_capitalised_body_name_is_one_organisation(text, name):
    ex = extract_article(text, lang="en")
    assert [s.speaker_name for s in ex.statements] == [name]


@trained
def test_the_age_noun_refers_to_the_person_named_before():
    text = ("Harold Briggs has run the bakery on Main Street for 31 years. The 68-year-old said the new "
            "parking rules would drive customers away.")
    ex = extract_article(text, lang="en")
    assert [s.speaker_name for s in ex.statements] == ["Harold Briggs"]


@trained
@pytest.mark.parametrize("text,speaker", [
    ("Governor Ellen Marsh signed the water bill on Monday. The Democrat said it was the most important law of "
     "her term.", "Ellen Marsh"),
    ("The Republican said the bill was dead.", ""),  # nobody named before: no speaker, never a party
])
def test_a_party_member_noun_refers_to_the_person_named_before(text, speaker):
    ex = extract_article(text, lang="en")
    assert [s.speaker_name for s in ex.statements] == [speaker]


# ------------------------------------------------------------------ a comparison inside the content

@trained
@pytest.mark.parametrize("text, words", [
    ("Port director Ines Varro said freight volumes had fallen faster than the shipping lines predicted.",
     "faster than the shipping lines predicted"),
    ("The clinic's founder, Abel Szymon, argues that the new rules will cost patients more than ministers admit.",
     "more than ministers admit"),
    ("Harbour engineer Colm Rudd said the storm damage was not as severe as residents had feared.",
     "as severe as residents had feared"),
])
def test_a_comparative_clause_with_a_thinking_verb_stays_in_the_content(text, words):
    found = statements(text)
    assert len(found) == 1, found
    assert words in " ".join(found[0]["quote"])


@trained
def test_a_clause_of_another_speaker_after_while_is_still_cut_from_the_content():
    text = "Ines Varro said freight volumes had fallen sharply, while the shipping lines insisted that demand was stable."
    found = statements(text)
    varro = [f for f in found if "freight volumes" in " ".join(f["quote"])]
    assert varro and "insisted" not in " ".join(varro[0]["quote"])


# ------------------------------------------------------------------ noun cues: predicate clause and infinitive

@trained
def test_a_noun_cue_as_subject_of_be_or_with_an_infinitive_carries_the_statement():
    found = statements("The council leader's position is that the trail must stay closed until the bridge is "
                       "rebuilt. Councillor Ruth Oyelaran's threat to withhold the grant unsettled the organisers. "
                       "Bishop Anselm Kerr renewed his appeal to keep the shelter open through the winter.")
    assert "council leader" in " ".join(by_quote(found, "the trail must stay closed")["speaker"])
    assert "Ruth Oyelaran" in " ".join(by_quote(found, "withhold the grant")["speaker"])
    assert by_quote(found, "keep the shelter open")["speaker"] == ["his"]


@trained
def test_a_noun_cue_without_possessor_or_with_a_purpose_phrase_makes_no_statement():
    text = "The claim was that the trail must stay closed. A plan to reopen the bridge is on the table."
    assert not [f for f in statements(text) if "trail" in " ".join(f["quote"]) or "reopen" in " ".join(f["quote"])]


@trained
def test_a_plural_noun_cue_with_an_infinitive_sums_up_and_makes_no_statement():
    text = "Voters have heard Senator Ada Brill's promises to cut rail fares before."
    assert not [f for f in statements(text) if "cut rail fares" in " ".join(f["quote"])]


# ------------------------------------------------------------------ a headline quote set off by a colon or dash

@trained
@pytest.mark.parametrize("text, words, speaker", [
    ("'We will fight this all the way': Okonjo vows to appeal ruling\n\nLandowner Chidi Okonjo said on Friday "
     "he would take the case to the High Court.", "fight this all the way", "Okonjo"),
    ("'The books are in good order' – Brackwell treasurer defends accounts\n\nThe treasurer of Brackwell "
     "parish council, Moira Penhale, told a packed meeting that every payment had been approved.",
     "The books are in good order", "Brackwell treasurer"),
])
def test_a_quote_opening_the_headline_is_said_by_the_one_the_headline_is_about(text, words, speaker):
    f = by_quote(statements(text), words)
    assert " ".join(f["speaker"]) == speaker


@trained
def test_a_headline_quote_before_a_phrase_that_names_no_one_keeps_no_speaker():
    body = "\n\nThree surgeries in Ellerby will shut in March."
    # the near miss: a role after the dash speaks, so a headline quote of this shape is read at all
    named = statements("'Nobody answers the phone' – Ellerby patient slams surgery closures" + body)
    assert by_quote(named, "answers the phone")["speaker"] == ["Ellerby patient"]
    # (the quote before a phrase naming no one is no statement now; were it read, it would have no speaker)
    found = statements("'Nobody answers the phone' – patient anger at surgery closures" + body)
    assert [f["speaker"] for f in found if "answers the phone" in " ".join(f["quote"])] in ([], [[]])


# ------------------------------------------------------------------ 'per' as 'according to'

@trained
def test_per_set_off_with_a_speaking_object_is_a_source():
    found = statements("The ferry will not sail on Sunday, per the Orlan Island Transit Authority. "
                       "Per coach Rhea Danvers, the striker will be fit for the derby.")
    assert "Orlan Island Transit Authority" in " ".join(by_quote(found, "will not sail on Sunday")["speaker"])
    assert "Rhea Danvers" in " ".join(by_quote(found, "the striker will be fit")["speaker"])


@trained
def test_per_before_a_unit_names_no_source():
    text = "Parking costs $4 per hour, and the fare rose 6 per cent, per month charges aside."
    assert not statements(text)


@trained
@pytest.mark.parametrize("headline", ["'No way back' – Chelsea sack Pochettino",
                                      "'We were robbed' – Rangers sack Beale after defeat"])
def test_a_headline_verb_taken_for_a_noun_between_names_makes_no_speaker(headline):
    text = headline + "\n\nThe club confirmed the decision on Tuesday."
    assert not any("sack" in " ".join(f["speaker"]) for f in statements(text))


@trained
def test_a_headline_role_between_capitalised_words_keeps_the_whole_speaker():
    text = "'It's over': Labour leader Starmer concedes\n\nThe vote was lost by twelve."
    assert " ".join(by_quote(statements(text), "It's over")["speaker"]) == "Labour leader Starmer"


@trained
@pytest.mark.parametrize("text", ["Fees rose to $900, per student.", "The club will pay £5m, per player, over three years.",
                                  "The allowance is capped at £300, per member of staff."])
def test_per_before_a_bare_singular_noun_set_off_by_commas_is_a_rate_not_a_source(text):
    assert not [f for f in statements(text) if f["speaker"]]


@trained
def test_a_that_clause_after_the_verb_is_its_content_not_the_clause_before_it():
    # the parser hangs both clauses on "said": the that-clause after it is what the secretary says
    text = "The Tarrow Anglers' Club opposed the weir; its secretary, Mina Dale, said only that members would vote in May."
    found = by_quote(statements(text), "members would vote in May")
    assert "Mina Dale" in found["speaker"][0] and not any("weir" in q for q in found["quote"])
    # near miss: with no that-clause after it, the clause before is the verb's content
    text = "The Tarrow Anglers' Club opposed the weir, its secretary Mina Dale said."
    assert "Mina Dale" in by_quote(statements(text), "opposed the weir")["speaker"][0]
