"""A speech frame inserted into reported speech and the clause that goes on after it:

    Die Lage sei ernst, sagte Ministerin X, doch müsse der Bund die Kosten tragen.
    Der Plan sei zu teuer, räumte Y ein, und die Kosten würden weiter steigen.

Both clauses are the speaker's words: one statement in two pieces around the frame. The clause
after the frame continues the speech when it is a main clause (its finite verb first or second,
after a conjunction or adverb like "doch", "denn", "zudem", "allerdings") in the same mood: after
content in the Konjunktiv an indicative main clause is the narrator again ("…, sagte X, doch
wenige Tage später sperrte die Stadt die Brücke"), unless its verb is a new speech verb of the
same speaker ("…, sagte X, und fügte hinzu, …").
"""
from __future__ import annotations

from ..model import Span
from .tokens import BREAKS, CONTENT_OPENERS, RELATIVE, SUBORDINATORS, zu_verb

# a main clause's finite verb stands within the first few words after the comma:
# ", doch müsse" (1), ", und die Kosten würden" (3), ", ein Gegenvorschlag werde aber" (2)
MAX_PREFIELD = 5
# a verbless stretch between commas after the frame (the speaker's name in apposition, a place,
# a time: "sagte der Sprecher der Reederei, Fiete Hansen, zudem …") is still the frame
MAX_APPOSITION = 8
MAX_RELATIVE = 16


def after_frame(art, k: int, e: int) -> int:
    """From the comma k after the speaker, over verbless appositions and a relative clause on the
    speaker to the comma that closes the frame (k itself when the next stretch is a clause)."""
    toks = art.toks
    while True:
        j = k + 1
        while j < e and toks[j].text not in BREAKS and toks[j].quote < 0:
            j += 1
        fins = [t for t in toks[k + 1:j] if "FIN" in t.tag]
        # a relative clause on the speaker, its verb last: ", die seit 2019 im Amt ist,"
        relative = k + 2 < j and toks[k + 1].low in RELATIVE and toks[k + 2].tag not in ("NN", "NE", "ADJ(A)") \
            and fins == [toks[j - 1]]  # (not a clause with its subject: ", die Kosten stiegen,")
        if j < e and toks[j].text == "," and (not fins and j - k <= MAX_APPOSITION or relative and j - k <= MAX_RELATIVE):
            k = j
            continue
        return k


def continued_speech(art, k: int, left: Span | None, s: int, e: int) -> Span | None:
    """The piece after the frame that closes with the comma k, when it goes on with the speaker's
    words (see the module doc), else None. ``left`` is the piece before the frame."""
    toks = art.toks
    k = after_frame(art, k, e)
    b = k + 1
    if b >= e or toks[k].text != ",":
        return None
    if toks[b].quote >= 0:  # a quotation after the frame (as before: any clause)
        return art.content_span(b, e) if any("FIN" in t.tag for t in toks[b:e]) else None
    if toks[b].low in SUBORDINATORS or toks[b].low in CONTENT_OPENERS or toks[b].tag in ("PRELS", "PRELAT"):
        return None  # the frame's own reason or relative clause: ", weil …", ", die …"
    end = b
    while end < e and toks[end].text not in BREAKS:
        end += 1
    fin = next((j for j in range(b, end) if "FIN" in toks[j].tag and toks[j].quote < 0), None)
    if fin is None or fin - b > MAX_PREFIELD:
        return None  # the adverbials after the frame ("…, am Montag"), no clause
    reported = left is not None and any(t.konj and "FIN" in t.tag for t in toks[s:e] if left[0] <= t.b < left[1])
    if reported and not any(t.konj for t in toks[b:end]) and not art.verb_cue(fin, s, e):
        return None  # the narrator again: an indicative main clause after Konjunktiv content
    return art.content_span(b, e)


def continues(art, c: int, s: int, framed: int, e: int) -> bool:
    """Whether the clause at c after an inserted frame goes on with the reported speech before
    it rather than being the frame's own content: the piece before the frame is a main clause
    in the Konjunktiv (its finite verb in the sentence's first clause), and the clause at c
    is no content clause of its own (", dass …", ", ob …", "…, zu …")."""
    toks = art.toks
    first = next((k for k in range(s, framed) if toks[k].text in BREAKS and toks[k].quote < 0), framed)
    if not any(t.konj and "FIN" in t.tag and t.quote < 0 for t in toks[s:first]):
        return False
    return toks[c].low not in CONTENT_OPENERS and not any(t.tag == "VV(IZU)" or zu_verb(toks, t.i) for t in toks[c:e])
