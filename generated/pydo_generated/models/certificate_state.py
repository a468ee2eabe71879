from enum import StrEnum


class CertificateState(StrEnum):
    ERROR = "error"
    PENDING = "pending"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
