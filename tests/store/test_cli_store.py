"""`timeline ingest`, `timeline export` and `timeline schema`, run as a user would."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sample_results import IS, SYRIA, make_event, make_result

from timeline.cli import main
from timeline.export import event_json_schema_text
from timeline.models import Article, ArticleResult, Event, SubEventType
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ibtimes-2017-05-31-russia-kalibr-palmyra.txt"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def stub_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporal and event stages are built elsewhere: one strike per article stands in for them."""

    def process(article: Article) -> ArticleResult:
        if "explode" in article.text:
            raise RuntimeError("the pipeline failed on this one")
        return make_result(article.id, text=article.text)

    monkeypatch.setattr("timeline.cli.ingest.process", process)


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = '{"id": "good", "text": "Missiles hit Palmyra on Wednesday.", "published": "2017-05-31"}'
OTHER = '{"id": "other", "text": "Talks began in Astana.", "published": "2017-05-04"}'


def test_ingest_saves_new_articles_then_finds_them_unchanged(
    db: str, tmp_path: Path, stub_pipeline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write_jsonl(tmp_path / "articles.jsonl", GOOD, OTHER)

    assert main(["ingest", str(articles), "--database-url", db]) == 0
    out = capsys.readouterr().out
    assert "new        good  (1 events, 1 time expressions)" in out
    assert out.rstrip().endswith("2 articles: 2 new; 0 errors")

    assert main(["ingest", str(tmp_path), "--database-url", db]) == 0  # a folder: the same file again
    assert capsys.readouterr().out.rstrip().endswith("2 articles: 2 unchanged; 0 errors")
    with Store(db) as store:
        assert sorted(a.id for a in store.articles()) == ["good", "other"]


def test_ingest_reports_bad_records_and_goes_on(
    db: str, tmp_path: Path, stub_pipeline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write_jsonl(
        tmp_path / "articles.jsonl",
        GOOD,
        "{not json",
        '{"id": "undated", "text": "No date here."}',
        '{"id": "boom", "text": "This one will explode.", "published": "2017-05-31"}',
        OTHER,
    )

    status = main(["ingest", str(articles), str(tmp_path / "missing.txt"), "--database-url", db])

    captured = capsys.readouterr()
    assert status == 1
    errors = captured.err.splitlines()
    assert len(errors) == 4
    assert "articles.jsonl:2: not valid JSON" in errors[0]
    assert "articles.jsonl:3: no publication date" in errors[1]
    assert "boom: RuntimeError: the pipeline failed on this one" in errors[2]
    assert "missing.txt: no such file or folder" in errors[3]
    assert captured.out.rstrip().endswith("6 articles: 2 new; 4 errors")
    with Store(db) as store:
        assert sorted(a.id for a in store.articles()) == ["good", "other"]


def test_ingest_with_an_unusable_database_says_what_to_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = write_jsonl(tmp_path / "articles.jsonl", GOOD)
    assert main(["ingest", str(articles), "--database-url", "mysql://localhost/x"]) == 2
    assert "TIMELINE_DATABASE_URL" in capsys.readouterr().err


def test_ingest_runs_the_real_pipeline_on_the_seed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """End to end, once the temporal and event stages are merged."""
    status = main(["ingest", str(SEED), "--database-url", db])
    captured = capsys.readouterr()
    if "NotImplementedError" in captured.err:
        pytest.skip("the temporal/event stages are not merged into this branch yet")
    assert status == 0, captured.err
    with Store(db) as store:
        assert [a.id for a in store.articles()] == [SEED.stem]
        assert store.events(), "the seed article reports strikes near Palmyra"


# ---- export -----------------------------------------------------------------------------------

STRIKE = make_event("a1", 0)
RETAKEN = make_event("a1", 1, SubEventType.GOVERNMENT_REGAINS_TERRITORY, actor1=SYRIA, actor2=IS)


@pytest.fixture
def filled(db: str) -> str:
    with Store(db) as store:
        store.save(make_result("a1", [STRIKE, RETAKEN]))
    return db


def exported(capsys: pytest.CaptureFixture[str], *args: str) -> list[Event]:
    assert main(["export", *args]) == 0
    return [Event.model_validate(d) for d in json.loads(capsys.readouterr().out)]


def test_export_json_with_filters(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert exported(capsys, "--database-url", filled) == [STRIKE, RETAKEN]
    assert exported(capsys, "--database-url", filled, "--actor", SYRIA) == [RETAKEN]
    assert exported(capsys, "--database-url", filled, "--type", "Battles", "--type", "Armed clash") == [
        RETAKEN
    ]
    assert exported(capsys, "--database-url", filled, "--place", "Palmyra", "--since", "2017-06-01") == []
    assert exported(capsys, "--database-url", filled, "--since", "2017-05-31", "--until", "2017-05-31") == [
        STRIKE,
        RETAKEN,
    ]


def test_export_csv_to_a_file(filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "events.csv"
    assert main(["export", "--database-url", filled, "--format", "csv", "--output", str(target)]) == 0
    assert "wrote 2 events" in capsys.readouterr().err
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["event_id_cnty"] for r in rows] == ["a1-e0", "a1-e1"]
    assert rows[1]["sub_event_type"] == "Government regains territory"


def test_export_reads_the_database_named_by_the_environment(
    filled: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIMELINE_DATABASE_URL", filled)
    assert exported(capsys) == [STRIKE, RETAKEN]


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--since", "2017-06-01", "--until", "2017-05-01"], "before 'since'"),
        (["--since", "last week"], "not a date: use YYYY-MM-DD"),
        (["--format", "xml"], "invalid choice"),
        (["--type", "battles"], "unknown event type 'battles'; did you mean 'Battles'?"),
    ],
)
def test_export_refuses_bad_options(
    filled: str, args: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status = main(["export", "--database-url", filled, *args])
    except SystemExit as exit_:  # argparse's own errors
        status = int(exit_.code or 0)
    assert status == 2
    assert complaint in capsys.readouterr().err


# ---- schema -----------------------------------------------------------------------------------


def test_schema_command_prints_the_committed_schema() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "schema"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout == event_json_schema_text() == (ROOT / "docs" / "event.schema.json").read_text()


def test_csv_export_matches_the_library(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--database-url", filled, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["actor1"] for r in rows] == [STRIKE.actor1, SYRIA]
