from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent import ApiAgent
    from ..models.api_evaluation_test_case import ApiEvaluationTestCase


T = TypeVar("T", bound="ApiWorkspace")


@_attrs_define
class ApiWorkspace:
    """
    Attributes:
        agents (list[ApiAgent] | Unset): Agents
        created_at (datetime.datetime | Unset): Creation date Example: 2023-01-01T00:00:00Z.
        created_by (str | Unset): The id of user who created this workspace Example: 12345.
        created_by_email (str | Unset): The email of the user who created this workspace Example: example@example.com.
        deleted_at (datetime.datetime | Unset): Deleted date Example: 2023-01-01T00:00:00Z.
        description (str | Unset): Description of the workspace Example: example string.
        evaluation_test_cases (list[ApiEvaluationTestCase] | Unset): Evaluations
        name (str | Unset): Name of the workspace Example: example name.
        updated_at (datetime.datetime | Unset): Update date Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    agents: list[ApiAgent] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    created_by_email: str | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    evaluation_test_cases: list[ApiEvaluationTestCase] | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        created_by_email = self.created_by_email

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        description = self.description

        evaluation_test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_test_cases, Unset):
            evaluation_test_cases = []
            for evaluation_test_cases_item_data in self.evaluation_test_cases:
                evaluation_test_cases_item = evaluation_test_cases_item_data.to_dict()
                evaluation_test_cases.append(evaluation_test_cases_item)

        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agents is not UNSET:
            field_dict["agents"] = agents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_email is not UNSET:
            field_dict["created_by_email"] = created_by_email
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if evaluation_test_cases is not UNSET:
            field_dict["evaluation_test_cases"] = evaluation_test_cases
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent import ApiAgent
        from ..models.api_evaluation_test_case import ApiEvaluationTestCase

        d = dict(src_dict)
        _agents = d.pop("agents", UNSET)
        agents: list[ApiAgent] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = ApiAgent.from_dict(agents_item_data)

                agents.append(agents_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        created_by_email = d.pop("created_by_email", UNSET)

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        description = d.pop("description", UNSET)

        _evaluation_test_cases = d.pop("evaluation_test_cases", UNSET)
        evaluation_test_cases: list[ApiEvaluationTestCase] | Unset = UNSET
        if _evaluation_test_cases is not UNSET:
            evaluation_test_cases = []
            for evaluation_test_cases_item_data in _evaluation_test_cases:
                evaluation_test_cases_item = ApiEvaluationTestCase.from_dict(
                    evaluation_test_cases_item_data
                )

                evaluation_test_cases.append(evaluation_test_cases_item)

        name = d.pop("name", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_workspace = cls(
            agents=agents,
            created_at=created_at,
            created_by=created_by,
            created_by_email=created_by_email,
            deleted_at=deleted_at,
            description=description,
            evaluation_test_cases=evaluation_test_cases,
            name=name,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_workspace.additional_properties = d
        return api_workspace

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
