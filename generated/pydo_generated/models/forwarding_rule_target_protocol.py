from enum import StrEnum


class ForwardingRuleTargetProtocol(StrEnum):
    HTTP = "http"
    HTTP2 = "http2"
    HTTPS = "https"
    TCP = "tcp"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
