from enum import StrEnum


class PendingDeploymentSpecStatus(StrEnum):
    PROVISIONING = "provisioning"
    UPDATING = "updating"

    def __str__(self) -> str:
        return str(self.value)
