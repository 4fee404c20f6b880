"""Vietnamese texts of the evidence files (tài liệu kiểm chứng), keyed by (context, English source) like VI."""

VI_EVIDENCE = {
    ("Messages", "“%1” is %2; an evidence file may be at most %3. Scan it at a lower resolution or split it into "
                 "several files, then attach them."):
        "Tệp “%1” có dung lượng %2; mỗi tệp tài liệu kiểm chứng chỉ được tối đa %3. Hãy quét lại với độ phân giải "
        "thấp hơn hoặc tách thành nhiều tệp rồi đính kèm.",
    ("Messages", "%1 is a folder: attach the files in it one by one."):
        "%1 là một thư mục: hãy đính kèm từng tệp trong thư mục đó.",
    ("Messages", "The file %1 cannot be read. Check that it exists and is not open in another program, then try "
                 "again."):
        "Không đọc được tệp %1. Hãy kiểm tra tệp còn tồn tại và không đang mở trong chương trình khác, rồi thử lại.",
    ("Messages", "This sheet has no evidence file %1 there; the list of its evidence files shows the ones it has."):
        "Bảng điểm không có tài liệu kiểm chứng %1 ở tiêu chí này; hãy xem danh sách tài liệu kiểm chứng của "
        "bảng điểm.",
}
