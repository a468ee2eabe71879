from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_update_agent_function_input_public_input_schema import (
        ApiUpdateAgentFunctionInputPublicInputSchema,
    )
    from ..models.api_update_agent_function_input_public_output_schema import (
        ApiUpdateAgentFunctionInputPublicOutputSchema,
    )


T = TypeVar("T", bound="ApiUpdateAgentFunctionInputPublic")


@_attrs_define
class ApiUpdateAgentFunctionInputPublic:
    """Information about updating an agent function

    Attributes:
        agent_uuid (str | Unset): Agent id Example: "12345678-1234-1234-1234-123456789012".
        description (str | Unset): Funciton description Example: "My Function Description".
        faas_name (str | Unset): The name of the function in the DigitalOcean functions platform Example: "my-function".
        faas_namespace (str | Unset): The namespace of the function in the DigitalOcean functions platform Example:
            "default".
        function_name (str | Unset): Function name Example: "My Function".
        function_uuid (str | Unset): Function id Example: "12345678-1234-1234-1234-123456789012".
        input_schema (ApiUpdateAgentFunctionInputPublicInputSchema | Unset): Describe the input schema for the function
            so the agent may call it
        output_schema (ApiUpdateAgentFunctionInputPublicOutputSchema | Unset): Describe the output schema for the
            function so the agent handle its response
    """

    agent_uuid: str | Unset = UNSET
    description: str | Unset = UNSET
    faas_name: str | Unset = UNSET
    faas_namespace: str | Unset = UNSET
    function_name: str | Unset = UNSET
    function_uuid: str | Unset = UNSET
    input_schema: ApiUpdateAgentFunctionInputPublicInputSchema | Unset = UNSET
    output_schema: ApiUpdateAgentFunctionInputPublicOutputSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid = self.agent_uuid

        description = self.description

        faas_name = self.faas_name

        faas_namespace = self.faas_namespace

        function_name = self.function_name

        function_uuid = self.function_uuid

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        output_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema, Unset):
            output_schema = self.output_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if faas_name is not UNSET:
            field_dict["faas_name"] = faas_name
        if faas_namespace is not UNSET:
            field_dict["faas_namespace"] = faas_namespace
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if function_uuid is not UNSET:
            field_dict["function_uuid"] = function_uuid
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_update_agent_function_input_public_input_schema import (
            ApiUpdateAgentFunctionInputPublicInputSchema,
        )
        from ..models.api_update_agent_function_input_public_output_schema import (
            ApiUpdateAgentFunctionInputPublicOutputSchema,
        )

        d = dict(src_dict)
        agent_uuid = d.pop("agent_uuid", UNSET)

        description = d.pop("description", UNSET)

        faas_name = d.pop("faas_name", UNSET)

        faas_namespace = d.pop("faas_namespace", UNSET)

        function_name = d.pop("function_name", UNSET)

        function_uuid = d.pop("function_uuid", UNSET)

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: ApiUpdateAgentFunctionInputPublicInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = ApiUpdateAgentFunctionInputPublicInputSchema.from_dict(
                _input_schema
            )

        _output_schema = d.pop("output_schema", UNSET)
        output_schema: ApiUpdateAgentFunctionInputPublicOutputSchema | Unset
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = ApiUpdateAgentFunctionInputPublicOutputSchema.from_dict(
                _output_schema
            )

        api_update_agent_function_input_public = cls(
            agent_uuid=agent_uuid,
            description=description,
            faas_name=faas_name,
            faas_namespace=faas_namespace,
            function_name=function_name,
            function_uuid=function_uuid,
            input_schema=input_schema,
            output_schema=output_schema,
        )

        api_update_agent_function_input_public.additional_properties = d
        return api_update_agent_function_input_public

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
