from enum import StrEnum


class KafkaTopicConfigMessageTimestampType(StrEnum):
    CREATE_TIME = "create_time"
    LOG_APPEND_TIME = "log_append_time"

    def __str__(self) -> str:
        return str(self.value)
