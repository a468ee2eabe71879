from enum import StrEnum


class MongoAdvancedConfigDefaultReadConcern(StrEnum):
    AVAILABLE = "available"
    LOCAL = "local"
    MAJORITY = "majority"

    def __str__(self) -> str:
        return str(self.value)
