"""The shared transport stack; provider modules build on these names only."""

from ._backchannel import Backchannel
from ._clock import Clock, FrozenClock
from ._envelope import OUTCOME_KEY, outcome_of
from ._headers import HeaderBlock, update_headers
from ._ops import Operation, OperationTable
from ._outcome import Classifier, Outcome, classify_envelope, classify_http_json
from ._policy import RetryPolicy
from ._redact import Secret, constant_time_equals, redact_headers
from ._retry_after import parse_retry_after
from ._signing import Signer
from ._stack import (
    DEFAULT_TIMEOUT,
    Profile,
    StackOptions,
    build_async_transport,
    build_transport,
    make_client,
    wire_client,
)
from ._tokens import Token, TokenStore

__all__ = [
    "DEFAULT_TIMEOUT",
    "OUTCOME_KEY",
    "Backchannel",
    "Classifier",
    "Clock",
    "FrozenClock",
    "HeaderBlock",
    "Operation",
    "OperationTable",
    "Outcome",
    "Profile",
    "RetryPolicy",
    "Secret",
    "Signer",
    "StackOptions",
    "Token",
    "TokenStore",
    "build_async_transport",
    "build_transport",
    "classify_envelope",
    "classify_http_json",
    "constant_time_equals",
    "make_client",
    "outcome_of",
    "parse_retry_after",
    "redact_headers",
    "update_headers",
    "wire_client",
]
