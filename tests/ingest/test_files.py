import json
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest.files import ReadError, read_json_lines, read_path, read_paths, split_header
from timeline.models import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seed_article_reads_with_its_metadata() -> None:
    [article] = list(read_path(SEEDS))
    assert isinstance(article, Article)
    assert article.published == date(2017, 5, 31)
    assert article.outlet == "International Business Times"
    assert article.title.startswith("Russian warships fire Kalibr")
    assert article.url is None
    assert article.text.startswith(article.title)  # the text is kept exactly as published
    assert article.text.rstrip().endswith("All rights reserved.")


def test_header_split_keeps_text_offsets_exact() -> None:
    raw = "title: T\npublished: 2020-01-02\n---\n  Body  line one.\nline two\n"
    header, text = split_header(raw)
    assert header == {"title": "T", "published": "2020-01-02"}
    assert text == "  Body  line one.\nline two\n"


def test_file_without_header_is_all_text_and_needs_a_date(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Rebels: they took the town.\n---\nMore text.")
    [err] = list(read_path(f))
    assert isinstance(err, ReadError) and "--published" in err.message
    [art] = list(read_path(f, default_published=date(2020, 1, 1)))
    assert isinstance(art, Article) and art.text.startswith("Rebels: they took")


def test_one_bad_record_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Fighting broke out.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "c", "text": "", "published": "2020-01-02"}),
        json.dumps({"id": "d", "text": "Text.", "published": "last week"}),
        json.dumps({"id": "e", "text": "Text.", "published": "2020-01-02", "colour": "red"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "g", "text": "Shelling resumed.", "published": "3 March 2021"}),
    ]
    out = list(read_json_lines(lines, "batch.jsonl"))
    assert [type(r).__name__ for r in out] == [
        "Article",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "Article",
    ]
    errors = [r for r in out if isinstance(r, ReadError)]
    assert errors[0].source == "batch.jsonl:2" and "JSON" in errors[0].message
    assert "empty" in errors[1].message
    assert "publication date" in errors[2].message
    assert "unknown keys" in errors[3].message and "colour" in errors[3].message
    assert "JSON object" in errors[4].message


def test_json_list_and_folder_walk(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "batch.json").write_text(
        json.dumps([{"text": "One.", "published": "2019-02-03"}, {"text": "Two.", "published": "2019-02-04"}])
    )
    (tmp_path / "x.txt").write_text("published: 2019-02-05\n---\nThree.")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    got = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    articles = [a for a in got if isinstance(a, Article)]
    assert sorted(a.text for a in articles) == ["One.", "Three.", "Two."]
    assert [str(e) for e in got if isinstance(e, ReadError)] == [
        f"{tmp_path / 'missing.txt'}: no such file or folder"
    ]


def test_article_ids_are_stable_and_content_based() -> None:
    a = Article(text="Same text.", published=date(2020, 1, 1))
    b = Article(text="Same text.", published=date(2020, 1, 1))
    c = Article(text="Same text.", published=date(2020, 1, 2))
    assert a.id == b.id != c.id


def test_undecodable_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("published: 2020-01-01\n---\nCaf\xe9".encode("latin-1"))
    [err] = list(read_path(f))
    assert isinstance(err, ReadError)


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_blank_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        Article(text=text, published=date(2020, 1, 1))
