"""The ``>>>`` examples of pydo_facade's docstrings run as written, so what they claim cannot drift.

Every module of the package (``pydo_facade`` and all its submodules, imported normally) is searched with the
standard library's ``doctest.DocTestFinder``; each docstring that has examples is one test, parametrized by
its qualified name (``pydo_facade._client.Client.paginate``), run with ELLIPSIS | NORMALIZE_WHITESPACE.

A docstring's globals are its module's, plus a few names for the examples that talk to the API. Each test
starts its own FakeDigitalOcean (pydo_facade.testing) and points the environment at it
(DIGITALOCEAN_TOKEN = ``fake.token``, DIGITALOCEAN_ENDPOINT = ``fake.url``), so ``Client()`` in an
example reaches the fake. The fake has one app, id "b6bdf840" (the README's), with one component, "web", and no
droplets, volumes or other resources. The names added (an example may define its own instead):

    fake      the running FakeDigitalOcean (for the few examples that script a failure: fake.script_phases)
    client    a pydo_facade.Client() on it (token and endpoint from the environment), no request sent yet

Anything else an example needs it makes itself, through the API (``client.droplets.create(...)``), so it
says what it assumes.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import pydo_facade
from pydo_facade import Client
from pydo_facade.testing import FakeDigitalOcean

OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
APP_ID = "b6bdf840"
"""The app the fake has (the README's id)."""


def _modules() -> list[ModuleType]:
    found = [pydo_facade]
    for info in pkgutil.walk_packages(pydo_facade.__path__, prefix=f"{pydo_facade.__name__}."):
        found.append(importlib.import_module(info.name))
    return found


def _docstrings() -> list[doctest.DocTest]:
    """Every docstring of the package that has examples, once each, by qualified name."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    found: dict[str, doctest.DocTest] = {}
    for module in _modules():
        for test in finder.find(module):
            if test.examples:
                found.setdefault(test.name, test)
    return [found[name] for name in sorted(found)]


DOCSTRINGS = _docstrings()


@pytest.fixture
def api_globals(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The names added to an example's globals (see the module's docstring), on a fake started for the test."""
    with FakeDigitalOcean() as fake:
        monkeypatch.setenv("DIGITALOCEAN_TOKEN", fake.token)
        monkeypatch.setenv("DIGITALOCEAN_ENDPOINT", fake.url)
        monkeypatch.delenv("DIGITALOCEAN_ACCESS_TOKEN", raising=False)
        fake.add_app(name="sample-app", components=["web"], id=APP_ID)
        client = Client()
        try:
            yield {"fake": fake, "client": client}
        finally:
            client.close()


def test_docstrings_are_found() -> None:
    names = {test.name for test in DOCSTRINGS}
    assert {"pydo_facade", "pydo_facade._client.Client", "pydo_facade.testing._fake.FakeDigitalOcean"} <= names
    assert len(names) >= 60


@pytest.mark.parametrize("docstring", DOCSTRINGS, ids=[test.name for test in DOCSTRINGS])
def test_docstring_examples(docstring: doctest.DocTest, api_globals: dict[str, Any]) -> None:
    test = doctest.DocTest(
        docstring.examples,
        {**docstring.globs, **api_globals},
        docstring.name,
        docstring.filename,
        docstring.lineno,
        docstring.docstring,
    )
    runner = doctest.DocTestRunner(optionflags=OPTIONFLAGS)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=True)
    if runner.failures:
        pytest.fail(
            f"{runner.failures} of {runner.tries} examples of {test.name} failed:\n{''.join(report)}", pytrace=False
        )
