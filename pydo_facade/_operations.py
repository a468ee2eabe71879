"""The generated operations the facade's own code calls: facade use -> (operationId, "METHOD /path").

Read by openapi/generate.py at `make generate` without importing the facade, so a spec update that
drops, renames or moves one of these fails generation and names what needs it. (The NFS access-point
GET that actions.wait uses for access-point actions is left out: older specs lack it, and without it
only that one kind of wait is unavailable.)
"""

OPERATIONS: dict[str, tuple[str, str]] = {
    "apps.restart": ("apps_restart", "POST /v2/apps/{app_id}/restart"),
    "apps.get_deployment": ("apps_get_deployment", "GET /v2/apps/{app_id}/deployments/{deployment_id}"),
    "actions.wait": ("actions_get", "GET /v2/actions/{action_id}"),
    "droplets.wait_until_active": ("droplets_get", "GET /v2/droplets/{droplet_id}"),
    "databases.wait_until_online": ("databases_get_cluster", "GET /v2/databases/{database_cluster_uuid}"),
    "kubernetes.wait_until_running": ("kubernetes_get_cluster", "GET /v2/kubernetes/clusters/{cluster_id}"),
    "load_balancers.wait_until_active": ("loadBalancers_get", "GET /v2/load_balancers/{lb_id}"),
    "actions.wait (NFS shares)": ("nfs_get", "GET /v2/nfs/{nfs_id}"),
    "actions.wait (NFS snapshots)": ("nfs_get_snapshot", "GET /v2/nfs/snapshots/{nfs_snapshot_id}"),
}
