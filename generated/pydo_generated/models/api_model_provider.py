from enum import StrEnum


class ApiModelProvider(StrEnum):
    MODEL_PROVIDER_ANTHROPIC = "MODEL_PROVIDER_ANTHROPIC"
    MODEL_PROVIDER_DIGITALOCEAN = "MODEL_PROVIDER_DIGITALOCEAN"
    MODEL_PROVIDER_OPENAI = "MODEL_PROVIDER_OPENAI"

    def __str__(self) -> str:
        return str(self.value)
