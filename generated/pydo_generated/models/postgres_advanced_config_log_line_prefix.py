from enum import StrEnum


class PostgresAdvancedConfigLogLinePrefix(StrEnum):
    PIDPUSERUDBDAPPACLIENTH = "pid=%p,user=%u,db=%d,app=%a,client=%h"
    VALUE_1 = "%m [%p] %q[user=%u,db=%d,app=%a]"
    VALUE_2 = "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h"

    def __str__(self) -> str:
        return str(self.value)
