from enum import StrEnum


class NfsResponseStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CREATING = "CREATING"
    DELETED = "DELETED"
    FAILED = "FAILED"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
