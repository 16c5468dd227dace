import pytest
from pydantic import ValidationError

from timeline.events.lexicon import Trigger, actor_lexicon, places, trigger_lexicon
from timeline.events.triggers import inflections


def test_data_files_load_and_every_trigger_has_an_example() -> None:
    lex = trigger_lexicon()
    assert lex.triggers
    assert all(t.examples for t in lex.triggers)
    assert actor_lexicon().actors
    assert any(p.name == "Palmyra" for p in places())


def test_trigger_schema_rejects_unknown_keys_and_missing_examples() -> None:
    with pytest.raises(ValidationError):
        Trigger.model_validate({"id": "x", "patterns": ["~hit"], "sub_event_type": "Attack", "examples": []})
    with pytest.raises(ValidationError):
        Trigger.model_validate(
            {"id": "x", "patterns": ["~hit"], "sub_event_type": "Not a type", "examples": [{"text": "a"}]}
        )
    with pytest.raises(ValidationError):
        Trigger.model_validate(
            {
                "id": "x",
                "patterns": ["~hit"],
                "sub_event_type": "Attack",
                "examples": [{"text": "a"}],
                "typo": 1,
            }
        )


def test_inflections() -> None:
    irregular = trigger_lexicon().irregular_verbs
    assert {"capture", "captures", "captured", "capturing"} <= inflections("capture", irregular)
    assert {"kidnapped", "kidnapping"} <= inflections("kidnap", irregular)
    assert {"took", "taken", "takes"} <= inflections("take", irregular)
    assert {"strikes", "struck"} <= inflections("strike", irregular)


def test_one_actor_per_surface_variant() -> None:
    aliases = {a.id: set(a.aliases) for a in actor_lexicon().actors}
    assert {"IS", "ISIS", "ISIL", "Daesh", "Islamic State"} <= aliases["islamic-state"]


def test_a_malformed_data_file_names_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline.events.lexicon import LexiconError, read_data_file

    bad = tmp_path / "triggers.yaml"
    bad.write_text("triggers: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^triggers.yaml: not valid YAML"):
        read_data_file(bad)


def test_the_not_places_list_is_validated_and_read_as_names() -> None:
    from timeline.events.lexicon import NotPlaces, not_place_words

    words = not_place_words()
    assert "Green Zone" in words and "The" in words  # underscores stand for spaces
    with pytest.raises(ValidationError):
        NotPlaces.model_validate({"word": "The"})


def test_people_taken_nouns_are_validated() -> None:
    base = {"id": "x", "patterns": ["~capture"], "sub_event_type": "by_actor", "examples": [{"text": "t"}]}
    assert Trigger.model_validate({**base, "veto_people_taken": ["militants", "armed men"]})
    for bad in (["Militants"], ["militants,"], [""]):
        with pytest.raises(ValidationError, match="veto_people_taken"):
            Trigger.model_validate({**base, "veto_people_taken": bad})
