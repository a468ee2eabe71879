from enum import StrEnum


class KafkaAdvancedConfigLogCleanupPolicy(StrEnum):
    COMPACT = "compact"
    COMPACTDELETE = "compact,delete"
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
