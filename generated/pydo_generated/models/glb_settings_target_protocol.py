from enum import StrEnum


class GlbSettingsTargetProtocol(StrEnum):
    HTTP = "http"
    HTTP2 = "http2"
    HTTPS = "https"

    def __str__(self) -> str:
        return str(self.value)
