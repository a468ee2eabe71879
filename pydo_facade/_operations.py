"""The generated operations the facade calls: facade method -> (operationId, "METHOD /path").

Read by openapi/generate.py at `make generate` without importing the facade, so a spec
update that drops, renames or moves one of these fails generation and names the facade method.
"""

OPERATIONS: dict[str, tuple[str, str]] = {
    "apps.restart": ("apps_restart", "POST /v2/apps/{app_id}/restart"),
    "apps.get_deployment": ("apps_get_deployment", "GET /v2/apps/{app_id}/deployments/{deployment_id}"),
}
