from enum import StrEnum


class FirewallRuleType(StrEnum):
    APP = "app"
    DROPLET = "droplet"
    IP_ADDR = "ip_addr"
    K8S = "k8s"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)
