"""idnpartner's x-request-id values: fresh UUID4 text for every call."""

from __future__ import annotations

import os

__all__ = ["REQUEST_IDS", "REQUEST_ID_HEADER", "RequestIds", "new_request_id"]


def _uuid4_texts(random: bytes) -> list[bytes]:
    """UUID4 text (ASCII) for each 16 bytes of `random`: the same 122 random bits and layout as
    `str(uuid.uuid4())` (version 4, RFC 4122 variant)."""
    out = []
    for at in range(0, len(random), 16):
        raw = bytearray(random[at : at + 16])
        raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
        raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
        h = raw.hex()
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}".encode("ascii"))
    return out


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
