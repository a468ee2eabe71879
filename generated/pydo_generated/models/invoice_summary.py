from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_summary_credits_and_adjustments import (
        InvoiceSummaryCreditsAndAdjustments,
    )
    from ..models.invoice_summary_overages import InvoiceSummaryOverages
    from ..models.invoice_summary_product_charges import InvoiceSummaryProductCharges
    from ..models.invoice_summary_taxes import InvoiceSummaryTaxes
    from ..models.invoice_summary_user_billing_address import (
        InvoiceSummaryUserBillingAddress,
    )


T = TypeVar("T", bound="InvoiceSummary")


@_attrs_define
class InvoiceSummary:
    """
    Attributes:
        invoice_uuid (str | Unset): UUID of the invoice Example: 22737513-0ea7-4206-8ceb-98a575af7681.
        invoice_id (str | Unset): ID of the invoice Example: 123456789.
        billing_period (str | Unset): Billing period of usage for which the invoice is issued, in `YYYY-MM`  format.
            Example: 2020-01.
        amount (str | Unset): Total amount of the invoice, in USD.  This will reflect month-to-date usage in the invoice
            preview. Example: 27.13.
        user_name (str | Unset): Name of the DigitalOcean customer being invoiced. Example: Sammy Shark.
        user_billing_address (InvoiceSummaryUserBillingAddress | Unset):
        user_company (str | Unset): Company of the DigitalOcean customer being invoiced, if set. Example: DigitalOcean.
        user_email (str | Unset): Email of the DigitalOcean customer being invoiced. Example: sammy@digitalocean.com.
        product_charges (InvoiceSummaryProductCharges | Unset):
        overages (InvoiceSummaryOverages | Unset):
        taxes (InvoiceSummaryTaxes | Unset):
        credits_and_adjustments (InvoiceSummaryCreditsAndAdjustments | Unset):
    """

    invoice_uuid: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    billing_period: str | Unset = UNSET
    amount: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_billing_address: InvoiceSummaryUserBillingAddress | Unset = UNSET
    user_company: str | Unset = UNSET
    user_email: str | Unset = UNSET
    product_charges: InvoiceSummaryProductCharges | Unset = UNSET
    overages: InvoiceSummaryOverages | Unset = UNSET
    taxes: InvoiceSummaryTaxes | Unset = UNSET
    credits_and_adjustments: InvoiceSummaryCreditsAndAdjustments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_uuid = self.invoice_uuid

        invoice_id = self.invoice_id

        billing_period = self.billing_period

        amount = self.amount

        user_name = self.user_name

        user_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_billing_address, Unset):
            user_billing_address = self.user_billing_address.to_dict()

        user_company = self.user_company

        user_email = self.user_email

        product_charges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_charges, Unset):
            product_charges = self.product_charges.to_dict()

        overages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overages, Unset):
            overages = self.overages.to_dict()

        taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes.to_dict()

        credits_and_adjustments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_and_adjustments, Unset):
            credits_and_adjustments = self.credits_and_adjustments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_uuid is not UNSET:
            field_dict["invoice_uuid"] = invoice_uuid
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if amount is not UNSET:
            field_dict["amount"] = amount
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_billing_address is not UNSET:
            field_dict["user_billing_address"] = user_billing_address
        if user_company is not UNSET:
            field_dict["user_company"] = user_company
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if product_charges is not UNSET:
            field_dict["product_charges"] = product_charges
        if overages is not UNSET:
            field_dict["overages"] = overages
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if credits_and_adjustments is not UNSET:
            field_dict["credits_and_adjustments"] = credits_and_adjustments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_summary_credits_and_adjustments import (
            InvoiceSummaryCreditsAndAdjustments,
        )
        from ..models.invoice_summary_overages import InvoiceSummaryOverages
        from ..models.invoice_summary_product_charges import (
            InvoiceSummaryProductCharges,
        )
        from ..models.invoice_summary_taxes import InvoiceSummaryTaxes
        from ..models.invoice_summary_user_billing_address import (
            InvoiceSummaryUserBillingAddress,
        )

        d = dict(src_dict)
        invoice_uuid = d.pop("invoice_uuid", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        billing_period = d.pop("billing_period", UNSET)

        amount = d.pop("amount", UNSET)

        user_name = d.pop("user_name", UNSET)

        _user_billing_address = d.pop("user_billing_address", UNSET)
        user_billing_address: InvoiceSummaryUserBillingAddress | Unset
        if isinstance(_user_billing_address, Unset):
            user_billing_address = UNSET
        else:
            user_billing_address = InvoiceSummaryUserBillingAddress.from_dict(
                _user_billing_address
            )

        user_company = d.pop("user_company", UNSET)

        user_email = d.pop("user_email", UNSET)

        _product_charges = d.pop("product_charges", UNSET)
        product_charges: InvoiceSummaryProductCharges | Unset
        if isinstance(_product_charges, Unset):
            product_charges = UNSET
        else:
            product_charges = InvoiceSummaryProductCharges.from_dict(_product_charges)

        _overages = d.pop("overages", UNSET)
        overages: InvoiceSummaryOverages | Unset
        if isinstance(_overages, Unset):
            overages = UNSET
        else:
            overages = InvoiceSummaryOverages.from_dict(_overages)

        _taxes = d.pop("taxes", UNSET)
        taxes: InvoiceSummaryTaxes | Unset
        if isinstance(_taxes, Unset):
            taxes = UNSET
        else:
            taxes = InvoiceSummaryTaxes.from_dict(_taxes)

        _credits_and_adjustments = d.pop("credits_and_adjustments", UNSET)
        credits_and_adjustments: InvoiceSummaryCreditsAndAdjustments | Unset
        if isinstance(_credits_and_adjustments, Unset):
            credits_and_adjustments = UNSET
        else:
            credits_and_adjustments = InvoiceSummaryCreditsAndAdjustments.from_dict(
                _credits_and_adjustments
            )

        invoice_summary = cls(
            invoice_uuid=invoice_uuid,
            invoice_id=invoice_id,
            billing_period=billing_period,
            amount=amount,
            user_name=user_name,
            user_billing_address=user_billing_address,
            user_company=user_company,
            user_email=user_email,
            product_charges=product_charges,
            overages=overages,
            taxes=taxes,
            credits_and_adjustments=credits_and_adjustments,
        )

        invoice_summary.additional_properties = d
        return invoice_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
