from enum import StrEnum


class KafkaTopicState(StrEnum):
    ACTIVE = "active"
    CONFIGURING = "configuring"
    DELETING = "deleting"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
