"""Bounds on a zip read from a user's file: members, unpacked sizes and packing ratio, from the directory alone."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass


@dataclass(frozen=True)
class ZipLimits:
    members: int
    member_bytes: int  # one member, uncompressed
    total_bytes: int  # all members, uncompressed
    ratio: int  # uncompressed / compressed, for members over ratio_floor
    ratio_floor: int


def zip_bomb_problem(archive: zipfile.ZipFile, limits: ZipLimits, *, whole: str, part: str
                     ) -> tuple[str, str] | None:
    """What is over a limit, and that limit, as words for a message; None when the zip is within all of them.

    Read before a byte is inflated: zipfile stops inflating a member at its declared size, so the directory's
    sizes bound what is read. ``whole`` and ``part`` name the file and its members ("the workbook", "part").
    """
    members = archive.infolist()
    if len(members) > limits.members:
        return f"{whole} has {len(members):,} {part}s", f"{limits.members:,}"
    total = 0
    for member in members:
        size = member.file_size
        total += size
        if size > limits.member_bytes:
            return (f"its {part} {member.filename} unpacks to {round(size / (1024 * 1024)):,} MB",
                    f"{limits.member_bytes // (1024 * 1024)} MB")
        if size > limits.ratio_floor and size > limits.ratio * max(member.compress_size, 1):
            return (f"its {part} {member.filename} unpacks to {size // max(member.compress_size, 1):,} times its "
                    "packed size", f"{limits.ratio} times")
    if total > limits.total_bytes:
        return f"its {part}s unpack to {round(total / (1024 * 1024)):,} MB", f"{limits.total_bytes // (1024 * 1024)} MB"
    return None
