"""Turning a verified webhook body into its typed model (shared by the providers with webhooks).

The body is parsed by the generated client's own `types.parse_json` (every JSON fraction an exact
`Decimal`) and its model's `from_dict` (money, open enums, unknown fields kept); a body that does
not fit raises `WebhookPayloadError` naming the model and the field's JSON path, never a bare
`KeyError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ..errors import WebhookPayloadError

__all__ = ["decode_event", "model_from"]

M = TypeVar("M")


def decode_event(raw_body: bytes, parse_json: Callable[[bytes], Any], model: str) -> dict[str, Any]:
    """The body as a JSON object (fractions as Decimals), or WebhookPayloadError naming `model`."""
    try:
        doc = parse_json(bytes(raw_body))
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        raise WebhookPayloadError(model=model, path="$", reason="not JSON") from exc
    if not isinstance(doc, dict):
        raise WebhookPayloadError(
            model=model, path="$", reason=f"expected an object, got {type(doc).__name__}"
        )
    return doc


def model_from(from_dict: Callable[[Mapping[str, Any]], M], doc: Mapping[str, Any], model: str) -> M:
    """`from_dict(doc)`, its generated `BodyValidationError` re-raised as WebhookPayloadError."""
    try:
        return from_dict(doc)
    except ValueError as exc:  # BodyValidationError (a ValueError) carries model and path
        path = getattr(exc, "path", "$")
        reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
        raise WebhookPayloadError(model=getattr(exc, "model", model), path=path, reason=reason) from exc
