"""Configuration from the environment, in one place."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("var")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TIMELINE_")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DATA_DIR / 'timeline.db'}",
        description="SQLAlchemy URL; an SQLite file by default, e.g. postgresql+psycopg://user:pw@host/db",
    )
    api_token: str | None = Field(
        default=None, description="Bearer token required for writes from non-local clients."
    )
    max_article_bytes: int = 1_000_000
    seeds_dir: Path = Path("seeds")


def get_settings() -> Settings:
    return Settings()
