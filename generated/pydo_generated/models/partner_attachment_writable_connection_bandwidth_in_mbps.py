from enum import IntEnum


class PartnerAttachmentWritableConnectionBandwidthInMbps(IntEnum):
    VALUE_1000 = 1000
    VALUE_2000 = 2000
    VALUE_5000 = 5000
    VALUE_10000 = 10000

    def __str__(self) -> str:
        return str(self.value)
