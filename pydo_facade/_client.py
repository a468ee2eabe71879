"""Client and AsyncClient: configuration, the connection pool, and the operation groups as attributes."""

from __future__ import annotations

import ipaddress
import math
import os
import ssl
from types import TracebackType
from typing import Self

import httpx

from . import _constants as C
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport
from ._version import __version__
from .apps import AppsOperations, AsyncAppsOperations

__all__ = ["AsyncClient", "Client"]

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _token(token: str | None) -> str:
    if token is None:
        token = os.environ.get(C.TOKEN_ENV_VAR)
        if not token:
            raise ValueError(
                f"no DigitalOcean token: pass Client(token=...) or set the {C.TOKEN_ENV_VAR} environment variable"
            )
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, got {type(token).__name__}")
    if not token.strip() or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in token):
        # The message never repeats the token: it may be a real one with a stray newline.
        raise ValueError("token must be a non-empty string without whitespace or control characters")
    return token


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: the only hosts a token may be sent to over plain http.

    >>> is_loopback("127.0.0.1"), is_loopback("[::1]"), is_loopback("api.digitalocean.com")
    (True, True, False)
    """
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _endpoint(endpoint: str) -> str:
    if not isinstance(endpoint, str):
        raise TypeError(f"endpoint must be a str, got {type(endpoint).__name__}")
    try:
        url = httpx.URL(endpoint)
    except httpx.InvalidURL:
        raise ValueError("endpoint is not a valid URL") from None  # httpx's reason may quote the URL
    if url.userinfo or url.query or url.fragment:
        # Said without quoting the URL: credentials in it may be a token.
        raise ValueError("endpoint must not carry credentials, a query or a fragment")
    if url.scheme not in ("https", "http") or not url.host:
        raise ValueError(f"endpoint must be an https:// URL with a host, got {endpoint!r}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ValueError(
            f"endpoint {endpoint!r} is plain http to a host that is not loopback: the token is only sent over "
            "https (or http to localhost, 127.0.0.0/8, ::1 for local fakes)"
        )
    return str(url).rstrip("/")


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf:
        raise ValueError("timeout must be a finite number of seconds > 0, or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


def _ssl_context(connection_verify: bool | str) -> ssl.SSLContext:
    if connection_verify is True:
        return httpx.create_ssl_context()  # certifi's CAs, or SSL_CERT_FILE / SSL_CERT_DIR when set
    if connection_verify is False:
        return httpx.create_ssl_context(verify=False)
    if isinstance(connection_verify, str | os.PathLike):
        path = os.fspath(connection_verify)
        if not os.path.exists(path):
            raise ValueError(f"connection_verify: no CA bundle at {path!r}")
        return (
            ssl.create_default_context(cafile=path) if os.path.isfile(path) else ssl.create_default_context(capath=path)
        )
    raise TypeError("connection_verify must be True, False or the path of a CA bundle")  # pragma: no cover


def _proxy_for(endpoint: str) -> str | None:
    """The proxy the environment sets for the endpoint (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), as httpx reads them."""
    import urllib.request  # already imported by httpx

    url = httpx.URL(endpoint)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


def _user_agent(user_agent: str | None) -> str:
    base = f"pydo-facade/{__version__}"
    if user_agent is None:
        return base
    if not isinstance(user_agent, str) or any(ord(ch) < 32 for ch in user_agent):
        raise ValueError("user_agent must be a single-line str")
    return f"{base} {user_agent}"


class ClientSettings:
    """The checked constructor arguments both clients share. Holds the token; never prints it."""

    __slots__ = ("authorization", "connection_verify", "endpoint", "policy", "timeout", "user_agent")

    def __init__(
        self,
        *,
        token: str | None,
        endpoint: str,
        timeout: float | httpx.Timeout,
        retry_total: int,
        retry_backoff_factor: float,
        retry_backoff_max: float,
        connection_verify: bool | str,
        user_agent: str | None,
    ) -> None:
        self.authorization = f"Bearer {_token(token)}"
        self.endpoint = _endpoint(endpoint)
        self.timeout = _timeout(timeout)
        self.policy = RetryPolicy(retry_total, retry_backoff_factor, retry_backoff_max)
        self.user_agent = _user_agent(user_agent)
        if not isinstance(connection_verify, bool | str | os.PathLike):
            raise TypeError("connection_verify must be True, False or the path of a CA bundle")
        self.connection_verify = connection_verify

    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of a pool the client owns (a caller's http_client brings its own)."""
        return _ssl_context(self.connection_verify)

    def __repr__(self) -> str:
        return f"ClientSettings(endpoint={self.endpoint!r})"


class Client:
    """The DigitalOcean API client: a drop-in for `pydo.Client` on the operations it covers.

    >>> import os
    >>> from pydo_facade import Client
    >>> client = Client(token=os.environ["DIGITALOCEAN_TOKEN"])
    >>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})["deployment"]["phase"]
    'PENDING_DEPLOY'

    Args:
        token: the API token; when None, read from the DIGITALOCEAN_TOKEN environment variable.
        endpoint: the API's base URL. Plain http is refused except to loopback hosts (fakes, Prism).
        timeout: seconds for each phase of a request (connect, TLS handshake, write, read), or an httpx.Timeout.
        retry_total: retries after the first attempt (0 turns retries off).
        retry_backoff_factor: backoff before retry n is factor * 2**(n-1) seconds, minus up to 25 % jitter.
        retry_backoff_max: the longest wait; a 429 asking for longer is raised at once with `retry_after` set.
        connection_verify: True (certifi, or SSL_CERT_FILE), False, or the path of a CA bundle.
        user_agent: appended to "pydo-facade/<version>".
        http_client: an httpx.Client to send through instead of the client's own (the caller keeps
            ownership: close() does not close it). It brings its own TLS and proxy settings, so
            connection_verify does not apply to it.

    Retry policy: a 429 is retried for every operation, after Retry-After when given (seconds or
    an HTTP-date), else until ratelimit-reset, else after the backoff. A request that provably
    never reached the server (connection refused, DNS, connect timeout) is retried. A GET is also
    retried on 500/502/503/504 and read timeouts; a POST such as restart never is, since sending a
    rolling restart twice restarts twice. A failed certificate check is never retried.
    Each retry is logged at INFO on the "pydo_facade" logger; the token is never logged.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        endpoint: str = C.DEFAULT_ENDPOINT,
        timeout: float | httpx.Timeout = C.DEFAULT_TIMEOUT,
        retry_total: int = C.DEFAULT_RETRY_TOTAL,
        retry_backoff_factor: float = C.DEFAULT_RETRY_BACKOFF_FACTOR,
        retry_backoff_max: float = C.DEFAULT_RETRY_BACKOFF_MAX,
        connection_verify: bool | str = True,
        user_agent: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncClient for an httpx.AsyncClient)")
        settings = ClientSettings(
            token=token,
            endpoint=endpoint,
            timeout=timeout,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            connection_verify=connection_verify,
            user_agent=user_agent,
        )
        pool = None
        if http_client is None:
            pool = httpx.HTTPTransport(verify=settings.ssl_context(), proxy=_proxy_for(settings.endpoint))
        self._transport = SyncTransport(settings, pool=pool, client=http_client)
        self.apps = AppsOperations(self._transport)
        """The App Platform operations: restart, get_deployment, wait_for_deployment."""

    def close(self) -> None:
        """Close the connection pool (not a caller's http_client)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(endpoint={self._transport.endpoint!r})"


def _async_pool(verify: ssl.SSLContext, proxy: str | None) -> httpx.AsyncBaseTransport:
    """httpx's API over aiohttp when the [aio] extra is installed (about 8x httpx's own throughput)."""
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        return httpx.AsyncHTTPTransport(verify=verify, proxy=proxy)
    return AiohttpTransport(verify=verify, proxy=httpx.Proxy(proxy) if proxy else None)


class AsyncClient:
    """The async DigitalOcean API client: `Client` with `await`, and a drop-in for `pydo.aio.Client`.

    >>> from pydo_facade import AsyncClient
    >>> async with AsyncClient(token=os.environ["DIGITALOCEAN_TOKEN"]) as client:
    ...     deployment = await client.apps.restart("b6bdf840", body={"components": ["web"]})

    Takes the same arguments as Client (`http_client` is an httpx.AsyncClient here) and follows the
    same retry policy. With the `pydo-facade[aio]` extra installed, requests go through aiohttp
    (httpx-aiohttp's transport); without it, through httpx's own async transport.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        endpoint: str = C.DEFAULT_ENDPOINT,
        timeout: float | httpx.Timeout = C.DEFAULT_TIMEOUT,
        retry_total: int = C.DEFAULT_RETRY_TOTAL,
        retry_backoff_factor: float = C.DEFAULT_RETRY_BACKOFF_FACTOR,
        retry_backoff_max: float = C.DEFAULT_RETRY_BACKOFF_MAX,
        connection_verify: bool | str = True,
        user_agent: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Client for an httpx.Client)")
        settings = ClientSettings(
            token=token,
            endpoint=endpoint,
            timeout=timeout,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            connection_verify=connection_verify,
            user_agent=user_agent,
        )
        pool = None
        if http_client is None:
            pool = _async_pool(settings.ssl_context(), _proxy_for(settings.endpoint))
        self._transport = AsyncTransport(settings, pool=pool, client=http_client)
        self.apps = AsyncAppsOperations(self._transport)
        """The App Platform operations: restart, get_deployment, wait_for_deployment (all awaitable)."""

    async def aclose(self) -> None:
        """Close the connection pool (not a caller's http_client)."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(endpoint={self._transport.endpoint!r})"
