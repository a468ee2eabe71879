from enum import StrEnum


class NodeStatusState(StrEnum):
    DELETING = "deleting"
    DRAINING = "draining"
    PROVISIONING = "provisioning"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
