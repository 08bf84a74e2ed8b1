"""HTP agent credentials: the agent UUID and secret, plus the optional device and language."""

from __future__ import annotations

import uuid

import attrs

from .._core._config import env_value, masked, require_text
from ..errors import ConfigurationError

__all__ = ["LANGUAGES", "Credentials"]

LANGUAGES = ("en", "zh")


@attrs.frozen(repr=False)
class Credentials:
    """agent_id = the agent UUID HTP provides (X-Agent-ID); agent_secret keys X-Signature.

    device_id / device_name are sent as Device-ID / Device-Name and language ('en' or 'zh') as
    Accept-Language on every call when set; the API answers in English when no language is sent.
    """

    agent_id: str = attrs.field(repr=False)
    agent_secret: str = attrs.field(repr=False)
    device_id: str | None = None
    device_name: str | None = None
    language: str | None = None

    def __attrs_post_init__(self) -> None:
        require_text("htp.Credentials", "agent_id", self.agent_id)
        require_text("htp.Credentials", "agent_secret", self.agent_secret)
        try:
            uuid.UUID(self.agent_id)
        except ValueError:
            raise ConfigurationError("htp.Credentials.agent_id must be the agent UUID") from None
        for name in ("device_id", "device_name"):
            value = getattr(self, name)
            if value is not None:
                require_text("htp.Credentials", name, value)
        if self.language is not None and self.language not in LANGUAGES:
            raise ConfigurationError(f"htp.Credentials.language must be one of {', '.join(LANGUAGES)}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """HTP_AGENT_ID, HTP_AGENT_SECRET; optional HTP_DEVICE_ID, HTP_DEVICE_NAME, HTP_LANGUAGE."""
        return cls(
            agent_id=str(env_value("HTP_AGENT_ID", environ=environ)),
            agent_secret=str(env_value("HTP_AGENT_SECRET", environ=environ)),
            device_id=env_value("HTP_DEVICE_ID", required=False, environ=environ),
            device_name=env_value("HTP_DEVICE_NAME", required=False, environ=environ),
            language=env_value("HTP_LANGUAGE", required=False, environ=environ),
        )

    def headers(self) -> dict[str, str]:
        """Accept-Language / Device-ID / Device-Name, for those that are set."""
        out: dict[str, str] = {}
        if self.language is not None:
            out["Accept-Language"] = self.language
        if self.device_id is not None:
            out["Device-ID"] = self.device_id
        if self.device_name is not None:
            out["Device-Name"] = self.device_name
        return out

    def __repr__(self) -> str:
        return (
            f"htp.Credentials(agent_id={masked(self.agent_id)}, agent_secret={masked(self.agent_secret)}, "
            f"device_id={self.device_id!r}, device_name={self.device_name!r}, language={self.language!r})"
        )

    __str__ = __repr__
