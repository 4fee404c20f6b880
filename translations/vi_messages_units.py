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

    # --- File → Units… ---------------------------------------------------------------------------------------
    ("MainWindow", "&Units…"): "&Danh sách đơn vị…",
    ("MainWindow", "The units appraised: their level, code, the body above them, and mergers"):
        "Các đơn vị được đánh giá: cấp, mã, cơ quan cấp trên và việc sắp xếp, sáp nhập",
    ("UnitsDialog", "Units"): "Danh sách đơn vị",
    ("UnitsDialog", "Name"): "Tên đơn vị",
    ("UnitsDialog", "Level"): "Cấp",
    ("UnitsDialog", "Code"): "Mã",
    ("UnitsDialog", "Body above it"): "Cơ quan cấp trên",
    ("UnitsDialog", "Merged into"): "Đã sáp nhập vào",
    ("UnitsDialog", "Formed from"): "Hình thành từ",
    ("UnitsDialog", "&Add…"): "&Thêm…",
    ("UnitsDialog", "&Edit…"): "&Sửa…",
    ("UnitsDialog", "Record a &merger…"): "Ghi nhận sáp &nhập…",
    ("UnitsDialog", "Units merged into one (the 2025 reorganisation): the new unit's history then includes their "
                    "sheets"):
        "Các đơn vị được sáp nhập thành một (sắp xếp đơn vị hành chính năm 2025): lịch sử của đơn vị mới sẽ gồm cả "
        "các bảng điểm của những đơn vị này",
    ("UnitsDialog", "Add a unit"): "Thêm đơn vị",
    ("UnitsDialog", "Edit a unit"): "Sửa thông tin đơn vị",
    ("UnitFieldsDialog", "e.g. UBND tỉnh Lai Châu (printed in document headers)"):
        "ví dụ: UBND tỉnh Lai Châu (in ở phần đầu văn bản)",
    ("UnitFieldsDialog", "&Name:"): "&Tên đơn vị:",
    ("UnitFieldsDialog", "&Level:"): "&Cấp:",
    ("UnitFieldsDialog", "&Code:"): "&Mã:",
    ("UnitFieldsDialog", "&Body above it:"): "Cơ quan cấp &trên:",
    ("SuccessionDialog", "Record a merger"): "Ghi nhận sáp nhập",
    ("SuccessionDialog", "Tick the units that merged:"): "Đánh dấu các đơn vị được sáp nhập:",
    ("SuccessionDialog", "&Into:"): "Sáp nhập &vào:",
    ("SuccessionDialog", "&From:"): "&Từ ngày:",

    # --- a campaign from the window ----------------------------------------------------------------------------
    ("UnitsDialog", "Create the year's &sheets…"): "Tạo bảng điểm &cả năm…",
    ("UnitsDialog", "An empty sheet for every unit of a level, for one year, against one criteria set"):
        "Tạo bảng điểm trống cho mọi đơn vị cùng cấp trong một năm, theo một bộ tiêu chí",
    ("UnitsDialog", "%1 sheets of %2 created; %3 units already had one and were skipped."):
        "Đã tạo %1 bảng điểm năm %2; %3 đơn vị đã có bảng điểm nên được giữ nguyên.",
    ("CampaignDialog", "Create the year's sheets"): "Tạo bảng điểm cả năm",
    ("CampaignDialog", "&Year:"): "&Năm:",
    ("CampaignDialog", "&Level of the units:"): "&Cấp đơn vị:",
    ("CampaignDialog", "&Criteria set:"): "&Bộ tiêu chí:",
    ("CampaignDialog", "Units that already have a sheet that year keep it and are skipped."):
        "Đơn vị đã có bảng điểm của năm đó được giữ nguyên bảng điểm hiện có.",
}
