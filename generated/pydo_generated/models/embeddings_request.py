from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.embeddings_request_encoding_format import EmbeddingsRequestEncodingFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest:
    """Request body for `POST /v1/embeddings` (OpenAI-compatible). Extra fields are rejected.

    Attributes:
        model (str): Model id to use for embeddings. Must match a model your account can access. Example:
            qwen3-embedding-0.6b.
        input_ (list[str] | str): A single string or 1–2048 strings; each string produces one row in `data`, in order.
            Example: hello world.
        user (str | Unset): Optional end-user identifier to help with abuse monitoring. Example: user-1234.
        encoding_format (EmbeddingsRequestEncodingFormat | Unset): How embedding values are returned in each
            `data[].embedding` field. Default: EmbeddingsRequestEncodingFormat.FLOAT. Example: float.
    """

    model: str
    input_: list[str] | str
    user: str | Unset = UNSET
    encoding_format: EmbeddingsRequestEncodingFormat | Unset = (
        EmbeddingsRequestEncodingFormat.FLOAT
    )

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        user = self.user

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        user = d.pop("user", UNSET)

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: EmbeddingsRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = EmbeddingsRequestEncodingFormat(_encoding_format)

        embeddings_request = cls(
            model=model,
            input_=input_,
            user=user,
            encoding_format=encoding_format,
        )

        return embeddings_request
