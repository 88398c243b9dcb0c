"""English speakers (extract.actors, extract.en): body and person names, titles, references back,
noun cues. All people, places and bodies are invented."""
import pytest

from extract import extract_article
from extract.actors.mentions import parse_phrase


# English speaker mechanisms of round 9 (issue 15): papers nobody signed after 'according to',
# relative clauses and the 'who'/WHO confusion, names the NER missed, titles of local offices and
# portfolios, kind nouns ('the politician'), light-verb noun cues, body nouns that only refer back,
# bodies' short names and places, headline quotes repeated in the story, ambiguous pronouns.
def speakers(text: str) -> dict[str, str | None]:
    """The speaker name (None: no one) by quote, the quote without its edge punctuation and quote marks
    nor a leading 'that' (the one English reader of speakers by quote, also of other test modules)."""
    return {quote: name for quote, (name, _) in speakers_and_kinds(text).items()}


def speakers_and_kinds(text: str) -> dict[str, tuple[str | None, str]]:
    """The speaker name and kind by quote (the quote as speakers() gives it)."""
    ex = extract_article(text, lang="en", published="2026-05-20")
    return {s.quote_text.strip(" ,.\"“”'").removeprefix("that "): (s.speaker_name or None, s.speaker_kind)
            for s in ex.statements}


@pytest.mark.parametrize("phrase,name,role,affiliation", [
    ("Minister for Fisheries Bríd Tallon", ["Bríd", "Tallon"], "Minister", "Fisheries"),
    ("Harbour Master Colm Ruane", ["Colm", "Ruane"], "Harbour Master", ""),
    ("Premier Dale Whitcombe", ["Dale", "Whitcombe"], "Premier", ""),
    # round 8: name particles (Dutch, French, Gaelic) stay, role prefixes go
    ("Local MP Tessa Gorringe", ["Tessa", "Gorringe"], "MP", ""),
    ("Unity Party MSP Rab Kinloch-Weir", ["Rab", "Kinloch-Weir"], "MSP", "Unity Party"),
    ("Councillor Eilidh Nic an tSaoir", ["Eilidh", "Nic", "an", "tSaoir"], "Councillor", ""),
    ("Anne-Sophie d'Arvieux", ["Anne-Sophie", "d'Arvieux"], "", ""),
    ("Georgia Whitlock", ["Georgia", "Whitlock"], "", ""),
])
def test_titles_portfolios_and_role_prefixes_stay_out_of_the_name(phrase, name, role, affiliation):
    p = parse_phrase(phrase, "en")
    assert (p.name, p.role, p.affiliation) == (name, role, affiliation)


def test_a_lower_case_word_is_no_acronym():
    assert parse_phrase("residents who live near the depot", "en").entity.name != "WHO"


@pytest.mark.parametrize("text,expected", [
    pytest.param("According to tax records seen by the Elsby Courier, the firm paid nothing in 2024.",
                 {"the firm paid nothing in 2024": None}, id="paper_seen_by_an_outlet_has_no_speaker"),
    pytest.param("A driver who asked not to be named because he feared for his job said the brakes were faulty.",
                 {"the brakes were faulty": None}, id="relative_clause_cut_no_who"),
    pytest.param("The depot will shut in May, according to transport officer Lorna Pask.",
                 {"The depot will shut in May": "Lorna Pask"}, id="role_noun_then_name_after_according_to"),
    pytest.param("Senator Odile Vance gave an assurance that the mill would stay open.",
                 {"the mill would stay open": "Odile Vance"}, id="light_verb_noun_cue"),
    pytest.param("The chairman, Rufus Pell, issued a warning to members: the club will fold by June.",
                 {"the club will fold by June": "Rufus Pell"}, id="light_verb_noun_cue_with_colon"),
    pytest.param("Local MLA Sorcha Devlin backed the plan. The politician said the town needed the jobs.",
                 {"the plan": "Sorcha Devlin", "the town needed the jobs": "Sorcha Devlin"},
                 id="kind_noun_refers_to_a_politician"),
    pytest.param("Tidewell Ferries Ltd said fares would rise. Tidewell said fuel costs had doubled.",
                 {"fares would rise": "Tidewell Ferries Ltd", "fuel costs had doubled": "Tidewell Ferries Ltd"},
                 id="short_name_of_a_body"),
    pytest.param("Fishermen gathered at the quay on Monday. The cooperatives said the quota was unfair.",
                 {"the quota was unfair": None}, id="referring_body_noun_with_none_named"),
    pytest.param("The Association of Allotment Holders in Brennsund said the rent rise was unfair.",
                 {"the rent rise was unfair": "Association of Allotment Holders in Brennsund"},
                 id="member_body_keeps_its_place"),
    pytest.param("Alejandro Sotomayor arrived on Monday. He said the deal was dead.",
                 {"the deal was dead": "Alejandro Sotomayor"}, id="name_the_ner_missed_is_the_antecedent"),
    pytest.param("Brackmoor said the plant would close, the company confirmed.",
                 {"Brackmoor said the plant would close": "Brackmoor"}, id="one_word_org_never_in_lower_case"),
    pytest.param("Martin Hale and Peter Lund met the board on Friday. He said the merger was off.",
                 {"the merger was off": None}, id="ambiguous_pronoun"),
    # round 8: bare group nouns, group and body nouns referring back, particles, noun cues
    pytest.param("Commuters said the new timetable was a shambles.", {"the new timetable was a shambles": None},
                 id="bare_group_noun_is_no_actor"),
    pytest.param("Tenants at Orchard Court told reporters the lifts had failed again.",
                 {"the lifts had failed again": None}, id="bare_group_noun_with_place_is_no_actor"),
    pytest.param("The Coalition for Quiet Skies met the minister. The campaign group said night flights must end.",
                 {"night flights must end": "Coalition for Quiet Skies"}, id="group_noun_refers_back_to_the_body"),
    pytest.param("Bram van der Velde, the port's director, said cargo was up. Van der Velde said more ships would come.",
                 {"cargo was up": "Bram van der Velde", "more ships would come": "Bram van der Velde"},
                 id="particles_the_parser_split_and_surname_with_particles"),
    pytest.param("Local MP Tessa Gorringe said the station must reopen. The MP said she would write to ministers.",
                 {"the station must reopen": "Tessa Gorringe", "she would write to ministers": "Tessa Gorringe"},
                 id="role_prefix_and_the_role_noun_later"),
    pytest.param("Parents crowded into a meeting of the Eastmere school district. The district said no school would close.",
                 {"no school would close": "Eastmere School District"}, id="body_noun_refers_back"),
    pytest.param("Headteacher Lorna Quaile's message to families was short: the school will reopen on Monday.",
                 {"the school will reopen on Monday": "Lorna Quaile"}, id="noun_cue_before_a_colon"),
    pytest.param('The call for patience came from Bishop Ewan Tarrant: "We must give the inquiry time."',
                 {"We must give the inquiry time": "Ewan Tarrant"}, id="noun_cue_came_from"),
    pytest.param("Airline chief Sanna Lindvall told the BBC's World Service that fares would rise.",
                 {"fares would rise": "Sanna Lindvall"}, id="clause_told_to_an_outlet"),
])
def testspeakers(text, expected):
    assert speakers(text) == expected


def test_headline_quote_takes_the_story_speaker():
    text = ("'The river is dying', say anglers\n\nAnglers on the Tarn say fish numbers have halved. "
            "\"The river is dying,\" said Wilma Crosby, who has fished there for 40 years.")
    ex = extract_article(text, lang="en", published="2026-05-20")
    river = [s for s in ex.statements if "river is dying" in s.quote_text]
    assert len(river) == 2  # the headline's statement and the story's (else the test proves nothing)
    assert all(s.speaker_name == "Wilma Crosby" for s in river)


# Round 26 (r26-en-spk, reread rr26-en-spk): the speaker tag that closes a headline (headline_quotes.headline_tag)
@pytest.mark.parametrize("text,expected", [
    ("Farmers 'can't wait' for storm aid: Tara Quinlivan\nThe minister will announce the package next week.",
     {"can't wait": "Tara Quinlivan"}),
    ("Storm 'worst in decades', says Met Office\nWinds reached 100mph.", {"worst in decades": "Met Office"}),
    ("Dairy farmers 'running out of feed' after floods: Kettering-Moore\n\nThe president of the Coastal Dairy "
     "Council, Annabel Kettering-Moore, has asked for emergency fodder.", {"running out of feed": "Annabel Kettering-Moore"}),
    # near misses: a clause or a title after the quote, a place after the dash (no one in the story bears its name)
    ("'The Crown' returns: Netflix\nThe drama will return in November.", {}),
    ("'Dune' sequel tops box office - Warner Bros\nThe film earned millions.", {}),
    ("Rail fares 'to rise again' – report\nThe increase will come in January.", {}),
    ("Housing crisis 'out of control' – Dublin\nRents rose by 10% last year.", {}),
    ("Floods 'worst in living memory' – Kelby\nHundreds of homes were damaged.", {}),
])
def test_a_headline_quote_takes_the_speaker_tag_that_closes_the_headline(text, expected):
    assert {q: n for q, n in speakers(text).items() if q in text.split("\n")[0]} == expected


# Round 8 (issue 15): body names with 'of' / 'for' tails (its names and speakers are in the tables above).
@pytest.mark.parametrize("phrase,name", [
    ("the Valdorian Office for Rail Statistics", "Valdorian Office for Rail Statistics"),
    ("The Friends of Hallby Marsh", "Friends of Hallby Marsh"),
    ("The Society for the Care of Old Orchards", "Society for the Care of Old Orchards"),
    ("the Brennsund school district", "Brennsund School District"),
])
def test_body_names_keep_their_tails(phrase, name):
    p = parse_phrase(phrase, "en")
    assert p.entity is not None and (p.entity.name, p.entity.kind, p.name) == (name, "organisation", [])


# Round 20 (r20-en-speakers, reread rr20-enspk): a surname with an honorific finds its full name
# (actors/identities.py: titled_phrase, read_as_one_name, written_as_person, other_gender).
@pytest.mark.parametrize("text,expected", [
    pytest.param("Oyelaran Bakare runs a bakery on Tanner Street. \"Rents are up by half,\" Mr Bakare said.",
                 {"Rents are up by half": ("Oyelaran Bakare", "person")}, id="unlisted_first_name_the_ner_joined"),
    pytest.param("Siobhán Ní Dhuibhir teaches at the island school. Ms Ní Dhuibhir said the roll had fallen to eleven.",
                 {"the roll had fallen to eleven": ("Siobhán Ní Dhuibhir", "person")}, id="gaelic_patronym"),
    # two unlisted words the NER joins to the surname are a body's or place's name, no first names
    pytest.param("Harbour Mills Okafor, the Lagos flour firm, was sold in 2019. Mr Okafor said he regretted the sale.",
                 {"he regretted the sale": ("Okafor", "person")}, id="body_named_before_a_surname_is_no_full_name"),
    # the honorific's gender against a listed first name: her husband or son is not Mrs Farrow
    pytest.param("Tomas Farrow and his wife have farmed at Ashby for forty years. Mrs Farrow said the herd would be sold.",
                 {"the herd would be sold": ("Farrow", "person")}, id="mrs_is_not_a_man_of_her_surname"),
    pytest.param("Mr and Mrs Farrow have farmed at Ashby for forty years. Tomas Farrow, their son, works in Leeds. "
                 "Mrs Farrow said the herd would be sold.",
                 {"the herd would be sold": ("Farrow", "person")}, id="mr_and_mrs_then_their_son"),
    # a lower-case particle or a Gaelic patronym makes no body's name a person's
    pytest.param("The dos Reis-Monteiro Foundation said it would fund the school. Rafaela dos Reis-Monteiro set it up.",
                 {"it would fund the school": ("dos Reis-Monteiro Foundation", "organisation")},
                 id="foundation_named_after_a_particle_surname"),
    pytest.param("Mac Giolla Holdings said it would close the plant. Eoin Mac Giolla founded it.",
                 {"it would close the plant": ("Mac Giolla Holdings", "organisation")},
                 id="company_named_after_a_gaelic_surname"),
    # an honorific now makes "Sir Alasdair Mac Gillebhràth" a person (the merge parent read a body and
    # found it by its first word); "Sir" and "Dame" name a knight or dame by the first name, listed or not
    pytest.param("Sir Alasdair Mac Gillebhràth chairs the trust. Sir Alasdair said the castle roof would be repaired.",
                 {"the castle roof would be repaired": ("Alasdair Mac Gillebhràth", "person")},
                 id="sir_and_an_unlisted_first_name"),
])
def test_a_titled_surname_finds_its_full_name(text, expected):
    assert speakers_and_kinds(text) == expected


def test_sir_and_a_first_name_two_knights_share_is_neither():
    said = speakers("Sir Alasdair Mac Gillebhràth and Sir Alasdair Roe met the trust. Sir Alasdair said the roof would be repaired.")
    assert "the roof would be repaired" in said  # (else the test proves nothing)
    assert said["the roof would be repaired"] not in ("Alasdair Mac Gillebhràth", "Alasdair Roe")


# Round 25: "the <Name> <title>" names whose office it is only when the word is a name (a place the
# word index does not know, or a body the text names elsewhere); a capitalised common word or
# adjective ("Cabinet", "Democratic") says what kind of holder, and the named holder stays the speaker.
@pytest.mark.parametrize("text,quote,speaker", [
    ("Health Secretary Idris Penhale visited the hospital on Monday. The Cabinet minister said waiting "
     "lists would fall.", "waiting lists would fall", "Idris Penhale"),
    ("Senator Mara Quill (D-Ohio) spoke on Monday. The Democratic senator said the bill would pass.",
     "the bill would pass", "Mara Quill"),
    ("Idris Penhale (Lab) spoke in the Commons on Wednesday. The Labour MP said 600 families had been "
     "left without an income.", "600 families had been left without an income", "Idris Penhale"),
    ("Idris Penhale, the MP for Carnwick, raised the closure in the Commons. The Ashbury MP said the "
     "plant had been failing for a decade.", "the plant had been failing for a decade", None),
    ("Idris Penhale, the MP for Carnwick, raised the closure in the Commons. The Carnwick MP said 600 "
     "families had been left without an income.", "600 families had been left without an income", "Idris Penhale"),
])
def test_a_capitalised_word_before_a_title_is_an_owner_only_when_it_is_a_name(text, quote, speaker):
    assert speakers(text)[quote] == speaker


# Round 25 (r25-en-spk): a former holder keeps the standing in the role and is not "the mayor"; a given
# name unknown to the list counts by its shape after a glued descriptor; an age in brackets before
# an apposed role.
def test_a_former_holder_keeps_the_standing_and_is_not_the_office_holder():
    ex = extract_article("Former council leader Morwenna Treloar said the cuts were unavoidable.", lang="en",
                         published="2026-05-20")
    assert [a.role for a in ex.actors if a.name == "Morwenna Treloar"] == ["Former council leader"]
    said = speakers("Former mayor Brendan Oakes and the current mayor, Lyra Penhallow, met on Monday. "
                    "The mayor said the budget was balanced.")
    assert said["the budget was balanced"] == "Lyra Penhallow"
    said = speakers("Former mayor Brendan Oakes spoke at the meeting on Monday. The former mayor said "
                    "the budget had been mismanaged.")
    assert said["the budget had been mismanaged"] == "Brendan Oakes"


@pytest.mark.parametrize("text,name,role", [
    ("Ranger Coralie Bindaree said the track would reopen next week.", "Coralie Bindaree", "Ranger"),
    ("Shearer Hemi Tawhiri said the season had been the hardest in a decade.", "Hemi Tawhiri", "Shearer"),
    ("Giles Ashbourne (54), a sheep farmer, said the price of feed had doubled.", "Giles Ashbourne", "Sheep farmer"),
])
def test_a_given_name_by_its_shape_and_a_bracketed_age_keep_the_role(text, name, role):
    ex = extract_article(text, lang="en", published="2026-05-20")
    assert [(s.speaker_name, a.role) for s in ex.statements for a in ex.actors if a.id == s.speaker] == [(name, role)]


@pytest.mark.parametrize("text,name", [
    ("Carrier Velvaro Tresk said the strike would cancel 120 flights.", "Velvaro Tresk"),
    ("Exporter Tarvella Ostrane said the tariffs would hurt.", "Tarvella Ostrane"),
])
def test_a_body_noun_before_unknown_name_words_keeps_a_body(text, name):
    assert speakers_and_kinds(text) and list(speakers_and_kinds(text).values()) == [(name, "organisation")]


# Round 28 (r28-en-extract): a frame closing its sentence whose speaker the parser folded into the clause
# before it (as an apposition or object there): the speaker phrase is read from the words.
@pytest.mark.parametrize("text,quote,speaker", [
    ("DENVER (AP) — The Brimstone Ridge ski resort will stay closed for the rest of the season after an avalanche "
     "buried its main lift station, its owner, Calloway Peaks Group, said Monday.",
     "stay closed for the rest of the season", "Calloway Peaks Group"),
    ("AMSTERDAM, Jan 20 (Reuters) - Hollenkade Logistics expects warehouse rents to keep rising through 2027, "
     "finance director Maritza van der Oordt said on Tuesday.",
     "warehouse rents to keep rising through 2027", "Maritza van der Oordt"),
    ("Vantrell Motors is weighing the sale of its truck unit, Chief Executive Officer Linnea Sjovardt told analysts "
     "on a call Wednesday.", "weighing the sale of its truck unit", "Linnea Sjovardt"),
    ("Measles cases in Brackwell County could double by May unless more children are vaccinated, the county's chief "
     "epidemiologist, Maren Volkonsky-Hale, cautioned Monday.", "could double by May", "Maren Volkonsky-Hale"),
])
def test_a_closing_frame_whose_speaker_the_parser_folded_into_the_clause(text, quote, speaker):
    found = {q: name for q, name in speakers(text).items() if quote in q}
    assert list(found.values()) == [speaker], speakers(text)


@pytest.mark.parametrize("text,clause", [
    ("Before the hearing began, Judge Mara Quist warned the public gallery to keep quiet.", "Before the hearing began"),
    ("After the meeting ended, the council's leader, Mia Holt, spoke to reporters outside the town hall.",
     "After the meeting ended"),
])
def test_a_lone_subordinate_clause_before_the_frame_is_no_content(text, clause):
    assert not any(clause in q for q in speakers(text)), speakers(text)
