from enum import StrEnum


class FirewallRuleBaseProtocol(StrEnum):
    ICMP = "icmp"
    TCP = "tcp"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
