from enum import StrEnum


class KafkaTopicVerboseState(StrEnum):
    ACTIVE = "active"
    CONFIGURING = "configuring"
    DELETING = "deleting"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
