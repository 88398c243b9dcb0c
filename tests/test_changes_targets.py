"""Position changes: which targets of one speaker are the same thing across statements."""
from extract.model import Statement
from extract.positions import find_changes, same_targets, same_wording
from extract.positions.changes import generic_head_of, named_thing


def said(sid, article, date, stance, text="…", speaker="hanna-probst"):
    return Statement(id=sid, article_id=article, quote=[(0, 10)], quote_text=text, kind="direct",
                     speaker=speaker, date=date, topics=list(stance), stance=dict(stance))


def test_a_compound_of_a_generic_head_is_its_modifier():
    assert generic_head_of("Seilbahnprojekt", {"Seilbahn", "Seilbahnprojekt"}) == "Seilbahn"
    assert generic_head_of("Umgehungsstraßenprojekt", {"Umgehungsstraße"}) == "Umgehungsstraße"
    assert generic_head_of("Seilbahnprojekt", {"Hallenbad"}) is None
    assert generic_head_of("Hallenbad", {"Hallenbad", "Bad"}) is None


def test_project_compound_reverses_the_thing():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Seilbahn": -1}),
                            said("s2", "a2", "2030-03-02", {"Seilbahnprojekt": 1})])
    assert [(c.before, c.after, c.before_stance, c.after_stance) for c in changes] == [("s1", "s2", -1, 1)]


def test_a_bare_generic_noun_is_the_thing_its_sentence_names():
    first = said("s1", "a1", "2030-01-02", {"Projekt": -1}, text="Im Streit um das Gewerbegebiet lehnt sie das Projekt ab")
    assert named_thing(first, "Projekt", {"Projekt", "Gewerbegebiet"}) == "Gewerbegebiet"
    assert named_thing(first, "Projekt", {"Projekt", "Seilbahn"}) is None
    later = said("s2", "a2", "2030-03-02", {"Gewerbegebiet": 1})
    assert [(c.before, c.after) for c in find_changes([first, later])] == [("s1", "s2")]


def test_a_topic_reached_through_two_different_targets_is_no_change():
    statements = [said("s1", "a1", "2030-01-02", {"Zweitwohnungsteuer": 1, "Steuern": 1}),
                  said("s2", "a2", "2030-03-02", {"Hundesteuer": -1, "Steuern": -1})]
    assert find_changes(statements) == []


def test_a_topic_reached_through_the_same_target_still_changes():
    statements = [said("s1", "a1", "2030-01-02", {"Hundesteuer": 1, "Steuern": 1}),
                  said("s2", "a2", "2030-03-02", {"Hundesteuer": -1, "Steuern": -1}),
                  said("s3", "a3", "2030-04-02", {"Steuern": 1})]
    found = [(c.target, c.before, c.after) for c in find_changes(statements)]
    assert found == [("Hundesteuer", "s1", "s2"), ("Steuern", "s2", "s3")]


def test_a_bare_act_takes_sides_on_the_thing_its_sentence_names():
    first = said("s1", "a1", "2030-01-02", {"Hallenbad": 1})
    closing = said("s2", "a2", "2030-03-02", {"Schließung": 1}, text="Im Streit um das Hallenbad befürwortet sie die Schließung")
    assert [(c.target, c.before_stance, c.after_stance) for c in find_changes([first, closing])] == [("Hallenbad", 1, -1)]
    building = said("s2", "a2", "2030-03-02", {"Bau": 1}, text="Sie befürwortet den Bau neuer Hallenbäder")
    assert find_changes([first, building]) == []  # "Hallenbäder" is the "Hallenbad": the same position


def test_a_bare_act_beside_two_things_is_not_guessed():
    statements = [said("s1", "a1", "2030-01-02", {"Seilbahn": 1, "Museum": -1}),
                  said("s2", "a2", "2030-03-02", {"Schließung": 1}, text="Für die Seilbahn fordert sie die Schließung des Museums")]
    assert find_changes(statements) == []


def test_an_undated_recall_of_an_earlier_article_dates_the_change_from_that_article():
    first = said("s1", "a1", "2030-01-02", {"Seilbahn": -1})
    later = said("s2", "a2", "2030-03-02", {"Seilbahn": -1, "Vorhaben": 1},
                 text="Die Bürgermeisterin, die die Seilbahn lange abgelehnt hatte, unterstützt das Vorhaben nun")
    later.recalled_stance = {"Seilbahn": -1}
    changes = find_changes([first, later])
    assert [(c.target, c.before, c.before_date, c.before_stance, c.after_stance) for c in changes] == \
        [("Seilbahn", "s1", "2030-01-02", -1, 1)]


def test_building_the_thing_is_the_thing_but_expanding_it_is_not():
    assert generic_head_of("Seilbahnbau", {"Seilbahn"}) == "Seilbahn"
    assert generic_head_of("Flughafenausbau", {"Flughafen"}) is None


def test_against_expanding_a_thing_is_no_position_on_the_thing():
    first = said("s1", "a1", "2030-01-02", {"Flughafen": 1})
    later = said("s2", "a2", "2030-03-02", {"Flughafen": -1, "Flughafenausbau": -1, "Ausbau": -1},
                 text="Sie lehnt einen Ausbau des Flughafens ab")
    later.stance_evidence = {k: ["lehnt … ab", "Ausbau"] for k in later.stance}
    assert find_changes([first, later]) == []
    closing = said("s3", "a3", "2030-05-02", {"Flughafen": -1}, text="Sie fordert die Schließung des Flughafens")
    closing.stance_evidence = {"Flughafen": ["fordert", "Schließung"]}
    assert [(c.before, c.after) for c in find_changes([first, later, closing])] == [("s1", "s3")]


def test_a_shorter_name_that_is_the_head_of_the_longer_is_the_same_thing():
    from extract.positions.changes import bare_head

    assert bare_head("wind farm", "offshore wind farm") and bare_head("levy", "tourist levy")
    assert not bare_head("farm", "wind farms") and not bare_head("offshore wind farm", "wind farm")
    changes = find_changes([said("s1", "a1", "2030-01-02", {"offshore wind farm": 1}),
                            said("s2", "a2", "2030-03-02", {"wind farm": -1})])
    # reported under the name that says what it is, its head as the topic
    assert [(c.target, c.topic, c.before_stance, c.after_stance) for c in changes] == \
        [("offshore wind farm", "wind farm", 1, -1)]
    # with two wind farms of the speaker, "the wind farm" could be either: no change
    two = [said("s1", "a1", "2030-01-02", {"offshore wind farm": 1, "onshore wind farm": -1}),
           said("s2", "a2", "2030-03-02", {"wind farm": -1})]
    assert find_changes(two) == []


def test_a_head_noun_looks_back_to_the_longer_compound_but_a_later_longer_compound_is_a_new_thing():
    # "die Deponie" after "die Bauschuttdeponie": the same dump, so the turn is a change
    back = [said("s1", "a1", "2030-01-02", {"Bauschuttdeponie": -1}), said("s2", "a2", "2030-05-02", {"Deponie": 1})]
    assert [(c.before, c.after) for c in find_changes(back)] == [("s1", "s2")]
    # beside it in one article, the head still names the compound
    beside = [said("s1", "a1", "2030-01-02", {"Klärschlammhalle": 1}), said("s2", "a1", "2030-01-02", {"Halle": 1}),
              said("s3", "a2", "2030-05-02", {"Halle": -1})]
    assert [(c.before, c.after) for c in find_changes(beside)] == [("s2", "s3")]
    # "die Sporthalle" months after "die Halle am See": a more specific, other thing
    later = [said("s1", "a1", "2030-01-02", {"Halle": -1}), said("s2", "a2", "2030-05-02", {"Sporthalle": 1})]
    assert find_changes(later) == []


def test_a_bare_generic_noun_is_the_one_thing_its_speaker_names_elsewhere_in_the_article():
    from extract.positions.changes import thing_of_the_article

    first = said("s1", "a1", "2030-01-02", {"tram depot": -1})
    recall = said("s2", "a2", "2030-06-02", {"tram depot": -1}, text="who fought the tram depot last year")
    now = said("s3", "a2", "2030-06-02", {"project": 1}, text="she now backs the project")
    assert [(c.before, c.after, c.target) for c in find_changes([first, recall, now])] == [("s1", "s3", "tram depot")]
    erst = said("s1", "a1", "2030-01-02", {"Kletterhalle": 1})
    wieder = said("s2", "a2", "2030-06-02", {"Kletterhalle": 1}, text="die im Winter noch für die Kletterhalle warb")
    jetzt = said("s3", "a2", "2030-06-02", {"Vorhaben": -1}, text="lehnt das Vorhaben inzwischen ab")
    assert [(c.before, c.after) for c in find_changes([erst, wieder, jetzt])] == [("s1", "s3")]
    assert thing_of_the_article(jetzt, "Vorhaben", {"Kletterhalle", "Vorhaben"}) == "Kletterhalle"


def test_a_generic_noun_with_its_own_complement_or_beside_two_things_is_not_guessed():
    from extract.positions.changes import thing_of_the_article

    own = said("s3", "a2", "2030-06-02", {"plan": 1}, text="she backs the plan for a youth centre instead")
    assert thing_of_the_article(own, "plan", {"tram depot", "plan"}) is None
    first = said("s1", "a1", "2030-01-02", {"tram depot": -1})
    recall = said("s2", "a2", "2030-06-02", {"tram depot": -1}, text="who fought the tram depot")
    assert find_changes([first, recall, own]) == []
    two = said("s3", "a2", "2030-06-02", {"project": 1}, text="she now backs the project")
    assert thing_of_the_article(two, "project", {"tram depot", "bus lane", "project"}) is None


# English targets named in other words: a hyphen, a lone modifier, the head alone, a part of the thing
def test_same_wording_joins_hyphens_and_a_lone_modifier_only():
    assert same_wording({"cable-car", "cable car"}) == {"cable-car": "cable car"}
    assert same_wording({"waterfront casino", "casino"}) == {"waterfront casino": "casino"}
    assert same_wording({"wealth tax", "carbon tax", "tax"}) == {}


def test_a_reversal_named_in_other_words_is_one_change_and_names_both():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"congestion charge": -1}),
                            said("s2", "a2", "2030-03-02", {"charge": 1})])
    # reported under the name that says what it is (the later "charge" is only its head), the other kept as topic
    assert [(c.before_stance, c.after_stance, c.target, c.topic) for c in changes] == [
        (-1, 1, "congestion charge", "charge")]
    # a repeat in other words is none
    assert find_changes([said("s1", "a1", "2030-01-02", {"cable-car": 1}),
                         said("s2", "a2", "2030-03-02", {"cable car": 1})]) == []


def test_a_change_on_a_target_and_its_part_is_one_change():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"marina expansion": -1, "marina": -1}),
                            said("s2", "a2", "2030-03-02", {"marina expansion": 1, "marina": 1})])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("marina expansion", -1, 1)]
    # named as an act in one article, as an act noun in the other: the shared part changes
    changes = find_changes([said("s1", "a1", "2030-01-02", {"tram": 1}),
                            said("s2", "a2", "2030-03-02", {"tram extension": -1, "tram": -1})])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("tram", 1, -1)]


# Round 12: one thing named otherwise in a later article (synonyms from a one_thing topic,
# spellings, an apposition, a bare back-reference), and what must stay two things.
def test_names_of_one_thing_from_a_one_thing_topic_make_a_change():
    statements = [said("s1", "a1", "2030-01-02", {"Hallenbad": -1}),
                  said("s2", "a2", "2030-03-02", {"Schwimmhalle": 1, "Hallenbad": 1})]
    assert [(c.target, c.topic, c.before_stance, c.after_stance) for c in find_changes(statements)] == [
        ("Schwimmhalle", "Hallenbad", -1, 1)]  # (the earlier name as the topic)
    roundabout = [said("s1", "a1", "2030-01-02", {"roundabout": 1}, speaker="ed-vale"),
                  said("s2", "a2", "2030-05-02", {"traffic circle": -1}, speaker="ed-vale")]
    assert [(c.before_stance, c.after_stance) for c in find_changes(roundabout)] == [(1, -1)]


def test_two_trains_sharing_a_head_stay_two_things():
    statements = [said("s1", "a1", "2030-01-02", {"Stadtbahn": 1}),
                  said("s2", "a2", "2030-03-02", {"S-Bahn": -1})]
    assert find_changes(statements) == []
    taxes = [said("s1", "a1", "2030-01-02", {"Hundesteuer": 1, "Steuern": 1}),  # a topic of several things
             said("s2", "a2", "2030-03-02", {"Grundsteuer": -1, "Steuern": -1})]
    assert find_changes(taxes) == []


def test_a_repeat_under_another_name_is_no_change():
    statements = [said("s1", "a1", "2030-01-02", {"Kreisverkehr": -1}),
                  said("s2", "a2", "2030-03-02", {"Kreisel": -1, "Kreisverkehr": -1})]
    assert find_changes(statements) == []


def test_a_users_one_thing_topic_links_its_words(tmp_path, monkeypatch):
    from extract import positions

    (tmp_path / "topics.toml").write_text('[Flutmauer]\none_thing = true\nwords = ["Flutmauer", "Hochwasserwand"]\n',
                                          encoding="utf-8")
    monkeypatch.setattr(positions, "user_topics_path", lambda: tmp_path / "topics.toml")
    positions.reload_topics()
    try:
        statements = [said("s1", "a1", "2030-01-02", {"Flutmauer": 1}),
                      said("s2", "a2", "2030-03-02", {"Hochwasserwand": -1})]
        assert [(c.topic, c.after_stance) for c in find_changes(statements)] == [("Flutmauer", -1)]
    finally:
        monkeypatch.undo()
        positions.reload_topics()
    assert find_changes(statements) == []  # without the user's topic: two things


def test_spellings_of_one_name_are_one_target():
    from extract.positions.changes import spelling_variants

    assert spelling_variants({"Solar-Carport", "Solarcarport"}) == {"Solar-Carport": "Solarcarport"}
    assert spelling_variants({"Einkommensteuer", "Einkommenssteuer"}) == {"Einkommenssteuer": "Einkommensteuer"}
    assert spelling_variants({"sports centre", "sports center"}) == {"sports centre": "sports center"}
    assert spelling_variants({"boat park", "boatpark"}) == {"boat park": "boatpark"}
    assert spelling_variants({"Erschliessungsstrasse", "Erschließungsstraße"}) == {"Erschliessungsstrasse": "Erschließungsstraße"}
    # another letter, or a linking "es" for "s", is another word: left alone
    assert spelling_variants({"Landesstraße", "Landstraße"}) == {}
    assert spelling_variants({"Kurse", "Kurve"}) == {}


def test_links_that_run_in_a_circle_settle_on_the_shortest_name():
    from extract.positions.changes import settled

    same = {("p", "Holzheizwerk"): "Heizwerk", ("p", "Heizwerk"): "Holzheizwerk", ("p", "Heizwerkprojekt"): "Heizwerk"}
    assert settled(same) == {("p", "Holzheizwerk"): "Heizwerk", ("p", "Heizwerkprojekt"): "Heizwerk"}


def test_an_apposition_names_the_thing_twice():
    from extract.positions.changes import named_as

    assert named_as("Der Kreisrat lehnt das Hotelprojekt am See ab, ein Ferienresort mit 400 Betten.",
                    "Hotelprojekt", "Ferienresort")
    assert named_as("She backs the marina, a new berthing basin for 200 yachts, her office said.",
                    "marina", "berthing basin")
    # a clause of its own after the comma: no second name
    assert not named_as("Er lehnt das Hotelprojekt ab, ein Ferienresort wäre besser.", "Hotelprojekt", "Ferienresort")
    first = said("s1", "a1", "2030-01-02", {"Hotelprojekt": -1},
                 text="Der Kreisrat lehnt das Hotelprojekt am See ab, ein Ferienresort mit 400 Betten")
    later = said("s2", "a2", "2030-06-02", {"Ferienresort": 1}, text="Er unterstützt das Ferienresort nun")
    assert [(c.before, c.after, c.before_stance, c.after_stance) for c in find_changes([first, later])] == [
        ("s1", "s2", -1, 1)]
    same_side = said("s2", "a2", "2030-06-02", {"Ferienresort": -1}, text="Er lehnt das Ferienresort weiter ab")
    assert find_changes([first, same_side]) == []


def test_a_bare_back_reference_is_the_thing_named_before_but_its_compounds_are_not():
    later = said("s2", "a2", "2030-06-02", {"Anlage": -1, "Kompostwerk": 1},
                 text="Im Streit um das Kompostwerk hat sie umgedacht: Sie lehnt die Anlage nun ab")
    first = said("s1", "a1", "2030-01-02", {"Kompostwerk": 1}, text="Sie unterstützt das Kompostwerk")
    assert [(c.target, c.before_stance, c.after_stance) for c in find_changes([first, later])] == [("Kompostwerk", 1, -1)]
    assert generic_head_of("Windkraftanlage", {"Windkraft", "Windkraftanlage"}) is None
    pier = [said("s1", "a1", "2030-01-02", {"pier": -1}, text="He opposes the pier", speaker="al-rusk"),
            said("s2", "a2", "2030-06-02", {"development": 1}, speaker="al-rusk",
                 text="Rusk, who had fought the pier, now backs the development")]
    assert [(c.target, c.after_stance) for c in find_changes(pier)] == [("pier", 1)]


def test_the_shared_words_of_two_english_names_are_the_topic():
    from extract.positions.changes import both_names

    assert both_names("express toll lane", "toll lane") == ("express toll lane", "toll lane")
    assert both_names("bridge toll", "road toll") == ("bridge toll", "toll")
    assert both_names("harbour casino", "harbour casino") == ("harbour casino", "casino")  # one name twice: its head
    # a name of more words written twice: the compound it ends in, where its modifier is a common word
    assert both_names("offshore wind farm", "offshore wind farm")[1] == "wind farm"
    assert both_names("multi-storey car park", "multi-storey car park")[1] == "car park"
    # not a name's own word, nor a modifier a function word ties to the words before it
    assert both_names("Grange Road library", "Grange Road library")[1] == "library"
    assert both_names("cost of living payment", "cost of living payment")[1] == "payment"
    assert both_names("right to buy scheme", "right to buy scheme")[1] == "scheme"



def test_a_later_longer_compound_stays_a_new_thing_when_a_one_thing_table_renames_it():
    # "die Bahn" in March, the "Gondelbahn" in June: the longer compound named later is a new thing,
    # also where the Gondelbahn is a name of the Seilbahn (each link is judged before the chain is settled)
    bare = said("s1", "a1", "2030-03-02", {"Bahn": -1})
    later = said("s2", "a2", "2030-06-02", {"Gondelbahn": 1})
    assert find_changes([bare, later]) == []
    assert find_changes([said("s1", "a1", "2030-03-02", {"Anlage": -1}, "Die Anlage"),
                         said("s2", "a2", "2030-06-02", {"Solaranlage": 1})]) == []
    # looking back the head still names the compound, renamed or not
    back = [said("s0", "a0", "2030-01-02", {"Gondelbahn": 1}), said("s1", "a1", "2030-03-02", {"Bahn": -1})]
    assert [(c.before, c.after) for c in find_changes(back)] == [("s0", "s1")]


def test_a_bare_ground_is_no_name_of_the_stadium():
    # "backed the new stadium", months later "rejected the grounds given by the committee" (reasons)
    assert find_changes([said("s1", "a1", "2030-01-02", {"stadium": 1}), said("s2", "a2", "2030-06-02", {"ground": -1})]) == []
    renamed = [said("s1", "a1", "2030-01-02", {"stadium": 1}), said("s2", "a2", "2030-06-02", {"football ground": -1})]
    assert [(c.before, c.after) for c in find_changes(renamed)] == [("s1", "s2")]


def test_a_project_compound_of_a_name_of_one_thing_is_that_thing():
    # "lehnt das Seilbahnprojekt ab", months later "befürwortet die Gondelbahn": one cable car
    for first, later in (("Seilbahnprojekt", "Gondelbahn"), ("Gondelbahnprojekt", "Seilbahn"), ("Kreiselpläne", "Kreisverkehr")):
        changes = find_changes([said("s1", "a1", "2030-01-02", {first: -1}), said("s2", "a2", "2030-06-02", {later: 1})])
        assert [(c.before, c.after) for c in changes] == [("s1", "s2")], (first, later)
    # a compound whose head is no generic noun is a thing of its own ("Seilbahnstation")
    assert find_changes([said("s1", "a1", "2030-01-02", {"Seilbahnstation": -1}), said("s2", "a2", "2030-06-02", {"Gondelbahn": 1})]) == []


def test_a_gondola_is_the_cable_car():
    # (round 16) "endorsed a gondola to the ski area", months later "turned against the cable car": one thing
    changes = find_changes([said("s1", "a1", "2030-01-02", {"gondola": 1}), said("s2", "a2", "2030-06-02", {"cable car": -1})])
    assert [(c.before, c.after) for c in changes] == [("s1", "s2")]
    # a gondola station is a thing of its own
    assert find_changes([said("s1", "a1", "2030-01-02", {"gondola station": 1}),
                         said("s2", "a2", "2030-06-02", {"cable car": -1})]) == []


def test_indexed_lookups_match_the_plain_scans():
    from extract.positions.changes import act_compound_of, compound_head_of, lows_of, suffix_index

    names = {"Wohnturm", "Turm", "Fernwärmeturm", "Mühlbachsteg", "Steg", "Mühlbach", "Fährhaus", "fährhaus",
             "Fährhausprojekt", "Mühlbachneubau", "Kiosk", "tidal pool"}
    lows, suffixes = lows_of(names), suffix_index(names)
    for t in sorted(names):
        assert compound_head_of(t, names, suffixes) == compound_head_of(t, names)
        assert generic_head_of(t, names, lows) == generic_head_of(t, names)
        assert act_compound_of(t, names, lows) == act_compound_of(t, names)
    assert compound_head_of("Steg", names, suffixes) == "Mühlbachsteg"  # one longer compound: its head
    assert compound_head_of("Turm", names, suffixes) is None  # two: "Wohnturm", "Fernwärmeturm"
    assert act_compound_of("Mühlbachneubau", names, lows) == "Mühlbach"


def test_a_linking_en_or_n_left_out_is_one_name():
    from extract.positions.changes import spelling_variants

    # a compound built from a lemma ("die Anhebung der Müllgebühren" -> "Müllgebühranhebung") and as written
    assert spelling_variants({"Müllgebührenanhebung", "Müllgebühranhebung"}) == {"Müllgebührenanhebung": "Müllgebühranhebung"}
    assert spelling_variants({"Straßensperrung", "Straßesperrung"}) == {"Straßensperrung": "Straßesperrung"}
    # another letter between the parts, or "es" for nothing, is another word
    assert spelling_variants({"Rentenkasse", "Rentakasse"}) == {}
    assert spelling_variants({"Bundesstraße", "Bundstraße"}) == {}


def test_a_reversal_on_a_compound_read_with_and_without_its_linking_en():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Parkgebührenerhöhung": 1}),
                            said("s2", "a2", "2030-03-02", {"Parkgebührerhöhung": -1})])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]


def test_one_more_modifier_inside_an_english_name_is_the_same_thing():
    from extract.positions import inner_modifiers

    assert same_wording({"school bus service fare", "school bus fare"}) == {"school bus service fare": "school bus fare"}
    assert inner_modifiers(["city centre parking zone", "city parking zone"]) == {"city centre parking zone": "city parking zone"}
    # two fuller names of the shorter one: which? none; and a modifier only at the front is no inner one
    assert inner_modifiers(["river foot bridge", "river rail bridge", "river bridge"]) == {}
    assert inner_modifiers(["north harbour wall", "harbour wall"]) == {}
    changes = find_changes([said("s1", "a1", "2030-01-02", {"airport rail shuttle link": 1}),
                            said("s2", "a2", "2030-03-02", {"airport rail link": -1})])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]


def test_the_use_of_a_thing_is_that_thing_where_its_phrase_names_it():
    first = said("s1", "a1", "2030-01-02", {"use": 1}, text="the use of drones at the border on Monday")
    assert named_thing(first, "use", {"use", "drone"}) == "drone"
    assert named_thing(first, "use", {"use", "drone", "border"}) is None  # two things named: which?
    later = said("s2", "a2", "2030-05-02", {"drone": -1}, text="I do not want drones over our town")
    assert [(c.before_stance, c.after_stance, c.target) for c in find_changes([first, later])] == [(1, -1, "drone")]
    # "land use" is a thing of its own: only the bare noun refers
    assert find_changes([said("s1", "a1", "2030-01-02", {"land use": 1}, text="the land use plan for drones"),
                         said("s2", "a2", "2030-05-02", {"drone": -1})]) == []


def test_a_bare_act_noun_is_the_one_compound_of_that_act_the_speaker_named():
    from extract.positions.changes import act_compound_named

    assert act_compound_named("Verbot", {"Feuerwerksverbot", "Verbot"}) == "Feuerwerksverbot"
    assert act_compound_named("Schließung", {"Hallenbadschließung"}) == "Hallenbadschließung"
    assert act_compound_named("Verbot", {"Feuerwerksverbot", "Alkoholverbot"}) is None  # which ban?
    assert act_compound_named("Hallenbad", {"Hallenbadschließung"}) is None  # no act noun
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Feuerwerksverbot": 1}),
                            said("s2", "a2", "2030-06-02", {"Verbot": -1}, text="ist nun gegen das Verbot")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Feuerwerksverbot", 1, -1)]


def test_same_targets_do_not_follow_the_order_of_a_speakers_targets():
    """A speaker's targets are a set, whose order changes with the hash seed: the links must not
    (here the case variants "Tramlinie" / "tramlinie" beside "Tramlinienprojekt" and "Umbau" compounds)."""
    names = ["tramlinie", "Tramlinie", "Tramlinienprojekt", "Marktplatz", "Marktplatzumbau", "Hafenumbau"]
    first = same_targets({"A": names})
    assert first == same_targets({"A": names[::-1]}) == same_targets({"A": sorted(names, key=len)})
    assert first[("A", "Tramlinienprojekt")].lower() == "tramlinie"
