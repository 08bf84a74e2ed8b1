"""The shared transport stack; provider modules build on these names only."""

from ._backchannel import Backchannel
from ._clock import Clock, FrozenClock
from ._config import env_value, masked, require_text
from ._headers import HeaderBlock, set_header, update_headers
from ._kit import Options, Provider, Setup
from ._operations import Operation, OperationTable
from ._outcome import OUTCOME_KEY, Classifier, Outcome, classify_envelope, classify_http_json, outcome_of
from ._policy import RetryPolicy
from ._redact import SENSITIVE_HEADERS, constant_time_equals
from ._replay import ReplayGuard
from ._retry_after import parse_retry_after
from ._signing import AuthPolicy
from ._stack import (
    DEFAULT_TIMEOUT,
    Profile,
    StackOptions,
    build_async_transport,
    build_transport,
    make_client,
    wire_client,
)
from ._store import Codec, MemoryTokenStore, Scope, TokenBackend
from ._tokens import Token, TokenStore

__all__ = [
    "DEFAULT_TIMEOUT",
    "OUTCOME_KEY",
    "SENSITIVE_HEADERS",
    "AuthPolicy",
    "Backchannel",
    "Classifier",
    "Clock",
    "Codec",
    "FrozenClock",
    "HeaderBlock",
    "MemoryTokenStore",
    "Operation",
    "OperationTable",
    "Options",
    "Outcome",
    "Profile",
    "Provider",
    "ReplayGuard",
    "RetryPolicy",
    "Scope",
    "Setup",
    "StackOptions",
    "Token",
    "TokenBackend",
    "TokenStore",
    "build_async_transport",
    "build_transport",
    "classify_envelope",
    "classify_http_json",
    "constant_time_equals",
    "env_value",
    "make_client",
    "masked",
    "outcome_of",
    "parse_retry_after",
    "require_text",
    "set_header",
    "update_headers",
    "wire_client",
]
