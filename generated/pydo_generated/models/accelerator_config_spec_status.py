from enum import StrEnum


class AcceleratorConfigSpecStatus(StrEnum):
    ACTIVE = "active"
    NEW = "new"
    PROVISIONING = "provisioning"

    def __str__(self) -> str:
        return str(self.value)
