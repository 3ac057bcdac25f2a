"""The timeline's rows: one lane per contract, optional group headers, what is on screen. No Qt.

Lanes are a flat list: an ``int`` is the position of a contract in the list the
timeline was given, a :class:`GroupHeader` starts a group. Every lane has the
same height, so the lanes on screen are two divisions away, whatever the size
of the register.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from contract_desk.services.register.rows import ContractRow

#: The fields the timeline groups by, with their headings.
GROUP_FIELDS: dict[str, str] = {
    "counterparty": "Counterparty",
    "owner": "Owner",
    "department": "Department",
    "contract_type": "Type",
    "effective_status": "Status",
}


@dataclass(frozen=True, slots=True)
class GroupHeader:
    """The heading lane of one group."""

    key: str  # the grouped value; "" for contracts without one
    count: int
    collapsed: bool


Lane = int | GroupHeader


def group_value(row: ContractRow, field: str) -> str:
    """The value ``row`` is grouped under ("" when empty)."""
    value = getattr(row, field)
    return value or ""


def build_lanes(
    rows: Sequence[ContractRow], group_by: str | None = None, collapsed: Collection[str] = ()
) -> list[Lane]:
    """The lanes for ``rows`` in their order, grouped by ``group_by`` when given.

    Groups are sorted by name (case-insensitive), the empty group last; inside a
    group the given order is kept. A collapsed group shows only its header.
    """
    if group_by is None:
        return list(range(len(rows)))
    if group_by not in GROUP_FIELDS:
        raise ValueError(f"cannot group by {group_by!r}")
    groups: dict[str, list[int]] = {}
    for position, row in enumerate(rows):
        groups.setdefault(group_value(row, group_by), []).append(position)
    lanes: list[Lane] = []
    for key in sorted(groups, key=lambda name: (name == "", name.casefold())):
        members = groups[key]
        folded = key in collapsed
        lanes.append(GroupHeader(key, len(members), folded))
        if not folded:
            lanes.extend(members)
    return lanes


@dataclass(frozen=True, slots=True)
class LaneGeometry:
    """Lanes of equal height below a header."""

    lane_height: int
    header_height: int

    def content_height(self, lane_count: int) -> int:
        """The height of every lane together."""
        return lane_count * self.lane_height

    def visible_lanes(self, top: int, height: int, lane_count: int) -> range:
        """The lanes touching the rows [top, top + height) of the content."""
        if lane_count <= 0 or height <= 0:
            return range(0)
        first = max(0, top // self.lane_height)
        last = min(lane_count, (top + height + self.lane_height - 1) // self.lane_height)
        return range(first, max(first, last))

    def lane_top(self, lane: int, top: int) -> int:
        """The screen y of a lane's top edge when the content is scrolled to ``top``."""
        return self.header_height + lane * self.lane_height - top

    def lane_at(self, y: int, top: int, lane_count: int) -> int | None:
        """The lane under screen row ``y``, or None (header, or below the last lane)."""
        if y < self.header_height:
            return None
        lane = (y - self.header_height + top) // self.lane_height
        return lane if 0 <= lane < lane_count else None

    def top_showing(self, lane: int, top: int, height: int) -> int:
        """The scroll position that brings ``lane`` into view, moving as little as possible."""
        lane_y = lane * self.lane_height
        visible = max(self.lane_height, height - self.header_height)
        if lane_y < top:
            return lane_y
        if lane_y + self.lane_height > top + visible:
            return lane_y + self.lane_height - visible
        return top
