from enum import StrEnum


class ClusterAutoscalerConfigurationType0ExpandersItem(StrEnum):
    LEAST_WASTE = "least_waste"
    PRIORITY = "priority"
    RANDOM = "random"

    def __str__(self) -> str:
        return str(self.value)
