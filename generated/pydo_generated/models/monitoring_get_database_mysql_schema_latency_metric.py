from enum import StrEnum


class MonitoringGetDatabaseMysqlSchemaLatencyMetric(StrEnum):
    DELETE = "delete"
    FETCH = "fetch"
    INSERT = "insert"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
