from enum import StrEnum


class NfsActionType(StrEnum):
    ATTACH = "attach"
    DETACH = "detach"
    REASSIGN = "reassign"
    RESIZE = "resize"
    SNAPSHOT = "snapshot"
    SWITCH_PERFORMANCE_TIER = "switch_performance_tier"

    def __str__(self) -> str:
        return str(self.value)
