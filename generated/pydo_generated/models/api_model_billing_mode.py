from enum import StrEnum


class ApiModelBillingMode(StrEnum):
    MODEL_BILLING_MODE_BATCH = "MODEL_BILLING_MODE_BATCH"
    MODEL_BILLING_MODE_INTERACTIVE = "MODEL_BILLING_MODE_INTERACTIVE"
    MODEL_BILLING_MODE_UNSPECIFIED = "MODEL_BILLING_MODE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
