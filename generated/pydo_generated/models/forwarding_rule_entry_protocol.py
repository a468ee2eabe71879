from enum import StrEnum


class ForwardingRuleEntryProtocol(StrEnum):
    HTTP = "http"
    HTTP2 = "http2"
    HTTP3 = "http3"
    HTTPS = "https"
    TCP = "tcp"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
