"""The English rules on the blank pipeline: the same patterns as rules over word shapes. Speakers
are in blank_speakers.py, the clause rules in blank_clauses.py."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Found
from ..quotes import Quote
from .base import CONF_RULES, _Base, _top_level
from .blank_clauses import BlankClauses
from .blank_speakers import BlankSpeakers
from .blank_words import _AUX, _DETS
from .cues import CueEntry, _by_form, _by_lemma


class BlankRules(BlankSpeakers, BlankClauses, _Base):
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
