"""Vietnamese texts of the comparison of one unit across the years: the totals under its areas."""

VI_COMPARISON = {
    ("UnitComparisonDialog", "Final total"): "Tổng điểm",
    ("UnitComparisonDialog", "Index (out of 100)"): "Chỉ số (trên 100)",
    ("UnitComparisonDialog", "Grade"): "Xếp loại",
}
