from enum import StrEnum


class TheStatusOfTheDedicatedEgressIP(StrEnum):
    ASSIGNED = "ASSIGNED"
    ASSIGNING = "ASSIGNING"
    REMOVED = "REMOVED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
