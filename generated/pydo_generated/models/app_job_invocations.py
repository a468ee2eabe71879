from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_job_invocation import AppJobInvocation
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="AppJobInvocations")


@_attrs_define
class AppJobInvocations:
    """
    Attributes:
        links (PageLinks | Unset):
        job_invocations (list[AppJobInvocation] | Unset):
    """

    links: PageLinks | Unset = UNSET
    job_invocations: list[AppJobInvocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        job_invocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_invocations, Unset):
            job_invocations = []
            for job_invocations_item_data in self.job_invocations:
                job_invocations_item = job_invocations_item_data.to_dict()
                job_invocations.append(job_invocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if job_invocations is not UNSET:
            field_dict["job_invocations"] = job_invocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_job_invocation import AppJobInvocation
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _job_invocations = d.pop("job_invocations", UNSET)
        job_invocations: list[AppJobInvocation] | Unset = UNSET
        if _job_invocations is not UNSET:
            job_invocations = []
            for job_invocations_item_data in _job_invocations:
                job_invocations_item = AppJobInvocation.from_dict(
                    job_invocations_item_data
                )

                job_invocations.append(job_invocations_item)

        app_job_invocations = cls(
            links=links,
            job_invocations=job_invocations,
        )

        app_job_invocations.additional_properties = d
        return app_job_invocations

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
