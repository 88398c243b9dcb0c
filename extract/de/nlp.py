"""The German tokens: spaCy's German tokenizer, our own sentence boundaries, HanTa tags.

No trained German pipeline can be installed here (DESIGN.md), so ``parse(text)`` gives the
tokens of spacy.blank("de") (extract/de/tokenizer.py: the same tokens without importing spaCy,
~0.8 s CPU a process) with
  * sentence starts (``sentence_starts``): at sentence punctuation (also when a closing quotation
    mark follows it), at line breaks (headlines, paragraphs) and never after ordinals ("15. März");
  * an STTS tag per token (``hanta_tags``) and, per token, whether it is a Konjunktiv form and
    HanTa's verb stem, in plain lists ``doc.user_data["konj"]`` and ``doc.user_data["stem"]``.
``load()`` builds the same as a spaCy pipeline (the components ``wortlaut_sentences`` and
``hanta_tagger``, with a coarse POS and, for verbs, HanTa's lemma), for whoever wants spaCy docs.

Speed: HanTa needs ~0.5 ms per word it has not seen (~0.2 ms with extract/de/tagger.py). Words are analysed once per process
(a per-word cache); capitalised words HanTa does not already know (mostly nouns and names) are
not analysed up front but guessed (NN/NE) and analysed only when a rule asks (``word_tag``).
"""
from __future__ import annotations

import importlib
import re
import sys
import types
from functools import lru_cache


def _import_spacy_without_cli() -> None:
    """Import spaCy without its command line. ``import spacy`` loads spacy.cli (typer, weasel,
    httpx, jinja2, …: ~0.2 s CPU, a twentieth of a dev-set run) only to export ``spacy.info``; a
    stand-in for spacy.cli.info serves that import and is removed again at once, so a later
    ``import spacy.cli`` loads the real one, ``spacy.info`` loads it when called, and so does
    the first ``spacy.cli`` attribute read (a module ``__getattr__``: without it ``spacy.cli``
    would not exist until someone imports it)."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, as far as the import of spacy.cli.info is concerned
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info_module.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info_module
    try:
        import spacy
    finally:
        for name, stub in (("spacy.cli.info", info_module), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if "cli" not in vars(spacy) and "__getattr__" not in vars(spacy):
        def load_cli_on_first_use(name: str):
            if name == "cli":
                return importlib.import_module("spacy.cli")  # sets spacy.cli: asked only once
            raise AttributeError(f"module 'spacy' has no attribute {name!r}")

        spacy.__getattr__ = load_cli_on_first_use


from ..actors.lexicon import words_as_written
from ..collection import keep_out_of_collections
from .tagger import HANTA_VERSION, fast_tagger_class  # noqa: F401 (HANTA_VERSION: read here by tests)
from .tokenizer import tokenize

WORDS_KEPT = 100_000  # words whose tag, lemma, … a cache keeps (a few MB each): bounded for long-running processes

SENT_END = {".", "!", "?", "…"}
CLOSING_QUOTES = {"»", "«", "“", "”", "\"", "‘", "’", "›", "‹"}
OPENING_QUOTES = {"«", "»", "„", "“", "\"", "‚", "‹", "›"}
MONTHS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "dezember", "jänner", "jahrhundert", "jahrhunderts", "liga",
          "platz", "klasse", "mal", "grades", "stock", "bundesliga"}
POS = {"N": "NOUN", "V": "VERB", "A": "ADJ", "P": "PRON", "K": "CCONJ", "$": "PUNCT"}


@lru_cache(maxsize=1)
def tagger():
    from HanTa import HanoverTagger as ht

    model = _fast_tagger_class(ht.HanoverTagger)("morphmodel_ger.pgz")
    keep_out_of_collections()  # (the model lives as long as the process: no collection walks it again)
    return model


def _fast_tagger_class(base: type) -> type:
    """HanTa's tagger with faster inner loops (extract/de/tagger.py), or ``base`` with any other
    HanTa than the one that was written for."""
    return fast_tagger_class(base)


@lru_cache(maxsize=WORDS_KEPT)
def word_tag(word: str) -> str:
    """HanTa's most likely STTS tag of one word (without context), cached per process."""
    try:
        tags = tagger().tag_word(word, cutoff=0)
    except Exception:  # HanTa raises on odd strings (control characters, very long words)
        return "XY"
    return tags[0][0] if tags else "XY"


@lru_cache(maxsize=WORDS_KEPT)
def lower_word_tag(word: str) -> str:
    """The tag of a word written in lower case in running text: never a noun ("sparte", not
    "Sparte"); HanTa's next reading, or a guess from the ending when it has none."""
    tag = word_tag(word)
    if tag not in ("NN", "NE"):
        return tag
    try:
        tags = tagger().tag_word(word, cutoff=0)
    except Exception:
        return "ADJ(D)"
    for other, _ in tags:
        if other not in ("NN", "NE"):
            return other
    return "VV(FIN)" if word.endswith(("te", "ten", "t", "e")) else "VV(INF)" if word.endswith("en") else "ADJ(D)"


@lru_cache(maxsize=WORDS_KEPT)
def analyse_word(word: str) -> tuple[str, str]:
    """HanTa's (lemma, tag) of one word without context, cached per process (other modules,
    e.g. noun lemmas for topics, should call this instead of the tagger: ~3 ms a new word)."""
    try:
        lemma, tag = tagger().analyze(word)
    except Exception:
        return word, "XY"
    return lemma, tag


STEM_TAGS = ("NN", "NE", "ADJ", "VV")  # the morphemes that carry a word's meaning (not suffixes, not joints)


@lru_cache(maxsize=WORDS_KEPT)
def unknown_stem(word: str) -> bool:
    """Whether HanTa reads a capitalised word as a name (NE) or builds it on a stem its lexicon does
    not know ("Brenninkamp", "Haverkämp|er"): no German noun, nor a compound of known ones
    ("Seilbahn|bau", "Sanierung|s|stau")."""
    tag = word_tag(word)
    if tag != "NN":
        return tag == "NE"  # (no morpheme analysis for what is not a noun)
    try:
        _, morphemes, _ = tagger().analyze(word, taglevel=3)
    except Exception:
        return False
    known = _known_morphemes()
    return any(t.startswith(STEM_TAGS) and m not in known for m, t in morphemes)


@lru_cache(maxsize=WORDS_KEPT)
def compound_noun(word: str) -> bool:
    """Whether HanTa builds a noun of two or more meaning stems ("Seil|bahn", "Umgehung|s|straße"), not one ("Bahn")."""
    if word_tag(word) != "NN":
        return False
    try:
        _, morphemes, _ = tagger().analyze(word, taglevel=3)
    except Exception:
        return False
    return sum(t.startswith(STEM_TAGS) for _, t in morphemes) >= 2


@lru_cache(maxsize=1)
def _known_morphemes():
    known = getattr(tagger(), "_morphemes", None)  # kept by extract/de/tagger.py
    return known if known is not None else {m for table in tagger().LP_m_t.values() for m in table}


def cheap_tag(word: str) -> str:
    """A tag without a full HanTa analysis for capitalised words HanTa has not memorised:
    all-caps, hyphenated and foreign-looking words are names, the rest nouns."""
    low = word.lower()
    if low in tagger().cache:  # HanTa's memorised words (keyed in lower case): cheap
        tag = word_tag(word)
        if word[:1].isupper() and low != word:
            # sentence-initial function words ("Wegen", "Entsprechend") keep their lower-case class
            low_tag = word_tag(low)
            if low_tag.startswith(CLOSED_CLASSES):
                return low_tag
        return tag
    if word[:1].isupper():
        if len(word) > 1 and (word.isupper() or name_shape(word)):
            return "NE"
        if low.endswith(ADVERB_ENDINGS):  # a sentence-initial adverb: "Relativierend fügte er hinzu"
            return "ADJ(D)"
        return "NN"
    return word_tag(word)


@lru_cache(maxsize=WORDS_KEPT)
def fast_tag(word: str) -> str:
    """cheap_tag, but lower-case words HanTa has not memorised are only analysed when they may
    be a speech verb or a Konjunktiv form (ending in -e); the rest are guessed from the ending."""
    low = word.lower()
    if word[:1].isupper() or not word.isalpha():
        return cheap_tag(word)
    if low in tagger().cache or low in KONJ2 or is_cue_candidate(low) or KONJ2_SHAPE.search(low) \
            or low in irregular_stems():
        return lower_word_tag(word)  # ("biss", "verlor": a strong past is a bare stem, not an adverb)
    if low.endswith("e"):
        return lower_word_tag(word)  # a possible Konjunktiv I form ("stattfinde", "spreche")
    if low in MODAL_FORMS:
        return "VM(FIN)"
    if low.endswith(("en", "er", "es", "em")):
        return "ADJ(A)"
    return "ADJ(D)"


@lru_cache(maxsize=1)
def irregular_stems() -> frozenset[str]:
    """HanTa's irregular stems ("biss", "sprach", "verlor"): alone, a strong verb's past."""
    return frozenset(form for table in tagger().stemdict.values() for form in table if form.isalpha())


@lru_cache(maxsize=1)
def _cue_pieces() -> tuple[tuple[str, ...], frozenset[str]]:
    """Verb stems of the cue lexicon and HanTa's irregular forms of them ("wies", "sprach")."""
    from .cues import load_cues, spelling

    cues = load_cues()  # (pieces in spelling(): "äußer" and "äusser" alike, see is_cue_candidate)
    bases = {spelling(c.base) for cs in cues.verbs.values() for c in cs if len(c.base) >= 3}
    irregular = set()
    for table in tagger().stemdict.values():
        for form, stem in table.items():
            if any(spelling(stem)[k:] in bases for k in range(len(stem) - 2)):
                irregular.add(spelling(form))
    return tuple(sorted(bases)), frozenset(irregular)


@lru_cache(maxsize=1)
def _cue_substrings() -> dict[str, tuple[str, ...]]:
    """The verb stems and irregular forms (3 letters or more) a cue candidate contains, by their
    first three letters: looked up at each letter of the word (a regex of ~600 alternatives is
    slower to build and to search)."""
    bases, irregular = _cue_pieces()
    by_start: dict[str, list[str]] = {}
    for piece in sorted(set(bases) | {f for f in irregular if len(f) >= 3}):
        by_start.setdefault(piece[:3], []).append(piece)
    return {start: tuple(pieces) for start, pieces in by_start.items()}


@lru_cache(maxsize=WORDS_KEPT)
def is_cue_candidate(low: str) -> bool:
    """Could this lower-case word be a form of a lexicon speech verb?"""
    from .cues import spelling

    low = spelling(low)
    by_start = _cue_substrings()
    for i in range(len(low) - 2):
        pieces = by_start.get(low[i:i + 3])
        if pieces is not None and any(low.startswith(p, i) for p in pieces):
            return True
    return low in _cue_pieces()[1]


ADVERB_ENDINGS = ("end", "lich", "ig", "isch", "weise", "bar", "sam", "los", "mäßig", "halber")
NAME_ENDINGS = tuple("ow ew ski sky ić ic ov ova ev eva in ini ez os as is us o i a y ck ff tz ei ar an ard ert olf und ohn ams".split())
NAME_SHAPE = re.compile("(?:" + "|".join(NAME_ENDINGS) + ")$")  # (its '$' also matches before a closing newline)


def name_shape(word: str) -> bool:
    """NAME_SHAPE.search(word): a word that ends like a foreign name; endswith, not a search from each letter."""
    return word.endswith(NAME_ENDINGS) or word.endswith("\n") and bool(NAME_SHAPE.search(word))


# Konjunktiv II forms without an umlaut, which the morphology (konjunktiv_two) cannot tell from
# the past or the present: the rest ("wäre", "befänden", "brächte", "könnte") it reads itself
KONJ2 = {"sollte", "sollten", "wollte", "ginge", "bliebe", "hieße", "ließe",
         # "brauchen" is weak but takes the umlaut of the strong verbs ("bräuchte"), which the
         # morphology cannot tell from a weak verb with an umlaut in its infinitive ("fällte")
         "bräuchte", "bräuchten", "bräuchtest"}
# an umlaut before the last consonants and a Konjunktiv ending ("gäbe", "befänden", "brächte", "könntest")
KONJ2_SHAPE = re.compile(r"[äöüß][^aeiouäöüy]*(?:e|en|est|et|te|ten|test|tet)$")
UMLAUT_LESS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
KONJ1_SPECIAL = {"sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge",
                 "wisse", "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "lasse", "halte"}
MODAL_FORMS = {"muss", "musst", "müssen", "kann", "kannst", "darf", "darfst", "soll", "sollst", "will", "willst",
               "mag", "magst", "möchte", "müsst", "könnt", "dürft", "wollt", "sollt"}
# past indicative forms HanTa splits as stem + "e" ("wurd" + "e"): not Konjunktiv
PAST_E = {"wurde", "hatte", "konnte", "musste", "mußte", "sollte", "wollte", "durfte", "mochte", "wusste", "wußte",
          "dachte", "brachte", "kannte", "nannte", "rannte", "sandte", "wandte", "brannte", "ward", "tat", "lag"}


CLOSED_CLASSES = ("APPR", "ADV", "KO", "PD", "PI", "PW", "PRO", "PPER", "PRF", "ART", "ADJ(D)", "PTK", "PAV")


@lru_cache(maxsize=WORDS_KEPT)
def konjunktiv_two(low: str) -> bool:
    """Is this lower-case word a Konjunktiv II form? Read from its morphology: a finite form whose
    umlaut its infinitive lacks (the umlauted past stem of a strong or mixed verb: "befänden" of
    befinden, "brächten" of bringen, "anstünde", "wäre", "würde"), or a "-te" form whose
    umlaut-less twin is the past of the same verb ("brächte"/"brachte", "könnte"/"konnte"). The
    "-te" forms of weak verbs are their past ("sagte", "zählte", "fällte") and stay out."""
    if low in KONJ2:
        return True
    if not ("ä" in low or "ö" in low or "ü" in low) or not KONJ2_SHAPE.search(low):
        return False  # (the umlaut first: most words have none)
    if "FIN" not in word_tag(low):
        return False  # (analyse_word's tag is this one or HanTa's UNKNOWN: its lemma need not be built)
    lemma, tag = analyse_word(low)
    if "FIN" not in tag:
        return False
    lemma = lemma.lower()
    if not low.endswith(("te", "ten", "test", "tet")):
        return any(c in "äöü" and c not in lemma for c in low)
    twin = low.translate(UMLAUT_LESS)
    twin_lemma, twin_tag = analyse_word(twin)
    if "FIN" not in twin_tag or twin_lemma.lower() != lemma:
        return False
    # a modal or "haben" ("könnte", "hätte"), or a past stem the infinitive does not have
    # ("brach-te" of bringen; not "fall-te", HanTa's guess for "fällte")
    return tag[:2] in ("VM", "VA") or twin[:twin.rindex("t")] != lemma.translate(UMLAUT_LESS)[:-2]


@lru_cache(maxsize=WORDS_KEPT)
def past_or_konjunktiv(low: str) -> bool:
    """A plural past form the Konjunktiv II shares, which reported speech uses where the
    Konjunktiv I looks like the indicative: weak verbs ("fehlten", "warteten") and strong ones
    with no vowel to umlaut ("stiegen", "blieben"); not "kamen" (Konjunktiv "kämen") nor the
    auxiliaries and modals, whose Konjunktiv has its own form ("wurden"/"würden")."""
    if not low.endswith("en"):
        return False
    umlaut = any(c in "äöü" for c in low)
    lemma, tag = analyse_word(low)
    lemma = lemma.lower()
    if tag == "ADJ(A)" and low == lemma + "en" and lemma.endswith("t"):
        # weak, read as the participle without "ge-" it shares its stem with ("trainierten", "erledigten")
        return analyse_word(lemma)[1] == "VV(PP)" and not ge_participle(lemma)
    if tag != "VV(FIN)" or lemma == low or not lemma.endswith("n"):
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    if low in (stem + "ten", stem + "eten"):
        return True  # weak, its umlaut the infinitive's own ("führten", "prüften")
    if umlaut:
        return False  # the umlaut of the Konjunktiv II ("kämen", "lägen")
    return not re.search(r"[aou]", low[:-2].replace("ie", "").replace("ei", ""))


@lru_cache(maxsize=WORDS_KEPT)
def weak_past_singular(low: str) -> bool:
    """A weak verb's past singular, which its Konjunktiv II shares ("kassierte", "verkaufte",
    "wartete"): the "-te" form of the infinitive's own stem; not a strong past ("stand", whose
    Konjunktiv is "stünde") nor a present ("kostet")."""
    if not low.endswith("te"):
        return False
    lemma, tag = analyse_word(low)
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return tag == "VV(FIN)" and lemma.endswith("n") and low in (stem + "te", stem + "ete")


@lru_cache(maxsize=WORDS_KEPT)
def verb_analysis(word: str, tag: str) -> tuple[str, bool]:
    """(stem, is Konjunktiv) of a verb form: HanTa's stem ("mitteil") and the check that the
    finite ending is a bare "-e" (Konjunktiv I: "sei", "habe", "wolle") or a Konjunktiv II form."""
    low = word.lower()
    try:
        stem, morphs, _ = tagger().analyze(word, taglevel=3, pos=tag)
    except Exception:
        return low, False
    if "FIN" not in tag:
        return stem, False
    if konjunktiv_two(low) or low in KONJ1_SPECIAL or low in {"seien"}:
        return stem, True
    if low in PAST_E:
        return stem, False
    last = morphs[-1] if morphs else ("", "")
    return stem, last == ("e", "SUF_FIN")


@lru_cache(maxsize=WORDS_KEPT)
def ge_participle(word: str) -> bool:
    """Whether a "-t" form is built as a participle only ("ge-fordert", "an-ge-kündigt"; not
    "kritisiert", "gestattet", which are also the present)."""
    try:
        _, morphs, _ = tagger().analyze(word, taglevel=3, pos="VV(PP)")
    except Exception:
        return True
    return any(tag == "PREF_PP" for _, tag in morphs)


@lru_cache(maxsize=WORDS_KEPT)
def may_be_participle(form: str) -> bool:
    """Whether a "-t" or "-en" form can be a past participle: HanTa's analysis as one has the prefix
    "ge-" ("gewählt", "neugewählt") or a verb that takes none ("erklärt", "pensioniert", "entlassen");
    "sagt", "fordert" are finite only, so "sagte", "forderte" are the past, never an adjective."""
    try:
        _, morphs, _ = tagger().analyze(form, taglevel=3, pos="VV(PP)")
    except Exception:
        return True
    return any(tag == "PREF_PP" for _, tag in morphs) or not any(tag == "VV" for _, tag in morphs)


class Token:
    """One token as the German rules read it (the attribute names of a spaCy token)."""

    __slots__ = ("text", "idx", "whitespace_", "is_space", "is_sent_start", "tag_")

    def __init__(self, text: str, idx: int, space: bool, is_space: bool, sent_start: bool, tag: str):
        self.text, self.idx, self.whitespace_ = text, idx, " " if space else ""
        self.is_space, self.is_sent_start, self.tag_ = is_space, sent_start, tag


class Doc(list):
    """The tokens of a text, with ``user_data["konj"]`` and ``user_data["stem"]`` per token."""

    def __init__(self, tokens: list[Token], user_data: dict):
        super().__init__(tokens)
        self.user_data = user_data


def parse(text: str) -> Doc:
    """The tagged tokens of a German text, as load()(text) gives them, without spaCy."""
    words, offsets, spaces = tokenize(text)
    _join_dotted_titles(words, offsets, spaces)
    blank = [w.isspace() for w in words]  # spaCy's is_space
    starts = sentence_starts(words, spaces, blank)
    tags, _, _, konj, stems = hanta_tags(words, blank, starts)
    tokens = [Token(w, b, sp, bl, k in starts, tag)
              for k, (w, b, sp, bl, tag) in enumerate(zip(words, offsets, spaces, blank, tags))]
    return Doc(tokens, {"konj": konj, "stem": stems})


@lru_cache(maxsize=1)
def _dotted_titles() -> frozenset[str]:
    """The academic titles of extract/data/academic_titles_de.txt written with a full stop, without it."""
    return frozenset(t[:-1] for t in words_as_written("academic_titles_de.txt") if t.endswith("."))


def _join_dotted_titles(words: list[str], offsets: list[int], spaces: list[bool]) -> None:
    """"Mag" "." back into "Mag.": spaCy keeps "Dr." as one token but splits titles it does not list,
    and their stop would end the sentence between a role and its holder ("Bezirkshauptfrau Mag. | X")."""
    titles = _dotted_titles()
    for i in [i for i, w in enumerate(words) if w == "."][::-1]:
        if i and not spaces[i - 1] and words[i - 1] in titles:
            words[i - 1] += "."
            spaces[i - 1] = spaces[i]
            del words[i], offsets[i], spaces[i]


def sentence_starts(words: list[str], spaces: list[bool], blank: list[bool]) -> set[int]:
    """Sentence starts: after . ! ? (and closing quotes after them) before a capital, digit or
    opening quote; after line breaks; not after ordinals or abbreviations (the tokenizer keeps
    "Dr." and "z.B." as one token)."""
    n = len(words)
    starts = {0}
    i = 0
    while i < n:
        text = words[i]
        if blank[i] and "\n" in text:
            if i + 1 < n:
                starts.add(i + 1)
            i += 1
            continue
        if text == ";" and i + 1 < n and not blank[i + 1]:
            starts.add(i + 1)  # "…; Verteidigerin X kündigte Revision an": a main clause with its own frame
        elif text in SENT_END or (text.endswith(".") and len(text) > 1 and _dotted_end(words, i)):
            j = i + 1
            while j < n and (words[j] in CLOSING_QUOTES or words[j] in SENT_END or words[j] == ")") \
                    and not (words[j] in OPENING_QUOTES and spaces[j - 1]):
                j += 1
            if j < n and _starts_sentence(words[j], blank[j]):
                starts.add(j)
            i = j
            continue
        i += 1
    return starts


def _dotted_end(words: list[str], i: int) -> bool:
    """A token with its full stop attached ends a sentence when it holds a digit ("2005.",
    "MI-17.") and is not an ordinal before a month or noun ("15. März")."""
    word = words[i][:-1]
    if not any(c.isdigit() for c in word):
        return False
    if word.isdigit():
        return _ordinal_ends(words, i)
    return i + 1 < len(words) and words[i + 1][:1].isupper()


def _ordinal_ends(words: list[str], i: int) -> bool:
    """'im Jahr 2005.' ends a sentence; '15. März' does not."""
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    return nxt[:1].isupper() and nxt.lower() not in MONTHS and len(words[i]) > 3


def _starts_sentence(text: str, blank: bool) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in OPENING_QUOTES or blank


def hanta_tags(words: list[str], blank: list[bool], starts: set[int] | None = None):
    """Per token: STTS tag, coarse POS, lemma (HanTa's stem for the verbs a rule reads, else the
    word; None for spaces and punctuation), whether it is a Konjunktiv form, HanTa's verb stem
    with separable particle ("mitteil"). ``starts`` (sentence starts) lets a capitalised verb
    opening a sentence be read as the verb (``sentence_initial_verb``)."""
    n = len(words)
    tags, pos, lemmas = [""] * n, [""] * n, [None] * n
    konj = [False] * n  # a Konjunktiv I or II verb form
    stems = [""] * n
    for i, text in enumerate(words):
        if blank[i]:
            tags[i], pos[i] = "_SP", "SPACE"
            continue
        if not text[0].isalnum():
            tags[i] = "$(" if text not in {",", ".", "!", "?", ";", ":"} else ("$," if text == "," else "$.")
            pos[i] = "PUNCT"
            continue
        tags[i], pos[i], lemmas[i], konj[i], stems[i] = word_tags(text)
    for i in starts or ():
        if i < n and (tags[i][:1] == "N" or tags[i] == "VV(IMP)"):
            if sentence_initial_verb(words, blank, i):
                tags[i], pos[i], lemmas[i], konj[i], stems[i] = word_tags(words[i].lower())
    for i in range(1, n - 1):
        if "FIN" in tags[i] and attributive_participle(words, blank, tags, i):
            tags[i], pos[i], konj[i] = "ADJ(A)", "ADJ", False
    return tags, pos, lemmas, konj, stems


PARTICIPLE_ENDINGS = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener", "enes")


def attributive_participle(words: list[str], blank: list[bool], tags: list[str], i: int) -> bool:
    """A participle that HanTa, reading the word alone, took for a finite verb, between an article
    and its noun ("die pensionierte Lehrerin", "der gewählte Vorsitzende"): an adjective."""
    word = words[i]
    if not word.islower() or not word.endswith(PARTICIPLE_ENDINGS):
        return False
    j = i - 1
    while j >= 0 and blank[j]:
        j -= 1
    k = _next_word(words, blank, i)
    # (not after "das": "Das erklärte Baudezernentin X" is the demonstrative and its verb)
    if not (j >= 0 and tags[j] == "ART" and words[j].lower() != "das" and k is not None
            and words[k][:1].isupper() and tags[k][:1] == "N"):
        return False
    # (HanTa's analysis last, between an article and a noun: a past that is no participle stays a verb,
    # "Der sagte Journalisten, …", "Die kündigte Neuwahlen an")
    return may_be_participle(word[:-1] if word.endswith("e") else word[:-2])


# after a sentence-initial verb, a subject opening with these may also be a genitive after a
# noun ("Lage der Brücke", "Würde einer Frau"); "des"/"eines" are only genitive
_GENITIVE_TOO = {"der", "einer"}
_GENITIVE_ONLY = {"des", "eines"}
_SUBJECT_START = ("PPER", "PRF", "PIS", "ART", "PIAT", "PDAT", "PPOSAT")


def sentence_initial_verb(words: list[str], blank: list[bool], i: int) -> bool:
    """Whether the capitalised word opening a sentence, tagged alone as a noun or imperative, is
    a Konjunktiv verb opening the clause ("Müsste die Stadt sparen, …", "Läge es an ihm, …"):
    its lower-case form is a finite Konjunktiv form and a subject follows (a pronoun or a
    determiner, not a genitive: "Würde und Anstand", "Würde des Menschen" stay nouns). After
    "der"/"einer" (also a genitive: "Stände der Händler waren …") the clause up to the first
    comma must have no finite verb of its own."""
    word = words[i]
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    # the subject after it first: a noun's lower-case form is mostly a word not analysed yet, the
    # next word mostly one analysed already (Wikinews dev: 92 new analyses, not 193)
    j = _next_word(words, blank, i)
    if j is None:
        return False
    nxt = words[j].lower()
    if nxt in _GENITIVE_ONLY or word_tags(nxt)[0] not in _SUBJECT_START:
        return False
    low_tag, _, _, low_konj, _ = word_tags(word.lower())
    if "FIN" not in low_tag or not low_konj:
        return False
    if nxt in _GENITIVE_TOO:
        k = _next_word(words, blank, j)
        while k is not None and words[k] not in {",", ".", "!", "?", ";", ":"}:
            if words[k][:1].isalnum() and "FIN" in word_tags(words[k])[0]:
                return False
            k = _next_word(words, blank, k)
        return k is not None and words[k] == ","
    return True


def _next_word(words: list[str], blank: list[bool], i: int) -> int | None:
    j = i + 1
    while j < len(words) and blank[j]:
        if "\n" in words[j]:
            return None
        j += 1
    return j if j < len(words) else None


@lru_cache(maxsize=WORDS_KEPT)
def word_tags(text: str) -> tuple[str, str, str, bool, str]:
    """hanta_tags of one word (not a space, not punctuation): its tag, coarse POS, lemma, whether
    it is a Konjunktiv form, stem; all read from the word alone, so kept per word."""
    text = text.replace("\xad", "")  # soft hyphens stay in the text (offsets) but not in words
    tag = fast_tag(text)
    lemma, konj, stem = text, False, ""
    low = text.lower()
    verb = tag.startswith("V")
    may_be_konj = verb or not text[:1].isupper()  # not a noun ("Fähre", not "fähre")
    two = may_be_konj and konjunktiv_two(low)  # (only where it counts: ~100 HanTa analyses fewer on a dev set)
    if (two or low in KONJ1_SPECIAL) and may_be_konj:
        konj = True  # unambiguous Konjunktiv forms, whatever the tag
    if verb:
        if is_cue_candidate(low) or ("FIN" in tag and low.endswith("e") and not two):
            # HanTa's (slower) morphological analysis only where a rule needs it
            stem, konj = verb_analysis(text, tag)
            lemma = stem
    return tag, "PROPN" if tag == "NE" else POS.get(tag[0], "X"), lemma, konj, stem


@lru_cache(maxsize=1)
def load():
    """The same as a spaCy pipeline (spacy.blank("de") with the components wortlaut_sentences
    and hanta_tagger), built once per process; the rules themselves use ``parse``."""
    _import_spacy_without_cli()
    import numpy
    import spacy
    from spacy.attrs import IS_SPACE, SENT_START
    from spacy.language import Language

    @Language.component("wortlaut_sentences")
    def wortlaut_sentences(doc):
        n = len(doc)
        starts = sentence_starts([t.text for t in doc], [bool(t.whitespace_) for t in doc], [t.is_space for t in doc])
        # all at once: assigning token.is_sent_start one by one re-checks the whole document each time
        flags = numpy.full((n, 1), -1, dtype="int64")  # 1: starts a sentence, -1: does not
        for k in starts:
            if k < n:
                flags[k, 0] = 1
        if n:
            doc.from_array([SENT_START], flags.astype("uint64"))  # -1 wraps, as in spaCy's own arrays
        return doc

    @Language.component("hanta_tagger")
    def hanta_tagger(doc):
        tags, pos, lemmas, konj, stems = hanta_tags([t.text for t in doc], [t.is_space for t in doc],
                                                     {t.i for t in doc if t.is_sent_start})
        for tok, tag, p, lemma in zip(doc, tags, pos, lemmas):
            tok.tag_, tok.pos_ = tag, p
            if lemma is not None:
                tok.lemma_ = lemma
        doc.user_data["konj"], doc.user_data["stem"] = konj, stems
        return doc

    nlp = spacy.blank("de")
    # Of the lexical attributes spaCy computes for every new word (shape, like_num, like_url, …: a
    # third of the tokenizer's time) the German rules read only is_space
    nlp.vocab.lex_attr_getters = {IS_SPACE: nlp.vocab.lex_attr_getters[IS_SPACE]}
    nlp.add_pipe("wortlaut_sentences")
    nlp.add_pipe("hanta_tagger")
    return nlp
