from enum import StrEnum


class ImageStatus(StrEnum):
    AVAILABLE = "available"
    DELETED = "deleted"
    NEW = "NEW"
    PENDING = "pending"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
