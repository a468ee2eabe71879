from enum import StrEnum


class KafkaTopicConfigCleanupPolicy(StrEnum):
    COMPACT = "compact"
    COMPACT_DELETE = "compact_delete"
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
