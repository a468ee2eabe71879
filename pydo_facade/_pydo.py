"""What pydo 0.44 has that this client spells differently or lacks: its keywords, and its methods beyond the pin.

Used for the messages of TypeError and AttributeError, so that code written for pydo is told what to use
instead, or that its name comes with a newer spec. tests/test_pydo_compatibility.py checks these tables
against pydo 0.44.0 itself.
"""

from __future__ import annotations

PIN = "DigitalOcean's spec at commit 7c1300c (2026-08-07)"
"""The pinned spec, as messages name it (openapi/spec.lock holds the whole pin)."""

_RETRY_POLICY = "the retry policy is Client(retry_total=..., retry_backoff_factor=..., retry_backoff_max=...)"

CLIENT_KEYWORDS: dict[str, str] = {
    "logging_enable": "the client logs each retry at INFO and each request at DEBUG on the 'pydo_facade' logger, "
    "never the token: configure logging instead",
    "logger": "the client logs on the 'pydo_facade' logger: configure that logger instead",
    "http_logging_policy": "the client logs on the 'pydo_facade' logger: configure that logger instead",
    "proxies": "set HTTPS_PROXY (and NO_PROXY) in the environment, or pass http_client=httpx.Client(proxy=...)",
    "transport": "pass http_client=httpx.Client(transport=...) (httpx.AsyncClient for an AsyncClient)",
    "policies": _RETRY_POLICY,
    "per_call_policies": _RETRY_POLICY,
    "per_retry_policies": _RETRY_POLICY,
    "retry_policy": _RETRY_POLICY,
    "retry_mode": "the backoff is exponential: Client(retry_backoff_factor=..., retry_backoff_max=...)",
    "retry_connect": "connections that never reached the server are always retried, up to retry_total",
    "retry_read": "GET, HEAD and DELETE are retried after a read failure, up to retry_total; POST, PUT, PATCH never",
    "retry_status": "429 is retried for every method, 5xx for GET, HEAD and DELETE, up to retry_total",
    "retry_on_status_codes": "the retried statuses are fixed (429; 500, 502, 503, 504 for GET, HEAD, DELETE)",
    "connection_timeout": "Client(timeout=...) bounds the whole call; httpx.Timeout(connect=...) bounds one phase",
    "read_timeout": "Client(timeout=...) bounds the whole call; httpx.Timeout(read=...) bounds one phase",
    "connection_cert": "pass http_client=httpx.Client(cert=...)",
    "connection_data_block_size": "answers are read as they arrive; max_response_bytes= caps their size",
    "api_key": "pass the token as Client(token) or Client(token=...)",
    "credential": "pass the token as Client(token) or Client(token=...)",
    "headers": "pass headers=... to each call",
    "user_agent_policy": "pass Client(user_agent=...)",
    "redirect_policy": "redirects are followed within the endpoint's origin only",
    "agents_endpoint": "not supported by this client (pydo's agents surface is not in the pinned spec)",
    "gateway_endpoint": "not supported by this client (pydo's gateway surface is not in the pinned spec)",
    "gateway_provider": "not supported by this client (pydo's gateway surface is not in the pinned spec)",
}
"""pydo.Client keywords that this Client does not take, with what to use instead."""

CALL_KEYWORDS: dict[str, str] = {
    "cls": "use client.with_raw_response.<group>.<method>(...) for the status and headers (client.ratelimit "
    "holds the last answer's rate limit)",
    "logging_enable": "the client logs each request at DEBUG on the 'pydo_facade' logger: configure logging instead",
    "proxies": "set HTTPS_PROXY in the environment, or pass http_client=httpx.Client(proxy=...) to the Client",
    "transport": "pass http_client=httpx.Client(transport=...) to the Client",
    "params": "pass the query parameters as the method's own keywords",
    "content_type": "a mapping body is sent as application/json; pass bytes with headers={'Content-Type': ...}",
    "error_map": "every non-2xx answer raises the mapped exception (see pydo_facade.exceptions)",
    "stream": "the answer is read whole (and capped by max_response_bytes)",
    "retry_total": "set it on the client: Client(retry_total=...)",
    "retry_backoff_factor": "set it on the client: Client(retry_backoff_factor=...)",
    "retry_backoff_max": "set it on the client: Client(retry_backoff_max=...)",
    "retry_on_methods": "the retried methods are fixed: GET, HEAD, DELETE after a 5xx or read failure",
    "connection_verify": "set it on the client: Client(connection_verify=...)",
    "user_agent": "set it on the client: Client(user_agent=...)",
}
"""Per-call keywords pydo's methods pass on to azure-core that this client does not take, with what to use instead."""

NOT_IN_PIN: dict[str, frozenset[str]] = {
    "actor_limits": frozenset({"delete", "get", "update"}),
    "connections": frozenset({"create", "delete", "get", "list"}),
    "gateway_approvals": frozenset({"update"}),
    "gateway_code": frozenset({"run"}),
    "gateway_session_approvals": frozenset({"update"}),
    "gateway_tools": frozenset({"list", "list_search", "run"}),
    "genai": frozenset(
        {
            "create_duplicate_scenario_set",
            "create_generated_scenario_set",
            "create_scenario_set",
            "create_scenario_set_from_library",
            "create_scenario_set_upload_presigned_urls",
            "create_simulation_run",
            "delete_scenario_set",
            "delete_simulation_run",
            "get_scenario_set",
            "get_scenario_set_download_url",
            "get_simulation_episode",
            "get_simulation_episode_trajectory",
            "get_simulation_episode_trajectory_url",
            "get_simulation_run",
            "list_scenario_library",
            "list_scenario_library_scenarios",
            "list_scenario_sets",
            "list_scenarios",
            "list_simulation_episodes",
            "list_simulation_runs",
            "patch_cancel_simulation_run",
            "update_scenario_set",
            "update_simulation_run",
        }
    ),
    "harness": frozenset(
        {
            "cancel_session_workspace_transfer",
            "cancel_trigger_execution",
            "commit_session_workspace_transfer",
            "create_config",
            "create_config_clone",
            "create_session",
            "create_session_checkpoint",
            "create_session_fork",
            "create_session_input",
            "create_session_workspace_part_upload_urls",
            "create_session_workspace_transfer",
            "create_session_workspace_upload",
            "create_template",
            "create_trigger",
            "delete_config",
            "delete_session",
            "delete_session_checkpoint",
            "delete_template",
            "delete_trigger",
            "get_config",
            "get_session",
            "get_session_checkpoint",
            "get_session_events",
            "get_session_ingress",
            "get_session_port_forward",
            "get_session_workspace_download",
            "get_session_workspace_transfer",
            "get_template",
            "get_template_build",
            "get_trigger",
            "get_trigger_by_session",
            "get_trigger_execution",
            "list_config_sessions",
            "list_configs",
            "list_reusable_sessions",
            "list_session_checkpoints",
            "list_session_sandbox_sizes",
            "list_sessions",
            "list_template_builds",
            "list_templates",
            "list_trigger_executions",
            "list_triggers",
            "list_webhook_providers",
            "post_session_hitl",
            "post_session_pause",
            "post_session_resume",
            "post_session_sandbox_exec",
            "post_trigger_rotate_secret",
            "post_trigger_webhook",
            "revert_session_checkpoint",
            "update_session",
            "update_template",
            "update_trigger",
            "validate_session_policy",
        }
    ),
    "images": frozenset({"generate"}),
    "inference": frozenset({"create_systemone"}),
    "insights": frozenset(
        {
            "create_alert_rule",
            "create_notification_channel",
            "delete_alert_rule",
            "delete_notification_channel",
            "get_alert_instance",
            "get_alert_rule",
            "get_notification_channel",
            "get_prom_label_values",
            "get_prom_labels",
            "get_prom_query",
            "get_prom_query_range",
            "get_prom_series",
            "get_trace",
            "list_alert_instances",
            "list_alert_rules",
            "list_notification_channels",
            "post_logs_search",
            "post_prom_labels",
            "post_prom_query",
            "post_prom_query_range",
            "post_prom_series",
            "post_spans_search",
            "post_traces_search",
            "update_alert_rule",
            "update_notification_channel",
        }
    ),
    "mcp_servers": frozenset({"create", "delete", "get", "list", "list_tools", "patch", "run_resync", "update_tools"}),
    "microvm_checkpoints": frozenset({"create", "delete", "get", "list"}),
    "microvms": frozenset(
        {"create", "delete", "get", "get_console", "get_options", "list", "post_pause", "post_resume", "run_command"}
    ),
    "output_views": frozenset({"create", "delete", "get", "list", "validate"}),
    "prepayment_config": frozenset({"get"}),
    "prepayment_status": frozenset({"get"}),
    "sessions": frozenset({"create", "delete", "list", "list_search"}),
    "signals": frozenset(
        {
            "create_deletion",
            "create_export",
            "get_consent",
            "get_deletion",
            "get_export",
            "get_export_download",
            "get_export_options",
            "list_agent_sessions",
            "list_consents",
            "list_deletions",
            "list_exports",
            "list_session_dialogues",
            "update_consent",
            "update_team_consent",
        }
    ),
    "toolbelts": frozenset(
        {
            "add_tools",
            "create",
            "delete",
            "delete_tools",
            "get",
            "list",
            "list_provider_tools",
            "list_providers",
            "list_search",
        }
    ),
    "tools": frozenset(
        {
            "get_health",
            "list",
            "list_health",
            "list_health_providers",
            "list_providers",
            "list_search",
            "list_search_providers",
            "list_toolkits",
        }
    ),
    "users": frozenset({"get", "list"}),
    "vpc_routes": frozenset({"list"}),
    "vpc_subnet_routes": frozenset({"create", "delete", "list", "update"}),
    "vpc_subnets": frozenset({"create", "delete", "get", "list", "list_members", "update"}),
}
"""pydo 0.44 methods (group -> names) generated from a newer spec than the pin: not here until the pin moves."""

PARAMETERS_NOT_IN_PIN: dict[str, frozenset[str]] = {
    "genai.list_evaluation_datasets": frozenset({"dataset_paradigm", "has_ground_truth"}),
    "genai.list_model_catalog": frozenset(
        {
            "availability",
            "badges",
            "model_type",
            "per_page",
            "provider",
            "search",
            "sort_by",
            "sort_direction",
            "use_case",
        }
    ),
}
"""Keywords pydo 0.44 has, from a newer spec, on methods ("<group>.<method>") of the pin: taken once the pin moves."""


NEWER_SPEC = f"pydo 0.44 has it from a newer spec than this client's pin ({PIN}); it comes with the next spec update"
"""What is said of a name pydo 0.44 has only from a newer spec (a group, a method or a keyword)."""


def newer_parameter(operation: str, keyword: str) -> str:
    """The advice for a keyword pydo 0.44 has on this operation from a newer spec, or ""."""
    return f": {NEWER_SPEC}" if keyword in PARAMETERS_NOT_IN_PIN.get(operation, frozenset()) else ""


def absent(missing: str, name: str, known: list[str], plural: str, *, newer: bool) -> str:
    """The AttributeError message for `name`, which the client lacks: from a newer spec, or did you mean.

    `missing` says what has no `name` ("client.droplets has no operation"), `plural` what `known` are.

    >>> absent("client.droplets has no operation", "lst", ["get", "list"], "operations", newer=False)
    "client.droplets has no operation 'lst'; did you mean list? (its operations: get, list)"
    """
    if newer:
        return f"{missing} {name!r}: {NEWER_SPEC}"
    import difflib

    close = difflib.get_close_matches(name, known, n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return f"{missing} {name!r}{hint} (its {plural}: {', '.join(known)})"


def replacement(table: dict[str, str], keyword: str) -> str:
    """The advice for a pydo keyword this client does not take, or "" for a keyword pydo does not have either."""
    advice = table.get(keyword)
    return f": {advice}" if advice else ""
