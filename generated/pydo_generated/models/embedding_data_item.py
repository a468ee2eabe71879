from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_data_item_object import EmbeddingDataItemObject

T = TypeVar("T", bound="EmbeddingDataItem")


@_attrs_define
class EmbeddingDataItem:
    """One row in the embeddings `data` array, aligned with a single `input` item.

    Attributes:
        index (int): Zero-based index of the corresponding `input` item (0 when `input` is a string). Example: 0.
        object_ (EmbeddingDataItemObject): The object type, which is always `embedding`. Example: embedding.
        embedding (list[float] | str): The embedding vector, or a base64-encoded string when the request set
            encoding_format to base64. Example: [0.0123, -0.0456, 0.0001].
    """

    index: int
    object_: EmbeddingDataItemObject
    embedding: list[float] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        object_ = self.object_.value

        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "object": object_,
                "embedding": embedding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index")

        object_ = EmbeddingDataItemObject(d.pop("object"))

        def _parse_embedding(data: object) -> list[float] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = cast(list[float], data)

                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | str, data)

        embedding = _parse_embedding(d.pop("embedding"))

        embedding_data_item = cls(
            index=index,
            object_=object_,
            embedding=embedding,
        )

        embedding_data_item.additional_properties = d
        return embedding_data_item

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
