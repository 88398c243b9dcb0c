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
