"""The shared transport stack; provider modules build on these names only.

Each name loads its module on first use (`_lazy.py`), like the package facades: a client
built for one provider loads only the parts of the stack it uses.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # see the facades: typing stays unimported here at run time
if TYPE_CHECKING:
    from ._backchannel import Backchannel as Backchannel
    from ._clock import Clock as Clock
    from ._clock import FrozenClock as FrozenClock
    from ._config import env_value as env_value
    from ._config import masked as masked
    from ._config import require_text as require_text
    from ._headers import HeaderBlock as HeaderBlock
    from ._headers import set_header as set_header
    from ._headers import update_headers as update_headers
    from ._kit import Options as Options
    from ._kit import Provider as Provider
    from ._kit import Setup as Setup
    from ._operations import Operation as Operation
    from ._operations import OperationTable as OperationTable
    from ._outcome import OUTCOME_KEY as OUTCOME_KEY
    from ._outcome import Classifier as Classifier
    from ._outcome import Outcome as Outcome
    from ._outcome import classify_envelope as classify_envelope
    from ._outcome import classify_http_json as classify_http_json
    from ._outcome import outcome_of as outcome_of
    from ._policy import RetryPolicy as RetryPolicy
    from ._redact import SENSITIVE_HEADERS as SENSITIVE_HEADERS
    from ._redact import constant_time_equals as constant_time_equals
    from ._replay import ReplayGuard as ReplayGuard
    from ._retry_after import parse_retry_after as parse_retry_after
    from ._signing import AuthPolicy as AuthPolicy
    from ._stack import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._stack import Profile as Profile
    from ._stack import StackOptions as StackOptions
    from ._stack import build_async_transport as build_async_transport
    from ._stack import build_transport as build_transport
    from ._stack import make_client as make_client
    from ._stack import wire_client as wire_client
    from ._store import Codec as Codec
    from ._store import MemoryTokenStore as MemoryTokenStore
    from ._store import Scope as Scope
    from ._store import TokenBackend as TokenBackend
    from ._tokens import Token as Token
    from ._tokens import TokenStore as TokenStore
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._backchannel": ("Backchannel",),
            "._clock": ("Clock", "FrozenClock"),
            "._config": ("env_value", "masked", "require_text"),
            "._headers": ("HeaderBlock", "set_header", "update_headers"),
            "._kit": ("Options", "Provider", "Setup"),
            "._operations": ("Operation", "OperationTable"),
            "._outcome": (
                "OUTCOME_KEY",
                "Classifier",
                "Outcome",
                "classify_envelope",
                "classify_http_json",
                "outcome_of",
            ),
            "._policy": ("RetryPolicy",),
            "._redact": ("SENSITIVE_HEADERS", "constant_time_equals"),
            "._replay": ("ReplayGuard",),
            "._retry_after": ("parse_retry_after",),
            "._signing": ("AuthPolicy",),
            "._stack": (
                "DEFAULT_TIMEOUT",
                "Profile",
                "StackOptions",
                "build_async_transport",
                "build_transport",
                "make_client",
                "wire_client",
            ),
            "._store": ("Codec", "MemoryTokenStore", "Scope", "TokenBackend"),
            "._tokens": ("Token", "TokenStore"),
        },
    )
