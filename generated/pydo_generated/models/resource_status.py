from enum import StrEnum


class ResourceStatus(StrEnum):
    ALREADY_ASSIGNED = "already_assigned"
    ASSIGNED = "assigned"
    NOT_FOUND = "not_found"
    OK = "ok"
    SERVICE_DOWN = "service_down"

    def __str__(self) -> str:
        return str(self.value)
