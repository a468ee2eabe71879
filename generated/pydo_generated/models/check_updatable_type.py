from enum import StrEnum


class CheckUpdatableType(StrEnum):
    HTTP = "http"
    HTTPS = "https"
    PING = "ping"

    def __str__(self) -> str:
        return str(self.value)
