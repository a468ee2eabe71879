from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddings_response_object import EmbeddingsResponseObject

if TYPE_CHECKING:
    from ..models.embedding_data_item import EmbeddingDataItem
    from ..models.embeddings_usage import EmbeddingsUsage


T = TypeVar("T", bound="EmbeddingsResponse")


@_attrs_define
class EmbeddingsResponse:
    """OpenAI-style embeddings response.

    Attributes:
        object_ (EmbeddingsResponseObject): The object type, which is always the string `list`. Example: list.
        model (str): The embedding model that produced the vectors. Example: qwen3-embedding-0.6b.
        data (list[EmbeddingDataItem]): One entry for each `input` string, in the same order.
        usage (EmbeddingsUsage): Token usage for the embeddings request.
    """

    object_: EmbeddingsResponseObject
    model: str
    data: list[EmbeddingDataItem]
    usage: EmbeddingsUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        model = self.model

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "model": model,
                "data": data,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embedding_data_item import EmbeddingDataItem
        from ..models.embeddings_usage import EmbeddingsUsage

        d = dict(src_dict)
        object_ = EmbeddingsResponseObject(d.pop("object"))

        model = d.pop("model")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingDataItem.from_dict(data_item_data)

            data.append(data_item)

        usage = EmbeddingsUsage.from_dict(d.pop("usage"))

        embeddings_response = cls(
            object_=object_,
            model=model,
            data=data,
            usage=usage,
        )

        embeddings_response.additional_properties = d
        return embeddings_response

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
