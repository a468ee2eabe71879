from enum import StrEnum


class DestinationOmitCredentialsType(StrEnum):
    OPENSEARCH_DBAAS = "opensearch_dbaas"
    OPENSEARCH_EXT = "opensearch_ext"

    def __str__(self) -> str:
        return str(self.value)
