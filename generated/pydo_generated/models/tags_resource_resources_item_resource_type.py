from enum import StrEnum


class TagsResourceResourcesItemResourceType(StrEnum):
    DROPLET = "droplet"
    IMAGE = "image"
    VOLUME = "volume"
    VOLUME_SNAPSHOT = "volume_snapshot"

    def __str__(self) -> str:
        return str(self.value)
