"""A user's script type-checks under `mypy --strict`, and mypy reports each misuse of the surface on its line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CORRECT = """\
import asyncio
import datetime

from pydo_facade import AsyncClient, Client


def main() -> None:
    with Client(token="x", retry_total=2) as client:
        droplets = client.droplets.list(per_page=50, tag_name="web")
        names: list[str] = [droplet["name"] for droplet in droplets["droplets"]]
        client.droplets.get(3164444)
        client.droplets.get(droplet_id="3164444", timeout=5.0)
        client.droplets.destroy_with_associated_resources_dangerous(3164444, x_dangerous=True)
        client.apps.restart("b6bdf840", body={"components": ["web"]})
        client.apps.list_deployments("b6bdf840", deployment_types=["MANUAL"], headers={"X-Trace": "1"})
        kubeconfig: str = client.kubernetes.get_kubeconfig("k8s-1", expiry_seconds=300)
        pdf: bytes = client.invoices.get_pdf_by_uuid("inv-1")
        client.kubernetes.get_status_messages("k8s-1", since=datetime.datetime.now(datetime.UTC))
        client.billing_insights.list("do:team:1", datetime.date(2025, 1, 1), "2025-01-31", page=2)
        client.projects.delete("proj-1")
        client.monitoring.get_app_cpu_percentage_metrics(app_id="app-1", start="1", end="2")
        print(names, kubeconfig, pdf)


async def amain() -> None:
    async with AsyncClient(token="x") as client:
        answer = await client.droplets.list(page=2)
        await client.images.get(7555620)
        await client.projects.delete("proj-1", timeout=5.0)
        yaml_text: str = await client.kubernetes.get_kubeconfig("k8s-1")
        print(answer["droplets"], yaml_text)


main()
asyncio.run(amain())
"""

MISTAKES = """\
from pydo_facade import Client

client = Client(token="x")
client.droplets.lst()  # MISTAKE: a misspelt method
client.droplets.list(per_pag=1)  # MISTAKE: a misspelt keyword
client.dropletz  # MISTAKE: a misspelt group
Client(token="x", logging_enable=True)  # MISTAKE: a pydo keyword the client does not take
"""


def _mypy(folder: Path, *scripts: str) -> str:
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".mypy_cache"), *scripts],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        timeout=120,
    )
    return done.stdout + done.stderr


def test_a_correct_script_has_no_errors_and_each_mistake_is_reported_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "correct.py").write_text(CORRECT, encoding="utf-8")
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    output = _mypy(tmp_path, "correct.py", "mistakes.py")  # one run for both: mypy's start-up is the cost
    assert "correct.py:" not in output, output
    mistake_lines = [n for n, line in enumerate(MISTAKES.splitlines(), start=1) if "# MISTAKE" in line]
    reported = {int(line.split(":")[1]) for line in output.splitlines() if line.startswith("mistakes.py:")}
    assert len(mistake_lines) == 4
    assert set(mistake_lines) <= reported, output
    assert 'has no attribute "lst"' in output
    assert 'Unexpected keyword argument "per_pag"' in output
    assert '"Client" has no attribute "dropletz"' in output
    assert 'Argument "logging_enable" to "Client"' in output
