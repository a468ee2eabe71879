"""The public API is locked in pydo_facade/public-api.txt, and the version has one source."""

from __future__ import annotations

import importlib.metadata
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import pydo_facade

ROOT = Path(__file__).resolve().parents[1]
API_LOCK = ROOT / "tests" / "api_lock.py"


def test_public_api_matches_the_lock() -> None:
    # A fresh interpreter: nothing another test imported or patched can change what is rendered.
    done = subprocess.run(
        [sys.executable, str(API_LOCK), "--check"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if done.returncode != 0:
        # stdout holds the unified diff and the line: run `make api-lock` and describe it in CHANGELOG.md.
        pytest.fail(done.stdout + done.stderr, pytrace=False)


def test_lock_rendering_is_deterministic() -> None:
    runs = {
        subprocess.run(
            [sys.executable, str(API_LOCK)], capture_output=True, text=True, check=True, cwd=ROOT, timeout=120
        ).stdout
        for _ in range(2)
    }
    assert len(runs) == 1


def test_every_public_module_is_locked_or_declared_not_api() -> None:
    namespace: dict[str, object] = {"__name__": "api_lock_probe", "__file__": str(API_LOCK)}
    exec(compile(API_LOCK.read_text(encoding="utf-8"), str(API_LOCK), "exec"), namespace)
    covered = set(namespace["MODULES"]) | set(namespace["NOT_API"])  # type: ignore[call-overload]
    public = {
        f"pydo_facade.{info.name}"
        for info in pkgutil.iter_modules(pydo_facade.__path__)
        if not info.name.startswith("_")
    }
    assert public <= covered, f"add {sorted(public - covered)} to MODULES (or NOT_API) in tests/api_lock.py"


def test_version_matches_the_installed_metadata() -> None:
    installed = importlib.metadata.version("pydo-facade")
    assert pydo_facade.__version__ == installed, (
        f"pydo_facade.__version__ is {pydo_facade.__version__} but the installed metadata says {installed}: "
        "reinstall (`.venv/bin/pip install -e .` or `make install`) after editing pydo_facade/_version.py"
    )


def test_version_is_single_sourced_from_version_module() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"], "the version lives only in pydo_facade/_version.py"
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "pydo_facade/_version.py"
