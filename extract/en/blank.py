"""The English rules on the blank pipeline: the same patterns as rules over word shapes."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Found
from ..quotes import Quote
from .base import CONF_RULES, PRONOUNS, QUOTE_CHARS, RELATIVE, REPORTED_FROM_VERB, _Base, _from_verb, _top_level, _trim
from .cues import CueEntry, _by_form, _by_lemma

_CONNECTIVES = {"but", "and", "while", "as", "so", "or", "yet", "then", "also"}
_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
_NP_GLUE = {"of", "for", "at", "the", "'s", "’s", "de", "van", "von", "al"}
_PREPOSITIONS = {"on", "to", "in", "of", "for", "at", "by", "with", "from", "about", "into"}
_MAX_NP = 9  # words in a speaker phrase
_MAX_LOWER = 5  # lower-case words in a speaker phrase ("two officials familiar with the plans")
_AUX = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "must", "should", "shall", "did", "does", "do", "'s", "’s", "'re", "’re", "'ll", "’ll"}
_VERB_GROUP = {"would", "could", "will", "did", "does", "do", "not", "never", "has", "had", "have", "also",
               "later", "previously", "again", "then", "recently", "may", "might", "n't", "n’t", "long",
               "repeatedly", "already", "still", "now", "publicly", "privately", "immediately", "quickly",
               "openly", "strongly", "sharply", "firmly", "flatly", "angrily", "once", "often", "reportedly"}
# what opens a clause that stays inside the statement ('that ...', 'when he called ...')
_CIRCUMSTANCE = {"that", "when", "if", "because", "after", "before", "until", "since", "once", "unless", "whenever"}
_SUBORDINATORS = {"after", "when", "because", "as", "while", "before", "since", "although", "though", "but", "and"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
               "today", "tonight", "last", "week", "night", "earlier", "later", "this", "month", "morning",
               "afternoon", "evening"}


class BlankRules(_Base):
    """The same patterns over plain tokens, for a pipeline without tagger or parser."""

    def cue_entry(self, tok: Token) -> CueEntry | None:
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return _by_lemma()["according"][0]
        entries = _by_form().get(tok.lower_)
        if not entries:
            return None
        prev = self.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        base = any(tok.lower_ == e.lemma for e in entries)
        if prev in _DETS or prev in ("'s", "’s") or (base and tok.i > 0 and self.doc[tok.i - 1].is_lower
                                                       and self.doc[tok.i - 1].lower_.endswith("er")):
            return None  # a noun after a determiner: "the reports", "the ruling", "weaker demand"
        nxt = self.doc[tok.i + 1].lower_ if tok.i + 1 < len(self.doc) else ""
        plain = any(tok.lower_ in (e.lemma, e.lemma + "s", e.lemma + "es") for e in entries)
        if plain and (nxt in _AUX or nxt == "of"):
            return None  # a noun: 'neighbouring states were ...', 'the coastal state of Idris'
        for e in entries:
            if (not e.particle or e.particle == nxt) and e.kind != "source":
                return e
        return None

    def cue_span(self, tok: Token, entry: CueEntry) -> tuple[int, int]:
        if entry.particle:
            end = self.doc[tok.i + 1]
            return (tok.idx, end.idx + len(end))
        return (tok.idx, tok.idx + len(tok))

    def cues_between(self, b: int, e: int) -> list[tuple[int, CueEntry]]:
        out = []
        for tok in self.doc.char_span(b, e, alignment_mode="expand") or []:
            entry = self.cue_entry(tok)
            if entry and entry.kind != "source" and not self.in_quote(tok) and not tok.is_title:
                out.append((tok.i, entry))
        return out

    def sent_start(self, sent: Span) -> int:
        """The sentence's first token after a dateline."""
        i = sent.start
        while i < sent.end - 1 and self.in_dateline(self.doc[i]):
            i += 1
        return i

    # -- speakers from word shapes
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

    # -- statements
    def statements(self) -> list[Found]:
        self.direct_pass()
        self.indirect_pass()
        return _top_level(self.found)

    def direct_pass(self) -> None:
        for group in self.quote_groups():
            first, last = self.quotes[group[0]], self.quotes[group[-1]]
            if self.inside_clause(first):
                continue  # 'said the plan was "dead on arrival"': the indirect pass's
            tail_end = min(len(self.text), last.close_mark + 80)
            nxt = next((q.open_mark for q in self.quotes if q.open_mark > last.close_mark), len(self.text))
            tail = self.text[last.close_mark + 1 : min(tail_end, nxt)]
            cue_i = None
            after = True
            # '…up." The union agreed.' is a new sentence, not the quote's attribution
            new_sentence = self.text[last.start : last.end].rstrip().endswith(".") and re.match(r"\s+[A-Z]", tail)
            if re.match(r"\s*,?\s*\S", tail) and not new_sentence:
                # the attribution ends with the sentence ('Mr.' does not end it) or the paragraph
                end = min(self.sent_of(last.close_mark).end_char, last.close_mark + 1 + len(tail))
                para = self.text.find("\n", last.close_mark + 1, end)
                end = para if para >= 0 else end
                cands = [i for i, _ in self.cues_between(last.close_mark + 1, end)]
                if cands and self.doc[cands[0]].idx - last.close_mark < 40:
                    cue_i = cands[0]
            if cue_i is None and len(group) > 1:
                cands = [i for i, _ in self.cues_between(first.close_mark + 1, last.open_mark)]
                cue_i = cands[0] if cands else None
            if cue_i is None:
                line_start = max(self.text.rfind("\n", 0, first.open_mark) + 1, first.open_mark - 200)
                head = self.text[line_start : first.open_mark]
                if not head.strip() and self.text[:first.open_mark].rstrip().endswith(":"):
                    lead_end = len(self.text[: first.open_mark].rstrip())  # 'Roe said:' then the quote below
                    line_start = max(self.text.rfind("\n", 0, lead_end) + 1, lead_end - 200)
                    head = self.text[line_start:lead_end]
                if head.rstrip().endswith((":", ",")):
                    cands = [i for i, _ in self.cues_between(line_start, first.open_mark)]
                    if cands:
                        cue_i, after = cands[-1], False
            if cue_i is not None:
                entry = self.cue_entry(self.doc[cue_i])
                self.used_cues.add(cue_i)
                speaker = self.speaker_for(cue_i, after)
                self.add_direct(group, [self.cue_span(self.doc[cue_i], entry)], speaker, CONF_RULES)
                continue
            if self.continued_direct(group):
                continue
            speaker = self.carried_speaker(first)
            if speaker is not None:
                self.add_direct(group, [], speaker, CONF_RULES * 0.8)

    def inside_clause(self, quote: Quote) -> bool:
        """A quote that continues a sentence of narration ('... that members were “angry”')."""
        before = self.text[max(0, quote.open_mark - 40) : quote.open_mark]
        return bool(re.search(r"\w\s+$", before))

    def indirect_pass(self) -> None:
        for sent in self.sents:
            start = self.sent_start(sent)
            for t in self.doc[start : sent.end]:
                if self.in_quote(t):
                    continue
                if t.lower_ == "according" and t.i + 1 < sent.end and self.doc[t.i + 1].lower_ == "to":
                    self.according_to(sent, t)
                    break
                entry = self.cue_entry(t)
                if entry is None or t.i in self.used_cues or t.is_title:
                    continue
                if self.clause_after(sent, start, t, entry) or self.clause_before(sent, start, t, entry):
                    continue

    def add(self, spans, kind, cue, speaker, sent: Span, confidence: float = CONF_RULES) -> None:
        self.found.append(Found(quote=spans, kind=kind, cue=cue, speaker_mention=speaker,
                                frame=(sent.start_char, sent.end_char), unattributed=not speaker,
                                confidence=confidence))

    def clause_end(self, sent: Span, k: int) -> int:
        """Last token of a clause starting at k: before ', saying' / 'and said' or the sentence end."""
        j = k
        while j < sent.end - 1:
            nxt = self.doc[j + 1]
            if nxt.text == ";" or (nxt.text == "," and j + 2 < sent.end and self.doc[j + 2].lower_ in ("and", "but")):
                break  # '..., and the union has demanded ...': another clause
            if nxt.text in ",;" or nxt.lower_ in ("and", "but"):
                after = self.doc[j + 2] if j + 2 < sent.end else None
                if after is not None and self.cue_entry(after) and not self.in_quote(after):
                    break
            if self.cue_entry(nxt) and nxt.lower_.endswith("ing") and self.doc[j].text == ",":
                break
            j += 1
        return j

    def clause_after(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'SPEAKER said (that) CLAUSE.', 'SPEAKER told reporters (that) CLAUSE.' and, for
        reported-speech verbs, 'SPEAKER rejected the claim.' (the clause with its speaker)."""
        speaker = self.speaker_left(cue.i, start)
        if speaker is None:
            return False
        k = cue.i + (2 if entry.particle else 1)
        if k >= sent.end - 1:
            return False
        # a short time or place phrase before 'that': 'said on Tuesday that'
        reach = 12 if entry.lemma == "tell" or self.doc[k].lower_ in _PREPOSITIONS else 5
        that = next((m for m in range(k, min(k + reach, sent.end)) if self.doc[m].lower_ == "that"), None)
        if that is not None and all(self.doc[m].text not in ",;:()" and not _by_form().get(self.doc[m].lower_)
                                    and self.doc[m].lower_ not in _CONNECTIVES for m in range(k, that)):
            k = that
        else:
            while k < sent.end - 1 and self.doc[k].lower_ in _TIME_WORDS:
                k += 1
            if entry.lemma == "tell":  # the addressee: 'told reporters', 'told the Gazette'
                first = k
                while k < sent.end - 1 and (self.doc[k].lower_ in _DETS or self.doc[k].is_title):
                    k += 1
                if k == first:
                    k += 1  # 'told reporters'
        if k >= sent.end - 1 or self.doc[k].is_punct and self.doc[k].text not in QUOTE_CHARS:
            return False  # 'said Friday, as officials ...': no clause follows
        nxt = self.doc[k]
        cue_span = [self.cue_span(cue, entry)]
        end = self.clause_end(sent, k)
        # a clause, not an object: 'that ...', or a finite verb group early on ('the talks had stalled')
        is_clause = nxt.lower_ == "that" or any(
            t.lower_ in _AUX or (entry.kind == "indirect" and t.is_lower and t.lower_.endswith("ed") and len(t) > 4)
            for t in self.doc[k : min(end + 1, k + 7)])
        if entry.kind in ("reported", "describe") and not is_clause:
            return self.reported_clause(sent, start, cue, entry, speaker)
        if not is_clause:
            return False
        span = _trim(self.doc, k, end)
        if span is None or end - k < 2:
            return False
        quoted = self.quotes_inside(span[0], span[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "partial" if quoted else "indirect", cue_span, [speaker], sent)
        return True

    def reported_clause(self, sent: Span, start: int, cue: Token, entry: CueEntry, speaker) -> bool:
        """'The union rejected the offer.': the clause, speaker included, when the speaker opens
        the sentence or its clause ('In a statement, the office ...', 'after she accused ...');
        'X said ... and threatened action': from the verb on."""
        end = self.clause_end(sent, cue.i)
        if self.doc[cue.i - 1].lower_ in ("not", "n't", "n’t", "never"):
            return False  # 'would not confirm the details'
        rest = []
        for t in self.doc[cue.i + 1 : end + 1]:
            if t.text in ",;":
                break
            rest.append(t)
        if all(t.is_punct or t.lower_ in _TIME_WORDS | {"on", "in", "at"} for t in rest):
            return False  # 'the carmaker announced on Wednesday,': no object, the clause is before
        quoted = [i for i, q in enumerate(self.quotes) if cue.idx < q.open_mark and q.close_mark <= self.doc[end].idx]
        if entry.kind == "describe" and not quoted and not any(t.lower_ == "as" for t in self.doc[cue.i : end + 1]):
            return False  # 'called a meeting' is not speech; 'called the plan "a farce"', 'described it as' are
        head = self.text[self.doc[start].idx : speaker[0]]
        shared = self.doc[cue.i - 1].lower_ in _CONNECTIVES or (
            self.doc[cue.i - 1].text == "," and cue.lower_.endswith("ing"))
        opens = not head.strip() or head.rstrip().endswith(",") or (
            head.split() and head.split()[-1].lower() in _SUBORDINATORS)
        if shared:
            b = cue.i
        elif opens:
            b = self.doc.char_span(speaker[0], speaker[1], alignment_mode="expand").start
        else:
            return False
        span = _trim(self.doc, b, end)
        if span is None or end <= cue.i:
            return False
        if REPORTED_FROM_VERB and not shared:
            span = _from_verb(self.text, span, cue.idx, self.cue_span(cue, entry)[1])
        self.used_quotes.update(quoted)
        self.used_cues.add(cue.i)
        self.add([span], "reported", [self.cue_span(cue, entry)], [speaker], sent, CONF_RULES * 0.8)
        return True

    def clause_before(self, sent: Span, start: int, cue: Token, entry: CueEntry) -> bool:
        """'CLAUSE, SPEAKER said.' — the cue closes the sentence."""
        rest = []
        for t in self.doc[cue.i + 1 : sent.end]:
            if t.text in ",;":
                break  # ', accusing ...' / ', as officials urged ...' is another clause
            if not t.is_punct:
                rest.append(t)
        addressee = entry.lemma == "tell"  # '..., two delegates told Wire.'
        if entry.kind not in ("indirect", "reported") or len(rest) > 4 or (
                rest and not addressee and rest[0].lower_ not in _TIME_WORDS | _PREPOSITIONS) or any(
                self.in_quote(t) for t in self.doc[start : cue.i]):
            return False
        speaker = self.speaker_left(cue.i, start)
        if speaker is None or self.text[speaker[1] : cue.idx].strip():
            return False  # 'CLAUSE, he said.', not 'he would appeal.'
        comma = max((t.i for t in self.doc[start : cue.i] if t.text == "," and t.idx < speaker[0]), default=None)
        if comma is None or comma <= start + 2:
            return False
        span = _trim(self.doc, start, comma - 1)
        if span is None:
            return False
        self.used_cues.add(cue.i)
        self.add([span], "indirect", [self.cue_span(cue, entry)], [speaker], sent)
        return True

    def according_to(self, sent: Span, tok: Token) -> None:
        to = self.doc[tok.i + 1]
        k = to.i + 1
        while k < sent.end and not (self.doc[k].is_punct and self.doc[k].text in ",.;"):
            k += 1
        if k == to.i + 1:
            return
        speaker = _trim(self.doc, to.i + 1, k - 1)
        spans = self.worded_spans([(self.sent_start(sent), tok.i - 1), (k + 1, sent.end - 1)])
        if spans and speaker:
            self.add(spans, "indirect", [(tok.idx, to.idx + len(to))], [speaker], sent)
