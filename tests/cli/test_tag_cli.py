"""`timeline tag`: the file mode, TimeML output, and the JSON-lines protocol of the TempEval scorer."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.cli.jsonlines import answer_json_lines
from timeline.cli.tag import timexes_of

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ibtimes-2017-05-31-russia-kalibr-palmyra.txt"


def test_seed_file_gives_its_story_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(SEED)]) == 0
    timexes = json.loads(capsys.readouterr().out)
    by_text = {t["text"]: t for t in timexes}
    assert by_text["March last year"]["value"] == "2016-03"
    assert by_text["eight months later"]["points_to"] == "2016-11"
    assert not any("2024" in t["text"] for t in timexes)  # the copyright footer


def test_timeml_output_wraps_expressions_in_timex3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(SEED), "--format", "tml"]) == 0
    tml = capsys.readouterr().out
    assert '<TIMEX3 tid="t1" type="DATE" value="2017-05-31">Wednesday, 31 May</TIMEX3>' in tml
    assert '<TIMEX3 tid="t0" type="DATE" value="2017-05-31" functionInDocument="CREATION_TIME">' in tml


def test_a_contradicting_publication_date_is_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(SEED), "--published", "2017-06-02"]) == 0
    assert "contradicts the publication date 2017-06-02" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tag"], "give an article FILE"),
        (["tag", str(SEED), "--published", "last week"], "publication date"),
    ],
)
def test_bad_arguments_say_what_to_give(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(tmp_path / "nope.txt"), "--published", "2017-05-31"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_json_lines_answer_every_line_and_go_on_after_bad_ones() -> None:
    text = "Rebels took the town on Wednesday, 31 May. It fell again a week later."
    lines = [
        json.dumps({"id": "ok", "text": text, "published": "2017-06-01"}),
        "{broken",
        json.dumps({"id": "nodate", "text": "Fighting last year."}),
        json.dumps({"id": "empty", "text": "", "published": "2017-06-01"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": 7, "text": "Talks resume next week.", "published": "Wed, 31 May 2017 10:04 BST"}),
    ]
    out = io.StringIO()
    assert answer_json_lines(io.StringIO("\n".join(lines)), out, timexes_of) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in answers] == ["ok", "line-2", "nodate", "empty", "line-5", 7]
    assert [("error" in a) for a in answers] == [False, True, True, True, True, False]
    first = answers[0]["timexes"][0]
    assert text[first["start"] : first["end"]] == first["text"] == "Wednesday, 31 May"
    assert answers[5]["timexes"][0]["value"] == "2017-W23"
    assert "publication date" in answers[2]["error"] and "JSON" in answers[1]["error"]


def test_the_scorer_protocol_over_a_pipe() -> None:
    """As ../shared/eval/timex_score.py runs it: a subprocess reading stdin, answering on stdout."""
    payload = json.dumps({"id": "d1", "text": "He resigned yesterday.", "published": "1998-01-08"}) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "tag", "--jsonl"],
        input=payload, capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    [answer] = [json.loads(line) for line in done.stdout.splitlines()]
    assert answer["id"] == "d1"
    assert [(t["text"], t["type"], t["value"]) for t in answer["timexes"]] == [
        ("yesterday", "DATE", "1998-01-07")
    ]
