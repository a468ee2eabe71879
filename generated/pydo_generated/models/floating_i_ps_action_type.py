from enum import StrEnum


class FloatingIPsActionType(StrEnum):
    ASSIGN = "assign"
    UNASSIGN = "unassign"

    def __str__(self) -> str:
        return str(self.value)
