"""Round 8: who a later article's role, pronoun or bare name is (and the wrong-person guard), and
conditional positions, which change nothing."""
from extract.actors import match_actor
from extract.actors.across import speaker_of_mention
from extract.model import Actor, Statement
from extract.pipeline import extract_article
from extract.positions import find_changes, judge
from store import Filter, Store

KARGL = Actor("k1", "Hubert Kargl", kind="person", role="Landrat", affiliation="Oberfels")
TANN = Actor("k2", "Mona Tann", kind="person", role="Landrätin", affiliation="CSU")


def test_a_bare_role_goes_to_the_one_known_actor_only_where_the_article_agrees():
    # kept: the article names his district, or a target he spoke on
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat von Oberfels sagte …", 0) == "k1"
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat lehnt die Kreisklinik ab.", 0,
                              lambda aid: {"Kreisklinik"}) == "k1"
    # refused: nothing in the article agrees, or no article text at all
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat lehnt die Kreisklinik ab.", 0,
                              lambda aid: {"Windpark"}) is None
    assert speaker_of_mention("Der Landrat", [], [KARGL]) is None
    # a role named in the article itself needs no more
    assert speaker_of_mention("Der Landrat", [KARGL], [KARGL]) == "k1"


def test_a_role_with_a_place_needs_that_place():
    assert speaker_of_mention("Der Landrat des Landkreises Oberfels", [], [KARGL]) == "k1"
    assert speaker_of_mention("Der Landrat des Landkreises Unterau", [], [KARGL]) is None
    assert speaker_of_mention("Der Landrat des Nachbarkreises", [KARGL], [KARGL]) is None
    assert speaker_of_mention("Oberfelser Landrätin", [], [KARGL, TANN]) is None  # the CSU is no place of hers


def test_a_pronoun_after_a_known_surname_is_that_person_of_its_gender():
    text = "Im Streit um die Seilbahn lenkt Kargl ein. „Ich bin dafür“, sagte er."
    assert speaker_of_mention("er", [], [KARGL, TANN], text, text.index("er.")) == "k1"
    assert speaker_of_mention("sie", [], [KARGL, TANN], text, text.index("er.")) is None  # Hubert is no "sie"
    assert speaker_of_mention("er", [], [KARGL], "„Ich bin dafür“, sagte er.", 21) is None  # no surname before


def test_a_role_named_actor_matches_by_its_place_and_a_bare_company_name_by_its_name():
    hoppe = Actor("k3", "Christa Hoppe", kind="person", role="Oberbürgermeisterin", affiliation="Eulenberg")
    assert match_actor(Actor("x", "Eulenbergs Oberbürgermeisterin", kind="person"), [hoppe]) == "k3"
    assert match_actor(Actor("x", "Talheims Oberbürgermeisterin", kind="person"), [hoppe]) is None
    assert match_actor(Actor("x", "Oberbürgermeisterin", kind="person"), [hoppe]) is None  # nothing agrees
    firm = Actor("k4", "Fjordnet", kind="organisation")
    assert match_actor(Actor("x", "Fjordnet", kind="person"), [firm]) == "k4"
    assert match_actor(Actor("x", "Fjordnet Holm", kind="person"), [firm]) is None


def stored(tmp_path, days, lang):
    """A store (in tmp_path, never the user's) with the articles of ``days`` (date, text)."""
    store = Store(tmp_path / "w.json")
    for day, text in days:
        store.add(extract_article(text, lang=lang, published=day))
    return store


def said(sid, article, date, stance, words):
    return Statement(sid, article, [(0, 1)], "…", "statement", speaker="p", date=date, stance=stance,
                     stance_evidence=words)


def test_a_conditional_position_is_no_change():
    j = judge("", "", "en", frame_text="She said she could accept the closure of the unit only if a new unit opened first.")
    assert any("only if" in ws for ws in j.evidence.values())
    before = said("s1", "a1", "2026-01-01", {"unit": 1}, {"unit": ["opposes", "closure"]})
    after = said("s2", "a2", "2026-03-01", {"unit": -1}, {"unit": ["accept", "closure", "only if"]})
    assert find_changes([before, after]) == []
    plain = said("s3", "a3", "2026-05-01", {"unit": -1}, {"unit": ["accept", "closure"]})
    assert [(c.before_stance, c.after_stance) for c in find_changes([before, after, plain])] == [(1, -1)]


def test_the_store_reads_a_later_pronoun_and_refuses_a_role_of_another_district(tmp_path):
    days = [("2031-01-10", "Landrat Egon Pfister (CSU) lehnt die geplante Windkraftanlage am Buchberg ab. "
                           "„Die Windkraftanlage zerstört den Wald“, sagte Pfister."),
            ("2031-03-10", "Der Landrat des Landkreises Talbrunn befürwortet die Windkraftanlage am Buchberg dagegen."),
            ("2031-05-10", "Im Streit um die Windkraftanlage am Buchberg lenkt Pfister ein. „Ich unterstütze die "
                           "Windkraftanlage jetzt“, sagte er am Montag.")]
    store = stored(tmp_path, days, "de")
    changes = store.changes(Filter())
    assert [(c.target, c.before_stance, c.after_stance, c.before_date[:7]) for c in changes] == [
        ("Windkraftanlage", -1, 1, "2031-01")]


def test_a_lone_surname_with_another_party_in_brackets_is_someone_else():
    pfister = Actor("k5", "Egon Pfister", kind="person", role="Landrat", affiliation="CSU")
    text = "Pfister (SPD) lehnt das ab."
    assert speaker_of_mention("Pfister", [], [pfister], text, 0) is None
    assert speaker_of_mention("Pfister", [], [pfister], "Pfister (CSU) lehnt das ab.", 0) == "k5"
    assert speaker_of_mention("Pfister", [], [pfister], "Pfister lehnt das ab.", 0) == "k5"


def test_a_role_noun_of_a_reference_or_an_abbreviated_title_names_the_role():
    harrow = Actor("k6", "Wendell Harrow", kind="person", role="Gov.", affiliation="Nevada")
    assert speaker_of_mention("The governor", [harrow], [harrow]) == "k6"
    chief = Actor("k7", "Anke Rissmann", kind="person", role="Ministerpräsidentin")
    assert speaker_of_mention("Die Regierungschefin", [chief], [chief]) == "k7"
    assert speaker_of_mention("Der Bürgermeister", [chief], [chief]) is None


def test_an_actor_named_by_a_generic_noun_is_the_known_one_the_article_agrees_with(tmp_path):
    """"the union" of a later article is the union of the first when the article names its matter;
    in an article on something else it is nobody known, and it never becomes a name of the union."""
    from extract.actors.across import actor_of_reference

    union = Actor("k8", "Harbour Workers' Union", kind="organisation")
    the_union = Actor("x", "Union", kind="organisation")
    on = lambda aid: {"automation"}  # noqa: E731
    assert actor_of_reference(the_union, [union], "the union now backs the automation of the terminal", on) == "k8"
    assert actor_of_reference(the_union, [union], "the union called a strike over pay", on) is None
    days = [("2031-01-28", "The Harbour Workers' Union opposed the automation of the container terminal, warning that "
                           "400 jobs were at risk."),
            ("2031-05-19", "After securing a jobs guarantee, the union now backs the automation of the container "
                           "terminal. It said the deal protected every current worker.")]
    store = stored(tmp_path, days, "en")
    assert [(c.target, c.before_stance, c.after_stance) for c in store.changes(Filter())] == [("automation", -1, 1)]
    assert [a.name for a, _ in store.actors()] == ["Harbour Workers' Union"]
    assert all("Union" not in a.aliases for a, _ in store.actors())


def test_a_role_read_as_a_body_is_the_person_of_that_role_where_the_article_agrees():
    from extract.actors.across import actor_of_reference

    landesrat = Actor("x", "Landesrat", kind="organisation")
    him = Actor("k9", "Gernot Prettenhofer", kind="person", role="Landesrat")
    on = lambda aid: {"Murkraftwerk"}  # noqa: E731
    assert actor_of_reference(landesrat, [him], "lehnt das Murkraftwerk ab, sagte der Landesrat", on) == "k9"
    assert actor_of_reference(landesrat, [him], "Die Musikschule bleibt, sagte der Landesrat", on) is None
    other = Actor("k10", "Ida Rainer", kind="person", role="Landesrätin")
    assert actor_of_reference(landesrat, [him, Actor("k11", "Max Ott", kind="person", role="Landesrat")],
                              "lehnt das Murkraftwerk ab", on) is None  # two of that role: nobody
    assert actor_of_reference(landesrat, [him, other], "lehnt das Murkraftwerk ab", on) == "k9"
