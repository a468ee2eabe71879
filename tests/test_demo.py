"""`make demo` (python -m pydo_facade.demo): the fake, the real CLI, and an ACTIVE deployment at the end."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from pydo_facade.demo import DEMO_PHASES, demo_command


def test_demo_exits_0_and_ends_active() -> None:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "FORCE_COLOR")
    }
    result = subprocess.run(
        [sys.executable, "-m", "pydo_facade.demo"], env=environment, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(r"^phase +ACTIVE$", result.stdout, re.MULTILINE)
    assert re.search(r"^deployment \S+: ACTIVE \(6/6 steps\)", result.stderr, re.MULTILINE)
    assert f"{len(DEMO_PHASES) - 1} x GET" in result.stdout  # one poll per scripted phase after the restart's
    assert "done" in result.stdout.splitlines()[-3]


def test_demo_runs_the_documented_command() -> None:
    arguments = demo_command("6a9f2c1e", "http://127.0.0.1:8000")

    assert arguments[:3] == ["apps", "restart", "6a9f2c1e"]
    assert "--wait" in arguments
    assert arguments[arguments.index("--endpoint") + 1] == "http://127.0.0.1:8000"
