"""Vietnamese texts of the rulewindow branch: figures typed in a rule leaf's cell, options, not applicable marks."""

VI_RULEWINDOW = {
    ("Commands", "Enter the figures of %1 %2: %3"): "Nhập số liệu %2 của %1: %3",
    ("Commands", "Mark %1 not applicable"): "Đánh dấu %1 không áp dụng",
    ("Commands", "Make %1 applicable again"): "Áp dụng lại %1",
    ("SheetTreeModel", "Not applicable"): "Không áp dụng",
    ("SheetTreeModel", "Not applicable: %1"): "Không áp dụng: %1",
    ("SheetTreeModel", "%1: pick one of the rule's options"): "%1: chọn một phương án chấm điểm",
    ("SheetTreeModel", "%1: type the figures (a percentage such as 96%, or a ratio such as 45/50); "
                       "the rule computes the score"):
        "%1: nhập số liệu (tỷ lệ như 96%, hoặc tỷ số như 45/50); điểm được tính theo quy định chấm điểm",
    ("SheetTreeModel", "%1 is scored by a rule: type its figures as a percentage (such as 96%) or a ratio "
                       "(such as 45/50), not the score."):
        "Tiêu chí %1 được chấm theo quy định: hãy nhập số liệu dưới dạng tỷ lệ phần trăm (như 96%) hoặc tỷ số "
        "(như 45/50), không nhập điểm.",
    ("SheetTreeModel", "Figures: %1 → %2"): "Số liệu: %1 → %2 điểm",
    ("ReasonDialog", "Not applicable"): "Không áp dụng",
    ("ReasonDialog", "Why does %1 (%2) not apply to this unit this year? The reason is kept in the "
                     "sheet's history."):
        "Vì sao tiêu chí %1 (%2) không áp dụng cho đơn vị trong năm đánh giá? Lý do được lưu trong lịch sử "
        "thay đổi của bảng điểm.",
    ("ReasonDialog", "e.g. Không được giao chỉ tiêu"): "Ví dụ: Không được giao chỉ tiêu",
    ("MainWindow", "&Not applicable…"): "&Không áp dụng…",
    ("MainWindow", "&Applicable again"): "Á&p dụng lại",
    ("SummaryBar", "applicable maximum %1"): "tổng điểm tối đa áp dụng %1",
    ("SheetTreeView", "Nothing was pasted: %1 is scored by a rule from its figures; type them in its cell."):
        "Chưa dán được: điểm của tiêu chí %1 được tính theo quy định chấm điểm từ số liệu; hãy nhập số liệu vào ô "
        "của tiêu chí đó.",
}
