"""Vietnamese texts for a sheet deleted by another user of a shared database while it is open here."""

VI_DELETED = {
    ("MainWindow", "Sheet deleted"): "Bảng điểm đã bị xóa",
    ("MainWindow", "The %1 sheet of %2 was deleted by %3 on the shared database, so it is closed here. What was "
                   "saved in it before is in the database's change history."):
        "Bảng điểm năm %1 của %2 đã bị %3 xóa trên cơ sở dữ liệu dùng chung nên được đóng tại đây. Những gì đã lưu "
        "trong bảng điểm trước đó vẫn còn trong nhật ký thay đổi của cơ sở dữ liệu.",
    ("MainWindow", "another user"): "một người dùng khác",
}
