from enum import StrEnum


class LoadBalancerBaseTlsCipherPolicy(StrEnum):
    DEFAULT = "DEFAULT"
    STRONG = "STRONG"

    def __str__(self) -> str:
        return str(self.value)
