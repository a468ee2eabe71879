from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_trace_span_type import ApiTraceSpanType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_span import ApiAgentSpan
    from ..models.api_llm_span import ApiLLMSpan
    from ..models.api_retriever_span import ApiRetrieverSpan
    from ..models.api_tool_span import ApiToolSpan
    from ..models.api_trace_span_input import ApiTraceSpanInput
    from ..models.api_trace_span_output import ApiTraceSpanOutput
    from ..models.api_workflow_span import ApiWorkflowSpan


T = TypeVar("T", bound="ApiTraceSpan")


@_attrs_define
class ApiTraceSpan:
    """Represents a span within a trace (e.g., LLM call, tool call, etc.)

    Attributes:
        agent (ApiAgentSpan | Unset):
        created_at (datetime.datetime | Unset): When the span was created Example: 2023-01-01T00:00:00Z.
        input_ (ApiTraceSpanInput | Unset): Input data for the span (flexible structure - can be messages array, string,
            etc.)
        llm (ApiLLMSpan | Unset): LLM span
        name (str | Unset): Name/identifier for the span Example: example name.
        output (ApiTraceSpanOutput | Unset): Output data from the span (flexible structure - can be message, string,
            etc.)
        retriever (ApiRetrieverSpan | Unset): Retriever span
        tool (ApiToolSpan | Unset): Tool span
        type_ (ApiTraceSpanType | Unset): Types of spans in a trace Example: TRACE_SPAN_TYPE_UNKNOWN.
        workflow (ApiWorkflowSpan | Unset): Workflow span - can contain child spans (agent, llm, tool, retriever)
    """

    agent: ApiAgentSpan | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    input_: ApiTraceSpanInput | Unset = UNSET
    llm: ApiLLMSpan | Unset = UNSET
    name: str | Unset = UNSET
    output: ApiTraceSpanOutput | Unset = UNSET
    retriever: ApiRetrieverSpan | Unset = UNSET
    tool: ApiToolSpan | Unset = UNSET
    type_: ApiTraceSpanType | Unset = UNSET
    workflow: ApiWorkflowSpan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm, Unset):
            llm = self.llm.to_dict()

        name = self.name

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        retriever: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retriever, Unset):
            retriever = self.retriever.to_dict()

        tool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool, Unset):
            tool = self.tool.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if input_ is not UNSET:
            field_dict["input"] = input_
        if llm is not UNSET:
            field_dict["llm"] = llm
        if name is not UNSET:
            field_dict["name"] = name
        if output is not UNSET:
            field_dict["output"] = output
        if retriever is not UNSET:
            field_dict["retriever"] = retriever
        if tool is not UNSET:
            field_dict["tool"] = tool
        if type_ is not UNSET:
            field_dict["type"] = type_
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_span import ApiAgentSpan
        from ..models.api_llm_span import ApiLLMSpan
        from ..models.api_retriever_span import ApiRetrieverSpan
        from ..models.api_tool_span import ApiToolSpan
        from ..models.api_trace_span_input import ApiTraceSpanInput
        from ..models.api_trace_span_output import ApiTraceSpanOutput
        from ..models.api_workflow_span import ApiWorkflowSpan

        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: ApiAgentSpan | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ApiAgentSpan.from_dict(_agent)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _input_ = d.pop("input", UNSET)
        input_: ApiTraceSpanInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ApiTraceSpanInput.from_dict(_input_)

        _llm = d.pop("llm", UNSET)
        llm: ApiLLMSpan | Unset
        if isinstance(_llm, Unset):
            llm = UNSET
        else:
            llm = ApiLLMSpan.from_dict(_llm)

        name = d.pop("name", UNSET)

        _output = d.pop("output", UNSET)
        output: ApiTraceSpanOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ApiTraceSpanOutput.from_dict(_output)

        _retriever = d.pop("retriever", UNSET)
        retriever: ApiRetrieverSpan | Unset
        if isinstance(_retriever, Unset):
            retriever = UNSET
        else:
            retriever = ApiRetrieverSpan.from_dict(_retriever)

        _tool = d.pop("tool", UNSET)
        tool: ApiToolSpan | Unset
        if isinstance(_tool, Unset):
            tool = UNSET
        else:
            tool = ApiToolSpan.from_dict(_tool)

        _type_ = d.pop("type", UNSET)
        type_: ApiTraceSpanType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApiTraceSpanType(_type_)

        _workflow = d.pop("workflow", UNSET)
        workflow: ApiWorkflowSpan | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = ApiWorkflowSpan.from_dict(_workflow)

        api_trace_span = cls(
            agent=agent,
            created_at=created_at,
            input_=input_,
            llm=llm,
            name=name,
            output=output,
            retriever=retriever,
            tool=tool,
            type_=type_,
            workflow=workflow,
        )

        api_trace_span.additional_properties = d
        return api_trace_span

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
