"""Vietnamese texts of the rules-sets branch: bonus and deduction in the tree and summary bar, pasted figures."""

VI_RULES_SETS = {
    ("SummaryBar", "bonus +%1"): "điểm thưởng +%1",
    ("SummaryBar", "deduction −%1"): "điểm trừ −%1",
    ("SummaryBar", "including %1"): "trong đó %1",
    ("SummaryBar", "Sum of every entered score: self-assessment %1, appraisal %2"):
        "Cộng tất cả điểm đã nhập: tự đánh giá %1, thẩm định %2",
    ("SheetTreeModel", "%1. %2 — bonus points (điểm thưởng): added to the total, up to %3, outside the maximum "
                       "the index is measured against"):
        "%1. %2 — điểm thưởng: cộng vào tổng điểm, tối đa %3 điểm, ngoài thang điểm dùng để tính chỉ số",
    ("SheetTreeModel", "%1. %2 — deduction (điểm trừ): its points are taken off the total, up to %3"):
        "%1. %2 — điểm trừ: số điểm này bị trừ vào tổng điểm, tối đa %3 điểm",
    ("Messages", "%1 is scored by a rule from its figures: give its figures (a percentage such as 96% or a ratio "
                 "such as 45/50), not its score."):
        "Tiêu chí %1 được chấm theo quy định từ số liệu: hãy nhập số liệu (tỷ lệ phần trăm như 96% hoặc tỷ số "
        "như 45/50), không nhập điểm.",
    ("CriteriaSetsDialog", "Delete se&t…"): "Xóa &bộ này…",
    ("CriteriaSetsDialog", "Delete the selected set, if no sheet is scored against it"):
        "Xóa bộ tiêu chí đang chọn, nếu chưa có bảng điểm nào chấm theo bộ này",
    ("CriteriaSetsDialog", "Delete the criteria set “%1” (%2, %3, version %4) and its criteria? No sheet is scored "
                           "against it. This cannot be undone."):
        "Xóa bộ tiêu chí “%1” (năm %2, %3, phiên bản %4) cùng các tiêu chí của bộ? Chưa có bảng điểm nào chấm "
        "theo bộ này. Việc xóa không hoàn tác được.",
    ("CriteriaSetsDialog", "Your unsaved changes to it are discarded too."):
        "Các thay đổi chưa lưu của bộ này cũng bị bỏ.",
    ("Messages", "“%1” cannot be deleted: %2 sheet(s) are scored against it. Delete those sheets first, or keep "
                 "the set."):
        "Không xóa được “%1”: có %2 bảng điểm đang chấm theo bộ tiêu chí này. Hãy xóa các bảng điểm đó trước, "
        "hoặc giữ lại bộ tiêu chí.",
    ("Messages", "“%1” is built into the program and cannot be deleted."):
        "“%1” là bộ tiêu chí có sẵn trong phần mềm, không xóa được.",
    ("Messages", "These rows of the file match no criterion of the criteria set “%1”: %2. Check their numbers, "
                 "or choose the set the file was made for."):
        "Các dòng sau của tệp không khớp với tiêu chí nào của bộ tiêu chí “%1”: %2. Hãy kiểm tra lại số thứ tự, "
        "hoặc chọn đúng bộ tiêu chí mà tệp được lập theo.",
    ("ImportDialog", "Criteria &set:"): "&Bộ tiêu chí:",
    ("ImportDialog", "Make a new set from this table's criteria (or the set they match)"):
        "Lập bộ tiêu chí mới theo các tiêu chí của bảng này (hoặc bộ đã có trùng khớp)",
    ("ImportDialog", "%1 — %2, %3, version %4"): "%1 — năm %2, %3, phiên bản %4",
    ("MainWindow", "Imported %1 as a new sheet of the chosen criteria set."):
        "Đã nhập %1 thành bảng điểm mới theo bộ tiêu chí đã chọn.",
    ("MainWindow", "Imported %1 into the unit's sheet of the chosen criteria set."):
        "Đã nhập %1 vào bảng điểm của đơn vị theo bộ tiêu chí đã chọn.",
}
