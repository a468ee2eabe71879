from enum import StrEnum


class AppsGetLogsActiveDeploymentAggregateType(StrEnum):
    AUTOSCALE_EVENT = "AUTOSCALE_EVENT"
    BUILD = "BUILD"
    DEPLOY = "DEPLOY"
    RUN = "RUN"
    RUN_RESTARTED = "RUN_RESTARTED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
