"""Load the evaluation scripts in scripts/ as modules, so tests guard the figures they print."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as the module <name> (registered in sys.modules: its dataclasses need it)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def score_event_corpus(directory: Path, *, min_files: int) -> Any:
    """The eval_events tally over every article of a corpus directory (hand timexes where given)."""
    ev = load_script("eval_events")
    tally = ev.Tally()
    files = sorted(directory.glob("*.yaml"))
    assert len(files) >= min_files, f"{directory} has {len(files)} articles"
    for path in files:
        ev.score(yaml.safe_load(path.read_text(encoding="utf-8")), True, tally, False)
    return tally
