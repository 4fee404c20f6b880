"""Vietnamese texts of the backups, history and user-name dialogs, keyed by (context, English source) like VI."""

VI_SAFETY = {
    # --- BackupsDialog -------------------------------------------------------------------
    ("BackupsDialog", "Backups"): "Bản sao lưu",
    ("BackupsDialog", "Copies of %1 are kept in the folder %2. A copy is made automatically about every 30 minutes "
                      "while you work, and before a sheet is finalized or reopened."):
        "Các bản sao của %1 được lưu trong thư mục %2. Phần mềm tự động sao lưu khoảng 30 phút một lần trong khi "
        "làm việc, và trước khi chốt hoặc mở lại bảng điểm.",
    ("BackupsDialog", "Taken on"): "Thời điểm sao lưu",
    ("BackupsDialog", "Reason"): "Lý do",
    ("BackupsDialog", "Size"): "Dung lượng",
    ("BackupsDialog", "There are no backups yet. Click “Back up now” to make the first one."):
        "Chưa có bản sao lưu nào. Nhấn “Sao lưu ngay” để tạo bản đầu tiên.",
    ("BackupsDialog", "&Back up now"): "&Sao lưu ngay",
    ("BackupsDialog", "&Restore…"): "&Khôi phục…",
    ("BackupsDialog", "Put the selected backup in place of the database; the current file is kept as a copy"):
        "Thay cơ sở dữ liệu bằng bản sao lưu đang chọn; tệp hiện tại được giữ lại thành một bản sao",
    ("BackupsDialog", "Open backups &folder"): "Mở &thư mục sao lưu",
    ("BackupsDialog", "&Close"): "Đó&ng",
    ("BackupsDialog", "Manual backup"): "Sao lưu thủ công",
    ("BackupsDialog", "Automatic (while working)"): "Tự động (trong khi làm việc)",
    ("BackupsDialog", "Before finalizing a sheet"): "Trước khi chốt bảng điểm",
    ("BackupsDialog", "Before reopening a finalized sheet"): "Trước khi mở lại bảng điểm đã chốt",
    ("BackupsDialog", "The file as it was before a restore"): "Tệp trước khi khôi phục",
    ("BackupsDialog", "Damaged file replaced by a restore"): "Tệp bị hỏng đã được thay khi khôi phục",
    ("BackupsDialog", "Before upgrading to a new version"): "Trước khi nâng cấp lên phiên bản mới",
    ("BackupsDialog", "%1 KB"): "%1 KB",
    ("BackupsDialog", "%1 MB"): "%1 MB",
    ("BackupsDialog", "Backup made at %1."): "Đã sao lưu lúc %1.",
    ("BackupsDialog", "The backups folder cannot be read: %1"): "Không đọc được thư mục sao lưu: %1",
    ("BackupsDialog", "Restore a backup"): "Khôi phục bản sao lưu",
    ("BackupsDialog", "Restore the backup taken on %1?\n\nAll scores and notes will go back to what they were at "
                      "that moment. The current file is first kept as a copy in the backups folder, so nothing is "
                      "lost."):
        "Khôi phục bản sao lưu lúc %1?\n\nToàn bộ điểm và ghi chú sẽ trở lại như tại thời điểm đó. Trước khi "
        "khôi phục, tệp hiện tại được giữ lại thành một bản sao trong thư mục sao lưu, nên không mất dữ liệu.",
    ("BackupsDialog", "The backup of %1 has been restored.\nScores and notes changed by the restore: %2.\n\n"
                      "The file as it was before the restore is kept as:\n%3"):
        "Đã khôi phục bản sao lưu lúc %1.\nSố điểm và ghi chú thay đổi do khôi phục: %2.\n\n"
        "Tệp trước khi khôi phục được giữ tại:\n%3",
    ("BackupsDialog", "The backup could not be put in place (%1). The file as it was before is kept in the backups "
                      "folder."):
        "Không thay được cơ sở dữ liệu bằng bản sao lưu (%1). Tệp trước khi khôi phục được giữ trong thư mục "
        "sao lưu.",
    ("BackupsDialog", "The backup of %1 is damaged or is not a CCHC Desktop database, so it cannot be restored. "
                      "Choose another backup; your database was not changed."):
        "Bản sao lưu lúc %1 bị hỏng hoặc không phải cơ sở dữ liệu CCHC Desktop nên không khôi phục được. "
        "Vui lòng chọn bản sao lưu khác; cơ sở dữ liệu chưa bị thay đổi.",
    ("BackupsDialog", "This backup is no longer in the backups folder (it may have been moved or deleted). Choose "
                      "another one; your database was not changed."):
        "Bản sao lưu này không còn trong thư mục sao lưu (có thể đã bị di chuyển hoặc xóa). Vui lòng chọn bản "
        "khác; cơ sở dữ liệu chưa bị thay đổi.",
    ("BackupsDialog", "The database is still open in this window, so the backup cannot be put in its place. Close "
                      "the window, open it again and retry; your database was not changed."):
        "Cơ sở dữ liệu vẫn đang mở trong cửa sổ này nên không thể thay bằng bản sao lưu. Vui lòng đóng cửa sổ, "
        "mở lại rồi thử lại; cơ sở dữ liệu chưa bị thay đổi.",
    ("BackupsDialog", "The folder of the database cannot be written. Copy the database to a folder of your own "
                      "(e.g. Documents) and open that copy."):
        "Không ghi được vào thư mục chứa cơ sở dữ liệu. Vui lòng sao chép cơ sở dữ liệu sang một thư mục riêng "
        "(ví dụ Documents) rồi mở bản sao đó.",
    ("BackupsDialog", "The folder could not be opened. It is:\n%1"):
        "Không mở được thư mục. Đường dẫn thư mục:\n%1",
    # --- HistoryDialog -------------------------------------------------------------------
    ("HistoryDialog", "History of this criterion"): "Lịch sử thay đổi của tiêu chí",
    ("HistoryDialog", "History of changes to criterion %1 – %2"): "Lịch sử thay đổi của tiêu chí %1 – %2",
    ("HistoryDialog", "When"): "Thời điểm",
    ("HistoryDialog", "Who"): "Người thực hiện",
    ("HistoryDialog", "Through"): "Cách thực hiện",
    ("HistoryDialog", "Column"): "Cột",
    ("HistoryDialog", "Before"): "Giá trị cũ",
    ("HistoryDialog", "After"): "Giá trị mới",
    ("HistoryDialog", "No changes yet."): "Chưa có thay đổi nào.",
    ("HistoryDialog", "Typed in the window"): "Nhập trên cửa sổ",
    ("HistoryDialog", "Pasted"): "Dán",
    ("HistoryDialog", "Cleared"): "Xóa",
    ("HistoryDialog", "Imported from a file"): "Nhập từ tệp",
    ("HistoryDialog", "Command line"): "Dòng lệnh",
    ("HistoryDialog", "Restored from a backup"): "Khôi phục bản sao lưu",
    ("HistoryDialog", "Undone"): "Hoàn tác",
    ("HistoryDialog", "Redone"): "Làm lại",
    ("HistoryDialog", "Value when the history began"): "Giá trị khi bắt đầu ghi lịch sử",
    ("HistoryDialog", "Self-test"): "Tự kiểm tra",
    ("HistoryDialog", "Self-assessment score"): "Điểm tự đánh giá",
    ("HistoryDialog", "Appraisal score"): "Điểm thẩm định",
    ("HistoryDialog", "Note"): "Ghi chú",
    ("HistoryDialog", "Your &name in the history…"): "Họ tên ghi trong &lịch sử…",
    ("HistoryDialog", "The name recorded with your changes, beside the Windows user"):
        "Họ tên được ghi kèm các thay đổi, bên cạnh tài khoản Windows",
    # --- UserNameDialog ------------------------------------------------------------------
    ("UserNameDialog", "Name recorded with your changes"): "Họ tên ghi kèm các thay đổi",
    ("UserNameDialog", "This name is written in the history beside every change made from now on, together with "
                       "the Windows user (%1). Leave it empty to record only the Windows user."):
        "Họ tên này được ghi vào lịch sử kèm theo mỗi thay đổi từ nay về sau, cùng với tài khoản Windows (%1). "
        "Để trống nếu chỉ cần ghi tài khoản Windows.",
    ("UserNameDialog", "e.g. Nguyễn Văn An"): "ví dụ: Nguyễn Văn An",
    # --- MainWindow: the texts of the wiring handed to the window's owner -----------------
    ("MainWindow", "&Backups…"): "&Sao lưu và khôi phục…",
    ("MainWindow", "Back up the database now, or restore an earlier copy"):
        "Sao lưu cơ sở dữ liệu ngay, hoặc khôi phục một bản sao lưu trước đó",
    ("MainWindow", "Your &name in the history…"): "Họ tên ghi trong &lịch sử…",
    ("MainWindow", "History of this criterion…"): "Lịch sử thay đổi của tiêu chí…",
}
