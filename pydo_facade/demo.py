"""`make demo`: restart an app on the embedded FakeDigitalOcean with the real CLI, and watch the deployment finish.

    $ python -m pydo_facade.demo

Starts pydo_facade.testing.FakeDigitalOcean on a loopback port, adds an app, runs
`pydo-facade apps restart <app id> --components web,worker --wait` against it in a subprocess
that shares this terminal (so the live progress bar shows), then says what the fake saw.
Exits with the CLI's status: 0 when the deployment ends ACTIVE. No account, token or network needed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence

from .cli import EXIT_INTERRUPTED, EXIT_OK, TOKEN_ENV_VARS
from .testing import FakeDigitalOcean

__all__ = ["DEMO_PHASES", "demo_command", "main"]

DEMO_TOKEN = "dop_v1_demo"
"""The fake's token: the CLI reads it from DIGITALOCEAN_TOKEN, as it would a real one."""
DEMO_COMPONENTS = ("api", "web", "worker")
DEMO_RESTARTED = ("web", "worker")
DEMO_POLL_INTERVAL = 0.4
DEMO_PHASES = ("PENDING_DEPLOY", "PENDING_DEPLOY", *["DEPLOYING"] * 8, "ACTIVE")
"""A few polls per phase, so the progress is there to see: about five seconds at DEMO_POLL_INTERVAL."""

_MARKUP = re.compile(r"\[/?[a-z ]*\]")


def demo_command(app_id: str, endpoint: str) -> list[str]:
    """The CLI arguments the demo runs (after `python -m pydo_facade`).

    >>> demo_command("6a9f2c1e", "http://127.0.0.1:8000")[:3]
    ['apps', 'restart', '6a9f2c1e']
    """
    return [
        "apps",
        "restart",
        app_id,
        "--components",
        ",".join(DEMO_RESTARTED),
        "--wait",
        "--endpoint",
        endpoint,
        "--poll-interval",
        f"{DEMO_POLL_INTERVAL:g}",
    ]


class _Screen:
    """Prints rich markup: styled at a terminal when rich (the `cli` extra) is installed, plain otherwise."""

    def __init__(self) -> None:
        try:
            from rich.console import Console
        except ImportError:
            self._console = None
        else:
            self._console = Console(highlight=False)

    def say(self, markup: str = "") -> None:
        if self._console is not None:
            self._console.print(markup, soft_wrap=True)
        else:
            print(_MARKUP.sub("", markup))
        sys.stdout.flush()  # before the CLI, which shares this terminal, writes its own lines

    def rule(self, title: str) -> None:
        if self._console is not None:
            self._console.rule(title, align="left", style="blue")
        else:
            text = _MARKUP.sub("", title)
            print(f"── {text} " + "─" * max(0, 76 - len(text)))
        sys.stdout.flush()


def _requests_summary(fake: FakeDigitalOcean) -> str:
    counts = Counter(
        f"{seen.method} /v2/apps/…/restart"
        if seen.path.endswith("/restart")
        else f"{seen.method} /v2/apps/…/deployments/…"
        for seen in fake.requests
    )
    return ", ".join(f"{count} x {what}" for what, count in counts.items())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo; returns the CLI's exit status (0 when the deployment ended ACTIVE)."""
    del argv  # no options: the demo is the same for everyone
    screen = _Screen()
    with FakeDigitalOcean(token=DEMO_TOKEN) as fake:
        app = fake.add_app(name="sample-app", components=list(DEMO_COMPONENTS))
        fake.script_phases(DEMO_PHASES)
        arguments = demo_command(app["id"], fake.url)

        screen.rule("[bold]pydo-facade demo[/]: restart an app and watch the deployment finish")
        screen.say(f"A fake DigitalOcean API is serving at [cyan]{fake.url}[/] (pydo_facade.testing.FakeDigitalOcean),")
        screen.say(
            f"with an app [bold]{app['spec']['name']}[/] ({', '.join(DEMO_COMPONENTS)}), id [cyan]{app['id']}[/]."
        )
        screen.say(
            f"The real command line now restarts {' and '.join(DEMO_RESTARTED)} and waits, polling every "
            f"{DEMO_POLL_INTERVAL:g} s:"
        )
        screen.say()
        screen.say(f"[dim]$ export {TOKEN_ENV_VARS[0]}=…   # the fake's token[/]")
        screen.say("[bold]$ pydo-facade " + " ".join(arguments) + "[/]")

        environment = {**os.environ, TOKEN_ENV_VARS[0]: fake.token}
        environment.pop(TOKEN_ENV_VARS[1], None)
        try:
            status = subprocess.run([sys.executable, "-m", "pydo_facade", *arguments], env=environment).returncode
        except KeyboardInterrupt:
            screen.say("\ninterrupted")
            return EXIT_INTERRUPTED

        screen.say()
        screen.say(f"[dim]The fake answered {_requests_summary(fake)}.[/]")
        if status == EXIT_OK:
            screen.rule("[bold green]done[/]: the deployment is ACTIVE (exit 0)")
            screen.say("On your own account: [bold]export DIGITALOCEAN_TOKEN=dop_v1_…[/] then")
            screen.say("  [bold]pydo-facade apps restart <app id> --wait[/]   (pydo-facade --help for more)")
        else:
            screen.rule(f"[bold red]the command exited {status}[/]")
        return status


if __name__ == "__main__":
    raise SystemExit(main())
