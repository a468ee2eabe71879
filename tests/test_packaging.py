"""`make dist` gives packages that work: an sdist and a wheel that twine passes, with the metadata and files they need.

The sdist and the wheel are built once per test session, as `make dist` builds them (python -m build with the
pinned build tools, the wheel from the sdist); the wheel is then installed into fresh venvs.
"""

from __future__ import annotations

import email.parser
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from pydo_facade import __version__

ROOT = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = {"pydo_facade": ROOT / "pydo_facade", "pydo_generated": ROOT / "generated" / "pydo_generated"}
"""Each package the wheel installs, and the folder it is built from."""
DIST_INFO = f"pydo_facade-{__version__}.dist-info"
SDIST_ROOT = f"pydo_facade-{__version__}"
SDIST_REQUIRED = {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "pydo_facade", "generated", "PKG-INFO"}
SDIST_ALLOWED = SDIST_REQUIRED | {".gitignore"}  # hatchling always adds it; it is a few lines of text
CLASSIFIERS = {
    "Development Status :: 3 - Alpha",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3 :: Only",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Internet :: WWW/HTTP",
    "Typing :: Typed",
    "Framework :: Pytest",
}
PROJECT_URLS = {
    "API reference, https://docs.digitalocean.com/reference/api/",
    "OpenAPI spec, https://github.com/digitalocean/openapi",
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and the wheel, built once: {"sdist": ..., "wheel": ...}."""
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (sdist,) = out.glob("pydo_facade-*.tar.gz")
    (wheel,) = out.glob("pydo_facade-*.whl")
    return {"sdist": sdist, "wheel": wheel}


@pytest.fixture(scope="session")
def wheel(dist: dict[str, Path]) -> Path:
    return dist["wheel"]


@pytest.fixture(scope="session")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="session")
def sdist_names(dist: dict[str, Path]) -> set[str]:
    with tarfile.open(dist["sdist"]) as archive:
        return {member.name for member in archive.getmembers() if member.isfile()}


@pytest.fixture(scope="session")
def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"{DIST_INFO}/METADATA").decode()
    return email.parser.Parser().parsestr(text)


def source_files(package: str) -> set[str]:
    """Every file of a source package as the wheel names it (byte code aside)."""
    folder = SOURCE_PACKAGES[package]
    return {
        f"{package}/{path.relative_to(folder).as_posix()}"
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def fresh_venv(where: Path, *install: str) -> Path:
    """A new venv with `install` pip-installed (dependencies from the index); returns its python."""
    venv.create(where, with_pip=True)
    python = where / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *install], capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return python


# --- what the wheel holds -----------------------------------------------------------------------------


def test_wheel_ships_the_facade_the_generated_client_and_their_type_markers(wheel_names: set[str]) -> None:
    for name in (
        "pydo_facade/__init__.py",
        "pydo_facade/py.typed",
        "pydo_facade/public-api.txt",
        "pydo_facade/cli.py",
        "pydo_facade/testing/__init__.py",
        "pydo_facade/pytest_plugin.py",
        "pydo_generated/__init__.py",
        "pydo_generated/py.typed",
        "pydo_generated/fake_spec.json",  # FakeDigitalOcean's description of the API
        "pydo_generated/api/apps/apps_restart.py",
        "pydo_generated/api/apps/apps_get_deployment.py",
        f"{DIST_INFO}/licenses/LICENSE",
    ):
        assert name in wheel_names


def test_wheel_holds_every_file_of_both_packages_and_nothing_else(wheel_names: set[str]) -> None:
    packaged = {name for name in wheel_names if not name.startswith(f"{DIST_INFO}/")}

    assert packaged == source_files("pydo_facade") | source_files("pydo_generated")


def test_wheel_requires_only_httpx_attrs_and_sniffio_at_run_time(metadata: Message) -> None:
    requires = metadata.get_all("Requires-Dist") or []
    always = sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires if "extra ==" not in r)
    assert always == ["attrs", "httpx", "sniffio"]
    assert any(r.startswith("httpx-aiohttp") and "extra == 'aio'" in r.replace('"', "'") for r in requires)
    assert any(r.startswith("rich") and "extra == 'cli'" in r.replace('"', "'") for r in requires)
    assert any(r.startswith("jsonschema") and "extra == 'testing'" in r.replace('"', "'") for r in requires)


# --- what the sdist holds -----------------------------------------------------------------------------


def test_sdist_holds_the_sources_and_documents_only(sdist_names: set[str]) -> None:
    assert all(name.startswith(f"{SDIST_ROOT}/") for name in sdist_names)
    top = {name.split("/")[1] for name in sdist_names}

    assert top >= SDIST_REQUIRED
    assert top <= SDIST_ALLOWED  # no tests/, openapi/ (the spec bundle, the generator), bench/, node tooling
    assert not any(name.endswith((".yaml", ".yml")) for name in sdist_names)


def test_sdist_holds_every_file_the_wheel_is_built_from(sdist_names: set[str]) -> None:
    inside = {name.removeprefix(f"{SDIST_ROOT}/") for name in sdist_names}

    assert source_files("pydo_facade") <= inside
    assert {f"generated/{name}" for name in source_files("pydo_generated")} <= inside


# --- metadata and twine -------------------------------------------------------------------------------


def test_twine_check_strict_passes_both(dist: dict[str, Path]) -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist["sdist"]), str(dist["wheel"])],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )

    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2, checked.stdout


def test_metadata_names_the_license_classifiers_keywords_and_urls(metadata: Message) -> None:
    assert metadata["Name"] == "pydo-facade"
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert set(metadata.get_all("Classifier") or []) >= CLASSIFIERS
    assert "Typing :: Typed" in (metadata.get_all("Classifier") or [])
    assert set(metadata.get_all("Project-URL") or []) == PROJECT_URLS
    assert "digitalocean" in (metadata["Keywords"] or "").split(",")
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"


def test_wheel_and_sdist_carry_the_apache_license_text(wheel: Path, dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = archive.read(f"{DIST_INFO}/licenses/LICENSE").decode()
    with tarfile.open(dist["sdist"]) as archive:
        member = archive.extractfile(f"{SDIST_ROOT}/LICENSE")
        assert member is not None
        in_sdist = member.read().decode()

    assert in_wheel == in_sdist == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in in_wheel
    assert "Version 2.0" in in_wheel


# --- the wheel installed ------------------------------------------------------------------------------


def test_installed_wheel_imports_and_runs_its_command_line(wheel: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv", str(wheel))
    probe = (
        "import sys, pydo_facade, pydo_generated.api.apps.apps_restart as r\n"
        "from pydo_facade import Client\n"
        "print(pydo_facade.__version__, r._get_kwargs(app_id='a/b')['url'], 'rich' in sys.modules)\n"
    )
    done = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)

    assert done.stdout.split() == [__version__, "/v2/apps/a%2Fb/restart", "False"]
    version = subprocess.run(
        [str(tmp_path / "venv" / "bin" / "pydo-facade"), "--version"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert version.stdout.strip() == f"pydo-facade {__version__}"


def test_installed_wheel_with_the_testing_extra_runs_the_fake(wheel: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv", f"{wheel}[testing]")
    probe = (
        "from pydo_facade import Client\n"
        "from pydo_facade.testing import FakeDigitalOcean\n"
        "with FakeDigitalOcean(token='dop_v1_t') as fake, Client('dop_v1_t', endpoint=fake.url) as client:\n"
        "    app = fake.add_app(components=['web'])\n"
        "    started = client.apps.restart(app['id'])\n"
        "    print(client.apps.wait_for_deployment(app['id'], started, poll_interval=0.01)['phase'])\n"
    )
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ACTIVE"
