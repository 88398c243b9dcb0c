"""extract/positions/frames_en.py: the English stance reader over the spaCy parse. All names are
invented; the sentences are not those of the eval files."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.test_stances_en_negation import en_stances  # noqa: E402  (the one reader of the English tests)


def test_curly_apostrophes_parse_like_straight_ones():
    curly = en_stances("Alderman Pia Voss says she\u2019s not against the harbour ferry, but fares must stay low.", "Pia Voss")
    straight = en_stances("Alderman Pia Voss says she's not against the harbour ferry, but fares must stay low.", "Pia Voss")
    assert ("harbour ferry", 1) in curly
    assert curly == straight


def test_a_company_named_by_its_name_speaks_through_its_officer():
    assert ("depot", 1) in en_stances("Brackwell Airlines will not give up its Orsk depot, CEO Tilde Marr said.",
                                      "CEO Tilde Marr")
    assert ("takeover", -1) in en_stances("Holmfirth Capital will vote against the takeover, founder Ivo Stent said.",
                                          "founder Ivo Stent")
    # a person named as the subject is no body: her position is not the officer's
    assert not en_stances("Greta Holm will vote against the takeover, CEO Ivo Stent said.", "CEO Ivo Stent")


def test_a_council_member_speaks_for_the_council():
    assert ("playing field", 1) in en_stances(
        "Cllr Nora Faint said the council would not sell off the Dunley playing fields.", "Cllr Nora Faint")


def test_light_verb_idioms_take_the_position_of_their_noun():
    assert ("road toll", -1) in en_stances("Senator Ivy Crane took a swipe at the road toll.", "Ivy Crane")
    assert ("road toll", 1) in en_stances("Senator Ivy Crane gave the green light to the road toll.", "Ivy Crane")
    assert ("road toll", -1) in en_stances("Senator Ivy Crane put the brakes on the road toll.", "Ivy Crane")
    assert ("road toll", -1) in en_stances("Senator Ivy Crane turned her back on the road toll.", "Ivy Crane")


def test_pulling_the_plug_ends_what_the_plug_keeps_going():
    # +1 of "plug on X", flipped by the ending verb "pull": against X
    assert en_stances("Governor Hal Strand pulled the plug on the night ferry.", "Hal Strand") == {("night ferry", -1)}


def test_a_thing_met_with_a_feeling_takes_its_sign():
    assert ("bus timetable", 1) in en_stances("Mayor Una Kell greeted the bus timetable with relief.", "Una Kell")
    assert ("bus timetable", -1) in en_stances("Mayor Una Kell received the bus timetable with dismay.", "Una Kell")


def test_quantity_nouns_pass_to_what_they_count():
    assert ("fuel subsidy", -1) in en_stances("Banker Oda Lind warned against a fresh round of fuel subsidies.", "Oda Lind")


def test_plural_lemmas_of_works_and_taxes():
    assert ("steelworks", 1) in en_stances("Union leader Bo Hale praised the Kelby steelworks.", "Bo Hale")
    assert ("carbon tax", -1) in en_stances("Senator Ivy Crane opposed carbon taxes.", "Ivy Crane")
    assert ("sewage treatment works", 1) in en_stances("Bo Hale welcomed the new sewage treatment works.", "Bo Hale")
    # a plural merely ending in -works is a plural like any other: the same target as its singular
    assert ("cycle network", 1) in en_stances("Mayor Ada Voss praised the new cycle networks.", "Ada Voss")


def test_a_versioned_thing_is_the_same_target():
    assert ("pay offer", 1) in en_stances("Union chief Ola Brandt backed the improved pay offer.", "Ola Brandt")


def test_a_participle_on_others_reports_their_position():
    assert not en_stances("Clerk Wyn Harrow said forty emails opposing the bypass had arrived.", "Wyn Harrow")
    assert ("bypass", -1) in en_stances("Clerk Wyn Harrow said he opposed the bypass.", "Wyn Harrow")


def test_a_judgement_hung_on_the_called_object_judges_it():
    # the parser hangs the second judgement on the first ('"a shed" and "a failure"') or on the object
    assert ("bus depot", -1) in en_stances('Architect Lena Frey called the new bus depot "a shed with ambitions" '
                                           'and "a failure of nerve".', "Lena Frey")
    assert en_stances("Lena Frey called the tax and the toll a disgrace.", "Lena Frey") >= {("tax", -1), ("toll", -1)}


def test_a_noun_hyphened_to_a_participle_is_part_of_the_target():
    assert ("nurse-led clinic", 1) in en_stances("Lena Frey praised the nurse-led clinic.", "Lena Frey")
    assert ("flyover", -1) in en_stances("Lena Frey opposed the long-delayed flyover.", "Lena Frey")  # an adverb is not


def test_a_preposition_without_object_is_the_verbs_particle():
    assert ("sugar levy", 1) in en_stances("Lena Frey said the sugar levy must kick in by spring.", "Lena Frey")
    assert not en_stances("Lena Frey said the toll would come in next year.", "Lena Frey")  # a plan, no demand


def test_an_idiom_inside_an_outer_frame_is_read_once_by_it():
    # "warned against pulling the plug on X": for X, and no second, opposite reading of the inner idiom
    assert en_stances("Lena Frey warned against pulling the plug on the night ferry.", "Lena Frey") == {("night ferry", 1)}


def test_no_subject_is_no_officers_body():
    from extract.positions.frames_en import officers_body

    assert officers_body(None, {"ceo", "tilde", "marr"}) is False


def test_a_plural_read_as_the_verb_of_a_clause_is_the_object():
    # the parser reads "treatment works" as a clause ("treatment" subject of "works") after "opposes"
    assert ("sewage treatment works", -1) in en_stances(
        "Campaigner Owen Tarrant has said he opposes the new sewage treatment works on the River Lune.", "Owen Tarrant")
    # a real clause with its own marker stays a clause: the idea is what she opposes
    found = en_stances("Mayor Ann Holt said she opposes the idea that the council works on Sundays.", "Ann Holt")
    assert ("idea", -1) in found and not any(t.endswith("works") for t, _ in found)


def test_a_bare_definite_noun_points_back_to_the_compound_named_before():
    from extract.positions import judge

    before = "Parents in Dunmere have asked the council to bring in a school street scheme. "
    j = judge("she backs the scheme", "said", "en", speaker="Ilse Wray",
              frame_text="Head teacher Ilse Wray said she backs the scheme.", context=before)
    assert j.stance.get("school street scheme") == 1 and j.stance.get("school street") == 1
    before = "Bakers in Hollin want a flour tariff lifted. Doctors have urged ministers to bring in a salt levy on crisps. "
    j = judge("he supports the levy", "said", "en", speaker="Dr Rafe Lund",
              frame_text="Dr Rafe Lund said he supports the levy.", context=before)
    assert j.stance.get("salt levy") == 1
    # a noun with a modifier of its own ("the new levy") is not one pointing back: the noun as written
    j = judge("he supports the new levy", "said", "en", speaker="Dr Rafe Lund",
              frame_text="Dr Rafe Lund said he supports the new levy.", context=before)
    assert "salt levy" not in j.stance and j.stance.get("levy") == 1


def test_a_paper_the_speaker_put_in_takes_her_position():
    assert ("incinerator", -1) in en_stances("Cllr Ada Penn filed a motion opposing the incinerator.", "Cllr Ada Penn")
    assert ("cycle lane", 1) in en_stances("Senator Ivy Crane tabled an amendment backing the cycle lanes.", "Ivy Crane")
    # a paper others put in stays their position, also when the speaker reports it
    assert not en_stances("Cllr Ada Penn said residents had lodged a petition opposing the incinerator.", "Cllr Ada Penn")
    assert not en_stances("Lawyers for the port filed papers opposing the incinerator, Cllr Ada Penn said.", "Cllr Ada Penn")


def test_hyphened_judgement_nouns_are_read_whole():
    assert ("ferry levy", -1) in en_stances("Alderman Pia Voss said the ferry levy was a non-starter.", "Pia Voss")
    assert ("ferry levy", -1) in en_stances("Alderman Pia Voss called the ferry levy a non-starter.", "Pia Voss")
    assert ("ferry levy", 1) in en_stances("Alderman Pia Voss gave the go-ahead to the ferry levy.", "Pia Voss")


def test_must_under_a_rule_reports_the_rule_not_a_demand():
    assert not en_stances("The plastics law comes into force in May, and cafes must accept reusable cups, Ilse Wray said.",
                          "Ilse Wray")
    assert not en_stances("Under the new regulations, cafes must accept reusable cups, Ilse Wray said.", "Ilse Wray")
    # a demand beside a judgement of the rule, or with no rule, stays a demand
    assert ("reusable cup", 1) in en_stances("Ilse Wray said cafes must accept reusable cups.", "Ilse Wray")
    assert ("law", -1) in en_stances("Ilse Wray said the law is unfair and ministers must scrap it.", "Ilse Wray")


def test_a_go_ahead_given_to_a_thing_is_for_it():
    assert ("road toll", 1) in en_stances("Senator Ivy Crane gave the road toll the go-ahead.", "Ivy Crane")
    assert ("road toll", 1) in en_stances("Senator Ivy Crane gave the road toll the green light.", "Ivy Crane")
    assert ("scheme", -1) in en_stances("Senator Ivy Crane said she would not give the scheme her blessing.", "Ivy Crane")
    # given to people or a body: the receiver is no thing one is for
    assert not en_stances("Senator Ivy Crane gave the developers the go-ahead.", "Ivy Crane")
    assert not en_stances("Senator Ivy Crane gave the council the green light.", "Ivy Crane")


def test_a_hyphened_modifier_is_one_word_of_the_target():
    assert ("no-deposit loan", -1) in en_stances("Senator Ivy Crane said she opposed the no-deposit loans.", "Ivy Crane")
    assert ("part-time contract", -1) in en_stances(
        "Alderman Pia Voss warned against any part-time contracts for nurses.", "Pia Voss")
    # a counted modifier stays out whole ("the 12-month trial": how long, not what)
    assert ("trial", -1) in en_stances("Senator Ivy Crane opposed the 12-month trial.", "Ivy Crane")


def test_a_noun_that_carries_an_act_passes_on_to_its_thing():
    assert ("sports hall", 1) in en_stances(
        "Cllr Ada Penn welcomed the board's decision to open a sports hall in Dunley.", "Cllr Ada Penn")
    assert ("speed camera", 1) in en_stances("Alderman Pia Voss praised the approval of speed cameras on Mill Road.", "Pia Voss")
    assert ("harbour toll", 1) in en_stances(
        "Senator Ivy Crane said she had no quarrel with the principle of a harbour toll.", "Ivy Crane")
    # a decision with nothing named after it stays the target
    assert ("decision", -1) in en_stances("Senator Ivy Crane criticised the decision by the board on Monday.", "Ivy Crane")


def test_letting_a_thing_happen_acts_on_the_thing():
    assert ("casino", -1) in en_stances("Alderman Pia Voss warned against letting the casino go ahead.", "Pia Voss")
    assert ("market", 1) in en_stances("Cllr Ada Penn argued for letting the market stay on the square.", "Cllr Ada Penn")
    # letting people do something names no thing
    assert ("children", -1) not in en_stances(
        "Alderman Pia Voss warned against letting the children play near the weir.", "Pia Voss")


def test_a_police_chief_speaks_for_the_force():
    chief = "Chief Constable Hal Brey"
    said = {text: en_stances(text, chief) for text in (
        f"{chief} said the force did not want baton rounds.",
        f"{chief} said the force backs the new dog unit.",
        f"{chief} said campaigners did not want baton rounds.")}  # (others named as the subject: their own position)
    assert [("baton round", -1) in st or ("dog unit", 1) in st for st in said.values()] == [True, True, False]


def test_a_judgement_joined_to_a_passive_judges_its_subject():
    assert ("parking levy", -1) in en_stances(
        "Cllr Ada Penn said the parking levy was badly designed and unfair.", "Cllr Ada Penn")
    assert ("ferry timetable", 1) in en_stances(
        "Alderman Pia Voss said the ferry timetable was carefully planned and sensible.", "Pia Voss")
    # others' judgement, reported
    assert not en_stances("Critics say the parking levy was badly designed and unfair, Cllr Ada Penn said.", "Cllr Ada Penn")


def test_deal_judging_nouns_of_british_usage():
    assert ("pay deal", -1) in en_stances("Union leader Tam Royle called the pay deal a stitch-up.", "Tam Royle")
    assert ("pension offer", -1) in en_stances("Tam Royle said the pension offer was a sell-out.", "Tam Royle")


def test_a_hyphened_prefix_after_a_copula_is_a_position():
    assert ("toll", -1) in en_stances("Alderman Pia Voss is anti-tolls.", "Pia Voss")
    assert ("car", 1) in en_stances("Alderman Pia Voss said she was not anti-car but wanted safer streets.", "Pia Voss")
    assert ("fracking", 1) in en_stances("Cllr Ada Penn said she had always been pro-fracking.", "Cllr Ada Penn")
    # a prefixed modifier of a noun names others, not the speaker's position
    assert not en_stances("Alderman Pia Voss joined anti-dam protesters on Friday.", "Pia Voss")


def test_praised_or_blamed_for_a_thing_is_a_position_on_the_thing():
    assert ("parking levy", -1) in en_stances("Alderman Pia Voss praised Hale Council for scrapping the parking levy.", "Pia Voss")
    assert ("library", 1) in en_stances("Cllr Ada Penn criticised the board for closing the library.", "Cllr Ada Penn")
    # a person or body criticised with no "for": the one criticised stays the target
    assert ("minister", -1) in en_stances("Cllr Ada Penn criticised the minister.", "Cllr Ada Penn")
    assert ("ferry timetable", -1) in en_stances("Cllr Ada Penn savaged the ferry timetable.", "Cllr Ada Penn")


def test_hyphened_judgements_of_a_plan():
    assert ("ferry levy", -1) in en_stances("Cllr Ada Penn called the ferry levy half-baked.", "Cllr Ada Penn")
    assert ("tram extension", -1) in en_stances("Cllr Ada Penn said the tram extension was ill-judged.", "Cllr Ada Penn")
    # the judged ones are the critics: for the thing they criticise
    assert ("tram extension", 1) in en_stances(
        "Cllr Ada Penn said critics of the tram extension were wrong-headed.", "Cllr Ada Penn")
