from enum import StrEnum


class VpcPeeringBaseStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    PROVISIONING = "PROVISIONING"

    def __str__(self) -> str:
        return str(self.value)
