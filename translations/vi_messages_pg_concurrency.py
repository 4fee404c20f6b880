"""Vietnamese texts of two people editing one shared sheet (issue 16, branch pg-concurrency), keyed like VI."""

VI_PG_CONCURRENCY = {
    ("Messages", "%5 changed the %2 of %1 at %6, after you began: it is now %3, not %4. Your entry was not saved "
                 "and the sheet shows the value stored now; enter yours again if it should replace it."):
        "%5 đã sửa %2 của tiêu chí %1 lúc %6, sau khi anh/chị bắt đầu nhập: giá trị hiện là %3, không còn là %4. "
        "Giá trị anh/chị nhập chưa được lưu và bảng điểm đang hiện giá trị đã lưu; nếu vẫn muốn thay, hãy nhập "
        "lại.",
    ("Messages", "Someone else changed the %2 of %1 after you began: it is now %3, not %4. Your entry was not saved "
                 "and the sheet shows the value stored now; enter yours again if it should replace it."):
        "Người khác đã sửa %2 của tiêu chí %1 sau khi anh/chị bắt đầu nhập: giá trị hiện là %3, không còn là %4. "
        "Giá trị anh/chị nhập chưa được lưu và bảng điểm đang hiện giá trị đã lưu; nếu vẫn muốn thay, hãy nhập "
        "lại.",
    ("Messages", "self-assessment score"): "điểm tự đánh giá",
    ("Messages", "appraisal score"): "điểm thẩm định",
    ("Messages", "round 1 appraisal score"): "điểm thẩm định vòng 1",
    ("Messages", "note"): "ghi chú",
    ("Messages", "explanation"): "nội dung giải trình",
    ("Messages", "self-assessment figures"): "số liệu tự đánh giá",
    ("Messages", "appraisal figures"): "số liệu thẩm định",
    ("Messages", "not-applicable mark"): "đánh dấu không áp dụng",
    ("Messages", "empty"): "để trống",
}
