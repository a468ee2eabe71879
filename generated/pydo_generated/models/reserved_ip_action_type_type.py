from enum import StrEnum


class ReservedIpActionTypeType(StrEnum):
    ASSIGN = "assign"
    UNASSIGN = "unassign"

    def __str__(self) -> str:
        return str(self.value)
