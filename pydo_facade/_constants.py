"""Every tunable default of pydo-facade, in one place."""

from __future__ import annotations

DEFAULT_ENDPOINT = "https://api.digitalocean.com"
TOKEN_ENV_VAR = "DIGITALOCEAN_TOKEN"

DEFAULT_TIMEOUT = 120.0
"""Seconds for each phase of a request (connect, TLS handshake, write, read), as httpx counts them."""

DEFAULT_RETRY_TOTAL = 3
DEFAULT_RETRY_BACKOFF_FACTOR = 0.5
"""Backoff before retry n is factor * 2 ** (n - 1) seconds (0.5 s, 1 s, 2 s ...), minus up to 25 % jitter."""
DEFAULT_RETRY_BACKOFF_MAX = 60.0
"""The longest single wait, in seconds; a 429 that asks for longer is raised at once instead."""
BACKOFF_JITTER = 0.25

RETRY_STATUSES_IDEMPOTENT = frozenset({500, 502, 503, 504})
"""Statuses retried for GET only: a POST that reached the server is never sent twice."""
RETRY_STATUS_RATE_LIMITED = 429

MAX_REDIRECTS = 5
ERROR_SNIPPET_MAX = 1000
"""At most this many characters of a non-JSON error body are kept in the exception message."""

DEFAULT_WAIT_TIMEOUT = 1800.0
"""Seconds wait_for_deployment waits for a deployment to become ACTIVE."""
DEFAULT_POLL_INTERVAL = 5.0
RATELIMIT_LOW_REMAINING = 50
"""Below this many requests left in the hourly window, polls slow down to spread what is left."""
