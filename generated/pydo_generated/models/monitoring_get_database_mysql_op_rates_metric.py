from enum import StrEnum


class MonitoringGetDatabaseMysqlOpRatesMetric(StrEnum):
    DELETE = "delete"
    INSERT = "insert"
    SELECT = "select"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
