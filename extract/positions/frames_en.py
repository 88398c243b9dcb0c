"""Stance from the structure of an English sentence (the trained spaCy pipeline's parse):
the same frames as extract/positions/frames_de.py, read from dependencies. Frame words are in
extract/data/stance_frames_en.tsv. Without a trained pipeline no stance is read."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from . import evaluations_en as ev
from .frames import Stance, back_references, frame_rows, named_again_by, names_again, words_of

JUDGING = ("call", "consider", "describe", "deem", "find", "brand", "label", "dub")  # "called X a mistake", "found X unacceptable"
PERSONAL = frozenset("i we you he she it they one".split())
PLEDGERS = frozenset("i we he she".split())  # (the speaker, in reported speech; not "they", not "it")
NOBODY = frozenset("nobody noone none".split())
PERSONAL_POSSESSIVES = frozenset("my our his her their your".split())  # (a deed of someone's own: answered_of)
# "a ban on Wednesday": a time after an act noun is no target (names are not parsed here: no NER)
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    january february march april may june july august september october november december""".split())


# the word lists of stance_frames_en.tsv: the value in its first column -> the key lexicon() gives the set under
WORD_SETS = {"not": "negations", "mod": "mods", "generic": "generic", "own": "own", "must": "must", "lone": "lone",
             "refuse": "refuse", "amount": "amount", "harm": "harm", "hedge": "hedge", "doubt": "doubt",
             "reverse": "reverse", "place": "places", "whole": "whole", "settlement": "settlements", "intent": "intent", "measure": "amounts", "empty": "empty",
             "officer": "officers", "body": "bodies", "event": "events", "unit": "units",
             "plural": "plurals", "burden": "burdens", "greet": "greeters", "author": "authors", "paper": "papers", "rule": "rules",
             "cause": "causes", "office": "office", "carrier": "carriers", "time_unit": "time_units", "span": "spans",
             "see": "seeing", "echo": "echoes", "held": "held", "noting": "noting",
             "minister": "ministers", "cabinet": "cabinets", "having": "having", "people": "people", "counting": "counting", "bill": "bills", "guessed": "guessed", "heads": "heads",
             "any_body": "any_body", "owner": "owners", "owning": "owning", "organ": "organs", "member": "members",
             "public": "publics", "in_act": "in_acts", "money": "money", "payer": "payers",
             "ordinal": "ordinals", "quantity": "quantities", "evaluative": "evaluatives", "obstruct": "obstructing",
             "container": "containers", "law": "laws", "decree": "decrees", "placeholder": "placeholders", "persist": "persisting",
             "about": "about", "levied": "levied", "background": "background_marks", "additive": "additives",
             "state_on": "states_on", "state_off": "states_off", "term": "terms",
             "purpose": "purposes", "specifying": "specifying", "ongoing": "ongoing",
             "wrongdoer": "wrongdoers", "listener": "listener", "occasion": "occasion_marks",
             "intransitive": "intransitives", "excess": "excess", "timing": "timings", "verdict": "verdicts", "told": "told",
             "yes": "answers_yes", "no": "answers_no", "evidence": "evidence", "moving": "moving", "wish": "wishes",
             "ask": "askers", "sent_in": "sent_in", "long_ago": "long_ago", "decision": "decisions",
             "proposal": "proposals"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, object]:
    frames: dict[str, list[tuple[int, str]]] = {}
    acts: dict[str, int] = {}
    preps: dict[str, str] = {}
    skip: set[str] = set()
    verb_only: set[str] = set()
    nominal: dict[str, str] = {}
    obstacles: dict[str, str] = {}
    sets: dict[str, set[str]] = {key: set() for key in WORD_SETS.values()}
    for value, slot, forms in frame_rows("en"):
        for form in forms:
            form = form.lower()
            if value in ("+1", "-1"):
                frames.setdefault(form, []).append((int(value), slot))
            elif value in ("flip", "keep"):
                acts[form] = -1 if value == "flip" else 1
                if slot == "verb":  # a verb only ("charge customers a fee"): its noun is a thing ("the congestion charge")
                    verb_only.add(form)
                elif slot != "act":  # "do away with X", "get rid of X": the act's object follows this preposition
                    preps[form] = slot
            elif value == "noun":  # amount verbs named by their act noun ("cut rates" -> "rate cut")
                nominal[form] = slot
            elif value in WORD_SETS:
                sets[WORD_SETS[value]].add(form)
            elif value == "0":
                skip.add(form.split("_")[0] + " " + form.split("_")[-1])
            elif value == "obstacle":  # ("stand in the way of X": the preposition X follows)
                obstacles[form] = slot
    # the words of judgement a modifier is left out of a name for ("a reckless tax cut"): the subj rows;
    # the broad vocabulary judges predicates only ("affordable housing", "windfall tax" keep their names)
    judging = frozenset(form for form, rows in frames.items() if any(slot == "subj" for _, slot in rows))
    for form, rows in ev.single_frames().items():  # the broad evaluative vocabulary (round 30)
        frames.setdefault(form, []).extend(r for r in rows if r not in frames[form])
    noun_acts = {form: value for form, value in acts.items() if form not in verb_only}
    return {"frames": frames, "judging": judging, "acts": acts, "noun_acts": noun_acts, "verb_only": verb_only, "act_preps": preps, "skip": skip, "nominal": nominal, "obstacles": obstacles,
            "nominal_nouns": set(nominal.values()), **sets}


def target_names(tok) -> list[str]:
    """The target's name, and for a generic head ("line", "programme") the full compound too:
    "the new tram line" -> "tram", "tram line" (a later text may name either)."""
    if named_amount(tok):  # an amount verb named as its act: "cut interest rates" -> "interest rate cut", "rate cut"
        noun, obj = lexicon()["nominal"][verb_key(tok)], measured(tok)
        return list(dict.fromkeys((f"{target_name(obj)} {noun}", f"{head_word(obj)} {noun}")))
    if tok.pos_ == "NOUN" and amount_of(tok) is not None:  # "a cut in interest rates"
        obj = amount_of(tok)
        return list(dict.fromkeys((f"{target_name(obj)} {noun_key(tok)}", f"{head_word(obj)} {noun_key(tok)}")))
    if measure(tok) and (of := next((g for c in tok.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)) is not None:
        return target_names(of)  # "cut 40 per cent of bus routes": the amount of the thing, the thing
    if (noun := misread_head(tok)) is not None:  # "behind the Ballinrue greenway": "greenway" tagged an adverb
        return [noun.lower_]
    name = target_name(tok)
    if (gerund := gerund_after(tok)) is not None:  # "any salmon netting", "an end to badger culling"
        return [f"{name} {gerund.lower_}"]
    if misread_compound(tok):
        return [f"{misread_compound(tok)} {name}"]
    if (rest := object_split(tok)) is not None:  # "scrapping the night buses": both nouns hung on the verb
        return [f"{name} {rest.lemma_.lower()}"]
    if judged_head(tok) is not None:  # "called the rent freeze a victory": "freeze" read as a verb
        return [f"{name} {judged_head(tok).lemma_.lower()}"]
    head = head_word(tok)
    if (whole := hyphened_head(tok)) is not None:  # "the park-and-ride": the written word, not its first part
        return [name.removesuffix(head).rstrip() + (" " if name != head else "") + whole]
    return [name, name + " " + head] if generic_head(tok) and name != head else [name]


def hyphened_head(tok) -> str | None:
    """The whole written word when the head is a first part of a word joined by hyphens that the
    tokenizer split and the parser hung on it ("park-and-ride", "pay-as-you-go", "drop-in"); else None."""
    doc, word = tok.doc, written_word(tok)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if word == tok.lower_ or nxt is None or nxt.text not in HYPHENS or tok.whitespace_ or nxt.whitespace_:
        return None
    last = tok.i
    while last + 2 < len(doc) and doc[last + 1].text in HYPHENS and not doc[last].whitespace_ and not doc[last + 1].whitespace_:
        last += 2
    end = doc[last]  # (a plural's last part as its lemma: "e-scooters" -> "e-scooter")
    return word.removesuffix(end.lower_) + head_word(end) if end.tag_ == "NNS" else word


def inside_hyphened(also, tok) -> bool:
    """A conjunct that is a later part of the head's own hyphened word ("ride" of "park-and-ride")."""
    return hyphened_head(tok) is not None and written_word(also) == written_word(tok) and also.i > tok.i


def generic_head(tok) -> bool:
    """A head that names no thing of its own ("line", "scheme": the words before it name it); a
    counting head only in the plural without "of" ("overseas student numbers"; not "the helpline
    number", "a record number of visitors")."""
    head, lex = head_word(tok), lexicon()
    return head in lex["generic"] or head in lex["counting"] and tok.tag_ == "NNS" \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def gerund_after(tok):
    """A gerund right after a singular noun that the parser hung on it as a clause or took for a
    verb of its own ("warned against any cod fishing", "an end to badger culling"): the head of
    the name ("cod fishing"); not a gerund with an object or subject of its own ("the council
    closing the depot", "residents parking there")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.tag_ != "VBG" or tok.tag_ != "NN" or not tok.whitespace_ or nxt.lemma_.lower() in lexicon()["acts"] \
            or nxt.lower_ in lexicon()["states_on"]:
        return None  # (a state the thing is kept in is no part of its name: "to keep the ferry running")
    if nxt.dep_ not in ("acl", "xcomp", "advcl", "conj", "oprd", "dep") or any(
            c.dep_ in ("dobj", "nsubj", "aux", "auxpass", "attr", "acomp", "ccomp", "xcomp", "prt") for c in nxt.children):
        return None
    return nxt


def misread_head(tok):
    """The common noun after "the <Name>" that the tagger did not take for the head ("the
    Ballinrue greenway", its "greenway" read as an adverb): the thing named; or None."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and measure(tok) and nxt.head.i == tok.i and nxt.is_alpha and nxt.is_lower and not nxt.is_stop \
            and nxt.pos_ in ("ADV", "NOUN", "ADJ") and not nxt.lower_.endswith("ly"):
        return nxt  # "a 40km greenway": the unit read as the head, the thing it measures as its adverb
    if nxt is None or tok.pos_ != "PROPN" or nxt.pos_ != "ADV" or not nxt.is_alpha or not nxt.is_lower \
            or nxt.head.i == tok.i or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or nxt.tag_ != "RB" or nxt.lower_.endswith("ly") or nxt.is_stop:
        return None
    return nxt


def measure(tok) -> bool:
    """A noun counted by a number before it that measures, not names a thing ("40km", "19 per cent",
    "£4 million"): a word of the "unit" row of data/stance_frames_en.tsv. The number may stand right
    before the unit's own words and hang on the noun the measure modifies ("a 2.5 per cent pay
    offer": the parse gives "2.5" to "offer" and "per" to "cent")."""
    if tok.lower_ not in lexicon()["units"]:
        return False
    return any(c.like_num for c in tok.lefts) or figure_before(tok) is not None


def figure_before(tok):
    """The number right before a word's own words that the parse hung elsewhere ("2.5" of "2.5 per cent", on
    "offer"), else None; only where the word has words of its own before it. The one test of that figure, for
    measure and measure_words."""
    start = tok.left_edge.i
    return tok.doc[start - 1] if 0 < start < tok.i and tok.doc[start - 1].like_num else None


def head_word(tok) -> str:
    """The lemma of a common noun, also of a plural the tagger took for a verb ("the new cycle
    lanes" as VBZ object); a name as written."""
    if tok.lower_ in lexicon()["plurals"]:
        return tok.lower_  # ("fireworks", "goods", "steelworks", "treatment works": the plural names the thing)
    if tok.tag_ == "NNS" and tok.lower_.endswith("xes") and tok.lemma_.lower().endswith("is"):
        return tok.lower_[:-2]  # ("taxes" lemmatised as "taxis": a plural in -xes drops its -es)
    if tok.tag_ in ("NN", "NNS") or tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return tok.lemma_.lower()
    if tok.tag_ == "NNPS" and tok.is_lower:  # a lowercase word tagged a name is a common noun ("the weight-loss jabs")
        return noun_lemma(tok.lower_)
    return tok.text.lower()


@lru_cache(maxsize=1024)
def noun_lemma(word: str) -> str:
    """The lemma the pipeline's lemmatizer gives a word as a plural common noun."""
    from spacy.tokens import Doc

    from ..en.nlp import load_english

    nlp = load_english()
    if "lemmatizer" not in nlp.pipe_names:
        return word
    return nlp.get_pipe("lemmatizer").rule_lemmatize(Doc(nlp.vocab, words=[word], pos=["NOUN"], tags=["NNS"])[0])[0]


def target_name(tok) -> str:
    """The noun with its compounds and kept modifiers: "the proposed toll" -> "toll",
    "facial recognition", "carbon tax", "gas boilers" -> "gas boiler"; a lexicalised phrase of
    the data file stays whole ("free school meals"); a name before a common noun is where or
    whose, not what ("the Wessex Vale mobile library" -> "mobile library")."""
    if (whole := lexicalised(tok)) is not None:
        return whole
    generic = generic_head(tok)
    if tok.i > 0 and generic and (whole := lexicalised(tok.doc[tok.i - 1])) is not None:
        return whole  # "the free school meals programme": the lexicalised phrase names it
    kept = [c for c in tok.lefts if c.dep_ in MODIFIERS and kept_modifier(c, tok) or kind_genitive(c, tok)
            or c.dep_ == "nsubj" and c.i == tok.i - 1 and misread_plural_clause(tok.head) == tok]
    head = head_word(tok)
    owners = {t.i for c in kept for p in c.subtree if p.dep_ == "poss" and p.i != c.i
              for t in p.subtree}  # ("the council's business rates freeze")
    inside = sorted({t.i for c in kept for t in c.subtree} - owners)
    dropped = {t.i for c in kept for d in c.subtree if d.i != c.i and (d.dep_ in MODIFIERS and not kept_modifier(d, tok) or measure(d))
               for t in measure_words(d)}  # (a modifier left out, or a measure, takes its own words with it: "400-space" of "car",
    # "$26 million" of "rock")
    law = {t.i for c in kept if law_name(c) for t in c.subtree}  # (a law's name whole: "Fifth Amendment protections")
    words = [tok.doc[i] for i in inside if i in law or (tok.doc[i].pos_ != "DET" or in_hyphened_word(tok.doc[i]))
             and tok.doc[i].lower_ not in lexicon()["mods"]
             # (a kept modifier is no count nor judgement: kept_modifier asks which_how_many_how_good)
             and (kept_modifier(tok.doc[i], tok) if tok.doc[i].dep_ in MODIFIERS else not which_how_many_how_good(tok.doc[i], tok))
             and tok.doc[i].lower_ not in LESS  # (a quantity, no part of the name: "less red tape")
             and i not in dropped]
    words = [t for t in words if not named_settlement(t, tok)]
    words = hyphen_whole(without_hyphened_mods(words))
    if not words and generic:  # "the Kestrel Valley line", "the Orwell Park scheme": a generic
        words = named_generic(tok)  # head named only by its name: the name names it ("kestrel valley line")
    if not words:
        return head
    before = spelled(words).lower()
    return before if generic else before + " " + head


def spelled(words: list) -> str:
    """The words as written, a space where the text had one or where a word of the text lies between
    them (a quotation mark: 'the "cack-handed" parking levy' is no "…handedparking levy")."""
    return "".join(t.text_with_ws if t.whitespace_ or k + 1 == len(words) or words[k + 1].i == t.i + 1 else t.text + " "
                   for k, t in enumerate(words)).strip()


def kind_genitive(mod, head) -> bool:
    """A plural genitive that says what kind the thing is, not whose ("a new children's hospital",
    "a women's refuge", "a farmers' market"): a common plural noun with no article of its own, after
    the head's own "a"/"an", which a plural cannot take ("the council's freeze": whose, left out)."""
    if mod.dep_ != "poss" or mod.tag_ != "NNS" or any(c.dep_ in ("poss", "compound") or c.dep_ == "det" and c.lower_ not in (
            "a", "an") for c in mod.children):
        return False  # (the parser hangs the head's article on the genitive too: "a | women's refuge")
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < mod.i for c in (*mod.children, *head.children))


def without_hyphened_mods(words: list) -> list:
    """The words less a hyphened word of the mods list, which the tokenizer splits ("so-called",
    "watered-down", "region-wide": "the so-called sugar tax" -> sugar tax), as a plain mod word is left out."""
    groups: list[list] = []
    for t in words:  # (the words of one written word: joined without space, next to each other)
        if groups and not groups[-1][-1].whitespace_ and groups[-1][-1].i + 1 == t.i:
            groups[-1].append(t)
        else:
            groups.append([t])
    mods = lexicon()["mods"]
    return [t for g in groups if not (len(g) > 1 and "".join(x.text for x in g).lower() in mods) for t in g]


def named_generic(tok) -> list:
    """The proper name in compound before a generic head ("the Kestrel Valley line"), or []."""
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return sorted({t for c in names for t in c.subtree if t.pos_ == "PROPN"}, key=lambda t: t.i) if names else []


MODIFIERS = ("compound", "amod", "nmod", "npadvmod")
HYPHENS = ("-", "\u2011")


def hyphen_whole(words: list) -> list:
    """A hyphened word is one word: where the kept modifiers begin at its hyphen ("no-fault
    evictions", "an early-release scheme": "no" and "early" left out on their own), the word
    joined before the hyphen comes back ("no-fault eviction", not "-fault eviction")."""
    while words and words[0].text in HYPHENS and words[0].i > 0 and not words[0].whitespace_ \
            and not words[0].doc[words[0].i - 1].whitespace_:
        words = [words[0].doc[words[0].i - 1], *words]
    return words


def named_settlement(word, head) -> bool:
    """A settlement noun after a name before the target ("the Brackley Green village bypass"):
    part of the place's name, not of the target's ("the village school" keeps it)."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.lemma_.lower() in lexicon()["settlements"] and before is not None and before.pos_ == "PROPN" \
        and not kept_modifier(before, head)


def kept_modifier(mod, head) -> bool:
    """A modifier that is part of the target's name: not a word of the mods list, no judgement
    ("a reckless tax cut"), no comparative, no participle ("the long-delayed flyover") and no
    proper name before a common noun (but "the Medicaid expansion": what an act acts on)."""
    lex = lexicon()
    if mod.lower_ in lex["places"] and not in_a_name(mod, head) or where_before(mod, head) or counted(mod) or owned_by(mod) \
            or how_long(mod, head) \
            or mod.tag_ == "VBG" and mod.lemma_.lower() in lex["acts"] and mod.i == head.left_edge.i:
        return False  # where, not what ("a downtown curfew", "the island ferry subsidy"); an act done to it ("closing X")
    if mod.lower_ in lex["mods"] or mod.is_stop and not noun_compound(mod) or mod.pos_ == "DET" or mod.tag_ in ("JJR", "RBR") \
            or mod.pos_ == "ADJ" and judges(mod, lex) or read_as_adjective(mod) is not None or which_how_many_how_good(mod, head):
        return False  # (nor an act verb read as an adjective: "to lower fuel duty")
    if mod.dep_ == "amod" and (mod.tag_ == "RB" or any(c.dep_ in ("advmod", "npadvmod") and c.tag_ not in ("RBR", "RBS")
                                                       and not (c.lower_ in LESS and c.i == head.left_edge.i)  # ("less red tape")
                                                       and c.lower_ not in ("very", "so", "too", "truly", "really")
                                                       and not hyphened_noun(c, mod) for c in mod.children)
                               or mod.tag_ == "VBN" and mod.i > 0 and mod.doc[mod.i - 1].tag_ == "RB"):
        return False  # ("the hastily drawn-up levy", "the long-delayed flyover"; not "flavored vapes")
    proper = (mod.pos_ == "PROPN" or mod.pos_ == "ADJ" and not mod.is_sent_start) and mod.text[:1].isupper() \
        and mod.lower_ not in TIME_WORDS  # (a name read as an adjective: "the Westgate congestion charge"; "the Sunday trading laws": a kind)
    acted_on = act_noun(head) and not noun_between(mod, head)  # (not "the Northgate scheme", nor "the Cedar Bend housing development")
    return not (proper and common_noun(head) and not acted_on and not law_name(mod))


def law_name(mod) -> bool:
    """A name whose last word makes it a law or a treaty ("Fifth Amendment protections", "the Clean
    Air Act rules", "Schengen Agreement checks"): it says what the thing is, not where or whose (the
    "law" row of data/stance_frames_en.tsv)."""
    return mod.dep_ == "compound" and mod.text[:1].isupper() and mod.lower_ in lexicon()["laws"]


def act_noun(head) -> bool:
    """A head that is an act done to the thing before it: an act of the data file ("the Medicaid
    expansion") or an amount noun ("the GST rise", "the HST hike": what rises is the tax), not an
    empty one ("the plan", "the ban": act_or_amount)."""
    key = noun_key(head)
    return act_or_amount(key) and key not in lexicon()["empty"]


def act_or_amount(key: str) -> bool:
    """A noun (noun_key) of the acts of the data file or an amount noun, empty ones too ("ban",
    "moratorium", "plan"): what act_noun reads before it leaves the empty ones out, and how_long
    reads as it is."""
    lex = lexicon()
    return key in lex["noun_acts"] or key in lex["nominal_nouns"]


def common_noun(tok) -> bool:
    """A common noun, also one the tagger took for a verb where only a noun can stand: an object or
    subject with an article ("would not sell the Whitlow Creek nature preserve": "preserve" a VBP)."""
    return tok.pos_ == "NOUN" or tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP", "VBZ") \
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(c.dep_ == "det" for c in tok.children)


def which_how_many_how_good(mod, head) -> bool:
    """A modifier that says which one of a row, how many or how good the thing is ("a second runway",
    "not a single branch library", "a half-baked reorganization"): a word of the ordinal, quantity or
    evaluative rows of data/stance_frames_en.tsv, as written ("half-baked", not "single" of "single-use"),
    or a hyphened word that judges ("ill-conceived"; not a noun on its own: "waste" of "waste incinerator").
    An ordinal or a quantity counts the head it hangs on: on a noun before the head it is part of that
    noun's name ("the single market rules", "a first aid kit")."""
    lex, word = lexicon(), written_word(mod)
    if in_a_name(mod, head):
        return False
    counts = (word in lex["ordinals"] or word in lex["quantities"] and not definite_singular(head)) and mod.head.i == head.i
    return counts or word in lex["evaluatives"] or word != mod.lower_ and any(slot == "subj" for _, slot in lex["frames"].get(word, []))


def in_a_name(mod, head) -> bool:
    """A capitalised word inside a capitalised name ("the Second Amendment", "the National Health
    Service"): part of the name, not a count, a judgement or a place."""
    return mod.text[:1].isupper() and not mod.is_sent_start and head.text[:1].isupper()


def definite_singular(head) -> bool:
    """A singular head under "the": one thing, which a quantity word does not count but names ("the
    single market", "the single currency"; "not a single branch library" counts)."""
    return head.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def in_hyphened_word(tok) -> bool:
    """A token inside a word written with hyphens ("the" of "first-past-the-post"): kept with it."""
    return written_word(tok) != tok.lower_


def written_word(tok) -> str:
    """The word as written around a token the tokenizer split at its hyphens ("half-baked" of "baked")."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in HYPHENS and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start : end + 1].text.lower()


def noun_between(name, head) -> bool:
    """A common noun in compound between a name and the act noun it stands before ("the Cedar Bend
    housing development", "the Greyholm quarry expansion"): what the act acts on; the name says where."""
    return any(t.pos_ == "NOUN" and t.dep_ == "compound" for t in name.doc[name.right_edge.i + 1 : head.i])


def noun_compound(mod) -> bool:
    """A common noun in compound before the head that the stop list holds as a function word ("the call
    centre", "a side road", "the back office", "the front desk"): a kind of the thing, kept."""
    return mod.dep_ == "compound" and mod.pos_ == "NOUN" and mod.tag_ in ("NN", "NNS")


def owned_by(mod) -> bool:
    """A participle that says whose the thing is or who runs it ("a state-owned gas reserve", "the
    council-run care homes", "a publicly funded stadium"): the owner, no part of the thing's name;
    owners and their verbs are the "owner" and "owning" lists of data/stance_frames_en.tsv."""
    lex = lexicon()
    return mod.tag_ == "VBN" and mod.lemma_.lower() in lex["owning"] \
        and any(c.dep_ in ("npadvmod", "advmod", "compound") and c.lower_ in lex["owners"] for c in mod.children)


def hyphened_noun(word, participle) -> bool:
    """A noun joined to a participle by a hyphen ("midwife-led", "coal-fired", "state-owned"): a
    kind of the thing, kept (not an adverb of time or manner: "long-delayed")."""
    return word.pos_ == "NOUN" and word.i == participle.i - 2 and word.doc[word.i + 1].text == "-"


def where_before(mod, head) -> bool:
    """A settlement noun before another noun of the target ("the island ferry subsidy", "the town
    centre parking discount"): where the thing is, the nouns after it name it ("the village school" keeps it)."""
    return mod.lemma_.lower() in lexicon()["settlements"] and mod.pos_ == "NOUN" and any(
        t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound" for t in mod.doc[mod.i + 1 : head.i])


def counted(mod) -> bool:
    """A modifier that gives a figure ("the 10% pay rise", "a 20mph speed limit", "the 300-home estate"):
    how much, not what; a number word stays ("the four-day week")."""
    doc = mod.doc
    # (a compound noun's own words, and a measure hung on the modifier, count something else: "the 10 per cent
    # fare increase", "the $26 million rock revetment" as parsed: "fare", "rock" name the thing)
    inner = {t.i for c in mod.children if c.dep_ == "compound" and c.pos_ == "NOUN" or c.i < mod.i and measure(c)
             or apart_figure(c, mod) for t in measure_words(c)}
    return any(re.fullmatch(r"[\d.,]+[a-z%]*", t.text) and not (  # (not "5G": a name split by the tokenizer)
        not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()) for t in mod.subtree
        if t.i not in inner) \
        or mod.i > 0 and doc[mod.i - 1].like_num and not doc[mod.i - 1].whitespace_ and mod.lower_ in MAGNITUDES \
        or measure(mod)  # ("a four-mile bypass", "a 12-metre mast": a number word before a unit of measure)
    # ("the 400-space car park": the figure counts the spaces, "car" names the park; "a £62m relief road": "m" of the sum)


def apart_figure(child, mod) -> bool:
    """A figure the parse hung on a common noun before the head, written as a word of its own before it ("the
    A$1.40-a-share takeover bid": "1.40" on "takeover"): it counts the whole, the noun still names the kind; a
    figure joined to the noun by a hyphen counts the noun ("the 300-home estate": "home" goes)."""
    return mod.pos_ == "NOUN" and child.i < mod.i and child.dep_ in ("nmod", "nummod", "quantmod") \
        and bool(child.right_edge.whitespace_) and child.right_edge.i < mod.i \
        and any(t.pos_ == "NOUN" for t in child.subtree if t.i > child.i)  # (its own unit: "-a-share"; a bare
    # figure counts the noun after it, "the 20 mph speed limit", "the 3 bedroom house plan")


def measure_words(tok) -> list:
    """A word's own words; for a measure, also the figure right before them that the parse hung elsewhere
    ("10" of "10 per cent")."""
    words, figure = list(tok.subtree), figure_before(tok) if measure(tok) else None
    return words if figure is None else words + [figure]


MAGNITUDES = frozenset("m bn k mn tn".split())  # the letters a sum's figure ends in, split off by the tokenizer ("£62m")


def how_long(mod, head) -> bool:
    """A length of time before an act noun ("the two-year pay freeze", "a six-month ban", "a
    ten-year moratorium") or a noun of an agreement that runs for a term ("a two-year pay deal", "a
    99-year lease": term in stance_frames_en.tsv): how long it lasts, not what it acts on ("the
    four-day week" keeps it). A plural unit is no length: a measure before a noun is singular ("two-year"),
    so "zero-hours contracts" names a kind of contract (round 29)."""
    lex, key = lexicon(), noun_key(head)
    return mod.lemma_.lower() in lex["time_units"] and mod.tag_ != "NNS" and any(c.like_num for c in mod.children) \
        and (act_or_amount(key) or key in lex["terms"])  # (empty acts too: "a six-month ban")


def names_its_thing(act) -> bool:
    """An act noun whose compound names what it acts on ("the tram extension to the airport", "a pay
    raise for teachers", "a sponsorship ban on arms makers"): its preposition names where or for whom."""
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and kept_modifier(c, act)
               and not noun_key(act).startswith(c.lower_ + "-") for c in act.lefts)  # (not "phase" of "phase-out")


@lru_cache(maxsize=1)
def whole_phrases() -> tuple[list[str], ...]:
    """The "whole" list's phrases as words, longest first: sorted once, not per target."""
    return tuple(phrase.split("_") for phrase in sorted(lexicon()["whole"], key=len, reverse=True))


def lexicalised(tok) -> str | None:
    """The phrase of the data file's "whole" list that ends in ``tok`` ("free school meals",
    "online betting"), as listed; None if there is none."""
    doc = tok.doc
    for words in whole_phrases():
        first = tok.i - len(words) + 1
        if first >= 0 and all(w in (t.lower_, t.lemma_.lower()) for w, t in zip(words, doc[first:tok.i + 1])):
            return " ".join(words)
    return None


def negated(tok) -> list:
    neg = lexicon()["negations"]
    out = [c for c in tok.children if c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("det", "advmod", "preconj"))
           or (c.dep_ == "dobj" and c.lower_ == "nothing" and not any(b.lower_ == "but" for b in c.rights))  # (not "nothing but praise")
           or (c.dep_ == "amod" and c.lower_ in ("little", "scant") and not any(d.lower_ == "a" for d in tok.children))]
    out = [c for c in out if not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("only", "just"))]
    # (not a "not" after its word that opens a phrase set off by a comma: "never doubted the need for X, not even
    # when …", "X, not Y": it says when or what else, and negates no frame word before it)
    out = [c for c in out if not (c.dep_ == "neg" and c.i > tok.i and c.doc[c.i - 1].text == ",")]
    # (nor the "not" of "or not": "whether or not she would back X", "whether she backs X or not" name the other answer)
    out = [c for c in out if not (c.lower_ == "not" and c.i > 0 and c.doc[c.i - 1].lower_ == "or")]
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]  # ("was | no longer opposed to X")
    out += [c for h in (tok, *auxes) for c in h.children if c.dep_ == "advmod" and c.lower_ in ("longer", "more")
            and any(g.lower_ == "no" for g in c.children)]  # "no longer supports X"
    out += [c for a in auxes for c in a.children if c.dep_ == "neg"]  # (hung on the auxiliary: "did not for one second back X")
    if tok.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.head.children):
        out += [c for c in tok.head.children if c.dep_ == "cc" and c.lower_ == "nor"]  # "neither needed nor wanted"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lexicon()["refuse"]:
        out.append(tok.head)  # "refused to back the pay deal"
    if going_to(tok):
        out += negated(tok.head)  # "we are not going to close the academy"
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "from" and tok.head.head.lower_ == "far":
        out.append(tok.head.head)  # "was far from a success", "far from acceptable"
    return out + fronted_negative(tok) + denying_noun(tok) + dead_body(tok)


def fronted_negative(verb) -> list:
    """A phrase with a negative determiner before the verb, which negates the whole clause ("Under
    no circumstances will we accept X", "would at no point back X", "in no way supports X"); after
    the verb such a phrase may say only how ("accept X with no exemptions"), so it is not read."""
    neg = lexicon()["negations"]
    return [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and any(
        g.dep_ == "pobj" and any(d.dep_ in ("det", "neg") and d.lower_ in neg for d in g.children)
        and not any(d.dep_ == "amod" for d in g.children) for g in c.children)]  # (its "no" denies the adjective:
    # "in no small part", "in no uncertain terms" say much, not none)


def negated_thing(verb) -> list:
    """The negation of the thing a verb's clause is about, its subject ("No library will close",
    "Not a single branch will be sold", "None of the pools will shut"): the clause says the act
    will not happen to any of them."""
    neg = lexicon()["negations"]
    out = []
    for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")):
        out += [d for d in s.children if d.dep_ in ("det", "neg", "preconj") and d.lower_ in neg
                and not (d.i + 1 < len(d.doc) and d.doc[d.i + 1].lower_ in ("only", "just"))  # (not "Not only X but Y")
                and not in_hyphened_word(d)]  # (nor the "No" of "No-fault evictions should be abolished": a word)
        if s.lower_ == "none" and any(p.dep_ == "prep" and p.lower_ == "of" for p in s.children):
            out.append(s)
    return out


def dead_body(tok) -> list:
    """"over my dead body" on an act ("the depot will be demolished over my dead body"): the act refused."""
    return [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "over" and any(
        g.lemma_.lower() == "body" and any(a.lower_ == "dead" for a in g.children) for g in p.children)]


def denying_noun(tok) -> list:
    """The "no" of a noun that governs the frame word through its infinitive or "of" ("had no
    intention of supporting X", "has no plans to back X", "no reason why X should not go ahead")."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pcomp", "acl", "relcl", "xcomp", "prep") or t.head is t:
            return []
        t = t.head
        if t.pos_ == "NOUN":
            return [c for c in t.children if c.dep_ == "det" and c.lower_ == "no"]
    return []


def noun_key(tok) -> str:
    """The lemma of a noun, with the word hyphened before it ("phase-out": phase - out)."""
    i = tok.i
    if i >= 2 and tok.doc[i - 1].tag_ == "HYPH" and tok.doc[i - 2].head.i == i and not tok.doc[i - 1].whitespace_:
        return f"{tok.doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def act_noun_key(tok) -> str:
    """noun_key, or for a noun in "-ing" of an act verb the act list names only as a verb, that verb
    ("the ditching of the bypass": ditch; "the shelving of X": shelve; "the axing of X": ax)."""
    key, noun_acts = noun_key(tok), lexicon()["noun_acts"]
    if key in noun_acts or tok.pos_ != "NOUN" or not key.endswith("ing") or tok.dep_ == "compound":
        return key
    stem = key[:-3]
    forms = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return next((f for f in forms if f in noun_acts), key)


def lone_act_subject(tok, frame):
    """What a lone act ("the charge must go", "the toll has to go") ends: the noun subject of it or of
    the "must" it hangs on; or "it" when the act is the frame itself ("said it should not go ahead",
    named before: lone_it). "Going to" only puts the act ahead: its subject is the act's ("the branch is not
    going to close")."""
    holder = tok.head if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in lexicon()["must"] or going_to(tok)) else tok
    return next((c for c in holder.children if c.dep_ == "nsubj" and (c.pos_ in ("NOUN", "PROPN")
                 or tok == frame and c.lower_ == "it")), None)


def follow_acts(tok, words: list[str], frame=None) -> tuple[object, int]:
    """The thing an act (chain) ends or brings (None: done to a person, done_to), and the sign; an act verb
    negated on its own ("the decision not to close X") flips it, unless it is the ``frame`` word (negated there)."""
    acts, noun_acts = lexicon()["acts"], lexicon()["noun_acts"]
    sign = 1
    for _ in range(4):
        key = act_noun_key(tok)
        if key in noun_acts and (tok.pos_ in ("NOUN", "PROPN") or misread_plural(tok)) \
                and not capitalised_imperative(tok):
            obj = noun_complement(tok)
            if tok != frame and amount_of(tok) is not None:
                return tok, sign  # "a cut in interest rates": the cut, named "interest rate cut" (as "cutting rates")
            if obj is not None and (obj.lower_ in TIME_WORDS or tok != frame and names_its_thing(tok)):
                break  # "a ban on Wednesday": a time, not what is banned; "the tram extension | to the airport"
            obj = obj or carried_act(tok)
            if obj is None or paid_by(tok):
                break  # ("opposed Chinese investment in the port": the payer's act, no stance on the port)
            sign *= acts[key]
            words.append(tok.text)
            if (less := less_of(tok)) is not None:  # "opposes less funding for X": the act made smaller, for X
                sign = -sign
                words.append(less.lower_)
            tok = obj
            continue
        act = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB" and verb_key(c) in acts
                    and to_infinitive(c)), None) or decided_act(tok)  # (not "the incinerator planned for X")
        if tok.pos_ == "NOUN" and act is not None:  # "the decision to scrap the toll": the act decides
            tok = act
            continue
        if verbal(tok) and verb_key(tok) in acts:  # "scrapping the subsidy", "phase out coal"
            if named_amount(tok):
                if tok != frame and any(c.dep_ == "neg" for c in tok.children):  # ("urged the bank not to cut rates")
                    sign, _ = -sign, words.append("not")
                words.append(tok.text)
                return tok, sign  # "urged the bank to cut interest rates": for a rate cut
            obj = reduced_relative(tok) or state_read_as_head(tok) or thing_acted_on(tok) or next(
                (c for c in tok.children if c.dep_ == "nsubj" and tok.tag_ in ("VBN", "VBD") and tok.dep_ == "ccomp"), None) \
                or act_object(tok) or read_as_adjective(tok) or shared_subject(tok) or participle_thing(tok)  # ("… and should be scrapped")
            if obj is None and verb_key(tok) in lexicon()["lone"] and not any(c.dep_ == "dobj" for c in tok.children):
                obj = lone_act_subject(tok, frame)  # "the charge must go" (not "the council must go the extra mile")
            if obj is None and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
                obj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "X has to be scrapped"
            if (obj is None or obj.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass", "prep") for c in obj.children)) \
                    and (also := conjoined_act(tok)) is not None:  # (or a bare gerund: "stop delaying and bring in X")
                tok = also  # "urged it to stop dithering and bring in a register": the act that has a thing
                continue
            if obj is None or others_position(obj):
                break
            sign *= acts[verb_key(tok)]
            words.append(tok.text)
            if tok != frame and any(c.dep_ == "neg" for c in tok.children):
                sign = -sign
                words.append("not")
            tok = obj
            continue
        break
    return done_to(tok, words, sign)


def thing_acted_on(verb):
    """The object or passive subject an act verb acts on; none for an act that only moves or keeps its
    subject (the intransitive row: "go", "stay"), whose object in the parse is the measure of the way
    ("Perhaps go a step further", "go the extra mile", "stay the course")."""
    if verb_key(verb) in lexicon()["intransitives"]:
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def carried_act(noun):
    """The act an act noun with no thing after its preposition carries: its infinitive ("plans to build a
    landfill"), the act its decree's clause does (decided_act), the infinitive the parser hung on the verb
    right after the noun ("joined calls | to scrap X", "stood behind the campaign | to save X"), or the
    gerund after its "to" (gerund_after_to); else None."""
    acts = lexicon()["acts"]
    obj = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                and verb_key(c) in acts and to_infinitive(c)), None) or decided_act(noun)
    if obj is None and noun.dep_ in ("dobj", "pobj"):
        holder = noun.head if noun.dep_ == "dobj" else noun.head.head
        obj = next((c for c in holder.children if c.dep_ == "advcl" and c.pos_ == "VERB" and verb_key(c) in acts
                    and c.left_edge.i == noun.right_edge.i + 1 and to_infinitive(c)), None)
    return obj if obj is not None else gerund_after_to(noun)


def state_read_as_head(verb):
    """The thing of an act's object that the parser read as a compound of the state it is kept in ("to keep
    the ferry running": "running" the object, "ferry" its compound; row "state_on"): the thing; else None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in lexicon()["states_on"] or obj.i == 0:
        return None
    before = obj.doc[obj.i - 1]
    return before if before.dep_ == "compound" and before.head.i == obj.i and before.pos_ in ("NOUN", "PROPN") else None


def conjoined_act(verb):
    """The act verb joined to an act verb that acts on nothing ("stop dithering and bring in X", "to act
    now and scrap X"): the second act, which shares the first one's subject; also where the parser joined
    it to the bare gerund ("stop dithering | and scrap X": a base form, no second gerund as "stop dithering
    and delaying"); else None."""
    holders = [verb, *(g for g in verb.children if g.dep_ in ("xcomp", "dobj") and g.tag_ == "VBG")]
    return next((c for h in holders for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and (h.i == verb.i or c.tag_ == "VB") and verb_key(c) in lexicon()["acts"]
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def shared_subject(verb):
    """The thing a passive (or an intransitive act: "should close") verb acts on when the verb is
    the second of two coordinated verbs with no subject of its own ("the levy is hurting grocers and
    should be scrapped"): the first verb's noun subject, which both share; else None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb_key(verb) not in lexicon()["lone"]:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)


def decided_act(noun):
    """The act a decision noun's relative clause says it does ("the court ruling that halts deep-sea
    mining", "the bill which would scrap the levy"): a noun of the "decree" row of data/stance_frames_en.tsv
    whose clause has "that"/"which" as subject and an act verb; not a thing's clause ("the incinerator
    that would replace the landfill": no decree noun), nor a body the decree goes through ("the bill that
    passed the Senate": an object that can speak, data/speakers_en.txt, is no thing acted on)."""
    from ..en.cues import speaker_nouns

    lex = lexicon()
    if noun.pos_ != "NOUN" or noun_key(noun) not in lex["decrees"]:
        return None
    speakers = speaker_nouns()
    return next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and verb_key(c) in lex["acts"]
                 and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children)
                 and any(o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in speakers
                         for o in c.children)), None)


def noun_complement(tok):
    """The object an act noun takes after its preposition ("the ban on fracking"); a phrase of time
    before its complement or its infinitive is none ("the decision on Tuesday | to reopen X", "the
    go-ahead on Friday | for X"); a lone one stays, to be read as a time ("a ban on Wednesday")."""
    preps = act_preps(tok)
    if len(preps) > 1 or any(c.dep_ == "acl" for c in tok.children):
        preps = [c for c in preps if not time_adjunct(c)]
    return next((g for c in preps for g in c.children if g.dep_ in ("pobj", "pcomp")), None)


def paid_by(noun) -> bool:
    """Money a named payer spends ("Chinese investment in the port", "private spending on schools"), or an
    investment owned or made by someone ("the fund's investment in Kelby Rovers", "investment by Norland Oil
    in X"): the payer's act, which passes no stance on to what the money goes to."""
    lex = lexicon()
    if noun_key(noun) not in lex["money"]:
        return False
    stake = noun_key(noun) in lex["in_acts"]
    return any(c.dep_ == "amod" and (c.lower_ in lex["payers"] or c.text[:1].isupper() and not c.is_sent_start)
               or stake and (c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def reduced_relative(verb):
    """The noun of a participle phrase the parser read as a clause in the object's place ("opposed
    the wind farm planned off Penmarrow Point": "farm" its subject, "Point" its object): a past
    form with no marker, auxiliary or object of its own, its subject a noun whose article stands right
    after the verb that takes the object, and a passive's mark after it: an agent, or a particle whose
    phrase was read as its object. The noun (what was planned), else None (not "feared the council
    scrapped the levy", nor "feared the bridge collapsed", "regretted the club folded last year": a
    clause of its own)."""
    deps = {c.dep_ for c in verb.children}
    # (a past form of a verb that takes an object, with none but a phrase of place or purpose: a passive
    # participle, "the solar farm proposed on the Hecht property"; the lexicon's object frames and acts
    # are such verbs, "collapsed", "folded" are not)
    passive = "prep" in deps and not deps & {"dobj", "prt", "ccomp", "xcomp", "dative"} and takes_object(verb)
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i \
            or deps & {"mark", "aux", "auxpass", "neg"} or not ("agent" in deps or {"prt", "dobj"} <= deps or passive):
        return None  # (a participle takes no object but one its particle's phrase was read as: "planned off X")
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == verb.i - 1
                 and c.left_edge.dep_ == "det" and c.left_edge.i == verb.head.i + 1
                 and not (passive and is_someone(c))), None)  # ("feared the council proposed …": the council acts)


def takes_object(verb) -> bool:
    """A verb of the lexicon that takes an object: an object frame ("propose", "recommend") or an act ("build")."""
    lex = lexicon()
    return any(slot == "obj" for _, slot in lex["frames"].get(verb.lemma_.lower(), ())) or verb.lemma_.lower() in lex["acts"]


def others_position(noun) -> bool:
    """A position noun of others that an act verb hands on ("would pass the tenants' objections to
    the council", "pass their objections to X"): no act on a thing (not "our opposition", nor "its": a
    body's own)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon()["held"] and any(
        c.dep_ == "poss" and (c.lower_ == "their" or c.pos_ in ("NOUN", "PROPN")) for c in noun.children)


def misread_plural(tok) -> bool:
    """A plural noun the tagger took for a verb ("slammed plans to close X": "plans" as VBZ object)."""
    return tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj")


def done_to(tok, words: list[str], sign: int) -> tuple[object, int]:
    """What a gerund the act list does not know does its work on, kept ("warned against
    legalising online betting": against the betting); an act gerund the parser hung on its
    object as a modifier ("against abolishing free school meals") acts on that object."""
    acts = lexicon()["acts"]
    # (also a gerund that is the subject judged: "putting a toll on the bridge is the right call")
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "xcomp", "csubj", "nsubj") and verb_key(tok) not in acts:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and tok.dep_ in ("csubj", "nsubj") and is_someone(obj):
            return None, sign  # "meeting the minister was a good step": done to a person, no thing
        if obj is not None:
            words.append(tok.text)
            return obj, sign
    act = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and c.lemma_.lower() in acts
                and c.i == tok.left_edge.i), None) if tok.pos_ == "NOUN" else None
    if act is not None:
        words.append(act.text)
        return tok, sign * acts[act.lemma_.lower()]
    return tok, sign


def office_sought(noun) -> bool:
    """A title with no article or owner, the office as a post ("would stand for mayor", "is running for
    governor"): one runs for it, which is no position on a thing (round 29)."""
    from ..actors import lexicon as actor_lexicon

    return noun.tag_ == "NN" and noun.lower_ in actor_lexicon("en").titles \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


def is_someone(noun) -> bool:
    """A person or body an act is done to ("meeting the minister", "charging drivers"): a name, a
    role, a group of people or a body; no thing to be for or against."""
    from ..actors import lexicon as actor_lexicon

    people, lemma = actor_lexicon("en"), noun.lemma_.lower()
    return noun.pos_ == "PROPN" or lemma in lexicon()["officers"] \
        or any(w in people.roles or w in people.groups or w in people.institutions for w in (lemma, noun.lower_))


def gerund_after_to(act):
    """The thing after an act noun's "to" that the parser read as an infinitive ("an end to
    greyhound racing": "to" marking "greyhound"; "an end to live animal exports": "to live"),
    or None."""
    after = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else None
    if after is None or after.lower_ != "to" or after.dep_ != "aux" or after.head.i != after.i + 1:
        return None
    marked = after.head
    return marked if marked.tag_ == "VBG" else next(
        (c for c in marked.children if c.dep_ in ("dobj", "xcomp") and misread_compound(c)), None)


def misread_compound(tok) -> str:
    """The word the parser took for a verb marked by an act noun's "to", right before ``tok``'s
    phrase ("an end to greyhound racing", "to live animal exports"): part of the name; or ""."""
    head, doc = tok.head, tok.doc
    if head.pos_ != "VERB" or head.tag_ not in ("VB", "VBP") or head.i != tok.left_edge.i - 1 or head.i < 2 \
            or verb_key(head) in lexicon()["acts"] or head.lemma_.lower() in lexicon()["frames"]:
        return ""  # (a real infinitive: "plans to build a landfill", "a bid to scrap X")
    ends = lexicon()["noun_acts"].get(noun_key(doc[head.i - 2])) == -1  # ("an end to", "a halt to"; not "a plan to tackle X")
    return head.lower_ if doc[head.i - 1].lower_ == "to" and ends else ""


def object_split(tok):
    """The noun right after ``tok`` that the parser hung on the same verb in the same role, without an
    article of its own: the head of one compound ("scrapping the night buses": "night" and "buses" both
    objects of "scrapping"; the name is "night bus"), or None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or tok.pos_ != "NOUN" or nxt.pos_ != "NOUN" or tok.tag_ != "NN" or nxt.dep_ != tok.dep_ \
            or nxt.head.i != tok.head.i or tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
        return None
    return None if any(c.dep_ in ("det", "poss") for c in nxt.children) else nxt


def judged_head(tok):
    """The last noun of an object the parser split into object and verb after a judging verb
    ("called the rent freeze a victory": "freeze" read as a verb taking "a victory"), or None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and tok.dep_ in ("compound", "nsubj") and tok.pos_ == "NOUN" and nxt.i == tok.head.i \
            and object_read_as_clause(nxt) is not None and nxt.head.lemma_.lower() in JUDGING:
        return nxt  # ("branded the fuel duty freeze a gimmick": "freeze" read as the verb of a clause)
    if nxt is None or tok.dep_ not in ("dobj", "oprd") or tok.pos_ != "NOUN" or nxt.dep_ != "oprd" or not nxt.tag_.startswith("VB") \
            or nxt.head.i != tok.head.i or tok.head.lemma_.lower() not in JUDGING:
        return None
    return nxt if any(c.dep_ == "dobj" for c in nxt.children) else None


def amount_of(act):
    """The amount an amount noun changes ("a cut in interest rates", "a rise in fares"), where
    the data file names it an amount; else None."""
    if noun_key(act) not in lexicon()["nominal_nouns"]:
        return None
    return next((g for c in act_preps(act, ("in", "to", "of", "on")) for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in lexicon()["amounts"]), None)


def named_amount(verb) -> bool:
    """An amount verb named by its act noun ("cut interest rates": an interest rate cut)."""
    return verb.pos_ == "VERB" and verb_key(verb) in lexicon()["nominal"] and measured(verb) is not None


def measured(verb):
    """The amount an amount verb changes, its object where that names an amount of the data
    file ("cut interest rates", "raise fares"; not "cut the night train": a service ended), or None."""
    return next((c for c in [*verb.children, read_as_adjective(verb)] if c is not None and c.dep_ in ("dobj", "nsubjpass", "pobj")
                 and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon()["amounts"] and (c.dep_ != "pobj" or c.i == verb.head.i)), None)  # ("pressed for rates to be cut")


def act_object(verb):
    """The object of an act verb that takes it after a preposition ("do away with X", "get rid
    of X") or as a gerund ("stop funding X": the act "funding")."""
    prep = lexicon()["act_preps"].get(verb_key(verb))
    if prep:  # (on the verb or on its particle: "get | rid | of X")
        holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "acomp"))]
        return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children
                     if g.dep_ in ("pobj", "pcomp")), None)
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and verb_key(c) in lexicon()["acts"]), None) \
        or let_clause(verb)


def let_clause(verb):
    """The bare clause a causative act verb lets happen ("letting the tower go ahead", "let the
    pub close"): its verb, which acts on its own subject; None where it has no subject."""
    if verb.lemma_.lower() not in lexicon()["causes"]:
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and verbal(c) and verb_key(c) in lexicon()["acts"]
                 and any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)), None)


def verbal(tok) -> bool:
    """A verb, also one the tagger took for a noun in a clause's place with an object of its own ("let the
    operator charge | drivers a fee": "charge" a noun heading a clause)."""
    return tok.pos_ == "VERB" or tok.pos_ == "NOUN" and tok.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ == "dobj" for c in tok.children) and any(c.dep_ in ("nsubj", "aux") for c in tok.children) \
        or capitalised_imperative(tok)  # ("Axe the subsidy": a proper noun to the tagger)


PARTICLES = frozenset("back out down off ahead away aside".split())  # (tagged as adverbs at times: "hit back at")


def frame_key(tok) -> str:
    """A verb with its particle where the frames know the pair ("ruled out" -> "rule_out")."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"
                or c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == tok.i + 1
                or c.lower_ in ("no", "yes") and c.i == tok.i + 1 and c.dep_ != "det"  # ("said no to X")
                or particle_as_prep(tok, c)), None)
    return f"{tok.lemma_.lower()}_{prt}" if prt else tok.lemma_.lower()


def particle_as_prep(verb, prep) -> bool:
    """A particle the parser read as a preposition, of a pair the frames know ("voted down the pay
    package", "shot down the proposal", "would choke off lending": "down", "off" with the object as its own;
    "would drive shoppers out of the town": after the object)."""
    after = verb.i + 1 + max((len(list(o.subtree)) for o in verb.children if o.dep_ == "dobj" and o.i == verb.i + 1), default=0)
    return prep.dep_ == "prep" and prep.lower_ in PARTICLES and prep.i in (verb.i + 1, after) \
        and any(slot in ("obj", "does") for _, slot in lexicon()["frames"].get(f"{verb.lemma_.lower()}_{prep.lower_}", []))


def act_preps(tok, names: tuple[str, ...] = ("of", "to", "for", "on"), own: bool = False) -> list:
    """The prepositional phrases (``names``) of a noun ("an end to fracking"), also where the
    parser hung the phrase right after it on the verb ("threw her support | behind X")."""
    key, lex = noun_key(tok), lexicon()
    if names == ("of", "to", "for", "on") and (key in lex["amount"] or key in lex["in_acts"]):
        names += ("in",)  # "an increase in the gas tax", "more investment in X"
    if names == ("of", "to", "for", "on") and key in lex["act_preps"]:
        names = ("of", lex["act_preps"][key])  # "an exit from the compact", "a cap on rents" (not "for parks")
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in names]
    after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    while after is not None and after.head.i == tok.head.i and time_adjunct(after):  # ("threw his support | Wednesday |
        after = tok.doc[after.right_edge.i + 1] if after.right_edge.i + 1 < len(tok.doc) else None  # behind X")
    # (not "on"/"for"/"in"/"of", which as often open an adverbial: "opposed the expansion | on Monday")
    # (after an act noun, it is the act's complement: "welcomed the ban | on fracking")
    brings = own or key in lex["acts"]  # (``own``: the frame noun's own preposition)
    if not preps and tok.pos_ == "NOUN" and after is not None and after.dep_ in ("prep", "dative") and after.lower_ in names \
            and (after.lower_ not in ("on", "for", "in", "of") or brings) \
            and (after.head.i == tok.head.i or tok.dep_ == "pobj" and after.head.i == tok.head.head.i) \
            and not any(g.lower_ in TIME_WORDS for g in after.children):  # (not "on Monday")
        preps = [after]
    return preps


def is_time(t) -> bool:
    """A word of time ("Monday", "week", "March")."""
    return t.lower_ in TIME_WORDS or t.lemma_.lower() in lexicon()["time_units"]


def time_adjunct(tok) -> bool:
    """A phrase of time hung on the verb ("Wednesday", "last week", "on Monday", "in March")."""
    if tok.dep_ == "npadvmod":
        return is_time(tok)
    return tok.dep_ == "prep" and tok.lower_ in ("on", "in", "at", "this", "last") \
        and any(c.dep_ == "pobj" and is_time(c) for c in tok.children)


def verb_key(tok) -> str:
    """The lemma, joined with its particle where the lexicon knows the pair ("phase_out", "go_ahead")."""
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("ahead", "away", "back")
                or c.dep_ == "acomp" and c.lower_ == "rid"  # ("get rid of")
                # a preposition right after: "should come in" (no object), "phased out | of the city centre"
                # (the particle before its own phrase)
                or c.dep_ == "prep" and c.i == tok.i + 1 and (
                    not any(c.children) or c.lower_ in PARTICLES and all(g.dep_ == "prep" for g in c.children))), None)
    if prt and f"{lemma}_{prt}" in lexicon()["acts"]:
        return f"{lemma}_{prt}"
    return lemma


def clause_object(verb):
    """The object of a verb, or of the act verb in its clausal complement ("urged the EU to lift
    the sanctions": the act's object)."""
    for c in verb.children:  # ("supports ending the program": the gerund read as a clause of its own)
        if (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "acl" and c.tag_ == "VBG" or gerund_object(verb, c)) \
                and verb_key(c) in lexicon()["acts"]:
            return c
    misread = misread_infinitive(verb)
    if misread is not None:
        return misread
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
    if obj is not None and (done := wished_done(verb, obj)) is not None:
        return done  # "wants plastic straws banned": the act wished for
    asked = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if obj is not None and obj.dep_ == "dobj" and asked is not None:  # "urged the state to adopt X": the state is asked
        inner = asked.lemma_.lower() in lexicon()["frames"]  # ("urged the council to reject X": that frame reads it)
        return None if inner else next((c for c in asked.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = (None if holders_participle(verb) else nearest_passive_subject(verb) or passive_subject(verb)) \
            or next((g for c in verb.children if particle_as_prep(verb, c) for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:  # "welcomed the library promised by the county": the participle phrase read as a clause
        obj = next((n for c in verb.children if (n := reduced_relative(c)) is not None), None)
    if obj is None:
        obj = kind_of_time(verb)
    return credited_for(verb, obj) if obj is not None else misread_plural_clause(verb)


def wished_done(verb, obj):
    """The act a verb of wishing wants done to its object, a past participle of an act after it ("wants
    plastic straws banned from pubs", "would like the toll scrapped"; verbs in the "wish" row of
    data/stance_frames_en.tsv): the participle, which acts on the object (participle_thing); else None
    (not "welcomed the library promised by the county": a welcome takes the thing as it is described)."""
    lex = lexicon()
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in lex["wishes"]:
        return None
    return next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > obj.i
                 and verb_key(c) in lex["acts"]), None)


def participle_thing(verb):
    """The noun a past participle of an act hangs on as its object complement ("wants plastic straws
    | banned"): what the act is done to (wished_done), else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    done = wished_done(verb.head.head, verb.head)  # (tokens compared by index: they are made anew at each access)
    return verb.head if done is not None and done.i == verb.i else None


def gerund_object(verb, clause) -> bool:
    """A bare gerund right after the verb (or its particle) that the parser read as an adverbial
    clause ("ruled out | axing the rebate"): the verb's object; not one with a marker or a subject of
    its own ("opposed it, saying …" has a comma between)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(c.dep_ in ("mark", "nsubj", "aux") for c in clause.children):
        return False
    end = max([verb.i, *(c.i for c in verb.children if c.dep_ == "prt")])
    return clause.left_edge.i == end + 1 == clause.i


WHEN = frozenset("last next this every each same following previous coming past".split())  # ("this week": when)


def kind_of_time(verb):
    """An object the parser read as a phrase of time ("would not support | a longer school day",
    "backs | a shorter working week": npadvmod): a time unit with an article and a word that makes it a
    kind of time (a compound, or an adjective that is no time of the act: not "last week", "a few days")."""
    lex = lexicon()
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.lemma_.lower() in lex["time_units"]
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                 and any(m.dep_ == "compound" or m.dep_ == "amod" and m.lower_ not in WHEN and m.lower_ not in lex["spans"]
                         for m in c.children)
                 and not any(m.dep_ == "nummod" for m in c.children)), None)


def nearest_passive_subject(verb):
    """The passive subject nearest before the verb: a dateline the parser took for a second subject
    stands before it ("WICHITA FALLS (AP) — A proposed sales tax increase was opposed ..."); or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=None) or next(iter(subjects), None)


def holders_participle(verb) -> bool:
    """A participle read as a passive that takes a preposition of its own frame ("the parish was
    opposed to the solar farm", "the union remains opposed to X"): an adjective, whose subject holds
    the view and whose preposition names the target; not "the levy was opposed by residents"."""
    if verb.tag_ != "VBN" or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    slots = {slot for _, slot in lexicon()["frames"].get(verb.lower_, [])}
    return any(c.dep_ == "prep" and c.lower_ in slots and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in verb.children)


def passive_subject(verb):
    """The subject of a passive the parser labelled as an active one ("the bypass was \"neither
    needed nor wanted\"", a quote mark before the participle): what is done to, or None."""
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or not auxes:
        return None
    return next((c for h in (verb, *auxes) for c in h.children if c.dep_ == "nsubj"), None)  # (also hung on the "was")


def credited_for(verb, obj):
    """What a person or body is praised or blamed for ("praised the council for scrapping the
    toll", "criticised ministers for the closure"): the thing after "for", not the one credited;
    else the object itself."""
    if not (obj.pos_ in ("PRON", "PROPN") or is_body(obj) or obj.lemma_.lower() in lexicon()["officers"]):
        return obj
    prep = next((c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i), None)
    return next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), obj) if prep is not None else obj


def misread_plural_clause(verb):
    """A plural noun the parser read as the verb of a clause of its own, its compound as the
    subject ("opposes the new sewage treatment works on the River Lune": "treatment works" as a
    clause): a present -s verb with no marker or auxiliary, right after a noun with an article
    that opens the object's place. The noun it is, or None."""
    lex = lexicon()
    for c in verb.children:
        # (or an act noun after a plural the parser read as a present verb: "the business rates freeze")
        act = c.tag_ == "VBP" and (c.lemma_.lower() in lex["acts"] or c.lemma_.lower() in lex["amount"] | lex["nominal_nouns"]) \
            and not any(x.dep_ in ("advmod", "dobj", "xcomp", "ccomp", "acomp", "prt", "attr") for x in c.children)  # ("prices rise further")
        if c.dep_ != "ccomp" or c.tag_ != "VBZ" and not act or c.i < verb.i or any(
                x.dep_ in ("mark", "aux", "auxpass", "neg") for x in c.children):
            continue
        subj = next((x for x in c.children if x.dep_ == "nsubj" and x.pos_ == "NOUN" and x.i == c.i - 1
                     and (x.tag_ == "NNS" or not act)), None)
        if subj is not None and subj.left_edge.i == verb.i + 1 and subj.left_edge.dep_ == "det":
            return c
    # (a singular one as well, with nothing after it a verb would take: "praised the new school meals programme")
    return next((c for c in verb.children if object_read_as_clause(c) is not None
                 and not any(x.dep_ in ("dobj", "attr", "acomp", "dative", "oprd") for x in c.children)), None)


def misread_infinitive(verb):
    """The act verb of an infinitive the parser read as "to" + adjective + noun ("urged ministers
    to lower fuel duty": "lower" as an adjective of "duty"), or None: the act, not the one asked."""
    return next((a for c in verb.children if c.tag_ == "TO" and c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                 for a in g.children if a.dep_ == "amod" and a.tag_ == "VB" and verb_key(a) in lexicon()["acts"]), None)


def read_as_adjective(verb):
    """The object of an act verb read as an adjective of it ("to lower fuel duty"), or None."""
    return verb.head if verb.dep_ == "amod" and verb.tag_ == "VB" and verb_key(verb) in lexicon()["acts"] else None


def subject_of(tok):
    from ..en.base import agents as by_agents

    verb = tok
    while verb.dep_ in ("acomp", "attr", "amod", "dobj", "oprd", "xcomp", "prep", "pobj") and verb.head is not verb:
        if verb.dep_ == "prep" and (group := group_holder(verb.head) or group_before(verb)):
            return group, group  # "letters in favour of X", "all of them against X": the group's position
        verb = verb.head
    # the subject nearest the verb: "Police Federation chair Joan Kettle" parsed as two subjects
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c is not passive_subject(verb)
                or c.dep_ == "nsubjpass" and holders_participle(verb)]  # ("the parish was opposed to X": who holds it)
    subjects = subjects or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]
    # (hung on the auxiliary: "the mayor did "not for one second" support X")
    # "the scheme has been criticised by residents": the agent holds the position
    subject = (subjects or by_agents(verb) or [None])[-1]
    if subject is None and controlled(verb):
        return subject_of(verb.head)[0], verb  # "the co-operative had written to the council to oppose X": the co-operative's
    return according_subject(verb, subject) or subject, verb


def controlled(verb) -> bool:
    """An adverbial clause of no subject of its own, an infinitive of purpose or a participle ("had
    written to the council to oppose X", "had written to him opposing X"): the subject of the clause it
    hangs on does its act (not one a conjunction opens: "while", "after", "if")."""
    return verb.dep_ == "advcl" and verb.head is not verb and not any(c.dep_ == "mark" for c in verb.children) \
        and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def according_subject(verb, subject):
    """The clause's own subject where the parser hung it on the source of an "according to" as an
    apposition ("According to organiser X, the cleaners reject Y": "cleaners" beside "X", the
    verb with X or no subject): the apposition right before the verb; else None."""
    doc = verb.doc
    source = subject if subject is not None and subject.left_edge.i >= 2 \
        and doc[subject.left_edge.i - 2].lower_ == "according" and doc[subject.left_edge.i - 1].lower_ == "to" else None
    if subject is None:
        source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.children
                       if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"), None)
    if source is None:
        return None
    return next((c for c in source.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i + 1 == verb.i), None)


OTHERS = frozenset("many some others most few".split())  # a subject that is others ("Many say X is a mistake")
# a group of people that holds a position, the others and the rest ("all of them against X", "half", "the majority")
GROUPS = OTHERS | frozenset("all half majority none both several".split())


def group_holder(noun):
    """A group a stance phrase is hung on ("read out letters in favour of X", "a petition, nearly
    all of them in favour of X", "the objectors, all of them against X"): those the group holds the
    position, not the speaker who hands it on (a plural noun or a quantity of others, itself no
    frame word: not "calls in favour of X")."""
    held = (noun.tag_ in ("NNS", "NNPS") or noun.lower_ in GROUPS) and noun.pos_ in ("NOUN", "PRON", "ADJ", "DET") \
        and noun.lemma_.lower() not in lexicon()["frames"]
    return noun if held else None


def group_before(prep):
    """A preposition right after an appended group ("handed in a petition, nearly all of them in
    favour of X"), which the parser hung on the verb: it belongs to the group."""
    if prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    before = prep.doc[prep.i - 1]
    return next((a for a in (before, *before.ancestors) if a.lower_ in GROUPS and a.dep_ in ("appos", "npadvmod")
                 and a.right_edge.i == prep.i - 1), None)


# Forms of frame verbs that do not start like their lemma ("came out against", "is for").
IRREGULAR_OF = {"be": (" is ", " are ", " was ", " were ", " am ", "'m ", "'re ", "'s "), "come": (" came ",),
                "spea": (" spoke ",), "figh": (" fought ",), "stan": (" stood ",), "have": (" has ", " had "),
                "seek": (" sought ",), "tear": (" tore ",), "giv": (" gave ",)}


FEELING_PREPS = ("with", "at", "by", "about", "over")  # the prepositions of the frames of feeling words (clause_en.py)
SLOT_WORDS = {"there": "there", "table": "table", "offtable": "table", "anywhere": "anywhere", "here": "here", "befall": "if"}  # (the word a slot of no preposition needs)


@lru_cache(maxsize=1)
def stems() -> tuple[tuple[str, str], ...]:
    """(beginning of a frame word, the preposition it needs or ""): a text with none of them is
    not parsed. A word is looked for by its first four letters, which its regular forms share
    ("oppo": "opposes", "opposing"). A four-letter word ending in "e" drops it before "-ing"
    ("give": "giving", "vote": "voting", "like": "liking"), so that form is added whole: three
    letters ("giv", "vot", "lik") would match most texts. This is English spelling, no list of
    words; forms that begin otherwise ("gave", "spoke") are IRREGULAR_OF."""
    out = set()
    # (and the words of evaluations_en that are no single frame word: phrases, bringing verbs: "do nothing", "cost")
    for word, frames in [*lexicon()["frames"].items(), *((w, [(0, "does")]) for w in ev.trigger_words())]:
        for _, slot in frames:
            needs = SLOT_WORDS.get(slot, "" if slot in ("obj", "subj", "have", "xcomp", "that", "does", "front", "hyphen", "paper") else slot)
            first = word.split("_")[0].replace("-", " ")
            out.add((first[:4], needs))  # "hit_out": "hit"; "non-starter": "non " (the text's hyphens read as spaces)
            if slot in FEELING_PREPS or slot == "for":  # (a word of feeling takes a clause instead: "pleased that …", clause_en.py)
                out.add((first[:4], ""))
            if len(first) == 4 and first.endswith("e"):  # ("give": "giving"; "gave" is irregular): the -ing
                out.add((first[:-1] + "ing", needs))  # form whole, as "giv", "lik", "mov" would match most texts
    out.update((noun[:4], prep) for noun, prep in lexicon()["obstacles"].items())  # (in_the_way: a frame of its phrase)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def act_stems() -> tuple[str, ...]:
    return tuple(sorted({w.replace("_", " ")[:4] for w in lexicon()["acts"]}))  # ("get rid": "get ")


def may_take_a_position(text: str) -> bool:
    low = " " + " ".join(text.lower().replace("-", " ").split()) + " "
    # an act asked for: "must be scrapped", "has to go", "Scrap the tax" (first word)
    bare = " " + " ".join(re.sub("[\"“”‘’]", " ", low).split()) + " "
    asks = any(f" {m} " in low and (m in ("must", "should") or " to " in low) for m in lexicon()["must"]) \
        or bare[1:].startswith(act_stems()) or imperative_act(bare) or any(f" {w} " in low for w in ("cannot", "can't", "can’t", "can not", "would", "will", "going")) \
        or any(f" no {w}" in low for w in lexicon()["intent"])  # ("has no intention of closing X")
    if asks and any(" " + stem in bare for stem in act_stems()):
        return True
    return any((" " + stem in low or stem in IRREGULAR_OF and any(f in low for f in IRREGULAR_OF[stem]))
               and (not prep or " " + prep + " " in low or prep in SLOT_WORDS.values() and " " + prep in bare
                    or prep == "to" and any(f" {g}" in low for g in GIVING_FORMS))  # ("gave X the go-ahead")
               for stem, prep in stems())


def imperative_act(bare: str) -> bool:
    """Whether an act may be asked for by an imperative (imperative) not at the text's start: an act word
    first or second in a clause after a colon or a sentence end ('said: "Scrap X"', "… . Just scrap X"),
    or right after a negation ("Don't close X", "Never sell X"); a cheap test before the parse."""
    return any(w.startswith(act_stems()) for clause in re.split(r"[:.!;] ", bare) for w in clause.split()[:2]) \
        or negated_act_pattern().search(bare) is not None


@lru_cache(maxsize=1)
def negated_act_pattern():
    """A negation right before an act word ("never sell", "not close", "cannot close"); a contracted one is
    written onto the word before it, with no word boundary ("don't close", "isn't closing", "aren't scrapping";
    "don t" where a curly apostrophe was cut)."""
    words = sorted(lexicon()["negations"] - {"n't"})
    negation = r"(?:(?:^|\W|n)(?:" + "|".join(map(re.escape, words)) + r")|n't|n t)"
    return re.compile(negation + r" (?:" + "|".join(map(re.escape, act_stems())) + ")")


def read_stances(text: str, speaker: str = "", focus: str = "", pronouns: bool = False) -> list[Stance]:
    """The stances a sentence takes; with ``focus`` (a statement's words in it), those whose frame
    word lies in the statement where there are any ("who had backed X, now opposes X": the
    statement "had backed X" recalls the old position, "opposes X" takes the new one). With
    ``pronouns``, also those on an "it" the sentence names nothing for (PRONOUN_TARGET: named_before
    finds the thing in the text before)."""
    if not may_take_a_position(text):
        return []
    out = [st for st in _read_stances(text, speaker) if pronouns or st.target not in UNNAMED_IT_TARGETS]
    spans = [(i, i + len(p)) for p in focus.split(" … ") if p and (i := text.find(p)) >= 0]
    inside = [st for st in out if any(b <= st.at < e for b, e in spans)]
    # a recalled position stays beside the one taken now ("had opposed the tax in 2019 but now
    # supports it"): positions.judge keeps the two apart, and the change between them is dated
    if not inside or any(st.recalled for st in out):
        return inside or others_clause_left_out(out, text, spans, speaker)
    # the speaker's own act outside the words said, on another thing ("came out in support of X,
    # telling reporters that rural districts needed Y"): a position of hers as well
    named = {st.target for st in inside}  # (every stance inside has its target named)
    return inside + [st for st in out if st.target not in named]


def others_clause_left_out(stances: list[Stance], text: str, spans: list[tuple[int, int]], speaker: str) -> list[Stance]:
    """The stances of a sentence whose statement's words take none, less those held in a main
    clause joined to the statement's clause with a subject of its own that is not the speaker ("The
    Trust backed X, but its chair Z said that …": the Trust's act, not Z's position)."""
    if not stances or not spans:
        return stances
    from ..en.nlp import load_english

    doc = parsed(load_english(), text)  # (the parse _read_stances read the stances from)
    at = {offset_in(text, t.idx): t for t in doc}
    said = {v.i for b, _ in spans if (t := at.get(b)) is not None and (v := clause_verb(t)) is not None}
    words = speaker_words_of(speaker)

    def others(st: Stance) -> bool:
        verb = clause_verb(at[st.at]) if st.at in at else None
        if verb is None or verb.i in said:
            return False
        joined = verb.dep_ == "conj" and verb.head.i in said or any(c.dep_ == "conj" and c.i in said for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return joined and subject is not None and subject.pos_ != "PRON" and not names_speaker(subject, words)

    return [st for st in stances if not others(st)]


def clause_verb(tok):
    """The verb of the clause a word stands in: the nearest verb above it (itself included) with a
    subject of its own, or the sentence root."""
    while not (tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok


def named_before(stances: list[Stance], context: str, text: str = "") -> list[Stance]:
    """A bare definite noun ("the levy", "the scheme") points back to the compound with that head
    named in the sentences just before ("urged ministers to introduce a sugar levy ... said the
    levy should come in next year"), or earlier in its own sentence (``text``, before the frame
    word: "Don't lift the truck curfew — …, who warned against lifting the curfew"): the compound
    is its target (the likeliest, the latest)."""
    out = []
    for st in stances:
        if st.target in UNNAMED_IT_TARGETS:
            # (else what the sentence before is about: "The county unveiled plans for a relief road. X called it overdue";
            # a judged "it" only that: "The match was called off because of snow. X said it was a pity" judges the event)
            thing = (thing_before(context[-600:]) if st.target == PRONOUN_TARGET else ()) \
                or (("it", *names) if (names := topic_before(context[-600:], planned_only=True)) else ())
            out += [Stance(name, st.value, st.words, thing[0], st.recalled, st.clause, st.at) for name in thing[1:]]
            continue
        before = f"{context} {text[:st.at]}" if 0 < st.at <= len(text) else context
        names = compounds_before(before[-600:], st.target) if bare_definite(st) and before.strip() \
            and not named_after(st, text) else ()
        if not names and (bare_definite(st) and refers_back(st.target) or prized_plan(st)):  # "now supports the project"
            names = topic_before(context[-600:])  # (the topic before)
        sign = 1
        if not names and bare_definite(st) and st.target in lexicon()["decisions"]:  # "welcomed the decision"
            names, sign = decided_before(context[-600:])
        out += [Stance(name, st.value * sign, st.words, st.phrase, st.recalled, st.clause, st.at) for name in names] or [st]
    return out


def named_after(st: Stance, text: str) -> bool:
    """Does a naming preposition follow the target's phrase in the text, outside the phrase the reader kept
    ("called for the levy on second homes": a levy of its own, not the tourist tax named before)?"""
    start = text.lower().find(st.phrase.lower(), max(st.at, 0)) if st.phrase else -1  # (``at``: its clause's start)
    if start < 0:
        return False
    rest = text[start + len(st.phrase):].split(maxsplit=1)
    return bool(rest) and rest[0].lower() in ATTRIBUTE_PREPS


ATTRIBUTE_PREPS = ("on", "of", "against")  # (not "from", "for", "to": a time or purpose: "scrap the toll from January")


def prized_plan(st: Stance) -> bool:
    """"the flagship scheme", "the vanity project": a plan noun after a word of data/plan_modifiers_en.txt, that
    says how big or prized the plan is (the reader took that word for the target): the plan noun, bare."""
    words = st.phrase.lower().split()
    return len(words) == 3 and words[0] in POINTING and st.target.lower() in (words[1], " ".join(words[1:])) \
        and words[1] in words_of("plan_modifiers_en.txt") and refers_back(words[2])


def refers_back(target: str) -> bool:
    """A noun that alone names no thing of its own but one named before: a plan noun ("the project",
    "the scheme", data/generic_heads.txt) or a back-reference ("the facility", data/thing_references.txt)."""
    return target.lower() in back_references()


def shown_subject(root, subject: list) -> list | None:
    """The subject a sentence's topic is read from: ``subject`` itself, unless it is figures that show
    ("X has fallen since the charge came in, council figures show"): the figures are the source, as a
    speaker is, and the topic is the one thing the shown clause names; None if it names none or two
    (a subject that rose or fell is a count the figures give, "fly-tipping has fallen by a fifth": no topic)."""
    shown = [c for c in root.children if c.dep_ == "ccomp"]
    if not shown or not any(c.lemma_.lower() in lexicon()["evidence"] for c in subject):
        return subject
    inner = [t for c in shown for v in (c, *(a for a in c.children if a.dep_ == "advcl"))
             if v.lemma_.lower() not in lexicon()["moving"]
             for g in v.children if g.dep_ in ("nsubj", "nsubjpass") if (t := own_thing(g)) is not None]
    return None if len({t.lemma_.lower() for t in inner}) != 1 else inner[:1]


@lru_cache(maxsize=256)
def topic_before(context: str, planned_only: bool = False) -> tuple[str, ...]:
    """What a bare "the project", "the facility" stands for where no compound of its head was named
    before (compounds_before): the topic of the last whole sentence of ``context``, as a reader takes
    it. Its subject where that is a thing ("The solar farm north of town cleared its last hurdle. X
    now supports the project"), a plan noun's own complement for it ("Plans for the Hallow Lane
    incinerator cleared …"); else the thing its verb is about ("The county voted on a new stadium"),
    or its opening phrase's ("In the fight over the desalination plant, …"). Never a person, a body,
    a time or an amount: a sentence about none of these gives none, and the noun stays itself.
    With ``planned_only`` (for an "it"), only a thing the sentence's subject puts forward: its plan
    noun's complement ("unveiled plans for a relief road") or the object of what it wants, plans or
    applies to do ("wants to put up a phone mast"), not a thing it does or others say something of."""
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    sentences = sentences_before(context)
    if not sentences or not is_trained(nlp):
        return ()
    from ..en.base import DATELINE

    last = DATELINE.sub("", sentences[-1].strip(), count=1)  # ("CEDAR BLUFF, Iowa (AP) - The solar farm …")
    if re.search(r"\?[\"”’']?$", last):
        return ()  # (a question's noun is asked about, no topic: "Did the town need a new stadium?")
    doc = parsed(nlp, last)
    root = next(iter(doc.sents)).root
    if root.pos_ not in ("VERB", "AUX"):
        return ()
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if (subject := shown_subject(root, subject)) is None:  # ("…, council figures show": what they show)
        return ()
    # (what the subject wants, plans or applies to do: "X wants to put up a phone mast", "has applied to build an incinerator")
    # (not what an act would end: "wants to close the library. X called the idea madness" is for the library)
    # (only after a verb of purpose, data "purpose" row: not "The storm is expected to reach the coast"; and the thing
    # itself, not one a talk is about: "plans to hold a referendum on the tram" puts forward the referendum)
    planned = [g for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and to_infinitive(c)
               and root.lemma_.lower() in lexicon()["purposes"] and lexicon()["acts"].get(verb_key(c), 1) > 0
               for g in c.children if g.dep_ == "dobj" and own_thing(g) is g]
    # (what others are reported to say it does: "Its supporters say the wind farm would power …")
    # (a verb with an object of its own reports no clause: "The bypass was scrapped, so the council drew up a network")
    told = [g for c in root.children if c.dep_ == "ccomp" and not objects for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    about = [g for c in root.children if c.dep_ == "prep" and c.i > root.i and c.lower_ in TOPIC_PREPS
             for g in c.children if g.dep_ == "pobj"]
    opening = [g for c in root.children if c.dep_ == "prep" and c.i < root.i for g in c.children if g.dep_ == "pobj"]
    # (a person or body that acts is no topic: what it acts on is, "The council approved the depot")
    if planned_only:
        subject, objects, told, about, opening = [], [o for o in objects if refers_back(o.lemma_.lower())], [], [], []
    for tok in subject + objects + planned + told + about + [t for o in opening for t in inner_things(o)]:
        thing = own_thing(tok)
        if thing is not None:
            # (a later clause of its own that names another thing leaves two the noun may point to: "The
            # library closed, and a leisure centre is planned on its site"; none is read, not the wrong one)
            return () if any(o.lemma_.lower() != thing.lemma_.lower() for o in later_things(root)) else tuple(target_names(thing))
    return ()


@lru_cache(maxsize=256)
def decided_before(context: str) -> tuple[tuple[str, ...], int]:
    """What a bare decision noun ("the decision", "the move"; row "decision") names: the act the last sentence
    of ``context`` tells, by the object of its verb (or of the verb its subject voted, agreed or chose to do),
    with that act's sign ("has brought forward the new lock … welcomed the decision" = the lock, +1; "voted to
    close the library … opposed the decision" = the library, -1). ((), 1) where it acts on no thing."""
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    sentences = sentences_before(context)
    if not sentences or not is_trained(nlp):
        return (), 1
    from ..en.base import DATELINE

    root = next(iter(parsed(nlp, DATELINE.sub("", sentences[-1].strip(), count=1)).sents)).root
    verbs = [root] + [c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for verb in reversed(verbs):  # ("voted to close the library": what was voted)
        things = [t for g in verb.children if g.dep_ == "dobj" and (t := own_thing(g)) is not None]
        # (an act on a thing, data acts: not "Police arrested the suspect"; not one's own, "announced her resignation")
        if things and verb_key(verb) in lexicon()["acts"] \
                and not any(g.lower_ in PERSONAL_OWNERS for g in things[0].children if g.dep_ == "poss"):
            return tuple(target_names(things[0])), lexicon()["acts"][verb_key(verb)]
    return (), 1


PERSONAL_OWNERS = frozenset("his her their its my our".split())  # ("announced her resignation": her own act, no thing)


def later_things(root) -> list:
    """The things the subjects and objects of the clauses after a sentence's main verb name
    ("…, so the council drew up a new cycle network": the network)."""
    clauses = [c for c in root.children if c.dep_ in ("conj", "advcl", "parataxis") and c.i > root.i and c.pos_ in ("VERB", "AUX")]
    return [t for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj")
            if (t := own_thing(g)) is not None]


TOPIC_PREPS = ("on", "over", "about", "against")  # the prepositions of what a verb is about ("voted on X", "argued over X")


def own_thing(tok):
    """The noun as a thing a back-reference can name: a common noun that is no person, body, time or
    amount; a plan noun by the thing its own "for"/"of" names ("plans for the incinerator"); else None."""
    lex = lexicon()
    if tok.pos_ == "PROPN" and misread_head(tok) is not None:
        return tok  # ("the Kilbride greenway", its "greenway" tagged an adverb: target_names reads it)
    if tok.pos_ != "NOUN" or not thing_like(tok) or tok.lower_ in PERSONAL or is_someone(tok) \
            or tok.lemma_.lower() in lex["people"] or tok.lower_ in lex["units"] or tok.lemma_.lower() in lex["time_units"]:
        return None  # ("Residents were angry", "switched sides", "Millions have been spent")
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return None  # ("The developer, Brennick Energy, …": the one named)
    if refers_back(head_word(tok)) or tok.lemma_.lower() in lex["about"] or tok.lower_ in lex["about"]:
        inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", *TOPIC_PREPS)
                 for g in c.children if g.dep_ == "pobj"]
        if not inner and tok.dep_ == "dobj":  # ("unveiled plans | on Monday | for a relief road": hung on the verb)
            inner = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > tok.i
                     for g in c.children if g.dep_ == "pobj"]
        return own_thing(inner[0]) if inner else None
    return tok


def inner_things(tok) -> list:
    """A noun of an opening phrase and the nouns its own prepositions name, innermost last ("the fight
    over the plant": fight, plant), the innermost tried first."""
    chain = [tok]
    while (nxt := [g for c in chain[-1].children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]):
        chain.append(nxt[0])
    return chain[::-1]


def bare_definite(st: Stance) -> bool:
    """The target named by "the" and its head alone ("the tax"), whatever phrase follows that does
    not name it ("the tax | in evidence to the committee"; not "the tax on takeaways")."""
    words = st.phrase.lower().split()
    return len(words) >= 2 and words[0] in POINTING and " " not in st.target \
        and (len(words) == 2 or words[1] == st.target and words[2] not in NAMING_PREPS)


POINTING = ("the", "this", "that")  # the determiners of a noun that points back
NAMING_PREPS = frozenset("on of for to against from with".split())  # ("the tax on X", "the ban for Y": named there)
PRONOUN_TARGET = "\x00it"  # a stance on "it" whose thing the sentence does not name (read_stances, named_before)
JUDGED_IT_TARGET = "\x00it judged"  # the same for an "it" a copula judges ("said it was long overdue", judged_it):
# named_before gives it only what the sentence before puts forward, as such an "it" as often judges an event
UNNAMED_IT_TARGETS = (PRONOUN_TARGET, JUDGED_IT_TARGET)  # (the "it"s named_before names, read_stances hides)


@lru_cache(maxsize=256)
def thing_before(context: str) -> tuple[str, ...]:
    """What an "it" with no thing in its own sentence stands for: the last singular thing that is the
    object of a frame word or of an act that brings it in the sentence before ("… she now opposes the plant after its costs doubled. Okafor said he
    supported it"), never a person, a body, a time or an amount; a bare "the X" named by its compound
    before (compounds_before). (phrase, *names), or () for none."""
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    sentences = [x for x in CONTEXT_BREAK.split(context) if x.strip()]
    if not sentences or not is_trained(nlp):
        return ()
    doc = nlp(sentences[-1].replace("\u2019", "'"))
    lex = lexicon()
    framed = lambda v: any(any(slot == "obj" for _, slot in lex["frames"].get(k, ())) or lex["acts" if v.pos_ == "VERB" else "noun_acts"].get(k) == 1  # noqa: E731
                           for k in (v.lemma_.lower(), frame_key(v)))
    # (the object of a frame word or of an act that brings it: "opposes the plant", "build an incinerator"; not
    # "visited the harbour", nor what an act ends: "would destroy the meadow. She backs it" is not for the meadow)
    found = [t for t in doc if t.tag_ == "NN" and thing_like(t) and (
        t.dep_ == "dobj" and framed(t.head) or t.dep_ == "pobj" and t.head.dep_ == "prep" and framed(t.head.head)
        or t.dep_ == "pobj" and t.head.lower_ in ("on", "over") and t.head.head.lemma_.lower() in lex["about"])]
    # (or what a vote, a debate or a decision is on: "Shareholders will vote on the merger. 'I won't be voting for it'")
    if not found:
        return ()
    tok = found[-1]
    names = target_names(tok)
    if len(names) == 1 and " " not in names[0] and any(c.lower_ in POINTING for c in tok.children):
        names = list(compounds_before(" ".join(sentences[:-1])[-600:], names[0])) or names
    return (" ".join(t.text for t in tok.subtree), *names)


def thing_like(t) -> bool:
    """A noun that may be the thing a pronoun stands for: no time, person, body or amount (thing_before,
    pronoun_thing; the entity types only where the parse has names: _read_stances reads without)."""
    return t.lower_ not in TIME_WORDS and not time_span(t) and not measure(t) and t.ent_type_ not in ("PERSON", "DATE", "TIME") \
        and t.lower_ not in PERSONAL and not is_body(t)


@lru_cache(maxsize=256)
def compounds_before(context: str, head: str) -> tuple[str, ...]:
    """The names of the last compound in the last three sentences of ``context`` whose head is
    ``head`` ("sugar levy" for "levy"; a generic head gives both names: "water buyback",
    "water buyback scheme"), or ()."""
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    sentences = [x for x in CONTEXT_BREAK.split(context) if x.strip()][-3:]
    if not sentences or not is_trained(nlp):
        return ()
    doc = parsed(nlp, " ".join(sentences))
    heads = names_again(head)  # (a class noun names a thing of its class: "a windfall tax … the levy", data/class_nouns.tsv)
    mentions = [(tok, target_names(tok)) for tok in doc if tok.pos_ == "NOUN" and head_word(tok) in heads]
    found = [i for i, (_, names) in enumerate(mentions) if any(named_again_by(n, head, written_apart=True) for n in names)]
    if not found or any(c.dep_ == "amod" for tok, _ in mentions[found[-1] + 1:] for c in tok.children):
        return ()  # ("unlike the old toll bridge, the new bridge is free": another one, named apart since)
    # (a class noun named itself since, before the statement's own unfinished sentence: "raised the tourist tax … plans
    # a levy on bags … the levy")
    own = len(" ".join(sentences[:-1])) if not SENTENCE_END.search(sentences[-1]) else len(doc.text)
    if head_word(mentions[found[-1]][0]) != head \
            and any(head_word(tok) == head and tok.idx < own for tok, _ in mentions[found[-1] + 1:]):
        return ()
    return tuple(mentions[found[-1]][1])


CONTEXT_BREAK = re.compile(r"(?<=[.!?])[\"“”']?\s+|\n+")
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")  # a sentence ended, not the start of the statement's own


def sentences_before(context: str) -> list[str]:
    """The sentences of ``context`` before the statement's own: the start of that sentence, unfinished
    at the context's end, is no sentence before (topic_before, decided_before)."""
    sentences = [x for x in CONTEXT_BREAK.split(context) if x.strip()]
    return sentences[:-1] if sentences and not SENTENCE_END.search(sentences[-1]) else sentences


# a short quotation inside the verb group: after an auxiliary, a modal or a personal subject, with the clause
# going on after it (she did "not for one second" support X, would "never" back X, had "never once" been in favour
# of X); not the quoted judgement a verb names as its second object (called X "a costly error": the marks help
# the parse tell the two objects apart) nor a quotation that opens the sentence
GROUP_WORDS = "do|does|did|would|will|could|should|can|may|might|must|had|has|have|was|were|is|are|am|be|been|i|we|he|she|they"
PARTIAL_QUOTE = re.compile(r"(?i)(?<![\w'])(?:" + GROUP_WORDS + r") ([\"“‘])([^\"“”‘’.!?\n]{1,40}?)([\"”’])(?= \w)")


@lru_cache(maxsize=256)
def unquoted(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The text without the marks of its quotes inside the verb group, so that the quoted words
    parse as the clause's own ("would "never" back X": "never" negates "back"), and where each of
    its characters stands in ``text`` (None: nothing left out, the offsets are the text's)."""
    if not any(q in text for q in "\"“‘"):
        return text, None
    drop = {i for m in PARTIAL_QUOTE.finditer(text) for i in (m.start(1), m.start(3))}
    if not drop:
        return text, None
    kept = tuple(i for i in range(len(text)) if i not in drop)
    return "".join(text[i] for i in kept), kept


# an aside between two dashes that describes the noun before it ("supports the body cameras the county wants to buy
# — a purchase the board has delayed twice — and urged …"): a noun phrase or a relative clause, the clause going on after it
DASH_ASIDE = re.compile(r"\s[—–]\s(?:a|an|the|which|who|where|whose|one)\s[^—–.!?;\n\"“”]{3,120}?\s[—–](?=\s\w)", re.I)


@lru_cache(maxsize=256)
def read_text(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The text as its stances are read: unquoted, and without a dash aside that describes a noun
    (DASH_ASIDE), which the parser otherwise takes for the clause's object; where each of its
    characters stands in ``text`` (None: nothing left out)."""
    plain, kept = unquoted(text)
    if "—" not in plain and "–" not in plain:
        return plain, kept
    drop = {i for m in DASH_ASIDE.finditer(plain) for i in range(m.start(), m.end())}
    if not drop:
        return plain, kept
    inner = [i for i in range(len(plain)) if i not in drop]
    return "".join(plain[i] for i in inner), tuple(kept[i] if kept is not None else i for i in inner)


def offset_in(text: str, at: int) -> int:
    """Where the character ``at`` of the parsed text (read_text) stands in ``text``."""
    kept = read_text(text)[1]
    return at if kept is None or not 0 <= at < len(kept) else kept[at]


@lru_cache(maxsize=256)  # read once for _read_stances and others_clause_left_out
def parsed(nlp, text: str):
    """The parse of a sentence for its stances, without names (none needed); curly apostrophes
    ("she’s not against X", "isn’t") parse as the straight ones, partial quotes as the clause's
    own words, without a dash aside (read_text: a token's offset is found in ``text`` by offset_in)."""
    return nlp(read_text(text)[0].replace("\u2019", "'"), disable=[p for p in ("ner",) if p in nlp.pipe_names])


@lru_cache(maxsize=256)  # statements of one sentence share their frame
def _read_stances(text: str, speaker: str) -> tuple[Stance, ...]:
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    if not is_trained(nlp):
        return ()
    lex = lexicon()
    speaker_words = speaker_words_of(speaker)
    out: list[Stance] = []
    doc = parsed(nlp, text)
    for sent in doc.sents:
        if sent.text.rstrip(" \"'”’").endswith("?"):
            continue
        targets: list = []  # the targets found so far: "it" in "who backed the road, now opposes it"
        for tok in sent:
            if any(t.lower_ in ("whether", "if") and t.dep_ == "mark" for t in (*tok.head.children, *tok.children)) \
                    and tok.dep_ != "ROOT" or asked_who(tok) or asked_above(tok):  # "declined to say whether she supports X": open
                if sign := answered(tok):  # "Asked whether she would back X, she said no": the answer takes it
                    out += [Stance(st.target, st.value * sign, [*st.words, "yes" if sign > 0 else "no"], st.phrase,
                                   st.recalled, st.clause, st.at) for st in token_stances(tok, lex, speaker_words, targets)]
                continue
            out += token_stances(tok, lex, speaker_words, targets) or verdict(tok, lex)
    out = [st for st in out if st.target not in ANSWERS]  # (a "no" read as the thing of "the answer": none, verdict reads it)
    if any(t.lower_ == "neither" for t in doc):  # (most texts have no "neither … nor" that takes a side away)
        at: dict[int, object] = {}
        for t in doc:
            at.setdefault(t.idx, t)  # (each stance's frame word by its offset: one pass over the text)
        out = [st for st in out if not undecided(st, at.get(st.at), lex)]
    return tuple(replace(st, at=offset_in(text, st.at)) for st in out)  # (offsets of the text, not of its parse)


def undecided(st: Stance, tok, lex) -> bool:
    """Whether the frame word of ``st`` (``tok``, the word at st.at) stands in "neither … nor" beside
    a frame word that gives the opposite side ("she neither supports nor opposes the levy"): the
    speaker takes none. (Two words of one side keep it: "neither backed nor welcomed the toll" is
    against it.)"""
    if tok is None:
        return False
    neither = [c for c in tok.head.children if c.dep_ == "preconj" and c.lower_ == "neither"]
    partners = [tok.head] if tok.dep_ == "conj" and neither else [
        c for c in tok.children if c.dep_ == "conj" and any(n.dep_ == "preconj" and n.lower_ == "neither" for n in tok.children)]
    # the partner's own polarity (on the object the two verbs share) equals this stance's negated
    # value exactly when the two words take opposite sides
    return any(value == st.value and slot == "obj" for p in partners for form in (p.lemma_.lower(), p.lower_)
               for value, slot in lex["frames"].get(form, ()))


def asked_above(tok) -> bool:
    """A frame word deeper in a clause opened by "whether" ("asked whether the city would stand in
    the way of X", "had not decided whether the tram was something she could support"): the clause
    nearest above it that is a complement is asked about."""
    clause = next((a for a in tok.ancestors if a.dep_ in ("ccomp", "advcl", "csubj")), None)
    return clause is not None and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def asked_who(tok) -> bool:
    """A clause asked about by a wh-word ("wants to know who approved the contract", "asked what
    they would do to save X"): an open question, no position (a free relative that is the subject
    or the predicate of a copula stays read: "what the county needs is a hospital", "X is what the
    town needed")."""
    return tok.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX") and tok.head.lemma_ != "be" and any(  # ("asked which
        # minister approved X"; not "X is exactly what the town needed": a free relative)
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < tok.i and (c.tag_ in WH or any(d.tag_ in WH for d in c.children))
        for c in tok.children)


RELATIVE = ("WP", "WDT")  # "who", "which", "that" as a relative clause's subject (speakers_own)
WH = (*RELATIVE, "WP$")  # and "whose": the wh-words of a question (asked_who)


ANSWERS = {"yes": 1, "no": -1}


def answered(tok) -> int:
    """The yes (1) or no (-1) a speaker gave to the whether-question whose verb is ``tok``
    ("Asked whether she would back X, Cllr Y said no", "Asked if he supported X, he replied:
    'Yes.'"); 0 where the answer is no plain yes or no ("said: 'We look at everything.'")."""
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children) or alternative(tok):
        return 0
    asked = tok.head
    if tok.dep_ not in ("ccomp", "advcl") or asked.lemma_.lower() != "ask" or asked.dep_ != "advcl":
        return 0
    reply = asked.head
    if reply.lemma_.lower() not in ("say", "reply", "answer", "respond", "tell"):
        return 0
    words = [c.lower_ for c in reply.children if c.dep_ in ("dobj", "intj", "npadvmod", "attr", "ccomp") and c.lower_ in ANSWERS]
    if len(words) == 1:
        return ANSWERS[words[0]]
    # the reply's own words after it, past a colon where one sets them off ('told reporters: "No."',
    # 'replied: "Not a chance."'): an answer phrase that opens them (answer_sign)
    after = [t for t in reply.doc[reply.i + 1: reply.sent.end] if t.i > tok.i]
    colon = next((i for i, t in enumerate(after) if t.text == ":"), None)
    return answer_sign(" ".join(t.text for t in after[colon + 1 if colon is not None else 0:]))


ANSWER_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[^\w\s]")
ECHO_SUBJECTS = frozenset("i we he she they you".split())  # the echo of a question after its answer ("of course we do")
# (read by the stem without a final "n": "don't" do, "can't" and "can" ca, "won't" wo)
ECHO_AUX = frozenset("do does did will would am are is was have has can shall wo ca".split())


@lru_cache(maxsize=1)
def answer_phrases() -> tuple[tuple[tuple[str, ...], int], ...]:
    """The yes (1) and no (-1) rows of data/stance_frames_en.tsv as word tuples, the longest first
    ("of course not" before "of course", "absolutely not" before "absolutely")."""
    lex = lexicon()
    rows = [(tuple(p.split("_")), 1) for p in lex["answers_yes"]] + [(tuple(p.split("_")), -1) for p in lex["answers_no"]]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def answer_sign(text: str) -> int:
    """The yes (1) or no (-1) that opens a reply (``text``: 'Not a chance.', 'Of course we do',
    'No, and I never will'): an answer phrase ended by the text's end, a mark or the echo of the
    question's auxiliary ("we do"; a negated echo, "we don't", turns it); 0 for any other opening
    ("Not yet", "No decision has been made", "I don't know")."""
    words = ANSWER_WORD.findall(text.lower().replace("\u2019", "'"))
    while words and not words[0][0].isalpha():  # (the quotation mark or colon before it)
        words = words[1:]
    for phrase, sign in answer_phrases():
        if tuple(words[:len(phrase)]) != phrase:
            continue
        rest = words[len(phrase):]
        if not rest or not rest[0][0].isalpha():
            return sign
        if rest[0] in ECHO_SUBJECTS and len(rest) > 1 and rest[1].split("'")[0].removesuffix("n") in ECHO_AUX:
            turned = rest[1].endswith("n't") or rest[2:3] == ["not"]
            end = rest[3:4] if rest[2:3] == ["not"] else rest[2:3]
            return (-sign if turned else sign) if not end or not end[0][0].isalpha() else 0
        return 0
    return 0


def alternative(verb) -> bool:
    """Does the question of ``verb`` offer two acts to choose from ("whether she would back X or
    resign")? A "No" to it answers neither one alone."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) \
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def question_answered(reply: str, before: str) -> list[Stance]:
    """The stances of a yes/no question the reply answers, times the answer's sign: the question is
    the last sentence of ``before`` (the text before the reply), a reporter's question set before
    a quotation ('Would she vote for the levy? "Never," said Y', 'Opposed to the tram extension?
    "Not at all," said Y'). A question of a past deed ("Did the council approve X?" "Yes") asks
    for a fact, no position; a question of no verb is the predicate of the one asked ("Against
    X?": "you are against X")."""
    sign = answer_sign(reply)
    if not sign:
        return []
    marks = "\"“”'‘’ "  # (the quotation mark that opens the reply is no sentence of its own)
    sentences = [q for s in CONTEXT_BREAK.split(before.strip()) if (q := s.strip(marks))]
    question = sentences[-1] if sentences else ""
    if not question.endswith("?") or len(question.split()) > 30:
        return []
    read = question[:-1].rstrip() + "."
    from ..en.nlp import is_trained, load_english

    nlp = load_english()
    if not is_trained(nlp):
        return []
    doc = parsed(nlp, read)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or alternative(root) \
            or any(t.tag_ == "VBD" and (t.i == root.i or t.head.i == root.i and t.dep_ == "aux") for t in doc):
        return []
    stances = list(_read_stances(read, ""))
    if not stances and root.pos_ in ("ADP", "ADJ") or not stances and root.tag_ == "VBN" \
            and not any(c.dep_.startswith("nsubj") for c in root.children):
        stances = list(_read_stances("You are " + read[:1].lower() + read[1:], ""))
    word = "yes" if sign > 0 else "no"
    return [Stance(st.target, st.value * sign, [*st.words, word], st.phrase) for st in stances
            if st.target not in UNNAMED_IT_TARGETS]


class SpeakerWords(set):
    """The speaker's words (a set of lowercase words) that also know which of them name her:
    ``name``, the words of her name where the mention writes a title before it."""

    name: frozenset[str] = frozenset()


def speaker_words_of(speaker: str) -> set[str]:
    """The words naming the speaker: the name, and the role words of the mention ("the mayor").
    ``speaker`` is the mention followed by the actor's name (pipeline.build_statement); where the
    mention writes that name after a title ("Residents Association president Lorraine F." +
    "Lorraine F."), the words after the title are kept apart as her ``name``: title_tokens reads the
    title from the sentence around the name, and the title's words taken for name words would hide
    the whole title from it."""
    words = re.findall(r"[\w'-]+", speaker)
    out = SpeakerWords(w.lower() for w in words if w.lower() not in STOP_WORDS)
    out.name = frozenset(w.lower() for w in words[named_at(words):] if w.lower() not in STOP_WORDS)
    return out


def named_at(words: list[str]) -> int:
    """Where the mention in ``words`` (mention words, then the name) first writes the name that ends
    them, the longest such name; 0 where it does not write it (a mention "the mayor")."""
    for k in range(len(words) // 2, 0, -1):
        name = [w.lower() for w in words[-k:]]
        low = [w.lower() for w in words[:-k]]
        at = next((i for i in range(len(low) - k + 1) if low[i:i + k] == name), None)
        if at is not None and name[0][:1].isalpha() and words[-k][:1].isupper():
            return at
    return 0


def token_stances(tok, lex: dict, speaker_words: set[str], targets: list | None = None) -> list[Stance]:
    """The stances of the first frame of word ``tok`` that finds a target of the speaker's own;
    ``targets`` (the sentence's targets so far, this one added) stand for a later "it"."""
    targets, keys = [] if targets is None else targets, frame_keys(tok)
    frames = [f for k in keys for f in lex["frames"].get(k, [])]
    misread = misread_plural(tok)  # a plural noun read as a verb ("dismissed as nonsense calls for X")
    if misread and tok.head.lower_ == "as" and framed_verb(tok.head.head, lex):
        return []  # (the outer frame's word, shifted behind "as …": no position of the noun's own)
    if (tok.pos_ == "NOUN" or misread or tok.dep_ == "pcomp" and verb_key(tok) in lex["acts"]) and in_outer_frame(tok, lex):
        return []  # "dismissed calls for X", "not convinced by the case for X", "cautioned X against approving Y": the outer frame reads it
    if others_word(tok, lex, speaker_words):
        return []
    frames += phrase_frames(tok, lex)
    if demanded(tok, lex, speaker_words):
        frames.append((1, "act"))  # "X must be scrapped", "Scrap X!": the speaker wants the act
    for value, slot in frames:
        words = [tok.text]
        if slot == "subj" and adjective_judges(tok, lex):
            continue  # "the wrong approach", "the right step": the adjective judges
        target, subject, verb = (tok, asker(tok, lex), tok) if slot == "act" else frame_target(tok, slot, lex, speaker_words, words)
        if slot == "obj" and (value < 0 and target is not None and target.dep_ == "xcomp" and target.head is tok
                              or verb is not None and unheld_event(verb) or conditioned_act(tok)):
            continue  # "fought to save the library": not against the act (the xcomp frame reads it); "… since it
            # was first proposed in 2021": an event in the background, nobody's position; "Scrap X and you'll regret it"
        if target is not None and target.lower_ in ("it", "them"):
            if placed(target):
                continue  # "I'm not against turbines, I just don't want them on the ridge": where, not whether
            target = targets[-1] if targets else target if slot == "subj" and called_it(target, verb) else pronoun_thing(target)
            if unnamed := unnamed_it(tok, target, value, words, subject, verb, lex, speaker_words):
                return unnamed
        if target is not None and (happening(target, lex) or no_side_taken(tok, target, lex)):
            continue  # "warned of delays on the night tram": an event, where it happens no target
        if target is None or target.lower_ in PERSONAL or target.pos_ == "PRON" or target.lower_ in TIME_WORDS or office_sought(target) \
                or time_span(target) or target.pos_ == "PROPN" and names_speaker(target, speaker_words) or not echoed(tok, target, lex):
            continue  # ("called a meeting for Tuesday": a time is no target)
        act, (target, sign) = target, clause_or_acts(target, words, tok)
        if it := lone_it(target, tok, slot):  # "who backed the plant in February, said it should not go ahead": the thing named before in the sentence
            target = targets[-1] if targets else target
        if target is None or target.pos_ == "PRON" and not it or target == tok and not named_amount(tok) or full_clause(target) \
                and target != misread_plural_clause(tok):  # ("treatment works" read as a clause is a noun)
            continue
        if reported_position(tok, subject, verb, speaker_words, lex):
            continue
        negs = frame_negations(tok, slot, act, target, subject, verb)
        if frame_key(tok) in lex["hedge"] and negs or held_back(tok) or frame_key(tok) in lex["persisting"] and not negs:
            continue  # "refused to rule out a curfew", "stopped short of backing X": left open; "gave up on the
            # crossword": a past act, where "not giving up on X" holds to X (persisting)
        words += [n.text for n in negs]
        sign *= turned(tok, verb, lex, words)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb_key(tok.head) in lex["acts"] and tok.head.dep_ != "oprd" \
                and object_read_as_clause(tok.head) is None and judged_inside(tok) is None:  # (not "branded the rent freeze a gimmick": a noun read as a verb)
            sign *= lex["acts"][verb_key(tok.head)]  # "withdrew her support for X", "dropped her opposition to X"
            words.append(tok.head.text)
        value = value * sign * (-1) ** len(negs) * (warned_condition(tok, lex, words) if slot in ("act", "obj") else 1)
        if target.pos_ == "PRON":  # (a lone act's "it" the sentence names nothing for: named_before finds it before)
            clause = recalled_clause(tok, verb)
            return [Stance(PRONOUN_TARGET, value, list(dict.fromkeys(words)), target.text, bool(clause), clause, tok.idx)]
        targets.append(target)
        return stances_of(target, value, words, negs, recalled_clause(tok, verb), tok.idx) + named_act(act, target, value, words, tok.idx)
    return []


def frame_negations(tok, slot: str, act, target, subject, verb) -> list:
    """The words that negate one frame of ``tok``: on the frame word and its verb, the "no" of the act
    or thing ("no return to X"; not the "No" of "No-fault evictions": a word), a denied belief, a
    negated thing of an act ("No X will close"), and a subject that is no one ("no resident wants X",
    "nobody wants X", "Neither she nor …")."""
    negs = negated(tok) + (negated(verb) if verb is not tok else []) + [
        c for t in dict.fromkeys((act, target)) for c in t.children if c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
        and not in_hyphened_word(c)] + negated_belief(verb)
    own = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in NOBODY] if slot == "act" else []
    negs = list({n.i: n for n in negs + (negated_thing(tok) + own if slot == "act" else [])}.values())
    # (an act's own doer who is no one: "nobody is closing X"; the act slot's subject is the one who asks for it)
    if subject is not None and (any(c.lower_ == "no" for c in subject.children) or subject.lower_ in NOBODY) and subject not in negs:
        negs.append(subject)
    negs += [c for c in subject.children if c.lower_ == "neither"] if subject is not None else []
    return negs


def lone_it(target, frame, slot: str) -> bool:
    """An "it" that is the subject of a lone act asked for ("said it should not go ahead", "it has to
    go"): the act's thing is what "it" stands for, the sentence's thing named before or the one before."""
    return target is not None and slot == "act" and target.lower_ == "it" and target.dep_ == "nsubj" \
        and target.head.i == frame.i and verb_key(frame) in lexicon()["lone"] and not scheduled(frame)


SCHEDULE_WORDS = frozenset("later earlier longer weekend weekends evening evenings night nights".split())


def scheduled(verb) -> bool:
    """An act told by its hours, not whether ("it should stay open later on Thursdays", "at weekends"):
    a time word of the schedule on it, or a plural day ("on Thursdays": every one; "on Monday" says when)."""
    words = [g for c in verb.children for g in (c, *(d for d in c.children if d.dep_ == "pobj"))]
    return any(w.lower_ in SCHEDULE_WORDS or w.tag_ in ("NNS", "NNPS") and w.lemma_.lower() in TIME_WORDS for w in words)


def frame_keys(tok) -> dict:
    """The forms a frame word is looked up by: lemma, word, with its particle, hyphened, "have" for "'ve got"."""
    return dict.fromkeys((tok.lemma_.lower(), tok.lower_, frame_key(tok), hyphened(tok), possessive_have(tok)))


def conditioned_act(tok) -> bool:
    """A frame word on "it" in a future clause joined to an act ("Scrap the ferry and you'll regret it", "X
    bought the yard and the town will regret it"): "it" is the act (an imperative's sign bad_consequence
    gives); no stance of its own."""
    return tok.dep_ == "conj" and future_conjunct(tok.head) == tok and any(c.pos_ == "PRON" and c.dep_ == "dobj" for c in tok.children)


def warned_condition(act, lex: dict, words: list[str]) -> int:
    """-1 (its word added to ``words``) for an imperative whose consequence is one warned of ("Build
    this incinerator and we will regret it"), else 1."""
    if (bad := bad_consequence(act, lex)) is None:
        return 1
    words.append(bad.text)
    return -1


def possessive_have(tok) -> str:
    """"have" for the perfect of "get" that means having ("I've got nothing against the cycle lane",
    "she has got no objection to X"), so the frames of "have" read it; else ""."""
    return "have" if tok.lemma_.lower() == "get" and tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) else ""


def antecedent_of_relative(target):
    """The noun a relative clause hangs on, for its relative pronoun ("the tunnel, which Roe called a
    waste of money", "the levy, which she has opposed since 2019"): what the clause is about; any
    other target as it is."""
    if target is None or target.tag_ not in RELATIVE or target.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return target
    clause = target.head
    return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else target


def clause_or_acts(target, words: list[str], frame) -> tuple[object, int]:
    """(thing, sign) of a frame's target: where it is a clause the frame judges ("pleased the council
    approved X", "welcomed the fact that the ferry would keep running"), what the clause does to its
    thing (positions/clause_en.py); else the acts on the way to it (follow_acts)."""
    from .clause_en import clause_act, content_clause  # (it imports this module)

    clause = content_clause(target) if target is not frame else None
    if clause is not None and target.pos_ == "NOUN":  # ("dismissed suggestions that she would stand for mayor":
        return clause_act(clause, words) or (None, 1)  # the noun's clause is what it says, no act on a thing there)
    if (done := passive_on_complement(target)) is not None:  # ("called for the sale of the ferry | to be halted")
        words.append(done.text)
        return target, lexicon()["acts"][verb_key(done)]
    return (clause_act(clause, words) if clause is not None else None) or follow_acts(target, words, frame)


def passive_on_complement(noun):
    """A passive to-infinitive of an act that the parser hung on the of-complement of a noun that is no
    act ("called for the sale of the ferry to be halted": "to be halted" on "ferry"): asked of the noun
    itself, whose complement only says what it is of; else None (reread rr29: with "privatisation" no
    longer read through, "the privatisation of X to be halted" was read as for the privatisation)."""
    lex = lexicon()
    if noun.pos_ != "NOUN" or act_noun_key(noun) in lex["noun_acts"]:
        return None
    inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None)
    return next((c for c in inner.children if c.dep_ in ("acl", "relcl") and verb_key(c) in lex["acts"]
                 and any(a.dep_ == "auxpass" for a in c.children) and to_infinitive(c)
                 and not any(a.dep_ == "neg" for a in c.children)), None) if inner is not None else None


def reported_position(tok, subject, verb, speaker_words: set[str], lex: dict) -> bool:
    """Someone else's position, reported (not the speaker's, nor one the speaker's office or body
    holds, nor one the clause says ought to be); or the need of a team, a patient, a school (public_need)."""
    own = tok.lemma_.lower() in lex["own"]
    return not own and not speakers_own(subject, speaker_words) and not ought(verb) \
        and not officers_body(subject, speaker_words) and not spoken_for(subject, speaker_words) \
        or not names_speaker(subject, speaker_words) and others_view(verb, speaker_words) \
        or own and not public_need(subject, speaker_words, lex) and not ought(verb) \
        or own and acts_need(verb)


def acts_need(verb) -> bool:
    """A need whose subject is an act ("abolishing the fee would need the approval of the assembly", "the
    closure would require a vote"): what the act takes, a condition told, no one's want."""
    return verb is not None and any(c.dep_ == "csubj" and c.pos_ == "VERB" and verb_key(c) in lexicon()["acts"]
                                    or c.dep_ == "nsubj" and c.pos_ == "NOUN" and noun_key(c) in lexicon()["noun_acts"]
                                    and noun_key(c) not in lexicon()["empty"] for c in verb.children)


def public_need(subject, speaker_words: set[str], lex: dict) -> bool:
    """A need ("need", "require", "deserve": row "own") is a claim of the speaker's whoever its subject,
    only where the subject is the speaker (speakers_own) or a place or polity whose need is a public one
    (a settlement or row "public": "what this county needs is a bridge"), a name ("Ohio needs the
    rail link") or a group of people in the plural ("farmers need a fair price"), as before, and a
    thing judged as what anyone needs ("the line was exactly what the north needs"); not a
    single team, patient, animal, machine or a body's working needs ("The team needs more goals",
    "the school needs a new caretaker")."""
    if subject is None or speakers_own(subject, speaker_words) or subject.pos_ == "PROPN" or subject.tag_ == "NNS" \
            or any(c.lower_ == "what" for c in subject.head.children):
        return True  # (a name: "Ohio needs the rail link"; people: "farmers need …"; "X is what the north needs")
    return subject.lemma_.lower() in lex["settlements"] or subject.lemma_.lower() in lex["publics"]


def called_it(pronoun, verb) -> bool:
    """The "it" a judging verb judges ("… came from an unexpected quarter: X called it a success"):
    not the nearest noun before it (pronoun_thing), only a thing a frame took (unnamed_it)."""
    return verb is not None and pronoun.head.i == verb.i and verb.lemma_.lower() in JUDGING


def unnamed_it(tok, pronoun, value: int, words: list[str], subject, verb, lex: dict, speaker_words: set[str]) -> list[Stance]:
    """"Okafor said he supported it": an "it" its sentence names no thing for, the speaker's own: a
    stance on PRONOUN_TARGET, which named_before gives the thing of the sentence before (or drops)."""
    if pronoun.lower_ != "it" or not (pronoun.dep_ == "dobj" and (pronoun.head.i == tok.i or called_it(pronoun, verb))
                                      or pronoun.dep_ == "pobj" and pronoun.head.head.i == tok.i  # ("voting for it")
                                      or judged_it(tok, pronoun, verb, lex)) \
            or frame_key(tok) in lex["hedge"] or held_back(tok) or not speakers_own(subject, speaker_words):
        return []
    negs = negated(tok) + negated_belief(verb)
    words += [n.text for n in negs]
    value = value * turned(tok, verb, lex, words) * (-1) ** len(negs)
    clause = recalled_clause(tok, verb)
    marker = PRONOUN_TARGET if pronoun.dep_ in ("dobj", "pobj") else JUDGED_IT_TARGET
    return [Stance(marker, value, list(dict.fromkeys(words)), pronoun.text, bool(clause), clause, tok.idx)]


def judged_it(tok, pronoun, verb, lex: dict) -> bool:
    """An "it" that is the subject a judgement is said of ("Roe said it was long overdue", "said it would
    be a white elephant"): the copula's subject, where no clause or infinitive stands for it (judged_target
    read those), and the judgement is no feeling nor an act's ("it is time")."""
    return pronoun.dep_ == "nsubj" and verb is not None and pronoun.head.i == verb.i and verb.lemma_ == "be" \
        and tok.dep_ in ("acomp", "attr") and tok.head.i == verb.i and tok.lemma_.lower() != "time" \
        and any(slot == "subj" for _, slot in lex["frames"].get(tok.lemma_.lower(), ()))


def echoed(verb, target, lex: dict) -> bool:
    """A verb of the echo list takes the side of a call it joins or leads ("joined calls to scrap
    X") and of nothing else ("joined the board", "led the team"); other frame words: True."""
    return verb.lemma_.lower() not in lex["echoes"] or target.pos_ == "NOUN" and noun_key(target) in lex["empty"]


def others_word(tok, lex: dict, speaker_words: set[str]) -> bool:
    """A frame word that names others' positions, not the speaker's: a subject noun ("opponents of
    the toll were planning a rally") or a participle on a noun ("letters objecting to X had arrived",
    "residents backing X"; kept broad, also on objects: "filed papers opposing X" let through cost
    PolNeAR dev 0.0003 joint F1)."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "poss" for c in tok.children) \
            and judged_attr(tok, lex) is None and not came_from(tok, speaker_words) and described_how(tok) is None \
            and time_come(tok, lex) is None:  # ("the time has come to build X": no one's position but the speaker's)
        return True
    if held_by_others(tok, lex, speaker_words):
        return True
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN" \
        and not names_speaker(tok.head, speaker_words) and not any(c.dep_ == "poss" for c in tok.head.children) \
        and not authored(tok.head, speaker_words)


def came_from(tok, speaker_words: set[str]) -> bool:
    """A position noun that "came from" the speaker ("A warning against the toll came from Ann
    Bell", "Support for the bypass came from the mayor", "There was a warm welcome from Ann Bell for
    X"): the speaker's own."""
    holder = told_from(tok) if speaker_words else None
    return holder is not None and names_speaker(holder, speaker_words)


# clauses of their own inside a phrase ("the terminal, which the port hopes to open", "the deal agreed on Friday")
CLAUSES = ("relcl", "acl", "advcl")


def told_from(tok):
    """The holder of a position noun that a clause tells only with where it came from: the object of
    "from" on "come" or in the noun's phrase, where the noun is the subject of "come" ("Backing for X
    came on Monday from the Y Trust") or what "there is" ("There was support from Y for X", "a welcome
    for X from Y"); else None. (Not a "from" inside a clause on the noun: "support for the ferry, which
    runs from Oban".)"""
    verb = tok.head
    if not (tok.dep_ == "nsubj" and verb.lemma_ == "come"
            or tok.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)):
        return None
    phrase = {t.i for t in tok.subtree}
    heads = [verb, *(t for t in tok.subtree if not any(a.dep_ in CLAUSES for a in (t, *t.ancestors) if a.i in phrase))]
    return next((o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"), None)


def held_by_others(tok, lex: dict, speaker_words: set[str]) -> bool:
    """A noun naming a position someone holds ("opposition to X", "warnings about X") that the
    sentence gives to another owner ("the union's opposition", "set out its opposition" said of a
    union by a person), or that the speaker only notes ("had read the warnings about X", "was
    aware of the opposition to X"), or that is there ("there had been warnings about X")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["held"]:
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.pos_ in ("NOUN", "PROPN"):
            return not names_speaker(owner, speaker_words)
        return owner.lower_ in ("its", "their") and bool(speaker_words) and others_owner(tok, speaker_words)
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in lex["noting"] \
            or tok.dep_ == "pobj" and head.lower_ in ("of", "to", "about") and head.head.lemma_.lower() in lex["noting"]:
        return True
    return tok.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children) \
        and not came_from(tok, speaker_words)  # ("there was support from the speaker for X": hers)


SINGLE_PEOPLE = frozenset("i he she".split())  # (subjects an "its" or a "their" cannot point to)


def others_owner(tok, speaker_words: set[str]) -> bool:
    """The "its"/"their" of a noun points to the subject of its clause (or of a clause above): a
    noun that is neither the speaker nor the body the speaker speaks for ("said the union had
    asked for a meeting to set out its opposition": the union's)."""
    verb = tok.head
    while verb.head is not verb:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in SINGLE_PEOPLE:  # ("she would pass their objections to X": not
            return not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon()["echoes"])  # hers; "she shares their
            # objections to X", "echoed their concerns": she joins them)
        if subject is not None:
            return subject.pos_ in ("NOUN", "PROPN") and not speakers_own(subject, speaker_words) \
                and not officers_body(subject, speaker_words)
        verb = verb.head
    return False


def authored(paper, speaker_words: set[str]) -> bool:
    """A paper the speaker put in: a motion, petition, letter … as the object of an author verb
    whose subject is the speaker by name ("Cllr Ada Penn filed a motion opposing X"; not "residents
    submitted a petition opposing X", nor "lawyers for Ada Penn filed a motion …": her lawyers')."""
    verb, lex = paper.head, lexicon()
    if paper.dep_ != "dobj" or paper.lemma_.lower() not in lex["papers"] or verb.lemma_.lower() not in lex["authors"]:
        return False
    subject = ([c for c in verb.children if c.dep_ == "nsubj"] or [None])[-1]
    return subject is not None and subject.pos_ == "PROPN" and subject.lower_ in speaker_words


def phrase_frames(tok, lex: dict) -> list[tuple[int, str]]:
    """Judgements made by a word only in its phrase: "the charge is a tax on nurses", "an attack on
    the poor" (a burden laid on others, with its "on"); "X is the last thing farmers need"."""
    if tok.lemma_.lower() in lex["burdens"] and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return [(-1, "subj")]
    if put_at_risk(tok):
        return [(-1, "does")]  # "closing X would put lives at risk": a harm foreseen of the act
    if in_the_way(tok, lex):
        return [(-1, lex["obstacles"][tok.lower_])]  # "would not stand in the way of the hub": an obstacle to what follows "of"
    if tok.lower_ == "last" and tok.head.lemma_ == "thing" and any(
            c.dep_ == "relcl" and c.lemma_ in ("need", "want") for c in tok.head.children):
        return [(-1, "subj")]
    return ev.frames_of(tok)  # "a recipe for disaster", "would bring chaos", "will make care safer"


def in_the_way(tok, lex: dict) -> bool:
    """The "way" of "stand in the way of X", "get in the way of X" (the verbs: obstruct in
    stance_frames_en.tsv): an obstacle put before X, no "way" of doing things ("the way of life")."""
    prep = tok.head
    return tok.lower_ in lex["obstacles"] and tok.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" \
        and prep.head.lemma_.lower() in lex["obstructing"] and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def put_at_risk(verb) -> bool:
    """"would put lives at risk", "puts jobs at risk": the harm verb of an idiom."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "risk" for g in c.children) for c in verb.children)


def hyphened(tok) -> str:
    """The word with the word hyphened before it, as written ("self-defeating", "ill-conceived": the
    tokenizer splits them), or ""."""
    doc, i = tok.doc, tok.i
    if i >= 2 and (doc[i - 1].tag_ == "HYPH" or doc[i - 1].text in ("-", "\u2011")) \
            and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:  # ("non-starter": the "-" tagged JJ)
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return ""


def placed(pron) -> bool:
    """A pronoun object whose verb places it ("want them on the ridge", "put it next to the school")."""
    return pron.dep_ == "dobj" and any(c.dep_ == "prep" and c.i > pron.i and c.lower_ in PLACING and not every(c)
                                       for c in pron.head.children)


def every(prep) -> bool:
    """A phrase of every occasion, no place ("fight it at every stage", "oppose it at every turn")."""
    return any(d.lower_ in ("every", "each") for g in prep.children if g.dep_ == "pobj" for d in g.children)


PLACING = frozenset("on in near at beside outside inside next behind along".split())


def no_side_taken(frame, target, lex: dict) -> bool:
    """A frame word whose act takes no side on its object: a greeting of people ("a warm welcome for
    the new arrivals", "welcomed the visiting team"; words in the `greet` and `people` rows) or a call
    for what is to be sent in ("a call for tenders", "called for nominations"; rows `ask`, `sent_in`)."""
    key, thing = frame_key(frame), target.lemma_.lower()
    # (an "of" phrase makes the noun an act or event, "the arrival of the new trains"; a determiner a
    # particular thing, "a new bid for the Olympics": both are positions)
    return key in lex["greeters"] and target.pos_ == "NOUN" and (thing in lex["people"] or is_someone(target)) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in target.children) \
        or key in lex["askers"] and thing in lex["sent_in"] and not any(c.dep_ == "det" for c in target.children)


def happening(tok, lex: dict) -> bool:
    """An event noun of the data file ("delays", "disruption", "queues"), not an act done to a
    thing ("any delay to the bypass", "a delay of the vote": that act's object is the target)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex["events"] \
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "to", "for") for c in tok.children)


def named_act(act, target, value: int, words: list[str], at: int) -> list[Stance]:
    """The act noun itself where it acts on a name ("warned against the demolition of Gracefield
    Tower": against the demolition, beside for the tower); not an act empty of its own ("an end to")."""
    lex = lexicon()
    if act.pos_ != "NOUN" or target.pos_ != "PROPN" or noun_key(act) not in lex["noun_acts"] or noun_key(act) in lex["empty"] \
            or target.head.head.i != act.i:
        return []
    return [Stance(noun_key(act), value * lex["acts"][noun_key(act)], list(dict.fromkeys(words)), act.text, at=at)]


def place_head(tok):
    """The noun a place word was hung on as head ("the parking meters downtown" parsed as a
    compound of "downtown"): the last compound before it; else the token itself."""
    if tok.lower_ not in lexicon()["places"]:
        return tok
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), tok)


def turned(tok, verb, lex: dict, words: list[str]) -> int:
    """-1 where the frame is turned round: by a verb of doubt over it ("questioned the need for
    X") or by a direction on a judging noun ("a step backwards"); else 1."""
    sign = 1
    for t in (verb if verb is not tok else None, tok.head if tok.dep_ == "dobj" else None):
        if t is not None and t.lemma_.lower() in lex["doubt"]:
            sign, _ = -sign, words.append(t.text)
            break
    back = next((c for c in tok.children if c.dep_ in ("advmod", "amod") and c.lower_ in lex["reverse"]), None)
    way = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for d in p.children if d.lemma_ == "direction"
           for a in d.children if a.dep_ == "amod" and (-1, "subj") in lex["frames"].get(a.lower_, [])]
    if tok.pos_ == "NOUN" and (back or way):  # "a step backwards", "a step in the wrong direction"
        sign, _ = -sign, words.append((back or way[0]).text)
    return sign


def held_back(tok) -> bool:
    """A frame not (yet) taken: "stopped short of backing X", "has yet to back X"."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lower_ == "short" \
        or tok.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.head.children)


def ought(verb) -> bool:
    """The clause says what its subject should do ("the city should invest in buses", "the
    council must reject the plan", "it is time the council built X"): the speaker's own call,
    whoever the subject is (not what a rule obliges: "under the law, shops must accept returns")."""
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children) \
        and not rule_reported(verb, lexicon()) and not inverted_condition(verb) or time_for(verb)


def time_for(verb) -> bool:
    """A clause after "it is (high / about / long past) time" ("it's time the toll was scrapped",
    "said it was high time the county built X"): what should be done."""
    if verb.dep_ not in ("relcl", "ccomp") or verb.pos_ != "VERB":
        return False
    head = verb.head
    time = head if head.lemma_.lower() == "time" else next(
        (c for c in head.children if c.lemma_.lower() == "time" and c.dep_ in ("attr", "npadvmod")), None)
    be = head.head if time is head else head
    return time is not None and time.i < verb.i and be.lemma_ == "be" and time.dep_ in ("attr", "npadvmod") \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children) \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in time.children)  # (not "the first time the council closed X")


def full_clause(tok) -> bool:
    """A clause with its own subject or modal ("worried about how the money might affect X"): no
    thing one is for or against (a bare gerund is: "the ban on fracking")."""
    if tok.pos_ == "VERB" and verb_key(tok) in lexicon()["nominal"] and (
            not any(c.dep_ == "nsubj" for c in tok.children) or decided_act(tok.head) == tok):
        return False  # ("to cut interest rates", "the move that cuts fares": the cut asked for or decided)
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children)


def time_span(tok) -> bool:
    """A span of time ("spoke for 40 minutes", "campaigned for years", "for an hour", "for several
    months", "for a few minutes"), not a thing one is for ("a longer school day", "a four-day week",
    "a week of talks" are)."""
    if tok.lemma_.lower() not in lexicon()["time_units"]:
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    if tok.tag_ == "NNS":  # (not "shorter weeks", "school days"; "a few weeks of calm" is a thing too)
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        if any(c.lower_ not in lexicon()["spans"] for c in modifiers):
            return False
        return not (modifiers and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))
    # one: nothing that makes it a kind of time ("a shorter week", "a school day", "a week of talks", "a day off")
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and all(
        c.dep_ in ("det", "prep") and c.lower_ != "of" or c.dep_ == "amod" and c.lower_ in lexicon()["spans"] for c in tok.children)


def stances_of(target, value: int, words: list[str], negs: list, clause: str, at: int) -> list[Stance]:
    """The stance on the target (and on its conjuncts: "not only more nurses but also a new hospital");
    ``clause`` is the pluperfect clause that only recalls the position, or ""."""
    words = list(dict.fromkeys(words))
    target = place_head(target)
    plain, less = value, less_of(target)
    if less is not None:  # (r13deb) "wants less immigration", "fewer asylum seekers": a quantity against the thing
        value, words = -value, words + [less.lower_]
    out = [Stance(name, value, words, phrase_of(target), bool(clause), clause, at) for name in target_names(target)]
    acted, sign = acted_on(target)
    if acted:  # "the library closures": against closing them is for the library; "the tram extension"
        out.append(Stance(acted, value * sign, words, acted, bool(clause), clause, at))  # (its own words: no topic twice)
    rather = any(c.dep_ == "cc" and c.lower_ == "than" for c in target.children)  # "buses rather than a garage"
    against = set_against(target)
    for also in target.conjuncts:
        if also.pos_ in ("NOUN", "PROPN") and not inside_hyphened(also, target) and also not in against:
            own = value if not any(c.lower_ in LESS | {"more"} for c in also.children) \
                else plain * (-1 if less_of(also) is not None else 1)  # ("fewer cars and more buses": each its own quantity)
            out.append(Stance(target_name(also), own * (-1) ** (len([n for n in negs if n.dep_ == "neg"]) + rather),
                              words, also.text, bool(clause), clause, at))
    for other in against:  # "needs flood walls, not a reservoir": the phrase "not" opens is the opposite
        out.append(Stance(target_name(other), -value, words + ["not"], other.text, bool(clause), clause, at))
    for other in instead(target):  # "instead of a toll, wants a fuel tax": against the toll
        out.append(Stance(target_name(other), -value, words + ["instead"], other.text, bool(clause), clause, at))
    return out


def phrase_of(target) -> str:
    """The words of the target's noun phrase without its relative clauses and appositions ("the new pay
    scale, which would put nurses on £31,200, …": "the new pay scale"), what the topics are read from."""
    aside = {t.i for c in target.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    words = [t for t in target.subtree if t.i not in aside]
    while words and words[-1].is_punct:
        words.pop()
    return " ".join(t.text for t in words)


LESS = frozenset({"less", "fewer"})


def set_against(target) -> list:
    """The nouns after the target (or its conjuncts) that a "not" sets against it ("needed flood walls
    and drainage, not a reservoir", "backs the levy, not a toll"): a conjunct or apposition whose own
    "not" stands before it, or whose head's "not" stands between the two (as the parser hangs it)."""
    heads = [target, *(c for c in target.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    out = []
    for head in heads:
        for other in (c for c in head.children if c.dep_ in ("appos", "conj") and c.i > head.i and c.pos_ in ("NOUN", "PROPN")):
            nots = [n for n in (*other.children, *head.children) if n.dep_ == "neg" and n.lower_ == "not"
                    and (n.head.i == other.i and n.i < other.i or n.head.i == head.i and head.i < n.i < other.left_edge.i + 1)
                    and not (n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ in lexicon()["additives"])]  # (not "not just X")
            if nots and other not in out and not is_someone(other):  # (not "wants the library, not the council, to run it")
                out.append(other)
    return out


def less_of(noun):
    """The "less" or "fewer" that makes a noun a smaller quantity ("less immigration", "fewer
    lorries"; hung on the adjective that opens the phrase: "less red tape"), or None."""
    return next((c for c in noun.children if c.lower_ in LESS and c.dep_ in ("amod", "det", "advmod")), None) or next(
        (g for c in noun.children if c.dep_ == "amod" for g in c.children
         if g.lower_ in LESS and g.dep_ == "advmod" and g.i == noun.left_edge.i), None)


def instead(target) -> list:
    """What the clause prefers the target to ("Instead of a toll, X wants a fuel tax")."""
    return [g for c in target.head.children if c.dep_ == "prep" and c.lower_ == "of"
            and any(a.lower_ == "instead" for a in c.children) for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def acted_on(tok) -> tuple[str, int]:
    """The thing an act noun names before it, and the act's sign: "library" in "the library
    closures" (-1), "tram" in "the tram extension" (+1), where no preposition names it; else ""."""
    sign = lexicon()["noun_acts"].get(noun_key(tok))
    if noun_key(tok) in lexicon()["carriers"]:  # "rejected the pay offer": a kind of offer, not an act on pay
        return "", 0
    if lexicon()["act_preps"].get(noun_key(tok)) == "on":  # (limits, which act "on" their thing)
        return "", 0  # "the price cap", "a speed limit": the word before names the measure, not what it limits
    if tok.pos_ != "NOUN" or sign is None or act_preps(tok) \
            or not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in tok.lefts):
        return "", 0
    name = target_name(tok)
    before = tok.doc[tok.i - 1]
    if noun_key(tok) in lexicon()["amount"] | lexicon()["nominal_nouns"] and before.lemma_.lower() in lexicon()["amounts"]:
        return "", 0  # "an interest rate cut" changes an amount ("library cuts" end the library: for it)
    return (name.rsplit(" ", 1)[0], sign) if " " in name else ("", 0)


BELIEF = frozenset("think believe feel suppose expect reckon sure certain convince convinced persuade persuaded".split())
TRUTH = frozenset("true correct accurate case".split())


def negated_belief(verb) -> list:
    """The negation of a verb of belief over the clause it takes ("did not think the toll was a
    good idea": the toll is judged no good idea)."""
    head = verb.head
    if verb.dep_ == "ccomp" and (head.lemma_.lower() in BELIEF or head.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in TRUTH for c in head.children) or not_that(verb)):
        # (or "it is not true that she opposed X"; "was not convinced that X was needed": "not" on "was")
        return negated(head) + (negated(head.head) if head.dep_ == "acomp" else [])
    return []


def not_that(clause) -> bool:
    """A that-clause under a bare "it is" ("It is not that we oppose X", "it's not that the town
    doesn't want Y"): the speaker denies it is the case, as with "it is not true that"."""
    head = clause.head
    return head.lemma_ == "be" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) \
        and not any(c.dep_ in ("acomp", "attr") for c in head.children)


def speakers_own(subject, speaker_words: set[str]) -> bool:
    """The subject is the speaker (or a pronoun, or unknown), not someone whose position is reported."""
    if subject is not None and subject.lower_ in GROUPS and subject.dep_ != "nsubj":
        return False  # ("nearly all of them in favour of X": a group of others)
    if subject is not None and subject.tag_ in RELATIVE and subject.head.dep_ == "relcl":
        return speakers_own(antecedent(subject.head.head), speaker_words)  # "…, breaking with Senator Y, who backs it":
        # the one the relative clause hangs on ("Mayor X, who backs the tram, …": the speaker)
    if subject is None or not speaker_words or subject.lower_ in PERSONAL or subject.pos_ == "PRON" \
            or subject.lower_ in NOBODY or names_speaker(subject, speaker_words) or described_speaker(subject, speaker_words):
        return True
    mine = [c for c in subject.children if c.lower_ in ("my", "our", "his", "her", "this") and c.dep_ in ("poss", "det")]
    members = subject.lemma_.lower() in lexicon()["members"]
    return bool(mine) and (is_body(subject) or members) and not reported_act(subject) \
        and not (members and mine[0].lower_ in ("his", "her") and not titles_body(subject.doc, speaker_words))
    # ("this government will not back X", "said her department would not back X", "said his members were against X":
    # her own body, the members she speaks for, when her title names the body: "union leader X"; not "gym owner X")


def described_speaker(subject, speaker_words: set[str]) -> bool:
    """The subject of a sentence of narration that names the speaker nowhere, by a role ("The president
    of the Chamber of Commerce has cautioned against X. Declan Fahy said …"): the statement was given
    to the speaker named later, so the role is hers (not in a quotation: "'The mayor wants X closed.
    That is wrong,' she said" reports the mayor's position)."""
    from ..actors import lexicon as actor_lexicon

    if subject.dep_ != "nsubj" or subject.head.dep_ != "ROOT":
        return False
    words, quoted = doc_words(subject.doc)
    if quoted is not None and quoted < subject.i or not words.isdisjoint(speaker_words):
        # (a quotation after the narration's subject is its own words: "A cane grower … says he will fight X 'every step')
        return False
    lemma = subject.lemma_.lower()
    return lemma in actor_lexicon("en").roles or lemma in lexicon()["officers"] or lemma in lexicon()["heads"] \
        or subject.tag_ == "NN" and described_person(subject)
    # (a role the phrase reader finds: "A senior paramedic has warned against X. Owen Pritchard said …"; a person by
    # her "who" clause: "A cane grower who lost half his crop says he will fight X. Mick Durrandale …")


def described_by_who(noun) -> bool:
    """A noun a relative clause of "who" describes: a person, whatever the noun (the role lists know
    titles, not every trade)."""
    return any(c.dep_ == "relcl" and any(g.tag_ == "WP" and g.lower_ in ("who", "whom") and g.i < c.i for g in c.children)
               for c in noun.children)


def described_person(noun, phrase=None) -> bool:
    """A noun the phrase reader reads as a role (``phrase``, its phrase as read, or the noun's
    subtree read here), or a person by her "who" clause (described_by_who): the role lists need
    not know the noun ("A senior paramedic", "A cane grower who lost half his crop")."""
    if described_by_who(noun):
        return True  # (the cheap reading first: the phrase reader is not cached)
    if phrase is None:
        from ..actors.mentions import parse_phrase
        phrase = parse_phrase(" ".join(t.text for t in noun.subtree), "en")
    return phrase.role.casefold().split()[-1:] == [noun.lower_]


def doc_words(doc) -> tuple[frozenset[str], int | None]:
    """The lowercase words of a doc and where its first quotation mark is (not the "'" of "the
    teachers' union"; None for none), read once per doc and kept in its user_data: described_speaker
    asks for every subject of every statement of the doc."""
    read = doc.user_data.get("frames_en.doc_words")
    if read is None:
        read = (frozenset(t.lower_ for t in doc),
                next((t.i for t in doc if (t.is_quote or t.text in "\"“”‘’'") and t.tag_ != "POS"), None))
        doc.user_data["frames_en.doc_words"] = read
    return read


def titles_body(doc, speaker_words: set[str]) -> bool:
    """The speaker's title names a body or the people it gathers: "union leader X", "growers' guild chair
    X", "farmers' leader X", "X, the union's leader" (in the speaker's words or before her name in the sentence)."""
    from ..actors import lexicon as actor_lexicon

    bodies = actor_lexicon("en").institutions.keys() | lexicon()["bodies"]
    return any(w.removesuffix("'s") in bodies for w in speaker_words) or any(
        w.lemma_.lower() in bodies or w.tag_ == "NNS" and w.i + 1 < len(doc) and doc[w.i + 1].tag_ == "POS"
        for w in title_tokens(doc, speaker_words))


def titled_officer(doc, speaker_words: set[str]) -> bool:
    """Her title names a body and an office in it ("Residents Association president X"), not only a
    tie to the body ("X, a former adviser to the Y Association", "a critic of the Y Association": she
    reports the body's position, she does not hold it)."""
    return titles_body(doc, speaker_words) and any(w.lemma_.lower() in lexicon()["officers"]
                                                   for w in title_tokens(doc, speaker_words))


def title_tokens(doc, speaker_words: set[str]) -> tuple:
    """The words of the title the sentence gives the speaker beside her name: before it ("Farmers'
    leader Agnes Cole", "The chief executive of Harrowdene Health, Dr X") or apposed after it ("X,
    chief executive of the Tarnwick Hauliers' Association"). The statement's speaker is named by her
    name alone; her title, read here, says which body "the trust", "the group" in her words is.
    A walk over the doc, kept in its user_data per speaker (titles_body, titled_officer and
    with_title each ask for it; a titled_officer asks twice)."""
    key = ("frames_en.title_tokens", frozenset(speaker_words), getattr(speaker_words, "name", None))
    read = doc.user_data.get(key)
    if read is None:
        read = doc.user_data[key] = tuple(t.i for t in _title_tokens(doc, speaker_words))  # (indices: no cycle to the doc)
    return tuple(doc[i] for i in read)


def _title_tokens(doc, speaker_words: set[str]) -> list:
    """title_tokens, read afresh."""
    named = getattr(speaker_words, "name", None) or speaker_words  # (her name's words, not her title's)
    parts = {p for w in named for p in w.split("-")}  # ("Lanigan-Pole": three tokens)
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.lower_ not in parts or t.dep_ == "compound" and t.head.lower_ in parts:
            continue
        top = t.head if t.dep_ == "appos" else t  # (the title the name is apposed to, up to its noun phrase's head:
        while top.dep_ in ("pobj", "prep", "compound") and top.head.pos_ in ("NOUN", "PROPN", "ADP"):  # "the chief
            top = top.head  # executive of Harrowdene Health, Dr X", the name parsed on "Health")
        out += [w for w in doc[top.left_edge.i:t.i] if w.lower_ not in parts and w.tag_ != "HYPH"]  # ("Farmers' leader"
        # over "Agnes Cole")
        out += [x for c in t.children if c.dep_ == "appos" for x in c.subtree]
    return out


def with_title(doc, speaker_words: set[str]) -> set[str]:
    """The speaker's words and the words of her title in the sentence (title_tokens)."""
    if not speaker_words:
        return speaker_words
    return speaker_words | {w.lower_ for w in title_tokens(doc, speaker_words) if w.is_alpha and not w.is_stop}


VOTE_COUNTS = frozenset("vote votes percent per cent % majority".split())


def reported_act(subject) -> bool:
    """The body's act told as an event, not the position its head states (tests/data/eval/README.md,
    "Stances"): a past or perfect act with a point in time ("rejected the bid in 2019", "approved X on
    Monday"), a vote count or percentage ("by 31 votes to 12", "by 60 percent"), or "voted to / for /
    against"; or the speaker's own view set apart after it ("…, but he personally backs it"). A present
    position stays one whatever time words it holds ("the board still opposes X this week")."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if view_apart(verb) or background_clause(verb):
        return True
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    held = holders_participle(verb)  # ("the committee was opposed to X": a state, but its vote count an event)
    if (not past or verb.lemma_ in ("be", "have")) and not held:
        return False  # ("the company had no doubt about X", "the board was against X": a state, no act)
    if verb.lemma_ == "vote":
        return True  # "her members voted to reject X", "voted against X"
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    objects = {t.i for a in acts for c in a.children if c.dep_ in ("dobj", "attr", "ccomp") for t in c.subtree}
    around = [t for a in acts for c in a.children if c.dep_ in ("prep", "agent", "npadvmod", "advmod", "nmod", "dobj", "tmod")
              for t in c.subtree if (c.dep_ != "dobj" or t.lower_ in VOTE_COUNTS) and t.i > subject.i]
    # (a time before the subject is the speech verb's, however parsed: "said on Thursday the board rejected X")
    if any(t.lower_ in VOTE_COUNTS and (any(n.like_num for n in t.children) or t.i > 0 and t.doc[t.i - 1].like_num)
           for t in around):
        return True  # "by 31 votes to 12", "by 60 percent", "80 percent in favour"
    return not held and any(point_in_time(t) for t in around if t.i not in objects)


def background_clause(verb) -> bool:
    """A clause of time or cause beside the one that takes the position ("…, two days after the
    board approved X", "… because the council had backed it"): an event told as background."""
    marks = lexicon()["background_marks"]
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def unheld_event(verb) -> bool:
    """A passive with no one who did it, in a clause of time or cause ("since it was first proposed",
    "after the plan was approved"): what happened to the thing, held by nobody."""
    return background_clause(verb) and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def point_in_time(tok) -> bool:
    """A point in time as an adverbial: "on Monday", "in 2019", "last week", "yesterday"."""
    low = tok.lower_
    if low in TIME_WORDS:
        return True
    if tok.like_num and len(low) == 4 and low.isdigit() and low[:2] in ("19", "20"):
        return tok.head.lower_ in ("in", "since", "until", "by") or tok.dep_ in ("npadvmod", "pobj")
    return tok.lemma_.lower() in lexicon()["time_units"] and any(c.lower_ in ("last", "this", "that", "next") for c in tok.children)


def view_apart(verb) -> bool:
    """The speaker sets her own view apart from the body's: a clause joined by "but" whose subject is a
    personal pronoun with "personally" or "herself" ("the board opposed X, but he personally backs it")."""
    for other in verb.sent:
        own = other.head.head if other.head.pos_ == "PRON" else other.head  # ("she herself opposes it": on "she")
        if other.lower_ in ("personally", "himself", "herself", "myself") and own is not verb \
                and own.pos_ in ("VERB", "AUX") and own.i > verb.i \
                and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "i") for c in own.children) \
                and any(t.lower_ == "but" for t in verb.doc[verb.i:own.i]):
            return True
    return False


def antecedent(noun):
    """The one a relative clause's noun stands for: the subject of "X is among / one of those
    who …" (X is one of them), else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("among", "of"):
        holder = prep.head.head if prep.lower_ == "of" and prep.head.lower_ == "one" else prep.head
        if holder.lemma_ == "be":
            return next((c for c in holder.children if c.dep_ == "nsubj"), noun)
    return noun


def officers_body(subject, speaker_words: set[str]) -> bool:
    """"the board would never sell X", said its chairman: a body named with "the" is the one an
    officer of no other named body speaks for ("the school" for a headteacher; not "the union"
    for a council leader)."""
    from ..actors import lexicon as actor_lexicon

    bodies = actor_lexicon("en").institutions.keys() | lexicon()["bodies"]
    if subject is None or not is_body(subject) or reported_act(subject) or said_after(subject.head) \
            or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in subject.head.children):
        return False  # ("said the housing authority rejected X on Monday", "… had rejected X": a past act reported)
    speaker_words = with_title(subject.doc, speaker_words)  # ("The chief executive of X, Dr Y, said the trust …"; read
    # only for a body subject: the title is a walk over the sentence)
    own = {w.lower_ for w in subject.subtree}
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or subject.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in subject.children)  # (a bare "council", as Australian papers write it)
    if the and subject.lemma_.lower() in lexicon()["cabinets"] and speaker_words & lexicon()["ministers"]:
        return True  # "Transport Secretary X insisted the government would never close Y": a minister's own
        # government, whatever the portfolio ("Transport" names no other body here)
    named = {w.removesuffix("'s") for w in speaker_words}  # ("the council's leader Jo Bell": the council)
    if any(o.dep_ == "pobj" and o.lower_ not in named and o.lemma_.lower() not in named
           for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children):
        return False  # ("Growers' leader X said the organisation of tour operators …": another body, by its "of")
    others = [w for w in named if w in bodies and w not in own | {subject.lemma_.lower()}]  # (the body her title names)
    # is no other body where the subject names it ("Unions want X, union leader Y said") or is an organ of it ("Club
    # chairman Y said the board …", "Council leader Y said the authority …": the board of her club, the authority she leads)
    return (the or subject.pos_ == "PROPN" or subject.lemma_.lower() in named) and bool(speaker_words & lexicon()["officers"]) \
        and (not others or organ_of(subject, named))


def organ_of(subject, named: set[str]) -> bool:
    """An organ word ("the board", "the authority", "the council's executive") with no compound,
    possessive or "of" naming another body than the one her title names (not "the health authority",
    "the FA board", "the board of the hospital trust", "the TUC's executive")."""
    lex = lexicon()
    if subject.lemma_.lower() not in lex["organs"]:
        return False
    namers = [c for c in subject.children if c.dep_ in ("compound", "poss")] + [
        o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return all(n.lemma_.lower() in lex["organs"] | named or n.lower_.removesuffix("'s") in named for n in namers)


def spoken_for(subject, speaker_words: set[str]) -> bool:
    """The subject is the body the speaker speaks for, as the sentence ties the two: the body of
    the speaker's office by "its" or "their" ("The X Forum welcomed Y, said its spokesman, Z"), by
    the possessor ("the group's director Z": the group, a body named or referred to), or the body
    a relative clause says the speaker leads ("Z, who chairs the Y Society, said the society …")."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not speaker_words or names_speaker(subject, speaker_words) \
            or said_after(subject.head) or reported_act(subject):
        return False  # ("The X Society voted against Y in 2019, its chair Z said": an event)
    if referring(subject) and len(list(subject.subtree)) == 2 and titled_officer(subject.doc, speaker_words):
        return True  # "Residents Association president X says the group isn't opposed to Y": the body her office names
    named = {w.lower_ for w in subject.subtree if not w.is_stop and w.is_alpha}
    for body in speakers_bodies(subject.doc, speaker_words):
        if body.lower_ == "its":
            if subject.tag_ in ("NN", "NNP") and not is_person_name(subject):
                return True
        elif body.lower_ == "their":
            if subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in lexicon()["bodies"]:
                return True
        elif body.pos_ in ("NOUN", "PROPN"):
            words = {w.lower_ for w in body.subtree if not w.is_stop and w.is_alpha} - {
                w.lower_ for c in body.children if c.dep_ in ("acl", "relcl") for w in c.subtree}
            # (the body's own name, not what a clause on it says: "represents residents suing the council")
            # the body by a word of its name ("the chamber's president" of the Dunmore Chamber of Commerce, "the
            # society" of the Y Allotment Society), or each by a bare body noun that only refers ("the group")
            if subject.lemma_.lower() in words | {body.lemma_.lower()} or named & words and subject.pos_ == "PROPN" \
                    or referring(body) and subject.pos_ == "PROPN" or referring(subject) and body.pos_ == "PROPN":
                return True
    return False


def said_after(clause) -> bool:
    """The clause stands before a speech verb that says something else in a that-clause after it
    ("X warned against Y; its chief, Z, said only that the board would decide"): Z's words are the
    that-clause, the clause before is X's own."""
    from ..en.parsed_indirect import says_that_after  # (the extractor's reading of the same verb)

    return clause.dep_ == "ccomp" and clause.i < clause.head.i and says_that_after(clause.head)


def speakers_bodies(doc, speaker_words: set[str]) -> list:
    """The bodies the speaker's mention ties the speaker to: the possessor of an office noun ("its",
    "the group's" in "its spokesman, Z", "the group's director Z") and the object of a relative
    clause of leading ("Z, who heads the Y Cooperative")."""
    lex, out = lexicon(), []
    for name in (t for t in doc if t.pos_ == "PROPN" and t.lower_ in speaker_words and t.dep_ != "compound"):
        roles = [name, *([name.head] if name.dep_ in ("appos", "compound") else []),
                 *(c for c in name.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"),
                 *(c for c in name.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == name.left_edge.i - 1
                   and name.dep_ == "nsubj")]  # ("…, its chair Orla Bell told the Courier": the title parsed as a second subject)
        out += [p for r in roles if r.lemma_.lower() in lex["officers"] for p in r.children if p.dep_ == "poss"]
        out += [p for p in name.children if p.dep_ == "poss" and p.i < name.i and any(  # ("its chair Leofric Dunn": the "its"
            r.dep_ == "compound" and r.lemma_.lower() in lex["officers"] and r.head.i == name.i for r in roles)]  # on the name)
        out += [o for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in lex["heads"]
                for o in c.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
        out += [o for r in roles if r.lemma_.lower() in lex["officers"] for p in r.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]  # ("X, chief executive of the Y Association")
    return out


def referring(noun) -> bool:
    """A bare noun with "the" that refers back to any body named ("the group", "the organisation"; not
    "the council", a body of its own kind)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon()["any_body"] \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def is_person_name(tok) -> bool:
    """A name whose first word is a first name ("Greta Holm"): a person, no body."""
    from ..actors.lexicon import first_name

    first = tok.left_edge if tok.left_edge.pos_ == "PROPN" else tok
    return tok.pos_ == "PROPN" and first_name(first.lower_)


def names_speaker(subject, speaker_words: set[str]) -> bool:
    """The clause's subject names the speaker ("Ray Ambler came out in favour of X, the Chronicle
    reported": the paper reports his position, not its own)."""
    if subject is not None and subject.pos_ == "PROPN" and speaker_words and subject.i > 0 and not subject.is_stop:
        given = subject.doc[subject.i - 1]  # "Senator Dianne Roy" for "Senator Paul Whitcombe": another name with the
        if given.pos_ == "PROPN" and given.head.i == subject.i and not {subject.lower_, given.lower_} & speaker_words:
            # same title (not "Harlow First", whose "first" is no word of the speaker's; a dateline parsed as the
            # subject keeps its apposition: "CARSON BEND, Nev. (AP) — Gov. X vetoed …")
            return any(names_speaker(c, speaker_words) for c in subject.children if c.dep_ == "appos")
    return subject is not None and bool(written_words(subject) & speaker_words)


def written_words(tok) -> set[str]:
    """The words of a phrase as written, a hyphened name whole ("Asante-Boyd", which the parse takes as
    three tokens), and each token: a part of such a name alone is another name ("Smith" is no "Smith-Kerr")."""
    tokens = list(tok.subtree)
    text = "".join(t.text_with_ws for t in tokens).lower()
    hyphened = {w for w in re.findall(r"[\w'-]+", text) if "-" in w}
    inside = {t.lower_ for t in tokens if any(t.lower_ in w.split("-") for w in hyphened)}
    return hyphened | {t.lower_ for t in tokens} - inside


def others_view(verb, speaker_words: set[str]) -> bool:
    """The frame lies in what others say or think ("Critics say the deal is a mistake", "The
    union says the pay deal is unacceptable"): their view, reported, not the speaker's own."""
    clause = verb
    while clause.dep_ == "ccomp" and clause.head is not clause and not paratactic(clause):
        clause = clause.head
        # (the subject nearest the verb: "DENVER (AP) — Gov. X said he …" parsed with the dateline as a subject too)
        subject = ([c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i] or [None])[-1]
        if subject is not None and clause.lemma_ != "be":  # ("the library is what the town needed": no one's view reported)
            return subject.lower_ in OTHERS or subject.pos_ in ("NOUN", "PROPN") and bool(speaker_words) \
                and not speakers_own(subject, speaker_words)
    return False


DASHES = frozenset("— – - ; :".split())  # (marks that set a clause beside another, not inside it)


def paratactic(clause) -> bool:
    """A clause the parser hung as the complement of a later verb across a dash or a semicolon ("I am
    against X — the family have worked that hill for a century"): a clause beside it, nobody's report."""
    head = clause.head
    return clause.i < head.i and any(t.text in DASHES and t.head.i in (clause.i, head.i)
                                     for t in clause.doc[clause.right_edge.i + 1:head.i])


def judges(word, lex: dict) -> bool:
    """An evaluative word of the subj rows ("wrong", "right", "mistake")."""
    return word.lower_ in lex["judging"]


def in_outer_frame(tok, lex: dict) -> bool:
    """The noun is the object of a frame verb or of a frame word's own preposition."""
    if tok.dep_ == "dobj":  # (also of an act an outer frame reads: "warned against pulling the plug on X")
        act = tok.head
        return framed_verb(act, lex) or verb_key(act) in lex["acts"] and (
            act.dep_ == "xcomp" and framed_verb(act.head, lex) or act.dep_ == "pcomp" and in_outer_frame(act, lex))
    word = tok.head.head
    return tok.dep_ in ("pobj", "pcomp") and any(slot == tok.head.lower_ for k in (word.lemma_.lower(), word.lower_, frame_key(word))
                                      for _, slot in lex["frames"].get(k, []))


def judged_in(prep, lex: dict) -> bool:
    """A prepositional phrase that is itself a frame ("in favour")."""
    return any(any(slot for _, slot in lex["frames"].get(g.lemma_.lower(), [])) for g in prep.children if g.dep_ == "pobj")


def framed_verb(verb, lex: dict) -> bool:
    """A verb whose frame takes its object ("rejected calls for X", "backed the call for X")."""
    return any(slot == "obj" for k in (verb.lemma_.lower(), frame_key(verb)) for _, slot in lex["frames"].get(k, []))


def demanded(tok, lex: dict, speaker_words: set[str] = frozenset()) -> bool:
    """An act verb the speaker asks for: with "must"/"should" ("the tax must be scrapped"), after
    "has to"/"needs to", or an imperative that opens its clause ("Scrap the tax")."""
    if tok.pos_ != "VERB" and not capitalised_imperative(tok) or verb_key(tok) not in lex["acts"] or handed_on(tok):
        return False
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and in_outer_frame(tok.head, lex):
        return False  # "dismissed suggestions that the county should close X": the outer frame reads the noun's clause
    if time_for(tok):
        return True  # "it's high time the council built X"
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in lex["must"] for c in tok.children):
        return not rule_reported(tok, lex) and not inverted_condition(tok)
    if any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in tok.children) and negated(tok):
        return True  # "the mine cannot go ahead"
    if denying_noun(tok) and tok.head.lemma_.lower() in lex["intent"] | {"of", "to"} and any(
            t.lemma_.lower() in lex["intent"] for t in (tok.head, tok.head.head)):
        return True  # "has no intention of closing X", "no plans to sell X": an act refused
    if dead_body(tok):
        return True  # "will be demolished over my dead body": an act refused
    if any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "would", "shall") for c in tok.children) \
            and (negated(tok) or negated_thing(tok)) and any(c.dep_ == "nsubjpass" for c in tok.children if c.pos_ in ("NOUN", "PROPN")):
        return True  # "the ferry will not be axed", "the clinic won't be closed", "no clinic will be closed": an act refused
    if any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall") for c in tok.children) and negated_thing(tok) \
            and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "not a single library will close", "none of the pools will shut": none of them (not "the
        # bridge will not close during the works": a timetable)
    if refused_end(tok, lex):
        return True  # "the library is not closing", "we are not scrapping the bus gate", "nobody is closing X"
    if going_to(tok) and negated(tok.head) \
            and any(c.dep_ == "nsubj" and (c.lower_ in PLEDGERS or c.pos_ in ("NOUN", "PROPN") and any(
                a.dep_ == "auxpass" for a in tok.children)) for c in tok.head.children):
        return True  # "we are not going to close the academy", "the night bus is not going to be cut": an act refused
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in tok.children) \
            and any(c.dep_ == "nsubj" and (c.lower_ in PLEDGERS or negated(tok) and (c.pos_ == "PROPN" and c.lower_ in speaker_words
                    or own_body(c, speaker_words))) for c in tok.children):
        return True  # "said he would scrap the tax", "the board would never sell X": a pledge of the speaker's own
    if pledged_if_elected(tok) and any(c.dep_ == "nsubj" and (c.lower_ in PLEDGERS or names_speaker(c, speaker_words)
                                                              or own_body(c, speaker_words)) for c in tok.children):
        return True  # "Dunleavy would scrap the surcharge if elected", "his group would scrap X if it won control"
    if (head := infinitive_head(tok)) is not None and to_infinitive(tok) and (
            head.lemma_.lower() in lex["must"] and not foreseen(head) or warning(head, lex) and negated(tok)):
        return True  # "has to go", "urged the council to drop X", "warned ministers not to sell X"
    return imperative(tok) and not instruction(tok)


def refused_end(tok, lex: dict) -> bool:
    """An end act refused in the progressive or after "going to": said of the thing itself ("the library
    is not closing", "the branch is not going to close"), or with its object by the speaker's side or by
    nobody ("we are not scrapping the bus gate", "nobody is closing X"). The progressive says what is
    being done, so only its negation is a position ("we are closing X" announces a plan); not in the
    passive (other rules read it), not another's act ("the council is not closing X": reported), not an
    event ("nobody is stopping the queues"), nor with a circumstance that times it ("is not closing for the
    holidays", "during the works": a timetable)."""
    if lex["acts"].get(verb_key(tok)) != -1 or tok.tag_ not in ("VB", "VBG") or any(c.dep_ in ("auxpass", "xcomp") for c in tok.children):
        return False  # (nor "going" itself of "is not going to V": it only puts the infinitive ahead, "prices are not going to rise")
    going = going_to(tok)
    holder = tok.head if going else tok
    if not (going or tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)):
        return False
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    verbs = {tok, holder}
    if subject is None or any(c.dep_ in ("prep", "npadvmod") for v in verbs for c in v.children if c.i > v.i):
        return False
    if (obj := next((c for c in tok.children if c.dep_ == "dobj"), None)) is not None:
        return not happening(obj, lex) and (subject.lower_ in PLEDGERS and bool(negated(holder)) or subject.lower_ in NOBODY)
    return subject.pos_ in ("NOUN", "PROPN") and bool(negated(holder)) and not any(verb_key(v) in lex["empty"] for v in verbs) \
        and not happening(subject, lex)  # (not "the protests are not going to end": an event runs its course, as clause_act reads it)


def going_to(verb) -> bool:
    """An infinitive after "going to", which puts it ahead ("is not going to close")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG"


def to_infinitive(verb) -> bool:
    """A verb with its infinitive "to" ("fought to save X", "the decision to close X"): the "to" before
    the verb, never a preposition "to" after it, which a finite clause has too ("when it opened to
    patients", "as the plan moved to a vote": an event beside the judgement, no act judged)."""
    return any(a.lower_ == "to" and a.i < verb.i for a in verb.children)


def instruction(verb) -> bool:
    """An imperative that tells the listener what to do on their own occasion, no act of the thing's
    owner asked for: its clause speaks to the listener ("close the gate behind you", "keep your dog on a
    lead") or is timed by the listener's doing ("Do not close the app while it updates", "… when you walk
    the dog"): the second person and the marks of such a clause are rows of stance_frames_en.tsv."""
    lex = lexicon()
    return any(t.lower_ in lex["listener"] and spoken_to_in_clause(t, verb) for t in verb.subtree) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex["occasion_marks"] for m in c.children)
        and listeners_occasion(c, lex) for c in verb.children) or circumstance_denied(verb, lex)


def circumstance_denied(verb, lex: dict) -> bool:
    """A negated imperative that says when or how the act is not to be done, not whether: the negation
    falls on the circumstance (as "I just don't want them on the ridge" says where): an excess ("Don't
    cut the grass too short"), a time ("Don't prune the hedges in nesting season", "… before the frost",
    "… before the market opens", "Don't cut the cake yet") or a tool the act's frame does not take ("Never close the fire doors with
    a wedge"; not "Don't replace the library with flats"). Excess and timing words are rows of
    stance_frames_en.tsv; a place is no such circumstance ("Never build a landfill beside a school")."""
    if not negated(verb):
        return False
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in ("advmod", "acomp", "oprd") and (c.lower_ in lex["timings"] or any(d.lower_ in lex["excess"] for d in c.children)):
            return True  # "too short", "too often", "yet"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex["timings"] for m in c.children):
            return True  # "Don't sell the calves before the market opens" (not "while children are learning": why)
        if c.dep_ == "npadvmod" and is_time(c):
            return True  # "Don't close the pool this year", "… next week"
        if c.dep_ != "prep":
            continue
        thing = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.lower_ in lex["timings"] or c.lower_ == "with" and thing is not None and not takes_with(verb, lex) \
                or thing is not None and (is_time(thing) or thing.lemma_.lower() in lex["events"]):
            return True
    return False


def takes_with(verb, lex: dict) -> bool:
    """Whether a frame of the verb has a "with" slot ("replace X with Y"): its "with" names no tool."""
    return any(slot == "with" for k in (verb.lemma_.lower(), frame_key(verb)) for _, slot in lex["frames"].get(k, ()))


def spoken_to_in_clause(word, verb) -> bool:
    """Whether a second-person word belongs to the imperative's own clause ("close the gate behind you",
    "keep your dog on a lead", "… when you walk the dog"), not to a clause joined to it (the consequence:
    "Sell the ferry and you'll regret it" warns of the act) nor to one that describes a thing ("Save the
    hospital that saved your life", "Scrap the tax that takes your money": what the thing is to the listener)."""
    tok = word
    while tok != verb and tok.head != tok:
        if tok.dep_ in ("conj", "parataxis", "relcl", "acl"):
            return False
        tok = tok.head
    return tok == verb


def listeners_occasion(clause, lex: dict) -> bool:
    """Whether an occasion clause ("when", "while", "until") times the listener's own doing or what the
    thing itself does ("… when you walk the dog", "Do not close the app while it updates"), not what a
    third party needs ("Don't close the pool while children are still learning to swim": why the act is
    wrong, no instruction)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lower_ in lex["listener"] or subject.lower_ == "it"


def imperative(tok) -> bool:
    """A verb in the imperative: the bare form that opens its clause with no subject, no modal and no "to"
    ("Scrap the tax", "Axe the subsidy and …"), not one after "must"/"should" ("we must build X and …");
    before it only what an imperative clause may open with (imperative_opener: "Don't close X", "Never
    sell X", "Please keep X", "Just scrap X"); a quoted clause after a colon, which the parser hangs on
    the speech verb as its xcomp ('said: "Scrap the incinerator"'), is one too."""
    if not (tok.tag_ == "VB" or capitalised_imperative(tok)) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ in ("aux", "auxpass") and not imperative_do(c, tok) for c in tok.children):
        return False
    before = [t for t in tok.subtree if t.i < tok.i and not t.is_punct]
    if any(not imperative_opener(t, tok) for t in before):
        return False
    return tok.dep_ in ("ROOT", "ccomp", "advcl", "parataxis") or tok.dep_ == "xcomp" and opened_by_colon(tok)


def imperative_do(aux, verb) -> bool:
    """The "do" of a negative or asking imperative ("Don't close X", "Do not sell X", "please do keep X"),
    which stands before the bare verb with no subject (the caller checks there is none)."""
    return aux.lemma_.lower() == "do" and aux.i < verb.i and aux.tag_ in ("VB", "VBP")


def imperative_opener(t, verb) -> bool:
    """A word an imperative clause may open with before its verb: the negation ("not", "never"), the
    imperative "do", an interjection ("please"), a conjunction ("and", "so") or a bare adverb that
    hangs on the verb itself ("just", "simply", "now")."""
    if t.head == verb and t.dep_ in ("neg", "intj", "cc") or t.dep_ == "aux" and imperative_do(t, verb):
        return True
    return t.dep_ == "advmod" and t.tag_ in ("RB", "UH") and not list(t.children) and (t.head == verb or t.head.dep_ == "advmod")


def opened_by_colon(verb) -> bool:
    """Whether a clause stands after a colon, in quotes or not ('told the Dáil: "Do not privatise X"')."""
    first = min(t.i for t in verb.subtree)
    return any(t.text == ":" for t in verb.doc[max(first - 2, 0):first])


def capitalised_imperative(tok) -> bool:
    """An act verb that opens its clause, tagged a proper noun by the parser though it takes an object
    ("Axe the Glenmorrin bus subsidy and …": "Axe"/NNP with "subsidy" as its dobj): the parse's
    structure is a verb's, so it is read as the imperative (demanded checks it is an act verb)."""
    return tok.tag_ == "NNP" and tok.dep_ in ("ROOT", "ccomp", "advcl") and any(c.dep_ == "dobj" for c in tok.children) \
        and next((t for t in tok.subtree if not t.is_punct), tok) == tok


def consequence(act):
    """The clause an imperative's "and" joins to it with a subject and a future of its own ("Build this
    incinerator and we will regret it", "Axe the subsidy and 600 pensioners will be stranded"): the
    imperative is its condition, not a demand on its own; or None (no imperative: "we must build the bypass
    and we will oppose any delay" asks for the bypass)."""
    if not imperative(act) or (then := future_conjunct(act)) is None:
        return None
    return then if any(c.dep_ == "cc" and c.lower_ == "and" and act.i < c.i < then.i for c in act.children) else None
    # (not "Don't close the unit or mothers will die": what follows from not doing as asked)


def future_conjunct(verb):
    """The clause "and" joins to ``verb`` with a subject and a future of its own ("… and we will regret it"); or None."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                 and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                 and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll", "wo", "would") for a in c.children)), None)


def bad_consequence(act, lex: dict):
    """The word that makes an imperative's consequence (consequence) one the speaker warns of: the
    speech verb of warning the imperative is said with ("…, she warned"), or a frame word against a
    thing or of harm in the consequence ("we will regret it", "would hurt villages"); None where the
    consequence is none or is not bad ("Build the bypass and the village will breathe again": asked for)."""
    if (then := consequence(act)) is None:
        return None
    speech = act.head if act.dep_ in ("advcl", "ccomp") else None
    if speech is not None and warning(speech, lex):
        return speech
    return next((t for t in then.subtree if t.pos_ == "VERB" and (
        befalls(t, lex) or (t.lemma_.lower() in lex["harm"] or any(
            value < 0 and slot in ("obj", "does") for value, slot in lex["frames"].get(t.lemma_.lower(), ())))
        and not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in t.children))), None)  # ("… and we will
    # oppose any cuts": against a thing of its own, not the act)


def befalls(verb, lex: dict) -> bool:
    """A loss or harm the befall row foresees for someone, the word the condition-harm reader reads
    (foreseen_condition: "if X goes ahead, jobs will be lost"), here after an imperative as its
    condition ("Scrap the ferry and islanders will lose their only link", "… and children will suffer");
    not where none is foreseen ("no one will lose out") or it befalls those the act aims at ("smugglers")."""
    return any(value < 0 and slot == "befall" for value, slot in lex["frames"].get(frame_key(verb), ())) and not no_harm_foreseen(verb)


def asker(act, lex: dict):
    """Who asks for an act demanded of another ("most of the submissions had urged the council to keep X
    open", "residents have asked the board to save X"): the subject of the verb of asking, whose position
    it is (reported_position); the one in the "by" phrase where the one asked is the passive's subject ("she had
    been urged by residents to save X"); None for an act asked for with no one asked ("has to go")."""
    from ..en.base import agents

    head = infinitive_head(act)
    if head is None or head.lemma_.lower() not in lex["must"] \
            or not any(c.dep_ == "dobj" for c in head.children) and not agents(head):
        return None
    return subject_of(head)[0]


def infinitive_head(act):
    """The verb whose infinitive the act is, the one asking for it or saying it must be (demanded, asker):
    "urged the council | to keep X", "has | to go", "warned ministers | not to sell X", and "pressed the
    county | to stop …", which the parser reads as an adverbial clause; else None."""
    if act.dep_ == "acl" and asked_object(act):
        return act.head.head  # "warned councillors | not to build X": the parser hung the infinitive on the one asked
    return act.head if act.dep_ == "xcomp" or infinitive_after_object(act) else None


def asked_object(act) -> bool:
    """An infinitive the parser hung on the object of a verb as its relative ("warned councillors not to
    build X", "urged ministers to scrap X"): the object is one asked (a person, people or a body: no
    thing of an act, "opposed the plan to build X"), the infinitive opens right after it."""
    obj = act.head
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or noun_key(obj) in lexicon()["noun_acts"] \
            or not (obj.pos_ in ("PROPN", "PRON") or obj.tag_ == "NNS" or is_body(obj)):
        return False
    first = act.left_edge
    return (first.lower_ == "to" or first.lower_ in ("not", "never") and first.nbor().lower_ == "to") \
        and all(t.i < first.i for t in obj.subtree if t not in act.subtree)


def infinitive_after_object(verb) -> bool:
    """An infinitive right after the object of the verb it hangs on, which the parser read as an
    adverbial clause ("pressed the county | to stop stalling and bring back X"): the act asked of the object."""
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return verb.dep_ == "advcl" and obj is not None and verb.left_edge.lower_ == "to" and verb.left_edge.i == obj.right_edge.i + 1


def own_body(subject, speaker_words: set[str]) -> bool:
    """A body the speaker speaks for, as the subject of her words: hers by "my", "our", "his", "her"
    ("his group would scrap X"), the body she is an officer of ("the trust would never close X", said its
    chief executive), or the one her title or "its" ties her to ("X, chief executive of the Y Association,
    says the group is not opposed to Z")."""
    return is_body(subject) and (speakers_own(subject, speaker_words) or officers_body(subject, speaker_words)
                                 or spoken_for(subject, speaker_words))


def foreseen(must) -> bool:
    """A necessity foreseen, not asked for: "would have to" ("there was no reason to believe the bridge
    would have to close", "the school would have to close if …"): a consequence, no call."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in must.children)


def handed_on(verb) -> bool:
    """A "go" with where it goes ("the contract must go to a local firm", "the windfall should go
    towards the debt", "every penny must go back into the harbour"): handed on, not ended."""
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward", "into")
                                               or c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)


def pledged_if_elected(verb) -> bool:
    """An act its subject would do on coming to office ("would scrap the levy if elected", "would
    abolish X if it won power", "would axe X if returned to government"): a pledge, a position
    taken now (a bare "would scrap X" may be a guess, "will build X in May" a plan)."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) and any(
        c.dep_ == "advcl" and c.lemma_.lower() in lexicon()["office"]
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and all(s.pos_ == "PRON" for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))  # (its own coming to office)
        for c in verb.children)


def rule_reported(verb, lex: dict) -> bool:
    """What a rule obliges, reported: "must" under a rule ("Under the new law, landlords must …",
    "must by law …") or in a clause of its own beside one on the rule ("The deposit law takes
    effect on Jan. 1, and retailers must accept returns"; not "the law is unfair and ministers must …")."""
    rules = lex["rules"]
    if any(c.dep_ == "prep" and c.lower_ in ("under", "by") and any(g.dep_ == "pobj" and g.lemma_.lower() in rules for g in c.children)
           for c in verb.children):
        return True
    beside = verb.head
    return verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.children) and beside.lemma_ != "be" \
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in rules for c in beside.children)


HOLDING = frozenset("my our his her its".split())  # (the speaker's own, as the clause can say it; not "their", "your")


def held_by(tok, lex: dict) -> tuple:
    """(thing, holder, verb) of a position noun held as a possession: the object of a having verb
    (lexicon "having": "has the backing of Y", "will never get my vote", "won her support") with
    its holder named by a possessive or by "of"/"from" after it; the thing is the verb's subject.
    (None, None, tok) where no holder is named ("the plan has support": whose, the clause does not
    say) or the subject is a person or body ("the manager has my backing": no thing)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.lemma_.lower() not in lex["having"]:
        return None, None, tok
    holders = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in HOLDING] + [
        g for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("of", "from")
        and (c.head.i == tok.i or c.lower_ == "from") for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
        and g.text[:1].isupper()]  # (a name as written: "the chamber of commerce" names no one)
    thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if len(holders) != 1 or thing is None or thing.pos_ not in ("NOUN", "PROPN") or is_someone(thing) \
            or thing.lemma_.lower() in lex["people"]:
        return None, None, tok
    return thing, holders[0], verb


def judged_attr(tok, lex: dict):
    """The noun a judging noun names as subject of "be" ("the answer is better buses", "the real
    scandal is the closure"), or None."""
    if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be" or not judges(tok, lex):
        return None
    return next((c for c in tok.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def warning(verb, lex: dict) -> bool:
    """A verb of warning ("warn", "caution"): its clause names what it is against."""
    return any(slot == "that" for _, slot in lex["frames"].get(verb.lemma_.lower(), []))


def warned_act(verb, lex: dict):
    """The act a warning is about: the subject of the clause it takes, where that is an act
    ("warned that cutting bus services would hurt villages", "that a ban on X would ruin farmers")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None  # (a consequence: "would", "could", "will")
    subj = next((c for c in clause.children if c.dep_ in ("csubj", "nsubj")), None)
    if subj is not None and (subj.pos_ == "VERB" and verb_key(subj) in lex["acts"]
                             or subj.pos_ == "NOUN" and noun_key(subj) in lex["noun_acts"] and act_preps(subj)
                             or subj.pos_ in ("NOUN", "PROPN") and (frame_key(clause) in lex["harm"] or clause.lemma_.lower() in lex["harm"]
                                                                  or put_at_risk(clause))):  # ("would choke off X")
        return subj  # (any thing whose harm is warned of: "warned that the levy would hurt shops")
    return None


def recalled_clause(tok, verb) -> str:
    """The clause of a pluperfect frame ("who had backed the bridge in February"): it recalls an
    earlier position. "" for a position taken now."""
    for v in dict.fromkeys((tok, verb)):
        if backshifted_judgement(tok, v):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children) \
                or v.dep_ == "relcl" and v.tag_ in ("VBD", "VBN") and v.head.head.tag_ in ("VBZ", "VBP") \
                or v.dep_ == "relcl" and v.tag_ == "VBD" and any(time_adjunct(c) for c in v.children) \
                and (v.head.dep_ == "nsubj" or v.head.dep_ == "ROOT" and v.head.pos_ == "PROPN"):
            # (or "X, who opposed Y last year, now backs it"; "X, who backed Y in February, said on Monday
            # it should not go ahead": a past with a time of its own on the subject, or on the name a frame
            # holds alone, the statement of the relative clause); not "but now supports it" joined to it
            joined = {t.i for c in v.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            return " ".join(t.text for t in v.subtree if t.i not in joined)
    return ""


def backshifted_judgement(tok, v) -> bool:
    """"said the four-day week had been a mistake": a thing judged with "had been" in what a speech verb
    says is the tense of reported speech moved back ("has been a mistake"), the speaker's judgement now,
    not a recalled position (one a person or a body held: "said he had been against X" stays one; nor
    under a verb that is itself pluperfect: "said she had thought X had been a mistake" recalls a view)."""
    judged = tok.head if tok.dep_ == "amod" else tok  # (the adjective of the noun judged: "had been a good idea")
    if v.lemma_ != "be" or judged.dep_ not in ("attr", "acomp") or judged.head.i != v.i or v.dep_ != "ccomp":
        return False
    head = v.head
    while True:  # the verbs the clause hangs from, up to the reporting one
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
            return False
        if head.dep_ != "ccomp" or head.head.i == head.i:
            break
        head = head.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "NOUN" or subj.lower_ == "it") and subj.ent_type_ not in ("PERSON", "ORG", "NORP")


def frame_target(tok, slot: str, lex: dict, speaker_words: set[str], words: list[str]):
    """(target, subject, verb) of a frame word: its object, the thing judged, or its preposition's noun (or None)."""
    target = None
    subject, verb = subject_of(tok)
    if slot == "obj" and tok.pos_ in ("VERB", "AUX"):
        target, verb = verb_object(tok, lex, verb)
    elif slot == "have":  # "X has no place in …", "X makes no sense": the subject is judged
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("have", "make"):
            verb = tok.head
            target = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            subject = None
            if target is not None and target.lower_ == "it":  # "it makes no sense to keep X open": the act judged
                target = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                               and verb_key(c) in lex["acts"] and to_infinitive(c)), target)
    elif slot in ("that", "hyphen", "paper"):  # "warned that …"; "she was not anti-dam"; "introduced a bill to repeal X"
        target = prefixed_thing(tok) if slot == "hyphen" else paper_act(tok, lex) if slot == "paper" else warned_act(tok, lex) if tok.pos_ == "VERB" else None
    elif slot in ("front", "what"):  # "Without the tram, this city will choke"; "X was just what the town lacked"
        target, subject, verb = (fronted_need(tok), None, tok) if slot == "front" else (wanted_thing(tok), None, tok.head)
    elif slot in ("anywhere", "here"):
        target, subject = staying(tok), None
    elif slot in ("does", "befall"):  # "the toll would hurt commuters": the doer is judged; "if the merger goes
        target, subject = doer(tok) if slot == "does" else foreseen_condition(tok), None  # ahead, jobs will be lost": its act
    elif slot == "xcomp":  # "fought to save X", "is campaigning to keep X", "there is no reason to scrap X"
        deps = ("xcomp", "advcl") + (("acl", "relcl") if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "dobj") else ())
        target = next((c for c in tok.children if c.dep_ in deps and verb_key(c) in lex["acts"]
                       and to_infinitive(c)), None)
    elif slot == "subj":
        target, subject, verb = judged_thing(tok, lex, speaker_words, subject, verb)
    elif slot == "had":  # ("X has the backing of Y", "X would never get her support")
        target, subject, verb = held_by(tok, lex)
    elif slot == "greet":
        target, subject, verb = met_with(tok, lex, words)
    elif slot in ("there", "table", "offtable"):
        target, subject = ruled_out(tok, slot), None
        words += ({"there": ["there"], "table": ["on", "table"], "offtable": ["off", "table"]}[slot] if target is not None else [])
    else:
        prep = next(slot_preps(tok, slot),  # ("without": modal)
                    next(iter(act_preps(tok, (slot,), own=True)), None)) if slot != "without" or modal(tok) else None
        if prep is None and slot == "against":  # "warned the regulator against lifting X": hung on the one warned
            prep = next((c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == slot), None)
        if tok.lemma_ == "be" and judged_beside(tok, prep, lex):
            prep = None  # "is in favour of X for public servants", "is good for business": not "is for"
        nothing = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "nothing"), None)
        if prep is None and nothing is not None:  # "had nothing against X"
            prep = next((c for c in nothing.children if c.dep_ == "prep" and c.lower_ == slot), None)
        if prep is None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and slot == "in":  # (also on the verb "in"
            prep = next((c for c in (*tok.children, *tok.head.head.children) if c.dep_ == "prep" and c.lower_ == "of"
                         and c.i == tok.i + 1), None)  # hangs on: "was in favour | of lowering X")
        if prep is None:  # "called for the toll to be scrapped": the act of the clause the preposition opens
            target = next((c for c in tok.children if c.dep_ == "advcl" and verb_key(c) in lex["acts"]
                           and any(m.dep_ == "mark" and m.lower_ == slot for m in c.children)), misread_prep_clause(tok, slot))
            target, subject, verb = given_to(tok, slot) or (target, subject, verb)  # "gave the scheme the go-ahead"
        if prep is None and target is None:  # "pleased that the council approved X": the clause (positions/clause_en.py)
            target = felt_clause(tok, slot)
        if prep is not None:
            target = prep_object(tok, slot, prep, subject)
            words.append(prep.text)
            if prep.dep_ == "agent":  # "he was not convinced by the case for X": the agent is the target
                subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return antecedent_of_relative(target), subject, verb  # ("the tunnel, which Roe has opposed since 2019")


def judged_thing(tok, lex: dict, speaker_words: set[str], subject, verb):
    """judged_target, less where a word of the broad vocabulary judges no thing: a person it would
    judge (person_judged), an outcome for a named person ("the decision is politically risky for Cruz":
    his fortune, evaluations_en.named_party), or an "as" phrase of a verb that does not judge ("has
    used the invasions as a threat to NATO": a use, told by the narrator)."""
    target, subject, verb = judged_target(tok, lex, speaker_words, subject, verb)
    broad = not any(key in lex["judging"] for key in frame_keys(tok))  # (every form: "wrong-headed" of "headed")
    if target is not None and broad and (person_judged(target) or ev.named_party(tok, speaker_words) or used_as(tok, lex)):
        target = None
    return target, subject, verb


def used_as(tok, lex: dict) -> bool:
    """A word of an "as" phrase whose verb neither judges ("described X as", JUDGING) nor is a frame
    word ("condemned X as"): "utilized X as a threat", "employed X as a weapon" tell a use."""
    as_prep = tok.head if tok.head.lower_ == "as" or tok.dep_ != "amod" else tok.head.head
    if not (as_prep.dep_ == "prep" and as_prep.lower_ == "as" and as_prep.head.pos_ == "VERB"):
        return False
    holder = as_prep.head
    return holder.lemma_.lower() not in JUDGING and not any(key in lex["frames"] for key in frame_keys(holder))


def person_judged(target) -> bool:
    """A person a word of the broad vocabulary judges ("Tom is a real visionary", "Donald Trump is a
    disgusting fraud"): the vocabulary judges things (evaluations_en), the subj rows keep their reach."""
    return is_person_name(target) or target.pos_ != "PROPN" and is_someone(target)


def misread_prep_clause(tok, slot: str):
    """The noun after a frame's preposition where the parser read the phrase as a clause with a plural
    noun for its verb ("called for a public inquiry into the sewage spills": "for" a mark, "spills" a
    verb, "inquiry" its subject): a "for"/"against" with no infinitive opens no finite clause, so the
    subject is the preposition's object (round 29); else None."""
    return next((g for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBZ"
                 and any(m.dep_ == "mark" and m.lower_ == slot for m in c.children)
                 and not any(a.dep_ == "aux" for a in c.children)
                 for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN" and g.i < c.i), None)


def wanted_thing(verb):
    """The thing a copula predicates as the object of a verb of wanting in a free relative ("the package
    was exactly what the bush has been crying out for", "the school is what this region has lacked"):
    the speaker calls it the thing wanted, whoever wants it (row "what"); None elsewhere ("what the region
    lacked was money" names no thing of a frame; "asked what the town lacked" is a question)."""
    copula = verb.head
    if verb.dep_ != "ccomp" or copula.lemma_ != "be" or copula.i > verb.i:
        return None
    what = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i] \
        + [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj" and g.lower_ == "what"]
    return identified_thing(copula, ("NOUN", "PROPN")) if what else None


def identified_thing(copula, pos=None):
    """The subject a copula identifies by a free relative after it ("X is what the town needs"); None
    where that subject is a noun that asks which rather than names a thing ("the question is what this
    region needs", "the problem is what residents want": row "specifying" of stance_frames_en.tsv)."""
    thing = next((c for c in copula.children if c.dep_ == "nsubj" and (pos is None or c.pos_ in pos)), None)
    if thing is not None and thing.lemma_.lower() in lexicon()["specifying"]:
        return None
    return thing


def judged_beside(copula, prep, lex: dict) -> bool:
    """A copula with a judgement of its own beside the slot's preposition ("is in favour of X | for public
    servants", "is good | for business"): no "is for"; the slot's own phrase is none ("was behind the
    campaign to save X", tokens compared by index: they are made anew at each access)."""
    return any(c.dep_ in ("acomp", "attr") or c.dep_ == "prep" and (prep is None or c.i != prep.i) and judged_in(c, lex)
               for c in copula.children)


def felt_clause(tok, slot: str):
    """The clause a word of feeling frames instead of its preposition (clause_en.feeling_clause)."""
    from .clause_en import feeling_clause  # (it imports this module)

    return feeling_clause(tok, slot)


def verb_object(tok, lex: dict, verb) -> tuple:
    """(target, verb) of a frame verb's object slot: its object; the noun a "what" clause stands for
    ("X is what the town needs"); the thing a placeholder stands for, with its copula (placeheld);
    none where "need"/"want" takes a plan ("wants to travel")."""
    target = seen_act(tok, lex) or clause_object(tok)
    if target is not None and target.lower_ == "what" and tok.dep_ == "csubj":
        target = next((c for c in tok.head.children if c.dep_ == "attr"), None)
    elif target is not None and target.lower_ == "what" and tok.dep_ == "ccomp" and tok.head.lemma_ == "be":
        target = identified_thing(tok.head)  # "X is what the town needs"
    if target is None:  # ("the levy was not something he could support")
        target, verb = placeheld(tok, lex) or (target, verb)
    if tok.lemma_.lower() in ("need", "want") and any(c.dep_ == "xcomp" and verb_key(c) not in lex["acts"]
                                                      and c.lemma_.lower() not in lex["seeing"] for c in tok.children):
        target = None  # "wants to travel": a plan
    return target, verb


def placeheld(verb, lex: dict):
    """(thing, copula) of a frame verb in a relative clause on a placeholder the copula predicates
    ("the tourism levy was not something he could support":
    placeholder in stance_frames_en.tsv), else None."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "attr" or noun.lower_ not in lex["placeholders"] or noun.head.lemma_ != "be":
        return None
    thing = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return (thing, noun.head) if thing is not None else None


def slot_preps(tok, slot: str):
    """A frame verb's prepositions ``slot``, a span of time passed over: "pushed for weeks | for a new
    hospital" (the second "for"), "fought for months | against the plan" (hung on "months" by the parser);
    also on the verb's particle read as an adverb ("walking away | from the plant")."""
    particle = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == tok.i + 1]
    for c in [*tok.children, *(g for p in particle for g in p.children)]:
        if c.dep_ not in ("prep", "agent"):
            continue
        span = next((o for o in c.children if o.dep_ == "pobj" and time_span(o)), None)
        if span is not None and c.lower_ in ("for", "over"):
            yield from (p for p in span.children if p.dep_ == "prep" and p.lower_ == slot)
        elif c.lower_ == slot:
            yield c


def prep_object(tok, slot: str, prep, subject):
    """The object of a frame word's preposition, its target; None where it is none: the body one
    speaks for ("X, who speaks for the growers' union": her role), or a vote a body's view was
    counted by ("the committee was opposed to X by five votes to three": an event)."""
    target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is not None and slot == "for" and tok.lemma_.lower() == "speak" and represented(target):
        return None
    if subject is not None and prep.dep_ != "agent" and holders_participle(tok) and reported_act(subject):
        return None
    return target


def represented(noun) -> bool:
    """A body or people one speaks for ("who speaks for the Harbour Users Group", "speaking for the
    tenants", "speaks for its members"): whom the speaker represents, no thing she backs."""
    from ..actors import lexicon as actor_lexicon

    return is_body(noun) or noun.lemma_.lower() in lexicon()["members"] \
        or noun.tag_ in ("NNS", "NNPS") and noun.lower_ in actor_lexicon("en").groups


def modal(verb) -> bool:
    """A verb with a modal ("could not do without X", "would be lost without X"; not "managed
    without X for a week", a fact)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def paper_act(verb, lex: dict):
    """The act of the bill, motion or order a verb puts in ("introduced a bill to repeal X", "filed
    a motion to scrap X", "signed an order halting X"): the act verb on the paper, or None (a paper
    with no act: "filed a lawsuit", "signed the letter")."""
    paper = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["bills"]), None)
    if paper is None or verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # (not "the bill introduced last year")
    # (the act does something to a thing: "a motion calling for X" names a demand, read as one elsewhere)
    return next((c for c in paper.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and verb_key(c) in lex["acts"]
                 and (to_infinitive(c) or c.tag_ == "VBG")
                 and any(a.dep_ == "dobj" for a in c.children)), None)


def seen_act(verb, lex: dict):
    """The act a wish wants to see ("wants to see an end to X", "would like to see the toll
    scrapped"), or None (also for a person or thing to be seen: "wants to see the minister")."""
    seen = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex["seeing"]), None)
    target = clause_object(seen) if seen is not None else None
    return target if target is not None and (target.pos_ == "VERB" or noun_key(target) in lex["noun_acts"]) else None


GIVING = frozenset("give grant".split())  # verbs whose indirect object receives a "to" noun: "gave X the go-ahead"
GIVING_FORMS = ("give ", "gave ", "gives ", "giving ", "given ", "grant")  # (their forms, for the text's first look)


def given_to(tok, slot: str = "to"):
    """(target, subject, verb): the receiver of a "to" frame noun given ("gave the scheme the green
    light": the dative; the parser may take it for the object and the noun for an adverb: "gave the
    toll the go-ahead"), a thing, not people or a body ("gave residents the thumbs-up", "gave the
    council the go-ahead"); or None."""
    from ..actors import lexicon as actor_lexicon
    from ..en.cues import speaker_nouns

    verb, people = tok.head, actor_lexicon("en")
    if slot != "to" or tok.dep_ not in ("dobj", "advmod", "npadvmod") or verb.lemma_.lower() not in GIVING:
        return None
    given = next((c for c in verb.children if c.i < tok.i and (c.dep_ == "dative" or c.dep_ == "dobj" and tok.dep_ != "dobj")), None)
    if given is None or given.pos_ != "NOUN" or any(w in people.groups or w in people.institutions or w in people.roles
                                                    or w in speaker_nouns() for w in (given.lower_, given.lemma_.lower())):
        return None
    return given, next((c for c in verb.children if c.dep_ == "nsubj"), None), verb


def met_with(feeling, lex: dict, words: list[str]):
    """(target, subject, verb) of a feeling a thing is met with: "greeted the listing with relief"
    (the object), "the plan was received with dismay by X" (the passive subject, the agent)."""
    prep = feeling.head
    thing = prep.head if prep.head.dep_ in ("dobj", "nsubjpass") else None  # (the parser may hang "with" on the thing)
    verb = thing.head if thing is not None else prep.head
    if feeling.dep_ != "pobj" or prep.lower_ != "with" or verb.lemma_.lower() not in lex["greeters"]:
        return None, None, feeling
    target = thing or next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    subject, _ = subject_of(verb)
    words.insert(0, verb.text)
    return target, subject, verb


def fronted_need(prep):
    """The thing of a "without" that opens a clause foreseeing harm or denying ("Without the tram, this
    city will choke", "Without the runway, this airport has no future"), or None."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.i > verb.i or prep.i != verb.left_edge.i and prep.doc[prep.i - 1].is_alpha:
        return None
    foreseen = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or negated(verb) \
        or any(g.dep_ == "det" and g.lower_ == "no" for c in verb.children if c.dep_ in ("dobj", "attr") for g in c.children)
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                 and c.lemma_.lower() not in MANNER), None) if foreseen else None


MANNER = frozenset("doubt question fail exception delay hesitation warning notice fanfare comment".split())  # "without a doubt"


def staying(verb):
    """What a clause says will stay ("the hospital is not going anywhere" with its "not", "the
    market is here to stay"): its subject, or None."""
    if verb.lemma_ == "go" and not any(c.dep_ == "advmod" and c.lower_ == "anywhere" for c in verb.children):
        return None
    if verb.lemma_ == "be" and not (any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children) and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_ == "stay" and to_infinitive(c) for c in verb.children)):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def ruled_out(verb, slot: str):
    """What a clause rules out: "there will be no tax rise" (slot there: a pledge, with its "no"),
    "closing the academy is not on the table" (table, with its "not"), "a levy is off the
    table" (offtable); None where nothing is ruled out ("there will be a vote")."""
    if slot == "there":
        if (wanted := there_wanted(verb)) is not None:
            return wanted
        pledged = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "must", "should") for c in verb.children)
        if not pledged or not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
    where = "off" if slot == "offtable" else "on"
    if not any(p.dep_ == "prep" and p.lower_ == where for p in verb.children for g in p.children
               if g.dep_ == "pobj" and g.lemma_.lower() == "table") or slot == "table" and not negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


OUGHT = frozenset("must should ought".split())  # modals of what ought to be ("there must be an inquiry")
OUGHT_VERBS = frozenset("need have ought get".split())  # and verbs of it before "to be" ("there needs to be", "has got to be")
PLENTY = frozenset("enough plenty lot lots".split())  # an amount foreseen ("there should be enough / plenty of / a lot of seats")


def there_wanted(verb):
    """What a clause says there ought to be ("there must be an inquiry", "there should be no third
    runway", "said there had to be a review", "there needs to be a speed camera"): the noun after
    "be", for which its "no" or "not" turns the stance; None for a plan or a forecast ("there will
    be a vote", "there could be delays"), a guess about the past ("there must have been a fault")
    and an amount foreseen ("there should be enough seats")."""
    if verb.lemma_ != "be" or any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return None
    holder = verb.head if verb.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) \
        and verb.head.lemma_.lower() in OUGHT_VERBS else verb
    modal = any(c.dep_ == "aux" and c.lower_ in OUGHT for c in verb.children) if holder is verb else True
    if not modal or not any(c.dep_ == "expl" and c.lower_ == "there" for c in holder.children):
        return None
    thing = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    lex = lexicon()
    if thing is None or noun_key(thing) in lex["guessed"] | lex["events"] | lex["empty"] or thing.lower_ in PLENTY \
            or any(c.lower_ in PLENTY or c.dep_ == "nummod" for c in thing.children):
        return None  # ("there must be a reason", "there should be a decision by May": guessed or foreseen; "plenty of seats")
    return thing


COPULAS = frozenset("be become remain seem stay".split())


def prefixed_thing(tok):
    """The thing a hyphened prefix ("anti-", "pro-") is for or against, where a copula predicates
    it of its subject ("she was not anti-dam", "the mayor is pro-housing"); not a modifier of a
    noun ("anti-dam protesters": a group of others), None there."""
    doc, i = tok.doc, tok.i
    if i + 2 >= len(doc) or doc[i + 1].text not in HYPHENS or tok.whitespace_ or doc[i + 1].whitespace_:
        return None
    thing = doc[i + 2]
    copula = tok.head if tok.dep_ in ("acomp", "attr") else thing.head if thing.dep_ in ("acomp", "attr") else None
    if copula is None or copula.lemma_.lower() not in COPULAS or thing.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    return thing


def branded(tok):
    """(target, subject, verb) of a judgement a judging verb gives its object ("branded X a Y") where
    the parser read it otherwise, or None."""
    if (first := double_object(tok)) is not None:  # "branded the deal a sell-out": the parser gave two objects
        judge = tok.head if tok.head.lemma_.lower() in JUDGING or tok.head.dep_ == "dobj" else tok.head.head  # (or a clause)
        return first, next((c for c in judge.children if c.dep_ == "nsubj"), None), judge
    if tok.dep_ in ("dobj", "oprd", "attr") and tok.head.lemma_.lower() in JUDGING \
            and any(c.dep_ == "auxpass" for c in tok.head.children):  # "X has been branded a shambles by Y": the
        judge = tok.head  # judged is the passive's subject, the judge the agent (none named: no one's own judgement)
        agent = next((g for h in (judge, tok) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)
        return (next((c for c in judge.children if c.dep_ == "nsubjpass"), None) if agent is not None else None), agent, judge
    if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in JUDGING:
        judge = tok.head.head  # "branded the pay deal a disgrace": the judgement hung on the object as an adverbial
        return tok.head, next((c for c in judge.children if c.dep_ == "nsubj"), None), judge
    return None


def judged_target(tok, lex: dict, speaker_words: set[str], subject, verb):
    """(target, subject, verb) of an evaluative word: the thing "X is a mistake", "called X a
    mistake", "slammed X as reckless", "the answer is X" judge; the target is None if none."""
    judged_act = (tok := container_of(tok, lex)).lemma_.lower() == "act"  # ("nothing short of vandalism": the phrase)
    as_prep = tok.head if tok.head.lower_ == "as" or tok.dep_ != "amod" else tok.head.head  # "as unfair", "as a flawed idea"
    as_phrase = as_prep.dep_ == "prep" and as_prep.lower_ == "as"
    if (found := clause_judged(tok) or described_how(tok) or time_come(tok, lex) or judged_inside(tok)) is not None:
        return found  # (and "the time had come to build X", "called the decision to close X a mistake")
    if (act := mistake_made(tok, lex)) is not None:
        return act, None, tok.head
    if tok.dep_ == "dobj" and (split := next((c for c in tok.head.head.children if c.dep_ in ("dobj", "oprd")
                                              and judged_head(c) is not None and judged_head(c).i == tok.head.i), None)) is not None:
        return split, None, tok.head.head  # "called the rent freeze a victory" (the object split by the parser)
    if (called := called_object(tok)) is not None:  # 'called X "a failure"': the parser hung the judgement on X
        # (the subject nearest the verb: "KANSAS CITY, Mo. (AP) — X called …" has the dateline for a subject too)
        return called, ([c for c in called.head.children if c.dep_ == "nsubj" and c.i < called.head.i] or [None])[-1], called.head
    if (found := branded(tok)) is not None:  # "branded the deal a sell-out", "X has been branded a shambles by Y"
        return found
    if tok.dep_ == "conj" and tok.head.dep_ in ("acomp", "attr"):  # "was a tax on workers and simply unfair"
        holder = tok.head.head
        but = any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children)  # ("not the problem but the solution")
        return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None), None, tok if but else holder
    if tok.dep_ == "conj" and tok.pos_ in ("ADJ", "NOUN") and tok.head.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in tok.head.children):  # "the levy was badly designed and unfair"
        return next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None), None, tok.head
    if judged_attr(tok, lex) is not None:  # "the answer isn't more roads": the noun it names is judged
        return judged_attr(tok, lex), None, tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BECOMING:  # "had proved a success": the object is predicated
        return next((c for c in tok.head.children if c.dep_ == "nsubj"), None), None, tok.head
    if (tok.dep_ in ("acomp", "attr", "oprd") or tok.head.dep_ in ("attr", "oprd") and tok.dep_ == "amod"
            or tok.head.dep_ == "dobj" and tok.dep_ == "amod" and tok.head.head.lemma_.lower() in JUDGING
            or as_phrase and tok.dep_ in ("amod", "pobj")):
        head = as_prep if as_phrase else tok.head if tok.dep_ == "amod" else tok
        holder = as_on_infinitive(head.head) if as_phrase else head.head  # ("described the plan to close X as …")
        subject = None  # (the one who calls it so judges: "residents had described X as …"; a copula's subject is judged)
        if tok.dep_ in ("acomp", "oprd") and holder.dep_ in ("oprd", "dobj") and holder.pos_ in ("NOUN", "PROPN") \
                and holder.head.lemma_.lower() in JUDGING:
            target, holder = holder, holder.head  # "called the fare rise unacceptable"
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        elif as_phrase and holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN"):  # "described the city's scheme as
            target, holder, subject = holder, holder.head, next((c for c in holder.head.children if c.dep_ == "nsubj"), None)  # a mistake"
        elif as_phrase and holder.lemma_.lower() not in JUDGING:  # "slammed the closure as reckless"
            target = next((c for c in holder.children if c.dep_ == "dobj"), None)
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        elif holder.lemma_.lower() in JUDGING:
            subject, target = next((c for c in holder.children if c.dep_ == "nsubj"), None), judged_object(holder, head, speaker_words)
        else:
            target = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None) \
                or inserted_subject(holder)
        if target is not None and target.lower_ == "it":  # "it would be a mistake to close the clinic"
            target = extraposed(head, holder) or target
        elif target is not None:  # "the council was wrong to axe the bus route": the act is judged
            target = next((c for c in (*head.children, *holder.children) if c.dep_ in ("xcomp", "advcl")
                           and verb_key(c) in lex["acts"] and to_infinitive(c)), target)
        return (None if judged_act and not is_act(target, lex) else target), subject, holder
    return None, subject, verb


def as_on_infinitive(verb):
    """The word a judgement's "as" belongs to: the judged object where the parser hung the "as" on that
    object's infinitive ("described the plan to close X | as a scandal": "as" on "close"; the plan is judged,
    its act read down from it by follow_acts); else the word it hangs on."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.dep_ != "dobj" or verb.head.head.pos_ != "VERB":
        return verb
    return verb.head


def judged_inside(tok):
    """(object, subject, verb) of a judging verb whose judgement the parser hung on a verb inside that
    object, as the verb's second object ("called the decision to close the library a mistake": "a
    mistake" an object of "close" beside "the library"); else None."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "npadvmod", "oprd") or verb.pos_ != "VERB" \
            or not any(c.dep_ in ("dobj", "dative") and c.i < tok.i for c in verb.children):
        return None
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in JUDGING:
        return None
    return noun, next((c for c in noun.head.children if c.dep_ == "nsubj"), None), noun.head


def time_come(tok, lex: dict):
    """(act, None, "come") of "the time has come" ("said the time had come to build a maternity unit"):
    the to-infinitive of an act on "come" whose subject is "the time"; else None."""
    if tok.lemma_.lower() != "time" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "come" \
            or not any(c.lower_ == "the" for c in tok.children):
        return None
    act = next((c for c in tok.head.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and verb_key(c) in lex["acts"] and to_infinitive(c)), None)
    return (act, None, tok.head) if act is not None else None


def extraposed(head, holder):
    """The infinitive or that-clause an "it" stands for after a judgement ("it would be a mistake to close
    the clinic"; "it was a shame that the library had been axed", "it is a pity the pool will close":
    read by positions/clause_en.py): its verb; else None."""
    from .clause_en import finite, has_subject  # (it imports this module)

    near = (*head.children, *holder.children)
    infinitive = next((c for c in near if c.dep_ in ("acl", "relcl", "xcomp", "ccomp")
                       and c.pos_ == "VERB" and to_infinitive(c)), None)
    return infinitive or next((c for c in near if c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX")
                               and c.i > head.i and has_subject(c) and finite(c) and head.lemma_.lower() != "time"  # (time_for reads "it is time …")
                               and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))  # (not "the second
                               # time the county had closed X": a relative clause of its own)
                               and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.tag_ in RELATIVE for g in c.children)), None)


def is_act(tok, lex: dict) -> bool:
    """An act verb or act noun ("to break up X", "closing the library", "the closure"): what "an act of
    vandalism" can judge (not "the theft was an act of vandalism")."""
    return tok is not None and (tok.pos_ == "VERB" and verb_key(tok) in lex["acts"] or noun_key(tok) in lex["noun_acts"])


def container_of(tok, lex: dict):
    """The head of the phrase a judging noun fills after "of" ("is nothing short of vandalism", "would be
    an act of cultural vandalism to break up X", "a clear case of waste": container in
    stance_frames_en.tsv; "short" stands for its "nothing"), which stands where a judgement does; else ``tok``."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in lex["containers"]:
        return tok
    holder = tok.head.head
    return holder.head if holder.dep_ == "amod" else holder


def described_how(tok):
    """(target, subject, verb) of a judgement fronted before "is how X described Y" ("'A sensible
    measure' is how the mayor described the amnesty", "A disaster was how she summed up the toll"):
    Y, judged by X; else None."""
    noun = tok.head if tok.dep_ == "amod" else tok
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    how = next((c for c in noun.head.children if c.dep_ in ("ccomp", "advcl", "attr") and c.i > noun.i
                and (c.lemma_.lower() in JUDGING or c.lemma_.lower() in lexicon()["greeters"])
                and any(a.lower_ == "how" and a.i < c.i for a in c.children)), None)
    target = next((c for c in how.children if c.dep_ == "dobj"), None) if how is not None else None
    return (target, next((c for c in how.children if c.dep_ == "nsubj"), None), how) if target is not None else None


def judged_object(verb, judgement, speaker_words: set[str]):
    """What a judging verb judges ("called the plan a mistake"): its object, or the "it" it has for one
    ("called it a disaster": the thing "it" stands for, never the one who calls it so); else its
    subject where that names no one ("the plan was called a mistake", read as active)."""
    pointing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in POINTING_PRONOUNS), None)
    return pointing or next((c for dep in ("dobj", "nsubj") for c in verb.children if c.dep_ == dep and c is not judgement
                             and c.lower_ not in PERSONAL and not (set(w.lower_ for w in c.subtree if w.text[:1].isupper()) & speaker_words)), None) \
        or next((c for c in verb.children if c.dep_ == "oprd" and c.i < judgement.i and c.pos_ in ("NOUN", "PROPN")
                 and any(r.dep_ == "relcl" for r in c.children)), None)
    # ("called the new pay scale, which would put nurses on £31,200, a slap in the face": a relative clause between the
    # object and the judgement, the parser took both for predicates; the first is the thing judged)


def adjective_judges(noun, lex: dict) -> bool:
    """An adjective of judgement on a noun ("the wrong approach", "the right step") judges in its
    stead (not in "making a terrible error if it sold X": both judge the act of the "if" clause,
    which the noun's frame reads)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and judges(c, lex) for c in noun.children) \
        and mistake_made(noun, lex) is None


def mistake_made(tok, lex: dict):
    """The act a judgement is made in ("the council would be making a terrible error if it sold
    off X", "would make a grave mistake by closing X"): the judged act of the "if" or "by" clause
    of "make"; or None."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "make":
        return None
    make = tok.head
    for c in make.children:
        if c.dep_ == "advcl" and verb_key(c) in lex["acts"] and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            act = next((g for g in c.children if g.dep_ == "pcomp" and verb_key(g) in lex["acts"]), None)
            if act is not None:
                return act
    return None


def called_object(tok):
    """The object of a judging verb that an evaluative noun hangs on as apposition or conjunct
    ("called the centre "a car park" and "a failure"", "branded the levy, a cash grab"), else None."""
    head = tok
    while head.dep_ in ("appos", "conj") and head.head is not head:
        head = head.head
    if head is tok or head.head.lemma_.lower() not in JUDGING:
        return past_relative(tok)
    if head.dep_ == "oprd":  # ('"a shed" and "a failure"': the judgement's first part took the predicate slot; with no
        # object, the thing judged did: "called the pay scale, which …, "a slap in the face"")
        return next((c for c in head.head.children if c.dep_ == "dobj"), head if any(r.dep_ == "relcl" for r in head.children) else None)
    return head if head.dep_ == "dobj" else None


def past_relative(tok):
    """The object of a judging verb whose relative clause stands between it and the judgement, which
    the parser hung inside that clause ("called the pay scale, which starts in April, a disgrace":
    "a disgrace" apposed to "April"): the judgement set off by a comma after the clause; else None."""
    before = next((t for t in reversed(tok.doc[:tok.left_edge.i]) if not t.is_quote), None)  # (', "a disgrace"')
    if before is None or before.text != ",":
        return None
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ not in ("dobj", "oprd") or clause.head.head.lemma_.lower() not in JUDGING:
        return None
    return clause.head if tok.i > clause.i else None


def double_object(tok):
    """The first object of a judging verb the parser gave two objects, ``tok`` the second
    ("branded the pension deal a disaster", "dubbed the scheme a fiasco", the second also hung on the
    verb as an adverbial: "branded the levy a disgrace"), or whose first object it read as a clause
    with the second as its object ("branded the fuel duty freeze a gimmick": "freeze" a verb): the
    judged thing, else None."""
    if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in JUDGING:
        return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")), None)
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and (misread := object_read_as_clause(tok.head)) is not None \
            and misread.head.lemma_.lower() in JUDGING:  # (the noun before the misread one: judged_head names the two)
        return next((c for c in misread.children if c.i == misread.i - 1 and c.pos_ == "NOUN"), None)
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return None
    if tok.head.dep_ == "dobj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.head.lemma_.lower() in JUDGING:
        return tok.head  # ("branded the pension offer a disgrace": the second hung on the first)
    if tok.head.lemma_.lower() not in JUDGING:
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")), None)


def object_read_as_clause(verb):
    """A noun in the object's place that the parser read as the verb of a clause of its own, its
    compounds before it, the article right after the verb that takes the object ("branded the
    fuel duty freeze a gimmick", "praised the school meals programme": "freeze", "programme" as
    verbs): a clause with no subject of its own but a noun before it, no marker, auxiliary or
    negation, in the bare present form. The word, else None (not "said the council would act")."""
    if verb.dep_ not in ("ccomp", "oprd") or verb.tag_ not in ("VB", "VBP", "VBZ") or verb.i < verb.head.i or any(
            c.dep_ in ("mark", "aux", "auxpass", "neg", "advmod", "xcomp", "ccomp", "prt") for c in verb.children):
        return None
    before = [c for c in verb.children if c.i < verb.i]
    edge = verb.left_edge
    if not before or edge.dep_ != "det" or edge.i != verb.head.i + 1 or any(c.dep_ == "nsubj" and c.pos_ != "NOUN" for c in before) \
            or not all(c.dep_ in ("compound", "amod", "nsubj", "det", "poss") for c in before):
        return None
    return verb


POINTING_PRONOUNS = ("it", "this", "that")  # a judging verb's object that stands for a thing named before

BECOMING = frozenset("prove become remain".split())  # verbs the parser gives an object that is a predicate


def doer(verb):
    """The act that would do what ``verb`` says (its subject), where the clause foresees or
    states it now ("scrapping the ferry would hurt islanders", "the fare increase hurts
    commuters"), not a past event; an act only: "the drought could damage crops" takes no side."""
    if verb.pos_ != "VERB" or not (verb.tag_ in ("VBZ", "VBP") or foreseeing(verb)):
        return None
    if (cause := conditioning_act(verb)) is not None:
        return cause
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    acts = lexicon()["acts"]
    if subj is not None and subj.pos_ == "NOUN" and noun_key(subj) not in acts and any(
            c.dep_ == "acl" and verb_key(c) in acts and to_infinitive(c) for c in subj.children):
        return subj  # "any move to close X would …", "a decision to scrap X would …": the act of its infinitive
    if subj is None or not (subj.pos_ == "VERB" and verb_key(subj) in acts or subj.pos_ == "NOUN" and (
            noun_key(subj) in lexicon()["noun_acts"] or decided_measure(subj) or foreseen_of_thing(verb, subj))):
        return None
    return subj


def foreseen_of_thing(verb, subj) -> bool:
    """A consequence foreseen of a thing, not only of an act ("the casino would saddle the city with
    debt", "this surgery will make a real difference"; round 30): a thing of evaluations_en.thing_subject,
    no person or body, no event ("the delays will hurt trade")."""
    return foreseeing(verb) and ev.thing_subject(subj, TIME_WORDS) and not is_someone(subj) and not happening(subj, lexicon())


FORESEEING = ("would", "could", "will", "'ll", "might")  # the auxiliaries of a clause that foresees (doer, foreseen_condition)


def foreseeing(verb) -> bool:
    """A verb with an auxiliary of FORESEEING ("would hurt", "will be lost")."""
    return any(c.dep_ == "aux" and c.lower_ in FORESEEING for c in verb.children)


def conditioning_act(verb):
    """The act of the condition a foreseen harm hangs on ("if the merger goes ahead, jobs will be lost",
    "should the quarry go ahead, the valley will be ruined", "if the library closes, children will
    suffer"): what would do the harm is the act the clause makes it follow from; None where the condition
    is no act ("if the rain continues, the match will be cancelled") or the harm has an act of its own
    as subject (read as before)."""
    if any((c.dep_ == "csubj" or c.dep_ == "nsubj" and c.pos_ == "VERB") and not inverted_condition(c) for c in verb.children):
        return None
    lex = lexicon()
    return next((c for c in condition_clauses(verb) if c.i < verb.i and c.pos_ == "VERB"
                 and verb_key(c) in lex["acts"] and (any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                                                     or inverted_condition(c))
                 and not any(a.dep_ == "advmod" and a.lower_ == "even" for a in c.children)  # "even if": conceded
                 and not (c.lemma_.lower() in lex["ongoing"] and not any(o.dep_ in ("dobj", "nsubjpass") for o in c.children))),
                None)  # ("if the rain continues": no act on the rain)


FRONTED_CLAUSES = ("ccomp", "csubj", "csubjpass")  # what the parser makes of an inverted condition before a split quote's frame


def condition_clauses(verb) -> list:
    """The clauses that may be the condition of ``verb``'s clause: its adverbial clauses, and where a
    speech verb is inserted between the two halves of a split quotation ('"Should the ferry be scrapped,"
    she said, "islanders will be cut off."'), the clause the parser hangs on that speech verb before it."""
    out = [c for c in verb.children if c.dep_ == "advcl" or c.dep_ in FRONTED_CLAUSES and inverted_condition(c)]
    speech = verb.head if verb.dep_ == "ccomp" else next((c for c in verb.children if c.dep_ == "parataxis"), None)
    if speech is not None and speech.i < verb.i:
        out += [c for c in speech.children if c.dep_ in ("ccomp", "advcl") and c.i < speech.i]
    return out


def foreseen_condition(verb):
    """conditioning_act of a loss or harm foreseen ("jobs will be lost", "children would suffer"); None
    where the clause foresees nothing (a fact: "if the plant closed, jobs were lost")."""
    if not foreseeing(verb) or no_harm_foreseen(verb):
        return None
    return conditioning_act(verb)


def no_harm_foreseen(verb) -> bool:
    """A loss foreseen for no one ("no jobs will be lost", "no one will be cut off", "farmers will lose no
    money / nothing") or for those the act is aimed at ("if the ban goes ahead, smugglers will lose out")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in NOBODY or c.lower_ == "nothing" or c.lower_ == "one" and any(
        d.lower_ == "no" for d in c.children) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children) \
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lexicon()["wrongdoers"] for c in verb.children)


def inverted_condition(verb) -> bool:
    """A condition told by a modal before its subject ("Should the quarry go ahead, …", "Were the
    ferry scrapped, …"): no call for the act, whose "should" asks nothing."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were", "had")), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.dep_ in ("advcl", *FRONTED_CLAUSES) and aux is not None and subj is not None and aux.i < subj.i \
        and aux.i == min(t.i for t in verb.subtree if not t.is_punct) and not any(c.dep_ == "mark" for c in verb.children)
    # (FRONTED_CLAUSES: the condition of a split quotation, '"Should X go ahead," she said, …', as the parser reads it)


def decided_measure(noun) -> bool:
    """A charge or a rule someone decides on (rows "levied" and "rule": "a levy on deposits would choke
    off lending", "the congestion charge would drive shoppers out"): judged by what it would do, as an
    act is; not a thing that happens ("the drought could damage crops"), nor a market's price or rent
    ("rising prices will hurt families")."""
    lex = lexicon()
    return noun.lemma_.lower() in lex["levied"] or noun.lemma_.lower() in lex["rules"]


def inserted_subject(verb):
    """The subject the parser gave to a speech verb set into the clause ("The ferry deal,
    Commissioner Lena Osei said, was a good outcome": "deal" hung on "said"): the first of
    its two subjects, a common noun."""
    said = next((c for c in verb.children if c.dep_ == "parataxis"), None)
    subjects = [c for c in said.children if c.dep_ == "nsubj"] if said is not None else []
    return subjects[0] if len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[0].i < said.i else None


def clause_judged(tok):
    """(target, subject, verb) of a judging word in a clause of its own, as the small parser
    reads it, or None: "called the plan misguided" (a small clause after a judging verb), "X
    was far from a success", "the toll was misguided" (a participle read as a passive)."""
    small = next((c for c in tok.children if c.dep_ == "nsubj" or c.dep_ == "compound" and c.pos_ == "NOUN"
                  and tok.pos_ == "ADJ"), None)  # ("called the toll reckless": "toll" hung on "reckless")
    if tok.dep_ in ("ccomp", "xcomp", "oprd") and small is not None and tok.head.lemma_.lower() in JUDGING:
        return small, subject_of(tok.head)[0], tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lower_ == "far":
        return judged_subject(tok.head.head.head)
    more = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "than" and tok.head.head.lower_ == "more" else None
    said = more.head if more is not None and more.dep_ == "amod" else more  # ("nothing | more than", "little more than")
    if said is not None and said.dep_ in ("attr", "acomp"):
        return judged_subject(said.head)  # "X was nothing more than a tax on nurses", "little more than a stunt": X is one
    if tok.dep_ in ("relcl", "acl") and tok.tag_ in ("NN", "NNS") and tok.head.dep_ == "attr" and tok.head.pos_ == "NOUN" \
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children) \
            and not any(slot for _, slot in lexicon()["frames"].get(tok.head.lower_, [])):
        return judged_subject(tok.head.head)  # "the toll is a monument to waste": the noun after "to" read as an infinitive
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.head.dep_ == "attr" and tok.head.head.pos_ == "NOUN" \
            and not any(slot for _, slot in lexicon()["frames"].get(tok.head.head.lower_, [])):  # (not "a boost for X")
        return judged_subject(tok.head.head.head)  # "the levy is a recipe for disaster", "an invitation to chaos": what it leads to judges it
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ == "amount":
        return judged_subject(tok.head.head)  # "the charge amounts to a tax on farming", "amounted to a betrayal"
    frames = lexicon()["frames"]  # (a noun of judgement as a verb judges nothing: "their letter would be answered")
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children) \
            and (tok.lower_ in frames or any(slot != "subj" for _, slot in frames.get(tok.lemma_.lower(), []))):
        return next((c for c in tok.children if c.dep_ == "nsubjpass"), None), None, tok
    return None


def judged_subject(holder):
    """(target, subject, verb) of a clause whose subject a judgement after its verb judges ("X was far from
    a success"): the verb's subject, no one holding the judgement apart from the speaker, the verb."""
    return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None), None, holder


def pronoun_thing(pron):
    """What "it"/"them" as a frame's object stands for where no earlier stance named a target:
    the nearest noun of the same number before it in the sentence that is an object ("reversed
    course on the bypass on Friday and now supports it"), never a time or a person."""
    number = "NNS" if pron.lower_ == "them" else "NN"
    if (said := said_of(pron.sent, number)) is not None:
        return said  # "It's a terrible deal," she said of the stadium lease.
    if (shared := conjunct_subject(pron, number)) is not None:
        return shared  # "The ferry subsidy is not a handout, and it is not a waste of money"
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.tag_ == number and t.dep_ in ("dobj", "pobj") and thing_like(t) and not said_of_it(t):
            return t
    return pron


def said_of(sent, number: str):
    """The thing a speech verb's "of" names in the sentence ('"…," said X of the proposed congestion
    charge'), a noun of tag ``number``; else None."""
    return next((t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "of" and t.tag_ == number
                 and any(v.lemma_ in ("say", "write", "tell") for v in (t.head.head, t.head.head.head))
                 and (t.head.head.lemma_ in ("say", "write", "tell")
                      or t.head.head.dep_ == "nsubj" and t.head.head.pos_ == "PROPN" and thing_like(t))), None)
    # (the "of" on the verb, or on her name right before it: "…," said X of the proposed congestion charge; not the
    # "of" of her role: "said the owner of the bakery", "the head of the sailing club" name no thing judged)


def verdict(tok, lex: dict) -> list[Stance]:
    """A verdict given as a plain yes or no ("our answer to the toll is yes", "the answer to the plan for
    a quarry is no"): the answer word as what a copula says of a noun of the "verdict" row, on the thing
    its "to" names; nobody else's answer ("the council's")."""
    if tok.lower_ not in ANSWERS or tok.dep_ not in ("attr", "acomp", "advmod") or tok.head.lemma_ != "be" \
            or any(c.dep_ == "neg" for c in (*tok.head.children, *tok.children)):
        return []  # ("the answer isn't no": no verdict either way)
    noun = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex["verdicts"]), None)
    if noun is None or any(c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in noun.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.head.children):
        return []  # ("the response was yes from most residents": theirs)
    thing = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj" and thing_like(g)), None) or answered_of(tok.head)
    words = [noun.text, tok.text]
    if thing is None or question_of_fact(thing, lex):
        return []  # (asked before the plan's thing is read: "the possibility that the plant would close" is no plant)
    thing, sign = clause_or_acts(thing, words, tok)  # ("the plan for X": X)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or question_of_fact(thing, lex):
        return []
    return stances_of(thing, ANSWERS[tok.lower_] * sign, words, [], "", tok.idx)


def answered_of(copula):
    """The thing a verdict's speech verb is said "of", where the verdict is that verb's own content ('"The
    answer is no," she said of the plan for a quarry', 'said of the pylon route: "The answer is no"'); else
    None. (Round 31 left this out for questions of fact; verdict asks question_of_fact of it as of a "to".)"""
    verb = copula.head
    if copula.dep_ != "ccomp" or copula.tag_ == "VBD" or verb.lemma_.lower() not in ("say", "write", "tell"):
        return None  # ('"The answer was no," she said of the talks': an answer told as a past fact)
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and thing_like(g) and not is_someone(g) and put_forward(g)
                 and not any(p.dep_ == "poss" and p.lower_ in PERSONAL_POSSESSIVES for p in g.children)), None)
    # (not a person, "said of the mayor"; nor a deed of one's own, "of her bid for the leadership": a "no" there
    # denies, it takes no side on a thing)


def put_forward(noun) -> bool:
    """A noun naming a thing put forward for a decision, which a yes or no can answer as a position: a
    proposal head (row proposal: "the pylon route", "the plan for a quarry"), a thing "proposed" or "planned"
    (row purpose: "the proposed incinerator"), or an act against a thing ("the closure of the pool"). Not an
    event, a request, a date or a finding ("of the vote", "the invitation", "the deadline", "the survey results"),
    which a "no" answers as a fact or a refusal of one's own."""
    lex = lexicon()
    return noun.lemma_.lower() in lex["proposals"] or lex["noun_acts"].get(noun_key(noun), 0) < 0 or any(
        c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in lex["purposes"] for c in noun.children)


def question_of_fact(noun, lex: dict) -> bool:
    """A noun a yes or no answers as a question of fact, no thing to take a side on: what is said,
    asked or written (rows told and verdict; data/content_nouns_en.txt: "the chance of rain", "the
    likelihood of a strike"; data/documents_en.txt: "the letter"), or one with a content clause."""
    from ..en.cues import content_nouns, document_nouns

    word = noun.lemma_.lower()
    return word in lex["told"] or word in lex["verdicts"] or word in content_nouns() or word in document_nouns() \
        or told_content(noun)


def told_content(noun) -> bool:
    """A noun that holds what someone says or asks, by a clause of its own ("claims that the reservoir
    leaked", "the question whether the plant reopens", "reports that she would stand"): a "no" to it
    denies it, and takes no side on a thing."""
    said = noun.head.head if noun.dep_ == "pobj" else noun  # (the clause hung on the speech verb right after the noun)
    return any(c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ in ("that", "whether", "if")
               and (c.head.i == noun.i or c.left_edge.i == noun.right_edge.i + 1) for c in (*noun.children, *said.children))


def conjunct_subject(pron, number: str):
    """The subject of the clause a subject pronoun's clause is joined to by "and"/"but" ("The subsidy is
    not a handout, and it is not a waste"): a thing noun of the pronoun's number; else None (round 29)."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= pron.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == number
                 and thing_like(c)), None)


def said_of_it(noun) -> bool:
    """A noun inside what a copula says of an "it" ("It's the right building in the right place, and we'll
    support it": the place is said of the thing, the later "it" is that thing, not the place)."""
    return any(a.dep_ in ("attr", "acomp") and any(c.dep_ == "nsubj" and c.lower_ in POINTING_PRONOUNS for c in a.head.children)
               for a in (noun, *noun.ancestors))


def is_body(tok) -> bool:
    """A noun naming a body ("the council", "the harbour board"): the one spoken to or met, not
    the thing a later "it" is backed as ("spoke to the council and backs it")."""
    from ..actors import lexicon as actor_lexicon

    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN":  # a body by its name's last word ("Feldmark Airlines", "Tannberg Capital")
        return lemma in actor_lexicon("en").institution_suffixes or lemma in lexicon()["bodies"]
    return lemma in actor_lexicon("en").institutions or lemma in lexicon()["bodies"]
