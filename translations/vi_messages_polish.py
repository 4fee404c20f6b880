"""Vietnamese texts of the layout, search, paste-feedback and access-key polish (merged into vi_messages.py)."""

VI_POLISH = {
    ("MainWindow", "Your name in the &history…"): "Họ tên ghi trong &lịch sử…",
    # The shorter totals line of a narrow window (cchc_desktop/ui/summary_bar.py).
    ("SummaryBar", "Self-assessment"): "Tự đánh giá",
    ("SummaryBar", "Appraisal"): "Thẩm định",
    ("SummaryBar", "Appraised %1/%2"): "Đã thẩm định %1/%2",
    # Paste feedback (cchc_desktop/ui/sheet_view.py, main_window.py).
    ("SheetTreeView", "Line %1 (%2): %3"): "Dòng %1 (%2): %3",
    ("SheetTreeView", "Nothing was pasted: one value cannot be a score."):
        "Chưa dán điểm nào: có một giá trị không dùng được làm điểm.",
    ("SheetTreeView", "Nothing was pasted: %1 values cannot be scores."):
        "Chưa dán điểm nào: có %1 giá trị không dùng được làm điểm.",
    ("SheetTreeView", "… and %1 more."): "… và %1 giá trị khác.",
    ("MainWindow", "Row %1 was skipped: its score is computed from its sub-criteria."):
        "Đã bỏ qua dòng %1: điểm của dòng này được tính từ các tiêu chí thành phần.",
    ("MainWindow", "Rows %1 were skipped: their scores are computed from their sub-criteria."):
        "Đã bỏ qua các dòng %1: điểm của các dòng này được tính từ các tiêu chí thành phần.",
}

# Qt's own texts added by this work (the file dialog, its file-system model).
QT_VI_POLISH: dict[tuple[str, str], str] = {
}
