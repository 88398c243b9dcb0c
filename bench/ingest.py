"""Benchmark `wortlaut add`: articles per second for a folder of German agency-style articles,
with one process and with several.

    python bench/ingest.py                 # 200 articles, --jobs 1 vs one per CPU
    python bench/ingest.py -n 500 --jobs 1 2 4 --html 0.2 --keep /tmp/corpus

Every article is synthetic and fictional (invented people, places and quotes), built from
templates with varied names, roles, speech verbs and quotes; some files have Windows line ends,
non-breaking spaces and soft hyphens, as saved copy often has. Nothing touches the user's
database: each run writes a fresh database in a temporary folder. Each run is a fresh
`python -m tui.cli add` process, so start-up and model loading count as a user would wait.

On a shared Linux machine the scheduler's autogroups give a terminal session one fair share
of the CPUs, whatever the number of its processes: then several processes cannot beat one.
To measure what the processes themselves gain, give the run its own session and share:
    setsid sh -c 'echo -10 > /proc/self/autogroup; exec python bench/ingest.py'   (as root)

Measured on 2 vCPUs (2026-11-28, German extraction as on main then, load ~3 from other work):
    200 articles: --jobs 1  44.9 articles/s, --jobs 2  60.4 articles/s  (1.35x)
    600 articles: --jobs 1  53.9 articles/s, --jobs 2  85.4 articles/s  (1.59x)
    sharing the session's CPU share with other work: --jobs 2 / --jobs 1 = 0.6x to 1.4x
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Ilka", "Tomas", "Aurel", "Mira", "Kasimir", "Runa", "Jorin", "Svea", "Elmar", "Linnea", "Bertram",
         "Hedda", "Oskar", "Talke", "Wendel", "Marit", "Ansgar", "Fenja", "Gero", "Ylva", "Konrad", "Nele"]
LAST = ["Marwen", "Vell", "Kovant", "Sandell", "Orlan", "Dalgard", "Brekke", "Halvor", "Strand", "Ovesen",
        "Lindqvar", "Askeland", "Rauhe", "Tessmar", "Quandt", "Ebbing", "Moravec", "Sülzer", "Gräve", "Öhlund"]
ROLES = ["Ministerpräsidentin", "Außenminister", "Verteidigungsministerin", "Oppositionsführer",
         "Gewerkschaftschefin", "Regierungssprecher", "Finanzminister", "Bürgermeisterin", "Generalsekretär",
         "Innenministerin", "Fraktionschef", "Wirtschaftsminister"]
COUNTRIES = [("Valdoria", "valdorisch"), ("Norrland", "norrländisch"), ("Kestria", "kestrisch"),
             ("Sundmark", "sundmärkisch"), ("Orvenien", "orvenisch")]
PLACES = ["VALDORA", "HALVSTAD", "ORVENA", "BRENNSUND", "KESTRIN", "SUNDHAVN", "MØRVIK", "ALTENFURT"]
TOPICS = [
    ("die Gasleitung", "Die Pipeline", ["Die Leitung macht uns auf Jahrzehnte abhängig",
                                         "Wir brauchen diese Gasleitung für eine sichere Versorgung",
                                         "Die Rechnung für dieses Projekt zahlen am Ende unsere Kinder"]),
    ("die Sanktionen", "Strafmaßnahmen", ["Sanktionen treffen nur die Falschen",
                                          "Ohne harte Sanktionen wird sich nichts ändern",
                                          "Wir werden weitere Strafmaßnahmen nicht ausschließen"]),
    ("den Truppenabzug", "Der Abzug", ["Erst wenn wir einen Abzug sehen, glauben wir daran",
                                       "Der Abzug ist ein gutes Zeichen für die ganze Region",
                                       "Von einem echten Abzug kann keine Rede sein"]),
    ("den Hafenstreik", "Der Streik", ["Der Streik ist das letzte Mittel, das uns bleibt",
                                       "Die Beschäftigten verdienen einen fairen Tarifvertrag",
                                       "Wir fordern alle Seiten auf, an den Verhandlungstisch zurückzukehren"]),
    ("das Haushaltsgesetz", "Der Haushalt", ["Dieser Haushalt ist solide und gerecht",
                                              "Mit diesem Haushalt verspielen wir die Zukunft",
                                              "Wir werden keine neuen Schulden machen"]),
]
SAID = ["sagte", "erklärte", "betonte", "warnte", "versicherte", "kritisierte", "räumte ein", "fügte hinzu"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MARKS = [("«", "»"), ("„", "“"), ("»", "«")]
INSTITUTIONS = ["das Parlament", "der Sundbund", "die Zentralbank", "das Verfassungsgericht", "die Hafenbehörde",
                "der Städtetag", "die Energieagentur", "der Rechnungshof", "die Grenzpolizei", "der Bauernverband"]
NOUNS = ["Versorgungssicherheit", "Grenzregion", "Küstenschutz", "Verhandlungsrunde", "Zollabkommen",
         "Fischereirechte", "Stromtrasse", "Ausgleichszahlung", "Umweltprüfung", "Arbeitsplätze", "Moorlandschaft",
         "Frachtverkehr", "Lieferverträge", "Nachtragshaushalt", "Schuldenbremse", "Manöverpläne", "Beobachtermission",
         "Flüchtlingshilfe", "Wiederaufbau", "Schienenverbindung", "Grundwasserspiegel", "Investitionsprogramm"]
BACKGROUND = [
    "Nach Angaben von {inst} kostet das Vorhaben rund {n} Millionen Kronen; Kritiker halten die Summe für zu niedrig angesetzt.",
    "Seit dem Frühjahr hatten sich die Beziehungen zwischen {c1} und {c2} spürbar abgekühlt, vor allem wegen der Frage der {noun}.",
    "{inst_cap} will bis zum {d}. {month} eine Stellungnahme vorlegen. Die {noun} spiele dabei eine wichtige Rolle, hieß es.",
    "Beobachter in {place} rechnen nicht mit einer schnellen Einigung. Zu weit lägen die Vorstellungen über die {noun} auseinander.",
    "Bereits im {month} hatten Tausende Menschen in {place} gegen die Pläne demonstriert. Die Polizei sprach von {n} Teilnehmern.",
    "Laut einer Umfrage im Auftrag von {inst} lehnen {n} Prozent der Befragten das Projekt ab; {m} Prozent sind dafür.",
    "{inst_cap} verwies auf frühere Zusagen zur {noun}. Diese seien bisher nur teilweise umgesetzt worden.",
    "Die Gespräche über die {noun} waren im {month} ohne Ergebnis abgebrochen worden. Beide Seiten gaben sich gegenseitig die Schuld.",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def background(rng: random.Random, c1: str, c2: str) -> str:
    inst = rng.choice(INSTITUTIONS)
    return rng.choice(BACKGROUND).format(
        inst=inst, inst_cap=inst[0].upper() + inst[1:], c1=c1, c2=c2, noun=rng.choice(NOUNS),
        place=rng.choice(PLACES).title(), n=rng.randint(2, 900), m=rng.randint(2, 60), d=rng.randint(1, 28),
        month=rng.choice(MONTHS))


def person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last, rng.choice(ROLES)


def article(rng: random.Random, n: int) -> tuple[str, str]:
    """(file name, text) of one fictional agency article."""
    (country, adj), (other, _) = rng.sample(COUNTRIES, 2)
    topic, topic_subject, quotes = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    day = rng.choice(WEEKDAYS)
    o, c = rng.choice(MARKS)
    speakers = [person(rng) for _ in range(rng.randint(2, 4))]
    date = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    paras = [f"{speakers[0][1]} streitet mit {other} über {topic}", ""]
    full, last, role = speakers[0]
    paras.append(
        f"{place} (dpa) — Im Streit über {topic} hat {'die' if role.endswith('in') else 'der'} {adj}e {role} "
        f"{full} am {day} die Regierung in {other} scharf angegriffen. Bei einem Auftritt vor Journalisten in "
        f"{place.title()} stellte {'sie' if role.endswith('in') else 'er'} sich klar gegen die Pläne des Nachbarlands."
    )
    for i, (full, last, role) in enumerate(speakers):
        q = rng.choice(quotes)
        verb = rng.choice(SAID)
        pron = "sie" if role.endswith("in") else "er"
        style = rng.randrange(4)
        if style == 0:
            paras.append(f"{o}{q}{c}, {verb} {last}. {topic_subject} sei {rng.choice(['ein Fehler', 'notwendig', 'ein Risiko', 'überfällig'])}.")
        elif style == 1:
            paras.append(f"{role} {full} {verb}: {o}{q}. Das haben wir immer gesagt.{c}")
        elif style == 2:
            paras.append(f"{last} {verb}, {topic_subject.lower()} sei {rng.choice(['ein Fehler', 'notwendig', 'unverantwortlich'])}. "
                         f"{o}{q}{c}, {verb} {pron} am {rng.choice(WEEKDAYS)}.")
        else:
            paras.append(f"Auch {role} {full} meldete sich zu Wort. {o}{q}{c}, {verb} {pron} in {rng.choice(PLACES).title()}. "
                         f"Nach Angaben aus Regierungskreisen sollen die Gespräche in der kommenden Woche weitergehen.")
        for _ in range(rng.randint(1, 2)):
            paras.append(background(rng, country, other) + " " + background(rng, other, country))
        if i == 0:
            paras.append(f"Die Opposition in {country} reagierte zurückhaltend. Ein Sprecher sagte, man wolle die "
                         f"Vorschläge zunächst prüfen. {topic_subject} werde das Parlament noch lange beschäftigen.")
    paras.append(f"Ein nächstes Treffen der Delegationen aus {country} und {other} ist für {rng.choice(['April', 'Mai', 'Juni', 'September'])} geplant.")
    text = "\n\n".join(p for p in paras if p is not None)
    text = text.replace("\n\n\n\n", "\n\n")
    # what saved copy looks like: non-breaking spaces, soft hyphens, Windows line ends
    if n % 5 == 0:
        text = text.replace(" (dpa)", "\xa0(dpa)").replace("Regierung", "Re\xadgie\xadrung")
    name = f"{date}-dpa-{n:03d}.txt"
    return name, text


def write_corpus(folder: Path, n: int, html_share: float = 0.0, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, text = article(rng, i)
        if rng.random() < html_share:
            body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n")[1:])
            title = text.split("\n", 1)[0]
            html = (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | Tagblatt</title>'
                    f'<meta property="article:published_time" content="{name[:10]}"></head><body>'
                    f'<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><article><h1>{title}</h1>'
                    f'{body}</article><footer>Impressum · Datenschutz</footer></body></html>')
            path = folder / name.replace(".txt", ".html")
            path.write_text(html, encoding="utf-8")
        else:
            path = folder / name
            data = text.replace("\n", "\r\n") if i % 7 == 0 else text
            path.write_bytes(data.encode("cp1252" if i % 11 == 0 else "utf-8"))
        paths.append(path)
    return paths


def run_once(folder: Path, jobs: int, workdir: Path) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds of all its processes, articles new, statements) for `wortlaut add FOLDER --jobs N` on a fresh database,
    in a fresh process: what a user waits for, start-up and model loading included."""
    db = workdir / f"bench-{jobs}-{time.monotonic_ns()}.json"
    cmd = [sys.executable, "-m", "tui.cli", "--db", str(db), "add", str(folder), "--jobs", str(jobs)]
    cpu0 = _children_cpu()
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    cpu = _children_cpu() - cpu0
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[:12])
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{tail}")
    new = statements = 0
    for line in proc.stdout.splitlines():
        if line.startswith("Articles:"):
            new = int(line.split()[1])
        if line.startswith("Statements:"):
            statements = int(line.split()[1])
    return seconds, cpu, new, statements


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0.0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def breakdown(folder: Path, workdir: Path) -> None:
    """Where the time goes, in this process: reading, extraction (models loaded), one store write."""
    from extract.reading import iter_paths, read_article
    from extract.pipeline import extract_article
    from store import Store

    paths = list(iter_paths([str(folder)]))
    t = time.perf_counter()
    arts = [read_article(p) for p in paths]
    read_s = time.perf_counter() - t
    t = time.perf_counter()
    extract_article(arts[0].text)  # loads the pipeline
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    exs = [extract_article(a.text, filename=a.filename, source=a.source, dateline=a.dateline) for a in arts]
    extract_s = time.perf_counter() - t
    store = Store(workdir / "breakdown.json")
    t = time.perf_counter()
    store.add_many(exs)
    store_s = time.perf_counter() - t
    store.close()
    n = len(arts)
    print(f"  read + decode: {n / read_s:8.1f} articles/s   ({read_s:.2f} s)")
    print(f"  pipeline load: {load_s:8.2f} s (first article, imports included)")
    print(f"  extraction:    {n / extract_s:8.1f} articles/s   ({extract_s:.2f} s)")
    print(f"  store, 1 write:{n / store_s:8.1f} articles/s   ({store_s:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    from tui.add_command import cpu_count

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--jobs", type=int, nargs="+", default=None,
                    help=f"process counts to compare (default: 1 and {max(2, cpu_count())})")
    ap.add_argument("--html", type=float, default=0.0, help="share of the articles saved as web pages (0..1)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per setting, interleaved; the fastest is reported (a shared machine only ever slows a run down)")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--breakdown", action="store_true", help="also time reading, extraction and storing separately")
    a = ap.parse_args(argv)
    jobs_list = a.jobs or [1, max(2, cpu_count())]
    tmp = Path(tempfile.mkdtemp(prefix="wortlaut-bench-"))
    try:
        folder = a.keep or tmp / "corpus"
        write_corpus(folder, a.n, a.html)
        print(f"{a.n} German articles in {folder} ({sum(p.stat().st_size for p in folder.iterdir()) // 1024} kB), "
              f"{cpu_count()} CPUs")
        if os.name == "posix":
            print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        results: dict[int, float] = {}
        runs: dict[int, list[tuple[float, float, int, int]]] = {j: [] for j in jobs_list}
        for _ in range(a.repeat):  # interleaved, so that a busy moment hits every setting alike
            for jobs in jobs_list:
                runs[jobs].append(run_once(folder, jobs, tmp))
        for jobs in jobs_list:
            best, cpu, new, statements = min(runs[jobs])
            results[jobs] = a.n / best
            print(f"--jobs {jobs}: {best:6.2f} s  {a.n / best:7.1f} articles/s  CPU {cpu:6.1f} s "
                  f"({new} new, {statements} statements)")
        base = results.get(jobs_list[0])
        for jobs in jobs_list[1:]:
            print(f"ratio --jobs {jobs} / --jobs {jobs_list[0]}: {results[jobs] / base:.2f}x")
        if a.breakdown:
            print("in one process:")
            breakdown(folder, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
