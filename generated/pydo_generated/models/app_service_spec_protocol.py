from enum import StrEnum


class AppServiceSpecProtocol(StrEnum):
    HTTP = "HTTP"
    HTTP2 = "HTTP2"

    def __str__(self) -> str:
        return str(self.value)
