"""Vietnamese texts of the overview window (ranking of a year, charts, exports, shortfalls), keyed like VI."""

VI_OVERVIEW = {
    ("MainWindow", "O&verview and ranking…"): "Tổng hợp/&xếp hạng…",
    # --- the table ----------------------------------------------------------------------------
    ("OverviewModel", "Area %1"): "Lĩnh vực %1",
    ("OverviewModel", "Rank"): "Xếp hạng",
    ("OverviewModel", "Unit"): "Đơn vị",
    ("OverviewModel", "Self-assessment"): "Tự đánh giá",
    ("OverviewModel", "Appraisal"): "Thẩm định",
    ("OverviewModel", "Applicable maximum"): "Tối đa áp dụng",
    ("OverviewModel", "Index"): "Chỉ số",
    ("OverviewModel", "Grade"): "Xếp loại",
    ("OverviewModel", "Progress"): "Tiến độ chấm",
    ("OverviewModel", "Sub-criteria scored / sub-criteria that apply"):
        "Số tiêu chí thành phần đã chấm / số tiêu chí thành phần được áp dụng",
    ("OverviewModel", "Nothing is entered in this column yet: ranked after every scored unit."):
        "Chưa có điểm nào ở cột này: xếp sau tất cả các đơn vị đã có điểm.",
    # --- the window ---------------------------------------------------------------------------
    ("OverviewWindow", "&Year:"): "&Năm:",
    ("OverviewWindow", "&Rank by:"): "&Xếp hạng theo:",
    ("OverviewWindow", "Appraisal score"): "Điểm thẩm định",
    ("OverviewWindow", "Self-assessment score"): "Điểm tự đánh giá",
    ("OverviewWindow", "Find a unit by name, e.g. khong lao"): "Tìm đơn vị theo tên, ví dụ: khong lao",
    ("OverviewWindow", "Export to &Excel…"): "Xuất ra &Excel…",
    ("OverviewWindow", "Export as &PDF…"): "Xuất ra &PDF…",
    ("OverviewWindow", "Largest &shortfalls…"): "Tiêu chí &mất điểm nhiều nhất…",
    ("OverviewWindow", "The ten criteria on which the units together lost most points"):
        "Mười tiêu chí mà các đơn vị cộng lại bị mất nhiều điểm nhất",
    ("OverviewWindow", "Index by unit"): "Chỉ số theo đơn vị",
    ("OverviewWindow", "Areas of the selected unit"): "Các lĩnh vực của đơn vị đang chọn",
    ("OverviewWindow", "The selected unit over the years"): "Đơn vị đang chọn qua các năm",
    ("TrendChart", "%1: the index year by year"): "%1: chỉ số qua từng năm",
    ("OverviewWindow", "Export the ranking to Excel"): "Xuất bảng xếp hạng ra Excel",
    ("OverviewWindow", "Excel workbooks (*.xlsx)"): "Tệp Excel (*.xlsx)",
    ("OverviewWindow", "Export the ranking as PDF"): "Xuất bảng xếp hạng ra PDF",
    ("OverviewWindow", "PDF files (*.pdf)"): "Tệp PDF (*.pdf)",
    ("OverviewWindow", "The file could not be written: %1. Choose another folder or file name."):
        "Không ghi được tệp: %1. Hãy chọn thư mục hoặc tên tệp khác.",
    ("OverviewWindow", "Saved the ranking in %1."): "Đã lưu bảng xếp hạng vào %1.",
    ("OverviewWindow", "Overview"): "Tổng hợp",
    ("OverviewWindow", "Overview and ranking"): "Tổng hợp và xếp hạng",
    ("OverviewWindow", "Overview and ranking, %1: %2 units"): "Tổng hợp và xếp hạng năm %1: %2 đơn vị",
    # --- the ten largest shortfalls -----------------------------------------------------------
    ("ShortfallDialog", "Largest shortfalls, %1"): "Tiêu chí mất điểm nhiều nhất, năm %1",
    ("ShortfallDialog", "Code"): "Mã",
    ("ShortfallDialog", "Criterion"): "Tiêu chí",
    ("ShortfallDialog", "Maximum"): "Điểm tối đa",
    ("ShortfallDialog", "Points lost in all"): "Tổng số điểm bị mất",
    ("ShortfallDialog", "Units that lost most"): "Đơn vị mất điểm nhiều nhất",
    ("ShortfallDialog", "and %1 more"): "và %1 đơn vị khác",
    ("ShortfallDialog", "No unit lost points on a scored criterion."):
        "Không đơn vị nào bị mất điểm ở tiêu chí đã chấm.",
    # --- the charts ---------------------------------------------------------------------------
    ("IndexChart", "Index by unit, in rank order, over the grade bands"):
        "Chỉ số của từng đơn vị theo thứ tự xếp hạng, trên nền các mức xếp loại",
    ("IndexChart", "No unit has scores in this column yet."): "Chưa đơn vị nào có điểm ở cột này.",
    ("IndexChart", "%1. %2: index %3, %4"): "%1. %2: chỉ số %3, %4",
    ("AreaChart", "Select a unit in the table."): "Hãy chọn một đơn vị trong bảng.",
    ("AreaChart", "%1: each area as a percentage of its maximum; black mark: average of all units"):
        "%1: tỷ lệ điểm đạt so với điểm tối đa của từng lĩnh vực; vạch đen: bình quân các đơn vị",
}
