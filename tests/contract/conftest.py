"""Prism serving the bundled spec, once per session, and the spec's own examples to compare with."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "DigitalOcean-public.v2.yaml"
# Prism parses the whole 3 MB spec before it listens: about 8-12 s here, more on a loaded CI machine.
STARTUP_TIMEOUT = 90.0
# Prism writes a request's log lines around the time it answers; this bounds the wait for them.
LOG_TIMEOUT = 10.0
MARKER_PATH = "/__contract_log_marker__"
# How Prism 5's log marks a request that failed its request validation.
VIOLATION_FLAGS = ("did not pass the validation", "Violation:", "[VALIDATOR] ✖")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PrismMock:
    """A running `prism mock` on a loopback port, with its log file."""

    url: str
    log_path: Path
    process: subprocess.Popen[bytes]

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def request_log(self, method: str, path: str) -> list[str]:
        """Prism's log lines for the one request `METHOD path` (use a unique path, e.g. a fresh app id).

        Sends a marker request after it and waits until the marker shows in the log, so every line Prism
        wrote about the request (its validator verdict comes after the answer) is there; returns the lines
        from the request's "Request received" up to the next request.
        """
        marker = f"{MARKER_PATH}/{uuid.uuid4()}"
        httpx.get(self.url + marker, timeout=10)
        start_line = f"[HTTP SERVER] {method.lower()} {path} "
        deadline = time.monotonic() + LOG_TIMEOUT
        while True:
            lines = self.log_text().splitlines()
            starts = [i for i, line in enumerate(lines) if start_line in line and "Request received" in line]
            ends = [i for i, line in enumerate(lines) if marker in line]
            if starts and ends:
                if len(starts) > 1:
                    raise AssertionError(f"{method} {path} reached Prism {len(starts)} times; use a unique path")
                first = starts[0]
                nxt = [i for i, line in enumerate(lines) if i > first and "[HTTP SERVER]" in line]
                return lines[first : nxt[0]]
            if time.monotonic() > deadline:
                what = "the request" if not starts else "the marker"
                raise AssertionError(f"{what} for {method} {path} never showed in Prism's log {self.log_path}")
            time.sleep(0.05)

    def times_received(self, method: str, path: str) -> int:
        """How many times `METHOD path` reached Prism so far (after a marker round trip)."""
        marker = f"{MARKER_PATH}/{uuid.uuid4()}"
        httpx.get(self.url + marker, timeout=10)
        start_line = f"[HTTP SERVER] {method.lower()} {path} "
        deadline = time.monotonic() + LOG_TIMEOUT
        while marker not in (text := self.log_text()):
            if time.monotonic() > deadline:
                raise AssertionError(f"the marker request never showed in Prism's log {self.log_path}")
            time.sleep(0.05)
        return sum(1 for line in text.splitlines() if start_line in line and "Request received" in line)

    def violations(self, method: str, path: str) -> list[str]:
        """The lines in which Prism's request validator flagged `METHOD path` (empty: it passed).

        Also checks that Prism's log shows the request and a validator verdict on it, so an empty
        list means "validated and passed", never "not found in the log".
        """
        lines = self.request_log(method, path)
        flagged = [line for line in lines if any(flag in line for flag in VIOLATION_FLAGS)]
        passed = any("The request passed the validation rules" in line for line in lines)
        assert flagged or passed, f"no validator verdict for {method} {path} in Prism's log:\n" + "\n".join(lines)
        return flagged


def _wait_until_listening(process: subprocess.Popen[bytes], url: str, log_path: Path) -> float:
    started = time.monotonic()
    while True:
        if process.poll() is not None:
            tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-20:])
            pytest.fail(f"prism mock exited with code {process.returncode} before listening; log tail:\n{tail}")
        try:
            httpx.get(url + MARKER_PATH, timeout=2)  # any answer (a 404 for this path) means it is serving
            return time.monotonic() - started
        except httpx.TransportError:
            pass
        if time.monotonic() - started > STARTUP_TIMEOUT:
            tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-20:])
            pytest.fail(f"prism mock did not listen on {url} within {STARTUP_TIMEOUT:.0f} s; log tail:\n{tail}")
        time.sleep(0.2)


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismMock]:
    """`prism mock` on the bundled spec on a free loopback port; stopped at the end of the session."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed: install Node.js 20+ and run `make contract-deps`")
    if not PRISM.exists():
        pytest.skip(f"{PRISM.relative_to(ROOT)} is missing: run `make contract-deps`")
    if not SPEC.exists():
        pytest.skip(f"{SPEC.relative_to(ROOT)} is missing: run `make spec`")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
        )
    try:
        seconds = _wait_until_listening(process, url, log_path)
        print(f"\nprism mock listening on {url} after {seconds:.1f} s (log: {log_path})")
        yield PrismMock(url=url, log_path=log_path, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_url(prism: PrismMock) -> str:
    """The base URL of the session's Prism mock, e.g. http://127.0.0.1:40123."""
    return prism.url


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s ("#/components/...") until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected in the bundled spec: {ref}"
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(f"no operation {operation_id} in the spec")


def _response_example(spec: dict[str, Any], operation_id: str, status: int | str) -> Any:
    """The JSON example the spec documents for one response of one operation (what Prism answers with).

    An `example` wins; else the first of `examples` (Prism's choice too), each `$ref` resolved.
    """
    response = _resolve(spec, _operation(spec, operation_id)["responses"][str(status)])
    media = _resolve(spec, response["content"]["application/json"])
    if "example" in media:
        return media["example"]
    first = next(iter(media["examples"].values()))
    return _resolve(spec, first)["value"]


@pytest.fixture(scope="session")
def spec_example(openapi_spec: dict[str, Any]) -> Callable[[str, int], Any]:
    """`spec_example("apps_restart", 200)`: the spec's own example body for that response."""

    def example(operation_id: str, status: int) -> Any:
        return _response_example(openapi_spec, operation_id, status)

    return example
