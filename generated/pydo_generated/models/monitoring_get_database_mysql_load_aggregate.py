from enum import StrEnum


class MonitoringGetDatabaseMysqlLoadAggregate(StrEnum):
    AVG = "avg"
    MAX = "max"

    def __str__(self) -> str:
        return str(self.value)
