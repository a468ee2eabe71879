from enum import StrEnum


class AppsDomainPhase(StrEnum):
    ACTIVE = "ACTIVE"
    CONFIGURING = "CONFIGURING"
    ERROR = "ERROR"
    PENDING = "PENDING"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
