from enum import StrEnum


class EventsLogsEventType(StrEnum):
    CLUSTER_CREATE = "cluster_create"
    CLUSTER_DELETE = "cluster_delete"
    CLUSTER_MAINTENANCE_PERFORM = "cluster_maintenance_perform"
    CLUSTER_MASTER_PROMOTION = "cluster_master_promotion"
    CLUSTER_POWEROFF = "cluster_poweroff"
    CLUSTER_POWERON = "cluster_poweron"
    CLUSTER_UPDATE = "cluster_update"

    def __str__(self) -> str:
        return str(self.value)
