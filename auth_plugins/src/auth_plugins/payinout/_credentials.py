"""payinout.Credentials: the merchant's public token, account email and secret token."""

from __future__ import annotations

import attrs

from .._core import env_value, masked, require_text

__all__ = ["Credentials"]


@attrs.frozen(repr=False)
class Credentials:
    """token = PublicToken (X-App-Token), email = the merchant account email, secret = SecretToken."""

    token: str = attrs.field(repr=False)
    email: str = attrs.field(repr=False)
    secret: str = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        for name in ("token", "email", "secret"):
            require_text("payinout.Credentials", name, getattr(self, name))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """PAYINOUT_TOKEN, PAYINOUT_EMAIL, PAYINOUT_SECRET."""
        return cls(
            token=str(env_value("PAYINOUT_TOKEN", environ=environ)),
            email=str(env_value("PAYINOUT_EMAIL", environ=environ)),
            secret=str(env_value("PAYINOUT_SECRET", environ=environ)),
        )

    def __repr__(self) -> str:
        return f"payinout.Credentials(token={masked(self.token)}, email=..., secret={masked(self.secret)})"

    __str__ = __repr__
