from enum import StrEnum


class AppEventType(StrEnum):
    AUTOSCALING = "AUTOSCALING"
    DEPLOYMENT = "DEPLOYMENT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
