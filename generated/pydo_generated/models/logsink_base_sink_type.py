from enum import StrEnum


class LogsinkBaseSinkType(StrEnum):
    DATADOG = "datadog"
    ELASTICSEARCH = "elasticsearch"
    OPENSEARCH = "opensearch"
    RSYSLOG = "rsyslog"

    def __str__(self) -> str:
        return str(self.value)
