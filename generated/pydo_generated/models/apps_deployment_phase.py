from enum import StrEnum


class AppsDeploymentPhase(StrEnum):
    ACTIVE = "ACTIVE"
    BUILDING = "BUILDING"
    CANCELED = "CANCELED"
    DEPLOYING = "DEPLOYING"
    ERROR = "ERROR"
    PENDING_BUILD = "PENDING_BUILD"
    PENDING_DEPLOY = "PENDING_DEPLOY"
    SUPERSEDED = "SUPERSEDED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
