from enum import StrEnum


class MysqlAdvancedConfigInternalTmpMemStorageEngine(StrEnum):
    MEMORY = "MEMORY"
    TEMPTABLE = "TempTable"

    def __str__(self) -> str:
        return str(self.value)
