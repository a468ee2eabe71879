from enum import StrEnum


class MemberStatus(StrEnum):
    ACTIVE = "active"
    DELETING = "deleting"
    OFF = "off"
    PROVISIONING = "provisioning"

    def __str__(self) -> str:
        return str(self.value)
