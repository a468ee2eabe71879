from enum import StrEnum


class AlertPolicyRequestType(StrEnum):
    V1DBAASALERTSCPU_ALERTS = "v1/dbaas/alerts/cpu_alerts"
    V1DBAASALERTSDISK_UTILIZATION_ALERTS = "v1/dbaas/alerts/disk_utilization_alerts"
    V1DBAASALERTSLOAD_15_ALERTS = "v1/dbaas/alerts/load_15_alerts"
    V1DBAASALERTSMEMORY_UTILIZATION_ALERTS = "v1/dbaas/alerts/memory_utilization_alerts"
    V1DROPLETAUTOSCALE_ALERTSCURRENT_CPU_UTILIZATION = (
        "v1/droplet/autoscale_alerts/current_cpu_utilization"
    )
    V1DROPLETAUTOSCALE_ALERTSCURRENT_INSTANCES = (
        "v1/droplet/autoscale_alerts/current_instances"
    )
    V1DROPLETAUTOSCALE_ALERTSCURRENT_MEMORY_UTILIZATION = (
        "v1/droplet/autoscale_alerts/current_memory_utilization"
    )
    V1DROPLETAUTOSCALE_ALERTSSCALE_DOWN = "v1/droplet/autoscale_alerts/scale_down"
    V1DROPLETAUTOSCALE_ALERTSSCALE_UP = "v1/droplet/autoscale_alerts/scale_up"
    V1DROPLETAUTOSCALE_ALERTSTARGET_CPU_UTILIZATION = (
        "v1/droplet/autoscale_alerts/target_cpu_utilization"
    )
    V1DROPLETAUTOSCALE_ALERTSTARGET_INSTANCES = (
        "v1/droplet/autoscale_alerts/target_instances"
    )
    V1DROPLETAUTOSCALE_ALERTSTARGET_MEMORY_UTILIZATION = (
        "v1/droplet/autoscale_alerts/target_memory_utilization"
    )
    V1INSIGHTSDROPLETCPU = "v1/insights/droplet/cpu"
    V1INSIGHTSDROPLETDISK_READ = "v1/insights/droplet/disk_read"
    V1INSIGHTSDROPLETDISK_UTILIZATION_PERCENT = (
        "v1/insights/droplet/disk_utilization_percent"
    )
    V1INSIGHTSDROPLETDISK_WRITE = "v1/insights/droplet/disk_write"
    V1INSIGHTSDROPLETLOAD_1 = "v1/insights/droplet/load_1"
    V1INSIGHTSDROPLETLOAD_15 = "v1/insights/droplet/load_15"
    V1INSIGHTSDROPLETLOAD_5 = "v1/insights/droplet/load_5"
    V1INSIGHTSDROPLETMEMORY_UTILIZATION_PERCENT = (
        "v1/insights/droplet/memory_utilization_percent"
    )
    V1INSIGHTSDROPLETPRIVATE_INBOUND_BANDWIDTH = (
        "v1/insights/droplet/private_inbound_bandwidth"
    )
    V1INSIGHTSDROPLETPRIVATE_OUTBOUND_BANDWIDTH = (
        "v1/insights/droplet/private_outbound_bandwidth"
    )
    V1INSIGHTSDROPLETPUBLIC_INBOUND_BANDWIDTH = (
        "v1/insights/droplet/public_inbound_bandwidth"
    )
    V1INSIGHTSDROPLETPUBLIC_OUTBOUND_BANDWIDTH = (
        "v1/insights/droplet/public_outbound_bandwidth"
    )
    V1INSIGHTSLBAASAVG_CPU_UTILIZATION_PERCENT = (
        "v1/insights/lbaas/avg_cpu_utilization_percent"
    )
    V1INSIGHTSLBAASCONNECTION_UTILIZATION_PERCENT = (
        "v1/insights/lbaas/connection_utilization_percent"
    )
    V1INSIGHTSLBAASDROPLET_HEALTH = "v1/insights/lbaas/droplet_health"
    V1INSIGHTSLBAASHIGH_HTTP_REQUEST_RESPONSE_TIME = (
        "v1/insights/lbaas/high_http_request_response_time"
    )
    V1INSIGHTSLBAASHIGH_HTTP_REQUEST_RESPONSE_TIME_50P = (
        "v1/insights/lbaas/high_http_request_response_time_50p"
    )
    V1INSIGHTSLBAASHIGH_HTTP_REQUEST_RESPONSE_TIME_95P = (
        "v1/insights/lbaas/high_http_request_response_time_95p"
    )
    V1INSIGHTSLBAASHIGH_HTTP_REQUEST_RESPONSE_TIME_99P = (
        "v1/insights/lbaas/high_http_request_response_time_99p"
    )
    V1INSIGHTSLBAASINCREASE_IN_HTTP_ERROR_RATE_COUNT_4XX = (
        "v1/insights/lbaas/increase_in_http_error_rate_count_4xx"
    )
    V1INSIGHTSLBAASINCREASE_IN_HTTP_ERROR_RATE_COUNT_5XX = (
        "v1/insights/lbaas/increase_in_http_error_rate_count_5xx"
    )
    V1INSIGHTSLBAASINCREASE_IN_HTTP_ERROR_RATE_PERCENTAGE_4XX = (
        "v1/insights/lbaas/increase_in_http_error_rate_percentage_4xx"
    )
    V1INSIGHTSLBAASINCREASE_IN_HTTP_ERROR_RATE_PERCENTAGE_5XX = (
        "v1/insights/lbaas/increase_in_http_error_rate_percentage_5xx"
    )
    V1INSIGHTSLBAASTLS_CONNECTIONS_PER_SECOND_UTILIZATION_PERCENT = (
        "v1/insights/lbaas/tls_connections_per_second_utilization_percent"
    )

    def __str__(self) -> str:
        return str(self.value)
