"""extract/de/tagger.py: the fast HanTa gives HanTa's own answers, cached or not."""
from functools import lru_cache

import pytest

# words HanTa has memorised, compounds and invented words it has to analyse (guessing tags)
WORDS = ["Bürgermeisterin", "mitteilte", "wies", "zurückgewiesen", "Sundbundstaaten", "Valdorianer",
         "Heidekraut-Verordnung", "stattfinde", "Familienväter", "Kohleausstiegsgesetz", "Beispielhaftigkeit",
         "xqzt", "ab", "Ministerpräsidentin", "verhandelten", "unverzichtbar", "Marwen", "sprach",
         "ablehnend", "dahingehend"]  # ties between paths: HanTa keeps the first it found
POS = ("NN", "NE", "VVFIN", "ADJA")


@lru_cache(maxsize=1)
def taggers():
    from HanTa import HanoverTagger as ht

    from extract.de.nlp import tagger

    return ht.HanoverTagger("morphmodel_ger.pgz"), tagger()


def answers(tagger, word):
    return ([tagger.tag_word(word, cutoff=0), tagger.tag_word(word.lower(), cutoff=5), tagger.analyze(word)]
            + [tagger.analyze(word, taglevel=3, pos=pos) for pos in POS])


@pytest.mark.parametrize("word", WORDS)
def test_fast_tagger_answers_as_hanta(word):
    original, fast = taggers()
    assert type(fast).__name__ == "FastHanoverTagger"
    expected = answers(original, word)
    assert answers(fast, word) == expected
    assert answers(fast, word) == expected  # again, now from the caches


def test_cached_analyses_are_copies():
    _, fast = taggers()
    first = fast.analyze_viterbi("bürgermeisterin", fast.tag2int["NN"])
    forward = fast.analyze_forward("verhandelten")
    first.append(("spoiled", 0))
    forward.clear()
    assert ("spoiled", 0) not in fast.analyze_viterbi("bürgermeisterin", fast.tag2int["NN"])
    assert fast.analyze_forward("verhandelten")


def test_viterbi_is_computed_once_per_word_and_tag(monkeypatch):
    _, fast = taggers()
    calls = []
    compute = type(fast)._analyze_viterbi
    monkeypatch.setattr(type(fast), "_analyze_viterbi", lambda self, w, p: calls.append((w, p)) or compute(self, w, p))
    fast._viterbi_results.clear()
    nn, ne = fast.tag2int["NN"], fast.tag2int["NE"]
    one = [fast.analyze_viterbi("heidekrautverordnung", nn) for _ in range(3)]
    other = fast.analyze_viterbi("heidekrautverordnung", ne)
    assert calls == [("heidekrautverordnung", nn), ("heidekrautverordnung", ne)]
    assert one[0] == one[1] == one[2] == compute(fast, "heidekrautverordnung", nn)
    assert other == compute(fast, "heidekrautverordnung", ne)


def test_a_segments_endings_are_its_last_four_to_one_letters_never_the_whole():
    from extract.de.tagger import ENDINGS

    for segment in ["a", "zu", "ung", "bund", "ungen", "bundes", "verordnung", "xq"]:
        length = len(segment)
        endings = tuple(map(segment.__getitem__, ENDINGS[length if length < 5 else 5]))
        assert endings == tuple(segment[-n:] for n in range(min(length - 1, 4), 0, -1))
        assert segment not in endings and all(segment.endswith(e) for e in endings)
    assert tuple(map("bundes".__getitem__, ENDINGS[5])) == ("ndes", "des", "es", "s")
    _, fast = taggers()  # (and the endings the tagger itself keeps for a segment: its indexing of ENDINGS)
    for segment in ["a", "zu", "ung", "bund", "ungen", "bundes", "verordnung", "xq"]:
        assert fast._guesses(segment)[1] == tuple(segment[-n:] for n in range(min(len(segment) - 1, 4), 0, -1))


def test_segments_of_the_same_length_and_endings_share_their_guesses():
    _, fast = taggers()
    for word in ["wasserstoffleitungen", "gasleitungen", "verkehrsministeriums", "schulministeriums"]:
        fast.analyze_forward(word)
    # "rstoffleitungen" and "gasleitungen" differ, "stoffleitungen"/"wasserleitungen" end alike at the same length
    same = fast._guesses("stoffleitungen"), fast._guesses("schulleitungen")
    assert same[0][0] is same[1][0] and same[0][1] == same[1][1] == ("ngen", "gen", "en", "n")
    other_length = fast._guesses("ffleitungen")
    assert other_length[0] is not same[0][0] and other_length[1] == same[0][1]
    other_ending = fast._guesses("schulleitunger")
    assert other_ending[0] is not same[0][0]
    # and every guess kept is the one HanTa computes for a segment of that shape
    for segment in ["stoffleitungen", "schulleitungen", "ffleitungen", "ministeriums"]:
        guesses = fast._guesses(segment)[0]
        for tag, lp in guesses.items():
            assert lp == HANTA_GUESS(fast, segment, tag)


def HANTA_GUESS(tagger, segment, tag):
    """HanTa's own guess for a morpheme its tag does not know (lp_m_t's last branch, without the
    whole-word penalty), from its tables."""
    mlen = len(segment)
    lp = tagger.Int_t + tagger.LP_hapax_t[tag] + tagger.LP_len_t[tag][mlen if mlen < 24 else 24]
    for n in range(min(mlen - 1, 4), 0, -1):
        if segment[-n:] in tagger.LP_s_t[tag]:
            return lp + tagger.LP_s_t[tag][segment[-n:]]
    return lp + tagger.LP_s_t[tag][""]
