from enum import StrEnum


class PartnerAttachmentWritableRedundancyZone(StrEnum):
    MEGAPORT_BLUE = "MEGAPORT_BLUE"
    MEGAPORT_RED = "MEGAPORT_RED"

    def __str__(self) -> str:
        return str(self.value)
