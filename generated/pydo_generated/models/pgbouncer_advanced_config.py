from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pgbouncer_advanced_config_autodb_pool_mode import (
    PgbouncerAdvancedConfigAutodbPoolMode,
)
from ..models.pgbouncer_advanced_config_ignore_startup_parameters_item import (
    PgbouncerAdvancedConfigIgnoreStartupParametersItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PgbouncerAdvancedConfig")


@_attrs_define
class PgbouncerAdvancedConfig:
    """PGBouncer connection pooling settings

    Attributes:
        server_reset_query_always (bool | Unset): Run server_reset_query (DISCARD ALL) in all pooling modes. Example:
            False.
        ignore_startup_parameters (list[PgbouncerAdvancedConfigIgnoreStartupParametersItem] | Unset): List of parameters
            to ignore when given in startup packet. Example: ['extra_float_digits', 'search_path'].
        min_pool_size (int | Unset): If current server connections are below this number, adds more. Improves behavior
            when usual load comes suddenly back after period of total inactivity. The value is effectively capped at the
            pool size. Example: 1.
        server_lifetime (int | Unset): The pooler closes any unused server connection that has been connected longer
            than this amount of seconds. Example: 3600.
        server_idle_timeout (int | Unset): Drops server connections if they have been idle more than this many seconds.
            If 0, timeout is disabled.  Example: 600.
        autodb_pool_size (int | Unset): If non-zero, automatically creates a pool of that size per user when a pool
            doesn't exist. Example: 1.
        autodb_pool_mode (PgbouncerAdvancedConfigAutodbPoolMode | Unset): PGBouncer pool mode Example: session.
        autodb_max_db_connections (int | Unset): Only allows a maximum this many server connections per database
            (regardless of user). If 0, allows unlimited connections. Example: 1.
        autodb_idle_timeout (int | Unset): If the automatically-created database pools have been unused this many
            seconds, they are freed. If 0, timeout is disabled. Example: 3600.
    """

    server_reset_query_always: bool | Unset = UNSET
    ignore_startup_parameters: (
        list[PgbouncerAdvancedConfigIgnoreStartupParametersItem] | Unset
    ) = UNSET
    min_pool_size: int | Unset = UNSET
    server_lifetime: int | Unset = UNSET
    server_idle_timeout: int | Unset = UNSET
    autodb_pool_size: int | Unset = UNSET
    autodb_pool_mode: PgbouncerAdvancedConfigAutodbPoolMode | Unset = UNSET
    autodb_max_db_connections: int | Unset = UNSET
    autodb_idle_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_reset_query_always = self.server_reset_query_always

        ignore_startup_parameters: list[str] | Unset = UNSET
        if not isinstance(self.ignore_startup_parameters, Unset):
            ignore_startup_parameters = []
            for ignore_startup_parameters_item_data in self.ignore_startup_parameters:
                ignore_startup_parameters_item = (
                    ignore_startup_parameters_item_data.value
                )
                ignore_startup_parameters.append(ignore_startup_parameters_item)

        min_pool_size = self.min_pool_size

        server_lifetime = self.server_lifetime

        server_idle_timeout = self.server_idle_timeout

        autodb_pool_size = self.autodb_pool_size

        autodb_pool_mode: str | Unset = UNSET
        if not isinstance(self.autodb_pool_mode, Unset):
            autodb_pool_mode = self.autodb_pool_mode.value

        autodb_max_db_connections = self.autodb_max_db_connections

        autodb_idle_timeout = self.autodb_idle_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_reset_query_always is not UNSET:
            field_dict["server_reset_query_always"] = server_reset_query_always
        if ignore_startup_parameters is not UNSET:
            field_dict["ignore_startup_parameters"] = ignore_startup_parameters
        if min_pool_size is not UNSET:
            field_dict["min_pool_size"] = min_pool_size
        if server_lifetime is not UNSET:
            field_dict["server_lifetime"] = server_lifetime
        if server_idle_timeout is not UNSET:
            field_dict["server_idle_timeout"] = server_idle_timeout
        if autodb_pool_size is not UNSET:
            field_dict["autodb_pool_size"] = autodb_pool_size
        if autodb_pool_mode is not UNSET:
            field_dict["autodb_pool_mode"] = autodb_pool_mode
        if autodb_max_db_connections is not UNSET:
            field_dict["autodb_max_db_connections"] = autodb_max_db_connections
        if autodb_idle_timeout is not UNSET:
            field_dict["autodb_idle_timeout"] = autodb_idle_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server_reset_query_always = d.pop("server_reset_query_always", UNSET)

        _ignore_startup_parameters = d.pop("ignore_startup_parameters", UNSET)
        ignore_startup_parameters: (
            list[PgbouncerAdvancedConfigIgnoreStartupParametersItem] | Unset
        ) = UNSET
        if _ignore_startup_parameters is not UNSET:
            ignore_startup_parameters = []
            for ignore_startup_parameters_item_data in _ignore_startup_parameters:
                ignore_startup_parameters_item = (
                    PgbouncerAdvancedConfigIgnoreStartupParametersItem(
                        ignore_startup_parameters_item_data
                    )
                )

                ignore_startup_parameters.append(ignore_startup_parameters_item)

        min_pool_size = d.pop("min_pool_size", UNSET)

        server_lifetime = d.pop("server_lifetime", UNSET)

        server_idle_timeout = d.pop("server_idle_timeout", UNSET)

        autodb_pool_size = d.pop("autodb_pool_size", UNSET)

        _autodb_pool_mode = d.pop("autodb_pool_mode", UNSET)
        autodb_pool_mode: PgbouncerAdvancedConfigAutodbPoolMode | Unset
        if isinstance(_autodb_pool_mode, Unset):
            autodb_pool_mode = UNSET
        else:
            autodb_pool_mode = PgbouncerAdvancedConfigAutodbPoolMode(_autodb_pool_mode)

        autodb_max_db_connections = d.pop("autodb_max_db_connections", UNSET)

        autodb_idle_timeout = d.pop("autodb_idle_timeout", UNSET)

        pgbouncer_advanced_config = cls(
            server_reset_query_always=server_reset_query_always,
            ignore_startup_parameters=ignore_startup_parameters,
            min_pool_size=min_pool_size,
            server_lifetime=server_lifetime,
            server_idle_timeout=server_idle_timeout,
            autodb_pool_size=autodb_pool_size,
            autodb_pool_mode=autodb_pool_mode,
            autodb_max_db_connections=autodb_max_db_connections,
            autodb_idle_timeout=autodb_idle_timeout,
        )

        pgbouncer_advanced_config.additional_properties = d
        return pgbouncer_advanced_config

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
