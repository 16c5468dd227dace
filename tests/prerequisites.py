"""What to do when the machine lacks something a test needs.

(A module with its own name, not conftest: several test packages have a conftest, so importing
"conftest" by name finds whichever came first.)"""

from __future__ import annotations

import os

import pytest


def unavailable(reason: str) -> None:
    """Skip on a developer's machine, fail under CI: CI must not pass by skipping."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping; run scripts/system-deps.sh)")
    pytest.skip(reason)
