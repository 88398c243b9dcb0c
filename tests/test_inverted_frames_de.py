"""German verb-second frames whose prefield is not the subject (subject.verb_second_frame): a
participle, "zu" + infinitive or manner words first, the speaker after the finite verb, one reading
for the direct, colon and indirect paths. Texts are invented; people, places and bodies are fictional."""
import pytest

from extract.de import analyse

from tests.test_statement_kinds_de import statements


def speakers_of(text: str, words: str) -> list[str]:
    """The speaker mentions (joined by ' | ') of the statements whose quote holds ``words``."""
    out = []
    for f in analyse(text).statements:
        if any(words in text[b:e] for b, e in f.quote):
            out.append(" | ".join(text[b:e] for b, e in f.speaker_mention))
    return out


@pytest.mark.parametrize("text, words, who", [
    # a participle first, the speaker after objects and adverbials, its apposed name before the colon
    ("Die Kasse erhöht den Beitrag. Widersprochen hat dieser Darstellung am Freitag die Präsidentin der "
     "Ärztekammer Westmark, Sibylle Ornheim: Die Wartezeiten seien gesunken.", "Wartezeiten", "Sibylle Ornheim"),
    ("Die Gemeinde schließt das Freibad. Bestätigt hat das am Montag ihr Anwalt Tilo Brennwein: "
     "„Die Klage ist fertig und geht diese Woche raus.“", "Die Klage ist fertig", "Tilo Brennwein"),
    # a passive: its "von" agent speaks, before a quotation or Konjunktiv content
    ("Der Verein droht mit dem Ende. Zurückgewiesen wurde die Drohung von Landrat Egon Kassberg: "
     "„Erpressen lassen wir uns nicht von niemandem.“", "Erpressen", "Egon Kassberg"),
    ("Der Bund kürzt die Mittel. Kritisiert wurde die Kürzung vom Sozialverband Nordheide: Man lasse die "
     "Familien im Stich.", "Familien im Stich", "Sozialverband Nordheide"),
    # "zu" + infinitive of the verb's phrase first
    ("Die Stadt erhöht die Gebühren. Zu bedenken gab Stadträtin Helga Wennemar, dass die Läden schon jetzt "
     "leer stünden.", "Läden", "Helga Wennemar"),
    # two manner words first; "es" before the colon points to what follows
    ("Der Kreis will den Wolf schießen lassen. Ganz anders sieht es Försterin Ilse Drommel: Ein Rudel sei "
     "für die Region „kein Problem“.", "kein Problem", "Ilse Drommel"),
    # a place adjective before the role, "vor allem" before the speaker
    ("Versprochen hat die Sanierung der Schule in Wendtal der Hollacher Landrat Kurt Bramme bereits im Wahlkampf.",
     "Sanierung der Schule", "Kurt Bramme"),
    ("Die Filiale schließt. Kritisiert hat den Entscheid vor allem Gemeinderätin Lisa Ammfeld: «Das ist ein "
     "herber Verlust.»", "herber Verlust", "Lisa Ammfeld"),
    # a participle first and "das" after its auxiliary point back to the sentence before
    ("Das Werk schließt zum Jahresende. Bestätigt hat das am Mittwoch der Sprecher des Konzerns, Malte Irrwein.",
     "Das Werk schließt", "Malte Irrwein"),
    # the inverted frame after the content, an apposed name after its role
    ("Es habe zu keinem Zeitpunkt Gefahr bestanden, beruhigte der Leiter der Kläranlage, Frank Dorsten.",
     "keinem Zeitpunkt", "Frank Dorsten"),
    ("Der Umsatz werde um zwei Prozent sinken, so der Finanzchef des Unternehmens, Kurt Wesselbaum.",
     "Umsatz werde", "Kurt Wesselbaum"),
    # a quoted name in the middle field before the speaker
    ("Die Ortsumfahrung koste mindestens 20 Millionen Euro, versicherte gegenüber dem «Talboten» der "
     "Bürgermeister von Hinterau, Alois Pernthaler.", "koste mindestens", "Alois Pernthaler"),
    # "so" and the perfect after a quotation, "es" for the quotation
    ("„Wir sind am Limit“, so hatte es der Wirt Hans Obermeier im März formuliert.", "am Limit", "Hans Obermeier"),
])
def test_the_speaker_of_an_inverted_frame_follows_the_finite_verb(text, words, who):
    assert any(who in s for s in speakers_of(text, words)), speakers_of(text, words)


def test_a_reported_statement_before_a_colon_leaves_the_konjunktiv_content_its_own_statement():
    text = ("Der Entwurf sieht 14 Hektar Gewerbe vor. Kein gutes Haar ließ die Wählergemeinschaft Freies "
            "Wendtal an dem Papier: Es opfere „beste Äcker für Lagerhallen“.")
    assert any("Wählergemeinschaft Freies Wendtal" in s for s in speakers_of(text, "beste Äcker")), \
        speakers_of(text, "beste Äcker")


@pytest.mark.parametrize("text, words", [
    # near misses: an act, no words ("eröffnen", "bauen", "gewinnen", "vorlegen" are no speech)
    ("Im Museum sind 140 Fotos zu sehen. Eröffnet hat die Ausstellung am Montag Bürgermeisterin Katrin Wolkenberg.",
     "Eröffnet hat"),
    ("Die Brücke über die Selde ist frei. Gebaut wurde die Brücke von der Firma Stahlbau Renneberg aus Wolmsdorf.",
     "Gebaut wurde"),
    ("Die Ausstellung ist fertig. Ausgezeichnet wurde das Projekt von einer Jury aus fünf Architekten.",
     "Ausgezeichnet wurde"),
    # "Ganz anders sieht es im Nachbarort aus": a place, no one who sees
    ("Ganz anders sieht es im Nachbarort aus: Dort ist das Freibad seit Jahren geschlossen.", "Dort ist"),
    # manner words before a verb of faring, no speech: the one it went well for is no speaker
    ("Der Tabellenführer verlor. Besser lief es für Trainerin Jana Pohl: Ihr Team gewann mit 3:0.", "Ihr Team"),
    ("Viele Pendler stiegen aufs Rad um. So machte es auch Landrat Peter Wolf: Er fuhr mit dem Rad ins Amt.", "Er fuhr"),
])
def test_inverted_narration_is_no_statement(text, words):
    assert speakers_of(text, words) == []


def test_es_after_a_manner_word_is_the_subject_without_a_colon():
    # (only before a colon does "es" point to what follows: here it stands for the firm named before)
    text = ("Das Unternehmen wies die Vorwürfe zurück. Zugleich beschuldigte es die Gewerkschaft Nordbau, "
            "Falschmeldungen zu verbreiten.")
    assert not any("Nordbau" in s for f in analyse(text).statements
                   for s in [" ".join(text[b:e] for b, e in f.speaker_mention)])


@pytest.mark.parametrize("text, words, who", [
    # "So … es" opening a sentence points back to what was said before
    ("Der Zug fiel aus. So bestätigte es am Abend eine Sprecherin der Regionalbahn Nordwest.", "Der Zug fiel aus",
     "Regionalbahn Nordwest"),
    # a comparative before the verb says how ("Etwas vorsichtiger"), a pronoun after it is the subject
    ("Die Gemeinde will die Steuern erhöhen. Etwas vorsichtiger formulierte es Gemeinderätin Ursula Kernberg: "
     "„Wir müssen das genau prüfen.“", "genau prüfen", "Ursula Kernberg"),
    ("Minister Paul Sanderbeck sprach von Krawallen. Gleichzeitig vermutet er hinter den Ausschreitungen eine "
     "zentrale Organisation.", "zentrale Organisation", "er"),
])
def test_so_es_and_manner_words_before_the_verb(text, words, who):
    # (a pronoun must be the whole mention: "er" is inside many names)
    found = [m for s in speakers_of(text, words) for m in s.split(" | ")]
    assert any(m == who or " " in who and who in m for m in found), found
    assert not any("Organisation" in s for s in speakers_of(text, words))



@pytest.mark.parametrize("text, words, who", [
    # a bare infinitive before a modal is the modal's complement: the speaker follows the finite verb
    ("Die Reederei Fjordlicht verkauft zwei Fähren. Sagen wollte Konzernsprecherin Ilka Brunnmeier nur so viel: "
     "«Wir prüfen alle Angebote.»", "alle Angebote", "Ilka Brunnmeier"),
    ("Das Spital in Oberwald schreibt rote Zahlen. Ausschliessen mochte Regierungsrat Timo Gerstacher eine "
     "Schliessung nicht: Man werde die Zahlen genau prüfen.", "Zahlen genau", "Timo Gerstacher"),
    ("Der Tierpark bekommt ein neues Affenhaus. Näher erläutern wollte Direktor Arvid Holmström die Pläne nicht: "
     "Die Finanzierung sei noch offen.", "Finanzierung", "Arvid Holmström"),
    # a role the lexicon lacks after the modal: the noun phrase after the verb
    ("Das Autohaus schliesst zwei Filialen. Versichern konnte Inhaber Bert Fahlmann immerhin eines: "
     "«Niemand wird entlassen.»", "Niemand wird", "Bert Fahlmann"),
    # a reaction noun with its "von" source before a colon and a quotation
    ("Die Stadt will den Busverkehr neu ordnen. Kritik kam am Montag von der Opposition: «Das ist Flickwerk.»",
     "Flickwerk", "der Opposition"),
    ("Die Schule erhält einen neuen Pausenhof. Lob gab es vom Elternbeirat: «Endlich ein Plan, der hält.»",
     "Endlich ein Plan", "Elternbeirat"),
])
def test_bare_infinitive_and_reaction_prefields(text, words, who):
    assert any(who in s for s in speakers_of(text, words)), speakers_of(text, words)


@pytest.mark.parametrize("text, words", [
    # an infinitive or a bare noun first that is the subject: no statement
    ("Lesen lernen soll in Wiltau jedes Kind. Der Gemeinderat hat dafür Geld gesprochen.", "Lesen lernen"),
    ("Unternehmen wollten im Frühjahr weniger investieren. Das zeigt eine Umfrage.", "Unternehmen wollten"),
    ("Bauen dürfen die Eigentümer erst nach der Prüfung. Das Amt braucht dafür drei Monate.", "Bauen dürfen"),
])
def test_fronted_infinitive_narration_is_no_statement(text, words):
    assert speakers_of(text, words) == []


# round 28 (r28-de-extract): the subject after the speech verb carries an apposition between commas
# before what was said; the content clause starts after it, the speaker stays the subject.
@pytest.mark.parametrize("text, content, speaker", [
    ("Am Montag erklärte Klaus Brandt, Leiter der Feuerwehr, die Halle sei einsturzgefährdet.",
     "die Halle sei einsturzgefährdet", "Klaus Brandt"),  # a role without an article
    ("Am Donnerstag sagte Oberst Henrik Falk, Kommandeur des Bataillons, dass die Brücke halte.",
     "dass die Brücke halte", "Oberst Henrik Falk"),
    ("Am Sonntag erklärte der Direktor der Wasserbehörde, Karim al-Masri, die Stauseen seien voll.",
     "die Stauseen seien voll", "Karim al-Masri"),  # a name with a particle
    ("Am Mittwoch erklärte der Landesverband der Imker, kurz LVI, die Völker seien gesund.",
     "die Völker seien gesund", "der Landesverband der Imker"),  # a short name
    ("Am Abend erklärte der Rat der Offiziere, wie sich die Putschisten nennen, die Lage sei ruhig.",
     "die Lage sei ruhig", "der Rat der Offiziere"),  # a clause that gives a name
    ("Am Montag sagte Jan Ober, Sprecher der Polizei, am Telefon, der Fahrer sei geflüchtet.",
     "der Fahrer sei geflüchtet", "Jan Ober"),  # and an adverbial after it
])
def test_apposition_of_the_inverted_subject_stays_out_of_the_content(text, content, speaker):
    found = statements(text)
    assert [q for _, q, _ in found] == [content], found
    assert found[0][2].split(" | ")[0] == speaker, found


def test_focus_phrase_after_an_inserted_noun_is_no_adverbial_to_skip():
    # ", vor allem chinesische Zivilisten," is no apposition of a speaker: the content does not start after it
    text = "Die Zahl der Toten bezifferte die Agentur mit zehn, die Getöteten, vor allem Zivilisten, seien verbrannt."
    assert not any(q.startswith("seien verbrannt") for _, q, _ in statements(text))


def test_adverbial_right_after_the_subject_opens_the_content():
    # (rr28-de-extract) a short adverbial between commas counts as skipped only after an apposition;
    # right after the subject it is the first field of what was said, before a relative clause of its own
    found = statements("Am Freitag sagte Klaus Brandt, nach dem Brand, der die Halle zerstörte, "
                       "sei die Schule geschlossen worden.")
    assert [q for _, q, _ in found if "sei die Schule" in q] \
        and all("nach dem Brand" in q for _, q, _ in found if "sei die Schule" in q), found


def test_naming_clause_in_the_konjunktiv_is_skipped_as_apposition():
    # (rr28-de-extract) the apposition is read before the Konjunktiv check: "wie sie sich nenne" names the group
    found = statements("Am Freitag erklärte der Sprecher der Gruppe, wie sie sich nenne, man werde weiter protestieren.")
    assert [q for _, q, _ in found] == ["man werde weiter protestieren"], found
