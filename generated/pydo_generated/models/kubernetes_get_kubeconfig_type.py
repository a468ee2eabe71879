from enum import StrEnum


class KubernetesGetKubeconfigType(StrEnum):
    SSO = "sso"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
