from enum import StrEnum


class OpensearchIndexStatus(StrEnum):
    CLOSE = "close"
    NONE = "none"
    OPEN = "open"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
