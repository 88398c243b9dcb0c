"""Speakers from word shapes on the blank English pipeline: the phrase left or right of a cue,
or at the start of the sentence."""
from __future__ import annotations

from .base import PRONOUNS, QUOTE_CHARS, RELATIVE
from .blank_words import (
    _AUX,
    _CONNECTIVES,
    _DETS,
    _MAX_LOWER,
    _MAX_NP,
    _NP_GLUE,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _TIME_WORDS,
    _VERB_GROUP,
)
from .cues import _by_form


class BlankSpeakers:
    """The speaker rules of BlankRules (a mixin: it reads the document)."""

    def speaker_left(self, cue_i: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase right before a cue: a pronoun, a name, or 'the/a ... (of|for) ...';
        after 'Name, the minister,' the name; after 'and'/', saying' the sentence's subject."""
        doc = self.doc
        j = cue_i - 1
        while j >= limit and (doc[j].lower_ in _VERB_GROUP or doc[j].lower_ in _TIME_WORDS or (
                doc[j].lower_ == "on" and j + 1 < cue_i and doc[j + 1].lower_ in _TIME_WORDS)):
            j -= 1  # 'would not', 'last night', 'on Monday'

        if j < limit:
            return None
        if doc[j].lower_ in _CONNECTIVES or (doc[j].text == "," and doc[cue_i].lower_.endswith("ing")):
            # 'X rejected the claim and said ...', '..., X said, accusing ...': X
            earlier = [f for f in self.found if f.speaker_mention and f.cue
                       and doc[limit].idx <= f.cue[0][0] < doc[cue_i].idx]
            if earlier:
                return earlier[-1].speaker_mention[0]
            return self.speaker_first(limit)
        if doc[j].text == "," and j - 2 >= limit and doc[j - 1].like_num and doc[j - 2].text == ",":
            j -= 2  # 'Gareth Pell, 58, admitted': the age is no speaker
        appos = doc[j].text == "," and j - 1 >= limit
        if appos:
            j -= 1  # 'The museum's director, Felix Amadi, said': the apposition
            # 'Senator Paul Amberg, a member of the Green Bloc, praised': the name before it
            # ... and 'Prime Minister Tobias Rehn, whose party has governed ..., told': the name too
            comma = next((m for m in range(j, max(limit, j - 2 * _MAX_NP) - 1, -1) if doc[m].text == ","), None)
            if comma is not None and comma + 1 <= j and doc[comma + 1].lower_ in (
                    "a", "an", "who", "whose", "which") and comma - 1 >= limit:
                j = comma - 1
                appos = False
        if doc[j].lower_ in PRONOUNS:
            return (doc[j].idx, doc[j].idx + len(doc[j]))
        if doc[j].lower_ in _PREPOSITIONS or doc[j].lower_ in _SUBORDINATORS or doc[j].lower_ in _AUX:
            return None  # 'comment on reports that', 'when asked whether': no subject here
        words = self.phrase_words_left(j, limit)
        while words and (doc[words[-1]].lower_ in _CONNECTIVES or doc[words[-1]].lower_ in _NP_GLUE - _DETS):
            words.pop()
        if not words:
            return None
        if doc[words[-1]].lower_ in RELATIVE:
            return None  # 'an election that polls suggest ...': a relative clause
        lower = [w for w in words if doc[w].is_lower and doc[w].lower_ not in _NP_GLUE | _DETS]
        if len(lower) > _MAX_LOWER:
            return None
        if len(words) > 1 and all(doc[w].is_lower for w in words) and doc[words[-1]].lower_ not in _DETS:
            words = words[:2]  # 'poorer countries': an undetermined common-noun phrase stays short
        b, e = doc[words[-1]], doc[words[0]]
        if appos and words[-1] - 1 > limit and doc[words[-1] - 1].text == ",":
            # 'A lawyer for one of the men, Sofia Lindqvist,': the whole phrase from the sentence start
            head = doc[limit : words[-1] - 1]
            if len(head) <= _MAX_NP and not any(t.is_punct for t in head) and not head[0].is_lower:
                b = head[0]
        return (b.idx, e.idx + len(e))

    def phrase_words_left(self, j: int, limit: int) -> list[int]:
        """Token indexes of the noun phrase that ends at j, right to left (at most _MAX_NP words,
        not past ``limit``, a plural possessive and glue words inside)."""
        doc = self.doc
        words = []
        k = j
        while k >= limit and len(words) < _MAX_NP:
            t = doc[k]
            plural_possessive = t.text in "'’" and k > limit and doc[k - 1].lower_.endswith("s") and not t.whitespace_ == ""
            if (t.is_punct or t.text in QUOTE_CHARS or t.is_space or self.in_dateline(t)) and not plural_possessive:
                break
            if plural_possessive:  # "The Retail Workers' Union"
                words.append(k)
                k -= 1
                continue
            if t.lower_ in _SUBORDINATORS and words:
                break
            if words and _by_form().get(t.lower_) and t.is_lower:
                break  # another speech verb: the phrase ends before it
            if t.is_alpha or t.lower_ in _NP_GLUE or t.text.endswith("."):
                words.append(k)
                if t.lower_ in _DETS and not (k - 2 >= limit and doc[k - 1].lower_ in ("of", "for", "at", "in", "from", "with")
                                              and doc[k - 2].is_alpha):
                    break  # a determiner opens the noun phrase ('Farmers in the region' goes on)
                k -= 1
                continue
            break
        return words

    def speaker_first(self, limit: int) -> tuple[int, int] | None:
        """The noun phrase opening the sentence: up to the first comma or speech verb."""
        doc = self.doc
        k = limit
        # an opening phrase: 'In a statement, the company ...'
        comma = next((m for m in range(limit, min(limit + 6, len(doc))) if doc[m].text == ","), None)
        if comma is not None and doc[limit].lower_ in _PREPOSITIONS | {"speaking", "asked"}:
            k = comma + 1
        words = []
        while k < len(doc) and len(words) < _MAX_NP:
            t = doc[k]
            if t.is_punct or t.is_space or self.cue_entry(t) or t.text in QUOTE_CHARS:
                break
            words.append(k)
            k += 1
        if not words or doc[words[0]].is_lower and doc[words[0]].lower_ not in _DETS | PRONOUNS:
            return None
        return (doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]]))

    def speaker_right(self, cue_i: int, limit: int) -> tuple[int, int] | None:
        """The name right after a cue: '…," said Amina Toure'; '…," she said' is speaker_left."""
        doc = self.doc
        k = cue_i + 1
        if k < limit and doc[k].lower_ in PRONOUNS:
            return (doc[k].idx, doc[k].idx + len(doc[k]))
        first = k
        while k < limit and k < first + 4 and doc[k].is_lower and doc[k].is_alpha:
            k += 1  # 'said student Lara Mbeki', 'said its chief executive, Ana Ruiz'
        if k < limit and doc[k].text == "," and k > first and k + 1 < limit and doc[k + 1].is_title:
            k += 1
            first = k
        if k >= limit or not doc[k].is_title:
            k = first
        words = list(range(first, k))
        while k < limit and (doc[k].is_title or (words and doc[k].text.endswith(".") and doc[k].is_alpha)):
            words.append(k)
            k += 1
        if not words or not doc[words[-1]].is_title:
            return None
        return (doc[words[0]].idx, doc[words[-1]].idx + len(doc[words[-1]]))

    def speaker_for(self, cue_i: int, after_quote: bool) -> list[tuple[int, int]]:
        sent = self.doc[cue_i].sent
        start, end = self.sent_start(sent), sent.end
        if after_quote:  # '…," said Roe' or '…," Roe said'
            sp = self.speaker_right(cue_i, end)
            left = self.speaker_left(cue_i, start)
            if left and self.quote_at(left[0]) is None and self.text[left[1]:self.doc[cue_i].idx].strip() == "":
                prev = self.text[max(0, left[0] - 3):left[0]]
                if any(c in prev for c in "”\",") or sp is None:
                    return [left]
            return [sp] if sp else []
        left = self.speaker_left(cue_i, start)
        return [left] if left else []
