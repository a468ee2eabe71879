from enum import StrEnum


class CertificateType(StrEnum):
    CUSTOM = "custom"
    LETS_ENCRYPT = "lets_encrypt"

    def __str__(self) -> str:
        return str(self.value)
