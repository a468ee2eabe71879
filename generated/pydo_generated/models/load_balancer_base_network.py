from enum import StrEnum


class LoadBalancerBaseNetwork(StrEnum):
    EXTERNAL = "EXTERNAL"
    INTERNAL = "INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
