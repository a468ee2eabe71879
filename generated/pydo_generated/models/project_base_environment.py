from enum import StrEnum


class ProjectBaseEnvironment(StrEnum):
    DEVELOPMENT = "Development"
    PRODUCTION = "Production"
    STAGING = "Staging"

    def __str__(self) -> str:
        return str(self.value)
