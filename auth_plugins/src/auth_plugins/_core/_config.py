"""Helpers shared by every provider's `Credentials`: validation, env loading, masked reprs."""

from __future__ import annotations

import os

from ..errors import ConfigurationError

__all__ = ["env_value", "has_control_characters", "masked", "require_text"]


def has_control_characters(value: str) -> bool:
    """True when `value` holds a C0 control character (CR, LF, TAB, NUL, ...) or DEL."""
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in value)


def require_text(owner: str, name: str, value: object, *, header: bool = True) -> None:
    """Fail at construction, naming the field but never echoing its value.

    `header`: the value travels in an HTTP header (or a header's signature), so a control
    character (a trailing `\r` from a CRLF `.env` file, say) is refused here rather than surfacing
    mid-call as an httpx error that quotes the header value. Multi-line secrets (PEM text) that
    never go into a header pass `header=False`.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{owner}.{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{owner}.{name} must not be empty")
    if header and has_control_characters(value):
        raise ConfigurationError(
            f"{owner}.{name} contains a control character (a stray CR/LF or tab?); "
            "strip it: the value goes into an HTTP header"
        )


def env_value(var: str, *, required: bool = True, environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    value = env.get(var)
    if required and not value:
        raise ConfigurationError(f"environment variable {var} is not set")
    return value or None


def masked(value: str | None) -> str:
    return "None" if value is None else "'**********'"
