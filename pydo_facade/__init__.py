"""pydo-facade: a small, typed, pydo-compatible DigitalOcean API client.

>>> from pydo_facade import Client
>>> client = Client()  # the token from DIGITALOCEAN_TOKEN (and the endpoint from DIGITALOCEAN_ENDPOINT, if set)
>>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})["deployment"]["phase"]
'PENDING_DEPLOY'
>>> created = client.droplets.create(
...     {"name": "web-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "tags": ["web"]}
... )
>>> for droplet in client.paginate(client.droplets.list):
...     print(droplet["name"])
web-1
"""

from ._client import AsyncClient, Client
from ._raw import RawResponse
from ._version import __version__
from .exceptions import (
    ActionFailedError,
    ActionTimeoutError,
    ClientAuthenticationError,
    ClientClosedError,
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    ResponseTooLargeError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
    WaitFailedError,
    WaitTimeoutError,
)

__all__ = [
    "ActionFailedError",
    "ActionTimeoutError",
    "AsyncClient",
    "Client",
    "ClientAuthenticationError",
    "ClientClosedError",
    "DecodeError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "DigitalOceanError",
    "HttpResponseError",
    "RateLimit",
    "RawResponse",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ResourceNotModifiedError",
    "ResponseTooLargeError",
    "ServiceRequestError",
    "ServiceResponseError",
    "TooManyRequestsError",
    "WaitFailedError",
    "WaitTimeoutError",
    "__version__",
]
