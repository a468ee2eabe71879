from enum import StrEnum


class MonitoringGetDatabaseMysqlLoadMetric(StrEnum):
    LOAD1 = "load1"
    LOAD15 = "load15"
    LOAD5 = "load5"

    def __str__(self) -> str:
        return str(self.value)
