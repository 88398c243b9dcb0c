"""Stage 2, the German language layer: who said what, in quotation marks or not.

    analyse(text) -> Analysis(statements=[Found], mentions=[Mention], tokens)

On the blank German pipeline with HanTa tags (nlp.py, tagger.py) and the cue lexicon
(cues.py), per sentence:

  direct         «…», sagte Putin.   Kuleba erklärte: «…»   a quote after a statement (same speaker)
  partial        Scholz sprach von einem «guten Zeichen».   (a short quote inside a cue sentence)
  indirect       Steinmeier erklärte, man wisse noch nicht, ob …   Er sagte, dass …
                 …, sagte Rutan.   …, so die FIFA.   Laut X / X zufolge / nach Angaben X …
                 A sei …, sagte X, doch müsse …  (both pieces, continuation.py)
                 Wie die Polizei mitteilte, …   Demnach …   …, hieß es (unattributed)
  reported       Scholz verwies auf einen großen Spielraum.  (cue verb with an object, no clause)
  free_indirect  Konjunktiv or "soll(en)" sentences right after a statement: its speaker.
  reported       Das Nein von Bürgermeisterin X zur Seilbahn …  (a position noun's owner: holders.py)

Quote spans follow the annotators of the shared Wikinews set: an indirect quote is the
content clause ("dass" included, frame excluded; discontinuous around a frame in the middle),
a reported statement is the whole sentence, a free indirect one the sentence (consecutive
sentences of one passage are one statement with several pieces).

speaker_mention is where the speaker stands in the frame ("er", "Präsident Wladimir Putin");
a free indirect statement carries the mention of the statement it continues. Two spans where
the frame names the speaker twice: the actor first (resolved by extract/actors/), then what
annotators mark ("Jimmy Carter, der …, sagte": the antecedent, then "der"; "Russland begann
nach eigenen Angaben": "Russland", then "eigenen Angaben"). Unattributed statements ("hieß
es", agentless passives, "Demnach") keep the source phrase, if any, for display but get no actor.

The modules, in the order ``analyse`` runs them: article.py (the tagged article: tokens.py,
with the noun phrases of phrases.py and the subjects of subject.py), direct.py, interviews.py,
indirect.py with sources.py and continuation.py, free.py, holders.py (positions a position noun's owner
holds: "Die Unterstützung des Verbands für X"), mentions.py; names.py and datelines.py prepare the tokens.
This folder never imports extract/en/.
"""
from __future__ import annotations

from ..model import Analysis
from .article import Article
from .cues import load_cues
from .direct import direct_quotes
from .free import free_indirect
from .holders import owned_positions
from .indirect import sentence_rules
from .interviews import drop_questions, interview_answers
from .mentions import described_body_mentions, name_mentions, subject_mentions


def analyse(text: str) -> Analysis:
    """Clean German text in (offsets as in extract_article's text), its statements (quote, cue and
    speaker spans), name and subject mentions, token count and quotation marks out."""
    art = Article(text, load_cues())
    if not art.toks:
        return Analysis(statements=[], mentions=[], tokens=0, quotes=[(q.open_mark, q.close_mark) for q in art.quotes])
    direct_quotes(art)
    interview = interview_answers(art)
    sentence_rules(art)
    free_indirect(art)
    owned_positions(art)
    drop_questions(art, interview)
    art.found.sort(key=lambda f: f.quote[0])
    seen: set[tuple] = set()
    unique = []
    for f in art.found:
        key = tuple(f.quote)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    art.found = unique
    mentions = name_mentions(art) + art.mentions + subject_mentions(art) + described_body_mentions(art)
    mentions.sort(key=lambda m: m.span)
    quotes = [(q.open_mark, q.close_mark) for q in art.quotes]
    return Analysis(statements=art.found, mentions=mentions, tokens=art.tokens, quotes=quotes)
