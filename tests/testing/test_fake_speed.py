"""FakeDigitalOcean is quick: it starts in well under a second and answers hundreds of requests a second.

The bounds are generous (about 7 and 5 times what a loaded 2-core machine measures: ~0.15 s to the first answer,
~1000 requests/s on one kept-alive connection): they catch a fake that parses the whole spec at start or
validates with a cold cache per request, not noise. Each test prints what it measured.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import httpx

from pydo_facade.testing import FakeDigitalOcean

START_BOUND_SECONDS = 1.0
THROUGHPUT_BOUND = 200  # requests per second
# Construct, start and answer one request in a fresh interpreter: nothing loaded or cached by another test.
FRESH_START = textwrap.dedent(
    """
    import time
    import httpx
    from pydo_facade.testing import FakeDigitalOcean

    started = time.perf_counter()
    with FakeDigitalOcean() as fake:
        answer = httpx.get(f"{fake.url}/v2/droplets", headers={"Authorization": f"Bearer {fake.token}"}, timeout=30)
        print(time.perf_counter() - started, answer.status_code)
    """
)


def test_a_fake_starts_and_answers_in_well_under_a_second_in_a_fresh_process() -> None:
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", FRESH_START], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        seconds, status = done.stdout.split()
        assert status == "200"
        runs.append(float(seconds))
    print(f"\nconstruct + start + first answer, fresh process: {', '.join(f'{s:.3f}' for s in runs)} s")
    assert min(runs) < START_BOUND_SECONDS


def _rate(client: httpx.Client, method: str, path: str, count: int, body: object = None) -> float:
    started = time.perf_counter()
    for _ in range(count):
        response = client.request(method, path, json=body)
        assert response.is_success, response.text
    return count / (time.perf_counter() - started)


def test_a_fake_answers_hundreds_of_requests_a_second_on_one_connection() -> None:
    droplet = {"name": "example.com", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
    with (
        FakeDigitalOcean() as fake,
        httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {fake.token}"}, timeout=30) as client,
    ):
        client.get("/v2/droplets")  # the first answer of an operation is built once, then kept
        client.post("/v2/droplets", json=droplet)
        gets = max(_rate(client, "GET", "/v2/droplets", 200) for _ in range(3))
        posts = max(_rate(client, "POST", "/v2/droplets", 200, droplet) for _ in range(3))
    print(f"\none kept-alive connection: GET /v2/droplets {gets:.0f}/s, POST /v2/droplets (body checked) {posts:.0f}/s")
    assert gets > THROUGHPUT_BOUND
    assert posts > THROUGHPUT_BOUND
