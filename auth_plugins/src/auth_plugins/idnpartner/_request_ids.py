"""idnpartner's x-request-id values: fresh UUID4 text for every call."""

from __future__ import annotations

import os

__all__ = ["REQUEST_IDS", "REQUEST_ID_HEADER", "RequestIds", "new_request_id"]


# The variant digit for a random hex digit: its low two bits kept, its top two set to 10 (RFC 4122).
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _uuid4_texts(random: bytes) -> list[bytes]:
    """UUID4 text (ASCII) for each 16 bytes of `random`: the same 122 random bits and layout as
    `str(uuid.uuid4())`. Of each 32 hex digits, digit 12 becomes the version (4) and digit 16 the
    variant; the rest are kept as drawn."""
    h = random.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-{_VARIANT[h[i + 16]]}{h[i + 17 : i + 20]}-"
        f"{h[i + 20 : i + 32]}".encode("ascii")
        for i in range(0, len(h), 32)
    ]


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
