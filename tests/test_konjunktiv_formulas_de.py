"""A Konjunktiv I in a fixed formula is no reported speech (rr28-de-spk; extract/de/tokens.py unmark_formulas,
data/konjunktiv_formulas_de.txt). Texts are invented; people and places are fictional."""
from tests.test_attribution_de import speaker_of
from tests.test_statement_kinds_de import quoted


def test_gott_sei_dank_after_a_quote_is_narration():
    text = ("Beim Brand in der Lagerhalle entstand hoher Schaden. „Das Feuer war in Minuten überall“, sagte Anwohner "
            "Kurt Bey. Gott sei Dank wurde niemand verletzt.")
    assert quoted(text, "niemand verletzt") == []


def test_a_konjunktiv_beside_the_formula_still_reports():
    text = ("Beim Brand in der Lagerhalle entstand hoher Schaden. „Das Feuer war in Minuten überall“, sagte Anwohner "
            "Kurt Bey. Gott sei Dank sei niemand verletzt worden.")
    assert speaker_of(text, "niemand verletzt") == "Kurt Bey"
