"""Units as a list to manage (name, level, code, parent), the 2025 reorganisation's successions, and campaigns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.exc import IntegrityError

from ..domain.criteria_sets import LEVELS
from ..domain.errors import CchcError
from ..domain.names import clean_name
from ..domain.sheet_title import unit_key
from ..store import units as store
from ..store.audit import Change
from .errors import SheetExistsError
from .frameworks import load_set
from .workspace import Workspace

# The audit row a sheet made by a campaign starts its history with.
SHEET_CREATED = "sheet_created"


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    level: str
    code: str | None
    parent: str | None
    successor: str | None = None  # the unit it merged into, when it did
    effective: str | None = None  # from when (ISO date)
    predecessors: tuple[str, ...] = ()  # units merged into this one, directly
    since: str | None = None  # for a unit formed by a merger, the date it took effect (ISO)

    def exists_in(self, year: int) -> bool:
        """Whether the unit is assessed for ``year``: the units standing at its end are (a merger on 01/07/2025
        makes the new commune the one assessed for 2025, and its predecessors are no longer)."""
        end = f"{year}-12-31"
        return not (self.effective is not None and self.effective <= end) and not (
            self.since is not None and self.since > end)


def _text(value: str | None) -> str | None:
    value = clean_name(value or "")
    return value or None


def _level(level: str) -> str:
    if level not in LEVELS:
        raise CchcError(f"“{level}” is not a level: choose one of {', '.join(LEVELS)}.", kind="bad_level")
    return level


def list_units(workspace: Workspace) -> list[UnitInfo]:
    with workspace.engine.connect() as connection:
        rows = store.list_units(connection)
        links = store.succession_links(connection)
    names = {row.id: row.name for row in rows}
    after = {old: (new, effective) for old, new, effective in links}
    before: dict[int, list[str]] = {}
    since: dict[int, str] = {}
    for old, new, effective in links:
        before.setdefault(new, []).append(names[old])
        since[new] = min(since.get(new, effective), effective)
    return [UnitInfo(row.id, row.name, row.level, row.code, row.parent,
                     names[after[row.id][0]] if row.id in after else None,
                     after[row.id][1] if row.id in after else None,
                     tuple(sorted(before.get(row.id, ()), key=unit_key)), since.get(row.id)) for row in rows]


def find_unit(workspace: Workspace, name: str) -> UnitInfo:
    """The unit of that name (compared as the workspace compares names), or a plain refusal."""
    key = unit_key(clean_name(name))
    found = next((unit for unit in list_units(workspace) if unit_key(unit.name) == key), None)
    if found is None:
        raise CchcError(f"There is no unit named {clean_name(name)}: add it first (cchc unit add).",
                        kind="unit_not_found", unit=clean_name(name))
    return found


def add_unit(workspace: Workspace, name: str, *, level: str, code: str | None = None,
             parent: str | None = None) -> int:
    name = clean_name(name)
    if not name:
        raise CchcError("The unit name is empty.", kind="empty_unit")
    _level(level)
    if any(unit_key(unit.name) == unit_key(name) for unit in list_units(workspace)):
        raise CchcError(f"There is already a unit named {name}.", kind="unit_exists")
    try:
        with workspace.engine.begin() as connection:
            return store.add_unit(connection, name=name, level=level, code=_text(code), parent=_text(parent))
    except IntegrityError:
        raise CchcError(f"There is already a unit named {name}.", kind="unit_exists") from None


def edit_unit(workspace: Workspace, unit_id: int, *, name: str, level: str, code: str | None = None,
              parent: str | None = None) -> None:
    """Change a unit's name, level, code or parent; its sheets follow it (they point at the unit, not the name)."""
    name = clean_name(name)
    if not name:
        raise CchcError("The unit name is empty.", kind="empty_unit")
    _level(level)
    units = list_units(workspace)
    if not any(unit.id == unit_id for unit in units):
        raise CchcError(f"There is no unit {unit_id}.", kind="unit_not_found", unit=str(unit_id))
    if any(unit_key(unit.name) == unit_key(name) and unit.id != unit_id for unit in units):
        raise CchcError(f"There is already a unit named {name}.", kind="unit_exists")
    with workspace.engine.begin() as connection:
        store.update_unit(connection, unit_id, name=name, level=level, code=_text(code), parent=_text(parent))


def record_succession(workspace: Workspace, predecessors: list[str], successor: str, effective: date) -> list[str]:
    """Record that ``predecessors`` merged into ``successor`` from ``effective``; returns the predecessors' names.

    The successor must exist (add it first, with its level); a unit cannot succeed itself, directly or through
    a chain, since its history would then have no beginning.
    """
    new = find_unit(workspace, successor)
    olds = [find_unit(workspace, name) for name in predecessors]
    if not olds:
        raise CchcError("Name at least one unit that merged into the new one.", kind="empty_unit")
    for old in olds:
        # A loop closes when the new unit already stands in the old one's past (or is the old one).
        if old.id == new.id or unit_key(new.name) in {unit_key(n) for n in _ancestors(workspace, old.name)}:
            raise CchcError(f"{old.name} cannot merge into {new.name}: {new.name} would then be its own "
                            "predecessor.", kind="succession_loop", unit=old.name, successor=new.name)
    with workspace.engine.begin() as connection:
        for old in olds:
            store.add_succession(connection, old.id, new.id, effective.isoformat())
    return [old.name for old in olds]


def _ancestors(workspace: Workspace, name: str) -> list[str]:
    """Every unit whose work passed to ``name``, directly or through earlier mergers, nearest first."""
    units = list_units(workspace)
    by_key = {unit_key(unit.name): unit for unit in units}
    found: list[str] = []
    queue = list(by_key[unit_key(name)].predecessors) if unit_key(name) in by_key else []
    seen: set[str] = set()
    while queue:
        current = queue.pop(0)
        if unit_key(current) in seen:
            continue
        seen.add(unit_key(current))
        found.append(current)
        queue.extend(by_key[unit_key(current)].predecessors)
    return found


def predecessors(workspace: Workspace, name: str) -> list[str]:
    return _ancestors(workspace, name)


# --- campaigns ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Campaign:
    created: list[int]  # the new sheets' ids
    skipped: list[tuple[str, int]]  # (unit, its existing sheet of that year)
    not_standing: list[str] = field(default_factory=list)  # merged away, or formed by a merger, in another year


def create_campaign(workspace: Workspace, *, year: int, framework_id: int, level: str,
                    source: str = "campaign") -> Campaign:
    """An empty sheet for every unit of ``level`` for ``year`` against one criteria set, in one step.

    A unit that already has a sheet that year keeps it and is skipped (the workspace's own one-sheet-per-unit-year
    check decides). Each sheet is made through the audited writer, one transaction per sheet, so what was made
    before a failure stays made and logged.
    """
    _level(level)
    info, _ = load_set(workspace, framework_id)
    if info.level != level:
        raise CchcError(f"Criteria set {framework_id} is for {info.level} units, not {level} ones: choose a {level} "
                        "set (see: cchc frameworks).", kind="campaign_level_mismatch", level=level,
                        set_level=info.level)
    units = [unit for unit in list_units(workspace) if unit.level == level]
    if not units:
        raise CchcError(f"There are no {level} units: add them first (cchc unit add NAME --level {level}).",
                        kind="no_units_of_level", level=level)
    done = Campaign([], [], [unit.name for unit in units if not unit.exists_in(year)])
    for unit in units:
        if not unit.exists_in(year):
            continue
        try:
            with workspace.write(None, source) as work:
                work.sheet_id = workspace._new_sheet(work.connection, unit.name, year, framework_id, level)
                work.log(Change("", SHEET_CREATED, None, f"{unit.name} {year}"))
        except SheetExistsError as error:
            done.skipped.append((unit.name, error.params.get("sheet_id")))
            continue
        done.created.append(work.sheet_id)
    return done
