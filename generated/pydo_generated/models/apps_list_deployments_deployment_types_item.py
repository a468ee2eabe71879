from enum import StrEnum


class AppsListDeploymentsDeploymentTypesItem(StrEnum):
    AUTOSCALED = "AUTOSCALED"
    AUTO_ROLLBACK = "AUTO_ROLLBACK"
    DEPLOY_ON_PUSH = "DEPLOY_ON_PUSH"
    MAINTENANCE = "MAINTENANCE"
    MANUAL = "MANUAL"
    MANUAL_ROLLBACK = "MANUAL_ROLLBACK"
    UPDATE_DATABASE_TRUSTED_SOURCES = "UPDATE_DATABASE_TRUSTED_SOURCES"

    def __str__(self) -> str:
        return str(self.value)
