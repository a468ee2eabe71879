from enum import StrEnum


class AppComponentHealthState(StrEnum):
    HEALTHY = "HEALTHY"
    UNHEALTHY = "UNHEALTHY"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
