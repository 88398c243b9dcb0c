"""extract/reading/: formats, encodings, refusals, metadata, normalisation and offsets.

Every file here is written by the test itself into tmp_path; no network. All names fictional."""
from __future__ import annotations

import io
import os
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from extract.reading import (
    DEFAULT_MAX_BYTES,
    IngestError,
    decode_bytes,
    find_marker,
    iter_paths,
    max_bytes_default,
    normalise_text,
    parse_size,
    read_article,
    read_text_input,
)

GERMAN = (
    "Streit über die Gasleitung\n\n"
    "VALDORA (dpa) — Die Ministerpräsidentin Ilka Marwen hat sich am Montag gegen die Pläne gestellt. "
    "«Wir lehnen die Pipeline ab», sagte Marwen. Die Bürger in Süderbrück seien überrascht, "
    "heißt es – die Kosten lägen bei 5 €. „Das ist ein Fehler“, sagte Außenminister Tomas Vell.\n"
)


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252"])
def test_encodings_read_back_exactly(tmp_path, encoding):
    if encoding == "utf-16-le-bom":
        raw = b"\xff\xfe" + GERMAN.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        raw = b"\xfe\xff" + GERMAN.encode("utf-16-be")
    else:
        raw = GERMAN.encode(encoding)
    art = read_article(write(tmp_path, f"a-{encoding}.txt", raw))
    assert art.text == GERMAN.strip("\n")
    assert "«Wir lehnen die Pipeline ab»" in art.text and "„Das ist ein Fehler“" in art.text
    assert "\ufeff" not in art.text


def test_latin1_with_umlauts_and_guillemets(tmp_path):
    text = "KÖLN (dpa) - «Größe und Übermut», sagte Jörn Weißbrot. Äpfel für die Bürger, »ruhig« bleiben."
    art = read_article(write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert art.text == text
    assert art.encoding in ("windows-1252", "iso-8859-1", "latin-1", "latin_1")


def test_windows_1252_prefers_western_reading_over_central_european(tmp_path):
    # charset-normalizer alone guesses cp1250 here and would read "España" as "Espańa"
    text = "MADRID (AFP) — „Señor Muñoz está aquí“, sagte die Sprecherin aus España – für 5 €."
    art = read_article(write(tmp_path, "es.txt", text.encode("cp1252")))
    assert art.text == text
    assert art.source == "AFP" and art.dateline == "MADRID"


def test_utf8_with_one_broken_byte_stays_utf8(tmp_path):
    text = "Köln: «Größe und Übermut», sagte Jörn Weißbrot. Äpfel für die Bürger, »ruhig« bleiben."
    raw = text.encode("utf-8") + b" Ende \xe4."  # one Latin-1 byte at the end
    art = read_article(write(tmp_path, "kaputt.txt", raw))
    assert art.text.startswith(text) and art.text.endswith("Ende \ufffd.")
    assert art.encoding == "utf-8" and art.note == "1 byte could not be read as UTF-8 and was replaced"


def test_utf16_without_bom_is_read(tmp_path):
    text = "Marwen sagte: «Wir lehnen die Pipeline ab.» Die Bürger seien überrascht."
    art = read_article(write(tmp_path, "u16.txt", text.encode("utf-16-le")))
    assert art.text == text


def test_non_latin_single_byte_encoding_is_left_to_charset_normalizer():
    text = "Президент сказал, что Россия не хочет войны. Это хорошо для всех людей в Европе."
    decoded, enc = decode_bytes(text.encode("cp1251"), "ru.txt")
    assert decoded == text and enc == "cp1251"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_encodings_round_trip(text, encoding):
    assume(text.strip() and not text.startswith("\ufeff"))  # a leading U+FEFF is read as a byte-order mark
    decoded, _ = decode_bytes(text.encode(encoding), "x.txt")
    assert decoded == text


# --- refusals --------------------------------------------------------------------------------


def test_binary_files_are_refused_with_the_file_named(tmp_path):
    png = write(tmp_path, "bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    noise = write(tmp_path, "noise.txt", bytes((i * 37 + 11) % 256 for i in range(4000)))
    pdf = write(tmp_path, "artikel.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    for path, word in ((png, "PNG"), (noise, "binary"), (pdf, "PDF")):
        with pytest.raises(IngestError) as info:
            read_article(path)
        msg = str(info.value)
        assert msg.startswith(str(path) + ": ") and word in msg and "\n" not in msg


def test_text_that_starts_like_a_signature_is_still_text(tmp_path):
    text = "MZ-Redaktion: «Wir bleiben dran», sagte Chefin Talke Rauhe am Montag."
    assert read_article(write(tmp_path, "mz.txt", text.encode("utf-8"))).text == text
    with pytest.raises(IngestError, match="Windows program"):
        read_article(write(tmp_path, "prog.txt", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200)))


def test_empty_and_blank_files_are_refused(tmp_path):
    for name, data in (("leer.txt", b""), ("blank.txt", b" \r\n\n\t \n"), ("bom.txt", b"\xef\xbb\xbf\n")):
        with pytest.raises(IngestError, match="empty"):
            read_article(write(tmp_path, name, data))


def test_size_limit_parameter_and_environment(tmp_path, monkeypatch):
    p = write(tmp_path, "gross.txt", ("Wort " * 400).encode())  # 2000 bytes
    with pytest.raises(IngestError) as info:
        read_article(p, max_bytes=1000)
    assert "too large" in str(info.value) and str(p) in str(info.value)
    assert read_article(p, max_bytes=2000).text.startswith("Wort Wort")
    monkeypatch.setenv("WORTLAUT_MAX_BYTES", "1k")
    assert max_bytes_default() == 1024
    with pytest.raises(IngestError, match="too large"):
        read_article(p)
    monkeypatch.delenv("WORTLAUT_MAX_BYTES")
    assert max_bytes_default() == DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_parse_size():
    assert parse_size("500k") == 512000 and parse_size("5M") == 5 * 1024**2 and parse_size("1200") == 1200
    with pytest.raises(ValueError):
        parse_size("viel")


def test_missing_folder_and_unreadable_paths(tmp_path):
    f = write(tmp_path, "datei.txt", b"Text")
    cases = {tmp_path / "fehlt.txt": "no such file", tmp_path: "folder", f / "darunter.txt": "cannot read"}
    link = tmp_path / "kaputt.txt"
    link.symlink_to(tmp_path / "nirgends.txt")
    cases[link] = "no such file"
    for path, reason in cases.items():
        with pytest.raises(IngestError) as info:
            read_article(path)
        assert str(info.value).startswith(str(path) + ": ") and reason in str(info.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    p = write(tmp_path, "geheim.txt", b"Text")
    p.chmod(0)
    with pytest.raises(IngestError, match="permission denied"):
        read_article(p)


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="{charset}">
<title>Marwen lehnt Gasleitung ab | Valdora Tagblatt</title>
<meta property="og:site_name" content="Valdora Tagblatt">
<meta property="article:published_time" content="2024-03-04T10:15:00+01:00">
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/abo">Abo abschließen</a></li></ul></nav>
<div class="cookie">Wir verwenden Cookies. Einverstanden?</div>
<article><h1>Marwen lehnt Gasleitung ab</h1>
<p>VALDORA (dpa) - Beim ersten Treffen seit Monaten haben Valdoria und Norrland ihren Streit über die geplante
Gasleitung offen ausgetragen. Die Ministerpräsidentin Ilka Marwen stellte sich am Montag gegen das Projekt.</p>
<p>«Wir lehnen die Pipeline ab», sagte Marwen nach dem zweistündigen Gespräch mit ihrem Gast aus Halvstad.
Die Leitung mache das Land auf Jahrzehnte abhängig und gefährde die Moore im Süden.</p>
<p>Der norrländische Außenminister Tomas Vell warb dagegen für das Vorhaben. «Sie ist ein Angebot an beide
Länder», sagte Vell. Ein nächstes Treffen ist für April geplant.</p>
</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Weitere Artikel aus Valdoria</a></li></ul></aside>
<footer><p>© 2024 Valdora Tagblatt · Impressum · Datenschutz</p></footer>
</body></html>"""


def test_html_main_text_title_date_lang_source(tmp_path):
    p = write(tmp_path, "seite.html", PAGE.format(charset="utf-8").encode("utf-8"))
    art = read_article(p)
    assert "«Wir lehnen die Pipeline ab», sagte Marwen" in art.text
    assert "Startseite" not in art.text and "Impressum" not in art.text and "Cookies" not in art.text
    assert art.title == "Marwen lehnt Gasleitung ab"
    assert art.meta_date == "2024-03-04"
    assert art.lang == "de"
    assert art.source == "dpa" and art.dateline == "VALDORA"
    assert art.filename == "seite.html" and art.format == "html"
    assert "\n\n" in art.text  # paragraphs stay paragraphs


def test_html_in_declared_latin1(tmp_path):
    html = PAGE.format(charset="iso-8859-1").replace("©", "(c)").replace(" - ", " -- ")
    art = read_article(write(tmp_path, "alt.htm", html.encode("latin-1")))
    assert "Außenminister" in art.text and "«Sie ist ein Angebot" in art.text


def test_news_page_with_kicker_teaser_caption_related_and_comments():
    page = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Kovant: «Die Sundlinie ist ein Fehler» - Halvstader Rundschau</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"datePublished":"2025-03-03T08:00:00+01:00","dateModified":"2025-03-04T09:00:00+01:00"}</script>
<meta property="og:site_name" content="Halvstader Rundschau"></head><body>
<header><a href="/">Halvstader Rundschau</a><nav><a href="/politik">Politik</a><a href="/sport">Sport</a></nav></header>
<main><article><p class="kicker">Gasleitung</p><h1>Kovant: «Die Sundlinie ist ein Fehler»</h1>
<p class="lead"><strong>Der Oppositionsführer will die Pipeline im Parlament stoppen. Die Regierung hält dagegen.</strong></p>
<p>HALVSTAD (dpa) - Oppositionsführer Aurel Kovant hat die geplante Gasleitung Sundlinie scharf kritisiert.
«Die Sundlinie ist ein Fehler, und wir werden diese Gasleitung im Parlament verhindern», sagte Kovant am Montag.</p>
<aside class="related"><h4>Lesen Sie auch</h4><a href="/x">Marwen lehnt Gasleitung ab</a></aside>
<p>Die Regierung wies die Kritik zurück. «Wir halten an der Leitung fest», sagte Regierungssprecher Wendel Strand.</p>
<div class="share">Teilen: Facebook Twitter E-Mail</div></article></main>
<section class="comments"><h3>Kommentare</h3><p>Leser42: Endlich sagt es mal einer!</p></section>
<footer>© Halvstader Rundschau 2025 · Impressum · Datenschutz</footer></body></html>"""
    art = read_text_input(page)
    assert art.meta_date == "2025-03-03"  # published, not modified
    assert (art.source, art.dateline) == ("dpa", "HALVSTAD")  # the agency marker wins over the site name
    assert "«Wir halten an der Leitung fest»" in art.text
    for junk in ("Leser42", "Lesen Sie auch", "Teilen", "Impressum", "Sport"):
        assert junk not in art.text


def test_html_declared_latin1_is_read_as_windows_1252(tmp_path):
    # what browsers do: „“ and – live in 0x80-0x9F, which ISO-8859-1 leaves to control characters
    page = ('<html lang="de"><head><meta charset="iso-8859-1"><title>T</title></head><body><article>'
            "<p>BERLIN (dpa) – „Wir prüfen das“, sagte Sprecherin Marit Askeland am Montag vor der Presse in Berlin.</p>"
            "</article></body></html>")
    art = read_article(write(tmp_path, "w.html", page.encode("cp1252")))
    assert "„Wir prüfen das“" in art.text and "\x84" not in art.text


def test_html_line_break_inside_a_paragraph_does_not_cut_a_quote():
    html = ("<html><body><article><h1>Titel der Meldung</h1><p>VALDORA (dpa) - Erster Absatz mit einem "
            "«Zitat,<br>das weitergeht», sagte Vell am Montag.</p><p>Zweiter Absatz.<br/><br/>Dritter Absatz nach "
            "zwei Umbrüchen, lang genug für den Extraktor.</p></article></body></html>")
    art = read_text_input(html)
    assert "«Zitat, das weitergeht», sagte Vell" in art.text
    assert "Zweiter Absatz.\n\nDritter Absatz" in art.text


def test_html_fragment_pasted():
    art = read_text_input("<p>«Wir lehnen das ab», sagte Marwen am Montag in Valdora vor Journalisten.</p>")
    assert art.text == "«Wir lehnen das ab», sagte Marwen am Montag in Valdora vor Journalisten."
    assert art.origin == "pasted"


def test_html_without_article_text_is_refused(tmp_path):
    p = write(tmp_path, "leer.html", b"<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(IngestError, match="leer.html"):
        read_article(p)


# --- Markdown, stdin, pasted -----------------------------------------------------------------


def test_markdown_front_matter_and_heading(tmp_path):
    md = ("---\ntitle: \"Vell wirbt für Pipeline\"\ndate: 2031-03-05\nsource: Nordwire\n---\n"
          "# Vell wirbt für Pipeline\n\n**HALVSTAD** - «Die Leitung ist ein Angebot», sagte [Tomas Vell](https://example.org).\n")
    art = read_article(write(tmp_path, "notiz.md", md.encode()))
    assert art.title == "Vell wirbt für Pipeline" and art.meta_date == "2031-03-05" and art.source == "Nordwire"
    assert "«Die Leitung ist ein Angebot», sagte Tomas Vell." in art.text
    assert "**" not in art.text and "](" not in art.text and "---" not in art.text


@pytest.mark.parametrize("value, iso", [("2031-03-05T10:00:00+01:00", "2031-03-05"), ("05.03.2031", "2031-03-05"),
                                        ("irgendwann", None)])
def test_markdown_front_matter_dates(tmp_path, value, iso):
    art = read_article(write(tmp_path, "n.md", f"---\ndate: {value}\n---\nText der Meldung.\n".encode()))
    assert art.meta_date == iso and art.text == "Text der Meldung."


def test_stdin_bytes_any_encoding():
    art = read_article("-", stdin=io.BytesIO(GERMAN.encode("utf-16")))
    assert art.origin == "stdin" and art.text == GERMAN.strip() and art.filename is None
    with pytest.raises(IngestError, match="^stdin: "):
        read_article("-", stdin=io.BytesIO(b""))
    with pytest.raises(IngestError, match="size limit"):
        read_article("-", stdin=io.BytesIO(b"x" * 50), max_bytes=10)


def test_pasted_text_metadata():
    art = read_text_input("Titelzeile\r\n\r\nBRENNSUND, March 6 (Nordwire) — «We will strike», said Runa Dalgard.")
    assert art.source == "Nordwire" and art.dateline == "BRENNSUND" and "\r" not in art.text
    with pytest.raises(IngestError, match="pasted: no text"):
        read_text_input("  \n ")


@pytest.mark.parametrize("line, source, dateline", [
    ("MOSKAU (dpa) — Die Kanzlerin", "dpa", "MOSKAU"),
    ("Berlin/Kiew (dpa/AFP) - Die", "dpa/AFP", "Berlin/Kiew"),
    ("LONDON, Feb 15 (Reuters) - The", "Reuters", "LONDON"),
    ("Washington (AP) -- The", "AP", "Washington"),
    ("Frankfurt (DPA-AFX) - Die Börse", "dpa-AFX", "Frankfurt"),
    ("Die Regierung (CDU) - nein", None, None),
    ("Der Kanzler (SPD) sagte", None, None),
])
def test_agency_markers(line, source, dateline):
    m = find_marker("Überschrift\n\n" + line)
    if source is None:
        assert m is None
    else:
        assert m is not None and (m.source, m.dateline) == (source, dateline)


@pytest.mark.parametrize("tail, source", [
    ("Quelle: dpa", "dpa"), ("dpa/AFP/rtr", "dpa/AFP/Reuters"), ("© dpa-infocom, dpa:240304-99-1", ""),
    ("(AFP)", "AFP"), ("Mehr dazu lesen Sie morgen.", ""), ("Die CDU", ""),
])
def test_agency_credited_at_the_end(tail, source):
    art = read_text_input("Berliner Streit\n\nDie Ministerin sagte, das Gesetz komme.\n\n" + tail)
    assert art.source == source


def test_saved_web_page_with_txt_name(tmp_path):
    p = write(tmp_path, "seite.txt", PAGE.format(charset="utf-8").encode("utf-8"))
    art = read_article(p)
    assert art.format == "html" and "<p>" not in art.text and art.meta_date == "2024-03-04"


# --- normalisation and offsets ---------------------------------------------------------------


def test_normalisation():
    raw = "Zei\xadle eins\r\nZeile\u200b zwei\rdrei u\u0308ber\xa0Nacht Caf\xade\u0301  \n\n"
    text = normalise_text(raw)
    assert text == "Zeile eins\nZeile zwei\ndrei über\xa0Nacht Café"
    assert unicodedata.is_normalized("NFC", text)


def test_quote_spans_slice_after_crlf_nbsp_soft_hyphens(tmp_path):
    from extract.pipeline import extract_article

    body = ("Streit um die Sund\xadlinie\r\n\r\n"
            "VALDORA\xa0(dpa) — Die Minister\xadpräsidentin Ilka\xa0Marwen hat am Montag ihre Haltung bekräftigt.\r\n\r\n"
            "«Wir lehnen die Pipe\xadline ab,\xa0und zwar endgültig», sagte Marwen. "
            "Der Außen\xadminister Tomas\xa0Vell widersprach. «Die Leitung ist ein Ange\xadbot an beide Länder», sagte Vell.\r\n")
    p = write(tmp_path, "2031-03-03-dpa-crlf.txt", body.encode("cp1252"))
    art = read_article(p)
    assert "\r" not in art.text and "\xad" not in art.text and "\xa0" in art.text
    assert art.source == "dpa" and art.dateline == "VALDORA"
    ex = extract_article(art.text, title=art.title, source=art.source, dateline=art.dateline,
                         origin=art.origin, filename=art.filename, meta_date=art.meta_date)
    assert ex.article.text == art.text
    quotes = [st for st in ex.statements if st.kind == "direct"]
    assert len(quotes) >= 2
    for st in ex.statements:
        pieces = [art.text[b:e] for b, e in st.quote]
        assert " … ".join(pieces) == st.quote_text
        for b, e in st.speaker_mention + st.cue:
            assert 0 <= b < e <= len(art.text)
    texts = {st.quote_text for st in quotes}
    assert "Wir lehnen die Pipeline ab,\xa0und zwar endgültig" in texts
    assert "Die Leitung ist ein Angebot an beide Länder" in texts


# --- paths -----------------------------------------------------------------------------------


def test_iter_paths_folders_patterns_stdin(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".versteckt").mkdir()
    for rel in ("a/eins.txt", "a/b/zwei.HTML", "a/b/drei.md", "a/bild.png", "a/.hidden.txt", ".versteckt/x.txt"):
        (tmp_path / rel).write_text("x")
    got = list(iter_paths([str(tmp_path), "-", str(tmp_path / "a" / "eins.txt"), "-", str(tmp_path / "fehlt.txt")]))
    names = [p if p == "-" else p.relative_to(tmp_path).as_posix() for p in got]
    assert names == ["a/b/drei.md", "a/b/zwei.HTML", "a/eins.txt", "-", "fehlt.txt"]
    only_txt = list(iter_paths([str(tmp_path)], pattern="*.txt"))
    assert [p.name for p in only_txt] == ["eins.txt"]
    # a file named explicitly is taken whatever its name
    assert list(iter_paths([str(tmp_path / "a" / "bild.png")])) == [tmp_path / "a" / "bild.png"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "text", "markdown", "html"]))
def test_any_bytes_give_an_article_or_an_ingest_error(raw, kind):
    from extract.reading import read_bytes

    try:
        art = read_bytes(raw, "f.bin", kind=kind)
    except IngestError as err:
        assert str(err).startswith("f.bin: ") and "\n" not in str(err)
        return
    assert art.text.strip() and "\r" not in art.text and "\xad" not in art.text
    assert unicodedata.is_normalized("NFC", art.text)


def test_iter_paths_expands_patterns_the_shell_left(tmp_path):
    (tmp_path / "sub").mkdir()
    for rel in ("a.txt", "b.txt", "c.html", "sub/d.txt"):
        (tmp_path / rel).write_text("x")
    got = list(iter_paths([str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), str(tmp_path / "**" / "*.txt")]))
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["a.txt", "b.txt", "sub/d.txt"]
    assert list(iter_paths([str(tmp_path / "*.pdf")])) == [tmp_path / "*.pdf"]  # no match: named in the error


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aäß„“ \n\xa0\u202f\u2009\t\r\u2028\u200b\x0c—xyz"), max_size=40))
def test_clean_same_length_is_the_translation_with_or_without_characters_to_change(text):
    from extract.reading import clean_same_length
    from extract.reading.text import _SAME_LENGTH

    assert clean_same_length(text) == text.translate(_SAME_LENGTH)
    assert len(clean_same_length(text)) == len(text)


def test_clean_same_length_changes_spaces_and_leaves_a_plain_text_as_it_is():
    from extract.reading import clean_same_length

    assert clean_same_length("Die Gemeinde\xa0Hollbach sagte:\r\n„Nein“\tund\u2028Schluss") == "Die Gemeinde Hollbach sagte: \n„Nein“ und\nSchluss"
    assert clean_same_length("Der Kreistag von Ostmarsch (APA) lehnte ab.") == "Der Kreistag von Ostmarsch (APA) lehnte ab."
