from enum import StrEnum


class LoadBalancerBaseAlgorithm(StrEnum):
    LEAST_CONNECTIONS = "least_connections"
    ROUND_ROBIN = "round_robin"

    def __str__(self) -> str:
        return str(self.value)
