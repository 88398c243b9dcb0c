"""bench/train_parser_de.py reads UD German in our tokens: contractions and the hyphen compounds
a treebank splits become one token with the head and relation of their outward part."""
from pathlib import Path

from bench_scripts import load_bench_script


# invented sentences in CoNLL-U (id form lemma upos xpos feats head deprel deps misc)
CONTRACTION = ("Sie fuhr zum Hafen.", """
1 Sie sie PRON PPER _ 2 nsubj _ _
2 fuhr fahren VERB VVFIN _ 0 root _ _
3-4 zum _ _ _ _ _ _ _ _
3 zu zu ADP APPR _ 5 case _ _
4 dem der DET ART _ 5 det _ _
5 Hafen Hafen NOUN NN _ 2 obl _ SpaceAfter=No
6 . . PUNCT $. _ 2 punct _ _""")
SPLIT_COMPOUND = ("Die E-Mails kamen spät.", """
1 Die der DET ART _ 4 det _ _
2 E E NOUN NN _ 4 compound _ SpaceAfter=No
3 - - PUNCT $( _ 4 punct _ SpaceAfter=No
4 Mails Mail NOUN NN _ 5 nsubj _ _
5 kamen kommen VERB VVFIN _ 0 root _ _
6 spät spät ADV ADJD _ 5 advmod _ SpaceAfter=No
7 . . PUNCT $. _ 5 punct _ _""")
# a treebank token that ours would cut in two ("kam." where we split off the full stop)
CUT = ("Er kam.", """
1 Er er PRON PPER _ 2 nsubj _ _
2 kam. kommen VERB VVFIN _ 0 root _ _""")


def read(tmp_path: Path, sentence: tuple[str, str]) -> tuple[object, dict]:
    trainer = load_bench_script("train_parser_de")
    text, rows = sentence
    path = tmp_path / "s.conllu"
    lines = ["\t".join(r.split()) for r in rows.strip().splitlines()]
    path.write_text(f"# text = {text}\n" + "\n".join(lines) + "\n\n", encoding="utf-8")
    [sent] = trainer.read_conllu(path)
    return trainer, sent


def test_contraction_is_one_token_with_its_outward_relation(tmp_path):
    _, sent = read(tmp_path, CONTRACTION)
    assert sent["words"] == ["Sie", "fuhr", "zum", "Hafen", "."]
    assert sent["heads"] == [1, 1, 3, 1, 1]
    assert sent["deps"] == ["nsubj", "ROOT", "case", "obl", "punct"]
    assert sent["spaces"] == [True, True, True, False, True]


def test_split_hyphen_compound_becomes_our_one_token(tmp_path):
    trainer, sent = read(tmp_path, SPLIT_COMPOUND)
    mine = trainer.ours(sent)
    assert mine["words"] == ["Die", "E-Mails", "kamen", "spät", "."]
    assert mine["heads"] == [1, 2, 2, 2, 2]
    assert mine["deps"] == ["det", "nsubj", "ROOT", "advmod", "punct"]


def test_sentence_our_tokens_would_cut_is_left_out(tmp_path):
    trainer, sent = read(tmp_path, CUT)
    assert sent["words"] == ["Er", "kam."]
    assert trainer.ours(sent) is None
