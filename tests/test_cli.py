"""The `wortlaut` command line end to end on the bundled demo corpus: demo database, export."""
import csv
import io
import json

import networkx as nx
import pytest

from tui.cli import main
from tui.demo_corpus import demo_articles, demo_db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_db(tmp_path_factory.mktemp("demo"))


def test_demo_corpus_has_enough_articles_over_enough_dates():
    articles = demo_articles()
    assert len(articles) >= 8
    assert len({name[:10] for name, _ in articles}) >= 4  # publication dates from the file names


def test_export_json_has_the_design_keys_and_changes(demo, capsys):
    assert main(["--db", str(demo), "export", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"articles", "actors", "statements", "changes"}
    assert len(data["articles"]) == len(demo_articles())
    assert set(data["statements"][0]) == {"id", "article_id", "speaker", "quote_text", "kind", "date",
                                          "date_source", "topics", "stance", "edited"}
    assert len(data["changes"]) >= 2
    names = {a["id"]: a["name"] for a in data["actors"]}
    change = data["changes"][0]
    assert set(change) == {"actor", "topic", "before", "after", "before_date", "after_date",
                           "before_stance", "after_stance", "target", "before_words", "after_words"}
    assert change["actor"] in names and change["before_stance"] != change["after_stance"]


def test_export_csv_filtered_by_actor_name(demo, tmp_path):
    out = tmp_path / "marwen.csv"
    assert main(["--db", str(demo), "export", "--format", "csv", "--actor", "Ilka Marwen", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {r["actor"] for r in rows} == {"Ilka Marwen"}


def test_export_graphml_loads_in_networkx(demo, tmp_path):
    out = tmp_path / "net.graphml"
    assert main(["--db", str(demo), "export", "--format", "graphml", "-o", str(out)]) == 0
    g = nx.read_graphml(out)
    types = {d["type"] for _, _, d in g.edges(data=True)}
    assert types == {"actor-topic", "actor-actor"}


def test_export_refuses_bad_filters_and_missing_database(demo, tmp_path, capsys):
    assert main(["--db", str(demo), "export", "--from", "31.02.2031"]) == 2
    assert "31.02.2031" in capsys.readouterr().err
    assert main(["--db", str(demo), "export", "--actor", "Niemand Sonst"]) == 2
    assert main(["--db", str(tmp_path / "none.json"), "export"]) == 3  # tui/exit_codes.py MISSING
    assert not (tmp_path / "none.json").exists()


def test_export_to_an_unwritable_place_is_a_clear_error(demo, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "out.json"
    assert main(["--db", str(demo), "export", "-o", str(target)]) == 1
    assert "cannot write" in capsys.readouterr().err and not target.exists()


def test_exported_file_gets_the_usual_permissions(demo, tmp_path):
    import os

    out = tmp_path / "all.csv"
    assert main(["--db", str(demo), "export", "--format", "csv", "-o", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
