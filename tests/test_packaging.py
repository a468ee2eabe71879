"""`pip install .` gives a working package: the facade, py.typed, the generated client; httpx, attrs, sniffio only."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("pydo_facade-*.whl")
    return built


def test_wheel_ships_the_facade_the_generated_client_and_their_type_markers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "pydo_facade/__init__.py",
        "pydo_facade/py.typed",
        "pydo_facade/testing.py",
        "pydo_generated/__init__.py",
        "pydo_generated/py.typed",
        "pydo_generated/api/apps/apps_restart.py",
        "pydo_generated/api/apps/apps_get_deployment.py",
    ):
        assert name in names
    assert not any(name.startswith(("tests/", "bench/", "openapi/")) for name in names)


def test_wheel_requires_only_httpx_attrs_and_sniffio_at_run_time(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    always = sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires if "extra ==" not in r)
    assert always == ["attrs", "httpx", "sniffio"]
    assert any(r.startswith("httpx-aiohttp") and "extra == 'aio'" in r.replace('"', "'") for r in requires)
    assert any(r.startswith("rich") and "extra == 'cli'" in r.replace('"', "'") for r in requires)


def test_installed_wheel_imports_and_runs_its_command_line(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    probe = (
        "import sys, pydo_facade, pydo_generated.api.apps.apps_restart as r\n"
        "from pydo_facade import Client\n"
        "print(pydo_facade.__version__, r._get_kwargs(app_id='a/b')['url'], 'rich' in sys.modules)\n"
    )
    done = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    from pydo_facade import __version__

    assert done.stdout.split() == [__version__, "/v2/apps/a%2Fb/restart", "False"]
    version = subprocess.run(
        [str(env_dir / "bin" / "pydo-facade"), "--version"], check=True, capture_output=True, text=True
    )
    assert __version__ in version.stdout
