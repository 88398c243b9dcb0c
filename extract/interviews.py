"""Printed interviews, as papers and agencies print them, read from the text's paragraphs
(language-neutral; the vocabulary is data/interviews.toml):

    Mit der Landesrätin Anna Beispiel sprach Max Muster.     introduction: who is asked, who asks
    SZ: Frau Beispiel, wann kommt die Seilbahn?               interviewer: outlet / "Frage" / "F" label,
    Beispiel: Ehrlich gesagt glaube ich nicht mehr daran.       or a paragraph ending with "?"
    Die Kosten sind gestiegen.                                answer: surname / "Antwort" label, or none;
                                                                unlabelled paragraphs continue the turn
    Anna Beispiel ist seit 2020 Landesrätin.                  narration again (names her in full)

An article is an interview when labelled questions meet labelled answers, or when question
paragraphs address someone ("Sie", "Frau X", "you") and the paragraphs after them speak in the
first person. Every answer paragraph is then a statement of the interviewee: the person its
label names (a surname resolved to the full name in the text), else the person the question
before it addresses, else the person the introduction names (not the one who asks).
Each question is a statement of whoever holds the turn: the person its label names ("Brenner:"
for the host Julia Brenner, "Abg. Tobias Krenzer (Bürgerliste):"), else no one ("Frage:", "SZ:",
"Q:", a bold question: the paper asks, which is no position of anyone). The answering person's role
comes from the introduction or the bio line outside the turns (introduced_roles: "Drei Fragen an X,
Chefarzt der Kinderklinik:", "X ist Präsidentin des Vereins Y.", "Seit 2024 ist X Bürgermeisterin").

A paragraph holding a whole interview ("… Frage: Frau X, …? X: Wenn … . Frage: …? X: …", as
pasted pages and feeds that lost their line breaks print it) is first split into its turns
(inline_turns), which are then read as above. A paragraph is what a reader sees as one
(unwrapped_lines): a hard-wrapped turn ("Welche Bedenken \nhaben Sie?") is one paragraph where blank
lines break the paragraphs, and a question glued to the answer before it ("… am CFR.Nordkorea hat …?")
is a turn of its own (glued_question); a label may stand in wiki markup ("''Pau'':", "::R. Kelly:").
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable

from .actors import firstnames, lexicon, parse_phrase, role_word
from .model import Span

# "– ", "**", then a label of at most five words and a colon: "**Von der Heide:** …", "F.: …"
STAMP = r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+)?"  # a transcript's time: "[00:01:12] Moderatorin: …"
# bold as Markdown or wiki markup writes it ("**Pau:**", "''Pau'':", "'''Pau''':"), after a wiki indent ("::Pau: …")
BOLD = r"(?:\*\*|__|'''?)"
INDENT = r"(?::{1,3}[ \t]*)?"
LABEL_CHAR = r"(?:[\w.&-]|['’](?!['’]))"  # an apostrophe ("O'Brien"), not the wiki bold closing the label
TURN = re.compile(r"[ \t]*" + INDENT + STAMP + r"(?:[-–—•][ \t]+)?" + BOLD + r"?[ \t]*(?P<label>[^\W\d_]" + LABEL_CHAR
                  + r"*(?:[ \t]+" + LABEL_CHAR + r"+){0,4})"
                  r"(?:[ \t]*\([^()\n]{1,30}\))?"  # "Beispiel (SPD):", "Muster (lacht):"
                  r"[ \t]*" + BOLD + r"?[ \t]*:[ \t]*" + BOLD + r"?[ \t]+(?P<body>\S[^\n]*)")
DOTTED = re.compile(r"[ \t]*(?:\*\*|__)?(?P<label>[A-Z])\.(?:\*\*|__)?[ \t]+(?P<body>\S[^\n]*)")
DECOR = re.compile(r"[ \t]*" + INDENT + STAMP + r"(?:[-–—•][ \t]+)?" + BOLD + r"?[ \t]*")
PARTICLES = r"(?:(?:von|van|de|der|den|zu|zur|vom|di|da|du|del|dos|al|el|la|le|ten|ter)[ \t]+)*"
NAME = re.compile(r"(?<![\w-])(?P<first>[A-ZÄÖÜ][a-zäöüß'’-]+)[ \t]+" + PARTICLES + r"(?P<last>[A-ZÄÖÜ][\w'’-]+)")
# a label inside a paragraph, right after a sentence end: "… realistisch? Lohmüller: Wenn …", "… ja. F: …"
INLINE = re.compile(r"(?<=[.?!…“”\"»«])[ \t]+(?:\*\*|__)?(?P<label>[^\W\d_][\w.'’&-]*(?:[ \t]+" + PARTICLES
                    + r"[A-ZÄÖÜ][\w.'’&-]*){0,3})(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:\*\*|__)?:[ \t]*(?:\*\*|__)?[ \t]+(?=\S)")
SENTENCE = re.compile(r"(?<=[.?!…])[\"“”»«’']?[ \t]+(?=[\"„“»«‚'A-ZÄÖÜ0-9])")
CAPITAL = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
MAX_UNLABELLED_ANSWER = 5  # paragraphs; the interviewer speaks between answers
QUOTES = "\"“”„«»‚‘’'"
ENDS = " \t*_\"“”»«'’)"
GLUED = re.compile(r"(?<=[^\W\d_]{2})[.!…](?=[A-ZÄÖÜ][a-zäöüß]{2})")  # "… am CFR.Nordkorea hat …"
BLANK = re.compile(r"\n[ \t]*\n")  # a blank line: the paragraphs' break


@dataclass
class Para:
    span: Span            # the paragraph, trimmed
    body: Span            # after the label, or the whole paragraph
    label: Span | None
    question: bool        # ends with "?"
    inline: bool = False  # a turn cut from a paragraph holding the whole interview (inline_turns)


@dataclass
class Interview:
    questions: list[Span] = field(default_factory=list)                 # the interviewer's paragraphs
    answers: list[tuple[Span | None, Span, Span]] = field(default_factory=list)  # (speaker, body, paragraph)
    # the questions as turns: (who asks, body, paragraph); who asks is the person a question's label
    # names ("Brenner:" for the host Julia Brenner), else None ("Frage:", "SZ:", "Q:", a bold question)
    asked: list[tuple[Span | None, Span, Span]] = field(default_factory=list)
    # speaker -> the role the introduction or the bio line gives them ("Drei Fragen an X, Chefarzt
    # der Kinderklinik:", "X ist Präsidentin des Vereins Y.", "Seit 2024 ist X Bürgermeisterin.")
    roles: dict[Span, str] = field(default_factory=dict)

    def in_question(self, span: Span) -> bool:
        return any(b <= span[0] and span[1] <= e for b, e in self.questions)

    def in_answer(self, span: Span) -> bool:
        return any(b < span[1] and span[0] < e for _, _, (b, e) in self.answers)

    def cites(self, who: Span, people: list[Span]) -> bool:
        """Whether a quotation whose speaker mention is ``who`` is one an answer cites ("Minister
        Olaf Brenner told me: "The money comes.""): a person of ``people`` named inside an answer
        who gives no answer keeps the quotation as their own."""
        named = any(p[0] <= who[0] and who[1] <= p[1] or who[0] <= p[0] and p[1] <= who[1] for p in people)
        return named and not any(s is not None and s[0] <= who[1] and who[0] <= s[1] for s, _, _ in self.answers) \
            and any(b <= who[0] < e for _, _, (b, e) in self.answers)

    def opening(self) -> int:
        """Where the first turn begins: the introduction (headline, teaser) lies before it."""
        return min([b for b, _ in self.questions] + [p[0] for _, _, p in self.answers])


@lru_cache(maxsize=None)
def vocabulary(lang: str) -> dict[str, frozenset[str] | tuple[str, ...]]:
    """data/interviews.toml for ``lang``: label sets normalised (key()), phrases as written."""
    data = tomllib.loads(resources.files("extract").joinpath("data/interviews.toml").read_text("utf-8"))
    table = data.get(lang, {})
    out: dict = {k: frozenset(key(w) for w in table.get(k, [])) for k in ("question_labels", "answer_labels", "outlets")}
    out.update({k: tuple(table.get(k, [])) for k in ("address", "first_name_address", "credits", "guest", "host",
                                                      "not_guest", "announce", "announce_after")})
    out.update({k: frozenset(table.get(k, [])) for k in ("you", "me", "copula", "since", "filler")})
    out["lang"] = lang
    return out


def key(label: str) -> str:
    """A label compared as a reader would: case, dots, "*" and spacing ignored."""
    return " ".join(label.replace(".", " ").replace("*", " ").split()).casefold()


def paragraphs(text: str, voc: dict) -> list[Para]:
    # "Q. When …" / "A. Not before …" (American print): one-letter labels of the vocabulary with a dot
    letters = {w.upper() for w in voc["question_labels"] | voc["answer_labels"] if len(w) == 1}
    out = []
    lines = []  # paragraphs that may hold one exchange each: "Frage: …? Lohmüller: …"
    for b, e in unwrapped_lines(text, letters):
        turn = opening_label(text, b, e, letters)
        if (inline := inline_turns(text, b, e, turn, voc)) is not None:
            out += inline
            continue
        if turn is not None and text.count(":", b, e) >= 2:
            lines.append((len(out), b, e, turn))
        label = (turn.start("label"), turn.end("label")) if turn else None
        start = turn.start("body") if turn else DECOR.match(text, b, e).end()
        # a question of the interviewer, not a quotation ending in one: “Who pays?”
        words = text[start:e].rstrip(" \t*_")
        q = words.endswith("?") and words[:1] not in QUOTES

        out.append(Para((b, e), (start, e), label, q))
    return exchange_lines(text, out, lines, voc)


def opening_label(text: str, b: int, e: int, letters: set[str]) -> re.Match | None:
    """The label a line opens with: "Frage: …", "''Pau'': …", "Q. …" (a one-letter label of ``letters``)."""
    turn = TURN.match(text, b, e) or DOTTED.match(text, b, e)
    return None if turn and turn.re is DOTTED and turn.group("label") not in letters else turn


def unwrapped_lines(text: str, letters: set[str]) -> list[Span]:
    """The paragraphs of ``text``, trimmed: its lines, except that a hard-wrapped paragraph ("Welche
    Bedenken \nhaben Sie?") is one: where blank lines break the paragraphs, a line continues the one
    right before it when that one stops mid-sentence (more than a heading's four words, no sentence end, no
    colon) and the line opens no turn of its own."""
    out: list[Span] = []
    blank = BLANK.search(text) is not None  # a text without blank lines breaks its paragraphs by a line break
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        b = m.start() + len(line) - len(line.lstrip())
        e = m.end() - (len(line) - len(line.rstrip()))
        if out and blank and not BLANK.search(text, out[-1][1], b) and opening_label(text, b, e, letters) is None:
            prev = text[out[-1][0]:out[-1][1]]
            if len(prev.split()) > 4 and not prev.rstrip(ENDS).endswith((".", "!", "?", "…", ":", ";")):
                out[-1] = (out[-1][0], e)
                continue
        out.append((b, e))
    return [part for b, e in out for part in glued_question(text, b, e)]


def glued_question(text: str, b: int, e: int) -> list[Span]:
    """A paragraph whose next question lost its line break ("… am CFR.Nordkorea hat … gedroht. Für
    wie wahrscheinlich …?"): the answer and the question apart, at the last sentence end with no space
    after it, when what follows asks."""
    if not text[b:e].rstrip(ENDS).endswith("?"):
        return [(b, e)]
    cut = None
    for m in GLUED.finditer(text, b, e):
        cut = m.end()
    return [(b, e)] if cut is None else [(b, cut), (cut, e)]


def exchange_lines(text: str, paras: list[Para], lines: list[tuple[int, int, int, re.Match]],
                   voc: dict) -> list[Para]:
    """"Frage: Wie …? Lohmüller: Wenn …" once per paragraph: each such paragraph split into its
    question and its answer, when two of them or more answer under the same name (a listed
    "Antwort" is not enough: explainer boxes print "Frage: … Antwort: …" with no one answering)."""
    if len(lines) < 2:
        return paras
    split = {i: t for i, b, e, turn in lines if (t := inline_turns(text, b, e, turn, voc, lone=True))}
    asking = voc["question_labels"] | voc["outlets"]
    names = Counter(key(text[p.label[0]:p.label[1]]).split()[-1] for t in split.values() for p in t
                    if p.label and key(text[p.label[0]:p.label[1]]) not in asking)
    if not names or max(names.values()) < 2:
        return paras
    return [q for i, p in enumerate(paras) for q in split.get(i, [p])]


def inline_turns(text: str, b: int, e: int, opening: re.Match | None, voc: dict,
                 lone: bool = False) -> list[Para] | None:
    """A whole interview printed as one paragraph, as pasted web pages and feeds that lost their
    line breaks print it: "Frage: Frau X, …? X: Wenn … . Frage: Und wenn nicht? X: Dann …".
    Its turns as paragraphs, or None. Labels count only after a sentence end (or opening the
    paragraph), and only when they recur and alternate: two answer turns or more, the first after
    a question (a question label before it, or a sentence ending with "?"), and an answer label
    or a question label that recurs (``lone``: one answer under a name, see exchange_lines).
    Unlabelled questions are cut from the text before an answer."""
    dotted = dotted_inline(voc["lang"])
    if text.count(":", b, e) < 2 and not dotted.search(text, b, e):
        return None
    marks = sorted((m.start("label"), m.end("label"), m.end()) for r in (INLINE, dotted) for m in r.finditer(text, b, e))
    if opening is not None:
        marks.insert(0, (opening.start("label"), opening.end("label"), opening.start("body")))
    if len(marks) < 2:
        return None
    marks = [(m, r) for m, r in zip(marks, inline_roles(text, marks, e, voc)) if r]
    groups = Counter(key(text[lb:le]).split()[-1] for (lb, le, _), _ in marks)
    single = not lone and named_exchange(text, marks, groups, e)
    if single:  # "… Brücke. Marquardt: Können Sie …? Brüning: Ein Datum nenne ich …": the first asks
        marks = [(marks[0][0], "q"), marks[1]]
    answers = [i for i, (_, r) in enumerate(marks) if r != "q"]
    if lone:  # one exchange, under a name: its recurrence is counted over the paragraphs
        if len(answers) != 1 or marks[answers[0]][1] != "name":
            return None
    elif (len(answers) < 2 or max(groups.values()) < 2) and not single and not labelled_exchange(text, marks, voc):
        return None
    first = answers[0]
    before = text[marks[first - 1][0][2] if first else b:marks[first][0][0]]
    if not (first and marks[first - 1][1] == "q" or before.rstrip().endswith("?")):
        return None
    asked = any(r == "q" for _, r in marks)
    out = []
    for i in range(-1, len(marks)):
        (lb, le, body), role = marks[i] if i >= 0 else ((b, None, b), None)
        end = trim(text, body, marks[i + 1][0][0] if i + 1 < len(marks) else closing_note(text, body, e))
        ask = None
        if not asked and i + 1 < len(marks) and role != "q":  # an answer (or the introduction) before an answer
            ask = question_start(text, body, end, voc, keep_first=role is not None)
        cut = trim(text, body, ask) if ask is not None else end
        if cut > lb:
            words = text[body:cut].rstrip(" \t*_")
            out.append(Para((lb, cut), (body, cut), (lb, le) if le else None,
                            words.endswith("?") and words[:1] not in QUOTES, True))
        if ask is not None:
            out.append(Para((ask, end), (ask, end), None, True, True))
    return out


def closing_note(text: str, b: int, e: int) -> int:
    """Where a last sentence in brackets begins ("… (Das Gespräch mit X führte Y.)"): the editor's
    note after the last answer of a one-paragraph interview, no words of the answer; else e."""
    end = trim(text, b, e)
    if end <= b or text[end - 1] != ")":
        return e
    k = text.rfind("(", b, end)
    return k if k > b and text[k + 1:k + 2].isupper() and re.search(r"[.!?][\s\u00a0]*$", text[b:k]) else e


def trim(text: str, b: int, e: int) -> int:
    while e > b and text[e - 1] in " \t":
        e -= 1
    return e


@lru_cache(maxsize=None)
def dotted_inline(lang: str) -> re.Pattern:
    """One-letter labels of the vocabulary with a dot inside a paragraph: "… rise? A. Not before …"."""
    voc = vocabulary(lang)
    letters = "".join(sorted({w.upper() for w in voc["question_labels"] | voc["answer_labels"] if len(w) == 1}))
    return re.compile(rf"(?<=[.?!…“”\"»«])[ \t]+(?P<label>[{letters}])\.[ \t]+(?=\S)")


def labelled_exchange(text: str, marks: list[tuple[tuple[int, int, int], str]], voc: dict) -> bool:
    """One exchange under both generic labels, the question's first, whose question addresses someone
    ("Frage: Frau X, …? Antwort: Ich …"): a short interview printed in one paragraph. An explainer's
    "Frage: Wer zahlt? Antwort: Das Land." addresses no one."""
    roles = [r for _, r in marks]
    if not ("q" in roles and "a" in roles and roles.index("q") < roles.index("a")):
        return False
    q = roles.index("q")
    body = marks[q][0][2]
    return address_opening(voc["lang"]).match(text, body) is not None


def named_exchange(text: str, marks: list[tuple[tuple[int, int, int], str]], groups: Counter, e: int) -> bool:
    """One exchange between two persons inside a paragraph, each label once ("… Marquardt: Können
    Sie …? Brüning: Ein Datum nenne ich erst …"): two name labels of different persons, the first's
    turn asking ("?"), the second's saying sentences (see lone_exchange)."""
    if len(marks) != 2 or any(r != "name" for _, r in marks) or max(groups.values()) > 1:
        return False
    (_, _, b1), (l2, _, b2) = marks[0][0], marks[1][0]
    first, second = text[b1:l2].rstrip(ENDS), text[b2:e].rstrip(ENDS)
    return first.endswith("?") and not second.endswith("?") and second.endswith((".", "!", "…"))


def inline_roles(text: str, marks: list[tuple[int, int, int]], e: int, voc: dict) -> list[str | None]:
    """"q" for a question label, an outlet or a name that mostly asks, "a" for an answer label,
    "name" for initials that recur or a label whose last word the text prints elsewhere too
    ("Frau Lohmüller, …? Lohmüller: …"), None for any other ("Update:", "Beispiel:")."""
    groups = [key(text[lb:le]).split()[-1] for lb, le, _ in marks]
    count = Counter(groups)
    full = {g for g, (lb, le, _) in zip(groups, marks) if len(text[lb:le].split()) > 1}
    # a name whose turns mostly end with "?" asks: the host of a radio talk ("Brenner: Fast alle?")
    ends = [m[0] for m in marks[1:]] + [e]
    asking = Counter(g for g, (_, _, body), end in zip(groups, marks, ends) if text[body:end].rstrip().endswith("?"))
    out = []
    for (lb, le, _), g in zip(marks, groups):
        k = key(text[lb:le])
        last = text[lb:le].split()[-1]
        named = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])(?![ \t]*(?:\([^()\n]*\))?[ \t]*:)", text, re.I)
        # initials recur ("WT: …"), so does a surname after the full name ("Men Caduff: …", "Caduff: …");
        # any other word must be printed elsewhere too ("Update:" is not)
        name = text[lb].isupper() and (named or count[g] >= 2 and (g in full or re.fullmatch(
            r"[A-ZÄÖÜ][A-ZÄÖÜ.\s-]{0,7}", text[lb:le])))
        out.append("q" if k in voc["question_labels"] or outlet(k, voc) or name and 2 * asking[g] > count[g] >= 2
                   else "a" if k in voc["answer_labels"] else "name" if name else None)
    return out


def outlet(k: str, voc: dict) -> bool:
    """A listed outlet, also in a compound name: "Keystone-SDA", "APA-Interview"."""
    return k in voc["outlets"] or "-" in k and any(part in voc["outlets"] for part in k.split("-"))


@lru_cache(maxsize=None)
def address_opening(lang: str) -> re.Pattern:
    """A sentence opening with the one addressed: "Herr Tepe, …", "Frau Landeshauptfrau, …"."""
    words = "|".join(re.escape(a) for a in vocabulary(lang)["address"])
    return re.compile(rf"[„\"“»]?(?:(?:{words})\.?[ \t]+)+[^\s,?]+(?:[ \t]+[^\s,?]+){{0,3}}[ \t]*,")


def question_start(text: str, b: int, e: int, voc: dict, keep_first: bool) -> int | None:
    """Where the interviewer's unlabelled question begins in the text before an answer label: at
    its last sentences ending with "?", back to a sentence that addresses the one asked ("Herr
    Tepe, das Freibad bleibt zu. Warum?"); or a last sentence that speaks to them ("Die Opposition
    sagt, Sie hätten …"). None: no question there. ``keep_first``: the first sentence is an answer's."""
    starts = [b] + [m.end() for m in SENTENCE.finditer(text, b, e)]
    ends = starts[1:] + [e]
    asks = [text[s:t].rstrip().endswith("?") for s, t in zip(starts, ends)]
    low = 1 if keep_first else 0
    i = len(starts) - 1
    if i < low:
        return None
    if asks[i]:
        while i > low and asks[i - 1]:
            i -= 1
        lead = next((j for j in (i - 1, i - 2) if j >= low and address_opening(voc["lang"]).match(text, starts[j])), i)
        return starts[lead]
    you = any(w in voc["you"] for w in re.findall(r"\w+", text[starts[i]:e])[1:])
    return starts[i] if keep_first and you else None


def alternate_dashes(text: str, paras: list[Para]) -> list[Para]:
    """"– Frau X, warum?" / "– Weil …" / "– Das Gewerbe droht mit dem Referendum." / "– Das ist
    sein Recht.": when every turn after the first question opens with a dash, the turns alternate,
    so a statement in a question's place asks too. Only without labels, and only when the
    question places end with "?" at least half the time and no answer place does."""
    first = next((i for i, p in enumerate(paras) if p.question), None)
    turns = paras[first:] if first is not None else []
    if len(turns) < 4 or any(p.label for p in paras) or any(text[p.span[0]] not in "-–—" for p in turns):
        return paras
    asks, answers = turns[0::2], turns[1::2]
    if any(p.question for p in answers) or 2 * sum(p.question for p in asks) < len(asks):
        return paras
    for p in asks:
        p.question = True
    return paras


def announced(text: str, paras: list[Para], voc: dict) -> bool:
    """A sentence of the introduction (before the first question) announces questions to someone, as a
    heading does: it opens with "Drei Fragen an Hans Beispiel, …", "Interview mit Nationalrätin Anna
    Muster", "Im Gespräch: X über …" or closes with "X im Gespräch.", "Wir haben mit X gesprochen."
    (not "In einem Interview mit der Zeitung sagte sie …" inside a report)."""
    first = next((i for i, p in enumerate(paras) if p.question), len(paras))
    return any(announcing(text[p.span[0]:p.span[1]], voc) for p in paras[:first])


SENTENCE_START = r"(?:^|(?<=[.!?:]\s))"


@lru_cache(maxsize=4)  # (one pattern per language)
def announce_pattern(heads: tuple[str, ...], tails: tuple[str, ...]) -> re.Pattern | None:
    """The sentence starts and ends of data/interviews.toml's announce and announce_after phrases; a word
    with a hyphenated prefix stands for the last word of a tail ("im APA-Gespräch")."""
    opening = "|".join(re.escape(a) for a in heads)
    closing = "|".join(r"\s+".join(re.escape(w) for w in a.split()[:-1]) + (r"\s+" if " " in a else "")
                       + r"(?:\w+-)?" + re.escape(a.split()[-1]) for a in tails)
    parts = ([rf"{SENTENCE_START}[\w.]*\s*(?:{opening})\s+\S"] if opening else []) \
        + ([rf"(?<!\w)(?:{closing})(?:\s+mit\s[^.!?\n]{{1,60}})?\s*[.:](?=\s|$)"] if closing else [])
    return re.compile("|".join(parts)) if parts else None


def announcing(para: str, voc: dict) -> bool:
    pattern = announce_pattern(voc["announce"], voc.get("announce_after", ()))
    return pattern is not None and pattern.search(para) is not None


EXCHANGE_DASH = re.compile(r"(?<=[.?!…])[ \t]+[–—-][ \t]+(?=\S)")


def dash_exchanges(text: str, paras: list[Para], voc: dict) -> list[Para]:
    """"Herr X, warum …? – Weil …": in an announced interview without labels, paragraphs that each
    hold one exchange, the question (or the challenge: "Aber die Tiere leiden. – Das bestreite ich
    nicht.") before a dash after a sentence end, the answer after it. Only when two paragraphs or
    more hold one and at least one of them asks with "?"."""
    if any(p.label for p in paras) or not paras or not announced(text, paras, voc):
        return paras
    cuts = {i: m for i, p in enumerate(paras) if (m := EXCHANGE_DASH.search(text, p.body[0], p.span[1]))}
    if len(cuts) < 2 or not any(text[paras[i].body[0]:m.start()].rstrip().endswith("?") for i, m in cuts.items()):
        return paras
    out = []
    for i, p in enumerate(paras):
        if i not in cuts:
            out.append(p)
            continue
        m = cuts[i]
        out += [Para((p.span[0], m.start()), (p.body[0], m.start()), None, True),
                Para((m.end(), p.span[1]), (m.end(), p.span[1]), None, False)]
    return out


def person_names(text: str, names: list[Span]) -> list[Span]:
    """The persons the language layer found, plus "Firstname (von der) Surname" runs with a
    listed first name, in text order."""
    runs = set()
    for cap in CAPITAL.finditer(text):  # every capitalised word may start one: "Ärztin Eva Lindqvist"
        m = NAME.match(text, cap.start())
        if m and m.group("first").casefold() in firstnames():
            runs.add((m.start(), m.end()))
    ends = {e: b for b, e in runs}
    # a name that ends where a first-name run ends is that run with a role before it: the run
    found = {s for s in names if " " in text[s[0]:s[1]].strip() and ends.get(s[1], s[0]) <= s[0]}
    return sorted(found | runs)


def person_span(text: str, words: str, names: list[Span], avoid: set[Span] = frozenset()) -> Span | None:
    """Where ``words`` (a label or an addressed surname: "Beispiel", "VON DER HEIDE", "Anna
    Beispiel", "Ministerin Beispiel", "MR. BRANDT") names a person in full: the first name span
    equal to it or ending in it, else in its last words."""
    parts = key(words).split()
    for n in range(len(parts)):
        want = " ".join(parts[n:])
        for s in names:
            have = key(text[s[0]:s[1]])
            if s not in avoid and (have == want or have.endswith(" " + want)):
                return s
    return by_initials(text, words, names, avoid) or by_first_word(text, words, names, avoid)


def by_first_word(text: str, words: str, names: list[Span], avoid: set[Span]) -> Span | None:
    """One word naming one person of the text: their first name ("Svea:" for Svea Lindqvist, as
    youth papers and podcasts print it), else the role printed right before the name
    ("Bürgermeisterin:" or "Herr Landeshauptmann" for "Bürgermeisterin Renate Fichtl", the
    head of a compound too: "Ministerin" for "Innenministerin Carla Wendt")."""
    word = words.strip(" .*_")
    if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]{2,}", word):
        return None
    free = [s for s in names if s not in avoid and " " in text[s[0]:s[1]].strip()]
    first = {s for s in free if key(text[s[0]:s[1]]).split()[0] == key(word)}
    role = re.compile(rf"{re.escape(word)}[ \t]+$", re.I)
    before = {s for s in free if len(word) >= 4 and role.search(text, max(0, s[0] - 40), s[0])}
    for found in (first, before):
        people = {key(text[s[0]:s[1]]) for s in found}
        if len(people) == 1:
            return min(found)
    return None


def by_given_name(text: str, given: str, names: list[Span], avoid: set[Span]) -> Span | None:
    """The one person whose name has ``given`` (a key()) before its surname: the name a label of
    an address word and a first name stands for ("Schwester Raphaela:", "Pater Anselm:")."""
    found = {s for s in names if s not in avoid and given in key(text[s[0]:s[1]]).split()[:-1]}
    return min(found) if len({key(text[s[0]:s[1]]) for s in found}) == 1 else None


def by_initials(text: str, words: str, names: list[Span], avoid: set[Span]) -> Span | None:
    """The name a label of initials stands for: "KR", "K. R." and "K.-H. B." (every capitalised
    part of the name, hyphenated first names too), or "M." (one letter: the surname's)."""
    letters = re.sub(r"[\s.-]", "", words)
    if not (1 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return None
    if len(letters) == 1 and not words.rstrip().endswith("."):
        return None  # "M" alone is no abbreviation; "M." is
    for s in names:
        parts = [w for w in re.split(r"[\s-]+", text[s[0]:s[1]]) if w[:1].isupper()]
        if s not in avoid and parts and letters in ("".join(w[0] for w in parts), parts[-1][0]):
            if len(letters) > 1 or len(parts) > 1:
                return s
    return None


def read_interview(text: str, lang: str, names: Callable[[], list[Span]]) -> Interview | None:
    """The interview printed in ``text`` (None when the article is none). ``names()`` gives the
    person names the language layer found (spans; asked only when the article may be an
    interview), completed here by first-name runs."""
    if ":" not in text and "?" not in text:
        return None
    voc = vocabulary(lang)
    paras = alternate_dashes(text, dash_exchanges(text, paragraphs(text, voc), voc))
    listed = voc["question_labels"] | voc["answer_labels"] | voc["outlets"]
    if not any(p.question or p.label and key(text[p.label[0]:p.label[1]]) in listed for p in paras):
        return None
    persons = person_names(text, names())
    askers = interviewers(text, persons, voc)
    kinds = label_kinds(text, paras, persons, askers, voc)
    guest = interviewee(text, paras, kinds, persons, askers, voc)
    found = read_turns(text, paras, kinds, guest, persons, voc)
    if not is_interview(text, paras, kinds, found, voc):
        return None
    found.roles = introduced_roles(text, found, voc)
    return found


WORD = re.compile(r"[\w'’-]+|[^\w\s]")
AGE = re.compile(r"^\s*(?:\([^()]{1,30}\)|,\s*\d{1,3}\s*(?=,))")  # what may stand between a name and its predicate


def introduced_roles(text: str, found: Interview, voc: dict) -> dict[Span, str]:
    """Each answering person's role as the introduction or the bio line outside the turns gives it:
    an apposition after the full name that runs to a colon or the line's end ("Drei Fragen an Udo
    Kreienbrink, Chefarzt der Kinderklinik:"), or a copula clause with the name as subject ("Reto
    Kälin ist Präsident des Vereins …", "Zur Person: Dr. X (58) ist seit 2019 Leiter …", "Seit einem
    Jahr ist Sabine Körner Bürgermeisterin …", "Sie ist seit 100 Tagen Bürgermeisterin: Nadine Kroll").
    The role is the role word that heads the predicate, as written."""
    turns = [p for _, _, p in found.answers] + list(found.questions)
    out: dict[Span, str] = {}
    for who in {s for s, _, _ in found.answers if s}:
        name = text[who[0]:who[1]].strip()
        if len(name.split()) < 2:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if any(b <= m.start() < e for b, e in turns):
                continue
            role = role_after_name(text, m.end(), voc) or role_before_name(text, m.start(), m.end(), voc)
            if role:
                out[who] = role
                break
    return out


def role_after_name(text: str, end: int, voc: dict) -> str:
    """"X, Chefarzt der …:" (to a colon or the line's end) or "X (52) ist seit 2019 Leiterin …"."""
    rest = AGE.sub("", rest_of_line(text, end))  # "(52)", "(parteilos)", ", 47,"
    if (m := re.match(r"\s*,\s*([^,;:.!?]+?)\s*(?::|\.?\s*$)", rest)) and (role := predicate_role(m.group(1), voc)):
        return role
    words = WORD.findall(rest)
    words = words[1:] if words[:1] == [","] else words  # "X, 47, ist …": the comma after the age
    return predicate_role(" ".join(words[1:]), voc) if words and words[0] in voc["copula"] else ""


def rest_of_line(text: str, end: int) -> str:
    """The text from ``end`` to the end of its line."""
    stop = text.find("\n", end)
    return text[end:stop if stop >= 0 else len(text)]


def role_before_name(text: str, start: int, end: int, voc: dict) -> str:
    """The role word right before the name ("Mit der Hebamme X sprach …"), the predicate after the
    name that follows a fronted copula ("Seit einem Jahr ist X Bürgermeisterin …"), or the predicate
    of a bio clause the name follows after a colon ("Sie ist seit 100 Tagen Bürgermeisterin: X")."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    words = WORD.findall(line)
    if words and role_word(words[-1], lexicon(voc["lang"])) and words[-1][:1].isupper() == (voc["lang"] == "de"):
        return words[-1]  # "Mit der Hebamme X sprach …", "Der Ortsvorsteher X spricht für …"
    if words and words[-1] in voc["copula"]:
        return predicate_role(AGE.sub("", rest_of_line(text, end)), voc)
    if line.rstrip().endswith(":"):
        clause = WORD.findall(re.split(r"(?<=[.!?])\s+", line.rstrip()[:-1])[-1])
        k = next((i for i, w in enumerate(clause) if w in voc["copula"]), None)
        return predicate_role(" ".join(clause[k + 1:]), voc) if k is not None else ""
    return ""


def predicate_role(words: str, voc: dict) -> str:
    """The role word heading ``words`` (what follows a copula or a comma after the name): after
    fillers ("die neue") and a time phrase ("seit zwei Jahren"), the first word must be a role word."""
    lex = lexicon(voc["lang"])
    toks = WORD.findall(words)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.casefold() in voc["filler"]:
            i += 1
        elif t.casefold() in voc["since"]:
            j = next((k for k in range(i + 1, min(i + 5, len(toks))) if role_word(toks[k], lex)), None)
            if j is None:
                return ""
            i = j
        else:
            break
    if i >= len(toks) or not re.fullmatch(r"[\w'’-]+", toks[i]) or not role_word(toks[i], lex):
        return english_role(toks[i:], voc)
    k = i + 1  # English writes a role in words: "head teacher", "harbour master"
    while voc["lang"] == "en" and k < len(toks) and toks[k].islower() and role_word(toks[k], lex):
        k += 1
    return " ".join(toks[i:k])


def english_role(toks: list[str], voc: dict) -> str:
    """English writes a role as a phrase: "the city's parks director", "the new principal | of
    Eastbrook High": the role the actor rules read in the words before the first preposition."""
    if voc["lang"] != "en" or not toks:
        return ""
    k = next((i for i, t in enumerate(toks) if t in ("of", "at", "for", "in", "from", ",", ".", "and", "who")), len(toks))
    p = parse_phrase(" ".join(toks[:k]).replace(" 's", "'s"), "en")
    return p.role if p.role and not p.name and p.entity is None else ""


def interviewers(text: str, persons: list[Span], voc: dict) -> set[Span]:
    """Persons named right after a credit ("Das Gespräch führte Max Muster", "Interview: …")."""
    out = set()
    for s in persons:
        before = text[max(0, s[0] - 80):s[0]].rsplit("\n", 1)[-1]
        # "Interview: Max Muster" opens its line; "Im Interview: Anna Beispiel" introduces the guest
        # "Wir sprachen mit Musikschulleiterin X": a guest word after the credit names the guest
        credit = next((m for c in voc["credits"] if (m := re.search(("^" if c.endswith(":") else "") + re.escape(c)
                                                                    + r"((?:\s+\S+){0,3})\s*$", before.strip()))), None)
        # "Interview: Nele X, Präsidentin des Verbands Y, über …": a role in apposition says whom the
        # interview is with, the interviewer is named bare
        if credit and not set(credit.group(1).split()) & set(voc["guest"]) and not apposed_role(text, s[1], voc) \
                or hosts(text, s, persons, voc) or asking_role(before, voc):
            out.add(s)
    return out


def asking_role(before: str, voc: dict) -> bool:
    """The word right before a name is one that labels the interviewer's turns ("Im Studio:
    Moderator Felix X und …", "Host Jane Y"): that person asks, whatever label their turns carry."""
    words = WORD.findall(before)
    return bool(words) and key(words[-1]) in voc["question_labels"] and words[-1][:1].isupper()


def apposed_role(text: str, end: int, voc: dict) -> str:
    """The role word heading an apposition right after a name, to the next comma or colon or the
    line's end ("X, Präsidentin des Landesverbands Y, über …"), else ""."""
    m = re.match(r"\s*,\s*([^,;:.!?]+)", AGE.sub("", rest_of_line(text, end)))
    return predicate_role(m.group(1), voc) if m else ""


def hosts(text: str, s: Span, persons: list[Span], voc: dict) -> bool:
    """"Josef Gruber im Gespräch mit Eva Stadler": the one named after the phrase asks when a
    person is named before it on the line ("Im Gespräch mit Anna Beispiel" alone names the guest)."""
    line = text.rfind("\n", 0, s[0]) + 1
    for c in voc["host"]:
        m = re.search(rf"(?<!\w){re.escape(c)}(?:\s+\S+){{0,3}}\s*$", text[line:s[0]], re.I)
        if m and any(line <= o[0] and o[1] <= line + m.start() for o in persons):
            return True
    return False


def label_kinds(text: str, paras: list[Para], persons: list[Span], askers: set[Span],
                voc: dict) -> dict[int, tuple[str, Span | None]]:
    """Paragraph index -> ("q", None) for the interviewer's labels, ("a", None) for "Antwort",
    ("name", speaker) for a label naming the one who answers; other labels are no turns."""
    labels = {i: key(text[p.label[0]:p.label[1]]) for i, p in enumerate(paras) if p.label}
    count = Counter(k.split()[-1] for k in labels.values())  # "Men Caduff:" then "Caduff:" is one label
    asking = Counter(k.split()[-1] for i, k in labels.items() if paras[i].question)
    label_spans = {p.label for p in paras if p.label}
    # a full name printed only as the first label ("Men Caduff: …", then "Caduff: …") names the person
    full = {s for s in label_spans if len(words := key(text[s[0]:s[1]]).split()) > 1 and count[words[-1]] >= 2
            and min(map(len, words)) > 1}  # not initials: "H. M."
    out: dict[int, tuple[str, Span | None]] = {}
    for i, k in labels.items():
        raw = text[paras[i].label[0]:paras[i].label[1]]
        g = k.split()[-1]
        if k in voc["question_labels"] or outlet(k, voc):
            out[i] = ("q", None)  # the paper or its reporter asks: a turn of no one named
        elif asker := person_span(text, raw, sorted(askers)):
            out[i] = ("q", asker)  # the credited interviewer ("sprach Moderatorin Julia Brenner" … "Brenner:")
        elif k in voc["answer_labels"]:
            out[i] = ("a", None)
        elif count[g] >= 2 and (2 * asking[g] > count[g] or 2 * asking[g] == count[g]
                                and person_span(text, raw, persons, avoid=askers | label_spans) is None):
            # a repeated label that asks (half its turns, when it names no one): a host named by the label
            # ("Abg. Tobias Krenzer (Bürgerliste):"), else an outlet not listed ("SPIEGELBLICK:")
            out[i] = ("q", asking_person(text, raw, persons, voc))
        else:
            # a name printed elsewhere first: the label itself ("K.-H. B.") may read as a name
            who = person_span(text, raw, persons, avoid=askers | label_spans)
            if who is None and len(k.split()) == 2 and k.split()[0] in {key(a) for a in voc["first_name_address"]}:
                who = by_given_name(text, k.split()[-1], persons, askers)  # "Schwester Raphaela:" -> Raphaela Gerwing
            if who is None or bare(text, who, voc):  # "Ms Calloway" found apart: the full name printed as a label
                who = person_span(text, raw, sorted(full)) or who or person_span(text, raw, persons, avoid=askers)
            if who is not None or count[g] >= 2:
                out[i] = ("name", who or paras[i].label)
    return lone_exchange(text, paras, out)


def lone_exchange(text: str, paras: list[Para], kinds: dict[int, tuple[str, Span | None]]) -> dict[int, tuple[str, Span | None]]:
    """Question time printed with one exchange ("Abg. Sigrid Pfannkuch (Ökoliste): Wann …?" then
    "Verkehrsminister Dietmar Hollenbach: …", or "Marquardt: Frau Ministerin, …?" then "Brüning: …"
    for two persons the narration introduced): when no label asks and the only name labels are two,
    one each, for two different persons named in the text, on paragraphs right after one another, the
    first asking ("?") and the second answering in sentences, the first asks. A recurring label is read by label_kinds;
    a lone "Name: …?" line in a report (no second label answering) stays no turn."""
    named = sorted(i for i, (kind, _) in kinds.items() if kind == "name")
    if any(kind == "q" for kind, _ in kinds.values()) or len(named) != 2 or named[1] != named[0] + 1:
        return kinds
    (i, (_, asker)), (j, (_, answerer)) = [(n, kinds[n]) for n in named]
    persons = [asker, answerer]
    if any(w is None or w == paras[n].label for n, w in zip(named, persons)) \
            or key(text[asker[0]:asker[1]]) == key(text[answerer[0]:answerer[1]]):
        return kinds  # (a label naming no one of the text, or one person twice)
    if not paras[i].question or paras[j].question \
            or not text[paras[j].body[0]:paras[j].body[1]].rstrip(ENDS).endswith((".", "!", "…")):
        return kinds  # (an answer says sentences: "Referent Paul Beispiel: Wasserstoff im Verkehr" is a programme)
    return {**kinds, i: ("q", asker)}


def asking_person(text: str, label: str, persons: list[Span], voc: dict) -> Span | None:
    """The person a label that asks names: a name of the text it equals or ends ("Brenner" for
    Julia Brenner, "Abg. Tobias Krenzer"), not a word that names no one ("SPIEGELBLICK") and no
    first name or role alone."""
    parts = key(label).split()
    if not parts or len(parts[-1]) < 2 or not label.strip()[:1].isupper():
        return None
    who = person_span(text, label, persons)
    if who is None:
        return None
    return who if key(text[who[0]:who[1]]).split()[-1] == parts[-1] else None


def bare(text: str, span: Span, voc: dict) -> bool:
    """A surname alone, or with an address word only ("Calloway", "Ms Calloway", "Frau Meissl")."""
    address = {key(a) for a in voc["address"]}
    return len([w for w in key(text[span[0]:span[1]]).split() if w not in address]) <= 1


def addressed(text: str, para: Para, persons: list[Span], voc: dict) -> Span | None:
    """The person a question addresses: "Frau Beispiel, …", "Herr Dr. von der Heide", "Mr. Okafor",
    or a full name opening it ("Lea Brunner, was …")."""
    b, e = para.body
    words = "|".join(re.escape(a) for a in voc["address"])
    m = re.compile(rf"(?<!\w)(?:(?:{words})\.?[ \t]+)+(?P<who>{PARTICLES}[A-ZÄÖÜ][\w'’-]+)").search(text, b, e)
    if m:  # "Frau Ministerin, …" addresses an office, not a surname
        who = person_span(text, m.group("who"), persons)
        return who or (None if role_word(m.group("who"), lexicon(voc["lang"])) else (m.start("who"), m.end("who")))
    return next((s for s in persons if b <= s[0] < e and text[s[1]:s[1] + 1] == ","), None)


def interviewee(text: str, paras: list[Para], kinds: dict, persons: list[Span], askers: set[Span],
                voc: dict) -> Span | None:
    """Whom the unlabelled answers are given to: the one person the labels name, else the first
    person a question addresses, else the person the introduction names (after "mit", "with",
    else the first) who is not the interviewer."""
    named = {key(text[s[0]:s[1]]): s for kind, s in kinds.values() if kind == "name" and s}
    if len(named) == 1:
        return next(iter(named.values()))
    for p in paras:
        if p.question and (who := addressed(text, p, persons, voc)) is not None:
            return who
    others = [s for s in persons if s not in askers]
    for s in others:
        before = text[max(0, s[0] - 60):s[0]].rsplit("\n", 1)[-1]
        if any(re.search(rf"(?<!\w){re.escape(g)}(?:\s+\S+){{0,3}}\s*$", before, re.I) for g in voc["guest"]):
            return s
    # "Nach dem Rücktritt von Landrat Karl Brandt führt Lea Vogt …": one named after a preposition
    # is what the interview is about, not who answers
    words = "|".join(re.escape(w) for w in voc["not_guest"])
    free = [s for s in others if not re.search(rf"(?<!\w)(?:{words})(?:[ \t]+[^\s,;.]+){{0,2}}[ \t]+$",
                                                text[max(0, s[0] - 60):s[0]])]
    return (free or others or [None])[0]


def read_turns(text: str, paras: list[Para], kinds: dict, guest: Span | None, persons: list[Span],
               voc: dict) -> Interview:
    """Questions and answers in order. Without labelled questions, a paragraph ending with "?"
    asks; an unlabelled paragraph after a turn continues it (an answer after a question), until
    narration: a heading, a credit, or a paragraph naming one who answers in full."""
    out = Interview()
    labelled_q = any(kind == "q" for kind, _ in kinds.values())
    current: str | None = None      # "q", "a" or None (introduction, narration)
    speaker = to = guest            # who answers now; whom the last question addressed
    full = {text[guest[0]:guest[1]]} if guest else set()
    full |= {text[s[0]:s[1]] for kind, s in kinds.values() if kind == "name" and s}
    full = {n for n in full if " " in n.strip() and not n.isupper()}
    for i, p in enumerate(paras):
        kind, who = kinds.get(i, (None, None))
        if kind is None and not (not labelled_q and p.question) and narration(text, p, full, voc):
            current = None
            continue
        if kind == "q" or (kind is None and not labelled_q and p.question):
            out.questions.append(p.span)
            out.asked.append((who if kind == "q" else None, answer_body(text, p), p.span))
            current, to = "q", addressed(text, p, persons, voc) or guest
            continue
        if kind == "name":
            speaker = who
        elif kind == "a" or (kind is None and current == "q"):
            speaker = to
        elif kind is not None or current is None:
            continue
        current = "a"
        out.answers.append((speaker, answer_body(text, p), p.span))
    return out


def narration(text: str, p: Para, full: set[str], voc: dict) -> bool:
    body = text[p.span[0]:p.span[1]]
    if len(body.split()) <= 4 and not body.rstrip(ENDS).endswith((".", "!", "?", "…")):
        return True  # a heading: "Zur Person"
    return any(n in body for n in full) or any(c in body for c in voc["credits"] if " " in c or c.endswith(":"))


def answer_body(text: str, p: Para) -> Span:
    b, e = p.body
    while e > b and text[e - 1] in " \t*_":
        e -= 1
    return b, e


def is_interview(text: str, paras: list[Para], kinds: dict, found: Interview, voc: dict) -> bool:
    """Labelled questions and labelled answers; or questions that address someone ("Sie", "Frau
    X") and answers in the first person or to a question naming the one asked (one labelled
    question, two questions, or one question and a labelled answer)."""
    if not found.questions or not found.answers:
        return False
    if any(p.inline for p in paras):
        return True  # inline_turns found its labels recurring and alternating
    labelled = {kind for kind, _ in kinds.values()}
    if "q" in labelled and labelled & {"a", "name"}:
        return True
    you = any(w in voc["you"] for q in found.questions for w in re.findall(r"\w+", text[q[0]:q[1]]))
    me = any(w in voc["me"] for _, a, _ in found.answers for w in re.findall(r"\w+", text[a[0]:a[1]]))
    if longest_answer(found) > MAX_UNLABELLED_ANSWER:
        return False  # a column with rhetorical questions: the "answers" run on for pages
    named = any(addressed(text, p, [], voc) for p in paras if p.span in found.questions)
    if announced(text, paras, voc) and len(found.questions) >= 2:
        return True  # "Drei Fragen an X" / "Interview mit X", then questions and answers
    # "Tierärztin Dr. Svenja Mohrmann über …" then "…?" and "Mohrmann: …": an answer labelled with
    # the surname of a person the article names in full
    introduced = any(kind == "name" and who is not None and who != paras[i].label for i, (kind, who) in kinds.items())
    # "Herr X, …?" then "X: …": a labelled answer to a question addressing someone is enough
    return you and (me or named) and ("q" in labelled or len(found.questions) >= 2 or named and "name" in labelled) \
        or introduced


def longest_answer(found: Interview) -> int:
    """The most answer paragraphs in a row with no question between them."""
    turns = sorted([(b, False) for b, _ in found.questions] + [(p[0], True) for _, _, p in found.answers])
    best = run = 0
    for _, answer in turns:
        run = run + 1 if answer else 0
        best = max(best, run)
    return best
