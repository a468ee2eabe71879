from enum import StrEnum


class ReservedIpv6ActionTypeType(StrEnum):
    ASSIGN = "assign"
    UNASSIGN = "unassign"

    def __str__(self) -> str:
        return str(self.value)
