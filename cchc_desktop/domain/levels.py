"""The levels of government a unit or criteria set belongs to, as stored (English words)."""

LEVELS = ("commune", "ward", "special", "department", "district", "province")
