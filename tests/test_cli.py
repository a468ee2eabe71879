"""The `pydo-facade` command line, run as users run it: `python -m pydo_facade` in a subprocess against the fakes."""

from __future__ import annotations

import asyncio
import json
import os
import pty
import re
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from fault_server import FaultServer, close_without_answer, respond

from pydo_facade import AsyncClient, Client, ClientAuthenticationError
from pydo_facade.cli import main, token_from_environment
from pydo_facade.testing import FakeDigitalOcean

TOKEN = "dop_v1_" + "c1i5ecret" * 7
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
PHASE_LINE = re.compile(rf"^deployment {UUID}: (?P<phase>[A-Z_]+)\b")
NEVER_ENDS = ["PENDING_DEPLOY", "DEPLOYING"]
RESTART_USAGE_ERROR = re.compile(
    r"pydo-facade apps restart: error: (?P<message>.+) \(see 'pydo-facade apps restart --help'\)"
)
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
LONE_SURROGATE_ANSWER = '{"deployment": {"id": "\\ud800", "phase": "PENDING_DEPLOY", "cause": "caf\\u00e9 \\ud800"}}'
"""A restart answer whose deployment id is a lone surrogate: valid JSON, but no encoding can write it as it is."""


@pytest.fixture
def fake() -> Iterator[FakeDigitalOcean]:
    with FakeDigitalOcean(token=TOKEN) as running:
        yield running


@pytest.fixture
def app_id(fake: FakeDigitalOcean) -> str:
    app_id: str = fake.add_app(name="sample", components=["web", "worker"])["id"]
    return app_id


def cli_environment(token: str | None = TOKEN, **extra: str) -> dict[str, str]:
    """The caller's environment without any token, proxy or forced terminal, plus the token under test."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "FORCE_COLOR", "TTY_COMPATIBLE")
        and name.lower() not in PROXY_VARIABLES
    }
    if token is not None:
        environment["DIGITALOCEAN_TOKEN"] = token
    return environment | extra


def run_cli(
    *args: str, token: str | None = TOKEN, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pydo_facade", *args],
        env=env if env is not None else cli_environment(token),
        capture_output=True,
        text=True,
        timeout=60,
    )


def restart(fake: FakeDigitalOcean, app_id: str, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return run_cli("apps", "restart", app_id, "--endpoint", fake.url, *args, **kwargs)


def phases_reported(stderr: str) -> list[str]:
    return [match["phase"] for line in stderr.splitlines() if (match := PHASE_LINE.match(line))]


def assert_one_clean_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("pydo-facade: ")]
    assert len(error_lines) == 1, result.stderr
    return error_lines[0]


def the_only_stderr_line(result: subprocess.CompletedProcess[str]) -> str:
    """stderr is exactly one line (no traceback, no usage block): returns it."""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.endswith("\n"), result.stderr
    return result.stderr.rstrip("\n")


def run_cli_patched(patch: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI as `python -m pydo_facade` does, after `patch` (Python source) changed the cli module as `cli`."""
    program = (
        "import runpy, sys\nimport pydo_facade.cli as cli\n"
        f"{patch}\n"
        "sys.argv[0] = 'pydo-facade'\nrunpy.run_module('pydo_facade', run_name='__main__')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", program, *args], env=cli_environment(), capture_output=True, text=True, timeout=60
    )


# --- restarting -------------------------------------------------------------------------------------


def test_restart_prints_the_new_deployment_and_exits_0(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id)

    assert result.returncode == 0, result.stderr
    assert re.search(rf"^deployment +{UUID}$", result.stdout, re.MULTILINE)
    assert re.search(r"^phase +PENDING_DEPLOY$", result.stdout, re.MULTILINE)
    assert re.search(r"^cause +restart of web, worker$", result.stdout, re.MULTILINE)
    assert result.stderr == ""
    assert [(seen.method, seen.path) for seen in fake.requests] == [("POST", f"/v2/apps/{app_id}/restart")]


def test_restart_sends_the_components_given(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--components", "web", "--components", "worker,web")

    assert result.returncode == 0, result.stderr
    assert fake.requests[0].json == {"components": ["web", "worker"]}


def test_restart_without_components_sends_no_body(fake: FakeDigitalOcean, app_id: str) -> None:
    assert restart(fake, app_id).returncode == 0
    assert fake.requests[0].body == b""


def test_restart_json_prints_the_deployment_exactly_as_the_server_sent_it(
    server: FaultServer, seed_response_bytes: bytes
) -> None:
    server.queue(respond(200, seed_response_bytes, headers={"Content-Type": "application/json"}))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(seed_response_bytes)["deployment"]


def test_restart_json_against_the_fake_is_the_new_deployment(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--json")

    assert result.returncode == 0, result.stderr
    deployment = json.loads(result.stdout)
    assert deployment["phase"] == "PENDING_DEPLOY"
    with Client(TOKEN, endpoint=fake.url) as client:
        assert client.apps.get_deployment(app_id, deployment["id"])["deployment"]["id"] == deployment["id"]


def test_doctl_access_token_variable_is_accepted(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, env=cli_environment(None, DIGITALOCEAN_ACCESS_TOKEN=TOKEN))

    assert result.returncode == 0, result.stderr
    assert fake.requests[0].headers["authorization"] == "Bearer ***"


# --- waiting ----------------------------------------------------------------------------------------


def test_wait_ends_active_and_exits_0(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--components", "web", "--wait", "--poll-interval", "0.01")

    assert result.returncode == 0, result.stderr
    assert re.search(r"^phase +ACTIVE$", result.stdout, re.MULTILINE)
    assert re.search(r"^progress +4/4 steps$", result.stdout, re.MULTILINE)
    assert phases_reported(result.stderr)[-1] == "ACTIVE"


def test_wait_off_a_terminal_prints_one_line_per_phase_change(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(["PENDING_DEPLOY", "PENDING_DEPLOY", "DEPLOYING", "DEPLOYING", "DEPLOYING", "ACTIVE"])

    result = restart(fake, app_id, "--wait", "--poll-interval", "0.01")

    assert result.returncode == 0, result.stderr
    polls = [seen for seen in fake.requests if seen.method == "GET"]
    assert len(polls) == 5
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines() if PHASE_LINE.match(line)]
    assert phases_reported(result.stderr) == ["PENDING_DEPLOY", "DEPLOYING", "ACTIVE"]
    assert "running web" in result.stderr
    assert "\x1b[" not in result.stderr + result.stdout  # no terminal codes in logs


def test_wait_json_prints_the_final_deployment(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--wait", "--json", "--poll-interval", "0.01")

    assert result.returncode == 0, result.stderr
    final = json.loads(result.stdout)
    assert final["phase"] == "ACTIVE"
    with Client(TOKEN, endpoint=fake.url) as client:
        assert client.apps.get_deployment(app_id, final["id"])["deployment"] == final


def test_failed_deployment_exits_1_with_the_failing_step(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(
        ["PENDING_DEPLOY", "DEPLOYING", "ERROR"],
        reason={"code": "HealthChecksFailed", "message": "web failed its health checks"},
    )

    result = restart(fake, app_id, "--wait", "--poll-interval", "0.01")

    assert result.returncode == 1
    line = assert_one_clean_error_line(result)
    assert "ERROR" in line
    assert "HealthChecksFailed: web failed its health checks" in line
    assert phases_reported(result.stderr)[-1] == "ERROR"
    assert re.search(r"^phase +ERROR$", result.stdout, re.MULTILINE)


def test_failed_deployment_with_json_still_prints_the_deployment(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(["PENDING_DEPLOY", "ERROR"])

    result = restart(fake, app_id, "--wait", "--json", "--poll-interval", "0.01")

    assert result.returncode == 1
    assert json.loads(result.stdout)["deployment"]["phase"] == "ERROR"
    assert_one_clean_error_line(result)


def test_wait_timeout_exits_1_and_says_the_deployment_goes_on(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(NEVER_ENDS)

    result = restart(fake, app_id, "--wait", "--timeout", "0.3", "--poll-interval", "0.05")

    assert result.returncode == 1
    line = assert_one_clean_error_line(result)
    assert "not ACTIVE after 0.3 s" in line
    assert "DEPLOYING" in line


# --- errors: one line, no traceback, exit 1 ---------------------------------------------------------


def test_unknown_app_exits_1_with_status_error_id_message_and_request_id(fake: FakeDigitalOcean) -> None:
    result = restart(fake, "no-such-app")

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    line = assert_one_clean_error_line(result)
    assert re.fullmatch(
        rf"pydo-facade: 404 not_found: The resource you were accessing could not be found\. \(request_id={UUID}\)",
        line,
    )


def test_wrong_token_exits_1_with_401(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, token="dop_v1_wrong")

    assert result.returncode == 1
    assert "401 unauthorized" in assert_one_clean_error_line(result)


def test_an_html_error_page_is_reported_on_one_line(server: FaultServer) -> None:
    server.queue(respond(502, "<html>\n<body>\n<h1>502 Bad Gateway</h1>\n</body>\n</html>\n", reason="Bad Gateway"))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url)

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "502" in assert_one_clean_error_line(result)


def test_unreachable_endpoint_exits_1_with_one_line() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", f"http://127.0.0.1:{port}")

    assert result.returncode == 1
    assert "could not" in assert_one_clean_error_line(result) or "refused" in result.stderr.lower()


# --- usage errors and the token: exit 2 -------------------------------------------------------------


def test_missing_token_exits_2_naming_the_variable(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, token=None)

    assert result.returncode == 2
    assert "DIGITALOCEAN_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    assert fake.requests == []


@pytest.mark.parametrize("value", ["soon", "-1", "0", "nan", "inf", "1e10", "604800.5"])
def test_bad_timeout_is_a_usage_error(fake: FakeDigitalOcean, app_id: str, value: str) -> None:
    result = restart(fake, app_id, "--wait", "--timeout", value)

    assert result.returncode == 2
    usage_error = RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result))
    assert usage_error, result.stderr
    assert usage_error["message"].startswith("argument --timeout: expected a number of seconds")
    assert fake.requests == []


@pytest.mark.parametrize("flag", ["--timeout", "--poll-interval"])
@pytest.mark.parametrize("value", ["1e10", "604801", "1e400"])
def test_a_duration_past_a_week_is_a_usage_error_naming_the_limit(
    fake: FakeDigitalOcean, app_id: str, flag: str, value: str
) -> None:
    result = restart(fake, app_id, "--wait", flag, value)

    assert result.returncode == 2
    usage_error = RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result))
    assert usage_error, result.stderr
    assert usage_error["message"] == (
        f"argument {flag}: expected a number of seconds > 0 and at most 604800 (7 days), got '{value}'"
    )
    assert fake.requests == []


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf"])
def test_bad_poll_interval_is_a_usage_error(fake: FakeDigitalOcean, app_id: str, value: str) -> None:
    result = restart(fake, app_id, "--wait", "--poll-interval", value)

    assert result.returncode == 2
    usage_error = RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result))
    assert usage_error, result.stderr
    assert usage_error["message"].startswith("argument --poll-interval: expected a number of seconds > 0")
    assert fake.requests == []


def test_a_week_is_the_longest_timeout_accepted(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--wait", "--timeout", "604800", "--poll-interval", "0.01")

    assert result.returncode == 0, result.stderr
    assert phases_reported(result.stderr)[-1] == "ACTIVE"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("", id="empty"),
        pytest.param(" ", id="blank"),
        pytest.param("\t\n", id="whitespace"),
        pytest.param(".", id="dot"),
        pytest.param("..", id="dot-dot"),
        pytest.param("6a9f\x1b[2J2c1e", id="escape-sequence"),
        pytest.param("6a9f2c1e\x7f", id="del"),
        pytest.param("6a9f2c1e\x85", id="c1-control"),
        pytest.param(os.fsdecode(b"6a9f2c1e\xff"), id="undecodable-byte"),
    ],
)
def test_a_bad_app_id_is_a_usage_error_naming_the_argument(fake: FakeDigitalOcean, value: str) -> None:
    result = restart(fake, value)

    assert result.returncode == 2
    usage_error = RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result))
    assert usage_error, result.stderr
    assert usage_error["message"].startswith(f"argument APP_ID: expected an app id, got {value!r}: it ")
    assert fake.requests == []


def test_a_nul_in_the_app_id_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["apps", "restart", "6a9f2c1e\x00"])  # no process can receive a NUL in its argv: run main itself

    assert status == 2
    assert capsys.readouterr().err == (
        "pydo-facade apps restart: error: argument APP_ID: expected an app id, got '6a9f2c1e\\x00': "
        "it holds control characters or text that is not valid Unicode (see 'pydo-facade apps restart --help')\n"
    )


def test_a_bad_app_id_is_refused_before_the_token_is_read(fake: FakeDigitalOcean) -> None:
    result = restart(fake, "..", token=None)

    assert result.returncode == 2
    assert "argument APP_ID" in the_only_stderr_line(result)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--timeout", "60"], id="timeout-without-wait"),
        pytest.param(["--poll-interval", "1"], id="poll-interval-without-wait"),
        pytest.param(["--components", "web,,worker"], id="empty-component-name"),
        pytest.param(["--bogus"], id="unknown-flag"),
    ],
)
def test_usage_errors_exit_2_before_any_request(fake: FakeDigitalOcean, app_id: str, args: list[str]) -> None:
    result = restart(fake, app_id, *args)

    assert result.returncode == 2
    assert re.fullmatch(
        r"pydo-facade( apps restart)?: error: .+ \(see 'pydo-facade( apps restart)? --help'\)",
        the_only_stderr_line(result),
    )
    assert fake.requests == []


def test_plain_http_to_a_remote_host_is_a_usage_error() -> None:
    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", "http://api.example.com")

    assert result.returncode == 2
    line = the_only_stderr_line(result)
    assert line.startswith("pydo-facade: ")
    assert "plain http" in line


@pytest.mark.parametrize(
    ("args", "prog"), [([], "pydo-facade"), (["apps"], "pydo-facade apps")], ids=["no-command", "no-apps-command"]
)
def test_a_missing_command_is_a_usage_error(args: list[str], prog: str) -> None:
    result = run_cli(*args)

    assert result.returncode == 2
    assert the_only_stderr_line(result) == (
        f"{prog}: error: the following arguments are required: COMMAND (see '{prog} --help')"
    )


# --- bad configuration in the environment: one line, exit 2 ------------------------------------------


@pytest.mark.parametrize(
    "proxy",
    [
        pytest.param("http://[::1", id="unclosed-ipv6-host"),
        pytest.param("::::", id="garbage"),
        pytest.param("http://proxyuser:pr0xy-s3cret@[::1", id="garbage-with-credentials"),
        pytest.param("socks5://proxyuser:pr0xy-s3cret@127.0.0.1:1080", id="socks5"),
    ],
)
def test_a_bad_or_unsupported_proxy_exits_2_naming_the_variable(server: FaultServer, proxy: str) -> None:
    result = run_cli(
        "apps",
        "restart",
        "b6bdf840",
        "--endpoint",
        server.url.replace("http://", "https://"),
        env=cli_environment(HTTPS_PROXY=proxy),
    )

    assert result.returncode == 2, result.stderr
    line = the_only_stderr_line(result)
    assert line.startswith("pydo-facade: ")
    assert "HTTPS_PROXY" in line
    assert proxy not in result.stderr  # a proxy URL may hold credentials
    assert "pr0xy-s3cret" not in result.stderr
    assert server.seen == []


def test_a_missing_ca_bundle_exits_2_naming_the_variable(server: FaultServer) -> None:
    result = run_cli(
        "apps",
        "restart",
        "b6bdf840",
        "--endpoint",
        server.url.replace("http://", "https://"),
        env=cli_environment(SSL_CERT_FILE=os.path.join(os.path.dirname(__file__), "no-such-bundle.pem")),
    )

    assert result.returncode == 2, result.stderr
    line = the_only_stderr_line(result)
    assert line.startswith("pydo-facade: ")
    assert "SSL_CERT_FILE" in line
    assert server.seen == []


# --- --json: one shape for scripts, success or error ---------------------------------------------

ERROR_KEYS = {"type", "status", "id", "message", "request_id"}


def the_json_document(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """stdout is exactly one JSON object (json.loads refuses two); returns it."""
    document = json.loads(result.stdout)
    assert isinstance(document, dict), result.stdout
    return document


def the_json_error(result: subprocess.CompletedProcess[str], *, with_deployment: bool = False) -> dict[str, Any]:
    """stdout is one {"error": {...}} object (with "deployment" when asked), stderr one line: returns the error."""
    document = the_json_document(result)
    assert set(document) == ({"error", "deployment"} if with_deployment else {"error"}), document
    error = document["error"]
    assert set(error) == ERROR_KEYS, error
    assert isinstance(error["type"], str)
    assert isinstance(error["message"], str)
    assert error["message"]
    for key, kind in (("status", int), ("id", str), ("request_id", str)):
        assert error[key] is None or isinstance(error[key], kind), error
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("pydo-facade")]
    assert len(error_lines) == 1, result.stderr  # the progress lines of a wait are "deployment ...: PHASE"
    return error


@pytest.mark.parametrize("wait", [False, True], ids=["restart", "restart-and-wait"])
def test_json_is_the_bare_deployment_with_or_without_wait(fake: FakeDigitalOcean, app_id: str, wait: bool) -> None:
    result = restart(fake, app_id, "--json", *(["--wait", "--poll-interval", "0.01"] if wait else []))

    assert result.returncode == 0, result.stderr
    deployment = the_json_document(result)
    assert "deployment" not in deployment  # `jq -r .phase` reads the same field either way
    assert re.fullmatch(UUID, deployment["id"])
    assert deployment["phase"] == ("ACTIVE" if wait else "PENDING_DEPLOY")
    assert deployment["cause"] == "restart of web, worker"


def test_json_api_error_is_one_error_object(fake: FakeDigitalOcean) -> None:
    result = restart(fake, "no-such-app", "--json")

    assert result.returncode == 1
    error = the_json_error(result)
    assert error["type"] == "ResourceNotFoundError"
    assert error["status"] == 404
    assert error["id"] == "not_found"
    assert error["message"] == "The resource you were accessing could not be found."
    assert re.fullmatch(UUID, error["request_id"])
    assert error["request_id"] in the_only_stderr_line(result)


def test_json_api_error_from_fail_next_keeps_its_status(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.fail_next(409)

    result = restart(fake, app_id, "--json")

    assert result.returncode == 1
    error = the_json_error(result)
    assert (error["type"], error["status"]) == ("ResourceExistsError", 409)


def test_json_html_error_page_is_one_error_object_without_an_id(server: FaultServer) -> None:
    server.queue(respond(502, "<html>\n<h1>502 Bad Gateway</h1>\n</html>\n", reason="Bad Gateway"))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--json")

    assert result.returncode == 1
    error = the_json_error(result)
    assert (error["type"], error["status"], error["id"], error["request_id"]) == ("HttpResponseError", 502, None, None)
    assert "502 Bad Gateway" in error["message"]


def test_json_failed_deployment_is_the_error_and_the_failed_deployment(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(
        ["PENDING_DEPLOY", "DEPLOYING", "ERROR"],
        reason={"code": "HealthChecksFailed", "message": "web failed its health checks"},
    )

    result = restart(fake, app_id, "--wait", "--json", "--poll-interval", "0.01")

    assert result.returncode == 1
    error = the_json_error(result, with_deployment=True)
    assert (error["type"], error["status"], error["id"], error["request_id"]) == (
        "DeploymentFailedError",
        None,
        None,
        None,
    )
    assert "HealthChecksFailed: web failed its health checks" in error["message"]
    deployment = the_json_document(result)["deployment"]
    assert deployment["phase"] == "ERROR"
    assert deployment["id"] in error["message"]


def test_json_timed_out_wait_is_the_error_and_the_last_deployment_seen(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(NEVER_ENDS)

    result = restart(fake, app_id, "--wait", "--json", "--timeout", "0.3", "--poll-interval", "0.05")

    assert result.returncode == 1
    error = the_json_error(result, with_deployment=True)
    assert error["type"] == "DeploymentTimeoutError"
    assert error["status"] is None
    assert "not ACTIVE after 0.3 s" in error["message"]
    assert the_json_document(result)["deployment"]["phase"] == "DEPLOYING"
    assert "the restart goes on" in assert_one_clean_error_line(result)


def test_json_poll_refused_during_the_wait_carries_the_deployment_started(server: FaultServer) -> None:
    started = {"deployment": {"id": "d0c5a1e2", "phase": "PENDING_DEPLOY"}}
    gone = {"id": "not_found", "message": "The app was deleted.", "request_id": "r-42"}
    server.queue(respond(200, started), respond(404, gone))

    result = run_cli(
        "apps", "restart", "b6bdf840", "--endpoint", server.url, "--wait", "--json", "--poll-interval", "0.01"
    )

    assert result.returncode == 1
    error = the_json_error(result, with_deployment=True)
    assert error == {
        "type": "ResourceNotFoundError",
        "status": 404,
        "id": "not_found",
        "message": "The app was deleted.",
        "request_id": "r-42",
    }
    assert the_json_document(result)["deployment"] == started["deployment"]


def test_json_call_without_an_answer_is_an_error_object_without_a_status(server: FaultServer) -> None:
    server.queue(close_without_answer())

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--json")

    assert result.returncode == 1
    error = the_json_error(result)
    assert (error["type"], error["status"], error["id"], error["request_id"]) == (
        "ServiceResponseError",
        None,
        None,
        None,
    )


def test_json_unreachable_endpoint_is_an_error_object() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", f"http://127.0.0.1:{port}", "--json")

    assert result.returncode == 1
    assert the_json_error(result)["type"] == "ServiceRequestError"


def test_json_answer_without_a_deployment_id_is_an_error_object(server: FaultServer) -> None:
    server.queue(respond(200, {"deployment": {"phase": "PENDING_DEPLOY"}}))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--json")

    assert result.returncode == 1
    error = the_json_error(result)
    assert error["type"] == "UnexpectedAnswerError"
    assert error["message"].startswith("the restart answer has no deployment id")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--timeout", "60"], "--timeout and --poll-interval only apply with --wait", id="flag-needs-wait"),
        pytest.param(["--wait", "--app-id-too-long"], "app_id is 1100 characters long", id="refused-by-the-client"),
    ],
)
def test_json_usage_error_after_parsing_is_an_error_object_and_exits_2(
    fake: FakeDigitalOcean, args: list[str], message: str
) -> None:
    app = "a" * 1100 if "--app-id-too-long" in args else "b6bdf840"
    result = restart(fake, app, "--json", *[arg for arg in args if arg != "--app-id-too-long"])

    assert result.returncode == 2
    error = the_json_error(result)
    assert (error["type"], error["status"], error["id"], error["request_id"]) == ("UsageError", None, None, None)
    assert error["message"].startswith(message)
    assert RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result))
    assert fake.requests == []


def test_json_missing_token_is_a_configuration_error_object(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--json", token=None)

    assert result.returncode == 2
    error = the_json_error(result)
    assert error["type"] == "ConfigurationError"
    assert "DIGITALOCEAN_TOKEN" in error["message"]
    assert "DIGITALOCEAN_ACCESS_TOKEN" in error["message"]
    assert fake.requests == []


def test_json_bad_endpoint_is_a_configuration_error_object() -> None:
    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", "http://api.example.com", "--json")

    assert result.returncode == 2
    error = the_json_error(result)
    assert error["type"] == "ConfigurationError"
    assert "plain http" in error["message"]


def test_json_internal_error_is_an_error_object_without_the_token() -> None:
    result = run_cli_patched(
        "def boom(*args):\n    raise RuntimeError('no luck with ' + __import__('os').environ['DIGITALOCEAN_TOKEN'])\n"
        "cli._apps_restart = boom",
        "apps",
        "restart",
        "b6bdf840",
        "--json",
    )

    assert result.returncode == 1
    error = the_json_error(result)
    assert error == {
        "type": "InternalError",
        "status": None,
        "id": None,
        "message": "RuntimeError: no luck with ***",
        "request_id": None,
    }


def test_json_ctrl_c_is_an_error_object_and_exits_130() -> None:
    result = run_cli_patched(
        "def interrupted(*args):\n    raise KeyboardInterrupt\ncli._apps_restart = interrupted",
        "apps",
        "restart",
        "b6bdf840",
        "--json",
    )

    assert result.returncode == 130
    assert the_json_error(result)["type"] == "KeyboardInterrupt"
    assert the_only_stderr_line(result) == "pydo-facade: interrupted"


def test_json_a_command_line_argparse_refuses_prints_nothing_on_stdout(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, "--json", "--bogus")

    assert result.returncode == 2
    assert result.stdout == ""
    assert RESTART_USAGE_ERROR.fullmatch(the_only_stderr_line(result)) or "unrecognized" in result.stderr


# --- what the API answers is printed, whatever it holds ----------------------------------------------


def test_a_lone_surrogate_in_the_answer_is_printed_escaped(server: FaultServer) -> None:
    server.queue(respond(200, LONE_SURROGATE_ANSWER, headers={"Content-Type": "application/json"}))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert re.search(r"^deployment +\\ud800$", result.stdout, re.MULTILINE)
    assert re.search(r"^cause +café \\ud800$", result.stdout, re.MULTILINE)


def test_a_lone_surrogate_in_the_answer_stays_valid_json(server: FaultServer) -> None:
    server.queue(respond(200, LONE_SURROGATE_ANSWER, headers={"Content-Type": "application/json"}))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--json")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.isascii()
    assert json.loads(result.stdout) == json.loads(LONE_SURROGATE_ANSWER)["deployment"]


def test_characters_the_output_encoding_cannot_show_are_printed_escaped(server: FaultServer) -> None:
    server.queue(respond(200, LONE_SURROGATE_ANSWER, headers={"Content-Type": "application/json"}))

    result = run_cli(
        "apps", "restart", "b6bdf840", "--endpoint", server.url, env=cli_environment(PYTHONIOENCODING="ascii")
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert re.search(r"^cause +caf\\xe9 \\ud800$", result.stdout, re.MULTILINE)


def test_waiting_on_a_deployment_id_that_cannot_be_polled_exits_1_with_one_line(server: FaultServer) -> None:
    server.queue(respond(200, LONE_SURROGATE_ANSWER, headers={"Content-Type": "application/json"}))

    result = run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url, "--wait", "--poll-interval", "0.01")

    assert result.returncode == 1
    assert the_only_stderr_line(result) == (
        "pydo-facade: cannot poll the deployment id '\\ud800' the restart answered: "
        "it holds control characters or text that is not valid Unicode"
    )
    assert [seen.method for seen in server.seen] == ["POST"]


# --- the last resort: one line, never a traceback ----------------------------------------------------


def test_an_unexpected_exception_is_one_line_without_the_token() -> None:
    result = run_cli_patched(
        "def boom(*args):\n    raise RuntimeError('no luck with ' + __import__('os').environ['DIGITALOCEAN_TOKEN'])\n"
        "cli._apps_restart = boom",
        "apps",
        "restart",
        "b6bdf840",
    )

    assert result.returncode == 1
    assert the_only_stderr_line(result) == "pydo-facade: internal error: RuntimeError: no luck with ***"
    assert result.stdout == ""


def test_ctrl_c_before_the_wait_exits_130_with_one_line() -> None:
    result = run_cli_patched(
        "def interrupted(*args):\n    raise KeyboardInterrupt\ncli._apps_restart = interrupted",
        "apps",
        "restart",
        "b6bdf840",
    )

    assert result.returncode == 130
    assert the_only_stderr_line(result) == "pydo-facade: interrupted"


def test_a_reader_that_went_away_is_quiet(server: FaultServer, seed_response_bytes: bytes) -> None:
    server.queue(respond(200, seed_response_bytes, headers={"Content-Type": "application/json"}))
    read_end, write_end = os.pipe()
    os.close(read_end)  # `... | head -0`: nobody reads what the CLI prints
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pydo_facade", "apps", "restart", "b6bdf840", "--endpoint", server.url],
            env=cli_environment(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)

    assert result.returncode == 1
    assert result.stderr == ""


# --- help, version ----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--help"], ["apps", "--help"], ["apps", "restart", "--help"]])
def test_help_at_every_level_shows_an_example(args: Sequence[str]) -> None:
    result = run_cli(*args, token=None)

    assert result.returncode == 0
    assert "example" in result.stdout
    assert re.search(r"^  pydo-facade apps restart \S+", result.stdout, re.MULTILINE)


def test_restart_help_names_the_token_variables_and_exit_codes() -> None:
    result = run_cli("apps", "restart", "--help", token=None)

    assert "DIGITALOCEAN_TOKEN" in result.stdout
    assert "DIGITALOCEAN_ACCESS_TOKEN" in result.stdout
    assert "130" in result.stdout


def test_version() -> None:
    from pydo_facade import __version__

    result = run_cli("--version", token=None)

    assert result.returncode == 0
    assert result.stdout.strip() == f"pydo-facade {__version__}"


# --- the token --------------------------------------------------------------------------------------


def test_the_token_never_appears_in_the_output(fake: FakeDigitalOcean, app_id: str, server: FaultServer) -> None:
    fake.script_phases(["PENDING_DEPLOY", "ERROR"])
    server.queue(respond(401, {"id": "unauthorized", "message": "Unable to authenticate you."}))
    results = [
        restart(fake, app_id, "--wait", "--poll-interval", "0.01"),  # fails
        restart(fake, app_id, "--wait", "--json", "--poll-interval", "0.01"),
        restart(fake, app_id, "--json"),
        restart(fake, "no-such-app"),
        run_cli("apps", "restart", "b6bdf840", "--endpoint", server.url),
        run_cli("apps", "restart", "b6bdf840", "--endpoint", "http://api.example.com"),
    ]

    for result in results:
        assert TOKEN not in result.stdout + result.stderr
        assert TOKEN[7:20] not in result.stdout + result.stderr


# --- the token's variables: one rule for the library and the command line ------------------------

WRONG_TOKEN = "dop_v1_" + "wr0ng" * 12
TOKEN_VARIABLES = ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN")


def restart_with_a_client_from_the_environment(
    cls: type[Client | AsyncClient], fake: FakeDigitalOcean, app: str
) -> Any:
    """Client(endpoint=...) without a token, as a library user writes it: restart an app on the fake."""
    if cls is Client:
        with Client(endpoint=fake.url) as client:
            return client.apps.restart(app)

    async def restart_async() -> Any:
        async with AsyncClient(endpoint=fake.url) as client:
            return await client.apps.restart(app)

    return asyncio.run(restart_async())


@pytest.fixture
def no_token_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in TOKEN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("cls", [Client, AsyncClient])
@pytest.mark.parametrize("name", TOKEN_VARIABLES)
def test_the_library_reads_either_token_variable(
    cls: type[Client | AsyncClient],
    name: str,
    fake: FakeDigitalOcean,
    app_id: str,
    no_token_variables: pytest.MonkeyPatch,
) -> None:
    no_token_variables.setenv(name, TOKEN)

    started = restart_with_a_client_from_the_environment(cls, fake, app_id)

    assert started["deployment"]["phase"] == "PENDING_DEPLOY"


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_the_library_prefers_digitalocean_token_to_doctls_name(
    cls: type[Client | AsyncClient], fake: FakeDigitalOcean, app_id: str, no_token_variables: pytest.MonkeyPatch
) -> None:
    no_token_variables.setenv("DIGITALOCEAN_TOKEN", TOKEN)
    no_token_variables.setenv("DIGITALOCEAN_ACCESS_TOKEN", WRONG_TOKEN)
    assert restart_with_a_client_from_the_environment(cls, fake, app_id)["deployment"]

    no_token_variables.setenv("DIGITALOCEAN_TOKEN", WRONG_TOKEN)
    no_token_variables.setenv("DIGITALOCEAN_ACCESS_TOKEN", TOKEN)
    with pytest.raises(ClientAuthenticationError):
        restart_with_a_client_from_the_environment(cls, fake, app_id)


@pytest.mark.parametrize("cls", [Client, AsyncClient])
@pytest.mark.parametrize("empty", ["", " ", "\t\n"], ids=["empty", "space", "whitespace"])
def test_the_library_skips_an_empty_digitalocean_token(
    cls: type[Client | AsyncClient],
    empty: str,
    fake: FakeDigitalOcean,
    app_id: str,
    no_token_variables: pytest.MonkeyPatch,
) -> None:
    no_token_variables.setenv("DIGITALOCEAN_TOKEN", empty)
    no_token_variables.setenv("DIGITALOCEAN_ACCESS_TOKEN", TOKEN)

    assert restart_with_a_client_from_the_environment(cls, fake, app_id)["deployment"]


@pytest.mark.parametrize("cls", [Client, AsyncClient])
@pytest.mark.parametrize(
    "environment",
    [{}, {"DIGITALOCEAN_TOKEN": "", "DIGITALOCEAN_ACCESS_TOKEN": ""}, {"DIGITALOCEAN_ACCESS_TOKEN": "  "}],
    ids=["unset", "both-empty", "blank"],
)
def test_no_token_variable_set_is_a_value_error_naming_both(
    cls: type[Client | AsyncClient], environment: dict[str, str], no_token_variables: pytest.MonkeyPatch
) -> None:
    for name, value in environment.items():
        no_token_variables.setenv(name, value)

    with pytest.raises(ValueError, match="no DigitalOcean token") as raised:
        cls()

    assert str(raised.value) == (
        "no DigitalOcean token: pass Client(token=...) or set the DIGITALOCEAN_TOKEN or DIGITALOCEAN_ACCESS_TOKEN "
        "environment variable"
    )


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"DIGITALOCEAN_TOKEN": "a", "DIGITALOCEAN_ACCESS_TOKEN": "b"}, "a"),
        ({"DIGITALOCEAN_ACCESS_TOKEN": "b"}, "b"),
        ({"DIGITALOCEAN_TOKEN": "", "DIGITALOCEAN_ACCESS_TOKEN": "b"}, "b"),
        ({"DIGITALOCEAN_TOKEN": " \n", "DIGITALOCEAN_ACCESS_TOKEN": "b"}, "b"),
        ({"DIGITALOCEAN_TOKEN": "a\n"}, "a\n"),  # as it is: the client refuses it rather than trim it
        ({"DIGITALOCEAN_TOKEN": ""}, None),
        ({}, None),
    ],
)
def test_token_from_environment_is_the_first_variable_not_blank(
    environment: dict[str, str], expected: str | None
) -> None:
    assert token_from_environment(environment) == expected


def test_the_cli_prefers_digitalocean_token_to_doctls_name(fake: FakeDigitalOcean, app_id: str) -> None:
    first = restart(fake, app_id, env=cli_environment(TOKEN, DIGITALOCEAN_ACCESS_TOKEN=WRONG_TOKEN))
    second = restart(fake, app_id, env=cli_environment(WRONG_TOKEN, DIGITALOCEAN_ACCESS_TOKEN=TOKEN))

    assert first.returncode == 0, first.stderr
    assert second.returncode == 1
    assert "401 unauthorized" in assert_one_clean_error_line(second)


@pytest.mark.parametrize("empty", ["", " "], ids=["empty", "blank"])
def test_the_cli_skips_an_empty_digitalocean_token(fake: FakeDigitalOcean, app_id: str, empty: str) -> None:
    result = restart(fake, app_id, env=cli_environment(empty, DIGITALOCEAN_ACCESS_TOKEN=TOKEN))

    assert result.returncode == 0, result.stderr


def test_the_cli_refuses_a_token_with_a_newline_as_the_library_does(fake: FakeDigitalOcean, app_id: str) -> None:
    result = restart(fake, app_id, env=cli_environment(TOKEN + "\n"))

    assert result.returncode == 2
    line = the_only_stderr_line(result)
    assert line.startswith("pydo-facade: token must be")
    assert TOKEN[7:20] not in line
    assert fake.requests == []


# --- Ctrl-C -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_ctrl_c_while_waiting_exits_130_without_a_traceback(fake: FakeDigitalOcean, app_id: str, as_json: bool) -> None:
    fake.script_phases(NEVER_ENDS)
    json_flag = ["--json"] if as_json else []
    process = subprocess.Popen(
        [sys.executable, "-m", "pydo_facade", "apps", "restart", app_id, "--endpoint", fake.url, "--wait", *json_flag],
        env=cli_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not any(seen.method == "GET" for seen in fake.requests):  # the wait has begun its 5 s pause
            assert time.monotonic() < deadline, "the CLI never polled"
            assert process.poll() is None, process.communicate()
            time.sleep(0.02)
        time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()

    assert process.returncode == 130
    assert "Traceback" not in stderr
    interrupted = re.search(rf"^pydo-facade: interrupted; the restart goes on \(deployment ({UUID})\)$", stderr, re.M)
    assert interrupted, stderr
    if as_json:
        document = json.loads(stdout)
        assert document["error"]["type"] == "KeyboardInterrupt"
        assert set(document["error"]) == ERROR_KEYS
        assert document["deployment"]["id"] == interrupted[1]
        assert document["deployment"]["phase"] in NEVER_ENDS
    else:
        assert stdout == ""


# --- at a terminal ----------------------------------------------------------------------------------


def run_at_a_terminal(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal (stdout piped); returns the exit status and what the terminal got."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    shown = b""
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], 30)
            assert ready, "no output from the CLI for 30 s"
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            shown += chunk
        process.communicate(timeout=30)
    finally:
        os.close(controller)
        process.kill()
        process.wait()
    return process.returncode, shown.decode("utf-8", errors="replace")


def test_wait_at_a_terminal_shows_a_live_progress_bar(fake: FakeDigitalOcean, app_id: str) -> None:
    status, shown = run_at_a_terminal(
        [
            sys.executable,
            "-m",
            "pydo_facade",
            "apps",
            "restart",
            app_id,
            "--endpoint",
            fake.url,
            "--wait",
            "--poll-interval",
            "0.05",
        ],
        cli_environment(TERM="xterm-256color", COLUMNS="120"),
    )

    assert status == 0, shown
    assert "━" in shown  # rich's bar
    assert "6/6" in shown
    assert "ACTIVE" in shown
    assert "Traceback" not in shown


def test_wait_at_a_terminal_shows_a_phase_that_looks_like_markup_as_text(fake: FakeDigitalOcean, app_id: str) -> None:
    fake.script_phases(["PENDING_DEPLOY", "[/oops]", "ACTIVE"])

    status, shown = run_at_a_terminal(
        [
            sys.executable,
            "-m",
            "pydo_facade",
            "apps",
            "restart",
            app_id,
            "--endpoint",
            fake.url,
            "--wait",
            "--poll-interval",
            "0.01",
        ],
        cli_environment(TERM="xterm-256color", COLUMNS="120"),
    )

    assert status == 0, shown
    assert "[/oops]" in shown
    assert "ACTIVE" in shown
    assert "Traceback" not in shown


def test_wait_at_a_terminal_without_rich_falls_back_to_phase_lines(fake: FakeDigitalOcean, app_id: str) -> None:
    without_rich = (
        "import runpy, sys; sys.modules['rich'] = None; sys.argv[0] = 'pydo-facade'; "
        "runpy.run_module('pydo_facade', run_name='__main__')"
    )
    status, shown = run_at_a_terminal(
        [
            sys.executable,
            "-c",
            without_rich,
            "apps",
            "restart",
            app_id,
            "--endpoint",
            fake.url,
            "--wait",
            "--poll-interval",
            "0.01",
        ],
        cli_environment(TERM="xterm-256color"),
    )

    assert status == 0, shown
    assert phases_reported(shown.replace("\r\n", "\n")) == ["PENDING_DEPLOY", "DEPLOYING", "ACTIVE"]
    assert "━" not in shown


# --- the package stays light ------------------------------------------------------------------------


def test_import_pydo_facade_does_not_import_the_cli_or_rich() -> None:
    # httpx imports rich itself when click, pygments and rich are all installed (httpx._main, its own CLI):
    # the probe turns that module off, so whatever rich shows up came from pydo_facade.
    probe = (
        "import sys; sys.modules['httpx._main'] = None; import pydo_facade; "
        "print(sorted(m for m in sys.modules if m in ('pydo_facade.cli', 'pydo_facade.demo', 'argparse') "
        "or m == 'rich' or m.startswith('rich.')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
