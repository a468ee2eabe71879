"""Every code block of README.md runs as written, so the README cannot drift from the code.

- A ```python block runs in a fresh interpreter against a FakeDigitalOcean, with DIGITALOCEAN_TOKEN and
  DIGITALOCEAN_ENDPOINT set to the fake's token and URL (as a reader's environment holds their token), and the
  app the README names (b6bdf840, components web and worker) added to it. It must exit 0.
- A block that defines tests (``def test_``) runs under pytest in an empty folder, with the fixtures the
  installed package brings and no project configuration: every test in it must pass. Those blocks also pass
  ``mypy --strict``, as a user's test suite would run it.
- A ```sh block is either run here (the command line, against the fake) or names the test that runs it
  (installing, `make demo`, `make dist`); a new block without either fails, so none goes unchecked.
- A ```json block parses.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pydo_facade.testing import FakeDigitalOcean

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
APP_ID = "b6bdf840"
"""The app id the seed's documentation (and so the README) uses."""


@dataclass(frozen=True)
class Block:
    language: str
    line: int
    code: str

    @property
    def name(self) -> str:
        return f"{self.language}-line-{self.line}"


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M):
        found.append(Block(match[1], text.count("\n", 0, match.start()) + 1, match[2]))
    return found


BLOCKS = readme_blocks()
PYTHON = [block for block in BLOCKS if block.language == "python"]
SCRIPTS = [block for block in PYTHON if "def test_" not in block.code]
TESTS = [block for block in PYTHON if "def test_" in block.code]
SHELL = [block for block in BLOCKS if block.language == "sh"]

CHECKED_ELSEWHERE = {
    "make demo": "tests/test_demo.py runs `make demo` in a fresh copy and times it; CI runs `make test`",
    'pip install ".[aio,cli]"': "tests/test_packaging.py builds the sdist and wheel, twine-checks them and "
    "installs the wheel in a clean venv",
    'pip install ".[testing]"': "tests/test_packaging.py installs the wheel with the testing extra and runs the fake",
    "make install": "every make target named is checked below (test_the_make_targets_the_readme_names_exist)",
}
"""The first line of a ```sh block -> the test that runs what it says."""
RUN_HERE = ("pydo-facade ",)
"""```sh blocks whose every line starts so are run here, against the fake."""


def _ids(blocks: list[Block]) -> list[str]:
    return [block.name for block in blocks]


@pytest.fixture
def fake() -> Iterator[FakeDigitalOcean]:
    with FakeDigitalOcean() as running:
        running.add_app(id=APP_ID, components=["web", "worker"])
        yield running


def _environment(fake: FakeDigitalOcean) -> dict[str, str]:
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith(("DIGITALOCEAN_", "PYTEST_"))
    }
    environment |= {"DIGITALOCEAN_TOKEN": fake.token, "DIGITALOCEAN_ENDPOINT": fake.url, "NO_COLOR": "1"}
    # the fake is on loopback: a proxy of the machine must not see its requests
    environment["NO_PROXY"] = environment["no_proxy"] = "127.0.0.1,localhost"
    return environment


def test_the_readme_has_the_blocks_this_test_expects() -> None:
    assert len(SCRIPTS) >= 8
    assert len(TESTS) >= 3
    assert {block.language for block in BLOCKS} <= {"python", "sh", "json"}, "a block in a language not run here"


@pytest.mark.parametrize("block", SCRIPTS, ids=_ids(SCRIPTS))
def test_python_block_runs_as_written(block: Block, fake: FakeDigitalOcean, tmp_path: Path) -> None:
    script = tmp_path / "block.py"
    script.write_text(block.code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=_environment(fake),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"README line {block.line}:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("block", TESTS, ids=_ids(TESTS))
def test_test_block_passes_under_pytest(block: Block, tmp_path: Path) -> None:
    (tmp_path / "test_block.py").write_text(block.code, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # none of this project's configuration
    count = len(re.findall(r"^(?:async )?def test_", block.code, re.M))
    environment = {name: value for name, value in os.environ.items() if not name.startswith("DIGITALOCEAN_")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "test_block.py"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"README line {block.line}:\n{done.stdout}\n{done.stderr}"
    assert re.search(rf"\b{count} passed\b", done.stdout), done.stdout


@pytest.mark.slow
def test_test_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    for block in TESTS:
        (tmp_path / f"test_readme_line_{block.line}.py").write_text(block.code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("block", SHELL, ids=_ids(SHELL))
def test_shell_block_is_run_here_or_by_a_named_test(block: Block) -> None:
    lines = [line for line in block.code.splitlines() if line.strip()]
    if all(line.startswith(RUN_HERE) for line in lines):
        return  # test_command_line_block_runs_as_written
    first = lines[0].split("#", 1)[0].strip()
    assert first in CHECKED_ELSEWHERE, f"README line {block.line}: {first!r} is neither run here nor checked elsewhere"


COMMAND_LINE = [block for block in SHELL if all(line.startswith(RUN_HERE) for line in block.code.splitlines())]


@pytest.mark.parametrize("block", COMMAND_LINE, ids=_ids(COMMAND_LINE))
def test_command_line_block_runs_as_written(block: Block, fake: FakeDigitalOcean) -> None:
    if shutil.which("jq") is None and "jq" in block.code:
        pytest.fail("jq is not installed: the README's command line block pipes into it")
    environment = _environment(fake)
    # the console script of the interpreter running the tests (a venv's bin need not be on PATH)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block.code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"README line {block.line}:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.splitlines()[-1] == "ACTIVE", done.stdout


def test_the_make_targets_the_readme_names_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    named = set(re.findall(r"`make ([a-z][a-z-]*)", README.read_text(encoding="utf-8")))
    for block in SHELL:
        named |= set(re.findall(r"^make ([a-z][a-z-]*)", block.code, re.M))
    assert named, "the README names no make target"
    assert named <= targets, f"the README names make targets the Makefile lacks: {sorted(named - targets)}"


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "json"])
def test_json_block_parses(block: Block) -> None:
    assert isinstance(json.loads(block.code), dict)
