"""Contains shared errors types that can be raised from API functions"""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class BodyValidationError(ValueError):
    """A JSON body does not fit its model: raised by `Model.from_dict` (a webhook body, say).

    `model` is the outermost model, `path` the JSON path of the field (`$.customer.email`;
    `[*]` stands for any list index), `field_model` the model that declares that field.
    """

    def __init__(self, *, model: str, path: list[str], reason: str, field_model: str | None = None) -> None:
        self.model = model
        self.field_model = field_model or model
        self.parts = path
        self.reason = reason
        super().__init__(self.message)

    @property
    def path(self) -> str:
        return "$" + "".join(p if p.startswith("[") else "." + p for p in self.parts)

    @property
    def message(self) -> str:
        where = self.model if self.field_model == self.model else f"{self.model} (in {self.field_model})"
        return f"{where} at {self.path}: {self.reason}"

    def within(self, model: str, field: str) -> "BodyValidationError":
        """The same error seen from the model that contains this one, under `field`."""
        parts = [field, *self.parts] if field else self.parts
        return BodyValidationError(model=model, path=parts, reason=self.reason, field_model=self.field_model)

    def __str__(self) -> str:
        return self.message


class ResponseValidationError(Exception):
    """A response body does not fit the model the operation documents for its status.

    Has the attributes of auth_plugins.errors.ApiError (status_code, message, body, trace_id,
    request_id, error_type) and is raised as a subclass of
    auth_plugins.errors.ResponseValidationError when auth_plugins is loaded. `body` is the raw response text; the message never includes it.
    """

    def __init__(
        self, *, operation: str, error: BodyValidationError, status_code: int, content: bytes, request_id: str | None
    ) -> None:
        self.operation = operation
        self.model = error.model
        self.field_model = error.field_model
        self.path = error.path
        self.reason = error.reason
        self.status_code = status_code
        self.content = content
        self.body = content.decode("utf-8", "replace")
        self.trace_id: str | None = None
        self.request_id = request_id
        self.error_type = "response_validation"
        self.message = f"{operation}: response does not fit {error.message}"
        # Exception's, not super(): under auth_plugins the next class in the MRO is its ApiError,
        # whose __init__ wants what this one has just set.
        Exception.__init__(self, self.message)

    @classmethod
    def of(cls, error: BodyValidationError, *, operation: str, response: "httpx.Response") -> "ResponseValidationError":
        try:
            request_id = response.request.headers.get("x-request-id")
        except RuntimeError:  # a Response built without its request
            request_id = None
        return _raised(cls)(
            operation=operation,
            error=error,
            status_code=response.status_code,
            content=response.content,
            request_id=request_id,
        )

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self!s})"


def _raised(cls: type[ResponseValidationError]) -> type[ResponseValidationError]:
    """`cls`, or when auth_plugins is loaded, its subclass that is also an auth_plugins ApiError.

    Looked up in sys.modules, never imported: if auth_plugins.errors is not loaded, no caller can
    be catching its classes, and this package stays free of it.
    """
    plugin = sys.modules.get("auth_plugins.errors")
    adopt = getattr(plugin, "adopt_response_validation_error", None)
    if adopt is None:
        return cls
    adopted: type[ResponseValidationError] = adopt(cls)
    return adopted


__all__ = ["BodyValidationError", "ResponseValidationError", "UnexpectedStatus"]
