"""English speaker names (issue 15): organisation names with "of", name particles, anonymous
sources, and role nouns that refer back. All people, places and bodies here are invented."""
import pytest

from extract.actors import parse_phrase
from extract.en.nlp import is_trained, load_english
from extract.pipeline import extract_article

trained = pytest.mark.skipif(not is_trained(load_english()), reason="no trained English pipeline installed")


def speaker(text: str, quote_part: str) -> str | None:
    """The speaker name of the statement whose quote contains quote_part ('' when it has none);
    None when no statement contains it."""
    for s in extract_article(text, lang="en").statements:
        if quote_part in s.quote_text:
            return s.speaker_name
    return None


# ---- 1. a capitalised institution noun + "of" + a name is one organisation name
@pytest.mark.parametrize("phrase,name", [
    ("the Bank of Valdoria", "Bank of Valdoria"),
    ("the Ministry of Fisheries", "Ministry of Fisheries"),
    ("the Ministry of Trade and Industry", "Ministry of Trade and Industry"),
    ("the University of Kestrel", "University of Kestrel"),
])
def test_an_institution_noun_with_of_and_a_name_is_one_organisation(phrase, name):
    ent = parse_phrase(phrase, "en").entity
    assert ent is not None and ent.name == name and not ent.generic


def test_a_lower_case_institution_noun_stays_generic():
    ent = parse_phrase("the ministry", "en").entity
    assert ent is not None and ent.generic


def test_a_spokesperson_for_a_named_ministry_speaks_for_it():
    p = parse_phrase("a spokeswoman for the Ministry of Fisheries", "en")
    assert p.of is not None and p.of.name == "Ministry of Fisheries"


@trained
def test_according_to_a_named_bank_gives_the_full_name():
    assert speaker("According to the Bank of Valdoria, prices rose by 3 percent in May.", "prices rose") \
        == "Bank of Valdoria"


def test_a_descriptor_after_of_belongs_to_the_organisation_named_after_it():
    p = parse_phrase("The chief executive of carmaker Halvo Motors, Rina Takeda", "en")
    assert p.name == ["Rina", "Takeda"] and p.affiliation == "Halvo Motors"


# ---- 2. name particles stay in the name
@pytest.mark.parametrize("phrase,name", [
    ("Water minister Tariq bin Samir al-Harbi", ["Tariq", "bin", "Samir", "al-Harbi"]),
    ("Nura bint Khalid al-Fahad", ["Nura", "bint", "Khalid", "al-Fahad"]),
    ("Sofie de la Vega", ["Sofie", "de", "la", "Vega"]),
])
def test_name_particles_and_patronymics_stay_in_the_name(phrase, name):
    assert parse_phrase(phrase, "en").name == name


@trained
def test_a_surname_with_particles_refers_back_to_the_full_name():
    text = ('Dutch economist Joost van der Meulen said rents had peaked. '
            '"Rents will fall this year," van der Meulen said.')
    assert speaker(text, "Rents will fall") == "Joost van der Meulen"


# ---- 3. anonymous sources
@trained
@pytest.mark.parametrize("text,part", [
    ("The council is weighing a new harbour tax, two people familiar with the matter said.", "harbour tax"),
    ("Sources said the merger of Brinmouth Rail and Eastline was close.", "merger"),
    ("A senior official said the talks on the harbour had stalled.", "talks"),
])
def test_anonymous_sources_give_no_speaker(text, part):
    assert speaker(text, part) == ""


@trained
def test_officials_at_a_named_body_speak_for_it():
    assert speaker("Officials at the Ministry of Fisheries said the quota would be cut.", "quota") \
        == "Ministry of Fisheries"


# ---- 4. role nouns that refer back
@trained
@pytest.mark.parametrize("text,part,name", [
    ("Brinmouth attorney Dana Kowal filed the appeal on Monday. The lawyer said the verdict was unfair.",
     "verdict", "Dana Kowal"),
    ("Kestria's trade minister, Olek Varga, met the delegation. The diplomat said the talks went well.",
     "talks", "Olek Varga"),
    ("The Harbour Safety Administration closed the port. The agency said the checks would take a week.",
     "checks", "Harbour Safety Administration"),
])
def test_a_definite_role_noun_refers_to_the_one_named_before(text, part, name):
    assert speaker(text, part) == name


@trained
def test_a_role_noun_without_anyone_named_before_gives_no_speaker():
    assert speaker("The diplomat said the talks on the harbour went well.", "talks") == ""


# ---- a descriptor before a name: the body it describes, the role head, then the person
@pytest.mark.parametrize("phrase,name,role,affiliation", [
    ("Health board chief Moira Quill", ["Moira", "Quill"], "chief", "Health board"),
    ("Chamber of commerce president Li Wen", ["Li", "Wen"], "president", "Chamber of commerce"),
    ("Residents' association chair Petra Holm", ["Petra", "Holm"], "chair", "Residents' association"),
    ("Port authority director Lotte van der Meer", ["Lotte", "van", "der", "Meer"], "director", "Port authority"),
    ("Library trust chair J. P. Morrow", ["J.", "P.", "Morrow"], "chair", "Library trust"),
    ("Hospital trust medical director Dr Ruth Amsel", ["Ruth", "Amsel"], "medical director", "Hospital trust"),
    ("Water board deputy chief Omar al-Hassani", ["Omar", "al-Hassani"], "deputy chief", "Water board"),
])
def test_a_descriptor_before_a_name_gives_role_and_affiliation(phrase, name, role, affiliation):
    p = parse_phrase(phrase, "en")
    assert (p.name, p.role, p.affiliation) == (name, role, affiliation)


def test_a_descriptor_without_a_name_keeps_no_name():
    p = parse_phrase("Health board chief", "en")
    assert (p.name, p.role, p.affiliation) == ([], "chief", "Health board")


@pytest.mark.parametrize("phrase,affiliation,name", [
    ("Sundbund Secretary-General Mira Sandell", "Sundbund", ["Mira", "Sandell"]),  # a title right after the run
    ("Valdoria Football Association chief executive Hugo Brandt", "Valdoria Football Association", ["Hugo", "Brandt"]),
])
def test_a_capitalised_body_before_a_title_stays_the_affiliation(phrase, affiliation, name):
    p = parse_phrase(phrase, "en")
    assert (p.affiliation, p.name) == (affiliation, name)


def test_the_person_after_a_descriptor_speaks_and_a_pronoun_finds_her():
    text = ("Chamber of commerce president Ines Wen said the tariff would cost member firms 40 million crowns. "
            "\"This is a tax on our own exporters,\" she said.")
    assert speaker(text, "the tariff would cost") == "Ines Wen"
    assert speaker(text, "This is a tax") == "Ines Wen"


def test_a_long_title_after_a_named_body_keeps_the_body():
    p = parse_phrase("Kestria Airport chief operating officer Ivo Stern", "en")
    assert (p.name, p.role, p.affiliation) == (["Ivo", "Stern"], "chief operating officer", "Kestria Airport")


# ---- a country adjective belongs to the body it qualifies: two countries' ministries stay apart
def _actors_of(text: str) -> list:
    return extract_article(text, lang="en").actors


def test_two_countries_finance_ministries_are_two_actors_across_articles():
    from extract.actors.across import match_actor
    first = _actors_of('The Valdorian finance ministry said the budget was balanced.')
    second = _actors_of('"Taxes will rise," said the Kestrian finance ministry.')
    assert len(first) == 1 and len(second) == 1
    assert "Valdorian" in first[0].name and "Kestrian" in second[0].name
    assert match_actor(second[0], first) is None


def test_a_ministry_named_by_adjective_and_then_the_ministry_is_one_actor():
    text = ('The Valdorian finance ministry said the budget was balanced. '
            '"We will not raise taxes," the ministry said on Monday.')
    ex = extract_article(text, lang="en")
    assert {s.speaker_name for s in ex.statements} == {"Valdorian Finance Ministry"}


def test_the_same_ministry_by_adjective_and_by_possessive_matches_across_articles():
    from extract.actors.across import match_actor
    first = _actors_of("Valdoria's finance ministry said the deficit would shrink.")
    second = _actors_of("The Valdorian finance ministry said the budget was balanced.")
    assert match_actor(second[0], first) == first[0].id


def test_the_same_adjective_ministry_in_two_articles_is_one_actor():
    from extract.actors.across import match_actor
    first = _actors_of("The Valdorian finance ministry said the budget was balanced.")
    second = _actors_of('"Taxes will rise," said the Valdorian finance ministry.')
    assert match_actor(second[0], first) == first[0].id


# ---- round 10: a description, a comma and a person's name; gender from English first names;
# body nouns that refer back to a body of their kind (data/body_kinds_en.tsv)
@pytest.mark.parametrize("phrase,name,role", [
    ("The owner of the Fox and Hounds, Trevor Stait", ["Trevor", "Stait"], "owner"),
    ("A Kilbarrow farmer, Declan Furey", ["Declan", "Furey"], ""),
    ("The chief executive of Harland Bank, Owen Gallagher", ["Owen", "Gallagher"], "chief executive"),
])
def test_the_name_after_the_comma_of_a_description_is_the_person(phrase, name, role):
    p = parse_phrase(phrase, "en")
    assert p.name == name and p.role == role and p.entity is None


def test_a_body_name_after_a_comma_is_no_person():
    p = parse_phrase("Harland Bank, Valdoria", "en")
    assert p.name == ["Harland", "Bank"] and p.role == ""


@trained
def test_the_apposed_name_speaks_where_the_parser_hung_it_on_the_place():
    text = ("The owner of the Swan and Anchor in Lower Ashby, Harriet Colby, told the Ashby Gazette she "
            "would close the pub at Christmas.")
    assert speaker(text, "close the pub at Christmas") == "Harriet Colby"


# round 27: the role phrase a name is apposed to, with a body the phrase parse would split or a place
# after the owner; a phrase that is the object of the words before it is no apposition
@trained
@pytest.mark.parametrize("text,part,role", [
    ("The leader of Ashwick Town Council, Delia Farrant, has ruled out selling the market hall.",
     "selling the market hall", "leader"),
    ("The chief executive of Medway Harbour Board in Kent, Alan Pruett, said the dredging would begin in May.",
     "the dredging would begin in May", "chief executive"),
    ("The founder of Tallow Lane Food Bank, Ruth Ekwueme, said demand had doubled since January.",
     "demand had doubled", "founder"),
    ("The plan was approved despite objections from the ward councillor, Hamish Otterby. The councillor "
     "said the decision would push lorries onto estate roads.", "push lorries onto estate roads", "ward councillor"),
])
def test_the_role_phrase_a_name_is_apposed_to_gives_the_role(text, part, role):
    assert _role_of(text, part).casefold() == role


@trained
@pytest.mark.parametrize("text,part", [
    ("After meeting the manager of Dunhallow Rovers, Ciarán Mulvey said the club would appeal the deduction.",
     "the club would appeal"),
    ("Unlike the owner of the Red Lion, Craig Mellors said he would keep his pub open.", "keep his pub open"),
    ("The daughter of the owner of the Red Lion, Amy Mellors, said the family was heartbroken.",
     "the family was heartbroken"),
    # the phrase is the object of a participle or a noun before it (reread r27)
    ("Asked about the manager of Carrow United, Tom Briggs said he had no comment to make.", "no comment to make"),
    ("Following the resignation of the chairman of Halden Foods, Mark Oyelaran said the firm was stable.",
     "the firm was stable"),
    ("In his memoir The Manager of Nothing, Tom Briggs said football had changed.", "football had changed"),
    # the relation noun where the mention holds the whole phrase (the Red Lion case above takes another path)
    ("The daughter of the owner of the Black Swan, Amy Mellors, said the family was heartbroken.",
     "the family was heartbroken"),
    ("The wife of the mayor of Port Elvan, Clare Reed, said the couple were delighted.", "the couple were delighted"),
])
def test_a_role_phrase_that_is_not_the_names_gives_no_role(text, part):
    assert _role_of(text, part) == ""


# round 27: a place adjective before a portfolio and a title goes, the portfolio stays
@pytest.mark.parametrize("phrase,role", [
    ("Norvessan Trade Minister Ilse Baardvik", "Trade Minister"),
    ("Kestrian Defence Secretary Anil Draycott", "Defence Secretary"),
    ("Brackenfield Logistics chief executive Dana Moor", ""),
    ("Summit County Sheriff Ray Dorn", ""),
    # a firm's name before a title held over no portfolio stays whole (reread r27)
    ("Valdorian Steel CEO Omar Haddad", ""),
    ("Arvonian Red Cross Director Sam Ode", ""),
    ("Valdorian Steel Chief Executive Omar Haddad", ""),
])
def test_a_place_adjective_before_a_portfolio_goes_and_the_portfolio_stays(phrase, role):
    assert parse_phrase(phrase, "en").written_role == role


@trained
def test_he_and_she_choose_by_the_gender_of_english_first_names():
    text = ("Derek Asquith and Aisha Bello visited the river on Wednesday. He said the board would pay for "
            "the clean-up. She said samples would be taken.")
    assert speaker(text, "pay for the clean-up") == "Derek Asquith"
    assert speaker(text, "samples would be taken") == "Aisha Bello"


@trained
@pytest.mark.parametrize("text,part,name", [
    ("The Caldermoor Standards Commission has fined Orvel Water. The watchdog said the fine was deserved.",
     "the fine was deserved", "Caldermoor Standards Commission"),
    ("The Amalgamated Nurses Guild said on Monday that its members would strike. The union said the walkout "
     "would begin on Friday.", "the walkout would begin", "Amalgamated Nurses Guild"),
    ("The Northfield Fire Service has closed two stations. The service said response times would not suffer.",
     "response times would not suffer", "Northfield Fire Service"),
    ("Hallam Building Society has raised its mortgage rates. The lender said the rise was unavoidable.",
     "the rise was unavoidable", "Hallam Building Society"),
    ("Brackwater Police said two men had been arrested in Lindholm. The force said a third man was being sought.",
     "a third man was being sought", "Brackwater Police"),
    ("Ostvale Constabulary has closed the A61 after a crash near Merrow. The force said the road would reopen "
     "by the evening.", "the road would reopen", "Ostvale Constabulary"),
    # near miss: "the force" is no council
    ("Tarnby District Council has closed the market square. The force said officers would patrol it at night.",
     "officers would patrol it", ""),
])
def test_a_body_noun_refers_back_to_the_body_of_its_kind(text, part, name):
    assert speaker(text, part) == name


@trained
@pytest.mark.parametrize("text,part,name", [
    ("The Orvel Rivers Trust lodged a complaint against Orvel Water. The Court of Appeal heard it on Monday. The "
     "charity said it would keep fighting the permits.", "keep fighting the permits", "Orvel Rivers Trust"),
])
def test_a_body_noun_passes_over_a_body_of_another_kind(text, part, name):
    assert speaker(text, part) == name  # (not the Court of Appeal: no charity's appeal)


def test_an_underscore_joins_the_words_of_one_body_kind_ending():
    from extract.actors.lexicon import kind_heads

    assert "building society" in kind_heads("en")["lender"] and "building" not in kind_heads("en")["lender"]


@trained
@pytest.mark.parametrize("text,part,name", [
    ("Marta Ellery, 16, won the county chess title on Sunday. The teenager said she had practised every night.",
     "practised every night", "Marta Ellery"),
    ("Harold Quist has kept bees in Brackley for fifty years. The beekeeper said the winters were getting "
     "stranger.", "winters were getting stranger", "Harold Quist"),
])
def test_an_occupation_or_description_refers_back_to_the_person(text, part, name):
    assert speaker(text, part) == name


@trained
@pytest.mark.parametrize("text,part,name", [
    ("Aldo Ferrante told the Valdora Tagblatt that he would resign. The Tagblatt said the interview was recorded "
     "on Monday.", "the interview was recorded", "Valdora Tagblatt"),
    ("The Brinmouth Rovers lost again. The Rovers said the coach would stay.", "the coach would stay",
     "Brinmouth Rovers"),
    ("Anna Power runs Idris Power. Power said the plant would close.", "the plant would close", "Anna Power"),
])
def test_the_last_word_of_a_body_named_before_refers_back_to_it(text, part, name):
    assert speaker(text, part) == name


@trained
def test_the_council_never_refers_back_to_a_local_paper():
    text = ("Declan Furey has told the Kilbarrow Champion that he will sue. The council said it would not comment "
            "on a possible legal case.")
    assert speaker(text, "would not comment") != "Kilbarrow Champion"


@trained
def test_a_campaign_group_named_voice_is_no_paper():
    text = "The Ormsby Patients Voice has criticised the closure. The group said patients would travel further."
    assert speaker(text, "patients would travel further") == "Ormsby Patients Voice"


@trained
@pytest.mark.parametrize("text,part,name", [
    ("The town's longest-serving firefighter, Capt. Ivo Marsh, said the blaze spread fast.", "the blaze spread fast",
     "Ivo Marsh"),
    ("Sgt. Dana Pruitt said two men were arrested.", "two men were arrested", "Dana Pruitt"),
    ("Det. Supt. Rhona Ferris said the drone unit had found the boy.", "had found the boy", "Rhona Ferris"),
    ("Pres. Ada Roe said the tunnel would open in May.", "would open in May", "Ada Roe"),
    ("Kestrian Football League president Marco di Santo said the season would start late.", "the season would start",
     "Marco di Santo"),
])
def test_abbreviated_ranks_stay_out_of_the_name_and_particles_stay_in(text, part, name):
    assert speaker(text, part) == name


# ---- a capitalised role before a comma and the person's name (apposition)
@pytest.mark.parametrize("phrase,role,affiliation,name", [
    ("The Health Secretary, Alan Brightwell", "Secretary", "Health", ["Alan", "Brightwell"]),
    ("the Chief Constable, Mairead Fenwick", "Chief Constable", "", ["Mairead", "Fenwick"]),
    ("The Education Minister, Corin Ashdale", "Minister", "Education", ["Corin", "Ashdale"]),
])
def test_a_capitalised_role_before_an_apposed_name_is_the_role(phrase, role, affiliation, name):
    p = parse_phrase(phrase, "en")
    assert (p.role, p.affiliation, p.name, p.entity) == (role, affiliation, name, None)


@trained
def test_the_person_apposed_to_a_capitalised_role_speaks():
    text = ("The Transport Secretary, Helen Marwick, said the Kestrel line would reopen in March. "
            "The Police Commissioner, Darnell Okafor, said officers would patrol the estate.")
    assert speaker(text, "Kestrel line") == "Helen Marwick"
    assert speaker(text, "officers would patrol") == "Darnell Okafor"


def _role_of(text: str, quote_part: str) -> str:
    ex = extract_article(text, lang="en")
    st = next(s for s in ex.statements if quote_part in s.quote_text)
    return next(a.role for a in ex.actors if a.id == st.speaker)


@trained
@pytest.mark.parametrize("text,part,role", [
    ('"The pitches will be reseeded in May," said grounds manager Colm Arden.', "pitches will be reseeded", "grounds manager"),
    ('The ferry will run twice a day from June, said harbour operations director Lena Fisk.', "ferry will run",
     "harbour operations director"),
    ('"Nobody warned us," adds site manager Petra Lomax.', "Nobody warned us", "site manager"),
    # near miss: the inverted verb before the role is no word of it
    ('"The gates stay shut," insists manager Ivo Brandt.', "The gates stay shut", "Manager"),
    ('"The gates stay shut," replies site engineer Ivo Brandt.', "The gates stay shut", "site engineer"),  # (a written form)
])
def test_a_role_written_with_lower_case_words_before_it_keeps_them(text, part, role):
    assert _role_of(text, part).casefold() == role.casefold()


@trained
@pytest.mark.parametrize("text,part,role", [
    ("Tamsin Ure, a pharmacist at the Brackley Road surgery in Holt, said stocks were low.", "stocks were low", "pharmacist"),
    ("Owain Pryce, 52, a firefighter from the Carrow station, said the tide was unusually high.", "the tide was", "firefighter"),
    ("Lise Varden, the director of the Harbour Museum in Ostvik, said the roof leaked.", "the roof leaked", "director"),
    # near miss: no role before the "of": a friend names no office
    ("Ivo Brandt, a friend of Marta Lind, said the house was empty.", "the house was empty", ""),
])
def test_a_role_apposed_after_the_name_holds_where_it_is_held(text, part, role):
    assert _role_of(text, part).casefold() == role.casefold()


# ---- a possessive owner before a role: the words after it describe the role, the owner stays out
@pytest.mark.parametrize("phrase,written", [
    ("Tarnby's transport minister Elif Dorran", "transport minister"),
    ("Oskarvik's harbour master Janne Holm", "harbour master"),
    ("Brightwell's Education Secretary Nia Colley", "Education Secretary"),
    ("the council's finance chief Jo Roe", "finance chief"),
    # with no possessive a name before the role is an owner as well (the test below)
    ("Harlow County Sheriff Dale Rourke", "Sheriff"),
])
def test_a_possessive_owner_is_no_word_of_the_written_role(phrase, written):
    p = parse_phrase(phrase, "en")
    assert (p.written_role or p.role).casefold() == written.casefold()


# ---- a name before a role says whose office it is and goes; the kind of body written after it, a
# common noun for a kind of body with no name, and a portfolio in capitals stay (tests/data/eval/README.md)
@trained
@pytest.mark.parametrize("phrase,written", [
    ("Tarnby transport minister Elif Dorran", "transport minister"),
    ("Kelverton transit union president Rosa Damaschke", "transit union president"),
    ("Lake Orrin harbor patrol Sgt. Dwayne Mercer", "harbor patrol Sgt."),
    ("Harwick lifeboat coxswain Tom Pendry", "lifeboat coxswain"),
    ("Ashcombe MSP Fiona Rendall", "MSP"),
    ("Farrowgate coach Darius Fenn", "coach"),
    ("Port Averill Mayor Gideon Ashby", "Mayor"),
    ("Pennick Falls Police Chief Jo Reyes", "Police Chief"),
    ("Marrick Rescue Centre spokeswoman Tamsin Reilly", "spokeswoman"),
    # near misses: no name before the role, the words name the office or its kind
    ("Health board chair Marian Ashe", "Health board chair"),
    ("Works council chief Jo Brand", "Works council chief"),
    ("Public Works Director Sandra Yates", "Public Works Director"),
    ("Animal Control Director Faye Lundquist", "Animal Control Director"),
    ("Social Security Minister Dominic Ashgrove", "Social Security Minister"),
    ("City Council President Hector Ruiz", "City Council President"),
    ("County Emergency Manager Troy Abernathy", "County Emergency Manager"),
    ("Port authority director Lotte van der Meer", "Port authority director"),
    # a portfolio newer than the model's word index, or of Irish/NZ English, is no place's name
    ("Biosecurity Minister Hana Trell", "Biosecurity Minister"),
    ("Cybersecurity Minister Odile Ferrand", "Cybersecurity Minister"),
    ("Gaeltacht Minister Niamh Cashel", "Gaeltacht Minister"),
    ("Maori Development Minister Tane Horowai", "Maori Development Minister"),
])
def test_a_name_before_a_role_is_its_owner_and_the_kind_after_it_stays(phrase, written):
    p = parse_phrase(phrase, "en")
    assert (p.written_role or p.role).casefold() == written.casefold()


# ---- a word that says where or how long a role is held is no word of it ("Local MP" -> MP)
@trained
@pytest.mark.parametrize("text,part,role", [
    ("Veteran councillor Aled Prys said the depot would close.", "the depot would close", "councillor"),
    ("The longtime treasurer, Dervla Kinsella, said the accounts were late.", "the accounts were late", "treasurer"),
    ("Local parish councillor Owen Stanier said the lane was unsafe.", "the lane was unsafe", "parish councillor"),
    # near misses: the word names the office or its body
    ("Local Government Minister Petra Sallis said councils would get more money.", "councils would get",
     "Local Government Minister"),
    ("New Zealand Prime Minister Ivo Tane said the talks had gone well.", "the talks had gone well", "Prime Minister"),
    ("The federal fisheries minister, Janelle Ross, said the quota would stay.", "the quota would stay",
     "fisheries minister"),
])
def test_a_word_of_place_or_tenure_before_a_role_is_no_word_of_it(text, part, role):
    assert _role_of(text, part).casefold() == role.casefold()


# ---- a role noun no title lists, read from the parse: apposed after the name or a compound before it
@trained
@pytest.mark.parametrize("text,part,role", [
    ("The levee would hold until Friday, said Corrie Vandam, a river engineer with the Marsh Lane residents' group.",
     "The levee would hold", "river engineer"),
    ("Sunniva Berg, the museum's keeper of textiles, said the tapestry would be rehung in May.", "tapestry would be",
     "keeper of textiles"),
    ("\"The eggs hatched on Sunday,\" said ornithologist Rafe Lindqvist.", "The eggs hatched", "ornithologist"),
    ("Ferrier Teodor Blix said the crossing had been calm all week.", "the crossing had been calm", "Ferrier"),
    # near misses: a noun that names a person but no role, a count, kin, a word of tenure
    ("Ansel Roe, a Millbrook native, said the mill had always flooded.", "the mill had always flooded", ""),
    ("Petra Lomax, 44, a mother of twins, said the bus never came.", "the bus never came", ""),
    ("Ivo Brandt, number 9 on the sheet, said he was fit.", "he was fit", ""),
    ("Ivo Brandt, a Millbrook Foods veteran, said the plant would survive.", "the plant would survive", ""),
    ("After the match Ivo Brandt said the referee had been fair.", "the referee had been fair", ""),
    # a noun with what it is "of" left out names no role ("the winner | of the quiz"); a field with no article stays
    ("Dora Pelk, the winner of the quiz, said the questions were easy.", "the questions were easy", ""),
    ("Hal Voss, a member of the choir, said the hall was cold.", "the hall was cold", ""),
    ("Ines Marr, a survivor of the flood, said the warning came late.", "the warning came late", ""),
    ("Hal Voss, a teacher of music, said the hall was cold.", "the hall was cold", "teacher of music"),
    # a habit or standing with a role's ending names no role
    ("Ola Brisk, a former smoker, said the clinic had helped.", "the clinic had helped", ""),
    ("Ola Brisk, a newcomer to Tarnby, said the buses were rare.", "the buses were rare", ""),
    # the role noun the name is apposed to, before it; its article or owner stays out
    ("His deputy, Hanne Kettle, said inflation could return.", "inflation could return", "deputy"),
    ("Crews worked through the night, the site manager, Dev Amberley, told reporters.", "Crews worked", "site manager"),
    ('"It was terrifying," a passenger, Luis Ortavo, told Reuters.', "It was terrifying", "passenger"),
    ("Her husband, Tom Raddle, said she had been treated well.", "she had been treated well", ""),
    ("The winner of the raffle, Sue Plattwell, said she was delighted.", "she was delighted", ""),
    # a part in a contest, a court case or an incident is no role, before the name or after it
    ("The winner, Joe Pirkett, said he would spend the money on a boat.", "spend the money", ""),
    ("The defendant, Sam Tillery, told jurors he had acted in self-defence.", "acted in self-defence", ""),
    ("Sam Tillery, the claimant, said the landlord had ignored him.", "the landlord had ignored him", ""),
])
def test_a_role_noun_no_title_lists_is_read_from_the_parse(text, part, role):
    assert _role_of(text, part).casefold() == role.casefold()


@trained
def test_a_role_read_from_the_parse_decides_no_speaker():
    # the role only describes: the statement keeps the speaker it had, the role goes to the named person
    text = ("Corrie Vandam, a river engineer, met the mayor on Monday. "
            "\"The pumps failed twice,\" Vandam said.")
    assert speaker(text, "pumps failed") == "Corrie Vandam"
    assert _role_of(text, "pumps failed") == "River engineer"


# ---- a capitalised word before a role, then a person's full name: the name is the last one
@pytest.mark.parametrize("phrase,name", [
    ("Marine biologist Carys Maddox", ["Carys", "Maddox"]),  # a field ("Marine") that is also a first name
    ("Clare county councillor Niamh Rourke", ["Niamh", "Rourke"]),  # a place that is also a first name
    ("Dunkerrin co-operative manager Tess Quill", ["Tess", "Quill"]),
])
def test_a_capitalised_qualifier_before_the_role_is_no_name(phrase, name):
    assert parse_phrase(phrase, "en").name == name


def test_a_name_without_a_role_after_it_stays_whole():
    assert parse_phrase("Kerry Maddox", "en").name == ["Kerry", "Maddox"]
    assert parse_phrase("Green councillor Tess Quill", "en").affiliation == "Green"  # a party stays the affiliation


# a name the NER took for a person that says 'it' or 'its' of itself, then 'the company said'
SAYS_IT_OF_ITSELF = {
    "Tarvane Logistics": ("Tarvane Logistics maintained on Friday it had paid every driver in full. "
                          "The company said it would publish its accounts.", "publish its accounts"),
    "Quillon Pharma": ("Quillon Pharma today published the results of its trial of a new asthma drug. "
                       "\"The data are very encouraging,\" the company said.", "The data are very encouraging"),
}


@trained
@pytest.mark.parametrize("name", sorted(SAYS_IT_OF_ITSELF))
def test_a_name_that_says_it_of_itself_is_the_company_a_noun_refers_back_to(name):
    assert speaker(*SAYS_IT_OF_ITSELF[name]) == name


@trained
def test_a_person_who_speaks_of_a_thing_as_it_is_no_company():
    text = "Marta Kowal insisted on Thursday it had been a fair vote. The company said it would appeal."
    assert speaker(text, "it would appeal") != "Marta Kowal"


@trained
def test_capitalised_words_before_a_first_name_are_the_persons_role():
    assert speaker('"We go again on Saturday," Skipper Tommy Vance said.', "We go again on Saturday") == "Tommy Vance"
    assert speaker("Ward Sister Helen Kelleher said the unit was short of four nurses.",
                   "short of four nurses") == "Helen Kelleher"
    # a name that opens with its first name keeps all its words
    assert speaker("Mary Ann Goodhew said the fete would go ahead.", "fete would go ahead") == "Mary Ann Goodhew"
    # a body named after a saint keeps its name
    assert speaker("St Agnes Valley Hospice said on Monday it would close its day unit.",
                   "close its day unit") == "St Agnes Valley Hospice"


# 'the spokeswoman' again: whom the spokesperson before spoke for (the body, by its name)
SPOKESPERSON_AGAIN = {
    "Mirefield Telecom": ("Mirefield Telecom will raise prices by 4% from May, a spokeswoman for the company said. "
                          "\"We are investing in fibre,\" the spokeswoman added.", "We are investing in fibre"),
    "Brenlow Housing Trust": ("A spokesperson for the Brenlow Housing Trust said repairs would start in June. "
                              "The spokesperson said tenants would be moved.", "tenants would be moved"),
    "": ('"The line reopens on Monday," the spokesman said.', "The line reopens on Monday"),  # none before: nobody
}


@trained
@pytest.mark.parametrize("body", sorted(SPOKESPERSON_AGAIN))
def test_the_spokesperson_again_speaks_for_whom_the_spokesperson_spoke_before(body):
    assert speaker(*SPOKESPERSON_AGAIN[body]) == body


@trained
def test_the_end_of_an_of_title_is_no_role_of_its_own():
    # "Minister of | State Deirdre Roe": the words after "of" end the title named in full, the role stays whole
    from extract.pipeline import extract_article

    for text, role in (("Minister of State Niamh Corcoran ruled out a sugar levy on Monday.", "Minister of State"),
                       ("Secretary of State Ruth Amadi said the treaty would be signed.", "Secretary of State")):
        ex = extract_article(text, lang="en", published="2026-03-02")
        assert [a.role for a in ex.actors if a.kind == "person"] == [role]
    # near miss: capitalised role words with no "of" before them are still the role
    ex = extract_article("Ward Sister Helen Kelleher said the unit was short of four nurses.", lang="en",
                         published="2026-03-02")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Helen Kelleher"]


# ---- a capitalised place or body before a role noun that ends the phrase names no one
@pytest.mark.parametrize("phrase, role, affiliation", [
    ("Kelbury coroner", "coroner", "Kelbury"),
    ("Ardmore harbourmaster", "harbourmaster", "Ardmore"),
    ("the Brightwater harbourmaster", "harbourmaster", "Brightwater"),
])
def test_capitalised_words_before_a_closing_role_are_its_place_not_a_name(phrase, role, affiliation):
    p = parse_phrase(phrase, "en")
    assert p.name == [] and p.role == role and p.affiliation == affiliation


def test_a_first_name_or_a_comma_keeps_the_name_before_a_role():
    assert parse_phrase("Joan coroner", "en").name == ["Joan"]  # a known first name stays a name
    assert parse_phrase("Kestrel, coroner", "en").name == ["Kestrel"]  # a comma sets a role apart


@trained
def test_a_headline_place_and_role_refers_to_the_person_of_that_role_in_the_story():
    text = ("Kelbury coroner: 'The crossing was a death trap'\n\nThe coroner for Kelbury, Anita Roscoe, "
            "recorded a verdict of accidental death on Thursday and said the level crossing should be closed.")
    assert speaker(text, "death trap") == "Anita Roscoe"


def test_a_surname_that_is_also_a_title_stays_the_name():
    assert parse_phrase("Police chief Marta Reeve", "en").name == ["Marta", "Reeve"]
    assert parse_phrase("Tobin Vale QC", "en").name == ["Tobin", "Vale"]



# ---- the span of a name (round 16): 'and' inside a body's name, a title before or after a person's name
NAME_SPANS = {
    "Sheep and Goat Breeders' Federation":
        "The lambing season was the worst in a decade, the Sheep and Goat Breeders' Federation said on Friday.",
    "Harrowby Fire and Rescue Service": "Two homes were evacuated overnight, according to Harrowby Fire and Rescue Service.",
    # two bodies joined by 'and' stay two: the first one's head closes its name
    "Greenway Housing Trust": "Greenway Housing Trust and Delmore Council said the rent rise was lawful.",
    # a housebuilder's or landlord's name (organisation_words.txt), later by its first word
    "Halden Properties": 'The developer, Halden Properties, denied the claims. Halden said it had "followed every rule".',
    # a surname that is a body's last word ('Power') after a title is a person's
    "Ellen Power": "Judge Ellen Power said the sentence would be suspended.",
    "Marcia Banks": "Superintendent Marcia Banks told parents the schools would open two hours late on Monday.",
    # a post-nominal title closes the name even after a title before it
    "Tobias Wren": "Judge Tobias Wren KC told the court the delay was regrettable.",
    # a British police rank abbreviated without dots refers back to the full name
    "Alan Greer": "Chief Superintendent Alan Greer visited the estate. Patrols would double, Ch Supt Greer said.",
}


@trained
@pytest.mark.parametrize("name, text", NAME_SPANS.items())
def test_a_name_keeps_its_inner_and_and_drops_the_titles_around_it(name, text):
    names = {s.speaker_name for s in extract_article(text, lang="en").statements}
    assert names == {name}, text


def test_a_capitalised_last_word_that_is_no_title_stays_in_the_name():
    assert parse_phrase("Judge Harriet Calloway Brown", "en").name == ["Harriet", "Calloway", "Brown"]


@trained
def test_a_lone_first_name_is_the_one_person_named_before_with_it():
    text = ("Two brothers run the boatyard. Tom Varley, 58, said orders had doubled. His brother Peter Varley "
            'was less sure. "The winter will tell," said Peter.')
    assert speaker(text, "The winter will tell") == "Peter Varley"
    two = 'Peter Lane and Peter Moss met the board on Monday. "It went well," said Peter.'
    assert speaker(two, "It went well") == "Peter"  # two Peters before: the name stays as written


def _tagged(words: str, pos: str, ents: str):
    """A hand-tagged doc: the NER's reading as given, not a model's."""
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words.split(), pos=pos.split(), ents=ents.split())


@pytest.mark.parametrize("words,pos,ents,spans", [
    # the NER's PERSON runs on over the 'and': no name ends before it, one body's name
    ("Dunmarsh Fire and Rescue Service said three crews came .", "PROPN PROPN CCONJ PROPN PROPN VERB NUM NOUN VERB PUNCT",
     "B-PERSON I-PERSON I-PERSON O O O B-CARDINAL O O O", [(0, 5)]),
    ("Lowfield Health and Care Trust moved staff .", "PROPN PROPN CCONJ PROPN PROPN VERB NOUN PUNCT",
     "B-GPE I-GPE I-GPE O O O O O", [(0, 5)]),
    # near miss: a person's name that ends before the 'and' stays out of the club's name
    ("Tom Baker and Kelby Rowing Club said no .", "PROPN PROPN CCONJ PROPN PROPN PROPN VERB INTJ PUNCT",
     "B-PERSON I-PERSON O B-ORG I-ORG I-ORG O O O", [(3, 6)]),
])
def test_an_and_inside_the_ners_name_joins_a_body_name(words, pos, ents, spans):
    from extract.en.bodies import name_spans
    assert name_spans(_tagged(words, pos, ents)) == spans


@trained
def test_a_fire_and_rescue_service_the_ner_cuts_after_and_is_one_body():
    assert speaker("Dunmarsh Fire and Rescue Service said three crews attended the blaze.", "three crews") \
        == "Dunmarsh Fire and Rescue Service"


@trained
def test_a_lone_first_name_that_is_a_surname_named_before_is_the_surname():
    text = ('Council leader Daniel Frank opened the meeting. His deputy, Frank Meyer, spoke next. '
            '"We will not raise the tax," said Frank.')
    assert speaker(text, "We will not raise the tax") == "Daniel Frank"


# ---- the antecedent search of last resort (actors/antecedents.py): kind, noun, recency, ties
@trained
@pytest.mark.parametrize("text,part,name", [
    # a word of the body's name
    ("The Ashdale Potters' Guild said kiln fuel had doubled in price. The guild said two studios would close.",
     "two studios would close", "Ashdale Potters' Guild"),
    ("The Friends of Corran Woods have planted 900 oaks. The friends said another 400 would follow in March.",
     "another 400 would follow", "Friends of Corran Woods"),
    # the noun an apposition gave the name, with or without an article
    ("Holloway Street Capital, the pension investor, bought 3% of the grocer Pell & Daw. "
     "The investor said the grocer's board had \"lost its way\".", "lost its way", "Holloway Street Capital"),
    ("Two ferries ran aground near Skerra, regional broadcaster KTV-4 said. Nobody was hurt, the broadcaster said.",
     "Nobody was hurt", "KTV-4"),
    ("The district coroner, Dr Maeve Linton, opened the inquest on Tuesday. The coroner said the ladder had been unsafe.",
     "the ladder had been unsafe", "Maeve Linton"),
    # "it" after a body apposed to a company noun, which the NER read as a person's name
    ("The brewer, Ostrel Ales, said in a statement that it would shut its Harwick site. "
     "It added that 60 staff would be offered transfers.", "60 staff would be offered transfers", "Ostrel Ales"),
    # a lead that describes a person before anyone is named: the one person who speaks next
    ("CALGARY — The city's chief librarian says loans of e-books have tripled since 2022. "
     "\"People read on the bus now,\" Dana Ruthven said Monday.", "loans of e-books have tripled", "Dana Ruthven"),
    # near misses: two bodies of that noun in one sentence (a tie); an unnamed source before the lead's description
    ("Carrow Guild and the Ferris Guild both opposed the levy. The guild said members would not pay.",
     "members would not pay", ""),
    ("A source close to the talks said a deal was near. The source added that Lena Moyle had signed off. "
     "Lena Moyle said nothing.", "a deal was near", ""),
])
def test_a_description_takes_up_the_body_or_person_named_before_or_none_on_a_tie(text, part, name):
    got = speaker(text, part)
    assert got is not None, "the statement is found"
    assert got == name


# ---- role-noun agreement: the candidate's age, office and kind decide, not only recency
@trained
@pytest.mark.parametrize("text,part,name", [
    ("Painter Rhoda Fenn, 38, opened the gallery with its owner, Silas Varga, 66. "
     "The 38-year-old said the show had taken two years.", "the show had taken two years", "Rhoda Fenn"),
    # (the age, not the subject, decides: the nearest subject alone would be Rhoda Fenn)
    ("Painter Rhoda Fenn, 38, opened the gallery with its owner, Silas Varga, 66. "
     "The 66-year-old said the show had taken two years.", "the show had taken two years", "Silas Varga"),
    ("Mayor Ilse Carrow defended the parking charge. Deputy mayor Owen Tate called it \"a tax on shoppers\". "
     "The mayor said the charge would be reviewed in spring.", "reviewed in spring", "Ilse Carrow"),
    ("Dr. Mina Okoye runs the clinic in Tarn Bay. Pharmacist Glen Arbuckle has worked there since 2019. "
     "The physician said the clinic needed two more nurses.", "two more nurses", "Mina Okoye"),
    ("Residents' group Keep Ashby Common has lodged an objection to the car park. "
     "The campaigners said the field had flooded every winter.", "flooded every winter", "Keep Ashby Common"),
    # near miss: no age the text gave fits, the nearest person named keeps it as before
    ("Caretaker Glen Arbuckle, 41, retired on Friday. The 41-year-old said he would miss the night shifts.",
     "miss the night shifts", "Glen Arbuckle"),
    # one word, a listed first name, after a relation noun: its gender lets "she"/"he" pass it by
    ("Ingrid Holm, 62, lost her barn in the fire. Her son, Erik, rang the brigade.\n\n"
     "\"I could not watch it burn,\" she said.", "I could not watch it burn", "Ingrid Holm"),
    ("Walter Prynne has run the ferry for forty years. His niece, Carys, now sells the tickets.\n\n"
     "\"The river is all I know,\" he said.", "The river is all I know", "Walter Prynne"),
    # many unnamed people at a place or a body are no speaker, nor is the place
    ("Stallholders on Quay Parade say the new parking charges have emptied the market.", "emptied the market", ""),
    ("Nurses at Linfield Cottage Hospital said they had not been paid for overtime since May.",
     "paid for overtime", ""),
    # (a place the NER reads as a name: the rules before this one gave it the speech)
    ("Shop owners on Elm Street say the roadworks cost them customers.", "the roadworks cost", ""),
    ("Parents at Scoil Mhuire in Drumlusk said the bus was always late.", "the bus was always late", ""),
    # one of them named after the place: that person speaks
    ("A nurse at Linfield Cottage Hospital, Ann Lodge, said staff were exhausted.", "staff were exhausted", "Ann Lodge"),
    # near miss: one capitalised word after the place is its town, no name
    ("A doctor at St James's Hospital, Dublin, said the wards were full.", "the wards were full", ""),
    ("A doctor at the Royal Infirmary, Edinburgh, said the wards were full.", "the wards were full", ""),
    # near miss: anonymous officials at a named body speak for it
    ("Officials at the Ministry of Ports said the harbour would reopen on Monday.", "harbour would reopen",
     "Ministry of Ports"),
    # near miss: campaigners with no campaign body named keep no speaker
    ("Campaigners gathered outside Marlow Town Hall. The campaigners said the library must stay open.",
     "the library must stay open", ""),
])
def test_age_office_kind_and_given_name_gender_choose_among_the_people_named_before(text, part, name):
    assert speaker(text, part) == name  # ('' found with no speaker; None: not found at all)


@pytest.mark.parametrize("text, name", [
    # "Rhys" is a listed man's name, but after "Lena Rhys" the lone "Rhys" is her: a later "he" is
    # the man named before, not a man "Rhys" of a given name's gender
    ("Lena Rhys chairs the board and Tom Carter runs the farm. Rhys opened the meeting. "
     "\"We will not sell the land,\" he said.", "Tom Carter"),
    ("Tom Carter runs the farm and Lena Rhys chairs the board. Rhys opened the meeting on Monday. "
     "\"We will not sell the land,\" he said.", "Tom Carter"),
    # near miss: "she" is Lena Rhys, whom the lone surname names again
    ("Lena Rhys chairs the board. Rhys opened the meeting. \"We will not sell the land,\" she said.", "Lena Rhys"),
])
def test_a_lone_name_that_is_another_persons_surname_is_that_person_with_no_given_name_gender(text, name):
    from extract.actors.article import ArticleActors
    from extract.model import Mention

    assert speaker(text, "We will not sell the land") == name
    spans = [(m, text.index(m)) for m in ("Lena Rhys", "Tom Carter") if m in text]
    spans.append(("Rhys", text.index("Rhys opened")))
    actors = ArticleActors(text, "en", [Mention((at, at + len(m)), "person") for m, at in spans])
    actors._given_name_genders(len(text))
    assert sorted((a.name, actors._gender.get(a.id)) for a in actors.actors) == \
        sorted((n, {"Lena Rhys": "f", "Tom Carter": "m"}[n]) for n, _ in spans[:-1])


# ---- the word index that tells a common word from a name before a role (actors/english_words.py)
@trained
@pytest.mark.parametrize("word,known", [
    ("Health", True), ("Works", True), ("Tenants'", True), ("Summit", True),
    ("Cybersecurity", True), ("Agritech", True), ("Biosecurity", True),
    ("Kelverton", False), ("Averill", False), ("U.S.", False), ("Lac-Sombreval", False),
    ("Ecclestone", False), ("Telford", False), ("Biot", False),
])
def test_a_common_word_is_told_from_a_name(word, known):
    from extract.actors.english_words import is_dictionary_word
    assert is_dictionary_word(word) is known


# ---- a surname read as a body is a known person only where its article refers to it as a person
@pytest.mark.parametrize("first, second, same", [
    ("Deputy Maeve Considane said she opposes the Ballyhale incinerator.",
     "Deputy Considane, who spoke at the meeting, now supports the Ballyhale incinerator.", True),
    ("Councillor Ada Okonkwo-Reyes said she opposes the Millbrook wind farm.",
     "Okonkwo-Reyes repeated her support for the Millbrook wind farm on Tuesday, reversing her earlier view.", True),
    # a firm of the surname: described or taken up as a body
    ("Councillor Tom Harlend said he opposes the Eastgate retail park.",
     "Harlend, the construction firm, said it supports the Eastgate retail park and will bid for the contract.", False),
    ("Mayor John Marchbank said he opposes the new supermarket on Quay Street.",
     "Marchbank's said it supports the new supermarket on Quay Street.", False),
    ("Councillor Ann Tarrant said she opposes the bypass.", "Tarrant, the insurer, said the bypass should go ahead.", False),
])
def test_a_surname_read_as_a_body_is_the_known_person_only_if_its_article_takes_it_as_one(first, second, same):
    from extract.actors.across import match_actor
    known, later = _actors_of(first), _actors_of(second)
    assert match_actor(later[0], known) == (known[0].id if same else None)


# Round 26 (r26-en-spk, reread rr26-en-spk): the head noun of an apposed role phrase is the role
# (mentions._head_after_role), only over describing words: no function word between the two
@pytest.mark.parametrize("phrase, role", [
    ("Ines Halvergate, a consultant orthopaedic surgeon", "surgeon"),  # (the statement's role keeps the grade)
    # near misses: the later role word is another person's, after a participle, a preposition, an article
    ("Ann Lodge, a nurse married to a surgeon", "nurse"),
    ("Ann Lodge, a lawyer for the teacher", "lawyer"),
    ("Tom Reddan, chairman and chief executive of Reddan Group", "chairman"),
])
def test_the_head_noun_of_an_apposed_role_phrase_is_the_role(phrase, role):
    assert parse_phrase(phrase, "en").role.casefold() == role
