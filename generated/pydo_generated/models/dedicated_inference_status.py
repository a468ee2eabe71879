from enum import StrEnum


class DedicatedInferenceStatus(StrEnum):
    ACTIVE = "active"
    DELETING = "deleting"
    ERROR = "error"
    NEW = "new"
    PROVISIONING = "provisioning"
    UPDATING = "updating"

    def __str__(self) -> str:
        return str(self.value)
