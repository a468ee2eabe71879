from enum import StrEnum


class VpcnatgatewaysListState(StrEnum):
    ACTIVE = "active"
    DELETING = "deleting"
    ERROR = "error"
    INVALID = "invalid"
    NEW = "new"
    PROVISIONING = "provisioning"

    def __str__(self) -> str:
        return str(self.value)
