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
# On Windows the program uses the system's own file dialog, in the system's language; elsewhere Qt draws its own.
QT_VI_POLISH: dict[tuple[str, str], str] = {
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."):
        "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    ("QFileDialog", "%1 File"): "Tệp %1",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): "%1 đã có.\nBạn có muốn thay thế tệp này không?",
    ("QFileDialog", "&Choose"): "&Chọn",
    ("QFileDialog", "&Delete"): "&Xóa",
    ("QFileDialog", "&New Folder"): "Thư mục &mới",
    ("QFileDialog", "&Open"): "&Mở",
    ("QFileDialog", "&Rename"): "Đổi &tên",
    ("QFileDialog", "&Save"): "&Lưu",
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
        "“%1” đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa?",
    ("QFileDialog", "Alias"): "Bí danh",
    ("QFileDialog", "All Files (*)"): "Tất cả các tệp (*)",
    ("QFileDialog", "All files (*)"): "Tất cả các tệp (*)",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Bạn có chắc muốn xóa “%1”?",
    ("QFileDialog", "Back"): "Quay lại",
    ("QFileDialog", "Change to detail view mode"): "Xem dạng chi tiết",
    ("QFileDialog", "Change to list view mode"): "Xem dạng danh sách",
    ("QFileDialog", "Could not delete directory."): "Không xóa được thư mục.",
    ("QFileDialog", "Create New Folder"): "Tạo thư mục mới",
    ("QFileDialog", "Create a New Folder"): "Tạo một thư mục mới",
    ("QFileDialog", "Delete"): "Xóa",
    ("QFileDialog", "Detail View"): "Xem chi tiết",
    ("QFileDialog", "Directories"): "Thư mục",
    ("QFileDialog", "Directory:"): "Thư mục:",
    ("QFileDialog", "Drive"): "Ổ đĩa",
    ("QFileDialog", "File"): "Tệp",
    ("QFileDialog", "File &name:"): "&Tên tệp:",
    ("QFileDialog", "File Folder"): "Thư mục",
    ("QFileDialog", "Files"): "Tệp",
    ("QFileDialog", "Files of type:"): "Loại tệp:",
    ("QFileDialog", "Find Directory"): "Chọn thư mục",
    ("QFileDialog", "Folder"): "Thư mục",
    ("QFileDialog", "Forward"): "Tiến tới",
    ("QFileDialog", "Go back"): "Quay lại",
    ("QFileDialog", "Go forward"): "Tiến tới",
    ("QFileDialog", "Go to the parent directory"): "Lên thư mục cha",
    ("QFileDialog", "List View"): "Xem danh sách",
    ("QFileDialog", "List of places and bookmarks"): "Danh sách vị trí và dấu trang",
    ("QFileDialog", "Look in:"): "Tìm trong:",
    ("QFileDialog", "&Look in:"): "Tìm t&rong:",
    ("QFileDialog", "Files of &type:"): "&Loại tệp:",
    ("QFileDialog", "My Computer"): "Máy tính",
    ("QFileDialog", "New Folder"): "Thư mục mới",
    ("QFileDialog", "Open"): "Mở",
    ("QFileDialog", "Parent Directory"): "Thư mục cha",
    ("QFileDialog", "Recent Places"): "Vị trí gần đây",
    ("QFileDialog", "Remove"): "Gỡ bỏ",
    ("QFileDialog", "Save As"): "Lưu thành",
    ("QFileDialog", "Shortcut"): "Lối tắt",
    ("QFileDialog", "Show "): "Hiện ",
    ("QFileDialog", "Show &hidden files"): "Hiện các tệp &ẩn",
    ("QFileDialog", "Sidebar"): "Thanh bên",
    ("QFileDialog", "Unknown"): "Không rõ",
    ("QFileSystemModel", "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters "
                         "or no punctuation marks."):
        "<b>Không dùng được tên “%1”.</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.",
    ("QAbstractFileIconProvider", "Folder"): "Thư mục",
    ("QAbstractFileIconProvider", "File Folder"): "Thư mục",
    ("QAbstractFileIconProvider", "Drive"): "Ổ đĩa",
    ("QAbstractFileIconProvider", "File"): "Tệp",
    ("QAbstractFileIconProvider", "%1 File"): "Tệp %1",
    ("QAbstractFileIconProvider", "Shortcut"): "Lối tắt",
    ("QAbstractFileIconProvider", "Alias"): "Bí danh",
    ("QAbstractFileIconProvider", "Unknown"): "Không rõ",
    ("QFileSystemModel", "Computer"): "Máy tính",
    ("QFileSystemModel", "Date Modified"): "Ngày sửa",
    ("QFileSystemModel", "Invalid filename"): "Tên tệp không hợp lệ",
    ("QFileSystemModel", "Kind"): "Loại",
    ("QFileSystemModel", "My Computer"): "Máy tính",
    ("QFileSystemModel", "Name"): "Tên",
    ("QFileSystemModel", "Size"): "Kích thước",
    ("QFileSystemModel", "Type"): "Loại",
}
