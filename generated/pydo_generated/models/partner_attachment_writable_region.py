from enum import StrEnum


class PartnerAttachmentWritableRegion(StrEnum):
    AMS = "ams"
    FRA = "fra"
    NYC = "nyc"
    SFO = "sfo"
    SGP = "sgp"

    def __str__(self) -> str:
        return str(self.value)
