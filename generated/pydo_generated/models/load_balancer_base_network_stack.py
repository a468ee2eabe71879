from enum import StrEnum


class LoadBalancerBaseNetworkStack(StrEnum):
    DUALSTACK = "DUALSTACK"
    IPV4 = "IPV4"

    def __str__(self) -> str:
        return str(self.value)
