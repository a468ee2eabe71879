from enum import StrEnum


class LogsinkBaseVerboseSinkType(StrEnum):
    ELASTICSEARCH = "elasticsearch"
    OPENSEARCH = "opensearch"
    RSYSLOG = "rsyslog"

    def __str__(self) -> str:
        return str(self.value)
