from enum import StrEnum


class TheAppEgressType(StrEnum):
    AUTOASSIGN = "AUTOASSIGN"
    DEDICATED_IP = "DEDICATED_IP"

    def __str__(self) -> str:
        return str(self.value)
