"""The speaker of a German cue verb: its subject (before or after the verb), an apposed name, an
abstract object that stands first."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..actors import firstnames, is_institution_word, lexicon, role_word
from ..actors.inflection import gender_of
from ..actors.lexicon import word_set
from ..actors.words import LEGAL_FORMS, PAIR_REFERENCES, PARTY_ASIDE
from ..model import Span
from .datelines import agencies
from .names import ACADEMIC_TITLES
from .names import PARTICLES as NAMES_PARTICLES
from .names import particles_end
from .nlp import analyse_word
from .tokens import (
    BREAKS,
    DETERMINERS,
    GENITIVE,
    HABEN_AUX,
    LASSEN,
    LEADING_PARTICLES,
    NOMINAL_TAGS,
    NOUN_ENDINGS,
    OBJECT_DETERMINERS,
    PASSIVE_AUX,
    PERSON_PRONOUNS,
    QUOTE_CHARS,
    RELATIVE,
    SENT_PUNCT,
    SKIP_AFTER_VERB,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    fronted_subordinate,
    in_quoted_name,
    opens_relative,
)

if TYPE_CHECKING:
    from .article import Article

# what counts time or measure before a time noun, and what follows one ("Drei Tage", "Stunden später")
QUANTIFIERS = {"ein", "eine", "einen", "einem", "einer", "wenige", "wenigen", "einige", "einigen", "mehrere",
               "mehreren", "viele", "vielen", "halb", "halbe", "halben", "anderthalb", "eineinhalb", "knapp", "rund",
               "gut", "etwa", "fast", "kaum", "nur", "erst", "bereits", "schon", "jede", "jeden", "jedes", "zwei",
               "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "hundert",
               "diese", "dieses", "diesem", "dieser", "vergangene", "vergangenen", "letzte", "letzten", "kommende",
               "kommenden", "nächste", "nächsten", "ganze", "ganzen"}
TIME_AFTER = {"später", "danach", "darauf", "zuvor", "vorher", "früher", "lang", "nach", "vor", "seit", "hindurch",
              "zurück", "her"}

# tags of words that open a noun phrase like an article ("am", "unserer", "dieser", "mehrerer")
ARTICLE_TAGS = ("ART", "APPRART", "PPOSAT", "PDAT", "PIAT")

# the possessive that makes a person a body's own: "Der Verband und sein Präsident …", "… um ihren Sprecher …"
MEMBER_POSSESSIVES = frozenset("ihr ihre ihren sein seine seinen dessen deren".split())

# words inside the attributes of a role phrase before its apposed name: "der Präsident des Verbands
# der Museen in Valdoria, Max Muster"
ATTRIBUTE_LINKS = {"in", "im", "am", "für", "von", "vom", "aus", "und", "bei", "beim"}  # "der Betriebsratschef bei X, Uwe Kessler,", "der Grundschule am Lindenplatz"


class Subjects:
    """The subject questions of Article (a mixin: it reads the tokens of the article)."""

    def anchor(self, i: int, s: int) -> tuple[int, bool]:
        """The finite verb a participle / infinitive cue hangs on, and whether it is passive."""
        t, own = self.toks[i], self.clause_start(i, s)
        c = past_apposition(self, own, i, s)  # "hatte die Sprecherin, Lena Vogt, betont", "hat sich X, Chefin des Verbands, gestellt"
        aux = next((k for k in range(i - 1, c - 1, -1)
                    if "FIN" in self.toks[k].tag and self.toks[k].tag.startswith(("VA", "VM"))), None)
        clause_final = i + 1 >= len(self.toks) or self.toks[i + 1].text in BREAKS or c < own
        lassen = next((k for k in range(i - 1, c - 1, -1) if self.toks[k].low in LASSEN), None) \
            if clause_final and t.low.endswith("en") else None
        if lassen is not None:
            return lassen, False  # ("ließ X verlauten": a clause-final "-en" form after "lassen" is its infinitive)
        if "FIN" in t.tag and not (t.low.endswith("t") and aux is not None and clause_final):
            return i, False  # (a clause-final "-t" form after "hat"/"wird" is a participle HanTa read as finite)
        end = i + 1
        while end < len(self.toks) and self.toks[end].text not in BREAKS and end < i + 4:
            end += 1
        participle = "PP" in t.tag or ("INF" not in t.tag and t.low.endswith("t"))  # not "wird sagen" (future)
        passive = participle and any(x.low in PASSIVE_AUX for x in self.toks[c:end])
        for k in range(i - 1, c - 1, -1):
            x = self.toks[k]
            if "FIN" in x.tag and (x.tag.startswith(("VA", "VM")) or "INF" in t.tag and x.low in LASSEN):
                return k, passive  # ("ließ über eine Sprecherin ausrichten": "lassen" carries the infinitive)
        # verb-final clause: the auxiliary follows ("wie er mitgeteilt hatte", "bekannt gegeben wurde")
        return i, passive

    def subject(self, v: int, s: int, e: int) -> Span | None:
        """The subject of the finite verb v (subject_phrase); of a body and its own member, the member."""
        who = with_second_role(self, self.subject_phrase(v, s, e), v, e)
        return speaking_member(self, who, v) or who

    def subject_phrase(self, v: int, s: int, e: int) -> Span | None:
        """The subject of the finite verb v: the prefield noun phrase, else the first noun phrase
        after the verb, else the noun phrase opening the sentence before an apposition."""
        toks = self.toks
        c = self.clause_start(v, s)
        pre = c
        while pre < v and (toks[pre].low in LEADING_PARTICLES):
            pre += 1
        verb_final = v + 1 >= e or toks[v + 1].text in BREAKS or "FIN" in toks[v + 1].tag
        if v > s and (toks[v - 1].low in ("und", "sowie", "aber", "sondern", "doch") or linked_after_comma(self, v, s, e)):
            prev = first_of_verb_list(self, self.coordinated_with(v, s), s, e)
            if prev is not None:
                return verb_first_subject(self, v, prev, who := self.subject(prev, s, e), e) or who
        found, who = self.subject_in_subclause(c, s, v, verb_final)
        if found:
            return who
        if v + 1 < e and toks[v + 1].low in PERSON_PRONOUNS and toks[v + 1].quote < 0 and not (pre < v and toks[pre].low in SUBJECT_PRONOUNS) \
                and not named_prefield(self, pre, v) and not (toks[v + 1].low == "sie" and apposed_role(self, s, v)):
            return self.span(v + 1, v + 2)  # "sagte er", "betonte sie" (not "Erna Pichlmayr kritisierte sie")
        if (apposed := apposed_prefield(self, s, v)) is not None:
            return apposed  # "Der Vorsitzende des Verbands, Michael Knipper, kritisierte …", "…, Max Ulm, hält sie …"
        if (c := relative_before(toks, s, v)) is not None and (apposed := apposed_prefield(self, s, c + 1)) is not None:
            return apposed  # "Der Präsident des Verbands, Ewald Brunnhuber, der … bestätigt worden war, hat …"
        if (pre == s or toks[pre - 1].text in SENT_PUNCT | QUOTE_CHARS | {":"}) and pronominal_end(self, pre, v) == v:
            return self.span(pre, v)  # "Der sagte …", "Die betonte …", "Die beiden warnten …"
        if pre + 1 == v and toks[pre].tag in ("PDS", "PIS", "PDAT", "PIAT") and toks[pre].low not in ("es", "das", "dies", "man"):
            return self.span(pre, v)  # "Diese bestätigte, …", "Beide riefen …"
        if v - 1 > s and toks[v - 1].text == ",":
            # "Jimmy Carter, der als Wahlbeobachter im Land war, sagte …": subject before a relative clause
            st = s
            while st < v and toks[st].low in LEADING_PARTICLES:
                st += 1
            end = self.np_right(st, v) if toks[st].low not in OBJECT_DETERMINERS else None
            if end and end + 2 < v - 1 and toks[end].text == "," and toks[end + 1].low in RELATIVE \
                    and "FIN" in toks[v - 2].tag and not any("FIN" in x.tag for x in toks[end + 1:v - 2]):
                self.relative[self.span(st, end)] = self.span(end + 1, end + 2)
                return self.span(st, end)
        dative = pre + 1 < v and toks[pre].low == "der" and toks[pre + 1].tag == "ADJ(A)" and toks[pre + 1].low.endswith("en")
        temporal = pre < v and (toks[pre].low in TIME_NOUNS or self.measure_phrase(pre, v))  # "Stunden vor dem Besuch …"
        if pre < v and toks[pre].low not in OBJECT_DETERMINERS and not dative and not temporal:
            # the prefield is the subject ("Der ehemaligen Ministerin sagte er" is dative: not it) when it opens with a noun phrase and holds no verb
            end = self.np_right(pre, v)
            if end and not any("FIN" in x.tag and not in_quoted_name(toks, x.i) for x in toks[pre:v]) \
                    and not governed_prefield(toks, pre, end, v):
                if toks[pre].low == "es":
                    return referring_es(self, pre, v, e)
                # ("Eine Sprecherin sagte der Zeitung X": after "ein"/"eine" + noun, "der" + a name is a dative)
                named = toks[pre].low not in ("ein", "eine") and self.named_after_verb(v, e) or speaker_after_object(self, pre, end, v, e)
                if named and not any(x.tag == "NE" for x in toks[pre:end]) and toks[pre].low not in SUBJECT_PRONOUNS \
                        and toks[pre].low != "der":  # ("Ein Ende der Hängepartie forderte die IHK": a thing is no "ein Sprecher")
                    return named  # object first: "Die Anwendung der Regel stellte der Vorsitzende Tomas Vell in Frage"
                if not self.abstract_object_first(pre, end, v, e):
                    return self.span(pre, end)
                # (an abstract noun says nothing: "Die Entwicklung verglich Merkel mit …": the subject follows)
        after = self.subject_after_verb(v, e)
        if after is not None:
            return after
        return self.subject_before_apposition(s, v)

    def main_clause_verb(self, s: int, end: int) -> int | None:
        """The first finite verb from s to end outside a subordinate clause ("Während X von einem
        Sieg sprach, haderte Y: «…»": "haderte"), else the first finite verb at all."""
        fins = [v for v in range(s, end) if self.toks[v].quote < 0 and "FIN" in self.toks[v].tag]
        main = next((v for v in fins if self.toks[self.clause_start(v, s)].low not in SUBORDINATORS
                     and self.toks[self.clause_start(v, s)].tag != "KOUS"), None)
        return main if main is not None else (fins[0] if fins else None)

    def measure_phrase(self, pre: int, v: int) -> bool:
        """The prefield is a time or measure phrase, never the subject: a time noun
        (data/time_nouns_de.txt) after a numeral or quantifier ("Drei Tage nach dem Brand", "Wenige
        Stunden später") or before a time adverb ("Wochen zuvor"). A time noun alone may be a name
        or a body ("Sommer", "Die Zeit"), so it needs one of the two."""
        toks, k = self.toks, pre
        while k < v and (toks[k].tag == "CARD" or toks[k].low in QUANTIFIERS or toks[k].tag == "ADJ(A)"):
            k += 1
        if k >= v or toks[k].low not in word_set("time_nouns_de.txt"):
            return False
        counted = any(t.tag == "CARD" or t.low in QUANTIFIERS for t in toks[pre:k])
        return counted or k + 1 < v and toks[k + 1].low in TIME_AFTER

    def coordinated_with(self, v: int, s: int) -> int | None:
        """The main-clause verb that "und <v>" is coordinated with: "biss der Randalierer … und rief",
        not the verb of a subordinate clause ("Als … eilte,") or of reported content ("Europa brauche")."""
        toks = self.toks
        return next((k for k in range(v - 2, s - 1, -1) if "FIN" in toks[k].tag and toks[k].quote < 0
                     and not toks[k].konj and toks[self.clause_start(k, s)].low not in SUBORDINATORS), None)

    def subject_before_apposition(self, s: int, v: int) -> Span | None:
        """The noun phrase opening the sentence when an apposition stands between it and the
        verb v."""
        toks = self.toks
        if toks[v - 1].text == "," and v - 1 > s:
            # "Ahmad Nuristani, der Vorsitzende der Wahlkommission, sagte …"
            st = s
            while st < v and toks[st].low in LEADING_PARTICLES:
                st += 1
            end = self.np_right(st, v)
            if end and toks[end].text in {",", "("} and toks[st].low not in OBJECT_DETERMINERS:
                return self.span(st, end)
        return None

    def subject_in_subclause(self, c: int, s: int, v: int, verb_final: bool) -> tuple[bool, Span | None]:
        """The subject when the clause of v starting at c is a relative or verb-final clause:
        (whether it is one, its subject or None)."""
        toks = self.toks
        if c > s and c < v and toks[c - 1].text == "," and toks[c].low in ("die", "das", "den") and verb_final \
                and toks[c].tag in ("ART", "PRELS", "PDS") and c + 1 < v and toks[c + 1].tag == "NE":
            # an object relative pronoun with its own named subject: "die Marke, die Tomas Vell … erklärt hatte"
            end = self.np_right(c + 1, v)
            if end:
                return True, self.span(c + 1, end)
        if c > s and c < v and toks[c - 1].text == "," and toks[c].low in ("der", "die", "welcher", "welche") \
                and toks[c].tag in ("ART", "PRELS", "PDS") and verb_final and not article_subject(self, c, s, v):
            # a relative clause: "Jimmy Carter, der … war, sagte" / "…, die auch angab, dass"
            start = self.np_left(c - 1, s)
            if start is not None:
                antecedent = self.span(start, c - 1)
                self.relative[antecedent] = self.span(c, c + 1)  # annotators mark the pronoun
                return True, antecedent
            return True, None
        if toks[c].low in SUBORDINATORS | {"wie"} and c < v and verb_final \
                and (opens_subclause(toks, c, s) or c == s and fronted_subordinate(toks, c, v)):
            # (a sentence opening with "Da …, " that HanTa reads as an adverb: the clause shape decides)
            # verb-final clause: "wie die Polizei mitteilte", "als er sagte"
            end = self.np_right(c + 1, v)
            return True, self.span(c + 1, end) if end else None
        return False, None

    def subject_after_verb(self, v: int, e: int) -> Span | None:
        """The first noun phrase after the verb v, past adverbs and short adverbials ("sagte am
        Montag der Minister")."""
        toks = self.toks
        k = self.middle_field(v + 1, e)
        if k < e and toks[k].low == "es" and toks[k].quote < 0 and (after := subject_after_es(self, v, k, e)) is not None:
            return after  # "Ausdrücklich begrüßte es die Kammer, dass …": "es" is the object, the subject follows
        quoted_name = toks[k].text in QUOTE_CHARS and k + 1 < e and toks[k + 1].cap if k < e else False
        if k < e and (toks[k].quote < 0 or quoted_name) and toks[k].low not in OBJECT_DETERMINERS and toks[k].low != "es" \
                and toks[k].tag not in ("APPR", "APPRART"):
            if (end := pronominal_end(self, k, e)) is not None:
                return self.span(k, end)  # "…, sagte der am Montag.", "…, erklärten beide der Zeitung X."
            end = self.np_right(k, e)
            if end is None and (start := self.attributed_start(k, e)) is not None:
                k = start  # (the mention starts at the participle: its PP names no one)
                end = self.np_right(k, e)
            if end and toks[k].low == "der" and k > v + 1 and toks[k - 1].tag in ("NN", "NE") \
                    and (later := inverted_speaker(self, v, e)) is not None and later[0] > toks[k].b:
                return later  # a genitive of the adverbial before, no subject: "betonte bei der Präsentation
                # der Quartalszahlen in Graz am Mittwoch AMS-Chefin X": the one named after it
            if end:
                return self.with_apposed_name(k, end, e)
        if k < e and toks[k].tag in ("APPR", "APPRART"):
            return name_closing_clause(self, k, e)
        return None

    def middle_field(self, k: int, e: int) -> int:
        """The first token after the adverbs, time phrases and short prepositional phrases that
        stand between a finite verb and an inverted subject ("forderte am Freitag in Valdoria die
        …", "übte dagegen auch die …", "sagte am Rande einer Konferenz der …")."""
        for _ in range(6):
            if k >= e or particles_end(self.toks, k, e) is not None or (m := adjunct_end(self, k, e)) is None:
                return k
            k = m
        return k

    def attributed_start(self, k: int, e: int) -> int | None:
        """"der seit 2019 amtierende Bürgermeister", "die in Valdoria geborene Sängerin": an
        article, a prepositional phrase (or adverbs) inside the noun phrase, then the participle
        or adjective and its noun: where that adjective starts, or None."""
        toks = self.toks
        if toks[k].tag != "ART" or k + 1 >= e:
            return None
        j = self.middle_field(k + 1, e)
        if j == k + 1 or j >= e or toks[j].tag != "ADJ(A)" or toks[j].cap or self.np_right(j, e) is None:
            return None
        return j

    def with_apposed_name(self, k: int, end: int, e: int) -> Span:
        """The noun phrase k..end, with the name in apposition after it when there is one
        ("der Präsident des Verbands, Max Muster"); the name is kept apart (self.apposed): it
        resolves the actor, the role phrase before the comma gives the role."""
        named = apposed_name_end(self, end, e)
        if named is None:
            return self.span(k, end)
        comma = next(x for x in range(named - 1, end - 1, -1) if self.toks[x].text == ",")
        self.apposed[self.span(k, named)] = self.span(comma + 1, named)
        return self.span(k, named)

    def abstract_object_first(self, pre: int, end: int, v: int, e: int) -> bool:
        """"Die Äußerungen Hassemers bezeichnete Wiefelspütz als …": the prefield's head is an abstract
        noun (-ung, -tion, -sion …, not a body like "die Regierung") and a name (or "Ministerin X") follows
        the verb; then the prefield is the object and the name the subject."""
        head = next((t for t in self.toks[pre:end] if t.cap and t.tag in ("NN", "NE")), None)
        if head is None or head.tag == "NE" or not abstract_noun(head.low) or is_institution_word(head.text, "de"):
            return False
        k = v + 1
        while k < e and (self.toks[k].tag in ("ADV", "ADJ(D)") and not self.toks[k].cap):
            k += 1
        return k < e and self.toks[k].quote < 0 and (self.toks[k].tag == "NE" or self.toks[k].low in ("er", "sie")
                                                    or self.toks[k].low == "der" and k + 1 < e and self.toks[k + 1].cap
                                                    or _is_role(self.toks[k]) and k + 1 < e and self.toks[k + 1].tag == "NE")

    def named_after_verb(self, v: int, e: int) -> Span | None:
        """"der Vorsitzende Tomas Vell" right after the verb (adverbs skipped): "der" + nouns + a name,
        a nominative that makes the prefield an object."""
        toks = self.toks
        k = v + 1
        while k < e and toks[k].tag in ("ADV", "ADJ(D)") and not toks[k].cap:
            k += 1
        if k >= e or toks[k].low != "der" or toks[k].quote >= 0:
            return None
        end = self.np_right(k, e)
        if not end or not any(x.tag == "NE" for x in toks[k + 1:end]) or toks[k + 1].tag == "NE":
            return None
        return self.span(k, end)


def inverted_speaker(art: Article, fin: int, e: int) -> Span | None:
    """Verb second with an object, a participle or an adverbial first ("Bestätigt hat das am
    Montag ihr Anwalt X", "Widersprochen hat dem Plan der Landrat Y", "Das sagte am Mittwoch
    Ministerin Z"): the first noun phrase after the finite verb fin that names someone, past the
    middle field's adverbials, pronoun objects ("das", "ihr", "ihm") and object noun phrases
    that name a thing ("die Erhöhung", "dieser Darstellung"), with a name in apposition; a
    passive's "von" agent is read by the caller. None when no one is named before the clause ends."""
    toks = art.toks
    k = fin + 1
    for _ in range(6):
        k = art.middle_field(k, e)
        if k + 2 < e and toks[k].tag == "APPR" and (toks[k + 1].tag == "PIS" or toks[k + 1].tag == "PIAT"
                                                   and not art.is_nominal(toks[k + 2])):
            k += 2  # "vor allem", "unter anderem": a preposition with a pronoun is an adverbial
            continue
        if k >= e or toks[k].quote >= 0 or toks[k].text in BREAKS or toks[k].tag in ("APPR", "APPRART") \
                or "FIN" in toks[k].tag:
            return None
        if toks[k].low in NOMINATIVE_PRONOUNS:
            return art.span(k, k + 1)  # "Gleichzeitig vermutet er hinter den Ausschreitungen eine Organisation"
        nominal_next = k + 1 < e and art.is_nominal(toks[k + 1])
        if toks[k].low in OBJECT_PRONOUNS and not (toks[k].low in ("ihr", "ihre") and nominal_next):
            k += 1  # "das", "ihr", "ihnen": an object pronoun ("ihr Anwalt" is a possessive)
            continue
        end = art.np_right(k, e)
        if end is None or end <= k:
            return None
        head = next((t for t in toks[k:end] if t.cap and t.tag in ("NN", "NE") and not place_adjective(toks, t.i, end)), None)
        if head is not None and (head.tag == "NE" or _person_or_body(head)) and toks[k].low not in OBJECT_DETERMINERS \
                and toks[k].low not in ("des", "eines"):
            return art.with_apposed_name(k, end, e)
        k = end  # (an object that names a thing: the subject follows it)
    return None


# how long a prefield of manner words may be ("Anders", "Ganz anders"); "Weit weniger gelassen" is three
# words but not read yet: "weniger" before another manner word is no manner word (round-23 reread)
MANNER_PREFIELD = 3


def verb_second_frame(art: Article, v: int, s: int, e: int) -> tuple[int, bool, Span | None] | None:
    """One reading of a verb-second frame whose prefield is not its subject, for every path (direct,
    colon, indirect): (finite verb, passive, speaker), or None when the prefield may be the subject.
    The prefield (v the cue or the finite verb after it) is
      - a participle, manner words before it ("Bestätigt hat das am Montag ihr Anwalt X",
        "Eindringlich gewarnt hatte …"): its auxiliary is the finite verb; with "wurde" the passive's
        "von" agent speaks ("Zurückgewiesen wurde die Drohung von Landesrat X: …");
      - "zu" and an infinitive of the verb's phrase, manner words before it ("Zu bedenken gab Stadtrat
        X, dass …", "Deutlich zu verstehen gab die Kammer, dass …");
      - manner words only, adverbs or adjectives ("Anders sah es X", "Ganz anders sieht es X"), or "so"
        alone after a quotation ("«…», so hatte es X formuliert");
      - a bare infinitive before a modal ("Bestätigen wollte Finanzchefin X nur so viel: …");
      - a pronoun pointing back, when someone is named after the verb ("Das sagte am Mittwoch an einer
        Medienkonferenz des Verbands dessen Präsidentin X", "Davor warnte X").
    The speaker then is the first noun phrase after the finite verb that names someone, past the
    middle field, object pronouns and objects that name a thing, with its apposed name (inverted_speaker)."""
    toks = art.toks
    fin = v + 1 if v + 1 < e and "FIN" in toks[v + 1].tag and (
        fronted_participle_form(toks[v]) and toks[v + 1].tag.startswith("VA")
        or modal_verb(toks[v + 1]) and fronted_infinitive_form(toks[v])) else v
    if "FIN" not in toks[fin].tag or toks[fin].quote >= 0:
        return None
    c = start = art.clause_start(fin, s)
    while c < fin and toks[c].low in LEADING_PARTICLES:
        c += 1
    # a quotation right before the clause or its colon right after it: "es" stands for those words
    # ("«…», so hatte es X formuliert", "Anders sieht es X: …"), as it does after "so" opening the
    # sentence ("So sah es X."; not the "so" after a condition: "Sollten sie …, so gebe es …")
    after_quote = start > 0 and (toks[start - 1].text in QUOTE_CHARS or start > 1 and toks[start - 2].text in QUOTE_CHARS
                                 and toks[start - 1].text in (",", "–", "—", "-"))
    quoted = e < len(toks) and toks[e].text == ":" or after_quote
    so_alone = fin == start + 1 and toks[start].low == "so" and (start == s or after_quote)
    pre = toks[c:fin] or (toks[start:fin] if so_alone else [])
    if not pre or any(t.quote >= 0 for t in pre):
        return None
    participle = fronted_participle_form(pre[-1]) and (toks[fin].low in PASSIVE_AUX or toks[fin].low in HABEN_AUX) \
        and all(manner_word(t) for t in pre[:-1])
    infinitive = len(pre) >= 2 and pre[-2].low == "zu" and pre[-1].text.islower() and pre[-1].text.isalpha() \
        and all(manner_word(t) for t in pre[:-2])
    bare_infinitive = infinitive_before_modal(pre, toks[fin])
    # (an inflected or comparative adjective right before the verb has no noun: it says how, "Etwas vorsichtiger")
    manner = len(pre) <= MANNER_PREFIELD and all(manner_word(t) or adjective_form(t) for t in pre) \
        and not any(t.tag == "PTKNEG" for t in pre)
    # "Das sagte am Mittwoch … dessen Präsidentin X", "Davor warnte X": a pronoun pointing back is the object
    back = len(pre) == 1 and (pre[0].low in ("das", "dies") or pre[0].tag == "PROAV")
    if not (participle or infinitive or bare_infinitive or manner or back):
        return None
    if manner and fin + 1 < e and toks[fin + 1].low == "es" and not quoted and not so_alone:
        return None  # (else "es" may be the subject: "Zugleich beschuldigte es die Gewerkschaft, …": the plain reading)
    if participle and toks[fin].low in PASSIVE_AUX:
        return fin, True, art.passive_agent(fin + 1, e)
    who = inverted_speaker(art, fin, e)
    if back or bare_infinitive:  # (else the prefield is the subject: "Das zeigt, dass …", "Rauchen kann tödlich sein")
        who = who or (art.subject_after_verb(fin, e) if bare_infinitive else None)  # ("Versichern konnte Inhaber X")
        return (fin, False, who) if who is not None else None
    if who is None:
        k = fin + 1 if fin + 2 < e and toks[fin + 1].low in ("das", "dies", "es") and (
            toks[fin + 2].low in DETERMINERS or not participle) else fin
        who = art.subject_after_verb(k, e)
    return fin, False, who


def frame_subject(art: Article, v: int, s: int, e: int) -> Span | None:
    """The speaker of the verb v in s..e: verb_second_frame's where it reads the prefield as no subject
    (a passive's "von" agent, or none: "Begrüßt wurde das von X: …", "Ganz anders sieht es X: …"),
    else the subject of the finite verb v is or hangs on (Article.anchor); of a passive, the one it
    quotes or its "von" agent ("Die Drohung wurde von X zurückgewiesen: «…»")."""
    inverted = verb_second_frame(art, v, s, e)
    if inverted is not None and (inverted[1] or inverted[2]):
        return inverted[2]
    a, passive = art.anchor(v, s)
    return (art.passive_speaker(v, a, s, e) or art.passive_agent(s, e)) if passive else art.subject(a, s, e)


def reaction_from(art: Article, s: int, v: int, k: int) -> Span | None:
    """The "von" phrase after a reaction noun before the colon at k ("Unterstützung bekam sie von
    X", "Lob erhielt er vom Verband"): whom the reaction, and so the statement, comes from."""
    toks = art.toks
    r = next((i for i in range(s, k) if toks[i].cap and toks[i].low in art.cues.reactions and toks[i].quote < 0), None)
    return von_phrase(art, max(r, v), k) if r is not None else None


def von_phrase(art: Article, b: int, e: int) -> Span | None:
    """The noun phrase (with an apposed name) after the first "von"/"vom" outside quotes in b..e."""
    f = next((i for i in range(b, e) if art.toks[i].low in ("von", "vom") and art.toks[i].quote < 0), None)
    end = art.np_right(f + 1, e) if f is not None else None
    return art.with_apposed_name(f + 1, end, e) if end else None


def referring_es(art: Article, pre: int, v: int, e: int) -> Span | None:
    """"Das Landesamt X hat … Es teilte mit, …": "es" alone before a singular verb, with no one named
    after the verb, refers back (the resolver takes a body named "das …" before, else none); not the
    placeholder of a subject that follows ("Es meldete sich auch der Bürgermeister"), nor the
    impersonal "es" of a reflexive verb ("Es zeigte sich, dass …", "Es stellte sich heraus, …") or of
    a cue the lexicon marks unattributed ("Es verlautete, …")."""
    toks = art.toks
    # (a full verb in the indicative: the "es" of "Es werde geschätzt", "Es ist geplant" or of reported
    # content, "Es drohe eine Erderwärmung", is no one's)
    if pre + 1 != v or not toks[v].tag.startswith("VV") or toks[v].konj or toks[v].low.endswith("en") \
            or v + 1 < e and toks[v + 1].low == "sich" \
            or art.cues.sources.get(toks[v].low) == "unattributed" or inverted_speaker(art, v, e) is not None:
        return None
    return art.span(pre, pre + 1)


def manner_word(t) -> bool:
    """A lower-case adverb or adverbial adjective, or one capitalised first in the sentence
    ("Scharf", "Ausdrücklich", "Erneut", "Ganz anders"): it says how or when, never who."""
    return t.tag in ("ADV", "ADJ(D)") and t.quote < 0


def adjective_form(t) -> bool:
    """"Skeptischer", "Gelassener" opening a sentence (HanTa reads an attributive adjective or a
    noun): a comparative or inflected form of a known adjective ("Steinacher", a name, is its own lemma)."""
    if t.tag not in ("ADJ(A)", "NN") or t.quote >= 0:
        return False
    lemma, tag = analyse_word(t.low)
    return tag.startswith("ADJ") and lemma != t.low


def fronted_participle_form(t) -> bool:
    """A participle, or a "-t" form HanTa read as finite: before a finite auxiliary it can only be a
    participle put first ("Verzichtet hat Y auf X": no finite verb stands right before another)."""
    return "PP" in t.tag or t.tag == "VV(FIN)" and t.low.endswith("t")


def infinitive_before_modal(pre: list, fin) -> bool:
    """"Bestätigen wollte X …", "Näher erläutern wollte X das nicht": a bare infinitive (manner words or a
    pronominal adverb before it) put before a finite modal is the modal's complement, not its subject."""
    return modal_verb(fin) and fronted_infinitive_form(pre[-1]) and all(manner_word(t) or t.tag == "PROAV" for t in pre[:-1])


def fronted_infinitive_form(t) -> bool:
    """"Bestätigen", "Sagen", "Ausschliessen" put first (HanTa tags it VV(INF), a noun or a name in
    that place): a word that HanTa reads, alone, as a verb's own infinitive."""
    if t.quote >= 0 or not t.text.isalpha() or not t.low.endswith("n"):
        return False
    if t.tag == "VV(INF)":
        return True
    lemma, tag = analyse_word(t.low)
    return tag.startswith("VV") and lemma.lower().replace("ß", "ss") == t.low.replace("ß", "ss")


# the modal verbs by their lemma: a bare infinitive before one of them is its complement
MODAL_LEMMAS = frozenset("wollen mögen können dürfen sollen müssen".split())


def modal_verb(t) -> bool:
    """A finite form of a modal verb ("wollte", "mochte", "kann"; HanTa may tag "mochte" VV(FIN))."""
    return "FIN" in t.tag and t.quote < 0 and (t.tag.startswith("VM") or analyse_word(t.low)[0] in MODAL_LEMMAS)


def place_adjective(toks: list, i: int, end: int) -> bool:
    """"der Hollacher Landrat", "die Münchner Polizei": a capitalised "-er" word of a place before
    the noun it describes, no head of its own."""
    return toks[i].low.endswith("er") and i + 1 < end and toks[i + 1].cap and toks[i + 1].tag == "NN"


def name_closing_clause(art: Article, k: int, e: int) -> Span | None:
    """An inverted subject after a middle field the phrase reader could not cross (a score, a
    team's name: "gestand nach dem 0:2 gegen den SV Hausen am Samstag in der Kabine Trainerin
    Anna Beispiel."): a name (a role noun before it) that closes the verb's clause, with no
    preposition or article right before it (so not "… gegen den FC Hollerbach")."""
    toks = art.toks
    end = next((m for m in range(k, e) if toks[m].text in BREAKS or toks[m].quote >= 0), e)
    m = end
    while m > k and toks[m - 1].tag == "NE" and toks[m - 1].quote < 0:
        m -= 1
    if m == end or end - m > 3:
        return None
    if m > k and _is_role(toks[m - 1]):
        m -= 1  # "Trainerin Anna Beispiel"
    elif end - m < 2:
        return None  # a lone surname closing the clause may be any noun's
    before = toks[m - 1]
    if m <= k or before.tag in ("APPR", "APPRART", "ART", "PDAT", "PPOSAT", "ADJ(A)") or before.low in DETERMINERS:
        return None
    return art.span(m, end)


# a definite article standing for a noun phrase is a demonstrative pronoun ("Der sagte …", "…, betonte die");
# "beide", "die beiden", "sie beide", "alle beide" refer back to a pair named before (extract/actors resolves both)
DEMONSTRATIVE_ARTICLES = frozenset(("der", "die"))
PAIR_WORDS = frozenset(r.split()[-1] for r in PAIR_REFERENCES["de"])  # "beide", "beiden"
PAIR_OPENERS = frozenset(r.split()[0] for r in PAIR_REFERENCES["de"] if " " in r)  # "die", "sie", "alle"


def pronominal_end(art, k: int, e: int) -> int | None:
    """End of a subject pronoun that HanTa tags as an article or determiner, at k: an article or
    "(die) beiden" with no noun of its own, followed by nothing but adverbials up to the clause end
    (e: the finite verb for a prefield, the clause end after the verb); None for a noun phrase
    ("die beiden Minister", "der Zeitung")."""
    toks = art.toks
    j = k + 1 if toks[k].low in PAIR_OPENERS and k + 1 < e and toks[k + 1].low in PAIR_WORDS else k
    if toks[j].low not in PAIR_WORDS and not (toks[j].low in DEMONSTRATIVE_ARTICLES and toks[j].tag == "ART"):
        return None
    rest = art.middle_field(j + 1, e)
    if rest + 1 < len(toks) and rest < e and toks[rest].tag in ("PTKVZ", "APPR") and toks[rest + 1].text in BREAKS:
        rest += 1  # the verb's particle closes the clause (HanTa may read it as a preposition): "…, kündigten die beiden an."
    return j + 1 if rest >= e or toks[rest].text in BREAKS else None


def first_of_verb_list(art, prev: int | None, s: int, e: int) -> int | None:
    """The verb "und <v>" is coordinated with, walked back over a list of verb phrases: "X kam,
    durchschnitt das Band und erklärte" shares the subject of "kam"; a verb after a comma with a
    speaker of its own after it stops the walk ("…, sagte Landrat Uwe Kessler und fügte hinzu")."""
    while prev is not None and prev - 1 > s and art.toks[prev - 1].text == "," and not own_speaker_after(art, prev, e) \
            and (first := art.coordinated_with(prev, s)) is not None:
        prev = first
    return prev


def linked_after_comma(art, v: int, s: int, e: int) -> bool:
    """"X lobte den Plan, warnte aber …", "…, forderte jedoch …": a verb after a comma that a
    linking adverb right after it joins to the sentence's main verb before, with no speaker of its own."""
    toks = art.toks
    return toks[v - 1].text == "," and v + 1 < e and toks[v + 1].low in VP_LINKS and not own_speaker_after(art, v, e) \
        and (prev := art.coordinated_with(v, s)) is not None and prev == art.main_clause_verb(s, v)


VP_LINKS = {"aber", "jedoch", "allerdings", "zudem", "dann", "anschließend"}


def subject_after_es(art, v: int, k: int, e: int) -> Span | None:
    """The subject after an "es" that stands first in the middle field of the verb v ("Als Fehler
    bezeichnete es der Landrat, dass …", "Für richtig hält es auch der Verband, …", "sah es Köhler
    an"): "es" is the object or the correlate of the content clause, and the noun phrase after it is
    the subject when it names someone (a name, a role, a body); else None ("bestätigte es die
    Meldung": "es" may be the subject, a thing after it the object). Only when the clause shows "es"
    is no subject: a predicative first ("Als …", "Für …") or a ", dass" clause it stands for; else
    "es" may be a body named before, the one after it its object ("Das Gericht … Zudem kritisierte
    es die Stadtverwaltung")."""
    toks = art.toks
    p = v
    while p > 0 and toks[p - 1].text not in BREAKS:
        p -= 1
    j = art.middle_field(k + 1, e)
    if j >= e or toks[j].quote >= 0 or toks[j].low in OBJECT_DETERMINERS or toks[j].tag in ("APPR", "APPRART"):
        return None
    end = art.np_right(j, e)
    if not end:
        return None
    if toks[p].low not in ("als", "für") and not any(toks[i].text == "," and toks[i + 1].low == "dass" and toks[i].quote < 0
                                                      for i in range(end, e - 1)):
        return None
    names = any(t.tag == "NE" or t.cap and _role_or_body(t) for t in toks[j:end])
    return art.with_apposed_name(j, end, e) if names else None


def governed_prefield(toks: list, pre: int, end: int, v: int) -> bool:
    """The noun phrase pre..end of the first field is no subject: a genitive adverbial ("Des Weiteren
    wirft X vor", "Des Öfteren betonte Y"), or the object of a word after it that governs it
    ("Die Frage der Kosten betreffend schloss X nicht aus"); the subject stands after the verb."""
    if toks[pre].low == "des" and end == v and end - pre == 2:
        return True
    # (a participle that governs: "betreffend", "anlangend"; not "Die Ministerin persönlich sagte", nor
    # an adverbial participle after the subject: "Der Landrat abschließend sagte")
    return end == v - 1 and not toks[end].cap and (toks[end].tag == "APPO"
                                                   or toks[end].tag == "ADJ(D)" and toks[end].low in GOVERNING_PARTICIPLES)


GOVERNING_PARTICIPLES = frozenset("betreffend anbetreffend anlangend anbelangend angehend".split())


def apposed_prefield(art, s: int, v: int) -> Span | None:
    """"Der Vorsitzende des Verbands, Michael Knipper, kritisierte …": a noun phrase and its
    apposition (no verb) between commas before the verb v, the subject; else None."""
    toks = art.toks
    if not (v - 1 > s and toks[v - 1].text == ","):
        return None
    st = s
    while st < v and toks[st].low in LEADING_PARTICLES:
        st += 1
    end = art.np_right(st, v)
    if end and toks[st].low not in OBJECT_DETERMINERS and "," in {x.text for x in toks[end:v - 1]} \
            and not any("FIN" in x.tag or x.tag.startswith(("KOUS", "PREL", "PW")) for x in toks[end:v]):
        return art.with_apposed_name(st, end, v)
    return None


def relative_before(toks, s: int, v: int) -> int | None:
    """The comma that opens a relative clause closed by the comma right before the verb v, the clause
    that describes the prefield's phrase ("…, Ewald Brunnhuber, | der am Montag bestätigt worden war, | hat"); else None."""
    if not (v - 1 > s and toks[v - 1].text == ","):
        return None
    c = next((j for j in range(v - 2, s, -1) if toks[j].text == ","), None)
    return c if c is not None and opens_relative(toks, c) else None


def apposed_role(art, s: int, v: int) -> bool:
    """"Der Vorsitzende des Vereins, Max Ulm, hält sie …": the prefield is a role with its name in
    apposition (apposed_prefield), so the subject, and "sie" after the verb its object (not "Die
    Idee des Ministers, Max Ulm, lehnte sie ab": a thing first, "sie" the subject)."""
    who = apposed_prefield(art, s, v)
    st = next((t.i for t in art.toks[s:v] if t.low not in LEADING_PARTICLES and t.tag not in ARTICLE_TAGS), v)
    return who is not None and st < v and art.toks[st].cap and _role_or_body(art.toks[st])


def verb_first_subject(art, v: int, prev: int, who: Span | None, e: int) -> Span | None:
    """"nannte ihn Stadtrat X »…« und kritisierte Stadträtin Y die …": after an inverted clause
    (its subject who after its verb prev), the verb-first clause after "und" at v - 1 has a subject
    of its own after its verb, a speaker with something the verb takes after it; else None."""
    toks = art.toks
    if who is None or who[0] < toks[prev].b or toks[v - 1].tag != "KON" or not own_speaker_after(art, v, e):
        return None
    return object_after_subject(art, art.subject_after_verb(v, e), e)


# a preposition that opens a speech verb's complement ("warnte Y vor …", "sprach Y von …", "rief Y zu …
# auf"), not the reason a person is praised or thanked for ("lobte Y für …", "dankte Y bei …")
COMPLEMENT_PREPOSITIONS = frozenset("vor von vom auf zu zur zum über gegen".split())


def object_after_subject(art, who: Span | None, e: int) -> Span | None:
    """who, when after it the clause goes on with what the verb takes: a quote, an object noun
    phrase, a complement ("…und kritisierte Stadträtin Y die »Baukosten«", "…und warnte Y vor
    …"); else None (a person as the object: "…und lobte Stadtrat Y für seinen Einsatz")."""
    if who is None:
        return None
    k = bisect_left(art.starts, who[1])
    if k >= e:
        return None
    t = art.toks[k]
    return who if t.text in QUOTE_CHARS or t.tag in ("ART", "PPOSAT", "PDAT", "PIAT") or t.text == ":" \
        or t.low in COMPLEMENT_PREPOSITIONS else None


def own_speaker_after(art, v: int, e: int) -> bool:
    """The verb v has a speaker as its own subject after it: a pronoun, or a phrase with a first
    name, a role or a body noun ("…, teilte die Polizei mit und …"; not "…, durchschnitt das Band
    und …", "…, zeigte die neue Mensa und …")."""
    toks = art.toks
    k = art.middle_field(v + 1, e)
    if k < e and toks[k].low in PERSON_PRONOUNS:
        return True
    end = art.np_right(k, e) if k < e else None
    return bool(end) and any(t.low in firstnames() or t.cap and _role_or_body(t) for t in toks[k:end])


def abstract_noun(low: str) -> bool:
    """"Fusion", "Äußerungen", "Subvention": an abstract noun by its ending, singular or plural (not
    the "-en" of "Subvention" read as a plural ending)."""
    return low.endswith(ABSTRACT_ENDINGS) or low.endswith("en") and low[:-2].endswith(ABSTRACT_ENDINGS)


ABSTRACT_ENDINGS = (*NOUN_ENDINGS, "sion")


def opens_subclause(toks: list, c: int, s: int) -> bool:
    """The subordinator at c opens a verb-final clause: tagged as one, or after a comma whatever
    HanTa reads ("…, da sie befürchten, …": "da" as an adverb)."""
    return toks[c].tag in ("KOUS", "PWAV", "KOKOM") or c > s and toks[c - 1].text == "," and toks[c].low != "wie"


def past_apposition(art: Article, c: int, i: int, s: int) -> int:
    """The start of the clause before an apposition in commas that ends just before clause start c,
    when the apposition cut token i off from its auxiliary and subject (they stand before it); c
    when there is none. The apposition is a name with nothing but i's own words after it ("hatte
    der Sprecher des Verbands, Max Muster, erklärt"), or any piece opening with a capital and
    without a verb when a clause-final participle follows its comma right away ("Gegen X hat sich
    Anna Beispiel, Chefin des Verbands, gestellt")."""
    toks = art.toks
    if c - 3 <= s or toks[c - 1].text != "," or any("FIN" in x.tag for x in toks[c:i]):
        return c
    b = art.clause_start(c - 1, s)
    if b - 1 <= s or toks[b - 1].text != ",":
        return c
    run = [t for t in toks[b:c - 1] if t.low not in NAMES_PARTICLES]
    name = 2 <= len(run) <= 4 and all(t.cap for t in run) and any(t.tag == "NE" for t in run) \
        and not any("FIN" in t.tag or t.quote >= 0 for t in toks[b:c - 1])
    cut_participle = c == i and "PP" in toks[i].tag and (i + 1 >= len(toks) or toks[i + 1].text in BREAKS) \
        and toks[b].cap and not any(x.tag.startswith("V") or x.tag in ("PRELS", "KOUS") for x in toks[b:c - 1])
    return art.clause_start(b - 1, s) if name or cut_participle else c


def speaking_member(art: Article, who: Span | None, v: int) -> Span | None:
    """"Der Verband X und sein Vorsitzender Max Muster fordern …", "Die Stiftung und ihre Sprecherin
    Anna Beispiel haben … begrüßt", "Die Initiative um ihren Sprecher Max Muster lehnt … ab": a subject that pairs a body with a person of its own (a
    possessive, capitalised words, a name right before the verb) is spoken by the person; two
    persons ("Die Autorin A und ihr Verleger B") stay as they are."""
    toks = art.toks
    if who is None:
        return None
    k = bisect_left(art.starts, who[1])  # the first token after the subject (as article.first_tok_at)
    if who[0] > toks[v].b:
        return member_after_verb(art, k)
    if k + 3 >= v or toks[k].low not in ("und", "sowie", "um") or toks[k + 1].low not in MEMBER_POSSESSIVES:
        return None
    words = toks[k + 2:v]
    first = toks[bisect_left(art.starts, who[0]):k]
    if len(words) > 5 or not all(t.cap for t in words) or not any(t.low in firstnames() for t in words[:-1]) \
            or any(t.low in firstnames() or t.tag == "NE" and t.text in ACADEMIC_TITLES for t in first):
        return None
    return art.span(k + 2, v)


LED_BY = (("um",), ("unter", "leitung", "von"), ("unter", "führung", "von"), ("angeführt", "von"))


def member_after_verb(art: Article, k: int) -> Span | None:
    """"hat sich der Elternrat um seine Vorsitzende Anna Beispiel ausgesprochen", "warnte die Kommission
    unter Leitung von Max Muster": a subject after the verb whose leader follows it ("um", "unter Leitung
    von"; a possessive may stand between) speaks through that person: role and name, a first name among them."""
    toks = art.toks
    lead = next((w for w in LED_BY if tuple(t.low for t in toks[k:k + len(w)]) == w), None)
    if lead is None:
        return None
    j = k + len(lead) + (k + len(lead) < len(toks) and toks[k + len(lead)].low in MEMBER_POSSESSIVES)
    end = j
    while end < len(toks) and end - j < 5 and toks[end].cap and toks[end].quote < 0 and not toks[end].tag.startswith("V"):
        end += 1
    if end - j < 2 or not any(t.low in firstnames() for t in toks[j:end - 1]):
        return None
    return art.span(j, end)


def adjunct_end(art: Article, k: int, e: int) -> int | None:
    """The end of one adverbial, time phrase or dative at k in the middle field (Subjects.middle_field),
    else None."""
    toks = art.toks
    t = toks[k]
    if t.tag in ("APPR", "APPRART") or t.low in ("am", "im", "zum", "zur", "vom", "beim"):
        return pp_end(art, k, e)
    if (m := dative_end(art, k, e)) is not None:
        return m
    if (t.low in QUANTIFIERS or t.tag in ("ADJ(A)", "CARD")) and k + 1 < e and toks[k + 1].low in word_set("time_nouns_de.txt"):
        return k + 2  # "vergangene Woche", "diesen Sommer", "zwei Tage später"
    if t.low in SKIP_AFTER_VERB or t.tag in ("ADV", "ADJ(D)", "PTKNEG", "PROAV") and not t.cap \
            or t.low in ("sich", "ihn", "ihm", "ihnen", "uns", "mir", "mich", "dir", "dich"):
        return k + 1
    return None


def dative_end(art: Article, k: int, e: int) -> int | None:
    """The end of a dative noun phrase at k in the middle field, never the subject ("sagte dem
    Pressedienst", "sagte der Zeitung … Ministerin X": "der" before a feminine noun), with a medium's
    short name or an agency's name after it ("der Nachrichtenagentur AFP", "… dpa", "… Reuters"); else None."""
    toks = art.toks
    low = toks[k].low
    m = noun_group_end(art, k, e) if low in ("dem", "einem", "der") else None
    if m is None or any(x.tag == "ART" for x in toks[k + 1:m]) or low == "der" and gender_of(toks[m - 1].text) != "f":
        return None
    short = m < e and toks[m].text.isalpha() and (toks[m].text.isupper() and 2 <= len(toks[m].text) <= 5
                                                  or toks[m].low in agencies())  # "der Nachrichtenagentur dpa", "… Reuters"
    return m + 1 if short else m


def pp_end(art: Article, k: int, e: int) -> int | None:
    """The end of the prepositional phrase at k: its determiners and adjectives, one noun,
    and a genitive after it ("am Rande einer Konferenz", "nach der Sitzung des Rats"); a
    genitive "der" only when another noun phrase follows it (else "der" opens the subject:
    "sagte am Montag der Landrat"). None when no noun follows the preposition."""
    toks = art.toks
    if k + 2 < e and toks[k + 1].tag == "CARD" and not art.is_nominal(toks[k + 2]):
        return k + 2  # "seit 2019", "bis 2030"
    m = noun_group_end(art, k + 1, e)
    if m is None:
        j = k + 1 + (k + 1 < e and (toks[k + 1].low in DETERMINERS or toks[k + 1].tag in ARTICLE_TAGS))
        m = quoted_name_end(toks, j, e)  # a quoted name: "gegenüber den «Oberlandler Nachrichten»"
        return m if m > j else None
    m = name_after_abbreviation(toks, m, e)
    if m + 1 < e and (toks[m].low in ("des", "eines", "einer", "der") or toks[m].tag == "PPOSAT" and toks[m].low.endswith(("er", "es"))):
        g = noun_group_end(art, m + 1, e)
        # a genitive "der" only before a second article and not after a time noun ("am Montag der …"),
        # or before a feminine noun, which "der" cannot open as a subject ("am Rande der Versammlung")
        plain = toks[m].low != "der" or g is not None and (g < e and toks[g].low in ("der", "die", "ein", "eine")
                                                          or gender_of(toks[g - 1].text) == "f") \
            and toks[m - 1].low not in word_set("time_nouns_de.txt")
        if g is not None and plain and toks[m].low == "der" and _is_role(toks[g - 1]) \
                and (stop := art.np_right(m, e)) is not None and apposed_name_end(art, stop, e) is not None:
            return m  # a role with one name in apposition is the subject, no genitive plural: "sagte gegenüber
            # unserer Zeitung der Sprecher der Bahn, Jörg Thiel"
        if g is not None and plain:
            # a feminine body's or event's noun ("der Tagung") has no person's name in apposition:
            # "sagte am Rande der Tagung Lena Horn" names the speaker
            named = gender_of(toks[g - 1].text) != "f"
            while g < e and toks[g].tag == "NE" and toks[g].quote < 0 and not _person_or_body(toks[g]) \
                    and (named or toks[g].low not in firstnames()):
                g += 1  # a name in apposition to the genitive: "im Besitz des Dänen Max Muster"
            return g
    return m


def name_after_abbreviation(toks: list, m: int, e: int) -> int:
    """After an abbreviation that ends a phrase's noun group at m ("beim TSV", "gegen die SG"), the
    capitalised word that names the club or body with it ("beim TSV Oberau", "gegen die SG
    Bergheim"): the end past it; not a role, a first name or a time noun ("beim TSV Trainer …")."""
    a = toks[m - 1]
    if m < e and a.text.isalpha() and a.text.isupper() and 2 <= len(a.text) <= 5 and toks[m].cap and toks[m].quote < 0 \
            and toks[m].text.replace("-", "").isalpha() and not _is_role(toks[m]) \
            and toks[m].low not in firstnames() and toks[m].low not in word_set("time_nouns_de.txt"):
        return m + 1
    return m


def noun_group_end(art: Article, m: int, e: int) -> int | None:
    """The end of determiners, adjectives and one noun from m ("der großen Konferenz",
    "der Früh"), or None when no noun comes."""
    toks = art.toks
    start = m
    while m < e and m < start + 4 and (toks[m].low in DETERMINERS or toks[m].tag in ARTICLE_TAGS
                                       or toks[m].tag in ("ADJ(A)", "CARD") and not toks[m].cap
                                       or toks[m].tag in ("ADJ(A)", "NNA") and m + 1 < e and art.is_nominal(toks[m + 1])
                                       and toks[m + 1].tag != "NE"):
        m += 1  # (a capitalised adjective before its noun: "im Deutschen Bundestag")
    noun = m < e and (art.is_nominal(toks[m]) or toks[m].cap and toks[m].tag in ("ADJ(D)", "ADV", "ADJ(A)") and m > 0
                      and (toks[m - 1].low in DETERMINERS or toks[m - 1].tag in ARTICLE_TAGS))  # "in der Früh", "am Mittwochabend"
    return m + 1 if noun and toks[m].quote < 0 else None


# an object phrase opened so names a thing, not the speaker: "Eine Zahl nannte X", "Diese Zahl nannte Dezernent X",
# "Kein gutes Haar ließ X an …"
UNSPECIFIC_OPENERS = frozenset(("ein", "eine", "einen", "diese", "dieses", "kein", "keine", "keinen"))
# pronouns only a subject is ("vermutet er", "sagte man"; "sie" may be the object: "Kritisiert hat sie der Landrat")
NOMINATIVE_PRONOUNS = frozenset("er ich wir man".split())
# object pronouns that may stand between a fronted verb and its subject ("Bestätigt hat das X", "Widersprochen hat ihr X")
OBJECT_PRONOUNS = frozenset("das dies es ihr ihm ihn ihnen uns sich mir mich".split())


def speaker_after_object(art: Article, pre: int, end: int, v: int, e: int) -> Span | None:
    """"Scharfe Kritik übte auch die Opposition", "Mehr Personal forderte zudem die Gewerkschafterin
    X", "Mehr Tempo forderte am Wochenende der ADFC": the prefield names a thing, not a person or
    body, and "die"/"der" + a role, body or name
    stands after the verb's middle field: that is the nominative, the prefield the object."""
    toks = art.toks
    head = next((t for t in toks[pre:end] if t.cap and t.tag in ("NN", "NE")), None)
    if head is None or head.tag == "NE" or _person_or_body(head):
        return None
    indefinite = toks[pre].low in UNSPECIFIC_OPENERS
    if toks[pre].low in DETERMINERS and not indefinite and not head.low.rstrip("en").endswith(NOUN_ENDINGS):
        return None  # ("Das Land hat die Gemeinschaft gebeten": a definite thing may be a body; an abstract noun is not)
    k = art.middle_field(v + 1, e)
    # a bare name or role + name after a singular verb is the nominative too ("Großen Applaus erhielt
    # Kreishandwerksmeisterin Gabi Lohmöller"); a plural verb agrees with the prefield ("Anwohner kritisierten Anna B.")
    # ("Ein Ende der Hängepartie forderte Kammerpräsident X": an indefinite thing, no definite one that may be a body)
    bare = k < e and toks[k].cap and (toks[k].tag == "NE" or _person_or_body(toks[k])) and not toks[v].low.endswith("en") \
        and (toks[pre].low not in DETERMINERS or indefinite)
    stop = art.np_right(k, e) if k < e and (toks[k].low in ("die", "der") or bare) and toks[k].quote < 0 else None
    noun = next((t for t in toks[k + (not bare):stop] if t.cap and t.tag in NOMINAL_TAGS and t.tag != "TRUNC"),
                None) if stop else None  # ("die Industrie- und Handelskammer": the head after the truncated word)
    if noun is None or not (noun.tag == "NE" or _person_or_body(noun)) \
            or toks[k].low == "der" and gender_of(noun.text) == "f":
        return None  # ("erzählte der Nachrichtenagentur X": "der" before a feminine noun is a dative)
    return art.with_apposed_name(k, stop, e)  # ("übte der Vorsitzende des Vereins, Max Muster")


def _person_or_body(t) -> bool:
    # (a group noun is people too: "Ein Augenzeuge erzählte der Agentur")
    return _role_or_body(t) or t.low in lexicon("de").groups


def _role_or_body(t) -> bool:
    """A role noun ("Sprecherin") or a body's noun ("Polizei", "Landratsamt")."""
    return role_word(t.text, lexicon("de")) is not None or is_institution_word(t.text, "de")


def apposed_name_end(art: Article, end: int, e: int) -> int | None:
    """"betonte der Präsident des Verbands der Bauindustrie, Walter Engelhardt, am Montag": a role
    phrase ending at token end, then (after the rest of its attributes) a name between commas.
    The end of that name (the speaker is the whole phrase, the name in apposition), else None."""
    toks = art.toks
    k = start = quoted_name_end(toks, end, e)  # "der Bürgerinitiative „Grünes Tal“, Matthias Kreuzhuber,"
    while k < e and k < end + 6 and toks[k].text != "," and toks[k].quote < 0 \
            and "FIN" not in toks[k].tag and toks[k].text not in BREAKS \
            and not (toks[k].low == "am" and k + 1 < e and toks[k + 1].low in word_set("time_nouns_de.txt")) \
            and (toks[k].cap or toks[k].low in GENITIVE or toks[k].low in ATTRIBUTE_LINKS and k + 1 < e and toks[k + 1].cap
                 or toks[k].tag == "CARD" and toks[k - 1].cap and toks[k - 1].quote < 0  # a club's year: "FC Quellbach 09"
                 or toks[k].low in ATTRIBUTE_LINKS and k + 2 < e and toks[k + 1].low in ("dem", "der", "den") and toks[k + 2].cap):
        if toks[k].low in ATTRIBUTE_LINKS and toks[k + 1].low in ("dem", "der", "den"):
            k += 1  # "Seine Amtskollegin aus dem Süden, Veronika Hailer,"
        k += 1  # the rest of a genitive the noun phrase did not take ("der Bergbahnen Hochkar", "der Museen in Valdoria")
    if k < e and toks[k].text != "," and role_head(art, end):
        k = role_attributes_end(art, start, e)  # a role's longer attributes: "die Landesbeauftragte für Menschen mit Behinderungen"
    if k >= e or toks[k].text != "," or not any(t.cap for t in toks[end - 1:k]):
        return None
    j = k + 1
    if j + 2 < e and toks[j].tag == "ART":
        r = j + 1
        while r + 1 < e and toks[r].tag == "ADJ(A)" and not toks[r].cap:
            r += 1  # "ein Weggefährte, der frühere Stadtkämmerer Ulrich Bosse"
        described = toks[r].cap and toks[r].tag in ("NN", "NE") and r + 1 < e and toks[r + 1].low in firstnames()
        if _is_role(toks[r]) or described:
            j = r  # "die Direktorin, die Kunsthistorikerin Paula Strasser": a second role (or a noun that
            # describes her, "die pensionierte Ärztin Eva Stein") before the name
            if j + 2 < e and toks[j + 1].low == "und" and _is_role(toks[j + 2]):
                j += 2  # "die Lehrerin und Stadträtin Ute Brasch": two roles of one person
        elif toks[j + 1].cap and any(t.low in LEGAL_FORMS for t in toks[j + 2:min(e, j + 5)]):
            j += 1  # "Der Investor, die Windkraft Weserland GmbH,": a firm's name
    while j < e and toks[j].text in ACADEMIC_TITLES:
        j += 1
    first = j
    while j < e and toks[j].quote < 0 and (toks[j].tag == "NE" or toks[j].cap and toks[j].tag in NOMINAL_TAGS
                                           or particles_end(toks, j, e) is not None and j > first):
        j = particles_end(toks, j, e) + 1 if toks[j].low in NAMES_PARTICLES else j + 1
    run = toks[first:j]
    # a name: two to four words, one of them a name to the tagger, or after a role noun, where
    # a pair of capitalised words is a name the tagger does not know ("Teodor Vasquez-Lind")
    words = [t for t in run if t.low not in NAMES_PARTICLES]  # "Lucía de los Santos Ferreira": three name words
    named = 2 <= len(words) <= 4 and (any(t.tag == "NE" for t in run) or role_head(art, end)
                                    and not any(t.low.endswith(NOUN_ENDINGS) for t in run))
    if not named or not (j >= e or toks[j].text in {",", ")", ":"} | SENT_PUNCT or party_aside(toks, j, e)):
        return None
    return j


ROLE_ATTRIBUTES = 4  # at most so many prepositional or genitive attributes after a role noun before its apposed name


def role_attributes_end(art: Article, k: int, e: int) -> int:
    """Where the attributes of a role noun end that go on at token k, read as a chain of noun phrases each
    opened by a preposition or a genitive article ("für Umwelt und Klima der Stadt Quellbach", "für Menschen
    mit Behinderungen", "der Bürgerinitiative für eine lebenswerte Innenstadt"): the end of the last whole one,
    or k when none is whole. No finite verb, quotation or time phrase ("am Montag") belongs to them."""
    toks = art.toks
    end = k
    for _ in range(ROLE_ATTRIBUTES):
        if end >= e or toks[end].quote >= 0 or not (toks[end].tag in ("APPR", "APPRART") or toks[end].low in GENITIVE):
            return end
        m = end + 1
        while m < e and (toks[m].tag in ARTICLE_TAGS or toks[m].low in DETERMINERS or toks[m].tag in ("ADJ(A)", "CARD") and not toks[m].cap):
            m += 1
        first = m
        while m < e and toks[m].quote < 0 and (art.is_nominal(toks[m]) or toks[m].tag == "TRUNC"
                                              or toks[m].low in ("und", "oder") and m > first and m + 1 < e and toks[m + 1].cap):
            m += 1  # the nouns, joined ("Umwelt und Klima", "Industrie- und Handelskammer")
        if m == first or toks[m - 1].low in ("und", "oder") or any(t.low in word_set("time_nouns_de.txt") for t in toks[first:m]):
            return end
        end = m
    return end


def party_aside(toks: list, j: int, e: int) -> bool:
    """A party or group in brackets after an apposed name, then its comma: "…, Renate Oberhuber (SPÖ), ist …"."""
    close = next((k for k in range(j + 1, min(e, j + 5)) if toks[k].text == ")"), None)
    return toks[j].text == "(" and close is not None and close + 1 < e and toks[close + 1].text == "," \
        and PARTY_ASIDE.fullmatch("(" + " ".join(t.text for t in toks[j + 1:close]) + ")") is not None


def with_second_role(art: Article, who: Span | None, v: int, e: int) -> Span | None:
    """A one-noun subject that is the first of two descriptions of one named person, joined by "und"
    ("Anwohnerin und Ortsbeirätin Hannelore Fiebig", "sagt Landwirt und Gemeinderat Klaus Weber"):
    the whole phrase up to the name, so the person is the speaker, not the first noun as a group.
    The second noun is a role and a first name follows it; "Anwohner und Pendler klagen" stays, and so do
    two parties a plural verb agrees with ("Anwohner und Stadtrat Jonas Beck kritisieren")."""
    if who is None or art.toks[v].low.endswith("en") or art.toks[v].low == "sind":
        return who
    toks = art.toks
    a, k = bisect_left(art.starts, who[0]), bisect_left(art.starts, who[1])
    if k != a + 1 or k + 3 >= e or not toks[a].cap or toks[a].tag not in ("NN", "NE") or toks[a].low in firstnames() \
            or toks[k].low != "und" \
            or not _is_role(toks[k + 1]) or toks[k + 2].low not in firstnames():
        return who
    j = k + 3
    while j < e and toks[j].quote < 0 and toks[j].cap and toks[j].tag in ("NE", "NN") and j < k + 6:
        j += 1
    return art.span(a, j)


def _is_role(t) -> bool:
    return t.cap and role_word(t.text, lexicon("de")) is not None


def role_head(art: Article, end: int) -> bool:
    """Whether the noun phrase ending at token end has a role noun as its head ("der Präsident
    des Verbands"): the first noun of the phrase is a title or role (extract/data/titles_de.txt)."""
    k = end - 1
    while k > 0 and end - k < 8 and art.toks[k - 1].text not in BREAKS and "FIN" not in art.toks[k - 1].tag:
        k -= 1
    head = next((t for t in art.toks[k:end] if t.cap and t.low not in DETERMINERS), None)
    return head is not None and role_word(head.text, lexicon("de")) is not None


def named_prefield(art: Article, pre: int, v: int) -> bool:
    """The prefield before v is a noun phrase with a name, adverbs at most after it ("Erna
    Pichlmayr hingegen"): the subject, so a pronoun after the verb is the object."""
    toks = art.toks
    if pre >= v or toks[pre].tag in ("APPR", "APPRART") or toks[pre].low in OBJECT_DETERMINERS:
        return False
    end = art.np_right(pre, v)
    return end is not None and any(t.tag == "NE" for t in toks[pre:end]) \
        and all(t.tag in ("ADV", "ADJ(D)") and not t.cap for t in toks[end:v])


def quoted_name_end(toks: list, k: int, e: int) -> int:
    """After a quoted name at token k ("„Grünes Tal“", at most five words), where it ends; else k."""
    if k >= e or toks[k].text not in QUOTE_CHARS or k + 1 >= e or not toks[k + 1].cap:
        return k
    m = next((i for i in range(k + 2, min(e, k + 7)) if toks[i].text in QUOTE_CHARS), None)
    return m + 1 if m is not None else k


def article_subject(art: Article, c: int, s: int, v: int) -> bool:
    """", der Bauernverband sagte, …" after a main clause: article and noun reach the speech verb v,
    which has its content after the comma: a main clause with its own subject, no relative clause
    ("Jimmy Carter, der … war, sagte": no verb before the comma; ", der dem Rat sagte": two articles)."""
    toks = art.toks
    e = art.sents[toks[v].sent][1]
    return toks[c].tag == "ART" and toks[c + 1].tag != "ART" and art.np_right(c, v) == v and v + 1 < e \
        and toks[v + 1].text in (",", ":") and any("FIN" in t.tag and t.quote < 0 for t in toks[s:c - 1]) \
        and art.verb_cue(v, s, e) is not None
