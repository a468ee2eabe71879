"""Client and AsyncClient: configuration, the connection pool, and the operation groups as attributes."""

from __future__ import annotations

import ipaddress
import os
import re
import ssl
from types import TracebackType
from typing import TYPE_CHECKING, Any, Never, Self

import httpx
from pydo_generated.groups import AsyncGroups, LazyGroup, SyncGroups

from . import _constants as C
from ._arguments import timeout_setting
from ._network import async_pools, sync_pool
from ._operation import AsyncCaller, Endpoints, SyncCaller
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ._waiting import ProgressCallback
    from .apps import AppsOperations, AsyncAppsOperations
    from .exceptions import RateLimit
    from .groups.actions import ActionsOperations, AsyncActionsOperations
    from .groups.databases import AsyncDatabasesOperations, DatabasesOperations
    from .groups.droplets import AsyncDropletsOperations, DropletsOperations
    from .groups.kubernetes import AsyncKubernetesOperations, KubernetesOperations
    from .groups.load_balancers import AsyncLoadBalancersOperations, LoadBalancersOperations
    from .pagination import AsyncPaginator, Paginator

__all__ = ["AsyncClient", "Client"]

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_HOST_NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?\.?"
"""A DNS name as resolvers take it (IDNA already encoded): letters, digits, '-', '_' and dots. A pattern, not
compiled: only a proxy's host is checked with it, so re compiles it then rather than in every start."""


def token_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The token the environment holds: the first of C.TOKEN_ENV_VARS set to a value that is not blank, else None.

    The value is returned as it is: `_token` refuses one with whitespace in it rather than guess what was meant.

    >>> token_from_environment({"DIGITALOCEAN_TOKEN": "", "DIGITALOCEAN_ACCESS_TOKEN": "dop_v1_abc"})
    'dop_v1_abc'
    """
    environ = os.environ if environ is None else environ
    for name in C.TOKEN_ENV_VARS:
        value = environ.get(name)
        if value and not value.isspace():
            return value
    return None


def _token(token: str | None) -> str:
    if token is None:
        token = token_from_environment()
        if token is None:
            names = " or ".join(C.TOKEN_ENV_VARS)
            raise ValueError(f"no DigitalOcean token: pass Client(token=...) or set the {names} environment variable")
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, got {type(token).__name__}")
    # The messages never repeat the token: it may be a real one with a stray newline or a pasted BOM.
    if not token.strip() or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in token):
        raise ValueError("token must be a non-empty string without whitespace or control characters")
    if not token.isascii():
        raise ValueError(
            "token must be ASCII: it holds a character that is not (a byte-order mark or a zero-width space pasted "
            "with it, say)"
        )
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


def _endpoint_or_environment(endpoint: str | None) -> str:
    """The endpoint given, else DIGITALOCEAN_ENDPOINT when it is set and not blank, else the API's, checked."""
    if endpoint is not None:
        return _endpoint(endpoint)
    value = os.environ.get(C.ENDPOINT_ENV_VAR)
    if value is None or not value.strip():
        return C.DEFAULT_ENDPOINT
    try:
        return _endpoint(value)
    except ValueError as error:
        raise ValueError(f"{C.ENDPOINT_ENV_VAR}: {error}") from None


def _ssl_context(connection_verify: bool | str) -> ssl.SSLContext:
    if connection_verify is True:
        return httpx.create_ssl_context()  # certifi's CAs, or SSL_CERT_FILE / SSL_CERT_DIR when set
    if connection_verify is False:
        return httpx.create_ssl_context(verify=False)
    if isinstance(connection_verify, str | os.PathLike):
        path = os.fspath(connection_verify)
        if not os.path.exists(path):
            raise ValueError(f"connection_verify: no CA bundle at {path!r}")
        try:
            if os.path.isfile(path):
                return ssl.create_default_context(cafile=path)
            return ssl.create_default_context(capath=path)
        except (ssl.SSLError, OSError, UnicodeDecodeError):
            raise ValueError(f"connection_verify: {path!r} is not a PEM bundle of CA certificates") from None
    raise TypeError("connection_verify must be True, False or the path of a CA bundle")  # pragma: no cover


def _proxy_for(endpoint: str) -> str | None:
    """The proxy the environment sets for an https endpoint (HTTPS_PROXY, ALL_PROXY, NO_PROXY), checked.

    A plain-http endpoint (a loopback fake) never goes through a proxy: the token would cross it in
    clear. An https endpoint goes through an http:// or https:// proxy by CONNECT, so the proxy sees
    only the tunnel. Any other proxy (socks5://, a garbage value) is refused here, naming the variable
    but never repeating its value, which may hold the proxy's credentials.
    """
    import urllib.request  # already imported by httpx

    url = httpx.URL(endpoint)
    if url.scheme != "https":
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get("https") or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    variable = "HTTPS_PROXY" if proxies.get("https") else "ALL_PROXY"
    try:
        parsed = httpx.URL(proxy if "://" in proxy else f"http://{proxy}")
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ValueError(f"the {variable} environment variable is not a valid proxy URL") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"the {variable} environment variable names a proxy the client cannot use (an http:// or https:// "
            f"proxy is needed, got a {parsed.scheme}:// one)"
            if parsed.host
            else f"the {variable} environment variable is not a valid proxy URL"
        )
    if not _proxy_address_ok(parsed):
        # httpx accepts these (a port past 65535, a space or % in the host), and every call would fail later.
        raise ValueError(f"the {variable} environment variable is not a valid proxy URL (its host or port)")
    return str(parsed)


def _proxy_address_ok(proxy: httpx.URL) -> bool:
    """A proxy URL's host is a host name or an IP address, and its port (if any) is 1 to 65535."""
    if proxy.port is not None and not 0 < proxy.port < 65536:
        return False
    host = proxy.raw_host.decode("ascii", errors="replace")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return re.fullmatch(_HOST_NAME, host) is not None
    return True


def _check_lent_client(endpoint: str, http_client: httpx.Client | httpx.AsyncClient) -> None:
    """Refuse a caller's client that would send a plain-http endpoint's token through an environment proxy."""
    import urllib.request

    url = httpx.URL(endpoint)
    if url.scheme != "http" or not http_client.trust_env:
        return
    proxies = urllib.request.getproxies()
    if (proxies.get("http") or proxies.get("all")) and not urllib.request.proxy_bypass(url.host):
        raise ValueError(
            "http_client would send the token for a plain-http endpoint through the HTTP_PROXY of the "
            "environment, in clear: use an https endpoint, set NO_PROXY for the host, or pass an http_client "
            "made with trust_env=False"
        )


def _user_agent(user_agent: str | None) -> str:
    base = f"pydo-facade/{__version__}"
    if user_agent is None:
        return base
    if not isinstance(user_agent, str):
        raise TypeError(f"user_agent must be a str, got {type(user_agent).__name__}")
    if not user_agent.isascii() or any(ord(ch) < 32 or ord(ch) == 127 for ch in user_agent):
        raise ValueError("user_agent must be a single line of printable ASCII (a header value)")
    return f"{base} {user_agent}"


def _max_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_response_bytes must be an int, got {type(value).__name__}")
    if value < 1024:
        raise ValueError(f"max_response_bytes must be at least 1024, got {value}")
    return value


class ClientSettings:
    """The checked constructor arguments both clients share. Holds the token; never prints it."""

    __slots__ = (
        "agent_endpoint",
        "authorization",
        "budget",
        "connection_verify",
        "endpoint",
        "inference_endpoint",
        "max_response_bytes",
        "policy",
        "timeout",
        "user_agent",
    )

    def __init__(
        self,
        *,
        token: str | None,
        endpoint: str | None,
        timeout: float | httpx.Timeout,
        retry_total: int,
        retry_backoff_factor: float,
        retry_backoff_max: float,
        connection_verify: bool | str,
        user_agent: str | None,
        max_response_bytes: int = C.MAX_RESPONSE_BYTES,
        inference_endpoint: str = C.DEFAULT_INFERENCE_ENDPOINT,
        agent_endpoint: str = "",
        unsupported: dict[str, Any] | None = None,
    ) -> None:
        if unsupported:
            from ._pydo import CLIENT_KEYWORDS, replacement  # only for this message: not in every start

            name = sorted(unsupported)[0]
            raise TypeError(f"Client() got an unexpected keyword argument {name!r}{replacement(CLIENT_KEYWORDS, name)}")
        self.authorization = f"Bearer {_token(token)}"
        self.endpoint = _endpoint_or_environment(endpoint)
        self.inference_endpoint = _endpoint(inference_endpoint)
        if not isinstance(agent_endpoint, str):
            raise TypeError(f"agent_endpoint must be a str, got {type(agent_endpoint).__name__}")
        self.agent_endpoint = _endpoint(agent_endpoint) if agent_endpoint else None
        self.timeout, self.budget = timeout_setting(timeout)
        self.max_response_bytes = _max_bytes(max_response_bytes)
        self.policy = RetryPolicy(retry_total, retry_backoff_factor, retry_backoff_max)
        self.user_agent = _user_agent(user_agent)
        if not isinstance(connection_verify, bool | str | os.PathLike):
            raise TypeError("connection_verify must be True, False or the path of a CA bundle")
        self.connection_verify = connection_verify

    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of a pool the client owns (a caller's http_client brings its own)."""
        return _ssl_context(self.connection_verify)

    def endpoints(self) -> Endpoints:
        return Endpoints(self.endpoint, self.inference_endpoint, self.agent_endpoint)

    def __repr__(self) -> str:
        return f"ClientSettings(endpoint={self.endpoint!r})"


def _view_settings(
    transport: SyncTransport | AsyncTransport,
    timeout: float | httpx.Timeout | None,
    retry_total: int | None,
    retry_backoff_factor: float | None,
    retry_backoff_max: float | None,
) -> dict[str, Any]:
    """The checked settings of a with_options() view: only those given change."""
    settings: dict[str, Any] = {}
    if timeout is not None:
        settings["timeout"] = timeout_setting(timeout)
    if (retry_total, retry_backoff_factor, retry_backoff_max) != (None, None, None):
        policy = transport.policy
        settings["policy"] = RetryPolicy(
            policy.total if retry_total is None else retry_total,
            policy.backoff_factor if retry_backoff_factor is None else retry_backoff_factor,
            policy.backoff_max if retry_backoff_max is None else retry_backoff_max,
        )
    return settings


def _unknown_group(name: str, groups: type) -> str:
    from ._pydo import NOT_IN_PIN, absent

    known = sorted(n for n in dir(groups) if not n.startswith("_") and isinstance(getattr(groups, n, None), LazyGroup))
    return absent("the client has no operation group", name, known, "groups", newer=name in NOT_IN_PIN)


class Client(SyncGroups):
    """The DigitalOcean API client: a drop-in for `pydo.Client` on every operation of the pinned spec.

    >>> import os
    >>> from pydo_facade import Client
    >>> client = Client(token=os.environ["DIGITALOCEAN_TOKEN"])
    >>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})["deployment"]["phase"]
    'PENDING_DEPLOY'
    >>> droplets = client.droplets.list(per_page=200)["droplets"]

    Every operation group is an attribute (`client.droplets`, `client.kubernetes`, ...; `dir(client)` lists
    them), imported the first time it is touched; each method has pydo's name and parameters.

    Args:
        token: the API token; when None, read from DIGITALOCEAN_TOKEN, else DIGITALOCEAN_ACCESS_TOKEN.
        endpoint: the API's base URL; when None, DIGITALOCEAN_ENDPOINT if set, else https://api.digitalocean.com.
            Plain http is refused except to loopback hosts (fakes, Prism).
        inference_endpoint: the serverless inference server (13 operations), as pydo's keyword.
        agent_endpoint: an agent's own URL (agent_inference operations), as pydo's keyword.
        timeout: seconds one call may take in all, as in pydo: connecting, sending, every read of the
            answer, retries and their waits (a server trickling bytes cannot stretch it). An
            httpx.Timeout instead bounds each phase (connect, read, write, pool) on its own.
        retry_total: retries after the first attempt (0 turns retries off).
        retry_backoff_factor: backoff before retry n is factor * 2**(n-1) seconds, minus up to 25 % jitter.
        retry_backoff_max: the longest wait; a 429 asking for longer is raised at once with `retry_after` set.
        connection_verify: True (certifi, or SSL_CERT_FILE), False, or the path of a CA bundle.
        user_agent: appended to "pydo-facade/<version>".
        max_response_bytes: the largest decoded answer accepted (64 MiB); past it ResponseTooLargeError.
        http_client: an httpx.Client to send through instead of the client's own (the caller keeps
            ownership: close() does not close it). It brings its own TLS and proxy settings, so
            connection_verify does not apply to it, and the deadline bounds its body reads and retries
            but not its own wait for the answer's headers (its own timeouts do).

    Retry policy: a 429 is retried for every operation, after Retry-After when given (seconds or
    an HTTP-date), else until ratelimit-reset, else after the backoff. A request that provably
    never reached the server (connection refused, DNS, connect timeout) is retried. GET, HEAD and
    DELETE are also retried on 500/502/503/504 and read timeouts; POST, PUT and PATCH never are once
    they may have reached the server (a second create, restart or deploy is a real side effect). A
    failed certificate check is never retried. A request that the server provably discarded unread
    (a kept-alive connection it had closed) is sent again.
    Each retry is logged at INFO on the "pydo_facade" logger; the token is never logged.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        endpoint: str | None = None,
        timeout: float | httpx.Timeout = C.DEFAULT_TIMEOUT,
        retry_total: int = C.DEFAULT_RETRY_TOTAL,
        retry_backoff_factor: float = C.DEFAULT_RETRY_BACKOFF_FACTOR,
        retry_backoff_max: float = C.DEFAULT_RETRY_BACKOFF_MAX,
        connection_verify: bool | str = True,
        user_agent: str | None = None,
        max_response_bytes: int = C.MAX_RESPONSE_BYTES,
        inference_endpoint: str = C.DEFAULT_INFERENCE_ENDPOINT,
        agent_endpoint: str = "",
        http_client: httpx.Client | None = None,
        **unsupported: Never,
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
            max_response_bytes=max_response_bytes,
            inference_endpoint=inference_endpoint,
            agent_endpoint=agent_endpoint,
            unsupported=unsupported,
        )
        pool = None
        if http_client is None:
            pool = sync_pool(settings.ssl_context(), _proxy_for(settings.endpoint))
        else:
            _check_lent_client(settings.endpoint, http_client)
        self._transport = SyncTransport(settings, pool=pool, client=http_client)
        self._caller = SyncCaller(self._transport, settings.endpoints())

    apps: LazyGroup[AppsOperations] = LazyGroup("pydo_facade.apps", "AppsOperations")
    """App Platform: every apps operation, plus wait_for_deployment and restart's checks."""
    actions: LazyGroup[ActionsOperations] = LazyGroup("pydo_facade.groups.actions", "ActionsOperations")
    """Actions: every actions operation, plus wait(action)."""
    databases: LazyGroup[DatabasesOperations] = LazyGroup("pydo_facade.groups.databases", "DatabasesOperations")
    """Databases: every databases operation, plus wait_until_online(uuid)."""
    droplets: LazyGroup[DropletsOperations] = LazyGroup("pydo_facade.groups.droplets", "DropletsOperations")
    """Droplets: every droplets operation, plus wait_until_active(droplet_id)."""
    kubernetes: LazyGroup[KubernetesOperations] = LazyGroup("pydo_facade.groups.kubernetes", "KubernetesOperations")
    """Kubernetes: every kubernetes operation, plus wait_until_running(cluster_id)."""
    load_balancers: LazyGroup[LoadBalancersOperations] = LazyGroup(
        "pydo_facade.groups.load_balancers", "LoadBalancersOperations"
    )
    """Load balancers: every load_balancers operation, plus wait_until_active(lb_id)."""

    def paginate(
        self,
        method: Callable[..., Any],
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        items_key: str | None = None,
        **kwargs: Any,
    ) -> Paginator:
        """Every item of a list operation across its pages: `for d in client.paginate(client.droplets.list)`.

        >>> created = client.droplets.create(
        ...     {"names": ["web-1", "web-2"], "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64",
        ...      "tags": ["web"]}
        ... )
        >>> [d["name"] for d in client.paginate(client.droplets.list, tag_name="web")]
        ['web-1', 'web-2']

        kwargs are the method's own (per_page defaults to the API's maximum, 200); `max_items` and
        `max_pages` bound the walk; `.pages()` yields each page's JSON as sent. See pydo_facade.pagination.
        """
        from .pagination import Paginator

        return Paginator(method, kwargs, max_items=max_items, max_pages=max_pages, items_key=items_key)

    def wait_until(
        self,
        method: Callable[..., Any],
        /,
        *args: Any,
        ready: Callable[[Any], object],
        failed: Callable[[Any], object] | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call a get operation until ready(answer) is true, and return that answer.

        >>> droplet = client.droplets.create(
        ...     {"name": "web-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
        ... )["droplet"]
        >>> volume = client.volumes.create({"name": "data", "region": "nyc3", "size_gigabytes": 10})["volume"]
        >>> attach = client.volume_actions.post_by_id(volume["id"], {"type": "attach", "droplet_id": droplet["id"]})
        >>> answer = client.wait_until(client.volumes.get, volume["id"], ready=lambda v: v["volume"]["droplet_ids"])
        >>> answer["volume"]["droplet_ids"] == [droplet["id"]]
        True

        failed(answer) true raises WaitFailedError; past `timeout` seconds of clock time WaitTimeoutError
        (a TimeoutError); both carry the last answer as `.resource`. Polls come no faster than
        poll_interval, slow down when the rate limit runs low, and wait out 429s and 5xx.
        """
        from ._waiting import wait_until

        return wait_until(
            method,
            *args,
            ready=ready,
            failed=failed,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            **kwargs,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry_total: int | None = None,
        retry_backoff_factor: float | None = None,
        retry_backoff_max: float | None = None,
    ) -> Self:
        """This client with other settings, on the same connection pool (closing either closes the pool).

        >>> quick = client.with_options(timeout=5, retry_total=0)
        >>> quick.account.get()["account"]["status"]
        'active'
        """
        view: Self = object.__new__(type(self))
        settings = _view_settings(self._transport, timeout, retry_total, retry_backoff_factor, retry_backoff_max)
        view._caller = self._caller.view(**settings)  # a raw view's caller stays raw
        view._transport = view._caller.transport
        return view

    @property
    def with_raw_response(self) -> Any:
        """The same client whose every method returns a RawResponse: status, headers, ratelimit, request_id.

        >>> raw = client.with_raw_response.droplets.list(per_page=1)
        >>> raw.status_code, raw.ratelimit.remaining, raw.value["droplets"]  # a new account: no droplets
        (200, 4999, [])

        Typed Any: each method returns a pydo_facade.RawResponse (its `.value` is the usual return).
        """
        from ._raw import RawCaller

        view: Client = object.__new__(type(self))
        view._transport = self._transport
        caller = self._caller
        view._caller = caller if isinstance(caller, RawCaller) else RawCaller(caller)  # type: ignore[assignment]
        return view

    @property
    def ratelimit(self) -> RateLimit | None:
        """The rate limit the last answer reported (requests allowed per hour, left, reset), or None.

        >>> account = client.account.get()
        >>> client.ratelimit.remaining  # of 5000 an hour, after one request
        4999
        """
        from .exceptions import RateLimit

        headers = self._transport._root.last_headers
        return RateLimit.from_headers(headers) if headers is not None else None

    if not TYPE_CHECKING:  # for type checkers, an unknown group stays an error

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            raise AttributeError(_unknown_group(name, SyncGroups))

    def close(self) -> None:
        """Close the connection pool (not a caller's http_client); calls made after it raise ClientClosedError."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(endpoint={self._transport.endpoint!r})"


class AsyncClient(AsyncGroups):
    """The async DigitalOcean API client: `Client` with `await`, and a drop-in for `pydo.aio.Client`.

    >>> import asyncio
    >>> import os
    >>> from pydo_facade import AsyncClient
    >>> async def restart_web() -> str:
    ...     async with AsyncClient(token=os.environ["DIGITALOCEAN_TOKEN"]) as client:
    ...         started = await client.apps.restart("b6bdf840", body={"components": ["web"]})
    ...     return started["deployment"]["phase"]
    >>> asyncio.run(restart_web())
    'PENDING_DEPLOY'

    Takes the same arguments as Client (`http_client` is an httpx.AsyncClient here) and follows the
    same retry policy. With the `pydo-facade[aio]` extra installed, requests go through aiohttp
    (httpx-aiohttp's transport); without it, through httpx's own async transport. Its pool belongs to
    the event loop that opened it: used again under a new asyncio.run(), it opens a new one there.
    Close it with `await client.aclose()` (or pydo.aio's `await client.close()`), or `async with`.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        endpoint: str | None = None,
        timeout: float | httpx.Timeout = C.DEFAULT_TIMEOUT,
        retry_total: int = C.DEFAULT_RETRY_TOTAL,
        retry_backoff_factor: float = C.DEFAULT_RETRY_BACKOFF_FACTOR,
        retry_backoff_max: float = C.DEFAULT_RETRY_BACKOFF_MAX,
        connection_verify: bool | str = True,
        user_agent: str | None = None,
        max_response_bytes: int = C.MAX_RESPONSE_BYTES,
        inference_endpoint: str = C.DEFAULT_INFERENCE_ENDPOINT,
        agent_endpoint: str = "",
        http_client: httpx.AsyncClient | None = None,
        **unsupported: Never,
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
            max_response_bytes=max_response_bytes,
            inference_endpoint=inference_endpoint,
            agent_endpoint=agent_endpoint,
            unsupported=unsupported,
        )
        pools = None
        if http_client is None:
            pools = async_pools(settings.ssl_context(), _proxy_for(settings.endpoint))
        else:
            _check_lent_client(settings.endpoint, http_client)
        self._transport = AsyncTransport(settings, pools=pools, client=http_client)
        self._caller = AsyncCaller(self._transport, settings.endpoints())

    apps: LazyGroup[AsyncAppsOperations] = LazyGroup("pydo_facade.apps", "AsyncAppsOperations")
    """App Platform: every apps operation, plus wait_for_deployment and restart's checks (all awaitable)."""
    actions: LazyGroup[AsyncActionsOperations] = LazyGroup("pydo_facade.groups.actions", "AsyncActionsOperations")
    """Actions: every actions operation, plus wait(action) (all awaitable)."""
    databases: LazyGroup[AsyncDatabasesOperations] = LazyGroup(
        "pydo_facade.groups.databases", "AsyncDatabasesOperations"
    )
    """Databases: every databases operation, plus wait_until_online(uuid) (all awaitable)."""
    droplets: LazyGroup[AsyncDropletsOperations] = LazyGroup("pydo_facade.groups.droplets", "AsyncDropletsOperations")
    """Droplets: every droplets operation, plus wait_until_active(droplet_id) (all awaitable)."""
    kubernetes: LazyGroup[AsyncKubernetesOperations] = LazyGroup(
        "pydo_facade.groups.kubernetes", "AsyncKubernetesOperations"
    )
    """Kubernetes: every kubernetes operation, plus wait_until_running(cluster_id) (all awaitable)."""
    load_balancers: LazyGroup[AsyncLoadBalancersOperations] = LazyGroup(
        "pydo_facade.groups.load_balancers", "AsyncLoadBalancersOperations"
    )
    """Load balancers: every load_balancers operation, plus wait_until_active(lb_id) (all awaitable)."""

    def paginate(
        self,
        method: Callable[..., Any],
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        items_key: str | None = None,
        **kwargs: Any,
    ) -> AsyncPaginator:
        """Every item of a list operation: `async for d in client.paginate(client.droplets.list)` (see Client)."""
        from .pagination import AsyncPaginator

        return AsyncPaginator(method, kwargs, max_items=max_items, max_pages=max_pages, items_key=items_key)

    async def wait_until(
        self,
        method: Callable[..., Any],
        /,
        *args: Any,
        ready: Callable[[Any], object],
        failed: Callable[[Any], object] | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        **kwargs: Any,
    ) -> Any:
        """Await a get operation until ready(answer) is true, and return that answer (see Client.wait_until)."""
        from ._waiting import async_wait_until

        return await async_wait_until(
            method,
            *args,
            ready=ready,
            failed=failed,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            **kwargs,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry_total: int | None = None,
        retry_backoff_factor: float | None = None,
        retry_backoff_max: float | None = None,
    ) -> Self:
        """This client with other settings, on the same connection pools (see Client.with_options)."""
        view: Self = object.__new__(type(self))
        settings = _view_settings(self._transport, timeout, retry_total, retry_backoff_factor, retry_backoff_max)
        view._caller = self._caller.view(**settings)  # a raw view's caller stays raw
        view._transport = view._caller.transport
        return view

    @property
    def with_raw_response(self) -> Any:
        """The same client whose every method returns a RawResponse (see Client.with_raw_response)."""
        from ._raw import AsyncRawCaller

        view: AsyncClient = object.__new__(type(self))
        view._transport = self._transport
        caller = self._caller
        view._caller = caller if isinstance(caller, AsyncRawCaller) else AsyncRawCaller(caller)  # type: ignore[assignment]
        return view

    @property
    def ratelimit(self) -> RateLimit | None:
        """The rate limit the last answer reported, or None (see Client.ratelimit)."""
        from .exceptions import RateLimit

        headers = self._transport._root.last_headers
        return RateLimit.from_headers(headers) if headers is not None else None

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            raise AttributeError(_unknown_group(name, AsyncGroups))

    async def aclose(self) -> None:
        """Close the connection pool (not a caller's http_client); calls made after it raise ClientClosedError."""
        await self._transport.aclose()

    async def close(self) -> None:
        """The same as aclose(), under the name pydo.aio's Client uses (`await client.close()`)."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(endpoint={self._transport.endpoint!r})"
