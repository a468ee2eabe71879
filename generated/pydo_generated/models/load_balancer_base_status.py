from enum import StrEnum


class LoadBalancerBaseStatus(StrEnum):
    ACTIVE = "active"
    ERRORED = "errored"
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
