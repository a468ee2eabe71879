from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_cluster_read_engine import DatabaseClusterReadEngine
from ..models.database_cluster_read_status import DatabaseClusterReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_cluster_read_connection import DatabaseClusterReadConnection
    from ..models.database_cluster_read_do_settings import DatabaseClusterReadDoSettings
    from ..models.database_cluster_read_private_connection import (
        DatabaseClusterReadPrivateConnection,
    )
    from ..models.database_cluster_read_schema_registry_connection import (
        DatabaseClusterReadSchemaRegistryConnection,
    )
    from ..models.database_cluster_read_standby_connection import (
        DatabaseClusterReadStandbyConnection,
    )
    from ..models.database_cluster_read_standby_private_connection import (
        DatabaseClusterReadStandbyPrivateConnection,
    )
    from ..models.database_cluster_read_ui_connection import (
        DatabaseClusterReadUiConnection,
    )
    from ..models.database_maintenance_window_type_0 import (
        DatabaseMaintenanceWindowType0,
    )
    from ..models.database_service_endpoint import DatabaseServiceEndpoint
    from ..models.database_user import DatabaseUser
    from ..models.firewall_rule import FirewallRule


T = TypeVar("T", bound="DatabaseClusterRead")


@_attrs_define
class DatabaseClusterRead:
    """
    Attributes:
        name (str): A unique, human-readable name referring to a database cluster. Example: backend.
        engine (DatabaseClusterReadEngine): A slug representing the database engine used for the cluster. The possible
            values are: "pg" for PostgreSQL, "mysql" for MySQL, "redis" for Caching, "mongodb" for MongoDB, "kafka" for
            Kafka, "opensearch" for OpenSearch, "valkey" for Valkey, "advanced_pg" for PostgreSQL Advanced Edition, and
            "advanced_mysql" for MySQL Advanced Edition. Advanced Edition engines are currently in public preview. Example:
            mysql.
        num_nodes (int): The number of nodes in the database cluster. Example: 2.
        size (str): The slug identifier representing the size of the nodes in the database cluster. Example:
            db-s-2vcpu-4gb.
        region (str): The slug identifier for the region where the database cluster is located. Example: nyc3.
        id (UUID | Unset): A unique ID that can be used to identify and reference a database cluster. Example:
            9cc10173-e9ea-4176-9dbc-a4cee4c4ff30.
        version (str | Unset): A string representing the version of the database engine in use for the cluster. Example:
            8.
        semantic_version (str | Unset): A string representing the semantic version of the database engine in use for the
            cluster. Example: 8.0.28.
        status (DatabaseClusterReadStatus | Unset): A string representing the current status of the database cluster.
            Example: creating.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the database cluster was created. Example: 2019-01-11T18:37:36Z.
        private_network_uuid (str | Unset): A string specifying the UUID of the VPC to which the database cluster will
            be assigned. If excluded, the cluster when creating a new database cluster, it will be assigned to your
            account's default VPC for the region. <br><br>Requires `vpc:read` scope. Example:
            d455e75d-4858-4eec-8c95-da2f0a5f93a7.
        tags (list[str] | None | Unset): An array of tags that have been applied to the database cluster.
            <br><br>Requires `tag:read` scope. Example: ['production'].
        db_names (list[str] | None | Unset): An array of strings containing the names of databases created in the
            database cluster. Example: ['doadmin'].
        ui_connection (DatabaseClusterReadUiConnection | Unset): The connection details for OpenSearch dashboard.
        schema_registry_connection (DatabaseClusterReadSchemaRegistryConnection | Unset): The connection details for
            Schema Registry.
        connection (DatabaseClusterReadConnection | Unset):
        private_connection (DatabaseClusterReadPrivateConnection | Unset):
        standby_connection (DatabaseClusterReadStandbyConnection | Unset):
        standby_private_connection (DatabaseClusterReadStandbyPrivateConnection | Unset):
        users (list[DatabaseUser] | None | Unset):
        maintenance_window (DatabaseMaintenanceWindowType0 | None | Unset):
        project_id (UUID | Unset): The ID of the project that the database cluster is assigned to. If excluded when
            creating a new database cluster, it will be assigned to your default project.<br><br>Requires `project:read`
            scope. Example: 9cc10173-e9ea-4176-9dbc-a4cee4c4ff30.
        rules (list[FirewallRule] | Unset):
        version_end_of_life (str | Unset): A timestamp referring to the date when the particular version will no longer
            be supported. If null, the version does not have an end of life timeline. Example: 2023-11-09T00:00:00Z.
        version_end_of_availability (str | Unset): A timestamp referring to the date when the particular version will no
            longer be available for creating new clusters. If null, the version does not have an end of availability
            timeline. Example: 2023-05-09T00:00:00Z.
        storage_size_mib (int | Unset): Additional storage added to the cluster, in MiB. If null, no additional storage
            is added to the cluster, beyond what is provided as a base amount from the 'size' and any previously added
            additional storage. Example: 61440.
        metrics_endpoints (list[DatabaseServiceEndpoint] | Unset): Public hostname and port of the cluster's metrics
            endpoint(s). Includes one record for the cluster's primary node and a second entry for the cluster's standby
            node(s).
        do_settings (DatabaseClusterReadDoSettings | Unset):
    """

    name: str
    engine: DatabaseClusterReadEngine
    num_nodes: int
    size: str
    region: str
    id: UUID | Unset = UNSET
    version: str | Unset = UNSET
    semantic_version: str | Unset = UNSET
    status: DatabaseClusterReadStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    private_network_uuid: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    db_names: list[str] | None | Unset = UNSET
    ui_connection: DatabaseClusterReadUiConnection | Unset = UNSET
    schema_registry_connection: DatabaseClusterReadSchemaRegistryConnection | Unset = (
        UNSET
    )
    connection: DatabaseClusterReadConnection | Unset = UNSET
    private_connection: DatabaseClusterReadPrivateConnection | Unset = UNSET
    standby_connection: DatabaseClusterReadStandbyConnection | Unset = UNSET
    standby_private_connection: DatabaseClusterReadStandbyPrivateConnection | Unset = (
        UNSET
    )
    users: list[DatabaseUser] | None | Unset = UNSET
    maintenance_window: DatabaseMaintenanceWindowType0 | None | Unset = UNSET
    project_id: UUID | Unset = UNSET
    rules: list[FirewallRule] | Unset = UNSET
    version_end_of_life: str | Unset = UNSET
    version_end_of_availability: str | Unset = UNSET
    storage_size_mib: int | Unset = UNSET
    metrics_endpoints: list[DatabaseServiceEndpoint] | Unset = UNSET
    do_settings: DatabaseClusterReadDoSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.database_maintenance_window_type_0 import (
            DatabaseMaintenanceWindowType0,
        )

        name = self.name

        engine = self.engine.value

        num_nodes = self.num_nodes

        size = self.size

        region = self.region

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        version = self.version

        semantic_version = self.semantic_version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        private_network_uuid = self.private_network_uuid

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        db_names: list[str] | None | Unset
        if isinstance(self.db_names, Unset):
            db_names = UNSET
        elif isinstance(self.db_names, list):
            db_names = self.db_names

        else:
            db_names = self.db_names

        ui_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_connection, Unset):
            ui_connection = self.ui_connection.to_dict()

        schema_registry_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_registry_connection, Unset):
            schema_registry_connection = self.schema_registry_connection.to_dict()

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        private_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_connection, Unset):
            private_connection = self.private_connection.to_dict()

        standby_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standby_connection, Unset):
            standby_connection = self.standby_connection.to_dict()

        standby_private_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standby_private_connection, Unset):
            standby_private_connection = self.standby_private_connection.to_dict()

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        maintenance_window: dict[str, Any] | None | Unset
        if isinstance(self.maintenance_window, Unset):
            maintenance_window = UNSET
        elif isinstance(self.maintenance_window, DatabaseMaintenanceWindowType0):
            maintenance_window = self.maintenance_window.to_dict()
        else:
            maintenance_window = self.maintenance_window

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        version_end_of_life = self.version_end_of_life

        version_end_of_availability = self.version_end_of_availability

        storage_size_mib = self.storage_size_mib

        metrics_endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics_endpoints, Unset):
            metrics_endpoints = []
            for metrics_endpoints_item_data in self.metrics_endpoints:
                metrics_endpoints_item = metrics_endpoints_item_data.to_dict()
                metrics_endpoints.append(metrics_endpoints_item)

        do_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_settings, Unset):
            do_settings = self.do_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "engine": engine,
                "num_nodes": num_nodes,
                "size": size,
                "region": region,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if semantic_version is not UNSET:
            field_dict["semantic_version"] = semantic_version
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if private_network_uuid is not UNSET:
            field_dict["private_network_uuid"] = private_network_uuid
        if tags is not UNSET:
            field_dict["tags"] = tags
        if db_names is not UNSET:
            field_dict["db_names"] = db_names
        if ui_connection is not UNSET:
            field_dict["ui_connection"] = ui_connection
        if schema_registry_connection is not UNSET:
            field_dict["schema_registry_connection"] = schema_registry_connection
        if connection is not UNSET:
            field_dict["connection"] = connection
        if private_connection is not UNSET:
            field_dict["private_connection"] = private_connection
        if standby_connection is not UNSET:
            field_dict["standby_connection"] = standby_connection
        if standby_private_connection is not UNSET:
            field_dict["standby_private_connection"] = standby_private_connection
        if users is not UNSET:
            field_dict["users"] = users
        if maintenance_window is not UNSET:
            field_dict["maintenance_window"] = maintenance_window
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if rules is not UNSET:
            field_dict["rules"] = rules
        if version_end_of_life is not UNSET:
            field_dict["version_end_of_life"] = version_end_of_life
        if version_end_of_availability is not UNSET:
            field_dict["version_end_of_availability"] = version_end_of_availability
        if storage_size_mib is not UNSET:
            field_dict["storage_size_mib"] = storage_size_mib
        if metrics_endpoints is not UNSET:
            field_dict["metrics_endpoints"] = metrics_endpoints
        if do_settings is not UNSET:
            field_dict["do_settings"] = do_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_cluster_read_connection import (
            DatabaseClusterReadConnection,
        )
        from ..models.database_cluster_read_do_settings import (
            DatabaseClusterReadDoSettings,
        )
        from ..models.database_cluster_read_private_connection import (
            DatabaseClusterReadPrivateConnection,
        )
        from ..models.database_cluster_read_schema_registry_connection import (
            DatabaseClusterReadSchemaRegistryConnection,
        )
        from ..models.database_cluster_read_standby_connection import (
            DatabaseClusterReadStandbyConnection,
        )
        from ..models.database_cluster_read_standby_private_connection import (
            DatabaseClusterReadStandbyPrivateConnection,
        )
        from ..models.database_cluster_read_ui_connection import (
            DatabaseClusterReadUiConnection,
        )
        from ..models.database_maintenance_window_type_0 import (
            DatabaseMaintenanceWindowType0,
        )
        from ..models.database_service_endpoint import DatabaseServiceEndpoint
        from ..models.database_user import DatabaseUser
        from ..models.firewall_rule import FirewallRule

        d = dict(src_dict)
        name = d.pop("name")

        engine = DatabaseClusterReadEngine(d.pop("engine"))

        num_nodes = d.pop("num_nodes")

        size = d.pop("size")

        region = d.pop("region")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        version = d.pop("version", UNSET)

        semantic_version = d.pop("semantic_version", UNSET)

        _status = d.pop("status", UNSET)
        status: DatabaseClusterReadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatabaseClusterReadStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        private_network_uuid = d.pop("private_network_uuid", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_db_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                db_names_type_0 = cast(list[str], data)

                return db_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        db_names = _parse_db_names(d.pop("db_names", UNSET))

        _ui_connection = d.pop("ui_connection", UNSET)
        ui_connection: DatabaseClusterReadUiConnection | Unset
        if isinstance(_ui_connection, Unset):
            ui_connection = UNSET
        else:
            ui_connection = DatabaseClusterReadUiConnection.from_dict(_ui_connection)

        _schema_registry_connection = d.pop("schema_registry_connection", UNSET)
        schema_registry_connection: DatabaseClusterReadSchemaRegistryConnection | Unset
        if isinstance(_schema_registry_connection, Unset):
            schema_registry_connection = UNSET
        else:
            schema_registry_connection = (
                DatabaseClusterReadSchemaRegistryConnection.from_dict(
                    _schema_registry_connection
                )
            )

        _connection = d.pop("connection", UNSET)
        connection: DatabaseClusterReadConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = DatabaseClusterReadConnection.from_dict(_connection)

        _private_connection = d.pop("private_connection", UNSET)
        private_connection: DatabaseClusterReadPrivateConnection | Unset
        if isinstance(_private_connection, Unset):
            private_connection = UNSET
        else:
            private_connection = DatabaseClusterReadPrivateConnection.from_dict(
                _private_connection
            )

        _standby_connection = d.pop("standby_connection", UNSET)
        standby_connection: DatabaseClusterReadStandbyConnection | Unset
        if isinstance(_standby_connection, Unset):
            standby_connection = UNSET
        else:
            standby_connection = DatabaseClusterReadStandbyConnection.from_dict(
                _standby_connection
            )

        _standby_private_connection = d.pop("standby_private_connection", UNSET)
        standby_private_connection: DatabaseClusterReadStandbyPrivateConnection | Unset
        if isinstance(_standby_private_connection, Unset):
            standby_private_connection = UNSET
        else:
            standby_private_connection = (
                DatabaseClusterReadStandbyPrivateConnection.from_dict(
                    _standby_private_connection
                )
            )

        def _parse_users(data: object) -> list[DatabaseUser] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = DatabaseUser.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DatabaseUser] | None | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        def _parse_maintenance_window(
            data: object,
        ) -> DatabaseMaintenanceWindowType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasdatabase_maintenance_window_type_0 = (
                    DatabaseMaintenanceWindowType0.from_dict(data)
                )

                return componentsschemasdatabase_maintenance_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatabaseMaintenanceWindowType0 | None | Unset, data)

        maintenance_window = _parse_maintenance_window(
            d.pop("maintenance_window", UNSET)
        )

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        _rules = d.pop("rules", UNSET)
        rules: list[FirewallRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = FirewallRule.from_dict(rules_item_data)

                rules.append(rules_item)

        version_end_of_life = d.pop("version_end_of_life", UNSET)

        version_end_of_availability = d.pop("version_end_of_availability", UNSET)

        storage_size_mib = d.pop("storage_size_mib", UNSET)

        _metrics_endpoints = d.pop("metrics_endpoints", UNSET)
        metrics_endpoints: list[DatabaseServiceEndpoint] | Unset = UNSET
        if _metrics_endpoints is not UNSET:
            metrics_endpoints = []
            for metrics_endpoints_item_data in _metrics_endpoints:
                metrics_endpoints_item = DatabaseServiceEndpoint.from_dict(
                    metrics_endpoints_item_data
                )

                metrics_endpoints.append(metrics_endpoints_item)

        _do_settings = d.pop("do_settings", UNSET)
        do_settings: DatabaseClusterReadDoSettings | Unset
        if isinstance(_do_settings, Unset):
            do_settings = UNSET
        else:
            do_settings = DatabaseClusterReadDoSettings.from_dict(_do_settings)

        database_cluster_read = cls(
            name=name,
            engine=engine,
            num_nodes=num_nodes,
            size=size,
            region=region,
            id=id,
            version=version,
            semantic_version=semantic_version,
            status=status,
            created_at=created_at,
            private_network_uuid=private_network_uuid,
            tags=tags,
            db_names=db_names,
            ui_connection=ui_connection,
            schema_registry_connection=schema_registry_connection,
            connection=connection,
            private_connection=private_connection,
            standby_connection=standby_connection,
            standby_private_connection=standby_private_connection,
            users=users,
            maintenance_window=maintenance_window,
            project_id=project_id,
            rules=rules,
            version_end_of_life=version_end_of_life,
            version_end_of_availability=version_end_of_availability,
            storage_size_mib=storage_size_mib,
            metrics_endpoints=metrics_endpoints,
            do_settings=do_settings,
        )

        database_cluster_read.additional_properties = d
        return database_cluster_read

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
