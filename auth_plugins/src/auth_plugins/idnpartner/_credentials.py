"""idnpartner.Credentials and the x-language values."""

from __future__ import annotations

from typing import Literal

import attrs

from .._core import env_value, masked, require_text
from ..errors import ConfigurationError

__all__ = ["LANGUAGES", "Credentials", "Language", "check_language"]

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")


def check_language(language: object) -> Language | None:
    if language is None:
        return None
    if language == "id":
        return "id"
    if language == "en":
        return "en"
    raise ConfigurationError("language must be 'id', 'en' or None (None: the server's default, 'id')")


@attrs.frozen(repr=False)
class Credentials:
    """app_key: the public key (x-app-key). private_key: kept for a `request_hook`, unused otherwise."""

    app_key: str = attrs.field(repr=False)
    private_key: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        require_text("idnpartner.Credentials", "app_key", self.app_key)
        if self.private_key is not None:
            require_text("idnpartner.Credentials", "private_key", self.private_key, header=False)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """IDNPARTNER_APP_KEY and optional IDNPARTNER_PRIVATE_KEY."""
        return cls(
            app_key=str(env_value("IDNPARTNER_APP_KEY", environ=environ)),
            private_key=env_value("IDNPARTNER_PRIVATE_KEY", required=False, environ=environ),
        )

    def __repr__(self) -> str:
        return (
            f"idnpartner.Credentials(app_key={masked(self.app_key)}, private_key={masked(self.private_key)})"
        )

    __str__ = __repr__
