from enum import StrEnum


class AddonsResourceState(StrEnum):
    DEPROVISIONED = "deprovisioned"
    DEPROVISIONING = "deprovisioning"
    DEPROVISIONING_FAILED = "deprovisioning-failed"
    PENDING = "pending"
    PROVISIONED = "provisioned"
    PROVISIONING = "provisioning"
    PROVISIONING_FAILED = "provisioning-failed"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
