"""Every tunable default of pydo-facade, in one place."""

from __future__ import annotations

DEFAULT_ENDPOINT = "https://api.digitalocean.com"
ENDPOINT_ENV_VAR = "DIGITALOCEAN_ENDPOINT"
"""Where a client given no endpoint reads one (a fake or a proxy of your own for tests), else DEFAULT_ENDPOINT."""
DEFAULT_INFERENCE_ENDPOINT = "https://inference.do-ai.run"
"""Where the spec's serverless inference operations go (pydo's `inference_endpoint` default)."""
TOKEN_ENV_VARS = ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN")
"""Where a token not given is read from, in order: pydo's name, then doctl's. The first one set to something other
than blank is used as it is (a value with whitespace in it is refused, never trimmed)."""

DEFAULT_TIMEOUT = 120.0
"""Seconds one call may take in all, as pydo documents its `timeout`: connect, send, every read of the
answer, and the retries and their waits. An httpx.Timeout instead bounds each phase separately."""
MAX_SECONDS = 7 * 24 * 3600.0
"""The longest duration any setting accepts (timeouts, waits, poll intervals): one week. Longer values
overflow the operating system's timers, so they are refused at the call instead of failing later."""

DEFAULT_RETRY_TOTAL = 3
DEFAULT_RETRY_BACKOFF_FACTOR = 0.5
"""Backoff before retry n is factor * 2 ** (n - 1) seconds (0.5 s, 1 s, 2 s ...), minus up to 25 % jitter."""
DEFAULT_RETRY_BACKOFF_MAX = 60.0
"""The longest single wait, in seconds; a 429 that asks for longer is raised at once instead."""
BACKOFF_JITTER = 0.25

RETRY_STATUSES_IDEMPOTENT = frozenset({500, 502, 503, 504})
"""Statuses retried for the methods that may be sent twice (see RETRIED_AFTER_SENT)."""
RETRY_STATUS_RATE_LIMITED = 429
RETRIED_AFTER_SENT = frozenset({"GET", "HEAD", "DELETE"})
"""Methods sent again after they may have reached the server (5xx, read timeout, no answer).

GET and HEAD read; a DELETE of a DigitalOcean resource deletes it once however often it is sent.
POST creates or acts (a second droplet, a second restart), PATCH and PUT on DigitalOcean start work
(PUT /v2/apps/{id} deploys, PUT on a Kubernetes cluster or a database resizes): never sent twice."""

MAX_REDIRECTS = 5
ERROR_SNIPPET_MAX = 1000
"""At most this many characters of a non-JSON error body are kept in the exception message."""
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest decoded answer a call accepts (64 MiB; no DigitalOcean answer comes near it); settable per
client as `max_response_bytes`. Past it the call raises ResponseTooLargeError instead of buffering more."""
MAX_ERROR_BODY_BYTES = 1024 * 1024
"""How much of a non-2xx answer's decoded body is read for its error message (the rest is not read)."""
MAX_PATH_PARAMETER = 1024
"""The longest path parameter accepted, in characters (DigitalOcean's names and ids are far shorter)."""

MAX_CONNECTIONS = 32
"""Connections one client keeps open at most, per event loop (500 concurrent tasks share them)."""
KEEPALIVE_EXPIRY = 5.0
"""Seconds an idle kept-alive connection stays in the pool."""

DEFAULT_WAIT_TIMEOUT = 1800.0
"""Seconds wait_for_deployment waits for a deployment to become ACTIVE."""
DEFAULT_POLL_INTERVAL = 5.0
RATELIMIT_LOW_REMAINING = 50
"""Below this many requests left in the hourly window, polls slow down to spread what is left."""
