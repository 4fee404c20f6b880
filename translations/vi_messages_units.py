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
}
