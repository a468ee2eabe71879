from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_string_match import AppsStringMatch


T = TypeVar("T", bound="AppStaticSiteSpecCors")


@_attrs_define
class AppStaticSiteSpecCors:
    """
    Attributes:
        allow_origins (list[AppsStringMatch] | Unset): The set of allowed CORS origins. Example: [{'exact':
            'https://www.example.com'}, {'regex': '^.*example.com'}].
        allow_methods (list[str] | Unset): The set of allowed HTTP methods. This configures the `Access-Control-Allow-
            Methods` header. Example: ['GET', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'].
        allow_headers (list[str] | Unset): The set of allowed HTTP request headers. This configures the `Access-Control-
            Allow-Headers` header. Example: ['Content-Type', 'X-Custom-Header'].
        expose_headers (list[str] | Unset): The set of HTTP response headers that browsers are allowed to access. This
            configures the `Access-Control-Expose-Headers` header. Example: ['Content-Encoding', 'X-Custom-Header'].
        max_age (str | Unset): An optional duration specifying how long browsers can cache the results of a preflight
            request. This configures the `Access-Control-Max-Age` header. Example: 5h30m.
        allow_credentials (bool | Unset): Whether browsers should expose the response to the client-side JavaScript code
            when the request’s credentials mode is include. This configures the `Access-Control-Allow-Credentials` header.
            Example: False.
    """

    allow_origins: list[AppsStringMatch] | Unset = UNSET
    allow_methods: list[str] | Unset = UNSET
    allow_headers: list[str] | Unset = UNSET
    expose_headers: list[str] | Unset = UNSET
    max_age: str | Unset = UNSET
    allow_credentials: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_origins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allow_origins, Unset):
            allow_origins = []
            for allow_origins_item_data in self.allow_origins:
                allow_origins_item = allow_origins_item_data.to_dict()
                allow_origins.append(allow_origins_item)

        allow_methods: list[str] | Unset = UNSET
        if not isinstance(self.allow_methods, Unset):
            allow_methods = self.allow_methods

        allow_headers: list[str] | Unset = UNSET
        if not isinstance(self.allow_headers, Unset):
            allow_headers = self.allow_headers

        expose_headers: list[str] | Unset = UNSET
        if not isinstance(self.expose_headers, Unset):
            expose_headers = self.expose_headers

        max_age = self.max_age

        allow_credentials = self.allow_credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_origins is not UNSET:
            field_dict["allow_origins"] = allow_origins
        if allow_methods is not UNSET:
            field_dict["allow_methods"] = allow_methods
        if allow_headers is not UNSET:
            field_dict["allow_headers"] = allow_headers
        if expose_headers is not UNSET:
            field_dict["expose_headers"] = expose_headers
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if allow_credentials is not UNSET:
            field_dict["allow_credentials"] = allow_credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apps_string_match import AppsStringMatch

        d = dict(src_dict)
        _allow_origins = d.pop("allow_origins", UNSET)
        allow_origins: list[AppsStringMatch] | Unset = UNSET
        if _allow_origins is not UNSET:
            allow_origins = []
            for allow_origins_item_data in _allow_origins:
                allow_origins_item = AppsStringMatch.from_dict(allow_origins_item_data)

                allow_origins.append(allow_origins_item)

        allow_methods = cast(list[str], d.pop("allow_methods", UNSET))

        allow_headers = cast(list[str], d.pop("allow_headers", UNSET))

        expose_headers = cast(list[str], d.pop("expose_headers", UNSET))

        max_age = d.pop("max_age", UNSET)

        allow_credentials = d.pop("allow_credentials", UNSET)

        app_static_site_spec_cors = cls(
            allow_origins=allow_origins,
            allow_methods=allow_methods,
            allow_headers=allow_headers,
            expose_headers=expose_headers,
            max_age=max_age,
            allow_credentials=allow_credentials,
        )

        app_static_site_spec_cors.additional_properties = d
        return app_static_site_spec_cors

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
