"""HanTa's German tagger, faster: ``FastHanoverTagger`` and ``fast_tagger_class``.

The tagger with HanTa's two inner loops (the morpheme lattices of ``analyze_forward`` and
``analyze_viterbi``) written for speed, with the same arithmetic in the same order, so the
results are the same to the last bit (checked over every word of the shared train and dev
sets: bench/extract_speed.py --check-hanta). What changed: the probability of a morpheme is
looked up in place instead of through a method call, tags that cannot take an unknown
morpheme skip it at once, a row's segments are cut only when one of its states is passed on
(without guessing most rows pass none on: ~3% of the instructions of a dev set's lattices),
and a word's forward analysis is kept (the rules, the lemma of a topic noun and the lower-case
reading all ask for it), as are a segment's endings and the follow-up tags picked for it (segments
recur across words) and the segments of each row of a word (its lattices follow each other). HanTa's own methods are used with any
other HanTa than the one this was written for and checked against (1.2.1, pinned in
pyproject.toml): the copies follow its private internals.
"""
from __future__ import annotations

import math

from .without_numpy import import_hanta, load_model

module = import_hanta()  # HanTa's HanoverTagger (without numpy: without_numpy.py)

HANTA_VERSION = "1.2.1"  # the HanTa FastHanoverTagger was written for

EMPTY, START, UNKNOWN, END_UNKNOWN = module.EMPTY, module.START, module.UNKNOWN, module.END_UNKNOWN
INF = math.inf
RESULTS_KEPT = 100_000  # analyses kept per kind (then forgotten: a long-running process stays bounded)
WORDS_SEGMENTED = 256  # words whose segments are kept for their next lattice (a word's lattices follow each other)
PICKS_KEPT = 4096  # segments whose picked follow-up tags a state keeps (then forgotten: bounded)
MANY_FOLLOWUPS = 8  # a state with more follow-up tags tries only those that know a segment or may guess
# the endings of a segment HanTa's guess looks up, longest first, as slices by the segment's length
# (5: five letters or more): segment[-n:] for n = min(length - 1, 4) .. 1, never the whole segment
ENDINGS = tuple(tuple(slice(-n, None) for n in range(min(length - 1, 4), 0, -1)) for length in range(6))


def fast_tagger_class(base: type) -> type:
    """FastHanoverTagger with the HanTa it was written for and checked against; otherwise
    ``base`` (HanTa's own HanoverTagger): the copies follow its private internals."""
    return FastHanoverTagger if installed_hanta_version() == HANTA_VERSION else base


def installed_hanta_version() -> str | None:
    """HanTa's version from the name of its dist-info folder beside it, else from
    importlib.metadata (which looks through every entry of sys.path: ~0.05 s at each start)."""
    from pathlib import Path

    folders = [p.name for p in Path(module.__file__).resolve().parent.parent.glob("*.dist-info")
               if p.name.lower().startswith("hanta-")]
    if len(folders) == 1:
        return folders[0][len("hanta-"):-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("HanTa")
    except PackageNotFoundError:
        return None


def reachability(transitions: dict, int2tag: dict) -> dict:
    """HanTa's reachability (per final tag, the tags from which a path of transitions leads to
    it), the same sets from a table of predecessors: HanTa scans every transition for every tag
    it finds (~0.05 s at each start)."""
    before: dict = {}
    for (_, c), followers in transitions.items():
        for f in followers:
            before.setdefault(f, set()).add(c)
    out = {}
    for c in int2tag.keys():
        if c >= 0:
            continue
        states = set(before.get(c, ()))
        todo = list(states)
        while todo:
            for a in before.get(todo.pop(), ()):
                if a not in states:
                    states.add(a)
                    todo.append(a)
        out[c] = frozenset(states)
    return out


class GuessesAndLemmas:
    """HanTa's guess for a morpheme a tag does not know, and its lemma of a word's morphemes, as
    FastHanoverTagger computes them (a mixin of it: it reads HanTa's tables)."""

    def _guess_base(self, t, mlen, bases):
        """The part of HanTa's guess for a morpheme of length ``mlen`` that tag t does not know
        (lp_m_t, where t may guess: not strict, and wlen < 4 or mlen > 2) that does not depend on
        the morpheme's ending, kept in ``bases`` (by tag, for morphemes of that length). _lattice
        adds the ending's part (the same additions in the same order) and, when the morpheme is
        the whole word, HanTa's -4.6."""
        base = bases[t] = self.Int_t + self.LP_hapax_t[t] + self.LP_len_t[t][mlen if mlen < 24 else 24]
        return base

    def _guesses(self, segment):
        """The guesses for a segment, by tag, kept across words (segments recur: "ungen",
        "bundes"): a bounded table, emptied when full (the results are the same). A guess depends
        on nothing but the segment's length (up to 24) and its endings HanTa's lp_m_t looks up, so
        the guesses are shared by all segments of the same length and endings (the longer segments
        of a word that end at the same place, "…inisteriums" and "…nisteriums" of two words). With
        them those endings, longest first, and the guesses' bases by tag (of the segment's length,
        shared by all segments of that length)."""
        table = self._guessed
        found = table.get(segment)
        if found is None:
            if len(table) >= RESULTS_KEPT:
                table.clear()
            mlen = len(segment)
            suffixes = (segment[-4:], segment[-3:], segment[-2:], segment[-1:]) if mlen > 4 \
                else tuple(map(segment.__getitem__, ENDINGS[mlen]))  # (none of the whole segment)
            length = mlen if mlen < 24 else 24
            bases = self._bases_by_length.get(length)
            if bases is None:
                bases = self._bases_by_length[length] = {}
            shapes = self._guessed_by_shape
            guesses = shapes.get((length, suffixes))
            if guesses is None:
                if len(shapes) >= RESULTS_KEPT:
                    shapes.clear()
                guesses = shapes[length, suffixes] = {}
            found = table[segment] = (guesses, suffixes, bases)
        return found

    def makelemma(self, stem_morphemes, pos):
        """HanTa's makelemma, with the length of the longest lemma suffix of each tag found once
        (HanTa measures every suffix of the table at each call)."""
        mainpostag = pos.split('(')[0]
        lemma = ''.join(stem_morphemes)
        suffix = ''
        lemmasuffices = self.lemmasuffixtable.get(mainpostag, [])
        if len(lemmasuffices) > 0:
            longest = self._longest_suffix.get(mainpostag)
            if longest is None:
                longest = self._longest_suffix[mainpostag] = max([len(e) for e in lemmasuffices])
            if len(lemma) + 1 < longest:
                longest = len(lemma)
            for i in range(longest + 1, 0, -1):
                ending = ('#' + lemma)[-i:]
                if ending in lemmasuffices:
                    suffix = lemmasuffices[ending]
                    break
        if self.tag2int.get(pos, 0) in self.capitalizedlemmata:
            lemma = lemma[0].upper() + lemma[1:]
        lemma += suffix
        return lemma


class FastHanoverTagger(GuessesAndLemmas, module.HanoverTagger):
    """HanTa's tagger with its two inner loops (the morpheme lattices of ``analyze_forward`` and
    ``analyze_viterbi``) written for speed: see the module docstring."""

    def __init__(self, *args, **kwargs):
        model = load_model(args[0], module.__file__) if len(args) == 1 and args[0] and not kwargs else None
        if model is None:
            super().__init__(*args, **kwargs)
        else:  # the model read without numpy: as HanTa reads it from a file name (not strict)
            super().__init__(None, model)
            self.strict = False
        self._forward_results: dict[str, list] = {}
        self._viterbi_results: dict[tuple, list] = {}  # (word, tag) -> morphemes, as _forward_results
        # tags that may take a morpheme they have never seen (HanTa's suffix guess)
        self._guessing = frozenset(t for t in self.LP_m_t if t in self.LP_hapax_t and t in self.LP_s_t)
        self._tags_of: dict[str, tuple] = {}  # morpheme -> the tags that know it
        for tag, table in self.LP_m_t.items():  # set operations: a loop over every morpheme costs 0.1 s
            again = table.keys() & self._tags_of.keys()
            self._tags_of.update(dict.fromkeys(table.keys() - again, (tag,)))
            for morpheme in again:
                self._tags_of[morpheme] += (tag,)
        self._morphemes = self._tags_of.keys()  # known to at least one tag
        self._bases_by_length: dict = {}  # length of the morpheme (at most 24) -> tag -> the guess without its suffix
        self._entries: dict = {}  # (kind of lattice, guessing) -> state -> _followup_entries
        self._segment_rows: dict = {}  # (word, guessing) -> per row, the segments _segments_from cut (or None)
        self._guessed: dict = {}  # segment -> (tag -> its guess, its endings, the bases of its length): _guesses
        self._guessed_by_shape: dict = {}  # (length up to 24, endings) -> tag -> the guess (_guesses)
        self._longest_suffix: dict = {}  # main tag -> its longest lemma suffix (makelemma)

    def reachable(self):
        self.reachability = reachability(self.LP_trans, self.int2tag)

    def _lattice(self, word, strict, followups, track, kind):
        """The morpheme lattice shared by both analyses: table[j][state] is the best log
        probability of a path ending in ``state`` after word[:j]; with ``track``, backpointers.
        ``followups(state)`` gives the tags that may follow a state; ``kind`` names that function
        (the tables built from it are kept under that name). The states of every row are added
        in HanTa's order: ties keep the first, and later rows are read in that order."""
        lowerbound, wlen = -1e6, len(word)
        table = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        backpointer = [{} for _ in range(wlen + 2)] if track else None
        guessing = () if strict else self._guessing
        guesses_of, lp_s_t = self._guesses, self.LP_s_t
        entries_of = self._entries.setdefault((kind, bool(guessing)), {})
        rows = self._segment_rows.get((word, bool(guessing))) or self._new_rows(word, bool(guessing))
        for i in range(wlen + 1):
            row, segments = table[i], None  # (segments: cut once a state of the row is passed on)
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else lowerbound
            for state in row:
                lp = row[state]
                if lp < rowbound:
                    continue
                entries = entries_of.get(state)
                if entries is None:
                    entries = entries_of[state] = self._followup_entries(followups(state), state[1], guessing)
                tables, guessers, position, guess_positions, picked = entries
                if not tables:
                    continue
                if segments is None:
                    segments = rows[i]
                    if segments is None:
                        segments = rows[i] = self._segments_from(word, i, bool(guessing))
                for segment, j, can_guess, known_to_some in segments:
                    if not known_to_some:
                        if not guessers:
                            continue
                        tried = guessers  # a morpheme no tag knows: only the guessing tags can take it
                    elif position is None:
                        tried = tables
                    else:  # of many follow-ups, only those that know the segment or may guess, in order
                        tried = picked[can_guess].get(segment)
                        if tried is None:
                            tried = self._picked(entries, can_guess, segment)
                    guesses, row_j = None, table[j]
                    for known, guessable, tag1, lpt, newstate in tried:
                        lpm = known.get(segment) if known_to_some else None
                        if lpm is None:
                            if not (guessable and can_guess):
                                continue  # log probability -inf: never kept
                            if guesses is None:
                                guesses, suffixes, bases = guesses_of(segment)
                            lpm = guesses.get(tag1)
                            if lpm is None:  # (inline: a call for each of ~200,000 new guesses costs ~140 M instructions)
                                lp_s = lp_s_t[tag1]
                                for suffix in suffixes:
                                    lp_suf = lp_s.get(suffix)
                                    if lp_suf is not None:
                                        break
                                else:
                                    lp_suf = lp_s['']
                                base = bases.get(tag1)
                                if base is None:
                                    base = self._guess_base(tag1, len(segment), bases)
                                lpm = guesses[tag1] = base + lp_suf
                            if j - i == wlen:
                                lpm -= 4.6  # (HanTa's penalty for a guessed whole word)
                        lp1 = lp + lpt + lpm
                        if lp1 > lowerbound:
                            old = row_j.get(newstate)
                            if old is None or lp1 > old:
                                row_j[newstate] = lp1
                                if track:
                                    backpointer[j][newstate] = (state, i)
        return table, backpointer

    def _segments_from(self, word, i, guessing):
        """The segments word[i:j] a tag may take, as (segment, j, can_guess, known to some tag):
        those some tag knows and (with ``guessing``) those a guessing tag may take."""
        any_known = self._morphemes
        wlen = len(word)
        short = wlen < 4
        row = []
        for j in range(i + 1, wlen + 1):
            segment = word[i:j]
            can_guess = short or j - i > 2
            known = segment in any_known
            if known or (can_guess and guessing):
                row.append((segment, j, can_guess, known))
        return row

    def _new_rows(self, word, guessing):
        """Room for the segments of each row of the word's lattices (the same in each of them)."""
        if len(self._segment_rows) >= WORDS_SEGMENTED:
            self._segment_rows.clear()
        rows = self._segment_rows[word, guessing] = [None] * (len(word) + 1)
        return rows

    def _picked(self, entries, can_guess, segment):
        """The entries of the tags that know ``segment`` and of the guessing ones (where the
        segment may be guessed), in order; kept with the entries (``picked[can_guess]``)."""
        tables, _, position, guess_positions, picked = entries
        guess_positions = guess_positions if can_guess else ()
        picks = [position[t] for t in self._tags_of[segment] if t in position]
        if guess_positions:
            picks = sorted(set(picks).union(guess_positions))
        elif len(picks) > 1:
            picks.sort()
        chosen = picked[can_guess]
        if len(chosen) >= PICKS_KEPT:
            chosen.clear()
        found = chosen[segment] = [tables[k] for k in picks]
        return found

    def _followup_entries(self, followup, s1, guessing):
        """The follow-up tags of a state as (morpheme table, may guess, tag, transition log
        probability, new state), all and the guessing ones; with many, also the position of
        each tag and of the guessing ones. Kept per state and kind of lattice."""
        lp_m = self.LP_m_t
        tables = [(lp_m[tag1], tag1 in guessing, tag1, lpt, (s1, tag1)) for tag1, lpt in followup or ()]
        guessers = [entry for entry in tables if entry[1]]
        if len(tables) <= MANY_FOLLOWUPS:
            return tables, guessers, None, None, None
        # the position of each tag, of the guessing ones, and (by can guess) segment -> the entries
        # _picked for it (segments recur across words: "ung", "bundes")
        position = {entry[2]: k for k, entry in enumerate(tables)}
        return tables, guessers, position, [k for k, entry in enumerate(tables) if entry[1]], ({}, {})

    def analyze_forward(self, word):
        cached = self._forward_results.get(word)
        if cached is not None:
            return list(cached)
        lowerbound = -1e6
        nonfinal = self.LP_trans_nonfinal
        table, _ = self._lattice(word, self.strict, lambda state: nonfinal.get(state, []), False, "forward")
        last = table[-1]
        for state in table[-2]:
            lp = table[-2][state]
            for tag1, lpt in self.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > lowerbound:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results = {}
        for state in last:
            lp = last[state]
            if lp == -INF:
                continue
            pos = -state[1]
            if pos in results:
                results[pos] = module.logaddexp(results[pos], lp)
            else:
                results[pos] = lp
        result_list = list(results.items())
        result_list.sort(key=module.itemgetter(1), reverse=True)
        if len(result_list) == 0:
            result_list = [(UNKNOWN, 0)]
        if len(self._forward_results) >= RESULTS_KEPT:
            self._forward_results.clear()  # bounded for long-running processes (results are the same)
        self._forward_results[word] = result_list
        return list(result_list)

    def analyze_viterbi(self, word, targetpos):
        key = (word, targetpos)
        cached = self._viterbi_results.get(key)
        if cached is None:
            if len(self._viterbi_results) >= RESULTS_KEPT:
                self._viterbi_results.clear()
            cached = self._viterbi_results[key] = self._analyze_viterbi(word, targetpos)
        return list(cached)

    def _analyze_viterbi(self, word, targetpos):
        wlen = len(word)
        lowerbound = -1e6
        reachable_t = self.reachability.get(targetpos, frozenset())
        nonfinal = self.LP_trans_nonfinal
        followups: dict = {}

        def reachable_followup(state):
            found = followups.get(state)
            if found is None:
                found = followups[state] = [(t, p) for (t, p) in nonfinal.get(state, []) if t in reachable_t]
            return found

        for localstrict in [True, False]:
            table, backpointer = self._lattice(word, localstrict, reachable_followup, True, targetpos)
            for state in table[-2]:
                lp = table[-2][state]
                for tag1, lpt in self.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > lowerbound:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if len(table[-1]) > 0:
                break
        pmax = -INF
        beststate = (EMPTY, EMPTY)
        for state in table[-1]:
            lp = table[-1][state]
            if lp > pmax:
                pmax = lp
                beststate = state
        i = len(backpointer) - 1
        if beststate == (EMPTY, EMPTY):
            states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for (state, i) in states[::-1]]
