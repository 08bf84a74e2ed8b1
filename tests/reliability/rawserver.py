"""A raw-socket HTTP server on 127.0.0.1 for what a well-behaved server cannot do.

Behaviours: `reset` (read the request, send half a response, then RST), `short` (Content-Length
larger than the body, then close), `stall` (read the request, never answer), `html` / `empty`
(HTTP 200 with an HTML or empty body). It counts connections still open, so a test can assert the
client left none behind.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator

__all__ = ["RawServer", "raw_server"]

_HALF = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    b'{"status_code": 200, "da'
)


class RawServer:
    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self.requests = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def open_connections(self) -> int:
        """Connections whose peer has not closed yet (probed without blocking)."""
        with self._lock:
            alive = set()
            for conn in self._open:
                try:
                    conn.setblocking(False)
                    data = conn.recv(1, socket.MSG_PEEK)
                    if data:
                        alive.add(conn)
                except BlockingIOError:
                    alive.add(conn)
                except OSError:
                    pass
            return len(alive)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._open.add(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _read_request(self, conn: socket.socket) -> bool:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return False
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        with self._lock:
            self.requests += 1
        return True

    def _handle(self, conn: socket.socket) -> None:
        try:
            if not self._read_request(conn):
                return
            b = self.behaviour
            if b == "reset":
                conn.sendall(_HALF)
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
            elif b == "short":
                conn.sendall(_HALF)
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            elif b == "stall":
                self._stop.wait(30)
                conn.close()
            elif b in ("html", "empty"):
                body = b"<html><body>Service Unavailable</body></html>" if b == "html" else b""
                ctype = b"text/html" if b == "html" else b"application/json"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: "
                    + ctype
                    + b"\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\nConnection: close\r\n\r\n"
                    + body
                )
                conn.close()
            else:
                raise ValueError(f"unknown behaviour {b!r}")
        except OSError:
            conn.close()
        finally:
            with self._lock:
                self._open.discard(conn)

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(timeout=5)


@contextlib.contextmanager
def raw_server(behaviour: str) -> Iterator[RawServer]:
    server = RawServer(behaviour)
    try:
        yield server
    finally:
        server.stop()
