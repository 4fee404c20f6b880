"""What every benchmark shares: the seed sheet's path and the nearest-rank percentile behind each p99."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared original when it is beside the project, else the copy the program ships as its demo.
SEED = ROOT.parent / "shared" / "seed" / "000_af3bdc7e3d446662.txt"
if not SEED.exists():
    SEED = ROOT / "resources" / "demo" / "phong-tho-2023.txt"


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: ``percentile(times, 0.99)`` is the p99 the benchmarks print."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
