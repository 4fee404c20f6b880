"""Vietnamese texts for cchc_vi.ts, keyed by (context, English source); fill_ts.py writes them into the .ts."""

VI = {
    ("Commands", "self-assessment"): "điểm tự đánh giá",
    ("Commands", "appraisal"): "điểm thẩm định",
    ("Commands", "Clear %1 %2"): "Xóa %2 của %1",
    ("Commands", "Set %1 %2 to %3"): "Nhập %2 của %1 là %3",
    ("Commands", "Paste %1 scores"): "Dán %1 điểm",
    ("Commands", "Clear %1 scores"): "Xóa %1 điểm",
    ("Commands", "Edit the note of %1"): "Sửa ghi chú của %1",
    ("Crash", "Something went wrong inside CCHC Desktop. Scores already entered are saved.\n\n"
              "Please send the log file to your IT support:\n%1"):
        "Phần mềm CCHC Desktop gặp lỗi ngoài dự kiến. Các điểm đã nhập vẫn được lưu.\n\n"
        "Đề nghị gửi tệp nhật ký sau cho cán bộ hỗ trợ kỹ thuật:\n%1",
    ("Crash", "Unexpected error"): "Lỗi ngoài dự kiến",
    ("MainWindow", "&File"): "&Tệp",
    ("MainWindow", "&Edit"): "&Sửa",
    ("MainWindow", "&View"): "&Xem",
    ("MainWindow", "&Language"): "&Ngôn ngữ",
    ("MainWindow", "&Help"): "Trợ &giúp",
    ("MainWindow", "Toolbar"): "Thanh công cụ",
    ("MainWindow", "&New sheet…"): "&Tạo bảng điểm mới…",
    ("MainWindow", "Create a score sheet for a unit and year"): "Tạo bảng điểm cho một đơn vị và một năm",
    ("MainWindow", "&Rename the unit…"): "Đổi tên đơn &vị…",
    ("MainWindow", "&Delete this sheet…"): "&Xóa bảng điểm này…",
    ("MainWindow", "Print pre&view…"): "Xem trước khi &in…",
    ("MainWindow", "&Quit"): "T&hoát",
    ("MainWindow", "&Copy"): "&Sao chép",
    ("MainWindow", "&Paste"): "&Dán",
    ("MainWindow", "C&lear the selected scores"): "&Xóa điểm các ô đang chọn",
    ("MainWindow", "&Find a criterion"): "&Tìm tiêu chí",
    ("MainWindow", "E&xpand all"): "&Mở rộng tất cả",
    ("MainWindow", "C&ollapse to areas"): "&Thu gọn theo lĩnh vực",
    ("MainWindow", "Only &unscored"): "Chỉ hiện tiêu chí &chưa chấm",
    ("MainWindow", "Edit &history"): "&Lịch sử chỉnh sửa",
    ("MainWindow", "Edit history"): "Lịch sử chỉnh sửa",
    ("MainWindow", "<opened>"): "<lúc mở bảng điểm>",
    ("MainWindow", "Where is the &log file?"): "Vị trí tệp &nhật ký",
    ("MainWindow", "&About CCHC Desktop"): "&Giới thiệu CCHC Desktop",
    ("MainWindow", "Sheet:"): "Bảng điểm:",
    ("MainWindow", "Find by code or words, e.g. thu tuc"): "Tìm theo số thứ tự hoặc nội dung, ví dụ: thu tuc",
    ("MainWindow", "Only unscored"): "Chỉ tiêu chí chưa chấm",
    ("MainWindow", "Show only sub-criteria missing a self-assessment or appraisal score"):
        "Chỉ hiện các tiêu chí thành phần còn thiếu điểm tự đánh giá hoặc điểm thẩm định",
    ("MainWindow", "&Undo %1"): "&Hoàn tác: %1",
    ("MainWindow", "&Undo"): "&Hoàn tác",
    ("MainWindow", "&Redo %1"): "&Làm lại: %1",
    ("MainWindow", "&Redo"): "&Làm lại",
    ("MainWindow", "CCHC Desktop"): "CCHC Desktop",
    ("MainWindow", "%1 %2 — CCHC Desktop"): "%1 năm %2 — CCHC Desktop",
    ("MainWindow", "This sheet is finalized: it can be read and printed, not changed."):
        "Bảng điểm đã chốt: chỉ xem và in được, không sửa được.",
    ("MainWindow", "Select a cell and type a score: Enter saves it at once and moves to the next sub-criterion."):
        "Chọn một ô rồi gõ điểm: nhấn Enter để lưu ngay và chuyển xuống tiêu chí thành phần tiếp theo.",
    ("MainWindow", "Every change is saved as you type"): "Mọi thay đổi được lưu ngay khi nhập",
    ("MainWindow", "Saved at %1"): "Đã lưu lúc %1",
    ("MainWindow", "There is no criteria framework in this database to make a sheet from."):
        "Cơ sở dữ liệu chưa có bộ tiêu chí nào để tạo bảng điểm.",
    ("MainWindow", "Delete the %1 sheet of %2, with all its scores and notes?\n\nThis cannot be undone."):
        "Xóa bảng điểm năm %1 của %2, cùng toàn bộ điểm và ghi chú?\n\nThao tác này không hoàn tác được.",
    ("MainWindow", "Delete the sheet"): "Xóa bảng điểm",
    ("MainWindow", "Pasted %1 scores."): "Đã dán %1 điểm.",
    ("MainWindow", "No criterion matches."): "Không có tiêu chí nào phù hợp.",
    ("MainWindow", "Log file"): "Tệp nhật ký",
    ("MainWindow", "The log file is in:\n%1"): "Tệp nhật ký nằm trong thư mục:\n%1",
    ("MainWindow", "About CCHC Desktop"): "Giới thiệu CCHC Desktop",
    ("MainWindow", "CCHC Desktop %1\n\nScoring of the administrative reform index (PAR Index) for districts. "
                   "Works offline; every score is saved as soon as it is entered.\n\nDatabase: %2"):
        "CCHC Desktop %1\n\nChấm điểm Chỉ số cải cách hành chính (PAR Index) cấp huyện. Không cần Internet; "
        "điểm được lưu ngay khi nhập.\n\nCơ sở dữ liệu: %2",
    ("Messages", "The score is empty: type a number such as 9,28."): "Chưa nhập điểm: hãy nhập một số, ví dụ 9,28.",
    ("Messages", "“%1” is negative: a score cannot be below 0."): "“%1” là số âm: điểm không được nhỏ hơn 0.",
    ("Messages", "“%1” has a sign: type the number alone, such as 9,28."):
        "“%1” có dấu: chỉ nhập con số, ví dụ 9,28.",
    ("Messages", "“%1” has more than 2 decimal places: scores are kept to the hundredth, such as 9,28."):
        "“%1” có quá 2 chữ số thập phân: điểm chỉ lấy đến hàng phần trăm, ví dụ 9,28.",
    ("Messages", "“%1” is too large to be a score."): "“%1” quá lớn, không phải là điểm.",
    ("Messages", "“%1” is written with an exponent: type the number in full, such as 9,28."):
        "“%1” được viết dạng lũy thừa: hãy nhập đầy đủ con số, ví dụ 9,28.",
    ("Messages", "“%1” has a thousands separator: a score has at most one comma, such as 9,28."):
        "“%1” có dấu phân cách hàng nghìn: điểm chỉ có tối đa một dấu phẩy, ví dụ 9,28.",
    ("Messages", "“%1” is not a number: type a score such as 9,28."): "“%1” không phải là số: hãy nhập điểm, ví dụ 9,28.",
    ("Messages", "%1: %2 is below 0."): "%1: %2 nhỏ hơn 0.",
    ("Messages", "%1: %2 is over the maximum score of %3."): "%1: %2 vượt quá điểm chuẩn %3.",
    ("Messages", "The database refused a score over its maximum."):
        "Cơ sở dữ liệu không nhận điểm vượt quá điểm chuẩn.",
    ("Messages", "%1 is computed from its sub-criteria: enter the scores on its sub-criteria."):
        "Điểm của %1 được cộng từ các tiêu chí thành phần: hãy nhập điểm ở các tiêu chí thành phần.",
    ("Messages", "There is no criterion %1 in this framework."): "Bộ tiêu chí này không có tiêu chí %1.",
    ("Messages", "This sheet is finalized and cannot be changed. Reopen it first."):
        "Bảng điểm đã chốt, không sửa được. Hãy mở lại bảng điểm trước.",
    ("Messages", "Sheet %1 is not in this database."): "Không có bảng điểm số %1 trong cơ sở dữ liệu này.",
    ("Messages", "The unit name is empty: type the name of the district or office."):
        "Chưa nhập tên đơn vị: hãy nhập tên huyện hoặc cơ quan.",
    ("Messages", "%1 is not a plausible year for a sheet: choose a year from 2000 to 2100."):
        "Năm %1 không hợp lệ: hãy chọn năm từ 2000 đến 2100.",
    ("Messages", "This unit already has a sheet for that year and framework. Choose it in the sheet list."):
        "Đơn vị này đã có bảng điểm của năm và bộ tiêu chí đó. Hãy chọn bảng điểm đó trong danh sách.",
    ("Messages", "There is already a unit with that name: choose another name."):
        "Đã có đơn vị mang tên này: hãy chọn tên khác.",
    ("Messages", "This database was written by a newer version of CCHC Desktop. Install the newer version to "
                 "open it; the file has not been changed."):
        "Cơ sở dữ liệu này được tạo bằng phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để mở; "
        "tệp chưa bị thay đổi.",
    ("Messages", "The database cannot be used in this folder. Keep it on a local disk, not a network or "
                 "read-only folder."):
        "Không dùng được cơ sở dữ liệu trong thư mục này. Hãy để tệp trên ổ đĩa của máy, không để trên mạng "
        "hoặc thư mục chỉ đọc.",
    ("Messages", "The database refused the change; nothing was saved. Details: %1"):
        "Cơ sở dữ liệu không nhận thay đổi; chưa có gì được lưu. Chi tiết: %1",
    ("Messages", "The database %1 is already open in another CCHC Desktop window or command. Close the other "
                 "one and try again; nothing was opened or changed."):
        "Cơ sở dữ liệu %1 đang được mở ở một cửa sổ hoặc lệnh CCHC Desktop khác. Hãy đóng nơi đó rồi thử lại; "
        "chưa có gì được mở hay thay đổi.",
    ("Messages", "The database file %1 is damaged. Restore the newest backup; the damaged file has been left "
                 "exactly as it was."):
        "Tệp cơ sở dữ liệu %1 bị hỏng. Hãy khôi phục bản sao lưu mới nhất; tệp bị hỏng vẫn được giữ nguyên.",
    ("Messages", "%1 is not a CCHC Desktop database."): "%1 không phải là cơ sở dữ liệu của CCHC Desktop.",
    ("Messages", "The backup copy could not be made: check that the disk has free space. Details: %1"):
        "Không tạo được bản sao lưu: hãy kiểm tra ổ đĩa còn chỗ trống. Chi tiết: %1",
    ("Messages", "“%1” is not a date: write it as 05/02/2024."): "“%1” không phải là ngày: hãy viết dạng 05/02/2024.",
    ("Messages", "Choose at least one score column to print."): "Hãy chọn ít nhất một cột điểm để in.",
    ("Messages", "%1 cannot be written: it may be open in another program, or the folder is read-only. "
                 "Close it or choose another folder."):
        "Không ghi được %1: tệp có thể đang mở trong chương trình khác, hoặc thư mục chỉ đọc. Hãy đóng tệp "
        "hoặc chọn thư mục khác.",
    ("Messages", "The font file %1 is missing or damaged: reinstall CCHC Desktop."):
        "Tệp phông chữ %1 bị thiếu hoặc hỏng: hãy cài đặt lại CCHC Desktop.",
    ("Messages", "This sheet is already finalized."): "Bảng điểm này đã được chốt.",
    ("Messages", "This sheet is not finalized, so there is nothing to reopen."):
        "Bảng điểm này chưa chốt nên không cần mở lại.",
    ("Messages", "Reopening a finalized sheet needs a reason: type why it must change."):
        "Mở lại bảng điểm đã chốt cần có lý do: hãy ghi rõ vì sao phải sửa.",
    ("Messages", "The action could not be completed: %1"): "Không thực hiện được thao tác: %1",
    ("NewSheetDialog", "New score sheet"): "Tạo bảng điểm mới",
    ("NewSheetDialog", "e.g. Huyện Phong Thổ"): "ví dụ: Huyện Phong Thổ",
    ("NewSheetDialog", "%1 (%2 criteria)"): "%1 (%2 tiêu chí)",
    ("NewSheetDialog", "Unit:"): "Đơn vị:",
    ("NewSheetDialog", "Year:"): "Năm:",
    ("NewSheetDialog", "Criteria framework:"): "Bộ tiêu chí:",
    ("RenameUnitDialog", "Rename the unit"): "Đổi tên đơn vị",
    ("RenameUnitDialog", "New name:"): "Tên mới:",
    ("ScoreDelegate", "Not saved: %1"): "Chưa lưu: %1",
    ("SheetTreeModel", "No."): "STT",
    ("SheetTreeModel", "Area / criterion / sub-criterion"): "Lĩnh vực / Tiêu chí / Tiêu chí thành phần",
    ("SheetTreeModel", "Maximum"): "Điểm chuẩn",
    ("SheetTreeModel", "Self-assessment"): "Điểm tự đánh giá",
    ("SheetTreeModel", "Appraisal"): "Điểm thẩm định",
    ("SheetTreeModel", "Difference"): "Chênh lệch",
    ("SheetTreeModel", "Note"): "Ghi chú",
    ("SheetTreeModel", "The maximum score of the criterion"): "Điểm chuẩn (điểm tối đa) của tiêu chí",
    ("SheetTreeModel", "The unit's self-assessment score"): "Điểm tự đánh giá của đơn vị",
    ("SheetTreeModel", "The appraised score"): "Điểm thẩm định",
    ("SheetTreeModel", "Appraisal minus self-assessment"): "Điểm thẩm định trừ điểm tự đánh giá",
    ("SheetTreeModel", "%1: not scored yet"): "%1: chưa chấm điểm",
    ("SheetTreeModel", "%1: the subtotal is over the maximum of %2"): "%1: tổng điểm vượt quá điểm chuẩn %2",
    ("SheetTreeModel", "The appraisal is lower than the self-assessment"):
        "Điểm thẩm định thấp hơn điểm tự đánh giá",
    ("SheetTreeModel", "The appraisal is higher than the self-assessment"):
        "Điểm thẩm định cao hơn điểm tự đánh giá",
    ("SheetTreeModel", "Computed from the sub-criteria"): "Cộng từ các tiêu chí thành phần",
    ("SheetTreeView", "Select a self-assessment or appraisal cell of a sub-criterion to paste into."):
        "Hãy chọn ô điểm tự đánh giá hoặc điểm thẩm định của một tiêu chí thành phần để dán vào.",
    ("SheetTreeView", "%1 is computed from its sub-criteria: select a sub-criterion to paste into."):
        "Điểm của %1 được cộng từ các tiêu chí thành phần: hãy chọn một tiêu chí thành phần để dán vào.",
    ("SheetTreeView", "This column is not typed in: choose a self-assessment, appraisal or note cell."):
        "Cột này không nhập được: hãy chọn ô điểm tự đánh giá, điểm thẩm định hoặc ghi chú.",
    ("SheetTreeView", "The clipboard holds no numbers to paste."): "Bộ nhớ tạm không có số nào để dán.",
    ("SheetTreeView", "The clipboard has %1 lines but only %2 sub-criteria follow from %3."):
        "Bộ nhớ tạm có %1 dòng nhưng từ %3 trở xuống chỉ còn %2 tiêu chí thành phần.",
    ("SheetTreeView", "Line %1 has %2 values but there are only %3 score columns from here."):
        "Dòng %1 có %2 giá trị nhưng từ cột này chỉ còn %3 cột điểm.",
    ("SheetTreeView", "Nothing was pasted. Line %1 (%2): %3"): "Chưa dán điểm nào. Dòng %1 (%2): %3",
    ("Start", "CCHC Desktop"): "CCHC Desktop",
    ("Start", "The database %1 cannot be opened.\n\n%2"): "Không mở được cơ sở dữ liệu %1.\n\n%2",
    ("SummaryBar", "Self-assessment total"): "Tổng điểm tự đánh giá",
    ("SummaryBar", "Appraisal total"): "Tổng điểm thẩm định",
    ("SummaryBar", "Rounding each sub-criterion first: %1"): "Nếu làm tròn từng tiêu chí thành phần: %1",
    ("SummaryBar", "Scored: self %1, appraisal %2 of %3 sub-criteria"):
        "Đã chấm: tự đánh giá %1, thẩm định %2 / %3 tiêu chí thành phần",
    # The print preview (cchc_desktop/ui/print_preview.py, written by the printing engineer).
    ("PrintPreview", "Print preview"): "Xem trước khi in",
    ("PrintPreview", "Score columns"): "Cột điểm",
    ("PrintPreview", "Self-assessment"): "Điểm tự đánh giá",
    ("PrintPreview", "Appraisal"): "Điểm thẩm định",
    ("PrintPreview", "Orientation"): "Hướng giấy",
    ("PrintPreview", "Portrait"): "Khổ dọc",
    ("PrintPreview", "Landscape"): "Khổ ngang",
    ("PrintPreview", "One line each, the higher body first, e.g. UBND HUYỆN PHONG THỔ, then PHÒNG NỘI VỤ."):
        "Mỗi dòng một cơ quan, cơ quan cấp trên trước, ví dụ: UBND HUYỆN PHONG THỔ, rồi PHÒNG NỘI VỤ.",
    ("PrintPreview", "Issuing body:"): "Cơ quan ban hành:",
    ("PrintPreview", "Title:"): "Tiêu đề:",
    ("PrintPreview", "Place:"): "Địa danh:",
    ("PrintPreview", "Print the date"): "In ngày tháng",
    ("PrintPreview", "Without a date, the sheet leaves blanks to fill in by hand."):
        "Nếu không in ngày, bảng điểm để trống để ghi tay.",
    ("PrintPreview", "Date:"): "Ngày:",
    ("PrintPreview", "Signers"): "Người ký",
    ("PrintPreview", "Role"): "Chức vụ",
    ("PrintPreview", "Name"): "Họ và tên",
    ("PrintPreview", "Separate two role lines with “/”, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."):
        "Ngăn cách hai dòng chức vụ bằng dấu “/”, ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.",
    ("PrintPreview", "Add signer"): "Thêm người ký",
    ("PrintPreview", "Remove signer"): "Bỏ người ký",
    ("PrintPreview", "Recipients (Nơi nhận), one per line"): "Nơi nhận, mỗi dòng một nơi",
    ("PrintPreview", "Print…"): "In…",
    ("PrintPreview", "Save as PDF…"): "Lưu thành PDF…",
    ("PrintPreview", "Close"): "Đóng",
    ("PrintPreview", "Choose at least one score column to print."): "Hãy chọn ít nhất một cột điểm để in.",
    ("PrintPreview", "Fingerprint (SHA-256): %1"): "Mã kiểm tra (SHA-256): %1",
    ("PrintPreview", "Finalized (chốt) on %1: the scores cannot be changed."):
        "Đã chốt ngày %1: không sửa được điểm.",
    ("PrintPreview", "Reopen…"): "Mở lại…",
    ("PrintPreview", "Not finalized: the scores can still be changed."): "Chưa chốt: điểm vẫn sửa được.",
    ("PrintPreview", "Finalize (chốt)…"): "Chốt bảng điểm…",
    ("PrintPreview", "Reopen the sheet"): "Mở lại bảng điểm",
    ("PrintPreview", "Why must the finalized sheet change? The reason and your name are recorded."):
        "Vì sao phải sửa bảng điểm đã chốt? Lý do và tên người mở lại được ghi lại.",
    ("PrintPreview", "Finalize the sheet"): "Chốt bảng điểm",
    ("PrintPreview", "Finalize (chốt) this sheet? Its scores are locked until someone reopens it with a reason."):
        "Chốt bảng điểm này? Điểm sẽ bị khóa cho đến khi có người mở lại kèm lý do.",
    ("PrintPreview", "Score sheet %1 %2.pdf"): "Bảng điểm %1 %2.pdf",
    ("PrintPreview", "Save as PDF"): "Lưu thành PDF",
    ("PrintPreview", "PDF files (*.pdf)"): "Tệp PDF (*.pdf)",
    ("PrintPreview", "Print score sheet"): "In bảng điểm",
    ("PrintPreview", "The printer could not be started. Check that it is switched on and chosen correctly."):
        "Không khởi động được máy in. Hãy kiểm tra máy in đã bật và được chọn đúng.",
    # Backups and the history of a criterion (cchc_desktop/ui/backups_dialog.py, history_dialog.py,
    # written by the data-safety engineer).
    ("MainWindow", "&History of this criterion…"): "&Lịch sử thay đổi của tiêu chí này…",
}

# Qt's own texts (standard buttons, the line-edit menu, the undo view): Qt ships no Vietnamese for them.
QT_VI = {
    ("QPlatformTheme", "OK"): "Đồng ý",
    ("QPlatformTheme", "Save"): "Lưu",
    ("QPlatformTheme", "Save All"): "Lưu tất cả",
    ("QPlatformTheme", "Open"): "Mở",
    ("QPlatformTheme", "&Yes"): "&Có",
    ("QPlatformTheme", "Yes to &All"): "Có với &tất cả",
    ("QPlatformTheme", "&No"): "&Không",
    ("QPlatformTheme", "N&o to All"): "Không với tất &cả",
    ("QPlatformTheme", "Abort"): "Dừng",
    ("QPlatformTheme", "Retry"): "Thử lại",
    ("QPlatformTheme", "Ignore"): "Bỏ qua",
    ("QPlatformTheme", "Close"): "Đóng",
    ("QPlatformTheme", "Cancel"): "Hủy",
    ("QPlatformTheme", "Discard"): "Không lưu",
    ("QPlatformTheme", "Help"): "Trợ giúp",
    ("QPlatformTheme", "Apply"): "Áp dụng",
    ("QPlatformTheme", "Reset"): "Đặt lại",
    ("QPlatformTheme", "Restore Defaults"): "Khôi phục mặc định",
    ("QGnomeTheme", "&OK"): "Đồng ý",
    ("QGnomeTheme", "&Save"): "&Lưu",
    ("QGnomeTheme", "&Cancel"): "&Hủy",
    ("QGnomeTheme", "&Close"): "Đó&ng",
    ("QGnomeTheme", "Close without Saving"): "Đóng không lưu",
    ("QLineEdit", "&Undo"): "&Hoàn tác",
    ("QLineEdit", "&Redo"): "&Làm lại",
    ("QLineEdit", "Cu&t"): "&Cắt",
    ("QLineEdit", "&Copy"): "&Sao chép",
    ("QLineEdit", "&Paste"): "&Dán",
    ("QLineEdit", "Delete"): "Xóa",
    ("QLineEdit", "Select All"): "Chọn tất cả",
    ("QAbstractSpinBox", "&Select All"): "&Chọn tất cả",
    ("QAbstractSpinBox", "&Step up"): "&Tăng",
    ("QAbstractSpinBox", "Step &down"): "&Giảm",
    ("QUndoModel", "<empty>"): "<lúc mở bảng điểm>",
    ("QUndoStack", "Undo %1"): "Hoàn tác: %1",
    ("QUndoStack", "Redo %1"): "Làm lại: %1",
    ("QUndoStack", "Undo"): "Hoàn tác",
    ("QUndoStack", "Redo"): "Làm lại",
    ("QMessageBox", "Show Details..."): "Xem chi tiết...",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết...",
    ("QMessageBox", "OK"): "Đồng ý",
    ("QMessageBox", "About Qt"): "Giới thiệu Qt",
    ("QDockWidget", "Float"): "Tách ra",
    ("QDockWidget", "Close"): "Đóng",
    ("QDockWidget", "Undocks and re-attaches the dock widget"): "Tách rời hoặc gắn lại khung",
    ("QDockWidget", "Closes the dock widget"): "Đóng khung",
    ("QWidgetTextControl", "&Undo"): "&Hoàn tác",
    ("QWidgetTextControl", "&Redo"): "&Làm lại",
    ("QWidgetTextControl", "Cu&t"): "&Cắt",
    ("QWidgetTextControl", "&Copy"): "&Sao chép",
    ("QWidgetTextControl", "Copy &Link Location"): "Sao chép địa chỉ &liên kết",
    ("QWidgetTextControl", "&Paste"): "&Dán",
    ("QWidgetTextControl", "Delete"): "Xóa",
    ("QWidgetTextControl", "Select All"): "Chọn tất cả",
}

# The backups, history and user-name dialogs keep their texts in their own file; they join the rest here.
from vi_messages_safety import VI_SAFETY  # noqa: E402

VI.update(VI_SAFETY)

# Importing a score table and its refusals, likewise.
from vi_messages_import import VI_IMPORT  # noqa: E402

VI.update(VI_IMPORT)

# Layout, search, paste feedback, access keys and the file dialog, likewise.
from vi_messages_polish import QT_VI_POLISH, VI_POLISH  # noqa: E402

VI.update(VI_POLISH)
QT_VI.update(QT_VI_POLISH)

# Refusals of output files and over-long texts (issue 17), likewise.
from vi_messages_forgery import VI_FORGERY  # noqa: E402

VI.update(VI_FORGERY)

# The protections of the database file itself (full disk, read-only file, foreign log, backups), likewise.
from vi_messages_safefiles import VI_SAFEFILES  # noqa: E402

VI.update(VI_SAFEFILES)

# The print preview's background rendering, likewise.
from vi_messages_walk import VI_WALK  # noqa: E402

VI.update(VI_WALK)

# Refusing hostile or oversized score tables, likewise.
from vi_messages_hostile import VI_HOSTILE  # noqa: E402

VI.update(VI_HOSTILE)

# One sheet per unit and year, the undoable import, the database question and the welcome panel, likewise.
from vi_messages_sheets import VI_SHEETS  # noqa: E402

VI.update(VI_SHEETS)

# The refusals that had only the generic message before the one message catalogue (issue 10), likewise.
from vi_messages_catalogue import VI_CATALOGUE  # noqa: E402

VI.update(VI_CATALOGUE)

# The overview window: a year's ranking, its charts, exports and shortfalls (issue 14), likewise.
from vi_messages_overview import VI_OVERVIEW  # noqa: E402

VI.update(VI_OVERVIEW)

# Scoring rules entered on a sheet (figures, options, benchmarks, not-applicable marks), likewise.
from vi_messages_rulestore import VI_RULESTORE  # noqa: E402

VI.update(VI_RULESTORE)

# The yearly cycle's stages (issue 13), likewise.
from vi_messages_stages import VI_STAGES  # noqa: E402

VI.update(VI_STAGES)

# Evidence files attached to criteria (issue 13), likewise.
from vi_messages_evidence import VI_EVIDENCE  # noqa: E402

VI.update(VI_EVIDENCE)

# Figures typed in a rule leaf's cell and not applicable marks in the window (branch rulewindow).
from vi_messages_rulewindow import VI_RULEWINDOW  # noqa: E402

VI.update(VI_RULEWINDOW)

# The criteria-set editor, the set a new sheet is scored against and the units' levels (issue 11), likewise.
from vi_messages_seteditor import VI_SETEDITOR  # noqa: E402

VI.update(VI_SETEDITOR)

# The criteria-set editor's rules, criterion kinds and grade bands (issue 12, branch rulesets), likewise.
from vi_messages_rulesets import VI_RULESETS  # noqa: E402

VI.update(VI_RULESETS)

# The list of units, their mergers and campaigns (issue 14, branch units), likewise.
from vi_messages_units import VI_UNITS  # noqa: E402

VI.update(VI_UNITS)

# Sending and receiving packages in the window, evidence in the tree, package refusals (branch exchangeui).
from vi_messages_exchangeui import VI_EXCHANGEUI  # noqa: E402

VI.update(VI_EXCHANGEUI)

# The overview's view of one unit across the years, undoable evidence steps and conflicts since the last exchange.
from vi_messages_gapscycle import VI_GAPSCYCLE  # noqa: E402

VI.update(VI_GAPSCYCLE)

# A database on a PostgreSQL server: unreachable, refused login, no such database, backups (branch pg-core).
from vi_messages_pgcore import VI_PGCORE  # noqa: E402

VI.update(VI_PGCORE)

# Bonus and deduction in the tree and summary bar, figures pasted on rule leaves (branch rules-sets), likewise.
from vi_messages_rules_sets import VI_RULES_SETS  # noqa: E402

VI.update(VI_RULES_SETS)

# Two people editing one shared sheet: a change made over another's is refused (issue 16, branch pg-concurrency).
from vi_messages_pg_concurrency import VI_PG_CONCURRENCY  # noqa: E402

VI.update(VI_PG_CONCURRENCY)

# A shared PostgreSQL server: refusals by role, accounts, File → Connect to server… (issue 16, branch pg-roles).
from vi_messages_pgroles import VI_PG_ROLES  # noqa: E402

VI.update(VI_PG_ROLES)

# One unit across the years: each year's final total, index and grade under the areas.
from vi_messages_comparison import VI_COMPARISON  # noqa: E402

VI.update(VI_COMPARISON)

# A sheet deleted by another user of a shared database while it is open here.
from vi_messages_deleted import VI_DELETED  # noqa: E402

VI.update(VI_DELETED)

# A package older than the one already received.
from vi_messages_older import VI_OLDER  # noqa: E402

VI.update(VI_OLDER)
