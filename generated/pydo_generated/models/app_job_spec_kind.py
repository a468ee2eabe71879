from enum import StrEnum


class AppJobSpecKind(StrEnum):
    FAILED_DEPLOY = "FAILED_DEPLOY"
    POST_DEPLOY = "POST_DEPLOY"
    PRE_DEPLOY = "PRE_DEPLOY"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
