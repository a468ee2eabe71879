from enum import StrEnum


class KafkaAdvancedConfigLogMessageTimestampType(StrEnum):
    CREATETIME = "CreateTime"
    LOGAPPENDTIME = "LogAppendTime"

    def __str__(self) -> str:
        return str(self.value)
