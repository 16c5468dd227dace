import io
import json
from pathlib import Path

from timeline.cli import main
from timeline.cli.extract import events_and_timexes_of
from timeline.cli.jsonlines import answer_json_lines


def test_json_lines_go_on_after_a_bad_line() -> None:
    lines = "\n".join(
        [
            json.dumps(
                {"id": "a", "text": "Iraqi forces retook Fallujah on Sunday.", "published": "2016-06-27"}
            ),
            "not json",
            json.dumps({"id": "c", "text": "Nothing here."}),
            json.dumps(
                {"id": "d", "text": "Stocks rallied in London.", "published": "2020-01-02", "title": "t"}
            ),
        ]
    )
    out = io.StringIO()
    assert answer_json_lines(io.StringIO(lines), out, events_and_timexes_of) == 0
    records = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "line-2", "c", "d"]
    assert records[0]["events"][0]["sub_event_type"] == "Government regains territory"
    assert "error" in records[1] and "error" in records[2]
    assert records[3]["events"] == [] and "timexes" in records[3]


def test_extract_file(tmp_path: Path, capsys: object) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "title: t\npublished: 2019-04-10\n---\nHouthi rebels launched a ballistic missile at Jizan.\n"
    )
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    events = json.loads(out)
    assert events[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert events[0]["actor1"] == "Houthis (Ansar Allah)"


def test_extract_csv_has_acled_columns(tmp_path: Path, capsys: object) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Iraqi forces retook Fallujah on Sunday.\n")
    assert main(["extract", str(path), "--published", "2016-06-27", "--format", "csv"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    header, row = out.splitlines()[:2]
    assert header.startswith("event_id_cnty,event_date,year,time_precision")
    assert "Government regains territory" in row and "Fallujah" in row
