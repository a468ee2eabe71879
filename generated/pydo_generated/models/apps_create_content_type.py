from enum import StrEnum


class AppsCreateContentType(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONYAML = "application/yaml"

    def __str__(self) -> str:
        return str(self.value)
