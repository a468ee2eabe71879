from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mongo_advanced_config_default_read_concern import (
    MongoAdvancedConfigDefaultReadConcern,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MongoAdvancedConfig")


@_attrs_define
class MongoAdvancedConfig:
    """
    Attributes:
        default_read_concern (MongoAdvancedConfigDefaultReadConcern | Unset): Specifies the default consistency behavior
            of reads from the database. Data that is returned from the query with may or may not have been acknowledged by
            all nodes in the replicaset depending on this value.  Learn more
            [here](https://www.mongodb.com/docs/manual/reference/read-concern/). Default:
            MongoAdvancedConfigDefaultReadConcern.LOCAL. Example: local.
        default_write_concern (str | Unset): Describes the level of acknowledgment requested from MongoDB for write
            operations clusters. This field can set to either `majority` or a number `0...n` which will describe the number
            of nodes that must acknowledge the write operation before it is fully accepted. Setting to `0` will request no
            acknowledgement of the write operation.  Learn more [here](https://www.mongodb.com/docs/manual/reference/write-
            concern/). Default: 'majority'. Example: majority.
        transaction_lifetime_limit_seconds (int | Unset): Specifies the lifetime of multi-document transactions.
            Transactions that exceed this limit are considered expired and will be  aborted by a periodic cleanup process.
            The cleanup process runs every `transactionLifetimeLimitSeconds/2 seconds` or at least  once every 60 seconds.
            *Changing this parameter will lead to a restart of the MongoDB service.* Learn more
            [here](https://www.mongodb.com/docs/manual/reference/parameters/#mongodb-parameter-
            param.transactionLifetimeLimitSeconds). Default: 60. Example: 100.
        slow_op_threshold_ms (int | Unset): Operations that run for longer than this threshold are considered slow which
            are then recorded to the diagnostic logs.  Higher log levels (verbosity) will record all operations regardless
            of this threshold on the primary node.  *Changing this parameter will lead to a restart of the MongoDB service.*
            Learn more [here](https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-
            operationProfiling.slowOpThresholdMs). Default: 100. Example: 200.
        verbosity (int | Unset): The log message verbosity level. The verbosity level determines the amount of
            Informational and Debug messages MongoDB outputs. 0 includes informational messages while 1...5 increases the
            level to include debug messages. *Changing this parameter will lead to a restart of the MongoDB service.* Learn
            more [here](https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-
            systemLog.verbosity). Default: 0. Example: 3.
    """

    default_read_concern: MongoAdvancedConfigDefaultReadConcern | Unset = (
        MongoAdvancedConfigDefaultReadConcern.LOCAL
    )
    default_write_concern: str | Unset = "majority"
    transaction_lifetime_limit_seconds: int | Unset = 60
    slow_op_threshold_ms: int | Unset = 100
    verbosity: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_read_concern: str | Unset = UNSET
        if not isinstance(self.default_read_concern, Unset):
            default_read_concern = self.default_read_concern.value

        default_write_concern = self.default_write_concern

        transaction_lifetime_limit_seconds = self.transaction_lifetime_limit_seconds

        slow_op_threshold_ms = self.slow_op_threshold_ms

        verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_read_concern is not UNSET:
            field_dict["default_read_concern"] = default_read_concern
        if default_write_concern is not UNSET:
            field_dict["default_write_concern"] = default_write_concern
        if transaction_lifetime_limit_seconds is not UNSET:
            field_dict["transaction_lifetime_limit_seconds"] = (
                transaction_lifetime_limit_seconds
            )
        if slow_op_threshold_ms is not UNSET:
            field_dict["slow_op_threshold_ms"] = slow_op_threshold_ms
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _default_read_concern = d.pop("default_read_concern", UNSET)
        default_read_concern: MongoAdvancedConfigDefaultReadConcern | Unset
        if isinstance(_default_read_concern, Unset):
            default_read_concern = UNSET
        else:
            default_read_concern = MongoAdvancedConfigDefaultReadConcern(
                _default_read_concern
            )

        default_write_concern = d.pop("default_write_concern", UNSET)

        transaction_lifetime_limit_seconds = d.pop(
            "transaction_lifetime_limit_seconds", UNSET
        )

        slow_op_threshold_ms = d.pop("slow_op_threshold_ms", UNSET)

        verbosity = d.pop("verbosity", UNSET)

        mongo_advanced_config = cls(
            default_read_concern=default_read_concern,
            default_write_concern=default_write_concern,
            transaction_lifetime_limit_seconds=transaction_lifetime_limit_seconds,
            slow_op_threshold_ms=slow_op_threshold_ms,
            verbosity=verbosity,
        )

        mongo_advanced_config.additional_properties = d
        return mongo_advanced_config

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
