"""A fault-injecting HTTP/1.1 server on 127.0.0.1 for the timeout, retry and error tests.

Each connection carries one request (every answer says ``Connection: close``) and gets the next fault of the
script (``ok`` once the script is empty):

* ``reset_before``: reset the connection before reading the request;
* ``reset_after``: read the whole request, then reset without answering;
* ``server_error``: HTTP 500 with Graph's transient error (code 2);
* ``throttle`` / ``throttle_garbage`` / ``throttle_negative``: Graph's throttling error (code 130429) with a
  ``Retry-After`` of ``0.05``, ``soon`` or ``-3``;
* ``trickle``: a 200 whose body comes one byte every ``trickle_interval`` seconds;
* ``hang``: read the request and never answer;
* ``ok``: a 200 with the JSON body given for the path.

``processed`` lists the requests the server may have acted on (read in full, and not answered with throttling),
so a test can tell whether the SDK delivered a send twice. Every wait is bounded: the server stops by itself.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

FAULTS = (
    "ok",
    "reset_before",
    "reset_after",
    "server_error",
    "throttle",
    "throttle_garbage",
    "throttle_negative",
    "trickle",
    "hang",
)
#: Faults after which the server may have acted on the request.
PROCESSED_FAULTS = frozenset({"ok", "reset_after", "server_error", "trickle", "hang"})
_RETRY_AFTER = {"throttle": "0.05", "throttle_garbage": "soon", "throttle_negative": "-3"}
_LONGEST_WAIT = 8.0  # no connection is held longer than this, whatever the client does


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    fault: str


class FaultServer:
    """Start with ``with FaultServer(answers) as server:``; ``answers`` maps a path to the JSON of its 200."""

    def __init__(self, answers: Callable[[str, str], Any], *, trickle_interval: float = 0.05) -> None:
        self._answers = answers
        self.trickle_interval = trickle_interval
        self._script: deque[str] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.connections = 0
        self.processed: list[Received] = []
        self.received: list[Received] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"

    def script(self, faults: Iterable[str]) -> None:
        """Replace the faults the next connections get, and forget what was received."""
        with self._lock:
            self._script = deque(faults)
            self.connections = 0
            self.processed = []
            self.received = []

    def __enter__(self) -> FaultServer:
        accept = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        accept.start()
        self._threads.append(accept)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=_LONGEST_WAIT + 2)
        self._listener.close()

    # ---------------------------------------------------------------- connections
    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                fault = self._script.popleft() if self._script else "ok"
                self.connections += 1
            worker = threading.Thread(target=self._serve, args=(conn, fault), daemon=True)
            worker.start()
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(worker)

    def _serve(self, conn: socket.socket, fault: str) -> None:
        conn.settimeout(_LONGEST_WAIT)
        try:
            if fault == "reset_before":
                _reset(conn)
                return
            request = _read_request(conn, fault)
            if request is None:
                conn.close()
                return
            with self._lock:
                self.received.append(request)
                if fault in PROCESSED_FAULTS:
                    self.processed.append(request)
            self._answer(conn, fault, request)
        except OSError:
            conn.close()

    def _answer(self, conn: socket.socket, fault: str, request: Received) -> None:
        if fault == "reset_after":
            _reset(conn)
        elif fault == "hang":
            self._wait_for_close(conn)
        elif fault == "server_error":
            error = {"error": {"message": "Service temporarily unavailable", "code": 2, "is_transient": True}}
            _respond(conn, 500, json.dumps(error).encode())
        elif fault in _RETRY_AFTER:
            error = {"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429}}
            _respond(conn, 400, json.dumps(error).encode(), {"Retry-After": _RETRY_AFTER[fault]})
        elif fault == "trickle":
            self._trickle(conn, json.dumps(self._answers(request.method, request.path)).encode())
        else:
            _respond(conn, 200, json.dumps(self._answers(request.method, request.path)).encode())

    def _wait_for_close(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        deadline = time.monotonic() + _LONGEST_WAIT
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                if conn.recv(1024) == b"":
                    break
            except TimeoutError:
                continue
            except OSError:
                break
        conn.close()

    def _trickle(self, conn: socket.socket, body: bytes) -> None:
        head = _head(200, len(body), {})
        deadline = time.monotonic() + _LONGEST_WAIT
        try:
            conn.sendall(head)
            for index in range(len(body)):
                if self._stop.is_set() or time.monotonic() > deadline:
                    break
                conn.sendall(body[index : index + 1])
                time.sleep(self.trickle_interval)
        except OSError:
            pass  # the client gave up: that is the point
        conn.close()


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0) instead of an orderly shutdown."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _head(status: int, length: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}", "Content-Type: application/json"]
    lines += [f"Content-Length: {length}", "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _respond(conn: socket.socket, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    conn.sendall(_head(status, len(body), headers or {}) + body)
    conn.close()


def _read_request(conn: socket.socket, fault: str) -> Received | None:
    """Read one whole request (head and Content-Length body); ``None`` if the client hung up first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, path, _ = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return Received(method, path, headers, body, fault)
