"""The place gazetteer: the generated file's shape and validation, and how same-named places rank."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.events.lexicon import GeneratedPlaces, LexiconError, generated_places
from timeline.events.places import _index, article_country, best_place, find_places, fold

from .helpers import events_of


def _place(text: str, country: str | None = None) -> tuple[str, str]:
    mention = next(m for m in find_places(text) if m.text in text.split(" in ")[-1])
    p = best_place(mention, country)
    return p.name, p.country


def test_every_generated_row_validates_and_is_found_by_its_own_name() -> None:
    gen = generated_places()
    assert len(gen) > 50_000
    for i in range(len(gen)):
        place = gen.place(i)
        assert place in gen.lookup(fold(place.name))


def test_a_malformed_row_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "places.tsv"
    bad.write_text("# header\nKabul\tAF\tcity\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^places.tsv:2: expected 10 columns"):
        GeneratedPlaces(bad)
    bad.write_text("Kabul\tAF\tcity\tnorth\t69.2\t1\t\t\t\tkabul\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^places.tsv:1"):
        GeneratedPlaces(bad).place(0)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # villages and small towns of the conflict countries (≥ 500 people), found without their accents
        ("Fighting broke out in Tibu", None, ("Tibu", "CO")),
        ("Fighting broke out in Tibú", None, ("Tibu", "CO")),
        ("Ukraine struck in Karachev", None, ("Karachev", "RU")),
        ("A bus hit a mine in Bandiagara", None, ("Bandiagara", "ML")),
        ("Gunmen attacked in Mae Sot", None, ("Mae Sot", "TH")),
        # an alternate spelling: the text's, when the gazetteer's is a scholarly transliteration
        ("Israeli troops raided in Jenin", None, ("Jenin", "PS")),
        ("Rebels advanced in Hama", None, ("Hama", "SY")),
        ("Missiles struck in Kryvyi Rih", None, ("Kryvyy Rih", "UA")),
        ("Islamic State attacked in Kerbala", None, ("Karbala", "IQ")),
        # a village does not beat a well-known city of the same name when the country is unknown …
        ("M23 fought in Goma", None, ("Goma", "CD")),
        ("Drones struck in Kiev", None, ("Kyiv", "UA")),
        # … but the article's country wins
        ("Fighting in Goma", "PH", ("Goma", "PH")),
        ("Militants attacked in Sibi", "PK", ("Sibi", "PK")),
        ("Militants attacked in Sibi", "ML", ("Sibi", "ML")),
    ],
)
def test_place_ranking(text: str, country: str | None, expected: tuple[str, str]) -> None:
    assert _place(text, country) == expected


def test_a_country_name_is_the_country_and_a_demonym_no_town() -> None:
    assert [p.kind for p in _index().get("lebanon")] == ["country"]
    assert [p.kind for p in _index().get("jordan")] == ["country"]
    assert not any(p.country == "MY" for p in _index().get("thai"))  # not Alor Setar (Malaysia)


def test_small_namesakes_do_not_take_a_well_known_citys_vote() -> None:
    # Baghdadeh (Iran) has "Baghdad" among its alternate names
    assert article_country(find_places("A drone hit a base near Baghdad.")) == "IQ"


def test_a_village_the_old_gazetteer_lacked_places_the_event() -> None:
    (e,) = events_of("Colombian troops clashed with ELN guerrillas in Tibu on Thursday.")
    assert e.location is not None and (e.location.name, e.location.country) == ("Tibu", "Colombia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters clashed at the Torkham crossing on Wednesday.", "Torkham"),
        ("The RSF seized the Zamzam displacement camp on Sunday.", "Zamzam"),
        ("US missiles struck the Shayrat air base on Friday.", "Shayrat"),
        ("Drones hit a factory in Kahramankazan, outside Ankara.", "Kahramankazan"),
    ],
)
def test_camps_crossings_and_bases_are_their_place(text: str, expected: str) -> None:
    assert expected in [best_place(m, None).name for m in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The BLA said its fighters attacked the train.",  # Bla is a town in Mali
        "The offensive began on Nov. 27 from Idlib.",  # Nov is a village in Israel
        '"It is a war," said Aron Lund, a fellow at Century International.',
        "(Reporting by Luis Jaime Acosta; Writing by Oliver Griffin)",
        "Police said they had arrested two suspects.",
        "Gang members armed with rifles stormed the town.",
        "Mohammadi said the Taliban had withdrawn.",
    ],
)
def test_names_and_words_that_are_no_places(text: str) -> None:
    # places from the gazetteer (not the unknown names the text calls places: "at Century International")
    found = {p.name for m in find_places(text) if (p := best_place(m, None)).country != "??"} - {"Idlib"}
    assert not found, found


def test_towns_know_their_province() -> None:
    (karachev,) = [p for p in _index().get("karachev") if p.country == "RU"]
    assert karachev.admin1 == "Bryansk"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("ELN guerrillas attacked an army base in Tibu on Thursday.", "ELN (National Liberation Army)"),
        (
            "The Balochistan Liberation Army attacked a train near Sibi on Tuesday.",
            "BLA (Balochistan Liberation Army)",
        ),
        ("Gran Grif gang members killed 70 people in Pont-Sonde on Thursday.", "Gran Grif"),
        ("Viv Ansanm gangs attacked the town of Mirebalais on Monday.", "Viv Ansanm"),
        ("KNLA fighters captured the town of Myawaddy on Thursday.", "KNLA (Karen National Liberation Army)"),
        ("CPC rebels attacked Bangui on Wednesday.", "CPC (Coalition of Patriots for Change)"),
        ("Lakurawa militants attacked a village in Kebbi state on Friday.", "Lakurawa"),
        ("Islamic State-linked insurgents stormed the town of Macomia on Friday.", "Islamic State"),
        ("Al-Shabaab militants attacked a base in Mogadishu on Friday.", "Al Shabaab"),
        ("In Mozambique, al-Shabaab fighters attacked Macomia on Friday.", "Islamic State"),
        (
            "South African troops clashed with rebels near Goma on Friday.",
            "Military Forces of South Africa (1994-)",
        ),
        ("Burundian soldiers clashed with M23 rebels near Uvira on Monday.", "Military Forces of Burundi"),
        ("The Giants Brigades recaptured the Bayhan district on Monday.", "Giants Brigades"),
        ("TPLF fighters captured the town of Alamata on Monday.", "TPLF (Tigray People's Liberation Front)"),
    ],
)
def test_armed_groups_and_states_are_named(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[0].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]
