from enum import StrEnum


class DatabaseUserRole(StrEnum):
    NORMAL = "normal"
    PRIMARY = "primary"

    def __str__(self) -> str:
        return str(self.value)
