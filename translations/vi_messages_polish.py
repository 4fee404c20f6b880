"""Vietnamese texts of the layout, search, paste-feedback and access-key polish (merged into vi_messages.py)."""

VI_POLISH = {
    ("MainWindow", "Your name in the &history…"): "Họ tên ghi trong &lịch sử…",
    # The shorter totals line of a narrow window (cchc_desktop/ui/summary_bar.py).
    ("SummaryBar", "Self-assessment"): "Tự đánh giá",
    ("SummaryBar", "Appraisal"): "Thẩm định",
    ("SummaryBar", "Appraised %1/%2"): "Đã thẩm định %1/%2",
    # Search (cchc_desktop/ui/main_window.py).
    ("MainWindow", "%1 found"): "Tìm thấy %1",
    ("MainWindow", "No match"): "Không tìm thấy",
    ("MainWindow", "No criterion matches “%1”.\n\nCheck the spelling or type fewer words; Esc clears the search."):
        "Không có tiêu chí nào khớp với “%1”.\n\nHãy kiểm tra chính tả hoặc gõ ít từ hơn; nhấn Esc để xóa ô tìm kiếm.",
    ("MainWindow", "Every sub-criterion has both scores."):
        "Tất cả tiêu chí thành phần đã có đủ điểm tự đánh giá và điểm thẩm định.",
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
