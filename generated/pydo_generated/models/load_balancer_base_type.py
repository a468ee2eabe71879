from enum import StrEnum


class LoadBalancerBaseType(StrEnum):
    GLOBAL = "GLOBAL"
    REGIONAL = "REGIONAL"
    REGIONAL_NETWORK = "REGIONAL_NETWORK"

    def __str__(self) -> str:
        return str(self.value)
