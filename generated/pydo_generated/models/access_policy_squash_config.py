from enum import StrEnum


class AccessPolicySquashConfig(StrEnum):
    ALL_SQUASH = "ALL_SQUASH"
    NO_SQUASH = "NO_SQUASH"
    ROOT_SQUASH = "ROOT_SQUASH"

    def __str__(self) -> str:
        return str(self.value)
