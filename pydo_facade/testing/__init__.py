"""FakeDigitalOcean: a fake of the whole DigitalOcean API on a loopback port, from the pinned spec, for tests and demos.

It answers every operation of the spec (the spec's examples, or bodies built from its schemas), checks every
request against it, keeps what tests work with (apps and deployments, droplets, volumes, SSH keys, tags, domains,
projects, firewalls, load balancers, Kubernetes and database clusters; actions and statuses move on as they are
polled), injects faults per operation, counts a rate limit and serves https on demand. Needs the testing
extra (``pip install "pydo-facade[testing]"``: jsonschema, and trustme for TLS), and is never imported by
``import pydo_facade``: import it explicitly.

Example:
    >>> import httpx
    >>> from pydo_facade.testing import FakeDigitalOcean
    >>> with FakeDigitalOcean(token="test-token") as fake:
    ...     app = fake.add_app(name="sample", components=["web", "worker"])
    ...     auth = {"Authorization": "Bearer test-token"}
    ...     started = httpx.post(f"{fake.url}/v2/apps/{app['id']}/restart", json={"components": ["web"]}, headers=auth)
    ...     deployment_id = started.json()["deployment"]["id"]
    ...     polled = httpx.get(f"{fake.url}/v2/apps/{app['id']}/deployments/{deployment_id}", headers=auth)
    >>> started.json()["deployment"]["phase"], polled.json()["deployment"]["phase"]
    ('PENDING_DEPLOY', 'DEPLOYING')
"""

from __future__ import annotations

from ._fake import FakeDigitalOcean, RecordedRequest

__all__ = ["FakeDigitalOcean", "RecordedRequest"]
