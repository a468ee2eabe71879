from enum import StrEnum


class HealthCheckProtocol(StrEnum):
    HTTP = "http"
    HTTPS = "https"
    TCP = "tcp"

    def __str__(self) -> str:
        return str(self.value)
