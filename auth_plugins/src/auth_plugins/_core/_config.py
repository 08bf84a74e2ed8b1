"""Helpers shared by every provider's `Credentials`: validation, env loading, masked reprs."""

from __future__ import annotations

import os

from ..errors import ConfigurationError

__all__ = ["env_value", "masked", "require_text"]


def require_text(owner: str, name: str, value: object) -> None:
    """Fail at construction, naming the field but never echoing its value."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{owner}.{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{owner}.{name} must not be empty")


def env_value(var: str, *, required: bool = True, environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    value = env.get(var)
    if required and not value:
        raise ConfigurationError(f"environment variable {var} is not set")
    return value or None


def masked(value: str | None) -> str:
    return "None" if value is None else "'**********'"
