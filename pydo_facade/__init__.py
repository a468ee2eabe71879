"""pydo-facade: a small, typed, pydo-compatible DigitalOcean API client.

>>> from pydo_facade import Client
>>> client = Client()  # the token from DIGITALOCEAN_TOKEN
>>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})
"""

from ._client import AsyncClient, Client
from ._version import __version__
from .exceptions import (
    ClientAuthenticationError,
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
)

__all__ = [
    "AsyncClient",
    "Client",
    "ClientAuthenticationError",
    "DecodeError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "DigitalOceanError",
    "HttpResponseError",
    "RateLimit",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ResourceNotModifiedError",
    "ServiceRequestError",
    "ServiceResponseError",
    "TooManyRequestsError",
    "__version__",
]
