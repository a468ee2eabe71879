"""The `fake_digitalocean` fixture reaches any pytest run through the pytest11 entry point."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

from pydo_facade.testing import FakeDigitalOcean

# Plugins the inner run does not need; schemathesis and hypothesis alone take seconds to import.
QUIET_PLUGINS = ["-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest"]


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    plugins = {entry.name: entry.value for entry in entry_points(group="pytest11")}
    assert plugins.get("pydo_facade") == "pydo_facade.pytest_plugin"


def test_the_fixture_yields_a_started_fake(fake_digitalocean: FakeDigitalOcean) -> None:
    assert fake_digitalocean.url.startswith("http://127.0.0.1:")
    assert fake_digitalocean.token == "test-token"


def test_a_downstream_test_suite_gets_the_fixture_without_any_conftest(tmp_path: Path) -> None:
    test_file = tmp_path / "test_downstream.py"
    test_file.write_text(
        textwrap.dedent(
            """
            import httpx

            def test_restart(fake_digitalocean):
                app = fake_digitalocean.add_app(components=["web"])
                auth = {"Authorization": f"Bearer {fake_digitalocean.token}"}
                response = httpx.post(f"{fake_digitalocean.url}/v2/apps/{app['id']}/restart", headers=auth)
                assert response.json()["deployment"]["phase"] == "PENDING_DEPLOY"
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *QUIET_PLUGINS, str(test_file)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_the_plugin_imports_the_fake_and_its_extra_only_when_a_fixture_is_used() -> None:
    # pytest loads the plugin wherever pydo-facade is installed, with or without the testing extra
    loaded = "'pydo_facade.testing' in sys.modules, 'jsonschema' in sys.modules"
    code = f"import sys, pydo_facade.pytest_plugin; print({loaded})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
