from enum import StrEnum


class ModelDeploymentSpecModelProvider(StrEnum):
    HUGGING_FACE = "hugging_face"

    def __str__(self) -> str:
        return str(self.value)
