"""pydo-facade: a small, typed, pydo-compatible DigitalOcean API client.

>>> from pydo_facade import Client
>>> client = Client()  # the token from DIGITALOCEAN_TOKEN
>>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})
>>> for droplet in client.paginate(client.droplets.list):
...     print(droplet["name"])
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
