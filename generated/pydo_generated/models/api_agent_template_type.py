from enum import StrEnum


class ApiAgentTemplateType(StrEnum):
    AGENT_TEMPLATE_TYPE_ONE_CLICK = "AGENT_TEMPLATE_TYPE_ONE_CLICK"
    AGENT_TEMPLATE_TYPE_STANDARD = "AGENT_TEMPLATE_TYPE_STANDARD"

    def __str__(self) -> str:
        return str(self.value)
