from enum import StrEnum


class AppsImageSourceSpecRegistryType(StrEnum):
    DOCKER_HUB = "DOCKER_HUB"
    DOCR = "DOCR"
    GHCR = "GHCR"

    def __str__(self) -> str:
        return str(self.value)
