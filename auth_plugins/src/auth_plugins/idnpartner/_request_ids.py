"""idnpartner's x-request-id values: fresh UUID4 text for every call."""

from __future__ import annotations

import os
import re

__all__ = ["REQUEST_IDS", "REQUEST_ID_HEADER", "RequestIds", "new_request_id"]


# Byte maps that set a UUID4's fixed bits: the version (4) in byte 6, the RFC 4122 variant in byte 8.
_VERSION = bytes((b & 0x0F) | 0x40 for b in range(256))
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))
_GROUPS = re.compile(rb"(.{8})(.{4})(.{4})(.{4})(.{12})")  # an id's 32 hex digits, as 8-4-4-4-12


def _uuid4_texts(random: bytes) -> list[bytes]:
    """UUID4 text (ASCII) for each 16 bytes of `random`: the same 122 random bits and layout as
    `str(uuid.uuid4())`. The fixed bits are set in every id at once, then each id's hex is split
    into its dashed groups."""
    raw = bytearray(random)
    raw[6::16] = raw[6::16].translate(_VERSION)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    return [b"-".join(groups) for groups in _GROUPS.findall(raw.hex().encode("ascii"))]


class RequestIds:
    """Fresh request ids (ASCII bytes, as a header value), made `batch` at a time from one
    `os.urandom` draw.

    `take` runs on every call: a batch makes one system call and formats its ids together
    (`nox -s bench` reports `request_id_us` against `str(uuid.uuid4())`). A forked child empties
    its copy of the batch, so a parent and its child never send the same id.
    """

    def __init__(self, batch: int = 64) -> None:
        self._batch = batch
        self._ready: list[bytes] = []
        os.register_at_fork(after_in_child=self._ready.clear)

    def take(self) -> bytes:
        try:
            return self._ready.pop()  # atomic: two threads never take the same id
        except IndexError:
            self._ready.extend(_uuid4_texts(os.urandom(16 * self._batch)))
            return self._ready.pop()


REQUEST_IDS = RequestIds()


def new_request_id() -> str:
    """A fresh x-request-id: UUID4 text (the docs ask only for a unique string)."""
    return REQUEST_IDS.take().decode("ascii")


REQUEST_ID_HEADER = b"x-request-id"  # its name, lowercase, as httpx keeps it
