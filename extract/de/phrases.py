"""German noun phrases: where one ends to the right of a word, begins to the left of one."""
from __future__ import annotations

from ..actors import firstnames, is_institution_word, lexicon, recipient_media, role_word
from ..actors.lexicon import word_set
from ..actors.mentions import BODY_NAME_PREPOSITIONS, NAME_CLOSING_PRONOUNS, ROMANCE_PARTICLES, type_word_stays
from .names import COMPASS_WORDS, GERMAN_WORDS, noun_after_name, object_after_body_name, particles_end
from .nlp import analyse_word, unknown_stem
from .tokens import (
    DETERMINERS, GENITIVE, NAME_LINKS, NOMINAL_TAGS, NOUN_ENDINGS, QUOTE_CHARS, SENT_PUNCT, SUBJECT_PRONOUNS, TRUNCATION_LINKS, Tok,
)


LINKS = NAME_LINKS | ROMANCE_PARTICLES  # particles inside a name: "de los Santos"
INDEFINITE_GENITIVE = {"eines", "einer"}  # "nach Angaben eines Polizeisprechers", "der Sprecher einer Initiative"
PLACE_LINKS = {"am", "an", "im", "ob", "bei", "unter", "auf", "vor", "in"}  # "Seeburg am Wald", "Neuhaus ob Eck"


def _canton_end(toks: list[Tok], j: int, limit: int) -> int:
    """After a body's name, "des Kantons" + a capitalised name is part of it (a Swiss body's
    official name: "Amt für Strassen des Kantons Aarwil"): the end of that part, else j."""
    if j + 2 < limit and toks[j].low == "des" and toks[j + 1].low == "kantons" and toks[j + 2].cap:
        return j + 3
    return j


def truncation_head(toks: list[Tok], head: int, j: int) -> int:
    """"der Reit- und Fahrverein Ammerwiesen": a truncated part, its conjunction and the head after it
    are one word; the head's index (head itself when no truncated part opens the phrase)."""
    return head + 2 if toks[head].tag == "TRUNC" and head + 2 < j and toks[head + 1].low in TRUNCATION_LINKS else head


class NounPhrases:
    """The noun-phrase questions of Article (a mixin: it reads the tokens of the article)."""

    def is_nominal(self, t: Tok) -> bool:
        """A noun or name (capitalised; HanTa NN/NE/FM or unknown)."""
        if t.cap and t.tag in ("ADV", "ADJ(D)", "APPR") and t.i > 0 and self.toks[t.i - 1].tag in ("ADJ(A)", "ART", "PPOSAT") \
                and self.toks[t.i - 1].sent == t.sent:
            return True  # after an attributive adjective or an article, HanTa's adverb is a noun: "das Rote Kreuz", "der Dirigent"
        if t.tag not in NOMINAL_TAGS or not t.cap and t.tag not in ("NE", "XY", "FM") \
                and not ("-" in t.text and t.text.rsplit("-", 1)[1][:1].isupper()):
            return False  # (but "documenta-Homepage" is a noun)
        return t.low not in SUBJECT_PRONOUNS and t.low not in DETERMINERS

    def np_right(self, i: int, limit: int) -> int | None:
        """End (exclusive) of the noun phrase starting at token i, or None when none starts there."""
        toks = self.toks
        if i >= limit:
            return None
        t = toks[i]
        if t.low in SUBJECT_PRONOUNS or (t.tag in ("PIS", "PDS") and i + 1 < len(toks)
                                         and toks[i + 1].text in SENT_PUNCT | {","} and t.low not in ("das", "dies", "es")):
            return i + 1  # "sagte er", "so letztere", "erklärte dieser"
        j = i
        while j < limit and (toks[j].low in DETERMINERS or (toks[j].tag in ("ADJ(A)", "CARD") and not toks[j].cap)
                             or toks[j].tag in ("ADJ(A)", "PIAT")
                             or (j > i and toks[j].tag in ("ADV", "ADJ(D)") and not toks[j].cap and j + 1 < limit
                                 and toks[j + 1].tag == "ADJ(A)")):
            if j > i and toks[j].low in DETERMINERS and nominalised_adjective(toks[j - 1]):  # (nominalised_adjective)
                return self.np_attributes(j, j, limit, after_verb=i > 0 and toks[i - 1].tag == "VV(FIN)")
            j += 1
        head = j
        if j + 2 < limit and toks[j].text in QUOTE_CHARS and quoted_name_opens(self, j):
            k = j + 1
            while k < limit and toks[k].text not in QUOTE_CHARS and k < j + 6:
                k += 1
            if k < limit and toks[k].text in QUOTE_CHARS:
                return k + 1
        while j < limit and (self.is_nominal(toks[j])
                             or (toks[j].cap and j + 1 < limit and self.is_nominal(toks[j + 1])
                                 and (toks[j].tag in ("ADJ(D)", "ADJ(A)", "ADV", "VV(INF)", "VV(FIN)")
                                      or toks[j].tag == "APPR" and j > head and toks[j - 1].cap))  # "Verband Pro Bahn"
                             or self.name_link(j, limit) or adjective_closes_name(toks, head, j)) and not (self.object_after_name(head, j) or object_after_body_name(toks, i - 1, head, j, limit)):
            j += 1
            if j + 1 < limit and toks[j - 1].tag == "TRUNC" and toks[j].low in ("und", "oder"):
                j += 1  # "Obst- und Gemüsebauern"
        if head < j and (quoted := quoted_body_name_end(self, j, limit)):
            return quoted
        while j < limit and particles_end(toks, j, limit) is not None:
            j = particles_end(toks, j, limit) + 1  # "von der Heide", "van Dongen": particles stay in the name
            while j < limit and toks[j].tag == "NE":
                j += 1
        j = second_role_end(self, i, head, self.name_joins(head, j, limit), limit)  # "der Winzer und Kreisrat X"
        if j == head:
            # a nominalised adjective as head: "Der 39-Jährige", "die Grünen", "Der Angeklagte"
            return j if j - 1 > i and nominalised_adjective(toks[j - 1]) else None
        return self.np_attributes(j, head, limit, after_verb=i > 0 and toks[i - 1].tag == "VV(FIN)")

    def name_joins(self, head: int, j: int, limit: int) -> int:
        """End of a name that goes on over a joining word: a firm's "&" ("Kranzl & Sohn"), and the
        coordinated common nouns that name a body after its head noun ("die Gewerkschaft Bau und
        Holz", "Verband Handel, Transport und Verkehr"; not "die Gewerkschaft Verdi und Arbeitgeber",
        whose name is no common noun)."""
        toks = self.toks
        if j + 3 < limit and toks[j].text == "," and toks[j + 1].cap and toks[j + 2].text == "&" and j > head:
            j += 2  # "Bach, Lenz & Partner"
        while j + 1 < limit and toks[j].text == "&" and toks[j - 1].cap and toks[j + 1].cap and j > head:
            j += 2
            while j < limit and toks[j].cap and toks[j].tag in ("NN", "NE", "FM"):
                j += 1
        listed = j
        if j - head >= 2 and is_institution_word(toks[head].text, "de") \
                and all(t.tag.startswith("NN") and t.cap and not is_institution_word(t.text, "de") for t in toks[head + 1:j]):
            k, j = j, self.coordinated_nouns(j, limit)
            j += 1 if k < j < limit and self.place_closes(j) else 0  # its place: "Verein Kunst und Kultur Moorhausen"
        return placed_list_end(self, head, j, limit) if j == listed else j

    def coordinated_nouns(self, j: int, limit: int, any_noun: bool = False) -> int:
        """End of a list of capitalised common nouns that goes on at j with "," or "und" and closes
        with "und"/"oder" + noun ("Wasser, Boden und Altlasten"), or j when none closes there
        (``any_noun``: also a body's noun, a name or a particle by the tagger, placed_list_end)."""
        k, end = j, j
        while k + 1 < limit and toks_join(self.toks[k]) and self.toks[k + 1].cap and self.toks[k + 1].tag.startswith(("NN", "NE", "PTKVZ") if any_noun else "NN") \
                and (any_noun or not is_institution_word(self.toks[k + 1].text, "de")):
            if self.toks[k].low in ("und", "oder"):
                end = k + 2
            k += 2
        return end

    def object_after_name(self, head: int, j: int) -> bool:
        """Token j is an inflected noun after a name: the dative object of the cue, no part of the
        name ("sagte Omar al-Hassani Reportern", "… Anna B. Beispiel Journalisten")."""
        toks = self.toks
        if noun_after_name(toks, j):
            return True  # "zog Enno Saathoff Bilanz"
        head = truncation_head(toks, head, j)
        if toks[j].tag != "NN" or not toks[j].low.endswith("n") or toks[j - 1].text in NAME_LINKS \
                or j - head < 2 or not any(t.tag == "NE" for t in toks[head:j]):
            return False  # (a dative plural ends in -n; a surname after a particle is no object)
        return analyse_word(toks[j].text)[0] != toks[j].text  # HanTa's lemma: "Reporter" for "Reportern"

    def name_link(self, j: int, limit: int) -> bool:
        """Token j is a particle inside a name: "van (den) Berg", "di Santis". A German word
        ("zu", "den") links only to a name (NE), not to a noun: "sagte Thalberg den Zeitungen",
        "sagte Müller zu Reportern" end at the surname."""
        toks = self.toks
        if toks[j].text not in LINKS or j == 0:
            return False
        inner = toks[j - 1].text in LINKS and toks[j - 1].low not in GERMAN_WORDS  # "van | den Berg"
        if not (toks[j - 1].cap or inner):
            return False
        k = j + 1
        while k < limit and k < j + 3 and toks[k].text in LINKS:
            k += 1  # "van den Berg": the next particle is linked in turn
        if k >= limit or not toks[k].cap:
            return False
        if toks[j].low in GERMAN_WORDS and not inner:
            return toks[k].tag == "NE"
        return toks[k].tag in ("NE", "NN", "FM")

    def np_attributes(self, j: int, head: int, limit: int, after_verb: bool = False) -> int:
        """End of what follows a noun phrase's nouns at j: genitive attributes and "von" phrases,
        a body's name with "für", an abbreviation in brackets. ``after_verb``: the phrase follows
        its finite verb, where "der" + a medium is whom the speaker told (told_medium)."""
        toks = self.toks
        if after_verb and told_medium(toks, j, limit):
            return j
        # genitive attributes and "von" phrases: "ein Sprecher des Ministeriums", "Karl Harb von der Zeitung"
        for _ in range(2):
            if j < limit and toks[j].low in ("der", "einer") and (
                    toks[head].tag == "NE" and (toks[j - 1].tag == "NE" or j - head >= 2) and not is_institution_word(toks[head].text, "de")
                    or j - head >= 3 and toks[j - 1].tag == toks[j - 2].tag == "NE" and not self.body_at(j + 1)):
                break  # "sagte al-Hassani der Zeitung", "erteilte Minister Konrad Esterle der Steuer": a dative object
            if j < limit and (toks[j].low in GENITIVE | INDEFINITE_GENITIVE | {"von", "vom"} or genitive_adjective(toks, j, limit)):
                k = j + 1
                while k < limit and (toks[k].low in DETERMINERS or toks[k].tag == "ADJ(A)"):
                    k += 1
                m = k
                while m < limit and (self.is_nominal(toks[m]) or m > k and self.name_link(m, limit)  # ("Frente del Sur")
                                     or m > k and toks[m].cap and toks[m].tag in ("ADJ(A)", "ADJ(D)") and m + 1 < limit
                                     and self.is_nominal(toks[m + 1])):  # "der Wählergemeinschaft Freies Ennsfeld"
                    m += 1
                    if m + 1 < limit and (toks[m - 1].tag == "TRUNC" or toks[m - 1].text.endswith("-")) and toks[m].low in ("und", "oder"):
                        m += 1  # "der Obst- und Gemüsebauern"
                m = self.name_joins(k, m, limit) if m > k else m  # "Angaben der Gewerkschaft Glas und Keramik"
                if m > k and toks[j].low in ("von", "vom") and toks[k].low in word_set("time_nouns_de.txt"):
                    break  # a time, no owner: "in einer Erklärung der Partei Aufbruch Nord | vom Montag"
                if m > k and toks[j].low in ("von", "vom"):
                    m = self.place_tail(m, limit)  # "von Seeburg am Wald, Nadja Kälin"
                if m > k:
                    j = m
                    continue
                last = toks[k - 1].text
                if k - 1 > j and toks[k - 1].tag == "ADJ(A)" and (last[:1].isupper() or last[:1].isdigit() and "-" in last):
                    j = k  # a nominalised adjective: "nach Einschätzung des 58-Jährigen", "der Vorsitzenden"
                    continue
            break
        # a body's name with "für": "das Bundesamt für Migration und Flüchtlinge"
        if j + 1 < limit and toks[j].low == "für" and toks[j + 1].cap and self.is_nominal(toks[j + 1]) \
                and is_institution_word(toks[j - 1].text, "de"):
            j = self.coordinated_nouns(j + 2, limit)  # "für Wasser, Boden und Altlasten"
            j += 1 if j < limit and self.place_closes(j) else 0  # a place: "… für Weltwirtschaft Kiel"
            j = _canton_end(toks, j, limit)  # "Amt für Strassen des Kantons Aarwil": a Swiss body's official name
        j = linked_name_end(self.toks, j, head, limit)
        j = body_name_tail_end(self.toks, j, head, limit, after_verb)
        # an abbreviation in brackets: "Amnesty International (ai)"
        if j + 2 < len(toks) and j + 2 <= limit and toks[j].text == "(" and toks[j + 2].text == ")":
            j += 3
        return j

    def body_at(self, k: int) -> bool:
        """Token k names a party or body ("der Grünen", "der Gewerkschaft Verdi"): a genitive of the name before it."""
        return k < len(self.toks) and (is_institution_word(self.toks[k].text, "de")
                                       or self.toks[k].text.casefold() in lexicon("de").organisations)

    def place_tail(self, j: int, limit: int) -> int:
        """End of a place name that goes on at j with a preposition ("Seeburg am Wald", "Kirchberg
        an der Wiesel", "Hausen im Tal"): taken only when a comma follows, where a role's
        apposition opens ("Die Gemeindepräsidentin von Seeburg am Wald, Nadja Kälin, …")."""
        toks = self.toks
        k = j
        if k < limit and toks[k].low in PLACE_LINKS:
            k += 1
            if k < limit and toks[k].low in ("der", "dem", "den"):
                k += 1
            m = k
            while m < limit and m < k + 2 and toks[m].cap and self.is_nominal(toks[m]):
                m += 1
            if m > k and m < limit and toks[m].text == ",":
                return m
        return j

    def place_closes(self, j: int) -> bool:
        """A place name right after a body's "für" part, where the phrase ends ("Landesamt für
        Verbraucherschutz Nordbaden hat"): a proper noun, or a capitalised word with no common-noun
        ending before a finite verb or a comma ("… für Weltwirtschaft Prognosen vorgelegt" is none);
        a proper noun also before the article of the clause's object ("hat die Gewerkschaft Handel und
        Dienste Mittelgau die Arbeitgeber … aufgefordert"); a district word wherever it stands ("… Mitte nach …")."""
        toks, t = self.toks, self.toks[j]
        if not t.cap or not t.text.replace("-", "").isalpha():
            return False
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        ends = nxt is None or "FIN" in nxt.tag or nxt.text in (",", ".", "(") or nxt.tag in ("PTKVZ", "APPRART") \
            or nxt.tag == "ART" and nxt.low in ("die", "den", "das", "eine", "einen") \
            or nxt.tag == "APPR" and j + 2 < len(toks) and toks[j + 2].text in SENT_PUNCT  # "… Alpina mit." 
        return ends and (t.tag == "NE" or t.tag == "NN" and not t.low.endswith(NOUN_ENDINGS)) or t.low in COMPASS_WORDS

    def _joins_body_name(self, k: int, floor: int) -> bool:
        """Token k ("und", a comma) joins capitalised nouns of a body's name whose head noun stands
        at most three words before it ("Gewerkschaft Handel | und Dienst")."""
        toks = self.toks
        return k + 1 < len(toks) and toks[k + 1].cap and toks[k - 1].cap and toks[k - 1].tag.startswith("NN") \
            and any(is_institution_word(toks[m].text, "de") for m in range(max(floor, k - 4), k - 1))

    def comma_in_name(self, c: int, s: int, i: int) -> bool:
        """The comma at c joins words of one name, no clauses: a list of nouns ("Landesamt für
        Wasser, Boden und Altlasten"), a firm's partners ("Bach, Lenz & Partner")."""
        toks = self.toks
        if c + 2 < len(toks) and toks[c + 2].text == "&" and toks[c + 1].cap and c > s and toks[c - 1].cap:
            return True
        return c - 1 >= s and toks[c - 1].tag.startswith("NN") and self.coordinated_nouns(c, i + 1) > c

    def np_left(self, j: int, floor: int) -> int | None:
        """Start of a noun phrase ending just before token j (for "X zufolge")."""
        toks = self.toks
        i = j
        while i > floor:
            p = toks[i - 1]
            if p.text in QUOTE_CHARS and i - 2 > floor and toks[i - 2].quote >= 0:
                # a quoted name: "der Zeitung «Hoy Bolivia», wonach"
                o = i - 2
                while o > floor and toks[o - 1].quote == toks[i - 2].quote and i - o < 8:
                    o -= 1
                if o > floor and toks[o].text in QUOTE_CHARS and o + 1 < i - 1 and toks[o + 1].cap:
                    i = o
                    continue
                break
            if self.is_nominal(p) or p.low in DETERMINERS or p.tag == "ADJ(A)" or p.low in GENITIVE \
                    or p.low in ("von", "vom") or (p.tag == "CARD") \
                    or p.low == "für" and i - 2 > floor and is_institution_word(toks[i - 2].text, "de") \
                    or p.low in ("und", ",") and self._joins_body_name(i - 1, floor):
                # ("Dem Landesamt für Denkmalpflege zufolge", "Der Gewerkschaft Handel und Dienst zufolge")
                i -= 1
                continue
            break
        # do not start with a genitive article that belongs to something before
        while i < j and toks[i].low in ("von", "vom"):
            i += 1
        while i + 1 < j and i > floor and toks[i].low in DETERMINERS and toks[i + 1].low in DETERMINERS and toks[i - 1].text == ",":
            i += 1  # one article opens a phrase: the first of two is a relative ("…, der dem Tierarzt X zufolge")
        return i if i < j else None


def adjective_closes_name(toks: list[Tok], head: int, j: int) -> bool:
    """A capitalised adjective or adverb inside a sentence after a body's noun and its name closes that
    name before the verb or a break ("Die Wählergruppe Fehnmoor Aktiv sprach …"): German writes an
    adjective small but in a name."""
    t = toks[j]
    return j > head + 1 and j + 1 < len(toks) and t.cap and t.tag in ("ADJ(D)", "ADV") and t.text.isalpha() \
        and toks[j - 1].cap and toks[j - 1].sent == t.sent and is_institution_word(toks[head].text, "de") \
        and ("FIN" in toks[j + 1].tag or toks[j + 1].text in (",", ".", ":"))


def genitive_adjective(toks: list[Tok], j: int, limit: int) -> bool:
    """Token j opens a genitive plural with no article after a body's noun: a lower-case strong
    adjective ("der Bundesverband | mittelständischer Kies- und Sandwerke")."""
    return j + 1 < limit and toks[j].tag == "ADJ(A)" and not toks[j].cap and toks[j].low.endswith("er") \
        and is_institution_word(toks[j - 1].text, "de") and (toks[j + 1].cap or toks[j + 1].tag == "TRUNC")


def placed_list_end(phrases: NounPhrases, head: int, j: int, limit: int) -> int:
    """After an association's noun (at head) and its first nouns, a list whose nouns may end in a
    body's word when the body's place closes it: "Gewerkschaft Banken und Versicherungen Nord",
    "Eigentümerverband Haus und Hof Weserland"; j when none ("der Verein X und Stadtverwaltung")."""
    toks = phrases.toks
    if j - head < 2 or not toks[head].cap or not type_word_stays(toks[head].text) \
            or not all(t.tag.startswith("NN") and t.cap for t in toks[head + 1:j]):
        return j
    k = phrases.coordinated_nouns(j, limit, any_noun=True)
    placed = k > j and k < limit and (toks[k].tag == "NE" or phrases.place_closes(k)) and toks[k].low not in firstnames()
    return k + 1 if placed and not any(_singular_body_noun(t.text) for t in toks[j:k]) else j


def _singular_body_noun(word: str) -> bool:
    """A body's noun in the singular among the listed nouns is a second body, not a field the first
    unites ("der Verein Kulturbühne und Stadtverwaltung Kellau" are two); the members a union or
    association names are plural ("Handel und Banken", "Haus und Sparkassen")."""
    return is_institution_word(word, "de") and analyse_word(word)[0] == word


def linked_name_end(toks: list[Tok], j: int, head: int, limit: int) -> int:
    """"das Hilfswerk Brot für Morgen", "die Organisation Reporter ohne Schranken": a body's name
    after its noun that links capitalised words with a preposition (actors/mentions.BODY_NAME_PREPOSITIONS);
    only when a verb or punctuation closes it ("die Gewerkschaft Verdi für Pflegekräfte mehr
    Geld" stays "die Gewerkschaft Verdi")."""
    if not (j - head >= 2 and j + 1 < limit and toks[j].low in BODY_NAME_PREPOSITIONS
            and (toks[j + 1].cap or toks[j + 1].text in NAME_CLOSING_PRONOUNS) and is_institution_word(toks[head].text, "de")):
        return j
    k = j + 1
    while k < limit and (toks[k].cap and not toks[k].tag.startswith(("V", "ART")) or toks[k].low == "die" and k == j + 1):
        k += 1
    small = k < limit and toks[k].text in NAME_CLOSING_PRONOUNS  # "das Hilfswerk Brunnen für alle"
    k += small
    closed = k == limit or toks[k].text in SENT_PUNCT | {","} or "FIN" in toks[k].tag
    return k if k > j + 1 and (toks[k - 1].cap or small) and closed else j


TAIL_LINKS = ("und", "am", "im", "des", "der")  # "Tierschutzverein Felsreuth | und Umgebung", "Genossenschaft Wohnen |
# am Quellbach", "Verein der Freunde | des Stadtmuseums Kerblingen"
ARTICLE_PLACE_LINKS = ("an", "in", "auf", "unter", "vor")  # with "der"/"dem": "… der Anrainer | an der Unteren Lobau"
BODY_TAIL_LINKS = TAIL_LINKS + ARTICLE_PLACE_LINKS  # (the links body_name_tail_end reads on at)


def _tail_name_start(toks: list[Tok], k: int, limit: int, after_verb: bool = False) -> int | None:
    """The first word of a name part after the link at k ("im", "an der"): a capitalised noun, or a
    capitalised attributive adjective before one, which German writes capitalised only inside a
    name ("im Oberen Rüschtal", "des Neuen Schlosses"); None when none opens there. After the cue
    verb (``after_verb``) the adjective's noun must be a name (HanTa: NE or an unknown stem): "sagte
    die Vereinigung der Winzer im Oberen Rhonetal", but "… im Neuen Rathaus" is where it was said."""
    m, articled = k + 1, toks[k].low in ARTICLE_PLACE_LINKS
    if articled:
        if not (m < limit and toks[m].low in ("der", "dem")):
            return None  # ("in Kassel" is where, no name's part)
        m += 1
    if m < limit and toks[m].cap and toks[m].tag == "ADJ(A)" and m + 1 < limit and toks[m + 1].cap \
            and toks[m + 1].tag in NOMINAL_TAGS:
        return m if not after_verb or _names_a_place(toks[m + 1]) else None
    # a bare noun after "an der"/"vor dem" must be a name ("an der Ostsee"): "vor dem Landgericht", "auf der
    # Messe", "unter dem Vorsitz Hubers" say where or how, as "in Kassel" does
    return m if m < limit and toks[m].cap and toks[m].tag in NOMINAL_TAGS \
        and (not articled or _names_a_place(toks[m])) else None


def _names_a_place(tok: Tok) -> bool:
    """A noun that is a name (HanTa NE, or a stem its lexicon does not know: "Ostsee", "Boddenküste")."""
    return tok.tag == "NE" or unknown_stem(tok.text)


def body_name_tail_end(toks: list[Tok], j: int, head: int, limit: int, after_verb: bool = False) -> int:
    """The end of a body's name whose type noun stays in it (actors.mentions.type_word_stays) and
    that goes on at j with "und", a genitive or a place's "am"/"im" and capitalised nouns, when a comma,
    the sentence's end, a verb or a preposition closes it ("Der Tierschutzverein Felsreuth und
    Umgebung, der …", "schrieb die Genossenschaft Wohnen am Quellbach in einem Brief"); j when not
    (a time word, a first name, a role or another body after the link is no part of the name:
    "der Verein X am Montag", "der Verein X und Bürgermeister Y"; nor is a place or genitive after a
    proper name, which already named the body: "teilte der Verein Seeblick im Rathaus mit")."""
    if not any(toks[m].cap and type_word_stays(toks[m].text) for m in range(head, j)):
        return j
    k, times = j, word_set("time_nouns_de.txt")  # (cached)
    while k + 1 < limit and toks[k].low in BODY_TAIL_LINKS and (m := _tail_name_start(toks, k, limit, after_verb)) is not None:
        if toks[k].low != "und" and toks[k - 1].tag == "NE" and not is_institution_word(toks[k - 1].text, "de"):
            break  # a proper name closed the name; a place or genitive after it is the clause's ("der Verein Seeblick | im Rathaus")
        m += toks[m].tag == "ADJ(A)"  # (the adjective opens the name: "im Oberen | Rüschtal")
        if k > j and toks[m].low in times:
            break  # the name closed before its time: "… an der Östlichen Boddenküste | am Mittwoch"
        while m < limit and toks[m].cap and toks[m].tag in NOMINAL_TAGS:
            if toks[m].low in times or firstnames().get(toks[m].low) or role_word(toks[m].text, lexicon("de")) \
                    or toks[k].low == "und" and (is_institution_word(toks[m].text, "de") or toks[m].low in lexicon("de").organisations
                                                 or m == k + 1 and toks[m].tag == "NE"):  # ("der Verein X und Greenpeace")
                return j  # (a genitive may name a body: "Freunde des Stadtmuseums X"; after "und" it is another one)
            m += 1
        k = m
    closed = k == limit or toks[k].text in SENT_PUNCT | {","} or "FIN" in toks[k].tag or toks[k].tag in ("PTKVZ", "APPR", "APPRART")
    return k if k > j and closed else j


def second_role_end(art, i: int, head: int, j: int, limit: int) -> int:
    """One person with two roles under one article: "der Landwirt und Kreisrat Bernd Hohlfeld",
    "die Juristin und Nationalrätin Seraina Caflisch" → the phrase (article at i, its one noun at
    head, ending at j) runs on to the name. A second article ("der Landrat und die Bürgermeisterin
    Ilka Sommer"), a body as the first noun ("die Gemeinde und Bürgermeister Jens Roth"), a second
    noun whose gender the article does not take, or no name after it: two actors, j stays."""
    toks = art.toks
    if not (j == head + 1 and i < head and j + 3 < limit and toks[j].low == "und" and art.is_nominal(toks[j - 1])):
        return j
    article, first, second = toks[i].low, toks[j - 1], toks[j + 1]
    if article not in ("der", "die") or not second.cap or second.low in DETERMINERS \
            or is_institution_word(first.text, "de") or role_word(second.text, lexicon("de")) is None:
        return j
    feminine = second.low.endswith(("in", "e"))  # "Stadträtin", "Abgeordnete"
    if article == "die" and not feminine or article == "der" and second.low.endswith("in"):
        return j
    k = j + 2
    while k < limit and (toks[k].tag == "NE" or toks[k].cap and toks[k].low in firstnames()):
        k += 1
    return k if k > j + 2 else j


def toks_join(t: Tok) -> bool:
    """A word that joins two nouns of one list: "und", "oder", a comma."""
    return t.low in ("und", "oder") or t.text == ","


def nominalised_adjective(t: Tok) -> bool:
    """An adjective written as a noun, the head of its phrase ("der 64-Jährige", "der Angeklagte"): an article after
    it opens the next phrase, no noun of this one, so "sagte der 64-Jährige der Nachrichtenagentur X" / "dem
    „Tageblatt“" is whom the person told, read as any attribute is (NounPhrases.np_attributes)."""
    return t.tag == "ADJ(A)" and (t.text[:1].isupper() or t.text[:1].isdigit() and "-" in t.text)


def told_medium(toks: list[Tok], j: int, limit: int) -> bool:
    """"der" at j before a medium's noun ("der Nachrichtenagentur", "der Deutschen Presse-Agentur",
    "der Wochenzeitung"), with no name in apposition after the medium's own name ("der Verleger der
    Wochenzeitung Talbote, Henner Gottschalk": the phrase describes that person)."""
    if j >= limit or toks[j].low != "der":
        return False
    k = j + 1
    while k < limit and toks[k].tag in ("ADJ(A)", "NNA"):
        k += 1
    if not (k < limit and toks[k].cap and toks[k].low.endswith(recipient_media("de"))):
        return False
    k += 1
    while k < limit and (toks[k].cap or toks[k].text in QUOTE_CHARS):
        k += 1
    return not (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].cap)


def quoted_name_opens(phrases: NounPhrases, j: int) -> bool:
    """A name opens after the quotation mark at j: a noun ("„Spiegel“"), an article and a noun
    ("„Die Zeit“"), or a capitalised adjective ("das „Nationale Sturmzentrum“", "die „Freie Liste“")."""
    toks = phrases.toks
    return phrases.is_nominal(toks[j + 1]) or toks[j + 1].tag == "ART" and phrases.is_nominal(toks[j + 2]) \
        or toks[j + 1].cap and toks[j + 1].tag == "ADJ(A)"


def quoted_body_name_end(phrases: NounPhrases, j: int, limit: int) -> int | None:
    """A body's name in quotation marks (opening at j) right after its noun: the end after the
    closing mark ("die Bürgerinitiative „Grünes Tal“"), else None."""
    toks = phrases.toks
    if not (j + 2 < limit and toks[j].text in QUOTE_CHARS and is_institution_word(toks[j - 1].text, "de")
            and quoted_name_opens(phrases, j)):
        return None
    k = j + 1
    while k < limit and toks[k].text not in QUOTE_CHARS and k < j + 6:
        k += 1
    return k + 1 if k < limit and toks[k].text in QUOTE_CHARS else None
