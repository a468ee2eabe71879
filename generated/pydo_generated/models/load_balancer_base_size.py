from enum import StrEnum


class LoadBalancerBaseSize(StrEnum):
    LB_LARGE = "lb-large"
    LB_MEDIUM = "lb-medium"
    LB_SMALL = "lb-small"

    def __str__(self) -> str:
        return str(self.value)
