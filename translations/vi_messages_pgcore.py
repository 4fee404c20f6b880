"""Vietnamese texts of a database on a PostgreSQL server (unreachable, refused login, no such database, backups)."""

VI_PGCORE = {
    ("Messages", "The database server %1 cannot be reached. Check that the server computer is on and connected to "
                 "the office network, and the address and port; nothing was changed."):
        "Không kết nối được máy chủ cơ sở dữ liệu %1. Hãy kiểm tra máy chủ đã bật và đang nối mạng nội bộ của cơ "
        "quan, kiểm tra địa chỉ và cổng; chưa có gì bị thay đổi.",
    ("Messages", "%1 is not a server address this program understands. Write it as "
                 "postgresql://user@host:port/database."):
        "%1 không phải địa chỉ máy chủ mà phần mềm hiểu được. Hãy viết theo dạng "
        "postgresql://tên_người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.",
    ("Messages", "The server %1 refused the user name or password. Check them with whoever manages the server; "
                 "nothing was changed."):
        "Máy chủ %1 không chấp nhận tên người dùng hoặc mật khẩu. Hãy kiểm tra lại với người quản trị máy chủ; "
        "chưa có gì bị thay đổi.",
    ("Messages", "The server of %1 has no database named “%2”. Check the name, or ask whoever manages the server "
                 "to create it; nothing was changed."):
        "Máy chủ của %1 không có cơ sở dữ liệu tên “%2”. Hãy kiểm tra lại tên, hoặc đề nghị người quản trị máy "
        "chủ tạo cơ sở dữ liệu này; chưa có gì bị thay đổi.",
    ("Messages", "%1 is a database on a server: this program keeps no backups of it. Whoever manages the server "
                 "backs it up (pg_dump); to keep a sheet of your own, send it as a .cchc package."):
        "%1 là cơ sở dữ liệu trên máy chủ: phần mềm không tự sao lưu cơ sở dữ liệu này. Người quản trị máy chủ "
        "sao lưu bằng pg_dump; muốn giữ riêng một bảng điểm, hãy gửi bảng điểm đó thành tệp .cchc.",
    ("Start", "Password for %1:"): "Mật khẩu của %1:",
}
