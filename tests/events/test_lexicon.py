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
