from enum import StrEnum


class BillingHistoryType(StrEnum):
    ACHFAILURE = "ACHFailure"
    ADJUSTMENT = "Adjustment"
    ATTEMPTFAILED = "AttemptFailed"
    CHARGEBACK = "Chargeback"
    CREDIT = "Credit"
    CREDITEXPIRATION = "CreditExpiration"
    INVOICE = "Invoice"
    PAYMENT = "Payment"
    REFUND = "Refund"
    REVERSAL = "Reversal"

    def __str__(self) -> str:
        return str(self.value)
