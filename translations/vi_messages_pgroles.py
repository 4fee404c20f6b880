"""Vietnamese texts of a shared PostgreSQL server: refusals by role, its accounts, File → Connect to server…"""

VI_PG_ROLES = {
    ("Messages", "Your account %1 may not lock or reopen a sheet: only an administrator's account may. Nothing was "
                 "changed."):
        "Tài khoản %1 không được chốt hoặc mở lại bảng điểm: chỉ tài khoản quản trị mới được làm việc này. Chưa có "
        "gì bị thay đổi.",
    ("Messages", "Your account %1 may not move this sheet to that stage: the unit's account submits and explains, an "
                 "appraiser's account finishes round 1 and the final appraisal, an administrator's account locks and "
                 "reopens. Nothing was changed."):
        "Tài khoản %1 không được chuyển bảng điểm sang bước đó: tài khoản của đơn vị gửi tự đánh giá và gửi giải "
        "trình, tài khoản thẩm định hoàn thành thẩm định vòng 1 và thẩm định cuối cùng, tài khoản quản trị chốt và "
        "mở lại. Chưa có gì bị thay đổi.",
    ("Messages", "Your account %1 may not change the appraisal: only an appraiser's or an administrator's account "
                 "may. The stored value is kept."):
        "Tài khoản %1 không được sửa điểm thẩm định: chỉ tài khoản thẩm định hoặc tài khoản quản trị mới được sửa. "
        "Giá trị đã lưu được giữ nguyên.",
    ("Messages", "Your account %1 may not change this: only the account of the sheet's own unit (or an "
                 "administrator's) may change its self-assessment, explanations, notes and evidence. The stored value "
                 "is kept."):
        "Tài khoản %1 không được sửa nội dung này: chỉ tài khoản của chính đơn vị có bảng điểm (hoặc tài khoản quản "
        "trị) mới được sửa điểm tự đánh giá, giải trình, ghi chú và tài liệu kiểm chứng. Giá trị đã lưu được giữ "
        "nguyên.",
    ("Messages", "Your account %1 may not add or remove users or prepare the database: connect as the database's "
                 "owner (the account that ran “cchc server init”)."):
        "Tài khoản %1 không được thêm, xóa người dùng hay chuẩn bị cơ sở dữ liệu: hãy kết nối bằng tài khoản chủ sở "
        "hữu cơ sở dữ liệu (tài khoản đã chạy “cchc server init”).",
    ("Messages", "Your account %1 may not change criteria sets, units, campaigns or settings: only an administrator's "
                 "account may. Nothing was changed."):
        "Tài khoản %1 không được sửa bộ tiêu chí, danh sách đơn vị, đợt đánh giá hay các thiết lập: chỉ tài khoản "
        "quản trị mới được sửa. Chưa có gì bị thay đổi.",
    ("Messages", "Your account may not make this change on the server. Nothing was changed; ask the office's "
                 "administrator."):
        "Tài khoản của bạn không được thực hiện thay đổi này trên máy chủ. Chưa có gì bị thay đổi; hãy hỏi người "
        "quản trị của cơ quan.",
    ("Messages", "There is no CCHC Desktop account named %1 on this database."):
        "Cơ sở dữ liệu này không có tài khoản CCHC Desktop nào tên %1.",
    ("MainWindow", "C&onnect to server…"): "Kết nối &máy chủ…",
    ("MainWindow", "Open the appraising office's shared database on its PostgreSQL server"):
        "Mở cơ sở dữ liệu dùng chung của cơ quan thẩm định trên máy chủ PostgreSQL",
    ("MainWindow", "%1 — CCHC Desktop"): "%1 — CCHC Desktop",
    ("MainWindow", "%1 %2 — %3 — CCHC Desktop"): "%1 %2 — %3 — CCHC Desktop",
    ("ConnectDialog", "Connect to the office's server"): "Kết nối máy chủ của cơ quan",
    ("ConnectDialog", "The appraising office's shared database (PostgreSQL). Ask the office's administrator for the "
                      "server's name, the database and your account."):
        "Cơ sở dữ liệu dùng chung của cơ quan thẩm định (PostgreSQL). Hãy hỏi người quản trị của cơ quan tên máy "
        "chủ, tên cơ sở dữ liệu và tài khoản của bạn.",
    ("ConnectDialog", "e.g. 192.168.1.10 or thamdinh-server"): "ví dụ 192.168.1.10 hoặc may-chu-tham-dinh",
    ("ConnectDialog", "Use my saved password file (PGPASSFILE) instead"):
        "Dùng tệp mật khẩu đã lưu của tôi (PGPASSFILE)",
    ("ConnectDialog", "Server:"): "Máy chủ:",
    ("ConnectDialog", "Port:"): "Cổng:",
    ("ConnectDialog", "Database:"): "Cơ sở dữ liệu:",
    ("ConnectDialog", "Account (user):"): "Tài khoản:",
    ("ConnectDialog", "Password:"): "Mật khẩu:",
    ("ConnectDialog", "Connect"): "Kết nối",
    ("ConnectDialog", "the server"): "tên máy chủ",
    ("ConnectDialog", "the database"): "tên cơ sở dữ liệu",
    ("ConnectDialog", "your account"): "tài khoản",
    ("ConnectDialog", "Fill in %1 first."): "Hãy điền %1 trước.",
}
