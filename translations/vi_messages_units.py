"""Vietnamese texts of the list of units, their mergers (2025 reorganisation) and campaigns, by source."""

VI_UNITS = {
    ("Messages", "There is no unit named %1: add it to the list of units first."):
        "Chưa có đơn vị tên %1: hãy thêm đơn vị này vào danh sách đơn vị trước.",
    ("Messages", "%1 cannot merge into %2: %2 would then be its own predecessor."):
        "Không thể sáp nhập %1 vào %2: khi đó %2 sẽ trở thành đơn vị tiền thân của chính nó.",
    ("Messages", "There are no units of that level in the list of units: add them first."):
        "Danh sách đơn vị chưa có đơn vị nào thuộc cấp này: hãy thêm đơn vị trước.",
    ("Messages", "This criteria set is made for units of another level: choose a set of the level the sheets are "
                 "for."):
        "Bộ tiêu chí này dành cho đơn vị thuộc cấp khác: hãy chọn bộ tiêu chí đúng cấp của các bảng điểm cần tạo.",

    # --- the overview's stage and missing-evidence columns ---------------------------------------------------
    ("OverviewModel", "Missing evidence"): "Thiếu minh chứng",
    ("OverviewModel", "Stage"): "Giai đoạn",
    ("OverviewModel", "Self-scored sub-criteria with neither an evidence file nor an explanation"):
        "Số tiêu chí thành phần đã tự chấm điểm nhưng chưa có tài liệu kiểm chứng hoặc giải trình",
    ("OverviewModel", "Outside the cycle"): "Ngoài quy trình",
    ("OverviewModel", "Self-assessment"): "Tự đánh giá",
    ("OverviewModel", "Submitted, round 1"): "Đã gửi, thẩm định vòng 1",
    ("OverviewModel", "Appraised, explaining"): "Đã thẩm định, đang giải trình",
    ("OverviewModel", "Explained, final appraisal"): "Đã giải trình, thẩm định lần cuối",
    ("OverviewModel", "Final"): "Đã có kết quả cuối cùng",
    ("OverviewModel", "Locked"): "Đã chốt",
}
