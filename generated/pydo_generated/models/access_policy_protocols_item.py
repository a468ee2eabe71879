from enum import StrEnum


class AccessPolicyProtocolsItem(StrEnum):
    NFS = "NFS"
    NFS4 = "NFS4"

    def __str__(self) -> str:
        return str(self.value)
