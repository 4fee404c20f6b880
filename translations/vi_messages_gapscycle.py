"""Vietnamese texts of one unit across the years, the undoable evidence steps and conflicts since the last exchange."""

VI_GAPSCYCLE = {
    ("Commands", "Remove the evidence file %1 from %2"): "Gỡ tệp minh chứng %1 khỏi %2",
    ("Commands", "Attach %1 to %2"): "Đính kèm %1 vào %2",
    ("Commands", "Attach %1 evidence files to %2"): "Đính kèm %1 tệp minh chứng vào %2",
    ("Evidence", "Remove “%1” from criterion %2? The removal is recorded in the history; Edit → Undo puts the file "
                 "back."):
        "Gỡ “%1” khỏi tiêu chí %2? Việc gỡ được ghi vào lịch sử; Sửa → Hoàn tác sẽ đính kèm lại tệp.",
    ("Exchange", "The package and this sheet both changed %1 value(s) since their last exchange. Nothing has been "
                 "received yet: choose for each whether to keep your value or take the package's."):
        "Gói và bảng điểm này cùng sửa %1 giá trị kể từ lần trao đổi gần nhất. Chưa có gì được nhận: hãy chọn, với "
        "từng giá trị, giữ giá trị của mình hay lấy giá trị trong gói.",
    ("Messages", "The package and this sheet changed the same values since their last exchange. Nothing was "
                 "received: choose, criterion by criterion, whether to keep yours or take the package's."):
        "Gói và bảng điểm này cùng sửa một số giá trị kể từ lần trao đổi gần nhất. Chưa có gì được nhận: hãy chọn, "
        "theo từng tiêu chí, giữ giá trị của mình hay lấy giá trị trong gói.",
    ("OverviewWindow", "&Across the years…"): "&Qua các năm…",
    ("OverviewWindow", "The selected unit's sheets over the years, per area and per criterion, its predecessors' "
                       "included"):
        "Bảng điểm của đơn vị đang chọn qua các năm, theo lĩnh vực và theo tiêu chí, kể cả của các đơn vị trước "
        "sáp nhập",
    ("OverviewWindow", "Compare this unit across the years…"): "So sánh đơn vị này qua các năm…",
    ("UnitComparisonDialog", "%1 (%2 of %3)"): "%1 (%2/%3)",
    ("UnitComparisonDialog", "%1 across the years"): "%1 qua các năm",
    ("UnitComparisonDialog", "appraisal"): "Điểm thẩm định",
    ("UnitComparisonDialog", "self-assessment"): "Điểm tự đánh giá",
    ("UnitComparisonDialog", "Scores (%1) of %2 sheets: %3."): "%1 của %2 bảng điểm: %3.",
    ("UnitComparisonDialog", "Shaded years are the sheets of units merged into this one (predecessors): %1."):
        "Các năm tô nền là bảng điểm của đơn vị đã sáp nhập vào đơn vị này (đơn vị trước sáp nhập): %1.",
    ("UnitComparisonDialog", "Code"): "Mã",
    ("UnitComparisonDialog", "Criterion"): "Tiêu chí",
    ("UnitComparisonDialog", "Maximum"): "Điểm chuẩn",
    ("UnitComparisonDialog", "Change %1–%2"): "Tăng/giảm %1–%2",
    ("UnitComparisonDialog", "The sheet of %1, merged into this unit"): "Bảng điểm của %1, đã sáp nhập vào đơn vị này",
    ("UnitComparisonDialog", "Year"): "Năm",
    ("UnitComparisonDialog", "Double-click to open the %1 sheet"): "Nhấn đúp để mở bảng điểm năm %1",
    ("UnitComparisonDialog", "Why"): "Lý do",
    ("UnitComparisonDialog", "Another year's set has this code under another title"):
        "Bộ tiêu chí của năm khác có mã này nhưng tên tiêu chí khác",
    ("UnitComparisonDialog", "Another year's set has no criterion with this code"):
        "Bộ tiêu chí của năm khác không có tiêu chí mang mã này",
    ("UnitComparisonDialog", "◀ &Previous unit"): "◀ Đơn vị &trước",
    ("UnitComparisonDialog", "&Next unit ▶"): "Đơn vị &sau ▶",
    ("UnitComparisonDialog", "The unit above in the overview's list"): "Đơn vị ở dòng trên trong danh sách tổng hợp",
    ("UnitComparisonDialog", "The unit below in the overview's list"): "Đơn vị ở dòng dưới trong danh sách tổng hợp",
    ("UnitComparisonDialog", "By area"): "Theo lĩnh vực",
    ("UnitComparisonDialog", "By criterion (%1 matching)"): "Theo tiêu chí (%1 tiêu chí khớp)",
    ("UnitComparisonDialog", "Not compared (%1)"): "Không so sánh được (%1)",
}
