"""The `pydo-facade` command line: restart an App Platform app and watch the deployment finish.

    $ export DIGITALOCEAN_TOKEN=dop_v1_...
    $ pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b --components web --wait

The flags follow doctl's `doctl apps restart <app id> --components ... --wait`. The token comes from
DIGITALOCEAN_TOKEN (or doctl's DIGITALOCEAN_ACCESS_TOKEN), never from the command line. Progress goes
to stderr (a live bar at a terminal with the `cli` extra's rich, else one line per phase change);
the deployment, or its JSON with --json, goes to stdout.

With --json, stdout holds exactly one JSON object, whatever happens once the command line has parsed:
the bare deployment (the new one, or with --wait the final one: `... --json | jq -r .phase` works either
way), or on an error

    {"error": {"type": "ResourceNotFoundError", "status": 404, "id": "not_found", "message": "...",
               "request_id": "..."}, "deployment": {...}}

where `type` is the pydo_facade exception's class name (or UsageError, ConfigurationError,
UnexpectedAnswerError, KeyboardInterrupt, InternalError), `status`, `id` and `request_id` are null
unless the API answered, and `deployment` (the last one seen) is there only when the restart had
started one (a failed, timed-out or interrupted wait). A command line argparse refuses (an unknown flag,
a bad value) is reported on stderr only.

Exit status: 0 success, 1 API error or failed deployment, 2 usage error, no token or bad configuration,
130 interrupted. Every error is one line on stderr, never a traceback.
This module is imported only by the console script and `python -m pydo_facade`, never by `import pydo_facade`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, NoReturn, Protocol, Self, TextIO

from . import _constants as C
from ._client import Client, token_from_environment
from ._version import __version__
from .apps import progress_steps
from .exceptions import DeploymentFailedError, DeploymentTimeoutError, DigitalOceanError, HttpResponseError

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "TOKEN_ENV_VARS",
    "build_parser",
    "main",
    "running_components",
    "step_counts",
    "token_from_environment",
]

PROG = "pydo-facade"
TOKEN_ENV_VARS = C.TOKEN_ENV_VARS
"""Where the token is read from, in order: pydo's name, then doctl's (the library's rule: token_from_environment)."""

EXIT_OK = 0
EXIT_FAILURE = 1
"""The API said no, the request got no answer, or the deployment failed or timed out."""
EXIT_USAGE = 2
"""A bad command line (argparse's own status), no token, or a configuration the client refuses (--endpoint, a proxy)."""
EXIT_INTERRUPTED = 130
"""Ctrl-C: 128 + SIGINT, as shells report it."""

_EXIT_STATUS = """\
exit status:
  0 success (with --wait: the deployment is ACTIVE)   1 API error, failed or timed-out deployment
  2 usage error, no token or bad configuration        130 interrupted (Ctrl-C)"""

_MAIN_EPILOG = f"""\
example:
  export DIGITALOCEAN_TOKEN=dop_v1_...     # or DIGITALOCEAN_ACCESS_TOKEN, as doctl reads it
  pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b --components web --wait

{_EXIT_STATUS}"""

_APPS_EPILOG = """\
example:
  pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b --wait"""

_RESTART_EPILOG = f"""\
examples:
  # start a rolling restart of every component, print the new deployment
  pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b

  # restart two components and watch until the app is healthy again
  pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b --components web,worker --wait

  # the deployment as JSON, for scripts (progress stays on stderr); the same shape with or without --wait
  pydo-facade apps restart 6a9f2c1e-4b7d-4a8e-9f00-0c6d1e2f3a4b --wait --json | jq -r .phase

With --json, an error is one object on stdout too: {{"error": {{"type": ..., "status": ..., "id": ...,
"message": ..., "request_id": ...}}}}, plus the last "deployment" seen when the restart had started one.

The token is read from {TOKEN_ENV_VARS[0]} (or {TOKEN_ENV_VARS[1]}), never from the command line.

{_EXIT_STATUS}"""


# --- the command line ---------------------------------------------------------------------------


def _seconds(text: str) -> float:
    """An argparse type: a number of seconds > 0 and at most C.MAX_SECONDS (a week)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not math.isfinite(value) or value <= 0 or value > C.MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds > 0 and at most {C.MAX_SECONDS:.0f} (7 days), got {text!r}"
        )
    return value


def _path_segment_problem(text: str) -> str | None:
    """Why an id cannot be one segment of an API path (an app id, a deployment id), or None when it can."""
    if not text.strip():
        return "it is empty or blank"
    if text in (".", ".."):
        return "it would name another path"
    # Cc: control characters (a terminal would obey them); Cs: lone surrogates, bytes the locale could not decode.
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in text):
        return "it holds control characters or text that is not valid Unicode"
    return None


def _app_id(text: str) -> str:
    """An argparse type: an app id the API can name (not empty, '.', '..', nor holding control characters)."""
    problem = _path_segment_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(f"expected an app id, got {text!r}: {problem}")
    return text


def _component_names(text: str) -> list[str]:
    """An argparse type: component names separated by commas ("web,worker")."""
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        raise argparse.ArgumentTypeError(f"expected component names separated by commas (web,worker), got {text!r}")
    return names


def _usage_line(prog: str, message: str) -> str:
    return f"{prog}: error: {_one_line(message)} (see '{prog} --help')\n"


class _ArgumentParser(argparse.ArgumentParser):
    """argparse, reporting a usage error on one line (the message, and where the help is) instead of a block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, _usage_line(self.prog, message))


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of `pydo-facade`: `apps restart` and its flags, with an example at every level.

    >>> build_parser().parse_args(["apps", "restart", "6a9f2c1e", "--wait"]).wait
    True
    """
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _ArgumentParser(
        prog=PROG,
        description="A command line for the DigitalOcean API, built on the pydo-facade client.",
        epilog=_MAIN_EPILOG,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    groups = parser.add_subparsers(title="commands", dest="group", metavar="COMMAND", required=True)

    apps = groups.add_parser(
        "apps",
        help="App Platform: restart an app and watch its deployment",
        description="App Platform operations.",
        epilog=_APPS_EPILOG,
        formatter_class=formatter,
    )
    apps_commands = apps.add_subparsers(title="commands", dest="command", metavar="COMMAND", required=True)

    restart = apps_commands.add_parser(
        "restart",
        help="rolling-restart an app's components (and, with --wait, watch until ACTIVE)",
        description=(
            "Start a rolling restart of an app (all its components, or those given with --components)\n"
            "and print the new deployment. With --wait, follow the deployment until it is ACTIVE:\n"
            "a live progress bar at a terminal, one line per phase change otherwise (on stderr)."
        ),
        epilog=_RESTART_EPILOG,
        formatter_class=formatter,
    )
    restart.add_argument("app_id", metavar="APP_ID", type=_app_id, help="the app's id (doctl apps list shows it)")
    restart.add_argument(
        "--components",
        metavar="NAMES",
        type=_component_names,
        action="extend",
        help="restart only these components, separated by commas: web,worker (may be repeated; default: all)",
    )
    restart.add_argument("--wait", action="store_true", help="wait until the deployment is ACTIVE, showing progress")
    restart.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        help=(
            f"with --wait: give up after this many seconds (default: {C.DEFAULT_WAIT_TIMEOUT:g}; "
            f"at most {C.MAX_SECONDS:.0f}, 7 days)"
        ),
    )
    restart.add_argument(
        "--poll-interval",
        metavar="SECONDS",
        type=_seconds,
        help=(
            f"with --wait: seconds between polls of the deployment (default: {C.DEFAULT_POLL_INTERVAL:g}; "
            f"at most {C.MAX_SECONDS:.0f}, 7 days)"
        ),
    )
    restart.add_argument(
        "--endpoint",
        metavar="URL",
        default=None,
        help=f"the API's base URL; plain http only to loopback fakes (default: ${C.ENDPOINT_ENV_VAR} when set, "
        f"else {C.DEFAULT_ENDPOINT})",
    )
    restart.add_argument(
        "--json",
        action="store_true",
        help=(
            "print JSON on stdout: the deployment (the new one, or with --wait the final one), "
            'or on an error {"error": {...}}'
        ),
    )
    restart.set_defaults(run=_apps_restart, parser=restart)
    return parser


# --- reading a deployment -------------------------------------------------------------------------


def step_counts(deployment: Mapping[str, Any]) -> tuple[int, int]:
    """(steps done, total steps) of a deployment's progress; (0, 0) when it reports none.

    >>> step_counts({"progress": {"success_steps": 2, "total_steps": 5}})
    (2, 5)
    """
    progress = deployment.get("progress")
    if not isinstance(progress, Mapping):
        return 0, 0

    def count(key: str) -> int:
        value = progress.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0

    return count("success_steps"), count("total_steps")


def running_components(deployment: Mapping[str, Any]) -> list[str]:
    """The components whose steps are RUNNING, in the order the progress lists them.

    >>> running_components({"progress": {"steps": [{"status": "RUNNING", "steps": [
    ...     {"status": "RUNNING", "component_name": "web"}, {"status": "PENDING", "component_name": "worker"}]}]}})
    ['web']
    """
    names: list[str] = []
    for step in progress_steps(deployment):
        name = step.get("component_name")
        if step.get("status") == "RUNNING" and isinstance(name, str) and name and name not in names:
            names.append(name)
    return names


def _phase(deployment: Mapping[str, Any]) -> str:
    phase = deployment.get("phase")
    return phase if isinstance(phase, str) and phase else "UNKNOWN"


def _one_line(text: str) -> str:
    """A message on one line: error bodies may carry newlines (a proxy's HTML page)."""
    return " ".join(text.split())


def _write_deployment(deployment: Mapping[str, Any], out: TextIO, *, with_progress: bool) -> None:
    """The deployment as `key  value` lines: id, phase, cause (and the steps done, after a wait)."""
    rows = [("deployment", str(deployment.get("id", "?"))), ("phase", _phase(deployment))]
    cause = deployment.get("cause")
    if isinstance(cause, str) and cause:
        rows.append(("cause", cause))
    done, total = step_counts(deployment)
    if with_progress and total:
        rows.append(("progress", f"{done}/{total} steps"))
    for key, value in rows:
        out.write(f"{key:<11} {value}\n")
    out.flush()


def _write_json(value: object, out: TextIO) -> None:
    # ASCII with escapes: valid JSON whatever the answer holds (a lone surrogate) and whatever the stream's encoding.
    out.write(json.dumps(value, indent=2, ensure_ascii=True) + "\n")
    out.flush()


# --- showing progress -----------------------------------------------------------------------------


class _Progress(Protocol):
    """What the wait reports to: each polled deployment, and the end of the wait."""

    def update(self, deployment: dict[str, Any]) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class _PhaseLines:
    """Off a terminal: one plain line per phase change, for logs and CI."""

    def __init__(self, stream: TextIO, deployment_id: str) -> None:
        self._stream = stream
        self._deployment_id = deployment_id
        self._phase: str | None = None
        self._started = time.monotonic()

    def update(self, deployment: dict[str, Any]) -> None:
        phase = _phase(deployment)
        if phase == self._phase:
            return
        self._phase = phase
        done, total = step_counts(deployment)
        details = [f"{done}/{total} steps"] if total else []
        running = running_components(deployment)
        if running:
            details.append("running " + ", ".join(running))
        elapsed = time.monotonic() - self._started
        suffix = f" ({', '.join(details)})" if details else ""
        self._stream.write(f"deployment {self._deployment_id}: {phase}{suffix} [{elapsed:.1f}s]\n")
        self._stream.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


_PHASE_STYLES = {
    "ACTIVE": "bold green",
    "ERROR": "bold red",
    "CANCELED": "bold red",
    "SUPERSEDED": "bold red",
    "PENDING_BUILD": "bold yellow",
    "PENDING_DEPLOY": "bold yellow",
}
_FAILED_PHASES = frozenset({"ERROR", "CANCELED", "SUPERSEDED"})


class _LiveBar:
    """At a terminal: rich's live progress bar (steps done / total), the phase and the running components.

    Above the bar, one line per phase change keeps the history; the bar's mark ends as a check mark
    (ACTIVE), a cross (failed), or an ellipsis (the wait ended first: the deployment goes on).
    """

    def __init__(self, stream: TextIO, deployment_id: str) -> None:
        from rich.console import Console, RenderableType
        from rich.markup import escape
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            Task,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.text import Text

        class MarkColumn(SpinnerColumn):
            """A spinner while the deployment runs, then the mark of how it ended."""

            def render(self, task: Task) -> RenderableType:
                mark = task.fields.get("mark")
                return Text.from_markup(mark) if mark else super().render(task)

        self._progress = Progress(
            MarkColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.fields[phase]}"),
            BarColumn(bar_width=32, complete_style="cyan", finished_style="green", pulse_style="cyan"),
            MofNCompleteColumn(),
            TextColumn("steps"),
            TextColumn("[dim]{task.fields[running]}[/]"),
            TimeElapsedColumn(),
            console=Console(file=stream),
        )
        self._task = self._progress.add_task(
            f"deployment [bold]{escape(deployment_id[:8])}[/]", total=None, phase="", running="", mark=""
        )
        self._phase: str | None = None
        self._started = time.monotonic()

    def update(self, deployment: dict[str, Any]) -> None:
        from rich.markup import escape  # the API's strings are text, never markup: a "[/]" phase must not raise

        phase = _phase(deployment)
        style = _PHASE_STYLES.get(phase, "bold cyan")
        shown = escape(f"{phase:<14}")
        done, total = step_counts(deployment)
        if phase != self._phase:
            self._phase = phase
            elapsed = time.monotonic() - self._started
            steps = f"  [dim]{done}/{total} steps[/]" if total else ""
            self._progress.console.print(f"  [dim]{elapsed:5.1f}s[/]  [{style}]{shown}[/]{steps}", highlight=False)
        mark = "[green]✓[/]" if phase == "ACTIVE" else "[red]✗[/]" if phase in _FAILED_PHASES else ""
        self._progress.update(
            self._task,
            total=total or None,
            completed=done,
            phase=f"[{style}]{shown}[/]",
            running=escape(", ".join(running_components(deployment))),
            mark=mark,
        )

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._phase != "ACTIVE" and self._phase not in _FAILED_PHASES:
            self._progress.update(self._task, mark="[yellow]…[/]")
        self._progress.stop()


def _live_bar_available(stream: TextIO) -> bool:
    """A live bar needs a real terminal (not TERM=dumb) and rich (the `cli` extra)."""
    try:
        if not stream.isatty() or os.environ.get("TERM") == "dumb":
            return False
    except (AttributeError, ValueError):  # a closed or file-less stream
        return False
    try:
        import rich.progress  # noqa: F401
    except ImportError:
        return False
    return True


def _progress_display(stream: TextIO, deployment_id: str) -> _Progress:
    if _live_bar_available(stream):
        return _LiveBar(stream, deployment_id)
    return _PhaseLines(stream, deployment_id)


# --- the commands ---------------------------------------------------------------------------------


class _UsageError(Exception):
    """A command line that parses but cannot run: reported as argparse reports errors (exit 2)."""


class _ConfigurationError(Exception):
    """The client refused its settings (--endpoint, the token, a proxy in the environment): one line, exit 2."""


class _Failure(Exception):
    """A command that could not do its job: one line on stderr, and with --json one JSON object on stdout.

    `error` is the JSON error object (see _error_object); `deployment` the last deployment seen, when the
    restart had started one (a failed, timed-out or interrupted wait), else None.
    """

    def __init__(self, status: int, line: str, error: dict[str, Any], deployment: dict[str, Any] | None = None) -> None:
        super().__init__(line)
        self.status = status
        self.line = line
        self.error = error
        self.deployment = deployment

    def document(self) -> dict[str, Any]:
        """What --json prints: {"error": {...}}, plus "deployment" when the restart had started one."""
        document: dict[str, Any] = {"error": self.error}
        if self.deployment is not None:
            document["deployment"] = self.deployment
        return document


def _error_object(
    kind: str, message: str, *, status: int | None = None, error_id: str | None = None, request_id: str | None = None
) -> dict[str, Any]:
    """The JSON error object: the same five keys whatever failed, null where they do not apply."""
    return {"type": kind, "status": status, "id": error_id, "message": message, "request_id": request_id}


def _api_failure(error: DigitalOceanError, deployment: dict[str, Any] | None = None, *, then: str = "") -> _Failure:
    """The failure of an exception pydo_facade raised: its class name, and what the API answered (if it did)."""
    line = f"{PROG}: {_one_line(str(error))}{then}"
    if isinstance(error, HttpResponseError):
        fields = _error_object(
            type(error).__name__,
            error.message,
            status=error.status_code,
            error_id=error.error_id,
            request_id=error.request_id,
        )
    else:
        fields = _error_object(type(error).__name__, error.message)
    return _Failure(EXIT_FAILURE, line, fields, deployment)


def _unexpected_answer(message: str, deployment: dict[str, Any] | None = None) -> _Failure:
    return _Failure(EXIT_FAILURE, f"{PROG}: {message}", _error_object("UnexpectedAnswerError", message), deployment)


def _client(token: str, endpoint: str | None) -> Client:
    try:
        return Client(token, endpoint=endpoint)
    except (TypeError, ValueError) as error:  # a bad --endpoint or proxy, a token with inner whitespace
        raise _ConfigurationError(str(error)) from None
    except OSError as error:  # building the client reads files only for TLS: a missing or bad CA bundle
        raise _ConfigurationError(
            f"cannot set up TLS (check SSL_CERT_FILE and SSL_CERT_DIR): {type(error).__name__}: {error}"
        ) from None


def _apps_restart(args: argparse.Namespace, token: str, out: TextIO, err: TextIO) -> int:
    components = list(dict.fromkeys(args.components)) if args.components else None
    with _client(token, args.endpoint) as client:
        try:
            started = client.apps.restart(args.app_id, body={"components": components} if components else None)
        except (TypeError, ValueError) as error:  # refused before sending: the command line's values
            raise _UsageError(str(error)) from None
        deployment = started.get("deployment")
        if not isinstance(deployment, dict) or not isinstance(deployment.get("id"), str):
            raise _unexpected_answer(f"the restart answer has no deployment id: {_one_line(json.dumps(started))[:200]}")
        if not args.wait:
            if args.json:
                _write_json(deployment, out)  # the bare deployment, as --wait prints it: one jq for both
            else:
                _write_deployment(deployment, out, with_progress=False)
            return EXIT_OK
        problem = _path_segment_problem(deployment["id"])
        if problem:
            raise _unexpected_answer(
                f"cannot poll the deployment id {deployment['id']!r} the restart answered: {problem}", deployment
            )
        return _wait(client, args, deployment, out, err)


def _wait(client: Client, args: argparse.Namespace, started: dict[str, Any], out: TextIO, err: TextIO) -> int:
    deployment_id: str = started["id"]
    last_seen = started  # what a failure reports: the restart's answer, then each poll's deployment
    goes_on = f"the restart goes on (deployment {deployment_id})"
    try:
        display = _progress_display(err, deployment_id)
        display.update(started)  # before the first frame: the restart's answer is the first poll
        with display as progress:

            def seen(deployment: dict[str, Any]) -> None:
                nonlocal last_seen
                last_seen = deployment
                progress.update(deployment)

            final = client.apps.wait_for_deployment(
                args.app_id,
                deployment_id,
                timeout=C.DEFAULT_WAIT_TIMEOUT if args.timeout is None else args.timeout,
                poll_interval=C.DEFAULT_POLL_INTERVAL if args.poll_interval is None else args.poll_interval,
                on_progress=seen,
            )
    except DeploymentFailedError as error:
        if not args.json:
            _write_deployment(error.deployment, out, with_progress=True)
        raise _api_failure(error, error.deployment) from None
    except DeploymentTimeoutError as error:
        if not args.json and error.deployment is not None:
            _write_deployment(error.deployment, out, with_progress=True)
        last = error.deployment if error.deployment is not None else last_seen
        raise _api_failure(error, last, then=f"; {goes_on}") from None
    except DigitalOceanError as error:  # a poll the API refused, or that got no answer
        raise _api_failure(error, last_seen) from None
    except KeyboardInterrupt:
        message = f"interrupted; {goes_on}"
        raise _Failure(
            EXIT_INTERRUPTED, f"{PROG}: {message}", _error_object("KeyboardInterrupt", message), last_seen
        ) from None
    if args.json:
        _write_json(final, out)
    else:
        _write_deployment(final, out, with_progress=True)
    return EXIT_OK


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What argparse cannot check by itself: flags that would be silently ignored."""
    if args.command == "restart" and not args.wait and (args.timeout is not None or args.poll_interval is not None):
        return "--timeout and --poll-interval only apply with --wait"
    return None


def _exit_status(code: object) -> int:
    """The status of a SystemExit (argparse: 0 after --help or --version, 2 after a usage error)."""
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


@contextlib.contextmanager
def _escaping_what_cannot_be_encoded(*streams: TextIO) -> Iterator[None]:
    """Write what a stream's encoding cannot show (a lone surrogate in an answer) as escapes, instead of raising."""
    restore: list[tuple[Callable[..., None], str]] = []
    for stream in streams:
        reconfigure, errors = getattr(stream, "reconfigure", None), getattr(stream, "errors", None)
        if callable(reconfigure) and isinstance(errors, str):
            with contextlib.suppress(OSError, ValueError):  # a closed stream, or one whose reader went away
                reconfigure(errors="backslashreplace")
                restore.append((reconfigure, errors))
    try:
        yield
    finally:
        for reconfigure, errors in restore:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors=errors)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (the console script passes it to sys.exit).

    Every error is one line on stderr, never a traceback: what the API or the network did (exit 1),
    a usage or configuration error (exit 2), Ctrl-C (exit 130), and, last, anything unexpected
    (`pydo-facade: internal error: <type>: <message>`, exit 1).

    >>> main(["apps", "restart", "b6bdf840", "--wait", "--poll-interval", "1"])  # with DIGITALOCEAN_TOKEN set
    deployment  ...
    phase       ACTIVE
    cause       restart of web
    progress    4/4 steps
    0
    """
    out, err = sys.stdout, sys.stderr
    with _escaping_what_cannot_be_encoded(out, err):
        return _run(argv, out, err)


def _run(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    token: str | None = None
    as_json = False  # known once the command line has parsed: from then on every outcome is JSON with --json
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit_:  # argparse printed the help, the version, or the usage error
            return _exit_status(exit_.code)
        as_json = bool(getattr(args, "json", False))
        problem = _usage_problem(args)
        if problem:
            raise _Failure(
                EXIT_USAGE, _usage_line(args.parser.prog, problem).rstrip("\n"), _error_object("UsageError", problem)
            )
        token = token_from_environment()
        if token is None:
            message = (
                f"no API token: set {TOKEN_ENV_VARS[0]} (or {TOKEN_ENV_VARS[1]}) to a DigitalOcean "
                "API token (https://cloud.digitalocean.com/account/api/tokens)"
            )
            raise _Failure(EXIT_USAGE, f"{PROG}: {message}", _error_object("ConfigurationError", message))
        try:
            status: int = args.run(args, token, out, err)
        except _UsageError as error:
            line = _usage_line(args.parser.prog, str(error)).rstrip("\n")
            raise _Failure(EXIT_USAGE, line, _error_object("UsageError", str(error))) from None
        except _ConfigurationError as error:
            line = f"{PROG}: {_one_line(str(error))}"
            raise _Failure(EXIT_USAGE, line, _error_object("ConfigurationError", str(error))) from None
        return status
    except _Failure as failure:
        return _report(failure, out, err, as_json=as_json)
    except DigitalOceanError as error:  # the API said no, or no answer came: one line, no traceback
        return _report(_api_failure(error), out, err, as_json=as_json)
    except KeyboardInterrupt:
        interrupted = _Failure(
            EXIT_INTERRUPTED, f"{PROG}: interrupted", _error_object("KeyboardInterrupt", "interrupted")
        )
        return _report(interrupted, out, err, as_json=as_json)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_FAILURE
    except Exception as error:  # a bug, or a failure nothing above expects: still one line, never a traceback
        message = f"{type(error).__name__}: {_one_line(str(error))}"
        if token:
            message = message.replace(token, "***")  # the client never puts it in a message; be sure anyway
        internal = _Failure(EXIT_FAILURE, f"{PROG}: internal error: {message}", _error_object("InternalError", message))
        return _report(internal, out, err, as_json=as_json)


def _report(failure: _Failure, out: TextIO, err: TextIO, *, as_json: bool) -> int:
    """Say what failed: its one line on stderr and, with --json, its one JSON object on stdout; returns its status."""
    err.write(failure.line + "\n")
    err.flush()
    if as_json:
        try:
            _write_json(failure.document(), out)
        except BrokenPipeError:
            _quiet_stdout()
    return failure.status


def _quiet_stdout() -> None:
    """The reader went away (`... | head -1`): point stdout at devnull so the flush at exit stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
