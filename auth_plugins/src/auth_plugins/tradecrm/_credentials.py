"""tradecrm.Credentials: the Open API key and, optionally, a separate HMAC secret."""

from __future__ import annotations

import warnings

import attrs

from .._core import env_value, masked, require_text

__all__ = ["Credentials"]

_warned = False


def _warn_secret_is_api_key() -> None:
    """Once per process: the HMAC key is then the API key, which every request sends in `key`."""
    global _warned
    if _warned:
        return
    _warned = True
    warnings.warn(
        "tradecrm.Credentials: no `secret` set, so the API key also keys request signatures and "
        "webhook verification; it travels in every request's `key` header. Set a separate secret "
        "(TRADECRM_SECRET) if your account has one.",
        UserWarning,
        stacklevel=4,
    )


@attrs.frozen(repr=False)
class Credentials:
    """api_key: the CRM Open API key (sent as `key`); secret: the HMAC key, default the API key."""

    api_key: str = attrs.field(repr=False)
    secret: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        require_text("tradecrm.Credentials", "api_key", self.api_key)
        if self.secret is not None:
            require_text("tradecrm.Credentials", "secret", self.secret)
        else:
            _warn_secret_is_api_key()

    @property
    def signing_key(self) -> str:
        return self.secret if self.secret is not None else self.api_key

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """TRADECRM_API_KEY and optional TRADECRM_SECRET."""
        return cls(
            api_key=str(env_value("TRADECRM_API_KEY", environ=environ)),
            secret=env_value("TRADECRM_SECRET", required=False, environ=environ),
        )

    def __repr__(self) -> str:
        return f"tradecrm.Credentials(api_key={masked(self.api_key)}, secret={masked(self.secret)})"

    __str__ = __repr__
