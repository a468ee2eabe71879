"""The generated package imports lazily: one endpoint module does not drag in the spec's 1,600+ models."""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import pydo_generated.api.apps.apps_restart
import pydo_generated.api.apps.apps_get_deployment
models = sorted(m for m in sys.modules if m.startswith("pydo_generated.models."))
print(json.dumps({"models": models, "attrs": "attrs" in sys.modules or "attr" in sys.modules}))
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout


def test_importing_apps_endpoints_imports_fewer_than_30_model_modules() -> None:
    seen = json.loads(_run(PROBE))
    assert len(seen["models"]) < 30, seen["models"]


def test_building_a_request_imports_no_models_and_no_attrs() -> None:
    # The endpoint template imports models only inside the functions that use them (_parse_response).
    seen = json.loads(_run(PROBE))
    assert seen == {"models": [], "attrs": False}


def test_parsing_a_response_still_imports_its_models_on_demand() -> None:
    out = _run(
        "import httpx, sys\n"
        "from pydo_generated.api.apps import apps_restart\n"
        "answer = httpx.Response(404, json={'id': 'not_found', 'message': 'gone'})\n"
        "parsed = apps_restart._parse_response(client=None, response=answer)\n"
        "print(type(parsed).__name__, parsed.id, 'pydo_generated.models.error' in sys.modules)\n"
    )
    assert out.split() == ["Error", "not_found", "True"]


def test_models_package_resolves_names_on_first_use() -> None:
    out = _run(
        "import sys\n"
        "from pydo_generated.models import AppsRestartRequest\n"
        "import pydo_generated.models as m\n"
        "print(AppsRestartRequest.__module__, 'AppsRestartRequest' in dir(m), len(m.__all__) > 1000,"
        " sum(1 for k in sys.modules if k.startswith('pydo_generated.models.')))\n"
    )
    module, in_dir, many, loaded = out.split()
    assert module == "pydo_generated.models.apps_restart_request"
    assert in_dir == "True"
    assert many == "True"
    assert int(loaded) == 1


def test_unknown_model_name_raises_attribute_error() -> None:
    from pydo_generated import models

    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
