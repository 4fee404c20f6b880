"""Vietnamese texts of the database-file protections (full disk, read-only file, foreign log, second names, backups)."""

VI_SAFEFILES = {
    ("MainWindow", "This database file is read-only: it is open for viewing and printing, nothing can be changed."):
        "Tệp cơ sở dữ liệu này chỉ được phép đọc: đang mở để xem và in, không thể thay đổi nội dung.",
    ("Messages", "The disk is full, so the change could not be saved. The database is not damaged: it keeps "
                 "everything saved before. Free some space on the disk (empty the Recycle Bin, move or delete large "
                 "files) and try again."):
        "Ổ đĩa đã đầy nên không lưu được thay đổi. Cơ sở dữ liệu không bị hỏng: mọi dữ liệu đã lưu trước đó vẫn "
        "còn nguyên. Hãy giải phóng dung lượng ổ đĩa (dọn Thùng rác, di chuyển hoặc xóa các tệp lớn) rồi thử lại.",
    ("Messages", "This database file is read-only: it can be viewed and printed, but nothing can be changed. To work "
                 "on it, copy it to a folder of your own (such as Documents) and open the copy."):
        "Tệp cơ sở dữ liệu này chỉ được phép đọc: có thể xem và in nhưng không thể thay đổi. Để làm việc với tệp, "
        "hãy sao chép tệp vào thư mục của anh/chị (ví dụ Documents) rồi mở bản sao đó.",
    ("Messages", "The database %1 is read-only and was made by an older version of CCHC Desktop, so it cannot be "
                 "brought up to date. Copy it to a folder of your own (such as Documents) and open the copy."):
        "Cơ sở dữ liệu %1 chỉ được phép đọc và được tạo bởi phiên bản CCHC Desktop cũ hơn, nên không thể cập nhật. "
        "Hãy sao chép tệp vào thư mục của anh/chị (ví dụ Documents) rồi mở bản sao đó.",
    ("Messages", "The database %1 has a log file (-wal) beside it that belongs to an earlier copy of the database. "
                 "Opening it would undo newer changes, so it was not opened; both files are untouched. If this .db "
                 "file is the copy you want, move the -wal and -shm files to another folder and open it again."):
        "Bên cạnh cơ sở dữ liệu %1 có một tệp nhật ký (-wal) thuộc về một bản sao cũ hơn của cơ sở dữ liệu. Nếu mở "
        "tệp, các thay đổi mới hơn sẽ bị ghi đè, vì vậy tệp không được mở; cả hai tệp vẫn giữ nguyên. Nếu tệp .db "
        "này là bản anh/chị cần, hãy chuyển các tệp -wal và -shm sang thư mục khác rồi mở lại.",
    ("Messages", "The database %1 has more than one name on the disk (hard links), so it could be opened twice at "
                 "once and be damaged. Copy the file to a new name and open the copy; nothing was changed."):
        "Cơ sở dữ liệu %1 có nhiều hơn một tên trên ổ đĩa (liên kết cứng), nên có thể bị mở hai lần cùng lúc và "
        "bị hỏng. Hãy sao chép tệp sang một tên mới rồi mở bản sao; chưa có gì bị thay đổi.",
    ("Messages", "The lock file %1 is not an ordinary file (it is a link to another file, or a folder), so it was not "
                 "used. Delete it and try again; nothing was opened or changed."):
        "Tệp khóa %1 không phải là tệp thông thường (là liên kết tới tệp khác, hoặc là thư mục), nên không được "
        "sử dụng. Hãy xóa tệp đó rồi thử lại; chưa có gì được mở hay thay đổi.",
    ("Messages", "%1 is not an ordinary file, so it is not a database. Choose the .db file itself."):
        "%1 không phải là tệp thông thường nên không phải là cơ sở dữ liệu. Hãy chọn đúng tệp .db.",
    ("Messages", "This backup does not pass its checks (it was damaged or changed after it was taken), so it was not "
                 "restored. Choose another backup; your database was not changed."):
        "Bản sao lưu này không vượt qua kiểm tra (đã bị hỏng hoặc bị sửa sau khi sao lưu), nên không được khôi "
        "phục. Hãy chọn bản sao lưu khác; cơ sở dữ liệu của anh/chị không bị thay đổi.",
    ("Messages", "This backup is a copy of another database, so it was not restored. Open that file on its own "
                 "instead; your database was not changed."):
        "Bản sao lưu này là bản sao của một cơ sở dữ liệu khác, nên không được khôi phục. Hãy mở riêng tệp đó; "
        "cơ sở dữ liệu của anh/chị không bị thay đổi.",
    ("Messages", "That is not the name of a backup. Choose a backup in File → Backups."):
        "Đó không phải là tên của một bản sao lưu. Hãy chọn bản sao lưu trong Tệp → Sao lưu và khôi phục.",
    ("Messages", "The backup could not be copied next to the database, so it was not restored; your database was not "
                 "changed. Check that the disk has free space."):
        "Không sao chép được bản sao lưu vào cạnh cơ sở dữ liệu nên chưa khôi phục; cơ sở dữ liệu của anh/chị "
        "không bị thay đổi. Hãy kiểm tra ổ đĩa còn dung lượng trống.",
}
