"""Round 29 (r29-changes): a person named by surname in a later article is the known person of that
surname unless a role, affiliation or gender speaks against it; what speaks against it is read as
offices (one title in both genders, a council member and her group's office, a kind of body as
affiliation), and a person whose name its article read as a body ("Ruairí Mac Crannlaoich") is found."""
from extract.actors import match_actor
from extract.model import Actor


def test_a_title_in_the_other_gender_is_the_same_role():
    from extract.actors.across import _roles_match, gender_forms, title_gender

    assert gender_forms("Stadträtin") == ("stadtrat",)
    assert "gemeinderätin" in gender_forms("Gemeinderat")
    assert _roles_match("Stadtrat", "Stadträtin")
    assert not _roles_match("Stadtrat", "Landrätin")
    # an umlauted feminine title gives its gender, so a man of that surname is no "Stadträtin"
    assert title_gender("Stadträtin") == "f"
    hans = Actor("h1", "Hans Sanddorn", kind="person", role="Stadtrat")
    assert match_actor(Actor("x", "Sanddorn", kind="person", role="Stadträtin"), [hans]) is None


def test_a_council_member_later_named_by_her_group_office_is_one_person():
    almut = Actor("a1", "Almut Gerstenkorn-Lüdde", kind="person", role="Gemeinderat",
                  affiliation="Bürgerliste von Wendlingsmoor")
    later = Actor("x", "Gerstenkorn-Lüdde", kind="person", role="Fraktionschefin", affiliation="Fraktion")
    assert match_actor(later, [almut]) == "a1"
    gesa = Actor("g1", "Gesa Brinkhege", kind="person", role="Ratsfrau")
    assert match_actor(Actor("x", "Brinkhege", kind="person", role="SPD-Fraktionschefin", affiliation="SPD"), [gesa]) == "g1"
    # a mayor or district chief is elected apart: another office, kept apart
    hanne = Actor("b1", "Hanne Lohse", kind="person", role="Bürgermeisterin")
    assert match_actor(Actor("x", "Lohse", kind="person", role="Gemeinderätin"), [hanne]) is None
    eva = Actor("e1", "Eva Quast", kind="person", role="Landrätin")
    assert match_actor(Actor("x", "Quast", kind="person", role="Kreisrätin"), [eva]) is None


def test_cllr_is_the_council_leader_but_not_another_bodys_leader():
    priya = Actor("p1", "Priya Halloran", kind="person", role="Leader", affiliation="Marlow Heath")
    assert match_actor(Actor("x", "Halloran", kind="person", role="Cllr"), [priya]) == "p1"
    dana = Actor("d1", "Dana Whitcombe", kind="person", role="Group leader")
    assert match_actor(Actor("x", "Whitcombe", kind="person", role="Cllr"), [dana]) == "d1"
    ruth = Actor("r1", "Ruth Carvell", kind="person", role="Opposition leader")
    assert match_actor(Actor("x", "Carvell", kind="person", role="Cllr"), [ruth]) is None
    sam = Actor("s1", "Sam Rourke", kind="person", role="union leader")
    assert match_actor(Actor("x", "Rourke", kind="person", role="Cllr"), [sam]) is None


def test_a_named_affiliation_still_contradicts_another_named_one():
    from extract.actors.across import _contradicts

    known = Actor("k", "Jorinde Abeling", kind="person", role="Fraktionschefin", affiliation="Bürgerforum")
    assert not _contradicts(known, Actor("x", "Abeling", kind="person", role="Fraktionschefin", affiliation="Fraktion"))
    assert _contradicts(known, Actor("x", "Abeling", kind="person", role="Fraktionschefin", affiliation="Neue Mitte"))


def test_a_particle_name_read_as_a_body_is_the_person_of_that_surname():
    deputy = Actor("m1", "Ruairí Mac Crannlaoich", kind="organisation")
    assert match_actor(Actor("x", "Mac Crannlaoich", kind="person", role="Deputy"), [deputy]) == "m1"
    # the surname without its particle, or a body's name with a particle, is no such person
    assert match_actor(Actor("x", "Crannlaoich", kind="person"), [deputy]) is None
    bank = Actor("b1", "Banco de España", kind="organisation")
    assert match_actor(Actor("x", "España", kind="person"), [bank]) is None
    assert match_actor(Actor("x", "Pablo de España", kind="person"), [bank]) is None


def test_only_the_body_kind_of_the_own_role_says_nothing():
    from extract.actors.across import _contradicts

    # "Stadtwerke" and "Polizei" are kinds of body, but not of the role "Sprecher": still two bodies
    known = Actor("k", "Jan Oltmann", kind="person", role="Sprecher", affiliation="Stadtwerke")
    assert _contradicts(known, Actor("x", "Oltmann", kind="person", role="Sprecher", affiliation="Polizei"))


def test_a_role_mention_whose_pronoun_is_of_the_other_gender_is_not_the_known_holder():
    from extract.actors.across import speaker_of_mention

    ceo = Actor("e1", "Margaret Ashcombe", kind="person", role="Chief executive", affiliation="Pellward Rail")
    text = "Pellward Rail replaced Ashcombe with Tobias Wrenfield. Pellward's chief executive said he backed the levy."
    at = text.index("Pellward's chief")
    assert speaker_of_mention("Pellward's chief executive", [], [ceo], text, at) is None
    assert speaker_of_mention("Pellward's chief executive", [], [ceo], text.replace(" he ", " she "), at) == "e1"


def test_a_party_leader_is_no_councillor_of_that_surname():
    # (reread rr29-changes) a bare "Leader" whose affiliation names a body leads that body, no council
    cllr = Actor("x", "Halloran", kind="person", role="Cllr")
    for aff in ("Green Party", "Scottish Conservatives", "Labour", "Brockhurst Women Institute"):
        leader = Actor("p1", "Priya Halloran", kind="person", role="Leader", affiliation=aff)
        assert match_actor(cllr, [leader]) is None, aff
    deputy = Actor("k1", "Kevin Ashdown", kind="person", role="Deputy leader", affiliation="Scottish Conservatives")
    assert match_actor(Actor("x", "Ashdown", kind="person", role="Councillor"), [deputy]) is None
    # the council's leader keeps the council's place as affiliation: still the councillor
    council = Actor("p1", "Priya Halloran", kind="person", role="Leader", affiliation="Marlow Heath")
    assert match_actor(cllr, [council]) == "p1"


def test_a_known_mans_title_keeps_a_later_stadtraetin_apart():
    # (reread rr29-changes) a first name the list lacks: the known title's gender speaks instead
    folkert = Actor("f1", "Folkert Behrens", kind="person", role="Stadtrat")
    assert match_actor(Actor("x", "Behrens", kind="person", role="Stadträtin"), [folkert]) is None
    assert match_actor(Actor("x", "Behrens", kind="person", role="Stadtrat"), [folkert]) == "f1"


def test_a_pronoun_after_another_named_person_gives_no_gender():
    from extract.actors.across import speaker_of_mention

    old = Actor("e1", "Hermione Ashcombe", kind="person", role="Chief executive", affiliation="Pellward Rail")
    new = Actor("e2", "Tobias Wrenfield", kind="person", role="Chief executive", affiliation="Pellward Rail")
    text = "Pellward's chief executive thanked Ashcombe for her years in the job and said she backed the levy."
    assert speaker_of_mention("Pellward's chief executive", [], [old, new], text, 0) is None
    ingrid = Actor("i1", "Ingrid Solvang-Reyes", kind="person", role="Chief executive", affiliation="Nordkapp Ferries")
    text = "Nordkapp's chief executive told Mr Holt that he had been right and said that she backed the fee."
    assert speaker_of_mention("Nordkapp's chief executive", [], [ingrid], text, 0) == "i1"
    # a German "her" (a verb's particle) is no English pronoun
    landrat = Actor("l1", "Detlef Wübbena", kind="person", role="Landrat", affiliation="Almstein")
    text = "Der Landrat von Almstein stellte den Plan her und befürwortet das Klinikum."
    assert speaker_of_mention("Der Landrat von Almstein", [], [landrat], text, 0) == "l1"


def test_a_leader_of_a_council_area_is_the_councillor():
    district = Actor("g1", "Gillian Ashworth", kind="person", role="Leader", affiliation="Fenmoor District")
    assert match_actor(Actor("x", "Ashworth", kind="person", role="Cllr"), [district]) == "g1"


def test_a_surname_with_another_particle_is_another_person():
    grainne = Actor("g1", "Gráinne Nic Conmara", kind="person")
    assert match_actor(Actor("x", "Mac Conmara", kind="person", role="Deputy"), [grainne]) is None
    assert match_actor(Actor("x", "Nic Conmara", kind="person", role="Deputy"), [grainne]) == "g1"
    assert match_actor(Actor("x", "Conmara", kind="person"), [grainne]) == "g1"


def test_a_district_council_is_no_school_district():
    # (round 30: "district" alone is a school district, "district council" the council; its leader's
    # affiliation is the council's place, as for "county council")
    from extract.actors.mentions import parse_phrase

    p = parse_phrase("The leader of Fenmoor district council, Gillian Ashworth", "en")
    assert (p.role, p.affiliation) == ("leader", "Fenmoor")
    assert parse_phrase("Fenmoor district council", "en").entity.name == "Fenmoor District Council"
    assert parse_phrase("the district said", "en").entity.name == "school district"


def test_a_council_leader_of_a_place_is_the_leader_of_that_place():
    from extract.actors.across import speaker_of_mention

    # (round 30: "council" beside the place is the kind of body the role belongs to, no second place)
    leader = Actor("g1", "Gillian Ashworth", kind="person", role="Leader", affiliation="Fenmoor")
    text = "Fenmoor's council leader has said she now supports the plant."
    assert speaker_of_mention("Fenmoor's council leader", [], [leader], text, 0) == "g1"
    assert speaker_of_mention("Kelby's council leader", [], [leader], text.replace("Fenmoor", "Kelby"), 0) is None
