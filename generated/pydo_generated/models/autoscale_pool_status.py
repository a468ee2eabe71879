from enum import StrEnum


class AutoscalePoolStatus(StrEnum):
    ACTIVE = "active"
    DELETING = "deleting"
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
