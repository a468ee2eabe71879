from enum import StrEnum


class OneClicksListType(StrEnum):
    DROPLET = "droplet"
    KUBERNETES = "kubernetes"

    def __str__(self) -> str:
        return str(self.value)
