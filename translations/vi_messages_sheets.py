"""Vietnamese texts of one-sheet-per-unit-and-year, the undoable import, the database question and the welcome panel."""

VI_SHEETS = {
    # --- A unit already has a sheet for the year ------------------------------------------------
    ("SheetExists", "There is already a sheet for %1 for the year %2. A unit is scored once a year: open that sheet "
                    "to work on it."):
        "Đã có bảng điểm của %1 năm %2. Mỗi đơn vị chỉ có một bảng điểm cho mỗi năm: hãy mở bảng điểm đó để làm việc.",
    ("SheetExists", "CCHC Desktop"): "CCHC Desktop",
    ("SheetExists", "&Open that sheet"): "&Mở bảng điểm đó",
    # --- Import -------------------------------------------------------------------------------------
    ("ImportDialog", "The file's title names %1, year %2."): "Tiêu đề của tệp ghi: %1, năm %2.",
    ("ImportDialog", "The file's title names no unit and year: type them below."):
        "Tiêu đề của tệp không ghi tên đơn vị và năm: hãy nhập vào bên dưới.",
    ("MainWindow", "Imported %1 into this sheet. Ctrl+Z undoes the whole import."):
        "Đã nhập %1 vào bảng điểm này. Bấm Ctrl+Z để hoàn tác toàn bộ lần nhập.",
    ("Commands", "Import %1"): "Nhập tệp %1",
    # --- The database file ----------------------------------------------------------------------
    ("Start", "There is no database file at\n%1\n\nIf the path was mistyped, choose the right file. Create a new, "
              "empty database there only if you mean to start afresh."):
        "Không có tệp cơ sở dữ liệu tại\n%1\n\nNếu gõ nhầm đường dẫn, hãy chọn đúng tệp. Chỉ tạo cơ sở dữ liệu mới, "
        "trống tại đó nếu bạn muốn bắt đầu lại từ đầu.",
    ("Start", "&Create a new database"): "&Tạo cơ sở dữ liệu mới",
    ("Start", "C&hoose another file…"): "&Chọn tệp khác…",
    ("Start", "&Quit"): "T&hoát",
    ("Start", "Open a database"): "Mở cơ sở dữ liệu",
    ("Start", "CCHC databases (*.db);;All files (*)"): "Cơ sở dữ liệu CCHC (*.db);;Tất cả các tệp (*)",
    # --- First start -------------------------------------------------------------------------------
    ("WelcomePanel", "Welcome to CCHC Desktop"): "Chào mừng bạn đến với CCHC Desktop",
    ("WelcomePanel", "Make the score sheet of your unit for the year just ended, or bring in a score table you "
                     "already have. The sheet shown below, “Huyện Phong Thổ (mẫu)”, is an example (mẫu): a real "
                     "appraised sheet to try the program on. Every change is saved as you type."):
        "Hãy tạo bảng điểm của đơn vị mình cho năm vừa qua, hoặc nhập bảng điểm đã có từ tệp. Bảng điểm bên dưới, "
        "“Huyện Phong Thổ (mẫu)”, là bảng điểm mẫu: một bảng điểm thật đã được thẩm định, dùng để làm quen với "
        "phần mềm. Mọi thay đổi được lưu ngay khi nhập.",
    ("WelcomePanel", "&Create a sheet…"): "&Tạo bảng điểm mới…",
    ("WelcomePanel", "I&mport a score table…"): "&Nhập bảng điểm từ tệp…",
    ("WelcomePanel", "Look at the &example sheet"): "&Xem bảng điểm mẫu",
    ("WelcomePanel", "Close this panel"): "Đóng khung này",
}
