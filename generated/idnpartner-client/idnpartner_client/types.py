"""Contains some shared types for properties"""

import json
import math
import re
from collections.abc import Iterable, Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define

if TYPE_CHECKING:
    import httpx


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


Money = Decimal | int | str
"""What a money field accepts: Decimal, int, or a decimal string such as "19.99" (never a float)."""

_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


MONEY_EXPONENT_LIMIT = 308
"""An amount's magnitude stays within 1e-308..1e+308 (Decimal.adjusted()): beyond that, a JSON
number such as 1e400 is infinity to every float-based reader, and written out in full (as
json_bytes writes a Decimal) it would be hundreds of digits long."""


def _checked(value: Decimal, where: str) -> Decimal:
    if not value.is_finite():
        raise ValueError(f"{where}: {value} is not a finite amount")
    if abs(value.adjusted()) > MONEY_EXPONENT_LIMIT:
        raise ValueError(f"{where}: {value} is out of range for an amount")
    return value


def to_money(value: object, where: str) -> Decimal:
    """`value` as an exact, finite Decimal, or TypeError/ValueError naming `where` (Model.field).

    A float is refused rather than converted: by the time it reaches us, 0.1 + 0.2 is already
    0.30000000000000004, and no conversion can tell which amount the caller meant.
    """
    if isinstance(value, Decimal):
        return _checked(value, where)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where}: {value} is not a finite amount")  # NaN/Infinity in a JSON body
    if isinstance(value, (float, bool)) or not isinstance(value, (int, str)):
        raise TypeError(
            f"{where}: a {type(value).__name__} cannot carry an exact amount; "
            'pass Decimal, int or a decimal string (e.g. Decimal("19.99"))'
        )
    if isinstance(value, int):
        return _checked(Decimal(value), where)
    if _DECIMAL_TEXT.fullmatch(value) is None:
        raise ValueError(f"{where}: {value[:40]!r} is not a decimal amount")
    return _checked(Decimal(value), where)


def to_money_list(value: object, where: str) -> list[Decimal]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{where}: expected a list of amounts, got {type(value).__name__}")
    return [to_money(item, f"{where}[{i}]") for i, item in enumerate(value)]


def to_float(value: object) -> float:
    """A non-money JSON number back to float (parse_json reads every fraction as Decimal)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a number, got {type(value).__name__}")


# One decoder for every body: json.loads builds a new one per call when given parse_float. It is
# shared as json.loads shares its default one (its C scanner calls nothing that releases the GIL).
_DECODER = json.JSONDecoder(parse_float=Decimal)


def parse_json(content: bytes) -> Any:
    """A response body, every JSON fraction as an exact Decimal (bytes read as json.loads reads
    them: UTF-8, -16 or -32, by json.detect_encoding)."""
    return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


DECODED_JSON_KEY = "decoded_json"


def path_segment(value: Any, name: str) -> str:
    """A path parameter as exactly one URL segment: percent-encoded (a `/` stays inside it), and
    never empty, `.` or `..`, which URL normalisation would resolve into another route."""
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {name} may not be {text!r}: it would change the route")
    return quote(text, safe="")


def parse_response_json(response: "httpx.Response") -> Any:
    """`parse_json` of the body, or the decoded body a transport left in
    `response.extensions["decoded_json"]` (decoded the same way), taken once."""
    decoded = response.extensions.pop(DECODED_JSON_KEY, _NOT_DECODED)
    return parse_json(response.content) if decoded is _NOT_DECODED else decoded


_NOT_DECODED = object()


_encode_str = json.encoder.encode_basestring  # ensure_ascii=False, as httpx's json= sends


def _encode(obj: Any, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(_encode_str(obj))
    elif obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"{obj} is not a JSON number")
        out.append(format(obj, "f"))
    elif isinstance(obj, (int, float)):
        out.append(json.dumps(obj, allow_nan=False))
    elif isinstance(obj, Mapping):
        out.append("{")
        for i, (key, item) in enumerate(obj.items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str, not {type(key).__name__}")
            out.append("," + _encode_str(key) + ":" if i else _encode_str(key) + ":")
            _encode(item, out)
        out.append("}")
    elif isinstance(obj, (list, tuple)):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def json_bytes(obj: Any) -> bytes:
    """The request body: the bytes httpx's json= would send (compact, UTF-8, NaN refused), except
    that a Decimal is written with its own digits (Decimal("10000.00") → 10000.00), never via float.
    Bodies without a Decimal therefore keep exactly their old bytes (and their signatures)."""
    out: list[str] = []
    _encode(obj, out)
    return "".join(out).encode("utf-8")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "MONEY_EXPONENT_LIMIT",
    "Money",
    "RequestFiles",
    "Response",
    "Unset",
    "json_bytes",
    "parse_json",
    "parse_response_json",
    "path_segment",
    "to_float",
    "to_money",
    "to_money_list",
]
