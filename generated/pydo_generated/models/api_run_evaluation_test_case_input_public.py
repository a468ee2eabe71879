from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRunEvaluationTestCaseInputPublic")


@_attrs_define
class ApiRunEvaluationTestCaseInputPublic:
    """Run an evaluation test case.

    Attributes:
        agent_deployment_names (list[str] | Unset): Agent deployment names to run the test case against (ADK agent
            workspaces). Example: ['example string'].
        agent_uuids (list[str] | Unset): Agent UUIDs to run the test case against (legacy agents). Example: ['example
            string'].
        run_name (str | Unset): The name of the run. Example: Evaluation Run Name.
        test_case_uuid (str | Unset): Test-case UUID to run Example: "12345678-1234-1234-1234-123456789012".
    """

    agent_deployment_names: list[str] | Unset = UNSET
    agent_uuids: list[str] | Unset = UNSET
    run_name: str | Unset = UNSET
    test_case_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_deployment_names: list[str] | Unset = UNSET
        if not isinstance(self.agent_deployment_names, Unset):
            agent_deployment_names = self.agent_deployment_names

        agent_uuids: list[str] | Unset = UNSET
        if not isinstance(self.agent_uuids, Unset):
            agent_uuids = self.agent_uuids

        run_name = self.run_name

        test_case_uuid = self.test_case_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_deployment_names is not UNSET:
            field_dict["agent_deployment_names"] = agent_deployment_names
        if agent_uuids is not UNSET:
            field_dict["agent_uuids"] = agent_uuids
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if test_case_uuid is not UNSET:
            field_dict["test_case_uuid"] = test_case_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_deployment_names = cast(list[str], d.pop("agent_deployment_names", UNSET))

        agent_uuids = cast(list[str], d.pop("agent_uuids", UNSET))

        run_name = d.pop("run_name", UNSET)

        test_case_uuid = d.pop("test_case_uuid", UNSET)

        api_run_evaluation_test_case_input_public = cls(
            agent_deployment_names=agent_deployment_names,
            agent_uuids=agent_uuids,
            run_name=run_name,
            test_case_uuid=test_case_uuid,
        )

        api_run_evaluation_test_case_input_public.additional_properties = d
        return api_run_evaluation_test_case_input_public

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
