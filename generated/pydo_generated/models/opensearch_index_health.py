from enum import StrEnum


class OpensearchIndexHealth(StrEnum):
    GREEN = "green"
    RED = "red*"
    UNKNOWN = "unknown"
    YELLOW = "yellow"

    def __str__(self) -> str:
        return str(self.value)
