"""Cheap checks that skip slow work must never skip a case the slow work would have found."""
import random

from extract.actors.context import APPOSITION_BEFORE
from extract.actors.extents import comma_just_before


def test_comma_check_never_skips_an_apposition_before():
    rng = random.Random(7)
    alphabet = ["a", "B", " ", " ", "\t", "\n", ",", ",", ".", "«", "Valdoria", "der Ministerin"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for start in range(len(text) + 1):
            found = APPOSITION_BEFORE.search(text, max(0, start - 100), start)
            if found:
                matched += 1
                assert comma_just_before(text, start), (text, start)
    assert matched > 100  # the property was tried on real matches
    assert comma_just_before("Die Ministerin von Valdoria, \n", 30)
    assert not comma_just_before("sagte die Ministerin ", 21)


def test_date_patterns_skipped_without_four_digits_never_match_there():
    import re

    from extract.dates.published import FOUR_DIGITS, _needs_four_digits, _slash_patterns
    from extract.dates.typed import _absolute_patterns

    patterns = _absolute_patterns() + _slash_patterns("de") + _slash_patterns("en")
    assert [_needs_four_digits(p) for p in _absolute_patterns()] == [True, False, True, True]  # "1.2.22" needs none
    assert not any(_needs_four_digits(re.compile(p)) for p in (r"(?:am (?P<y>\d{4}))?", r"x|(?P<y>\d{4})", r"(?P<y>\d{4})?"))
    rng = random.Random(11)
    templates = ["{d}. März {y}", "{d}.{m}.{y}", "Montag, {d}. Mai {y}", "{y}-{m}-{d}", "March {d}th, {y}", "{d} of May {y}",
                 "{m}/{d}/{y}", "am {d}.{m}. um {y}"]
    matched = 0
    for _ in range(3000):
        text = rng.choice(templates).format(d=rng.randint(1, 40), m=rng.randint(1, 13), y=rng.choice([22, 202, 1999, 2022, 20221]))
        for _ in range(rng.randint(0, 3)):  # near misses: a character dropped or doubled
            k = rng.randrange(len(text))
            text = text[:k] + text[k + 1:] if rng.random() < 0.5 else text[:k] + text[k] + text[k:]
        for p in patterns:
            if p.search(text):
                matched += _needs_four_digits(p)
                assert not _needs_four_digits(p) or FOUR_DIGITS.search(text), (p.pattern, text)
    assert matched > 500  # the property was tried on real matches (four-digit patterns)


def _word_tags_analysing_every_lower_case(text):
    """extract.de.nlp.word_tags as written before it skipped konjunktiv_two for a capitalised
    word that is no verb: the lower case of every word analysed."""
    from extract.de import nlp

    text = text.replace("\xad", "")
    tag = nlp.fast_tag(text)
    lemma, konj, stem = text, False, ""
    low = text.lower()
    two = nlp.konjunktiv_two(low)
    if (two or low in nlp.KONJ1_SPECIAL) and (tag.startswith("V") or not text[:1].isupper()):
        konj = True
    if tag.startswith("V"):
        if nlp.is_cue_candidate(low) or ("FIN" in tag and low.endswith("e") and not two):
            stem, konj = nlp.verb_analysis(text, tag)
            lemma = stem
    return tag, "PROPN" if tag == "NE" else nlp.POS.get(tag[0], "X"), lemma, konj, stem


def test_word_tags_skip_the_konjunktiv_of_capitalised_non_verbs_only():
    from extract.de import nlp

    # capitalised nouns with an umlaut and a Konjunktiv II shape, sentence-initial verbs and their
    # lower case, Konjunktiv I forms, names and plain words
    words = ["Fähre", "fähre", "Gebühren", "Brandsätze", "Vorstädten", "Wäre", "wäre", "Hätten", "hätten",
             "Könnte", "könnte", "Brächte", "brächte", "Stünde", "Sei", "sei", "Habe", "Gründe", "gründe",
             "Müsse", "Türen", "Lösungen", "Kästen", "Wöhrle", "Sagte", "sagte", "Käme", "Übte", "Wüsste"]
    for word in words:
        nlp.word_tags.cache_clear()
        assert nlp.word_tags(word) == _word_tags_analysing_every_lower_case(word), word
    assert nlp.word_tags("wäre")[3] and not nlp.word_tags("Fähre")[3]  # (a Konjunktiv verb; a noun never)
