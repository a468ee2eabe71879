from enum import StrEnum


class AlertUpdatableType(StrEnum):
    DOWN = "down"
    DOWN_GLOBAL = "down_global"
    LATENCY = "latency"
    SSL_EXPIRY = "ssl_expiry"

    def __str__(self) -> str:
        return str(self.value)
