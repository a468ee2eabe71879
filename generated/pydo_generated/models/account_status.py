from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
