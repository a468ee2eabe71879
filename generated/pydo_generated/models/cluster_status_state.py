from enum import StrEnum


class ClusterStatusState(StrEnum):
    DEGRADED = "degraded"
    DELETED = "deleted"
    DELETING = "deleting"
    ERROR = "error"
    PROVISIONING = "provisioning"
    RUNNING = "running"
    UPGRADING = "upgrading"

    def __str__(self) -> str:
        return str(self.value)
