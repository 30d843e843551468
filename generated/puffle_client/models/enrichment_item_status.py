from enum import StrEnum
from typing import Any


class EnrichmentItemStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False when the value came from the server but is not in this SDK's copy of the spec."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "EnrichmentItemStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
