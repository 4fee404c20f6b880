"""What an open sheet's info says of it, for SheetDocument and the first paint's StartDocument alike."""

from __future__ import annotations

from typing import Any

from ..domain.stages import Stage, stage_of


class SheetFacts:
    """The sheet's id, its criteria's stored ids, whether it is finalized and its stage.

    A mixin: the class gives ``info`` (a store.reading.SheetInfo) and ``_ids`` (path → criterion id). Kept apart
    from document.py so that ui/startup.py's StartDocument shares it without importing SQLAlchemy.
    """

    info: Any
    _ids: dict[str, int]

    @property
    def id(self) -> int:
        return self.info.id

    def criterion_id(self, code: str) -> int:
        """The stored criterion's id, for a writer that goes through Workspace.write."""
        return self._ids[code]

    @property
    def finalized(self) -> bool:
        return self.info.finalized_at is not None

    @property
    def stage(self) -> Stage:
        """Where the sheet stands in the yearly cycle (LOCKED when finalized, OPEN outside the cycle)."""
        return stage_of(self.info.stage, self.finalized)
